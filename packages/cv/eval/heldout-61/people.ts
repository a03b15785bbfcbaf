/**
 * heldout-61 — sixteen invented people. Everything here is made up: names, employers, schools, addresses,
 * e-mail addresses and phone numbers (numbers are valid in shape for their country; UK, US and Canadian ones sit in
 * the ranges set aside for fiction where such ranges exist).
 *
 * `skills` are written as the truth wants them: the printed spelling first, then synonyms after " | ".
 * Templates print only the part before the first " | ".
 */
export type Lang = 'en' | 'zh' | 'mixed';

export interface Job {
  company: string; // as printed, never with a town
  title: string;
  start: string; // YYYY-MM
  end: string | null;
  town: string;
  bullets: string[];
}
export interface Edu { school: string; degree: string; start: string; end: string; town: string }

export interface Person {
  id: string;
  language: Lang;
  hant?: boolean; // Traditional Chinese
  name: string; // truth: the name as written in every document
  nameAlt?: string; // romanisation / second script printed beside the name (not the truth)
  honorific?: string; // Dr, Engr., Mr … (not part of the name)
  postNominals?: string; // PhD, CA(SA), MNSE … (not part of the name)
  headline: string;
  summary: string;
  email: string; // the first listed e-mail in every document = truth
  email2?: string; // a second address printed after it
  phone: string; // E.164 of the own mobile = truth
  mobile: string; // national format, as printed
  home?: string; // other numbers, printed with labels; never the truth
  office?: string;
  street: string;
  town: string;
  postcode: string;
  country: string;
  idLabel?: string;
  idNo?: string;
  dob?: string;
  web?: string;
  handle?: string;
  skills: string[];
  work: Job[]; // oldest first
  education: Edu[];
  languages: string[];
  certs: string[];
  referees?: { name: string; role: string; phone: string; email?: string }[];
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Eleanor Fairweather-Quinn', honorific: 'Dr', postNominals: 'PhD',
    headline: 'Health data scientist',
    summary: 'Statistician turned health data scientist. Ten years of turning hospital and community data into decisions: survival models for waiting lists, causal evaluations of service changes and the reporting pipelines that keep them honest.',
    email: 'eleanor@fairweather-quinn.org.uk', email2: 'e.fairweather-quinn@clearwater-health.co.uk',
    phone: '+447700900417', mobile: '07700 900417', home: '0117 496 0382',
    street: '27 Chandos Road, Redland', town: 'Bristol', postcode: 'BS6 6PG', country: 'United Kingdom',
    web: 'fairweather-quinn.org.uk', handle: 'efq-data',
    skills: ['Python | Python 3', 'R', 'SQL', 'Apache Spark | Spark', 'Survival analysis', 'Causal inference', 'Power BI', 'Git', 'Statistical process control | SPC'],
    work: [
      { company: 'Kestrel Actuarial Ltd', title: 'Graduate Analyst', start: '2012-09', end: '2014-08', town: 'Bath',
        bullets: ['Built mortality and morbidity tables for group income-protection pricing.', 'Automated the quarterly experience study in R, cutting run time from two days to an hour.'] },
      { company: 'Severnvale Hospitals NHS Foundation Trust', title: 'Senior Information Analyst', start: '2018-04', end: '2021-01', town: 'Bristol',
        bullets: ['Owned the elective waiting-list model used in weekly access meetings.', 'Introduced SPC charts to the board performance report.'] },
      { company: 'Severnvale Hospitals NHS Foundation Trust', title: 'Principal Health Data Scientist', start: '2021-02', end: '2023-05', town: 'Bristol',
        bullets: ['Led a team of four analysts through the COVID recovery programme.', 'Evaluated the virtual-ward pilot with a difference-in-differences design.'] },
      { company: 'Clearwater Health Analytics CIC', title: 'Lead Data Scientist', start: '2023-06', end: null, town: 'Bristol',
        bullets: ['Lead data science for six integrated care boards in the South West.', 'Moved the linked-data pipeline to Spark; nightly run now 40 minutes.', 'Mentor two Analytics Fellows.'] },
    ],
    education: [
      { school: 'Pennine University', degree: 'BSc (Hons) Mathematics, First Class', start: '2009-09', end: '2012-06', town: 'Lancaster' },
      { school: 'University of South Wessex', degree: 'PhD Biostatistics', start: '2014-09', end: '2018-03', town: 'Salisbury' },
    ],
    languages: ['English (native)', 'French (B2)'],
    certs: ['Graduate Statistician (GradStat)'],
  },
  {
    id: 'p02', language: 'en', name: 'James R. Whitfield Jr.', postNominals: 'CFM',
    headline: 'Facilities Operations Manager',
    summary: 'Facilities leader with 20 years in mechanical systems, from Air Force HVAC shops to a 2.1 million sq ft commercial portfolio. Known for preventive-maintenance programs that pay for themselves and for vendors who show up on time.',
    email: 'JWhitfieldJr@BuckeyeMail.net', email2: 'j.whitfield@marrowfield-properties.com',
    phone: '+16145550148', mobile: '(614) 555-0148', office: '(614) 555-0100 ext. 2231',
    street: '1187 Oakwood Ave.', town: 'Columbus, OH', postcode: '43206', country: 'USA',
    skills: ['Preventive maintenance', 'CMMS (Maximo) | Maximo | CMMS', 'HVAC systems | HVAC', 'Budget management', 'Vendor management', 'OSHA compliance', 'Energy management', 'AutoCAD'],
    work: [
      { company: 'United States Air Force', title: 'HVAC/R Journeyman', start: '2005-06', end: '2011-05', town: 'Wright-Patterson AFB, OH',
        bullets: ['Maintained chillers, boilers and DDC controls for 40 base facilities.', 'Supervised a crew of six airmen on shift.'] },
      { company: 'Tri-County Mechanical Services', title: 'HVAC Service Technician', start: '2011-07', end: '2014-02', town: 'Columbus, OH',
        bullets: ['Serviced commercial rooftop units and split systems for 120 accounts.', 'Highest first-time-fix rate in the branch two years running.'] },
      { company: 'Marrowfield Properties', title: 'Facilities Supervisor', start: '2014-03', end: '2018-09', town: 'Columbus, OH',
        bullets: ['Ran day-to-day maintenance for nine Class A office buildings.', 'Rolled out Maximo work orders across the portfolio.'] },
      { company: 'Marrowfield Properties', title: 'Facilities Operations Manager', start: '2018-10', end: null, town: 'Columbus, OH',
        bullets: ['Manage a $6.8M operating budget and 22 technicians across 2.1M sq ft.', 'Cut energy use 14% through BAS retro-commissioning and LED retrofits.', 'Zero OSHA recordables since 2020.'] },
    ],
    education: [
      { school: 'Scioto Valley Technical College', degree: 'A.A.S., HVAC Technology', start: '2011-08', end: '2013-05', town: 'Columbus, OH' },
    ],
    languages: ['English'],
    certs: ['Certified Facility Manager (CFM), IFMA', 'EPA Section 608 Universal'],
    referees: [
      { name: 'Sandra Okafor-Lyle', role: 'VP, Property Operations, Marrowfield Properties', phone: '(614) 555-0119', email: 'sokaforlyle@marrowfield-properties.com' },
      { name: 'MSgt (ret.) Dale Pruitt', role: 'Former Shop Chief, 88th Civil Engineer Squadron', phone: '(937) 555-0162' },
      { name: 'Rick Havlicek', role: 'Branch Manager, Tri-County Mechanical Services', phone: '(614) 555-0177', email: 'rhavlicek@tricountymech.com' },
    ],
  },
  {
    id: 'p03', language: 'en', name: 'Siobhán Ní Bhriain',
    headline: 'Quality Assurance Manager — medical devices & biologics',
    summary: 'QA professional with thirteen years in GMP manufacturing: QC laboratories, batch disposition, CAPA and regulatory inspections (HPRA, FDA, notified body).',
    email: 'siobhan.nibhriain+cv@corkmail.ie', email2: 'sinibhriain@carrigbawn-md.ie',
    phone: '+353872146630', mobile: '087 214 6630', home: '021 489 3317',
    street: '4 Ard na Gréine, Ballincollig', town: 'Co. Cork', postcode: 'P31 F2K7', country: 'Ireland',
    skills: ['GMP | Good Manufacturing Practice', 'CAPA', 'Deviation management', 'TrackWise', 'Root cause analysis | RCA', 'Validation (IQ/OQ/PQ) | Validation', 'Regulatory inspections', 'Minitab'],
    work: [
      { company: 'Lee Valley Biologics', title: 'QC Analyst', start: '2013-06', end: '2016-08', town: 'Macroom',
        bullets: ['HPLC, ELISA and endotoxin testing for release and stability.', 'Trained new analysts on data-integrity practice.'] },
      { company: 'Lee Valley Biologics', title: 'Senior QC Analyst', start: '2016-09', end: '2018-12', town: 'Macroom',
        bullets: ['Led laboratory investigations (OOS/OOT) and method transfers.'] },
      { company: 'Ardmore Pharma Ireland Ltd', title: 'QA Specialist', start: '2019-01', end: '2022-03', town: 'Ringaskiddy',
        bullets: ['Batch record review and disposition for two sterile filling lines.', 'Owned the CAPA system in TrackWise; overdue CAPAs down from 31 to 2.'] },
      { company: 'Carrigbawn Medical Devices', title: 'QA Manager', start: '2022-04', end: null, town: 'Cork',
        bullets: ['Lead a QA team of nine across complaints, validation and supplier quality.', 'Hosted two notified-body audits and one FDA inspection with no major findings.'] },
    ],
    education: [
      { school: 'University College Lismore', degree: 'BSc Biochemistry', start: '2009-09', end: '2013-05', town: 'Waterford' },
      { school: 'Ballincollig Institute of Technology', degree: 'MSc Pharmaceutical Regulatory Affairs (part-time)', start: '2017-09', end: '2019-06', town: 'Cork' },
    ],
    languages: ['Irish (native)', 'English (native)', 'German (B1)'],
    certs: ['Lean Six Sigma Green Belt', 'ISO 13485 Lead Auditor'],
  },
  {
    id: 'p04', language: 'en', name: 'Pieter van der Westhuizen', postNominals: 'CA(SA)',
    headline: 'Group Financial Controller',
    summary: 'Chartered accountant with audit roots and ten years in commercial finance: group reporting, consolidations, treasury and tax for logistics and agricultural groups.',
    email: 'pieter.vdwesthuizen@lantanamail.co.za', email2: 'pvdwesthuizen@magalies-agri.co.za',
    phone: '+27825550147', mobile: '082 555 0147', office: '012 346 7720',
    street: '31 Jacaranda Street, Lynnwood', town: 'Pretoria', postcode: '0081', country: 'South Africa',
    idLabel: 'ID number', idNo: '8606155123087', dob: '15 June 1986',
    skills: ['IFRS', 'Financial modelling', 'SAP FI/CO | SAP', 'CaseWare', 'Consolidations', 'Treasury management', 'Tax compliance', 'Sage Pastel | Pastel'],
    work: [
      { company: 'Mokoena & Pillay Chartered Accountants', title: 'Trainee Accountant (SAICA articles)', start: '2010-01', end: '2012-12', town: 'Pretoria',
        bullets: ['Audits of manufacturing, retail and municipal entities.', 'Passed ITC and APC at first attempt.'] },
      { company: 'Mokoena & Pillay Chartered Accountants', title: 'Audit Senior', start: '2013-01', end: '2014-06', town: 'Pretoria',
        bullets: ['Ran audit teams of up to five on listed and private clients.'] },
      { company: 'Highveld Bulk Logistics (Pty) Ltd', title: 'Financial Accountant', start: '2014-07', end: '2018-02', town: 'Centurion',
        bullets: ['Month-end close, fixed assets and VAT for a 300-truck fleet.'] },
      { company: 'Highveld Bulk Logistics (Pty) Ltd', title: 'Financial Manager', start: '2018-03', end: '2021-08', town: 'Centurion',
        bullets: ['Led the SAP FI/CO implementation and a team of seven.', 'Negotiated the R420 million asset-finance facility.'] },
      { company: 'Magalies Agri Holdings Ltd', title: 'Group Financial Controller', start: '2021-09', end: null, town: 'Brits',
        bullets: ['Consolidate 11 subsidiaries under IFRS; results out by working day 8.', 'Own treasury, tax compliance and the external audit relationship.'] },
    ],
    education: [
      { school: 'Highveld University', degree: 'BCom Accounting Sciences', start: '2006-01', end: '2008-12', town: 'Pretoria' },
      { school: 'Highveld University', degree: 'BCom Honours (CTA)', start: '2009-01', end: '2009-12', town: 'Pretoria' },
    ],
    languages: ['Afrikaans (home language)', 'English', 'Sepedi (basic)'],
    certs: ['CA(SA), SAICA', "Driver's licence Code EB"],
  },
  {
    id: 'p05', language: 'en', name: "Lachlan O'Donnell",
    headline: 'Senior E&I Technician',
    summary: 'A-grade electrician and instrument technician with 18 years in metro and FIFO work. Comfortable with HV switching, hazardous areas and shutdown commissioning.',
    email: 'lachie.odonnell@westnet-mail.com.au',
    phone: '+61412555873', mobile: '0412 555 873', home: '(08) 9592 4418',
    street: '9 Kwinana Beach Rd', town: 'Rockingham WA', postcode: '6168', country: 'Australia',
    skills: ['Instrumentation calibration', 'PLC fault-finding | PLC', 'Hazardous areas (Ex) | Ex', 'HV switching', 'Fibre optic splicing', 'SAP PM', 'Loop checks', 'VSD commissioning | VSD'],
    work: [
      { company: 'Swan River Electrical', title: 'Apprentice Electrician', start: '2008-02', end: '2012-01', town: 'Welshpool',
        bullets: ['Commercial fit-outs, switchboards and industrial maintenance.'] },
      { company: 'Swan River Electrical', title: 'Electrician', start: '2012-02', end: '2014-05', town: 'Welshpool',
        bullets: ['Lead hand on factory and warehouse projects; testing and tagging.'] },
      { company: 'Pilbara Process Services', title: 'E&I Technician', start: '2014-06', end: '2019-10', town: 'Port Hedland',
        bullets: ['FIFO 2:1 on port and rail maintenance; calibration and loop checks.', 'Ex inspections on stacker-reclaimers and conveyors.'] },
      { company: 'Red Dune Iron Pty Ltd', title: 'Senior E&I Technician', start: '2019-11', end: null, town: 'Newman',
        bullets: ['8/6 roster on the processing plant; HV switching authority to 33 kV.', 'Commissioned 14 VSDs and the new crusher PLC during the 2023 shutdown.'] },
    ],
    education: [
      { school: 'Canning Vale Trade College', degree: 'Certificate III in Electrotechnology Electrician', start: '2008-02', end: '2011-12', town: 'Canning Vale' },
      { school: 'Canning Vale Trade College', degree: 'Certificate IV in Instrumentation and Control', start: '2015-02', end: '2016-06', town: 'Canning Vale' },
    ],
    languages: ['English'],
    certs: ['WA Electrical Licence EW 154287', 'HV Switching Authority (33 kV)', 'Working at Heights', 'Confined Space Entry', 'Car licence C 7654321'],
    referees: [
      { name: 'Darren Kowalczyk', role: 'E&I Superintendent, Red Dune Iron', phone: '0427 555 310' },
      { name: 'Mel Tran', role: 'Maintenance Planner, Pilbara Process Services', phone: '0439 555 064' },
    ],
  },
  {
    id: 'p06', language: 'en', name: 'Chukwuemeka Obi-Nwosu', honorific: 'Engr.', postNominals: 'MNSE',
    headline: 'RF Planning & Optimisation Engineer',
    summary: 'COREN-registered telecoms engineer with fifteen years in radio planning, optimisation and field engineering across 2G to 5G networks in Nigeria.',
    email: 'chukwuemeka.obinwosu@lagosmail.com.ng', email2: 'c.obinwosu@koramobile.ng',
    phone: '+2348035552917', mobile: '0803 555 2917', home: '0705 555 8841',
    street: '14 Adeniyi Jones Avenue, Ikeja', town: 'Lagos', postcode: '100271', country: 'Nigeria',
    idLabel: 'NIN', idNo: '48215530967', dob: '22 March 1987',
    skills: ['RF planning', 'LTE/5G optimisation | LTE | 5G', 'Drive testing', 'Atoll', 'TEMS Investigation | TEMS', 'Huawei U2020 | U2020', 'Microwave transmission', 'Python'],
    work: [
      { company: 'Sahel Towers Nigeria Ltd', title: 'Field Engineer', start: '2011-03', end: '2013-09', town: 'Abuja',
        bullets: ['Installation and commissioning of BTS and microwave links.'] },
      { company: 'Ikeja Wireless Solutions', title: 'RF Optimisation Engineer', start: '2013-10', end: '2017-12', town: 'Lagos',
        bullets: ['Drive tests and KPI optimisation for 900 sites in Lagos cluster.', 'Reduced dropped-call rate from 2.1% to 0.8%.'] },
      { company: 'Kora Mobile Networks Plc', title: 'Senior RF Engineer', start: '2018-01', end: '2022-06', town: 'Lagos',
        bullets: ['LTE rollout planning for South-West region in Atoll.'] },
      { company: 'Kora Mobile Networks Plc', title: 'RF Planning Lead', start: '2022-07', end: null, town: 'Lagos',
        bullets: ['Lead a team of 12 engineers on 5G NSA planning for Lagos and Abuja.', 'Built Python tooling for U2020 KPI exports.'] },
    ],
    education: [
      { school: 'Federal University of Technology, Oguta', degree: 'B.Eng. Electrical/Electronic Engineering (Second Class Upper)', start: '2004-10', end: '2009-11', town: 'Oguta' },
    ],
    languages: ['English', 'Igbo', 'Yoruba (fair)'],
    certs: ['COREN Registered Engineer', 'Member, Nigerian Society of Engineers (MNSE)'],
    referees: [
      { name: 'Engr. (Mrs) Folake Adeyemi', role: 'Head, Radio Planning, Kora Mobile Networks Plc', phone: '0802 555 4410' },
      { name: 'Dr. Ifeanyi Okoro', role: 'Senior Lecturer, FUT Oguta', phone: '0806 555 7193' },
    ],
  },
  {
    id: 'p07', language: 'en', name: 'YAMAMOTO Keiko', nameAlt: '山本 恵子',
    headline: 'Senior Localization Program Manager',
    summary: 'Japanese–English localization manager with fifteen years across translation, games and SaaS. Runs multi-vendor programs in 20+ languages and keeps terminology, tooling and budgets in line.',
    email: 'keiko@yamamoto.tokyo', email2: 'k.yamamoto@kaizenlingo.com',
    phone: '+819044172836', mobile: '090-4417-2836', home: '045-548-3190',
    street: 'Minatomirai 2-14-7, Nishi-ku, Yokohama-shi', town: 'Yokohama, Kanagawa', postcode: '220-0012', country: 'Japan',
    web: 'yamamoto.tokyo',
    skills: ['Localization project management', 'Trados Studio | SDL Trados | Trados', 'memoQ', 'Japanese–English translation | Japanese-English translation', 'Terminology management', 'Jira', 'Smartling', 'Vendor management'],
    work: [
      { company: 'Minato Translation Services K.K.', title: 'Translator', start: '2011-04', end: '2014-03', town: 'Tokyo',
        bullets: ['Patent and IR translation, J>E and E>J.'] },
      { company: 'Minato Translation Services K.K.', title: 'Project Coordinator', start: '2014-04', end: '2016-09', town: 'Tokyo',
        bullets: ['Coordinated 60+ concurrent jobs a month for pharma and finance clients.'] },
      { company: 'Bluefin Games Japan G.K.', title: 'Localization Producer', start: '2016-10', end: '2021-12', town: 'Tokyo',
        bullets: ['Shipped 11 console and mobile titles in 14 languages.', 'Set up the in-house LQA team and style guides.'] },
      { company: 'Kaizen Lingo Inc.', title: 'Senior Localization Program Manager', start: '2022-01', end: null, town: 'Yokohama',
        bullets: ['Own localization of a B2B SaaS suite into 23 languages via Smartling.', 'Cut turnaround from 9 to 4 days with continuous localization.'] },
    ],
    education: [
      { school: 'Hodogaya University', degree: 'B.A. English Literature', start: '2007-04', end: '2011-03', town: 'Yokohama' },
    ],
    languages: ['Japanese (native)', 'English (business; TOEIC 965)', 'Korean (basic)'],
    certs: ['PMP (Project Management Professional)', 'JTF Translation Proficiency Test, Grade 1'],
  },
  {
    id: 'p08', language: 'zh', name: '欧阳靖宇',
    headline: '财务经理',
    summary: '注册会计师，十八年审计与企业财务经验，熟悉集团合并报表、全面预算和税务筹划，主导过ERP上线和融资项目。',
    email: 'ouyangjy1986@126.com', email2: 'ouyang.jingyu@zkyaoshi.com',
    phone: '+8613910245578', mobile: '139 1024 5578', office: '010-8256 1234 转 8012',
    street: '北京市朝阳区望京西园三区 312 号楼 1806 室', town: '北京', postcode: '100102', country: '中国',
    idLabel: '身份证号', idNo: '110105198607123418', dob: '1986年7月',
    skills: ['全面预算管理', '合并报表', '税务筹划', '资金管理', 'SAP FICO | SAP', '用友U8 | 用友', 'IFRS | 国际财务报告准则', 'Excel VBA | VBA'],
    work: [
      { company: '信永华会计师事务所（特殊普通合伙）', title: '审计员', start: '2008-07', end: '2011-06', town: '北京',
        bullets: ['参与央企子公司及上市公司年报审计。', '负责存货、固定资产等科目的实质性程序。'] },
      { company: '信永华会计师事务所（特殊普通合伙）', title: '高级审计员', start: '2011-07', end: '2013-02', town: '北京',
        bullets: ['带领3–5人现场团队完成IPO审计项目两个。'] },
      { company: '北京燕汇物流股份有限公司', title: '财务主管', start: '2013-03', end: '2017-08', town: '北京',
        bullets: ['负责总账、月结及纳税申报；搭建费用报销审批流程。', '配合完成新三板挂牌。'] },
      { company: '中科曜石信息技术有限公司', title: '财务经理', start: '2017-09', end: null, town: '北京',
        bullets: ['管理8人财务团队，负责集团5家子公司合并报表。', '主导SAP FICO上线，月结时间由10天缩短至5天。', '完成B轮融资财务尽调配合。'] },
    ],
    education: [
      { school: '北方财经大学', degree: '会计学 学士', start: '2004-09', end: '2008-06', town: '北京' },
    ],
    languages: ['英语（CET-6）'],
    certs: ['中国注册会计师（CPA）', '中级会计师'],
  },
  {
    id: 'p09', language: 'zh', name: '顾晓岚',
    headline: '新媒体运营经理',
    summary: '十一年内容与品牌运营经验，做过媒体、美妆和生活方式品牌，擅长从选题、投放到数据复盘的整套打法。',
    email: 'xiaolan.gu@yeah.net', email2: '2853016647@qq.com',
    phone: '+8618621930475', mobile: '186 2193 0475',
    street: '上海市徐汇区漕溪北路 88 弄 6 号 1203 室', town: '上海', postcode: '200030', country: '中国',
    handle: 'gxl_0475',
    skills: ['新媒体运营', '内容策划', '小红书投放', '品牌公关', '数据分析', 'Photoshop | PS', '剪映', '活动策划'],
    work: [
      { company: '上海沪青文化传播有限公司', title: '新媒体编辑', start: '2015-07', end: '2017-06', town: '上海',
        bullets: ['负责公众号日常选题与撰稿，单篇最高阅读10万+。'] },
      { company: '上海沪青文化传播有限公司', title: '内容主管', start: '2017-07', end: '2019-03', town: '上海',
        bullets: ['带领4人内容小组，搭建微博、公众号矩阵。'] },
      { company: '蔓途（上海）化妆品有限公司', title: '品牌经理', start: '2019-04', end: '2022-10', town: '上海',
        bullets: ['负责两个子品牌的年度传播规划与KOL合作。', '小红书投放ROI由1.8提升到3.2。'] },
      { company: '拾光里生活科技（上海）有限公司', title: '新媒体运营经理', start: '2022-11', end: null, town: '上海',
        bullets: ['统筹小红书、抖音、视频号内容与投放，管理6人团队。', '全年策划线下活动12场，新增会员4.6万。'] },
    ],
    education: [
      { school: '沪东师范大学', degree: '汉语言文学 学士', start: '2011-09', end: '2015-06', town: '上海' },
    ],
    languages: ['英语（CET-6）', '日语（N3）'],
    certs: ['全国计算机等级考试二级'],
  },
  {
    id: 'p10', language: 'zh', hant: true, name: '蔡宜蓁', nameAlt: 'TSAI, YI-CHEN',
    headline: '製程整合工程師',
    summary: '十二年半導體製程經驗，熟悉蝕刻、薄膜與整合良率改善，擅長以統計方法與DOE找出問題根因。',
    email: 'yizhen.tsai@ms57.hinet.net', email2: 'yizhen0917@gmail.com',
    phone: '+886928516304', mobile: '0928-516-304', home: '(03)578-1234', office: '(03)666-8899 分機 2317',
    street: '新竹市東區光復路二段 295 巷 18 號 7 樓', town: '新竹市', postcode: '300', country: '台灣',
    idLabel: '身分證字號', idNo: 'F228456197', dob: '民國75年9月17日',
    skills: ['製程整合', '良率分析', 'SPC | 統計製程管制', 'DOE | 實驗設計', 'JMP', 'FMEA', '8D報告 | 8D', 'Python'],
    work: [
      { company: '晶創半導體股份有限公司', title: '暑期實習生', start: '2013-07', end: '2013-08', town: '新竹',
        bullets: ['協助蝕刻機台資料整理與SPC管制圖建立。'] },
      { company: '晶創半導體股份有限公司', title: '製程工程師', start: '2014-07', end: '2018-06', town: '新竹',
        bullets: ['負責乾式蝕刻站點製程維護與異常處理。', '導入新配方，缺陷密度降低35%。'] },
      { company: '晶創半導體股份有限公司', title: '資深製程工程師', start: '2018-07', end: '2020-12', town: '新竹',
        bullets: ['主導28奈米蝕刻製程轉移，帶領3位工程師。'] },
      { company: '宏熙積體電路股份有限公司', title: '製程整合工程師', start: '2021-01', end: null, town: '新竹',
        bullets: ['負責新產品導入之整合良率提升，良率由82%提升至94%。', '主持跨部門8D會議，客訴結案時間縮短40%。'] },
    ],
    education: [
      { school: '國立清源大學', degree: '化學工程學系 學士', start: '2008-09', end: '2012-06', town: '新竹' },
      { school: '國立清源大學', degree: '化學工程研究所 碩士', start: '2012-09', end: '2014-06', town: '新竹' },
    ],
    languages: ['英文（多益 860）', '日文（基礎）'],
    certs: ['六標準差綠帶'],
  },
  {
    id: 'p11', language: 'zh', hant: true, name: '區家豪', nameAlt: 'AU Ka Ho',
    headline: '物流營運經理',
    summary: '十四年貨運代理及倉務管理經驗，熟悉跨境電商倉配、進出口報關及WMS系統導入，擅長流程改善與團隊管理。',
    email: 'KaHo.Au@hkstarmail.com.hk', email2: 'kaho.au@kayun-scm.com.hk',
    phone: '+85261874432', mobile: '6187 4432', office: '2615 3388 內線 218', home: '2467 0915',
    street: '新界荃灣楊屋道 88 號 海灣花園 3 座 21 樓 F 室', town: '荃灣', postcode: '', country: '香港',
    idLabel: '香港身份證號碼', idNo: 'Y654321(3)', dob: '1989年11月',
    skills: ['倉庫管理系統 (WMS) | WMS', '貨運代理', '進出口報關', 'SAP MM', '持續改善 | Kaizen', '團隊管理', 'Excel 樞紐分析 | Excel', '供應商管理'],
    work: [
      { company: '港暉貨運代理有限公司', title: '營運助理', start: '2012-08', end: '2015-03', town: '葵涌',
        bullets: ['處理海運出口訂艙、提單及報關文件。'] },
      { company: '港暉貨運代理有限公司', title: '營運主任', start: '2015-04', end: '2018-05', town: '葵涌',
        bullets: ['督導6名文員，負責華南空運及海運拼箱業務。'] },
      { company: '青衣環球物流有限公司', title: '倉務經理', start: '2018-06', end: '2023-02', town: '青衣',
        bullets: ['管理12萬平方呎倉庫及45名員工。', '導入WMS及條碼揀貨，出貨準確率提升至99.7%。'] },
      { company: '嘉運供應鏈管理（香港）有限公司', title: '物流營運經理', start: '2023-03', end: null, town: '荃灣',
        bullets: ['負責跨境電商倉配營運，每日處理訂單逾1.5萬張。', '與供應商重新議價，運輸成本下降12%。'] },
    ],
    education: [
      { school: '香港城東大學', degree: '物流及供應鏈管理（榮譽）文學士', start: '2008-09', end: '2012-07', town: '香港' },
    ],
    languages: ['粵語（母語）', '普通話（流利）', '英語（良好）'],
    certs: ['CILT 國際物流資格證書', '叉車操作證'],
  },
  {
    id: 'p12', language: 'zh', name: '廖俊熙',
    headline: '高级硬件测试工程师',
    summary: '十二年电子硬件测试经验，熟悉信号完整性、EMC预测试和自动化测试平台搭建。',
    email: 'liaojx_hw@163.com', email2: 'junxi.liao@xunchi-tech.cn',
    phone: '+8613728469013', mobile: '137 2846 9013', office: '0755-8609 3321',
    street: '深圳市南山区西丽街道留仙大道 3370 号 2 栋 905', town: '深圳', postcode: '518055', country: '中国',
    idLabel: '身份证号', idNo: '430481199105236617', dob: '1991年5月',
    skills: ['硬件测试', '信号完整性测试 | SI测试', 'EMC预测试 | EMC', '示波器 | Oscilloscope', 'LabVIEW', 'Python', '可靠性测试', 'TestStand'],
    work: [
      { company: '深圳市鹏芯电子有限公司', title: '测试技术员', start: '2014-07', end: '2016-04', town: '深圳',
        bullets: ['负责主板功能测试与老化测试，编写测试记录。'] },
      { company: '深圳市鹏芯电子有限公司', title: '硬件测试工程师', start: '2016-05', end: '2019-08', town: '深圳',
        bullets: ['负责DDR、USB、PCIe信号完整性测试。', '用LabVIEW搭建产线自动测试平台，测试效率提升3倍。'] },
      { company: '讯驰通信技术（深圳）有限公司', title: '高级硬件测试工程师', start: '2019-09', end: null, town: '深圳',
        bullets: ['负责5G CPE产品硬件测试方案与EMC预测试。', '带领4人测试小组，用Python + TestStand实现测试自动化。'] },
    ],
    education: [
      { school: '湘南理工学院', degree: '电子信息工程 学士', start: '2010-09', end: '2014-06', town: '衡阳' },
    ],
    languages: ['英语（CET-4）'],
    certs: ['电子工程师（中级）'],
  },
  {
    id: 'p13', language: 'mixed', name: '陈嘉慧', nameAlt: 'TAN Jia Hui, Jolene',
    headline: 'Clinical Trial Manager',
    summary: 'Clinical operations professional with thirteen years in site coordination, monitoring and trial management for oncology and vaccine studies across Singapore and Southeast Asia.',
    email: 'JoleneTanJH@pacificmail.com.sg', email2: 'jolene.tan@asterlanebio.com',
    phone: '+6591264408', mobile: '9126 4408', home: '6463 1527', office: '6708 2255 ext 341',
    street: 'Blk 512 Bukit Batok Street 52, #09-215', town: 'Singapore', postcode: '650512', country: 'Singapore',
    idLabel: 'NRIC', idNo: 'S8834567D', dob: '03 Aug 1988',
    handle: 'jolene_tjh',
    skills: ['Clinical monitoring', 'ICH-GCP | GCP', 'Medidata Rave | Rave', 'Veeva Vault | Veeva', 'Site management', 'Source data verification | SDV', 'Risk-based monitoring | RBM', 'Feasibility assessment'],
    work: [
      { company: 'Novena Clinical Research Centre', title: 'Clinical Research Coordinator', start: '2013-07', end: '2016-06', town: 'Singapore',
        bullets: ['Coordinated 9 oncology trials; consent, visits, EDC entry.'] },
      { company: 'Meridian Clinical Services (S) Pte Ltd', title: 'Clinical Research Associate', start: '2016-07', end: '2019-12', town: 'Singapore',
        bullets: ['Monitored 14 sites in Singapore and Malaysia (Phase II–III).'] },
      { company: 'Meridian Clinical Services (S) Pte Ltd', title: 'Senior Clinical Research Associate', start: '2020-01', end: '2022-04', town: 'Singapore',
        bullets: ['Lead CRA on a 40-site regional vaccine study; trained junior CRAs.', 'Introduced risk-based monitoring plans.'] },
      { company: 'Aster Lane Bio Pte Ltd', title: 'Clinical Trial Manager', start: '2022-05', end: null, town: 'Singapore',
        bullets: ['Manage two Phase II oncology trials in 6 countries, budget S$4.2M.', 'Oversee CRO and vendors; first-patient-in 3 weeks ahead of plan.'] },
    ],
    education: [
      { school: 'Straits University', degree: 'B.Sc. (Hons) Life Sciences', start: '2009-08', end: '2013-05', town: 'Singapore' },
    ],
    languages: ['English', 'Mandarin 华语', 'Hokkien (spoken)'],
    certs: ['ACRP Certified Clinical Research Associate (CCRA)'],
  },
  {
    id: 'p14', language: 'mixed', name: '林伟杰', nameAlt: 'Lim Wei Jie',
    headline: 'Process Engineering Manager',
    summary: 'Process engineer with fifteen years in SMT and precision-component manufacturing in Penang. Leads yield improvement, NPI transfer and Six Sigma projects.',
    email: 'limweijie.pg@mymail.com.my', email2: 'wjlim@bayanlepas-elec.com.my',
    phone: '+60124758830', mobile: '012-475 8830', office: '04-646 1234 ext. 215',
    street: '23, Lorong Bayan Indah 3, Sungai Ara', town: 'Bayan Lepas, Pulau Pinang', postcode: '11900', country: 'Malaysia',
    idLabel: 'IC No.', idNo: '880412-07-5531', dob: '12 April 1988',
    skills: ['Process engineering', 'SMT process | SMT', 'Six Sigma DMAIC | DMAIC', 'Minitab', 'FMEA', 'SPC', 'AutoCAD', 'Lean manufacturing'],
    work: [
      { company: 'Perai Precision Components Sdn Bhd', title: 'Process Engineer', start: '2011-07', end: '2015-02', town: 'Perai',
        bullets: ['Sustaining engineer for CNC machining and anodising lines.', 'Scrap rate down from 4.5% to 1.9%.'] },
      { company: 'Bayan Lepas Electronics (M) Sdn Bhd', title: 'Senior Process Engineer', start: '2015-03', end: '2019-06', town: 'Bayan Lepas',
        bullets: ['SMT process owner for 6 lines; stencil and reflow profile optimisation.', 'Led NPI transfer of two automotive products from Suzhou.'] },
      { company: 'Bayan Lepas Electronics (M) Sdn Bhd', title: 'Process Engineering Manager', start: '2019-07', end: null, town: 'Bayan Lepas',
        bullets: ['Manage 14 engineers and technicians across SMT and final assembly.', 'First-pass yield 96.1% → 99.2% through DMAIC projects.'] },
    ],
    education: [
      { school: 'Universiti Teknologi Seberang', degree: 'B.Eng. (Hons) Mechanical Engineering', start: '2007-07', end: '2011-06', town: 'Seberang Perai' },
    ],
    languages: ['English', 'Bahasa Malaysia', 'Mandarin 中文', 'Hokkien'],
    certs: ['Six Sigma Black Belt', 'Graduate Engineer, BEM'],
  },
  {
    id: 'p15', language: 'mixed', name: '赵明轩', nameAlt: 'Max (Mingxuan) Zhao',
    headline: 'Accounting Manager, CPA',
    summary: 'CPA with audit experience in Shanghai and eight years in Canadian public practice and retail. Bilingual (English / Mandarin); strong in month-end close, IFRS reporting and ERP migrations.',
    email: 'max.mx.zhao@northmail.ca', email2: 'mzhao@harbourfrontretail.ca',
    phone: '+16475550193', mobile: '(647) 555-0193', home: '(905) 555-0127',
    street: '58 Carlton Rd, Unit 1104', town: 'Markham, ON', postcode: 'L3R 1Z5', country: 'Canada',
    handle: 'maxzhao_to',
    skills: ['Financial reporting', 'IFRS / ASPE | IFRS | ASPE', 'Month-end close', 'Account reconciliations', 'QuickBooks Online | QuickBooks', 'NetSuite', 'Power Query', 'Audit support'],
    work: [
      { company: 'Huaxin Certified Public Accountants LLP', title: 'Audit Assistant', start: '2012-08', end: '2015-06', town: 'Shanghai',
        bullets: ['Statutory audits of manufacturing and trading clients.'] },
      { company: 'Kwan & Doherty LLP', title: 'Staff Accountant', start: '2017-03', end: '2019-08', town: 'Toronto',
        bullets: ['Review and compilation engagements; T2 corporate returns.'] },
      { company: 'Harbourfront Retail Group Inc.', title: 'Senior Accountant', start: '2019-09', end: '2023-01', town: 'Toronto',
        bullets: ['Month-end close for 38 stores; reconciliations and accruals.', 'Built Power Query models replacing manual store P&Ls.'] },
      { company: 'Harbourfront Retail Group Inc.', title: 'Accounting Manager', start: '2023-02', end: null, town: 'Toronto',
        bullets: ['Lead a team of five; close in 6 business days.', 'Co-led the migration from QuickBooks Online to NetSuite.'] },
    ],
    education: [
      { school: '江南财经大学 Jiangnan University of Finance', degree: 'B.Mgt. Accounting', start: '2008-09', end: '2012-06', town: 'Wuxi' },
      { school: 'University of Lakeshore', degree: 'Master of Accounting', start: '2015-09', end: '2016-12', town: 'Toronto' },
    ],
    languages: ['English', 'Mandarin (native) 普通话', 'Cantonese (basic)'],
    certs: ['CPA, CPA Ontario', 'CPA Canada In-Depth Tax Course'],
    referees: [
      { name: 'Linda Marchetti, CPA', role: 'Controller, Harbourfront Retail Group Inc.', phone: '(416) 555-0142', email: 'lmarchetti@harbourfrontretail.ca' },
      { name: 'Stephen Kwan, CPA, CA', role: 'Partner, Kwan & Doherty LLP', phone: '(416) 555-0188 ext. 12' },
      { name: '王立群 Wang Liqun', role: 'Audit Manager, Huaxin Certified Public Accountants LLP, Shanghai', phone: '+86 21 5555 0136' },
    ],
  },
  {
    id: 'p16', language: 'mixed', name: '孙浩然', nameAlt: 'SUN Haoran',
    headline: 'Senior Embedded Software Engineer (AUTOSAR)',
    summary: 'Embedded software engineer with twelve years in automotive ECUs in Suzhou and Munich: AUTOSAR Classic, CAN/CAN FD diagnostics and ISO 26262 development.',
    email: 'haoran.sun@isarmail.de', email2: 'hello@sunhaoran.engineering',
    phone: '+4915141278830', mobile: '0151 4127 8830', home: '089 2154 7730',
    street: 'Leopoldstraße 112', town: 'München', postcode: '80802', country: 'Germany',
    dob: '14.03.1991', web: 'sunhaoran.engineering',
    skills: ['Embedded C', 'AUTOSAR', 'C++', 'CAN / CAN FD | CAN', 'Vector CANoe | CANoe', 'ISO 26262', 'Python', 'Git'],
    work: [
      { company: 'Huayan Automotive Electronics (Suzhou) Co., Ltd.', title: 'Software Engineer', start: '2013-07', end: '2016-08', town: 'Suzhou',
        bullets: ['Body-control ECU software in C; UDS diagnostics.'] },
      { company: 'Isartal Mobility GmbH', title: 'Working Student, Embedded Software', start: '2017-04', end: '2018-09', town: 'Garching',
        bullets: ['Test automation for CAN gateways in Python and CANoe (20 h/week).'] },
      { company: 'Isartal Mobility GmbH', title: 'Embedded Software Engineer', start: '2018-10', end: '2022-03', town: 'Garching',
        bullets: ['AUTOSAR BSW configuration for battery-management ECUs.', 'Owned CAN FD communication stack integration.'] },
      { company: 'Brennerwerk Automotive GmbH', title: 'Senior Embedded Software Engineer', start: '2022-04', end: null, town: 'München',
        bullets: ['Technical lead for the zonal-controller SWC team (6 developers).', 'ASIL-B software safety requirements and reviews under ISO 26262.'] },
    ],
    education: [
      { school: '苏南工业大学 Sunan University of Technology', degree: 'B.Eng. Automation 自动化', start: '2009-09', end: '2013-06', town: 'Suzhou' },
      { school: 'Hochschule Isarwinkel', degree: 'M.Sc. Electrical Engineering', start: '2016-10', end: '2018-09', town: 'München' },
    ],
    languages: ['Chinese (native) 中文', 'English (C1)', 'German (B2)'],
    certs: ['ISTQB Certified Tester Foundation Level', 'Vector AUTOSAR Classic training'],
  },
];

export const byId = (id: string): Person => {
  const p = people.find((x) => x.id === id);
  if (!p) throw new Error(`no person ${id}`);
  return p;
};
/** The printed spelling of a truth skill. */
export const printed = (skill: string): string => skill.split(' | ')[0];
