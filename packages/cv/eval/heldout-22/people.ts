/**
 * heldout-22: sixteen invented people. Every name, employer, school, address, e-mail and phone number is made up.
 * `skills[i].alts` are other spellings the truth accepts; documents print `text` (the first spelling).
 */
export type Lang = 'en' | 'zh' | 'mixed';

export interface Job {
  company: string; // as printed, no town
  town?: string; // printed beside the employer in some templates
  title: string;
  start: string; // YYYY-MM
  end: string | null;
  bullets: string[];
}

export interface Edu { school: string; degree: string; start: string; end: string; town?: string }

export interface Person {
  id: string;
  language: Lang;
  name: string; // truth name (Chinese name for mixed people)
  latin?: string; // English / romanised name for mixed people
  nickname?: string;
  credentials?: string;
  headline: string;
  email: string;
  phone: string; // E.164
  phoneShow: string; // how the person writes it
  address: string;
  city: string;
  summary: string;
  skills: { text: string; alts?: string[] }[];
  work: Job[];
  education: Edu[];
  languages: string[];
  certs: string[];
  gapNote?: { after: number; text: string }; // a career break printed after work[after] (reverse order display)
  referees?: { name: string; role: string; phone: string; email: string }[];
  birth?: string;
  gender?: string;
}

const s = (text: string, ...alts: string[]) => ({ text, alts });

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Marcus D. Whitfield', headline: 'Transportation & Logistics Manager | U.S. Army Veteran',
    email: 'marcus.whitfield@outlook.com', phone: '+16148283917', phoneShow: '(614) 828-3917',
    address: '2217 Sawmill Creek Dr, Columbus, OH 43235', city: 'Columbus, OH',
    summary: 'Logistics leader with 8 years of Army motor transport experience and 7 years running commercial fleets. Keeps 60+ trucks moving on time, safely and under budget.',
    skills: [s('Fleet management'), s('DOT compliance', 'FMCSA compliance'), s('Route planning', 'route optimization'), s('Hazmat handling'), s('Team leadership'), s('Microsoft Excel', 'Excel'), s('SAP TM', 'SAP Transportation Management'), s('Samsara telematics', 'Samsara')],
    work: [
      { company: 'U.S. Army', town: 'Fort Carson, CO', title: 'Motor Transport Operator (88M)', start: '2010-03', end: '2014-08', bullets: ['Drove and maintained M1083 FMTV trucks on 400+ convoy missions without a reportable accident.', 'Loaded and documented ammunition and hazardous cargo to DoD standards.'] },
      { company: 'U.S. Army', town: 'Fort Carson, CO', title: 'Squad Leader / Sergeant (E-5)', start: '2014-09', end: '2017-11', bullets: ['Led, trained and evaluated a 9-soldier transport squad; 100% equipment readiness at inspection.', 'Planned convoy routes and fuel for a 1,200-mile deployment exercise.'] },
      { company: 'Keystone Freightways, Inc.', town: 'Columbus, OH', title: 'Fleet Operations Supervisor', start: '2018-02', end: '2021-06', bullets: ['Supervised 38 drivers and 3 dispatchers on a regional LTL network.', 'Cut late deliveries from 9% to 3% by re-planning routes in SAP TM.'] },
      { company: 'Brightline Freight Partners', town: 'Grove City, OH', title: 'Transportation Manager', start: '2021-07', end: null, bullets: ['Run a 64-tractor dedicated fleet for two grocery accounts ($18M revenue).', 'Rolled out Samsara telematics; idle time down 22% in a year.'] },
    ],
    education: [{ school: 'Franklin Ridge University', degree: 'B.S. Supply Chain Management', start: '2018-01', end: '2021-05', town: 'Columbus, OH' }],
    languages: ['English (native)'], certs: ['CDL Class A with Hazmat endorsement', 'Lean Six Sigma Green Belt'],
  },
  {
    id: 'p02', language: 'en', name: 'Danielle Kowalczyk', credentials: 'BSN, RN, CCRN', headline: 'Critical Care Registered Nurse',
    email: 'dkowalczyk.rn@gmail.com', phone: '+14807316624', phoneShow: '480-731-6624',
    address: '915 W Alameda Dr, Tempe, AZ 85282', city: 'Tempe, AZ',
    summary: 'CCRN-certified ICU charge nurse with med-surg, travel and critical-care experience in Level I and community hospitals.',
    skills: [s('Epic EHR', 'Epic'), s('IV insertion', 'IV therapy'), s('Telemetry monitoring', 'telemetry'), s('Ventilator management'), s('Wound care'), s('CRRT'), s('Patient education'), s('Rapid response')],
    work: [
      { company: 'Saguaro Valley Medical Center', town: 'Phoenix, AZ', title: 'Student Nurse Extern', start: '2016-06', end: '2016-08', bullets: ['Completed a 12-week externship on a 32-bed medical-surgical unit under RN preceptors.'] },
      { company: 'Saguaro Valley Medical Center', town: 'Phoenix, AZ', title: 'Registered Nurse, Medical-Surgical', start: '2017-01', end: '2019-09', bullets: ['Cared for 5–6 patients per shift, post-op and telemetry.', 'Unit super-user for the Epic go-live in 2018.'] },
      { company: 'Meridian Travel Nursing', title: 'Travel Registered Nurse, ICU', start: '2019-10', end: '2021-12', bullets: ['13-week ICU assignments in Arizona, Nevada and New Mexico, including COVID-19 surge units.'] },
      { company: 'Desert Crest Regional Hospital', town: 'Mesa, AZ', title: 'Charge Nurse, Intensive Care Unit', start: '2022-01', end: null, bullets: ['Charge nurse for a 24-bed mixed ICU; staffing, bed flow and rapid-response calls.', 'Precepted 11 new graduate nurses.'] },
    ],
    education: [{ school: 'Grand Canyon Valley University', degree: 'Bachelor of Science in Nursing', start: '2012-08', end: '2016-12', town: 'Phoenix, AZ' }],
    languages: ['English', 'Polish (conversational)'], certs: ['Arizona RN License #RN298417 (compact)', 'CCRN (AACN)', 'ACLS', 'BLS', 'PALS'],
  },
  {
    id: 'p03', language: 'en', name: 'Thomas Pryce', nickname: 'Tom', headline: 'Lead Software Engineer',
    email: 'tom@pryce.dev', phone: '+447700900482', phoneShow: '07700 900482',
    address: '14 Chapel Allerton Mews, Leeds LS7 3PD', city: 'Leeds, UK',
    summary: 'Backend engineer (Python, AWS) who likes boring, well-tested systems. Currently leading a team of six on a payments platform.',
    skills: [s('Python'), s('Django'), s('PostgreSQL', 'Postgres'), s('AWS (ECS, Lambda)', 'AWS', 'Amazon Web Services'), s('Terraform'), s('Kafka', 'Apache Kafka'), s('TDD', 'test-driven development'), s('Docker')],
    work: [
      { company: 'Quarry Bank Software Ltd', town: 'Sheffield', title: 'Graduate Developer', start: '2014-09', end: '2016-08', bullets: ['Built reporting features for a housing-association CRM in Django.'] },
      { company: 'Harrowgate Analytics', town: 'Leeds', title: 'Software Engineer', start: '2016-09', end: '2019-03', bullets: ['Wrote the ingestion pipeline (Kafka, Postgres) for 40M sensor events a day.'] },
      { company: 'Northmoor Digital', town: 'Leeds', title: 'Senior Software Engineer', start: '2020-01', end: '2023-02', bullets: ['Moved the payments API from EC2 to ECS with Terraform; deploys went from weekly to daily.'] },
      { company: 'Northmoor Digital', town: 'Leeds', title: 'Lead Software Engineer', start: '2023-03', end: null, bullets: ['Lead a team of six; own the payments and reconciliation services.'] },
    ],
    education: [{ school: 'University of Pennine Vale', degree: 'BSc (Hons) Computer Science, 2:1', start: '2011-09', end: '2014-06', town: 'Sheffield' }],
    languages: ['English'], certs: ['AWS Certified Solutions Architect – Associate'],
    gapNote: { after: 1, text: 'Career break (Apr–Dec 2019): travelled in South America; volunteered teaching coding in Quito.' },
  },
  {
    id: 'p04', language: 'en', name: 'Jordan Fitzgerald', credentials: 'P.Eng., PMP', headline: 'Senior Construction Project Manager',
    email: 'jordan.fitzgerald@telus.net', phone: '+16047392281', phoneShow: '604-739-2281',
    address: '3381 West 12th Avenue, Vancouver, BC  V6R 2N7', city: 'Vancouver, BC',
    summary: 'Professional engineer managing mid-rise residential and institutional projects from pre-construction to close-out ($20–90M).',
    skills: [s('Procore'), s('MS Project', 'Microsoft Project'), s('Primavera P6', 'P6'), s('Cost estimating', 'estimating'), s('Bluebeam Revu', 'Bluebeam'), s('CCDC contract administration', 'contract administration'), s('AutoCAD')],
    work: [
      { company: 'Coastline Structures Inc.', town: 'Burnaby, BC', title: 'Junior Estimator', start: '2011-05', end: '2013-12', bullets: ['Quantity take-offs for concrete and formwork packages.'] },
      { company: 'Coastline Structures Inc.', town: 'Burnaby, BC', title: 'Project Coordinator', start: '2014-01', end: '2016-06', bullets: ['Coordinated RFIs, submittals and change orders on two 12-storey towers.'] },
      { company: 'Fraserview Builders Ltd.', town: 'Surrey, BC', title: 'Project Manager', start: '2016-07', end: '2022-04', bullets: ['Delivered a $46M seniors’ care facility two weeks early.', 'Managed CCDC 2 and CCDC 5B contracts and subtrade claims.'] },
      { company: 'Lionsgate Infrastructure Group', town: 'Vancouver, BC', title: 'Senior Project Manager', start: '2022-05', end: null, bullets: ['Lead a $88M mass-timber student residence; team of 9.'] },
    ],
    education: [{ school: 'Pacific Rim Institute of Technology', degree: 'B.A.Sc. Civil Engineering', start: '2006-09', end: '2011-04', town: 'Vancouver, BC' }],
    languages: ['English', 'French (intermediate)'], certs: ['P.Eng. (Engineers and Geoscientists BC)', 'PMP (PMI)', 'Gold Seal Certification'],
  },
  {
    id: 'p05', language: 'en', name: 'Brenda Nakato', headline: 'Finance Manager, CPA (U)',
    email: 'brenda.nakato@yahoo.com', phone: '+256772418309', phoneShow: '0772 418 309',
    address: 'Plot 27, Kiwatule Road, P.O. Box 11824, Kampala', city: 'Kampala, Uganda',
    summary: 'A result-oriented accountant with over nine years of experience in agribusiness, microfinance and cooperative accounting, seeking to contribute to a growing organisation.',
    skills: [s('QuickBooks'), s('Sage 300'), s('IFRS reporting', 'IFRS'), s('Payroll management', 'payroll'), s('Budgeting and forecasting', 'budgeting'), s('Advanced MS Excel', 'Excel'), s('Tax compliance (URA)', 'tax compliance')],
    work: [
      { company: 'Kintu & Associates Certified Public Accountants', town: 'Kampala', title: 'Audit Intern', start: '2015-06', end: '2015-09', bullets: ['Assisted in statutory audits of SACCOs and NGOs.'] },
      { company: 'Mbarara Dairy Cooperative Union', town: 'Mbarara', title: 'Accounts Assistant', start: '2016-01', end: '2018-12', bullets: ['Processed farmer payments for 1,400 members.', 'Prepared monthly bank reconciliations.'] },
      { company: 'Pearl Horizon Microfinance Ltd', town: 'Kampala', title: 'Accountant', start: '2019-02', end: '2023-06', bullets: ['Prepared IFRS 9 loan-loss provisions and monthly management accounts.', 'Filed PAYE, VAT and WHT returns with URA.'] },
      { company: 'Rwenzori Agro Exporters Ltd', town: 'Kampala', title: 'Finance Manager', start: '2023-08', end: null, bullets: ['Head a team of 4; budgeting, treasury and donor reporting.'] },
    ],
    education: [
      { school: 'Kigezi Highlands University', degree: 'Bachelor of Commerce (Accounting)', start: '2012-08', end: '2015-12', town: 'Kabale' },
    ],
    languages: ['English (fluent)', 'Luganda (native)', 'Runyankole (good)'], certs: ['CPA (U) – ICPAU, 2020', 'ACCA Part-qualified'],
    referees: [
      { name: 'Mr. Godfrey Tumusiime', role: 'Managing Director, Pearl Horizon Microfinance Ltd', phone: '0701 554 218', email: 'g.tumusiime@pearlhorizon.co.ug' },
      { name: 'Ms. Harriet Achieng', role: 'Partner, Kintu & Associates CPAs', phone: '0782 903 147', email: 'harriet@kintuassociates.co.ug' },
      { name: 'Dr. Samuel Byaruhanga', role: 'Senior Lecturer, Kigezi Highlands University', phone: '0754 220 691', email: 'sbyaruhanga@khu.ac.ug' },
    ],
    birth: '14 March 1993', gender: 'Female',
  },
  {
    id: 'p06', language: 'en', name: 'Rebecca J. Sandoval', headline: 'Commercial Litigation Counsel',
    email: 'rsandoval@sandoval-law.com', phone: '+13126640198', phoneShow: '(312) 664-0198',
    address: '1840 N. Dayton Street, Apt. 3B, Chicago, Illinois 60614', city: 'Chicago, IL',
    summary: 'Commercial litigator with ten years of first-chair and second-chair experience in contract, trade-secret and class-action defense.',
    skills: [s('Commercial litigation'), s('E-discovery (Relativity)', 'Relativity', 'e-discovery'), s('Westlaw'), s('Lexis+', 'LexisNexis'), s('Deposition practice', 'depositions'), s('Motion practice'), s('Legal research and writing', 'legal writing')],
    work: [
      { company: 'Harlan Pierce & Whitcomb LLP', town: 'Chicago, IL', title: 'Summer Associate', start: '2014-06', end: '2014-08', bullets: ['Drafted research memoranda on UCC Article 2 warranty claims.'] },
      { company: 'Harlan Pierce & Whitcomb LLP', town: 'Chicago, IL', title: 'Associate', start: '2015-09', end: '2020-12', bullets: ['Took and defended 40+ depositions in contract and trade-secret matters.', 'Second chair in a three-week federal jury trial (defense verdict).'] },
      { company: 'Marlowe Grant LLP', town: 'Chicago, IL', title: 'Senior Associate', start: '2021-01', end: '2024-03', bullets: ['Managed discovery of 2.1M documents in Relativity for a consumer class action.'] },
      { company: 'Marlowe Grant LLP', town: 'Chicago, IL', title: 'Counsel', start: '2024-04', end: null, bullets: ['Lead day-to-day litigation strategy for manufacturing and logistics clients.'] },
    ],
    education: [
      { school: 'Lakeshore University School of Law', degree: 'J.D., cum laude', start: '2012-08', end: '2015-05', town: 'Chicago, IL' },
      { school: 'University of Central Prairie', degree: 'B.A., Political Science', start: '2008-08', end: '2012-05' },
    ],
    languages: ['English', 'Spanish (fluent)'], certs: ['Illinois, 2015', 'U.S. District Court, N.D. Ill., 2016', 'U.S. Court of Appeals, 7th Cir., 2019'],
  },
  {
    id: 'p07', language: 'en', name: 'Chanda Mulenga', headline: 'Electrical Maintenance Supervisor',
    email: 'chandamulenga84@gmail.com', phone: '+260977284150', phoneShow: '+260 977 284 150',
    address: 'House No. 42, Parklands, Kitwe', city: 'Kitwe, Zambia',
    summary: 'Hardworking electrical technician with more than twelve years in underground mining and power services, specialising in PLC control and HV switching.',
    skills: [s('PLC programming (Siemens S7)', 'PLC programming', 'Siemens S7'), s('Motor control circuits', 'motor control'), s('Preventive maintenance'), s('SCADA'), s('HV switching', 'high-voltage switching'), s('AutoCAD Electrical'), s('Fault finding', 'troubleshooting')],
    work: [
      { company: 'Kafue Copper Mines Ltd', town: 'Chingola', title: 'Apprentice Electrician', start: '2012-01', end: '2014-12', bullets: ['Three-year apprenticeship on underground pumps, hoists and conveyors.'] },
      { company: 'Kafue Copper Mines Ltd', town: 'Chingola', title: 'Electrical Technician', start: '2015-01', end: '2019-06', bullets: ['Maintained 11 kV switchgear and 550 kW ventilation fan drives.', 'Re-programmed Siemens S7-300 conveyor interlocks.'] },
      { company: 'Chambeshi Power Services', town: 'Kitwe', title: 'Maintenance Supervisor', start: '2020-03', end: null, bullets: ['Supervise 14 electricians and fitters across three substations.', 'Introduced a preventive maintenance schedule that cut breakdowns by 35%.'] },
    ],
    education: [
      { school: 'Copperbelt Trades Training Institute', degree: 'Diploma in Electrical Engineering', start: '2009-01', end: '2011-12', town: 'Kitwe' },
    ],
    languages: ['English', 'Bemba', 'Nyanja'], certs: ['Engineering Institution of Zambia – Technician member', 'Mines Safety Department HV Authorisation'],
    gapNote: { after: 1, text: 'Jul 2019 – Feb 2020: Career break (family relocation).' },
    referees: [
      { name: 'Eng. Mwape Kasonde', role: 'Plant Engineer, Kafue Copper Mines Ltd', phone: '+260 966 410 732', email: 'mkasonde@kafuecopper.co.zm' },
      { name: 'Mr. Joseph Phiri', role: 'Operations Manager, Chambeshi Power Services', phone: '+260 955 118 604', email: 'jphiri@chambeshipower.co.zm' },
    ],
    birth: '6 August 1988', gender: 'Male',
  },
  {
    id: 'p08', language: 'zh', name: '王梓涵', headline: 'Java后端开发工程师',
    email: 'wangzihan_dev@163.com', phone: '+8613857124096', phoneShow: '138 5712 4096',
    address: '浙江省杭州市西湖区文一西路 588 号', city: '杭州',
    summary: '5年Java后端开发经验，熟悉高并发交易系统设计，做过订单、支付和风控模块，有带3人小组经验。',
    skills: [s('Java'), s('SpringBoot', 'Spring Boot'), s('MySQL'), s('Redis'), s('Kafka'), s('Docker'), s('Linux'), s('Elasticsearch', 'ES')],
    work: [
      { company: '杭州云栖数智科技有限公司', title: 'Java开发实习生', start: '2020-06', end: '2020-09', bullets: ['参与内部工单系统开发，完成权限模块接口 20 余个。'] },
      { company: '浙江禾信网络科技有限公司', title: '后端开发工程师', start: '2021-07', end: '2023-09', bullets: ['负责订单中心重构，拆分为 6 个微服务，下单接口 P99 从 800ms 降至 180ms。', '使用 Kafka 实现订单状态异步通知。'] },
      { company: '杭州青萝智能科技有限公司', title: '高级Java开发工程师', start: '2023-10', end: null, bullets: ['负责支付与风控模块，日均交易 120 万笔；带 3 人小组。'] },
    ],
    education: [{ school: '浙江理工科技大学', degree: '计算机科学与技术 本科', start: '2017-09', end: '2021-06' }],
    languages: ['英语 CET-6'], certs: ['软考 中级 软件设计师'], birth: '1999.04', gender: '男',
  },
  {
    id: 'p09', language: 'zh', name: '刘建国', headline: '设备维修电工 / 设备主管',
    email: 'liujianguo1987@qq.com', phone: '+8613728456631', phoneShow: '137-2845-6631',
    address: '广东省东莞市长安镇乌沙社区', city: '东莞',
    summary: '从事工厂电工和设备维修近二十年，熟悉注塑机、冲床和自动化生产线的电气维修，能吃苦，服从安排。',
    skills: [s('PLC编程', 'PLC'), s('电气维修'), s('变频器调试', '变频器'), s('注塑机维修'), s('CAD制图', 'CAD'), s('电气线路安装')],
    work: [
      { company: '东莞市长安镇鸿运五金制品厂', title: '电工', start: '2006-03', end: '2010-08', bullets: ['负责车间照明、动力线路安装和冲床电气维修。'] },
      { company: '东莞市精达模具有限公司', title: '设备维修电工', start: '2010-09', end: '2016-12', bullets: ['负责 40 台注塑机和 CNC 设备日常维修保养。'] },
      { company: '广东宏昌电子科技有限公司', title: '设备主管', start: '2017-03', end: null, bullets: ['管理 8 人设备组，负责 SMT 和自动化线体的维修与改造。', '主导 2 条自动化组装线 PLC 程序改造。'] },
    ],
    education: [{ school: '湖南省衡阳市第三职业中专', degree: '电子电器应用与维修 中专', start: '2003-09', end: '2006-06' }],
    languages: [], certs: ['低压电工作业证', '高级维修电工证（三级）'], birth: '1987年5月', gender: '男',
  },
  {
    id: 'p10', language: 'zh', name: '陈思雨', headline: '酒店客房总监',
    email: 'chensiyu_hotel@126.com', phone: '+8618621770582', phoneShow: '186 2177 0582',
    address: '上海市长宁区仙霞路 319 弄', city: '上海',
    summary: '13年高星级酒店前厅与客房管理经验，熟悉 Opera 系统与收益管理，擅长团队培训和宾客关系。',
    skills: [s('Opera PMS', 'Opera'), s('收益管理'), s('宾客关系管理', '宾客关系'), s('团队培训'), s('成本控制'), s('Excel')],
    work: [
      { company: '上海外滩瑞庭酒店', title: '前台接待', start: '2013-07', end: '2015-06', bullets: ['负责入住退房、外币兑换及 VIP 接待。'] },
      { company: '上海外滩瑞庭酒店', title: '大堂副理', start: '2015-07', end: '2017-12', bullets: ['处理宾客投诉，宾客满意度从 86% 提升到 93%。'] },
      { company: '苏州金鸡湖畔丽宸酒店', title: '前厅部经理', start: '2018-03', end: '2022-08', bullets: ['管理前台、礼宾、总机共 32 人；参与酒店开业筹备。'] },
      { company: '上海虹桥云锦酒店', title: '客房总监', start: '2023-01', end: null, bullets: ['负责 420 间客房的客房部运营与成本控制。'] },
    ],
    education: [{ school: '上海旅游职业学院', degree: '酒店管理 大专', start: '2010-09', end: '2013-06' }],
    languages: ['英语（流利）', '日语（日常会话）'], certs: ['前厅服务员（高级）'], birth: '1991-10', gender: '女',
  },
  {
    id: 'p11', language: 'zh', name: '张立新', headline: '心血管内科 主治医师',
    email: 'zhanglixin_md@sina.com', phone: '+8613910662487', phoneShow: '139 1066 2487',
    address: '北京市海淀区北洼路 46 号院', city: '北京',
    summary: '心内科临床工作 14 年，独立完成冠脉造影 1500 余例、PCI 600 余例，发表 SCI 论文 3 篇。',
    skills: [s('冠脉介入（PCI）', 'PCI', '冠脉介入'), s('冠脉造影'), s('心脏超声'), s('动态心电图分析', '动态心电图'), s('临床科研设计'), s('SPSS')],
    work: [
      { company: '北京市海淀区宏德医院', title: '心内科住院医师', start: '2012-08', end: '2017-07', bullets: ['完成住院医师规范化培训，负责病房 12 张床位。'] },
      { company: '北京市海淀区宏德医院', title: '心内科主治医师', start: '2017-08', end: '2021-12', bullets: ['负责导管室介入手术及胸痛中心建设。'] },
      { company: '北京京北国际医院', title: '心内科主治医师（副主任医师 拟聘）', start: '2022-01', end: null, bullets: ['负责心内科二病区，独立开展复杂 PCI 手术。'] },
    ],
    education: [
      { school: '华北医科大学', degree: '临床医学 硕士', start: '2009-09', end: '2012-07' },
      { school: '华北医科大学', degree: '临床医学 学士', start: '2004-09', end: '2009-07' },
    ],
    languages: ['英语 CET-6'], certs: ['医师资格证', '医师执业证', '心血管介入诊疗技术培训合格证'], birth: '1985年11月', gender: '男',
  },
  {
    id: 'p12', language: 'zh', name: '林佩君', headline: '行銷經理',
    email: 'peichun.lin@gmail.com', phone: '+886912573468', phoneShow: '0912-573-468',
    address: '台中市西屯區文心路三段 241 號 7 樓', city: '台中市',
    summary: '10 年品牌與數位行銷經驗，擅長社群經營、廣告投放與活動企劃。',
    skills: [s('Google Analytics', 'GA'), s('Facebook 廣告投放', 'Facebook 廣告', 'Meta 廣告'), s('Photoshop'), s('Illustrator'), s('SEO'), s('文案撰寫'), s('活動企劃')],
    work: [
      { company: '佳美食品股份有限公司', title: '行銷專員', start: '2015-08', end: '2018-07', bullets: ['負責產品上市活動與通路陳列企劃。'] },
      { company: '拓遠數位行銷有限公司', title: '資深企劃', start: '2018-09', end: '2022-03', bullets: ['管理 12 個品牌客戶的社群與廣告預算，年預算約 3,000 萬元。'] },
      { company: '禾豐生活科技股份有限公司', title: '行銷經理', start: '2022-05', end: null, bullets: ['帶領 5 人行銷團隊；官網自然流量成長 140%。'] },
    ],
    education: [{ school: '中台灣大學', degree: '企業管理學系 學士', start: '2011-09', end: '2015-06' }],
    languages: ['英文（中等）', '台語（流利）'], certs: ['Google Ads 認證'], birth: '1993/02/11', gender: '女',
  },
  {
    id: 'p13', language: 'mixed', name: '黃嘉欣', latin: 'Karen Wong Ka-yan', headline: 'Finance Manager | CPA (HKICPA)',
    email: 'karen.wong.ky@gmail.com', phone: '+85291873462', phoneShow: '9187 3462',
    address: 'Flat 12B, Block 3, Laguna Verde, Hung Hom, Kowloon', city: 'Hong Kong',
    summary: 'HKICPA member with four years of Big-Four-style audit and five years of commercial FP&A experience.',
    skills: [s('HKFRS'), s('SAP FICO', 'SAP FI/CO', 'SAP'), s('Power BI'), s('Excel VBA', 'VBA'), s('Financial modelling', 'financial modeling'), s('CaseWare')],
    work: [
      { company: 'Lam, Cheung & Partners CPA Limited', title: 'Audit Associate', start: '2016-09', end: '2018-08', bullets: ['Statutory audits of trading and property companies.'] },
      { company: 'Lam, Cheung & Partners CPA Limited', title: 'Senior Audit Associate', start: '2018-09', end: '2020-12', bullets: ['In-charge of audit fieldwork for listed-company subsidiaries; supervised teams of 3–5.'] },
      { company: 'Harbourfront Holdings Limited', title: 'Financial Analyst', start: '2021-01', end: '2024-06', bullets: ['Built the group budget model and monthly Power BI dashboards.'] },
      { company: 'Kowloon Bay Logistics Group', title: 'Finance Manager', start: '2024-07', end: null, bullets: ['Lead month-end close and management reporting for 6 entities.'] },
    ],
    education: [{ school: 'Victoria Harbour University', degree: 'BBA (Hons) in Professional Accountancy', start: '2013-09', end: '2016-07' }],
    languages: ['Cantonese (native)', 'English (fluent)', 'Putonghua (fluent)'], certs: ['CPA, HKICPA (2020)'],
  },
  {
    id: 'p14', language: 'mixed', name: '李浩然', latin: 'Leo Li', headline: 'Head of Product, IoT Hardware',
    email: 'leo.li.haoran@foxmail.com', phone: '+8613530917724', phoneShow: '+86 135 3091 7724',
    address: 'Nanshan District, Shenzhen, Guangdong', city: 'Shenzhen',
    summary: 'Hardware product manager who has shipped 9 consumer IoT devices from concept to mass production for EU/US markets.',
    skills: [s('Product roadmapping', 'roadmapping'), s('PRD writing', 'PRD'), s('Jira'), s('Figma'), s('SQL'), s('DFM review', 'DFM'), s('BLE / Wi-Fi protocols', 'BLE', 'Wi-Fi')],
    work: [
      { company: 'Shenzhen Yixing Technology Co., Ltd.', title: 'Product Intern', start: '2014-02', end: '2014-06', bullets: ['Competitor teardown reports for smart plugs.'] },
      { company: 'Shenzhen Yixing Technology Co., Ltd.', title: 'Product Manager', start: '2014-07', end: '2017-03', bullets: ['Owned a smart-plug line selling 1.2M units a year on Amazon EU.'] },
      { company: 'OrbitSense Robotics', title: 'Senior Product Manager', start: '2017-04', end: '2021-08', bullets: ['Launched two robot vacuums; led a 25-person cross-functional team.'] },
      { company: 'Bluecrest IoT', title: 'Head of Product', start: '2021-09', end: null, bullets: ['Run a team of 7 PMs; Matter-certified smart-home range.'] },
    ],
    education: [{ school: 'South China Institute of Technology', degree: 'B.Eng. Electronic Information Engineering', start: '2010-09', end: '2014-06' }],
    languages: ['Mandarin (native)', 'Cantonese', 'English (fluent, IELTS 7.5)'], certs: ['NPDP'],
  },
  {
    id: 'p15', language: 'mixed', name: '周敏', latin: 'Zhou Min', headline: 'Senior Data Scientist',
    email: 'zhoumin.ds@gmail.com', phone: '+6591827364', phoneShow: '+65 9182 7364',
    address: 'Blk 418 Bukit Batok West Ave 4, #09-212, Singapore 650418', city: 'Singapore',
    summary: 'Data scientist with 8 years in telecom, health-tech and fintech; churn, risk and recommendation models in production.',
    skills: [s('Python'), s('PyTorch'), s('SQL'), s('Spark', 'PySpark', 'Apache Spark'), s('scikit-learn', 'sklearn'), s('Tableau'), s('A/B testing', 'experimentation')],
    work: [
      { company: 'Lion City Analytics Pte. Ltd.', title: 'Research Intern', start: '2017-05', end: '2017-08', bullets: ['Prototyped a footfall forecasting model for retail malls.'] },
      { company: 'Marina Telecom Pte. Ltd.', title: 'Data Analyst', start: '2018-01', end: '2020-06', bullets: ['Churn model for 3M prepaid subscribers; retention campaign ROI up 18%.'] },
      { company: 'Tembusu Health Pte. Ltd.', title: 'Data Scientist', start: '2020-07', end: '2023-10', bullets: ['Readmission-risk model deployed in 4 clinics (PyTorch, Spark).'] },
      { company: 'Kallang Capital Pte. Ltd.', title: 'Senior Data Scientist', start: '2023-11', end: null, bullets: ['Credit-risk and fraud models for SME lending.'] },
    ],
    education: [
      { school: 'Straits University of Singapore', degree: 'M.Sc. Business Analytics', start: '2016-08', end: '2017-12' },
      { school: 'Wuhan Eastlake University', degree: 'B.Sc. Statistics', start: '2012-09', end: '2016-06' },
    ],
    languages: ['Mandarin (native)', 'English (professional)'], certs: ['AWS Certified Machine Learning – Specialty'],
  },
  {
    id: 'p16', language: 'mixed', name: '吳俊傑', latin: 'Jay Wu', headline: 'Senior Process Engineer (Photolithography)',
    email: 'jay.wu.cj@gmail.com', phone: '+886933218704', phoneShow: '0933-218-704',
    address: 'No. 18, Ln. 102, Guangfu Rd., East Dist., Hsinchu City 300', city: 'Hsinchu, Taiwan',
    summary: 'Photolithography process engineer (12 years) focused on yield, SPC and tool qualification for 28nm–7nm nodes.',
    skills: [s('SPC'), s('DOE', 'design of experiments'), s('JMP'), s('FMEA'), s('Photolithography', 'lithography'), s('Python'), s('8D problem solving', '8D')],
    work: [
      { company: 'Taipei City Fire Department', title: 'Substitute Military Serviceman', start: '2012-07', end: '2013-06', bullets: ['Alternative military service: fire-safety inspections and emergency dispatch support.'] },
      { company: 'Hsinchu Micro Devices Corp.', title: 'Process Engineer', start: '2013-08', end: '2016-12', bullets: ['Owned overlay and CD control on 12 ArF scanners.'] },
      { company: 'Hsinchu Micro Devices Corp.', title: 'Senior Process Engineer', start: '2017-01', end: '2019-05', bullets: ['Led the 28nm rework-rate reduction project (4.1% to 1.3%).'] },
      { company: 'Formosa Wafer Technology Co., Ltd.', title: 'Senior Process Engineer', start: '2019-06', end: null, bullets: ['Qualify EUV track and scanner recipes; JMP/Python SPC dashboards.'] },
    ],
    education: [
      { school: 'National Tsing-Feng University', degree: 'M.S. Materials Science and Engineering', start: '2010-09', end: '2012-06' },
    ],
    languages: ['Mandarin (native)', 'Taiwanese', 'English (TOEIC 880)'], certs: ['Six Sigma Black Belt'],
  },
];
