/**
 * heldout-19: sixteen invented people. Every name, employer, school, address, e-mail and phone number is made up.
 * `skills[i]` is [printed spelling, ...other spellings]; `phone` is E.164, `phoneLocal` how the person writes it.
 */
export type Lang = 'en' | 'zh' | 'mixed';

export interface Job {
  company: string;          // exactly as printed in every document
  town?: string;            // printed beside the employer in some templates (never part of `company`)
  title: string;
  titleZh?: string;         // for mixed people: the title as their Chinese-labelled documents print it
  start: string;            // YYYY-MM
  end: string | null;       // null = current
  bullets: string[];
}

export interface Edu { school: string; town?: string; degree: string; start: string; end: string; note?: string }

export interface Person {
  id: string;
  language: Lang;
  name: string;             // truth name (Chinese name for mixed people)
  altName?: string;         // English / pinyin name printed beside it
  headline: string;
  headlineZh?: string;
  email: string;
  phone: string;            // E.164
  phoneLocal: string;
  address: string;
  city: string;
  country: string;
  born?: string;            // YYYY-MM
  gender?: string;
  nationality?: string;
  summary: string;
  skills: string[][];
  jobs: Job[];              // most recent first
  education: Edu[];
  languages: string[];
  certificates: string[];
  extras?: { heading: string; items: string[] }[];
  referees?: { name: string; role: string; phone: string; email: string }[];
  breakNote?: { start: string; end: string; text: string };
  website?: string;
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Marcus Delaney', headline: 'Staff Software Engineer',
    email: 'marcus.delaney@fastmail.com', phone: '+15125550147', phoneLocal: '(512) 555-0147',
    address: '4407 Avenue H, Austin, TX 78751', city: 'Austin, TX', country: 'United States',
    summary: 'Backend engineer with ten years building payment and clinical-data services. I like boring, observable systems and teams that write things down.',
    skills: [['Go', 'Golang'], ['TypeScript'], ['PostgreSQL', 'Postgres'], ['Kubernetes', 'k8s'], ['gRPC'], ['Terraform'], ['AWS', 'Amazon Web Services'], ['Kafka', 'Apache Kafka']],
    jobs: [
      { company: 'Larkspur Health', town: 'Austin, TX', title: 'Staff Software Engineer', start: '2021-11', end: null, bullets: [
        'Lead engineer for the claims-adjudication platform (14 services, ~3,000 requests/s at peak).',
        'Cut p99 latency of eligibility checks from 1.9 s to 240 ms by moving hot paths from REST to gRPC.',
        'Run the backend guild; wrote the on-call handbook now used by six teams.'] },
      { company: 'Larkspur Health', town: 'Austin, TX', title: 'Senior Software Engineer', start: '2018-03', end: '2021-10', bullets: [
        'Built the HL7/FHIR ingestion pipeline on Kafka; 40M messages a day with exactly-once writes to Postgres.',
        'Migrated three monoliths to Kubernetes on EKS with Terraform-managed infrastructure.'] },
      { company: 'Pecan Street Software', town: 'Austin, TX', title: 'Software Engineer', start: '2015-07', end: '2018-02', bullets: [
        'Wrote the reconciliation service for a B2B invoicing product (Go, PostgreSQL).',
        'Introduced contract tests between the billing API and the TypeScript front end.'] },
      { company: 'Brazos Data Systems', town: 'Waco, TX', title: 'Software Engineering Intern', start: '2014-06', end: '2014-08', bullets: [
        'Built an internal log-search tool used by the support team.'] },
    ],
    education: [{ school: 'Baylor University', town: 'Waco, TX', degree: 'B.S. in Computer Science', start: '2011-08', end: '2015-05', note: 'Minor in Mathematics' }],
    languages: ['English (native)', 'Spanish (conversational)'],
    certificates: ['AWS Certified Solutions Architect – Associate (2020)'],
    website: 'github.com/mdelaney-atx',
  },
  {
    id: 'p02', language: 'en', name: 'Darren Ackroyd', headline: 'Electrical Site Supervisor',
    email: 'darren.ackroyd@btinternet.com', phone: '+447700900412', phoneLocal: '07700 900412',
    address: '23 Moorfield Crescent, Yeadon, Leeds LS19 7QT', city: 'Leeds', country: 'United Kingdom', born: '1991-04',
    summary: 'Time-served electrician (JIB Approved) with seventeen years on commercial and domestic work, now running electrical packages on schools and care homes up to £2.4m.',
    skills: [['Fault finding'], ['Testing & inspection', 'Testing and inspection'], ['Three-phase installation'], ['Fire alarm systems'], ['EV charger installs', 'EV charger installation'], ['Containment & tray work'], ['AutoCAD LT']],
    jobs: [
      { company: 'Aireborough M&E Contractors', town: 'Guiseley', title: 'Site Supervisor (Electrical)', start: '2021-05', end: null, bullets: [
        'Supervise teams of 6–12 electricians and apprentices on new-build schools and care homes.',
        'Produce RAMS, daily briefings and handover packs; sign off EICs with the QS.',
        'Coordinate with mechanical and fire-alarm subcontractors on programme and snagging.'] },
      { company: 'Kirkgate Building Services', town: 'Wakefield', title: 'Approved Electrician', start: '2016-06', end: '2020-12', bullets: [
        'First and second fix on retail units, warehouses and offices; three-phase distribution boards.',
        'Periodic inspection and testing (EICRs) for a housing association portfolio of 900 homes.'] },
      { company: 'Hollins & Pryce Electrical Ltd', town: 'Bradford', title: 'Electrician', start: '2013-09', end: '2016-05', bullets: [
        'Domestic rewires, consumer unit upgrades, fire alarm and emergency lighting installs.'] },
      { company: 'Hollins & Pryce Electrical Ltd', town: 'Bradford', title: 'Apprentice Electrician', start: '2009-09', end: '2013-08', bullets: [
        'Four-year JIB apprenticeship; NVQ Level 3 completed alongside site work.'] },
    ],
    breakNote: { start: '2021-01', end: '2021-04', text: 'Career break – travelled in Australia and New Zealand' },
    education: [
      { school: 'Leeds College of Building', town: 'Leeds', degree: 'NVQ Level 3 Electrotechnical Services', start: '2009-09', end: '2013-06' },
      { school: 'Benton Park School', town: 'Rawdon', degree: '9 GCSEs A*–C incl. Maths and English', start: '2002-09', end: '2007-06' },
    ],
    languages: ['English'],
    certificates: ['ECS Gold Card (JIB Approved Electrician)', 'C&G 2382-22 18th Edition Wiring Regulations', 'C&G 2391-52 Inspection & Testing', 'SMSTS', 'IPAF 3a/3b', 'Full UK driving licence'],
    referees: [
      { name: 'Graham Firth', role: 'Contracts Manager, Kirkgate Building Services', phone: '07700 900731', email: 'g.firth@kirkgate-bs.co.uk' },
      { name: 'Lesley Pryce', role: 'Director, Hollins & Pryce Electrical Ltd', phone: '01274 496 0825', email: 'lesley@hollinspryce.co.uk' },
    ],
  },
  {
    id: 'p03', language: 'en', name: 'Priya Raghunathan', headline: 'Family Physician, MD CCFP',
    email: 'priya.raghunathan@eastlink.ca', phone: '+19025550183', phoneLocal: '902-555-0183',
    address: '61 Larry Uteck Blvd, Unit 412, Halifax, NS B3M 0E3', city: 'Halifax, NS', country: 'Canada',
    summary: 'Family physician with ten years of comprehensive practice, hospital medicine and rural locums; medical director of a six-physician collaborative practice.',
    skills: [['Chronic disease management'], ['Point-of-care ultrasound', 'POCUS'], ['Joint injections'], ['IUD insertion'], ['Epic EMR', 'Epic'], ['Motivational interviewing']],
    jobs: [
      { company: 'Bedford Basin Family Practice', town: 'Bedford, NS', title: 'Medical Director', start: '2021-04', end: null, bullets: [
        'Lead a collaborative practice of six physicians, two nurse practitioners and a pharmacist (9,800 patients).',
        'Introduced a diabetes recall program; HbA1c testing on schedule rose from 58% to 83%.'] },
      { company: 'Cape Breton Rural Health Network', town: 'Sydney, NS', title: 'Locum Physician', start: '2020-07', end: '2021-03', bullets: [
        'Rotating locums in emergency and clinic coverage for four rural sites.'] },
      { company: 'Dartmouth General Hospital', town: 'Dartmouth, NS', title: 'Hospitalist', start: '2018-01', end: '2020-06', bullets: [
        'Part-time inpatient medicine (0.4 FTE); COVID-19 surge unit lead, spring 2020.'] },
      { company: 'Northend Community Health Centre', town: 'Halifax, NS', title: 'Family Physician', start: '2016-08', end: '2019-12', bullets: [
        'Full-scope family medicine for an inner-city roster including opioid agonist therapy.'] },
    ],
    education: [
      { school: 'Dalhousie University', town: 'Halifax, NS', degree: 'Residency, Family Medicine (CCFP)', start: '2014-07', end: '2016-06' },
      { school: 'McMaster University', town: 'Hamilton, ON', degree: 'Doctor of Medicine (MD)', start: '2011-08', end: '2014-05' },
      { school: 'University of Toronto', town: 'Toronto, ON', degree: 'B.Sc. (Hons) Human Biology', start: '2007-09', end: '2011-06' },
    ],
    languages: ['English', 'Tamil', 'French (intermediate)'],
    certificates: ['CCFP – College of Family Physicians of Canada (2016)', 'Licensed, College of Physicians and Surgeons of Nova Scotia', 'ACLS (renewed 2025)'],
    extras: [
      { heading: 'Teaching', items: ['Clinical Lecturer, Department of Family Medicine, Dalhousie University (2017–present)', 'Preceptor for 14 clerks and 6 residents'] },
      { heading: 'Publications', items: ['Raghunathan P, Osei K. A nurse-led recall system for type 2 diabetes in a collaborative practice. Can Fam Physician. 2024;70(3):e112–e118.'] },
    ],
  },
  {
    id: 'p04', language: 'en', name: 'Gregory Whitcombe', headline: 'Chief Financial Officer · Non-Executive Director',
    email: 'greg.whitcombe@iinet.net.au', phone: '+61491578148', phoneLocal: '0491 578 148',
    address: '17 Jutland Parade, Dalkeith WA 6009', city: 'Perth', country: 'Australia', born: '1978-09', nationality: 'Australian',
    summary: 'CFO with twenty-five years in resources, logistics and port infrastructure. Led A$1.1bn of debt and equity raisings, two ASX listings and an SAP S/4HANA migration.',
    skills: [['Capital raising'], ['M&A due diligence'], ['IFRS reporting', 'IFRS'], ['Treasury & hedging', 'Treasury and hedging'], ['SAP S/4HANA'], ['Board reporting'], ['Public sector financial management']],
    jobs: [
      { company: 'Kestrel Ports Authority', town: 'Fremantle', title: 'Chief Financial Officer', start: '2018-04', end: null, bullets: [
        'Accountable for finance, procurement, IT and risk (62 staff); A$480m annual revenue.',
        'Restructured A$650m of debt with the state treasury corporation, saving A$9m a year in interest.',
        'Led the SAP S/4HANA migration, delivered on budget in 14 months.'] },
      { company: 'Pilbara Haulage Group', town: 'Perth', title: 'Chief Financial Officer', start: '2010-10', end: '2018-03', bullets: [
        'Took the group from private ownership to ASX listing (2013); market capitalisation A$720m at exit.',
        'Ran due diligence on four bolt-on acquisitions and an unsuccessful takeover defence.'] },
      { company: 'Swan River Minerals Ltd', town: 'Perth', title: 'Financial Controller', start: '2004-07', end: '2010-09', bullets: [
        'Statutory and management reporting for a mid-tier gold producer; FX and gold hedging book.'] },
      { company: 'Farrow Lynch Chartered Accountants', town: 'Perth', title: 'Graduate Accountant', start: '2001-02', end: '2004-06', bullets: [
        'Audit and advisory for mining services and local government clients.'] },
    ],
    education: [
      { school: 'University of Western Australia', town: 'Perth', degree: 'Master of Business Administration', start: '2007-02', end: '2009-11' },
      { school: 'Curtin University', town: 'Perth', degree: 'Bachelor of Commerce (Accounting and Finance)', start: '1997-02', end: '2000-11' },
    ],
    languages: ['English (mother tongue)', 'Bahasa Indonesia (working knowledge)'],
    certificates: ['FCA – Chartered Accountants Australia and New Zealand', 'GAICD – Australian Institute of Company Directors'],
    extras: [{ heading: 'Board appointments', items: ['Non-Executive Director and Audit Committee Chair, Goldfields Community Housing Ltd (2019–present)', 'Treasurer, Rottnest Channel Swim Association (2015–2021)'] }],
  },
  {
    id: 'p05', language: 'en', name: 'Ananya Krishnamurthy', headline: 'Associate, Strategy & Operations',
    email: 'ananya.krish@outlook.com', phone: '+13125550129', phoneLocal: '(312) 555-0129',
    address: '1530 N Dearborn Pkwy, Apt 7B, Chicago, IL 60610', city: 'Chicago, IL', country: 'United States',
    summary: 'Consulting associate with four years across healthcare and consumer strategy work; builds the models and the deck.',
    skills: [['Python'], ['SQL'], ['Tableau'], ['Stata'], ['Financial modeling', 'Financial modelling'], ['Alteryx'], ['PowerPoint', 'Microsoft PowerPoint']],
    jobs: [
      { company: 'Carrow & Finch Consulting', town: 'Chicago, IL', title: 'Associate', start: '2024-08', end: null, bullets: [
        'Manage day-to-day workstreams of 2–3 analysts on pricing and network strategy engagements.',
        'Built the clinic-footprint model for a regional health system ($1.2B revenue) used in the board decision to close 4 sites.'] },
      { company: 'Carrow & Finch Consulting', town: 'Chicago, IL', title: 'Business Analyst', start: '2022-08', end: '2024-07', bullets: [
        'Six engagements in healthcare and consumer goods; owned the data and modeling workstreams.',
        'Automated a weekly sales-cube refresh in Alteryx, saving the client team ~10 hours a week.'] },
      { company: 'Midway Policy Institute', town: 'Chicago, IL', title: 'Undergraduate Research Assistant', start: '2021-09', end: '2022-05', bullets: [
        'Cleaned and merged Medicaid claims extracts in Stata for a study of hospital price transparency.'] },
      { company: 'Halvorsen Capital Partners', town: 'Minneapolis, MN', title: 'Summer Analyst Intern', start: '2021-06', end: '2021-08', bullets: [
        'Prepared comparable-company analyses and a market map for a lower-middle-market healthcare services deal.'] },
    ],
    education: [{ school: 'Northwestern University', town: 'Evanston, IL', degree: 'B.A. in Economics and Statistics', start: '2018-09', end: '2022-06', note: 'GPA 3.86/4.00; Phi Beta Kappa' }],
    languages: ['English (native)', 'Tamil (fluent)', 'Hindi (conversational)'],
    certificates: [],
    extras: [{ heading: 'Leadership & Interests', items: ['Co-President, Northwestern Women in Business (2021–2022)', 'Carnatic violin; half-marathons (Chicago 2024, 1:52)'] }],
  },
  {
    id: 'p06', language: 'en', name: 'Sipho Mthembu', headline: 'Civil Engineer (Pr Eng) – Roads and Stormwater',
    email: 'sipho.mthembu@mweb.co.za', phone: '+27824173095', phoneLocal: '082 417 3095',
    address: '14 Acacia Road, Northcliff, Johannesburg, 2195', city: 'Johannesburg', country: 'South Africa', born: '1986-03', nationality: 'South African',
    summary: 'Registered professional civil engineer with over fourteen years in roads, stormwater and municipal infrastructure, from design office to resident engineer on R900 million contracts.',
    skills: [['Civil 3D', 'AutoCAD Civil 3D'], ['Road geometric design'], ['Contract administration (GCC 2015)', 'Contract administration'], ['Stormwater modelling', 'Stormwater modeling'], ['MS Project', 'Microsoft Project'], ['PROKON']],
    jobs: [
      { company: 'Tswelopele Development Agency', town: 'Pretoria', title: 'Infrastructure Specialist (contract)', start: '2023-03', end: null, bullets: [
        'Technical reviewer for municipal roads and bulk-water projects funded through the agency (R2.1 billion portfolio).',
        'Prepare terms of reference and evaluate tenders for professional service providers.'] },
      { company: 'Highveld Infrastructure Partners', town: 'Johannesburg', title: 'Senior Project Engineer', start: '2019-09', end: '2023-01', bullets: [
        'Project engineer for the upgrade of 38 km of provincial road P156/1 including four bridges.',
        'Led a design team of five; stormwater master plan for Emfuleni Local Municipality.'] },
      { company: 'Mvelo Roads Joint Venture', town: 'Richards Bay', title: 'Resident Engineer', start: '2016-11', end: '2019-08', bullets: [
        'Resident engineer on the N2 Mtunzini interchange contract (R900 million) under GCC 2015.',
        'Supervised a site staff of 11; approved payment certificates and variation orders.'] },
      { company: 'Ubuhle Consulting Engineers (Pty) Ltd', town: 'Durban', title: 'Candidate Engineer', start: '2010-02', end: '2014-06', bullets: [
        'Road and stormwater design for eThekwini Municipality; site supervision on township upgrades.'] },
    ],
    breakNote: { start: '2014-07', end: '2016-10', text: 'Career break: travel, then full-time MSc (Eng) study at the University of the Witwatersrand' },
    education: [
      { school: 'University of the Witwatersrand', town: 'Johannesburg', degree: 'MSc (Eng) Transportation Engineering', start: '2015-02', end: '2016-10' },
      { school: 'University of KwaZulu-Natal', town: 'Durban', degree: 'BSc (Eng) Civil Engineering', start: '2005-02', end: '2009-12' },
    ],
    languages: ['isiZulu (mother tongue)', 'English (excellent)', 'Afrikaans (fair)', 'Portuguese (basic)'],
    certificates: ['Professional Engineer, ECSA Reg. No. 20150371', 'Member, South African Institution of Civil Engineering (SAICE)', 'Code EB driving licence'],
    referees: [
      { name: 'Ms Nomvula Khoza, Pr Eng', role: 'Director, Highveld Infrastructure Partners', phone: '011 555 0192', email: 'nkhoza@highveldip.co.za' },
    ],
  },
  {
    id: 'p07', language: 'en', name: 'Eleanor Vasquez-Holt', headline: 'Associate Professor of Marine Ecology',
    email: 'evasquezholt@wvu-oregon.edu', phone: '+15415550162', phoneLocal: '541-555-0162',
    address: 'Department of Biology, Willamette Valley University, 1200 Hawthorne Hall, Corvallis, OR 97331', city: 'Corvallis, OR', country: 'United States',
    summary: 'Marine community ecologist working on kelp forest resilience, food webs and long-term monitoring design.',
    skills: [['R'], ['Stan'], ['Bayesian hierarchical models', 'Bayesian hierarchical modeling'], ['QGIS'], ['Stable isotope analysis'], ['Field survey design'], ['Python']],
    jobs: [
      { company: 'Nordhav Marine Research Centre', town: 'Bergen, Norway', title: 'Visiting Researcher (sabbatical)', start: '2023-01', end: '2023-06', bullets: [
        'Fulbright Scholar; comparative analysis of kelp recovery after urchin removal in Norway and Oregon.'] },
      { company: 'Willamette Valley University', town: 'Corvallis, OR', title: 'Associate Professor', start: '2021-07', end: null, bullets: [
        'Lead the Coastal Community Ecology Lab (2 postdocs, 4 PhD students); PI on $2.3M in active awards.',
        'Teach BI 351 Marine Ecology and graduate Bayesian statistics.'] },
      { company: 'Willamette Valley University', town: 'Corvallis, OR', title: 'Assistant Professor', start: '2015-09', end: '2021-06', bullets: [
        'Established a 40-site subtidal monitoring network with the Oregon Department of Fish and Wildlife.'] },
      { company: 'Cascadia Institute for Marine Science', town: 'Newport, OR', title: 'Postdoctoral Research Associate', start: '2012-09', end: '2015-08', bullets: [
        'Food-web models of sea star wasting effects on rocky intertidal communities.'] },
    ],
    education: [
      { school: 'University of California, Santa Cruz', town: 'Santa Cruz, CA', degree: 'Ph.D., Ecology and Evolutionary Biology', start: '2006-09', end: '2012-06', note: 'Dissertation: Trophic cascades in fragmented kelp forests' },
      { school: 'Bowdoin College', town: 'Brunswick, ME', degree: 'B.A., Biology (summa cum laude)', start: '2002-09', end: '2006-05' },
    ],
    languages: ['English', 'Spanish (fluent)'],
    certificates: ['AAUS Scientific Diver'],
    extras: [
      { heading: 'Grants', items: [
        'NSF OCE-2231847, "Resilience of kelp forests to compound heatwaves" (PI), $1,480,000, 2023–2027',
        'Oregon Sea Grant R/ECO-41, "Urchin barrens and recovery thresholds" (PI), $412,000, 2020–2023',
        'NOAA Saltonstall-Kennedy (co-PI), $398,000, 2017–2019'] },
      { heading: 'Selected Publications', items: [
        'Vasquez-Holt E, Marsh DL, Okafor T (2025) Compound heatwaves and kelp forest tipping points. Ecology Letters 28: e14502.',
        'Okafor T, Vasquez-Holt E (2024) Urchin removal and recovery lags in temperate reefs. Journal of Ecology 112: 1881–1895.',
        'Vasquez-Holt E, Lindqvist A, Berg H (2023) A cross-basin comparison of kelp recovery. Marine Ecology Progress Series 719: 33–49.',
        'Marsh DL, Vasquez-Holt E (2021) Designing monitoring for detectability. Methods in Ecology and Evolution 12: 1450–1462.',
        'Vasquez-Holt E, Ruiz C (2019) Sea star wasting and intertidal food webs. Oecologia 190: 221–233.',
        'Vasquez-Holt E, Carr MH (2014) Fragmentation and trophic cascades in kelp forests. Ecology 95: 2004–2015.'] },
      { heading: 'Teaching', items: ['BI 351 Marine Ecology (2016–present)', 'BI 599 Bayesian Data Analysis for Ecologists (2018–present)', 'BI 450 Field Methods in Subtidal Ecology (2016, 2018, 2022)'] },
      { heading: 'Service', items: ['Associate Editor, Marine Ecology Progress Series (2020–present)', 'Graduate admissions committee (2019–2022)', 'Reviewer for Ecology, Ecology Letters, Oikos, PNAS'] },
    ],
  },
  {
    id: 'p08', language: 'zh', name: '林浩然', headline: 'Java后端技术经理',
    email: 'linhaoran1992@163.com', phone: '+8613826547719', phoneLocal: '138 2654 7719',
    address: '广东省深圳市南山区粤海街道科苑南路3099号', city: '深圳', country: '中国', born: '1992-05', gender: '男',
    summary: '十余年Java后端开发经验，熟悉互联网金融业务，主导过日均千万级交易的支付清结算系统设计与落地，有8人团队管理经验。',
    skills: [['Java'], ['Spring Boot', 'SpringBoot'], ['MySQL'], ['Redis'], ['RocketMQ'], ['Docker'], ['Elasticsearch', 'ES'], ['微服务架构', '微服务']],
    jobs: [
      { company: '深圳前海微众达金融服务有限公司', town: '深圳', title: '技术经理', start: '2021-09', end: null, bullets: [
        '负责支付清结算团队（8人）的技术规划与人员管理，日均交易笔数1200万。',
        '主导对账系统重构，将日终对账耗时由4小时缩短至35分钟。',
        '推动核心链路全面接入RocketMQ事务消息，全年资金差错为零。'] },
      { company: '广州云启网络科技有限公司', town: '广州', title: '高级Java开发工程师', start: '2017-05', end: '2021-08', bullets: [
        '负责SaaS订单中心与库存中心的设计开发，基于Spring Cloud拆分单体应用为12个微服务。',
        '引入Elasticsearch实现订单检索，查询响应时间由3秒降至200毫秒以内。'] },
      { company: '深圳市易联讯科技有限公司', town: '深圳', title: 'Java开发工程师', start: '2014-07', end: '2017-04', bullets: [
        '参与运营商计费接口平台开发，负责话单解析与MySQL分库分表改造。'] },
      { company: '深圳市易联讯科技有限公司', town: '深圳', title: 'Java开发实习生', start: '2014-03', end: '2014-06', bullets: [
        '参与内部OA系统模块开发与单元测试编写。'] },
    ],
    education: [{ school: '华南理工大学', degree: '软件工程 本科', start: '2010-09', end: '2014-06' }],
    languages: ['英语（CET-6）', '粤语（流利）'],
    certificates: ['系统架构设计师（高级）', '阿里云ACP认证'],
  },
  {
    id: 'p09', language: 'zh', name: '周雅琴', headline: '财务经理',
    email: 'zhouyaqin_sh@126.com', phone: '+8613916280457', phoneLocal: '139-1628-0457',
    address: '上海市闵行区七莘路1888弄', city: '上海', country: '中国', born: '1989-11', gender: '女',
    summary: '中国注册会计师，十五年财务工作经验，熟悉制造业及物流行业全盘账务、合并报表与税务筹划，具备财务团队管理经验。',
    skills: [['合并报表'], ['税务筹划'], ['成本核算'], ['用友U8', '用友'], ['金蝶K/3', '金蝶'], ['SAP FICO'], ['Excel']],
    jobs: [
      { company: '上海浦江冷链物流有限公司', town: '上海', title: '财务经理', start: '2023-01', end: null, bullets: [
        '全面负责公司财务管理工作，管理6人财务团队，年营业收入约9亿元。',
        '牵头完成高新技术企业认定及研发费用加计扣除，年节税约420万元。'] },
      { company: '上海浦江冷链物流有限公司', town: '上海', title: '财务主管', start: '2018-09', end: '2022-12', bullets: [
        '负责总账、费用审核及月度关账，编制三家子公司合并报表。',
        '推动用友U8上线应收应付模块，月结时间由8天缩短为4天。'] },
      { company: '上海申美日化有限公司', town: '上海', title: '总账会计', start: '2014-03', end: '2017-09', bullets: [
        '负责总账核算、成本核算与增值税申报，配合年度审计。'] },
      { company: '立信众和会计师事务所（特殊普通合伙）', town: '上海', title: '审计助理', start: '2011-07', end: '2014-02', bullets: [
        '参与制造业及零售业上市公司年报审计，负责存货、收入循环底稿。'] },
    ],
    breakNote: { start: '2017-10', end: '2018-08', text: '生育及家庭原因离职' },
    education: [{ school: '上海财经大学', degree: '会计学 本科（管理学学士）', start: '2007-09', end: '2011-06' }],
    languages: ['英语（CET-6）'],
    certificates: ['中国注册会计师（CPA）', '中级会计师', '税务师'],
  },
  {
    id: 'p10', language: 'zh', name: '贺思远', headline: '研究员 / 博士生导师',
    email: 'hesiyuan@yanhua-ami.ac.cn', phone: '+8618610374482', phoneLocal: '186 1037 4482',
    address: '北京市海淀区中关村北二条11号', city: '北京', country: '中国', born: '1985-08', gender: '男',
    summary: '长期从事锂离子电池正极材料与固态电解质研究，主持国家自然科学基金面上项目等课题6项，发表SCI论文40余篇。',
    skills: [['XRD', 'X射线衍射'], ['TEM', '透射电镜'], ['第一性原理计算'], ['Materials Studio'], ['Origin'], ['Python']],
    jobs: [
      { company: '北京燕华新材料研究院', town: '北京', title: '研究员', start: '2024-01', end: null, bullets: [
        '固态电池材料研究室主任，负责课题组科研规划与研究生培养。'] },
      { company: '北京燕华新材料研究院', town: '北京', title: '副研究员', start: '2019-07', end: '2023-12', bullets: [
        '主持国家自然科学基金面上项目“高镍层状正极界面稳定机制”。'] },
      { company: '清源大学材料科学与工程学院', town: '北京', title: '博士后', start: '2017-01', end: '2019-06', bullets: [
        '合作导师：陈立群教授；研究硫化物固态电解质的界面副反应。'] },
      { company: '北京燕华新材料研究院', town: '北京', title: '助理研究员', start: '2013-07', end: '2016-12', bullets: [
        '参与高能量密度动力电池材料中试线建设。'] },
    ],
    education: [
      { school: '中国科学技术大学', degree: '材料物理与化学 博士', start: '2008-09', end: '2013-06' },
      { school: '四川大学', degree: '材料科学与工程 学士', start: '2004-09', end: '2008-06' },
    ],
    languages: ['英语（熟练，可作为工作语言）'],
    certificates: [],
    extras: [
      { heading: '主持项目', items: [
        '国家自然科学基金面上项目（52172231），高镍层状正极界面稳定机制，2022.01—2025.12，58万元，主持',
        '北京市自然科学基金，硫化物电解质空气稳定性调控，2020.01—2022.12，20万元，主持',
        '国家重点研发计划课题（2021YFB2500300），子课题负责人，2021.12—2025.11，160万元'] },
      { heading: '代表性论文', items: [
        'He S, Zhao Y, Liu K, et al. Interfacial degradation in Ni-rich cathodes. Advanced Energy Materials, 2024, 14: 2303112.',
        'He S, Chen L. Air-stable sulfide electrolytes via anion doping. ACS Energy Letters, 2021, 6: 1120-1128.',
        '贺思远, 王楠. 固态锂电池界面研究进展. 储能科学与技术, 2020, 9(5): 1301-1312.'] },
    ],
  },
  {
    id: 'p11', language: 'zh', name: '邓晓峰', headline: '西南大区销售经理（医疗影像设备）',
    email: 'dengxf_cd@qq.com', phone: '+8613980562173', phoneLocal: '13980562173',
    address: '四川省成都市武侯区天府大道北段1700号', city: '成都', country: '中国', born: '1989-02', gender: '男',
    summary: '十四年医疗器械销售经验，覆盖川渝云贵四省市三甲医院，连续三年完成率超过110%，熟悉医院准入与招投标流程。',
    skills: [['大客户开发'], ['招投标管理'], ['渠道管理'], ['医院准入'], ['商务谈判'], ['团队管理'], ['销售易CRM', '销售易']],
    jobs: [
      { company: '北京瑞影医学影像设备有限公司', town: '成都', title: '大区经理（西南区）', start: '2019-11', end: null, bullets: [
        '管理川渝云贵销售团队14人及经销商22家，2025年销售额1.86亿元，完成率117%。',
        '推动CT及DR产品进入三甲医院31家，新增装机量年均增长24%。'] },
      { company: '重庆康迈德医疗科技有限公司', town: '重庆', title: '区域销售经理', start: '2015-04', end: '2019-10', bullets: [
        '负责重庆及川东地区超声产品销售，年销售额由2800万元提升至6500万元。'] },
      { company: '成都蜀润医疗器械有限公司', town: '成都', title: '销售代表', start: '2012-07', end: '2015-03', bullets: [
        '负责成都市二级医院耗材及小型设备销售，维护客户60余家。'] },
    ],
    education: [{ school: '西南交通大学', degree: '生物医学工程 本科', start: '2008-09', end: '2012-06' }],
    languages: ['英语（CET-4）'],
    certificates: ['C1驾驶证'],
  },
  {
    id: 'p12', language: 'zh', name: '沈可欣', headline: '高级产品经理',
    email: 'shenkexin_pm@foxmail.com', phone: '+8615867103358', phoneLocal: '158 6710 3358',
    address: '浙江省杭州市余杭区文一西路969号', city: '杭州', country: '中国', born: '1995-03', gender: '女',
    summary: '近十年互联网运营与产品经验，从用户运营做到B端数据产品，擅长以数据驱动增长，主导的会员体系改版使复购率提升18%。',
    skills: [['Axure'], ['Figma'], ['SQL'], ['用户增长'], ['A/B测试', 'AB测试'], ['神策分析', '神策'], ['PRD撰写']],
    jobs: [
      { company: '杭州云栖数智科技有限公司', town: '杭州', title: '高级产品经理', start: '2022-07', end: null, bullets: [
        '负责零售商家数据分析产品（SaaS），服务商家3200余家，年续费率91%。',
        '从0到1设计经营诊断模块，上线半年付费转化率提升7个百分点。'] },
      { company: '浙江青禾电子商务有限公司', town: '杭州', title: '产品运营经理', start: '2019-04', end: '2022-06', bullets: [
        '主导会员体系与积分商城改版，复购率提升18%，GMV年增长3.2亿元。',
        '搭建A/B测试流程，年度实验120余次。'] },
      { company: '杭州蜂巢网络科技有限公司', town: '杭州', title: '用户运营专员', start: '2017-07', end: '2019-03', bullets: [
        '负责社群及内容运营，私域用户由2万增长至18万。'] },
      { company: '杭州蜂巢网络科技有限公司', town: '杭州', title: '运营实习生', start: '2016-07', end: '2016-12', bullets: [
        '协助活动策划与数据日报整理。'] },
    ],
    education: [{ school: '浙江工商大学', degree: '电子商务 本科', start: '2013-09', end: '2017-06' }],
    languages: ['英语（CET-6，可读写）'],
    certificates: ['NPDP产品经理国际资格认证'],
  },
  {
    id: 'p13', language: 'mixed', name: '陈家豪', altName: 'Kevin Chen', headline: 'Senior Quality Manager, APAC', headlineZh: '亚太区高级质量经理',
    email: 'kevin.chen.jh@hotmail.com', phone: '+8613764281905', phoneLocal: '137 6428 1905',
    address: '上海市嘉定区安亭镇墨玉南路888号', city: 'Shanghai', country: 'China', born: '1991-10', gender: '男',
    summary: 'Automotive quality professional with twelve years in Tier-1 suppliers (German and Swedish JVs); IATF 16949 lead auditor and Six Sigma Black Belt.',
    skills: [['APQP'], ['PPAP'], ['FMEA'], ['SPC'], ['8D problem solving', '8D'], ['Minitab'], ['IATF 16949']],
    jobs: [
      { company: 'Nordvik Fluid Systems (China) Co., Ltd.', town: 'Shanghai', title: 'Senior Quality Manager, APAC', titleZh: '亚太区高级质量经理', start: '2022-03', end: null, bullets: [
        'Own supplier and customer quality for 3 plants in China, Thailand and India (quality team of 35).',
        'Cut customer PPM from 48 to 9 in two years; zero field campaigns since 2023.'] },
      { company: 'Weissberg Precision (Taicang) Co., Ltd.', town: 'Taicang, Jiangsu', title: 'Quality Manager', titleZh: '质量经理', start: '2018-06', end: '2022-02', bullets: [
        'Led the plant through IATF 16949 certification and two VDA 6.3 customer audits.',
        'Introduced SPC on 40 critical characteristics; scrap down 31%.'] },
      { company: 'Hanlin Automotive Components (Shanghai) Co., Ltd.', town: 'Shanghai', title: 'Process Engineer', titleZh: '工艺工程师', start: '2014-07', end: '2018-05', bullets: [
        'Process FMEA and control plans for steering column assembly lines; PPAP for 12 new parts.'] },
      { company: 'Hanlin Automotive Components (Shanghai) Co., Ltd.', town: 'Shanghai', title: 'Process Engineering Intern', titleZh: '工艺实习生', start: '2013-07', end: '2013-09', bullets: [
        'Line-balancing study for the final assembly cell.'] },
    ],
    education: [{ school: '同济大学 Tongji University', degree: 'B.Eng. Mechanical Engineering 机械工程', start: '2010-09', end: '2014-07' }],
    languages: ['Mandarin (native)', 'English (fluent, IELTS 7.5)', 'German (A2)'],
    certificates: ['IATF 16949 Lead Auditor', 'Six Sigma Black Belt (ASQ CSSBB)'],
  },
  {
    id: 'p14', language: 'mixed', name: '刘思涵', altName: 'Sihan Liu', headline: 'Senior Applied Scientist (NLP)', headlineZh: '高级应用科学家（自然语言处理）',
    email: 'sihan.liu.nlp@gmail.com', phone: '+8618926051873', phoneLocal: '189 2605 1873',
    address: '广东省深圳市南山区深圳湾科技生态园10栋A座', city: 'Shenzhen', country: 'China', born: '1990-06', gender: '女',
    summary: 'NLP researcher turned applied scientist: Chinese–English machine translation, LLM fine-tuning and evaluation. PhD from the University of Edinburgh; 20+ papers at ACL/EMNLP.',
    skills: [['PyTorch'], ['Hugging Face Transformers', 'Transformers'], ['LLM fine-tuning', 'LLM finetuning'], ['Python'], ['Spark', 'Apache Spark'], ['CUDA'], ['中文分词', 'Chinese word segmentation']],
    jobs: [
      { company: 'Orbitex Technologies', town: 'Shenzhen', title: 'Senior Applied Scientist', titleZh: '高级应用科学家', start: '2022-04', end: null, bullets: [
        'Lead a team of five on domain adaptation of a 13B-parameter LLM for customer-service dialogue.',
        'Built the offline evaluation harness (40 task suites) that gates every model release.'] },
      { company: 'Quillon AI Ltd.', town: 'Cambridge, UK', title: 'NLP Scientist', titleZh: 'NLP科学家', start: '2019-10', end: '2022-03', bullets: [
        'Chinese–English legal translation models; BLEU +4.1 over the vendor baseline.'] },
      { company: 'University of Eastmoor', town: 'Eastmoor, UK', title: 'Research Associate', titleZh: '博士后研究员', start: '2016-10', end: '2019-09', bullets: [
        'Low-resource machine translation on the EPSRC project "Sparse Signals" (EP/P01234X/1).'] },
    ],
    education: [
      { school: 'University of Edinburgh', town: 'Edinburgh, UK', degree: 'PhD in Informatics', start: '2012-09', end: '2016-09' },
      { school: '北京语言大学 Beijing Language and Culture University', degree: 'B.A. Computational Linguistics 计算语言学', start: '2008-09', end: '2012-06' },
    ],
    languages: ['Mandarin (native)', 'English (fluent)'],
    certificates: [],
    extras: [
      { heading: 'Selected Publications', items: [
        'Liu S, Grant A. Segmentation-free Chinese–English translation with byte-level models. ACL 2024.',
        'Liu S, Okonkwo E, Grant A. Terminology constraints for legal MT. EMNLP 2021.',
        'Liu S, Grant A. Data selection for low-resource translation. NAACL 2018.'] },
      { heading: 'Professional Service', items: ['Area Chair, ACL 2025 (Machine Translation)', 'Reviewer: ACL, EMNLP, NAACL, TACL'] },
    ],
  },
  {
    id: 'p15', language: 'mixed', name: '黄嘉怡', altName: 'Jiayi Huang', headline: 'Brand Manager', headlineZh: '品牌经理',
    email: 'jiayi.huang.gz@163.com', phone: '+8613711829046', phoneLocal: '137 1182 9046',
    address: '广州市天河区珠江新城华夏路16号', city: 'Guangzhou', country: 'China', born: '1997-12', gender: '女',
    summary: 'Brand marketer for beauty and lifestyle brands in China and the UK; runs social content, KOL programmes and launch campaigns.',
    skills: [['小红书运营', 'Xiaohongshu operations'], ['Google Analytics 4', 'GA4'], ['KOL management'], ['Copywriting'], ['Canva'], ['Adobe Premiere Pro', 'Premiere Pro']],
    jobs: [
      { company: 'Maison Verdelle China', town: 'Guangzhou', title: 'Brand Manager', titleZh: '品牌经理', start: '2024-11', end: null, bullets: [
        'Own the brand plan for two fragrance lines in South China; budget RMB 6.5m.',
        'Relaunched the Xiaohongshu account: followers 40k → 210k in ten months.'] },
      { company: 'Hartwell & Rowe Ltd', town: 'London, UK', title: 'Digital Marketing Executive', titleZh: '数字营销专员', start: '2023-10', end: '2024-09', bullets: [
        'Paid social and e-mail campaigns for a homeware retailer; GA4 reporting and attribution.'] },
      { company: '广州悦品文化传播有限公司', town: 'Guangzhou', title: 'Brand Specialist', titleZh: '品牌专员', start: '2020-07', end: '2022-04', bullets: [
        'Planned KOL seeding for 14 beauty launches; wrote product copy for Tmall and WeChat.'] },
      { company: 'Maison Verdelle China', town: 'Guangzhou', title: 'Marketing Intern', titleZh: '市场部实习生', start: '2019-07', end: '2019-09', bullets: [
        'Supported counter events and competitor price tracking.'] },
    ],
    education: [
      { school: 'University of Leeds', town: 'Leeds, UK', degree: 'MSc Marketing', start: '2022-09', end: '2023-09' },
      { school: '暨南大学 Jinan University', town: 'Guangzhou', degree: 'BA Advertising 广告学', start: '2016-09', end: '2020-06' },
    ],
    languages: ['Mandarin (native)', 'Cantonese (native)', 'English (IELTS 7.0)'],
    certificates: [],
  },
  {
    id: 'p16', language: 'mixed', name: '吴俊杰', altName: 'Jack Wu', headline: 'IT Director (SAP / ERP)', headlineZh: 'IT总监（SAP/ERP）',
    email: 'jack.wu.erp@gmail.com', phone: '+85261537280', phoneLocal: '6153 7280',
    address: 'Flat 12B, Tower 3, Lohas Park, Tseung Kwan O, Hong Kong', city: 'Hong Kong', country: 'Hong Kong SAR', born: '1988-01', gender: '男',
    summary: 'ERP leader with fifteen years of SAP finance and logistics delivery in mainland China and Hong Kong; now IT director of a 2,000-staff logistics group.',
    skills: [['SAP FI/CO', 'SAP FICO'], ['SAP S/4HANA'], ['ABAP'], ['Power BI'], ['项目管理', 'Project management'], ['数据迁移', 'Data migration']],
    jobs: [
      { company: 'Harbourline Logistics (HK) Limited', town: 'Hong Kong', title: 'IT Director', titleZh: 'IT总监', start: '2020-06', end: null, bullets: [
        'Head of IT for 11 subsidiaries in HK and the Greater Bay Area (team of 26, budget HK$48m).',
        'Delivered the S/4HANA greenfield programme on time across 6 company codes.'] },
      { company: '永泰控股集团有限公司', town: 'Shenzhen', title: 'Senior Manager, ERP', titleZh: 'ERP高级经理', start: '2017-01', end: '2020-05', bullets: [
        'Ran the SAP competence centre (12 staff); rolled out FI/CO and MM to 23 factories.'] },
      { company: 'Meridian Digital Consulting', town: 'Shanghai', title: 'SAP FICO Consultant', titleZh: 'SAP FICO顾问', start: '2014-08', end: '2016-12', bullets: [
        'Full-cycle FI/CO implementations for three manufacturing clients; data migration lead.'] },
      { company: 'Meridian Digital Consulting', town: 'Shanghai', title: 'Associate Consultant', titleZh: '助理顾问', start: '2011-08', end: '2014-07', bullets: [
        'ABAP reports and interfaces; user training for CO-PA.'] },
    ],
    education: [{ school: '复旦大学 Fudan University', degree: 'B.Sc. Information Management 信息管理与信息系统', start: '2007-09', end: '2011-07' }],
    languages: ['Mandarin (native)', 'Cantonese (fluent)', 'English (fluent)'],
    certificates: ['PMP', 'SAP Certified Application Associate – S/4HANA Financial Accounting'],
  },
];
