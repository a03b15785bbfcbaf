/**
 * heldout-50: sixteen invented people. Every employer, school, address, e-mail and number is made up;
 * phone numbers only have the right shape for their country. `skills[i]` is printed as the part before " | ".
 */
export type Lang = 'en' | 'zh' | 'mixed';
export interface Job { company: string; title: string; start: string; end: string | null; town: string; duties: string[] }
export interface Edu { school: string; degree: string; start: string; end: string; town: string }
export interface Person {
  id: string; lang: Lang; name: string; alt?: string; email: string; phone: string; phoneLocal: string;
  other: { label: string; number: string }[]; town: string; headline: string; summary: string;
  skills: string[]; work: Job[]; edu: Edu[]; languages: string[]; certs: string[]; gap?: { from: string; to: string; text: string };
  trad?: boolean;
}

export const people: Person[] = [
  {
    id: 'p01', lang: 'en', name: 'Aoife Ní Bhriain', email: 'aoife.nibhriain@gmail.com', phone: '+353864172093', phoneLocal: '086 417 2093',
    other: [{ label: 'Home', number: '091 524 378' }], town: 'Galway, Ireland', headline: 'Senior Data Analyst',
    summary: 'Data analyst with nine years in insurance and analytics consulting; builds reporting that people actually open.',
    skills: ['SQL', 'Python', 'Power BI', 'Tableau', 'R', 'dbt | data build tool', 'Data visualisation | Data visualization', 'A/B testing', 'Stakeholder management'],
    work: [
      { company: 'Claddagh Mutual Insurance', title: 'Data Analyst Intern', start: '2015-06', end: '2015-09', town: 'Galway', duties: ['Cleaned five years of claims data for a pricing review', 'Wrote the first SQL views for the motor book'] },
      { company: 'Claddagh Mutual Insurance', title: 'Junior Data Analyst', start: '2016-09', end: '2018-10', town: 'Galway', duties: ['Monthly loss-ratio packs for the underwriting committee', 'Moved 40 Excel reports to Power BI'] },
      { company: 'Corrib Analytics Ltd', title: 'Data Analyst', start: '2019-05', end: '2021-12', town: 'Galway', duties: ['Customer churn models for three retail clients', 'Introduced dbt and code review for SQL'] },
      { company: 'Corrib Analytics Ltd', title: 'Senior Data Analyst', start: '2022-01', end: null, town: 'Galway', duties: ['Lead a team of four analysts', 'Designed the A/B testing framework used across client projects'] },
    ],
    gap: { from: '2018-11', to: '2019-04', text: 'Career break — travelling in South America' },
    edu: [{ school: 'University of Galway', degree: 'BSc Mathematical Science', start: '2012-09', end: '2016-05', town: 'Galway' }],
    languages: ['English (native)', 'Irish (fluent)', 'Spanish (B1)'], certs: ['Microsoft Certified: Power BI Data Analyst Associate'],
  },
  {
    id: 'p02', lang: 'en', name: 'Oluwaseun Adeyemi-Cole', email: 'seun.adeyemicole@outlook.com', phone: '+447700900318', phoneLocal: '07700 900318',
    other: [{ label: 'Office', number: '020 7946 0815' }], town: 'London, United Kingdom', headline: 'Chartered Structural Engineer (CEng MIStructE)',
    summary: 'Structural engineer with fourteen years on concrete and steel frames in Nigeria and the UK.',
    skills: ['Tekla Structures', 'AutoCAD', 'Revit', 'Eurocodes | EN 1992 | EC2', 'Reinforced concrete design | RC design', 'Steel design', 'Temporary works design', 'SAP2000', 'Site supervision'],
    work: [
      { company: 'Ikeja Structures Ltd', title: 'Graduate Site Engineer', start: '2012-01', end: '2014-08', town: 'Lagos', duties: ['Setting out and pour records on a 9-storey office block', 'Checked rebar schedules against drawings'] },
      { company: 'Ferrobridge Consulting Engineers', title: 'Structural Engineer', start: '2014-10', end: '2019-03', town: 'Birmingham', duties: ['Designed steel frames for distribution warehouses', 'Produced Tekla models for fabrication'] },
      { company: 'Halden & Moor LLP', title: 'Senior Structural Engineer', start: '2019-04', end: null, town: 'London', duties: ['Lead engineer on mixed-use schemes up to £60m', 'Temporary works design for basement excavations', 'Mentor three graduate engineers'] },
    ],
    edu: [{ school: 'University of Lagos', degree: 'BSc Civil Engineering', start: '2006-10', end: '2011-07', town: 'Lagos' }, { school: 'University of Leeds', degree: 'MSc Structural Engineering', start: '2013-09', end: '2014-09', town: 'Leeds' }],
    languages: ['English', 'Yoruba'], certs: ['CEng, MIStructE (2018)', 'CSCS card'],
  },
  {
    id: 'p03', lang: 'en', name: 'Rohan Venkataraman', email: 'rohan.venkat88@rediffmail.com', phone: '+919845027136', phoneLocal: '+91 98450 27136',
    other: [{ label: 'Alternate (father)', number: '+91 94480 61725' }], town: 'Bengaluru, Karnataka', headline: 'QA Lead — Test Automation',
    summary: 'Twelve years of manual and automated testing of banking and payments software.',
    skills: ['Selenium WebDriver | Selenium', 'TestNG', 'Java', 'Postman', 'REST Assured', 'JMeter', 'Jenkins', 'JIRA', 'SQL', 'Cucumber | BDD'],
    work: [
      { company: 'Trivandrum Softlabs Pvt. Ltd.', title: 'Trainee Test Engineer', start: '2014-07', end: '2015-06', town: 'Thiruvananthapuram', duties: ['Manual regression of a core-banking front end'] },
      { company: 'Trivandrum Softlabs Pvt. Ltd.', title: 'Test Engineer', start: '2015-07', end: '2017-11', town: 'Thiruvananthapuram', duties: ['Wrote the first Selenium suite for the loans module', 'Defect triage with the onsite team'] },
      { company: 'Nilgiri Cloudworks Pvt. Ltd.', title: 'Senior QA Engineer', start: '2017-12', end: '2022-02', town: 'Bengaluru', duties: ['API automation with REST Assured', 'Load tests with JMeter before each release'] },
      { company: 'Kaveri Fintech Solutions LLP', title: 'QA Lead', start: '2022-03', end: null, town: 'Bengaluru', duties: ['Lead 9 testers across two squads', 'Cut regression time from 3 days to 5 hours'] },
    ],
    edu: [{ school: 'College of Engineering, Kollam', degree: 'B.Tech. (Electronics and Communication)', start: '2010-08', end: '2014-05', town: 'Kollam' }],
    languages: ['English', 'Tamil', 'Malayalam', 'Hindi'], certs: ['ISTQB Foundation Level'],
  },
  {
    id: 'p04', lang: 'en', name: "Bridget O'Loughlin", email: 'bridget.oloughlin@bigpond.com', phone: '+61412583907', phoneLocal: '0412 583 907',
    other: [{ label: 'Home', number: '(08) 9385 4412' }], town: 'Fremantle WA', headline: 'Senior Logistics Coordinator',
    summary: 'Fifteen years in warehousing, transport planning and mine-site supply in Western Australia.',
    skills: ['SAP EWM | SAP Extended Warehouse Management', 'Freight scheduling', 'Inventory control', 'MS Excel | Excel', 'Dangerous goods handling', 'Fleet telematics', 'Vendor negotiation', 'WMS | Warehouse management systems'],
    work: [
      { company: 'Swan Valley Freight Pty Ltd', title: 'Warehouse Administrator', start: '2011-02', end: '2014-05', town: 'Kewdale', duties: ['Receipting and dispatch paperwork for 3 shifts'] },
      { company: 'Swan Valley Freight Pty Ltd', title: 'Transport Planner', start: '2014-06', end: '2017-08', town: 'Kewdale', duties: ['Planned 40 interstate loads a week', 'Introduced telematics-based ETAs'] },
      { company: 'Pilbara Supply Co.', title: 'Logistics Coordinator', start: '2017-09', end: '2023-03', town: 'Karratha', duties: ['Supply to two FIFO mine sites', 'Dangerous goods manifests and audits'] },
      { company: 'Indian Ocean Bulk Handling', title: 'Senior Logistics Coordinator', start: '2023-04', end: null, town: 'Fremantle', duties: ['Port-side stock of 12,000 SKUs in SAP EWM', 'Vendor contracts worth $4.5m a year'] },
    ],
    edu: [{ school: 'North Metropolitan TAFE', degree: 'Diploma of Logistics', start: '2012-02', end: '2013-11', town: 'Perth' }],
    languages: ['English'], certs: ['HR truck licence', 'Forklift licence (LF)', 'Dangerous Goods Safety Advisor'],
  },
  {
    id: 'p05', lang: 'en', name: 'Jean-Baptiste Mukendi', email: 'jb.mukendi@videotron-mail.ca', phone: '+15143827641', phoneLocal: '514-382-7641',
    other: [{ label: 'Work', number: '514-939-4470 ext. 212' }], town: 'Montréal, QC', headline: 'Financial Controller, CPA',
    summary: 'CPA with thirteen years in public practice and industry; month-end, consolidations and ERP projects.',
    skills: ['IFRS', 'ASPE', 'Month-end close', 'Consolidations', 'Sage 300', 'SAP FI | SAP Financial Accounting', 'Excel VBA | VBA', 'CaseWare', 'Variance analysis'],
    work: [
      { company: 'Gestion Fiscale Laurier inc.', title: 'Junior Accountant', start: '2013-05', end: '2016-08', town: 'Laval', duties: ['Review engagements and T2 returns for SMEs'] },
      { company: 'Groupe Verdun Distribution', title: 'Staff Accountant', start: '2016-09', end: '2019-12', town: 'Montréal', duties: ['AP/AR, bank reconciliations, intercompany'] },
      { company: 'Groupe Verdun Distribution', title: 'Senior Accountant', start: '2020-01', end: '2022-06', town: 'Montréal', duties: ['Monthly consolidation of 6 entities', 'Led Sage 300 to SAP migration for finance'] },
      { company: 'Boréal Hydro-Services', title: 'Financial Controller', start: '2022-07', end: null, town: 'Montréal', duties: ['Close in 5 working days', 'IFRS reporting to the parent company'] },
    ],
    edu: [{ school: 'Université de Sherbrooke', degree: 'Graduate Diploma in Public Accountancy', start: '2011-09', end: '2012-12', town: 'Sherbrooke' }, { school: 'Université de Kinshasa', degree: 'Licence en sciences économiques', start: '2005-10', end: '2010-07', town: 'Kinshasa' }],
    languages: ['French', 'English', 'Lingala'], certs: ['CPA (Québec), 2015'],
  },
  {
    id: 'p06', lang: 'en', name: 'Nurul Aisyah binti Hamzah', email: 'nurulaisyah.hamzah@yahoo.com.my', phone: '+60127834519', phoneLocal: '012-783 4519',
    other: [{ label: 'Office', number: '03-7958 2261' }], town: 'Shah Alam, Selangor', headline: 'Senior HR Executive',
    summary: 'HR generalist with twelve years in manufacturing, logistics and private healthcare.',
    skills: ['Payroll processing', 'Recruitment', 'HRIS', 'Training needs analysis | TNA', 'EPF/SOCSO/EIS submissions', 'Performance management', 'Malaysian employment law', 'Microsoft Excel', 'Employee engagement'],
    work: [
      { company: 'Syarikat Perabot Seri Intan Sdn. Bhd.', title: 'HR Assistant', start: '2014-03', end: '2016-10', town: 'Klang', duties: ['Attendance and overtime records for 350 workers'] },
      { company: 'Mutiara Logistik Sdn. Bhd.', title: 'HR Executive', start: '2016-11', end: '2021-05', town: 'Port Klang', duties: ['Full-cycle recruitment', 'Monthly payroll and statutory submissions'] },
      { company: 'Kenanga Bayu Healthcare Sdn. Bhd.', title: 'Senior HR Executive', start: '2021-06', end: null, town: 'Petaling Jaya', duties: ['HR for three hospitals (1,100 staff)', 'Rolled out a new HRIS', 'HRDF training claims'] },
    ],
    edu: [{ school: 'Universiti Teknologi MARA', degree: 'Bachelor of Human Resource Management (Hons)', start: '2010-07', end: '2014-01', town: 'Shah Alam' }],
    languages: ['Bahasa Melayu', 'English', 'Arabic (basic)'], certs: ['Certified Payroll Professional (MIPA)'],
  },
  {
    id: 'p07', lang: 'en', name: 'Matthew Kowalczyk', email: 'mkowalczyk.hvac@gmail.com', phone: '+13128459023', phoneLocal: '(312) 845-9023',
    other: [{ label: 'Shop', number: '(773) 555-0142' }], town: 'Cicero, IL', headline: 'Lead HVAC Technician',
    summary: 'Sixteen years installing and servicing commercial HVAC in the Chicago area.',
    skills: ['Refrigerant recovery', 'Rooftop units | RTU', 'Chillers', 'Boilers', 'Building automation systems | BAS', 'Brazing', 'Electrical troubleshooting', 'Blueprint reading', 'Preventive maintenance'],
    work: [
      { company: 'Lakeshore Mechanical Inc.', title: 'Apprentice HVAC Technician', start: '2010-06', end: '2014-05', town: 'Chicago', duties: ['Ductwork and equipment installs under a journeyman'] },
      { company: 'Lakeshore Mechanical Inc.', title: 'HVAC Service Technician', start: '2014-06', end: '2019-09', town: 'Chicago', duties: ['Service calls on RTUs and split systems', 'PM contracts for 30 buildings'] },
      { company: 'Prairie Climate Services LLC', title: 'Lead HVAC Technician', start: '2019-10', end: null, town: 'Oak Brook', duties: ['Chiller and boiler overhauls', 'Train and ride along with 5 techs', 'BAS troubleshooting'] },
    ],
    edu: [{ school: 'Triton College', degree: 'Certificate, HVAC-R Technology', start: '2008-08', end: '2010-05', town: 'River Grove' }],
    languages: ['English', 'Polish'], certs: ['EPA 608 Universal', 'NATE certified (AC & heat pump)', 'OSHA 30'],
  },
  {
    id: 'p08', lang: 'zh', name: '上官雨桐', email: 'shangguanyt@163.com', phone: '+8613857214630', phoneLocal: '138 5721 4630',
    other: [{ label: '办公电话', number: '0571-8697 2205' }], town: '浙江杭州', headline: '财务经理',
    summary: '十余年会计、审计与财务管理经验，熟悉制造业成本核算与集团合并报表。',
    skills: ['全盘账务处理', '纳税申报', '用友U8 | 用友', '金蝶K/3 | 金蝶', 'Excel', '财务报表分析', '成本核算', '合并报表'],
    work: [
      { company: '杭州望湖会计师事务所', title: '审计助理', start: '2013-07', end: '2015-06', town: '杭州', duties: ['参与年报审计及验资项目', '整理审计底稿'] },
      { company: '浙江青山湖电器有限公司', title: '会计', start: '2015-07', end: '2018-12', town: '临安', duties: ['负责应收应付及总账', '月度纳税申报'] },
      { company: '浙江青山湖电器有限公司', title: '主管会计', start: '2019-01', end: '2021-08', town: '临安', duties: ['建立标准成本体系', '带领4人核算团队'] },
      { company: '杭州云栖供应链管理有限公司', title: '财务经理', start: '2021-09', end: null, town: '杭州', duties: ['负责集团6家子公司合并报表', '对接审计、税务与银行'] },
    ],
    edu: [{ school: '浙江财经学院', degree: '会计学 本科', start: '2009-09', end: '2013-06', town: '杭州' }],
    languages: ['英语（CET-6）'], certs: ['中级会计师', '税务师'],
  },
  {
    id: 'p09', lang: 'zh', name: '李想', email: 'lixiang_me@qq.com', phone: '+8615062318845', phoneLocal: '150-6231-8845',
    other: [{ label: '紧急联系人（父亲）', number: '139 1264 0387' }], town: '江苏苏州', headline: '高级机械工程师',
    summary: '十年非标自动化设备设计经验，主导过锂电、3C行业整线设计。',
    skills: ['SolidWorks', 'AutoCAD', '非标自动化设计', '气动元件选型', 'GD&T | 形位公差', '钣金设计', 'ANSYS', 'PLC基础'],
    work: [
      { company: '苏州吴中精密机械有限公司', title: '机械设计助理', start: '2016-07', end: '2019-02', town: '苏州', duties: ['出工程图、BOM', '跟进零件加工与装配'] },
      { company: '苏州工业园区恒拓自动化设备有限公司', title: '机械工程师', start: '2019-03', end: '2023-05', town: '苏州', duties: ['负责锂电池组装线机构设计', '完成12台非标设备设计'] },
      { company: '昆山瑞博智能装备有限公司', title: '高级机械工程师', start: '2023-06', end: null, town: '昆山', duties: ['带领5人设计小组', '3C检测整线方案与评审'] },
    ],
    edu: [{ school: '江苏科技大学', degree: '机械设计制造及其自动化 本科', start: '2012-09', end: '2016-06', town: '镇江' }],
    languages: ['英语（CET-4）'], certs: ['机械工程师（中级职称）'],
  },
  {
    id: 'p10', lang: 'zh', name: '黄嘉豪', email: 'jiahao.huang@126.com', phone: '+8613926471058', phoneLocal: '139 2647 1058',
    other: [{ label: '公司座机', number: '0757-2233 6180' }], town: '广东广州', headline: '电商运营经理',
    summary: '11年电商经验，从客服做到运营经理，熟悉天猫、京东和抖音渠道。',
    skills: ['天猫运营', '京东运营', '抖音直播运营 | 直播运营', '直通车', '生意参谋', '数据分析', 'Photoshop | PS', '活动策划'],
    work: [
      { company: '广州市鸿发服饰有限公司', title: '客服专员', start: '2015-09', end: '2017-03', town: '广州', duties: ['天猫店售前售后客服'] },
      { company: '广州趣购网络科技有限公司', title: '电商运营专员', start: '2017-04', end: '2020-06', town: '广州', duties: ['负责天猫旗舰店日常运营', '双11单日销售额破800万'] },
      { company: '广州趣购网络科技有限公司', title: '运营主管', start: '2020-07', end: '2022-10', town: '广州', duties: ['管理8人运营团队', '开拓京东自营渠道'] },
      { company: '佛山市禾点家居用品有限公司', title: '电商运营经理', start: '2022-11', end: null, town: '佛山', duties: ['搭建抖音直播间，月GMV约600万', '统筹全平台活动策划'] },
    ],
    edu: [{ school: '广东轻工职业技术学院', degree: '电子商务 大专', start: '2012-09', end: '2015-06', town: '广州' }],
    languages: ['粤语', '普通话', '英语（一般）'], certs: ['电子商务师（三级）'],
  },
  {
    id: 'p11', lang: 'zh', trad: true, name: '陳怡君', email: 'yijun.chen.design@gmail.com', phone: '+886921458730', phoneLocal: '0921-458-730',
    other: [{ label: '住家電話', number: '(02) 2935-6148' }], town: '台北市文山區', headline: 'UI/UX 設計主管',
    summary: '十二年網頁與產品設計經驗，擅長設計系統與使用者研究。',
    skills: ['Figma', 'Adobe XD', 'Illustrator', '使用者研究 | User Research', '資訊架構', '設計系統 | Design System', 'HTML/CSS', 'Prototyping'],
    work: [
      { company: '晴空數位行銷有限公司', title: '網頁設計師', start: '2014-08', end: '2017-01', town: '台北', duties: ['企業形象網站與電子報設計'] },
      { company: '鼎峰資訊股份有限公司', title: 'UI設計師', start: '2017-02', end: '2020-10', town: '新北', duties: ['銀行App介面設計', '建立元件庫'] },
      { company: '鼎峰資訊股份有限公司', title: '資深UI/UX設計師', start: '2020-11', end: '2022-12', town: '新北', duties: ['主導使用者訪談與可用性測試', '設計系統2.0'] },
      { company: '好日子行動科技股份有限公司', title: '設計主管', start: '2023-01', end: null, town: '台北', duties: ['管理6人設計團隊', '電商App改版，轉換率提升18%'] },
    ],
    edu: [{ school: '國立臺灣藝術大學', degree: '多媒體動畫藝術學系 學士', start: '2010-09', end: '2014-06', town: '新北' }],
    languages: ['中文（母語）', '台語', '英文（TOEIC 820）'], certs: ['Google UX Design Certificate'],
  },
  {
    id: 'p12', lang: 'zh', name: '阿依古丽·买买提', email: 'ayguli.mamat@sina.com', phone: '+8618999213476', phoneLocal: '189 9921 3476',
    other: [{ label: '家庭电话', number: '0991-486 2257' }], town: '新疆乌鲁木齐', headline: '外贸专员 / 翻译',
    summary: '五年中学英语教学、五年翻译及外贸经验，熟练掌握维吾尔语、汉语、英语。',
    skills: ['英汉互译', '维汉互译', '交替传译 | 口译', 'SDL Trados | Trados', '外贸单证', '商务谈判', 'Office办公软件'],
    work: [
      { company: '乌鲁木齐市第八十九中学', title: '英语教师', start: '2012-09', end: '2017-07', town: '乌鲁木齐', duties: ['担任初二、初三英语教学', '班主任三年'] },
      { company: '新疆丝路通翻译服务有限公司', title: '翻译', start: '2017-08', end: '2020-12', town: '乌鲁木齐', duties: ['合同、标书笔译约120万字', '展会及商务洽谈口译'] },
      { company: '新疆丝路通翻译服务有限公司', title: '翻译主管', start: '2021-01', end: '2022-04', town: '乌鲁木齐', duties: ['管理6名专职译员', '建立术语库'] },
      { company: '新疆驼铃国际贸易有限公司', title: '外贸专员', start: '2022-05', end: null, town: '乌鲁木齐', duties: ['中亚客户开发与维护', '报关单证与信用证审核'] },
    ],
    edu: [{ school: '新疆师范大学', degree: '英语 本科', start: '2008-09', end: '2012-06', town: '乌鲁木齐' }],
    languages: ['维吾尔语（母语）', '汉语（HSK六级）', '英语（专业八级）', '俄语（基础）'], certs: ['全国翻译专业资格（CATTI）二级笔译', '高级中学教师资格证'],
  },
  {
    id: 'p13', lang: 'mixed', name: '张伟明', alt: 'David Zhang Weiming', email: 'david.zwm@protonmail.com', phone: '+6591847263', phoneLocal: '+65 9184 7263',
    other: [{ label: 'China mobile', number: '+86 186 2150 3394' }], town: 'Singapore', headline: 'Staff Backend Engineer',
    summary: 'Backend engineer (payments, high-throughput services) — Shanghai, then Singapore since 2018.',
    skills: ['Go | Golang', 'Java', 'Kafka', 'PostgreSQL', 'Kubernetes | K8s', 'gRPC', 'Redis', 'AWS', 'System design'],
    work: [
      { company: 'Shanghai Lingxi Network Technology Co., Ltd.', title: 'Software Engineer Intern', start: '2014-03', end: '2014-08', town: 'Shanghai', duties: ['Internal admin tools in Java'] },
      { company: 'Shanghai Lingxi Network Technology Co., Ltd.', title: 'Software Engineer', start: '2015-07', end: '2018-05', town: 'Shanghai', duties: ['Order service for a food-delivery app', 'Migrated MySQL sharding to PostgreSQL'] },
      { company: 'Merlion Paytech Pte. Ltd.', title: 'Senior Backend Engineer', start: '2018-06', end: '2022-08', town: 'Singapore', duties: ['Payment ledger in Go, 3k TPS', 'Kafka event pipeline'] },
      { company: 'Kampong Labs Pte. Ltd.', title: 'Staff Engineer', start: '2022-09', end: null, town: 'Singapore', duties: ['Tech lead for the platform team (11 engineers)', 'Moved 60 services to Kubernetes'] },
    ],
    edu: [{ school: 'Tongji University', degree: 'B.Eng. Software Engineering', start: '2011-09', end: '2015-06', town: 'Shanghai' }],
    languages: ['Mandarin (native)', 'English (fluent)', 'Shanghainese'], certs: ['AWS Certified Solutions Architect – Professional'],
  },
  {
    id: 'p14', lang: 'mixed', trad: true, name: '林曉雯', alt: 'LAM Hiu Man, Vivian', email: 'vivian.lam.hm@gmail.com', phone: '+85296381472', phoneLocal: '9638 1472',
    other: [{ label: 'Office', number: '2861 4470' }], town: 'Tseung Kwan O, Hong Kong', headline: 'Marketing Manager',
    summary: 'Marketer in retail and hospitality; bilingual campaigns, CRM and KOL programmes.',
    skills: ['Digital marketing', 'Social media strategy', 'CRM campaigns | CRM', 'Google Analytics | GA4', 'Adobe Photoshop | Photoshop', 'Event management', 'KOL partnerships', 'Copywriting (English & Chinese) | Copywriting'],
    work: [
      { company: 'Harbourview Communications Limited', title: 'Marketing Assistant', start: '2013-06', end: '2015-08', town: 'Wan Chai', duties: ['Press kits and event logistics'] },
      { company: 'Kowloon Bay Retail Group Limited', title: 'Marketing Executive', start: '2015-09', end: '2018-02', town: 'Kowloon Bay', duties: ['Mall promotions and social pages'] },
      { company: 'Kowloon Bay Retail Group Limited', title: 'Assistant Marketing Manager', start: '2018-03', end: '2021-06', town: 'Kowloon Bay', duties: ['Loyalty app CRM, 400k members', 'KOL programme'] },
      { company: 'Peak & Pier Hospitality Limited', title: 'Marketing Manager', start: '2021-07', end: null, town: 'Central', duties: ['Marketing for 4 hotels and 9 restaurants', 'Team of 5'] },
    ],
    edu: [{ school: 'Hong Kong Baptist University', degree: 'BBA (Hons) Marketing', start: '2010-09', end: '2013-06', town: 'Kowloon Tong' }],
    languages: ['Cantonese (native)', 'English (fluent)', 'Mandarin (good)'], certs: ['Google Ads Search Certification'],
  },
  {
    id: 'p15', lang: 'mixed', name: '王子健', alt: 'Jack Wang Zijian', email: 'jack.wang.zj@foxmail.com', phone: '+8613612987450', phoneLocal: '136 1298 7450',
    other: [{ label: 'Office', number: '+86 755 2683 9917' }], town: 'Shenzhen, China', headline: 'Supply Chain Manager',
    summary: 'Purchasing and supply chain in electronics and medical devices, fourteen years, mostly in foreign-invested plants.',
    skills: ['Strategic sourcing', 'SAP MM', 'Supplier quality management | SQM', 'S&OP | Sales and operations planning', 'Cost reduction', 'Contract negotiation', 'Lean manufacturing | Lean', 'Power BI'],
    work: [
      { company: 'Shenzhen Huaxin Electronics Co., Ltd.', title: 'Purchasing Assistant', start: '2012-07', end: '2014-12', town: 'Shenzhen', duties: ['POs and delivery follow-up for passive components'] },
      { company: 'Delmont Components (Shenzhen) Co., Ltd.', title: 'Buyer', start: '2015-01', end: '2018-04', town: 'Shenzhen', duties: ['Sourcing of metal and plastic parts'] },
      { company: 'Delmont Components (Shenzhen) Co., Ltd.', title: 'Senior Buyer', start: '2018-05', end: '2020-09', town: 'Shenzhen', duties: ['Annual price negotiations, 7% saving', 'Supplier audits'] },
      { company: 'Nordvik Medical Devices (Shenzhen) Ltd.', title: 'Supply Chain Manager', start: '2020-10', end: null, town: 'Shenzhen', duties: ['Planning, purchasing and warehouse (22 staff)', 'Introduced monthly S&OP'] },
    ],
    edu: [{ school: 'Shenzhen University', degree: 'B.A. Logistics Management', start: '2008-09', end: '2012-06', town: 'Shenzhen' }],
    languages: ['Mandarin (native)', 'English (CET-6, business fluent)', 'Cantonese (basic)'], certs: ['CPIM (APICS)'],
  },
  {
    id: 'p16', lang: 'mixed', name: '刘芳', alt: 'Fang Liu', email: 'fang.liu.research@posteo.de', phone: '+4915213847261', phoneLocal: '+49 1521 3847261',
    other: [{ label: 'Lab', number: '+49 6221 54 1873' }], town: 'Heidelberg, Germany', headline: 'Senior Scientist, Cell & Gene Therapy',
    summary: 'Molecular biologist: CRISPR screening, cell therapy assays, NGS analysis.',
    skills: ['CRISPR-Cas9 | CRISPR', 'qPCR', 'Flow cytometry | FACS', 'Cell culture', 'NGS data analysis', 'R', 'Python', 'Western blot', 'ELISA'],
    work: [
      { company: 'Hubei Provincial Center for Plant Genomics', title: 'Research Assistant', start: '2011-09', end: '2013-08', town: 'Wuhan', duties: ['Genotyping and qPCR for rice breeding lines'] },
      { company: 'Neckarau Institute for Molecular Biology', title: 'Research Associate (doctoral)', start: '2013-10', end: '2018-03', town: 'Heidelberg', duties: ['CRISPR knockout screens in T cells'] },
      { company: 'Neckarau Institute for Molecular Biology', title: 'Postdoctoral Researcher', start: '2018-04', end: '2021-09', town: 'Heidelberg', duties: ['Single-cell sequencing analysis', 'Supervised 3 master students'] },
      { company: 'Lindqvist Biotherapeutics GmbH', title: 'Senior Scientist', start: '2021-10', end: null, town: 'Mannheim', duties: ['Potency assays for CAR-T products', 'GMP assay transfer'] },
    ],
    edu: [{ school: 'Huazhong Agricultural University', degree: 'B.Sc. Biotechnology', start: '2007-09', end: '2011-06', town: 'Wuhan' }, { school: 'Heidelberg University', degree: 'Dr. rer. nat. (Molecular Biology)', start: '2013-10', end: '2018-02', town: 'Heidelberg' }],
    languages: ['Chinese (native)', 'English (C2)', 'German (B2)'], certs: [],
  },
];
