/**
 * heldout-76 — 16 invented people. Everything here is made up: names, employers, schools, addresses, e-mails and
 * phone numbers (phone numbers have the right shape for their country but are invented).
 *
 * Dates are 'YYYY-MM'. `sp` / `ep` give the precision the person's CVs print for the start / end:
 *   'y' = year only, 's' = a season ("Summer 2015": June–August), 'q' = a calendar quarter ("Q3 2019").
 * Truth months for those: year-only start = January, year-only end = December, summer = 06..08,
 * quarter = first month of the quarter (start) / last month (end).
 */
export type Lang = 'en' | 'zh' | 'mixed';
/** Which country's date conventions the person's documents use. */
export type Loc = 'es' | 'de' | 'fr' | 'nl' | 'pt' | 'it' | 'pl' | 'zh' | 'tw' | 'hk' | 'ko' | 'ja' | 'sg' | 'au';
export type Prec = 'y' | 's' | 'q';

export interface Job {
  company: string;
  title: string;
  city: string;
  start: string;
  end: string | null;
  sp?: Prec;
  ep?: Prec;
  /** printed basis: part-time, freelance, internship … */
  basis?: string;
  bullets: string[];
}
/** Printed entries that are not jobs (career breaks, compulsory service). Never in truth. */
export interface Other { kind: 'break' | 'service'; label: string; start: string; end: string; sp?: Prec; ep?: Prec; note?: string }
export interface Edu { school: string; degree: string; start: string; end: string; sp?: Prec; ep?: Prec }

export interface Person {
  id: string;
  lang: Lang;
  loc: Loc;
  /** the name as the truth has it (Chinese name for mixed people) */
  name: string;
  /** romanised / English name printed beside it (mixed people), or undefined */
  alt?: string;
  email: string;
  /** E.164 of the own mobile */
  phone: string;
  /** how the mobile is printed */
  phoneShown: string;
  /** other numbers printed in some documents (never truth) */
  others: { label: string; num: string }[];
  address: string;
  headline: string;
  summary: string;
  skills: string[];
  /** truth entries for skills, same order; only where synonyms are added */
  skillSyn?: Record<string, string>;
  languages: string[];
  certs: string[];
  work: Job[];
  other: Other[];
  edu: Edu[];
}

export const people: Person[] = [
  {
    id: 'p01', lang: 'en', loc: 'es', name: 'Lucía Ferrández Olmo',
    email: 'lucia.ferrandez.olmo@correo-lev.es', phone: '+34612487309', phoneShown: '+34 612 487 309',
    others: [{ label: 'Landline', num: '+34 963 58 21 47' }],
    address: 'C/ Poeta Serrano 14, 3º-B, 46022 Valencia', headline: 'Data Analyst — pricing and demand forecasting',
    summary: 'Analyst with nine years in retail pricing and logistics data, also teaching statistics part-time at university.',
    skills: ['SQL', 'Python', 'Power BI', 'Demand forecasting', 'A/B testing', 'dbt', 'Excel (Power Query)'],
    skillSyn: { 'Power BI': 'Power BI | PowerBI', 'Excel (Power Query)': 'Excel (Power Query) | Excel | Power Query' },
    languages: ['Spanish (native)', 'Valencian (native)', 'English (C1)'], certs: ['Microsoft PL-300 (2022)'],
    work: [
      { company: 'Cooperativa Hortofrutícola del Túria', title: 'Data intern', city: 'Llíria', start: '2016-03', end: '2016-08', basis: 'internship', bullets: ['Cleaned harvest and order data for the quarterly sales report.'] },
      { company: 'Mercaluz Supermercados S.A.', title: 'Junior Data Analyst', city: 'Valencia', start: '2016-10', end: '2019-08', bullets: ['Built weekly store-level sales dashboards in Power BI.', 'Automated promotion-uplift reports with SQL and Python.'] },
      { company: 'Transportes Albufera Logística S.L.', title: 'Data Analyst — Pricing', city: 'Valencia', start: '2019-09', end: null, bullets: ['Owns the demand-forecasting models for 40 routes.', 'Runs A/B tests on dynamic pricing for pallet freight.'] },
      { company: 'Universidad Politécnica del Levante', title: 'Associate Lecturer in Statistics', city: 'Valencia', start: '2021-02', end: null, basis: 'part-time, 6 h/week', bullets: ['Teaches the second-year statistics lab (R and Python).'] },
    ],
    other: [],
    edu: [
      { school: 'Universidad Politécnica del Levante', degree: 'BSc Business Analytics', start: '2011-09', end: '2015-06' },
      { school: 'Universidad Politécnica del Levante', degree: 'MSc Data Science (evening)', start: '2015-09', end: '2017-06' },
    ],
  },
  {
    id: 'p02', lang: 'en', loc: 'de', name: 'Jonas Brückner',
    email: 'jonas.brueckner@mailbox-nord.de', phone: '+4915234871096', phoneShown: '+49 1523 4871096',
    others: [{ label: 'Phone (home)', num: '+49 421 6983 274' }],
    address: 'Am Deich 27, 28199 Bremen', headline: 'Mechanical Design Engineer',
    summary: 'Design engineer for conveyor and handling systems; moved from apprenticeship to lead designer.',
    skills: ['SolidWorks', 'Siemens NX', 'GD&T', 'FEM (ANSYS)', 'Sheet-metal design', 'PDM/PLM (Teamcenter)', 'Tolerance analysis'],
    skillSyn: { 'GD&T': 'GD&T | Geometric dimensioning and tolerancing', 'FEM (ANSYS)': 'FEM (ANSYS) | FEM | ANSYS | Finite element method' },
    languages: ['German (native)', 'English (fluent)', 'Danish (basic)'], certs: ['IHK Ausbilder-Eignungsprüfung (AdA), 2019'],
    work: [
      { company: 'Weserkran Fördertechnik GmbH', title: 'Apprentice Technical Product Designer', city: 'Bremen', start: '2010-08', end: '2013-07', basis: 'apprenticeship', bullets: ['Dual training; 2D/3D drawings for crane components.'] },
      { company: 'Weserkran Fördertechnik GmbH', title: 'Technical Product Designer', city: 'Bremen', start: '2013-08', end: '2015-09', bullets: ['Detailed sheet-metal parts and weldments in SolidWorks.'] },
      { company: 'Hanseatische Anlagenbau AG', title: 'Design Engineer', city: 'Hamburg', start: '2018-10', end: '2021-02', bullets: ['Designed roller conveyors for airport baggage halls.', 'FEM checks of frames in ANSYS.'] },
      { company: 'Nordlicht Intralogistik GmbH', title: 'Lead Design Engineer', city: 'Bremen', start: '2021-03', end: null, bullets: ['Leads a team of four designers; owns the Teamcenter release process.'] },
    ],
    other: [{ kind: 'service', label: 'Civil service (Zivildienst), Diakonie care home, Bremen', start: '2009-07', end: '2010-03' }],
    edu: [
      { school: 'Hochschule Weserland, Bremerhaven', degree: 'B.Eng. Mechanical Engineering (full-time study)', start: '2015-10', end: '2018-09' },
      { school: 'Gymnasium Am Waller Ring, Bremen', degree: 'Abitur', start: '2000-08', end: '2009-06' },
    ],
  },
  {
    id: 'p03', lang: 'en', loc: 'fr', name: 'Camille Moreau-Diallo',
    email: 'camille.moreau.diallo@courriel-rhone.fr', phone: '+33647219358', phoneShown: '+33 6 47 21 93 58',
    others: [{ label: 'Office', num: '+33 4 72 61 30 00' }],
    address: '18 rue Sainte-Hélène, 69002 Lyon', headline: 'HR Business Partner',
    summary: 'HR generalist turned business partner for industrial sites; one sabbatical year abroad.',
    skills: ['HR business partnering', 'Labour law (France)', 'Workday', 'Recruitment', 'Payroll (ADP)', 'Change management', 'Employee relations'],
    skillSyn: { 'Payroll (ADP)': 'Payroll (ADP) | Payroll | ADP' },
    languages: ['French (native)', 'English (C1)', 'Wolof (conversational)'], certs: ['SHRM-CP (2023)'],
    work: [
      { company: 'Groupe Sabliers Industrie', title: 'HR Assistant (work-study)', city: 'Villeurbanne', start: '2013-09', end: '2015-08', basis: 'work-study contract', bullets: ['Onboarding files, payroll variables for 300 staff.'] },
      { company: 'Intérim Confluence', title: 'Recruitment Consultant', city: 'Lyon', start: '2015-10', end: '2017-12', bullets: ['Recruited technicians and operators for 25 client sites.'] },
      { company: 'Métallerie Saint-Fons SAS', title: 'HR Generalist', city: 'Saint-Fons', start: '2018-01', end: '2018-12', bullets: ['Ran annual reviews and the works-council calendar.'] },
      { company: 'Verrerie des Monts d’Or', title: 'HR Business Partner', city: 'Lyon', start: '2020-01', end: null, bullets: ['Partner for two plants (620 staff); led a shift-pattern reorganisation.', 'Moved HR processes to Workday.'] },
    ],
    other: [{ kind: 'break', label: 'Sabbatical — travel in West Africa and volunteering (literacy NGO, Dakar)', start: '2019-01', end: '2019-12' }],
    edu: [{ school: 'IAE Lyon Confluence', degree: 'Master 2 Human Resources Management', start: '2013-09', end: '2015-06' }],
  },
  {
    id: 'p04', lang: 'en', loc: 'nl', name: 'Sanne Verhoeven',
    email: 'sanne.verhoeven@postvak.nl', phone: '+31628471935', phoneShown: '06-28471935',
    others: [],
    address: 'Oudegracht 211, 3511 NK Utrecht', headline: 'UX Researcher',
    summary: 'Researcher who came to UX from hospitality; mixed-methods studies for public-sector apps.',
    skills: ['Usability testing', 'Interview studies', 'Figma', 'Survey design', 'Qualtrics', 'Service design', 'Accessibility (WCAG 2.1)'],
    skillSyn: { 'Accessibility (WCAG 2.1)': 'Accessibility (WCAG 2.1) | Accessibility | WCAG' },
    languages: ['Dutch (native)', 'English (fluent)', 'German (good)'], certs: [],
    work: [
      { company: 'Strandpaviljoen De Zeemeeuw', title: 'Shift Leader', city: 'Zandvoort', start: '2010-01', end: '2013-12', sp: 'y', ep: 'y', basis: 'part-time', bullets: ['Ran weekend shifts of eight staff during my studies.'] },
      { company: 'Hotelgroep Vecht & Rijn', title: 'Guest Experience Coordinator', city: 'Utrecht', start: '2014-01', end: '2016-12', sp: 'y', ep: 'y', bullets: ['Ran guest surveys across five hotels.'] },
      { company: 'Bureau Kompasdesign', title: 'UX Researcher', city: 'Amsterdam', start: '2017-02', end: '2019-12', bullets: ['Usability tests and interviews for municipal apps.'] },
      { company: 'Dienst Digitale Overheid', title: 'Senior UX Researcher', city: 'Den Haag', start: '2020-01', end: null, bullets: ['Leads WCAG audits and research for citizen portals.'] },
    ],
    other: [],
    edu: [
      { school: 'Hogeschool Domstad', degree: 'BA Hotel Management', start: '2009-09', end: '2013-06', sp: 'y', ep: 'y' },
      { school: 'Universiteit van Midden-Nederland', degree: 'MSc Human-Technology Interaction (part-time)', start: '2015-09', end: '2017-06', sp: 'y', ep: 'y' },
    ],
  },
  {
    id: 'p05', lang: 'en', loc: 'pt', name: 'Rafael Monteiro Dias',
    email: 'rafael.monteiro.dias@caixapostal.com.br', phone: '+5511987342156', phoneShown: '+55 (11) 98734-2156',
    others: [{ label: 'Home', num: '+55 (11) 3871-4092' }],
    address: 'Rua Capote Valente 480, ap. 72, Pinheiros, São Paulo – SP, 05409-001', headline: 'Full-stack Developer',
    summary: 'Developer in fintech and e-commerce; freelance Shopify work alongside the day job.',
    skills: ['TypeScript', 'React', 'Node.js', 'PostgreSQL', 'Docker', 'Shopify Liquid', 'GraphQL'],
    skillSyn: { 'Node.js': 'Node.js | Node | NodeJS', 'PostgreSQL': 'PostgreSQL | Postgres' },
    languages: ['Portuguese (native)', 'English (advanced)', 'Spanish (intermediate)'], certs: ['AWS Certified Developer – Associate (2021)'],
    work: [
      { company: 'Agência Pixelaria', title: 'Web Developer Intern', city: 'São Paulo', start: '2014-02', end: '2014-12', basis: 'internship', bullets: ['Landing pages in HTML/CSS and jQuery.'] },
      { company: 'LojaFácil Comércio Digital Ltda.', title: 'Front-end Developer', city: 'São Paulo', start: '2015-01', end: '2018-02', bullets: ['Rebuilt the checkout in React.'] },
      { company: 'Conta Cerrado Pagamentos S.A.', title: 'Full-stack Developer', city: 'São Paulo', start: '2018-03', end: null, bullets: ['Node.js/GraphQL services for PIX payments.', 'PostgreSQL tuning, Docker-based CI.'] },
      { company: 'Self-employed', title: 'Freelance Shopify Developer', city: 'remote', start: '2019-06', end: '2023-11', basis: 'freelance, evenings', bullets: ['Themes and apps for 14 small shops.'] },
    ],
    other: [],
    edu: [{ school: 'Faculdade de Tecnologia Paulista', degree: 'Tecnólogo em Análise e Desenvolvimento de Sistemas', start: '2012-02', end: '2014-12' }],
  },
  {
    id: 'p06', lang: 'en', loc: 'it', name: 'Giulia Ferraresi',
    email: 'giulia.ferraresi@postaemilia.it', phone: '+393472185093', phoneShown: '+39 347 218 5093',
    others: [{ label: 'Tel. ufficio', num: '+39 051 640 2210' }],
    address: 'Via del Pratello 41, 40122 Bologna', headline: 'Food Quality Assurance Specialist',
    summary: 'QA specialist in dairy and pasta production; returned to work after parental leave.',
    skills: ['HACCP', 'IFS Food', 'BRCGS', 'Root-cause analysis', 'SAP QM', 'Supplier audits', 'Lab sampling plans'],
    skillSyn: { 'SAP QM': 'SAP QM | SAP' },
    languages: ['Italian (native)', 'English (B2)', 'French (B1)'], certs: ['IFS Food auditor course (2018)', 'HACCP trainer licence, Regione Emilia-Romagna'],
    work: [
      { company: 'Hotel Riviera Azzurra', title: 'Seasonal receptionist', city: 'Cesenatico', start: '2012-06', end: '2012-09', basis: 'seasonal', bullets: ['Front desk during the summer season.'] },
      { company: 'Caseificio Valle del Reno', title: 'Laboratory Technician', city: 'Sasso Marconi', start: '2014-09', end: '2017-08', bullets: ['Microbiological sampling and HACCP records.'] },
      { company: 'Pastificio Bolognese Galliera S.p.A.', title: 'QA Specialist', city: 'Bologna', start: '2017-09', end: '2020-04', bullets: ['IFS and BRCGS audits; supplier audits.'] },
      { company: 'Pastificio Bolognese Galliera S.p.A.', title: 'Senior QA Specialist', city: 'Bologna', start: '2022-02', end: null, bullets: ['Owns the SAP QM inspection plans for three lines.'] },
    ],
    other: [{ kind: 'break', label: 'Career break — parental leave and care of a family member', start: '2020-05', end: '2022-01' }],
    edu: [{ school: 'Università di Bologna Nord (invented)', degree: 'Laurea in Scienze e Tecnologie Alimentari', start: '2011-09', end: '2014-07' }],
  },
  {
    id: 'p07', lang: 'en', loc: 'pl', name: 'Bartosz Wilczyński',
    email: 'bartosz.wilczynski@skrzynka-pl.pl', phone: '+48603417285', phoneShown: '+48 603 417 285',
    others: [],
    address: 'ul. Mickiewicza 52/7, 85-071 Bydgoszcz', headline: 'Logistics and Fleet Manager',
    summary: 'Former professional soldier (logistics) now managing a road-freight fleet.',
    skills: ['Fleet management', 'Route planning', 'SAP EWM', 'Lean warehousing', 'Tachograph analysis', 'Team leadership', 'MS Excel'],
    skillSyn: { 'SAP EWM': 'SAP EWM | SAP', 'MS Excel': 'MS Excel | Excel' },
    languages: ['Polish (native)', 'English (B2)', 'Russian (B1)'], certs: ['Driving licence C+E', 'Certificate of Professional Competence (road haulage), 2016'],
    work: [
      { company: 'Polish Armed Forces — 11th Logistics Battalion', title: 'Professional soldier — logistics NCO', city: 'Bydgoszcz', start: '2009-10', end: '2015-03', bullets: ['Planned fuel and supply convoys; managed 30 vehicles.'] },
      { company: 'Trans-Wisła Sp. z o.o.', title: 'Transport Planner', city: 'Toruń', start: '2015-05', end: '2017-02', bullets: ['Daily route planning for 60 trucks (EU).'] },
      { company: 'Magazyny Kujawskie S.A.', title: 'Fleet Manager', city: 'Bydgoszcz', start: '2017-03', end: null, bullets: ['Fleet of 120 tractors; tachograph compliance; cut empty km by 9 %.'] },
      { company: 'Centrum Szkoleń Kierowców „Kierunek”', title: 'Trainer (tachograph regulations)', city: 'Bydgoszcz', start: '2018-09', end: '2021-06', basis: 'part-time, weekends', bullets: ['Weekend courses for professional drivers.'] },
    ],
    other: [],
    edu: [{ school: 'Wyższa Szkoła Logistyki Pomorskiej (extramural)', degree: 'Inżynier, Logistics', start: '2013-10', end: '2017-02' }],
  },
  {
    id: 'p08', lang: 'zh', loc: 'zh', name: '韩雪梅',
    email: 'hanxuemei_hr@yeah-mail.cn', phone: '+8613827415096', phoneShown: '138 2741 5096',
    others: [{ label: '家庭电话', num: '020-8732 4105' }],
    address: '广州市天河区龙口西路 88 号', headline: '财务主管',
    summary: '八年财务工作经验，熟悉制造业成本核算与税务申报；曾离职一年备考注册会计师。',
    skills: ['成本核算', '金蝶 K/3', '用友 U8', '税务申报', 'Excel 数据透视表', '财务分析', '内控审计'],
    skillSyn: { 'Excel 数据透视表': 'Excel 数据透视表 | Excel', '金蝶 K/3': '金蝶 K/3 | 金蝶 | Kingdee' },
    languages: ['普通话', '粤语', '英语（CET-6）'], certs: ['中级会计师（2016）', '注册会计师（CPA）全科合格（2019）'],
    work: [
      { company: '广州南岭电器有限公司', title: '出纳', city: '广州', start: '2014-07', end: '2016-02', bullets: ['负责日常收付款、银行对账。'] },
      { company: '广州南岭电器有限公司', title: '成本会计', city: '广州', start: '2016-03', end: '2018-02', bullets: ['负责三条产线的成本核算及月度结账。'] },
      { company: '佛山禾川包装科技有限公司', title: '财务主管', city: '佛山', start: '2019-03', end: null, bullets: ['管理 5 人财务团队，负责税务申报与年度审计对接。', '搭建金蝶 K/3 成本模块。'] },
      { company: '广州市穗安代理记账有限公司', title: '兼职会计', city: '广州', start: '2020-05', end: '2022-12', basis: '兼职', bullets: ['为 12 家小微企业做账报税。'] },
    ],
    other: [{ kind: 'break', label: '离职备考注册会计师（全职备考）', start: '2018-03', end: '2019-02' }],
    edu: [{ school: '广东商贸学院', degree: '会计学 本科', start: '2010-09', end: '2014-06' }],
  },
  {
    id: 'p09', lang: 'zh', loc: 'tw', name: '林志豪',
    email: 'lin.chihhao@mail-formosa.tw', phone: '+886928417365', phoneShown: '0928-417-365',
    others: [{ label: '住家電話', num: '(04) 2359-7812' }],
    address: '台中市西屯區福科路 136 號 5 樓', headline: '半導體製程工程師',
    summary: '薄膜製程工程師，曾服替代役，現任資深工程師。',
    skills: ['CVD 薄膜製程', 'SPC 統計製程管制', 'JMP', 'FMEA', '8D 問題分析', 'Python', 'DOE 實驗設計'],
    skillSyn: { 'SPC 統計製程管制': 'SPC 統計製程管制 | SPC', 'DOE 實驗設計': 'DOE 實驗設計 | DOE' },
    languages: ['中文（母語）', '英文（TOEIC 860）', '日文（N3）'], certs: ['六標準差綠帶（2020）'],
    work: [
      { company: '晶岳科技股份有限公司', title: '製程工程師', city: '新竹', start: '2016-03', end: '2019-03', bullets: ['負責 CVD 機台製程參數與良率改善。'] },
      { company: '晶岳科技股份有限公司', title: '資深製程工程師', city: '新竹', start: '2019-04', end: '2021-08', bullets: ['主導 DOE 實驗，良率提升 2.3%。'] },
      { company: '中科聯華半導體股份有限公司', title: '製程整合主任工程師', city: '台中', start: '2021-09', end: null, bullets: ['負責新廠薄膜製程導入與 SPC 系統建置。'] },
    ],
    other: [{ kind: 'service', label: '替代役（研發替代役）— 國立中台灣科技大學 材料系', start: '2015-01', end: '2015-12', note: '服役' }],
    edu: [{ school: '國立中台灣科技大學', degree: '材料科學與工程 碩士', start: '2012-09', end: '2014-07' }],
  },
  {
    id: 'p10', lang: 'zh', loc: 'zh', name: '周晓东',
    email: 'zhouxd1986@mail-yangtze.cn', phone: '+8615921637480', phoneShown: '159-2163-7480',
    others: [{ label: '办公电话', num: '021-6248 3310 转 216' }],
    address: '上海市闵行区莘庄镇莘建路 39 弄', headline: '供应链经理',
    summary: '在同一集团工作近八年，从采购专员升至采购经理，现负责华东区供应链。',
    skills: ['供应商管理', 'SAP MM', '采购谈判', 'S&OP 计划', '库存优化', 'Power BI', '精益生产'],
    skillSyn: { 'SAP MM': 'SAP MM | SAP', 'S&OP 计划': 'S&OP 计划 | S&OP' },
    languages: ['普通话', '英语（商务沟通）'], certs: ['CPSM 美国供应管理协会认证（2018）'],
    work: [
      { company: '上海申联汽车零部件集团有限公司', title: '采购专员', city: '上海', start: '2009-07', end: '2011-12', bullets: ['负责冲压件供应商询价与订单跟踪。'] },
      { company: '上海申联汽车零部件集团有限公司', title: '高级采购工程师', city: '上海', start: '2012-01', end: '2014-06', bullets: ['负责 30 家二级供应商的年度议价。'] },
      { company: '上海申联汽车零部件集团有限公司', title: '采购经理', city: '上海', start: '2014-07', end: '2017-03', bullets: ['带领 6 人团队，年采购额 4.2 亿元。'] },
      { company: '苏州恒岳精密机械有限公司', title: '供应链经理', city: '苏州', start: '2017-04', end: null, bullets: ['负责 S&OP 计划与库存优化，库存周转天数下降 18 天。'] },
    ],
    other: [],
    edu: [{ school: '华东工商大学', degree: '物流管理 本科', start: '2005-09', end: '2009-06' }],
  },
  {
    id: 'p11', lang: 'zh', loc: 'hk', name: '陳慧敏',
    email: 'wmchan.career@mailhk.com.hk', phone: '+85296234718', phoneShown: '9623 4718',
    others: [{ label: '辦公室電話', num: '2518 3367' }],
    address: '香港九龍旺角彌敦道 688 號 12 樓 C 室', headline: '註冊社工',
    summary: '註冊社工，邊工作邊進修碩士；熟悉青少年及長者服務。',
    skills: ['個案管理', '小組輔導', '危機介入', '社區外展', '服務計劃書撰寫', 'SPSS'],
    languages: ['粵語（母語）', '英語（流利）', '普通話（良好）'], certs: ['註冊社工（社會工作者註冊局）'],
    work: [
      { company: '明心青少年服務中心', title: '助理社會工作主任', city: '香港', start: '2013-09', end: '2016-08', bullets: ['負責外展青少年個案及小組。'] },
      { company: '樂頤長者綜合服務處', title: '社會工作主任', city: '香港', start: '2017-09', end: '2021-03', bullets: ['統籌長者社區外展，撰寫服務計劃書。'] },
      { company: '樂頤長者綜合服務處', title: '高級社會工作主任', city: '香港', start: '2021-04', end: null, bullets: ['管理 8 人團隊及危機介入服務。'] },
    ],
    other: [],
    edu: [
      { school: '香港城南大學', degree: '社會工作學士', start: '2009-09', end: '2013-06' },
      { school: '香港城南大學', degree: '社會工作碩士（全日制）', start: '2016-09', end: '2017-07' },
    ],
  },
  {
    id: 'p12', lang: 'zh', loc: 'zh', name: '邓嘉伟',
    email: 'dengjiawei_dev@mail-qianjiang.cn', phone: '+8618657302964', phoneShown: '186 5730 2964',
    others: [],
    address: '杭州市西湖区文三路 259 号', headline: '后端开发工程师',
    summary: '十余年开发经验，早年在小公司做网站，后转互联网后端。',
    skills: ['Java', 'Spring Boot', 'MySQL', 'Redis', 'Kafka', 'Kubernetes', '分布式系统设计'],
    skillSyn: { 'Spring Boot': 'Spring Boot | Spring', 'Kubernetes': 'Kubernetes | K8s' },
    languages: ['普通话', '英语（读写熟练）'], certs: ['软件设计师（中级，2013）'],
    work: [
      { company: '杭州蓝湾网络工作室', title: '网站开发', city: '杭州', start: '2009-01', end: '2011-12', sp: 'y', ep: 'y', bullets: ['为中小企业开发网站（PHP）。'] },
      { company: '杭州云栖信息技术有限公司', title: 'Java 开发工程师', city: '杭州', start: '2012-03', end: '2016-06', bullets: ['负责订单系统后端开发。'] },
      { company: '浙江钱塘数科有限公司', title: '高级后端工程师', city: '杭州', start: '2016-08', end: '2020-05', bullets: ['支付网关重构，峰值 8000 TPS。'] },
      { company: '杭州竹径科技有限公司', title: '后端技术负责人', city: '杭州', start: '2020-06', end: null, bullets: ['负责 Kafka 消息平台与 Kubernetes 迁移。'] },
    ],
    other: [],
    edu: [
      { school: '浙江东方职业技术学院', degree: '计算机应用技术 大专', start: '2006-09', end: '2009-06' },
      { school: '浙江理工函授学院', degree: '计算机科学与技术 本科（业余）', start: '2013-03', end: '2016-01' },
    ],
  },
  {
    id: 'p13', lang: 'mixed', loc: 'ko', name: '金成浩', alt: 'Kim Sung-ho',
    email: 'sungho.kim.cn@mail-hangang.kr', phone: '+821048271593', phoneShown: '010-4827-1593',
    others: [{ label: 'Office 办公室', num: '02-3471-8820' }],
    address: 'Seoul, Mapo-gu, Yanghwa-ro 45 (首尔 麻浦区)', headline: '中韩贸易经理 China–Korea Trade Manager',
    summary: '清华毕业的韩国籍贸易经理，负责中韩两地的化妆品跨境业务。Korean national, Beijing-educated.',
    skills: ['Cross-border e-commerce 跨境电商', 'Tmall Global 天猫国际', 'Customs clearance 报关', 'Key account management', 'Excel VBA', 'Contract negotiation 合同谈判'],
    skillSyn: { 'Excel VBA': 'Excel VBA | Excel | VBA' },
    languages: ['Korean 韩语 (native)', 'Chinese 中文 (HSK 6)', 'English 英语 (TOEIC 890)'], certs: ['관세사 Customs broker (KR, 2020)'],
    work: [
      { company: 'Seorin Cosmetics Co., Ltd. (瑞林化妆品)', title: '海外营业 Overseas Sales Associate', city: 'Seoul', start: '2015-02', end: '2017-08', bullets: ['Handled Chinese distributors 中国经销商.'] },
      { company: 'Beijing Hanhe Trading Co., Ltd. (北京韩和贸易有限公司)', title: '业务经理 Business Manager', city: 'Beijing', start: '2017-09', end: '2019-02', bullets: ['Launched 3 Korean brands on Tmall Global.'] },
      { company: 'Daehan Global Logistics (大韩环球物流)', title: '中国事业部 经理 China Desk Manager', city: 'Seoul', start: '2019-03', end: null, bullets: ['Customs and cross-border flows for 40 brands.'] },
    ],
    other: [{ kind: 'service', label: '军服役 Military service (ROK Army, compulsory)', start: '2008-03', end: '2010-01' }],
    edu: [{ school: '清华大学 Tsinghua University', degree: '国际贸易 学士 BA International Trade', start: '2010-09', end: '2014-07' }],
  },
  {
    id: 'p14', lang: 'mixed', loc: 'ja', name: '王雅琪', alt: 'Wang Yaqi',
    email: 'wang.yaqi.tokyo@mail-sakura.jp', phone: '+819037185264', phoneShown: '090-3718-5264',
    others: [{ label: 'Company 会社', num: '03-5412-7780' }],
    address: '東京都江東区豊洲 3-2-20 (Toyosu, Koto-ku, Tokyo)', headline: '本地化项目经理 Localisation Project Manager',
    summary: '在日本工作十年的中国籍本地化经理，负责游戏和软件的中日英本地化。',
    skills: ['Localisation project management', 'memoQ', 'Trados Studio', 'JIRA', 'Japanese–Chinese translation 日中翻译', 'LQA 语言质量测试'],
    skillSyn: { 'Trados Studio': 'Trados Studio | SDL Trados | Trados', 'JIRA': 'JIRA | Jira', 'LQA 语言质量测试': 'LQA 语言质量测试 | LQA' },
    languages: ['Chinese 中文 (native)', 'Japanese 日语 (JLPT N1)', 'English 英语 (business)'], certs: ['日本語能力試験 N1 (2013)'],
    work: [
      { company: '株式会社 翻訳舎ことのは', title: '翻译 Translator (CN/JP)', city: 'Tokyo', start: '2014-04', end: '2017-03', bullets: ['Game text translation, 1.2 m characters.'] },
      { company: 'Hoshimori Games 株式会社', title: '本地化协调 Localisation Coordinator', city: 'Tokyo', start: '2017-04', end: '2019-03', bullets: ['Coordinated 9 languages for mobile titles.'] },
      { company: 'Hoshimori Games 株式会社', title: '本地化项目经理 Localisation PM', city: 'Tokyo', start: '2019-04', end: null, bullets: ['Runs LQA and vendor budgets for 4 titles.'] },
      { company: 'Tokyo Community College (東京コミュニティカレッジ)', title: '中文讲师 Chinese Instructor', city: 'Tokyo', start: '2016-10', end: '2020-03', basis: 'part-time', bullets: ['Evening Chinese classes.'] },
    ],
    other: [],
    edu: [
      { school: '大连外语学院 (invented)', degree: '日语 学士 BA Japanese', start: '2008-09', end: '2012-06' },
      { school: '早稲田北大学院 (invented)', degree: '翻译学 硕士 MA Translation Studies', start: '2012-04', end: '2014-03' },
    ],
  },
  {
    id: 'p15', lang: 'mixed', loc: 'sg', name: '黄俊杰', alt: 'Ng Jun Jie',
    email: 'ng.junjie.sg@mail-merlion.sg', phone: '+6591734826', phoneShown: '+65 9173 4826',
    others: [{ label: 'Home 住家', num: '+65 6458 2307' }],
    address: 'Blk 418 Tampines Street 41, #09-223, Singapore 520418', headline: '保险理赔主管 Claims Team Lead (General Insurance)',
    summary: 'Claims professional with one insurer for eight years across three roles; weekend tutor.',
    skills: ['Motor claims', 'Property claims', 'Fraud detection', 'Guidewire ClaimCenter', 'Stakeholder management', 'Excel'],
    skillSyn: { 'Guidewire ClaimCenter': 'Guidewire ClaimCenter | Guidewire' },
    languages: ['English (native)', 'Mandarin 华语 (fluent)', 'Hokkien (spoken)'], certs: ['BCGI (General Insurance), 2013', 'Certificate in Claims Handling'],
    work: [
      { company: 'Straits Harbour Insurance Ltd', title: 'Claims Executive 理赔专员', city: 'Singapore', start: '2012-07', end: '2015-06', bullets: ['Motor claims, 60 files a month.'] },
      { company: 'Straits Harbour Insurance Ltd', title: 'Senior Claims Executive 高级理赔专员', city: 'Singapore', start: '2015-07', end: '2018-03', bullets: ['Property and fraud-referral files.'] },
      { company: 'Straits Harbour Insurance Ltd', title: 'Claims Team Lead 理赔主管', city: 'Singapore', start: '2018-04', end: '2020-02', bullets: ['Team of 7; cut cycle time by 11 days.'] },
      { company: 'Lion Gate General Insurance Pte Ltd', title: 'Claims Manager 理赔经理', city: 'Singapore', start: '2020-03', end: null, bullets: ['Runs motor and property claims; Guidewire roll-out.'] },
      { company: 'Bright Minds Tuition Centre', title: 'Weekend Maths Tutor 周末数学补习老师', city: 'Singapore', start: '2013-01', end: '2016-12', basis: 'part-time', bullets: ['Secondary maths classes on Saturdays.'] },
    ],
    other: [{ kind: 'service', label: 'Full-time National Service (NS) 国民服役 — Singapore Armed Forces', start: '2007-01', end: '2008-12' }],
    edu: [{ school: 'Nanyang Polytechnic Institute (invented)', degree: 'Diploma in Business 商业文凭', start: '2009-04', end: '2012-03' }],
  },
  {
    id: 'p16', lang: 'mixed', loc: 'au', name: '刘思远', alt: 'Siyuan (Sean) Liu',
    email: 'sean.liu.siyuan@mail-harbour.com.au', phone: '+61412873596', phoneShown: '0412 873 596',
    others: [],
    address: 'Unit 9, 27 Belmore Street, Burwood NSW 2134', headline: '数据工程师 Data Engineer',
    summary: 'Sydney-based data engineer; summer internship in Shanghai, contracts, now in a permanent role.',
    skills: ['Python', 'Apache Spark', 'Airflow', 'AWS (Glue, S3, Redshift)', 'Terraform', 'SQL'],
    skillSyn: { 'AWS (Glue, S3, Redshift)': 'AWS (Glue, S3, Redshift) | AWS', 'Apache Spark': 'Apache Spark | Spark' },
    languages: ['English (fluent)', 'Mandarin 普通话 (native)', 'Cantonese 粤语 (basic)'], certs: ['AWS Certified Data Engineer – Associate'],
    work: [
      { company: '上海沪晟咨询有限公司 Husheng Consulting', title: 'Summer Intern 暑期实习生', city: 'Shanghai', start: '2015-06', end: '2015-08', sp: 's', ep: 's', basis: 'internship', bullets: ['Built Excel models for market sizing.'] },
      { company: 'Koala Retail Analytics Pty Ltd', title: 'Data Analyst 数据分析师', city: 'Sydney', start: '2016-02', end: '2019-05', bullets: ['SQL reporting and Python ETL.'] },
      { company: 'Southern Cross Energy (via Harbourside Contracting)', title: 'Data Engineer 合同制数据工程师', city: 'Sydney', start: '2019-07', end: '2020-12', sp: 'q', ep: 'q', basis: 'contract', bullets: ['Spark pipelines for smart-meter data.'] },
      { company: 'Wattle Mutual Bank', title: 'Senior Data Engineer 高级数据工程师', city: 'Sydney', start: '2021-01', end: null, sp: 'y', bullets: ['Airflow/Terraform platform on AWS.'] },
    ],
    other: [{ kind: 'break', label: 'Travel & job search 旅行及求职', start: '2019-06', end: '2019-06' }],
    edu: [{ school: 'University of Eastern Sydney (invented)', degree: 'B.Comm (Business Analytics) 商学学士', start: '2012-02', end: '2015-11' }],
  },
];
