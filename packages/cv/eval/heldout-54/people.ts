/**
 * heldout-54 — 16 invented people. Everything here is made up: names, employers, schools, addresses, e-mails and
 * phone numbers (numbers are valid in shape for their country, but invented).
 *
 * `skills` holds the truth spelling (synonyms after " | "); templates print only the part before the first " | ".
 * `work` is in date order; `end: null` is the current job.
 */
export type Lang = 'en' | 'zh' | 'mixed';
export interface Job {
  company: string; // as printed, without a town
  town: string;
  title: string;
  start: string; // YYYY-MM
  end: string | null;
  kind?: 'part-time' | 'contract' | 'military' | 'internship' | 'apprenticeship' | 'service';
  duties: string[];
}
export interface Edu { school: string; degree: string; start: string; end: string; town: string }
export interface Person {
  id: string;
  language: Lang;
  name: string; // truth name (mixed: the Chinese name)
  /** other printed forms */
  given?: string; family?: string; english?: string; caps?: string; pinyin?: string;
  prefix?: string; // Dr., Eng., CA …
  postnominals?: string;
  email: string;
  phone: string; // E.164 of the own mobile (truth)
  phoneNat: string; // national format as the person writes it
  phoneIntl: string; // international format as written
  other: { label: string; labelZh?: string; number: string }[]; // home / office / second numbers (never truth)
  town: string; address: string;
  headline: string;
  summary: string;
  skills: string[];
  languages: string[];
  certificates: string[];
  work: Job[];
  education: Edu[];
  born?: string; nationality?: string; idLine?: string;
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'NGUYEN Thi Mai', given: 'Thi Mai', family: 'Nguyen', english: 'Mai Nguyen', caps: 'NGUYEN Thi Mai',
    postnominals: 'BPharm (Hons), MClinPharm',
    email: 'nguyen.thimai.rph@gmail.com', phone: '+61438517264', phoneNat: '0438 517 264', phoneIntl: '+61 438 517 264',
    other: [{ label: 'Home', number: '(03) 9547 2218' }],
    town: 'Footscray VIC', address: '14/62 Droop Street, Footscray VIC 3011',
    headline: 'Clinical Pharmacist — Oncology',
    summary: 'Hospital pharmacist with eleven years in Victorian public health, now leading the oncology pharmacy team.',
    skills: ['Clinical medication review', 'Oncology pharmacy', 'Aseptic compounding', 'Medication reconciliation',
      'Therapeutic drug monitoring | TDM', 'Antimicrobial stewardship | AMS', 'Cerner PowerChart', 'Staff training and precepting'],
    languages: ['English (fluent)', 'Vietnamese (native)'],
    certificates: ['AHPRA general registration PHA0001873421', 'Advanced Life Support (ALS1), 2025'],
    work: [
      { company: 'Kingsbury Community Pharmacy', town: 'Reservoir', title: 'Intern Pharmacist', start: '2014-02', end: '2014-12', kind: 'internship',
        duties: ['Completed the intern training program and dispensed 250+ scripts a day', 'Ran dose-administration-aid packing for two aged-care homes'] },
      { company: 'Maribyrnong Valley Health', town: 'St Albans', title: 'Pharmacist (Grade 1)', start: '2015-01', end: '2017-06',
        duties: ['Ward pharmacist for general medicine and surgery', 'Medication histories and discharge reconciliation'] },
      { company: 'Brightwater Chemist Group', town: 'Sunshine', title: 'Locum Pharmacist (weekends, part-time)', start: '2016-03', end: '2018-11', kind: 'part-time',
        duties: ['Weekend cover across three community pharmacies', 'Opioid replacement therapy dosing'] },
      { company: 'Maribyrnong Valley Health', town: 'St Albans', title: 'Senior Pharmacist (Grade 2)', start: '2017-07', end: '2020-03',
        duties: ['Led antimicrobial stewardship rounds', 'Precepted interns and students'] },
      { company: 'Maribyrnong Valley Health', town: 'St Albans', title: 'Clinical Pharmacist Lead – Oncology (Grade 3)', start: '2020-04', end: null,
        duties: ['Lead a team of six in the day-oncology unit', 'Verify chemotherapy protocols and oversee aseptic compounding', 'Introduced a TDM service for vancomycin'] },
    ],
    education: [
      { school: 'University of Eastvale', degree: 'Master of Clinical Pharmacy', start: '2017-02', end: '2019-11', town: 'Melbourne' },
      { school: 'University of Eastvale', degree: 'Bachelor of Pharmacy (Honours)', start: '2010-02', end: '2013-11', town: 'Melbourne' },
    ],
    nationality: 'Australian citizen',
  },
  {
    id: 'p02', language: 'en', name: 'María José de la Fuente Ortiz', given: 'María José', family: 'de la Fuente Ortiz', caps: 'MARÍA JOSÉ DE LA FUENTE ORTIZ',
    prefix: 'Lic.',
    email: 'mariajose.delafuente.o@gmail.com', phone: '+50764823917', phoneNat: '6482-3917', phoneIntl: '+507 6482-3917',
    other: [{ label: 'WhatsApp (Venezuela)', number: '+58 (414) 327.45.18' }],
    town: 'Panama City', address: 'Calle 50, Edificio Torre Marbella, Apto. 12-B, Ciudad de Panamá',
    headline: 'Senior UX Researcher',
    summary: 'UX researcher trained in market research, with ten years across Caracas and Panama in banking and payments.',
    skills: ['User interviews', 'Usability testing', 'Survey design', 'Journey mapping', 'Figma', 'SPSS', 'Qualtrics', 'Card sorting', 'Stakeholder workshops'],
    languages: ['Spanish (native)', 'English (C1)', 'Portuguese (B1)'],
    certificates: ['NN/g UX Certification (Research), 2020'],
    work: [
      { company: 'Encuestas Andinas C.A.', town: 'Caracas', title: 'Junior Market Analyst', start: '2012-09', end: '2014-08',
        duties: ['Coded and cleaned national household surveys', 'Prepared crosstabs in SPSS for retail clients'] },
      { company: 'Grupo Sondeo Orinoco', town: 'Caracas', title: 'Research Analyst', start: '2014-09', end: '2017-02',
        duties: ['Designed questionnaires and moderated focus groups', 'Wrote brand-tracking reports for FMCG clients'] },
      { company: 'Lumen Digital Studio', town: 'Panama City', title: 'UX Researcher (contract)', start: '2017-04', end: '2018-03', kind: 'contract',
        duties: ['Twelve-month contract: usability tests for an e-commerce rebuild', 'Set up the studio’s research repository'] },
      { company: 'Banco Istmeño de Fomento', town: 'Panama City', title: 'UX Researcher', start: '2018-05', end: '2021-10',
        duties: ['Research lead for the mobile-banking app', 'Ran 140 user interviews and 30 usability rounds'] },
      { company: 'Universidad Interamericana del Istmo', town: 'Panama City', title: 'Adjunct Instructor (part-time)', start: '2019-02', end: '2022-12', kind: 'part-time',
        duties: ['Taught Research Methods for Design, evening course'] },
      { company: 'Cerulean Pay S.A.', town: 'Panama City', title: 'Senior UX Researcher', start: '2021-11', end: null,
        duties: ['Own the research roadmap for merchant onboarding', 'Coach two junior researchers', 'Run quarterly stakeholder workshops'] },
    ],
    education: [
      { school: 'Universidad Central del Caribe', degree: 'Licenciatura en Psicología (BSc Psychology)', start: '2007-09', end: '2012-07', town: 'Caracas' },
    ],
    nationality: 'Venezuelan (Panama residence permit)', idLine: 'C.I. V-19.482.776',
  },
  {
    id: 'p03', language: 'en', name: 'J. R. Okafor', given: 'J. R.', family: 'Okafor', caps: 'OKAFOR, J. R.', prefix: 'Dr.', postnominals: 'PhD, MNSM',
    email: 'okafor.jr.micro@gmail.com', phone: '+2348034127756', phoneNat: '0803 412 7756', phoneIntl: '+234 803 412 7756',
    other: [{ label: 'Alternative GSM', number: '0816 220 9134' }, { label: 'Office', number: '042-256 118 ext. 214' }],
    town: 'Enugu', address: 'Department of Microbiology, Coal City University, PMB 01274, Enugu',
    headline: 'Lecturer I, Medical Microbiology',
    summary: 'Microbiologist working on antimicrobial resistance in hospital pathogens.',
    skills: ['PCR | polymerase chain reaction', 'Antimicrobial susceptibility testing | AST', 'Bacterial genome sequencing', 'R', 'BSL-2 laboratory practice | BSL-2',
      'ELISA', 'Scientific writing', 'Grant writing'],
    languages: ['English', 'Igbo', 'German (A2)'],
    certificates: ['Registered Microbiologist, Nigerian Society for Microbiology (MNSM)'],
    work: [
      { company: 'Adamawa State Ministry of Health', town: 'Yola', title: 'Corps Member (NYSC), Public Health Laboratory', start: '2008-03', end: '2009-02', kind: 'service',
        duties: ['Primary assignment: public health laboratory, stool and water microbiology'] },
      { company: 'Coal City University', town: 'Enugu', title: 'Graduate Assistant', start: '2009-11', end: '2012-09',
        duties: ['Practical classes for 200-level students'] },
      { company: 'Coal City University', town: 'Enugu', title: 'Assistant Lecturer', start: '2012-10', end: '2016-09',
        duties: ['Taught MCB 211 and MCB 305', 'PhD research on ESBL-producing Klebsiella'] },
      { company: 'Rhineland Institute for Infection Biology', town: 'Bonn', title: 'Postdoctoral Research Fellow', start: '2016-10', end: '2018-09',
        duties: ['Whole-genome sequencing of carbapenem-resistant isolates', 'Supervised two MSc students'] },
      { company: 'Coal City University', town: 'Enugu', title: 'Lecturer II', start: '2018-10', end: '2021-09',
        duties: ['Course coordinator, Medical Microbiology', 'Set up the departmental BSL-2 suite'] },
      { company: 'Niger Delta College of Health Technology', town: 'Enugu', title: 'Adjunct Lecturer (part-time)', start: '2019-01', end: '2022-07', kind: 'part-time',
        duties: ['Taught Clinical Bacteriology to HND students, one day a week'] },
      { company: 'Coal City University', town: 'Enugu', title: 'Lecturer I', start: '2021-10', end: null,
        duties: ['Principal investigator, TETFund AMR surveillance grant', 'Supervise four MSc and two PhD students'] },
    ],
    education: [
      { school: 'Coal City University', degree: 'PhD Medical Microbiology', start: '2012-10', end: '2016-07', town: 'Enugu' },
      { school: 'University of Benue Valley', degree: 'BSc (Hons) Microbiology, Second Class Upper', start: '2003-10', end: '2007-11', town: 'Makurdi' },
    ],
    nationality: 'Nigerian', born: '14 June 1984',
  },
  {
    id: 'p04', language: 'en', name: 'Jan van der Berg', given: 'Jan', family: 'van der Berg', caps: 'JAN VAN DER BERG',
    email: 'jvdberg.horeca@gmail.com', phone: '+31648271935', phoneNat: '06-48271935', phoneIntl: '+31 6 4827 1935',
    other: [{ label: 'Home', number: '0320-247 815' }],
    town: 'Lelystad', address: 'Zuiderwagenplein 44, 8224 AD Lelystad',
    headline: 'Director of Food & Beverage',
    summary: 'Chef turned F&B director with 25 years in Dutch hotels, resorts and cruise kitchens.',
    skills: ['Menu engineering', 'HACCP', 'Food cost control', 'Kitchen brigade management', 'Banqueting', 'Wine pairing', 'Oracle MICROS | MICROS', 'Staff scheduling', 'Supplier negotiation'],
    languages: ['Dutch (native)', 'English (fluent)', 'German (good)'],
    certificates: ['SVH Meesterkok (Master Chef) 2012', 'Sociale Hygiëne'],
    work: [
      { company: 'Hotel De Gouden Karper', town: 'Hoorn', title: 'Kitchen Apprentice (BBL)', start: '2001-09', end: '2003-06', kind: 'apprenticeship', duties: ['Apprenticeship alongside ROC kitchen course'] },
      { company: 'Restaurant Zeezicht', town: 'Egmond aan Zee', title: 'Commis de Cuisine', start: '2003-07', end: '2004-12', duties: ['Garde-manger and pastry sections'] },
      { company: 'Strandhotel Duinzicht', town: 'Noordwijk', title: 'Chef de Partie', start: '2005-01', end: '2006-08', duties: ['Sauce section, 180 covers'] },
      { company: 'MS Noorderlicht Cruises', town: 'Rotterdam', title: 'Chef de Partie (seagoing)', start: '2006-09', end: '2007-10', duties: ['River-cruise galley, 140 passengers'] },
      { company: 'Brasserie Vlaskamp', town: 'Haarlem', title: 'Sous Chef', start: '2007-11', end: '2009-03', duties: ['Ran the pass on service, ordering'] },
      { company: 'Hotel Amstelkade', town: 'Amsterdam', title: 'Sous Chef', start: '2009-04', end: '2010-12', duties: ['Breakfast and banqueting for 320 rooms'] },
      { company: 'Het Pakhuis', town: 'Zwolle', title: 'Head Chef', start: '2011-01', end: '2012-08', duties: ['New seasonal menu; Bib Gourmand 2012'] },
      { company: 'Landgoed Ter Hoeven', town: 'Apeldoorn', title: 'Head Chef', start: '2012-09', end: '2014-05', duties: ['Estate restaurant and weddings, brigade of 14'] },
      { company: 'Rijnhaven Conference Hotel', town: 'Rotterdam', title: 'Executive Sous Chef', start: '2014-06', end: '2015-12', duties: ['Conference catering up to 900 guests'] },
      { company: 'Rijnhaven Conference Hotel', town: 'Rotterdam', title: 'Executive Chef', start: '2016-01', end: '2018-03', duties: ['Food cost down from 34% to 29%'] },
      { company: 'Kroonduif Hospitality Group', town: 'Utrecht', title: 'Interim F&B Operations Manager', start: '2018-04', end: '2019-01', kind: 'contract', duties: ['Interim assignment: reorganised three outlets'] },
      { company: 'Hotel Wilhelmina Parc', town: 'Arnhem', title: 'Food & Beverage Manager', start: '2019-02', end: '2022-06', duties: ['Four outlets, 60 FTE, EUR 7.4m revenue'] },
      { company: 'ROC Horeca Academie Flevoland', town: 'Lelystad', title: 'Guest Lecturer (part-time)', start: '2020-09', end: '2023-06', kind: 'part-time', duties: ['Kitchen management module, one evening a week'] },
      { company: 'Zuiderzee Resort & Spa', town: 'Lelystad', title: 'Director of Food & Beverage', start: '2022-07', end: null, duties: ['Five outlets and banqueting, 95 FTE', 'Introduced MICROS Simphony and menu engineering'] },
    ],
    education: [
      { school: 'Hotelschool Noordkust', degree: 'BBA Hospitality Management (part-time)', start: '2013-09', end: '2017-06', town: 'Den Helder' },
      { school: 'ROC Kop van Noord-Holland', degree: 'MBO 4 Zelfstandig werkend kok', start: '2000-08', end: '2003-06', town: 'Hoorn' },
    ],
    nationality: 'Dutch', born: '3 February 1984',
  },
  {
    id: 'p05', language: 'en', name: 'Omar Khaled Abdel-Rahman El-Sayed', given: 'Omar Khaled', family: 'Abdel-Rahman El-Sayed', caps: 'OMAR KHALED ABDEL-RAHMAN EL-SAYED', prefix: 'Eng.', postnominals: 'PMP',
    email: 'o.k.elsayed.mep@outlook.com', phone: '+966553184427', phoneNat: '055 318 4427', phoneIntl: '+966 55 318 4427',
    other: [{ label: 'WhatsApp (Egypt)', number: '+20 100 762 3381' }, { label: 'Home (Cairo)', number: '(02) 2690 4175' }],
    town: 'Riyadh', address: 'Al Malqa District, Riyadh 13521, Saudi Arabia',
    headline: 'MEP Manager',
    summary: 'Mechanical engineer managing MEP works on hospital and mixed-use projects in Saudi Arabia.',
    skills: ['AutoCAD MEP', 'Revit MEP | Revit', 'Primavera P6 | P6', 'Navisworks clash detection', 'HVAC design review', 'Value engineering', 'QA/QC', 'Shop drawing review'],
    languages: ['Arabic (native)', 'English (fluent)'],
    certificates: ['PMP, PMI (2019)', 'Saudi Council of Engineers — Professional Engineer No. 418227'],
    work: [
      { company: 'Nile Delta Contracting Co.', town: 'Mansoura', title: 'Trainee Site Engineer', start: '2010-08', end: '2011-11', kind: 'internship', duties: ['Supervised plumbing and fire-fighting installation'] },
      { company: 'Egyptian Armed Forces – Engineering Corps', town: 'Ismailia', title: 'Reserve Officer (military service)', start: '2011-12', end: '2013-02', kind: 'military', duties: ['Compulsory service, maintenance of field generators and pumps'] },
      { company: 'Nile Delta Contracting Co.', town: 'Mansoura', title: 'Site Engineer', start: '2013-03', end: '2015-09', duties: ['HVAC and plumbing for a 300-bed hospital'] },
      { company: 'Al-Rowad Gulf Construction', town: 'Riyadh', title: 'MEP Engineer', start: '2015-10', end: '2019-04', duties: ['Shop drawings and clash detection for two towers'] },
      { company: 'Al-Rowad Gulf Construction', town: 'Riyadh', title: 'Senior MEP Coordinator', start: '2019-05', end: '2021-12', duties: ['Coordinated 11 subcontractors; value engineering saved SAR 6.2m'] },
      { company: 'Tihama Infrastructure Partners', town: 'Riyadh', title: 'MEP Manager', start: '2022-01', end: null, duties: ['MEP package lead on a 640-bed medical city', 'Team of 18 engineers and inspectors'] },
    ],
    education: [
      { school: 'Delta University of Engineering', degree: 'B.Sc. Mechanical Power Engineering (Very Good with Honours)', start: '2005-09', end: '2010-06', town: 'Mansoura' },
    ],
    nationality: 'Egyptian', born: '22 August 1988', idLine: 'Iqama: transferable · Military status: completed',
  },
  {
    id: 'p06', language: 'en', name: 'Priyanka Raghunathan Iyer', given: 'Priyanka', family: 'Iyer', caps: 'PRIYANKA RAGHUNATHAN IYER', prefix: 'CA', postnominals: 'ACA, CFA',
    email: 'priyanka.iyer.ca@gmail.com', phone: '+919840162735', phoneNat: '98401 62735', phoneIntl: '+91 98401 62735',
    other: [{ label: 'Residence', number: '044-2491 6604' }],
    town: 'Chennai', address: 'Flat 3C, Sri Krishna Apartments, 11 Venkatraman Street, T. Nagar, Chennai 600017',
    headline: 'Head – Treasury Analytics',
    summary: 'Chartered accountant and CFA charterholder running treasury analytics for an NBFC.',
    skills: ['Ind AS / IFRS reporting | Ind AS | IFRS', 'Treasury management', 'Cash-flow forecasting', 'Power BI', 'SAP FICO | SAP FI/CO', 'Advanced Excel', 'Financial modelling', 'Python (pandas) | Python'],
    languages: ['English', 'Tamil', 'Hindi'],
    certificates: ['Chartered Accountant (ICAI), 2014', 'CFA Charterholder, 2019'],
    work: [
      { company: 'Srinivasan & Raman Chartered Accountants', town: 'Chennai', title: 'Articled Assistant', start: '2011-07', end: '2014-06', kind: 'internship', duties: ['Statutory and tax audits of manufacturing clients'] },
      { company: 'Kalpaka Assurance LLP', town: 'Chennai', title: 'Audit Associate', start: '2014-08', end: '2016-11', duties: ['Ind AS transition audits for listed clients'] },
      { company: 'Thiruvalluvar Textiles Ltd', town: 'Coimbatore', title: 'Financial Analyst', start: '2016-12', end: '2019-05', duties: ['Budgeting and working-capital analysis'] },
      { company: 'Suryamukhi Finance Ltd', town: 'Chennai', title: 'Treasury Manager', start: '2019-06', end: '2023-03', duties: ['Managed INR 2,400 crore borrowing book', 'Built daily liquidity dashboard in Power BI'] },
      { company: 'Suryamukhi Finance Ltd', town: 'Chennai', title: 'Head – Treasury Analytics', start: '2023-04', end: null, duties: ['ALM and cash-flow forecasting models', 'Team of five analysts'] },
    ],
    education: [
      { school: 'Loyola-Mylai College of Commerce', degree: 'B.Com (Accounting & Finance)', start: '2008-06', end: '2011-04', town: 'Chennai' },
    ],
    nationality: 'Indian',
  },
  {
    id: 'p07', language: 'en', name: 'Katarzyna Wiśniewska-Nowak', given: 'Katarzyna', family: 'Wiśniewska-Nowak', caps: 'KATARZYNA WIŚNIEWSKA-NOWAK',
    email: 'k.wisniewska.nowak@wp.pl', phone: '+48601847293', phoneNat: '601 847 293', phoneIntl: '+48 601 847 293',
    other: [{ label: 'home', number: '22 845 17 03' }],
    town: 'Warsaw', address: 'ul. Grochowska 218/14, 04-357 Warszawa',
    headline: 'QA Lead / Test Automation',
    summary: 'Test automation engineer and QA lead, eleven years in fintech and health-tech.',
    skills: ['Test automation', 'Selenium WebDriver | Selenium', 'Playwright', 'Java', 'REST API testing', 'Postman', 'JMeter', 'Jira', 'CI/CD pipelines | CI/CD'],
    languages: ['Polish (native)', 'English (C1)', 'German (B1)'],
    certificates: ['ISTQB Advanced Level Test Analyst (2018)'],
    work: [
      { company: 'Bursztyn Software sp. z o.o.', town: 'Gdańsk', title: 'QA Engineer', start: '2015-10', end: '2018-12', duties: ['Manual and automated regression for a logistics ERP'] },
      { company: 'Vistula Payments S.A.', town: 'Warsaw', title: 'Senior QA Engineer (B2B contract)', start: '2019-01', end: '2022-08', kind: 'contract', duties: ['Built the Selenium/Java framework for the card-issuing platform', 'Cut regression time from 3 days to 4 hours'] },
      { company: 'Akademia Kodu Praga', town: 'Warsaw', title: 'Trainer (part-time)', start: '2020-02', end: '2021-06', kind: 'part-time', duties: ['Weekend bootcamp: software testing basics'] },
      { company: 'Mazovia Health Tech sp. z o.o.', town: 'Warsaw', title: 'QA Lead (B2B contract)', start: '2022-09', end: null, kind: 'contract', duties: ['Lead five testers; moved UI tests to Playwright', 'Performance testing with JMeter'] },
    ],
    education: [
      { school: 'Politechnika Nadwiślańska', degree: 'MSc Computer Science', start: '2010-10', end: '2015-07', town: 'Gdańsk' },
    ],
    nationality: 'Polish',
  },
  {
    id: 'p08', language: 'zh', name: '上官颖', pinyin: 'Shangguan Ying',
    email: 'sgying_work@163.com', phone: '+8613918264307', phoneNat: '139 1826 4307', phoneIntl: '+86 139-1826-4307',
    other: [{ label: 'Office', labelZh: '公司座机', number: '021-6438 2270 转 806' }],
    town: '上海', address: '上海市徐汇区宜山路 700 弄 12 号',
    headline: '品牌运营经理',
    summary: '8 年新媒体与品牌运营经验，擅长小红书与短视频内容。',
    skills: ['新媒体运营', '短视频策划', '小红书运营', '数据分析', '用户增长', '社群运营', 'Photoshop | PS', '文案撰写'],
    languages: ['英语（CET-6）'],
    certificates: ['全国计算机二级', '巨量引擎营销认证'],
    work: [
      { company: '上海青禾文化传播有限公司', town: '上海', title: '新媒体运营专员', start: '2016-07', end: '2018-09', duties: ['负责公众号及微博日常内容，粉丝从 3 万增至 18 万', '策划节日营销活动'] },
      { company: '杭州鹿鸣网络科技有限公司', town: '杭州', title: '内容运营主管', start: '2018-10', end: '2021-04', duties: ['带领 5 人内容团队', '短视频账号矩阵搭建，单条最高播放 420 万'] },
      { company: '上海澜屿生活方式品牌管理有限公司', town: '上海', title: '品牌运营经理', start: '2021-05', end: null, duties: ['负责小红书与抖音品牌账号', '年度内容预算 600 万，ROI 提升 35%'] },
    ],
    education: [{ school: '华东联合大学', degree: '本科 · 广告学', start: '2012-09', end: '2016-06', town: '上海' }],
  },
  {
    id: 'p09', language: 'zh', name: '王磊', pinyin: 'Wang Lei',
    email: 'wanglei_dev@126.com', phone: '+8618601395572', phoneNat: '186 0139 5572', phoneIntl: '+86 186 0139 5572',
    other: [{ label: 'Home', labelZh: '家庭电话', number: '010-6278 4419' }],
    town: '北京', address: '北京市海淀区清河中街 68 号院',
    headline: '技术总监',
    summary: '13 年 Java 后端研发与团队管理经验。',
    skills: ['Java', 'Spring Boot', 'MySQL', 'Redis', 'Kafka', '微服务架构 | 微服务', 'Kubernetes | K8s', '团队管理'],
    languages: ['英语（CET-4）'],
    certificates: ['系统架构设计师（高级）'],
    work: [
      { company: '北京中科汇联信息技术有限公司', town: '北京', title: 'Java开发工程师', start: '2012-07', end: '2014-12', duties: ['电子政务平台后端开发'] },
      { company: '北京云帆数据科技有限公司', town: '北京', title: '高级Java开发工程师', start: '2015-01', end: '2017-06', duties: ['数据交换平台核心模块开发'] },
      { company: '北京云帆数据科技有限公司', town: '北京', title: '技术主管', start: '2017-07', end: '2019-12', duties: ['带领 8 人后端小组，推动服务拆分'] },
      { company: '北京云帆数据科技有限公司', town: '北京', title: '研发经理', start: '2020-01', end: '2022-03', duties: ['负责 30 人研发部门，建设 K8s 容器平台'] },
      { company: '北京星图智联科技有限公司', town: '北京', title: '技术总监', start: '2022-04', end: null, duties: ['负责技术架构与研发团队（45 人）', '主导 Kafka 实时数据平台建设'] },
    ],
    education: [{ school: '北方交通工程大学', degree: '本科 · 计算机科学与技术', start: '2008-09', end: '2012-06', town: '北京' }],
  },
  {
    id: 'p10', language: 'zh', name: '黃嘉慧', pinyin: 'Wong Ka Wai',
    email: 'kawai.wong.hr@gmail.com', phone: '+85262843915', phoneNat: '6284 3915', phoneIntl: '+852 6284 3915',
    other: [{ label: 'Home', labelZh: '住宅電話', number: '2691 4480' }],
    town: '香港', address: '香港新界沙田第一城 38 座 12 樓 F 室',
    headline: '人力資源經理',
    summary: '十年人力資源經驗，熟悉零售及酒店業招聘與薪酬。',
    skills: ['招聘及甄選', '薪酬福利管理', '強積金行政 | MPF', '僱傭條例', '員工關係', 'Workday', 'Excel', '培訓統籌'],
    languages: ['粵語（母語）', '英語（流利）', '普通話（良好）'],
    certificates: ['香港人力資源管理學會 專業會員'],
    work: [
      { company: '信昌物業管理有限公司', town: '香港', title: '人力資源助理', start: '2015-08', end: '2017-10', duties: ['處理前線保安及清潔員工招聘', '出勤及薪酬資料輸入'] },
      { company: '恒匯零售集團有限公司', town: '香港', title: '人力資源主任', start: '2017-11', end: '2020-06', duties: ['負責 40 間分店招聘', '強積金及保險行政'] },
      { company: '恒匯零售集團有限公司', town: '香港', title: '高級人力資源主任', start: '2020-07', end: '2022-12', duties: ['推行 Workday 系統', '處理員工關係個案'] },
      { company: '利嘉酒店集團有限公司', town: '香港', title: '人力資源經理', start: '2023-01', end: null, duties: ['管理三間酒店人力資源（1,200 名員工）', '年度薪酬檢討及培訓統籌'] },
    ],
    education: [{ school: '香港都會商學院', degree: '工商管理學士（人力資源管理）', start: '2011-09', end: '2015-06', town: '香港' }],
  },
  {
    id: 'p11', language: 'zh', name: '陳志強', pinyin: 'Chen Chih-Chiang',
    email: 'cc.chen.mech@gmail.com', phone: '+886928417356', phoneNat: '0928-417-356', phoneIntl: '+886 928 417 356',
    other: [{ label: 'Home', labelZh: '住家電話', number: '(04)2358-6127' }],
    town: '台中市', address: '台中市西屯區福科路 211 巷 6 號 4 樓',
    headline: '資深設備工程師',
    summary: '十年半導體與精密機械設備工程經驗。',
    skills: ['SolidWorks', 'AutoCAD', 'PLC 程式設計 | PLC', '設備保養 TPM | TPM', '六標準差 | Six Sigma', '治具設計', '製程改善', 'Minitab'],
    languages: ['中文（母語）', '英文（TOEIC 785）', '台語'],
    certificates: ['六標準差綠帶', '甲級機械加工技術士'],
    work: [
      { company: '陸軍工兵營', town: '新竹', title: '預備軍官少尉排長（義務役）', start: '2013-07', end: '2014-06', kind: 'military', duties: ['帶領 30 人工兵排，負責機具保養'] },
      { company: '精銳機械股份有限公司', town: '台中', title: '製程工程師', start: '2014-08', end: '2017-09', duties: ['CNC 加工製程改善，不良率由 3.2% 降至 1.1%'] },
      { company: '科茂精密工業股份有限公司', town: '台中', title: '設備工程師', start: '2017-10', end: '2020-12', duties: ['自動化產線 PLC 程式維護', '導入 TPM 保養制度'] },
      { company: '鼎昇半導體設備股份有限公司', town: '新竹', title: '資深設備工程師', start: '2021-01', end: null, duties: ['晶圓傳送設備治具設計', '帶領 4 人設備小組'] },
    ],
    education: [{ school: '中部科技大學', degree: '機械工程系 碩士', start: '2011-09', end: '2013-06', town: '台中' }],
  },
  {
    id: 'p12', language: 'zh', name: '李想', pinyin: 'Li Xiang',
    email: 'lixiang9907@qq.com', phone: '+8615827369041', phoneNat: '158 2736 9041', phoneIntl: '+86 158 2736 9041',
    other: [],
    town: '成都', address: '四川省成都市武侯区科华北路 139 号',
    headline: '会计',
    summary: '财务会计专业毕业，五年代理记账与全盘账务经验。',
    skills: ['全盘账务处理 | 全盘账', '金蝶 KIS', '用友 U8', '纳税申报', 'Excel', '财务报表编制'],
    languages: ['英语（CET-4）'],
    certificates: ['初级会计职称', '中级会计职称（2024）'],
    work: [
      { company: '成都蓉信财务咨询有限公司', town: '成都', title: '会计', start: '2021-07', end: null, duties: ['负责 28 家小规模及一般纳税人企业全盘账务', '每月增值税、个税及企业所得税申报', '编制月度财务报表'] },
    ],
    education: [{ school: '西南财经职业大学', degree: '本科 · 财务管理', start: '2017-09', end: '2021-06', town: '成都' }],
    born: '1999年3月',
  },
  {
    id: 'p13', language: 'mixed', name: '郑浩然', english: 'Jason Zheng', pinyin: 'Zheng Haoran', caps: 'ZHENG Haoran',
    email: 'jason.zheng.sg@gmail.com', phone: '+6597362148', phoneNat: '9736 2148', phoneIntl: '+65 9736 2148',
    other: [{ label: 'Office', labelZh: '办公', number: '6812 3344 ext 215' }],
    town: 'Singapore', address: 'Blk 421 Tampines Street 41, #09-187, Singapore 520421',
    headline: 'Head of Data',
    summary: 'Data leader with 12 years in logistics, retail and fintech analytics.',
    skills: ['SQL', 'Python', 'Tableau', 'dbt', 'Snowflake', 'A/B testing', 'Stakeholder management', 'Data governance'],
    languages: ['English', 'Mandarin 中文', 'Cantonese'],
    certificates: ['Google Cloud Professional Data Engineer'],
    work: [
      { company: 'Straits Harbour Logistics Pte Ltd', town: 'Singapore', title: 'Data Analyst', start: '2014-01', end: '2016-05', duties: ['Port-volume forecasting and daily KPI reporting'] },
      { company: 'Straits Harbour Logistics Pte Ltd', town: 'Singapore', title: 'Senior Data Analyst', start: '2016-06', end: '2018-08', duties: ['Built the Tableau operations cockpit'] },
      { company: 'Merlion Retail Group', town: 'Singapore', title: 'Analytics Manager', start: '2018-09', end: '2022-02', duties: ['Team of six; loyalty and pricing analytics', 'A/B testing programme for e-commerce'] },
      { company: 'Aurora Fintech Asia Pte Ltd', town: 'Singapore', title: 'Head of Data', start: '2022-03', end: null, duties: ['Snowflake + dbt platform, 14-person data team', 'Data governance for MAS reporting'] },
    ],
    education: [{ school: 'Nanyang Polytechnic University', degree: 'B.Sc. Statistics (Honours)', start: '2010-08', end: '2013-12', town: 'Singapore' }],
    nationality: 'Singaporean',
  },
  {
    id: 'p14', language: 'mixed', name: '苏婉婷', english: 'Tiffany Su', pinyin: 'Su Wanting', caps: 'SU Wanting',
    email: 'tiffany.su.scm@outlook.com', phone: '+8613761882045', phoneNat: '137 6188 2045', phoneIntl: '+86 137 6188 2045',
    other: [{ label: 'Office', labelZh: '办公电话', number: '021-5046 7788 ext. 3321' }],
    town: 'Shanghai 上海', address: '上海市浦东新区张杨路 1888 弄 5 号 902 室',
    headline: 'S&OP Manager',
    summary: 'Supply-chain planner with 13 years in chemicals and medical devices.',
    skills: ['S&OP', 'Demand planning', 'SAP APO', 'Excel VBA', 'Power BI', '供应商管理', 'Inventory optimisation'],
    languages: ['Mandarin (native)', 'English (fluent, IELTS 7.5)'],
    certificates: ['APICS CPIM'],
    work: [
      { company: '上海博纳国际物流有限公司', town: '上海', title: 'Supply Chain Assistant', start: '2013-07', end: '2015-06', duties: ['Customs documents and shipment tracking'] },
      { company: 'Hallstein Chemicals (China) Co., Ltd.', town: 'Shanghai', title: 'Demand Planner', start: '2015-07', end: '2018-12', duties: ['Statistical forecasting for 900 SKUs in SAP APO'] },
      { company: 'Hallstein Chemicals (China) Co., Ltd.', town: 'Shanghai', title: 'Senior Demand Planner', start: '2019-01', end: '2020-10', duties: ['Forecast accuracy from 61% to 78%'] },
      { company: '艾伦达医疗器械（上海）有限公司', town: '上海', title: 'S&OP Manager', start: '2020-11', end: null, duties: ['Monthly S&OP cycle for Greater China', 'Inventory down 22% while service level held at 97%'] },
    ],
    education: [{ school: '上海海事商学院', degree: 'BA Logistics Management 物流管理', start: '2009-09', end: '2013-06', town: '上海' }],
  },
  {
    id: 'p15', language: 'mixed', name: '何俊杰', english: 'Kelvin Ho', pinyin: 'Ho Jun Jie', caps: 'HO JUN JIE',
    postnominals: 'B.Eng (Hons)',
    email: 'kelvinho.jj@gmail.com', phone: '+60124873396', phoneNat: '012-487 3396', phoneIntl: '+60 12-487 3396',
    other: [{ label: 'Home', labelZh: '住家', number: '03-7865 2210' }],
    town: 'Petaling Jaya', address: '23, Jalan SS 21/37, Damansara Utama, 47400 Petaling Jaya, Selangor',
    headline: 'Regional Sales Manager',
    summary: 'Sales engineer turned regional manager, 14 years selling industrial automation in Malaysia and Singapore.',
    skills: ['B2B sales', 'Key account management', 'Salesforce CRM | Salesforce', 'Industrial automation', 'Tender preparation', 'Negotiation', 'Product demonstrations'],
    languages: ['English', 'Bahasa Malaysia', 'Mandarin 华语', 'Cantonese'],
    certificates: ['Graduate Engineer, Board of Engineers Malaysia'],
    work: [
      { company: 'Perkasa Automation Sdn Bhd', town: 'Shah Alam', title: 'Sales Engineer', start: '2012-03', end: '2015-02', duties: ['Sold PLC and drive packages to F&B plants'] },
      { company: 'Perkasa Automation Sdn Bhd', town: 'Shah Alam', title: 'Senior Sales Engineer', start: '2015-03', end: '2017-12', duties: ['Top performer 2016 (RM 8.1m)'] },
      { company: 'Tenaga Fluid Systems (M) Sdn Bhd', town: 'Puchong', title: 'Key Account Manager', start: '2018-01', end: '2021-06', duties: ['Managed 12 key accounts in oil & gas'] },
      { company: 'Nanyang Precision Instruments Sdn Bhd', town: 'Petaling Jaya', title: 'Regional Sales Manager', start: '2021-07', end: null, duties: ['Malaysia and Singapore, team of 7', 'Grew revenue 48% in two years'] },
    ],
    education: [{ school: 'Universiti Teknologi Selatan', degree: 'B.Eng (Hons) Electrical & Electronic Engineering', start: '2007-07', end: '2011-06', town: 'Johor Bahru' }],
    nationality: 'Malaysian',
  },
  {
    id: 'p16', language: 'mixed', name: '杨思远', english: 'Sean Yang', pinyin: 'Yang Siyuan', caps: 'YANG Siyuan',
    email: 'sean.yang.dev@gmail.com', phone: '+16043628815', phoneNat: '(604) 362-8815', phoneIntl: '+1 604-362-8815',
    other: [{ label: 'Mobile (China, WeChat)', labelZh: '国内手机/微信', number: '+86 135 1024 7736' }],
    town: 'Burnaby, BC', address: '4508 Hazel Street, Unit 1203, Burnaby, BC V5H 4T8',
    headline: 'Senior Site Reliability Engineer',
    summary: 'SRE with ten years in back-end and platform work in Shenzhen and Vancouver.',
    skills: ['Go', 'Kubernetes', 'Terraform', 'AWS', 'Prometheus', 'Python', 'Linux', 'Incident management'],
    languages: ['English (professional)', 'Mandarin (native)'],
    certificates: ['CKA – Certified Kubernetes Administrator', 'AWS Solutions Architect – Associate'],
    work: [
      { company: 'Shenzhen Yunzhan Technology Co., Ltd.', town: 'Shenzhen', title: 'Software Engineer Intern', start: '2015-07', end: '2015-12', kind: 'internship', duties: ['Internal tooling in Python'] },
      { company: 'Shenzhen Yunzhan Technology Co., Ltd.', town: 'Shenzhen', title: 'Software Engineer', start: '2016-07', end: '2019-03', duties: ['Go micro-services for a logistics SaaS', 'On-call rotation for payment services'] },
      { company: 'Tidewater Credit Union', town: 'Vancouver', title: 'DevOps Engineer (contract)', start: '2019-09', end: '2020-08', kind: 'contract', duties: ['12-month contract: moved CI to GitLab and Terraform'] },
      { company: 'Northshore Health Analytics', town: 'North Vancouver', title: 'Site Reliability Engineer', start: '2020-09', end: '2023-05', duties: ['Kubernetes on AWS (EKS), Prometheus alerting', 'Cut paging volume by 60%'] },
      { company: 'Salish Cloud Systems', town: 'Vancouver', title: 'Senior Site Reliability Engineer', start: '2023-06', end: null, duties: ['Incident management lead; SLO programme', 'Terraform module library for 40 teams'] },
    ],
    education: [{ school: 'South China Institute of Technology', degree: 'B.Eng. Software Engineering', start: '2012-09', end: '2016-06', town: 'Guangzhou' }],
    nationality: 'Permanent resident of Canada',
  },
];

export const byId = (id: string): Person => {
  const p = people.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p;
};
/** The printed form of a skill (before any synonym). */
export const sk = (s: string): string => s.split(' | ')[0];
