import type { YearMonth } from '../types';
import { phoneRegionsOf } from './phones';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
  // The months in French, German, Spanish, Portuguese, Italian, Dutch and the Scandinavian languages, written without
  // their accents (see monthOf), as Europass and national CVs give them.
  janv: 1, janvier: 1, januar: 1, januari: 1, enero: 1, ene: 1, janeiro: 1, gennaio: 1, gen: 1,
  fevr: 2, fevrier: 2, februar: 2, februari: 2, febrero: 2, fevereiro: 2, fev: 2, febbraio: 2,
  mars: 3, marts: 3, marz: 3, maerz: 3, marzo: 3, marco: 3, maart: 3, mrt: 3,
  avr: 4, avril: 4, abril: 4, abr: 4, aprile: 4,
  mai: 5, mayo: 5, maio: 5, maggio: 5, mag: 5, mei: 5, maj: 5,
  juin: 6, juni: 6, junio: 6, junho: 6, giugno: 6, giu: 6,
  juil: 7, juillet: 7, juli: 7, julio: 7, julho: 7, luglio: 7, lug: 7,
  aout: 8, agosto: 8, ago: 8, augustus: 8, augusti: 8,
  septembre: 9, septiembre: 9, setiembre: 9, set: 9, setembro: 9, settembre: 9,
  octobre: 10, oktober: 10, okt: 10, octubre: 10, outubro: 10, out: 10, ottobre: 10, ott: 10,
  novembre: 11, noviembre: 11, novembro: 11,
  decembre: 12, dezember: 12, dez: 12, diciembre: 12, dic: 12, dezembro: 12, dicembre: 12, desember: 12, des: 12,
  // Austria's January and February ("Jänner 2022", "Feber 2014"); Polish, as a month stands alone and after "od"/"do"
  // ("luty 2016", "od września 2017 do marca 2020").
  janner: 1, feber: 2,
  styczen: 1, stycznia: 1, luty: 2, lutego: 2, marzec: 3, marca: 3, kwiecien: 4, kwietnia: 4, maja: 5, czerwiec: 6, czerwca: 6,
  lipiec: 7, lipca: 7, sierpien: 8, sierpnia: 8, wrzesien: 9, wrzesnia: 9, pazdziernik: 10, pazdziernika: 10,
  listopad: 11, listopada: 11, grudzien: 12, grudnia: 12,
};

/** A month's number from its name in any of MONTHS' languages, accents ignored ("déc", "März", "março"). */
export function monthOf(word: string): number | undefined {
  return MONTHS[word.normalize('NFD').replace(/\p{M}/gu, '')];
}

/** An English month's name or its abbreviation, as a pattern's part (no edges: see MONTH_NAME). */
export const MONTH_NAME_EN = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
// (Not the end of a longer word: "Amar 2019" is no March.)
const MONTH_NAME = `(?<![A-Za-z\\u00C0-\\u024F])${MONTH_NAME_EN}`;
/**
 * A month's name alone, as a narrow date cell wraps it over its year ("Nov" over "2018"; "Sept." over "2019"), and
 * whether `below` is that year. Joined, the two are one date ("Nov 2018").
 */
const MONTH_ALONE = new RegExp(`^\\s*${MONTH_NAME_EN}\\.?,?\\s*$`, 'i');
export const monthOverYear = (above: string, below: string): boolean => MONTH_ALONE.test(above) && /^\s*(?:19|20)\d{2}(?!\d)/.test(below);

/**
 * The months in French, German, Spanish, Portuguese, Italian, Dutch and the Scandinavian languages, as Europass and
 * national CVs write them. normalizeLine writes them in English before a date is looked for ("janv. 2018" → "Jan
 * 2018"), so that the date patterns stay small: a pattern of every language's names, repeated in every date form, took
 * a worker's first analysis 300 ms longer to compile.
 */
export const OTHER_MONTH_NAMES = '(?:janv(?:ier)?|f[ée]vr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|septembre|octobre|novembre|d[ée]c(?:embre)?'
  + '|januar|februar|m[äa]e?rz|juni|juli|oktober|okt|dezember|dez'
  + '|enero|ene|febrero|marzo|abril|abr|mayo|junio|julio|agosto|ago|septiembre|setiembre|set|octubre|noviembre|diciembre|dic'
  + '|janeiro|fevereiro|fev|mar[çc]o|maio|junho|julho|setembro|outubro|out|novembro|dezembro'
  + '|gennaio|gen|febbraio|aprile|maggio|mag|giugno|giu|luglio|lug|settembre|ottobre|ott|dicembre'
  + '|januari|februari|maart|mrt|mei|augustus|augusti|maj|marts|desember|des'
  + '|j[äa]nner|feber|stycze[ńn]|stycznia|luty|lutego|marzec|kwiecie[ńn]|kwietnia|maja|czerwiec|czerwca|lipiec|lipca'
  + '|sierpie[ńn]|sierpnia|wrzesie[ńn]|wrze[śs]nia|pa[źz]dziernik|pa[źz]dziernika|listopad|listopada|grudzie[ńn]|grudnia'
  // (March's genitive, "marca", only after "od", "do" or a day: "Jefa de Marca   2018 – 2022" names a brand.)
  + '|(?<=(?:^|\\s)(?:od|do|\\d{1,2}\\.?)\\s)marca)';
const YEAR = '(?:19[5-9]\\d|20[0-4]\\d)';
/**
 * A date written with a day, whose day is dropped: "2017.07.23", "2015-03-01", "2017年7月23日", "30/04/2021",
 * "1.3.2015", "9 May 2021", "01-Jul-2014" (a wrapped cell may break it after its dash), "March 1, 2015". Tried before the month forms, which would match inside them.
 */
// (A day is no academic year's second half: "Summer season 2013/14 Nov 2013 – Mar 2014" starts in November.)
const DAY_DATE = `(?:${YEAR}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日?|${YEAR}[./-]\\d{1,2}[./-]\\d{1,2}(?![\\d])|\\d{1,2}[./-]\\d{1,2}[./-]${YEAR}|(?<![\\d/])\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\.?,?\\s*${YEAR}|\\d{1,2}[-/]${MONTH_NAME}[-/]\\s?${YEAR}|${MONTH_NAME}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,\\s*${YEAR})`;
/** A month with a two-digit year after an apostrophe: "Mar '15", "Aug ’98". */
const APOSTROPHE_DATE = `${MONTH_NAME}\\.?\\s*['\u2019]\\d{2}`;
/** A date with its month: "Jul 2019", "Mar-2019", "2019 March", "2019年7月", "2019.07", "2019/07", "2019-07", "07/2019", or one of the above. */
// (A Korean CV's dotted month keeps its last dot: "2020. 5. ~ 현재".)
/**
 * A month of the Republic of China's calendar, as Taiwanese forms date them: "109年9月" (2020-09). Three-digit years
 * only (2011 on): "98年6月" is as likely 1998 on a mainland CV.
 */
// (Also after the calendar's name: "民國 107 年 9 月-民國 111 年 3 月".)
// (And as Taiwanese forms' date cells write it, under "起迄年月(民國)": "109/07", "102/09 至 106/12".)
// (Or with a dot, "109.07   迄今", a cell of its own: not a figure in a sentence.)
const MINGUO_DATE = '(?:(?:民[國国]\\s*)?(?<![\\d])1[0-3]\\d\\s*年\\s*\\d{1,2}\\s*月|(?<![\\d./])1[0-3]\\d/(?:0[1-9]|1[0-2])(?![\\d/])|(?<![\\d./\\p{L}])1[0-3]\\d\\.(?:0[1-9]|1[0-2])(?=\\s{3,}|\\s*[-~至]\\s*(?:1[0-3]\\d\\.(?:0[1-9]|1[0-2])|迄今|至今|現在|现在)|\\s*$))';
/** A month of a Japanese era, as a 履歴書 dates it: "平成30年4月" (2018-04), "令和元年5月" (its first year). */
const ERA_DATE = '(?:昭和|平成|令和)\\s*(?:\\d{1,2}|元)\\s*年\\s*\\d{1,2}\\s*月';
const ERA_BASE: Record<string, number> = { 昭和: 1925, 平成: 1988, 令和: 2018 };
/**
 * A quarter or a season of a year, as contract and seasonal work is dated: "Q3 2020", "Summer 2019", "Autumn 2018". Read
 * as its first month, or as its last at a range's end (see findDateRange): Q3 is July to September, summer June to August.
 */
// (And a winter across two years, "Winter 2016/17": December to February.)
const PERIOD_DATE = `(?:(?:Q[1-4]|(?:spring|summer|autumn|fall))\\s*${YEAR}|winter\\s*${YEAR}\\s*\\/\\s*\\d{2}(?:\\d{2})?(?![\\d]))`;
const PERIOD_MONTHS: Record<string, [number, number]> = { q1: [1, 3], q2: [4, 6], q3: [7, 9], q4: [10, 12], spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11] };
const MONTH_DATE = `(?:${DAY_DATE}|${APOSTROPHE_DATE}|${MINGUO_DATE}|${ERA_DATE}|${PERIOD_DATE}|${MONTH_NAME}\\.?,?(?:\\s+de\\s+|\\s*|\\s?[-/]\\s?)${YEAR}|${YEAR}(?: ?[-/] ?| )${MONTH_NAME_EN}(?![a-z])|${YEAR}\\s*年\\s*\\d{1,2}\\s*月?|${YEAR}\\s*[./-]\\s*\\d{1,2}(?![\\d])(?:\\.(?=\\s|$))?|\\d{1,2}\\s*[./]\\s*${YEAR}|(?<![\\d-])(?:0[1-9]|1[0-2])-${YEAR})`;
/** One date: a date with its month, or a year alone ("2019", "2019年"). */
const DATE = `(?:${MONTH_DATE}|${YEAR}\\s*年?)`;
/** The open end of a range, also in both languages ("至今 Present", "Present / 至今"), and after a dash ("– to date"). */
// (A bilingual form gives the open end in its language first: "praegu / now", "heute / present", "à ce jour / to date",
// "nu (present)"; a CV in Dutch, German, French, Spanish, Portuguese, Italian or Polish gives it alone: "heden", "heute",
// "aujourd'hui", "actualidad", "actual" (Mexico), "a la fecha", "presente", "atual", "oggi", "obecnie", "do dziś", "dosud" (Czech),
// "halen" (Turkish), "현재", "재직 중" (Korean); "do teraz" (Polish), "dato" (Danish, Norwegian), "i dag", "nå", "pågående",
// "現職" (Japanese), "在職中".)
const IN_ITS_LANGUAGE = '[\\p{Ll}]{1,12}(?:\\s+[\\p{Ll}]{2,12}){0,2}';
const PRESENT = `(?:${IN_ITS_LANGUAGE}\\s*[(（]\\s*(?:present|now|today|to date)\\s*[)）]|(?:${IN_ITS_LANGUAGE}\\s*/\\s*(?=(?:present|now|today|to date|ongoing)\\b))?(?:仍?在[职職](?![\\p{L}])|迄今|(?:至今|现在|現在|目前)(?:\\s*[/(（]?\\s*(?:present|now)[)）]?)?|(?:now|current)\\s*[/(（]?\\s*(?:至今|现在|現在|目前)[)）]?|present(?:\\s+time)?(?:\\s*[/(（]?\\s*(?:至今|现在|現在|目前)[)）]?)?|pres\\.(?!\\p{L})|(?:i\\s+)?(?:currently|still)\\s+work(?:ing)?\\s+here|current\\s+(?:position|job|post|role|employment|employer)|(?:currently|still) (?:employed|working)|current|continuing(?=\\s*$|\\s*[)）]|\\s{2,})|now|today|ongoing|(?:(?:to|till|until)\\s+)?(?:date|now)|今|(?:bis\\s+)?heute|heden|aujourd\'hui|(?:la\\s+)?actualidad|actualmente|actual(?![\\p{L}])|(?:hasta\\s+)?(?:la\\s+fecha|hoy)|presente|atualmente|atual|(?:ad\\s+)?oggi|obecnie|do\\s+dziś|현재|재직\\s?중|dosud|současnost|halen|günümüz|nutid|nu(?![\\p{L}])|(?:do\\s+)?(?:teraz|dzisiaj|chwili\\s+obecnej)|dziś|(?:til\\s+)?dato|i\\s?dag|nå(?![\\p{L}])|pågående|nuvarande|現職|现职|在職中|在职中))`;
// (Also two or three dots, as a range is written in code and in RFC-style text: "2019-10 .. 2023-01".)
// (And the word for "to" in French, Spanish, Italian, Portuguese, German and Dutch, between two dates: "De Sep 2015 à Mar
// 2019", "Du 01/09/2015 au 31/03/2019", "de 2015 a 2019", "2015 bis 2019", "2015 tot 2019"; Polish "od 2015 do 2019";
// Italian "dal 2021 ad oggi".)
const SEP = '(?:\\s*(?:-{1,2}|to|until|till|至|到|—|–|→|->|⟶|\\.{2,3}(?!\\.))\\s*|\\s+(?:à|au|a|al|até|ao|bis|tot|hasta)\\s+|(?<=(?:^|\\s{3}|[(·|]\\s?)od\\s+[^\\s].{0,24}?)\\s+do\\s+|\\s+(?=ad\\s+oggi))';
const PRESENT_ONLY_RE = new RegExp(`^${PRESENT}$`, 'iu');
/** A text that is only an open end ("Present", "至今", "to date", "Present / 至今"). */
export const isOpenEnd = (text: string): boolean => PRESENT_ONLY_RE.test(text.trim());
// (An open end is a word of its own: "Nowhere Studios" is no "Now".)
const RANGE = new RegExp(`(?<![\\d.])(${DATE})${SEP}(${DATE}|${PRESENT}(?![a-z]))(?![\\d])`, 'iu');
/**
 * A month and a two-digit year ("08/21"), as application forms ask for dates ("From (mm/yy)"), or as a spreadsheet
 * shows a month ("Mar-19", "Sept-15"): only in From and To cells, or as both ends of a range (see SHORT_RANGE).
 */
const MONTH_NAME_SHORT_YEAR = `${MONTH_NAME}\\.?-\\d{2}`;
const MONTH_SHORT_YEAR = `(?:(?:0[1-9]|1[0-2])/\\d{2}|${MONTH_NAME_SHORT_YEAR})`;
/**
 * A start and an end in cells of their own ("Aug 2020   Till date", "Jan 2017   Jul 2020", "08/21   Present"): a table's
 * From and To columns, which hold dates with their months (two bare years in cells are no range).
 */
const CELL_RANGE = new RegExp(`(?<![\\d./])(${MONTH_DATE}|${MONTH_SHORT_YEAR})\\s{3,}(${MONTH_DATE}|${MONTH_SHORT_YEAR}|${PRESENT})(?![\\d\\p{L}/])`, 'iu');
/**
 * A start and an end in one cell apart by a single space ("03/2019 Present", "07/2015 02/2019"): a table's narrow From
 * and To columns set closer than a cell gap, as Chromium prints a table sized to its content (the next cell may run
 * on after one space too: "07/2015 02/2019 Bluewater Logistics"). Only two dates with their months opening a cell.
 */
const TIGHT_RANGE = new RegExp(`(?<=^|\\s{3})(${MONTH_DATE}|${MONTH_SHORT_YEAR}) (${MONTH_DATE}|${MONTH_SHORT_YEAR}|${PRESENT})(?=\\s|$)`, 'iu');
/**
 * A range of spreadsheet months ("Jul-15 to Feb-19", "Mar-19 – Present") or of a form's months ("09/15 – 12/19", a
 * "From (mm/yy)" cell over its "To" cell): both ends so written, or an open end.
 */
// (Not days of a month written so before its year: "Oct-02 to Oct-04 2019".)
const SHORT_RANGE = new RegExp(`(?<![\\d./\\p{L}])(${MONTH_SHORT_YEAR})${SEP}(${MONTH_SHORT_YEAR}|${PRESENT})(?![\\d\\p{L}/])(?!,?\\s*(?:19|20)\\d{2})`, 'iu');

/**
 * A SHORT_RANGE match that may be one: a form's months ("09/15") only as a range standing alone, a line's or a cell's
 * whole or in brackets ("covered team manager 03/19 – 09/19" in a duty is no entry).
 */
function shortRangeOf(line: string): RegExpExecArray | null {
  const m = SHORT_RANGE.exec(line);
  if (m === null || !/^\d/.test(m[1]!)) return m;
  const before = line.slice(0, m.index);
  return before.trim() === '' || /\s{3}$|[(（]\s*$/.test(before) ? m : null;
}
const SINGLE = new RegExp(`(?<![\\d.])(${DATE})(?![\\d])`, 'iu');

export interface DateRange {
  start: YearMonth;
  end: YearMonth | null;
  current: boolean;
  /** The matched text, to be removed from the line when reading company and title. */
  text: string;
  index: number;
}

const pad = (m: number) => String(m).padStart(2, '0');

/**
 * Which number of a numeric date with a day comes first ("30/04/2021" day, "12/25/2018" month), when a range's
 * other date says so; `day` when neither can tell.
 */
export type DayOrder = 'day' | 'month';

const NUMERIC_DAY_DATE = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;

/**
 * The order of the numeric dates with a day among `texts` (the two ends of a range): month first when one of them
 * can only be read so ("12/25/2018"), else day first, as most of the world and Europass write them.
 */
export function dayOrderOf(texts: string[]): DayOrder {
  const pairs = texts.map((t) => NUMERIC_DAY_DATE.exec(t.replace(/\s+/g, ''))).filter((m) => m !== null);
  if (pairs.some((m) => Number(m[1]) > 12)) return 'day';
  return pairs.some((m) => Number(m[2]) > 12) ? 'month' : 'day';
}

/** A numeric date with a day, its year of two or four digits: "03/27/20", "25.03.2017", "11-05-2023". */
const DAY_DATE_IN_TEXT = /(?<![\d/.-])(\d{1,2})([./-])(\d{1,2})\2((?:19|20)?\d{2})(?![\d/.-])/g;
/**
 * A United States number ("(773) 555-0190", "+1 512 555 0111", "617-555-0188"): North American, its area code none of
 * Canada's, the Caribbean's (which write dates day first) nor a toll-free one.
 */
const NANP_PHONE = /(?:\+1[\s.-]?\(?([2-9]\d{2})\)?|(?<![\d+])\(([2-9]\d{2})\)|(?<![\d+.-])([2-9]\d{2})(?=[.-]))[\s.-]?[2-9]\d{2}[\s.-]\d{4}(?!\d)/;
const NOT_US_AREA = new Set('204 226 236 249 250 263 289 306 343 354 365 367 368 382 403 416 418 428 431 437 438 450 468 474 506 514 519 548 579 581 584 587 604 613 639 647 672 683 705 709 742 753 778 780 782 807 819 825 867 873 879 902 905 242 246 264 268 284 345 441 473 649 658 664 721 758 767 784 809 829 849 868 869 876 800 833 844 855 866 877 888'.split(' '));
const usPhone = (line: string) => {
  const m = NANP_PHONE.exec(line);
  return m !== null && !NOT_US_AREA.has(m[1] ?? m[2] ?? m[3]!);
};

/**
 * A United States CV's numeric dates as month and year ("03/27/20" → "03/2020", "11/05/2023" → "11/2023"), so that
 * every range of the CV is read month first, as its writer wrote them. Only the dates of ranges count (two on a line,
 * or one before an open end; not an exam's date nor a licence number): the CV is read so when one of them can only be
 * read month first (a second number above 12) and none only day first, or, when none can tell, when its header (the
 * first five lines) gives a United States phone and names no other country. Every other CV is returned as it is (day
 * first, as most of the world and Europass write dates, see dayOrderOf).
 */
export function monthFirstDates(lines: string[]): string[] {
  let monthOnly = 0;
  let dayOnly = 0;
  let some = false;
  for (const line of lines) {
    const dates = [...line.matchAll(DAY_DATE_IN_TEXT)];
    // (One date counts before an open end: "09/03/21   Present", "04/11/20 – now".)
    const after = dates.length === 1 ? line.slice(dates[0]!.index + dates[0]![0].length).replace(/^\s*(?:[-–—]|to\b)?\s*/i, '').split(/\s{3,}/)[0]! : '';
    if (dates.length < 2 && !(dates.length === 1 && isOpenEnd(after))) continue;
    for (const m of dates) {
      const [a, b] = [Number(m[1]), Number(m[3])];
      if (a > 31 || b > 31 || a === 0 || b === 0) continue;
      some = true;
      if (a > 12 && b <= 12) dayOnly++;
      else if (a <= 12 && b > 12 && m[2] !== '.') monthOnly++;
    }
  }
  // (A header that names another country writes dates as that country does: "Edinburgh, Scotland (relocating from
  // Boston)" over "Mobile: +1 617 555 0188".)
  const header = lines.filter((l) => l.trim() !== '').slice(0, 5);
  if (!some || dayOnly > 0 || (monthOnly === 0 && (!header.some(usPhone) || phoneRegionsOf(header.join('\n')).candidates.length > 0))) return lines;
  return lines.map((line) =>
    line.replace(DAY_DATE_IN_TEXT, (all, mo: string, sep: string, day: string, year: string) => {
      if (sep === '.' || Number(mo) < 1 || Number(mo) > 12 || Number(day) < 1 || Number(day) > 31) return all;
      return `${mo.padStart(2, '0')}/${year.length === 4 ? year : `${Number(year) < 50 ? '20' : '19'}${year}`}`;
    }),
  );
}

/** Parses one date expression into `YYYY-MM` (or `YYYY` when no month is given). */
export function parseDate(text: string, order: DayOrder = dayOrderOf([text]), edge: 'start' | 'end' = 'start'): YearMonth | null {
  // ("sept. de 2018", "abr. de 2019": the "de" of Spanish and Portuguese goes.)
  const t = text.toLowerCase().replace(/\s+/g, '').replace(/(?<=\p{L})\.?de(?=\d{4}$)/u, '');
  const minguo = /^(?:民[國国])?(1[0-3]\d)年(\d{1,2})月$/.exec(t) ?? /^(1[0-3]\d)[/.](0[1-9]|1[0-2])$/.exec(t);
  if (minguo && Number(minguo[2]) >= 1 && Number(minguo[2]) <= 12) return `${1911 + Number(minguo[1])}-${pad(Number(minguo[2]))}`;
  const winter = /^winter(\d{4})\/\d{2,4}$/.exec(t);
  if (winter) return edge === 'end' ? `${Number(winter[1]) + 1}-02` : `${winter[1]}-12`;
  const period = /^(q[1-4]|spring|summer|autumn|fall)(\d{4})$/.exec(t);
  if (period) return month(period[2]!, PERIOD_MONTHS[period[1]!]![edge === 'end' ? 1 : 0]);
  const era = /^(昭和|平成|令和)(\d{1,2}|元)年(\d{1,2})月$/.exec(t);
  if (era) return month(String(ERA_BASE[era[1]!]! + (era[2] === '元' ? 1 : Number(era[2]))), Number(era[3]));
  let m = /^(\p{L}+)\.?,?[-/]?(\d{4})$/u.exec(t);
  if (m) {
    const month = monthOf(m[1]!);
    return month ? `${m[2]}-${pad(month)}` : null;
  }
  // The year first: "2019 March", "2019-Mar".
  m = /^(\d{4})[-/]?(\p{L}+)\.?$/u.exec(t);
  if (m) {
    const month = monthOf(m[2]!);
    return month ? `${m[1]}-${pad(month)}` : null;
  }
  m = /^(\d{4})年(\d{1,2})月?$/.exec(t) ?? /^(\d{4})[./-](\d{1,2})\.?$/.exec(t);
  if (m) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${m[1]}-${pad(Number(m[2]))}` : null;
  m = /^(\d{1,2})[./](\d{4})$/.exec(t) ?? /^(0[1-9]|1[0-2])-(\d{4})$/.exec(t);
  if (m) return Number(m[1]) >= 1 && Number(m[1]) <= 12 ? `${m[2]}-${pad(Number(m[1]))}` : null;
  m = /^(\d{4})年?$/.exec(t);
  if (m) return m[1]!;
  return parseDayDate(t, order);
}

const month = (y: string, mo: number) => (mo >= 1 && mo <= 12 ? `${y}-${pad(mo)}` : null);

/** A day of a month: 1 to 31 (not checked against the month's length). */
const isDay = (d: number) => d >= 1 && d <= 31;

/**
 * The year and month of a date written with a day (`t` lower-cased, without spaces), its day dropped: "30/04/2021"
 * and "1.3.2015" in `day` order, "12/25/2018" in `month` order (see dayOrderOf). A day outside 1–31 is no date.
 */
function parseDayDate(t: string, order: DayOrder): YearMonth | null {
  let m = /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/.exec(t) ?? /^(\d{4})[./-](\d{1,2})[./-](\d{1,2})$/.exec(t);
  if (m) return isDay(Number(m[3])) ? month(m[1]!, Number(m[2])) : null;
  m = NUMERIC_DAY_DATE.exec(t);
  if (m) {
    const [day, mo] = order === 'month' ? [Number(m[2]), Number(m[1])] : [Number(m[1]), Number(m[2])];
    return isDay(day) ? month(m[3]!, mo) : null;
  }
  m = /^\d{1,2}(?:st|nd|rd|th)?\.?(\p{L}+)\.?,?(\d{4})$/u.exec(t) ?? /^\d{1,2}[-/](\p{L}+)[-/](\d{4})$/u.exec(t) ?? /^(\p{L}+)\.?\d{1,2}(?:st|nd|rd|th)?,(\d{4})$/u.exec(t);
  if (m) return monthOf(m[1]!) ? month(m[2]!, monthOf(m[1]!)!) : null;
  // "08/21", "Mar-19": a month and a two-digit year (From and To cells only, see CELL_RANGE).
  m = /^(\d{1,2})\/(\d{2})$/.exec(t);
  if (m) return month(`${Number(m[2]) < 50 ? '20' : '19'}${m[2]}`, Number(m[1]));
  m = /^([a-z]+)\.?['\u2019-](\d{2})$/.exec(t);
  // A two-digit year is this century's up to 49, the last's from 50 (as YEAR accepts 1950–2049).
  if (m && MONTHS[m[1]!]) return month(`${Number(m[2]) < 50 ? '20' : '19'}${m[2]}`, MONTHS[m[1]!]!);
  return null;
}

/**
 * An open range written without its end: "Since Mar 2021" (or "Depuis", "Desde", "Seit", "Sinds", "Dal", "Od", "Ab" before a
 * month, or before a year alone that ends the line or its cell, "Depuis 2021", "od 2019 · Kraków": "Desde 2021 responsable
 * del turno" is a duty's) opening the line or a cell (not "…towns since 2020" inside a sentence), "2021年3月起", "2021.03 –"
 * with nothing after the dash (an end left blank in a template).
 */
// (Also in brackets after the post, as a short CV's present position reads: "… – Waipā Heights College (since January 2024)";
// or as a header's last field after a dash, a bar or a dot: "HR Business Partner — Verrerie des Monts d’Or, Lyon — depuis
// janvier 2020". The short look back first: the long one, to the field before, is tried only where a separator stands.)
const OPEN = new RegExp(`(?:(?:^|(?<=\\s{3})|(?<=[(（]))since\\s+(${DATE})(?![\\d])|(?:^|(?<=\\s{3}))(?:depuis|desde|seit|sinds|dal|od|ab)\\s+(?:(?!(?:19|20)\\d{2}(?![./-]\\d))(${DATE})(?![\\d])|(${YEAR})(?=\\s*$|\\s{3}|\\s*[·|)]))|(?<![\\d.])(${DATE})\\s*(?:起|以来)|(?<![\\d.])(${DATE})\\s*(?:-{1,2}|–|—)\\s*(?=\\s{3}|$)|(?<=\\s[-—–|·]\\s)(?<=\\S\\s[-—–|·]\\s.*\\S\\s[-—–|·]\\s)(?:since|depuis|desde|seit|sinds|dal|od|ab)\\s+(${DATE})(?=\\s*$))`, 'iu');

/** A quarter or a season standing as a cell of its own, or closing a header's fields: "Summer Intern   Summer 2025". */
const PERIOD_ALONE = new RegExp(`(?:^|(?<=\\s{3})|(?<=[,·|(]\\s?))(${PERIOD_DATE})(?=\\s*$|\\s{3}|\\s*[)·|,])`, 'iu');

/**
 * Years written with an apostrophe and two digits, as a casual CV dates its jobs: "'19 – '22", "’20 – now". Years alone;
 * '19 is 2019, '50 to '99 the last century's ("'98 – '03").
 */
// (Only where dates stand: a line's start, a cell of its own, or brackets after the post; "through the '21 – '22 price
// rises" in a duty is no job's.)
const APOSTROPHE_RANGE = new RegExp(`(?:^|(?<=\\s{3})|(?<=[(（]))['’](\\d{2})\\s*(?:-{1,2}|–|—|to)\\s*(?:['’](\\d{2})(?![\\d])|(${PRESENT}))`, 'iu');
function apostropheRange(line: string): DateRange | null {
  const m = APOSTROPHE_RANGE.exec(line);
  if (!m) return null;
  const year = (yy: string) => `${Number(yy) >= 50 ? 19 : 20}${yy}`;
  const [start, end] = [year(m[1]!), m[2] === undefined ? null : year(m[2])];
  if (end !== null && end < start) return null;
  return { start, end, current: end === null, text: m[0], index: m.index };
}

function findOpenRange(line: string): DateRange | null {
  // (A season or a quarter alone is a range of its months: "Summer 2025" is June to August.)
  const period = PERIOD_ALONE.exec(line);
  const [from, to] = period ? [parseDate(period[1]!), parseDate(period[1]!, undefined, 'end')] : [null, null];
  if (period && from && to) return { start: from, end: to, current: false, text: period[0], index: period.index };
  const m = OPEN.exec(line);
  const start = m ? parseDate((m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6])!) : null;
  return m && start ? { start, end: null, current: true, text: m[0], index: m.index } : null;
}

/**
 * Finds the first date range in a line ("Jul 2019 – Present", "2019.07-至今", "2018年3月 至 2020年6月"), else an
 * open one ("Since Mar 2021", "2021年3月起").
 */
export function findDateRange(line: string): DateRange | null {
  const m = [RANGE.exec(line), CELL_RANGE.exec(line), shortRangeOf(line), TIGHT_RANGE.exec(line)].reduce((first, found) => (found && (!first || found.index < first.index) ? found : first), null);
  if (!m) return findOpenRange(line) ?? apostropheRange(line);
  // A range inside a long cell of prose comes second to a range in the row's cells after it: "… Year head (2019-
  // 2021). Supervision …   08/2016   08/2021", a form's duties cell before its From and To. (Only on a line of a
  // table's length: the look further on is another pass over the rest of the line.)
  const cellEnd = line.length <= 2000 ? line.indexOf('   ', m.index + m[0].length) : -1;
  if (cellEnd >= 0) {
    const cellStart = line.lastIndexOf('   ', m.index);
    const cell = line.slice(cellStart < 0 ? 0 : cellStart, cellEnd).trim();
    const later = cell.split(/\s+/).length > 8 && cell !== m[0].trim() ? findDateRange(line.slice(cellEnd)) : null;
    if (later && later.index === line.slice(cellEnd).search(/\S/)) return { ...later, index: later.index + cellEnd };
  }
  // One order of day and month for both ends: "12/25/2018 – 03/04/2021" is a US range, March to the end.
  // (A match that reads as no dates, a farming season's "2021/22 – 2023/24", leaves the line from its second date on to
  // be read: "1 June 2021 – 31 May 2024" in the cell after it; "2024/25 –   1 June 2024 – present".)
  const further = (): DateRange | null => {
    const after = m.index + Math.max(1, m[0].lastIndexOf(m[2]!));
    const later = line.length <= 2000 ? findDateRange(line.slice(after)) : null;
    return later && { ...later, index: later.index + after };
  };
  const order = dayOrderOf([m[1]!, m[2]!]);
  const start = parseDate(m[1]!, order);
  if (!start) return further();
  const current = isOpenEnd(m[2]!);
  const end = current ? null : parseDate(m[2]!, order, 'end');
  if (!current && !end) return further();
  if (end && end.slice(0, 4) < start.slice(0, 4)) return null;
  // (Joined by a word, both ends to the month: "Apr 2019 à Jun 2023", "01/09/2015 au 31/03/2019". Years so joined are a
  // sentence's, "Umsatzsteigerung von 2019 bis 2022", "Migración a la nube 2021 a 2022", "2008 bis 2016 Gymnasium".)
  // (Unless the line or its cell opens on the word for "from": "dal 2011 al 2016", "von 2015 bis 2019", "de 2012 a 2015". That
  // word is the range's too, no field of a header.)
  const from = FROM_WORD.exec(line.slice(0, m.index));
  if (WORD_SEP.test(m[0]) && !from && (start.length < 7 || (end !== null && end.length < 7))) return null;
  return from ? { start, end, current, text: `${from[1]!}${m[0]}`, index: m.index - from[1]!.length } : { start, end, current, text: m[0], index: m.index };
}

/** The word for "from" in another language opening a line or a cell right before a range: "dal 2011 al 2016", "von 2015
 * bis 2019", "od 2015 do 2019" (not English "From 2014 to 2016 I worked …", a sentence read as a whole). */
const FROM_WORD = /(?:^|\s{3}|[(·|]\s?)((?:dal|dall['’]|da|von|vom|de|du|desde|van|od)\s+)$/iu;

/** A range's two dates joined by a word for "to" in another language (see SEP). */
const WORD_SEP = /\s(?:à|au|a|al|até|ao|bis|tot|hasta)\s/iu;

/** A single date on its own (an education line with only a graduation date). */
export function findSingleDate(line: string): { date: YearMonth; text: string } | null {
  const m = SINGLE.exec(line);
  const date = m ? parseDate(m[1]!) : null;
  return m && date ? { date, text: m[0] } : null;
}

/** Month index (year*12 + month-1). A year without a month counts from its January (start) or December (end). */
export function monthIndex(ym: YearMonth, edge: 'start' | 'end'): number {
  const [y, m] = ym.split('-').map(Number);
  return (y ?? 0) * 12 + (m !== undefined ? m - 1 : edge === 'start' ? 0 : 11);
}

export function toYearMonth(date: Date): YearMonth {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
}

/**
 * Years of experience: the union of the work intervals (each counted inclusively by month, overlaps once),
 * an open interval ending at the reference month; to one decimal.
 */
export function yearsFromIntervals(intervals: { start: YearMonth | null; end: YearMonth | null; current: boolean }[], reference: YearMonth): number {
  const ref = monthIndex(reference, 'end');
  const months = new Set<number>();
  for (const iv of intervals) {
    if (!iv.start) continue;
    const a = monthIndex(iv.start, 'start');
    const b = iv.current || !iv.end ? ref : Math.min(ref, monthIndex(iv.end, 'end'));
    for (let i = a; i <= b && i - a < 12 * 60; i++) months.add(i);
  }
  return Math.round((months.size / 12) * 10) / 10;
}

const START_CELL = new RegExp(`^(${DATE})\\s*(?:-|–|—|~|至|到)$`, 'iu');
const END_CELL = new RegExp(`^(?:${DATE}|${PRESENT})$`, 'iu');

/**
 * A table's row whose narrow cells each wrapped onto a second line, as a Taiwanese 履歷表 prints its grid: "宏澄資訊股份有
 * 2021/04-   管理 6 人測試團隊" over the title centred on a line of its own, over "限公司   迄今   建立 Jenkins…". The
 * start, ending in its dash, and the end one or two lines under it, in the same cell of a row of as many cells, are one
 * range; the cells before it are joined to what wrapped under them; the cells after it stay where they were.
 */
function joinSplitRows(lines: string[]): string[] {
  const out: (string | null)[] = [...lines];
  for (let i = 0; i < out.length; i++) {
    const cells = out[i]?.trim().split(/\s{3,}/) ?? [];
    const k = cells.findIndex((c) => START_CELL.test(c));
    if (k < 1) continue;
    for (const j of [i + 1, i + 2]) {
      const under = out[j]?.trim().split(/\s{3,}/) ?? [];
      // (What wrapped under a narrow cell is short, "限公司": a sentence beside the end is a duty, read as it stands.)
      if (under.length !== cells.length || !END_CELL.test(under[k] ?? '') || findDateRange(out[j]!) !== null || under.slice(0, k).some((c) => c.length > 20 || c.split(/\s+/).length > 3)) continue;
      const glue = (a: string, b: string) => (/[\u4e00-\u9fff]$/.test(a) && /^[\u4e00-\u9fff]/.test(b) ? a + b : `${a} ${b}`);
      const joined = cells.map((c, m) => (m < k ? glue(c, under[m]!) : m === k ? `${START_CELL.exec(c)![1]} - ${under[k]}` : c));
      out[i] = joined.join('   ');
      const rest = under.slice(k + 1).join('   ');
      out[j] = rest === '' ? null : rest;
      break;
    }
  }
  return out.filter((l): l is string => l !== null);
}

/** A row of a 履历书's (履歴書's) career: its year and month in cells, then what happened ("2015   4   大连樱花精密机械有限公司   入职(翻译)"). */
const EVENT_ROW = /^\s*((?:19|20)\d{2})(?:\s*年\s*|\s*[./]\s*|\s+)(\d{1,2})\s*月?\s{2,}(\S.*)$/u;
const JOINED = /(?:入职|入職|入社|入庁|入行|就职|就職)/u;
const LEFT = /(?:因[^\s，,]{0,16})?(?:离职|離職|退职|退職|退社|辞职|辭職|合同期满离职)/u;
const PROMOTED = /(?:晋升为|晉升為|升任|调任为|調任為|昇進|昇格)/u;
/** Words of an employer's name, one of which a joining's employer has: "…有限公司", "株式会社…", "…医院". */
const EMPLOYER_WORD = /(?:公司|有限|株式会社|会社|集团|集團|银行|銀行|医院|醫院|研究所|研究院|事务所|事務所|工厂|工場|厂|商店|店|局|中心|学校|大学|Co\.|Ltd|Inc)/u;

/**
 * A career written as events, one a row, as a 履历书 (and Japan's 履歴書) writes it: the month one joined
 * ("入职(翻译)", "株式会社ミナト精機 入社"), was promoted ("晋升为采购主管") and left ("因职业发展离职"), each with the
 * employer. Each job becomes one line of its range, employer and title ("2015.04-2019.06   大连樱花精密机械有限公司   翻译"):
 * a promotion ends the role before it the month before, and a job not left is current. Only where two rows or more
 * are such events, one of them a joining.
 */
function fromCareerEvents(lines: string[]): string[] {
  // (Each event names its employer before it, "大连星海软件服务有限公司   入职": a line of a job's own duties, "2018.05   入职，
  // 参与…" or "2019.04   晋升为高级工程师", names none, and stays as it is. A joining names an organisation, not a party
  // or a club: "2014.05   加入中国共产党" is no job.)
  const employerOf = (text: string, kind: RegExp) => {
    const cells = text.split(/\s{2,}/);
    const at = cells.findIndex((c) => kind.test(c));
    return (at > 0 ? cells.slice(0, at).join(' ') : text.split(kind)[0]!).replace(/[(（][^()（）]*[)）]\s*$/u, '').trim();
  };
  const events = lines.map((line) => {
    const m = EVENT_ROW.exec(line);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return null;
    const text = m[3]!.trim();
    const kind = PROMOTED.test(text) ? 'promoted' : JOINED.test(text) ? 'joined' : LEFT.test(text) ? 'left' : null;
    if (kind === null) return null;
    const word = kind === 'promoted' ? PROMOTED : kind === 'joined' ? JOINED : LEFT;
    const company = employerOf(text, word);
    // (What follows the event's word: the title a promotion names, "晋升为采购主管", or the one a joining gives in brackets.)
    const after = text.slice(text.search(word));
    return company !== '' ? { kind, year: Number(m[1]), month: Number(m[2]), company, after } : null;
  });
  if (events.filter(Boolean).length < 2 || !events.some((e) => e?.kind === 'joined' && EMPLOYER_WORD.test(e.company))) return lines;
  const ym = (year: number, month: number) => `${year}.${String(month).padStart(2, '0')}`;
  const out: (string | null)[] = [...lines];
  let open: { at: number; start: string; company: string; title: string } | null = null;
  const close = (end: string) => {
    if (open) out[open.at] = [`${open.start}-${end}`, open.company, open.title].filter(Boolean).join('   ');
    open = null;
  };
  const monthBefore = (year: number, month: number) => (month === 1 ? ym(year - 1, 12) : ym(year, month - 1));
  events.forEach((e, i) => {
    if (!e) return;
    if (e.kind === 'promoted') {
      const title = e.after.split(/\s{2,}/)[0]!.replace(PROMOTED, '').replace(/^[\s:：]+/, '').trim();
      close(monthBefore(e.year, e.month));
      open = { at: i, start: ym(e.year, e.month), company: e.company, title };
    } else if (e.kind === 'joined') {
      close(monthBefore(e.year, e.month));
      const title = /[(（]([^()（）]{1,30})[)）]/u.exec(e.after.split(/\s{2,}/)[0]!)?.[1] ?? '';
      open = { at: i, start: ym(e.year, e.month), company: e.company, title };
    } else {
      close(ym(e.year, e.month));
      out[i] = null;
    }
  });
  close('至今');
  // (The rows' closing words, "现在在职" and "以上" (現在に至る), say no more than the open end does.)
  out.forEach((l, i) => {
    if (l !== null && /^\s*(?:现在在职|現在在職|至今在职|现职|現職|現在に至る|以上)\s*$/u.test(l) && events.slice(0, i).some(Boolean)) out[i] = null;
  });
  return out.filter((l): l is string => l !== null);
}

/** A line ending in a range whose end lost its year to the next line: "… | Apr 2013 - Oct" over "2019". */
const END_MONTH_WRAPPED = new RegExp(`${MONTH_NAME}\\.?\\s+(?:19|20)\\d{2}\\s*[-–—]\\s*${MONTH_NAME}\\.?$`, 'i');

/**
 * Lines with a range's end put back together where a narrow column wrapped it before its year ("Noorani Spinning
 * Mills Ltd., Sheikhupura | Apr 2013 - Oct" over "2019"): the year goes up to its month, and a line left empty goes.
 */
/** A cell that is a range and nothing more ("Jun 2024 → Present"). */
const rangeAlone = (cell: string) => {
  const range = findDateRange(cell);
  return range !== null && cell.trim().length - range.text.length <= 2;
};

/**
 * Job cards side by side, as a portfolio's grid sets them and a PDF reads them a row of cards at a time: two or more
 * ranges alone on a line ("Jun 2024 → Present   Jan 2022 → May 2024"), over lines of as many cells (the employers, the
 * titles, the duties), and under up to two rows of as many cells above them (the titles, the employers). Each card is
 * read down its own column, one after the other. The block ends at the first line of another number of cells, or at
 * the next row of ranges.
 */
function cardsDownColumns(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const cells = lines[i]!.trim().split(/\s{3,}/);
    if (cells.length < 2 || cells.length > 4 || !cells.every(rangeAlone)) {
      out.push(lines[i]!);
      continue;
    }
    let j = i + 1;
    const rows = [cells];
    while (j < lines.length) {
      const next = lines[j]!.trim().split(/\s{3,}/);
      if (next.length !== cells.length || next.every(rangeAlone)) break;
      rows.push(next);
      j++;
    }
    // (The cards' first lines may stand over their ranges, a row each: the titles, then the employers, "Senior Project
    // Engineer   Senior Civil Engineer" over "Southern Waters Alliance DAC   Lee Valley Infrastructure Ltd". Up to two
    // such rows, of as many cells, none a range.)
    const over: string[][] = [];
    while (over.length < 2 && out.length > over.length) {
      const prev = out[out.length - 1 - over.length]!.trim().split(/\s{3,}/);
      if (prev.length !== cells.length || prev.some((c) => findDateRange(c) !== null) || prev.some((c) => c.length > 60)) break;
      over.unshift(prev);
    }
    if (rows.length < 2 && over.length === 0) {
      out.push(lines[i]!);
      continue;
    }
    out.splice(out.length - over.length, over.length);
    for (let c = 0; c < cells.length; c++) for (const row of [...over, ...rows]) out.push(row[c]!);
    i = j - 1;
  }
  return out;
}

/**
 * An open end in two languages, its cell wrapped: "Jun 2024   現在   Victoria Peak Retail Group" over "Present". The
 * second word is the first's again, no title of the next line's own.
 */
const withoutEchoedEnd = (lines: string[]) => lines.filter((line, i) => !(i > 0 && isOpenEnd(line) && findDateRange(lines[i - 1]!)?.current === true));

/** A form's label of a range's end or start, with its note on the format: "From date (Month/Year)", "To", "End date". */
const END_LABEL = /^(?:(?:from|to|start|end)(?: date)?|date (?:from|to))(?:\s*[(（][^()（）]{1,24}[)）])?\s*[:：]?$/i;

/**
 * A form's start and end on one line, each after its label, the end's label "To date", which reads as an open end
 * ("From date (Month/Year)   11/2022   To date (Month/Year)   Present"): "11/2022 – Present", as a range reads. (Other
 * labels, "Start date   07/2023   End date   Present", are read as labels by the work parser.)
 */
const labelledEnds = (lines: string[]) =>
  lines.map((line) => {
    const cells = line.trim().split(/\s{3,}/);
    if (cells.length !== 4 || !END_LABEL.test(cells[0]!) || !END_LABEL.test(cells[2]!) || !/^to date\b/i.test(cells[2]!)) return line;
    const range = `${cells[1]} – ${cells[3]}`;
    const found = findDateRange(range);
    return found && found.text.length >= range.length - 2 ? range : line;
  });

/** A start with its dash alone on a line ("2015.04 -"), its end on the next ("2019.11", "至今"): one range. */
const START_AND_DASH = /^\s*((?:19|20)\d{2}(?:\s*[./-]\s*\d{1,2}|\s*年\s*\d{1,2}\s*月)?)\s*(?:-{1,2}|–|—|~|至|to)\s*$/i;
const startOverEnd = (lines: string[]) => {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const next = lines[i + 1]?.trim() ?? '';
    const end = /^(?:19|20)\d{2}(?![\d])/.test(next) || isOpenEnd(next.split(/\s{3,}/)[0] ?? '');
    const joined = START_AND_DASH.test(lines[i]!) && end ? `${lines[i]!.trim()} ${next}` : null;
    if (joined && findDateRange(joined)?.index === 0) {
      out.push(joined);
      i++;
    } else out.push(lines[i]!);
  }
  return out;
};

export function joinWrappedRanges(lines: string[]): string[] {
  const out: string[] = [];
  lines = splitEarlierCareer(joinEndOverStart(joinFromTo(joinSplitRows(fromCareerEvents(withoutEchoedEnd(cardsDownColumns(startOverEnd(labelledEnds(lines)))))))));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const year = /^\s*((?:19|20)\d{2})(?![\d./-])\s*(.*)$/.exec(lines[i + 1] ?? '');
    if (year && END_MONTH_WRAPPED.test(line.trimEnd())) {
      out.push(`${line.trimEnd()} ${year[1]}`);
      if (year[2]!.trim()) out.push(year[2]!.trim());
      i++;
    } else out.push(line);
  }
  return out;
}

/** A line opening on a range's end printed first: "Dec 2022 –   Senior Data Analyst", or "Now   Analytics Lead" over a lone "–". */
const END_FIRST = new RegExp(`^(${DATE}|${PRESENT})(\\s*(?:-{1,2}|–|—))?(?=\\s{3}|\\s*$)`, 'iu');
/** A line of a strip's dash, alone or as its first cell ("–   Halden Mobility Ltd   Beijing"). */
const DASH_FIRST = /^\s*(?:-{1,2}|–|—)(?:\s{3,}(.*))?\s*$/;
/** A line that heads a section of its own: certificates, awards, honours (荣誉), education. */
const SECTION_WORD = /^(?:certifications?|certificates?|awards?|honou?rs|achievements|education|training|courses|publications|qualifications|licen[cs]es|languages|skills|荣誉|获奖|证书|教育|培训)\b/iu;
/** A line of a date, alone or as its first cell ("Jun 2020", "Jul 2019   • Built the forecast"). */
const DATE_FIRST = new RegExp(`^\\s*(${DATE})(?:\\s{3,}(.*))?\\s*$`, 'iu');

/** A form's period over two lines, each end labelled, also in two languages: "du / from 01/2021" over "au / to 12/2023"; a Chinese form's "起   2017.01" over "止   至今". */
const FROM_LINE = new RegExp(`^\\s*(?:(?:du|de|von|vom|desde|dal|van)\\s*/\\s*)?(?:from|du|von|vom|desde|dal|van|起)\\s*[:：]?\\s*(${DATE})(?=\\s{3,}|\\s*$)`, 'iu');
const TO_LINE = new RegExp(`^\\s*(?:(?:au|à|bis|hasta|al|tot)\\s*/\\s*)?(?:to|until|au|à|bis|hasta|al|tot|止)\\s*[:：]?\\s*(${DATE}|${PRESENT})(?=\\s{3,}|\\s*$)`, 'iu');

/**
 * A period a form writes over two lines, its row's other cells beside them: "du / from 01/2021   Banque Valmont   AVP"
 * over "au / to en cours / ongoing   S.A.   – Oversight of …". The range goes on the first line, and the second keeps its
 * other cells.
 */
function joinFromTo(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i++) {
    const from = FROM_LINE.exec(out[i]!);
    const to = from ? TO_LINE.exec(out[i + 1]!) : null;
    // (Only a row's cells beside them: a labelled form's "From: 07/2019" over "To: 09/2019" is read as its labels.
    // Alone, in two languages, "du / from 01/2021" over "au / to en cours / ongoing", a Word form's cell gives them
    // so, and no label reads them.)
    const alone = from && to && from[0].length === out[i]!.trimEnd().length && to[0].length === out[i + 1]!.trimEnd().length;
    if (!from || !to || (alone && !(/^\s*\p{L}+\s*\/\s*\p{L}+/u.test(from[0]) && /^\s*\p{L}+\s*\/\s*\p{L}+/u.test(to[0])))) continue;
    out[i] = `${from[1]} – ${to[1]}${out[i]!.slice(from[0].length)}`;
    out[i + 1] = out[i + 1]!.slice(to[0].length).trim();
  }
  return out.filter((l) => l !== '');
}

/**
 * A range printed end over start, as a timeline of pagedown's resume template prints it: "Dec 2022 –   Senior Data
 * Analyst", the employer under it, then "Jun 2020" alone (and "Now   Analytics Lead" over "–" for the current job);
 * or, as `pdftotext -layout` keeps its strip beside the job, "Aug 2022   Data Scientist" over "–   Corvane Retail"
 * over "Jul 2019   • Built …". The start goes up before the end ("Jun 2020 – Dec 2022   Senior Data Analyst"), and
 * the lines it and the dash stood on keep what else they held. Only where the date under is earlier than the end, so
 * an open range over a later date stays open.
 */
function joinEndOverStart(lines: string[]): string[] {
  const out: (string | null)[] = [...lines];
  for (let i = 0; i < out.length; i++) {
    const line = out[i]?.trim();
    const m = line === undefined ? null : END_FIRST.exec(line);
    if (!m) continue;
    let next = i + 1;
    const dash = m[2] === undefined ? DASH_FIRST.exec(out[next] ?? '') : null;
    if (dash) next++;
    // (Not across a heading, "2021 –" / "Certifications" / "2019   AWS Certified …", nor under a dash that is a list's
    // bullet, "-   note".)
    const at = [next, next + 1].find((k) => DATE_FIRST.test(out[k] ?? '') && !out.slice(i + 1, k).some((l) => l !== null && SECTION_WORD.test(l.trim())));
    if (at === undefined || (dash && !/^[\p{Lu}\u4e00-\u9fff]/u.test(dash[1] ?? 'A'))) continue;
    const under = DATE_FIRST.exec(out[at]!)!;
    // (The start under a dash on the end's line stands alone: "2022 –   Principal Architect" over "2019   Contract
    // Engineer, Bluefin" is two jobs.)
    if (m[2] !== undefined && under[2] !== undefined) continue;
    // (With no dash at all, the end heads its row and the start stands alone under its first duty, as a Chinese
    // timeline sets it: "至今   株洲衡岳轨道装备有限公司   总工程师" … "2015.04".)
    if (m[2] === undefined && !dash && (line!.length === m[0].length || under[2] !== undefined)) continue;
    const start = parseDate(under[1]!.trim());
    const end = isOpenEnd(m[1]!) ? null : parseDate(m[1]!);
    if (!start || (!isOpenEnd(m[1]!) && (!end || monthIndex(start, 'start') >= monthIndex(end, 'start')))) continue;
    out[i] = `${under[1]!.trim()} – ${m[1]}${line!.slice(m[0].length)}`;
    out[at] = under[2]?.trim() || null;
    if (dash) out[i + 1] = dash[1]?.trim() || null;
  }
  return out.filter((l) => l !== null);
}

/** A senior CV's line of its earliest jobs, each dated in brackets: "Earlier career: Process Engineer, Brindlecote Chemicals (1996–2001); …". */
const EARLIER_CAREER = /^(?:earlier|early|previous|prior|other)\s+(?:career|roles|positions|posts|experience|employment|appointments)\s*[:：]\s*/i;
const BRACKETED_RANGE_END = /[(（]\s*(?:19|20)\d{2}\s*[-–—]\s*$/;

/**
 * The earliest jobs a senior CV lists on one line after "Earlier career:", each dated in brackets ("Process Engineer,
 * Brindlecote Chemicals, Grangemouth (1996–2001); Graduate Engineer, Halvorsen Process Engineering, Glasgow (1994–
 * 1996)."), its wrap put back where a bracket's range broke: a line each, as if listed, so that each is read as a job.
 */
function splitEarlierCareer(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (!EARLIER_CAREER.test(line)) {
      out.push(line);
      continue;
    }
    // (A range broken after its dash: "… Grangemouth (1996–" over "2001); Graduate Engineer …".)
    while (i + 1 < lines.length && (BRACKETED_RANGE_END.test(line) || !/[.。]\s*$/.test(line)) && /^\s*(?:(?:19|20)\d{2}|\p{Ll})/u.test(lines[i + 1]!) && line.length < 600) line = `${line}${BRACKETED_RANGE_END.test(line) ? '' : ' '}${lines[++i]!.trim()}`;
    const items = line.replace(EARLIER_CAREER, '').split(/\s*;\s*/).map((item) => item.replace(/[.。]\s*$/, '').trim());
    if (items.length > 0 && items.every((item) => findDateRange(item) !== null)) out.push(...items);
    else out.push(line);
  }
  return out;
}
