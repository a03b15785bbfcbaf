/** heldout-16: sixteen invented people. Every name, employer, school and number here is made up. */
export interface Job { company: string; title: string; town?: string; start: string; end: string | null; bullets: string[] }
export interface Edu { school: string; award: string; start: string; end: string }
export interface Person {
  id: string; language: 'en' | 'zh' | 'mixed'; name: string; altName?: string; email: string; phone: string; phonePrinted: string;
  occupation: string; address: string; profile: string; skills: string[]; work: Job[]; education: Edu[];
  languages: string[]; certificates: string[]; gap?: string; birth?: string; nationality?: string;
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Aoife Brennan', email: 'aoifebrennan@eircom.net', phone: '+353872146630', phonePrinted: '087 214 6630',
    occupation: 'Transport Planner', address: '14 Ashgrove Park, Ennis, Co. Clare', birth: '1989', nationality: 'Irish',
    profile: 'Transport planner with eight years behind the wheel before moving into the office. I know what a driver is up against when a plan looks good on paper and falls apart at the N18 roadworks, and I plan with that in mind.',
    skills: ['Route planning | route optimisation', 'Tachograph analysis | tachograph rules', 'Load planning', 'Microsoft Excel | Excel', 'Customer service', 'Driver rostering | driver scheduling'],
    work: [
      { company: 'Shannon Freight Solutions Ltd', title: 'Transport Planner', town: 'Shannon', start: '2022-04', end: null, bullets: ['Plan daily routes for a fleet of 32 rigid and artic vehicles serving the Mid-West', 'Check tachograph downloads weekly and follow up infringements with drivers', 'Cut empty running by 11% in the first year by pairing backhauls with Limerick customers'] },
      { company: 'Shannon Freight Solutions Ltd', title: 'Class C+E Driver', town: 'Shannon', start: '2018-09', end: '2022-03', bullets: ['Night trunking Shannon to Dublin Port, multi-drop on return', 'Trained four new drivers on the company\'s loading and strapping procedures'] },
      { company: 'Kerrigan Distribution', title: 'Delivery Driver (Class C)', town: 'Limerick', start: '2015-02', end: '2018-07', bullets: ['Multi-drop deliveries of building supplies to sites across Clare and Limerick', 'Kept a clean licence and zero damage claims for three years'] },
    ],
    education: [{ school: 'Limerick and Clare ETB – Ennis Further Education Centre', award: 'QQI Level 5 Certificate in Transport & Logistics', start: '2017-09', end: '2018-06' }, { school: 'St. Flannan\'s College, Ennis', award: 'Leaving Certificate', start: '2002-09', end: '2007-06' }],
    languages: ['English (native)', 'Irish (conversational)'], certificates: ['CPC Driver Qualification Card', 'Full Clean C+E Licence', 'Manual Handling (QQI)'],
  },
  {
    id: 'p02', language: 'en', name: 'Callum MacAskill', email: 'callum.macaskill@btinternet.com', phone: '+447831552904', phonePrinted: '07831 552904',
    occupation: 'Electrician', address: '2/1, 48 Dumbarton Road, Glasgow G11 6RL', nationality: 'British',
    profile: 'Time-served JIB Approved Electrician, nearly ten years on the tools across domestic, commercial and light industrial work. Tidy, safe and happy to work away.',
    skills: ['Domestic and commercial installation | electrical installation', 'Fault finding | fault diagnosis', 'Inspection and testing | periodic inspection', 'Fire alarm systems | fire alarm installation', 'PAT testing', 'Reading electrical drawings | reading schematics'],
    work: [
      { company: 'Strathclyde Electrical Contractors', title: 'Approved Electrician', town: 'Glasgow', start: '2019-06', end: null, bullets: ['Full rewires, new-build schools and office fit-outs', 'Testing and certification of completed installations', 'Supervise one apprentice on site'] },
      { company: 'Lomond Building Services', title: 'Apprentice Electrician', town: 'Dumbarton', start: '2014-08', end: '2019-05', bullets: ['Four-year SJIB apprenticeship, containment, trunking, first and second fix'] },
      { company: "McPhee's Hardware", title: 'Saturday Sales Assistant', town: 'Clydebank', start: '2012-05', end: '2014-07', bullets: ['Weekend counter and stock work while at school'] },
    ],
    education: [{ school: 'Glasgow Clyde College', award: 'SVQ Level 3 Electrical Installation', start: '2014-08', end: '2018-06' }, { school: 'Clydebank High School', award: 'National 5s and Highers', start: '2008-08', end: '2014-06' }],
    languages: ['English'], certificates: ['ECS Gold Card', 'BS 7671 18th Edition', 'IPAF 3a/3b', 'Full UK driving licence'],
  },
  {
    id: 'p03', language: 'en', name: 'Eleni Papadimitriou', email: 'eleni.papadim@outlook.com', phone: '+306945123387', phonePrinted: '+30 694 512 3387',
    occupation: 'Front Office Manager', address: 'Odos Ermou 112, 10563 Athens', nationality: 'Greek', birth: '1991',
    profile: 'Front office manager with ten seasons in Greek island and city hotels. I run calm receptions in busy weeks and I like numbers as much as guests.',
    skills: ['Opera PMS | Oracle Opera', 'Revenue management', 'Guest relations', 'Staff scheduling | rota planning', 'Complaint handling', 'Booking.com Extranet'],
    work: [
      { company: 'Aegean Pearl Resort & Spa', title: 'Front Office Manager', town: 'Naxos', start: '2021-03', end: null, bullets: ['Lead a team of 14 receptionists, night auditors and concierges in a 210-room resort', 'Raised TripAdvisor check-in score from 4.2 to 4.7', 'Work with revenue on upselling; room upgrades revenue up 23% in 2023'] },
      { company: 'Hotel Kallisti Athens', title: 'Front Desk Supervisor', town: 'Athens', start: '2017-05', end: '2021-01', bullets: ['Supervised shifts of 4 to 6 agents', 'Handled group arrivals and VIP amenities', 'Trained new staff on Opera and cash procedures'] },
      { company: 'Mykonos Blue Suites', title: 'Receptionist', town: 'Mykonos', start: '2014-04', end: '2016-10', bullets: ['Check-in and check-out, transfers and excursions'] },
      { company: 'Santorini Caldera Hotel', title: 'Guest Relations Intern', town: 'Oia', start: '2013-06', end: '2013-09', bullets: ['Summer internship as part of my degree'] },
    ],
    education: [{ school: 'University of the Aegean', award: 'BSc Tourism Management', start: '2010-09', end: '2014-06' }],
    languages: ['Greek (native)', 'English (C2)', 'German (B2)'], certificates: ['Opera PMS Certified User'],
  },
  {
    id: 'p04', language: 'en', name: 'Tiago Furtado Monteiro', email: 'tiago.f.monteiro@sapo.pt', phone: '+351912448705', phonePrinted: '+351 912 448 705',
    occupation: 'Structural Engineer', address: 'Rua de Cedofeita 221, 4050-180 Porto', nationality: 'Portuguese', birth: '1990',
    profile: 'Chartered structural engineer (Ordem dos Engenheiros) designing reinforced concrete and steel buildings, from four-storey housing to a 40 000 m² logistics platform.',
    skills: ['Reinforced concrete design | RC design', 'Eurocode 2 | EC2', 'SAP2000', 'Robot Structural Analysis | Autodesk Robot', 'AutoCAD', 'Revit Structure | Revit'],
    work: [
      { company: 'Atlântico Engenharia, S.A.', title: 'Senior Structural Engineer', town: 'Porto', start: '2020-01', end: null, bullets: ['Lead engineer for residential and logistics projects up to €38M', 'Check and sign calculation reports and drawings', 'Coordinate with architects and MEP consultants in BIM'] },
      { company: 'Betão & Forma Lda.', title: 'Structural Engineer', town: 'Braga', start: '2015-10', end: '2019-12', bullets: ['Design of RC frames and foundations', 'Site visits and reinforcement inspections'] },
      { company: 'Câmara Municipal de Guimarães', title: 'Engineering Trainee', town: 'Guimarães', start: '2014-09', end: '2015-06', bullets: ['Professional traineeship in the municipal works department'] },
    ],
    education: [{ school: 'Universidade do Minho', award: 'Integrated Master in Civil Engineering (MEng)', start: '2009-09', end: '2014-07' }],
    languages: ['Portuguese (native)', 'English (fluent)', 'Spanish (good)'], certificates: ['Ordem dos Engenheiros – Member no. 71 204'],
  },
  {
    id: 'p05', language: 'en', name: 'Ioana Dragomir', email: 'ioana.dragomir@yahoo.ro', phone: '+40744318562', phonePrinted: '0744 318 562',
    occupation: 'Chief Accountant', address: 'Str. Avram Iancu nr. 17, ap. 4, Cluj-Napoca', nationality: 'Romanian', birth: '1993',
    profile: 'Accountant with a Big-Four-style audit background, now running the books of a mid-sized logistics group.',
    skills: ['Romanian GAAP (OMFP 1802) | Romanian accounting standards', 'IFRS reporting | IFRS', 'SAGA accounting software | SAGA', 'SAP FI', 'VAT returns | VAT reporting', 'Payroll'],
    work: [
      { company: 'Carpatica Logistic SRL', title: 'Chief Accountant', town: 'Cluj-Napoca', start: '2021-09', end: null, bullets: ['Monthly close, trial balance and statutory reporting for three companies', 'Manage a team of 3 accountants', 'Implemented SAP FI together with the consultant'] },
      { company: 'Nordvest Audit & Consultanta SRL', title: 'Audit Senior', town: 'Cluj-Napoca', start: '2018-02', end: '2021-08', bullets: ['In-charge on statutory audits of manufacturing and retail clients', 'Prepared IFRS conversion packages'] },
      { company: 'Nordvest Audit & Consultanta SRL', title: 'Audit Assistant', town: 'Cluj-Napoca', start: '2016-07', end: '2018-01', bullets: ['Fieldwork on inventory counts, confirmations and testing'] },
    ],
    education: [{ school: 'Universitatea Babeș-Bolyai, Faculty of Economics and Business Administration', award: 'Bachelor in Accounting and Management Information Systems', start: '2013-10', end: '2016-07' }],
    languages: ['Romanian (native)', 'English (C1)', 'Hungarian (A2)'], certificates: ['CECCAR – expert contabil (2022)', 'ACCA – affiliate'],
  },
  {
    id: 'p06', language: 'en', name: 'Oleksandr Hrytsenko', email: 'o.hrytsenko@ukr.net', phone: '+380674082215', phonePrinted: '+380 67 408 2215',
    occupation: 'Paramedic', address: 'vul. Zelena 41, kv. 12, Lviv 79005', nationality: 'Ukrainian', birth: '1988',
    profile: 'Paramedic and former emergency-department nurse with eight years of pre-hospital and hospital experience, including mass-casualty work since 2022.',
    skills: ['Advanced life support | ALS', 'Trauma care | pre-hospital trauma care', 'Triage', 'ECG interpretation | ECG', 'IV cannulation', 'Patient transport'],
    work: [
      { company: 'MedAid Ukraine', title: 'Field Paramedic', town: 'Kharkiv region', start: '2024-09', end: null, bullets: ['Stabilisation points and casualty evacuation', 'Train volunteers in tourniquet use and bleeding control'] },
      { company: 'Kyiv City Emergency Medical Service Centre', title: 'Senior Paramedic', town: 'Kyiv', start: '2020-02', end: '2024-03', bullets: ['Shift lead on an advanced ambulance crew', 'Around 2 500 calls a year, cardiac arrest, trauma and stroke'] },
      { company: 'Lviv Regional Clinical Hospital', title: 'Emergency Department Nurse', town: 'Lviv', start: '2016-08', end: '2020-01', bullets: ['Triage nurse in a 40-bed emergency department'] },
    ],
    gap: '04/2024 – 08/2024: Career break – moved family to Lviv and completed recertification',
    education: [{ school: 'Lviv Medical College', award: 'Junior Specialist – Nursing / Paramedic', start: '2012-09', end: '2016-06' }],
    languages: ['Ukrainian (native)', 'English (B2)', 'Polish (B1)'], certificates: ['ERC Advanced Life Support', 'PHTLS (NAEMT)'],
  },
  {
    id: 'p07', language: 'en', name: 'Akosua Mensah', email: 'akosua.mensah@gmail.com', phone: '+233244731186', phonePrinted: '024 473 1186',
    occupation: 'Mathematics Teacher', address: 'P.O. Box OS 2214, Osu, Accra', nationality: 'Ghanaian', birth: '12th March 1990',
    profile: 'A dedicated mathematics tutor with over ten years in senior high and basic schools, committed to raising WASSCE results.',
    skills: ['Lesson planning | lesson notes preparation', 'Classroom management', 'Mathematics teaching | maths instruction', 'Continuous assessment', 'Microsoft Office | MS Office', 'Guidance and counselling'],
    work: [
      { company: 'Osu Presby Senior High School', title: 'Mathematics Tutor', town: 'Accra', start: '2019-01', end: null, bullets: ['Teach Core and Elective Mathematics to SHS 1–3', 'Form mistress and member of the examinations committee'] },
      { company: 'Akropong Community Day School', title: 'Mathematics Teacher', town: 'Akropong-Akuapem', start: '2015-10', end: '2018-12', bullets: ['Taught JHS mathematics and integrated science'] },
      { company: 'Ghana Revenue Authority', title: 'National Service Personnel', town: 'Koforidua', start: '2014-09', end: '2015-08', bullets: ['Data entry and taxpayer records at the domestic tax office'] },
    ],
    education: [{ school: 'University of Cape Coast', award: 'B.Ed. Mathematics', start: '2010-08', end: '2014-06' }, { school: 'Aburi Girls\' Senior High School', award: 'WASSCE', start: '2006-09', end: '2009-06' }],
    languages: ['English', 'Twi', 'Ga'], certificates: ['Licensed Teacher – National Teaching Council'],
  },
  {
    id: 'p08', language: 'zh', name: '赵立伟', email: 'zhaoliwei@163.com', phone: '+8613905137788', phonePrinted: '139 0513 7788',
    occupation: '变电运维工程师', address: '江苏省南通市崇川区工农路88号', nationality: '汉族', birth: '1989年4月',
    profile: '从事变电运维工作十余年，熟悉220kV及以下变电站设备运行维护，具有较强的安全意识和组织协调能力。',
    skills: ['变电站运维 | 变电运维', '继电保护', '倒闸操作', 'AutoCAD', '安全生产管理', '电气试验'],
    work: [
      { company: '江苏苏能电力工程有限公司', title: '运维班长', town: '南通', start: '2019-07', end: null, bullets: ['负责6座110kV变电站的运维管理，带领班组12人', '组织开展迎峰度夏设备隐患排查，全年无责任事故'] },
      { company: '江苏苏能电力工程有限公司', title: '变电运维员', town: '南通', start: '2013-07', end: '2019-06', bullets: ['负责设备巡视、倒闸操作和缺陷记录', '参与两座新建变电站投运验收'] },
      { company: '南通宏达电气设备厂', title: '技术员', town: '南通', start: '2011-07', end: '2013-06', bullets: ['负责开关柜装配工艺和出厂试验'] },
    ],
    education: [{ school: '南京工程学院', award: '电气工程及其自动化 本科', start: '2007-09', end: '2011-06' }],
    languages: ['英语（CET-4）'], certificates: ['电气工程师（中级职称）', '高压电工作业操作证'],
  },
  {
    id: 'p09', language: 'zh', name: '林晓燕', email: 'linxiaoyan_fz@126.com', phone: '+8615860932241', phonePrinted: '158 6093 2241',
    occupation: '主管护师', address: '福建省福州市鼓楼区五四路', nationality: '汉族', birth: '1992年8月',
    profile: '临床护理工作十年，长期在急诊科和重症监护室工作，责任心强，能承受工作压力。',
    skills: ['静脉输液 | 静脉穿刺', '危重症护理 | 重症护理', '心电监护', '护理文书书写', '急救技术 | 心肺复苏', '健康宣教'],
    work: [
      { company: '福州市第三人民医院', title: '主管护师（ICU）', town: '福州', start: '2020-01', end: null, bullets: ['负责ICU危重患者护理及护理质量控制', '担任科室带教老师，带教实习护士40余名'] },
      { company: '福州市第三人民医院', title: '护师（急诊科）', town: '福州', start: '2014-08', end: '2019-12', bullets: ['急诊分诊、抢救配合及输液室工作'] },
      { company: '福建省立医院', title: '实习护士', town: '福州', start: '2013-07', end: '2014-06', bullets: ['在内科、外科、急诊科等科室轮转实习'] },
    ],
    education: [{ school: '福建医科大学', award: '护理学 本科', start: '2010-09', end: '2014-06' }],
    languages: ['英语（CET-4）', '闽南语'], certificates: ['护士执业证书', '主管护师资格证'],
  },
  {
    id: 'p10', language: 'zh', name: '陈思远', email: 'siyuanchen1992@qq.com', phone: '+8618602815530', phonePrinted: '186 0281 5530',
    occupation: '初中数学教师', address: '四川省成都市郫都区', nationality: '汉族', birth: '1992年11月',
    profile: '热爱教育事业，八年初中数学教学经验，所带班级中考数学平均分连续三年位列区前三。',
    skills: ['初中数学教学 | 数学教学', '课件制作 | PPT课件', '班级管理', '希沃白板', '教研活动组织', 'Excel成绩分析 | Excel'],
    work: [
      { company: '成都市锦城外国语学校', title: '初中数学教师、班主任', town: '成都', start: '2018-09', end: null, bullets: ['担任两个班数学教学及一个班班主任工作', '获区级优质课比赛一等奖'] },
      { company: '四川新航道教育培训中心', title: '数学辅导老师', town: '成都', start: '2016-07', end: '2018-07', bullets: ['负责初中数学一对一及小班辅导'] },
    ],
    education: [{ school: '四川师范大学', award: '数学与应用数学（师范）本科', start: '2012-09', end: '2016-06' }],
    languages: ['英语（CET-6）'], certificates: ['初级中学数学教师资格证', '普通话二级甲等'],
  },
  {
    id: 'p11', language: 'zh', name: '周大海', email: 'zhoudahai1988@163.com', phone: '+8613757420816', phonePrinted: '137-5742-0816',
    occupation: '数控车工', address: '浙江省宁波市北仑区', nationality: '汉族', birth: '1988年2月',
    profile: '做了十几年机加工和焊接，能吃苦，能倒班，会看图纸，自己能编简单程序。',
    skills: ['数控车床编程 | 数控编程', 'FANUC系统操作 | FANUC', '二氧化碳保护焊 | CO2焊', '氩弧焊', '机械识图 | 看图纸', '量具使用'],
    work: [
      { company: '宁波甬江精密机械有限公司', title: '数控车床操作工', town: '宁波', start: '2018-03', end: null, bullets: ['操作FANUC数控车床加工轴类零件，自己编程调机', '带过3个徒弟'] },
      { company: '慈溪恒丰汽配厂', title: '焊工', town: '慈溪', start: '2012-05', end: '2017-12', bullets: ['汽车排气管配件焊接，二保焊、氩弧焊'] },
      { company: '东莞市长安镇鑫达五金厂', title: '普工', town: '东莞', start: '2009-03', end: '2012-02', bullets: ['冲压、打磨、包装'] },
    ],
    education: [{ school: '宁波技师学院（业余）', award: '数控车工 中级工培训', start: '2017-09', end: '2018-01' }, { school: '安徽省六安市裕安区独山中学', award: '初中', start: '2000-09', end: '2003-07' }],
    languages: [], certificates: ['数控车工（四级/中级工）职业资格证书', '焊工特种作业操作证'],
  },
  {
    id: 'p12', language: 'zh', name: '郑佳宁', email: 'zhengjn2017@163.com', phone: '+8615058103392', phonePrinted: '150 5810 3392',
    occupation: '街道社区管理科副科长', address: '浙江省杭州市西湖区', nationality: '汉族', birth: '1995年1月', 
    profile: '中共党员，在基层街道工作八年，熟悉社区治理和公文写作，文字功底扎实。',
    skills: ['公文写作', '政策研究', '信息宣传', '社区治理', 'Office办公软件 | Office', '档案管理'],
    work: [
      { company: '杭州市西湖区翠苑街道办事处', title: '社区管理科副科长', town: '杭州', start: '2022-01', end: null, bullets: ['负责辖区12个社区的网格化管理和考核', '牵头老旧小区改造居民协调工作'] },
      { company: '杭州市西湖区翠苑街道办事处', title: '综合办公室科员', town: '杭州', start: '2017-08', end: '2021-12', bullets: ['负责公文起草、会议组织和信息报送', '撰写的信息被区委办采用30余篇'] },
      { company: '浙江日报报业集团', title: '实习记者', town: '杭州', start: '2016-07', end: '2016-09', bullets: ['参与社会新闻采写'] },
    ],
    education: [{ school: '浙江大学', award: '汉语言文学 本科', start: '2013-09', end: '2017-06' }],
    languages: ['英语（CET-6）'], certificates: ['法律职业资格证书（A证）'],
  },
  {
    id: 'p13', language: 'mixed', name: '刘嘉怡', altName: 'Jiayi Liu', email: 'jiayi.liu@foxmail.com', phone: '+8613512348890', phonePrinted: '+86 135 1234 8890',
    occupation: 'Senior Supply Chain Analyst', address: 'Suzhou Industrial Park, Suzhou, Jiangsu', nationality: 'Chinese', birth: '1994',
    profile: 'Supply chain analyst with seven years in automotive parts and freight forwarding. Comfortable between the German headquarters and the Suzhou plant.',
    skills: ['SAP MM', 'Demand forecasting | 需求预测', 'Power BI', 'S&OP | sales and operations planning', 'Inventory control | inventory management', 'Excel VBA | VBA'],
    work: [
      { company: 'Hanseatic Motion Systems (Suzhou) Co., Ltd.', title: 'Senior Supply Chain Analyst', town: 'Suzhou', start: '2022-07', end: null, bullets: ['Own the monthly S&OP demand review for 1 400 SKUs', 'Built Power BI inventory dashboards used by APAC plants', 'Reduced slow-moving stock by RMB 6.2M in 2023'] },
      { company: 'Hanseatic Motion Systems (Suzhou) Co., Ltd.', title: 'Supply Chain Analyst', town: 'Suzhou', start: '2019-03', end: '2022-06', bullets: ['Forecasting and safety stock for aftermarket parts', 'MRP parameter maintenance in SAP MM'] },
      { company: 'Meridian Freight Services (Shanghai)', title: 'Operations Assistant', town: 'Shanghai', start: '2017-07', end: '2019-02', bullets: ['Sea freight import documentation and customs coordination'] },
      { company: 'Yangtze Cold Chain Co., Ltd.', title: 'Logistics Intern', town: 'Shanghai', start: '2016-07', end: '2016-12', bullets: ['Warehouse KPI reporting'] },
    ],
    education: [{ school: '上海海事大学 Shanghai Maritime University', award: 'B.Mgt. Logistics Management 物流管理', start: '2013-09', end: '2017-06' }],
    languages: ['Mandarin (native)', 'English (fluent, IELTS 7.5)', 'German (basic)'], certificates: ['APICS CPIM'],
  },
  {
    id: 'p14', language: 'mixed', name: '孙浩', altName: 'Hao Sun', email: 'sunhao.audit@outlook.com', phone: '+8613810984521', phonePrinted: '138 1098 4521',
    occupation: 'Audit Manager', address: 'Chaoyang District, Beijing', nationality: 'Chinese', birth: '1993',
    profile: 'Audit manager with nine years of statutory and IPO audit experience for manufacturing, TMT and state-owned clients.',
    skills: ['IFRS', 'PRC GAAP | 中国企业会计准则', 'Audit planning', 'Internal controls | SOX', 'Excel', 'Kingdee | 金蝶'],
    work: [
      { company: 'Whitmore & Lane CPA (Beijing)', title: 'Audit Manager', town: 'Beijing', start: '2021-10', end: null, bullets: ['Manage portfolio of 12 audit clients, fees RMB 9M', 'Lead two A-share IPO audits through CSRC review'] },
      { company: '北京华信永和会计师事务所', title: 'Senior Auditor', town: 'Beijing', start: '2016-09', end: '2021-09', bullets: ['In-charge senior on SOE annual audits', 'Internal control testing for listed clients'] },
      { company: 'Crestline Capital Partners', title: 'Finance Intern', town: 'Beijing', start: '2015-06', end: '2015-08', bullets: ['Financial modelling support'] },
    ],
    education: [{ school: '中央财经大学 Central University of Finance and Economics', award: 'Bachelor of Accounting 会计学', start: '2012-09', end: '2016-06' }],
    languages: ['Mandarin (native)', 'English (fluent)'], certificates: ['CICPA 中国注册会计师', 'ACCA'],
  },
  {
    id: 'p15', language: 'mixed', name: '黄静雯', altName: 'Wendy Huang', email: 'wendy.huang.jw@gmail.com', phone: '+8613926004417', phonePrinted: '139 2600 4417',
    occupation: 'F&B Manager', address: 'Tianhe District, Guangzhou', nationality: 'Chinese', birth: '1991',
    profile: 'Food and beverage manager from barista to five-star banquets; I care about cost lines and about the guest who waited too long.',
    skills: ['F&B cost control | 成本控制', 'Banquet operations | 宴会运营', 'Menu engineering', 'HACCP', 'Micros POS | POS system', 'Team training | staff training'],
    work: [
      { company: 'Grand Lotus Hotel Guangzhou', title: 'F&B Manager', town: 'Guangzhou', start: '2020-05', end: null, bullets: ['Run 4 outlets and banquet with 85 staff', 'Food cost down from 36% to 31%'] },
      { company: 'Pearl Bay Resort Sanya', title: 'Restaurant Supervisor', town: 'Sanya', start: '2016-03', end: '2020-03', bullets: ['All-day dining and pool bar, 240 covers'] },
      { company: 'Sunrise Café Group', title: 'Barista & Shift Lead', town: 'Guangzhou', start: '2013-09', end: '2016-02', bullets: ['Opened two new stores'] },
    ],
    education: [{ school: '广州番禺职业技术学院 Guangzhou Panyu Polytechnic', award: 'Diploma in Hotel Management 酒店管理', start: '2010-09', end: '2013-06' }],
    languages: ['Cantonese', 'Mandarin', 'English (good)'], certificates: ['WSET Level 2 Wines'],
  },
  {
    id: 'p16', language: 'mixed', name: '马骁', altName: 'Xiao Ma', email: 'maxiao.dev@163.com', phone: '+8617688302291', phonePrinted: '176 8830 2291',
    occupation: 'Embedded Software Engineer', address: 'Nanshan District, Shenzhen', nationality: 'Chinese', birth: '1995',
    profile: 'Embedded engineer working on motor controllers and battery management boards, from bring-up to mass production.',
    skills: ['Embedded C | C语言', 'C++', 'FreeRTOS | RTOS', 'STM32', 'CAN bus | CAN', 'Linux driver development | Linux驱动', 'Git'],
    work: [
      { company: 'Shenzhen Zhiling Technology Co., Ltd.', title: 'Embedded Software Engineer', town: 'Shenzhen', start: '2020-08', end: null, bullets: ['BMS firmware on STM32 and FreeRTOS for e-bike batteries', 'CAN protocol stack and bootloader'] },
      { company: 'Vantor Electronics (Shenzhen)', title: 'Firmware Engineer', town: 'Shenzhen', start: '2017-07', end: '2020-07', bullets: ['Motor driver firmware, production test tools'] },
      { company: 'Hikari Sensor Tech', title: 'Embedded Intern', town: 'Guangzhou', start: '2016-07', end: '2016-12', bullets: ['Sensor driver porting'] },
    ],
    education: [{ school: '华南理工大学 South China University of Technology', award: 'B.Eng. Electronic Information Engineering 电子信息工程', start: '2013-09', end: '2017-06' }],
    languages: ['Mandarin', 'English (CET-6)'], certificates: [],
  },
];

export const shown = (s: string) => s.split(' | ')[0];
