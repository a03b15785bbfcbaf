/**
 * heldout-37: sixteen invented people. Every name, employer, school, address, e-mail and phone number is made up.
 * `skills` are printed in every document of the person exactly as written here (first spelling); `skillAlt` gives
 * other spellings/synonyms for the truth file. Jobs are printed in every document with the same employers and months.
 */
export type Lang = 'en' | 'zh' | 'mixed';

export interface Job {
  company: string;
  title: string;
  start: string; // YYYY-MM
  end: string | null; // null = current
  town?: string; // printed beside the employer in some templates (never part of `company`)
  bullets: string[];
}

export interface Edu { school: string; degree: string; start: string; end: string; town?: string }
export interface Referee { name: string; role: string; org: string; phone: string; email: string }
export interface OtherPhone { label: string; labelZh?: string; display: string }

export interface Person {
  id: string;
  language: Lang;
  /** The name as the truth records it (for `mixed` people: the Chinese name). */
  name: string;
  /** Romanised / English form printed next to the Chinese name (mixed and some zh people). */
  nameAlt?: string;
  given?: string; // for split-name layouts
  family?: string;
  postNominals?: string;
  pronouns?: string;
  headline: string;
  email: string;
  phone: string; // E.164 of the candidate's own (mobile) number
  phoneDisplay: string; // national/printed format
  otherPhones?: OtherPhone[];
  address: string;
  city: string;
  country: string;
  birth?: string;
  nationality?: string;
  extras?: [string, string][]; // other personal particulars, label/value in the person's language
  summary: string;
  skills: string[];
  skillAlt?: Record<string, string[]>;
  languages: string[];
  certs: string[];
  jobs: Job[];
  education: Edu[];
  referees?: Referee[];
  breaks?: { start: string; end: string; note: string }[];
  interests?: string;
  hue: number; // photo placeholder colour
  gender: 'f' | 'm' | 'x';
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Carys Eleri Pritchard', given: 'Carys Eleri', family: 'Pritchard', gender: 'f',
    headline: 'Neighbourhood Manager – social housing',
    email: 'carys.pritchard@talktalk.net', phone: '+447946318552', phoneDisplay: '07946 318552',
    otherPhones: [{ label: 'Ffôn cartref / Home', display: '029 2061 4478' }],
    address: '14 Heol y Nant, Whitchurch, Cardiff CF14 1LR', city: 'Cardiff', country: 'Wales, UK',
    summary: 'Welsh-speaking housing professional with eleven years in tenancy support and neighbourhood management for housing associations in south Wales. Calm with people in difficult circumstances and firm on rent, repairs and anti-social behaviour.',
    skills: ['Tenancy management', 'Safeguarding adults', 'Rent arrears recovery', 'Northgate Housing', 'Motivational interviewing', 'Anti-social behaviour casework', 'Microsoft Office'],
    skillAlt: { 'Northgate Housing': ['Northgate NEC Housing'], 'Anti-social behaviour casework': ['ASB casework'] },
    languages: ['Welsh – fluent (first language)', 'English – fluent'],
    certs: ['CIH Level 4 Certificate in Housing (2017)', 'Full UK driving licence'],
    jobs: [
      { company: 'Cartrefi Glannau Taf', title: 'Tenancy Support Officer', start: '2015-09', end: '2018-06', town: 'Pontypridd',
        bullets: ['Supported a caseload of 35 households at risk of losing their tenancy.', 'Set up a weekly benefits surgery with the local Citizens Advice office.'] },
      { company: 'Tai Cwm Rhondda', title: 'Housing Officer', start: '2018-07', end: '2021-03', town: 'Tonypandy',
        bullets: ['Managed 420 general-needs homes across three estates.', 'Cut former-tenant arrears by 18% in two years.'] },
      { company: 'Tai Cwm Rhondda', title: 'Senior Housing Officer', start: '2021-04', end: '2023-10', town: 'Tonypandy',
        bullets: ['Led a team of five housing officers and one income officer.', 'Ran the association\'s first bilingual tenant scrutiny panel.'] },
      { company: 'Taf Cymunedol Housing Group', title: 'Neighbourhood Manager', start: '2023-11', end: null, town: 'Cardiff',
        bullets: ['Responsible for 1,900 homes, a team of nine and an estate budget of £640k.', 'Chair the multi-agency ASB panel with South Wales Police.'] },
    ],
    education: [
      { school: 'Prifysgol Caerdydd / Cardiff University', degree: 'BA (Hons) Social Policy', start: '2011-09', end: '2014-06' },
      { school: 'Ysgol Gyfun Gymraeg Glantaf', degree: 'A levels: Welsh, History, Sociology', start: '2004-09', end: '2011-06' },
    ],
    referees: [
      { name: 'Rhodri Bevan', role: 'Director of Housing', org: 'Tai Cwm Rhondda', phone: '01443 708 219', email: 'rhodri.bevan@taicwmrhondda.cymru' },
      { name: 'Sian Morgan', role: 'Service Manager', org: 'Cartrefi Glannau Taf', phone: '01443 402 771', email: 's.morgan@glannautaf.org.uk' },
    ],
    interests: 'Sing alto with a mixed choir in Llandaf; volunteer steward at the Urdd Eisteddfod.',
    hue: 340,
  },
  {
    id: 'p02', language: 'en', name: 'Danielle R. Whitcomb', given: 'Danielle R.', family: 'Whitcomb', postNominals: 'MS, PA-C', gender: 'f',
    headline: 'Emergency Medicine Physician Assistant',
    email: 'dwhitcomb.pac@gmail.com', phone: '+16128743019', phoneDisplay: '(612) 874-3019',
    otherPhones: [{ label: 'Work', display: '(651) 290-4410 ext. 2217' }],
    address: '3318 Bryant Ave S, Apt 4, Minneapolis, MN 55408', city: 'Minneapolis', country: 'USA',
    summary: 'NCCPA-certified physician assistant with six years of orthopedic and emergency medicine practice in a Level II trauma center. Comfortable running a fast-track and managing critically ill patients alongside attending physicians.',
    skills: ['Fracture reduction', 'Laceration repair', 'Point-of-care ultrasound (POCUS)', 'Splinting & casting', 'Epic EMR', 'Joint aspiration/injection'],
    skillAlt: { 'Point-of-care ultrasound (POCUS)': ['POCUS', 'bedside ultrasound'], 'Epic EMR': ['Epic'], 'Splinting & casting': ['splinting and casting'] },
    languages: ['English (native)', 'Spanish (medical, conversational)'],
    certs: ['NCCPA Board Certification (PA-C), 2016 – present', 'Minnesota PA License #PA-06841', 'DEA registration', 'ACLS, PALS, ATLS (current)'],
    jobs: [
      { company: 'North Loop Urgent Care', title: 'Medical Scribe', start: '2012-06', end: '2014-07', town: 'Minneapolis, MN',
        bullets: ['Documented 25–30 provider encounters per shift in real time.', 'Trained 8 new scribes on templates and HIPAA requirements.'] },
      { company: 'Lakes Region Orthopedics', title: 'Physician Assistant – Orthopedic Surgery', start: '2016-09', end: '2020-12', town: 'Duluth, MN',
        bullets: ['Saw 22 clinic patients/day; first assist in 300+ arthroplasty and sports cases.', 'Ran the walk-in fracture clinic two days a week.'] },
      { company: 'Prairie Lutheran Health', title: 'Physician Assistant – Emergency Medicine', start: '2021-01', end: null, town: 'St. Paul, MN',
        bullets: ['Level II trauma center, 68,000 annual visits; fast-track lead three shifts a week.', 'Built the department\'s POCUS credentialing log for APPs.'] },
    ],
    education: [
      { school: 'Bethel University', degree: 'Master of Science, Physician Assistant Studies', start: '2014-08', end: '2016-08', town: 'St. Paul, MN' },
      { school: 'University of Wisconsin–Eau Claire', degree: 'B.S. Biology, minor in Chemistry', start: '2008-09', end: '2012-05', town: 'Eau Claire, WI' },
    ],
    referees: [{ name: 'Mark Feeney, MD', role: 'Medical Director, Emergency Department', org: 'Prairie Lutheran Health', phone: '(651) 290-4400', email: 'mfeeney@prairielutheran.org' }],
    hue: 200,
  },
  {
    id: 'p03', language: 'en', name: 'Jordan MacIsaac', given: 'Jordan', family: 'MacIsaac', pronouns: 'they/them', gender: 'x',
    headline: 'Senior Software Developer',
    email: 'jordan.macisaac@proton.me', phone: '+19024417385', phoneDisplay: '902-441-7385',
    address: '5521 Cornwallis St, Halifax, NS B3K 1B3', city: 'Halifax', country: 'Canada',
    summary: 'Full-stack developer who likes boring, accessible, well-tested web software. Eight years building booking and logistics products for Atlantic Canadian companies; currently leading a team of four.',
    skills: ['TypeScript', 'React', 'Node.js', 'PostgreSQL', 'AWS (Lambda, S3)', 'Accessibility (WCAG 2.1)', 'Jest', 'GitHub Actions'],
    skillAlt: { 'Node.js': ['Node', 'NodeJS'], 'AWS (Lambda, S3)': ['AWS', 'Amazon Web Services'], 'PostgreSQL': ['Postgres'], 'Accessibility (WCAG 2.1)': ['a11y', 'WCAG'] },
    languages: ['English', 'French (intermediate)'],
    certs: ['AWS Certified Developer – Associate (2022)'],
    jobs: [
      { company: 'Bluenose Analytics', title: 'Software Developer (Co-op)', start: '2017-05', end: '2017-08', town: 'Halifax, NS',
        bullets: ['Built an internal dashboard for fishing-quota reports in React.', 'Wrote the first automated tests for the reporting API.'] },
      { company: 'Harbourlight Systems Inc.', title: 'Junior Developer', start: '2018-06', end: '2020-09', town: 'Dartmouth, NS',
        bullets: ['Maintained a ferry booking platform serving 400k trips a year.', 'Moved the front end from jQuery to React over 14 months.'] },
      { company: 'Fundy Tidal Software', title: 'Software Developer', start: '2021-04', end: '2023-12', town: 'Halifax, NS',
        bullets: ['Shipped route-planning features for regional courier fleets.', 'Led the WCAG 2.1 AA remediation of the customer portal.'] },
      { company: 'Fundy Tidal Software', title: 'Senior Software Developer', start: '2024-01', end: null, town: 'Halifax, NS',
        bullets: ['Tech lead for a team of four; own the serverless billing service.', 'Mentor two co-op students each term.'] },
    ],
    education: [{ school: 'Dalhousie University', degree: 'Bachelor of Computer Science (Co-op)', start: '2014-09', end: '2018-05', town: 'Halifax, NS' }],
    breaks: [{ start: '2020-10', end: '2021-03', note: 'Career break – family caregiving' }],
    hue: 160,
  },
  {
    id: 'p04', language: 'en', name: 'Lukas Aebischer', given: 'Lukas', family: 'Aebischer', gender: 'm',
    headline: 'Head of Mechanical Engineering · Robotics',
    email: 'lukas.aebischer@bluewin.ch', phone: '+41794123658', phoneDisplay: '+41 79 412 36 58',
    otherPhones: [{ label: 'Office', display: '+41 44 830 57 12' }],
    address: 'Schaffhauserstrasse 118, 8057 Zürich', city: 'Zürich', country: 'Switzerland',
    birth: '14 March 1986', nationality: 'Swiss', extras: [['Marital status', 'Married, two children'], ['Military service', 'Completed (Genie)']],
    summary: 'Mechanical engineer (ETH) with 13 years in drive technology and industrial robotics. Leads a team of eleven engineers from concept to series production.',
    skills: ['Siemens NX', 'GD&T (ISO GPS)', 'FEA (ANSYS Mechanical)', 'DFMA', 'Sheet-metal design', 'Tolerance stack-up analysis'],
    skillAlt: { 'FEA (ANSYS Mechanical)': ['ANSYS', 'finite element analysis'], 'Siemens NX': ['NX', 'Unigraphics'] },
    languages: ['German – native', 'English – C1', 'French – B2', 'Italian – A2'],
    certs: ['PMP (2019)'],
    jobs: [
      { company: 'Rheintal Antriebstechnik AG', title: 'Design Engineer', start: '2013-03', end: '2017-08', town: 'Altstätten SG',
        bullets: ['Designed planetary gearboxes for packaging machines (torques up to 1,200 Nm).', 'Reduced the part count of the PG-80 series by 22%.'] },
      { company: 'Glattal Robotics GmbH', title: 'Senior Design Engineer', start: '2017-09', end: '2022-02', town: 'Dübendorf',
        bullets: ['Mechanical lead for a six-axis collaborative arm (payload 12 kg).', 'Introduced tolerance stack-up reviews before every design freeze.'] },
      { company: 'Glattal Robotics GmbH', title: 'Head of Mechanical Engineering', start: '2022-03', end: null, town: 'Dübendorf',
        bullets: ['Lead 11 engineers and 2 apprentices; budget CHF 3.4 m.', 'Brought the CR-12 arm into series production with two Swiss suppliers.'] },
    ],
    education: [
      { school: 'ETH Zürich', degree: 'MSc Mechanical Engineering', start: '2010-09', end: '2012-10' },
      { school: 'ETH Zürich', degree: 'BSc Mechanical Engineering', start: '2006-09', end: '2010-08' },
    ],
    referees: [{ name: 'Dr. Andrea Keller', role: 'CTO', org: 'Glattal Robotics GmbH', phone: '+41 44 830 57 00', email: 'a.keller@glattal-robotics.ch' }],
    hue: 30,
  },
  {
    id: 'p05', language: 'en', name: 'Brodie Kavanagh', given: 'Brodie', family: 'Kavanagh', gender: 'm',
    headline: 'Senior Maintenance Planner (FIFO)',
    email: 'brodie.kavanagh@bigpond.com', phone: '+61412836907', phoneDisplay: '0412 836 907',
    address: '27 Crestwood Bend, Ellenbrook WA 6069', city: 'Perth', country: 'Australia',
    summary: 'Trade-qualified HD fitter turned maintenance planner with 17 years on iron-ore and lithium sites in the Pilbara and Goldfields. Happy on 8/6 or 2/1 FIFO rosters.',
    skills: ['SAP PM', 'Maintenance scheduling', 'Primavera P6', 'Shutdown planning', 'Root cause analysis (RCA)', 'Work order management', 'MS Project'],
    skillAlt: { 'Root cause analysis (RCA)': ['RCA'], 'Primavera P6': ['P6'], 'MS Project': ['Microsoft Project'] },
    languages: ['English'],
    certs: ['Certificate III in Engineering – Mobile Plant Technology', 'HR Truck Licence', 'Working at Heights', 'Confined Space Entry', 'Senior First Aid'],
    jobs: [
      { company: 'Pilbara Heavy Diesel Pty Ltd', title: 'Apprentice Heavy Duty Fitter', start: '2009-01', end: '2012-12', town: 'Karratha WA',
        bullets: ['Four-year apprenticeship on CAT 793 haul trucks and 994 loaders.', 'Apprentice of the Year 2011 (Pilbara region).'] },
      { company: 'Pilbara Heavy Diesel Pty Ltd', title: 'HD Fitter (FIFO)', start: '2013-01', end: '2016-05', town: 'Karratha WA',
        bullets: ['Field service and component change-outs on a 2/1 roster.', 'Relief leading hand for a crew of six.'] },
      { company: 'Karratha Iron Holdings', title: 'Maintenance Planner', start: '2016-06', end: '2020-11', town: 'Port Hedland WA',
        bullets: ['Planned 14-day backlog for a fleet of 48 haul trucks in SAP PM.', 'Lifted schedule compliance from 71% to 88%.'] },
      { company: 'Goldfields Lithium Operations', title: 'Senior Maintenance Planner', start: '2021-02', end: null, town: 'Kalgoorlie WA',
        bullets: ['Lead planner for the processing plant; run 4 planned shutdowns a year.', 'Built P6 shutdown schedules of up to 3,500 activities.'] },
    ],
    education: [{ school: 'North Regional TAFE', degree: 'Certificate IV in Engineering (Maintenance Planning)', start: '2015-02', end: '2015-11', town: 'Karratha' }],
    referees: [
      { name: 'Shane Pettersen', role: 'Maintenance Superintendent', org: 'Goldfields Lithium Operations', phone: '0438 215 660', email: 'shane.pettersen@gflithium.com.au' },
      { name: 'Leanne Ho', role: 'Planning Supervisor', org: 'Karratha Iron Holdings', phone: '0407 991 352', email: 'leanne.ho@karrathairon.com.au' },
    ],
    hue: 20,
  },
  {
    id: 'p06', language: 'en', name: 'Fiona McLachlan', given: 'Fiona', family: 'McLachlan', postNominals: 'BSc MSc MCIEEM', gender: 'f',
    headline: 'Senior Ecologist',
    email: 'fionamclachlan.eco@gmail.com', phone: '+447823410967', phoneDisplay: '07823 410967',
    address: '9 Rosemount Terrace, Aberdeen AB25 2UY', city: 'Aberdeen', country: 'Scotland',
    summary: 'Chartered ecologist with fourteen years of survey and impact assessment work for onshore and offshore wind, transmission and forestry projects across Scotland.',
    skills: ['Phase 1 habitat survey', 'Bat surveys', 'ArcGIS Pro', 'QGIS', 'R (statistics)', 'Environmental Impact Assessment (EIA)', 'Technical report writing'],
    skillAlt: { 'Environmental Impact Assessment (EIA)': ['EIA'], 'R (statistics)': ['R'], 'Phase 1 habitat survey': ['Phase 1 survey'] },
    languages: ['English', 'Scottish Gaelic (basic)'],
    certs: ['NatureScot bat licence (Level 2)', 'CSCS card', 'Full clean driving licence', 'Outdoor first aid (16 hr)'],
    jobs: [
      { company: 'Scottish Seabird Trust', title: 'Seasonal Field Assistant', start: '2011-04', end: '2011-09', town: 'Isle of May',
        bullets: ['Daily seabird productivity monitoring.', 'Entered and checked ringing data.'] },
      { company: 'Cairngorm Ecology Ltd', title: 'Assistant Ecologist', start: '2012-02', end: '2015-08', town: 'Aviemore',
        bullets: ['Habitat, otter and red squirrel surveys for forestry clients.', 'Drafted survey chapters for 12 EIA reports.'] },
      { company: 'Dee Valley Environmental Consultants', title: 'Ecologist', start: '2015-09', end: '2019-12', town: 'Banchory',
        bullets: ['Project ecologist for four consented onshore wind farms.', 'Managed bat survey teams of up to ten.'] },
      { company: 'Granite Coast Renewables', title: 'Senior Ecologist', start: '2020-01', end: null, town: 'Aberdeen',
        bullets: ['Lead ecologist on a 1.2 GW offshore wind cable landfall.', 'Line manager for three ecologists; review all EIA ecology chapters.'] },
    ],
    education: [
      { school: 'University of Aberdeen', degree: 'MSc Ecology and Environmental Sustainability', start: '2010-09', end: '2011-09' },
      { school: 'University of St Andrews', degree: 'BSc (Hons) Marine Biology', start: '2006-09', end: '2010-06' },
    ],
    hue: 120,
  },
  {
    id: 'p07', language: 'en', name: 'Priya Raman-Schulz', given: 'Priya', family: 'Raman-Schulz', pronouns: 'she/her', gender: 'f',
    headline: 'Lead Product Designer',
    email: 'hello@priyaramanschulz.design', phone: '+4915773928410', phoneDisplay: '+49 1577 3928410',
    address: 'Weserstraße 61, 12045 Berlin', city: 'Berlin', country: 'Germany',
    summary: 'Product designer with ten years in mobility, health and e-commerce. I turn messy research into calm interfaces and build design systems that engineers actually like using.',
    skills: ['Figma', 'User research', 'Design systems', 'Prototyping', 'Usability testing', 'Accessibility', 'HTML/CSS'],
    skillAlt: { 'Accessibility': ['a11y'], 'HTML/CSS': ['HTML', 'CSS'] },
    languages: ['English (native)', 'German (C1)', 'Tamil (conversational)'],
    certs: [],
    jobs: [
      { company: 'Spreeweg Mobility GmbH', title: 'UX Design Intern', start: '2016-03', end: '2016-08', town: 'Berlin',
        bullets: ['Redesigned the e-scooter onboarding flow (sign-up completion +14%).', 'Ran 20 guerrilla usability sessions.'] },
      { company: 'Tempelhof Labs GmbH', title: 'Product Designer', start: '2016-10', end: '2019-04', town: 'Berlin',
        bullets: ['Sole designer on a B2B fleet-management web app.', 'Set up the first component library in Sketch, later Figma.'] },
      { company: 'Nordlicht Health', title: 'Senior Product Designer', start: '2019-05', end: '2023-06', town: 'Hamburg (remote)',
        bullets: ['Designed the patient app for a tele-dermatology service (1.1 M users).', 'Led WCAG audits with an external accessibility lab.'] },
      { company: 'Lindenhof Commerce SE', title: 'Lead Product Designer', start: '2023-09', end: null, town: 'Berlin',
        bullets: ['Lead a team of six designers across checkout and seller tools.', 'Own the "Linde" design system used by 40 engineers.'] },
    ],
    education: [{ school: 'Universität der Künste Berlin', degree: 'MA Design (Interaction)', start: '2014-10', end: '2016-09' }, { school: 'National Institute of Design, Bengaluru', degree: 'B.Des. Communication Design', start: '2009-07', end: '2013-05' }],
    hue: 280,
  },
  {
    id: 'p08', language: 'zh', name: '李静怡', gender: 'f',
    headline: '财务经理',
    email: 'lijingyi_cd@163.com', phone: '+8613880245617', phoneDisplay: '138 8024 5617',
    address: '四川省成都市武侯区天府大道北段 1700 号 7 栋 1203 室', city: '成都', country: '中国',
    birth: '1991年5月', nationality: '汉族', extras: [['政治面貌', '中共党员'], ['籍贯', '四川乐山'], ['学历', '本科']],
    summary: '十二年财务工作经验，熟悉集团合并报表、税务筹划与成本管控，具有从审计到企业财务管理的完整经历，擅长搭建财务制度与团队培养。',
    skills: ['用友U8', '金蝶K/3', '合并报表', '税务筹划', 'Excel（数据透视表、VLOOKUP）', '财务分析', '成本核算'],
    skillAlt: { '用友U8': ['用友', 'Yonyou U8'], '金蝶K/3': ['金蝶', 'Kingdee K/3'], 'Excel（数据透视表、VLOOKUP）': ['Excel'] },
    languages: ['英语 CET-6'],
    certs: ['中国注册会计师（CPA）全科合格', '中级会计师'],
    jobs: [
      { company: '四川锦程会计师事务所', title: '审计助理', start: '2014-07', end: '2017-03', town: '成都',
        bullets: ['参与 20 余家企业年报审计及 IPO 辅导项目的底稿编制。', '负责银行函证、存货监盘及往来款项核对。'] },
      { company: '成都天府商贸集团有限公司', title: '会计', start: '2017-04', end: '2020-08', town: '成都',
        bullets: ['负责集团 6 家子公司总账、月结及纳税申报。', '推动用友 U8 费用模块上线，报销周期由 9 天缩短至 4 天。'] },
      { company: '成都天府商贸集团有限公司', title: '财务主管', start: '2020-09', end: '2023-05', town: '成都',
        bullets: ['主持集团合并报表编制，管理 5 人核算团队。', '完成研发费用加计扣除筹划，年度节税约 180 万元。'] },
      { company: '蜀锦新能源科技股份有限公司', title: '财务经理', start: '2023-06', end: null, town: '成都',
        bullets: ['全面负责公司财务管理、预算与资金计划。', '配合券商及会计师完成上市前财务规范工作。'] },
    ],
    education: [{ school: '西南财经大学', degree: '会计学 学士', start: '2010-09', end: '2014-06' }],
    hue: 0,
  },
  {
    id: 'p09', language: 'zh', name: '王德胜', gender: 'm',
    headline: '设备部经理 / 电气工程师',
    email: 'wangdesheng1985@126.com', phone: '+8618640237791', phoneDisplay: '186-4023-7791',
    otherPhones: [{ label: 'Home', labelZh: '家庭电话', display: '024-2388 5160' }],
    address: '辽宁省沈阳市铁西区北二中路 36 号', city: '沈阳', country: '中国',
    birth: '1985年9月', nationality: '汉族', extras: [['政治面貌', '群众'], ['籍贯', '辽宁铁岭'], ['婚姻状况', '已婚'], ['身高', '178cm'], ['职称', '高级工程师']],
    summary: '十八年装备制造企业电气技术与设备管理经验，主导过多条自动化产线的改造与调试，熟悉西门子 PLC 系统及设备全寿命周期管理。',
    skills: ['PLC编程（西门子S7-1200/1500）', 'AutoCAD电气', 'EPLAN', '变频器调试', '设备维护管理', 'WinCC'],
    skillAlt: { 'PLC编程（西门子S7-1200/1500）': ['PLC编程', 'PLC', '西门子PLC'], 'AutoCAD电气': ['AutoCAD Electrical', 'AutoCAD'] },
    languages: ['英语 一般'],
    certs: ['高级工程师（电气）', '高压电工作业证'],
    jobs: [
      { company: '沈阳华远重型装备有限公司', title: '技术员', start: '2008-07', end: '2012-06', town: '沈阳',
        bullets: ['负责大型轧机电气图纸绘制与现场接线指导。', '参与 3 条生产线电气安装调试。'] },
      { company: '沈阳华远重型装备有限公司', title: '电气工程师', start: '2012-07', end: '2018-12', town: '沈阳',
        bullets: ['主持热处理车间 PLC 控制系统改造，能耗下降 12%。', '编写电气设备点检标准 40 余项。'] },
      { company: '辽宁盛京智能装备股份有限公司', title: '电气主管', start: '2019-01', end: '2024-03', town: '沈阳',
        bullets: ['管理电气设计组 8 人，完成焊装线 EPLAN 标准化。', '负责客户现场验收，累计交付 26 条自动化产线。'] },
      { company: '沈阳浑南机器人产业园有限公司', title: '设备部经理', start: '2024-04', end: null, town: '沈阳',
        bullets: ['负责园区 600 余台设备的维保计划与备件管理。', '推行 TPM 管理，设备综合效率提升至 85%。'] },
    ],
    education: [{ school: '沈阳工业大学', degree: '电气工程及其自动化 本科', start: '2004-09', end: '2008-07' }],
    referees: [{ name: '刘国强', role: '总经理', org: '辽宁盛京智能装备股份有限公司', phone: '139-0400-6627', email: 'liugq@sjzn.com.cn' }],
    hue: 210,
  },
  {
    id: 'p10', language: 'zh', name: '陳怡君', gender: 'f',
    headline: '行銷經理',
    email: 'chenyichun0712@gmail.com', phone: '+886928614375', phoneDisplay: '0928-614-375',
    otherPhones: [{ label: 'Home', labelZh: '市話', display: '(02) 2758-6134' }],
    address: '台北市信義區松仁路 97 巷 12 號 4 樓', city: '台北', country: '台灣',
    birth: '1993/07/12', extras: [['兵役狀況', '免役'], ['希望職稱', '行銷經理 / 品牌經理']],
    summary: '十年品牌與數位行銷經驗，熟悉社群經營、廣告投放與品牌企劃，擅長以數據驗證創意並帶領小型團隊達成營收目標。',
    skills: ['Google Analytics', 'Meta 廣告投放', 'SEO', 'Photoshop', 'Illustrator', '社群經營', '文案撰寫'],
    skillAlt: { 'Google Analytics': ['GA4', 'GA'], 'Meta 廣告投放': ['Facebook 廣告', 'Meta Ads'], 'SEO': ['搜尋引擎優化'] },
    languages: ['英文：中高級（多益 850）', '日文：初級'],
    certs: ['Google Analytics 個人認證'],
    jobs: [
      { company: '禾日行銷股份有限公司', title: '行銷實習生', start: '2015-07', end: '2015-12', town: '台北市',
        bullets: ['協助客戶粉絲專頁貼文排程與成效報表。', '撰寫電子報與活動文案。'] },
      { company: '青田數位媒體有限公司', title: '社群行銷專員', start: '2016-02', end: '2018-10', town: '台北市',
        bullets: ['經營 5 個品牌社群，總粉絲數成長 3 倍。', '規劃網紅合作專案 30 餘檔。'] },
      { company: '艾可思生活百貨股份有限公司', title: '品牌行銷企劃', start: '2018-11', end: '2022-07', town: '新北市',
        bullets: ['負責週年慶整合行銷，業績年增 18%。', '導入 GA 與 Meta 轉換追蹤，廣告 ROAS 由 3.1 提升至 5.4。'] },
      { company: '悠森茶飲國際股份有限公司', title: '行銷經理', start: '2022-08', end: null, town: '台北市',
        bullets: ['帶領 6 人行銷團隊，管理年度預算新台幣 2,400 萬元。', '主導品牌識別更新與東南亞展店行銷。'] },
    ],
    education: [{ school: '國立政治大學', degree: '廣告學系 學士', start: '2011-09', end: '2015-06' }],
    hue: 310,
  },
  {
    id: 'p11', language: 'zh', name: '赵晨阳', gender: 'm',
    headline: '测试开发工程师',
    email: '1847362059@qq.com', phone: '+8615527168840', phoneDisplay: '155 2716 8840',
    address: '湖北省武汉市洪山区关山大道 355 号', city: '武汉', country: '中国',
    birth: '2001年3月', nationality: '汉族', extras: [['政治面貌', '共青团员'], ['籍贯', '湖北孝感'], ['学历', '本科']],
    summary: '计算机专业本科，三年软件测试与测试开发经验，熟悉接口自动化、性能测试与持续集成，能独立搭建自动化测试框架。',
    skills: ['Python', 'Selenium', 'JMeter', 'Postman', 'Linux', 'MySQL', 'Jenkins', 'pytest'],
    skillAlt: { 'MySQL': ['SQL'], 'Jenkins': ['CI/CD'] },
    languages: ['英语 CET-4'],
    certs: ['软件评测师（中级）'],
    jobs: [
      { company: '武汉光谷云启科技有限公司', title: '数据分析实习生', start: '2021-07', end: '2021-09', town: '武汉',
        bullets: ['使用 Python 清洗用户行为数据，输出周报。', '协助搭建销售数据看板。'] },
      { company: '湖北楚天数智信息技术有限公司', title: '软件测试实习生', start: '2022-03', end: '2022-08', town: '武汉',
        bullets: ['编写政务系统功能测试用例 600 余条。', '使用 Postman 完成接口回归测试。'] },
      { company: '湖北楚天数智信息技术有限公司', title: '测试工程师', start: '2023-07', end: '2025-02', town: '武汉',
        bullets: ['负责医保结算系统测试，提交有效缺陷 400 余个。', '基于 pytest + Jenkins 搭建接口自动化，回归时间缩短 70%。'] },
      { company: '武汉江城云网络科技有限公司', title: '测试开发工程师', start: '2025-03', end: null, town: '武汉',
        bullets: ['负责电商平台性能测试，使用 JMeter 完成大促压测。', '开发测试数据构造平台（Flask + MySQL）。'] },
    ],
    education: [{ school: '湖北工业大学', degree: '计算机科学与技术 本科', start: '2019-09', end: '2023-06' }],
    hue: 100,
  },
  {
    id: 'p12', language: 'zh', name: '林雅婷', gender: 'f',
    headline: '跨境电商运营经理',
    email: 'linyating88@foxmail.com', phone: '+8615980213746', phoneDisplay: '159-8021-3746',
    address: '福建省厦门市思明区湖滨南路 388 号', city: '厦门', country: '中国',
    birth: '1988年11月', extras: [['籍贯', '福建泉州'], ['婚姻状况', '已婚']],
    summary: '十四年外贸与跨境电商经验，熟悉阿里巴巴国际站和亚马逊平台运营，具备团队管理与海外客户开发能力。',
    skills: ['阿里巴巴国际站运营', '亚马逊店铺运营', '外贸单证', '报关报检', 'ERP（店小秘）', '客户开发', 'Excel'],
    skillAlt: { '亚马逊店铺运营': ['Amazon 运营', '亚马逊运营'], 'ERP（店小秘）': ['店小秘', 'ERP'] },
    languages: ['英语 专业八级', '闽南语'],
    certs: ['报关员资格证'],
    jobs: [
      { company: '厦门鹭江进出口贸易有限公司', title: '外贸业务员', start: '2012-07', end: '2016-04', town: '厦门',
        bullets: ['负责欧美石材客户开发与订单跟进，年出口额 600 万美元。', '独立完成报关、报检及信用证单据制作。'] },
      { company: '厦门嘉禾供应链管理有限公司', title: '外贸业务主管', start: '2017-03', end: '2021-12', town: '厦门',
        bullets: ['管理 6 人业务团队，开拓中东及南美市场。', '搭建阿里巴巴国际站店铺，询盘量年增 120%。'] },
      { company: '福建闽海跨境电商有限公司', title: '跨境电商运营经理', start: '2022-01', end: null, town: '厦门',
        bullets: ['负责亚马逊美国、欧洲站 4 个店铺，年销售额 1,800 万元。', '引入店小秘 ERP，打通采购、仓储与物流数据。'] },
    ],
    education: [{ school: '集美大学', degree: '英语（商务英语方向）本科', start: '2008-09', end: '2012-06' }],
    breaks: [{ start: '2016-05', end: '2017-02', note: '育儿' }],
    hue: 50,
  },
  {
    id: 'p13', language: 'mixed', name: '周思远', nameAlt: 'Kevin Zhou Siyuan', given: 'Siyuan (Kevin)', family: 'ZHOU', gender: 'm',
    headline: 'Senior Supply Chain Manager | 高级供应链经理',
    email: 'kevin.zhou.sy@outlook.com', phone: '+8613916742258', phoneDisplay: '+86 139 1674 2258',
    otherPhones: [{ label: 'Office', labelZh: '办公电话', display: '+86 21 6032 8815' }],
    address: '上海市浦东新区张杨路 1588 弄 6 号 902 室 / Rm 902, No. 6, Lane 1588 Zhangyang Rd, Pudong, Shanghai', city: 'Shanghai', country: 'China',
    summary: 'Supply chain professional with 16 years in logistics, automotive parts and medical devices at multinational companies in Shanghai. 十六年外资企业供应链管理经验，擅长 S&OP、需求计划与供应商管理。',
    skills: ['SAP MM', 'S&OP', 'Demand planning', 'Power BI', 'Supplier management', 'Incoterms 2020', 'SQL', 'Lean'],
    skillAlt: { 'S&OP': ['sales and operations planning', '产销协同'], 'Demand planning': ['需求计划'], 'Supplier management': ['供应商管理'] },
    languages: ['Mandarin 普通话 (native)', 'English 英语 (fluent, BEC Higher)', 'Shanghainese 上海话'],
    certs: ['APICS CSCP (2018)', 'Lean Six Sigma Green Belt'],
    jobs: [
      { company: 'Kestrel Logistics (Shanghai) Co., Ltd.', title: 'Logistics Coordinator', start: '2010-08', end: '2013-10', town: 'Shanghai',
        bullets: ['Coordinated inbound air and ocean freight for 30 electronics customers.', 'Handled customs documentation with the Waigaoqiao bonded zone.'] },
      { company: 'Velmont Automotive Parts (Shanghai)', title: 'Supply Chain Analyst', start: '2013-11', end: '2017-06', town: 'Jiading',
        bullets: ['Built the weekly MRP exception report in SAP and Excel.', 'Supported two new plant launches in Jiading and Changchun.'] },
      { company: 'Velmont Automotive Parts (Shanghai)', title: 'Supply Chain Manager', start: '2017-07', end: '2021-09', town: 'Jiading',
        bullets: ['Led a team of 9 planners and buyers; inventory turns 7.2 → 10.5.', 'Ran monthly S&OP with sales, finance and the plant.'] },
      { company: 'Harlow Medical Devices China', title: 'Senior Manager, Supply Chain', start: '2021-10', end: null, town: 'Shanghai',
        bullets: ['Own demand and supply planning for China and Korea (RMB 2.1 bn revenue).', 'Localised 40% of spend for the catheter line with 12 domestic suppliers.'] },
    ],
    education: [
      { school: '上海交通大学 Shanghai Jiao Tong University', degree: 'MBA (part-time)', start: '2015-09', end: '2018-01' },
      { school: '上海海事大学 Shanghai Maritime University', degree: 'B.Eng. Logistics Engineering', start: '2006-09', end: '2010-07' },
    ],
    hue: 240,
  },
  {
    id: 'p14', language: 'mixed', name: '黄俊杰', nameAlt: 'Marcus Ng Jun Jie', given: 'Marcus', family: 'Ng Jun Jie', gender: 'm',
    headline: 'Analytics Lead',
    email: 'marcus.ngjj@gmail.com', phone: '+6591736824', phoneDisplay: '+65 9173 6824',
    address: 'Blk 452 Ang Mo Kio Avenue 10, #08-1342, Singapore 560452', city: 'Singapore', country: 'Singapore',
    nationality: 'Singapore Citizen',
    summary: 'Analytics lead with eight years in banking and insurance. Builds credit-risk and pricing models in Python and SQL and turns them into dashboards business teams use every day.',
    skills: ['Python (pandas)', 'SQL', 'Tableau', 'SAS', 'Credit risk modelling', 'Airflow', 'Excel VBA'],
    skillAlt: { 'Python (pandas)': ['Python', 'pandas'], 'Credit risk modelling': ['credit risk modeling'], 'Airflow': ['Apache Airflow'] },
    languages: ['English (native)', 'Mandarin 华语 (fluent)', 'Hokkien (spoken)'],
    certs: ['FRM Part I', 'SAS Certified Specialist: Base Programming'],
    jobs: [
      { company: 'Singapore Armed Forces', title: 'Section Commander (Full-time National Service)', start: '2011-01', end: '2012-12', town: 'Singapore',
        bullets: ['Led a section of 8 in 3rd Battalion, Singapore Infantry Regiment.', 'Awarded Best NCO of the cohort.'] },
      { company: 'Merlion Capital Partners', title: 'Risk Analytics Intern', start: '2015-05', end: '2015-08', town: 'Singapore',
        bullets: ['Back-tested VaR models for the Asian credit book.', 'Automated daily limit reports in Excel VBA.'] },
      { company: 'Straits Commerce Bank', title: 'Data Analyst', start: '2017-07', end: '2020-06', town: 'Singapore',
        bullets: ['Built SME credit scorecard datasets in SAS and SQL.', 'Maintained 25 Tableau dashboards for retail lending.'] },
      { company: 'Straits Commerce Bank', title: 'Senior Data Analyst', start: '2020-07', end: '2022-03', town: 'Singapore',
        bullets: ['Rebuilt the PD model for credit cards (Gini 0.58 → 0.66).', 'Migrated SAS jobs to Python and Airflow.'] },
      { company: 'Kallang Digital Insurance Pte. Ltd.', title: 'Analytics Lead', start: '2022-04', end: null, town: 'Singapore',
        bullets: ['Lead 5 analysts covering pricing, claims and fraud analytics.', 'Launched usage-based motor pricing with 18,000 policies in year one.'] },
    ],
    education: [{ school: 'Nanyang Technological University', degree: 'B.Sc. (Hons) Mathematical Sciences', start: '2013-08', end: '2017-05' }],
    hue: 180,
  },
  {
    id: 'p15', language: 'mixed', name: '陳嘉欣', nameAlt: 'Cheryl Chan Ka Yan', given: 'Ka Yan, Cheryl', family: 'CHAN', gender: 'f',
    headline: 'Human Resources Manager 人力資源經理',
    email: 'cheryl.chanky@yahoo.com.hk', phone: '+85291864273', phoneDisplay: '9186 4273',
    otherPhones: [{ label: 'Office', labelZh: '辦公室', display: '2435 7720' }, { label: 'Home', labelZh: '住宅', display: '2694 3108' }],
    address: 'Flat 17C, Block 3, Sceneway Garden, Lam Tin, Kowloon, Hong Kong', city: 'Hong Kong', country: 'Hong Kong',
    summary: 'HR generalist with 14 years in hospitality, retail and logistics in Hong Kong. Strong in recruitment, payroll and employee relations under the Employment Ordinance.',
    skills: ['Recruitment', 'Payroll administration', 'Employee relations', 'SAP SuccessFactors', 'MPF administration', 'Training & development', 'Excel'],
    skillAlt: { 'Recruitment': ['talent acquisition', '招聘'], 'SAP SuccessFactors': ['SuccessFactors'], 'Training & development': ['training and development', 'L&D'] },
    languages: ['Cantonese 廣東話 (native)', 'English (fluent)', 'Putonghua 普通話 (good)'],
    certs: ['Professional Diploma in HRM, HKU SPACE', 'HKIHRM Professional Member'],
    jobs: [
      { company: 'Victoria Harbour Hotel Group', title: 'HR Trainee', start: '2012-09', end: '2014-08', town: 'Tsim Sha Tsui',
        bullets: ['Rotated through recruitment, training and payroll in two hotels.', 'Coordinated the annual graduate trainee programme.'] },
      { company: 'Kowloon Bay Retail Holdings Limited', title: 'HR Officer', start: '2014-09', end: '2018-03', town: 'Kowloon Bay',
        bullets: ['Full-cycle recruitment for 60 retail shops (1,100 staff).', 'Administered monthly payroll and MPF contributions.'] },
      { company: 'Kowloon Bay Retail Holdings Limited', title: 'Assistant HR Manager', start: '2018-04', end: '2021-08', town: 'Kowloon Bay',
        bullets: ['Led the move from paper records to SAP SuccessFactors.', 'Handled employee relations cases and Labour Department enquiries.'] },
      { company: 'Tsing Yi Logistics Limited', title: 'HR Manager', start: '2021-09', end: null, town: 'Tsing Yi',
        bullets: ['Head a team of 4 serving 850 warehouse and transport staff.', 'Cut frontline turnover from 41% to 27% with a new onboarding scheme.'] },
    ],
    education: [{ school: 'Lingnan University 嶺南大學', degree: 'BBA (Hons) Human Resource Management', start: '2009-09', end: '2012-07' }],
    referees: [{ name: 'Ms. Winnie Lau', role: 'HR Director', org: 'Kowloon Bay Retail Holdings Limited', phone: '+852 2796 1180', email: 'winnie.lau@kbretail.com.hk' }],
    hue: 330,
  },
  {
    id: 'p16', language: 'mixed', name: '刘子豪', nameAlt: 'Howard Liu', given: 'Howard', family: 'Liu', postNominals: 'EIT', gender: 'm',
    headline: 'Project Engineer, Civil Infrastructure',
    email: 'howard.z.liu@gmail.com', phone: '+16047283951', phoneDisplay: '604-728-3951',
    address: '6088 Willingdon Ave, Unit 1205, Burnaby, BC V5H 0B1', city: 'Burnaby', country: 'Canada',
    summary: 'Civil engineer with 15 years on road, bridge and utility projects in Guangzhou and the Lower Mainland. Registered EIT with Engineers and Geoscientists BC; P.Eng. application in progress.',
    skills: ['AutoCAD Civil 3D', 'MS Project', 'Construction scheduling', 'QA/QC', 'Procore', 'Bluebeam Revu'],
    skillAlt: { 'AutoCAD Civil 3D': ['Civil 3D', 'AutoCAD'], 'QA/QC': ['quality assurance', '质量控制'], 'MS Project': ['Microsoft Project'] },
    languages: ['Mandarin 普通话 (native)', 'Cantonese 粤语 (fluent)', 'English (professional, CELPIP 9)'],
    certs: ['EIT, Engineers and Geoscientists BC', 'Gold Seal Certification (in progress)'],
    jobs: [
      { company: '广州粤建工程有限公司', title: '助理工程师 Assistant Engineer', start: '2011-07', end: '2015-06', town: 'Guangzhou',
        bullets: ['Site supervision on a 6 km urban expressway viaduct.', 'Prepared quantity take-offs and daily site reports.'] },
      { company: '广州粤建工程有限公司', title: '项目工程师 Project Engineer', start: '2015-07', end: '2018-12', town: 'Guangzhou',
        bullets: ['Managed a RMB 380 m municipal water main project.', 'Led QA/QC for 14 subcontractors.'] },
      { company: 'Fraser Valley Civil Ltd.', title: 'Site Engineer (EIT)', start: '2019-09', end: '2022-10', town: 'Abbotsford, BC',
        bullets: ['Site engineer on highway interchange and sanitary sewer works.', 'Ran RFIs, submittals and as-builts in Procore.'] },
      { company: 'Cascadia Infrastructure Group', title: 'Project Engineer', start: '2022-11', end: null, town: 'Vancouver, BC',
        bullets: ['Project engineer on a $62 M transit bus-lane and utility upgrade.', 'Own the baseline schedule and monthly progress claims.'] },
    ],
    education: [{ school: '华南理工大学 South China University of Technology', degree: 'B.Eng. Civil Engineering', start: '2007-09', end: '2011-06' }],
    breaks: [{ start: '2019-01', end: '2019-08', note: 'Relocation to Canada; ESL and credential assessment' }],
    hue: 260,
  },
];
