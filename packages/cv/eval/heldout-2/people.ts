/**
 * The people of the heldout-2 set, typed by hand.
 *
 * Written by a blind writer on 2026-12-02, without reading the analyser, its taxonomy, its tests, its README or
 * the other evaluation sets: every name, employer, school, title, bullet and skill string here was invented for
 * this set. Frozen with the documents (see manifest.json); never tuned on — do not edit a person to suit the
 * analyser.
 *
 * A skill is written as the CV prints it, then any plain alternatives a recruiter accepts as the same skill,
 * separated by " | ". Only the first form is printed.
 */

export interface Job {
  /** The employer exactly as the CV prints it (the truth's `company`). */
  company: string;
  title: string;
  /** "YYYY-MM" */
  start: string;
  /** "YYYY-MM", or null for the current job. */
  end: string | null;
  place: string;
  bullets: string[];
}

export interface School {
  school: string;
  degree: string;
  /** Years only: education is not part of the truth. */
  from: number;
  to: number;
}

export interface Person {
  id: string;
  /** The truth's language: the CV's language, or "mixed" for a CV mixing Chinese and English. */
  language: 'en' | 'zh' | 'mixed';
  /** The language of the CV's headings and labels. */
  labels: 'en' | 'zh';
  industry: string;
  /** The name in the CV's main language (the truth's `name`). */
  name: string;
  /** The name in the other script, printed beside it by some templates (never part of the truth). */
  otherName?: string;
  headline: string;
  email: string;
  /** E.164 (the truth). */
  phone: string;
  /** The phone as this person writes it. */
  phoneShown: string;
  location: string;
  link?: string;
  /** Extra 基本信息-style details (label, value), printed by the Chinese templates. */
  details?: [string, string][];
  summary: string;
  jobs: Job[];
  education: School[];
  skills: string[];
  /** Spoken languages (not skills). */
  languages: string[];
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', labels: 'en', industry: 'logistics / transport planning (UK)',
    name: 'Rosalind Vandermolen', headline: 'Head of Network Planning',
    email: 'ros.vandermolen@outlook.com', phone: '+447700900418', phoneShown: '+44 7700 900418',
    location: 'Wakefield, West Yorkshire', link: 'linkedin.com/in/rosvandermolen',
    summary: 'Transport planner with ten years in chilled and ambient distribution. I build delivery networks that hold service levels when volumes swing, and I like turning depot data into decisions drivers actually agree with.',
    jobs: [
      { company: 'Thornfield Cold Chain plc', title: 'Head of Network Planning', start: '2023-01', end: null, place: 'Normanton',
        bullets: ['Lead a team of 9 planners across four temperature-controlled depots serving 1,100 grocery stores.', 'Re-zoned the northern trunking network, cutting empty running from 18% to 11% in the first year.', 'Own the £14m annual transport budget and the quarterly review with the retail customer.'] },
      { company: 'Calder & Vane Distribution', title: 'Transport Manager', start: '2019-05', end: '2022-12', place: 'Leeds',
        bullets: ['Ran a 65-vehicle fleet on a nominated O-licence, including DVSA audits with no major findings.', 'Moved daily route planning onto Paragon and rebuilt the delivery windows with the sales team.'] },
      { company: 'Fernhollow Freight Ltd', title: 'Operations Planner', start: '2016-09', end: '2019-04', place: 'Doncaster',
        bullets: ['Planned night trunking between Doncaster, Daventry and Avonmouth.', 'Built the Excel/Power BI driver-hours report the depot still uses.'] },
    ],
    education: [{ school: 'University of Wexcombe', degree: 'BSc (Hons) Logistics and Supply Chain Management', from: 2013, to: 2016 }],
    skills: ['SAP EWM | SAP Extended Warehouse Management', 'Paragon | Paragon routing', 'Microsoft Excel | Excel', 'Power BI | Microsoft Power BI', 'SQL', 'Route optimisation | Route optimization', 'Inventory control', 'Cold chain management', 'Transport budgeting', 'Lean Six Sigma Green Belt | Lean Six Sigma', 'Transport Manager CPC | CPC'],
    languages: ['English (native)', 'Polish (conversational)'],
  },
  {
    id: 'p02', language: 'en', labels: 'en', industry: 'civil engineering / bridges (US)',
    name: 'Marcus Thibodeaux', headline: 'Senior Bridge Engineer, PE',
    email: 'm.thibodeaux.pe@gmail.com', phone: '+12255550147', phoneShown: '+1 (225) 555-0147',
    location: 'Baton Rouge, LA',
    summary: 'Licensed civil engineer focused on short- and medium-span bridges, culverts and drainage for county and state owners. Comfortable from hydraulic study to construction-phase RFIs.',
    jobs: [
      { company: 'Sandhill Parish Department of Transportation', title: 'Senior Bridge Engineer', start: '2021-04', end: null, place: 'Baton Rouge, LA',
        bullets: ['Manage design and load rating for a 240-structure bridge inventory.', 'Delivered three culvert replacements under budget using precast box sections.', 'Review consultant plans against AASHTO LRFD and parish standards.'] },
      { company: 'Tollison & Reyes Civil', title: 'Project Engineer', start: '2017-09', end: '2021-03', place: 'Lafayette, LA',
        bullets: ['Designed drainage and roadway plans for 14 municipal projects in Civil 3D and OpenRoads.', 'Ran HEC-RAS models for bridge scour and floodplain permits.'] },
      { company: 'Brackwater Engineering Group', title: 'Staff Engineer', start: '2014-06', end: '2017-08', place: 'Houma, LA',
        bullets: ['Prepared quantity take-offs, cost estimates and construction schedules in Primavera P6.', 'Inspected rebar and formwork on two levee-crossing bridges.'] },
    ],
    education: [{ school: 'Bayou Teche State University', degree: 'B.S. Civil Engineering', from: 2010, to: 2014 }],
    skills: ['AutoCAD Civil 3D | Civil 3D', 'MicroStation', 'OpenRoads Designer | Bentley OpenRoads', 'CSiBridge', 'HEC-RAS', 'Primavera P6 | P6', 'Bluebeam Revu | Bluebeam', 'Load rating', 'Stormwater design | Drainage design', 'Construction inspection'],
    languages: ['English', 'Spanish (working)'],
  },
  {
    id: 'p03', language: 'en', labels: 'en', industry: 'nursing / emergency care (Ireland)',
    name: 'Aoife Delahunty', headline: 'Clinical Nurse Manager II',
    email: 'aoife.delahunty@eircom.net', phone: '+353871234907', phoneShown: '+353 87 123 4907',
    location: 'Cork, Ireland',
    summary: 'Registered general nurse (NMBI) with eleven years in acute and emergency care, now running a day-surgery and minor-injuries unit. Calm in a busy department, keen on audit and on teaching new graduates.',
    jobs: [
      { company: 'Kilbarrow Private Clinic', title: 'Clinical Nurse Manager II', start: '2022-06', end: null, place: 'Cork',
        bullets: ['Manage 22 nursing and HCA staff across day surgery and the minor injuries unit.', 'Introduced a nurse-led discharge pathway that shortened average stay by 40 minutes.', 'Lead the hand-hygiene and medication-safety audits each quarter.'] },
      { company: 'Ardmore Community Health Trust', title: 'Clinical Nurse, Emergency Department', start: '2018-10', end: '2022-05', place: 'Mallow',
        bullets: ['Triage nurse in a 38,000-attendance emergency department.', 'Preceptor for 12 newly qualified nurses.'] },
      { company: 'Mercy Vale University Hospital', title: 'Staff Nurse', start: '2015-10', end: '2018-09', place: 'Cork',
        bullets: ['Staff nurse on a 30-bed acute medical ward.', 'Link nurse for tissue viability.'] },
    ],
    education: [
      { school: 'Carrowmore College of Nursing', degree: 'Postgraduate Diploma in Emergency Nursing', from: 2019, to: 2020 },
      { school: 'University of Port Ellery', degree: 'BSc General Nursing', from: 2011, to: 2015 },
    ],
    skills: ['Manchester Triage System | MTS', 'IV cannulation | Cannulation', 'Phlebotomy', 'ACLS | Advanced Cardiac Life Support', 'Wound care | Wound management', 'Medication administration', 'Cerner Millennium | Cerner', 'Infection prevention and control | Infection control', 'Clinical audit'],
    languages: ['English', 'Irish'],
  },
  {
    id: 'p04', language: 'en', labels: 'en', industry: 'finance / FP&A (Canada)',
    name: 'Priya Raghunathan', headline: 'FP&A Manager',
    email: 'priya.raghunathan@proton.me', phone: '+15145550163', phoneShown: '514-555-0163',
    location: 'Montréal, QC',
    summary: 'FP&A manager who has built budgets and rolling forecasts for insurance, retail and private-equity portfolio companies. I make models other people can audit.',
    jobs: [
      { company: 'Halvorsen Capital Partners', title: 'FP&A Manager', start: '2023-03', end: null, place: 'Montréal',
        bullets: ['Own the monthly close pack and 18-month rolling forecast for five portfolio companies.', 'Replaced a 40-tab Excel budget with an Anaplan model; cycle time fell from six weeks to three.'] },
      { company: 'Birchmoor Retail Group', title: 'Senior FP&A Analyst', start: '2020-01', end: '2023-02', place: 'Toronto',
        bullets: ['Built store-level P&L and variance reporting in Power BI for 210 stores.', 'Modelled the lease renegotiations that saved $3.1M a year.', 'Partnered with merchandising on weekly sales forecasting.'] },
      { company: 'Laurentide Mutual Insurance', title: 'Financial Analyst', start: '2017-07', end: '2019-12', place: 'Québec City',
        bullets: ['Prepared IFRS 17 transition schedules and quarterly reserving variance analysis.', 'Automated the claims reconciliation with VBA and SQL.'] },
    ],
    education: [{ school: 'Hallam Vale University', degree: 'Bachelor of Commerce, Finance', from: 2013, to: 2017 }],
    skills: ['Financial modelling | Financial modeling', 'Microsoft Excel | Excel', 'VBA | Excel VBA', 'Anaplan', 'Oracle Hyperion | Hyperion', 'Power BI', 'Tableau', 'SQL', 'Variance analysis', 'Forecasting | Financial forecasting', 'IFRS'],
    languages: ['English', 'French', 'Tamil'],
  },
  {
    id: 'p05', language: 'en', labels: 'en', industry: 'hospitality / food & beverage (Australia)',
    name: 'Callum Fairweather', headline: 'Hotel Operations Manager',
    email: 'callum.fairweather@bigpond.com', phone: '+61412345906', phoneShown: '0412 345 906',
    location: 'Cairns QLD',
    summary: 'Hospitality manager with fourteen years in hotels and restaurants, from busy city venues to a 300-room resort. Strong on rosters, costs and guest recovery.',
    jobs: [
      { company: 'Ironbark Lodge Collection', title: 'Operations Manager', start: '2023-07', end: null, place: 'Cairns',
        bullets: ['Run front office, housekeeping and F&B for three boutique lodges (96 keys).', 'Lifted TripAdvisor average from 4.2 to 4.7 in eighteen months.'] },
      { company: 'Coralstone Resort Port Douglas', title: 'Food & Beverage Manager', start: '2019-12', end: '2023-06', place: 'Port Douglas',
        bullets: ['Managed four outlets and banqueting for up to 450 guests.', 'Cut beverage cost from 27% to 22% through stocktake discipline and menu engineering.', 'Reopened all outlets after the 2020 closures with a new Deputy rostering setup.'] },
      { company: 'Wattle & Ember Restaurant Group', title: 'Restaurant Manager', start: '2015-09', end: '2019-11', place: 'Brisbane',
        bullets: ['Managed a 140-seat restaurant with 35 staff.', 'Planned private events and weddings.'] },
      { company: 'Harbourlight Hotels', title: 'Food & Beverage Supervisor', start: '2012-03', end: '2015-08', place: 'Sydney',
        bullets: ['Supervised breakfast and bar service in a 280-room hotel.'] },
    ],
    education: [{ school: 'Glenroy Institute of Hospitality', degree: 'Diploma of Hospitality Management', from: 2010, to: 2011 }],
    skills: ['Oracle Opera PMS | Opera PMS', 'Micros POS | Oracle Micros', 'Deputy', 'Xero', 'RSA | Responsible Service of Alcohol', 'Food Safety Supervisor | Food safety supervision', 'Menu engineering', 'Cost control', 'Event planning'],
    languages: ['English'],
  },
  {
    id: 'p06', language: 'zh', labels: 'zh', industry: '制造业 / 汽车零部件质量',
    name: '覃书朗', headline: '质量经理',
    email: 'qinshulang@163.com', phone: '+8613926741853', phoneShown: '139-2674-1853',
    location: '广东江门',
    details: [['性别', '男'], ['出生年月', '1993年5月'], ['现居', '广东江门'], ['学历', '本科']],
    summary: '十一年汽车零部件质量管理经验，熟悉IATF 16949体系和五大工具，主导过多个主机厂新项目的PPAP提交，擅长用数据推动制程改善。',
    jobs: [
      { company: '江门博越电机股份有限公司', title: '质量经理', start: '2022-09', end: null, place: '江门',
        bullets: ['负责工厂质量体系及客户质量，管理15人质量团队', '推动电机定子线制程SPC管控，客户PPM由180降至45', '主导两次IATF 16949监督审核，零严重不符合项'] },
      { company: '佛山科陆汽车零部件有限公司', title: '高级质量工程师', start: '2018-11', end: '2022-08', place: '佛山',
        bullets: ['负责新项目APQP及PPAP文件，完成6个主机厂项目量产批准', '用8D方法处理客户投诉，平均关闭周期缩短至12天'] },
      { company: '东莞市崇拓精密五金有限公司', title: '质量工程师', start: '2015-07', end: '2018-10', place: '东莞',
        bullets: ['负责冲压件来料及过程检验，编写检验指导书', '组织MSA分析，完善三坐标测量程序'] },
    ],
    education: [{ school: '粤东工业大学', degree: '机械设计制造及其自动化 本科', from: 2011, to: 2015 }],
    skills: ['IATF 16949', 'APQP', 'PPAP', 'FMEA | 失效模式与影响分析', 'SPC | 统计过程控制', 'MSA | 测量系统分析', '8D | 8D报告', 'Minitab', 'AutoCAD', '六西格玛绿带 | Six Sigma Green Belt | 六西格玛', '三坐标测量 | CMM'],
    languages: ['普通话', '粤语', '英语（CET-6）'],
  },
  {
    id: 'p07', language: 'zh', labels: 'zh', industry: '教育 / 中学数学教学与教研',
    name: '欧阳婧', headline: '教研主管',
    email: 'ouyangjing_math@qq.com', phone: '+8618608231576', phoneShown: '186 0823 1576',
    location: '四川成都',
    details: [['性别', '女'], ['出生年月', '1991年2月'], ['政治面貌', '中共党员'], ['现居', '成都市武侯区']],
    summary: '十余年初高中数学教学经验，带过两届毕业班，所带班级中考数学平均分连续三年位列区前三；现负责初中数学教研与课程开发。',
    jobs: [
      { company: '四川弘毅启明教育科技有限公司', title: '教研主管', start: '2021-08', end: null, place: '成都',
        bullets: ['负责初中数学课程体系设计，带领6名教研员完成三个年级的讲义和题库', '组织教师培训和公开课评审，每学期培训教师80余人次'] },
      { company: '成都市澜溪外国语学校', title: '数学教师、年级组长', start: '2017-08', end: '2021-07', place: '成都',
        bullets: ['担任初三数学教师及年级组长，统筹12个班级的教学进度', '指导学生参加全国初中数学联赛，获省级一等奖4人'] },
      { company: '成都市锦屏实验中学', title: '数学教师', start: '2013-09', end: '2017-07', place: '成都',
        bullets: ['担任初一至初三数学教学及班主任工作', '参与区级课题《分层作业设计》研究并结题'] },
    ],
    education: [{ school: '锦江师范学院', degree: '数学与应用数学 本科', from: 2009, to: 2013 }],
    skills: ['教学设计', '希沃白板 | Seewo', '几何画板', 'GeoGebra', '课件制作 | PPT课件制作', 'Microsoft Office | Office', '班级管理', '数学竞赛辅导'],
    languages: ['普通话（一级乙等）', '英语'],
  },
  {
    id: 'p08', language: 'zh', labels: 'zh', industry: '销售 / 医疗器械',
    name: '祁昊然', headline: '区域销售经理',
    email: 'qihaoran88@126.com', phone: '+8615857124960', phoneShown: '158-5712-4960',
    location: '浙江杭州',
    details: [['性别', '男'], ['年龄', '32岁'], ['现居', '杭州市滨江区'], ['求职意向', '销售经理 / 大区经理']],
    summary: '十年医疗器械销售经验，熟悉医院采购流程及招投标，负责浙南区域体外诊断产品销售，连续三年完成率超过110%。',
    jobs: [
      { company: '杭州瑞衡生物科技有限公司', title: '区域销售经理', start: '2019-06', end: null, place: '杭州',
        bullets: ['负责温州、台州、丽水三地体外诊断试剂及仪器销售，年销售额4200万元', '开发二级以上医院客户23家，管理5名销售代表', '参与11个医院设备招投标项目，中标8个'] },
      { company: '上海康禾医疗器械有限公司', title: '销售代表', start: '2016-03', end: '2019-05', place: '上海',
        bullets: ['负责上海闵行、徐汇区域骨科耗材销售及经销商管理', '组织科室会和学术推广会40余场'] },
    ],
    education: [{ school: '浙东商学院', degree: '市场营销 本科', from: 2012, to: 2016 }],
    skills: ['客户关系管理', 'Salesforce', '招投标管理 | 招投标', '渠道管理 | 经销商管理', '学术推广', '销售预测', '商务谈判', 'Excel | Microsoft Excel'],
    languages: ['普通话', '英语（日常交流）'],
  },
  {
    id: 'p09', language: 'zh', labels: 'zh', industry: '设计 / 室内设计',
    name: '闵若溪', headline: '主案设计师',
    email: 'minruoxi.design@163.com', phone: '+8617751839024', phoneShown: '177 5183 9024',
    location: '江苏南京',
    details: [['性别', '女'], ['出生年月', '1995年10月'], ['现居', '南京市鼓楼区']],
    summary: '九年住宅与小型商业空间设计经验，从方案、效果图到施工图深化和现场跟进均可独立完成，擅长小户型空间规划。',
    jobs: [
      { company: '南京砚山设计顾问有限公司', title: '主案设计师', start: '2022-05', end: null, place: '南京',
        bullets: ['独立负责高端住宅项目，年均完成项目14个，客单价提升30%', '带领2名助理设计师完成方案、效果图及施工图'] },
      { company: '苏州栖木装饰工程有限公司', title: '室内设计师', start: '2019-03', end: '2022-04', place: '苏州',
        bullets: ['负责家装项目方案设计、预算及现场交底', '参与样板间及售楼处软装搭配'] },
      { company: '南京观澜室内设计工作室', title: '助理设计师', start: '2017-07', end: '2019-02', place: '南京',
        bullets: ['协助主案设计师绘制施工图、制作效果图', '整理材料样板及供应商信息'] },
    ],
    education: [{ school: '金陵美术学院', degree: '环境设计 本科', from: 2013, to: 2017 }],
    skills: ['AutoCAD | CAD', 'SketchUp | 草图大师', '3ds Max | 3DMax', 'V-Ray | VRay', 'Enscape', 'Photoshop | PS | Adobe Photoshop', '酷家乐', '施工图深化', '软装搭配'],
    languages: ['普通话', '英语'],
  },
  {
    id: 'p10', language: 'mixed', labels: 'zh', industry: '采购 / 服装供应链（中文简历，英文公司名与技能）',
    name: '戴子谦', otherName: 'Zachary Dai', headline: '供应链经理',
    email: 'zachary.dai@foxmail.com', phone: '+8613761940285', phoneShown: '+86 137 6194 0285',
    location: '上海',
    details: [['性别', '男'], ['出生年月', '1990年8月'], ['现居', '上海市静安区'], ['英文名', 'Zachary Dai']],
    summary: '十二年服装及家居品类采购与供应链管理经验，熟悉东南亚及国内供应商开发、成本谈判和验厂，能用英语与海外团队日常工作。',
    jobs: [
      { company: 'Larchmont Apparel Group', title: '供应链经理', start: '2021-03', end: null, place: '上海',
        bullets: ['管理中国及越南28家成衣供应商，年采购额约1.2亿美元', '推动供应商交期达成率由86%提升至95%', '搭建Power BI供应商绩效看板，每月向亚太区汇报'] },
      { company: 'Pelham Sourcing Asia Ltd.', title: '高级采购经理', start: '2017-07', end: '2021-02', place: '上海',
        bullets: ['负责家居纺织品类采购，主导年度成本谈判，平均降本6%', '组织供应商审核及社会责任验厂'] },
      { company: 'Amberfield Trading (Shanghai) Co., Ltd.', title: '采购专员', start: '2014-08', end: '2017-06', place: '上海',
        bullets: ['跟进订单、样品及出货，维护SAP采购订单数据', '处理FOB和CIF条款下的出货单证'] },
    ],
    education: [{ school: '南洲科技大学', degree: '国际经济与贸易 本科', from: 2010, to: 2014 }],
    skills: ['SAP MM', 'Power BI', 'Excel | Microsoft Excel', 'Supplier Audit | 供应商审核', 'Incoterms', 'Cost Breakdown Analysis | 成本分析', 'Supplier Development | 供应商开发', 'SQL'],
    languages: ['普通话', '英语（流利，可作工作语言）'],
  },
  {
    id: 'p11', language: 'mixed', labels: 'zh', industry: '数据工程 / 医疗科技（中文简历，英文公司名与技能）',
    name: '甘雨桐', headline: '高级数据工程师',
    email: 'gan.yutong@gmail.com', phone: '+8615010637782', phoneShown: '150-1063-7782',
    location: '北京', link: 'github.com/ganyutong',
    details: [['性别', '女'], ['出生年月', '1993年11月'], ['现居', '北京市海淀区']],
    summary: '八年后端与数据工程经验，负责过日均百亿条事件的实时数据管道，熟悉批流一体架构与数据质量治理。',
    jobs: [
      { company: 'Lumenfold Health', title: '高级数据工程师', start: '2024-01', end: null, place: '北京',
        bullets: ['负责医疗影像平台的数据仓库与调度，迁移200余个Airflow任务到新集群', '用dbt重建指标层，报表口径问题减少七成'] },
      { company: 'Vellichor Analytics 北京', title: '数据工程师', start: '2020-10', end: '2023-12', place: '北京',
        bullets: ['基于Kafka和Spark Streaming搭建实时埋点管道，峰值每秒30万条', '负责ClickHouse集群扩容与查询优化'] },
      { company: 'Tessaract Robotics', title: '后端工程师', start: '2018-07', end: '2020-09', place: '北京',
        bullets: ['用Go开发机器人调度服务及设备状态上报接口', '维护PostgreSQL及Kubernetes上的服务部署'] },
    ],
    education: [{ school: '临湖大学', degree: '计算机科学与技术 硕士', from: 2015, to: 2018 }],
    skills: ['Python', 'Go | Golang', 'Apache Spark | Spark', 'Apache Airflow | Airflow', 'Apache Kafka | Kafka', 'ClickHouse', 'dbt | data build tool', 'PostgreSQL | Postgres', 'Docker', 'Kubernetes | K8s'],
    languages: ['普通话', '英语（CET-6，可读写技术文档）'],
  },
  {
    id: 'p12', language: 'mixed', labels: 'en', industry: 'graphic / brand design (English CV, Chinese employer names and one Chinese skill)',
    name: 'Lin Yue', otherName: '林悦', headline: 'Brand Design Lead',
    email: 'linyue.studio@163.com', phone: '+8613528860417', phoneShown: '+86 135 2886 0417',
    location: 'Guangzhou, China', link: 'behance.net/linyuestudio',
    summary: 'Brand and packaging designer with ten years across agencies in Shenzhen and Guangzhou. I lead identity projects from strategy workshop to print, and work in Mandarin, Cantonese and English.',
    jobs: [
      { company: '广州拾穗文化传媒有限公司', title: 'Design Lead', start: '2022-11', end: null, place: 'Guangzhou',
        bullets: ['Lead a team of five designers on brand identity and packaging for food and tea brands.', 'Set up the studio\u2019s design system and print QA checklist.'] },
      { company: 'Tidewell Studio', title: 'Senior Visual Designer', start: '2019-04', end: '2022-10', place: 'Shenzhen',
        bullets: ['Designed identities for 20+ consumer brands, including two national tea chains.', 'Produced motion versions of brand assets for social media campaigns.'] },
      { company: '深圳墨格品牌设计有限公司', title: 'Graphic Designer', start: '2016-07', end: '2019-03', place: 'Shenzhen',
        bullets: ['Layout and prepress for catalogues, posters and packaging.', 'Retouched product photography for e-commerce listings.'] },
    ],
    education: [{ school: 'Lingnan Academy of Fine Arts (岭南美术学院)', degree: 'BA Visual Communication Design', from: 2012, to: 2016 }],
    skills: ['Adobe Illustrator | Illustrator', 'Adobe InDesign | InDesign', 'Adobe Photoshop | Photoshop', 'Figma', 'After Effects | Adobe After Effects', 'Cinema 4D | C4D', 'Brand identity design | Branding', '包装设计 | Packaging design', 'Typography'],
    languages: ['Mandarin', 'Cantonese', 'English'],
  },
];
