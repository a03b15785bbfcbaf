import { findDateRange, isOpenEnd } from './dates';
import { simplified } from './normalize';
/** Words that mark a part of an entry's header as a job title, a company or a school. */

const TITLE_EN = /\b(engineer|developer|programmer|manager|analyst|designer|intern|lead|leader|director|consultant|scientist|architect|specialist|officer|head|vp|vice president|president|administrator|coordinator|assistant|associate|researcher|technician|sre|devops|owner|founder|co-founder|cto|ceo|cfo|accountant|auditor|editor|writer|marketer|recruiter|advisor|adviser|underwriter|strategist|tester|qa|teacher|lecturer|professor|nurse|fellow|partner|principal|staff|representative(?! office)|executive|supervisor|operator|planner|(?<!co-)operative|worker|clerk|driver|cashier|chef|receptionist|pharmacist|therapist|physiotherapist|midwife|paramedic|electrician|plumber|mechanic|welder|machinist|carpenter|inspector|surveyor|controller|buyer|merchandiser|trainee|apprentice|pilot|captain|instructor|trainer|tutor|librarian|dietitian|estimator|foreman|superintendent|agent|sergeant|corporal|lieutenant|nco|aide|carer|caregiver|attendant|labourer|laborer|cleaner|housekeeper|helper|nanny|au pair|babysitter|governess|waiter|waitress|bartender|barista|steward|stewardess|serviceman|servicewoman|servicemember|soldier|conscript|firefighter|counsell?or|volunteer|locum|working student|student worker|student employee|second in)\b/i;
/**
 * Posts whose word also names firms and offices ("The Economist", "Secretary of State's Office", "Broker Network"): a title
 * only where the word ends it ("Freelance Translator", "Senior Paralegal") and no article opens it.
 */
const TITLE_EN_LAST = /(?<!^the\s.*)\b(?:translator|interpreter|journalist|reporter|photographer|secretary|lawyer|solicitor|barrister|paralegal|attorney|physician|surgeon|dentist|economist|statistician|illustrator|animator|curator|archivist|radiographer|sonographer|optometrist|technologist|broker|banker)$/i;
const TITLE_ZH = /(工程师|经理|总监|主管|实习生|实习|开发|设计师|分析师|架构师|专员|负责人|顾问|总裁|助理|运营|产品|研究员|组长|主任|会计|教师|讲师|科学家|技术员|测试|算法|研发|合伙人|创始人|专家|编辑|审计|出纳|文员|职员|业务员|管理员|技术支持|秘书|律师|医生|护士|店长|策划|翻译|客服|督导|培训师|代表|策展人|经纪人|制片人|主持人|馆员|兽医师|药剂师|药师|护师|医师|技师|验光师|听力师|科长|处长|局长|厂长|部长|院长|校长|所长|站长|行长|董事长|书记|干事)/;
const COMPANY_EN = /\b(inc|ltd|limited|llc|llp|plc|corp|corporation|company|co|gmbh|ag|sa|bv|technologies|technology|tech|labs|group|grupo|gruppo|groupe|holdings|bank|systems|solutions|software|studios|partners|consulting|capital|networks|games|health|media|foundation|agency|ventures|services|building society|(?:housing|friendly|co-?operative) society|co-?operative)\b\.?/i;
/**
 * Words that name an employer only as its last word, a legal form or its town after it ("Carrow Valley Hospital,
 * Vancouver, WA", "Ashdown & Pryce Wholesale", "Quillon Insurance Ltd", "U.S. Army, Fort Cavazos, TX", "Metropolitan
 * Police"), not inside a title ("Contact Centre Agent", "Insurance Broker", "Retail Sales Associate", "Army Officer").
 */
const COMPANY_TAIL = /\b(?:hospital|clinic|centre|center|trust|council|authority|hotels?|resort|restaurants?|logistics|distribution|retail|foods|industries|manufacturing|pharmaceuticals?|airlines|airways|insurance|associates|wholesale|freight|motors|shipping|maritime|army|navy|air force|armed forces|defen[cs]e forces?|marine corps|coast guard|police|police service|national guard)\b\.?(?:\s+(?:ltd|limited|inc|llc|plc|group|co|corp)\.?)?(?:\s*,\s*[\p{L} .'-]+(?: \d{1,2})?){0,2}\s*$/iu;
// (And a foreign firm's representative office, 代表处: "斗南商事株式会社青岛代表处"; a Japanese or Korean firm's 株式会社.)
const COMPANY_ZH = /(公司|集团|科技|银行|有限|研究院|工作室|事务所|医院|中心|网络|信息|技术|软件|控股|证券|保险|传媒|博物馆|美术馆|图书馆|档案馆|纪念馆|展览馆|科技馆|学校|合作社|代表处|株式会社)/;
const SCHOOL = /(university|college|institute|school|academy|polytechnic|大学|学院|学校|研究生院|中学)/i;

/** A company name's last word ("…有限公司", "…集团", "Acme Inc."): what ends a company line in a cell. */
export const COMPANY_END = /(?:公司|集团|事务所|银行|研究院|工作室|医院|博物馆|美术馆|图书馆|合作社|\b(?:inc|ltd|limited|llc|llp|plc|corp|corporation|gmbh|group|holdings)\.?)$/i;

export function isTitleLike(text: string): boolean {
  // A Chinese title ends in 员 as a rule (检验员, 采购员, 仓管员), beyond the ones the list names.
  return TITLE_EN.test(text) || TITLE_EN_LAST.test(text.trim()) || TITLE_ZH.test(text) || /[\u4e00-\u9fff]员$/.test(text);
}

/** An employer's name ending on its legal form or kind ("Kopi Logistics Pte. Ltd.", "Harbourfront Bank"), then a post in capitals. */
const LATIN_ORG_THEN_POST = /^(\p{Lu}[^,;]*?\s(?:Pte\.? Ltd\.?|Pvt\.? Ltd\.?|Sdn\.? Bhd\.?|Co\.,? Ltd\.?|Ltd\.?|Limited|Inc\.?|LLC|GmbH|PLC|plc|Corp\.?|Corporation|Bank|Group|Authority|Agency|Council|University|Hospital))\s+(\p{Lu}[\p{L} &/-]*)$/u;

/**
 * A Latin employer run into its post with a word space only, as a forum post writes a job ("Kopi Logistics Pte. Ltd.
 * Lead Data Scientist" → ["Kopi Logistics Pte. Ltd.", "Lead Data Scientist"]): null unless what follows is a title.
 */
export function latinOrgThenPost(text: string): [string, string] | null {
  const m = LATIN_ORG_THEN_POST.exec(text.trim());
  if (!m || !isTitleLike(m[2]!) || isCompanyLike(m[2]!)) return null;
  return [m[1]!, m[2]!];
}

/** An organisation's name ending on its kind (局, 政府, 设计院, 股 …), then a post of two to six characters. */
const ORG_THEN_POST = /^([\u4e00-\u9fff]{2,}?(?:局|政府|公司|集团|研究院|设计院|医院|学院|大学|学校|中学|小学|银行|委员会|中心|研究所|事务所|厂|站|馆|办公室|股|科|处|部|社|队))((?:副|代理|常务|首席|高级|助理)?[\u4e00-\u9fff]{0,4}(?:长|员|师|书记|主任|干部|经理|主管|助理|秘书|专员|委员|代表|工程师|会计))$/u;

/**
 * A Chinese employer run into its post, as 干部任免审批表 and 履历 lines write them: "清溪县农业局科员" →
 * ["清溪县农业局", "科员"], "人事科科员" → ["人事科", "科员"]. Null when the text is not one, when the post would be
 * one character, or when what is left is a department alone ("市场营销部经理": no employer named).
 */
export function orgThenPost(text: string): [string, string] | null {
  const m = ORG_THEN_POST.exec(text.trim());
  if (!m || m[2]!.length < 2 || isDepartment(m[1]!)) return null;
  return [m[1]!, m[2]!];
}

/** A department ("研发部", "人力资源部", "Sales Department"): beside a title in job-board exports, neither it nor a company. */
export function isDepartment(text: string): boolean {
  // (A town's fire or police department is an employer: "Taipei City Fire Department".)
  if (PUBLIC_SERVICE.test(text)) return false;
  return /^[\u4e00-\u9fff]{1,8}(?:(?<!俱乐)部|部门)$|^(?:[A-Z][\w&]*\s){1,3}(?:Department|Dept\.?)$|^(?:Department|Dept\.?) of [A-Z]/.test(text.trim());
}

/** Legal forms of other countries, written last and in their own case: "Tyne Offshore Support AS", "Aalto Oy", "Vela S.p.A.". */
// (And with their full stops: "Maasvlakte Forwarding B.V.", "Vistula Energy S.A.", "Voltera Power Systems Sp. z o.o.",
// "Al Noor Trading W.L.L.", "Grupo Lácteo S.A. de C.V.", "Ege Lojistik A.Ş.", "Marmara Gümrük Müşavirliği Ltd. Şti.",
// Colombia's "Quintana Logistics S.A.S.", the Baltics' "NordBalt Personnel UAB", "… SIA", "… OÜ", "… d.o.o.", "… s.r.o.".)
// (Not a province after a town's comma: "Edmonton, AB" is Alberta, "Oslo, AS" no firm.)
const LEGAL_FORM_END = /\b(?:(?<!,\s?)AS|ASA|(?<!,\s?)AB|UAB|SIA|OÜ|d\.o\.o|s\.r\.o|Oy|Oyj|N\.?V|B\.?V|S\.A\.S|(?<![A-Z]\.)S\.?A\.?(?: de C\.?V|E)?|S\. de R\.L\.(?: de C\.V)?|S\.?L|[Ss]p\. ?z ?o\.o|sp\.j|sp\.k|spółka z o\.o|S\.?p\.?A\.?|S\.?r\.?l\.?|K\.?K\.?|Sdn\.? Bhd\.?|Bhd|Pvt\.? Ltd\.?|Pte|Pty|(?<!,\s?)SE|Kft|SARL|SAS|ApS|A\/S|W\.?L\.?L|L\.L\.C|PJSC|JSC|FZ-?LLC|FZE|Ltda|Lda|Tbk|KG|A\.?Ş|Ltd\.? Şti)\.?$/;

/** A name that ends as employers' names end: a legal form ("… (Pvt.) Ltd.", "… A.Ş.", "…有限公司"). */
export function endsInLegalForm(text: string): boolean {
  // (A Chinese partnership's form in brackets after the name ends it too: "上海信中会计师事务所（特殊普通合伙）".)
  const t = text.trim().replace(/[(（](?:(?:特殊)?普通合伙|有限合伙)[)）]$/u, '');
  return COMPANY_END.test(t) || LEGAL_FORM_END.test(t);
}

/** Words that end an organisation's name, which a name wrapped in its cell leaves alone on its second line ("Society", "University"). */
const ORGANISATION_WORD = /\b(?:society|university|college|institute|institution|academy|school|partnership|energy|stores?|club|care|trust|council|hospital|clinic|bank|services?|solutions|systems|group|holdings|foundation|association|agency|authority|board|centre|center|department|ministry|office|works|industries|international|consulting|partners|logistics|motors|foods|media|studios?)$/i;

/**
 * One to three capitalised words and nothing else, no title's, company's or heading's: what a town's name looks like
 * where a table sets it on a line of its own under the employer ("Halifax", "Kuala Lumpur").
 */
export function isBareTown(text: string): boolean {
  const t = text.trim();
  return /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}$/u.test(t) && !isTitleLike(t) && !isCompanyLike(t) && !endsInLegalForm(t) &&
    !/^(?:incorporated|limited|company|corporation)$/i.test(t) && !ORGANISATION_WORD.test(t) && !isLabelCell(t);
}

/** An entry's number before its first word, as lists, job boards and outline exports number entries: "1. ", "2. ", "2.1 ", "1、", "3) " (also before a date, "2. 2018-08 → 2022-01 - …", or before the dash left where the date was); or a bullet a post sets before it (see isBulletedEntry). */
export const ENTRY_NUMBER = /^\s*(?:\d{1,2}\.(?:\d{1,2}\.?)?\s+(?=\p{L}|(?:19|20)\d{2}\s*[-./年→–—]|[-–—]\s)|\d{1,2}\)\s+(?=\p{Lu})|\d{1,2}、\s*(?=[\p{L}\d])|[•·▪●◦■‣]\uFE0F?\s*(?=[\p{L}\d]))/u;

/**
 * A cell's text without the full stops of abbreviations, which end no sentence: runs of letters and stops ("B.V.",
 * "S.A.", "Sp. z o.o.") and the short words of legal names and addresses ("Co.", "Ltd.", "St.").
 */
export const withoutAbbreviations = (text: string) => text.replace(ABBREVIATION, '');
/** Short words that end in an abbreviation's full stop, in legal names and addresses: "Co.", "Ltd.", "St.", "Pty.". */
export const ABBREVIATION_WORDS = 'Co|Ltd|Inc|Corp|Pvt|Pty|Pte|Bhd|Sdn|Sp|Şti|Bros|St|Dr|Mt|Ft|Jr|Sr|No';
// (And a letter's full stop before "de" in a Spanish legal form: "S. de R.L. de C.V.".)
const ABBREVIATION = new RegExp(`\\b(?:\\p{L}{1,3}\\.){2,}|\\b(?:${ABBREVIATION_WORDS})\\.|\\b\\p{Lu}\\.(?= de \\p{Lu})`, 'gu');

/** A public service named for what it does: "Taipei City Fire Department", "Metropolitan Police Service". */
const PUBLIC_SERVICE = /\b(?:Fire|Police|Sheriff'?s?|Corrections?|Ambulance|Rescue)\s+(?:Department|Dept\.?|Service|Services|Bureau|Brigade|Office)\b/;

/** An Irish county as an address gives it: "Co. Tipperary" is no company. */
const IRISH_COUNTY = /^\s*Co\.?\s+(?:Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow)\s*$/;

export function isCompanyLike(text: string): boolean {
  if (IRISH_COUNTY.test(text)) return false;
  return PUBLIC_SERVICE.test(text) || MILITARY_ZH.test(text.trim()) || COMPANY_EN.test(text) || COMPANY_ZH.test(text) || COMPANY_TAIL.test(text) || LEGAL_FORM_END.test(text.trim()) || BODY_OF.test(text) || FAMILY_FIRM.test(text);
}

/** A unit of the armed forces, named by its branch first, as a CV gives military service ("陸軍工兵營", "中国人民解放军某部"). */
const MILITARY_ZH = /^(?:中国人民解放军|中國人民解放軍|解放军|陆军|陸軍|海军|海軍|空军|空軍|武警|火箭军|國軍|国军)[\u4e00-\u9fff]{1,12}$/u;

/** A family firm: "Nankervis & Son Electrical", "Hargreaves & Sons", "Costa Bros.". */
// (Also a household a domestic worker was employed by: "Al-Mutairi Family", "Chan Family", "the Brandt household".)
const FAMILY_FIRM = /\s(?:&|and)\s+Sons?\b|\bBros\.?(?=\s|$)|^(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?\s+(?:[Ff]amily|[Hh]ousehold)$/u;

/**
 * A public body named for its field: "Strait Regional Centre for Education", "Ministry of Health", "Department of
 * Transport" — also cut after "for" or "of", as a narrow cell wraps it ("Strait Regional Centre for" over "Education").
 */
const BODY_OF = /\b(?:Centre|Center|Ministry|Department|Office|Council|Authority|Commission|Bureau|Agency|Directorate)\s+(?:for|of)(?:\s+(?:the\s+)?\p{Lu}|\s*$)/u;

export function isSchoolLike(text: string): boolean {
  return SCHOOL.test(text);
}

/** The field of an entry a table's label cell names. */
export type LabelField = 'dates' | 'company' | 'title' | 'location' | 'department' | 'education' | 'description' | 'sector';

/**
 * Labels by the field they name: a work or education table's column headings ("Dates | Company | Title",
 * "时间 | 公司 | 职位"), and the labels of label–value rows, one job a few rows (the 2004 Europass CV: "Dates",
 * "Occupation or position held", "Main activities and responsibilities", "Name and address of employer";
 * 起止日期, 职位, 主要工作及职责, 雇主名称及地址).
 */
const LABELS: [LabelField, RegExp][] = [
  ['dates', /^(?:dates?|period|time|from|to|from\s*[-–/]\s*to|years?|start(?: date)?|end(?: date)?|date (?:from|to)|from date|date (?:started|commenced|joined|left|ended|ceased|finished|appointed|employed|hired|of (?:joining|leaving|(?:first )?appointment|engagement|employment|resignation|separation|termination|discharge))|dates? employed|(?:joining|leaving) date|时间|起止时间|起始时间|开始时间|结束时间|终止时间|截止时间|开始|结束|起始|终止|截止|(?:起始|开始|结束|终止|截止|入职|离职)日期|zeitraum|入职时间|离职时间|任职时间|在职时间|工作时间|(?:任职|在职|工作|服务|在籍)?期间|日期|起止日期|年份|起[讫迄訖止]年月|起[讫迄訖]时间|起[讫迄訖]日期)$/i],
  ['company', /^(?:company|employer|organi[sz]ation|(?:name (?:(?:and|&) address )?of )?(?:employer|company)|(?:employer|company)(?:['’]s)? name(?: (?:and|&) address)?|employer (?:and|&) address|(?:工作|任职|就职|所在|现|用人|服务)?(?:单位|公司|企业|机构|雇主)(?:全称|名称|全名)?|会社名?|勤务先|勤務先|雇主名称及地址|arbeitgeber|firma|unternehmen|kunde|auftraggeber)$/i],
  ['title', /^(?:role|title|position|job title|designation|occupation|rank|position held|position\(s\) held|positions held|post held|occupation or position held|(?:担任|所任|任职|所在)?(?:职位|岗位|职务)(?:名称)?|职称)$/i],
  ['location', /^(?:location|duty station|place of work|work location|town|town\/city|city|country|city(?:,| and|\s*&) country|地点|工作地点|所在城市|einsatzort|arbeitsort)$/i],
  ['department', /^(?:department|dept|team|division|部门|所在部门|任职部门)$/i],
  ['education', /^(?:school|institution|degree|major|title of qualification awarded|name (?:and type )?of organi[sz]ation providing education(?: and training)?|学校|院校|院校名称|学历|专业|所获学位|所获证书)$/i],
  ['description', /^(?:工作内容|工作职责|主要职责|职责|工作描述|主要工作及职责|主要业绩|工作业绩|description|responsibilities|duties|(?:main|key) (?:activities and )?responsibilities|duties (?:and|&) responsibilities|(?:main |principal )?duties (?:and|&) responsibilities|nature of duties|main duties|duties performed|(?:main |key )?achievements)$/i],
  ['sector', /^(?:(?:type of )?business or sector|sector|industry|行业|所属行业|branche)$/i],
];

const fieldOf = (text: string): LabelField | null => {
  const t = simplified(text);
  return LABELS.find(([, pattern]) => pattern.test(t))?.[0] ?? null;
};

/** Column headings of a work or education table ("Dates | Company | Title", "时间 | 公司 | 职位"): not an entry. */
export function isColumnHeading(text: string): boolean {
  const field = fieldOf(text.trim());
  return field !== null && field !== 'description' && field !== 'sector';
}

/**
 * The field a table's label cell names, or null when the cell is no label: a label alone or in both languages, as
 * bilingual templates write them ("时间 Period", "Company 公司名称", "工作内容/Description", "雇主名称及地址 Name and
 * address of employer").
 */
/** A note on how to fill a form's field: a date's format, or what to write ("mm/yyyy", "年/月", "legal/operating name", "if any"). */
const FILL_NOTE = /\b(?:mm|yy|yyyy|dd|e\.g|optional|if any|if applicable|approx|name|names|full|legal|in full|block capitals)\b|[年月日]|\//i;

export function labelField(cell: string): LabelField | null {
  // A form numbers a job's first label ("1. Name of Employer", "(a) Position held", "(1) 雇主 Employer").
  // (Or by the job's number before its first label: "Position 1: Employer", "Job 2 - Employer name", or with no mark
  // between where a PDF reads a verification form's block heading onto its first row: "Position 4 Employer". Not
  // "Employment 3" over "Employer", a heading over a form's job columns joined to the label under it.)
  // (Or by its number in brackets after it, as a careers site's e-mail lists a form's repeated fields: "Employer [1]",
  // "Start date [2]".)
  const t = cell.trim().replace(/\s*\[\d{1,2}\]$/, '').replace(/^(?:\d{1,2}[.)]|[(（]?[a-z][)）]|[(（]\d{1,2}[)）])\s+(?=\p{L})/iu, '').replace(/^(?:position|job|employment|post|role)\s*#?\d{1,2}\s*[:.)–-]\s*(?=\p{L})/iu, '').replace(/^position\s+\d{1,2}\s+(?=employer\b)/iu, '');
  const alone = fieldOf(t);
  if (alone) return alone;
  // A form's label with a note on how to fill it, or addressed to the applicant: "Start date (MM/YYYY)", "From
  // (mm/yy)", "起止时间（年/月）", "Your job title".
  const plain = t.replace(/\s*[(（]([^()（）]{1,24})[)）]\s*$/u, (note, words: string) => (FILL_NOTE.test(words) ? '' : note)).replace(/^your\s+/i, '');
  if (plain !== t && plain !== '') {
    const field = fieldOf(plain);
    if (field) return field;
  }
  // Two words for one field ("Position/Role", "Company / Organisation").
  const words = plain.split(/\s*\/\s*/);
  if (words.length === 2 && /^[A-Za-z]/.test(plain)) {
    const [a, b] = words.map(fieldOf);
    if (a && a === b) return a;
  }
  const both = /^([\u4e00-\u9fff]+)\s*[/／|]?\s*([A-Za-z][A-Za-z ]*(?:\s*[-–]\s*[A-Za-z]+)?)$/.exec(t) ?? /^([A-Za-z][A-Za-z ]*?)\s*[/／|]?\s*([\u4e00-\u9fff]+)$/.exec(t);
  if (!both) return null;
  const [a, b] = [fieldOf(both[1]!.trim()), fieldOf(both[2]!.trim())];
  return a && b ? a : null;
}

/** Whether a short heading's words name an employer and a title ("Name & address of employer", "Position and employer"). */
function headingWords(heading: string): { company: boolean; title: boolean } {
  const bare = simplified(heading).replace(/[(（][^()（）]*[)）]/gu, ' ').toLowerCase();
  return {
    // (And Japanese: 会社名, 勤務先, as a 職務経歴書's table heads its column.)
    company: /\b(?:employers?|company|organi[sz]ations?|firm|institution|establishment)\b|单位|公司|雇主|机构|机关|会社|勤务先|勤務先/.test(bare),
    title: /\b(?:position|title|role|post|designation|occupation|rank|job)\b|职位|岗位|职务|职称|工种/.test(bare),
  };
}

/**
 * A column heading that names both the employer and the title of one column ("Position and employer", "Employer /
 * role", "职务及单位"): a table's heading, though no entry field of its own.
 */
export function isTwoFieldHeading(cell: string): boolean {
  const t = cell.trim();
  if (t.length === 0 || t.length > 40 || t.split(/\s+/).length > 5 || /\d/.test(t)) return false;
  const { company, title } = headingWords(t);
  return company && title && /\band\b|[&/／+及和与、・]/.test(t);
}

/**
 * The field a work table's column heading names, by its words where no label says it exactly: a form's "Name &
 * address of employer", "Post held / Designation", "From (mm/yyyy)", "工作单位名称", "担任职务"; 'other' for a column of
 * no header field ("Reason for leaving", "Salary", 证明人). Null for a cell that is no heading (a value: digits of a
 * date, or more than six words), or names both a company and a title ("Employer and position").
 */
export function headingField(cell: string): LabelField | 'other' | null {
  const t = simplified(cell.trim());
  const known = labelField(t);
  if (known) return known;
  // (A note in brackets is no part of its length: "Company & reference person (name & contact details)".)
  const bare = t.replace(/[(（][^()（）]*[)）]/gu, ' ').trim();
  if (bare.length === 0 || bare.length > 48 || bare.split(/\s+/).length > 6 || /\d/.test(bare)) return null;
  // (A form's yes/no column on the job: "Current Employer", "Currently employed?", "May we contact?".)
  if (/^(?:current(?:ly)?|present)\s+(?:employer|employed|job|position)\s*\??$|^may we contact/i.test(bare)) return 'other';
  const { company, title } = headingWords(t);
  if (company && title) return null;
  const lower = bare.toLowerCase();
  if (company) return 'company';
  if (title) return 'title';
  if (/\b(?:dates?|period|from|to|since|until|start|end|years?|duration)\b|时间|日期|年月|何年何月|起止|起讫|^[起讫止迄]$/.test(lower)) return 'dates';
  // (Or what came of it: "Main results", "Key accomplishments", "Highlights", 主要成果.)
  if (/\b(?:duties|responsibilities|activities|achievements|results|accomplishments|highlights|outcomes|contributions)\b|职责|内容|业绩|成果|成绩/.test(lower)) return 'description';
  return 'other';
}

/** A table's label cell (see `labelField`). */
export function isLabelCell(cell: string): boolean {
  return labelField(cell) !== null;
}

/** A line that is only a table's column headings ("Dates   Company   Role", "时间 Period   单位 Employer"), as a PDF or text table gives it. */
export function isColumnHeadings(line: string): boolean {
  const parts = headerParts(line);
  // (A duties column may be headed in its own words: "Main duties", "Duties and achievements".)
  const heading = (p: string) => isLabelCell(p) || isTwoFieldHeading(p) || headingField(p) === 'description';
  return (parts.length >= 2 && parts.some(isLabelCell) && parts.every(heading) && !parts.every((p) => labelField(p) === 'description')) || datesAndTwoFields(parts);
}

/** A full stop that ends an abbreviation ("Northstar Health Inc.", "Sr."), not a sentence. */
// (And a length of time's, after dates: "wrzesień 2018 - czerwiec 2021 · 2 lata 10 mies.", "· 2 yrs 10 mos.")
const ABBREVIATION_END = /(?:\b(?:inc|ltd|co|corp|llc|llp|plc|gmbh|bros|jr|sr|st)|\d\s*(?:mies|mos|yrs|mths|mon|mnd))\.$/i;

/** Verbs a Chinese highlight opens with ("负责…", "参与…", "带领…"), as an English one opens with "Led", "Built". */
const ZH_DUTY = /^(?:负责|参与|担任|组织|指导|带领|完成|推动|主导|协助|建立|搭建|制定|维护|优化|编写|撰写|跟进|对接|统筹|牵头|主持|配合|协调|处理|获得|荣获|实现|提升|降低|推进|引入|改进|梳理|整理|开展|承担|带队|带过|独立)/;

/**
 * A Chinese sentence without its full stop, as highlights are written: long, and opening with a verb of duty or
 * made of clauses (a comma with a phrase on both sides). "成都市澜溪外国语学校, 成都" (a school and its city) is none.
 */
function chineseSentence(t: string): boolean {
  // A Latin word or a number inside ("用dbt重建指标层", "峰值每秒30万条") counts as one character of the sentence.
  const units = (text: string) => [(text.match(/[\u4e00-\u9fff]/g) ?? []).length, (text.match(/[A-Za-z0-9][A-Za-z0-9.+#-]*/g) ?? []).length] as const;
  const [han, other] = units(t);
  if (han < 10 || han < (han + other) * 0.6) return false;
  if (ZH_DUTY.test(t)) return true;
  // Clauses: a header is clauses too ("高级数据分析师，阿里巴巴集团", "产品运营经理，上海市浦东新区"), so a sentence of
  // clauses is longer, and none of its clauses is a title, an employer or a place.
  const parts = t.split(/[，,；;]/);
  const clauses = parts.map((c) => units(c).reduce((a, b) => a + b, 0));
  return han >= 16 && clauses.length >= 2 && clauses.every((n) => n >= 6) && !parts.some((c) => isTitleLike(c) || isCompanyLike(c) || /[省市区县]$/.test(c.trim()));
}

/** A numbered entry that opens with its dates ("1. 2019年7月至今 江苏…有限公司 运维班长", "2. 2013.07-2019.06 …"): a header. */
/** A range's start and what opens its end ("2019年7月至", "2013.07-", "2021起"): a line that opens with one is dated. */
const RANGE_START = '(?:19|20)\\d{2}(?:\\s*年\\s*\\d{1,2}\\s*月?|\\s*[./]\\s*\\d{1,2})?\\s*(?:[-–—~至到]|起)';
const NUMBERED_RANGE = new RegExp(`^\\d{1,2}(?:[.)]\\s+|、\\s*)${RANGE_START}`);

/**
 * A bulleted title and employer with their range first or last, as Markdown and chat posts list jobs: "• 03/2023 –
 * present  Digital Marketing Manager @ Tropika Travel Group", "* Senior Data Analyst, Turia Health Insights S.L.
 * (Valencia) — Jun 2021 to now". The title a title's, the employer an employer's; no sentence.
 */
function titleAndEmployerDated(line: string): boolean {
  const bare = /^(?:[•·▪●◦■‣\p{Co}]\uFE0F?|[-*](?=\s))\s*(.{10,160})$/u.exec(line.trim())?.[1];
  const range = bare === undefined ? null : findDateRange(bare);
  if (!bare || !range || (range.index > 1 && range.index + range.text.length < bare.length - 2)) return false;
  // (A range first and a colon after it heads a duty or a role within a job: "• 2019 – 2021: Engineering Manager,
  // Platform Team".)
  if (range.index <= 1 && /^\s*[:：]/.test(bare.slice(range.index + range.text.length))) return false;
  const joined = `${bare.slice(0, range.index)} ${bare.slice(range.index + range.text.length)}`.trim().replace(/^[\s:,–—-]+|[\s:,–—(-]+$/gu, '');
  const town = /\s*\([^()]{1,40}\)$/.exec(joined);
  const rest = town ? joined.slice(0, town.index) : joined;
  if (/[.;!?。；]$/.test(withoutAbbreviations(rest))) return false;
  const at = /\s+(?:@|at)\s+/.test(rest);
  const [title, employer] = rest.split(/\s+@\s+|\s+at\s+|,\s+|\s+[–—-]\s+/, 2);
  // (An employer's name of capitalised words will do after "@" or "at", or with its town in brackets: "Irwell Process
  // Engineering (Manchester)"; "Staff Nurse – Critical Care, 2018 – Present" names a ward within a job.)
  const named = (text: string) => (at || town !== null) && /^\p{Lu}[\p{L}&'’.-]*(?:\s+(?:\p{Lu}[\p{L}&'’.-]*|&|of|and|de|du|la|le))*$/u.test(text) && text.split(/\s+/).length <= 7 && !isTitleLike(text);
  return employer !== undefined && isTitleLike(title!) && (isCompanyLike(employer) || endsInLegalForm(employer) || named(employer));
}

/**
 * An entry's header with a bullet before its dates, as phone-typed posts set them: "▪️ 2016.03-至今 成都贝安心母婴护理服务
 * 有限公司 高级母婴护理师". Only when an employer's name follows the range and no sentence ends the line ("• 2019 - 2021:
 * Led the migration …" is a highlight).
 */
export function isBulletedEntry(line: string): boolean {
  // (A Markdown list item too, "- 2024-10 - 至今 Kopi Logistics Pte. Ltd. Lead Data Scientist", as forum posts list a
  // job and its duties alike.)
  if (titleAndEmployerDated(line)) return true;
  const m = new RegExp(`^(?:[•·▪●◦■‣\\p{Co}]\\uFE0F?|[-*](?=\\s))\\s*${RANGE_START}\\s*\\S*\\s+(.+)$`, 'u').exec(line.trim());
  if (!m || /[.。;；:：]$/.test(m[1]!)) return false;
  // An employer named by its legal form, the range's first field ("Kopi Logistics Pte. Ltd. Lead Data Scientist"), not
  // a duty ("Led the Ltd. company's audit", a verb first).
  const rest = m[1]!.replace(/^(?:[-–—~至到]\s*)?(?:至今|迄今|present|now|current|(?:19|20)\d{2}(?:[./-]\d{1,2})?)\s+/iu, '');
  if (LATIN_ORG_THEN_POST.test(rest) && !/^[a-z]|^\p{Lu}\p{Ll}*ed\b/u.test(rest)) return true;
  // (An employer's name in Chinese, the first field after the range: "• 2020 - 2021 Led the finance systems upgrade
  // across the group" is a highlight, whatever its last word.)
  const first = m[1]!.split(/\s+/)[0]!;
  return /^[\u4e00-\u9fff]/.test(first) && (isCompanyLike(first) || isSchoolLike(first)) && !isTitleLike(first);
}

/** A bullet or a sentence: content, not an entry header. */
/** A line opening with a list's bullet (a private-use glyph is one typed in a symbol font: Word's Symbol U+F0B7, Wingdings). */
export const BULLETED = /^\s*[•·▪●◦■*\-–—‣>\p{Co}]/u;

/**
 * Whom a job reported to: "Reporting to: Head of Fund Oversight", "Supervisor: Prof. Ama Boateng", "汇报对象：…". No
 * part of a header, wherever it stands (work.ts passes over it).
 */
export const REPORTING_LINE = /^(?:reporting (?:to|line)|reports? to|reported to|line manager|direct manager|supervisor|汇报对象|汇报给|直属上级|直接上级)\s*[:：]/i;

export function isContentLine(line: string): boolean {
  const t = line.trim();
  if (isBulletedEntry(t)) return false;
  // A private-use glyph is a bullet typed in a symbol font (Word's Symbol U+F0B7, Wingdings).
  // (A numbered entry opening with its dates may end with a short duty: "1、2023年3月到现在 青岛海晟船舶修造有限公司 焊工
  // 船体分段和管系焊接。" in a forum post.)
  const numberedRange = NUMBERED_RANGE.test(t);
  return BULLETED.test(t) || (/^\d+[.)、]\s/.test(t) && !numberedRange) || (!numberedRange && /[.。;；]$/.test(t) && !ABBREVIATION_END.test(t) && !(LEGAL_FORM_END.test(t) && t.slice(0, LEGAL_FORM_END.exec(t)!.index).split(/\s+/).length <= 9)) || (t.length > 90 && !isFieldedHeader(t)) || (!numberedRange && chineseSentence(t));
}

/**
 * A long line of an entry header's fields set apart ("Warehouse Operations Manager | Brackenfield Distribution Ltd |
 * Daventry", "Vandersloot Engineering Services, Vancouver, BC -- Independent Consultant (contract) [Freelance]"): at
 * most 110 characters in two to four fields, no labelled list ("Stack: A | B") and no sentence end.
 */
export function isFieldedHeader(line: string): boolean {
  // (Its dates are one field, whatever their length and their dashes: "… | Duration: Feb 2021 – Till date".)
  const range = findDateRange(line);
  const t = (range ? `${line.slice(0, range.index)}${'9'.repeat(Math.min(range.text.length, 9))}${line.slice(range.index + range.text.length)}` : line).trim();
  // (A hyphen between spaces sets fields apart too: "Senior Analyst - Hanseatic Motion Systems (Suzhou) Co., Ltd.", when
  // every field opens as a header's does, not in lower case as prose goes on: "Reported to the CEO - owned the …".)
  const hyphened = t.split(/\s-\s/);
  // (And an "@" between the title and the employer: "FP&A Manager @ Lumina Consumer Goods (China) Co., Ltd. · 2020/07 – …".)
  const fields = t.split(hyphened.slice(1).every((f) => !/^\p{Ll}/u.test(f)) ? /\s[|·•—–@-]\s|\s--\s|\s{3,}/u : /\s[|·•—–@]\s|\s--\s|\s{3,}/);
  return t.length <= 110 && fields.length >= 2 && fields.length <= 4 && !/^[^|·•]{1,30}[:：]/.test(t) && !/[.。;；]$/.test(t) &&
    !/[.!?;；。](?=\s)/.test(withoutAbbreviations(t)) &&
    // A header names a job or an employer in one of its fields; two clauses of prose set apart by a gap do not.
    fields.some((f) => f.trim().split(/\s+/).length <= 6 && (isTitleLike(f) || isCompanyLike(f)));
}

/** Countries written after a town in an entry's header ("Bologna, Italy"); not the city-states, written alone. */
export const COUNTRIES = 'Italy|France|Germany|Spain|Portugal|Ireland|England|Scotland|Wales|Netherlands|Belgium|Switzerland|Austria|Sweden|Norway|Denmark|Finland|Poland|Greece|Turkey|China|India|Japan|Korea|Malaysia|Indonesia|Thailand|Vietnam|Philippines|Australia|Canada|Mexico|Brazil|Argentina|Chile|Nigeria|Kenya|Ghana|Egypt|South Africa|New Zealand|Taiwan|Qatar|Saudi Arabia|United Arab Emirates|United Kingdom|United States';
/** A country's name alone, as a part of a header or a line's word ("United Kingdom", "LONDON, United Kingdom"'s second). */
export const COUNTRY_ALONE = new RegExp(`^(?:${COUNTRIES})$`, 'i');
/** A capitalised word of a town's name ("Port", "Hawkesbury", "St.") and what may follow a town: a state code or a country. */
const TOWN_WORD = "\\p{Lu}[\\p{L}.'-]+";
// (A state's abbreviation with its full stops too: "Santa Catarina, N.L.", "Vancouver, B.C.".)
const STATE_OR_COUNTRY = `\\p{Lu}{2,3}|(?:\\p{Lu}\\.){2,3}|${COUNTRIES}`;
/** A place and its country or state code ("Leeds, UK", "Portland, OR", "Bologna, Italy"). */
const PLACE_AND_COUNTRY = new RegExp(`(${TOWN_WORD}(?: ${TOWN_WORD})?)(?<!\\b(?:Ltd|Limited|Inc|LLC|LLP|PLC|GmbH|Pty|Pte|Co|Corp|Group|Holdings)\\.?), (${STATE_OR_COUNTRY})(?![\\p{L}])`, 'gu');

/** A line that is only a town and its state or country ("San Antonio, TX", "Port Hawkesbury, NS", "Bray, Ireland"). */
export function isTownLine(text: string): boolean {
  return TOWN_LINE.test(text.trim());
}
const TOWN_LINE = new RegExp(`^${TOWN_WORD}(?: ${TOWN_WORD}){0,2}, (?:${STATE_OR_COUNTRY})$`, 'u');

/** A part of an entry header, and whether a comma came before it ("Wrenfield Distribution, Chicago"). */
export interface HeaderPart {
  text: string;
  /** Written after a comma ("Wrenfield Distribution, Chicago"): where it reads as a place, the last choice for a field. */
  afterComma: boolean;
  /** In brackets that close the header ("Care Assistant, Harrowgate Inn (Leeds)"): where it reads as a place, the header's place. */
  closing?: boolean;
}

/**
 * What job boards print beside a company in brackets, which is neither company nor title: its size ("150-500人",
 * "少于50人", "51-200 employees"), the time spent there ("6年8个月", "5 years 7 months", "2 yrs 3 mos"), and the hours
 * a federal résumé gives beside the dates ("02/2020 - Present; 40 hours per week").
 */
// (The time in the words of LinkedIn's page in other languages too: "2 lata 10 mies.", "5 Jahre 2 Monate", "3 ans 1 mois";
// and as a total, "共 9 年 9 个月".)
export const YEARS_WORD = '(?:years?|yrs?|lata|lat|rok|jahre?|ans?|años?|anos?|anni|anno|jaar)';
export const MONTHS_WORD = '(?:months?|mos?|mies|miesi[ęą]c[ey]?|monate?|mois|mes(?:es)?|meses|mesi|mese|maanden|mnd)';
const ASIDE = new RegExp(`^(?:(?:少于|多于)?\\d+(?:\\s*-\\s*\\d+)?\\s*人(?:以上|以下)?|\\d+(?:\\s*-\\s*\\d+)?\\+?\\s*employees|(?:共|总计|合计|累计|約|约)?\\s*(?:\\d+\\s*(?:年|个月|個月|[ヶかカケヵ]月|개월|년|${YEARS_WORD}|${MONTHS_WORD})\\.?\\s*)+|(?:hours per week:?\\s*)?\\d+\\s*(?:hours|hrs)(?:\\s*(?:per|a|\\/)\\s*week)?)$`, 'iu');

/** Splits an entry header into its parts: "Acme Inc | Senior Engineer", "Engineer at Acme", "阿里巴巴 · 高级工程师". */
/** A title's noun, a comma and the business function it is for, up to the header's next field (see `headerSegments`). */
// (And a student's or an engineer's field: "Working Student, Embedded Software", "Intern, Data Engineering".)
const FUNCTION_AFTER_TITLE = /\b(Manager|Director|Head|Lead|Officer|Specialist|Analyst|President|VP|Supervisor|Coordinator|Controller|Partner|Student|Intern|Trainee|Engineer|Developer|Scientist),\s(?=(?:Global |Regional )?(?:Embedded Software|Software(?: Development| Engineering)?|Data(?: Science| Engineering| Analytics)?|Machine Learning|Supply Chain|Procurement|Purchasing|Finance|Human Resources|Marketing|Sales|Operations|Engineering|Quality(?: Assurance)?|Compliance|Legal|Information Technology|Customer Service|Business Development|Strategy|Treasury|Internal Audit|Accounting|Communications|Facilities|Research (?:&|and) Development|R&D)(?:\s+(?:&|and)\s+(?:Planning|Operations|Marketing|Finance|Logistics|Administration))?(?:\s*$|\s*[|·•(—–,]|\s+-\s|\s{3,}))/g;

export function headerSegments(text: string): HeaderPart[] {
  const pieces = text
    // An entry's number, as Chinese documents number them ("(一)2020年8月至今,南京市栖霞区实验中学,数学教师", "二、", "①"),
    // and job boards' exports ("1. Assistant Manager, Merchandising ( January 1, 2022 - Continuing)").
    .replace(/^\s*(?:[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）]|[一二三四五六七八九十]{1,3}[、.．]|[①-⑳])\s*/u, '')
    .replace(ENTRY_NUMBER, '')
    // An employer in lenticular brackets before the title, as a Chinese CV sets it: "【华瑞冶金工程技术有限公司】工程师".
    .replace(/^\s*【([^【】]{2,40})】\s*(?=[^\s【])/u, '$1   ')
    // Brackets inside a note's brackets ("Flight Instructor (FI(A))") are the note's.
    .replace(/\(([^()]*)\(([^()]*)\)([^()]*)\)/g, '($1 $2$3)')
    // A note of a few short words listed in brackets ("Data Analyst (Risk, Fraud), Barclays", "Engineer (Platform,
    // Payments)", each part capitalised) is one note: its commas separate no fields of the header.
    .replace(/[(（]([^()（）]{3,48})[)）]/g, (note: string, inside: string) => (/,/.test(inside) && inside.split(/,\s*/).every((w) => /^[\p{Lu}\d][\p{L}\d&'’.-]*(?:\s+[\p{L}\d&'’.-]+){0,2}$/u.test(w.trim())) ? note.replace(/,\s*/g, '\u0002 ') : note))
    // A kind of work in square brackets after the header ("[Freelance]", "[Internship]") says how, not who: it goes.
    // ("Graphic Designer | Freelance" keeps it: there it stands where an employer would.)
    .replace(/\s*\[(?:freelance|internship|contract|part[- ]time|full[- ]time|remote|temporary|volunteer|seasonal|实习|兼职|全职)\]/gi, ' ')
    // "Leeds, UK", "Portland, OR", "Bologna, Italy": a place and its country or state code stay one part (a location,
    // not a title).
    .replace(PLACE_AND_COUNTRY, '$1\u0002 $2')
    // A legal form after a comma ("Co., Ltd.", "Acme, Inc.") and a place in brackets before one ("Amberfield Trading
    // (Shanghai) Co., Ltd.", as Chinese subsidiaries are named) are the company's name, not fields of their own.
    .replace(/,\s(?=(?:Ltd|Limited|Inc|LLC|LLP|PLC|GmbH|Pty|Pte)\b)/gi, '\u0002 ')
    // (And the other countries' forms, written in their own case: "Atlântico Engenharia, S.A.", "Vela, S.p.A.", "Acme, Lda.".)
    .replace(/,\s(?=(?:S\.?A|S\.?L|S\.?p\.?A|S\.?r\.?l|S\.?A\.?S|B\.?V|N\.?V|AG|AB|Oy|Lda|Ltda|SARL|SAS)\.?(?![\p{L}]))/gu, '\u0002 ')
    // (In capitals too, "HARBOURFRONT SOURCING (HK) LTD."; and "Kulim Photonics (M) Sdn. Bhd.". Not a lower-case word:
    // "Recruitment Consultant (contract) company: Hays plc".)
    .replace(/\(([^()]{1,30})\)(?=\s*(?:Co\b|Company|Ltd|Limited|Inc|Corp|Corporation|GmbH|Pte|Pty|Pvt|Sdn|LLC|Holdings|Group|CO\b|COMPANY|LTD|LIMITED|INC|CORP|CORPORATION|GMBH|PTE|PTY|PVT|SDN|HOLDINGS|GROUP)\b)/g, '\u0003$1\u0004')
    // So is a Korean company's legal form in brackets, before or after its name: "누리온네트웍스(주)", "(주)한빛소프트".
    .replace(/(?<=[\uac00-\ud7a3])\s?[(（](주|유|사|재)[)）]|[(（](주|유|사|재)[)）]\s?(?=[\uac00-\ud7a3])/gu, (_: string, after?: string, before?: string) => `\u0003${after ?? before}\u0004`)
    // So is a place in brackets inside a Chinese name: "德尔森(苏州)精密部件有限公司".
    .replace(/(?<=[\u4e00-\u9fff])[(（]([\u4e00-\u9fff]{1,6})[)）](?=[\u4e00-\u9fff]*(?:公司|集团|厂|银行|医院|事务所|研究院|中心))/gu, '\u0003$1\u0004')
    // And a Chinese partnership's legal form in brackets after its name: "上海信中会计师事务所（特殊普通合伙）".
    // (Not before the post run on after it, "…事务所（特殊普通合伙）审计助理": the brackets part the two.)
    .replace(/(?<=[\u4e00-\u9fff])[(（]((?:特殊)?普通合伙|有限合伙)[)）](?=\s|$|[|·,，])/gu, '\u0003$1\u0004')
    // A business function after a title's noun and a comma ("Senior Manager, Supply Chain", "Director, Human
    // Resources", as multinationals title their managers) is the title's: no company.
    .replace(FUNCTION_AFTER_TITLE, '$1\u0002 ')
    .replace(/\s+(?:at|@)\s+/i, ' | ')
    // A Japanese company's legal form set apart from its name by a space, before or after it ("株式会社 翻訳舎ことのは",
    // "Hoshimori Games 株式会社"), is the name's: no field ends there.
    .replace(/(?<=^|\s{2}|[|·])((?:株式|有限|合同)会社)\s(?=\S)|(?<=\S)\s((?:株式|有限|合同)会社)(?=\s{3}|\s*[|·,]|$)/gu, (_: string, before?: string, after?: string) => (before ? `${before}\u0005` : `\u0005${after}`))
    // Chinese does not put spaces between words: a space between two Chinese phrases separates fields.
    .replace(/(?<=[\u4e00-\u9fff）)])\s+(?=[\u4e00-\u9fff（(A-Z])|(?<=[a-z.])\s+(?=[\u4e00-\u9fff])/g, ' | ')
    // A comma after Chinese is a field's end too: NFKC turns "公司，苏州" into "公司,苏州", with no space after it.
    .split(/(\s{3,}|\s[|·•—–-]\s|\s--\s|[|·•]|,\s|(?<=[\u4e00-\u9fff]),|，|\t|\s\/\s|（|）|\(|\)|\[|\])/);
  const out: HeaderPart[] = [];
  // An employer and the post held there written as one phrase, as a 履历表's 简历 writes them ("洛阳市第三人民医院护师",
  // "上海浦江水务投资有限公司财务主管"): two parts, when what follows the employer's last word is a title.
  for (let i = 0; i < pieces.length; i += 2) {
    const glued = GLUED_EMPLOYER_TITLE.exec(pieces[i]!.trim());
    if (glued && isTitleLike(glued[2]!) && !/[学习读]$/.test(glued[2]!)) pieces.splice(i, 1, glued[1]!, ' | ', glued[2]!);
  }
  for (let i = 0; i < pieces.length; i += 2) {
    const part = pieces[i]!
      .replaceAll('\u0002', ',')
      .replaceAll('\u0003', '(')
      .replaceAll('\u0004', ')')
      .replaceAll('\u0005', ' ')
      .trim()
      .replace(/^[,;:：\-–—|]+|[,;:：\-–—|]+$/g, '')
      .trim()
      // A field's label inside a header's field: "Designation: Lead Engineer", "Position: Senior Engineer", "Company: Acme".
      .replace(/^(?:designation|position|job title|title|role|company|employer|organi[sz]ation|duration|period)\s*[:：]\s*(?=\S)/i, '')
      // Said, not written, as a call's transcript has it: "我在东岳证券股份有限公司", "做研究员。".
      .replace(/^(?:我(?:在|于|於)|(?:做|担任|擔任)(?=[\u4e00-\u9fffA-Za-z]{2,10}。?$))/u, '')
      .replace(/(?<=^[\u4e00-\u9fffA-Za-z]{2,10})。$/u, '');
    // A school's grade taught, after the title ("Student Teacher, Grade 3, …", "Instructional Coach (K-5), …"), and a
    // roster in brackets after it ("Electrician (FIFO 2:1)", "Operator (14/14 rotation)"): the title's.
    const grade = /^(?:(?:grade|year|class|form)\s*\d{1,2}(?:\s*[-–&]\s*\d{1,2})?|grades?\s+\d{1,2}\s*[-–]\s*\d{1,2}|(?:p?k|pre-?k)\s*[-–]\s*\d{1,2})$/i.test(part);
    const roster = /^[(（]$/.test(pieces[i - 1] ?? '') && /\b(?:FIFO|DIDO|roster|rotation|swing|shifts?)\b|^\d{1,2}\s*[:/]\s*\d{1,2}$/i.test(part);
    if (out.length > 0 && (grade || roster)) {
      out.at(-1)!.text = `${out.at(-1)!.text} (${part})`;
      continue;
    }
    // (Nor a date's word glossed in brackets after it, as a bilingual CV writes "depuis sept. 2020 (since)", "sinds
    // jan. 2023 (since)".)
    if (part.length === 0 || /^(?:remote|hybrid|on[- ]site|full[- ]time|part[- ]time|contract|全职|兼职)$/i.test(part) || ASIDE.test(part) || /^(?:since|currently|在籍中)$/i.test(part) || isOpenEnd(part)) continue;
    // Working for oneself, in brackets after the title ("Dog Trainer (self-employed), Berlin"): the employer's part.
    if (out.length > 0 && /^[(（]$/.test(pieces[i - 1] ?? '') && /^(?:self[- ]employed|freelance|selbst(?:st)?ändig|freiberuflich|aut[óo]nomo|ind[ée]pendant)$/i.test(part)) {
      out.push({ text: part, afterComma: false });
      continue;
    }
    // Nor how the job was held, in brackets after the title or in a table's cell of its own: "(Co-op)", "(Internship)",
    // "(Permanent)". (Not written as a field after a comma: "Customer Team Member, Co-op, Manchester" names the Co-op.)
    if (out.length > 0 && /^(?:[(（]|\s{3,})$/.test(pieces[i - 1] ?? '') && /^(?:co-?op|internship|(?:industrial )?placement|temporary|permanent|volunteer|seasonal|casual|fixed[- ]term|locum)$/i.test(part)) continue;
    // Two titles of one role across a slash ("Tree Planter / Crew Lead", "Lighting Programmer / Crew Chief") are one title.
    const last = out.at(-1);
    const short = (t: string) => t.split(/\s+/).length <= 3;
    if (last && /^\s\/\s$/.test(pieces[i - 1] ?? '') && (isTitleLike(last.text) || isTitleLike(part)) && !isCompanyLike(last.text) && !isCompanyLike(part) && short(last.text) && short(part)) last.text = `${last.text} / ${part}`;
    // A note in brackets after a title, with more of the header after it, is the title's ("Early Career Teacher
    // (Science), Kingsmead Academy", "Engineer (Band 6), …"); in the brackets that close the header it is a place,
    // unless it is written in lower case, as no place is: "Summer Intern (compulsory internship)".
    // (Nor is an acronym's note in lower case, "(SAICA articles)", "(NHS placement)": not "(Deloitte via Hays)", "(Tesco
    // Extra store)", an employer's name.)
    else if (last && /^[(（]$/.test(pieces[i - 1] ?? '') && /^[)）]$/.test(pieces[i + 1] ?? '') && (pieces.slice(i + 2).some((p) => p.trim() !== '') || /^\p{Ll}/u.test(part) || /^\p{Lu}{2,6}(?:\s\p{Ll}{3,})+$/u.test(part)) && isTitleLike(last.text) && !isCompanyLike(last.text) && !isCompanyLike(part) && short(part)) last.text = `${last.text} (${part})`;
    else {
      // In brackets that close the header: "(Leeds)" in "Care Assistant, Harrowgate Inn (Leeds)".
      const closing = /^[(（]$/.test(pieces[i - 1] ?? '') && /^[)）]$/.test(pieces[i + 1] ?? '') && pieces.slice(i + 2).every((p) => p.trim() === '');
      // (A town of one word after an employer's name and a middle dot, the line's two parts, is as one after a comma:
      // "Brackenfield Building Society · Leeds". Not "Mechanical Engineer · Kilbrack Medical Devices".)
      const lastAfterDot = i === 2 && pieces.length === 3 && /^\s?·\s?$/.test(pieces[1]!) && /^\p{Lu}[\p{Ll}'’-]+$/u.test(part) && out.length === 1 && !isTitleLike(out[0]!.text);
      out.push({ text: part, afterComma: /^[,，]/.test(pieces[i - 1] ?? '') || lastAfterDot, ...(closing ? { closing } : {}) });
    }
  }
  return out;
}

/** A Chinese employer's name up to its last word (公司, 医院, 事务所 …), then a few more characters: a post held there. */
const GLUED_EMPLOYER_TITLE = /^([\u4e00-\u9fff]{2,30}?(?:有限公司|公司|集团|医院|事务所|银行|研究院|研究所|中心|学校|中学|小学|大学|学院|委员会|办事处))([\u4e00-\u9fff]{2,8})$/u;

/** The parts of an entry header (see `headerSegments`). */
export function headerParts(text: string): string[] {
  return headerSegments(text).map((p) => p.text);
}

/** A column a work table's heading row names: an entry's field, or one of none ("Reason for leaving"). */
export type ColumnField = LabelField | 'other';

/**
 * The fields of a table's columns, from its heading row ("Position   Employer   Dates", "职位   公司名称   时间"): by
 * its labels, when it names both a company and a title column and nothing they do not know; else by the words of
 * its cells (see `headingField`).
 */
/**
 * A work table's heading row: its columns named (see `workColumnFields`), or dates columns beside one column that names
 * both the employer and the title ("自何年何月   至何年何月   在何单位、任何职务", "Dates   Position and employer").
 */
export function isWorkHeadingRow(line: string): boolean {
  return workColumnFields(line) !== null || datesAndTwoFields(line.split(/\s{3,}/).map((c) => c.trim()).filter(Boolean));
}

/**
 * Headings of dates columns and one column naming both the employer and the title; also the duties' ("Main results")
 * when that column says "employer" or "company" (an education or activities table heads its columns "Institution &
 * Title of Qualification | Results", "Organisation & Role | Outcomes").
 */
const datesAndTwoFields = (cells: string[]) => {
  const two = cells.filter(isTwoFieldHeading);
  if (cells.length < 2 || two.length !== 1 || !cells.some((c) => headingField(c) === 'dates')) return false;
  const duties = cells.some((c) => !isTwoFieldHeading(c) && headingField(c) === 'description');
  return cells.every((c) => isTwoFieldHeading(c) || headingField(c) === 'dates' || headingField(c) === 'description') && (!duties || /\b(?:employers?|company|firm)\b|单位|公司|雇主/i.test(two[0]!));
};

export function workColumnFields(line: string): ColumnField[] | null {
  const cells = line.split(/\s{3,}/).map((c) => c.trim()).filter(Boolean);
  const fields = cells.map(labelField);
  if (cells.length >= 2 && !fields.some((f) => f === null) && fields.includes('company') && fields.includes('title')) return fields as LabelField[];
  // A form's heading row in its own words ("Name & address of employer   Post held   From (mm/yyyy)   To (mm/yyyy)
  // Reason for leaving"): read by the words of its cells, when they name one employer column, one title column and
  // the dates, and every cell is a heading.
  const worded = cells.map(headingField);
  const one = (field: ColumnField) => worded.filter((f) => f === field).length === 1;
  // (Two title columns, as a form's 職稱 and 職務: the first is the title.)
  if (cells.length < 3 || worded.some((f) => f === null) || !one('company') || !worded.includes('title') || !worded.includes('dates')) return null;
  return worded as ColumnField[];
}
