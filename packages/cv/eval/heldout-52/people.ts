/**
 * heldout-52: sixteen invented people. Every person, employer, school, address, e-mail and phone number is made up.
 * Phone numbers use fictional/drama ranges where a country has one (UK 07700 900xxx, US 555-01xx, AU 0491 570xxx),
 * otherwise invented numbers that only have the right shape.
 */
export type Lang = 'en' | 'zh' | 'mixed';
export interface Job { title: string; company: string; city: string; start: string; end: string | null; bullets: string[]; note?: string }
export interface Edu { school: string; degree: string; start: string; end: string }
export interface Person {
  id: string; language: Lang;
  name: string;            // the truth name (Chinese name for mixed people)
  nameEn?: string;         // romanised / English name printed beside it
  headline: string; city: string; address: string;
  email: string; phone: string; phoneShown: string;      // E.164 truth + the way the person prints it
  other: { label: string; number: string }[];            // numbers that are never the truth
  summary: string;
  skills: string[];        // truth items: "As printed | synonym"
  languages: string[]; certs: string[];
  jobs: Job[];             // oldest first
  edu: Edu[];
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Imogen Ashworth', headline: 'Design Lead · Product & Service Design', city: 'Ho Chi Minh City',
    address: 'Apt 12B, 41 Nguyen Van Huong, Thao Dien, Thu Duc City, Ho Chi Minh City', email: 'imogen.ashworth.design@fastmail.com',
    phone: '+447700900417', phoneShown: '+44 7700 900417', other: [{ label: 'Studio (VN)', number: '+84 28 3744 1902' }],
    summary: 'British product designer, twelve years in agencies and fintech, the last seven in Vietnam. I run small design teams, build design systems and put research in front of every release.',
    skills: ['Figma', 'User research', 'Design systems', 'Prototyping', 'Adobe Illustrator', 'Accessibility (WCAG 2.2) | WCAG | accessibility', 'Usability testing'],
    languages: ['English (native)', 'Vietnamese (conversational)'], certs: ['NN/g UX Certification (2021)'],
    jobs: [
      { title: 'Junior Designer', company: 'Harbourline Studio', city: 'Bristol', start: '2014-09', end: '2016-05', bullets: ['Layouts and brand assets for 30+ charity and retail clients.'] },
      { title: 'UX Designer', company: 'Pennant & Rowe Digital', city: 'London', start: '2016-06', end: '2019-08', bullets: ['Led discovery and testing for a rail-ticketing app used by 2m people.'] },
      { title: 'Senior Product Designer', company: 'Saigon Lotus Fintech', city: 'Ho Chi Minh City', start: '2019-09', end: '2023-02', bullets: ['Designed the lending app onboarding; completion up from 41% to 68%.'] },
      { title: 'Design Lead', company: 'Mekong Ledger Co.', city: 'Ho Chi Minh City', start: '2023-03', end: null, bullets: ['Lead a team of five designers; own the shared design system.'] },
    ],
    edu: [{ school: 'University of West Wessex', degree: 'BA (Hons) Graphic Communication', start: '2011-09', end: '2014-06' }],
  },
  {
    id: 'p02', language: 'en', name: 'Geoffrey Tamworth', headline: 'Chartered Accountant · Non-Executive Director', city: 'Harrogate',
    address: 'Moor End House, 6 Swinton Lane, Harrogate HG2 8QP', email: 'geoff.tamworth@boardmail.co.uk',
    phone: '+447700900683', phoneShown: '07700 900683', other: [{ label: 'Home', number: '01423 496 021' }],
    summary: 'FCA with thirty years in audit, industry finance and two FTSE-250 finance functions. Former CFO of a listed water and energy group; now building a plural non-executive portfolio with a focus on audit and risk committees.',
    skills: ['Financial reporting', 'Audit committee leadership', 'Risk management', 'Capital allocation', 'M&A | Mergers and acquisitions', 'IFRS | International Financial Reporting Standards', 'Treasury'],
    languages: ['English', 'French (working)'], certs: ['FCA, ICAEW (1999)', 'FT Non-Executive Director Diploma (2021)'],
    jobs: [
      { title: 'Audit Trainee', company: 'Harcourt Lyle LLP', city: 'Leeds', start: '1996-09', end: '1999-08', bullets: ['ACA training contract; audits of manufacturing and retail clients.'] },
      { title: 'Audit Manager', company: 'Harcourt Lyle LLP', city: 'Leeds', start: '1999-09', end: '2002-03', bullets: ['Managed a portfolio of 14 listed and private audits.'] },
      { title: 'Financial Controller', company: 'Westmarch Foods plc', city: 'York', start: '2002-04', end: '2008-12', bullets: ['Group reporting for £410m revenue; first-time IFRS adoption.'] },
      { title: 'Finance Director', company: 'Calder Brick Group', city: 'Wakefield', start: '2009-01', end: '2016-06', bullets: ['Refinanced the group and led the sale to a private-equity buyer.'] },
      { title: 'Chief Financial Officer', company: 'Northfleet Utilities plc', city: 'Leeds', start: '2016-07', end: '2023-09', bullets: ['Board member; £1.2bn capital programme and two bond issues.'] },
      { title: 'Non-Executive Director & Audit Committee Chair', company: 'Ashbourne Building Society', city: 'Harrogate', start: '2021-01', end: null, bullets: ['Chairs the audit committee; member of the risk committee.'] },
    ],
    edu: [{ school: 'University of Northbridge', degree: 'BSc Economics', start: '1993-10', end: '1996-06' }],
  },
  {
    id: 'p03', language: 'en', name: 'Dario Velasquez', headline: 'Senior Software Engineer · Backend & Cloud', city: 'Austin, TX',
    address: '2210 Pecan Hollow Dr, Austin, TX 78745', email: 'dario.velasquez.dev@mailbox.org',
    phone: '+15125550147', phoneShown: '(512) 555-0147', other: [{ label: 'Recruiter (Lonehorn Staffing)', number: '(737) 555-0110' }],
    summary: 'Backend engineer building event-driven Java services on AWS for logistics and healthcare; on-call lead, mentor to two junior engineers.',
    skills: ['Java', 'Spring Boot', 'Kubernetes | K8s', 'PostgreSQL | Postgres', 'AWS | Amazon Web Services', 'Terraform', 'Kafka | Apache Kafka'],
    languages: ['English', 'Spanish (native)'], certs: ['AWS Certified Solutions Architect – Associate (2022)'],
    jobs: [
      { title: 'Software Engineering Intern', company: 'Lonestar Freight Systems', city: 'Dallas, TX', start: '2017-06', end: '2017-08', bullets: ['Built a carrier rate-lookup API in Spring Boot.'] },
      { title: 'Software Engineer', company: 'Lonestar Freight Systems', city: 'Dallas, TX', start: '2018-07', end: '2021-04', bullets: ['Moved shipment tracking to Kafka; p99 latency down 60%.'] },
      { title: 'Senior Software Engineer', company: 'Bluebonnet Health Analytics', city: 'Austin, TX', start: '2021-05', end: null, bullets: ['Own claims-ingest services on EKS; Terraform for all environments.'] },
    ],
    edu: [{ school: 'Texas Hill Country University', degree: 'B.S. Computer Science', start: '2014-08', end: '2018-05' }],
  },
  {
    id: 'p04', language: 'en', name: 'Rowan Fairclough', headline: 'Interim IT Director · Programme & Transition Manager', city: 'Utrecht',
    address: 'Oudegracht 214-bis, 3511 NS Utrecht, Netherlands', email: 'rowan@fairclough-interim.eu',
    phone: '+31641872290', phoneShown: '+31 6 4187 2290', other: [{ label: 'UK mobile (weekends)', number: '+44 7700 900952' }, { label: 'Office', number: '+31 30 799 4410' }],
    summary: 'British interim manager based in the Netherlands since 2009. Sixteen posts in twenty years: two as an employee, the rest as interim or programme lead in utilities, care, finance and retail.',
    skills: ['IT service management | ITSM', 'Vendor management', 'Cloud migration', 'Stakeholder management', 'Budget control', 'Agile delivery | Agile', 'Outsourcing transitions'],
    languages: ['English (native)', 'Dutch (C1)', 'German (B1)'], certs: ['PRINCE2 Practitioner', 'ITIL 4 Managing Professional', 'SAFe 6 Agilist'],
    jobs: [
      { title: 'Service Desk Analyst', company: 'Kestrel Insurance Group', city: 'Reading', start: '2005-09', end: '2007-06', bullets: ['Second-line support for 1,800 users.'] },
      { title: 'IT Project Coordinator', company: 'Kestrel Insurance Group', city: 'Reading', start: '2007-07', end: '2009-03', bullets: ['Coordinated the desktop refresh and a data-centre move.'] },
      { title: 'Interim Infrastructure Manager', company: 'Waterschap De Lindeboog', city: 'Tiel', start: '2009-04', end: '2010-01', bullets: ['Stabilised the network after a failed outsourcing.'] },
      { title: 'Interim Project Manager', company: 'Brakel Logistics B.V.', city: 'Venlo', start: '2010-02', end: '2010-11', bullets: ['Warehouse-system roll-out to three sites.'] },
      { title: 'Programme Manager', company: 'Oostpoort Zorggroep', city: 'Deventer', start: '2011-01', end: '2012-06', bullets: ['Electronic care-record programme, 22 locations.'] },
      { title: 'Interim IT Manager', company: 'Van Hoorne Bakeries', city: 'Zwolle', start: '2012-07', end: '2013-02', bullets: ['Ran IT while the permanent manager was recruited.'] },
      { title: 'Transition Manager', company: 'Norland Marine Services', city: 'Rotterdam', start: '2013-03', end: '2014-04', bullets: ['Transferred the service desk to an offshore provider.'] },
      { title: 'Interim Head of IT Operations', company: 'Stichting Rivierland Wonen', city: 'Nijmegen', start: '2014-05', end: '2015-08', bullets: ['Cut incident backlog from 900 to 120.'] },
      { title: 'Migration Lead', company: 'Tessel Bank N.V.', city: 'Amsterdam', start: '2015-09', end: '2016-10', bullets: ['Core-banking data migration, zero-downtime cut-over.'] },
      { title: 'Interim CIO', company: 'Helder Retail Group', city: 'Utrecht', start: '2016-11', end: '2018-03', bullets: ['Board-level IT lead through a merger.'] },
      { title: 'Programme Director', company: 'Ommeland Energie', city: 'Groningen', start: '2018-05', end: '2019-12', bullets: ['Smart-meter back-office programme, €14m budget.'] },
      { title: 'Interim IT Director', company: 'Zuidkust Ziekenhuisgroep', city: 'Vlissingen', start: '2020-02', end: '2021-07', bullets: ['Kept two hospitals running through the pandemic.'] },
      { title: 'Cloud Programme Lead', company: 'Akkerman Foods', city: 'Ede', start: '2021-09', end: '2023-01', bullets: ['Moved 140 applications to Azure.'] },
      { title: 'Advisory Board Member (part-time)', company: 'Lindeboog Digital Foundation', city: 'Utrecht', start: '2022-01', end: null, bullets: ['One day a month; advises on digital inclusion grants.'] },
      { title: 'Interim CIO', company: 'Deltaweg Infra B.V.', city: 'Breda', start: '2023-03', end: '2024-06', bullets: ['Separated IT from the former parent company.'] },
      { title: 'Interim Head of Digital', company: 'Kroonstad Pensions', city: 'Den Haag', start: '2024-09', end: null, bullets: ['Digital member portal and vendor re-tender.'] },
    ],
    edu: [{ school: 'Thameside Polytechnic University', degree: 'BSc Business Information Systems', start: '2002-09', end: '2005-06' }],
  },
  {
    id: 'p05', language: 'en', name: 'Liam Pettigrew', headline: 'Maintenance Fitter (FIFO) · Fixed & Mobile Plant', city: 'Perth, WA',
    address: '17 Banksia Tce, Baldivis WA 6171', email: 'liam.pettigrew.fitter@bigpond.com',
    phone: '+61491570156', phoneShown: '0491 570 156', other: [{ label: 'Red Ochre site office', number: '(08) 9185 6020' }],
    summary: 'Qualified mechanical fitter, four-year apprenticeship in heavy diesel and nearly eight years FIFO on iron-ore processing plant. Safe, tidy, happy on any roster.',
    skills: ['Hydraulics', 'Conveyor maintenance', 'Preventive maintenance', 'Gearbox overhaul', 'Condition monitoring', 'MIG welding | Welding'],
    languages: ['English'], certs: ['Cert III Engineering – Mechanical Trade', 'HR licence', 'Working at Heights', 'Confined Space Entry', 'Forklift (LF)'],
    jobs: [
      { title: 'Apprentice Mechanical Fitter', company: 'Karratha Heavy Diesel Pty Ltd', city: 'Karratha', start: '2015-01', end: '2018-12', bullets: ['Services and rebuilds on haul trucks, loaders and gensets.'] },
      { title: 'Maintenance Fitter (FIFO 2/1)', company: 'Red Ochre Iron Pty Ltd', city: 'Pilbara', start: '2019-02', end: null, bullets: ['Shutdowns on crushers, screens and 6 km of conveyors.'] },
    ],
    edu: [{ school: 'Pilbara Regional TAFE', degree: 'Certificate III in Engineering – Mechanical Trade', start: '2015-02', end: '2018-11' }],
  },
  {
    id: 'p06', language: 'en', name: 'Siobhan Kearney', headline: 'Director of Engineering · Biologics Manufacturing', city: 'Singapore',
    address: '88 Holland Grove Road, #07-14, Singapore 278812', email: 'siobhan.kearney.eng@eircom.net',
    phone: '+353874416205', phoneShown: '+353 87 441 6205', other: [{ label: 'Office (SG)', number: '+65 6871 3304' }],
    summary: 'Chartered chemical engineer; twenty years from graduate engineer in Cork to running engineering for a 900-person biologics site in Singapore.',
    skills: ['Process engineering', 'GMP | Good Manufacturing Practice', 'Capex project delivery', 'Lean Six Sigma', 'Validation (CQV) | CQV | commissioning qualification validation', 'Team leadership', 'Root cause analysis | RCA'],
    languages: ['English', 'Irish', 'Mandarin (basic)'], certs: ['Chartered Engineer (CEng MIEI)', 'Lean Six Sigma Black Belt'],
    jobs: [
      { title: 'Graduate Engineer', company: 'Corrib Process Engineering Ltd', city: 'Cork', start: '2006-09', end: '2008-08', bullets: ['P&IDs and equipment specifications for API plants.'] },
      { title: 'Process Engineer', company: 'Corrib Process Engineering Ltd', city: 'Cork', start: '2008-09', end: '2011-12', bullets: ['Site lead on two fill-finish expansions.'] },
      { title: 'Senior Process Engineer', company: 'Tanjong Biologics Pte Ltd', city: 'Singapore', start: '2012-01', end: '2015-06', bullets: ['Tech transfer of three monoclonal antibodies.'] },
      { title: 'Engineering Manager', company: 'Tanjong Biologics Pte Ltd', city: 'Singapore', start: '2015-07', end: '2019-10', bullets: ['Managed 35 engineers; site OEE up 12 points.'] },
      { title: 'Director of Engineering', company: 'Lumen Pharma Asia Pte Ltd', city: 'Singapore', start: '2019-11', end: null, bullets: ['Owns engineering, facilities and a S$180m expansion.'] },
    ],
    edu: [{ school: 'University College Ballinacourty', degree: 'BE Chemical & Process Engineering', start: '2002-09', end: '2006-06' }],
  },
  {
    id: 'p07', language: 'en', name: 'Travis Okonkwo', headline: 'Lead Security Engineer · TS/SCI', city: 'Manassas, VA',
    address: '9314 Brickyard Ridge Ct, Manassas, VA 20110', email: 'travis.okonkwo.sec@outlook.com',
    phone: '+17035550182', phoneShown: '703-555-0182', other: [{ label: 'Work', number: '571-555-0139' }],
    summary: 'Security engineer with 15 years supporting DoD and civilian-agency networks; builds SIEM content, hardens Windows and Linux estates and leads incident response.',
    skills: ['Splunk', 'Linux administration', 'Active Directory | AD', 'STIG compliance | DISA STIGs', 'PowerShell', 'Incident response', 'Ansible'],
    languages: ['English', 'Igbo (spoken)'], certs: ['CISSP (2018)', 'CompTIA Security+ CE'],
    jobs: [
      { title: 'Network Technician', company: 'Shenandoah Data Services', city: 'Winchester, VA', start: '2011-05', end: '2013-08', bullets: ['Cabling, switch configuration and help-desk escalations.'] },
      { title: 'Systems Administrator', company: 'Potomac Ridge Solutions LLC', city: 'Herndon, VA', start: '2013-09', end: '2016-12', bullets: ['Windows and RHEL servers for an Army program office.'] },
      { title: 'Senior Systems Engineer', company: 'Potomac Ridge Solutions LLC', city: 'Herndon, VA', start: '2017-01', end: '2019-06', bullets: ['Automated STIG checks with Ansible; audit findings down 80%.'] },
      { title: 'Cybersecurity Engineer', company: 'Arlington Shield Technologies', city: 'Arlington, VA', start: '2019-07', end: '2022-10', bullets: ['Splunk ES content and IR playbooks for a civilian agency SOC.'] },
      { title: 'Lead Security Engineer', company: 'Tidewater Federal Systems Inc.', city: 'Chantilly, VA', start: '2022-11', end: null, bullets: ['Leads an eight-person team on a classified network.'] },
    ],
    edu: [{ school: 'Blue Ridge State University', degree: 'B.S. Information Technology', start: '2007-08', end: '2011-05' }],
  },
  {
    id: 'p08', language: 'zh', name: '周雨桐', headline: '产品运营经理', city: '杭州',
    address: '浙江省杭州市西湖区文三路 478 号 3 幢', email: 'zhouyutong_hz@163.com',
    phone: '+8613957112486', phoneShown: '139 5711 2486', other: [{ label: '公司前台', number: '0571-8697 3310' }],
    summary: '十年互联网运营经验，做过用户、活动和产品运营，擅长用数据驱动增长，带过 8 人团队。',
    skills: ['用户增长', '数据分析', 'SQL', '活动策划', 'A/B测试 | AB测试', '社群运营', 'Axure'],
    languages: ['英语（CET-6）'], certs: ['PMP（2021）'],
    jobs: [
      { title: '运营专员', company: '杭州知禾网络科技有限公司', city: '杭州', start: '2016-07', end: '2018-03', bullets: ['负责公众号和社群日常运营，粉丝从 2 万增长到 15 万。'] },
      { title: '用户运营主管', company: '杭州知禾网络科技有限公司', city: '杭州', start: '2018-04', end: '2019-12', bullets: ['搭建会员体系，次月留存提升 9 个百分点。'] },
      { title: '高级产品运营', company: '浙江云栖优品电子商务有限公司', city: '杭州', start: '2020-01', end: '2022-08', bullets: ['负责大促活动策划，双 11 单日 GMV 1.3 亿。'] },
      { title: '产品运营经理', company: '杭州青鸟互娱科技有限公司', city: '杭州', start: '2022-09', end: null, bullets: ['带 8 人团队，负责小游戏平台的增长与商业化。'] },
    ],
    edu: [{ school: '浙江东湖大学', degree: '本科 · 市场营销', start: '2012-09', end: '2016-06' }],
  },
  {
    id: 'p09', language: 'zh', name: '贺建军', headline: '总工程师（结构）', city: '上海',
    address: '上海市徐汇区龙华中路 596 弄 12 号 801 室', email: 'hejianjun1978@126.com',
    phone: '+8613816624709', phoneShown: '138-1662-4709', other: [{ label: '办公电话', number: '021-6431 7725' }],
    summary: '国家一级注册结构工程师，从业二十五年，主持超高层、装配式和大跨钢结构项目 60 余项。',
    skills: ['PKPM', 'YJK', 'ETABS', '钢结构设计', '装配式建筑', '施工图审查', 'BIM | 建筑信息模型'],
    languages: ['英语（可阅读专业文献）'], certs: ['一级注册结构工程师', '高级工程师'],
    jobs: [
      { title: '技术员', company: '华东建工集团第三工程有限公司', city: '南京', start: '2001-07', end: '2004-06', bullets: ['现场技术管理、施工方案编制。'] },
      { title: '结构设计师', company: '上海同衡建筑设计院有限公司', city: '上海', start: '2004-07', end: '2008-03', bullets: ['住宅及商业综合体结构设计。'] },
      { title: '主任工程师', company: '上海同衡建筑设计院有限公司', city: '上海', start: '2008-04', end: '2012-12', bullets: ['负责 200 米超高层塔楼结构设计。'] },
      { title: '结构专业负责人', company: '中科鼎元工程设计有限公司', city: '上海', start: '2013-01', end: '2016-09', bullets: ['主持装配式住宅示范项目。'] },
      { title: '副总工程师', company: '中科鼎元工程设计有限公司', city: '上海', start: '2016-10', end: '2020-05', bullets: ['分管结构、施工图审查和技术标准。'] },
      { title: '兼职讲师', company: '上海城建职业学院', city: '上海', start: '2018-09', end: '2021-07', bullets: ['讲授《钢结构设计》课程，每周 4 学时。'] },
      { title: '总工程师', company: '上海恒筑建设工程咨询有限公司', city: '上海', start: '2020-06', end: null, bullets: ['全面负责公司技术质量体系。'] },
    ],
    edu: [{ school: '东海理工大学', degree: '本科 · 土木工程', start: '1997-09', end: '2001-06' }, { school: '同济路工程学院（在职）', degree: '工程硕士 · 结构工程', start: '2006-09', end: '2009-06' }],
  },
  {
    id: 'p10', language: 'zh', name: '陈柏涵', headline: '资深前端工程师', city: '深圳',
    address: '广东省深圳市南山区科苑南路 3168 号', email: 'chenbohan.fe@qq.com',
    phone: '+8618923470516', phoneShown: '189 2347 0516', other: [{ label: '紧急联系人（母亲）', number: '0755-2683 1147' }],
    summary: '九年前端开发经验，熟悉 React/Vue 技术栈，负责过千万级用户的 H5 和中后台项目。',
    skills: ['JavaScript', 'TypeScript', 'React', 'Vue.js | Vue', 'CSS', '响应式网页设计 | 响应式布局', 'Git'],
    languages: ['英语（CET-4）', '粤语'], certs: ['软件设计师（中级）'],
    jobs: [
      { title: '网页设计助理', company: '深圳晴川数字营销有限公司', city: '深圳', start: '2017-08', end: '2018-12', bullets: ['活动页切图与交互实现。'] },
      { title: '前端工程师', company: '深圳柏林顿信息技术有限公司', city: '深圳', start: '2019-01', end: '2022-06', bullets: ['负责电商中后台，组件库从 0 到 1。'] },
      { title: '资深前端工程师', company: '深圳瀚星云端科技有限公司', city: '深圳', start: '2022-07', end: null, bullets: ['主导微前端改造，首屏时间缩短 45%。'] },
    ],
    edu: [{ school: '岭南信息工程学院', degree: '本科 · 数字媒体技术', start: '2013-09', end: '2017-06' }],
  },
  {
    id: 'p11', language: 'zh', name: '马晓晨', headline: '高级专利代理师（电学）', city: '北京',
    address: '北京市海淀区学院路 35 号院 6 号楼', email: 'maxiaochen_ip@foxmail.com',
    phone: '+8618601137925', phoneShown: '186 0113 7925', other: [{ label: '所里座机', number: '010-8262 5530' }],
    summary: '微电子专业出身，先做 MEMS 研发，后转专利代理；撰写、答复、复审无效案件 600 余件。',
    skills: ['专利撰写', '专利检索', '复审无效', 'FTO分析 | 自由实施分析', '半导体', 'MEMS', '英文专利翻译'],
    languages: ['英语（专业八级水平）', '日语（N2）'], certs: ['专利代理师资格证（2019）', '律师职业资格（A证）'],
    jobs: [
      { title: '研发工程师', company: '北京中关村微纳传感技术有限公司', city: '北京', start: '2014-07', end: '2016-08', bullets: ['MEMS 压力传感器工艺开发。'] },
      { title: '专利工程师', company: '北京知远知识产权代理有限公司', city: '北京', start: '2016-09', end: '2019-12', bullets: ['半导体领域专利撰写与审查意见答复。'] },
      { title: '专利代理师', company: '北京知远知识产权代理有限公司', city: '北京', start: '2020-01', end: '2021-10', bullets: ['独立承办复审、无效案件。'] },
      { title: '高级专利代理师', company: '北京华策永信知识产权代理事务所（普通合伙）', city: '北京', start: '2021-11', end: null, bullets: ['带 4 人小组，负责海外客户的 FTO 项目。'] },
    ],
    edu: [{ school: '北方理工大学', degree: '本科 · 微电子科学与工程', start: '2007-09', end: '2011-06' }, { school: '北方理工大学', degree: '硕士 · 微电子学与固体电子学', start: '2011-09', end: '2014-06' }],
  },
  {
    id: 'p12', language: 'zh', name: '唐海燕', headline: '财务总监', city: '成都',
    address: '四川省成都市锦江区东大街 99 号', email: 'tanghaiyan_cd@sina.com',
    phone: '+8615828046173', phoneShown: '158 2804 6173', other: [{ label: '家庭电话', number: '028-8459 2036' }],
    summary: '中级会计师，十六年财务工作经验，熟悉制造业和供应链企业的全盘账务、税务筹划和预算管理。',
    skills: ['全盘账务处理', '纳税申报', '用友U8 | 用友', '金蝶K/3 | 金蝶', '财务分析', '预算管理', 'Excel'],
    languages: ['英语（四级）'], certs: ['中级会计师', '税务师'],
    jobs: [
      { title: '出纳', company: '成都蓉锦商贸有限公司', city: '成都', start: '2010-07', end: '2012-02', bullets: ['现金、银行日记账及报销审核。'] },
      { title: '会计', company: '四川川味坊食品股份有限公司', city: '成都', start: '2012-03', end: '2015-06', bullets: ['成本核算与月结。'] },
      { title: '主管会计', company: '四川川味坊食品股份有限公司', city: '成都', start: '2015-07', end: '2018-12', bullets: ['全盘账务、纳税申报，配合 IPO 审计。'] },
      { title: '兼职记账会计', company: '成都青禾财税服务有限公司', city: '成都', start: '2016-03', end: '2018-06', bullets: ['周末为 6 家小微企业代理记账。'] },
      { title: '财务经理', company: '成都天府优选供应链管理有限公司', city: '成都', start: '2019-01', end: '2023-04', bullets: ['搭建预算体系，资金周转天数缩短 18 天。'] },
      { title: '财务总监', company: '成都锦官城文旅发展有限公司', city: '成都', start: '2023-05', end: null, bullets: ['负责财务、税务及融资工作。'] },
    ],
    edu: [{ school: '西南财经职业学院', degree: '大专 · 会计电算化', start: '2007-09', end: '2010-06' }, { school: '蜀都财经大学（自考）', degree: '本科 · 会计学', start: '2011-03', end: '2013-12' }],
  },
  {
    id: 'p13', language: 'mixed', name: '黃子軒', nameEn: 'Ethan WONG Tsz-hin', headline: 'Analytics Manager · 數據分析經理', city: 'Hong Kong',
    address: 'Flat 9C, Block 2, Lok Wah Court, 38 Tai Hang Road, Causeway Bay, Hong Kong', email: 'ethanwong.tszhin@yahoo.com.hk',
    phone: '+85294127735', phoneShown: '9412 7735', other: [{ label: 'Office 辦公室', number: '2835 6610' }],
    summary: 'Data analyst turned analytics manager; seven years in logistics, insurance and retail. Comfortable presenting to business owners in English and Cantonese.',
    skills: ['Python', 'SQL', 'Tableau', 'Power BI', 'Statistical modelling | statistical modeling', 'Excel VBA | VBA'],
    languages: ['Cantonese 粵語 (native)', 'English (fluent)', 'Putonghua 普通話 (good)'], certs: ['Tableau Desktop Specialist'],
    jobs: [
      { title: 'Data Analyst Intern', company: 'Harbourview Securities Limited', city: 'Central', start: '2018-06', end: '2018-08', bullets: ['Cleaned broker trade data; weekly dashboards.'] },
      { title: 'Data Analyst', company: 'Kowloon Bay Logistics Limited', city: 'Kowloon Bay', start: '2019-07', end: '2021-12', bullets: ['Route and warehouse KPIs in Tableau for 12 depots.'] },
      { title: 'Senior Data Analyst', company: 'Pearl Delta Insurance Company Limited', city: 'Quarry Bay', start: '2022-01', end: '2024-05', bullets: ['Claims-fraud scoring model; HK$9m leakage avoided a year.'] },
      { title: 'Analytics Manager', company: 'Victoria Peak Retail Group', city: 'Tsim Sha Tsui', start: '2024-06', end: null, bullets: ['Leads a team of four; loyalty and pricing analytics.'] },
    ],
    edu: [{ school: 'Lion Rock University of Hong Kong', degree: 'BSc Statistics', start: '2015-09', end: '2019-06' }],
  },
  {
    id: 'p14', language: 'mixed', name: '郑佳怡', nameEn: 'Kelly Zheng', headline: 'Marketing Director 市场总监', city: 'Shanghai',
    address: '上海市长宁区仙霞路 318 弄 5 号 1202 室', email: 'kelly.zheng.jiayi@hotmail.com',
    phone: '+8613761958204', phoneShown: '137 6195 8204', other: [{ label: 'Office 办公室', number: '021-5238 7741 ext. 816' }],
    summary: 'Eleven years in consumer marketing at European brands in China: brand building, social commerce and KOL programmes. 在外企做品牌十一年。',
    skills: ['Brand strategy', 'Digital marketing', 'KOL management | KOL营销 | influencer marketing', 'Market research', 'Budget management', 'Tmall operations | 天猫运营'],
    languages: ['Mandarin 普通话 (native)', 'English (fluent, IELTS 7.5)', 'French (A2)'], certs: ['CIM Certificate in Professional Marketing'],
    jobs: [
      { title: 'Marketing Assistant', company: 'Brauner Consumer Goods (Shanghai) Co., Ltd.', city: 'Shanghai', start: '2015-07', end: '2017-06', bullets: ['Trade-marketing materials and events for 40 KA stores.'] },
      { title: 'Brand Executive', company: 'Maison Clairval China', city: 'Shanghai', start: '2017-07', end: '2019-09', bullets: ['Launched the brand on Tmall and Xiaohongshu.'] },
      { title: 'Senior Brand Manager', company: 'Maison Clairval China', city: 'Shanghai', start: '2019-10', end: '2022-03', bullets: ['RMB 60m media budget; KOL programme of 300 creators.'] },
      { title: 'Marketing Director', company: 'Nordhavn Home (Shanghai) Co., Ltd.', city: 'Shanghai', start: '2022-04', end: null, bullets: ['Runs marketing for China; team of 12.'] },
    ],
    edu: [{ school: '华东外国语大学 East China International Studies University', degree: 'BA Advertising 广告学', start: '2011-09', end: '2015-06' }],
  },
  {
    id: 'p15', language: 'mixed', name: '欧阳明', nameEn: 'Owen OUYANG Ming', headline: 'Regional Supply Chain Director', city: 'Singapore',
    address: 'Blk 512 Bedok North Avenue 2, #11-305, Singapore 460512', email: 'owen.ouyang.scm@singnet.com.sg',
    phone: '+6591473826', phoneShown: '+65 9147 3826', other: [{ label: 'Office', number: '+65 6593 2280' }],
    summary: 'Supply-chain leader with fourteen years across cold chain, precision engineering and medical devices in Singapore and the region; part-time polytechnic lecturer for three years.',
    skills: ['S&OP | Sales and Operations Planning', 'SAP MM', 'Demand planning', 'Inventory optimisation | inventory optimization', 'Supplier negotiation', 'Power BI', 'Lean'],
    languages: ['English', 'Mandarin 华语', 'Hokkien (spoken)'], certs: ['APICS CSCP', 'WSQ Advanced Certificate in Training and Assessment'],
    jobs: [
      { title: 'Logistics Executive', company: 'Merlion Cold Chain Pte Ltd', city: 'Singapore', start: '2012-08', end: '2014-12', bullets: ['Inbound scheduling for a 9,000-pallet cold store.'] },
      { title: 'Supply Chain Analyst', company: 'Jurong Precision Components Pte Ltd', city: 'Singapore', start: '2015-01', end: '2017-03', bullets: ['Demand forecasts for 2,400 SKUs.'] },
      { title: 'Supply Chain Manager', company: 'Jurong Precision Components Pte Ltd', city: 'Singapore', start: '2017-04', end: '2020-06', bullets: ['Introduced monthly S&OP; inventory down S$7m.'] },
      { title: 'Adjunct Lecturer (part-time)', company: 'Eastbay Polytechnic', city: 'Singapore', start: '2019-01', end: '2021-12', bullets: ['Taught Supply Chain Analytics, evening diploma.'] },
      { title: 'Regional Supply Chain Director', company: 'Straits Medtech Asia Pte Ltd', city: 'Singapore', start: '2020-07', end: null, bullets: ['Planning, procurement and logistics for 7 APAC markets.'] },
    ],
    edu: [{ school: 'Kent Ridge Institute of Technology', degree: 'BEng Industrial & Systems Engineering', start: '2008-08', end: '2012-06' }],
  },
  {
    id: 'p16', language: 'mixed', name: '李嘉欣', nameEn: 'Jessie Li', headline: 'Cross-border E-commerce Specialist', city: 'Shenzhen',
    address: '广东省深圳市南山区前海路 1199 号', email: 'jessie.li.jiaxin@outlook.com',
    phone: '+8618926473051', phoneShown: '+86 189 2647 3051', other: [{ label: 'HK mobile (until 06/2024)', number: '+852 6173 0482' }],
    summary: 'Business graduate from Hong Kong, two years in cross-border e-commerce; runs Amazon and Shopify stores for the US and EU markets.',
    skills: ['Amazon Seller Central', 'Shopify', 'Google Ads', 'Canva', 'Copywriting', 'Data analysis'],
    languages: ['Mandarin 普通话', 'Cantonese 粤语', 'English (IELTS 7.0)'], certs: ['Google Ads Search Certification'],
    jobs: [
      { title: 'Marketing Intern', company: 'Greenbay Electronics (Shenzhen) Co., Ltd.', city: 'Shenzhen', start: '2023-06', end: '2023-08', bullets: ['Amazon listing copy and A+ content for 25 products.'] },
      { title: 'Cross-border E-commerce Specialist', company: 'Qianhai Orbit Trading Co., Ltd.', city: 'Shenzhen', start: '2024-07', end: null, bullets: ['Runs two Amazon stores (US, DE) and a Shopify site.'] },
    ],
    edu: [{ school: 'Harbour City University (Hong Kong)', degree: 'BBA Marketing', start: '2020-09', end: '2024-06' }],
  },
];

/** The printed spelling of a truth skill. */
export const printed = (s: string) => s.split(' | ')[0];
