/**
 * The people of held-out set 5 (issue 11), typed by hand.
 *
 * Written by a blind writer on 2026-12-02 (heldout-5), without reading the analyser, its taxonomy, tests, README
 * or the other sets. Frozen with the documents (see manifest.json); never tuned on. Every name, employer, school
 * and phone number is invented.
 *
 * A skill is written as the CV prints it, then (after " | ") plain alternatives a recruiter takes as the same
 * skill. Roles at one employer are separate entries with the same company (printed grouped by some templates).
 */

export type Lang = 'en' | 'zh' | 'mixed';

export interface Job {
  company: string;
  city: string;
  title: string;
  start: string;
  end: string | null;
  /** Shown as a tag by the templates that print one ("Internship", "兼职"...). */
  kind?: 'intern' | 'part-time' | 'freelance' | 'contract';
  bullets: string[];
}

export interface School {
  school: string;
  degree: string;
  start: string;
  end: string;
}

export interface Person {
  id: string;
  language: Lang;
  /** Which language the CV's headings and dates are in (a mixed person writes one main language). */
  labels: 'en' | 'zh';
  name: string;
  /** The name in the other script, printed small by some templates (not part of the truth). */
  altName?: string;
  headline: string;
  email: string;
  /** As printed. */
  phoneShown: string;
  /** E.164 */
  phone: string;
  location: string;
  summary: string;
  jobs: Job[];
  /** A career break printed in the history (not work). */
  gap?: { start: string; end: string; text: string };
  education: School[];
  /** Skill groups: label, then skills as written ("PostgreSQL | Postgres"). */
  skills: [string, string[]][];
  spoken: string[];
  extra?: string[];
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', labels: 'en', name: 'Harriet Okonkwo-Blake', headline: 'Ward Sister (Band 7), Acute Medicine',
    email: 'harriet.okonkwoblake@fastmail.co.uk', phoneShown: '07700 900418', phone: '+447700900418', location: 'Halifax, West Yorkshire',
    summary: 'Registered adult nurse (NMC) with nine years on acute medical wards, now leading a 28-bed unit. I care about safe staffing, calm handovers and students who leave placement wanting to come back.',
    jobs: [
      { company: 'Calder Vale NHS Foundation Trust', city: 'Halifax', title: 'Ward Sister, Acute Medical Unit', start: '2023-07', end: null, bullets: [
        'Lead a team of 31 registered nurses and HCAs across a 28-bed acute medical unit.',
        'Cut missed-observation incidents by 40% in a year by redesigning the NEWS2 escalation round with the outreach team.',
        'Manage the ward roster and bank budget; present monthly safety figures to the matron.'] },
      { company: 'Hollis Bank Staffing', city: 'Leeds', title: 'Bank Staff Nurse', start: '2021-01', end: '2022-12', kind: 'part-time', bullets: [
        'Weekend shifts on respiratory and elderly-care wards alongside my substantive post.'] },
      { company: 'Ashcombe Vale Hospitals NHS Trust', city: 'Leeds', title: 'Senior Staff Nurse', start: '2020-04', end: '2023-06', bullets: [
        'Nurse in charge on day and night shifts on a 32-bed respiratory ward during the COVID-19 surges.',
        'Practice assessor for 14 student nurses; led the ward tissue viability audit.'] },
      { company: 'Ashcombe Vale Hospitals NHS Trust', city: 'Leeds', title: 'Staff Nurse', start: '2017-09', end: '2020-03', bullets: [
        'Newly qualified staff nurse on an elderly care ward; completed preceptorship and IV competencies.'] },
    ],
    education: [
      { school: 'University of Bradford', degree: 'BSc (Hons) Nursing (Adult)', start: '2014-09', end: '2017-07' },
      { school: 'University of Leeds', degree: 'PGCert Leadership in Healthcare', start: '2021-09', end: '2022-06' },
    ],
    skills: [
      ['Clinical', ['Wound care | Wound management', 'IV cannulation | Cannulation', 'Venepuncture | Phlebotomy', 'Medicines management', 'NEWS2', 'Tissue viability']],
      ['Systems', ['Epic EHR | Epic', 'Microsoft Office | MS Office']],
      ['Quality', ['Clinical audit']],
    ],
    spoken: ['English (native)', 'Igbo (conversational)'],
    extra: ['NMC PIN 17I2093E', 'Full UK driving licence'],
  },
  {
    id: 'p02', language: 'en', labels: 'en', name: 'Tobias Rendell', headline: 'Senior Transportation Planner',
    email: 'tobias.rendell@proton.me', phoneShown: '(614) 555-0183', phone: '+16145550183', location: 'Columbus, OH',
    summary: 'Logistics planner who has worked the warehouse floor, the analyst desk and the carrier phone. Nine years moving refrigerated and dry freight across the Midwest.',
    jobs: [
      { company: 'Westmere Foods Inc.', city: 'Columbus, OH', title: 'Senior Transportation Planner', start: '2022-03', end: null, bullets: [
        'Plan 1,100+ outbound loads a month from two DCs to 340 grocery stores; on-time delivery up from 91% to 97%.',
        'Re-bid the dedicated fleet contract, saving $1.2M a year.'] },
      { company: 'Ferrovane Logistics', city: 'Indianapolis, IN', title: 'Logistics Analyst', start: '2018-06', end: '2022-02', bullets: [
        'Built weekly carrier scorecards and lane cost models for 60 shippers.',
        'Moved reporting from spreadsheets to Power BI dashboards read by the whole ops team.'] },
      { company: 'Stillwell Distribution Co.', city: 'Dayton, OH', title: 'Warehouse Supervisor', start: '2015-01', end: '2018-05', bullets: [
        'Supervised 45 associates on second shift in a 400,000 sq ft ambient DC.',
        'Led the cycle-count program; inventory accuracy reached 99.6%.'] },
      { company: 'Prairie Freight Lines', city: 'Dayton, OH', title: 'Inventory Control Intern', start: '2014-06', end: '2014-08', kind: 'intern', bullets: [
        'Reconciled cross-dock receipts and cleaned up 3,000 item master records.'] },
    ],
    education: [{ school: 'Wright State University', degree: 'B.S. in Supply Chain Management', start: '2010-08', end: '2014-05' }],
    skills: [
      ['Systems', ['SAP EWM', 'Manhattan WMS | Manhattan Associates WMS', 'Oracle TMS | Oracle Transportation Management', 'Excel | Microsoft Excel', 'Power BI', 'SQL']],
      ['Methods', ['Lean Six Sigma Green Belt | Lean Six Sigma', 'Route optimization', 'Demand forecasting', 'Incoterms']],
    ],
    spoken: ['English (native)', 'Spanish (working proficiency)'],
    extra: ['OSHA 10-Hour General Industry'],
  },
  {
    id: 'p03', language: 'en', labels: 'en', name: 'Saoirse Fennelly', headline: 'FP&A Manager, ACA',
    email: 'saoirse.fennelly@outlook.ie', phoneShown: '+353 87 555 2741', phone: '+353875552741', location: 'Galway, Ireland',
    summary: 'Chartered accountant who moved from audit into FP&A. I build the models, then make sure the people who own the numbers understand them.',
    jobs: [
      { company: 'Lir Medical Devices Ltd', city: 'Galway', title: 'FP&A Manager', start: '2023-09', end: null, bullets: [
        'Own the €210M group budget and the monthly reforecast for three manufacturing sites.',
        'Replaced 40 linked workbooks with an Anaplan model; month-end reporting now takes four days instead of nine.'] },
      { company: 'Quayline Aircraft Leasing', city: 'Dublin', title: 'Financial Analyst', start: '2019-09', end: '2022-12', bullets: [
        'Lease pricing and residual-value models for a 90-aircraft portfolio.',
        'Prepared IFRS 16 disclosures and board packs each quarter.'] },
      { company: 'Brennan Foley & Partners', city: 'Dublin', title: 'Audit Associate', start: '2016-09', end: '2019-08', bullets: [
        'Statutory audits of manufacturing and aviation clients; trained as a chartered accountant (ACA) on the job.'] },
    ],
    gap: { start: '2023-01', end: '2023-08', text: 'Career break: caring for a family member, and completed a Python for finance course.' },
    education: [{ school: 'National University of Ireland, Galway', degree: 'BComm (Accounting)', start: '2012-09', end: '2016-05' }],
    skills: [
      ['Finance', ['Financial modelling | Financial modeling', 'IFRS', 'Variance analysis', 'Budgeting and forecasting | Budgeting']],
      ['Tools', ['Excel | Microsoft Excel', 'VBA', 'Anaplan', 'NetSuite | Oracle NetSuite', 'Power BI', 'Tableau', 'Python']],
    ],
    spoken: ['English', 'Irish (fluent)', 'French (B1)'],
    extra: ['ACA, Chartered Accountants Ireland (2019)'],
  },
  {
    id: 'p04', language: 'en', labels: 'en', name: 'Nolan Vandersloot', headline: 'Senior Project Engineer, P.Eng.',
    email: 'nolan.vandersloot@gmail.com', phoneShown: '604-555-0147', phone: '+16045550147', location: 'Vancouver, BC',
    summary: 'Civil engineer with thirteen years in municipal water, roads and drainage, from design through construction administration.',
    jobs: [
      { company: 'Municipality of Grey Harbour', city: 'Grey Harbour, BC', title: 'Senior Project Engineer', start: '2021-07', end: null, bullets: [
        'Deliver the $48M capital program for stormwater and road renewal: scoping, consultant procurement, tender and site.',
        'Introduced Bluebeam Studio review sessions that halved drawing review cycles.'] },
      { company: 'Vandersloot Engineering Services', city: 'Vancouver, BC', title: 'Independent Consultant (contract)', start: '2020-11', end: '2021-06', kind: 'freelance', bullets: [
        'Drainage studies and HEC-RAS floodplain models for two small developers and a First Nation community.'] },
      { company: 'Kettle Ridge Constructors Ltd.', city: 'Kelowna, BC', title: 'Project Engineer', start: '2016-09', end: '2020-10', bullets: [
        'Site engineer on highway interchange and watermain projects up to $30M; managed RFIs, change orders and progress claims.',
        'Built the Primavera P6 schedules for four projects.'] },
      { company: 'Fraserbank Consulting Engineers', city: 'Surrey, BC', title: 'Engineer-in-Training', start: '2013-05', end: '2016-08', bullets: [
        'Civil 3D grading and pipe network design for subdivisions; field inspection during construction.'] },
    ],
    education: [{ school: 'University of British Columbia', degree: 'BASc, Civil Engineering', start: '2008-09', end: '2013-04' }],
    skills: [
      ['Design', ['AutoCAD Civil 3D | Civil 3D', 'HEC-RAS', 'SAP2000', 'ArcGIS', 'Stormwater design | Stormwater management']],
      ['Project delivery', ['Primavera P6 | P6', 'MS Project | Microsoft Project', 'Bluebeam Revu | Bluebeam', 'Construction inspection', 'Contract administration']],
    ],
    spoken: ['English', 'French (intermediate)'],
    extra: ['P.Eng., Engineers and Geoscientists BC'],
  },
  {
    id: 'p05', language: 'en', labels: 'en', name: 'Beatriz Calloway', headline: 'Director of Sales, Luxury Hospitality',
    email: 'bea.calloway@icloud.com', phoneShown: '+1 305 555 0192', phone: '+13055550192', location: 'Miami, FL',
    summary: 'Hotel sales leader who grows group and wedding revenue. Bilingual English/Spanish; comfortable in front of a client and in the revenue meeting.',
    jobs: [
      { company: 'Verano Grand Hotel', city: 'Miami Beach, FL', title: 'Director of Sales', start: '2021-10', end: null, bullets: [
        'Lead a team of 6 sellers; group revenue $14.8M in 2025, 118% of budget.',
        'Opened the Latin American corporate segment: 22 new accounts worth $2.1M.'] },
      { company: 'Tessaly Resorts', city: 'Naples, FL', title: 'Group Sales Manager', start: '2017-04', end: '2021-09', bullets: [
        'Booked $5M+ a year in association and incentive groups; top seller of the 3-resort cluster in 2019.',
        'Kept 70% of 2020 groups by rebooking instead of cancelling.'] },
      { company: 'Marlowe Harbour Hotel', city: 'Fort Lauderdale, FL', title: 'Sales Coordinator', start: '2014-06', end: '2017-03', bullets: [
        'Contracts, BEOs and site visits for four sales managers.'] },
      { company: 'Seabright Inn', city: 'Key Biscayne, FL', title: 'Front Desk Agent', start: '2012-06', end: '2014-05', kind: 'part-time', bullets: [
        'Part-time while studying; check-in, reservations and night audit cover.'] },
    ],
    education: [{ school: 'Florida International University', degree: 'B.S. Hospitality Management', start: '2010-08', end: '2014-05' }],
    skills: [
      ['Sales & revenue', ['Revenue management', 'Contract negotiation | Negotiation', 'Event planning']],
      ['Systems', ['Salesforce', 'Delphi.fdc | Delphi FDC', 'Opera PMS | Oracle Opera', 'Cvent', 'HubSpot', 'Google Workspace']],
    ],
    spoken: ['English (native)', 'Spanish (native)', 'Portuguese (basic)'],
  },
  {
    id: 'p06', language: 'zh', labels: 'zh', name: '祁梦溪', headline: '质量经理',
    email: 'qimengxi88@163.com', phoneShown: '139-5821-7046', phone: '+8613958217046', location: '江苏无锡',
    summary: '11年汽车零部件及新能源行业质量管理经验，熟悉IATF 16949体系，主导过多次客户审核与供应商质量改进。',
    jobs: [
      { company: '无锡欣拓新能源科技股份有限公司', city: '无锡', title: '质量经理', start: '2022-05', end: null, bullets: [
        '负责电池包结构件工厂质量体系，管理18人质量团队。',
        '推动供应商PPAP与过程审核，来料不良率由1.8%降至0.6%。'] },
      { company: '常州德普斯精工科技有限公司', city: '常州', title: '高级质量工程师', start: '2019-01', end: '2022-04', bullets: [
        '负责主要客户质量对接，8D报告按期关闭率100%。',
        '建立关键尺寸SPC监控，Cpk由1.1提升至1.5以上。'] },
      { company: '宁波瑞泓汽车零部件有限公司', city: '宁波', title: '质量工程师', start: '2015-07', end: '2018-12', bullets: [
        '参与新项目APQP全过程，编制PFMEA与控制计划。',
        '负责三坐标测量与MSA分析。'] },
    ],
    education: [{ school: '江苏理工学院', degree: '机械设计制造及其自动化 本科', start: '2011-09', end: '2015-06' }],
    skills: [
      ['质量工具', ['IATF 16949', 'APQP', 'PPAP', 'FMEA', 'SPC', 'MSA', '8D']],
      ['其他', ['六西格玛 | Six Sigma', 'Minitab', '三坐标测量 | CMM']],
    ],
    spoken: ['英语（CET-4）'],
    extra: ['六西格玛绿带', '内审员证书'],
  },
  {
    id: 'p07', language: 'zh', labels: 'zh', name: '严书衡', headline: '数学教研主管',
    email: 'yanshuheng@126.com', phoneShown: '158 6712 3309', phone: '+8615867123309', location: '浙江杭州',
    summary: '高中数学一级教师，十余年一线教学与教研经验，擅长分层教学与信息化课堂。',
    jobs: [
      { company: '杭州博雅学堂教育科技有限公司', city: '杭州', title: '教研主管', start: '2021-08', end: null, bullets: [
        '带领12人教研团队编写初高中数学校本教材与题库。',
        '设计教师培训体系，新教师试讲通过率提升30%。'] },
      { company: '绍兴市越州外国语学校', city: '绍兴', title: '数学教师、备课组长', start: '2016-08', end: '2021-07', bullets: [
        '担任高三数学教学及备课组长，所带班级高考数学平均分年级第一。',
        '获绍兴市优质课评比一等奖。'] },
      { company: '杭州启明星教育培训学校', city: '杭州', title: '兼职数学讲师', start: '2014-03', end: '2016-06', kind: 'part-time', bullets: [
        '周末兼职，负责初三数学小班课。'] },
      { company: '杭州市临平第三中学', city: '杭州', title: '数学教师', start: '2012-09', end: '2016-07', bullets: [
        '担任高一、高二数学教学及班主任工作。'] },
    ],
    education: [{ school: '浙江师范大学', degree: '数学与应用数学 本科', start: '2008-09', end: '2012-06' }],
    skills: [
      ['教学技能', ['教学设计', '微课制作', '学情数据分析']],
      ['软件', ['希沃白板 | Seewo', '几何画板', 'GeoGebra', 'Office办公软件 | Microsoft Office', 'PPT课件制作 | PowerPoint']],
    ],
    spoken: ['普通话二级甲等', '英语（CET-6）'],
    extra: ['高中数学教师资格证', '中学一级教师'],
  },
  {
    id: 'p08', language: 'zh', labels: 'zh', name: '欧阳沁柠', headline: '财务主管',
    email: 'ouyang.qn@qq.com', phoneShown: '+86 136-0271-5582', phone: '+8613602715582', location: '广东深圳',
    summary: '中国注册会计师，审计出身，熟悉总账、合并报表与预算管理，有上市公司财务工作经验。',
    jobs: [
      { company: '深圳市嘉屿生物医药股份有限公司', city: '深圳', title: '财务主管', start: '2021-01', end: null, bullets: [
        '负责集团6家子公司月度结账及合并报表编制。',
        '搭建全面预算管理体系，预算执行偏差控制在5%以内。'] },
      { company: '广州南沙港航物流集团有限公司', city: '广州', title: '总账会计', start: '2017-07', end: '2020-12', bullets: [
        '负责总账、往来核对及纳税申报，参与SAP FICO上线。'] },
      { company: '立衡会计师事务所（特殊普通合伙）', city: '广州', title: '高级审计员', start: '2016-01', end: '2017-06', bullets: [
        '担任现场负责人，完成4家企业年报审计。'] },
      { company: '立衡会计师事务所（特殊普通合伙）', city: '广州', title: '审计助理', start: '2014-07', end: '2015-12', bullets: [
        '参与IPO审计项目，负责货币资金、存货等科目底稿。'] },
    ],
    education: [{ school: '暨南大学', degree: '会计学 本科', start: '2010-09', end: '2014-06' }],
    skills: [
      ['财务软件', ['用友U8 | 用友', '金蝶K/3 | 金蝶', 'SAP FICO | SAP FI/CO', 'Excel | Microsoft Excel', 'Power BI']],
      ['专业能力', ['合并报表', '税务筹划', '财务分析', '全面预算管理 | 预算管理']],
    ],
    spoken: ['英语（CET-6）', '粤语'],
    extra: ['中国注册会计师（CPA）', '中级会计师'],
  },
  {
    id: 'p09', language: 'zh', labels: 'zh', name: '卢青禾', headline: '资深视觉设计师',
    email: 'luqinghe.design@163.com', phoneShown: '177 2830 6615', phone: '+8617728306615', location: '四川成都',
    summary: '8年品牌与界面设计经验，从平面设计转向UI与三维视觉，做过快消、文旅和SaaS产品。',
    jobs: [
      { company: '成都山野数字科技有限公司', city: '成都', title: '资深视觉设计师', start: '2023-04', end: null, bullets: [
        '负责文旅小程序与线下活动的整体视觉，输出品牌规范与组件库。',
        '用C4D与Blender制作产品三维宣传物料。'] },
      { company: '北京有序科技有限公司', city: '北京', title: 'UI设计师', start: '2020-03', end: '2023-02', bullets: [
        '负责SaaS后台与移动端界面设计，在Figma中搭建设计系统。'] },
      { company: '杭州松间品牌设计有限公司', city: '杭州', title: '平面设计师', start: '2017-03', end: '2019-08', bullets: [
        '完成20余个餐饮与快消品牌VI及包装设计。'] },
      { company: '上海青橙文化传播有限公司', city: '上海', title: '设计实习生', start: '2016-07', end: '2016-12', kind: 'intern', bullets: [
        '协助完成海报、展板与社交媒体配图。'] },
    ],
    gap: { start: '2019-09', end: '2020-02', text: '自由职业与进修：学习UI/UX设计课程' },
    education: [{ school: '四川美术学院', degree: '视觉传达设计 本科', start: '2013-09', end: '2017-06' }],
    skills: [
      ['设计软件', ['Photoshop | Adobe Photoshop', 'Illustrator | Adobe Illustrator', 'InDesign | Adobe InDesign', 'Figma', 'Sketch', 'After Effects | Adobe After Effects', 'C4D | Cinema 4D', 'Blender']],
      ['设计方向', ['品牌VI设计 | VI设计', '包装设计']],
    ],
    spoken: ['英语（CET-4）'],
  },
  {
    id: 'p10', language: 'zh', labels: 'zh', name: '滕子骞', headline: '大区销售总监',
    email: 'tengziqian@sina.com', phoneShown: '186 0226 4471', phone: '+8618602264471', location: '北京',
    summary: '15年医疗器械销售与团队管理经验，覆盖华北三省二级以上医院，连续多年超额完成销售指标。',
    jobs: [
      { company: '迈锐思（中国）医疗器械有限公司', city: '北京', title: '大区销售总监', start: '2019-04', end: null, bullets: [
        '管理华北区28人销售团队，2025年销售额2.3亿元，完成率112%。',
        '新开发三甲医院17家，经销商网络由40家优化至26家。'] },
      { company: '北京康维德医疗科技有限公司', city: '北京', title: '区域销售经理', start: '2014-10', end: '2019-03', bullets: [
        '负责河北、山西区域，年销售额由3000万元增至8500万元。',
        '主导多个省级招标项目，中标率70%。'] },
      { company: '天津瑞康医疗器械有限公司', city: '天津', title: '销售代表', start: '2011-07', end: '2014-09', bullets: [
        '负责天津地区12家医院的耗材销售与客情维护。'] },
    ],
    education: [{ school: '天津医科大学', degree: '生物医学工程 本科', start: '2007-09', end: '2011-06' }],
    skills: [
      ['销售管理', ['大客户管理 | KAM', '渠道管理', '招投标 | 招标投标', '商务谈判', '医疗器械法规']],
      ['工具', ['Salesforce', 'CRM系统 | CRM', 'Excel | Microsoft Excel', 'PPT | PowerPoint']],
    ],
    spoken: ['英语（CET-6，可作为工作语言）'],
  },
  {
    id: 'p11', language: 'mixed', labels: 'en', name: 'Yiheng Zhao', altName: '赵一衡', headline: 'NPI Manager, Electronics Manufacturing',
    email: 'yiheng.zhao@outlook.com', phoneShown: '+86 135 1093 4827', phone: '+8613510934827', location: 'Suzhou, China',
    summary: 'Ten years in SMT and new product introduction for consumer and industrial electronics, in Chinese factories and for foreign customers.',
    jobs: [
      { company: 'Talonbridge Robotics', city: 'Suzhou', title: 'NPI Manager', start: '2023-11', end: null, bullets: [
        'Lead NPI for warehouse robot controllers from EVT to mass production with two EMS partners.',
        'Cut first-pass yield losses at PVT from 6% to 1.5% through DFM reviews.'] },
      { company: 'Norvance Electronics (Suzhou) Co., Ltd.', city: 'Suzhou', title: 'Senior SMT Process Engineer', start: '2019-06', end: '2023-10', bullets: [
        'Owned 8 SMT lines; reflow profiling, stencil design and AOI programming.',
        'Six Sigma Black Belt project on solder voids saved RMB 2.4M a year.'] },
      { company: '东莞市立丰电路板有限公司', city: 'Dongguan', title: 'Process Engineer', start: '2016-07', end: '2019-05', bullets: [
        'PCB assembly process engineer; wrote work instructions to IPC-A-610 and trained operators.'] },
    ],
    education: [{ school: '华南理工大学 South China University of Technology', degree: 'B.Eng. Electronic Packaging', start: '2012-09', end: '2016-06' }],
    skills: [
      ['Process', ['SMT process | SMT', 'DFM', 'AOI programming | AOI', 'IPC-A-610', 'MES']],
      ['Tools', ['Minitab', 'JMP', 'AutoCAD', 'SolidWorks', 'Python']],
      ['Quality', ['Six Sigma Black Belt | Six Sigma']],
    ],
    spoken: ['Mandarin (native)', 'Cantonese (fluent)', 'English (fluent, IELTS 7.5)'],
  },
  {
    id: 'p12', language: 'mixed', labels: 'en', name: 'Wenjing Qiao', altName: '乔文静', headline: 'Head of Digital Marketing',
    email: 'qiaowenjing@163.com', phoneShown: '186 2173 4590', phone: '+8618621734590', location: 'Shanghai',
    summary: 'E-commerce and social marketer for beauty and food brands on Tmall, Douyin and Xiaohongshu. I like campaigns I can measure.',
    jobs: [
      { company: 'Northbay Coffee Roasters China', city: 'Shanghai', title: 'Head of Digital Marketing', start: '2024-02', end: null, bullets: [
        'Run a RMB 18M annual budget across Tmall, Douyin and WeChat; GMV +64% in 2025.',
        'Launched the membership mini-program: 410k members in the first year.'] },
      { company: '杭州熙和电子商务有限公司', city: 'Hangzhou', title: 'E-commerce Operations Manager', start: '2020-07', end: '2024-01', bullets: [
        'Managed Tmall flagship stores for three cosmetics brands; 11.11 sales RMB 96M in 2022.',
        'Built a SQL + Excel daily dashboard from 生意参谋 exports.'] },
      { company: 'Lumière Beauty (Shanghai) Co., Ltd.', city: 'Shanghai', title: 'E-commerce Specialist', start: '2017-09', end: '2020-06', bullets: [
        'Product listings, promotions and KOL seeding on Xiaohongshu.'] },
      { company: '上海悦己化妆品有限公司', city: 'Shanghai', title: 'Marketing Intern', start: '2017-03', end: '2017-08', kind: 'intern', bullets: [
        'Social media posts and event support.'] },
    ],
    education: [{ school: '上海外国语大学 Shanghai International Studies University', degree: 'B.A. International Business', start: '2013-09', end: '2017-07' }],
    skills: [
      ['Platforms', ['Tmall | 天猫', 'Douyin | 抖音', '小红书 | Xiaohongshu', 'WeChat Mini Programs | 微信小程序', '生意参谋']],
      ['Tools', ['Google Analytics', 'SQL', 'Excel | Microsoft Excel', 'Photoshop | Adobe Photoshop', 'Canva']],
    ],
    spoken: ['Mandarin (native)', 'English (fluent)', 'French (basic)'],
  },
  {
    id: 'p13', language: 'mixed', labels: 'zh', name: '韩卓远', altName: 'Zhuoyuan Han', headline: '结构工程师 / 项目经理',
    email: 'hanzhuoyuan@163.com', phoneShown: '139 1752 8064', phone: '+8613917528064', location: '上海',
    summary: '一级注册结构工程师，13年高层与基础设施结构设计经验，熟悉外资设计院工作流程与BIM协同。',
    jobs: [
      { company: 'Cortland Pacific Infrastructure', city: '上海', title: '项目经理', start: '2022-09', end: null, bullets: [
        '负责轨道交通站点及上盖物业结构设计项目，协调中外团队共20余人。',
        '推行Revit + Navisworks碰撞检查流程，设计变更减少35%。'] },
      { company: 'Baines Whitcombe Engineering (Shanghai)', city: '上海', title: '高级结构工程师', start: '2017-06', end: '2022-08', bullets: [
        '完成多个超高层办公楼结构设计，使用ETABS与SAP2000进行整体分析。',
        '与伦敦总部协同完成英标/国标双标准计算书。'] },
      { company: '华东建研工程设计有限公司', city: '杭州', title: '结构设计师', start: '2013-07', end: '2017-05', bullets: [
        '住宅与商业综合体结构设计，使用PKPM、YJK出图。'] },
    ],
    education: [
      { school: '同济大学', degree: '结构工程 硕士', start: '2010-09', end: '2013-06' },
      { school: '合肥工业大学', degree: '土木工程 本科', start: '2006-09', end: '2010-06' },
    ],
    skills: [
      ['计算分析', ['ETABS', 'SAP2000', 'PKPM', 'YJK | 盈建科']],
      ['BIM/绘图', ['Revit', 'AutoCAD', 'Tekla Structures | Tekla', 'Navisworks', 'BIM协同 | BIM']],
    ],
    spoken: ['英语（流利，可作为工作语言）'],
    extra: ['一级注册结构工程师'],
  },
  {
    id: 'p14', language: 'mixed', labels: 'zh', name: '甘若汀', altName: 'Ruoting Gan', headline: '护士长 Head Nurse',
    email: 'ganruoting@126.com', phoneShown: '150-2719-8832', phone: '+8615027198832', location: '上海',
    summary: '12年临床护理经验，其中7年在国际医疗机构，熟悉JCI标准与双语护理文书。',
    jobs: [
      { company: 'Cedarbrook Medical Center Shanghai', city: '上海', title: '护士长 Head Nurse', start: '2022-04', end: null, bullets: [
        '管理综合病房22名护士，负责排班、质控与新员工培训。',
        '牵头JCI复审护理部分，零重大缺陷通过。'] },
      { company: 'Parkway Harmony International Clinic', city: '上海', title: '注册护士 RN', start: '2018-08', end: '2022-03', bullets: [
        '门诊及日间手术护理，使用Epic系统完成中英文护理记录。'] },
      { company: '湖北省楚源人民医院', city: '武汉', title: '护士', start: '2014-08', end: '2018-07', bullets: [
        '心内科与ICU轮转，熟练掌握PICC维护与危重症护理。'] },
    ],
    education: [{ school: '湖北中医药大学', degree: '护理学 本科', start: '2010-09', end: '2014-06' }],
    skills: [
      ['临床技能', ['静脉穿刺 | IV cannulation', 'PICC维护 | PICC', '伤口护理 | Wound care', '感染控制 | 院感防控', '护理质量管理']],
      ['证书与系统', ['BLS', 'ACLS', 'Epic', 'Excel | Microsoft Excel']],
    ],
    spoken: ['英语（IELTS 7.0）', '普通话'],
    extra: ['护士执业证书', '主管护师'],
  },
];
