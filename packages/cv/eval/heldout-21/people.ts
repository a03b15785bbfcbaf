/**
 * heldout-21: sixteen invented people. Everything here is made up (names, employers, schools, addresses, numbers).
 * `skills` are printed exactly as given (text before ` | `); what follows ` | ` is a synonym kept for the truth only.
 */
export type Lang = 'en' | 'zh' | 'mixed';
export interface Job {
  company: string; title: string; city: string; start: string; end: string | null; duties: string[];
  kind?: 'intern' | 'service'; supervisor?: string; supPhone?: string; reason?: string;
}
export interface Edu { school: string; degree: string; start: string; end: string; city: string }
export interface Gap { start: string; end: string; what: string }
export interface Person {
  id: string; language: Lang; name: string; nameLatin?: string; english?: string; gender: string; born: string;
  nationality: string; email: string; phone: string; e164: string; address: string; headline: string; summary: string;
  skills: string[]; work: Job[]; education: Edu[]; gaps: Gap[]; languages: string[]; certs: string[];
  referees: { name: string; role: string; phone: string }[];
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Marisol Keane-Ortega', gender: 'Female', born: '1991-03-14', nationality: 'United States',
    email: 'm.keaneortega@fastmail.com', phone: '(503) 419-2276', e164: '+15034192276',
    address: '2217 SE Clinton St, Portland, OR 97202', headline: 'Attorney — housing and civil litigation',
    summary: 'Litigator with ten years in Oregon courts, moving from commercial defence work to tenant representation.',
    skills: ['Westlaw', 'Lexis+ | LexisNexis', 'Motion practice', 'Deposition preparation', 'Clio Manage | Clio', 'eDiscovery (Relativity) | Relativity'],
    work: [
      { company: 'Multnomah Legal Aid Clinic', title: 'Summer Law Clerk', city: 'Portland, OR', start: '2015-06', end: '2015-08', kind: 'intern', supervisor: 'Dana Whitlock', supPhone: '(503) 224-7180', reason: 'Summer position ended', duties: ['Drafted eviction answers and fee-waiver petitions', 'Interviewed walk-in clients at the courthouse help desk'] },
      { company: 'Harrow & Lindqvist LLP', title: 'Associate Attorney', city: 'Portland, OR', start: '2016-09', end: '2020-03', supervisor: 'Gregory Lindqvist', supPhone: '(503) 226-4410', reason: 'Promoted', duties: ['Defended landlords and property managers in contract and habitability disputes', 'Took and defended 40+ depositions'] },
      { company: 'Harrow & Lindqvist LLP', title: 'Senior Associate', city: 'Portland, OR', start: '2020-04', end: '2022-12', supervisor: 'Gregory Lindqvist', supPhone: '(503) 226-4410', reason: 'Left to join public-interest practice', duties: ['First-chaired four bench trials in Multnomah County Circuit Court', 'Supervised two junior associates and a paralegal team'] },
      { company: 'Cascadia Tenant Defense Project', title: 'Staff Attorney', city: 'Portland, OR', start: '2023-02', end: null, supervisor: 'Renée Aldana', supPhone: '(971) 803-5529', duties: ['Represent tenants facing eviction in FED proceedings', 'Run monthly know-your-rights clinics'] },
    ],
    education: [
      { school: 'Willamette Ridge School of Law', degree: 'Juris Doctor', start: '2013-08', end: '2016-05', city: 'Salem, OR' },
      { school: 'University of the Cascades', degree: 'B.A., Political Science', start: '2009-09', end: '2013-06', city: 'Eugene, OR' },
    ],
    gaps: [{ start: '2016-06', end: '2016-08', what: 'Studying for the Oregon bar examination' }, { start: '2023-01', end: '2023-01', what: 'Between positions' }],
    languages: ['English (native)', 'Spanish (professional working)'], certs: ['Oregon State Bar, admitted 2016 (Bar No. 164418)'],
    referees: [{ name: 'Gregory Lindqvist', role: 'Managing Partner, Harrow & Lindqvist LLP', phone: '(503) 226-4410' }],
  },
  {
    id: 'p02', language: 'en', name: 'Riya Deshpande-Holt', gender: 'Female', born: '1993-07-02', nationality: 'Canada',
    email: 'riya.dholt@shaw.ca', phone: '403-862-5019', e164: '+14038625019',
    address: '88 Evanston Way NW, Calgary, AB  T3P 0K7', headline: 'Lead Process Engineer, P.Eng.',
    summary: 'Chemical engineer with refinery, petrochemical and low-carbon hydrogen experience from FEED through start-up.',
    skills: ['Aspen HYSYS | HYSYS', 'P&ID review | P&IDs', 'HAZOP facilitation | HAZOP', 'Heat & material balances | heat and material balance', 'Python', 'AutoCAD Plant 3D'],
    work: [
      { company: 'Bow River Refining Inc.', title: 'Engineering Co-op Student', city: 'Edmonton, AB', start: '2014-05', end: '2014-12', kind: 'intern', supervisor: 'Martin Szabo, P.Eng.', supPhone: '780-441-2093', reason: 'Co-op term completed', duties: ['Updated crude unit heat-exchanger fouling model', 'Prepared MOC packages for minor piping changes'] },
      { company: 'Northgate Petrochemical Ltd.', title: 'Process Engineer-in-Training', city: 'Fort Saskatchewan, AB', start: '2016-01', end: '2019-08', supervisor: 'Lorraine Beaudry, P.Eng.', supPhone: '780-992-6615', reason: 'Relocated to Calgary', duties: ['Process engineer for ethylene cracker debottleneck', 'Sized relief valves and flare headers'] },
      { company: 'Prairie Hydrogen Partners', title: 'Process Engineer', city: 'Calgary, AB', start: '2020-07', end: '2023-10', supervisor: 'Kwame Asante, P.Eng.', supPhone: '403-770-1184', reason: 'Promoted', duties: ['Built HYSYS models for autothermal reforming with carbon capture', 'Wrote process design basis and operating philosophy'] },
      { company: 'Prairie Hydrogen Partners', title: 'Lead Process Engineer', city: 'Calgary, AB', start: '2023-11', end: null, supervisor: 'Kwame Asante, P.Eng.', supPhone: '403-770-1184', duties: ['Lead a team of five process engineers on a 300 t/d blue hydrogen FEED', 'Facilitate HAZOP and LOPA workshops'] },
    ],
    education: [{ school: 'University of Northern Alberta', degree: 'B.Sc. Chemical Engineering (Co-op)', start: '2011-09', end: '2015-12', city: 'Edmonton, AB' }],
    gaps: [{ start: '2019-09', end: '2020-06', what: 'Parental leave' }],
    languages: ['English', 'Marathi', 'French (basic)'], certs: ['P.Eng., APEGA (2020)', 'First Aid / CPR C'],
    referees: [{ name: 'Kwame Asante, P.Eng.', role: 'Engineering Manager', phone: '403-770-1184' }],
  },
  {
    id: 'p03', language: 'en', name: 'Jerome Whitcombe', gender: 'Male', born: '1990-11-23', nationality: 'United States',
    email: 'jwhitcombe.pe@gmail.com', phone: '(614) 738-0921', e164: '+16147380921',
    address: '4410 Kenny Rd, Apt 3B, Columbus, OH 43220', headline: 'Senior Civil Engineer, PE',
    summary: 'Water resources and roadway drainage engineer; design, permitting and construction administration for public owners.',
    skills: ['Civil 3D | AutoCAD Civil 3D', 'HEC-RAS', 'Stormwater design', 'MicroStation', 'Bluebeam Revu | Bluebeam', 'Construction inspection', 'Cost estimating'],
    work: [
      { company: 'Ohio Department of Transportation', title: 'Civil Engineering Intern', city: 'Columbus, OH', start: '2011-05', end: '2011-08', kind: 'intern', supervisor: 'Alan Pruitt, PE', supPhone: '(614) 466-3071', reason: 'Summer internship', duties: ['Field inspection of culvert replacements', 'Quantity take-offs for district resurfacing plans'] },
      { company: 'Burgess Hatfield Engineers', title: 'Staff Engineer', city: 'Columbus, OH', start: '2013-01', end: '2016-06', supervisor: 'Teresa Vaughn, PE', supPhone: '(614) 885-2240', reason: 'Promoted', duties: ['Designed storm sewers and detention basins for municipal clients', 'Prepared ODOT plan sheets in MicroStation'] },
      { company: 'Burgess Hatfield Engineers', title: 'Project Engineer', city: 'Columbus, OH', start: '2016-07', end: '2019-11', supervisor: 'Teresa Vaughn, PE', supPhone: '(614) 885-2240', reason: 'Joined public utility', duties: ['Responsible charge for hydraulic analyses (HEC-RAS) on 12 bridge projects', 'Managed budgets up to $1.8M'] },
      { company: 'Tri-County Water Authority', title: 'Senior Civil Engineer', city: 'Delaware, OH', start: '2019-12', end: null, supervisor: 'Mark Oyelaran, PE', supPhone: '(740) 362-9018', duties: ['Capital program engineer for water main and pump-station upgrades', 'Review consultant designs and administer construction contracts'] },
    ],
    education: [{ school: 'Scioto Valley State University', degree: 'B.S. Civil Engineering', start: '2008-09', end: '2012-12', city: 'Columbus, OH' }],
    gaps: [], languages: ['English'], certs: ['Professional Engineer, Ohio (PE.81244), 2017', 'OSHA 30-Hour Construction'],
    referees: [{ name: 'Teresa Vaughn, PE', role: 'Principal, Burgess Hatfield Engineers', phone: '(614) 885-2240' }],
  },
  {
    id: 'p04', language: 'en', name: 'Shanice Marlow', gender: 'Female', born: '1992-01-30', nationality: 'United States',
    email: 'shanice.marlow.rn@outlook.com', phone: '(404) 661-8734', e164: '+14046618734',
    address: '1187 Boulevard Dr SE, Atlanta, GA 30317', headline: 'ICU Charge Nurse, BSN, RN, CCRN',
    summary: 'Critical-care nurse with medical-surgical, travel and cardiac ICU experience.',
    skills: ['Epic | Epic EHR', 'Telemetry monitoring', 'Ventilator management', 'IV therapy | IV insertion', 'Wound care', 'Patient education', 'Charge nurse scheduling'],
    work: [
      { company: 'Peachtree Memorial Hospital', title: 'Staff Nurse (RN), Medical-Surgical', city: 'Atlanta, GA', start: '2014-07', end: '2017-05', supervisor: 'Carol Henning, MSN', supPhone: '(404) 350-7721', reason: 'Took travel assignment', duties: ['Cared for 5–6 post-surgical patients per shift', 'Preceptor for new graduate nurses'] },
      { company: 'Southern Crescent Travel Nursing', title: 'Travel Nurse, ICU', city: 'Atlanta, GA', start: '2017-06', end: '2019-02', supervisor: 'Brent Oakes', supPhone: '(678) 214-0937', reason: 'Family caregiving', duties: ['13-week ICU contracts in Georgia, Alabama and Tennessee'] },
      { company: 'Decatur Heart & Vascular Institute', title: 'ICU Charge Nurse', city: 'Decatur, GA', start: '2019-10', end: null, supervisor: 'Lena Ferraro, DNP', supPhone: '(470) 308-6652', duties: ['Charge nurse for a 20-bed cardiovascular ICU', 'Member of the sepsis and CAUTI reduction committees'] },
    ],
    education: [{ school: 'Chattahoochee State University', degree: 'Bachelor of Science in Nursing', start: '2010-08', end: '2014-05', city: 'Columbus, GA' }],
    gaps: [{ start: '2019-03', end: '2019-09', what: 'Caring for a family member' }],
    languages: ['English'], certs: ['RN, Georgia (RN271903), multistate', 'BLS', 'ACLS', 'CCRN (AACN)'],
    referees: [{ name: 'Lena Ferraro, DNP', role: 'Nurse Manager, CVICU', phone: '(470) 308-6652' }],
  },
  {
    id: 'p05', language: 'en', name: 'Neema Joseph Mwakalinga', gender: 'Female', born: '1990-05-18', nationality: 'Tanzanian',
    email: 'neema.mwakalinga@yahoo.com', phone: '0754 318 902', e164: '+255754318902',
    address: 'P.O. Box 31544, Mbezi Beach, Kinondoni, Dar es Salaam', headline: 'Senior Procurement Officer, CPSP',
    summary: 'Procurement and supply professional with public-sector and agribusiness experience under the Public Procurement Act.',
    skills: ['Tender evaluation', 'TANePS e-procurement | TANePS', 'Contract management', 'Supplier appraisal', 'Tally ERP 9 | Tally', 'Ms Excel | Excel'],
    work: [
      { company: 'Jeshi la Kujenga Taifa (JKT) – Ruvu Camp', title: 'National Service (Operation Kikwete)', city: 'Ruvu, Pwani', start: '2009-06', end: '2009-08', kind: 'service', duties: ['Compulsory national service for Form Six leavers'] },
      { company: 'Coastal Cement Company Ltd', title: 'Procurement Intern (Field Attachment)', city: 'Tanga', start: '2013-06', end: '2013-09', kind: 'intern', supervisor: 'Mr. Abdallah Shemdoe', supPhone: '0713 402 118', duties: ['Maintained the supplier register', 'Prepared local purchase orders'] },
      { company: 'Lake Zone Water Authority', title: 'Procurement Officer II', city: 'Mwanza', start: '2014-10', end: '2018-06', supervisor: 'Eng. Paulo Masanja', supPhone: '0767 215 440', reason: 'Transfer', duties: ['Secretary to the Tender Board', 'Prepared annual procurement plans'] },
      { company: 'Pwani Regional Referral Hospital', title: 'Procurement Officer I', city: 'Kibaha', start: '2018-07', end: '2022-03', supervisor: 'Dr. Halima Said', supPhone: '0784 660 231', reason: 'Better opportunity', duties: ['Managed medicines and medical-supplies tenders', 'Led stock-taking and disposal of obsolete items'] },
      { company: 'Kilimo Bora Agro Exports Ltd', title: 'Senior Procurement Officer', city: 'Dar es Salaam', start: '2022-04', end: null, supervisor: 'Mr. Rajesh Patel', supPhone: '0689 120 775', duties: ['Source packaging and inputs for cashew and sesame exports', 'Negotiate framework agreements'] },
    ],
    education: [
      { school: 'Kibaha College of Business Studies', degree: 'Bachelor of Procurement and Supply Management', start: '2010-10', end: '2014-07', city: 'Kibaha' },
      { school: 'Msalato Girls Secondary School', degree: 'ACSEE (Form Six)', start: '2007-07', end: '2009-05', city: 'Dodoma' },
    ],
    gaps: [], languages: ['Kiswahili', 'English'], certs: ['Certified Procurement and Supplies Professional (CPSP), PSPTB 2016'],
    referees: [{ name: 'Dr. Halima Said', role: 'Medical Officer In-Charge, Pwani RRH', phone: '0784 660 231' }, { name: 'Eng. Paulo Masanja', role: 'Managing Director, LZWA', phone: '0767 215 440' }],
  },
  {
    id: 'p06', language: 'en', name: 'Bishnu Prasad Adhikari', gender: 'Male', born: '1988-09-09', nationality: 'Nepali',
    email: 'bishnu.adhikari.np@gmail.com', phone: '984-1236650', e164: '+9779841236650',
    address: 'Ward No. 10, New Baneshwor, Kathmandu, Bagmati Province, Nepal', headline: 'WASH Programme Manager / Civil Engineer',
    summary: 'Civil engineer specialised in rural water supply, from gravity schemes in the hills to programme management.',
    skills: ['EPANET', 'AutoCAD', 'QGIS', 'Bill of quantities (BoQ) | BoQ', 'Rate analysis', 'MS Project'],
    work: [
      { company: 'Himal Rural Water Trust', title: 'Junior Engineer', city: 'Dhading', start: '2012-03', end: '2014-07', supervisor: 'Er. Gopal Shrestha', supPhone: '01-4412387', reason: 'Promoted', duties: ['Surveyed and designed gravity-flow water schemes', 'Trained user committees'] },
      { company: 'Himal Rural Water Trust', title: 'Site Engineer', city: 'Gorkha', start: '2014-08', end: '2016-12', supervisor: 'Er. Gopal Shrestha', supPhone: '01-4412387', reason: 'Career growth', duties: ['Supervised post-earthquake reconstruction of 23 schemes'] },
      { company: 'Sagarmatha Infra Consult Pvt. Ltd.', title: 'Design Engineer', city: 'Lalitpur', start: '2017-02', end: '2021-06', supervisor: 'Er. Sunita Karki', supPhone: '01-5524619', reason: 'Joined programme', duties: ['Designed distribution networks in EPANET for municipal water projects', 'Prepared cost estimates and bid documents'] },
      { company: 'Karnali Development Alliance', title: 'WASH Programme Manager', city: 'Birendranagar, Surkhet', start: '2021-08', end: null, supervisor: 'Ms. Anita Gurung', supPhone: '083-523140', duties: ['Manage a 4-district WASH programme with 38 staff', 'Report to donors and local governments'] },
    ],
    education: [{ school: 'Pokhara Institute of Engineering', degree: 'Bachelor of Engineering (Civil)', start: '2007-11', end: '2011-12', city: 'Pokhara' }],
    gaps: [{ start: '2012-01', end: '2012-02', what: 'Awaiting NEC registration' }], languages: ['Nepali', 'English', 'Hindi'],
    certs: ['Nepal Engineering Council registration No. 7731 "A" Civil'],
    referees: [{ name: 'Er. Sunita Karki', role: 'Director, Sagarmatha Infra Consult', phone: '01-5524619' }],
  },
  {
    id: 'p07', language: 'en', name: 'Callum Baird', gender: 'Male', born: '1990-02-12', nationality: 'British',
    email: 'callum.baird@btinternet.com', phone: '07831 462915', e164: '+447831462915',
    address: '14 Rosemount Place, Aberdeen AB25 2XB', headline: 'Electrical Supervisor — Offshore Wind',
    summary: 'Former Army electronics technician, now supervising HV and turbine maintenance offshore.',
    skills: ['HV switching (up to 33kV) | high voltage switching', 'SCADA', 'Fault finding', 'Siemens S7 PLCs | PLC', 'Hydraulic torque & tension tooling', 'SAP PM'],
    work: [
      { company: 'British Army (REME)', title: 'Electronics Technician', city: 'Bordon / Tidworth', start: '2008-09', end: '2014-08', kind: 'service', supervisor: 'WO2 S. Tait', supPhone: '01980 615 222', reason: 'End of engagement', duties: ['Maintained vehicle and communication electronics', 'Deployed twice on operations'] },
      { company: 'Northsea Renewables Services Ltd', title: 'Wind Turbine Technician', city: 'Aberdeen', start: '2014-11', end: '2018-03', supervisor: 'Graeme Christie', supPhone: '01224 863 440', reason: 'Promoted', duties: ['Scheduled and breakdown maintenance on 3.6 MW turbines'] },
      { company: 'Northsea Renewables Services Ltd', title: 'Senior Technician', city: 'Aberdeen', start: '2018-04', end: '2021-01', supervisor: 'Graeme Christie', supPhone: '01224 863 440', reason: 'Move to operator', duties: ['Team lead for a 4-person offshore crew', 'Authorised Person for LV systems'] },
      { company: 'Moray Firth Offshore Wind Farm Ltd', title: 'Electrical Supervisor', city: 'Buckie', start: '2021-02', end: null, supervisor: 'Fiona McLeish', supPhone: '01542 832 917', duties: ['Senior Authorised Person for 33 kV array switching', 'Plan annual HV maintenance campaign'] },
    ],
    education: [{ school: 'Granite City College', degree: 'HNC Electrical Engineering (part-time)', start: '2015-09', end: '2017-06', city: 'Aberdeen' }],
    gaps: [{ start: '2014-09', end: '2014-10', what: 'Resettlement and GWO training' }], languages: ['English'],
    certs: ['GWO Basic Safety Training', 'BOSIET', 'IOSH Managing Safely', 'EngTech (applied)'],
    referees: [{ name: 'Fiona McLeish', role: 'Operations Manager', phone: '01542 832 917' }],
  },
  {
    id: 'p08', language: 'zh', name: '何静怡', gender: '女', born: '1990-04-06', nationality: '中国', email: 'hejingyi_md@163.com',
    phone: '138 8024 6613', e164: '+8613880246613', address: '四川省成都市温江区柳城街道光华大道三段1088号', headline: '儿科副主任医师',
    summary: '从事儿科临床工作十年，擅长小儿呼吸系统疾病及哮喘规范化管理。',
    skills: ['小儿呼吸道疾病诊治', '新生儿复苏 | NRP', '儿童哮喘规范化管理', '纤维支气管镜检查 | 支气管镜', 'SPSS', '病历质控'],
    work: [
      { company: '成都锦城妇女儿童医院', title: '住院医师', city: '成都', start: '2016-08', end: '2019-07', supervisor: '罗建平', supPhone: '028-85521347', duties: ['完成住院医师规范化培训，轮转儿内科各亚专科', '独立管理病床12张'] },
      { company: '成都锦城妇女儿童医院', title: '主治医师', city: '成都', start: '2019-08', end: '2023-06', supervisor: '罗建平', supPhone: '028-85521347', duties: ['负责儿童哮喘专病门诊', '参与省级课题1项'] },
      { company: '温江区蓉西医院', title: '儿科副主任医师', city: '成都', start: '2023-07', end: null, supervisor: '唐立新', supPhone: '028-82710093', duties: ['儿科副主任，分管呼吸亚专业', '开展儿童支气管镜技术'] },
    ],
    education: [
      { school: '西蜀医科大学', degree: '临床医学 本科', start: '2008-09', end: '2013-06', city: '成都' },
      { school: '西蜀医科大学', degree: '儿科学 硕士研究生', start: '2013-09', end: '2016-06', city: '成都' },
    ],
    gaps: [], languages: ['英语（CET-6）'], certs: ['医师资格证书', '医师执业证书', '副主任医师任职资格（2023）'],
    referees: [{ name: '罗建平', role: '成都锦城妇女儿童医院儿科主任', phone: '028-85521347' }],
  },
  {
    id: 'p09', language: 'zh', name: '刘子昂', gender: '男', born: '1991-10-21', nationality: '中国', email: 'liu.ziang@foxmail.com',
    phone: '139-1762-0458', e164: '+8613917620458', address: '上海市浦东新区东方路1365弄12号602室', headline: '新能源行业首席分析师',
    summary: '八年卖方与买方研究经验，覆盖光伏、储能及锂电产业链。',
    skills: ['Wind 金融终端 | Wind', '财务建模', 'DCF 估值 | DCF', 'Python', '行业数据库搭建', 'Excel VBA | VBA'],
    work: [
      { company: '沪东证券股份有限公司', title: '研究所实习生', city: '上海', start: '2014-03', end: '2014-08', kind: 'intern', supervisor: '钱文博', supPhone: '021-68812245', duties: ['协助撰写电力设备行业周报'] },
      { company: '沪东证券股份有限公司', title: '研究助理', city: '上海', start: '2015-07', end: '2017-12', supervisor: '钱文博', supPhone: '021-68812245', duties: ['覆盖光伏组件及逆变器公司', '搭建行业装机量数据库'] },
      { company: '鼎丰基金管理有限公司', title: '行业研究员', city: '上海', start: '2018-01', end: '2021-09', supervisor: '孙蕾', supPhone: '021-50367718', duties: ['负责新能源及电力设备行业研究', '为权益基金经理提供投资建议'] },
      { company: '浦江资本证券有限责任公司', title: '首席分析师（新能源）', city: '上海', start: '2022-03', end: null, supervisor: '周远航', supPhone: '021-63325590', duties: ['带领4人团队覆盖新能源产业链', '新财富评选入围（2024）'] },
    ],
    education: [
      { school: '申江财经大学', degree: '金融学 学士', start: '2009-09', end: '2013-06', city: '上海' },
      { school: '申江财经大学', degree: '金融学 硕士', start: '2013-09', end: '2015-06', city: '上海' },
    ],
    gaps: [{ start: '2021-10', end: '2022-02', what: '待业（竞业限制期）' }], languages: ['英语（熟练）'],
    certs: ['证券投资咨询（分析师）执业资格', 'CFA 二级'],
    referees: [{ name: '孙蕾', role: '鼎丰基金 研究部总监', phone: '021-50367718' }],
  },
  {
    id: 'p10', language: 'zh', name: '王秀兰', gender: '女', born: '1979-12-03', nationality: '中国', email: 'wangxiulan1979@sina.com',
    phone: '151 3712 8840', e164: '+8615137128840', address: '河南省郑州市金水区经三路68号院3号楼2单元501', headline: '注册会计师 / 合伙人',
    summary: '二十余年审计与企业财务管理经验，熟悉建筑施工企业核算及上市公司年报审计。',
    skills: ['合并报表编制', '审计底稿复核', '税务筹划', '用友U8 | 用友', '金蝶K/3 | 金蝶', '内部控制评价'],
    work: [
      { company: '郑州豫达会计师事务所（普通合伙）', title: '审计助理', city: '郑州', start: '2002-07', end: '2006-12', supervisor: '高振宇', supPhone: '0371-65943318', duties: ['参与国有企业年报审计'] },
      { company: '郑州豫达会计师事务所（普通合伙）', title: '项目经理', city: '郑州', start: '2007-01', end: '2012-03', supervisor: '高振宇', supPhone: '0371-65943318', duties: ['负责年审项目现场管理', '复核审计底稿'] },
      { company: '中原恒泰建设集团有限公司', title: '财务部经理', city: '郑州', start: '2012-04', end: '2019-12', supervisor: '李国强', supPhone: '0371-63382207', duties: ['主持集团财务核算与合并报表', '推动用友U8上线'] },
      { company: '河南嘉联会计师事务所有限公司', title: '合伙人', city: '郑州', start: '2020-01', end: null, supervisor: '张海鹰', supPhone: '0371-86156602', duties: ['分管审计二部', '签字注册会计师'] },
    ],
    education: [{ school: '中州财经学院', degree: '会计学 本科', start: '1998-09', end: '2002-06', city: '郑州' }],
    gaps: [], languages: ['英语（一般）'], certs: ['中国注册会计师（CICPA）', '高级会计师', '税务师'],
    referees: [{ name: '李国强', role: '中原恒泰建设集团 总会计师', phone: '0371-63382207' }],
  },
  {
    id: 'p11', language: 'zh', name: '陈国栋', gender: '男', born: '1986-06-15', nationality: '中国', email: '309817246@qq.com',
    phone: '186 5712 3394', e164: '+8618657123394', address: '浙江省杭州市上城区凯旋路445号', headline: '一级建造师 / 工程部经理',
    summary: '十七年房建及市政工程施工管理经验，主持项目获省级“钱江杯”优质工程奖。',
    skills: ['广联达 GTJ | 广联达', 'BIM (Revit) | Revit', 'CAD 施工图深化', '项目成本控制', 'Project 进度计划 | MS Project', '安全文明施工管理'],
    work: [
      { company: '浙江之江建设集团有限公司', title: '施工员', city: '杭州', start: '2009-07', end: '2012-10', supervisor: '吴建华', supPhone: '0571-87063321', duties: ['负责住宅项目主体结构施工'] },
      { company: '浙江之江建设集团有限公司', title: '项目技术负责人', city: '杭州', start: '2012-11', end: '2016-05', supervisor: '吴建华', supPhone: '0571-87063321', duties: ['编制施工组织设计及专项方案'] },
      { company: '杭州钱塘城建工程有限公司', title: '项目经理', city: '杭州', start: '2016-06', end: '2022-08', supervisor: '方志远', supPhone: '0571-86910478', duties: ['主持3个房建项目，合同额合计6.2亿元'] },
      { company: '宁波甬江基础设施投资有限公司', title: '工程部经理', city: '宁波', start: '2022-09', end: null, supervisor: '俞海波', supPhone: '0574-87352216', duties: ['负责城市更新项目的工程管理'] },
    ],
    education: [{ school: '浙东理工学院', degree: '土木工程 本科', start: '2005-09', end: '2009-06', city: '宁波' }],
    gaps: [], languages: ['英语（四级）'], certs: ['一级建造师（建筑工程）', '高级工程师', '安全生产考核合格证（B证）'],
    referees: [{ name: '方志远', role: '杭州钱塘城建 总经理', phone: '0571-86910478' }],
  },
  {
    id: 'p12', language: 'zh', name: '赵梦琪', gender: '女', born: '1997-08-27', nationality: '中国', email: 'zhaomengqi_97@163.com',
    phone: '177 2150 3367', e164: '+8617721503367', address: '广东省深圳市南山区粤海街道科苑南路2666号', headline: '基金渠道经理',
    summary: '五年基金销售及渠道维护经验，熟悉银行及第三方代销渠道。',
    skills: ['基金产品分析', '客户关系管理 | CRM', 'Excel 数据透视表 | Excel', '路演材料制作', 'Salesforce', '投资者适当性管理'],
    work: [
      { company: '鹏城银行股份有限公司', title: '大堂经理（实习）', city: '深圳', start: '2018-07', end: '2018-09', kind: 'intern', supervisor: '黄丽', supPhone: '0755-83306121', duties: ['协助客户办理理财业务'] },
      { company: '前海汇富基金销售有限公司', title: '客户经理', city: '深圳', start: '2019-07', end: '2021-12', supervisor: '梁振邦', supPhone: '0755-86529930', duties: ['维护高净值客户200余户'] },
      { company: '南山基金管理有限公司', title: '渠道经理', city: '深圳', start: '2022-01', end: null, supervisor: '邓晓岚', supPhone: '0755-82261775', duties: ['负责华南区银行渠道', '组织新发基金路演'] },
    ],
    education: [{ school: '岭南金融学院', degree: '金融学 本科', start: '2015-09', end: '2019-06', city: '广州' }],
    gaps: [], languages: ['英语（CET-6）', '粤语'], certs: ['基金从业资格', '证券从业资格'],
    referees: [{ name: '邓晓岚', role: '南山基金 渠道总监', phone: '0755-82261775' }],
  },
  {
    id: 'p13', language: 'mixed', name: '林嘉豪', nameLatin: 'LIN Jiahao', english: 'Jason Lin', gender: '男 Male', born: '1990-01-19',
    nationality: '加拿大 Canada', email: 'jason.lin.hw@gmail.com', phone: '135 1088 4271', e164: '+8613510884271',
    address: '广东省深圳市南山区科技园高新南九道59号 (Nanshan, Shenzhen)', headline: 'Hardware R&D Manager 硬件研发经理',
    summary: 'Hardware engineer with consumer IoT products from concept to mass production in Canada and Shenzhen.',
    skills: ['Altium Designer', 'Signal integrity analysis | SI analysis', 'BLE / Wi-Fi RF tuning', 'EMC pre-compliance', 'DFM', 'Python'],
    work: [
      { company: 'Northwind Devices Inc.', title: 'Hardware Engineering Intern 硬件实习工程师', city: 'Vancouver', start: '2012-05', end: '2012-12', kind: 'intern', supervisor: 'Peter Haldane', supPhone: '+1 604 688 2031', duties: ['Bring-up of sensor boards'] },
      { company: 'Northwind Devices Inc.', title: 'Hardware Engineer 硬件工程师', city: 'Vancouver', start: '2013-06', end: '2017-04', supervisor: 'Peter Haldane', supPhone: '+1 604 688 2031', duties: ['Schematic and PCB design for smart-home sensors'] },
      { company: '深圳讯达智能科技有限公司', title: 'Senior Hardware Engineer 高级硬件工程师', city: 'Shenzhen 深圳', start: '2017-06', end: '2021-03', supervisor: '许志伟', supPhone: '0755-26719930', duties: ['Led hardware for three BLE wearables', 'Worked with EMS factories on DFM'] },
      { company: '深圳讯达智能科技有限公司', title: 'Hardware R&D Manager 硬件研发经理', city: 'Shenzhen 深圳', start: '2021-04', end: null, supervisor: '许志伟', supPhone: '0755-26719930', duties: ['Manage a 12-person hardware team', 'Own EMC/RF certification plan'] },
    ],
    education: [{ school: 'Fraser Pacific University', degree: 'BASc Electrical Engineering 电气工程学士', start: '2008-09', end: '2013-05', city: 'Vancouver' }],
    gaps: [], languages: ['English', '普通话 Mandarin', '粤语 Cantonese'], certs: ['EIT (Engineers and Geoscientists BC)'],
    referees: [{ name: '许志伟', role: 'CTO 首席技术官', phone: '0755-26719930' }],
  },
  {
    id: 'p14', language: 'mixed', name: '周雨桐', nameLatin: 'CHOW Yu Tong', english: 'Chow Yu Tong', gender: '女 Female', born: '1987-11-08',
    nationality: '马来西亚 Malaysia', email: 'chowyutong@outlook.com', phone: '159 6213 0587', e164: '+8615962130587',
    address: '江苏省苏州市工业园区金鸡湖大道88号湖畔花园7幢 (SIP, Suzhou)', headline: 'Head of Science 科学组组长',
    summary: 'IB chemistry teacher and science department head; trained in Malaysia, teaching in Suzhou since 2019.',
    skills: ['IB DP Chemistry curriculum | IBDP Chemistry', 'ManageBac', 'Lab safety management', 'Google Classroom', 'Differentiated instruction', 'Vernier data logging | Vernier'],
    work: [
      { company: 'SMK Bukit Jalil Indah', title: 'Chemistry Teacher 化学教师', city: 'Kuala Lumpur', start: '2011-01', end: '2015-12', supervisor: 'Pn. Rosnah Ismail', supPhone: '+60 3-8996 4172', duties: ['Taught SPM chemistry, Form 4–5'] },
      { company: 'Tunku Heritage International School', title: 'IB Chemistry Teacher IB化学教师', city: 'Petaling Jaya', start: '2016-01', end: '2019-07', supervisor: 'Mr. David Ong', supPhone: '+60 3-7955 8810', duties: ['Taught IGCSE and IB DP chemistry'] },
      { company: 'Suzhou Lakeside International School', title: 'IB DP Chemistry Teacher IB化学教师', city: 'Suzhou 苏州', start: '2019-08', end: '2022-07', supervisor: 'Dr. Helen Marsh', supPhone: '0512-62889301', duties: ['Taught DP chemistry; IA moderation'] },
      { company: 'Suzhou Lakeside International School', title: 'Head of Science 科学组组长', city: 'Suzhou 苏州', start: '2022-08', end: null, supervisor: 'Dr. Helen Marsh', supPhone: '0512-62889301', duties: ['Lead a department of 9 teachers', 'Manage labs and budget'] },
    ],
    education: [
      { school: 'Universiti Sains Semenanjung', degree: 'B.Sc. (Ed.) Chemistry 化学教育学士', start: '2006-07', end: '2010-06', city: 'Penang' },
    ],
    gaps: [{ start: '2010-07', end: '2010-12', what: 'Awaiting posting (teacher placement)' }], languages: ['English', '普通话 Mandarin', 'Bahasa Melayu'],
    certs: ['IB Category 2 Chemistry workshop', 'TEFL 120h'],
    referees: [{ name: 'Dr. Helen Marsh', role: 'Principal 校长', phone: '0512-62889301' }],
  },
  {
    id: 'p15', language: 'mixed', name: '黄思远', nameLatin: 'HUANG Siyuan', english: 'Sean Huang', gender: '男 Male', born: '1994-02-25',
    nationality: '中国 China', email: 'sean.huang.sy@gmail.com', phone: '138-1652-7790', e164: '+8613816527790',
    address: '上海市徐汇区宛平南路600弄5号1203室 (Xuhui, Shanghai)', headline: 'Financial Reporting Manager 财务报告经理',
    summary: 'Former Big-4 style auditor, now leading IFRS/CAS reporting at a medical-device company.',
    skills: ['IFRS / CAS reporting | IFRS', 'SAP FICO | SAP FI/CO', 'Power BI', 'HFM consolidation | HFM', 'SOX 404 testing | SOX', 'Excel modelling'],
    work: [
      { company: 'Kingsbridge Huaming CPA LLP', title: 'Audit Intern 审计实习生', city: 'Shanghai', start: '2015-01', end: '2015-03', kind: 'intern', supervisor: 'Cindy Xu', supPhone: '021-61238800', duties: ['Busy-season fieldwork: bank confirmations, stock counts'] },
      { company: 'Kingsbridge Huaming CPA LLP', title: 'Audit Associate 审计员', city: 'Shanghai', start: '2016-09', end: '2019-08', supervisor: 'Cindy Xu', supPhone: '021-61238800', duties: ['Audits of manufacturing and healthcare clients'] },
      { company: 'Kingsbridge Huaming CPA LLP', title: 'Senior Audit Associate 高级审计员', city: 'Shanghai', start: '2019-09', end: '2021-08', supervisor: 'Cindy Xu', supPhone: '021-61238800', duties: ['In-charge senior on IPO and annual audits'] },
      { company: '上海澜亭医疗器械有限公司', title: 'Financial Reporting Manager 财务报告经理', city: 'Shanghai', start: '2021-09', end: null, supervisor: 'Mark Feng', supPhone: '021-54396620', duties: ['Monthly close, HFM consolidation and group reporting'] },
    ],
    education: [
      { school: '沪西财经大学', degree: '会计学（ACCA方向）学士 BA Accounting', start: '2012-09', end: '2016-06', city: '上海' },
    ],
    gaps: [], languages: ['普通话 Mandarin', 'English (IELTS 7.5)'], certs: ['ACCA Member', 'CICPA（通过4科）'],
    referees: [{ name: 'Cindy Xu', role: 'Audit Partner', phone: '021-61238800' }],
  },
  {
    id: 'p16', language: 'mixed', name: '吴蔚然', nameLatin: 'WU Weiran', english: 'Vivian Wu', gender: '女 Female', born: '1988-05-12',
    nationality: '中国 China', email: 'vivian.wu.scm@163.com', phone: '137 2409 6618', e164: '+8613724096618',
    address: '广州市天河区珠江新城华夏路30号 (Tianhe, Guangzhou)', headline: 'Regional S&OP Lead 区域产销协同负责人',
    summary: 'Supply-chain planner moving from customs documentation to regional S&OP leadership.',
    skills: ['S&OP', 'SAP APO | APO', 'Tableau', 'Demand forecasting', 'Kinaxis RapidResponse | Kinaxis', 'SQL', 'Incoterms 2020'],
    work: [
      { company: '广州珠江国际货运代理有限公司', title: '报关员 Customs Declarant', city: '广州', start: '2010-07', end: '2013-02', supervisor: '冯伟', supPhone: '020-83306917', duties: ['Prepared customs declarations for export shipments'] },
      { company: 'Lumen Consumer Goods (China) Co., Ltd.', title: 'Demand Planner 需求计划员', city: '广州', start: '2013-03', end: '2016-08', supervisor: 'Alice Tan', supPhone: '020-38771250', duties: ['Statistical forecasting for personal-care SKUs'] },
      { company: '广州云仓供应链管理有限公司', title: '供应链经理 Supply Chain Manager', city: '广州', start: '2017-10', end: '2022-04', supervisor: '郑浩', supPhone: '020-66253381', duties: ['Ran S&OP cycle for 4 warehouses and 1,200 SKUs'] },
      { company: 'Harbor & Vine Trading (Asia) Ltd.', title: 'Regional S&OP Lead 区域产销协同负责人', city: '广州', start: '2022-05', end: null, supervisor: 'Daniel Koh', supPhone: '+65 6715 2280', duties: ['Lead S&OP for Greater China and ASEAN'] },
    ],
    education: [
      { school: '羊城外语外贸学院', degree: '国际贸易 学士 BA International Trade', start: '2006-09', end: '2010-06', city: '广州' },
      { school: 'Northbrook University (UK)', degree: 'MSc Logistics & Supply Chain Management', start: '2016-09', end: '2017-09', city: 'Leeds' },
    ],
    gaps: [{ start: '2016-09', end: '2017-09', what: 'Full-time MSc study in the UK 英国全日制硕士' }], languages: ['普通话 Mandarin', '粤语 Cantonese', 'English (fluent)'],
    certs: ['APICS CPIM', '报关员资格证'],
    referees: [{ name: '郑浩', role: '广州云仓 运营总监', phone: '020-66253381' }],
  },
];

/** The skills as printed on the documents (the part before ` | `). */
export const printed = (skill: string) => skill.split(' | ')[0];
