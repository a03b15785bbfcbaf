/**
 * heldout-24: sixteen invented people. Everything here is made up (names, employers, schools, addresses, numbers).
 * `skills` are printed exactly as given (first spelling); `skillAlt` adds the synonyms the truth accepts.
 */
export type Lang = 'en' | 'zh' | 'mixed';

export interface Job {
  company: string; // printed exactly like this in every document
  title: string;
  titleAlt?: string; // second-language title (mixed people)
  town: string;
  start: string; // YYYY-MM
  end: string | null;
  duties: string;
  dutiesAlt?: string; // second-language duties (mixed people)
  dept?: string;
  reason?: string; // reason for leaving
  intern?: boolean;
}
export interface Edu { school: string; qual: string; field: string; start: string; end: string; town: string }
export interface Referee { name: string; role: string; org: string; phone: string }
export interface Person {
  id: string;
  language: Lang;
  name: string; // truth name (Chinese name for mixed people)
  nameEn?: string; // English name for mixed people
  gender: string;
  dob: string; // YYYY-MM-DD
  nationality: string;
  idNo?: string;
  address: string;
  email: string;
  phoneDisplay: string; // as the person writes it
  phone: string; // E.164
  headline: string;
  summary: string;
  skills: string[];
  skillAlt?: Record<string, string[]>;
  jobs: Job[];
  edu: Edu[];
  languages: string[];
  certs: string[];
  referees: Referee[];
  breakNote?: { start: string; end: string; text: string };
  hobbies?: string;
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Anisha Dabeesing', gender: 'Female', dob: '1989-04-17', nationality: 'Mauritian',
    idNo: 'D1704894402317',
    address: '12 Avenue des Flamboyants, Quatre Bornes, Mauritius', email: 'anishad.qs@gmail.com',
    phoneDisplay: '+230 5729 4416', phone: '+23057294416', headline: 'Senior Quantity Surveyor (MRICS candidate)',
    summary: 'Quantity surveyor with twelve years of pre- and post-contract experience on hotel, housing and road projects in Mauritius and Rodrigues, now seeking to serve in the public sector.',
    skills: ['Bills of quantities', 'CostX', 'Cost planning', 'FIDIC contracts', 'Final accounts', 'Valuations & interim payments', 'AutoCAD', 'MS Excel'],
    skillAlt: { 'Bills of quantities': ['BoQ'], 'FIDIC contracts': ['FIDIC'], 'Valuations & interim payments': ['interim valuations'], 'MS Excel': ['Excel'] },
    jobs: [
      { company: 'Bhunjun & Partners', title: 'Trainee Quantity Surveyor (industrial placement)', town: 'Port Louis', start: '2011-06', end: '2011-09', duties: 'Took off quantities for a 40-unit housing scheme; assisted with site measurement.', intern: true, reason: 'End of placement' },
      { company: 'Lotus Cost Consultants Ltd', title: 'Graduate Quantity Surveyor', town: 'Port Louis', start: '2012-08', end: '2014-06', duties: 'Prepared bills of quantities and tender reports for commercial buildings.', reason: 'Career progression' },
      { company: 'Medine Building Contractors Ltd', title: 'Quantity Surveyor', town: 'Bambous', start: '2014-07', end: '2019-02', duties: 'Contractor-side QS on hotel refurbishments: valuations, variations, subcontract accounts.', reason: 'Move to consultancy' },
      { company: 'Cadence Cost & Project Ltd', title: 'Senior Quantity Surveyor', town: 'Ebène', start: '2019-03', end: null, duties: 'Leads cost planning and FIDIC contract administration for road and hospital projects up to Rs 1.2 bn.' },
    ],
    edu: [
      { school: 'University of Port Royal, Mauritius', qual: 'BSc (Hons)', field: 'Quantity Surveying', start: '2008-08', end: '2012-06', town: 'Réduit' },
      { school: 'Royal College Curepipe', qual: 'Higher School Certificate', field: 'Maths, Economics, Physics', start: '2006-01', end: '2007-12', town: 'Curepipe' },
    ],
    languages: ['English', 'French', 'Creole', 'Hindi'], certs: ['Registered Quantity Surveyor, Council of Registered Professional Engineers (pending)', 'NEC4 Project Manager Accreditation (2022)'],
    referees: [
      { name: 'Mr Vikash Bhunjun', role: 'Principal', org: 'Bhunjun & Partners', phone: '+230 212 4480' },
      { name: 'Mrs Claire Li Wan Po', role: 'Director', org: 'Cadence Cost & Project Ltd', phone: '+230 5915 2207' },
    ],
  },
  {
    id: 'p02', language: 'en', name: 'Tumelo Segokgo', gender: 'Male', dob: '1987-09-02', nationality: 'Motswana',
    idNo: '448721905', address: 'Plot 3381, Extension 9, Jwaneng, Botswana', email: 'tumelo.segokgo@yahoo.com',
    phoneDisplay: '71 624 083', phone: '+26771624083', headline: 'Senior Maintenance Planner — open-pit mining',
    summary: 'Qualified millwright turned maintenance planner, fifteen years in copper and diamond mining, strong on SAP PM and shutdown planning.',
    skills: ['SAP PM', 'Planned maintenance scheduling', 'Reliability-centred maintenance (RCM)', 'MS Project', 'Shutdown planning', 'Root cause analysis', 'Hydraulics'],
    skillAlt: { 'SAP PM': ['SAP Plant Maintenance'], 'Reliability-centred maintenance (RCM)': ['RCM', 'Reliability centered maintenance'], 'Root cause analysis': ['RCA'] },
    jobs: [
      { company: 'Lobatse Engineering Works', title: 'Apprentice Fitter', town: 'Lobatse', start: '2007-01', end: '2010-12', duties: 'Four-year apprenticeship: pumps, gearboxes, conveyors and welding.', reason: 'Completed apprenticeship' },
      { company: 'Kalahari Copper Mining (Pty) Ltd', title: 'Maintenance Fitter', town: 'Ghanzi', start: '2011-02', end: '2015-09', duties: 'Maintained crushers, ball mills and slurry pumps on 12-hour shifts.', reason: 'Full-time study' },
      { company: 'Letlhakane Diamond Mining (Pty) Ltd', title: 'Maintenance Planner', town: 'Letlhakane', start: '2016-06', end: '2021-03', duties: 'Planned work orders for 60 haul trucks and the DMS plant in SAP PM.', reason: 'Promoted' },
      { company: 'Letlhakane Diamond Mining (Pty) Ltd', title: 'Senior Maintenance Planner', town: 'Letlhakane', start: '2021-04', end: null, duties: 'Leads a team of four planners; owns the annual plant shutdown schedule.' },
    ],
    edu: [
      { school: 'Institute of Mining Technology, Palapye', qual: 'Diploma', field: 'Mechanical Engineering (Maintenance)', start: '2015-10', end: '2016-05', town: 'Palapye' },
      { school: 'Lobatse Technical College', qual: 'National Craft Certificate', field: 'Fitting and Machining', start: '2007-01', end: '2010-12', town: 'Lobatse' },
      { school: 'Seepapitso Senior Secondary School', qual: 'BGCSE', field: '', start: '2004-01', end: '2005-12', town: 'Kanye' },
    ],
    languages: ['English', 'Setswana'], certs: ['Trade Test Certificate (Millwright), 2010', 'Class B driving licence'],
    referees: [
      { name: 'Mr Kabelo Modise', role: 'Maintenance Superintendent', org: 'Letlhakane Diamond Mining (Pty) Ltd', phone: '+267 297 6104' },
      { name: 'Mrs Onalenna Pule', role: 'Plant Engineer', org: 'Kalahari Copper Mining (Pty) Ltd', phone: '+267 72 518 336' },
    ],
    breakNote: { start: '2015-10', end: '2016-05', text: 'Full-time study — Diploma in Mechanical Engineering' },
  },
  {
    id: 'p03', language: 'en', name: 'Derrick Castellanos', gender: 'Male', dob: '1990-02-11', nationality: 'United States',
    address: '2217 Olentangy Ridge Dr, Columbus, OH 43235', email: 'dcastellanos.cfp@outlook.com',
    phoneDisplay: '(614) 378-2291', phone: '+16143782291', headline: 'Senior Wealth Advisor, CFP®',
    summary: 'Wealth advisor serving 140 households ($310M AUM) with retirement income, tax-aware investing and estate coordination.',
    skills: ['Retirement income planning', 'eMoney Advisor', 'Morningstar Direct', 'Estate planning coordination', 'Salesforce Financial Services Cloud', 'Portfolio rebalancing', 'Social Security claiming strategies'],
    skillAlt: { 'eMoney Advisor': ['eMoney'], 'Salesforce Financial Services Cloud': ['Salesforce'] },
    jobs: [
      { company: 'Franklin County Teachers Credit Union', title: 'Member Services Intern', town: 'Columbus, OH', start: '2012-06', end: '2012-08', duties: 'Summer internship; opened accounts and supported IRA rollovers.', intern: true, reason: 'Returned to school' },
      { company: 'Harlan & Pryce Investments', title: 'Client Service Associate', town: 'Columbus, OH', start: '2013-06', end: '2015-08', duties: 'Processed account paperwork, trades and money movement for three advisors.', reason: 'Became advisor' },
      { company: 'Scioto Wealth Management LLC', title: 'Financial Advisor', town: 'Dublin, OH', start: '2015-09', end: '2020-12', duties: 'Built a book of 90 households; comprehensive plans in eMoney.', reason: 'Joined RIA' },
      { company: 'Millbrook Capital Advisors', title: 'Senior Wealth Advisor', town: 'Columbus, OH', start: '2021-01', end: null, duties: 'Leads relationships with 140 households; chairs the investment committee rebalancing process.' },
    ],
    edu: [
      { school: 'Ohio Valley State University', qual: 'B.S.B.A.', field: 'Finance', start: '2009-08', end: '2013-05', town: 'Athens, OH' },
    ],
    languages: ['English', 'Spanish (conversational)'], certs: ['CERTIFIED FINANCIAL PLANNER™ (2018)', 'FINRA Series 7, 66', 'Ohio Life & Health insurance license'],
    referees: [
      { name: 'Joan Whitacre', role: 'Managing Partner', org: 'Scioto Wealth Management LLC', phone: '(614) 889-4021' },
    ],
  },
  {
    id: 'p04', language: 'en', name: 'Losana Tuilevuka', gender: 'Female', dob: '1986-11-23', nationality: 'Fijian',
    address: 'Lot 14, Vunimono Road, Nausori, Fiji', email: 'losana.tuilevuka@gmail.com',
    phoneDisplay: '927 4418', phone: '+6799274418', headline: 'Senior Agricultural Extension Officer',
    summary: 'Extension officer with fourteen years of field work with smallholder taro, kava and vegetable farmers across Vanua Levu and Viti Levu.',
    skills: ['Farmer field schools', 'Soil sampling', 'Crop pest diagnosis', 'Participatory rural appraisal (PRA)', 'MS Access', 'Report writing', 'Kava nursery management'],
    skillAlt: { 'Participatory rural appraisal (PRA)': ['PRA', 'Participatory rural appraisal'] },
    jobs: [
      { company: 'Pacific Taro Growers Cooperative', title: 'Field Assistant', town: 'Taveuni', start: '2009-02', end: '2011-12', duties: 'Recorded plot trials and ran taro beetle monitoring for 120 members.', reason: 'Appointed to civil service' },
      { company: 'Ministry of Agriculture', title: 'Agricultural Officer', town: 'Labasa', start: '2012-01', end: '2018-06', duties: 'Extension services for Macuata province; ran 14 farmer field schools.', reason: 'Family reasons' },
      { company: 'Sigatoka Valley Farmers Association', title: 'Senior Extension Officer', town: 'Sigatoka', start: '2019-07', end: null, duties: 'Coordinates six extension officers; soil testing programme and kava nursery project.' },
    ],
    edu: [
      { school: 'Fiji Institute of Agriculture and Forestry', qual: 'Bachelor of Agriculture', field: 'Crop Science', start: '2005-02', end: '2008-11', town: 'Koronivia' },
      { school: 'Adi Cakobau Secondary School', qual: 'Fiji Year 13 Certificate', field: '', start: '2003-01', end: '2004-11', town: 'Sawani' },
    ],
    languages: ['English', 'iTaukei', 'Fiji Hindi (basic)'], certs: ['Pesticide safety certificate (2014)'],
    referees: [
      { name: 'Mr Jone Ravuvu', role: 'Principal Agricultural Officer', org: 'Ministry of Agriculture, Northern Division', phone: '881 2254' },
      { name: 'Mrs Priya Narayan', role: 'Chairperson', org: 'Sigatoka Valley Farmers Association', phone: '650 0173' },
    ],
    breakNote: { start: '2018-07', end: '2019-06', text: 'Career break (family care)' },
  },
  {
    id: 'p05', language: 'en', name: 'Kurt Grech Sant', gender: 'Male', dob: '1994-06-30', nationality: 'Maltese',
    idNo: '0318794M', address: 'Flat 3, 41 Triq il-Kbira, Mosta MST 1014, Malta', email: 'kurt.grechsant@gmail.com',
    phoneDisplay: '7942 1186', phone: '+35679421186', headline: 'Senior SDET — iGaming platforms',
    summary: 'Test automation engineer for casino and sportsbook platforms; builds UI and API suites and keeps CI pipelines honest.',
    skills: ['Selenium WebDriver', 'Playwright', 'Java', 'TypeScript', 'Postman', 'Jenkins', 'JMeter', 'Cucumber (BDD)', 'SQL'],
    skillAlt: { 'Selenium WebDriver': ['Selenium'], 'Cucumber (BDD)': ['Cucumber', 'BDD'] },
    jobs: [
      { company: 'Lampuka Digital Ltd', title: 'QA Intern', town: 'Gżira', start: '2016-06', end: '2016-09', duties: 'Manual testing of a hotel booking web app; wrote first Selenium scripts.', intern: true, reason: 'End of internship' },
      { company: 'Spinfield Gaming Ltd', title: 'Junior QA Tester', town: "St Julian's", start: '2017-01', end: '2019-05', duties: 'Regression testing of slot game releases across desktop and mobile.', reason: 'Move into automation' },
      { company: 'Corsair Play Ltd', title: 'QA Automation Engineer', town: 'Sliema', start: '2019-06', end: '2023-10', duties: 'Built the Java/Selenium framework and API tests for the sportsbook; JMeter load tests.', reason: 'Senior role' },
      { company: 'Northlight iGaming Ltd', title: 'Senior SDET', town: 'Birkirkara', start: '2023-11', end: null, duties: 'Playwright/TypeScript suites for the player account platform; mentors three testers.' },
    ],
    edu: [
      { school: 'University of Marsaskala', qual: 'B.Sc. (Hons)', field: 'Software Development', start: '2013-10', end: '2016-06', town: 'Msida' },
      { school: 'MCAST Institute of ICT', qual: 'Advanced Diploma', field: 'Computing', start: '2011-10', end: '2013-06', town: 'Paola' },
    ],
    languages: ['Maltese', 'English', 'Italian'], certs: ['ISTQB Certified Tester Foundation Level (2017)', 'ISTQB Advanced Test Automation Engineer (2021)'],
    referees: [
      { name: 'Ms Daniela Farrugia', role: 'QA Manager', org: 'Corsair Play Ltd', phone: '+356 2133 8840' },
    ],
  },
  {
    id: 'p06', language: 'en', name: 'Ndapewa Haufiku', gender: 'Female', dob: '1990-08-05', nationality: 'Namibian',
    address: '14 Nickel Street, Prosperita, Windhoek, Namibia', email: 'nhaufiku.hydro@gmail.com',
    phoneDisplay: '081 274 5590', phone: '+264812745590', headline: 'Senior Hydrogeologist',
    summary: 'Hydrogeologist with ten years in groundwater exploration, aquifer testing and numerical modelling for mines, towns and rural water schemes.',
    skills: ['Aquifer test analysis', 'MODFLOW', 'AQTESOLV', 'ArcGIS', 'Borehole siting', 'Water quality sampling', 'Python'],
    skillAlt: { 'Aquifer test analysis': ['pumping test analysis'], 'ArcGIS': ['ArcGIS Pro'] },
    jobs: [
      { company: 'Kuiseb Water Consultants (Pty) Ltd', title: 'Graduate Hydrogeologist', town: 'Windhoek', start: '2014-02', end: '2016-07', duties: 'Borehole siting with resistivity surveys; supervised drilling and pumping tests.', reason: 'Better opportunity' },
      { company: 'Omaruru Drilling & Geoservices (Pty) Ltd', title: 'Hydrogeologist', town: 'Omaruru', start: '2016-08', end: '2020-01', duties: 'Aquifer tests and water supply studies for uranium and gold mines.', reason: 'MSc studies' },
      { company: 'Auas Environmental (Pty) Ltd', title: 'Senior Hydrogeologist', town: 'Windhoek', start: '2022-02', end: null, duties: 'Groundwater models (MODFLOW) for mine dewatering and town water supply; project lead on ESIA groundwater chapters.' },
    ],
    edu: [
      { school: 'University of the Highveld', qual: 'MSc', field: 'Hydrogeology', start: '2020-02', end: '2021-12', town: 'Bloemfontein' },
      { school: 'Namib University of Science', qual: 'BSc (Hons)', field: 'Geology', start: '2009-02', end: '2013-11', town: 'Windhoek' },
    ],
    languages: ['English', 'Oshiwambo', 'Afrikaans'], certs: ['Professional Natural Scientist (Pr.Sci.Nat.), 2023'],
    referees: [
      { name: 'Dr Hendrik Gaeseb', role: 'Managing Director', org: 'Auas Environmental (Pty) Ltd', phone: '+264 61 226 417' },
      { name: 'Mr Pieter Visagie', role: 'Principal Hydrogeologist', org: 'Kuiseb Water Consultants (Pty) Ltd', phone: '+264 81 339 0126' },
    ],
    breakNote: { start: '2020-02', end: '2021-12', text: 'Full-time MSc (Hydrogeology)' },
  },
  {
    id: 'p07', language: 'en', name: 'Gillian Surette', gender: 'Female', dob: '1988-03-14', nationality: 'Canadian',
    address: '27 Pinehill Drive, Bedford, NS B4A 2Y5, Canada', email: 'gsurette.pm@gmail.com',
    phoneDisplay: '902-481-3307', phone: '+19024813307', headline: 'Project Director, PMP — civil and marine infrastructure',
    summary: 'Civil engineer and PMP with fifteen years delivering wharf, bridge and water-treatment projects across Atlantic Canada.',
    skills: ['Primavera P6', 'MS Project', 'Earned value management', 'Procore', 'Contract administration (CCDC)', 'Risk registers', 'Bluebeam Revu'],
    skillAlt: { 'Earned value management': ['EVM'], 'Bluebeam Revu': ['Bluebeam'], 'Contract administration (CCDC)': ['Contract administration'] },
    jobs: [
      { company: 'Atlantic Harbourfront Builders', title: 'Co-op Student (Estimating)', town: 'Halifax, NS', start: '2010-05', end: '2010-08', duties: 'Co-op work term: quantity take-offs and subcontractor bid levelling.', intern: true, reason: 'End of work term' },
      { company: 'Chebucto Construction Ltd.', title: 'Project Coordinator', town: 'Dartmouth, NS', start: '2011-06', end: '2014-03', duties: 'Schedules, RFIs and submittals for municipal water projects.', reason: 'Promoted' },
      { company: 'Chebucto Construction Ltd.', title: 'Project Manager', town: 'Dartmouth, NS', start: '2014-04', end: '2018-10', duties: 'Managed $5–30M water-treatment and pumping-station contracts.', reason: 'Larger projects' },
      { company: 'Fundy Infrastructure Group Inc.', title: 'Senior Project Manager', town: 'Halifax, NS', start: '2018-11', end: '2024-02', duties: 'Led wharf reconstruction and two highway bridges; EVM reporting to the owner.', reason: 'Director role' },
      { company: 'Sable Point Engineering Ltd.', title: 'Project Director', town: 'Halifax, NS', start: '2024-03', end: null, duties: 'Directs a $140M port expansion programme; four PMs report to her.' },
    ],
    edu: [
      { school: 'Bedford Polytechnic University', qual: 'B.Eng.', field: 'Civil Engineering (Co-op)', start: '2006-09', end: '2011-05', town: 'Halifax, NS' },
    ],
    languages: ['English', 'French'], certs: ['PMP (2015)', 'P.Eng., Engineers Nova Scotia', 'Gold Seal Certification (CCA)'],
    referees: [
      { name: 'Ray MacNeil, P.Eng.', role: 'VP Operations', org: 'Fundy Infrastructure Group Inc.', phone: '902-455-0192' },
    ],
  },
  {
    id: 'p08', language: 'zh', name: '郝建军', gender: '男', dob: '1986-07-19', nationality: '中国', idNo: '410102198607193516',
    address: '广东省东莞市长安镇锦厦社区兴发路18号', email: 'haojianjun1986@163.com',
    phoneDisplay: '138 2561 4407', phone: '+8613825614407', headline: '电气维修主管（高级维修电工）',
    summary: '从事工厂电气维修二十年，熟悉注塑机、冲床、自动化生产线的电气控制和PLC改造，带过十人维修班组。',
    skills: ['PLC编程（三菱、西门子S7-200）', '变频器调试', '电气图纸识读', '高低压配电柜维护', 'CAD制图', '电机维修'],
    skillAlt: { 'PLC编程（三菱、西门子S7-200）': ['PLC编程', 'PLC'], 'CAD制图': ['AutoCAD', 'CAD'] },
    jobs: [
      { company: '郑州华鑫机电设备安装有限公司', title: '学徒电工', town: '郑州', start: '2005-03', end: '2007-06', duties: '跟师傅做厂房照明、动力线路安装，配电箱接线。', reason: '外出务工' },
      { company: '东莞市冠宏五金制品有限公司', title: '维修电工', town: '东莞', start: '2007-08', end: '2013-12', duties: '负责冲压车间40台冲床和配电房日常维护。', reason: '个人发展' },
      { company: '东莞市锐达精密模具有限公司', title: '设备电工组长', town: '东莞', start: '2014-02', end: '2019-09', duties: '带6人电工班组，注塑机、CNC电气维修，完成两条线PLC改造。', reason: '寻求更大平台' },
      { company: '广东科沃智能装备有限公司', title: '电气维修主管', town: '东莞', start: '2019-10', end: null, duties: '负责全厂自动化产线电气维护、备件管理和新设备验收，管理10人班组。' },
    ],
    edu: [
      { school: '河南省郑州市第二职业中等专业学校', qual: '中专', field: '电子电器应用与维修', start: '2002-09', end: '2005-07', town: '郑州' },
      { school: '东莞开放大学', qual: '大专（业余）', field: '机电一体化技术', start: '2015-03', end: '2018-01', town: '东莞' },
    ],
    languages: ['普通话', '河南话'], certs: ['低压电工作业证（特种作业操作证）', '高压电工作业证', '维修电工 高级工（三级）'],
    referees: [
      { name: '刘志明', role: '设备部经理', org: '东莞市锐达精密模具有限公司', phone: '0769-8531 2246' },
      { name: '黄国强', role: '厂长', org: '广东科沃智能装备有限公司', phone: '139 2840 7715' },
    ],
  },
  {
    id: 'p09', language: 'zh', name: '蒋慧敏', gender: '女', dob: '1981-12-03', nationality: '中国', idNo: '310110198112032028',
    address: '上海市浦东新区张杨路1380弄6号902室', email: 'jianghuimin_sh@126.com',
    phoneDisplay: '139-1702-5583', phone: '+8613917025583', headline: '首席风险官',
    summary: '二十余年银行、信托、消费金融风险管理经验，熟悉信用风险计量、资本管理与监管合规。',
    skills: ['信用风险建模', '巴塞尔协议Ⅲ资本计量', 'SAS', 'Python', '反欺诈策略', '内部审计', '压力测试'],
    skillAlt: { '巴塞尔协议Ⅲ资本计量': ['巴塞尔III', 'Basel III'], '信用风险建模': ['信用评分模型'] },
    jobs: [
      { company: '沪东商业银行股份有限公司', title: '客户经理', town: '上海', start: '2004-07', end: '2008-05', dept: '浦东支行公司业务部', duties: '负责中小企业授信营销、贷前调查和贷后管理。', reason: '职业发展' },
      { company: '申江国际信托有限公司', title: '高级经理', town: '上海', start: '2008-06', end: '2014-02', dept: '风险管理部', duties: '负责信托项目尽职调查、风险评审及存续期管理。', reason: '职业发展' },
      { company: '长江湾消费金融有限公司', title: '风险管理部总经理', town: '上海', start: '2014-03', end: '2020-08', dept: '风险管理部', duties: '搭建零售信贷风控体系、评分卡模型和反欺诈平台。', reason: '内部晋升' },
      { company: '长江湾消费金融有限公司', title: '首席风险官', town: '上海', start: '2020-09', end: null, dept: '公司高管', duties: '分管风险管理、合规和内审条线，负责资本充足率管理与压力测试。' },
    ],
    edu: [
      { school: '华东财经学院', qual: '本科 / 经济学学士', field: '金融学', start: '2000-09', end: '2004-07', town: '上海' },
      { school: '申城大学', qual: '硕士研究生（在职）/ 工商管理硕士', field: '工商管理', start: '2009-09', end: '2012-06', town: '上海' },
    ],
    languages: ['普通话', '英语（CET-6）'], certs: ['FRM 金融风险管理师', '中级经济师（金融）'],
    referees: [
      { name: '王建华', role: '董事长', org: '长江湾消费金融有限公司', phone: '021-6888 3100' },
      { name: '陈立', role: '原风险总监', org: '申江国际信托有限公司', phone: '138 0172 6649' },
    ],
  },
  {
    id: 'p10', language: 'zh', name: '牛德胜', gender: '男', dob: '1984-03-27', nationality: '中国', idNo: '372901198403274815',
    address: '山东省菏泽市牡丹区吕陵镇牛庄村 / 现住：青岛市黄岛区', email: '1583620447@qq.com',
    phoneDisplay: '15265307719', phone: '+8615265307719', headline: '管道焊工 / 焊接班长',
    summary: '持证焊工，干了二十年，国内外石化、锅炉、船舶项目都干过，会氩电联焊、全位置焊接。',
    skills: ['氩弧焊', '二氧化碳气体保护焊', '手工电弧焊', '管道全位置焊接', '看焊接工艺卡（WPS）', '碳钢/不锈钢焊接'],
    skillAlt: { '二氧化碳气体保护焊': ['CO2气保焊', '气保焊'], '看焊接工艺卡（WPS）': ['WPS'], '氩弧焊': ['TIG'] },
    jobs: [
      { company: '菏泽市鲁西锅炉制造厂', title: '焊工', town: '菏泽', start: '2006-04', end: '2010-10', duties: '锅炉水冷壁、集箱焊接。', reason: '出国务工' },
      { company: '齐鲁国际工程建设有限公司', title: '焊工（外派阿尔及利亚）', town: '阿尔及利亚 奥兰', start: '2010-12', end: '2013-06', duties: '炼油厂改扩建项目管道焊接，一次合格率98%以上。', reason: '合同期满回国' },
      { company: '山东恒通石化设备安装有限公司', title: '管道焊工', town: '淄博', start: '2013-09', end: '2018-04', duties: '石化装置管道安装焊接，不锈钢管道氩弧焊打底。', reason: '再次外派' },
      { company: '齐鲁国际工程建设有限公司', title: '焊接班长（外派沙特）', town: '沙特 朱拜勒', start: '2018-06', end: '2022-12', duties: '带12人焊接班，负责管廊和储罐焊接质量。', reason: '合同期满回国' },
      { company: '青岛海晟船舶修造有限公司', title: '焊工', town: '青岛', start: '2023-03', end: null, duties: '船体分段和管系焊接。' },
    ],
    edu: [
      { school: '菏泽市牡丹区吕陵镇中学', qual: '初中', field: '', start: '1997-09', end: '2000-07', town: '菏泽' },
      { school: '菏泽市技工学校', qual: '技校', field: '焊接技术', start: '2003-09', end: '2006-01', town: '菏泽' },
    ],
    languages: ['普通话', '简单英语口语'], certs: ['熔化焊接与热切割作业证', '焊工 高级工（三级）', 'ASME IX 焊工资格'],
    referees: [
      { name: '孙海波', role: '项目经理', org: '齐鲁国际工程建设有限公司', phone: '0531-8890 2217' },
    ],
  },
  {
    id: 'p11', language: 'zh', name: '曹秀兰', gender: '女', dob: '1979-05-08', nationality: '中国', idNo: '510703197905083226',
    address: '四川省成都市武侯区簇桥街道锦城南苑7栋', email: 'caoxiulan1979@163.com',
    phoneDisplay: '187-8023-6641', phone: '+8618780236641', headline: '高级母婴护理师（金牌月嫂）',
    summary: '带过60多个宝宝，新生儿护理和产妇月子护理经验丰富，性格开朗，做事细心。',
    skills: ['新生儿护理', '产后恢复护理', '催乳', '月子餐制作', '婴儿抚触', '早教游戏'],
    skillAlt: { '催乳': ['通乳'], '月子餐制作': ['月子餐'] },
    jobs: [
      { company: '绵阳市涪城区小太阳幼儿园', title: '保育员', town: '绵阳', start: '2003-09', end: '2009-07', duties: '负责小班幼儿生活照料、午睡、卫生消毒。', reason: '随家人到成都' },
      { company: '成都好帮手家政服务有限公司', title: '育儿嫂', town: '成都', start: '2010-03', end: '2015-12', duties: '住家照顾0–3岁宝宝，辅食制作、早教。', reason: '转做月嫂' },
      { company: '成都贝安心母婴护理服务有限公司', title: '高级母婴护理师', town: '成都', start: '2016-03', end: null, duties: '住家月嫂，26天一单，负责新生儿和产妇护理。' },
    ],
    edu: [
      { school: '绵阳市游仙区魏城中学', qual: '高中', field: '', start: '1994-09', end: '1997-07', town: '绵阳' },
    ],
    languages: ['普通话', '四川话'], certs: ['高级母婴护理师证', '育婴员（四级）', '健康证', '催乳师证'],
    referees: [
      { name: '张经理', role: '门店经理', org: '成都贝安心母婴护理服务有限公司', phone: '028-8556 2391' },
    ],
    breakNote: { start: '2009-08', end: '2010-02', text: '随家人搬到成都，在家' },
  },
  {
    id: 'p12', language: 'zh', name: '廖文博', gender: '男', dob: '1994-10-21', nationality: '中国', idNo: '320106199410211238',
    address: '江苏省南京市江北新区大厂街道新华路226号', email: 'liaowenbo_chem@163.com',
    phoneDisplay: '15851960328', phone: '+8615851960328', headline: '工艺工程师',
    summary: '化学工程专业，九年石化装置工艺管理经验，熟悉流程模拟、HAZOP和装置开停工。',
    skills: ['Aspen Plus流程模拟', 'HAZOP分析', 'AutoCAD', 'DCS操作', 'Origin数据处理', 'PID图绘制'],
    skillAlt: { 'Aspen Plus流程模拟': ['Aspen Plus'], 'PID图绘制': ['P&ID'], 'HAZOP分析': ['HAZOP'] },
    jobs: [
      { company: '金陵化工设计研究院有限公司', title: '实习生', town: '南京', start: '2016-07', end: '2016-08', dept: '工艺室', duties: '毕业实习，参与工艺包物料衡算。', intern: true, reason: '实习结束' },
      { company: '宁扬石化股份有限公司', title: '工艺技术员', town: '南京', start: '2017-07', end: '2020-06', dept: '芳烃车间', duties: '负责芳烃抽提装置工艺卡片、操作规程和日常工艺监控。', reason: '内部晋升' },
      { company: '宁扬石化股份有限公司', title: '工艺工程师', town: '南京', start: '2020-07', end: null, dept: '生产技术部', duties: '负责装置优化和节能改造，组织HAZOP分析，参与两次大检修开停工方案编制。' },
    ],
    edu: [
      { school: '江宁理工大学', qual: '本科 / 工学学士', field: '化学工程与工艺', start: '2013-09', end: '2017-06', town: '南京' },
      { school: '南京市第十四中学', qual: '高中', field: '', start: '2010-09', end: '2013-06', town: '南京' },
    ],
    languages: ['英语（CET-6）'], certs: ['注册化工工程师（基础考试合格）', '化工总控工（二级/技师）'],
    referees: [
      { name: '钱立新', role: '生产技术部部长', org: '宁扬石化股份有限公司', phone: '025-5709 3318' },
    ],
  },
  {
    id: 'p13', language: 'mixed', name: '周立恒', nameEn: 'Leo Zhou', gender: 'Male / 男', dob: '1989-01-16', nationality: 'Canadian / 加拿大',
    address: '1508-1288 W Georgia St, Vancouver, BC V6E 4R3, Canada', email: 'leo.zhou.dev@gmail.com',
    phoneDisplay: '+1 (604) 662-1837', phone: '+16046621837', headline: 'Principal Architect 首席架构师',
    summary: 'Backend and cloud architect, 14 years building distributed systems in Vancouver; moving to Hangzhou in 2025. 十四年分布式系统经验。',
    skills: ['Go', 'Kubernetes', 'Distributed systems design', 'gRPC', 'PostgreSQL', 'AWS', 'Kafka', 'Terraform'],
    skillAlt: { 'Go': ['Golang'], 'Kubernetes': ['K8s'], 'Distributed systems design': ['分布式系统设计'] },
    jobs: [
      { company: 'Pacific Crest Robotics', title: 'Software Developer Co-op', titleAlt: '软件开发实习生', town: 'Burnaby, BC', start: '2011-05', end: '2011-12', duties: 'Co-op term: firmware update service and test tooling in C++.', dutiesAlt: '实习：固件升级服务与测试工具开发。', intern: true, reason: 'End of co-op term' },
      { company: 'Granville Data Systems Inc.', title: 'Software Engineer', titleAlt: '软件工程师', town: 'Vancouver, BC', start: '2012-06', end: '2016-03', duties: 'Billing and reporting services in Java and PostgreSQL.', dutiesAlt: '计费与报表服务开发（Java、PostgreSQL）。', reason: 'New challenge' },
      { company: 'Kitsilano Labs Ltd.', title: 'Senior Software Engineer', titleAlt: '高级软件工程师', town: 'Vancouver, BC', start: '2016-04', end: '2020-11', duties: 'Moved the monolith to Go microservices on Kubernetes; on-call lead.', dutiesAlt: '单体应用拆分为Go微服务并迁移至Kubernetes。', reason: 'Architect role' },
      { company: 'Northshore Cloud Inc.', title: 'Staff Software Architect', titleAlt: '资深软件架构师', town: 'Vancouver, BC', start: '2020-12', end: '2025-06', duties: 'Event-streaming platform on Kafka handling 2M msg/s; multi-region AWS design.', dutiesAlt: '设计基于Kafka的事件流平台，AWS多区域架构。', reason: 'Relocating to China' },
      { company: '杭州澜图信息技术有限公司', title: 'Principal Architect', titleAlt: '首席架构师', town: '杭州', start: '2025-07', end: null, duties: 'Leads platform architecture for a logistics SaaS; 30 engineers.', dutiesAlt: '负责物流SaaS平台整体架构，团队30人。' },
    ],
    edu: [
      { school: 'University of Coastal British Columbia', qual: 'BASc', field: 'Computer Engineering', start: '2007-09', end: '2012-05', town: 'Vancouver, BC' },
    ],
    languages: ['English', '普通话 Mandarin', '粤语 Cantonese (basic)'], certs: ['AWS Certified Solutions Architect – Professional', 'CKA (Certified Kubernetes Administrator)'],
    referees: [
      { name: 'Amanda Reyes', role: 'CTO', org: 'Northshore Cloud Inc.', phone: '+1 604 555 0147' },
    ],
  },
  {
    id: 'p14', language: 'mixed', name: '沈若溪', nameEn: 'Rosie Shen', gender: 'Female / 女', dob: '1993-09-09', nationality: '中国 / Chinese',
    idNo: '320503199309094021', address: '江苏省苏州市工业园区星湖街328号 创意产业园 7-302', email: 'rosie.shen@foxmail.com',
    phoneDisplay: '139 1265 8804', phone: '+8613912658804', headline: 'Senior International Admissions Officer 高级国际招生专员',
    summary: 'Ten years in study-abroad counselling and international student recruitment; bilingual, data-driven and good with schools and parents. 留学咨询与国际招生十年经验。',
    skills: ['CRM (Salesforce)', 'UCAS & Common App guidance', 'Event planning', 'Copywriting 中英双语文案', 'Excel 数据分析', 'Canva'],
    skillAlt: { 'CRM (Salesforce)': ['Salesforce', 'CRM'], 'Excel 数据分析': ['Excel'], 'Copywriting 中英双语文案': ['Copywriting'] },
    jobs: [
      { company: '苏州启程留学咨询有限公司', title: 'Admissions Assistant (Intern)', titleAlt: '招生助理（实习）', town: '苏州', start: '2015-03', end: '2015-06', duties: 'Prepared application files and translated school documents.', dutiesAlt: '整理申请材料，翻译成绩单与推荐信。', intern: true, reason: 'Graduated' },
      { company: '苏州启程留学咨询有限公司', title: 'Study Abroad Counsellor', titleAlt: '留学顾问', town: '苏州', start: '2015-07', end: '2018-08', duties: 'Advised 150+ students a year on UK/US applications.', dutiesAlt: '每年为150余名学生提供英美院校申请咨询。', reason: 'Postgraduate study in the UK' },
      { company: 'BrightPath Education Group', title: 'International Recruitment Officer', titleAlt: '国际招生专员', town: '上海', start: '2019-12', end: '2022-05', duties: 'Recruited Chinese students for partner UK universities; ran 40 fairs a year.', dutiesAlt: '为英国合作院校招募中国学生，每年组织约40场展会。', reason: 'Move into a university' },
      { company: 'Jiangnan-Aldridge University', title: 'Senior International Admissions Officer', titleAlt: '高级国际招生专员', town: '苏州', start: '2022-06', end: null, duties: 'Owns the East China recruitment plan; CRM campaigns and offer conversion reporting.', dutiesAlt: '负责华东区招生计划、CRM营销及录取转化分析。' },
    ],
    edu: [
      { school: 'University of Harrowgate', qual: 'MA', field: 'International Education Management', start: '2018-09', end: '2019-11', town: 'Harrowgate, UK' },
      { school: '姑苏外国语学院', qual: '本科 BA', field: '英语（商务英语方向）', start: '2011-09', end: '2015-06', town: '苏州' },
    ],
    languages: ['English (IELTS 8.0)', '普通话', '吴语'], certs: ['UCAS Adviser Training Certificate'],
    referees: [
      { name: 'Dr Helen Marsh', role: 'Director of Admissions', org: 'Jiangnan-Aldridge University', phone: '+86 512 8816 0231' },
    ],
    breakNote: { start: '2018-09', end: '2019-11', text: 'MA study in the UK 英国读研' },
  },
  {
    id: 'p15', language: 'mixed', name: '冯嘉俊', nameEn: 'Kevin Fung', gender: 'Male / 男', dob: '1987-04-25', nationality: '中国 / Chinese',
    idNo: '440301198704251519', address: '广东省深圳市南山区桃园路98号 鼎盛花园B座1605', email: 'kevin.fung.sqe@outlook.com',
    phoneDisplay: '135 3017 6625', phone: '+8613530176625', headline: 'Supplier Quality Manager 供应商质量经理',
    summary: 'SQE/SQM with 17 years in consumer electronics and battery storage; audits suppliers across the Pearl River Delta. 十七年供应商质量管理经验。',
    skills: ['ISO 9001 internal audit', 'APQP/PPAP', '8D problem solving', 'SPC', 'FMEA', 'Minitab', 'IATF 16949'],
    skillAlt: { 'APQP/PPAP': ['APQP', 'PPAP'], '8D problem solving': ['8D'], 'ISO 9001 internal audit': ['ISO 9001'] },
    jobs: [
      { company: '东莞市恒力电子有限公司', title: 'QC Inspector', titleAlt: '品质检验员', town: '东莞', start: '2009-07', end: '2012-03', duties: 'Incoming and in-process inspection of PCB assemblies.', dutiesAlt: '来料及制程检验（PCBA）。', reason: 'Career development' },
      { company: 'Foxtail Components (Shenzhen) Ltd.', title: 'Supplier Quality Engineer', titleAlt: '供应商质量工程师', town: '深圳', start: '2012-04', end: '2016-10', duties: 'PPAP approvals and process audits for 30 plastic and metal suppliers.', dutiesAlt: '负责30家塑胶五金供应商PPAP及过程审核。', reason: 'Career development' },
      { company: 'Cadenza Audio Asia Ltd.', title: 'Supplier Quality Manager', titleAlt: '供应商质量经理', town: '深圳', start: '2016-11', end: '2022-01', duties: 'Led a team of 6 SQEs; cut supplier PPM from 2,400 to 380.', dutiesAlt: '管理6名SQE，供应商来料不良率由2400 PPM降至380 PPM。', reason: 'Move to energy storage' },
      { company: '深圳极光储能科技有限公司', title: 'Supply Chain Quality Manager', titleAlt: '供应链质量经理', town: '深圳', start: '2022-02', end: null, duties: 'Cell and BMS supplier qualification; IATF 16949 readiness.', dutiesAlt: '电芯及BMS供应商准入，推动IATF 16949体系建设。' },
    ],
    edu: [
      { school: '岭南工业大学', qual: '本科 B.Eng.', field: '电子信息工程', start: '2005-09', end: '2009-06', town: '广州' },
    ],
    languages: ['English (CET-6, working)', '粤语', '普通话'], certs: ['CCAA 质量管理体系审核员（实习审核员）', 'ASQ CQE (2019)'],
    referees: [
      { name: 'Mr. Daniel Ho 何志华', role: 'VP Operations', org: 'Cadenza Audio Asia Ltd.', phone: '+852 9163 2208' },
    ],
  },
  {
    id: 'p16', language: 'mixed', name: '陆沁怡', nameEn: 'Cherry Lu', gender: 'Female / 女', dob: '1992-12-12', nationality: '中国 / Chinese',
    idNo: '310104199212124463', address: '上海市徐汇区漕溪北路595弄12号501室', email: 'cherry.lu.loc@gmail.com',
    phoneDisplay: '186 2183 4970', phone: '+8618621834970', headline: 'Localisation Producer 本地化制作人',
    summary: 'Game localisation producer (EN/JA/ZH) with 11 years on mobile and console titles; now applying to teach game localisation. 游戏本地化十一年。',
    skills: ['memoQ', 'Trados Studio', 'LQA', 'Unity', 'Jira', 'Python 脚本（文本提取）', 'Excel VBA'],
    skillAlt: { 'Trados Studio': ['SDL Trados', 'Trados'], 'LQA': ['Linguistic QA', 'Localization QA'], 'Python 脚本（文本提取）': ['Python'] },
    jobs: [
      { company: '上海星罗互娱网络科技有限公司', title: 'Localisation Intern', titleAlt: '本地化实习生', town: '上海', start: '2014-07', end: '2014-12', duties: 'Proofread English UI text for two mobile RPGs.', dutiesAlt: '两款手游英文界面文本校对。', intern: true, reason: 'Returned to studies' },
      { company: '上海星罗互娱网络科技有限公司', title: 'Localisation Specialist', titleAlt: '本地化专员', town: '上海', start: '2015-07', end: '2018-03', duties: 'Managed EN/JA text pipeline and glossaries for live-ops events.', dutiesAlt: '负责英日文本流程及术语表管理。', reason: 'Vendor side' },
      { company: 'Babelforge Localization (Shanghai) Co., Ltd.', title: 'Localisation Project Manager', titleAlt: '本地化项目经理', town: '上海', start: '2018-04', end: '2021-09', duties: 'Ran 20+ console projects in 12 languages; vendor and LQA scheduling.', dutiesAlt: '管理20多个主机游戏项目（12种语言），安排LQA。', reason: 'Back to studio' },
      { company: 'Emberlight Studios Shanghai', title: 'Localisation Producer', titleAlt: '本地化制作人', town: '上海', start: '2021-10', end: null, duties: 'Owns localisation for an open-world title in 14 languages; built the Unity string export tooling.', dutiesAlt: '负责开放世界游戏14种语言本地化，搭建Unity文本导出工具。' },
    ],
    edu: [
      { school: '沪江外国语大学', qual: '硕士 MA', field: '翻译（英语口笔译）', start: '2013-09', end: '2015-06', town: '上海' },
      { school: '沪江外国语大学', qual: '本科 BA', field: '日语', start: '2009-09', end: '2013-06', town: '上海' },
    ],
    languages: ['English (CATTI Level 2)', '日本語 (JLPT N1)', '普通话'], certs: ['CATTI 二级笔译', 'JLPT N1'],
    referees: [
      { name: 'Tom Whitfield', role: 'Head of Production', org: 'Emberlight Studios Shanghai', phone: '+86 21 6418 2275' },
    ],
  },
];

export const byId = Object.fromEntries(people.map((p) => [p.id, p])) as Record<string, Person>;
