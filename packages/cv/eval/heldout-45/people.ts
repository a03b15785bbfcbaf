/**
 * heldout-45: sixteen invented people. Every person, employer, school, address, e-mail and number here is invented;
 * phone numbers only have the right shape for their country (UK-style fictional ranges are not needed here; the US
 * numbers use the 555-01xx fiction range).
 *
 * `name` is the truth form of the name: the form that every document of the person prints contiguously at least once
 * (other forms — surname-first, "Van der Berg, P.J.", nicknames, titles, post-nominals — appear beside it).
 * `skills` are the truth items; the printed spelling is the part before the first " | ".
 */
export type Lang = 'en' | 'zh' | 'mixed';

export interface Job {
  company: string; // as printed, no town
  title: string; // as printed
  start: string; // YYYY-MM
  end: string | null;
  town: string;
  duties: string[];
  kind?: string; // e.g. "Internship", "实习", "Werkstudent" — printed where the template shows employment type
}

export interface Edu {
  school: string;
  degree: string;
  start: string;
  end: string;
  town: string;
}

export interface Person {
  id: string;
  language: Lang;
  name: string; // truth form
  email: string;
  phone: string; // E.164 of the own mobile
  skills: string[];
  work: Job[];
  education: Edu[];
  languages: string[];
  certificates: string[];
  summary: string;
  target: string; // job target / headline
  born: string; // YYYY-MM-DD
  birthplace: string;
  nationality: string;
  gender: 'F' | 'M';
  address: string;
  postcode: string;
  city: string;
  /** Name pieces for templates that split or reorder the name. */
  given: string;
  family: string;
  native?: string; // name in another script printed beside the Latin one
  english?: string; // English name of a Chinese-named person
  /** Own mobile as printed nationally and internationally. */
  mob: { nat: string; intl: string };
  /** Other numbers that real CVs print near the own mobile (never the truth). */
  other: Record<string, string>;
  careerBreak?: { start: string; end: string; note: string };
}

export const REFERENCE = '2026-12';

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'NAKAMURA Keiko', given: 'Keiko', family: 'NAKAMURA', native: '中村 恵子',
    email: 'k.nakamura.0614@icloud.com', phone: '+819044172863',
    mob: { nat: '090-4417-2863', intl: '+81 90-4417-2863' },
    other: { home: '03-5712-4480', fax: '03-5712-4481', agency: '03-5403-2118', agencyFax: '03-5403-2119', consultant: '080-6612-9034' },
    born: '1989-06-14', birthplace: 'Sendai, Miyagi', nationality: 'Japanese', gender: 'F',
    address: '2-14-9-503 Higashi-Gotanda, Shinagawa-ku, Tokyo', postcode: '141-0022', city: 'Tokyo',
    target: 'Procurement Manager / Strategic Sourcing Lead',
    summary: 'Procurement professional with fourteen years in precision manufacturing and medical devices, bilingual in Japanese and English, used to negotiating with suppliers in Japan, Taiwan and Germany.',
    skills: ['Strategic Sourcing', 'Supplier Quality Audits', 'SAP MM | SAP Materials Management', 'Cost Analysis', 'Contract Negotiation', 'Excel VBA', 'Incoterms 2020', 'Demand Forecasting'],
    work: [
      { company: 'Kisaragi Precision Industries Co., Ltd.', title: 'Procurement Staff', start: '2012-04', end: '2015-03', town: 'Kawasaki',
        duties: ['Placed purchase orders for machined parts with 40 domestic suppliers', 'Maintained supplier master data and price records in SAP MM'] },
      { company: 'Kisaragi Precision Industries Co., Ltd.', title: 'Buyer', start: '2015-04', end: '2017-09', town: 'Kawasaki',
        duties: ['Owned a JPY 1.9 bn spend category of castings and fasteners', 'Ran annual price negotiations; saved 6.5 % in FY2016'] },
      { company: 'Norvale Medical Japan K.K.', title: 'Senior Buyer', start: '2017-10', end: '2021-06', town: 'Tokyo',
        duties: ['Sourced sterile packaging and electronic components for catheter lines', 'Led supplier quality audits with the QA team in Japan and Taiwan'] },
      { company: 'Tessaly Instruments Japan G.K.', title: 'Procurement Manager', start: '2021-07', end: null, town: 'Tokyo',
        duties: ['Lead a team of five buyers; annual spend of JPY 7.2 bn', 'Introduced a should-cost model and a dual-sourcing policy after the 2022 chip shortage'] },
    ],
    education: [{ school: 'Shirasagi University', degree: 'B.A. in Economics', start: '2008-04', end: '2012-03', town: 'Sendai' }],
    languages: ['Japanese (native)', 'English (business, TOEIC 945)'],
    certificates: ['CPSM – Certified Professional in Supply Management (2019)'],
  },
  {
    id: 'p02', language: 'en', name: 'Marie-Claire Dubois', given: 'Marie-Claire', family: 'DUBOIS',
    email: 'mc.dubois@bluewin.ch', phone: '+41794128653',
    mob: { nat: '079 412 86 53', intl: '+41 79 412 86 53' },
    other: { home: '+41 22 738 41 05', homeNat: '022 738 41 05', avs: '756.3921.4470.58', rav: '022 546 38 00' },
    born: '1986-03-14', birthplace: 'Annecy (France)', nationality: 'French', gender: 'F',
    address: 'Rue des Vollandes 23', postcode: '1207', city: 'Genève',
    target: 'Quality Assurance Manager – Medical Devices',
    summary: 'Quality engineer who started as an apprentice technician and now runs the quality system of a class IIb device maker; comfortable with notified-body audits in French and English.',
    skills: ['ISO 13485', 'EU MDR', 'CAPA Management | Corrective and Preventive Action', 'Risk Management (ISO 14971) | ISO 14971', 'Internal Auditing', 'Minitab', 'Lean Six Sigma', 'Technical Writing'],
    work: [
      { company: 'Laboratoires Vernier SA', title: 'Apprentice Quality Technician', start: '2008-09', end: '2010-08', town: 'Annecy', kind: 'Apprenticeship',
        duties: ['Incoming inspection of moulded parts; SPC charts for two lines', 'Drafted work instructions for the cleanroom'] },
      { company: 'Laboratoires Vernier SA', title: 'Quality Engineer', start: '2010-09', end: '2014-12', town: 'Annecy',
        duties: ['Owned the CAPA process for the orthopaedic range', 'Prepared the ISO 13485 recertification audit (zero major findings)'] },
      { company: 'Helvimed SA', title: 'Senior Quality Engineer', start: '2015-01', end: '2019-05', town: 'Lausanne',
        duties: ['Risk management files for three infusion products', 'Supplier audits in Switzerland, Germany and Italy'] },
      { company: 'Orbilys Medical Sàrl', title: 'Quality Assurance Manager', start: '2020-03', end: null, town: 'Genève',
        duties: ['Lead a team of four; transition of the technical files to EU MDR', 'Host of notified-body and Swissmedic inspections'] },
    ],
    careerBreak: { start: '2019-06', end: '2020-02', note: 'Parental leave and relocation to Geneva' },
    education: [
      { school: 'Université Alpes-Léman', degree: 'Master Qualité et Affaires réglementaires (part-time)', start: '2012-09', end: '2014-06', town: 'Annecy' },
      { school: 'IUT du Genevois', degree: 'Licence professionnelle Qualité (work-study)', start: '2008-09', end: '2010-06', town: 'Annecy' },
    ],
    languages: ['French (mother tongue)', 'English (C1)', 'German (B1)'],
    certificates: ['Lead Auditor ISO 13485 (2017)'],
  },
  {
    id: 'p03', language: 'en', name: 'Pieter van der Berg', given: 'Pieter', family: 'van der Berg',
    email: 'pieter.vanderberg@ziggo.nl', phone: '+31641872953',
    mob: { nat: '06 - 41 87 29 53', intl: '+31 (0)6 4187 2953' },
    other: { home: '030 - 234 56 78', homeIntl: '+31 30 234 5678', kvk: '' },
    born: '1987-02-03', birthplace: 'Zwolle', nationality: 'Dutch', gender: 'M',
    address: 'Oudegracht 212-bis', postcode: '3511 NR', city: 'Utrecht',
    target: 'Lead Engineer Water Safety',
    summary: 'Civil engineer (ir.) specialised in flood defences and river hydraulics, with fifteen years of modelling and design work for water boards and consultancies.',
    skills: ['Hydraulic Modelling', 'SOBEK', 'HEC-RAS', 'Python', 'ArcGIS Pro | GIS', 'Flood Risk Assessment', 'Dike Design', 'Stakeholder Management'],
    work: [
      { company: 'Deltavorm Ingenieurs B.V.', title: 'Graduation Intern', start: '2011-02', end: '2011-09', town: 'Delft', kind: 'Internship',
        duties: ['MSc thesis on wave overtopping of grass-covered dikes'] },
      { company: 'Deltavorm Ingenieurs B.V.', title: 'Junior Hydraulic Engineer', start: '2011-10', end: '2014-12', town: 'Delft',
        duties: ['1D/2D flood models in SOBEK for regional water systems', 'Automated model post-processing in Python'] },
      { company: 'Deltavorm Ingenieurs B.V.', title: 'Hydraulic Engineer', start: '2015-01', end: '2018-03', town: 'Delft',
        duties: ['Project engineer for two dike reinforcement projects (14 km)', 'HEC-RAS studies for river widening abroad'] },
      { company: 'Waterschap Lage Venen', title: 'Senior Advisor Flood Defences', start: '2018-04', end: '2022-08', town: 'Woerden',
        duties: ['Safety assessment of 60 km of primary flood defences', 'Chaired the technical stakeholder panel with municipalities'] },
      { company: 'Rivierstaal Advies B.V.', title: 'Lead Engineer Water Safety', start: '2022-09', end: null, town: 'Utrecht',
        duties: ['Technical lead of a team of nine engineers', 'Client lead for three water boards; tender writing'] },
    ],
    education: [
      { school: 'Technische Universiteit Oostmaas', degree: 'MSc Civil Engineering (Hydraulic Engineering)', start: '2008-09', end: '2011-09', town: 'Delft' },
      { school: 'Technische Universiteit Oostmaas', degree: 'BSc Civil Engineering', start: '2005-09', end: '2008-08', town: 'Delft' },
    ],
    languages: ['Dutch (native)', 'English (fluent)', 'German (good)'],
    certificates: ['Driving licence B', 'VCA Basic safety (2024)'],
  },
  {
    id: 'p04', language: 'en', name: 'Alejandro de la Fuente Ruiz', given: 'Alejandro', family: 'de la Fuente Ruiz',
    email: 'alejandro.fuenteruiz@outlook.es', phone: '+34612489307',
    mob: { nat: '612 48 93 07', intl: '+34 612 48 93 07' },
    other: { home: '91 437 22 81', homeIntl: '+34 914 372 281', dni: '50812347K', orcid: '0000-0002-7741-3058' },
    born: '1985-11-22', birthplace: 'Valladolid', nationality: 'Spanish', gender: 'M',
    address: 'Calle de Embajadores 112, 3.º B', postcode: '28045', city: 'Madrid',
    target: 'Head of Process Development',
    summary: 'Chemical engineer with a research background in polymers who moved into industrial R&D and scale-up; leads pilot-plant work from lab recipe to first production batch.',
    skills: ['Polymer Characterisation', 'Design of Experiments | DoE', 'Aspen Plus', 'MATLAB', 'Process Scale-up | Scale-up', 'FTIR Spectroscopy | FTIR', 'Patent Drafting', 'Project Management'],
    work: [
      { company: 'Instituto Tecnológico del Polímero', title: 'Predoctoral Researcher', start: '2009-10', end: '2013-09', town: 'Valencia',
        duties: ['PhD research on bio-based polyesters; 6 journal papers', 'Ran the DSC/TGA laboratory for the group'] },
      { company: 'Químicas Almenar S.A.', title: 'R&D Engineer', start: '2013-10', end: '2018-01', town: 'Tarragona',
        duties: ['Developed two adhesive grades from lab to 20 t batches', 'Aspen Plus models for the esterification unit'] },
      { company: 'Químicas Almenar S.A.', title: 'R&D Team Leader', start: '2018-02', end: '2021-04', town: 'Tarragona',
        duties: ['Led six chemists; budget EUR 1.4 M', 'Filed three patent applications'] },
      { company: 'Polivanta Materials S.L.', title: 'Head of Process Development', start: '2021-05', end: null, town: 'Madrid',
        duties: ['Own pilot plant and scale-up of recycled-PET compounds', 'Team of eleven engineers and technicians'] },
    ],
    education: [
      { school: 'Universidad Politécnica del Turia', degree: 'PhD in Chemical Engineering', start: '2009-10', end: '2013-07', town: 'Valencia' },
      { school: 'Universidad de Castilla Norte', degree: 'MEng Chemical Engineering (Ingeniero Químico)', start: '2003-09', end: '2009-06', town: 'Valladolid' },
    ],
    languages: ['Spanish (native)', 'English (C1)', 'French (B1)'],
    certificates: ['PMP (2020)'],
  },
  {
    id: 'p05', language: 'en', name: 'Ahmad Faizal bin Abdullah', given: 'Ahmad Faizal', family: 'bin Abdullah',
    email: 'ahmadfaizal.abdullah@yahoo.com', phone: '+60123874416',
    mob: { nat: '012-387 4416', intl: '+60 12-387 4416' },
    other: { office: '03-2161 4400 ext. 218', fax: '03-2161 4499', ic: '880412-14-5523', bem: 'PEPC 21847', iem: 'M/31508', referee: '019-334 8120', referee2: '013-620 5571' },
    born: '1988-04-12', birthplace: 'Kuala Lumpur', nationality: 'Malaysian', gender: 'M',
    address: 'No. 27, Jalan Setia Prima U13/18J, Setia Alam', postcode: '40170', city: 'Shah Alam, Selangor',
    target: 'Principal Electrical Engineer (Power Systems)',
    summary: 'Professional Engineer with Practising Certificate, fifteen years in HV substations from design to commissioning for utilities and data centres.',
    skills: ['Substation Design', 'ETAP', 'AutoCAD Electrical', 'Protection Relay Coordination', 'HV Testing & Commissioning', 'IEC 61850', 'MS Project'],
    work: [
      { company: 'Suria Kuasa Engineering Sdn. Bhd.', title: 'Trainee Engineer', start: '2010-05', end: '2010-10', town: 'Petaling Jaya', kind: 'Industrial training',
        duties: ['Assisted site testing of 11 kV switchgear'] },
      { company: 'Suria Kuasa Engineering Sdn. Bhd.', title: 'Electrical Engineer', start: '2011-07', end: '2015-12', town: 'Petaling Jaya',
        duties: ['Design of 33/11 kV substations, SLDs and cable schedules', 'Site supervision of testing and commissioning'] },
      { company: 'Kejuruteraan Lumut Jaya Sdn. Bhd.', title: 'Senior Electrical Engineer', start: '2016-01', end: '2020-08', town: 'Ipoh',
        duties: ['Relay coordination studies in ETAP for 132 kV projects', 'Interface with the utility for energisation'] },
      { company: 'Arus Perdana Consult Sdn. Bhd.', title: 'Principal Engineer (Power Systems)', start: '2020-09', end: null, town: 'Kuala Lumpur',
        duties: ['Engineer of record for data-centre HV intakes', 'Leads a team of eight engineers and drafters'] },
    ],
    education: [{ school: 'Universiti Teknologi Seri Mahkota', degree: 'B.Eng. (Hons) Electrical & Electronic Engineering', start: '2007-07', end: '2011-06', town: 'Johor Bahru' }],
    languages: ['Bahasa Melayu (native)', 'English (fluent)'],
    certificates: ['Professional Engineer with Practising Certificate, BEM (2019)', 'Competent Person Chargeman A4 (Suruhanjaya Tenaga)'],
  },
  {
    id: 'p06', language: 'en', name: 'Nguyễn Thị Thu Hà', given: 'Thu Hà', family: 'Nguyễn Thị',
    email: 'thuha.nguyen91@gmail.com', phone: '+84903418276',
    mob: { nat: '0903 418 276', intl: '+84 903 418 276' },
    other: { office: '(028) 3822 4156 ext. 12', cccd: '079191012345' },
    born: '1991-08-12', birthplace: 'Long An', nationality: 'Vietnamese', gender: 'F',
    address: '45/12 Nguyễn Văn Đậu Street, Ward 5, Phú Nhuận District', postcode: '700000', city: 'Ho Chi Minh City',
    target: 'Finance Manager',
    summary: 'Finance manager with an audit background; closes the books under VAS and reports to foreign shareholders under IFRS.',
    skills: ['IFRS', 'VAS | Vietnamese Accounting Standards', 'MISA SME', 'SAP FI', 'Transfer Pricing', 'Power BI', 'Tax Compliance'],
    work: [
      { company: 'Sao Khue Auditing Co., Ltd.', title: 'Audit Assistant', start: '2013-07', end: '2015-12', town: 'Ho Chi Minh City',
        duties: ['Statutory audits of manufacturing and retail clients'] },
      { company: 'Sao Khue Auditing Co., Ltd.', title: 'Audit Senior', start: '2016-01', end: '2017-06', town: 'Ho Chi Minh City',
        duties: ['In-charge of audit teams of four; IFRS conversion engagements'] },
      { company: 'Mekong Fresh Foods JSC', title: 'Chief Accountant', start: '2017-07', end: '2022-02', town: 'Cần Thơ',
        duties: ['Monthly close and VAS statutory reports', 'Corporate income tax and transfer-pricing documentation'] },
      { company: 'Thanh Long Logistics Corporation', title: 'Finance Manager', start: '2022-03', end: null, town: 'Ho Chi Minh City',
        duties: ['IFRS group reporting to the Singapore parent', 'Rolled out Power BI dashboards for cost per shipment'] },
    ],
    education: [{ school: 'Gia Dinh University of Economics', degree: 'Bachelor of Accounting', start: '2009-09', end: '2013-06', town: 'Ho Chi Minh City' }],
    languages: ['Vietnamese (native)', 'English (IELTS 7.0)'],
    certificates: ['ACCA Affiliate (2018)', 'Vietnamese Chief Accountant Certificate (2017)'],
  },
  {
    id: 'p07', language: 'en', name: 'Darnell Whitaker', given: 'Darnell', family: 'Whitaker',
    email: 'dwhitakerjr@outlook.com', phone: '+14045550186',
    mob: { nat: '(404) 555-0186', intl: '+1 404-555-0186' },
    other: { office: '(470) 555-0132 ext. 7', fax: '(470) 555-0139', license: 'CPA039127', employer1: '(404) 555-0148', employer2: '(678) 555-0150', employer3: '(470) 555-0100' },
    born: '1989-09-30', birthplace: 'Macon, GA', nationality: 'US', gender: 'M',
    address: '1187 Marietta Blvd NW, Apt 4C', postcode: '30318', city: 'Atlanta, GA',
    target: 'Controller',
    summary: 'CPA and controller with audit roots; builds clean month-end closes and audit-ready books for mid-size healthcare and logistics companies.',
    skills: ['GAAP', 'Financial Reporting', 'Account Reconciliation', 'Month-End Close', 'SOX Compliance | Sarbanes-Oxley', 'NetSuite', 'QuickBooks Online', 'Advanced Excel'],
    work: [
      { company: 'Harlow & Benning LLP', title: 'Audit Intern', start: '2011-06', end: '2011-08', town: 'Atlanta, GA', kind: 'Internship',
        duties: ['Tested cash and receivables for two not-for-profit audits'] },
      { company: 'Harlow & Benning LLP', title: 'Staff Accountant', start: '2012-09', end: '2015-07', town: 'Atlanta, GA',
        duties: ['Audit fieldwork for clients with revenue up to $300M', 'Prepared workpapers and draft financial statements'] },
      { company: 'Harlow & Benning LLP', title: 'Senior Accountant', start: '2015-08', end: '2018-04', town: 'Atlanta, GA',
        duties: ['In-charge senior on 12 engagements a year', 'Trained and reviewed three staff accountants'] },
      { company: 'Calloway Freight Systems, Inc.', title: 'Assistant Controller', start: '2018-05', end: '2022-10', town: 'Smyrna, GA',
        duties: ['Cut the month-end close from 12 to 6 business days', 'Led the NetSuite migration from QuickBooks'] },
      { company: 'Brightwater Health Partners', title: 'Controller', start: '2022-11', end: null, town: 'Atlanta, GA',
        duties: ['Own GAAP reporting for 14 clinics ($180M revenue)', 'Manage a team of seven; SOX-readiness program'] },
    ],
    education: [{ school: 'Oconee Valley State University', degree: 'B.B.A. in Accounting', start: '2008-08', end: '2012-05', town: 'Milledgeville, GA' }],
    languages: ['English (native)', 'Spanish (conversational)'],
    certificates: ['Certified Public Accountant, Georgia, License No. CPA039127'],
  },
  {
    id: 'p08', language: 'zh', name: '王芳', given: '芳', family: '王',
    email: 'wangfang_sh@163.com', phone: '+8613817624093',
    mob: { nat: '138 1762 4093', intl: '+86 138 1762 4093' },
    other: { office: '021-6288 3715', id: '310115199005******', qq: '', icp: '沪ICP备13042871号-5' },
    born: '1990-05-18', birthplace: '江苏南通', nationality: '中国', gender: 'F',
    address: '上海市浦东新区张杨路1588弄12号', postcode: '200122', city: '上海',
    target: '会计主管 / 总账会计',
    summary: '10年以上企业会计经验，熟悉物流、电子制造和餐饮行业的全盘账务，持中级会计师证书，做事细致，能承受工作压力。',
    skills: ['全盘账务处理', '金蝶K3 | Kingdee K3', '用友U8 | Yonyou U8', 'Excel函数与数据透视表', '纳税申报', '成本核算', '财务分析'],
    work: [
      { company: '上海恒泰物流有限公司', title: '出纳', start: '2012-07', end: '2014-06', town: '上海',
        duties: ['负责现金、银行收付及日记账登记', '每月编制银行余额调节表'] },
      { company: '上海恒泰物流有限公司', title: '会计', start: '2014-07', end: '2017-02', town: '上海',
        duties: ['负责应收应付核算与往来对账', '协助完成年度审计资料准备'] },
      { company: '上海瑞丰电子科技有限公司', title: '主办会计', start: '2017-03', end: '2021-08', town: '上海',
        duties: ['负责全盘账务处理及月度、年度报表', '负责增值税、企业所得税申报及汇算清缴', '主导金蝶K3系统上线'] },
      { company: '上海嘉禾餐饮管理有限公司', title: '会计主管', start: '2021-09', end: null, town: '上海',
        duties: ['管理4人财务团队，负责18家门店的成本核算', '编制月度经营分析报告，推动食材成本下降3.2%'] },
    ],
    education: [{ school: '上海浦江财经学院', degree: '会计学 本科', start: '2008-09', end: '2012-06', town: '上海' }],
    languages: ['英语（CET-6）'],
    certificates: ['中级会计师（2018年）', '初级会计师（2013年）'],
  },
  {
    id: 'p09', language: 'zh', name: '欧阳晓峰', given: '晓峰', family: '欧阳',
    email: 'ouyangxf@foxmail.com', phone: '+8613512468830',
    mob: { nat: '135-1246-8830', intl: '+86 135 1246 8830' },
    other: { qq: '284630917', office: '0769-8601 2230' },
    born: '1987-09-03', birthplace: '湖南郴州', nationality: '中国', gender: 'M',
    address: '广东省东莞市松山湖园区新城大道9号', postcode: '523808', city: '东莞',
    target: '嵌入式研发经理',
    summary: '16年嵌入式软硬件开发经验，做过工业控制器、电机驱动和储能BMS产品，带过10人以上研发团队。',
    skills: ['嵌入式C', 'STM32', 'FreeRTOS', 'Altium Designer', '硬件电路设计', 'CAN总线 | CAN', 'Linux驱动开发', 'EMC整改 | EMC'],
    work: [
      { company: '深圳市华科达电子有限公司', title: '硬件工程师（实习）', start: '2010-02', end: '2010-06', town: '深圳', kind: '实习',
        duties: ['协助完成电源板测试和BOM整理'] },
      { company: '深圳市华科达电子有限公司', title: '硬件工程师', start: '2010-07', end: '2014-03', town: '深圳',
        duties: ['负责工业控制器主板原理图与PCB设计', '完成产品EMC测试整改'] },
      { company: '深圳锐驰智能科技有限公司', title: '高级嵌入式工程师', start: '2014-04', end: '2019-10', town: '深圳',
        duties: ['基于STM32和FreeRTOS开发伺服驱动器固件', '负责CAN通信协议栈设计'] },
      { company: '深圳锐驰智能科技有限公司', title: '嵌入式软件主管', start: '2019-11', end: '2021-12', town: '深圳',
        duties: ['管理6人软件小组，制定代码规范和评审流程'] },
      { company: '东莞拓微新能源科技有限公司', title: '嵌入式研发经理', start: '2022-01', end: null, town: '东莞',
        duties: ['负责储能BMS软硬件研发，团队12人', '主导产品通过UL 1973和IEC 62619认证'] },
    ],
    education: [{ school: '湘南理工学院', degree: '电子信息工程 本科', start: '2006-09', end: '2010-06', town: '郴州' }],
    languages: ['英语（CET-4，可阅读英文技术文档）'],
    certificates: ['中级工程师（电子）'],
  },
  {
    id: 'p10', language: 'zh', name: '李思远', given: '思远', family: '李',
    email: 'lisiyuan94@qq.com', phone: '+8618610573942',
    mob: { nat: '186 1057 3942', intl: '+86 186-1057-3942' },
    other: { emergency: '010-8362 5517', emergencyName: '李国平（父亲）', id: '110108199411' },
    born: '1994-11-07', birthplace: '北京', nationality: '中国', gender: 'M',
    address: '北京市海淀区学院路35号院6号楼', postcode: '100083', city: '北京',
    target: '数据分析经理',
    summary: '9年互联网数据分析经验，擅长用户增长分析和AB实验设计，能把分析结论落到产品迭代。',
    skills: ['SQL', 'Python', 'Tableau', 'AB测试 | A/B测试', '用户增长分析', 'Hive', '统计建模'],
    work: [
      { company: '北京云帆互动科技有限公司', title: '数据分析实习生', start: '2016-07', end: '2016-12', town: '北京', kind: '实习',
        duties: ['整理日报数据，编写SQL取数脚本'] },
      { company: '北京云帆互动科技有限公司', title: '数据分析师', start: '2017-07', end: '2020-03', town: '北京',
        duties: ['搭建游戏运营指标体系和Tableau看板', '负责渠道投放效果分析'] },
      { company: '北京点石在线教育科技有限公司', title: '高级数据分析师', start: '2020-04', end: '2023-05', town: '北京',
        duties: ['设计并分析40余个AB实验', '搭建用户分层模型，续费率提升4个百分点'] },
      { company: '北京橙序科技有限公司', title: '数据分析经理', start: '2023-06', end: null, town: '北京',
        duties: ['带领5人分析团队支持增长业务', '推动Hive数仓指标口径统一'] },
    ],
    education: [{ school: '燕北理工大学', degree: '统计学 本科', start: '2013-09', end: '2017-06', town: '北京' }],
    languages: ['英语（CET-6，可作为工作语言）'],
    certificates: ['CDA数据分析师二级'],
  },
  {
    id: 'p11', language: 'zh', name: '陳怡君', given: '怡君', family: '陳', english: 'Yvonne',
    email: 'yichun.chen0312@gmail.com', phone: '+886912637408',
    mob: { nat: '0912-637-408', intl: '+886 912-637-408' },
    other: { office: '(02)2712-3456 分機 215', home: '(02)2936-1187', emergency: '0933-518-204', emergencyName: '陳志明（父）' },
    born: '1990-03-12', birthplace: '臺北市', nationality: '中華民國', gender: 'F',
    address: '臺北市文山區木柵路二段118巷7號3樓', postcode: '116', city: '臺北',
    target: '品牌行銷經理',
    summary: '十四年品牌與數位行銷經驗，熟悉生活風格與文創品牌，擅長整合社群、廣告投放與實體活動。',
    skills: ['品牌行銷', '社群經營', 'Google Analytics | GA4', 'Meta廣告投放 | Facebook廣告', '活動企劃', 'Photoshop', '文案撰寫'],
    work: [
      { company: '禾豐文創股份有限公司', title: '行銷專員', start: '2012-09', end: '2015-06', town: '臺北',
        duties: ['負責門市活動與新品上市宣傳', '經營品牌粉絲專頁，粉絲數成長至8萬'] },
      { company: '瀚星數位媒體有限公司', title: '數位行銷企劃', start: '2015-07', end: '2018-12', town: '臺北',
        duties: ['規劃客戶的Meta廣告投放與成效報告', '撰寫品牌社群文案'] },
      { company: '瀚星數位媒體有限公司', title: '行銷副理', start: '2019-01', end: '2021-09', town: '臺北',
        duties: ['帶領5人企劃團隊，年度營收成長35%'] },
      { company: '青嶼生活股份有限公司', title: '品牌行銷經理', start: '2021-10', end: null, town: '臺北',
        duties: ['負責品牌定位與年度行銷預算新臺幣1,800萬元', '主導快閃店與聯名活動'] },
    ],
    education: [{ school: '北城大學', degree: '大眾傳播學系 學士', start: '2008-09', end: '2012-06', town: '新北' }],
    languages: ['英文（TOEIC 860）', '日文（JLPT N3）'],
    certificates: ['Google Analytics 個人認證'],
  },
  {
    id: 'p12', language: 'zh', name: '张建国', given: '建国', family: '张',
    email: 'zjg1982@126.com', phone: '+8613926915570',
    mob: { nat: '139 2691 5570', intl: '+86 139 2691 5570' },
    other: { oldName: '张建民', emergency: '137 2805 6612', emergencyName: '李秀英（妻子）', qq: '347128906', id: '430521198208154517' },
    born: '1982-08-15', birthplace: '湖南邵阳', nationality: '中国', gender: 'M',
    address: '广东省东莞市长安镇振安中路168号', postcode: '523850', city: '东莞',
    target: '设备主管',
    summary: '从机修工做起，二十多年设备维修和管理经验，熟悉注塑机、模具厂设备和PLC控制。',
    skills: ['PLC编程 | PLC', '设备维修', '注塑机维护', '电工', '气动液压', 'CAD制图', '5S管理'],
    work: [
      { company: '东莞市长安镇恒达五金制品厂', title: '机修工', start: '2003-03', end: '2008-06', town: '东莞',
        duties: ['负责冲床、车床日常维修保养'] },
      { company: '东莞新辉塑胶制品有限公司', title: '设备技术员', start: '2008-07', end: '2013-12', town: '东莞',
        duties: ['负责60台注塑机的维修与保养', '编写设备点检表'] },
      { company: '东莞新辉塑胶制品有限公司', title: '设备组长', start: '2014-01', end: '2018-05', town: '东莞',
        duties: ['带领8人维修班组，设备故障停机率下降30%'] },
      { company: '东莞精锐模具科技有限公司', title: '设备主管', start: '2018-06', end: null, town: '东莞',
        duties: ['负责全厂设备管理、备件采购和新设备验收', '推行5S和TPM管理'] },
    ],
    education: [{ school: '湘中工业技工学校', degree: '机电一体化 中专', start: '1999-09', end: '2002-07', town: '邵阳' }],
    languages: ['普通话', '湖南话'],
    certificates: ['低压电工作业证', '叉车证'],
  },
  {
    id: 'p13', language: 'mixed', name: '陳嘉欣', given: 'Ka Yan', family: 'CHAN', english: 'Karen',
    email: 'karen.chan.ky@gmail.com', phone: '+85262184795',
    mob: { nat: '6218 4795', intl: '+852 6218 4795' },
    other: { office: '2827 3310', officeIntl: '+852 2827 3310', hkid: 'Y612345(3)', home: '2691 0348' },
    born: '1992-01-23', birthplace: 'Hong Kong', nationality: 'Chinese (HKSAR)', gender: 'F',
    address: 'Flat 12B, Block 3, Hong Shing Garden, Tseung Kwan O, N.T.', postcode: '', city: 'Hong Kong',
    target: 'Compliance Manager (AML/KYC)',
    summary: 'Banking compliance professional with operations and trade-finance background; HKMA AML regime, KYC reviews and process automation.',
    skills: ['AML/KYC | Anti-Money Laundering | Know Your Customer', 'Trade Finance', 'Risk Assessment', 'SWIFT MT Messages | SWIFT', 'Excel VBA', 'Process Improvement'],
    work: [
      { company: 'Pacific Crest Bank (Hong Kong) Limited', title: 'Management Trainee', start: '2014-08', end: '2016-07', town: 'Hong Kong',
        duties: ['Rotations in trade finance, payments and branch operations'] },
      { company: 'Pacific Crest Bank (Hong Kong) Limited', title: 'Operations Officer', start: '2016-08', end: '2019-03', town: 'Hong Kong',
        duties: ['Checked import/export LC documents against UCP 600', 'Built Excel VBA tools that cut checking time by 20 %'] },
      { company: 'Kowloon Harbour Securities Ltd', title: 'Compliance Analyst', start: '2019-04', end: '2022-06', town: 'Hong Kong',
        duties: ['Periodic KYC reviews of 600 corporate accounts', 'Transaction-monitoring alert investigation'] },
      { company: 'Victoria Meridian Trust Co., Ltd', title: 'Assistant Compliance Manager', start: '2022-07', end: null, town: 'Hong Kong',
        duties: ['Leads a team of three analysts; annual AML risk assessment', 'Liaison with the HKMA and SFC on inspections'] },
    ],
    education: [{ school: 'Lion Rock University', degree: 'BBA (Hons) in Banking and Finance', start: '2011-09', end: '2014-07', town: 'Hong Kong' }],
    languages: ['Cantonese (native)', 'English (fluent)', 'Putonghua (fluent)'],
    certificates: ['Certified Anti-Money Laundering Specialist (CAMS), 2021', 'HKIB Certified Banker (Stage I)'],
  },
  {
    id: 'p14', language: 'mixed', name: '林志强', given: 'Chee Keong', family: 'LIM',
    email: 'lim.cheekeong@gmail.com', phone: '+6597352184',
    mob: { nat: '9735 2184', intl: '+65 9735 2184' },
    other: { office: '6225 1180', officeIntl: '+65 6225 1180', nric: 'S8634127F' },
    born: '1986-10-05', birthplace: 'Singapore', nationality: 'Singaporean', gender: 'M',
    address: 'Blk 418 Tampines Street 41, #07-233', postcode: '520418', city: 'Singapore',
    target: 'Lead Solution Architect (SAP Supply Chain)',
    summary: 'SAP supply-chain consultant and architect; warehouse and order-to-cash implementations for logistics firms in Singapore, Malaysia and China.',
    skills: ['SAP EWM', 'SAP SD', 'ABAP Debugging', 'Warehouse Process Design', 'SQL', 'Agile Delivery', 'Stakeholder Workshops'],
    work: [
      { company: 'Straits Line Logistics Pte Ltd', title: 'IT Executive', start: '2010-01', end: '2013-06', town: 'Singapore',
        duties: ['Supported the warehouse management system for three DCs', 'Key user for the SAP SD roll-out'] },
      { company: 'Keppler Systems Asia Pte Ltd', title: 'SAP Consultant', start: '2013-07', end: '2017-02', town: 'Singapore',
        duties: ['SAP SD and EWM configuration on five projects', 'Ran fit-gap workshops in English and Mandarin'] },
      { company: 'Keppler Systems Asia Pte Ltd', title: 'Senior SAP Consultant', start: '2017-03', end: '2020-10', town: 'Singapore',
        duties: ['EWM stream lead for a Shanghai DC go-live', 'Mentored four junior consultants'] },
      { company: 'Meridia Supply Chain Solutions Pte Ltd', title: 'Lead Solution Architect', start: '2020-11', end: null, town: 'Singapore',
        duties: ['Solution architecture for S/4HANA EWM programmes in ASEAN', 'Pre-sales and estimation'] },
    ],
    education: [{ school: 'Bukit Timah Institute of Technology', degree: 'Bachelor of Computing (Information Systems)', start: '2006-08', end: '2009-12', town: 'Singapore' }],
    languages: ['English (native)', 'Mandarin (fluent)', 'Hokkien (spoken)'],
    certificates: ['SAP Certified Application Associate – EWM (2018)'],
  },
  {
    id: 'p15', language: 'mixed', name: '周雨桐', given: 'Yutong', family: 'ZHOU', english: 'Tina',
    email: 'tina.zhou.yt@outlook.com', phone: '+8613918246607',
    mob: { nat: '139 1824 6607', intl: '+86 139 1824 6607' },
    other: { office: '021-6133 8200 ext. 8021', officeIntl: '+86 21 6133 8200-8021', fax: '+86 21 6133 8299', emergency: '+86 138 0571 2260', emergencyName: '周建华（父）Father', id: '310105199107******' },
    born: '1991-07-12', birthplace: 'Shanghai 上海', nationality: 'Chinese', gender: 'F',
    address: 'Room 1702, No. 8, Lane 399 Fahuazhen Road, Changning District', postcode: '200052', city: 'Shanghai',
    target: 'HR Manager / HRBP',
    summary: 'Bilingual HR generalist in multinational manufacturing and consumer goods, from campus hiring to labour-law cases and Workday roll-out.',
    skills: ['Talent Acquisition', 'HR Business Partnering | HRBP', 'Workday', 'Compensation & Benefits | C&B', 'Employee Relations', 'China Labour Law', 'Power BI'],
    work: [
      { company: 'Lindqvist Industrial (Shanghai) Co., Ltd.', title: 'HR Assistant', start: '2013-07', end: '2015-06', town: 'Shanghai',
        duties: ['Campus recruitment and onboarding for 60 graduates a year'] },
      { company: 'Lindqvist Industrial (Shanghai) Co., Ltd.', title: 'HR Specialist', start: '2015-07', end: '2017-12', town: 'Shanghai',
        duties: ['Payroll and social-insurance administration for 900 employees', 'Handled labour-dispute cases with the legal counsel'] },
      { company: 'Aurelle Cosmetics (China) Co., Ltd.', title: 'Senior HRBP', start: '2018-01', end: '2022-03', town: 'Shanghai',
        duties: ['HRBP for sales and marketing (350 staff)', 'Ran the annual salary review and talent review'] },
      { company: 'Norhaven Medical Devices (Shanghai) Co., Ltd.', title: 'HR Manager', start: '2022-04', end: null, town: 'Shanghai',
        duties: ['Leads a team of four; Workday roll-out for China', 'Employee-relations cases and works-council consultation'] },
    ],
    education: [{ school: 'Huangpu International Studies University 黄浦外国语大学', degree: 'B.A. in English / Business English', start: '2009-09', end: '2013-06', town: 'Shanghai' }],
    languages: ['Mandarin (native)', 'English (fluent, TEM-8)', 'French (basic)'],
    certificates: ['Senior HR Professional (Level 2), 2019'],
  },
  {
    id: 'p16', language: 'mixed', name: '梁振宇', given: 'Zhenyu', family: 'LIANG',
    email: 'zhenyu.liang@gmx.de', phone: '+4915123847761',
    mob: { nat: '0151 2384 7761', intl: '+49 (0)151 2384 7761' },
    other: { office: '+49 89 4522 1870', officeNat: '089 / 4522 1870', fax: '+49 89 4522 1871', faxNat: '089 4522 1871', emergency: '+86 139 0612 5528' },
    born: '1988-02-07', birthplace: 'Changzhou, China', nationality: 'Chinese (settlement permit)', gender: 'M',
    address: 'Lindwurmstraße 114', postcode: '80337', city: 'München',
    target: 'Senior Process Engineer – Battery Cell Production',
    summary: 'Process engineer for lithium-ion cell production with plants in China and Germany behind him; PFMEA, SPC and ramp-up of new lines.',
    skills: ['Process FMEA | PFMEA', 'Statistical Process Control | SPC', 'Battery Cell Manufacturing', 'Siemens TIA Portal', 'Root Cause Analysis (8D) | 8D', 'MES Integration', 'Minitab'],
    work: [
      { company: 'Jiangnan Power Cell Co., Ltd.', title: 'Process Engineer', start: '2012-07', end: '2015-08', town: 'Changzhou',
        duties: ['Electrode coating and calendering process for 18650 cells', 'Reduced coating scrap from 4.1 % to 2.3 %'] },
      { company: 'Vollmer Antriebstechnik GmbH', title: 'Working Student Process Engineering', start: '2016-04', end: '2017-09', town: 'Augsburg', kind: 'Werkstudent',
        duties: ['SPC evaluation for motor assembly (20 h/week during the M.Sc.)'] },
      { company: 'Vollmer Antriebstechnik GmbH', title: 'Process Engineer', start: '2017-10', end: '2021-03', town: 'Augsburg',
        duties: ['PFMEA and control plans for e-motor stator lines', 'Led 8D teams for customer complaints'] },
      { company: 'Isarzell Batterietechnik GmbH', title: 'Senior Process Engineer', start: '2021-04', end: null, town: 'München',
        duties: ['Ramp-up of a pouch-cell pilot line (formation and ageing)', 'MES integration with TIA Portal PLCs'] },
    ],
    education: [
      { school: 'Technische Hochschule Isartal', degree: 'M.Sc. Production Engineering', start: '2015-10', end: '2017-09', town: 'München' },
      { school: 'Jiangnan Institute of Technology 江南理工学院', degree: 'B.Eng. Materials Science', start: '2008-09', end: '2012-06', town: 'Changzhou' },
    ],
    languages: ['Chinese (native) 中文母语', 'German (C1)', 'English (C1)'],
    certificates: ['Six Sigma Green Belt (2019)', 'VDA 6.3 Process Auditor (2022)'],
  },
];

/** The printed spelling of a truth skill (the part before the first " | "). */
export const printed = (skill: string): string => skill.split(' | ')[0];
export const byId = (id: string): Person => {
  const p = people.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p;
};
