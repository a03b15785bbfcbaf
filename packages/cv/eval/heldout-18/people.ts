/**
 * heldout-18: sixteen invented people. Every name, employer, school, address, e-mail and phone number is made up.
 * `skills` are written as the truth wants them: the printed spelling first, other spellings after ` | `.
 * Documents print `skills[i].split(' | ')[0]`.
 */
export type Lang = 'en' | 'zh' | 'mixed';

export interface Job {
  company: string;
  title: string;
  /** Chinese title for mixed people (their Chinese documents print it beside or instead of the English one). */
  titleZh?: string;
  city: string;
  start: string;
  end: string | null;
  duties: string[];
  /** supervisor / reference person at that employer (not the candidate) */
  supervisor?: string;
  /** employer's switchboard or supervisor's number (not the candidate's) */
  employerPhone?: string;
  employerAddress?: string;
  reason?: string;
  internship?: boolean;
}

export interface Edu { school: string; degree: string; field: string; start: string; end: string; city: string }

export interface Person {
  id: string;
  language: Lang;
  /** the name as written (Chinese name for zh and mixed people) */
  name: string;
  /** the other form: English name / pinyin for zh and mixed people */
  nameAlt?: string;
  surname: string;
  given: string;
  gender: 'M' | 'F';
  born: string;
  nationality: string;
  address: string;
  city: string;
  email: string;
  /** E.164 */
  phone: string;
  /** as the person writes it at home */
  phoneLocal: string;
  skills: string[];
  work: Job[];
  education: Edu[];
  languages: string[];
  certs: string[];
  summary: string;
  gaps?: { start: string; end: string; note: string }[];
  referees?: { name: string; role: string; org: string; phone: string; email?: string }[];
  extra?: Record<string, string>;
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Darnell Kowalczyk', surname: 'Kowalczyk', given: 'Darnell', gender: 'M', born: '1994-02-17',
    nationality: 'Canadian', address: '48 Ferrie Street East, Hamilton, ON L8L 1B4', city: 'Hamilton, ON',
    email: 'dkowalczyk.elec@gmail.com', phone: '+12897724916', phoneLocal: '(289) 772-4916',
    skills: ['Conduit bending', 'Allen-Bradley PLCs | Allen Bradley PLC', 'Motor controls', 'Canadian Electrical Code (CEC) | CEC',
      'Blueprint reading', 'VFD troubleshooting | variable frequency drives', 'Fire alarm systems'],
    work: [
      { company: 'Brightline Electrical Contractors Ltd.', title: 'Electrical Apprentice (309A)', city: 'Hamilton, ON', start: '2013-09', end: '2017-08',
        duties: ['Rough-in and finish for commercial fit-outs', 'Logged 8,000 apprenticeship hours across residential, commercial and light industrial'],
        supervisor: 'Ray Dufresne, Master Electrician', employerPhone: '+1 905 544 0871', employerAddress: '1120 Burlington St E, Hamilton, ON L8H 3R1', reason: 'Completed apprenticeship' },
      { company: 'Brightline Electrical Contractors Ltd.', title: 'Construction & Maintenance Electrician', city: 'Hamilton, ON', start: '2017-09', end: '2020-03',
        duties: ['Led 2-person crews on school and clinic renovations', 'Service upgrades to 600 A, 3-phase'],
        supervisor: 'Ray Dufresne, Master Electrician', employerPhone: '+1 905 544 0871', employerAddress: '1120 Burlington St E, Hamilton, ON L8H 3R1', reason: 'Move to industrial work' },
      { company: 'Escarpment Industrial Services Inc.', title: 'Industrial Electrician', city: 'Stoney Creek, ON', start: '2020-05', end: '2023-06',
        duties: ['Maintenance on extrusion and packaging lines', 'Replaced 40+ legacy starters with VFDs; cut unplanned downtime 18%'],
        supervisor: 'Lina Haddad, Maintenance Manager', employerPhone: '+1 905 662 3308', employerAddress: '455 Arvin Ave, Stoney Creek, ON L8E 2N1', reason: 'Lead role offered elsewhere' },
      { company: 'Kestrel Ridge Automation Ltd.', title: 'Lead Electrician – Controls', city: 'Burlington, ON', start: '2023-07', end: null,
        duties: ['Panel builds and commissioning for food-processing clients', 'Mentor three apprentices; sign off lock-out procedures'],
        supervisor: 'Graham Toews, Operations Director', employerPhone: '+1 905 631 7720', employerAddress: '3390 South Service Rd, Burlington, ON L7N 3J5', reason: 'Currently employed' },
    ],
    education: [
      { school: 'Niagara Escarpment College of Applied Trades', degree: 'Electrical Techniques Pre-Apprenticeship Certificate', field: 'Electrical', start: '2012-09', end: '2013-06', city: 'Hamilton, ON' },
      { school: 'Westdale Secondary School', degree: 'OSSD', field: '', start: '2008-09', end: '2012-06', city: 'Hamilton, ON' },
    ],
    languages: ['English (native)', 'Polish (conversational)'],
    certs: ['Certificate of Qualification 309A (2017)', 'Working at Heights (2025)', 'WHMIS 2015', 'Arc Flash Awareness (CSA Z462)', 'G licence'],
    summary: 'Licensed 309A electrician with 13 years in construction and industrial maintenance, now leading controls installs.',
    referees: [
      { name: 'Ray Dufresne', role: 'Master Electrician', org: 'Brightline Electrical Contractors Ltd.', phone: '(905) 544-0871' },
      { name: 'Lina Haddad', role: 'Maintenance Manager', org: 'Escarpment Industrial Services Inc.', phone: '(905) 662-3308' },
    ],
  },
  {
    id: 'p02', language: 'en', name: 'Anjali Deshmukh', surname: 'Deshmukh', given: 'Anjali', gender: 'F', born: '1993-08-05',
    nationality: 'U.S. citizen', address: '2207 Guilford Avenue, Apt 3R, Baltimore, MD 21218', city: 'Baltimore, MD',
    email: 'anjali.deshmukh.md@gmail.com', phone: '+14108235571', phoneLocal: '(410) 823-5571',
    skills: ['Point-of-care ultrasound (POCUS) | POCUS', 'Epic EMR | Epic', 'REDCap', 'Central venous catheter placement | central line placement', 'Stata',
      'Quality improvement (PDSA) | PDSA cycles'],
    work: [
      { company: 'ScribeForward Inc.', title: 'Emergency Department Medical Scribe', city: 'Towson, MD', start: '2015-01', end: '2016-05',
        duties: ['Real-time documentation for 4 attending physicians, ~25 patients/shift'], supervisor: 'Kevin Albright, Chief Scribe', employerPhone: '(410) 296-4410' },
      { company: 'Patapsco Clinical Research Group', title: 'Clinical Research Coordinator', city: 'Baltimore, MD', start: '2016-06', end: '2019-07',
        duties: ['Coordinated two NIH-funded heart-failure trials (312 participants)', 'Built REDCap instruments and managed IRB amendments'], supervisor: 'Dr. Helen Marsh, PI', employerPhone: '(410) 350-2217' },
      { company: 'Chesapeake Valley Medical Center', title: 'Resident Physician, Internal Medicine', city: 'Baltimore, MD', start: '2023-07', end: '2026-06',
        duties: ['PGY-1 to PGY-3 internal medicine residency', 'Led resident QI project on sepsis bundle compliance'], supervisor: 'Dr. Samuel Ortiz, Program Director', employerPhone: '(410) 555-0142' },
      { company: 'Chesapeake Valley Medical Center', title: 'Chief Medical Resident', city: 'Baltimore, MD', start: '2026-07', end: null,
        duties: ['Schedules 96 residents; runs morning report and the POCUS curriculum'], supervisor: 'Dr. Samuel Ortiz, Program Director', employerPhone: '(410) 555-0142' },
    ],
    education: [
      { school: 'Old Line State University School of Medicine', degree: 'MD', field: 'Medicine', start: '2019-08', end: '2023-05', city: 'Baltimore, MD' },
      { school: 'Severn College', degree: 'BS', field: 'Biochemistry', start: '2010-09', end: '2014-05', city: 'Annapolis, MD' },
    ],
    languages: ['English (native)', 'Marathi (fluent)', 'Spanish (medical, intermediate)'],
    certs: ['ABIM board eligible', 'ACLS / BLS (AHA)', 'Maryland medical license R-228413'],
    summary: 'Chief medical resident in internal medicine applying for pulmonary & critical care fellowship.',
    gaps: [{ start: '2019-08', end: '2023-05', note: 'Medical school' }],
  },
  {
    id: 'p03', language: 'en', name: 'Rhiannon Pryce', surname: 'Pryce', given: 'Rhiannon', gender: 'F', born: '1986-11-23',
    nationality: 'British', address: '17 Cotham Vale, Bristol BS6 6HS, United Kingdom', city: 'Bristol',
    email: 'rhiannon.pryce@protonmail.com', phone: '+447723418906', phoneLocal: '07723 418906',
    skills: ['EPANET', 'QGIS', 'Hydraulic modelling | water network modelling', 'Borehole siting', 'Faecal sludge management (FSM) | FSM',
      'Logframe design | logical framework', 'AutoCAD Civil 3D | Civil 3D'],
    work: [
      { company: 'Severnside Water Ltd', title: 'Graduate Engineer', city: 'Bristol, UK', start: '2009-09', end: '2012-02',
        duties: ['Network modelling and mains rehabilitation design', 'Chartership training scheme'], supervisor: 'Ian Morley, Asset Planning Lead', employerPhone: '+44 117 496 0321' },
      { company: 'Aldbourne & Keele Consulting Engineers', title: 'WASH Engineer', city: 'Lilongwe, Malawi', start: '2012-03', end: '2016-10',
        duties: ['Design of 14 piped rural water schemes (DFID-funded)', 'Supervised borehole drilling contracts, 210 boreholes'], supervisor: 'Peter Keele, Director', employerPhone: '+44 1672 540 112' },
      { company: 'Tessellate Development Partners', title: 'Senior WASH Specialist', city: 'London, UK / Nairobi, Kenya', start: '2017-09', end: '2022-12',
        duties: ['Team leader for urban sanitation programme in 3 counties', 'Faecal sludge treatment feasibility studies'], supervisor: 'Amara Osei, Programme Director', employerPhone: '+44 20 7946 0875' },
      { company: 'Pryce WASH Consulting Ltd', title: 'Director and Principal Consultant', city: 'Bristol, UK', start: '2023-01', end: null,
        duties: ['Independent WASH advisory for EU, UNICEF and NGO clients', 'Mid-term reviews and design missions in East and Southern Africa'], supervisor: 'n/a (self-employed)', employerPhone: '+44 7723 418906' },
    ],
    education: [
      { school: 'University of the Severn Estuary', degree: 'MEng', field: 'Civil Engineering', start: '2005-09', end: '2009-06', city: 'Bristol' },
      { school: 'Loughmoor University WEDC', degree: 'MSc', field: 'Water and Environmental Management (distance)', start: '2013-10', end: '2016-09', city: 'Loughborough' },
    ],
    languages: ['English (mother tongue)', 'Welsh (fluent)', 'French (good)', 'Chichewa (basic)'],
    certs: ['Chartered Engineer (CEng MICE)', 'PRINCE2 Foundation'],
    summary: 'Chartered civil engineer with 16 years in water supply and sanitation, 10 of them in sub-Saharan Africa.',
    gaps: [{ start: '2016-11', end: '2017-08', note: 'Career break (travel and volunteering)' }],
  },
  {
    id: 'p04', language: 'en', name: 'Naomi Letendre', surname: 'Letendre', given: 'Naomi', gender: 'F', born: '1987-04-30',
    nationality: 'Canadian', address: '714 Temperance Street, Saskatoon, SK S7N 0N3', city: 'Saskatoon, SK',
    email: 'n.letendre@unp.ca', phone: '+13062617738', phoneLocal: '306-261-7738',
    skills: ['R (tidyverse, lme4) | R', 'Stable isotope analysis', 'Soil organic carbon modelling | SOC modelling', 'ArcGIS Pro', 'Eddy covariance',
      'Python', 'Field sampling design'],
    work: [
      { company: 'Boreal Soil Labs Inc.', title: 'Summer Research Intern', city: 'Prince Albert, SK', start: '2009-05', end: '2009-08', internship: true,
        duties: ['Soil core processing and particle-size analysis'] },
      { company: 'Canadian Grain Soils Institute', title: 'Research Technician', city: 'Saskatoon, SK', start: '2011-05', end: '2013-08',
        duties: ['Ran long-term tillage plots; managed the isotope-ratio mass spectrometer queue'] },
      { company: 'University of the Northern Prairies', title: 'Postdoctoral Fellow', city: 'Saskatoon, SK', start: '2018-01', end: '2020-06',
        duties: ['Modelled soil carbon under perennial forage systems (NSERC-funded)'] },
      { company: 'University of the Northern Prairies', title: 'Assistant Professor, Department of Soil Science', city: 'Saskatoon, SK', start: '2020-07', end: null,
        duties: ['Teach SLSC 240 and SLSC 843; supervise 5 graduate students', 'PI on $1.2 M in competitive funding'] },
    ],
    education: [
      { school: 'University of Manitoulin', degree: 'PhD', field: 'Soil Science', start: '2013-09', end: '2017-12', city: 'Sudbury, ON' },
      { school: 'University of the Northern Prairies', degree: 'BSc (Honours)', field: 'Environmental Science', start: '2006-09', end: '2011-04', city: 'Saskatoon, SK' },
    ],
    languages: ['English', 'French (reading)'],
    certs: ['P.Ag. (Saskatchewan Institute of Agrologists)'],
    summary: 'Soil biogeochemist working on carbon storage in prairie agroecosystems.',
    gaps: [{ start: '2013-09', end: '2017-12', note: 'Doctoral studies' }],
  },
  {
    id: 'p05', language: 'en', name: 'Jordan Castellanos', surname: 'Castellanos', given: 'Jordan', gender: 'M', born: '1995-06-12',
    nationality: 'U.S. citizen', address: '5109 Avenue H, Austin, TX 78751', city: 'Austin, TX',
    email: 'jcastellanos.dev@gmail.com', phone: '+15126942083', phoneLocal: '(512) 694-2083',
    skills: ['Go', 'TypeScript', 'PostgreSQL | Postgres', 'Kubernetes | K8s', 'Kafka | Apache Kafka', 'Terraform', 'gRPC', 'AWS (ECS, Lambda, DynamoDB) | AWS'],
    work: [
      { company: 'Lonestar Data Works', title: 'Software Engineering Intern', city: 'Austin, TX', start: '2016-05', end: '2016-08', internship: true,
        duties: ['Built an internal CSV-to-Postgres ingestion tool in Python'] },
      { company: 'Bluebonnet Payments, Inc.', title: 'Software Engineer', city: 'Austin, TX', start: '2017-07', end: '2020-01',
        duties: ['Card-authorization service in Go handling 1.8k req/s', 'Moved batch settlement jobs to Kafka consumers'] },
      { company: 'Mesquite Cloud Systems', title: 'Senior Software Engineer', city: 'Remote', start: '2020-02', end: '2023-09',
        duties: ['Owned multi-tenant billing API (TypeScript, PostgreSQL)', 'Led migration from ECS to Kubernetes; on-call lead'] },
      { company: 'Arroyo Health Technologies', title: 'Staff Software Engineer', city: 'Austin, TX', start: '2023-10', end: null,
        duties: ['Tech lead for claims-processing platform (6 engineers)', 'Designed gRPC event contracts; cut p99 latency 41%'] },
    ],
    education: [{ school: 'Texas Hill Country University', degree: 'B.S.', field: 'Computer Science', start: '2013-08', end: '2017-05', city: 'San Marcos, TX' }],
    languages: ['English', 'Spanish'],
    certs: ['AWS Certified Solutions Architect – Associate'],
    summary: 'Backend engineer (9 yrs) building high-throughput payment and health-claims systems.',
  },
  {
    id: 'p06', language: 'en', name: 'Thandiwe Mokoena', surname: 'Mokoena', given: 'Thandiwe', gender: 'F', born: '1988-09-14',
    nationality: 'South African', address: '22 Jan Smuts Avenue, Parktown North, Johannesburg 2193, South Africa', city: 'Johannesburg',
    email: 'thandiwe.mokoena@gmail.com', phone: '+27824573190', phoneLocal: '082 457 3190',
    skills: ['Stata', 'KoBoToolbox | Kobo', 'Power BI', 'Theory of change', 'DHIS2', 'Mixed-methods evaluation', 'ODK | Open Data Kit'],
    work: [
      { company: 'Ubuntu Health Trust', title: 'Data Officer', city: 'Johannesburg, South Africa', start: '2012-02', end: '2014-12',
        duties: ['Cleaned and reported HIV programme data for 38 clinics'], supervisor: 'Lerato Dube, Programme Manager', employerPhone: '+27 11 403 2290' },
      { company: 'Kgotla Research Associates', title: 'M&E Officer', city: 'Pretoria, South Africa', start: '2015-01', end: '2018-06',
        duties: ['Baseline and endline surveys for three donor programmes'], supervisor: 'Prof. Sipho Ndlovu, Director', employerPhone: '+27 12 342 8815' },
      { company: 'Kgotla Research Associates', title: 'Senior M&E Officer', city: 'Pretoria, South Africa', start: '2018-07', end: '2019-12',
        duties: ['Managed 12 field enumerators; designed mobile data collection in ODK'], supervisor: 'Prof. Sipho Ndlovu, Director', employerPhone: '+27 12 342 8815' },
      { company: 'Savanna Impact Partners', title: 'Monitoring, Evaluation & Learning Lead', city: 'Nairobi, Kenya', start: '2020-01', end: null,
        duties: ['Leads MEL for a 5-country agri-finance portfolio', 'Built Power BI results dashboards used by the board'], supervisor: 'Wanjiru Kamau, CEO', employerPhone: '+254 20 765 4410' },
    ],
    education: [
      { school: 'University of the Highveld', degree: 'MA', field: 'Development Studies', start: '2010-02', end: '2011-12', city: 'Johannesburg' },
      { school: 'University of the Highveld', degree: 'BSocSc', field: 'Statistics and Sociology', start: '2007-02', end: '2009-12', city: 'Johannesburg' },
    ],
    languages: ['English (C2)', 'isiZulu (mother tongue)', 'Sesotho (C1)', 'Kiswahili (A2)'],
    certs: ['Certificate in Impact Evaluation (3ie-style short course)'],
    summary: 'MEL specialist with 14 years in health and agricultural development programmes.',
  },
  {
    id: 'p07', language: 'en', name: 'Callum McAvoy', surname: 'McAvoy', given: 'Callum', gender: 'M', born: '1984-03-02',
    nationality: 'British', address: '3/2, 41 Dumbarton Road, Glasgow G11 6AA', city: 'Glasgow',
    email: 'callum.mcavoy84@btinternet.com', phone: '+447841552307', phoneLocal: '07841 552307',
    skills: ['Manhattan SCALE (WMS) | WMS', 'Microsoft Excel | Excel', 'Tachograph analysis', 'Shift rota planning', 'Stock control', 'Health & safety auditing | H&S audits'],
    work: [
      { company: 'Clydeport Freight Services', title: 'HGV Class 1 Driver', city: 'Greenock', start: '2009-06', end: '2013-02',
        duties: ['Container haulage between Greenock terminal and central belt'], supervisor: 'Jim Rennie, Transport Manager', employerPhone: '01475 720 331',
        employerAddress: 'Berth 4, Ocean Terminal, Greenock PA15 1RU', reason: 'Wanted regular shift pattern' },
      { company: 'Strathkelvin Distribution Ltd', title: 'Warehouse Operative', city: 'Kirkintilloch', start: '2013-03', end: '2015-10',
        duties: ['Picking, loading, reach-truck operation'], supervisor: 'Moira Craig, Site Manager', employerPhone: '0141 776 2250',
        employerAddress: 'Unit 7, Southbank Business Park, Kirkintilloch G66 1XQ', reason: 'Promoted' },
      { company: 'Strathkelvin Distribution Ltd', title: 'Shift Supervisor', city: 'Kirkintilloch', start: '2015-11', end: '2019-08',
        duties: ['Ran night shift of 24 operatives; pick accuracy up from 97.1% to 99.4%'], supervisor: 'Moira Craig, Site Manager', employerPhone: '0141 776 2250',
        employerAddress: 'Unit 7, Southbank Business Park, Kirkintilloch G66 1XQ', reason: 'Left to care for a family member' },
      { company: 'Northbank Fulfilment Ltd', title: 'Shift Manager', city: 'Renfrew', start: '2021-03', end: null,
        duties: ['Manage 3 supervisors and 60+ staff across inbound and despatch', 'Introduced weekly H&S walk-rounds; RIDDOR incidents down to zero in 2025'],
        supervisor: 'Dev Sharma, General Manager', employerPhone: '0141 885 4010', employerAddress: 'Westway Park, Porterfield Road, Renfrew PA4 8DJ', reason: 'Currently employed' },
    ],
    education: [{ school: 'Clydebank Academy', degree: 'Standard Grades / Intermediate 2', field: '', start: '1996-08', end: '2001-06', city: 'Clydebank' },
      { school: 'West College Glasgow', degree: 'SVQ Level 3', field: 'Warehousing and Storage', start: '2016-09', end: '2017-06', city: 'Clydebank' }],
    languages: ['English'],
    certs: ['HGV Class C+E licence + Driver CPC', 'Counterbalance and reach truck (RTITB)', 'IOSH Managing Safely', 'First Aid at Work'],
    summary: 'Warehouse shift manager with a driving background and 16 years in logistics.',
    gaps: [{ start: '2019-09', end: '2021-02', note: 'Career break – full-time carer for a parent' }],
    referees: [{ name: 'Dev Sharma', role: 'General Manager', org: 'Northbank Fulfilment Ltd', phone: '0141 885 4010' },
      { name: 'Moira Craig', role: 'Site Manager', org: 'Strathkelvin Distribution Ltd', phone: '0141 776 2250' }],
  },
  // ---------------------------------------------------------------- Chinese
  {
    id: 'p08', language: 'zh', name: '梁嘉怡', nameAlt: 'Liang Jiayi', surname: '梁', given: '嘉怡', gender: 'F', born: '1993-10-08',
    nationality: '中国', address: '广东省深圳市南山区桃园路蔚蓝海岸二期8栋1203', city: '深圳',
    email: 'liangjiayi_pm@163.com', phone: '+8613827469150', phoneLocal: '138-2746-9150',
    skills: ['Axure', 'SQL', '用户研究', 'A/B测试 | AB测试', 'PRD撰写 | 需求文档撰写', '数据分析（神策、GA） | 数据分析', 'Figma'],
    work: [
      { company: '深圳市讯鸥网络科技有限公司', title: '产品助理（实习）', city: '深圳', start: '2015-02', end: '2015-06', internship: true,
        duties: ['竞品分析与用户反馈整理', '协助撰写会员中心需求文档'], supervisor: '何志强（产品总监）', employerPhone: '0755-8629 1140' },
      { company: '深圳市讯鸥网络科技有限公司', title: '产品专员', city: '深圳', start: '2015-07', end: '2017-12',
        duties: ['负责App签到与积分体系，日活提升12%'], supervisor: '何志强（产品总监）', employerPhone: '0755-8629 1140', reason: '寻求更大平台' },
      { company: '广州蓝鲸互娱信息技术有限公司', title: '产品经理', city: '广州', start: '2018-01', end: '2021-04',
        duties: ['负责游戏社区产品线，带领3名产品专员', '搭建A/B实验平台，需求上线周期缩短30%'], supervisor: '罗文（产品副总裁）', employerPhone: '020-3855 6702', reason: '回深圳发展' },
      { company: '深圳前海云帆数字科技有限公司', title: '高级产品经理', city: '深圳', start: '2021-05', end: null,
        duties: ['负责B端SaaS会员营销产品，服务客户300余家', '主导产品从0到1，ARR突破2000万元'], supervisor: '蔡明轩（CEO）', employerPhone: '0755-2166 3391', reason: '在职' },
    ],
    education: [{ school: '岭南财经学院', degree: '本科', field: '电子商务', start: '2011-09', end: '2015-06', city: '广州' }],
    languages: ['英语（CET-6）', '粤语'],
    certs: ['NPDP产品经理国际资格认证'],
    summary: '11年互联网产品经验，擅长B端SaaS与用户增长。',
    extra: { 籍贯: '广东江门', 民族: '汉', 政治面貌: '群众', 婚姻状况: '未婚', 期望薪资: '50-60万/年', 身高: '163cm' },
    referees: [{ name: '罗文', role: '产品副总裁', org: '广州蓝鲸互娱信息技术有限公司', phone: '139 2214 8830' },
      { name: '何志强', role: '产品总监', org: '深圳市讯鸥网络科技有限公司', phone: '136 0252 7718' }],
  },
  {
    id: 'p09', language: 'zh', name: '严志远', nameAlt: 'Yan Zhiyuan', surname: '严', given: '志远', gender: 'M', born: '1989-05-21',
    nationality: '中国', address: '湖北省武汉市洪山区珞喻路楚川大学东区教工宿舍12栋', city: '武汉',
    email: 'yanzhiyuan@cuu.edu.cn', phone: '+8613971652284', phoneLocal: '139 7165 2284',
    skills: ['XRD精修（Rietveld） | Rietveld精修', 'SEM/TEM表征 | 电镜表征', '流延成型', 'COMSOL', 'Origin', 'Python（数据处理） | Python', '烧结工艺优化'],
    work: [
      { company: '武汉华瓷新材料股份有限公司', title: '研发工程师', city: '武汉', start: '2013-07', end: '2016-08', duties: ['氧化锆陶瓷基板配方开发'] },
      { company: '湖北凯熠陶瓷科技有限公司', title: '工艺主管', city: '鄂州', start: '2016-09', end: '2021-08', duties: ['负责流延—烧结产线工艺，良率由86%提升至94%'] },
      { company: '楚川大学', title: '科研助理（材料科学与工程学院）', city: '武汉', start: '2026-07', end: null, duties: ['固态电解质薄膜制备与表征'] },
    ],
    education: [
      { school: '楚川大学', degree: '博士', field: '材料科学与工程', start: '2021-09', end: '2026-06', city: '武汉' },
      { school: '江城理工大学', degree: '硕士', field: '材料学', start: '2010-09', end: '2013-06', city: '武汉' },
      { school: '江城理工大学', degree: '学士', field: '无机非金属材料工程', start: '2006-09', end: '2010-06', city: '武汉' },
    ],
    languages: ['英语（CET-6，可作为工作语言）'],
    certs: ['中级工程师（材料）'],
    summary: '主要从事氧化物固态电解质与陶瓷薄膜的制备与烧结研究。',
    gaps: [{ start: '2021-09', end: '2026-06', note: '攻读博士学位' }],
    extra: { 籍贯: '湖北黄冈', 民族: '汉', 政治面貌: '中共党员', 导师: '邵景明 教授', 拟进站单位: '江夏新能源材料企业博士后科研工作站', 婚姻状况: '已婚',
      论文1: 'Yan Z., Shao J.*, et al. Tape-cast garnet electrolyte films with 28 μm thickness. J. Eur. Ceram. Soc., 2025, 45(3): 1120-1129.',
      论文2: '严志远, 邵景明*. 两步烧结对LLZO致密度的影响. 无机材料学报, 2024, 39(8): 901-908.' },
  },
  {
    id: 'p10', language: 'zh', name: '何俊峰', nameAlt: 'He Junfeng', surname: '何', given: '俊峰', gender: 'M', born: '1984-01-16',
    nationality: '中国', address: '四川省成都市武侯区龙腾东路锦绣华庭3-2-604', city: '成都',
    email: 'hejunfeng1984@126.com', phone: '+8613551286607', phoneLocal: '135 5128 6607',
    skills: ['广联达计价 | 广联达', 'AutoCAD', 'BIM（Revit） | Revit', 'MS Project', '施工组织设计', '成本控制', '安全文明施工管理'],
    work: [
      { company: '中国人民解放军某部', title: '战士（义务兵）', city: '西藏', start: '2002-12', end: '2004-12', duties: ['服役两年，获优秀士兵'] },
      { company: '四川蜀鼎建设工程有限公司', title: '施工员', city: '成都', start: '2008-07', end: '2012-03', duties: ['住宅项目主体施工现场管理'] },
      { company: '四川蜀鼎建设工程有限公司', title: '技术负责人', city: '成都', start: '2012-04', end: '2016-12', duties: ['负责施工方案编制与技术交底'] },
      { company: '成都锦江路桥集团有限公司', title: '项目经理', city: '成都', start: '2017-01', end: '2023-05', duties: ['主持市政道路及桥梁项目4个，合同额合计6.8亿元'] },
      { company: '成都蓉川城建工程有限公司', title: '项目经理', city: '成都', start: '2023-06', end: null, duties: ['负责天府新区综合管廊二期工程（合同额3.2亿元）'] },
    ],
    education: [{ school: '西蜀建筑职业技术学院', degree: '大专', field: '建筑工程技术', start: '2005-09', end: '2008-06', city: '成都' },
      { school: '西南交通科技大学（成人教育）', degree: '本科', field: '土木工程', start: '2010-03', end: '2013-01', city: '成都' }],
    languages: ['普通话', '四川话'],
    certs: ['一级建造师（市政公用工程）川151060712345', '安全生产考核合格证书（B证）', '高级工程师'],
    summary: '18年施工一线经验，熟悉市政道路、桥梁及综合管廊项目管理。',
    extra: { 籍贯: '四川南充', 民族: '汉', 政治面貌: '中共党员', 职称: '高级工程师', 拟任职务: '项目经理', 年龄: '42' },
  },
  {
    id: 'p11', language: 'zh', name: '林怡君', nameAlt: 'Lin Yi-Chun', surname: '林', given: '怡君', gender: 'F', born: '1992-12-03',
    nationality: '中華民國', address: '臺北市大安區和平東路二段118巷7號3樓', city: '臺北市',
    email: 'yichun.lin.tw@gmail.com', phone: '+886928614307', phoneLocal: '0928-614-307',
    skills: ['SQL', 'Python（pandas） | Python', 'Tableau', 'SPSS', '問卷設計', 'R語言 | R', 'Excel VBA'],
    work: [
      { company: '宏圖資訊股份有限公司', title: '暑期實習生', city: '新北市', start: '2014-07', end: '2014-08', internship: true, duties: ['協助整理客戶資料庫'] },
      { company: '晴川市場調查股份有限公司', title: '研究員', city: '臺北市', start: '2015-08', end: '2018-10', duties: ['消費者調查問卷設計與報告撰寫'] },
      { company: '晴川市場調查股份有限公司', title: '資深研究員', city: '臺北市', start: '2018-11', end: '2020-06', duties: ['帶領3人團隊執行品牌追蹤專案'] },
      { company: '藍鵲電商股份有限公司', title: '資料分析師', city: '臺北市', start: '2020-09', end: null, duties: ['建立會員分群與回購預測模型', '每週營運儀表板（Tableau）'] },
    ],
    education: [{ school: '國立淡水大學', degree: '碩士', field: '統計學系', start: '2013-09', end: '2015-06', city: '新北市' },
      { school: '國立中興海洋大學', degree: '學士', field: '應用數學系', start: '2009-09', end: '2013-06', city: '基隆市' }],
    languages: ['英文（TOEIC 885）', '日文（N3）'],
    certs: ['Tableau Desktop Specialist'],
    summary: '11年消費者研究與資料分析經驗。',
    extra: { 出生地: '臺中市', 身分證統一編號: 'B2•••••••8', 通訊處: '臺北市大安區和平東路二段118巷7號3樓' },
  },
  {
    id: 'p12', language: 'zh', name: '宋楷文', nameAlt: 'Song Kaiwen', surname: '宋', given: '楷文', gender: 'M', born: '1989-07-27',
    nationality: '中国', address: '北京市朝阳区东三环中路39号院5号楼2单元1701', city: '北京',
    email: 'songkw_lawyer@qq.com', phone: '+8618610423395', phoneLocal: '186 1042 3395',
    skills: ['合同审查', '民商事诉讼代理 | 诉讼代理', '劳动争议处理', '公司股权架构设计 | 股权架构设计', '尽职调查', '法律检索（北大法宝、威科先行） | 法律检索'],
    work: [
      { company: '北京市朝岳区人民法院', title: '书记员', city: '北京', start: '2012-07', end: '2015-06', duties: ['民二庭庭审记录、送达与卷宗归档'], supervisor: '刘建国（庭长）', employerPhone: '010-6571 2200' },
      { company: '北京衡信律师事务所', title: '律师助理', city: '北京', start: '2015-07', end: '2017-06', duties: ['协助办理商事合同纠纷案件40余件'], supervisor: '赵敏（合伙人）', employerPhone: '010-8559 3366' },
      { company: '北京衡信律师事务所', title: '专职律师', city: '北京', start: '2017-07', end: '2021-12', duties: ['独立代理民商事诉讼与仲裁案件'], supervisor: '赵敏（合伙人）', employerPhone: '010-8559 3366' },
      { company: '北京澄和律师事务所', title: '合伙人', city: '北京', start: '2022-01', end: null, duties: ['带领5人团队，主要服务科技与制造业企业客户'], supervisor: '王启航（主任）', employerPhone: '010-6502 8890' },
    ],
    education: [{ school: '燕京政法大学', degree: '法学硕士', field: '民商法学', start: '2009-09', end: '2012-06', city: '北京' },
      { school: '齐鲁师范大学', degree: '法学学士', field: '法学', start: '2005-09', end: '2009-06', city: '济南' }],
    languages: ['英语（可作为工作语言）'],
    certs: ['法律职业资格证书 A类（A20111100xxxxxx）', '律师执业证 11101201710xxxxxx'],
    summary: '专注公司商事与争议解决，执业近10年。',
    extra: { 籍贯: '山东潍坊', 民族: '汉', 政治面貌: '中共党员', 执业证号: '11101201710521338', 拟变更至: '北京知衡律师事务所' },
    referees: [{ name: '赵敏', role: '合伙人', org: '北京衡信律师事务所', phone: '138 1166 2073' }, { name: '王启航', role: '主任', org: '北京澄和律师事务所', phone: '139 0107 5518' }],
  },
  // ---------------------------------------------------------------- mixed Chinese–English
  {
    id: 'p13', language: 'mixed', name: '周文博', nameAlt: 'Bob Zhou', surname: 'ZHOU', given: 'WENBO', gender: 'M', born: '1989-03-19',
    nationality: 'China', address: '上海市徐汇区凯旋路2258弄6号1502室', city: 'Shanghai',
    email: 'bob.zhou.wb@gmail.com', phone: '+8613918627045', phoneLocal: '139 1862 7045',
    skills: ['SAP APO', 'SAP MM | MM', 'Power BI', 'S&OP | Sales and Operations Planning', 'Python', 'Demand forecasting | 需求预测', 'Excel (Power Query) | Excel'],
    work: [
      { company: 'Kerrington Logistics', title: 'Management Trainee', titleZh: '管理培训生', city: 'Shanghai', start: '2012-07', end: '2013-06',
        duties: ['Rotations in warehousing, transport and customs brokerage'], supervisor: 'Sharon Lu', employerPhone: '+86 21 6288 1530', employerAddress: '88 Jiangchang Road, Jing\'an, Shanghai' },
      { company: 'Kerrington Logistics', title: 'Operations Supervisor', titleZh: '运营主管', city: 'Shanghai', start: '2013-07', end: '2016-02',
        duties: ['Ran 24-person contract warehouse for an FMCG client'], supervisor: 'Sharon Lu', employerPhone: '+86 21 6288 1530', employerAddress: '88 Jiangchang Road, Jing\'an, Shanghai' },
      { company: 'Valmora Consumer Products', title: 'Demand Planning Manager', titleZh: '需求计划经理', city: 'Shanghai', start: '2016-03', end: '2020-10',
        duties: ['Forecast accuracy from 58% to 74% for 1,200 SKUs', 'Set up monthly S&OP with sales and finance'], supervisor: 'Daniel Fok', employerPhone: '+86 21 5466 0908', employerAddress: '1 Longteng Avenue, Xuhui, Shanghai' },
      { company: 'Helix Medtech', title: 'Supply Chain Manager, APAC', titleZh: '亚太区供应链经理', city: 'Shanghai', start: '2020-11', end: null,
        duties: ['Planning and distribution for 9 APAC markets', 'Led SAP APO roll-out to Korea and Australia'], supervisor: 'Meredith Kline', employerPhone: '+86 21 6073 5200', employerAddress: '1199 Guiping Road, Xuhui, Shanghai' },
    ],
    education: [{ school: 'East China Institute of Commerce 华东商学院', degree: 'Bachelor of Management 管理学学士', field: 'Logistics Management 物流管理', start: '2008-09', end: '2012-06', city: 'Shanghai' }],
    languages: ['Mandarin (native)', 'English (fluent, IELTS 7.5)', 'Shanghainese'],
    certs: ['APICS CPIM', 'Lean Six Sigma Green Belt'],
    summary: 'Supply-chain planner with 14 years at 3PL, FMCG and medical-device companies.',
    extra: { passport: 'E•••••583', travelPurpose: 'Business (B1) – supplier audit in Memphis, TN' },
  },
  {
    id: 'p14', language: 'mixed', name: '陈思远', nameAlt: 'Sylvia Chen', surname: 'CHEN', given: 'SIYUAN', gender: 'F', born: '1994-01-11',
    nationality: 'China', address: '北京市海淀区知春路甲48号盈都大厦C座1106', city: 'Beijing',
    email: 'sylvia.chen.sy@outlook.com', phone: '+8618600137742', phoneLocal: '186 0013 7742',
    skills: ['Financial modelling | financial modeling', 'Python (pandas) | Python', 'SQL', 'Wind', 'Bloomberg Terminal | Bloomberg', 'Tableau', 'Credit risk scorecards | 信用评分卡'],
    work: [
      { company: 'Zhongrui Securities', title: 'Summer Intern, Investment Banking', titleZh: '投资银行部暑期实习生', city: 'Beijing', start: '2015-07', end: '2015-08', internship: true,
        duties: ['Comparable-company analysis for two IPO pitches'] },
      { company: 'Zhongrui Securities', title: 'Analyst, Investment Banking', titleZh: '投资银行部分析师', city: 'Beijing', start: '2016-07', end: '2019-06',
        duties: ['Executed 3 A-share IPOs and 2 convertible-bond deals (RMB 4.1 bn total)'] },
      { company: 'Yunpay Technology', title: 'Senior Strategy Analyst', titleZh: '高级战略分析师', city: 'Beijing', start: '2019-07', end: '2022-03',
        duties: ['Built unit-economics model for consumer-credit product', 'Market entry study for Indonesia'] },
      { company: 'Lattice Fintech', title: 'Product Strategy Manager', titleZh: '产品策略经理', city: 'Beijing', start: '2022-04', end: null,
        duties: ['Owns SME-lending risk product; NPL down 1.3 pp', 'Manages 4 analysts'] },
    ],
    education: [{ school: 'Capital University of Finance and Trade 首都财贸大学', degree: 'B.Econ. 经济学学士', field: 'Finance 金融学', start: '2012-09', end: '2016-06', city: 'Beijing' }],
    languages: ['Mandarin (native)', 'English (TOEFL 112)'],
    certs: ['CFA Level III candidate', 'FRM'],
    summary: 'Fintech strategy manager applying for a full-time MBA (Class of 2029).',
    extra: { gmat: 'GMAT Focus 695', salary: 'RMB 620,000' },
  },
  {
    id: 'p15', language: 'mixed', name: '黄子轩', nameAlt: 'Kevin Huang', surname: 'HUANG', given: 'ZIXUAN', gender: 'M', born: '1994-08-29',
    nationality: 'China', address: '广东省广州市天河区珠江新城华夏路16号富力盈凯广场2508', city: 'Guangzhou',
    email: 'kevin.huangzx@qq.com', phone: '+8613722485061', phoneLocal: '137 2248 5061',
    skills: ['Figma', 'Unity UI (UGUI) | UGUI', 'Axure RP | Axure', 'Photoshop', 'Usability testing | 可用性测试', 'Spine', 'ProtoPie'],
    work: [
      { company: 'Pixelmoon Studio', title: 'UI Design Intern', titleZh: 'UI设计实习生', city: 'Guangzhou', start: '2016-03', end: '2016-06', internship: true,
        duties: ['Icons and HUD elements for a mobile RPG'], supervisor: 'Alan Xie', employerPhone: '+86 20 8723 1056', employerAddress: '3F, 12 Kehua Street, Tianhe, Guangzhou' },
      { company: 'Pixelmoon Studio', title: 'UI Designer', titleZh: 'UI设计师', city: 'Guangzhou', start: '2016-07', end: '2018-09',
        duties: ['Owned UI kit for two casual titles'], supervisor: 'Alan Xie', employerPhone: '+86 20 8723 1056', employerAddress: '3F, 12 Kehua Street, Tianhe, Guangzhou' },
      { company: 'Lumina Games', title: 'Senior UX Designer', titleZh: '高级用户体验设计师', city: 'Guangzhou', start: '2018-10', end: '2022-07',
        duties: ['Redesigned onboarding; D1 retention +6 pp', 'Ran monthly usability tests with 8–12 players'], supervisor: 'Vivian Tang', employerPhone: '+86 20 3862 4470', employerAddress: '28 Huacui Street, Tianhe, Guangzhou' },
      { company: 'Cinder Interactive', title: 'Lead UX Designer', titleZh: '首席用户体验设计师', city: 'Guangzhou', start: '2023-03', end: null,
        duties: ['Leads 6-person UX team on a cross-platform action game'], supervisor: 'Marco Li', employerPhone: '+86 20 2288 9015', employerAddress: '16 Huaxia Road, Tianhe, Guangzhou' },
    ],
    education: [{ school: 'South China Academy of Fine Arts 华南美术学院', degree: 'BFA 学士', field: 'Digital Media Art 数字媒体艺术', start: '2012-09', end: '2016-06', city: 'Guangzhou' }],
    languages: ['Mandarin', 'Cantonese', 'English (CET-6)'],
    certs: [],
    summary: 'Game UX lead, 10 years from mobile casual to console action titles.',
    gaps: [{ start: '2022-08', end: '2023-02', note: 'Career break (working holiday, New Zealand)' }],
    extra: { passport: 'E•••••217', travelPurpose: 'Business (B1) – GDC conference, San Francisco' },
  },
  {
    id: 'p16', language: 'mixed', name: '许梦洁', nameAlt: 'Mandy Xu', surname: 'XU', given: 'MENGJIE', gender: 'F', born: '1997-09-23',
    nationality: 'China', address: '浙江省杭州市滨江区江汉路1785号双城国际4幢1208', city: 'Hangzhou',
    email: 'mandy_xu0923@163.com', phone: '+8615858123470', phoneLocal: '158 5812 3470',
    skills: ['Amazon Seller Central', 'Shopify', 'Google Ads', 'Helium 10', 'Excel (VLOOKUP, 数据透视表) | Excel', 'Listing optimisation | listing optimization', 'TikTok Shop'],
    work: [
      { company: 'Wavetide E-commerce', title: 'Operations Intern', titleZh: '运营实习生', city: 'Hangzhou', start: '2019-06', end: '2019-09', internship: true,
        duties: ['Keyword research and product listing for 30 SKUs'] },
      { company: 'Brightpeak Cosmetics', title: 'Cross-border E-commerce Specialist', titleZh: '跨境电商专员', city: 'Hangzhou', start: '2020-07', end: '2022-06',
        duties: ['Ran Amazon US/UK stores; GMV USD 1.6 M in 2021'] },
      { company: 'Brightpeak Cosmetics', title: 'E-commerce Operations Supervisor', titleZh: '电商运营主管', city: 'Hangzhou', start: '2022-07', end: '2024-03',
        duties: ['Supervised 4 specialists; launched Shopify DTC site'] },
      { company: 'Nimbus Home Goods', title: 'Overseas Marketplace Manager', titleZh: '海外平台运营经理', city: 'Hangzhou', start: '2024-04', end: null,
        duties: ['Amazon, TikTok Shop and Walmart channels in US and EU', 'ACoS cut from 32% to 21%'] },
    ],
    education: [{ school: 'Zhejiang Institute of International Studies 浙江外语学院', degree: 'Bachelor 学士', field: 'Business English 商务英语', start: '2016-09', end: '2020-06', city: 'Hangzhou' }],
    languages: ['Mandarin (native)', 'English (TEM-8)'],
    certs: ['Google Ads Search Certification'],
    summary: '6年跨境电商运营经验 / 6 years in cross-border e-commerce.',
    extra: { 期望薪资: '30-35K × 14', 到岗时间: '1个月' },
  },
];

/** the printed spelling of a skill */
export const skillText = (s: string): string => s.split(' | ')[0];
