/**
 * heldout-49: 16 invented people. Everything here is made up: people, employers, schools, addresses, e-mails, numbers.
 * `skills` is the truth form ("printed | synonym"); documents print the part before the first " | ".
 * `phone` is the candidate's own mobile (E.164). `others` are numbers printed beside it that are never the truth.
 */
export type Lang = 'en' | 'zh' | 'mixed';
export interface Job { company: string; title: string; start: string; end: string | null; town: string; duties: string[] }
export interface Edu { school: string; degree: string; start: string; end: string; town: string }
export interface Person {
  id: string; lang: Lang; name: string; alt?: string; headline: string; town: string;
  email: string; workEmail?: string; phone: string;
  /** how the own mobile is written in the candidate's country: national, international with spaces */
  nat: string; intl: string;
  others: { label: string; zh?: string; number: string }[];
  skills: string[]; jobs: Job[]; edu: Edu[]; languages: string[]; certs: string[]; summary: string;
}

export const people: Person[] = [
  {
    id: 'p01', lang: 'en', name: 'Eilidh MacLeod', headline: 'Chartered Structural Engineer', town: 'Glasgow',
    email: 'eilidh.macleod.ce@gmail.com', workEmail: 'e.macleod@carricklyle.co.uk', phone: '+447700900318',
    nat: '07700 900318', intl: '+44 7700 900318',
    others: [{ label: 'Office', number: '0141 496 0275 ext. 4412' }, { label: 'Home', number: '0141 496 0833' }],
    skills: ['Structural design', 'Eurocodes', 'Tekla Structures', 'AutoCAD', 'Revit', 'Finite element analysis | FEA', 'Temporary works design', 'Client liaison'],
    jobs: [
      { company: 'Brodie & Kerr Consulting', title: 'Graduate Engineer', start: '2014-09', end: '2016-08', town: 'Paisley', duties: ['Designed steel and concrete elements for schools and health centres', 'Prepared calculation packages and site inspection reports'] },
      { company: 'Brodie & Kerr Consulting', title: 'Structural Engineer', start: '2016-09', end: '2019-03', town: 'Paisley', duties: ['Led design of a four-storey timber-frame student residence', 'Checked temporary works for two contractors'] },
      { company: 'Carrick Lyle Partnership', title: 'Senior Structural Engineer', start: '2019-04', end: '2023-10', town: 'Glasgow', duties: ['Managed a team of four engineers on retail and residential schemes', 'Introduced Tekla-to-Revit model exchange'] },
      { company: 'Carrick Lyle Partnership', title: 'Associate', start: '2023-11', end: null, town: 'Glasgow', duties: ['Responsible for the Edinburgh office structures workload (£1.2m fees)', 'Client lead for two housing associations'] },
    ],
    edu: [{ school: 'Kelvinside University', degree: 'MEng Civil Engineering (First Class)', start: '2009-09', end: '2014-06', town: 'Glasgow' }],
    languages: ['English (native)', 'Scottish Gaelic (conversational)'], certs: ['CEng MIStructE (2019)', 'CSCS Professionally Qualified Person card'],
    summary: 'Chartered structural engineer with twelve years in building structures across Scotland, now leading a small design team.',
  },
  {
    id: 'p02', lang: 'en', name: 'Jordan Ellsworth', headline: 'Analytics Engineer', town: 'Chicago, IL',
    email: 'jellsworth.data@gmail.com', workEmail: 'jordan.e@fernwaylabs.com', phone: '+13125550147',
    nat: '(312) 555-0147', intl: '+1 312-555-0147',
    others: [{ label: 'Office', number: '(312) 555-0199 ext. 214' }],
    skills: ['SQL', 'Python', 'dbt', 'Looker', 'Tableau', 'A/B testing', 'Snowflake', 'Airflow | Apache Airflow'],
    jobs: [
      { company: 'Halsted Mutual Insurance', title: 'Junior Data Analyst', start: '2015-06', end: '2017-07', town: 'Chicago, IL', duties: ['Built weekly claims dashboards in Tableau', 'Automated Excel reports with Python'] },
      { company: 'Lakeshore Grocers', title: 'Data Analyst', start: '2017-08', end: '2020-02', town: 'Evanston, IL', duties: ['Ran 40+ A/B tests on promotions and app features', 'Owned the loyalty-program data mart'] },
      { company: 'Pinecrest Health Partners', title: 'Senior Analytics Engineer', start: '2020-03', end: '2023-05', town: 'Oak Brook, IL', duties: ['Migrated reporting to Snowflake and dbt (300+ models)', 'Cut dashboard load times by 70%'] },
      { company: 'Fernway Labs', title: 'Analytics Engineering Lead', start: '2023-06', end: null, town: 'Chicago, IL', duties: ['Lead a team of five analytics engineers', 'Set up Airflow orchestration and data-quality tests'] },
    ],
    edu: [{ school: 'Prairie State University', degree: 'B.S. Statistics', start: '2011-08', end: '2015-05', town: 'Normal, IL' }],
    languages: ['English (native)', 'Spanish (working proficiency)'], certs: ['dbt Analytics Engineering Certification'],
    summary: 'Analytics engineer who turns messy operational data into trusted models and dashboards.',
  },
  {
    id: 'p03', lang: 'en', name: 'Chloe Nguyen', headline: 'Clinical Nurse Specialist', town: 'Sydney NSW',
    email: 'chloe.nguyen.rn@outlook.com', phone: '+61491570158',
    nat: '0491 570 158', intl: '+61 491 570 158',
    others: [{ label: 'Home', number: '(02) 5550 3381' }, { label: 'Ward', number: '(02) 5550 7712 ext. 3' }],
    skills: ['Acute care nursing', 'Medication administration', 'Wound care', 'Patient assessment', 'Cerner EMR | Cerner', 'Clinical handover (ISBAR) | ISBAR', 'Infection control', 'Rostering'],
    jobs: [
      { company: 'Harbourview Private Hospital', title: 'Assistant in Nursing', start: '2013-02', end: '2014-12', town: 'North Sydney', duties: ['Personal care on a 28-bed surgical ward (casual, while studying)'] },
      { company: 'Parramatta Valley Hospital', title: 'Registered Nurse (Graduate Program)', start: '2015-02', end: '2016-01', town: 'Parramatta', duties: ['Rotations in medical, surgical and emergency'] },
      { company: 'Parramatta Valley Hospital', title: 'Registered Nurse', start: '2016-02', end: '2020-06', town: 'Parramatta', duties: ['Cared for up to six acute medical patients per shift', 'Preceptor for graduate nurses'] },
      { company: 'Coastal District Health', title: 'Clinical Nurse Specialist', start: '2020-07', end: null, town: 'Manly', duties: ['Lead the wound-care link nurse program', 'Write the fortnightly roster for 34 staff'] },
    ],
    edu: [{ school: 'Western Harbour University', degree: 'Bachelor of Nursing', start: '2012-02', end: '2014-11', town: 'Sydney' }],
    languages: ['English', 'Vietnamese (fluent)'], certs: ['AHPRA registration NMW0001234567', 'Advanced Life Support (ALS1)'],
    summary: 'Registered nurse with ten years in acute care, specialising in wound care and ward coordination.',
  },
  {
    id: 'p04', lang: 'en', name: 'Siobhán Kearney', headline: 'Financial Controller', town: 'Cork',
    email: 'siobhan.kearney85@gmail.com', workEmail: 'skearney@carrigalinemarine.ie', phone: '+353857124490',
    nat: '085 712 4490', intl: '+353 85 712 4490',
    others: [{ label: 'Work', number: '021 437 2610 ext. 31' }],
    skills: ['Management accounts', 'Budgeting and forecasting', 'IFRS', 'Sage 200', 'Excel (Power Query, pivot tables) | Excel', 'Variance analysis', 'Payroll', 'Stakeholder reporting'],
    jobs: [
      { company: 'Blarney Meats Ltd', title: 'Accounts Assistant', start: '2010-07', end: '2013-02', town: 'Blarney', duties: ['Purchase ledger, supplier reconciliations and VAT returns'] },
      { company: 'Lissard Group', title: 'Assistant Accountant', start: '2013-03', end: '2016-09', town: 'Cork', duties: ['Month-end journals and accruals for three subsidiaries', 'Prepared audit files'] },
      { company: 'Lissard Group', title: 'Management Accountant', start: '2016-10', end: '2021-01', town: 'Cork', duties: ['Monthly management accounts and board pack', 'Built the annual budget model in Excel'] },
      { company: 'Carrigaline Marine Services', title: 'Financial Controller', start: '2021-02', end: null, town: 'Carrigaline', duties: ['Run a finance team of four; payroll for 120 staff', 'Moved the group from Sage 50 to Sage 200'] },
    ],
    edu: [{ school: 'South Munster University', degree: 'BComm (Accounting)', start: '2006-09', end: '2010-05', town: 'Cork' }],
    languages: ['English', 'Irish (Leaving Cert level)'], certs: ['ACCA (member since 2015)'],
    summary: 'ACCA-qualified accountant with sixteen years in manufacturing and marine services finance.',
  },
  {
    id: 'p05', lang: 'en', name: 'Arjun Venkataraman', headline: 'Senior MEP Project Engineer', town: 'Dubai',
    email: 'arjun.venkat.mep@gmail.com', workEmail: 'arjun.v@gulfstarfe.ae', phone: '+971503184627',
    nat: '050 318 4627', intl: '+971 50 318 4627',
    others: [{ label: 'India (home)', number: '+91 98451 73260' }, { label: 'Office', number: '+971 4 388 2150 Ext. 118' }],
    skills: ['HVAC design', 'MEP coordination', 'AutoCAD MEP', 'Revit MEP', 'HAP (Carrier) | HAP', 'Value engineering', 'Testing and commissioning | T&C', 'Primavera P6 | P6'],
    jobs: [
      { company: 'Kaveri Aircon Systems Pvt Ltd', title: 'Graduate Engineer Trainee', start: '2012-07', end: '2013-06', town: 'Bengaluru', duties: ['Heat-load calculations and duct sizing for office projects'] },
      { company: 'Kaveri Aircon Systems Pvt Ltd', title: 'Site Engineer – HVAC', start: '2013-07', end: '2016-04', town: 'Bengaluru', duties: ['Supervised chiller and AHU installation at two IT parks', 'Prepared daily progress reports'] },
      { company: 'Al Noor Building Contracting LLC', title: 'MEP Engineer', start: '2016-05', end: '2021-08', town: 'Sharjah', duties: ['Coordinated MEP shop drawings for a 42-storey tower', 'Obtained DEWA and Civil Defence approvals'] },
      { company: 'Gulfstar Facilities Engineering', title: 'Senior MEP Project Engineer', start: '2021-09', end: null, town: 'Dubai', duties: ['Lead MEP works on hotel refurbishments up to AED 60m', 'Value engineering saving AED 4.2m on one project'] },
    ],
    edu: [{ school: 'Sri Vaigai Institute of Technology', degree: 'B.E. Mechanical Engineering', start: '2008-08', end: '2012-05', town: 'Madurai' }],
    languages: ['English', 'Tamil', 'Hindi', 'Arabic (basic)'], certs: ['UAE driving licence', 'Society of Engineers UAE membership'],
    summary: 'Mechanical engineer with 14 years in HVAC and MEP execution in India and the UAE.',
  },
  {
    id: 'p06', lang: 'en', name: 'Owen Kowalchuk', headline: 'Senior Demand Planner', town: 'Toronto, ON',
    email: 'o.kowalchuk@yahoo.ca', phone: '+14165550142',
    nat: '416-555-0142', intl: '+1 416 555 0142',
    others: [{ label: 'Home', number: '905-555-0178' }],
    skills: ['Demand planning', 'SAP MM | SAP', 'Inventory optimization', 'Vendor management', 'Power BI', 'Excel VBA | VBA', 'S&OP | Sales and operations planning', 'Lean / continuous improvement'],
    jobs: [
      { company: 'Dufferin Logistics', title: 'Warehouse Coordinator', start: '2011-05', end: '2013-08', town: 'Mississauga, ON', duties: ['Scheduled inbound containers and cross-dock labour'] },
      { company: 'Maple Crest Foods', title: 'Inventory Analyst', start: '2013-09', end: '2017-12', town: 'Brampton, ON', duties: ['Reduced write-offs by 18% with FEFO rules in SAP', 'Weekly safety-stock review for 2,400 SKUs'] },
      { company: 'Maple Crest Foods', title: 'Supply Chain Planner', start: '2018-01', end: '2021-03', town: 'Brampton, ON', duties: ['Ran the monthly S&OP supply review', 'Built Power BI fill-rate reports'] },
      { company: 'Northgate Home Goods', title: 'Senior Demand Planner', start: '2021-04', end: null, town: 'Toronto, ON', duties: ['Own the forecast for a $310M furniture category', 'Forecast accuracy up from 61% to 74%'] },
    ],
    edu: [{ school: 'Lakeshore Polytechnic', degree: 'Diploma, Supply Chain Management', start: '2009-09', end: '2011-04', town: 'Toronto, ON' }],
    languages: ['English', 'Ukrainian (conversational)', 'French (basic)'], certs: ['CPIM (APICS), 2019', 'Lean Six Sigma Green Belt'],
    summary: 'Supply chain planner with fifteen years from the warehouse floor to category demand planning.',
  },
  {
    id: 'p07', lang: 'en', name: 'Thandiwe Mokoena', headline: 'Senior Systems Engineer', town: 'Johannesburg',
    email: 'tmokoena.it@gmail.com', workEmail: 't.mokoena@jacarandafs.co.za', phone: '+27824173365',
    nat: '082 417 3365', intl: '+27 82 417 3365',
    others: [{ label: 'Tel (w)', number: '011 482 1190 ext 2204' }, { label: 'Tel (h)', number: '011 795 4418' }],
    skills: ['Active Directory', 'Microsoft 365 administration | M365', 'VMware vSphere', 'PowerShell', 'Network troubleshooting', 'ITIL incident management | ITIL', 'Veeam Backup', 'Azure AD | Entra ID'],
    jobs: [
      { company: 'Sandton Print Solutions', title: 'IT Intern', start: '2012-01', end: '2012-12', town: 'Sandton', duties: ['Desktop support for 80 users; imaging and asset register'] },
      { company: 'Sandton Print Solutions', title: 'Service Desk Technician', start: '2013-01', end: '2015-06', town: 'Sandton', duties: ['First- and second-line support, printer fleet and e-mail'] },
      { company: 'Ridgeway Mining Services', title: 'Systems Administrator', start: '2015-07', end: '2020-09', town: 'Rustenburg', duties: ['Ran AD, Exchange and VMware for five mine sites', 'Introduced Veeam backups and DR tests'] },
      { company: 'Jacaranda Financial Services', title: 'Senior Systems Engineer', start: '2020-10', end: null, town: 'Johannesburg', duties: ['Led the Exchange-to-M365 migration for 1,100 users', 'PowerShell automation of joiner/leaver process'] },
    ],
    edu: [{ school: 'Highveld University of Technology', degree: 'National Diploma: Information Technology', start: '2009-01', end: '2011-12', town: 'Pretoria' }],
    languages: ['English', 'isiZulu', 'Sesotho', 'Afrikaans (basic)'], certs: ['Microsoft 365 Certified: Enterprise Administrator Expert', 'VCP-DCV', "Code 08 driver's licence"],
    summary: 'Systems engineer with fourteen years of infrastructure support in printing, mining and financial services.',
  },
  {
    id: 'p08', lang: 'zh', name: '王晓彤', headline: '高级交互设计师', town: '上海',
    email: 'wangxiaotong_ux@163.com', workEmail: 'xiaotong.wang@lanshan-tech.cn', phone: '+8613817624590',
    nat: '138 1762 4590', intl: '+86 138-1762-4590',
    others: [{ label: 'Office', zh: '办公电话', number: '021-6418 3370 转 8012' }],
    skills: ['交互设计', '用户研究', 'Figma', 'Axure', '原型设计', '可用性测试', '设计系统搭建 | Design System', '数据驱动设计'],
    jobs: [
      { company: '上海青橙网络科技有限公司', title: 'UI设计师', start: '2015-07', end: '2018-03', town: '上海', duties: ['负责电商App改版的界面设计', '输出组件库与标注规范'] },
      { company: '上海蓝山信息技术有限公司', title: '交互设计师', start: '2018-04', end: '2021-06', town: '上海', duties: ['负责企业SaaS产品的交互方案', '组织月度可用性测试'] },
      { company: '上海蓝山信息技术有限公司', title: '高级交互设计师', start: '2021-07', end: null, town: '上海', duties: ['带领4人设计小组', '主导设计系统搭建，组件复用率提升至80%'] },
    ],
    edu: [{ school: '沪江理工大学', degree: '本科 · 视觉传达设计', start: '2011-09', end: '2015-06', town: '上海' }],
    languages: ['英语（CET-6）'], certs: ['NN/g UX 认证'],
    summary: '11年互联网设计经验，擅长B端产品交互与设计系统。',
  },
  {
    id: 'p09', lang: 'zh', name: '刘建国', headline: '工艺经理', town: '成都',
    email: 'liujianguo1986@qq.com', workEmail: 'liujg@cxzn-tech.com', phone: '+8615928306714',
    nat: '159 2830 6714', intl: '+86 159 2830 6714',
    others: [{ label: 'Office', zh: '单位座机', number: '028-8736 5521 转 605' }],
    skills: ['SolidWorks', 'AutoCAD', 'CNC编程 | 数控编程', '精益生产', 'FMEA', '工装夹具设计', 'PLC基础 | PLC'],
    jobs: [
      { company: '成都锦江精密机械有限公司', title: '技术员', start: '2009-07', end: '2012-12', town: '成都', duties: ['数控车床编程与调试', '编写作业指导书'] },
      { company: '成都锦江精密机械有限公司', title: '机械工程师', start: '2013-01', end: '2016-05', town: '成都', duties: ['负责工装夹具设计，年节约成本30万元'] },
      { company: '四川天府汽车零部件有限公司', title: '生产主管', start: '2016-06', end: '2022-02', town: '德阳', duties: ['管理3条生产线、85名员工', '推行精益生产，交付率提升12%'] },
      { company: '成都川西智能装备有限公司', title: '工艺经理', start: '2022-03', end: null, town: '成都', duties: ['负责新产品工艺开发与PFMEA', '带领8人工艺团队'] },
    ],
    edu: [{ school: '蜀南理工学院', degree: '本科 · 机械设计制造及其自动化', start: '2005-09', end: '2009-06', town: '自贡' }],
    languages: ['英语（CET-4）'], certs: ['中级工程师', '六西格玛绿带'],
    summary: '17年机械制造经验，从技术员到工艺经理。',
  },
  {
    id: 'p10', lang: 'zh', name: '张敏', headline: '人力资源经理', town: '北京',
    email: 'zhangmin_hr@126.com', phone: '+8618610452387',
    nat: '186 1045 2387', intl: '+86 186 1045 2387',
    others: [{ label: 'Office', zh: '公司电话', number: '010-8457 2260 转 326' }],
    skills: ['招聘管理', '员工关系', '薪酬绩效', '劳动法', '北森系统 | 北森', 'Excel数据分析 | Excel', '培训体系搭建'],
    jobs: [
      { company: '北京恒信达物流有限公司', title: '人事专员', start: '2013-07', end: '2016-02', town: '北京', duties: ['负责入离职手续与社保公积金'] },
      { company: '北京智云互动科技有限公司', title: '招聘主管', start: '2016-03', end: '2019-08', town: '北京', duties: ['年招聘技术岗位150余人', '搭建校园招聘流程'] },
      { company: '北京智云互动科技有限公司', title: 'HRBP', start: '2019-09', end: '2022-12', town: '北京', duties: ['支持研发中心400人团队', '处理劳动争议12起，零败诉'] },
      { company: '北京华檀医疗器械有限公司', title: '人力资源经理', start: '2023-01', end: null, town: '北京', duties: ['负责HR全模块，团队6人', '上线北森系统'] },
    ],
    edu: [{ school: '京北财经学院', degree: '本科 · 人力资源管理', start: '2009-09', end: '2013-06', town: '北京' }],
    languages: ['英语（CET-6）'], certs: ['企业人力资源管理师（二级）'],
    summary: '13年人力资源经验，熟悉互联网与医疗器械行业。',
  },
  {
    id: 'p11', lang: 'zh', name: '陳怡君', headline: '軟體測試主任', town: '台北市',
    email: 'yichun.chen0417@gmail.com', phone: '+886928316457',
    nat: '0928-316-457', intl: '+886 928 316 457',
    others: [{ label: 'Home', zh: '市話', number: '(02) 2718-5406' }, { label: 'Office', zh: '公司電話', number: '(02) 2655-3100 #123' }],
    skills: ['自動化測試 | Test Automation', 'Selenium', 'Postman', 'Python', 'JIRA', '效能測試 | Performance Testing', 'Jenkins'],
    jobs: [
      { company: '晶昱科技股份有限公司', title: '測試工程師', start: '2014-08', end: '2017-10', town: '新竹', duties: ['撰寫測試案例與手動測試', '導入 JIRA 缺陷管理'] },
      { company: '宏澄資訊股份有限公司', title: '資深測試工程師', start: '2017-11', end: '2021-03', town: '台北', duties: ['以 Selenium 建立 UI 自動化測試', 'API 測試覆蓋率達 85%'] },
      { company: '宏澄資訊股份有限公司', title: 'QA 主任', start: '2021-04', end: null, town: '台北', duties: ['管理 6 人測試團隊', '建立 Jenkins 持續整合流程'] },
    ],
    edu: [{ school: '北台科技大學', degree: '學士 · 資訊工程系', start: '2010-09', end: '2014-06', town: '台北' }],
    languages: ['英文（多益 820）', '日文（N3）'], certs: ['ISTQB Foundation Level'],
    summary: '12 年軟體測試經驗，專長自動化與效能測試。',
  },
  {
    id: 'p12', lang: 'zh', name: '赵丽娜', headline: '财务经理', town: '广州',
    email: 'zhaolina_cpa@163.com', workEmail: 'zhaoln@zjyyy.com.cn', phone: '+8613925087461',
    nat: '139 2508 7461', intl: '+86 139 2508 7461',
    others: [{ label: 'Office', zh: '办公电话', number: '020-3862 1145' }],
    skills: ['全盘账务处理', '税务申报', '用友U8 | 用友', '金蝶K3 | 金蝶', '财务报表分析', '成本核算', 'Excel'],
    jobs: [
      { company: '广州粤海通贸易有限公司', title: '会计', start: '2012-07', end: '2015-09', town: '广州', duties: ['负责应收应付与出口退税'] },
      { company: '广州穗华食品有限公司', title: '主办会计', start: '2015-10', end: '2019-04', town: '广州', duties: ['全盘账务处理与纳税申报', '配合年度审计'] },
      { company: '广州穗华食品有限公司', title: '财务主管', start: '2019-05', end: '2023-08', town: '广州', duties: ['搭建成本核算体系', '管理4人财务团队'] },
      { company: '广州珠江源医药有限公司', title: '财务经理', start: '2023-09', end: null, town: '广州', duties: ['负责预算、资金与税务筹划', '推动金蝶K3系统升级'] },
    ],
    edu: [{ school: '岭南商学院', degree: '本科 · 会计学', start: '2008-09', end: '2012-06', town: '广州' }],
    languages: ['英语（CET-4）'], certs: ['中级会计师', '税务师'],
    summary: '14年财务工作经验，熟悉制造业与医药行业全盘账务。',
  },
  {
    id: 'p13', lang: 'mixed', name: '林嘉欣', alt: 'Kelly Lam Jia Xin', headline: 'Regional Marketing Manager', town: 'Dubai',
    email: 'kelly.lam.jx@gmail.com', workEmail: 'kelly.lam@desertpalmhotels.com', phone: '+971552078134',
    nat: '055 207 8134', intl: '+971 55 207 8134',
    others: [{ label: 'Home (Singapore)', zh: '新加坡住宅', number: '+65 6463 2290' }, { label: 'Office', zh: '办公室', number: '+971 4 412 7700 ext. 5521' }],
    skills: ['Digital marketing', 'SEO/SEM | SEO | SEM', 'Google Analytics 4 | GA4', 'HubSpot', 'Content strategy', 'Campaign management', 'Adobe InDesign', 'Chinese copywriting'],
    jobs: [
      { company: 'Straits Lumen Pte Ltd', title: 'Marketing Executive', start: '2014-01', end: '2016-06', town: 'Singapore', duties: ['Ran social media and EDM campaigns for lighting products'] },
      { company: 'Straits Lumen Pte Ltd', title: 'Senior Marketing Executive', start: '2016-07', end: '2018-12', town: 'Singapore', duties: ['Managed S$400k annual media budget', 'Launched the Chinese-language web store'] },
      { company: 'Orchid Bay Hospitality Group', title: 'Digital Marketing Manager', start: '2019-01', end: '2022-09', town: 'Singapore', duties: ['Grew direct bookings by 35% through SEO/SEM', 'Moved CRM to HubSpot'] },
      { company: 'Desert Palm Hotels & Resorts', title: 'Regional Marketing Manager', start: '2022-10', end: null, town: 'Dubai', duties: ['Marketing for nine hotels in the GCC', 'Lead China source-market campaigns'] },
    ],
    edu: [{ school: 'Bukit Timah University', degree: 'BBA (Marketing)', start: '2010-08', end: '2013-12', town: 'Singapore' }],
    languages: ['English', 'Mandarin 华语', 'Cantonese (spoken)'], certs: ['Google Ads Search Certification', 'HubSpot Inbound Marketing'],
    summary: 'Singaporean hotel and consumer marketer, 13 years, now marketing GCC hotels to Asian travellers.',
  },
  {
    id: 'p14', lang: 'mixed', name: '黄志明', alt: 'Wong Chee Meng', headline: 'Tech Lead (Backend)', town: 'Kuala Lumpur',
    email: 'wongcm.dev@gmail.com', workEmail: 'cheemeng.wong@kitalogix.com.my', phone: '+60123584716',
    nat: '012-358 4716', intl: '+60 12-358 4716',
    others: [{ label: 'Office', zh: '办公室', number: '03-2302 8800 ext. 221' }],
    skills: ['Java', 'Spring Boot', 'Kotlin', 'PostgreSQL', 'Docker', 'Kubernetes | K8s', 'REST API design', 'Microservices'],
    jobs: [
      { company: 'Petaling Soft Sdn Bhd', title: 'Software Engineer (Intern)', start: '2013-06', end: '2013-11', town: 'Petaling Jaya', duties: ['Wrote unit tests and internal admin screens'] },
      { company: 'Petaling Soft Sdn Bhd', title: 'Software Engineer', start: '2014-01', end: '2017-06', town: 'Petaling Jaya', duties: ['Java back-office systems for insurance clients'] },
      { company: 'MayaPay Sdn Bhd', title: 'Senior Software Engineer', start: '2017-07', end: '2021-11', town: 'Kuala Lumpur', duties: ['Built the payment gateway in Spring Boot (2,000 TPS)', 'Moved services to Docker and Kubernetes'] },
      { company: 'KitaLogix Sdn Bhd', title: 'Tech Lead (Backend)', start: '2021-12', end: null, town: 'Kuala Lumpur', duties: ['Lead 7 backend engineers on the fleet platform', 'Kotlin microservices and API design reviews'] },
    ],
    edu: [{ school: 'Seri Damansara University College', degree: 'B.Sc. (Hons) Computer Science', start: '2010-07', end: '2013-05', town: 'Petaling Jaya' }],
    languages: ['English', 'Bahasa Malaysia', 'Mandarin 中文', 'Cantonese'], certs: ['CKA (Certified Kubernetes Administrator)', 'Oracle Certified Professional, Java SE 11'],
    summary: 'Backend engineer from Kuala Lumpur, 13 years in fintech and logistics platforms.',
  },
  {
    id: 'p15', lang: 'mixed', name: '周雨桐', alt: 'Yvonne Zhou', headline: 'Sourcing Manager', town: 'Shanghai',
    email: 'yvonne.zhou.yt@outlook.com', phone: '+8613661897205',
    nat: '136 6189 7205', intl: '+86 136 6189 7205',
    others: [{ label: 'Office', zh: '办公电话', number: '+86 21 5081 6630 ext. 2417' }],
    skills: ['Strategic sourcing', 'Supplier negotiation', 'SAP Ariba | Ariba', 'Cost analysis', 'Contract management', 'Power BI', 'Supplier quality audits'],
    jobs: [
      { company: 'Kingsford Electronics (Suzhou) Co., Ltd.', title: 'Buyer', start: '2013-09', end: '2016-12', town: 'Suzhou', duties: ['Bought PCBs and passive components (RMB 80m p.a.)'] },
      { company: 'Veltro Automotive Systems', title: 'Senior Buyer', start: '2017-01', end: '2020-05', town: 'Shanghai', duties: ['Plastic and die-cast parts for EU and China programmes', 'Negotiated 6% annual price-downs'] },
      { company: 'Veltro Automotive Systems', title: 'Sourcing Manager', start: '2020-06', end: null, town: 'Shanghai', duties: ['Lead a team of six buyers for the Asia region', 'Rolled out SAP Ariba sourcing events'] },
    ],
    edu: [
      { school: 'University of Northbridge', degree: 'MSc Supply Chain Management', start: '2012-09', end: '2013-08', town: 'Northbridge, UK' },
      { school: '华东外国语学院', degree: 'BA Business English', start: '2008-09', end: '2012-06', town: 'Shanghai' },
    ],
    languages: ['Chinese (native)', 'English (IELTS 7.5)'], certs: ['CIPS Level 4 Diploma'],
    summary: 'Sourcing manager with 13 years in electronics and automotive purchasing, UK-educated.',
  },
  {
    id: 'p16', lang: 'mixed', name: '陳卓軒', alt: 'Jason Chan Cheuk Hin', headline: 'Information Security Manager', town: 'Hong Kong',
    email: 'jason.chan.ch@protonmail.com', workEmail: 'jason.chan@tsingyiport.com.hk', phone: '+85291736842',
    nat: '9173 6842', intl: '+852 9173 6842',
    others: [{ label: 'Office (DL)', zh: '辦公室直線', number: '+852 2436 1180 ext. 76' }],
    skills: ['Penetration testing', 'Splunk | SIEM', 'Incident response', 'ISO 27001', 'Burp Suite', 'Python', 'Threat modelling', 'AWS security | AWS'],
    jobs: [
      { company: 'Harbourfront Securities Limited', title: 'IT Security Analyst', start: '2014-08', end: '2017-05', town: 'Central', duties: ['Firewall rule reviews and vulnerability scanning'] },
      { company: 'Kowloon Bay CyberDefence Ltd', title: 'Security Consultant', start: '2017-06', end: '2020-10', town: 'Kowloon Bay', duties: ['Web and mobile penetration tests for banks'] },
      { company: 'Kowloon Bay CyberDefence Ltd', title: 'Senior Security Consultant', start: '2020-11', end: '2023-02', town: 'Kowloon Bay', duties: ['Led red-team engagements', 'Built Splunk use cases for MSSP clients'] },
      { company: 'Tsing Yi Port Holdings', title: 'Information Security Manager', start: '2023-03', end: null, town: 'Tsing Yi', duties: ['Own the ISO 27001 programme', 'Run incident response for OT and IT'] },
    ],
    edu: [{ school: 'Victoria Harbour University', degree: 'BEng Computer Engineering', start: '2010-09', end: '2014-06', town: 'Hong Kong' }],
    languages: ['Cantonese 廣東話', 'English', 'Mandarin 普通話'], certs: ['OSCP', 'CISSP'],
    summary: 'Hong Kong security practitioner, twelve years from pen-testing to running a port operator’s security programme.',
  },
];

/** The skill as printed in the documents. */
export const printed = (s: string) => s.split(' | ')[0];
