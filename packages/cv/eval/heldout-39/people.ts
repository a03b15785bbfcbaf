/**
 * heldout-39: sixteen invented people. Every name, employer, school, address, e-mail and phone number is made up.
 * Phone numbers are shaped like real numbers of their country (UK 07700 900xxx drama range, US/CA 555-01xx,
 * AU 0491 570 xxx), but belong to nobody we know of.
 */
export type Lang = 'en' | 'zh' | 'mixed';

export interface Skill {
  /** As printed in every document of the person. */
  name: string;
  /** Synonyms / abbreviations for the truth (not printed). */
  syn?: string[];
  /** Level as the person would print it (e.g. "Expert", "精通"); never part of the skill. */
  level?: string;
  /** 1–5 rating for bars / dots / stars. */
  rating: number;
  years?: number;
  group: string;
}

export interface Job {
  company: string;
  title: string;
  town: string;
  start: string;
  end: string | null;
  duties: string[];
}

export interface Edu {
  school: string;
  degree: string;
  start: string;
  end: string;
}

export interface Person {
  id: string;
  language: Lang;
  /** Name as written (Chinese name for mixed people). */
  name: string;
  /** Latin-script name for mixed people. */
  latin?: string;
  gender: 'F' | 'M';
  born: string;
  email: string;
  /** E.164 of the candidate's own mobile. */
  phone: string;
  /** Mobile printed the national way. */
  mobNat: string;
  /** Mobile printed the international way (spacing as locals write it). */
  mobIntl: string;
  /** Another number (landline / office / home) that is not the truth. */
  other?: { label: string; number: string };
  country: string;
  city: string;
  address: string;
  headline: string;
  summary: string;
  skills: Skill[];
  work: Job[];
  education: Edu[];
  languages: string[];
  extra?: string[];
}

const s = (name: string, group: string, rating: number, level?: string, years?: number, syn?: string[]): Skill => ({ name, group, rating, level, years, syn });

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Rebecca Ashworth', gender: 'F', born: '1991-04',
    email: 'becky.ashworth.mkt@gmail.com', phone: '+447700900461', mobNat: '07700 900461', mobIntl: '+44 (0)7700 900461',
    other: { label: 'Home', number: '020 7946 0832' },
    country: 'United Kingdom', city: 'London', address: '41 Farrow Lane, Walthamstow, London E17 6QD',
    headline: 'Digital Marketing Manager',
    summary: 'Digital marketer with over ten years in retail and charity marketing, running search, social and CRM programmes with budgets up to £1.2m.',
    skills: [
      s('SEO', 'Marketing', 5, 'Expert', 10, ['Search engine optimisation']),
      s('Google Analytics 4', 'Analytics', 5, 'Expert', 4, ['GA4']),
      s('Paid social', 'Marketing', 4, 'Advanced', 7),
      s('Content strategy', 'Marketing', 4, 'Advanced', 8),
      s('HubSpot', 'Tools', 4, 'Advanced', 5),
      s('Copywriting', 'Marketing', 4, 'Advanced', 10),
      s('A/B testing', 'Analytics', 3, 'Intermediate', 5, ['Split testing']),
      s('Looker Studio', 'Analytics', 3, 'Intermediate', 3, ['Google Data Studio']),
      s('Budget management', 'Management', 4, 'Advanced', 6),
    ],
    work: [
      { company: 'Pennine Outdoor Ltd', title: 'Marketing Assistant', town: 'Leeds', start: '2013-09', end: '2015-06', duties: ['Scheduled e-mail campaigns to 80k subscribers', 'Wrote product copy for 400+ lines'] },
      { company: 'Hartwell & Crane Retail', title: 'Digital Marketing Executive', town: 'London', start: '2015-07', end: '2018-03', duties: ['Ran paid search and social for 14 stores', 'Grew organic traffic 62% in two years'] },
      { company: 'Hartwell & Crane Retail', title: 'Senior Digital Marketing Executive', town: 'London', start: '2018-04', end: '2020-10', duties: ['Led migration to GA4 and server-side tagging', 'Managed two executives and an agency'] },
      { company: 'Brightwater Animal Trust', title: 'Digital Marketing Manager', town: 'London', start: '2020-11', end: null, duties: ['Own the £1.2m digital budget and the CRM programme', 'Raised online donations by 38% since 2021'] },
    ],
    education: [{ school: 'University of Sheffield', degree: 'BA (Hons) English Language and Linguistics, 2:1', start: '2010-09', end: '2013-06' }],
    languages: ['English (native)', 'French (conversational)'],
    extra: ['Google Ads Search certification', 'Full UK driving licence'],
  },
  {
    id: 'p02', language: 'en', name: 'Ciarán Moloney', gender: 'M', born: '1989-11',
    email: 'ciaran.moloney@eircom.net', phone: '+353860417729', mobNat: '086 041 7729', mobIntl: '+353 (0)86 041 7729',
    other: { label: 'Work', number: '+353 21 490 3318 ext. 214' },
    country: 'Ireland', city: 'Cork', address: '12 Glenview Park, Ballincollig, Co. Cork, P31 X2K7',
    headline: 'Supply Chain Analyst',
    summary: 'Supply chain analyst in pharmaceutical and medical-device manufacturing; demand planning, SAP and reporting.',
    skills: [
      s('SAP MM', 'Systems', 4, 'Advanced', 8, ['SAP Materials Management']),
      s('Demand planning', 'Planning', 5, 'Expert', 9),
      s('S&OP', 'Planning', 4, 'Advanced', 6, ['Sales and operations planning']),
      s('Inventory control', 'Planning', 4, 'Advanced', 10),
      s('Power BI', 'Reporting', 4, 'Advanced', 4, ['Microsoft Power BI']),
      s('Excel (Power Query)', 'Reporting', 5, 'Expert', 10, ['Power Query', 'Excel']),
      s('SQL', 'Reporting', 3, 'Intermediate', 3),
      s('Supplier management', 'Planning', 3, 'Intermediate', 5),
    ],
    work: [
      { company: 'Lismore Logistics', title: 'Warehouse Planner', town: 'Cork', start: '2011-06', end: '2014-01', duties: ['Planned inbound slots for a 30,000-pallet site'] },
      { company: 'Corrib Medical Devices', title: 'Materials Planner', town: 'Galway', start: '2014-02', end: '2019-08', duties: ['MRP planning for 600 SKUs in SAP', 'Cut excess stock by €1.1m'] },
      { company: 'Aldenmoor Pharma Ireland', title: 'Supply Chain Analyst', town: 'Ringaskiddy', start: '2019-09', end: null, duties: ['Monthly S&OP cycle and demand reviews', 'Built the Power BI supply dashboard'] },
    ],
    education: [{ school: 'University College Cork', degree: 'BComm (Hons)', start: '2007-09', end: '2011-05' }],
    languages: ['English (native)', 'Irish (good)'],
    extra: ['APICS CPIM (2018)'],
  },
  {
    id: 'p03', language: 'en', name: 'Marisol Keating', gender: 'F', born: '1990-02',
    email: 'marisol.keating.rn@outlook.com', phone: '+15035550147', mobNat: '(503) 555-0147', mobIntl: '+1 503-555-0147',
    other: { label: 'Home', number: '(503) 555-0183' },
    country: 'United States', city: 'Portland, OR', address: '2218 SE Alder St, Portland, OR 97214',
    headline: 'Registered Nurse – Telemetry / Progressive Care',
    summary: 'RN with eleven years in med-surg, telemetry and progressive care; travel assignments in three states.',
    skills: [
      s('Telemetry monitoring', 'Clinical', 4, 'Proficient', 9, ['Cardiac monitoring']),
      s('IV therapy', 'Clinical', 4, 'Proficient', 11, ['IV insertion']),
      s('Epic EHR', 'Systems', 4, 'Proficient', 8, ['Epic']),
      s('Cerner', 'Systems', 3, 'Competent', 3),
      s('Wound care', 'Clinical', 3, 'Competent', 11),
      s('Medication administration', 'Clinical', 4, 'Proficient', 11),
      s('Patient education', 'Clinical', 4, 'Proficient', 11),
      s('Triage', 'Clinical', 3, 'Competent', 4),
    ],
    work: [
      { company: 'Willamette Valley General Hospital', title: 'Staff RN, Med-Surg', town: 'Salem, OR', start: '2015-07', end: '2019-05', duties: ['32-bed med-surg unit, 1:5 ratio'] },
      { company: 'Cascadia Health Partners', title: 'Travel RN, Telemetry', town: 'Boise, ID', start: '2019-06', end: '2021-09', duties: ['13-week contracts in ID, WA and NV telemetry units'] },
      { company: 'Rosewood Providence Medical Center', title: 'RN, Progressive Care Unit', town: 'Portland, OR', start: '2021-10', end: null, duties: ['28-bed PCU; charge nurse two shifts a week'] },
    ],
    education: [{ school: 'Oregon Coast University', degree: 'Bachelor of Science in Nursing (BSN)', start: '2011-09', end: '2015-06' }],
    languages: ['English', 'Spanish (conversational)'],
    extra: ['RN License – Oregon #202111874 (exp. 03/2027)', 'BLS, ACLS (AHA)'],
  },
  {
    id: 'p04', language: 'en', name: 'Lachlan Pryce', gender: 'M', born: '1986-08',
    email: 'lachie.pryce@bigpond.com', phone: '+61491570156', mobNat: '0491 570 156', mobIntl: '+61 491 570 156',
    other: { label: 'Office', number: '(08) 9431 7720' },
    country: 'Australia', city: 'Perth WA', address: '7 Carnaby Court, Baldivis WA 6171',
    headline: 'Senior Maintenance Planner',
    summary: 'Maintenance planner with sixteen years in mining and dairy processing in Australia and New Zealand.',
    skills: [
      s('SAP PM', 'Systems', 5, 'Expert', 12, ['SAP Plant Maintenance']),
      s('Maintenance planning', 'Planning', 5, 'Expert', 14),
      s('Shutdown scheduling', 'Planning', 5, 'Expert', 9),
      s('Primavera P6', 'Systems', 4, 'Advanced', 8, ['P6']),
      s('MS Project', 'Systems', 3, 'Intermediate', 6, ['Microsoft Project']),
      s('Root cause analysis', 'Reliability', 4, 'Advanced', 7, ['RCA']),
      s('Reliability-centred maintenance', 'Reliability', 3, 'Intermediate', 5, ['RCM']),
      s('Work order management', 'Planning', 4, 'Advanced', 14),
    ],
    work: [
      { company: 'Tararua Dairy Co-operative', title: 'Maintenance Planner', town: 'Palmerston North, NZ', start: '2010-02', end: '2014-11', duties: ['Planned PM work for two milk-powder plants'] },
      { company: 'Kalgara Iron Ore', title: 'Maintenance Planner', town: 'Newman WA', start: '2015-01', end: '2018-12', duties: ['FIFO 8/6 roster; fixed plant planning'] },
      { company: 'Kalgara Iron Ore', title: 'Senior Shutdown Planner', town: 'Perth WA', start: '2019-01', end: '2022-06', duties: ['Planned 6-monthly crusher shutdowns, 22,000 man-hours'] },
      { company: 'Redgum Minerals', title: 'Senior Maintenance Planner', town: 'Perth WA', start: '2022-07', end: null, duties: ['Leads a team of four planners; SAP PM master data owner'] },
    ],
    education: [{ school: 'Manawatu Institute of Technology', degree: 'NZ Diploma in Engineering (Mechanical)', start: '2006-02', end: '2008-11' }],
    languages: ['English'],
    extra: ['HR driver licence', 'Standard 11 Generic Induction'],
  },
  {
    id: 'p05', language: 'en', name: 'Aditya Raghunathan', gender: 'M', born: '1993-06',
    email: 'aditya.raghu93@gmail.com', phone: '+919845037216', mobNat: '98450 37216', mobIntl: '+91-98450-37216',
    other: { label: 'Landline', number: '080-2663 4471' },
    country: 'India', city: 'Bengaluru', address: '#48, 3rd Cross, HSR Layout Sector 2, Bengaluru 560102',
    headline: 'Senior Software Engineer (Java Backend)',
    summary: 'Backend engineer with 9+ years building Java microservices for payments and logistics platforms.',
    skills: [
      s('Java', 'Languages', 5, 'Expert', 9),
      s('Spring Boot', 'Frameworks', 5, 'Expert', 7),
      s('Microservices', 'Architecture', 4, 'Advanced', 6),
      s('Apache Kafka', 'Messaging', 4, 'Advanced', 4, ['Kafka']),
      s('PostgreSQL', 'Databases', 4, 'Advanced', 6, ['Postgres']),
      s('Docker', 'DevOps', 4, 'Advanced', 5),
      s('Kubernetes', 'DevOps', 3, 'Intermediate', 3, ['K8s']),
      s('AWS', 'Cloud', 3, 'Intermediate', 4, ['Amazon Web Services']),
      s('REST APIs', 'Architecture', 5, 'Expert', 9, ['RESTful APIs', 'REST']),
      s('JUnit', 'Testing', 4, 'Advanced', 8),
    ],
    work: [
      { company: 'Kavery Infotech Pvt. Ltd.', title: 'Trainee Software Engineer', town: 'Mysuru', start: '2015-08', end: '2016-07', duties: ['Bug fixing on a J2EE billing product'] },
      { company: 'Kavery Infotech Pvt. Ltd.', title: 'Software Engineer', town: 'Bengaluru', start: '2016-08', end: '2019-03', duties: ['REST services for a freight booking platform'] },
      { company: 'Payvista Technologies', title: 'Senior Software Engineer', town: 'Bengaluru', start: '2019-04', end: '2023-01', duties: ['Split the payments monolith into 11 Spring Boot services', 'Kafka event pipeline, 40k msgs/s'] },
      { company: 'Tarangini Logistics Tech', title: 'Lead Engineer – Platform', town: 'Bengaluru', start: '2023-02', end: null, duties: ['Owns shipment-tracking APIs; team of 6'] },
    ],
    education: [{ school: 'Sri Jayachamarajendra College of Engineering, Mysuru', degree: 'B.E. Computer Science', start: '2011-08', end: '2015-06' }],
    languages: ['English', 'Kannada', 'Tamil', 'Hindi'],
    extra: ['AWS Certified Developer – Associate'],
  },
  {
    id: 'p06', language: 'en', name: 'Chiamaka Okafor', gender: 'F', born: '1992-03',
    email: 'chiamaka.okafor92@yahoo.com', phone: '+2348034172290', mobNat: '0803 417 2290', mobIntl: '+234 803 417 2290',
    other: { label: 'Office', number: '01-270 4418' },
    country: 'Nigeria', city: 'Lagos', address: '14 Adeola Hopewell Crescent, Surulere, Lagos',
    headline: 'Senior Accountant',
    summary: 'Chartered accountant (ICAN) with experience in FMCG and banking: month-end close, IFRS reporting and tax.',
    skills: [
      s('Financial reporting', 'Accounting', 5, 'Expert', 9),
      s('IFRS', 'Accounting', 4, 'Advanced', 7, ['International Financial Reporting Standards']),
      s('Sage 300', 'Software', 4, 'Advanced', 5, ['Sage Accpac']),
      s('QuickBooks', 'Software', 3, 'Intermediate', 3),
      s('Tax computation', 'Accounting', 4, 'Advanced', 6),
      s('Bank reconciliation', 'Accounting', 5, 'Expert', 10),
      s('Microsoft Excel', 'Software', 5, 'Expert', 10, ['MS Excel', 'Excel']),
      s('Budgeting', 'Accounting', 4, 'Advanced', 6),
    ],
    work: [
      { company: 'Adebayo Ojo & Co. (Chartered Accountants)', title: 'Audit Trainee', town: 'Ibadan', start: '2014-01', end: '2015-12', duties: ['Audit fieldwork for 20+ SME clients'] },
      { company: 'Crestfield Foods Plc', title: 'Accountant', town: 'Ikeja', start: '2016-02', end: '2020-06', duties: ['Month-end close, fixed-asset register', 'VAT and WHT returns'] },
      { company: 'Unity Crown Microfinance Bank', title: 'Senior Accountant', town: 'Lagos', start: '2020-07', end: null, duties: ['IFRS 9 reporting to CBN', 'Budget and variance analysis'] },
    ],
    education: [{ school: 'University of Nigeria, Nsukka', degree: 'B.Sc. Accountancy (Second Class Upper)', start: '2008-10', end: '2012-11' }],
    languages: ['English', 'Igbo', 'Yoruba'],
    extra: ['ACA – ICAN (2016)', 'NYSC: Completed 2013'],
  },
  {
    id: 'p07', language: 'en', name: 'Kristine Joy Villanueva', gender: 'F', born: '1994-09',
    email: 'kjvillanueva.ea@gmail.com', phone: '+971552846613', mobNat: '055 284 6613', mobIntl: '+971 55 284 6613',
    other: { label: 'Home, Philippines', number: '+63 2 8812 4407' },
    country: 'United Arab Emirates', city: 'Dubai', address: 'Al Qusais 2, Dubai, UAE',
    headline: 'Executive Assistant',
    summary: 'Executive assistant with 11 years supporting directors in the Philippines and Dubai; visa status: employment visa, transferable.',
    skills: [
      s('Calendar management', 'Admin', 5, 'Expert', 9),
      s('Travel arrangements', 'Admin', 5, 'Expert', 8),
      s('Microsoft Office', 'Software', 5, 'Expert', 9, ['MS Office']),
      s('Google Workspace', 'Software', 4, 'Advanced', 5, ['G Suite']),
      s('Minute taking', 'Admin', 4, 'Advanced', 7),
      s('Customer service', 'Admin', 4, 'Advanced', 9),
      s('Data entry', 'Admin', 4, 'Advanced', 9),
      s('Canva', 'Software', 3, 'Intermediate', 3),
    ],
    work: [
      { company: 'Lumina BPO Solutions Inc.', title: 'Customer Service Representative', town: 'Pasig City', start: '2015-06', end: '2017-08', duties: ['Inbound voice account, 60 calls a day'] },
      { company: 'Northpoint Realty Corporation', title: 'Administrative Assistant', town: 'Makati City', start: '2017-09', end: '2019-12', duties: ['Supported two VPs; filing and scheduling'] },
      { company: 'Al Safwa Trading LLC', title: 'Executive Assistant to the Managing Director', town: 'Dubai', start: '2020-02', end: null, duties: ['Manages MD calendar, travel and board minutes'] },
    ],
    education: [{ school: 'Polytechnic University of the Philippines', degree: 'BS Business Administration major in Marketing', start: '2011-06', end: '2015-04' }],
    languages: ['English', 'Filipino', 'Arabic (basic)'],
    extra: ['UAE driving licence'],
  },
  {
    id: 'p08', language: 'zh', name: '陈思远', gender: 'M', born: '1995-05',
    email: 'chensiyuan_fe@163.com', phone: '+8613817624095', mobNat: '138-1762-4095', mobIntl: '+86 138 1762 4095',
    country: '中国', city: '上海', address: '上海市闵行区七莘路',
    headline: '高级前端开发工程师',
    summary: '8年前端开发经验，熟悉中后台与小程序开发，主导过组件库与性能优化项目。',
    skills: [
      s('JavaScript', '语言', 5, '精通', 7, ['JS']),
      s('TypeScript', '语言', 4, '熟练', 4, ['TS']),
      s('Vue.js', '框架', 5, '精通', 6, ['Vue']),
      s('React', '框架', 4, '熟练', 3),
      s('Webpack', '工程化', 4, '熟练', 5),
      s('Node.js', '工程化', 3, '熟悉', 3, ['Node']),
      s('微信小程序开发', '框架', 4, '熟练', 4, ['小程序开发']),
      s('CSS3', '语言', 4, '熟练', 7, ['CSS']),
    ],
    work: [
      { company: '上海易途网络科技有限公司', title: '前端开发工程师', town: '上海', start: '2018-07', end: '2021-03', duties: ['负责旅游预订H5与小程序开发', '搭建公司内部组件库'] },
      { company: '上海云杉数智科技有限公司', title: '高级前端开发工程师', town: '上海', start: '2021-04', end: null, duties: ['负责SaaS中后台前端架构，带3人小组', '首屏加载时间从3.2秒降到1.1秒'] },
    ],
    education: [{ school: '华东理工大学', degree: '软件工程 本科', start: '2014-09', end: '2018-06' }],
    languages: ['英语（CET-6）'],
  },
  {
    id: 'p09', language: 'zh', name: '刘文静', gender: 'F', born: '1988-10',
    email: 'liuwenjing88@qq.com', phone: '+8613980235716', mobNat: '139 8023 5716', mobIntl: '+86 139 8023 5716',
    other: { label: '座机', number: '028-8561 2390' },
    country: '中国', city: '成都', address: '成都市武侯区晋阳路',
    headline: '主管会计',
    summary: '中级会计师，15年财务工作经验，熟悉制造业与商贸企业全盘账务及税务申报。',
    skills: [
      s('全盘账务处理', '财务', 5, '精通', 12),
      s('成本核算', '财务', 4, '熟练', 8),
      s('纳税申报', '财务', 5, '精通', 10),
      s('财务报表分析', '财务', 4, '熟练', 8),
      s('用友U8', '软件', 5, '精通', 9, ['用友']),
      s('金蝶K3', '软件', 4, '熟练', 4, ['金蝶']),
      s('Excel', '软件', 4, '熟练', 12, ['Microsoft Excel']),
    ],
    work: [
      { company: '成都恒泰五金制品有限公司', title: '出纳', town: '成都', start: '2011-07', end: '2013-02', duties: ['现金与银行收付，编制资金日报'] },
      { company: '成都恒泰五金制品有限公司', title: '会计', town: '成都', start: '2013-03', end: '2017-08', duties: ['成本核算与月末结账'] },
      { company: '四川锦岚商贸有限公司', title: '主管会计', town: '成都', start: '2017-09', end: null, duties: ['负责全盘账务、纳税申报与年度审计对接', '带领2名会计'] },
    ],
    education: [{ school: '西南财经大学天府学院', degree: '会计学 本科', start: '2007-09', end: '2011-06' }],
    languages: ['英语（CET-4）'],
    extra: ['中级会计师（2016）'],
  },
  {
    id: 'p10', language: 'zh', name: '赵宇航', gender: 'M', born: '1992-12',
    email: 'zhao.yuhang@foxmail.com', phone: '+8618675920348', mobNat: '186 7592 0348', mobIntl: '+86-186-7592-0348',
    country: '中国', city: '深圳', address: '深圳市南山区西丽街道',
    headline: '硬件工程师',
    summary: '11年嵌入式硬件设计经验，做过智能家居与工业控制产品，熟悉从原理图到量产的全流程。',
    skills: [
      s('原理图设计', '硬件设计', 5, '精通', 9),
      s('PCB Layout', '硬件设计', 4, '熟练', 8, ['PCB设计']),
      s('Altium Designer', '工具', 5, '精通', 9, ['AD']),
      s('Cadence Allegro', '工具', 3, '熟悉', 3, ['Allegro']),
      s('STM32', '嵌入式', 4, '熟练', 6),
      s('EMC整改', '硬件设计', 4, '熟练', 5, ['EMC']),
      s('C语言', '嵌入式', 3, '熟悉', 6, ['C']),
    ],
    work: [
      { company: '深圳市华芯智能家居有限公司', title: '硬件工程师助理', town: '深圳', start: '2015-07', end: '2016-12', duties: ['样机调试与BOM整理'] },
      { company: '深圳市华芯智能家居有限公司', title: '硬件工程师', town: '深圳', start: '2017-01', end: '2020-05', duties: ['负责智能门锁主板设计'] },
      { company: '深圳拓维工控技术股份有限公司', title: '高级硬件工程师', town: '深圳', start: '2020-06', end: null, duties: ['负责PLC扩展模块硬件设计，主导EMC整改', '3款产品量产'] },
    ],
    education: [{ school: '桂林电子科技大学', degree: '电子信息工程 本科', start: '2011-09', end: '2015-06' }],
    languages: ['英语（CET-4，可阅读英文芯片手册）'],
  },
  {
    id: 'p11', language: 'zh', name: '孙晓雯', gender: 'F', born: '1996-07',
    email: 'sunxiaowen0716@163.com', phone: '+8617758132604', mobNat: '177 5813 2604', mobIntl: '+86 177-5813-2604',
    country: '中国', city: '杭州', address: '杭州市余杭区五常街道',
    headline: '电商运营主管',
    summary: '7年电商运营经验，负责过天猫女装店和抖音直播间，年销售额最高做到8000万。',
    skills: [
      s('天猫店铺运营', '运营', 5, '精通', 6, ['淘宝运营']),
      s('直通车', '推广', 4, '熟练', 5),
      s('生意参谋', '数据', 4, '熟练', 5),
      s('数据分析', '数据', 4, '熟练', 5),
      s('活动策划', '运营', 4, '熟练', 6),
      s('抖音直播运营', '运营', 4, '熟练', 3, ['直播运营']),
      s('Photoshop', '工具', 3, '了解', 3, ['PS']),
    ],
    work: [
      { company: '杭州衣尚电子商务有限公司', title: '运营助理', town: '杭州', start: '2019-07', end: '2020-08', duties: ['商品上新、详情页文案、日常数据统计'] },
      { company: '杭州衣尚电子商务有限公司', title: '店铺运营', town: '杭州', start: '2020-09', end: '2022-12', duties: ['负责天猫旗舰店运营，双11销售额1200万'] },
      { company: '杭州栖溪品牌管理有限公司', title: '电商运营主管', town: '杭州', start: '2023-01', end: null, duties: ['管理天猫与抖音两个渠道，团队6人'] },
    ],
    education: [{ school: '浙江工商大学', degree: '市场营销 本科', start: '2015-09', end: '2019-06' }],
    languages: ['英语（CET-6）'],
  },
  {
    id: 'p12', language: 'zh', name: '何建国', gender: 'M', born: '1984-03',
    email: 'hejianguo_me@126.com', phone: '+8613507148862', mobNat: '13507148862', mobIntl: '+86 135 0714 8862',
    other: { label: '办公电话', number: '027-8455 1234' },
    country: '中国', city: '武汉', address: '武汉市东西湖区金银湖',
    headline: '设备工程师（机械）',
    summary: '18年机械设计与设备管理经验，参与过海外工厂设备安装调试。',
    skills: [
      s('SolidWorks', '设计软件', 5, '精通', 14),
      s('AutoCAD', '设计软件', 5, '精通', 16, ['CAD']),
      s('液压系统设计', '专业', 4, '熟练', 10),
      s('设备维护', '专业', 5, '精通', 16),
      s('PLC编程', '专业', 3, '熟悉', 6, ['PLC']),
      s('精益生产', '管理', 3, '熟悉', 5),
      s('GD&T', '专业', 4, '熟练', 8, ['形位公差']),
    ],
    work: [
      { company: '武汉江城重型机械厂', title: '机械设计员', town: '武汉', start: '2008-07', end: '2013-04', duties: ['起重设备零部件设计'] },
      { company: '湖北楚天汽车零部件有限公司', title: '设备工程师', town: '武汉', start: '2013-05', end: '2019-10', duties: ['冲压线设备维护与改造'] },
      { company: '湖北楚天汽车零部件有限公司', title: '设备主管', town: '武汉', start: '2019-11', end: null, duties: ['负责全厂设备管理，2023年赴印尼工厂支援6个月'] },
    ],
    education: [{ school: '武汉科技大学', degree: '机械设计制造及其自动化 本科', start: '2004-09', end: '2008-06' }],
    languages: ['英语（一般）'],
    extra: ['机械工程师（中级职称）'],
  },
  {
    id: 'p13', language: 'mixed', name: '林佩琪', latin: 'Lim Pei Qi', gender: 'F', born: '1993-01',
    email: 'peiqi.lim@hotmail.my', phone: '+60123847291', mobNat: '012-384 7291', mobIntl: '+6012-384 7291',
    other: { label: 'Office', number: '03-2287 6610 ext 118' },
    country: 'Malaysia', city: 'Kuala Lumpur', address: '23, Jalan Kuchai Maju 5, 58200 Kuala Lumpur',
    headline: 'Senior HR Executive (Payroll & Compensation)',
    summary: 'HR executive with over 11 years in payroll, statutory submissions and recruitment for MNCs in Klang Valley.',
    skills: [
      s('Payroll processing', 'HR operations', 5, 'Expert', 9),
      s('Statutory submissions (EPF, SOCSO, EIS, PCB)', 'HR operations', 5, 'Expert', 9, ['EPF/SOCSO submissions']),
      s('Recruitment', 'HR operations', 4, 'Advanced', 6),
      s('Employee relations', 'HR operations', 3, 'Intermediate', 5),
      s('SQL Payroll', 'Systems', 4, 'Advanced', 6),
      s('SAP SuccessFactors', 'Systems', 3, 'Intermediate', 3, ['SuccessFactors']),
      s('Microsoft Excel', 'Systems', 5, 'Expert', 9, ['Excel']),
    ],
    work: [
      { company: 'Sinar Jaya Packaging Sdn Bhd', title: 'HR Assistant', town: 'Shah Alam', start: '2015-03', end: '2017-12', duties: ['Payroll for 450 factory staff'] },
      { company: 'Meridian Tech Services (M) Sdn Bhd', title: 'HR Executive', town: 'Petaling Jaya', start: '2018-01', end: '2022-02', duties: ['Full-cycle payroll, EA forms, recruitment'] },
      { company: 'Kinsley Asia Pacific Sdn Bhd', title: 'Senior HR Executive', town: 'Kuala Lumpur', start: '2022-03', end: null, duties: ['Payroll and compensation for 1,100 staff in MY and SG'] },
    ],
    education: [{ school: 'Universiti Tunku Abdul Rahman (UTAR)', degree: 'Bachelor of Business Administration (Hons) Human Resource Management', start: '2011-06', end: '2015-01' }],
    languages: ['English', 'Bahasa Malaysia', 'Mandarin 中文', 'Cantonese'],
  },
  {
    id: 'p14', language: 'mixed', name: '黄志诚', latin: 'Zhicheng Huang', gender: 'M', born: '1991-09',
    email: 'zc.huang@proton.me', phone: '+31641278830', mobNat: '06-41278830', mobIntl: '+31 (0)6 4127 8830',
    country: 'Netherlands', city: 'Amsterdam', address: 'Javastraat 118-2, 1094 HJ Amsterdam',
    headline: 'Senior Data Engineer',
    summary: 'Data engineer (Chinese, Dutch residence permit, highly skilled migrant) building batch and streaming pipelines.',
    skills: [
      s('Python', 'Languages', 5, 'Expert', 9),
      s('SQL', 'Languages', 5, 'Expert', 9),
      s('Apache Spark', 'Data', 4, 'Advanced', 6, ['Spark', 'PySpark']),
      s('Apache Airflow', 'Data', 4, 'Advanced', 5, ['Airflow']),
      s('dbt', 'Data', 4, 'Advanced', 3, ['data build tool']),
      s('Databricks', 'Cloud', 4, 'Advanced', 3),
      s('Azure Data Factory', 'Cloud', 3, 'Intermediate', 3, ['ADF']),
      s('Terraform', 'Cloud', 3, 'Intermediate', 2),
    ],
    work: [
      { company: 'Beijing Shuyuan Data Technology Co., Ltd.', title: 'Data Engineer', town: 'Beijing', start: '2016-07', end: '2019-08', duties: ['Hive/Spark ETL for ad-tech reporting'] },
      { company: 'Klaverveld B.V.', title: 'Data Engineer', town: 'Utrecht', start: '2019-10', end: '2022-04', duties: ['Airflow pipelines for energy-meter data'] },
      { company: 'Oranjeboom Mobility B.V.', title: 'Senior Data Engineer', town: 'Amsterdam', start: '2022-05', end: null, duties: ['Lakehouse on Databricks; dbt models for pricing'] },
    ],
    education: [
      { school: 'Beijing Jiaotong University', degree: 'BEng Computer Science', start: '2010-09', end: '2014-07' },
      { school: 'Delft University of Technology', degree: 'MSc Computer Science', start: '2014-09', end: '2016-06' },
    ],
    languages: ['Mandarin (native)', 'English (C1)', 'Dutch (A2)'],
  },
  {
    id: 'p15', language: 'mixed', name: '周雨桐', latin: 'Yutong Zhou', gender: 'F', born: '1994-04',
    email: 'yutong.zhou.ux@gmail.com', phone: '+16045550173', mobNat: '604-555-0173', mobIntl: '+1 (604) 555-0173',
    country: 'Canada', city: 'Vancouver, BC', address: '1508-1288 W Georgia St, Vancouver, BC V6E 4R3',
    headline: 'Senior UX Designer',
    summary: 'Product designer with 10 years in fintech and e-commerce, in Shenzhen and Vancouver.',
    skills: [
      s('Figma', 'Tools', 5, 'Expert', 7),
      s('User research', 'Research', 4, 'Advanced', 8, ['UX research']),
      s('Usability testing', 'Research', 4, 'Advanced', 8),
      s('Prototyping', 'Design', 5, 'Expert', 8),
      s('Design systems', 'Design', 5, 'Expert', 5),
      s('Adobe Illustrator', 'Tools', 3, 'Intermediate', 6, ['Illustrator']),
      s('HTML/CSS', 'Tools', 3, 'Intermediate', 5, ['HTML', 'CSS']),
      s('Accessibility (WCAG 2.1)', 'Design', 4, 'Advanced', 4, ['WCAG', 'Accessibility']),
    ],
    work: [
      { company: 'Shenzhen Qianhai Pinwei Technology Co., Ltd.', title: 'UI Designer', town: 'Shenzhen', start: '2016-07', end: '2018-12', duties: ['UI for a consumer-loan app, 3M users'] },
      { company: 'Maplewood Commerce Inc.', title: 'UX Designer', town: 'Vancouver, BC', start: '2019-03', end: '2022-08', duties: ['Checkout redesign, +9% conversion'] },
      { company: 'Northbeam Financial', title: 'Senior UX Designer', town: 'Vancouver, BC', start: '2022-09', end: null, duties: ['Leads the design system; mentors two designers'] },
    ],
    education: [
      { school: 'Jiangnan University', degree: 'BA Industrial Design', start: '2012-09', end: '2016-06' },
      { school: 'Emily Carr University of Art + Design', degree: 'Certificate in UX Design (part-time)', start: '2019-09', end: '2020-06' },
    ],
    languages: ['Mandarin (native)', 'English (fluent)'],
  },
  {
    id: 'p16', language: 'mixed', name: '马俊杰', latin: 'Junjie Ma', gender: 'M', born: '1990-08',
    email: 'majunjie.qe@163.com', phone: '+528119073342', mobNat: '81 1907 3342', mobIntl: '+52 81 1907 3342',
    other: { label: '紧急联系人（妻子 王丽）', number: '+86 139 1658 2047' },
    country: 'México', city: 'Monterrey, N.L.', address: 'Av. Lázaro Cárdenas 2400, San Pedro Garza García, N.L.',
    headline: 'Supplier Quality Engineer',
    summary: 'Quality engineer for auto parts, 13 years in China and Mexico; fluent Mandarin, English, intermediate Spanish.',
    skills: [
      s('APQP', 'Core tools', 5, 'Expert', 10, ['Advanced Product Quality Planning']),
      s('PPAP', 'Core tools', 5, 'Expert', 10, ['Production Part Approval Process']),
      s('FMEA', 'Core tools', 4, 'Advanced', 8, ['PFMEA']),
      s('SPC', 'Core tools', 4, 'Advanced', 8, ['Statistical process control']),
      s('8D problem solving', 'Problem solving', 5, 'Expert', 9, ['8D']),
      s('Minitab', 'Tools', 4, 'Advanced', 7),
      s('CMM programming', 'Tools', 3, 'Intermediate', 4, ['CMM']),
    ],
    work: [
      { company: 'Ningbo Huaxin Auto Parts Co., Ltd.', title: 'Quality Engineer', town: 'Ningbo', start: '2013-07', end: '2018-09', duties: ['Incoming and process quality for brake calipers'] },
      { company: 'Ningbo Huaxin Auto Parts Co., Ltd.', title: 'Senior Quality Engineer', town: 'Ningbo', start: '2018-10', end: '2021-05', duties: ['Customer quality for two US OEM programmes'] },
      { company: 'Huaxin Automotive de México S. de R.L. de C.V.', title: 'Supplier Quality Engineer', town: 'Santa Catarina, N.L.', start: '2021-06', end: null, duties: ['Localised 37 suppliers; PPAP approvals; 8D with OEM customers'] },
    ],
    education: [{ school: '浙江科技学院 Zhejiang University of Science and Technology', degree: 'B.Eng. Mechanical Engineering', start: '2009-09', end: '2013-06' }],
    languages: ['Mandarin (native)', 'English (fluent)', 'Spanish (B1)'],
  },
];

export const byId = (id: string): Person => {
  const p = people.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p;
};
