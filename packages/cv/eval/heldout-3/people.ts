/**
 * The twelve people of held-out set 3, typed by hand.
 *
 * Written by a blind writer on 2026-12-02, without reading the analyser, its taxonomy, its tests, its README or
 * the other evaluation sets. Frozen: never tuned on. Every name, employer, school, title and bullet was invented
 * for this set; the skills are written the way such a person writes them, not the way any tool spells them.
 */

export interface Job {
  /** The employer exactly as every template prints it (the truth's `company`). */
  company: string;
  title: string;
  city: string;
  /** "YYYY-MM" */
  start: string;
  /** "YYYY-MM", or null for the current job. */
  end: string | null;
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
  /** The truth's language: the main language of the CV, or "mixed" when it mixes Chinese and English. */
  language: 'en' | 'zh' | 'mixed';
  /** The language of headings and labels. */
  labels: 'en' | 'zh';
  industry: string;
  /** The name as printed in the header, in the CV's main language (the truth's name). */
  name: string;
  /** The same name in the other script, printed small under the header by some templates (not in the truth). */
  otherName?: string;
  headline: string;
  email: string;
  /** E.164 (the truth). */
  phone: string;
  /** As the person writes the number. */
  phoneShown: string;
  city: string;
  link?: string;
  /** Personal facts a Chinese 简历 prints in its 基本信息 block. */
  facts?: [string, string][];
  summary: string;
  jobs: Job[];
  education: School[];
  /** The skills section: the written form first, then " | " alternatives a recruiter accepts as the same skill. */
  skills: string[];
  /** Spoken languages (never skills). */
  spoken?: string[];
}

export const people: Person[] = [
  {
    id: 'p01',
    language: 'en',
    labels: 'en',
    industry: 'logistics / warehousing',
    name: 'Marisol Penhallow',
    headline: 'Warehouse Operations Manager',
    email: 'marisol.penhallow@fastmail.co.uk',
    phone: '+447700900418',
    phoneShown: '07700 900418',
    city: 'Daventry, Northamptonshire',
    link: 'linkedin.com/in/marisol-penhallow',
    summary:
      'Operations manager with ten years in multi-client distribution centres. I run 24/7 sites of 90+ colleagues, keep pick accuracy above 99.7% and like fixing the process before buying the kit.',
    jobs: [
      {
        company: 'Brackenfield Distribution Ltd',
        title: 'Warehouse Operations Manager',
        city: 'Daventry',
        start: '2021-04',
        end: null,
        bullets: [
          'Lead a 96-person, three-shift operation handling 41,000 order lines a day for four retail clients.',
          'Re-slotted the fast-moving zone and cut average pick travel by 23% in the first peak season.',
          'Introduced daily tier meetings and a near-miss log; lost-time incidents down from 7 to 1 per year.',
        ],
      },
      {
        company: 'Tarrow & Vane Freight',
        title: 'Night Shift Supervisor',
        city: 'Northampton',
        start: '2017-09',
        end: '2021-03',
        bullets: [
          'Supervised 28 operatives across goods-in, put-away and trunking to 11 regional depots.',
          'Trained and signed off 14 counterbalance and reach truck drivers.',
        ],
      },
      {
        company: 'Kestle Home Retail',
        title: 'Inventory Controller',
        city: 'Milton Keynes',
        start: '2014-06',
        end: '2017-08',
        bullets: [
          'Owned perpetual inventory for 18,000 SKUs and ran the weekly cycle-count programme.',
          'Reduced unexplained stock variance from 1.9% to 0.6% of stock value.',
        ],
      },
      {
        company: 'Ashdown & Pryce Wholesale',
        title: 'Warehouse Operative (Graduate Scheme)',
        city: 'Leicester',
        start: '2013-07',
        end: '2014-05',
        bullets: ['Rotated through goods-in, picking and despatch before moving into stock control.'],
      },
    ],
    education: [{ school: 'University of Leicester', degree: 'BSc (Hons) Geography', start: '2010-09', end: '2013-06' }],
    skills: [
      'Warehouse management systems (Manhattan WMS) | Manhattan WMS | WMS',
      'SAP EWM',
      'Lean Six Sigma Green Belt | Lean Six Sigma',
      'Microsoft Excel | Excel',
      'Power BI',
      'Labour planning',
      'Counterbalance & reach truck licence | forklift licence',
      'NEBOSH General Certificate | NEBOSH',
      'Root cause analysis',
    ],
    spoken: ['English (native)', 'Portuguese (conversational)'],
  },
  {
    id: 'p02',
    language: 'en',
    labels: 'en',
    industry: 'nursing / intensive care',
    name: 'Tobias Quennell',
    headline: 'Registered Nurse, BSN — Critical Care',
    email: 'tquennell.rn@gmail.com',
    phone: '+15035550187',
    phoneShown: '(503) 555-0187',
    city: 'Portland, OR',
    summary:
      'ICU charge nurse with CCRN certification and nine years of bedside experience in adult critical care and medical-surgical units. Calm on a busy floor, careful with titrations, patient with families.',
    jobs: [
      {
        company: "St. Aldhelm's Regional Medical Center",
        title: 'Charge Nurse, Medical ICU',
        city: 'Portland, OR',
        start: '2020-02',
        end: null,
        bullets: [
          'Coordinate staffing and admissions for a 24-bed medical ICU; precept new graduate nurses.',
          'Co-led the unit CLABSI bundle audit; zero central-line infections for 19 consecutive months.',
          'Member of the rapid response team and the unit practice council.',
        ],
      },
      {
        company: 'Carrow Valley Hospital',
        title: 'Staff Nurse, Medical-Surgical',
        city: 'Vancouver, WA',
        start: '2016-07',
        end: '2020-01',
        bullets: [
          'Cared for 5–6 post-operative and medical patients per shift on a 36-bed unit.',
          'Super-user for the electronic health record go-live; trained 40 colleagues.',
        ],
      },
      {
        company: 'Sedgecombe Home Health',
        title: 'Licensed Practical Nurse',
        city: 'Salem, OR',
        start: '2015-01',
        end: '2016-06',
        bullets: ['Visited 6–8 home patients a day for wound care, medication reconciliation and teaching.'],
      },
    ],
    education: [
      { school: 'Willamette State University', degree: 'Bachelor of Science in Nursing', start: '2012-09', end: '2016-06' },
      { school: 'Chemeketa Valley College', degree: 'Practical Nursing Certificate', start: '2013-09', end: '2014-12' },
    ],
    skills: [
      'ACLS',
      'BLS',
      'CCRN',
      'Epic EHR | Epic',
      'Ventilator management',
      'Central line care',
      'CRRT',
      'Vasoactive drip titration',
      'Wound care',
      'Patient and family education | Patient education',
    ],
    spoken: ['English', 'Spanish (medical)'],
  },
  {
    id: 'p03',
    language: 'en',
    labels: 'en',
    industry: 'finance / FP&A',
    name: 'Ingrid Castellane',
    headline: 'Senior FP&A Analyst',
    email: 'ingrid.castellane@outlook.com',
    phone: '+61491570156',
    phoneShown: '0491 570 156',
    city: 'Melbourne VIC',
    link: 'linkedin.com/in/icastellane',
    summary:
      'CPA-qualified analyst who builds the models finance leaders actually use: driver-based forecasts, board packs and month-end variance commentary, across insurance and private equity.',
    jobs: [
      {
        company: 'Marrowgate Capital Partners',
        title: 'Senior FP&A Analyst',
        city: 'Melbourne',
        start: '2022-08',
        end: null,
        bullets: [
          'Own the rolling 18-month forecast for six portfolio companies ($740M combined revenue).',
          'Rebuilt the monthly board pack in Power BI, cutting preparation from five days to two.',
        ],
      },
      {
        company: 'Quillon Insurance Group',
        title: 'Financial Analyst',
        city: 'Melbourne',
        start: '2019-03',
        end: '2022-07',
        bullets: [
          'Prepared claims-cost variance analysis and commentary for the CFO each month.',
          'Automated the reinsurance accrual workbook with Power Query; removed 30 manual steps.',
          'Supported the IFRS 17 implementation project on the reporting workstream.',
        ],
      },
      {
        company: 'Hartwell Sinclair Chartered Accountants',
        title: 'Graduate Accountant',
        city: 'Geelong',
        start: '2017-02',
        end: '2019-02',
        bullets: ['Prepared year-end accounts and BAS lodgements for 60+ small-business clients.'],
      },
    ],
    education: [{ school: 'Deakin University', degree: 'Bachelor of Commerce (Accounting & Finance)', start: '2014-02', end: '2016-11' }],
    skills: [
      'Financial modelling | Financial modeling',
      'Budgeting & forecasting | Forecasting',
      'Variance analysis',
      'Microsoft Excel | Excel',
      'Power Query',
      'VBA',
      'Power BI',
      'SQL',
      'Anaplan',
      'Oracle NetSuite | NetSuite',
      'Xero',
      'IFRS 17',
    ],
    spoken: ['English', 'Swedish'],
  },
  {
    id: 'p04',
    language: 'en',
    labels: 'en',
    industry: 'civil engineering',
    name: 'Callum Threlkeld',
    headline: 'Civil Engineer, P.Eng.',
    email: 'callum.threlkeld@proton.me',
    phone: '+16045550123',
    phoneShown: '+1 604 555 0123',
    city: 'Burnaby, BC',
    summary:
      'Professional engineer with eleven years in municipal infrastructure: stormwater, roads and small bridges, from concept design through tender and construction contract administration.',
    jobs: [
      {
        company: 'Northmoor Consulting Engineers',
        title: 'Project Engineer',
        city: 'Vancouver, BC',
        start: '2019-05',
        end: null,
        bullets: [
          'Lead design engineer for a $38M arterial road widening including two culvert replacements.',
          'Prepare tender packages, review shop drawings and run monthly progress meetings with contractors.',
          'Mentor three EITs towards registration.',
        ],
      },
      {
        company: 'Halbrook Civil Constructors',
        title: 'Site Engineer',
        city: 'Surrey, BC',
        start: '2015-09',
        end: '2019-04',
        bullets: [
          'Set out and supervised deep utility installs and a 1.2 km forcemain on an active highway.',
          'Tracked quantities and change orders; closed out the project 4% under budget.',
        ],
      },
      {
        company: 'City of Abbotsleigh Public Works',
        title: 'Junior Engineer',
        city: 'Abbotsleigh, BC',
        start: '2013-06',
        end: '2015-08',
        bullets: ['Inspected sidewalk and water-main renewals and maintained the culvert inventory in GIS.'],
      },
    ],
    education: [{ school: 'University of Victoria', degree: 'BEng, Civil Engineering', start: '2009-09', end: '2013-04' }],
    skills: [
      'AutoCAD Civil 3D | Civil 3D',
      'MicroStation',
      'HEC-RAS',
      'PCSWMM',
      'SAP2000',
      'Primavera P6 | P6',
      'Bluebeam Revu | Bluebeam',
      'ArcGIS',
      'Stormwater design',
      'Contract administration',
    ],
    spoken: ['English', 'French (intermediate)'],
  },
  {
    id: 'p05',
    language: 'en',
    labels: 'en',
    industry: 'hospitality / hotel front office',
    name: 'Rosalind Veerkamp',
    headline: 'Front Office Manager',
    email: 'ros.veerkamp@icloud.com',
    phone: '+441314960872',
    phoneShown: '+44 131 496 0872',
    city: 'Edinburgh',
    summary:
      'Hotel front office manager with twelve years in four- and five-star properties and a cruise ship. Known for guest recovery, tidy rotas and getting upsell numbers up without anyone feeling sold to.',
    jobs: [
      {
        company: 'The Carradine Hotel',
        title: 'Front Office Manager',
        city: 'Edinburgh',
        start: '2021-11',
        end: null,
        bullets: [
          'Run reception, concierge and night audit for a 212-room five-star hotel; team of 31.',
          'Raised arrival upsell revenue by 38% year on year with a new check-in script and incentives.',
          'Cut the front desk agency spend by half by cross-training reservations and concierge staff.',
          'Keep a TripAdvisor and Booking.com review score of 9.3 or above; reply to every review within 48 hours.',
          'Plan the weekly rota and holiday cover for 31 colleagues within the labour budget.',
        ],
      },
      {
        company: 'Loch Venna Resort & Spa',
        title: 'Guest Relations Supervisor',
        city: 'Perthshire',
        start: '2018-03',
        end: '2021-10',
        bullets: [
          'Handled VIP arrivals, complaints and wedding-party coordination for a 96-room resort.',
          'Moved the resort from Fidelio to OPERA Cloud; wrote the front desk training notes.',
          'Handled group blocks of up to 60 rooms for weddings and corporate retreats.',
          'Trained seasonal staff every spring in check-in standards and complaint handling.',
        ],
      },
      {
        company: 'Pellham Street Brasserie',
        title: 'Restaurant Supervisor',
        city: 'Glasgow',
        start: '2016-06',
        end: '2018-02',
        bullets: ['Supervised a 140-cover brasserie floor and cashing up on Micros.', 'Ran allergen briefings before every service and kept the HACCP records.'],
      },
      {
        company: 'Mariner Blue Cruises',
        title: 'Guest Services Associate',
        city: 'Southampton (at sea)',
        start: '2014-04',
        end: '2016-05',
        bullets: ['Purser’s desk on an 1,800-passenger ship: accounts, shore-excursion changes, lost property.'],
      },
    ],
    education: [{ school: 'Queen Margaret University', degree: 'BA International Hospitality Management', start: '2010-09', end: '2014-06' }],
    skills: [
      'Oracle OPERA PMS | OPERA | Opera PMS',
      'Protel',
      'Micros POS | Micros',
      'IDeaS G3 RMS | IDeaS',
      'Revenue management',
      'Upselling',
      'Guest recovery',
      'Rota planning',
      'REHIS Elementary Food Hygiene | Food hygiene',
      'Microsoft Excel | Excel',
    ],
    spoken: ['English (native)', 'German (fluent)', 'French (basic)'],
  },
  {
    id: 'p06',
    language: 'zh',
    labels: 'zh',
    industry: '制造业 / 汽车零部件质量',
    name: '邬嘉禾',
    headline: '质量主管（汽车零部件）',
    email: 'wujiahe_qe@163.com',
    phone: '+8613915624408',
    phoneShown: '139 1562 4408',
    city: '江苏苏州',
    facts: [
      ['性别', '男'],
      ['出生年月', '1991.05'],
      ['学历', '本科'],
      ['现居地', '江苏苏州'],
    ],
    summary: '十年汽车零部件质量管理经验，熟悉主机厂客户审核与新项目质量策划，擅长用数据推动供应商和产线的持续改进。',
    jobs: [
      {
        company: '苏州恒钜精密部件有限公司',
        title: '质量主管',
        city: '苏州',
        start: '2020-07',
        end: null,
        bullets: [
          '管理来料、制程、出货三个检验组共22人，负责两家德系主机厂客户的质量对接。',
          '主导3个新项目的APQP与PPAP提交，均一次通过客户审核。',
          '推行SPC在线监控，压铸件PPM由1800降至420。',
        ],
      },
      {
        company: '宁波安驰汽配有限公司',
        title: '质量工程师',
        city: '宁波',
        start: '2016-07',
        end: '2020-06',
        bullets: ['负责客户投诉处理与8D报告，平均关闭周期缩短至12天。', '组织过程FMEA评审并维护控制计划。'],
      },
      {
        company: '昆山锦程模具厂',
        title: '检验员',
        city: '昆山',
        start: '2014-07',
        end: '2016-06',
        bullets: ['使用三坐标及通用量具完成模具零件首件与巡检。'],
      },
    ],
    education: [{ school: '江苏理工学院', degree: '机械设计制造及其自动化 本科', start: '2010-09', end: '2014-06' }],
    skills: ['IATF 16949', 'APQP', 'PPAP', 'FMEA', 'SPC', 'MSA', '8D报告 | 8D', 'Minitab', '三坐标测量 | CMM', 'AutoCAD'],
    spoken: ['英语（CET-6）'],
  },
  {
    id: 'p07',
    language: 'zh',
    labels: 'zh',
    industry: '教育 / 初中数学教师',
    name: '庞蕴仪',
    headline: '初中数学教师',
    email: 'pangyunyi@126.com',
    phone: '+8615867203391',
    phoneShown: '158-6720-3391',
    city: '浙江杭州',
    facts: [
      ['性别', '女'],
      ['出生年月', '1993.11'],
      ['政治面貌', '中共党员'],
      ['教师资格', '初级中学 数学'],
    ],
    summary: '从教十年，先后担任班主任与年级组长，所带班级中考数学平均分连续三年位列区前三，乐于钻研分层教学与信息化课堂。',
    jobs: [
      {
        company: '杭州市钱塘区文渊实验学校',
        title: '数学教师、年级组长',
        city: '杭州',
        start: '2019-08',
        end: null,
        bullets: [
          '担任九年级两个班数学教学及年级组长，统筹12位教师的教学进度与质量分析。',
          '主持区级课题《初中数学分层作业设计研究》，获区教科研成果二等奖。',
        ],
      },
      {
        company: '绍兴市越城区启明中学',
        title: '数学教师、班主任',
        city: '绍兴',
        start: '2016-08',
        end: '2019-07',
        bullets: ['任七至九年级数学教学及班主任，所带班级获市级先进班集体。', '开发微课32节，用于课后答疑与错题讲解。'],
      },
    ],
    education: [
      { school: '浙江师范学院', degree: '数学与应用数学 学士', start: '2012-09', end: '2016-06' },
    ],
    skills: ['几何画板', '希沃白板', 'PowerPoint', 'Excel', '钉钉直播课堂 | 钉钉', '微课制作', '分层教学', '班级管理'],
    spoken: ['普通话一级乙等', '英语（CET-4）'],
  },
  {
    id: 'p08',
    language: 'zh',
    labels: 'zh',
    industry: '销售 / 工业设备',
    name: '覃立航',
    headline: '大客户销售经理',
    email: 'qinlihang88@qq.com',
    phone: '+8613760415529',
    phoneShown: '137 6041 5529',
    city: '广东广州',
    facts: [
      ['性别', '男'],
      ['年龄', '35岁'],
      ['工作年限', '13年'],
      ['期望城市', '广州 / 佛山'],
    ],
    summary: '十三年工业设备销售经验，长期服务华南制造业大客户，熟悉项目型销售与招投标流程，年销售额稳定在4000万元以上。',
    jobs: [
      {
        company: '广州澜拓工业设备有限公司',
        title: '华南区销售经理',
        city: '广州',
        start: '2021-03',
        end: null,
        bullets: [
          '带领6人销售团队负责华南区空压站及节能改造项目，2025年完成销售额5200万元。',
          '开发家电、汽车零部件行业重点客户14家，续约率92%。',
        ],
      },
      {
        company: '东莞奥弗机电科技有限公司',
        title: '销售工程师',
        city: '东莞',
        start: '2017-05',
        end: '2021-02',
        bullets: ['负责伺服电机与减速机的技术型销售，独立完成方案报价与招投标文件。', '连续两年获公司“销售之星”。'],
      },
      {
        company: '佛山市顺德区宏利五金制品厂',
        title: '销售代表',
        city: '佛山',
        start: '2014-09',
        end: '2017-04',
        bullets: ['维护经销商渠道40余家，负责订单跟进与回款。', '协助参加广交会及五金展，收集客户线索300余条。'],
      },
      {
        company: '东莞市鼎昌电子有限公司',
        title: '销售助理',
        city: '东莞',
        start: '2013-07',
        end: '2014-08',
        bullets: ['负责报价单制作、合同录入与发货跟单。'],
      },
    ],
    education: [{ school: '华南农业大学', degree: '市场营销 本科', start: '2009-09', end: '2013-06' }],
    skills: ['Salesforce', '纷享销客CRM | 纷享销客', 'Excel', 'PPT | PowerPoint', '大客户开发', '招投标', '渠道管理', '商务谈判'],
    spoken: ['粤语', '普通话', '英语（日常交流）'],
  },
  {
    id: 'p09',
    language: 'zh',
    labels: 'zh',
    industry: '设计 / 品牌视觉',
    name: '司徒婉清',
    headline: '资深品牌视觉设计师',
    email: 'wanqing.situ@foxmail.com',
    phone: '+8617721905536',
    phoneShown: '177 2190 5536',
    city: '上海',
    link: 'zcool.com.cn/u/situwanqing',
    facts: [
      ['性别', '女'],
      ['出生年月', '1995.02'],
      ['学历', '本科'],
      ['所在地', '上海'],
    ],
    summary: '九年品牌与包装设计经验，服务过茶饮、文旅和美妆品牌，擅长从品牌策略落到完整VI系统与三维视觉。',
    jobs: [
      {
        company: '上海朴屿文化传播有限公司',
        title: '资深视觉设计师',
        city: '上海',
        start: '2022-04',
        end: null,
        bullets: ['负责文旅与茶饮客户的品牌升级项目，主导VI手册与门店物料设计。', '搭建团队C4D渲染素材库，出图效率提升约40%。'],
      },
      {
        company: '深圳几何点品牌设计有限公司',
        title: '平面设计师',
        city: '深圳',
        start: '2018-07',
        end: '2022-03',
        bullets: [
          '参与20余个品牌的标志与包装设计，其中2件作品入围金点设计奖。',
          '独立对接印刷厂，把控打样与色彩。',
        ],
      },
      {
        company: '成都拾光广告有限公司',
        title: '设计助理',
        city: '成都',
        start: '2017-03',
        end: '2018-06',
        bullets: ['完成海报、展板与电商详情页设计。'],
      },
    ],
    education: [{ school: '四川美术学院', degree: '视觉传达设计 学士', start: '2013-09', end: '2017-06' }],
    skills: [
      'Photoshop | Adobe Photoshop | PS',
      'Illustrator | Adobe Illustrator | AI',
      'InDesign | Adobe InDesign',
      'Figma',
      'C4D | Cinema 4D',
      'Blender',
      'After Effects | AE',
      'VI设计 | 品牌VI设计',
      '包装设计',
      '手绘插画',
    ],
    spoken: ['英语（CET-6）', '日语（N3）'],
  },
  {
    id: 'p10',
    language: 'mixed',
    labels: 'zh',
    industry: '采购 / 供应链（外企）',
    name: '钟以宁',
    otherName: 'Yining Zhong',
    headline: '采购经理 Procurement Manager',
    email: 'yining.zhong@hotmail.com',
    phone: '+8618616327740',
    phoneShown: '+86 186 1632 7740',
    city: '上海',
    link: 'linkedin.com/in/yining-zhong',
    facts: [
      ['性别', '女'],
      ['出生年月', '1990.08'],
      ['学历', '硕士'],
      ['现居地', '上海'],
    ],
    summary: '十三年外资制造企业采购与物流经验，负责直接物料品类管理与供应商开发，熟悉SAP和Coupa，英语可作为工作语言。',
    jobs: [
      {
        company: 'Ardent Fluidics (Shanghai) Co., Ltd.',
        title: '采购经理 Procurement Manager',
        city: '上海',
        start: '2020-01',
        end: null,
        bullets: [
          '管理机加工件与铸件品类，年采购额约2.6亿元，供应商62家。',
          '推动should-cost分析与年度议价，三年累计降本7.8%。',
          'Lead the China part of the global supplier development programme with the US sourcing team.',
        ],
      },
      {
        company: 'Kestrel Global Sourcing',
        title: '高级采购员 Senior Buyer',
        city: '苏州',
        start: '2016-04',
        end: '2019-12',
        bullets: [
          '负责电子元器件与线束采购，处理交期与质量异常。',
          '导入4家二级供应商，缩短平均交期11天。',
          'Ran quarterly business reviews with the top 10 suppliers, in English with the regional team.',
          '配合质量部门完成供应商现场审核18次。',
        ],
      },
      {
        company: '上海申联物流有限公司',
        title: '物流专员',
        city: '上海',
        start: '2013-07',
        end: '2016-03',
        bullets: ['负责进出口报关单证与仓储协调。'],
      },
    ],
    education: [
      { school: '上海海事学院', degree: '物流管理 硕士', start: '2011-09', end: '2013-06' },
      { school: '南昌航空学院', degree: '国际贸易 学士', start: '2007-09', end: '2011-06' },
    ],
    skills: [
      'SAP MM',
      'Coupa',
      'SAP Ariba | Ariba',
      'Power BI',
      'Excel',
      'Supplier development',
      'Should-cost analysis | Cost breakdown',
      'Incoterms 2020 | Incoterms',
      'Negotiation',
    ],
    spoken: ['英语（流利）', '普通话', '粤语（基础）'],
  },
  {
    id: 'p11',
    language: 'mixed',
    labels: 'en',
    industry: 'clinical research (pharma CRO)',
    name: 'Jinghan Luo',
    otherName: '罗景涵',
    headline: 'Clinical Research Associate II',
    email: 'luojinghan.cra@gmail.com',
    phone: '+8613588260193',
    phoneShown: '+86 135 8826 0193',
    city: 'Hangzhou, China',
    summary:
      'CRA with eight years of site monitoring in oncology and vaccine trials across Zhejiang and Jiangsu; comfortable with ICH-GCP, NMPA inspections and working with sponsors in English and Chinese.',
    jobs: [
      {
        company: 'Meridale Clinical Research (Hangzhou) Co., Ltd.',
        title: 'Clinical Research Associate II',
        city: 'Hangzhou',
        start: '2021-09',
        end: null,
        bullets: [
          'Monitor 7 sites in two Phase III oncology trials; source data verification and drug accountability.',
          'Prepared two sites for an NMPA inspection with no major findings.',
        ],
      },
      {
        company: '浙江青禾医药科技有限公司',
        title: 'Clinical Research Associate 临床监查员',
        city: 'Hangzhou',
        start: '2018-03',
        end: '2021-08',
        bullets: [
          'Monitored vaccine and biosimilar studies at 9 hospitals; site start-up to close-out.',
          'Trained new CRAs on the monitoring report template and EDC queries.',
        ],
      },
      {
        company: 'Zhejiang Provincial Tongde Hospital',
        title: 'Clinical Research Coordinator',
        city: 'Hangzhou',
        start: '2016-07',
        end: '2018-02',
        bullets: ['Coordinated patient visits and eCRF entry for four investigator-initiated studies.'],
      },
    ],
    education: [
      { school: 'Zhejiang Chinese Medical College', degree: 'B.Sc. Pharmacy', start: '2012-09', end: '2016-06' },
    ],
    skills: [
      'ICH-GCP | GCP',
      'Medidata Rave | Rave EDC',
      'Veeva Vault CTMS | Veeva CTMS',
      'Risk-based monitoring',
      'Source data verification | SDV',
      'SAS',
      'Microsoft Excel | Excel',
      'NMPA regulations',
    ],
    spoken: ['Mandarin (native)', 'English (IELTS 7.5)'],
  },
  {
    id: 'p12',
    language: 'mixed',
    labels: 'zh',
    industry: '工业自动化 / 电气工程',
    name: '闻人卓',
    headline: '自动化工程师（PLC / 机器人）',
    email: 'wenrenzhuo@sina.com',
    phone: '+8615122378604',
    phoneShown: '151 2237 8604',
    city: '天津',
    facts: [
      ['性别', '男'],
      ['出生年月', '1992.09'],
      ['学历', '本科'],
      ['现居地', '天津滨海新区'],
    ],
    summary: '九年非标自动化与包装产线电气设计调试经验，做过汽车焊装、食品包装和仓储输送项目，能独立完成从电气图纸到现场调试。',
    jobs: [
      {
        company: 'Norvane Robotics',
        title: '高级自动化工程师',
        city: '天津',
        start: '2021-06',
        end: null,
        bullets: [
          '负责焊装线机器人工作站的PLC程序与HMI画面，单线调试周期由6周缩短到4周。',
          '编写Profinet网络规范与标准功能块库，在3个项目中复用。',
        ],
      },
      {
        company: '天津北辰锐动自动化设备有限公司',
        title: '电气工程师',
        city: '天津',
        start: '2017-07',
        end: '2021-05',
        bullets: ['完成食品包装线电气原理图设计与柜体选型，累计交付设备30余台。', '赴印尼、越南现场调试及培训客户维护人员。'],
      },
      {
        company: 'Harlow Packaging Machinery (Tianjin)',
        title: '电气技术员',
        city: '天津',
        start: '2016-07',
        end: '2017-06',
        bullets: ['负责装配车间接线、通电测试与故障排查。'],
      },
    ],
    education: [{ school: '天津职业技术大学', degree: '电气工程及其自动化 本科', start: '2012-09', end: '2016-06' }],
    skills: [
      'TIA Portal | Siemens TIA Portal',
      'S7-1500 PLC | S7-1500',
      'WinCC',
      'EPLAN Electric P8 | EPLAN',
      'RobotStudio | ABB RobotStudio',
      'KUKA KRL',
      'Profinet',
      'Modbus TCP',
      'Cognex In-Sight',
      'Python',
    ],
    spoken: ['英语（CET-4，可阅读英文手册）'],
  },
];
