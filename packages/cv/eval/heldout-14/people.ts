/**
 * heldout-14 — sixteen invented people. Every name, employer, school, number and address below is made up.
 * `skills` are typed as the person would list them; after " | " come synonyms a recruiter would accept.
 * `phonePrinted` is how the person writes the number; `phone` is its E.164 form.
 */
export interface Job {
  company: string; // employer exactly as printed (no town)
  town: string; // printed beside the company by some templates
  title: string;
  start: string; // YYYY-MM
  end: string | null; // null = current
  bullets: string[];
  leaving?: string; // reason for leaving (forms)
  internship?: boolean;
}
export interface Edu { school: string; degree: string; start: string; end: string }
export interface Person {
  id: string;
  language: 'en' | 'zh' | 'mixed';
  name: string;
  altName?: string; // Chinese name of a mixed person, printed beside the English one
  sex: 'M' | 'F';
  born: string; // YYYY-MM
  email: string;
  phone: string;
  phonePrinted: string;
  address: string;
  occupation: string;
  summary: string;
  skills: string[];
  work: Job[];
  education: Edu[];
  certificates: string[];
  languages: string[];
  gap?: string; // a career break as the person describes it (not a job)
  volunteering?: string;
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Declan Furlong', sex: 'M', born: '1991-02',
    email: 'declan.furlong91@outlook.com', phone: '+16145550193', phonePrinted: '(614) 555-0193',
    address: '2218 Alder Run Ct, Columbus, OH 43219', occupation: 'Journeyman Electrician',
    summary: 'Licensed journeyman electrician with ten years on commercial and light-industrial jobs, from rough-in to final inspection.',
    skills: ['Conduit bending | EMT bending', 'Commercial wiring', 'Motor controls', 'Blueprint reading | reading electrical drawings', 'NEC code compliance | National Electrical Code', 'Troubleshooting', 'Fire alarm systems', 'PLC basics | PLC'],
    work: [
      { company: 'Buckeye Valley Electric LLC', town: 'Columbus, OH', title: 'Journeyman Electrician', start: '2019-04', end: null, leaving: 'Currently employed',
        bullets: ['Run crews of 2–4 on tenant fit-outs and warehouse lighting retrofits', 'Install and terminate 480V motor control centers and VFDs', 'Walk inspectors through final and fix punch-list items'] },
      { company: 'Marlow & Sons Electrical Contractors', town: 'Grove City, OH', title: 'Apprentice Electrician', start: '2015-06', end: '2019-03', leaving: 'Completed apprenticeship, moved to journeyman role',
        bullets: ['Bent and ran EMT and rigid conduit on school and clinic projects', 'Pulled wire, set boxes and panels under journeyman supervision'] },
      { company: 'Gateway Hardware Supply', town: 'Columbus, OH', title: 'Sales Associate (Electrical Aisle)', start: '2013-09', end: '2015-05', leaving: 'Accepted apprenticeship',
        bullets: ['Advised contractors and homeowners on breakers, wire gauge and fittings'] },
    ],
    education: [
      { school: 'Scioto Technical College', degree: 'Electrical Apprenticeship Related Instruction (4 yrs)', start: '2015-08', end: '2019-05' },
      { school: 'Eastmoor High School', degree: 'High School Diploma', start: '2005-09', end: '2009-06' },
    ],
    certificates: ['Ohio Journeyman Electrician card (2019)', 'OSHA 30-Hour Construction', 'NFPA 70E Arc Flash training'],
    languages: ['English (native)'],
  },
  {
    id: 'p02', language: 'en', name: 'Bethany Carmichael', sex: 'F', born: '1996-07',
    email: 'beth.carmichael.rn@gmail.com', phone: '+447700900412', phonePrinted: '07700 900412',
    address: '14 Hawksworth Grove, Leeds LS5 3PQ', occupation: 'Senior Staff Nurse (Adult)',
    summary: 'NMC-registered adult nurse with eight years on acute medical wards, including four years as a healthcare assistant while training.',
    skills: ['Wound care | tissue viability', 'IV cannulation | cannulation', 'Venepuncture | phlebotomy', 'Medication administration', 'Patient assessment | NEWS2', 'Catheterisation', 'Discharge planning', 'SystmOne'],
    work: [
      { company: 'Kirkstall and Aire NHS Foundation Trust', town: 'Leeds', title: 'Senior Staff Nurse (Band 6), Ward 27 Acute Medicine', start: '2022-02', end: null, leaving: 'N/A – current post',
        bullets: ['Shift coordinator for a 28-bed acute medical ward', 'Mentor and assess student nurses and preceptees', 'Lead for pressure ulcer prevention audit'] },
      { company: 'Kirkstall and Aire NHS Foundation Trust', town: 'Leeds', title: 'Staff Nurse (Band 5)', start: '2018-09', end: '2022-01', leaving: 'Internal promotion',
        bullets: ['Preceptorship then full caseload on respiratory and Covid cohort wards', 'IV therapy, cannulation and venepuncture competencies signed off'] },
      { company: 'Meadowbank Care Home', town: 'Horsforth', title: 'Healthcare Assistant (part-time)', start: '2015-03', end: '2018-08', leaving: 'Qualified as a registered nurse',
        bullets: ['Personal care, observations and feeding for 40 residents, weekend and bank shifts'] },
    ],
    education: [
      { school: 'Pennine Metropolitan University', degree: 'BSc (Hons) Adult Nursing, 2:1', start: '2015-09', end: '2018-07' },
      { school: 'Bramley Sixth Form College', degree: 'A levels: Biology, Psychology, English', start: '2013-09', end: '2015-06' },
    ],
    certificates: ['NMC PIN 18I2345E', 'Immediate Life Support (ILS), Resuscitation Council UK', 'Practice Assessor training'],
    languages: ['English'],
  },
  {
    id: 'p03', language: 'en', name: 'Trent Holloway', sex: 'M', born: '1988-11',
    email: 'trent.holloway88@yahoo.com', phone: '+19015550147', phonePrinted: '901-555-0147',
    address: '4471 Shelby Oaks Dr, Memphis, TN 38128', occupation: 'Warehouse Operations Supervisor',
    summary: 'Warehouse supervisor with ten years in distribution centers — receiving, put-away, picking and outbound — and a clean safety record.',
    skills: ['Forklift operation | forklift certified', 'Inventory control', 'RF scanning', 'Manhattan WMS | WMS', 'Cycle counting', 'Shift scheduling', 'OSHA safety', 'Shipping and receiving'],
    work: [
      { company: 'Riverbend Distribution Co.', town: 'Memphis, TN', title: 'Operations Supervisor – 2nd Shift', start: '2021-08', end: null, leaving: 'Still employed',
        bullets: ['Supervise 31 associates across inbound and outbound docks', 'Cut mis-ships 38% by re-slotting fast movers and adding audit lanes', 'Run daily safety huddles; 600+ days without a recordable'] },
      { company: 'Delta Freight Fulfillment', town: 'Southaven, MS', title: 'Lead Material Handler', start: '2017-05', end: '2020-02', leaving: 'Family reasons (cared for parent)',
        bullets: ['Trained new hires on sit-down and reach trucks', 'Owned weekly cycle counts for 4,000 SKUs'] },
      { company: 'Tri-State Auto Parts', town: 'Memphis, TN', title: 'Stock Associate', start: '2014-06', end: '2017-04', leaving: 'Better opportunity',
        bullets: ['Received freight, stocked shelves and pulled orders for commercial accounts'] },
    ],
    education: [{ school: 'Southwest Tennessee Community College', degree: 'Certificate, Supply Chain Management', start: '2018-01', end: '2019-05' },
      { school: 'Raleigh-Egypt High School', degree: 'High School Diploma', start: '2003-08', end: '2007-05' }],
    certificates: ['Forklift operator certification (renewed 2025)', 'OSHA 10-Hour General Industry'],
    languages: ['English'],
    gap: 'Career break, Mar 2020 – Jul 2021: full-time caregiver for a family member',
  },
  {
    id: 'p04', language: 'en', name: 'Priya Ramaswamy', sex: 'F', born: '1994-05',
    email: 'priya.ramaswamy@fastmail.com', phone: '+14165550178', phonePrinted: '416-555-0178',
    address: 'Unit 1207, 88 Harbour St, Toronto, ON M5J 0C3', occupation: 'Senior Financial Analyst',
    summary: 'CPA with a Big-Four-style audit start and six years in insurance FP&A: forecasting, variance analysis and board reporting.',
    skills: ['Financial modelling | financial modeling', 'Variance analysis', 'Budgeting and forecasting | forecasting', 'Excel | Microsoft Excel', 'Power BI', 'SQL', 'IFRS 17 | IFRS', 'Oracle Hyperion | Hyperion'],
    work: [
      { company: 'Lakeshore Mutual Insurance', town: 'Toronto, ON', title: 'Senior Financial Analyst', start: '2023-03', end: null, leaving: 'Currently employed',
        bullets: ['Own the quarterly reforecast for the P&C division ($1.4B GWP)', 'Built a driver-based claims model that replaced 30 linked workbooks', 'Present variance commentary to the CFO each month'] },
      { company: 'Lakeshore Mutual Insurance', town: 'Toronto, ON', title: 'Financial Analyst', start: '2020-07', end: '2023-02', leaving: 'Promoted',
        bullets: ['Prepared monthly management reporting and IFRS 17 transition schedules', 'Automated expense allocations with SQL and Power BI'] },
      { company: 'Brennan Whitcombe LLP', town: 'Mississauga, ON', title: 'Audit Associate', start: '2017-09', end: '2020-06', leaving: 'Move into industry',
        bullets: ['Audited insurance and credit union clients; led fieldwork on two engagements'] },
      { company: 'Northgate Credit Union', town: 'Hamilton, ON', title: 'Finance Intern (summer)', start: '2016-05', end: '2016-08', internship: true, leaving: 'End of internship',
        bullets: ['Reconciled GL accounts and helped prepare the annual budget pack'] },
    ],
    education: [{ school: 'Ashbridge University', degree: 'Bachelor of Business Administration, Accounting', start: '2013-09', end: '2017-06' }],
    certificates: ['Chartered Professional Accountant (CPA Ontario), 2020'],
    languages: ['English', 'Tamil', 'French (intermediate)'],
  },
  {
    id: 'p05', language: 'en', name: 'Gideon Ashworth', sex: 'M', born: '1989-09',
    email: 'gashworth.pe@gmail.com', phone: '+19165550126', phonePrinted: '(916) 555-0126',
    address: '930 Poppy Field Way, Elk Grove, CA 95758', occupation: 'Associate Civil Engineer (PE)',
    summary: 'Registered civil engineer delivering county road, drainage and ADA projects from design through construction.',
    skills: ['AutoCAD Civil 3D | Civil 3D', 'Stormwater design | drainage design', 'Caltrans standards', 'Construction inspection', 'Cost estimating', 'HEC-RAS', 'Traffic control plans', 'Project management'],
    work: [
      { company: 'Calloway County Department of Public Works', town: 'Elk Grove, CA', title: 'Associate Civil Engineer', start: '2019-01', end: null, leaving: 'Currently employed',
        bullets: ['Project engineer for $22M in road rehabilitation and culvert replacement', 'Prepare PS&E packages to Caltrans Local Assistance standards', 'Resident engineer on two ADA curb-ramp contracts'] },
      { company: 'Harrow & Finch Engineering', town: 'Sacramento, CA', title: 'Assistant Engineer', start: '2014-07', end: '2018-12', leaving: 'Moved to public sector',
        bullets: ['Grading and storm drain design for residential subdivisions', 'HEC-RAS floodplain studies and drainage reports'] },
      { company: 'Sierra Gate Surveying', town: 'Roseville, CA', title: 'Survey Technician', start: '2012-06', end: '2014-06', leaving: 'Engineering position',
        bullets: ['Topographic and construction staking surveys with GPS and total station'] },
    ],
    education: [{ school: 'Valley State University, Sacramento', degree: 'B.S. Civil Engineering', start: '2008-08', end: '2013-05' }],
    certificates: ['Professional Engineer, Civil (California) No. C 91234', 'Qualified SWPPP Developer (QSD)'],
    languages: ['English', 'Spanish (conversational)'],
  },
  {
    id: 'p06', language: 'en', name: 'Rosalind Templeman', sex: 'F', born: '1992-03',
    email: 'roz.templeman@icloud.com', phone: '+16175550162', phonePrinted: '617.555.0162',
    address: '61 Wachusett St, Jamaica Plain, MA 02130', occupation: 'Head Chef',
    summary: 'Head chef running a 90-cover seasonal kitchen; hotel banqueting background; tight on food cost and training.',
    skills: ['Menu development | menu planning', 'Food cost control | food costing', 'ServSafe food safety | food safety', 'Whole-animal butchery | butchery', 'Pastry and bread', 'Kitchen team leadership', 'Ordering and inventory', 'Event catering | banqueting'],
    work: [
      { company: 'The Copper Lantern', town: 'Boston, MA', title: 'Head Chef', start: '2022-05', end: null, leaving: 'Currently employed',
        bullets: ['Write seasonal menus for 90 covers, brunch and private dining', 'Brought food cost from 34% to 29% in the first year', 'Hire and train a brigade of 11'] },
      { company: 'Harborview Hotel & Suites', town: 'Boston, MA', title: 'Sous Chef', start: '2018-03', end: '2022-04', leaving: 'Head chef opportunity',
        bullets: ['Ran banquets up to 400 covers and the all-day restaurant', 'Scheduling, ordering and HACCP logs'] },
      { company: 'Little Salt Bistro', town: 'Cambridge, MA', title: 'Line Cook', start: '2015-01', end: '2018-02', leaving: 'Promotion elsewhere',
        bullets: ['Grill and sauté stations; in-house butchery and charcuterie'] },
      { company: 'Pasta Fresca', town: 'Somerville, MA', title: 'Prep Cook', start: '2013-06', end: '2014-11', leaving: 'Restaurant closed',
        bullets: ['Fresh pasta, sauces and prep for a 60-seat trattoria'] },
    ],
    education: [{ school: 'Bay State Culinary College', degree: 'A.O.S. Culinary Arts', start: '2011-09', end: '2013-05' }],
    certificates: ['ServSafe Manager certification', 'Allergen Awareness (MA)'],
    languages: ['English'],
  },
  {
    id: 'p07', language: 'en', name: 'Callum Draper', sex: 'M', born: '2002-12',
    email: 'callum.draper@proton.me', phone: '+447700900835', phonePrinted: '+44 7700 900835',
    address: 'Flat 3, 27 Cheetham Hill Rd, Manchester M4 4FY', occupation: 'Junior Software Developer',
    summary: 'Junior developer building Django and React features for accounting software; CS graduate with placement and support-desk experience.',
    skills: ['Python', 'TypeScript', 'React', 'Django', 'PostgreSQL | Postgres', 'Docker', 'Git', 'REST APIs | REST'],
    work: [
      { company: 'Northern Ledger Software Ltd', town: 'Manchester', title: 'Junior Software Developer', start: '2024-09', end: null, leaving: 'N/A',
        bullets: ['Ship features for an invoicing product used by 3,000 small firms (Django, React)', 'Wrote the bank-feed retry worker and its tests', 'On the support rota one week a month'] },
      { company: 'Brightmoor Digital', town: 'Salford', title: 'Software Development Intern', start: '2023-06', end: '2023-09', internship: true, leaving: 'End of summer internship',
        bullets: ['Built an internal booking tool in TypeScript and Express', 'Added CI checks with GitHub Actions and Docker'] },
      { company: 'Irwell University IT Services', town: 'Manchester', title: 'IT Support Assistant (part-time)', start: '2022-10', end: '2024-05', leaving: 'Graduated',
        bullets: ['First-line helpdesk for students and staff; laptop imaging'] },
    ],
    education: [{ school: 'Irwell University', degree: 'BSc (Hons) Computer Science, First Class', start: '2021-09', end: '2024-06' },
      { school: 'Oldham Road College', degree: 'A levels: Maths (A*), Computer Science (A), Physics (B)', start: '2019-09', end: '2021-06' }],
    certificates: [],
    languages: ['English'],
    volunteering: 'Code Club volunteer, Crumpsall Library (2022–present)',
  },
  {
    id: 'p08', language: 'zh', name: '王海燕', sex: 'F', born: '1992-04',
    email: 'wanghaiyan_cd@163.com', phone: '+8613808132456', phonePrinted: '138 0813 2456',
    address: '四川省成都市武侯区玉林北路18号', occupation: '财务主管',
    summary: '中级会计师，十二年财务工作经验，熟悉国有企业全盘账务、纳税申报和财务分析。',
    skills: ['全盘账务处理 | 总账', '纳税申报 | 税务申报', '财务报表分析 | 财务分析', '成本核算', '用友U8 | 用友', '金蝶K3 | 金蝶', 'Excel'],
    work: [
      { company: '四川锦程投资集团有限公司', town: '成都', title: '财务部主管', start: '2020-03', end: null,
        bullets: ['负责集团本部及三家子公司月度合并报表', '牵头完成2023年度所得税汇算清缴', '参与集团预算编制与执行分析'] },
      { company: '成都蓉欣食品有限公司', town: '成都', title: '总账会计', start: '2016-07', end: '2020-02',
        bullets: ['负责总账、成本核算和月末结账', '推动用友U8存货模块上线'] },
      { company: '成都华瑞会计师事务所（普通合伙）', town: '成都', title: '审计助理', start: '2014-07', end: '2016-06',
        bullets: ['参与制造业、商贸企业年报审计十余家'] },
    ],
    education: [{ school: '四川商学院', degree: '会计学 本科 管理学学士', start: '2010-09', end: '2014-06' }],
    certificates: ['中级会计专业技术资格（2019年）', '初级会计专业技术资格'],
    languages: ['英语（CET-4）'],
  },
  {
    id: 'p09', language: 'zh', name: '陈志强', sex: 'M', born: '1991-10',
    email: 'chenzq1991@qq.com', phone: '+8613922457781', phonePrinted: '139-2245-7781',
    address: '广东省佛山市南海区桂城街道平洲夏西村', occupation: '机电维修组长',
    summary: '从事设备电气维修十五年，持高级维修电工证，熟悉陶瓷机械生产线电气控制。',
    skills: ['西门子PLC编程 | PLC', '变频器调试', '电气线路安装与维修 | 电工', '设备故障排查 | 故障诊断', '电气图纸识读', '电焊 | 焊接', '低压配电柜维护'],
    work: [
      { company: '佛山市南海区宏达陶瓷机械有限公司', town: '佛山', title: '机电维修组长', start: '2019-05', end: null,
        bullets: ['带领6人维修班组，负责压机、窑炉生产线电气维护', '主导PLC程序改造，停机时间下降约30%'] },
      { company: '佛山市南海区宏达陶瓷机械有限公司', town: '佛山', title: '维修电工', start: '2015-03', end: '2019-04',
        bullets: ['日常巡检、故障抢修，变频器参数调试'] },
      { company: '东莞市长兴电子厂', town: '东莞', title: '设备技术员', start: '2011-08', end: '2014-12',
        bullets: ['SMT及插件线设备保养与电气维修'] },
    ],
    education: [{ school: '佛山市第二技工学校', degree: '电气自动化设备安装与维修 中级技工', start: '2008-09', end: '2011-07' }],
    certificates: ['低压电工作业证（特种作业操作证）', '维修电工 高级工（三级）职业资格证书'],
    languages: [],
  },
  {
    id: 'p10', language: 'zh', name: '刘思琪', sex: 'F', born: '2002-01',
    email: 'liusiqi_stat@126.com', phone: '+8615067123398', phonePrinted: '150 6712 3398',
    address: '浙江省杭州市钱塘区学源街', occupation: '应用统计硕士研究生（2027届）',
    summary: '应用统计专业硕士，熟练使用Python和SQL做数据分析，有政府统计与互联网企业实习经历。',
    skills: ['Python', 'R语言 | R', 'SQL', 'SPSS', 'Tableau', '数据清洗', '回归分析 | 统计建模'],
    work: [
      { company: '浙江禾谷电子商务有限公司', town: '杭州', title: '运营数据分析实习生', start: '2026-03', end: '2026-06', internship: true,
        bullets: ['搭建店铺日报看板，跟踪转化率与复购率', '用SQL清洗订单数据，支持618大促复盘'] },
      { company: '杭州云帆数据科技有限公司', town: '杭州', title: '数据分析实习生', start: '2025-07', end: '2025-09', internship: true,
        bullets: ['用Python完成用户分群与流失预警模型', '撰写周度数据分析报告'] },
      { company: '杭州市西湖区统计局', town: '杭州', title: '统计调查实习生', start: '2024-07', end: '2024-08', internship: true,
        bullets: ['协助开展住户收支调查数据录入与核查'] },
    ],
    education: [
      { school: '江南财经大学', degree: '应用统计 硕士研究生', start: '2024-09', end: '2027-06' },
      { school: '江南财经大学', degree: '统计学 本科', start: '2020-09', end: '2024-06' },
    ],
    certificates: ['全国大学英语六级（CET-6）', '计算机二级（Python）'],
    languages: ['英语 CET-6'],
  },
  {
    id: 'p11', language: 'zh', name: '赵国栋', sex: 'M', born: '1986-06',
    email: 'zgd_jn@sina.com', phone: '+8618653110274', phonePrinted: '186 5311 0274',
    address: '山东省济南市历下区解放东路', occupation: '物流集团副总经理',
    summary: '十七年物流与仓储管理经验，历任机关科员、仓储主管、运营部部长，现任国有物流集团副总经理。',
    skills: ['供应链管理', '仓储规划 | 仓库布局规划', '团队管理', '招投标管理 | 招投标', 'SAP ERP | SAP', '安全生产管理'],
    work: [
      { company: '济南城投物流集团有限公司', town: '济南', title: '副总经理', start: '2021-01', end: null,
        bullets: ['分管运营、安全生产和信息化', '主持建设12万平方米智慧物流园区'] },
      { company: '济南城投物流集团有限公司', town: '济南', title: '运营部部长', start: '2017-04', end: '2020-12',
        bullets: ['负责城配、仓储两大业务板块运营', '推行SAP仓储管理模块'] },
      { company: '山东鲁通仓储有限公司', town: '济南', title: '仓储主管', start: '2012-07', end: '2017-03',
        bullets: ['管理3座常温仓，库容8万吨'] },
      { company: '济南市历下区商务局', town: '济南', title: '科员', start: '2009-07', end: '2012-06',
        bullets: ['负责商贸流通统计和市场运行监测'] },
    ],
    education: [
      { school: '齐鲁交通学院', degree: '物流管理 本科', start: '2005-09', end: '2009-07' },
      { school: '泉城大学', degree: '工商管理硕士（MBA，在职）', start: '2014-09', end: '2016-12' },
    ],
    certificates: ['高级物流师', '安全生产管理人员考核合格证'],
    languages: [],
  },
  {
    id: 'p12', language: 'zh', name: '黄晓梅', sex: 'F', born: '1993-08',
    email: 'huangxiaomei_sy@163.com', phone: '+8613708986612', phonePrinted: '137 0898 6612',
    address: '海南省三亚市吉阳区迎宾路', occupation: '酒店前厅经理',
    summary: '十年酒店与旅游服务经验，熟悉高星级酒店前厅运营、收益管理和团队培训。',
    skills: ['Opera PMS | Opera', '前台接待 | 前台', '客诉处理 | 投诉处理', '收益管理', 'VIP接待', '夜审', '团队排班与培训 | 员工培训'],
    work: [
      { company: '三亚湾椰林度假酒店', town: '三亚', title: '前厅经理', start: '2021-06', end: null,
        bullets: ['管理前台、礼宾、总机共35人', '2024年宾客满意度由88分提升至94分'] },
      { company: '海口明珠国际大酒店', town: '海口', title: '前台主管', start: '2017-02', end: '2021-05',
        bullets: ['负责前台排班、夜审复核和VIP接待'] },
      { company: '三亚鹿回头国际旅行社有限公司', town: '三亚', title: '导游', start: '2014-07', end: '2016-10',
        bullets: ['带团接待国内及俄语区游客'] },
    ],
    education: [{ school: '海南旅游职业学院', degree: '酒店管理 大专', start: '2011-09', end: '2014-06' },
      { school: '海南开放大学', degree: '旅游管理 本科（业余）', start: '2018-03', end: '2020-07' }],
    certificates: ['前厅服务员 二级/技师 职业技能等级证书', '导游资格证'],
    languages: ['英语（流利）', '俄语（日常）'],
    gap: '2016.11–2017.01 待业（备考、休整）',
  },
  {
    id: 'p13', language: 'mixed', name: 'Kevin Zhou', altName: '周凯文', sex: 'M', born: '1994-02',
    email: 'kevin.zhou.scm@gmail.com', phone: '+8613564782290', phonePrinted: '+86 135 6478 2290',
    address: 'Minhang District, Shanghai 上海市闵行区', occupation: 'Supply Chain Manager',
    summary: 'Supply chain manager in cold-chain and cross-border trade; customs background; bilingual working in English and Mandarin.',
    skills: ['SAP S/4HANA | SAP', 'Demand planning', 'Supplier management | vendor management', 'Lean Six Sigma', 'Incoterms', 'Customs clearance | 报关', 'Power BI', 'Cross-border logistics | 跨境物流'],
    work: [
      { company: 'Hanxin Cold Chain (Shanghai) Co., Ltd.', town: 'Shanghai', title: 'Supply Chain Manager', start: '2022-04', end: null, leaving: 'Currently employed',
        bullets: ['Lead a team of 9 planners and buyers for imported dairy and seafood', 'Cut spoilage write-offs 21% with shelf-life-based allocation', 'Run quarterly reviews with 40 overseas suppliers'] },
      { company: 'Meridian Trading Asia Ltd.', town: 'Shanghai', title: 'Logistics Planner', start: '2018-08', end: '2022-03', leaving: 'Career development',
        bullets: ['Planned ocean and air freight for EU and ANZ imports', 'Built the Power BI landed-cost dashboard'] },
      { company: 'Pujiang International Freight Forwarding Co., Ltd.', town: 'Shanghai', title: 'Customs Documentation Assistant', start: '2016-07', end: '2018-07', leaving: 'Moved to in-house logistics',
        bullets: ['Prepared customs declarations and HS classification for 200+ shipments a month'] },
    ],
    education: [{ school: 'East China Maritime University', degree: 'B.Eng. Logistics Engineering 物流工程', start: '2012-09', end: '2016-06' }],
    certificates: ['APICS CSCP', '报关水平测试合格证书 (Customs Declaration Certificate)'],
    languages: ['Mandarin (native)', 'English (fluent, IELTS 7.5)'],
  },
  {
    id: 'p14', language: 'mixed', name: 'Grace Lin', altName: '林嘉欣', sex: 'F', born: '1998-09',
    email: 'gracelin.design@outlook.com', phone: '+8615912348876', phonePrinted: '159 1234 8876',
    address: 'Nanshan, Shenzhen 深圳市南山区', occupation: 'UX Designer',
    summary: 'Product designer for smart-home apps; research-led, comfortable owning a design system end to end.',
    skills: ['Figma', 'User research | 用户研究', 'Prototyping | 原型设计', 'Design systems', 'Usability testing', 'Adobe Illustrator | Illustrator', 'Axure', 'HTML/CSS | HTML'],
    work: [
      { company: 'Lumina Smart Home Technology Co., Ltd.', town: 'Shenzhen', title: 'UX Designer', start: '2023-07', end: null, leaving: 'Currently employed',
        bullets: ['Own onboarding and device-pairing flows for an app with 2M MAU', 'Set up the Figma component library used by 14 designers', 'Run monthly usability tests with 6–8 users'] },
      { company: 'Qingmu Education Technology Co., Ltd.', town: 'Guangzhou', title: 'Visual Designer', start: '2020-07', end: '2023-05', leaving: 'Move into UX',
        bullets: ['Course covers, illustrations and H5 campaign pages'] },
      { company: 'Brightpath Interactive', town: 'Shenzhen', title: 'UI Design Intern', start: '2019-07', end: '2019-12', internship: true, leaving: 'Internship ended',
        bullets: ['Icon sets and mini-program screens for two clients'] },
    ],
    education: [{ school: 'Lingnan Academy of Fine Arts', degree: 'B.A. Visual Communication Design 视觉传达设计', start: '2016-09', end: '2020-06' }],
    certificates: ['Google UX Design Certificate'],
    languages: ['Mandarin', 'Cantonese', 'English (CET-6)'],
  },
  {
    id: 'p15', language: 'mixed', name: 'Jason Ma', altName: '马俊', sex: 'M', born: '1995-04',
    email: 'jason.ma.me@gmail.com', phone: '+15105550139', phonePrinted: '(510) 555-0139',
    address: '39120 Argonaut Way, Fremont, CA 94538', occupation: 'Senior Mechanical Engineer',
    summary: 'Mechanical engineer in EV drivetrain and gearbox design; three years in a Suzhou tier-1 supplier before an MS in the US.',
    skills: ['SolidWorks', 'CATIA V5 | CATIA', 'GD&T', 'ANSYS FEA | FEA', 'DFMEA', 'Gear design', 'MATLAB', 'APQP'],
    work: [
      { company: 'Pacifica Drive Systems Inc.', town: 'Fremont, CA', title: 'Senior Mechanical Engineer', start: '2022-09', end: null, leaving: 'Currently employed',
        bullets: ['Design lead for a two-speed e-axle gearbox housing', 'Own DFMEA and GD&T stack-ups with suppliers in China and Mexico'] },
      { company: 'Lakemont Powertrain LLC', town: 'Ann Arbor, MI', title: 'Mechanical Engineering Co-op', start: '2021-05', end: '2021-08', internship: true, leaving: 'Returned to school',
        bullets: ['FEA of bearing retainers; test fixture design'] },
      { company: 'Suzhou Hengrui Auto Parts Co., Ltd.', town: 'Suzhou', title: 'Mechanical Design Engineer', start: '2017-07', end: '2020-07', leaving: 'Graduate study in the US',
        bullets: ['CATIA design of transmission brackets and shift forks', 'Supported APQP and PPAP for two OEM launches'] },
    ],
    education: [
      { school: 'Great Lakes Technological University', degree: 'M.S. Mechanical Engineering', start: '2020-09', end: '2022-06' },
      { school: 'Jinji Lake Institute of Technology', degree: 'B.Eng. Vehicle Engineering 车辆工程', start: '2013-09', end: '2017-06' },
    ],
    certificates: ['Certified SolidWorks Professional (CSWP)'],
    languages: ['Mandarin (native)', 'English (fluent)'],
  },
  {
    id: 'p16', language: 'mixed', name: 'Vivian Xu', altName: '徐薇', sex: 'F', born: '1994-11',
    email: 'vivian.xu.cra@163.com', phone: '+8618810256637', phonePrinted: '+86 188 1025 6637',
    address: 'Chaoyang District, Beijing 北京市朝阳区', occupation: 'Senior Clinical Research Associate',
    summary: 'Former oncology nurse, now a senior CRA monitoring phase II–III oncology trials across 12 sites in North China.',
    skills: ['ICH-GCP | GCP', 'Site monitoring | 监查', 'Medidata Rave | EDC', 'SAE reporting | 严重不良事件报告', 'Source data verification | SDV', 'Protocol review', 'Trial master file | TMF'],
    work: [
      { company: 'Kangtai Clinical Research Co., Ltd.', town: 'Beijing', title: 'Senior CRA', start: '2023-01', end: null, leaving: 'Currently employed',
        bullets: ['Monitor 12 sites for two phase III oncology studies', 'Co-monitor and train new CRAs'] },
      { company: 'Kangtai Clinical Research Co., Ltd.', town: 'Beijing', title: 'Clinical Research Associate', start: '2020-05', end: '2022-12', leaving: 'Promoted',
        bullets: ['Site initiation, routine monitoring and close-out visits', 'SAE follow-up and query resolution in Medidata Rave'] },
      { company: 'Beijing Xinkang Hospital', town: 'Beijing', title: 'Registered Nurse, Oncology Ward', start: '2016-08', end: '2020-04', leaving: 'Career change to clinical research',
        bullets: ['Chemotherapy administration and patient education'] },
    ],
    education: [{ school: 'Yanjing Medical University', degree: 'B.Sc. Nursing 护理学', start: '2012-09', end: '2016-07' }],
    certificates: ['护士执业证书 (Registered Nurse licence)', 'GCP training certificate (NMPA)'],
    languages: ['Mandarin (native)', 'English (fluent)'],
  },
];
