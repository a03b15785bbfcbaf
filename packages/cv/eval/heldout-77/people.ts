/**
 * heldout-77: sixteen invented people. Every name, employer, school, address, e-mail and phone number is made up.
 * `skills[i]` is the printed form, `syn[i]` its synonyms / abbreviations for truth.json.
 */
export type Lang = 'en' | 'zh' | 'mixed';
export interface Job {
  company: string; // as printed, no town
  title: string;
  start: string; // YYYY-MM
  end: string | null;
  city: string;
  kind?: string; // e.g. 'internship', 'part-time', 'contract'
  duties: string[];
}
export interface Edu { school: string; degree: string; start: string; end: string; city?: string }
export interface Person {
  id: string;
  lang: Lang;
  name: string; // the truth name (Chinese for mixed)
  alt?: string; // English / romanised name printed beside it
  email: string;
  phone: string; // E.164
  phoneLocal: string; // as printed locally
  otherPhones: { label: string; value: string }[]; // home / office / referee — never truth
  city: string;
  address: string;
  headline: string;
  summary: string;
  skills: string[];
  syn: Record<string, string[]>;
  languages: string[];
  certs: string[];
  work: Job[]; // date order (oldest first)
  breaks?: { start: string; end: string; note: string }[];
  edu: Edu[];
  referees?: { name: string; role: string; phone: string; email?: string }[];
  notes: string;
}

export const people: Person[] = [
  {
    id: 'p01', lang: 'en', name: 'Rhiannon Pryce-Whitlock', email: 'rhiannon.prycewhitlock@fastmail.co.uk',
    phone: '+447823614509', phoneLocal: '07823 614509',
    otherPhones: [{ label: 'Home', value: '0113 496 0721' }],
    city: 'Leeds', address: '14 Harehills Grove, Leeds LS8 4QT', headline: 'Maintenance & Reliability Engineer',
    summary: 'Chartered-track maintenance engineer with food-manufacturing and packaging-line experience; moved from shift fitter to reliability lead.',
    skills: ['Root Cause Analysis', 'PLC fault-finding (Allen-Bradley)', 'SAP PM', 'Vibration analysis', 'TPM', 'AutoCAD', 'Pneumatics & hydraulics', 'Permit-to-work'],
    syn: { 'Root Cause Analysis': ['RCA'], 'TPM': ['Total Productive Maintenance'], 'SAP PM': ['SAP Plant Maintenance'] },
    languages: ['English (native)', 'Welsh (conversational)'],
    certs: ['IOSH Managing Safely (2019)', '17th/18th Edition Wiring Regulations (BS 7671)'],
    work: [
      { company: 'Calder Valley Biscuits Ltd', title: 'Engineering Apprentice', start: '2012-09', end: '2015-08', city: 'Halifax', kind: 'apprenticeship', duties: ['Completed Level 3 Advanced Apprenticeship in Engineering Maintenance.', 'Rotated through ovens, wrapping and palletising lines.'] },
      { company: 'Calder Valley Biscuits Ltd', title: 'Multi-skilled Shift Fitter', start: '2015-09', end: '2018-03', city: 'Halifax', duties: ['Breakdown response on a 4-on/4-off rota for 11 packaging lines.', 'Cut average repair time by 18 % through spares kitting.'] },
      { company: 'Northgate Packaging Solutions', title: 'Maintenance Engineer', start: '2018-04', end: '2021-10', city: 'Wakefield', duties: ['Planned preventive maintenance in SAP PM for 60 assets.', 'Led RCA on recurring thermoformer failures.'] },
      { company: 'Aire & Wharfe Foods plc', title: 'Reliability Lead', start: '2021-11', end: null, city: 'Leeds', duties: ['Own the site reliability programme and a team of four technicians.', 'Introduced vibration-based condition monitoring, saving £140k a year.'] },
    ],
    edu: [{ school: 'Leeds City College', degree: 'HNC Mechanical Engineering', start: '2013-09', end: '2015-06' }, { school: 'Sheffield Hallam University', degree: 'BEng (Hons) Engineering (part-time)', start: '2016-09', end: '2020-07' }],
    referees: [{ name: 'Colin Ashworth', role: 'Engineering Manager, Northgate Packaging Solutions', phone: '01924 381 552', email: 'c.ashworth@northgate-pack.example' }],
    notes: 'apprenticeship + promotion at the same employer; hyphenated surname; home landline printed',
  },
  {
    id: 'p02', lang: 'en', name: 'Dashiell Marrow', email: 'dash.marrow@protonmail.com',
    phone: '+16147382956', phoneLocal: '(614) 738-2956',
    otherPhones: [{ label: 'Work', value: '(614) 220-4100 ext. 318' }],
    city: 'Columbus, OH', address: '2281 Neil Ave, Apt 3B, Columbus, OH 43201', headline: 'Supply Chain Analyst',
    summary: 'Supply-chain analyst who builds forecasting and inventory models for regional distribution networks.',
    skills: ['Demand forecasting', 'SQL', 'Tableau', 'Python (pandas)', 'Excel (Power Query, VBA)', 'Inventory optimization', 'Oracle NetSuite', 'S&OP'],
    syn: { 'S&OP': ['Sales and Operations Planning'], 'Python (pandas)': ['Python', 'pandas'], 'Excel (Power Query, VBA)': ['Excel', 'Microsoft Excel', 'VBA', 'Power Query'] },
    languages: ['English (native)', 'Spanish (intermediate)'],
    certs: ['APICS CPIM (2020)'],
    work: [
      { company: 'Buckeye Freight Partners', title: 'Logistics Intern', start: '2016-05', end: '2016-08', city: 'Columbus, OH', kind: 'internship', duties: ['Built a carrier scorecard in Excel for 40 LTL carriers.'] },
      { company: 'Olentangy Home Goods', title: 'Inventory Planner', start: '2017-06', end: '2020-01', city: 'Delaware, OH', duties: ['Planned replenishment for 3,800 SKUs across two DCs.', 'Lowered stock-outs from 6.1 % to 2.4 %.'] },
      { company: 'Meridian Grocers Cooperative', title: 'Supply Chain Analyst', start: '2020-02', end: null, city: 'Columbus, OH', duties: ['Own the weekly S&OP forecast for 112 stores.', 'Automated the vendor-fill-rate report with SQL and Tableau.'] },
    ],
    breaks: [],
    edu: [{ school: 'Ohio State University', degree: 'B.S. Business Administration, Logistics Management', start: '2013-08', end: '2017-05' }],
    referees: [{ name: 'Janelle Okafor', role: 'Director of Planning, Olentangy Home Goods', phone: '(740) 362-8814' }],
    notes: 'summer internship; work phone with extension printed',
  },
  {
    id: 'p03', lang: 'en', name: 'Aoife Ní Bhraonáin', email: 'aoife.nibhraonain@eircom.net',
    phone: '+353873319264', phoneLocal: '087 331 9264',
    otherPhones: [{ label: 'Referee', value: '021 490 3377' }],
    city: 'Cork', address: '7 Glasheen Road, Cork T12 XK4P', headline: 'QA Specialist – Pharmaceutical Manufacturing',
    summary: 'Quality professional with over ten years in sterile and oral-solid-dose manufacturing, batch-record review and deviation management.',
    skills: ['GMP', 'Deviation & CAPA management', 'Batch record review', 'TrackWise', 'Change control', 'Internal auditing', 'SOP writing', 'Minitab'],
    syn: { 'GMP': ['Good Manufacturing Practice', 'cGMP'], 'Deviation & CAPA management': ['CAPA', 'Corrective and Preventive Action'] },
    languages: ['English (native)', 'Irish (fluent)', 'French (basic)'],
    certs: ['Certified Quality Auditor, ASQ (2021)'],
    work: [
      { company: 'Lee Valley Pharma', title: 'QC Laboratory Analyst', start: '2015-10', end: '2018-05', city: 'Ringaskiddy', duties: ['Performed HPLC release testing for oral-solid-dose products.', 'Wrote 14 laboratory SOPs.'] },
      { company: 'Banduff Biologics Ireland', title: 'QA Associate', start: '2018-06', end: '2020-12', city: 'Little Island', duties: ['Reviewed executed batch records for a sterile fill-finish line.', 'Raised and closed deviations in TrackWise.'] },
      { company: 'Banduff Biologics Ireland', title: 'QA Specialist', start: '2021-01', end: '2023-03', city: 'Little Island', duties: ['Approved change controls and led CAPA effectiveness checks.'] },
      { company: 'Cairnhill Medical Devices', title: 'Senior QA Specialist', start: '2023-09', end: null, city: 'Cork', duties: ['Lead internal audit programme across three buildings.', 'Prepared the site for its first FDA pre-approval inspection.'] },
    ],
    breaks: [{ start: '2023-04', end: '2023-08', note: 'Career break – travel (South America)' }],
    edu: [{ school: 'University College Cork', degree: 'BSc Chemistry', start: '2011-09', end: '2015-06' }],
    referees: [{ name: 'Dr Fergal Hennessy', role: 'QA Manager, Banduff Biologics Ireland', phone: '021 490 3377' }],
    notes: 'fada in name; promotion at one employer; career break',
  },
  {
    id: 'p04', lang: 'en', name: 'Tomasz Wierzbicki', email: 'tom.wierzbicki@iinet.net.au',
    phone: '+61412873506', phoneLocal: '0412 873 506',
    otherPhones: [{ label: 'Site office', value: '(08) 9184 2270' }],
    city: 'Perth WA', address: '31 Kalamunda Rd, South Guildford WA 6055', headline: 'Senior Mine Surveyor',
    summary: 'Registered mine surveyor with open-pit and underground experience in the Pilbara and Goldfields on FIFO rosters.',
    skills: ['Leica Captivate', 'Deswik', 'Vulcan', 'AutoCAD Civil 3D', 'Drone survey (DJI M300)', 'Volume reconciliation', 'GNSS/RTK', '12d Model'],
    syn: { 'Vulcan': ['Maptek Vulcan'], 'GNSS/RTK': ['GNSS', 'RTK'], 'Drone survey (DJI M300)': ['UAV survey', 'drone survey'] },
    languages: ['English', 'Polish (native)'],
    certs: ['Mine Surveyor Certificate of Competency (WA)', 'CASA RePL', 'HR licence'],
    work: [
      { company: 'Redhill Iron Operations', title: 'Graduate Surveyor', start: '2014-02', end: '2016-01', city: 'Tom Price', duties: ['Pit pick-ups, blast-hole set-out and monthly end-of-month volumes.'] },
      { company: 'Redhill Iron Operations', title: 'Mine Surveyor', start: '2016-02', end: '2019-06', city: 'Tom Price', duties: ['Ran survey for two pits moving 40 Mt a year.'] },
      { company: 'Kanowna Gold Mining', title: 'Senior Mine Surveyor', start: '2019-07', end: null, city: 'Kalgoorlie', duties: ['Lead a team of four surveyors underground and open pit.', 'Introduced drone stockpile surveys, cutting reconciliation time by half.'] },
    ],
    edu: [{ school: 'Curtin University', degree: 'Bachelor of Science (Surveying)', start: '2010-02', end: '2013-11' }],
    referees: [{ name: 'Sharon Pidgeon', role: 'Chief Surveyor, Redhill Iron Operations', phone: '0439 552 118' }],
    notes: 'promotion at first employer; Polish name; site office landline',
  },
  {
    id: 'p05', lang: 'en', name: 'Nomvula Mthembu-Carstens', email: 'nomvula.mc@webmail.co.za',
    phone: '+27829147730', phoneLocal: '082 914 7730',
    otherPhones: [{ label: 'Tel (h)', value: '031 764 2219' }],
    city: 'Durban', address: '22 Kenneth Kaunda Road, Morningside, Durban 4001', headline: 'Financial Accountant (CA(SA))',
    summary: 'Chartered accountant with audit articles and industry experience in sugar, logistics and retail groups.',
    skills: ['IFRS reporting', 'Consolidations', 'Caseware', 'SAP FI/CO', 'Pastel Evolution', 'Tax compliance (SARS eFiling)', 'Budgeting & forecasting', 'Advanced Excel'],
    syn: { 'IFRS reporting': ['IFRS'], 'SAP FI/CO': ['SAP FI', 'SAP CO', 'SAP'], 'Pastel Evolution': ['Sage Pastel'] },
    languages: ['English', 'isiZulu', 'Afrikaans'],
    certs: ['CA(SA) – SAICA (2016)', "Code 08 driver's licence"],
    work: [
      { company: 'Mkhize Ngubane Inc.', title: 'Trainee Accountant (Articles)', start: '2013-01', end: '2015-12', city: 'Durban', duties: ['External audits of manufacturing and NPO clients.'] },
      { company: 'Umgeni Sugar Holdings', title: 'Financial Accountant', start: '2016-02', end: '2019-08', city: 'Mount Edgecombe', duties: ['Month-end close and group consolidations for 9 entities.'] },
      { company: 'Bayhead Logistics (Pty) Ltd', title: 'Senior Financial Accountant', start: '2019-09', end: '2022-04', city: 'Durban', duties: ['Implemented SAP FI/CO with the group finance team.'] },
      { company: 'Coastline Retail Group', title: 'Financial Manager', start: '2022-05', end: null, city: 'Umhlanga', duties: ['Lead a team of six; own IFRS reporting and tax compliance.'] },
    ],
    edu: [{ school: 'University of KwaZulu-Natal', degree: 'BCom (Accounting); PGDA', start: '2008-02', end: '2012-11' }],
    referees: [{ name: 'Mr S. Naidoo', role: 'CFO, Bayhead Logistics', phone: '031 205 6640' }],
    notes: 'articles as a job; (Pty) Ltd and Inc. employer suffixes',
  },
  {
    id: 'p06', lang: 'en', name: 'Marc-Olivier Tremblay-Haines', email: 'mo.tremblayhaines@gmail.com',
    phone: '+19024415873', phoneLocal: '902-441-5873',
    otherPhones: [{ label: 'Office', value: '902-494-1200' }],
    city: 'Halifax, NS', address: '5610 Fenwick St, Halifax, NS B3H 1R1', headline: 'Senior Software Developer',
    summary: 'Back-end developer building marine-data and payments platforms; bilingual English/French.',
    skills: ['Go', 'TypeScript', 'PostgreSQL', 'Kafka', 'Kubernetes', 'AWS (ECS, Lambda)', 'gRPC', 'Terraform'],
    syn: { 'Go': ['Golang'], 'Kubernetes': ['K8s'], 'AWS (ECS, Lambda)': ['AWS', 'Amazon Web Services'], 'PostgreSQL': ['Postgres'] },
    languages: ['English', 'French (native)'],
    certs: ['AWS Certified Developer – Associate'],
    work: [
      { company: 'Bluenose Analytics', title: 'Co-op Developer', start: '2014-05', end: '2014-12', city: 'Halifax, NS', kind: 'co-op', duties: ['Built ingestion jobs for buoy sensor feeds.'] },
      { company: 'Chebucto Payments Inc.', title: 'Software Developer', start: '2016-01', end: '2019-09', city: 'Halifax, NS', duties: ['Payment-routing services in Go and PostgreSQL.'] },
      { company: 'Tidewater Ocean Data', title: 'Senior Software Developer', start: '2019-10', end: '2024-02', city: 'Dartmouth, NS', duties: ['Designed Kafka pipelines for vessel telemetry (4 bn events/day).', 'Moved 30 services to Kubernetes.'] },
      { company: 'Fundy Labs', title: 'Staff Software Developer', start: '2024-03', end: null, city: 'remote', duties: ['Lead the platform team for a fisheries-compliance SaaS.'] },
    ],
    edu: [{ school: 'Dalhousie University', degree: 'BCS (Co-op)', start: '2012-09', end: '2015-12' }],
    notes: 'co-op term counts as a job; hyphenated given name and surname',
  },
  {
    id: 'p07', lang: 'en', name: 'Hemi Te Awa-Pickering', email: 'hemi.teawa@xtra.co.nz',
    phone: '+64211847362', phoneLocal: '021 184 7362',
    otherPhones: [{ label: 'Referee', value: '03 379 4410' }],
    city: 'Christchurch', address: '88 Gasson Street, Sydenham, Christchurch 8023', headline: 'Civil Site Engineer',
    summary: 'Civil engineer with horizontal-infrastructure and three-waters delivery experience across Canterbury.',
    skills: ['Construction supervision', 'Civil 3D', 'Primavera P6', 'Traffic management (CoPTTM)', 'Quality assurance (ITPs)', 'Contract administration (NZS 3910)', 'Stakeholder engagement'],
    syn: { 'Primavera P6': ['P6', 'Oracle Primavera'], 'Civil 3D': ['AutoCAD Civil 3D'] },
    languages: ['English', 'Te reo Māori (conversational)'],
    certs: ['Site Safe Passport', 'CPEng application in progress', 'Class 2 driver licence'],
    work: [
      { company: 'Waimakariri Civil Contractors', title: 'Summer Student Engineer', start: '2015-11', end: '2016-02', city: 'Rangiora', kind: 'summer internship', duties: ['Set-out and as-built checks on a subdivision.'] },
      { company: 'Port Hills Infrastructure Ltd', title: 'Graduate Engineer', start: '2017-02', end: '2019-11', city: 'Christchurch', duties: ['Site engineer on stormwater and road renewals.'] },
      { company: 'Southbridge Alliance', title: 'Site Engineer', start: '2020-03', end: '2023-07', city: 'Christchurch', duties: ['Three-waters renewals worth $38m; managed ITPs and subcontractors.'] },
      { company: 'Kāhu Civil Group', title: 'Senior Site Engineer', start: '2023-08', end: null, city: 'Rolleston', duties: ['Deliver a $60m motorway interchange package.'] },
    ],
    breaks: [{ start: '2019-12', end: '2020-02', note: 'OE – travelled Europe' }],
    edu: [{ school: 'University of Canterbury', degree: 'BE (Hons) Civil Engineering', start: '2013-02', end: '2016-11' }],
    referees: [{ name: 'Andrea Fenwick', role: 'Project Manager, Southbridge Alliance', phone: '03 379 4410' }],
    notes: 'macron in employer; summer internship',
  },
  {
    id: 'p08', lang: 'zh', name: '欧阳静怡', email: 'ouyangjy0612@163.com',
    phone: '+8615928473160', phoneLocal: '159 2847 3160',
    otherPhones: [{ label: '紧急联系人（母亲）', value: '138 0813 6624' }],
    city: '成都', address: '四川省成都市武侯区玉林北路17号', headline: '电商运营经理',
    summary: '9年电商运营经验，熟悉天猫、抖音电商平台的店铺运营与直播带货。',
    skills: ['天猫店铺运营', '抖音电商', '直播运营', '数据分析', 'Excel', '生意参谋', '千川投放', '供应链协调'],
    syn: { 'Excel': ['Microsoft Excel'], '千川投放': ['巨量千川'] },
    languages: ['英语（CET-6）', '普通话（二级甲等）'],
    certs: ['电子商务师（三级）'],
    work: [
      { company: '成都蜀锦电子商务有限公司', title: '运营专员', start: '2017-07', end: '2019-12', city: '成都', duties: ['负责天猫旗舰店日常上新、活动报名与页面优化', '双十一单日销售额突破300万元'] },
      { company: '成都蜀锦电子商务有限公司', title: '运营主管', start: '2020-01', end: '2021-08', city: '成都', duties: ['管理5人运营团队，负责店铺整体GMV目标'] },
      { company: '四川熊猫优选网络科技有限公司', title: '电商运营经理', start: '2021-09', end: null, city: '成都', duties: ['搭建抖音直播间，月均GMV 800万元', '统筹千川投放与达人合作'] },
    ],
    edu: [{ school: '西南财经大学', degree: '电子商务 本科', start: '2013-09', end: '2017-06' }],
    notes: '复姓；同一公司晋升；紧急联系人电话',
  },
  {
    id: 'p09', lang: 'zh', name: '阎子墨', email: 'yanzimo_dev@qq.com',
    phone: '+8618691527348', phoneLocal: '186-9152-7348',
    otherPhones: [],
    city: '西安', address: '陕西省西安市雁塔区科技路48号', headline: 'Java 高级开发工程师',
    summary: '11年Java后端开发经验，主导过支付与订单系统的微服务改造。',
    skills: ['Java', 'Spring Boot', 'Spring Cloud', 'MySQL', 'Redis', 'RocketMQ', 'Docker', 'Elasticsearch', 'Linux'],
    syn: { 'Spring Boot': ['SpringBoot'], 'Elasticsearch': ['ES'] },
    languages: ['英语（CET-4）'],
    certs: ['软件设计师（中级）'],
    work: [
      { company: '西安云栈软件技术有限公司', title: 'Java开发实习生', start: '2015-03', end: '2015-06', city: '西安', kind: '实习', duties: ['参与OA系统模块开发'] },
      { company: '西安云栈软件技术有限公司', title: 'Java开发工程师', start: '2015-07', end: '2018-10', city: '西安', duties: ['负责订单系统后端开发与接口设计'] },
      { company: '长安数智科技股份有限公司', title: '高级Java开发工程师', start: '2018-11', end: '2022-05', city: '西安', duties: ['主导支付系统微服务拆分，接口响应时间降低40%'] },
      { company: '秦岭链科信息技术（西安）有限公司', title: '技术负责人', start: '2022-06', end: null, city: '西安', duties: ['带领8人后端团队，负责供应链平台架构'] },
    ],
    edu: [{ school: '西安电子科技大学', degree: '计算机科学与技术 本科', start: '2011-09', end: '2015-06' }],
    notes: '实习后转正；公司名含括号',
  },
  {
    id: 'p10', lang: 'zh', name: '詹佩蓉', email: 'peirong.chan@gmail.com',
    phone: '+886912604837', phoneLocal: '0912-604-837',
    otherPhones: [{ label: '住家電話', value: '(04)2358-1196' }],
    city: '台中', address: '臺中市西屯區文華路122巷6號3樓', headline: '資深會計',
    summary: '會計師事務所查帳員出身，具製造業財會與稅務申報經驗。',
    skills: ['財務報表編製', '營所稅申報', '鼎新ERP', 'Excel樞紐分析', '成本會計', 'IFRS', '內部稽核'],
    syn: { '鼎新ERP': ['Digiwin ERP', '鼎新'], 'IFRS': ['國際財務報導準則'] },
    languages: ['英文（中等）', '台語（流利）'],
    certs: ['記帳士', '中級會計檢定'],
    work: [
      { company: '佳昇聯合會計師事務所', title: '審計員', start: '2014-08', end: '2017-03', city: '台中', duties: ['執行上市櫃公司查核工作'] },
      { company: '東鈺精密工業股份有限公司', title: '會計', start: '2017-04', end: '2020-06', city: '台中', duties: ['負責月結、傳票審核與營業稅申報'] },
      { company: '東鈺精密工業股份有限公司', title: '資深會計', start: '2020-07', end: '2022-09', city: '台中', duties: ['負責年度財報與成本分析'] },
      { company: '豐原綠能科技股份有限公司', title: '會計課長', start: '2023-01', end: null, city: '台中', duties: ['管理會計課3人，導入鼎新ERP'] },
    ],
    breaks: [{ start: '2022-10', end: '2022-12', note: '待業（家庭因素）' }],
    edu: [{ school: '逢甲大學', degree: '會計學系 學士', start: '2010-09', end: '2014-06' }],
    notes: '繁體；民國年 in one document；同公司晉升；待業期間',
  },
  {
    id: 'p11', lang: 'zh', name: '麦嘉欣', email: 'mai.jiaxin@foxmail.com',
    phone: '+8613760492815', phoneLocal: '137 6049 2815',
    otherPhones: [{ label: '公司座机', value: '020-3862 7750' }],
    city: '广州', address: '广东省广州市天河区体育东路33号', headline: '人力资源主管（HRBP）',
    summary: '11年人力资源经验，擅长招聘体系搭建与员工关系处理。',
    skills: ['招聘与配置', '薪酬绩效', '员工关系', '劳动法', '北森系统', 'SAP SuccessFactors', 'Excel', '组织发展'],
    syn: { '北森系统': ['北森'], 'SAP SuccessFactors': ['SuccessFactors'], '组织发展': ['OD'] },
    languages: ['粤语（母语）', '英语（CET-6）'],
    certs: ['企业人力资源管理师（二级）'],
    work: [
      { company: '广州穗丰食品有限公司', title: '人事专员', start: '2015-07', end: '2017-09', city: '广州', duties: ['负责工厂普工招聘与入离职手续'] },
      { company: '珠江星辰物流集团有限公司', title: '招聘主管', start: '2017-10', end: '2021-04', city: '广州', duties: ['搭建校园招聘体系，年招聘300人'] },
      { company: '粤海智造科技有限公司', title: 'HRBP', start: '2021-05', end: '2023-11', city: '佛山', duties: ['对接研发与生产两个事业部'] },
      { company: '广州南沙港航服务有限公司', title: '人力资源主管', start: '2024-01', end: null, city: '广州', duties: ['负责公司人力资源体系建设'] },
    ],
    edu: [{ school: '华南师范大学', degree: '人力资源管理 本科', start: '2011-09', end: '2015-06' }],
    notes: '公司座机作为干扰号码',
  },
  {
    id: 'p12', lang: 'zh', name: '诸葛婷', email: 'zhuge.ting@outlook.com',
    phone: '+8617706518429', phoneLocal: '177 0651 8429',
    otherPhones: [],
    city: '杭州', address: '浙江省杭州市西湖区文三路90号', headline: '数据分析师',
    summary: '统计学硕士，7年以上互联网数据分析经验，擅长用户增长与A/B实验分析。',
    skills: ['SQL', 'Python', 'Hive', 'A/B实验设计', 'Tableau', '用户画像', '统计建模', 'Spark'],
    syn: { 'A/B实验设计': ['A/B测试', 'AB测试'], 'Python': ['Python3'] },
    languages: ['英语（雅思7.0）'],
    certs: ['CDA数据分析师（二级）'],
    work: [
      { company: '杭州溪涧网络科技有限公司', title: '数据分析实习生', start: '2018-07', end: '2018-12', city: '杭州', kind: '实习', duties: ['搭建日活监控报表'] },
      { company: '钱塘优品电子商务有限公司', title: '数据分析师', start: '2019-07', end: '2022-02', city: '杭州', duties: ['负责用户增长分析与A/B实验评估'] },
      { company: '之江云图科技有限公司', title: '高级数据分析师', start: '2022-03', end: null, city: '杭州', duties: ['负责会员业务指标体系建设'] },
    ],
    edu: [{ school: '浙江工商大学', degree: '统计学 硕士', start: '2017-09', end: '2019-06' }, { school: '宁波大学', degree: '数学与应用数学 本科', start: '2013-09', end: '2017-06' }],
    notes: '复姓；实习与硕士同期',
  },
  {
    id: 'p13', lang: 'mixed', name: '岑浩賢', alt: 'SHUM Ho Yin, Sam', email: 'sam.shum.hy@gmail.com',
    phone: '+85296184372', phoneLocal: '9618 4372',
    otherPhones: [{ label: 'Office 辦公室', value: '2837 5610' }],
    city: 'Hong Kong', address: 'Flat 12B, Block 3, Kornhill Gardens, Quarry Bay, Hong Kong', headline: 'Fund Accounting Manager',
    summary: 'Fund accountant with 11 years in Hong Kong asset managers and a fund administrator.',
    skills: ['Fund valuation (NAV)', 'Bloomberg', 'Multifonds', 'IFRS 9', 'Reconciliations', 'VBA', 'HKFRS'],
    syn: { 'Fund valuation (NAV)': ['NAV calculation', 'fund valuation'], 'VBA': ['Visual Basic for Applications'] },
    languages: ['Cantonese (native)', 'English (fluent)', 'Putonghua (good)'],
    certs: ['HKICPA', 'CFA Level II'],
    work: [
      { company: 'Harbourview Fund Services Limited', title: 'Fund Accountant', start: '2015-09', end: '2018-02', city: 'Hong Kong', duties: ['Daily NAV for 25 UCITS and Cayman funds.'] },
      { company: 'Harbourview Fund Services Limited', title: 'Senior Fund Accountant', start: '2018-03', end: '2020-06', city: 'Hong Kong', duties: ['Reviewed NAVs and trained new joiners.'] },
      { company: 'Kowloon Bay Asset Management Ltd', title: 'Assistant Manager, Fund Accounting', start: '2020-07', end: '2023-05', city: 'Hong Kong', duties: ['Oversight of two administrators; year-end audits.'] },
      { company: 'Tai Tam Capital Partners', title: 'Fund Accounting Manager', start: '2023-06', end: null, city: 'Hong Kong', duties: ['Head of fund accounting for 14 funds.'] },
    ],
    edu: [{ school: 'The Hong Kong Polytechnic University', degree: 'BBA (Hons) Accountancy', start: '2011-09', end: '2015-07' }],
    notes: 'HK surname-first romanisation with English name after comma; office number printed',
  },
  {
    id: 'p14', lang: 'mixed', name: '林慧敏', alt: 'Rachel Lim Hui Min', email: 'rachel.limhm@yahoo.com.sg',
    phone: '+6591487236', phoneLocal: '9148 7236',
    otherPhones: [{ label: 'Home', value: '6452 0917' }],
    city: 'Singapore', address: 'Blk 418 Tampines St 41, #08-223, Singapore 520418', headline: 'Bioprocess Scientist',
    summary: 'Upstream bioprocess scientist (cell culture) with biologics CDMO and A*STAR-institute experience.',
    skills: ['Mammalian cell culture', 'Bioreactor operation (Ambr 250, 200 L SUB)', 'DoE (JMP)', 'Process characterisation', 'Tech transfer', 'GMP documentation', 'ELISA'],
    syn: { 'DoE (JMP)': ['Design of Experiments', 'DoE', 'JMP'], 'Tech transfer': ['technology transfer'] },
    languages: ['English', 'Mandarin 华语', 'Hokkien (spoken)'],
    certs: [],
    work: [
      { company: 'Institute of Cellular Bioprocessing', title: 'Research Officer', start: '2016-08', end: '2019-07', city: 'Singapore', duties: ['Media optimisation for CHO cell lines.'] },
      { company: 'Tuas BioManufacturing Pte Ltd', title: 'Scientist, Upstream Process Development', start: '2019-08', end: '2022-12', city: 'Singapore', duties: ['Scale-up from Ambr 250 to 200 L single-use bioreactors.'] },
      { company: 'Tuas BioManufacturing Pte Ltd', title: 'Senior Scientist, Upstream Process Development', start: '2023-01', end: null, city: 'Singapore', duties: ['Lead tech transfer for two late-phase programmes.'] },
    ],
    edu: [{ school: 'Nanyang Technological University', degree: 'B.Eng. (Chemical & Biomolecular Engineering)', start: '2012-08', end: '2016-06' }],
    notes: 'SG name order; promotion; home number',
  },
  {
    id: 'p15', lang: 'mixed', name: '邱俊杰', alt: 'Khoo Chun Kiat', email: 'ckkhoo.eng@gmail.com',
    phone: '+60124863917', phoneLocal: '012-486 3917',
    otherPhones: [{ label: 'Office', value: '04-643 8820' }],
    city: 'Penang', address: '23, Lorong Bukit Jambul 5, 11900 Bayan Lepas, Pulau Pinang', headline: 'Senior Test Development Engineer',
    summary: 'Semiconductor test engineer (ATE) with 12 years in Penang back-end assembly and test.',
    skills: ['ATE programming (Teradyne J750, Advantest 93K)', 'LabVIEW', 'Python', 'Yield analysis', 'DFT', 'Test hardware (load boards, probe cards)', 'Six Sigma (Green Belt)'],
    syn: { 'ATE programming (Teradyne J750, Advantest 93K)': ['ATE', 'Automated Test Equipment'], 'DFT': ['Design for Testability'] },
    languages: ['English', 'Bahasa Malaysia', 'Mandarin', 'Hokkien'],
    certs: ['Six Sigma Green Belt (2019)'],
    work: [
      { company: 'Bayan Semicon Sdn. Bhd.', title: 'Industrial Trainee', start: '2013-06', end: '2013-11', city: 'Bayan Lepas', kind: 'industrial training', duties: ['Assisted test engineers with handler set-up.'] },
      { company: 'Bayan Semicon Sdn. Bhd.', title: 'Test Engineer', start: '2014-07', end: '2018-03', city: 'Bayan Lepas', duties: ['Released J750 test programs for microcontrollers.'] },
      { company: 'Kulim Advanced Test Sdn. Bhd.', title: 'Senior Test Development Engineer', start: '2018-04', end: null, city: 'Kulim', duties: ['93K test development for automotive SoCs; cut test time by 22 %.'] },
    ],
    edu: [{ school: 'Universiti Sains Malaysia', degree: 'B.Eng. (Hons) Electronic Engineering', start: '2010-07', end: '2014-06' }],
    notes: 'industrial training printed as a job; MY mobile with dash',
  },
  {
    id: 'p16', lang: 'mixed', name: '司马文轩', alt: 'Evan Sima', email: 'evan.sima.ux@gmail.com',
    phone: '+8613916274058', phoneLocal: '139 1627 4058',
    otherPhones: [{ label: 'Office', value: '021-6089 3341' }],
    city: 'Shanghai 上海', address: '上海市徐汇区漕溪北路88号', headline: 'Senior Product Designer 高级产品设计师',
    summary: 'UX/product designer, MSc from the UK, 9 years in London and Shanghai across fintech and mobility.',
    skills: ['Figma', 'User research', 'Design systems', 'Prototyping (ProtoPie)', 'Usability testing', 'Information architecture', 'HTML/CSS'],
    syn: { 'User research': ['UX research'], 'Information architecture': ['IA'] },
    languages: ['Mandarin (native)', 'English (fluent, IELTS 8.0)'],
    certs: ['NN/g UX Certification'],
    work: [
      { company: 'Thameslink Fintech Ltd', title: 'UX Design Intern', start: '2017-06', end: '2017-09', city: 'London', kind: 'internship', duties: ['Usability tests for an onboarding flow.'] },
      { company: 'Pennywise Money Ltd', title: 'Product Designer', start: '2018-01', end: '2020-08', city: 'London', duties: ['Designed savings features used by 1.2 m customers.'] },
      { company: '上海悦行出行科技有限公司', title: 'Senior Product Designer', start: '2020-11', end: null, city: 'Shanghai', duties: ['Own the rider app design system (400+ components).'] },
    ],
    breaks: [{ start: '2020-09', end: '2020-10', note: 'Relocation to Shanghai' }],
    edu: [{ school: 'University of Leeds', degree: 'MSc Human–Computer Interaction', start: '2016-09', end: '2017-09' }, { school: '同济大学', degree: '工业设计 本科', start: '2012-09', end: '2016-06' }],
    notes: 'returnee; compound surname 司马; Chinese employer in an English CV',
  },
];

export const byId = Object.fromEntries(people.map((p) => [p.id, p])) as Record<string, Person>;
