/**
 * heldout-13: sixteen invented people. Every name, employer, school, number and address here is made up.
 * Skills are written the way each person would type them; synonyms (for the truth only) follow " | ".
 */
export type Lang = 'en' | 'zh' | 'mixed';
export interface Job {
  company: string; // exactly as printed
  town?: string; // printed beside the company by some templates; never part of the truth
  title: string;
  start: string; // YYYY-MM
  end: string | null; // null = current
  duties: string[];
}
export interface Edu { school: string; degree: string; start: string; end: string; grade?: string }
export interface Skill { item: string; syn?: string[]; level?: string }
export interface Person {
  id: string;
  language: Lang;
  name: string; // as the truth writes it
  nameAlt?: string; // the other-script form some templates print beside it
  email: string;
  phone: string; // E.164
  phoneShown: string; // as printed, the same in every document
  occupation: string;
  summary: string;
  skills: Skill[];
  work: Job[];
  education: Edu[];
  languages: string[];
  certificates: string[];
  breaks?: { start: string; end: string; note: string }[];
  volunteering?: { org: string; role: string; start: string; end: string }[];
  personal: Record<string, string>; // label -> value (date of birth, nationality, ...)
  address: string;
  interests?: string;
  references?: string[];
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Imran Qureshi', email: 'imranq.elec@gmail.com', phone: '+923004417265', phoneShown: '+92 300 4417265',
    occupation: 'Electrical maintenance engineer (textile mills)',
    summary: 'Electrical maintenance professional with more than fifteen years in spinning and denim mills, from apprentice to plant maintenance engineer. Looking for a challenging position where I can utilise my experience for the growth of the organisation.',
    skills: [
      { item: 'Siemens S7-300 PLC troubleshooting', syn: ['PLC troubleshooting', 'Siemens PLC'] },
      { item: 'VFD / inverter drives', syn: ['variable frequency drives', 'VFD'] },
      { item: 'HT/LT panel maintenance', syn: ['switchgear maintenance', 'panel maintenance'] },
      { item: 'Motor rewinding', syn: ['electric motor rewinding'] },
      { item: 'AutoCAD Electrical', syn: ['AutoCAD'] },
      { item: 'Preventive maintenance planning', syn: ['preventive maintenance'] },
      { item: 'MS Office', syn: ['Microsoft Office'] },
    ],
    work: [
      { company: 'Chenab Weaving (Pvt.) Ltd.', town: 'Faisalabad', title: 'Apprentice Electrician', start: '2008-07', end: '2009-06', duties: ['Assisted shift electricians in loom shed and humidification plant.', 'Maintained daily breakdown log.'] },
      { company: 'Chenab Weaving (Pvt.) Ltd.', town: 'Faisalabad', title: 'Shift Electrician', start: '2009-07', end: '2013-02', duties: ['Attended breakdowns of Picanol looms, compressors and lighting.', 'Rewound LT motors up to 37 kW in house.'] },
      { company: 'Noorani Spinning Mills Ltd.', town: 'Sheikhupura', title: 'Electrical Supervisor', start: '2013-04', end: '2019-10', duties: ['Supervised team of 9 electricians across three shifts.', 'Commissioned 11 kV ring main unit and capacitor bank.', 'Reduced motor failures by planned greasing and thermography.'] },
      { company: 'Ravi Denim Industries (Pvt.) Ltd.', town: 'Lahore', title: 'Maintenance Engineer (Electrical)', start: '2019-11', end: null, duties: ['Responsible for electrical maintenance of dyeing, finishing and utilities.', 'Programmed and fault-found Siemens S7-300 PLCs and ABB drives.', 'Prepared monthly energy report for plant manager.'] },
    ],
    education: [
      { school: 'Government College of Technology, Faisalabad', degree: 'DAE (Electrical Technology)', start: '2005-09', end: '2008-06', grade: '1st Division' },
      { school: 'Punjab Institute of Engineering Sciences, Lahore', degree: 'B.Tech (Hons) Electrical (evening programme)', start: '2014-09', end: '2018-07', grade: 'CGPA 3.12' },
      { school: 'BISE Faisalabad', degree: 'Matric (Science)', start: '2003-04', end: '2005-03', grade: 'A grade' },
    ],
    languages: ['Urdu', 'Punjabi', 'English'],
    certificates: ['Electrical Supervisor Competency Certificate (Punjab), 2014', 'NEBOSH IGC (in progress)'],
    personal: { "Father's Name": 'Muhammad Aslam Qureshi', 'CNIC No.': '33100-4829174-5', 'Date of Birth': '14-03-1987', Domicile: 'Faisalabad (Punjab)', Religion: 'Islam', 'Marital Status': 'Married', Nationality: 'Pakistani' },
    address: 'House No. 27, Street 4, Gulistan Colony, Faisalabad',
    references: ['Will be furnished on request.'],
  },
  {
    id: 'p02', language: 'en', name: 'Nadeesha Wickramasinghe', email: 'nadeesha.wickrama@yahoo.com', phone: '+94772845190', phoneShown: '+94 77 284 5190',
    occupation: 'Nursing officer / nurse educator',
    summary: 'Registered nurse with ICU and cardiac experience, now teaching newly recruited nurses. Seeking a post where I can continue clinical teaching.',
    skills: [
      { item: 'Critical care nursing', syn: ['ICU nursing', 'intensive care nursing'] },
      { item: 'Ventilator care', syn: ['mechanical ventilation'] },
      { item: 'IV cannulation', syn: ['intravenous cannulation', 'cannulation'] },
      { item: 'Infection control', syn: ['infection prevention and control'] },
      { item: 'Wound care', syn: ['wound management'] },
      { item: 'Clinical teaching', syn: ['nurse education'] },
      { item: 'MS Word & Excel', syn: ['Microsoft Office', 'Excel'] },
    ],
    work: [
      { company: 'Lakeside Private Hospital (Pvt) Ltd', town: 'Colombo 05', title: 'Staff Nurse', start: '2011-09', end: '2015-12', duties: ['General medical and surgical wards, 32 beds.', 'Drug rounds, admissions and discharge planning.'] },
      { company: 'Lakeside Private Hospital (Pvt) Ltd', town: 'Colombo 05', title: 'Ward Sister', start: '2016-01', end: '2018-06', duties: ['In charge of surgical ward and duty roster of 14 nurses.'] },
      { company: 'Kandy Heart & General Hospital', town: 'Kandy', title: 'Nursing Officer (ICU)', start: '2019-09', end: '2023-03', duties: ['Cared for ventilated and post cardiac-surgery patients.', 'Member of the infection control committee.'] },
      { company: 'Ceylon Cardiac Care Centre', town: 'Kandy', title: 'Nurse Educator', start: '2023-04', end: null, duties: ['Plan and deliver induction programme for new nursing staff.', 'Run monthly BLS practice sessions and competency checks.'] },
    ],
    education: [
      { school: 'Hillcountry School of Nursing, Kandy', degree: 'Diploma in General Nursing', start: '2008-06', end: '2011-06' },
      { school: 'Southern Institute of Health Sciences', degree: 'BSc Nursing (external)', start: '2019-01', end: '2022-12', grade: 'Second Class (Upper)' },
      { school: 'Mahamaya Girls\' College, Kandy', degree: 'G.C.E. Advanced Level (Biology stream)', start: '2005-01', end: '2007-08', grade: '2B, 1C' },
    ],
    languages: ['Sinhala', 'English', 'Tamil (basic)'],
    certificates: ['Sri Lanka Nursing Council registration No. SLNC/48213', 'BLS & ACLS Provider (2024)'],
    breaks: [{ start: '2018-07', end: '2019-08', note: 'Career break - maternity and family' }],
    personal: { 'Name in full': 'Wickramasinghe Mudiyanselage Nadeesha Wickramasinghe', 'Name with initials': 'W. M. N. Wickramasinghe', 'Date of Birth': '1988-02-21', 'NIC No.': '198855201437', Gender: 'Female', 'Civil Status': 'Married', Nationality: 'Sri Lankan', Religion: 'Buddhism' },
    address: 'No. 112/3, Peradeniya Road, Kandy',
    references: ['Dr. (Mrs.) S. Ratnayake, Director Nursing, Ceylon Cardiac Care Centre, Kandy. Tel: +94 81 222 4410', 'Mr. P. Gunasekara, Principal, Hillcountry School of Nursing, Kandy. Tel: +94 81 238 7716'],
  },
  {
    id: 'p03', language: 'en', name: 'Farhana Akter', email: 'farhana.akter.bd@gmail.com', phone: '+8801713458826', phoneShown: '+880 1713-458826',
    occupation: 'Garment merchandiser (buying house)',
    summary: 'Knit and woven merchandiser handling European buyers from development to shipment.',
    skills: [
      { item: 'Garment costing & CM calculation', syn: ['garment costing', 'costing'] },
      { item: 'Tech pack review', syn: ['tech packs'] },
      { item: 'TNA planning', syn: ['time and action planning', 'TNA'] },
      { item: 'Fabric & trims sourcing', syn: ['fabric sourcing', 'sourcing'] },
      { item: 'Lab dip / sample approval', syn: ['sample approval', 'lab dip approval'] },
      { item: 'MS Excel', syn: ['Excel'] },
      { item: 'Buyer communication', syn: ['client communication'] },
    ],
    work: [
      { company: 'Meghna Knit Composite Ltd.', town: 'Gazipur', title: 'Trainee Merchandiser', start: '2014-02', end: '2015-01', duties: ['Followed up accessories booking and sample status.'] },
      { company: 'Meghna Knit Composite Ltd.', town: 'Gazipur', title: 'Merchandiser', start: '2015-02', end: '2017-08', duties: ['Handled two German buyers, 1.2 million pcs per year.', 'Prepared costing sheets and order sheets.'] },
      { company: 'Padma Apparels Sourcing BD', town: 'Dhaka', title: 'Senior Merchandiser', start: '2017-09', end: '2021-12', duties: ['Managed woven bottoms programme with six factories.', 'Negotiated prices and delivery with suppliers.'] },
      { company: 'Northstar Buying House Ltd.', town: 'Uttara, Dhaka', title: 'Assistant Manager, Merchandising', start: '2022-01', end: null, duties: ['Lead team of four merchandisers for Nordic retail buyer.', 'Approve TNA and follow critical path with factories.'] },
    ],
    education: [
      { school: 'Dhaka Institute of Textile Science', degree: 'B.Sc in Textile Engineering (Apparel Manufacturing)', start: '2009-01', end: '2013-12', grade: 'CGPA 3.41 out of 4.00' },
      { school: 'Shaheed Smrity Govt. College, Dhaka Board', degree: 'HSC (Science)', start: '2006-07', end: '2008-06', grade: 'GPA 4.80' },
      { school: 'Mirpur Girls\' High School, Dhaka Board', degree: 'SSC (Science)', start: '2004-01', end: '2006-03', grade: 'GPA 5.00' },
    ],
    languages: ['Bangla', 'English', 'Hindi (understand)'],
    certificates: ['Certificate course on Apparel Merchandising, BGMEA Institute, 2014'],
    personal: { "Father's Name": 'Md. Abdul Karim', "Mother's Name": 'Rokeya Begum', 'Date of Birth': '09 August 1991', Gender: 'Female', 'Marital Status': 'Unmarried', Nationality: 'Bangladeshi', Religion: 'Islam', 'National ID No.': '1991 2692 4581 30177', 'Permanent Address': 'Vill: Char Bhabanipur, P.O: Sirajganj Sadar, Dist: Sirajganj' },
    address: 'House 14, Road 7, Sector 10, Uttara, Dhaka-1230',
    references: ['Md. Rafiqul Islam, GM (Merchandising), Padma Apparels Sourcing BD, Mobile: +880 1819-224560'],
  },
  {
    id: 'p04', language: 'en', name: 'Mehmet Can Aydın', email: 'mcaydin@outlook.com', phone: '+905324471903', phoneShown: '+90 (532) 447 19 03',
    occupation: 'Customs and logistics operations',
    summary: 'Customs and import operations specialist with twelve years in freight forwarding and customs brokerage in Istanbul and Kocaeli.',
    skills: [
      { item: 'Customs declarations (BİLGE)', syn: ['customs clearance', 'customs declarations'] },
      { item: 'Incoterms 2020', syn: ['Incoterms'] },
      { item: 'SAP MM', syn: ['SAP'] },
      { item: 'Freight forwarding operations', syn: ['freight forwarding'] },
      { item: 'Bonded warehouse procedures', syn: ['bonded warehousing'] },
      { item: 'MS Excel', syn: ['Excel'] },
    ],
    work: [
      { company: 'Ege Lojistik A.Ş.', town: 'İzmir', title: 'Summer Intern (compulsory internship)', start: '2010-07', end: '2010-08', duties: ['Prepared export files and followed truck departures.'] },
      { company: 'Marmara Gümrük Müşavirliği Ltd. Şti.', town: 'İstanbul', title: 'Customs Declaration Assistant', start: '2013-02', end: '2016-05', duties: ['Prepared import and export declarations in BİLGE.', 'Followed inspections at Ambarlı customs.'] },
      { company: 'Anadolu Freight Forwarding A.Ş.', town: 'Kocaeli', title: 'Import Operations Specialist', start: '2016-06', end: '2021-04', duties: ['Coordinated sea and road imports for automotive customers.', 'Checked Incoterms and duty calculations before clearance.'] },
      { company: 'Bosphorus Intermodal Taşımacılık A.Ş.', town: 'İstanbul', title: 'Customs & Compliance Team Leader', start: '2021-05', end: null, duties: ['Lead a team of six customs specialists.', 'Manage bonded warehouse stock reconciliation and audits.'] },
    ],
    education: [
      { school: 'Marmara Kıyı University, Faculty of Economics', degree: 'BA International Trade and Logistics', start: '2007-09', end: '2011-06', grade: 'GPA 2.94/4.00' },
      { school: 'Kartal Anadolu Lisesi', degree: 'High School Diploma', start: '2003-09', end: '2007-06' },
    ],
    languages: ['Turkish (native)', 'English (B2)', 'German (A2)'],
    certificates: ['Customs Broker Assistant Licence, 2014', 'Driving Licence: Class B'],
    personal: { 'Date of Birth': '17.05.1989', 'Place of Birth': 'Bursa', Nationality: 'Turkish (T.C.)', 'Marital Status': 'Married', 'Military Service': 'Completed (2011-2012)', 'Driving Licence': 'B (2008)' },
    address: 'Barbaros Mah. Lale Sok. No:8 D:5, Ataşehir / İstanbul',
    references: ['Serkan Yılmaz - Operations Manager, Anadolu Freight Forwarding A.Ş. - +90 262 555 41 20'],
  },
  {
    id: 'p05', language: 'en', name: 'Mariam Abdel-Rahman', email: 'mariam.abdelrahman92@gmail.com', phone: '+201006628471', phoneShown: '(+20) 100 662 8471',
    occupation: 'Accountant / financial reporting',
    summary: 'Seeking a challenging position in a reputable organization to expand my learnings, knowledge and skills in financial reporting.',
    skills: [
      { item: 'Oracle Financials (GL, AP)', syn: ['Oracle EBS', 'Oracle Financials'] },
      { item: 'IFRS reporting', syn: ['IFRS'] },
      { item: 'Egyptian tax (VAT & withholding)', syn: ['tax compliance', 'VAT'] },
      { item: 'Bank reconciliation', syn: ['bank reconciliations'] },
      { item: 'Month-end closing', syn: ['month end close'] },
      { item: 'Advanced Excel', syn: ['Excel'] },
      { item: 'Odoo ERP', syn: ['Odoo'] },
    ],
    work: [
      { company: 'Hilal, Saad & Co. Chartered Accountants', town: 'Giza', title: 'Junior Auditor', start: '2014-09', end: '2016-10', duties: ['Field audit of trading and contracting clients.', 'Prepared working papers and bank confirmations.'] },
      { company: 'Delta Agro Foods S.A.E.', town: '10th of Ramadan City', title: 'Accountant', start: '2016-11', end: '2019-03', duties: ['Accounts payable and supplier reconciliation.', 'Monthly VAT returns.'] },
      { company: 'Delta Agro Foods S.A.E.', town: '10th of Ramadan City', title: 'Senior Accountant', start: '2019-04', end: '2022-07', duties: ['General ledger, accruals and month-end closing.', 'Coordinated external audit.'] },
      { company: 'Nile Crest Pharmaceuticals', town: 'New Cairo', title: 'Financial Reporting Supervisor', start: '2022-08', end: null, duties: ['Prepare IFRS financial statements and group reporting pack.', 'Supervise two accountants.'] },
    ],
    education: [
      { school: 'Faculty of Commerce, Giza National University', degree: 'B.Com, Accounting Department (English Section)', start: '2009-09', end: '2013-06', grade: 'Very Good' },
    ],
    languages: ['Arabic: Mother tongue', 'English: Very good', 'French: Fair'],
    certificates: ['CMA Part 1 (passed 2021)', 'ICDL'],
    personal: { 'Date of Birth': '3 January 1992', Nationality: 'Egyptian', 'Marital Status': 'Married', 'Military Status': 'Not applicable', Gender: 'Female' },
    address: '18 Abbas El Akkad St., Nasr City, Cairo',
    references: ['Available upon request'],
  },
  {
    id: 'p06', language: 'en', name: 'Elif Şahin', email: 'elif.sahin.elt@gmail.com', phone: '+905056839217', phoneShown: '+90 505 683 92 17',
    occupation: 'Secondary school English teacher',
    summary: 'English language teacher with fifteen years in language courses, a private college and a state science high school.',
    skills: [
      { item: 'Classroom management', syn: ['class management'] },
      { item: 'Cambridge exam preparation (B2 First, C1 Advanced)', syn: ['exam preparation', 'Cambridge exams'] },
      { item: 'Curriculum and materials design', syn: ['curriculum design', 'materials development'] },
      { item: 'Google Classroom', syn: [] },
      { item: 'Moodle', syn: [] },
      { item: 'Drama in ELT', syn: ['drama techniques'] },
    ],
    work: [
      { company: 'Işıklar Dil Kursu', town: 'İzmir', title: 'English Instructor', start: '2010-09', end: '2012-06', duties: ['Taught general English to teenagers and adults, A1-B2.'] },
      { company: 'Yeşilvadi Koleji', town: 'İzmir', title: 'English Teacher', start: '2012-09', end: '2019-06', duties: ['Taught grades 5-8, prepared students for Cambridge exams.', 'Coordinated the school drama club.'] },
      { company: 'Karşıyaka Fen Lisesi', town: 'İzmir', title: 'English Teacher', start: '2020-09', end: null, duties: ['Teach grades 9-12 in a state science high school.', 'Department head for curriculum planning since 2023.'] },
    ],
    education: [
      { school: 'Ege Körfez University', degree: 'BA English Language Teaching', start: '2006-09', end: '2010-06', grade: '3.21/4.00' },
      { school: 'Ege Körfez University', degree: 'MA English Language Teaching (full-time, with thesis)', start: '2019-09', end: '2021-06' },
    ],
    languages: ['Turkish (native)', 'English (C2, YDS 92.5)', 'Spanish (A2)'],
    certificates: ['CELTA, 2015', 'Pedagogical Formation Certificate'],
    personal: { 'Date of Birth': '02.11.1988', 'Place of Birth': 'Manisa', Nationality: 'T.C.', 'Marital Status': 'Single', 'Driving Licence': 'B' },
    address: 'Bostanlı Mah. 1812 Sok. No:14/3 Karşıyaka / İzmir',
    references: ['Available on request'],
    volunteering: [{ org: 'TEGV (Educational Volunteers Foundation)', role: 'Volunteer English tutor', start: '2019-09', end: '2020-06' }],
  },
  {
    id: 'p07', language: 'en', name: 'Kasun Perera', email: 'kasun.qs@gmail.com', phone: '+94714502387', phoneShown: '+94 71 450 2387',
    occupation: 'Quantity surveyor (civil / highways)',
    summary: 'Quantity surveyor with experience in building and road projects under FIDIC contracts.',
    skills: [
      { item: 'BOQ preparation', syn: ['bill of quantities', 'BOQ'] },
      { item: 'CostX', syn: [] },
      { item: 'AutoCAD', syn: [] },
      { item: 'Interim payment applications', syn: ['IPC', 'interim payments'] },
      { item: 'FIDIC contract administration', syn: ['FIDIC', 'contract administration'] },
      { item: 'Variations & claims', syn: ['claims management', 'variations'] },
      { item: 'MS Project', syn: ['Microsoft Project'] },
    ],
    work: [
      { company: 'Lanka Build Consultants (Pvt) Ltd', town: 'Colombo 03', title: 'Trainee Quantity Surveyor (industrial training)', start: '2015-01', end: '2015-12', duties: ['Measurement of building works and take-off from drawings.'] },
      { company: 'Dinesh Construction (Pvt) Ltd', town: 'Kurunegala', title: 'Quantity Surveyor', start: '2016-03', end: '2020-02', duties: ['Prepared BOQs and subcontractor bills for school and hospital buildings.'] },
      { company: 'Ceylon Highways Contractors Ltd', town: 'Matara', title: 'Senior Quantity Surveyor', start: '2020-03', end: '2024-05', duties: ['Monthly IPCs and variation claims for 28 km expressway package.', 'Managed QS team of three.'] },
      { company: 'Road Development Authority', town: 'Battaramulla', title: 'Quantity Surveyor (Contract Basis)', start: '2024-06', end: null, duties: ['Evaluate contractor claims for rural bridges programme.'] },
    ],
    education: [
      { school: 'Western Province University of Technology', degree: 'BSc (Hons) Quantity Surveying', start: '2011-10', end: '2015-12', grade: 'Second Class (Lower Division)' },
      { school: 'Dharmaraja Vidyalaya, Kurunegala', degree: 'G.C.E. A/L (Maths stream)', start: '2008-01', end: '2010-08', grade: 'A, B, C' },
    ],
    languages: ['Sinhala', 'English'],
    certificates: ['Associate Member, Institute of Quantity Surveyors (AIQS)'],
    personal: { 'Name in full': 'Kuruppu Arachchige Don Kasun Perera', 'Name with initials': 'K. A. D. Perera', 'Date of Birth': '1990-07-11', 'NIC No.': '901930472V', Gender: 'Male', 'Civil Status': 'Single', Nationality: 'Sri Lankan', Religion: 'Buddhism' },
    address: 'No. 45, Temple Road, Wariyapola, Kurunegala',
    references: ['Eng. R. M. Jayasinghe, Project Director, Ceylon Highways Contractors Ltd. Tel: +94 77 310 5562', 'Mr. L. Fernando, Senior Lecturer, Western Province University of Technology. Tel: +94 11 245 8890'],
  },
  {
    id: 'p08', language: 'zh', name: '王志刚', email: 'wangzhigang1985@163.com', phone: '+8613912467730', phoneShown: '139-1246-7730',
    occupation: '数控设备维修电工 / 设备主管',
    summary: '从事数控机床及自动化设备电气维修近二十年，熟悉FANUC、西门子系统，能独立带班组处理疑难故障。',
    skills: [
      { item: 'FANUC数控系统维修', syn: ['FANUC维修', '数控系统维修'] },
      { item: '西门子PLC编程', syn: ['Siemens PLC', 'PLC编程'] },
      { item: '电气图纸识读', syn: ['电气识图'] },
      { item: '变频器调试', syn: ['变频器'] },
      { item: '液压气动系统维修', syn: ['液压维修'] },
      { item: 'CAD制图', syn: ['AutoCAD'] },
    ],
    work: [
      { company: '常州华晟精密机械有限公司', title: '维修电工', start: '2005-07', end: '2010-03', duties: ['负责车间数控车床、加工中心日常电气维修', '配合设备科做年度保养'] },
      { company: '常州华晟精密机械有限公司', title: '设备维修组长', start: '2010-04', end: '2014-08', duties: ['带6人维修班组，三班倒值班', '建立设备点检表，故障停机率下降30%'] },
      { company: '无锡德美数控机床有限公司', title: '售后服务工程师', start: '2014-09', end: '2020-12', duties: ['负责华东区客户机床安装调试和售后维修', '给客户操作工做培训'] },
      { company: '江苏昆腾智能装备有限公司', title: '设备主管', start: '2021-01', end: null, duties: ['管理全厂120台设备的维修保养', '制定备件计划，控制维修费用'] },
    ],
    education: [{ school: '常州工业技师学院', degree: '机电一体化（中级工班）', start: '2002-09', end: '2005-07' }, { school: '江苏开放大学', degree: '机电一体化技术 大专（业余）', start: '2011-03', end: '2013-07' }],
    languages: ['普通话'],
    certificates: ['高级维修电工（国家职业资格三级）', '低压电工作业证'],
    personal: { 性别: '男', 出生年月: '1985.10', 籍贯: '江苏常州', 政治面貌: '群众', 婚姻状况: '已婚', 身份证号: '320411198510xxxx17', 学历: '大专' },
    address: '江苏省常州市新北区太湖东路18号',
    interests: '钓鱼、象棋',
  },
  {
    id: 'p09', language: 'zh', name: '李雪梅', email: 'lixuemei0612@163.com', phone: '+8618625173904', phoneShown: '186 2517 3904',
    occupation: '酒店前厅经理',
    summary: '十余年高星级酒店前厅工作经验，从前台接待做到前厅经理，擅长宾客关系与团队培训。',
    skills: [
      { item: 'Opera PMS系统', syn: ['Opera PMS', '酒店管理系统'], level: '精通' },
      { item: '宾客投诉处理', syn: ['投诉处理'], level: '精通' },
      { item: '收益管理', syn: ['revenue management'], level: '熟练' },
      { item: '团队排班与培训', syn: ['员工培训', '排班'], level: '熟练' },
      { item: 'Excel报表', syn: ['Excel'], level: '熟练' },
    ],
    work: [
      { company: '杭州望湖湾大酒店', title: '前台接待', start: '2009-07', end: '2012-02', duties: ['办理入住、退房及外币兑换', '处理客人日常需求'] },
      { company: '杭州望湖湾大酒店', title: '前厅领班', start: '2012-03', end: '2014-10', duties: ['安排前台班次，带新员工', '夜审报表核对'] },
      { company: '宁波海曙锦悦酒店', title: '大堂副理', start: '2014-11', end: '2019-04', duties: ['处理VIP接待和宾客投诉', '参与开业筹备，制定前厅SOP'] },
      { company: '上海虹桥雅居酒店管理有限公司', title: '前厅经理', start: '2019-05', end: null, duties: ['管理前台、礼宾、总机共28人', '配合收益经理调整房价，入住率提升8%'] },
    ],
    education: [{ school: '浙江旅游职业学院', degree: '酒店管理 大专', start: '2006-09', end: '2009-06' }],
    languages: ['英语：可作为工作语言', '普通话'],
    certificates: ['前厅服务员（高级）'],
    personal: { 性别: '女', 出生年月: '1988.06', 现居地: '上海市闵行区', 政治面貌: '共青团员', 婚姻状况: '已婚' },
    address: '上海市闵行区虹桥镇吴中路1088弄',
    interests: '瑜伽、烘焙',
  },
  {
    id: 'p10', language: 'zh', name: '陈思远', email: 'siyuan.chen@foxmail.com', phone: '+8615800623418', phoneShown: '158 0062 3418',
    occupation: '数据分析师',
    summary: '统计学本科，两段互联网实习，三年电商与物流数据分析经验，熟悉SQL与Python。',
    skills: [
      { item: 'Python（pandas、numpy）', syn: ['Python', 'pandas'], level: '熟练' },
      { item: 'SQL', syn: ['MySQL'], level: '精通' },
      { item: 'Hive SQL', syn: ['Hive'], level: '熟练' },
      { item: 'Tableau', syn: ['数据可视化'], level: '熟练' },
      { item: 'Excel数据透视表', syn: ['Excel'], level: '精通' },
      { item: 'A/B测试', syn: ['AB测试', 'A/B testing'], level: '熟悉' },
    ],
    work: [
      { company: '上海数澜信息科技有限公司', title: '数据分析实习生', start: '2021-07', end: '2021-09', duties: ['整理用户行为日志，编写日报SQL'] },
      { company: '杭州蓝鲸电子商务有限公司', title: '运营数据实习生', start: '2022-03', end: '2022-08', duties: ['搭建店铺销售看板', '分析大促活动转化漏斗'] },
      { company: '上海数澜信息科技有限公司', title: '数据分析师', start: '2023-07', end: '2025-02', duties: ['负责会员业务指标体系搭建', '设计并分析A/B实验20余次'] },
      { company: '南京云途物流科技有限公司', title: '高级数据分析师', start: '2025-03', end: null, duties: ['负责运力调度数据分析与时效预测', '推动干线成本下降5%'] },
    ],
    education: [{ school: '江南理工大学', degree: '统计学 本科', start: '2019-09', end: '2023-06', grade: 'GPA 3.6/4.0，专业前15%' }],
    languages: ['英语：CET-6（552分）'],
    certificates: ['全国计算机二级（Python）', '数据分析师（CDA Level I）'],
    personal: { 性别: '男', 出生年月: '2001.04', 籍贯: '安徽安庆', 政治面貌: '中共党员', 民族: '汉' },
    address: '江苏省南京市江宁区',
    interests: '篮球、跑步',
    volunteering: [{ org: '江南理工大学青年志愿者协会', role: '支教志愿者', start: '2020-07', end: '2020-08' }],
  },
  {
    id: 'p11', language: 'zh', name: '赵丽娟', email: 'zhaolijuan_sq@126.com', phone: '+8613805318826', phoneShown: '13805318826',
    occupation: '社区工作者 / 街道民政',
    summary: '在街道和社区一线工作十余年，熟悉网格化管理和民政救助政策，有较强的群众工作能力。',
    skills: [
      { item: '社区网格化管理', syn: ['网格化管理'] },
      { item: '民政救助政策（低保、临时救助）', syn: ['低保审核', '民政业务'] },
      { item: '公文写作', syn: ['公文撰写'] },
      { item: '矛盾纠纷调解', syn: ['调解'] },
      { item: 'Office办公软件', syn: ['Office', 'Word', 'Excel'] },
      { item: '人口信息系统录入', syn: ['信息录入'] },
    ],
    work: [
      { company: '济南泉城物业服务有限公司', title: '客服专员', start: '2010-07', end: '2013-05', duties: ['受理业主报修、投诉', '收缴物业费并做台账'] },
      { company: '济南市历城区泉润街道办事处', title: '社区网格员', start: '2013-09', end: '2017-12', duties: ['负责3个网格约900户的人口信息采集', '上报安全隐患，协助处置'] },
      { company: '济南市历城区泉润街道办事处', title: '民政专干', start: '2018-01', end: '2022-06', duties: ['低保、特困人员审核与动态管理', '组织节日走访慰问'] },
      { company: '济南市历城区荷园社区居民委员会', title: '社区主任助理', start: '2022-07', end: null, duties: ['协助主任处理社区日常事务', '牵头组织老年食堂和志愿服务活动'] },
    ],
    education: [{ school: '山东经贸职业学院', degree: '行政管理 大专', start: '2007-09', end: '2010-07' }, { school: '山东开放大学', degree: '行政管理 本科（成人教育）', start: '2015-03', end: '2017-07' }],
    languages: ['普通话二级甲等'],
    certificates: ['助理社会工作师', '机动车驾驶证（C1）'],
    personal: { 性别: '女', 出生年月: '1989年3月', 民族: '汉族', 政治面貌: '中共党员', 户籍: '山东济南', 婚姻状况: '已婚', 身份证号: '37011219890316xxxx' },
    address: '山东省济南市历城区荷园小区6号楼2单元',
    volunteering: [{ org: '济南市红十字会', role: '应急救护志愿者', start: '2019-05', end: '2021-12' }],
  },
  {
    id: 'p12', language: 'zh', name: '刘建国', email: 'liujianguo1978@sina.com', phone: '+8613602489517', phoneShown: '136 0248 9517',
    occupation: '仓储物流经理',
    summary: '二十多年仓储物流经验，从仓管员做起，熟悉保税仓、电商仓和家电配送中心运作。',
    skills: [
      { item: 'WMS仓储管理系统', syn: ['WMS'] },
      { item: 'SAP库存模块', syn: ['SAP', 'SAP MM'] },
      { item: '叉车操作', syn: ['叉车', 'forklift operation'] },
      { item: '5S现场管理', syn: ['5S'] },
      { item: '库存盘点与差异分析', syn: ['盘点', '库存管理'] },
      { item: '运输调度', syn: ['车辆调度'] },
    ],
    work: [
      { company: '东莞市顺达货运有限公司', title: '仓管员', start: '2001-03', end: '2006-12', duties: ['收发货、装卸车，手工账'] },
      { company: '广州南沙保税物流有限公司', title: '仓库组长', start: '2007-03', end: '2013-08', duties: ['负责保税仓进出库和海关账册核对', '管理12名仓管和叉车工'] },
      { company: '深圳前海通运供应链管理有限公司', title: '仓储主管', start: '2014-06', end: '2021-09', duties: ['负责2万平米电商仓运营', '上线新WMS系统，拣货效率提高25%'] },
      { company: '佛山市顺德美联电器配送中心', title: '物流经理', start: '2021-10', end: null, duties: ['管理仓储、干线和城配，团队60余人', '控制物流费用率在2.1%以内'] },
    ],
    education: [{ school: '湖南省邵阳县第二中学', degree: '高中', start: '1994-09', end: '1997-07' }, { school: '广东开放大学', degree: '物流管理 大专（业余）', start: '2009-03', end: '2011-07' }],
    languages: ['普通话、粤语（听说）'],
    certificates: ['叉车证（N1）', '物流师（三级）'],
    breaks: [{ start: '2013-09', end: '2014-05', note: '回老家照顾生病的父亲' }],
    personal: { 性别: '男', 出生年月: '1978.08', 籍贯: '湖南邵阳', 婚姻状况: '已婚', 政治面貌: '群众' },
    address: '广东省佛山市顺德区大良街道',
  },
  {
    id: 'p13', language: 'mixed', name: 'Chan Ka Wai', nameAlt: '陳嘉慧', email: 'kawai.chan.pt@gmail.com', phone: '+85291237845', phoneShown: '+852 9123 7845',
    occupation: 'Physiotherapist 物理治療師',
    summary: 'Registered physiotherapist (Part I) with musculoskeletal, geriatric and sports rehabilitation experience in Hong Kong.',
    skills: [
      { item: 'Manual therapy', syn: ['manual therapy techniques'] },
      { item: 'Sports injury rehabilitation', syn: ['sports rehab'] },
      { item: 'Dry needling', syn: [] },
      { item: 'Exercise prescription', syn: [] },
      { item: 'Geriatric rehabilitation', syn: ['elderly rehab'] },
      { item: 'Kinesio taping', syn: ['taping'] },
    ],
    work: [
      { company: 'Harbourfront Physiotherapy Clinic', town: 'Wan Chai', title: 'Physiotherapist', start: '2016-08', end: '2019-07', duties: ['Outpatient musculoskeletal caseload of 14-16 patients a day.'] },
      { company: 'Tai Po Elderly Care Association', town: 'Tai Po', title: 'Physiotherapist 物理治療師', start: '2019-08', end: '2022-12', duties: ['Fall prevention programme for two care-and-attention homes.', 'Trained care workers in safe transfer.'] },
      { company: 'Sportsfit Rehab Limited', town: 'Kwun Tong', title: 'Senior Physiotherapist 高級物理治療師', start: '2023-01', end: null, duties: ['Return-to-sport programmes for amateur and school athletes.', 'Supervise two physiotherapists and clinical students.'] },
    ],
    education: [{ school: 'Victoria Harbour University', degree: 'BSc (Hons) Physiotherapy 物理治療學理學士', start: '2012-09', end: '2016-06', grade: 'Second Class Honours (Division I)' }, { school: 'St. Agnes\' Secondary School, Sha Tin', degree: 'HKDSE', start: '2006-09', end: '2012-07' }],
    languages: ['Cantonese 廣東話 (native)', 'English 英文 (fluent)', 'Putonghua 普通話 (good)'],
    certificates: ['Registered Physiotherapist (Part I), Physiotherapists Board', 'Certificate in Dry Needling (2020)'],
    personal: { 'Date of Birth 出生日期': '05/1994', 'Gender 性別': 'Female 女', 'HKID 身份證': 'Y71xxxx(3)', 'Availability 可上班日期': 'One month notice' },
    address: 'Flat 12B, Block 3, Sun Tin Court, Sha Tin, N.T.',
    references: ['Available upon request 如有需要可提供'],
  },
  {
    id: 'p14', language: 'mixed', name: 'Ho Weng Fai', nameAlt: '何永輝', email: 'wengfai.ho@outlook.com', phone: '+85366238109', phoneShown: '+853 6623 8109',
    occupation: 'Restaurant manager 餐廳經理',
    summary: 'Seventeen years in hotel and restaurant food & beverage in Macau, from waiter to restaurant manager of a Cantonese and banquet operation.',
    skills: [
      { item: 'Banquet operations', syn: ['banqueting'] },
      { item: 'Micros POS', syn: ['POS system'] },
      { item: 'Wine service', syn: ['wine knowledge'] },
      { item: 'HACCP / food safety', syn: ['HACCP', 'food safety'] },
      { item: 'Staff scheduling', syn: ['rostering'] },
      { item: 'F&B cost control', syn: ['cost control'] },
    ],
    work: [
      { company: 'Hotel Ribeira Lusa', town: 'Macau', title: 'Waiter 侍應', start: '2008-05', end: '2010-12', duties: ['Served in Portuguese restaurant and lobby lounge.'] },
      { company: 'Hotel Ribeira Lusa', town: 'Macau', title: 'Captain, Chinese Restaurant 中菜廳部長', start: '2011-01', end: '2014-06', duties: ['In charge of a section of 18 tables and dim sum trolleys.'] },
      { company: 'Cotai Crown Resort', town: 'Cotai', title: 'Assistant Restaurant Manager 助理餐廳經理', start: '2014-07', end: '2020-03', duties: ['Ran banquet floor for functions up to 600 guests.', 'Trained new staff in wine service.'] },
      { company: 'Taipa Harbour Dining Group Ltd.', town: 'Taipa', title: 'Restaurant Manager 餐廳經理', start: '2021-01', end: null, duties: ['Manage a 220-seat Cantonese restaurant, 45 staff.', 'Reduced food cost from 36% to 32%.'] },
    ],
    education: [{ school: 'Macau Institute of Tourism Studies (evening)', degree: 'Diploma in Food & Beverage Management 餐飲管理文憑', start: '2012-09', end: '2014-07' }, { school: 'Escola Secundária Pui Ching (Macau)', degree: 'Secondary 6 中六', start: '2002-09', end: '2008-07' }],
    languages: ['Cantonese 廣東話', 'English 英文', 'Putonghua 普通話', 'Portuguese (basic) 葡文（基本）'],
    certificates: ['WSET Level 2 Award in Wines', 'Food Hygiene Certificate 食物衛生證書'],
    personal: { 'Date of Birth 出生日期': '1990年2月', 'Gender 性別': 'Male 男', 'Macau ID 澳門身份證': '1/23xxxx/9' },
    address: 'Rua de Bragança, Edf. Kam Hoi, 8 andar C, Taipa, Macau',
  },
  {
    id: 'p15', language: 'mixed', name: '张伟', nameAlt: 'Zhang Wei (David)', email: 'zw_mecheng@163.com', phone: '+8613962158347', phoneShown: '+86 139 6215 8347',
    occupation: 'Manufacturing engineer 制造工程',
    summary: '14 years of process and manufacturing engineering in automotive parts (Tier 1/Tier 2), German customer audits, lean production.',
    skills: [
      { item: 'SolidWorks', syn: [] },
      { item: 'GD&T', syn: ['geometric dimensioning and tolerancing'] },
      { item: 'PFMEA', syn: ['FMEA'] },
      { item: 'Lean Manufacturing 精益生产', syn: ['精益生产', 'lean'] },
      { item: 'Minitab', syn: [] },
      { item: 'APQP / PPAP', syn: ['APQP', 'PPAP'] },
    ],
    work: [
      { company: '苏州恒锐汽车零部件有限公司', title: '工艺工程师 Process Engineer', start: '2012-07', end: '2016-06', duties: ['Stamping and welding process for seat brackets 冲压焊接工艺', 'PFMEA, control plan and work instructions'] },
      { company: '德尔森（苏州）精密部件有限公司', title: 'Manufacturing Engineer 制造工程师', start: '2016-07', end: '2019-12', duties: ['New line ramp-up for steering parts; PPAP to German OEM', 'OEE from 68% to 81%'] },
      { company: '德尔森（苏州）精密部件有限公司', title: 'Senior Manufacturing Engineer 高级制造工程师', start: '2020-01', end: '2023-08', duties: ['Led 3 engineers; transfer of 5 lines from Germany', 'Lean workshops 精益改善'] },
      { company: '昆山凯特瑞自动化有限公司', title: 'Engineering Manager 工程经理', start: '2023-09', end: null, duties: ['Manage ME/PE team of 11', 'Capex planning and automation projects'] },
    ],
    education: [{ school: '华东工业大学', degree: '机械设计制造及其自动化 本科 B.Eng Mechanical Engineering', start: '2008-09', end: '2012-06' }],
    languages: ['English: fluent (CET-6), daily work with German HQ', 'German: basic A1'],
    certificates: ['Six Sigma Green Belt', 'VDA 6.3 Process Auditor'],
    personal: { '性别 Gender': '男 Male', '出生年月 Date of Birth': '1989-11', '户籍 Hukou': '江苏南通', '婚姻 Marital': '已婚 Married' },
    address: '江苏省昆山市玉山镇 Yushan Town, Kunshan, Jiangsu',
  },
  {
    id: 'p16', language: 'mixed', name: '林晓彤', nameAlt: 'Lin Xiaotong (Tina)', email: 'linxiaotong_audit@163.com', phone: '+8618820457312', phoneShown: '188 2045 7312',
    occupation: 'Audit / corporate finance 审计与财务',
    summary: 'Five years of external audit at a domestic CPA firm, now assistant finance manager at an investment holding group.',
    skills: [
      { item: 'IFRS / 中国企业会计准则', syn: ['IFRS', 'CAS', '企业会计准则'] },
      { item: 'Excel（VBA）', syn: ['Excel', 'VBA'] },
      { item: '用友U8', syn: ['U8', '用友'] },
      { item: 'Power BI', syn: [] },
      { item: '内部控制测试', syn: ['内控测试', 'internal control testing'] },
      { item: '合并报表', syn: ['consolidation', '合并财务报表'] },
    ],
    work: [
      { company: '中和华信会计师事务所（特殊普通合伙）', title: '审计实习生 Audit Intern', start: '2017-01', end: '2017-03', duties: ['年审期间函证、盘点和底稿整理'] },
      { company: '中和华信会计师事务所（特殊普通合伙）', title: '审计员 Audit Associate', start: '2018-07', end: '2020-09', duties: ['IPO及年报审计，负责收入、存货循环'] },
      { company: '中和华信会计师事务所（特殊普通合伙）', title: '高级审计员 Audit Senior', start: '2020-10', end: '2022-05', duties: ['带3-5人现场团队，负责上市公司年审', '与客户财务总监沟通审计调整'] },
      { company: '广州穗丰投资控股有限公司', title: '财务经理助理 Assistant Finance Manager', start: '2022-06', end: null, duties: ['编制集团合并报表（21家子公司）', '搭建Power BI管理报表'] },
    ],
    education: [{ school: '岭南财经学院', degree: '会计学（ACCA方向）本科 BA Accounting', start: '2014-09', end: '2018-06', grade: 'GPA 3.5/4.0' }],
    languages: ['英语 English：CET-6，IELTS 7.0', '粤语 Cantonese：母语'],
    certificates: ['ACCA Affiliate', '注册会计师（CPA）专业阶段 6 科全科合格'],
    personal: { '性别 Gender': '女 Female', '出生年月 Date of Birth': '1996.05', '现居 Location': '广州 Guangzhou', '政治面貌': '共青团员' },
    address: '广东省广州市天河区珠江新城',
    interests: '羽毛球、旅行',
  },
];
