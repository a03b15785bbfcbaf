/**
 * heldout-57: sixteen invented people. Every name, employer, school, address, e-mail and number is made up.
 * `skills` holds the truth spelling (printed form first, synonyms after " | "); documents print the first form.
 * A job with `yearsOnly` is printed with years only in every document; its truth months are January / December.
 */
export type Lang = 'en' | 'zh' | 'mixed';
export interface Job {
  company: string; title: string; start: string; end: string | null; town: string;
  yearsOnly?: boolean; partTime?: boolean; duties: string[]; leave?: string;
}
export interface Edu { school: string; degree: string; start: string; end: string; town?: string }
export interface Person {
  id: string; lang: Lang; name: string; latin?: string; kana?: string; email: string; phone: string; phoneLocal: string;
  otherPhone?: string; address: string; born: string; headline: string; skills: string[]; jobs: Job[]; edu: Edu[];
  languages: string[]; certs: string[]; gaps?: { start: string; end: string; why: string }[];
}

export const people: Person[] = [
  {
    id: 'p01', lang: 'en', name: 'Marcus Whitfield', email: 'mwhitfield.pe@fastmail.com', phone: '+15125550147', phoneLocal: '(512) 555-0147',
    otherPhone: 'Office (512) 555-0190', address: '4410 Cedar Bend Dr, Austin, TX 78745', born: '1988', headline: 'Water Resources Project Manager, PE',
    skills: ['Hydraulic Modeling | Hydraulic Modelling', 'Stormwater Design', 'AutoCAD Civil 3D | Civil 3D', 'HEC-RAS', 'Construction Administration', 'GIS | Geographic Information Systems', 'Cost Estimating'],
    jobs: [
      { company: 'Halvorsen & Pike Engineers', title: 'Project Engineer', start: '2012-06', end: '2016-08', town: 'San Antonio, TX', duties: ['Designed detention ponds and storm sewer networks for 14 subdivisions', 'Prepared drainage reports for TxDOT and county review'] },
      { company: 'Halvorsen & Pike Engineers', title: 'Senior Project Engineer', start: '2016-09', end: '2019-12', town: 'San Antonio, TX', duties: ['Led 1D/2D floodplain studies in HEC-RAS for municipal clients', 'Supervised three EITs and a CAD technician'] },
      { company: 'Brazos Ridge Consulting', title: 'Project Manager', start: '2020-01', end: null, town: 'Austin, TX', duties: ['Manages $2–9M drainage and channel projects from study to construction', 'Client lead for two city on-call contracts'] },
    ],
    edu: [{ school: 'Texas Hill Country University', degree: 'B.S. Civil Engineering', start: '2008-08', end: '2012-05', town: 'San Marcos, TX' }],
    languages: ['English (native)', 'Spanish (working)'], certs: ['Professional Engineer, Texas No. 131907 (2017)', 'Certified Floodplain Manager (2019)'],
  },
  {
    id: 'p02', lang: 'en', name: 'Janet Ostrowski', email: 'janet.ostrowski@ostroarch.net', phone: '+13125550182', phoneLocal: '(312) 555-0182',
    otherPhone: 'Studio (312) 555-0100', address: '2217 W Belden Ave, Chicago, IL 60647', born: '1981', headline: 'Associate Architect, AIA',
    skills: ['Revit', 'Healthcare Planning', 'Construction Documents | CDs', 'Building Code Analysis', 'Rhino', 'Client Presentations', 'LEED Documentation'],
    jobs: [
      { company: 'Dwyer Lantz Architects', title: 'Intern Architect', start: '2004-01', end: '2007-12', town: 'Milwaukee, WI', yearsOnly: true, duties: ['Drafted construction documents for school additions'] },
      { company: 'Kessler Studio', title: 'Project Architect', start: '2008-01', end: '2011-12', town: 'Milwaukee, WI', yearsOnly: true, duties: ['Ran small clinic and retail fit-out projects'] },
      { company: 'Morrow Hale Partners', title: 'Architect', start: '2012-03', end: '2018-05', town: 'Chicago, IL', duties: ['Healthcare planning for outpatient centers up to 120,000 sf', 'Code analysis and permit sets'] },
      { company: 'Lakefront Community College', title: 'Adjunct Instructor (part-time)', start: '2015-01', end: '2019-05', town: 'Chicago, IL', partTime: true, duties: ['Taught evening Building Codes and Revit I courses'] },
      { company: 'Morrow Hale Partners', title: 'Associate', start: '2018-06', end: null, town: 'Chicago, IL', duties: ['Leads a 9-person healthcare studio', 'Owner-facing presentations and fee proposals'] },
    ],
    edu: [{ school: 'University of Lakeshore', degree: 'Master of Architecture', start: '2001-09', end: '2003-12', town: 'Milwaukee, WI' }],
    languages: ['English', 'Polish'], certs: ['Licensed Architect, Illinois (2010)', 'LEED AP BD+C'],
  },
  {
    id: 'p03', lang: 'en', name: 'Hannah Lockwood', email: 'hannah.lockwood@btinternet.com', phone: '+447700900418', phoneLocal: '07700 900418',
    otherPhone: 'Home 0113 496 0772', address: '17 Ashgrove Terrace, Leeds LS6 2HX', born: '1988', headline: 'Primary Teacher (KS2)',
    skills: ['Phonics (Letters and Sounds)', 'Behaviour Management', 'Differentiation', 'Assessment for Learning | AfL', 'SEND Support', 'Curriculum Planning', 'Safeguarding'],
    jobs: [
      { company: 'Thornbury Primary School', title: 'Class Teacher', start: '2011-09', end: '2015-08', town: 'Bradford', duties: ['Year 3 and Year 4 class teacher', 'Maths co-ordinator from 2013'] },
      { company: 'Bright Minds Tuition', title: 'Private Tutor (part-time)', start: '2016-01', end: '2019-07', town: 'Leeds', partTime: true, duties: ['KS2 maths and English tutoring, 6–10 hours a week'] },
      { company: "St Aidan's Catholic Primary School", title: 'Class Teacher', start: '2017-09', end: '2020-08', town: 'Leeds', duties: ['Year 5 class teacher', 'Led the reading-for-pleasure project'] },
      { company: "St Aidan's Catholic Primary School", title: 'Key Stage 2 Lead', start: '2020-09', end: null, town: 'Leeds', duties: ['Leads a team of six KS2 teachers and four TAs', 'Member of the senior leadership team'] },
    ],
    gaps: [{ start: '2015-09', end: '2017-08', why: 'Career break – caring for my young son (tutoring part-time from January 2016)' }],
    edu: [{ school: 'Pennine University', degree: 'BA (Hons) Primary Education with QTS', start: '2008-09', end: '2011-07', town: 'Huddersfield' }],
    languages: ['English', 'French (conversational)'], certs: ['Qualified Teacher Status (2011)', 'Paediatric First Aid (2024)'],
  },
  {
    id: 'p04', lang: 'en', name: 'Thomas Ashworth', email: 't.ashworth@posteo.de', phone: '+4915112345678', phoneLocal: '0151 12345678',
    otherPhone: 'Office +49 345 5512 3340', address: 'Gütchenstraße 14, 06108 Halle (Saale), Germany', born: '1986', headline: 'Polymer Chemist, Group Leader',
    skills: ['Polymer Synthesis', 'Gel Permeation Chromatography | GPC', 'Rheology', 'Python', 'Design of Experiments | DoE', 'Grant Writing', 'NMR Spectroscopy | NMR'],
    jobs: [
      { company: 'University of Sheffield', title: 'Research Associate', start: '2013-10', end: '2017-03', town: 'Sheffield', duties: ['EPSRC project on degradable polyesters'] },
      { company: 'Institut für Angewandte Polymerforschung Halle', title: 'Postdoctoral Researcher', start: '2017-04', end: '2020-12', town: 'Halle', duties: ['Bio-based coatings with two industry partners'] },
      { company: 'Hochschule Saalekreis', title: 'Lecturer (Lehrbeauftragter, part-time)', start: '2019-10', end: '2023-03', town: 'Merseburg', partTime: true, duties: ['Taught Polymer Characterisation, 2 SWS per semester'] },
      { company: 'Institut für Angewandte Polymerforschung Halle', title: 'Group Leader', start: '2021-01', end: null, town: 'Halle', duties: ['Leads the Sustainable Coatings group (7 people)', '€2.1M third-party funding raised'] },
    ],
    edu: [
      { school: 'University of Sheffield', degree: 'PhD Chemistry', start: '2009-10', end: '2013-09', town: 'Sheffield' },
      { school: 'University of Durham', degree: 'MChem Chemistry', start: '2005-10', end: '2009-06', town: 'Durham' },
    ],
    languages: ['English (native)', 'German (C1)'], certs: ['Ausbildereignung (AEVO) 2022'],
  },
  {
    id: 'p05', lang: 'en', name: 'Aoife Brennan', email: 'aoife.brennan.rn@outlook.com', phone: '+13125550163', phoneLocal: '(312) 555-0163',
    otherPhone: 'Mother (Ireland) +353 87 555 0192', address: '1540 N Dearborn St Apt 9C, Chicago, IL 60610', born: '1991', headline: 'Registered Nurse, CCRN',
    skills: ['Critical Care Nursing', 'Ventilator Management', 'CRRT', 'Epic', 'Arterial Line Monitoring', 'Patient Education', 'Preceptorship'],
    jobs: [
      { company: "St. Columba's University Hospital", title: 'Staff Nurse', start: '2013-09', end: '2018-02', town: 'Dublin', duties: ['Medical ICU, 16 beds, 1:1 and 1:2 ratios'] },
      { company: 'Meridian Travel Nursing', title: 'Travel Nurse (ICU)', start: '2018-04', end: '2020-06', town: 'Dallas, TX', duties: ['Six 13-week ICU assignments in Texas, Arizona and Illinois'] },
      { company: 'Lakeshore Memorial Hospital', title: 'Staff Nurse, Medical ICU', start: '2020-08', end: null, town: 'Chicago, IL', duties: ['24-bed MICU, charge nurse two shifts a month', 'Unit CRRT super-user'] },
      { company: 'Northbank Surgical Center', title: 'PRN Nurse (per diem)', start: '2022-03', end: null, town: 'Evanston, IL', partTime: true, duties: ['PACU shifts, two Saturdays a month'] },
    ],
    edu: [{ school: 'Trinity Cross College Dublin', degree: 'B.Sc. General Nursing', start: '2009-09', end: '2013-06', town: 'Dublin' }],
    languages: ['English', 'Irish'], certs: ['Illinois RN License 041.556871', 'CCRN (AACN)', 'BLS / ACLS'],
  },
  {
    id: 'p06', lang: 'en', name: 'Derek Kowalczyk', email: 'derek.kowalczyk@shaw.ca', phone: '+14165550139', phoneLocal: '416-555-0139',
    otherPhone: 'Hall 416-555-0177', address: '88 Birchmount Rd, Scarborough, ON M1N 3J7', born: '1990', headline: 'Industrial Electrician (309A)',
    skills: ['Motor Controls', 'PLC Troubleshooting', 'Conduit Bending', 'Cable Tray', 'Fire Alarm Systems', 'Blueprint Reading', 'Commissioning'],
    jobs: [
      { company: 'Voltline Electric Ltd.', title: 'Apprentice Electrician', start: '2010-05', end: '2014-06', town: 'Toronto', duties: ['Commercial fit-outs and service work'] },
      { company: 'Voltline Electric Ltd.', title: 'Journeyperson Electrician', start: '2014-07', end: '2016-03', town: 'Toronto', duties: ['Condo towers, high-rise risers'] },
      { company: 'Northway Power Systems', title: 'Journeyperson Electrician', start: '2016-04', end: '2016-11', town: 'Sarnia', duties: ['Refinery turnaround, cable tray and heat trace'] },
      { company: 'Capstone Industrial Electric', title: 'Journeyperson Electrician', start: '2017-02', end: '2021-09', town: 'Hamilton', duties: ['Steel plant MCC replacements'] },
      { company: 'Capstone Industrial Electric', title: 'Foreman', start: '2021-10', end: null, town: 'Hamilton', duties: ['Runs crews of 6–12 on plant shutdowns'] },
    ],
    gaps: [{ start: '2016-12', end: '2017-01', why: 'Laid off – on the out-of-work list' }],
    edu: [{ school: 'Lakeview College of Applied Arts and Technology', degree: 'Electrical Techniques (pre-apprenticeship)', start: '2009-09', end: '2010-04', town: 'Toronto' }],
    languages: ['English', 'Polish'], certs: ['Certificate of Qualification 309A (2014)', 'Working at Heights', 'WHMIS'],
  },
  {
    id: 'p07', lang: 'en', name: 'Ewan Sinclair', email: 'ewan.sinclair88@gmail.com', phone: '+447700900561', phoneLocal: '07700 900561',
    otherPhone: 'Home 0141 496 0235', address: 'Flat 2/1, 31 Kelvinhaugh Street, Glasgow G3 8NU', born: '1995', headline: 'Concierge Team Leader',
    skills: ['Conflict Resolution', 'CCTV Operation', 'Incident Reporting', 'Customer Service', 'First Aid', 'Rota Planning', 'Cash Handling'],
    jobs: [
      { company: 'Brackenridge Retail', title: 'Sales Assistant', start: '2014-06', end: '2016-09', town: 'Paisley', duties: ['Tills, stock, customer queries'] },
      { company: 'Brackenridge Retail', title: 'Assistant Store Manager', start: '2016-10', end: '2019-04', town: 'Paisley', duties: ['Cash-up, rotas for 14 staff, loss prevention'] },
      { company: 'Caledon Security Services', title: 'Security Officer', start: '2019-05', end: '2022-01', town: 'Glasgow', duties: ['Retail and office site security, CCTV control room'] },
      { company: 'Lanark Street Stewards', title: 'Event Steward (part-time)', start: '2019-08', end: '2023-06', town: 'Glasgow', partTime: true, duties: ['Stadium and concert stewarding, weekends'] },
      { company: 'Clydeview Housing Association', title: 'Concierge Team Leader', start: '2022-02', end: null, town: 'Glasgow', duties: ['Leads a concierge team of 8 across three tower blocks', 'Incident reports and police liaison'] },
    ],
    edu: [{ school: 'Westburn Academy', degree: 'Highers: English, Modern Studies, PE', start: '2007-08', end: '2013-06', town: 'Greenock' }],
    languages: ['English'], certs: ['SIA Door Supervisor Licence', 'Full UK driving licence'],
  },
  {
    id: 'p08', lang: 'zh', name: '周文博', email: 'zhouwenbo@126.com', phone: '+8613851427796', phoneLocal: '138-5142-7796',
    otherPhone: '办公 025-8462 3310', address: '江苏省南京市江宁区秣陵街道胜太西路 168 号', born: '1986.04', headline: '环保装备 副总经理',
    skills: ['烟气脱硫脱硝工艺', '项目管理', 'EPC总承包管理', 'AutoCAD', '成本控制', '商务谈判', '团队管理'],
    jobs: [
      { company: '华瑞冶金工程技术有限公司', title: '技术员', start: '2009-07', end: '2012-06', town: '马鞍山', duties: ['烧结烟气脱硫项目工艺设计'] },
      { company: '华瑞冶金工程技术有限公司', title: '工程师', start: '2012-07', end: '2016-03', town: '马鞍山', duties: ['负责3个钢厂脱硝改造项目的设计与现场服务'] },
      { company: '江苏恒源环保装备有限公司', title: '项目经理', start: '2016-04', end: '2020-09', town: '南京', duties: ['EPC项目全过程管理，累计合同额4.6亿元'] },
      { company: '江苏恒源环保装备有限公司', title: '副总经理', start: '2020-10', end: null, town: '南京', duties: ['分管工程中心和采购部，团队68人'] },
    ],
    edu: [{ school: '东江理工大学', degree: '环境工程 本科 学士', start: '2005-09', end: '2009-06' }],
    languages: ['英语（CET-6）'], certs: ['一级建造师（机电工程）', '高级工程师（2019）'],
  },
  {
    id: 'p09', lang: 'zh', name: '林雪晴', email: 'linxueqing_sh@163.com', phone: '+8613917265408', phoneLocal: '139 1726 5408',
    otherPhone: '公司总机 021-6088 7000', address: '上海市浦东新区东方路 1217 弄 6 号', born: '1988.11', headline: '投资总监',
    skills: ['行业研究', '财务建模', '尽职调查', 'Wind', 'Python', '投后管理', '估值分析'],
    jobs: [
      { company: '东岳证券股份有限公司', title: '研究员', start: '2011-07', end: '2015-02', town: '上海', duties: ['覆盖新能源与电力设备行业'] },
      { company: '华信基金管理有限公司', title: '投资经理', start: '2015-03', end: '2019-12', town: '上海', duties: ['管理两只专户产品，规模18亿元'] },
      { company: '华信基金管理有限公司', title: '投资总监', start: '2020-01', end: '2023-06', town: '上海', duties: ['负责权益投资部，团队9人'] },
      { company: '瑞川资本管理有限公司', title: '合伙人', start: '2023-08', end: null, town: '上海', duties: ['负责先进制造方向的股权投资'] },
    ],
    edu: [
      { school: '沪江财经大学', degree: '金融学 硕士', start: '2009-09', end: '2011-06' },
      { school: '闽南大学', degree: '经济学 学士', start: '2005-09', end: '2009-06' },
    ],
    languages: ['英语（熟练）'], certs: ['CFA 特许金融分析师', '基金从业资格'],
  },
  {
    id: 'p10', lang: 'zh', name: '陳怡君', email: 'yichun.chen@mdtu.edu.tw', phone: '+886928316457', phoneLocal: '0928-316-457',
    otherPhone: '辦公室 (04)2239-5120 分機 3312', address: '台中市南屯區大墩十二街 85 號 7 樓', born: '1984.03', headline: '資訊工程 助理教授',
    skills: ['嵌入式系統', '物聯網', 'C語言 | C', 'Linux', '機器學習', '感測網路', '專題指導'],
    jobs: [
      { company: '宏碩科技股份有限公司', title: '韌體工程師', start: '2010-08', end: '2014-07', town: '新竹', duties: ['工業閘道器韌體開發'] },
      { company: '明德科技大學', title: '兼任講師', start: '2013-02', end: '2014-06', town: '台中', partTime: true, duties: ['夜間部「微處理機實習」'] },
      { company: '明德科技大學', title: '專任講師', start: '2014-08', end: '2019-07', town: '台中', duties: ['資訊工程系專任講師'] },
      { company: '明德科技大學', title: '助理教授', start: '2019-08', end: null, town: '台中', duties: ['物聯網實驗室主持人'] },
    ],
    edu: [
      { school: '國立中台大學', degree: '電機工程 博士', start: '2014-09', end: '2019-06' },
      { school: '國立中台大學', degree: '電機工程 碩士', start: '2008-09', end: '2010-07' },
    ],
    languages: ['英語（TOEIC 860）'], certs: ['乙級電腦軟體設計技術士'],
  },
  {
    id: 'p11', lang: 'zh', name: '郭志强', email: 'guozhiqiang1979@sina.com', phone: '+8613602847715', phoneLocal: '13602847715',
    otherPhone: '家 020-3471 6622', address: '广东省广州市番禺区市桥街西丽路 39 号', born: '1979.08', headline: '物流运营经理',
    skills: ['仓储管理', 'WMS系统 | WMS', '运输调度', '精益物流', 'Excel', '供应商管理', '叉车管理'],
    jobs: [
      { company: '南粤储运有限公司', title: '仓管员', start: '2001-07', end: '2004-12', town: '广州', yearsOnly: false, duties: ['收发货、盘点'] },
      { company: '南粤储运有限公司', title: '仓库主管', start: '2005-01', end: '2009-05', town: '广州', duties: ['管理两个仓库，员工40人'] },
      { company: '顺捷供应链管理有限公司', title: '运营经理', start: '2009-07', end: '2017-10', town: '东莞', duties: ['华南区域配送中心运营'] },
      { company: '广州城配物流有限公司', title: '物流运营经理', start: '2018-01', end: null, town: '广州', duties: ['负责城配车队及两个前置仓'] },
    ],
    edu: [{ school: '广州商贸职业学院', degree: '物流管理 大专', start: '1998-09', end: '2001-07' }],
    languages: ['粤语', '普通话'], certs: ['物流师（三级）', '叉车操作证'],
  },
  {
    id: 'p12', lang: 'zh', name: '黄嘉怡', email: 'huangjiayi.hr@qq.com', phone: '+8615889312054', phoneLocal: '158 8931 2054',
    otherPhone: '前公司人事部 0755-2663 1180', address: '深圳市南山区桃源街道龙珠四路 2 号', born: '1992.06', headline: 'HRBP',
    skills: ['招聘管理', '员工关系', '绩效管理', '薪酬核算', '劳动法', 'SAP SuccessFactors | SuccessFactors', '培训体系搭建'],
    jobs: [
      { company: '深圳速联电子有限公司', title: '人事专员', start: '2014-07', end: '2016-12', town: '深圳', duties: ['招聘、入离职、社保公积金'] },
      { company: '海思达医疗器械（深圳）有限公司', title: 'HR主管', start: '2017-03', end: '2020-05', town: '深圳', duties: ['负责研发中心400人的招聘与员工关系'] },
      { company: '启明智能科技有限公司', title: 'HRBP', start: '2020-06', end: '2023-02', town: '深圳', duties: ['支持硬件事业部'] },
      { company: '启明智能科技有限公司', title: '高级HRBP', start: '2023-03', end: null, town: '深圳', duties: ['支持两个事业部共900人', '主导组织架构调整'] },
    ],
    edu: [{ school: '岭南师范学院', degree: '人力资源管理 本科', start: '2010-09', end: '2014-06' }],
    languages: ['英语（CET-4）'], certs: ['人力资源管理师（二级）'],
  },
  {
    id: 'p13', lang: 'mixed', name: '王浩然', latin: 'Haoran Wang', kana: 'オウ コウゼン', email: 'haoran.wang.dev@gmail.com', phone: '+819045127783', phoneLocal: '090-4512-7783',
    otherPhone: 'Agency (Tokyo) 03-5555-0142', address: '東京都江東区豊洲 3-7-12-805', born: '1990.05', headline: 'Senior Backend Engineer',
    skills: ['Java', 'Spring Boot', 'Go', 'AWS', 'MySQL', 'Kubernetes', 'Payment Systems'],
    jobs: [
      { company: 'Shenzhen Lianchuang Software Co., Ltd.', title: 'Software Engineer', start: '2013-07', end: '2016-03', town: 'Shenzhen', duties: ['Java back office for a logistics client'] },
      { company: 'Sakura Systems Co., Ltd.', title: 'Engineer', start: '2016-05', end: '2019-09', town: 'Tokyo', duties: ['SES engineer at a bank and a retailer'] },
      { company: 'Sakura Systems Co., Ltd.', title: 'Team Leader', start: '2019-10', end: '2022-03', town: 'Tokyo', duties: ['Led 6 engineers on a card-processing renewal'] },
      { company: 'Kairos Pay K.K.', title: 'Senior Backend Engineer', start: '2022-04', end: null, town: 'Tokyo', duties: ['Payments API in Go on EKS'] },
    ],
    edu: [{ school: 'Hubei Institute of Technology', degree: 'B.Eng. Software Engineering', start: '2009-09', end: '2013-06' }],
    languages: ['Chinese (native)', 'Japanese (JLPT N1)', 'English (TOEIC 835)'], certs: ['AWS Certified Solutions Architect – Associate', '応用情報技術者 (Applied Information Technology Engineer)'],
  },
  {
    id: 'p14', lang: 'mixed', name: '李欣怡', latin: 'Xinyi Li', kana: 'リ キンイ', email: 'xinyi.li.qa@yahoo.co.jp', phone: '+818036629410', phoneLocal: '080-3662-9410',
    otherPhone: 'Home 045-555-0163', address: '神奈川県横浜市港北区新横浜 2-14-3', born: '1989.10', headline: 'QA Lead',
    skills: ['Test Automation', 'Selenium', 'JMeter', 'Test Planning', 'JIRA', 'SQL', 'Bilingual Documentation'],
    jobs: [
      { company: 'Dalian Hengtong Outsourcing Co., Ltd.', title: 'QA Engineer', start: '2012-09', end: '2015-06', town: 'Dalian', duties: ['Offshore testing for Japanese clients'] },
      { company: 'Nagomi Soft Inc.', title: 'Test Engineer', start: '2015-08', end: '2018-12', town: 'Yokohama', duties: ['Regression and load testing of an insurer portal'] },
      { company: 'Linguacore Translation Office', title: 'Part-time Translator (JA–ZH)', start: '2017-04', end: '2020-03', town: 'Yokohama', partTime: true, duties: ['Technical manuals, weekends'] },
      { company: 'Nagomi Soft Inc.', title: 'QA Lead', start: '2019-01', end: null, town: 'Yokohama', duties: ['QA team of 8, test strategy for three products'] },
    ],
    edu: [{ school: 'Liaoning Foreign Studies College', degree: 'B.A. Japanese', start: '2008-09', end: '2012-06' }],
    languages: ['Chinese (native)', 'Japanese (business)', 'English (intermediate)'], certs: ['JSTQB Foundation Level', 'JLPT N1'],
  },
  {
    id: 'p15', lang: 'mixed', name: '赵雨桐', latin: 'Yutong Zhao', email: 'yutong.zhao@naver.com', phone: '+821047318826', phoneLocal: '010-4731-8826',
    otherPhone: 'Office 02-555-0148', address: 'Seoul, Mapo-gu, Yanghwa-ro 45, 1203', born: '1992.02', headline: 'China Market Lead',
    skills: ['Cross-border E-commerce', 'Tmall Global Operations', 'Key Account Management', 'Market Research', 'Excel', 'Negotiation', 'Live-commerce Planning'],
    jobs: [
      { company: 'Qingdao Haixin Trading Co., Ltd.', title: 'Sales Assistant', start: '2014-07', end: '2015-12', town: 'Qingdao', duties: ['Order follow-up with Korean suppliers'] },
      { company: 'Hanbit Commerce Co., Ltd.', title: 'Marketing Specialist', start: '2016-03', end: '2019-02', town: 'Seoul', duties: ['Chinese-language campaigns for a duty-free mall'] },
      { company: 'Daon Global Inc.', title: 'Overseas Sales Manager', start: '2019-03', end: '2022-12', town: 'Seoul', duties: ['Greater China distributor accounts, KRW 9bn/yr'] },
      { company: 'Miraero Cosmetics Co., Ltd.', title: 'China Market Lead', start: '2023-02', end: null, town: 'Seoul', duties: ['Tmall Global and Douyin stores, team of 5'] },
    ],
    edu: [{ school: 'Hanseong Graduate School of Business', degree: 'MBA', start: '2015-03', end: '2017-02' }, { school: 'Qingdao Coastal University', degree: 'B.A. Korean Language', start: '2010-09', end: '2014-06' }],
    languages: ['Chinese (native)', 'Korean (TOPIK 6)', 'English (IELTS 7.0)'], certs: ['TOPIK Level 6'],
  },
  {
    id: 'p16', lang: 'mixed', name: '孙立伟', latin: 'Liwei Sun', email: 'liwei.sun.semi@gmail.com', phone: '+821093265517', phoneLocal: '010-9326-5517',
    otherPhone: 'Wuxi home +86 510 8526 7731', address: 'Gyeonggi-do, Pyeongtaek-si, Godeok-myeon 112, 507-1804', born: '1987.09', headline: 'Principal Process Engineer (Etch)',
    skills: ['Plasma Etch', 'Statistical Process Control | SPC', 'FMEA', 'Yield Improvement', 'JMP', '8D Problem Solving | 8D', 'Fab Tool Qualification'],
    jobs: [
      { company: 'Wuxi Xinhe Microelectronics Co., Ltd.', title: 'Process Engineer', start: '2011-07', end: '2015-08', town: 'Wuxi', duties: ['Dry etch for 0.18 µm logic'] },
      { company: 'Wuxi Xinhe Microelectronics Co., Ltd.', title: 'Senior Process Engineer', start: '2015-09', end: '2018-06', town: 'Wuxi', duties: ['Owner of 12 etch chambers, yield +2.4 pts'] },
      { company: 'Gyeonggi Semitech Co., Ltd.', title: 'Principal Engineer', start: '2018-08', end: null, town: 'Pyeongtaek', duties: ['Etch module lead for a 28 nm line'] },
    ],
    edu: [{ school: 'Jiangnan Polytechnic University', degree: 'M.Eng. Microelectronics', start: '2008-09', end: '2011-06' }],
    languages: ['Chinese (native)', 'Korean (intermediate)', 'English (fluent)'], certs: ['Six Sigma Green Belt'],
  },
];

/** The printed form of a skill (before any " | "). */
export const shown = (s: string) => s.split(' | ')[0];
