/**
 * heldout-78: sixteen invented people. Every name, employer, school, address, e-mail and phone number is made up.
 * Phones are E.164 in `phone` (the candidate's own mobile); `mobile` is how the person prints it.
 * `skills` are printed as the first alternative; the truth keeps the ` | ` synonyms.
 */
export type Lang = 'en' | 'zh' | 'mixed';
export interface Job { company: string; title: string; start: string; end: string | null; city: string; duties: string[]; kind?: string }
export interface Edu { school: string; degree: string; start: string; end: string }
export interface Person {
  id: string; language: Lang; name: string; latin?: string; hant?: boolean;
  email: string; phone: string; mobile: string; other?: { label: string; number: string }[];
  city: string; country: string; address: string; headline: string; summary: string;
  skills: string[]; work: Job[]; education: Edu[]; languages: string[]; certificates: string[];
  birth?: string; gender?: string;
}
export const printed = (s: string) => s.split(' | ')[0];

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Olumide Adeyemi', email: 'olumide.adeyemi@gmail.com', phone: '+2348034417265', mobile: '0803 441 7265',
    other: [{ label: 'Alt.', number: '0909 112 5834' }], city: 'Lagos', country: 'Nigeria', address: '14 Adebola Close, Lekki Phase 1, Lagos',
    headline: 'Senior Treasury Analyst', birth: '12 March 1989', gender: 'Male',
    summary: 'Treasury professional with over ten years in banking, investment advisory and the energy sector; strong in liquidity planning and FX exposure management.',
    skills: ['Treasury Management', 'Cash Flow Forecasting', 'Financial Modelling', 'Bloomberg Terminal', 'Microsoft Excel | Excel', 'Power BI', 'IFRS 9', 'SQL'],
    work: [
      { company: 'Crestfield Bank Plc', title: 'Graduate Trainee', start: '2012-09', end: '2013-08', city: 'Lagos', duties: ['Rotated through treasury, trade finance and retail operations.'] },
      { company: 'Crestfield Bank Plc', title: 'Treasury Officer', start: '2013-09', end: '2016-03', city: 'Lagos', duties: ['Managed daily naira and FX liquidity positions.', 'Prepared money-market dealing reports for ALCO.'] },
      { company: 'Ikoyi Capital Partners Ltd', title: 'Investment Analyst', start: '2016-04', end: '2019-10', city: 'Lagos', duties: ['Built valuation models for fixed-income and equity mandates.', 'Wrote monthly portfolio commentaries for clients.'] },
      { company: 'Harmattan Energy Resources Ltd', title: 'Senior Treasury Analyst', start: '2019-11', end: null, city: 'Lagos', duties: ['Own the 13-week cash forecast for five operating subsidiaries.', 'Cut idle cash balances by 18% through a sweeping structure.'] },
    ],
    education: [{ school: 'Lagoon City University', degree: 'B.Sc. Accounting (Second Class Upper)', start: '2007-09', end: '2011-07' }],
    languages: ['English', 'Yoruba'], certificates: ['ACCA (Member, 2017)', 'CFA Level II candidate'],
  },
  {
    id: 'p02', language: 'en', name: 'Siobhán Keane', email: 'skeane.eng@gmail.com', phone: '+353871942638', mobile: '087 194 2638',
    other: [{ label: 'Home', number: '021 436 5172' }], city: 'Cork', country: 'Ireland', address: '7 Glasheen Park, Wilton, Cork T12 X4F2',
    headline: 'Chartered Civil Engineer',
    summary: 'Chartered civil engineer with twelve years of drainage, water and roads design and site supervision across Munster.',
    skills: ['AutoCAD Civil 3D | Civil 3D', 'Drainage Design', 'Eurocodes', 'MicroDrainage', 'Site Supervision', 'NEC3 Contracts | NEC3', 'Project Management'],
    work: [
      { company: 'Kilbarry Consulting Engineers', title: 'Graduate Engineer', start: '2013-09', end: '2015-08', city: 'Cork', duties: ['Designed surface-water networks for residential schemes.'] },
      { company: 'Kilbarry Consulting Engineers', title: 'Civil Engineer', start: '2015-09', end: '2018-12', city: 'Cork', duties: ['Led design of a 4 km regional road realignment.', 'Prepared Section 50 and planning drainage reports.'] },
      { company: 'Lee Valley Infrastructure Ltd', title: 'Senior Civil Engineer', start: '2019-01', end: '2022-05', city: 'Mallow', duties: ['Resident engineer on a €14m wastewater upgrade.', 'Administered NEC3 compensation events.'] },
      { company: 'Southern Waters Alliance DAC', title: 'Senior Project Engineer', start: '2022-06', end: null, city: 'Cork', duties: ['Manage a programme of twelve water-network rehabilitation projects.', 'Chair monthly risk workshops with contractors.'] },
    ],
    education: [{ school: 'Bandon Institute of Technology', degree: 'BE (Hons) Civil Engineering', start: '2009-09', end: '2013-06' }],
    languages: ['English (native)', 'Irish (fluent)'], certificates: ['Chartered Engineer (CEng MIEI)', 'Safe Pass'],
  },
  {
    id: 'p03', language: 'en', name: 'Rajesh Venkataraman', email: 'rajesh.venkat@outlook.com', phone: '+919822304517', mobile: '+91 98223 04517',
    other: [{ label: 'Landline', number: '020 2567 4410' }], city: 'Pune', country: 'India', address: 'B-403, Shanti Nagar Residency, Baner, Pune 411045',
    headline: 'Lead Consultant – SAP Finance', birth: '04-11-1987',
    summary: 'SAP finance consultant with 15 years across four full-cycle implementations and two S/4HANA conversions.',
    skills: ['SAP FI/CO | SAP FICO', 'SAP S/4HANA | S/4HANA', 'Asset Accounting', 'GST Configuration', 'ABAP Debugging', 'LSMW', 'Business Blueprinting'],
    work: [
      { company: 'Deccan Infotech Services Pvt. Ltd.', title: 'Associate Consultant', start: '2011-07', end: '2014-02', city: 'Pune', duties: ['Supported GL and AP month-end for a cement client.'] },
      { company: 'Sahyadri Systems Ltd', title: 'SAP FICO Consultant', start: '2014-03', end: '2018-06', city: 'Mumbai', duties: ['Configured asset accounting and new GL for two rollouts.', 'Wrote functional specifications for 40+ RICEF objects.'] },
      { company: 'Sahyadri Systems Ltd', title: 'Senior Consultant', start: '2018-07', end: '2021-09', city: 'Mumbai', duties: ['Delivered GST configuration for eight company codes.', 'Mentored a team of five consultants.'] },
      { company: 'Nimbus Ledger Technologies Pvt. Ltd.', title: 'Lead Consultant – SAP Finance', start: '2021-10', end: null, city: 'Pune', duties: ['Lead the finance stream of an S/4HANA brownfield conversion.', 'Run blueprint workshops with client controllers.'] },
    ],
    education: [{ school: 'Deccan Plateau University', degree: 'M.Com (Financial Accounting)', start: '2009-06', end: '2011-05' }],
    languages: ['English', 'Hindi', 'Marathi', 'Tamil'], certificates: ['SAP Certified Application Associate – S/4HANA Finance'],
  },
  {
    id: 'p04', language: 'en', name: 'Megan Tremblay', email: 'megan.tremblay@outlook.com', phone: '+19024318826', mobile: '(902) 431-8826',
    other: [{ label: 'Work', number: '(902) 473-2200 ext. 4417' }], city: 'Halifax', country: 'Canada', address: '2241 Robie Street, Apt 5, Halifax, NS B3K 4M8',
    headline: 'Registered Dietitian (PDt)',
    summary: 'Registered dietitian with twelve years in acute care, renal programs and community health.',
    skills: ['Medical Nutrition Therapy', 'Renal Nutrition', 'Enteral and Parenteral Nutrition | Nutrition Support', 'Motivational Interviewing', 'Meditech', 'Group Education', 'Menu Planning'],
    work: [
      { company: 'Bedford Basin Health Centre', title: 'Dietetic Intern', start: '2014-01', end: '2014-08', city: 'Bedford', duties: ['Completed clinical, community and food-service rotations.'] },
      { company: 'Lunenburg Regional Hospital', title: 'Clinical Dietitian', start: '2014-09', end: '2018-05', city: 'Bridgewater', duties: ['Covered medicine, surgery and ICU caseloads.', 'Started a malnutrition screening pilot.'] },
      { company: 'Maritime Renal Care Network', title: 'Renal Dietitian', start: '2018-06', end: '2022-03', city: 'Halifax', duties: ['Counselled 120 haemodialysis patients on phosphate control.'] },
      { company: 'Harbourview Community Health', title: 'Clinical Nutrition Lead', start: '2022-04', end: null, city: 'Halifax', duties: ['Lead a team of six dietitians across three clinics.', 'Redesigned diabetes group-education sessions.'] },
    ],
    education: [{ school: 'Fundy Bay University', degree: 'BSc Applied Human Nutrition', start: '2009-09', end: '2013-05' }],
    languages: ['English', 'French (intermediate)'], certificates: ['Registered with the Nova Scotia Dietetic Association', 'Certified Diabetes Educator (CDE)'],
  },
  {
    id: 'p05', language: 'en', name: 'Thabo Nkosi', email: 'thabo.nkosi@gmail.com', phone: '+27824471093', mobile: '082 447 1093',
    other: [{ label: 'Tel (W)', number: '011 608 3350' }], city: 'Johannesburg', country: 'South Africa', address: '22 Jacaranda Avenue, Kempton Park, 1619',
    headline: 'Logistics Manager',
    summary: 'Logistics manager with thirteen years in road freight, distribution and retail supply chains.',
    skills: ['SAP EWM', 'Route Optimisation', 'Fleet Management', 'Demand Planning', 'Power BI', 'Warehouse Layout Design', 'Incoterms'],
    work: [
      { company: 'Rand Freight Solutions (Pty) Ltd', title: 'Logistics Trainee', start: '2013-02', end: '2014-01', city: 'Germiston', duties: ['Booked loads and tracked vehicles on the control-room desk.'] },
      { company: 'Rand Freight Solutions (Pty) Ltd', title: 'Transport Planner', start: '2014-02', end: '2017-06', city: 'Germiston', duties: ['Planned daily routes for a fleet of 65 trucks.', 'Reduced empty kilometres by 11%.'] },
      { company: 'Highveld Distribution Co.', title: 'Supply Chain Analyst', start: '2017-07', end: '2021-01', city: 'Midrand', duties: ['Built demand-planning dashboards in Power BI.'] },
      { company: 'Umoya Retail Holdings', title: 'Logistics Manager', start: '2021-02', end: null, city: 'Johannesburg', duties: ['Run outbound logistics for 140 stores.', 'Led the SAP EWM go-live at the Isando DC.'] },
    ],
    education: [{ school: 'Witsand University of Technology', degree: 'BTech Logistics', start: '2009-01', end: '2012-12' }],
    languages: ['English', 'isiZulu', 'Sesotho'], certificates: ["Code 10 driver's licence", 'CILT (SA) Member'],
  },
  {
    id: 'p06', language: 'en', name: 'Hannah Whitcombe', email: 'hannah.whitcombe@outlook.com', phone: '+447700900418', mobile: '07700 900418',
    city: 'Bristol', country: 'United Kingdom', address: '31 Cotham Vale, Bristol BS6 6HS',
    headline: 'Lead Data Analyst',
    summary: 'Data analyst with ten years in housing, consultancy and insurance; builds reporting that people actually use.',
    skills: ['SQL', 'Python', 'Tableau', 'Power BI', 'dbt', 'Statistical Modelling', 'Google Analytics 4 | GA4', 'Stakeholder Management'],
    work: [
      { company: 'Avonside Housing Association', title: 'Data Officer', start: '2015-10', end: '2018-02', city: 'Bristol', duties: ['Maintained the tenancy database and monthly KPI returns.'] },
      { company: 'Clifton Analytics Ltd', title: 'Data Analyst', start: '2018-03', end: '2020-08', city: 'Bristol', duties: ['Delivered churn and pricing analyses for retail clients.'] },
      { company: 'Clifton Analytics Ltd', title: 'Senior Data Analyst', start: '2020-09', end: '2023-06', city: 'Bristol', duties: ['Introduced dbt and automated 30 client reports.', 'Line-managed two analysts.'] },
      { company: 'Severn Mutual Insurance', title: 'Lead Data Analyst', start: '2023-07', end: null, city: 'Gloucester', duties: ['Lead claims analytics; built the fraud-triage model.', 'Chair the data-quality working group.'] },
    ],
    education: [{ school: 'University of Wessex', degree: 'BSc (Hons) Mathematics, 2:1', start: '2012-09', end: '2015-06' }],
    languages: ['English (native)', 'Spanish (conversational)'], certificates: ['Tableau Desktop Specialist'],
  },
  {
    id: 'p07', language: 'en', name: 'Lachlan Pereira', email: 'lachie.pereira@outlook.com.au', phone: '+61412583307', mobile: '0412 583 307',
    other: [{ label: 'Home', number: '(07) 3856 2214' }], city: 'Brisbane', country: 'Australia', address: '18 Kedron Brook Road, Wilston QLD 4051',
    headline: 'Senior Electrical Engineer',
    summary: 'Electrical engineer who started on the tools; eighteen years from apprenticeship to HV design and commissioning.',
    skills: ['PLC Programming', 'AutoCAD Electrical', 'HV Switching', 'Protection Relay Testing', 'ETAP', 'AS/NZS 3000 | Wiring Rules', 'Commissioning'],
    work: [
      { company: 'Moreton Bay Electrical Contractors', title: 'Apprentice Electrician', start: '2008-01', end: '2011-12', city: 'Redcliffe', duties: ['Completed a four-year electrical apprenticeship (commercial and industrial).'] },
      { company: 'Sunstate Mining Services', title: 'Electrician (FIFO)', start: '2012-02', end: '2015-06', city: 'Moranbah', duties: ['Maintained draglines and conveyor drives on a 14/14 roster.'] },
      { company: 'Brigalow Power Pty Ltd', title: 'Electrical Engineer', start: '2016-02', end: '2020-11', city: 'Brisbane', duties: ['Designed 33 kV substation upgrades.', 'Ran ETAP protection studies.'] },
      { company: 'Coral Coast Energy', title: 'Senior Electrical Engineer', start: '2020-12', end: null, city: 'Brisbane', duties: ['Lead commissioning of solar-farm HV connections.', 'Issue switching programs as HV operator.'] },
    ],
    education: [{ school: 'Capricorn Institute of Technology', degree: 'Bachelor of Engineering (Electrical), part-time', start: '2012-03', end: '2016-11' }],
    languages: ['English', 'Portuguese (basic)'], certificates: ["Electrical Contractor's Licence (QLD)", 'HV Switching Authorisation', 'First Aid / CPR'],
  },
  {
    id: 'p08', language: 'zh', name: '周海峰', email: 'zhouhf_cd@163.com', phone: '+8613980412276', mobile: '139 8041 2276',
    other: [{ label: '座机', number: '028-8762 4415' }], city: '成都', country: '中国', address: '四川省成都市郫都区犀浦镇锦绣路 88 号',
    headline: '结构设计主管', birth: '1988年5月', gender: '男',
    summary: '从事非标机械设计十六年，熟悉重型装备与自动化产线的结构设计、仿真与量产导入。',
    skills: ['SolidWorks', 'AutoCAD', 'ANSYS', 'UG NX | NX | Unigraphics', 'GD&T', 'DFMEA', '钣金设计', '公差分析'],
    work: [
      { company: '成都锦川精密机械有限公司', title: '技术员', start: '2010-07', end: '2012-12', city: '成都', duties: ['负责零件图纸绘制和工艺卡编制。'] },
      { company: '成都锦川精密机械有限公司', title: '机械设计工程师', start: '2013-01', end: '2016-08', city: '成都', duties: ['负责数控机床防护钣金设计。', '完成三个机型的公差分析。'] },
      { company: '四川蜀通重工股份有限公司', title: '高级机械工程师', start: '2016-09', end: '2021-03', city: '德阳', duties: ['主导盾构机刀盘结构优化，减重 8%。', '用 ANSYS 做关键件强度校核。'] },
      { company: '成都天府智能装备有限公司', title: '结构设计主管', start: '2021-04', end: null, city: '成都', duties: ['管理 9 人结构设计团队。', '建立 DFMEA 评审流程。'] },
    ],
    education: [{ school: '蜀南理工大学', degree: '机械设计制造及其自动化 本科', start: '2006-09', end: '2010-06' }],
    languages: ['英语（CET-6）'], certificates: ['机械工程师（中级职称）'],
  },
  {
    id: 'p09', language: 'zh', hant: true, name: '林佩君', email: 'peichun.lin@gmail.com', phone: '+886912457803', mobile: '0912-457-803',
    other: [{ label: '市話', number: '(04) 2358-6172' }], city: '台中', country: '台灣', address: '台中市西屯區文心路三段 215 號 7 樓',
    headline: '財務課長', birth: '民國 80 年 2 月', gender: '女',
    summary: '會計師事務所查帳出身，熟悉製造業成本與合併報表，現任紡織公司財務課長。',
    skills: ['鼎新ERP', 'SAP FI', 'Excel VBA', '營所稅申報', '合併報表', 'IFRS', '成本會計'],
    work: [
      { company: '大甲建昌會計師事務所', title: '審計助理', start: '2013-08', end: '2015-12', city: '台中', duties: ['執行中小企業財簽查核工作底稿。'] },
      { company: '大甲建昌會計師事務所', title: '審計員', start: '2016-01', end: '2017-06', city: '台中', duties: ['帶領 2 名助理完成上櫃公司查核。'] },
      { company: '台中中港精機股份有限公司', title: '會計專員', start: '2017-07', end: '2021-02', city: '台中', duties: ['負責月結、成本計算與營所稅申報。', '導入鼎新ERP 成本模組。'] },
      { company: '豐原鑫和紡織股份有限公司', title: '財務課長', start: '2021-03', end: null, city: '台中', duties: ['編製合併報表與資金預測。', '管理 4 人會計課。'] },
    ],
    education: [{ school: '中台灣科技大學', degree: '會計資訊系 學士', start: '2009-09', end: '2013-06' }],
    languages: ['英文（中等）', '台語（流利）'], certificates: ['記帳士', '內部稽核師'],
  },
  {
    id: 'p10', language: 'zh', hant: true, name: '陳家豪', latin: 'CHAN Ka Ho', email: 'chankaho.hk@gmail.com', phone: '+85291837264', mobile: '9183 7264',
    other: [{ label: '住宅', number: '2756 3318' }, { label: '辦公室', number: '3187 6620' }], city: '香港', country: '香港', address: '九龍觀塘秀茂坪道 42 號 18 樓 C 室',
    headline: '採購經理',
    summary: '十四年物流及採購經驗，熟悉亞洲供應商管理、合約談判及 SAP MM。',
    skills: ['SAP MM', '供應商管理', '合約談判', '成本分析', 'Oracle EBS', '進出口文件處理', 'Excel'],
    work: [
      { company: '利達貨運代理有限公司', title: '船務助理', start: '2012-06', end: '2014-09', city: '葵涌', duties: ['處理提單、報關文件及艙位預訂。'] },
      { company: '嘉運物流(香港)有限公司', title: '採購主任', start: '2014-10', end: '2018-04', city: '荃灣', duties: ['負責包裝物料採購，年度金額約 HK$30M。'] },
      { company: '嘉運物流(香港)有限公司', title: '高級採購主任', start: '2018-05', end: '2021-07', city: '荃灣', duties: ['主導供應商評核及年度議價。', '導入 SAP MM 採購流程。'] },
      { company: '恒昌環球供應鏈有限公司', title: '採購經理', start: '2021-08', end: null, city: '觀塘', duties: ['管理 6 人採購團隊。', '年度採購成本下降 7%。'] },
    ],
    education: [{ school: '香港東岸專上學院', degree: '供應鏈管理 高級文憑', start: '2010-09', end: '2012-06' }],
    languages: ['廣東話（母語）', '英語（良好）', '普通話（良好）'], certificates: ['CIPS Level 4 文憑'],
  },
  {
    id: 'p11', language: 'zh', name: '王雪梅', email: 'wangxuemei1988@126.com', phone: '+8615866231907', mobile: '158-6623-1907',
    other: [{ label: '科室电话', number: '0531-8295 6610' }], city: '济南', country: '中国', address: '山东省济南市历下区泉城路 176 号',
    headline: '护士长', birth: '1988年11月', gender: '女',
    summary: '临床护理十六年，ICU 出身，擅长重症护理、静脉治疗及护理质量管理。',
    skills: ['静脉输液治疗 | 静脉治疗', 'PICC置管维护 | PICC维护', '重症监护', '护理质量管理', '急救技术', '院感防控', 'HIS系统'],
    work: [
      { company: '济南泉城人民医院', title: '护士', start: '2010-08', end: '2014-06', city: '济南', duties: ['ICU 临床护理，负责 6 张床位。'] },
      { company: '济南泉城人民医院', title: '护师', start: '2014-07', end: '2018-12', city: '济南', duties: ['担任 ICU 带教老师。'] },
      { company: '济南泉城人民医院', title: '主管护师', start: '2019-01', end: '2022-02', city: '济南', duties: ['负责科室静脉治疗质控。', '参与 PICC 门诊建设。'] },
      { company: '山东齐鲁康复医院', title: '护士长', start: '2022-03', end: null, city: '济南', duties: ['管理 28 名护士的病区。', '护理不良事件下降 30%。'] },
    ],
    education: [{ school: '齐鲁护理学院', degree: '护理学 本科', start: '2006-09', end: '2010-07' }],
    languages: ['英语（CET-4）'], certificates: ['护士执业证书', 'PICC 专科护士证书'],
  },
  {
    id: 'p12', language: 'zh', name: '黄子健', email: 'zijian_huang@foxmail.com', phone: '+8618620597341', mobile: '186 2059 7341',
    city: '深圳', country: '中国', address: '广东省深圳市南山区科苑南路 3099 号',
    headline: '前端技术负责人', birth: '1994年2月', gender: '男',
    summary: '十年前端经验，熟悉 React / Vue 技术栈与工程化，带过 8 人前端团队。',
    skills: ['JavaScript | JS', 'TypeScript | TS', 'React', 'Vue.js | Vue', 'Node.js', 'Webpack', '微信小程序', '性能优化'],
    work: [
      { company: '深圳市讯达网络科技有限公司', title: '前端开发实习生', start: '2016-03', end: '2016-06', city: '深圳', duties: ['参与运营后台页面开发。'] },
      { company: '深圳市讯达网络科技有限公司', title: '前端开发工程师', start: '2016-07', end: '2019-02', city: '深圳', duties: ['负责电商 H5 与微信小程序开发。'] },
      { company: '深圳云栈科技有限公司', title: '高级前端工程师', start: '2019-03', end: '2023-05', city: '深圳', duties: ['主导 SaaS 控制台从 Vue 2 迁移到 React + TypeScript。', '首屏时间从 3.2s 降到 1.1s。'] },
      { company: '前海数字星河科技有限公司', title: '前端技术负责人', start: '2023-06', end: null, city: '深圳', duties: ['带领 8 人前端团队。', '搭建 Node.js BFF 与组件库。'] },
    ],
    education: [{ school: '岭南信息工程学院', degree: '软件工程 本科', start: '2012-09', end: '2016-06' }],
    languages: ['英语（CET-6）'], certificates: ['软件设计师（中级）'],
  },
  {
    id: 'p13', language: 'mixed', name: '李文杰', latin: 'Kevin Lee Wen Jie', email: 'kevin.lee.wj@gmail.com', phone: '+6591264837', mobile: '9126 4837',
    other: [{ label: 'Office 办公室', number: '6271 5530' }], city: 'Singapore', country: 'Singapore', address: 'Blk 512 Bishan Street 13, #08-221, Singapore 570512',
    headline: 'Regional Supply Chain Manager',
    summary: 'Supply chain planner with twelve years in 3PL, cold chain and FMCG across ASEAN.',
    skills: ['S&OP', 'SAP APO', 'Demand Forecasting', 'Inventory Optimisation', 'Power BI', 'Excel VBA', 'WMS Implementation'],
    work: [
      { company: 'Pasir Panjang Logistics Pte Ltd', title: 'Operations Executive', start: '2014-07', end: '2017-03', city: 'Singapore', duties: ['Coordinated inbound container planning for 3 warehouses.'] },
      { company: 'Merlion Cold Chain Pte Ltd', title: 'Supply Chain Planner', start: '2017-04', end: '2020-09', city: 'Singapore', duties: ['Planned replenishment for 900 chilled SKUs.'] },
      { company: 'Merlion Cold Chain Pte Ltd', title: 'Senior Supply Chain Planner', start: '2020-10', end: '2022-12', city: 'Singapore', duties: ['Ran the monthly S&OP cycle.', 'Cut write-offs by 22%.'] },
      { company: 'Tembusu Consumer Brands Pte Ltd', title: 'Regional Supply Chain Manager', start: '2023-01', end: null, city: 'Singapore', duties: ['Own supply planning for SG, MY and TH markets.', 'Lead a WMS implementation in Johor.'] },
    ],
    education: [{ school: 'Straits Institute of Management', degree: 'B.Sc. Supply Chain Management', start: '2010-08', end: '2014-05' }],
    languages: ['English', '中文 Mandarin', 'Hokkien'], certificates: ['APICS CPIM'],
  },
  {
    id: 'p14', language: 'mixed', name: '吴慧敏', latin: 'Wendy Ng Hui Min', email: 'wendy.nghm@gmail.com', phone: '+60123847619', mobile: '012-384 7619',
    other: [{ label: 'Tel (H) 住家', number: '03-7865 2291' }], city: 'Kuala Lumpur', country: 'Malaysia', address: '26, Jalan SS2/75, 47300 Petaling Jaya, Selangor',
    headline: 'HR Manager',
    summary: 'HR generalist with fourteen years in manufacturing, retail and fintech; strong in Malaysian employment law and payroll.',
    skills: ['Talent Acquisition', 'SQL Payroll', 'Employment Act 1955', 'Performance Management', 'SAP SuccessFactors | SuccessFactors', 'Training Needs Analysis', 'Employee Relations'],
    work: [
      { company: 'Klang Valley Manufacturing Sdn Bhd', title: 'HR Assistant', start: '2012-03', end: '2014-12', city: 'Shah Alam', duties: ['Handled recruitment of 200 production operators a year.'] },
      { company: 'Pelangi Home Furnishings Sdn Bhd', title: 'HR Executive', start: '2015-01', end: '2018-06', city: 'Petaling Jaya', duties: ['Ran payroll for 450 staff on SQL Payroll.'] },
      { company: 'Pelangi Home Furnishings Sdn Bhd', title: 'Senior HR Executive', start: '2018-07', end: '2021-04', city: 'Petaling Jaya', duties: ['Managed domestic inquiries and IR cases.', 'Launched a KPI-based appraisal.'] },
      { company: 'Tropika Fintech Sdn Bhd', title: 'HR Manager', start: '2021-05', end: null, city: 'Kuala Lumpur', duties: ['Built the HR function from 60 to 230 staff.', 'Implemented SAP SuccessFactors.'] },
    ],
    education: [{ school: 'Universiti Kemuning', degree: 'Bachelor of Human Resource Management (Hons)', start: '2008-07', end: '2012-02' }],
    languages: ['English', 'Bahasa Malaysia', '中文 Mandarin', 'Cantonese'], certificates: ['HRDC Certified Trainer (TTT)'],
  },
  {
    id: 'p15', language: 'mixed', name: '梁嘉欣', latin: 'Carmen Leung Ka Yan', hant: true, email: 'carmen.leungky@gmail.com', phone: '+85366283194', mobile: '6628 3194',
    other: [{ label: 'Office 辦公室', number: '2888 1620' }], city: 'Macau', country: 'Macau SAR', address: 'Rua de Pequim 126, Edf. Jardim Brilhante 9A, Macau',
    headline: 'Director of Revenue Strategy',
    summary: 'Hotel revenue leader with thirteen years in Macau integrated resorts.',
    skills: ['Revenue Management', 'IDeaS G3 RMS | IDeaS', 'Opera PMS | Opera', 'Pricing Strategy', 'Forecasting', 'SQL', 'Excel'],
    work: [
      { company: 'Lotus Bay Resort Macau', title: 'Revenue Analyst', start: '2013-09', end: '2016-11', city: 'Macau', duties: ['Produced daily pick-up and pace reports.'] },
      { company: 'Taipa Grand Hotel', title: 'Assistant Revenue Manager', start: '2016-12', end: '2020-03', city: 'Taipa', duties: ['Managed OTA channels and group displacement analysis.'] },
      { company: 'Cotai Crown Entertainment Ltd', title: 'Revenue Manager', start: '2020-04', end: '2023-08', city: 'Cotai', duties: ['Led IDeaS G3 rollout for 1,800 rooms.'] },
      { company: 'Cotai Crown Entertainment Ltd', title: 'Director of Revenue Strategy', start: '2023-09', end: null, city: 'Cotai', duties: ['Own pricing for three hotel towers.', 'RevPAR up 9% year on year.'] },
    ],
    education: [{ school: 'Coloane University', degree: 'BBA Hospitality Management', start: '2009-09', end: '2013-06' }],
    languages: ['Cantonese 廣東話', 'English', 'Mandarin 普通話', 'Portuguese (basic)'], certificates: ['CRME (Certified Revenue Management Executive)'],
  },
  {
    id: 'p16', language: 'mixed', name: '郑宇航', latin: 'Jason Zheng Yuhang', email: 'jason.zheng.yh@outlook.com', phone: '+8613771648205', mobile: '137 7164 8205',
    other: [{ label: 'Office 办公', number: '0512-6258 3307 ext. 612' }], city: 'Suzhou', country: 'China', address: '江苏省苏州市工业园区星湖街 328 号',
    headline: 'Engineering Manager (Controls)', gender: '男', birth: '1990年3月',
    summary: 'Controls engineer with fourteen years in German-invested automation and drives companies.',
    skills: ['Siemens TIA Portal | TIA Portal', 'PLC Programming', 'WinCC', 'EPLAN', 'KUKA Robot Programming', 'PROFINET', 'Functional Safety'],
    work: [
      { company: 'Suzhou Hengrui Automation Co., Ltd.', title: 'Automation Engineer', start: '2012-07', end: '2016-04', city: 'Suzhou', duties: ['Programmed S7-300 PLCs for packaging lines.'] },
      { company: 'Kessler Drives (Suzhou) Co., Ltd.', title: 'Controls Engineer', start: '2016-05', end: '2019-12', city: 'Suzhou', duties: ['Commissioned drive systems at customer sites in China and Vietnam.'] },
      { company: 'Kessler Drives (Suzhou) Co., Ltd.', title: 'Senior Controls Engineer', start: '2020-01', end: '2022-08', city: 'Suzhou', duties: ['Owned TIA Portal standard library.', 'Trained 12 engineers on PROFINET.'] },
      { company: 'Brandt-Lu Intelligent Manufacturing (Suzhou) Co., Ltd.', title: 'Engineering Manager', start: '2022-09', end: null, city: 'Suzhou', duties: ['Manage 15 controls and robot engineers.', 'Introduced functional-safety reviews.'] },
    ],
    education: [{ school: '江南工学院 Jiangnan Institute of Technology', degree: 'B.Eng. Automation 自动化', start: '2008-09', end: '2012-06' }],
    languages: ['中文 Mandarin (native)', 'English (fluent)', 'German (A2)'], certificates: ['TÜV Functional Safety Engineer'],
  },
];
