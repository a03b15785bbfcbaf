import type { Contact } from '../types';
import type { Section } from './sections';
import { HAN, HAN_G, nameCased, normalizeLine, PHOTO_WORD } from './normalize';
import { findDateRange } from './dates';
import { eastAsiaShown, findPhoneKinds, homeRegionOf, isKnownPlace, LANDLINE_LABEL, MOBILE_LABEL, PHONE_LABEL, phoneRegionsOf, showsBritain, type PhoneKind, type RegionChoice } from './phones';
import { BULLETED, COUNTRY_ALONE, endsInLegalForm, isCompanyLike, isContentLine, isTitleLike, isTownLine, labelField } from './roles';
import { headingKind, LEADING_ICONS } from './sections';

export const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/** A web address: with a scheme, with www., or a profile host written bare (linkedin.com/in/…). */
export const URL = /\b(?:https?:\/\/[^\s|,;]+|www\.[^\s|,;]+|(?:linkedin\.com|github\.com|gitlab\.com)\/[^\s|,;]+)/gi;
/**
 * A label and its value: "Name: Jane Roe", "姓名：张三", and the same as two table cells or tab stops, which reach
 * here as a wide gap or a bar ("姓名   张三", "姓名 | 张三").
 */
// (Dot leaders between a label and its colon, as text forms align them: "Candidate.........: Anjali Deshmukh".)
// (A forum post's or a text résumé's bracketed label: "【姓名】林佩君", "[Name] Jane Roe".)
const LABEL_SEP = '(?:\\s*\\.{2,}\\s*[:：]?\\s*|\\s*[:：]\\s*|\\s{3,}|\\s*\\|\\s*|\\s*[】\\]]\\s*[:：]?\\s*)';
/** The label may follow other pairs on the line ("性别：男   姓名：张三"): it starts the line or a cell. */
/** A name label, also in both languages ("姓名 Name", "Name 姓名", "姓名/Name"). */
// Word 简历 templates space a two-character label out to the width of a four-character one ("姓   名").
// Europass writes "First name(s) / Surname(s)" (or "Surname(s) / First name(s)").
// Application forms ask for it in one script, then the other ("Name in English 英文姓名   Vivian Cheung   Name in Chinese …").
// Spanish, Turkish, Kenyan and Greek forms: "Name and surnames", "Name Surname", "Full Names (Surname first)", "Name & Surname".
// A recruitment agency's candidate profile: "Candidate   Brodie Nankervis". Korean forms: "성명", "이름".
const NAME_WORD = '(?:first name\\(s\\)\\s*/\\s*surname\\(s\\)|surname\\(s\\)\\s*/\\s*first name\\(s\\)|name in english(?:\\s*英文姓名)?|name in chinese(?: characters)?(?:\\s*中文姓名)?|name you wish to be known by|(?:chinese|english) name|(?:full )?names?(?:\\s+(?:(?:and|&)\\s+)?surnames?)?|names? in full|candidate(?:\\s+(?:name|profile))?|name (?:and|&) (?:postal |full )?address(?:\\s*\\(in (?:block|capital) letters\\))?|member(?:.s)? name|name of member|legal name|(?:full )?name in (?:your )?(?:native|original|own) (?:script|alphabet|language|characters)(?: or (?:script|language))?|(?:full )?name in latin(?: (?:characters|letters|script|alphabet))?|applicant|name of (?:the )?(?:applicant|candidate|key expert|expert|key person|staff member|staff|employee|consultant|nominee|trainee)|(?:full )?names? as (?:on|in|it appears on|shown on) (?:your |the )?(?:id(?: card)?|identity (?:card|document)|passport)|nom et prénoms?|nom complet|nombre(?:\\s+y\\s+apellidos?|\\s+completo)?|apellidos\\s+y\\s+nombres?|nome(?:\\s+completo|\\s+e\\s+cognome)?|cognome\\s+e\\s+nome|vor-?\\s*und\\s+nachname|naam|imi[eę] i nazwisko|(?:teljes )?név|họ và tên|họ tên|英文姓名|(?:中文)?姓\\s{0,4}名|氏\\s{0,4}名|全\\s{0,4}名|성\\s{0,4}명|이\\s{0,2}름|申请人(?:姓名)?|名字|display name)';
// A form's note after the label: "Full name (as in passport)", "Name (in block capitals)".
// (A note a narrow label cell wrapped, its bracket closed on the next line: "Full name (Surname   Neema Mwakalinga" over "last)".)
// (A form marks a mandatory field with an asterisk: "Name*", "Surname *".)
// A form in two or three languages writes its label in the others first ("Ees- ja perekonnanimi / Name and surname",
// "Name (Chinesisch) / Name (Chinese) / 姓名"): up to two such labels and a slash before the one known here.
// (Not a role before the slash: "Emergency contact / Name", "Line manager / Name" name someone else.)
const OTHER_LANGUAGES = '(?:(?![^/]*\\b(?:emergency|contact|manager|supervisor|referee|reference|spouse|father|mother|guardian|kin|parent|partner|employer|company|school|course|project|certificate|doctor|witness)\\b)(?:(?!\\s{3})[^/|:：\\d]){1,40}?\\s/\\s*){0,2}';
const NAME_LABEL_TEXT = `${OTHER_LANGUAGES}${NAME_WORD}(?:\\s*[/,，]?\\s*${NAME_WORD})?(?:\\s*[(（][^()（）]{1,30}?(?:[)）]|(?=\\s{3,})))?(?:\\s?\\*)?`;
// (A form numbers its items: "(a) Full Names", "2. Name".)
const NAME_LABEL = new RegExp(`(?:^(?:[(（]?[a-z\\d]{1,2}[).）]\\s*|\\d{1,2}\\s+)?|\\s{3,}|\\s\\|\\s)[【\\[]?${NAME_LABEL_TEXT}${LABEL_SEP}(.+)$`, 'i');
/** A form's label of the script a name is written in, as its own cell before the name ("中文", "英文", "한자", "Chinese"). */
const SCRIPT_LABEL = /^\s*(?:中文|英文|漢字|汉字|한글|한자|영문|ローマ字|chinese|english)(?:\s*[:：]\s*|\s{3,})(?=\S)/iu;
/** A name label alone on its line (a label cell read before its value cell). */
const NAME_LABEL_ALONE = new RegExp(`^${NAME_LABEL_TEXT}\\s*[:：]?$`, 'i');
// (And a form's own words: "JOB APPLICATION FORM   COMPANY LOGO", "BIO DATA", "Personal Particulars".)
const NOT_NAME = /\b(resume|curriculum|vitae|cv|application|form|logo|photo|biodata|bio|particulars|details|information|declaration|signature|engineer|developer|manager|designer|analyst|consultant|scientist|architect|intern|director|lead|specialist|officer|summary|profile|contact|phone|email|address|street|road|city|university|college|inc|ltd|llc|corp|company|engineering|bachelor|diploma|degree|bsc|msc|phd|display|personnel|employee|beginn|network|messaging|notifications|premium|dear|hi|hello|hey|thanks|regards|stellengesuch|stellenangebot|stellengesuche|lý lịch|önéletrajz|życiorys)(?![\p{L}])/iu;
// Besides titles and places: the labels and headings of a Chinese CV's header table (姓名, 性别, 联系方式, …).
const NOT_NAME_ZH = /(简历|个人|求职|工程师|经理|设计|开发|电话|手机|邮箱|地址|大学|学院|公司|意向|总监|主管|专员|技术|北京|上海|深圳|广州|杭州|成都|市|省|区|姓名|性别|联系|方式|名称|职位|居住|住址|所在地|现居|信息|民族|籍贯|年龄|出生|婚姻|政治|面貌|学历|专业|经历|经验|技能|教育|项目|工作|邮件|微信|照片|相片|拼音|英文名|中文名|先生|女士|小姐|手機|電話|郵箱|電郵|聯絡|聯繫|簡歷|履歷|履历|履歴|個人|經歷|學歷|專長|專業|地點|職位|資料|情况|情況|在职|在職|自荐|自薦|求职信|求職信|推荐信|推薦信|求職|類別|类别|全職|全职|兼職|兼职|地區|地区|刊登|此致|敬礼|敬禮|描述|詳細|详细|注册|註冊|介绍|介紹|程度|熟练|熟練|精通|[师師]$)/;

/** A cell of contact details: an email, a phone number, a web address. */
const CONTACT_CELL = /@|^[+(]?\d[\d\s().\/-]{6,}$|https?:|www\.|linkedin\./i;
const LOCATION = new RegExp(`^(?:location|address|city|所在地|现居|地址|居住地)${LABEL_SEP}(.+)$`, 'i');

/** A name of two or three parts set apart by a middle dot, as Uyghur, Kazakh and foreign names are written in Chinese. */
const DOTTED_HAN_NAME = /^[\u4e00-\u9fff]{2,8}(?:[·•．][\u4e00-\u9fff]{2,8}){1,2}$/u;

/**
 * A Korean name in hangul: a family name of one syllable from the common ones (or two: 남궁, 제갈, 선우, 황보, 독고, 사공,
 * 서문), then one or two syllables ("이서하", "남궁 민수"); not a CV's word that opens like one ("이력서", "경력사항", "성명").
 */
const HANGUL_NAME = /^(?:남궁|제갈|선우|황보|독고|사공|서문|[김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉])\s?[\uac00-\ud7a3]{1,2}$/u;
const NOT_NAME_KO = /이력|경력|학력|사항|소개|연락|주소|전화|휴대|메일|기술|자격|정보|성명|이름|생년|회사|직위|업무|담당|기간|현재|보유|어학|수상|활동|교육|경험|프로젝트|지원|희망|분야|신입|경영|개발|관리|영업|마케팅|디자인|기획|사원|대리|과장|부장|팀장|대표|서울|부산|인천|대구|대전|광주|울산|세종|경기/u;

/** Is this (part of a) line a person's name: "Jane Q. Doe", "JANE DOE", "张伟", "欧阳娜娜", "이서하"? */
export function looksLikeName(text: string): boolean {
  const t = text.trim();
  // (Nor a table's column label: "Start Date", "Job Title", a print list's heading row.)
  if (headingKind(t) !== null || labelField(t) !== null) return false;
  if (HAN.test(t)) {
    const compact = t.replace(/\s+/g, '');
    // (Also a Uyghur or other transliterated name, its parts set apart by a middle dot: "买买提江·吐尔逊".)
    return (/^[\u4e00-\u9fff·]{2,4}$/.test(compact) || DOTTED_HAN_NAME.test(compact)) && !NOT_NAME_ZH.test(compact);
  }
  if (/[\uac00-\ud7a3]/u.test(t)) return HANGUL_NAME.test(t) && !NOT_NAME_KO.test(t);
  if (NOT_NAME.test(t) || /[\d@/:]/.test(t)) return false;
  const words = t.split(/\s+/);
  // (Nor a row of column labels: "Period Employer Role Location".)
  if (words.every((w) => labelField(w) !== null)) return false;
  // Two to four names, with the particles between them ("Lucía de la Fuente Ortega", "Nurul Aisyah binti Kamarudin").
  const named = words.filter((w) => !NAME_PARTICLE.test(w)).length;
  if (named < 2 || named > 4 || words.length > 6) return false;
  // Letters beyond ASCII count (María, Zoë, Łukasz, Siobhán): \p{Lu}/\p{L}, not [A-Z]/[a-zA-Z].
  return words.every((w) => /^(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|\p{Lu}{2,}|\p{Lu}\.)$/u.test(w) || NAME_PARTICLE.test(w));
}

/** The small words between a name's parts: "van der", "de la", "dos", "di", "binti", "ibn" (not "e" or "y": "Vendas e Marketing Digital" is a field). */
const PARTICLES = 'van|von|vom|zu|de|der|den|des|del|della|di|du|da|das|do|dos|la|le|ten|ter|af|ap|bin|binti|binte|bint|ibn|al|el';
const NAME_PARTICLE = new RegExp(`^(?:${PARTICLES})$`);
/** A post's words introducing its writer, and the name after them ("Hi all, I'm Aoife O'Donoghue."). */
const INTRODUCED = new RegExp(`\\b(?:I'm|I’m|I am|my name is|this is)\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’-]+|${PARTICLES})){1,4})`, 'iu');

/** A Chinese letter introducing its writer: "我叫张晓燕，", "本人名叫李明。", "我是许嘉恒，" (not "我是应届生，", "我是河南人，"). */
const INTRODUCED_ZH = /(?:我叫|本人名叫|本人叫|我的名字(?:是|叫)|我是(?![\u4e00-\u9fff]{1,3}[人生者员員师師家族]))([\u4e00-\u9fff]{2,4})(?=[，,。、；;\s（(]|$)/u;

/** A photo's placeholder cell before the name on its line ("PHOTO   Wanjiru Kamau", "[PHOTO]   Dimitri Papadakis"). */
const PHOTO_CELL = new RegExp(`^\\s*[\\[(（【]?\\s*${PHOTO_WORD}\\s*[\\])）】]?\\s{3,}`, 'iu');

/** Normalises a name's spelling: collapses spaces; a Chinese name loses the spaces some CVs put inside. */
function tidyName(text: string): string {
  // (A double-barrelled name a narrow column wrapped at its hyphen: "Eleanor Fairweather- Quinn".)
  const t = text.trim().replace(/\s+/g, ' ').replace(/(?<=\p{L})- (?=\p{Lu})/gu, '-');
  if (HAN.test(t)) return t.replace(/\s+/g, '');
  return t === t.toUpperCase() ? nameCased(t) : t;
}

/** Splits "Jane Doe | Senior Engineer" or "张伟 · 后端工程师" into its parts. */
function parts(line: string): string[] {
  return line.split(/\s{3,}|\s[|·•—–-]\s|[|·•]|,\s/).map((p) => p.trim()).filter(Boolean);
}

/**
 * A name written in both scripts: "张伟 Wei Zhang", "Wei Zhang 张伟", "Zhang Wei (张伟)", "WONG Ka Yan, Karen (黃嘉欣)".
 * The name is the Chinese one, whichever comes first and whatever the CV's language: the Latin one is a romanisation
 * or an English name the person goes by (the evaluation sets' truth, since round 10's brief, says so too).
 */
const BILINGUAL_HAN_FIRST = /^([\u4e00-\u9fff·]{2,4})\s+(\p{Lu}[\p{L}'’.,-]*(?:\s\p{Lu}[\p{L}'’.,-]*){1,3})$/u;
const BILINGUAL_LATIN_FIRST = /^(\p{Lu}[\p{L}'’.,-]*(?:\s\p{Lu}[\p{L}'’.,-]*){1,3})\s+([\u4e00-\u9fff·]{2,4})$/u;

/** The Latin half of a name written in both scripts, as a name: "WONG Ka Yan, Karen" → "WONG Ka Yan". */
const latinNameLike = (text: string): boolean => looksLikeName(text.replace(/,\s*\p{Lu}[\p{L}'’-]*$/u, ''));

/**
 * An avatar's initials before the name ("RJ   Rebecca J. Sandoval", a candidate page's round badge): two or three
 * capitals that are the initials of the words after them, in order; or the family name's character ("赵   赵雅琴").
 */
function withoutInitialsBadge(line: string): string {
  // (A Chinese badge is the family name's character, "赵   赵雅琴".)
  const han = /^\s*([\u4e00-\u9fff])\s{3,}(([\u4e00-\u9fff])[\u4e00-\u9fff]{1,3}(?:\s.*)?)$/u.exec(line);
  if (han && han[1] === han[3]) return han[2]!;
  // (Set apart by a wide gap, as a badge's cell is: "TAM Tsz Ming" is a family name in capitals.)
  const m = /^\s*(\p{Lu}{2,3})\s{3,}(\p{Lu}.*)$/u.exec(line);
  if (!m) return line;
  const initials = m[2]!.split(/\s+/).map((w) => w[0]!).join('');
  let at = 0;
  for (const c of m[1]!) {
    const found = initials.indexOf(c, at);
    if (found < 0) return line;
    at = found + 1;
  }
  return initials[0] === m[1]![0] ? m[2]! : line;
}

/** Letters of a text, lower case, without accents: "Zoë O'Neil" → "zoeoneil". */
const letters = (text: string) => text.normalize('NFKD').replace(/[^A-Za-z]/g, '').toLowerCase();

/**
 * Does a name candidate agree with the email's local part ("priya.raman@…", "praman@…", "ines@…")? A letterhead
 * or the employer's name above the person's name looks like a name too; the address is written by the person.
 */
function matchesEmail(candidate: string, locals: string[]): boolean {
  const words = candidate.split(/\s+/).map(letters).filter((w) => w.length >= 2);
  if (words.length === 0) return false;
  const initialAndLast = letters(words[0]!.slice(0, 1) + words[words.length - 1]);
  return locals.some((local) => words.some((w) => w.length >= 3 && local.includes(w)) || local.startsWith(initialAndLast));
}

/** Words before 简历 that say what kind of CV it is, not whose ("毕业生简历", "中文简历"). */
const CV_KIND = /^(?:毕业生|应届生|应届毕业生|实习生|高中生|大学生|研究生|中文|英文|我的|个人|求职|应聘|金融|会计|司机|文员|教师|程序员)$/u;

/**
 * Letters after a name that say what the person is qualified as or a member of ("MPharm MRPharmS IP", "PhD", "P.Eng.",
 * "BSc MSc MCIEEM", "MS, PA-C", "EIT"), as written; read in capitals too where the whole line is ("BSC MSC").
 */
const POST_NOMINALS = new Set(['MPharm', 'MRPharmS', 'PharmD', 'RN', 'RGN', 'RMN', 'BSN', 'MSN', 'NP', 'PA-C', 'CPA', 'CFA', 'ACCA', 'FCCA', 'ACA', 'FCA', 'CIMA', 'CGMA', 'CIPD', 'MCIPD', 'FCIPD', 'MBA', 'PhD', 'DPhil', 'MD', 'MBBS', 'PE', 'PMP', 'MRCP', 'MRCS', 'FRCS', 'FRCP', 'BSc', 'MSc', 'BA', 'MA', 'MS', 'BS', 'MEd', 'EdD', 'MEng', 'BEng', 'CEng', 'IEng', 'EIT', 'JD', 'LLB', 'LLM', 'CFP', 'CMA', 'LPN', 'DNP', 'CCRN', 'P.Eng.', 'P.Eng', 'PEng', 'MRICS', 'FRICS', 'MCIOB', 'FCIOB', 'MICE', 'FICE', 'MIStructE', 'MIMechE', 'MIET', 'MIEI', 'CMgr', 'MCMI', 'FCMI', 'CEnv', 'CSci', 'MCIEEM', 'MCIWEM', 'MRTPI', 'RIBA', 'ARB', 'DDS', 'DMD', 'DVM', 'MRCVS', 'CISSP', 'CISA', 'SPHR', 'PHR', 'FRSA', 'Esq.', 'Esq', 'CA(SA)', 'CPA(Aust.)', 'CPA(Aust)', 'CA(NZ)', 'CA(Aust)']);
const POST_NOMINALS_UPPER = new Set([...POST_NOMINALS].map((w) => w.toUpperCase()));
/** Two-letter ones that are family names too (Ma, Ba) or words (MS): read only after a comma ("Jane Doe, MA"). */
const SHORT_POST_NOMINAL = /^(?:MA|BA|MS|BS|NP)$/i;

/**
 * A word of letters after a name as post-nominals are written: capitals, or capitals with a few small letters none
 * of which runs on for three after a capital ("BSc", "CEng", "MCIEEM", "PA-C"; not "McLachlan" or "MacIsaac").
 */
const postNominalShaped = (word: string) => /^\p{Lu}[\p{L}.()-]{1,8}$/u.test(word) && (word.match(/\p{Lu}/gu) ?? []).length >= 2 && !/\p{Lu}\p{Ll}{3}/u.test(word);

/**
 * A name's cell without the letters after it: from the first word that is a known post-nominal (or, after a comma,
 * any word shaped as one), when every word after it is one too and two words of the name stay before it. "Danielle R.
 * Whitcomb, MS, PA-C" → "Danielle R. Whitcomb"; "Fiona McLachlan BSc MSc MCIEEM" → "Fiona McLachlan"; not "Marcus NG".
 */
function withoutPostNominals(cell: string): string {
  const words = cell.trim().split(/\s+/);
  const capitals = cell === cell.toUpperCase();
  const bare = (w: string) => w.replace(/,$/, '');
  const known = (w: string) => (capitals ? POST_NOMINALS_UPPER.has(bare(w).toUpperCase()) : POST_NOMINALS.has(bare(w)));
  const shaped = (w: string) => known(w) || postNominalShaped(bare(w));
  for (let k = 2; k < words.length; k++) {
    const afterComma = words[k - 1]!.endsWith(',');
    const rest = words.slice(k);
    const first = bare(words[k]!);
    const opens = afterComma ? shaped(words[k]!) : known(words[k]!) && !SHORT_POST_NOMINAL.test(first);
    // (A known one with a comma after it opens a list of qualifications, whatever follows: "Siobhán Delaney RGN, BNS
    // (Hons), PG Dip Crit Care".)
    if (opens && (rest.every(shaped) || (known(words[k]!) && words[k]!.endsWith(',')))) return words.slice(0, k).join(' ').replace(/,$/, '');
  }
  return cell;
}

/** Titles before a name ("Dr.", "Prof. Dr.", "Eng.", "Ing.", "Dipl.-Ing."), as many as are written, before two words of it. */
// (Those that are names' words too, "Eng Hock Lim", "Ing Wei Ling", only with their dot.)
// (And India's professional prefixes: "CA Priyanka Iyer", a chartered accountant; "Er." an engineer; "Adv." an advocate.)
// (In capitals only with its dot: "MS Venkatesh Iyer" writes a South Indian name's initials.)
const HONORIFICS = /^(?:(?:(?:Prof|Professor|Dr|Mr|Mrs|Ms|Mx)\.?|CA|(?:PROF|DR|MR|MRS|MS|Dr\.-Ing|Dipl\.-Ing|Eng|ENG|Engr|ENGR|Ing|ING|Mag|Lic|Dott|Dra|Er|Adv)\.)\s+)+(?=\p{Lu}[\p{L}'’-]*\.?\s+\S)/u;

/**
 * A name set in letter-spaced capitals, its letters a space apart and its words further ("E L I A S   B E C K E R"):
 * the words it spells ("ELIAS BECKER"). One run of letters without a wider gap stays as it is (see `gluedName`).
 */
function unspaced(line: string): string {
  const t = line.trim();
  if (!/^\p{Lu}(?: \p{Lu}){2,}(?:\s{2,}\p{Lu}(?: \p{Lu})+)+$/u.test(t)) return line;
  return t.split(/\s{2,}/).map((word) => word.replace(/ /g, '')).join(' ');
}

/**
 * A name in letter-spaced capitals whose word space was lost ("ELIASBECKER", "E L I A S B E C K E R"): the words an
 * email's local part writes with the same letters, set apart by a dot, an underscore or a hyphen ("elias.becker@…").
 */
function gluedName(line: string, emails: string[]): string | null {
  const token = line.trim().replace(/^(\p{Lu})((?: \p{Lu}){5,})$/u, (_, a: string, b: string) => a + b.replace(/ /g, ''));
  if (!/^\p{Lu}{6,30}$/u.test(token)) return null;
  for (const email of emails) {
    const words = email.split('@')[0]!.split(/[._-]/);
    if (words.length >= 2 && words.length <= 3 && words.every((w) => /^[a-z]{2,}$/i.test(w)) && words.join('').toUpperCase() === token) return nameCased(words.join(' ').toUpperCase());
  }
  return null;
}

/**
 * A name line as headers dress it: a nickname in quotes between the names ('DARNELL "DEE" WHITAKER'), letters after
 * the name ("Olumide Adeyemi-Clarke MPharm MRPharmS IP"; IP, a Hong Kong surname too, only after others), a comma
 * before the next field, and a résumé's title before it ("RÉSUMÉ · MARGARET O'DONNELL-RUIZ"); a MediaWiki title
 * ("= Rhiannon Pritchard =").
 */
function tidyHeaderName(line: string): string {
  return unspaced(line)
    // (A grant's "Short CV – Dr. Wanjiru Kamau, PhD"; "简历 — 周文博", "Lebenslauf – …".)
    .replace(/^\s*(?:(?:short|brief|abridged|one-page)\s+)?(?:résumé|resume|cv|curriculum vitae|lebenslauf|kurzlebenslauf|简历|个人简历|簡歷|履歷)\s*[·•|:：–—-]\s*(?=\p{Lu}|[\u4e00-\u9fff])/iu, '')
    // ("Résumé of Ngozi Achebe-Lawal", "CV for …", "Lebenslauf von …"; an outline's first item "- Colm Brennan, MS – CV".)
    .replace(/^\s*(?:(?:short|brief)\s+)?(?:résumé|resume|cv|curriculum vitae|lebenslauf)\s+(?:of|for|von)\s+(?=\p{Lu})/iu, '')
    .replace(/^\s*[-*•]\s+(.+?)\s+[-–—|]\s+(?:résumé|resume|cv|curriculum vitae)\s*$/iu, '$1')
    .replace(/\s+[-–—|]\s+(?:résumé|resume|cv|curriculum vitae)\s*$/iu, '')
    .replace(/^=+\s+(.+?)\s+=+$/u, '$1')
    // (A text box's number run onto the name's line a space after it: "José Luis Hernández Ortega M +52 55 3184 2760".)
    .replace(/^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,4}) (?:[MTPC]|Tel|Mob|Mobile|Phone|Cell)\.?:? ?\+\d[\d ().-]{6,18}\d$/u, '$1')
    // (A Chinese name and its romanised form before a full-width comma and a qualification: "林佳蓉 Chia-Jung Lin，中華民國會計師".)
    .replace(/^([\u4e00-\u9fff]{2,4}\s+\p{Lu}[\p{L}'’]+(?:[\s-]\p{L}[\p{L}'’]+){1,3})\s*[，,]\s*(?=[\u4e00-\u9fff]).*$/u, '$1')
    .replace(/(\p{L})\s+["“‘'][\p{L}.'’-]{1,15}["”’']\s+(?=\p{Lu}|[\u4e00-\u9fff])/u, '$1 ')
    // (Initials run together before the family name, "M.A. Castellanos": read as "M. A. Castellanos".)
    .replace(/^(\p{Lu})\.(\p{Lu})\.(?:(\p{Lu})\.)?\s+(?=\p{Lu}\p{Ll})/u, (_, a: string, b: string, c: string | undefined) => `${a}. ${b}. ${c ? `${c}. ` : ''}`)
    // (A Chinese name, a nickname in brackets and the family name in Latin letters: "王晓明 (Alex) Wang" is 王晓明.)
    .replace(/^([\u4e00-\u9fff]{2,4})\s+[(（]\p{Lu}\p{Ll}{1,15}[)）]\s+\p{Lu}[\p{L}'’-]+$/u, '$1')
    // (A phone's label after the name, its number in the next cell or after it: "Marco Bianchi Mobile   328 715 0313",
    // "Katarzyna Nowak Mobile / WhatsApp +48 551 477 532".)
    .replace(/^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}) (?:Mobile|Mob\.?|Cell(?:ular)?|Tel\.?|Phone|Handy|Telefon|Teléfono|Cellulare)(?:\s*\/\s*WhatsApp)?\s*:?(?=\s{3,}|\s+\+?\d)/u, '$1   ')
    // (A nickname in brackets before the name in Chinese: "Yutong Zhang (Tina) 张雨桐", "Haoran Liu (Leo) · 刘浩然".)
    .replace(/(\p{L})\s+[(（]\p{Lu}[\p{Ll}]{1,15}[)）]\s+(?=(?:[·|/]\s*)?[\u4e00-\u9fff])/u, '$1 ')
    // (Or between the given and the family name, after the Chinese name: "陈思远 Siyuan (Stephen) Chen".)
    .replace(/^([\u4e00-\u9fff]{2,4}\s+\p{Lu}[\p{L}'’-]+)\s+[(（]\p{Lu}\p{Ll}{1,15}[)）]\s+(?=\p{Lu}[\p{L}'’-]+$)/u, '$1 ')
    .replace(/^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),(?=\s{3,}|\s*$)/u, '$1')
    // (A pronoun line after the name, "(they/them)", "she/her", "— he/him".)
    .replace(/\s*(?:[-–—|·,]\s*)?[(（]?\b(?:she|he|they|ze|xe)\s*\/\s*(?:her|hers|him|his|them|theirs|zir|xem)(?:\s*\/\s*\p{L}+)?\b[)）]?\s*$/iu, '')
    // (A title before the name, "Dr. Ingrid Sørensen", "Prof. Dr. Klaus-Dieter Brandt", "Eng. Omar Haddad": two words
    // of the name at least after it.)
    .replace(HONORIFICS, '')
    // (A nickname in brackets between the names or after them: "Elizabeth (Liz) Harper", "Nguyen Van An ('Andy')".)
    // (In capitals too, before a Chinese name: "SEAN (SIYUAN) YANG 杨思远"; and before one in title case, "Max (Mingxuan) Zhao
    // 赵明轩, CPA".)
    .replace(/(\p{L})\s+[(（]["'‘“]?\p{Lu}\p{Ll}[\p{Ll}'’-]{0,14}["'’”]?[)）]\s+(?=\p{Lu}[\p{L}'’-]+(?:\s+[\u4e00-\u9fff]{2,4}(?:,\s*\S+)?)?$)/u, '$1 ')
    .replace(/^(\p{Lu}{2,})\s+[(（]\p{Lu}{2,16}[)）]\s+(?=\p{Lu}{2,}(?:\s+[\u4e00-\u9fff]{2,4})?$)/u, '$1 ')
    .replace(/(\p{L})\s+[(（]["'‘“]\p{Lu}\p{Ll}[\p{Ll}'’-]{0,14}["'’”][)）]\s*$/u, '$1')
    .replace(/^\S+(?: \S+)*/u, withoutPostNominals);
}

/** The name-like text of one line, if any: "张伟 Wei Zhang" → 张伟, "Jane Doe | Engineer" → Jane Doe. */
/** Words of rank before a Chinese professional title (高级工程师, 主治医师, 执业律师): no name. */
const RANK_ZH = /^(?:高级|中级|初级|正高级|副高级|正高|副高|资深|主治|执业|注册|全科|金牌|首席|主任|副主任|助理|见习|实习|特级|一级|二级|三级|专业|兼职|专职|主管|住院)/;

/** A birth year, an age or a sex, as a portal prints them after the name: "1992년생", "1990年生", "34 y.o.", "女", "F". */
const PERSONAL_DETAIL = /^(?:(?:born\s+)?(?:19|20)\d{2}(?:\s*(?:년생|年生|年出生|born))?|\d{2}\s*(?:y\.?o\.?|years?(?: old)?|세|岁|歲)|男|女|남|여|남성|여성|M|F|male|female)$/i;

function nameOnLine(raw: string): string | null {
  // A title tag before the name, as pasted CVs write it: "【个人简历】林晓雯", "[CV] Jane Roe".
  // A photo's placeholder cell before the name ("PHOTO   Wanjiru Kamau", "照片   张伟") is no part of it.
  // And a title word after a Chinese name, as a résumé's title line reads: "贺思远 简历", "张伟的个人简历", "苏曼青 个人资料".
  // (An AsciiDoc document's title: "= Marisol Keane-Ortega".)
  // (And a Chinese honorific after a Latin name: "David Smith 先生".)
  const line = withoutInitialsBadge(tidyHeaderName(raw.replace(LEADING_ICONS, '')).replace(/^=\s+(?=\p{L})/u, '').replace(/^(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3})\s+(?:先生|女士|小姐)\s*$/u, '$1')).replace(/^\s*[【\[]\s*(?:个人简历|简历|履历|resume|résumé|cv|curriculum vitae)\s*[】\]]\s*/iu, '').replace(PHOTO_CELL, '')
    // (Also with the name in Latin letters in brackets: "沈若溪(Rosie Shen)的简历"; and as a 公文 titles an official's CV,
  // "罗建国同志简历".)
    .replace(/^([\u4e00-\u9fff]{2,4}?)(?:\s*[(（][\p{L} .'’-]{2,40}[)）])?\s*(?:同志)?\s*的?\s*(?:个人简历|求职简历|简历|个人履历|個人履歷|履历表?|個人簡歷|簡歷|履歷表?|个人资料|個人資料)\s*(?:[(（][^()（）]{1,40}[)）])?\s*$/u, (whole, name: string) => (isTitleLike(name) || CV_KIND.test(name) ? whole : name));
  // A Chinese name run into a professional title, as a doctor's page heads it: "鲁晓岚主治医师".
  const titled = /^([\u4e00-\u9fff]{2,3}?)(?:副?主任医师|主治医师|住院医师|执业医师|医师|主管护师|护师|护士长|副?教授|讲师|高级工程师|工程师|律师|注册会计师|会计师|经济师|建筑师)$/u.exec(line.trim());
  // (Not a rank before the title, "高级工程师", "中级会计师", "主治医师" over the name: those words are no name.)
  if (titled && looksLikeName(titled[1]!) && !isTitleLike(titled[1]!) && !RANK_ZH.test(titled[1]!)) return titled[1]!;
  // A header's first cell before its contact fields ("Mingzhe Li (李明哲)   Email : …").
  const cells = line.trim().split(/\s{3,}/);
  if (cells.length > 1) {
    // (A Latin name and a Chinese one in two cells, the Latin with its other given name and letters after it: "Max
    // (Mingxuan) Zhao, CPA   赵明轩": the Chinese one, as for a name written both ways below.)
    // (Only a Chinese name whose family name the Latin one writes: "Kevin Zhang   南京" is a name and a town.)
    const han = cells.length === 2 ? cells.find((c) => /^[\u4e00-\u9fff]{2,4}$/u.test(c) && looksLikeName(c)) : undefined;
    const latin = han === undefined ? null : cells.find((c) => c !== han)!;
    if (han !== undefined && latin !== null && !HAN.test(latin) && nameOnLine(latin) !== null && sameFamilyName(han, latin.split(/[^\p{L}]+/u))) return han;
    const first = nameOnLine(cells[0]!);
    if (first) return first;
    // (Or its one cell among contact cells, the name set right of them: "amelie.roux@example.fr   Amélie Roux".)
    // (Or beside a sidebar's heading on its baseline: "Contact   Fiona McLachlan BSc MSc".)
    // (Only where an email there spells it, or beside a heading alone: "07700 900123   Greater Manchester" is a place.)
    const others = cells.filter((c) => !CONTACT_CELL.test(c) && headingKind(c) === null);
    const locals = cells.flatMap((c) => c.match(EMAIL) ?? []).map((e) => letters(e.split('@')[0]!));
    if (others.length === 1 && others[0] !== cells[0] && (matchesEmail(others[0]!, locals) || (cells.length === 2 && headingKind(cells[0]!) !== null))) {
      const only = nameOnLine(others[0]!);
      if (only) return only;
    }
  }
  // A name then its holder's birth year, age or sex after dots or bars, as a job portal's print heads it ("赵雨桐 Yutong Zhao
  // · 1992년생 · 여", "Jane Roe | 34 | F").
  const dotted = line.trim().split(/\s+[·•|]\s+/);
  if (dotted.length >= 2 && dotted.slice(1).every((part) => PERSONAL_DETAIL.test(part.trim()))) {
    const first = nameOnLine(dotted[0]!);
    if (first) return first;
  }
  // A family name in capitals before a comma and the given names, as forms and some CVs head the page ("ADEYEMI,
  // Tolulope Grace"): the given names first, as people write it (the capitals are cased later).
  const familyFirst = /^(\p{Lu}{2,}[\p{Lu}'’-]*(?: \p{Lu}{2,}[\p{Lu}'’-]*)?),\s*(\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})$/u.exec(line.trim());
  // (Not a town and its country, "LONDON, United Kingdom".)
  if (familyFirst && looksLikeName(`${familyFirst[2]} ${familyFirst[1]}`) && !isTownLine(line.trim()) && !COUNTRY_ALONE.test(familyFirst[2]!)) return `${familyFirst[2]} ${familyFirst[1]}`;
  // A Chinese name before the job title it is set beside: "孟子轩 测试开发工程师", "陈伟良   Data Engineer".
  const hanTitled = /^([\u4e00-\u9fff]{2,4})\s+(\S.{1,30})$/u.exec(line.trim());
  if (hanTitled && looksLikeName(hanTitled[1]!) && !isTitleLike(hanTitled[1]!) && isTitleLike(hanTitled[2]!) && !isCompanyLike(hanTitled[2]!)) return hanTitled[1]!;
  // A name written both ways, family name first and then as spoken ("KAMAU Wanjiru / Wanjiru Kamau"): the one that
  // does not open with the family name in capitals.
  const ways = line.split(/\s+\/\s+/);
  if (ways.length === 2 && ways.every((w) => looksLikeName(w))) return tidyName(ways.find((w) => !/^\p{Lu}{2,}\s/u.test(w)) ?? ways[0]!);
  // A name with its other script in brackets after it ("Zhang Wei (张伟)", "韩卓远(Zhuoyuan Han)"): the Chinese one,
  // else (a nickname, "Lin Xiaotong (Tina)") the name written first.
  const other = /^(.+?)\s*[(（]([^()（）]{1,30})[)）]\s*$/u.exec(line.trim());
  if (other && HAN.test(other[1]!) !== HAN.test(other[2]!)) {
    const [han, latin] = HAN.test(other[1]!) ? [other[1]!, other[2]!] : [other[2]!, other[1]!];
    if (looksLikeName(han) && (latinNameLike(latin) || nameOnLine(latin))) return tidyName(han);
    const first = nameOnLine(other[1]!);
    if (first) return first;
  } else if (other && /^\p{Lu}[\p{L}'’-]+$/u.test(other[2]!.trim())) {
    // A nickname after the name ("Lin Xiaotong (Tina)").
    const first = nameOnLine(other[1]!);
    if (first) return first;
  }
  // (A résumé's title after a name in both scripts: "黄思远 HUANG Siyuan 个人简历".)
  // (Also set apart by a middle dot or a bar: "Haoran Liu · 刘浩然".)
  // (Also in both languages after a separator: "苏婉婷 Tiffany Su · 简历 / Résumé", "郑宇航 Jason Zheng · 个人简历 Résumé".)
  // (And the letters after the name written after its Chinese one: "Max Zhao 赵明轩, CPA".)
  const spaced = line.replace(/\s{2,}/g, ' ').trim().replace(/(?<=[\u4e00-\u9fff]),\s*(\S+)$/u, (all, letters: string) => (POST_NOMINALS.has(letters) ? '' : all)).replace(/\s+(?:[·|–—-]\s+)?(?:个人简历|简历|個人簡歷|簡歷|履历|履歷)\s*\/?\s*(?:résumé|resume|cv|curriculum vitae)$/iu, '').replace(/(?<=\p{L})\s+[·|]\s+(?=[\u4e00-\u9fff]{2,4}$)/u, ' ').replace(/\s+(?:的\s*)?(?:个人简历|求职简历|简历|履历|個人簡歷|簡歷|履歷|résumé|resume|cv)$/iu, '');
  // (And a dash between them, as a title line sets them: "冯晓彤 — Xiaotong Feng".)
  const dashed = /^([\u4e00-\u9fff]{2,4})\s+[-–—]\s+(\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3})$/u.exec(spaced);
  if (dashed && looksLikeName(dashed[1]!) && latinNameLike(dashed[2]!)) return dashed[1]!;
  const hanFirst = BILINGUAL_HAN_FIRST.exec(spaced);
  if (hanFirst && looksLikeName(hanFirst[1]!) && latinNameLike(hanFirst[2]!)) return hanFirst[1]!;
  const latinFirst = BILINGUAL_LATIN_FIRST.exec(spaced);
  if (latinFirst && looksLikeName(latinFirst[2]!) && latinNameLike(latinFirst[1]!)) return latinFirst[2]!;
  // A job board's header: the Chinese name, then what the board adds after a space ("邝雨桐 9年工作经验 | 本科",
  // "张伟 男 28岁", "刘建国 男|1987年5月生").
  const boardHeader = /^([\u4e00-\u9fff]{2,4})\s+(?:\d+\s*年(?:以上)?(?:工作)?经验|[男女](?:\s|$|[|/,，·])|\d{2}\s*岁)/u.exec(line.trim());
  if (boardHeader && looksLikeName(boardHeader[1]!) && !isTitleLike(boardHeader[1]!)) return boardHeader[1]!;
  if (DOTTED_HAN_NAME.test(line.trim().split(/\s{3,}/)[0]!.replace(/\s+/g, '')) && looksLikeName(line.trim().split(/\s{3,}/)[0]!)) return tidyName(line.trim().split(/\s{3,}/)[0]!);
  // A form's field and its value ("Nationality   British", "Gender Female") is no name.
  if (FIELD_WORD.test(line.trim().split(/\s+/)[0] ?? '')) return null;
  const candidate = parts(line).find((p, k) => k === 0 && looksLikeName(p)) ?? (looksLikeName(line) ? line : undefined);
  if (candidate) return tidyName(candidate);
  return null;
}

/**
 * Finds the person's name: a labelled one ("Name: …", "姓名 | …", a label cell then its value), else one a form asks
 * for in two fields among the personal details ("Surname   OKORO   First name(s)   Chidinma"), else the first
 * name-like line near the top of a section. Among the first few name-like lines of that section, one that agrees
 * with the email wins, then one that does not read as a company ("… Ltd", "…科技"): a company line or
 * letterhead above the name is not the name.
 */
function findName(lines: string[], sections: Section[], emails: string[]): { name: string; line: string } | null {
  const others = lines.findIndex((l) => OTHER_PEOPLE.test(l.trim()));
  // Where the personal details end: the first section of another kind (work, study, skills, references …).
  const details = sections.find((s) => s.heading !== '' && s.kind !== 'contact' && s.kind !== 'summary')?.start ?? lines.length;
  // A row that asks for the family name and the given names a cell each ("Nombre   Elena   Apellidos   Santana Ortega",
  // "Nom   ROUSSEAU   Prénom   Léa"): the two, whatever label of a whole name one of them shares ("Nombre").
  // (Only where a label of the row also reads as a whole name's, as "Nombre" and "이름" do, and would take one part alone.)
  const bothOnRow = lines.slice(0, details).find((l) => NAME_LABEL.test(l) && ((PART_LABEL.family.test(l) && PART_LABEL.given.test(l)) || /^\s*(?:姓|성)\s{3,}\S{1,2}\s{3,}(?:名|이\s{0,2}름)\s{3,}/u.test(l)));
  if (bothOnRow !== undefined) {
    const split = splitName([bothOnRow]);
    if (split) return split;
  }
  for (const [i, line] of lines.entries()) {
    // A line of several labelled fields may name the person twice ("Legal name (family, given)   CHEN, SIYUAN   Name
    // in native script   陈思远"): each label's value is tried in turn.
    const found: string[] = [];
    // (Not among the other people a CV names after the person's details, under a heading of their own: a referee's "Név:
    // Szabó Péter" under "Referenciák". Not under a form's first lines, "推荐人信息" over "被推荐人信息", nor after a
    // field that only opens like such a heading, "Reference:   ZW-2026-118-0473".)
    const theirs = others >= 3 && i > others && lines[others]!.trim().length <= 40 && !/\d/.test(lines[others]!);
    for (let rest = theirs ? '' : line, m = NAME_LABEL.exec(rest); m && found.length < 3; rest = rest.slice(m.index + 1), m = NAME_LABEL.exec(rest)) found.push(m[1]!);
    // (A Chinese or Japanese label a single ideographic space from its name, as a 职务经历书 sets it: "姓名　王浩然".)
    // (Only among the personal details at the top: "姓名 关系" heads a family table's columns further down.)
    const spaced = i < details ? /^(?:姓|氏)名 ([\u4e00-\u9fff]{2,4})$/u.exec(line.trim()) : null;
    if (spaced && found.length === 0 && !NOT_NAME_ZH.test(spaced[1]!) && !/关系|關係|称谓|稱謂/.test(spaced[1]!)) found.push(spaced[1]!);
    // (Not in a table of referees: "Name   Position   Phone" over a referee's row.)
    // (Only among the personal details at the top: a later table's "Name" column names a referee, a certificate, a
    // project or a relative.)
    // (A name's label set half-way down the two rows of its scripts, a PDF reading it after the first: "中文   蔡雅雯   性別
    // 女" over "姓   名" over "英文   TSAI, YA-WEN".)
    // (Not where the label has a script's name beside it, "한글   정 가흔" over "성 명   한자   鄭嘉欣": that line's.)
    if (found.length === 0 && i < details && SCRIPT_LABEL.test(line) && NAME_LABEL_ALONE.test((lines[i + 1] ?? '').replace(/\s{3,}[(（][^()（）]*[)）]\s*$/u, '').trim())) found.push(line);
    const below = NAME_LABEL_ALONE.test(line) ? [lines[i + 1] ?? ''] : (others >= 0 && i > others) || i >= details ? [] : valueUnderLabel(line, lines[i + 1] ?? '');
    const namesOf = (values: string[]) => values.flatMap((written) => {
      // (A form's label of the script the name is written in, a cell between the name's label and the name: "姓名   中文
      // 蔡雅雯", "성 명   한자   李浩然".)
      let raw = written.replace(SCRIPT_LABEL, '');
      // A form's "Last, First Middle" ("Legal name (Last, First, Middle)   CASTELLANOS, DERRICK MATEO"): given names first,
      // where the label asks for that order ("John Smith, MBA" is John Smith).
      const reordered = /\b(?:last|family|surname)(?:\s+name)?\s*,\s*(?:first|given)/i.test(line) && /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?),\s*(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*){0,2})(?=\s{3,}|$)/u.exec(raw.trim());
      if (reordered) raw = `${reordered[2]} ${reordered[1]}${raw.trim().slice(reordered[0].length)}`;
      // A Dutch or Belgian form's "Surname, Initials (Given name)": "Van der Berg, P.J. (Pieter)" is Pieter Van der Berg.
      const initialled = /^(\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,3}),\s*(?:\p{Lu}\.\s?){1,4}\s*[(（](\p{Lu}[\p{L}'’-]+)[)）](?=\s{3,}|$)/u.exec(raw.trim());
      if (initialled) raw = `${initialled[2]} ${initialled[1]}${raw.trim().slice(initialled[0].length)}`;
      // A Dutch or Flemish name sorted under its family name, its particles after the given names ("Berg, Jan van der",
      // as portals and registers list it): "Jan van der Berg".
      const sorted = /^(\p{Lu}[\p{L}'’-]+),\s*(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)((?: (?:van|von|de|der|den|het|la|le|di|da|du|del|ter|ten|te|in 't))+)(?=\s{3,}|\s*$)/u.exec(raw.trim());
      if (sorted) raw = `${sorted[2]}${sorted[3]} ${sorted[1]}${raw.trim().slice(sorted[0].length)}`;
      // A name set letter by letter in its cells ("姓名   王   芳   性别   女"): one name.
      // (Or family and given name each in a cell, as a Japanese form sets them: "王   梓涵".)
      const spacedHan = /^([\u4e00-\u9fff])((?:\s+[\u4e00-\u9fff]){1,2})(?=\s{3,}|$)/u.exec(raw.trim()) ?? /^([\u4e00-\u9fff]{1,2})(\s{3,}[\u4e00-\u9fff]{2})(?=\s{3,}|$)/u.exec(raw.trim());
      if (spacedHan) raw = `${spacedHan[1]}${spacedHan[2]!.replace(/\s+/g, '')}${raw.trim().slice(spacedHan[0].length)}`;
      // A Latin name with its kanji after it, family and given name a space apart, as a Japanese résumé gives both
      // ("NAKAMURA Keiko 中村 恵子"): the Latin one, as the person signs in the language of the page.
      raw = raw.replace(/^(\s*\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3})\s+[\u4e00-\u9fff]{1,3} [\u4e00-\u9fff]{1,3}(?=\s{3,}|\s*$)/u, '$1');
      // A text résumé puts the next field a space after the name ("姓名:赵立伟 性别:男"): the value ends before its label.
      // (Also a label in both languages: "姓名 Name:周雨桐 CHOW Yu Tong 国籍 Nationality:马来西亚".)
      // (Or run into it where a PDF lost the gap: "姓名：欧阳青邮箱：oyq@example.com".)
      const cell = raw.trim().split(/\s{3,}|\s\|\s/)[0]!;
      const whole = DOTTED_HAN_NAME.test(cell.replace(/\s+/g, '')) ? cell : (parts(raw)[0] ?? '');
      const cut = whole.replace(/\s+[\u4e00-\u9fff]{1,6}\s+[A-Za-z][A-Za-z ]{1,20}[:：].*$/u, '').replace(/\s+[^\s:：]{1,8}[:：].*$/u, '');
      const value = cut.replace(/^([\u4e00-\u9fff]{2,4}?)(?:邮箱|电子邮箱|电话|手机|联系电话|性别|年龄|民族|籍贯|出生年月|出生日期|学历|住址|地址|现居|微信|邮件|e-?mail)[:：].*$/iu, '$1')
        // (A label of more words than one cut after its first: "Candidate: Palesa Ntsane Candidate number: 40213"
        // leaves "Candidate". Only where a label was cut: "Mary Anne Date" is a name.)
        .replace(cut !== whole ? /(?<=\S\s+\S+)\s+(?:candidate|applicant|application|reference|ref|member|membership|staff|employee|file|date|place|status|national|passport)$/i : /(?!)/, '');
      // nameOnLine, not looksLikeName: a labelled name may be written in both scripts ("姓名   Yiting Fang 方怡婷").
      // (Or with the next cell's label glued on, as a grid's narrow cells run together: "陳怡君手機".)
      const name = value ? nameOnLine(value) ?? nameOnLine(value.replace(/\s*[(（][^()（）]*[)）]\s*$/u, '')) ?? nameOnLine(value.replace(/(?<=[\u4e00-\u9fff]{2})(?:手[机機]|电话|電話|性[别別]|年[龄齡]|出生(?:日期|年月)?|民族|籍[贯貫]|英文姓名|英文名)$/u, '')) : null;
      return name ? [name] : [];
    });
    // (A label's "value" in a row of labels is the next label, "Full name   Date of birth": the value is then under it.)
    const beside = namesOf(found);
    const names = beside.length > 0 ? beside : namesOf(below);
    // Named twice, in Latin and in Chinese script ("Name in English   Vivian Cheung   Name in Chinese   張詠欣"): the
    // Chinese one, as on a line of its own.
    const name = names.find((n) => HAN.test(n)) ?? names[0];
    if (name) return { name, line: beside.length > 0 ? line : `${line} ${lines[i + 1]}` };
  }
  // (Only above the other people a form asks about: a referee's or a next of kin's "Surname / First name" names
  // someone else.)
  const split = splitName(others < 0 ? lines : lines.slice(0, others));
  if (split) return split;
  // A name set in spaced capitals whose word gap a PDF lost ("JORDANWHITLOCK"), at the top: split where the e-mail spells
  // the family name after the given name's initial ("jwhitlock@").
  const runTogether = /^\p{Lu}{8,30}$/u.exec(lines[0]?.trim() ?? '')?.[0];
  if (runTogether) {
    for (const email of emails) {
      const local = letters(email.split('@')[0]!);
      for (let cut = 2; cut <= runTogether.length - 4; cut++) {
        const [given, family] = [runTogether.slice(0, cut).toLowerCase(), runTogether.slice(cut).toLowerCase()];
        // (Only the initial and the family name, "jwhitlock": a local part that spells both whole is gluedName's.)
        if (local === `${given[0]}${family}`) return { name: `${nameCased(given)} ${nameCased(family)}`, line: lines[0]! };
      }
    }
  }
  const locals = emails.map((e) => letters(e.split('@')[0]!)).filter((l) => l.length >= 2);
  // Where a name is written: before the first heading, then at the top of contact-like sections
  // (a sidebar's top), then at the top of any section (a right-hand column read after the left one).
  const order = [
    ...sections.filter((s) => s.heading === ''),
    ...sections.filter((s) => s.heading !== '' && (s.kind === 'contact' || s.kind === 'summary')),
    ...sections.filter((s) => s.heading !== '' && s.kind !== 'contact' && s.kind !== 'summary'),
  ];
  let fallback: { name: string; line: string } | null = null;
  for (const s of order) {
    const limit = s.heading === '' ? s.end : Math.min(s.end, s.start + 3);
    const found: { name: string; line: string; index: number }[] = [];
    for (let i = s.start; i < limit && found.length < 3; i++) {
      // A name set large in a narrow band wraps: a given name over a family name, a word a line ("Harriet" over
      // "Okonkwo-Vale"), at the top of the page.
      // (Also under the title a band puts first, "Senior Software Developer" over "Jordan" over "MacIsaac"; a given name
      // with its initial over the family name, "Samuel K." over "Boateng"; a family name over the given names and the
      // Chinese name, "ZHOU" over "Siyuan (Kevin) 周思远".)
      // (A title before the given name and letters after the family name, "Mag. Verena" over "Hollenstein, MBA", under a
      // headline and a profile: where the email spells both lines.)
      const titledOne = (lines[i]?.trim() ?? '').replace(/^(?:Prof|Dr|Mag|Ing|Dipl\.-Ing|Mr|Mrs|Ms|Mx)\.\s+(?=\p{Lu}\p{Ll}+$)/u, '');
      const creditedTwo = (lines[i + 1]?.trim() ?? '').replace(/^(\p{Lu}[\p{L}'’-]+)((?:,\s*[\p{L}.()]{2,10})+)$/u, (all, family: string, letters: string) => (letters.split(',').slice(1).every((w) => isCredential(w.trim().replace(/\.$/, ''))) ? family : all));
      const bothSpelt = titledOne !== '' && creditedTwo !== '' && /^\p{Lu}\p{Ll}+$/u.test(titledOne) && /^\p{Lu}[\p{L}'’-]+$/u.test(creditedTwo) && locals.some((l) => l.includes(letters(titledOne)) && l.includes(letters(creditedTwo)));
      if (bothSpelt && i - s.start <= 8 && !isTitleLike(creditedTwo) && nameOnLine(`${titledOne} ${creditedTwo}`) !== null) {
        found.push({ name: `${titledOne} ${creditedTwo}`, line: `${lines[i]!.trim()} ${lines[i + 1]!.trim()}`, index: i });
        i++;
        continue;
      }
      // (A double-barrelled family name broken at its hyphen, "Nowak-" over "Wiśniewska": one line.)
      const hyphened = /^\p{Lu}[\p{L}'’]+-$/u.test(lines[i + 1]?.trim() ?? '') && /^\p{Lu}[\p{L}'’]+$/u.test(lines[i + 2]?.trim() ?? '');
      const [one, two] = [lines[i]?.trim() ?? '', tidyHeaderName(hyphened ? `${lines[i + 1]!.trim()}${lines[i + 2]!.trim()}` : (lines[i + 1]?.trim() ?? ''))];
      // Only when the email agrees, with the upper line or the lower one alone: "Hays" over "Recruitment", "Mariam" over
      // "Paramedic", a form's "Personal" over "Kofi Oduya-Marsh" or a badge's "JF" over "Jordan Fitzgerald" are no name.
      // (A family name in capitals over given names in small letters, "BEAULIEU" over "Renée", or over a given name and
      // its initial, "MAHLANGU" over "TSHEPO J.", is printed family first and read given first, where the email writes the
      // family name after something ("renee.beaulieu…", "tj.mahlangu@"; "anna.kowalski@" under "ANNA" over "Kowalski" is
      // given name first as printed); a Chinese family name so printed, "ZHOU" over "Siyuan", is read as printed.)
      const familyFirst = /^\p{Lu}{2,}$/u.test(one) && (two !== two.toUpperCase() || / \p{Lu}\.$/u.test(two)) && !HAN.test(two) && !(one.toLowerCase() in LATIN_FAMILY_NAMES) && locals.some((l) => l.indexOf(letters(one)) > 0);
      const joined = familyFirst ? `${two} ${nameCased(one)}` : `${one} ${two}`;
      const wrapped = i - s.start <= 2 && /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.)?$/u.test(one) && !/^(?:of|for|by|de)$/i.test(one) && /^\p{Lu}[\p{L}'’-]+(?: (?:\p{Lu}[\p{L}'’-]+|van|de|der|von|da|del|la|le)){0,2}(?: \p{Lu}\.| [\u4e00-\u9fff]{2,4})?$/u.test(two) && (matchesEmail(one, locals) || (!two.includes(' ') && matchesEmail(two, locals)) || sameFamilyName(/[\u4e00-\u9fff]{2,4}$/u.exec(two)?.[0] ?? '', [one])) && !isTitleLike(two) && !isCompanyLike(joined) ? nameOnLine(joined) : null;
      // (A name of several words wrapped after two or three, "Eng. Omar Khaled" over "Abdel-Rahman El-Sayed", "María José
      // de la Fuente" over "Ortiz", "Priyanka Raghunathan" over "Iyer, ACA, CFA": where the email spells the whole name
      // with the lower line's last word, "o.k.elsayed…", "mariajose.delafuente.o@", "priyanka.iyer…".)
      const tail = wrapped || !two ? '' : withoutPostNominals(`${one} ${two}`).slice(one.length).trim();
      const longWrapped = !wrapped && i - s.start <= 2 && /^\p{Lu}[\p{L}'’-]+(?: (?:\p{Lu}[\p{L}'’-]+|van|de|der|von|da|del|la|le)){0,1}$/u.test(tail) && !isTitleLike(tail) && !isCompanyLike(tail) && !isKnownPlace(tail) && headingKind(tail) === null && !tail.split(' ').some((w) => one.split(/\s+/).includes(w)) ? nameOnLine(`${one} ${two}`) : null;
      // (A single word under a name of two is a tagline or a town as often, "Emma Clarke" over "Illustration" with
      // emmaclarke.illustration@…: only a tail of two words, one with letters after it, or under a name of three.)
      const upper = longWrapped === null ? null : nameOnLine(one);
      const sure = tail.includes(' ') || two.trim() !== tail || (upper !== null && upper.split(' ').filter((w) => !NAME_PARTICLE.test(w)).length >= 3);
      const spelt = longWrapped !== null && sure && upper !== null && longWrapped.split(' ').length > upper.split(' ').length && emails.some((e) => spellsName(e.split('@')[0]!, longWrapped.split(' '), longWrapped.split(' ').length - tail.split(' ').length));
      if (wrapped || spelt) {
        found.push({ name: (wrapped ?? longWrapped)!, line: `${one} ${two}`, index: i });
        i += hyphened ? 2 : 1;
        continue;
      }
      // (An item of a list under a skills or languages heading is no name: "▪ Active Directory" atop a sidebar read first.)
      if (s.heading !== '' && (s.kind === 'skills' || s.kind === 'other') && BULLETED.test(lines[i] ?? '')) continue;
      const name = nameOnLine(lines[i] ?? '') ?? gluedName(lines[i] ?? '', emails);
      // (Nor a town on a line of its own, the email not spelling it: "Kuala Lumpur" under a sidebar's contact lines.)
      if (name && isKnownPlace(lines[i]!) && !matchesEmail(name, locals)) continue;
      if (name) found.push({ name, line: lines[i]!, index: i });
    }
    // A line ending in a company's legal form is the employer's letterhead, not the person ("KEYSTONE RIDGE FINANCIAL
    // NETWORK, INC." over a form's fields).
    // (The cell the name is in: "Jane Doe   Managing Director, Doe Consulting Ltd" is Jane Doe's header.)
    const nameCell = (f: { name: string; line: string }) => f.line.split(/\s{3,}/).find((c) => c.toLowerCase().includes(f.name.split(' ')[0]!.toLowerCase())) ?? f.line;
    if (found.length > 0 && found.every((f) => endsInLegalForm(nameCell(f).trim()))) continue;
    if (found.length === 0) continue;
    // A name in both scripts on lines of their own ("林嘉欣" over "Jessica Lam", "Leo Li" over "李浩然"): the Chinese
    // one, whichever the email spells, when the two are next to each other or the CV is written in Chinese.
    const han = found.find((f) => HAN.test(f.name) && !isCompanyLike(f.name) && !unlikelyHanName(f.name));
    const latin = found.find((f) => !HAN.test(f.name));
    // (Only a line that is the Chinese name alone: "Hong Kong 香港" or "Staff Nurse 护士" under "Jane Doe" names no one.)
    const hanAlone = han !== undefined && han.line.replace(/\s+/g, '') === han.name;
    if (han && latin && (mostlyChinese(lines) || (hanAlone && Math.abs(han.index - latin.index) <= 2 && matchesEmail(latin.name, locals)))) return { name: han.name, line: han.line };
    // A line naming the person in both scripts agrees with the email by its Latin half ("李浩然 Leo Li", leo.li@…).
    const bothScripts = found.find((f) => HAN.test(f.name) && matchesEmail(f.line.replace(HAN_G, ' '), locals));
    if (bothScripts) return { name: bothScripts.name, line: bothScripts.line };
    const pick = found.find((f) => matchesEmail(f.name, locals)) ?? preferred(found.filter((f) => !isCompanyLike(f.name) && !unlikelyHanName(f.name)), lines) ?? found[0]!;
    // A name the email does not spell, at the top of a section after the first (a language, "Solomon Islands Pijin", in
    // a sidebar read first): a later section's top may hold the one it spells ("ROSEMARY KWAIGA" over the main column).
    // (Nor a job title at the page's top the email does not spell, "Senior Accountant" over a CV whose name is only in
    // its footer beside the email, where a line below is a name the email spells; "Amy Carpenter" over a studio's
    // address stays.)
    const spelledBelow = () => (others < 0 ? lines : lines.slice(0, others)).some((l) => { const n = nameOnLine(l); return n !== null && n !== pick.name && matchesEmail(n, locals); });
    // (Nor any line at the top the email does not spell, where a line further on is a name it spells whole, given and
    // family name: an address's "Protea Glen" atop a sidebar read before the main column's "Thandiwe MOKOENA". A Chinese
    // name at the top stays: the email spells its Latin form, "陳嘉欣" over "Winnie Lau".)
    const spelledOutBelow = () => (others < 0 ? lines : lines.slice(0, others)).some((l, k) => { const n = k > pick.index ? nameOnLine(l) : null; return n !== null && !HAN.test(n) && !isTitleLike(n) && !isCompanyLike(n) && spelledOut(n, locals); });
    if (locals.length === 0 || matchesEmail(pick.name, locals) || (s.heading === '' && !(isTitleLike(pick.name) && spelledBelow()) && (HAN.test(pick.name) || !spelledOutBelow()))) return { name: pick.name, line: pick.line };
    fallback ??= { name: pick.name, line: pick.line };
  }
  // No section's top holds a name the email spells: a line that is one, its given and family names both in the address,
  // wherever a sidebar read first left it ("Fiona McLachlan BSc MSc MCIEEM" under a Word sidebar's last list, over
  // "Senior Ecologist"), before the other people.
  const spelt = (others < 0 ? lines : lines.slice(0, others)).map((l) => ({ l, name: nameOnLine(l) })).find(({ name }) => name !== null && !HAN.test(name) && spelledOut(name, locals));
  if (spelt) return { name: spelt.name!, line: spelt.l };
  // Nor one the email spells at all, where the name stands apart from any section's top (under a sidebar's last list,
  // "THANDIWE MOKOENA" after "Code 08 driver's licence", mokoena@…): a line that is a name the email agrees with.
  if (fallback === null || !matchesEmail(fallback.name, locals)) {
    const agreed = (others < 0 ? lines : lines.slice(0, others)).map((l) => ({ l, name: nameOnLine(l) })).find(({ l, name }) => name !== null && !BULLETED.test(l) && matchesEmail(HAN.test(name) ? l.replace(HAN_G, ' ') : name, locals));
    if (agreed) return { name: agreed.name!, line: agreed.l };
  }
  // A post that introduces its writer ("Hi all, I'm Aoife O'Donoghue. Data analyst …", a forum's or a chat's CV): the
  // name it gives, when the email spells it.
  if (fallback === null) {
    for (const line of lines.slice(0, 15)) {
      const m = INTRODUCED.exec(line);
      // (A particle the sentence went on with is no part of the name: "I'm Jane Doe de …".)
      const name = m ? m[1]!.split(/\s+/).reduceRight((kept, w) => (kept.length === 0 && NAME_PARTICLE.test(w) ? kept : [w, ...kept]), [] as string[]).join(' ') : null;
      if (name && looksLikeName(name) && matchesEmail(name, locals)) return { name, line };
      // (A Chinese letter's "您好！我叫张晓燕，女，1990年生…".)
      const zh = INTRODUCED_ZH.exec(line)?.[1];
      if (zh && !NOT_NAME_ZH.test(zh) && !unlikelyHanName(zh)) return { name: zh, line };
    }
  }
  return fallback;
}

/**
 * Whether an email's local part spells a name to its last word: each word in order written out or as its initial,
 * some left out, the last one used ("o.k.elsayed" for Omar Khaled Abdel-Rahman El-Sayed, "mariajose.delafuente.o" for
 * María José de la Fuente Ortiz), before any tail the person added ("priyanka.iyer.ca"); its first word used among the
 * first `firstAmong`.
 */
function spellsName(local: string, words: string[], firstAmong = words.length): boolean {
  const ws = words.map(letters).filter((w) => w.length > 0);
  const tokens = local.toLowerCase().split(/[._-]+/).map(letters).filter(Boolean);
  const from = (target: string, i: number, k: number): boolean => {
    if (k === target.length) return i === ws.length;
    // (The first word used is among the first `firstAmong`: the upper line's, where a wrapped name is spelt.)
    for (let j = i; j < (k === 0 ? Math.min(firstAmong, ws.length) : ws.length); j++) {
      const w = ws[j]!;
      // (The last word used ends the spelling: the words after it are left out only before it.)
      if (target.startsWith(w, k) && (j === ws.length - 1 ? k + w.length === target.length : from(target, j + 1, k + w.length))) return true;
      if (target[k] === w[0] && (j === ws.length - 1 ? k + 1 === target.length : from(target, j + 1, k + 1))) return true;
    }
    return false;
  };
  for (let t = tokens.length; t >= 1; t--) {
    const target = tokens.slice(0, t).join('');
    if (target.length >= 3 && from(target, 0, 0)) return true;
  }
  return false;
}

/** Whether an email's local part writes a name's first and last words out ("fionamclachlan.eco@…" for Fiona McLachlan). */
function spelledOut(name: string, locals: string[]): boolean {
  const words = name.split(/\s+/).map(letters).filter((w) => w.length >= 2);
  // (The given name may be spelt short, as the person is called: "thandi.mokoena@" for Thandiwe Mokoena.)
  const given = (local: string) => local.includes(words[0]!) || (words[0]!.length >= 6 && local.includes(words[0]!.slice(0, 5)));
  return words.length >= 2 && locals.some((local) => given(local) && local.includes(words.at(-1)!));
}

/**
 * A form's row of labels over its row of values, a cell each ("Title   Full name   Date of birth" over "Mr   Ruaridh
 * Sutherland   03/02/1988"): the value under the name's label, when the two rows have as many cells.
 */
function valueUnderLabel(line: string, next: string): string[] {
  const labels = line.split(/\s{3,}/);
  const k = labels.findIndex((cell) => NAME_LABEL_ALONE.test(cell.trim()));
  if (k < 0 || labels.length < 2) return [];
  const values = next.split(/\s{3,}/);
  return values.length === labels.length ? [values[k]!] : [];
}

/**
 * How Chinese family names are written in Latin letters: pinyin, and as Hong Kong, Macau, Taiwan, Singapore and
 * Malaysia write them (Cantonese, Wade–Giles, Hokkien, Teochew, Hakka): 黄 is Huang, Wong, Ng or Ooi; 陈 Chen, Chan or
 * Tan. Simplified and traditional characters alike.
 */
const FAMILY_NAME_LATIN: Record<string, string> = {
  王: 'wang wong ong heng', 李: 'li lee lei lai', 张: 'zhang cheung chang teo chong cheong', 刘: 'liu lau lao low', 陈: 'chen chan tan chin',
  杨: 'yang yeung yong yeo young', 黄: 'huang wong ng hwang ooi oei wee', 赵: 'zhao chiu chao chew', 吴: 'wu ng goh woo ngo', 周: 'zhou chow chau chou chew jhou',
  徐: 'xu tsui hsu chui', 孙: 'sun suen soon sng', 马: 'ma mah beh', 朱: 'zhu chu choo chee', 胡: 'hu wu foo oh', 郭: 'guo kwok kuo quek kok',
  何: 'he ho hoh hor', 林: 'lin lam lim lum', 罗: 'luo law lo loh', 高: 'gao ko kao koh kou', 梁: 'liang leung leong neo', 郑: 'zheng cheng tay teh',
  谢: 'xie tse chia cheah sia hsieh', 宋: 'song sung soong', 唐: 'tang tong teng', 许: 'xu hui hsu khoo koh', 韩: 'han hon', 冯: 'feng fung fong',
  邓: 'deng tang teng', 曹: 'cao tso cho', 彭: 'peng pang phang', 曾: 'zeng tsang tseng chan', 肖: 'xiao siu hsiao', 萧: 'xiao siu hsiao seow',
  田: 'tian tin tien', 董: 'dong tung', 袁: 'yuan yuen', 潘: 'pan poon phua', 于: 'yu yue', 蒋: 'jiang cheung chiang', 蔡: 'cai choi tsai chua chai',
  余: 'yu yue yee', 杜: 'du to tu', 叶: 'ye yip yeh yap', 程: 'cheng ching', 苏: 'su so soh soo', 魏: 'wei ngai', 吕: 'lu lui lyu lv', 丁: 'ding ting',
  任: 'ren yam jen', 沈: 'shen shum sim', 姚: 'yao yiu', 卢: 'lu lo lou loo', 姜: 'jiang keung chiang', 崔: 'cui tsui chui', 钟: 'zhong chung chong',
  谭: 'tan tam', 陆: 'lu luk', 汪: 'wang wong', 范: 'fan', 金: 'jin kam kim', 石: 'shi shek sek', 廖: 'liao liu leow liew', 贾: 'jia ka chia',
  夏: 'xia ha hsia', 韦: 'wei wai', 傅: 'fu foo poh', 付: 'fu foo', 方: 'fang fong hong png', 白: 'bai pak peh', 邹: 'zou chow chau chou',
  孟: 'meng mang', 熊: 'xiong hung hsiung', 秦: 'qin chun chin', 邱: 'qiu yau khoo chiu', 江: 'jiang kong kang', 尹: 'yin wan', 薛: 'xue sit hsueh',
  闫: 'yan', 段: 'duan tuen', 雷: 'lei lui', 侯: 'hou hau', 龙: 'long lung', 史: 'shi sze', 陶: 'tao to', 黎: 'li lai lay', 贺: 'he ho', 顾: 'gu koo ku',
  毛: 'mao mo', 郝: 'hao', 龚: 'gong kung', 邵: 'shao siu', 万: 'wan man', 钱: 'qian chin chien', 严: 'yan yim', 武: 'wu mo', 戴: 'dai tai', 莫: 'mo mok',
  孔: 'kong hung', 向: 'xiang heung', 汤: 'tang tong', 温: 'wen wan woon voon', 游: 'you yau yu', 柯: 'ke kor kua', 翁: 'weng yung ang', 洪: 'hong hung ang',
  庄: 'zhuang chong chng', 关: 'guan kwan', 区: 'ou au', 欧阳: 'ouyang auyeung owyang', 司徒: 'situ szeto', 上官: 'shangguan', 诸葛: 'zhuge', 麦: 'mai mak',
  陳: 'chen chan tan chin', 黃: 'huang wong ng hwang ooi', 張: 'zhang cheung chang teo chong', 劉: 'liu lau low', 楊: 'yang yeung yeo', 趙: 'zhao chiu chao',
  吳: 'wu ng goh', 鄭: 'zheng cheng tay teh', 謝: 'xie tse hsieh chia', 許: 'xu hui hsu khoo', 蘇: 'su so soh', 葉: 'ye yip yeh yap', 鍾: 'zhong chung chong',
  羅: 'luo law lo loh', 盧: 'lu lo lou', 蕭: 'xiao siu hsiao', 馮: 'feng fung', 鄧: 'deng tang', 蔣: 'jiang chiang', 韓: 'han hon', 孫: 'sun suen soon',
  馬: 'ma mah', 譚: 'tan tam', 陸: 'lu luk', 鄒: 'zou chow', 賴: 'lai', 赖: 'lai', 顏: 'yan ngan gan', 颜: 'yan ngan gan', 歐陽: 'ouyang auyeung',
  龔: 'gong kung', 錢: 'qian chin', 嚴: 'yan yim', 龍: 'long lung', 戚: 'qi chik', 祝: 'zhu chuk', 伍: 'wu ng', 邝: 'kuang kwong', 鄺: 'kuang kwong',
};

/** Every Latin spelling of a Chinese family name in {@link FAMILY_NAME_LATIN}, as keys. */
const LATIN_FAMILY_NAMES: Record<string, true> = Object.fromEntries(Object.values(FAMILY_NAME_LATIN).flatMap((ways) => ways.split(' ')).map((w) => [w, true]));

/** A line of an organisation's: an agency's, a recruiter's, a job centre's or a firm's letterhead. */
const ORGANISATION_LINE = /\b(?:agency|agencia|agence|recruit\w*|recrutement|talent|staffing|personnel|consultants?|consultancy|empleo|emploi|careers|hr|ltd|limited|inc|gmbh|llc|pty|plc|b\.v|fax|vacatures?|(?:registration|application) form)\b|人才|顾问|顧問|猎头|獵頭|招聘|人力资源|公司/iu;

/**
 * The person's addresses with one that spells their name first, where the first found is above the name and does not
 * spell it: a letterhead's or a recruiter's above a form that presents the candidate ("empleo@camaraturia…" over
 * "Apellidos   Delane   Nombre   Marcus" and "Correo electrónico   marcus.delane@…"; a consultant's "zhouqm@…" over
 * "姓名   韩雪芮" and "邮箱   hanxuerui_bd@163.com"). A Chinese name is spelt by its family name opening the local part.
 */
function nameSpeltFirst(emails: string[], at: Map<string, number>, name: { name: string; line: string }, lines: string[]): string[] {
  if (emails.length < 2) return emails;
  const nameAt = lines.findIndex((l) => l.includes(name.name) || name.line.startsWith(l.trim()));
  const spells = (email: string) => {
    const local = email.split('@')[0]!;
    if (HAN.test(name.name)) {
      const family = COMPOUND_SURNAME.test(name.name) ? name.name.slice(0, 2) : name.name.slice(0, 1);
      return (FAMILY_NAME_LATIN[family]?.split(' ') ?? []).some((w) => letters(local).startsWith(w));
    }
    // (Initials count, a double-barrelled name's each: "kmh118@" for Keisha Montgomery-Hale.)
    return spellsName(local, name.name.split(/[\s-]+/)) || spelledOut(name.name, [letters(local)]);
  };
  const [first] = emails;
  // (Only an organisation's: a role's mailbox, or its line or the line above it names an agency, a recruiter or a firm.
  // A person's own "sunnyday88@gmail.com" over their name stays first, however their work address below spells it.)
  const firstAt = at.get(first!) ?? Infinity;
  const organisation = ROLE_MAILBOX.test(first!) || [lines[firstAt] ?? '', lines[firstAt - 1] ?? ''].some((l) => ORGANISATION_LINE.test(l));
  if (nameAt < 0 || firstAt >= nameAt || spells(first!) || !organisation) return emails;
  // (Nor one labelled as another of the person's: "Work email:", "Office:", "Alternative email:".)
  const secondary = (e: string) => /\b(?:work|office|business|alternative|alternate|other|secondary)\b[^@]{0,20}$|工作邮箱|办公邮箱/iu.test((lines[at.get(e) ?? -1] ?? '').split(e)[0] ?? '');
  const better = emails.find((e, k) => k > 0 && (at.get(e) ?? -1) >= nameAt && spells(e) && !secondary(e));
  return better === undefined ? emails : [better, ...emails.filter((e) => e !== better)];
}

/** Whether a Chinese name's family name is written as one of the words of a Latin name ("黄俊杰" and "Marcus Ng Jun Jie"). */
function sameFamilyName(han: string, latinWords: string[]): boolean {
  const family = COMPOUND_SURNAME.test(han) ? han.slice(0, 2) : han.slice(0, 1);
  const ways = FAMILY_NAME_LATIN[family]?.split(' ') ?? [];
  return latinWords.some((w) => ways.includes(w.toLowerCase()));
}

/**
 * A name a form's label gives family name first ("Name   OBI-NWOSU Chukwuemeka") that the page's header writes as the
 * person signs it ("ENGR. CHUKWUEMEKA OBI-NWOSU, B.Eng, MNSE"): the same words in the header's order.
 */
function inHeaderOrder(found: { name: string; line: string } | null, lines: string[]): { name: string; line: string } | null {
  // (Only a name set family name first, in capitals: "Gregory WHITCOMBE" under "Curriculum vitae — WHITCOMBE Gregory"
  // stays as the form's label gives it.)
  if (found === null || HAN.test(found.name) || !/^\p{Lu}{2,}[\p{Lu}'’-]*\s+\p{Lu}\p{Ll}/u.test(found.name)) return found;
  const key = (name: string) => name.toLowerCase().split(/\s+/).sort().join(' ');
  const at = lines.indexOf(found.line);
  for (const line of lines.slice(0, Math.min(3, at < 0 ? 3 : at))) {
    const header = nameOnLine(line);
    if (header !== null && header !== found.name && key(header) === key(found.name) && header.toLowerCase() !== found.name.toLowerCase()) return { name: header, line };
  }
  return found;
}

/**
 * A name found in Latin letters (a form's "First name | Last name", a label's value) that the page also writes with
 * its Chinese name ("顾文彬 (Wenbin Gu)" in the header): the Chinese one, as a name on lines of its own is chosen. Also
 * a Chinese name standing apart on the page — alone on its line or before a title ("黄俊杰   Analytics Lead", a job
 * board's card on a later page) — whose family name is one the Latin name writes ("Marcus Ng Jun Jie"); not among the
 * other people a form asks about (a referee's 李志强).
 */
function chineseTwin(found: { name: string; line: string } | null, lines: string[]): { name: string; line: string } | null {
  if (found === null || HAN.test(found.name)) return found;
  const words = found.name.toLowerCase().split(/\s+/);
  for (const line of lines.slice(0, 12)) {
    if (!HAN.test(line)) continue;
    const latin = line.replace(HAN_G, ' ').toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
    const han = nameOnLine(line);
    if (han && HAN.test(han) && words.every((w) => latin.includes(w)) && latin.length <= words.length + 1) return { name: han, line };
  }
  // (Or a name block: the Latin name over, under or beside its Chinese one, which stands on a line of its own or
  // beside a monogram, "Zhenyu" / "LIANG" / "梁振宇", "LI M" / "Chee Keong" / "林志强", "周雨桐   TZ" over "Tina ZHOU
  // Yutong": the Chinese one, its family name one the lines around it write, a word of the Latin name among them.)
  const head = lines.slice(0, 12);
  for (let i = 0; i < head.length; i++) {
    const alone = /^([\u4e00-\u9fff]{2,4})(?:\s{3,}\p{Lu}{1,3})?$/u.exec(head[i]!.trim());
    if (!alone || nameOnLine(alone[1]!) !== alone[1] || isCompanyLike(alone[1]!) || unlikelyHanName(alone[1]!)) continue;
    const around = [...head.slice(Math.max(0, i - 2), i), ...head.slice(i + 1, i + 3)];
    const aroundWords = around.flatMap((l) => l.toLowerCase().split(/[^\p{L}]+/u)).filter(Boolean);
    if (words.some((w) => aroundWords.includes(w)) && sameFamilyName(alone[1]!, [...words, ...around.map((l) => l.toLowerCase().replace(/[^a-z]/g, ''))])) return { name: alone[1]!, line: head[i]! };
  }
  // (Only for a Latin name that romanises the given names too, "Marcus Ng Jun Jie", "Kevin Zhou Siyuan", and a Chinese
  // name of a family name and two more characters: "Kevin Lee" names no 李宁, an employer; "黄埔" is a place.)
  if (words.length < 3) return found;
  const others = lines.findIndex((l) => OTHER_PEOPLE.test(l.trim()));
  for (const line of others < 0 ? lines : lines.slice(0, others)) {
    // (Alone on its line or before its title, "黄俊杰   Analytics Lead"; or the value of a name's label, a form's "Name in
    // original script   张家伟".)
    const [head = '', ...rest] = line.trim().split(/\s{3,}/);
    const first = /^([\u4e00-\u9fff]{3,4})(?:\s+(.+))?$/u.exec(head);
    const titled = first !== null && [first[2], ...rest].filter(Boolean).every((c) => isTitleLike(c!) && !isCompanyLike(c!));
    const k = rest.findIndex((c, n) => /^[\u4e00-\u9fff]{3,4}$/u.test(c) && /name|姓名|名字/i.test(n === 0 ? head : rest[n - 1]!));
    const candidate = titled ? first![1]! : k >= 0 ? rest[k]! : null;
    if (candidate === null || nameOnLine(candidate) !== candidate) continue;
    if (!isCompanyLike(candidate) && !unlikelyHanName(candidate) && sameFamilyName(candidate, words)) return { name: candidate, line };
  }
  return found;
}

/** A form's number before a field's label ("1. Family name:", "2) First names:"). */
const FIELD_NUMBER = '(?:\\d{1,2}[.)]?\\s*)?';
/** A form's field for one part of the name: the family name, or the given names ("Surname (block capitals)", "Forename(s)"). */
// (French, German and Dutch forms too: "Nom   Guillot   Prénom   Amélie", "Nachname … Vorname …", "Achternaam …
// Roepnaam …".)
// (Spanish, Polish, Italian and Portuguese too: "Nombre … Apellidos …", "Imię … Nazwisko …", "Cognome … Nome …", "Nome …
// Sobrenome …".)
// (Hungarian and Vietnamese too, written family name first: "Vezetéknév   Nagy   Keresztnév   Zsófia", "Họ   Trần   Tên   Minh Anh";
// and a Spanish form's two surnames, "Primer apellido" over "Segundo apellido".)
const SURNAME_LABEL = '(?:surname|last name|family name|nom(?: de famille)?|nachname|familienname|achternaam|(?:primer )?apellidos?|nazwisko|cognome|sobrenome|apelidos?|vezetéknév|családi név|họ)';
/** A form's field for the second of two family names (Spain's "Segundo apellido"). */
const SECOND_SURNAME = /(?:^|\s{3,}|\s\|\s)segundo apellido\s*[:：]?\s{1,}(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)(?=\s{3,}|\s*$)/iu;
/** Labels of the languages that write the family name first (Hungarian, Vietnamese). */
const FAMILY_FIRST_LABEL = /vezetéknév|családi név|(?:^|\s)họ(?:\s|$)/iu;
const GIVEN_LABEL = '(?:first names?|given names?|forenames?|other names|christian names?|prénoms?|vornamen?|roepnaam|voornamen?(?:\\s*\\(voluit\\))?|nombres?|imi[eę](?: i imiona)?|imiona|nome|keresztnév|utónév|tên)';
/** A Dutch form's particles, a field of their own ("Tussenvoegsel(s)   van"), which go between the given and the family name. */
const PARTICLE_FIELD = /(?:^|\s{3,}|\s\|\s)tussenvoegsels?(?:\s*\(s\))?\s*[:：]?\s{1,}((?:van|von|de|der|den|het|ter|ten|te|in 't|'t)(?: (?:van|von|de|der|den|het|ter|ten|te|'t))*)(?=\s{3,}|\s*$)/i;
const partLabel = (word: string) => `${OTHER_LANGUAGES}${word}(?:\\s*\\(s\\))?(?:\\s*\\([^()]{1,30}\\))?(?:\\s?\\*)?`;
const PART_LABEL = {
  family: new RegExp(`(?:^${FIELD_NUMBER}|\\s{3,}|\\s\\|\\s)${partLabel(SURNAME_LABEL)}${LABEL_SEP}(.+)$`, 'i'),
  given: new RegExp(`(?:^${FIELD_NUMBER}|\\s{3,}|\\s\\|\\s)${partLabel(GIVEN_LABEL)}${LABEL_SEP}(.+)$`, 'i'),
};
const PART_LABEL_ALONE = {
  family: new RegExp(`^${FIELD_NUMBER}${partLabel(SURNAME_LABEL)}\\s*[:：]?$`, 'i'),
  given: new RegExp(`^${FIELD_NUMBER}${partLabel(GIVEN_LABEL)}\\s*[:：]?$`, 'i'),
};
/** An agency's line presenting the candidate, its own address and number on it: "Presented by Orvane Labs Recruitment · …". */
const PRESENTED_BY = /^(?:presented|submitted|represented|introduced|put forward|shortlisted) by\b/i;

/** A line of the person's own contact details, as a CV's last line writes it after its referees. */
// (Not a referee's own labels, "Contact: 07911 …", "WhatsApp: 082 …", "Call or text: 0401 …", under the referee's name.)
const OWN_CONTACT = /^(?:(?:correspondence|contact me|reach me|(?:text or )?call(?: or text)? (?:me|\p{Lu}\p{Ll}+ (?:at|on))|text me|phone me|e-?mail me|my (?:mobile|cell|phone|number|e-?mail))\b|本人\s*[:：])/iu;
/** A line labelled as a referee's: "证明人：孙老师 …", "Referee 2: …". */
const REFEREE_LINE = /^(?:证明人|推荐人|referee|reference)\s*\d?\s*[:：]/i;

/** Where a form or a CV starts on other people: referees, an emergency contact, the next of kin, the family. */
// (In the forms' other languages too: "Références", "Referenzen", "Notfallkontakt", "Personne à contacter/prévenir",
// "Ansprechpartner", "Contactpersoon", "Referenties"; 家庭情况, 家庭关系, 参考人.)
const OTHER_PEOPLE = /^(?:\d{1,2}[.)]\s*|[A-Z][.)]\s*)?(?:references?|referees?|emergency contact|next of kin|family(?: (?:details|members|background))?\s*$|supervisors?\s*$|références?|referenzen?|referenties|notfallkontakt|personne à (?:contacter|prévenir)|ansprechpartner|contactpersoon|referencias|referências|referenze|referencje|osoba kontaktowa|referenciák|ajánlók|ajánlás|recommandations|contacts professionnels|người tham chiếu|tham chiếu|người giới thiệu|추천인|참고인|推薦者|照会先|家庭(?:主要)?成员|家庭情况|家庭关系|紧急联系人|证明人|推荐人|参考人)(?![\p{L}])/iu;

/** Words of a form's other fields, which a value in a grid of labels may be read as ("Gender", "Nationality"). */
const FIELD_WORD = /^(?:gender|sex|nationality|date|birth|place|address|religion|status|marital|phone|mobile|email|e-mail|signature|title|age)$/i;
/** One part of a name as a form's cell holds it: one to three words of letters ("MARGOLIS-WREN", "Tamsin Eleri"). */
const NAME_PART = /^\p{Lu}[\p{L}\p{M}'’-]*(?: \p{Lu}[\p{L}\p{M}'’-]*){0,2}$/u;

/**
 * A name a form asks for in two fields, the family name and the given names — on one row ("Surname   OKORO   First
 * name(s)   Chidinma"), as rows of their own, or as a label cell over its value — written as people write it:
 * given names first. Null unless both fields hold a name part.
 */
function splitName(lines: string[]): { name: string; line: string } | null {
  // A row of labels ("Surname   First Name   Date of Birth") holds no value; nor does a grid's next label ("Gender").
  const isLabel = (text: string) => PART_LABEL_ALONE.family.test(text) || PART_LABEL_ALONE.given.test(text) || NAME_LABEL_ALONE.test(text) || text.split(' ').some((w) => FIELD_WORD.test(w));
  const valueOf = (part: 'family' | 'given'): { value: string; line: string } | null => {
    for (const [i, line] of lines.entries()) {
      const m = PART_LABEL[part].exec(line);
      const value = m ? m[1]!.split(/\s{3,}|\s\|\s|\s*[:：]\s*/)[0]!.trim() : PART_LABEL_ALONE[part].test(line.trim()) ? (lines[i + 1] ?? '').trim() : '';
      if (value && NAME_PART.test(value) && headingKind(value) === null && !isLabel(value)) return { value, line };
    }
    return null;
  };
  // A row of the two labels over a row of their values, a cell each ("Last name   First name   Middle name" over
  // "Kowalczyk   Darnell"): the values by their place under the labels.
  for (const [i, line] of lines.entries()) {
    const labels = line.split(/\s{3,}/).map((c) => c.trim());
    const [f, g] = [labels.findIndex((c) => PART_LABEL_ALONE.family.test(c)), labels.findIndex((c) => PART_LABEL_ALONE.given.test(c))];
    if (f < 0 || g < 0) continue;
    // (Not a row of labels beside their values, "Nom   ROUSSEAU   Prénom   Léa": read as such below.)
    if (f + 1 < labels.length && f + 1 !== g && NAME_PART.test(labels[f + 1]!) && !isLabel(labels[f + 1]!)) continue;
    const values = (lines[i + 1] ?? '').split(/\s{3,}/).map((c) => c.trim());
    const [fv, gv] = [values[f] ?? '', values[g] ?? ''];
    if ([fv, gv].every((v) => NAME_PART.test(v) && !isLabel(v) && headingKind(v) === null)) return { name: (FAMILY_FIRST_LABEL.test(labels[f]!) ? [fv, gv] : [gv, fv]).map(tidyName).join(' '), line: `${line} ${lines[i + 1]}` };
  }
  // (A Chinese form's 姓 and 名 a cell each on one row, "姓   吴   名   俊杰": one name, the family's character first.)
  for (const line of lines) {
    // (A Korean form's 성 and 이름 so too: "성   김   이름   서연" is 김서연.)
    const zh = /^\s*姓\s{3,}([\u4e00-\u9fff]{1,2})\s{3,}名\s{3,}([\u4e00-\u9fff]{1,3})(?=\s{3,}|\s*$)/u.exec(line) ?? /^\s*성\s{3,}([\uac00-\ud7a3]{1,2})\s{3,}이\s{0,2}름\s{3,}([\uac00-\ud7a3]{1,3})(?=\s{3,}|\s*$)/u.exec(line);
    if (zh) return { name: `${zh[1]}${zh[2]}`, line };
  }
  const [family, given] = [valueOf('family'), valueOf('given')];
  // (A French form's "Nom" holding the whole name, where the form asks for no "Prénom": "Nom   Camille Moreau   Photo".)
  if (family && !given && /^\s*nom(?:\s*[:：])?\s{1,}/i.test(family.line) && family.value.split(' ').length >= 2 && !lines.some((l) => PART_LABEL.given.test(l) || PART_LABEL_ALONE.given.test(l.trim()))) return { name: tidyName(family.value), line: family.line };
  if (!family || !given) return null;
  const particles = lines.map((l) => PARTICLE_FIELD.exec(l)?.[1]).find(Boolean);
  const second = lines.map((l) => SECOND_SURNAME.exec(l)?.[1]).find(Boolean);
  const surname = second ? `${tidyName(family.value)} ${tidyName(second)}` : tidyName(family.value);
  // (Family name first where the form's language writes it so: "Nagy Zsófia", "Trần Minh Anh".)
  if (FAMILY_FIRST_LABEL.test(family.line)) return { name: `${surname} ${tidyName(given.value)}`, line: family.line === given.line ? family.line : `${family.line} ${given.line}` };
  const name = [tidyName(given.value), ...(particles ? [particles.toLowerCase()] : []), surname].join(' ');
  return { name, line: family.line === given.line ? family.line : `${given.line} ${family.line}` };
}

/** Letters after a name that are no surname: a credential or a generation. */
const isCredential = (w: string) => POST_NOMINALS_UPPER.has(w.toUpperCase()) || /^(?:DO|JR|SR|II|III|IV|V|VI)$/.test(w);

/**
 * A surname set in capitals after given names written as names are ("Mehmet Can YILDIZ", "Jean-Luc MARCHAND"), as
 * Turkish and French CVs set it: written as a name, by the rules of the CV's alphabet — Turkish where the CV writes
 * Turkish letters (ğ, ı, İ, ş), so "YILDIZ" is "Yıldız". A name wholly in capitals is tidied elsewhere (tidyName).
 */
function surnameCased(name: string, lines: string[]): string {
  const words = name.split(' ');
  // (Not a credential or a generation after the name: "Jane Doe RN", "CPA", "KING III".)
  const capitals = (w: string) => /^\p{Lu}[\p{Lu}'’-]+$/u.test(w) && !isCredential(w);
  if (!words.some(capitals) || words.every(capitals) || !words.some((w) => /\p{Ll}/u.test(w))) return name;
  // Turkish where the CV's top (its name, its address) writes Turkish letters, not where a job was in İstanbul.
  const locale = /[ğĞıİşŞ]/.test(lines.slice(0, 10).join(' ')) ? 'tr' : undefined;
  return words.map((w) => (capitals(w) ? nameCased(w, locale) : w)).join(' ');
}

/** More Han characters than Latin words: a CV written in Chinese, whatever names and skills it gives in English. */
function mostlyChinese(lines: string[]): boolean {
  const text = lines.join(' ');
  return (text.match(HAN_G) ?? []).length > (text.match(/[A-Za-z]+/g) ?? []).length;
}

/** Chinese compound surnames: a four-character name starting with one is as likely as a two- or three-character one. */
const COMPOUND_SURNAME = /^(?:欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|令狐|独孤|端木|南宫|西门|澹台|呼延|轩辕|万俟)/;

/** Four Han characters without a compound surname: more often a company's short name (青禾数据) than a person's. */
const unlikelyHanName = (name: string) => /^[\u4e00-\u9fff]{4}$/.test(name) && !COMPOUND_SURNAME.test(name);

/** A short job title on the line under a name: the CV's headline. */
const isHeadline = (line: string | undefined) => line !== undefined && line.length <= 40 && isTitleLike(line) && !isCompanyLike(line);

/**
 * The first plausible candidate, unless it has no headline under it and the very next line is a candidate that
 * has one ("Halvorsen Marine Robotics", then "Tomasz Ekwueme", then "Controls Engineer"): a letterhead above the name.
 */
function preferred<T extends { index: number }>(found: T[], lines: string[]): T | undefined {
  const [first, second] = found;
  if (first && second && second.index === first.index + 1 && !isHeadline(lines[first.index + 1]) && isHeadline(lines[second.index + 1])) return second;
  return first;
}

/** An address's top-level domain followed straight on by a profile host, a scheme, "www." or a capital letter. */
const GLUED_RUN = /(@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*?\.(?:com|net|org|edu|gov|io|dev|ai|me|co|cn|uk|de|fr|jp|in|au|ca|nl|se|ch))(?=linkedin\.|github\.|gitlab\.|www\.|https?:|[A-Z])/g;

/**
 * Puts a gap after an email address run together with the next Word run: an address ends at its top-level domain
 * when a profile host, a scheme, "www." or a capital letter follows straight on.
 * @example splitGluedRuns('jane@example.comlinkedin.com/in/jane') // 'jane@example.com   linkedin.com/in/jane'
 */
/** Domains an address a narrow cell wrapped may end in ("…@163.c" over "om"). */
const TLD = new Set(['com', 'net', 'org', 'edu', 'gov', 'info', 'biz', 'cn', 'hk', 'tw', 'sg', 'my', 'uk', 'ie', 'au', 'nz', 'ca', 'de', 'fr', 'nl', 'io', 'me', 'co']);

/**
 * Numbers a narrow sidebar wrapped after the country's code, the code alone on its line (after an icon's glyph): "+65"
 * over "9614 9981", "(852)" over "5808-3604", "+886" over "-950-870752". The code joins the next line's number; the
 * lines keep their places.
 */
function wholeNumbers(given: string[]): string[] {
  const lines = [...given];
  for (let i = 0; i + 1 < lines.length; i++) {
    const code = /^(\W{0,3}?)\s*(\+\d{1,3}|\(\+?\d{1,3}\))\s*$/u.exec(lines[i]!);
    const number = /^\s*-?\s*(\d[\d .-]{5,14}\d)(?=\s{3,}|\s*$)/.exec(lines[i + 1]!);
    if (!code || !number) continue;
    lines[i] = `${code[1]}${code[2]} ${number[1]}${lines[i + 1]!.slice(number[0].length)}`;
    lines[i + 1] = '';
  }
  return lines;
}

/**
 * Addresses written whole: one a narrow cell wrapped before the end of its domain ("邮箱:wangxiaotong_ux@163.c" over
 * "om"), and one written out against harvesters ("jellsworth.data [at] gmail [dot] com", "(at)", "(dot)").
 */
function wholeAddresses(given: string[]): string[] {
  // (The written-out one's last part may have wrapped: "… [at] protonmail [dot]" over "com, or call …".)
  const lines = given.map((l, i) => {
    const wrapped = /[[(]\s*dot\s*[\])]\s*$/i.test(l) && /^[a-z]{2,6}\b/.test(given[i + 1]?.trim() ?? '');
    if (wrapped) return `${l} ${/^[a-z]{2,6}/.exec(given[i + 1]!.trim())![0]}`;
    // (Or before a "[dot]": "eleanor [at] fairweather-quinn" over "[dot] org [dot] uk".)
    const before = /[[({]\s*at\s*[\])}]\s*[A-Za-z0-9-]+\s*$/i.test(l) && /^(?:\s*[[({]\s*dot\s*[\])}]\s*[A-Za-z0-9-]+)+/i.exec(given[i + 1]?.trim() ?? '');
    return before ? `${l} ${before[0]}` : l;
  });
  // (The name part's dots written out too: "hannah [dot] lim [dot] zh [at] gmail [dot] com".)
  // (In braces too, "{at}", "{dot}"; and the host's dots may be written as dots: "tobias [at] example.com".)
  const DOT = /\s*[[({]\s*dot\s*[\])}]\s*/gi;
  const out = lines.map((l) =>
    l
      .replace(/([A-Za-z0-9._%+-]+(?:\s*[[({]\s*dot\s*[\])}]\s*[A-Za-z0-9_%+-]+)*)\s*[[({]\s*at\s*[\])}]\s*([A-Za-z0-9-]+(?:(?:\s*[[({]\s*dot\s*[\])}]\s*|\.)[A-Za-z0-9-]+)+)/gi, (_, user: string, host: string) => `${user.replace(DOT, '.')}@${host.replace(DOT, '.')}`)
      // The words bare, in lower case, the host's last dot written out and its end a known domain's: "imogen at blackwood
      // dot example dot com", "freya.thistlewood at example dot com"; a name of one word only where a field opens, after a
      // label or a separator (not "Engineer at Acme.com", nor "I worked at home dot com").
      .replace(/(?<![\w.@-])([a-z0-9][a-z0-9._%+-]*) at ([a-z0-9-]+(?:(?: dot |\.)[a-z0-9-]+)*) dot ([a-z]{2,6})(?![\w.@-])/g, (all, user: string, host: string, end: string, at: number, line: string) =>
        TLD.has(end) && (/[._%+\d-]/.test(user) || /(?:^|[:：|·•,;]|\s{2})\s*$/.test(line.slice(0, at))) ? `${user}@${host.replaceAll(' dot ', '.')}.${end}` : all)
      // "#" for "@", as Chinese job boards ask ("ouyangxl#foxmail.com", "请把 # 换成 @"): a name, "#" and a domain whose
      // end is a known one (not "C#" nor "F#.NET").
      .replace(/(?<![\w/.#@-])([A-Za-z0-9][A-Za-z0-9._%+-]*)#([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,6}))(?![\w.@-])/g, (all, user: string, host: string, end: string) => (TLD.has(end.toLowerCase()) ? `${user}@${host}` : all)),
  );
  // (Its end set one space after it, as a PDF reads a narrow column's wrapped line: "…@singnet.co m.sg".)
  for (let i = 0; i < out.length; i++) {
    out[i] = out[i]!.replace(/(@[A-Za-z0-9.-]+\.)([A-Za-z]{1,3}) ([a-z]{1,3})((?:\.[a-z]{2})?)(?=\s|$)/, (all, head: string, cut: string, rest: string, cc: string) =>
      TLD.has(cut.toLowerCase() + rest) && !TLD.has(rest) ? `${head}${cut}${rest}${cc}` : all);
  }
  for (let i = 0; i + 1 < out.length; i++) {
    // (Or as the next row's last cell, the line under it read with the row it lies beside: "…@sina.co" over
    // "2023.05 - 至今   成都…有限公司   财务总监   m".)
    const cut = /@[A-Za-z0-9.-]+\.([A-Za-z]{1,3})$/.exec(out[i]!.trimEnd());
    const last = cut ? /\s{3,}([a-z]{1,3})$/.exec(out[i + 1]!.trimEnd()) : null;
    if (cut && last && TLD.has(cut[1]!.toLowerCase() + last[1]) && !TLD.has(last[1]!)) {
      out[i] = out[i]!.trimEnd() + last[1];
      out[i + 1] = out[i + 1]!.trimEnd().slice(0, -last[0].length);
      continue;
    }
    const rest = /^([a-z]{1,3})(?=\s{3,}|$)/.exec(out[i + 1]!.trim());
    if (cut && rest && TLD.has(cut[1]!.toLowerCase() + rest[1]) && (!TLD.has(cut[1]!.toLowerCase()) || out[i + 1]!.trim() === rest[1])) {
      out[i] = out[i]!.trimEnd() + rest[1];
      out[i + 1] = out[i + 1]!.trim().slice(rest[1]!.length).trim();
    }
  }
  return out;
}

function splitGluedRuns(line: string): string {
  return line.replace(GLUED_RUN, '$1   ');
}

/**
 * The CV's headline: the part after the name on its line ("Morwenna Penhale | Harbour Pilot"), else the short line
 * under it ("Harbour Pilot", "厨师长") — most CVs put the current job title there. Null when the name was not read
 * from a line of its own or what follows is no short phrase (a contact line, a heading, a sentence).
 */
export function headlineOf(lines: string[], contact: Contact): string | null {
  const line = contact.evidence.name;
  const i = line === null ? -1 : lines.findIndex((l) => normalizeLine(l).slice(0, 160) === line);
  if (i < 0 || contact.name === null) return null;
  // The name as read may be tidied ("MORWENNA PENHALE" → "Morwenna Penhale"): compared without case or spaces.
  const bare = (t: string) => t.replace(/\s+/g, '').toLowerCase();
  const all = parts(line!);
  const at = all.findIndex((p) => bare(p).includes(bare(contact.name!)));
  if (at < 0) return null;
  const after = all.slice(at + 1);
  const candidate = (after.length > 0 ? after[0] : normalizeLine(lines[i + 1] ?? '')) ?? '';
  const words = candidate.split(/\s+/).length;
  const ok = candidate.length >= 2 && candidate.length <= 60 && words <= 6 && !/[\d@:：/]/.test(candidate) && headingKind(candidate) === null && !isContentLine(candidate);
  return ok ? candidate : null;
}

const unique = <T>(xs: T[]) => [...new Set(xs)];

/** Top-level domains of a word or more that a letter-spaced print splits where its kerning opens a gap ("….de sign"). */
const LONG_TLDS = new Set(['design', 'studio', 'digital', 'agency', 'media', 'tech', 'online', 'site', 'space', 'email', 'info', 'works', 'world', 'life', 'blog', 'store', 'photo', 'photography', 'consulting', 'solutions', 'systems', 'network', 'cloud', 'global', 'academy', 'education', 'health', 'legal', 'finance', 'capital', 'partners', 'group', 'company', 'team', 'services', 'engineering', 'software', 'science', 'london', 'berlin', 'paris', 'nyc', 'art', 'dev', 'app', 'page', 'name', 'me', 'pro']);

/**
 * A line with each email's domain whole: a last label split by a space that makes a known domain joined ("hello@
 * priyaraman.de sign" → "…design"), where nothing else follows on the line but another cell.
 */
function withWholeDomain(line: string): string {
  return line
    .replace(/(@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.)([a-z]{1,8}) ([a-z]{1,8})(?=\s{3,}|\s*$)/g, (whole, host: string, a: string, b: string) => (LONG_TLDS.has(`${a}${b}`) ? `${host}${a}${b}` : whole))
    // (Or cut inside a label where a table's narrow cell wrapped it, its two lines joined by a space: "kwame.fairbairn@
    // post.exa mple.co.uk". Only where the cut label is no domain's end and the piece after it ends as one.)
    .replace(/(@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.)([a-z]{1,8}) ([a-z0-9-]+(?:\.[a-z0-9-]+)*\.([a-z]{2,6}))(?=\s{3,}|\s*$)/g, (whole, host: string, a: string, b: string, end: string) =>
      !isTopLevel(a) && isTopLevel(end) ? `${host}${a}${b}` : whole);
}

/** Domains' last labels: the generic ones people's addresses use, and the countries' two letters. */
const GENERIC_TLDS = new Set(['com', 'net', 'org', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'name', 'pro', 'uk', 'eu', 'asia', 'mobi', 'coop', 'aero', ...LONG_TLDS]);
// (Made on first use: ICU's region names cost a worker several MB, and only a cut address needs them.)
let regions: Intl.DisplayNames | undefined;
function isTopLevel(label: string): boolean {
  if (GENERIC_TLDS.has(label)) return true;
  if (label.length !== 2) return false;
  try {
    regions ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regions.of(label.toUpperCase()) !== label.toUpperCase();
  } catch {
    return false;
  }
}

/** A number the contact lines hold: what it is (see `PhoneKind`), the line it is on (Infinity for a dated one) and that line. */
interface FoundPhone {
  phone: string;
  kind: PhoneKind;
  at: number;
  line: string;
}
/** The person's order of their numbers: a mobile, one nothing tells, a landline, someone else's. */
const KIND_ORDER = { mobile: 0, unknown: 1, landline: 2, other: 3 } as const;
/** A number's place in that order; one past the first contact block (`first` and the three lines under it) after all. */
// (A mobile further on, still among the personal details, goes first where that block holds none: the CV's own header
// under a fax cover's "Fax No.:" and "Tel:", or an agency's switchboard over "Mobile 手提: 9417 2836".)
const order = (p: FoundPhone, first: number, lateMobile: FoundPhone | undefined) => (p === lateMobile ? -1 : p.at > first + 3 ? 10 : KIND_ORDER[p.kind ?? 'unknown']);

/** A mailbox of hiring: an agency's or an employer's, never a candidate's own. */
const HIRING = 'jobs|job|careers?|recruit(?:ment|ing)?|talent|hr|vacancies|apply|applications';
const HIRING_MAILBOX = new RegExp(`^(?:${HIRING})@`, 'i');
/** A mailbox of a role, not a person ("info@", "office@", and the hiring ones): a person's studio may use one too. */
const ROLE_MAILBOX = new RegExp(`^(?:${HIRING}|info|office|contact|enquiries|inquiries|admin|hello|team|cv|resumes?|register|registrations?|candidates?|applications?|apply|staffing)@`, 'i');

/** A line that opens with an organisation's legal name, however it is set apart from the rest ("NordBalt Personnel UAB   …"; a Word header's tab reads as a space). */
function opensWithLegalName(line: string): boolean {
  const words = line.split(/\s{3,}|\s[|·•]\s/)[0]!.trim().split(/\s+/);
  return words.slice(0, 6).some((_, k) => k > 0 && endsInLegalForm(words.slice(0, k + 1).join(' ')));
}

/**
 * A number read without its country code that the CV also gives with it ("4045550186" in a web form's field,
 * "+1 404 555 0186" further on): the one with its code, in the place of the first.
 */
function withCountryCodes(phones: string[]): string[] {
  return phones.map((p) => (p.startsWith('+') ? p : phones.find((q) => q.startsWith('+') && q.length - p.length >= 2 && q.length - p.length <= 4 && q.endsWith(p)) ?? p));
}

/** Reads contact details from the whole document; emails, phones and links may sit anywhere (a footer). */
/** A line of an e-mail's header, as a mail client prints or forwards it: "From: …", "Sent: …", "发件人：…". */
const MAIL_HEADER = /^(?:from|sent|to|cc|bcc|date|subject|reply-to|发件人|收件人|抄送|日期|发送时间|主题|寄件者|收件者|主旨)\s*[:：]/i;

/**
 * A chat message's sender line, as Teams, Slack and Discord copy it: a name of two to four words, its organisation in
 * brackets, and the time with two digits to its hour or AM/PM ("Priya Castellano (Harlow Search)  09:12", "Liam
 * Pettigrew  9:31 AM"; not "Weekdays 09:00" nor "Freestyle Sprint 0:24"), or WhatsApp's "[09:12, 04/12/2026] Name:".
 */
const CHAT_SENDER = /^\s*(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}(?:\s*\([^()]{1,40}\))?\s+\[?(?:\d{2}:\d{2}|\d{1,2}:\d{2}\s?[AaPp]\.?[Mm]\.?)\]?|\[\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?,\s*\d{1,2}\/\d{1,2}\/\d{2,4}\]\s*[^:]{2,40}:)\s*$/u;

/**
 * Where a CV pasted into a chat starts: after the sender line of the longest message and the first line under it
 * when that is a sentence ("Sure, pasting it below 👇"), so that the recruiter's greeting ("Hi Imogen, … my direct line
 * is …") is not read as the person's. 0 when the text is no chat: fewer than two sender lines, the first not among
 * the text's first three, a sender line straight after another, or no sender who writes twice.
 */
function chatBodyStart(lines: string[]): number {
  const senders = lines.map((l, i) => (CHAT_SENDER.test(l) ? i : -1)).filter((i) => i >= 0);
  // A chat, not a list of times ("Dublin Marathon 3:12" over "Berlin Marathon 3:08", "Early Shift 06:00"): it opens the
  // text, every sender line has a message under it, and one sender writes twice.
  const who = senders.map((i) => lines[i]!.trim().replace(/\s*(?:\([^()]*\))?\s+\[?\d{1,2}:\d{2}.*$/u, ''));
  const opens = senders.length >= 2 && senders[0]! <= 2 && senders.every((i, k) => senders[k + 1] !== i + 1 && i + 1 < lines.length);
  if (!opens || new Set(who).size < 2 || new Set(who).size === who.length) return 0;
  // (The message the CV is pasted in: the one with the most lines before the next sender.)
  const length = (k: number) => (senders[k + 1] ?? lines.length) - senders[k]!;
  const last = senders[senders.reduce((best, _, k) => (length(k) > length(best) ? k : best), 0)]!;
  const message = lines[last + 1]?.trim() ?? '';
  return last + 1 + (message.split(/\s+/).length >= 3 || /[.!?…:]$|\p{Extended_Pictographic}/u.test(message) ? 1 : 0);
}

/**
 * Where the CV starts in a text that is an e-mail (a CV pasted into a message, forwarded by an agency, sent from a
 * work account): after the last header block ("From:", "Sent:", "To:", "Subject:") of a text that opens with one. The
 * senders above it, an agency's consultant with the signature, or the person's own work account, are no contact of
 * the person's: what they ask to be written to is in the message under it and in the CV. (A chat's, see chatBodyStart,
 * the same way.) 0 for any other text.
 */
export function mailBodyStart(lines: string[]): number {
  const chat = chatBodyStart(lines);
  if (chat > 0) return chat;
  const isHeader = (i: number) => MAIL_HEADER.test(lines[i]?.trim() ?? '');
  const blockAt = (i: number) => {
    let j = i;
    while (isHeader(j)) j++;
    const block = lines.slice(i, j).map((l) => l.trim().toLowerCase());
    return j - i >= 3 && block.some((l) => /^(?:from|发件人|寄件者)/.test(l)) && block.some((l) => /^(?:subject|主题|主旨)/.test(l)) ? j : -1;
  };
  const first = [0, 1, 2].find((i) => blockAt(i) >= 0);
  if (first === undefined) return 0;
  let end = blockAt(first);
  for (let i = end; i < Math.min(lines.length, 80); i++) {
    const j = isHeader(i) ? blockAt(i) : -1;
    if (j >= 0) end = i = j;
  }
  return end;
}

export function extractContact(rawLines: string[], sections: Section[]): Contact {
  const body = mailBodyStart(rawLines);
  if (body === 0) return contactFrom(rawLines, sections, 0);
  // An e-mail: the message under its headers and the CV first; what they lack, the whole text gives (most often the
  // person sent it: "From: Marguerite Holloway <m.holloway82@…>" over a letter that signs with a name alone).
  const [own, whole] = [contactFrom(rawLines, sections, body), contactFrom(rawLines, sections, 0)];
  // (The name the last header block's sender gives, "From: Marguerite Holloway <…>", where nothing else names anyone.)
  const sender = rawLines.slice(0, body).map((l) => /^\s*(?:from|发件人|寄件者)\s*[:：]\s*"?([^<>"@]{2,60}?)"?\s*<[^<>\s]+@[^<>\s]+>/i.exec(l)?.[1]?.trim()).filter((n) => n !== undefined && looksLikeName(n)).at(-1) ?? null;
  return {
    name: own.name ?? whole.name ?? sender,
    emails: own.emails.length > 0 ? own.emails : whole.emails,
    phones: own.phones.length > 0 ? own.phones : whole.phones,
    links: own.links.length > 0 ? own.links : whole.links,
    location: own.location ?? whole.location,
    evidence: { name: own.name ? own.evidence.name : whole.evidence.name, email: own.emails.length > 0 ? own.evidence.email : whole.evidence.email, phone: own.phones.length > 0 ? own.evidence.phone : whole.evidence.phone },
  };
}

/** The contact fields read from the lines from `body` on (the lines above it only place the person's phone). */
function contactFrom(rawLines: string[], sections: Section[], body: number): Contact {
  const lines = wholeNumbers(wholeAddresses(rawLines.map((l, i) => (i < body ? '' : splitGluedRuns(normalizeLine(l))))));
  const emails: string[] = [];
  const phones: FoundPhone[] = [];
  const links: string[] = [];
  let location: string | null = null;
  let emailLine: string | null = null;
  /** The line each of the person's addresses is first found on. */
  const emailAt = new Map<string, number>();
  // Whose national numbers ("0412 345 906") are: the country the CV's header (above its first heading) and its
  // contact lines (a sidebar read last: a line with an email or a phone label) name, and no other. Not the towns
  // of its jobs: a job in London does not make an Indian mobile British.
  const top = Math.min(12, sections.find((s) => s.heading !== '')?.start ?? 12);
  // A contact block in a sidebar holds its town a few lines from the email or the phone ("Location" over "Melbourne VIC").
  const near = new Set<number>();
  lines.forEach((l, i) => {
    if (l.search(EMAIL) >= 0 || PHONE_LABEL.test(l)) for (let k = Math.max(0, i - 2); k <= i + 2; k++) near.add(k);
    // So does a form's address, beside or under its label ("Residential address" over "Plot 3381, Jwaneng, Botswana").
    // (Its label alone over two lines of it: "Address" over "7/22 Pittwater Road, Manly" over "NSW 2095".)
    if (/^(?:(?:residential|home|postal|permanent|current|contact|mailing) )?address\b|^(?:通讯|家庭|现|居住)?(?:地址|住址)/iu.test(l)) near.add(i).add(i + 1).add(i + (/^\S+(?:\s\S+)?\s*[:：]?$/u.test(l.trim()) ? 2 : 1));
  });
  // A dated line near them is a job's, not the person's town.
  const inContact = (i: number) => i < top || (near.has(i) && findDateRange(lines[i]!) === null);
  // (An e-mail's headers place the person too, by the domain it was sent from or to: "hr@tenagabaru.com.my".)
  const contactLines = [...rawLines.slice(0, body).map(normalizeLine), ...lines.filter((_, i) => inContact(i))];
  // A sentence is as likely a summary's ("… sixteen years in mining in Australia and New Zealand.") as where the person
  // lives: read without its sentences (a cell of one, beside the address in a two-column page) first, and with them
  // where nothing else places the person ("Address: 45 Oakwood Avenue, Dublin 14, Ireland.").
  const sentence = (cell: string) => cell.length > 60 && /[.。!！]\s*$/.test(cell);
  const placed = phoneRegionsOf(contactLines.map((l) => l.split(/\s{3,}/).filter((cell) => !sentence(cell)).join('   ')).join('\n'));
  const contactRegion = placed.single === null && placed.candidates.length === 0 ? phoneRegionsOf(contactLines.join('\n')) : placed;
  // Where the contact lines place the person nowhere, the one country the whole CV names on two lines or more and no
  // other ("Rotterdam", "Utrecht" in its jobs): a national number ("06-48271935") is read as that country's (see
  // homeRegionOf; a job abroad named once places nobody).
  // (Not on a CV that shows Britain, whose British mobiles are read as British below: "07700 900123" with two jobs in Dublin.)
  const home = contactRegion.single === null && contactRegion.candidates.length === 0 && !showsBritain(lines.join('\n')) ? homeRegionOf(lines) : null;
  const region: RegionChoice = home ? { single: home, candidates: [home] } : { ...contactRegion, shown: eastAsiaShown(lines.join('\n')) };
  // Failing that, a British mobile is read as British on a CV that shows Britain elsewhere (GCSEs, the NHS, a postcode).
  const britishMobiles = region.single === null && showsBritain(lines.join('\n'));
  const refereePhones: FoundPhone[] = [];
  const refereeEmails: string[] = [];
  // An organisation's address, an agency's or an employer's letterhead ("Tel. +370 5 219 4477 · jobs@nordbalt-personnel.lt ·
  // www.nordbalt-personnel.lt" under its legal name): a role's mailbox, or an address at the domain of the website beside
  // it. It comes after the person's, with the numbers on its line.
  const organisations: string[] = [];
  const refereeSections = sections.filter((s) => OTHER_PEOPLE.test(s.heading.trim().replace(/^(?:section|part)\s+\w{1,4}\s*[-–—:.]\s*/i, '')));
  // (But for the person's own line after them, at the CV's end: "Correspondence: siobhan@… / 086 419 2275", "Call or
  // text Dwayne at 780-555-0143 (cell)".)
  // (And a line labelled as a referee's wherever it stands: "证明人：马经理   …   电话：181 …".)
  const inReferees = (i: number) => (REFEREE_LINE.test(lines[i]!.trim()) || refereeSections.some((s) => i >= s.start && i < s.end)) && !OWN_CONTACT.test(lines[i]!.trim());
  for (const [i, line] of lines.entries()) {
    const whole = withWholeDomain(line);
    const lineEmails = whole.match(EMAIL) ?? [];
    if (lineEmails.length > 0 && !inReferees(i)) emailLine ??= line.slice(0, 160);
    // (A referee's address comes after the person's, as a referee's number does.)
    const withoutEmails = lineEmails.reduce((l, e) => l.replace(e, ' '), whole);
    const sites = (withoutEmails.match(URL) ?? []).map((u) => u.toLowerCase().replace(/^(?:https?:\/\/)?(?:www\.)?/, '').split('/')[0]!);
    // (Only under or on an organisation's name, "NordBalt Personnel UAB" over "Tel. … · jobs@… · www…": a person's own
    // studio writes "nadia@petrova-studio.com · www.petrova-studio.com" too.)
    const named = lineEmails.length > 0 && [line, lines[i - 1] ?? ''].some(opensWithLegalName);
    // (Or a recruiter's mailbox at the website beside it, "jobs@…", "careers@…": nobody's own.)
    const site = (e: string) => sites.includes(e.toLowerCase().split('@')[1]!);
    // (Or any address on an agency's line that presents the candidate: "Presented by Orvane Recruitment · candidates@… · +44 …".)
    const presenting = PRESENTED_BY.test(line.trim());
    const organisation = (e: string) => presenting || (named && (ROLE_MAILBOX.test(e) || site(e))) || (HIRING_MAILBOX.test(e) && site(e));
    (inReferees(i) ? refereeEmails : emails).push(...lineEmails.filter((e) => !organisation(e)).map((e) => e.toLowerCase()));
    if (!inReferees(i)) for (const e of lineEmails) if (!organisation(e)) emailAt.set(e.toLowerCase(), Math.min(i, emailAt.get(e.toLowerCase()) ?? i));
    organisations.push(...lineEmails.filter(organisation).map((e) => e.toLowerCase()));
    for (const url of withoutEmails.match(URL) ?? []) links.push(url.replace(/[.)\]]+$/, ''));
    // A form's label over its value ("Cell phone" over "71 624 083", "Cell phone   Alternative number   E-mail
    // address" over their values): the value is read as labelled.
    // (So is a sidebar's word for a line that is no mobile over its number: "WORK" over "416.555.0110 ext. 3307".)
    const over = i > 0 ? lines[i - 1]! : '';
    const labelAbove = i > 0 && !/\d/.test(over) && ((PHONE_LABEL.test(over) && over.length <= 80) || (LANDLINE_LABEL.test(over) && over.trim().length <= 20 && headingKind(over) === null));
    let linePhones = findPhoneKinds(`${labelAbove ? `${lines[i - 1]}   ` : ''}${withoutEmails.replace(URL, ' ')}`, region, britishMobiles);
    // A number alone on its line beside the email in a contact block ("71 624 083" under the address, over the email):
    // the person's, when it reads as a whole national number of the country the CV names.
    if (linePhones.length === 0 && region.single !== null && /^[+()\d\s.-]{7,20}$/.test(line.trim()) && [lines[i - 1], lines[i + 1]].some((l) => l !== undefined && l.search(EMAIL) >= 0)) {
      linePhones = findPhoneKinds(`Phone   ${line}`, region, britishMobiles).filter((p) => p.phone.startsWith('+'));
    }
    // (Or a cell of its own on the email's line, "518 827 594 | cv7.demir@gmail.com | Gdańsk, Poland": a whole national
    // number of that country, as its CV writes it without a label.)
    if (linePhones.length === 0 && region.single !== null && lineEmails.length > 0) {
      const cell = withoutEmails.split(/\s{3,}|\s[|·•]\s/).map((c) => c.trim()).find((c) => /^\(?\d[\d\s().-]{6,16}\d$/.test(c));
      if (cell) linePhones = findPhoneKinds(`Phone   ${cell}`, region, britishMobiles).filter((p) => p.phone.startsWith('+'));
    }
    // A line that starts with an employer's or an agency's legal name holds its number, not the person's ("Zenith Talent
    // Consultants Pvt. Ltd. · Koramangala, Bengaluru · +91 80 4092 7710" over a candidate profile).
    // (Not a number labelled as a mobile, "现工作单位：上海某某贸易有限公司   手机：139 …", nor one beside an email, the
    // contact line of someone's own company: "Smith Bookkeeping Ltd | 07700 900 456 | jane@…".)
    if (endsInLegalForm(line.split(/\s{3,}|\s[|·•]\s/)[0]!) && lineEmails.length === 0) linePhones = linePhones.map((p) => (p.kind === 'mobile' ? p : { ...p, kind: 'other' }));
    if (lineEmails.length > 0 && lineEmails.every(organisation)) linePhones = linePhones.map((p) => ({ ...p, kind: 'other' }));
    // Referees' numbers come after the person's, wherever the layout put them.
    (inReferees(i) ? refereePhones : phones).push(...linePhones.map((p) => ({ ...p, at: findDateRange(line) === null ? i : Infinity, line })));
    const loc = LOCATION.exec(line);
    if (loc && !location) location = loc[1]!.trim();
  }
  const own = emails.length;
  emails.push(...organisations, ...refereeEmails);
  // The person's mobile first: a landline, an office or a home number printed before it comes after it ("T: 020 …  |
  // M: 07723 …"), and a number its label gives someone else (a recruiter's, a referrer's) after those; where nothing
  // tells them apart, the order printed.
  // (Only the numbers of the first block that holds one not labelled as someone else's, its line and the three under
  // it, and those before it, are so ordered, and not one in a dated line: one further on or in a job's line, an
  // employer's, a manager's under Other or a referee's in a form's last rows, stays after them.)
  const firstAt = phones.find((p) => p.kind !== 'other')?.at ?? 0;
  const details = sections.find((s) => s.heading !== '' && s.kind !== 'contact' && s.kind !== 'summary')?.start ?? lines.length;
  const blockMobile = phones.some((p) => p.kind === 'mobile' && p.at <= firstAt + 3);
  // (Not one its line gives someone else: "Line manager: David Price, mobile 07700 912345", "Agency: Brightpath Staffing,
  // Alex Moore, cell …".)
  const someoneElse = /\b(?:manager|supervisor|agency|agent|consultant|recruiter|referee|reference|verification|boss|director|staffing|colleague|contact person)\b/i;
  // (Past the personal details too, where every number of the first block is a landline and the later one is labelled a
  // mobile: a sidebar's "HOME (08) 9271 4456", the main column's "Clinical Nurse — Cardiology | Mobile: 0412 375 904"
  // read after it.)
  // (Not past the first work section, nor a list's item: "• Contact: Dr. Paul Nguyen, Practice Owner, mobile 0412 …", a
  // job's verifier or a dispatch line, is someone else's.)
  const onlyLandlines = phones.every((p) => p.at > firstAt + 3 || p.kind === 'landline');
  const work = sections.find((s) => s.kind === 'experience')?.start ?? lines.length;
  const headline = (p: FoundPhone) => onlyLandlines && p.at < work && !BULLETED.test(p.line) && MOBILE_LABEL.test(p.line);
  const lateMobile = blockMobile ? undefined : phones.find((p) => p.kind === 'mobile' && p.at > firstAt + 3 && (p.at < details || headline(p)) && !someoneElse.test(p.line));
  const ordered = [...phones.sort((a, b) => order(a, firstAt, lateMobile) - order(b, firstAt, lateMobile)), ...refereePhones];
  const name = inHeaderOrder(chineseTwin(findName(lines, sections, unique(emails)), lines), lines);
  const ownEmails = name ? nameSpeltFirst(emails.slice(0, own), emailAt, name, lines) : emails.slice(0, own);
  return {
    name: name ? surnameCased(name.name, lines) : null,
    emails: unique([...ownEmails, ...emails.slice(own)]),
    phones: unique(withCountryCodes(ordered.map((p) => p.phone))),
    links: unique(links),
    location,
    // (The evidence of the phone is the line of the number given first.)
    evidence: { name: name ? name.line.slice(0, 160) : null, email: emailLine, phone: ordered[0]?.line.slice(0, 160) ?? null },
  };
}
