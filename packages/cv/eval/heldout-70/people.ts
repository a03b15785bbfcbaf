/**
 * heldout-70: sixteen invented people. Every person, employer, school, address, e-mail and number is made up.
 * Phone numbers use ranges set aside for drama/fiction where a country has one (UK 07700 900xxx, AU 0491 570xxx,
 * US 555-01xx) and otherwise a valid-shaped invented number.
 *
 * A job may carry `parent` (index of the job it sits inside: secondments, acting/interim posts, postings) and
 * `via` (the client of an agency / outsourcing assignment, printed under the agency, which is the employer).
 */
export type Lang = 'en' | 'zh' | 'mixed';
export interface Job {
  title: string;
  company: string;
  start: string;
  end: string | null;
  place?: string;
  /** secondment / acting / interim / concurrent role printed inside another job (index into work) */
  parent?: number;
  kind?: 'secondment' | 'acting' | 'concurrent' | 'posting' | 'sideline';
  via?: string;
  bullets: string[];
}
export interface Edu { school: string; degree: string; start: string; end: string }
export interface Person {
  id: string;
  language: Lang;
  name: string;
  /** the English name of a mixed person, printed beside the Chinese name */
  alias?: string;
  headline: string;
  email: string;
  phone: string;
  phonePrinted: string;
  otherPhone?: { label: string; printed: string };
  address: string;
  skills: string[];
  /** synonyms / abbreviations for truth (same order as skills; '' for none) */
  syn?: Record<string, string>;
  languages: string[];
  certs?: string[];
  summary: string;
  work: Job[];
  education: Edu[];
  notes: string;
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Oliver Brannigan', headline: 'Chartered Electrical Design Engineer',
    email: 'oliver.brannigan@fastmail-example.co.uk', phone: '+447700900347', phonePrinted: '07700 900347',
    otherPhone: { label: 'Home', printed: '0113 496 0782' }, address: '14 Carrow Lane, Leeds LS6 2QT',
    skills: ['Electrical design (LV/HV)', 'Protection coordination', 'Cable sizing', 'AutoCAD Electrical', 'ETAP', 'Revit MEP', 'Site surveys', 'CDM 2015'],
    syn: { 'Electrical design (LV/HV)': 'Electrical design', 'CDM 2015': 'Construction (Design and Management) Regulations' },
    languages: ['English (native)', 'German (basic)'], certs: ['CEng MIET', 'ECS Gold Card'],
    summary: 'Electrical design engineer with rail, water and energy projects behind him, six years of them as a contractor through an agency.',
    work: [
      { title: 'Graduate Engineer', company: 'Tessgate Power Systems Ltd', start: '2012-09', end: '2014-08', place: 'Wakefield', bullets: ['Produced LV schematics and cable schedules for substation refurbishments', 'Ran load-flow studies under supervision'] },
      { title: 'Design Engineer', company: 'Tessgate Power Systems Ltd', start: '2014-09', end: '2017-03', place: 'Wakefield', bullets: ['Led design packages up to 11 kV for industrial clients', 'Checked contractor drawings and issued technical queries'] },
      { title: 'Contract Electrical Design Engineer', company: 'Northwold Technical Recruitment', via: 'Halden Rail Infrastructure', start: '2017-05', end: '2018-10', place: 'York', bullets: ['Designed traction-supply auxiliaries for a depot upgrade', 'Prepared earthing and bonding calculations'] },
      { title: 'Contract Lead Design Engineer', company: 'Northwold Technical Recruitment', via: 'Orrin Water Services', start: '2018-11', end: '2020-06', place: 'Harrogate', bullets: ['Led a team of four on pumping-station MCC replacements', 'Owned the design risk register under CDM 2015'] },
      { title: 'Senior Electrical Engineer', company: 'Calder Marsh Energy', start: '2020-08', end: null, place: 'Leeds', bullets: ['Responsible engineer for battery-storage grid connections up to 33 kV', 'Mentor two graduate engineers towards chartership', 'Introduced ETAP protection studies in place of hand calculations'] },
    ],
    education: [{ school: 'University of Brackenfield', degree: 'MEng Electrical and Electronic Engineering', start: '2008-09', end: '2012-06' }],
    notes: 'agency assignments listed under the agency (company = agency, client printed as "Client:")',
  },
  {
    id: 'p02', language: 'en', name: 'Dana Kowalczyk', headline: 'Product leader, B2B logistics software',
    email: 'dana.kowalczyk@proton-example.com', phone: '+13125550176', phonePrinted: '(312) 555-0176',
    otherPhone: { label: 'Office', printed: '(312) 555-0110' }, address: 'Chicago, IL 60614',
    skills: ['Product strategy', 'Roadmapping', 'OKRs', 'SQL', 'A/B testing', 'Pricing & packaging', 'Jira', 'Figma'],
    syn: { 'OKRs': 'Objectives and key results', 'A/B testing': 'Experimentation' },
    languages: ['English', 'Polish'], certs: ['Pragmatic Institute PMC-III'],
    summary: 'Product manager who grew from freight to health-tech to logistics SaaS; plans in quarters and ships in weeks.',
    work: [
      { title: 'Associate Product Manager', company: 'Brightline Freight', start: '2016-07', end: '2018-03', place: 'Chicago, IL', bullets: ['Owned the carrier-onboarding flow; cut drop-off by 18%'] },
      { title: 'Product Manager', company: 'Brightline Freight', start: '2018-04', end: '2019-06', place: 'Chicago, IL', bullets: ['Launched load-matching v2 to 4,000 carriers', 'Ran weekly A/B tests with the growth squad'] },
      { title: 'Senior Product Manager', company: 'Oakfern Health', start: '2019-07', end: '2022-03', place: 'Evanston, IL', bullets: ['Led the scheduling product (3 squads)', 'Moved roadmapping to quarterly OKRs'] },
      { title: 'Interim Head of Product', company: 'Oakfern Health', start: '2021-10', end: '2022-03', place: 'Evanston, IL', parent: 2, kind: 'acting', bullets: ['Covered the vacant head-of-product seat for two quarters'] },
      { title: 'Group Product Manager', company: 'Tallowmere Logistics Software', start: '2022-04', end: null, place: 'Chicago, IL', bullets: ['Run a group of five PMs across routing and billing', 'Rebuilt pricing & packaging; net revenue retention up 9 points'] },
    ],
    education: [{ school: 'Lakeshore State University', degree: 'B.S. Industrial Engineering', start: '2012-08', end: '2016-05' }],
    notes: 'quarters (Q3 2016 – Q1 2018); interim role inside a job',
  },
  {
    id: 'p03', language: 'en', name: 'Priya Ramanathan', headline: 'Clinical Nurse Educator (Emergency)',
    email: 'priya.ram@bigpond-example.com.au', phone: '+61491570156', phonePrinted: '0491 570 156',
    otherPhone: { label: 'Home', printed: '(07) 5550 1274' }, address: 'Southport QLD 4215',
    skills: ['Emergency nursing', 'Triage (ATS)', 'Clinical education', 'Deteriorating patient management', 'Preceptorship', 'Rostering', 'Wound care'],
    syn: { 'Triage (ATS)': 'Triage | Australasian Triage Scale' },
    languages: ['English', 'Tamil'], certs: ['AHPRA registration (RN)', 'ALS2', 'Working with Children Check'],
    summary: 'Emergency nurse of more than a decade who now teaches the next intake.',
    work: [
      { title: 'Graduate Registered Nurse', company: 'Coralbay District Hospital', start: '2013-02', end: '2014-01', bullets: ['Rotations through surgical, medical and ED'] },
      { title: 'Registered Nurse', company: 'Coralbay District Hospital', start: '2014-02', end: '2016-05', bullets: ['Emergency Department, 34 beds', 'Triage-trained 2015'] },
      { title: 'Clinical Nurse, Emergency', company: 'Westhaven Private Hospital', start: '2016-07', end: '2019-09', bullets: ['Shift coordinator on nights', 'Preceptor for new graduates'] },
      { title: 'Casual Registered Nurse (pool)', company: 'Bayside Nursing Agency', start: '2017-01', end: '2018-12', kind: 'sideline', bullets: ['Weekend shifts in aged care and day surgery'] },
      { title: 'Acting Nurse Unit Manager', company: 'Westhaven Private Hospital', start: '2019-10', end: '2020-03', bullets: ['Rostering and budget for 60 FTE during the NUM\'s leave'] },
      { title: 'Clinical Nurse Educator', company: 'Murrindal Health Service', start: '2020-04', end: null, bullets: ['Run the ED transition-to-practice program', 'Designed simulation days on the deteriorating patient'] },
    ],
    education: [{ school: 'Southern Reef University', degree: 'Bachelor of Nursing', start: '2010-02', end: '2012-11' }, { school: 'Southern Reef University', degree: 'Graduate Certificate in Clinical Education', start: '2019-02', end: '2020-06' }],
    notes: 'durations beside / instead of an end; overlapping casual agency job; acting role',
  },
  {
    id: 'p04', language: 'en', name: 'Marcus Oyelaran', headline: 'Senior Software Engineer — payments',
    email: 'marcus.oyelaran@mailbox-example.dev', phone: '+14155550132', phonePrinted: '415-555-0132',
    address: 'Oakland, CA',
    skills: ['Go', 'TypeScript', 'PostgreSQL', 'Kafka', 'Kubernetes', 'gRPC', 'Distributed systems', 'Terraform'],
    syn: { 'Go': 'Golang', 'PostgreSQL': 'Postgres', 'Kubernetes': 'K8s' },
    languages: ['English', 'Yoruba (conversational)'],
    summary: 'Backend engineer on money-movement systems; two summer internships before full-time.',
    work: [
      { title: 'Software Engineering Intern', company: 'Quillfeather Labs', start: '2017-06', end: '2017-08', bullets: ['Built an internal feature-flag dashboard in TypeScript'] },
      { title: 'Software Engineering Intern', company: 'Parrot Ridge Analytics', start: '2018-06', end: '2018-08', bullets: ['Prototyped a Kafka consumer for event ingestion'] },
      { title: 'Software Engineer', company: 'Parrot Ridge Analytics', start: '2019-06', end: '2021-08', bullets: ['Owned the ingestion pipeline (2B events/day)', 'Moved services to Kubernetes'] },
      { title: 'Software Engineer II', company: 'Kestrel Pay', start: '2021-09', end: '2023-11', bullets: ['Wrote the ledger service in Go with PostgreSQL', 'On-call lead for payouts'] },
      { title: 'Senior Software Engineer', company: 'Kestrel Pay', start: '2023-12', end: null, bullets: ['Tech lead of the cross-border payouts team', 'Introduced gRPC contracts and Terraform modules'] },
    ],
    education: [{ school: 'Bayview Institute of Technology', degree: 'B.S. Computer Science', start: '2015-08', end: '2019-05' }],
    notes: "Summer 2017 / Summer 2018 internships; Jun '19 – Aug '21",
  },
  {
    id: 'p05', language: 'en', name: 'Eleanor Fitzwilliam', headline: 'Second in Mathematics',
    email: 'e.fitzwilliam@outlook-example.co.uk', phone: '+447700900418', phonePrinted: '07700 900 418',
    otherPhone: { label: 'School office', printed: '01632 960 245' }, address: '3 Meadow Rise, Shrewsbury SY2 5HL',
    skills: ['Key Stage 3–5 mathematics', 'Curriculum planning', 'Assessment design', 'Pastoral care', 'Behaviour management', 'Data analysis (SISRA)', 'Mentoring ECTs'],
    syn: { 'Mentoring ECTs': 'Mentoring early career teachers' },
    languages: ['English', 'French (B1)'], certs: ['Qualified Teacher Status (QTS)', 'NPQLT'],
    summary: 'Secondary mathematics teacher with pastoral leadership; counts her career in academic years.',
    work: [
      { title: 'Teaching Assistant', company: "St Aldric's Primary School", start: '2011-09', end: '2012-08', bullets: ['Supported Year 5 numeracy groups'] },
      { title: 'Teacher of Mathematics', company: 'Harrowgate Vale Academy', start: '2013-09', end: '2016-08', bullets: ['Taught KS3–KS4 across all sets', 'Ran the UKMT challenge club'] },
      { title: 'Teacher of Mathematics', company: 'Linmoor High School', start: '2016-09', end: '2020-08', bullets: ['A-level groups from 2017/18'] },
      { title: 'Head of Year 9', company: 'Linmoor High School', start: '2016-09', end: '2020-08', kind: 'concurrent', parent: 2, bullets: ['Pastoral lead for 210 students and 8 tutors'] },
      { title: 'Second in Mathematics', company: 'Linmoor High School', start: '2020-09', end: null, bullets: ['Lead KS5 mathematics and the assessment calendar', 'Mentor two early career teachers'] },
    ],
    education: [{ school: 'University of Wrenford', degree: 'BSc Mathematics', start: '2008-09', end: '2011-06' }, { school: 'University of Wrenford', degree: 'PGCE Secondary Mathematics', start: '2012-09', end: '2013-06' }],
    notes: 'academic years (2013/14 – 2015/16 = Sep 2013 – Aug 2016); two roles with one date range at one school',
  },
  {
    id: 'p06', language: 'en', name: 'Gareth Llewellyn-Price', headline: 'Senior Planning Officer',
    email: 'gareth.llp@btinternet-example.com', phone: '+447700900736', phonePrinted: '07700 900736',
    otherPhone: { label: 'Work', printed: '01632 960 518 ext. 4417' }, address: '22 Heol y Felin, Bridgend CF31 4NT',
    skills: ['Development management', 'Planning appeals', 'Section 106 agreements', 'Local Development Plan policy', 'Stakeholder engagement', 'Uniform / Idox', 'Project management'],
    syn: { 'Section 106 agreements': 'S106 | planning obligations' },
    languages: ['English', 'Welsh (fluent)'], certs: ['MRTPI', 'PRINCE2 Foundation'],
    summary: 'Chartered town planner applying internally for the Development Management team-leader post.',
    work: [
      { title: 'Planning Assistant', company: 'Caerwen County Council', start: '2010-04', end: '2013-06', bullets: ['Validated applications and drafted delegated reports'] },
      { title: 'Planning Officer', company: 'Caerwen County Council', start: '2013-07', end: '2017-12', bullets: ['Caseload of 140 householder and minor applications a year'] },
      { title: 'Senior Planning Officer', company: 'Mawddach Borough Council', start: '2018-01', end: null, bullets: ['Major applications and appeals; Welsh-language committee reports', 'Negotiated Section 106 agreements worth £4.2m'] },
      { title: 'Regeneration Project Lead (secondment)', company: 'Valleys Growth Partnership', start: '2021-03', end: '2022-02', parent: 2, kind: 'secondment', bullets: ['Seconded to deliver the town-centre masterplan for three valley towns'] },
      { title: 'Acting Team Leader, Development Management', company: 'Mawddach Borough Council', start: '2023-06', end: '2023-12', parent: 2, kind: 'acting', bullets: ['Led a team of seven during the team leader’s absence'] },
    ],
    education: [{ school: 'Cardiff Bay University', degree: 'MSc Spatial Planning', start: '2008-09', end: '2010-01' }],
    notes: 'employer name in the DOCX header (internal application); secondment and acting post inside the current job',
  },
  {
    id: 'p07', language: 'en', name: 'Callum Rees', headline: 'Facilities & Security Supervisor, ex-Army (Sergeant)',
    email: 'callum.rees.1989@gmail-example.com', phone: '+447700900251', phonePrinted: '+44 7700 900251',
    address: 'Plymouth PL4 7QB',
    skills: ['Team leadership', 'Security operations', 'Risk assessment', 'Health and safety', 'Instruction and coaching', 'CCTV systems', 'Access control'],
    languages: ['English'], certs: ['SIA Door Supervisor and CCTV licences', 'NEBOSH General Certificate', 'Full UK driving licence (C1)'],
    summary: 'Twelve years in the infantry including three as an instructor; now running site security for a property manager.',
    work: [
      { title: 'Rifleman', company: 'Royal Hartland Rifles', start: '2008-01', end: '2011-06', kind: 'posting', bullets: ['Two operational tours; vehicle and foot patrols'] },
      { title: 'Section Commander (Corporal)', company: 'Royal Hartland Rifles', start: '2011-07', end: '2014-03', kind: 'posting', bullets: ['Led an eight-soldier section; responsible for equipment worth £250k'] },
      { title: 'Infantry Instructor (Sergeant)', company: 'Army Training Centre Penhallow', start: '2014-04', end: '2017-03', kind: 'posting', bullets: ['Delivered basic training to 600+ recruits', 'Range safety officer'] },
      { title: 'Platoon Sergeant', company: 'Royal Hartland Rifles', start: '2017-04', end: '2019-12', kind: 'posting', bullets: ['Second-in-command of a 30-strong platoon; welfare and discipline'] },
      { title: 'Facilities & Security Supervisor', company: 'Greyfriars Estates Management', start: '2020-03', end: null, bullets: ['Supervise 14 security officers across three sites', 'Rewrote lock-down and evacuation plans'] },
    ],
    education: [{ school: 'Plymstock Community College', degree: 'GCSEs (8), BTEC Public Services', start: '2003-09', end: '2007-06' }],
    notes: 'military postings, each posting its own unit',
  },
  {
    id: 'p08', language: 'zh', name: '林晓雯', headline: '用户运营 / 电商运营负责人',
    email: 'linxiaowen_ops@163-example.com', phone: '+8613867125430', phonePrinted: '138 6712 5430',
    address: '浙江省杭州市西湖区文三路',
    skills: ['用户运营', '社群运营', '活动策划', '数据分析', 'SQL', '私域流量', '直播带货'],
    syn: { '私域流量': '私域运营' },
    languages: ['英语（CET-6）'], certs: ['人力资源管理师三级'],
    summary: '电商与内容运营八年，擅长从零搭建私域和会员体系。',
    work: [
      { title: '运营专员', company: '杭州青禾电子商务有限公司', start: '2016-07', end: '2018-12', bullets: ['负责天猫店铺日常活动与商品上新', '月度大促策划与复盘'] },
      { title: '运营主管', company: '杭州青禾电子商务有限公司', start: '2019-01', end: '2020-06', bullets: ['带领4人运营小组', '搭建会员积分体系，复购率提升12%'] },
      { title: '用户运营经理', company: '上海栖云网络科技有限公司', start: '2020-07', end: '2022-12', bullets: ['负责社群与企业微信私域，沉淀用户30万', '建立用户分层与SQL看板'] },
      { title: '运营负责人', company: '苏州木棉花文化传播有限公司', start: '2023-01', end: null, bullets: ['统筹直播带货与内容运营团队（12人）', '年GMV从2000万增长至6500万'] },
    ],
    education: [{ school: '浙江临江大学', degree: '市场营销 本科', start: '2012-09', end: '2016-06' }],
    notes: '2016年下半年 / 2019年初至今-style dates (上半年 ends 06, 下半年 starts 07, 年初 = 01, 年底 = 12)',
  },
  {
    id: 'p09', language: 'zh', name: '赵明远', headline: '项目经理（城建投资）',
    email: 'zhaomingyuan@qq-example.com', phone: '+8615907318264', phonePrinted: '159-0731-8264',
    otherPhone: { label: '办公电话', printed: '0731-8855 2170' }, address: '湖南省江州市城南区',
    skills: ['项目管理', '工程造价', '招投标管理', '政府投资项目审批', '公文写作', 'BIM', 'Project'],
    syn: { 'Project': 'Microsoft Project' },
    languages: ['英语（CET-4）'], certs: ['一级建造师（市政公用工程）', '中级工程师'],
    summary: '机关与城投平台十余年，熟悉政府投资项目全流程。',
    work: [
      { title: '科员', company: '江州市城南区住房和城乡建设局', start: '2012-07', end: '2016-03', bullets: ['负责建设工程施工许可审批', '参与老旧小区改造项目'] },
      { title: '副主任科员', company: '江州市城南区住房和城乡建设局', start: '2016-04', end: '2019-08', bullets: ['负责全区重点工程调度'] },
      { title: '综合协调组工作人员（借调）', company: '江州市重点项目推进办公室', start: '2017-05', end: '2018-04', parent: 1, kind: 'secondment', bullets: ['借调期间负责市级重点项目月度督查'] },
      { title: '项目经理', company: '江州城投建设发展有限公司', start: '2019-09', end: null, bullets: ['负责3个片区开发项目，总投资18亿元', '组织招投标与造价审核'] },
      { title: '镇长助理（挂职）', company: '青石镇人民政府', start: '2021-03', end: '2022-02', parent: 3, kind: 'secondment', bullets: ['挂职锻炼一年，分管乡村振兴项目'] },
    ],
    education: [{ school: '湘南建筑大学', degree: '土木工程 本科', start: '2008-09', end: '2012-06' }],
    notes: '借调 and 挂职 inside jobs; durations "（3年9个月）"',
  },
  {
    id: 'p10', language: 'zh', name: '陈思琪', headline: '财务总监',
    email: 'chen.siqi@126-example.com', phone: '+8613602483917', phonePrinted: '136 0248 3917',
    otherPhone: { label: '家庭电话', printed: '020-3826 4459' }, address: '广东省广州市天河区',
    skills: ['财务管理', '全面预算', '税务筹划', '合并报表', '内控体系建设', 'IPO财务规范', '用友U8', 'SAP'],
    syn: { '用友U8': 'U8' },
    languages: ['英语（熟练）', '粤语'], certs: ['中国注册会计师（CPA）', '高级会计师'],
    summary: '十八年财务经验，其中五年以上财务负责人岗位。',
    work: [
      { title: '会计', company: '广州和盛贸易有限公司', start: '2008-07', end: '2011-02', bullets: ['负责应收应付与费用报销', '编制月度报表'] },
      { title: '主办会计', company: '广州汇川物流有限公司', start: '2011-03', end: '2014-09', bullets: ['独立完成总账与纳税申报'] },
      { title: '财务主管', company: '广州汇川物流有限公司', start: '2014-10', end: '2017-06', bullets: ['管理5人团队，推行费用预算控制'] },
      { title: '财务经理', company: '佛山德裕家居股份有限公司', start: '2017-07', end: '2021-05', bullets: ['负责集团合并报表与税务', '配合IPO辅导完成财务规范'] },
      { title: '财务总监（代理）', company: '佛山德裕家居股份有限公司', start: '2020-09', end: '2021-05', parent: 3, kind: 'acting', bullets: ['原财务总监离任期间代行其职责'] },
      { title: '财务总监', company: '广州星瀚医疗器械有限公司', start: '2021-06', end: null, bullets: ['搭建全面预算与内控体系', '主导两轮融资的财务尽调'] },
    ],
    education: [{ school: '岭南财经学院', degree: '会计学 本科', start: '2004-09', end: '2008-06' }],
    notes: 'long history continued over a page break; 代理 role inside a job',
  },
  {
    id: 'p11', language: 'zh', name: '刘洋', headline: 'Java技术组长',
    email: 'liuyang_dev@foxmail-example.com', phone: '+8618180632751', phonePrinted: '181 8063 2751',
    address: '四川省成都市高新区',
    skills: ['Java', 'Spring Boot', 'Spring Cloud', 'MySQL', 'Redis', 'RocketMQ', 'Docker', '微服务架构'],
    syn: { '微服务架构': '微服务' },
    languages: ['英语（CET-4）'], certs: ['软考 系统架构设计师'],
    summary: '九年Java后端经验，其中四年半在外包公司驻场银行和航旅客户。',
    work: [
      { title: 'Java开发工程师', company: '成都蓝鲸软件外包服务有限公司', via: '蜀川银行', start: '2015-03', end: '2017-08', bullets: ['驻场开发信贷审批系统', '负责接口联调与上线支持'] },
      { title: '高级Java开发工程师', company: '成都蓝鲸软件外包服务有限公司', via: '天府航旅数据有限公司', start: '2017-09', end: '2019-10', bullets: ['驻场负责机票订单中心微服务改造', '引入RocketMQ削峰'] },
      { title: '技术组长', company: '成都云栈科技有限公司', start: '2019-11', end: null, bullets: ['带领8人后端团队', '主导Spring Cloud架构升级与Docker化部署'] },
    ],
    education: [{ school: '西蜀理工学院', degree: '软件工程 本科', start: '2011-09', end: '2015-06' }],
    notes: '外包驻场: assignments printed under the outsourcing company (company = 外包公司)',
  },
  {
    id: 'p12', language: 'zh', name: '黄婷', headline: '品牌视觉设计经理',
    email: 'huangting.design@163-example.com', phone: '+8615859203746', phonePrinted: '158 5920 3746',
    address: '福建省泉州市丰泽区',
    skills: ['品牌视觉设计', 'VI系统', '插画', 'Photoshop', 'Illustrator', 'C4D', '包装设计'],
    syn: { 'Photoshop': 'PS', 'Illustrator': 'AI', 'C4D': 'Cinema 4D' },
    languages: ['英语（四级）'],
    summary: '十二年平面与品牌设计经验，长期兼职插画创作。',
    work: [
      { title: '平面设计师', company: '厦门鹭海广告有限公司', start: '2014-07', end: '2017-04', bullets: ['负责地产与快消客户平面物料'] },
      { title: '兼职插画师', company: '福州纸鸢文创工作室', start: '2016-01', end: '2018-06', kind: 'sideline', bullets: ['业余为文创产品绘制插画，共40余款'] },
      { title: '资深视觉设计师', company: '厦门海角网络科技有限公司', start: '2017-05', end: '2020-12', bullets: ['负责App与运营活动视觉', '建立设计规范组件库'] },
      { title: '品牌设计经理', company: '泉州晴川鞋业有限公司', start: '2021-03', end: null, bullets: ['主导品牌VI系统升级', '管理5人设计团队与包装设计'] },
    ],
    education: [{ school: '闽江艺术学院', degree: '视觉传达设计 本科', start: '2010-09', end: '2014-06' }],
    notes: 'overlapping part-time job; gap 2021-01..02',
  },
  {
    id: 'p13', language: 'mixed', name: '周子豪', alias: 'Jason Zhou', headline: 'FP&A Manager 财务计划与分析经理',
    email: 'jason.zhou.fpa@outlook-example.com', phone: '+8613692847051', phonePrinted: '+86 136 9284 7051',
    address: 'Nanshan District, Shenzhen 深圳市南山区',
    skills: ['FP&A', 'Financial modelling', 'Budgeting & forecasting', 'Power BI', 'SAP FICO', 'Excel VBA', 'IFRS'],
    syn: { 'FP&A': 'Financial planning and analysis', 'Financial modelling': 'Financial modeling' },
    languages: ['Mandarin (native)', 'English (fluent)', 'Cantonese'], certs: ['ACCA', 'CMA'],
    summary: 'Audit-trained finance professional now running FP&A for a consumer-goods business in South China.',
    work: [
      { title: 'Audit Associate', company: 'Kingsbridge & Lowe CPA', start: '2013-09', end: '2016-08', bullets: ['Statutory audits of manufacturing clients'] },
      { title: 'Senior Audit Associate', company: 'Kingsbridge & Lowe CPA', start: '2016-09', end: '2017-12', bullets: ['Led field teams of 3–5 on IFRS audits'] },
      { title: 'Financial Analyst', company: 'Maxtop Electronics 迈拓电子', start: '2018-01', end: '2020-06', bullets: ['Monthly forecasting and variance analysis', 'Built Power BI cost dashboards'] },
      { title: 'FP&A Manager', company: 'Lumina Consumer Goods (China) Co., Ltd.', start: '2020-07', end: null, bullets: ['Own the annual budget and rolling forecast (RMB 3.2bn revenue)', 'Lead a team of four analysts'] },
    ],
    education: [{ school: 'Pearl River University of Finance 珠江财经大学', degree: 'BA Accounting 会计学学士', start: '2009-09', end: '2013-06' }],
    notes: 'bilingual employer names; durations',
  },
  {
    id: 'p14', language: 'mixed', name: '許嘉欣', alias: 'Carmen Hui', headline: 'Senior Property Manager 高級物業經理',
    email: 'carmen.hui.pm@yahoo-example.com.hk', phone: '+85296183407', phonePrinted: '9618 3407',
    otherPhone: { label: 'Office 辦公室', printed: '2837 4410' }, address: 'Tai Koo Shing, Hong Kong 香港太古城',
    skills: ['Property management', 'Tenancy administration', 'Building Management Ordinance', 'Contractor management', 'Budget control', 'Owners\' corporation liaison', 'Yardi'],
    syn: { 'Building Management Ordinance': 'BMO' },
    languages: ['Cantonese 粵語', 'English 英語', 'Putonghua 普通話'], certs: ['Licensed Property Management Practitioner (Tier 1)', 'MHKIH'],
    summary: 'Property manager with residential and commercial portfolios, including a year seconded to the Shanghai office.',
    work: [
      { title: 'Management Trainee', company: 'Harbourfront Property Holdings', start: '2012-08', end: '2014-07', bullets: ['Rotations through leasing, estate management and finance'] },
      { title: 'Assistant Property Manager', company: 'Harbourfront Property Holdings', start: '2014-08', end: '2018-03', bullets: ['Managed a 1,200-unit residential estate'] },
      { title: 'Project Coordinator (secondment, Shanghai office)', company: 'Harbourfront Property Holdings', start: '2016-05', end: '2017-04', parent: 1, kind: 'secondment', bullets: ['Set up handover procedures for a serviced-apartment tower'] },
      { title: 'Property Manager', company: 'Tai Hang Estates Management Ltd', start: '2018-04', end: '2022-09', bullets: ['Two commercial towers, 180 tenants'] },
      { title: 'Interim Senior Property Manager', company: 'Tai Hang Estates Management Ltd', start: '2021-11', end: '2022-04', parent: 3, kind: 'acting', bullets: ['Covered the senior manager post for six months'] },
      { title: 'Senior Property Manager', company: 'Kowloon Bay Commercial Services Ltd', start: '2022-10', end: null, bullets: ['Portfolio of five commercial buildings', 'Annual budget HK$46m; contractor tendering'] },
    ],
    education: [{ school: 'Victoria Harbour Polytechnic University 維港理工大學', degree: 'BSc Surveying (Property Management)', start: '2008-09', end: '2012-06' }],
    notes: 'secondment and interim post inside jobs; HK phone with office number printed too',
  },
  {
    id: 'p15', language: 'mixed', name: '吴俊杰', alias: 'Kelvin Goh', headline: 'Regional Planning Manager 区域计划经理',
    email: 'kelvin.goh.scm@gmail-example.com', phone: '+6591847263', phonePrinted: '+65 9184 7263',
    address: 'Tampines, Singapore',
    skills: ['Demand planning', 'S&OP', 'Inventory optimisation', 'SAP APO', 'Power BI', 'Supplier collaboration', 'Lean Six Sigma'],
    syn: { 'S&OP': 'Sales and operations planning', 'Inventory optimisation': 'Inventory optimization' },
    languages: ['English', 'Mandarin 华语', 'Hokkien'], certs: ['APICS CPIM', 'Lean Six Sigma Green Belt'],
    summary: 'Supply-chain planner who grew from freight forwarding to regional planning for a cosmetics group.',
    work: [
      { title: 'Logistics Executive', company: 'Pelican Freight Forwarding Pte Ltd', start: '2011-03', end: '2014-02', bullets: ['Sea and air export documentation', 'Carrier booking for 40+ accounts'] },
      { title: 'Supply Chain Planner', company: 'Meridian Foods Pte Ltd', start: '2014-04', end: '2018-09', bullets: ['Demand planning for 600 SKUs', 'Monthly S&OP pack'] },
      { title: 'Senior Planner', company: 'Meridian Foods Pte Ltd', start: '2018-10', end: '2020-12', bullets: ['Led inventory optimisation: stock cover down from 62 to 41 days'] },
      { title: 'Regional Planning Manager', company: 'Orchid Lane Cosmetics Pte Ltd', start: '2021-01', end: null, bullets: ['Plan supply for six APAC markets', 'Run the regional S&OP cycle'] },
    ],
    education: [{ school: 'Nanyang Polytechnic Institute of Commerce', degree: 'Diploma in Logistics Management', start: '2008-04', end: '2011-02' }, { school: 'Straits University (part-time)', degree: 'BSc Supply Chain Management', start: '2014-08', end: '2018-06' }],
    notes: '"for 3 years" / "做了3年" style starts; newspaper column flow',
  },
  {
    id: 'p16', language: 'mixed', name: '郑雅婷', alias: 'Grace Zheng', headline: 'Senior HR Business Partner 高级HRBP',
    email: 'grace.zheng.hr@163-example.com', phone: '+8618621375904', phonePrinted: '186 2137 5904',
    otherPhone: { label: 'Agency consultant 顾问', printed: '021-6288 5510' }, address: 'Jing’an District, Shanghai 上海市静安区',
    skills: ['HR business partnering', 'Talent acquisition', 'Employee relations', 'Compensation & benefits', 'Workday', 'Labour law (PRC)', 'Organisation design'],
    syn: { 'HR business partnering': 'HRBP', 'Compensation & benefits': 'C&B' },
    languages: ['Mandarin 普通话', 'English (business fluent)'], certs: ['Senior HR Practitioner 高级人力资源管理师', 'SHRM-CP'],
    summary: 'HRBP for manufacturing and tech, four years of it placed at client companies through an HR staffing agency.',
    work: [
      { title: 'HR Assistant', company: 'Linden Tree Consulting (Shanghai) Co., Ltd.', start: '2012-07', end: '2014-06', bullets: ['Onboarding, payroll inputs and social-insurance filings'] },
      { title: 'HR Specialist', company: 'Apex Talent Solutions 英睿人才', via: 'Vantor Auto Parts 万拓汽配', start: '2014-08', end: '2016-01', bullets: ['Dispatched to the client’s Jiading plant: recruitment of 300 operators'] },
      { title: 'HRBP', company: 'Apex Talent Solutions 英睿人才', via: 'Solstice Pharma 朔日医药', start: '2016-02', end: '2018-05', bullets: ['Partnered the commercial team (250 staff); employee relations cases'] },
      { title: 'HRBP', company: 'Greywater Technologies (Shanghai) Co., Ltd.', start: '2018-06', end: '2021-12', bullets: ['R&D centre of 400 engineers', 'Rolled out Workday core HR'] },
      { title: 'Senior HRBP', company: 'Greywater Technologies (Shanghai) Co., Ltd.', start: '2022-01', end: null, bullets: ['Lead HRBP for the APAC product organisation', 'Organisation design for two restructurings'] },
    ],
    education: [{ school: 'East Shanghai Normal University 华东沪上师范大学', degree: 'BA Human Resource Management', start: '2008-09', end: '2012-06' }],
    notes: 'agency (派遣) assignments listed under the agency; company = agency',
  },
];
