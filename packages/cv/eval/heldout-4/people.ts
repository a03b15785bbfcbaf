/**
 * Held-out set 4: the people. Written by a blind writer on 2026-12-02, without reading the analyser, its taxonomy,
 * tests, README or the other sets. Frozen; never tuned on. Every fact here is invented; generate.ts prints them.
 */

export interface Job {
  /** The employer exactly as every document prints it (also the truth). */
  company: string;
  title: string;
  /** "YYYY-MM" */
  start: string;
  /** "YYYY-MM", or null for the current job. */
  end: string | null;
  location: string;
  bullets: string[];
  /** Only the federal-style template prints these. */
  hours?: string;
  supervisor?: string;
}

export interface Person {
  id: string;
  /** Truth language: 'en', 'zh', or 'mixed' (Chinese and English on the same CV). */
  language: 'en' | 'zh' | 'mixed';
  /** The language of the CV's labels and prose. */
  main: 'en' | 'zh';
  name: string;
  headline: string;
  email: string;
  /** E.164 (truth). */
  phone: string;
  /** How the CV prints the phone. */
  phonePrinted: string;
  city: string;
  summary: string;
  jobs: Job[];
  education: { school: string; degree: string; start: string; end: string }[];
  /** As written, then " | " alternatives a recruiter accepts as the same skill. Printed: the first. */
  skills: string[];
  spoken?: string[];
  extra?: Record<string, string>;
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', main: 'en', name: 'Harriet Okonkwo-Bell', headline: 'Logistics Manager',
    email: 'harriet.okonkwobell@fastmail.co.uk', phone: '+447700900263', phonePrinted: '+44 7700 900263', city: 'Leicester, UK',
    summary: 'Logistics manager with ten years in road freight and temperature-controlled warehousing. I run tight operations, fix the root cause rather than the symptom, and keep drivers and pickers safe.',
    jobs: [
      { company: 'Quillhaven Cold Chain Ltd', title: 'Logistics Manager', start: '2023-01', end: null, location: 'Leicester', bullets: ['Run a 140,000 sq ft chilled and frozen site with 85 staff across three shifts.', 'Cut late deliveries to supermarket RDCs from 6.1% to 1.8% in the first year by re-planning trunking routes.', 'Led the move from paper pick lists to RF scanning with SAP EWM.'] },
      { company: 'Castlebridge Distribution', title: 'Warehouse Operations Lead', start: '2019-09', end: '2022-12', location: 'Daventry', bullets: ['Supervised goods-in, replenishment and despatch for an ambient FMCG contract.', 'Built weekly Power BI dashboards for pick rates, damages and agency hours.', 'Ran toolbox talks and accident investigations; zero RIDDOR reportables in 2021.'] },
      { company: 'Fenwick & Rowe Freight', title: 'Transport Planner', start: '2016-04', end: '2019-08', location: 'Northampton', bullets: ['Planned daily multi-drop routes for a fleet of 32 artics and rigids in Paragon.', 'Handled tachograph queries and driver hours compliance.'] },
    ],
    education: [{ school: 'Aston University', degree: 'BSc (Hons) Logistics with Supply Chain Management', start: '2012-09', end: '2016-06' }],
    skills: ['SAP EWM | SAP Extended Warehouse Management', 'Paragon routing | Paragon', 'Power BI | Microsoft Power BI', 'Microsoft Excel | Excel', 'Lean Six Sigma Green Belt | Lean Six Sigma', 'IOSH Managing Safely | IOSH', 'Route planning', 'Inventory control', 'HGV Class 1 licence | HGV Class 1 | C+E licence'],
    spoken: ['English (native)', 'Igbo (conversational)'],
  },
  {
    id: 'p02', language: 'en', main: 'en', name: 'Marisol Quintero-Hale', headline: 'Registered Nurse, Critical Care',
    email: 'mquinterohale@gmail.com', phone: '+15034172286', phonePrinted: '(503) 417-2286', city: 'Portland, OR',
    summary: 'Critical care RN with eleven years at the bedside, the last four as charge nurse on a 24-bed cardiac ICU. Calm under pressure; strong preceptor.',
    jobs: [
      { company: 'Larchmere Heart Institute', title: 'Charge Nurse, Cardiovascular ICU', start: '2021-11', end: null, location: 'Portland, OR', hours: '36 hours per week', supervisor: 'Dana Whitcombe, Nurse Manager', bullets: ['Coordinate staffing, admissions and bed flow for a 24-bed CVICU each shift.', 'Care for post-op open-heart, LVAD and ECMO patients.', 'Precept new graduate nurses; 9 preceptees since 2022.'] },
      { company: 'St. Anselm Regional Hospital', title: 'ICU Registered Nurse', start: '2017-06', end: '2021-10', location: 'Salem, OR', hours: '36 hours per week', supervisor: 'Roberto Ilves, RN, Unit Director', bullets: ['Managed ventilated and septic patients in a 16-bed mixed ICU.', 'Titrated vasoactive drips and sedation per protocol.', 'Super-user for the Epic go-live in 2019.'] },
      { company: 'Larkspur Valley Medical Center', title: 'Staff Nurse, Medical-Surgical', start: '2014-06', end: '2017-05', location: 'Eugene, OR', hours: '36 hours per week', supervisor: 'Cheryl Banda, Charge Nurse', bullets: ['Cared for 5–6 med-surg patients per shift, including telemetry overflow.', 'Taught discharge education on wound care and anticoagulants.'] },
    ],
    education: [{ school: 'Oregon Coast University School of Nursing', degree: 'Bachelor of Science in Nursing (BSN)', start: '2010-09', end: '2014-05' }],
    skills: ['BLS | Basic Life Support', 'ACLS | Advanced Cardiovascular Life Support', 'CCRN', 'Epic | Epic EHR', 'Ventilator management', 'Telemetry monitoring | Telemetry', 'IV therapy', 'Wound care', 'ECMO'],
    spoken: ['English', 'Spanish (fluent)'],
    extra: { License: 'Oregon RN License #094417321', Citizenship: 'U.S. Citizen' },
  },
  {
    id: 'p03', language: 'en', main: 'en', name: 'Tobias Aldermoor', headline: 'Chartered Structural Engineer (CEng MIStructE)',
    email: 't.aldermoor@outlook.com', phone: '+353871234508', phonePrinted: '+353 87 123 4508', city: 'Cork, Ireland',
    summary: 'Structural engineer with experience on both sides: consultancy design and contractor site delivery. Bridges, schools and mid-rise residential.',
    jobs: [
      { company: 'Ellisande Partners', title: 'Senior Structural Engineer', start: '2018-04', end: '2025-08', location: 'Cork', bullets: ['Led design of a 68 m steel footbridge over the River Lee, from feasibility to IFC.', 'Managed a team of four engineers and two technicians; modelling in Tekla and Revit.', 'Administered NEC4 contracts as Supervisor on three school extensions.'] },
      { company: 'Brockmoor Construction', title: 'Site Engineer', start: '2015-07', end: '2018-03', location: 'Limerick', bullets: ['Set out foundations and RC frames for a 6-storey student residence.', 'Checked temporary works and ran pour records and QA sheets.'] },
      { company: 'Harlow Keane Consulting', title: 'Graduate Civil Engineer', start: '2012-09', end: '2015-06', location: 'Dublin', bullets: ['Drainage and road design for two N-road realignment schemes in Civil 3D.', 'Prepared calculations to Eurocodes for culverts and retaining walls.'] },
    ],
    education: [{ school: 'University College Galway', degree: 'BE (Hons) Civil Engineering', start: '2008-09', end: '2012-06' }, { school: 'Trinity College Dublin', degree: 'MSc Structural Engineering (part-time)', start: '2014-09', end: '2016-06' }],
    skills: ['AutoCAD', 'Civil 3D | AutoCAD Civil 3D', 'Revit | Autodesk Revit', 'Tekla Structures | Tekla', 'STAAD.Pro | STAAD', 'Eurocodes | Eurocode design', 'NEC4 contract administration | NEC4', 'Microsoft Project | MS Project', 'Temporary works design'],
    spoken: ['English', 'Irish (basic)'],
  },
  {
    id: 'p04', language: 'en', main: 'en', name: 'Priyanka Venkatasubbu', headline: 'Senior FP&A Manager',
    email: 'priyanka.venkat@rediffmail.com', phone: '+919845012367', phonePrinted: '+91 98450 12367', city: 'Bengaluru, Karnataka',
    summary: 'Chartered Accountant with 14+ years across statutory audit, advisory and corporate FP&A in FMCG and agri-business.',
    jobs: [
      { company: 'Marigold Agro Foods Ltd', title: 'Senior FP&A Manager', start: '2019-01', end: null, location: 'Bengaluru', bullets: ['Own the annual operating plan and monthly rolling forecast for a ₹2,400 crore business.', 'Built a driver-based model for procurement of pulses that reduced forecast error by 30%.', 'Automated variance packs with Python and Power BI.'] },
      { company: 'Verandah Capital Advisors', title: 'Financial Analyst', start: '2014-04', end: '2018-12', location: 'Mumbai', bullets: ['Prepared valuation models and IMs for mid-market M&A mandates.', 'Performed financial due diligence for 11 transactions.'] },
      { company: 'Dhoble Mehta & Co', title: 'Audit Associate', start: '2011-07', end: '2014-03', location: 'Pune', bullets: ['Statutory and tax audits of manufacturing and trading clients under Ind AS.'] },
    ],
    education: [{ school: 'The Institute of Chartered Accountants of India', degree: 'Chartered Accountant (CA)', start: '2008-06', end: '2012-11' }, { school: 'Fergusson College, Pune', degree: 'B.Com', start: '2005-06', end: '2008-04' }],
    skills: ['Financial modelling | Financial modeling', 'IFRS', 'Ind AS', 'SAP FICO | SAP FI/CO | SAP FI CO', 'Tally ERP 9 | Tally', 'Advanced Excel | Excel', 'Power BI', 'Python', 'Budgeting and forecasting | Budgeting | Forecasting', 'Variance analysis'],
    spoken: ['English', 'Hindi', 'Tamil', 'Marathi'],
    extra: { 'Date of Birth': '14 August 1987', Nationality: 'Indian', 'Marital Status': 'Married' },
  },
  {
    id: 'p05', language: 'en', main: 'en', name: 'Eleanor Fitzwilliam-Ashe', headline: 'Lecturer in Science Education',
    email: 'e.fitzwilliam-ashe@cresthaven.ac.uk', phone: '+447700900418', phonePrinted: '07700 900 418', city: 'Norwich, UK',
    summary: 'Former head of science, now teaching and researching how secondary students reason about evidence.',
    jobs: [
      { company: 'University of Cresthaven', title: 'Lecturer in Science Education', start: '2019-09', end: null, location: 'Norwich', bullets: ['Lead the PGCE secondary science route (42 trainees a year).', 'Teach research methods on the MA Education; supervise 5 master’s dissertations a year.', 'Co-investigator on a two-year study of practical work in Year 9 classrooms.'] },
      { company: 'Thornbury Park School', title: 'Head of Science', start: '2014-09', end: '2019-07', location: 'Ipswich', bullets: ['Led a department of 11 teachers and 2 technicians.', 'Rewrote the KS3 curriculum around practical enquiry; GCSE combined science grades 4+ rose from 58% to 71%.'] },
      { company: 'Gorsefield Academy', title: 'Teacher of Science (Chemistry)', start: '2009-09', end: '2014-08', location: 'Colchester', bullets: ['Taught chemistry to A level and combined science to KS3/KS4.'] },
    ],
    education: [{ school: 'University of East Anglia', degree: 'PhD Education', start: '2015-10', end: '2021-03' }, { school: 'University of Leeds', degree: 'PGCE Secondary Science', start: '2008-09', end: '2009-06' }, { school: 'University of Bristol', degree: 'BSc Chemistry', start: '2005-09', end: '2008-06' }],
    skills: ['Curriculum design | Curriculum development', 'Assessment design', 'NVivo', 'SPSS | IBM SPSS', 'Moodle', 'Google Classroom', 'Mixed-methods research | Mixed methods', 'Classroom observation', 'Safeguarding'],
    spoken: ['English', 'French (B2)'],
    extra: { Publications: 'Fitzwilliam-Ashe, E. (2023). “Whose evidence counts? Year 9 reasoning in practical chemistry.” School Science Review 104(389), 41–49.|Fitzwilliam-Ashe, E. & Moravec, J. (2021). “Practical work after the pandemic.” Education in Chemistry 58(4), 22–25.' },
  },
  {
    id: 'p06', language: 'zh', main: 'zh', name: '韩昭宁', headline: '制造部经理',
    email: 'hanzhaoning@163.com', phone: '+8613915623378', phonePrinted: '139-1562-3378', city: '浙江宁波',
    summary: '机械专业出身，十余年汽车零部件与电机制造经验，熟悉工艺、生产与质量体系，擅长推动精益改善和产线自动化。',
    jobs: [
      { company: '宁波凌川电机股份有限公司', title: '制造部经理', start: '2021-06', end: null, location: '宁波', bullets: ['负责两个车间共 260 人的生产、设备与工艺管理。', '主导新能源驱动电机定子产线自动化改造，人均产出提升 35%。', '推动 MES 系统上线，实现关键工序数据追溯。'] },
      { company: '常州泰和汽车零部件有限公司', title: '生产主管', start: '2017-03', end: '2021-05', location: '常州', bullets: ['管理冲压与焊接班组，按月完成交付计划。', '通过 IATF 16949 监督审核，客户 PPM 由 420 降至 95。'] },
      { company: '苏州恒岳精工机械有限公司', title: '工艺工程师', start: '2013-07', end: '2017-02', location: '苏州', bullets: ['编制机加工工艺卡和作业指导书，组织 PFMEA 评审。', '使用 SolidWorks 设计工装夹具 30 余套。'] },
    ],
    education: [{ school: '江苏科技大学', degree: '机械设计制造及其自动化 本科', start: '2009-09', end: '2013-06' }],
    skills: ['AutoCAD', 'SolidWorks', '精益生产 | Lean Production | 精益制造', '六西格玛 | Six Sigma', 'IATF 16949', 'PFMEA | FMEA', 'SPC | 统计过程控制', 'MES', 'SAP PP'],
    spoken: ['普通话', '英语（CET-6）'],
  },
  {
    id: 'p07', language: 'zh', main: 'zh', name: '祁玥彤', headline: '前厅部经理',
    email: 'qiyuetong_hotel@qq.com', phone: '+8618628071945', phonePrinted: '186 2807 1945', city: '四川成都',
    summary: '十年高端酒店前厅经验，熟悉国际品牌酒店标准，注重宾客体验与团队培养。',
    jobs: [
      { company: '成都锦岚国际酒店', title: '前厅部经理', start: '2022-04', end: null, location: '成都', bullets: ['管理前台、礼宾、总机与行政酒廊共 38 名员工。', '优化入住流程，平均办理时间缩短至 3 分钟以内。', '配合收益部制定房价策略，年均出租率 82%。'] },
      { company: '三亚海棠湾澜庭度假酒店', title: '宾客关系主管', start: '2018-01', end: '2022-03', location: '三亚', bullets: ['负责 VIP 接待与宾客投诉处理，宾客满意度连续三年区域第一。', '培训新员工服务标准与 Opera 系统操作。'] },
      { company: '杭州西溪听溪酒店', title: '前台接待', start: '2015-08', end: '2017-12', location: '杭州', bullets: ['办理入住、退房与夜审工作。'] },
    ],
    education: [{ school: '浙江旅游职业学院', degree: '酒店管理 大专', start: '2012-09', end: '2015-06' }],
    skills: ['Opera PMS | Opera', '收益管理 | Revenue Management', '客户关系管理 | CRM', 'Microsoft Office | Office', '宾客投诉处理 | 投诉处理', '团队培训 | 员工培训', '前厅运营管理 | 前厅管理'],
    spoken: ['普通话', '英语（流利）', '四川话'],
  },
  {
    id: 'p08', language: 'zh', main: 'zh', name: '邵景川', headline: '大区销售总监',
    email: 'shaojingchuan@126.com', phone: '+8613560218842', phonePrinted: '135 6021 8842', city: '北京',
    summary: '医疗器械销售十四年，从一线销售做到大区总监，熟悉医院采购流程与招投标，带领团队连续三年超额完成指标。',
    jobs: [
      { company: '北京启明医学影像设备有限公司', title: '大区销售总监（华北）', start: '2020-07', end: null, location: '北京', bullets: ['带领 22 人销售团队，负责华北五省市超声与 DR 产品销售。', '2023 年区域销售额 3.6 亿元，完成率 118%。', '建立经销商分级管理制度，新增核心经销商 14 家。'] },
      { company: '上海瑞康诊断科技有限公司', title: '区域销售经理', start: '2015-10', end: '2020-06', location: '上海', bullets: ['负责华东区体外诊断试剂销售，覆盖三甲医院 40 余家。', '使用 Salesforce 管理商机与拜访计划。'] },
      { company: '广州粤丰医疗器械有限公司', title: '销售代表', start: '2012-03', end: '2015-09', location: '广州', bullets: ['开发广州、佛山地区二级医院客户。'] },
    ],
    education: [{ school: '广东药科大学', degree: '生物医学工程 本科', start: '2008-09', end: '2012-06' }],
    skills: ['大客户管理 | Key Account Management | KA管理', 'Salesforce', '招投标 | 招投标管理', '渠道管理 | Channel Management | 经销商管理', '商务谈判', 'Excel', '医疗器械法规 | NMPA法规'],
    spoken: ['普通话', '粤语', '英语（一般）'],
  },
  {
    id: 'p09', language: 'zh', main: 'zh', name: '骆初夏', headline: '高级品牌设计师',
    email: 'luochuxia.design@foxmail.com', phone: '+8615907126630', phonePrinted: '159 0712 6630', city: '湖北武汉',
    summary: '视觉与品牌设计师，擅长从品牌策略到 VI、包装与动态视觉的完整落地。',
    jobs: [
      { company: '武汉青禾文创集团', title: '高级品牌设计师', start: '2023-03', end: null, location: '武汉', bullets: ['负责集团旗下 6 个文创子品牌的 VI 体系与包装设计。', '主导“楚韵”系列礼盒设计，获 2024 年金点设计奖入围。'] },
      { company: '深圳拾光互动科技有限公司', title: '视觉设计师', start: '2019-11', end: '2023-02', location: '深圳', bullets: ['负责 App 运营活动视觉、H5 页面与动效设计。', '搭建 Figma 组件库，统一三条产品线视觉规范。'] },
      { company: '厦门鹭屿文化传播有限公司', title: '平面设计师', start: '2017-07', end: '2019-10', location: '厦门', bullets: ['完成海报、画册、展会物料等平面设计 200 余项。'] },
    ],
    education: [{ school: '湖北美术学院', degree: '视觉传达设计 本科', start: '2013-09', end: '2017-06' }],
    skills: ['Photoshop | Adobe Photoshop | PS', 'Illustrator | Adobe Illustrator | AI', 'InDesign | Adobe InDesign', 'After Effects | Adobe After Effects | AE', 'Figma', 'C4D | Cinema 4D', 'Blender', '品牌VI设计 | VI设计', '包装设计'],
    spoken: ['普通话', '英语（CET-4）'],
  },
  {
    id: 'p10', language: 'mixed', main: 'zh', name: '钟逸帆', headline: '数据平台负责人',
    email: 'yifan.zhong@proton.me', phone: '+8617721390457', phonePrinted: '+86 177 2139 0457', city: '上海',
    summary: '9 年数据工程经验，做过支付风控实时数仓与电商离线数仓，熟悉从数据采集到指标服务的全链路。',
    jobs: [
      { company: '上海云杉数智科技有限公司', title: '数据平台负责人', start: '2022-09', end: null, location: '上海', bullets: ['带领 8 人团队建设公司统一数据平台，日处理数据 40 TB。', '将核心报表链路从 Hive 迁移至 Spark + ClickHouse，查询耗时下降 80%。'] },
      { company: 'Helixa Payments', title: '高级数据工程师', start: '2019-04', end: '2022-08', location: '新加坡 / 上海', bullets: ['基于 Flink 和 Kafka 搭建实时风控特征平台，延迟 < 2 秒。', '在 AWS 上用 Docker 和 Airflow 编排 300+ 个每日任务。'] },
      { company: 'Brisklane Analytics (Shanghai) Co., Ltd.', title: '数据开发工程师', start: '2016-07', end: '2019-03', location: '上海', bullets: ['负责电商客户离线数仓建模与 ETL 开发（Hive SQL、Python）。'] },
    ],
    education: [{ school: '华东师范大学', degree: '计算机科学与技术 硕士', start: '2013-09', end: '2016-06' }],
    skills: ['Python', 'SQL', 'Apache Spark | Spark', 'Apache Flink | Flink', 'Kafka | Apache Kafka', 'Airflow | Apache Airflow', 'Hive | Apache Hive', 'ClickHouse', 'AWS | Amazon Web Services', 'Docker'],
    spoken: ['普通话', 'English (fluent, IELTS 7.5)'],
  },
  {
    id: 'p11', language: 'mixed', main: 'en', name: 'Karen Wong Ka-yan', headline: 'Senior Sourcing Manager',
    email: 'karen.wongky@yahoo.com.hk', phone: '+85291234567', phonePrinted: '+852 9123 4567', city: 'Hong Kong',
    summary: 'Procurement professional with 12 years sourcing packaging and consumer goods across South China, now leading a sourcing team for a supply-chain group.',
    jobs: [
      { company: '利源供应链管理（深圳）有限公司', title: 'Senior Sourcing Manager', start: '2020-02', end: null, location: 'Shenzhen', bullets: ['Lead a team of 6 buyers sourcing packaging and small appliances; annual spend USD 85m.', 'Ran supplier audits at 40+ factories in Guangdong and Fujian.', 'Negotiated a 7% cost-down across the top 20 suppliers in 2023.'] },
      { company: 'Pellucid Retail Group', title: 'Procurement Officer', start: '2016-05', end: '2020-01', location: 'Hong Kong', bullets: ['Managed tenders and purchase orders for private-label household goods in SAP MM.', 'Built a Tableau supplier scorecard used by the category team.'] },
      { company: '东莞宏达纸品有限公司', title: 'Purchasing Assistant', start: '2013-08', end: '2016-04', location: 'Dongguan', bullets: ['Handled raw-material purchasing of paperboard and inks; checked Incoterms on import orders.'] },
    ],
    education: [{ school: 'The Hong Kong Polytechnic University', degree: 'BBA (Hons) in Logistics Engineering and Management', start: '2009-09', end: '2013-06' }],
    skills: ['SAP MM', 'Oracle Procurement Cloud | Oracle Procurement', 'Supplier auditing | Supplier audit', 'Incoterms 2020 | Incoterms', 'Cost negotiation | Negotiation', 'Excel | Microsoft Excel', 'Tableau', 'CIPS Level 4 | CIPS'],
    spoken: ['Cantonese (native)', 'English (fluent)', 'Mandarin (fluent)'],
  },
  {
    id: 'p12', language: 'mixed', main: 'zh', name: '蒋梓航', headline: '电气项目经理',
    email: 'jiangzihang88@sina.com', phone: '+8618822046719', phonePrinted: '188-2204-6719', city: '山东青岛',
    summary: '电气工程师，十年轨道交通与新能源装备电气设计经验，熟悉西门子 PLC 与现场调试。',
    jobs: [
      { company: '青岛海屹新能源科技有限公司', title: '电气项目经理', start: '2024-06', end: null, location: '青岛', bullets: ['负责储能集装箱项目电气设计与交付，管理 5 名工程师。'] },
      { company: 'Arcadia Rail Systems China', title: '高级电气工程师', start: '2020-10', end: '2024-05', location: '天津', bullets: ['负责地铁车辆牵引辅助系统电气原理图设计（EPLAN）。', '编写 S7-1500 PLC 程序与 WinCC 画面，完成 3 条线路现场调试。'] },
      { company: '天津渤川轨道交通装备有限公司', title: '电气工程师', start: '2017-01', end: '2020-09', location: '天津', bullets: ['负责车辆电气柜布线设计和型式试验。', '用 MATLAB/Simulink 搭建牵引系统仿真模型。'] },
      { company: 'Voltmark Electric (Tianjin) Co., Ltd.', title: '电气技术员', start: '2014-07', end: '2016-12', location: '天津', bullets: ['低压配电柜装配、测试与 Modbus 通讯调试。'] },
    ],
    education: [{ school: '天津理工大学', degree: '电气工程及其自动化 本科', start: '2010-09', end: '2014-06' }],
    skills: ['EPLAN | EPLAN Electric P8', 'AutoCAD Electrical', 'Siemens S7-1500 PLC | S7-1500 | Siemens S7', 'TIA Portal', 'WinCC', 'Modbus', 'PROFINET', 'MATLAB', 'Simulink', '电气原理图设计 | 电气设计'],
    spoken: ['普通话', 'English (CET-6)'],
  },
];
