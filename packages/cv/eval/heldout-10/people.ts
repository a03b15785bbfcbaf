/**
 * heldout-10: sixteen invented people, typed by hand (blind writer, 2026-12-02).
 * Every name, address, e-mail and phone number is invented; phone numbers use fictional/drama ranges where they exist.
 */
export type Job = { company: string; title: string; start: string; end: string | null; place: string; bullets: string[] };
export type Person = {
  id: string; language: 'en' | 'zh' | 'mixed'; base: 'en' | 'zh';
  name: string; altName?: string; email: string; phone: string; phoneE164: string;
  town: string; headline: string; summary: string; born: string; nationality: string;
  skills: string[]; // as printed on the CV
  skillTruth: string[]; // "Primary | synonym"
  langs: string; certs: string[];
  education: { school: string; degree: string; start: string; end: string }[];
  work: Job[];
};

export const people: Person[] = [
  {
    id: 'p01', language: 'en', base: 'en', name: 'Rhiannon Pryce', email: 'rhiannon.pryce.physio@gmail.com', phone: '+44 7700 900418', phoneE164: '+447700900418',
    town: 'Penarth, Vale of Glamorgan', headline: 'Lead Physiotherapist (MSK & Sport)', born: '1992-05-14', nationality: 'British',
    summary: 'HCPC-registered physiotherapist with twelve years in NHS musculoskeletal outpatients, private sports injury practice and semi-professional rugby.',
    skills: ['Musculoskeletal assessment', 'Manual therapy', 'Exercise prescription', 'Sports injury rehabilitation', 'Dry needling', 'Pitch-side trauma care', 'Strapping and taping', 'Hydrotherapy', 'GPS load monitoring', 'SystmOne'],
    skillTruth: ['Musculoskeletal assessment | MSK assessment', 'Manual therapy', 'Exercise prescription', 'Sports injury rehabilitation | sports rehabilitation', 'Dry needling | acupuncture', 'Pitch-side trauma care | pitchside first aid', 'Strapping and taping | taping', 'Hydrotherapy | aquatic therapy', 'GPS load monitoring | athlete load monitoring', 'SystmOne'],
    langs: 'English (native), Welsh (conversational)', certs: ['HCPC registration PH118842', 'ITMMiF (Immediate Trauma Management in Football)'],
    education: [{ school: 'Cardiff Metropolitan University', degree: 'BSc (Hons) Physiotherapy', start: '2011-09', end: '2014-07' }],
    work: [
      { company: 'Cardiff and Vale University Health Board', title: 'Band 5 Rotational Physiotherapist', start: '2014-09', end: '2016-08', place: 'Cardiff', bullets: ['Rotations in respiratory, orthopaedic wards, stroke rehabilitation and MSK outpatients.', 'Delivered on-call respiratory cover at University Hospital of Wales.'] },
      { company: 'Cardiff and Vale University Health Board', title: 'Band 6 MSK Physiotherapist', start: '2016-09', end: '2019-03', place: 'Cardiff', bullets: ['Managed a caseload of 14 outpatients per day, including post-operative ACL and shoulder pathways.', 'Ran the lower-back class programme and supervised Band 5 staff and students.'] },
      { company: 'Pontcanna Sports Injury Clinic', title: 'Senior Physiotherapist', start: '2019-04', end: '2022-01', place: 'Cardiff', bullets: ['Assessed and treated runners, cyclists and amateur footballers; introduced dry-needling clinic.', 'Grew return-patient bookings by 30% through structured rehab plans.'] },
      { company: 'Glamorgan Valleys RFC', title: 'Lead Physiotherapist', start: '2022-10', end: null, place: 'Pontypridd', bullets: ['Lead a team of two physiotherapists and a soft-tissue therapist for a 45-player squad.', 'Built the return-to-play protocol and GPS-based training load reports with the S&C coach.'] },
    ],
  },
  {
    id: 'p02', language: 'en', base: 'en', name: 'Callum Strachan', email: 'callum.strachan@outlook.com', phone: '07700 900731', phoneE164: '+447700900731',
    town: 'Buckie, Moray', headline: 'Offshore Wind Turbine Technician', born: '1996-02-03', nationality: 'British',
    summary: 'GWO-certified wind turbine technician with offshore and onshore experience on Vestas and Siemens Gamesa fleets, now leading a six-person offshore crew.',
    skills: ['Hydraulic systems', 'Bolt torque and tensioning', 'Blade inspection', 'Rope access', 'SCADA fault-finding', 'Gearbox borescope inspection', 'Preventive maintenance', 'Isolation and LOTO', 'Permit to work', 'Working at height'],
    skillTruth: ['Hydraulic systems | hydraulics', 'Bolt torque and tensioning | bolt tensioning | torque tensioning', 'Blade inspection | wind turbine blade inspection', 'Rope access | IRATA rope access', 'SCADA fault-finding | SCADA', 'Gearbox borescope inspection | borescope inspection', 'Preventive maintenance | planned maintenance', 'Isolation and LOTO | lockout tagout | LOTO', 'Permit to work | PTW', 'Working at height'],
    langs: 'English', certs: ['GWO BST (Basic Safety Training)', 'IRATA Level 2', 'OPITO BOSIET'],
    education: [{ school: 'Moray College UHI', degree: 'Modern Apprenticeship in Engineering (SCQF Level 7)', start: '2013-08', end: '2017-06' }],
    work: [
      { company: 'Kintore Precision Ltd', title: 'Apprentice Mechanical Fitter', start: '2013-08', end: '2017-07', place: 'Inverurie', bullets: ['Fitted and overhauled pumps, gearboxes and hydraulic power units for oil and gas clients.'] },
      { company: 'Vestas Wind Systems', title: 'Wind Turbine Technician', start: '2017-08', end: '2020-05', place: 'Onshore, Highlands', bullets: ['Scheduled service and fault-finding on V90 and V112 turbines across six onshore sites.', 'Completed main-bearing and yaw-gear exchanges with crane teams.'] },
      { company: 'Moray Offshore Services Ltd', title: 'Offshore Wind Technician', start: '2020-06', end: '2023-02', place: 'Moray Firth', bullets: ['Two-weeks-on rota on SG 8.0-167 turbines; hydraulic pitch and converter faults.', 'Performed blade leading-edge inspections on rope.'] },
      { company: 'Moray Offshore Services Ltd', title: 'Lead Technician', start: '2023-03', end: null, place: 'Moray Firth', bullets: ['Lead a six-person crew; issue and close permits to work and isolations.', 'Cut average fault-response time from 19 to 11 hours.'] },
    ],
  },
  {
    id: 'p03', language: 'en', base: 'en', name: 'Danielle Okafor', email: 'danielle.okafor.rdh@yahoo.com', phone: '(503) 555-0147', phoneE164: '+15035550147',
    town: 'Beaverton, OR', headline: 'Registered Dental Hygienist', born: '1990-10-21', nationality: 'U.S. citizen',
    summary: 'Registered dental hygienist with periodontal focus and a background as a chairside dental assistant.',
    skills: ['Scaling and root planing', 'Periodontal charting', 'Digital radiography', 'Local anesthesia administration', 'Nitrous oxide monitoring', 'Dental sealants', 'Intraoral camera', 'Patient education', 'Dentrix', 'Eaglesoft'],
    skillTruth: ['Scaling and root planing | SRP', 'Periodontal charting | perio charting', 'Digital radiography | dental X-rays', 'Local anesthesia administration | local anesthesia', 'Nitrous oxide monitoring | nitrous oxide sedation', 'Dental sealants | sealants', 'Intraoral camera | intraoral imaging', 'Patient education', 'Dentrix', 'Eaglesoft'],
    langs: 'English, Igbo (basic)', certs: ['Oregon RDH License #H-40772', 'BLS for Healthcare Providers (AHA)'],
    education: [
      { school: 'Portland Community College', degree: 'A.A.S. Dental Hygiene', start: '2014-09', end: '2016-06' },
      { school: 'Mt. Hood Community College', degree: 'Dental Assisting Certificate', start: '2011-09', end: '2012-05' },
    ],
    work: [
      { company: 'Bright Path Dental Group', title: 'Dental Assistant', start: '2012-06', end: '2014-08', place: 'Gresham, OR', bullets: ['Four-handed chairside assisting, sterilization and radiographs for a three-dentist practice.'] },
      { company: 'Willamette Family Dentistry', title: 'Registered Dental Hygienist', start: '2016-08', end: '2020-03', place: 'Salem, OR', bullets: ['Saw 8–9 adult and pediatric patients per day; placed sealants and fluoride varnish.', 'Introduced intraoral camera photos into treatment presentation.'] },
      { company: 'Rosewood Periodontics', title: 'Periodontal Hygienist', start: '2020-10', end: null, place: 'Beaverton, OR', bullets: ['Full-mouth periodontal charting, SRP under local anesthesia and implant maintenance.', 'Train new hygienists on Dentrix perio charting.'] },
    ],
  },
  {
    id: 'p04', language: 'en', base: 'en', name: 'Siobhán Kearney', email: 'siobhan.kearney.news@gmail.com', phone: '+353 87 555 0192', phoneE164: '+353875550192',
    town: 'Rathmines, Dublin 6', headline: 'Deputy News Editor', born: '1989-01-30', nationality: 'Irish',
    summary: 'News journalist with fifteen years across regional weeklies, an evening daily and national broadcast digital news.',
    skills: ['News writing', 'Court reporting', 'Teeline shorthand', 'Sub-editing', 'Freedom of Information requests', 'Data journalism', 'Social media verification', 'Mobile journalism', 'Adobe Premiere Pro', 'WordPress'],
    skillTruth: ['News writing | news reporting', 'Court reporting', 'Teeline shorthand | shorthand', 'Sub-editing | copy editing', 'Freedom of Information requests | FOI requests', 'Data journalism', 'Social media verification | open-source verification', 'Mobile journalism | MoJo', 'Adobe Premiere Pro | Premiere Pro', 'WordPress'],
    langs: 'English, Irish (fluent)', certs: ['NCTJ Diploma in Journalism'],
    education: [{ school: 'University of Galway', degree: 'BA English and Irish; Higher Diploma in Journalism', start: '2007-09', end: '2011-06' }],
    work: [
      { company: 'Western Herald', title: 'Trainee Reporter', start: '2011-09', end: '2013-06', place: 'Castlebar', bullets: ['Covered district court, county council and GAA fixtures for a 14,000-circulation weekly.'] },
      { company: 'Western Herald', title: 'Court and Council Reporter', start: '2013-07', end: '2016-04', place: 'Castlebar', bullets: ['Broke the county housing-grant overspend story through FOI requests.'] },
      { company: 'Dublin Evening Courier', title: 'News Reporter', start: '2016-05', end: '2019-10', place: 'Dublin', bullets: ['General news and Criminal Courts of Justice reporting on daily deadlines.'] },
      { company: 'RTÉ News', title: 'Digital News Producer', start: '2019-11', end: '2023-08', place: 'Dublin', bullets: ['Produced live blogs and explainers for elections and the pandemic; verified user-generated video.'] },
      { company: 'The Leinster Ledger', title: 'Deputy News Editor', start: '2023-09', end: null, place: 'Dublin', bullets: ['Run the news desk on weekends and set the data-journalism agenda with a team of nine reporters.'] },
    ],
  },
  {
    id: 'p05', language: 'en', base: 'en', name: 'Tomasz Wiśniewski', email: 'tomasz.w.signals@bigpond.com', phone: '0412 555 017', phoneE164: '+61412555017',
    town: 'Ipswich, QLD', headline: 'Senior Signal Tester', born: '1993-07-09', nationality: 'Australian',
    summary: 'Rail signalling tester and maintainer with eleven years on relay and computer-based interlockings in South East Queensland.',
    skills: ['Interlocking testing', 'Track circuits', 'Axle counters', 'Point machines', 'Signal design interpretation', 'ETCS Level 2', 'Westrace', 'SSI data checking', 'Fault finding', 'Test and commissioning'],
    skillTruth: ['Interlocking testing | interlocking', 'Track circuits', 'Axle counters', 'Point machines | points', 'Signal design interpretation | signalling design', 'ETCS Level 2 | ETCS', 'Westrace', 'SSI data checking | SSI', 'Fault finding | fault-finding', 'Test and commissioning | commissioning'],
    langs: 'English, Polish', certs: ['Signal Tester in Charge (Type 2)', 'Track Protection Officer'],
    education: [{ school: 'TAFE Queensland', degree: 'Certificate IV in Rail Signalling', start: '2015-02', end: '2016-12' }],
    work: [
      { company: 'Sunstate Rail Maintenance Pty Ltd', title: 'Trainee Signalling Technician', start: '2015-02', end: '2017-01', place: 'Ipswich', bullets: ['Maintained relay interlockings, track circuits and level-crossing equipment under supervision.'] },
      { company: 'Sunstate Rail Maintenance Pty Ltd', title: 'Signalling Technician', start: '2017-02', end: '2019-12', place: 'Ipswich', bullets: ['On-call fault response for 40 route-km of suburban network.'] },
      { company: 'Coral Coast Rail Alliance', title: 'Signal Maintainer', start: '2020-01', end: '2022-04', place: 'Gold Coast', bullets: ['Maintained axle counters and Westrace interlockings on the Gold Coast line.'] },
      { company: 'CRR Signalling Joint Venture', title: 'Senior Signal Tester', start: '2022-05', end: null, place: 'Brisbane', bullets: ['Test and commission ETCS Level 2 and SSI data changes for the cross-river tunnel.', 'Lead a test team of four through possession weekends.'] },
    ],
  },
  {
    id: 'p06', language: 'en', base: 'en', name: 'Aroha Te Rangi', email: 'aroha.terangi@xtra.co.nz', phone: '021 555 0832', phoneE164: '+64215550832',
    town: 'Ashburton, Canterbury', headline: 'Veterinarian – Clinical Director', born: '1988-12-02', nationality: 'New Zealander',
    summary: 'Mixed-practice veterinarian with dairy, equine and companion animal experience; clinical director of a four-vet rural practice.',
    skills: ['Bovine pregnancy scanning', 'Mastitis management', 'Herd health planning', 'Equine lameness examination', 'Ultrasonography', 'General anaesthesia', 'Soft tissue surgery', 'Client communication', 'ezyVet'],
    skillTruth: ['Bovine pregnancy scanning | pregnancy testing | dairy scanning', 'Mastitis management | mastitis control', 'Herd health planning | herd health', 'Equine lameness examination | lameness workup', 'Ultrasonography | ultrasound', 'General anaesthesia | anaesthesia', 'Soft tissue surgery', 'Client communication', 'ezyVet'],
    langs: 'English, te reo Māori', certs: ['Veterinary Council of New Zealand practising certificate', 'DairyNZ InCalf adviser'],
    education: [{ school: 'Massey University', degree: 'Bachelor of Veterinary Science (BVSc)', start: '2008-02', end: '2012-11' }],
    work: [
      { company: 'Waikato Farm Vets', title: 'New Graduate Veterinarian', start: '2013-02', end: '2015-06', place: 'Morrinsville', bullets: ['Dairy calving season, metabolic cases and routine companion animal consults.'] },
      { company: 'Waikato Farm Vets', title: 'Large Animal Veterinarian', start: '2015-07', end: '2018-11', place: 'Morrinsville', bullets: ['Scanned 25,000 cows per season; ran InCalf reproduction reviews for 30 farms.'] },
      { company: 'Canterbury Equine Clinic', title: 'Equine Veterinarian', start: '2019-06', end: '2023-01', place: 'Christchurch', bullets: ['Lameness workups, pre-purchase examinations and ambulatory racing cover.'] },
      { company: 'Southern Rural Vet Services Ltd', title: 'Clinical Director', start: '2023-02', end: null, place: 'Ashburton', bullets: ['Lead four vets and three vet nurses; set clinical protocols and drug formulary.', 'Moved the practice to ezyVet and introduced herd-health subscription plans.'] },
    ],
  },
  {
    id: 'p07', language: 'en', base: 'en', name: 'Priya Ramnarine', email: 'priya.ramnarine@hotmail.com', phone: '(647) 555-0199', phoneE164: '+16475550199',
    town: 'Brampton, ON', headline: 'Personal Banking Associate', born: '2001-04-17', nationality: 'Canadian',
    summary: 'Personal banking associate in my first role after university, promoted after twenty months of member service.',
    skills: ['Cash handling', 'Account opening', 'KYC/AML compliance', 'Loan application processing', 'Fraud detection', 'Customer needs assessment', 'Salesforce CRM', 'Temenos T24', 'Microsoft Excel'],
    skillTruth: ['Cash handling', 'Account opening', 'KYC/AML compliance | KYC | AML | anti-money laundering', 'Loan application processing | loan processing', 'Fraud detection | fraud prevention', 'Customer needs assessment | needs-based selling', 'Salesforce CRM | Salesforce', 'Temenos T24 | T24', 'Microsoft Excel | Excel'],
    langs: 'English, Hindi', certs: ['Canadian Securities Course (CSC) – in progress'],
    education: [{ school: 'Toronto Metropolitan University', degree: 'Bachelor of Commerce, Finance', start: '2019-09', end: '2023-04' }],
    work: [
      { company: 'Lakeshore Credit Union', title: 'Member Service Representative', start: '2023-07', end: '2025-02', place: 'Mississauga, ON', bullets: ['Processed 60+ teller transactions a day with zero cash variances over 18 months.', 'Opened chequing and savings accounts and completed KYC checks.'] },
      { company: 'Lakeshore Credit Union', title: 'Personal Banking Associate', start: '2025-03', end: null, place: 'Brampton, ON', bullets: ['Prepare personal loan and line-of-credit applications and refer mortgage leads.', 'Flagged two elder-fraud cases that were escalated and stopped.'] },
    ],
  },
  {
    id: 'p08', language: 'zh', base: 'zh', name: '郑慧珊', email: 'zhenghuishan_tea@163.com', phone: '138 5060 2281', phoneE164: '+8613850602281',
    town: '福建厦门', headline: '茶叶采购总监', born: '1989-03-11', nationality: '中国',
    summary: '十四年茶叶行业经验，熟悉乌龙茶从初制到精制全流程，具备品控体系建设和供应链采购管理经验。',
    skills: ['乌龙茶制作工艺', '茶叶感官审评', '拼配技术', '焙火工艺', '供应商开发与管理', '质量追溯体系', '成本控制', 'Excel'],
    skillTruth: ['乌龙茶制作工艺 | 乌龙茶加工', '茶叶感官审评 | 感官审评 | 评茶', '拼配技术 | 茶叶拼配', '焙火工艺 | 焙火', '供应商开发与管理 | 供应商管理', '质量追溯体系 | 质量追溯', '成本控制', 'Excel'],
    langs: '普通话、闽南语', certs: ['高级评茶员（国家职业资格三级）'],
    education: [{ school: '福建农林大学', degree: '茶学 本科', start: '2008-09', end: '2012-06' }],
    work: [
      { company: '安溪县溪禾茶业有限公司', title: '制茶技术员', start: '2012-07', end: '2015-12', place: '泉州安溪', bullets: ['负责铁观音做青、杀青、揉捻工序的工艺参数记录与调整。'] },
      { company: '安溪县溪禾茶业有限公司', title: '生产主管', start: '2016-01', end: '2018-08', place: '泉州安溪', bullets: ['管理30人生产班组，年加工毛茶约400吨，一级品率提升12%。'] },
      { company: '福建闽茗茶业集团有限公司', title: '品控经理', start: '2018-09', end: '2022-03', place: '福州', bullets: ['建立原料到成品的质量追溯体系，主导每批次感官审评与理化抽检。'] },
      { company: '厦门山谷云茶文化有限公司', title: '采购总监', start: '2022-04', end: null, place: '厦门', bullets: ['负责武夷山、安溪、凤凰单丛产区供应商开发，年采购额约6000万元。', '推动拼配标准化，采购成本下降8%。'] },
    ],
  },
  {
    id: 'p09', language: 'zh', base: 'zh', name: '何俊杰', email: 'hejunjie1990@qq.com', phone: '186 2817 4409', phoneE164: '+8618628174409',
    town: '四川成都', headline: '地铁乘务队长', born: '1990-08-25', nationality: '中国',
    summary: '十四年城市轨道交通乘务工作经验，安全驾驶里程超过40万公里，熟悉CBTC信号系统下的行车组织与应急处置。',
    skills: ['电客车驾驶', 'CBTC信号系统', 'ATC系统操作', '故障应急处置', '行车组织规则', '乘务排班', '安全培训', '司机技能考核'],
    skillTruth: ['电客车驾驶 | 列车驾驶', 'CBTC信号系统 | CBTC', 'ATC系统操作 | ATC', '故障应急处置 | 应急处置', '行车组织规则 | 行车规章', '乘务排班 | 排班', '安全培训', '司机技能考核 | 技能考核'],
    langs: '普通话', certs: ['城市轨道交通列车司机职业资格（高级工）'],
    education: [{ school: '成都铁路工程学校', degree: '城市轨道交通车辆运用与检修 中专', start: '2009-09', end: '2012-07' }],
    work: [
      { company: '成都轨道交通集团有限公司运营分公司', title: '电客车司机', start: '2012-08', end: '2017-06', place: '成都', bullets: ['担当1号线、2号线正线驾驶，连续五年无责任事故。'] },
      { company: '成都轨道交通集团有限公司运营分公司', title: '电客车司机长', start: '2017-07', end: '2020-12', place: '成都', bullets: ['负责班组18名司机的排班、出乘点名与技能考核。'] },
      { company: '天府新区智轨交通运营有限公司', title: '乘务队长', start: '2021-01', end: null, place: '成都天府新区', bullets: ['参与新线开通前的空载试运行与联调联试，编写乘务作业标准。', '管理乘务人员62名，组织季度应急演练。'] },
    ],
  },
  {
    id: 'p10', language: 'zh', base: 'zh', name: '沈蔚然', email: 'shenweiran@foxmail.com', phone: '+86-139-1672-0583', phoneE164: '+8613916720583',
    town: '上海', headline: '医学翻译 / 会议口译', born: '1991-06-06', nationality: '中国',
    summary: '英语专业八级，十余年笔译与口译经验，专注医疗器械与临床医学领域。',
    skills: ['英汉互译', '交替传译', '同声传译', 'SDL Trados', 'memoQ', '术语库管理', '医学文献翻译', '本地化质量检查'],
    skillTruth: ['英汉互译 | 英汉翻译 | 中英翻译', '交替传译 | 交传', '同声传译 | 同传', 'SDL Trados | Trados', 'memoQ', '术语库管理 | 术语管理', '医学文献翻译 | 医学翻译', '本地化质量检查 | 本地化QA'],
    langs: '英语（专八）、日语（N2）', certs: ['CATTI 二级口译', 'CATTI 二级笔译'],
    education: [
      { school: '上海外国语大学', degree: '英语语言文学 本科', start: '2009-09', end: '2013-06' },
      { school: '英国巴斯大学', degree: '口译与笔译 硕士（短期进修）', start: '2017-06', end: '2017-12' },
    ],
    work: [
      { company: '上海译通翻译有限公司', title: '笔译员', start: '2013-07', end: '2015-09', place: '上海', bullets: ['承担法律合同、产品手册英译中，月均翻译量12万字。'] },
      { company: '上海译通翻译有限公司', title: '审校', start: '2015-10', end: '2017-04', place: '上海', bullets: ['负责医疗器械注册资料的审校和术语库维护。'] },
      { company: '上海海昌医疗器械有限公司', title: '医学翻译', start: '2018-01', end: '2021-06', place: '上海', bullets: ['翻译临床评价报告、说明书及NMPA注册文件；陪同海外专家交流并担任交传。'] },
      { company: '自由职业', title: '会议口译', start: '2021-07', end: null, place: '上海', bullets: ['为医学年会、药企培训提供同传与交传服务，年均80场。'] },
    ],
  },
  {
    id: 'p11', language: 'zh', base: 'zh', name: '梁嘉豪', email: 'liangjiahao_aqua@163.com', phone: '150 1323 7702', phoneE164: '+8615013237702',
    town: '广东湛江', headline: '水产养殖技术员', born: '2002-11-19', nationality: '中国',
    summary: '水产养殖专业毕业，在对虾工厂化养殖一线工作两年余，已负责育苗车间。',
    skills: ['南美白对虾养殖', '水质检测', '饲料投喂管理', '病害诊断', '虾苗培育', '显微镜镜检', '循环水养殖系统', 'Excel'],
    skillTruth: ['南美白对虾养殖 | 对虾养殖', '水质检测 | 水质监测', '饲料投喂管理 | 投喂管理', '病害诊断 | 病害防治', '虾苗培育 | 育苗', '显微镜镜检 | 镜检', '循环水养殖系统 | RAS', 'Excel'],
    langs: '普通话、粤语', certs: ['水生物病害防治员（四级）'],
    education: [{ school: '广东海洋大学', degree: '水产养殖学 本科', start: '2020-09', end: '2024-06' }],
    work: [
      { company: '湛江海泓水产科技有限公司', title: '养殖技术员', start: '2024-07', end: '2025-12', place: '湛江', bullets: ['负责12个高位池的日常水质检测、投喂和巡塘记录。'] },
      { company: '湛江海泓水产科技有限公司', title: '育苗车间组长', start: '2026-01', end: null, place: '湛江', bullets: ['带领5人班组完成虾苗标粗，成活率由68%提升至79%。'] },
    ],
  },
  {
    id: 'p12', language: 'zh', base: 'zh', name: '杜思远', email: 'dusiyuan.edit@gmail.com', phone: '131-2605-8834', phoneE164: '+8613126058834',
    town: '北京朝阳区', headline: '影视后期总监', born: '1992-09-14', nationality: '中国',
    summary: '十一年影视后期经验，参与院线电影、网剧和广告的剪辑与调色，熟悉从素材管理到DCP交付的后期流程。',
    skills: ['Adobe Premiere Pro', 'DaVinci Resolve', 'Avid Media Composer', 'After Effects', '调色', 'ACES色彩管理', '后期流程管理', '声画同步'],
    skillTruth: ['Adobe Premiere Pro | Premiere', 'DaVinci Resolve | 达芬奇', 'Avid Media Composer | Avid', 'After Effects | AE', '调色 | 调色 color grading', 'ACES色彩管理 | ACES', '后期流程管理 | 后期制作管理', '声画同步'],
    langs: '普通话、英语（CET-6）', certs: [],
    education: [{ school: '北京电影学院', degree: '影视技术 本科', start: '2011-09', end: '2015-06' }],
    work: [
      { company: '北京光合映画文化传媒有限公司', title: '剪辑助理', start: '2015-07', end: '2017-03', place: '北京', bullets: ['负责素材整理、场记对照和粗剪版本输出。'] },
      { company: '北京光合映画文化传媒有限公司', title: '剪辑师', start: '2017-04', end: '2019-08', place: '北京', bullets: ['独立剪辑网剧两部（共48集）及品牌广告30余条。'] },
      { company: '北京星河后期制作有限公司', title: '调色师', start: '2019-09', end: '2023-05', place: '北京', bullets: ['担任两部院线电影主调色，搭建ACES色彩管理流程。'] },
      { company: '北京长空影业有限公司', title: '后期总监', start: '2023-11', end: null, place: '北京', bullets: ['统筹剪辑、调色、声音与视效供应商，管理后期预算和交付节点。'] },
    ],
  },
  {
    id: 'p13', language: 'mixed', base: 'zh', name: '顾文博', email: 'gu.wenbo@outlook.com', phone: '+86 177 5103 6620', phoneE164: '+8617751036620',
    town: '江苏无锡', headline: '半导体设备主管 Equipment Supervisor', born: '1991-01-08', nationality: '中国',
    summary: '12年半导体前道设备经验，先后服务于Applied Materials和ASML，熟悉光刻、PVD/CVD设备的维护与故障分析。',
    skills: ['Lithography scanner maintenance', 'PVD/CVD chamber PM', 'Vacuum systems', 'RF generator troubleshooting', 'FDC/SPC', '8D问题分析', 'SAP PM', '6S现场管理'],
    skillTruth: ['Lithography scanner maintenance | 光刻机维护', 'PVD/CVD chamber PM | chamber PM | PVD | CVD', 'Vacuum systems | 真空系统', 'RF generator troubleshooting | RF troubleshooting', 'FDC/SPC | SPC | FDC', '8D问题分析 | 8D', 'SAP PM | SAP', '6S现场管理 | 6S'],
    langs: '英语（CET-6，可作为工作语言）', certs: [],
    education: [{ school: '南京理工大学', degree: '电子科学与技术 本科', start: '2010-09', end: '2014-06' }],
    work: [
      { company: 'Applied Materials China', title: 'Field Service Engineer 现场服务工程师', start: '2014-07', end: '2018-02', place: '无锡', bullets: ['负责Endura PVD和Producer CVD设备的安装、PM和故障处理，客户为本地12英寸晶圆厂。'] },
      { company: 'ASML China', title: 'Senior Customer Support Engineer', start: '2018-03', end: '2022-06', place: '无锡/上海', bullets: ['负责DUV光刻机现场支持，处理晶圆台和光源相关故障，年度uptime达98.2%。'] },
      { company: 'Hua Hong Semiconductor (Wuxi) Limited', title: '设备主管 Equipment Supervisor', start: '2022-07', end: null, place: '无锡', bullets: ['管理薄膜区设备团队14人，推行FDC监控和SAP PM工单，MTBF提升25%。'] },
    ],
  },
  {
    id: 'p14', language: 'mixed', base: 'en', name: 'Kevin Zhang', altName: '张凯文', email: 'kevin.zhang.realtor@gmail.com', phone: '604-555-0178', phoneE164: '+16045550178',
    town: 'Richmond, BC', headline: 'Senior Realtor® | 资深地产经纪', born: '1986-05-02', nationality: 'Canadian (PR 2014, citizen 2018)',
    summary: 'Bilingual realtor serving Mandarin-speaking buyers and sellers in Richmond and Vancouver; previously a property consultant in Beijing.',
    skills: ['Residential sales', 'Pre-sale condo marketing', 'Comparative market analysis (CMA)', 'Negotiation', 'Strata document review', 'Open house coordination', 'MLS Matrix', 'DocuSign', '客户关系管理'],
    skillTruth: ['Residential sales | residential real estate', 'Pre-sale condo marketing | pre-sales', 'Comparative market analysis (CMA) | CMA | market analysis', 'Negotiation', 'Strata document review | strata documents', 'Open house coordination | open houses', 'MLS Matrix | MLS', 'DocuSign', '客户关系管理 | CRM | client relationship management'],
    langs: 'English, Mandarin (native), Cantonese (conversational)', certs: ['BCFSA Licensed Real Estate Representative'],
    education: [{ school: 'Capital University of Economics and Business 首都经济贸易大学', degree: 'B.Econ, Real Estate Economics', start: '2006-09', end: '2010-07' }],
    work: [
      { company: '链家地产 Lianjia', title: 'Property Consultant 置业顾问', start: '2010-08', end: '2014-05', place: 'Beijing', bullets: ['Top-10 consultant in Haidian district for 2012 and 2013 resale transactions.'] },
      { company: 'Pacific Gateway Realty', title: 'Licensed Realtor', start: '2016-03', end: '2020-07', place: 'Vancouver, BC', bullets: ['Closed 74 residential transactions, mostly first-time buyers and pre-sale assignments.'] },
      { company: 'Harbourview Realty Group', title: 'Senior Realtor', start: '2020-08', end: null, place: 'Richmond, BC', bullets: ['$38M sales volume in 2025; run Mandarin seminars on strata bylaws and home inspections.'] },
    ],
  },
  {
    id: 'p15', language: 'mixed', base: 'zh', name: '许安琪', email: 'anqi.xu@icloud.com', phone: '158 0217 4466', phoneE164: '+8615802174466',
    town: '上海静安区', headline: '咖啡烘焙主管 Head Roaster', born: '1993-02-27', nationality: '中国',
    summary: '从咖啡师到烘焙主管，十三年精品咖啡经验，熟悉Probat和Loring烘焙机，持有SCA烘焙与感官专业级证书。',
    skills: ['咖啡烘焙', 'Probat / Loring 烘焙机操作', 'Cropster', '杯测 Cupping', 'SCA感官评估', '生豆采购', '拼配研发', '意式咖啡制作'],
    skillTruth: ['咖啡烘焙 | coffee roasting', 'Probat / Loring 烘焙机操作 | Probat | Loring | 烘焙机操作', 'Cropster', '杯测 Cupping | cupping | 杯测', 'SCA感官评估 | sensory evaluation', '生豆采购 | green coffee sourcing', '拼配研发 | blend development', '意式咖啡制作 | espresso'],
    langs: '英语（流利）', certs: ['SCA Roasting Professional', 'SCA Sensory Skills Professional', 'CQI Q Arabica Grader'],
    education: [{ school: '上海商学院', degree: '酒店管理 专科', start: '2010-09', end: '2013-06' }],
    work: [
      { company: 'Costa Coffee', title: '咖啡师 Barista', start: '2013-09', end: '2016-05', place: '上海', bullets: ['负责门店意式出品和新人带教。'] },
      { company: 'Seesaw Coffee', title: '门店经理', start: '2016-06', end: '2019-04', place: '上海', bullets: ['管理12人门店，月营业额提升至42万元。'] },
      { company: 'Starbucks Reserve Roastery Shanghai', title: 'Roaster 烘焙师', start: '2019-05', end: '2023-08', place: '上海', bullets: ['在Probat P60上完成每日烘焙计划，参与季节性拼配研发与杯测。'] },
      { company: 'Manner Coffee', title: '烘焙主管 Head Roaster', start: '2023-09', end: null, place: '上海', bullets: ['管理烘焙工厂6台Loring烘焙机，制定烘焙曲线标准；参与云南、埃塞俄比亚产区生豆采购。'] },
    ],
  },
  {
    id: 'p16', language: 'mixed', base: 'en', name: 'Lim Wei Jie', altName: '林伟杰', email: 'weijie.lim.pv@gmail.com', phone: '+60 12-555 3087', phoneE164: '+60125553087',
    town: 'Shah Alam, Selangor', headline: 'Solar PV Project Manager', born: '1990-03-15', nationality: 'Malaysian',
    summary: 'Solar PV project manager with twelve years from cell manufacturing to utility-scale EPC delivery in Malaysia; works daily in English, Malay and Mandarin with Chinese EPC and module suppliers.',
    skills: ['PVsyst', 'AutoCAD', 'String sizing', 'Single-line diagram review', 'I-V curve testing', 'Primavera P6', 'LSS tender documentation', 'EPC contract management', 'TNB grid connection applications', '中英技术文件翻译'],
    skillTruth: ['PVsyst', 'AutoCAD', 'String sizing', 'Single-line diagram review | SLD review', 'I-V curve testing | IV curve tracing', 'Primavera P6 | P6', 'LSS tender documentation | tender documentation', 'EPC contract management | contract management', 'TNB grid connection applications | grid connection', '中英技术文件翻译 | technical translation'],
    langs: 'English, Bahasa Malaysia, Mandarin 普通话, Cantonese', certs: ['Certified PV Design (SEDA Malaysia)', 'PMP'],
    education: [{ school: 'Universiti Teknologi Malaysia', degree: 'B.Eng. (Hons) Electrical Engineering', start: '2009-07', end: '2013-06' }],
    work: [
      { company: '晶科能源 JinkoSolar (Malaysia) Sdn Bhd', title: 'Production Engineer', start: '2014-06', end: '2016-12', place: 'Penang', bullets: ['Ran cell-line yield improvement projects with engineers from the Jiangxi headquarters (生产工艺组).'] },
      { company: 'Sinar Suria Energy Sdn Bhd', title: 'Project Engineer', start: '2017-01', end: '2020-09', place: 'Kuala Lumpur', bullets: ['Delivered 46 rooftop NEM projects (0.1–2 MWp) from design to TNB commissioning.'] },
      { company: 'PowerChina International (M) Sdn Bhd', title: 'Senior PV Project Engineer', start: '2020-10', end: '2024-03', place: 'Kedah', bullets: ['Site engineering lead on a 50 MWac LSS4 plant; translated technical submittals between Chinese and English.'] },
      { company: 'Helio Terra Renewables Sdn Bhd', title: 'Project Manager', start: '2024-04', end: null, place: 'Shah Alam', bullets: ['Manage a 3-project portfolio (120 MWp) from LSS tender to COD, budget RM 310 million.'] },
    ],
  },
];
