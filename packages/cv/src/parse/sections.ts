import type { SectionKind } from '../types';
import { foldForMatch, HAN, simplified } from './normalize';
import { isCompanyLike, isTitleLike, isWorkHeadingRow, orgThenPost } from './roles';
import { findDateRange } from './dates';

/** Heading synonyms, English and Chinese, folded (NFKC, lower case). */
const HEADINGS: Record<Exclude<SectionKind, 'contact'> | 'contact', string[]> = {
  experience: [
    'experience', 'experiences', 'jobs', 'work experience', 'qualifying work experience', 'qualifying experience', 'relevant work experience', 'work experiences', 'professional experience', 'work history', 'employment', 'employment history',
    'professional career', 'experience profile', 'sea service', 'sea service record', 'sea-going service', 'sea time', 'seagoing service',
    'career history', 'relevant experience', 'career', 'internships', 'internship', 'internship experience',
    // (A farm worker's seasons, a seafarer's or a soldier's record under the trade's own word.)
    'farming history', 'farming experience', 'farm experience', 'dairy farming history', 'farm work history', 'military history', 'military service', 'army service', 'military experience', 'military career', 'service history', 'service record', 'armed forces service', 'naval service', 'raf service',
    // The older jobs under a career told in sentences: "Earlier:" over "UX Designer — Pampa Interactiva S.R.L. · Apr 2014–Aug 2017".
    'earlier', 'previously', 'earlier career', 'earlier positions',
    // An academic CV's posts under one word (the German Research Foundation's template: "Academic career" over the
    // degrees, "Positions" over the posts).
    'positions',
    // A contractor's history, a timeline, and paid and unpaid work under one heading (NHS and charity applications).
    'client and employment log', 'employment log', 'work log', 'contract history', 'contract experience', 'contract roles', 'freelance history', 'freelance experience', 'freelance work', 'freelance practice', 'freelance clients', 'interim assignments',
    // (A career told as moves up one ladder: "CAREER PROGRESSION".)
    'career progression',
    'career timeline', 'employment timeline', 'work timeline', 'timeline', 'employment and voluntary work', 'employment and volunteering', 'work and volunteering', 'paid and voluntary work', 'paid and unpaid work', 'work and voluntary experience', 'employment and voluntary experience',
    // A teaching post's application form: service in schools, and the jobs outside them.
    'teaching service', 'teaching career', 'teaching posts', 'teaching appointments', 'teaching experience', 'teaching record', 'teaching history', '全职任职', '兼职任职', '全职工作', '兼职工作', '项目合同', '合同项目', 'my working life', 'my working life so far', 'working life', 'career so far', 'my career so far', 'teaching employment', 'non-teaching employment', 'non-teaching experience', 'other employment', 'other work experience',
    // A government bio-data proforma's item ("7. Details of Employment, in chronological order. Enclose …").
    'details of employment', 'employment details', 'details of experience', 'experience details', 'details of service', 'service record', 'service history', 'record of service',
    'previous work', 'previous employment', 'present employment', 'current employment', 'present or most recent employment', 'current or most recent employment', 'present or last employment', 'current or last employment', 'present or most recent employer', 'current or most recent employer', 'current employer', 'present employer', 'apprenticeship', 'apprenticeships', 'present post', 'current post', 'previous positions', 'previous position', 'previous posts', 'previous appointments', 'other positions held', 'present appointment', 'current appointment', 'previous employers', 'present work',
    '以前的工作', '以前工作', '目前工作', '现工作单位', '工作情况',
    '工作经历', '工作经验', '职业经历', '工作履历', '实习经历', '任职经历', '工作经历与成就',
    // A 履历书's (Japan's 履歴書's) career rows under their own heading.
    '职历', '職歴', '職歷', '职歴',
  ],
  projects: ['projects', 'project experience', 'key projects', 'selected projects', 'personal projects', '项目经历', '项目经验', '项目', '主持项目', '科研项目', '承担项目'],
  education: ['教育履历', '学习履历', 'education', 'educational qualifications', 'tertiary education', 'education background', 'educational background', 'academic background', 'education and training', 'academic qualifications', '教育背景', '教育经历', '学历', '教育', '教育和培训', '教育与培训', '教育及培训'],
  skills: [
    'skills', 'technical skills', 'core skills', 'key skills', 'skills & tools', 'skills and tools', 'competencies',
    'core competencies', 'technologies', 'tech stack', 'tools', 'technical proficiencies', 'skill set', 'skillset', 'expertise',
    'skills summary', 'skills & expertise', 'skills and expertise', 'technical expertise', 'areas of expertise', 'fields of expertise', 'key competencies',
    'tools & technologies', 'tools and technologies', 'technical toolkit', 'toolkit', 'toolbox', 'programming languages',
    'languages & tools', 'languages and tools', 'technical proficiency', 'proficiencies', 'core strengths', 'strengths',
    'software', 'frameworks', 'platforms', 'tooling', 'personal skills', 'personal skills and competences', 'personal skills and competencies',
    'technical skills and competences', 'technical skills and competencies', 'job-related skills', 'digital competence', 'digital competences', 'digital skills',
    // Europass-style sentence case and a licensing form's "Areas of practice / competence".
    'competences', 'key competences', 'core competences', 'areas of competence', 'main areas of competence', 'competence areas', 'technical competence areas', 'technical competence', 'technical competences', 'areas of technical competence', 'areas of practice', 'areas of practice / competence',
    '专业技能', '技能', '技能特长', '技术栈', '个人技能', '技术能力', '专业技能与工具', '技能清单', '工具', '技能证书', '技能标签', '专业技能标签', '能力标签', '核心能力', '专业能力', '核心技能', '职业技能', '专业技能特长', '技能描述', '专业技能描述', '技能概述', '技能总结', '技术技能', '技能与工具', '技能及工具',
    // A form's label cell ("专业特长   XRD、TEM…" on 政审表 and 专家库 forms, 业务专长 on a 执业注册 form, 專長 on 公務人員履歷表).
    '专业特长', '业务专长', '专长', '特长', '擅长', '擅长领域', '专业擅长', '技能专长', '个人专长', '专业专长', '技术专长', '技能特点', '我会的',
    // (A Japanese 履歴書's: "特技・スキル（使用ツール）".)
    '特技・スキル', '特技・スキル(使用ツール)', 'スキル', '特技', 'pcスキル', '資格・スキル', 'テクニカルスキル', '活かせる経験・知識・技術',
  ],
  summary: ['summary', 'profile', 'professional summary', 'about me', 'about', 'objective', 'career objective', 'personal statement', '个人简介', '自我评价', '个人总结', '求职意向', '个人优势', '个人简介与优势', '自我描述', '期望工作', '职业目标', '应征职位', '应徵职位', '应聘职位', '应聘岗位'],
  contact: ['contact', 'contact information', 'contact info', 'contact details', 'personal information', 'personal info', 'personal details', '联系方式', '个人信息', '基本信息'],
  other: [
    'certifications', 'certificates', 'languages', 'awards', 'honors', 'honours', 'interests', 'hobbies', 'publications',
    'references', 'volunteer', 'volunteering', 'volunteer roles', 'volunteer positions', 'volunteer work', 'voluntary work', 'voluntary roles', 'voluntary positions', 'volunteering roles', '志愿经历', '志愿者经历', '志愿服务', '义工经历', '公益经历', 'activities', 'achievements', 'qualifications', 'professional qualifications',
    'licences', 'licenses', 'bar admissions', 'memberships', 'professional memberships', 'tickets', 'registration',
    'languages spoken', 'spoken languages', 'language proficiency', 'quals', 'quals & training', 'quals and training',
    // Europass's own labels (2004–2020): its language grid under "Personal skills", whose words are no skills of the
    // person's. (Not "Digital competence": it lists software as often as it holds the self-assessment grid.)
    'mother tongue', 'mother tongues', 'other language', 'other languages', 'additional information', 'other relevant information',
    // A form's closing sections, after which nothing is a skill or a job: referees, its declaration. (Not "Referee", a
    // column of a work table.)
    'referees', 'declaration', 'attestation', 'declaration and countersignature', 'declaration and signature', 'declaration and consent', '声明', '本人声明', '承诺', '本人承诺', '诚信承诺', '申请人承诺', '考生承诺',
    // (And the family and emergency contacts a Chinese form asks for, its certificates held and its record of results.)
    '紧急联系人', '家庭成员',
    // (A form's awards and record, after its skills: 何时何地受过何种奖励, 奖惩情况, 主要事迹.)
    '奖励', '奖惩情况', '奖惩', '何时何地受过何种奖励', '受过何种奖励', '主要事迹', '先进事迹', '家庭主要成员', '主要家庭成员', '家庭情况', '家庭主要成员及重要社会关系', '持有证书', '所获证书', '获得证书', '科研及业务成果', '业务成果', '证书', '资格证书', '语言能力', '语言', '外语', '外语能力', '外语水平', '获奖情况', '荣誉奖项', '兴趣爱好', '其他', '论文', '发表论文', '科研成果', '论文与专利',
  ],
};

/**
 * Headings as Danish, Norwegian, Swedish, Dutch and German CVs write them, alone or before their English
 * ("ERHVERVSERFARING / EXPERIENCE", "UDDANNELSE/EDUCATION", "Werkervaring"): named, not guessed from a heading's
 * shape, for "HEALTHCARE/EDUCATION" or "FREELANCE/PROJECTS" over a job is a field.
 */
const NORTHERN: Partial<Record<SectionKind, string[]>> = {
  experience: ['erhvervserfaring', 'arbejdserfaring', 'arbeidserfaring', 'yrkeserfaring', 'arbetslivserfarenhet', 'arbetserfarenhet', 'werkervaring', 'berufserfahrung', 'beruflicher werdegang',
    // A German freelancer's profile lists its contracts, client by client, as its work history (GULP, freelancermap).
    'projekthistorie', 'projekterfahrung', 'projekterfahrungen', 'projektübersicht', 'projektliste', 'berufliche stationen',
    // (And Polish and Czech CVs': "Doświadczenie zawodowe", "Pracovní zkušenosti".)
    'doświadczenie zawodowe', 'doświadczenie', 'przebieg pracy zawodowej', 'historia zatrudnienia', 'pracovní zkušenosti', 'praxe'],
  education: ['uddannelse', 'utdanning', 'utbildning', 'opleiding', 'opleidingen', 'ausbildung', 'bildungsweg', 'wykształcenie', 'vzdělání'],
  skills: ['kompetencer', 'kompetanse', 'kompetenser', 'færdigheder', 'ferdigheter', 'färdigheter', 'vaardigheden', 'kenntnisse', 'fähigkeiten', 'umiejętności', 'dovednosti'],
  summary: ['profil', 'profiel', 'om mig', 'om meg', 'over mij', 'über mich'],
  other: ['języki', 'języki obce', 'jazyky', 'sprog', 'språk', 'talen', 'sprachen', 'certificering', 'certificeringer', 'kurser', 'referencer', 'referenser', 'referenties', 'interesser', 'intressen'],
};

/**
 * Headings as Spanish, Portuguese, French and Italian CVs write them, alone or before their English ("Experiencia /
 * Experience", "Idiomas / Languages", "Expériences professionnelles"): named, like NORTHERN's, not guessed.
 */
const SOUTHERN: Partial<Record<SectionKind, string[]>> = {
  experience: ['experiencia', 'experiencia profesional', 'experiencia laboral', 'trayectoria profesional', 'historial laboral', 'experiência', 'experiência profissional',
    'expérience', 'expériences', 'expérience professionnelle', 'expériences professionnelles', 'parcours professionnel', 'esperienza', 'esperienze', 'esperienza professionale',
    'esperienze professionali', 'esperienza lavorativa', 'esperienze lavorative'],
  // (Not "Formation", "Formación", "Estudios" alone: an English word, a training duty, a studio's name.)
  education: ['formación académica', 'educación', 'formação académica', 'formação acadêmica', 'formation académique', 'istruzione', 'istruzione e formazione'],
  skills: ['habilidades', 'habilidades técnicas', 'competencias', 'conocimientos', 'competências', 'conhecimentos', 'compétences', 'compétences techniques', 'competenze', 'competenze tecniche',
    // (A job centre's form asks for computer and technical knowledge: "3. CONOCIMIENTOS INFORMÁTICOS Y TÉCNICOS".)
    'conocimientos informáticos', 'conocimientos técnicos', 'conocimientos informáticos y técnicos', 'competencias digitales', 'compétences informatiques', 'connaissances informatiques', 'competenze informatiche', 'competenze digitali', 'conhecimentos informáticos'],
  summary: ['perfil', 'perfil profesional', 'perfil profissional', 'sobre mí', 'sobre mim', 'resumen', 'à propos', 'profilo'],
  contact: ['contacto', 'contato', 'datos personales', 'dados pessoais', 'coordonnées', 'informations personnelles', 'dati personali', 'contatti'],
  other: ['idiomas', 'línguas', 'langues', 'lingue', 'certificaciones', 'certificados', 'referencias', 'références', 'referências', 'intereses', 'loisirs', "centres d'intérêt", 'interessi', 'certificações', 'certificazioni'],
};

/**
 * Headings as Korean CVs and portals' forms write them ("경력사항", "학력사항", "보유 기술", "자격증"): named, like NORTHERN's.
 */
const KOREAN: Partial<Record<SectionKind, string[]>> = {
  experience: ['경력', '경력사항', '경력 사항', '주요 경력', '주요경력', '직장 경력', '직장경력', '경력 기술', '경력기술서'],
  education: ['학력', '학력사항', '학력 사항'],
  skills: ['보유 기술', '보유기술', '기술 스택', '기술스택', '스킬'],
  summary: ['자기소개', '자기 소개', '자기소개서', '소개'],
  other: ['자격증', '자격 사항', '자격사항', '어학', '어학 능력', '수상', '수상 경력', '대외활동', '병역', '병역사항'],
};

const LOOKUP = new Map<string, SectionKind>();
for (const table of [HEADINGS, NORTHERN, SOUTHERN, KOREAN]) for (const [kind, names] of Object.entries(table)) for (const name of names ?? []) LOOKUP.set(name, kind as SectionKind);
/** The same names without their spaces, for headings set letter by letter (see `spacedOut`). */
const COMPACT = new Map([...LOOKUP].map(([name, kind]) => [name.replace(/ /g, ''), kind]));

/**
 * A heading set with CSS letter-spacing comes out of pdfjs as its letters one by one, save the pairs a font kerns
 * ("P R O F E SS I O N A L E X P E R I E N C E"), and with its word breaks lost. Mostly single letters, then.
 */
function spacedOut(folded: string): boolean {
  const tokens = folded.split(' ');
  return tokens.length >= 4 && tokens.filter((t) => t.length === 1).length >= tokens.length * 0.6 && tokens.every((t) => t.length <= 3);
}

/**
 * Icons templates put before a heading: an icon font's private-use glyphs (Font Awesome in a PDF), symbols and
 * emoji (★, ✉, 💼), with their variation selectors.
 */
const ICON = '\\p{Co}\\u2190-\\u2BFF\\u{1F000}-\\u{1FAFF}\\uFE0F';
/** Icons at the start of a line. */
export const LEADING_ICONS = new RegExp(`^[\\s${ICON}]+`, 'u');
// (And a coder's template's comment or tag around its headings: "// experience", "<Skills />".)
const LEADING = new RegExp(`^[\\s#*■□▪●•◆◇>|=_\\-–—【\\[(${ICON}]+|^\\s*(?:\\/\\/+|<)\\s*`, 'u');

/** A form's part or section number: "Section 2 -", "Part II", "PART 5:". */
const PART_NUMBER = String.raw`(?:section|part)\s+(?:\d{1,2}[a-h]?|[ivx]{1,4}|[a-h])\b\s*[-–—:.]?`;

/**
 * A heading's number, as Word 简历 templates and numbered CVs set them: "一、工作经历", "（二）教育背景", "3. Skills",
 * "IV. EDUCATION", "Ⅳ 专业技能", and as application forms do: "Section 2 - Employment history", "Part II Employment Record",
 * "C. EMPLOYMENT HISTORY", "C2. Professional skills", and a number without its dot before two words or more ("3 Key
 * skills"; not "3 Languages", a list of key facts), and a funder's form its parts' sub-parts: "2e Methods, tools and skills".
 */
const NUMBERING = new RegExp(String.raw`^(?:\d{1,2}\.\d{1,2}\s+(?=[\u4e00-\u9fff])|${PART_NUMBER}|[a-hA-H]\d{0,2}[.)]\s+|(?:[一二三四五六七八九十]{1,3}|\d{1,2}|[ivx]{1,4})\s*[、.．)）]|(?:\d{1,2}|[ivx]{1,4})\s+(?=[\u4e00-\u9fff])|\d{1,2}\s+(?!(?:years?|yrs?|months?)\b)(?=\p{L}+\s+\p{L})|\d{1,2}[a-h][.)]?\s+(?=\p{L}+,?\s+\p{L})|[(（](?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）])\s*`, 'u');

/** A line without a form's part or section number before its heading ("PART 5: SKILLS / COMPÉTENCES"), its case kept. */
const PART_PREFIX = new RegExp(String.raw`^${PART_NUMBER}\s*`, 'i');
const unnumbered = (line: string) => line.trim().replace(PART_PREFIX, '');

/** The section a line opens, or null when it is not a heading. Decorations (■, #, an icon, trailing colon) are ignored. */
export function headingKind(line: string): SectionKind | null {
  const folded = simplified(foldForMatch(line))
    // A heading repeated on the next page ("Experience (continued)", "EXPERIENCE cont.", "工作经历（续）").
    .replace(/\s*(?:[(（]\s*(?:continued|cont'?d?\.?|续)\s*[)）]|\s(?:continued|cont'?d?\.?))\s*$/u, '')
    // (Or its order told after it: "ARMY SERVICE (2008–2019), most recent first", "Employment – latest first".)
    .replace(/\s*[,;–—-]?\s*[(（]?(?:most recent|latest|newest|recent) first[)）]?\s*$/u, '')
    // (Or since when: "Freelance practice — clients since Nov 2015".)
    .replace(/\s[-–—]\s(?:[a-z]+\s){0,3}since\s[a-z]{0,9}\.?\s?(?:19|20)\d{2}$/u, '')
    .replace(LEADING, '')
    .replace(NUMBERING, '')
    // A form's field asked as a question: "有何特长" (what special skills), "有无专长".
    .replace(/^(?:有何|有无|何种)(?=[\u4e00-\u9fff]{2}$)/u, '')
    // A form's instruction in brackets between a heading's two languages ("以前的工作（全部列出，从近到远） PREVIOUS WORK").
    .replace(/^([\u4e00-\u9fff]+)\s*[(（][^()（）]{1,30}[)）]\s*(?=[a-z])/u, '$1 ')
    // A form's heading for what the post asks ("4. SKILLS AND COMPETENCES RELEVANT TO THE POST").
    .replace(/\s+(?:relevant|related|applicable) to (?:the|this) (?:post|position|role|job|vacancy)$/u, '')
    // A form asking for all of it ("Section C - Full employment history", "Complete work history").
    .replace(/^(?:full|complete|detailed)\s+(?=(?:employment|work|career)\b)/u, '')
    // The English half numbered again ("二、工作经历 2. Work experience").
    .replace(/^([\u4e00-\u9fff]+)\s*\d{1,2}[.、)]\s*(?=[a-z])/u, '$1 ')
    // (Dot leaders a text CV runs out to its width, "EXPERIENCE ........", and a tag's close, "<Skills />".)
    .replace(/\s*(?:[.·…]{4,}|\/>)\s*$/u, '')
    .replace(/[\s:：*■□▪●•◆◇<|=_\-–—】\])]+$/u, '')
    .replace(/\s+/g, ' ');
  // (A form's instruction in brackets after its heading may be long: "EMPLOYMENT HISTORY (start with the present or
  // most recent employer)". The heading before it is what is measured.)
  // A form's section on the gaps between jobs, numbered or asked ("Section 3A - Gaps in employment", "Please explain
  // any gaps in your employment history"): what is dated there is no job. (Not "Gaps in employment" inside a CV's work
  // section, or a form's "Gap in employment" block between its jobs: the next jobs follow.)
  if (/^\s*(?:(?:section|part)\s+\w{1,3}\b|please\b|explain\b|give\b)/i.test(line) && /^(?:please )?(?:explain |give details of |list )?(?:any )?gaps in (?:your )?(?:employment|work|career)(?: history| record)?$/u.test(folded)) return 'other';
  // (A form's numbered item with its instructions after it: "7. Details of Employment, in chronological order. Enclose a
  // separate sheet …" is headed by its words before the first comma or full stop.)
  const item = /^\s*\d{1,2}\.\s+([A-Z][^,.;:]{3,40})[,.;:]\s+\S/.exec(line);
  if (item && folded.length > 60) {
    const kind = headingKind(item[1]!);
    if (kind === 'experience') return kind;
  }
  if (folded.length === 0 || folded.replace(/\s*[(（][^()（）]{1,100}[)）]?$/u, '').length > 60) return null;
  // A portfolio's count after its heading ("WORK - 3 ROLES", "Experience · 5 positions", "EDUCATION — 2"): the heading
  // its words make; "Work" too, which names a section only so counted.
  const counted = /^(.{3,40}?)\s*[-–—·|:]\s*\d{1,2}(?:\s+(roles?|positions?|jobs?|posts?|companies|employers|entries|items|projects|degrees|years?))?$/u.exec(folded);
  if (counted) return headingKind(counted[1]!) ?? (counted[2] && /^(?:work|roles|jobs|career)$/.test(counted[1]!) ? 'experience' : null);
  // A sidebar's digest of a section: "Employment at a glance", "Career in brief", "Skills at a glance".
  const digest = /^(.{3,30}?)\s+(?:at a glance|in brief|in short|in numbers)$/u.exec(folded);
  if (digest) return headingKind(digest[1]!);
  // A carer's history by whom they cared for: "Families and centres I have cared for", "Families I've worked with".
  if (/^(?:families|households|clients|employers|homes)(?: (?:and|&) (?:centres|centers|nurseries|schools|agencies|families))? (?:i have|i've|i) (?:worked (?:for|with|in)|cared for|nannied for|looked after)$/u.test(folded)) return 'experience';
  // A career headed as where the person worked: "Where I've worked", "Places I have worked", "Companies I've worked for".
  if (/^(?:where|places|companies|organi[sz]ations|teams) (?:i have|i['’]ve|i) (?:worked|been)(?: (?:at|for|with|in|so far))?$/u.test(folded)) return 'experience';
  // "經歷" alone, as a Taiwanese or Hong Kong CV heads its jobs. (Not "经历" in simplified characters: a form's label
  // set down its cell a character a line, "学/习/经/历", leaves it alone on a line beside study.)
  if (/^[\s■□▪●•◆◇【\[]*經歷[\s:：】\]]*$/u.test(line)) return 'experience';
  // A work heading narrowed to a trade after a dash, in capitals: "WORK HISTORY – ELECTRICAL", "EXPERIENCE – HOSPITALITY".
  const narrowed = /^(.{3,40}?) - ([a-z][a-z &/]{1,30})$/u.exec(folded);
  if (narrowed && line === line.toUpperCase() && narrowed[2]!.split(' ').length <= 3 && lookup(narrowed[1]!) === 'experience') return 'experience';
  // (Or in sentence case after a long dash, what the jobs are told in small letters: "Work history — main and concurrent
  // roles", "Timeline — study and work (oldest first)".)
  const told = /^(\p{Lu}[\p{L} ]{2,30}?)\s+[-—–]\s+(\p{Ll}[\p{Ll} ,&/()-]{2,50})$/u.exec(line.trim());
  // (Only a record of the jobs: "Management experience — team of twelve" in a skills list is a skill.)
  if (told && told[2]!.split(/\s+/).length <= 6 && /^(?:(?:work|employment|career|professional|job) (?:history|experience|record|background)|(?:career )?(?:timeline|chronology))$/.test(foldForMatch(told[1]!).trim())) return 'experience';
  // Courses and training under their own heading: dated, and no job. (Alone: "Training & development" in a list is a skill.)
  if (/^(?:training|trainings|courses|training (?:&|and) courses|courses (?:&|and) training)$/.test(folded)) return 'education';
  // A short CV's "1. Present position" over the post (not a form's "11. Present position:" label over its value, with the
  // form's next numbered field under it).
  if (/^(?:present|current) position$/.test(folded) && !/[:：]\s*$/.test(line)) return 'experience';
  const kind = lookup(folded) ?? bilingualKind(folded) ?? glossedInChinese(folded) ?? englishAfterAsian(folded) ?? combinedKind(folded) ?? translatedKind(unnumbered(line)) ?? otherLanguageFirst(unnumbered(line)) ?? sharedHeadKind(folded) ?? workByHeadNoun(folded, line) ?? otherByHeadNoun(folded, line) ?? skillsByHeadNoun(folded, line) ?? qualifiedKind(folded, line) ?? formSkillsHeading(folded, line) ?? skillsUsedHeading(folded, line) ?? otherHeld(folded) ?? glossedKind(folded) ?? (LIST_ITEM.test(line) ? null : workInField(folded)) ?? gluedHeading(folded, line);
  if (kind !== null) return kind;
  // A heading in several languages set apart by middle dots or slashes ("WERKERVARING · EXPERIENCE 工作经历", "TALEN ·
  // LANGUAGES 语言", "CERTIFICATEN · CERTIFICATES"): the kind its parts name, where every part names it or, in capitals,
  // is its cognate ("Sales · Marketing" is a line of skills, "MENTOR / VOLUNTEER" no heading). In Chinese, a theme's
  // word before the heading it dresses ("行李额 · 技能" on a boarding-pass template, "带团 / 工作经历"): the last part's kind,
  // where it alone names one ("证书 · 语言" is two sections' headings, certificates and languages).
  // (Not a list's item: "• MODFLOW   Certificates / licences".)
  const parts = line.trim().split(/\s+[·|/]\s+/);
  if (parts.length >= 2 && parts.length <= 4 && !LIST_ITEM.test(line) && parts.every((p) => p.split(/\s+/).length <= 4)) {
    const kinds = parts.map((p) => headingKind(p));
    const named = [...new Set(kinds.filter((k) => k !== null))];
    const capitals = line === line.toUpperCase() && /[A-Z]/.test(line);
    const cognate = (p: string) => parts.some((q, k) => kinds[k] !== null && q.slice(0, 5).toLowerCase() === p.slice(0, 5).toLowerCase());
    if (/[A-Za-z]/.test(line)) {
      if (named.length === 1 && kinds.every((k, n) => k !== null || (capitals && cognate(parts[n]!)))) return named[0]!;
    } else if (kinds.at(-1) !== null && kinds.slice(0, -1).every((k) => k === null)) return kinds.at(-1)!;
  }
  // (A form's heading in two languages, numbered or with its instruction in brackets after it: "2. Expérience
  // professionnelle / Professional experience (la plus récente en premier / most recent first)".)
  const bare = line.trim().replace(/^\d{1,2}[.)]\s+(?=\p{L})/u, '').replace(/\s*[(（][^()（）]{1,100}[)）]\s*$/u, '');
  // (Or any heading with a note in brackets after it: "Contract history (freelance since 2019)".)
  // (Also with its order told after the note: "ARMY SERVICE (2008–2019), most recent first".)
  const ordered = line.trim().replace(/\s*[,;–—-]?\s*(?:most recent|latest|newest) first\s*$/iu, '');
  if (ordered !== line.trim() && /[)）]$/.test(ordered)) return headingKind(ordered);
  return bare !== line.trim() && (bare.includes('/') || /[)）]\s*$/.test(line)) ? headingKind(bare) : null;
}

/** The last words of headings that a letter-spaced heading may have run its words into. */
const GLUED_TAIL = /(?:experience|employment|history|timeline|skills|competencies|expertise|profile|summary|education|qualifications|certifications|languages|projects|interests|references)$/;

/**
 * A heading set letter-spaced in capitals whose word space was lost with the tracking ("C U L I N A R Y P R O F I L
 * E" → "CULINARYPROFILE", "KITCHENEXPERIENCE"): read as its words, the last one a heading's, when that reads as a
 * heading. Only one word of capitals, no longer than four words would be.
 */
function gluedHeading(folded: string, line: string): SectionKind | null {
  const bare = line.trim().replace(LEADING, '');
  if (!/^[a-z]{9,32}$/.test(folded) || bare !== bare.toUpperCase()) return null;
  const tail = GLUED_TAIL.exec(folded)?.[0];
  if (tail === undefined || folded.length - tail.length < 3) return null;
  const words = `${folded.slice(0, -tail.length)} ${tail}`.toUpperCase();
  return headingKind(words);
}

/** A list's item, not a heading: a bullet or a dash before its words. */
const LIST_ITEM = /^\s*[•·▪●◦■‣*\-–—]/u;

/** A work heading narrowed to a field after "in the" ("Work experience in the trade", "Experience in the sector"), as forms write them. */
function workInField(folded: string): SectionKind | null {
  const m = /^(.+?) in the [a-z]+(?:\s*[(（][^()（）]*[)）]?)?$/u.exec(folded);
  return m && lookup(m[1]!) === 'experience' ? 'experience' : null;
}

/** What a job's bullets are headed in a work section: not a section of its own there. */
const ENTRY_SUBHEADING = /(?:^|\s)(?:achievements|accomplishments|responsibilities|highlights)$/;

/** Nouns that name a section of neither work, study nor skills at the end of its heading ("Key Achievements", "PROFESSIONAL CERTIFICATIONS"). */
const OTHER_HEAD = /^(?:achievements|accomplishments|certifications|certificates|licences|licenses|awards|honours|honors|publications|interests|hobbies|references|memberships|affiliations|languages|activities|qualifications)$/;

/**
 * A section of another kind by the noun its heading ends in: "Key Achievements", "Selected Publications",
 * "PROFESSIONAL CERTIFICATIONS", "Awards & Honours". Two or three words of letters in capitals or title case, none
 * naming skills, work or study ("Skills & Certifications" is read by combinedKind).
 */
function otherByHeadNoun(folded: string, line: string): SectionKind | null {
  const words = folded.split(' ');
  if (words.length < 2 || words.length > 3 || !words.every((w) => /^(?:[a-z]+|&)$/.test(w)) || !OTHER_HEAD.test(words.at(-1)!)) return null;
  if (/\b(?:skills?|experience|employment|education|training|projects?)\b/.test(folded)) return null;
  const written = writtenWords(line);
  // (Two words in sentence case too, the first capitalised: "Key achievements".)
  return titleCased(written) || (words.length === 2 && capitalised(written[0] ?? '')) ? 'other' : null;
}

/** The words of a heading as written, without its decorations and number. */
const writtenWords = (line: string) => line.replace(LEADING, '').replace(NUMBERING, '').trim().split(/\s+/).filter((w) => /^\p{L}/u.test(w));
const capitalised = (word: string) => /^\p{Lu}/u.test(word);
/** Set as a heading: every word of four letters or more capitalised ("Positions Held" allows "held"). */
const titleCased = (written: string[]) => written.every((w) => w.length < 4 || w === 'held' || capitalised(w));

/** A heading with a note in brackets after it ("Work Experience (Selected)", "Experience (2014–present)"): the heading's kind. */
function qualifiedKind(folded: string, line: string): SectionKind | null {
  // (headingKind has taken the closing bracket off with the other trailing decorations.)
  const m = /^(.{2,40}?)\s*[(（][^()（）]{1,100}[)）]?$/u.exec(folded);
  if (!m) return null;
  const head = m[1]!.trim();
  return lookup(head) ?? bilingualKind(head) ?? combinedKind(head) ?? workByHeadNoun(head, line.replace(/\s*[(（][^()（）]*[)）]\s*$/u, ''));
}

/** Skills named by the noun a heading ends in: "Core Competencies", "Special competencies", "Technical Proficiencies", "Computer / Professional Skills". */
// (And a few words before "skills", set apart by a slash or joined by "and": "COMPUTER / PROFESSIONAL SKILLS"; a job
// board's "Specialization", "Fields of Specialization".)
const SKILLS_HEAD = /^(?:(?:[a-z]+|\/|&|and) ){0,3}(?:skills|competencies|competences|proficiencies|capabilities|speciali[sz]ations?)$|^(?:fields?|areas?) of speciali[sz]ation$/;
/** Skills by their head noun, set as a heading (capitals or title case): "Core Competencies", "TECHNICAL PROFICIENCIES". */
function skillsByHeadNoun(folded: string, line: string): SectionKind | null {
  if (!SKILLS_HEAD.test(folded)) return null;
  const written = writtenWords(line);
  // (Or in sentence case after a word that heads a skills section, up to four words: "Core methods and skills", as a
  // funder's CV template sets it. "Excellent people skills" on a line of its own is a claim, not a heading.)
  return titleCased(written) || (written.length <= 4 && capitalised(written[0] ?? '') && SKILLS_OPENER.test(folded)) ? 'skills' : null;
}
/** First words of a skills heading set in sentence case. */
const SKILLS_OPENER = /^(?:core|key|main|technical|professional|relevant|additional|special|specialist|research|laboratory|lab|clinical|computer|it|software|programming|practical|transferable|selected)\s/;

/** Nouns that name skills anywhere in a form's section heading. */
const SKILLS_NOUN = /\b(?:skills|competencies|competences|expertise|proficiencies)\b/;
/** Words that make a form's heading about something else, or about skills and something else. */
const NOT_ONLY_SKILLS = /\b(?:experiences?|employment|education|training|languages?|references?|referees?|certificat\w*|licen[cs]es?|qualifications?|memberships?|interests|hobbies|publications?|personal|soft)\b/;

/**
 * A form's section heading that names skills among other words: "PART 7 - LEGAL RESEARCH TOOLS AND PRACTICE SKILLS",
 * "Section 4 - Skills and competencies performed", "D. Research methods and technical expertise", "12. Clinical
 * Competencies (self-reported)". Up to eight words, and numbered as a form numbers its parts: under a part, section
 * or letter number, or numbered and in title case with the skills noun last — "2. Improved team skills" in a job's
 * list is none, and neither are capitals alone ("SKILLS DEVELOPMENT SCOTLAND" is an employer, "CLINICAL SKILLS
 * TUTOR" a title).
 */
function formSkillsHeading(folded: string, line: string): SectionKind | null {
  const head = folded.replace(/\s*[(（][^()（）]*[)）]?$/u, '').trim();
  const words = head.split(' ').filter((w) => !/^(?:&|\/|and)$/.test(w));
  if (words.length === 0 || words.length > 8 || !words.every((w) => /^[a-z][a-z'-]*$/.test(w)) || !SKILLS_NOUN.test(head) || NOT_ONLY_SKILLS.test(head)) return null;
  const number = NUMBERING.exec(simplified(foldForMatch(line)).replace(LEADING, ''))?.[0].trim() ?? '';
  const written = writtenWords(line.replace(/\s*[(（][^()（）]*[)）]?\s*$/u, ''));
  const formNumber = /^(?:section|part|[a-h][.)]|[ivx]{1,4}\s*[、.．)）])/.test(number);
  const numberedTitle = number !== '' && titleCased(written) && SKILLS_NOUN.test(words.at(-1)!);
  return formNumber || numberedTitle ? 'skills' : null;
}

/**
 * A form's row label over the skills used in the jobs above it: "Technical skills and tools used in the above
 * experience". The list on the next line is the person's skills. Only one that looks back at the jobs above: "Skills
 * used in this role" over a job's own list, or a bullet "Skills gained include …", is part of the job.
 */
function skillsUsedHeading(folded: string, line: string): SectionKind | null {
  if (LIST_ITEM.test(line)) return null;
  return /^(?:[a-z]+ ){0,2}(?:skills|competencies|competences)(?: (?:and|&|\/) [a-z]+)? (?:used|applied|gained|acquired|employed|demonstrated)(?: [a-z]+){0,3} above(?: [a-z]+){0,3}$/.test(folded) ? 'skills' : null;
}

/**
 * A heading in the writer's own words with its usual name in brackets after it, as forum and chat CVs write them:
 * "干过的活（工作经历）", "会的（技能）". A few Chinese characters, then the bracketed heading.
 */
function glossedKind(folded: string): SectionKind | null {
  const m = /^[\u4e00-\u9fff]{1,8}\s*[(（]([^()（）]{2,12})[)）]?$/u.exec(folded);
  return m && HAN.test(m[1]!) ? lookup(m[1]!.trim()) : null;
}

/** Another section's heading with "held" or "obtained" after it: "LICENSES AND CERTIFICATIONS HELD". */
function otherHeld(folded: string): SectionKind | null {
  const m = /^(.+) (?:held|obtained)$/.exec(folded);
  return m && (lookup(m[1]!) ?? combinedKind(m[1]!)) === 'other' ? 'other' : null;
}

/** A part of a joined heading: a heading of its own, or skills by their head noun ("Skills and special competencies"). */
const partKind = (part: string): SectionKind | null => lookup(part) ?? (SKILLS_HEAD.test(part) ? 'skills' : null);

/** Nouns that name a work section at the end of its heading ("Hospitality Experience", "Positions Held", "Professional Appointments"). */
const WORK_HEAD = /^(?:experiences?|employment|appointments|positions|posts|roles|engagements|assignments)$/;
/** Nouns that name a record of work after a word for work ("Employment Record", "Professional Background", "Experience Highlights"). */
const WORK_RECORD = /^(?:(?:work|employment|career|professional|job|service|occupational) (?:history|record|background|details)|employment summary|experience (?:summary|highlights|overview|details|history|record))$/;
/** Words that make a heading about something other than work ("Training Experience", "Education History", "Project Roles"). */
// (Nor unpaid work under a heading of its own: "Volunteer roles", "Voluntary positions".)
const NOT_WORK = /\b(?:education|educational|training|skills?|projects?|publications?|awards?|languages?|courses?|certifications?|studies|study|academic|school|university|campus|student|customer|volunteer|voluntary|volunteering|unpaid)\b/;

/**
 * A work section by the noun its heading ends in, whatever qualifies it: "NURSING EXPERIENCE", "Mining & Exploration
 * Experience", "Positions Held", "Professional Appointments", "Employment Record", 从业经历, 执业经历, 主要工作经历. At most
 * four words of letters set as a heading (capitals or title case; two words in sentence case when the first is no
 * verb or determiner), so that a line of a list ("Customer service experience") or a sentence's start is none;
 * Chinese, three to ten characters ending in 经历 or 履历, none about study (work of a kind is work: 科研与学术工作经历).
 */
function workByHeadNoun(folded: string, line: string): SectionKind | null {
  const compact = folded.replace(/ /g, '');
  // (Not a person's CV's title, a name before "的履历" or "个人履历": "陳怡君 的履歷", "陳家豪　個人履歷".)
  if (/^[\u4e00-\u9fff]{3,10}$/.test(compact) && !/^[\u4e00-\u9fff]{2,4}(?:的(?:个人)?|个人)(?:简历|履历)$/.test(compact)) {
    // (Work of a kind is still work: "科研与学术工作经历", research and academic work.)
    // (Nor unpaid work: 志愿经历, 义工经历, 公益经历.)
    // (Paid and unpaid under one heading is work: 工作及志愿经历.)
    const unpaid = /志愿|义工|公益/.test(compact) && !/工作|任职|职业/.test(compact);
    const work = /工作经历$/.test(compact) && !/教育|学习|培训|项目|校园|学生|校内|在校|社团|求学|获奖|留学/.test(compact);
    return /(?:经历|履历)$|^工作简历$/.test(compact) && !unpaid && (work || !/教育|学习|培训|项目|校园|学生|求学|获奖|学术|留学/.test(compact)) ? 'experience' : null;
  }
  const words = folded.split(' ');
  const last = words.at(-1)!;
  const head = last === 'held' ? words.at(-2) ?? '' : last;
  // An academic CV's jobs are its "Academic Appointments" ("Academic and Professional Appointments", "University
  // Positions"); academic experience, training or projects are still none.
  const about = /^(?:appointments|positions|posts|employment)$/.test(head) ? folded.replace(/\b(?:academic|university)\b/g, '') : folded;
  if (words.length > 4 || !words.every((w) => /^(?:[a-z]+|&)$/.test(w)) || NOT_WORK.test(about)) return null;
  // ("APPOINTMENTS" alone, in capitals, heads an academic CV's posts, as "Employment" alone heads jobs; "Appointments"
  // in a list is a receptionist's duty.)
  const appointments = head === 'appointments' && words.length === 1 && /^\s*APPOINTMENTS\s*$/.test(line.replace(LEADING, ''));
  if (!(WORK_HEAD.test(head) && (words.length >= 2 || head === 'employment' || appointments)) && !WORK_RECORD.test(words.slice(-2).join(' '))) return null;
  // "Booking Appointments", "Speaking Engagements", "Other roles": a skill or a list's item, not the jobs held
  // ("Nursing Experience" is).
  // (A kind of work before a record of it is one: "Teaching employment history".)
  if (!/^experiences?$|^employment$/.test(head) && /(?:ing$|^other$)/.test(words[0]!) && !(words.length >= 3 && WORK_RECORD.test(words.slice(-2).join(' ')))) return null;
  // Set as a heading: capitals, or the first word capitalised — every word of four letters or more beyond two words.
  const written = writtenWords(line);
  if (!written[0] || !capitalised(written[0])) return null;
  if (titleCased(written)) return 'experience';
  // In sentence case, two words whose first qualifies the noun ("Nursing experience"); "Gained experience", "My
  // employment" and "Some experience" are a sentence's start.
  // (Or a kind of work before a record of it: "Teaching employment history".)
  return (words.length <= 2 || (words.length === 3 && WORK_RECORD.test(words.slice(-2).join(' ')))) && !/(?:ed|ly)$|^(?:i|my|our|have|has|had|gain|some|any|no|more|much|extensive|proven|prior|previous|years?)$/.test(words[0]!) ? 'experience' : null;
}

/**
 * A heading with its translation after a slash or a bar, as bilingual CVs set them ("EXPERIENCE / EXPÉRIENCE",
 * "SKILLS | KOMPETENZEN", "EDUCATION / FORMATION"): the first half is a heading, the second a few words of letters,
 * both in capitals.
 */
function translatedKind(line: string): SectionKind | null {
  // Both halves in capitals, as such headings are set: "Languages | English" and "Tools | Jira" are label and value.
  const m = /^(.+?)\s+[/|]\s+(\p{L}+(?:[ '-]\p{L}+){0,2})$/u.exec(line.replace(LEADING, '').replace(/[\s:：]+$/u, ''));
  if (!m || HAN.test(m[2]!) || [m[1]!, m[2]!].some((h) => h !== h.toUpperCase() || !/\p{Lu}{2}/u.test(h))) return null;
  return lookup(foldForMatch(m[1]!).replace(/\s+/g, ' ').trim());
}

/**
 * A heading in the form's own language first and then in English ("Töökogemus / Work experience", "ΑΚΑΔΗΜΑΪΚΑ
 * ΠΡΟΣΟΝΤΑ / ACADEMIC QUALIFICATIONS"): the English half's kind, when the first half is a few words of another
 * language (no heading of its own, no Chinese: bilingualKind reads those).
 */
function otherLanguageFirst(line: string): SectionKind | null {
  const m = /^([^/|]{2,40}?)\s+\/\s+(\p{L}[\p{L} &'-]{2,40})$/u.exec(line.replace(LEADING, '').replace(/[\s:：]+$/u, ''));
  // (The first half written in letters English does not use, "Töökogemus", "ΑΚΑΔΗΜΑΪΚΑ": "Classroom Assistant /
  // Volunteer" and "Healthcare / Education" are a job's title and a field.)
  if (!m || HAN.test(m[1]!) || m[1]!.trim().split(/\s+/).length > 4 || /\d/.test(m[1]!)) return null;
  const first = foldForMatch(m[1]!).replace(/\s+/g, ' ').trim();
  if (lookup(first) !== null || combinedKind(first) !== null) return null;
  const second = foldForMatch(m[2]!).replace(/\s+/g, ' ').trim();
  // A first half in plain letters ("Profiad Gwaith / Work Experience", as a Welsh CV heads its sections, "Berufserfahrung
  // / Work experience") only of two words or one long one, before a heading of two words or more named as a whole: a
  // short word either side is a title's or a field's ("Mentor / Volunteer Experience", "Classroom Assistant / Volunteer").
  if (!/[^\x00-\x7F]/.test(m[1]!)) return second.includes(' ') && (first.includes(' ') || first.length >= 11) ? lookup(second) ?? combinedKind(second) : null;
  return lookup(second) ?? combinedKind(second) ?? otherByHeadNoun(second, m[2]!);
}

/**
 * Two headings that share their head noun, written once after both ("工作/实习经历" for 工作经历 and 实习经历, "Work /
 * Internship Experience", "Computer / technical skills"): the kind both name, when they name the same one.
 */
function sharedHeadKind(folded: string): SectionKind | null {
  const m = /^([^/]{1,20}?)\s*\/\s*([^/]{1,20}?)\s*(经历|经验|履历|技能|experience|history|skills|competencies|competences)$/u.exec(folded);
  if (!m) return null;
  const space = HAN.test(m[3]!) ? '' : ' ';
  const [a, b] = [lookup(`${m[1]!}${space}${m[3]!}`), lookup(`${m[2]!}${space}${m[3]!}`)];
  return a !== null && a === b ? a : null;
}

/** Headings of their own that, joined to another heading, leave the kind to it. */
const ALONE_ONLY = new Set(['qualifications', 'licences', 'licenses', 'memberships']);



/** Words a heading joins to its own name ("Education and qualifications", "Skills & interests"). */
const JOINED = new Set(['abilities', '语言', '证书', '培训', '荣誉', '获奖', '爱好', '方法', '工具', '研究', '专利', 'methods', 'techniques', 'methodologies', 'knowledge', 'qualifications', 'training', 'certifications', 'certificates', 'interests', 'languages', 'achievements', 'activities', 'awards', 'courses', 'licences', 'licenses', 'memberships', 'development', 'professional development']);

/**
 * Two or three names joined by "&", "and", "/" or a comma (及, 与, 和 in Chinese), each a heading or such a word: the
 * first heading names the section ("SKILLS & INTERESTS" is skills, "Education and qualifications" education, "语言及
 * 证书" other), so that "Skills in finance" or "Education & the arts" stay what they are.
 */
function combinedKind(folded: string): SectionKind | null {
  // (Also a middle dot between the two, as a 履历书 heads a row: "专业技能・特长".)
  // (And the Spanish "y": "Idiomas y certificaciones".)
  const parts = (HAN.test(folded) ? folded.split(/\s*[及与和、&/]\s*|(?<=\S)[・·](?=\S)/) : folded.split(/\s*(?:&|\b(?:and|y)\b|\/|,)\s*/)).filter(Boolean);
  if (parts.length < 2 || parts.length > 3 || !parts.every((p) => partKind(p) !== null || JOINED.has(p))) return null;
  // Words that head a section alone ("Qualifications", "Licences") let the other name a joined one ("Qualifications
  // and skills" is skills).
  return parts.map((p) => (ALONE_ONLY.has(p) ? null : partKind(p))).find((kind) => kind !== null) ?? parts.map(partKind).find((kind) => kind !== null) ?? null;
}

/** "Computer Skills", "IT Skills", "核心技能": a kind of skills, one or two words before the word. */
/** "Research and Industry Experience", "Relevant Work Experience": qualifiers before the word, not a sentence ("I have experience"). */
const SOME_EXPERIENCE = /^(?:(?:relevant|professional|work|industry|research|teaching|clinical|international|leadership|management|volunteer|voluntary|internship|project|employment|career|other|additional|related|selected|previous|technical|military|commercial|sales|academic|and|&) ){1,3}experience$/;
/** "工作与研究经历", "工作及实习经历", "项目与工作经历": experience of several kinds. */
const SOME_EXPERIENCE_ZH = /^(?:工作|实习|研究|任职|职业|项目|实践|社会)(?:[与及和、](?:工作|实习|研究|任职|职业|项目|实践|社会))*(?:经历|经验)$/;
const SOME_SKILLS = /^(?:[a-z&-]+ ){1,2}skills$|^[a-z-]+ (?:and|&) [a-z-]+ skills$|^skills? (?:relevant|related) to (?:the )?(?:post|role|job|position)$|^skills? (?:matrix|profile|overview|inventory|highlights|at a glance)$|^[\u4e00-\u9fff]{1,4}技能$|^技能(?:矩阵|概览|一览)$/;

function lookup(folded: string): SectionKind | null {
  const compact = folded.replace(/ /g, '');
  // A heading whose word space a PDF lost ("PROFESSIONALEXPERIENCE", one token) is read like one set letter by letter.
  return LOOKUP.get(folded) ?? LOOKUP.get(compact) ?? (spacedOut(folded) || !folded.includes(' ') ? COMPACT.get(compact) : undefined) ?? (SOME_SKILLS.test(folded) ? 'skills' : SOME_EXPERIENCE.test(folded) || SOME_EXPERIENCE_ZH.test(compact) ? 'experience' : null);
}

/** "工作经历 work experience", "experience 工作经验", "教育背景 / education", "项目经历(projects)": a Chinese and an English name. */
const BILINGUAL = /^([\u4e00-\u9fff]+)\s*[/|·(]?\s*([a-z][a-z &]*?)\s*\)?$|^([a-z][a-z &]*?)\s*[/|·(]?\s*([\u4e00-\u9fff]+)\s*\)?$/;

/**
 * A heading written in both languages. Both halves must be headings of the same kind, so that a line which only
 * starts with a heading word ("Skills 工作经历", "工作经历丰富 experience matters") is not taken for one.
 */
/**
 * A heading in Korean or Japanese followed by its English, as a Korean portal's or a Japanese skill sheet's form heads
 * its sections ("보유 기술 Skills", "스킬 Skills", "경력 Career", "得意分野 Skills"): the English names it. (Chinese before
 * English is `bilingualKind`'s, where both must agree.)
 */
function englishAfterAsian(folded: string): SectionKind | null {
  // (The English in brackets too: "경력사항 (Career)".)
  const m = /^([\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\u4e00-\u9fff][\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\u4e00-\u9fff ·]{0,10})\s+\(?([a-z][a-z &'-]{2,40}?)\)?$/u.exec(folded);
  if (!m) return null;
  // (Han alone only where Chinese reads it as no heading: "工作经历 Skills" is no heading.)
  // (Nor Han of two words: "马骁 自我评价 Summary" is a name beside a heading.)
  if (!/[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(m[1]!) && (lookup(m[1]!.trim()) !== null || /\s/.test(m[1]!.trim()))) return null;
  return lookup(m[2]!.trim());
}

/**
 * An English heading with a short Chinese gloss after it, as a bilingual template labels its sections ("Experience 经历",
 * "About 关于我", "Contact 联系"): the English decides, unless the gloss names another section of its own.
 */
function glossedInChinese(folded: string): SectionKind | null {
  // (One English word: "Military service 兵役" labels a particulars row, "Completed (substitute service, 2013–2014)".)
  const m = /^([a-z]{4,20})\s+([\u4e00-\u9fff]{1,4})$/u.exec(folded);
  if (!m) return null;
  const en = lookup(m[1]!.trim());
  const zh = lookup(m[2]!) ?? combinedKind(m[2]!);
  return en !== null && (zh === null || zh === en) ? en : null;
}

function bilingualKind(folded: string): SectionKind | null {
  const m = BILINGUAL.exec(folded);
  if (!m) return null;
  const [zhText, enText] = [m[1] ?? m[4]!, (m[2] ?? m[3]!).trim()];
  const zh = lookup(zhText) ?? combinedKind(zhText) ?? workByHeadNoun(zhText, zhText);
  // (The English half is folded to lower case: it is given to workByHeadNoun as written in title case, so that only its
  // words decide, not how the folding left them.)
  const en = lookup(enText) ?? combinedKind(enText) ?? workByHeadNoun(enText, enText.replace(/\b\p{L}/gu, (c) => c.toUpperCase()));
  return zh && zh === en ? zh : null;
}

/**
 * A heading with its content on the same line ("Skills: Python · Go", "Technical Skills — SQL, dbt",
 * "专业技能：Python、Go"): the section it names and the rest of the line, or null.
 */
export function inlineHeading(line: string): { kind: SectionKind; rest: string } | null {
  // (Or the heading in brackets, as a text form prints it: "【技能专长】数控车床编程，FANUC系统".)
  const m = /^(.{2,40}?)\s*(?:[:：]|\s[—–-]\s)\s*(\S.*)$/u.exec(line.trim()) ?? /^(【[^【】]{2,12}】)\s*(\S.*)$/u.exec(line.trim());
  if (!m) return null;
  const kind = headingKind(m[1]!);
  return kind ? { kind, rest: m[2]! } : null;
}

/**
 * A skills list under its label on one line, wherever it sits: "Skills: Go, Rust", or a table's label cell beside
 * the list ("Skills   AutoCAD Civil 3D, MicroStation" in a form CV's row). Returns the list, or null. The cell form
 * needs a list after the gap (a separator in it): "Skills   Excellent" is no list.
 */
export function labelledSkillsList(line: string): string | null {
  const inline = inlineHeading(line);
  if (inline) return inline.kind === 'skills' ? inline.rest : null;
  // (A form's row may open with its item number in a cell of its own: "9.   Other skills (e.g. …):   EPANET, QGIS".)
  const m = /^(\S.{1,59}?)(?:\s{3,}|\t)(\S.*)$/u.exec(line.trim().replace(/^\d{1,2}[.)]?(?:\s{3,}|\t)/u, ''));
  return m && headingKind(m[1]!) === 'skills' && /[,，、;；|·•]/.test(m[2]!) ? m[2]! : null;
}

/**
 * Heading words that also open ordinary label–value lines inside a section ("Tools   Jira, Figma" under a job,
 * "Languages   English, Twi"): a line opening with one of them is never cut by splitHeadingCells.
 */
const LABEL_LIKE = new Set(['tools', 'software', 'frameworks', 'platforms', 'tooling', 'technologies', 'tech stack', 'strengths', 'career', 'about', 'expertise', 'languages', 'activities', 'employment', 'internship', 'internships', 'toolkit', 'toolbox', 'interests', 'hobbies', 'references', 'volunteer', '工具', '项目', '学历', '教育', '技能', '其他']);

/**
 * A section heading in a table's left cell beside the section's content, read as one line with a wide gap
 * ("EXPERIENCE   Supply Chain Analyst", "工作经历   2018.07-…", "PERSONAL INFORMATION   Kofi Oduya-Marsh" — the Word
 * section-column resume, Europass, the Chinese form CV): the heading goes on a line of its own, so the section
 * starts there and the content is read as its first line. Only a heading set as such templates set it — in
 * capitals, or in Chinese: "Achievements   Cut cost 20%" or "Skills   Go, Rust" under a job is a label of that
 * job, and cutting there would end the experience section.
 */
export function splitHeadingCells(lines: string[]): string[] {
  return lines.flatMap((line) => {
    const cut = line.indexOf('   ');
    if (cut <= 0) return [line];
    const head = line.slice(0, cut);
    const bare = head.replace(LEADING, '').replace(/[\s:：]+$/u, '');
    const capitals = /\p{Lu}{2}/u.test(bare) && bare === bare.toUpperCase();
    // (A form's label spaced to its cell's width, "学 历", is the word: 学历.)
    if (!(capitals || HAN.test(bare)) || headingKind(head) === null || LABEL_LIKE.has(foldForMatch(bare).replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, ''))) return [line];
    return [head, line.slice(cut).trim()];
  });
}

export interface Section {
  kind: SectionKind;
  heading: string;
  /** Index of the first line after the heading, in the document's lines. */
  start: number;
  /** Exclusive. */
  end: number;
}

/** A line opening on a year and month, as a career's lines do ("2001.07--2005.12 …", "2014年4月—"). */
/** A Chinese form's personal-field label in a row's first cell: 学历, 学位, 联系电话, 现任职务, 毕业院校 … */
const FORM_FIELD_ZH = /^(?:学历|学位|学历,?学位|联系电话|手机|电子邮箱|邮箱|现任职务|现任职务职称|毕业院校|政治面貌|籍贯|民族|出生年月|身份证号(?:码)?|工作单位|家庭住址|通讯地址|健康状况|婚姻状况)$/;

/** A form's label of the career field: 简历, 个人简历, 工作简历, 履历. */
export const CAREER_LABEL = /^(?:个人|工作|主要)?(?:简历|履历)$/;
const CAREER_LINE = /^\s*(?:19|20)\d{2}\s*(?:[./-]|年)\s*\d{1,2}/;
/**
 * A post on a 履历 line: a year and month, a range's dash, and a Chinese employer run into its post, no gap between
 * ("2001.07--2005.12 清溪县农业局科员"). "2012.09-2016.06 北京大学 计算机科学与技术" is study; a scholarship or a certificate
 * names no post.
 */
const careerPost = (line: string) => {
  const m = /^\s*(?:19|20)\d{2}\.\d{2}\s*-{1,2}\s*(?:(?:19|20)\d{2}\.\d{2})?\s*([\u4e00-\u9fff]\S*)$/u.exec(line);
  return m !== null && orgThenPost(m[1]!.replace(/[(（][^()（）]*[)）]$/u, '')) !== null;
};

/**
 * Splits lines into sections at headings. Lines before the first heading form a `contact` section with an
 * empty heading (the CV's top: name, contact line). A kind may occur more than once (two columns, two pages).
 */
export function splitSections(lines: string[]): Section[] {
  const sections: Section[] = [{ kind: 'contact', heading: '', start: 0, end: lines.length }];
  // The end of a label set down its cell a few characters a line (see below): its pieces open nothing more.
  let stackedTo = -1;
  lines.forEach((line, i) => {
    // An outline export numbers its headings without a dot and underlines them ("2 Experience" over "======"): only
    // so underlined is a number and a word a heading ("3 Languages" in a list of key facts is none).
    const outlined = /^\d{1,2}\s+(?=\p{L})/u.test(line.trim()) && /^\s*[=\-_~]{3,}\s*$/.test(lines[i + 1] ?? '');
    const kind = headingKind(outlined ? line.trim().replace(/^\d{1,2}\s+/, '') : line);
    const last = sections[sections.length - 1]!;
    // A work table's heading row (employer, title and dates columns: "服務機關(構)   職稱   職務   起   訖") under no
    // work heading opens the jobs, as a form's table does under a label the page set apart (a vertical "經歷"), also
    // after a form's skills row ("有何特长   …" over "个人简历" over "自何年何月   至何年何月   在何单位、任何职务"). The
    // row is the section's first line: its columns say which cell is which.
    if (!kind && (last.kind === 'contact' || last.kind === 'education' || last.kind === 'skills') && isWorkHeadingRow(line)) {
      last.end = i;
      sections.push({ kind: 'experience', heading: line.trim(), start: i, end: lines.length });
      return;
    }
    // A 干部任免审批表's 简历 field (its label set down the cell, "简" over "历"), over lines that open on a year and
    // month ("2001.07--2005.12 清溪县农业局科员"): the career, one post a line. ("简历" alone is a document's title.)
    const compact = line.replace(/\s+/g, '');
    // (Or the label in a cell of its own beside the career's first line: "个人简历   2001年12月—2003年12月 在…任战士".)
    const [labelCell = '', ...rest] = line.trim().split(/\s{3,}/);
    if (!kind && last.kind !== 'experience' && CAREER_LABEL.test(labelCell.replace(/\s+/g, '')) && CAREER_LINE.test(rest.join('   '))) {
      last.end = i;
      sections.push({ kind: 'experience', heading: labelCell, start: i, end: lines.length });
      return;
    }
    const label = compact === '简历' ? 1 : compact === '简' && (lines[i + 1] ?? '').replace(/\s+/g, '') === '历' ? 2 : 0;
    if (!kind && label > 0 && last.kind !== 'experience' && CAREER_LINE.test(lines[i + label] ?? '')) {
      last.end = i;
      sections.push({ kind: 'experience', heading: compact, start: i + label, end: lines.length });
      return;
    }
    // A form's label set down its cell a character a line ("专" over "长", "工" "作" "经" "历"), read as a Word table
    // gives it: the heading its characters make, over the lines after it. (简历 is the career's, above.)
    // (Or a few characters a line, as a narrow cell wraps it: "何时何地" over "受过何种" over "奖励".)
    const single = (l: string | undefined) => /^[\u4e00-\u9fff]{1,4}$/.test((l ?? '').replace(/\s+/g, ''));
    if (i < stackedTo) return;
    // "Work" alone over a job (a dated line, or a bulleted one over its dates), as a notes app heads a CV's jobs. (Not in
    // the headings' list: a form's "Work   306-966-4480" is a phone's label, and a PDF's column reader counts headings.)
    if (!kind && last.kind !== 'projects' && /^work(?:\s*[(（][^()（）]{1,30}[)）])?:?$/i.test(line.trim().replace(LEADING_ICONS, '')) && (findDateRange(lines[i + 1] ?? '') !== null || (/^\s*[•·▪*-]\s/.test(lines[i + 1] ?? '') && findDateRange(lines[i + 2] ?? '') !== null))) {
      last.end = i;
      sections.push({ kind: 'experience', heading: line.trim(), start: i + 1, end: lines.length });
      return;
    }
    if (!kind && label === 0 && single(line)) {
      let k = i + 1;
      while (k < lines.length && k - i < 6 && single(lines[k])) k++;
      const pieces = lines.slice(i, k).map((l) => l.replace(/\s+/g, ''));
      const stacked = pieces.join('');
      // (Not a name over a heading, "欧阳沁柠" over "工作经历", or over a label, "刘桂芳" over "专" over "长": no piece
      // is a heading of its own, but for a short last one, and the pieces are as a cell's width cuts them: one or two
      // characters each, or all as long but the last.)
      const whole = pieces.every((p, n) => headingKind(p) === null || (n === pieces.length - 1 && p.length <= 2));
      const cut = pieces.every((p) => p.length <= 2) || pieces.slice(0, -1).every((p) => p.length === pieces[0]!.length && p.length >= pieces.at(-1)!.length);
      // (A heading's own name only, not one read by its last word: "习" "经" "历" under "学   2002.09—…" is the tail of
      // 学习经历 set down a row's first cell, no heading of its own.)
      const stackedKind = k - i >= 2 && stacked !== '简历' && whole && cut ? (LOOKUP.get(stacked) ?? null) : null;
      if (stackedKind) {
        last.end = i;
        sections.push({ kind: stackedKind, heading: stacked, start: k, end: lines.length });
        stackedTo = k;
        return;
      }
    }
    // (The label after the career it names, as LibreOffice prints it, ends that career: the form's next fields follow.)
    if (!kind && label > 0 && last.kind === 'experience' && last.heading === '') {
      last.end = i;
      sections.push({ kind: 'other', heading: compact, start: i + label, end: lines.length });
      return;
    }
    // The same career with its label set beside it elsewhere (LibreOffice draws the vertical label after the lines): two
    // posts a line each, outside any section of work or study, open it.
    // (From the first of the dated lines it is among: a time of study between posts is a line of the career too.)
    if (!kind && label === 0 && (last.kind === 'contact' || last.kind === 'other' || last.kind === 'skills') && careerPost(line) && !careerPost(lines[i - 1] ?? '') && careerPost(lines[i + 1] ?? '')) {
      let first = i;
      while (first - 1 >= last.start && CAREER_LINE.test(lines[first - 1]!)) first--;
      last.end = first;
      sections.push({ kind: 'experience', heading: '', start: first, end: lines.length });
      return;
    }
    // A form's row of personal fields after its skills cell ("学历, 学位   全日制, 教育   会计学 本科 …", "联系电话   186 …"):
    // the skills end there.
    if (!kind && last.kind === 'skills' && i > last.start && /\s{3,}/.test(line.trim()) && FORM_FIELD_ZH.test(line.trim().split(/\s{3,}/)[0]!.replace(/\s+/g, ''))) {
      // (The row as the section's heading line: each line's kind is read from the line before a section's start, see
      // kindOfLines, and the list above it is the skills'.)
      last.end = i;
      sections.push({ kind: 'contact', heading: line.trim(), start: i + 1, end: lines.length });
      return;
    }
    if (!kind) return;
    // A form's awards label inside a job's rows ("奖励" over "2019年度优秀员工", the next job's dates after it) is the job's.
    if (last.kind === 'experience' && kind === 'other' && /^(?:奖励|奖惩|奖惩情况|主要事迹|先进事迹)$/.test(compact) && lines.slice(i + 1, i + 4).some((l) => findDateRange(l) !== null)) return;
    // Inside a work section, "Key Achievements:" and "Responsibilities" head a job's bullets, not a section of their own.
    if (last.kind === 'experience' && kind === 'other' && ENTRY_SUBHEADING.test(foldForMatch(line).replace(/[\s:：]+$/u, ''))) return;
    // (So does "Key projects:" with its colon, in sentence case, a few lines under a job's dates: the job's projects.)
    if (last.kind === 'experience' && kind === 'projects' && /[:：]\s*$/.test(line) && line !== line.toUpperCase() && lines.slice(Math.max(last.start, i - 5), i).some((l) => findDateRange(l) !== null)) return;
    // (And "Roles held:" with its colon under an employer's line heads that employer's roles, not a section.)
    if (last.kind === 'experience' && kind === 'experience' && i > last.start && /^(?:roles|positions|posts) held\s*[:：]$/i.test(line.trim())) return;
    last.end = i;
    sections.push({ kind, heading: line.trim(), start: i + 1, end: lines.length });
  });
  return jobsAfterSidebar(lines, sections);
}

/** A job's first line read alone: its title, or its employer before a place ("Torvane Lifting Ltd · Inverness"). */
const jobPart = (line: string) => {
  const text = line.trim().split(/\s+[·|]\s+/)[0]!;
  return text.length <= 60 ? (isCompanyLike(text) ? 'company' : isTitleLike(text) ? 'title' : null) : null;
};

/** Headings of what is dated and no job: volunteering, activities, training, awards. */
const UNPAID = /volunteer|voluntary|activit|training|course|award|honou?r|publication|志愿|志願|活动|活動|培训|培訓|获奖|獲獎|荣誉|榮譽/i;

/**
 * Text copied from a two-column page block by block (pdftotext without -layout, a PDF viewer's copy): the sidebar's
 * headings and lists come between the work heading and its jobs ("Experience" over "SKILLS" … "LICENCES" over
 * "Senior Field Service Engineer" over "Jul 2022 - Present" over "Torvane Lifting Ltd · Inverness"). A work heading
 * with nothing under it gets the jobs of the sections after it, up to the next section of study, work, projects or
 * unpaid work (volunteering, activities, training, awards): from each one's first dated line with a title or an
 * employer over it (the title and employer lines before the dates), to its end. The sidebar's own items before it stay
 * in their section.
 */
function jobsAfterSidebar(lines: string[], sections: Section[]): Section[] {
  const out: Section[] = [];
  let carrying: string | null = null;
  const dated = (i: number) => findDateRange(lines[i]!) !== null;
  for (const s of sections) {
    if (s.kind === 'experience') {
      // (Only a heading with nothing under it, the next heading straight after: "Experience" over "SKILLS". A graduate's
      // "Seeking first graduate role." under it is no sidebar's doing.)
      carrying = s.end === s.start ? s.heading : null;
      out.push(s);
      continue;
    }
    // (Not into what is dated and no job: volunteering, activities, training, awards.)
    if (carrying === null || s.kind === 'education' || s.kind === 'projects' || s.kind === 'contact' || UNPAID.test(s.heading)) {
      if (s.kind === 'education' || s.kind === 'projects' || UNPAID.test(s.heading)) carrying = null;
      out.push(s);
      continue;
    }
    let first = -1;
    for (let i = s.start; i < s.end && first < 0; i++) {
      if (!dated(i)) continue;
      const above = [jobPart(lines[i - 1] ?? ''), i - 2 >= s.start ? jobPart(lines[i - 2]!) : null];
      if (above[0] === null) continue;
      // (The employer under its title, or over it: either order. A post in a department reads as both: "工艺科科长".)
      const titleOver = above[0] === 'company' && isTitleLike(lines[i - 2]?.trim() ?? '');
      first = above[1] !== null && (above[1] !== above[0] || titleOver) ? i - 2 : i - 1;
    }
    if (first < s.start) {
      out.push(s);
      continue;
    }
    if (first > s.start) out.push({ ...s, end: first });
    out.push({ kind: 'experience', heading: carrying, start: first, end: s.end });
  }
  return out;
}

/** The section kind of every line (headings get their own section's kind). */
/**
 * The line of a section's heading: the line before its start, but for a section opened by its own first line (a work
 * table's heading row under a skills list), which leaves the line before it to the section above.
 */
export function headingLine(lines: string[], s: Section): number {
  return s.start > 0 && lines[s.start - 1]!.trim() !== s.heading && s.start < lines.length && lines[s.start]!.trim() === s.heading ? s.start : s.start - 1;
}

export function kindOfLines(lines: string[], sections: Section[]): SectionKind[] {
  const kinds = new Array<SectionKind>(lines.length).fill('contact');
  for (const s of sections) for (let i = Math.max(0, headingLine(lines, s)); i < s.end; i++) kinds[i] = s.kind;
  return kinds;
}
