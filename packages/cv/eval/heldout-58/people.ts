/**
 * heldout-58: 16 invented people. Every name, employer, school, address, e-mail and number is made up.
 * Phone numbers have the right shape for their country but are invented (AU uses ACMA's fictitious 0491 570 range).
 * `skills` are truth strings: the printed spelling first, then synonyms / abbreviations after " | ".
 */
export type Lang = 'en' | 'zh' | 'mixed';
export interface Job {
  company: string; // as printed, without the town
  title: string;
  town: string;
  start: string; // YYYY-MM
  end: string | null;
  duties: string[];
  clients?: string[]; // consultancy clients: never employers
}
export interface School { school: string; degree: string; start: string; end: string }
export interface Person {
  id: string;
  language: Lang;
  name: string; // as the truth wants it (Chinese name for mixed people)
  roman?: string; // the romanised / English name printed beside it
  headline: string;
  town: string;
  address: string;
  email: string;
  phone: string; // E.164 of the candidate's own mobile
  mobile: string; // how the mobile is printed nationally (no country code)
  others: { label: string; number: string }[]; // landline / office / fax: never the truth
  messenger?: string; // label printed with the mobile (WhatsApp, Signal …)
  skills: string[];
  work: Job[];
  education: School[];
  languages: string[];
  certs: string[];
  summary: string;
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Tamsin Fairweather', headline: 'Civil engineer — water infrastructure',
    town: 'Newcastle NSW', address: '14 Corella Street, Merewether NSW 2291',
    email: 'tamsin.fairweather.eng@gmail.com', phone: '+61491570313', mobile: '0491 570 313',
    others: [{ label: 'Home', number: '(02) 4960 1127' }],
    skills: ['Civil 3D | AutoCAD Civil 3D', '12d Model', 'Hydraulic modelling', 'Contract administration', 'Stakeholder engagement', 'Asset management', 'ArcGIS', 'MS Project | Microsoft Project'],
    work: [
      { company: 'Meridian Civil Pty Ltd', title: 'Graduate Civil Engineer', town: 'Maitland', start: '2013-02', end: '2015-06', duties: ['Designed subdivision stormwater and road drainage in 12d Model', 'Prepared quantities and tender drawings for 11 council contracts'] },
      { company: 'Coalcliff Shire Council', title: 'Civil Engineer', town: 'Cessnock', start: '2015-07', end: '2018-09', duties: ['Managed the $4.2M Wollombi Road culvert renewal program', 'Reviewed developer engineering plans against council specifications'] },
      { company: 'Coalcliff Shire Council', title: 'Senior Project Engineer', town: 'Cessnock', start: '2018-10', end: '2021-03', duties: ['Led a team of four engineers and two drafters', 'Administered AS 4000 construction contracts up to $9M'] },
      { company: 'Tarrawong Water', title: 'Asset Planning Lead', town: 'Newcastle', start: '2021-04', end: null, duties: ['Own the 20-year renewal plan for 1,900 km of water mains', 'Built hydraulic models for three new growth-area reservoirs', 'Chair the capital works prioritisation panel'] },
    ],
    education: [{ school: 'Hunter Coast University', degree: 'Bachelor of Engineering (Civil) (Honours)', start: '2009-02', end: '2012-11' }],
    languages: ['English (native)', 'Auslan (basic)'],
    certs: ['Chartered Professional Engineer (CPEng), Engineers Australia', 'NSW Driver Licence (Class C)', 'General Construction Induction (White Card)'],
    summary: 'Chartered civil engineer with thirteen years in local government and water utilities, from design through contract administration to long-range asset planning.',
  },
  {
    id: 'p02', language: 'en', name: 'Chiara Bellandi', headline: 'Supply chain planner — S&OP',
    town: 'Bologna', address: 'Via del Pratello 48, 40122 Bologna (BO)',
    email: 'chiara.bellandi@libero.it', phone: '+393472185096', mobile: '347 218 5096',
    others: [{ label: 'Home', number: '051 644 2183' }],
    skills: ['SAP APO', 'S&OP | Sales and Operations Planning', 'Demand forecasting', 'Power BI', 'Advanced Excel | Excel', 'SQL', 'Inventory optimisation', 'Lean methods'],
    work: [
      { company: 'Ferrovelli Imballaggi S.p.A.', title: 'Supply Chain Intern', town: 'Imola', start: '2014-03', end: '2014-08', duties: ['Cleaned master data for 2,300 SKUs before the SAP roll-out'] },
      { company: 'Ferrovelli Imballaggi S.p.A.', title: 'Junior Demand Planner', town: 'Imola', start: '2014-09', end: '2017-01', duties: ['Monthly statistical forecast for the packaging film range', 'Weekly stock review with the two plants'] },
      { company: 'Gruppo Saltarelli Alimentare S.r.l.', title: 'Supply Chain Analyst', town: 'Modena', start: '2017-02', end: '2021-10', duties: ['Introduced SAP APO demand planning for 14 markets', 'Cut finished-goods stock by 18 % while keeping service at 97 %'] },
      { company: 'Lunetta Pharma Logistics S.r.l.', title: 'S&OP Manager', town: 'Bologna', start: '2021-11', end: null, duties: ['Run the monthly S&OP cycle for the Italian and Iberian sites', 'Built the Power BI capacity dashboard used by the board'] },
    ],
    education: [{ school: 'Università di Porta Galliera', degree: 'Laurea Magistrale in Management Engineering', start: '2011-10', end: '2013-12' }],
    languages: ['Italian (native)', 'English (C1)', 'German (B1)'],
    certs: ['APICS CPIM Part 1', 'Lean Six Sigma Green Belt'],
    summary: 'Planner who likes the numbers to agree with the warehouse: demand planning, S&OP and inventory policy in food and pharma logistics.',
  },
  {
    id: 'p03', language: 'en', name: 'Íñigo Salaverría Ruiz', headline: 'Test automation lead',
    town: 'Bilbao', address: 'Calle Licenciado Poza 71, 4º izda., 48013 Bilbao (Bizkaia)',
    email: 'inigo.salaverria@protonmail.com', phone: '+34654218793', mobile: '654 21 87 93', messenger: 'WhatsApp',
    others: [{ label: 'Home', number: '944 27 15 60' }],
    skills: ['Selenium WebDriver | Selenium', 'Cypress', 'Playwright', 'JMeter | Apache JMeter', 'Java', 'Jenkins', 'BDD | Behaviour-Driven Development', 'Postman'],
    work: [
      { company: 'Bidasoa Sistemas S.L.', title: 'Software Tester', town: 'Irun', start: '2012-10', end: '2015-05', duties: ['Manual regression testing of a hospital pharmacy system', 'Wrote the first Selenium smoke suite of the team'] },
      { company: 'Nervión Digital S.A.', title: 'QA Engineer', town: 'Bilbao', start: '2015-06', end: '2019-12', duties: ['Automated the web banking regression pack (1,400 cases)', 'Load tests with JMeter for the mobile API'] },
      { company: 'Nervión Digital S.A.', title: 'Senior QA Engineer', town: 'Bilbao', start: '2020-01', end: '2022-02', duties: ['Moved the UI suites from Selenium to Cypress', 'Coached three squads in BDD with Gherkin'] },
      { company: 'Kaleko Mobility S.L.', title: 'Test Automation Lead', town: 'Bilbao', start: '2022-03', end: null, duties: ['Lead a team of five test engineers', 'Built the Playwright framework and the Jenkins quality gates'] },
    ],
    education: [{ school: 'Universidad de Artxanda', degree: 'Grado en Ingeniería Informática', start: '2008-09', end: '2012-06' }],
    languages: ['Spanish (native)', 'Basque (native)', 'English (B2)'],
    certs: ['ISTQB Certified Tester – Advanced Level Test Automation Engineer'],
    summary: 'Fourteen years in software testing, the last ten automating it.',
  },
  {
    id: 'p04', language: 'en', name: 'Margaux Lefebvre-Dantec', headline: 'CRM & loyalty manager',
    town: 'Lyon', address: '27 rue Sébastien-Gryphe, 69007 Lyon',
    email: 'margaux.lefebvre.dantec@orange.fr', phone: '+33671423895', mobile: '06 71 42 38 95',
    others: [{ label: 'Home', number: '04 78 61 27 93' }],
    skills: ['Salesforce Marketing Cloud | SFMC', 'Customer segmentation', 'A/B testing', 'Google Analytics 4 | GA4', 'SQL', 'Marketing automation', 'Brevo', 'Looker Studio'],
    work: [
      { company: 'Maison Verdaval', title: 'Marketing Apprentice (alternance)', town: 'Villeurbanne', start: '2013-09', end: '2015-08', duties: ['Newsletter production and the first loyalty-card mailing'] },
      { company: 'Groupe Cassiopée Retail', title: 'CRM Specialist', town: 'Lyon', start: '2015-09', end: '2019-03', duties: ['Segmented a base of 2.1 million loyalty members', 'Ran 40 A/B tests a year on e-mail and SMS'] },
      { company: 'Lumenlit SAS', title: 'CRM & Loyalty Manager', town: 'Lyon', start: '2019-04', end: '2023-06', duties: ['Moved CRM from an in-house tool to Salesforce Marketing Cloud', 'Grew repeat purchase rate from 31 % to 38 %'] },
      { company: 'Maison Tournelle SAS', title: 'Head of CRM', town: 'Lyon', start: '2023-09', end: null, duties: ['Lead the CRM and data team (6 people)', 'Launched the omnichannel loyalty programme in 120 shops'] },
    ],
    education: [
      { school: 'École de Commerce de Fourvière', degree: 'Master in Digital Marketing (work-study)', start: '2013-09', end: '2015-08' },
      { school: 'Université Lyon Rive Gauche', degree: 'Licence in Economics and Management', start: '2010-09', end: '2013-06' },
    ],
    languages: ['French (native)', 'English (C1)', 'Spanish (B1)'],
    certs: ['Salesforce Certified Marketing Cloud Email Specialist'],
    summary: 'CRM manager in retail and home goods; I turn loyalty data into campaigns that pay for themselves.',
  },
  {
    id: 'p05', language: 'en', name: 'Katarzyna Wróblewska', headline: 'Financial controller',
    town: 'Kraków', address: 'ul. Racławicka 19/7, 30-103 Kraków',
    email: 'k.wroblewska@wp.pl', phone: '+48512384906', mobile: '512 384 906', messenger: 'Signal',
    others: [{ label: 'Landline', number: '12 655 41 20' }],
    skills: ['SAP FI', 'Oracle EBS', 'IFRS reporting', 'Month-end close', 'Account reconciliations', 'Power Query', 'VBA', 'Intercompany accounting'],
    work: [
      { company: 'Vistula Business Services Sp. z o.o.', title: 'Accounts Payable Intern', town: 'Kraków', start: '2013-07', end: '2013-12', duties: ['Invoice registration and vendor master data'] },
      { company: 'Vistula Business Services Sp. z o.o.', title: 'Accounts Payable Accountant', town: 'Kraków', start: '2014-01', end: '2016-06', duties: ['Processed 1,500 invoices a month for Nordic clients', 'Vendor reconciliations and payment runs'] },
      { company: 'Nordhaven Shared Services Kraków Sp. z o.o.', title: 'General Ledger Accountant', town: 'Kraków', start: '2016-07', end: '2020-08', duties: ['Month-end close for five UK and Irish entities', 'Accruals, prepayments and fixed assets in SAP FI'] },
      { company: 'Nordhaven Shared Services Kraków Sp. z o.o.', title: 'Team Leader, Record to Report', town: 'Kraków', start: '2020-09', end: '2023-01', duties: ['Led 11 accountants; close shortened from WD+7 to WD+4', 'Automated intercompany matching with Power Query'] },
      { company: 'Kestrel Avionics Polska Sp. z o.o.', title: 'Financial Controller', town: 'Kraków', start: '2023-02', end: null, duties: ['Statutory and IFRS group reporting for the Polish entity', 'Budget, forecast and transfer-pricing documentation'] },
    ],
    education: [{ school: 'Nowa Huta School of Finance', degree: 'MSc Finance and Accounting', start: '2011-10', end: '2013-06' }],
    languages: ['Polish (native)', 'English (C1)', 'Spanish (A2)'],
    certs: ['ACCA Affiliate', 'Certified accountant exams, Polish Ministry of Finance (2 of 4)'],
    summary: 'Thirteen years in shared services and controlling, from AP to IFRS reporting.',
  },
  {
    id: 'p06', language: 'en', name: 'Thiago Nascimento Albuquerque', headline: 'Reliability engineer (mining & pelletising)',
    town: 'Belo Horizonte', address: 'Rua Grão Mogol 512, ap. 301, Sion, Belo Horizonte – MG, 30315-010',
    email: 'thiago.n.albuquerque@hotmail.com', phone: '+5531984572316', mobile: '(31) 98457-2316',
    others: [{ label: 'Home', number: '(31) 3287-4409' }],
    skills: ['RCM | Reliability-Centred Maintenance', 'FMEA', 'Vibration analysis', 'SAP PM', 'Root cause analysis | RCA', 'Predictive maintenance', 'Weibull analysis', 'Power BI'],
    work: [
      { company: 'Metalúrgica Serra Azul Ltda.', title: 'Maintenance Intern', town: 'Contagem', start: '2011-01', end: '2011-12', duties: ['Lubrication routes and spare-parts inventory'] },
      { company: 'Metalúrgica Serra Azul Ltda.', title: 'Maintenance Technician', town: 'Contagem', start: '2012-01', end: '2014-12', duties: ['Preventive maintenance of rolling mill gearboxes', 'Vibration data collection with portable analysers'] },
      { company: 'Mineração Carajuru S.A.', title: 'Reliability Engineer', town: 'Itabira', start: '2015-02', end: '2020-05', duties: ['RCM studies for crushers, conveyors and ball mills', 'Cut conveyor unplanned downtime by 27 %'] },
      { company: 'Mineração Carajuru S.A.', title: 'Maintenance Planning Coordinator', town: 'Itabira', start: '2020-06', end: '2022-10', duties: ['Coordinated 14 planners and the SAP PM backlog', 'Shutdown planning for two concentrator plants'] },
      { company: 'Ferroeste Pelotização Ltda.', title: 'Reliability Manager', town: 'Ouro Branco', start: '2022-11', end: null, duties: ['Head the reliability and predictive maintenance team', 'Weibull-based spare-parts policy for the induration furnace'] },
    ],
    education: [{ school: 'Universidade Federal do Alto Paraopeba', degree: 'BSc Mechanical Engineering', start: '2008-02', end: '2013-12' }],
    languages: ['Portuguese (native)', 'English (advanced)', 'Spanish (intermediate)'],
    certs: ['CMRP – Certified Maintenance & Reliability Professional', 'NR-10 and NR-35 safety training'],
    summary: 'Maintenance and reliability engineer with fifteen years in steel, iron-ore mining and pelletising.',
  },
  {
    id: 'p07', language: 'en', name: 'Valentina Sosa Etcheverry', headline: 'UX research consultant',
    town: 'Buenos Aires', address: 'Av. Díaz Vélez 4120, 6° B, C1200 CABA',
    email: 'vale.sosa.ux@gmail.com', phone: '+5491148723306', mobile: '11 15-4872-3306', messenger: 'Telegram',
    others: [{ label: 'Tel. (office)', number: '(011) 4958-2270' }],
    skills: ['User research', 'Usability testing', 'Figma', 'Service design', 'Journey mapping', 'Dovetail', 'Workshop facilitation', 'Quantitative surveys'],
    work: [
      { company: 'Pampa Interactiva S.R.L.', title: 'UX Designer', town: 'Buenos Aires', start: '2014-04', end: '2017-08', duties: ['Wireframes and prototypes for e-commerce and media sites'] },
      { company: 'Tandil Consulting Group', title: 'Senior UX Consultant', town: 'Buenos Aires', start: '2017-09', end: '2020-12', duties: ['Research and design on client engagements of 3–9 months'], clients: ['Banco Austral del Sur (retail banking app)', 'Correo Andino (parcel tracking)', 'Farmacias Riolar (e-commerce)'] },
      { company: 'Tandil Consulting Group', title: 'UX Research Lead', town: 'Buenos Aires', start: '2021-01', end: '2023-03', duties: ['Led the research practice of 7 researchers'], clients: ['Aerovías del Plata (booking flow)', 'Provincial Ministry of Modernisation, Río Seco (citizen portal)'] },
      { company: 'Cardumen Studio', title: 'Principal Researcher', town: 'Buenos Aires', start: '2023-04', end: null, duties: ['Set up the research ops and the Dovetail repository', 'Service design for fintech and health clients'] },
    ],
    education: [{ school: 'Universidad del Riachuelo', degree: 'Licenciatura en Diseño Gráfico', start: '2009-03', end: '2013-12' }],
    languages: ['Spanish (native)', 'English (C2)', 'Portuguese (B2)'],
    certs: ['Nielsen Norman Group UX Certificate'],
    summary: 'Researcher and service designer; twelve years between studios, consultancies and in-house teams.',
  },
  {
    id: 'p08', language: 'en', name: 'Omar Khaled Farouk', headline: 'Network architect',
    town: 'Cairo', address: '17 El-Nozha Street, Heliopolis, Cairo',
    email: 'omar.k.farouk@outlook.com', phone: '+201028475513', mobile: '010 2847 5513',
    others: [{ label: 'Tel', number: '02 2735 6019' }, { label: 'Fax', number: '02 2735 6020' }],
    skills: ['Cisco IOS XE', 'BGP', 'OSPF', 'MPLS', 'FortiGate | Fortinet FortiGate', 'SD-WAN', 'Python', 'Ansible'],
    work: [
      { company: 'Nile Delta Telecom Services', title: 'NOC Engineer', town: 'Cairo', start: '2012-09', end: '2015-03', duties: ['24/7 monitoring of 900 enterprise links', 'First-line troubleshooting of MPLS VPN customers'] },
      { company: 'Pharos Data Systems S.A.E.', title: 'Network Engineer', town: 'Alexandria', start: '2015-04', end: '2019-07', duties: ['Data-centre refresh for two banks (Nexus and Catalyst)', 'FortiGate firewall migrations'] },
      { company: 'Sinai Cloud Networks', title: 'Senior Network Engineer', town: 'New Cairo', start: '2019-08', end: '2023-11', duties: ['BGP peering and the SD-WAN roll-out to 140 branches', 'Wrote Ansible playbooks for configuration backup'] },
      { company: 'Sinai Cloud Networks', title: 'Network Architect', town: 'New Cairo', start: '2023-12', end: null, duties: ['Design authority for the regional backbone', 'Mentor four engineers'] },
    ],
    education: [{ school: 'Heliopolis Higher Institute of Engineering', degree: 'BSc Communications and Electronics Engineering', start: '2007-09', end: '2012-06' }],
    languages: ['Arabic (native)', 'English (fluent)'],
    certs: ['CCNP Enterprise', 'Fortinet NSE 4', 'JNCIA-Junos'],
    summary: 'Network engineer with fourteen years in service-provider and enterprise networks.',
  },
  {
    id: 'p09', language: 'en', name: 'Elif Karataş', headline: 'HR business partner',
    town: 'Istanbul', address: 'Caferağa Mah. Moda Cad. No: 88/5, Kadıköy, İstanbul',
    email: 'elif.karatas@yandex.com', phone: '+905324172865', mobile: '0532 417 28 65',
    others: [{ label: 'Home', number: '0216 348 52 17' }],
    skills: ['Talent acquisition', 'Employee relations', 'Performance management', 'Workday HCM | Workday', 'SAP SuccessFactors', 'Compensation & benefits | C&B', 'HR analytics', 'Turkish labour law'],
    work: [
      { company: 'Marmara Örme Tekstil A.Ş.', title: 'HR Intern', town: 'Bursa', start: '2012-06', end: '2012-09', duties: ['Personnel files and SGK entries for seasonal staff'] },
      { company: 'Kuzey Yıldızı Perakende A.Ş.', title: 'HR Specialist', town: 'Istanbul', start: '2013-02', end: '2016-05', duties: ['Store recruitment for 60 shops', 'Payroll inputs and leave records'] },
      { company: 'Levent Pharma İlaç San. A.Ş.', title: 'Senior HR Specialist', town: 'Istanbul', start: '2016-06', end: '2019-12', duties: ['Performance cycle for 1,200 employees', 'Compensation benchmarking'] },
      { company: 'Levent Pharma İlaç San. A.Ş.', title: 'HR Business Partner', town: 'Istanbul', start: '2020-01', end: '2022-08', duties: ['Partner to the commercial and medical directors', 'Moved the performance process to SAP SuccessFactors'] },
      { company: 'Tuzla Dijital Teknoloji A.Ş.', title: 'HRBP Lead', town: 'Istanbul', start: '2022-09', end: null, duties: ['Lead three HRBPs for 900 engineers', 'Set up the HR analytics dashboards in Workday'] },
    ],
    education: [{ school: 'Kadıköy University', degree: 'BA Psychology', start: '2008-09', end: '2012-06' }],
    languages: ['Turkish (native)', 'English (C1)', 'German (A2)'],
    certs: ['SHRM-CP', 'Certified Coach (ICF ACC)'],
    summary: 'HR business partner from retail, pharma and tech; fourteen years with people, policies and numbers.',
  },
  {
    id: 'p10', language: 'en', name: 'Park Ji-hoon', headline: 'Mobile tech lead (Android)',
    town: 'Seoul', address: '302-1104, 55 Dokseodang-ro, Seongdong-gu, Seoul',
    email: 'jihoon.park.dev@naver.com', phone: '+821048217395', mobile: '010-4821-7395', messenger: 'KakaoTalk',
    others: [{ label: 'Office', number: '02-6925-3140' }],
    skills: ['Kotlin', 'Java', 'Android SDK', 'Jetpack Compose', 'RxJava', 'Spring Boot', 'CI/CD', 'GraphQL'],
    work: [
      { company: 'Hanbit Softworks', title: 'Software Engineer Intern', town: 'Seoul', start: '2013-07', end: '2013-12', duties: ['Built an internal leave-request Android app'] },
      { company: 'Nuri Mobile Co., Ltd.', title: 'Android Developer', town: 'Seongnam', start: '2014-02', end: '2017-06', duties: ['Developed a news app with 3M downloads', 'Introduced RxJava and unit tests'] },
      { company: 'Gangnam Fintech Labs', title: 'Senior Android Engineer', town: 'Seoul', start: '2017-07', end: '2021-09', duties: ['Payments app rewritten in Kotlin', 'Crash-free sessions raised to 99.8 %'] },
      { company: 'Songdo Commerce Inc.', title: 'Mobile Tech Lead', town: 'Incheon', start: '2021-10', end: null, duties: ['Lead 9 Android and iOS engineers', 'Moved the UI to Jetpack Compose and set up CI/CD'] },
    ],
    education: [{ school: 'Hanyeol University', degree: 'BS Computer Science and Engineering', start: '2008-03', end: '2014-02' }],
    languages: ['Korean (native)', 'English (OPIc IH)', 'Japanese (JLPT N2)'],
    certs: ['Engineer Information Processing (정보처리기사)', 'Military service completed (2010–2012)'],
    summary: 'Android engineer since 2014, now leading a mobile team in e-commerce.',
  },
  {
    id: 'p11', language: 'zh', name: '张雅琴', headline: '用户增长 / 数据分析',
    town: '上海', address: '上海市徐汇区龙华西路 318 弄 6 号 502 室',
    email: 'zhangyaqin_data@163.com', phone: '+8618621735904', mobile: '186 2173 5904',
    others: [{ label: '电话（宅）', number: '021-6488 3721' }],
    skills: ['SQL', 'Python', 'Tableau', '用户增长', 'A/B测试 | AB测试 | A/B testing', '数据建模', 'Excel', 'Hive'],
    work: [
      { company: '上海禾田电子商务有限公司', title: '运营专员', town: '上海', start: '2013-07', end: '2016-02', duties: ['负责天猫店铺日常运营与活动报名', '搭建店铺周报，跟踪转化率与客单价'] },
      { company: '杭州云帆网络科技有限公司', title: '数据运营主管', town: '杭州', start: '2016-03', end: '2019-08', duties: ['带领 4 人数据运营小组', '建立会员分层模型，复购率提升 9 个百分点'] },
      { company: '上海星澜零售科技有限公司', title: '高级数据分析经理', town: '上海', start: '2019-09', end: '2022-12', duties: ['搭建 A/B 测试平台与指标体系', '用 Hive + Tableau 建设经营分析看板'] },
      { company: '上海星澜零售科技有限公司', title: '用户增长总监', town: '上海', start: '2023-01', end: null, duties: ['负责 App 与小程序的拉新、留存与召回', '管理 12 人增长团队，年新增用户 600 万'] },
    ],
    education: [{ school: '上海滨江财经大学', degree: '统计学 本科', start: '2009-09', end: '2013-06' }],
    languages: ['英语（CET-6，可作为工作语言）'],
    certs: ['CDA 数据分析师（二级）', '大学英语六级'],
    summary: '十三年电商与零售运营经验，擅长用数据驱动用户增长。',
  },
  {
    id: 'p12', language: 'zh', name: '林佳蓉', headline: '品質經理',
    town: '台中', address: '台中市西屯區福科路 386 巷 12 號 5 樓',
    email: 'chiajung.lin@yahoo.com.tw', phone: '+886912583047', mobile: '0912-583-047', messenger: 'LINE',
    others: [{ label: '公司電話', number: '(04)2359-6120 分機 215' }, { label: '傳真', number: '(04)2359-6133' }],
    skills: ['ISO 9001 品質系統 | ISO 9001', 'IATF 16949', 'SPC統計製程管制 | SPC', '8D報告 | 8D', 'FMEA', 'Minitab', '三次元量測 | CMM', '供應商稽核'],
    work: [
      { company: '台中精密機械股份有限公司', title: '品保工程師', town: '台中', start: '2014-08', end: '2018-03', duties: ['進料與製程檢驗標準制定', '客訴分析與 8D 報告撰寫'] },
      { company: '鼎昇光電股份有限公司', title: '資深品保工程師', town: '台中', start: '2018-04', end: '2021-06', duties: ['導入 SPC 管制圖，不良率下降 35%', '主導 IATF 16949 驗證'] },
      { company: '鼎昇光電股份有限公司', title: '品保課長', town: '台中', start: '2021-07', end: '2024-02', duties: ['管理 9 名品保人員', '供應商稽核與年度評鑑'] },
      { company: '嘉原醫材股份有限公司', title: '品質經理', town: '彰化', start: '2024-03', end: null, duties: ['建立醫療器材品質系統', '負責客戶與主管機關稽核'] },
    ],
    education: [{ school: '國立大肚山科技大學', degree: '機械工程系 學士', start: '2010-09', end: '2014-06' }],
    languages: ['中文（母語）', '台語（流利）', '英文（多益 785）'],
    certs: ['ISO 9001 主導稽核員', '品質工程師 CQE（中華民國品質學會）'],
    summary: '十二年品保與品質管理經驗，熟悉精密機械、光電與醫療器材產業。',
  },
  {
    id: 'p13', language: 'zh', name: '王浩然', headline: '系统工程师 / 项目负责人',
    town: '东京', address: '東京都江東区東陽 4-9-15 サンライズ東陽 603',
    email: 'wang.haoran.tokyo@gmail.com', phone: '+819031876642', mobile: '090-3187-6642',
    others: [{ label: '公司代表电话', number: '03-5632-1180' }],
    skills: ['Java', 'Spring Framework', 'Oracle Database', 'AWS', '需求定义 | 要件定义', '基本设计', 'Docker', '项目管理'],
    work: [
      { company: '大连海辰软件有限公司', title: 'Java开发工程师', town: '大连', start: '2012-07', end: '2015-09', duties: ['对日外包：日本保险公司核心系统的详细设计与开发', '编写单元测试规格书'] },
      { company: '株式会社ネクサスブリッジ', title: '系统工程师', town: '东京', start: '2015-10', end: '2019-03', duties: ['常驻客户现场，负责物流系统改修', '与日方客户进行需求确认'] },
      { company: '株式会社ミドリテック', title: '项目负责人', town: '东京', start: '2019-04', end: null, duties: ['负责零售客户的订单系统更新（团队 15 人）', '推进 AWS 迁移，进行需求定义与基本设计'] },
    ],
    education: [{ school: '大连东港理工学院', degree: '计算机科学与技术 本科', start: '2008-09', end: '2012-06' }],
    languages: ['中文（母语）', '日语（商务）', '英语（阅读）'],
    certs: ['日本语能力考试 N1', '基本情报技术者考试', 'AWS Certified Solutions Architect – Associate'],
    summary: '在日工作十余年的系统工程师，熟悉日式开发流程。',
  },
  {
    id: 'p14', language: 'mixed', name: '李振雄', roman: 'Lee Chin Hoong', headline: 'Operations manager — semiconductor & photonics',
    town: 'Penang', address: '21, Lorong Bukit Jambul 3, 11900 Bayan Lepas, Pulau Pinang',
    email: 'chinhoong.lee@gmail.com', phone: '+60127384159', mobile: '012-738 4159', messenger: 'WhatsApp',
    others: [{ label: 'House', number: '04-658 2314' }],
    skills: ['SMT process', 'Six Sigma DMAIC', 'SPC', 'Lean manufacturing', 'Minitab', 'PFMEA', 'Cost reduction', 'Kaizen'],
    work: [
      { company: 'Bayan Lepas Precision Sdn. Bhd.', title: 'Process Engineer', town: 'Bayan Lepas', start: '2013-06', end: '2016-12', duties: ['SMT line set-up and yield improvement', 'PFMEA and control plans for new products'] },
      { company: 'Perai Semitech Sdn. Bhd.', title: 'Senior Process Engineer', town: 'Perai', start: '2017-01', end: '2020-04', duties: ['Led DMAIC projects saving RM 1.8 million a year'] },
      { company: 'Perai Semitech Sdn. Bhd.', title: 'Engineering Section Manager', town: 'Perai', start: '2020-05', end: '2023-07', duties: ['Managed 22 engineers and technicians', 'Kaizen programme across three buildings'] },
      { company: 'Kulim Photonics (M) Sdn. Bhd.', title: 'Operations Manager', town: 'Kulim', start: '2023-08', end: null, duties: ['Run production for optical transceivers (450 staff)', 'Cost reduction and the new clean-room ramp-up'] },
    ],
    education: [{ school: 'Universiti Teknologi Seberang', degree: 'B.Eng. (Hons) Mechatronics Engineering', start: '2009-07', end: '2013-05' }],
    languages: ['English', 'Bahasa Malaysia', 'Mandarin', 'Cantonese', 'Hokkien'],
    certs: ['Six Sigma Black Belt (ASQ CSSBB)', 'Graduate Engineer, Board of Engineers Malaysia'],
    summary: 'Thirteen years in Penang and Kulim electronics manufacturing, from process engineering to plant operations.',
  },
  {
    id: 'p15', language: 'mixed', name: '陈佩玲', roman: 'Tan Pei Ling', headline: 'Financial crime compliance',
    town: 'Singapore', address: 'Blk 418 Bedok North Avenue 2, #09-127, Singapore 460418',
    email: 'tan.peiling.sg@gmail.com', phone: '+6591827364', mobile: '9182 7364',
    others: [{ label: 'Office (DID)', number: '6538 2716' }],
    skills: ['AML/CFT | Anti-Money Laundering', 'KYC | Know Your Customer', 'Transaction monitoring', 'NICE Actimize | Actimize', 'Regulatory reporting', 'Sanctions screening', 'Risk assessment', 'SQL'],
    work: [
      { company: 'Raffles Quay Trust Bank', title: 'Management Trainee', town: 'Singapore', start: '2014-07', end: '2015-06', duties: ['Rotations in operations, compliance and retail banking'] },
      { company: 'Raffles Quay Trust Bank', title: 'Compliance Analyst', town: 'Singapore', start: '2015-07', end: '2018-03', duties: ['KYC reviews of high-risk customers', 'Transaction-monitoring alert investigation'] },
      { company: 'Marina Straits Securities Pte. Ltd.', title: 'AML Compliance Officer', town: 'Singapore', start: '2018-04', end: '2022-05', duties: ['Tuned NICE Actimize scenarios', 'Filed STRs and prepared MAS inspection packs'] },
      { company: 'Lion City Private Bank Ltd', title: 'Assistant Vice President, Financial Crime Compliance', town: 'Singapore', start: '2022-06', end: null, duties: ['Enterprise-wide AML risk assessment', 'Sanctions screening quality assurance'] },
    ],
    education: [{ school: 'Kent Ridge Institute of Management', degree: 'Bachelor of Business Administration (Finance)', start: '2010-08', end: '2014-05' }],
    languages: ['English', 'Mandarin', 'Hokkien'],
    certs: ['CAMS (ACAMS)', 'ICA International Diploma in Compliance'],
    summary: 'Twelve years in banking compliance: KYC, transaction monitoring and sanctions.',
  },
  {
    id: 'p16', language: 'mixed', name: '梁家俊', roman: 'LEUNG Ka Chun, Kelvin', headline: 'Logistics manager',
    town: 'Hong Kong', address: 'Flat 12B, Block 3, Lai King Court, Kwai Chung, N.T.',
    email: 'kelvin.leung.kc@yahoo.com.hk', phone: '+85294627183', mobile: '9462 7183',
    others: [{ label: 'Fax', number: '2796 4410' }, { label: 'Tel (Office)', number: '2796 4421' }],
    skills: ['Freight forwarding', 'Incoterms', 'SAP MM', 'Vendor management', 'Customs documentation', 'WMS | Warehouse management system', 'Cost control', 'Excel VBA | VBA'],
    work: [
      { company: 'Tsuen Wan Freight Forwarding Ltd.', title: 'Shipping Clerk', town: 'Tsuen Wan', start: '2011-08', end: '2014-01', duties: ['Bills of lading, manifests and shipping advices'] },
      { company: 'Kwai Chung Global Logistics Ltd.', title: 'Logistics Officer', town: 'Kwai Chung', start: '2014-02', end: '2018-10', duties: ['Sea and air freight bookings for 40 accounts', 'Customs and trade declarations'] },
      { company: 'Kwai Chung Global Logistics Ltd.', title: 'Assistant Logistics Manager', town: 'Kwai Chung', start: '2018-11', end: '2021-12', duties: ['Supervised 8 staff and the bonded warehouse', 'Introduced the WMS barcode process'] },
      { company: 'Harbourfront Sourcing (HK) Ltd.', title: 'Logistics Manager', town: 'Kowloon Bay', start: '2022-01', end: null, duties: ['Manage forwarders and 3PLs for South China factories', 'Freight cost down 12 % through tendering'] },
    ],
    education: [
      { school: 'Kowloon Open Institute', degree: 'BBA (Hons) in Supply Chain Management (part-time)', start: '2015-09', end: '2017-07' },
      { school: 'Tai Po Institute of Technology', degree: 'Higher Diploma in Logistics', start: '2009-09', end: '2011-07' },
    ],
    languages: ['Cantonese (native)', 'English (good)', 'Putonghua (good)'],
    certs: ['Certified Logistician (HKLA)'],
    summary: 'Logistics manager with fifteen years in forwarding and sourcing offices in Hong Kong.',
  },
];
