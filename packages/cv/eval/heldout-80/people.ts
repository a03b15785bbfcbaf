/**
 * heldout-80: sixteen invented people. Every name, employer, school, address, e-mail and number is made up;
 * numbers are valid in shape for their country (length, mobile prefixes) but invented.
 * `skills` are printed exactly as listed (the part before " | "); truth adds the synonyms after " | ".
 */
export type Lang = 'en' | 'zh' | 'mixed';
export interface Job { company: string; title: string; start: string; end: string | null; city: string; duties: string[]; type?: string }
export interface Edu { school: string; degree: string; start: string; end: string }
export interface Person {
  id: string; language: Lang; name: string; alt?: string; email: string; phone: string; phoneLocal: string;
  others: { label: string; number: string }[]; city: string; headline: string; summary: string;
  skills: string[]; languages: string[]; certs: string[]; work: Job[]; edu: Edu[]; gap?: { start: string; end: string; note: string };
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Bronwyn Tealby', email: 'bronwyn.tealby@mailbox.org', phone: '+61491570156', phoneLocal: '0491 570 156',
    others: [{ label: 'Work', number: '(07) 5460 8200' }], city: 'Toowoomba QLD 4350', headline: 'Senior Drainage Engineer',
    summary: 'Civil engineer with ten years in stormwater, flood and local-government drainage design across South East Queensland.',
    skills: ['Stormwater design', '12d Model', 'AutoCAD Civil 3D | Civil 3D', 'DRAINS', 'HEC-RAS', 'Flood modelling', 'Contract administration', 'Stakeholder engagement'],
    languages: ['English (native)', 'Auslan (basic)'], certs: ['RPEQ (Civil) No. 21874', 'Construction Induction (White Card)'],
    work: [
      { company: 'Coralbay Consulting Engineers', title: 'Vacation Student – Civil', start: '2013-11', end: '2014-02', city: 'Brisbane', duties: ['Drafted road and drainage long sections', 'Checked catchment plans against council standards'], type: 'vacation' },
      { company: 'Coralbay Consulting Engineers', title: 'Graduate Civil Engineer', start: '2015-02', end: '2017-06', city: 'Brisbane', duties: ['Designed pit-and-pipe networks for 14 residential stages', 'Prepared stormwater management plans'] },
      { company: 'Coralbay Consulting Engineers', title: 'Civil Engineer', start: '2017-07', end: '2020-03', city: 'Brisbane', duties: ['Led flood studies for subdivisions up to 400 lots', 'Managed two graduates and a drafter'] },
      { company: 'Brolga Shire Council', title: 'Senior Drainage Engineer', start: '2020-05', end: null, city: 'Toowoomba', duties: ['Own the capital drainage program ($11M a year)', 'Assess developer flood reports and negotiate conditions'] },
    ],
    edu: [{ school: 'University of Southern Queensland', degree: 'Bachelor of Engineering (Honours) – Civil', start: '2011-02', end: '2014-11' }],
  },
  {
    id: 'p02', language: 'en', name: 'Linnea Hjortberg', email: 'linnea.hjortberg@telia-post.se', phone: '+46734182609', phoneLocal: '073-418 26 09',
    others: [{ label: 'Home', number: '031-12 47 56' }, { label: 'Work', number: '010-456 78 90' }], city: 'Göteborg', headline: 'Supply chain planning lead',
    summary: 'Planner who has spent twelve years turning forecasts into port, warehouse and production plans in western Sweden.',
    skills: ['Demand planning', 'SAP APO', 'Power BI', 'SQL', 'Excel', 'S&OP | Sales and operations planning', 'Lean', 'Python'],
    languages: ['Swedish (native)', 'English (fluent)', 'German (good)'], certs: ['APICS CPIM (2018)'],
    work: [
      { company: 'Kvarnholm Logistik AB', title: 'Trainee, logistics programme', start: '2014-09', end: '2015-08', city: 'Göteborg', duties: ['Rotated through warehouse, transport and planning', 'Built the weekly capacity report'], type: 'trainee' },
      { company: 'Kvarnholm Logistik AB', title: 'Supply Chain Analyst', start: '2015-09', end: '2019-01', city: 'Göteborg', duties: ['Forecast inbound volumes for three customer warehouses', 'Cut manual reporting by two days a month with SQL'] },
      { company: 'Vessla Fordonsdelar AB', title: 'Demand Planner', start: '2019-02', end: '2022-10', city: 'Trollhättan', duties: ['Owned the forecast for 9,000 spare-part SKUs', 'Ran the monthly S&OP demand review'] },
      { company: 'Nordkust Hamn & Terminal AB', title: 'Senior Planning Lead', start: '2022-11', end: null, city: 'Göteborg', duties: ['Lead a team of five planners', 'Introduced a rolling 18-month capacity plan'] },
    ],
    edu: [{ school: 'Chalmers tekniska högskola', degree: 'MSc Supply Chain Management', start: '2012-08', end: '2014-06' }],
  },
  {
    id: 'p03', language: 'en', name: 'Rūta Vaitkevičiūtė', email: 'ruta.vaitkeviciute@inbox.lt', phone: '+37061248593', phoneLocal: '+370 612 48593',
    others: [], city: 'Vilnius', headline: 'QA Lead',
    summary: 'Test engineer for payment and mobility products; ten years from manual testing to leading automation.',
    skills: ['Test automation', 'Selenium WebDriver | Selenium', 'Cypress', 'Java', 'REST API testing', 'Postman', 'Jira', 'CI/CD | Continuous integration'],
    languages: ['Lithuanian (native)', 'English (C1)', 'Russian (B2)'], certs: ['ISTQB Advanced Test Analyst'],
    work: [
      { company: 'Gintaras Software UAB', title: 'Junior QA Engineer', start: '2016-07', end: '2018-04', city: 'Vilnius', duties: ['Manual regression for a banking web app', 'Wrote 600 test cases in TestRail'] },
      { company: 'Gintaras Software UAB', title: 'QA Engineer', start: '2018-05', end: '2020-02', city: 'Vilnius', duties: ['Started the Selenium suite', 'Paired with developers on API contracts'] },
      { company: 'Linas Payments UAB', title: 'Senior QA Automation Engineer', start: '2020-03', end: '2023-09', city: 'Vilnius', duties: ['Moved UI tests to Cypress, run time down from 3 h to 25 min', 'Built API tests for card issuing'] },
      { company: 'Amberline Mobility UAB', title: 'QA Lead', start: '2023-10', end: null, city: 'Kaunas', duties: ['Lead six testers across two apps', 'Own the release quality gate'] },
    ],
    edu: [{ school: 'Vilnius Gediminas Technical University', degree: 'BSc Information Systems', start: '2012-09', end: '2016-06' }],
  },
  {
    id: 'p04', language: 'en', name: 'Declan Okafor-Reid', email: 'declan.okafor.reid@northmail.ca', phone: '+14035550172', phoneLocal: '(403) 555-0172',
    others: [{ label: 'Office', number: '(403) 555-0199 ext. 214' }], city: 'Calgary, AB', headline: 'Senior Process Engineer, P.Eng.',
    summary: 'Process engineer in gas processing, midstream and now low-carbon hydrogen; HAZOP facilitator.',
    skills: ['Aspen HYSYS | HYSYS', 'Process simulation', 'P&ID review', 'HAZOP facilitation', 'MATLAB', 'Python', 'Root cause analysis | RCA'],
    languages: ['English', 'French (intermediate)'], certs: ['P.Eng. (APEGA) #184402', 'H2S Alive (exp. 2027)'],
    work: [
      { company: 'Foothills Gas Processing Ltd.', title: 'Engineering Co-op Student', start: '2012-05', end: '2012-12', city: 'Calgary', duties: ['Updated heat and material balances', 'Walked down P&IDs at the Turner Valley plant'], type: 'co-op' },
      { company: 'Foothills Gas Processing Ltd.', title: 'EIT, Process Engineering', start: '2014-06', end: '2017-08', city: 'Calgary', duties: ['Debottlenecked an amine unit (+8% throughput)', 'Wrote operating procedures'] },
      { company: 'Chinook Midstream Partners', title: 'Process Engineer', start: '2017-09', end: '2021-11', city: 'Calgary', duties: ['Designed two compressor station expansions', 'Facilitated 20+ HAZOP sessions'] },
      { company: 'Prairie Hydrogen Inc.', title: 'Senior Process Engineer', start: '2022-01', end: null, city: 'Edmonton', duties: ['Process lead for a 30 t/d blue hydrogen FEED', 'Mentor three EITs'] },
    ],
    edu: [{ school: 'University of Calgary', degree: 'BSc Chemical Engineering (Co-op)', start: '2009-09', end: '2014-04' }],
  },
  {
    id: 'p05', language: 'en', name: 'Marisol Vantreese', email: 'marisol.vantreese@gmail.com', phone: '+16145550148', phoneLocal: '614-555-0148',
    others: [], city: 'Columbus, OH', headline: 'Marketing Manager',
    summary: 'B2C marketer who grew organic traffic and email revenue for a hospital system and an outdoor retailer.',
    skills: ['SEO', 'Google Analytics 4 | GA4', 'HubSpot', 'Content strategy', 'Email marketing', 'Adobe InDesign | InDesign', 'A/B testing'],
    languages: ['English', 'Spanish (conversational)'], certs: ['HubSpot Inbound Marketing Certification'],
    work: [
      { company: 'Buckeye Print & Mail', title: 'Marketing Intern', start: '2013-06', end: '2013-08', city: 'Columbus', duties: ['Wrote product sheets', 'Ran the summer postcard test'], type: 'internship' },
      { company: 'Larkspur Health Systems', title: 'Marketing Coordinator', start: '2014-01', end: '2016-09', city: 'Columbus', duties: ['Coordinated 40 community events a year', 'Managed the print vendor schedule'] },
      { company: 'Larkspur Health Systems', title: 'Digital Marketing Specialist', start: '2016-10', end: '2019-12', city: 'Columbus', duties: ['Rebuilt service-line pages, organic visits +64%', 'Launched the patient newsletter (120k subscribers)'] },
      { company: 'Ohio River Outfitters', title: 'Marketing Manager', start: '2020-02', end: null, city: 'Cincinnati', duties: ['Own a $2.4M budget and a team of four', 'Email revenue up 38% in two years'] },
    ],
    edu: [{ school: 'Ohio University', degree: 'BS Journalism – Strategic Communication', start: '2009-09', end: '2013-05' }],
  },
  {
    id: 'p06', language: 'en', name: 'Oskar Lindqvist-Mäkelä', email: 'oskar.lm@posteo.se', phone: '+46765529014', phoneLocal: '076-552 90 14',
    others: [{ label: 'Home', number: '08-646 21 30' }], city: 'Stockholm', headline: 'Senior backend developer',
    summary: 'Backend developer (C#/.NET) for games and health tech; likes boring, observable systems.',
    skills: ['C#', '.NET | dotnet', 'Azure', 'PostgreSQL', 'Docker', 'Kubernetes | K8s', 'gRPC'],
    languages: ['Swedish (native)', 'Finnish (native)', 'English (fluent)'], certs: ['Microsoft Certified: Azure Developer Associate'],
    work: [
      { company: 'Solvik Data AB', title: 'Junior Developer', start: '2017-08', end: '2019-05', city: 'Stockholm', duties: ['Maintained invoicing integrations', 'Wrote the first automated tests'] },
      { company: 'Solvik Data AB', title: 'Developer', start: '2019-06', end: '2021-03', city: 'Stockholm', duties: ['Moved three services to Azure', 'On-call rota lead'] },
      { company: 'Tallkrogen Games AB', title: 'Backend Developer', start: '2021-04', end: '2024-01', city: 'Stockholm', duties: ['Matchmaking service for 2M monthly players', 'gRPC APIs for the game clients'] },
      { company: 'Fyrskepp Health AB', title: 'Senior Backend Developer', start: '2024-02', end: null, city: 'Stockholm', duties: ['Patient booking platform on Kubernetes', 'Tech lead for the integrations squad'] },
    ],
    edu: [{ school: 'KTH Royal Institute of Technology', degree: 'BSc Computer Engineering', start: '2014-08', end: '2017-06' }],
  },
  {
    id: 'p07', language: 'en', name: 'Zsófia Kertész-Nagy', email: 'zsofia.kertesz.nagy@freemail.hu', phone: '+36304127789', phoneLocal: '+36 30 412 7789',
    others: [{ label: 'Office', number: '+36 1 555 0142' }], city: 'Budapest', headline: 'Head of Controlling',
    summary: 'Auditor turned controller; IFRS reporting, budgeting and SAP FI/CO for retail and energy groups.',
    skills: ['IFRS reporting', 'Financial controlling', 'SAP FI/CO', 'Power BI', 'Budgeting and forecasting', 'VBA', 'Consolidation'],
    languages: ['Hungarian (native)', 'English (C1)', 'German (B1)'], certs: ['ACCA member (2017)'],
    work: [
      { company: 'Dunakeszi Audit Kft.', title: 'Audit Assistant', start: '2012-09', end: '2015-06', city: 'Budapest', duties: ['Statutory audits of manufacturing clients', 'Inventory counts and cut-off testing'] },
      { company: 'Dunakeszi Audit Kft.', title: 'Senior Auditor', start: '2015-07', end: '2018-02', city: 'Budapest', duties: ['Ran audits of up to 6 people', 'IFRS conversion support for two clients'] },
      { company: 'Pannon Retail Services Zrt.', title: 'Financial Controller', start: '2018-03', end: '2022-12', city: 'Budapest', duties: ['Monthly group reporting for 160 stores', 'Built the Power BI cost dashboards'] },
      { company: 'Hegyvidék Energy Zrt.', title: 'Head of Controlling', start: '2023-01', end: null, city: 'Budapest', duties: ['Lead a team of seven', 'Own budget, forecast and consolidation'] },
    ],
    edu: [{ school: 'Corvinus University of Budapest', degree: 'MSc Accounting', start: '2010-09', end: '2012-06' }],
  },
  {
    id: 'p08', language: 'zh', name: '周芷宁', email: 'zhou.zhining@foxmail.com', phone: '+8613917624508', phoneLocal: '139 1762 4508',
    others: [{ label: '公司座机', number: '021-6882 4150' }], city: '上海市浦东新区', headline: '跨境物流运营总监',
    summary: '十三年国际货代与跨境物流经验，熟悉报关、仓储与干线运输，带过三十人团队。',
    skills: ['报关报检', '跨境物流', 'WMS系统 | WMS', 'SAP', 'Excel数据分析', '供应商管理', '团队管理'],
    languages: ['英语（CET-6）', '日语（N2）'], certs: ['报关员资格证书', '国际货运代理从业资格'],
    work: [
      { company: '上海申贸国际货运代理有限公司', title: '单证员', start: '2013-07', end: '2015-12', city: '上海', duties: ['负责海运提单、报关单证制作与审核', '对接船公司与报关行'] },
      { company: '上海申贸国际货运代理有限公司', title: '操作主管', start: '2016-01', end: '2018-08', city: '上海', duties: ['管理8人操作组，月均操作柜量1200TEU', '建立异常件跟踪流程'] },
      { company: '苏州恒启供应链管理有限公司', title: '物流经理', start: '2018-09', end: '2022-03', city: '苏州', duties: ['负责保税仓及干线运输', '推动WMS上线，库存准确率提升至99.6%'] },
      { company: '上海临港启航跨境物流有限公司', title: '运营总监', start: '2022-04', end: null, city: '上海', duties: ['统筹海外仓与头程业务，团队30人', '年度物流成本下降11%'] },
    ],
    edu: [{ school: '上海海事大学', degree: '物流管理　本科', start: '2009-09', end: '2013-06' }],
  },
  {
    id: 'p09', language: 'zh', name: '陈昊天', email: 'chenhaotian_dev@163.com', phone: '+8618620457731', phoneLocal: '186-2045-7731',
    others: [{ label: 'QQ', number: '2847610395' }], city: '深圳市南山区', headline: '技术经理（Java后端）',
    summary: '十二年Java后端开发经验，主导过支付与营销系统的微服务改造。',
    skills: ['Java', 'Spring Boot', 'MySQL', 'Redis', 'Kafka', 'Kubernetes | K8s', '微服务架构'],
    languages: ['英语（CET-4，可阅读英文文档）'], certs: ['软考 系统架构设计师（2019）'],
    work: [
      { company: '深圳市云杉数据科技有限公司', title: 'Java开发实习生', start: '2014-03', end: '2014-06', city: '深圳', duties: ['参与报表模块开发', '编写单元测试'], type: '实习' },
      { company: '深圳市云杉数据科技有限公司', title: 'Java开发工程师', start: '2014-07', end: '2017-10', city: '深圳', duties: ['负责数据采集平台后端开发', '优化慢查询，接口平均耗时下降60%'] },
      { company: '广州极光互动网络有限公司', title: '高级后端工程师', start: '2017-11', end: '2021-05', city: '广州', duties: ['负责营销活动平台，支撑双十一峰值3万QPS', '引入Kafka削峰'] },
      { company: '深圳前海微链科技有限公司', title: '技术经理', start: '2021-06', end: null, city: '深圳', duties: ['带领12人后端团队', '主导支付系统微服务与K8s迁移'] },
    ],
    edu: [{ school: '华南理工大学', degree: '软件工程　本科', start: '2010-09', end: '2014-06' }],
  },
  {
    id: 'p10', language: 'zh', name: '罗雨桐', email: 'luoyutong88@126.com', phone: '+8615828136642', phoneLocal: '158 2813 6642',
    others: [{ label: '紧急联系人（丈夫）', number: '138 8206 5517' }], city: '成都市高新区', headline: '人力资源总监',
    summary: '十余年人力资源工作经验，覆盖酒店、电商、新能源制造与医疗器械行业。',
    skills: ['招聘与配置', '薪酬绩效', '员工关系', '劳动法', '北森系统', 'Excel'],
    languages: ['英语（CET-6）'], certs: ['企业人力资源管理师（一级）', '中级经济师（人力资源）'],
    work: [
      { company: '成都蓉城酒店管理有限公司', title: '人事专员', start: '2011-07', end: '2014-02', city: '成都', duties: ['负责员工入离职与社保办理', '组织新员工培训'] },
      { company: '四川天府云商科技有限公司', title: '招聘主管', start: '2014-03', end: '2017-09', city: '成都', duties: ['年招聘量300人以上', '搭建校园招聘体系'] },
      { company: '成都西岭新能源汽车有限公司', title: '人力资源经理', start: '2018-06', end: '2023-02', city: '成都', duties: ['负责2000人工厂的人力资源全模块', '推行宽带薪酬'] },
      { company: '成都高新区瑞和医疗器械有限公司', title: '人力资源总监', start: '2023-03', end: null, city: '成都', duties: ['统筹集团人力资源战略', '上线北森系统'] },
    ],
    gap: { start: '2017-10', end: '2018-05', note: '育儿' },
    edu: [{ school: '西南财经大学', degree: '人力资源管理　本科', start: '2007-09', end: '2011-06' }],
  },
  {
    id: 'p11', language: 'zh', name: '張家瑜', email: 'chiayu.chang@gmail.com', phone: '+886928617403', phoneLocal: '0928-617-403',
    others: [{ label: '公司電話', number: '(03) 578-2266 分機 3051' }], city: '新竹縣竹北市', headline: '良率改善課長',
    summary: '半導體封測製程與良率改善十一年，熟悉統計分析與跨部門問題解決。',
    skills: ['SPC統計製程管制 | SPC', 'JMP', '六標準差', 'FMEA', 'Python', '8D問題分析'],
    languages: ['英語（多益 820）'], certs: ['六標準差黑帶（2020）'],
    work: [
      { company: '晶詠科技股份有限公司', title: '製程工程師', start: '2015-08', end: '2018-12', city: '新竹', duties: ['負責封裝打線製程參數', '導入SPC管制圖'] },
      { company: '晶詠科技股份有限公司', title: '資深製程工程師', start: '2019-01', end: '2021-06', city: '新竹', duties: ['主導新機台驗收', '良率由96.2%提升至98.5%'] },
      { company: '台灣宏碩光電股份有限公司', title: '良率改善課長', start: '2021-07', end: null, city: '竹北', duties: ['帶領6人良率團隊', '建立8D報告流程'] },
    ],
    edu: [{ school: '國立清華大學', degree: '材料科學工程學系　碩士', start: '2013-09', end: '2015-06' }],
  },
  {
    id: 'p12', language: 'zh', name: '沈嘉怡', email: 'shenjiayi_hz@qq.com', phone: '+8613757129083', phoneLocal: '137 5712 9083',
    others: [{ label: 'QQ', number: '1592037648' }], city: '杭州市余杭区', headline: '电商运营经理',
    summary: '十年天猫与抖音电商运营，操盘过食品与家居类目，单店年GMV过亿。',
    skills: ['天猫运营', '抖音直播', '生意参谋', '直通车', '数据分析', 'Photoshop | PS'],
    languages: ['英语（CET-4）'], certs: ['阿里巴巴电商运营认证'],
    work: [
      { company: '杭州云织电子商务有限公司', title: '运营助理', start: '2016-07', end: '2017-06', city: '杭州', duties: ['负责商品上下架与活动报名', '整理日报'] },
      { company: '杭州云织电子商务有限公司', title: '店铺运营', start: '2017-07', end: '2019-09', city: '杭州', duties: ['独立负责女装店铺', '大促GMV同比增长70%'] },
      { company: '杭州千岛湖鲜食品有限公司', title: '电商运营主管', start: '2019-10', end: '2023-05', city: '杭州', duties: ['搭建抖音直播间', '管理5人运营团队'] },
      { company: '杭州拾光家居用品有限公司', title: '电商运营经理', start: '2023-06', end: null, city: '杭州', duties: ['负责天猫+抖音双平台，年GMV 1.2亿', '制定投放策略'] },
    ],
    edu: [{ school: '浙江工商大学', degree: '电子商务　本科', start: '2012-09', end: '2016-06' }],
  },
  {
    id: 'p13', language: 'mixed', name: '梁凱晴', alt: 'LEUNG Hoi Ching, Hailey', email: 'hailey.leung.hc@gmail.com', phone: '+85261238457', phoneLocal: '6123 8457',
    others: [{ label: 'Office 辦公室', number: '2877 6100' }], city: 'Tai Koo Shing, Hong Kong', headline: 'Property Manager 物業經理',
    summary: 'Registered property manager with twelve years in residential and commercial estates in Hong Kong.',
    skills: ['Property management', 'Tenancy administration', 'Budget control', 'Yardi', 'AutoCAD', 'Excel'],
    languages: ['Cantonese 粵語 (native)', 'English 英語 (fluent)', 'Putonghua 普通話 (fluent)'], certs: ['Property Management Practitioner (Tier 1) Licence', 'MHKIH'],
    work: [
      { company: 'Harbourfront Property Management Ltd', title: 'Management Trainee', start: '2014-08', end: '2016-07', city: 'Hong Kong', duties: ['Rotated through estate, leasing and accounts', 'Handled residents’ complaints for two estates'], type: 'trainee' },
      { company: 'Harbourfront Property Management Ltd', title: 'Assistant Property Manager', start: '2016-08', end: '2019-10', city: 'Hong Kong', duties: ['Managed a 1,800-unit estate', 'Prepared annual maintenance budgets'] },
      { company: 'Tai Hang Estates Holdings Ltd', title: 'Property Manager', start: '2019-11', end: null, city: 'Hong Kong', duties: ['Manage three commercial buildings', 'Lead tenancy renewals and fit-out control'] },
    ],
    edu: [{ school: 'City University of Hong Kong 香港城市大學', degree: 'BSc Surveying', start: '2010-09', end: '2014-07' }],
  },
  {
    id: 'p14', language: 'mixed', name: '黄子豪', alt: 'Ng Zi Hao', email: 'zihao.ng@fastmail.com', phone: '+6591234871', phoneLocal: '9123 4871',
    others: [], city: 'Tampines, Singapore', headline: 'Senior Data Engineer',
    summary: 'Data engineer building batch and streaming pipelines for analytics and banking.',
    skills: ['Python', 'Apache Spark | Spark', 'Airflow', 'SQL', 'AWS', 'dbt', 'Terraform'],
    languages: ['English', 'Mandarin 华语', 'Hokkien'], certs: ['AWS Certified Data Engineer – Associate'],
    work: [
      { company: 'Merlion Labs Pte. Ltd.', title: 'Software Engineering Intern', start: '2015-05', end: '2015-08', city: 'Singapore', duties: ['Built an internal metrics page', 'Wrote ETL scripts in Python'], type: 'internship' },
      { company: 'Merlion Labs Pte. Ltd.', title: 'Software Engineer', start: '2016-07', end: '2019-03', city: 'Singapore', duties: ['Owned the event-ingestion service', 'Migrated cron jobs to Airflow'] },
      { company: 'Kallang Analytics Pte. Ltd.', title: 'Data Engineer', start: '2019-04', end: '2022-08', city: 'Singapore', duties: ['Spark pipelines over 4 TB a day', 'Introduced dbt for the warehouse'] },
      { company: 'Tanjong Digital Pte. Ltd.', title: 'Senior Data Engineer', start: '2022-09', end: null, city: 'Singapore', duties: ['Streaming fraud features on AWS', 'Terraform for all data infrastructure'] },
    ],
    edu: [{ school: 'Nanyang Technological University', degree: 'BEng Computer Science', start: '2012-08', end: '2016-05' }],
  },
  {
    id: 'p15', language: 'mixed', name: '林佩琪', alt: 'Lim Pei Qi', email: 'peiqi.lim@yahoo.com.my', phone: '+60123847765', phoneLocal: '012-384 7765',
    others: [{ label: 'Rumah / Home', number: '04-657 2281' }], city: 'Bayan Lepas, Pulau Pinang', headline: 'Senior QA Engineer',
    summary: 'Quality engineer in automotive plastics moulding; audits, SPC and supplier quality.',
    skills: ['Quality auditing', 'Minitab', 'SPC', 'Root cause analysis', 'IATF 16949 documentation', 'Supplier quality'],
    languages: ['Mandarin 华语', 'English', 'Bahasa Melayu', 'Hokkien'], certs: ['Certified Quality Engineer (ASQ CQE)'],
    work: [
      { company: 'Syarikat Perindustrian Klang Sdn. Bhd.', title: 'Quality Assurance Executive', start: '2013-03', end: '2016-05', city: 'Klang', duties: ['Incoming inspection and NCR handling', 'Internal audits to ISO 9001'] },
      { company: 'Penang Precision Moulding Sdn. Bhd.', title: 'QA Engineer', start: '2016-06', end: '2019-12', city: 'Bayan Lepas', duties: ['PPAP submissions for two car makers', 'SPC on 30 moulding machines'] },
      { company: 'Penang Precision Moulding Sdn. Bhd.', title: 'Senior QA Engineer', start: '2020-01', end: null, city: 'Bayan Lepas', duties: ['Lead supplier audits', 'Customer complaints down 42%'] },
    ],
    edu: [{ school: 'Universiti Sains Malaysia', degree: 'BEng (Hons) Polymer Engineering', start: '2009-07', end: '2013-01' }],
  },
  {
    id: 'p16', language: 'mixed', name: '顾晨曦', alt: 'Chenxi Gu', email: 'chenxi.gu.data@outlook.com', phone: '+8613564182290', phoneLocal: '135 6418 2290',
    others: [], city: '上海 Shanghai', headline: 'Business Analytics Manager 商业分析经理',
    summary: 'UK-trained analyst (MSc Statistics) leading retail analytics in Shanghai.',
    skills: ['SQL', 'Python', 'Tableau', 'A/B testing', 'Customer segmentation', 'Statistical modelling'],
    languages: ['Mandarin 普通话 (native)', 'English 英语 (IELTS 8.0)'], certs: ['Tableau Desktop Specialist'],
    work: [
      { company: 'Thames Analytics Ltd', title: 'Data Analyst', start: '2015-09', end: '2018-06', city: 'London', duties: ['Churn models for telecom clients', 'Weekly dashboards in Tableau'] },
      { company: '上海易启数据服务有限公司', title: '高级数据分析师 Senior Data Analyst', start: '2018-08', end: '2021-12', city: '上海', duties: ['Built the RFM segmentation for 20M members', 'Ran 60+ A/B tests'] },
      { company: '上海宜乐零售集团', title: '商业分析经理 Business Analytics Manager', start: '2022-01', end: null, city: '上海', duties: ['Lead a team of five analysts', 'Own pricing and promotion analytics'] },
    ],
    edu: [{ school: 'University of Warwick', degree: 'MSc Statistics', start: '2014-09', end: '2015-09' }, { school: '复旦大学', degree: '统计学　本科', start: '2010-09', end: '2014-06' }],
  },
];

export const sk = (s: string) => s.split(' | ')[0];
