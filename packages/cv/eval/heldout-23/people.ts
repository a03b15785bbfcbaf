/**
 * heldout-23: sixteen invented people. Every name, employer, school, address, e-mail and phone number is made up.
 * `skills[i].p` is how the person prints the item; `alt` holds other spellings the truth accepts.
 */
export type Lang = 'en' | 'zh' | 'mixed';
export interface Job {
  company: string;
  title: string;
  start: string; // YYYY-MM
  end: string | null;
  city: string;
  duties: string[];
  reason?: string; // reason for leaving (forms)
  intern?: boolean;
}
export interface Edu { school: string; degree: string; major: string; start: string; end: string; city?: string }
export interface Skill { p: string; alt?: string[] }
export interface Person {
  id: string;
  language: Lang;
  name: string; // as truth: for mixed people the Chinese name
  nameEn?: string; // romanised / English name printed beside it
  family?: string; given?: string; // for forms
  gender: 'M' | 'F';
  dob: string; // YYYY-MM-DD
  nationality: string;
  email: string;
  phone: string; // E.164
  phoneLocal: string; // as printed
  address: string;
  title: string;
  summary: string;
  jobs: Job[];
  skills: Skill[];
  edu: Edu[];
  languages: string[];
  certs: string[];
  gap?: { start: string; end: string; what: string };
  referees?: { name: string; role: string; phone: string; email?: string }[];
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Renée Castonguay', family: 'Castonguay', given: 'Renée', gender: 'F', dob: '1988-02-14', nationality: 'Canadian',
    email: 'renee.castonguay@fastmail.ca', phone: '+14167382290', phoneLocal: '(416) 738-2290',
    address: '58 Harcourt Ave., Toronto, ON  M4J 1J3', title: 'Logistics Coordinator',
    summary: 'Bilingual (English/French) logistics coordinator with cross-border LTL and warehouse experience in the GTA.',
    jobs: [
      { company: 'Northgate Freight Systems', title: 'Dispatch Clerk', start: '2011-06', end: '2014-09', city: 'Mississauga, ON', duties: ['Booked 60+ daily LTL pickups across Ontario and Quebec', 'Kept driver logs and bills of lading in order'] },
      { company: 'Bellwood Cold Storage Inc.', title: 'Inventory Control Lead', start: '2014-10', end: '2019-03', city: 'Brampton, ON', duties: ['Ran cycle counts for a 12,000-pallet frozen warehouse', 'Cut shrinkage from 1.9% to 0.7% in two years'] },
      { company: 'Lakeshore Home Outfitters', title: 'Logistics Coordinator', start: '2019-05', end: null, city: 'Toronto, ON', duties: ['Coordinate inbound containers from the Port of Montréal', 'Prepare customs documents (CBSA B3, CUSMA certificates)', 'Train two junior coordinators'] },
    ],
    skills: [{ p: 'Cross-border shipping' }, { p: 'SAP MM' }, { p: 'Excel (pivot tables, VLOOKUP)', alt: ['Excel', 'Microsoft Excel'] }, { p: 'Carrier negotiation' }, { p: 'Inventory control' }, { p: 'WMS (Manhattan SCALE)', alt: ['Manhattan SCALE', 'WMS'] }, { p: 'Customs documentation' }],
    edu: [{ school: 'Seneca Polytechnic', degree: 'Ontario College Diploma', major: 'Supply Chain Management', start: '2009-09', end: '2011-04', city: 'Toronto, ON' }],
    languages: ['English (native)', 'French (fluent)'], certs: ['CITT Certified Logistics Professional (2021)'],
  },
  {
    id: 'p02', language: 'en', name: 'Travis L. Whitcomb', family: 'Whitcomb', given: 'Travis Lee', gender: 'M', dob: '1983-07-09', nationality: 'U.S.',
    email: 'twhitcomb.cdl@gmail.com', phone: '+18064127735', phoneLocal: '(806) 412-7735',
    address: '4417 Bowie St., Amarillo, TX 79110', title: 'CDL-A Truck Driver',
    summary: 'Class A driver, 1.1 million accident-free miles, OTR, regional flatbed and end-dump.',
    jobs: [
      { company: 'Plains Line Carriers', title: 'OTR Driver (Dry Van)', start: '2012-04', end: '2016-08', city: 'Amarillo, TX', duties: ['48-state OTR, 2,800 miles/week average', 'Zero preventable accidents'], reason: 'Wanted regional home time' },
      { company: 'Caprock Aggregate Hauling', title: 'End-Dump Driver', start: '2016-09', end: '2020-01', city: 'Lubbock, TX', duties: ['Hauled caliche and base rock to TxDOT sites', 'Daily pre-trip and post-trip inspections'], reason: 'Seasonal layoff' },
      { company: 'Lone Mesa Transport LLC', title: 'Regional Flatbed Driver', start: '2020-04', end: null, city: 'Amarillo, TX', duties: ['Flatbed and step-deck loads in TX, NM, OK, CO', 'Chains, straps, tarping to FMCSA cargo securement rules'] },
    ],
    skills: [{ p: 'Flatbed securement' }, { p: 'Pre-trip inspections', alt: ['Pre-trip / post-trip inspections'] }, { p: 'ELD (Samsara, Omnitracs)', alt: ['ELD', 'Samsara', 'Omnitracs'] }, { p: 'HOS compliance', alt: ['Hours of service'] }, { p: 'Tarping' }, { p: 'Backing / tight docks' }],
    edu: [{ school: 'Tascosa High School', degree: 'High School Diploma', major: '', start: '1997-08', end: '2001-05', city: 'Amarillo, TX' }, { school: 'Panhandle Truck Driving Academy', degree: 'CDL Class A training (160 h)', major: '', start: '2012-01', end: '2012-03', city: 'Amarillo, TX' }],
    languages: ['English'], certs: ['CDL Class A (TX) with H, N, T endorsements', 'DOT medical card (exp. 2027-05)'],
    referees: [{ name: 'Dwayne Pruitt', role: 'Terminal Manager, Caprock Aggregate Hauling', phone: '(806) 744-9182' }],
  },
  {
    id: 'p03', language: 'en', name: 'Callum Fraser', family: 'FRASER', given: 'Callum James', gender: 'M', dob: '1990-11-23', nationality: 'British',
    email: 'callum.fraser90@btinternet.com', phone: '+447834261905', phoneLocal: '07834 261905',
    address: '2/1, 14 Woodlands Drive, Glasgow G4 9EH', title: 'Electrician (JIB Approved)',
    summary: 'Time-served electrician, industrial and commercial installs, moving to Western Australia on a skilled visa.',
    jobs: [
      { company: 'Kelvinside Electrical Contractors Ltd', title: 'Apprentice Electrician', start: '2008-08', end: '2012-07', city: 'Glasgow', duties: ['Four-year SJIB modern apprenticeship', 'Domestic rewires and consumer unit changes'], intern: true },
      { company: 'Kelvinside Electrical Contractors Ltd', title: 'Electrician', start: '2012-08', end: '2015-02', city: 'Glasgow', duties: ['Commercial fit-outs, containment and cable pulls', 'Testing and inspection to BS 7671'] },
      { company: 'Forth Valley Process Services', title: 'Industrial Electrician', start: '2015-03', end: '2021-10', city: 'Grangemouth', duties: ['Shutdown work at a petrochemical site, ATEX areas', 'Motor control centres, VSD replacement'] },
      { company: 'Clydeside Renewables Ltd', title: 'Approved Electrician', start: '2022-01', end: null, city: 'Glasgow', duties: ['Solar PV and battery storage installations', 'EV charger installs to IET Code of Practice'] },
    ],
    skills: [{ p: 'Testing & inspection (BS 7671)', alt: ['Testing and inspection'] }, { p: 'Fault finding' }, { p: 'PLC basics (Siemens S7)', alt: ['PLC', 'Siemens S7'] }, { p: 'Solar PV' }, { p: 'Motor control / VSDs', alt: ['Motor control', 'VSDs'] }, { p: 'Hazardous areas (ATEX)', alt: ['ATEX'] }],
    edu: [{ school: 'City of Glasgow College', degree: 'SVQ Level 3', major: 'Electrotechnical Services', start: '2008-08', end: '2012-06', city: 'Glasgow' }],
    languages: ['English'], certs: ['ECS Gold Card', 'CompEx Ex01–Ex04', '18th Edition (BS 7671:2018)'],
    gap: { start: '2021-11', end: '2021-12', what: 'Travel (New Zealand)' },
  },
  {
    id: 'p04', language: 'en', name: 'Aditya Raghunathan', family: 'Raghunathan', given: 'Aditya', gender: 'M', dob: '1994-05-30', nationality: 'Indian',
    email: 'aditya.raghu94@yahoo.co.in', phone: '+919845031762', phoneLocal: '+91 98450 31762',
    address: 'No. 27, 3rd Cross, HSR Layout Sector 2, Bengaluru 560102', title: 'Senior Data Engineer',
    summary: 'Data engineer with 8+ years building batch and streaming pipelines for fintech and retail.',
    jobs: [
      { company: 'Sundaram Analytics Pvt. Ltd.', title: 'Trainee Software Engineer', start: '2016-07', end: '2017-06', city: 'Chennai', duties: ['ETL jobs in Informatica for an insurance client'] },
      { company: 'Sundaram Analytics Pvt. Ltd.', title: 'Software Engineer', start: '2017-07', end: '2019-12', city: 'Chennai', duties: ['Moved 40 Informatica jobs to PySpark on EMR'] },
      { company: 'Kovai Retail Tech', title: 'Data Engineer', start: '2020-01', end: '2022-08', city: 'Bengaluru', duties: ['Kafka to Delta Lake streaming for 900 stores', 'Airflow DAGs and data quality checks'] },
      { company: 'PaySetu Fintech Pvt. Ltd.', title: 'Senior Data Engineer', start: '2022-09', end: null, city: 'Bengaluru', duties: ['Own the UPI transactions lakehouse (4 TB/day)', 'Mentor 3 engineers'] },
    ],
    skills: [{ p: 'PySpark' }, { p: 'Apache Kafka', alt: ['Kafka'] }, { p: 'Airflow', alt: ['Apache Airflow'] }, { p: 'Delta Lake' }, { p: 'SQL' }, { p: 'AWS (EMR, S3, Glue)', alt: ['AWS'] }, { p: 'Informatica PowerCenter', alt: ['Informatica'] }, { p: 'Python' }],
    edu: [{ school: 'Sri Venkateswara College of Engineering', degree: 'B.E.', major: 'Computer Science and Engineering', start: '2012-08', end: '2016-05', city: 'Sriperumbudur' }],
    languages: ['English', 'Tamil', 'Hindi', 'Kannada'], certs: ['Databricks Certified Data Engineer Associate'],
  },
  {
    id: 'p05', language: 'en', name: 'Monique Delacroix-Harper', family: 'Delacroix-Harper', given: 'Monique', gender: 'F', dob: '1979-03-05', nationality: 'U.S.',
    email: 'mdelacroixharper@sbcglobal.net', phone: '+19163824417', phoneLocal: '(916) 382-4417',
    address: '7731 Fair Oaks Blvd, Apt 12, Carmichael, CA 95608', title: 'Staff Services Analyst',
    summary: 'Accounting and budget analyst returning to public service after a family-care break.',
    jobs: [
      { company: 'Hensley & Ortiz CPAs', title: 'Accounting Clerk', start: '2003-09', end: '2007-05', city: 'Sacramento, CA', duties: ['Accounts payable for 14 small-business clients', 'Bank reconciliations'], reason: 'Better opportunity' },
      { company: 'Sierra Valley Water Agency', title: 'Accountant I', start: '2007-06', end: '2013-11', city: 'Roseville, CA', duties: ['Month-end close and fixed-asset register', 'Prepared grant reimbursement claims'], reason: 'Family care' },
      { company: 'Capitol Mutual Credit Union', title: 'Budget Analyst', start: '2017-02', end: '2021-06', city: 'Sacramento, CA', duties: ['Annual operating budget ($38M)', 'Variance reports for the board'], reason: 'Relocation of department' },
      { company: 'Delta Regional Transit District', title: 'Staff Services Analyst', start: '2021-07', end: null, city: 'Stockton, CA', duties: ['Contract and procurement analysis', 'Prepare budget change proposals'] },
    ],
    skills: [{ p: 'Budget preparation' }, { p: 'Variance analysis' }, { p: 'Oracle Financials' }, { p: 'Excel' }, { p: 'Grant accounting' }, { p: 'Procurement' }, { p: 'Power BI' }],
    edu: [{ school: 'California State University, Sacramento', degree: 'B.S.', major: 'Business Administration (Accountancy)', start: '1997-08', end: '2002-05', city: 'Sacramento, CA' }],
    languages: ['English', 'Spanish (conversational)'], certs: [],
    gap: { start: '2013-12', end: '2017-01', what: 'Full-time family caregiver' },
    referees: [{ name: 'Gordon Tsai', role: 'Finance Manager, Capitol Mutual Credit Union', phone: '(916) 445-2087' }],
  },
  {
    id: 'p06', language: 'en', name: 'Kadri Lepik', family: 'Lepik', given: 'Kadri', gender: 'F', dob: '1996-09-18', nationality: 'Estonian',
    email: 'kadri.lepik@proton.me', phone: '+37253428817', phoneLocal: '+372 5342 8817',
    address: 'Vana-Kalamaja 41-7, 10415 Tallinn', title: 'Product Designer',
    summary: 'Product designer focused on fintech onboarding and design systems.',
    jobs: [
      { company: 'Pirita Digital OÜ', title: 'UX Design Intern', start: '2018-06', end: '2018-08', city: 'Tallinn', duties: ['Usability tests for a municipal e-service'], intern: true },
      { company: 'Kalev Pay AS', title: 'UI/UX Designer', start: '2019-02', end: '2022-04', city: 'Tallinn', duties: ['Redesigned KYC onboarding; completion +23%', 'Built the first Figma component library'] },
      { company: 'Nordhaven Labs OÜ', title: 'Product Designer', start: '2022-05', end: null, city: 'Tartu (hybrid)', duties: ['Lead designer for the B2B invoicing app', 'Run discovery interviews with SME customers'] },
    ],
    skills: [{ p: 'Figma' }, { p: 'Design systems' }, { p: 'User research' }, { p: 'Prototyping' }, { p: 'Usability testing' }, { p: 'HTML/CSS', alt: ['HTML', 'CSS'] }, { p: 'Accessibility (WCAG 2.2)', alt: ['WCAG', 'Accessibility'] }],
    edu: [{ school: 'Tallinn University', degree: 'BA', major: 'Interaction Design', start: '2015-09', end: '2018-06', city: 'Tallinn' }, { school: 'Estonian Academy of Arts', degree: 'MA', major: 'Design and Technology Futures', start: '2018-09', end: '2020-06', city: 'Tallinn' }],
    languages: ['Estonian (native)', 'English (C1)', 'Russian (B1)', 'Finnish (A2)'], certs: [],
  },
  {
    id: 'p07', language: 'en', name: 'Jonas Weidemann', family: 'Weidemann', given: 'Jonas', gender: 'M', dob: '1991-01-27', nationality: 'German',
    email: 'jonas.weidemann@posteo.de', phone: '+4915237784109', phoneLocal: '+49 1523 7784109',
    address: 'Rotebühlstraße 118, 70197 Stuttgart', title: 'Mechanical Design Engineer',
    summary: 'Design engineer for powertrain test rigs and e-axle housings; moving into an English-speaking team.',
    jobs: [
      { company: 'Brenner Antriebstechnik GmbH', title: 'Working Student, Test Rig Design', start: '2014-10', end: '2016-03', city: 'Esslingen', duties: ['CAD of fixtures for gearbox test benches'], intern: true },
      { company: 'Brenner Antriebstechnik GmbH', title: 'Design Engineer', start: '2016-05', end: '2020-09', city: 'Esslingen', duties: ['Housings and brackets for e-axle test rigs', 'FEA of bolted joints'] },
      { company: 'Vahlkamp Mobility Solutions GmbH', title: 'Senior Design Engineer', start: '2020-10', end: null, city: 'Stuttgart', duties: ['Cast aluminium e-axle housings, DFM with suppliers', 'GD&T and tolerance stack-ups'] },
    ],
    skills: [{ p: 'CATIA V5', alt: ['CATIA'] }, { p: 'Siemens NX', alt: ['NX'] }, { p: 'ANSYS Mechanical', alt: ['ANSYS'] }, { p: 'GD&T' }, { p: 'Tolerance stack-up analysis' }, { p: 'DFMEA' }, { p: 'Teamcenter PLM', alt: ['Teamcenter'] }],
    edu: [{ school: 'Hochschule Esslingen', degree: 'B.Eng.', major: 'Mechanical Engineering', start: '2011-10', end: '2014-09', city: 'Esslingen' }, { school: 'University of Stuttgart', degree: 'M.Sc.', major: 'Automotive Engineering', start: '2014-10', end: '2016-04', city: 'Stuttgart' }],
    languages: ['German (native)', 'English (C1)'], certs: [],
  },
  {
    id: 'p08', language: 'zh', name: '王雨桐', gender: 'F', dob: '2001-04-12', nationality: '中国',
    email: 'wangyutong0412@163.com', phone: '+8613867524019', phoneLocal: '138-6752-4019',
    address: '浙江省杭州市西湖区余杭塘路866号', title: '数据分析（应届硕士）',
    summary: '统计学硕士，熟悉用户增长分析与A/B实验，有三段互联网与金融实习经历。',
    jobs: [
      { company: '杭州云帆网络科技有限公司', title: '运营实习生', start: '2022-07', end: '2022-09', city: '杭州', duties: ['整理社群用户数据，制作周报'], intern: true },
      { company: '浙商未来证券股份有限公司', title: '研究所实习生', start: '2025-01', end: '2025-04', city: '上海', duties: ['协助分析师整理行业数据库', '撰写消费行业周报初稿'], intern: true },
      { company: '杭州青禾数据科技有限公司', title: '数据分析实习生', start: '2025-07', end: '2026-01', city: '杭州', duties: ['搭建新用户留存看板（SQL + Tableau）', '设计并分析3个A/B实验'], intern: true },
    ],
    skills: [{ p: 'SQL' }, { p: 'Python（pandas）', alt: ['Python', 'pandas'] }, { p: 'R语言', alt: ['R'] }, { p: 'Tableau' }, { p: 'A/B实验设计', alt: ['A/B测试'] }, { p: '用户留存分析' }],
    edu: [{ school: '浙江工商大学', degree: '本科', major: '统计学', start: '2019-09', end: '2023-06', city: '杭州' }, { school: '浙江大学', degree: '硕士研究生', major: '应用统计', start: '2024-09', end: '2027-06', city: '杭州' }],
    languages: ['英语（CET-6 568分）'], certs: ['全国计算机等级考试二级'],
    gap: { start: '2023-07', end: '2024-08', what: '备考研究生' },
  },
  {
    id: 'p09', language: 'zh', name: '陈晓燕', gender: 'F', dob: '1990-10-03', nationality: '中国',
    email: 'chenxy_nurse@qq.com', phone: '+8615928176634', phoneLocal: '159 2817 6634',
    address: '四川省成都市武侯区簇锦北路36号3栋2单元502', title: '主管护师',
    summary: '从事临床护理工作十余年，擅长产科及新生儿护理。',
    jobs: [
      { company: '成都市锦城第二人民医院', title: '护士（普外科）', start: '2012-08', end: '2016-12', city: '成都', duties: ['普外科病房护理，年护理患者约1500人次'] },
      { company: '成都蓉康医院', title: '护师（产科）', start: '2017-02', end: '2021-05', city: '成都', duties: ['产房及母婴同室护理', '参与新生儿复苏培训'] },
      { company: '成都天府新区妇幼保健院', title: '主管护师 / 护理组长', start: '2021-06', end: null, city: '成都', duties: ['负责产科病区护理质量管理', '带教实习护士，年均20人'] },
    ],
    skills: [{ p: '产科护理' }, { p: '新生儿复苏（NRP）', alt: ['新生儿复苏', 'NRP'] }, { p: 'PICC维护', alt: ['PICC'] }, { p: '护理质量管理' }, { p: '临床带教' }],
    edu: [{ school: '四川护理职业学院', degree: '大专', major: '护理', start: '2009-09', end: '2012-06', city: '成都' }, { school: '西南医科大学（成人教育）', degree: '本科', major: '护理学', start: '2014-03', end: '2017-01', city: '泸州' }],
    languages: ['普通话'], certs: ['护士执业证书', '主管护师资格证（2020）'],
  },
  {
    id: 'p10', language: 'zh', name: '刘建国', gender: 'M', dob: '1987-06-21', nationality: '中国',
    email: 'liujianguo87@126.com', phone: '+8613572960418', phoneLocal: '13572960418',
    address: '陕西省西安市雁塔区科技二路72号', title: '初中数学教师',
    summary: '由软件测试转行从事数学教育，持初级中学教师资格。',
    jobs: [
      { company: '西安启程软件技术有限公司', title: '软件测试工程师', start: '2010-07', end: '2015-03', city: '西安', duties: ['负责银行柜面系统功能与接口测试'] },
      { company: '西安博思教育科技有限公司', title: '初中数学讲师', start: '2015-05', end: '2019-07', city: '西安', duties: ['初二、初三数学小班授课', '中考冲刺班年均带学生80人'] },
      { company: '西安市雁南实验中学', title: '数学教师 / 班主任', start: '2019-08', end: null, city: '西安', duties: ['担任初三年级两个班数学教学', '2023年获区级优质课二等奖'] },
    ],
    skills: [{ p: '初中数学教学' }, { p: '中考命题研究' }, { p: '希沃白板', alt: ['Seewo'] }, { p: 'GeoGebra' }, { p: '班级管理' }, { p: '软件测试' }],
    edu: [{ school: '西安石油大学', degree: '本科', major: '信息与计算科学', start: '2006-09', end: '2010-06', city: '西安' }],
    languages: ['英语（CET-4）'], certs: ['初级中学教师资格证（数学）', '普通话二级甲等'],
  },
  {
    id: 'p11', language: 'zh', name: '张蕾', gender: 'F', dob: '1993-12-08', nationality: '中国',
    email: 'zhanglei_1208@foxmail.com', phone: '+8618758031247', phoneLocal: '187 5803 1247',
    address: '浙江省杭州市滨江区长河街道江汉路1785号', title: '电商运营经理',
    summary: '7年天猫/抖音电商运营经验，擅长店铺从0到1搭建与直播间投放。',
    jobs: [
      { company: '义乌市佳品日用百货有限公司', title: '淘宝客服', start: '2015-07', end: '2016-10', city: '义乌', duties: ['售前售后咨询，日均接待300人'] },
      { company: '杭州织梦服饰有限公司', title: '天猫运营专员', start: '2016-11', end: '2019-02', city: '杭州', duties: ['负责女装天猫旗舰店日常运营'] },
      { company: '杭州织梦服饰有限公司', title: '运营主管', start: '2019-03', end: '2021-08', city: '杭州', duties: ['带领5人团队，店铺年销售额从3000万增长至8200万'] },
      { company: '杭州拾光家居用品有限公司', title: '电商运营经理', start: '2021-09', end: null, city: '杭州', duties: ['从0搭建抖音小店与直播间', '千川投放ROI稳定在3.2以上'] },
    ],
    skills: [{ p: '天猫店铺运营', alt: ['天猫运营'] }, { p: '抖音小店' }, { p: '巨量千川投放', alt: ['千川投放', '巨量千川'] }, { p: '直播运营' }, { p: '生意参谋' }, { p: 'Excel数据分析', alt: ['Excel'] }, { p: '团队管理' }],
    edu: [{ school: '浙江工贸职业技术学院', degree: '大专', major: '电子商务', start: '2012-09', end: '2015-06', city: '温州' }],
    languages: ['英语（一般）'], certs: [],
  },
  {
    id: 'p12', language: 'zh', name: '林怡君', gender: 'F', dob: '1995-08-16', nationality: '中華民國（臺灣）',
    email: 'yichun.lin0816@gmail.com', phone: '+886928716403', phoneLocal: '0928-716-403',
    address: '臺北市大安區和平東路二段118巷5號3樓', title: '財務會計',
    summary: '具會計師事務所審計與新創公司財會經驗，熟悉 IFRS 與營業稅申報。',
    jobs: [
      { company: '建興聯合會計師事務所', title: '審計員', start: '2017-09', end: '2020-06', city: '臺北市', duties: ['上市櫃公司財報查核', '存貨盤點與函證作業'] },
      { company: '禾沐生技股份有限公司', title: '會計專員', start: '2020-08', end: '2023-02', city: '新竹市', duties: ['月結、年結與營業稅申報', '協助IPO前內控制度建置'] },
      { company: '圓點支付科技股份有限公司', title: '資深財務會計', start: '2023-03', end: null, city: '臺北市', duties: ['負責合併報表與預算編列', '導入 NetSuite 會計系統'] },
    ],
    skills: [{ p: 'IFRS' }, { p: '營業稅申報' }, { p: '合併報表' }, { p: 'NetSuite' }, { p: '鼎新ERP', alt: ['鼎新 ERP'] }, { p: 'Excel VBA', alt: ['Excel', 'VBA'] }],
    edu: [{ school: '國立臺北大學', degree: '學士', major: '會計學系', start: '2013-09', end: '2017-06', city: '新北市' }],
    languages: ['中文（母語）', '英文（TOEIC 825）', '台語'], certs: ['記帳士', '中級會計檢定'],
  },
  {
    id: 'p13', language: 'mixed', name: '周子航', nameEn: 'Zihang Zhou', family: 'ZHOU', given: 'Zihang', gender: 'M', dob: '1992-02-29', nationality: 'China',
    email: 'zihang.zhou@outlook.com', phone: '+8613916284530', phoneLocal: '+86 139 1628 4530',
    address: '上海市浦东新区张杨路1588弄12号1102室 (Room 1102, No. 12, Lane 1588 Zhangyang Rd, Pudong, Shanghai)', title: 'Backend Engineer 后端工程师',
    summary: 'Backend engineer (Go/Java), 10 years building payment and logistics platforms; applying for Canadian PR.',
    jobs: [
      { company: 'Lumenfield Technology (Shanghai) Co., Ltd.', title: 'Software Engineer Intern', start: '2014-03', end: '2014-08', city: 'Shanghai', duties: ['Internal tooling in Java'], intern: true },
      { company: 'Lumenfield Technology (Shanghai) Co., Ltd.', title: 'Software Engineer', start: '2014-09', end: '2017-12', city: 'Shanghai', duties: ['Order service for a B2B logistics platform (Java, Spring)'] },
      { company: 'Kestrel Pay (Shanghai) Information Services Co., Ltd.', title: 'Senior Backend Engineer', start: '2018-01', end: '2022-06', city: 'Shanghai', duties: ['Rewrote settlement engine in Go; p99 latency 480ms → 90ms', 'Led migration to Kubernetes'] },
      { company: 'Orbis Freightlink Co., Ltd.', title: 'Staff Engineer / Tech Lead', start: '2022-08', end: null, city: 'Shanghai', duties: ['Tech lead of 8 engineers, route pricing platform', 'Designed event-sourced shipment tracking'] },
    ],
    skills: [{ p: 'Go', alt: ['Golang'] }, { p: 'Java' }, { p: 'Kubernetes', alt: ['K8s'] }, { p: 'MySQL' }, { p: 'Redis' }, { p: 'Kafka' }, { p: '分布式系统设计', alt: ['Distributed systems'] }, { p: 'gRPC' }],
    edu: [{ school: '同济大学 Tongji University', degree: 'B.Eng.', major: 'Software Engineering', start: '2010-09', end: '2014-07', city: 'Shanghai' }],
    languages: ['Mandarin (native)', 'English (IELTS 7.5)'], certs: [],
    gap: { start: '2022-07', end: '2022-07', what: 'Unemployed (between jobs)' },
  },
  {
    id: 'p14', language: 'mixed', name: '黄嘉欣', nameEn: 'Kelly Huang', family: 'HUANG', given: 'Jiaxin', gender: 'F', dob: '1989-09-02', nationality: '中国 China',
    email: 'kelly.huang.jx@163.com', phone: '+8613631578824', phoneLocal: '136-3157-8824',
    address: '广东省深圳市南山区蛇口工业八路22号 Shekou, Nanshan, Shenzhen', title: '采购经理 Purchasing Manager',
    summary: '10+年电子制造业采购与供应商管理经验，熟悉 SAP 与 cost-down 项目。',
    jobs: [
      { company: '东莞恒联电子有限公司', title: '采购员 Buyer', start: '2011-07', end: '2014-05', city: '东莞 Dongguan', duties: ['被动元件与PCB采购', '供应商交期跟进'] },
      { company: 'Veltra Electronics (Shenzhen) Co., Ltd.', title: 'Senior Buyer 高级采购', start: '2014-06', end: '2018-03', city: '深圳 Shenzhen', duties: ['Managed 35 suppliers, annual spend USD 22M', 'Cost-down 6% YoY'] },
      { company: 'Veltra Electronics (Shenzhen) Co., Ltd.', title: 'Sourcing Supervisor 采购主管', start: '2018-04', end: '2020-12', city: '深圳 Shenzhen', duties: ['带领4人团队；新供应商导入（NPI sourcing）'] },
      { company: '深圳澜海智能设备有限公司', title: '采购经理 Purchasing Manager', start: '2021-01', end: null, city: '深圳 Shenzhen', duties: ['负责年采购额2.3亿元', '推行 VMI 与供应商分级管理'] },
    ],
    skills: [{ p: 'SAP MM' }, { p: '供应商管理', alt: ['Supplier management'] }, { p: 'Cost-down谈判', alt: ['Cost-down', '成本谈判'] }, { p: 'VMI' }, { p: 'NPI sourcing' }, { p: 'Excel' }, { p: 'ISO 9001 内审', alt: ['ISO 9001'] }],
    edu: [{ school: '广东工业大学 Guangdong University of Technology', degree: '本科 Bachelor', major: '物流管理 Logistics Management', start: '2007-09', end: '2011-06', city: '广州' }],
    languages: ['普通话、粤语 Mandarin, Cantonese', '英语 English (CET-6)'], certs: ['CPSM (ISM)'],
  },
  {
    id: 'p15', language: 'mixed', name: '赵明轩', nameEn: 'Mingxuan Zhao', gender: 'M', dob: '1997-03-19', nationality: '中国',
    email: 'zhaomx97@gmail.com', phone: '+8617710592386', phoneLocal: '177 1059 2386',
    address: '北京市海淀区西二旗大街29号院', title: '产品经理 Product Manager',
    summary: 'B端 SaaS 产品经理，负责数据中台与 AI 助手功能，有 0→1 经验。',
    jobs: [
      { company: '北京拓思互动科技有限公司', title: '产品实习生', start: '2018-07', end: '2018-12', city: '北京', duties: ['竞品分析与PRD撰写'], intern: true },
      { company: '北京拓思互动科技有限公司', title: '产品经理', start: '2019-07', end: '2022-03', city: '北京', duties: ['负责 CRM SaaS 线索管理模块', 'DAU 提升 35%'] },
      { company: '北京星穹数智科技有限公司', title: '高级产品经理 Senior PM', start: '2022-04', end: null, city: '北京', duties: ['主导数据中台 (CDP) 产品规划', '上线 AI 助手，覆盖 1200+ 企业客户'] },
    ],
    skills: [{ p: 'PRD撰写', alt: ['PRD'] }, { p: 'Axure' }, { p: 'Figma' }, { p: 'SQL' }, { p: '数据分析' }, { p: 'A/B Testing', alt: ['A/B测试'] }, { p: 'Prompt Engineering' }],
    edu: [{ school: '北京邮电大学 BUPT', degree: '本科', major: '信息管理与信息系统', start: '2015-09', end: '2019-06', city: '北京' }],
    languages: ['英语 CET-6', 'English (business)'], certs: ['NPDP 产品经理国际资格认证'],
  },
  {
    id: 'p16', language: 'mixed', name: '郑雅雯', nameEn: 'Vivian Zheng', gender: 'F', dob: '1986-12-11', nationality: 'Singapore PR (Chinese national)',
    email: 'vivian.zheng.yw@gmail.com', phone: '+6591874452', phoneLocal: '+65 9187 4452',
    address: 'Blk 512 Bishan Street 13, #07-221, Singapore 570512', title: 'Regional Marketing Manager 区域市场经理',
    summary: 'Regional B2C marketing lead for APAC consumer brands; fluent in English, Mandarin and Cantonese.',
    jobs: [
      { company: '广州悦然化妆品有限公司', title: '市场专员 Marketing Executive', start: '2009-07', end: '2012-08', city: 'Guangzhou', duties: ['天猫与微博新品推广活动'] },
      { company: 'Meridian Brands Asia Pte. Ltd.', title: 'Brand Manager', start: '2012-10', end: '2017-04', city: 'Singapore', duties: ['Launched 4 skincare SKUs in SG, MY and TW', 'Managed S$1.5M annual media budget'] },
      { company: 'Halcyon Home Appliances Pte. Ltd.', title: 'Regional Marketing Manager, APAC', start: '2019-03', end: null, city: 'Singapore', duties: ['Lead 6 marketers across 5 markets', 'Shopee/Lazada campaigns; 11.11 GMV +48%'] },
    ],
    skills: [{ p: 'Brand management' }, { p: 'Go-to-market planning', alt: ['GTM planning'] }, { p: 'Shopee / Lazada campaigns', alt: ['Shopee', 'Lazada'] }, { p: 'Meta Ads' }, { p: '小红书 KOL 投放', alt: ['KOL marketing'] }, { p: 'Google Analytics 4', alt: ['GA4'] }, { p: 'Budget management' }],
    edu: [{ school: '中山大学 Sun Yat-sen University', degree: 'Bachelor of Arts', major: 'Advertising 广告学', start: '2005-09', end: '2009-06', city: 'Guangzhou' }, { school: 'Singapore Management University', degree: 'MBA (full-time)', major: '', start: '2017-08', end: '2019-01', city: 'Singapore' }],
    languages: ['English', 'Mandarin 普通话', 'Cantonese 粤语'], certs: [],
    gap: { start: '2017-05', end: '2019-02', what: 'Career break: full-time MBA study and maternity 职业间隔' },
  },
];

export const byId = Object.fromEntries(people.map((p) => [p.id, p]));
