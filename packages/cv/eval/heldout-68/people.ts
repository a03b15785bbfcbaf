/**
 * heldout-68: sixteen invented people. Every person, employer, school, address, e-mail and phone number here is
 * made up; numbers only have the right shape for their country (UK 07700 900xxx drama range, AU 0491 57x range,
 * North American 555-01xx, others invented).
 */
export type Lang = 'en' | 'zh' | 'mixed';

export interface Job {
  company: string; // as printed (no town)
  title: string;
  city: string;
  start: string; // YYYY-MM
  end: string | null;
  bullets: string[];
  /** a switchboard / office number printed beside the employer in some templates (never the truth) */
  office?: string;
}

export interface Edu { school: string; degree: string; start: string; end: string }

export interface Person {
  id: string;
  language: Lang;
  name: string; // truth name (Chinese name for mixed people)
  /** English / romanised name printed beside the Chinese one (mixed) or post-nominals etc. */
  altName?: string;
  postNominals?: string;
  email: string;
  phone: string; // E.164 of own mobile
  phoneLocal: string; // how the person usually prints it
  homePhone?: string; // printed as "Home" / "住宅" in some templates (never the truth)
  city: string;
  address: string;
  headline: string;
  summary: string;
  /** skills with ' | ' synonyms; printed spelling is the first alternative */
  skills: string[];
  /** optional grouping of skills (indexes into skills) used by templates that print groups */
  skillGroups?: { label: string; items: number[] }[];
  work: Job[]; // date order, oldest first
  /** printed gaps (career breaks) — never work */
  breaks?: { start: string; end: string; text: string }[];
  education: Edu[];
  languages: string[];
  certs: string[];
  referee?: { name: string; role: string; phone: string; email?: string };
  extra?: Record<string, string>; // personal particulars some forms print
}

export const printed = (s: string) => s.split(' | ')[0];

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Olumide Adeyemi-Clarke', postNominals: 'BSc (Hons) MRICS',
    email: 'olumide.ac@fastmail.co.uk', phone: '+447700900412', phoneLocal: '07700 900412', homePhone: '0161 496 0732',
    city: 'Manchester', address: '14 Alderley Row, Didsbury, Manchester M20 6QT',
    headline: 'Chartered Quantity Surveyor / Commercial Manager',
    summary: 'Chartered quantity surveyor with UK and Hong Kong experience across residential towers, rail depots and hospital fit-outs; strong on cost planning, NEC4 change control and final accounts.',
    skills: ['Cost planning', 'NRM2 | New Rules of Measurement', 'CostX', 'Final accounts', 'JCT contracts | JCT', 'NEC4', 'Value engineering', 'Procurement strategy', 'Microsoft Excel | Excel'],
    work: [
      { company: 'Gardiner Pryce LLP', title: 'Graduate Quantity Surveyor', city: 'Leeds', start: '2012-09', end: '2015-08', office: '0113 496 0215',
        bullets: ['Measured substructure and frame packages to NRM2 for two student-housing schemes.', 'Prepared monthly cost reports for a £38m care-home framework.'] },
      { company: 'Gardiner Pryce LLP', title: 'Quantity Surveyor', city: 'Leeds', start: '2015-09', end: '2017-03', office: '0113 496 0215',
        bullets: ['Ran pre- and post-contract services on JCT Design & Build projects up to £22m.', 'Agreed 14 final accounts within 3 % of forecast.'] },
      { company: 'Harcourt Lam & Partners', title: 'Senior Quantity Surveyor', city: 'Hong Kong', start: '2017-04', end: '2021-06', office: '+852 2956 0318',
        bullets: ['Led the cost team for a 42-storey residential tower in Kwun Tong (HK$2.1bn).', 'Introduced CostX take-off and cut measurement time by a third.'] },
      { company: 'Kestrel Ward Construction Ltd', title: 'Commercial Manager', city: 'Manchester', start: '2021-07', end: null, office: '0161 496 0400',
        bullets: ['Commercial lead on a £64m NEC4 Option C rail depot; manage a team of five QSs.', 'Recovered £1.8m of compensation events through early-warning discipline.'] },
    ],
    education: [{ school: 'Pennine Valley University', degree: 'BSc (Hons) Quantity Surveying, First Class', start: '2009-09', end: '2012-06' }],
    languages: ['English (native)', 'Yoruba (conversational)'],
    certs: ['MRICS (2016)', 'CSCS Professionally Qualified Person card', 'NEC4 Accredited Project Manager'],
    referee: { name: 'Ian Whitcombe FRICS', role: 'Partner, Gardiner Pryce LLP', phone: '07700 900873' },
  },
  {
    id: 'p02', language: 'en', name: 'Gurpreet Kaur Sandhu', postNominals: 'P.Eng.',
    email: 'gk.sandhu.peng@gmail.com', phone: '+19055550163', phoneLocal: '(905) 555-0163',
    city: 'Brampton, ON', address: '27 Heartlake Crescent, Brampton, ON L6Z 4K2',
    headline: 'Senior Project Engineer — Transit & Civil Infrastructure',
    summary: 'Licensed professional engineer (PEO) with twelve years in civil and transit construction, from co-op student to senior project engineer on a light-rail contract.',
    skills: ['AutoCAD Civil 3D | Civil 3D', 'Primavera P6 | P6', 'Cost estimating', 'Contract administration', 'Quality assurance | QA', 'MS Project | Microsoft Project', 'Stakeholder engagement', 'Bluebeam Revu | Bluebeam'],
    work: [
      { company: 'Lakeshore Steel Fabricators', title: 'Co-op Student, Structural Detailing', city: 'Hamilton, ON', start: '2012-05', end: '2012-08',
        bullets: ['Checked shop drawings for connection details against the design set.'] },
      { company: 'Halton Ridge Engineering Inc.', title: 'Engineer-in-Training (EIT)', city: 'Oakville, ON', start: '2014-05', end: '2017-08', office: '(905) 555-0119',
        bullets: ['Designed storm-sewer and grading plans for 11 subdivisions in Civil 3D.', 'Prepared tender quantities and engineer’s estimates.'] },
      { company: 'Halton Ridge Engineering Inc.', title: 'Project Engineer', city: 'Oakville, ON', start: '2017-09', end: '2020-12', office: '(905) 555-0119',
        bullets: ['Contract administrator for municipal road reconstructions up to $18M (OPSS / CCDC 2).', 'Reviewed progress claims and change orders.'] },
      { company: 'Norbridge Transit Constructors', title: 'Senior Project Engineer', city: 'Mississauga, ON', start: '2021-01', end: null,
        bullets: ['Own the P6 schedule and RFIs for a 9-stop LRT guideway segment.', 'Lead QA inspections and NCR close-out with the owner’s engineer.'] },
    ],
    education: [{ school: 'Lakehead Polytechnic University', degree: 'B.Eng. Civil Engineering (Co-op)', start: '2009-09', end: '2014-04' }],
    languages: ['English', 'Punjabi', 'Hindi'],
    certs: ['Professional Engineer, Ontario (PEO) — 2018', 'PMP — 2022', 'WHMIS / Working at Heights'],
    referee: { name: 'Daniel Osei', role: 'Construction Manager, Norbridge Transit Constructors', phone: '(416) 555-0177' },
  },
  {
    id: 'p03', language: 'en', name: 'Priyanka Raghunathan',
    email: 'priyanka.r.analytics@gmail.com', phone: '+919845012377', phoneLocal: '+91 98450 12377', homePhone: '080-2663 4419',
    city: 'Bengaluru', address: 'Flat 3B, Sai Residency, 8th Cross, Malleswaram, Bengaluru 560003',
    headline: 'Analytics Manager | Retail & CPG',
    summary: 'Analytics professional with 13+ years in retail and consumer analytics; builds pricing and demand models and the dashboards business teams actually use.',
    skills: ['Python', 'SQL', 'Power BI', 'Tableau', 'Machine Learning | ML', 'A/B testing | AB testing', 'PySpark', 'Statistics', 'Demand forecasting'],
    work: [
      { company: 'Tessaract Analytics Pvt. Ltd.', title: 'Data Analyst', city: 'Bengaluru', start: '2013-07', end: '2016-03',
        bullets: ['Built weekly sales-driver reports for an FMCG client in SQL and Excel.', 'Automated 30+ reports with Python.'] },
      { company: 'Kaveri Infosystems Ltd.', title: 'Senior Data Analyst', city: 'Chennai', start: '2016-04', end: '2019-10',
        bullets: ['Developed churn models (logistic regression, XGBoost) for a telecom account.', 'Mentored four analysts.'] },
      { company: 'Marigold Retail India Pvt. Ltd.', title: 'Analytics Manager', city: 'Bengaluru', start: '2019-11', end: null,
        bullets: ['Lead a 9-member team for pricing, promotions and demand forecasting across 420 stores.', 'Run the A/B testing programme for the loyalty app.'] },
    ],
    education: [
      { school: 'Vidyaranya Institute of Technology', degree: 'B.E. Computer Science', start: '2009-08', end: '2013-05' },
      { school: 'Deccan School of Management (Executive)', degree: 'PG Certificate in Business Analytics', start: '2017-06', end: '2018-05' },
    ],
    languages: ['English', 'Tamil', 'Kannada', 'Hindi'],
    certs: ['Microsoft Certified: Power BI Data Analyst Associate'],
    extra: { 'Date of Birth': '14-02-1991', 'Notice Period': '60 days', 'Current CTC': '₹ 34.5 Lakhs p.a.', 'Expected CTC': 'Negotiable' },
  },
  {
    id: 'p04', language: 'en', name: 'Tomasz Wiśniewski',
    email: 'tomasz.wisniewski.qa@proton.me', phone: '+353861904472', phoneLocal: '086 190 4472',
    city: 'Dublin', address: 'Apt 12, Liffey Wharf, North Wall Quay, Dublin 1, D01 X2Y4',
    headline: 'Test Lead / SDET',
    summary: 'Test automation engineer from Kraków, in Dublin since 2017; builds test frameworks for payments and health-tech platforms.',
    skills: ['Selenium WebDriver | Selenium', 'Java', 'Cypress', 'Playwright', 'REST Assured', 'Jenkins', 'JMeter | Apache JMeter', 'SQL', 'Test automation'],
    skillGroups: [
      { label: 'Languages', items: [1, 7] },
      { label: 'Frameworks & tools', items: [0, 2, 3, 4, 5, 6] },
      { label: 'Practice', items: [8] },
    ],
    work: [
      { company: 'Softwerk Sp. z o.o.', title: 'Junior QA Engineer', city: 'Kraków', start: '2014-10', end: '2016-12', office: '+48 12 396 04 10',
        bullets: ['Manual and exploratory testing of a logistics web app; wrote the first Selenium smoke suite.'] },
      { company: 'Lumenpay Ltd', title: 'QA Automation Engineer', city: 'Dublin', start: '2017-02', end: '2020-05',
        bullets: ['Built a Java/REST Assured API suite (1,900 tests) running in Jenkins.', 'Performance tests with JMeter for Black Friday peaks.'] },
      { company: 'Corrib Health Systems DAC', title: 'Senior SDET', city: 'Galway', start: '2020-06', end: '2023-08',
        bullets: ['Moved UI tests from Selenium to Playwright; flaky rate down from 9 % to under 1 %.'] },
      { company: 'Corrib Health Systems DAC', title: 'Test Lead', city: 'Galway', start: '2023-09', end: null,
        bullets: ['Lead six testers across two squads; own the test strategy for the patient-portal release train.'] },
    ],
    education: [{ school: 'Vistula Polytechnic, Kraków', degree: 'MSc Computer Science (Inżynier / Magister)', start: '2009-10', end: '2014-07' }],
    languages: ['Polish (native)', 'English (C2)', 'German (B1)'],
    certs: ['ISTQB Certified Tester Foundation Level', 'ISTQB Advanced Test Automation Engineer'],
    referee: { name: 'Niamh Gallagher', role: 'Head of Engineering, Lumenpay Ltd', phone: '087 512 7730' },
  },
  {
    id: 'p05', language: 'en', name: 'Thandeka Mokoena',
    email: 'thandeka.mokoena@webmail.co.za', phone: '+27824417390', phoneLocal: '082 441 7390', homePhone: '011 486 2275',
    city: 'Johannesburg', address: '9 Jacaranda Close, Northcliff, Johannesburg, 2195',
    headline: 'HR Business Partner',
    summary: 'HR generalist with payroll depth and twelve years in logistics, insurance and mining; strong in labour relations and Employment Equity reporting.',
    skills: ['Sage VIP Payroll | VIP Payroll', 'SAP SuccessFactors | SuccessFactors', 'Labour Relations | LR', 'Employment Equity reporting | EE reporting', 'B-BBEE | BBBEE', 'Recruitment', 'MS Excel | Excel', 'Policy development'],
    work: [
      { company: 'Ubuntu Freight (Pty) Ltd', title: 'HR Intern', city: 'Germiston', start: '2011-02', end: '2011-12', office: '011 873 5500',
        bullets: ['Filing, leave administration and onboarding packs (SETA learnership).'] },
      { company: 'Ubuntu Freight (Pty) Ltd', title: 'HR Administrator', city: 'Germiston', start: '2012-01', end: '2015-06', office: '011 873 5500',
        bullets: ['Captured payroll inputs for 640 employees on VIP.', 'Coordinated recruitment for drivers and warehouse staff.'] },
      { company: 'Highveld Mutual Assurance', title: 'Payroll Officer', city: 'Sandton', start: '2015-07', end: '2019-02',
        bullets: ['Ran monthly and weekly payrolls; EMP201 / EMP501 submissions.', 'Reconciled medical-aid and provident-fund deductions.'] },
      { company: 'Sable Mining Services (Pty) Ltd', title: 'HR Business Partner', city: 'Rustenburg', start: '2019-03', end: null,
        bullets: ['HR partner to three shafts (2,300 employees); chair disciplinary hearings.', 'Compile the EE and Workplace Skills Plan reports.'] },
    ],
    education: [
      { school: 'University of the Highveld', degree: 'BCom Human Resource Management', start: '2008-01', end: '2010-12' },
      { school: 'Gauteng School of Labour Studies', degree: 'Postgraduate Diploma in Labour Law', start: '2016-02', end: '2017-11' },
    ],
    languages: ['English', 'isiZulu', 'Sesotho', 'Afrikaans'],
    certs: ['SABPP Chartered HR Practitioner', "Driver's licence: Code 08 (B)"],
    referee: { name: 'Mr P. van der Merwe', role: 'Payroll Manager, Highveld Mutual Assurance', phone: '011 555 0128' },
    extra: { 'ID Number': '890612 0342 08 3', Nationality: 'South African', 'Criminal Record': 'None', Health: 'Excellent' },
  },
  {
    id: 'p06', language: 'en', name: 'Jordan T. McAllister-Reyes', postNominals: 'PMP',
    email: 'jt.mcallister.reyes@outlook.com', phone: '+15035550187', phoneLocal: '(503) 555-0187',
    city: 'Portland, OR', address: '2218 SE Taylor St, Portland, OR 97214',
    headline: 'Senior Program Manager, Healthcare IT',
    summary: 'PMP-certified program manager who has taken four hospital systems live on Epic and steered interface and data-migration programs with budgets up to $14M.',
    skills: ['Epic implementation | Epic', 'Agile / Scrum | Agile | Scrum', 'Jira', 'Smartsheet', 'HL7 | HL7 v2', 'Risk management', 'Budget management', 'Vendor management'],
    work: [
      { company: 'Cascadia Regional Health', title: 'IT Analyst', city: 'Salem, OR', start: '2010-06', end: '2014-02',
        bullets: ['Supported clinical applications and HL7 interfaces for three hospitals.'] },
      { company: 'Cascadia Regional Health', title: 'Senior IT Analyst', city: 'Salem, OR', start: '2014-03', end: '2016-09',
        bullets: ['Workstream lead for ADT and orders during the Epic go-live.'] },
      { company: 'Bridgeline Clinical Systems, Inc.', title: 'Project Manager', city: 'Seattle, WA', start: '2016-10', end: '2022-04', office: '(206) 555-0100',
        bullets: ['Managed 11 EHR interface projects for client hospitals, on time and 6 % under budget on average.'] },
      { company: 'Willamette Care Partners', title: 'Senior Program Manager', city: 'Portland, OR', start: '2022-05', end: null,
        bullets: ['Run a $14M data-platform program across 5 vendors and 40 staff; report to the CIO.'] },
    ],
    education: [{ school: 'Columbia Gorge State University', degree: 'B.S. Health Information Management', start: '2006-09', end: '2010-05' }],
    languages: ['English', 'Spanish (professional)'],
    certs: ['PMP, Project Management Institute (2015)', 'Certified ScrumMaster (CSM)', 'Epic Cadence Certification'],
    referee: { name: 'Dr. Alicia Fontaine', role: 'CIO, Willamette Care Partners', phone: '(503) 555-0142' },
  },
  {
    id: 'p07', language: 'en', name: "Bronwyn O'Sullivan",
    email: 'bronwyn.osullivan@bigpond.com', phone: '+61491573087', phoneLocal: '0491 573 087', homePhone: '(07) 5550 1843',
    city: 'Brisbane QLD', address: '3/41 Gladstone Road, Highgate Hill QLD 4101',
    headline: 'Senior Environmental Officer',
    summary: 'Environmental scientist with field and regulatory experience in catchment water quality, EIA and erosion and sediment control across South East Queensland.',
    skills: ['ArcGIS Pro | ArcGIS', 'QGIS', 'R', 'Water quality monitoring', 'Environmental impact assessment | EIA', 'Erosion and sediment control | ESC', 'Stakeholder consultation', 'Report writing'],
    work: [
      { company: 'Kirra Surf Supplies', title: 'Retail Assistant (casual)', city: 'Coolangatta', start: '2012-11', end: '2014-12',
        bullets: ['Weekend and holiday retail work while studying.'] },
      { company: 'Moreton Bay Ecological Pty Ltd', title: 'Graduate Environmental Scientist', city: 'Redcliffe', start: '2015-02', end: '2017-06',
        bullets: ['Field sampling of estuarine water quality; QA of lab data in R.'] },
      { company: 'Coralsea Environmental Consulting', title: 'Environmental Scientist', city: 'Brisbane', start: '2017-07', end: '2021-01', office: '(07) 5550 2290',
        bullets: ['Wrote EIS chapters for two quarry expansions.', 'Designed ESC plans for linear infrastructure.'] },
      { company: 'Brigalow Water Authority', title: 'Senior Environmental Officer', city: 'Brisbane', start: '2021-10', end: null,
        bullets: ['Manage the catchment monitoring program (38 sites) and report to the regulator.', 'Lead community consultation for dam-safety upgrades.'] },
    ],
    breaks: [{ start: '2021-02', end: '2021-09', text: 'Career break — travel in South America and volunteering at a turtle rehabilitation centre.' }],
    education: [{ school: 'Sunshine Coast Institute of Technology', degree: 'Bachelor of Environmental Science (Honours)', start: '2011-02', end: '2014-11' }],
    languages: ['English', 'Spanish (intermediate)'],
    certs: ['Certified Environmental Practitioner (CEnvP)', 'Senior First Aid (HLTAID011)', 'QLD Driver Licence (C class)'],
    referee: { name: 'Mark Trevallyan', role: 'Principal, Coralsea Environmental Consulting', phone: '0491 570 156' },
  },
  {
    id: 'p08', language: 'zh', name: '欧阳静怡',
    email: 'ouyangjy_cpa@163.com', phone: '+8613816624907', phoneLocal: '138 1662 4907', homePhone: '010-6284 3517',
    city: '北京', address: '北京市海淀区学院路甲15号院 3号楼 902',
    headline: '财务总监 / 财务分析负责人',
    summary: '注册会计师，十四年财务经验：事务所审计四年，集团财务分析与预算五年，医疗科技公司财务总监至今；熟悉IPO前规范与合并报表。',
    skills: ['财务分析', '审计', '合并报表', '全面预算管理', '用友U8 | 用友', 'SAP FICO | SAP FI/CO', 'Excel VBA | VBA', '税务筹划'],
    work: [
      { company: '北京华信永和会计师事务所（特殊普通合伙）', title: '审计助理', city: '北京', start: '2012-07', end: '2014-06', office: '010-6551 2800',
        bullets: ['参与国企年报审计及IPO审计项目现场工作', '负责货币资金、应收账款科目底稿'] },
      { company: '北京华信永和会计师事务所（特殊普通合伙）', title: '高级审计员', city: '北京', start: '2014-07', end: '2016-09', office: '010-6551 2800',
        bullets: ['带领3—5人小组完成上市公司年报审计', '复核底稿并与客户管理层沟通审计调整'] },
      { company: '中科瑞达控股有限公司', title: '财务分析经理', city: '北京', start: '2016-10', end: '2021-03',
        bullets: ['搭建集团全面预算体系，覆盖12家子公司', '编制月度经营分析报告，主导SAP FICO上线'] },
      { company: '北京星衡医疗科技有限公司', title: '财务总监', city: '北京', start: '2021-04', end: null,
        bullets: ['全面负责财务、税务与融资，管理12人团队', '完成B轮、C轮融资财务尽调，推进IPO前财务规范'] },
    ],
    education: [{ school: '燕北财经大学', degree: '会计学 本科（管理学学士）', start: '2008-09', end: '2012-06' }],
    languages: ['英语（CET-6，可作工作语言）'],
    certs: ['中国注册会计师（CPA）全科', 'ACCA会员', '中级会计师'],
    referee: { name: '李振国', role: '合伙人，北京华信永和会计师事务所', phone: '139 1107 5526' },
    extra: { 性别: '女', 出生年月: '1990.03', 政治面貌: '中共党员', 婚姻状况: '已婚', 籍贯: '湖南长沙' },
  },
  {
    id: 'p09', language: 'zh', name: '钟伟',
    email: 'zhongwei.dev@qq.com', phone: '+8615988702316', phoneLocal: '159-8870-2316',
    city: '深圳', address: '深圳市南山区粤海街道科苑路 18 号',
    headline: '后端技术专家 / Java · Go',
    summary: '十年后端开发经验，做过支付清结算与高并发交易系统；熟悉分布式架构与云原生落地，带过 8 人团队。',
    skills: ['Java', 'Spring Boot', 'MySQL', 'Redis', 'Kafka', 'Kubernetes | K8s', 'Go | Golang', '分布式系统', '微服务 | Microservices'],
    skillGroups: [
      { label: '编程语言', items: [0, 6] },
      { label: '框架与中间件', items: [1, 3, 4] },
      { label: '数据库', items: [2] },
      { label: '架构与运维', items: [7, 8, 5] },
    ],
    work: [
      { company: '广州蓝鲸软件有限公司', title: 'Java开发实习生', city: '广州', start: '2014-12', end: '2015-05',
        bullets: ['参与OA系统审批模块开发'] },
      { company: '深圳市云栈科技有限公司', title: 'Java开发工程师', city: '深圳', start: '2015-07', end: '2018-04',
        bullets: ['负责SaaS订单系统接口开发与性能优化', '引入Redis缓存，核心接口响应时间下降60%'] },
      { company: '深圳前海微链金融服务有限公司', title: '高级后端工程师', city: '深圳', start: '2018-05', end: '2022-02',
        bullets: ['主导清结算系统重构，日处理交易300万笔', '基于Kafka搭建对账消息链路'] },
      { company: '深圳极光象限网络有限公司', title: '技术专家', city: '深圳', start: '2022-03', end: null,
        bullets: ['负责交易中台架构，带8人团队', '推动服务迁移至Kubernetes，机器成本降低35%'] },
    ],
    education: [{ school: '南粤理工学院', degree: '软件工程 本科', start: '2011-09', end: '2015-06' }],
    languages: ['英语（CET-4，可阅读英文技术文档）', '粤语'],
    certs: ['系统架构设计师（软考高级）'],
    extra: { 性别: '男', 出生年月: '1993年2月', 工作年限: '10年' },
  },
  {
    id: 'p10', language: 'zh', name: '黎嘉欣',
    email: 'lijiaxin_brand@126.com', phone: '+8613728556041', phoneLocal: '137 2855 6041',
    city: '广州', address: '广州市天河区天河北路 233 号',
    headline: '品牌经理 / 内容与新媒体',
    summary: '十年新媒体与品牌经验，从公众号、小红书到抖音直播都带过；擅长用内容撬动销售，熟悉私域运营。',
    skills: ['新媒体运营', '内容策划', '短视频运营', 'Photoshop | PS', '数据分析', '私域运营', '活动策划', '剪映'],
    work: [
      { company: '广州悦享文化传播有限公司', title: '新媒体运营专员', city: '广州', start: '2016-07', end: '2018-09',
        bullets: ['运营3个公众号，总粉丝从4万增至21万', '策划线下市集活动6场'] },
      { company: '广州百川优品电子商务有限公司', title: '内容运营主管', city: '广州', start: '2018-10', end: '2021-12',
        bullets: ['组建6人内容团队，负责小红书与抖音账号矩阵', '年度内容带货GMV 4,800万元'] },
      { company: '广东岭南好物供应链有限公司', title: '品牌经理', city: '佛山', start: '2022-06', end: null,
        bullets: ['负责凉茶新品牌从0到1：定位、包装、上市传播', '搭建企业微信私域，沉淀会员12万'] },
    ],
    breaks: [{ start: '2022-01', end: '2022-05', text: '休整期：照顾家人，自学品牌管理课程' }],
    education: [{ school: '岭南传媒学院', degree: '广告学 本科', start: '2012-09', end: '2016-06' }],
    languages: ['粤语（母语）', '英语（CET-6）'],
    certs: ['巨量引擎 巨量星图认证', '全国计算机等级考试二级'],
    extra: { 性别: '女', 出生年月: '1994.05', 籍贯: '广东佛山' },
  },
  {
    id: 'p11', language: 'zh', name: '陳冠宇',
    email: 'kuanyu.chen0815@gmail.com', phone: '+886928613405', phoneLocal: '0928-613-405', homePhone: '(04)2325-6718',
    city: '台中市', address: '台中市西屯區福科路 328 號 7 樓',
    headline: '資深設備工程師',
    summary: '機械系畢業，四年精密機械機構設計經驗，九年半導體廠設備工程；熟悉設備保養、異常分析與良率改善。',
    skills: ['SolidWorks', 'AutoCAD', 'PLC', '設備維護保養', 'FMEA', '8D 問題分析 | 8D', 'Minitab', '機構設計'],
    work: [
      { company: '宏鈞精密機械股份有限公司', title: '機構設計工程師', city: '台中市', start: '2013-10', end: '2017-06', office: '(04)2359-0066',
        bullets: ['負責CNC車床防護罩與送料機構設計', '導入模組化設計，出圖時間縮短25%'] },
      { company: '晶采半導體股份有限公司', title: '設備工程師', city: '新竹縣', start: '2017-07', end: '2020-12',
        bullets: ['負責蝕刻機台PM與異常排除，機台稼動率提升至96%', '撰寫設備SOP 40份'] },
      { company: '晶采半導體股份有限公司', title: '資深設備工程師', city: '台中市', start: '2021-01', end: null,
        bullets: ['帶領4人小組負責新廠機台裝機與驗收', '以8D與FMEA推動異常改善，年省備品費用新台幣600萬元'] },
    ],
    education: [{ school: '中彰科技大學', degree: '機械工程系 學士', start: '2008-09', end: '2012-06' }],
    languages: ['中文（母語）', '台語', '英文（TOEIC 785）'],
    certs: ['電腦輔助機械設計製圖乙級技術士', '甲種職業安全衛生業務主管'],
    extra: { 性別: '男', 出生日期: '民國 79 年 8 月 15 日', 兵役: '役畢（2012/09～2013/08）', 駕照: '普通小型車' },
  },
  {
    id: 'p12', language: 'zh', name: '买买提·艾力',
    email: 'maimaiti.aili@126.com', phone: '+8619909914827', phoneLocal: '199 0991 4827',
    city: '乌鲁木齐', address: '新疆乌鲁木齐市沙依巴克区友好北路 66 号',
    headline: '国际物流经理（中亚方向）',
    summary: '十二年外贸与国际物流经验，长期对接哈萨克斯坦、乌兹别克斯坦客户，熟悉霍尔果斯、阿拉山口口岸通关流程。',
    skills: ['报关报检', '国际货运代理', '外贸单证制作', '供应链管理', 'ERP系统 | ERP', 'Excel', '客户开发'],
    work: [
      { company: '新疆天山丝路国际物流有限公司', title: '报关员', city: '乌鲁木齐', start: '2014-07', end: '2017-03',
        bullets: ['负责中亚方向整车出口报关，月均单量200票'] },
      { company: '乌鲁木齐亚欧通达贸易有限公司', title: '外贸业务员', city: '乌鲁木齐', start: '2017-04', end: '2019-12',
        bullets: ['开发哈萨克斯坦建材客户15家', '制作全套出口单证与俄文合同'] },
      { company: '乌鲁木齐亚欧通达贸易有限公司', title: '外贸主管', city: '乌鲁木齐', start: '2020-01', end: '2023-05',
        bullets: ['管理5人业务团队，年出口额1.2亿元'] },
      { company: '霍尔果斯嘉禾供应链管理有限公司', title: '物流经理', city: '霍尔果斯', start: '2023-06', end: null,
        bullets: ['负责中欧班列及公路运输线路规划，管理海外仓2个'] },
    ],
    education: [{ school: '天山商贸职业学院', degree: '国际经济与贸易 大专', start: '2011-09', end: '2014-06' }],
    languages: ['维吾尔语（母语）', '汉语（HSK 六级）', '俄语（商务沟通）', '哈萨克语（日常交流）'],
    certs: ['报关水平测试证书', '国际货运代理从业资格'],
    extra: { 性别: '男', 民族: '维吾尔族', 出生年月: '1992年11月', 籍贯: '新疆喀什' },
  },
  {
    id: 'p13', language: 'mixed', name: '張家豪', altName: 'Kelvin Cheung Ka Ho',
    email: 'kelvin.cheung.kh@gmail.com', phone: '+85261382294', phoneLocal: '6138 2294', homePhone: '2785 3316',
    city: 'Hong Kong', address: 'Flat 18C, Block 2, Laguna Verde, Hung Hom, Kowloon',
    headline: 'Head of Compliance (SFC Licensed Corporation)',
    summary: 'Compliance professional with 13 years in insurance, brokerage and asset management in Hong Kong; Responsible Officer candidate; hands-on with SFC and IA inspections.',
    skills: ['AML/CFT | AML', 'SFC licensing', 'Regulatory reporting', 'KYC | Know Your Customer', 'Compliance monitoring', 'Policy drafting', 'Microsoft Excel | Excel'],
    work: [
      { company: 'Harbourfront Life Assurance (Asia) Limited', title: 'Compliance Officer', city: 'Hong Kong', start: '2013-09', end: '2016-11', office: '2956 7000',
        bullets: ['Reviewed agent sales files and complaint cases; drafted IA returns.'] },
      { company: 'Kowloon Pacific Securities Limited', title: 'Assistant Compliance Manager', city: 'Hong Kong', start: '2016-12', end: '2020-03',
        bullets: ['Ran trade surveillance and KYC file reviews for 18,000 client accounts.'] },
      { company: 'Tai Hang Capital Management Limited', title: 'Compliance Manager', city: 'Hong Kong', start: '2020-04', end: '2023-12',
        bullets: ['Handled SFC licensing applications (Type 4 / 9) and annual returns.'] },
      { company: 'Tai Hang Capital Management Limited', title: 'Head of Compliance', city: 'Hong Kong', start: '2024-01', end: null,
        bullets: ['Lead a team of four; report to the CEO and the Board Risk Committee.'] },
    ],
    education: [{ school: 'Lion Rock University 獅子山大學', degree: 'BBA (Hons) Accounting & Finance', start: '2010-09', end: '2013-07' }],
    languages: ['Cantonese 粵語 (native)', 'English 英語 (fluent)', 'Putonghua 普通話 (fluent)'],
    certs: ['HKSI LE Paper 1, 2, 6', 'Certified Anti-Money Laundering Specialist (CAMS)'],
    referee: { name: 'Ms. Winnie Lau 劉慧玲', role: 'CEO, Tai Hang Capital Management Limited', phone: '9437 2108' },
    extra: { 'Expected salary 期望薪金': 'HK$85,000 / month', 'Availability 可上班日期': 'One month notice', 'Current salary 現時薪金': 'HK$76,000 / month' },
  },
  {
    id: 'p14', language: 'mixed', name: '林慧敏', altName: 'Lim Hui Min',
    email: 'limhuimin.design@gmail.com', phone: '+6591764432', phoneLocal: '9176 4432',
    city: 'Singapore', address: 'Blk 318 Clementi Ave 4, #09-221, Singapore 120318',
    headline: 'Design Lead · Product & UX',
    summary: 'Product designer with eleven years across agencies, start-ups and fintech; leads design systems and research for payments products used across Southeast Asia.',
    skills: ['Figma', 'User research', 'Prototyping', 'Design systems', 'Usability testing', 'Adobe Illustrator | Illustrator', 'HTML/CSS | HTML | CSS'],
    work: [
      { company: 'Jurong Creative Studio', title: 'Design Intern', city: 'Singapore', start: '2014-05', end: '2014-08',
        bullets: ['Layouts and icon sets for two government-agency campaigns.'] },
      { company: 'Merlion Digital Pte. Ltd.', title: 'UI Designer', city: 'Singapore', start: '2015-01', end: '2017-07',
        bullets: ['Designed responsive sites and apps for retail and F&B clients.'] },
      { company: 'Tanglin Labs Pte Ltd', title: 'Product Designer', city: 'Singapore', start: '2017-08', end: '2021-05',
        bullets: ['Sole designer for a B2B logistics app; ran weekly usability tests.'] },
      { company: 'Orchid Pay Pte. Ltd.', title: 'Senior Product Designer', city: 'Singapore', start: '2021-06', end: '2024-02',
        bullets: ['Built the Orchid design system (320 components) in Figma.'] },
      { company: 'Orchid Pay Pte. Ltd.', title: 'Design Lead', city: 'Singapore', start: '2024-03', end: null,
        bullets: ['Lead 7 designers and 2 researchers across merchant and consumer apps.'] },
    ],
    education: [{ school: 'Kent Ridge School of Design', degree: 'BA (Hons) Visual Communication', start: '2011-08', end: '2015-05' }],
    languages: ['English', 'Mandarin 华语', 'Hokkien 福建话'],
    certs: ['NN/g UX Certification', 'Google UX Design Certificate'],
    referee: { name: 'Mr Darren Goh', role: 'VP Product, Orchid Pay Pte. Ltd.', phone: '+65 8123 7750' },
    extra: { Nationality: 'Singaporean', 'Notice period': '2 months' },
  },
  {
    id: 'p15', language: 'mixed', name: '黄志强', altName: 'Wong Chee Keong',
    email: 'cheekeong.wong@yahoo.com.my', phone: '+60127384410', phoneLocal: '012-738 4410', homePhone: '04-646 2291',
    city: 'Penang', address: '21, Lorong Kenari 3, Taman Bukit Jambul, 11900 Bayan Lepas, Pulau Pinang',
    headline: 'Engineering Manager (Semiconductor Back-end)',
    summary: 'Process and manufacturing engineer with fourteen years in semiconductor back-end and automation in Penang; Six Sigma Black Belt who has led yield and cost programmes.',
    skills: ['Lean Six Sigma | Six Sigma', 'SPC | Statistical Process Control', 'DOE | Design of Experiments', 'FMEA', 'AutoCAD', 'Root cause analysis | RCA', 'Minitab'],
    work: [
      { company: 'Perak Electro-Mech Sdn Bhd', title: 'Industrial Trainee', city: 'Ipoh', start: '2011-06', end: '2011-11',
        bullets: ['Assisted the maintenance team on conveyor and press lines.'] },
      { company: 'Penang Precision Components Sdn. Bhd.', title: 'Process Engineer', city: 'Bayan Lepas', start: '2012-08', end: '2016-01', office: '04-643 8800',
        bullets: ['Owned wire-bond and mould processes; cut scrap by 18 %.'] },
      { company: 'Bayan Lepas Semicon Sdn Bhd', title: 'Senior Process Engineer', city: 'Bayan Lepas', start: '2016-02', end: '2020-09',
        bullets: ['Led DOE-based yield programme for QFN packages (+2.4 % yield).'] },
      { company: 'Kinta Automation Systems Sdn. Bhd.', title: 'Engineering Manager', city: 'Batu Kawan', start: '2020-10', end: null,
        bullets: ['Manage 22 engineers and technicians; new-product introduction for test handlers.'] },
    ],
    education: [{ school: 'Universiti Teknologi Kinta', degree: 'Bachelor of Mechanical Engineering (Hons)', start: '2008-07', end: '2012-06' }],
    languages: ['English', 'Bahasa Malaysia', 'Mandarin 华语', 'Cantonese 广东话'],
    certs: ['Lean Six Sigma Black Belt', 'Graduate Engineer, BEM'],
    referee: { name: 'Ir. Rajesh Kumar', role: 'Plant Manager, Bayan Lepas Semicon Sdn Bhd', phone: '019-455 2871' },
    extra: { 'IC No.': '890304-07-5523', Nationality: 'Malaysian', 'Expected Salary': 'RM 16,000' },
  },
  {
    id: 'p16', language: 'mixed', name: '许诺', altName: 'Nora Xu',
    email: 'nora.xu.mkt@163.com', phone: '+8618621745530', phoneLocal: '186 2174 5530',
    city: '上海', address: '上海市静安区南京西路 1168 号',
    headline: 'Marketing Director / 市场总监',
    summary: 'Consumer marketer with consulting roots: brand strategy for beauty and outdoor brands in China, from Tmall launches to KOL programmes. 咨询出身的市场人。',
    skills: ['Brand strategy | 品牌策略', 'Consumer insights | 消费者洞察', 'Digital marketing', 'KOL 营销 | KOL marketing', '天猫运营 | Tmall operations', 'Budget management', 'Nielsen data analysis'],
    work: [
      { company: '上海蓝石企业管理咨询有限公司', title: 'Business Analyst', city: '上海', start: '2014-07', end: '2016-08',
        bullets: ['Market-entry studies for European consumer brands.'] },
      { company: '露美化妆品（中国）有限公司', title: 'Brand Manager', city: '上海', start: '2016-09', end: '2020-06',
        bullets: ['Owned the skincare line P&L (RMB 320m); launched on Tmall and Xiaohongshu.'] },
      { company: '扬子户外用品有限公司', title: 'Marketing Director', city: '上海', start: '2020-07', end: null,
        bullets: ['Lead a 15-person marketing team; doubled online share in three years.'] },
    ],
    education: [
      { school: '申城经贸大学', degree: '市场营销 本科 / BA Marketing', start: '2010-09', end: '2014-06' },
      { school: 'Lyon School of Management', degree: 'MSc International Marketing (exchange term)', start: '2013-01', end: '2013-06' },
    ],
    languages: ['中文（母语）', 'English (fluent, IELTS 8.0)', 'Français (B1)'],
    certs: ['Google Ads Certification'],
    referee: { name: 'Jason Zhou 周杰', role: 'CEO, 扬子户外用品有限公司', phone: '139 1826 4470' },
  },
];
