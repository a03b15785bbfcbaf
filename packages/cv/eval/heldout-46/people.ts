/**
 * heldout-46: sixteen invented people. Everything here is made up: people, employers, schools, addresses,
 * e-mail addresses and phone numbers (numbers are valid in shape for their country, but invented).
 *
 * Dates are the truth (YYYY-MM). `print` says how a job's dates are printed in EVERY document of that person
 * (year only, a season, quarters, "since <year>"); the templates honour it so all documents carry the same facts.
 */

export type Lang = 'en' | 'zh' | 'mixed';
export type Kind = 'job' | 'internship' | 'part-time' | 'volunteer' | 'military' | 'contract' | 'working-student' | 'freelance';

export interface Job {
  /** Employer as printed (the truth). */
  company: string;
  /** The employer in another script, printed beside it where the template has room. */
  companyAlt?: string;
  title: string;
  /** The title in the other language (mixed and zh people). */
  titleAlt?: string;
  town?: string;
  country?: string;
  start: string;
  end: string | null;
  /** Day-level dates, for documents that print days (forms, ATS records). */
  startDay?: string;
  endDay?: string;
  /** How the period is printed everywhere: year only, a season, calendar quarters, or "since <year>". */
  print?: 'year' | 'season' | 'quarter' | 'since-year';
  season?: { en: string; zh: string };
  kind: Kind;
  /** Listed on an "Earlier career" line. */
  earlier?: boolean;
  /** A progression of ranks/titles printed without dates of its own (one role in the truth). */
  ranks?: string;
  duties: string[];
  reason?: string;
  /** Clients of a freelance period (not employers). */
  clients?: string[];
  referee?: { name: string; phone: string; role: string };
}

export interface Gap { start: string; end: string; note: string; noteAlt?: string }
export interface Edu { from: string; to: string; school: string; degree: string; town?: string; schoolAlt?: string; degreeAlt?: string }

export interface Person {
  id: string;
  language: Lang;
  /** The name as written (mixed people: the Chinese name). */
  name: string;
  /** Latin-script name of zh / mixed people, or given/family split for forms. */
  latin?: string;
  given: string;
  family: string;
  email: string;
  /** E.164, the person's own mobile. */
  phone: string;
  /** How the person writes it. */
  phoneDisplay: string;
  town: string;
  address: string;
  birth: string;
  nationality: string;
  gender: string;
  headline: string;
  summary: string;
  /** Truth format: printed spelling first, synonyms after " | ". */
  skills: string[];
  work: Job[];
  gaps: Gap[];
  education: Edu[];
  languages: string[];
  certificates: string[];
  /** Other numbers printed in some documents (never the truth). */
  otherPhones?: { label: string; number: string }[];
  extra?: Record<string, string>;
}

export const skillText = (s: string) => s.split(' | ')[0];

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Alasdair Kinnear', given: 'Alasdair', family: 'Kinnear',
    email: 'akinnear.eng@outlook.com', phone: '+447834552190', phoneDisplay: '+44 (0)7834 552190',
    town: 'Stonehaven', address: '14 Arduthie Gardens, Stonehaven AB39 2JF, United Kingdom', birth: '1971-05-14',
    nationality: 'British', gender: 'Male',
    headline: 'Technical Director — process engineering for gas and hydrogen',
    summary: 'Chartered chemical engineer with three decades in upstream gas processing and, since 2020, green hydrogen. Has led engineering teams of up to 38 people from FEED through start-up and late-life decommissioning.',
    skills: ['HAZOP facilitation | HAZOP', 'Aspen HYSYS | HYSYS', 'Front-end engineering design (FEED) | FEED | Front-end engineering design', 'P&ID review | P&ID', 'Gas processing', 'Hydrogen electrolysis', 'Technical due diligence', 'Team leadership'],
    work: [
      { company: 'Halvorsen Process Engineering', title: 'Graduate Engineer', town: 'Glasgow', country: 'UK', start: '1994-01', end: '1996-12', print: 'year', earlier: true, kind: 'job', duties: [] },
      { company: 'Brindlecote Chemicals', title: 'Process Engineer', town: 'Grangemouth', country: 'UK', start: '1996-01', end: '2001-12', print: 'year', earlier: true, kind: 'job', duties: [] },
      { company: 'Marrowgate Energy', title: 'Senior Process Engineer', town: 'Aberdeen', country: 'UK', start: '2001-03', end: '2007-08', kind: 'job',
        duties: ['Process design of gas dehydration and compression packages for four North Sea platforms', 'Led HAZOP and SIL reviews for 14 brownfield modifications'] },
      { company: 'Tullane Offshore', title: 'Lead Process Engineer', town: 'Aberdeen', country: 'UK', start: '2007-09', end: '2014-05', kind: 'job',
        duties: ['Lead process engineer for the Kerrera and Fladda tie-back developments, FEED to first gas', 'Supervised nine process engineers and two graduate intakes'] },
      { company: 'Tullane Offshore', title: 'Engineering Manager', town: 'Aberdeen', country: 'UK', start: '2014-06', end: '2019-12', kind: 'job',
        duties: ['Managed 38 engineers across process, mechanical and instrumentation', 'Delivered late-life and decommissioning studies for four producing assets'] },
      { company: 'Corran Hydrogen', title: 'Technical Director', town: 'Aberdeen', country: 'UK', start: '2020-01', end: null, kind: 'job',
        duties: ['Technical lead of a 40 MW electrolysis project from concept to final investment decision', 'Built the engineering function from 3 to 22 people', 'Owner’s engineer interface with electrolyser and balance-of-plant vendors'] },
    ],
    gaps: [],
    education: [{ from: '1990-09', to: '1994-06', school: 'University of Dunmore', degree: 'BEng (Hons) Chemical Engineering', town: 'Dundee' }],
    languages: ['English (native)', 'Norwegian (basic)'],
    certificates: ['Chartered Engineer (CEng), Engineering Council, 1999', 'Fellow of the Institution of Chemical Engineers (FIChemE)', 'OPITO BOSIET (offshore survival), valid to 2027'],
    otherPhones: [{ label: 'Contractor office (Kuwait)', number: '+965 2226 4410' }],
  },
  {
    id: 'p02', language: 'en', name: 'Priya Raghunathan', given: 'Priya', family: 'Raghunathan',
    email: 'priya.raghunathan26@gmail.com', phone: '+447458201374', phoneDisplay: '07458 201374',
    town: 'Leeds', address: 'Flat 3, 27 Hessle Avenue, Leeds LS6 1EF', birth: '2004-08-02', nationality: 'British', gender: 'Female',
    headline: 'Actuarial Science graduate (First Class, 2026)',
    summary: 'Recent actuarial science graduate with two IFoA exemptions and one summer of reserving work at a consulting firm; looking for an actuarial trainee role in pensions or protection.',
    skills: ['R', 'Python (pandas) | Python | pandas', 'SQL', 'Excel (VBA) | Excel | VBA', 'Statistical modelling | Statistical modeling', 'Survival analysis'],
    work: [
      { company: 'Fenwick & Rowe LLP', title: 'Actuarial Summer Intern', town: 'Manchester', country: 'UK', start: '2025-06', end: '2025-08', print: 'season',
        season: { en: 'Summer 2025', zh: '2025年暑期' }, kind: 'internship',
        duties: ['Built an R model of lapse experience for a 120,000-policy protection book', 'Reconciled valuation data between the administration system and the reserving model', 'Presented findings to the pensions-team partner'] },
    ],
    gaps: [],
    education: [
      { from: '2023-09', to: '2026-07', school: 'University of Castlebridge', degree: 'BSc Actuarial Science — First Class Honours', town: 'Leeds' },
      { from: '2021-09', to: '2023-07', school: 'Holmbrook Sixth Form College', degree: 'A levels: Mathematics (A*), Further Mathematics (A*), Economics (A)', town: 'Leicester' },
    ],
    languages: ['English (native)', 'Tamil (fluent)', 'French (B1)'],
    certificates: ['IFoA exemptions: CS1 and CM1 (2025)'],
    extra: { project: 'Dissertation: mortality-improvement modelling with the Lee–Carter model (grade 78)' },
  },
  {
    id: 'p03', language: 'en', name: 'Callum Ferreira', given: 'Callum', family: 'Ferreira',
    email: 'callum.ferreira.fse@gmail.com', phone: '+447951630482', phoneDisplay: '07951 630482',
    town: 'Inverness', address: '8 Culduthel Mains Crescent, Inverness IV2 6RG', birth: '1988-03-22', nationality: 'British', gender: 'Male',
    headline: 'Senior Field Service Engineer — cranes and heavy mobile plant',
    summary: 'Former REME recovery mechanic with eleven years of civilian field service on mobile cranes and heavy plant. Works alone in remote sites, plans maintenance and signs off LOLER inspections.',
    skills: ['Hydraulic fault-finding | Hydraulics', 'Diesel engine overhaul', 'Crane inspection (LOLER) | LOLER', 'CAN bus diagnostics | CAN bus', 'MIG welding | Welding', 'Preventive maintenance planning | Preventive maintenance'],
    work: [
      { company: 'British Army', title: 'Recovery Mechanic, Royal Electrical and Mechanical Engineers', ranks: 'Craftsman, then Lance Corporal, then Corporal', town: 'Tidworth', country: 'UK', start: '2006-09', end: '2014-08', kind: 'military',
        duties: ['Maintained and recovered wheeled and tracked vehicles in the UK, Germany and Afghanistan', 'Corporal in charge of a six-person recovery section'], reason: 'End of engagement' },
      { company: 'Kessock Plant Hire Ltd', title: 'Plant Fitter', town: 'Inverness', country: 'UK', start: '2015-02', end: '2018-10', kind: 'job',
        duties: ['Workshop and field repairs on excavators, dumpers and telehandlers', 'Rebuilt hydraulic pumps and swing motors'], reason: 'Move to crane specialist',
        referee: { name: 'Donald Munro', phone: '+44 1463 718220', role: 'Workshop Manager' } },
      { company: 'Ardent Crane Services Ltd', title: 'Field Service Engineer', town: 'Perth', country: 'UK', start: '2018-11', end: '2022-06', kind: 'job',
        duties: ['Service and breakdown cover for 60-tonne to 250-tonne mobile cranes across Scotland', 'Thorough examinations under LOLER with written reports'], reason: 'Promotion elsewhere',
        referee: { name: 'Fiona Strachan', phone: '+44 1738 552904', role: 'Service Manager' } },
      { company: 'Torvane Lifting Ltd', title: 'Senior Field Service Engineer', town: 'Inverness', country: 'UK', start: '2022-07', end: null, kind: 'job',
        duties: ['Lead engineer for the Highlands fleet of 34 cranes', 'Plans preventive maintenance and trains two apprentices', 'Introduced CAN bus fault logging that cut repeat call-outs by a third'] },
    ],
    gaps: [{ start: '2014-09', end: '2015-01', note: 'Not employed — resettlement training and travel' }],
    education: [
      { from: '2007-01', to: '2009-06', school: 'Army apprenticeship (REME)', degree: 'City & Guilds Level 3 Diploma in Vehicle Maintenance' },
      { from: '2016-09', to: '2018-06', school: 'Highland Technical College (part-time)', degree: 'HNC Mechanical Engineering', town: 'Inverness' },
    ],
    languages: ['English (native)'],
    certificates: ['Full UK driving licence, categories B, C and C+E', 'IPAF 3a and 3b', 'CSCS Gold Card (supervisor)'],
  },
  {
    id: 'p04', language: 'en', name: 'Owen Latimer', given: 'Owen', family: 'Latimer',
    email: 'owen.latimer@posteo.de', phone: '+4915123487610', phoneDisplay: '+49 151 2348 7610',
    town: 'Frankfurt am Main', address: 'Rotlintstraße 41, 60316 Frankfurt am Main, Germany', birth: '1989-11-07', nationality: 'British', gender: 'Male',
    headline: 'Freelance Data Architect — data platforms on Spark, Kafka and Snowflake',
    summary: 'Independent data architect since 2019, before that eight years as an employed data engineer in London and Berlin. Designs streaming and batch platforms for insurers, logistics and energy trading.',
    skills: ['Apache Spark | Spark', 'Python', 'dbt', 'Apache Kafka | Kafka', 'Apache Airflow | Airflow', 'Snowflake', 'Terraform', 'Data modelling | Data modeling'],
    work: [
      { company: 'Calderwood Insurance', title: 'Graduate Data Analyst', town: 'London', country: 'UK', start: '2011-09', end: '2013-08', kind: 'job',
        duties: ['Claims reporting in SQL and SAS for the motor book'] },
      { company: 'Calderwood Insurance', title: 'Data Engineer', town: 'London', country: 'UK', start: '2013-09', end: '2016-03', kind: 'job',
        duties: ['Moved nightly ETL from SAS to Spark on Hadoop', 'Built the first claims data mart'] },
      { company: 'Verity Payments', title: 'Senior Data Engineer', town: 'Berlin', country: 'DE', start: '2016-04', end: '2019-02', kind: 'job',
        duties: ['Kafka event pipeline for 40 million card transactions a day', 'Introduced Airflow and data-quality checks'] },
      { company: 'Nordhafen Logistik GmbH', title: 'Data Platform Engineer (contract)', town: 'Hamburg', country: 'DE', start: '2019-04', end: '2019-12', print: 'quarter', kind: 'contract',
        duties: ['Shipment-tracking data lake on AWS with Spark and Glue'] },
      { company: 'Rheinbogen Versicherung AG', title: 'Lead Data Engineer (contract)', town: 'Cologne', country: 'DE', start: '2020-01', end: '2021-09', print: 'quarter', kind: 'contract',
        duties: ['Led five engineers migrating the actuarial warehouse to Snowflake', 'dbt models for IFRS 17 reporting'] },
      { company: 'Tessel Mobility GmbH', title: 'Data Architect (contract)', town: 'Munich', country: 'DE', start: '2021-10', end: '2024-03', print: 'quarter', kind: 'contract',
        duties: ['Target architecture for vehicle telemetry (Kafka, Spark Structured Streaming)', 'Terraform modules for the data platform'] },
      { company: 'Ostwind Energiehandel GmbH', title: 'Data Architect (contract)', town: 'Frankfurt am Main', country: 'DE', start: '2024-04', end: null, print: 'quarter', kind: 'contract',
        duties: ['Real-time position and risk data for power trading', 'Data modelling standards and review board'] },
    ],
    gaps: [{ start: '2019-03', end: '2019-03', note: 'Set-up of freelance business' }],
    education: [{ from: '2008-09', to: '2011-06', school: 'Northgate University', degree: 'BSc Mathematics and Statistics', town: 'Sheffield' }],
    languages: ['English (native)', 'German (C1)'],
    certificates: ['SnowPro Core Certification (2022)', 'AWS Certified Data Engineer – Associate (2024)'],
  },
  {
    id: 'p05', language: 'en', name: 'Harriet Osei-Mensah', given: 'Harriet', family: 'Osei-Mensah',
    email: 'harriet.oseimensah@gmail.com', phone: '+447723918456', phoneDisplay: '07723 918456',
    town: 'London', address: '52 Brockley Grove, London SE4 1QU', birth: '1992-01-19', nationality: 'British', gender: 'Female',
    headline: 'Specialist Speech and Language Therapist (paediatrics, fluency)',
    summary: 'HCPC-registered speech and language therapist with twelve years in paediatric community services. Works 0.6 WTE in the NHS alongside a small private caseload and volunteers with a stammering charity.',
    skills: ['Dysphagia assessment | Dysphagia', 'Stammering therapy | Stuttering therapy', 'AAC (augmentative and alternative communication) | AAC | Augmentative and alternative communication', 'Makaton', 'Parent–child interaction therapy | Parent-child interaction therapy', 'Clinical supervision'],
    work: [
      { company: "Linfield Children's Centre", title: 'Speech and Language Therapy Assistant', town: 'London', country: 'UK', start: '2012-10', end: '2014-08', kind: 'part-time',
        duties: ['Ran language groups for two- to four-year-olds under a therapist’s supervision'] },
      { company: 'Hartsbrook NHS Foundation Trust', title: 'Speech and Language Therapist (Band 5)', town: 'London', country: 'UK', start: '2014-09', end: '2017-03', kind: 'job',
        duties: ['Community paediatric caseload of 45 children in nurseries and mainstream schools'] },
      { company: 'Hartsbrook NHS Foundation Trust', title: 'Specialist Speech and Language Therapist (Band 6, 0.6 WTE)', town: 'London', country: 'UK', start: '2017-04', end: null, kind: 'part-time',
        duties: ['Fluency and dysphagia clinics for children aged 3 to 16', 'Supervises two Band 5 therapists and student placements'] },
      { company: 'TalkWell Therapy', title: 'Independent Speech and Language Therapist (part-time)', town: 'London', country: 'UK', start: '2019-01', end: null, kind: 'part-time',
        duties: ['Private caseload of up to eight children a week, Saturdays and two evenings'] },
      { company: 'Stammer Support London', title: 'Volunteer Group Facilitator', town: 'London', country: 'UK', start: '2021-01', end: null, print: 'since-year', kind: 'volunteer',
        duties: ['Co-facilitates a monthly group for teenagers who stammer'] },
    ],
    gaps: [],
    education: [{ from: '2011-09', to: '2014-07', school: 'University of Greywell', degree: 'BSc (Hons) Speech and Language Therapy', town: 'London' }],
    languages: ['English (native)', 'Twi (conversational)'],
    certificates: ['HCPC registration SL041872', 'Member, Royal College of Speech and Language Therapists', 'IDDSI dysphagia framework training (2023)'],
    otherPhones: [{ label: 'Work (Hartsbrook switchboard)', number: '020 3946 7000' }],
  },
  {
    id: 'p06', language: 'en', name: 'Bronwyn Ashdown', given: 'Bronwyn', family: 'Ashdown',
    email: 'bronwyn.ashdown@gmail.com', phone: '+56962348817', phoneDisplay: '+56 9 6234 8817',
    town: 'Antofagasta', address: 'Av. Grecia 1420, depto. 803, Antofagasta, Chile', birth: '1986-06-30', nationality: 'New Zealander', gender: 'Female',
    headline: 'Geology Superintendent — porphyry copper, resource modelling',
    summary: 'New Zealand geologist in Chile since 2017. Resource and grade-control geology on open-pit copper, QA/QC of assay data, supervision of bilingual teams.',
    skills: ['Resource modelling (Leapfrog) | Leapfrog | Resource modeling', 'Core logging', 'QA/QC of assay data | QA/QC', 'Porphyry copper geology', 'JORC Code reporting | JORC', 'Maptek Vulcan | Vulcan', 'Team supervision'],
    work: [
      { company: 'Kawerau Drilling Services', title: 'Field Assistant (Geology)', town: 'Kawerau', country: 'New Zealand', start: '2009-02', end: '2010-11', startDay: '2009-02-03', endDay: '2010-11-26', kind: 'job',
        duties: ['Core handling, logging support and sampling on geothermal and gold drilling'], reason: 'Returned to full-time study' },
      { company: 'Pukerangi Gold Ltd', title: 'Exploration Geologist', town: 'Middlemarch', country: 'New Zealand', start: '2012-03', end: '2016-06', startDay: '2012-03-05', endDay: '2016-06-30', kind: 'job',
        duties: ['Logged 38 km of diamond core', 'Built the first Leapfrog model of the deposit'], reason: 'Career break and move to South America' },
      { company: 'Minera Quebrada Alta SpA', title: 'Senior Geologist', town: 'Copiapó', country: 'Chile', start: '2017-05', end: '2018-12', startDay: '2017-05-02', endDay: '2018-12-31', kind: 'job',
        duties: ['Grade-control and reconciliation on an open-pit copper mine', 'QA/QC programme for 40,000 assays a year'], reason: 'Promotion offer' },
      { company: 'Compañía Minera Los Tilos', title: 'Geology Superintendent', town: 'Antofagasta', country: 'Chile', start: '2019-01', end: null, startDay: '2019-01-02', kind: 'job',
        duties: ['Leads 14 geologists and technicians (resource, grade control, core shed)', 'Annual resource statement under the JORC Code', 'Maptek Vulcan to Leapfrog migration'] },
    ],
    gaps: [
      { start: '2010-12', end: '2012-02', note: 'Full-time study (MSc Geology)' },
      { start: '2016-07', end: '2017-04', note: 'Career break — travel in South America and Spanish course in Valparaíso' },
    ],
    education: [
      { from: '2005-02', to: '2008-11', school: 'Waitaki University', degree: 'BSc Geology', town: 'Dunedin' },
      { from: '2011-02', to: '2012-02', school: 'Waitaki University', degree: 'MSc Geology (economic geology)', town: 'Dunedin' },
    ],
    languages: ['English (native)', 'Spanish (C1)'],
    certificates: ['MAusIMM (CP Geology) — Competent Person', 'Chilean driving licence, class B'],
    extra: { rut: '26.481.903-5' },
  },
  {
    id: 'p07', language: 'en', name: 'Marcus Holloway', given: 'Marcus', family: 'Holloway',
    email: 'marcus.holloway@pt.lu', phone: '+352691284375', phoneDisplay: '+352 691 284 375',
    town: 'Strassen', address: '7, rue des Romains, L-8041 Strassen, Luxembourg', birth: '1990-04-03', nationality: 'British', gender: 'Male',
    headline: 'Assistant Vice President, Fund Oversight',
    summary: 'Fund-administration professional in Luxembourg since 2015, promoted twice at the same bank. Oversees NAV production for UCITS and AIFs and leads a team of seven.',
    skills: ['NAV oversight', 'UCITS and AIFMD regulation | UCITS | AIFMD', 'MultiFonds', 'Power BI', 'SQL', 'Luxembourg GAAP | Lux GAAP', 'Team management'],
    work: [
      { company: 'Ashcombe Fund Services', title: 'Fund Accountant', town: 'Dublin', country: 'Ireland', start: '2013-02', end: '2015-08', kind: 'job',
        duties: ['Daily NAV for 22 Irish UCITS sub-funds'], reason: 'Relocation to Luxembourg' },
      { company: 'Banque Valmont Luxembourg S.A.', title: 'Senior Fund Accountant', town: 'Luxembourg', country: 'Luxembourg', start: '2015-09', end: '2017-12', kind: 'job',
        duties: ['NAV production and financial statements for SICAVs under Luxembourg GAAP'] },
      { company: 'Banque Valmont Luxembourg S.A.', title: 'Team Leader, NAV Oversight', town: 'Luxembourg', country: 'Luxembourg', start: '2018-01', end: '2020-12', kind: 'job',
        duties: ['Led four accountants; oversight of a delegated NAV provider', 'Built Power BI dashboards for NAV errors and breaches'] },
      { company: 'Banque Valmont Luxembourg S.A.', title: 'Assistant Vice President, Fund Oversight', town: 'Luxembourg', country: 'Luxembourg', start: '2021-01', end: null, kind: 'job',
        duties: ['Oversight of 140 UCITS and AIF sub-funds', 'Leads a team of seven; escalation point for the CSSF Circular 24/856 NAV-error process'] },
    ],
    gaps: [],
    education: [{ from: '2009-09', to: '2012-06', school: 'Ardmore University', degree: 'BA (Hons) Accounting and Finance', town: 'Belfast' }],
    languages: ['English (native)', 'French (B2)', 'German (B1)', 'Luxembourgish (A2)'],
    certificates: ['ACCA, fellow member (FCCA) since 2021', 'ALFI fund-administration certificate (2016)'],
    otherPhones: [{ label: 'Bank switchboard', number: '+352 45 90 1' }],
  },
  {
    id: 'p08', language: 'zh', name: '邓嘉豪', given: '嘉豪', family: '邓', latin: 'Deng Jiahao',
    email: 'dengjiahao_pm@163.com', phone: '+8613826514907', phoneDisplay: '138 2651 4907',
    town: '深圳', address: '广东省深圳市南山区桃源街道龙联花园', birth: '1991-05', nationality: '中国', gender: '男',
    headline: '硬件产品经理（智能家居 / IoT）',
    summary: '13 年消费电子经验，从硬件工程师转做产品，主导 9 款智能家居产品从定义到量产，熟悉深圳、东莞供应链。',
    skills: ['硬件产品定义', 'BOM 成本管控 | BOM成本管控 | BOM', '供应链管理', 'Altium Designer', 'Jira', 'PRD 撰写 | PRD', 'NPI 导入 | NPI'],
    work: [
      { company: '东莞市华睿电子有限公司', title: '助理硬件工程师', town: '东莞', start: '2013-07', end: '2016-02', kind: 'job',
        duties: ['负责小家电控制板原理图与 PCB 设计', '配合工厂完成试产与 EMC 整改'], reason: '职业发展' },
      { company: '深圳市宏拓智能科技有限公司', title: '硬件产品专员', town: '深圳', start: '2016-03', end: '2018-03', kind: 'job',
        duties: ['跟进智能插座、网关两条产品线的 BOM 与供应商', '整理用户反馈，输出产品迭代需求'], reason: '转岗产品经理' },
      { company: '深圳市鲸帆科技有限公司', title: '产品经理', town: '深圳', start: '2018-04', end: '2021-06', kind: 'job',
        duties: ['负责智能门锁产品线，2 年内上市 4 款，累计销量 60 万台', '主导方案商评估与 IoT 模组选型'] },
      { company: '深圳市鲸帆科技有限公司', title: '高级产品经理', town: '深圳', start: '2021-07', end: null, kind: 'job',
        duties: ['管理 5 人产品团队，负责门锁与可视门铃两条产品线', '推动 BOM 成本下降 18%', '建立 NPI 导入评审流程'] },
    ],
    gaps: [],
    education: [{ from: '2009-09', to: '2013-06', school: '粤海理工大学', degree: '本科 · 电子信息工程' }],
    languages: ['英语（CET-6）', '粤语'],
    certificates: ['NPDP 产品经理国际资格认证（2019）'],
  },
  {
    id: 'p09', language: 'zh', name: '罗建国', given: '建国', family: '罗', latin: 'Luo Jianguo',
    email: 'luojianguo1970@163.com', phone: '+8613973260418', phoneDisplay: '139 7326 0418',
    town: '株洲', address: '湖南省株洲市石峰区田心街道', birth: '1970-10', nationality: '中国', gender: '男',
    headline: '总工程师（轨道交通装备）',
    summary: '从事轨道车辆及机械制造工艺、设计和技术管理工作三十余年，正高级工程师，主持转向架和车体焊接工艺攻关多项。',
    skills: ['轨道车辆转向架设计 | 转向架设计', '焊接工艺评定', '精益生产', 'SolidWorks', 'ANSYS', '技术团队管理'],
    work: [
      { company: '国营湘江机械厂', title: '技术员', town: '湘潭', start: '1992-07', end: '1998-06', kind: 'job',
        duties: ['车间工艺员，负责焊接与机加工工艺文件'], reason: '企业改制' },
      { company: '湘江重工股份有限公司', title: '工艺科科长', town: '湘潭', start: '1998-07', end: '2006-12', kind: 'job',
        duties: ['负责全厂焊接工艺评定与工装设计', '推行精益生产试点'] },
      { company: '湘江重工股份有限公司', title: '副总工程师', town: '湘潭', start: '2007-01', end: '2015-03', kind: 'job',
        duties: ['分管工艺与质量，主持转向架构架焊接变形控制攻关'], reason: '调入新单位' },
      { company: '株洲衡岳轨道装备有限公司', title: '总工程师', town: '株洲', start: '2015-04', end: null, kind: 'job',
        duties: ['全面负责公司技术工作，管理技术中心 120 人', '主持城轨车辆转向架平台开发，获省科技进步二等奖'] },
    ],
    gaps: [],
    education: [
      { from: '1988-09', to: '1992-07', school: '湘中工业大学', degree: '本科 · 机械设计与制造' },
      { from: '2003-09', to: '2006-06', school: '湘中工业大学', degree: '在职工程硕士 · 机械工程' },
    ],
    languages: ['英语（阅读专业文献）'],
    certificates: ['正高级工程师（2016）', '国际焊接工程师（IWE）'],
    otherPhones: [{ label: '办公电话', number: '0731-2285 6610' }],
  },
  {
    id: 'p10', language: 'zh', name: '何静怡', given: '静怡', family: '何', latin: 'He Jingyi',
    email: '2836154097@qq.com', phone: '+8615868123349', phoneDisplay: '158 6812 3349',
    town: '杭州', address: '浙江省杭州市余杭区五常街道', birth: '1995-02', nationality: '中国', gender: '女',
    headline: '财务主管 / 总账',
    summary: '四大所外的本土所审计出身，转做电商企业财务，熟悉合并报表和税务申报；周末兼职财经培训讲师三年。',
    skills: ['合并报表', '金蝶 K/3 | 金蝶', '用友 U8 | 用友', 'Excel 数据透视表 | Excel', '税务申报', 'Power Query', '内控流程设计'],
    work: [
      { company: '中衡信会计师事务所（特殊普通合伙）浙江分所', title: '审计实习生', town: '杭州', start: '2016-07', end: '2016-09', kind: 'internship',
        duties: ['参与 2 家拟上市企业年报审计，负责货币资金与往来函证'] },
      { company: '中衡信会计师事务所（特殊普通合伙）浙江分所', title: '审计助理', town: '杭州', start: '2017-07', end: '2019-06', kind: 'job',
        duties: ['年报审计及 IPO 项目现场工作，独立负责收入与成本循环'], reason: '转入企业财务' },
      { company: '杭州禾木电子商务有限公司', title: '总账会计', town: '杭州', start: '2019-07', end: '2022-02', kind: 'job',
        duties: ['月结、总账及 3 家子公司合并报表', '用友 U8 切换金蝶 K/3 项目骨干'] },
      { company: '浙江育才财经培训学校', title: '兼职讲师（周末）', town: '杭州', start: '2020-09', end: '2023-06', kind: 'part-time',
        duties: ['讲授初级会计实务与 Excel 财务应用，累计授课 400 余课时'] },
      { company: '杭州禾木电子商务有限公司', title: '财务主管', town: '杭州', start: '2022-03', end: null, kind: 'job',
        duties: ['带领 4 人团队负责核算、税务与资金', '用 Power Query 搭建平台对账模板，月结缩短 3 天', '设计费用报销与采购付款内控流程'] },
    ],
    gaps: [],
    education: [{ from: '2013-09', to: '2017-06', school: '钱江财经大学', degree: '本科 · 会计学' }],
    languages: ['英语（CET-6）'],
    certificates: ['中级会计专业技术资格（2021）', '注册会计师（CPA）专业阶段合格（2020）'],
  },
  {
    id: 'p11', language: 'zh', name: '孟庆伟', given: '庆伟', family: '孟', latin: 'Meng Qingwei',
    email: 'mengqingwei_wl@163.com', phone: '+8618625137702', phoneDisplay: '186 2513 7702',
    town: '西哈努克', address: '柬埔寨西哈努克省 西港经济特区生活区', birth: '1990-03', nationality: '中国', gender: '男',
    headline: '物流经理（仓储 / 海外工厂）',
    summary: '退役军人，五年部队服役经历；从仓库主管做到运营经理，2023 年起在柬埔寨中资制衣厂负责物流与清关。',
    skills: ['WMS 系统 | WMS', '仓储规划', 'TMS 运输管理 | TMS', '清关流程（柬埔寨） | 清关', '6S 现场管理 | 6S', '叉车操作', '团队管理'],
    work: [
      { company: '中国人民解放军某部', title: '战士、班长', town: '济南', start: '2008-12', end: '2013-12', kind: 'military',
        duties: ['汽车连驾驶员，后任班长，2012 年荣立个人三等功'], reason: '退役' },
      { company: '苏州捷安物流有限公司', title: '仓库主管', town: '苏州', start: '2014-09', end: '2018-05', kind: 'job',
        duties: ['管理 2.4 万平方米电商仓，带班 30 人', '导入 WMS 系统，库存准确率提升到 99.8%'], reason: '个人发展',
        referee: { name: '陈国栋', phone: '139 1552 8046', role: '原运营总监' } },
      { company: '江苏远腾供应链管理有限公司', title: '运营经理', town: '昆山', start: '2018-06', end: '2023-02', kind: 'job',
        duties: ['负责 3 个仓库与干线运输，年营收 1.2 亿元', '上线 TMS 运输管理系统'], reason: '赴海外工作',
        referee: { name: '刘敏', phone: '138 6260 3319', role: '人事经理' } },
      { company: '金港（柬埔寨）制衣有限公司', title: '物流经理', town: '西哈努克', start: '2023-07', end: null, kind: 'job',
        duties: ['负责原辅料进口与成衣出口的仓储、运输与清关', '管理中柬员工 26 人，推行 6S 现场管理'],
        referee: { name: '王海涛', phone: '+855 12 806 347', role: '厂长' } },
    ],
    gaps: [
      { start: '2014-01', end: '2014-08', note: '待业（复习备考成人高考）' },
      { start: '2023-03', end: '2023-06', note: '待业（办理出国手续）' },
    ],
    education: [
      { from: '2005-09', to: '2008-07', school: '临沂市第十一中学', degree: '高中' },
      { from: '2014-09', to: '2017-07', school: '姑苏职业技术学院', degree: '大专（业余）· 物流管理' },
    ],
    languages: ['普通话', '高棉语（日常交流）', '英语（基础）'],
    certificates: ['叉车司机证（N1）', '物流师（三级）'],
    otherPhones: [{ label: '紧急联系人（妻子 张丽）', number: '+86 187 6231 4508' }],
  },
  {
    id: 'p12', language: 'zh', name: '许晓棠', given: '晓棠', family: '许', latin: 'Xu Xiaotang',
    email: 'xuxiaotang.design@gmail.com', phone: '+8613512086673', phoneDisplay: '135 1208 6673',
    town: '上海', address: '上海市徐汇区康健街道', birth: '1990-09', nationality: '中国', gender: '女',
    headline: '独立品牌设计师',
    summary: '13 年平面与品牌设计经验，2019 年起独立执业，服务咖啡、生活方式与科技品牌 30 余家。',
    skills: ['品牌视觉识别（VI）设计 | VI 设计 | 品牌设计', 'Adobe Illustrator | Illustrator', 'Photoshop | PS', 'Figma', '包装设计', '字体设计', 'C4D | Cinema 4D'],
    work: [
      { company: '上海朗奇广告有限公司', title: '平面设计师', town: '上海', start: '2013-07', end: '2016-05', kind: 'job',
        duties: ['快消品牌海报、物料与电商详情页设计'], reason: '去北京发展' },
      { company: '北京青麦文化传播有限公司', title: '资深设计师', town: '北京', start: '2016-06', end: '2019-09', kind: 'job',
        duties: ['负责文创与出版品牌的 VI 与包装，带 2 名设计师', '作品获 2018 年东亚包装设计奖铜奖'], reason: '独立执业' },
      { company: '自由职业', title: '独立品牌设计师', town: '上海', start: '2019-10', end: null, kind: 'freelance',
        clients: ['山野咖啡', '木槿生活', '拾光书店', '蓝鲸智能科技'],
        duties: ['为 30 余家品牌完成 VI、包装与字体设计', '长期合作客户：山野咖啡、木槿生活、拾光书店、蓝鲸智能科技'] },
    ],
    gaps: [],
    education: [{ from: '2009-09', to: '2013-06', school: '申江美术学院', degree: '本科 · 视觉传达设计' }],
    languages: ['英语（CET-4）'],
    certificates: ['Adobe 认证专家（ACP）Illustrator'],
  },
  {
    id: 'p13', language: 'mixed', name: '孙浩然', given: 'Haoran', family: 'SUN', latin: 'SUN Haoran',
    email: 'sun.haoran.jp@outlook.com', phone: '+8613761842290', phoneDisplay: '+86 137 6184 2290',
    town: 'Shanghai', address: 'Room 1203, No. 88 Lane 399, Xinzhuang, Minhang District, Shanghai', birth: '1989-08-11', nationality: 'Chinese', gender: 'Male',
    headline: 'Engineering Manager — precision machining (Japanese-invested)',
    summary: 'Mechanical engineer who spent five years at a Japanese machine-parts maker in Nagoya before moving to its Shanghai subsidiary in 2019. Fluent Japanese; bridges Japanese headquarters and Chinese production.',
    skills: ['Jig and fixture design | Jig design | 夹具设计', 'CNC machining process planning | CNC', 'Kaizen | 改善', 'Siemens NX | NX', 'GD&T', 'Production line layout'],
    work: [
      { company: 'Mitsuhara Seisakusho Co., Ltd.', companyAlt: '株式会社三津原製作所', title: 'Production Engineer', titleAlt: '生産技術', town: 'Nagoya', country: 'Japan', start: '2014-04', end: '2017-03', kind: 'job',
        duties: ['Process planning and jigs for aluminium housings on 5-axis machining centres', 'Kaizen team member at the Komaki plant'] },
      { company: 'Mitsuhara Seisakusho Co., Ltd.', companyAlt: '株式会社三津原製作所', title: 'Senior Engineer (Shunin)', titleAlt: '主任', town: 'Nagoya', country: 'Japan', start: '2017-04', end: '2019-03', kind: 'job',
        duties: ['Led line-layout design for the new transmission-parts line', 'Trained Chinese engineers seconded from the Shanghai plant'], reason: 'Transfer to Shanghai subsidiary' },
      { company: 'Shanghai Tsuhara Precision Machinery Co., Ltd.', companyAlt: '上海津原精密机械有限公司', title: 'Engineering Manager', titleAlt: '技术部经理', town: 'Shanghai', country: 'China', start: '2019-04', end: null, kind: 'job',
        duties: ['Runs the 18-person engineering department', 'Localised 70% of jigs and fixtures previously bought in Japan', 'Interface with Nagoya headquarters on new-model launches'] },
    ],
    gaps: [],
    education: [
      { from: '2007-09', to: '2011-07', school: 'Liaodong University of Technology', schoolAlt: '辽东理工大学', degree: 'B.Eng. Mechanical Engineering' },
      { from: '2012-04', to: '2014-03', school: 'Owari Institute of Technology, Graduate School', schoolAlt: '尾張工業大学大学院', degree: 'M.Eng. Mechanical Engineering' },
    ],
    languages: ['Chinese (native)', 'Japanese (JLPT N1)', 'English (TOEIC 850)'],
    certificates: ['Mechanical Design Engineer, Grade 2 (Japan Society for Design Engineering, 2018)'],
  },
  {
    id: 'p14', language: 'mixed', name: '林雪晴', given: 'Xueqing', family: 'Lin', latin: 'Sherry Lin',
    email: 'sherry.xq.lin@gmail.com', phone: '+8618917354426', phoneDisplay: '+86 189 1735 4426',
    town: 'Shanghai', address: 'Changning District, Shanghai', birth: '1995-12', nationality: 'Chinese', gender: 'Female',
    headline: 'Analytics Lead — e-commerce and user growth',
    summary: 'Data analyst trained in London, eight years in Shanghai and Hangzhou e-commerce. Experiment design, growth analytics and a small analytics team; taught part-time online for two years.',
    skills: ['SQL', 'Python', 'Tableau', 'A/B testing | A/B 测试 | AB testing', 'Hive', 'Looker Studio', 'User growth analytics | 用户增长分析'],
    work: [
      { company: 'Ashbury Retail Analytics Ltd', title: 'Data Analyst Intern', titleAlt: '数据分析实习生', town: 'London', country: 'UK', start: '2017-06', end: '2017-08', print: 'season',
        season: { en: 'Summer 2017', zh: '2017年暑期' }, kind: 'internship',
        duties: ['Basket analysis for a grocery client in R and SQL'] },
      { company: '上海数衡信息科技有限公司', companyAlt: 'Shuheng Information Technology', title: 'Data Analyst', titleAlt: '数据分析师', town: 'Shanghai', country: 'China', start: '2018-09', end: '2020-06', kind: 'job',
        duties: ['Weekly KPI reporting and Tableau dashboards for retail clients'] },
      { company: '杭州鹿鸣网络科技有限公司', companyAlt: 'Luming Network Technology', title: 'Senior Data Analyst', titleAlt: '高级数据分析师', town: 'Hangzhou', country: 'China', start: '2020-07', end: '2023-12', kind: 'job',
        duties: ['Designed and read out 60+ A/B tests on the checkout funnel', 'Hive and Python pipelines for the growth team'] },
      { company: '钱塘商学院', companyAlt: 'Qiantang Business School', title: 'Online Teaching Assistant (part-time)', titleAlt: '在线课程助教（兼职）', town: 'Hangzhou', country: 'China', start: '2021-03', end: '2022-12', kind: 'part-time',
        duties: ['Marked assignments and ran Q&A for an online business-analytics course'] },
      { company: 'Lumen Commerce (Shanghai) Co., Ltd.', companyAlt: '流明商务（上海）有限公司', title: 'Analytics Lead', titleAlt: '数据分析负责人', town: 'Shanghai', country: 'China', start: '2024-01', end: null, kind: 'job',
        duties: ['Leads four analysts; owns the experimentation platform and growth metrics', 'Moved reporting from Tableau to Looker Studio'] },
    ],
    gaps: [],
    education: [
      { from: '2013-09', to: '2017-06', school: 'Hudong University of Finance and Economics', schoolAlt: '沪东财经大学', degree: 'B.Econ. Statistics', degreeAlt: '经济学学士 · 统计学' },
      { from: '2017-09', to: '2018-08', school: 'Kingsmere University', degree: 'MSc Business Analytics (Merit)', town: 'London' },
    ],
    languages: ['Chinese (native)', 'English (IELTS 7.5)'],
    certificates: ['Tableau Desktop Specialist (2019)'],
  },
  {
    id: 'p15', language: 'mixed', name: '王志远', given: 'Zhiyuan', family: 'Wang', latin: 'Zhiyuan Wang',
    email: 'zhiyuan.wang.eng@outlook.com', phone: '+8615062578134', phoneDisplay: '+86 150 6257 8134',
    town: 'Taicang', address: 'Beijing West Road, Taicang, Jiangsu, China', birth: '1987-06-18', nationality: 'Chinese', gender: 'Male',
    headline: 'Engineering Manager — gearboxes and drive technology',
    summary: 'Drive-technology engineer trained in Germany. Two years in a Chinese tier-1 supplier, master’s and three years of development at a German gearbox maker, since 2017 head of engineering at its Taicang plant.',
    skills: ['Gearbox design | Transmission design', 'FMEA', 'CATIA V5 | CATIA', 'KISSsoft', 'APQP', 'Test bench validation', '8D problem solving | 8D'],
    work: [
      { company: '南京恒科汽车零部件有限公司', companyAlt: 'Nanjing Hengke Auto Parts Co., Ltd.', title: 'Quality Engineer', titleAlt: '质量工程师', town: 'Nanjing', country: 'China', start: '2009-07', end: '2012-06', kind: 'job',
        duties: ['Supplier quality for machined gear blanks', 'Customer complaint handling with 8D reports'], reason: 'Master’s studies in Germany' },
      { company: 'Krämer Antriebstechnik GmbH', title: 'Working Student (Werkstudent), Test Bench', titleAlt: '在校实习生（试验台）', town: 'Stuttgart', country: 'Germany', start: '2013-10', end: '2014-08', kind: 'working-student',
        duties: ['Endurance tests of planetary gearboxes, 16 hours a week during studies'] },
      { company: 'Krämer Antriebstechnik GmbH', title: 'Development Engineer (Entwicklungsingenieur)', titleAlt: '开发工程师', town: 'Stuttgart', country: 'Germany', start: '2014-10', end: '2017-02', kind: 'job',
        duties: ['Gear and shaft calculation in KISSsoft for industrial gearboxes', 'Design FMEA moderator for two product families'], reason: 'Transfer to Taicang plant' },
      { company: 'Krämer Antriebstechnik (Taicang) Co., Ltd.', companyAlt: '克莱默传动技术（太仓）有限公司', title: 'Engineering Manager', titleAlt: '工程部经理', town: 'Taicang', country: 'China', start: '2017-03', end: null, kind: 'job',
        duties: ['Head of a 25-person engineering team (design, test, application)', 'Localised the planetary gearbox range for Chinese customers', 'APQP owner for new projects'] },
    ],
    gaps: [],
    education: [
      { from: '2005-09', to: '2009-06', school: 'Qinhuai Institute of Technology', schoolAlt: '秦淮理工学院', degree: 'B.Eng. Vehicle Engineering' },
      { from: '2012-10', to: '2014-09', school: 'Hochschule Filstal', degree: 'M.Sc. Mechanical Engineering (Drive Technology)', town: 'Esslingen' },
    ],
    languages: ['Chinese (native)', 'German (C1)', 'English (C1)'],
    certificates: ['VDA 6.3 Process Auditor (2019)'],
  },
  {
    id: 'p16', language: 'mixed', name: '黄俊杰', given: 'Junjie', family: 'Huang', latin: 'Junjie Huang',
    email: 'junjie.huang.rf@gmail.com', phone: '+51987415263', phoneDisplay: '+51 987 415 263',
    town: 'Lima', address: 'Calle Alcanfores 540, Miraflores, Lima, Perú', birth: '1988-01-25', nationality: 'Chinese', gender: 'Male',
    headline: 'Network Planning Manager — RF and LTE/5G',
    summary: 'RF engineer from Shenzhen, in Peru since 2013: five years with a Chinese vendor’s Lima branch, since 2019 network planning manager at a Peruvian operator.',
    skills: ['RF planning | Radio frequency planning', 'Atoll', 'Drive testing | Drive test', 'LTE/5G NR optimisation | LTE | 5G NR | LTE/5G NR optimization', 'Python', 'Spectrum management', 'Vendor management'],
    work: [
      { company: '深圳中讯通信技术有限公司', companyAlt: 'Zhongxun Telecom Technologies', title: 'RF Engineer', titleAlt: '射频工程师', town: 'Shenzhen', country: 'China', start: '2010-07', end: '2013-05', kind: 'job',
        duties: ['GSM/UMTS cluster optimisation and drive tests in Guangdong'], reason: 'Assignment to Peru branch' },
      { company: 'Zhongxun Telecom Perú S.A.C.', title: 'Senior RF Engineer', titleAlt: '高级射频工程师', town: 'Lima', country: 'Peru', start: '2013-06', end: '2018-12', kind: 'job',
        duties: ['LTE roll-out planning for 1,100 sites for two Peruvian operators', 'Led a team of six drive-test engineers'], reason: 'Offer from operator' },
      { company: 'Andesnet Telecomunicaciones S.A.C.', title: 'Network Planning Manager', titleAlt: '网络规划经理', town: 'Lima', country: 'Peru', start: '2019-01', end: null, kind: 'job',
        duties: ['Radio planning for the national LTE and 5G NR network', 'Spectrum auctions support and vendor management'] },
    ],
    gaps: [],
    education: [{ from: '2006-09', to: '2010-06', school: 'Nanling University of Posts and Telecommunications', schoolAlt: '南岭邮电大学', degree: 'B.Eng. Communication Engineering' }],
    languages: ['Chinese (native)', 'Spanish (C1)', 'English (B2)'],
    certificates: ['PMP (2021)'],
    extra: { ce: 'Carné de extranjería N.º 001874620' },
  },
];

export const byId = (id: string) => {
  const p = people.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p;
};
