/**
 * heldout-32: sixteen invented people. Every name, employer, school, address, e-mail and phone number is made up.
 * Skills: first spelling is what the documents print; anything after ` | ` is an accepted synonym for the truth file.
 */
export type Lang = 'en' | 'zh' | 'mixed';
export interface Job {
  company: string;
  title: string;
  /** Second-language title (mixed people's bilingual documents). */
  titleAlt?: string;
  start: string;
  end: string | null;
  town?: string;
  bullets: string[];
}
export interface School { school: string; degree: string; start: string; end: string; town?: string }
export interface Referee { name: string; role: string; org: string; phone: string; email?: string }
export interface Person {
  id: string;
  language: Lang;
  /** As written; for mixed people the Chinese name. */
  name: string;
  /** Latin-script name of mixed people. */
  latin?: string;
  gender: 'M' | 'F';
  born: string; // YYYY-MM-DD
  nationality: string;
  email: string;
  /** E.164. */
  phone: string;
  /** As the person writes it. */
  phoneLocal: string;
  address: string;
  headline: string;
  summary: string;
  skills: string[];
  jobs: Job[];
  education: School[];
  languages: string[];
  certificates: string[];
  referees: Referee[];
  /** Anything the person would add (hobbies, ID numbers, marital status...). */
  extra: Record<string, string>;
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Aminath Shiuna', gender: 'F', born: '1990-04-17', nationality: 'Maldivian',
    email: 'shiuna.aminath@outlook.com', phone: '+9607773195', phoneLocal: '777-3195',
    address: 'H. Dhoshimeyna Villa, Boduthakurufaanu Magu, Malé 20026, Republic of Maldives',
    headline: 'Registered Nurse',
    summary: 'Registered nurse with ten years in island health centres, a resort clinic and an urban hospital ward. Used to working alone on call, arranging medical evacuations by sea and air, and teaching patients in Dhivehi and English.',
    skills: ['Wound care | wound management', 'IV cannulation', 'Triage', 'Infection prevention and control | IPC', 'Patient education', 'Medication administration', 'MS Office'],
    jobs: [
      { company: 'Sifaa Medical Centre', title: 'Staff Nurse', start: '2013-03', end: '2016-08', town: 'Malé', bullets: ['Rotated through outpatient, dressing room and minor-procedure units (30-40 patients per shift).', 'Prepared and administered oral and IV medication under supervision of the duty medical officer.'] },
      { company: 'Atoll Care Health Centre', title: 'Nursing Officer', start: '2016-10', end: '2020-01', town: 'Kulhudhuffushi', bullets: ['In charge of the night shift and the maternal and child health clinic.', 'Coordinated 46 sea-ambulance and air transfers to the regional hospital.', 'Ran monthly infection-control audits and staff refresher sessions.'] },
      { company: 'Vaali Island Resort & Spa', title: 'Resort Nurse', start: '2021-01', end: '2023-05', town: 'Lhaviyani Atoll', bullets: ['Sole nurse for 420 guests and 380 staff; first response for diving and water-sports injuries.', 'Kept the clinic formulary, cold chain and incident register to Ministry of Health standards.'] },
      { company: 'Hulhumalé Medicare', title: 'Senior Staff Nurse', start: '2023-06', end: null, town: 'Hulhumalé', bullets: ['Senior nurse on a 28-bed medical ward; rosters and supervises 11 nurses.', 'Leads the ward diabetes education sessions and discharge teaching.'] },
    ],
    education: [
      { school: 'Maldives National University, Faculty of Health Sciences', degree: 'Bachelor of Nursing', start: '2009-03', end: '2012-12', town: 'Malé' },
      { school: 'Aminiya School', degree: 'GCE Advanced Level', start: '2006-01', end: '2008-12', town: 'Malé' },
    ],
    languages: ['Dhivehi (native)', 'English (fluent)', 'Hindi (basic)'],
    certificates: ['Maldives Nursing and Midwifery Council registration No. MNC-RN-04188', 'Basic Life Support (BLS), 2024', 'Advanced Cardiac Life Support (ACLS), 2023'],
    referees: [
      { name: 'Dr. Ibrahim Nashid', role: 'Medical Director', org: 'Hulhumalé Medicare', phone: '+960 332-7104', email: 'nashid.i@hmedicare.mv' },
      { name: 'Ms. Fathimath Reema', role: 'Nursing Supervisor', org: 'Atoll Care Health Centre', phone: '+960 652-0917' },
    ],
    extra: { 'National ID': 'A219874', 'Marital status': 'Married', 'Permanent address': 'Dhoshimeyna, Kulhudhuffushi, HDh. Atoll' },
  },
  {
    id: 'p02', language: 'en', name: 'Jean-Paul Hoareau', gender: 'M', born: '1987-09-02', nationality: 'Seychellois',
    email: 'jphoareau.sez@gmail.com', phone: '+2482517840', phoneLocal: '2 51 78 40',
    address: 'Anse Etoile, Mahé, Seychelles',
    headline: 'Marine Scientist (Fisheries)',
    summary: 'Fisheries and reef scientist: fifteen years of catch monitoring, reef surveys and stock assessment for the artisanal and semi-industrial fleets of the Mahé Plateau.',
    skills: ['Fish stock assessment | stock assessment', 'R | R programming', 'QGIS', 'Underwater visual census | UVC', 'Acoustic telemetry', 'Report writing', 'Microsoft Access'],
    jobs: [
      { company: 'Seychelles Marine Resources Board', title: 'Fisheries Technician', start: '2011-02', end: '2014-08', town: 'Victoria', bullets: ['Landing-site catch sampling at Victoria, Bel Ombre and Anse Royale.', 'Entered and cleaned logbook data for the artisanal catch-assessment survey.'] },
      { company: 'Seychelles Marine Resources Board', title: 'Fisheries Research Officer', start: '2014-09', end: '2019-12', town: 'Victoria', bullets: ['Led the annual demersal stock assessment (length-based methods in R).', 'Designed the acoustic-tagging study of spawning aggregations of the rabbitfish fishery.'] },
      { company: 'Blue Atoll Conservation Trust', title: 'Senior Research Officer', start: '2020-01', end: '2023-03', town: 'Praslin', bullets: ['Ran reef monitoring on 24 sites after the 2020 bleaching event; trained 9 local divers.', 'Wrote donor reports and two peer-reviewed papers.'] },
      { company: 'Mahé Coastal Consultancy Ltd', title: 'Marine Scientist', start: '2023-04', end: null, town: 'Providence', bullets: ['Environmental impact assessments for marinas and coastal works.', 'Baseline benthic and fish surveys; GIS mapping of sensitive habitats.'] },
    ],
    education: [
      { school: 'University of Seychelles', degree: 'BSc Environmental Science', start: '2007-09', end: '2010-07', town: 'Anse Royale' },
      { school: 'University of Hull (distance learning)', degree: 'MSc Fisheries Science', start: '2015-09', end: '2017-12' },
    ],
    languages: ['Seychellois Creole (native)', 'English (fluent)', 'French (fluent)'],
    certificates: ['PADI Divemaster', 'Scientific diver (HSE equivalent), 2018'],
    referees: [
      { name: 'Mrs. Marie-Claire Payet', role: 'Director of Research', org: 'Seychelles Marine Resources Board', phone: '+248 4 22 35 11' },
      { name: 'Dr. Alain Confait', role: 'Programme Manager', org: 'Blue Atoll Conservation Trust', phone: '+248 2 77 40 16' },
    ],
    extra: { 'NIN': '987-0902-1-44-17', 'District': 'Anse Etoile', 'Marital status': 'Single' },
  },
  {
    id: 'p03', language: 'en', name: 'Siosaia Fifita', gender: 'M', born: '1984-01-23', nationality: 'Tongan',
    email: 'sfifita.acc@gmail.com', phone: '+6767784213', phoneLocal: '778 4213',
    address: "P.O. Box 1187, Kolofo'ou, Nuku'alofa, Tongatapu, Kingdom of Tonga",
    headline: 'Chief Financial Officer, CPA',
    summary: 'Chartered accountant with experience in external audit, shipping and a health charity. Has taken two organisations from late, qualified accounts to clean audits within a year.',
    skills: ['IFRS | IFRS reporting', 'MYOB', 'Xero', 'External audit | audit', 'Budgeting and forecasting | budgeting', 'Excel | Microsoft Excel', 'Payroll'],
    jobs: [
      { company: 'Friendly Islands Trading Co. Ltd', title: 'Accounts Clerk', start: '2009-01', end: '2012-06', town: "Nuku'alofa", bullets: ['Accounts payable and receivable for four retail stores.', 'Monthly bank reconciliations and consumption tax returns.'] },
      { company: 'Pacific Audit Partners', title: 'Audit Senior', start: '2012-07', end: '2017-12', town: "Nuku'alofa", bullets: ['Led statutory audits of public enterprises, banks and NGOs (IFRS / IFRS for SMEs).', 'Supervised teams of three to five audit assistants.'] },
      { company: 'Kingdom Shipping Lines Ltd', title: 'Finance Manager', start: '2018-02', end: '2022-09', town: "Nuku'alofa", bullets: ['Moved the ledgers from spreadsheets to MYOB; month-end close cut from 25 to 8 days.', 'Prepared the fleet-renewal budget and loan application (TOP 14 million).'] },
      { company: 'Tupou Health Foundation', title: 'Chief Financial Officer', start: '2022-11', end: null, town: "Nuku'alofa", bullets: ['Responsible for finance, payroll (140 staff) and donor reporting.', 'Introduced Xero and quarterly board reporting; first unqualified audit opinion in 2024.'] },
    ],
    education: [
      { school: 'University of the South Pacific', degree: 'Bachelor of Commerce (Accounting & Economics)', start: '2004-02', end: '2007-11', town: 'Suva, Fiji' },
      { school: 'Tonga College', degree: 'Pacific Senior Secondary Certificate', start: '1997-01', end: '2002-12', town: "'Atele" },
    ],
    languages: ['Tongan (native)', 'English (fluent)'],
    certificates: ['CPA Australia (Certified Practising Accountant), 2014', 'Member, Tonga Institute of Accountants'],
    referees: [
      { name: "Mr. Viliami Tu'ipulotu", role: 'Chair, Board of Trustees', org: 'Tupou Health Foundation', phone: '+676 25 611' },
      { name: 'Ms. Ana Havili', role: 'Partner', org: 'Pacific Audit Partners', phone: '+676 23 470', email: 'ahavili@pacaudit.to' },
    ],
    extra: { 'Village': "Kolofo'ou", 'Marital status': 'Married, 3 children', 'Church': 'Free Wesleyan Church of Tonga' },
  },
  {
    id: 'p04', language: 'en', name: 'Grace Wanjiru Kamau', gender: 'F', born: '1993-06-11', nationality: 'Kenyan',
    email: 'grace.wanjiru.k@gmail.com', phone: '+254722418903', phoneLocal: '0722 418 903',
    address: 'P.O. Box 18342-00100, Nairobi',
    headline: 'Logistics Manager | Fresh Produce Exports',
    summary: 'Logistics professional with ten years in freight forwarding, transport and fresh-produce export. Strong in customs clearance, fleet management and cold chain from farm to JKIA.',
    skills: ['Customs clearance', 'Fleet management', 'SAP MM | SAP', 'Warehouse management | WMS', 'Incoterms', 'Cold chain logistics | cold chain', 'Excel'],
    jobs: [
      { company: 'Savanna Freight Forwarders Ltd', title: 'Logistics Intern', start: '2015-05', end: '2015-10', town: 'Mombasa', bullets: ['Prepared import documents and tracked containers through Kilindini port.'] },
      { company: 'Savanna Freight Forwarders Ltd', title: 'Clearing & Forwarding Assistant', start: '2015-11', end: '2018-03', town: 'Mombasa', bullets: ['Lodged customs entries for 60+ consignments a month.', 'Followed up releases with shipping lines, KPA and KRA.'] },
      { company: 'Lakeside Logistics (K) Ltd', title: 'Fleet Supervisor', start: '2018-04', end: '2021-07', town: 'Nakuru', bullets: ['Supervised 38 trucks and 52 drivers on Nakuru–Kampala–Kigali routes.', 'Cut fuel cost per km by 11% with GPS tracking and driver scorecards.'] },
      { company: 'Mara Agro Exporters', title: 'Logistics Manager', start: '2021-09', end: null, town: 'Nairobi', bullets: ['Runs outbound logistics for avocado, French beans and cut flowers to the EU and Middle East.', 'Manages pack-house warehouse, reefer bookings and air-freight allocations at JKIA.'] },
    ],
    education: [
      { school: 'Jomo Kenyatta University of Agriculture and Technology', degree: 'BCom (Procurement and Logistics)', start: '2011-09', end: '2015-04', town: 'Juja' },
      { school: 'Kenya High School', degree: 'KCSE (A-)', start: '2007-01', end: '2010-11', town: 'Nairobi' },
    ],
    languages: ['English', 'Kiswahili', 'Kikuyu'],
    certificates: ['CIPS Level 4 Diploma in Procurement and Supply', 'Certified Customs Agent (KRA), 2016'],
    referees: [
      { name: 'Mr. Peter Otieno', role: 'Operations Director', org: 'Mara Agro Exporters', phone: '0733 902 118', email: 'p.otieno@maraagro.co.ke' },
      { name: 'Mrs. Esther Chebet', role: 'General Manager', org: 'Lakeside Logistics (K) Ltd', phone: '0710 554 026' },
    ],
    extra: { 'ID No.': '29481736', 'Marital status': 'Single', 'Hobbies': 'Hiking, church choir' },
  },
  {
    id: 'p05', language: 'en', name: 'Mateo Fernández', gender: 'M', born: '1990-11-05', nationality: 'Argentine',
    email: 'mateofdz@proton.me', phone: '+5493415762208', phoneLocal: '+54 9 341 576-2208',
    address: 'Rosario, Santa Fe, Argentina',
    headline: 'Staff Backend Engineer · distributed systems · remote',
    summary: 'Backend engineer (12 yrs) building payment and data platforms for US and European companies from Argentina. Happiest owning a service end to end: design, on-call, the boring migrations.',
    skills: ['Go | Golang', 'PostgreSQL | Postgres', 'Kubernetes | k8s', 'gRPC', 'TypeScript', 'Terraform', 'Kafka | Apache Kafka', 'AWS | Amazon Web Services'],
    jobs: [
      { company: 'Paraná Sistemas S.A.', title: 'Junior Developer', start: '2014-03', end: '2016-06', town: 'Rosario', bullets: ['PHP and Java maintenance on a municipal tax system.', 'Wrote the first automated test suite for the billing module.'] },
      { company: 'Cuyo Labs', title: 'Backend Developer', start: '2016-07', end: '2019-09', town: 'Mendoza (remote)', bullets: ['Node.js and TypeScript APIs for wine-export logistics clients.', 'Moved deployments from VMs to Docker and Kubernetes.'] },
      { company: 'Tangelo Payments Inc.', title: 'Senior Software Engineer', start: '2020-04', end: '2023-10', town: 'Remote', bullets: ['Rewrote the ledger service in Go: p99 latency from 900 ms to 60 ms, 4x throughput.', 'Designed the Kafka-based settlement pipeline (2M events/day).', 'On-call lead for the payments team.'] },
      { company: 'Fjordline Data', title: 'Staff Engineer', start: '2023-11', end: null, town: 'Remote', bullets: ['Tech lead for the ingestion platform (gRPC, Postgres, Terraform on AWS).', 'Mentors six engineers; runs the architecture review.'] },
    ],
    education: [
      { school: 'Universidad Nacional de Rosario', degree: 'Ingeniería en Sistemas de Información (BSc/MSc eq.)', start: '2009-03', end: '2015-12', town: 'Rosario' },
    ],
    languages: ['Spanish (native)', 'English (C1)', 'Portuguese (conversational)'],
    certificates: ['AWS Certified Solutions Architect – Associate (2022)', 'CKAD (2021)'],
    referees: [],
    extra: { 'Time zone': 'UTC-3 (overlaps US Eastern)', 'GitHub': 'github.com/mfdz-ros', 'Career break': 'Oct 2019 – Mar 2020: travel, Patagonia and Chile' },
  },
  {
    id: 'p06', language: 'en', name: 'Leilani Kahananui', gender: 'F', born: '1988-02-29', nationality: 'American',
    email: 'leilani.kahananui@icloud.com', phone: '+18083729164', phoneLocal: '(808) 372-9164',
    address: '44-118 Kaneohe Bay Dr, Kailua, HI 96734',
    headline: 'Executive Chef',
    summary: 'Chef with sixteen years in resort and farm-to-table kitchens on Oʻahu. Builds menus around local fish and produce, keeps food cost under 29%, and trains cooks who stay.',
    skills: ['Menu development | menu engineering', 'Food costing | food cost control', 'Whole-animal butchery | butchery', 'Fermentation', 'Inventory control', 'Toast POS', 'Staff training'],
    jobs: [
      { company: 'Hale Kai Beach Resort', title: 'Commis Cook', start: '2010-06', end: '2012-08', town: 'Waikīkī', bullets: ['Garde manger and banquet prep for events up to 600 covers.'] },
      { company: 'Mauka Table', title: 'Line Cook', start: '2012-09', end: '2015-04', town: 'Honolulu', bullets: ['Grill and sauté stations, 180 covers a night.', 'Started the in-house fermentation program (shoyu koji, fish sauce).'] },
      { company: 'Mauka Table', title: 'Sous Chef', start: '2015-05', end: '2019-02', town: 'Honolulu', bullets: ['Ran the line five nights a week; ordering, scheduling and DOH inspections.', 'Whole-animal butchery for pork and goat from Windward farms.'] },
      { company: 'Ohana Provisions Catering', title: 'Executive Chef', start: '2019-04', end: null, town: 'Kailua', bullets: ['Leads a team of 14 across catering, a café and a 60-seat dining room.', 'Food cost from 34% to 28.5% through menu engineering and Toast inventory.', 'Kept the whole kitchen staff employed through 2020 with meal-kit delivery.'] },
    ],
    education: [
      { school: 'Kapiʻolani Community College', degree: 'A.A.S. Culinary Arts', start: '2007-08', end: '2009-12', town: 'Honolulu' },
    ],
    languages: ['English', 'Hawaiian (conversational)'],
    certificates: ['ServSafe Food Protection Manager (exp. 2027)', 'Hawaii DOH Food Handler'],
    referees: [
      { name: 'Kekoa Alapaʻi', role: 'Owner', org: 'Mauka Table', phone: '(808) 941-2250' },
    ],
    extra: { 'Awards': 'Hale ʻAina Award, Best New Restaurant (Mauka Table team), 2016', 'Competitions': 'Taste of the Hawaiian Range, featured chef 2022, 2024' },
  },
  {
    id: 'p07', language: 'en', name: 'Fiona MacAskill', gender: 'F', born: '1986-07-19', nationality: 'British',
    email: 'fiona.macaskill.vet@gmail.com', phone: '+447823415667', phoneLocal: '07823 415667',
    address: '3 Bayfield Road, Portree, Isle of Skye IV51 9EL, United Kingdom',
    headline: 'Veterinary Surgeon, MRCVS',
    summary: 'Mixed-practice vet with a farm-animal bias, at home in remote and island communities. Experienced in sheep and beef herd health, TB testing, small-animal soft-tissue surgery and running a practice.',
    skills: ['TB testing | bovine TB testing', 'Ultrasound scanning', 'Flock health planning | ovine flock health', 'Soft-tissue surgery', 'Herd health planning', 'Anaesthesia', 'RoboVet'],
    jobs: [
      { company: 'Glenmorven Veterinary Practice', title: 'Veterinary Surgeon', start: '2011-08', end: '2016-03', town: 'Oban', bullets: ['Mixed practice (60% farm): calvings, caesareans, fertility work and island visits by ferry.', 'Small-animal consults and routine surgery.'] },
      { company: 'Highland Large Animal Referrals', title: 'Farm Animal Veterinary Surgeon', start: '2016-05', end: '2020-11', town: 'Inverness', bullets: ['Herd health plans for 70 beef and dairy units; scanning 40,000 ewes a season.', 'Official Veterinarian for TB testing and export certification.'] },
      { company: 'Skye & Lochalsh Vets', title: 'Clinical Director', start: '2021-09', end: null, town: 'Portree', bullets: ['Runs a four-vet mixed practice; clinical governance, rotas and RCVS Practice Standards.', 'Set up crofter flock-health clubs with the local agricultural society.'] },
    ],
    education: [
      { school: 'University of Glasgow School of Veterinary Medicine', degree: 'BVMS', start: '2006-09', end: '2011-06', town: 'Glasgow' },
      { school: 'Portree High School', degree: 'Highers and Advanced Highers', start: '1998-08', end: '2004-06', town: 'Portree' },
    ],
    languages: ['English', 'Scottish Gaelic (fluent)'],
    certificates: ['MRCVS, RCVS registration No. 7104482', 'RCVS Certificate in Advanced Veterinary Practice (Cattle), 2019', 'Official Veterinarian (OV) — TB testing, export'],
    referees: [
      { name: 'Mr. Donald Morrison BVMS MRCVS', role: 'Director', org: 'Highland Large Animal Referrals', phone: '01463 790 512', email: 'donald@hlar.vet' },
      { name: 'Mrs. Morag Nicolson', role: 'Secretary', org: 'Skye Crofters Flock Health Club', phone: '01478 612 908' },
    ],
    extra: { 'Driving licence': 'Full UK (B, BE)', 'Career break': 'Dec 2020 – Aug 2021: maternity leave', 'ORCID': '0000-0002-5418-7730' },
  },
  {
    id: 'p08', language: 'zh', name: '邱雅婷', gender: 'F', born: '1992-03-08', nationality: '中国',
    email: 'qiuyating_dg@163.com', phone: '+8613826904417', phoneLocal: '138 2690 4417',
    address: '广东省东莞市南城区宏图路鸿福花园8栋1203',
    headline: '外贸主管 / 跨境电商运营',
    summary: '十年外贸与跨境电商经验，熟悉五金、家居类产品出口流程，能独立开发欧美客户、完成从询盘、打样、下单到出货收款的全流程。',
    skills: ['亚马逊店铺运营 | 亚马逊运营', '阿里巴巴国际站', '外贸单证', 'Excel数据透视表 | Excel', 'PS修图 | Photoshop', '报关报检', '客户开发'],
    jobs: [
      { company: '东莞市恒达五金制品有限公司', title: '外贸业务助理', start: '2014-07', end: '2016-05', bullets: ['协助业务员处理询盘、报价和样品寄送，跟进生产进度。', '制作发票、箱单、报关资料，联系货代订舱。'] },
      { company: '东莞市恒达五金制品有限公司', title: '外贸业务员', start: '2016-06', end: '2018-12', bullets: ['负责北美及澳洲市场，独立开发客户23家，年销售额约380万美元。', '参加广交会、香港五金展，现场接待客户。'] },
      { company: '深圳市海瑞跨境电商有限公司', title: '亚马逊运营专员', start: '2019-02', end: '2021-08', bullets: ['负责美国站、德国站厨房用品类目，管理SKU 120余个。', '优化Listing与广告结构，ACoS由38%降至21%。'] },
      { company: '东莞嘉禾家居用品有限公司', title: '外贸主管', start: '2021-09', end: null, bullets: ['带领5人外贸团队，负责欧美大客户及阿里国际站运营。', '2024年团队出口额1,260万美元，同比增长18%。'] },
    ],
    education: [
      { school: '广东外语外贸大学南国商学院', degree: '国际经济与贸易 本科', start: '2010-09', end: '2014-06', town: '广州' },
    ],
    languages: ['英语（CET-6，可作为工作语言）', '粤语'],
    certificates: ['国际商务单证员证书', '全国外贸业务员证书'],
    referees: [],
    extra: { '籍贯': '广东梅州', '婚姻状况': '已婚', '政治面貌': '群众', '期望薪资': '月薪18K-22K', '期望城市': '东莞 / 深圳' },
  },
  {
    id: 'p09', language: 'zh', name: '韩振宇', gender: 'M', born: '1994-10-21', nationality: '中国',
    email: '2873510946@qq.com', phone: '+8618681230975', phoneLocal: '186-8123-0975',
    address: '四川省成都市高新区天府三街',
    headline: '后端技术负责人（Java / Go）',
    summary: '9年后端开发经验，主导过日均千万级请求的交易系统与数据中台建设，熟悉高并发与分布式系统设计，目前远程带领8人团队。',
    skills: ['Java', 'Spring Boot | SpringBoot', 'MySQL', 'Redis', 'Kafka', 'Docker', 'Go语言 | Go | Golang', '分布式系统设计'],
    jobs: [
      { company: '成都云栈科技有限公司', title: '后端开发实习生', start: '2016-07', end: '2016-12', bullets: ['参与内部运维平台开发，编写接口与单元测试。'] },
      { company: '成都云栈科技有限公司', title: 'Java开发工程师', start: '2017-07', end: '2019-10', bullets: ['负责SaaS进销存系统订单、库存模块开发与维护。', '引入Redis缓存与异步队列，核心接口响应时间降低60%。'] },
      { company: '杭州青禾网络科技有限公司', title: '高级后端工程师', start: '2019-11', end: '2022-06', bullets: ['负责电商交易链路（下单、支付、退款）服务拆分，支撑大促峰值3.2万QPS。', '基于Kafka建设订单事件总线，日处理消息1.5亿条。'] },
      { company: '成都远帆软件有限公司', title: '技术负责人', start: '2022-08', end: null, bullets: ['远程管理8人后端团队，负责海外物流SaaS整体架构。', '推动核心服务由Java迁移至Go，服务器成本下降35%。'] },
    ],
    education: [
      { school: '西南交通大学', degree: '软件工程 本科', start: '2013-09', end: '2017-06', town: '成都' },
    ],
    languages: ['英语（CET-6，能阅读英文技术文档）'],
    certificates: ['系统架构设计师（软考高级）'],
    referees: [],
    extra: { '期望城市': '成都 / 远程', '期望': '远程 / 成都，技术负责人或架构师', 'GitHub': 'github.com/hanzy-dev', '博客': 'hanzy.dev' },
  },
  {
    id: 'p10', language: 'zh', name: '苏婉清', gender: 'F', born: '1990-05-14', nationality: '中国',
    email: 'suwanqing1990@126.com', phone: '+8613917425583', phoneLocal: '139 1742 5583',
    address: '上海市闵行区七宝镇漕宝路3366弄12号602室',
    headline: '财务经理',
    summary: '14年审计与企业财务经验，熟悉制造业成本核算、合并报表与税务筹划，主导过ERP财务模块上线。',
    skills: ['金蝶K/3 | 金蝶', '用友U8 | 用友', 'SAP FICO | SAP', '合并报表', '税务筹划', 'Excel VBA', '成本核算'],
    jobs: [
      { company: '上海信成会计师事务所（特殊普通合伙）', title: '审计助理', start: '2012-07', end: '2013-12', bullets: ['参与上市公司年报审计、IPO审计，负责货币资金、存货等科目底稿。'] },
      { company: '上海信成会计师事务所（特殊普通合伙）', title: '审计员', start: '2014-01', end: '2015-06', bullets: ['带领2-3人小组完成中小企业年审及专项审计。'] },
      { company: '上海亿朗贸易有限公司', title: '总账会计', start: '2015-08', end: '2019-03', bullets: ['负责总账、月结、纳税申报及年度审计对接。', '搭建用友U8费用报销流程，报销周期由10天缩短至3天。'] },
      { company: '苏州华鼎精密机械股份有限公司', title: '财务主管', start: '2019-05', end: '2023-12', bullets: ['负责成本核算与3家子公司合并报表。', '参与SAP FICO上线，完成成本中心与标准成本体系设计。'] },
      { company: '上海澄明医疗器械有限公司', title: '财务经理', start: '2024-03', end: null, bullets: ['全面负责公司财务管理、预算、税务及融资工作，管理6人团队。'] },
    ],
    education: [
      { school: '上海立达财经学院', degree: '会计学 本科', start: '2008-09', end: '2012-06', town: '上海' },
    ],
    languages: ['英语（CET-6）'],
    certificates: ['中级会计师（2016）', '税务师（2019）', 'CPA 专业阶段4科'],
    referees: [],
    extra: { '户籍': '江苏南通', '婚姻状况': '已婚', '政治面貌': '中共党员', '到岗时间': '一个月内', '期望薪资': '年薪35-40万' },
  },
  {
    id: 'p11', language: 'zh', name: '龙建国', gender: 'M', born: '1973-08-02', nationality: '中国',
    email: 'longjianguo73@163.com', phone: '+8613508516620', phoneLocal: '135-0851-6620',
    address: '贵州省贵阳市观山湖区金阳南路6号世纪城龙泽苑',
    headline: '项目总监 / 一级建造师（市政、建筑）',
    summary: '从事道路桥梁及房建施工管理三十余年，担任项目经理期间完成项目12个，其中获省级优质工程2项、安全文明标准化工地3项。',
    skills: ['AutoCAD | CAD', '广联达预算 | 广联达', '施工组织设计', 'Microsoft Project | Project', '安全文明施工管理', 'BIM（Revit） | Revit | BIM'],
    jobs: [
      { company: '黔南路桥建设有限公司', title: '施工员', start: '1995-07', end: '2001-06', bullets: ['负责都匀至独山公路路基、涵洞施工现场管理。'] },
      { company: '黔南路桥建设有限公司', title: '项目副经理', start: '2001-07', end: '2008-03', bullets: ['协助项目经理管理二级公路及中小桥梁项目，负责进度与质量。'] },
      { company: '贵州安顺恒建集团有限公司', title: '项目经理', start: '2008-04', end: '2016-09', bullets: ['先后负责安顺经济开发区道路、保障房等6个项目，单项合同额最高3.6亿元。', '项目获贵州省“黄果树杯”优质工程奖。'] },
      { company: '遵义城投建设工程有限公司', title: '工程部经理', start: '2016-10', end: '2022-05', bullets: ['管理在建项目9个，负责施工单位考核、工程变更与结算审核。'] },
      { company: '贵阳筑诚工程管理咨询有限公司', title: '项目总监', start: '2022-07', end: null, bullets: ['担任全过程工程咨询项目总监，负责观山湖区学校及安置房项目。'] },
    ],
    education: [
      { school: '贵州工业大学', degree: '道路与桥梁工程 大专', start: '1992-09', end: '1995-07', town: '贵阳' },
      { school: '重庆交通大学（函授）', degree: '土木工程 本科', start: '2003-03', end: '2006-01' },
    ],
    languages: [],
    certificates: ['一级建造师（市政公用工程、建筑工程）', '高级工程师（2012）', '安全生产考核合格证（B证）'],
    referees: [],
    extra: { '民族': '苗族', '籍贯': '贵州凯里', '政治面貌': '中共党员', '婚姻状况': '已婚', '职称': '高级工程师', '身高': '172cm' },
  },
  {
    id: 'p12', language: 'zh', name: '杜思远', gender: 'M', born: '1995-12-03', nationality: '中国',
    email: 'dusiyuan@lingxi-robotics.cn', phone: '+8615810627734', phoneLocal: '158 1062 7734',
    address: '北京市海淀区上地信息路28号',
    headline: '机器人创业者 / 算法工程师',
    summary: '灵犀智造创始人，专注仓储移动机器人的定位导航与整机研发；此前在无人机与服务机器人公司从事嵌入式与SLAM算法开发。',
    skills: ['ROS', 'C++', 'SLAM', 'STM32', 'PyTorch', 'Linux驱动开发 | Linux驱动', 'PCB设计'],
    jobs: [
      { company: '北京清芯微电子有限公司', title: '嵌入式开发实习生', start: '2015-07', end: '2015-12', bullets: ['基于STM32完成传感器采集板固件开发与调试。'] },
      { company: '深圳飞翎智能科技有限公司', title: '嵌入式软件工程师', start: '2017-07', end: '2020-04', bullets: ['负责植保无人机飞控外设驱动与通信协议开发。', '主导电机驱动板Linux驱动移植，量产出货2万台。'] },
      { company: '北京知行机器人有限公司', title: '算法工程师', start: '2020-05', end: '2022-02', bullets: ['负责激光+视觉融合SLAM算法研发，定位精度提升至±2cm。', '申请发明专利3项（已授权1项）。'] },
      { company: '北京灵犀智造科技有限公司', title: '创始人兼CEO', start: '2022-03', end: null, bullets: ['带领22人团队完成两代仓储AMR产品研发，累计交付160台。', '完成天使轮及Pre-A轮融资共计4,500万元。'] },
    ],
    education: [
      { school: '北京航空航天大学', degree: '自动化 本科', start: '2013-09', end: '2017-06', town: '北京' },
    ],
    languages: ['英语（CET-6，雅思7.0）'],
    certificates: [],
    referees: [],
    extra: { '期望城市': '北京', '政治面貌': '共青团员', '籍贯': '河南洛阳', '身份证号': '410305199512033518' },
  },
  {
    id: 'p13', language: 'mixed', name: '林嘉欣', latin: 'LAM Ka Yan, Karen', gender: 'F', born: '1991-01-26', nationality: 'Hong Kong SAR, China',
    email: 'kayan.lam@outlook.com', phone: '+85294162738', phoneLocal: '9416 2738',
    address: 'Flat 12B, Block 3, Tsuen Fung Court, 68 Castle Peak Road, Tsuen Wan, N.T., Hong Kong',
    headline: 'Head of Compliance | 合規主管',
    summary: 'Compliance professional with 13 years in securities, asset management and virtual banking in Hong Kong. SFC Responsible Officer experience, AML/CFT programme design and regulatory inspections.',
    skills: ['AML/CFT | anti-money laundering | AML', 'KYC | know your customer', 'SFC licensing | SFC regulatory compliance', 'Regulatory reporting', 'Actimize | NICE Actimize', 'Bloomberg Terminal | Bloomberg', 'Python'],
    jobs: [
      { company: 'Harbourview Securities Limited', title: 'Graduate Trainee', titleAlt: '見習生', start: '2013-08', end: '2014-07', town: 'Central', bullets: ['Rotated through operations, dealing and compliance.'] },
      { company: 'Harbourview Securities Limited', title: 'Compliance Officer', titleAlt: '合規主任', start: '2014-08', end: '2018-05', town: 'Central', bullets: ['Trade surveillance, account-opening reviews and SFC licensing filings.', 'Prepared the firm for two SFC on-site inspections with no major findings.'] },
      { company: 'Pearl Delta Asset Management (HK) Ltd', title: 'Senior Compliance Manager', titleAlt: '高級合規經理', start: '2018-06', end: '2023-02', town: 'Admiralty', bullets: ['Built the AML/CFT risk assessment and KYC refresh programme for 3,400 clients.', 'Automated regulatory reporting in Python, saving ~40 hours a month.'] },
      { company: 'Jade Bridge Virtual Bank Limited', title: 'Head of Compliance', titleAlt: '合規主管', start: '2023-03', end: null, town: 'Kwun Tong', bullets: ['Leads a team of 9 covering AML, sanctions, regulatory compliance and HKMA liaison.', 'Implemented Actimize transaction monitoring; false positives down 35%.'] },
    ],
    education: [
      { school: 'The Chinese University of Hong Kong', degree: 'BBA (Professional Accountancy)', start: '2009-09', end: '2013-06', town: 'Shatin' },
      { school: 'The University of Hong Kong', degree: 'LLM in Compliance and Regulation (part-time)', start: '2016-09', end: '2018-06', town: 'Pokfulam' },
    ],
    languages: ['Cantonese (native)', 'English (fluent)', 'Putonghua (fluent)'],
    certificates: ['Certified Anti-Money Laundering Specialist (CAMS), 2017', 'HKSI LE Paper 1, 2, 6'],
    referees: [],
    extra: { 'HKID': 'Y123456(7)', 'Notice period': '2 months' },
  },
  {
    id: 'p14', language: 'mixed', name: '周翊', latin: 'Ethan ZHOU Yi', gender: 'M', born: '1988-06-30', nationality: '中国 / PRC',
    email: 'ethan.zhouyi@foxmail.com', phone: '+8613728519036', phoneLocal: '137 2851 9036',
    address: '广东省深圳市福田区香蜜湖街道农园路 / Futian District, Shenzhen, China',
    headline: 'EN<>ZH Legal & Patent Translator | 法律及专利翻译',
    summary: 'English–Chinese translator since 2011, 4 million words translated, specialised in contracts, litigation documents and patents (telecoms, medical devices). Trados and memoQ power user; also reviews MT output.',
    skills: ['SDL Trados Studio | Trados', 'memoQ', 'Legal translation', 'Patent translation', 'Terminology management', 'Subtitling | subtitles', 'MTPE | post-editing'],
    jobs: [
      { company: '深圳译通语言服务有限公司', title: 'Translator Intern', titleAlt: '翻译实习生', start: '2011-03', end: '2011-08', town: '深圳', bullets: ['Translated product manuals and trade correspondence; proofread TM output.'] },
      { company: '深圳译通语言服务有限公司', title: 'Translator & Project Coordinator', titleAlt: '笔译兼项目协调', start: '2011-09', end: '2014-04', town: '深圳', bullets: ['Translated ~600,000 words a year (legal, IT); coordinated 15 freelance translators.'] },
      { company: 'TransPacific Localization Ltd.', title: 'Senior Localization Specialist', titleAlt: '高级本地化专员', start: '2014-05', end: '2018-12', town: 'Hong Kong', bullets: ['Lead linguist for two telecom equipment makers; managed term bases of 40,000 entries.', 'Subtitled training videos and ran linguistic QA.'] },
      { company: 'Sino-Lex Legal Translation Studio', title: 'Lead Translator', titleAlt: '首席译员', start: '2019-01', end: null, town: '深圳', bullets: ['Translates and reviews contracts, arbitration filings and patent specifications for law firms.', 'Set up the studio MTPE workflow and style guide.'] },
    ],
    education: [
      { school: '广东外语外贸大学', degree: 'BA English (Translation) / 英语（翻译方向）学士', start: '2006-09', end: '2010-06', town: '广州' },
      { school: 'University of Leeds', degree: 'MA Applied Translation Studies', start: '2010-09', end: '2011-02' },
    ],
    languages: ['Chinese (Mandarin, native; Cantonese)', 'English (near-native)'],
    certificates: ['CATTI Level 2 Translator (英语二级笔译)', 'ProZ.com Certified PRO Network'],
    referees: [],
    extra: { 'Rates': 'EN>ZH USD 0.09/word; ZH>EN USD 0.11/word', 'Output': '3,000-3,500 words/day' },
  },
  {
    id: 'p15', language: 'mixed', name: '黄思敏', latin: 'Cheryl NG Si Min', gender: 'F', born: '1993-09-14', nationality: 'Singaporean',
    email: 'cheryl.ngsm@gmail.com', phone: '+6591864427', phoneLocal: '9186 4427',
    address: 'Blk 418 Bedok North Ave 2, #07-233, Singapore 460418',
    headline: 'Senior Data Scientist',
    summary: 'Data scientist working on demand forecasting, pricing experiments and causal inference in logistics and healthcare. Former research engineer; publishes occasionally.',
    skills: ['Python', 'scikit-learn | sklearn', 'SQL', 'Causal inference', 'PySpark | Spark', 'Bayesian modelling | Bayesian statistics', 'Tableau'],
    jobs: [
      { company: 'Changi Analytics Lab', title: 'Data Science Intern', titleAlt: '数据科学实习生', start: '2015-05', end: '2015-08', town: 'Singapore', bullets: ['Built a baggage-delay prediction prototype in Python.'] },
      { company: 'Merlion Institute of Data Science', title: 'Research Engineer', titleAlt: '研究工程师', start: '2016-07', end: '2019-06', town: 'Singapore', bullets: ['Bayesian models for hospital bed demand; two conference papers.', 'Maintained the lab Spark cluster and data pipelines.'] },
      { company: 'Straits Health Analytics Pte Ltd', title: 'Data Scientist', titleAlt: '数据科学家', start: '2019-07', end: '2022-03', town: 'Singapore', bullets: ['Readmission-risk models used in three polyclinics; Tableau dashboards for clinicians.'] },
      { company: 'Tembusu Mobility Pte Ltd', title: 'Senior Data Scientist', titleAlt: '高级数据科学家', start: '2022-04', end: null, town: 'Singapore', bullets: ['Owns demand forecasting for 2,100 delivery riders (PySpark); forecast error down 18%.', 'Designed switchback experiments and causal analysis for dynamic pricing.'] },
    ],
    education: [
      { school: 'National University of Singapore', degree: 'B.Sc. (Hons) Statistics', start: '2012-08', end: '2016-05', town: 'Singapore' },
      { school: 'Nanyang Technological University', degree: 'M.Sc. Analytics (part-time)', start: '2018-08', end: '2020-06', town: 'Singapore' },
    ],
    languages: ['English', 'Mandarin (华语)', 'Hokkien (conversational)'],
    certificates: ['Google Cloud Professional Data Engineer (2023)'],
    referees: [],
    extra: { 'ORCID': '0000-0001-7264-3081', 'GitHub': 'github.com/cherylngsm' },
  },
  {
    id: 'p16', language: 'mixed', name: '許文傑', latin: 'HSU Wen-Chieh (Jay)', gender: 'M', born: '1987-04-09', nationality: 'Taiwan (R.O.C.)',
    email: 'wenchieh.hsu@gmail.com', phone: '+886932586417', phoneLocal: '0932-586-417',
    address: '新竹縣竹北市文興路一段 / Zhubei City, Hsinchu County, Taiwan',
    headline: 'Principal Process Integration Engineer',
    summary: 'Semiconductor process engineer (lithography → process integration), 14 years in 12-inch fabs in Hsinchu and Singapore. Yield ramp, SPC/FDC, DOE and 8D problem solving.',
    skills: ['Photolithography | lithography', 'SPC', 'DOE | design of experiments', 'JMP', 'FMEA', '8D problem solving | 8D', 'Yield enhancement | yield improvement'],
    jobs: [
      { company: '中華民國陸軍', title: 'Conscript (Compulsory Military Service)', titleAlt: '義務役士兵', start: '2010-07', end: '2011-06', town: '花蓮', bullets: ['Signal platoon; communications equipment maintenance.'] },
      { company: '聯晶半導體股份有限公司', title: 'Process Engineer (Photo)', titleAlt: '製程工程師（黃光）', start: '2012-08', end: '2016-09', town: '新竹科學園區', bullets: ['Owned 4 ArF scanners; CD and overlay control with SPC.', 'Reduced rework rate from 3.1% to 1.2%.'] },
      { company: '聯晶半導體股份有限公司', title: 'Senior Process Engineer', titleAlt: '資深製程工程師', start: '2016-10', end: '2019-12', town: '新竹科學園區', bullets: ['Led 28 nm photo module yield-improvement projects with DOE and JMP.', 'Team lead for 5 engineers; FMEA owner for the litho area.'] },
      { company: 'Kestrel Microsystems Pte Ltd', title: 'Principal Process Integration Engineer', titleAlt: '首席製程整合工程師', start: '2020-02', end: null, town: 'Singapore', bullets: ['Process integration owner for a 40 nm specialty node ramp; line yield 88% → 96%.', 'Chairs 8D reviews with customers and suppliers.'] },
    ],
    education: [
      { school: '國立清華大學', degree: 'M.S. Materials Science and Engineering 材料科學工程碩士', start: '2008-09', end: '2010-06', town: '新竹' },
      { school: '國立成功大學', degree: 'B.S. Chemical Engineering 化學工程學士', start: '2004-09', end: '2008-06', town: '台南' },
    ],
    languages: ['Mandarin (native)', 'Taiwanese Hokkien', 'English (TOEIC 885)'],
    certificates: ['Six Sigma Green Belt (2015)'],
    referees: [],
    extra: { 'Work pass': 'Singapore Employment Pass holder', 'Notice': '1 month' },
  },
];
