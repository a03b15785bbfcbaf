/**
 * heldout-40: sixteen invented people. Every name, employer, school, address, e-mail and phone number is invented.
 * Phone numbers have the right shape for their country (UK numbers are in Ofcom's 07700 900xxx drama range,
 * the Canadian one in 555-01xx) but belong to nobody we know of.
 */
export type Lang = 'en' | 'zh' | 'mixed';

export interface Job {
  company: string; // exactly as printed in every document
  title: string;
  start: string; // YYYY-MM
  end: string | null;
  town: string;
  bullets: string[];
}

export interface Edu { school: string; degree: string; start: string; end: string; town: string }

export interface Person {
  id: string;
  lang: Lang;
  name: string; // truth name (for mixed people: the Chinese name)
  given: string; // given name(s) as printed
  family: string; // family name as printed
  alt?: string; // English name for mixed people, as they print it
  initials: string;
  email: string;
  phone: string; // E.164, own mobile
  phoneLocal: string; // as printed in local style
  other?: { label: string; number: string }; // another number that is NOT the truth (office, home, agency)
  headline: string;
  town: string;
  address: string;
  summary: string;
  skills: string[][]; // [printed, ...synonyms]
  work: Job[];
  edu: Edu[];
  languages: string[];
  certs: string[];
  born?: string;
  breakNote?: { start: string; end: string; text: string };
}

export const people: Person[] = [
  {
    id: 'p01', lang: 'en', name: "Aoife O'Donoghue", given: 'Aoife', family: "O'Donoghue", initials: 'AO',
    email: 'aoife.odonoghue.data@gmail.com', phone: '+353874281937', phoneLocal: '087 428 1937',
    other: { label: 'Office (Valencia)', number: '+34 963 52 81 40' },
    headline: 'Senior Data Analyst', town: 'Valencia', address: 'Carrer de Sueca 41, 4-B, 46006 Valencia, Spain',
    summary: 'Data analyst with twelve years in health and care data: building reporting pipelines, dashboards and the small tools that keep service managers honest about waiting lists.',
    skills: [['SQL'], ['Python (pandas)', 'Python', 'pandas'], ['Power BI', 'PowerBI'], ['Tableau'], ['Advanced Excel', 'Excel', 'Microsoft Excel'], ['Data cleansing', 'Data cleaning'], ['R'], ['Stakeholder reporting']],
    work: [
      { company: 'Shannonside Community Care', title: 'Data Administrator', start: '2014-09', end: '2017-03', town: 'Limerick', bullets: ['Kept the client-management database for 14 day centres clean and complete.', 'Produced the monthly activity returns to the regional office.'] },
      { company: 'Corrib Analytics Ltd', title: 'Junior Data Analyst', start: '2017-04', end: '2019-08', town: 'Galway', bullets: ['Wrote SQL extracts and Excel models for hospital clients.', 'Automated six weekly reports with Python.'] },
      { company: 'Corrib Analytics Ltd', title: 'Data Analyst', start: '2019-09', end: '2021-05', town: 'Galway', bullets: ['Led the Power BI rebuild of the outpatient waiting-list suite.', 'Trained 40 client staff in self-service reporting.'] },
      { company: 'Turia Health Insights S.L.', title: 'Senior Data Analyst', start: '2021-06', end: null, town: 'Valencia', bullets: ['Own the data model behind dashboards used by 9 private clinics.', 'Mentor two analysts; introduced code review for SQL and R.'] },
    ],
    edu: [{ school: "St Brendan's University, Galway", degree: 'BSc Mathematical Sciences (2.1)', start: '2010-09', end: '2014-06', town: 'Galway' }],
    languages: ['English (native)', 'Irish (fluent)', 'Spanish (B2)'], certs: ['Microsoft Certified: Power BI Data Analyst Associate'],
  },
  {
    id: 'p02', lang: 'en', name: 'Maarten van der Linde', given: 'Maarten', family: 'van der Linde', initials: 'MvdL',
    email: 'm.vanderlinde@outlook.com', phone: '+447700900733', phoneLocal: '07700 900733',
    other: { label: 'Office', number: '0161 496 0728' },
    headline: 'Lead Mechanical Engineer', town: 'Manchester', address: '17 Cromwell Grove, Levenshulme, Manchester M19 3QN',
    summary: 'Chartered mechanical engineer (Dutch, settled in the UK) designing pressure equipment and process skids from concept to site acceptance.',
    skills: [['SolidWorks'], ['AutoCAD'], ['GD&T', 'Geometric dimensioning and tolerancing'], ['FEA', 'Finite element analysis'], ['ANSYS Mechanical', 'ANSYS'], ['Pressure vessel design (PD 5500)', 'Pressure vessel design'], ['DFMEA'], ['Technical writing']],
    work: [
      { company: 'Brouwer Koeltechniek B.V.', title: 'Graduate Engineer', start: '2012-09', end: '2015-01', town: 'Zwolle', bullets: ['Detailed refrigeration skids in SolidWorks.', 'Ran factory acceptance tests with clients.'] },
      { company: 'Pennine Fluid Systems Ltd', title: 'Design Engineer', start: '2015-02', end: '2019-10', town: 'Oldham', bullets: ['Designed PD 5500 vessels up to 40 bar.', 'Cut drawing rework by a third with a GD&T checklist.'] },
      { company: 'Pennine Fluid Systems Ltd', title: 'Senior Design Engineer', start: '2019-11', end: '2022-04', town: 'Oldham', bullets: ['Led a team of four on skid packages for water utilities.', 'Introduced FEA-based fatigue checks.'] },
      { company: 'Irwell Process Engineering', title: 'Lead Mechanical Engineer', start: '2022-05', end: null, town: 'Manchester', bullets: ['Technical authority for mechanical design on £2–8m projects.', 'Owner of the DFMEA process and design-review gates.'] },
    ],
    edu: [{ school: 'Hogeschool Twentevoort', degree: 'BEng Mechanical Engineering', start: '2008-09', end: '2012-07', town: 'Enschede' }],
    languages: ['Dutch (native)', 'English (C2)', 'German (B1)'], certs: ['CEng MIMechE'],
  },
  {
    id: 'p03', lang: 'en', name: 'Nurul Aisyah binti Kamarudin', given: 'Nurul Aisyah', family: 'binti Kamarudin', initials: 'NA',
    email: 'nurulaisyah.kamarudin@gmail.com', phone: '+60172845519', phoneLocal: '017-284 5519',
    other: { label: 'Office', number: '03-2715 8830' },
    headline: 'Digital Marketing Manager', town: 'Kuala Lumpur', address: 'B-12-3, Residensi Sentul Indah, Jalan Sentul, 51000 Kuala Lumpur',
    summary: 'Digital marketer for travel and beauty brands in Malaysia and Singapore; performance campaigns, content calendars and the reporting behind them.',
    skills: [['SEO', 'Search engine optimisation'], ['Google Ads'], ['Meta Ads Manager', 'Facebook Ads'], ['Google Analytics 4', 'GA4', 'Google Analytics'], ['Content strategy'], ['Canva'], ['HubSpot'], ['Email marketing']],
    work: [
      { company: 'Kedai Buku Cahaya Sdn Bhd', title: 'Marketing Intern', start: '2016-06', end: '2016-11', town: 'Petaling Jaya', bullets: ['Ran the store Instagram account and weekend promotions.'] },
      { company: 'Pelangi Media Sdn Bhd', title: 'Digital Marketing Executive', start: '2017-01', end: '2019-12', town: 'Kuala Lumpur', bullets: ['Managed RM 60k/month of Google and Meta ads for 12 clients.', 'Wrote monthly performance reports.'] },
      { company: 'Lumina Beauty Asia Sdn Bhd', title: 'Senior Digital Marketing Executive', start: '2020-01', end: '2023-02', town: 'Kuala Lumpur', bullets: ['Grew organic traffic 140% with an SEO content plan.', 'Launched the HubSpot e-mail programme.'] },
      { company: 'Tropika Travel Group', title: 'Digital Marketing Manager', start: '2023-03', end: null, town: 'Kuala Lumpur', bullets: ['Lead a team of five across MY and SG.', 'Own a RM 2.4m annual paid-media budget.'] },
    ],
    edu: [{ school: 'Universiti Teknologi Selangor Raya', degree: 'Bachelor of Business Administration (Hons) Marketing', start: '2013-07', end: '2016-12', town: 'Shah Alam' }],
    languages: ['Bahasa Melayu', 'English', 'Mandarin (basic)'], certs: ['Google Ads Search Certification'], born: '14 March 1994',
  },
  {
    id: 'p04', lang: 'en', name: 'Lucía de la Fuente Ortega', given: 'Lucía', family: 'de la Fuente Ortega', initials: 'LF',
    email: 'lucia.delafuente.ortega@gmail.com', phone: '+34612845307', phoneLocal: '612 845 307',
    other: { label: 'Office', number: '+34 914 28 63 10' },
    headline: 'Senior Bridge Engineer', town: 'Madrid', address: 'Calle de Embajadores 118, 3º izq., 28045 Madrid, Spain',
    summary: 'Structural engineer specialising in prestressed concrete bridges and road structures, from design to site supervision.',
    skills: [['SAP2000'], ['Revit Structure', 'Revit'], ['AutoCAD Civil 3D', 'Civil 3D'], ['Eurocode design', 'Eurocodes'], ['Prestressed concrete'], ['Site supervision'], ['Primavera P6'], ['BIM coordination', 'BIM']],
    work: [
      { company: 'Ingeniería Tajo Consultores S.L.', title: 'Junior Structural Engineer', start: '2013-10', end: '2016-06', town: 'Toledo', bullets: ['Calculation notes for culverts and retaining walls.', 'Drawings in AutoCAD Civil 3D.'] },
      { company: 'Ingeniería Tajo Consultores S.L.', title: 'Structural Engineer', start: '2016-07', end: '2019-02', town: 'Toledo', bullets: ['Designed three prestressed overpasses on the A-40.', 'Checked contractor shop drawings.'] },
      { company: 'Grupo Constructor Meseta S.A.', title: 'Project Engineer', start: '2019-03', end: '2023-08', town: 'Madrid', bullets: ['Site engineer for a 1.2 km viaduct.', 'Planned the deck works in Primavera P6.'] },
      { company: 'Puentes y Viales Iberia S.L.', title: 'Senior Bridge Engineer', start: '2023-09', end: null, town: 'Madrid', bullets: ['Lead designer for bridge rehabilitation tenders.', 'BIM coordinator on two public contracts.'] },
    ],
    edu: [{ school: 'Universidad Politécnica del Henares', degree: 'Máster en Ingeniería de Caminos, Canales y Puertos', start: '2007-09', end: '2013-07', town: 'Madrid' }],
    languages: ['Spanish (native)', 'English (C1, IELTS 7.5)', 'French (B1)'], certs: ['Colegiada nº 31874, Colegio de Ingenieros de Caminos'], born: '2 May 1989',
  },
  {
    id: 'p05', lang: 'en', name: 'Harriet Ashworth-Pryce', given: 'Harriet', family: 'Ashworth-Pryce', initials: 'HAP',
    email: 'h.ashworth-pryce@outlook.com', phone: '+447700900418', phoneLocal: '07700 900418',
    other: { label: 'Home', number: '0113 496 0571' },
    headline: 'Collections Manager', town: 'Leeds', address: '8 Harehills Terrace, Leeds LS8 4DJ',
    summary: 'Archivist and records manager with fifteen years in local-authority and heritage collections.',
    skills: [['Records management'], ['Digital preservation'], ['CALM', 'CALM collections management'], ['ISAD(G) cataloguing', 'ISAD(G)'], ['Freedom of Information requests', 'FOI'], ['Preventive conservation'], ['Exhibition planning']],
    work: [
      { company: 'Calder Valley Archives Trust', title: 'Archives Assistant', start: '2011-07', end: '2014-08', town: 'Halifax', bullets: ['Catalogued mill records to ISAD(G).', 'Ran the searchroom two days a week.'] },
      { company: 'Wharfedale District Council', title: 'Records Officer', start: '2014-09', end: '2018-12', town: 'Otley', bullets: ['Wrote the retention schedule for 11 services.', 'Answered 300+ FOI requests a year.'] },
      { company: 'Aire & Ouse Heritage Trust', title: 'Collections Manager', start: '2019-10', end: null, town: 'Leeds', bullets: ['Manage 60,000 objects and the CALM database.', 'Set up the digital preservation workflow.'] },
    ],
    edu: [
      { school: 'University of Wensleydale', degree: 'MA Archives and Records Management', start: '2010-09', end: '2011-06', town: 'Ripon' },
      { school: 'University of Wensleydale', degree: 'BA (Hons) History', start: '2007-09', end: '2010-06', town: 'Ripon' },
    ],
    languages: ['English', 'French (B1)'], certs: ['Registered Member of the Archives and Records Association'],
    breakNote: { start: '2019-01', end: '2019-09', text: 'Career break (family relocation)' },
  },
  {
    id: 'p06', lang: 'en', name: 'Tshepo J. Mahlangu', given: 'Tshepo J.', family: 'Mahlangu', initials: 'TJM',
    email: 'tj.mahlangu@gmail.com', phone: '+27825513906', phoneLocal: '082 551 3906',
    other: { label: 'Work', number: '013 752 4410' },
    headline: 'Principal Electrical Engineer', town: 'Mbombela', address: '23 Ferreira Street, Sonheuwel, Mbombela, 1201',
    summary: 'Professional electrical engineer (ECSA) with twelve years in MV/LV distribution, mining electrification and utility-scale solar.',
    skills: [['MV/LV reticulation design', 'Reticulation design'], ['Protection coordination'], ['DIgSILENT PowerFactory', 'PowerFactory'], ['ETAP'], ['AutoCAD Electrical'], ['SANS 10142 compliance', 'SANS 10142'], ['Solar PV design', 'Solar photovoltaic design'], ['Project management']],
    work: [
      { company: 'Highveld Power Services (Pty) Ltd', title: 'Engineer-in-Training', start: '2014-01', end: '2016-12', town: 'Witbank', bullets: ['Rotated through design, protection and site teams.', 'Prepared load-flow studies in PowerFactory.'] },
      { company: 'Highveld Power Services (Pty) Ltd', title: 'Electrical Engineer', start: '2017-01', end: '2020-06', town: 'Witbank', bullets: ['Designed 11 kV reticulation for three townships.', 'Protection settings for 40 substations.'] },
      { company: 'Magaliesberg Mining Contractors', title: 'Senior Electrical Engineer', start: '2020-07', end: '2024-03', town: 'Rustenburg', bullets: ['Electrified two shaft extensions (22 MVA).', 'Led SANS 10142 compliance audits.'] },
      { company: 'Lowveld Renewable Energy (Pty) Ltd', title: 'Principal Electrical Engineer', start: '2024-04', end: null, town: 'Mbombela', bullets: ['Design authority for 75 MW of solar PV.', 'Grid-connection studies with the utility.'] },
    ],
    edu: [{ school: 'University of the Eastern Highveld', degree: 'BEng Electrical Engineering', start: '2010-01', end: '2013-12', town: 'Emalahleni' }],
    languages: ['English', 'isiZulu', 'Sepedi'], certs: ['Pr Eng (ECSA), reg. no. 20190412', "Driver's licence (Code B)"],
  },
  {
    id: 'p07', lang: 'en', name: 'Renée Beaulieu', given: 'Renée', family: 'Beaulieu', initials: 'RB',
    email: 'renee.beaulieu.design@gmail.com', phone: '+15145550147', phoneLocal: '(514) 555-0147',
    headline: 'Senior Product Designer', town: 'Montréal', address: '4520 rue Saint-Denis, app. 3, Montréal (Québec) H2J 2L3',
    summary: 'Product designer from Montréal. Eleven years turning research into interfaces people can actually use, in French and English.',
    skills: [['Figma'], ['User research'], ['Usability testing'], ['Prototyping'], ['Design systems'], ['Accessibility (WCAG 2.1)', 'WCAG', 'Accessibility'], ['Information architecture', 'IA'], ['HTML/CSS', 'HTML', 'CSS']],
    work: [
      { company: 'Studio Mirabel', title: 'Junior UX Designer', start: '2015-05', end: '2017-08', town: 'Montréal', bullets: ['Wireframes and prototypes for museum and retail apps.'] },
      { company: 'Caisse Outremont Numérique', title: 'UX Designer', start: '2017-09', end: '2021-01', town: 'Montréal', bullets: ['Redesigned online account opening; completion up 27%.', 'Ran 60+ usability sessions.'] },
      { company: 'Atelier Nordik Inc.', title: 'Senior Product Designer', start: '2021-02', end: null, town: 'Montréal', bullets: ['Lead designer of the bilingual design system.', 'Brought the web app to WCAG 2.1 AA.'] },
    ],
    edu: [{ school: 'Université du Mont-Royal', degree: 'Baccalauréat en design graphique', start: '2012-09', end: '2015-04', town: 'Montréal' }],
    languages: ['French (native)', 'English (fluent)'], certs: ['Certified Accessibility Specialist (CPACC)'],
  },
  {
    id: 'p08', lang: 'zh', name: '欧阳明轩', given: '明轩', family: '欧阳', initials: '欧阳',
    email: 'ouyang.mingxuan@163.com', phone: '+8613917264508', phoneLocal: '139 1726 4508',
    other: { label: '办公电话', number: '021-5468 2931' },
    headline: '财务经理', town: '上海', address: '上海市闵行区莘庄镇春申路 1588 弄 12 号 602 室',
    summary: '十四年审计与企业财务经验，熟悉制造业成本核算、合并报表与上市前财务规范。',
    skills: [['财务分析'], ['合并报表'], ['税务筹划'], ['用友U8', '用友'], ['SAP FICO', 'SAP FI/CO'], ['Excel VBA', 'VBA'], ['内部控制', '内控'], ['IPO审计']],
    work: [
      { company: '上海申江会计师事务所', title: '审计助理', start: '2012-07', end: '2014-06', town: '上海', bullets: ['参与制造业、零售业年报审计 20 余家。'] },
      { company: '上海申江会计师事务所', title: '审计员', start: '2014-07', end: '2016-12', town: '上海', bullets: ['担任现场负责人，带领 3–5 人审计小组。', '参与两家企业 IPO 审计。'] },
      { company: '恒川智能装备股份有限公司', title: '财务主管', start: '2017-01', end: '2021-09', town: '苏州', bullets: ['负责月度结账、合并报表及税务申报。', '主导用友U8 成本模块上线。'] },
      { company: '东湖新材料科技有限公司', title: '财务经理', start: '2021-10', end: null, town: '上海', bullets: ['管理 8 人财务团队，搭建内控制度。', '配合券商、会计师完成上市辅导。'] },
    ],
    edu: [{ school: '江南财经学院', degree: '会计学 学士', start: '2008-09', end: '2012-06', town: '南京' }],
    languages: ['英语（CET-6）'], certs: ['中国注册会计师（CPA）', '税务师'], born: '1990年5月',
  },
  {
    id: 'p09', lang: 'zh', name: '林晓彤', given: '晓彤', family: '林', initials: '林',
    email: 'lin_xiaotong@qq.com', phone: '+8615821937746', phoneLocal: '158 2193 7746',
    headline: '内容运营主管', town: '杭州', address: '杭州市西湖区文三路 259 号',
    summary: '八年新媒体与内容运营经验，操盘过百万粉丝账号，擅长短视频与直播。',
    skills: [['短视频策划'], ['抖音运营'], ['小红书运营'], ['数据分析'], ['Photoshop', 'PS'], ['剪映'], ['文案写作'], ['直播运营']],
    work: [
      { company: '杭州云栖文化传媒有限公司', title: '新媒体运营实习生', start: '2018-03', end: '2018-08', town: '杭州', bullets: ['协助运营公众号，撰写推文 40 余篇。'] },
      { company: '杭州云栖文化传媒有限公司', title: '新媒体运营专员', start: '2018-09', end: '2021-04', town: '杭州', bullets: ['负责抖音账号从 0 到 120 万粉丝。', '策划品牌联名活动 6 场。'] },
      { company: '拾光优选电子商务有限公司', title: '内容运营主管', start: '2021-05', end: null, town: '杭州', bullets: ['带领 6 人内容团队，负责小红书与抖音矩阵。', '直播间月 GMV 稳定在 300 万元以上。'] },
    ],
    edu: [{ school: '浙东传媒学院', degree: '广告学 学士', start: '2014-09', end: '2018-06', town: '宁波' }],
    languages: ['英语（CET-4）'], certs: ['全国计算机二级'], born: '1996年2月',
  },
  {
    id: 'p10', lang: 'zh', name: '王磊', given: '磊', family: '王', initials: '王',
    email: 'wanglei_qe@126.com', phone: '+8618627540391', phoneLocal: '186 2754 0391',
    other: { label: '家庭电话', number: '027-8761 3302' },
    headline: '质量经理', town: '武汉', address: '武汉市洪山区珞喻路 716 号',
    summary: '十六年汽车零部件质量管理经验，熟悉 IATF 16949 体系与五大工具。',
    skills: [['IATF 16949'], ['APQP'], ['PPAP'], ['FMEA'], ['SPC', '统计过程控制'], ['MSA'], ['8D问题解决', '8D'], ['CATIA']],
    work: [
      { company: '武汉长江精密机械有限公司', title: '质量技术员', start: '2010-07', end: '2013-05', town: '武汉', bullets: ['负责进料与过程检验，编制检验指导书。'] },
      { company: '华中汽车零部件股份有限公司', title: '质量工程师', start: '2013-06', end: '2018-02', town: '武汉', bullets: ['负责客户投诉处理与 8D 报告。', '推动 SPC 在 12 条产线应用。'] },
      { company: '华中汽车零部件股份有限公司', title: '高级质量工程师', start: '2018-03', end: '2022-10', town: '武汉', bullets: ['主导新项目 APQP 与 PPAP 提交。', '带领团队通过 IATF 16949 再认证。'] },
      { company: '楚天新能源动力系统有限公司', title: '质量经理', start: '2022-11', end: null, town: '武汉', bullets: ['管理 25 人质量部门。', '电池包产品售后故障率下降 40%。'] },
    ],
    edu: [{ school: '荆楚理工学院', degree: '机械设计制造及其自动化 学士', start: '2006-09', end: '2010-06', town: '荆州' }],
    languages: ['英语（CET-4）'], certs: ['六西格玛绿带', 'IATF 16949 内审员证书'], born: '1988年11月',
  },
  {
    id: 'p11', lang: 'zh', name: '陈思远', given: '思远', family: '陈', initials: '陈',
    email: 'chensiyuan.dev@gmail.com', phone: '+8613520846617', phoneLocal: '135 2084 6617',
    headline: '后端技术专家', town: '北京', address: '北京市海淀区上地十街 10 号',
    summary: '十年 Java 后端开发经验，主导过日均十亿级请求的分布式系统设计。',
    skills: [['Java'], ['Spring Boot'], ['MySQL'], ['Redis'], ['Kafka'], ['Kubernetes', 'K8s'], ['Elasticsearch'], ['分布式系统设计'], ['Go', 'Golang']],
    work: [
      { company: '北京星河互联科技有限公司', title: 'Java开发工程师', start: '2016-07', end: '2019-03', town: '北京', bullets: ['负责订单系统开发与维护。'] },
      { company: '北京微澜数据技术有限公司', title: '高级后端工程师', start: '2019-04', end: '2023-06', town: '北京', bullets: ['设计实时数据管道（Kafka + Flink）。', '将核心接口 P99 延迟从 800ms 降至 120ms。'] },
      { company: '北京卓越云图科技有限公司', title: '技术专家', start: '2023-07', end: null, town: '北京', bullets: ['负责地图服务平台架构，团队 12 人。', '推动服务迁移至 Kubernetes。'] },
    ],
    edu: [
      { school: '北方邮电大学', degree: '计算机科学与技术 硕士', start: '2013-09', end: '2016-06', town: '北京' },
      { school: '燕山理工大学', degree: '软件工程 学士', start: '2009-09', end: '2013-06', town: '秦皇岛' },
    ],
    languages: ['英语（CET-6，可阅读英文技术文档）'], certs: ['软考 系统架构设计师'], born: '1991年8月',
  },
  {
    id: 'p12', lang: 'zh', name: '赵雅琴', given: '雅琴', family: '赵', initials: '赵',
    email: 'zhaoyaqin_hr@163.com', phone: '+8617702185634', phoneLocal: '177 0218 5634',
    headline: '人力资源总监', town: '成都', address: '成都市武侯区天府大道北段 1700 号',
    summary: '十三年人力资源管理经验，熟悉制造业与医疗行业的招聘、薪酬绩效与组织发展。',
    skills: [['招聘与配置'], ['薪酬绩效管理'], ['员工关系'], ['劳动法'], ['组织发展', 'OD'], ['北森系统', '北森'], ['培训体系搭建']],
    work: [
      { company: '成都蜀锦酒店管理有限公司', title: '人事专员', start: '2013-07', end: '2016-08', town: '成都', bullets: ['负责 300 人酒店的入离职、社保与考勤。'] },
      { company: '天府智造科技有限公司', title: '招聘主管', start: '2016-09', end: '2020-12', town: '成都', bullets: ['年招聘 400 余人，搭建校招体系。'] },
      { company: '天府智造科技有限公司', title: '人力资源经理', start: '2021-01', end: '2024-05', town: '成都', bullets: ['推行宽带薪酬与 OKR 绩效。', '上线北森系统。'] },
      { company: '锦城医疗集团', title: '人力资源总监', start: '2024-06', end: null, town: '成都', bullets: ['负责集团 6 家医院 3,000 余人的人力资源工作。'] },
    ],
    edu: [{ school: '蜀南师范大学', degree: '人力资源管理 学士', start: '2009-09', end: '2013-06', town: '南充' }],
    languages: ['英语（CET-4）'], certs: ['一级人力资源管理师'], born: '1991年3月',
  },
  {
    id: 'p13', lang: 'mixed', name: '黃志豪', given: 'Chi Ho', family: 'WONG', alt: 'Kelvin Wong', initials: 'KW',
    email: 'kelvin.wong.ch@gmail.com', phone: '+85291742836', phoneLocal: '9174 2836',
    other: { label: 'Office', number: '2618 3390' },
    headline: 'Operations Manager (Logistics)', town: 'Hong Kong', address: 'Flat 12B, Block 3, Tsing Yi Garden, Tsing Yi, N.T., Hong Kong',
    summary: 'Logistics operations manager with fourteen years in freight forwarding and contract warehousing in Hong Kong and the Pearl River Delta.',
    skills: [['Freight forwarding'], ['Customs documentation'], ['SAP ERP', 'SAP'], ['Warehouse management systems', 'WMS'], ['Incoterms 2020', 'Incoterms'], ['Vendor management'], ['Lean warehousing'], ['Excel pivot tables', 'Excel']],
    work: [
      { company: 'Tsing Yi Cargo Services Limited', title: 'Operations Trainee', start: '2012-08', end: '2014-07', town: 'Tsing Yi', bullets: ['Rotated through air, sea and warehouse desks.'] },
      { company: 'Pacific Rim Freight (HK) Limited', title: 'Operations Officer', start: '2014-08', end: '2018-03', town: 'Kwai Chung', bullets: ['Handled 120 sea-freight shipments a month.', 'Prepared customs and trade declarations.'] },
      { company: 'Pacific Rim Freight (HK) Limited', title: 'Assistant Operations Manager', start: '2018-04', end: '2021-11', town: 'Kwai Chung', bullets: ['Supervised 18 staff across two warehouses.', 'Rolled out a new WMS.'] },
      { company: 'Harbourview Supply Chain Solutions Limited', title: 'Operations Manager', start: '2021-12', end: null, town: 'Kwun Tong', bullets: ['Run a 250,000 sq ft bonded warehouse.', 'Cut picking errors by 60% with lean methods.'] },
    ],
    edu: [{ school: 'Lion Rock Polytechnic University', degree: 'BBA (Hons) Logistics and Shipping', start: '2009-09', end: '2012-07', town: 'Hong Kong' }],
    languages: ['Cantonese (native)', 'English (fluent)', 'Putonghua (good)'], certs: ['Certified Supply Chain Professional (CSCP)'], born: '1990',
  },
  {
    id: 'p14', lang: 'mixed', name: '张嘉怡', given: 'Jiayi', family: 'Zhang', alt: 'Joy Zhang', initials: 'JZ',
    email: 'joy.zhang.jy@outlook.com', phone: '+8615001938275', phoneLocal: '150 0193 8275',
    headline: 'Associate Director, Consumer Research', town: 'Shanghai', address: 'Room 1703, No. 58 Changle Road, Xuhui District, Shanghai',
    summary: 'Consumer-research lead with eleven years in London and Shanghai; segmentation, pricing research and brand tracking for FMCG and beauty clients.',
    skills: [['Quantitative research'], ['Questionnaire design'], ['SPSS'], ['Python'], ['Segmentation analysis', 'Segmentation'], ['Conjoint analysis', 'Conjoint'], ['Tableau'], ['Focus group moderation']],
    work: [
      { company: 'Thames Insight Partners', title: 'Research Analyst', start: '2015-09', end: '2018-02', town: 'London', bullets: ['Brand-tracking studies for UK retail clients.'] },
      { company: 'Kantara Research (Shanghai) Co., Ltd.', title: 'Senior Research Executive', start: '2018-03', end: '2020-06', town: 'Shanghai', bullets: ['Managed 30+ quantitative projects a year.'] },
      { company: 'Kantara Research (Shanghai) Co., Ltd.', title: 'Research Manager', start: '2020-07', end: '2023-12', town: 'Shanghai', bullets: ['Led the beauty-sector team of five.', 'Built the conjoint pricing toolkit in Python.'] },
      { company: 'Blue Harbour Consumer Insights', title: 'Associate Director', start: '2024-01', end: null, town: 'Shanghai', bullets: ['Own client relationships worth RMB 18m a year.'] },
    ],
    edu: [
      { school: 'University of Kingsbridge', degree: 'MSc Marketing Analytics', start: '2014-09', end: '2015-09', town: 'London' },
      { school: '华东外国语学院', degree: '英语 学士 (BA English)', start: '2010-09', end: '2014-06', town: 'Shanghai' },
    ],
    languages: ['Mandarin (native)', 'English (fluent, IELTS 8.0)'], certs: ['MRS Certificate in Market and Social Research'], born: '1992年4月',
  },
  {
    id: 'p15', lang: 'mixed', name: '陈美玲', given: 'Mei Ling', family: 'Tan', alt: 'Tan Mei Ling', initials: 'TML',
    email: 'tanmeiling.qa@gmail.com', phone: '+6591853274', phoneLocal: '9185 3274',
    other: { label: 'Office', number: '6861 4402' },
    headline: 'Quality Assurance Manager (Pharmaceuticals)', town: 'Singapore', address: 'Blk 418 Jurong West Street 42, #09-115, Singapore 640418',
    summary: 'Pharmaceutical QA manager with thirteen years in sterile and oral-solid-dose manufacturing; GMP, audits and data integrity.',
    skills: [['GMP', 'Good Manufacturing Practice'], ['CAPA'], ['Deviation investigation'], ['TrackWise'], ['Validation (IQ/OQ/PQ)', 'Validation'], ['Audit readiness'], ['Data integrity (ALCOA+)', 'Data integrity']],
    work: [
      { company: 'Jurong BioPharma Pte Ltd', title: 'QA Executive', start: '2013-07', end: '2017-04', town: 'Tuas', bullets: ['Batch record review and release support.', 'Ran deviation investigations.'] },
      { company: 'Jurong BioPharma Pte Ltd', title: 'Senior QA Executive', start: '2017-05', end: '2019-12', town: 'Tuas', bullets: ['CAPA owner in TrackWise for the OSD plant.', 'Hosted two regulator inspections.'] },
      { company: 'Raffles Sterile Manufacturing Pte Ltd', title: 'QA Manager', start: '2020-01', end: null, town: 'Tuas', bullets: ['Lead a 14-person QA team for an aseptic filling line.', 'Led the ALCOA+ data-integrity programme.'] },
    ],
    edu: [{ school: 'Kent Ridge Institute of Technology', degree: 'BSc (Hons) Pharmaceutical Science', start: '2009-08', end: '2013-06', town: 'Singapore' }],
    languages: ['English', 'Mandarin', 'Hokkien (spoken)'], certs: ['ASQ Certified Quality Auditor'],
  },
  {
    id: 'p16', lang: 'mixed', name: '李承恩', given: 'Cheng-En', family: 'Lee', alt: 'Cheng-En Lee', initials: 'CL',
    email: 'chengen.lee.dev@gmail.com', phone: '+886912457803', phoneLocal: '0912-457-803',
    headline: 'Senior Frontend Engineer', town: 'Taipei', address: '台北市大安區復興南路二段 151 號 5 樓',
    summary: 'Frontend engineer in Taipei; React and TypeScript since 2017, web performance and design-system work.',
    skills: [['TypeScript'], ['React'], ['Next.js'], ['Vue.js', 'Vue'], ['GraphQL'], ['Web performance optimisation', 'Web performance'], ['Jest'], ['Figma']],
    work: [
      { company: 'Formosa Cloudworks Inc.', title: 'Frontend Engineer Intern', start: '2017-07', end: '2017-12', town: 'Taipei', bullets: ['Built internal dashboards in Vue.js.'] },
      { company: 'Formosa Cloudworks Inc.', title: 'Frontend Engineer', start: '2018-01', end: '2021-03', town: 'Taipei', bullets: ['Migrated the console from Vue.js to React + TypeScript.'] },
      { company: 'PixelTide Labs', title: 'Senior Frontend Engineer', start: '2021-04', end: null, town: 'Taipei', bullets: ['Lead of the design-system squad.', 'Cut Largest Contentful Paint from 4.1 s to 1.6 s.'] },
    ],
    edu: [{ school: '國立淡海科技大學 (Danhai University of Science and Technology)', degree: '資訊工程學系 B.S. Computer Science', start: '2013-09', end: '2017-06', town: 'New Taipei' }],
    languages: ['Mandarin (native)', 'English (TOEIC 905)', 'Japanese (JLPT N3)'], certs: ['AWS Certified Cloud Practitioner'], born: '1995',
  },
];
