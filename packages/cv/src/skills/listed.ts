import type { SkillMatch } from '../types';
import { foldForMatch, HAN } from '../parse/normalize';
import { isSchoolLike } from '../parse/roles';
import { headingKind } from '../parse/sections';
import { hasTaxonomyHit, taxonomySkillsAsWritten, taxonomySpans, type SkillLine } from './match';
import { STOP_WORDS } from './taxonomy';

/** The category of skills a person lists that the taxonomy does not know. */
export const LISTED_CATEGORY = 'listed';
export const LISTED_CATEGORY_LABEL = 'Other skills listed';

/** What else the analyser read, so that a name it knows as something else is not taken for a skill. */
export interface ListedContext {
  /**
   * Filled, when given, with the taxonomy skills a list writes in other words than their names: skill id → the item
   * as the list writes it ("SPC" for Statistical process control, "AutoCAD Civil 3D" for AutoCAD, "渠道管理" for
   * Channel management). The first item naming a skill is kept.
   */
  written?: Map<string, string>;
  /** The person's name, job titles, employers and schools: a layout can put them inside a skills column. */
  notSkills: (string | null)[];
}

/** Separators of a list as people type them; "/" is decided apart (see splitSlashes). */
const SEPARATOR = /[,，、;；|·•]/;
const SEPARATORS = /\s*[,，、;；|·•]\s*|\s{3,}|\t+/u;
/** What a note in brackets says of how well or since when, not what: "(basic knowledge)", "(certified 2022)", "(3 yrs)". */
const NOT_A_NOTE = /\d|\b(?:basic|beginner|intermediate|advanced|expert|fluent|native|proficient|proficiency|knowledge|certified|certification|working|familiar|exposure|level|years?|yrs?|months?)\b|熟练|精通|熟悉|了解|掌握/i;
/** A list line's number ("1. 单一窗口申报、HS编码归类", "(2) Welding", "③ Excel"): not a sentence's full stop. */
const NUMBERED = /^\s*(?:\d{1,2}(?:[.)．]\s+|、\s*)|[(（]\d{1,2}[)）]\s*|[\u2460-\u2473]\s*)/u;
/** Bullets before an item ("• Python", "- Radar", "✓ ECDIS", a chat's "✅ Java" or "▪️ Java"). */
const BULLET = /^[\s•·▪●◦■□◆◇*‣>✓✔✅☑\uFE0F\-–—\p{Co}]+/u;

/** A level after an item ("Spanish - fluent", "Excel: advanced", "SQL 5 yrs"): it says how well, not what. */
const LEVEL_EN = /(?:\s*[-–—:]\s*[abc][12]|(?:\s*[-–—:]\s*|\s+)(?:native|fluent|advanced|intermediate|basic|beginner|expert|proficient|conversational|good|excellent|working knowledge|mother tongue|\d+\+?\s*(?:yrs?|years?)(?: of experience)?))\.?$/i;
const LEVEL_ONLY = /^(?:native|fluent|advanced|intermediate|basic|beginner|expert|proficient|conversational|good|very good|very|fair|excellent|(?:basic |intermediate |advanced |fluent |native )?[abc][12]|working knowledge|mother tongue|\d+\+?\s*(?:yrs?|years?)(?: of experience)?|\d{1,2}(?:\.\d)?\s*(?:年|年以上|个月)|熟练|精通|熟悉|掌握|了解|良好|一般|优秀)$/i;
/** "精通Java", "熟练掌握Excel", "会使用CAD", "会 Python": how well, before the name (not the 会 of 会务组织, 会计). */
const LEVEL_ZH_BEFORE = /^(?:(?:能够|能)熟练(?:运用|使用|掌握|操作)|熟练掌握|熟练使用|熟练运用|熟练操作|精通|熟悉|掌握|熟练|了解|擅长|会使用|能够使用|能使用|会(?=\s|[A-Za-z]))\s*/;
/** "Excel熟练", "川菜（精通）" after the parentheses go: how well, after the name. */
const LEVEL_ZH_AFTER = /\s*[-:：]?\s*(?:熟练|精通|熟悉|掌握|了解|入门|良好|优秀|一般)$/;

/** Openings of a phrase or a sentence, not a name ("Able to…", "Strong…", "负责…", "具备…"). */
const PHRASE_EN = /\b(?:on|upon) request\b|^(?:able|ability|can|could|capable|experienced|responsible|strong|excellent|proficient|proficiency|familiar|familiarity|knowledge|skilled|hands-on|have|has|with|and|or|&|in|of|for|to|the|a|an|i|my|we|also|etc)(?=\s|$)|\b(?:knowledge|understanding|experience|command|grasp|use) (?:of|in|with)\b/i;
const PHRASE_ZH_OPEN = /^(?:负责|能够|能|具有|具备|拥有|有|善于|曾|参与|可以|可|并|及|和|与|对|在|较强|良好|优秀)/;
const PHRASE_ZH = new RegExp(`${PHRASE_ZH_OPEN.source}|的|能力$|经验$`);
/** Soft skills: qualities, not trade skills; a taxonomy of them would be a different feature. */
const SOFT = /\b(?:communication|teamwork|team work|team player|leadership|interpersonal|problem[- ]solving|critical thinking|adaptability|creativity|attention to detail|self[- ]motivated|work ethic|multitasking|multi-tasking|fast learner|quick learner|hard[- ]working|punctual|reliable|motivated|organi[sz]ed|organi[sz]ational|collaboration|positive attitude|flexibility)\b|沟通|团队|协作|合作|抗压|责任心|执行力|吃苦耐劳|学习能力|积极|认真|细心|踏实/i;
/** Spoken languages and their tests: a languages line's items, not skills. */
const SPOKEN = /^(?:english|chinese|mandarin|cantonese|spanish|french|german|japanese|korean|italian|portuguese|russian|arabic|hindi|urdu|bengali|punjabi|kiswahili|nepali|marathi|tamil|telugu|gujarati|kannada|malayalam|sinhala|burmese|khmer|mongolian|amharic|somali|shona|xhosa|chichewa|luganda|kinyarwanda|shanghainese|hokkien|hakka|taiwanese|putonghua|dutch|swedish|norwegian|danish|finnish|polish|czech|greek|turkish|hebrew|persian|farsi|vietnamese|thai|malay|indonesian|tagalog|filipino|swahili|twi|yoruba|igbo|hausa|zulu|afrikaans|welsh|irish|gaelic|cornish|scots|hungarian|romanian|ukrainian|catalan|basque|latin|ingl[ée]s|espa[ñn]ol|castellano|alem[áa]n|franc[ée]s|italiano|portugu[ée]s|chino|catal[àa]n|valenciano|gallego|euskera|englisch|deutsch|franz[öo]sisch|spanisch|italienisch|russisch|polnisch|t[üu]rkisch|chinesisch|niederl[äa]ndisch|anglais|fran[çc]ais|allemand|espagnol|italien|chinois|arabe|n[ée]erlandais|portugais|inglese|tedesco|francese|spagnolo|cinese|portoghese|ingl[êe]s|portugu[êe]s|alem[ãa]o|espanhol|franc[êe]s|angielski|polski|niemiecki|hiszpa[ńn]ski|francuski|rosyjski|w[łl]oski|ukrai[ńn]ski|engels|nederlands|duits|frans|spaans|svenska|engelska|norsk|dansk|engelsk|tysk|suomi)(?:\s+[\u4e00-\u9fff]{1,4}[语語文话話])?(?:\s+[abc][12])?(?:\s*\(.*\))?$|^(?:ielts|toefl|toeic|gre|gmat|cet[- ]?[46]|tem[- ]?[48]|hsk|jlpt|delf|dele)\b|^(?:英语|英文|汉语|中文|普通话|普通話|国语|國語|粤语|粵語|广东话|廣東話|台语|台語|客家话|客家話|日语|日語|日文|韩语|韓語|韩文|法语|德语|西班牙语|俄语|意大利语|葡萄牙语|阿拉伯语|闽南语|閩南語|上海话)|[四六八]级$/i;
/** A label cell or heading word left in a list ("院校名称", "and competences", a table's "Skill   Level"), not an item. */
const LABEL_WORD = /(?:名称|日期|时间|地址|电话|邮箱|姓名|学历|学位|职位|职责|程度|水平|年限)$|\blicen[cs]e\b|驾照|驾驶证|^(?:and |& )?(?:skills?|competences?|competencies|abilities|proficienc(?:y|ies)|tools|technologies|expertise|others?|misc(?:ellaneous)?|level|rating|years?|experience)$/i;
/**
 * A form's field labels and answers, and its sign-off rows, left in a skills section that runs on to the form's end
 * ("Name", "Telephone", "Signature", "Yes", "申请人(签字)", "审核意见", "第 页 共 页").
 */
const FORM_FIELD = /^(?:(?:full |print |family |given )?name|position|title|phone|telephone|tel|mobile|email|e-mail|date|signature|signed|country|language|read|write|speak|understand|yes|no|current|last used|completed|relationship|organi[sz]ation|address|declaration|attestation|referees?)$|(?:签字|签名|签章|盖章|意见|经办人|审核人|申请人|负责人)[)）]?$|第\s*\d*\s*页/i;
/** A job title's last word: a title in a skills column ("Backend Engineer", "人力资源经理") is a header leaked into it. */
const TITLE_END = /\b(?:engineer|developer|manager|analyst|designer|intern|director|consultant|scientist|architect|specialist|officer|administrator|coordinator|assistant|technician|accountant|auditor|nurse|pilot|chef|teacher|lecturer|supervisor|planner|recruiter)s?$|(?:工程师|经理|总监|主管|专员|设计师|分析师|架构师|顾问|助理|实习生|主任|会计师|[\u4e00-\u9fff]员)$/i;
/**
 * Labels of lines inside a skills section that list something else: spoken languages, certificates, licences,
 * interests, qualities ("Languages: English, Spanish", "Certifications: STCW", "Soft skills: …", "证书：…").
 */
const NOT_SKILLS_LABEL = /^(?:(?:spoken |foreign )?languages?|soft skills|personal qualities|certifications?|certificates?|licen[cs]es?|interests|hobbies|awards|语言|外语|语言能力|证书|资格证书|兴趣爱好|爱好|获奖情况|注|备注|说明|附注|声明|本人声明|承诺|note|notes|nb)$/i;
/** A line of its own that names another section ("Hobbies & Interests", "References", "获奖荣誉"). */
const SECTION_WORD = '(?:hobbies|interests|references|languages|certifications?|certificates?|awards|achievements|activities|volunteering|publications|courses|trainings?|education|experience|contact|profile|summary)';
const OTHER_SECTION = new RegExp(`^\\W*(?:(?:personal|other|additional)\\s+)?${SECTION_WORD}(?:\\s*(?:&|and|/)\\s*${SECTION_WORD})*\\W*$|^(?:兴趣爱好|爱好|兴趣|证书|资格证书|语言能力|语言|获奖情况|获奖|荣誉|培训经历|教育背景|工作经历|联系方式|自我评价)[\\s:：]*$`, 'i');
/** A company's last word: employers leak into a column as titles do. */
const COMPANY_END = /(?:公司|集团|事务所|银行|研究院|工作室|医院|\b(?:inc|ltd|llc|llp|plc|corp|corporation|gmbh|group|holdings)\.?)$/i;
/** A company's last word, not a controller's model ("S7-1500 PLC", "CompactLogix 5380 PLC" are PLCs, not plcs). */
// (Nor a department or faculty of one, "Department of Soil Science" in an affiliation's list.)
const isCompanyName = (piece: string) => (COMPANY_END.test(piece) && !/\b\p{L}+\d[\p{L}\d-]*\s+PLC$/u.test(piece.trim())) || /^(?:Department|Dept\.?|Faculty|Division) of \p{Lu}/u.test(piece.trim());

/** Personal details, not skills: nationality, marital status, a degree, availability, 民族. */
const PERSONAL = /^(?:british|irish|english|scottish|welsh|american|canadian|australian|chinese|indian|married|single|divorced|date of birth|nationality|marital status|non-smoker|available immediately|own car|full[- ]time|part[- ]time|driving licen[cs]e|clean driving licen[cs]e|[\u4e00-\u9fff]{1,2}族|已婚|未婚|离异|本科|硕士|博士|大专|中专|高中|男|女|党员|中共党员|群众)$/i;

/**
 * A line of Europass's self-assessment grids under "Digital competence" or "Other language(s)": its column heads and its
 * levels ("Information processing   Communication   Content creation   Safety   Problem solving", "Proficient user   …",
 * "UNDERSTANDING   SPEAKING   WRITING", "Listening   Reading   Spoken interaction   Spoken production"), no skills.
 */
export const SELF_ASSESSMENT_LINE = /^(?:\s*(?:information processing|communication|content creation|safety|problem[- ]solving|(?:proficient|independent|basic) user|self-assessment|understanding|speaking|writing|listening|reading|spoken interaction|spoken production|digital competences? - self-assessment grid)\s*(?:\s{3,}|$))+$/i;

/** A page's running line: its number of the document's pages at its end ("… Europass CV   Page 1/2", "Seite 2 von 3"). */
export const RUNNING_LINE = /(?:^|\s)(?:page|p\.|seite|página|pagina|strona)\s*\d{1,3}\s*(?:\/|of|von|de|sur|di|z)\s*\d{1,3}\s*$/i;

const MAX_LATIN_CHARS = 32;
/** Longer than this, a piece of a list cannot be a name with its level and rating: not cleaned, so no pattern runs over a hostile line. */
const MAX_PIECE = 120;
/** The longest item kept as the way a list writes a taxonomy skill; a longer one is a phrase around it. */
const MAX_WRITTEN = 48;
const MAX_WORDS = 4;

/** Folded key of a name: width, case and spaces, so that "Wound Care" and "wound  care" are one skill. */
const keyOf = (name: string) => foldForMatch(name).replace(/\s+/g, ' ').trim();

/** A stable id part of a name: lower case, words joined by "-", Chinese kept as written. */
function slug(name: string): string {
  return keyOf(name).replace(/[^\p{L}\p{N}+#]+/gu, '-').replace(/^-|-$/g, '');
}

/**
 * "/" separates items ("Photoshop/Illustrator") except between two short capitals or single letters, where it is
 * part of one name: "CI/CD", "TCP/IP", "A/B testing", "UI/UX", "PL/SQL", "A/B测试".
 */
export function splitSlashes(item: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = item.indexOf('/'); i >= 0; i = item.indexOf('/', i + 1)) {
    // Six characters either side decide it (a part of six is not short), and keep a long line linear.
    const before = /([A-Za-z0-9]+)$/.exec(item.slice(Math.max(from, i - 6), i))?.[1] ?? '';
    const after = /^([A-Za-z0-9]+)/.exec(item.slice(i + 1, i + 7))?.[1] ?? '';
    const short = (s: string) => /^(?:[A-Z0-9]{1,5}|[A-Za-z])$/.test(s);
    if (short(before) && short(after)) continue;
    parts.push(item.slice(from, i));
    from = i + 1;
  }
  parts.push(item.slice(from));
  return parts;
}

/** Dot leaders from an item out to its level or bar ("Figma ........ [####--]", "SQL ..... Expert"). */
// (A level only: "Containers .......... Docker" names its skill after the dots.)
const LEADER_TO_LEVEL = /\s*\.{4,}\s*(?:\[[^\]]{1,20}\]|expert|advanced|intermediate|basic|beginner|proficient|fluent|native|good|excellent|\d{1,2}(?:\s*\/\s*\d{1,2})?|\d{1,3}\s*%|[●○★☆▪▫■□◆◇\u2580-\u259f]+)\s*$/iu;

/** A rating at an item's end: glyphs, a bar in text ("[########--]", "▇▇▇▁▁", "█████░░"), "4/5", "90%". */
const RATING = /(?:\s*[●○◐◑★☆▪▫■□◆◇\u2580-\u259f]+|\s*\[[#=*+\-. ]{3,}\]|\s+\d{1,2}\s*\/\s*\d{1,2}|\s+\d{1,3}\s*%)$/u;

/** An item of a list with its level words, parentheses, bullets and end punctuation taken off. */
export function cleanItem(raw: string, keepNotes = false): string {
  let item = raw
    .replace(BULLET, '')
    // Parentheses go ("Navigation (advanced)"), unless asked to keep those that name something ("Warehouse
    // management systems (Manhattan WMS)" as written).
    // (Not a capital letter in brackets against the word it completes: "ISAD(G)", a standard's name; "Python(3)" and
    // "AWS(S3)" are a version and a part.)
    .replace(/\s*[(（]([^()（）]*)[)）]/g, (all, inner: string) => (/^[A-Z]$/.test(inner) && !/^\s/.test(all) ? all : keepNotes && /\p{L}{2}/u.test(inner) && !NOT_A_NOTE.test(inner) && !LEVEL_ONLY.test(inner.trim()) && !LEVEL_EN.test(` ${inner.trim()}`) ? all : ' '))
    // A bracket left open by a list split inside it ("Navigation (advanced", from "Navigation (advanced, ECDIS").
    .replace(/\s*[(（][^()（）]*$/u, '')
    // Dot leaders out to a level, as a text CV sets its bars ("Brand Identity ........ [########--]").
    .replace(LEADER_TO_LEVEL, '')
    // A rating after the name ("Radar ●●●●○", "ECDIS 4/5", "Triage 90%", "Figma [########--]", "Maya ▇▇▇▁▁") says how well.
    .replace(RATING, '')
    // "etc.", and 等 with what follows it ("金蝶等财务软件": the name is 金蝶, the rest says what kind).
    .replace(/\s*etc\.?$/i, '')
    .replace(/等(?:[\u4e00-\u9fff]{0,4}(?:软件|工具|语言|技术|框架|系统|平台|方法|技能|设备|仪器))?$/, '')
    .replace(/[\s.。:：!！?？*]+$/u, '')
    .trim();
  // (And a rating before the level word it stands for: "★★☆☆☆ 了解".)
  item = item.replace(LEVEL_ZH_BEFORE, '').replace(LEVEL_ZH_AFTER, '').replace(RATING, '');
  if (!LEVEL_ONLY.test(item)) item = item.replace(LEVEL_EN, '');
  // A label left inside an item when lists share a line ("Navigation; Tools: Sage 50"), after the level
  // ("ECDIS: expert") is gone.
  item = item.replace(/^[^:：]{1,30}[:：]\s*(?=\S)/u, '');
  return item.replace(/\s+/g, ' ').trim();
}

/**
 * Whether a cleaned item reads as the name of a skill: short (1–4 words and 2–32 characters; Chinese 2–12
 * characters), not a phrase or sentence, a date, a number, a link, an address, a heading or label word, a level,
 * a spoken language or a quality ("Teamwork"). When in doubt it is not: a wrong skill costs precision as a
 * missed one costs recall.
 */
export function looksLikeSkillName(item: string): boolean {
  if (item.length === 0 || LEVEL_ONLY.test(item)) return false;
  if (HAN.test(item)) {
    const chars = item.replace(/\s+/g, '').length;
    if (chars < 2 || chars > 12) return false;
    if (PHRASE_ZH.test(item)) return false;
  } else {
    if (!/\p{L}/u.test(item) || item.length < 2 || item.length > MAX_LATIN_CHARS || item.split(' ').length > MAX_WORDS) return false;
    // "CAN bus" is a name, "Can work nights" a phrase.
    if (PHRASE_EN.test(item) && !/^[A-Z]{2,}\b/.test(item)) return false;
  }
  // A form's blank to fill in ("Signature ____________").
  if (/_{3,}/.test(item)) return false;
  // A sentence (a full stop inside), a link, an email, a phone number or a date.
  if (/[.。]\s|@|:\/\/|\bwww\.|\.(?:com|org|net|io|cn)\b/i.test(item)) return false;
  // Personal details a skills column sometimes holds (nationality, marital status, a degree, availability).
  if (PERSONAL.test(item.trim()) || /\d\s*[年月]/.test(item)) return false;
  // Dates and numbers are no skills; a model or version with letters in it ("S7-1500 PLC", "SAP2000") is a name.
  const bare = item.split(/\s+/).filter((t) => !/\p{L}/u.test(t)).join(' ');
  // "ATR 72-600" and "Dash 8-400" are models: a date is a month and a year ("03/2016", "3-16", "2016.03").
  if (/\b(?:19|20)\d{2}\b|\b(?:0?[1-9]|1[0-2])[./-](?:\d{2}|\d{4})\b|\d{6,}/.test(bare) || (item.match(/\d/g)?.length ?? 0) * 2 > item.length + (item.length - bare.length)) return false;
  // A title's last word after a product's name is the product's ("OpenRoads Designer", "SAP2000 Analyst"): letters
  // then digits in a word, or a camel-case word before Designer or Analyst; "DevOps Engineer" stays a title.
  const titleLike = TITLE_END.test(item) && !/\p{L}\d|\p{Ll}\p{Lu}\p{Ll}*\s+(?:[Dd]esigner|[Aa]nalyst)s?$/u.test(item);
  // (A method named by its code is no soft skill: "8D problem solving", "A3 problem solving".)
  if ((SOFT.test(item) && !/^(?:\d[A-Z]|A3)\s/.test(item)) || SPOKEN.test(item) || LABEL_WORD.test(item) || FORM_FIELD.test(item) || titleLike || isCompanyName(item) || isSchoolLike(item)) return false;
  if (STOP_WORDS.has(keyOf(item)) || headingKind(item) !== null || CREDENTIAL.test(item.trim())) return false;
  return true;
}

/**
 * A professional credential, a certificate's name rather than a skill's, beside the skills in a form's column ("APICS
 * CSCP", "PMP", "ACCA"): certificates have sections of their own.
 */
const CREDENTIAL = /^(?:APICS\s+)?(?:CSCP|CPIM|CLTD)$|^(?:PMP|CAPM|CISSP|CISA|CISM|ACCA|CIMA|CFA(?: Level (?:I{1,3}|[123]))?|CPA|MCIPS|CIPS Level \d)$/;

/** A line is a sentence when it ends with a full stop or has one inside: prose in a skills section, not a list. */
function isSentence(text: string): boolean {
  return /[.。!！](?:\s|$)/.test(listWithFullStop(text.trim()).replace(/\b(?:etc|e\.g|i\.e|inc|ltd|co)\.\s*$/i, '')) && !/^[\w\s.+#-]{1,20}\.?$/.test(text.trim());
}

/**
 * A list of short items set apart by semicolons, closed with a full stop as a Word CV writes it ("Lesson planning;
 * Differentiation; SEND support."), or by 、 in Chinese: the list without its stop. Any other text as it is.
 */
function listWithFullStop(text: string): string {
  // (Or by 、, as a Chinese CV lists after a label: "仪器：能够熟练运用示波器、频谱分析仪、网络分析仪。")
  // (Only short items and no clause set apart by a comma: "本人承诺以上信息真实、准确、完整，如有虚假…。" is a sentence.)
  // (By 、 only after a word of how well they are known, "能够熟练运用": "代表菜品：剁椒鱼头、…。" lists dishes.)
  const known = LEVEL_ZH_BEFORE.test(text.trim().replace(/^[^：:]{1,12}[：:]\s*/u, ''));
  const items = text.replace(/[.。]$/, '').split(/[，,]/.test(text) || !known ? /[;；]/ : /[;；、]/);
  return /[.。]$/.test(text) && items.length >= 3 && items.every((item) => item.trim().length > 0 && item.trim().length <= 40 && item.trim().split(/\s+/).length <= 5 && !/[.。!！]\s/.test(item)) ? text.slice(0, -1) : text;
}

/** Cells of a line split at wide gaps; a first cell that is a label before a list ("Technical skills and   Go, Java") goes. */
function listText(text: string): string {
  // (Dot leaders out to a level, as a text CV sets its bars: "Brand Identity ........ [########--]" is its name.)
  const cells = text.replace(LEADER_TO_LEVEL, '').split(/\s{3,}|\t+/).map((c) => c.trim()).filter(Boolean);
  // A column of ballot boxes is a form's answer or level ("Epic   ☑ Competent, current"), not a list.
  if (cells.length >= 2 && /^[☐☑☒]/u.test(cells.at(-1)!)) return cells.filter((c) => !/^[☐☑☒]/u.test(c)).join('   ');
  // An ATS print's numbered field label ("Skill 1   Altium Designer", "Skill #2   SCADA").
  if (cells.length >= 2 && /^(?:skill|competency|tool)\s*#?\s*\d{1,2}\s*[:.]?$/i.test(cells[0]!)) return cells.slice(1).join('   ');
  // (A separator inside brackets is a note's: "Superannuation   Excel (Power Query, XLOOKUP)" has no list after a label.)
  if (cells.length >= 2 && !SEPARATOR.test(cells[0]!) && SEPARATOR.test(cells.slice(1).join(' ').replace(/[(（][^()（）]*[)）]/g, ''))) return cells.slice(1).join('   ');
  return cells.join('   ');
}

/** Whether two consecutive list lines are one list wrapped mid-item ("员工关" over "系、薪酬管理"). */
function wrapsInto(first: string, next: string): 'join' | 'space' | null {
  // Only the ends of the two lines are read: a list of thousands of lines joined one by one stays linear.
  const a = first.trimEnd().slice(-MAX_PIECE);
  const b = next.trimStart().slice(0, MAX_PIECE);
  if (a.length === 0 || b.length === 0 || SEPARATOR.test(a.at(-1)!) || SEPARATOR.test(b[0]!) || /\s{3,}/.test(a.slice(-3))) return null;
  const lastPiece = a.split(SEPARATORS).at(-1)!;
  const firstPiece = b.split(SEPARATORS)[0]!;
  // A level or a number of years ends its row ("纳税申报   精通   10 年" over "用友U8   熟练   8 年"): nothing wraps there.
  if (LEVEL_ONLY.test(lastPiece.trim())) return null;
  // Chinese has no spaces: a list line ending and the next starting in Chinese are one item cut by the line's
  // width when a piece of one character is left (never an item alone), or when a name the taxonomy knows runs
  // across the cut. Two lists that each end and start on a whole item ("仓储管理、叉车驾驶" over "冷链运输、…") are not.
  if (HAN.test(a.at(-1)!) && HAN.test(b[0]!)) {
    const cut = foldForMatch(lastPiece).length;
    if (lastPiece.length === 1 || firstPiece.length === 1 || taxonomySpans(`${lastPiece}${firstPiece}`).some(([from, to]) => from < cut && to > cut)) return 'join';
    return null;
  }
  // A Latin item that runs on in lower case on the next line ("Patient" over "assessment, Triage"), or a bulleted one
  // onto a line without a bullet ("* Freedom of Information" over "requests", a narrow column's wrap).
  // (Not a word that is a skill of its own: "- PowerPoint" over "sql".)
  if (/[A-Za-z]$/.test(a) && /^[a-z]/.test(b) && (SEPARATOR.test(a) || (/^\s*[•·▪●◦■*‣-]\s/u.test(a) && !/\s/.test(b.trim()) && taxonomySpans(b.trim()).length === 0))) return 'space';
  // In a column of one item a line, a name cut after its small word runs on in lower case ("Infection prevention and"
  // over "control"); "Moving and handling" over "safeguarding" and "Wound care" over "phlebotomy" are two items each.
  if (/\S\s(?:and|of|for|with|to|in|on|&)$/.test(lastPiece.trim()) && /^[a-z]+(?:\s+[a-z]+)?$/.test(firstPiece.trim())) return 'space';
  // A Latin name wrapped ("Microsoft" over "Excel"): the taxonomy knows a name that runs across the break.
  const cut = foldForMatch(lastPiece).length;
  if (/[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) && taxonomySpans(`${lastPiece} ${firstPiece}`).some(([from, to]) => from < cut && to > cut + 1)) return 'space';
  return null;
}

/** A Latin–Chinese gap ("A/B 测试"), which the taxonomy matcher reads without its space. */
const LATIN_HAN_GAP = /[A-Za-z0-9+#/]\s+[\u3400-\u9fff]/;

/** The pieces of a list line (split at separators, then at a separating "/"), with where each starts in it. */
function piecesOf(text: string): { piece: string; start: number }[] {
  const out: { piece: string; start: number }[] = [];
  const cut = (part: string, start: number) => {
    let at = start;
    for (const piece of splitSlashes(part)) {
      out.push({ piece, start: at });
      at += piece.length + 1;
    }
  };
  // A separator inside closed brackets is part of its item's note ("Excel (Power Query, XLOOKUP)"): one pass marks
  // the spans between matched brackets, an unmatched "(" marks nothing.
  const inside = new Int32Array(text.length + 1);
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '（') open.push(i);
    else if ((c === ')' || c === '）') && open.length > 0) {
      inside[open.pop()!]! += 1;
      inside[i]! -= 1;
    }
  }
  for (let i = 1; i <= text.length; i++) inside[i]! += inside[i - 1]!;
  let from = 0;
  for (const m of text.matchAll(new RegExp(SEPARATORS.source, 'gu'))) {
    if (inside[m.index]! > 0 && !/\s{3,}|\t/.test(m[0])) continue;
    cut(text.slice(from, m.index), from);
    from = m.index + m[0].length;
  }
  cut(text.slice(from), from);
  return out;
}

/** Whether a line's first item opens a phrase: the line is prose, not a list. */
function opensPhrase(text: string): boolean {
  const first = text.trim().replace(BULLET, '').split(SEPARATORS)[0]!.trim();
  return HAN.test(first.slice(0, 2)) ? PHRASE_ZH_OPEN.test(first.replace(LEVEL_ZH_BEFORE, '')) : PHRASE_EN.test(first) && !/^[A-Z]{2,}\b/.test(first);
}

/** Whether a line of one item is the start of a list item cut by the line's width rather than a label over it. */
function wrapsOn(text: string, next: string): boolean {
  return HAN.test(text.trim().at(-1) ?? '') && HAN.test(next.trim()[0] ?? '') && (next.trim().split(SEPARATORS)[0]!.length === 1);
}

/** A skills table's first heading, in English or the CV's language ("Skill", "Vaardigheid / Skill", "技能"). */
const SKILL_COLUMN = /^(?:skills?|competenc(?:y|ies|e)|tools?|software|technolog(?:y|ies)|vaardighe(?:id|den)|fähigkeit(?:en)?|kompetenz(?:en)?|compétences?|habilidad(?:es)?|技能|专业技能|技能名称)(?:\s*\/\s*\S.*)?$|\/\s*skills?$/iu;

/** A table's rating cell: a number, years, a score, dots or stars, or a level alone (see LEVEL_ONLY: "Very Good", 熟练). */
const RATING_CELL = /^(?:\d+(?:[.,]\d+)?\s*(?:\+|years?|yrs?\.?|y|年|\/\s*\d+|%)?|[●○◐◑★☆■□▪▫◆◇]+)$/iu;
const isRating = (cell: string) => RATING_CELL.test(cell.trim()) || LEVEL_ONLY.test(cell.trim());

/**
 * A skills table's heading row: cells that name columns over a row as wide whose later cells are ratings ("Skill
 * Level (1–5)   Years of experience" over "Python   5   9"); the heading's own later cells are no ratings.
 */
function columnHeadings(text: string, next: string): boolean {
  const cells = text.trim().split(/\s{3,}/);
  const below = next.trim().split(/\s{3,}/);
  return cells.length >= 2 && below.length === cells.length && SKILL_COLUMN.test(cells[0]!) && below.slice(1).every(isRating) && !cells.slice(1).some(isRating);
}

/**
 * Skills a person lists that the taxonomy does not know ("Navigation", "ECDIS", "Wound care", "川菜", "Sage 50"):
 * the items of the skills section's lists (and of an inline "Skills: a, b" line) that match no taxonomy skill and
 * read as a name. Never from prose, work, summaries or other sections: only lines whose source is 'skills'.
 * Each is a `SkillMatch` of category `listed`, with the name as written and the line as evidence.
 */
export function listedSkills(lines: SkillLine[], context: ListedContext = { notSkills: [] }): SkillMatch[] {
  const notSkills = new Set(context.notSkills.filter((s): s is string => !!s && s.trim().length > 0).map(keyOf));
  // Lines of a list, with wrapped items put back together: [text, evidence line].
  const listLines: { text: string; evidence: string }[] = [];
  let previous = -2;
  const isList = (text: string) => SEPARATOR.test(text) || /\s{3,}/.test(text.trim());
  // Set after a line that names another section the analyser did not see as a heading ("Hobbies & Interests"):
  // what follows it, up to the end of this skills section, belongs to that section.
  let otherSection = false;
  for (const [i, line] of lines.entries()) {
    if (line.source !== 'skills') {
      otherSection = false;
      continue;
    }
    const text = listText(line.text.replace(NUMBERED, ''));
    // A skills table's heading row names its columns, not skills ("Vaardigheid / Skill   Niveau (1–5)   Jaren ervaring"
    // over "Python   5   9").
    if (lines[i + 1]?.source === 'skills' && columnHeadings(line.text, lines[i + 1]!.text)) continue;
    // Named as a heading is: not in lower case ("Patient and family" over "education" is an item wrapped).
    if (!isList(text) && OTHER_SECTION.test(text.trim()) && !/^\p{Ll}/u.test(text.trim())) otherSection = true;
    if (otherSection || (line.label && NOT_SKILLS_LABEL.test(line.label.trim()))) continue;
    // (A neighbour's number is no separator: "2、氩弧焊" is one item, not a list.)
    const next = lines[i + 1];
    // A line of one item that ends with a colon, or that stands over a list, names the list ("Clinical" over
    // "Wound care, Triage") — unless it goes on a run of one-item lines, a column of items where a row may hold two
    // ("Triage" over "IV cannulation" over "Phlebotomy   ACLS"); a line whose first item opens a phrase
    // ("Able to use…", "负责…") is prose.
    // (A run's row of two is set apart by a gap; a label stands over a list with separators: "Digital" over "EMIS, Cerner".)
    const inRun = previous === i - 1 && !isList(listText(lines[i - 1]!.text.replace(NUMBERED, ''))) && next !== undefined && !SEPARATOR.test(listText(next.text.replace(NUMBERED, '')));
    // (A comma in the next item's brackets makes no list of it: "Cambridge exam preparation (B2 First, C1 Advanced)".)
    // (A line ending in a colon names what follows when it is no list, and is a form's prompt whatever it holds when it
    // opens as one: "List any specialised skills, software or techniques relevant to the practice of the profession:".)
    const prompt = /[:：]\s*$/.test(text) && (!isList(text) || /^(?:list|please|describe|give|state|indicate|specify|enter|include|mention)\b/i.test(text.trim()));
    const subheading = prompt || (!isList(text) && (!inRun && next?.source === 'skills' && !wrapsOn(text, next.text) && isList(listText(next.text.replace(NUMBERED, '')).replace(/[(（][^()（）]*[)）]/gu, ''))));
    if (text.trim().length === 0 || isSentence(text) || subheading || opensPhrase(text)) {
      previous = -2;
      continue;
    }
    const last = listLines.at(-1);
    // A numbered line ("2、氩弧焊", "3. Wound care") opens an item of its own: it wraps no item above it.
    const wrap = previous === i - 1 && last && !NUMBERED.test(line.text) ? wrapsInto(last.text, text) : null;
    if (last && wrap) last.text = `${last.text.trimEnd()}${wrap === 'space' ? ' ' : ''}${text.trimStart()}`;
    else listLines.push({ text, evidence: line.text.trim() });
    previous = i;
  }
  const found = new Map<string, SkillMatch>();
  for (const { text, evidence } of listLines) {
    // The taxonomy is read once a line (a read costs ~0.1 ms whatever its length), and a piece holding a name
    // it knows is the taxonomy's skill; a piece is read alone where the line's offsets cannot be trusted.
    const spans = foldForMatch(text).length === text.length ? taxonomySkillsAsWritten(text).sort((x, y) => x.from - y.from) : null;
    // Pieces come in order along the line: the spans inside each are found by walking the sorted spans once.
    let next = 0;
    const inPiece = (piece: string, start: number) => {
      const all = spans ?? [];
      while (next < all.length && all[next]!.from < start) next++;
      const out = [];
      for (let k = next; k < all.length && all[k]!.from < start + piece.length; k++) if (all[k]!.to <= start + piece.length) out.push(all[k]!);
      return out;
    };
    const known = (piece: string, start: number, name: string) =>
      spans && !LATIN_HAN_GAP.test(piece) ? inPiece(piece, start).length > 0 : hasTaxonomyHit(name);
    for (const { piece, start } of piecesOf(text)) {
      if (piece.length > MAX_PIECE) continue;
      const inner = /^\s*([^:：]{1,30})[:：]/u.exec(piece)?.[1];
      if (inner && NOT_SKILLS_LABEL.test(inner.trim())) continue;
      // What the whole piece is, before anything is taken off it ("四川烹饪高等专科学校" is a school).
      if (isSchoolLike(piece) || isCompanyName(piece.trim())) continue;
      // Nor is the tail of an item its cell wrapped, a bracket closed that it never opened: "科先行）" under
      // "法律检索（北大法宝、威".
      if (/^[^(（]*[)）]\s*$/u.test(piece.trim())) continue;
      const name = cleanItem(piece);
      const key = keyOf(name);
      if (name.length === 0 || found.has(key) || notSkills.has(key)) continue;
      if (known(piece, start, name)) {
        // The item as written, for the taxonomy skills it names ("Lean Six Sigma Green Belt" for Six Sigma, "Modbus
        // TCP" for Modbus and TCP/IP). An item naming three or more is a phrase, not one skill's name.
        const hits = spans && !LATIN_HAN_GAP.test(piece) ? inPiece(piece, start) : taxonomySkillsAsWritten(name.replace(/([A-Za-z0-9+#/])\s+(?=[\u3400-\u9fff])/g, '$1'));
        const written = cleanItem(piece, true);
        if (context.written && new Set(hits.map((h) => h.id)).size <= 2 && written.length <= MAX_WRITTEN && !isSentence(written)) {
          // Only for a name the written form still holds (not one read in a note it dropped: "英语(CET-6,可读写技术文档)").
          const holds = (h: { from: number; to: number; id: string }) => (spans && !LATIN_HAN_GAP.test(piece) ? foldForMatch(written).includes(foldForMatch(text.slice(h.from, h.to))) : hasTaxonomyHit(written));
          for (const h of hits) if (!context.written.has(h.id) && keyOf(written) !== keyOf(h.name) && holds(h)) context.written.set(h.id, written);
        }
        continue;
      }
      if (!looksLikeSkillName(name)) continue;
      // Named as written, with a note that names something ("Point-of-care ultrasound (POCUS)", "eDiscovery
      // (Relativity)"); the id is the bare name's, so the skill is one however a list notes it.
      // (A note in lower case says how well or how: "(competent)", "(supervised)", "(self-reported)".)
      const note = /[(（]([^()（）]*)[)）]/u.exec(piece)?.[1] ?? '';
      const asWritten = /\p{Lu}|[\u4e00-\u9fff]/u.test(note) ? cleanItem(piece, true) : name;
      found.set(key, {
        id: `listed:${slug(name)}`,
        name: asWritten !== name && asWritten.length <= MAX_WRITTEN && !isSentence(asWritten) ? asWritten : name,
        category: LISTED_CATEGORY,
        categoryLabel: LISTED_CATEGORY_LABEL,
        inList: true,
        evidence: [{ text: evidence.length <= 160 ? evidence : `${evidence.slice(0, 159)}…`, source: 'skills', workIndex: -1 }],
      });
    }
  }
  return [...found.values()];
}
