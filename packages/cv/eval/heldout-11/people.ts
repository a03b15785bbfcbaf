/**
 * heldout-11 — sixteen invented people. Nothing here is real: names, employers, schools, numbers and addresses are made up.
 * Skills are typed the way the person would type them; " | " introduces synonyms a recruiter would also accept.
 */

export type Lang = 'en' | 'zh' | 'mixed';

export interface Job {
  company: string; // the employer string exactly as every document prints it
  town?: string; // printed beside the employer by some templates, never part of `company`
  title: string;
  start: string; // YYYY-MM
  end: string | null; // null = current
  duties: string[];
}

export interface Study {
  school: string;
  town?: string;
  degree: string;
  start: string;
  end: string;
}

export interface Person {
  id: string;
  language: Lang;
  name: string; // as the truth writes it
  family: string; // the family name as it appears inside `name` (templates may capitalise it in place)
  altName?: string; // an English / Chinese name printed beside `name` by some templates
  gender: 'F' | 'M';
  birth: string; // YYYY-MM-DD
  birthplace: string;
  nationality: string;
  marital?: string;
  address: string;
  email: string;
  phone: string; // E.164
  phoneShown: string; // how the person writes the number, everywhere
  occupation: string;
  target: string; // the position applied for on forms
  summary: string;
  skills: string[]; // "Printed | synonym | synonym"
  levels?: Record<string, string>; // printed beside a skill by some templates (not part of the skill)
  jobs: Job[];
  education: Study[];
  breaks?: { start: string; end: string; note: string }[];
  volunteering?: { org: string; role: string; start: string; end: string }[];
  certificates: string[];
  spoken: string[]; // spoken languages with level, as written
  interests?: string;
  referees?: string[];
  extra?: Record<string, string>; // form-only personal fields (political status, ethnicity, ID etc.)
}

export const shown = (skill: string) => skill.split(' | ')[0];

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Tobias Reinhardt', family: 'Reinhardt', gender: 'M', birth: '1994-02-17', birthplace: 'Augsburg', nationality: 'German',
    marital: 'single', address: 'Hochfeldstraße 41, 86159 Augsburg, Germany', email: 'tobias.reinhardt@posteo.de', phone: '+4915123467890', phoneShown: '+49 151 2346 7890',
    occupation: 'Industrial electrician', target: 'Maintenance Electrician / Electrical Technician',
    summary: 'Electronics technician for industrial engineering with ten years in switchgear installation and plant maintenance; currently shift lead for electrical maintenance on packaging lines.',
    skills: ['PLC troubleshooting (Siemens S7) | Siemens S7 | PLC | Siemens STEP 7', 'Switchgear installation | switchboard installation | panel wiring', 'DGUV V3 testing | electrical safety testing | PAT testing', 'EPLAN Electric P8 | EPLAN', 'Frequency converters | VFD | variable frequency drives', 'KNX building automation | KNX', 'Fault finding on three-phase motors | motor fault finding'],
    levels: { 'PLC troubleshooting (Siemens S7)': 'very good', 'EPLAN Electric P8': 'good', 'KNX building automation': 'basic' },
    jobs: [
      { company: 'Lechwerk Energie GmbH', town: 'Augsburg', title: 'Apprentice, electronics technician for industrial engineering', start: '2010-09', end: '2014-01', duties: ['Vocational training in the dual system (Berufsschule Augsburg)', 'Wiring of distribution boards, cable laying in substations'] },
      { company: 'Lechwerk Energie GmbH', town: 'Augsburg', title: 'Electronics technician, grid maintenance', start: '2014-02', end: '2016-06', duties: ['Maintenance of 20 kV ring main units', 'On-call service for low-voltage faults'] },
      { company: 'Kessler Anlagenbau GmbH & Co. KG', town: 'Friedberg', title: 'Industrial electrician – switchgear installation', start: '2016-08', end: '2021-03', duties: ['Installation and commissioning of MCC switchgear at customer sites in Germany and Austria', 'Loop checks, insulation measurements, as-built documentation in EPLAN'] },
      { company: 'Voss Verpackungstechnik GmbH', town: 'Gersthofen', title: 'Maintenance electrician (shift lead)', start: '2021-05', end: null, duties: ['Lead a team of 4 electricians on a three-shift rota', 'Troubleshooting of S7-1500 PLCs and servo drives on thermoforming lines', 'Annual DGUV V3 inspection of portable equipment'] },
    ],
    education: [
      { school: 'Berufsschule Augsburg (vocational school)', town: 'Augsburg', degree: 'Electronics technician for industrial engineering (IHK final examination)', start: '2010-09', end: '2014-01' },
      { school: 'Realschule Königsbrunn', town: 'Königsbrunn', degree: 'Mittlere Reife (secondary school certificate)', start: '2004-09', end: '2010-07' },
    ],
    certificates: ['Qualified electrician (Elektrofachkraft) for switching in medium voltage', 'Forklift licence (internal)', 'First aider (company)'],
    spoken: ['German – native', 'English – good (B2)'],
    interests: 'Volunteer fire brigade, mountain biking',
  },
  {
    id: 'p02', language: 'en', name: 'Amara Okonkwo', family: 'Okonkwo', gender: 'F', birth: '1989-06-03', birthplace: 'Enugu', nationality: 'Nigerian',
    marital: 'Married', address: '14 Ogui Road, Enugu, Enugu State, Nigeria', email: 'amara.okonkwo89@yahoo.com', phone: '+2348035552817', phoneShown: '+234 (0) 803 555 2817',
    occupation: 'Registered nurse / midwife', target: 'Registered Nurse – Labour & Delivery',
    summary: 'Registered nurse and midwife with over ten years of experience in labour ward, antenatal and post-natal care in teaching-hospital and private settings, currently in Saudi Arabia.',
    skills: ['Midwifery | obstetric nursing | labour and delivery', 'Neonatal resuscitation | NRP | newborn resuscitation', 'Patient assessment', 'Infection prevention and control | IPC', 'Electronic health records (Cerner) | Cerner | EHR', 'Intravenous cannulation | IV cannulation', 'Wound care | wound dressing'],
    jobs: [
      { company: 'University of Nigeria Teaching Hospital', town: 'Enugu', title: 'Nursing Officer II', start: '2012-11', end: '2016-03', duties: ['Rotated through medical, surgical and paediatric wards', 'Drug administration and documentation of nursing care plans'] },
      { company: 'University of Nigeria Teaching Hospital', town: 'Enugu', title: 'Nursing Officer I (Labour Ward)', start: '2016-04', end: '2018-08', duties: ['Conducted normal deliveries and monitored high-risk labour with CTG', 'Supervised student midwives on clinical placement'] },
      { company: 'Greenfield Specialist Hospital', town: 'Lekki, Lagos', title: 'Senior Nurse/Midwife', start: '2018-10', end: '2022-01', duties: ['In-charge of a 12-bed maternity unit on night duty', 'Antenatal classes and breastfeeding counselling'] },
      { company: 'Dar Al Shifa Hospital', town: 'Riyadh', title: 'Registered Nurse – Obstetrics & Gynaecology', start: '2022-03', end: null, duties: ['Care of ante- and post-natal mothers on a 30-bed ward', 'Charge nurse cover; Cerner documentation', 'Member of the ward infection-control link team'] },
    ],
    education: [
      { school: 'National Open University of Nigeria', town: 'Lagos', degree: 'B.N.Sc. Nursing Science (part-time)', start: '2016-01', end: '2020-07' },
      { school: 'School of Midwifery, UNTH', town: 'Enugu', degree: 'Registered Midwife (RM)', start: '2011-01', end: '2012-06' },
      { school: 'School of Nursing, UNTH', town: 'Enugu', degree: 'Registered Nurse (RN)', start: '2007-09', end: '2010-10' },
    ],
    volunteering: [{ org: 'Nigerian Red Cross Society, Enugu branch', role: 'Volunteer first aider', start: '2008-03', end: '2012-10' }],
    certificates: ['Nursing and Midwifery Council of Nigeria – RN/RM licence', 'Saudi Commission for Health Specialties – Nurse Specialist', 'BLS and ACLS (American Heart Association), valid to 2027'],
    spoken: ['English – fluent', 'Igbo – native', 'Arabic – basic'],
    referees: ['Dr. (Mrs.) Ngozi Eze, Head of Department, Obstetrics, UNTH Enugu – 0805 555 1190', 'Mrs. Funke Adeyemi, Director of Nursing, Greenfield Specialist Hospital – 0802 555 7733'],
    extra: { 'State of Origin': 'Anambra', 'L.G.A.': 'Nnewi North', Religion: 'Christianity' },
  },
  {
    id: 'p03', language: 'en', name: 'Wanjiru Kamau', family: 'Kamau', gender: 'F', birth: '1990-11-21', birthplace: 'Kiambu', nationality: 'Kenyan',
    marital: 'Single', address: 'P.O. Box 18230-00100, Nairobi, Kenya', email: 'wanjiru.kamau@gmail.com', phone: '+254722555104', phoneShown: '+254 722 555104',
    occupation: 'Procurement officer (public sector)', target: 'Senior Supply Chain Management Officer',
    summary: 'Supply chain professional with ten years in public procurement under the PPADA, including county government and state corporations.',
    skills: ['Public procurement (PPADA 2015) | public procurement | Public Procurement and Asset Disposal Act', 'IFMIS e-procurement | IFMIS | e-procurement', 'Tender evaluation | bid evaluation', 'Contract management', 'Inventory control | stock control', 'MS Excel (pivot tables) | Excel | Microsoft Excel', 'Supplier appraisal | vendor evaluation'],
    jobs: [
      { company: 'Kenya Ports Authority', town: 'Mombasa', title: 'Procurement Intern', start: '2013-01', end: '2013-12', duties: ['Prepared requisitions and local purchase orders', 'Maintained the tender register'] },
      { company: 'County Government of Kiambu', town: 'Kiambu', title: 'Supply Chain Management Assistant III', start: '2014-07', end: '2018-06', duties: ['Processed requisitions through IFMIS', 'Secretary to the tender opening committee'] },
      { company: 'Tana Highlands Water and Sanitation Company', town: 'Nyeri', title: 'Procurement Officer', start: '2018-07', end: '2023-02', duties: ['Prepared the annual procurement plan (KES 600m)', 'Managed framework contracts for pipes and chemicals'] },
      { company: 'Central Medical Stores Agency', town: 'Nairobi', title: 'Senior Procurement Officer', start: '2023-03', end: null, duties: ['Lead tender evaluation for pharmaceuticals and non-pharmaceuticals', 'Supplier performance reviews and contract variations'] },
    ],
    education: [
      { school: 'Moi University', town: 'Eldoret', degree: 'Bachelor of Commerce (Purchasing and Supplies Management), Second Class Upper', start: '2008-09', end: '2012-12' },
      { school: 'Loreto High School Limuru', town: 'Limuru', degree: 'K.C.S.E., mean grade A-', start: '2004-01', end: '2007-11' },
    ],
    certificates: ['Certified Procurement and Supply Professional of Kenya (CPSP-K)', 'Member, Kenya Institute of Supplies Management (KISM) No. 4471', 'Senior Management Course, Kenya School of Government (2021)'],
    spoken: ['English – fluent', 'Kiswahili – fluent', 'Kikuyu – native'],
    referees: ['Mr. Peter Njoroge, Head of Supply Chain, Tana Highlands WSC, Tel 0733 555 210', 'Ms. Grace Achieng, Lecturer, Moi University, Tel 0720 555 884'],
    extra: { 'ID No.': '27750413', 'KRA PIN': 'A004455123Z', County: 'Kiambu', 'Ethnicity': 'Kikuyu', 'Disability': 'None' },
  },
  {
    id: 'p04', language: 'en', name: 'Lucía Fernández Ortega', family: 'Fernández Ortega', gender: 'F', birth: '1991-04-09', birthplace: 'Málaga', nationality: 'Spanish',
    marital: 'single', address: 'Carrer de Provença 212, 3º 1ª, 08036 Barcelona, Spain', email: 'lucia.fdez.ortega@gmail.com', phone: '+34612489307', phoneShown: '+34 612 48 93 07',
    occupation: 'Hotel front office manager', target: 'Front Office Manager / Guest Relations Manager',
    summary: 'Front office professional with twelve years in four- and five-star hotels in Spain and Italy.',
    skills: ['Opera PMS | Oracle Opera | property management system', 'Revenue management basics | yield management', 'Complaint handling | guest complaint resolution', 'Upselling', 'Team scheduling | staff rostering', 'Night audit | cashiering and night audit'],
    jobs: [
      { company: 'Hotel Miramar Costa', town: 'Marbella', title: 'Receptionist (summer season)', start: '2011-06', end: '2011-09', duties: ['Check-in/check-out, reservations by phone and e-mail'] },
      { company: 'Grupo Hotelero Alcázar', town: 'Seville', title: 'Front Desk Agent', start: '2013-03', end: '2016-10', duties: ['Front desk at a 180-room city hotel; night audit two nights a week', 'Group arrivals and VIP pre-registration'] },
      { company: 'Palazzo Veneri Resort & Spa', town: 'Lake Como, Italy', title: 'Guest Relations Supervisor', start: '2017-09', end: '2021-04', duties: ['Supervised 6 guest relations agents and concierge', 'Raised TripAdvisor rating from 4.4 to 4.7'] },
      { company: 'Hotel Gran Albión', town: 'Barcelona', title: 'Front Office Manager', start: '2021-06', end: null, duties: ['Lead a team of 14 (reception, concierge, night audit)', 'Rate strategy meetings with revenue; upselling programme (+18 % room revenue)'] },
    ],
    breaks: [{ start: '2016-11', end: '2017-08', note: 'Career break – travelled in South America; Spanish tutoring online' }],
    education: [
      { school: 'Universidad de Málaga', town: 'Málaga', degree: 'Grado en Turismo (Bachelor in Tourism)', start: '2009-09', end: '2013-06' },
      { school: 'IES Costa del Sol', town: 'Torremolinos', degree: 'Bachillerato (Humanities and Social Sciences)', start: '2007-09', end: '2009-06' },
    ],
    certificates: ['WSET Level 2 Award in Wines', 'Food handler certificate (manipulador de alimentos)'],
    spoken: ['Spanish – native', 'English – C1', 'Italian – C1', 'French – B1'],
    interests: 'Flamenco, open-water swimming, photography',
  },
  {
    id: 'p05', language: 'en', name: 'Lars Øvergaard', family: 'Øvergaard', gender: 'M', birth: '1985-08-30', birthplace: 'Drammen', nationality: 'Norwegian',
    marital: 'cohabiting, two children', address: 'Trondheimsveien 118 B, 2040 Kløfta, Norway', email: 'lars.overgaard@online.no', phone: '+4791234567', phoneShown: '+47 912 34 567',
    occupation: 'Air cargo and warehouse operations', target: 'Cargo Operations Manager',
    summary: 'Twenty years in transport and air cargo, from truck driver to warehouse operations manager for an air-freight handler.',
    skills: ['Dangerous goods handling (IATA DGR) | IATA DGR | dangerous goods', 'ULD build-up | pallet build-up | ULD', 'Warehouse management systems (CargoSpot) | WMS | CargoSpot', 'Forklift operation | forklift licence | truck licence', 'Shift planning | roster planning', 'Lean / 5S | lean | 5S'],
    jobs: [
      { company: 'Vestfrakt Transport AS', town: 'Drammen', title: 'Truck driver (class C/CE)', start: '2005-08', end: '2009-12', duties: ['Distribution routes Drammen–Oslo, long haul to Bergen and Trondheim'] },
      { company: 'Gardermoen Cargo Handling AS', town: 'Oslo Airport', title: 'Cargo handler', start: '2010-02', end: '2013-05', duties: ['Build-up and breakdown of ULDs, acceptance of export cargo'] },
      { company: 'Gardermoen Cargo Handling AS', town: 'Oslo Airport', title: 'Shift supervisor, export cargo', start: '2013-06', end: '2019-09', duties: ['Led shifts of up to 22 handlers', 'DG acceptance checks and NOTOC'] },
      { company: 'Nordlys Air Logistics AS', town: 'Oslo', title: 'Warehouse operations manager', start: '2019-11', end: null, duties: ['Responsible for a 9 000 m² bonded warehouse and 45 staff', 'Introduced 5S and cut dwell time by 30 %'] },
    ],
    education: [
      { school: 'Drammen videregående skole', town: 'Drammen', degree: 'Vocational upper secondary – Transport and logistics (fagbrev yrkessjåfør)', start: '2001-08', end: '2004-06' },
      { school: 'BI Norwegian Business School (part-time)', town: 'Oslo', degree: 'One-year programme in logistics management (60 ECTS)', start: '2016-08', end: '2017-06' },
    ],
    certificates: ['Driving licence class C/CE', 'IATA DGR Category 6 (renewed 2025)', 'Aviation security training (AVSEC) – known consignor'],
    spoken: ['Norwegian – native', 'English – fluent', 'Swedish – good'],
    interests: 'Cross-country skiing, coaching junior football',
  },
  {
    id: 'p06', language: 'en', name: 'Marta Kowalczyk', family: 'Kowalczyk', gender: 'F', birth: '1992-01-14', birthplace: 'Kraków', nationality: 'Polish',
    address: 'ul. Grzybowska 37/112, 00-855 Warszawa, Poland', email: 'marta.kowalczyk@wp.pl', phone: '+48601234567', phoneShown: '+48 601 234 567',
    occupation: 'Financial controller', target: 'Financial Controller / Finance Manager',
    summary: 'Accountant turned financial controller, ten years in shared services and energy, IFRS and SAP FI/CO.',
    skills: ['SAP FI/CO | SAP FI | SAP CO | SAP', 'IFRS reporting | IFRS', 'Month-end close | period-end closing', 'Power BI', 'VAT reconciliation | VAT', 'Advanced Excel (VBA) | Excel | VBA', 'Intercompany reconciliations | intercompany'],
    levels: { 'SAP FI/CO': 'advanced', 'Power BI': 'intermediate', 'Advanced Excel (VBA)': 'advanced' },
    jobs: [
      { company: 'Baltic Shared Services Sp. z o.o.', town: 'Kraków', title: 'Accounts Payable Intern', start: '2014-07', end: '2014-09', duties: ['Invoice booking and vendor master data in SAP'] },
      { company: 'Baltic Shared Services Sp. z o.o.', town: 'Kraków', title: 'Junior Accountant (AP/AR)', start: '2015-02', end: '2017-05', duties: ['AP/AR for Nordic entities, bank reconciliations', 'Payment runs in SAP'] },
      { company: 'Ferrantelli Group S.p.A.', town: 'Milan', title: 'General Ledger Accountant', start: '2017-06', end: '2020-08', duties: ['Month-end close for 5 Italian entities', 'Intercompany reconciliations and IFRS 16 lease accounting'] },
      { company: 'Vistula Energy S.A.', town: 'Warsaw', title: 'Financial Controller', start: '2020-10', end: null, duties: ['Monthly management reporting to the board', 'Budgeting and forecasting; Power BI dashboards', 'Coordination of statutory audit'] },
    ],
    education: [
      { school: 'Cracow University of Economics', town: 'Kraków', degree: "Master's degree, Finance and Accounting", start: '2013-10', end: '2015-06' },
      { school: 'Cracow University of Economics', town: 'Kraków', degree: "Bachelor's degree, Economics", start: '2010-10', end: '2013-07' },
    ],
    certificates: ['ACCA – affiliate (all 13 exams passed, 2022)', 'Driving licence cat. B'],
    spoken: ['Polish – native', 'English – C1', 'Italian – B2', 'German – A2'],
    interests: 'Tatra hiking, contemporary Polish literature',
  },
  {
    id: 'p07', language: 'en', name: 'Brian Otieno Ouma', family: 'Ouma', gender: 'M', birth: '1987-03-12', birthplace: 'Kisumu', nationality: 'Kenyan',
    marital: 'Married', address: 'P.O. Box 4120-40100, Kisumu, Kenya', email: 'b.otieno.ouma@gmail.com', phone: '+254711555839', phoneShown: '0711-555839',
    occupation: 'Civil / roads engineer', target: 'Senior Civil Engineer (Roads)',
    summary: 'Registered civil engineer with fourteen years in rural and urban roads, from county government to contractor side, now in the UAE.',
    skills: ['AutoCAD Civil 3D | Civil 3D | AutoCAD', 'Road design | highway design | geometric design', 'Bills of quantities | BOQ | quantity surveying', 'Site supervision', 'Concrete testing | materials testing', 'Primavera P6 | P6 | project scheduling', 'FIDIC contracts | FIDIC'],
    jobs: [
      { company: 'Kenya Rural Roads Authority', town: 'Kisumu', title: 'Engineering Student on Attachment', start: '2010-05', end: '2010-08', duties: ['Assisted in levelling and setting out of gravel roads'] },
      { company: 'Kenya Rural Roads Authority', town: 'Kisumu', title: 'Assistant Engineer II', start: '2011-03', end: '2014-12', duties: ['Supervised Roads 2000 labour-based gravelling contracts', 'Prepared BOQs and engineer\'s estimates'] },
      { company: 'Mwangaza Construction Co. Ltd', town: 'Nairobi', title: 'Site Engineer', start: '2015-02', end: '2019-06', duties: ['Site engineer on 42 km bitumen upgrading (Kericho–Sotik)', 'Materials testing, monthly measurements and IPCs'] },
      { company: 'County Government of Kisumu', town: 'Kisumu', title: 'Roads Engineer', start: '2019-08', end: '2022-10', duties: ['Design and supervision of urban roads and drainage', 'Contract administration under FIDIC Red Book'] },
      { company: 'Al Rawabi Contracting LLC', town: 'Dubai', title: 'Senior Civil Engineer', start: '2023-01', end: null, duties: ['Infrastructure works for a 900-villa community (roads, storm water)', 'Primavera P6 programme updates and subcontractor coordination'] },
    ],
    education: [
      { school: 'Jomo Kenyatta University of Agriculture and Technology', town: 'Juja', degree: 'BSc. Civil Engineering (Second Class Honours, Upper Division)', start: '2006-09', end: '2010-12' },
      { school: 'Maseno School', town: 'Maseno', degree: 'K.C.S.E. – A (plain)', start: '2002-01', end: '2005-11' },
    ],
    certificates: ['Registered Professional Engineer, Engineers Board of Kenya (EBK) – A2788', 'Corporate Member, Institution of Engineers of Kenya', 'Society of Engineers UAE – registered'],
    spoken: ['English – fluent', 'Kiswahili – fluent', 'Dholuo – native'],
    referees: ['Eng. Samuel Were, Chief Officer Roads, County Government of Kisumu – 0722 555 610', 'Eng. Joyce Mutua, Projects Director, Mwangaza Construction – 0733 555 402', 'Prof. D. N. Kamau, JKUAT – 0720 555 117'],
    extra: { 'ID No.': '25561908', 'KRA PIN': 'A003312987K', County: 'Kisumu', 'Ethnicity': 'Luo', 'Disability': 'None' },
  },
  {
    id: 'p08', language: 'zh', name: '赵立新', family: '赵', gender: 'M', birth: '1986-10-05', birthplace: '江苏泰州', nationality: '中国',
    marital: '已婚', address: '江苏省南京市栖霞区仙林大道 166 号 5 栋 702 室', email: 'zhaolixin86@163.com', phone: '+8613952018764', phoneShown: '139 5201 8764',
    occupation: '高中数学教师', target: '高中数学教师',
    summary: '从事高中数学教学十七年，连续九届担任高三教学，所带班级高考数学平均分高出区平均 12 分；指导学生获全国高中数学联赛省一等奖 3 人。',
    skills: ['高中数学教学 | 数学教学', '班级管理 | 班主任工作', '几何画板 | Geometer\'s Sketchpad', '希沃白板 | Seewo', '数学竞赛辅导 | 奥数辅导 | 竞赛辅导', '课件制作（PPT） | PPT | PowerPoint'],
    jobs: [
      { company: '泰州市第二高级中学', town: '泰州', title: '数学教师', start: '2009-08', end: '2015-07', duties: ['担任高一至高三数学教学，兼任班主任四年'] },
      { company: '南京市栖霞区实验中学', town: '南京', title: '数学教师、班主任', start: '2015-08', end: '2020-07', duties: ['两届高三毕业班数学教学及班主任工作'] },
      { company: '南京市栖霞区实验中学', town: '南京', title: '高三数学备课组长', start: '2020-08', end: null, duties: ['组织高三数学备课组集体备课、命题及质量分析', '负责数学竞赛社团'] },
    ],
    education: [{ school: '苏中师范大学', town: '扬州', degree: '数学与应用数学 本科 理学学士', start: '2005-09', end: '2009-06' }],
    certificates: ['高级中学教师资格证（数学）', '中学一级教师职称（2016）', '普通话水平测试二级甲等'],
    spoken: ['英语（CET-4）'],
    extra: { 民族: '汉族', 政治面貌: '中共党员', 籍贯: '江苏泰州', 身份证号: '321202198610050000', 职称: '中学一级教师', 身高: '176cm' },
  },
  {
    id: 'p09', language: 'zh', name: '孙雅琴', family: '孙', gender: 'F', birth: '1990-05-22', birthplace: '上海', nationality: '中国',
    marital: '已婚', address: '上海市浦东新区锦绣路 2580 弄 12 号 301 室', email: 'sunyaqin_sh@126.com', phone: '+8618602173345', phoneShown: '186 0217 3345',
    occupation: '财务主管', target: '财务经理',
    summary: '十三年审计与企业财务工作经验，熟悉国企财务核算、合并报表与税务申报。',
    skills: ['用友U8 | 用友', '金蝶K/3 | 金蝶', '合并报表 | 合并财务报表', '纳税申报 | 税务申报', 'Excel（数据透视表、VLOOKUP） | Excel', '成本核算'],
    jobs: [
      { company: '上海申诚会计师事务所（特殊普通合伙）', town: '上海', title: '审计助理', start: '2012-07', end: '2014-09', duties: ['参与国有企业年报审计及专项审计'] },
      { company: '沪东重工物资集团有限公司', town: '上海', title: '总账会计', start: '2014-10', end: '2019-03', duties: ['负责总账、月结及集团合并报表编制'] },
      { company: '上海浦江水务投资有限公司', town: '上海', title: '财务主管', start: '2020-01', end: null, duties: ['负责公司财务核算、预算管理和纳税申报', '对接国资委财务快报及审计'] },
    ],
    breaks: [{ start: '2019-04', end: '2019-12', note: '待业（育儿）' }],
    education: [
      { school: '上海财经学院', town: '上海', degree: '会计学 本科 管理学学士', start: '2008-09', end: '2012-06' },
    ],
    certificates: ['中级会计师（2017）', '注册会计师专业阶段（会计、税法、审计）'],
    spoken: ['英语（CET-6）'],
    extra: { 民族: '汉族', 政治面貌: '群众', 籍贯: '浙江宁波', 身份证号: '310115199005220000', 职称: '中级会计师', 身高: '163cm' },
  },
  {
    id: 'p10', language: 'zh', name: '黄志强', family: '黄', gender: 'M', birth: '1984-12-18', birthplace: '广东广州', nationality: '中国',
    marital: '已婚', address: '广东省佛山市顺德区容桂街道华口社区振华路 33 号', email: 'hzq_weld@qq.com', phone: '+8613722085519', phoneShown: '+86 137 2208 5519',
    occupation: '焊接技师', target: '焊接技师 / 焊接班组长',
    summary: '二十余年电焊一线经验，持特种作业操作证，擅长压力容器及船体结构焊接。',
    skills: ['二氧化碳气体保护焊 | CO2焊 | 气保焊', '氩弧焊 | TIG焊', '手工电弧焊 | 焊条电弧焊', '压力容器焊接', '焊接工艺评定 | WPS/PQR | 焊接工艺', '识图 | 看图纸 | 读图'],
    jobs: [
      { company: '广州番禺宏达钢结构有限公司', town: '广州', title: '电焊学徒、电焊工', start: '2003-07', end: '2007-02', duties: ['钢结构厂房构件焊接'] },
      { company: '广州南沙船舶重工有限公司', town: '广州', title: '电焊工', start: '2007-03', end: '2013-12', duties: ['散货船分段焊接，持船级社焊工证'] },
      { company: '广州南沙船舶重工有限公司', town: '广州', title: '焊接班组长', start: '2014-01', end: '2018-06', duties: ['带领 18 人焊接班组，负责质量及安全'] },
      { company: '佛山市顺德区精工压力容器有限公司', town: '佛山', title: '焊接技师', start: '2018-08', end: null, duties: ['压力容器焊接及焊接工艺评定，带教新员工'] },
    ],
    education: [{ school: '番禺区职业技术学校', town: '广州', degree: '焊接技术应用 中专', start: '2000-09', end: '2003-06' }],
    certificates: ['特种作业操作证（熔化焊接与热切割作业）', '焊工 国家职业资格二级（技师）', '锅炉压力容器焊工合格证'],
    spoken: ['粤语', '普通话'],
    extra: { 民族: '汉族', 政治面貌: '群众', 籍贯: '广东广州', 身份证号: '440126198412180000', 职称: '技师', 身高: '170cm' },
  },
  {
    id: 'p11', language: 'zh', name: '刘婷', family: '刘', gender: 'F', birth: '1993-07-11', birthplace: '河南洛阳', nationality: '中国',
    marital: '未婚', address: '河南省郑州市金水区经三路 87 号院 3 号楼 1 单元 502', email: 'liuting_icu@163.com', phone: '+8615866130472', phoneShown: '158-6613-0472',
    occupation: '主管护师（重症监护）', target: '重症医学科护士',
    summary: '十年临床护理经验，其中 ICU 六年，熟练掌握呼吸机、CRRT 等重症护理技术。',
    skills: ['重症监护 | ICU护理', '静脉穿刺 | 静脉输液', '呼吸机管理 | 机械通气护理', 'CRRT护理 | 血液净化', '护理文书书写', '心肺复苏 | CPR | 急救'],
    jobs: [
      { company: '洛阳市第三人民医院', town: '洛阳', title: '护士', start: '2015-08', end: '2019-12', duties: ['普外科、心内科轮转'] },
      { company: '洛阳市第三人民医院', town: '洛阳', title: '护师（重症医学科）', start: '2020-01', end: '2022-06', duties: ['ICU 床位护理，参与新冠救治'] },
      { company: '郑州协和心血管病医院', town: '郑州', title: '主管护师', start: '2022-08', end: null, duties: ['心外 ICU 责任组长，负责 CRRT 及 ECMO 患者护理'] },
    ],
    education: [
      { school: '河南中医药大学', town: '郑州', degree: '护理学 本科（专升本）', start: '2017-03', end: '2020-01' },
      { school: '洛阳职业技术学院', town: '洛阳', degree: '护理 大专', start: '2012-09', end: '2015-06' },
    ],
    certificates: ['护士执业证书', '主管护师资格证（2022）', '河南省重症专科护士培训合格证'],
    spoken: ['英语（CET-4）'],
    extra: { 民族: '回族', 政治面貌: '共青团员', 籍贯: '河南洛阳', 身份证号: '410302199307110000', 职称: '主管护师', 身高: '160cm' },
  },
  {
    id: 'p12', language: 'zh', name: '陈晓东', family: '陈', gender: 'M', birth: '1988-02-26', birthplace: '四川成都', nationality: '中国',
    marital: '已婚', address: '重庆市沙坪坝区土主镇西部物流园 7 号', email: 'chenxd0226@qq.com', phone: '+8613510984426', phoneShown: '135-1098-4426',
    occupation: '仓储运营经理', target: '仓储物流经理',
    summary: '十五年物流行业经验，从调度员成长为仓储运营经理，擅长冷链仓储与 WMS 上线。',
    skills: ['WMS系统操作 | WMS | 仓库管理系统', 'TMS运输调度 | TMS', '库存盘点 | 盘点', '冷链管理 | 冷链', '5S现场管理 | 5S', 'SAP MM模块 | SAP'],
    jobs: [
      { company: '成都蓉欧快运有限公司', town: '成都', title: '调度员', start: '2010-07', end: '2013-04', duties: ['零担车辆调度，日均发车 40 余车次'] },
      { company: '四川天府冷链物流有限公司', town: '成都', title: '仓储主管', start: '2013-05', end: '2018-10', duties: ['管理 2 万平米冷库，库存准确率 99.8%'] },
      { company: '重庆西部陆港物流园有限公司', town: '重庆', title: '仓储运营经理', start: '2018-11', end: null, duties: ['负责园区 3 个仓库运营，团队 120 人', '主导 WMS 系统上线'] },
    ],
    education: [{ school: '西南交通职业学院', town: '成都', degree: '物流管理 大专', start: '2007-09', end: '2010-06' }],
    certificates: ['物流师（国家职业资格三级）', '叉车作业证（N1）', 'C1 驾驶证'],
    spoken: ['英语（一般）'],
    extra: { 民族: '汉族', 政治面貌: '群众', 籍贯: '四川成都', 身份证号: '510104198802260000', 职称: '无', 身高: '172cm' },
  },
  {
    id: 'p13', language: 'mixed', name: '徐思雨', family: '徐', altName: 'Emily Xu', gender: 'F', birth: '1995-09-14', birthplace: '浙江杭州 Hangzhou', nationality: '中国 Chinese',
    marital: '未婚', address: '浙江省杭州市西湖区文一西路 998 号', email: 'emily.xu.sy@outlook.com', phone: '+8615026784410', phoneShown: '+86 150 2678 4410',
    occupation: 'English teacher (EAL)', target: '初中英语教师 / EAL Teacher',
    summary: 'EAL and English teacher with six years in bilingual and international schools; IELTS and IGCSE English experience.',
    skills: ['IELTS preparation | IELTS tutoring', 'EAL instruction | ESL teaching | English as an additional language', 'Lesson planning', 'Cambridge IGCSE English | IGCSE', 'Google Classroom', 'Classroom management'],
    jobs: [
      { company: 'Westlake Bilingual School', town: 'Hangzhou', title: 'Teaching Intern', start: '2016-03', end: '2016-06', duties: ['Co-taught Grade 8 English'] },
      { company: 'Lycée Jean-Moulin', town: 'Lyon', title: 'Chinese Language Assistant', start: '2017-10', end: '2018-04', duties: ['Chinese conversation classes for lycée students'] },
      { company: 'Westlake Bilingual School', town: 'Hangzhou', title: 'English Teacher (Grades 7–9)', start: '2018-08', end: '2022-07', duties: ['Grade 7–9 English, homeroom teacher', 'Ran the school debate club'] },
      { company: 'Kingsbridge International School Hangzhou', town: 'Hangzhou', title: 'EAL Teacher', start: '2022-08', end: null, duties: ['EAL support in Years 7–11; IGCSE English as a Second Language'] },
    ],
    education: [
      { school: 'Université Lumière Lyon 2', town: 'Lyon', degree: 'Master FLE / Language Teaching (M1)', start: '2017-09', end: '2018-06' },
      { school: '浙江外国语学院', town: '杭州', degree: '英语（师范）本科 文学学士', start: '2013-09', end: '2017-06' },
    ],
    certificates: ['高级中学教师资格证（英语）', 'TEM-8 英语专业八级', 'IELTS 8.0', '普通话二级甲等'],
    spoken: ['中文 Chinese – native', 'English – C2', 'Français – B2'],
    extra: { 民族: '汉族', 政治面貌: '共青团员', 籍贯: '浙江杭州', 身份证号: '330106199509140000', 职称: '中学二级教师', 身高: '165cm' },
  },
  {
    id: 'p14', language: 'mixed', name: 'Kevin Zhou', family: 'Zhou', altName: '周浩', gender: 'M', birth: '1990-07-28', birthplace: 'Changsha, China', nationality: 'Chinese',
    marital: 'married', address: 'Fraunhoferstraße 22, 80469 München, Germany', email: 'kevin.zhou.hao@gmx.de', phone: '+4917655532041', phoneShown: '+49 176 5553 2041',
    occupation: 'Embedded software engineer', target: 'Senior Embedded Engineer / 嵌入式软件工程师',
    summary: 'Embedded engineer with eleven years in power electronics and drives firmware in China, Poland and Germany.',
    skills: ['Embedded C | C', 'STM32', 'FreeRTOS | RTOS', 'CAN bus | CAN', 'Altium Designer | Altium | PCB design', 'Python (test automation) | Python', 'ISO 26262 functional safety | ISO 26262 | functional safety'],
    levels: { 'Embedded C': 'expert', STM32: 'expert', 'Altium Designer': 'good', 'Python (test automation)': 'good' },
    jobs: [
      { company: 'Shenzhen Huaxun Electronics Co., Ltd.', town: 'Shenzhen', title: 'Hardware Engineering Intern', start: '2012-03', end: '2012-08', duties: ['Board bring-up and test fixtures'] },
      { company: 'Shenzhen Huaxun Electronics Co., Ltd.', town: 'Shenzhen', title: 'Embedded Software Engineer', start: '2013-07', end: '2017-02', duties: ['Firmware for solar inverters on STM32', 'CAN and Modbus communication stacks'] },
      { company: 'Voltera Power Systems Sp. z o.o.', town: 'Wrocław', title: 'Firmware Engineer', start: '2017-04', end: '2021-09', duties: ['Motor-control firmware for e-bike drives', 'Production test automation in Python'] },
      { company: 'Ostmark Antriebstechnik GmbH', town: 'Munich', title: 'Senior Embedded Engineer', start: '2021-11', end: null, duties: ['Safety-related firmware (ASIL B) for traction inverters', 'Technical lead for a team of 5'] },
    ],
    education: [
      { school: 'Central South University of Technology', town: 'Changsha', degree: 'B.Eng. Electrical Engineering and Automation', start: '2009-09', end: '2013-06' },
    ],
    certificates: ['Certified Automotive SPICE Provisional Assessor (2023)', 'Driving licence class B'],
    spoken: ['Chinese – native', 'English – fluent', 'German – B1', 'Polish – A2'],
    interests: 'Table tennis, 3D printing',
    extra: { 民族: '汉族', 政治面貌: '群众', 籍贯: '湖南长沙', 身份证号: '—', 职称: '—', 身高: '178cm' },
  },
  {
    id: 'p15', language: 'mixed', name: '林嘉欣', family: '林', altName: 'Jessie Lin', gender: 'F', birth: '1996-03-02', birthplace: '福建厦门 Xiamen', nationality: '中国 Chinese',
    marital: 'Single 未婚', address: 'Al Qusais 1, Building 14, Flat 305, Dubai, UAE', email: 'jessie.lin.jx@gmail.com', phone: '+971555557263', phoneShown: '+971 55 555 7263',
    occupation: 'Cabin crew', target: 'Cabin Crew – Business Class / 乘务员',
    summary: 'Cabin crew with eight years of flying on narrow- and wide-body aircraft, Mandarin/English bilingual, premium-cabin trained.',
    skills: ['In-flight service | inflight service | cabin service', 'Safety and emergency procedures (SEP) | SEP | emergency procedures', 'First aid | inflight first aid', 'Mandarin–English interpreting | interpreting | interpretation', 'Duty-free sales | inflight sales', 'Conflict de-escalation | conflict resolution'],
    jobs: [
      { company: 'Minjiang Airlines', town: 'Xiamen', title: 'Flight Attendant', start: '2017-07', end: '2020-03', duties: ['Domestic and regional flights on A320/B737'] },
      { company: 'Arabian Falcon Airways', town: 'Dubai', title: 'Cabin Crew Grade II (Economy)', start: '2021-02', end: '2023-05', duties: ['Long-haul flights on B777/A350; China routes language crew'] },
      { company: 'Arabian Falcon Airways', town: 'Dubai', title: 'Cabin Crew Grade I (Business Class)', start: '2023-06', end: null, duties: ['Business-class galley and service; in-charge of duty-free'] },
    ],
    breaks: [{ start: '2020-04', end: '2021-01', note: 'Career break (COVID-19 – airline recruitment freeze); online Mandarin tutor' }],
    education: [{ school: '厦门南洋职业学院', town: '厦门', degree: '空中乘务 大专 / Diploma in Cabin Service', start: '2014-09', end: '2017-06' }],
    certificates: ['GCAA Cabin Crew Attestation', 'CAAC 乘务员执照 (Cabin Crew Licence)', 'Swimming: 100 m freestyle'],
    spoken: ['Mandarin – native', 'Minnan (Hokkien) – native', 'English – fluent', 'Arabic – basic'],
    extra: { 民族: '汉族', 政治面貌: '群众', 籍贯: '福建厦门', 身份证号: '—', 职称: '—', 身高: '168cm', 'Height': '168 cm', 'Arm reach': '212 cm', 'Weight': '52 kg', 'Passport No.': 'EJ5550417' },
  },
  {
    id: 'p16', language: 'mixed', name: 'Ma Jun', family: 'Ma', altName: '马骏', gender: 'M', birth: '1987-11-19', birthplace: 'Ningbo, China', nationality: 'Chinese (Dutch residence permit)',
    marital: 'married', address: 'Westblaak 140-C, 3012 KM Rotterdam, The Netherlands', email: 'majun.rotterdam@outlook.com', phone: '+31625558810', phoneShown: '+31 6 2555 8810',
    occupation: 'Customs broker / freight operations', target: 'Operations Manager – China–Europe Rail / 运营经理',
    summary: 'Customs and freight-forwarding professional with sixteen years in Ningbo and the Netherlands; China desk, sea and rail.',
    skills: ['Customs declarations (AGS/DMS) | customs clearance | customs declaration', 'Incoterms 2020 | Incoterms', 'HS tariff classification | HS codes | tariff classification', 'CargoWise One | CargoWise', 'China–Europe rail freight | rail freight', 'Dangerous goods documentation | DG documentation'],
    jobs: [
      { company: 'Ningbo Gangda International Freight Forwarding Co., Ltd.', town: 'Ningbo', title: 'Customs Declaration Clerk', start: '2009-07', end: '2013-09', duties: ['Export declarations for 200+ shippers'] },
      { company: 'Ningbo Gangda International Freight Forwarding Co., Ltd.', town: 'Ningbo', title: 'Sea Freight Operations Supervisor', start: '2013-10', end: '2016-05', duties: ['Team of 8 sea freight operators (FCL/LCL)'] },
      { company: 'Maasvlakte Forwarding B.V.', town: 'Rotterdam', title: 'Customs Broker (China Desk)', start: '2016-08', end: '2021-12', duties: ['Import declarations (AGS) for Chinese e-commerce and machinery', 'Tariff classification and BTI applications'] },
      { company: 'EuroSilk Rail Logistics B.V.', town: 'Venlo', title: 'Rail Freight Operations Manager', start: '2022-02', end: null, duties: ['Xi\'an/Chengdu–Venlo block trains: planning, customs, last mile', 'Team of 11 in Venlo and Duisburg'] },
    ],
    education: [
      { school: 'Zhejiang Ocean College', town: 'Zhoushan', degree: 'BSc International Trade and Economics', start: '2005-09', end: '2009-06' },
    ],
    certificates: ['Erkend Douane Expediteur (Dutch customs broker diploma, 2018)', 'IATA/FIATA Diploma in Freight Forwarding'],
    spoken: ['Chinese – native', 'English – fluent', 'Dutch – B1'],
    interests: 'Badminton, cycling',
    extra: { 民族: '汉族', 政治面貌: '群众', 籍贯: '浙江宁波', 身份证号: '—', 职称: '—', 身高: '175cm' },
  },
];
