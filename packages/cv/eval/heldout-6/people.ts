/**
 * heldout-6: the people of this held-out set, typed by hand.
 *
 * Written by a blind writer on 2026-12-02 (heldout-6), without reading the analyser, its taxonomy, tests, README or
 * the other sets; frozen; never tuned on. Every person and employer is invented.
 */

/** A date as the truth writes it: "YYYY-MM"; null is "still there". */
export type Ym = string;

export interface Job {
  company: string;
  title: string;
  start: Ym;
  end: Ym | null;
  location?: string;
  bullets: string[];
}

export interface Skill {
  /** As the person writes it. */
  name: string;
  /** Plain alternatives a recruiter reads as the same skill. */
  alts?: string[];
  level?: string;
  years?: number;
}

export interface SkillGroup {
  label?: string;
  items: Skill[];
}

export interface Person {
  id: string;
  /** The truth's language: the CV's languages. */
  language: 'en' | 'zh' | 'mixed';
  /** The language of headings and prose. */
  lang: 'en' | 'zh';
  name: string;
  /** A second form of the name some headers print under it (never the truth's name). */
  altName?: string;
  headline: string;
  email: string;
  /** E.164, for the truth. */
  phone: string;
  /** As the CV prints it. */
  phonePrinted: string;
  location: string;
  summary: string;
  jobs: Job[];
  education: { school: string; degree: string; start: Ym; end: Ym }[];
  skills: SkillGroup[];
  spoken?: string[];
  /** Personal particulars some conventions print (SG/HK, 报名表). */
  particulars?: Record<string, string>;
  referees?: { name: string; role: string; contact: string }[];
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', lang: 'en', name: 'Harriet Okonkwo-Vale', headline: 'Licensed Aircraft Maintenance Engineer (B1)',
    email: 'harriet.okvale@fastmail.com.au', phone: '+61412608317', phonePrinted: '0412 608 317', location: 'Eagle Farm QLD 4009',
    summary: 'B1 LAME with twelve years on regional turboprops and light rotorcraft. Comfortable certifying line and base work, leading night shifts and keeping the tech log honest.',
    jobs: [
      { company: 'Coral Sea Aero Services', title: 'Shift Lead LAME (B1)', start: '2021-08', end: null, location: 'Brisbane Airport', bullets: ['Lead a night crew of six on ATR 72-600 and Dash 8-400 line checks and defect rectification.', 'Cut repeat defects on bleed valves by 40% after introducing a borescope trend sheet.', 'Certify maintenance releases under CASA Part 145 procedures.'] },
      { company: 'Coral Sea Aero Services', title: 'Aircraft Maintenance Engineer', start: '2018-02', end: '2021-07', location: 'Brisbane Airport', bullets: ['Scheduled A-checks and C-check support on the ATR fleet.', 'Trained four apprentices on torque and safety-wire practice.'] },
      { company: 'Brolga Regional Airlines', title: 'Apprentice / AME', start: '2014-01', end: '2017-12', location: 'Rockhampton', bullets: ['Completed Cert IV in Aeroskills (Mechanical) while on the tools.', 'Propeller removal and installation, wheel and brake changes.'] },
      { company: 'Southern Cross Rotorcraft', title: 'Maintenance Assistant', start: '2012-06', end: '2013-11', location: 'Archerfield', bullets: ['Parts receiving and tool control for a Robinson R44 fleet.'] },
    ],
    education: [
      { school: 'Aviation Australia', degree: 'Certificate IV in Aeroskills (Mechanical)', start: '2014-02', end: '2016-11' },
    ],
    skills: [
      { label: 'Type ratings', items: [{ name: 'ATR 72-600' }, { name: 'Dash 8-400', alts: ['Q400'] }] },
      { label: 'Technical', items: [{ name: 'Borescope inspection' }, { name: 'Eddy current NDT', alts: ['Eddy current testing'] }, { name: 'Human Factors' }, { name: 'CASA Part 66 licensing', alts: ['Part 66'] }] },
      { label: 'Systems', items: [{ name: 'AMOS' }, { name: 'Microsoft Excel', alts: ['Excel'] }] },
    ],
    spoken: ['English (native)', 'Igbo (conversational)'],
    referees: [
      { name: 'Graham Petrakis', role: 'Base Maintenance Manager, Coral Sea Aero Services', contact: '07 3860 2214' },
      { name: 'Lena Musgrove', role: 'Chief Engineer, Brolga Regional Airlines', contact: 'l.musgrove@brolgaair.com.au' },
    ],
  },
  {
    id: 'p02', language: 'en', lang: 'en', name: 'Desmond Farquhar-Leigh', headline: 'Registered Pharmacist',
    email: 'des.farquharleigh@gmail.com', phone: '+64211873904', phonePrinted: '+64 21 187 3904', location: 'Dunedin, New Zealand',
    summary: 'Community and hospital pharmacist who likes a busy dispensary, clear handovers and patients who leave knowing what their medicines are for.',
    jobs: [
      { company: 'Harbourline Pharmacy Group', title: 'Pharmacist Manager', start: '2022-03', end: null, location: 'Dunedin', bullets: ['Run a dispensary of 380 scripts a day with three technicians and two interns.', 'Set up a vaccination clinic that delivered 2,100 flu and COVID doses in its first winter.', 'Keep controlled-drug registers audit-ready; last two Medsafe audits with no findings.'] },
      { company: 'Waitaki Community Hospital', title: 'Clinical Pharmacist', start: '2018-05', end: '2022-02', location: 'Oamaru', bullets: ['Medicines reconciliation on admission for the medical and rehab wards.', 'Wrote the ward guide to renal dose adjustment still used by house officers.'] },
      { company: 'Kōwhai Street Chemist', title: 'Intern Pharmacist', start: '2017-01', end: '2018-04', location: 'Invercargill', bullets: ['Dispensing, compounding of creams and oral liquids, blister packing for rest homes.'] },
    ],
    education: [
      { school: 'University of Otago', degree: 'Bachelor of Pharmacy', start: '2013-02', end: '2016-11' },
    ],
    skills: [
      { label: 'Clinical', items: [{ name: 'Medicines reconciliation', level: 'Expert', years: 8 }, { name: 'Clinical checking', level: 'Expert', years: 9 }, { name: 'Vaccinating pharmacist', alts: ['Pharmacist vaccinator'], level: 'Advanced', years: 4 }, { name: 'Extemporaneous compounding', alts: ['Compounding'], level: 'Advanced', years: 9 }] },
      { label: 'Systems', items: [{ name: 'Toniq', level: 'Expert', years: 9 }, { name: 'MedChart', level: 'Advanced', years: 4 }, { name: 'Microsoft Office', alts: ['MS Office'], level: 'Advanced', years: 10 }] },
      { label: 'Management', items: [{ name: 'Controlled drug register', alts: ['Controlled drugs'], level: 'Advanced', years: 6 }, { name: 'Rostering', level: 'Intermediate', years: 4 }] },
    ],
    spoken: ['English', 'Te reo Māori (basic)'],
    referees: [
      { name: 'Aroha Tipene', role: 'Director of Pharmacy, Waitaki Community Hospital', contact: '03 434 7710' },
    ],
  },
  {
    id: 'p03', language: 'en', lang: 'en', name: 'Priyanka Ramasubramanian', headline: 'Senior Property Claims Adjuster',
    email: 'priyanka.rsub@outlook.com', phone: '+14165553928', phonePrinted: '(416) 555-3928', location: 'Mississauga, ON',
    summary: 'Property and casualty adjuster handling complex residential and small-commercial losses, from first notice of loss through subrogation.',
    jobs: [
      { company: 'Maplecrest General Assurance', title: 'Senior Property Claims Adjuster', start: '2020-09', end: null, location: 'Toronto, ON', bullets: ['Own a caseload of 90–110 open files up to $750K, including water, fire and wind losses.', 'Recovered $1.3M in 2024 through subrogation against contractors and manufacturers.', 'Mentor three junior adjusters; lead the quarterly file-quality review.'] },
      { company: 'Claimsway Adjusting Ltd.', title: 'Field Adjuster', start: '2016-06', end: '2020-08', location: 'Hamilton, ON', bullets: ['Inspected 600+ losses a year and wrote estimates in Xactimate.', 'Handled catastrophe deployments after the 2018 Ottawa tornadoes.'] },
      { company: 'Lakeview Credit Union', title: 'Member Service Representative', start: '2014-05', end: '2016-05', location: 'Mississauga, ON', bullets: ['Opened accounts and processed loan applications bilingually.'] },
    ],
    education: [
      { school: 'York University', degree: 'BA, Economics', start: '2010-09', end: '2014-04' },
      { school: 'Insurance Institute of Canada', degree: 'Chartered Insurance Professional (CIP)', start: '2016-09', end: '2019-06' },
    ],
    skills: [
      { items: [{ name: 'Guidewire ClaimCenter', alts: ['ClaimCenter'] }, { name: 'Xactimate' }, { name: 'Subrogation' }, { name: 'Coverage analysis' }, { name: 'Fraud indicators', alts: ['Fraud detection'] }, { name: 'Salesforce' }, { name: 'Excel' }] },
    ],
    spoken: ['English', 'French', 'Tamil'],
  },
  {
    id: 'p04', language: 'en', lang: 'en', name: 'Tobias Wren-Halloway', headline: 'Technical Production Manager, Live Events',
    email: 'tobias@wrenhalloway.sg', phone: '+6591274508', phonePrinted: '+65 9127 4508', location: 'Singapore',
    summary: 'Production manager for concerts, product launches and conferences up to 8,000 pax. I plan rigs, crews and budgets and keep the show on schedule.',
    jobs: [
      { company: 'Marina Stagecraft Pte Ltd', title: 'Technical Production Manager', start: '2021-01', end: null, location: 'Singapore', bullets: ['Delivered 40+ shows a year including three stadium concerts and a regional motor show.', 'Own production budgets up to S$1.6M; brought 2024 overtime costs down 18%.', 'Drew rigging plots and load calculations in Vectorworks for venue approval.'] },
      { company: 'Lumen & Rig Productions', title: 'Lighting Programmer / Crew Chief', start: '2017-04', end: '2020-12', location: 'Kuala Lumpur', bullets: ['Programmed grandMA2 and grandMA3 consoles for corporate and festival work.', 'Led crews of up to 25 for load-in and load-out.'] },
      { company: 'Orchid Convention Centre', title: 'AV Technician', start: '2015-07', end: '2017-03', location: 'Singapore', bullets: ['Set up and operated audio and projection for ballroom events.'] },
    ],
    education: [
      { school: 'Nanyang Polytechnic', degree: 'Diploma in Technical Theatre', start: '2012-04', end: '2015-03' },
    ],
    skills: [
      { label: 'Design & CAD', items: [{ name: 'Vectorworks Spotlight', alts: ['Vectorworks'] }, { name: 'AutoCAD' }] },
      { label: 'Control', items: [{ name: 'grandMA3', alts: ['grandMA'] }, { name: 'QLab' }, { name: 'Disguise' }] },
      { label: 'Production', items: [{ name: 'Rigging load calculations', alts: ['Rigging'] }, { name: 'Run-of-show scheduling', alts: ['Show scheduling'] }, { name: 'Production budgeting', alts: ['Budgeting'] }] },
    ],
    spoken: ['English', 'Malay'],
    particulars: { Nationality: 'Singaporean', 'Date of Birth': '14 August 1993', 'NS Status': 'Completed (NSman)', 'Notice Period': '1 month' },
  },
  {
    id: 'p05', language: 'en', lang: 'en', name: 'Marisol Teague-Brandt', headline: 'Geotechnical Engineer (Open Pit Mining)',
    email: 'm.teaguebrandt@protonmail.com', phone: '+61438221570', phonePrinted: '+61 438 221 570', location: 'Perth, WA',
    summary: 'Open-pit geotechnical engineer on FIFO rosters in the Pilbara and Goldfields, covering slope design, ground monitoring and wall-failure response.',
    jobs: [
      { company: 'Ironbark Ridge Mining', title: 'Senior Geotechnical Engineer', start: '2022-07', end: null, location: 'Newman, WA (FIFO 8/6)', bullets: ['Responsible for pit slope stability across two open pits moving 45 Mtpa.', 'Commissioned a slope-stability radar network and wrote its trigger action response plan.', 'Reviewed blast designs with drill & blast to protect final walls.'] },
      { company: 'Goldfields Terrace Resources', title: 'Geotechnical Engineer', start: '2019-02', end: '2022-06', location: 'Kalgoorlie, WA', bullets: ['Built 3D structural models in Leapfrog Geo and ran limit-equilibrium analyses in Slide2.', 'Designed ground support for portal and underground decline.'] },
      { company: 'Terrafirm Consulting', title: 'Graduate Engineer', start: '2017-02', end: '2019-01', location: 'Perth, WA', bullets: ['Logged core, ran point-load tests and wrote site investigation reports.'] },
    ],
    education: [
      { school: 'Curtin University', degree: 'Bachelor of Engineering (Mining), Honours', start: '2013-02', end: '2016-11' },
    ],
    skills: [
      { label: 'Software', items: [{ name: 'Vulcan', alts: ['Maptek Vulcan'] }, { name: 'Leapfrog Geo', alts: ['Leapfrog'] }, { name: 'Slide2' }, { name: 'RS2' }, { name: 'QGIS' }, { name: 'Python' }] },
      { label: 'Geotechnical', items: [{ name: 'Slope stability analysis', alts: ['Slope stability'] }, { name: 'Ground support design' }, { name: 'Core logging' }, { name: 'Radar monitoring', alts: ['Slope monitoring'] }] },
    ],
    spoken: ['English', 'Spanish'],
    referees: [
      { name: 'Callum Oyelaran', role: 'Principal Geotechnical Engineer, Ironbark Ridge Mining', contact: '0407 112 389' },
      { name: 'Dr Wen Prideaux', role: 'Mine Manager, Goldfields Terrace Resources', contact: 'wen.prideaux@gtresources.com.au' },
    ],
  },
  {
    id: 'p06', language: 'zh', lang: 'zh', name: '邝雨桐', headline: '小动物临床兽医师',
    email: 'kuangyutong_vet@163.com', phone: '+8613980472615', phonePrinted: '139 8047 2615', location: '四川 成都',
    summary: '执业兽医师，八年小动物临床经验，擅长内科与腹部超声，能独立完成常规软组织手术。',
    jobs: [
      { company: '成都安宠动物医院', title: '主治兽医师', start: '2021-04', end: null, location: '成都', bullets: ['负责内科门诊，日均接诊25例，年复诊率提升至62%。', '建立腹部B超标准切面流程并带教两名助理医师。', '参与医院麻醉监护规范修订。'] },
      { company: '蓉城宠物医疗连锁有限公司', title: '兽医师', start: '2018-07', end: '2021-03', location: '成都', bullets: ['门诊、住院部轮岗，完成绝育及软组织手术400余台。', '负责血常规、生化结果判读及病例记录。'] },
      { company: '四川省畜牧科学研究院', title: '实验室助理', start: '2017-07', end: '2018-06', location: '成都', bullets: ['协助完成猪群疫病抽样检测与数据整理。'] },
    ],
    education: [
      { school: '四川农业大学', degree: '动物医学 本科', start: '2012-09', end: '2017-06' },
    ],
    skills: [
      { label: '临床技能', items: [{ name: '小动物内科' }, { name: '腹部B超', alts: ['腹部超声'] }, { name: '软组织外科' }, { name: '麻醉监护' }, { name: '血液生化判读' }] },
      { label: '软件', items: [{ name: '小暖医生管理系统' }, { name: 'Office' }] },
    ],
    spoken: ['普通话', '英语（CET-6）'],
    particulars: { 性别: '女', 出生年月: '1994年5月', 政治面貌: '群众', 籍贯: '四川乐山' },
  },
  {
    id: 'p07', language: 'zh', lang: 'zh', name: '舒浩岚', headline: '报关主管',
    email: 'shuhaolan@126.com', phone: '+8615867302941', phonePrinted: '158-6730-2941', location: '浙江 宁波',
    summary: '十年报关与进出口单证经验，熟悉一般贸易、加工贸易及跨境电商通关流程，持报关水平测试证书。',
    jobs: [
      { company: '宁波甬海报关有限公司', title: '报关主管', start: '2020-03', end: null, location: '宁波北仑', bullets: ['管理8人报关团队，月均申报报关单3000票，差错率低于0.3%。', '协助12家客户完成AEO高级认证准备。', '对接海关查验、归类争议与退补税事宜。'] },
      { company: '港通国际物流（宁波）有限公司', title: '报关员', start: '2016-08', end: '2020-02', location: '宁波', bullets: ['负责海运进出口报关、报检及原产地证办理。', '维护加工贸易手册核销。'] },
      { company: '慈溪市联发电器有限公司', title: '外贸单证员', start: '2015-07', end: '2016-07', location: '慈溪', bullets: ['制作发票、箱单及信用证交单资料。'] },
    ],
    education: [
      { school: '浙江万里学院', degree: '国际经济与贸易 本科', start: '2011-09', end: '2015-06' },
    ],
    skills: [
      { items: [{ name: '单一窗口申报', alts: ['国际贸易单一窗口'] }, { name: 'HS编码归类', alts: ['商品归类'] }, { name: '原产地证办理' }, { name: '加工贸易手册', alts: ['加贸手册'] }, { name: 'AEO认证' }, { name: '信用证审单' }, { name: 'Excel' }] },
    ],
    spoken: ['普通话', '英语（四级）'],
    particulars: { 性别: '男', 出生年月: '1993年2月', 民族: '汉', 政治面貌: '中共党员', 籍贯: '浙江宁波', 最高学历: '本科' },
  },
  {
    id: 'p08', language: 'zh', lang: 'zh', name: '钟芷萱', headline: '听力师 / 助听器验配师',
    email: 'zhong.zhixuan@qq.com', phone: '+8618621947356', phonePrinted: '186 2194 7356', location: '上海 徐汇',
    summary: '国家二级助听器验配师，从事儿童与成人听力评估、助听器及人工耳蜗术后调试八年。',
    jobs: [
      { company: '上海聆声听力验配中心', title: '高级听力师', start: '2022-05', end: null, location: '上海', bullets: ['负责成人及儿童听力评估、助听器验配与效果评估，年验配约350例。', '引入真耳分析流程，验配满意度由81%提升至93%。'] },
      { company: '申康医院耳鼻喉科', title: '听力技师', start: '2019-07', end: '2022-04', location: '上海', bullets: ['完成纯音测听、声导抗、耳声发射与ABR检查。', '参与新生儿听力筛查复筛工作。'] },
      { company: '明悦助听器（上海）有限公司', title: '验配助理', start: '2018-03', end: '2019-06', location: '上海', bullets: ['门店接待、耳样制作及售后保养。'] },
    ],
    education: [
      { school: '浙江中医药大学', degree: '听力与言语康复学 本科', start: '2014-09', end: '2018-06' },
    ],
    skills: [
      { label: '听力检查', items: [{ name: '纯音测听', level: '精通', years: 8 }, { name: '声导抗', level: '精通', years: 7 }, { name: '耳声发射', alts: ['OAE'], level: '熟练', years: 7 }, { name: 'ABR', alts: ['听性脑干反应'], level: '熟练', years: 5 }] },
      { label: '验配', items: [{ name: '助听器验配', level: '精通', years: 8 }, { name: '真耳分析', level: '熟练', years: 4 }, { name: 'NOAH', alts: ['NOAH软件'], level: '熟练', years: 8 }] },
    ],
    spoken: ['普通话', '上海话', '英语'],
  },
  {
    id: 'p09', language: 'zh', lang: 'zh', name: '阎振邦', headline: '染整工艺工程师',
    email: 'yanzhenbang1988@sina.com', phone: '+8613757519082', phonePrinted: '+86 137 5751 9082', location: '浙江 绍兴柯桥',
    summary: '从事棉、涤纶及混纺面料染整工艺十余年，熟悉打样、大货工艺放大与质量攻关。',
    jobs: [
      { company: '绍兴柯桥恒锦纺织印染有限公司', title: '工艺部经理', start: '2021-09', end: null, location: '绍兴', bullets: ['负责三条染色线工艺管理，一次染色成功率由86%提升到94%。', '推进节水染色工艺，吨布水耗下降22%。'] },
      { company: '绍兴柯桥恒锦纺织印染有限公司', title: '染色工艺工程师', start: '2017-03', end: '2021-08', location: '绍兴', bullets: ['负责客户色样打样与大货配方调整。', '处理色差、色牢度等质量投诉。'] },
      { company: '浙江越罗丝绸有限公司', title: '化验室技术员', start: '2012-07', end: '2017-02', location: '杭州', bullets: ['完成小样打样、测色配色及面料物理指标检测。'] },
    ],
    education: [
      { school: '浙江理工大学', degree: '轻化工程（染整方向） 本科', start: '2008-09', end: '2012-06' },
    ],
    skills: [
      { label: '工艺', items: [{ name: '活性染料染色' }, { name: '分散染料染色' }, { name: '小样打样' }, { name: '色牢度检测' }] },
      { label: '设备与软件', items: [{ name: 'Datacolor测色配色', alts: ['Datacolor'] }, { name: '用友U8', alts: ['U8'] }, { name: 'AutoCAD' }] },
      { label: '管理', items: [{ name: '6S管理' }, { name: 'ISO 9001' }] },
    ],
    spoken: ['普通话'],
  },
  {
    id: 'p10', language: 'zh', lang: 'zh', name: '卢佩珊', headline: '展览策划 / 藏品管理',
    email: 'lupeishan.museum@foxmail.com', phone: '+8618192630457', phonePrinted: '181 9263 0457', location: '陕西 西安',
    summary: '文物与博物馆学硕士，七年博物馆策展与藏品管理经验，主持策划临时展览五个。',
    jobs: [
      { company: '陕西长安古器博物馆', title: '策展人', start: '2022-01', end: null, location: '西安', bullets: ['主持策划“丝路铜镜”等三个临时展览，累计观众逾40万人次。', '统筹展陈设计、文物借展及展览图录编辑。'] },
      { company: '西京文化遗产保护中心', title: '藏品管理员', start: '2019-07', end: '2021-12', location: '西安', bullets: ['完成4800余件藏品登录、编目与数字化拍摄。', '参与库房环境监测与预防性保护方案编制。'] },
    ],
    education: [
      { school: '西北大学', degree: '文物与博物馆学 硕士', start: '2016-09', end: '2019-06' },
      { school: '山西大学', degree: '历史学 本科', start: '2012-09', end: '2016-06' },
    ],
    skills: [
      { items: [{ name: '展览策划' }, { name: '藏品登录与编目', alts: ['藏品编目'] }, { name: '藏品数字化' }, { name: '文物摄影' }, { name: '预防性保护' }, { name: 'Photoshop', alts: ['PS'] }, { name: 'InDesign' }, { name: 'SketchUp' }] },
    ],
    spoken: ['普通话', '英语（六级）', '日语（N2）'],
    particulars: { 性别: '女', 出生年月: '1994年10月', 民族: '汉', 政治面貌: '共青团员', 籍贯: '山西太原', 最高学历: '硕士研究生' },
  },
  {
    id: 'p11', language: 'mixed', lang: 'zh', name: '贺俊熙', headline: '农业技术销售经理',
    email: 'hejunxi.agri@gmail.com', phone: '+8613605328174', phonePrinted: '136 0532 8174', location: '山东 青岛',
    summary: '农学背景，十一年植保与数字农业方案销售经验，服务华东及华北大型种植基地与合作社。',
    jobs: [
      { company: 'GreenFurrow Agritech (Qingdao) Co., Ltd.', title: '区域销售经理', start: '2021-06', end: null, location: '青岛', bullets: ['负责山东、河北区域植保无人机及变量施肥方案销售，2024年销售额4200万元。', '为32家合作社搭建土壤检测与处方图服务流程。'] },
      { company: 'Harvest Bridge Crop Science', title: '技术推广专员', start: '2017-04', end: '2021-05', location: '潍坊', bullets: ['开展田间示范试验60余场，负责农户培训与经销商技术支持。'] },
      { company: '寿光市绿源种植专业合作社', title: '农技员', start: '2015-07', end: '2017-03', location: '寿光', bullets: ['负责大棚蔬菜病虫害监测与用药指导。'] },
    ],
    education: [
      { school: '山东农业大学', degree: '植物保护 本科', start: '2011-09', end: '2015-06' },
    ],
    skills: [
      { label: 'Tools', items: [{ name: 'ArcGIS' }, { name: 'DJI Agras', alts: ['DJI agricultural drones'] }, { name: 'SAP CRM' }, { name: 'Power BI' }, { name: 'Excel' }] },
      { label: 'Agronomy', items: [{ name: 'Soil testing', alts: ['土壤检测'] }, { name: 'Variable-rate fertilization', alts: ['变量施肥'] }, { name: 'IPM', alts: ['Integrated pest management', '病虫害综合防治'] }] },
    ],
    spoken: ['普通话', 'English (fluent)'],
    particulars: { 性别: '男', 出生年月: '1992年11月', 民族: '汉', 政治面貌: '群众', 籍贯: '山东潍坊', 最高学历: '本科' },
  },
  {
    id: 'p12', language: 'mixed', lang: 'zh', name: '杜明蕙', headline: '航空货运操作主管',
    email: 'du.minghui@skylinecargo.cn', phone: '+8613926018843', phonePrinted: '139-2601-8843', location: '广东 广州',
    summary: '九年航空货运与国际货代操作经验，熟悉危险品及冷链货物的订舱、安检与清关流程。',
    jobs: [
      { company: 'Skyline Cargo Services (Guangzhou) Ltd.', title: '出口操作主管', start: '2022-02', end: null, location: '广州白云机场', bullets: ['带领10人操作团队，月均处理出口货量1800吨。', '建立锂电池货物预审清单，退运率下降65%。'] },
      { company: 'Pan-Pacific Freight Forwarding', title: '航空操作员', start: '2018-06', end: '2022-01', location: '深圳', bullets: ['负责订舱、制单、交货与航班跟踪。', '处理冷链医药货物温控交接。'] },
      { company: '广州穗航物流有限公司', title: '客服专员', start: '2017-07', end: '2018-05', location: '广州', bullets: ['对接客户询价、报价与货物追踪。'] },
    ],
    education: [
      { school: '广州民航职业技术学院', degree: '航空物流 大专', start: '2014-09', end: '2017-06' },
    ],
    skills: [
      { items: [{ name: 'CargoWise One', alts: ['CargoWise'] }, { name: 'IATA DGR', alts: ['危险品规则'] }, { name: 'Cold chain handling', alts: ['冷链操作'] }, { name: 'AWB documentation', alts: ['Air waybill'] }, { name: 'Excel VLOOKUP', alts: ['Excel'] }, { name: 'Customs clearance', alts: ['清关'] }] },
    ],
    spoken: ['普通话', '粤语', 'English'],
  },
  {
    id: 'p13', language: 'mixed', lang: 'en', name: 'Kelvin Leung Tsz-ho', altName: '梁子豪', headline: 'Food Safety & Hygiene Manager (Hotels)',
    email: 'kelvin.leung.th@yahoo.com.hk', phone: '+85293176042', phonePrinted: '+852 9317 6042', location: 'Tseung Kwan O, Hong Kong',
    summary: 'Food safety manager for hotel kitchens and central production units in Hong Kong and the Greater Bay Area; HACCP lead auditor.',
    jobs: [
      { company: '大坑海灣酒店 Tai Hang Bay Hotel', title: 'Food Safety Manager', start: '2023-04', end: null, location: 'Hong Kong', bullets: ['Own the HACCP plan for 7 outlets and a 2,000-cover banquet kitchen.', 'Passed every FEHD inspection since joining; cut pest-control call-outs by half.'] },
      { company: '大坑海灣酒店 Tai Hang Bay Hotel', title: 'Hygiene Supervisor', start: '2020-08', end: '2023-03', location: 'Hong Kong', bullets: ['Ran daily hygiene walks and trained 150 kitchen staff a year.'] },
      { company: '深圳鹏味中央厨房有限公司', title: 'QA Officer', start: '2017-09', end: '2020-07', location: 'Shenzhen', bullets: ['Released batches, kept CCP records and handled supplier audits for a central kitchen of 30,000 meals a day.'] },
    ],
    education: [
      { school: 'The Hong Kong Polytechnic University', degree: 'BSc (Hons) in Food Safety and Technology', start: '2013-09', end: '2017-06' },
    ],
    skills: [
      { items: [{ name: 'HACCP', level: 'Lead auditor', years: 8 }, { name: 'ISO 22000', level: 'Advanced', years: 6 }, { name: 'Allergen management', level: 'Advanced', years: 5 }, { name: '食品微生物检测', alts: ['Food microbiology testing'], level: 'Intermediate', years: 3 }, { name: 'Supplier audit', alts: ['Supplier auditing'], level: 'Advanced', years: 6 }, { name: 'Pest control management', level: 'Intermediate', years: 5 }, { name: 'Power BI', level: 'Basic', years: 2 }] },
    ],
    spoken: ['Cantonese', 'English', 'Putonghua'],
    particulars: { 'HKID': 'Permanent resident', 'Date of Birth': '02/1995', 'Marital Status': 'Single', 'Expected Salary': 'HK$52,000/month', 'Availability': 'One month notice' },
  },
  {
    id: 'p14', language: 'mixed', lang: 'en', name: 'Zhao Yiran', headline: 'Water Treatment Process Engineer',
    email: 'zhaoyiran.water@163.com', phone: '+8615210937716', phonePrinted: '+86 152 1093 7716', location: 'Beijing, China',
    summary: 'Process engineer for municipal and industrial wastewater plants, from design review and commissioning to PLC troubleshooting.',
    jobs: [
      { company: '京源水处理工程有限公司', title: 'Senior Process Engineer', start: '2021-03', end: null, location: 'Beijing', bullets: ['Led commissioning of two MBR plants (60,000 m³/d total).', 'Lowered aeration energy use by 17% by retuning DO control loops.'] },
      { company: '华禹环境科技股份有限公司', title: 'Process Engineer', start: '2017-07', end: '2021-02', location: 'Tianjin', bullets: ['Drew P&IDs and process calculations for industrial effluent projects.', 'On-site start-up for A²/O and SBR plants.'] },
    ],
    education: [
      { school: '河海大学 Hohai University', degree: 'MEng, Municipal Engineering', start: '2014-09', end: '2017-06' },
      { school: '河海大学 Hohai University', degree: 'BEng, Water Supply and Drainage', start: '2010-09', end: '2014-06' },
    ],
    skills: [
      { label: 'Design', items: [{ name: 'AutoCAD', level: 'Advanced', years: 9 }, { name: 'WaterGEMS', level: 'Intermediate', years: 4 }, { name: '给排水设计', alts: ['Water supply and drainage design'], level: 'Advanced', years: 9 }, { name: 'BioWin', level: 'Intermediate', years: 3 }] },
      { label: 'Operations', items: [{ name: 'MBR commissioning', alts: ['MBR'], level: 'Advanced', years: 5 }, { name: 'Siemens S7 PLC', alts: ['Siemens PLC', 'S7'], level: 'Intermediate', years: 5 }, { name: 'WinCC', level: 'Intermediate', years: 4 }] },
    ],
    spoken: ['Mandarin (native)', 'English (IELTS 7.0)'],
  },
];
