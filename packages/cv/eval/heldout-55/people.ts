/**
 * heldout-55 — the 16 invented people behind the documents.
 *
 * Everything here is invented: people, employers, schools, streets, e-mail addresses and phone numbers. Phone numbers
 * have the length and prefixes of real mobile numbers of their country but were made up for this set.
 *
 * `skills` are the truth strings: the printed spelling first, then synonyms / abbreviations after " | ". Documents print
 * only the first part. `work` is in date order (oldest first); a job with `yearOnly` is printed with years only in every
 * document of that person (its truth months are January of the start year and December of the end year, see NOTES.md).
 */

export type Lang = 'en' | 'zh' | 'mixed';

export interface Job {
  company: string;
  title: string;
  start: string;
  end: string | null;
  city: string;
  yearOnly?: boolean;
  /** Department (used by some Chinese forms). */
  dept?: string;
  duties: string[];
  /** English duties where the person's own are in Chinese (used by English-language documents). */
  dutiesEn?: string[];
}

export interface Edu {
  start: string;
  end: string;
  school: string;
  degree: string;
  city?: string;
  yearOnly?: boolean;
}

export interface OtherNumber {
  label: string;
  number: string;
}

export interface Person {
  id: string;
  language: Lang;
  /** The name as written (for mixed people the Chinese name). */
  name: string;
  /** Latin-script name as the person writes it (mixed people), e.g. "MAK Hoi Lam, Karen". */
  nameEn?: string;
  given?: string;
  family?: string;
  gender: 'F' | 'M';
  born: string;
  email: string;
  /** E.164. */
  phone: string;
  /** How the person usually prints the mobile. */
  phoneLocal: string;
  phoneIntl: string;
  city: string;
  address: string;
  addressEn?: string;
  headline: string;
  summary: string;
  skills: string[];
  languages: { lang: string; level: string }[];
  certificates: { name: string; date: string; issuer: string }[];
  education: Edu[];
  work: Job[];
  /** Other numbers the person's documents may print (never the truth). */
  others: OtherNumber[];
  referees: { name: string; role: string; org: string; phone: string; email?: string }[];
}

export const skillName = (s: string): string => s.split(' | ')[0];

export const people: Person[] = [
  // ───────────────────────────────────────────── English ─────────────────────────────────────────────
  {
    id: 'p01',
    language: 'en',
    name: 'Bethan Lloyd-Pritchard',
    given: 'Bethan',
    family: 'Lloyd-Pritchard',
    gender: 'F',
    born: '1992-03-14',
    email: 'bethan.lp.physio@outlook.com',
    phone: '+447723418905',
    phoneLocal: '07723 418905',
    phoneIntl: '+44 7723 418905',
    city: 'Cardiff, Wales',
    address: '27 Heol Gwenallt, Llandaf, Cardiff CF5 2QT, United Kingdom',
    headline: 'Advanced Practice Physiotherapist (MSK)',
    summary:
      'HCPC-registered musculoskeletal physiotherapist with eleven years in the NHS, private sports practice and primary care, relocating to Sydney in 2027 and seeking general registration and a senior MSK role.',
    skills: [
      'Musculoskeletal assessment | MSK assessment',
      'Manual therapy',
      'Exercise prescription',
      'Acupuncture',
      'Hydrotherapy',
      'Vestibular rehabilitation',
      'Clinical audit',
      'SystmOne',
    ],
    languages: [
      { lang: 'English', level: 'native' },
      { lang: 'Welsh', level: 'fluent' },
    ],
    certificates: [
      { name: 'HCPC registration PH118273', date: '2014-09', issuer: 'Health and Care Professions Council' },
      { name: 'Acupuncture foundation course (AACP)', date: '2017-05', issuer: 'AACP' },
    ],
    education: [
      { start: '2011-09', end: '2014-06', school: 'Prifysgol Glannau Taf (Taff Banks University)', degree: 'BSc (Hons) Physiotherapy', city: 'Cardiff' },
      { start: '2017-09', end: '2019-07', school: 'Severnside University', degree: 'PgCert Advanced Musculoskeletal Practice (part-time)', city: 'Bristol' },
    ],
    work: [
      {
        company: 'Dyfnant University Health Board',
        title: 'Band 5 Rotational Physiotherapist',
        start: '2014-09',
        end: '2016-08',
        city: 'Cardiff',
        duties: [
          'Four-month rotations through respiratory, orthopaedic, neurology and MSK outpatients.',
          'Carried an outpatient caseload of 12–14 patients a day in the final rotation.',
        ],
      },
      {
        company: 'Dyfnant University Health Board',
        title: 'Band 6 Musculoskeletal Physiotherapist',
        start: '2016-09',
        end: '2019-03',
        city: 'Cardiff',
        duties: [
          'Ran the hypermobility and shoulder classes; supervised Band 5 staff and physiotherapy students.',
          'Led a re-audit of waiting times that cut the routine wait from 14 to 9 weeks.',
        ],
      },
      {
        company: 'Harbourside Sports Clinic Ltd',
        title: 'Senior Physiotherapist',
        start: '2019-10',
        end: '2022-01',
        city: 'Bristol',
        duties: [
          'Assessment and rehabilitation of sports injuries; pitch-side cover for a semi-professional rugby club.',
          'Set up the clinic’s hydrotherapy programme and its ACL return-to-sport pathway.',
        ],
      },
      {
        company: 'Taff Vale Primary Care Network',
        title: 'Advanced Practice Physiotherapist (First Contact Practitioner)',
        start: '2022-02',
        end: null,
        city: 'Cardiff',
        duties: [
          'First point of contact for MSK patients across five GP practices (about 60 appointments a week).',
          'Requests imaging and bloods under protocol; injection therapy; onward referral to orthopaedics.',
          'Clinical lead for the network’s MSK audit programme.',
        ],
      },
    ],
    others: [
      { label: 'Home', number: '+44 29 2046 7731' },
      { label: 'Recruiter (Sydney)', number: '+61 2 8294 7310' },
    ],
    referees: [
      { name: 'Gwyneth Harries', role: 'Clinical Director', org: 'Taff Vale Primary Care Network', phone: '+44 29 2105 6630'},
      { name: 'Marcus Doyle', role: 'Clinic Manager', org: 'Harbourside Sports Clinic Ltd', phone: '+44 117 496 0275' },
    ],
  },
  {
    id: 'p02',
    language: 'en',
    name: 'Raghav Sundaresan',
    given: 'Raghav',
    family: 'Sundaresan',
    gender: 'M',
    born: '1990-11-02',
    email: 'raghav.sundaresan.qa@gmail.com',
    phone: '+16473829154',
    phoneLocal: '(647) 382-9154',
    phoneIntl: '+1 647-382-9154',
    city: 'Toronto, ON',
    address: '1208–45 Dunfield Crescent, Toronto, ON M4S 0B7, Canada',
    headline: 'QA Lead · Test Automation',
    summary:
      'Quality engineering lead with 14 years in test automation for insurance and banking platforms; built frameworks used by 40+ engineers; Canadian permanent resident.',
    skills: [
      'Selenium WebDriver | Selenium',
      'Playwright',
      'Java',
      'TestNG',
      'REST Assured',
      'Postman',
      'JMeter',
      'Jenkins',
      'SQL',
      'Jira',
      'Agile / Scrum | Scrum | Agile',
      'Test strategy',
    ],
    languages: [
      { lang: 'English', level: 'fluent (CLB 10)' },
      { lang: 'Tamil', level: 'native' },
      { lang: 'Hindi', level: 'conversational' },
    ],
    certificates: [
      { name: 'ISTQB Certified Tester Foundation Level', date: '2013-04', issuer: 'ISTQB' },
      { name: 'ISTQB Advanced Level Test Analyst', date: '2018-02', issuer: 'ISTQB' },
    ],
    education: [
      { start: '2008-08', end: '2012-05', school: 'Vaigai Institute of Engineering and Technology', degree: 'B.E. Electronics and Communication Engineering', city: 'Madurai' },
    ],
    work: [
      {
        company: 'Vaigai Infotech Pvt. Ltd.',
        title: 'Graduate Engineer Trainee',
        start: '2012-08',
        end: '2013-07',
        city: 'Chennai',
        duties: ['Manual regression testing of a policy-administration suite; wrote 600+ test cases.'],
      },
      {
        company: 'Vaigai Infotech Pvt. Ltd.',
        title: 'Software Test Engineer',
        start: '2013-08',
        end: '2016-05',
        city: 'Chennai',
        duties: [
          'Automated the regression pack with Selenium WebDriver and TestNG (70 % coverage).',
          'Introduced Jenkins nightly runs and defect triage with the development team.',
        ],
      },
      {
        company: 'Pennar Digital Solutions Pvt. Ltd.',
        title: 'Senior QA Engineer',
        start: '2016-06',
        end: '2019-09',
        city: 'Bengaluru',
        duties: [
          'API test automation with REST Assured for a retail-banking core (1,800 automated checks).',
          'Performance tests with JMeter before two major releases.',
        ],
      },
      {
        company: 'Pennar Digital Solutions Pvt. Ltd.',
        title: 'QA Lead',
        start: '2019-10',
        end: '2022-12',
        city: 'Bengaluru',
        duties: [
          'Led a team of 9 testers across three Scrum teams; owned the test strategy for a payments platform.',
          'Cut release regression from 5 days to 11 hours.',
        ],
      },
      {
        company: 'Maplecrest Insurance Technologies Inc.',
        title: 'Senior QA Automation Engineer',
        start: '2023-03',
        end: null,
        city: 'Toronto',
        duties: [
          'Migrated the UI suite from Selenium to Playwright; flaky-test rate down from 9 % to under 1 %.',
          'Contract testing for 14 microservices; mentor for two co-op students.',
        ],
      },
    ],
    others: [
      { label: 'Recruiter', number: '+1 416-555-0182' },
      { label: 'India (parents)', number: '+91 44 2434 7718' },
    ],
    referees: [],
  },
  {
    id: 'p03',
    language: 'en',
    name: 'Ingrid Halvorsen',
    given: 'Ingrid',
    family: 'Halvorsen',
    gender: 'F',
    born: '1983-06-21',
    email: 'ingrid.halvorsen.chem@gmail.com',
    phone: '+16174308826',
    phoneLocal: '(617) 430-8826',
    phoneIntl: '+1 617 430 8826',
    city: 'Medford, MA',
    address: '14 Larch Terrace, Medford, MA 02155, USA',
    headline: 'Principal Scientist — cathode materials for lithium-ion batteries',
    summary:
      'Materials scientist with industrial and academic experience in cathode synthesis, structural characterization and scale-up for lithium-ion cells.',
    skills: [
      'X-ray diffraction | XRD',
      'Scanning electron microscopy | SEM',
      'Electrochemical impedance spectroscopy | EIS',
      'Cathode synthesis',
      'Design of experiments | DOE',
      'Python',
      'JMP',
      'Coin-cell assembly',
    ],
    languages: [
      { lang: 'English', level: 'native' },
      { lang: 'Norwegian', level: 'conversational' },
    ],
    certificates: [{ name: 'Lean Six Sigma Green Belt', date: '2019-11', issuer: 'ASQ' }],
    education: [
      { start: '2001-09', end: '2005-05', school: 'Lakehurst College', degree: 'B.S. Chemistry', city: 'Lakehurst, NJ', yearOnly: true },
      { start: '2011-09', end: '2015-08', school: 'Bramwell University', degree: 'Ph.D. Materials Science and Engineering', city: 'Providence, RI', yearOnly: true },
    ],
    work: [
      {
        company: 'Ridgeway Polymer Laboratories',
        title: 'Research Technician',
        start: '2005-01',
        end: '2007-12',
        city: 'Wilmington, DE',
        yearOnly: true,
        duties: ['GPC and DSC characterization of specialty polymers.'],
      },
      {
        company: 'Calloway Coatings Inc.',
        title: 'Process Engineer',
        start: '2008-01',
        end: '2010-12',
        city: 'Akron, OH',
        yearOnly: true,
        duties: ['Scale-up of waterborne coating lines; SPC on two reactors.'],
      },
      {
        company: 'Larkfield Institute of Technology',
        title: 'Postdoctoral Researcher',
        start: '2015-09',
        end: '2017-08',
        city: 'Cambridge, MA',
        duties: ['Single-crystal Ni-rich cathodes; in-situ XRD; 5 papers.'],
      },
      {
        company: 'Northbeam Energy Storage, Inc.',
        title: 'Scientist I',
        start: '2017-09',
        end: '2020-06',
        city: 'Waltham, MA',
        duties: ['Co-precipitation of NMC precursors from 1 L to 100 L; DOE-led process windows.'],
      },
      {
        company: 'Northbeam Energy Storage, Inc.',
        title: 'Scientist II',
        start: '2020-07',
        end: '2023-03',
        city: 'Waltham, MA',
        duties: ['Led the coating project for high-voltage cathodes; two granted patents.', 'Supervised three associates.'],
      },
      {
        company: 'Aldermoor Battery Systems',
        title: 'Principal Scientist, Cathode Materials',
        start: '2023-04',
        end: null,
        city: 'Woburn, MA',
        duties: ['Owns the cathode roadmap and a team of six; qualification of two new suppliers.', 'Built the Python/JMP analysis pipeline for cell-test data.'],
      },
    ],
    others: [
      { label: 'Office', number: '+1 781 555 0143' },
    ],
    referees: [],
  },
  {
    id: 'p04',
    language: 'en',
    name: 'Mereana Whitcombe',
    given: 'Mereana',
    family: 'Whitcombe',
    gender: 'F',
    born: '1987-09-30',
    email: 'mereana.whitcombe@xtra.co.nz',
    phone: '+64215583042',
    phoneLocal: '021 558 3042',
    phoneIntl: '+64 21 558 3042',
    city: 'Wellington',
    address: '6 Tawhiri Street, Ngaio, Wellington 6035, New Zealand',
    headline: 'Senior Hydrologist — flood hazard and catchment modelling',
    summary:
      'Hydrologist with sixteen years in consultancy and regional government: flood hazard mapping, catchment models, low-flow studies and expert evidence at council hearings.',
    skills: [
      'Hydrological modelling',
      'HEC-RAS',
      'TUFLOW',
      'ArcGIS Pro | ArcGIS',
      'Python',
      'R',
      'Flood frequency analysis',
      'Stakeholder engagement',
    ],
    languages: [
      { lang: 'English', level: 'native' },
      { lang: 'te reo Māori', level: 'intermediate' },
    ],
    certificates: [{ name: 'Expert witness training (Resource Management Act)', date: '2018-05', issuer: 'NZ Planning Institute' }],
    education: [
      { start: '2005-02', end: '2008-11', school: 'Te Whanganui University', degree: 'BSc Physical Geography', city: 'Wellington' },
      { start: '2009-02', end: '2009-12', school: 'Te Whanganui University', degree: 'BSc (Hons) Hydrology, First Class', city: 'Wellington' },
    ],
    work: [
      {
        company: 'Harakeke Water Consultants Ltd',
        title: 'Graduate Hydrologist',
        start: '2010-02',
        end: '2013-01',
        city: 'Palmerston North',
        duties: ['Gauging, rating curves and data QA for 30 river sites.'],
      },
      {
        company: 'Harakeke Water Consultants Ltd',
        title: 'Hydrologist',
        start: '2013-02',
        end: '2016-06',
        city: 'Palmerston North',
        duties: ['Low-flow and water-allocation studies; first HEC-RAS flood models.'],
      },
      {
        company: 'Ruahine Regional Council',
        title: 'Environmental Scientist (Water Quantity)',
        start: '2016-07',
        end: '2018-12',
        city: 'Palmerston North',
        duties: ['Regional plan science for water allocation; evidence at two plan hearings.'],
      },
      {
        company: 'Pitau Engineering Ltd',
        title: 'Senior Hydrologist',
        start: '2019-02',
        end: null,
        city: 'Wellington',
        duties: ['Leads flood hazard studies for councils and NZTA-type road projects (2D TUFLOW models).', 'Mentors four graduates; peer reviewer for regional flood maps.'],
      },
    ],
    others: [
      { label: 'Work DDI', number: '+64 4 499 2716' },
    ],
    referees: [
      { name: 'Hamish Carver', role: 'Technical Director', org: 'Pitau Engineering Ltd', phone: '+64 4 499 2700' },
    ],
  },
  {
    id: 'p05',
    language: 'en',
    name: 'Oluwaseun Adeyemi-Hart',
    given: 'Oluwaseun',
    family: 'Adeyemi-Hart',
    gender: 'M',
    born: '1990-01-17',
    email: 'seun.adeyemihart@doctors.org.uk',
    phone: '+447946120337',
    phoneLocal: '07946 120337',
    phoneIntl: '+44 7946 120337',
    city: 'Leeds',
    address: 'Flat 4, 19 Clarendon Rise, Leeds LS2 9NP, United Kingdom',
    headline: 'Specialty Registrar in Cardiology (ST5)',
    summary:
      'Cardiology registrar with an MD in cardiac imaging, seeking a senior clinical fellowship in structural intervention.',
    skills: [
      'Transthoracic echocardiography | TTE',
      'Temporary pacing wire insertion',
      'DC cardioversion',
      'Pericardiocentesis',
      'Coronary angiography',
      'Central venous line insertion',
      'R',
    ],
    languages: [
      { lang: 'English', level: 'native' },
      { lang: 'Yoruba', level: 'conversational' },
    ],
    certificates: [
      { name: 'MRCP(UK)', date: '2018-07', issuer: 'Royal Colleges of Physicians' },
      { name: 'Advanced Life Support (ALS) provider', date: '2023-03', issuer: 'Resuscitation Council UK' },
      { name: 'BSE Level 2 TTE accreditation', date: '2022-06', issuer: 'British Society of Echocardiography' },
    ],
    education: [
      { start: '2008-09', end: '2014-06', school: 'Ashdown University Medical School', degree: 'MBBS', city: 'Ashdown' },
      { start: '2021-10', end: '2024-02', school: 'Ashdown University', degree: 'MD (Res) — “Myocardial strain in early aortic stenosis”', city: 'Ashdown' },
    ],
    work: [
      { company: 'Avonmere Hospitals NHS Foundation Trust', title: 'Foundation Year 1 (FY1)', start: '2014-08', end: '2015-07', city: 'Avonmere', duties: ['General medicine, general surgery, psychiatry.'] },
      { company: 'Avonmere Hospitals NHS Foundation Trust', title: 'Foundation Year 2 (FY2)', start: '2015-08', end: '2016-07', city: 'Avonmere', duties: ['Emergency medicine, cardiology, general practice.'] },
      { company: 'Lindley Park University Hospitals NHS Trust', title: 'Clinical Fellow (Trust grade)', start: '2016-08', end: '2017-07', city: 'Leeds', duties: ['Acute medical unit; medical registrar on-call shadowing.'] },
      { company: 'Greywell Hospitals NHS Trust', title: 'Core Medical Trainee (CT1)', start: '2017-08', end: '2018-07', city: 'Greywell', duties: ['Cardiology, respiratory and elderly care.'] },
      { company: 'Greywell Hospitals NHS Trust', title: 'Core Medical Trainee (CT2)', start: '2018-08', end: '2019-07', city: 'Greywell', duties: ['Gastroenterology, intensive care, acute medicine.'] },
      { company: 'Lindley Park University Hospitals NHS Trust', title: 'Specialty Registrar (ST3–ST4), Cardiology', start: '2019-08', end: '2021-09', city: 'Leeds', duties: ['CCU, cath lab and echo lists; medical registrar rota.'] },
      { company: 'Ashdown University', title: 'Clinical Research Fellow (OOPR)', start: '2021-10', end: '2023-09', city: 'Ashdown', duties: ['MD research in cardiac MRI strain; two weekly echo lists.'] },
      { company: 'Lindley Park University Hospitals NHS Trust', title: 'Specialty Registrar (ST5), Cardiology', start: '2023-10', end: null, city: 'Leeds', duties: ['Structural and interventional lists; TAVI work-up clinic; teaching lead for CT trainees.'] },
    ],
    others: [
      { label: 'Switchboard', number: '+44 113 496 0800' },
      { label: 'Agency', number: '+64 9 887 3410' },
    ],
    referees: [
      { name: 'Dr Priya Ramanathan', role: 'Consultant Cardiologist, Educational Supervisor', org: 'Lindley Park University Hospitals NHS Trust', phone: '+44 113 496 0812' },
      { name: 'Professor Alan Whitfield', role: 'MD supervisor', org: 'Ashdown University', phone: '+44 1632 960 441' },
    ],
  },
  {
    id: 'p06',
    language: 'en',
    name: 'Marisol Quintero Vega',
    given: 'Marisol',
    family: 'Quintero Vega',
    gender: 'F',
    born: '1988-04-09',
    email: 'marisol.quintero.vega@proton.me',
    phone: '+32471283956',
    phoneLocal: '0471 28 39 56',
    phoneIntl: '+32 471 28 39 56',
    city: 'Leuven, Belgium',
    address: 'Brusselsestraat 118 bus 3, 3000 Leuven, Belgium',
    headline: 'Senior Technical Writer · Docs Lead',
    summary:
      'Technical writer who builds documentation sets for developer platforms: DITA and docs-as-code pipelines, API references, and localisation into six languages.',
    skills: [
      'DITA XML | DITA',
      'Oxygen XML Editor',
      'Docs as code',
      'Markdown',
      'AsciiDoc',
      'Git',
      'OpenAPI',
      'MadCap Flare',
      'Information architecture',
      'Localization | L10n',
    ],
    languages: [
      { lang: 'Spanish', level: 'native' },
      { lang: 'English', level: 'C2' },
      { lang: 'Dutch', level: 'B2' },
      { lang: 'French', level: 'B1' },
    ],
    certificates: [{ name: 'Certified Professional Technical Communicator (CPTC) Foundation', date: '2019-06', issuer: 'STC' }],
    education: [
      { start: '2006-10', end: '2011-07', school: 'Universidad del Pacífico Andino', degree: 'Licenciatura en Lingüística Aplicada (English–Spanish translation)', city: 'Quito' },
      { start: '2017-09', end: '2018-06', school: 'Hogeschool Dijleland', degree: 'Postgraduate Certificate in Technical Communication', city: 'Leuven' },
    ],
    work: [
      { company: 'Traducciones Cóndor Cía. Ltda.', title: 'Translator and Localization Specialist', start: '2013-03', end: '2014-12', city: 'Quito', duties: ['Software and manual localisation EN→ES; translation memory upkeep in Trados.'] },
      { company: 'Chimborazo Labs S.A.', title: 'Technical Writer', start: '2015-01', end: '2017-08', city: 'Quito', duties: ['Wrote the user and admin guides of a hospital-billing product in MadCap Flare.'] },
      { company: 'Scheldeware NV', title: 'Technical Writer', start: '2018-07', end: '2021-02', city: 'Antwerp', duties: ['Moved 1,400 topics from Word to DITA; set up Oxygen XML Editor and a Git review flow.'] },
      { company: 'Brabantix BV', title: 'Senior Technical Writer, Docs Lead', start: '2021-03', end: null, city: 'Leuven', duties: ['Leads a team of four writers; docs-as-code pipeline (Markdown + AsciiDoc) with OpenAPI references.', 'Localisation into six languages with a vendor.'] },
    ],
    others: [
      { label: 'Old Ecuadorian mobile', number: '+593 99 482 1167' },
    ],
    referees: [],
  },
  // ───────────────────────────────────────────── Chinese ─────────────────────────────────────────────
  {
    id: 'p07',
    language: 'zh',
    name: '宋子航',
    gender: 'M',
    born: '1993-05-11',
    email: 'songzihang_dev@163.com',
    phone: '+8613758214603',
    phoneLocal: '137 5821 4603',
    phoneIntl: '+86 137 5821 4603',
    city: '杭州',
    address: '浙江省杭州市西湖区文二西路 588 号 12 幢',
    headline: 'Java 后端技术专家',
    summary: '十年 Java 后端经验，擅长高并发交易与数据平台的架构设计与性能优化，带过 8 人小组。',
    skills: ['Java', 'Spring Boot', 'Spring Cloud', 'MySQL', 'Redis', 'Kafka', 'Elasticsearch', 'Docker', 'Kubernetes | K8s', 'JVM调优 | JVM tuning'],
    languages: [{ lang: '英语', level: 'CET-6，可阅读英文技术文档' }],
    certificates: [
      { name: '系统架构设计师（软考高级）', date: '2020-11', issuer: '工业和信息化部教育与考试中心' },
    ],
    education: [{ start: '2012-09', end: '2016-06', school: '浙江东湖大学', degree: '计算机科学与技术 本科', city: '杭州' }],
    work: [
      { company: '杭州禾木网络科技有限公司', title: 'Java开发实习生', start: '2015-07', end: '2015-09', city: '杭州', duties: ['参与订单后台开发，编写单元测试。'] },
      { company: '杭州禾木网络科技有限公司', title: 'Java开发工程师', start: '2016-07', end: '2018-06', city: '杭州', duties: ['负责会员与积分模块的开发与维护。', '完成 MySQL 分库分表改造，订单查询耗时下降 60%。'] },
      { company: '浙江潮汐数据技术有限公司', title: '高级Java开发工程师', start: '2018-07', end: '2020-12', city: '杭州', duties: ['负责实时数据接入平台，基于 Kafka 与 Spring Cloud，日处理 20 亿条消息。', '搭建 Elasticsearch 日志检索集群。'] },
      { company: '杭州拾光互联科技有限公司', title: '后端技术专家', start: '2021-01', end: null, city: '杭州', duties: ['负责交易中台架构，带 8 人小组；核心接口 P99 从 420ms 降到 90ms。', '推动服务容器化，迁移至 Kubernetes。'] },
    ],
    others: [{ label: '公司前台', number: '0571-8690 2231' }],
    referees: [],
  },
  {
    id: 'p08',
    language: 'zh',
    name: '梁振宇',
    gender: 'M',
    born: '1991-08-23',
    email: '1846230957@qq.com',
    phone: '+8615820473916',
    phoneLocal: '158-2047-3916',
    phoneIntl: '+86 158 2047 3916',
    city: '广州',
    address: '广东省广州市白云区机场路 1312 号 7 栋 602',
    headline: '航空器维修 质量工程师（B1 执照）',
    summary: '13 年民航维修经验，航线、定检、质量三个岗位都做过，持 CCAR-66 部 B1 执照（A320 / B737NG 机型签署）。',
    skills: ['航线维修', '故障隔离', 'AMM/IPC手册查询 | AMM | IPC', '结构修理(SRM) | SRM', '孔探检查', '人为因素管理', 'CCAR-145质量体系 | CCAR-145'],
    languages: [{ lang: '英语', level: '民航维修英语，可独立阅读英文手册' }],
    certificates: [
      { name: 'CCAR-66部民用航空器维修人员执照（B1，涡扇）', date: '2016-05', issuer: '中国民用航空局' },
      { name: 'A320（CFM56）机型签署', date: '2016-06', issuer: '中国民用航空局' },
      { name: 'B737NG 机型签署', date: '2021-03', issuer: '中国民用航空局' },
    ],
    education: [{ start: '2010-09', end: '2013-06', school: '华南航空职业技术学院', degree: '飞机机电设备维修 大专', city: '广州' }],
    work: [
      { company: '广州羊城飞机维修工程有限公司', title: '航线维修机械员', dept: '航线维修部', start: '2013-07', end: '2016-06', city: '广州', duties: ['A320 系列航前、过站、航后检查与排故。'] },
      { company: '广州羊城飞机维修工程有限公司', title: '航线放行人员（B1）', dept: '航线维修部', start: '2016-07', end: '2020-03', city: '广州', duties: ['A320 航线放行，年均放行约 1,100 架次；负责新员工带教。'] },
      { company: '珠海海澄航空技术有限公司', title: '结构修理工程师', dept: '定检车间', start: '2020-04', end: '2023-05', city: '珠海', duties: ['B737NG / A320 C 检结构损伤评估与修理方案，依据 SRM 编写工卡。'] },
      { company: '广州穗航飞机维修有限公司', title: '质量工程师', dept: '质量部', start: '2023-06', end: null, city: '广州', duties: ['负责 CCAR-145 质量体系内审与人为因素培训；不安全事件调查。'] },
    ],
    others: [
      { label: '紧急联系人（妻子）', number: '136 0027 5419' },
    ],
    referees: [
      { name: '陈国栋', role: '质量部经理', org: '广州穗航飞机维修有限公司', phone: '020-3618 5520' },
    ],
  },
  {
    id: 'p09',
    language: 'zh',
    name: '苏婉清',
    gender: 'F',
    born: '1991-12-05',
    email: 'suwanqing_hr@foxmail.com',
    phone: '+8618916372058',
    phoneLocal: '189 1637 2058',
    phoneIntl: '+86 189 1637 2058',
    city: '上海',
    address: '上海市浦东新区张杨路 1688 弄 3 号 1102 室',
    headline: '高级HRBP',
    summary: '12 年人力资源经验，做过招聘外包、连锁餐饮人事和生物科技公司 HRBP，熟悉从 0 到 1 搭建招聘与绩效体系。',
    skills: ['招聘体系搭建', '员工关系', '绩效管理', '薪酬核算', '劳动法', '组织发展', 'Excel数据透视表 | 数据透视表 | Excel'],
    languages: [{ lang: '英语', level: 'CET-6，可进行日常工作沟通' }],
    certificates: [{ name: '企业人力资源管理师（二级）', date: '2018-11', issuer: '上海市人力资源和社会保障局' }],
    education: [{ start: '2010-09', end: '2014-06', school: '上海滨江师范大学', degree: '人力资源管理 本科', city: '上海' }],
    work: [
      { company: '上海恒睿人力资源服务有限公司', title: '招聘专员', start: '2014-07', end: '2016-03', city: '上海', duties: ['为制造业客户做批量招聘，月均到岗 40 人。'] },
      { company: '上海绿舟餐饮管理有限公司', title: '人事专员', start: '2016-04', end: '2017-12', city: '上海', duties: ['负责 600 人门店员工的入离职、社保公积金与考勤。'] },
      { company: '上海绿舟餐饮管理有限公司', title: '人事主管', start: '2018-01', end: '2019-08', city: '上海', duties: ['搭建店长储备培养计划；处理劳动仲裁 6 起，全部调解结案。'] },
      { company: '上海博衍生物科技有限公司', title: 'HRBP', start: '2019-09', end: '2022-02', city: '上海', duties: ['支持研发中心 180 人，负责招聘、绩效与员工关系。'] },
      { company: '上海博衍生物科技有限公司', title: '高级HRBP', start: '2022-03', end: null, city: '上海', duties: ['支持研发与生产两个体系 450 人；主导职级体系与绩效改革。'] },
    ],
    others: [{ label: '公司总机', number: '021-6085 3300' }],
    referees: [],
  },
  {
    id: 'p10',
    language: 'zh',
    name: '罗晓岚',
    gender: 'F',
    born: '1989-10-18',
    email: 'luoxiaolan.cpa@126.com',
    phone: '+8613980652417',
    phoneLocal: '139 8065 2417',
    phoneIntl: '+86 139 8065 2417',
    city: '成都',
    address: '四川省成都市高新区天府三街 199 号 2 栋 1806',
    headline: '财务经理',
    summary: '注册会计师，审计出身，14 年财务经验，熟悉制造业与科技企业的核算、合并报表、税务和预算管理。',
    skills: ['合并报表', '税务筹划', '用友U8 | U8', '金蝶K/3 | 金蝶', 'SAP FICO | SAP', 'Excel VBA | VBA', '内控审计', '预算管理'],
    languages: [{ lang: '英语', level: 'CET-6，可阅读英文报表' }],
    certificates: [
      { name: '中国注册会计师（CPA）全科合格证', date: '2016-02', issuer: '中国注册会计师协会' },
      { name: '中级会计师', date: '2015-09', issuer: '财政部' },
    ],
    education: [{ start: '2008-09', end: '2012-06', school: '西南财经商学院', degree: '会计学 本科', city: '成都' }],
    work: [
      { company: '四川锦江正信会计师事务所（特殊普通合伙）', title: '审计助理', start: '2012-07', end: '2014-06', city: '成都', duties: ['参与 20 余家企业年报审计的底稿编制。'] },
      { company: '四川锦江正信会计师事务所（特殊普通合伙）', title: '审计员', start: '2014-07', end: '2016-12', city: '成都', duties: ['独立负责中型制造企业审计现场，带 2 名助理。'] },
      { company: '成都蜀禾食品股份有限公司', title: '总账会计', start: '2017-01', end: '2019-06', city: '成都', duties: ['总账、月结与合并报表；上线用友 U8。'] },
      { company: '成都蜀禾食品股份有限公司', title: '财务主管', start: '2019-07', end: '2021-06', city: '成都', duties: ['管理 6 人核算团队；推进金蝶 K/3 与 U8 数据整合。'] },
      { company: '成都云峦智能科技有限公司', title: '财务经理', start: '2021-07', end: null, city: '成都', duties: ['负责全盘财务与税务；上线 SAP FICO；建立预算管理与内控制度。'] },
    ],
    others: [{ label: '公司座机', number: '028-8531 6620' }],
    referees: [],
  },
  // ───────────────────────────────────────────── mixed Chinese–English ─────────────────────────────────────────────
  {
    id: 'p11',
    language: 'mixed',
    name: '麥凱琳',
    nameEn: 'MAK Hoi Lam, Karen',
    gender: 'F',
    born: '1991-02-27',
    email: 'karenmak.hl@yahoo.com.hk',
    phone: '+85296207318',
    phoneLocal: '9620 7318',
    phoneIntl: '+852 9620 7318',
    city: 'Hong Kong',
    address: 'Flat C, 18/F, Block 2, Lok Wah Court, 33 Tai Kok Tsui Road, Kowloon, Hong Kong',
    headline: 'Assistant Manager, Claims Operations',
    summary: 'Insurance claims professional with 13 years in medical and life claims, team leadership and process improvement.',
    skills: ['Medical claims adjudication', 'Fraud detection', 'ICD-10 coding | ICD-10', 'Process improvement', 'Power Query', 'SQL', 'Vendor management'],
    languages: [
      { lang: 'Cantonese 粵語', level: 'native' },
      { lang: 'English 英語', level: 'fluent' },
      { lang: 'Putonghua 普通話', level: 'good' },
    ],
    certificates: [
      { name: 'Associate, Life Management Institute (ALMI)', date: '2017-10', issuer: 'LOMA' },
      { name: 'Insurance Intermediaries Qualifying Examination (IIQE) Papers 1 & 3', date: '2014-03', issuer: 'VTC' },
    ],
    education: [{ start: '2009-09', end: '2013-07', school: 'Lingnan Hill University', degree: 'BBA (Hons) Risk Management and Insurance', city: 'Hong Kong' }],
    work: [
      { company: 'Harbourline Assurance (Asia) Limited', title: 'Claims Assistant', start: '2013-09', end: '2015-08', city: 'Hong Kong', duties: ['Registration and checking of outpatient claims; 120 files a day.'] },
      { company: 'Harbourline Assurance (Asia) Limited', title: 'Claims Officer', start: '2015-09', end: '2018-03', city: 'Hong Kong', duties: ['Adjudication of hospital and surgical claims up to HK$200,000.'] },
      { company: 'Sai Wan Mutual Insurance Company Limited', title: 'Senior Claims Executive', start: '2018-04', end: '2021-06', city: 'Hong Kong', duties: ['Complex and suspected-fraud life claims; liaison with medical panels.'] },
      { company: 'Victoria Crest Life (Hong Kong) Limited', title: 'Assistant Manager, Claims Operations', start: '2021-07', end: null, city: 'Hong Kong', duties: ['Leads 11 claims staff; turnaround down from 9 to 4 working days.', 'Vendor management for TPA and medical review services; Power Query and SQL reporting.'] },
    ],
    others: [
      { label: 'Office 辦公室', number: '+852 3189 6620' },
      { label: 'Agency', number: '+852 2815 6620' },
    ],
    referees: [
      { name: 'Mr. LEUNG Chi Wai', role: 'Claims Manager', org: 'Sai Wan Mutual Insurance Company Limited', phone: '+852 2862 7410' },
    ],
  },
  {
    id: 'p12',
    language: 'mixed',
    name: '许嘉恒',
    nameEn: 'Kevin Xu Jiaheng',
    gender: 'M',
    born: '1992-07-08',
    email: 'kevin.xu.jiaheng@outlook.com',
    phone: '+8618662573019',
    phoneLocal: '186 6257 3019',
    phoneIntl: '+86 186 6257 3019',
    city: 'Suzhou',
    address: 'Room 1502, Bldg 8, Jinji Lake Garden, Suzhou Industrial Park, Jiangsu 215000',
    headline: 'Supplier Quality Manager',
    summary: 'Supplier quality engineer with 11 years in automotive and medical-device plants of foreign-invested companies in Suzhou.',
    skills: ['APQP', 'PPAP', 'FMEA', '8D problem solving | 8D', 'SPC', 'MSA', 'GD&T', 'Supplier audit', 'Minitab'],
    languages: [
      { lang: 'Mandarin 普通话', level: 'native' },
      { lang: 'English 英语', level: 'fluent (IELTS 7.0)' },
      { lang: 'German 德语', level: 'basic (A2)' },
    ],
    certificates: [
      { name: 'IATF 16949 Internal Auditor', date: '2018-09', issuer: 'Lakeside Certification (Suzhou)' },
      { name: 'Six Sigma Green Belt', date: '2020-05', issuer: 'CAQ' },
    ],
    education: [{ start: '2011-09', end: '2015-06', school: 'Jiangnan Institute of Technology 江南理工学院', degree: 'B.Eng. Mechanical Engineering 机械工程', city: 'Wuxi' }],
    work: [
      { company: 'Suzhou Lakeshore Precision Components Co., Ltd.', title: 'Quality Engineer', start: '2015-07', end: '2017-06', city: 'Suzhou', duties: ['Incoming and process quality for die-cast housings; SPC on 12 key characteristics.'] },
      { company: 'Voss-Kammer Automotive (Suzhou) Co., Ltd.', title: 'Supplier Quality Engineer', start: '2017-07', end: '2020-12', city: 'Suzhou', duties: ['PPAP approval for 60+ local suppliers; APQP for two new braking lines.'] },
      { company: 'Voss-Kammer Automotive (Suzhou) Co., Ltd.', title: 'Senior Supplier Quality Engineer', start: '2021-01', end: '2023-02', city: 'Suzhou', duties: ['Led 8D for major supplier escapes; supplier ppm from 310 to 85.'] },
      { company: 'Hartwell Medical Devices (Suzhou) Co., Ltd.', title: 'Supplier Quality Manager', start: '2023-03', end: null, city: 'Suzhou', duties: ['Team of 5 SQEs; supplier audits and qualification under ISO 13485.'] },
    ],
    others: [
      { label: 'HR (Hartwell)', number: '0512-6283 1100' },
    ],
    referees: [],
  },
  {
    id: 'p13',
    language: 'mixed',
    name: '林冠廷',
    nameEn: 'LIN Kuan-Ting (Ethan)',
    gender: 'M',
    born: '1989-03-02',
    email: 'ethan.lin.kt@gmail.com',
    phone: '+886912483075',
    phoneLocal: '0912-483-075',
    phoneIntl: '+886 912 483 075',
    city: 'Hsinchu',
    address: '新竹縣竹北市光明六路東一段 216 號 9 樓',
    headline: 'Section Manager, Process Integration',
    summary: 'Semiconductor process engineer with 12 years in lithography, etch and advanced packaging integration.',
    skills: ['Photolithography', 'Plasma etch', 'Yield enhancement', 'SPC', 'DOE', 'JMP', 'Python', 'Fan-out packaging'],
    languages: [
      { lang: 'Mandarin 華語', level: 'native' },
      { lang: 'Taiwanese 台語', level: 'fluent' },
      { lang: 'English 英語', level: 'TOEIC 885' },
      { lang: 'Japanese 日語', level: 'JLPT N3' },
    ],
    certificates: [{ name: 'Six Sigma Black Belt', date: '2021-08', issuer: '台灣品質工程學會' }],
    education: [
      { start: '2007-09', end: '2011-06', school: '國立竹塹科技大學 Chuqian University of Science and Technology', degree: 'B.S. Materials Science 材料科學', city: 'Hsinchu' },
      { start: '2011-09', end: '2013-06', school: '國立竹塹科技大學 Chuqian University of Science and Technology', degree: 'M.S. Electronics Engineering 電子工程', city: 'Hsinchu' },
    ],
    work: [
      { company: 'Hsinfeng Semiconductor Manufacturing Co., Ltd.', title: 'Process Engineer', start: '2014-08', end: '2017-06', city: 'Hsinchu', duties: ['Photo module process owner for 28 nm; scanner matching and CD control.'] },
      { company: 'Hsinfeng Semiconductor Manufacturing Co., Ltd.', title: 'Senior Process Engineer', start: '2017-07', end: '2020-09', city: 'Hsinchu', duties: ['Plasma etch for 16 nm; yield enhancement projects (+2.1 % line yield).'] },
      { company: 'Zhubei Advanced Packaging Corp.', title: 'Process Integration Engineer', start: '2020-10', end: '2023-03', city: 'Zhubei', duties: ['Fan-out packaging integration; DOE on warpage; SPC roll-out.'] },
      { company: 'Formosa Lightwave Technologies Inc.', title: 'Section Manager, Process Integration', start: '2023-04', end: null, city: 'Hsinchu', duties: ['Team of 9 engineers; silicon-photonics packaging integration; JMP and Python yield dashboards.'] },
    ],
    others: [
      { label: '住家 Home', number: '03-658 2917' },
    ],
    referees: [],
  },
  {
    id: 'p14',
    language: 'mixed',
    name: '陈美玲',
    nameEn: 'Tan Mei Ling',
    gender: 'F',
    born: '1988-06-14',
    email: 'tanmeiling.edu@gmail.com',
    phone: '+60127385914',
    phoneLocal: '012-738 5914',
    phoneIntl: '+60 12-738 5914',
    city: 'Klang, Selangor',
    address: 'No. 21, Jalan Bayu Laut 4/KS09, Kota Bayuemas, 41200 Klang, Selangor',
    headline: 'Curriculum Coordinator (Chinese)',
    summary: 'Chinese-language teacher with 15 years in tuition, an independent Chinese high school and an international school; UEC examiner.',
    skills: ['Curriculum design', 'UEC exam coaching | UEC', 'Classroom management', 'Differentiated instruction', 'Google Classroom', 'Canva', 'Chinese calligraphy'],
    languages: [
      { lang: 'Mandarin 华语', level: 'native' },
      { lang: 'English 英语', level: 'fluent' },
      { lang: 'Malay 马来语', level: 'good' },
      { lang: 'Cantonese 粤语', level: 'fluent' },
    ],
    certificates: [
      { name: 'Kursus Perguruan Lepasan Ijazah (KPLI) / Postgraduate Diploma in Education', date: '2013-11', issuer: 'Institut Pendidikan Guru' },
      { name: 'UEC Chinese Examiner appointment', date: '2019-10', issuer: 'Dong Zong' },
    ],
    education: [
      { start: '2007-07', end: '2011-06', school: 'Universiti Selatan Raya', degree: 'Bachelor of Arts (Chinese Studies)', city: 'Kuala Lumpur' },
      { start: '2012-01', end: '2013-11', school: 'Institut Pendidikan Guru Kampus Bayu', degree: 'Postgraduate Diploma in Education (part-time)', city: 'Shah Alam' },
    ],
    work: [
      { company: 'Bright Path Learning Centre', title: 'Chinese and Mathematics Tutor', start: '2012-01', end: '2013-12', city: 'Kepong', duties: ['Tuition for UPSR and PT3 Chinese and Mathematics, 60 students.'] },
      { company: 'Pei Shan Independent High School', title: 'Chinese Language Teacher', start: '2014-01', end: '2018-11', city: 'Klang', duties: ['Taught Junior 1–Senior 3 Chinese; form teacher; advisor of the Chinese orchestra.'] },
      { company: 'Pei Shan Independent High School', title: 'Senior Teacher, Head of Chinese Panel', start: '2018-12', end: '2021-12', city: 'Klang', duties: ['Led 9 teachers; UEC Chinese pass rate from 86 % to 95 %.'] },
      { company: 'Bukit Indah International School', title: 'Curriculum Coordinator (Chinese)', start: '2022-01', end: null, city: 'Shah Alam', duties: ['Designs the Chinese curriculum for Years 1–11 (native and second-language tracks).', 'Runs teacher training on differentiated instruction and Google Classroom.'] },
    ],
    others: [
      { label: 'Tel (H)', number: '03-3371 2486' },
      { label: 'Tuition centre (Puchong)', number: '03-8061 4427' },
    ],
    referees: [
      { name: '林国华 Mr. Lim Kok Hua', role: 'Principal 校长', org: 'Pei Shan Independent High School', phone: '03-3342 8815' },
      { name: 'Ms. Deborah Wong', role: 'Head of Primary', org: 'Bukit Indah International School', phone: '03-5510 2268' },
    ],
  },
  {
    id: 'p15',
    language: 'mixed',
    name: '钱思远',
    nameEn: 'Stephanie Qian Siyuan',
    gender: 'F',
    born: '1991-01-25',
    email: 'stephanie.qsy@163.com',
    phone: '+8613817460925',
    phoneLocal: '138 1746 0925',
    phoneIntl: '+86 138 1746 0925',
    city: '上海 Shanghai',
    address: '上海市闵行区虹梅路 3211 弄 6 号 702 室',
    addressEn: 'Room 702, No. 6, Lane 3211 Hongmei Road, Minhang District, Shanghai',
    headline: 'Product Manager, Molecular Diagnostics',
    summary: '12 years in IVD companies in Shanghai: clinical application, field application management and product management for qPCR and NGS.',
    skills: ['qPCR', 'NGS library preparation | NGS', 'Instrument troubleshooting', 'Clinical training', 'KOL management', 'Product launch', 'Competitive analysis', 'Power BI'],
    languages: [
      { lang: '普通话 Mandarin', level: '母语 native' },
      { lang: '英语 English', level: '流利 fluent (CET-6, BEC Higher)' },
    ],
    certificates: [{ name: 'PMP', date: '2022-08', issuer: 'PMI' }],
    education: [
      { start: '2009-09', end: '2013-06', school: '华东医科大学 East China Medical University', degree: '医学检验 本科 B.Med. Laboratory Medicine', city: '上海' },
      { start: '2013-09', end: '2014-06', school: 'University of Wexcombe', degree: 'MSc Molecular Medicine', city: 'UK' },
    ],
    work: [
      { company: 'Meridian Diagnostics (Shanghai) Co., Ltd.', title: 'Clinical Application Specialist', start: '2014-07', end: '2016-08', city: 'Shanghai', duties: ['qPCR 仪器装机、培训与售后支持，覆盖华东 30 家医院。'], dutiesEn: ['Installation, training and after-sales support of qPCR systems for 30 hospitals in East China.'] },
      { company: 'Meridian Diagnostics (Shanghai) Co., Ltd.', title: 'Senior Clinical Application Specialist', start: '2016-09', end: '2019-02', city: 'Shanghai', duties: ['负责重点医院的方法学评估与临床培训；带教 4 名新人。'], dutiesEn: ['Method evaluation and clinical training at key-account hospitals; coached 4 new specialists.'] },
      { company: 'Brightwater Life Sciences Trading (Shanghai) Co., Ltd.', title: 'Field Application Manager, East China', start: '2019-03', end: '2021-06', city: 'Shanghai', duties: ['管理 7 人 FAS 团队；NGS 文库构建方案支持，推动 12 家医院装机。'], dutiesEn: ['Managed a team of 7 FAS; NGS library preparation support; 12 new hospital installations.'] },
      { company: 'Kestrel Bio (China) Co., Ltd.', title: 'Product Manager, Molecular Diagnostics', start: '2021-07', end: null, city: 'Shanghai', duties: ['负责呼吸道多重 PCR 产品线，完成 3 个产品上市；竞品分析与 KOL 管理；Power BI 销售看板。'], dutiesEn: ['Owns the respiratory multiplex PCR line: 3 product launches, competitive analysis, KOL management, Power BI sales dashboards.'] },
    ],
    others: [{ label: '公司总机', number: '021-5438 7700' }],
    referees: [],
  },
  {
    id: 'p16',
    language: 'mixed',
    name: '黄诗涵',
    nameEn: 'Sheryl NG Shi Han',
    gender: 'F',
    born: '1993-09-19',
    email: 'sheryl.ng.sh@gmail.com',
    phone: '+6591427365',
    phoneLocal: '9142 7365',
    phoneIntl: '+65 9142 7365',
    city: 'Singapore',
    address: 'Blk 412 Tampines Street 41, #09-218, Singapore 520412',
    headline: 'Analytics Manager',
    summary: 'Analytics manager with 11 years in logistics, retail and digital banking; builds forecasting models and self-service dashboards.',
    skills: ['SQL', 'Python', 'Tableau', 'Power BI', 'A/B testing', 'Forecasting', 'dbt', 'Stakeholder management'],
    languages: [
      { lang: 'English 英语', level: 'native' },
      { lang: 'Mandarin 华语', level: 'fluent' },
      { lang: 'Hokkien 福建话', level: 'conversational' },
    ],
    certificates: [{ name: 'Tableau Desktop Specialist', date: '2019-05', issuer: 'Tableau' }],
    education: [{ start: '2012-08', end: '2015-06', school: 'Merlion Institute of Technology', degree: 'B.Sc. (Hons) Business Analytics', city: 'Singapore' }],
    work: [
      { company: 'Merlion Port Services Pte Ltd', title: 'Business Analytics Intern', start: '2014-05', end: '2014-07', city: 'Singapore', duties: ['Berth-utilisation dashboard in Tableau.'] },
      { company: 'Tanjong Freight Solutions Pte Ltd', title: 'Data Analyst', start: '2015-08', end: '2017-12', city: 'Singapore', duties: ['Weekly volume forecasts for 14 lanes; SQL reporting.'] },
      { company: 'Kallang Retail Group Pte Ltd', title: 'Senior Data Analyst', start: '2018-01', end: '2021-04', city: 'Singapore', duties: ['Promotion A/B testing across 120 stores; Python demand-forecasting model.'] },
      { company: 'Orchid Digital Bank Pte Ltd', title: 'Analytics Manager', start: '2021-05', end: null, city: 'Singapore', duties: ['Leads 5 analysts; dbt models and Power BI self-service for product teams.'] },
    ],
    others: [{ label: 'Office', number: '+65 6812 4470' }],
    referees: [],
  },
];
