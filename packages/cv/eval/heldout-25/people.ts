/**
 * heldout-25: sixteen invented people. Everything here (names, employers, schools, addresses, numbers) is made up.
 * `skills` entries: the printed spelling first, other spellings after ' | ' (documents print only the first).
 * `phone` is E.164; `phoneLocal` is how the person writes it.
 */
export type Lang = 'en' | 'zh' | 'mixed';

export interface Job {
  company: string;
  title: string;
  town?: string;
  dept?: string;
  start: string; // YYYY-MM
  end: string | null; // null = current
  bullets: string[];
}

export interface Edu {
  school: string;
  degree: string;
  start: string;
  end: string;
  town?: string;
}

export interface Referee {
  name: string;
  role: string;
  phone: string;
  email?: string;
}

export interface Person {
  id: string;
  language: Lang;
  /** The name as the person writes it (for mixed people, the Chinese name). */
  name: string;
  /** Other printed forms: Latin name for mixed people, credentials, nickname. */
  latin?: string;
  nickname?: string;
  credentials?: string;
  headline: string;
  email: string;
  phone: string;
  phoneLocal: string;
  address: string;
  city: string;
  links: string[];
  summary: string;
  skills: string[];
  jobs: Job[];
  education: Edu[];
  languages: string[];
  certificates: string[];
  referees: Referee[];
  /** Printed as a non-job line in some documents (never counted). */
  breaks: { start: string; end: string; label: string }[];
  /** Chinese-form particulars. */
  extra: Record<string, string>;
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Callum Reid',
    headline: 'A-Grade Electrician | Electrical Supervisor',
    email: 'cj.reid84@bigpond.com', phone: '+61417582903', phoneLocal: '0417 582 903',
    address: '14 Tamblyn Way, Baldivis WA 6171', city: 'Baldivis, WA', links: [],
    summary: 'Licensed A-grade electrician with 18 years across residential, FIFO mining and commercial fit-out work. Currently supervising crews of up to 14 on commercial projects around the Perth metro area. Safety-first, hands-on, and happy to travel.',
    skills: ['Switchboard installation', 'Fault finding', 'PLC basics (Allen-Bradley)', 'Conduit bending', 'Solar PV installation', 'Test & tag | test and tag', 'Cable pulling & termination', 'AutoCAD Electrical'],
    jobs: [
      { company: 'Harding & Sons Electrical', title: 'Apprentice Electrician', town: 'Mandurah WA', start: '2008-02', end: '2012-01',
        bullets: ['Completed 4-year apprenticeship on new homes and small commercial jobs', 'Rough-in, fit-off and switchboard work under supervision'] },
      { company: 'Redbank Minerals Contracting', title: 'Electrician (FIFO 2:1)', town: 'Newman WA', start: '2012-03', end: '2016-10',
        bullets: ['Maintenance and breakdown on conveyors, crushers and MCCs', 'Hazardous area installations (Ex) under permit-to-work system'] },
      { company: 'Coastline Power & Data Pty Ltd', title: 'Leading Hand Electrician', town: 'Osborne Park WA', start: '2017-01', end: '2021-06',
        bullets: ['Ran crews of 4-6 on office and retail fit-outs', 'Data cabling, emergency lighting and final testing'] },
      { company: 'Westgrid Commercial Electrical', title: 'Electrical Supervisor', town: 'Welshpool WA', start: '2021-07', end: null,
        bullets: ['Supervise up to 14 electricians and apprentices across three sites', 'Prepare JSAs, toolbox talks and ITPs; sign off test sheets', 'Liaise with builders and Western Power on connections'] },
    ],
    education: [
      { school: 'South Metropolitan TAFE', degree: 'UEE30811 Certificate III in Electrotechnology Electrician', start: '2008-02', end: '2011-12', town: 'Rockingham' },
    ],
    languages: ['English'],
    certificates: ['WA Electrical Worker\'s Licence (EW 163822)', 'High Risk Work Licence - EWP (WP)', 'Construction Induction (White Card)', 'HLTAID011 Provide First Aid', 'Working at Heights'],
    referees: [
      { name: 'Gary Templeton', role: 'Operations Manager, Westgrid Commercial Electrical', phone: '0409 331 276' },
      { name: 'Sharon Liddell', role: 'Project Manager, Coastline Power & Data', phone: '0432 880 145' },
    ],
    breaks: [], extra: { licence: 'Current WA C class driver\'s licence, own vehicle and tools', dob: '' },
  },
  {
    id: 'p02', language: 'en', name: 'Darnell Whitaker', nickname: 'Dee',
    headline: 'CDL-A Driver - Hazmat & Tanker Endorsed',
    email: 'dwhitaker.cdl@gmail.com', phone: '+16143827719', phoneLocal: '(614) 382-7719',
    address: '2281 Lockbourne Rd, Columbus, OH 43207', city: 'Columbus, OH', links: [],
    summary: 'Safety-focused Class A CDL driver with 8+ years behind the wheel and over 900,000 accident-free miles. Experienced in OTR, regional and local routes, tanker and hazmat loads.',
    skills: ['Pre-trip / post-trip inspections | pre-trip inspections', 'ELD logs (Omnitracs) | ELD', 'Hazmat handling', 'Tanker operation', 'Backing & docking', 'Load securement', 'DOT compliance | DOT regulations', 'Forklift operation'],
    jobs: [
      { company: 'Buckeye Distribution Center', title: 'Warehouse Associate', town: 'Groveport, OH', start: '2013-05', end: '2015-08',
        bullets: ['Picked, packed and loaded outbound trailers', 'Operated sit-down and stand-up forklifts'] },
      { company: 'Tri-County Beverage Co.', title: 'Local Delivery Driver (Class B)', town: 'Columbus, OH', start: '2015-09', end: '2018-03',
        bullets: ['Delivered 18-25 stops a day to bars, grocers and convenience stores', 'Handled invoices and cash on delivery'] },
      { company: 'Midland Star Freight LLC', title: 'OTR Driver', town: 'Indianapolis, IN', start: '2018-05', end: '2022-12',
        bullets: ['Dry van, 48 states, averaged 2,600 miles per week', 'Zero preventable accidents, 3x Driver of the Quarter'] },
      { company: 'Great Lakes Tank Lines', title: 'Regional Tanker Driver (Hazmat)', town: 'Lima, OH', start: '2023-02', end: null,
        bullets: ['Haul liquid bulk chemicals across OH, MI, IN and PA', 'Load/unload at plants following shipper SOPs and placarding rules'] },
    ],
    education: [{ school: 'Marion-Franklin High School', degree: 'High School Diploma', start: '2009-08', end: '2013-06', town: 'Columbus, OH' },
      { school: 'Scioto Valley Truck Driving Academy', degree: 'CDL Class A Training (160 hrs)', start: '2018-03', end: '2018-04' }],
    languages: ['English'],
    certificates: ['CDL Class A - Ohio (Endorsements: H, N, T, X)', 'TWIC Card', 'DOT Medical Card (exp. 08/2027)', 'Smith System Defensive Driving'],
    referees: [], breaks: [], extra: {},
  },
  {
    id: 'p03', language: 'en', name: 'Priya Raghunathan',
    headline: 'Staff Software Engineer - Backend & Platform',
    email: 'priya.raghu@fastmail.com', phone: '+16478213094', phoneLocal: '(647) 821-3094',
    address: 'Toronto, ON M6J 2Z4', city: 'Toronto, ON', links: ['github.com/priyar-dev', 'linkedin.com/in/priya-raghunathan-dev'],
    summary: 'Backend engineer who likes boring, reliable systems. Nine years building payments and health-data platforms in Go and Python; currently leading platform reliability at a health-tech scale-up.',
    skills: ['Go | Golang', 'PostgreSQL | Postgres', 'Kubernetes | k8s', 'gRPC', 'Terraform', 'Kafka | Apache Kafka', 'Python', 'OpenTelemetry | distributed tracing'],
    jobs: [
      { company: 'Maplewave Analytics', title: 'Software Developer Intern (Co-op)', town: 'Waterloo, ON', start: '2015-05', end: '2015-08',
        bullets: ['Built ETL jobs in Python for retail foot-traffic data'] },
      { company: 'Lakeshore Mutual Insurance', title: 'Software Developer Intern (Co-op)', town: 'Kitchener, ON', start: '2016-01', end: '2016-04',
        bullets: ['Migrated claims batch reports from COBOL extracts to PostgreSQL'] },
      { company: 'Northwind Ledger Inc.', title: 'Software Developer', town: 'Toronto, ON', start: '2017-07', end: '2020-12',
        bullets: ['Wrote the reconciliation service (Go, PostgreSQL) handling 3M transactions/day', 'Introduced contract tests between payment services'] },
      { company: 'Northwind Ledger Inc.', title: 'Senior Software Developer', town: 'Toronto, ON', start: '2021-01', end: '2023-08',
        bullets: ['Led migration of 40 services to Kubernetes; cut deploy time from 45 to 8 minutes', 'Designed Kafka-based ledger event stream'] },
      { company: 'Tidewater Health Systems', title: 'Staff Engineer, Platform', town: 'Toronto, ON (hybrid)', start: '2023-10', end: null,
        bullets: ['Own reliability roadmap for 120-service platform; SLOs and on-call health', 'Rolled out OpenTelemetry tracing across all gRPC services'] },
    ],
    education: [{ school: 'University of Grand River', degree: 'BASc, Computer Engineering (Co-op)', start: '2012-09', end: '2017-04', town: 'Waterloo, ON' }],
    languages: ['English', 'Tamil', 'French (intermediate)'],
    certificates: ['Certified Kubernetes Administrator (CKA), 2022'],
    referees: [], breaks: [], extra: {},
  },
  {
    id: 'p04', language: 'en', name: 'Olumide Adeyemi-Clarke', credentials: 'MPharm MRPharmS IP',
    headline: 'Lead Pharmacist, Primary Care',
    email: 'o.adeyemiclarke@gmail.com', phone: '+447824913406', phoneLocal: '07824 913406',
    address: '27 Wilbraham Road, Chorlton, Manchester M21 9JX', city: 'Manchester', links: [],
    summary: 'GPhC-registered independent prescriber with clinical experience across community, acute and primary care. Leads a team of eight pharmacists and technicians delivering structured medication reviews for a 62,000-patient network.',
    skills: ['Medicines reconciliation | med rec', 'Independent prescribing', 'Clinical audit', 'Anticoagulation management', 'EMIS Web', 'Structured medication reviews | SMRs', 'Antimicrobial stewardship'],
    jobs: [
      { company: 'Irwell Valley Pharmacy Group', title: 'Pre-registration Pharmacist', town: 'Bury', start: '2012-07', end: '2013-07',
        bullets: ['Completed pre-registration year; passed GPhC registration assessment'] },
      { company: 'Irwell Valley Pharmacy Group', title: 'Community Pharmacist', town: 'Bury', start: '2013-08', end: '2016-02',
        bullets: ['Pharmacist manager of a 100-hour pharmacy dispensing 9,000 items/month', 'Delivered NMS, flu vaccination and minor ailments services'] },
      { company: 'Pennine Vale Hospitals NHS Trust', title: 'Clinical Pharmacist (Band 7) - Acute Medicine', town: 'Oldham', start: '2016-04', end: '2021-09',
        bullets: ['Ward-based clinical service to acute medical unit', 'Led anticoagulation audit that reduced DOAC dosing errors by 40%'] },
      { company: 'Medlock Valley Primary Care Network', title: 'Lead Clinical Pharmacist', town: 'Manchester', start: '2021-10', end: null,
        bullets: ['Lead a team of 8 pharmacists and pharmacy technicians across 7 practices', 'Run polypharmacy and SMR clinics as an independent prescriber'] },
    ],
    education: [{ school: 'University of Pendle', degree: 'MPharm (Hons) Pharmacy, 2:1', start: '2008-09', end: '2012-06' },
      { school: 'Northern College of Clinical Pharmacy', degree: 'Practice Certificate in Independent Prescribing', start: '2019-01', end: '2019-09' }],
    languages: ['English', 'Yoruba'],
    certificates: ['GPhC registration no. 2091837', 'CPPE Primary Care Pharmacy Education Pathway'],
    referees: [{ name: 'Dr Helen Mabbott', role: 'Clinical Director, Medlock Valley PCN', phone: '0161 496 0732', email: 'h.mabbott@medlockpcn.nhs.uk' },
      { name: 'Imran Qureshi', role: 'Chief Pharmacist, Pennine Vale Hospitals NHS Trust', phone: '0161 622 4410' }],
    breaks: [], extra: {},
  },
  {
    id: 'p05', language: 'en', name: "Margaret O'Donnell-Ruiz", nickname: 'Maggie',
    headline: 'Instructional Coach | Bilingual Elementary Educator',
    email: 'maggie.odonnellruiz@yahoo.com', phone: '+12106473318', phoneLocal: '(210) 647-3318',
    address: '6114 Bandera Trail, San Antonio, TX 78238', city: 'San Antonio, TX', links: [],
    summary: 'Bilingual (English/Spanish) educator with eleven years in elementary classrooms and coaching. I help teachers use data and small-group instruction to move emergent bilingual readers.',
    skills: ['Guided reading', 'Differentiated instruction', 'Google Classroom', 'Classroom management', 'Data-driven instruction (MAP, STAAR) | data-driven instruction', 'Sheltered instruction (SIOP) | SIOP', 'Seesaw'],
    jobs: [
      { company: 'Mission Trail Elementary School', title: 'Student Teacher, Grade 3', town: 'San Antonio, TX', start: '2011-01', end: '2011-05',
        bullets: ['Planned and taught a two-week unit on fractions'] },
      { company: 'Mission Trail Elementary School', title: '3rd Grade Teacher', town: 'San Antonio, TX', start: '2011-08', end: '2016-06',
        bullets: ['Self-contained class of 22-24 students', 'Grade-level chair 2014-2016'] },
      { company: 'Palo Verde Elementary School', title: 'Bilingual 4th Grade Teacher', town: 'San Antonio, TX', start: '2018-08', end: '2022-06',
        bullets: ['Dual-language (one-way) classroom; 87% of students met STAAR reading standard in 2022', 'Mentored two first-year teachers'] },
      { company: 'Rio Medina Independent School District', title: 'Instructional Coach (K-5)', town: 'San Antonio, TX', start: '2022-07', end: null,
        bullets: ['Coach 30+ teachers on four campuses in literacy and ESL strategies', 'Lead monthly data meetings and PLCs'] },
    ],
    education: [{ school: 'University of the Hill Country', degree: 'M.Ed., Curriculum and Instruction', start: '2019-06', end: '2021-08' },
      { school: 'Bexar State University', degree: 'B.S., Interdisciplinary Studies (EC-6)', start: '2007-08', end: '2011-05' }],
    languages: ['English', 'Spanish (fluent)'],
    certificates: ['Texas Educator Certificate: Core Subjects EC-6', 'Bilingual Education Supplemental (Spanish)', 'ESL Supplemental'],
    referees: [], breaks: [{ start: '2016-07', end: '2018-07', label: 'Career break - full-time parent' }], extra: {},
  },
  {
    id: 'p06', language: 'en', name: 'Chiamaka Eze-Okafor', credentials: 'ACA',
    headline: 'Financial Controller',
    email: 'chiamaka.ezeokafor@yahoo.com', phone: '+2348034127785', phoneLocal: '0803 412 7785',
    address: '12B Admiralty Way, Lekki Phase 1, Lagos', city: 'Lagos', links: [],
    summary: 'Chartered accountant (ICAN) with 14 years in audit, FMCG and logistics finance. Strong on IFRS reporting, tax and cash management; built the finance function of a fast-growing logistics company.',
    skills: ['IFRS reporting | IFRS', 'Sage 300', 'SAP FICO | SAP FI/CO', 'Budgeting & forecasting', 'Tax computation (CIT, VAT, WHT) | tax computation', 'Advanced Excel (Power Query, pivot tables) | Advanced Excel', 'Treasury management'],
    jobs: [
      { company: 'Adebayo Ogunleye & Co.', title: 'NYSC Corps Member - Audit Assistant', town: 'Ibadan', start: '2012-03', end: '2013-02',
        bullets: ['Vouching, bank reconciliations and audit working papers for SME clients'] },
      { company: 'Okonkwo Bello & Partners', title: 'Audit Associate / Senior Associate', town: 'Lagos', start: '2013-05', end: '2016-09',
        bullets: ['Statutory audits of manufacturing and oil-service clients', 'Supervised teams of 3-5 on field work'] },
      { company: 'Harmattan Foods Plc', title: 'Senior Accountant', town: 'Ikeja, Lagos', start: '2016-10', end: '2020-03',
        bullets: ['Monthly management accounts and IFRS year-end for a N48bn turnover FMCG', 'Led SAP FICO go-live for the finance team'] },
      { company: 'Kestrel Logistics Nigeria Limited', title: 'Financial Controller', town: 'Apapa, Lagos', start: '2020-04', end: null,
        bullets: ['Head a 9-person finance team; report to the CFO and Board Audit Committee', 'Cut month-end close from 12 to 5 working days', 'Manage FX exposure and N6bn working-capital lines'] },
    ],
    education: [{ school: 'University of Enugu Plains', degree: 'B.Sc. Accountancy (Second Class Upper)', start: '2006-10', end: '2011-07' }],
    languages: ['English', 'Igbo', 'Yoruba (conversational)'],
    certificates: ['Associate Chartered Accountant (ACA), ICAN - 2014', 'Chartered Institute of Taxation of Nigeria (ACTI) - 2018'],
    referees: [{ name: 'Mr. Babatunde Akinola', role: 'CFO, Kestrel Logistics Nigeria Limited', phone: '0805 771 2093' },
      { name: 'Mrs. Ifeoma Nwachukwu', role: 'Partner, Okonkwo Bello & Partners', phone: '0802 318 6604' }],
    breaks: [], extra: { dob: '14 May 1989', state: 'Anambra' },
  },
  {
    id: 'p07', language: 'en', name: 'Rhiannon Pritchard',
    headline: 'Senior Content Designer',
    email: 'hello@rhiannonpritchard.co.uk', phone: '+447931284556', phoneLocal: '07931 284 556',
    address: 'Canton, Cardiff CF11', city: 'Cardiff', links: ['rhiannonpritchard.co.uk', 'linkedin.com/in/rhiannonpritchard'],
    summary: 'Content designer who turns complicated money stuff into words people understand. Bilingual in Welsh and English, with a background in agency copywriting and a soft spot for accessibility.',
    skills: ['Content design', 'UX writing', 'Figma', 'Plain English | plain language', 'User research', 'Accessibility (WCAG 2.2) | WCAG', 'SEO copywriting'],
    jobs: [
      { company: 'Dragonfly Print & Design Ltd', title: 'Marketing Assistant', town: 'Cardiff', start: '2014-09', end: '2016-05',
        bullets: ['Wrote brochures, web copy and social posts for small business clients'] },
      { company: 'Brightwell & Finch', title: 'Copywriter', town: 'Bristol', start: '2016-06', end: '2019-11',
        bullets: ['Campaign and web copy for retail, travel and charity clients', 'Shortlisted for a Roses Creative Award (2018)'] },
      { company: 'Cymru Mutual Building Society', title: 'Content Designer', town: 'Cardiff', start: '2020-04', end: '2023-01',
        bullets: ['Rewrote mortgage application journey; drop-off fell by 18%', 'Set up the bilingual content style guide'] },
      { company: 'Harbourline Digital', title: 'Senior Content Designer (contract)', town: 'Remote', start: '2023-02', end: null,
        bullets: ['Content lead on a public-sector benefits service', 'Run pair-writing and content crits for a team of five'] },
    ],
    education: [{ school: 'Prifysgol Glannau Dyfi (Dyfi University)', degree: 'BA (Hons) English Language and Journalism', start: '2011-09', end: '2014-06' }],
    languages: ['English', 'Welsh (fluent)'],
    certificates: ['Content Design London - Content design: the fundamentals (2020)'],
    referees: [], breaks: [{ start: '2019-12', end: '2020-03', label: 'Travelling (South America)' }], extra: {},
  },
  // ------------------------------------------------------------------ zh
  {
    id: 'p08', language: 'zh', name: '王子豪',
    headline: 'Java后端技术专家',
    email: 'wangzihao_dev@163.com', phone: '+8613826549017', phoneLocal: '138 2654 9017',
    address: '广东省深圳市南山区粤海街道', city: '深圳', links: ['github.com/wzh-dev'],
    summary: '9年Java后端开发经验，熟悉高并发交易系统和分布式架构，主导过支付清结算系统重构，对性能调优和稳定性建设有丰富经验。',
    skills: ['Java', 'Spring Boot | SpringBoot', 'MySQL', 'Redis', 'RocketMQ', 'Docker', '分布式事务', 'JVM调优 | JVM 调优'],
    jobs: [
      { company: '深圳市云帆网络科技有限公司', title: '后端开发实习生', start: '2016-07', end: '2016-09', town: '深圳',
        bullets: ['参与订单模块接口开发与单元测试'] },
      { company: '深圳市云帆网络科技有限公司', title: 'Java开发工程师', start: '2017-07', end: '2019-06', town: '深圳',
        bullets: ['负责会员与积分系统开发，日活用户200万', '引入Redis缓存，核心接口响应时间下降60%'] },
      { company: '广州趣点信息技术有限公司', title: '高级Java开发工程师', start: '2019-07', end: '2022-03', town: '广州',
        bullets: ['负责营销活动平台架构设计，支撑双十一峰值8万QPS', '带领5人小组完成服务拆分'] },
      { company: '深圳前海微链金融服务有限公司', title: '技术专家', start: '2022-04', end: null, town: '深圳',
        bullets: ['主导清结算系统重构，基于RocketMQ事务消息实现最终一致性', '建立全链路压测和故障演练机制'] },
    ],
    education: [{ school: '南粤理工大学', degree: '计算机科学与技术 本科', start: '2013-09', end: '2017-06' }],
    languages: ['英语（CET-6）'],
    certificates: ['软件设计师（中级）'],
    referees: [], breaks: [], extra: { gender: '男', born: '1995.03', hometown: '湖南衡阳', politics: '共青团员', edu: '本科', expect: '深圳 / 技术专家 / 45-60K' },
  },
  {
    id: 'p09', language: 'zh', name: '周桂芳',
    headline: '高级母婴护理师（月嫂）',
    email: '15921783460@163.com', phone: '+8615921783460', phoneLocal: '159 2178 3460',
    address: '上海市闵行区莘庄镇', city: '上海', links: [],
    summary: '从事母婴护理工作十年，服务过六十多个家庭，有双胞胎和早产儿护理经验，性格开朗，做事细心，爱干净。',
    skills: ['新生儿护理', '产妇月子餐 | 月子餐', '母乳喂养指导', '婴儿抚触 | 抚触', '早教游戏', '产后恢复护理', '婴儿辅食制作 | 辅食制作'],
    jobs: [
      { company: '苏州恒达电子有限公司', title: '普工', start: '2008-03', end: '2012-12', town: '苏州', bullets: ['电子元件装配、质检'] },
      { company: '合肥市庐阳区小星星幼儿园', title: '保育员', start: '2013-03', end: '2016-08', town: '合肥', bullets: ['负责小班幼儿生活照料、卫生消毒'] },
      { company: '上海贝安家政服务有限公司', title: '育婴师', start: '2016-10', end: '2021-05', town: '上海', bullets: ['住家育婴，照顾0-3岁宝宝饮食起居和早教'] },
      { company: '上海馨月母婴护理中心', title: '高级母婴护理师', start: '2021-06', end: null, town: '上海', bullets: ['26天一单，服务新生儿和产妇', '带教新入职月嫂'] },
    ],
    education: [{ school: '安徽省六安市第二职业高级中学', degree: '幼儿保育 中专', start: '2005-09', end: '2008-06' }],
    languages: ['普通话'],
    certificates: ['育婴员（高级）职业资格证书', '母婴护理师证', '健康证', '上海市家政服务员持证上岗证'],
    referees: [], breaks: [], extra: { gender: '女', born: '1989.11', age: '37', hometown: '安徽六安', edu: '中专', idno: '3415**********3026', height: '160cm', zodiac: '蛇', marriage: '已婚', politics: '群众', expect: '月嫂 / 育婴师，可住家' },
  },
  {
    id: 'p10', language: 'zh', name: '杨静',
    headline: '财务主管',
    email: 'yangjing_cd@126.com', phone: '+8613980126647', phoneLocal: '139 8012 6647',
    address: '四川省成都市武侯区', city: '成都', links: [],
    summary: '从事财务工作17年，其中14年在集团公司财务部，熟悉全面预算管理、成本核算和财务共享业务，具备中级会计师职称。',
    skills: ['全面预算管理', '成本核算', '用友NC | 用友 NC', 'SAP', '财务分析', '税务筹划', '内部审计'],
    jobs: [
      { company: '成都天府商贸有限公司', title: '会计', start: '2009-07', end: '2012-02', town: '成都', bullets: ['负责总账、往来核算及纳税申报'] },
      { company: '四川蜀能电力集团有限公司', title: '会计', dept: '财务部', start: '2012-03', end: '2017-12', town: '成都', bullets: ['负责工程项目成本核算和固定资产管理'] },
      { company: '四川蜀能电力集团有限公司', title: '财务主管', dept: '财务部预算科', start: '2018-01', end: '2022-06', town: '成都', bullets: ['牵头集团年度全面预算编制，覆盖12家子公司', '推动用友NC预算模块上线'] },
      { company: '四川蜀能电力集团有限公司', title: '高级主管', dept: '财务共享服务中心', start: '2022-07', end: null, town: '成都', bullets: ['负责费用报销和应付业务共享运营，月处理单据3.2万笔', '组织内部审计整改，年节约费用约380万元'] },
    ],
    education: [{ school: '西蜀财经学院', degree: '会计学 本科 管理学学士', start: '2005-09', end: '2009-06' },
      { school: '西蜀财经学院', degree: '工商管理硕士（MBA，在职）', start: '2015-09', end: '2018-06' }],
    languages: ['英语（CET-4）'],
    certificates: ['中级会计师', '税务师'],
    referees: [], breaks: [], extra: { gender: '女', born: '1986.08', hometown: '四川绵阳', politics: '中共党员', partyDate: '2010.07', edu: '大学本科', degree: '管理学学士', title: '中级会计师', nation: '汉族', dept: '财务共享服务中心', post: '财务部副经理' },
  },
  {
    id: 'p11', language: 'zh', name: '黄俊杰',
    headline: '外贸业务经理 / 海外区域销售',
    email: 'junjie.huang@foxmail.com', phone: '+8618620334719', phoneLocal: '186 2033 4719',
    address: '广东省广州市番禺区', city: '广州', links: [],
    summary: '12年外贸经验，熟悉中东、非洲市场，独立开发客户年成交额超1500万美元。英语可作为工作语言，可接受长期出差。',
    skills: ['阿里巴巴国际站运营 | 阿里国际站', '客户开发', '外贸单证', '展会接待 | 广交会接待', '小满CRM | CRM', '商务谈判', '英文商务函电'],
    jobs: [
      { company: '广州市鸿运五金制品有限公司', title: '外贸业务员', start: '2014-07', end: '2017-03', town: '广州', bullets: ['负责阿里国际站询盘跟进、报价、打样及出货'] },
      { company: '佛山市顺德区美格家电有限公司', title: '外贸业务经理', start: '2017-04', end: '2020-10', town: '佛山', bullets: ['开发中东和北非客户40余家，年销售额800万美元', '带领4人业务小组'] },
      { company: '广东华拓照明科技股份有限公司', title: '区域销售经理（中东区）', start: '2020-11', end: null, town: '广州', bullets: ['负责沙特、阿联酋、埃及市场，2025年销售额1560万美元', '每年参加迪拜中东电力展和广交会'] },
    ],
    education: [{ school: '岭南外语外贸职业学院', degree: '国际经济与贸易 大专', start: '2011-09', end: '2014-06' }],
    languages: ['英语（流利，可作工作语言）', '阿拉伯语（简单交流）'],
    certificates: ['国际商务单证员证书'],
    referees: [], breaks: [], extra: { gender: '男', born: '1992.05', age: '34', hometown: '广东湛江', edu: '大专', marriage: '已婚', expect: '广州 / 外贸经理 / 面议' },
  },
  {
    id: 'p12', language: 'zh', name: '陈思雨',
    headline: '直播运营主管',
    email: 'chensiyu0619@qq.com', phone: '+8617758210936', phoneLocal: '177 5821 0936',
    address: '浙江省杭州市余杭区', city: '杭州', links: [],
    summary: '8年电商经验，从店铺运营、视觉设计做到直播运营，熟悉天猫淘宝和抖音平台规则，操盘过单场GMV 300万+的直播。',
    skills: ['Photoshop | PS', '淘宝/天猫店铺运营 | 淘宝天猫运营', '直通车', '生意参谋', '直播脚本策划', '剪映', 'Illustrator | AI'],
    jobs: [
      { company: '杭州品悦电子商务有限公司', title: '运营助理（实习）', start: '2018-03', end: '2018-06', town: '杭州', bullets: ['协助上新、商品详情页优化'] },
      { company: '杭州品悦电子商务有限公司', title: '电商运营专员', start: '2018-07', end: '2020-04', town: '杭州', bullets: ['负责天猫女装店日常运营，直通车ROI从1.8提升到3.2'] },
      { company: '义乌市优创文化用品有限公司', title: '视觉设计师', start: '2020-06', end: '2022-08', town: '义乌', bullets: ['负责主图、详情页和店铺首页设计', '搭建产品拍摄规范'] },
      { company: '杭州鹿鸣服饰有限公司', title: '直播运营主管', start: '2022-09', end: null, town: '杭州', bullets: ['管理8人直播团队，负责排品、脚本和投流', '2025年双十一单场GMV 312万'] },
    ],
    education: [{ school: '浙东传媒学院', degree: '视觉传达设计 本科', start: '2014-09', end: '2018-06' }],
    languages: ['英语（CET-4）'],
    certificates: ['电子商务师（三级）'],
    referees: [], breaks: [], extra: { gender: '女', born: '1996.06', age: '30', hometown: '浙江金华', edu: '本科', expect: '杭州 / 直播运营经理 / 20-25K' },
  },
  // ------------------------------------------------------------------ mixed
  {
    id: 'p13', language: 'mixed', name: '陈伟杰', latin: 'Marcus Tan Wei Jie',
    headline: 'Senior Data Scientist',
    email: 'marcus.tanwj@gmail.com', phone: '+6597382164', phoneLocal: '9738 2164',
    address: 'Blk 412 Tampines Street 41, #08-227, Singapore 520412', city: 'Singapore', links: ['linkedin.com/in/marcustanwj'],
    summary: 'Data scientist in payments and logistics. I build forecasting and experimentation tooling that product teams actually use. Bilingual in English and Mandarin.',
    skills: ['SQL', 'Python (pandas, scikit-learn) | Python', 'Tableau', 'A/B testing', 'Airflow | Apache Airflow', 'Forecasting', 'dbt'],
    jobs: [
      { company: 'Singapore Armed Forces', title: 'Full-time National Serviceman (Signals Specialist)', start: '2011-01', end: '2012-12', bullets: ['3rd Sergeant, signals detachment commander'] },
      { company: 'Merlion Mart Pte Ltd', title: 'Data Analyst Intern', start: '2015-05', end: '2015-08', bullets: ['Basket analysis for 60 supermarket outlets'] },
      { company: 'Straits Harbour Logistics Pte Ltd', title: 'Data Analyst', start: '2016-07', end: '2019-12', bullets: ['Built Tableau dashboards for port operations', 'Forecast container volumes (MAPE 6%)'] },
      { company: 'Orchid Pay Pte Ltd', title: 'Senior Data Scientist', start: '2020-01', end: null, bullets: ['Lead experimentation platform; 150+ A/B tests a year', 'Fraud-loss forecasting for SEA markets'] },
    ],
    education: [{ school: 'Nanyang Polytechnic Institute of Business', degree: 'B.Sc. (Hons) Business Analytics', start: '2013-08', end: '2016-05' }],
    languages: ['English', 'Mandarin 华语'],
    certificates: ['Google Cloud Professional Data Engineer'],
    referees: [], breaks: [], extra: { nationality: 'Singapore Citizen', ns: 'NS completed (ORD 2012)' },
  },
  {
    id: 'p14', language: 'mixed', name: '李明哲', latin: 'Mingzhe Li',
    headline: 'Senior Functional Safety Engineer (ADAS)',
    email: 'mingzhe.li@posteo.de', phone: '+4917648291035', phoneLocal: '0176 4829 1035',
    address: 'Leopoldstraße 148, 80804 München', city: 'München', links: ['linkedin.com/in/mingzhe-li-fusa'],
    summary: 'Automotive software and functional safety engineer, 14 years between Shanghai and Munich. ISO 26262 safety cases for L2+ driver assistance.',
    skills: ['AUTOSAR', 'ISO 26262', 'C++', 'MATLAB/Simulink | Simulink', 'CANoe', 'Python', 'HIL testing | hardware-in-the-loop testing'],
    jobs: [
      { company: 'Jiangnan Auto Electronics Co., Ltd.', title: 'Test Engineer', town: 'Shanghai', start: '2012-07', end: '2015-08', bullets: ['ECU validation for body control modules, CANoe test automation'] },
      { company: 'Voltaris Automotive GmbH', title: 'Werkstudent (working student), ADAS', town: 'München', start: '2016-04', end: '2017-09', bullets: ['Test scripts for camera-based lane keeping'] },
      { company: 'Voltaris Automotive GmbH', title: 'Software Engineer ADAS', town: 'München', start: '2017-10', end: '2021-03', bullets: ['AUTOSAR classic SWCs for adaptive cruise control', 'HIL test benches with dSPACE'] },
      { company: 'Isar Mobility Systems GmbH', title: 'Senior Functional Safety Engineer', town: 'Garching', start: '2021-04', end: null, bullets: ['Safety concepts and FMEDA for L2+ highway assist', 'ASIL-D software architecture reviews'] },
    ],
    education: [{ school: 'Technische Hochschule Oberbayern', degree: 'M.Sc. Electrical Engineering', start: '2015-10', end: '2017-09' },
      { school: '华东交通工程大学 East China Transport Engineering University', degree: 'B.Eng. Automotive Electronics', start: '2008-09', end: '2012-06' }],
    languages: ['Chinese (native)', 'English (C1)', 'German (B2)'],
    certificates: ['TÜV Functional Safety Engineer (Automotive)'],
    referees: [], breaks: [], extra: { nationality: 'Chinese', permit: 'Blue Card EU (Niederlassungserlaubnis)' },
  },
  {
    id: 'p15', language: 'mixed', name: '张雨桐', latin: 'Yutong Zhang', nickname: 'Tina',
    headline: 'Software Engineer',
    email: 'yutong.zhang.cs@gmail.com', phone: '+14126082917', phoneLocal: '(412) 608-2917',
    address: 'Seattle, WA 98109', city: 'Seattle, WA', links: ['github.com/ytzhang-tina', 'ytzhang.dev'],
    summary: 'Early-career software engineer working on cloud storage tooling. Enjoys TypeScript, serverless and making dashboards load fast.',
    skills: ['Java', 'TypeScript', 'React', 'AWS (Lambda, DynamoDB) | AWS', 'Python', 'SQL', 'Git', 'Docker'],
    jobs: [
      { company: 'Hangzhou Lanxin Technology Co., Ltd.', title: 'Software Engineering Intern', town: 'Hangzhou', start: '2021-06', end: '2021-08', bullets: ['Built an internal admin page in React for SMS campaign templates'] },
      { company: 'Three Rivers University', title: 'Teaching Assistant, Data Structures', town: 'Pittsburgh, PA', start: '2022-01', end: '2022-12', bullets: ['Held office hours and graded assignments for 180 students'] },
      { company: 'Cascade Cloudworks', title: 'Software Engineering Intern', town: 'Seattle, WA', start: '2023-05', end: '2023-08', bullets: ['Added presigned upload support to the storage console (TypeScript, Lambda)'] },
      { company: 'Cascade Cloudworks', title: 'Software Engineer I', town: 'Seattle, WA', start: '2024-07', end: null, bullets: ['Work on the storage console team; cut p95 page load from 3.1s to 1.2s', 'On-call for 6 DynamoDB-backed services'] },
    ],
    education: [{ school: 'Three Rivers University', degree: 'M.S. Computer Science', start: '2022-08', end: '2024-05', town: 'Pittsburgh, PA' },
      { school: '浙江滨海大学 Zhejiang Binhai University', degree: 'B.Eng. Software Engineering', start: '2018-09', end: '2022-06', town: 'Hangzhou' }],
    languages: ['Mandarin (native)', 'English (fluent)'],
    certificates: ['AWS Certified Developer - Associate'],
    referees: [], breaks: [], extra: { auth: 'F-1 STEM OPT, H-1B registered' },
  },
  {
    id: 'p16', language: 'mixed', name: '刘浩然', latin: 'Haoran Liu', nickname: 'Leo',
    headline: 'Network Architect',
    email: 'leo.liu.haoran@outlook.com', phone: '+8613510872264', phoneLocal: '135 1087 2264',
    address: 'Room 1602, Building 3, Xinghe Garden, Chaoyang District, Beijing 100102', city: 'Beijing', links: [],
    summary: 'CCIE-certified network engineer with 13 years in data centre and carrier networks. Designs multi-site DC fabrics and SD-WAN for enterprise customers.',
    skills: ['Cisco IOS/NX-OS | Cisco IOS', 'BGP', 'OSPF', 'SD-WAN', 'Palo Alto firewalls | Palo Alto', 'Ansible', 'Wireshark', 'VXLAN EVPN | VXLAN'],
    jobs: [
      { company: 'Beijing Zhongxin Tongda Network Technology Co., Ltd.', title: 'Network Support Engineer', town: 'Beijing', start: '2013-07', end: '2016-04', bullets: ['L1/L2 support for enterprise WAN customers'] },
      { company: 'Huayun Data Centre Services Co., Ltd.', title: 'Network Engineer', town: 'Beijing', start: '2016-05', end: '2019-08', bullets: ['Built leaf-spine fabrics for two Tier III data centres'] },
      { company: 'Pacific Rim Telecom (China) Co., Ltd.', title: 'Senior Network Engineer', town: 'Beijing', start: '2019-09', end: '2022-12', bullets: ['SD-WAN rollouts for 300+ retail sites'] },
      { company: 'Pacific Rim Telecom (China) Co., Ltd.', title: 'Network Architect', town: 'Beijing', start: '2023-01', end: null, bullets: ['Design VXLAN EVPN multi-site DC interconnect', 'Automation of config compliance with Ansible'] },
    ],
    education: [{ school: '北方邮电工程学院 Northern Institute of Posts and Telecommunications', degree: 'Bachelor of Engineering, Communication Engineering', start: '2009-09', end: '2013-06' }],
    languages: ['Chinese (native)', 'English (IELTS 7.0)'],
    certificates: ['CCIE Enterprise Infrastructure #71xxx', 'PCNSE'],
    referees: [{ name: 'Zhao Peng 赵鹏', role: 'Head of Network Engineering, Pacific Rim Telecom (China)', phone: '+86 139 1120 4587', email: 'zhao.peng@prtelecom.cn' }],
    breaks: [], extra: { dob: '1991-02-17', passport: 'E7xxxxxxx', anzsco: '263112 Network and Systems Engineer' },
  },
];
