/** heldout-73: sixteen invented people. Everything here is made up (names, employers, schools, numbers). */
export type Kind = 'intern' | 'part-time' | 'casual' | 'contract' | 'freelance';
export interface Job {
  company: string; // as printed, no town
  title: string;
  titleZh?: string; // mixed people: second-language title
  start: string; // YYYY-MM
  end: string | null;
  city: string;
  kind?: Kind;
  via?: string; // agency for contract roles (printed, never the truth company)
  bullets: string[];
}
export interface Edu { school: string; degree: string; start: string; end: string }
export interface Person {
  id: string;
  lang: 'en' | 'zh' | 'mixed';
  name: string; // truth name (Chinese for mixed)
  alt?: string; // English name of mixed people
  email: string;
  phone: string; // E.164, own mobile
  phoneShow: string; // as printed
  other: { label: string; num: string }[]; // other numbers (never truth)
  address: string;
  headline: string;
  summary: string;
  skills: string[]; // truth strings; printed text is the part before ' | '
  work: Job[]; // ascending
  edu: Edu[];
  languages: string[];
  certs: string[];
}
export const shown = (s: string) => s.split(' | ')[0];

export const people: Person[] = [
  {
    id: 'p01', lang: 'en', name: 'Harriet Quayle', email: 'harriet.quayle@fastmail.co.uk', phone: '+447700900418', phoneShow: '07700 900418',
    other: [{ label: 'Office', num: '0113 496 0721' }], address: '14 Tannery Row, Leeds LS6 2QH',
    headline: 'Mortgage underwriting and credit risk operations',
    summary: 'Credit risk manager who joined a building society on the counter as a student and has since run underwriting teams through two rate cycles.',
    skills: ['Mortgage underwriting', 'Affordability assessment', 'Credit risk policy', 'MCOB | FCA MCOB', 'Team leadership', 'Microsoft Excel | Excel', 'Process improvement'],
    work: [
      { company: 'Brackenfield Building Society', title: 'Customer Service Adviser', kind: 'part-time', start: '2011-09', end: '2013-06', city: 'Leeds', bullets: ['Counter and telephone service at the Headingley branch, 16 hours a week alongside university.', 'Opened savings accounts and handled ISA transfers.'] },
      { company: 'Brackenfield Building Society', title: 'Mortgage Administrator', start: '2013-07', end: '2015-03', city: 'Leeds', bullets: ['Prepared offer packs and chased valuations for the intermediary team.', 'Cut completion delays by building a shared tracker.'] },
      { company: 'Brackenfield Building Society', title: 'Senior Mortgage Underwriter', start: '2015-04', end: '2018-10', city: 'Leeds', bullets: ['Underwrote complex self-employed and buy-to-let cases up to £1.2m.', 'Mandate holder; trained six new underwriters.'] },
      { company: 'Castlegate Home Finance', title: 'Underwriting Team Leader', start: '2018-11', end: '2022-01', city: 'York', bullets: ['Led a team of 11 underwriters handling 900 applications a month.', 'Rewrote the affordability model for the 2021 stress-rate change.'] },
      { company: 'Castlegate Home Finance', title: 'Head of Credit Risk Operations', start: '2022-02', end: null, city: 'York', bullets: ['Own lending policy, quality assurance and the 28-strong underwriting function.', 'Brought arrears on new lending down from 0.9% to 0.4%.'] },
    ],
    edu: [{ school: 'University of Leeds', degree: 'BA (Hons) Economics', start: '2010-09', end: '2013-06' }],
    languages: ['English (native)', 'French (conversational)'], certs: ['CeMAP (London Institute of Banking & Finance)'],
  },
  {
    id: 'p02', lang: 'en', name: 'Callum Ferreira', email: 'callum.ferreira@eircom.net', phone: '+353874126603', phoneShow: '087 412 6603',
    other: [{ label: 'Home', num: '(021) 496 3318' }], address: 'Ballincollig, Co. Cork',
    headline: 'Supply chain manager — planning, transport and inventory',
    summary: 'Supply chain manager with a decade in food and medical-device logistics, from summer intern to running a regulated distribution network.',
    skills: ['Demand planning', 'SAP S/4HANA | SAP', 'Route optimisation', 'Inventory control', 'Power BI', 'Lean Six Sigma | Six Sigma', 'Supplier negotiation'],
    work: [
      { company: 'Lisheen Dairies Co-operative', title: 'Logistics Intern', kind: 'intern', start: '2014-06', end: '2014-08', city: 'Mitchelstown', bullets: ['Summer placement in the milk-collection planning office.'] },
      { company: 'Lisheen Dairies Co-operative', title: 'Graduate Planner', start: '2015-09', end: '2017-08', city: 'Mitchelstown', bullets: ['Weekly production and dispatch plans for three plants.', 'Rolled out the SAP planning module to the butter plant.'] },
      { company: 'Corrib Freight Solutions', title: 'Transport Planner', start: '2017-09', end: '2020-04', city: 'Galway', bullets: ['Planned 60 daily chilled routes across Connacht and Munster.', 'Saved €310k a year in fuel through route optimisation.'] },
      { company: 'Corrib Freight Solutions', title: 'Senior Transport Planner', start: '2020-05', end: '2022-06', city: 'Galway', bullets: ['Led the planning desk through the 2020–21 border changes.', 'Built the Power BI dashboards still used by the board.'] },
      { company: 'Ardmore Medical Devices', title: 'Supply Chain Manager', start: '2022-07', end: null, city: 'Cork', bullets: ['Run planning, warehousing and distribution for a sterile-device plant.', 'Lead supplier negotiations worth €40m a year.'] },
    ],
    edu: [{ school: 'University College Cork', degree: 'BComm, Supply Chain Management', start: '2011-09', end: '2015-06' }],
    languages: ['English', 'Portuguese (fluent)', 'Irish (basic)'], certs: ['APICS CPIM'],
  },
  {
    id: 'p03', lang: 'en', name: 'Danielle Okafor', email: 'dani.okafor@protonmail.com', phone: '+15125550143', phoneShow: '(512) 555-0143',
    other: [{ label: 'Work', num: '(512) 555-0190' }], address: 'Austin, TX 78704',
    headline: 'Backend engineer — payments and health data',
    summary: 'Backend engineer who has shipped clinical integrations and card-payment services in Go and Python.',
    skills: ['Python', 'Go | Golang', 'PostgreSQL | Postgres', 'Kubernetes | K8s', 'gRPC', 'HL7 FHIR | FHIR', 'Distributed systems', 'AWS | Amazon Web Services'],
    work: [
      { company: 'Lonestar Robotics', title: 'Software Engineering Intern', kind: 'intern', start: '2012-05', end: '2012-08', city: 'Round Rock, TX', bullets: ['Wrote a Python test harness for warehouse-robot firmware.'] },
      { company: 'Pecan Street Analytics', title: 'Junior Developer', start: '2013-06', end: '2015-12', city: 'Austin, TX', bullets: ['Built ETL jobs for smart-meter data in Python and PostgreSQL.', 'Maintained the customer reporting portal.'] },
      { company: 'Bluebonnet Health Systems', title: 'Software Engineer II, Clinical Integrations Platform', start: '2016-01', end: '2019-07', city: 'Austin, TX', bullets: ['Designed HL7 FHIR interfaces to 40 hospital EHRs.', 'Moved the interface engine onto Kubernetes with zero downtime.'] },
      { company: 'Caprock Payments', title: 'Senior Backend Engineer', start: '2019-08', end: null, city: 'Remote', bullets: ['Own the card-authorisation service (gRPC, Go) at 3,000 requests a second.', 'Led the migration from a monolith to event-driven services on AWS.'] },
    ],
    edu: [{ school: 'Texas State University', degree: 'B.S. Computer Science', start: '2009-08', end: '2013-05' }],
    languages: ['English', 'Igbo (heritage)'], certs: ['AWS Certified Solutions Architect – Associate'],
  },
  {
    id: 'p04', lang: 'en', name: 'Eleanor Whitcombe', email: 'e.whitcombe@bigpond.com', phone: '+61412387905', phoneShow: '0412 387 905',
    other: [{ label: 'Home', num: '(07) 4639 2207' }], address: 'Toowoomba QLD 4350',
    headline: 'Director of Nursing',
    summary: 'Registered nurse and nurse leader with 18 years across acute cardiac care, regional hospitals and residential aged care.',
    skills: ['Clinical governance', 'Cardiac telemetry', 'Rostering', 'Accreditation readiness', 'Infection prevention and control | IPC', 'ieMR', 'Staff mentoring'],
    work: [
      { company: "St Brigid's Private Hospital", title: 'Assistant in Nursing', kind: 'casual', start: '2008-02', end: '2010-11', city: 'Brisbane', bullets: ['Casual shifts on medical and surgical wards while studying.', 'Personal care, observations and patient transfers.'] },
      { company: 'Royal Moreton Hospital', title: 'Registered Nurse', start: '2011-01', end: '2014-06', city: 'Brisbane', bullets: ['Graduate program rotations, then permanent on the cardiac ward.', 'Preceptor to undergraduate students from two universities.', 'Member of the ward falls-prevention working party.'] },
      { company: 'Royal Moreton Hospital', title: 'Clinical Nurse – Cardiac Care Unit', start: '2014-07', end: '2017-12', city: 'Brisbane', bullets: ['Shift coordinator for a 16-bed cardiac care unit with telemetry.', 'Led the unit\'s move to the ieMR electronic record.', 'Wrote the post-angiography care pathway adopted hospital-wide.'] },
      { company: 'Capricorn Coast Health Service', title: 'Nurse Unit Manager', start: '2018-01', end: '2021-09', city: 'Yeppoon', bullets: ['Managed a 28-bed medical ward and 46 FTE nursing staff.', 'Balanced a $5.1m staffing budget; cut agency use by a third.', 'Led the ward through two accreditation surveys with no findings.', 'Set up infection prevention huddles during the 2020 outbreak period.'] },
      { company: 'Southern Downs Aged Care', title: 'Director of Nursing', start: '2021-10', end: null, city: 'Toowoomba', bullets: ['Clinical lead for a 120-bed residential aged care home.', 'Responsible for Aged Care Quality Standards compliance and reporting.', 'Introduced a mentoring program that halved first-year turnover.', 'Chair the clinical governance and medication advisory committees.'] },
    ],
    edu: [{ school: 'Queensland University of Technology', degree: 'Bachelor of Nursing', start: '2008-02', end: '2010-11' }, { school: 'James Cook University', degree: 'Graduate Certificate in Health Management', start: '2016-02', end: '2017-06' }],
    languages: ['English'], certs: ['AHPRA registration (RN)', 'Advanced Life Support'],
  },
  {
    id: 'p05', lang: 'en', name: 'Rhys Tamatea', email: 'rhys@tamatea.nz', phone: '+64214682291', phoneShow: '021 468 2291',
    other: [{ label: 'Agency (Halcyon Recruitment)', num: '09 379 4410' }], address: 'Ponsonby, Auckland',
    headline: 'Data engineer — contract and permanent',
    summary: 'Data engineer who spent most of a decade contracting to insurers, councils and banks before taking a permanent platform lead role.',
    skills: ['SSIS | SQL Server Integration Services', 'Azure Data Factory', 'Python', 'dbt', 'Snowflake', 'Data modelling', 'Terraform'],
    work: [
      { company: 'Kauri Software Ltd', title: 'Graduate Developer', start: '2011-02', end: '2013-04', city: 'Auckland', bullets: ['C# and SQL Server work on a payroll product.'] },
      { company: 'Manawa Energy Retail', title: 'ETL Developer', kind: 'contract', via: 'Halcyon Recruitment', start: '2013-05', end: '2014-10', city: 'Hamilton', bullets: ['Rebuilt billing extracts in SSIS.'] },
      { company: 'Te Awa Insurance', title: 'Data Engineer', kind: 'contract', start: '2014-11', end: '2016-06', city: 'Wellington', bullets: ['Claims data mart for the 2016 IFRS programme.'] },
      { company: 'Harbourview City Council', title: 'Senior Data Engineer', kind: 'contract', via: 'Halcyon Recruitment', start: '2016-08', end: '2018-03', city: 'Auckland', bullets: ['Moved rates and consents reporting to Azure Data Factory.'] },
      { company: 'Pohutukawa Bank', title: 'Lead Data Engineer', kind: 'contract', start: '2018-04', end: '2021-02', city: 'Auckland', bullets: ['Led five contractors building the Snowflake risk warehouse with dbt.', 'Terraform for all data infrastructure.'] },
      { company: 'Southern Cross Logistics', title: 'Data Platform Lead', start: '2021-03', end: null, city: 'Auckland', bullets: ['Permanent role: own the data platform and a team of four.', 'Cut nightly load times from six hours to forty minutes.'] },
    ],
    edu: [{ school: 'University of Waikato', degree: 'BSc Computer Science', start: '2007-02', end: '2010-11' }],
    languages: ['English', 'Te Reo Māori (conversational)'], certs: ['SnowPro Core'],
  },
  {
    id: 'p06', lang: 'en', name: 'Jordan Whitlock', email: 'jwhitlock@shaw.ca', phone: '+16045550178', phoneShow: '604-555-0178',
    other: [{ label: 'Home', num: '604-555-0121' }], address: 'Burnaby, BC',
    headline: 'Retail and distribution operations',
    summary: 'Operations manager who worked up from the sales floor; part-time teaching on the side.',
    skills: ['Retail operations', 'P&L management', 'Inventory management', 'Staff scheduling', 'Shopify', 'Loss prevention', 'Vendor relations'],
    work: [
      { company: 'Fraser Outfitters', title: 'Sales Associate', kind: 'part-time', start: '2010-09', end: '2013-04', city: 'Vancouver, BC', bullets: ['Weekend and evening shifts; top seller in footwear two seasons running.'] },
      { company: 'Coastline Coffee Roasters', title: 'Barista', kind: 'part-time', start: '2011-05', end: '2012-08', city: 'Vancouver, BC', bullets: ['Early shifts during the summer terms.'] },
      { company: 'Fraser Outfitters', title: 'Assistant Store Manager', start: '2013-05', end: '2016-02', city: 'Vancouver, BC', bullets: ['Ran scheduling for 22 staff and the weekly stock count.'] },
      { company: 'Granville Home Goods', title: 'Store Manager', start: '2016-03', end: '2019-11', city: 'Richmond, BC', bullets: ['Full P&L for a $7M store; shrink down 38% in two years.'] },
      { company: 'Pacific Rim Distribution', title: 'Operations Coordinator', start: '2019-12', end: '2022-05', city: 'Delta, BC', bullets: ['Coordinated inbound containers and Shopify order fulfilment.'] },
      { company: 'Northshore Community College', title: 'Continuing Studies Instructor', kind: 'part-time', start: '2021-01', end: null, city: 'North Vancouver, BC', bullets: ['Teach the evening "Retail Management Essentials" course.'] },
      { company: 'Pacific Rim Distribution', title: 'Regional Operations Manager', start: '2022-06', end: null, city: 'Delta, BC', bullets: ['Three warehouses, 140 staff; negotiated carrier and vendor contracts.'] },
    ],
    edu: [{ school: 'British Columbia Institute of Technology', degree: 'Diploma, Business Operations Management', start: '2010-09', end: '2012-05' }],
    languages: ['English', 'French (intermediate)'], certs: ['Class 5 driver\'s licence', 'FoodSafe Level 1'],
  },
  {
    id: 'p07', lang: 'en', name: 'Morag Baillie', email: 'hello@moragbaillie.design', phone: '+447700900562', phoneShow: '07700 900562',
    other: [], address: 'Glasgow G12',
    headline: 'Freelance UX & service designer',
    summary: 'Independent designer working with transport, health and finance clients since 2015.',
    skills: ['User research', 'Figma', 'Prototyping', 'Design systems', 'Usability testing', 'Accessibility (WCAG 2.2) | WCAG', 'Service design'],
    work: [
      { company: 'Thistle & Finch', title: 'Junior Designer', start: '2013-08', end: '2015-10', city: 'Glasgow', bullets: ['Print and web design at a small branding studio.'] },
      { company: 'Clydeside Ferries', title: 'UX Designer', kind: 'freelance', start: '2015-11', end: '2016-05', city: 'Gourock', bullets: ['Redesigned online booking; abandoned baskets down 22%.'] },
      { company: 'Kelpie Games', title: 'UI Designer', kind: 'freelance', start: '2016-06', end: '2017-01', city: 'Dundee', bullets: ['HUD and menu design for two mobile titles.'] },
      { company: 'Lanark Valley Health Board', title: 'Service Designer', kind: 'contract', start: '2017-02', end: '2018-08', city: 'Hamilton', bullets: ['Discovery and alpha for an outpatient appointment service.'] },
      { company: 'Orkney Sea Farms', title: 'UX Consultant', kind: 'freelance', start: '2018-10', end: '2019-03', city: 'Kirkwall (remote)', bullets: ['Field research with site staff; tablet app for feed logs.'] },
      { company: 'Braeburn Bank', title: 'Lead Product Designer', kind: 'contract', start: '2019-04', end: '2022-12', city: 'Edinburgh', bullets: ['Led design for mobile savings; built the bank\'s first design system in Figma.'] },
      { company: 'Heatherly Travel', title: 'Design Systems Consultant', kind: 'freelance', start: '2023-02', end: null, city: 'Remote', bullets: ['Accessibility audit and WCAG 2.2 remediation plan.'] },
    ],
    edu: [{ school: 'Glasgow School of Design', degree: 'BA (Hons) Communication Design', start: '2009-09', end: '2013-06' }],
    languages: ['English', 'Scottish Gaelic (basic)'], certs: ['NN/g UX Certification'],
  },
  {
    id: 'p08', lang: 'zh', name: '王思远', email: 'wangsiyuan_hw@163.com', phone: '+8613827459163', phoneShow: '138-2745-9163',
    other: [{ label: '公司电话', num: '0755-2691 4470' }], address: '广东省深圳市南山区',
    headline: '硬件研发总监', summary: '十余年消费电子与机器人硬件研发经验，从实习生做到研发总监，熟悉产品从原理图到量产的全过程。',
    skills: ['原理图设计', 'PCB布局 | PCB Layout', 'Altium Designer | AD', '嵌入式系统 | Embedded systems', 'EMC整改 | EMC', '电源设计', '团队管理'],
    work: [
      { company: '深圳市华启电子有限公司', title: '硬件工程师（实习）', kind: 'intern', start: '2013-03', end: '2013-06', city: '深圳', bullets: ['协助完成蓝牙音箱主板的调试与测试记录。'] },
      { company: '深圳市华启电子有限公司', title: '硬件工程师', start: '2013-07', end: '2016-04', city: '深圳', bullets: ['负责智能音箱主板原理图设计与PCB布局。', '完成三款产品的EMC整改并通过认证。'] },
      { company: '东莞瑞丰智能科技有限公司', title: '高级硬件工程师', start: '2016-05', end: '2019-08', city: '东莞', bullets: ['负责扫地机器人电源与电机驱动设计。', '主导硬件成本优化，单机降本18元。'] },
      { company: '东莞瑞丰智能科技有限公司', title: '硬件部经理', start: '2019-09', end: '2021-12', city: '东莞', bullets: ['管理12人硬件团队，建立评审与测试规范。'] },
      { company: '深圳海岚机器人有限公司', title: '硬件研发总监', start: '2022-01', end: null, city: '深圳', bullets: ['负责公司全部硬件平台规划及30人研发团队。', '主导新一代服务机器人量产导入。'] },
    ],
    edu: [{ school: '华南理工大学', degree: '电子信息工程 本科', start: '2009-09', end: '2013-06' }],
    languages: ['英语（CET-6）'], certs: ['电子工程师中级职称'],
  },
  {
    id: 'p09', lang: 'zh', name: '陈嘉怡', email: 'chenjiayi0917@qq.com', phone: '+8613916270458', phoneShow: '139 1627 0458',
    other: [], address: '上海市徐汇区',
    headline: '市场总监', summary: '十年消费品牌市场经验，擅长新媒体与内容营销，带领团队完成多个品牌从零到一。',
    skills: ['品牌策划', '新媒体运营', '小红书投放', '数据分析', '活动执行', '预算管理'],
    work: [
      { company: '上海悦途旅游发展有限公司', title: '市场部实习生', kind: 'intern', start: '2014-02', end: '2014-06', city: '上海', bullets: ['协助策划春季旅游节线下活动。'] },
      { company: '上海悦途旅游发展有限公司', title: '市场专员', start: '2014-07', end: '2016-09', city: '上海', bullets: ['负责公众号内容与渠道合作，粉丝增长至12万。'] },
      { company: '杭州青禾电子商务有限公司', title: '品牌经理', start: '2016-10', end: '2020-03', city: '杭州', bullets: ['负责自有护肤品牌定位与上市，年销售额突破8000万。', '建立达人投放数据分析体系。'] },
      { company: '上海星澜化妆品有限公司', title: '市场总监', start: '2020-04', end: null, city: '上海', bullets: ['管理20人市场团队与年度3000万预算。', '小红书与抖音投放ROI提升40%。'] },
    ],
    edu: [{ school: '上海师范大学', degree: '广告学 本科', start: '2010-09', end: '2014-06' }],
    languages: ['英语（熟练）', '日语（N3）'], certs: [],
  },
  {
    id: 'p10', lang: 'zh', name: '刘建国', email: 'liujianguo_cd@126.com', phone: '+8618680324175', phoneShow: '186 8032 4175',
    other: [{ label: '办公电话', num: '028-8562 3390' }], address: '四川省成都市武侯区',
    headline: '工程管理中心总监', summary: '十八年房建及市政工程管理经验，熟悉项目全过程管理与成本控制。',
    skills: ['施工组织设计', '成本控制', '工程进度管理', 'BIM | Revit', 'AutoCAD | CAD', '安全文明施工', '招投标管理'],
    work: [
      { company: '四川蜀建第三工程有限公司', title: '施工员', start: '2006-07', end: '2009-12', city: '成都', bullets: ['负责住宅项目现场施工管理与技术交底。', '参与编制施工组织设计。'] },
      { company: '四川蜀建第三工程有限公司', title: '技术负责人', start: '2010-01', end: '2013-05', city: '成都', bullets: ['负责12万平方米住宅项目技术管理。', '获省级优质结构工程奖。', '组织图纸会审与专项施工方案论证。'] },
      { company: '成都锦城置业有限公司', title: '工程部经理', start: '2013-06', end: '2017-02', city: '成都', bullets: ['管理三个在建项目，总建筑面积45万平方米。', '推行BIM碰撞检查，减少返工。', '建立工程月度成本分析制度。'] },
      { company: '重庆两江鼎盛地产集团有限公司', title: '项目总经理', start: '2017-03', end: '2021-08', city: '重庆', bullets: ['全面负责城市综合体项目开发建设，投资额28亿元。', '项目提前两个月竣工交付。', '负责总包、监理招投标管理。', '协调政府报建与验收工作。'] },
      { company: '成都天府新城建设投资有限公司', title: '工程管理中心总监', start: '2021-09', end: null, city: '成都', bullets: ['负责公司全部在建项目的工程、质量与安全管理。', '建立工程管理标准化体系。', '年度管理投资额超过60亿元。'] },
    ],
    edu: [{ school: '西南交通大学', degree: '土木工程 本科', start: '2002-09', end: '2006-06' }],
    languages: ['英语（一般）'], certs: ['一级建造师（建筑工程）', '高级工程师'],
  },
  {
    id: 'p11', lang: 'zh', name: '赵雨涵', email: 'zhaoyuhan.cpa@163.com', phone: '+8613522186940', phoneShow: '135-2218-6940',
    other: [], address: '北京市朝阳区',
    headline: '财务经理', summary: '注册会计师，四年事务所审计经验与多年企业财务管理经验。',
    skills: ['财务报表分析', '审计', '金蝶K3 | 金蝶', '用友U8 | 用友', '税务筹划', 'Excel', '合并报表'],
    work: [
      { company: '北京中衡会计师事务所', title: '审计助理（实习）', kind: 'intern', start: '2015-09', end: '2016-01', city: '北京', bullets: ['参与两家制造业客户年审现场工作。'] },
      { company: '北京中衡会计师事务所', title: '审计员', start: '2016-07', end: '2018-06', city: '北京', bullets: ['负责收入、存货等科目审计底稿编制。'] },
      { company: '北京中衡会计师事务所', title: '高级审计员', start: '2018-07', end: '2019-12', city: '北京', bullets: ['带领4人小组完成IPO审计项目。'] },
      { company: '北京优格教育科技有限公司', title: '财务主管', start: '2020-01', end: '2023-03', city: '北京', bullets: ['负责总账、报表与税务申报，搭建金蝶K3核算体系。'] },
      { company: '北京启明星财税咨询有限公司', title: '兼职会计', kind: 'part-time', start: '2021-03', end: '2022-12', city: '北京', bullets: ['周末为小微企业客户做账报税。'] },
      { company: '北京云帆物流有限公司', title: '财务经理', start: '2023-04', end: null, city: '北京', bullets: ['负责集团合并报表与资金管理，管理8人团队。'] },
    ],
    edu: [{ school: '中央财经大学', degree: '会计学 本科', start: '2012-09', end: '2016-06' }],
    languages: ['英语（CET-6）'], certs: ['中国注册会计师（CPA）'],
  },
  {
    id: 'p12', lang: 'zh', name: '黄志强', email: 'huangzq_gz@139.com', phone: '+8615819876352', phoneShow: '158 1987 6352',
    other: [{ label: '门店电话', num: '020-3826 7715' }], address: '广东省广州市天河区',
    headline: '区域运营经理', summary: '从餐厅兼职服务员做起，熟悉连锁餐饮门店运营与区域管理。',
    skills: ['门店运营', '成本核算', '食品安全管理', '员工培训', '排班管理', '美团运营 | 美团/大众点评运营'],
    work: [
      { company: '广州粤味轩餐饮管理有限公司', title: '服务员（兼职）', kind: 'part-time', start: '2010-03', end: '2011-06', city: '广州', bullets: ['在校期间周末兼职，负责楼面服务。'] },
      { company: '广州粤味轩餐饮管理有限公司', title: '楼面主管', start: '2011-07', end: '2014-02', city: '广州', bullets: ['管理15名服务员排班与培训。'] },
      { company: '佛山喜来门酒店管理有限公司', title: '餐饮部经理', start: '2014-03', end: '2018-10', city: '佛山', bullets: ['负责酒店中餐厅及宴会厅运营，年营收3200万。', '通过食品安全量化分级A级评定。'] },
      { company: '广州鲜之道连锁餐饮有限公司', title: '区域运营经理', start: '2018-11', end: null, city: '广州', bullets: ['管理广州区域18家门店运营。', '美团评分由4.3提升至4.8。'] },
    ],
    edu: [{ school: '广州番禺职业技术学院', degree: '酒店管理 大专', start: '2008-09', end: '2011-06' }],
    languages: ['粤语', '普通话'], certs: ['健康证', '食品安全管理员证'],
  },
  {
    id: 'p13', lang: 'mixed', name: '林嘉欣', alt: 'Karen Lam', email: 'karen.lam.kh@gmail.com', phone: '+85291763028', phoneShow: '9176 3028',
    other: [{ label: 'Office 辦公室', num: '+852 2866 4103' }], address: 'Tseung Kwan O, Hong Kong',
    headline: 'Head of Middle Office 中台主管', summary: 'Securities and fund operations professional in Hong Kong and Shenzhen; bilingual in English and Chinese.',
    skills: ['Trade settlement', 'Fund accounting', 'Bloomberg AIM | Bloomberg', 'VBA', '风险控制 | Risk control', 'Reconciliation', 'SQL'],
    work: [
      { company: 'Harbourline Securities Limited', title: 'Operations Trainee', titleZh: '營運見習生', kind: 'intern', start: '2012-08', end: '2013-07', city: 'Hong Kong', bullets: ['Rotated through settlements, corporate actions and client services.'] },
      { company: 'Harbourline Securities Limited', title: 'Settlements Officer', titleZh: '交收主任', start: '2013-08', end: '2016-03', city: 'Hong Kong', bullets: ['HK and A-share settlements via Stock Connect; daily breaks under 0.1%.'] },
      { company: '深圳前海汇富基金管理有限公司', title: 'Fund Operations Manager', titleZh: '基金运营经理', start: '2016-04', end: '2020-06', city: 'Shenzhen 深圳', bullets: ['Set up fund accounting and NAV reconciliation for 14 funds.', '负责运营风险控制流程。'] },
      { company: 'Kowloon Bay Capital Partners', title: 'Head of Middle Office', titleZh: '中台主管', start: '2020-07', end: null, city: 'Hong Kong', bullets: ['Lead an 8-person middle office; Bloomberg AIM and VBA automation.'] },
    ],
    edu: [{ school: 'Lingnan Institute of Commerce 嶺南商學院', degree: 'BBA (Finance)', start: '2009-09', end: '2012-06' }],
    languages: ['Cantonese 粵語', 'English', 'Putonghua 普通話'], certs: ['HKSI Paper 1 & 2'],
  },
  {
    id: 'p14', lang: 'mixed', name: '周立恒', alt: 'Henry Zhou', email: 'henry.zhou.lh@outlook.sg', phone: '+6591284407', phoneShow: '9128 4407',
    other: [{ label: 'Office', num: '+65 6782 3150' }], address: 'Tampines, Singapore',
    headline: 'Manufacturing Engineering Manager 制造工程经理', summary: 'Process and manufacturing engineer across Singapore and Suzhou; semiconductor back-end and precision machining.',
    skills: ['Six Sigma | Lean Six Sigma', 'SPC | Statistical process control', 'FMEA', 'Minitab', 'SolidWorks', '工艺优化 | Process optimisation', 'SQE | 供应商质量管理'],
    work: [
      { company: 'Marina Precision Engineering Pte Ltd', title: 'Engineering Intern', titleZh: '实习工程师', kind: 'intern', start: '2011-05', end: '2011-08', city: 'Singapore', bullets: ['CNC fixture redesign project.'] },
      { company: 'Marina Precision Engineering Pte Ltd', title: 'Process Engineer', titleZh: '工艺工程师', start: '2012-07', end: '2015-06', city: 'Singapore', bullets: ['Cut scrap on the turning line from 4.1% to 1.6% with SPC.'] },
      { company: '苏州恒立精密机械有限公司', title: 'Process Manager', titleZh: '工艺经理', start: '2015-07', end: '2019-02', city: 'Suzhou 苏州', bullets: ['负责新厂工艺导入，管理15名工程师。', 'Ran FMEA reviews for all new part numbers.'] },
      { company: 'Tampines Semicon Pte Ltd', title: 'Senior Manufacturing Engineer', titleZh: '高级制造工程师', start: '2019-03', end: '2022-08', city: 'Singapore', bullets: ['Wire-bond and mould process owner; yield +2.3 pts.'] },
      { company: 'Tampines Semicon Pte Ltd', title: 'Manufacturing Engineering Manager', titleZh: '制造工程经理', start: '2022-09', end: null, city: 'Singapore', bullets: ['Lead 22 engineers and technicians across two lines.'] },
    ],
    edu: [{ school: 'Nanyang Institute of Technology', degree: 'B.Eng. (Mechanical Engineering)', start: '2008-08', end: '2012-06' }],
    languages: ['English', 'Mandarin 华语'], certs: ['ASQ Certified Six Sigma Black Belt'],
  },
  {
    id: 'p15', lang: 'mixed', name: '吳佩珊', alt: 'Grace Wu', email: 'grace.wu.ps@gmail.com', phone: '+886933172604', phoneShow: '0933-172-604',
    other: [{ label: '市話 Home', num: '(02) 2736-5581' }], address: '台北市大安區 Da\'an, Taipei',
    headline: 'Head of Product 產品總監', summary: 'Product manager in Taipei with payments and SaaS background; 中英文工作環境.',
    skills: ['Product roadmap', 'User stories', 'SQL', 'Figma', 'A/B testing', 'Jira', '使用者研究 | User research'],
    work: [
      { company: '聯宇科技股份有限公司', title: 'Product Planning Intern', titleZh: '產品企劃實習生', kind: 'intern', start: '2013-07', end: '2013-08', city: '新竹 Hsinchu', bullets: ['Summer internship: competitor analysis for routers.'] },
      { company: '聯宇科技股份有限公司', title: 'Product Planning Specialist', titleZh: '產品企劃專員', start: '2014-07', end: '2017-03', city: '新竹 Hsinchu', bullets: ['Specs and launch plans for home-network products.'] },
      { company: 'Formosa Cloud Inc.', title: 'Product Manager', titleZh: '產品經理', start: '2017-04', end: '2020-10', city: 'Taipei', bullets: ['Owned the invoicing SaaS roadmap; 3× paying merchants.'] },
      { company: 'Formosa Cloud Inc.', title: 'Senior Product Manager, Payments & Merchant Growth', titleZh: '資深產品經理', start: '2020-11', end: '2023-05', city: 'Taipei', bullets: ['Launched card and LINE Pay acceptance; ran A/B tests on onboarding.'] },
      { company: '光匯支付股份有限公司', title: 'Head of Product', titleZh: '產品總監', start: '2023-06', end: null, city: '台北 Taipei', bullets: ['Lead 4 PMs and 2 designers; 使用者研究制度化。'] },
    ],
    edu: [{ school: '國立清澄大學 National Qingcheng University', degree: 'BBA, Information Management 資訊管理學系', start: '2010-09', end: '2014-06' }],
    languages: ['Mandarin 中文', 'English (TOEIC 925)', 'Taiwanese 台語'], certs: ['PMP'],
  },
  {
    id: 'p16', lang: 'mixed', name: '郑浩', alt: 'Zheng Hao', email: 'zhenghao.kl@yahoo.com.my', phone: '+60123847719', phoneShow: '012-384 7719',
    other: [{ label: 'Office', num: '03-7956 2218' }], address: 'Petaling Jaya, Selangor',
    headline: 'Regional Sales Director 区域销售总监', summary: 'FMCG sales leader in Malaysia and cross-border e-commerce; trilingual.',
    skills: ['Key account management', 'Modern trade', 'Shopee & Lazada | Shopee', 'Trade marketing', 'Salesforce CRM | Salesforce', 'Negotiation', 'Distributor management'],
    work: [
      { company: 'Bright Minds Learning Centre', title: 'Part-time Tutor', titleZh: '兼职补习老师', kind: 'part-time', start: '2013-02', end: '2013-12', city: 'Kuala Lumpur', bullets: ['Mathematics and Chinese for SPM students, evenings.'] },
      { company: 'Bukit Jalil Trading Sdn Bhd', title: 'Sales Executive', titleZh: '销售专员', start: '2014-01', end: '2016-05', city: 'Kuala Lumpur', bullets: ['Covered 80 sundry shops and two hypermarkets.'] },
      { company: 'Lim Kee Foods Sdn Bhd', title: 'Key Account Manager', titleZh: '大客户经理', start: '2016-06', end: '2019-12', city: 'Shah Alam', bullets: ['Managed modern-trade accounts worth RM 24m a year.'] },
      { company: '广州优品跨境电商有限公司', title: 'Southeast Asia Sales Manager', titleZh: '东南亚销售经理', start: '2020-01', end: '2022-10', city: 'Guangzhou 广州 / KL', bullets: ['Built Shopee & Lazada channels in MY, SG and TH.'] },
      { company: 'Straits Harvest Sdn Bhd', title: 'Regional Sales Director', titleZh: '区域销售总监', start: '2022-11', end: null, city: 'Petaling Jaya', bullets: ['Lead 35 sales staff and 12 distributors across MY and SG.'] },
    ],
    edu: [{ school: 'Universiti Tunku Selangor', degree: 'Bachelor of Business (Marketing)', start: '2010-07', end: '2013-12' }],
    languages: ['English', 'Bahasa Malaysia', 'Mandarin 华语', 'Cantonese'], certs: [],
  },
];
