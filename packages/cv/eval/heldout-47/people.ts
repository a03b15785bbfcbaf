/**
 * heldout-47 — the 16 invented people. Everything here is made up: people, employers, schools, addresses, e-mail
 * addresses and phone numbers (numbers have the right shape for their country; UK numbers are from Ofcom's drama
 * ranges, the Australian one from ACMA's fictitious range, North-American ones are 555-01xx).
 *
 * `skills` are written as the truth wants them: the printed spelling first, synonyms after ` | `. Every template
 * prints `printed(skill)` and nothing else for a skill, so the spelling is the same in every document.
 * `work` is in date order; `title` is how the person writes the role (mixed people: Chinese / English as noted).
 */

export type Lang = 'en' | 'zh' | 'mixed';

export interface Job {
  company: string; // exactly as printed in every document
  title: string; // role as written in the person's main language
  titleEn?: string; // English rendering used by bilingual templates (mixed / zh people)
  city: string;
  cityEn?: string;
  start: string; // YYYY-MM
  end: string | null; // null = current
  bullets: string[];
  bulletsEn?: string[];
  extra?: Record<string, string>; // template-specific facts (vessel size, league, team size, reporting line …)
}

export interface Edu {
  school: string;
  schoolEn?: string;
  degree: string;
  degreeEn?: string;
  start: string;
  end: string;
  city?: string;
}

export interface Gap {
  start: string;
  end: string;
  text: string;
  textEn?: string;
}

export interface Person {
  id: string;
  language: Lang;
  name: string; // the truth name (mixed: the Chinese name)
  latinName?: string; // how the name is romanised / the English name next to it
  email: string;
  phone: string; // E.164, the candidate's own mobile
  phoneLocal: string; // the same number as the person writes it at home
  headline: string;
  headlineEn?: string;
  city: string;
  cityEn?: string;
  summary: string;
  summaryEn?: string;
  skills: string[];
  languages: string[];
  certs: string[];
  education: Edu[];
  work: Job[];
  gaps?: Gap[];
  facts: Record<string, string>; // other printed particulars (DOB, ID numbers, landline, referees …)
}

export const printed = (skill: string) => skill.split(' | ')[0];

export const people: Person[] = [
  // ───────────────────────────── English ─────────────────────────────
  {
    id: 'p01',
    language: 'en',
    name: 'Catalina Fuentes Ríos',
    email: 'catalina.fuentesrios@gmail.com',
    phone: '+56962841937',
    phoneLocal: '+56 9 6284 1937',
    headline: 'Metallurgical Engineer — Plant Metallurgy Superintendent',
    city: 'Antofagasta, Chile',
    summary:
      'Metallurgical civil engineer with twelve years in copper concentrators and SX-EW plants in the Antofagasta and Atacama regions. I lead plant metallurgy teams, run recovery improvement programmes and translate plant data into decisions for operations and finance.',
    skills: [
      'Flotation circuit optimisation',
      'SX-EW hydrometallurgy | SX-EW | solvent extraction and electrowinning',
      'METSIM',
      'HSC Chemistry',
      'PI System | OSIsoft PI',
      'Root cause analysis (RCA) | RCA',
      'Power BI',
      'OPEX budgeting',
    ],
    languages: ['Spanish — native', 'English — advanced (TOEIC 905, 2021)'],
    certs: ['Lean Six Sigma Green Belt (2020)', 'Mining Safety Supervisor course, 40 h (2017)', 'Driving licence class B'],
    education: [
      { school: 'Universidad Técnica del Litoral Norte', degree: 'Metallurgical Civil Engineering (Ingeniería Civil Metalúrgica), professional degree', start: '2008-03', end: '2013-12', city: 'Antofagasta' },
      { school: 'Instituto de Estudios Mineros del Pacífico', degree: 'Diploma in Mining Operations Management', start: '2020-04', end: '2020-11', city: 'Santiago (online)' },
    ],
    work: [
      { company: 'Minera Quebrada Honda SpA', title: 'Junior Process Engineer', city: 'Taltal', start: '2014-03', end: '2016-08', bullets: ['Daily metallurgical accounting for a 38 ktpd copper concentrator.', 'Ran flotation reagent trials with the plant laboratory; wrote the shift reports.'] },
      { company: 'Minera Quebrada Honda SpA', title: 'Process Engineer', city: 'Taltal', start: '2016-09', end: '2019-02', bullets: ['Owned the rougher–scavenger circuit: +1.8 pt copper recovery after a cell-level audit.', 'Built the first PI System dashboards for flotation and thickening.'] },
      { company: 'Hidrometalurgia Andina Consultores Ltda.', title: 'Senior Metallurgist', city: 'Santiago', start: '2019-03', end: '2022-06', bullets: ['Led METSIM mass balances and SX-EW debottlenecking studies for five clients.', 'Supervised two junior engineers and the pilot-plant campaign in Copiapó.'] },
      { company: 'Compañía Minera Salar del Viento S.A.', title: 'Plant Metallurgy Superintendent', city: 'Antofagasta', start: '2022-07', end: null, bullets: ['Lead a team of 14 metallurgists and analysts across concentrator and SX-EW areas.', 'Cut reagent OPEX by 9 % in 2024 while holding recovery; own the area budget (USD 31 M).'] },
    ],
    facts: {
      rut: '16.904.218-3',
      dob: '14 May 1989',
      nationality: 'Chilean',
      marital: 'Married',
      address: 'Pasaje Los Algarrobos 1447, Antofagasta',
      comuna: 'Antofagasta, Región de Antofagasta',
      landline: '+56 55 248 3190',
      salary: 'CLP 7,400,000 net per month (negotiable)',
      availability: '30 days’ notice',
      recruiter: 'Hugh Whitcombe',
      recruiterEmail: 'hugh.whitcombe@ridgeline-search.com.au',
      recruiterPhone: '+61 8 5550 4142',
    },
  },
  {
    id: 'p02',
    language: 'en',
    name: 'Rhiannon Pryce-Davies',
    email: 'rhiannon.prycedavies@outlook.com',
    phone: '+447700900614',
    phoneLocal: '07700 900614',
    headline: 'Policy & Data Analyst',
    city: 'Cardiff',
    summary:
      'Bilingual (Welsh/English) policy analyst who turns administrative and survey data into briefings that ministers and boards actually read. Twelve years across housing, think-tank and health-board settings.',
    skills: [
      'R (tidyverse, Shiny) | R | tidyverse | Shiny',
      'SQL',
      'Stata',
      'Python (pandas) | Python | pandas',
      'Survey design',
      'QGIS',
      'Policy briefing',
      'Stakeholder engagement',
    ],
    languages: ['Welsh — fluent (spoken and written)', 'English — native', 'French — basic'],
    certs: ['Full member, Social Research Association', 'Full UK driving licence'],
    education: [
      { school: 'Taff Valley University', degree: 'MSc Social Research Methods (Distinction)', start: '2012-09', end: '2013-09', city: 'Cardiff' },
      { school: 'Aberdyfi University', degree: 'BA (Hons) Sociology and Politics, 2:1', start: '2009-09', end: '2012-06', city: 'Aberdyfi' },
    ],
    work: [
      { company: 'Caerwent Housing Association', title: 'Research Assistant', city: 'Newport', start: '2013-09', end: '2015-04', bullets: ['Ran the annual tenant satisfaction survey (n ≈ 3,000) and wrote the board summary.', 'Cleaned and linked rent-arrears data for the welfare-reform impact study.'] },
      { company: 'Brightwell Policy Institute', title: 'Research Officer', city: 'Bristol', start: '2015-05', end: '2018-10', bullets: ['Co-authored six published reports on regional labour markets.', 'Built a reproducible R pipeline for the quarterly earnings tracker.'] },
      { company: 'Severnside University Health Board', title: 'Senior Data Analyst', city: 'Cardiff', start: '2019-09', end: '2023-03', bullets: ['Led waiting-list analytics for planned care; weekly briefings to the executive team.', 'Designed the Welsh-language patient experience survey with the Patient Voice team.'] },
      { company: 'Pontcanna Analytics Ltd', title: 'Lead Policy Analyst', city: 'Cardiff', start: '2023-04', end: null, bullets: ['Lead a team of four on evaluation contracts for local authorities and housing associations.', 'Introduced QGIS-based small-area mapping into all evaluation reports.'] },
    ],
    gaps: [{ start: '2018-11', end: '2019-08', text: 'Career break — full-time carer for a family member' }],
    facts: {
      oldPhone: '07700 900112',
      home: '029 2018 0457',
      recruiter: 'Mark Ellery',
      agency: 'Talentbridge Recruitment',
      agencyPhone: '0161 496 0734',
      agencyEmail: 'mark.ellery@talentbridge-rec.co.uk',
      address: '14 Plasturton Gardens, Pontcanna, Cardiff CF11',
      site: 'rhiannon-pd.cymru',
    },
  },
  {
    id: 'p03',
    language: 'en',
    name: 'Jordan Kealy',
    email: 'jordankealy.crew@gmail.com',
    phone: '+61491570157',
    phoneLocal: '+61 491 570 157',
    headline: 'Bosun | Tender Driver | RYA Yachtmaster Offshore',
    city: 'Antibes, France (home port Airlie Beach, QLD)',
    summary:
      'Australian bosun with seven seasons on 58–74 m motor yachts in the Mediterranean and Caribbean, after a marine-mechanic apprenticeship and two years on reef tenders. Calm under guests, fussy about teak, good with outboards.',
    skills: [
      'Tender driving (RIBs to 10 m) | tender operations',
      'Teak care & exterior detailing | exterior detailing',
      'Watersports toys (Seabob, jet ski, e-foil) | watersports',
      'Anchoring & line handling',
      'Outboard servicing',
      'Gelcoat & fibreglass repair | fibreglass repair',
      'Varnishing',
      'Crew supervision',
    ],
    languages: ['English — native', 'French — basic'],
    certs: ['STCW Basic Safety Training (2015, refreshed 2025)', 'ENG1 medical — valid to 08/2027', 'RYA Yachtmaster Offshore (commercially endorsed)', 'RYA PWC Instructor', 'Food Hygiene Level 2'],
    education: [
      { school: 'Mackay Maritime & Trades College', degree: 'Certificate III in Marine (Outboard Engines)', start: '2012-02', end: '2015-09', city: 'Mackay, QLD' },
    ],
    work: [
      { company: 'Mackay Outboard & Marine', title: 'Apprentice Marine Mechanic', city: 'Mackay, QLD', start: '2012-02', end: '2015-09', bullets: ['Four-year apprenticeship servicing outboards, sterndrives and trailers.'], extra: { size: '—', type: 'Workshop', area: 'Queensland' } },
      { company: 'Whitsunday Reef Cruises', title: 'Deckhand / Tender Driver', city: 'Airlie Beach, QLD', start: '2015-10', end: '2017-04', bullets: ['Drove 60-pax reef tenders; snorkel safety lookout; daily engine checks.'], extra: { size: '32 m catamaran', type: 'Commercial day tours', area: 'Great Barrier Reef' } },
      { company: 'M/Y Tidewhisper', title: 'Deckhand', city: 'Palma / Antigua', start: '2017-05', end: '2019-09', bullets: ['Exterior wash-downs, teak and stainless care, tender and toy prep.', 'Line handling and anchor watch; two Atlantic crossings.'], extra: { size: '62 m', type: 'Private', area: 'Med / Caribbean' } },
      { company: 'M/Y Calliope Rose', title: 'Lead Deckhand', city: 'Monaco / St Maarten', start: '2019-10', end: '2022-11', bullets: ['Ran watersports for charter guests (Seabobs, jet skis, e-foils).', 'Trained new deckhands; kept the tender maintenance log.'], extra: { size: '74 m', type: 'Charter', area: 'Med / Caribbean / Bahamas' } },
      { company: 'M/Y Northern Halcyon', title: 'Bosun', city: 'Antibes', start: '2023-01', end: null, bullets: ['Run a deck team of four; plan exterior maintenance and yard-period work lists.', 'Senior tender driver for guest runs and shore excursions.'], extra: { size: '58 m', type: 'Private / charter', area: 'Western Med' } },
    ],
    gaps: [{ start: '2022-12', end: '2022-12', text: 'Leave — visiting family in Australia' }],
    facts: {
      nationality: 'Australian',
      dob: '03/07/1995',
      visas: 'C1/D (valid 2031), Schengen resident permit (France)',
      health: 'ENG1 valid to 08/2027 · Non-smoker · No visible tattoos',
      height: '183 cm',
      ref1: 'Capt. Anders Holmqvist — M/Y Calliope Rose — +33 6 71 48 20 93',
      ref2: 'Capt. Sophie Marchetti — M/Y Tidewhisper — +44 7700 900931',
      ref3: 'Mate Ruairi Doyle — M/Y Northern Halcyon — +33 6 12 85 47 30',
    },
  },
  {
    id: 'p04',
    language: 'en',
    name: 'Devon Whitaker',
    email: 'devwhit.pdx@proton.me',
    phone: '+15035550147',
    phoneLocal: '(503) 555-0147',
    headline: 'Principal Backend / Platform Engineer',
    city: 'Portland, OR',
    summary:
      'Backend and platform engineer (they/them) who likes boring, observable systems. Ten years of Go and Postgres in logistics, health and productivity software; lately a fair amount of Rust.',
    skills: [
      'Go',
      'Rust',
      'PostgreSQL | Postgres',
      'Kubernetes | K8s',
      'gRPC',
      'Terraform',
      'OpenTelemetry | distributed tracing',
      'Incident response',
    ],
    languages: ['English — native', 'Spanish — conversational'],
    certs: ['CKA — Certified Kubernetes Administrator (2022)'],
    education: [{ school: 'Columbia Gorge University', degree: 'B.S. Computer Science', start: '2011-09', end: '2015-06', city: 'The Dalles, OR' }],
    work: [
      { company: 'Larkspur Labs', title: 'Software Engineering Intern', city: 'Seattle, WA', start: '2014-06', end: '2014-08', bullets: ['Wrote a Go exporter for the build farm metrics.'] },
      { company: 'Bramble & Finch Inc.', title: 'Software Engineer', city: 'Portland, OR', start: '2015-07', end: '2018-03', bullets: ['Order-management APIs in Go and Postgres for 400 independent retailers.', 'Moved deploys from hand-run scripts to CI pipelines.'] },
      { company: 'Tidepool Logistics', title: 'Senior Software Engineer', city: 'Portland, OR', start: '2018-04', end: '2021-10', bullets: ['Designed the gRPC routing service (p99 latency 40 ms at 3k rps).', 'Led the Kubernetes migration of 60 services.'] },
      { company: 'Ferncliff Health', title: 'Staff Engineer', city: 'remote', start: '2021-11', end: '2024-05', bullets: ['Tech lead for the HIPAA-compliant data platform; Terraform for everything.', 'Rolled out OpenTelemetry tracing and rewrote the on-call runbooks.'] },
      { company: 'Quillmate', title: 'Principal Engineer', city: 'Portland, OR', start: '2024-06', end: null, bullets: ['Own sync-engine architecture (Rust core, Go services).', 'Run the incident-review programme; cut repeat incidents by half.'] },
    ],
    facts: {
      pronouns: 'they/them',
      handle: '@dwhit@pdx.social',
      github: 'github.com/dwhit-pdx',
      site: 'dwhit.dev',
    },
  },
  {
    id: 'p05',
    language: 'en',
    name: 'Marguerite Lapointe',
    email: 'm.lapointe.ux@gmail.com',
    phone: '+16135550183',
    phoneLocal: '613-555-0183',
    headline: 'Principal UX Researcher',
    city: 'Ottawa, ON',
    summary:
      'Bilingual UX researcher (English/French) with nine years in insurance, payments, transit and ed-tech. I run mixed-methods programmes, build research ops from scratch and make sure accessibility is tested, not assumed.',
    skills: [
      'Usability testing',
      'Contextual inquiry',
      'Survey design (Qualtrics) | Qualtrics',
      'Journey mapping',
      'Figma',
      'Dovetail',
      'WCAG 2.2 accessibility audits | WCAG | accessibility audits',
      'Mixed-methods research',
    ],
    languages: ['English — native', 'French — professional (C1)'],
    certs: ['IAAP CPACC (2021)', 'NN/g UX Certification — Research specialty (2019)'],
    education: [
      { school: 'Laurentian Heights University', degree: 'MA, Human–Computer Interaction', start: '2015-09', end: '2017-05', city: 'Ottawa' },
      { school: 'Université de la Gatineau', degree: 'BA, Psychology', start: '2011-09', end: '2015-04', city: 'Gatineau' },
    ],
    work: [
      { company: 'Rideau Civic Digital', title: 'UX Research Co-op Student', city: 'Ottawa, ON', start: '2016-01', end: '2016-04', bullets: ['Moderated 30 usability sessions on a municipal permits prototype.'] },
      { company: 'Outaouais Mutual Insurance', title: 'UX Researcher', city: 'Gatineau, QC', start: '2017-06', end: '2020-02', bullets: ['Claims-journey research in both official languages; 12 studies a year.', 'Set up the first participant panel (1,100 policyholders).'] },
      { company: 'Northkey Payments', title: 'Senior UX Researcher', city: 'Ottawa, ON', start: '2020-03', end: '2023-08', bullets: ['Led discovery for the merchant onboarding redesign (drop-off −23 %).', 'Introduced Dovetail as the research repository.'] },
      { company: 'Boreal Transit Authority', title: 'Research Lead (contract)', city: 'Toronto, ON (remote)', start: '2023-09', end: '2024-08', bullets: ['Accessibility research for the fare-payment app with riders who are blind or have low vision.'] },
      { company: 'Maplewood Learning Inc.', title: 'Principal UX Researcher', city: 'Ottawa, ON', start: '2024-09', end: null, bullets: ['Head a research team of three; own the research roadmap with product leadership.', 'Run WCAG 2.2 audits before every major release.'] },
    ],
    facts: { linkedin: 'linkedin.com/in/mlapointe-ux', portfolio: 'lapointe.research' },
  },
  {
    id: 'p06',
    language: 'en',
    name: 'Aoife Ní Chonaill',
    email: 'aoife.nichonaill@gmail.com',
    phone: '+353874126638',
    phoneLocal: '087 412 6638',
    headline: 'Head of CRM & Lifecycle Marketing',
    city: 'Galway, Ireland',
    summary:
      'CRM and lifecycle marketer with fourteen years in agency, SaaS, travel and retail. I build segmentation and automation that pays for itself, and I keep it GDPR-clean.',
    skills: [
      'Salesforce Marketing Cloud | SFMC',
      'HubSpot',
      'Braze',
      'SQL',
      'A/B testing',
      'Customer segmentation',
      'GDPR-compliant data handling | GDPR',
      'Looker Studio | Google Data Studio',
    ],
    languages: ['English — native', 'Irish — fluent', 'Spanish — B1'],
    certs: ['Salesforce Certified Marketing Cloud Email Specialist', 'Professional Diploma in Digital Marketing (2014)'],
    education: [{ school: 'Kinvara College of Commerce', degree: 'BComm (Marketing), Second Class Honours Grade 1', start: '2008-09', end: '2012-06', city: 'Galway' }],
    work: [
      { company: 'Corrib Digital Agency', title: 'Marketing Executive', city: 'Galway', start: '2012-09', end: '2015-01', bullets: ['Email and social campaigns for 15 SME clients.'] },
      { company: 'Salthill Software Ltd', title: 'CRM Specialist', city: 'Galway', start: '2015-02', end: '2018-06', bullets: ['Migrated 220k contacts from spreadsheets to HubSpot; built the nurture flows.'] },
      { company: 'Salthill Software Ltd', title: 'Senior CRM Specialist', city: 'Galway', start: '2018-07', end: '2020-11', bullets: ['Owned lifecycle reporting in Looker Studio; trial-to-paid up 17 %.'] },
      { company: 'Wildatlantic Travel Group', title: 'Marketing Automation Manager', city: 'Galway', start: '2021-01', end: '2024-02', bullets: ['Rebuilt the SFMC journeys for three brands; team of three.', 'Ran 80+ A/B tests a year with a shared test log.'] },
      { company: 'Lúnasa Retail Ireland', title: 'Head of CRM & Lifecycle', city: 'Dublin (hybrid)', start: '2024-03', end: null, bullets: ['Lead CRM for 1.4 M loyalty members on Braze; own the CRM P&L.', 'Set up consent and preference management with the DPO.'] },
    ],
    facts: { linkedin: 'linkedin.com/in/aoifenichonaill' },
  },
  {
    id: 'p07',
    language: 'en',
    name: 'Lwazi Dlamini',
    email: 'coach.lwazi.dlamini@gmail.com',
    phone: '+971552184471',
    phoneLocal: '+971 55 218 4471',
    headline: 'Football Coach — Head of Youth Coaching',
    city: 'Dubai, UAE',
    summary:
      'CAF A-licensed football coach from South Africa with fifteen years in academy and first-team environments in South Africa and the UAE. Builds player pathways that end in first-team minutes.',
    skills: [
      'Session planning',
      'Video analysis (Hudl, Wyscout) | Hudl | Wyscout | video analysis',
      'Player development pathways',
      'Periodisation',
      'GPS load monitoring (Catapult) | Catapult | GPS monitoring',
      'Set-piece design',
      'Talent identification',
      'Microsoft Excel | Excel',
    ],
    languages: ['English — fluent', 'isiZulu — native', 'Afrikaans — good', 'Arabic — basic'],
    certs: ['CAF A Coaching Licence (2019)', 'SAFA/CAF B Licence (2014)', 'FA Level 2 Talent Identification (online, 2021)', 'Emergency First Aid in Sport (2025)', 'UAE driving licence'],
    education: [{ school: 'Magaliesberg University', degree: 'BSc Sport Science (Coaching)', start: '2007-01', end: '2010-11', city: 'Pretoria' }],
    work: [
      { company: 'Highveld Stars Football Club', title: 'Academy Coach (U-14)', city: 'Pretoria', start: '2011-07', end: '2014-05', bullets: ['Coached U-14 squad; four players later signed professional contracts.'], extra: { level: 'DStv Diski-style youth league', seasons: '2011/12 – 2013/14' } },
      { company: 'Highveld Stars Football Club', title: 'U-19 Head Coach', city: 'Pretoria', start: '2014-06', end: '2017-06', bullets: ['Gauteng U-19 league winners 2016; introduced weekly video review.'], extra: { level: 'Reserve / U-19 league', seasons: '2014/15 – 2016/17' } },
      { company: 'Cape Meridian FC', title: 'Assistant Coach (First Team)', city: 'Cape Town', start: '2017-07', end: '2020-06', bullets: ['Set pieces and opposition analysis; promotion to the top flight in 2019.'], extra: { level: 'First division → Premiership', seasons: '2017/18 – 2019/20' } },
      { company: 'Corniche Elite Football Academy', title: 'Technical Director', city: 'Abu Dhabi', start: '2020-08', end: '2023-06', bullets: ['Wrote the academy curriculum for 420 players aged 6–18; managed 22 coaches.'], extra: { level: 'Private academy', seasons: '2020/21 – 2022/23' } },
      { company: 'Gulf Falcons Sports Club', title: 'Head of Youth Coaching', city: 'Dubai', start: '2023-07', end: null, bullets: ['Lead U-13 to U-21 coaching staff; GPS load monitoring across all squads.', 'Three academy graduates debuted for the first team in 2025/26.'], extra: { level: 'UAE Pro League club academy', seasons: '2023/24 –' } },
    ],
    facts: {
      nationality: 'South African',
      dob: '22/02/1988',
      visa: 'UAE residence visa (employment), transferable',
      ref1: 'Mr Pieter van Rensburg, Head Coach, Cape Meridian FC — +27 82 555 0193',
      ref2: 'Mr Khalid Al Mansoori, Academy Director, Corniche Elite Football Academy — +971 50 555 0178',
      playing: 'Amateur — university first team and regional ABC-league football (no professional contracts)',
    },
  },

  // ───────────────────────────── Chinese ─────────────────────────────
  {
    id: 'p08',
    language: 'zh',
    name: '林晓彤',
    email: 'linxiaotong_hr@163.com',
    phone: '+8613927461853',
    phoneLocal: '139 2746 1853',
    headline: '人力资源经理',
    city: '深圳',
    summary: '12年制造业及科技企业人事行政经验，熟悉招聘、薪酬、绩效与劳动关系全模块，擅长从0到1搭建人事制度，沟通能力强，抗压能力强。',
    skills: [
      '招聘全流程管理 | 招聘',
      '劳动关系处理',
      '薪酬核算 | 薪酬',
      '绩效考核体系搭建 | 绩效考核',
      '北森 e-HR 系统 | 北森',
      'Excel 数据透视表 | Excel',
      '员工培训组织 | 培训',
    ],
    languages: ['英语 CET-4', '粤语（流利）', '客家话（母语）'],
    certs: ['企业人力资源管理师（二级）', '机动车驾驶证 C1'],
    education: [{ school: '岭东理工学院', degree: '人力资源管理 本科', start: '2010-09', end: '2014-06', city: '梅州' }],
    work: [
      { company: '深圳市启岚精密五金有限公司', title: '行政文员', city: '深圳宝安', start: '2014-07', end: '2016-03', bullets: ['负责前台接待、考勤统计、办公用品采购及会议安排。'] },
      { company: '深圳市启岚精密五金有限公司', title: '人事专员', city: '深圳宝安', start: '2016-04', end: '2018-12', bullets: ['负责普工及技术岗招聘，年均到岗 300 余人。', '办理入离职、社保公积金及劳动合同管理。'] },
      { company: '东莞市澄溪包装制品有限公司', title: '人事主管', city: '东莞长安', start: '2019-01', end: '2021-09', bullets: ['管理人事团队 4 人，搭建绩效考核制度并推行至全厂 600 人。', '处理劳动仲裁案件 6 起，均调解结案。'] },
      { company: '深圳市栖云智联科技有限公司', title: '人力资源经理', city: '深圳南山', start: '2021-10', end: null, bullets: ['统筹招聘、薪酬、绩效、员工关系，上线北森 e-HR 系统。', '公司由 80 人扩张至 260 人，关键岗位到岗周期缩短 30%。'] },
    ],
    facts: {
      gender: '女',
      born: '1991年8月',
      birthYm: '1991-08',
      hometown: '广东梅州',
      ethnic: '汉族',
      political: '群众',
      address: '深圳市宝安区西乡街道',
      qqNick: '晓彤🌸',
      hrNick: '澜湾科技-招聘-刘主管',
      hrPhone: '0755-8627 4410',
      referee: '王丽（前上级）13802 561 947',
    },
  },
  {
    id: 'p09',
    language: 'zh',
    name: '吴喆',
    email: '2847163390@qq.com',
    phone: '+8618081273640',
    phoneLocal: '180 8127 3640',
    headline: 'Java 后端开发 / 技术经理',
    city: '成都',
    summary: '11年 Java 后端开发经验，负责过日活百万级游戏社区和政务数据平台，熟悉高并发与微服务架构，带过 8 人后端团队。',
    skills: ['Java', 'Spring Boot | SpringBoot', 'MySQL', 'Redis', 'Kafka', 'Docker', '微服务架构 | 微服务', 'Linux'],
    languages: ['英语 CET-6'],
    certs: ['系统架构设计师（软考高级，2020）'],
    education: [{ school: '蜀南科技大学', degree: '软件工程 本科', start: '2011-09', end: '2015-06', city: '成都' }],
    work: [
      { company: '成都锦岚网络科技有限公司', title: 'Java 开发实习生', city: '成都', start: '2015-03', end: '2015-06', bullets: ['参与后台管理系统开发，编写单元测试。'] },
      { company: '成都锦岚网络科技有限公司', title: 'Java 开发工程师', city: '成都', start: '2015-07', end: '2018-05', bullets: ['负责电商订单与支付模块开发，日订单量 5 万+。'] },
      { company: '四川蓉数信息技术有限公司', title: '高级后端工程师', city: '成都', start: '2018-06', end: '2022-02', bullets: ['负责政务数据共享平台核心服务，完成单体向 Spring Cloud 微服务改造。', '引入 Kafka 异步化改造，接口峰值 QPS 由 800 提升至 6000。'] },
      { company: '成都青禾互娱科技有限公司', title: '技术经理', city: '成都', start: '2022-03', end: null, bullets: ['带领 8 人后端团队，负责游戏社区（DAU 120 万）服务端。', '推动 Docker 容器化与 CI/CD 建设，发布效率提升 3 倍。'] },
    ],
    facts: {
      gender: '男',
      born: '1993年1月',
      birthYm: '1993-01',
      hometown: '四川乐山',
      political: '共青团员',
      pinyin: 'zhé',
      dayRate: '¥1500/天',
      referee: '赵磊（原部门经理）133 0802 6617',
    },
  },
  {
    id: 'p10',
    language: 'zh',
    name: '周雨萱',
    email: 'zhouyuxuan0917@163.com',
    phone: '+8615757183920',
    phoneLocal: '157 5718 3920',
    headline: '电商运营经理',
    city: '杭州',
    summary: '10年电商运营经验，操盘过天猫、抖音双平台，年 GMV 最高 1.8 亿；擅长数据化运营、大促策划与团队管理。',
    skills: [
      '天猫/淘宝店铺运营 | 天猫运营 | 淘宝运营',
      '抖音直播运营 | 直播运营',
      '直通车/引力魔方投放 | 直通车',
      '生意参谋数据分析 | 生意参谋',
      '大促活动策划 | 活动策划',
      '供应链协同',
      'Excel',
    ],
    languages: ['英语 CET-4'],
    certs: ['阿里巴巴电商运营认证（2019）'],
    education: [{ school: '钱塘商贸学院', degree: '电子商务 本科', start: '2012-09', end: '2016-06', city: '杭州' }],
    work: [
      { company: '杭州禾拾电子商务有限公司', title: '客服专员', city: '杭州', start: '2016-07', end: '2017-06', bullets: ['负责天猫店售前售后客服，月度满意度排名第一。'] },
      { company: '杭州禾拾电子商务有限公司', title: '天猫店铺运营', city: '杭州', start: '2017-07', end: '2019-12', bullets: ['负责家居类目天猫旗舰店日常运营，年销售额由 1200 万增长至 4500 万。'] },
      { company: '义乌市澜途日用品有限公司', title: '运营主管', city: '义乌', start: '2020-01', end: '2022-08', bullets: ['管理 6 人运营团队，搭建抖音直播间，月均 GMV 600 万。'] },
      { company: '杭州栖溪品牌管理有限公司', title: '电商运营经理', city: '杭州', start: '2022-09', end: null, bullets: ['统筹天猫、抖音双平台运营，2025 年 GMV 1.8 亿。', '主导 618、双11 大促策划，ROI 提升 35%。'] },
    ],
    facts: { gender: '女', born: '1994年9月', birthYm: '1994-09', hometown: '浙江金华', hrName: '陈小姐', hrEmail: 'hr@lanjing-brand.cn' },
  },
  {
    id: 'p11',
    language: 'zh',
    name: '黃柏翰',
    email: 'pohan.huang1988@gmail.com',
    phone: '+886932518467',
    phoneLocal: '0932-518-467',
    headline: '機構工程師／機構課長',
    city: '台中市',
    summary: '13年自動化設備與光電產品機構設計經驗，熟悉鈑金、治具與公差分析，帶領 5 人機構課，主導多項新產品導入量產。',
    skills: [
      'SolidWorks',
      'AutoCAD',
      'GD&T 幾何公差 | GD&T',
      '公差分析',
      '鈑金設計',
      '治具設計',
      'ANSYS 結構分析 | ANSYS',
      'DFM 可製造性設計 | DFM',
    ],
    languages: ['中文（母語）', '台語（流利）', '英文（TOEIC 720）', '日文（JLPT N3）'],
    certs: ['電腦輔助機械設計製圖 乙級技術士', '汽車駕照、機車駕照'],
    education: [{ school: '中部科技大學', degree: '機械工程系 學士', start: '2008-09', end: '2012-06', city: '台中市' }],
    work: [
      { company: '鉅昇精密機械股份有限公司', title: '機構設計工程師', city: '台中市西屯區', start: '2013-09', end: '2017-02', bullets: ['負責 CNC 周邊設備鈑金外罩與送料機構設計。'] },
      { company: '宏暘自動化設備有限公司', title: '資深機構工程師', city: '台中市大雅區', start: '2017-03', end: '2021-07', bullets: ['主導 AOI 檢測設備機構開發，完成 12 台客製機出貨。', '建立治具標準件庫，設計工時降低 25%。'] },
      { company: '澄曜光電股份有限公司', title: '機構課長', city: '台中市（中科）', start: '2021-08', end: null, bullets: ['管理 5 人機構課，負責車用顯示模組機構與公差分析。', '導入 DFM 審查流程，試產不良率由 4.2% 降至 1.1%。'] },
    ],
    facts: {
      gender: '男',
      born: '民國77年3月',
      military: '役畢（2012/07～2013/06 替代役）',
      landline: '(04)2358-6612',
      address: '台中市西屯區福雅路',
      hrName: '遠鴻精機 人資部 徐小姐',
      hrEmail: 'hr@yuanhong-precision.com.tw',
    },
  },
  {
    id: 'p12',
    language: 'zh',
    name: '许梦瑶',
    email: 'xumengyao_design@163.com',
    phone: '+8613697124058',
    phoneLocal: '136-9712-4058',
    headline: 'UI 设计师',
    city: '武汉',
    summary: '视觉传达设计专业，7年平面及 UI 设计经验，熟悉 B 端与 C 端产品设计流程，能独立搭建设计规范，具备一定动效与三维能力。',
    skills: [
      'Figma',
      'Photoshop | PS',
      'Illustrator | AI',
      'After Effects | AE',
      'C4D | Cinema 4D',
      '交互原型设计 | 原型设计',
      '设计规范搭建 | 设计系统',
    ],
    languages: ['英语 CET-6'],
    certs: ['Adobe 认证设计师（ACP）', '全国计算机二级'],
    education: [{ school: '楚天艺术设计学院', degree: '视觉传达设计 本科', start: '2015-09', end: '2019-06', city: '武汉' }],
    work: [
      { company: '武汉楚岚文化传媒有限公司', title: '平面设计实习生', city: '武汉', start: '2019-03', end: '2019-06', bullets: ['协助完成地产项目海报与物料设计。'] },
      { company: '武汉楚岚文化传媒有限公司', title: '平面设计师', city: '武汉', start: '2019-07', end: '2021-04', bullets: ['负责品牌 VI、电商详情页及活动物料设计，累计服务客户 40 余家。'] },
      { company: '武汉鹿鸣互动科技有限公司', title: 'UI 设计师', city: '武汉', start: '2021-05', end: '2024-01', bullets: ['负责在线教育 App 与后台管理系统界面设计。', '搭建公司第一版 Figma 组件库与设计规范。'] },
      { company: '武汉星澜数字科技有限公司', title: '高级 UI 设计师', city: '武汉', start: '2024-06', end: null, bullets: ['负责智慧文旅小程序及数据大屏设计，带 2 名设计师。', '输出 3D 图标与动效规范，提升开发还原度。'] },
    ],
    gaps: [{ start: '2024-02', end: '2024-05', text: '待业（自由接单，整理作品集）' }],
    facts: { gender: '女', born: '1997年5月', hometown: '湖北宜昌', political: '中共党员', portfolio: 'www.zcool.com.cn/u/xumengyao（作品集）' },
  },

  // ───────────────────────────── Mixed Chinese–English ─────────────────────────────
  {
    id: 'p13',
    language: 'mixed',
    name: '梁靜怡',
    latinName: 'LEUNG Ching Yi, Jasmine',
    email: 'jasmine.leung.cy@gmail.com',
    phone: '+85292741638',
    phoneLocal: '9274 1638',
    headline: '基金行政助理經理 Assistant Manager, Fund Administration',
    city: '香港',
    cityEn: 'Hong Kong',
    summary: '十四年基金營運及結算經驗，熟悉 NAV 對賬、交收及 KYC 審核。',
    summaryEn: 'Fourteen years in fund operations and settlement in Hong Kong; NAV reconciliation, settlement and KYC review for retail and institutional funds.',
    skills: [
      'NAV reconciliation',
      'Trade settlement (CCASS / SWIFT) | CCASS | SWIFT | trade settlement',
      'Fund accounting',
      'Bloomberg Terminal | Bloomberg',
      'Excel VBA | VBA',
      'KYC / AML review | KYC | AML',
      'Multi-currency FX processing | FX processing',
    ],
    languages: ['廣東話 Cantonese — native', '英語 English — fluent', '普通話 Putonghua — fluent'],
    certs: ['HKSI LE Paper 1 & 7 (2015)', 'CFA Level II candidate'],
    education: [{ school: 'Lion Rock University', degree: 'BBA (Hons) in Accounting and Finance', start: '2009-09', end: '2012-06', city: 'Hong Kong' }],
    work: [
      { company: 'Harbourfront Securities Limited', title: '交收文員', titleEn: 'Settlement Clerk', city: '香港', cityEn: 'Hong Kong', start: '2012-08', end: '2014-12', bullets: ['處理港股 CCASS 交收及客戶資金調撥。'], bulletsEn: ['Processed HK equity settlement through CCASS and client fund transfers.'] },
      { company: 'Kowloon Bay Asset Management Limited', title: '基金營運主任', titleEn: 'Fund Operations Officer', city: '香港', cityEn: 'Hong Kong', start: '2015-01', end: '2018-03', bullets: ['每日 NAV 核對及認購贖回處理，涵蓋 18 隻零售基金。'], bulletsEn: ['Daily NAV checks and subscription/redemption processing for 18 retail funds.'] },
      { company: 'Kowloon Bay Asset Management Limited', title: '高級基金營運主任', titleEn: 'Senior Fund Operations Officer', city: '香港', cityEn: 'Hong Kong', start: '2018-04', end: '2021-06', bullets: ['以 Excel VBA 自動化對賬，每日節省 2 小時人手。'], bulletsEn: ['Automated reconciliations with Excel VBA, saving two hours a day.'] },
      { company: 'Victoria Crest Fund Services (Hong Kong) Limited', title: '基金行政助理經理', titleEn: 'Assistant Manager, Fund Administration', city: '香港', cityEn: 'Hong Kong', start: '2021-07', end: null, bullets: ['管理 6 人團隊，負責 40 隻基金之 NAV 及投資者服務。', '主導 KYC / AML 定期審核，零監管缺失。'], bulletsEn: ['Lead a team of six on NAV and investor services for 40 funds.', 'Run periodic KYC / AML reviews with no regulatory findings.'] },
    ],
    facts: { office: '+852 2863 5120', salary: 'HK$52,000 × 13', expected: 'HK$60,000', notice: '1 month', hkid: 'Y65xxxx(x)' },
  },
  {
    id: 'p14',
    language: 'mixed',
    name: '沈亦航',
    latinName: 'Ethan Shen (SHEN Yihang)',
    email: 'ethan.shen.yh@outlook.com',
    phone: '+8618621739054',
    phoneLocal: '186 2173 9054',
    headline: '技术负责人 Head of Engineering',
    city: '上海',
    cityEn: 'Shanghai',
    summary: '海归后端工程师，美国工作三年，回国后负责数据平台与大模型应用落地。',
    summaryEn: 'Backend engineer with three years in Seattle and six in Shanghai; data platforms, Kubernetes and LLM applications.',
    skills: [
      'Go',
      'Python',
      'Kubernetes | K8s',
      'PostgreSQL',
      'ClickHouse',
      'gRPC',
      'Distributed systems | 分布式系统',
      'LLM application development | LLM 应用开发',
    ],
    languages: ['中文 Mandarin — native', '英语 English — fluent (TOEFL 109)'],
    certs: ['AWS Certified Solutions Architect – Associate (2019)'],
    education: [
      { school: 'Puget Sound Institute of Technology', degree: 'M.S. Computer Science', start: '2015-09', end: '2017-06', city: 'Seattle' },
      { school: '沪东科技大学', schoolEn: 'Hudong University of Science and Technology', degree: '计算机科学与技术 本科', degreeEn: 'B.Eng. Computer Science', start: '2011-09', end: '2015-06', city: '上海' },
    ],
    work: [
      { company: 'Cascadia Cloudworks, Inc.', title: '软件工程实习生', titleEn: 'Software Engineer Intern', city: 'Seattle, WA', start: '2016-06', end: '2016-08', bullets: ['为计费系统编写对账脚本。'], bulletsEn: ['Wrote reconciliation jobs for the billing system.'] },
      { company: 'Cascadia Cloudworks, Inc.', title: '软件工程师', titleEn: 'Software Engineer', city: 'Seattle, WA', start: '2017-07', end: '2020-06', bullets: ['负责多租户指标服务（Go, gRPC），日处理 40 亿条数据点。'], bulletsEn: ['Built the multi-tenant metrics service (Go, gRPC), 4 billion points a day.'] },
      { company: '上海澜石数据科技有限公司', title: '高级后端工程师', titleEn: 'Senior Backend Engineer', city: '上海', cityEn: 'Shanghai', start: '2020-08', end: '2023-03', bullets: ['搭建基于 ClickHouse 的实时分析平台，查询 P95 < 1 秒。'], bulletsEn: ['Built the ClickHouse real-time analytics platform (P95 query < 1 s).'] },
      { company: '上海若水智能科技有限公司', title: '技术负责人', titleEn: 'Head of Engineering', city: '上海', cityEn: 'Shanghai', start: '2023-04', end: null, bullets: ['带领 12 人研发团队，负责企业知识库与 LLM 应用平台。', '完成 Kubernetes 多集群迁移，云成本下降 28%。'], bulletsEn: ['Lead a 12-person team building the enterprise knowledge-base and LLM platform.', 'Moved to multi-cluster Kubernetes; cloud cost down 28 %.'] },
    ],
    gaps: [{ start: '2020-07', end: '2020-07', text: '回国搬家', textEn: 'Relocation to Shanghai' }],
    facts: { qq: '3392017458', qqNick: 'Ethan沈', github: 'github.com/ethanshen-yh', wechat: 'ethan_yh' },
  },
  {
    id: 'p15',
    language: 'mixed',
    name: '王晓雯',
    latinName: 'WANG Xiaowen',
    email: 'wang.xiaowen.mat@gmail.com',
    phone: '+819038274516',
    phoneLocal: '090-3827-4516',
    headline: '高级研究员 Senior Researcher (battery materials)',
    city: '茨城县日立那珂市',
    cityEn: 'Hitachinaka, Ibaraki, Japan',
    summary: '固态电池电解质材料研究，博士毕业后在日本从事研发近十一年。',
    summaryEn: 'Materials scientist working on solid-state electrolytes for lithium batteries; in Japanese industrial and institute research since 2016.',
    skills: [
      'Solid-state electrolyte synthesis',
      'XRD / Rietveld refinement | XRD | Rietveld refinement',
      'Electrochemical impedance spectroscopy (EIS) | EIS',
      'SEM-EDS',
      'DFT calculations (VASP) | DFT | VASP',
      'Python (data analysis) | Python',
      'Glovebox operation',
    ],
    languages: ['中文 Chinese — native', '日语 Japanese — JLPT N1', '英语 English — TOEIC 890'],
    certs: ['Class 1 Hazardous Materials Engineer (Otsu-4) — Japan', 'Certified Radiation Worker training'],
    education: [
      { school: 'Kasumigaura University of Science', degree: 'PhD (Engineering), Materials Science', start: '2012-10', end: '2016-03', city: 'Tsuchiura' },
      { school: '江南工学院', schoolEn: 'Jiangnan Institute of Technology', degree: '材料科学与工程 学士', degreeEn: 'B.Eng. Materials Science and Engineering', start: '2007-09', end: '2011-06', city: '无锡' },
    ],
    work: [
      { company: '江南新能源材料研究所', title: '研究助理', titleEn: 'Research Assistant', city: '无锡', cityEn: 'Wuxi', start: '2011-07', end: '2012-08', bullets: ['负责正极材料合成与电化学测试。'], bulletsEn: ['Cathode material synthesis and electrochemical testing.'] },
      { company: 'Hitachinaka Institute for Energy Materials', title: '博士后研究员', titleEn: 'Postdoctoral Researcher', city: 'Hitachinaka', start: '2016-04', end: '2019-03', bullets: ['硫化物固态电解质合成及离子传导机理研究。'], bulletsEn: ['Sulfide solid electrolytes: synthesis and ion-conduction mechanisms.'] },
      { company: 'Kaname Electronics Co., Ltd.', title: '研究员（中央研究所）', titleEn: 'Researcher, Central Research Laboratory', city: 'Hitachinaka', start: '2019-04', end: '2022-09', bullets: ['开发车载全固态电池用电解质，申请专利 7 项。'], bulletsEn: ['Developed electrolytes for automotive all-solid-state cells; 7 patent applications.'] },
      { company: 'Kaname Electronics Co., Ltd.', title: '高级研究员', titleEn: 'Senior Researcher', city: 'Hitachinaka', start: '2022-10', end: null, bullets: ['带领 4 人材料小组，负责电解质量产工艺开发。'], bulletsEn: ['Lead a four-person materials group; scale-up of electrolyte production.'] },
    ],
    facts: { office: '+81-29-274-5531 (ext. 4418)', researcherNo: '80913562', jglobal: '201901004418273516', orcid: '0000-0002-7741-3098', phdGap: 'PhD study 2012-10 – 2016-03' },
  },
  {
    id: 'p16',
    language: 'mixed',
    name: '赵明轩',
    latinName: 'Mingxuan (Max) Zhao',
    email: 'max.zhao.mx@gmail.com',
    phone: '+447700900283',
    phoneLocal: '07700 900283',
    headline: 'Principal Consultant — Supply Chain Optimisation',
    city: 'Manchester, UK',
    summary: '运筹优化与数据科学背景，国内物流一线三年，英国供应链分析与咨询八年。',
    summaryEn: 'Operations-research consultant: three years in port logistics in Ningbo, then eight in UK freight analytics and supply-chain consulting.',
    skills: [
      'Python',
      'Mathematical optimisation (Gurobi, OR-Tools) | Gurobi | OR-Tools | mathematical optimisation',
      'Demand forecasting',
      'SQL',
      'Discrete-event simulation (AnyLogic) | AnyLogic | simulation',
      'Power BI',
      'Network design',
    ],
    languages: ['Mandarin 普通话 — native', 'English 英语 — fluent (IELTS 8.0)'],
    certs: ['APICS CSCP (2022)', 'Full UK driving licence'],
    education: [
      { school: 'University of the West Riding', degree: 'MSc Operational Research (Distinction)', start: '2016-09', end: '2017-09', city: 'Leeds' },
      { school: '甬江大学', schoolEn: 'Yongjiang University', degree: '物流管理 学士', degreeEn: 'BMgt Logistics Management', start: '2009-09', end: '2013-06', city: '宁波' },
    ],
    work: [
      { company: '宁波港联物流有限公司', title: '物流专员', titleEn: 'Logistics Coordinator', city: '宁波', cityEn: 'Ningbo', start: '2013-07', end: '2016-08', bullets: ['负责集装箱拖车调度与堆场计划。'], bulletsEn: ['Scheduled container haulage and yard plans at a port logistics company.'] },
      { company: 'Pennine Freight Analytics Ltd', title: '运筹分析师', titleEn: 'Operations Research Analyst', city: 'Leeds', start: '2018-01', end: '2021-05', bullets: ['为零售客户建设车辆路径优化模型。'], bulletsEn: ['Built vehicle-routing models for retail clients (Gurobi, Python).'] },
      { company: 'Merseyline Logistics plc', title: '高级数据科学家', titleEn: 'Senior Data Scientist', city: 'Liverpool', start: '2021-06', end: '2024-10', bullets: ['负责全国仓网需求预测与仿真。'], bulletsEn: ['Owned demand forecasting and AnyLogic simulation for the national warehouse network.'] },
      { company: 'Halden & Rowe Supply Chain Consulting', title: '首席顾问（优化）', titleEn: 'Principal Consultant (Optimisation)', city: 'Manchester', start: '2024-11', end: null, bullets: ['为快消与医药客户做网络设计项目。'], bulletsEn: ['Lead network-design engagements for FMCG and pharma clients.'] },
    ],
    gaps: [{ start: '2016-09', end: '2017-12', text: '英国留学（硕士）及求职', textEn: 'MSc study in the UK and job search' }],
    facts: {
      visa: 'Indefinite Leave to Remain (ILR)',
      oldVisa: 'Tier 2 (General) visa',
      oldEmail: 'zhaomx_nb@163.com',
      reviewer: '徐薇 Vivian Xu',
      reviewerFirm: 'Sterling Bridge Executive Search',
      reviewerPhone: '+44 20 7946 0518',
      reviewerEmail: 'vivian.xu@sterlingbridge-search.co.uk',
    },
  },
];
