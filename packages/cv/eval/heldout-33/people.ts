/**
 * heldout-33: sixteen invented people. Every name, employer, school, address, e-mail and number here is made up.
 * `skills` are printed exactly as written (first spelling); `skillTruth` adds other spellings after " | ".
 */
export type Lang = 'en' | 'zh' | 'mixed';
export interface Job { company: string; title: string; start: string; end: string | null; town: string; duties: string; reason?: string }
export interface Edu { school: string; qual: string; start: string; end: string }
export interface Referee { name: string; org: string; phone: string }
export interface Person {
  id: string; language: Lang; name: string; latin?: string; gender: string; dob: string; nationality: string;
  email: string; phone: string; phoneLocal: string; address: string; headline: string; summary: string;
  skills: string[]; skillTruth?: Record<string, string>; work: Job[]; education: Edu[]; languages: string; certs: string[];
  referees: Referee[]; idNo?: string;
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Gareth Kinvig', gender: 'Male', dob: '14/03/1988', nationality: 'British (Isle of Man)',
    email: 'gareth.kinvig@manx-mail.im', phone: '+447624318452', phoneLocal: '07624 318452',
    address: '7 Ballacriy Close, Colby, Isle of Man, IM9 4BG', headline: 'Senior Systems Analyst',
    summary: 'Infrastructure-minded systems analyst with fifteen years on Island, from desk-side support to leading a server and network team for a regulated insurer.',
    skills: ['Windows Server', 'Active Directory', 'PowerShell', 'VMware vSphere', 'Cisco IOS', 'Microsoft 365 administration', 'SQL Server', 'Veeam Backup'],
    skillTruth: { 'Microsoft 365 administration': 'Microsoft 365 administration | M365 administration' },
    work: [
      { company: 'Castletown Digital Ltd', title: 'Senior Systems Analyst', start: '2021-06', end: null, town: 'Castletown', duties: 'Owns the hosting platform for 40 client companies; capacity planning, patch cycles and change control.' },
      { company: 'Tynwald Mutual Insurance', title: 'Infrastructure Team Lead', start: '2017-09', end: '2020-12', town: 'Douglas', duties: 'Led a team of four; moved 120 servers to vSphere 6.7 and rebuilt the DR site.', reason: 'Career break (travel)' },
      { company: 'Tynwald Mutual Insurance', title: 'Systems Administrator', start: '2013-03', end: '2017-08', town: 'Douglas', duties: 'Active Directory, Exchange and backup administration for 350 users.', reason: 'Promoted' },
      { company: 'Sulby Glen Computing', title: 'IT Support Technician', start: '2010-07', end: '2013-02', town: 'Ramsey', duties: 'Desk-side and remote support for small businesses across the north of the Island.', reason: 'Better prospects' },
    ],
    education: [
      { school: 'University College Isle of Man', qual: 'HND Computing', start: '2008-09', end: '2010-06' },
      { school: 'Castle Rushen High School', qual: '3 A-levels (ICT, Maths, Physics)', start: '2001-09', end: '2006-06' },
    ],
    languages: 'English (native), Manx Gaelic (basic)', certs: ['VMware VCP-DCV (2018)', 'Microsoft Certified: Azure Administrator Associate (2022)'],
    referees: [
      { name: 'Mrs Hazel Quayle', org: 'Head of IT, Tynwald Mutual Insurance', phone: '01624 664120' },
      { name: 'Mr Dougie Cregeen', org: 'Director, Castletown Digital Ltd', phone: '01624 823577' },
    ],
  },
  {
    id: 'p02', language: 'en', name: 'Fatmata Kamara', gender: 'Female', dob: '02/09/1989', nationality: 'Sierra Leonean',
    email: 'fkamara.health@gmail.com', phone: '+23276482915', phoneLocal: '+232 76 482 915',
    address: '14 Pademba Road, Freetown, Western Area Urban, Sierra Leone', headline: 'Disease Surveillance Coordinator',
    summary: 'Public health officer with field and district experience in disease surveillance, outbreak response and community engagement.',
    skills: ['DHIS2', 'Epi Info', 'Contact tracing', 'Community mobilisation', 'KoboToolbox', 'Data analysis in Excel', 'Report writing'],
    skillTruth: { 'Data analysis in Excel': 'Data analysis in Excel | Excel' },
    work: [
      { company: 'Freetown City Health Directorate', title: 'Disease Surveillance Coordinator', start: '2020-11', end: null, town: 'Freetown', duties: 'Coordinates weekly IDSR reporting from 38 facilities; trains surveillance focal persons; leads rapid response team.' },
      { company: 'Mano River Relief', title: 'Surveillance Officer', start: '2016-04', end: '2020-08', town: 'Kenema', duties: 'Managed case investigation and contact follow-up; built KoboToolbox forms for field teams.', reason: 'End of project' },
      { company: 'Sierra Health Alliance', title: 'Community Health Officer', start: '2012-09', end: '2016-03', town: 'Bo', duties: 'Ran community health education and immunisation outreach in six chiefdoms.', reason: 'Career advancement' },
      { company: 'Kissy Community Health Centre', title: 'Public Health Intern', start: '2012-01', end: '2012-06', town: 'Freetown', duties: 'Supported maternal health data entry and clinic registers (internship).', reason: 'Internship ended' },
    ],
    education: [
      { school: 'Njala University', qual: 'BSc Community Health and Clinical Studies', start: '2007-10', end: '2011-07' },
      { school: 'University of Sierra Leone (COMAHS)', qual: 'MPH (part-time)', start: '2017-10', end: '2019-09' },
    ],
    languages: 'English, Krio, Mende', certs: ['FETP-Frontline certificate (2017)'],
    referees: [
      { name: 'Dr Abu Bakarr Sesay', org: 'District Medical Officer, Kenema', phone: '+232 78 220 415' },
      { name: 'Ms Christiana Cole', org: 'Programme Manager, Mano River Relief', phone: '+232 30 551 872' },
    ],
  },
  {
    id: 'p03', language: 'en', name: 'Joel Tari', gender: 'Male', dob: '21/06/1985', nationality: 'Ni-Vanuatu',
    email: 'joel.tari@pvnet.vu', phone: '+6787734512', phoneLocal: '773 4512',
    address: 'PO Box 1182, Nambatu Area, Port Vila, Efate, Vanuatu', headline: 'Passenger Terminal Manager',
    summary: 'Hospitality and cruise-port professional; fifteen years serving visitors to Port Vila, now running the passenger terminal.',
    skills: ['Opera PMS', 'Customer service', 'Staff rostering', 'Cruise ship scheduling', 'Cash handling', 'MS Office', 'Event coordination'],
    work: [
      { company: 'Efate Ports Company', title: 'Passenger Terminal Manager', start: '2019-05', end: null, town: 'Port Vila', duties: 'Manages terminal staff, ship-day operations, vendor permits and passenger safety for up to 120 cruise calls a year.' },
      { company: 'Melanesian Cruise Services', title: 'Shore Excursions Coordinator', start: '2015-08', end: '2019-03', town: 'Port Vila', duties: 'Planned tours with local operators; handled bookings for 2,000 passengers per call.', reason: 'Promotion elsewhere' },
      { company: 'Iririki Lagoon Resort', title: 'Front Office Supervisor', start: '2012-11', end: '2015-06', town: 'Port Vila', duties: 'Supervised eight front office staff, night audit and guest complaints.', reason: 'New opportunity' },
      { company: 'Iririki Lagoon Resort', title: 'Front Office Clerk', start: '2009-02', end: '2012-10', town: 'Port Vila', duties: 'Check-in/out, reservations and cashiering.', reason: 'Promoted' },
    ],
    education: [
      { school: 'Vanuatu Institute of Technology', qual: 'Certificate III in Tourism and Hospitality', start: '2007-02', end: '2008-11' },
      { school: 'Malapoa College', qual: 'Year 13 (Vanuatu Senior Secondary Certificate)', start: '2001-02', end: '2004-11' },
    ],
    languages: 'Bislama, English, French (basic)', certs: ['Port Facility Security Officer (ISPS) 2020'],
    referees: [
      { name: 'Mrs Leimara Kalsakau', org: 'CEO, Efate Ports Company', phone: '+678 22 4410' },
      { name: 'Mr Peter Vuti', org: 'Operations Manager, Melanesian Cruise Services', phone: '+678 554 0921' },
    ],
  },
  {
    id: 'p04', language: 'en', name: 'Marisa Cardoso Pinto', gender: 'Female', dob: '1983-11-08', nationality: 'Portuguese',
    email: 'marisa.cpinto@sapo.pt', phone: '+351912447083', phoneLocal: '+351 912 447 083',
    address: 'Rua do Bonjardim 411, 3.º Esq., 4000-124 Porto, Portugal', headline: 'Head of Distribution',
    summary: 'Logistics manager with cold-chain, freight forwarding and distribution experience across Iberia.',
    skills: ['SAP EWM', 'Incoterms 2020', 'Customs declarations', 'Cold-chain management', 'Lean warehousing', 'Power BI', 'Route optimisation'],
    skillTruth: { 'Route optimisation': 'Route optimisation | route planning' },
    work: [
      { company: 'Vougalog SA', title: 'Head of Distribution', start: '2022-03', end: null, town: 'Aveiro', duties: 'Leads distribution for 1,400 retail drops a week; fleet of 60 contracted vehicles; 3 cross-docks.' },
      { company: 'Atlântico Freight Forwarding', title: 'Import Operations Manager', start: '2016-09', end: '2022-02', town: 'Leixões', duties: 'Sea and air import desk, customs brokerage team of 9, carrier contracts.', reason: 'Career progression' },
      { company: 'Norte Frio Logística S.A.', title: 'Warehouse Supervisor', start: '2012-01', end: '2016-07', town: 'Maia', duties: 'Chilled and frozen warehouse, 2 shifts, SAP WM go-live.', reason: 'Move to forwarding' },
      { company: 'Transportes Ribeira Lda', title: 'Dispatch Assistant', start: '2008-10', end: '2011-12', town: 'Vila Nova de Gaia', duties: 'Daily dispatch planning and driver documentation.', reason: 'Better opportunity' },
    ],
    education: [
      { school: 'Universidade do Minho', qual: 'Licenciatura em Gestão', start: '2001-09', end: '2005-07' },
      { school: 'Porto Business School', qual: 'Postgraduate Diploma in Supply Chain Management', start: '2014-10', end: '2015-07' },
    ],
    languages: 'Portuguese (native), English (C1), Spanish (B2)', certs: ['CSCP – APICS (2019)'],
    referees: [
      { name: 'Eng. Rui Tavares', org: 'COO, Atlântico Freight Forwarding', phone: '+351 229 981 440' },
    ],
  },
  {
    id: 'p05', language: 'en', name: 'Nathalie Ouellette', gender: 'Female', dob: '1984-02-17', nationality: 'Canadian',
    email: 'n.ouellette@rogers.com', phone: '+16137249083', phoneLocal: '(613) 724-9083',
    address: '218 Fifth Avenue, Ottawa, ON K1S 2N1, Canada', headline: 'Procurement Director',
    summary: 'Former naval logistics officer turned defence procurement leader; complex contracts, offsets and supplier risk.',
    skills: ['Contract negotiation', 'Defence procurement', 'SAP Ariba', 'Supplier risk analysis', 'Cost modelling', 'Supply chain analytics'],
    work: [
      { company: 'Ottawa Valley Aerospace', title: 'Procurement Director', start: '2020-02', end: null, town: 'Ottawa', duties: 'Runs a CAD 300M annual spend; category strategy, supplier audits and offset obligations.' },
      { company: 'Rideau Defence Systems Inc.', title: 'Senior Contracts Manager', start: '2016-10', end: '2019-12', town: 'Kanata', duties: 'Negotiated prime contracts and subcontracts for naval sensor programmes.', reason: 'Recruited' },
      { company: 'Rideau Defence Systems Inc.', title: 'Contracts Specialist', start: '2012-06', end: '2016-09', town: 'Kanata', duties: 'Drafted and administered subcontracts; export-control compliance.', reason: 'Promoted' },
      { company: 'Royal Canadian Navy', title: 'Logistics Officer', start: '2006-05', end: '2012-04', town: 'Halifax', duties: 'Supply officer aboard HMCS ships and at Fleet Maintenance Facility; Lieutenant (N).', reason: 'Completed engagement' },
    ],
    education: [
      { school: "Royal Military College of Canada", qual: 'BA Business Administration', start: '2002-09', end: '2006-05' },
      { school: 'Carleton University', qual: 'MA Public Administration (part-time)', start: '2013-09', end: '2016-04' },
    ],
    languages: 'English, French (bilingual)', certs: ['CPSM (2015)', 'Secret clearance (Level II)'],
    referees: [
      { name: 'Cdr (Ret’d) Paul Ashdown', org: 'VP Programs, Rideau Defence Systems', phone: '(613) 592-4410' },
    ],
  },
  {
    id: 'p06', language: 'en', name: 'Rania Haddad', gender: 'Female', dob: '05/01/1984', nationality: 'Jordanian',
    email: 'rania.haddad84@gmail.com', phone: '+962796314820', phoneLocal: '079 631 4820',
    address: 'Al-Rabieh, Abdullah Ghosheh St., Building 22, Amman, Jordan', headline: 'Chief Accountant',
    summary: 'Chartered accountant with audit, hospitality and microfinance experience.',
    skills: ['IFRS', 'Oracle Financials', 'Group consolidation', 'Budgeting and forecasting', 'Excel (Power Query, pivot tables)', 'Internal audit', 'Jordanian income tax and GST'],
    skillTruth: { 'Excel (Power Query, pivot tables)': 'Excel (Power Query, pivot tables) | Excel | Power Query' },
    work: [
      { company: 'Levant Microfinance Co.', title: 'Chief Accountant', start: '2020-09', end: null, town: 'Amman', duties: 'Monthly close for 14 branches, IFRS 9 provisioning, CBJ reporting.' },
      { company: 'Petra Hospitality Group', title: 'Financial Controller', start: '2013-10', end: '2019-04', town: 'Amman', duties: 'Controlled finance for four hotels; consolidation and budgets.', reason: 'Maternity / family' },
      { company: 'Abdali Audit & Advisory', title: 'Audit Senior', start: '2009-02', end: '2013-08', town: 'Amman', duties: 'External audits of trading, hotel and NGO clients.', reason: 'Move to industry' },
      { company: 'Zarqa Trading Est.', title: 'Junior Accountant', start: '2006-07', end: '2008-12', town: 'Zarqa', duties: 'Accounts payable, bank reconciliations.', reason: 'Joined audit firm' },
    ],
    education: [
      { school: 'Yarmouk University', qual: 'B.Sc. Accounting', start: '2002-09', end: '2006-06' },
    ],
    languages: 'Arabic (native), English (fluent)', certs: ['JCPA (2012)', 'CMA (2016)'],
    referees: [
      { name: 'Mr. Khaled Obeidat', org: 'CFO, Petra Hospitality Group', phone: '+962 6 552 3301' },
      { name: 'Mrs. Lina Qasem', org: 'Partner, Abdali Audit & Advisory', phone: '+962 79 540 1186' },
    ],
  },
  {
    id: 'p07', language: 'en', name: 'Eilidh MacKenzie', gender: 'Female', dob: '30/07/1992', nationality: 'British',
    email: 'eilidh.mackenzie@btinternet.com', phone: '+447823551906', phoneLocal: '07823 551906',
    address: '3 Kinmylies Way, Inverness, IV3 8QF', headline: 'Team Leader, Supported Living',
    summary: 'Social care team leader; supports adults with learning disabilities to live in their own tenancies.',
    skills: ['Person-centred care planning', 'Medication administration', 'Moving and handling', 'Dementia care', 'Rota planning', 'Report writing', 'Positive behaviour support'],
    work: [
      { company: 'Caledonia Supported Living', title: 'Team Leader', start: '2020-02', end: null, town: 'Inverness', duties: 'Leads 14 support workers across three tenancies; supervision, rotas, care plan reviews, Care Inspectorate visits.' },
      { company: 'Inverness Homecare Services', title: 'Senior Support Worker', start: '2016-11', end: '2020-01', town: 'Inverness', duties: 'Home visits, medication, shadowing and induction of new staff.', reason: 'Promotion' },
      { company: 'Glenurquhart Care Home', title: 'Care Assistant', start: '2014-03', end: '2016-10', town: 'Drumnadrochit', duties: 'Personal care for 30 older residents, many living with dementia.', reason: 'Moved to Inverness' },
    ],
    education: [
      { school: 'Inverness College UHI', qual: 'SVQ Social Services and Healthcare Level 3', start: '2015-08', end: '2017-06' },
      { school: 'Charleston Academy', qual: 'Highers: English, Biology, Modern Studies', start: '2004-08', end: '2010-06' },
    ],
    languages: 'English', certs: ['SSSC registered: Supervisor in a care at home service', 'PVG Scheme member'],
    referees: [
      { name: 'Morag Fraser', org: 'Service Manager, Caledonia Supported Living', phone: '01463 712904' },
      { name: 'Alan Munro', org: 'Care Coordinator, Inverness Homecare Services', phone: '01463 250318' },
    ],
  },
  {
    id: 'p08', language: 'zh', name: '郑晓岚', latin: 'Zheng Xiaolan', gender: '女', dob: '1977年4月', nationality: '中国',
    email: 'zhengxiaolan_law@163.com', phone: '+8613957128846', phoneLocal: '139 5712 8846',
    address: '浙江省杭州市西湖区文三路 318 号 2 幢 1102 室', headline: '法务总监',
    summary: '二十余年法律实务经验，曾任法院书记员、助理审判员及律师事务所合伙人，擅长商事争议解决与信托合规。',
    skills: ['商事仲裁', '合同审查', '并购法律尽职调查', '诉讼代理', '信托合规', '英文法律文书写作'],
    skillTruth: { '并购法律尽职调查': '并购法律尽职调查 | 法律尽调' },
    work: [
      { company: '之江信托股份有限公司', title: '法务总监', start: '2018-07', end: null, town: '杭州', duties: '负责公司法务合规体系、信托产品法律审查及重大诉讼仲裁案件管理。' },
      { company: '浙江钱塘律师事务所', title: '合伙人', start: '2014-01', end: '2018-06', town: '杭州', duties: '主办商事仲裁、公司并购及金融纠纷案件。' },
      { company: '浙江钱塘律师事务所', title: '专职律师', start: '2006-03', end: '2013-12', town: '杭州', duties: '民商事诉讼代理、常年法律顾问。' },
      { company: '杭州市西湖区人民法院', title: '书记员、助理审判员', start: '1999-07', end: '2006-02', town: '杭州', duties: '民二庭书记员，后任助理审判员，审理合同纠纷案件。' },
    ],
    education: [
      { school: '华东政法学院', qual: '法学学士', start: '1995-09', end: '1999-07' },
      { school: '浙江大学', qual: '法律硕士（在职）', start: '2008-09', end: '2011-06' },
    ],
    languages: '英语（熟练）', certs: ['法律职业资格（A证）', '律师执业证（2006年）'],
    referees: [{ name: '沈卫国', org: '浙江钱塘律师事务所 主任', phone: '0571-8796 5520' }],
  },
  {
    id: 'p09', language: 'zh', name: '韦国栋', gender: '男', dob: '1983年9月', nationality: '中国', idNo: '',
    email: 'weiguodong1983@qq.com', phone: '+8618777123590', phoneLocal: '187 7712 3590',
    address: '广西横州市六景镇那旺村委那旺屯 27 号', headline: '合作社理事长',
    summary: '退役军人，返乡创办茉莉花种植合作社，带动 210 户社员增收。',
    skills: ['茉莉花栽培', '病虫害防治', '电商直播带货', '合作社财务记账', 'Excel表格', '农机操作'],
    skillTruth: { 'Excel表格': 'Excel表格 | Excel' },
    work: [
      { company: '横州市六景镇茉香种植专业合作社', title: '理事长', start: '2017-01', end: null, town: '横州', duties: '主持合作社全面工作，发展社员 210 户，建设标准化种植基地 800 亩。' },
      { company: '横州市六景镇茉香种植专业合作社', title: '技术员', start: '2009-10', end: '2016-12', town: '横州', duties: '负责种苗繁育、病虫害防治和社员技术培训。' },
      { company: '东莞市长安镇富达电子厂', title: '生产线组长', start: '2004-03', end: '2009-08', town: '东莞', duties: '管理 40 人 SMT 生产线，负责排班与品质。' },
      { company: '中国人民解放军75210部队', title: '战士', start: '2001-12', end: '2003-12', town: '', duties: '服义务兵役，获优秀士兵一次。' },
    ],
    education: [
      { school: '横县第二中学', qual: '高中', start: '1998-09', end: '2001-07' },
      { school: '广西农业职业技术学院', qual: '现代农业技术（成人大专）', start: '2012-03', end: '2015-01' },
    ],
    languages: '普通话、壮话、粤语', certs: ['高级农艺工（2019年）'],
    referees: [],
  },
  {
    id: 'p10', language: 'zh', name: '刘桂芳', gender: '女', dob: '1976年11月', nationality: '中国',
    email: 'liuguifang_sy@126.com', phone: '+8613304027718', phoneLocal: '133 0402 7718',
    address: '辽宁省沈阳市铁西区北二中路 52 号', headline: '首席技师',
    summary: '从事数控车削加工近三十年，多项工艺改进成果，带徒 30 余人。',
    skills: ['数控车床编程', 'FANUC系统', 'Mastercam', '工艺改进', '精密测量', '技能培训带徒'],
    skillTruth: { '数控车床编程': '数控车床编程 | 数控编程' },
    work: [
      { company: '辽宁华锐精密机械有限公司', title: '首席技师', start: '2012-10', end: null, town: '沈阳', duties: '负责高精度主轴加工工艺攻关及技能人才培养。' },
      { company: '沈阳北方机床有限公司', title: '数控班组长', start: '2003-06', end: '2012-09', town: '沈阳', duties: '带领 12 人数控班组，完成出口机床关键件加工。' },
      { company: '沈阳北方机床有限公司', title: '车工', start: '1996-08', end: '2003-05', town: '沈阳', duties: '普通车床、数控车床操作。' },
    ],
    education: [
      { school: '沈阳市机电工业学校', qual: '机械加工（中专）', start: '1993-09', end: '1996-07' },
      { school: '辽宁广播电视大学', qual: '机械设计制造及其自动化（大专）', start: '2005-03', end: '2008-01' },
    ],
    languages: '', certs: ['高级技师（数控车工）', '辽宁省技术能手（2016年）'],
    referees: [],
  },
  {
    id: 'p11', language: 'zh', name: '黄嘉铭', gender: '男', dob: '1990年5月', nationality: '中国',
    email: 'huangjiaming@foxmail.com', phone: '+8613560432871', phoneLocal: '135-6043-2871',
    address: '广东省广州市天河区珠江新城华夏路 16 号', headline: '技术总监',
    summary: '十年互联网后端研发与架构经验，主导多个高并发分布式系统建设。',
    skills: ['Java', 'Spring Cloud', 'MySQL', 'Redis', 'Kubernetes', 'Kafka', '分布式系统设计'],
    skillTruth: { 'Kubernetes': 'Kubernetes | K8s' },
    work: [
      { company: '广州数智港信息科技有限公司', title: '技术总监', start: '2021-09', end: null, town: '广州', duties: '负责研发中心 60 人团队，主导港口物流 SaaS 平台架构。' },
      { company: '深圳前海微链科技有限公司', title: '后端架构师', start: '2017-04', end: '2021-08', town: '深圳', duties: '设计供应链金融平台微服务架构，日均交易 300 万笔。' },
      { company: '广州极光云计算有限公司', title: 'Java开发工程师', start: '2013-07', end: '2017-03', town: '广州', duties: '负责云存储网关与计费系统开发。' },
      { company: '广州极光云计算有限公司', title: '开发实习生', start: '2012-07', end: '2012-12', town: '广州', duties: '参与内部运维平台开发（实习）。' },
    ],
    education: [
      { school: '华南理工大学', qual: '软件工程 工学学士', start: '2009-09', end: '2013-06' },
    ],
    languages: '英语（CET-6）', certs: ['系统架构设计师（软考高级）'],
    referees: [],
  },
  {
    id: 'p12', language: 'zh', name: '苏婉清', gender: '女', dob: '1992年8月', nationality: '中国',
    email: 'suwanqing_rd@163.com', phone: '+8615828361904', phoneLocal: '158 2836 1904',
    address: '四川省成都市武侯区玉林北路 9 号 3 单元 402', headline: '临床营养师',
    summary: '临床营养专业，熟悉住院患者营养筛查与肠内营养支持，擅长孕产期营养指导。',
    skills: ['营养风险筛查（NRS 2002）', '肠内营养支持', '膳食调查', '食谱编制', '健康宣教', 'SPSS'],
    skillTruth: { '营养风险筛查（NRS 2002）': '营养风险筛查（NRS 2002） | 营养风险筛查 | NRS 2002' },
    work: [
      { company: '天府新区妇幼保健院', title: '临床营养师', start: '2021-10', end: null, town: '成都', duties: '负责孕产妇及儿童营养门诊、住院患者营养会诊。' },
      { company: '蓉康健康管理有限公司', title: '营养顾问', start: '2018-08', end: '2021-04', town: '成都', duties: '为企业客户提供体检后营养干预与健康讲座。' },
      { company: '成都锦城医院', title: '营养技师', start: '2015-07', end: '2018-06', town: '成都', duties: '营养科配膳、营养评估及肠内营养液配制。' },
    ],
    education: [
      { school: '川北医学院', qual: '食品卫生与营养学 理学学士', start: '2011-09', end: '2015-06' },
    ],
    languages: '英语（CET-4）', certs: ['公共营养师（三级）', '健康管理师（二级）'],
    referees: [],
  },
  {
    id: 'p13', language: 'mixed', name: '林浩然', latin: 'Haoran Lin', gender: '男 Male', dob: '1991-03', nationality: '中国 China',
    email: 'haoran.lin@outlook.com', phone: '+8618621745530', phoneLocal: '+86 186 2174 5530',
    address: '上海市嘉定区安亭镇墨玉南路 888 号 1201 室', headline: 'Founder & CEO 创始人兼CEO',
    summary: 'Electrochemist returned from the UK to found a battery-analytics start-up in Shanghai. 留英八年，回国创办储能电池数据分析公司。',
    skills: ['Battery modelling', 'EIS 电化学阻抗谱', 'Python', 'COMSOL Multiphysics', 'BMS algorithms', 'Cell testing'],
    skillTruth: { 'EIS 电化学阻抗谱': 'EIS 电化学阻抗谱 | EIS | 电化学阻抗谱', 'COMSOL Multiphysics': 'COMSOL Multiphysics | COMSOL' },
    work: [
      { company: '上海锂源新能源科技有限公司', title: '创始人兼CEO Founder & CEO', start: '2020-03', end: null, town: '上海', duties: '创立公司，带领 25 人团队研发电池健康度云平台，完成 A 轮融资。' },
      { company: 'Cambridge Cell Dynamics Ltd', title: 'Senior Electrochemist', start: '2017-07', end: '2019-12', town: 'Cambridge, UK', duties: 'Led impedance-based state-of-health modelling for grid storage clients.' },
      { company: 'Brightwell Energy Ltd', title: 'Battery Research Engineer', start: '2014-09', end: '2017-06', town: 'London, UK', duties: 'Cell characterisation and ageing test programmes.' },
      { company: '苏州储能科技有限公司', title: 'Summer Intern 暑期实习生', start: '2013-07', end: '2013-09', town: '苏州', duties: 'Assisted in cycle-life testing (internship).' },
    ],
    education: [
      { school: 'Imperial College London', qual: 'MSc Advanced Chemical Engineering', start: '2013-10', end: '2014-09' },
      { school: '中南大学 Central South University', qual: 'B.Eng. 冶金工程 Metallurgical Engineering', start: '2009-09', end: '2013-06' },
    ],
    languages: 'Chinese (native), English (fluent, IELTS 7.5)', certs: [],
    referees: [{ name: 'Dr Oliver Hartley', org: 'CTO, Cambridge Cell Dynamics', phone: '+44 1223 655 218' }],
  },
  {
    id: 'p14', language: 'mixed', name: '周思琪', latin: 'Siqi Zhou', gender: '女 Female', dob: '1985-12', nationality: '中国 China',
    email: 'siqi.zhou@nordmark-med.com', phone: '+8613911886027', phoneLocal: '139 1188 6027',
    address: '北京市朝阳区建国门外大街 1 号 国贸写字楼 2 座 1508', headline: 'Chief Representative 首席代表',
    summary: 'Medical-device commercial leader: sales, market access and representative-office management in China. 医疗器械行业 15 年。',
    skills: ['Market access', 'NMPA registration 医疗器械注册', 'KOL management', 'Tender management', 'Salesforce CRM', 'Distributor management'],
    skillTruth: { 'NMPA registration 医疗器械注册': 'NMPA registration 医疗器械注册 | NMPA registration | 医疗器械注册' },
    work: [
      { company: 'Nordmark Medical AB Beijing Representative Office', title: 'Chief Representative', start: '2019-03', end: null, town: 'Beijing', duties: 'Heads the China office: registration, distributor network, liaison with hospitals and authorities.' },
      { company: 'Kestrel Healthcare Consulting', title: 'Market Access Consultant', start: '2015-11', end: '2019-02', town: 'Shanghai', duties: 'Pricing, tender and reimbursement strategy for foreign device makers.' },
      { company: 'Merrow Diagnostics (Shanghai) Co., Ltd.', title: 'Regional Sales Manager, North China', start: '2012-06', end: '2015-10', town: 'Beijing', duties: 'Managed 12 reps and 20 distributors in North China.' },
      { company: 'Merrow Diagnostics (Shanghai) Co., Ltd.', title: 'Sales Representative', start: '2008-07', end: '2012-05', town: 'Beijing', duties: 'Immunoassay sales to tertiary hospitals.' },
    ],
    education: [
      { school: '北京大学医学部 Peking University Health Science Center', qual: 'B.Sc. 药学 Pharmacy', start: '2004-09', end: '2008-07' },
      { school: 'CEIBS 中欧国际工商学院', qual: 'EMBA', start: '2016-09', end: '2018-09' },
    ],
    languages: 'Chinese (native), English (fluent), Swedish (basic)', certs: [],
    referees: [],
  },
  {
    id: 'p15', language: 'mixed', name: '何佳欣', latin: 'Jiaxin He', gender: '女 Female', dob: '1992-06', nationality: '中国 China',
    email: 'jiaxin.he.cfa@gmail.com', phone: '+8613728416093', phoneLocal: '137 2841 6093',
    address: '广东省深圳市福田区益田路 6001 号 太平金融大厦 2306', headline: 'Investment Manager 投资经理',
    summary: 'CFA charterholder; equity research and multi-asset portfolio analysis in Hong Kong and Shenzhen.',
    skills: ['Financial modelling', 'DCF valuation', 'Bloomberg Terminal', 'Python (pandas)', 'Wind 万得', 'Credit analysis', 'VBA'],
    skillTruth: { 'Wind 万得': 'Wind 万得 | Wind | 万得', 'Python (pandas)': 'Python (pandas) | Python | pandas' },
    work: [
      { company: 'Pearl River Asset Management Co., Ltd.', title: 'Investment Manager', start: '2022-01', end: null, town: 'Shenzhen', duties: 'Manages RMB 2.1bn multi-asset mandates; asset allocation and credit selection.' },
      { company: 'Crestview Capital Management', title: 'Portfolio Analyst', start: '2017-07', end: '2021-12', town: 'Hong Kong', duties: 'Risk attribution, China equity and credit analysis for a long/short fund.' },
      { company: 'Harbourline Securities (HK) Ltd', title: 'Equity Research Analyst', start: '2014-07', end: '2017-06', town: 'Hong Kong', duties: 'Covered consumer and internet stocks; wrote initiation reports.' },
      { company: 'Harbourline Securities (HK) Ltd', title: 'Summer Analyst (Intern)', start: '2013-06', end: '2013-08', town: 'Hong Kong', duties: 'Supported sector team with models and comps (internship).' },
    ],
    education: [
      { school: 'The University of Hong Kong 香港大学', qual: 'BFin (Financial Analysis)', start: '2010-09', end: '2014-06' },
    ],
    languages: 'Mandarin, Cantonese, English', certs: ['CFA charterholder (2018)', 'FRM (2019)'],
    referees: [],
  },
  {
    id: 'p16', language: 'mixed', name: '许文杰', latin: 'Khaw Boon Kiat', gender: 'Male 男', dob: '1987-10-12', nationality: 'Malaysian 马来西亚',
    email: 'bkkhaw87@gmail.com', phone: '+60124867315', phoneLocal: '012-486 7315',
    address: 'No. 23, Lorong Mahsuri 5, 11900 Bayan Lepas, Pulau Pinang, Malaysia', headline: 'Senior Programme Manager 高级项目集经理',
    summary: 'Semiconductor test engineer turned programme manager; automation projects in Penang and Hsinchu.',
    skills: ['MS Project', 'Agile / Scrum', 'Risk management', 'LabVIEW', 'Semiconductor ATE testing', 'JIRA', 'Budget control'],
    skillTruth: { 'Agile / Scrum': 'Agile / Scrum | Agile | Scrum', 'Semiconductor ATE testing': 'Semiconductor ATE testing | ATE testing' },
    work: [
      { company: 'Formosa Wafer Automation Co., Ltd.', title: 'Senior Programme Manager', start: '2019-08', end: null, town: 'Hsinchu', duties: 'Runs a portfolio of 6 fab-automation projects (USD 40M); steering committee reporting.' },
      { company: 'Kinta Automation Sdn. Bhd.', title: 'Project Manager', start: '2015-09', end: '2019-06', town: 'Ipoh', duties: 'Delivered test-handler automation projects for OSAT customers.' },
      { company: 'Prai Microsystems Sdn. Bhd.', title: 'Test Engineer', start: '2011-01', end: '2015-08', town: 'Prai', duties: 'ATE test programme development and yield improvement.' },
      { company: 'Prai Microsystems Sdn. Bhd.', title: 'Engineering Intern', start: '2010-05', end: '2010-10', town: 'Prai', duties: 'Test fixture maintenance and data logging (internship).' },
    ],
    education: [
      { school: 'Universiti Sains Malaysia', qual: 'B.Eng. (Hons) Electronic Engineering', start: '2006-07', end: '2010-12' },
    ],
    languages: 'English, Malay, Mandarin, Hokkien', certs: ['PMP (2016)', 'Certified ScrumMaster (2020)'],
    referees: [],
  },
];
