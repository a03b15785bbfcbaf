import { unifyRadicals } from '../extract/cjk-radicals';
import { isOpenEnd, monthOf, OTHER_MONTH_NAMES } from './dates';

/**
 * One normal form for matching: NFKC (which also folds full-width ASCII such as ＰｙｔｈｏｎＡ１ and the
 * ideographic space to half-width), unified dashes, collapsed spaces. Case is folded by callers that want it.
 */
export function normalizeLine(text: string): string {
  // Before NFKC, which folds each ideographic space to a single space.
  // (A radical a PDF's CJK font gave for a whole character, "⻩" for 黄, as NFKC does for the Kangxi radicals.)
  const cells = ideographicGaps(unifyRadicals(text))
    .normalize('NFKC')
    // Glyphs without a Unicode mapping come out as control characters (often a bullet): drop them.
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F\uFFFD]/g, ' ')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\u301C\u3030\uFF5E~]/g, '-')
    .replace(/[\u00A0\u2000-\u200B\u3000]/g, ' ')
    // A role's arrow under its employer ("↳ Head of Credit Risk Operations — Feb 2022 – present", a table's "↳ Client:
    // Luminar Media B.V." cell): an indent, no item of a list.
    .replace(/(^\s*|\s{3,})[↳⤷↪]\s*/gu, (_, gap: string) => (gap.trim() === '' && gap.length >= 3 ? '   ' : ''))
    // A month in another language before its year, after a day or alone, written in English ("janv. 2018", "15 févr.
    // 2019", "sept. de 2018", "März 2017" → "Jan 2018", "15 Feb 2019", "Sep 2018", "Mar 2017"): the date patterns know
    // English names only. Not after a hyphen or inside a word ("Next-Gen 2021", "Setúbal 2016"), nor without a year
    // after it ("Mai Thai Kitchen").
    .replace(OTHER_MONTH, (_, name: string) => ENGLISH_MONTHS[monthOf(name.toLowerCase())! - 1] ?? name)
    // A year and month in Chinese numerals, as a 公文 (an official's CV) writes them ("一九九二年七月至一九九八年六月",
    // "二〇一五年四月至今" → "1992年7月至1998年6月", "2015年4月至今"): the date patterns read Arabic numerals.
    .replace(HAN_NUMERAL_DATE, (_, year: string, month: string | undefined) => `${[...year].map(hanDigit).join('')}年${month ? `${hanMonth(month)}月` : ''}`)
    // A quarter in Chinese, as contract work is dated ("2017 年第一季度至第三季度", "2017年第四季度至2018年第二季度"): the
    // quarters the date patterns read, "Q1 2017 - Q3 2017", the end's year the start's where it names none.
    .replace(/((?:19|20)\d{2})\s*年\s*第\s*([一二三四1-4])\s*季度(?:\s*(?:至|到|-)\s*(?:((?:19|20)\d{2})\s*年\s*)?第\s*([一二三四1-4])\s*季度)?/gu, (_, year: string, from: string, endYear: string | undefined, to: string | undefined) =>
      `Q${QUARTER[from]} ${year}${to ? ` - Q${QUARTER[to]} ${endYear ?? year}` : ''}`)
    // A part of a year in Chinese ("2024年下半年 - 至今", "2024年初至今", "至2021年年中", "2020年底"): its month, a start's
    // first or an end's last (下半年 starts in July and ends in December; 年中 starts in July and ends in June). Not a
    // word that goes on: "2019年中国大学生数学竞赛".
    .replace(/((?:19|20)\d{2})\s*年\s*(上半年|下半年|年初|年中|年底|年末|初|中|底|末)(?=$|[^\u4e00-\u9fff]|[至到起开入加任在进就，])/gu, (whole, year: string, part: string, at: number, text: string) => {
      const ending = /(?:至|到|-|~|—)\s*$/u.test(text.slice(Math.max(0, at - 3), at));
      const month = PART_OF_YEAR[part.replace(/^年(?=.)/u, '')]?.[ending ? 1 : 0];
      return month === undefined ? whole : `${year}年${month}月`;
    })
    // One date written in Chinese and again in English, as bilingual forms fill a cell ("2023 年 1 月 Jan 2023",
    // "2020年10月 / Oct 2020"): the date once, not a range from a month to itself.
    // (Only before more of the line, the end or the next cell: "Siemens China   2023年1月 Jan 2023" at a line's end is
    // read as it was, a range.)
    .replace(/((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(?:[-–—\/,]\s*)?([A-Za-z]{3,9})\.?\s+((?:19|20)\d{2})(?!\d)(?=\s*\S)/gu, (whole, year: string, month: string, name: string, again: string) =>
      again === year && monthOf(name.toLowerCase()) === Number(month) ? `${year}年${Number(month)}月` : whole)
    // A cell's two paragraphs joined, the start with its dash over the end ("2021/04-, 迄今", a Word grid's date cell).
    // (Or the end under it with its own word: "2020年11月, 至2023年2月".)
    .replace(/((?:19|20)\d{2}\s*[./年]\s*\d{1,2}\s*月?)\s*([-–—~]?)\s*,\s+(?=(?:至|到|to\s|[-–—~])?\s*(?:(?:19|20)\d{2}|至今|迄今|現在|现在|present\b))/giu, (_, date: string, dash: string) => `${date} ${dash}`)
    // The last day a database can write, an HR system's open end ("01.01.2021   31.12.9999", SAP's print lists): now.
    .replace(/(?<!\d)(?:31[./-]12[./-]9999|9999[./-]12[./-]31|12\/31\/9999)(?!\d)/g, 'present')
    // Leader dots between a line's text and its dates ("审计助理.........2008 年 7 月—2009 年 6 月", a Word tab leader
    // typed out): a cell gap. (Only before a number: a form's blank to sign on, "Signature ………   Date ………", stays.)
    // (Or before a month or a word that opens a range: "Sessional Lecturer........Sep 2019 – Dec 2019", "…since 2021".)
    .replace(/(?:\. ?){4,}(?=\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|(?:since|from|until|present|current|spring|summer|autumn|fall|winter|semester|q[1-4])\b))|(?:· ?){4,}(?=\s*\d)/gi, '   ')
    // A text table drawn with box-drawing characters ("│ 姓名:冉建平 │ 性别:男 │", "├────┼────┤"): its rules are cell
    // gaps, a line of rules alone nothing.
    .replace(/[\u2500-\u257F]+/g, '   ')
    // (A fixed-width table's period cell, its range written without spaces, filled to its width and two spaces from the
    // next cell: "2019-04..2022-12  Braeburn Bank".)
    .replace(/^(\s*(?:19|20)\d{2}[./-]\d{1,2}(?:\.\.|[-~])(?:(?:19|20)\d{2}[./-]\d{1,2}|now|present|today|至今))\s{2}(?=\S)/iu, '$1   ')
    // (A tab is a tab stop's gap, however few: "钟立衡\t嵌入式软件主管", a name and its headline on one Word line.)
    .split(/[ \t]{3,}|\t/)
    .map((part) => part.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    // From and To set one space apart and the next cell run on after one more, as a spreadsheet's narrow columns print
    // ("2016/01 2016/06 深圳前海云途科技有限公司"): three cells.
    .flatMap((cell) => TIGHT_DATES_CELL.exec(cell)?.slice(1) ?? [cell]);
  return monthYearCells(shortDayDateCells(cells)).join('   ');
}

/** A quarter's number in Chinese or Arabic numerals. */
const QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 };
/** A part of a year's months as a start and as an end. */
const PART_OF_YEAR: Record<string, [number, number]> = { 上半年: [1, 6], 下半年: [7, 12], 初: [1, 1], 中: [7, 6], 底: [12, 12], 末: [12, 12] };

const TIGHT_DATES_CELL = /^((?:19|20)\d{2}[/.-](?:0?[1-9]|1[0-2])) ((?:19|20)\d{2}[/.-](?:0?[1-9]|1[0-2])|至今|present) (\S.*)$/iu;
const SHORT_DAY_DATE = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2})$/;

/**
 * A form's From and To cells with days and two-digit years ("01/08/16   31/08/21", "01/09/21   to date", under
 * "From (dd/mm/yy)"): each as its month and year ("08/2016"), so that the row's dates read as a range. Day first, as
 * forms outside the United States write it, unless a first number above 12 cannot be a month and a second can
 * ("08/31/21", month first). Only two such cells side by side, or one before an open end.
 */
function shortDayDateCells(cells: string[]): string[] {
  const out = [...cells];
  for (let k = 0; k < cells.length; k++) {
    const a = SHORT_DAY_DATE.exec(cells[k]!);
    const b = SHORT_DAY_DATE.exec(cells[k + 1] ?? '');
    if (!a || (!b && !isOpenEnd(cells[k + 1] ?? ''))) continue;
    const dates = [a, ...(b ? [b] : [])];
    const monthFirst = dates.some((d) => Number(d[2]) > 12) && dates.every((d) => Number(d[1]) <= 12);
    const asMonth = (d: RegExpExecArray) => {
      const [day, month] = monthFirst ? [Number(d[2]), Number(d[1])] : [Number(d[1]), Number(d[2])];
      const year = Number(d[3]);
      return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? `${String(month).padStart(2, '0')}/${year > 50 ? 1900 + year : 2000 + year}` : null;
    };
    const read = dates.map(asMonth);
    if (read.some((r) => r === null)) continue;
    out[k] = read[0]!;
    if (b) out[k + 1] = read[1]!;
    k += b ? 1 : 0;
  }
  return out;
}

const OTHER_MONTH = new RegExp(`(?<![\\p{L}\\p{M}-])(${OTHER_MONTH_NAMES})\\.?(?:\\s+de)?(?=\\s*[,/-]?\\s*(?:19|20)\\d{2}(?!\\d))`, 'giu');
/** A Chinese digit's value (〇, and ○ and 零 written for it, are 0). */
const hanDigit = (c: string) => Math.max(0, '〇一二三四五六七八九'.indexOf(c));
const HAN_NUMERAL_DATE = /(?<![一二三四五六七八九〇○零十])((?:一九|二[〇○零])[一二三四五六七八九〇○零]{2})年(?:(十[一二]?|[一二三四五六七八九])月)?/g;
const hanMonth = (m: string) => (m.startsWith('十') ? 10 + (m.length > 1 ? hanDigit(m[1]!) : 0) : hanDigit(m));
const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const MONTH_CELL = /^(?:0?[1-9]|1[0-2]|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
const YEAR_CELL = /^(?:19|20)\d{2}$/;
const DASH_CELL = /^[-–—]$/;

/** A cell holding the word between a range's two dates alone: "to", "till", "until". */
const TO_CELL = /^(?:to|till|until)$/i;

/**
 * A form's From and To columns split into Month and Year ("08   2011   10   2015", "Feb   2006   Jul   2011", "02
 * 2024   —   to date"): each month with its year is one date ("08/2011"), so that the row's dates read as a range.
 * Only a pair beside another pair or an open end: a number before a year elsewhere ("1   2015", a row's number) stays.
 */
function monthYearCells(given: string[]): string[] {
  if (given.length < 3 || !given.some((c) => YEAR_CELL.test(c))) return given;
  // A month's name broken in a cell too narrow for it ("Septembe r", LibreOffice): one word.
  const cells = given.map((c) => (/^[A-Za-z]{5,8} [a-z]{1,3}$/.test(c) && MONTH_CELL.test(c.replace(' ', '')) ? c.replace(' ', '') : c));
  // (Or the year first, as a form asks "Year   Mo.": "2006   09   2014   08".)
  const yearFirst = (n: number) => YEAR_CELL.test(cells[n] ?? '') && /^(?:0?[1-9]|1[0-2])$/.test(cells[n + 1] ?? '');
  const pairAt = (n: number) => (MONTH_CELL.test(cells[n] ?? '') && YEAR_CELL.test(cells[n + 1] ?? '')) || yearFirst(n);
  // (An open end in one cell or two: "Present", "—   to date", "to   date".)
  const opensAt = (n: number) => isOpenEnd(cells[n] ?? '') || ((DASH_CELL.test(cells[n] ?? '') || TO_CELL.test(cells[n] ?? '')) && isOpenEnd(cells[n + 1] ?? ''));
  const joined = (n: number) =>
    yearFirst(n) ? `${cells[n + 1]!.padStart(2, '0')}/${cells[n]}` : /^\d/.test(cells[n]!) ? `${cells[n]!.padStart(2, '0')}/${cells[n + 1]}` : `${cells[n]} ${cells[n + 1]}`;
  const out: string[] = [];
  for (let k = 0; k < cells.length; k++) {
    // (A row's number before year-first pairs is no month: "3   2015   02   2018   10".)
    const numbered = !yearFirst(k) && yearFirst(k + 1) && (yearFirst(k + 3) || opensAt(k + 3));
    if (!numbered && pairAt(k) && (pairAt(k + 2) || opensAt(k + 2))) {
      out.push(joined(k));
      if (pairAt(k + 2)) {
        out.push(joined(k + 2));
        k += 3;
      } else {
        // (The dash before the open end goes: "02/2024   to date"; a "to" stays with it: "to date".)
        if (TO_CELL.test(cells[k + 2]!) && !isOpenEnd(cells[k + 2]!)) {
          out.push(`${cells[k + 2]} ${cells[k + 3]}`);
          k += 3;
        } else k += DASH_CELL.test(cells[k + 2]!) ? 2 : 1;
      }
    } else {
      out.push(cells[k]!);
    }
  }
  return out;
}

/**
 * Ideographic spaces as Chinese CVs use them: one Han character, ideographic spaces, one Han character is a
 * two-character word spread to the width of a longer one (`姓　　名：`, `电　　话`, as forms align labels) — one
 * word; otherwise two or more separate fields (`公司　　职位`) — a three-space gap. One alone is a space. Every
 * reader of text applies this one rule (normalizeLine, the DOCX reader).
 */
export function ideographicGaps(text: string): string {
  return text
    .replace(/(?<![\u3400-\u4dbf\u4e00-\u9fff])([\u3400-\u4dbf\u4e00-\u9fff])\u3000+([\u3400-\u4dbf\u4e00-\u9fff])(?![\u3400-\u4dbf\u4e00-\u9fff])/g, '$1$2')
    .replace(/\u3000{2,}/g, '   ')
    // (One between Latin words, "Lanternfish Games　Lead Engineer", is put there to set two fields apart: a gap.)
    .replace(/(?<=[A-Za-z0-9)）】\]])\u3000(?=[A-Za-z0-9(（【\[])|(?<=[A-Za-z0-9)）】\]])\u3000(?=[\u3400-\u4dbf\u4e00-\u9fff])|(?<=[\u3400-\u4dbf\u4e00-\u9fff])\u3000(?=[A-Za-z])/g, '   ');
}

/** Lower-cased normal form, for dictionary look-ups. */
export function foldForMatch(text: string): string {
  return normalizeLine(text).toLowerCase();
}

/** Han characters (CJK Unified Ideographs and Extension A). */
export const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;
export const HAN_G = /[\u3400-\u4dbf\u4e00-\u9fff]/g;

/** A photo's placeholder in a template, as its cell or its first words hold it: "[ photo ]", "PHOTO", "照片". */
export const PHOTO_WORD = '(?:photo(?:graph)?|picture|照片|相片)';

/**
 * A word written as a name is: its first letter and each after a hyphen or an apostrophe in capitals, the rest in
 * lower case, by the rules of `locale` ("YILDIZ" is "Yıldız" in Turkish). `(?<!\p{L})`, not `\b`: \b only knows
 * ASCII letters, and would give "éLodie" for ÉLODIE.
 */
export function nameCased(text: string, locale?: string): string {
  return text.toLocaleLowerCase(locale).replace(/(?<!\p{L})\p{L}/gu, (c) => c.toLocaleUpperCase(locale));
}

/**
 * Traditional characters of the words CV headings use (工作經歷, 教育背景, 專業技能, 學歷), as Hong Kong and Taiwan CVs
 * write them, and their simplified forms: a heading or a form's label is looked up in simplified characters.
 */
// (And the Japanese forms of some, as a 職務経歴書 writes them: 経, 歴, 験, 実, 総, 関.)
const TRADITIONAL = '經歷驗從業學歷專長職務實踐習績獎獲項證書語簡個資聯絡電話郵際術課員師會計劃與關係銷導團隊總結顧問營運財稅號碼現齡歲興趣愛網頁態評價況稱間內點擔單來機關訖構経歴験実総関';
const SIMPLIFIED = '经历验从业学历专长职务实践习绩奖获项证书语简个资联络电话邮际术课员师会计划与关系销导团队总结顾问营运财税号码现龄岁兴趣爱网页态评价况称间内点担单来机关讫构经历验实总关';
const TO_SIMPLIFIED = new Map([...TRADITIONAL].map((c, i) => [c, SIMPLIFIED[i]!]));
export const simplified = (text: string) => text.replace(/[\u4e00-\u9fff]/g, (c) => TO_SIMPLIFIED.get(c) ?? c);
