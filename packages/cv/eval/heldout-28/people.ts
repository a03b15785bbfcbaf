/**
 * heldout-28: sixteen invented people. Every name, employer, school, address, e-mail and phone number is made up.
 * `skills` are written as the person prints them; text after ` | ` is other spellings kept for the truth only.
 */
export type Lang = 'en' | 'zh' | 'mixed';
export interface Job {
  company: string;
  title: string;
  town?: string;
  start: string; // YYYY-MM
  end: string | null; // null = current
  bullets: string[];
}
export interface Edu { school: string; degree: string; start: string; end: string; town?: string }
export interface Referee { name: string; role: string; phone: string; email?: string }
export interface Person {
  id: string;
  language: Lang;
  name: string; // as the truth wants it (Chinese name for mixed)
  otherName?: string; // English name for mixed people, nickname for others
  credentials?: string;
  title: string;
  email: string;
  phone: string; // as printed
  e164: string;
  address: string;
  web?: string;
  birth?: string; // YYYY-MM
  gender?: string;
  nationality?: string;
  summary: string;
  skills: string[];
  work: Job[];
  breaks?: { label: string; start: string; end: string }[];
  education: Edu[];
  languages: string[];
  certs?: string[];
  referees?: Referee[];
  interests?: string;
  target?: string; // 求职意向 / objective
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Tomás Albuquerque Reis', credentials: 'MSc, MOE', title: 'Senior Geotechnical Engineer',
    email: 'tomas.a.reis@netcabo.pt', phone: '+351 912 487 305', e164: '+351912487305',
    address: 'Rua do Bonjardim 418, 3.º Esq., 4000-115 Porto, Portugal', web: 'linkedin.com/in/tomasareis-geo',
    summary: 'Geotechnical engineer with twelve years on slopes, deep excavations and foundations for road, rail and hydro projects in Portugal and Norway. Comfortable running site investigations end to end and turning borehole data into numerical models and design reports.',
    skills: ['PLAXIS 2D/3D | PLAXIS', 'Slope stability analysis | slope stability', 'GeoStudio (SLOPE/W) | GeoStudio | SLOPE/W', 'Borehole logging', 'AutoCAD Civil 3D | Civil 3D', 'Eurocode 7 design | EC7 | Eurocode 7', 'Python (pandas) | Python | pandas'],
    work: [
      { company: 'Granito Geotecnia, Lda.', title: 'Junior Geotechnical Engineer', town: 'Porto', start: '2013-09', end: '2016-02', bullets: ['Logged 300+ boreholes and CPTs for the A32 widening and two metro stations.', 'Prepared factual ground investigation reports and lab test schedules.'] },
      { company: 'Atlântico Infra Consultores', title: 'Geotechnical Engineer', town: 'Lisbon', start: '2016-03', end: '2020-11', bullets: ['Designed soil-nail walls and anchored retaining walls up to 18 m high.', 'Ran PLAXIS staged-construction models for a 2.4 km rail cutting.', 'Supervised two graduate engineers.'] },
      { company: 'Nordvik Ground Engineering AS', title: 'Senior Geotechnical Engineer', town: 'Bergen, Norway', start: '2021-01', end: null, bullets: ['Lead geotechnical designer for quick-clay stabilisation on a 9 km road scheme.', 'Built a Python toolchain that cut CPTu interpretation time by half.'] },
    ],
    education: [
      { school: 'Instituto Superior de Engenharia do Douro', degree: 'MSc Civil Engineering (Geotechnics)', start: '2011-09', end: '2013-07', town: 'Porto' },
      { school: 'Instituto Superior de Engenharia do Douro', degree: 'BSc Civil Engineering', start: '2008-09', end: '2011-07', town: 'Porto' },
    ],
    languages: ['Portuguese (native)', 'English (C1)', 'Norwegian (B1)', 'Spanish (B2)'],
    certs: ['Member, Ordem dos Engenheiros (MOE no. 71462)', 'Confined-space entry, 2022'],
    interests: 'Trail running, analogue photography, Atlantic surfing.',
  },
  {
    id: 'p02', language: 'en', name: 'Konstantinos Vlachogiannis', otherName: 'Kostas', title: 'Marine Site Manager — Salmon Farming',
    email: 'kostas.vlachogiannis@outlook.com', phone: '07723 418 905', e164: '+447723418905',
    address: '14 Harbour Brae, Oban, Argyll PA34 4LN, United Kingdom', nationality: 'Greek (UK settled status)',
    summary: 'Aquaculture manager with a background in fish health and twelve years on Mediterranean and Scottish farms. Runs sites safely, keeps stock healthy and hits feed and welfare targets with small crews.',
    skills: ['Fish health monitoring | fish health', 'Recirculating aquaculture systems (RAS) | RAS', 'Sea lice management', 'Feed conversion optimisation | FCR optimisation', 'Fishtalk Control | Fishtalk', 'Water quality testing', 'Workboat handling'],
    work: [
      { company: 'Hellenic Navy', title: 'Conscript — Supply Section', town: 'Salamina', start: '2011-10', end: '2012-07', bullets: ['Compulsory military service; stores and inventory for a patrol squadron.'] },
      { company: 'Thalassa Aquaculture S.A.', title: 'Fish Health Intern', town: 'Astakos', start: '2012-09', end: '2013-02', bullets: ['Sampled sea bream and sea bass for gill and parasite screening.'] },
      { company: 'Thalassa Aquaculture S.A.', title: 'Fish Health Technician', town: 'Astakos', start: '2013-03', end: '2017-06', bullets: ['Ran the on-site health lab for 11 cage sites.', 'Introduced weekly mortality reporting that fed into vaccination plans.'] },
      { company: 'Ionian Fish Farms Cooperative', title: 'Production Manager', town: 'Preveza', start: '2017-07', end: '2022-12', bullets: ['Managed 2,400 t annual production and a crew of 26.', 'Cut FCR from 1.92 to 1.71 over three seasons.'] },
      { company: 'BlueFjord Salmon Ltd', title: 'Marine Site Manager', town: 'Oban', start: '2023-04', end: null, bullets: ['Responsible for a 12-pen Atlantic salmon site and crew of 9.', 'Leads sea-lice strategy with cleaner fish and thermal treatments.'] },
    ],
    education: [{ school: 'University of Western Hellas', degree: 'BSc Fisheries and Aquaculture', start: '2007-09', end: '2011-06', town: 'Mesolongi' }],
    languages: ['Greek (native)', 'English (fluent)'],
    certs: ['STCW Basic Safety', 'RYA Powerboat Level 2', 'Lantra Fish Welfare'],
    referees: [
      { name: 'Dr Eleftheria Konstanti', role: 'Head of Fish Health, Thalassa Aquaculture S.A.', phone: '+30 26460 41 227' },
      { name: 'Callum MacInnes', role: 'Regional Manager, BlueFjord Salmon Ltd', phone: '01631 570 884' },
    ],
  },
  {
    id: 'p03', language: 'en', name: 'Mireille Gauthier', title: 'Lead UX Researcher',
    email: 'mireille.gauthier@videotron.ca', phone: '(514) 829-4471', e164: '+15148294471',
    address: '5120, rue Saint-Urbain, Montréal (Québec) H2T 2W9', web: 'mireillegauthier.ca',
    summary: 'Mixed-methods UX researcher who has built research practices in banking and health software. I plan studies that answer product questions quickly and make findings easy for teams to act on.',
    skills: ['Usability testing', 'Contextual inquiry', 'Survey design (Qualtrics) | Qualtrics | survey design', 'Journey mapping', 'Dovetail', 'Figma', 'Accessibility audits (WCAG 2.1) | WCAG | accessibility audits'],
    work: [
      { company: 'Lumen Studio', title: 'UX Research Intern', town: 'Montréal', start: '2014-05', end: '2014-08', bullets: ['Recruited and moderated 40 usability sessions for a transit app.'] },
      { company: 'Caisse Horizon Financial', title: 'UX Researcher', town: 'Montréal', start: '2015-01', end: '2018-06', bullets: ['Ran bilingual usability studies for online banking and mortgage tools.', 'Built the research panel of 1,800 members.'] },
      { company: 'Caisse Horizon Financial', title: 'Senior UX Researcher', town: 'Montréal', start: '2018-07', end: '2021-03', bullets: ['Led research for the mobile app redesign (4.1 to 4.7 store rating).', 'Mentored three researchers and set up a repository in Dovetail.'] },
      { company: 'Tidewater Health Software', title: 'Lead UX Researcher', town: 'Remote', start: '2021-04', end: null, bullets: ['Heads a team of five across clinician and patient products.', 'Introduced accessibility audits into every release cycle.'] },
    ],
    education: [
      { school: 'Université de la Rive-Nord', degree: 'M.Sc. Human Factors and Ergonomics', start: '2012-09', end: '2014-12' },
      { school: 'Collège Valmont-Laurier', degree: 'B.A. Psychology', start: '2009-09', end: '2012-05' },
    ],
    languages: ['French (native)', 'English (fluent)'],
    interests: 'Community radio host, urban gardening.',
  },
  {
    id: 'p04', language: 'en', name: 'Bethlehem Tadesse Alemu', credentials: 'B.Pharm, MPH', title: 'Pharmaceutical Supply Chain Lead',
    email: 'bethlehem.tadesse@ethionet.et', phone: '+251 911 43 27 65', e164: '+251911432765',
    address: 'Bole Sub-City, Woreda 03, House No. 1147, Addis Ababa, Ethiopia', birth: '1987-04', gender: 'Female', nationality: 'Ethiopian',
    summary: 'Pharmacist and public-health professional with fifteen years in medicine supply, from hospital dispensing to national-level forecasting for HIV, TB and maternal-health commodities.',
    skills: ['Pharmaceutical quantification', 'Inventory management (LMIS) | LMIS | inventory management', 'Cold chain management | cold chain', 'Procurement planning', 'Power BI', 'MS Excel | Excel', 'Supportive supervision'],
    work: [
      { company: 'Tena Pharmaceuticals PLC', title: 'Pharmacist', town: 'Addis Ababa', start: '2010-09', end: '2013-08', bullets: ['Dispensing and stock control for a chain of four pharmacies.'] },
      { company: 'Addis Community Health Initiative', title: 'Supply Chain Officer', town: 'Addis Ababa', start: '2013-10', end: '2017-12', bullets: ['Managed commodity flow to 62 health centres.', 'Trained 140 store keepers on the LMIS.'] },
      { company: 'Medisol Logistics Ethiopia', title: 'Senior Pharmaceutical Supply Chain Advisor', town: 'Addis Ababa', start: '2018-01', end: '2024-06', bullets: ['Led national quantification for ARVs and TB medicines with the regulator.', 'Reduced stock-outs at regional hubs from 18% to 6%.'] },
      { company: 'Horn Health Partners', title: 'Country Supply Chain Lead', town: 'Addis Ababa', start: '2024-07', end: null, bullets: ['Oversees a team of 14 and a US$9 m commodity budget.'] },
    ],
    education: [
      { school: 'Entoto Health Sciences University', degree: 'Master of Public Health', start: '2015-09', end: '2017-07' },
      { school: 'Abay College of Pharmacy', degree: 'Bachelor of Pharmacy', start: '2005-09', end: '2010-07' },
    ],
    languages: ['Amharic (mother tongue)', 'English (excellent)', 'Afaan Oromo (good)'],
    certs: ['Licensed Pharmacist, Ethiopian Food and Drug Authority', 'PMP (2021)'],
    referees: [
      { name: 'Dr. Yonas Gebremedhin', role: 'Chief of Party, Medisol Logistics Ethiopia', phone: '+251 911 20 58 31', email: 'yonas.g@medisol.et' },
      { name: 'Ms. Hiwot Bekele', role: 'Programme Director, Addis Community Health Initiative', phone: '+251 922 67 14 09', email: 'hiwot.bekele@achi.org.et' },
    ],
  },
  {
    id: 'p05', language: 'en', name: 'Valentina Rojas Muñoz', title: 'Head Winemaker',
    email: 'vrojas.enologa@gmail.com', phone: '+56 9 6142 3870', e164: '+56961423870',
    address: 'Camino Los Quillayes 2250, Santa Cruz, Región de O’Higgins, Chile',
    summary: 'Oenologist with thirteen vintages in Colchagua and Maipo, export-focused red and sparkling programmes, and a record of 90+ point scores. Returned from parental leave in 2020 to lead a 1.2 million-litre winery.',
    skills: ['Fermentation management', 'Blending', 'Sensory evaluation', 'Barrel programme management | barrel programme', 'Lab analysis (HPLC) | HPLC', 'Vineyard sampling', 'SAP Business One | SAP B1'],
    work: [
      { company: 'Viña Cerro Azul', title: 'Assistant Winemaker', town: 'Colchagua', start: '2012-03', end: '2015-05', bullets: ['Managed daily cellar work for 3,000 t crush.', 'Ran must and wine analyses in the in-house lab.'] },
      { company: 'Bodegas Quebrada Alta', title: 'Winemaker', town: 'Maipo', start: '2015-06', end: '2019-02', bullets: ['Owned the premium Cabernet line; two wines scored 92 and 93 points.', 'Launched a traditional-method sparkling wine.'] },
      { company: 'Andes Terroir Wines S.A.', title: 'Head Winemaker', town: 'Santa Cruz', start: '2020-09', end: null, bullets: ['Leads winemaking, lab and cellar teams (22 people).', 'Moved 40% of barrel ageing to large foudres and cut oak costs by 18%.'] },
    ],
    breaks: [{ label: 'Career break — parental leave and family relocation', start: '2019-03', end: '2020-08' }],
    education: [
      { school: 'Universidad del Valle Central', degree: 'Agronomist-Oenologist (Ingeniera Agrónoma Enóloga)', start: '2006-03', end: '2011-12' },
      { school: 'Institut Rive Gauche du Vin', degree: 'Postgraduate Diploma in Sparkling Wine Production', start: '2017-05', end: '2017-07' },
    ],
    languages: ['Spanish (native)', 'English (fluent)', 'French (intermediate)'],
    certs: ['WSET Level 3 Award in Wines'],
  },
  {
    id: 'p06', language: 'en', name: 'Anish Shrestha', title: 'Staff Backend Engineer',
    email: 'anish@shrestha.dev', phone: '+977 984-1357246', e164: '+9779841357246',
    address: 'Jhamsikhel, Lalitpur 44600, Nepal', web: 'github.com/anishstha',
    summary: 'Backend engineer focused on payment systems: ledgers, idempotent APIs and event streaming. Ten years shipping Go and Node services at fintechs in Nepal and Singapore.',
    skills: ['Go | Golang', 'PostgreSQL | Postgres', 'Kubernetes | k8s', 'gRPC', 'Kafka | Apache Kafka', 'Terraform', 'Redis', 'Node.js | NodeJS'],
    work: [
      { company: 'Himalaya Code Labs', title: 'Software Engineering Intern', town: 'Kathmandu', start: '2016-01', end: '2016-06', bullets: ['Built internal admin tools in Node.js and React.'] },
      { company: 'Yeti Fintech Pvt. Ltd.', title: 'Software Engineer', town: 'Kathmandu', start: '2016-07', end: '2019-09', bullets: ['Wrote the wallet top-up service handling 1.5 M transactions a month.', 'Migrated MySQL to PostgreSQL with zero downtime.'] },
      { company: 'Sagarmatha Digital', title: 'Senior Backend Engineer', town: 'Lalitpur', start: '2019-10', end: '2023-01', bullets: ['Designed a double-entry ledger in Go and PostgreSQL.', 'Introduced Kafka for settlement events and Terraform for infra.'] },
      { company: 'Kestrel Payments', title: 'Staff Engineer', town: 'Singapore (remote)', start: '2023-02', end: null, bullets: ['Technical lead for cross-border payouts across six corridors.', 'Owns reliability of the payouts platform (99.97% availability).'] },
    ],
    education: [{ school: 'Bagmati Institute of Engineering', degree: 'B.E. Computer Engineering', start: '2011-11', end: '2015-12', town: 'Lalitpur' }],
    languages: ['Nepali (native)', 'English (professional)', 'Hindi (conversational)'],
    interests: 'Maintainer of a small open-source Go rate-limiter; trekking.',
  },
  {
    id: 'p07', language: 'en', name: 'Kadri Lepik', title: 'Lead Landscape Architect',
    email: 'kadri.lepik@gmail.com', phone: '+372 5391 8264', e164: '+37253918264',
    address: 'Vana-Kalamaja 31-4, 10415 Tallinn, Estonia', birth: '1991-02',
    summary: 'Landscape architect designing climate-resilient streets, school yards and parks. Experienced in stormwater-led design, public consultation and leading multidisciplinary teams from concept to construction.',
    skills: ['AutoCAD', 'Vectorworks Landmark | Vectorworks', 'Rhino + Grasshopper | Rhino | Grasshopper', 'QGIS', 'Planting design', 'Stormwater design (SuDS) | SuDS', 'Lumion', 'Adobe InDesign | InDesign'],
    work: [
      { company: 'Rohe Maastikuarhitektid OÜ', title: 'Landscape Architect', town: 'Tallinn', start: '2017-08', end: '2021-05', bullets: ['Designed 14 school and kindergarten yards.', 'Produced tender drawings and planting plans.'] },
      { company: 'Linnalabor Design OÜ', title: 'Senior Landscape Architect', town: 'Tartu', start: '2021-06', end: '2024-03', bullets: ['Led the rain-garden street programme for four city districts.'] },
      { company: 'Baltic Urban Studio AS', title: 'Lead Landscape Architect', town: 'Tallinn', start: '2024-04', end: null, bullets: ['Leads a team of six on waterfront park design (4.3 ha).', 'Runs public workshops and coordinates engineers.'] },
    ],
    education: [
      { school: 'Estonian Academy of Landscape and Design', degree: 'MA Landscape Architecture', start: '2014-09', end: '2017-06' },
      { school: 'Estonian Academy of Landscape and Design', degree: 'BA Landscape Architecture', start: '2010-09', end: '2014-06' },
    ],
    languages: ['Estonian (native)', 'English (C1)', 'Finnish (B2)', 'Russian (A2)'],
    certs: ['Chartered Landscape Architect, level 7 (Estonian Qualifications Authority)'],
  },
  // ---------------------------------------------------------------- zh
  {
    id: 'p08', language: 'zh', name: '陈思远', title: '高级机械工程师',
    email: 'siyuan.chen@foxmail.com', phone: '139 8176 2405', e164: '+8613981762405',
    address: '四川省成都市高新区天府三街 288 号', birth: '1991-05', gender: '男', nationality: '汉族',
    summary: '机械设计制造及其自动化专业，11 年非标自动化设备设计经验，熟悉从方案、结构设计到装配调试的完整流程，主导过 20 余台套自动化产线设备。',
    target: '机械工程师 / 结构设计主管　期望城市：成都、重庆',
    skills: ['SolidWorks', 'AutoCAD | CAD', '非标自动化设计 | 非标设计', '有限元分析（ANSYS） | ANSYS | 有限元分析', 'PLC基础 | PLC', 'GD&T 形位公差 | GD&T | 形位公差'],
    work: [
      { company: '成都蓉兴精密机械有限公司', title: '机械设计助理工程师', town: '成都', start: '2014-07', end: '2017-03', bullets: ['负责夹具、工装的三维建模与出图。', '参与 3 条装配线的现场调试。'] },
      { company: '四川天府智能装备股份有限公司', title: '机械工程师', town: '成都', start: '2017-04', end: '2021-08', bullets: ['独立完成锂电池模组上料机构设计，节拍提升 25%。', '编写设计规范，培训新人 6 名。'] },
      { company: '重庆江渝机器人科技有限公司', title: '高级机械工程师', town: '重庆', start: '2021-09', end: null, bullets: ['带领 5 人结构组完成焊装线项目，合同额 3800 万元。', '推动标准件库建设，设计周期缩短 30%。'] },
    ],
    education: [{ school: '西南理工学院', degree: '机械设计制造及其自动化　本科', start: '2010-09', end: '2014-06' }],
    languages: ['英语 CET-6'],
    certs: ['机械工程师（中级职称）', 'SolidWorks CSWP'],
  },
  {
    id: 'p09', language: 'zh', name: '林晓彤', title: '电商总监',
    email: 'lin.xiaotong@126.com', phone: '186-5712-3048', e164: '+8618657123048',
    address: '上海市闵行区七宝镇漕宝路 1555 弄', birth: '1994-11', gender: '女',
    summary: '9 年电商运营经验，从店铺运营做到团队负责人，熟悉天猫、抖音双平台，擅长用数据驱动选品与投放。',
    target: '电商总监 / 运营总监',
    skills: ['天猫/淘宝店铺运营 | 淘宝运营 | 天猫运营', '直播电商 | 直播带货', '数据分析（生意参谋） | 生意参谋 | 数据分析', 'Excel', 'SEO/SEM | SEO | SEM', '抖音小店 | 抖店', '团队管理'],
    work: [
      { company: '杭州青禾网络科技有限公司', title: '运营实习生', town: '杭州', start: '2016-03', end: '2016-08', bullets: ['协助店铺上新、客服话术整理与活动报名。'] },
      { company: '杭州青禾网络科技有限公司', title: '电商运营专员', town: '杭州', start: '2016-09', end: '2018-12', bullets: ['负责天猫旗舰店日常运营，年销售额 2000 万元。'] },
      { company: '浙江优品汇电子商务有限公司', title: '运营主管', town: '杭州', start: '2019-01', end: '2021-06', bullets: ['管理 8 人运营团队，双十一单日 GMV 1200 万元。'] },
      { company: '浙江优品汇电子商务有限公司', title: '运营经理', town: '杭州', start: '2021-07', end: '2023-10', bullets: ['搭建抖音直播间，半年内直播占比提升至 35%。', '负责年度预算与 ROI 考核。'] },
      { company: '上海栖木生活家居有限公司', title: '电商总监', town: '上海', start: '2023-11', end: null, bullets: ['统筹天猫、京东、抖音三平台，团队 23 人。'] },
    ],
    education: [{ school: '浙江商贸职业学院', degree: '电子商务　大专', start: '2013-09', end: '2016-06' }, { school: '江南开放大学', degree: '工商管理　本科（成人教育）', start: '2018-03', end: '2020-07' }],
    languages: ['英语 CET-4'],
  },
  {
    id: 'p10', language: 'zh', name: '王浩然', title: '财务经理',
    email: 'wanghaoran_cpa@sina.com', phone: '+86 135 2286 7419', e164: '+8613522867419',
    address: '北京市朝阳区望京街道花家地北里 6 号院', birth: '1988-08', gender: '男', nationality: '汉族',
    summary: '注册会计师，15 年审计与企业财务经验，熟悉集团合并报表、税务筹划与内控体系建设。',
    target: '财务经理 / 财务总监',
    skills: ['用友U8 | 用友', '金蝶K/3 | 金蝶', '合并报表', '税务筹划', 'Excel（VBA） | Excel | VBA', '财务分析', '内部控制 | 内控'],
    work: [
      { company: '北京中信达会计师事务所（特殊普通合伙）', title: '审计助理', town: '北京', start: '2011-07', end: '2014-06', bullets: ['参与 10 余家国有企业年报审计及 IPO 审计。'] },
      { company: '华北建工集团财务有限公司', title: '财务主管', town: '北京', start: '2014-07', end: '2019-12', bullets: ['负责 23 家子公司合并报表编制。', '主导资金集中管理系统上线。'] },
      { company: '北京瑞丰新能源科技有限公司', title: '财务经理', town: '北京', start: '2020-01', end: null, bullets: ['管理 9 人财务团队，完成两轮融资财务尽调。', '搭建全面预算体系，费用率下降 3.2 个百分点。'] },
    ],
    education: [{ school: '首都财经管理学院', degree: '会计学　本科　管理学学士', start: '2007-09', end: '2011-06' }],
    languages: ['英语 CET-6'],
    certs: ['中国注册会计师（CPA）', '中级会计师'],
    referees: [{ name: '赵明', role: '华北建工集团财务有限公司 财务总监', phone: '010-6532 8847' }],
  },
  {
    id: 'p11', language: 'zh', name: '张雨萱', title: '日语翻译 / 总经理助理',
    email: 'zhangyuxuan0312@qq.com', phone: '138 2745 9106', e164: '+8613827459106',
    address: '广东省广州市番禺区市桥街道繁华路 92 号', birth: '1996-03', gender: '女',
    summary: '日语专业毕业，持 N1 证书，具备会展口译、技术笔译与商务助理经验，擅长汽车零部件领域资料翻译。',
    target: '日语翻译 / 总经理助理　广州',
    skills: ['日语口译 | 口译', '日语笔译 | 笔译', 'Trados', 'memoQ', '商务接待', 'Office办公软件 | Office'],
    work: [
      { company: '广州南沙国际会展服务有限公司', title: '日语翻译', town: '广州', start: '2019-07', end: '2021-02', bullets: ['为广交会等展会日本客商提供交替传译。'] },
      { company: '深圳前海译通语言服务有限公司', title: '高级笔译', town: '深圳', start: '2021-09', end: '2024-05', bullets: ['完成汽车、机械类技术文档翻译约 180 万字。', '负责术语库维护与译文审校。'] },
      { company: '广州华南精工汽车零部件有限公司', title: '总经理助理（日语）', town: '广州', start: '2024-06', end: null, bullets: ['负责日方总经理的日程、会议口译与文件翻译。'] },
    ],
    education: [{ school: '岭南外语学院', degree: '日语　本科　文学学士', start: '2015-09', end: '2019-06' }],
    languages: ['日语 N1', '英语 CET-6'],
    certs: ['CATTI 二级笔译'],
  },
  {
    id: 'p12', language: 'zh', name: '刘建国', title: '项目总监',
    email: 'liujianguo1980@163.com', phone: '137 0712 6653', e164: '+8613707126653',
    address: '湖北省武汉市洪山区珞喻路 745 号', birth: '1980-10', gender: '男', nationality: '汉族',
    summary: '土木工程专业，一级建造师，24 年房建与市政施工管理经验，主持过多项省级优质工程。',
    target: '项目总监 / 工程副总',
    skills: ['施工组织设计', '广联达 | 广联达计价', 'BIM（Revit） | BIM | Revit', '成本控制', '安全文明施工管理', 'Project 进度管理 | MS Project'],
    work: [
      { company: '湖北楚天路桥工程有限公司', title: '施工员', town: '武汉', start: '2002-07', end: '2006-03', bullets: ['负责桥梁下部结构施工现场管理。'] },
      { company: '武汉江城建设集团有限公司', title: '技术员', town: '武汉', start: '2006-04', end: '2010-09', bullets: ['编制施工方案与技术交底。'] },
      { company: '武汉江城建设集团有限公司', title: '项目副经理', town: '武汉', start: '2010-10', end: '2015-12', bullets: ['负责 18 万平方米住宅项目的生产与安全。'] },
      { company: '中建华中城市发展有限公司', title: '项目经理', town: '武汉', start: '2016-01', end: '2022-06', bullets: ['主持综合体项目，合同额 6.8 亿元，获湖北省楚天杯。'] },
      { company: '湖北长江智慧建造科技有限公司', title: '项目总监', town: '武汉', start: '2022-07', end: null, bullets: ['统筹 4 个在建项目，推动 BIM 全过程应用。'] },
    ],
    education: [{ school: '华中建筑工程学院', degree: '土木工程　本科', start: '1998-09', end: '2002-06' }],
    languages: ['英语 三级'],
    certs: ['一级建造师（建筑工程）', '高级工程师'],
    referees: [{ name: '孙立平', role: '中建华中城市发展有限公司 副总经理', phone: '139 0718 2246' }],
  },
  // ---------------------------------------------------------------- mixed
  {
    id: 'p13', language: 'mixed', name: '黃嘉欣', otherName: 'Karen Wong Ka-yan', credentials: 'FSA', title: 'Senior Actuarial Analyst 高級精算分析師',
    email: 'karen.wongky@gmail.com', phone: '+852 9183 4276', e164: '+85291834276',
    address: 'Flat 12B, Block 3, Kingsford Gardens, 22 Tai Hang Road, Hong Kong',
    summary: 'Actuary (FSA) with experience in IFRS 17 implementation, reserving and experience studies for life and reinsurance business. 精算師，熟悉 IFRS 17 及壽險準備金評估。',
    skills: ['Prophet', 'IFRS 17', 'R', 'SQL', 'VBA', 'Experience studies', 'Python'],
    work: [
      { company: 'Harbourfront Life Assurance Co. Ltd.', title: 'Actuarial Intern 精算實習生', town: 'Hong Kong', start: '2017-06', end: '2017-08', bullets: ['Built lapse-rate dashboards for the valuation team.'] },
      { company: 'Harbourfront Life Assurance Co. Ltd.', title: 'Actuarial Analyst 精算分析師', town: 'Hong Kong', start: '2018-07', end: '2021-09', bullets: ['Quarterly reserving for participating products.', 'Prophet model conversion for IFRS 17.'] },
      { company: 'Pacific Crest Reinsurance (Hong Kong) Limited', title: 'Senior Actuarial Analyst 高級精算分析師', town: 'Hong Kong', start: '2021-10', end: null, bullets: ['Leads mortality and morbidity experience studies for Asian cedants.', 'Automated CSM roll-forward in R and SQL.'] },
    ],
    education: [{ school: 'Victoria Harbour University 維港大學', degree: 'BSc Actuarial Science 精算學理學士 (First Class Honours)', start: '2014-09', end: '2018-06' }],
    languages: ['Cantonese 粵語 (native)', 'English 英語 (fluent)', 'Putonghua 普通話 (good)'],
    certs: ['Fellow of the Society of Actuaries (FSA), 2023'],
  },
  {
    id: 'p14', language: 'mixed', name: '周明轩', otherName: 'Kevin Zhou', title: 'Lead Gameplay Engineer 主程序',
    email: 'kevin.zhou.dev@outlook.com', phone: '+86 186 2190 4738', e164: '+8618621904738',
    address: '上海市徐汇区漕溪北路 398 号 Xuhui District, Shanghai', web: 'kevinzhou.itch.io',
    summary: '11 年游戏客户端与玩法开发经验，参与 3 款上线项目（PC / 主机 / 手游）。Gameplay engineer experienced in Unreal and Unity, combat systems and team leadership.',
    skills: ['C++', 'Unreal Engine 5 | UE5 | Unreal Engine', 'Unity (C#) | Unity | C#', 'Lua', 'Gameplay Ability System | GAS', 'Perforce', 'Shader programming (HLSL) | HLSL'],
    work: [
      { company: '上海星云互动娱乐有限公司', title: '客户端程序员 Client Programmer', town: '上海', start: '2015-07', end: '2018-04', bullets: ['负责 MMO 手游战斗表现与 UI 框架（Unity + Lua）。'] },
      { company: 'Ubiquity Studios Shanghai', title: 'Gameplay Programmer', town: 'Shanghai', start: '2018-05', end: '2020-12', bullets: ['Implemented traversal and cover systems for an open-world title (UE4).'] },
      { company: 'Ubiquity Studios Shanghai', title: 'Senior Gameplay Programmer', town: 'Shanghai', start: '2021-01', end: '2023-08', bullets: ['Owned the melee combat feature team (6 engineers).', 'Ported ability code to Gameplay Ability System.'] },
      { company: 'Lanternfish Games', title: 'Lead Engineer 主程序', town: 'Shanghai', start: '2023-09', end: null, bullets: ['Tech lead for a UE5 action RPG; 14 engineers, Perforce/CI pipeline owner.'] },
    ],
    education: [{ school: '华东信息工程大学 East China Institute of Information Engineering', degree: '软件工程 本科 B.Eng. Software Engineering', start: '2011-09', end: '2015-06' }],
    languages: ['普通话 Mandarin (native)', '英语 English (CET-6, working proficiency)'],
  },
  {
    id: 'p15', language: 'mixed', name: '吳承翰', otherName: 'Hank Wu', title: 'Principal Process Engineer 首席製程工程師',
    email: 'hank.cwu@gmail.com', phone: '+65 9637 2814', e164: '+6596372814',
    address: '48 Jurong West Street 41, #09-217, Singapore 640048', nationality: 'Taiwan (R.O.C.) 中華民國 — S Pass holder', birth: '1989-06',
    summary: 'Semiconductor process-integration engineer, 12 years across lithography and etch at 28 nm–7 nm nodes. 熟悉黃光、蝕刻製程整合與良率改善。',
    skills: ['Photolithography', 'Etch process integration', 'SPC', 'JMP', 'DOE', 'FMEA', 'Python'],
    work: [
      { company: '中華民國陸軍', title: '義務役 預官（少尉排長）Conscript Officer', town: '台中', start: '2012-08', end: '2013-07', bullets: ['Compulsory military service; platoon leader, 32 soldiers.'] },
      { company: 'Formosa Advanced Semiconductor Corp.', title: 'Process Engineer 製程工程師', town: 'Hsinchu 新竹', start: '2013-09', end: '2018-02', bullets: ['Owned immersion-scanner overlay control for 28 nm logic.', 'Raised line yield by 2.3% with an APC feed-forward loop.'] },
      { company: 'Hsinchu Photonics Inc.', title: 'Senior Process Integration Engineer 資深製程整合工程師', town: 'Hsinchu 新竹', start: '2018-03', end: '2022-05', bullets: ['Integrated dry-etch steps for silicon-photonics modulators.'] },
      { company: 'NanoEdge Technologies Pte. Ltd.', title: 'Principal Process Engineer', town: 'Singapore', start: '2022-06', end: null, bullets: ['Technical owner of the 7 nm etch module; leads 8 engineers.', 'Cut wafer scrap 40% through FMEA-driven interlocks.'] },
    ],
    education: [
      { school: '國立竹北科技大學 Zhubei University of Technology', degree: 'M.S. Materials Science and Engineering 材料科學與工程碩士', start: '2010-09', end: '2012-06' },
      { school: '國立竹北科技大學 Zhubei University of Technology', degree: 'B.S. Physics 物理學士', start: '2006-09', end: '2010-06' },
    ],
    languages: ['Mandarin 華語 (native)', 'Taiwanese Hokkien 台語 (native)', 'English 英語 (TOEIC 905)'],
    certs: ['Six Sigma Green Belt'],
  },
  {
    id: 'p16', language: 'mixed', name: '李诗雨', otherName: 'Shirley Li', title: 'ESG Manager ESG 经理',
    email: 'shirley.li.esg@163.com', phone: '+86 135 1108 6623', e164: '+8613511086623',
    address: '北京市东城区东直门南大街 9 号 Dongcheng District, Beijing 100007',
    summary: 'Sustainability professional with 8 years in carbon accounting, LCA and climate disclosure for clients in China and the UK. 熟悉温室气体核算、产品碳足迹与 TCFD/ISSB 披露。',
    skills: ['Carbon accounting (GHG Protocol) | GHG Protocol | carbon accounting', 'Life cycle assessment (LCA) | LCA', 'SimaPro', 'TCFD reporting | TCFD', 'CDP disclosure | CDP', 'Excel', 'Tableau'],
    work: [
      { company: 'Carbon Ledger Ltd', title: 'Sustainability Analyst', town: 'London', start: '2018-09', end: '2020-08', bullets: ['Prepared Scope 1–3 inventories for 20+ retail and food clients.', 'Supported SBTi target submissions.'] },
      { company: '北京绿源碳资产管理有限公司', title: '高级咨询顾问 Senior Consultant', town: '北京', start: '2020-10', end: '2023-03', bullets: ['为 30 余家制造企业开展产品碳足迹核算（SimaPro）。', '参与编写地方碳普惠方法学。'] },
      { company: 'Meridian Sustainability Partners', title: 'ESG Manager', town: 'Beijing', start: '2023-04', end: null, bullets: ['Leads TCFD and CDP reporting for 12 listed clients.', 'Manages a team of 5 analysts.'] },
    ],
    education: [
      { school: 'University of East Wessex', degree: 'MSc Environmental Management', start: '2017-09', end: '2018-09', town: 'UK' },
      { school: '北方环境科技大学', degree: '环境科学 本科 B.Sc. Environmental Science', start: '2013-09', end: '2017-06' },
    ],
    languages: ['Chinese 中文 (native)', 'English 英语 (IELTS 7.5)'],
    certs: ['GHG Protocol Corporate Standard training (2019)', 'ISO 14064 Lead Verifier'],
  },
];
