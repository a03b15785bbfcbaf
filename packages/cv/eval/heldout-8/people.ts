/**
 * heldout-8: the sixteen invented people behind the blind held-out set, typed by hand (2026-12-02).
 * Every name, employer (bar a few well-known ones), school, address and phone number is invented.
 */

export interface Job {
  title: string;
  company: string;
  town: string;
  start: string; // YYYY-MM
  end: string | null; // null = current
  bullets: string[];
}
export interface Skill {
  name: string;
  syn?: string[];
  level?: string;
  group?: string;
}
export interface Education {
  school: string;
  degree: string;
  town: string;
  start: string;
  end: string;
}
export interface Person {
  id: string;
  language: 'en' | 'zh' | 'mixed';
  /** the language the CV itself is written in (mixed people: the main one) */
  cvLang: 'en' | 'zh';
  name: string;
  /** the other-script name printed next to the main one, if any */
  nameAlt?: string;
  email: string;
  phone: string; // E.164
  phoneShown: string; // as printed
  town: string;
  headline: string;
  summary: string;
  skills: Skill[];
  jobs: Job[];
  education: Education[];
  languages: string[];
  certs: string[];
  /** Chinese forms: 性别, 出生年月, 学历, 求职意向 */
  gender?: string;
  born?: string;
  degreeLevel?: string;
  target?: string;
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', cvLang: 'en', name: 'Margaret Thornbury', email: 'maggie.thornbury@gmail.com',
    phone: '+447723418906', phoneShown: '07723 418906', town: 'Headingley, Leeds LS6',
    headline: 'Ward Sister (Band 6) – Acute Medicine',
    summary: 'Registered adult nurse with eleven years on acute medical wards, the last four leading a 28-bed unit. Calm under pressure, keen on teaching and on getting discharges right first time.',
    skills: [
      { name: 'Wound care', syn: ['Tissue viability'] }, { name: 'IV cannulation', syn: ['Cannulation'] },
      { name: 'Medicines administration', syn: ['Medication administration'] }, { name: 'NEWS2 patient assessment', syn: ['NEWS2', 'Patient assessment'] },
      { name: 'SystmOne', syn: ['Electronic patient records'] }, { name: 'Infection prevention and control', syn: ['Infection control', 'IPC'] },
      { name: 'Student mentoring', syn: ['Mentoring'] }, { name: 'Rota planning', syn: ['Staff rostering'] },
    ],
    jobs: [
      { title: 'Ward Sister', company: 'Aire Valley NHS Foundation Trust', town: 'Leeds', start: '2022-05', end: null,
        bullets: ['Lead a team of 22 nurses and HCAs on Ward 14 (acute medicine)', 'Cut missed-dose incidents by 40% with a new drug-round checklist'] },
      { title: 'Staff Nurse', company: 'Aire Valley NHS Foundation Trust', town: 'Leeds', start: '2018-09', end: '2022-04',
        bullets: ['Cared for up to eight patients per shift on a respiratory ward', 'Practice supervisor for second- and third-year students'] },
      { title: 'Staff Nurse', company: 'Calder Bridge Community Hospital', town: 'Wakefield', start: '2015-08', end: '2018-08',
        bullets: ['Rehabilitation and step-down care for older adults', 'Link nurse for infection prevention'] },
      { title: 'Healthcare Assistant', company: 'Harlow Lane Care Home', town: 'Harrogate', start: '2012-06', end: '2015-07',
        bullets: ['Personal care and observations for 30 residents', 'Supported residents living with dementia'] },
    ],
    education: [{ school: 'University of Bradwell', degree: 'BSc (Hons) Adult Nursing', town: 'Bradford', start: '2012-09', end: '2015-07' }],
    languages: ['English (native)'], certs: ['NMC registered nurse (PIN 12B3456E)', 'Immediate Life Support (ILS), 2025'],
  },
  {
    id: 'p02', language: 'en', cvLang: 'en', name: 'Darnell Okafor', email: 'darnell.okafor@outlook.com',
    phone: '+19015550187', phoneShown: '(901) 555-0187', town: 'Memphis, TN 38118',
    headline: 'Warehouse Operations Manager',
    summary: 'Operations manager with ten years in high-volume distribution. I run safe, tidy buildings that ship on time, and I grow supervisors from the floor.',
    skills: [
      { name: 'Warehouse Management Systems', syn: ['WMS'] }, { name: 'Manhattan SCALE', syn: ['Manhattan WMS'] },
      { name: 'Inventory control', syn: ['Inventory management'] }, { name: 'Forklift operation', syn: ['Forklift'] },
      { name: 'Lean / 5S', syn: ['Lean', '5S'] }, { name: 'OSHA compliance', syn: ['OSHA'] },
      { name: 'Labor planning', syn: ['Workforce planning'] }, { name: 'Microsoft Excel', syn: ['Excel'] },
    ],
    jobs: [
      { title: 'Operations Manager', company: 'Riverside Freight Solutions', town: 'Memphis, TN', start: '2021-02', end: null,
        bullets: ['Run a 410,000 sq ft cross-dock with 140 associates over two shifts', 'Raised on-time shipping from 91% to 98.6% in 2023'] },
      { title: 'Shift Supervisor', company: 'Riverside Freight Solutions', town: 'Memphis, TN', start: '2018-06', end: '2021-01',
        bullets: ['Supervised 45 associates on night shift', 'Led the cut-over to Manhattan SCALE'] },
      { title: 'Inventory Lead', company: 'Delta Home Goods Distribution', town: 'Olive Branch, MS', start: '2016-04', end: '2018-05',
        bullets: ['Cycle counts and root-cause of inventory variances'] },
      { title: 'Package Handler', company: 'FedEx Ground', town: 'Memphis, TN', start: '2014-09', end: '2016-03',
        bullets: ['Loaded and unloaded trailers; trained new hires on scanners'] },
    ],
    education: [{ school: 'Southwest Tennessee Community College', degree: 'A.A.S. Logistics and Supply Chain Management', town: 'Memphis, TN', start: '2014-08', end: '2017-05' }],
    languages: ['English'], certs: ['OSHA 30-Hour General Industry', 'APICS CLTD (2022)'],
  },
  {
    id: 'p03', language: 'en', cvLang: 'en', name: 'Priya Raghunathan', email: 'priya.r.accounts@bigpond.com',
    phone: '+61412555318', phoneShown: '0412 555 318', town: 'Parramatta NSW 2150',
    headline: 'Senior Accountant | CA ANZ',
    summary: 'Chartered accountant with more than ten years in public practice and commercial roles, looking after SME clients from bookkeeping clean-ups to year-end and tax.',
    skills: [
      { name: 'Xero', group: 'Software' }, { name: 'MYOB', group: 'Software' }, { name: 'Excel', syn: ['Microsoft Excel'], level: 'advanced', group: 'Software' },
      { name: 'Financial reporting', group: 'Technical' }, { name: 'BAS and GST lodgement', syn: ['BAS preparation', 'GST'], group: 'Technical' },
      { name: 'Income tax returns', syn: ['Tax returns', 'Taxation'], group: 'Technical' }, { name: 'Management accounts', syn: ['Management reporting'], group: 'Technical' },
      { name: 'Audit preparation', group: 'Technical' },
    ],
    jobs: [
      { title: 'Senior Accountant', company: 'Harbourside Advisory Pty Ltd', town: 'Sydney NSW', start: '2020-08', end: null,
        bullets: ['Portfolio of 60 SME and trust clients', 'Review work of two graduate accountants'] },
      { title: 'Accountant', company: 'Collins & Mayne Chartered Accountants', town: 'Parramatta NSW', start: '2017-01', end: '2020-07',
        bullets: ['Year-end financial statements and tax returns for companies and trusts'] },
      { title: 'Graduate Accountant', company: 'Collins & Mayne Chartered Accountants', town: 'Parramatta NSW', start: '2015-02', end: '2016-12',
        bullets: ['BAS, payroll and bookkeeping for small business clients'] },
    ],
    education: [{ school: 'Western Sydney University', degree: 'Bachelor of Business (Accounting)', town: 'Sydney', start: '2011-02', end: '2014-11' }],
    languages: ['English', 'Tamil'], certs: ['Chartered Accountant, CA ANZ (2018)', 'Registered Tax Agent'],
  },
  {
    id: 'p04', language: 'en', cvLang: 'en', name: 'Callum Fraser', email: 'callum.fraser.ceng@gmail.com',
    phone: '+447700900461', phoneShown: '+44 7700 900461', town: 'Musselburgh, East Lothian',
    headline: 'Senior Site Engineer – Highways & Drainage',
    summary: 'Chartered civil engineer with over a decade on roads, drainage and bridge schemes for local authorities and Transport Scotland.',
    skills: [
      { name: 'AutoCAD Civil 3D', syn: ['Civil 3D', 'AutoCAD'] }, { name: 'Setting out' }, { name: 'Leica total station', syn: ['Total station', 'Surveying'] },
      { name: 'NEC4 contracts', syn: ['NEC4', 'NEC', 'Contract administration'] }, { name: 'Temporary works', syn: ['Temporary works design'] },
      { name: 'Drainage design', syn: ['Drainage'] }, { name: 'MicroDrainage', syn: ['Causeway Flow'] }, { name: 'Quality control', syn: ['QA/QC'] },
    ],
    jobs: [
      { title: 'Senior Site Engineer', company: 'Brennan Civil Engineering Ltd', town: 'Edinburgh', start: '2019-04', end: null,
        bullets: ['Site lead on a £14m A-road widening and two culvert replacements', 'Manage setting-out team of three and subcontractor interfaces'] },
      { title: 'Site Engineer', company: 'Lothian Roads Partnership', town: 'Livingston', start: '2015-09', end: '2019-03',
        bullets: ['Setting out, levels and as-built records for resurfacing and junction works'] },
      { title: 'Graduate Engineer', company: 'Marsh & Kerr Consulting', town: 'Glasgow', start: '2012-08', end: '2014-10',
        bullets: ['Drainage design and flood-risk assessments for housing developments'] },
    ],
    education: [{ school: 'University of Strathmore', degree: 'MEng Civil Engineering', town: 'Glasgow', start: '2007-09', end: '2012-06' }],
    languages: ['English'], certs: ['CEng MICE (2020)', 'CSCS Gold Card', 'SMSTS'],
  },
  {
    id: 'p05', language: 'en', cvLang: 'en', name: 'Sofia Marchetti', email: 'sofia.marchetti@eircom.net',
    phone: '+353871234567', phoneShown: '+353 87 123 4567', town: 'Rathmines, Dublin 6',
    headline: 'Front Office Manager',
    summary: 'Hotel front office manager with nine years in four- and five-star city hotels. Italian and English speaker; strong on upselling, rostering and guest recovery.',
    skills: [
      { name: 'Opera PMS', syn: ['Oracle Opera', 'Property management systems'] }, { name: 'Revenue management', syn: ['Yield management'] },
      { name: 'Guest relations', syn: ['Customer service'] }, { name: 'Staff rostering', syn: ['Scheduling'] },
      { name: 'Cash handling' }, { name: 'Upselling' }, { name: 'Complaint handling', syn: ['Guest recovery'] },
    ],
    jobs: [
      { title: 'Front Office Manager', company: 'The Liffey Quay Hotel', town: 'Dublin', start: '2022-03', end: null,
        bullets: ['Lead reception, concierge and night audit (18 staff) for a 212-room hotel', 'Room upsell revenue up 35% year on year'] },
      { title: 'Assistant Front Office Manager', company: 'Grafton Court Hotel', town: 'Dublin', start: '2019-06', end: '2022-02',
        bullets: ['Rostering, training and daily revenue reports'] },
      { title: 'Receptionist', company: 'Grafton Court Hotel', town: 'Dublin', start: '2017-05', end: '2019-05',
        bullets: ['Check-in/out, reservations and group arrivals on Opera'] },
      { title: 'Barista', company: 'Caffè Verona', town: 'Bologna, Italy', start: '2015-09', end: '2017-04',
        bullets: ['Coffee bar service and cash-up'] },
    ],
    education: [{ school: 'Università di Bologna', degree: 'Laurea in Economia del Turismo', town: 'Rimini', start: '2012-10', end: '2015-07' }],
    languages: ['Italian (native)', 'English (C2)', 'Spanish (B1)'], certs: [],
  },
  {
    id: 'p06', language: 'en', cvLang: 'en', name: 'Thomas Whitcombe', email: 'tom.whitcombe@icloud.com',
    phone: '+447911234567', phoneShown: '07911 234 567', town: 'Northampton',
    headline: 'Teacher of Science (Chemistry specialist)',
    summary: 'Secondary science teacher in my third year, teaching KS3 science and GCSE chemistry. I enjoy practical work and running the school STEM club.',
    skills: [
      { name: 'Lesson planning' }, { name: 'Differentiation', syn: ['Adaptive teaching'] }, { name: 'Practical science', syn: ['Laboratory practicals'] },
      { name: 'Behaviour management', syn: ['Classroom management'] }, { name: 'Google Classroom' }, { name: 'Assessment for learning', syn: ['AfL', 'Assessment'] },
      { name: 'SEND support', syn: ['SEN'] },
    ],
    jobs: [
      { title: 'Teacher of Science', company: 'Kingsmead Academy', town: 'Northampton', start: '2024-09', end: null,
        bullets: ['Teach KS3 science and GCSE chemistry (Years 7–11)', 'Run the Year 8 STEM club and the Big Bang competition entry'] },
      { title: 'Early Career Teacher (Science)', company: 'Kingsmead Academy', town: 'Northampton', start: '2023-09', end: '2024-08',
        bullets: ['Completed ECT induction year with a timetable of KS3 science'] },
    ],
    education: [
      { school: 'University of Warwickshire', degree: 'PGCE Secondary Science with QTS', town: 'Coventry', start: '2022-09', end: '2023-06' },
      { school: 'University of Warwickshire', degree: 'BSc (Hons) Chemistry', town: 'Coventry', start: '2019-09', end: '2022-06' },
    ],
    languages: ['English', 'French (basic)'], certs: ['Qualified Teacher Status (QTS)'],
  },
  {
    id: 'p07', language: 'en', cvLang: 'en', name: 'Rebecca Alvarez-Lyons', email: 'ralvarezlyons@gmail.com',
    phone: '+13125550164', phoneShown: '312.555.0164', town: 'Chicago, IL 60614',
    headline: 'Real Estate Associate',
    summary: 'Third-year associate in commercial real estate after eight years as a paralegal and legal assistant.',
    skills: [
      { name: 'Legal research' }, { name: 'Westlaw' }, { name: 'LexisNexis', syn: ['Lexis'] }, { name: 'Contract drafting', syn: ['Drafting'] },
      { name: 'Due diligence' }, { name: 'Commercial leasing', syn: ['Leasing'] }, { name: 'Title review', syn: ['Title and survey review'] },
      { name: 'Relativity', syn: ['e-discovery'] },
    ],
    jobs: [
      { title: 'Associate', company: 'Halvorsen Pike LLP', town: 'Chicago, IL', start: '2021-09', end: null,
        bullets: ['Draft and negotiate leases, PSAs and loan documents for retail and industrial clients', 'Run title and survey review on portfolio acquisitions'] },
      { title: 'Summer Associate', company: 'Halvorsen Pike LLP', town: 'Chicago, IL', start: '2020-06', end: '2020-08',
        bullets: ['Research memos for the real estate and litigation groups'] },
      { title: 'Paralegal', company: 'Meridian Title & Escrow', town: 'Evanston, IL', start: '2015-01', end: '2018-07',
        bullets: ['Prepared closing documents and cleared title exceptions for 400+ closings a year'] },
      { title: 'Legal Assistant', company: 'Brookfield Legal Staffing', town: 'Chicago, IL', start: '2013-06', end: '2014-12',
        bullets: ['Document review placements with Loop law firms'] },
    ],
    education: [
      { school: 'Lakeshore University School of Law', degree: 'J.D., cum laude', town: 'Chicago, IL', start: '2018-08', end: '2021-05' },
      { school: 'University of Illinois at Springfield', degree: 'B.A. Political Science', town: 'Springfield, IL', start: '2009-08', end: '2013-05' },
    ],
    languages: ['English', 'Spanish'], certs: ['Admitted to the Illinois Bar (2021)'],
  },
  {
    id: 'p08', language: 'zh', cvLang: 'zh', name: '王丽娟', email: 'wanglijuan_pharm@163.com',
    phone: '+8613957124480', phoneShown: '139 5712 4480', town: '浙江省杭州市拱墅区',
    headline: '执业药师 / 药店店长', target: '执业药师、门店店长', gender: '女', born: '1992.05', degreeLevel: '本科',
    summary: '执业药师，十二年医院药房及连锁药店工作经验，熟悉处方审核、GSP质量管理和门店运营，带领门店连续两年获评区域优秀门店。',
    skills: [
      { name: '处方审核' }, { name: 'GSP质量管理', syn: ['GSP', '药品质量管理'] }, { name: '用药咨询', syn: ['药学服务'] },
      { name: '医保结算系统', syn: ['医保结算'] }, { name: '慢病管理' }, { name: '门店运营管理', syn: ['门店管理'] }, { name: 'Office办公软件', syn: ['Office'] },
    ],
    jobs: [
      { title: '门店店长（执业药师）', company: '浙江康宁大药房连锁有限公司', town: '杭州', start: '2020-03', end: null,
        bullets: ['负责门店日常经营、人员排班和药品质量管理，门店年销售额约1200万元', '开展慢病会员管理，会员复购率提升18%'] },
      { title: '执业药师', company: '浙江康宁大药房连锁有限公司', town: '杭州', start: '2017-07', end: '2020-02',
        bullets: ['处方审核与用药咨询，负责处方药和特殊管理药品的登记'] },
      { title: '药房药剂员', company: '杭州市拱墅区仁和医院', town: '杭州', start: '2014-07', end: '2017-06',
        bullets: ['门诊药房调剂发药、药品养护及库存盘点'] },
    ],
    education: [{ school: '浙江中医药大学', degree: '药学 本科', town: '杭州', start: '2010-09', end: '2014-06' }],
    languages: ['英语（CET-4）'], certs: ['执业药师资格证（2016）'],
  },
  {
    id: 'p09', language: 'zh', cvLang: 'zh', name: '陈建国', email: 'chenjg_mining@126.com',
    phone: '+8615047713326', phoneShown: '150-4771-3326', town: '内蒙古鄂尔多斯市东胜区',
    headline: '采矿工程师', target: '采矿技术主管 / 生产技术科长', gender: '男', born: '1990.11', degreeLevel: '本科',
    summary: '采矿工程专业，十三年煤矿生产技术工作经验，熟悉综采工作面设计、通风安全与井下生产组织。',
    skills: [
      { name: 'AutoCAD' }, { name: '3DMine', syn: ['3DMine矿业软件'] }, { name: '采矿设计', syn: ['采矿工程设计'] },
      { name: '通风安全管理', syn: ['矿井通风'] }, { name: '井下生产组织' }, { name: '矿山测量' },
    ],
    jobs: [
      { title: '技术主管', company: '鄂尔多斯市恒泰煤业有限责任公司', town: '鄂尔多斯', start: '2022-01', end: null,
        bullets: ['主持综采工作面回采设计和采掘接续计划', '组织防治水与顶板管理专项检查'] },
      { title: '采矿工程师', company: '鄂尔多斯市恒泰煤业有限责任公司', town: '鄂尔多斯', start: '2018-04', end: '2021-12',
        bullets: ['编制掘进作业规程，参与矿井通风系统改造'] },
      { title: '技术员', company: '山西晋北矿山建设集团有限公司', town: '大同', start: '2013-07', end: '2018-03',
        bullets: ['井巷施工技术管理、测量放线及工程验收'] },
    ],
    education: [{ school: '太原理工大学', degree: '采矿工程 本科', town: '太原', start: '2009-09', end: '2013-06' }],
    languages: ['英语（一般）'], certs: ['注册安全工程师', '煤矿安全生产管理人员资格证'],
  },
  {
    id: 'p10', language: 'zh', cvLang: 'zh', name: '刘思雨', email: 'liusiyu.brand@qq.com',
    phone: '+8618621935507', phoneShown: '186 2193 5507', town: '上海市徐汇区',
    headline: '品牌经理', target: '品牌经理 / 市场经理', gender: '女', born: '1994.02', degreeLevel: '硕士',
    summary: '十年快消品牌与新媒体营销经验，擅长小红书、抖音内容种草与整合营销，主导过多个年销售额过亿的单品推广。',
    skills: [
      { name: '品牌策划', syn: ['品牌管理'] }, { name: '新媒体运营' }, { name: '小红书运营', syn: ['小红书'] }, { name: '抖音投放', syn: ['抖音', '巨量引擎'] },
      { name: '市场调研' }, { name: 'Excel' }, { name: 'SPSS' }, { name: '活动策划' },
    ],
    jobs: [
      { title: '品牌经理', company: '上海悦格日化有限公司', town: '上海', start: '2021-05', end: null,
        bullets: ['负责洗护系列品牌年度策划与预算（年预算约3000万元）', '搭建达人投放体系，新品首发三个月GMV破亿'] },
      { title: '新媒体运营主管', company: '上海星禾文化传播有限公司', town: '上海', start: '2018-08', end: '2021-04',
        bullets: ['管理6人内容团队，服务美妆、母婴等客户'] },
      { title: '新媒体运营专员', company: '上海星禾文化传播有限公司', town: '上海', start: '2016-07', end: '2018-07',
        bullets: ['负责微信公众号与微博日常内容运营'] },
    ],
    education: [
      { school: '华东师范大学', degree: '传播学 硕士', town: '上海', start: '2019-09', end: '2021-06' },
      { school: '南京财经大学', degree: '市场营销 本科', town: '南京', start: '2012-09', end: '2016-06' },
    ],
    languages: ['英语（CET-6）'], certs: [],
  },
  {
    id: 'p11', language: 'zh', cvLang: 'zh', name: '赵海峰', email: 'zhaohaifeng_ame@163.com',
    phone: '+8613560217788', phoneShown: '+86 135-6021-7788', town: '广东省广州市花都区',
    headline: '飞机维修工程师（B1执照）', target: '航线维修工程师 / 放行人员', gender: '男', born: '1991.08', degreeLevel: '大专',
    summary: '持CAAC B1（ME-TA）维修执照，十余年航线及定检维修经验，熟悉A320系列飞机，具备独立放行资格。',
    skills: [
      { name: 'A320系列航线维护', syn: ['A320', '航线维护'] }, { name: '故障隔离', syn: ['排故'] }, { name: 'AMM/IPC手册查阅', syn: ['AMM', 'IPC'] },
      { name: '孔探检查', syn: ['孔探', 'Borescope'] }, { name: '人为因素管理', syn: ['人为因素'] }, { name: '航材管理' },
    ],
    jobs: [
      { title: 'B1执照工程师', company: '南方翼航飞机维修工程有限公司', town: '广州', start: '2019-10', end: null,
        bullets: ['A320/A321航线维护与放行，年均放行航班约1500架次', '担任班组技术骨干，负责新员工带教'] },
      { title: '机械员', company: '南方翼航飞机维修工程有限公司', town: '广州', start: '2015-07', end: '2019-09',
        bullets: ['参与A320系列C检定检工作，完成发动机孔探检查'] },
      { title: '地勤保障员', company: '广州云港航空地面服务有限公司', town: '广州', start: '2013-07', end: '2015-06',
        bullets: ['负责航班地面保障、引导车操作'] },
    ],
    education: [{ school: '广州民航职业技术学院', degree: '飞机机电设备维修 大专', town: '广州', start: '2010-09', end: '2013-06' }],
    languages: ['英语（PETS-3，能阅读英文技术手册）'], certs: ['CAAC B1维修执照（ME-TA）', 'A320机型签署'],
  },
  {
    id: 'p12', language: 'zh', cvLang: 'zh', name: '黄晓敏', email: 'huangxm_sw@163.com',
    phone: '+8617727306419', phoneShown: '177 2730 6419', town: '广东省深圳市福田区',
    headline: '社会工作者', target: '社工 / 项目主管', gender: '女', born: '1999.10', degreeLevel: '本科',
    summary: '社会工作专业毕业，持初级社会工作者证，在社区综合服务中心从事长者与青少年服务，工作细致，善于沟通。',
    skills: [
      { name: '个案管理', syn: ['个案工作'] }, { name: '小组工作' }, { name: '社区活动策划', syn: ['活动策划'] },
      { name: '心理危机干预', syn: ['危机干预'] }, { name: '社工服务记录撰写', syn: ['文书撰写'] }, { name: 'Office办公软件', syn: ['Office'] },
    ],
    jobs: [
      { title: '社工', company: '深圳市福田区馨和社会工作服务中心', town: '深圳', start: '2024-03', end: null,
        bullets: ['负责辖区独居长者个案跟进（在案38个）', '策划并执行"邻里守望"社区活动'] },
      { title: '助理社工', company: '深圳市福田区馨和社会工作服务中心', town: '深圳', start: '2022-07', end: '2024-02',
        bullets: ['协助开展青少年成长小组和四点半课堂'] },
      { title: '实习社工', company: '深圳市龙岗区阳光家庭综合服务中心', town: '深圳', start: '2021-09', end: '2022-01',
        bullets: ['参与家庭综合服务个案探访与资料整理'] },
    ],
    education: [{ school: '华南师范大学', degree: '社会工作 本科', town: '广州', start: '2018-09', end: '2022-06' }],
    languages: ['英语（CET-6）', '粤语'], certs: ['初级社会工作者职业资格证'],
  },
  {
    id: 'p13', language: 'mixed', cvLang: 'zh', name: '林嘉欣', nameAlt: 'Jessica Lam', email: 'jessica.lam.jx@outlook.com',
    phone: '+8613917620841', phoneShown: '+86 139 1762 0841', town: '上海市静安区',
    headline: '零售门店经理', target: '零售区域经理 / 门店经理', gender: '女', born: '1991.06', degreeLevel: '本科',
    summary: '十一年国际快时尚及运动零售经验，从店铺副经理到大型门店经理，擅长陈列、库存和团队培养。',
    skills: [
      { name: 'Visual Merchandising', syn: ['VM', '视觉陈列'] }, { name: 'SAP Retail', syn: ['SAP'] }, { name: '库存管理', syn: ['Inventory management'] },
      { name: '团队管理', syn: ['Team management'] }, { name: 'Excel' }, { name: 'Power BI' }, { name: 'KPI分析', syn: ['KPI'] },
    ],
    jobs: [
      { title: '门店经理', company: 'Decathlon China', town: '上海', start: '2021-06', end: null,
        bullets: ['管理4500平米门店及65名员工，年营业额约1.1亿元', '门店人效提升12%，库存周转天数下降9天'] },
      { title: '区域陈列主管', company: 'Northbay Retail Group', town: '上海', start: '2018-03', end: '2021-05',
        bullets: ['负责华东区14家门店的季度陈列方案与培训'] },
      { title: '店铺副经理', company: 'H&M', town: '苏州', start: '2015-08', end: '2018-02',
        bullets: ['协助店长进行排班、收货和销售目标管理'] },
    ],
    education: [{ school: '上海对外经贸大学', degree: '工商管理 本科', town: '上海', start: '2011-09', end: '2015-06' }],
    languages: ['英语（流利）', '粤语'], certs: [],
  },
  {
    id: 'p14', language: 'mixed', cvLang: 'en', name: 'Zhang Wei', nameAlt: '张伟', email: 'wei.zhang.agro@gmail.com',
    phone: '+61438555902', phoneShown: '+61 438 555 902', town: 'Wagga Wagga NSW 2650',
    headline: 'Agronomist – broadacre cropping',
    summary: 'Agronomist with field experience in Shandong (wheat/maize) and the Riverina (canola, wheat, rice). Mandarin and English. 普通话 / English.',
    skills: [
      { name: 'Soil sampling', syn: ['Soil testing'] }, { name: 'Crop nutrition planning', syn: ['Crop nutrition', 'Fertiliser planning'] },
      { name: 'Precision agriculture', syn: ['Precision ag'] }, { name: 'QGIS', syn: ['GIS'] }, { name: 'R', syn: ['R programming'] },
      { name: 'Agronomic trials', syn: ['Field trials'] }, { name: 'Chemical compliance', syn: ['Pesticide regulation compliance'] },
    ],
    jobs: [
      { title: 'Agronomist', company: 'Riverina Grain Co-operative', town: 'Wagga Wagga NSW', start: '2020-02', end: null,
        bullets: ['Advise 45 growers across 38,000 ha of winter and summer crops', 'Run nitrogen-rate trials with variable-rate application'] },
      { title: 'Research Assistant', company: 'Charles Sturt University', town: 'Wagga Wagga NSW', start: '2019-03', end: '2019-12',
        bullets: ['Canola establishment trials, data analysis in R'] },
      { title: 'Field Agronomist', company: 'Shandong Fenghe Agri-Tech Co., Ltd.', town: 'Jinan, China', start: '2014-07', end: '2017-12',
        bullets: ['Soil testing and fertiliser recommendations for cooperatives in Dezhou'] },
    ],
    education: [
      { school: 'Charles Sturt University', degree: 'Master of Agricultural Science', town: 'Wagga Wagga', start: '2018-02', end: '2019-11' },
      { school: '山东农业大学 Shandong Agricultural University', degree: 'B.Agr. Agronomy', town: 'Tai\'an', start: '2010-09', end: '2014-06' },
    ],
    languages: ['Mandarin (native)', 'English (fluent)'], certs: ['AgSafe accreditation', 'Certified Practising Agronomist (CPAg)'],
  },
  {
    id: 'p15', language: 'mixed', cvLang: 'zh', name: '吴子涵', email: 'wuzihan.cpa@163.com',
    phone: '+8618112560932', phoneShown: '181-1256-0932', town: '江苏省苏州市工业园区',
    headline: '财务经理', target: '财务经理 / 财务总监', gender: '男', born: '1992.03', degreeLevel: '本科',
    summary: 'CPA，十二年审计与制造业财务管理经验，熟悉IFRS与中国会计准则，主导过SAP FICO上线及合并报表。',
    skills: [
      { name: 'SAP FICO', syn: ['SAP'] }, { name: 'Excel VBA', syn: ['VBA', 'Excel'] }, { name: 'Power BI' }, { name: 'IFRS' },
      { name: '合并报表', syn: ['Consolidation'] }, { name: '税务筹划', syn: ['Tax planning'] }, { name: '成本核算', syn: ['Cost accounting'] },
    ],
    jobs: [
      { title: '财务经理', company: '苏州博瑞精密机械有限公司', town: '苏州', start: '2020-09', end: null,
        bullets: ['负责公司财务核算、预算和月度经营分析，管理8人团队', '主导SAP FICO上线，月结时间由8天缩短至4天'] },
      { title: '高级审计员', company: '信永恒会计师事务所（特殊普通合伙）', town: '上海', start: '2016-09', end: '2020-08',
        bullets: ['负责制造业及外资企业年审，担任现场负责人'] },
      { title: '审计助理', company: '信永恒会计师事务所（特殊普通合伙）', town: '上海', start: '2014-07', end: '2016-08',
        bullets: ['执行函证、盘点和底稿编制'] },
    ],
    education: [{ school: '南京审计大学', degree: '会计学 本科', town: '南京', start: '2010-09', end: '2014-06' }],
    languages: ['英语（CET-6，可作为工作语言）'], certs: ['中国注册会计师（CPA）', 'ACCA'],
  },
  {
    id: 'p16', language: 'mixed', cvLang: 'en', name: 'Daniel Ng Kok Wai', nameAlt: '黄国伟', email: 'daniel.ng.kw@singnet.com.sg',
    phone: '+6591234567', phoneShown: '+65 9123 4567', town: 'Tampines, Singapore 520123',
    headline: 'Facilities Manager',
    summary: 'Facilities manager with thirteen years in M&E maintenance and property management of mixed-use developments. English, Mandarin (华语) and Cantonese.',
    skills: [
      { name: 'Building Management System (BMS)', syn: ['BMS'] }, { name: 'Preventive maintenance', syn: ['Planned maintenance'] },
      { name: 'AutoCAD' }, { name: 'Contractor management', syn: ['Vendor management'] }, { name: 'Energy management', syn: ['Energy efficiency'] },
      { name: 'Budgeting', syn: ['Budget management'] }, { name: 'Fire safety compliance', syn: ['Fire safety'] },
    ],
    jobs: [
      { title: 'Facilities Manager', company: 'Orchard Crest Property Management Pte Ltd', town: 'Singapore', start: '2021-04', end: null,
        bullets: ['Manage M&E, cleaning and security contracts for a 38-storey mixed-use building', 'Cut chiller energy use 14% after BMS retuning'] },
      { title: 'Assistant Facilities Manager', company: 'Orchard Crest Property Management Pte Ltd', town: 'Singapore', start: '2018-01', end: '2021-03',
        bullets: ['Planned maintenance schedule and defect tracking for three condominiums'] },
      { title: 'M&E Technician', company: 'Harbourfront M&E Services Pte Ltd', town: 'Singapore', start: '2013-03', end: '2017-12',
        bullets: ['Servicing of ACMV, pumps and electrical switchboards'] },
    ],
    education: [{ school: 'Singapore Polytechnic', degree: 'Diploma in Mechanical Engineering', town: 'Singapore', start: '2009-04', end: '2012-05' }],
    languages: ['English', 'Mandarin', 'Cantonese'], certs: ['Fire Safety Manager (FSM)', 'Licensed Electrical Worker (LEW)'],
  },
];
