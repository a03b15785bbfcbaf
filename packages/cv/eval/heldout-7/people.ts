/**
 * The people of held-out set 7, typed by hand.
 *
 * Written by a blind writer on 2026-12-02 (heldout-7), without reading the analyser, its taxonomy, its tests, its
 * README or the other evaluation sets. Frozen: never tuned on. Every document of a person prints these facts.
 *
 * `labels` is the CV's main language (section headings); `language` is what the truth records ('mixed' when the CV
 * mixes scripts: a Chinese CV with English employers/skills, or an English CV with Chinese names in it).
 */

export interface Job {
  /** The employer exactly as every document prints it. */
  company: string;
  title: string;
  city: string;
  start: string;
  end: string | null;
  bullets: string[];
}

export interface Skill {
  /** As printed. */
  name: string;
  /** Plain alternatives a recruiter accepts as the same skill (truth only, never printed). */
  alt?: string[];
  /** A level some templates print next to it. */
  level?: string;
}

export interface SkillGroup {
  label: string;
  items: Skill[];
}

export interface Education {
  school: string;
  degree: string;
  start: string;
  end: string;
}

export interface Person {
  id: string;
  language: 'en' | 'zh' | 'mixed';
  labels: 'en' | 'zh';
  name: string;
  /** A second form of the name some headers print after the main one (bilingual people). */
  nameAlt?: string;
  title: string;
  email: string;
  /** As printed. */
  phonePrinted: string;
  /** E.164, truth. */
  phone: string;
  city: string;
  summary: string;
  /** Short lines some templates print as a "summary of qualifications" / key achievements / 自我评价. */
  highlights: string[];
  jobs: Job[];
  education: Education[];
  skills: SkillGroup[];
  /** Spoken languages (never skills). */
  spoken: string[];
  /** Licences, tickets, certificates (printed in their own section, not skills). */
  certs: string[];
  /** Publications or projects, printed by the templates that have such a section. */
  extras?: string[];
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', labels: 'en',
    name: 'Declan Ashworth-Reyes', title: 'Senior Signalling Design Engineer',
    email: 'declan.ashworthreyes@fastmail.co.uk', phonePrinted: '+44 7723 418 906', phone: '+447723418906', city: 'Derby, UK',
    summary: 'Chartered signalling engineer with a background in relay interlocking alterations and, more recently, ETCS Level 2 overlay schemes on mixed-traffic main lines.',
    highlights: ['Led signalling design for a 14 km resignalling stage commissioned over a single Christmas blockade', 'IRSE Licence holder (Principles Designer)', 'Mentored six graduate engineers through IEng'],
    jobs: [
      { company: 'Corvane Rail Systems Ltd', title: 'Senior Signalling Design Engineer', city: 'Derby', start: '2021-04', end: null, bullets: ['Lead designer for ETCS overlay of the Trent Valley corridor, 212 signals in scope', 'Produce and check scheme plans, control tables and interlocking data', 'Chair interdisciplinary design reviews with track, OLE and telecoms'] },
      { company: 'Halberd & Finch Engineering', title: 'Signalling Design Engineer', city: 'Birmingham', start: '2016-09', end: '2021-03', bullets: ['Designed relay interlocking alterations for 30+ level crossing renewals', 'Wrote test specifications and supported site testing during possessions'] },
      { company: 'Network Rail', title: 'Graduate Engineer (Signalling)', city: 'Milton Keynes', start: '2014-09', end: '2016-08', bullets: ['Rotations in asset management, design assurance and site testing', 'Surveyed and recorded signal sighting for the Midland Main Line upgrade'] },
    ],
    education: [{ school: 'University of Leeds', degree: 'MEng Electronic Engineering', start: '2010-09', end: '2014-06' }],
    skills: [
      { label: 'Signalling', items: [{ name: 'ETCS Level 2', alt: ['ETCS L2', 'ETCS'] }, { name: 'SSI data preparation', alt: ['Solid State Interlocking'] }, { name: 'Control tables' }, { name: 'Scheme plans' }, { name: 'Signal sighting' }] },
      { label: 'Tools', items: [{ name: 'MicroStation' }, { name: 'Bentley ProjectWise', alt: ['ProjectWise'] }, { name: 'DOORS', alt: ['IBM DOORS'] }, { name: 'Excel VBA', alt: ['VBA'] }] },
      { label: 'Standards', items: [{ name: 'EN 50126', alt: ['EN50126'] }, { name: 'CENELEC safety cases', alt: ['Safety cases'] }] },
    ],
    spoken: ['English (native)', 'Spanish (conversational)'],
    certs: ['IRSE Licence – Principles Designer', 'PTS (Personal Track Safety)', 'IEng MIET'],
    extras: ['Ashworth-Reyes, D. (2022) "Overlay ETCS on legacy relay areas: lessons from the first stage", IRSE News 289'],
  },
  {
    id: 'p02', language: 'en', labels: 'en',
    name: 'Maribel Okonkwo-Lund', title: 'Registered Dental Hygienist',
    email: 'maribel.ol@gmail.com', phonePrinted: '+353 87 614 2290', phone: '+353876142290', city: 'Galway, Ireland',
    summary: 'Dental hygienist with nine years in mixed NHS/private and Irish practices, special interest in periodontal maintenance and patients with anxiety.',
    highlights: ['Built a periodontal recall system that cut missed appointments by a third', 'Trained four dental nurses in radiography and infection control'],
    jobs: [
      { company: 'Claddagh Smile Studio', title: 'Senior Dental Hygienist', city: 'Galway', start: '2022-02', end: null, bullets: ['Run a full hygiene list of 16–18 patients a day, including periodontal maintenance', 'Introduced guided biofilm therapy and audited outcomes every quarter', 'Lead infection prevention and control for two surgeries'] },
      { company: 'Marlowe Street Dental Practice', title: 'Dental Hygienist', city: 'Liverpool', start: '2018-06', end: '2022-01', bullets: ['Treated NHS and private patients, adults and children', 'Took and reported intra-oral radiographs under the practice IRMER procedures'] },
      { company: 'Brightwater Dental Group', title: 'Dental Nurse', city: 'Liverpool', start: '2015-08', end: '2018-05', bullets: ['Chairside support, decontamination and stock control', 'Qualified as a hygienist while working part time'] },
    ],
    education: [
      { school: 'University of Liverpool School of Dentistry', degree: 'Diploma in Dental Hygiene', start: '2016-09', end: '2018-06' },
    ],
    skills: [
      { label: '', items: [{ name: 'Periodontal charting' }, { name: 'Scaling and root planing', alt: ['Root planing'] }, { name: 'Guided Biofilm Therapy', alt: ['GBT'] }, { name: 'Intra-oral radiography', alt: ['Dental radiography'] }, { name: 'Fluoride varnish application', alt: ['Fluoride varnish'] }, { name: 'Infection control' }, { name: 'Dentally', alt: ['Dentally practice software'] }, { name: 'SOE Exact', alt: ['Software of Excellence'] }] },
    ],
    spoken: ['English', 'Igbo', 'Swedish (basic)'],
    certs: ['Dental Council of Ireland registration', 'Basic Life Support (BLS), renewed 2026', 'Local anaesthesia for hygienists'],
  },
  {
    id: 'p03', language: 'en', labels: 'en',
    name: 'Tobias Strathdee', title: 'Forest Technologist',
    email: 'tobias.strathdee@proton.me', phonePrinted: '(250) 555-0183', phone: '+12505550183', city: 'Prince George, BC',
    summary: 'Registered forest technologist working in cruising, layout and silviculture surveys across the central interior.',
    highlights: ['Laid out 2,400 ha of cutblocks with zero non-compliance findings', 'Holds an S-100 and a chainsaw ticket'],
    jobs: [
      { company: 'Nechako Timberlands Co-op', title: 'Forest Technologist', city: 'Prince George', start: '2023-05', end: null, bullets: ['Plan and lay out cutblocks and roads; prepare site plans', 'Run timber cruises and compile results in the cruise program', 'Coordinate with First Nations referral staff on cultural heritage surveys'] },
      { company: 'Stellako Silviculture Ltd.', title: 'Silviculture Surveyor', city: 'Fraser Lake', start: '2019-04', end: '2023-03', bullets: ['Regeneration and free-growing surveys on over 300 openings', 'Trained summer crews in plot layout and GPS use'] },
      { company: 'Birchline Contracting', title: 'Tree Planter / Crew Lead', city: 'Smithers', start: '2017-05', end: '2018-09', bullets: ['Planted up to 3,000 trees a day; crew lead in the second season'] },
    ],
    education: [{ school: 'College of New Caledonia', degree: 'Diploma, Forest Technology', start: '2017-09', end: '2019-04' }],
    skills: [
      { label: 'Field', items: [{ name: 'Timber cruising', alt: ['Cruising'] }, { name: 'Cutblock layout' }, { name: 'Silviculture surveys' }, { name: 'Compass and chain traverse', alt: ['Traversing'] }] },
      { label: 'Software', items: [{ name: 'ArcGIS Pro', alt: ['ArcGIS'] }, { name: 'Avenza Maps', alt: ['Avenza'] }, { name: 'RESULTS (BC Forest Service)', alt: ['RESULTS'] }, { name: 'Garmin GPS', alt: ['GPS'] }] },
    ],
    spoken: ['English', 'French (working)'],
    certs: ['RFT (Registered Forest Technologist)', 'S-100 Basic Fire Suppression', 'Chainsaw Operator Certificate', 'Standard First Aid with CPR C'],
  },
  {
    id: 'p04', language: 'en', labels: 'en',
    name: 'Priyanka Dasgupta-Hale', title: 'Payroll & HR Systems Lead',
    email: 'priyanka.hale@outlook.com.au', phonePrinted: '0412 907 355', phone: '+61412907355', city: 'Brisbane, QLD',
    summary: 'Payroll professional who has run end-to-end pay for 3,500+ employees across enterprise agreements, and moved two companies to a new HRIS.',
    highlights: ['Delivered a STP Phase 2 migration on time across three entities', 'Recovered $410k of historic underpayments with a remediation program', 'Reduced pay-run exceptions by 45%'],
    jobs: [
      { company: 'Tallowwood Health Services', title: 'Payroll & HR Systems Lead', city: 'Brisbane', start: '2022-08', end: null, bullets: ['Own the fortnightly pay run for 3,600 staff under four enterprise agreements', 'Lead the HRIS team (4) and the award interpretation rules', 'Ran the underpayment remediation with legal and the Fair Work Ombudsman'] },
      { company: 'Moreton Freight Group', title: 'Senior Payroll Officer', city: 'Brisbane', start: '2018-03', end: '2022-07', bullets: ['Processed weekly and monthly payrolls; reconciled payroll tax and super', 'Key user in the migration to the new payroll system'] },
      { company: 'Wattlebird Staffing Solutions', title: 'Payroll Officer', city: 'Gold Coast', start: '2015-01', end: '2018-02', bullets: ['Paid 900 casual workers weekly from timesheets', 'Handled terminations, leave and garnishee orders'] },
      { company: 'Wattlebird Staffing Solutions', title: 'Payroll Administrator', city: 'Gold Coast', start: '2013-06', end: '2014-12', bullets: ['Data entry, onboarding forms and employee enquiries'] },
    ],
    education: [{ school: 'Griffith University', degree: 'Bachelor of Business (Human Resource Management)', start: '2010-02', end: '2013-06' }],
    skills: [
      { label: 'Payroll systems', items: [{ name: 'Chris21' }, { name: 'ADP Workforce Now', alt: ['ADP'] }, { name: 'Employment Hero', alt: ['KeyPay'] }, { name: 'SAP SuccessFactors Employee Central', alt: ['SuccessFactors', 'SAP SuccessFactors'] }] },
      { label: 'Payroll practice', items: [{ name: 'Award interpretation' }, { name: 'Single Touch Payroll', alt: ['STP'] }, { name: 'Payroll tax reconciliation' }, { name: 'Superannuation', alt: ['Super'] }] },
      { label: 'Data', items: [{ name: 'Excel (Power Query, XLOOKUP)', alt: ['Excel', 'Microsoft Excel', 'Power Query'] }, { name: 'Power BI' }] },
    ],
    spoken: ['English', 'Bengali', 'Hindi'],
    certs: ['Certified Payroll Professional (APA)'],
  },
  {
    id: 'p05', language: 'en', labels: 'en',
    name: 'Everett Dunmarrow', title: 'Production Stage Manager',
    email: 'edunmarrow.psm@icloud.com', phonePrinted: '+1 (412) 555-0147', phone: '+14125550147', city: 'Pittsburgh, PA',
    summary: 'Equity stage manager for regional theatre, touring and opera; calm in tech, obsessive about paperwork.',
    highlights: ['Called 600+ performances across 22 productions', 'Built the company\'s first shared QLab and prompt-book template library'],
    jobs: [
      { company: 'Allegheny Repertory Theatre', title: 'Production Stage Manager', city: 'Pittsburgh, PA', start: '2021-08', end: null, bullets: ['PSM for a five-show season; manage three stage managers and crew calls', 'Call the show from the prompt desk; run rehearsals and tech', 'Coordinate scheduling with the unions and the production manager'] },
      { company: 'Three Rivers Opera', title: 'Assistant Stage Manager', city: 'Pittsburgh, PA', start: '2019-09', end: '2021-06', bullets: ['Tracked props and scene changes for mainstage operas', 'Ran the deck for the 2020 streamed season'] },
      { company: 'Lantern Touring Productions', title: 'Stage Manager (Tour)', city: 'Chicago, IL', start: '2017-01', end: '2019-07', bullets: ['Two national tours of a family musical, 38 cities', 'Load-in/load-out with local crews; nightly show reports'] },
    ],
    education: [{ school: 'Carnegie Mellon University', degree: 'BFA Production Technology and Management', start: '2012-08', end: '2016-05' }],
    skills: [
      { label: 'Software', items: [{ name: 'QLab', level: 'advanced' }, { name: 'Vectorworks', level: 'intermediate' }, { name: 'Google Workspace', alt: ['G Suite'], level: 'advanced' }, { name: 'Propared', level: 'advanced' }] },
      { label: 'Stage management', items: [{ name: 'Calling cues', alt: ['Show calling'] }, { name: 'Prompt book', alt: ['Prompt script'] }, { name: 'Rehearsal reports' }, { name: 'Fly rail operation', alt: ['Fly system'] }] },
    ],
    spoken: ['English', 'American Sign Language (conversational)'],
    certs: ['Actors\' Equity Association member', 'OSHA 10', 'Mental Health First Aid'],
  },
  {
    id: 'p06', language: 'zh', labels: 'zh',
    name: '冼雨绮', title: '集装箱码头调度主管',
    email: 'xianyuqi@163.com', phonePrinted: '139 5742 8816', phone: '+8613957428816', city: '浙江宁波',
    summary: '八年港口集装箱码头生产调度经验，熟悉堆场策划、船舶配载与闸口作业，擅长协调船公司与海关查验。',
    highlights: ['主导堆场翻箱率优化项目，翻箱率由 18% 降至 11%', '连续三年获评公司优秀调度员', '持有港口危险货物管理人员资格证'],
    jobs: [
      { company: '宁波甬舟集装箱码头有限公司', title: '调度主管', city: '宁波', start: '2021-03', end: null, bullets: ['负责 4 个泊位的昼夜生产调度，带领 12 人调度班组', '制定大船作业计划，协调岸桥、场桥与集卡资源', '牵头与船公司召开周例会，船期准点率提升至 96%'] },
      { company: '舟山港海联物流有限公司', title: '堆场策划员', city: '舟山', start: '2017-07', end: '2021-02', bullets: ['负责进出口箱堆存计划与冷箱区管理', '编制每日堆场报表并分析翻箱原因'] },
      { company: '上海凯舸国际货运代理有限公司', title: '单证员', city: '上海', start: '2016-07', end: '2017-06', bullets: ['处理海运提单、舱单与报关资料'] },
    ],
    education: [{ school: '大连海事大学', degree: '港口航道与海岸工程 学士', start: '2012-09', end: '2016-06' }],
    skills: [
      { label: '专业技能', items: [{ name: '船舶配载' }, { name: '堆场策划' }, { name: '危险货物管理', alt: ['危险品管理'] }, { name: '冷链集装箱管理', alt: ['冷箱管理'] }] },
      { label: '系统工具', items: [{ name: 'Navis N4', alt: ['N4', 'Navis'] }, { name: '码头操作系统 TOS', alt: ['TOS', '码头操作系统'] }, { name: 'Excel 数据透视表', alt: ['Excel', '数据透视表'] }, { name: 'AutoCAD' }] },
    ],
    spoken: ['普通话', '英语（CET-6）', '宁波话'],
    certs: ['港口危险货物安全管理人员资格证', '报关员资格证'],
  },
  {
    id: 'p07', language: 'zh', labels: 'zh',
    name: '闫柏川', title: '光伏电站项目经理',
    email: 'yanbaichuan_pv@qq.com', phonePrinted: '186-3517-0942', phone: '+8618635170942', city: '山西太原',
    summary: '从事分布式及集中式光伏电站施工与运维九年，管理过单体 80MW 地面电站项目，熟悉并网验收流程。',
    highlights: ['累计负责光伏项目装机容量超过 260MW', '持有一级建造师（机电工程）与高压电工证', '项目零重大安全事故'],
    jobs: [
      { company: '晋阳绿能电力工程有限公司', title: '项目经理', city: '太原', start: '2022-05', end: null, bullets: ['负责 80MW 农光互补电站 EPC 项目全过程管理', '编制施工组织设计和进度计划，管理 6 个分包队伍', '组织并网前验收，与电网公司对接调试'] },
      { company: '山西耀辉新能源科技有限公司', title: '施工主管', city: '大同', start: '2019-03', end: '2022-04', bullets: ['负责工商业屋顶分布式光伏安装，累计 45MW', '现场安全交底、质量检查与竣工资料整理'] },
      { company: '山西耀辉新能源科技有限公司', title: '电气技术员', city: '大同', start: '2017-07', end: '2019-02', bullets: ['组串设计、汇流箱与逆变器接线调试'] },
    ],
    education: [{ school: '太原理工大学', degree: '电气工程及其自动化 本科', start: '2013-09', end: '2017-06' }],
    skills: [
      { label: '', items: [{ name: 'PVsyst' }, { name: 'AutoCAD' }, { name: '天正电气', alt: ['T20 天正电气'] }, { name: 'Project 项目管理', alt: ['Microsoft Project', 'MS Project'] }, { name: '逆变器调试' }, { name: '组串设计' }, { name: '并网验收' }, { name: 'EPC 项目管理', alt: ['EPC'] }, { name: '无人机巡检', alt: ['无人机'] }] },
    ],
    spoken: ['普通话'],
    certs: ['一级建造师（机电工程）', '高压电工作业证', '安全生产考核合格证（B证）'],
  },
  {
    id: 'p08', language: 'zh', labels: 'zh',
    name: '谭沁妍', title: '康复治疗师（物理治疗）',
    email: 'tan.qinyan@126.com', phonePrinted: '+86 152 2860 4471', phone: '+8615228604471', city: '四川成都',
    summary: '物理治疗专业，六年三甲医院及民营康复机构临床经验，擅长骨科术后康复与运动损伤康复。',
    highlights: ['独立完成膝关节置换术后康复病例 400 余例', '参与编写科室《前交叉韧带重建术后康复路径》', '获院级“优秀青年治疗师”称号'],
    jobs: [
      { company: '成都锦樾康复医院', title: '主管治疗师', city: '成都', start: '2023-01', end: null, bullets: ['负责骨科康复病区，带教 3 名初级治疗师', '制定术后康复方案并每周评估', '开设“跑者膝”运动损伤门诊'] },
      { company: '四川省蜀南人民医院', title: '康复治疗师', city: '宜宾', start: '2020-07', end: '2022-12', bullets: ['骨科、神经内科住院患者物理治疗', '参与早期康复介入多学科查房'] },
    ],
    education: [
      { school: '四川大学华西临床医学院', degree: '康复治疗学（物理治疗方向） 本科', start: '2016-09', end: '2020-06' },
    ],
    skills: [
      { label: '临床技能', items: [{ name: '关节松动术' }, { name: '肌内效贴扎', alt: ['肌贴', 'Kinesio Taping'] }, { name: 'PNF 技术', alt: ['PNF', '本体感觉神经肌肉促进技术'] }, { name: '运动损伤康复' }, { name: '骨科术后康复' }, { name: '徒手肌力评定', alt: ['MMT'] }] },
      { label: '设备', items: [{ name: '等速肌力测试', alt: ['等速肌力'] }, { name: '冲击波治疗', alt: ['体外冲击波'] }] },
    ],
    spoken: ['普通话', '英语（可阅读专业文献）'],
    certs: ['康复医学治疗技术（中级）', '国际 Mulligan 手法概念 Level A'],
  },
  {
    id: 'p09', language: 'zh', labels: 'zh',
    name: '裘文钊', title: '食品研发工程师',
    email: 'qiuwenzhao@foxmail.com', phonePrinted: '137 0174 6239', phone: '+8613701746239', city: '江苏无锡',
    summary: '食品科学硕士，五年乳制品与植物基饮料研发经验，熟悉中试放大与 HACCP 体系。',
    highlights: ['主导开发燕麦植物基饮品 3 款，上市首年销售额 1.2 亿元', '申请发明专利 2 项（1 项已授权）'],
    jobs: [
      { company: '无锡禾润乳业股份有限公司', title: '高级研发工程师', city: '无锡', start: '2023-06', end: null, bullets: ['负责植物基饮品配方开发与稳定性研究', '组织中试放大与工厂首批生产', '编写产品标准与工艺文件'] },
      { company: '江南麦田食品科技有限公司', title: '研发工程师', city: '苏州', start: '2021-07', end: '2023-05', bullets: ['酸奶及发酵乳配方改良，降糖 25% 保持口感', '感官评价小组组织与数据分析'] },
    ],
    education: [
      { school: '江南大学', degree: '食品科学 硕士', start: '2018-09', end: '2021-06' },
      { school: '浙江工商大学', degree: '食品科学与工程 学士', start: '2014-09', end: '2018-06' },
    ],
    skills: [
      { label: '', items: [{ name: '配方开发' }, { name: '中试放大' }, { name: 'HACCP' }, { name: '感官评价' }, { name: '流变学分析', alt: ['流变学'] }, { name: 'HPLC', alt: ['高效液相色谱'] }, { name: 'SPSS' }, { name: 'Origin' }] },
    ],
    spoken: ['普通话', '英语（CET-6）'],
    certs: ['食品安全管理员证', 'ISO 22000 内审员'],
    extras: ['裘文钊 等. 高压均质对燕麦饮稳定性的影响. 食品与发酵工业, 2022', '一种低糖燕麦发酵饮品及其制备方法（发明专利，已授权）'],
  },
  {
    id: 'p10', language: 'zh', labels: 'zh',
    name: '戚嘉蔓', title: '零售银行理财经理',
    email: 'qijiaman88@163.com', phonePrinted: '158-2016-3370', phone: '+8615820163370', city: '广东佛山',
    summary: '七年商业银行零售条线经验，从柜员做到理财经理，管理个人客户资产逾 6 亿元。',
    highlights: ['2025 年度分行理财销售第一名', '管户客户数 1,100 余户，AUM 年增长 22%'],
    jobs: [
      { company: '佛山顺德农村商业银行', title: '理财经理', city: '佛山', start: '2022-03', end: null, bullets: ['负责私行潜力客户经营与资产配置', '组织社区金融知识讲座每月 2 场'] },
      { company: '佛山顺德农村商业银行', title: '个人客户经理', city: '佛山', start: '2020-01', end: '2022-02', bullets: ['个人贷款营销与贷后管理', '信用卡与代发工资业务拓展'] },
      { company: '广发银行佛山分行', title: '综合柜员', city: '佛山', start: '2019-07', end: '2019-12', bullets: ['现金与非现金业务办理，零差错'] },
    ],
    education: [{ school: '广东财经大学', degree: '金融学 学士', start: '2015-09', end: '2019-06' }],
    skills: [
      { label: '专业', items: [{ name: '资产配置' }, { name: '基金销售', alt: ['基金'] }, { name: '个人贷款', alt: ['个贷'] }, { name: '反洗钱', alt: ['AML'] }] },
      { label: '工具', items: [{ name: 'Excel' }, { name: 'Wind 金融终端', alt: ['Wind', '万得'] }, { name: 'CRM 客户管理系统', alt: ['CRM'] }] },
    ],
    spoken: ['普通话', '粤语', '英语'],
    certs: ['AFP 金融理财师', '基金从业资格', '银行从业资格（个人理财）'],
  },
  {
    id: 'p11', language: 'mixed', labels: 'zh',
    name: '符晓岚', nameAlt: 'Fu Xiaolan', title: '本地化项目经理 / 中英笔译',
    email: 'xiaolan.fu@lingomail.net', phonePrinted: '+86 135 0122 8457', phone: '+8613501228457', city: '北京',
    summary: '中英笔译出身的本地化项目经理，主攻游戏与医疗器械说明书，累计译审量 300 万字。',
    highlights: ['CATTI 二级笔译', '搭建团队术语库与 QA 流程，返工率下降 40%'],
    jobs: [
      { company: 'Verbatica Localization Beijing', title: '本地化项目经理', city: '北京', start: '2022-09', end: null, bullets: ['管理 10+ 语种游戏本地化项目，月均 80 万字', '对接海外客户与 LSP，控制预算与交期', '维护 memoQ 服务器与术语库'] },
      { company: 'Lexbridge Translation Co., Ltd.', title: '中英笔译 / 审校', city: '北京', start: '2019-07', end: '2022-08', bullets: ['医疗器械说明书与临床文件翻译审校', '编写《医疗器械翻译风格指南》'] },
      { company: 'Tianmu Games', title: '游戏翻译实习生', city: '杭州', start: '2018-07', end: '2018-12', bullets: ['游戏内文本与版本更新公告英译'] },
    ],
    education: [{ school: '北京外国语大学', degree: '英语笔译 硕士（MTI）', start: '2017-09', end: '2019-06' }],
    skills: [
      { label: 'CAT 工具', items: [{ name: 'memoQ' }, { name: 'Trados Studio', alt: ['SDL Trados', 'Trados'] }, { name: 'Phrase TMS', alt: ['Memsource', 'Phrase'] }, { name: 'Xbench' }] },
      { label: '专业能力', items: [{ name: '术语管理' }, { name: '游戏本地化' }, { name: '医疗器械翻译' }, { name: 'LQA' }] },
    ],
    spoken: ['中文（母语）', '英语（专业八级）', '日语（N2）'],
    certs: ['CATTI 二级笔译', '英语专业八级'],
  },
  {
    id: 'p12', language: 'mixed', labels: 'en',
    name: 'Grace Lam Wing-sze', nameAlt: '林詠詩', title: 'Hotel Revenue Manager',
    email: 'grace.lamws@gmail.com', phonePrinted: '+852 9318 4672', phone: '+85293184672', city: 'Hong Kong',
    summary: 'Revenue manager for upscale and lifestyle hotels in Hong Kong and Macau; strong on pricing strategy, group displacement and channel mix.',
    highlights: ['Grew RevPAR index from 97 to 112 in 18 months', 'Rolled out IDeaS G3 across two properties'],
    jobs: [
      { company: '海晴酒店 Seabrume Hotel', title: 'Revenue Manager', city: 'Hong Kong', start: '2022-11', end: null, bullets: ['Own pricing and inventory for 410 rooms; weekly revenue strategy meeting', 'Forecasting, budget and group displacement analysis', 'Channel mix optimisation; cut OTA share from 48% to 39%'] },
      { company: 'Sapphire Cove Resort Macau', title: 'Assistant Revenue Manager', city: 'Macau', start: '2019-10', end: '2022-10', bullets: ['Daily pick-up reports and rate loading', 'Supported the opening of the resort\'s second tower'] },
      { company: 'Peakview Hotels Group', title: 'Reservations Agent', city: 'Hong Kong', start: '2018-06', end: '2019-09', bullets: ['Reservations, group blocks and billing instructions'] },
    ],
    education: [{ school: 'The Hong Kong Polytechnic University', degree: 'BSc (Hons) Hotel Management', start: '2014-09', end: '2018-06' }],
    skills: [
      { label: 'Systems', items: [{ name: 'Opera PMS', alt: ['Oracle Opera', 'Opera'] }, { name: 'IDeaS G3', alt: ['IDeaS'] }, { name: 'SiteMinder' }, { name: 'STR reports', alt: ['STR'] }] },
      { label: 'Revenue', items: [{ name: 'Forecasting' }, { name: 'Pricing strategy' }, { name: 'Group displacement analysis', alt: ['Displacement analysis'] }, { name: 'Channel management' }] },
      { label: 'Data', items: [{ name: 'Excel' }, { name: 'Tableau' }] },
    ],
    spoken: ['Cantonese (native)', 'English (fluent)', 'Mandarin / 普通話 (fluent)'],
    certs: ['CRME (Certified Revenue Management Executive, HSMAI)'],
  },
  {
    id: 'p13', language: 'mixed', labels: 'zh',
    name: '汤皓宇', nameAlt: 'Tang Haoyu', title: '包装结构设计师',
    email: 'haoyu.tang@designmail.cn', phonePrinted: '181 5126 0387', phone: '+8618151260387', city: '江苏苏州',
    summary: '工业设计背景的包装结构设计师，服务消费电子与美妆品牌，擅长可持续纸塑包装与打样。',
    highlights: ['为客户将塑料托盘替换为纸浆模塑，单件包装减重 37%', '作品获 2024 Pentawards 铜奖'],
    jobs: [
      { company: 'Paperwren Packaging (Suzhou) Co., Ltd.', title: '高级包装结构设计师', city: '苏州', start: '2021-10', end: null, bullets: ['负责消费电子品牌礼盒与内托结构设计', '与工厂对接刀版、打样与量产问题', '推进纸浆模塑替代 EPS 项目'] },
      { company: 'Orbis Creative Studio', title: '包装设计师', city: '上海', start: '2019-03', end: '2021-09', bullets: ['美妆品牌彩盒与陈列道具设计', '制作 3D 渲染提案与实物样品'] },
      { company: '苏州启程印务有限公司', title: '结构设计助理', city: '苏州', start: '2018-07', end: '2019-02', bullets: ['刀版图绘制与样品切割'] },
    ],
    education: [{ school: '江南大学设计学院', degree: '工业设计 学士', start: '2014-09', end: '2018-06' }],
    skills: [
      { label: '软件', items: [{ name: 'ArtiosCAD', level: '精通' }, { name: 'Adobe Illustrator', alt: ['Illustrator', 'AI'], level: '精通' }, { name: 'Rhino', alt: ['Rhinoceros'], level: '熟练' }, { name: 'KeyShot', level: '熟练' }, { name: 'SolidWorks', level: '了解' }] },
      { label: '专业', items: [{ name: '纸浆模塑结构设计', alt: ['纸浆模塑'] }, { name: '刀版设计', alt: ['刀模设计'] }, { name: 'ISTA 运输测试', alt: ['ISTA'] }] },
    ],
    spoken: ['普通话', '英语（工作语言）'],
    certs: [],
    extras: ['Aurora 耳机礼盒 — 全纸化内托，获 2024 Pentawards 铜奖', 'Bloomwell 护肤套装 — 可折叠陈列盒，运输体积减少 28%', 'Tessel 智能手表包装 — 纸浆模塑内托替代 EPS'],
  },
  {
    id: 'p14', language: 'mixed', labels: 'en',
    name: 'Zhao Mingyue', nameAlt: '赵明月', title: 'Cold-Chain Logistics Supervisor',
    email: 'mingyue.zhao@outlook.com', phonePrinted: '+86 177 2104 5563', phone: '+8617721045563', city: 'Shanghai',
    summary: 'Cold-chain logistics supervisor for pharmaceuticals and fresh food; GSP-compliant warehousing, temperature mapping and customs clearance for imported chilled goods.',
    highlights: ['Passed two NMPA GSP inspections with no major findings', 'Cut temperature excursions by 60% with lane qualification'],
    jobs: [
      { company: 'Frostline Supply Chain (Shanghai) Co., Ltd.', title: 'Cold-Chain Operations Supervisor', city: 'Shanghai', start: '2021-01', end: null, bullets: ['Supervise a 2–8 °C pharma warehouse of 12,000 pallet positions, 35 staff', 'Lead temperature mapping, lane qualification and deviation handling', 'Work with brokers on clearance of imported chilled food'] },
      { company: '上海申冷物流有限公司', title: 'Warehouse Team Leader', city: 'Shanghai', start: '2017-04', end: '2020-12', bullets: ['Inbound/outbound for frozen seafood and dairy; FEFO control', 'Introduced handheld scanning with the WMS vendor'] },
      { company: 'Pacific Lantern Freight', title: 'Logistics Coordinator', city: 'Ningbo', start: '2015-07', end: '2017-03', bullets: ['Booked reefer containers and tracked shipments'] },
    ],
    education: [{ school: 'Shanghai Maritime University', degree: 'BMgt Logistics Management', start: '2011-09', end: '2015-06' }],
    skills: [
      { label: '', items: [{ name: 'GSP compliance', alt: ['GSP', '药品GSP'] }, { name: 'Temperature mapping' }, { name: 'FEFO inventory control', alt: ['FEFO'] }, { name: 'Manhattan WMS', alt: ['WMS', 'Manhattan'] }, { name: 'SAP EWM', alt: ['EWM'] }, { name: '报关 (customs declaration)', alt: ['报关', 'Customs declaration', 'Customs clearance'] }, { name: 'Lean Six Sigma Green Belt', alt: ['Lean Six Sigma', 'Six Sigma'] }, { name: 'Excel' }] },
    ],
    spoken: ['Mandarin (native)', 'English (fluent, IELTS 7.5)', 'Shanghainese'],
    certs: ['Lean Six Sigma Green Belt', 'Forklift licence (叉车证)'],
  },
];
