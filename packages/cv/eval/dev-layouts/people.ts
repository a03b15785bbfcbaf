/**
 * The people of the dev-layouts set, typed by hand for issue 11's last weak layouts: new names, employers,
 * schools, bullets and skills, written without the fixture pools (eval/fixtures/pools.ts) or the taxonomy.
 * `skills` are written as the CV prints them; " | " adds a name a recruiter would accept as the same skill
 * (scored by `readsSkill`, like the independent set). Dates are "YYYY-MM"; `end: null` is a current job.
 * This set IS tuned on: it is the development set for the analyser's fixes, not a measure of generalisation.
 */
export type DevLanguage = 'en' | 'zh' | 'mixed';
export type DevTemplate = 'sidebar-left' | 'sidebar-right' | 'table' | 'tabs' | 'html-table';

export interface DevJob {
  company: string;
  title: string;
  start: string;
  end: string | null;
  bullets: string[];
}

export interface DevPerson {
  id: string;
  language: DevLanguage;
  name: string;
  headline: string;
  email: string;
  /** As printed. */
  phone: string;
  /** E.164, what the analyser should return. */
  phoneE164: string;
  location: string;
  link?: string;
  summary: string;
  skills: string[];
  languages: string[];
  work: DevJob[];
  education: { school: string; degree: string; start: string; end: string }[];
  /** How each date range is printed (0–3), so the set is not one date style. */
  dateStyle: number;
  templates: DevTemplate[];
}

export const PEOPLE: DevPerson[] = [
  {
    id: 'en-tamsin', language: 'en', name: 'Tamsin Okonkwo-Reyes', headline: 'Senior Data Engineer',
    email: 'tamsin.okonkwo-reyes@fernlightmail.com', phone: '+1 (503) 555-0147', phoneE164: '+15035550147',
    location: 'Portland, OR', link: 'github.com/tamsin-or',
    summary: 'Data engineer who turns messy operational feeds into warehouse tables that finance and logistics teams trust.',
    skills: ['Python', 'SQL', 'Snowflake', 'dbt', 'Apache Airflow | Airflow', 'Apache Kafka | Kafka', 'Terraform', 'Looker', 'Data modeling', 'Great Expectations'],
    languages: ['English (native)', 'Portuguese (conversational)'],
    work: [
      { company: 'Quillmark Analytics', title: 'Senior Data Engineer', start: '2022-02', end: null, bullets: ['Moved 140 nightly batch loads to event-driven ingestion, cutting freshness from 26 hours to 40 minutes.', 'Wrote the team’s data contract checklist, now used by four product squads.'] },
      { company: 'Harbor & Finch Logistics', title: 'Data Engineer', start: '2019-06', end: '2022-01', bullets: ['Built the carrier-invoice reconciliation pipeline that recovered $1.2M of overbilling in its first year.'] },
      { company: 'Pell River Credit Union', title: 'BI Developer', start: '2017-09', end: '2019-05', bullets: ['Replaced spreadsheet branch reports with a governed dashboard suite used by 60 branch managers.'] },
    ],
    education: [{ school: 'Portland State University', degree: 'B.S. Computer Science', start: '2013-09', end: '2017-06' }],
    dateStyle: 0, templates: ['sidebar-left', 'table'],
  },
  {
    id: 'en-desmond', language: 'en', name: 'Desmond Achterberg', headline: 'Lead Product Designer',
    email: 'd.achterberg@kestrelstudio.io', phone: '+44 20 7946 0321', phoneE164: '+442079460321',
    location: 'London, UK', link: 'desmondachterberg.design',
    summary: 'Product designer for health and transit services, happiest when a research finding changes the roadmap.',
    skills: ['Figma', 'Design systems', 'Usability testing', 'Prototyping', 'Adobe XD', 'Information architecture', 'Journey mapping', 'Accessibility | WCAG | Web accessibility', 'Adobe After Effects | After Effects'],
    languages: ['English', 'Dutch'],
    work: [
      { company: 'Lanternfish Health', title: 'Lead Product Designer', start: '2021-04', end: null, bullets: ['Led the redesign of the repeat-prescription flow; completion rose from 61% to 88%.', 'Set up a component library shared by web and native apps.'] },
      { company: 'Copperline Studio', title: 'Product Designer', start: '2018-03', end: '2021-03', bullets: ['Designed ticketing kiosks for three regional rail operators.'] },
      { company: 'Juniper Transit Authority', title: 'UX Designer', start: '2016-08', end: '2018-02', bullets: ['Ran 45 moderated sessions with riders to rework the journey planner.'] },
    ],
    education: [{ school: 'Royal College of Art', degree: 'MA Service Design', start: '2014-09', end: '2016-06' }],
    dateStyle: 1, templates: ['sidebar-right', 'tabs'],
  },
  {
    id: 'en-priyanka', language: 'en', name: 'Priyanka Venkataraman', headline: 'FP&A Manager',
    email: 'priyanka.venkataraman@orchardledger.com', phone: '+1 646 555 0193', phoneE164: '+16465550193',
    location: 'New York, NY',
    summary: 'Finance lead who builds the models behind pricing, hiring and capital decisions for retail and services businesses.',
    skills: ['Financial modeling', 'Microsoft Excel | Excel', 'Power BI', 'SQL', 'Variance analysis', 'Budgeting', 'Forecasting', 'SAP', 'IFRS', 'VBA'],
    languages: ['English', 'Tamil', 'Hindi'],
    work: [
      { company: 'Orchard Ledger Partners', title: 'FP&A Manager', start: '2020-10', end: null, bullets: ['Own the rolling 18-month forecast for a $340M services portfolio.', 'Cut the monthly close review from nine days to five.'] },
      { company: 'Bellweather Retail Group', title: 'Senior Financial Analyst', start: '2017-05', end: '2020-09', bullets: ['Modelled store-level profitability for 212 locations and flagged 14 for closure.'] },
      { company: 'Kimball & Rusk LLP', title: 'Audit Associate', start: '2015-09', end: '2017-04', bullets: ['Audited revenue recognition for mid-size manufacturing clients.'] },
    ],
    education: [{ school: 'Baruch College', degree: 'BBA Accounting', start: '2011-09', end: '2015-05' }],
    dateStyle: 2, templates: ['table', 'sidebar-left'],
  },
  {
    id: 'en-colm', language: 'en', name: 'Colm Ferreira-Lindqvist', headline: 'Site Reliability Engineer',
    email: 'colm@driftwood-ops.net', phone: '+1 (720) 555-0116', phoneE164: '+17205550116',
    location: 'Denver, CO', link: 'gitlab.com/colmfl',
    summary: 'SRE who likes boring deploys, honest alerts and runbooks that a new hire can follow at 3 a.m.',
    skills: ['Kubernetes', 'Terraform', 'AWS | Amazon Web Services', 'Prometheus', 'Grafana', 'Go | Golang', 'Bash', 'Ansible', 'Linux', 'Helm', 'GitLab CI | GitLab CI/CD'],
    languages: ['English', 'Swedish'],
    work: [
      { company: 'Driftwood Cloud', title: 'Site Reliability Engineer', start: '2021-07', end: null, bullets: ['Brought the paging rate down from 30 to 4 pages a week by rewriting alert rules around SLOs.', 'Ran the migration of 90 services to a shared cluster platform.'] },
      { company: 'Alderpoint Games', title: 'DevOps Engineer', start: '2018-11', end: '2021-06', bullets: ['Automated game-server fleet scaling for launch weekends of up to 2M players.'] },
      { company: 'Bluegate Hosting', title: 'Systems Administrator', start: '2016-01', end: '2018-10', bullets: ['Maintained 400 customer servers and wrote the patching playbooks.'] },
    ],
    education: [{ school: 'Colorado School of Mines', degree: 'B.S. Computer Engineering', start: '2011-09', end: '2015-12' }],
    dateStyle: 3, templates: ['tabs', 'sidebar-right'],
  },
  {
    id: 'en-ngozi', language: 'en', name: 'Ngozi Hallström', headline: 'Growth Marketing Manager',
    email: 'ngozi.hallstrom@bramblemarketing.co', phone: '+1 312 555 0178', phoneE164: '+13125550178',
    location: 'Chicago, IL',
    summary: 'Marketer for consumer brands, mixing paid, owned and lifecycle channels with careful measurement.',
    skills: ['SEO | Search engine optimization', 'Google Analytics', 'HubSpot', 'Content marketing', 'A/B testing', 'Google Ads', 'Email marketing', 'Salesforce', 'Copywriting'],
    languages: ['English', 'Igbo', 'Swedish'],
    work: [
      { company: 'Bramble & Oak Coffee', title: 'Growth Marketing Manager', start: '2022-03', end: null, bullets: ['Grew subscription revenue 2.4x in two years with a referral programme and lifecycle emails.'] },
      { company: 'Tidewater Outfitters', title: 'Digital Marketing Specialist', start: '2019-01', end: '2022-02', bullets: ['Rebuilt the paid search account structure; cost per order fell by a third.', 'Wrote the brand voice guide.'] },
      { company: 'Saltmarsh Media', title: 'Marketing Coordinator', start: '2017-06', end: '2018-12', bullets: ['Coordinated launch campaigns for eleven regional clients.'] },
    ],
    education: [{ school: 'Loyola University Chicago', degree: 'B.A. Communication', start: '2013-09', end: '2017-05' }],
    dateStyle: 0, templates: ['sidebar-left', 'table'],
  },
  {
    id: 'zh-ouyang', language: 'zh', name: '欧阳静怡', headline: '高级后端工程师',
    email: 'oyjingyi@qinghemail.cn', phone: '139 1024 5568', phoneE164: '+8613910245568',
    location: '杭州',
    summary: '七年后端开发经验，熟悉高并发交易系统与消息队列，重视可观测性和代码评审。',
    skills: ['Java', 'Spring Boot', 'MySQL', 'Redis', 'Kafka | Apache Kafka', 'Docker', '微服务 | 微服务架构 | Microservices', 'Elasticsearch'],
    languages: ['普通话', '英语（CET-6）'],
    work: [
      { company: '杭州栖云科技有限公司', title: '高级后端工程师', start: '2021-05', end: null, bullets: ['负责订单中心重构，峰值吞吐提升三倍，故障恢复时间缩短到五分钟以内。', '牵头制定接口规范和灰度发布流程。'] },
      { company: '成都蓝鲸数据服务有限公司', title: '后端开发工程师', start: '2018-07', end: '2021-04', bullets: ['开发数据采集网关，日处理请求两亿次。'] },
    ],
    education: [{ school: '电子科技大学', degree: '计算机科学与技术 本科', start: '2014-09', end: '2018-06' }],
    dateStyle: 0, templates: ['sidebar-right', 'html-table'],
  },
  {
    id: 'zh-sima', language: 'zh', name: '司马晨阳', headline: '高级数据分析师',
    email: 'simacy@yunfan-data.com', phone: '+86 186-2177-0934', phoneE164: '+8618621770934',
    location: '上海',
    summary: '擅长把业务问题拆成可以验证的指标，搭建过零售和电商的经营分析体系。',
    skills: ['SQL', 'Python', 'Tableau', '数据可视化 | Data visualization', 'A/B测试 | AB测试 | A/B testing', '用户画像 | User profiling | User personas', 'Excel', 'Hive'],
    languages: ['普通话', '英语'],
    work: [
      { company: '上海云帆零售集团', title: '高级数据分析师', start: '2020-09', end: null, bullets: ['搭建门店经营日报和会员分层模型，支持三百家门店的选品调整。'] },
      { company: '苏州禾木电子商务有限公司', title: '数据分析师', start: '2018-03', end: '2020-08', bullets: ['设计促销效果评估方法，年度营销预算节省一千二百万元。'] },
      { company: '上海晨星市场研究有限公司', title: '市场研究助理', start: '2016-07', end: '2018-02', bullets: ['整理问卷数据并撰写行业研究报告。'] },
    ],
    education: [{ school: '华东师范大学', degree: '统计学 本科', start: '2012-09', end: '2016-06' }],
    dateStyle: 1, templates: ['table', 'html-table'],
  },
  {
    id: 'zh-long', language: 'zh', name: '龙晓澜', headline: '财务经理',
    email: 'longxl@jinshifinance.cn', phone: '158 0071 3342', phoneE164: '+8615800713342',
    location: '深圳',
    summary: '十年财务与审计经验，熟悉供应链企业的资金管理、预算编制和税务合规。',
    skills: ['财务分析 | Financial analysis', '预算管理 | Budget management | Budgeting', '成本核算 | Cost accounting', '用友 | 用友U8 | Yonyou', 'SAP', 'Excel', '税务筹划 | Tax planning', '财务报表 | Financial statements | Financial reporting'],
    languages: ['普通话', '粤语', '英语'],
    work: [
      { company: '深圳金石供应链管理有限公司', title: '财务经理', start: '2019-04', end: null, bullets: ['主导全面预算管理上线，预算偏差率由百分之十五降至百分之四。'] },
      { company: '广州恒川会计师事务所', title: '高级审计员', start: '2015-08', end: '2019-03', bullets: ['负责二十余家制造业客户的年报审计。'] },
    ],
    education: [{ school: '中山大学', degree: '会计学 本科', start: '2011-09', end: '2015-06' }],
    dateStyle: 2, templates: ['sidebar-left', 'html-table'],
  },
  {
    id: 'zh-wen', language: 'zh', name: '温嘉禾', headline: '高级产品经理',
    email: 'wenjiahe@lvyepm.com', phone: '177 6543 2109', phoneE164: '+8617765432109',
    location: '北京',
    summary: '做过教育和社区类产品，擅长从用户访谈中找到需求优先级。',
    skills: ['Axure', '需求分析 | Requirements analysis', '用户研究 | User research', '原型设计 | Prototyping', '数据分析 | Data analysis', 'Figma', '项目管理 | Project management', 'SQL'],
    languages: ['普通话', '英语'],
    work: [
      { company: '北京绿野互动科技有限公司', title: '高级产品经理', start: '2022-01', end: null, bullets: ['负责社区产品线，月活跃用户从八十万增长到二百万。'] },
      { company: '北京鹿鸣教育科技有限公司', title: '产品经理', start: '2019-06', end: '2021-12', bullets: ['设计在线题库和学习报告功能，续费率提升十个百分点。'] },
      { company: '天津砚台网络科技有限公司', title: '产品助理', start: '2017-07', end: '2019-05', bullets: ['撰写需求文档并跟进测试验收。'] },
    ],
    education: [{ school: '南开大学', degree: '信息管理与信息系统 本科', start: '2013-09', end: '2017-06' }],
    dateStyle: 3, templates: ['tabs', 'html-table'],
  },
  {
    id: 'mixed-he', language: 'mixed', name: '贺思远', headline: '机器学习工程师 Machine Learning Engineer',
    email: 'siyuan.he@ridgeline-ai.com', phone: '+86 135 0288 4471', phoneE164: '+8613502884471',
    location: '深圳 Shenzhen', link: 'github.com/hesiyuan',
    summary: 'Five years building speech and ranking models; 熟悉模型训练、部署和线上效果评估。',
    skills: ['PyTorch', 'Python', 'TensorFlow', 'NLP | 自然语言处理 | Natural language processing', 'CUDA', 'Docker', 'Apache Spark | Spark', '推荐系统 | Recommender systems'],
    languages: ['普通话', 'English (fluent)'],
    work: [
      { company: 'Ridgeline AI', title: 'Machine Learning Engineer 机器学习工程师', start: '2021-08', end: null, bullets: ['Trained the ranking model behind the home feed; click-through up 9%.', '负责模型蒸馏，推理延迟降低百分之六十。'] },
      { company: '深圳声谷科技有限公司', title: '算法工程师', start: '2019-07', end: '2021-07', bullets: ['开发方言语音识别模型，识别准确率提升八个百分点。'] },
    ],
    education: [{ school: '哈尔滨工业大学', degree: '计算机科学 硕士', start: '2016-09', end: '2019-06' }],
    dateStyle: 0, templates: ['table', 'html-table'],
  },
  {
    id: 'mixed-lu', language: 'mixed', name: '卢雅琪', headline: 'Senior UX Designer 交互设计师',
    email: 'yaqi.lu@paperkite.design', phone: '+86 150 1166 2893', phoneE164: '+8615011662893',
    location: '上海 Shanghai',
    summary: 'UX designer for fintech and travel apps. 擅长用户研究和设计规范建设。',
    skills: ['Figma', 'Sketch', '用户研究 | User research', 'Prototyping | 原型设计', 'Design systems | 设计系统', '交互设计 | Interaction design', 'Adobe Illustrator | Illustrator'],
    languages: ['普通话', 'English'],
    work: [
      { company: 'Paperkite Design Studio', title: 'Senior UX Designer', start: '2020-05', end: null, bullets: ['Led design for a travel-booking app with 3M users; booking drop-off fell by a quarter.'] },
      { company: '上海知了网络科技有限公司', title: '交互设计师', start: '2017-09', end: '2020-04', bullets: ['搭建移动端设计规范，组件复用率达到百分之八十。'] },
    ],
    education: [{ school: '同济大学', degree: '工业设计 本科', start: '2013-09', end: '2017-06' }],
    dateStyle: 1, templates: ['sidebar-left', 'html-table'],
  },
  {
    id: 'mixed-kwong', language: 'mixed', name: 'Junhao Kwong', headline: 'Operations Manager 运营经理',
    email: 'junhao.kwong@harbourline.hk', phone: '+852 5123 4678', phoneE164: '+85251234678',
    location: 'Hong Kong 香港',
    summary: 'Operations lead for freight and warehousing. 熟悉跨境物流、仓储管理和供应链优化。',
    skills: ['供应链管理 | Supply chain management', 'SAP', 'Lean | 精益管理 | Lean manufacturing', 'Six Sigma | 六西格玛', 'Excel', 'Power BI', '库存管理 | Inventory management', 'ERP'],
    languages: ['粤语 Cantonese', '普通话', 'English'],
    work: [
      { company: 'Harbourline Freight', title: 'Operations Manager', start: '2021-02', end: null, bullets: ['Run a 40-person operations team across two bonded warehouses.', '推动精益改善，订单处理时间缩短百分之三十。'] },
      { company: '东莞利丰仓储有限公司', title: '供应链专员', start: '2018-06', end: '2021-01', bullets: ['负责库存盘点和供应商交付跟踪。'] },
      { company: 'Meridian Trading Co.', title: 'Logistics Coordinator', start: '2016-07', end: '2018-05', bullets: ['Booked sea and air freight for 150 shipments a month.'] },
    ],
    education: [{ school: 'The Hong Kong Polytechnic University', degree: 'BBA Logistics Engineering', start: '2012-09', end: '2016-06' }],
    dateStyle: 2, templates: ['sidebar-right', 'table', 'html-table'],
  },
];
