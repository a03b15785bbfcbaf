/**
 * heldout-66: sixteen invented people. Every name, employer, school, address, e-mail and number is made up;
 * numbers only have the right shape for their country (UK numbers are from Ofcom's drama ranges, AU from the
 * ACMA fictitious range, US 555-01xx).
 */
export type Lang = 'en' | 'zh' | 'mixed';
export interface Job { company: string; title: string; start: string; end: string | null; city: string; duties: string[] }
export interface Edu { school: string; degree: string; start: string; end: string }
export interface Person {
  id: string; lang: Lang;
  name: string;            // truth name (Chinese name for mixed people)
  latin?: string;          // romanised / English name printed beside it
  family: string; given: string; // as split in form cells (family name, given names)
  email: string;
  phone: string;           // E.164 own mobile
  mobile: string[];        // national ways of printing the mobile: [0] usual local, [1] international
  others: Record<string, string>; // other numbers printed (home, office, fax, emergency, referee …)
  city: string; address: string;
  headline: string;
  skills: string[];        // truth strings: "Printed | synonym"
  work: Job[];
  edu: Edu[];
  languages: string[];
  extra?: Record<string, string>;
}

export const people: Person[] = [
  {
    id: 'p01', lang: 'en', name: 'Rhiannon Pryce', family: 'Pryce', given: 'Rhiannon Mair',
    email: 'rhiannon.pryce.qs@outlook.com', phone: '+447700900417', mobile: ['07700 900417', '+44 (0)7700 900 417'],
    others: { home: '0161 496 0732', office: '0161 496 0550', referee: '0161 496 0981' },
    city: 'Manchester', address: '14 Cotton Lane, Didsbury, Manchester M20 6RT', headline: 'Commercial Manager (MRICS)',
    skills: ['Cost planning', 'NEC4 contract administration | NEC4', 'CostX', 'Bills of quantities | BoQ', 'Value engineering', 'Final accounts', 'Microsoft Excel | Excel'],
    work: [
      { company: 'Hallam & Byrne LLP', title: 'Trainee Quantity Surveyor', start: '2014-09', end: '2017-05', city: 'Sheffield', duties: ['Measured groundworks and substructure packages for school projects', 'Prepared monthly valuations and interim payment notices'] },
      { company: 'Castlefield Build Ltd', title: 'Quantity Surveyor', start: '2017-06', end: '2020-02', city: 'Manchester', duties: ['Ran the commercial side of two residential blocks (£18m)', 'Agreed subcontract final accounts'] },
      { company: 'Castlefield Build Ltd', title: 'Senior Quantity Surveyor', start: '2020-03', end: '2022-10', city: 'Manchester', duties: ['Led a team of three surveyors on a £42m mixed-use scheme', 'Introduced CostX take-off across the region'] },
      { company: 'Irwell Infrastructure Partners', title: 'Commercial Manager', start: '2022-11', end: null, city: 'Salford', duties: ['Commercial lead on NEC4 Option C highway frameworks', 'Report cost-to-complete to the board every month'] },
    ],
    edu: [{ school: 'Sheffield Hallam University', degree: 'BSc (Hons) Quantity Surveying', start: '2011-09', end: '2014-06' }],
    languages: ['English (native)', 'Welsh (conversational)'],
  },
  {
    id: 'p02', lang: 'en', name: 'Ciarán Moloney', family: 'Moloney', given: 'Ciarán Patrick',
    email: 'ciaran.moloney.qa@gmail.com', phone: '+353871547329', mobile: ['087 154 7329', '+353 (0)87 154 7329'],
    others: { home: '(01) 873 4406', referee: '086 902 3371' },
    city: 'Dublin', address: 'Apt 6, 21 Prussia Street, Stoneybatter, Dublin 7, D07 X2K4', headline: 'Test Lead',
    skills: ['Selenium WebDriver | Selenium', 'Cypress', 'Test automation', 'API testing', 'Postman', 'Java', 'Jenkins', 'Agile/Scrum | Scrum | Agile'],
    work: [
      { company: 'Liffey Systems Ltd', title: 'QA Analyst', start: '2016-02', end: '2018-08', city: 'Dublin', duties: ['Wrote and ran manual regression suites for a payroll product', 'Logged and triaged defects in Jira'] },
      { company: 'Tolka Digital', title: 'Senior QA Engineer', start: '2018-09', end: '2022-03', city: 'Dublin', duties: ['Built a Selenium/Java framework from scratch', 'Cut regression time from 3 days to 5 hours'] },
      { company: 'Bracken Health Software', title: 'Test Lead', start: '2022-04', end: null, city: 'Dublin', duties: ['Lead six testers across two squads', 'Own the API test strategy for HL7 FHIR interfaces'] },
    ],
    edu: [{ school: 'Technological University Dublin', degree: 'BSc in Computing', start: '2012-09', end: '2016-05' }],
    languages: ['English (native)', 'Irish (fluent)'],
  },
  {
    id: 'p03', lang: 'en', name: 'Tamsin Okafor', family: 'Okafor', given: 'Tamsin Joy',
    email: 'tamsin.okafor@bigpond.com', phone: '+61491570156', mobile: ['0491 570 156', '+61 491 570 156'],
    others: { home: '(03) 5550 2187', referee1: '0491 570 110', referee2: '(03) 5550 4410' },
    city: 'Melbourne', address: '7/22 Cromwell Street, Glen Waverley VIC 3150', headline: 'Care Coordinator – Aged & Community Care',
    skills: ['Care planning', 'Medication administration', 'Wound care', 'Dementia care', 'Aged Care Quality Standards', 'Rostering', 'Leecare'],
    work: [
      { company: 'Bayside Aged Care', title: 'Personal Care Worker', start: '2012-03', end: '2014-12', city: 'Brighton', duties: ['Personal care for 18 residents on a secure dementia wing', 'Completed progress notes each shift'] },
      { company: 'Yarra Ranges Health', title: 'Enrolled Nurse', start: '2015-01', end: '2019-06', city: 'Lilydale', duties: ['Medication rounds and wound dressings in a 60-bed facility', 'Mentored new personal care workers'] },
      { company: 'Kinglake Community Care', title: 'Care Coordinator', start: '2019-07', end: null, city: 'Box Hill', duties: ['Coordinate home-care packages for 75 clients', 'Prepare for Quality Standards audits'] },
    ],
    edu: [{ school: 'Holmesglen Institute', degree: 'Diploma of Nursing (HLT54115)', start: '2013-02', end: '2014-11' }],
    languages: ['English', 'Igbo (basic)'],
  },
  {
    id: 'p04', lang: 'en', name: 'Dana Kowalski', family: 'Kowalski', given: 'Dana Marie',
    email: 'dana.kowalski.scm@fastmail.com', phone: '+13125550147', mobile: ['(312) 555-0147', '312.555.0147'],
    others: { work: '(312) 555-0190 x22', fax: '(312) 555-0199', referee: '(773) 555-0136' },
    city: 'Chicago', address: '2250 W. Belmont Ave, Apt 3R, Chicago, IL 60618', headline: 'Senior Supply Chain Analyst',
    skills: ['Demand forecasting', 'SAP ERP | SAP', 'SQL', 'Tableau', 'Inventory optimization', 'S&OP | Sales and operations planning', 'Power BI', 'Python'],
    work: [
      { company: 'Lakeshore Freight Co.', title: 'Logistics Coordinator', start: '2013-06', end: '2016-01', city: 'Chicago, IL', duties: ['Booked 120+ LTL and FTL loads a week', 'Reconciled carrier invoices'] },
      { company: 'Midway Components Inc.', title: 'Supply Chain Analyst', start: '2016-02', end: '2021-04', city: 'Cicero, IL', duties: ['Built SKU-level forecasts for 4,000 parts', 'Reduced safety stock by 14% without service loss'] },
      { company: 'Prairie Health Distributors', title: 'Senior Supply Chain Analyst', start: '2021-05', end: null, city: 'Chicago, IL', duties: ['Own the monthly S&OP demand review', 'Built Tableau dashboards used by 40 planners'] },
    ],
    edu: [{ school: 'University of Illinois Chicago', degree: 'B.S. Business Administration (Operations)', start: '2009-08', end: '2013-05' }],
    languages: ['English', 'Polish (conversational)'],
  },
  {
    id: 'p05', lang: 'en', name: 'Karthik Ramanathan', family: 'Ramanathan', given: 'Karthik',
    email: 'karthik.ramanathan91@rediffmail.com', phone: '+919845012367', mobile: ['98450 12367', '+91 98450 12367'],
    others: { home: '080 2334 1187', father: '+91 94432 70815' },
    city: 'Bengaluru', address: 'No. 42, 3rd Cross, 5th Main, Jayanagar 4th Block, Bengaluru – 560011', headline: 'Technical Lead – Java / Microservices',
    skills: ['Java', 'Spring Boot', 'Microservices', 'Hibernate', 'Oracle', 'Apache Kafka | Kafka', 'Docker', 'Kubernetes | K8s', 'REST APIs | REST', 'Git'],
    work: [
      { company: 'Indus Infotech Pvt. Ltd.', title: 'Associate Software Engineer', start: '2015-07', end: '2017-12', city: 'Chennai', duties: ['Maintained a Struts/Oracle claims portal for an insurance client', 'Wrote PL/SQL procedures for batch reports'] },
      { company: 'Kaveri Software Solutions Pvt. Ltd.', title: 'Software Engineer', start: '2018-01', end: '2021-06', city: 'Bengaluru', duties: ['Developed Spring Boot services for a retail banking platform', 'Migrated monolith modules to microservices'] },
      { company: 'Kaveri Software Solutions Pvt. Ltd.', title: 'Senior Software Engineer', start: '2021-07', end: '2023-03', city: 'Bengaluru', duties: ['Designed Kafka-based event pipeline (2M events/day)', 'Mentored four junior engineers'] },
      { company: 'Nilgiri Fintech Pvt. Ltd.', title: 'Technical Lead', start: '2023-04', end: null, city: 'Bengaluru', duties: ['Lead a team of 9 building UPI payment services', 'Own Kubernetes deployment and on-call rota'] },
    ],
    edu: [{ school: 'PSG College of Technology, Coimbatore', degree: 'B.E. Computer Science and Engineering', start: '2011-08', end: '2015-05' }],
    languages: ['English', 'Tamil', 'Kannada', 'Hindi'],
    extra: { dob: '14-03-1993', cgpa: '8.21 / 10' },
  },
  {
    id: 'p06', lang: 'en', name: 'Sanne van Dijk', family: 'Dijk', given: 'Sanne Maria', extra: { tussen: 'van', initials: 'S.M.', roepnaam: 'Sanne' },
    email: 'sanne.vandijk@ziggo.nl', phone: '+31628417730', mobile: ['06 2841 7730', '+31 (0)6 28 41 77 30'],
    others: { home: '030 231 4455', emergency: '06 1947 2281' },
    city: 'Utrecht', address: 'Oudegracht 211 bis, 3511 NH Utrecht', headline: 'Marketing Manager Benelux',
    skills: ['SEO', 'Google Ads', 'Content marketing', 'HubSpot', 'Google Analytics 4 | GA4', 'Campaign management', 'Adobe InDesign | InDesign'],
    work: [
      { company: 'Domstad Uitgevers', title: 'Marketing Assistant', start: '2014-10', end: '2016-12', city: 'Utrecht', duties: ['Newsletter and social media for a regional publisher', 'Organised book-launch events'] },
      { company: 'Vecht & Co', title: 'Online Marketeer', start: '2017-01', end: '2020-08', city: 'Maarssen', duties: ['Managed €300k yearly Google Ads budget', 'Grew organic traffic by 65%'] },
      { company: 'Kromme Rijn Foods B.V.', title: 'Marketing Manager Benelux', start: '2020-09', end: null, city: 'Houten', duties: ['Lead a team of four marketeers for three food brands', 'Launched the Belgian webshop'] },
    ],
    edu: [{ school: 'Hogeschool Utrecht', degree: 'Bachelor Commerciële Economie', start: '2010-09', end: '2014-07' }],
    languages: ['Dutch (native)', 'English (C1)', 'German (B1)'],
  },
  {
    id: 'p07', lang: 'en', name: 'Katharina Vogel', family: 'Vogel', given: 'Katharina',
    email: 'k.vogel@posteo.de', phone: '+4917634119082', mobile: ['0176 / 3411 9082', '+49 (0)176 34119082'],
    others: { home: '089 / 54 33 21 07', office: '+49 89 7712 40-318', fax: '+49 89 7712 40-99' },
    city: 'München', address: 'Schleißheimer Str. 88, 80797 München', headline: 'Senior Design Engineer',
    skills: ['SolidWorks', 'Siemens NX | NX', 'GD&T | Geometric dimensioning and tolerancing', 'FEM analysis | FEA | FEM', 'Tolerance analysis', 'SAP PLM', 'DFMEA'],
    work: [
      { company: 'Isartal Maschinenbau GmbH', title: 'Working Student, Design', start: '2013-10', end: '2015-03', city: 'Freising', duties: ['Detailed drawings for conveyor modules', 'Updated BOMs in SAP'] },
      { company: 'Isartal Maschinenbau GmbH', title: 'Design Engineer', start: '2015-04', end: '2019-09', city: 'Freising', duties: ['Designed gearbox housings in SolidWorks', 'Ran FEM checks on welded frames'] },
      { company: 'Würmtal Antriebstechnik GmbH', title: 'Senior Design Engineer', start: '2019-10', end: null, city: 'Gräfelfing', duties: ['Responsible for e-axle housing design in Siemens NX', 'Moderate DFMEA workshops with suppliers'] },
    ],
    edu: [{ school: 'Hochschule München', degree: 'B.Eng. Maschinenbau', start: '2011-10', end: '2015-02' }],
    languages: ['German (native)', 'English (C1)', 'French (A2)'],
    extra: { dob: '22.07.1991', birthplace: 'Landshut' },
  },
  {
    id: 'p08', lang: 'zh', name: '孙雅婷', family: '孙', given: '雅婷',
    email: 'sunyating_acc@163.com', phone: '+8613816427705', mobile: ['138 1642 7705', '+86 138-1642-7705'],
    others: { home: '021-6483 2290', emergency: '139 1702 5548', office: '021-5762 0188 转 8016' },
    city: '上海', address: '上海市徐汇区漕溪北路 398 弄 12 号 603 室', headline: '财务主管',
    skills: ['财务报表分析', '全面预算管理', '用友U8 | 用友', 'SAP FICO | SAP', 'Excel 数据透视表 | Excel', '税务筹划', '内部控制'],
    work: [
      { company: '上海浦江会计师事务所', title: '审计助理', start: '2014-07', end: '2016-06', city: '上海', duties: ['参与 12 家制造业企业年报审计', '编制底稿与函证'] },
      { company: '华昌食品（上海）有限公司', title: '财务会计', start: '2016-07', end: '2020-03', city: '上海', duties: ['负责总账、月结与合并报表', '配合 SAP FICO 上线'] },
      { company: '华昌食品（上海）有限公司', title: '财务主管', start: '2020-04', end: null, city: '上海', duties: ['带领 5 人团队完成月结与年度预算', '推动费用报销流程线上化'] },
    ],
    edu: [{ school: '上海财经学院', degree: '会计学 本科', start: '2010-09', end: '2014-06' }],
    languages: ['英语（CET-6）'],
    extra: { gender: '女', born: '1992.05', hukou: '上海', politics: '中共党员' },
  },
  {
    id: 'p09', lang: 'zh', name: '何志强', family: '何', given: '志强',
    email: 'hezhiqiang1990@qq.com', phone: '+8618908176624', mobile: ['189 0817 6624', '+86 189-0817-6624'],
    others: { home: '028-8541 3372', emergency: '136 8802 1947' },
    city: '成都', address: '四川省成都市武侯区科华北路 65 号 2 栋 1805', headline: '电商运营经理',
    skills: ['天猫运营', '抖音直播 | 直播运营', '数据分析', '生意参谋', '活动策划', '供应链管理', 'SEO'],
    work: [
      { company: '成都锦城电子商务有限公司', title: '运营专员', start: '2015-03', end: '2017-11', city: '成都', duties: ['负责天猫店铺日常上新与活动报名', '店铺年销售额由 800 万增至 1500 万'] },
      { company: '蜀味坊食品有限公司', title: '电商运营主管', start: '2017-12', end: '2022-05', city: '成都', duties: ['搭建 6 人电商团队', '双十一单日 GMV 突破 900 万'] },
      { company: '天府优选科技有限公司', title: '运营经理', start: '2022-06', end: null, city: '成都', duties: ['负责抖音直播间与达人合作', '月均 GMV 2000 万'] },
    ],
    edu: [{ school: '西南商贸学院', degree: '电子商务 本科', start: '2011-09', end: '2015-06' }],
    languages: ['英语（CET-4）'],
    extra: { gender: '男', born: '1990.11', hukou: '四川绵阳', politics: '群众' },
  },
  {
    id: 'p10', lang: 'zh', name: '林佩珊', family: '林', given: '佩珊', latin: 'LIN, PEI-SHAN',
    email: 'peishan.lin@gmail.com', phone: '+886928417356', mobile: ['0928-417-356', '+886-928-417-356'],
    others: { home: '(03) 578-2291', office: '(03) 563-8800 分機 3317', fax: '(03) 563-8811', emergency: '0935-602-118' },
    city: '新竹', address: '新竹市東區光復路二段 255 巷 8 號 5 樓', headline: '製程整合主任工程師',
    skills: ['薄膜製程', '黃光微影 | 微影', 'SPC 統計製程管制 | SPC', '良率分析', 'JMP', '8D 問題分析 | 8D', 'Python'],
    work: [
      { company: '竹科晶創股份有限公司', title: '製程工程師', start: '2013-07', end: '2017-02', city: '新竹', duties: ['負責 PVD 機台製程參數維護', '建立薄膜厚度 SPC 管制圖'] },
      { company: '竹科晶創股份有限公司', title: '資深製程工程師', start: '2017-03', end: '2020-06', city: '新竹', duties: ['主導 28 奈米黃光段良率改善專案', '良率提升 3.2%'] },
      { company: '新穎光電科技股份有限公司', title: '製程整合主任工程師', start: '2020-07', end: null, city: '竹南', duties: ['帶領 6 人製程整合小組', '新產品導入（NPI）與客訴 8D 分析'] },
    ],
    edu: [{ school: '國立竹塹科技大學', degree: '材料科學與工程研究所 碩士', start: '2011-09', end: '2013-06' }],
    languages: ['英語（TOEIC 830）', '台語'],
    extra: { gender: '女', born: '民國 78 年 4 月 9 日', military: '—' },
  },
  {
    id: 'p11', lang: 'zh', name: '陳嘉欣', family: '陳', given: '嘉欣', latin: 'CHAN Ka Yan',
    email: 'kayan.chan.hr@yahoo.com.hk', phone: '+85291735284', mobile: ['9173 5284', '(852) 9173 5284'],
    others: { home: '2698 4417', office: '3618 2200', fax: '3618 2299', emergency: '6402 9135' },
    city: '香港', address: '新界沙田大圍美田路 33 號 富怡閣 12 樓 C 室', headline: '人力資源經理',
    skills: ['招聘及甄選', '薪酬福利', '強積金行政 | 強積金 | MPF', '僱傭條例 | Employment Ordinance', '員工關係', 'Microsoft Office', '中文輸入（倉頡） | 倉頡'],
    work: [
      { company: '港景物業管理有限公司', title: '行政助理', start: '2012-09', end: '2015-08', city: '香港', duties: ['處理屋苑管理處文書及報表', '協助安排員工更表'] },
      { company: '鴻泰貿易有限公司', title: '人事及行政主任', start: '2015-09', end: '2021-01', city: '香港', duties: ['負責 120 名員工之薪酬及強積金供款', '處理招聘及入職手續'] },
      { company: '恒昇物流（香港）有限公司', title: '人力資源經理', start: '2021-02', end: null, city: '香港', duties: ['管理 4 人人力資源團隊', '制定員工手冊及處理勞資關係'] },
    ],
    edu: [{ school: '香港都會專上學院', degree: '人力資源管理 文學士（榮譽）', start: '2009-09', end: '2012-06' }],
    languages: ['粵語（母語）', '英語（良好）', '普通話（良好）'],
    extra: { gender: '女', born: '1990 年 3 月', ccc: '7115 1367 6009', hkid: 'Y65****(*)' },
  },
  {
    id: 'p12', lang: 'zh', name: '王浩然', family: '王', given: '浩然',
    email: 'wanghaoran_emb@126.com', phone: '+8613590284417', mobile: ['135 9028 4417', '+86 135-9028-4417'],
    others: { home: '0755-2673 1180', emergency: '158 1937 4402', family1: '0371-6512 3384' },
    city: '深圳', address: '广东省深圳市南山区桃园路 12 号阳光花园 6 栋 2201', headline: '固件开发组长',
    skills: ['C语言 | C', '嵌入式Linux | Linux', 'STM32', 'FreeRTOS', 'CAN总线 | CAN', '硬件调试', 'Git'],
    work: [
      { company: '深圳市海岸线科技有限公司', title: '嵌入式软件工程师', start: '2016-07', end: '2019-09', city: '深圳', duties: ['STM32 平台电机控制固件开发', '编写单元测试与驱动文档'] },
      { company: '鹏城智联电子有限公司', title: '高级嵌入式工程师', start: '2019-10', end: '2024-02', city: '深圳', duties: ['负责车载 T-Box 的 CAN 通信模块', '移植嵌入式 Linux 与 OTA 升级'] },
      { company: '南山微控半导体有限公司', title: '固件开发组长', start: '2024-03', end: null, city: '深圳', duties: ['带领 5 人固件小组', '制定代码评审与 Git 分支规范'] },
    ],
    edu: [{ school: '郑州理工学院', degree: '电子信息工程 本科', start: '2012-09', end: '2016-06' }],
    languages: ['英语（CET-6，可阅读英文数据手册）'],
    extra: { gender: '男', born: '1994.02', hukou: '河南郑州', politics: '共青团员' },
  },
  {
    id: 'p13', lang: 'mixed', name: '陈伟杰', latin: 'TAN Wei Jie', family: 'Tan', given: 'Wei Jie',
    email: 'tanweijie.ops@singnet.com.sg', phone: '+6598174463', mobile: ['9817 4463', '+65 9817 4463'],
    others: { home: '6764 2381', office: '6268 5500', fax: '6268 5511' },
    city: 'Singapore', address: 'Blk 415 Jurong West Street 42, #09-233, Singapore 640415', headline: 'Operations Manager 运营经理',
    skills: ['Warehouse management | WMS', 'SAP EWM', 'Lean Six Sigma', 'Cold chain operations', 'Team leadership', 'Excel VBA | VBA'],
    work: [
      { company: 'Pasir Panjang Freight Pte Ltd', title: 'Operations Executive', start: '2014-01', end: '2017-06', city: 'Singapore', duties: ['Scheduled inbound containers for 3 warehouses', 'Handled customs permits (TradeNet)'] },
      { company: 'Pasir Panjang Freight Pte Ltd', title: 'Senior Operations Executive', start: '2017-07', end: '2019-12', city: 'Singapore', duties: ['Supervised a night shift of 22 staff', 'Rolled out handheld scanning'] },
      { company: 'Tanjong Cold Chain Pte Ltd', title: 'Operations Manager', start: '2020-01', end: null, city: 'Singapore', duties: ['Run a 12,000-pallet chilled and frozen facility', 'Cut picking errors by 40% with SAP EWM'] },
    ],
    edu: [{ school: 'Nanyang Institute of Commerce', degree: 'Diploma in Logistics & Supply Chain Management', start: '2010-04', end: '2013-03' }],
    languages: ['English', 'Mandarin 华语', 'Hokkien 福建话'],
    extra: { nric: 'S88****2H', ns: 'Completed (NSman)', dob: '03/08/1988' },
  },
  {
    id: 'p14', lang: 'mixed', name: '黃志明', latin: 'WONG Chi Ming, Raymond', family: 'Wong', given: 'Chi Ming',
    email: 'raymond.wong.cm@netvigator.com', phone: '+85261548392', mobile: ['6154 8392', '+852 6154 8392'],
    others: { home: '2741 9926', office: '2198 3600', fax: '2198 3611', referee: '9026 7713' },
    city: 'Hong Kong', address: 'Flat 8B, Block 2, Sunway Gardens, 18 Tai Hang Road, Hong Kong', headline: 'IT Project Manager 資訊科技項目經理',
    skills: ['Agile delivery', 'Java', 'Oracle Database | Oracle', 'Vendor management', 'ITIL service management | ITIL', 'Stakeholder management', 'Jira'],
    work: [
      { company: 'Harbourline Systems Ltd', title: 'Analyst Programmer', start: '2011-07', end: '2014-10', city: 'Hong Kong', duties: ['Java development for a shipping-agency system', 'Oracle PL/SQL tuning'] },
      { company: 'Kowloon Mutual Insurance Co. Ltd', title: 'Systems Analyst', start: '2014-11', end: '2019-03', city: 'Hong Kong', duties: ['Requirement analysis for the policy administration system', 'Managed UAT with business users'] },
      { company: 'Victoria Peak Securities Ltd', title: 'IT Project Manager', start: '2019-04', end: null, city: 'Hong Kong', duties: ['Deliver the online trading platform upgrade (HK$28m)', 'Manage three external vendors'] },
    ],
    edu: [{ school: 'Hong Kong Polytechnic College of Engineering', degree: 'BEng (Hons) Computing', start: '2008-09', end: '2011-06' }],
    languages: ['Cantonese 粵語', 'English 英語', 'Putonghua 普通話'],
    extra: { salary: 'HK$65,000 p.m.', notice: '1 month' },
  },
  {
    id: 'p15', lang: 'mixed', name: '張家豪', latin: 'Howard Chang (CHANG, CHIA-HAO)', family: 'Chang', given: 'Chia-Hao',
    email: 'howard.chang.ux@gmail.com', phone: '+886953218740', mobile: ['0953-218-740', '+886 953 218 740'],
    others: { home: '(02) 2736-4410', office: '(02) 8791-2000 #5521', emergency: '0921-774-306' },
    city: 'Taipei', address: '台北市大安區和平東路三段 1 巷 22 號 4F', headline: 'Design Lead 設計主管',
    skills: ['Figma', 'User research | 使用者研究', 'Prototyping | 原型設計', 'Design systems', 'Usability testing | 易用性測試', 'Adobe Illustrator | Illustrator', 'HTML/CSS'],
    work: [
      { company: 'Dadaocheng Interactive Co., Ltd.', title: 'UI Designer', start: '2015-08', end: '2018-04', city: 'Taipei', duties: ['Designed app UIs for banking and retail clients', 'Built the studio icon library'] },
      { company: 'Keelung River Labs Inc.', title: 'Senior UX Designer', start: '2018-05', end: '2022-12', city: 'Taipei', duties: ['Ran 60+ usability sessions', 'Set up the Figma design system'] },
      { company: 'Lanyu Pay Co., Ltd.', title: 'Design Lead', start: '2023-01', end: null, city: 'Taipei', duties: ['Lead five designers on the wallet app', 'Introduced research ops and a shared insight repository'] },
    ],
    edu: [{ school: 'National Taipei Institute of Design', degree: 'B.F.A. Visual Communication Design', start: '2011-09', end: '2015-06' }],
    languages: ['Mandarin 中文（母語）', 'English 英文（流利）', 'Japanese 日文（N3）'],
  },
  {
    id: 'p16', lang: 'mixed', name: '刘思远', latin: 'LIU Siyuan', family: 'LIU', given: 'Siyuan',
    email: 'siyuan.liu@laposte.net', phone: '+33678214495', mobile: ['06 78 21 44 95', '+33 (0)6 78 21 44 95'],
    others: { home: '01 43 57 28 10', office: '01 84 60 33 00', cnMobile: '+86 139 1188 2716' },
    city: 'Paris', address: '37 rue Oberkampf, 75011 Paris', headline: 'Analytics Manager 数据分析经理',
    skills: ['SQL', 'Python', 'Tableau', 'Customer segmentation | 客户细分', 'A/B testing | A/B 测试', 'Looker', 'dbt'],
    work: [
      { company: 'Maison Verdelet', title: 'Data Analytics Intern (stage)', start: '2016-02', end: '2016-07', city: 'Paris', duties: ['Cleaned CRM data for the loyalty programme', 'Weekly sales dashboards'] },
      { company: 'Maison Verdelet', title: 'Data Analyst', start: '2016-09', end: '2019-12', city: 'Paris', duties: ['Customer segmentation for 1.2M loyalty members', 'Sales reporting for Chinese-speaking clientele'] },
      { company: 'Bastille Retail Group SAS', title: 'Senior Data Analyst', start: '2020-01', end: '2023-06', city: 'Paris', duties: ['A/B testing framework for the e-shop', 'Migrated reporting to Looker'] },
      { company: 'Rive Gauche Cosmétiques', title: 'Analytics Manager', start: '2023-07', end: null, city: 'Paris', duties: ['Lead a team of four analysts', 'Built the dbt models behind the CRM'] },
    ],
    edu: [{ school: 'Université Paris-Est Marne', degree: 'Master 2 Statistique et Data Science', start: '2014-09', end: '2016-09' }, { school: '武汉商学院', degree: '统计学 本科', start: '2010-09', end: '2014-06' }],
    languages: ['Chinese 中文 (native)', 'French (C1)', 'English (C1)'],
    extra: { nationality: 'Chinoise', permit: 'Carte de séjour pluriannuelle' },
  },
];

/** the printed form of a skill (before " | ") */
export const sk = (s: string) => s.split(' | ')[0];
