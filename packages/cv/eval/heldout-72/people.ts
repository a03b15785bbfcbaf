/**
 * heldout-72: sixteen invented people. Every name, employer, school, address, e-mail and number here is made up.
 * Phone numbers have the right shape for their country (UK numbers in the Ofcom drama range, North-American 555-01xx).
 */
export type Lang = 'en' | 'zh' | 'mixed';
export interface Skill { name: string; syn?: string[]; group: string; level: number; years?: number }
export interface Job { company: string; title: string; start: string; end: string | null; city: string; duties: string[] }
export interface Edu { school: string; degree: string; start: string; end: string }
export interface Person {
  id: string; lang: Lang; country: string;
  /** name as written (the Chinese name for mixed people) */
  name: string; family: string; given: string;
  /** romanised / English name for mixed people, reading for Japanese forms */
  nameEn?: string; familyEn?: string; givenEn?: string; kana?: string;
  email: string; phone: string; phoneLocal: string;
  other: { label: string; labelZh?: string; number: string }[];
  address: string; headline: string; born: string; nationality: string;
  summary: string;
  skills: Skill[];
  languages: { name: string; level: string }[];
  certs: string[];
  soft: string[];
  work: Job[];
  education: Edu[];
}

const S = (name: string, group: string, level: number, years?: number, syn?: string[]): Skill => ({ name, group, level, years, syn });

export const people: Person[] = [
  {
    id: 'p01', lang: 'en', country: 'UK / Italy', name: 'Eleanor Pascoe', family: 'Pascoe', given: 'Eleanor',
    email: 'eleanor.pascoe.data@gmail.com', phone: '+447700900417', phoneLocal: '07700 900417',
    other: [{ label: 'Office (Milan)', number: '+39 02 8734 5120' }],
    address: 'Via Giovanni Ventura 14, 20134 Milano, Italy', headline: 'Senior Data Analyst — supply chain and retail', born: '1992', nationality: 'British',
    summary: 'Analyst with eleven years in logistics, manufacturing and retail planning; builds forecasting models and the dashboards people actually open.',
    skills: [S('SQL', 'Data', 5, 11), S('Python', 'Data', 4, 7), S('Power BI', 'Reporting', 5, 6), S('Tableau', 'Reporting', 3, 3), S('SAP S/4HANA', 'ERP', 4, 7, ['SAP']), S('Excel VBA', 'Reporting', 5, 11, ['VBA']), S('Demand forecasting', 'Methods', 5, 8), S('Lean Six Sigma', 'Methods', 3, 4)],
    languages: [{ name: 'English', level: 'native' }, { name: 'Italian', level: 'C1' }],
    certs: ['APICS CSCP (2020)', 'Microsoft Certified: Power BI Data Analyst Associate'],
    soft: ['Stakeholder management', 'Presenting to leadership'],
    work: [
      { company: 'Brackwell Logistics Ltd', title: 'Graduate Analyst', start: '2014-09', end: '2016-08', city: 'Leeds', duties: ['Weekly network KPI pack for 14 depots', 'Automated the carrier invoice check in Excel VBA'] },
      { company: 'Brackwell Logistics Ltd', title: 'Supply Chain Analyst', start: '2016-09', end: '2019-03', city: 'Leeds', duties: ['Built the depot volume forecast used for shift planning', 'Moved reporting from spreadsheets to SQL Server'] },
      { company: 'Ferrandi Componenti S.p.A.', title: 'Demand Planning Analyst', start: '2019-04', end: '2022-10', city: 'Bergamo', duties: ['Statistical forecasts for 3,200 SKUs in SAP', 'Cut forecast error (MAPE) from 31 % to 19 %'] },
      { company: 'Valtorre Retail Group', title: 'Senior Data Analyst', start: '2022-11', end: null, city: 'Milan', duties: ['Leads a team of three analysts', 'Owns store replenishment and markdown dashboards in Power BI'] },
    ],
    education: [{ school: 'University of Northwold', degree: 'BSc Mathematics', start: '2011', end: '2014' }],
  },
  {
    id: 'p02', lang: 'en', country: 'Spain', name: 'Marcus Delane', family: 'Delane', given: 'Marcus',
    email: 'marcus.delane@protonmail.com', phone: '+34612847395', phoneLocal: '612 84 73 95',
    other: [{ label: 'Home', number: '+34 963 51 27 40' }],
    address: 'Carrer de Sueca 38, 4º 2ª, 46006 València', headline: 'Senior Front-end Engineer', born: '1991', nationality: 'British / Spanish',
    summary: 'Front-end engineer who has shipped booking, banking and public-sector interfaces since 2015.',
    skills: [S('JavaScript', 'Languages', 5, 11), S('TypeScript', 'Languages', 5, 7), S('React', 'Frameworks', 5, 8), S('Vue.js', 'Frameworks', 4, 5, ['Vue']), S('Node.js', 'Frameworks', 3, 6), S('CSS/Sass', 'Languages', 5, 11, ['CSS', 'Sass']), S('Jest', 'Tools', 4, 6), S('Git', 'Tools', 5, 11), S('Figma', 'Tools', 3, 4), S('Scrum', 'Ways of working', 4, 8)],
    languages: [{ name: 'English', level: 'native' }, { name: 'Spanish', level: 'C2' }, { name: 'Valencian / Catalan', level: 'B1' }],
    certs: ['Professional Scrum Master I (PSM I)'],
    soft: ['Mentoring', 'Clear writing'],
    work: [
      { company: 'Nubecita Digital S.L.', title: 'Junior Web Developer', start: '2015-02', end: '2017-05', city: 'València', duties: ['Built WordPress and jQuery sites for 40+ clients'] },
      { company: 'Levante Software Factory', title: 'Front-end Developer', start: '2017-06', end: '2020-12', city: 'València', duties: ['Rewrote a hotel booking engine in React', 'Introduced Jest and visual regression tests'] },
      { company: 'Oriol & Pons Consulting', title: 'Senior Front-end Engineer', start: '2021-01', end: null, city: 'Barcelona (remote)', duties: ['Tech lead for a regional-government services portal (Vue 3, TypeScript)', 'Accessibility to WCAG 2.1 AA'] },
    ],
    education: [{ school: 'Universidad Técnica del Turia', degree: 'Grado en Ingeniería Informática', start: '2010', end: '2014' }],
  },
  {
    id: 'p03', lang: 'en', country: 'Poland', name: 'Katarzyna Wolniak', family: 'Wolniak', given: 'Katarzyna',
    email: 'k.wolniak@wp.pl', phone: '+48601538274', phoneLocal: '601 538 274',
    other: [{ label: 'Office', number: '+48 22 541 30 77' }],
    address: 'ul. Kartuska 212/5, 80-122 Gdańsk', headline: 'BIM Manager (bridges and roads)', born: '1988', nationality: 'Polish',
    summary: 'Civil engineer and BIM manager for road and bridge projects financed from EU funds.',
    skills: [S('Autodesk Revit', 'BIM authoring', 5, 11, ['Revit']), S('AutoCAD Civil 3D', 'BIM authoring', 5, 14, ['Civil 3D']), S('Navisworks', 'Coordination', 5, 10), S('BIM 360', 'Coordination', 4, 7), S('Dynamo', 'Automation', 4, 6), S('Python', 'Automation', 3, 4), S('Primavera P6', 'Planning', 3, 5, ['P6']), S('ISO 19650', 'Standards', 5, 6)],
    languages: [{ name: 'Polish', level: 'native' }, { name: 'English', level: 'C1' }, { name: 'German', level: 'B1' }],
    certs: ['Autodesk Certified Professional: Revit for Structural Design', 'Building licence (uprawnienia budowlane) for bridges, no. POM/0417/PBM/16'],
    soft: ['Team leadership'],
    work: [
      { company: 'Biuro Projektów Wiślak sp. z o.o.', title: 'Assistant Designer', start: '2012-07', end: '2015-03', city: 'Gdańsk', duties: ['Drawings for culverts and small bridges in Civil 3D'] },
      { company: 'Budomex Infrastruktura S.A.', title: 'BIM Coordinator', start: '2015-04', end: '2019-08', city: 'Warszawa', duties: ['Clash detection in Navisworks for the S7 expressway lot 3', 'Wrote the BIM execution plan'] },
      { company: 'Nordvia Engineering Polska sp. z o.o.', title: 'BIM Manager', start: '2019-09', end: null, city: 'Gdańsk', duties: ['BIM manager for three bridge contracts (PLN 1.2 bn)', 'Dynamo scripts for quantity take-off'] },
    ],
    education: [{ school: 'Politechnika Nadmorska', degree: 'MSc Civil Engineering (bridges)', start: '2007', end: '2012' }],
  },
  {
    id: 'p04', lang: 'en', country: 'Croatia', name: 'Ivana Perković', family: 'Perković', given: 'Ivana',
    email: 'ivana.perkovic@t-com.hr', phone: '+385917204583', phoneLocal: '091 720 4583',
    other: [{ label: 'Home', number: '+385 21 482 661' }],
    address: 'Ulica Ruđera Boškovića 17, 21000 Split', headline: 'Cluster Revenue Manager', born: '1990', nationality: 'Croatian',
    summary: 'Revenue manager for Adriatic resorts: pricing, distribution and forecasting for seasonal hotels.',
    skills: [S('Oracle Opera PMS', 'Hotel systems', 5, 13, ['Opera PMS', 'Opera']), S('IDeaS G3 RMS', 'Hotel systems', 4, 6, ['IDeaS']), S('SiteMinder', 'Hotel systems', 4, 8), S('Revenue forecasting', 'Revenue', 5, 8), S('Excel', 'Analytics', 5, 13), S('Power BI', 'Analytics', 3, 3), S('Google Analytics', 'Analytics', 3, 5), S('Salesforce', 'Analytics', 2, 2)],
    languages: [{ name: 'Croatian', level: 'native' }, { name: 'English', level: 'C2' }, { name: 'Italian', level: 'B2' }, { name: 'German', level: 'A2' }],
    certs: ['Certified Revenue Management Executive (CRME), HSMAI', 'Driving licence B'],
    soft: ['Negotiation', 'Team leadership'],
    work: [
      { company: 'Hotel Marjanov Dvor d.o.o.', title: 'Front Office Agent', start: '2013-05', end: '2015-10', city: 'Split', duties: ['Check-in, Opera PMS, group arrivals'] },
      { company: 'Adriatica Resorts d.d.', title: 'Reservations Supervisor', start: '2015-11', end: '2018-02', city: 'Makarska', duties: ['Team of six agents, channel manager set-up'] },
      { company: 'Adriatica Resorts d.d.', title: 'Revenue Analyst', start: '2018-03', end: '2021-04', city: 'Makarska', duties: ['Daily pick-up reports and BAR pricing for four hotels'] },
      { company: 'Lumen Hospitality Group', title: 'Cluster Revenue Manager', start: '2021-05', end: null, city: 'Split', duties: ['Revenue strategy for seven hotels (1,450 rooms)', 'Implemented IDeaS G3'] },
    ],
    education: [{ school: 'Sveučilište Dalmacija, Faculty of Economics', degree: 'BA Tourism Management', start: '2009', end: '2013' }],
  },
  {
    id: 'p05', lang: 'en', country: 'Morocco', name: 'Salma Benkirane', family: 'Benkirane', given: 'Salma',
    email: 'salma.benkirane@outlook.fr', phone: '+212661473825', phoneLocal: '06 61 47 38 25',
    other: [{ label: 'Home (fixed)', number: '+212 522 47 83 19' }],
    address: '27, rue Ibnou Khalikane, Quartier Palmier, Casablanca', headline: 'Lead Network Security Engineer', born: '1991', nationality: 'Moroccan',
    summary: 'Network and security engineer (banking, insurance, cloud), CCNP.',
    skills: [S('Cisco IOS', 'Network', 5, 12), S('Fortinet FortiGate', 'Security', 5, 8, ['FortiGate']), S('Palo Alto Networks', 'Security', 4, 5), S('Linux', 'Systems', 4, 10), S('VMware vSphere', 'Systems', 3, 6), S('Wireshark', 'Network', 5, 12), S('Ansible', 'Automation', 3, 4), S('Splunk', 'Security', 4, 5), S('ITIL', 'Methods', 3, 8)],
    languages: [{ name: 'Arabic', level: 'native' }, { name: 'French', level: 'C2' }, { name: 'English', level: 'C1' }, { name: 'Spanish', level: 'A2' }],
    certs: ['CCNP Enterprise (2019)', 'CEH – Certified Ethical Hacker (2021)'],
    soft: ['Autonomy', 'Rigour'],
    work: [
      { company: 'Atlas Télécom Services', title: 'Network Intern', start: '2014-02', end: '2014-07', city: 'Rabat', duties: ['End-of-studies internship: MPLS lab migration'] },
      { company: 'Atlas Télécom Services', title: 'Network Engineer', start: '2014-09', end: '2018-06', city: 'Rabat', duties: ['Routing and switching for 60 corporate clients'] },
      { company: 'Maghreb Assurances Groupe', title: 'Security Engineer', start: '2018-07', end: '2022-03', city: 'Casablanca', duties: ['FortiGate clusters for 112 branches', 'SIEM use cases in Splunk'] },
      { company: 'Dakhla Cloud Systems', title: 'Lead Network Security Engineer', start: '2022-04', end: null, city: 'Casablanca', duties: ['Leads a team of five', 'Palo Alto segmentation of the data centre'] },
    ],
    education: [{ school: "École Supérieure d'Ingénierie de l'Atlantique", degree: "Diplôme d'ingénieur d'État, Networks & Telecoms", start: '2009', end: '2014' }],
  },
  {
    id: 'p06', lang: 'en', country: 'Ireland / Italy', name: 'Ciarán Mulvey', family: 'Mulvey', given: 'Ciarán',
    email: 'ciaran.mulvey@eircom.net', phone: '+353871946230', phoneLocal: '087 194 6230',
    other: [{ label: 'Home (Cork)', number: '+353 21 430 7719' }],
    address: '6 Glenmore Terrace, Ballintemple, Cork T12 X4K2', headline: 'Senior Process Engineer, pharmaceutical manufacturing', born: '1990', nationality: 'Irish',
    summary: 'Chartered mechanical engineer; medical devices and sterile pharmaceutical lines in Ireland and Italy.',
    skills: [S('SolidWorks', 'Design', 5, 14), S('ANSYS Mechanical', 'Analysis', 4, 8, ['ANSYS']), S('MATLAB', 'Analysis', 4, 10), S('GD&T', 'Design', 5, 14), S('FMEA', 'Quality', 5, 10), S('Minitab', 'Quality', 4, 8), S('SAP PM', 'Systems', 3, 6), S('LabVIEW', 'Systems', 3, 4)],
    languages: [{ name: 'English', level: 'native' }, { name: 'Irish', level: 'fluent' }, { name: 'Italian', level: 'B2' }, { name: 'Spanish', level: 'B1' }],
    certs: ['Chartered Engineer (CEng MIEI)', 'Lean Six Sigma Green Belt'],
    soft: ['Cross-site collaboration', 'Problem solving'],
    work: [
      { company: 'Ballycorrig Precision Ltd', title: 'Engineering Intern', start: '2010-06', end: '2010-09', city: 'Mallow', duties: ['Summer placement: fixture design in SolidWorks'] },
      { company: 'Kilbrack Medical Devices', title: 'Mechanical Engineer', start: '2012-09', end: '2016-11', city: 'Galway', duties: ['Design verification for catheter assembly equipment', 'Tolerance stacks and GD&T reviews'] },
      { company: 'Ospedra Pharma S.p.A.', title: 'Process Engineer', start: '2016-12', end: '2020-07', city: 'Latina', duties: ['Aseptic filling line qualification (IQ/OQ/PQ)'] },
      { company: 'Ospedra Pharma S.p.A.', title: 'Senior Process Engineer', start: '2020-08', end: null, city: 'Latina', duties: ['Owns two filling lines', 'Reduced line downtime by 18 %'] },
    ],
    education: [{ school: 'Shannonside Institute of Technology', degree: 'BEng (Hons) Mechanical Engineering', start: '2008', end: '2012' }],
  },
  {
    id: 'p07', lang: 'en', country: 'Canada / Poland', name: 'Megan Tallis', family: 'Tallis', given: 'Megan',
    email: 'megan.tallis@northwaysp.ca', phone: '+14165550147', phoneLocal: '(416) 555-0147',
    other: [{ label: 'Office', number: '+1 416 555 0190 ext. 214' }],
    address: '88 Cowan Avenue, Toronto, ON M6K 2N1, Canada', headline: 'Principal Environmental Consultant', born: '1989', nationality: 'Canadian',
    summary: 'Environmental scientist; EIA and life-cycle work for transport and energy projects in Canada and Central Europe.',
    skills: [S('ArcGIS Pro', 'GIS', 5, 13, ['ArcGIS']), S('QGIS', 'GIS', 4, 9), S('R', 'Analysis', 4, 10), S('Python', 'Analysis', 3, 5), S('Environmental Impact Assessment', 'Methods', 5, 13, ['EIA']), S('Life Cycle Assessment', 'Methods', 4, 8, ['LCA']), S('SimaPro', 'Analysis', 4, 8), S('MS Project', 'Project tools', 3, 6, ['Microsoft Project'])],
    languages: [{ name: 'English', level: 'native' }, { name: 'French', level: 'C1' }, { name: 'Polish', level: 'A2' }],
    certs: ['PMP (PMI, 2018)', 'EP – Environmental Professional (ECO Canada)'],
    soft: ['Public consultation', 'Facilitation'],
    work: [
      { company: 'Greyhollow Environmental Inc.', title: 'Field Technician', start: '2011-05', end: '2013-08', city: 'Sudbury', duties: ['Water and soil sampling programmes'] },
      { company: 'Greyhollow Environmental Inc.', title: 'Environmental Scientist', start: '2013-09', end: '2017-04', city: 'Toronto', duties: ['EIA chapters for two transmission lines'] },
      { company: 'Baltica Green Advisory sp. z o.o.', title: 'Senior Consultant', start: '2017-05', end: '2021-09', city: 'Warszawa', duties: ['LCA of rail rolling stock in SimaPro', 'Key expert on two EU-funded studies'] },
      { company: 'Northway Sustainability Partners', title: 'Principal Consultant', start: '2021-10', end: null, city: 'Toronto', duties: ['Leads the impact-assessment practice (9 staff)'] },
    ],
    education: [{ school: 'University of Lake Temagami', degree: 'BSc Environmental Science', start: '2007', end: '2011' }],
  },
  {
    id: 'p08', lang: 'zh', country: 'China (Shanghai)', name: '韩雪芮', family: '韩', given: '雪芮',
    email: 'hanxuerui_bd@163.com', phone: '+8613817264905', phoneLocal: '138 1726 4905',
    other: [{ label: 'Home', labelZh: '座机', number: '021-6428 3917' }],
    address: '上海市徐汇区漕溪北路 331 弄 6 号 1202 室', headline: '数据平台负责人', born: '1993年5月', nationality: '中国',
    summary: '十年大数据开发经验，熟悉实时与离线数仓建设，带过 8 人团队。',
    skills: [S('Java', '编程语言', 5, 10), S('Python', '编程语言', 4, 8), S('Spark', '大数据', 5, 9, ['Apache Spark']), S('Flink', '大数据', 5, 6, ['Apache Flink']), S('Hive', '大数据', 5, 9), S('Kafka', '大数据', 4, 7), S('MySQL', '数据库', 4, 10), S('ClickHouse', '数据库', 4, 4), S('Airflow', '工具', 3, 4), S('Docker', '工具', 3, 5)],
    languages: [{ name: '英语', level: 'CET-6' }],
    certs: ['阿里云 ACP 大数据认证', '计算机技术与软件专业技术资格（中级）'],
    soft: ['沟通能力强', '抗压能力强'],
    work: [
      { company: '上海云栈信息技术有限公司', title: '大数据开发实习生', start: '2015-03', end: '2015-06', city: '上海', duties: ['参与日志采集链路开发'] },
      { company: '上海云栈信息技术有限公司', title: '大数据开发工程师', start: '2015-07', end: '2018-12', city: '上海', duties: ['负责离线数仓 ETL 开发', '搭建 Kafka 日志通道，日均 20 亿条'] },
      { company: '杭州澜序数据科技有限公司', title: '高级数据工程师', start: '2019-01', end: '2022-06', city: '杭州', duties: ['基于 Flink 建设实时数仓', '数据延迟从小时级降到秒级'] },
      { company: '上海禾川智能零售有限公司', title: '数据平台负责人', start: '2022-07', end: null, city: '上海', duties: ['带领 8 人数据平台团队', '引入 ClickHouse，报表查询提速 10 倍'] },
    ],
    education: [{ school: '东海理工大学', degree: '计算机科学与技术 本科', start: '2011', end: '2015' }],
  },
  {
    id: 'p09', lang: 'zh', country: 'Taiwan', name: '蔡雅雯', family: '蔡', given: '雅雯',
    email: 'yawen.tsai.design@gmail.com', phone: '+886928471365', phoneLocal: '0928-471-365',
    other: [{ label: 'Home', labelZh: '住家', number: '(02) 2758-3146' }],
    address: '台北市信義區松仁路 96 巷 3 號 5 樓', headline: '資深 UX 設計師', born: '民國 83 年 2 月', nationality: '中華民國',
    summary: '十年數位產品設計經驗，熟悉金融與電商服務的使用者研究與介面設計。',
    skills: [S('Figma', '設計工具', 5, 7), S('Adobe XD', '設計工具', 4, 5), S('Illustrator', '設計工具', 5, 10, ['Adobe Illustrator']), S('Photoshop', '設計工具', 5, 10, ['Adobe Photoshop']), S('HTML/CSS', '前端', 3, 6, ['HTML', 'CSS']), S('使用者研究', '方法', 4, 6, ['UX Research']), S('Axure RP', '設計工具', 3, 4), S('Miro', '協作', 4, 4)],
    languages: [{ name: '英文', level: '多益 850' }, { name: '日文', level: 'JLPT N2' }],
    certs: ['Google UX Design 專業證書'],
    soft: ['溝通協調', '簡報能力'],
    work: [
      { company: '晨曦數位設計有限公司', title: '視覺設計師', start: '2016-07', end: '2019-08', city: '台北', duties: ['品牌視覺與電商活動頁設計'] },
      { company: '雲朵電商股份有限公司', title: 'UI 設計師', start: '2019-09', end: '2022-04', city: '台北', duties: ['負責 App 改版，建立設計系統'] },
      { company: '藍鵲金融科技股份有限公司', title: '資深 UX 設計師', start: '2022-05', end: null, city: '台北', duties: ['主導開戶流程研究與改版，轉換率提升 23%'] },
    ],
    education: [{ school: '國立北港科技大學', degree: '視覺傳達設計系 學士', start: '2012', end: '2016' }],
  },
  {
    id: 'p10', lang: 'zh', country: 'China (Shenzhen)', name: '钟立衡', family: '钟', given: '立衡',
    email: 'zhonglh_embedded@qq.com', phone: '+8615986123470', phoneLocal: '159 8612 3470',
    other: [{ label: 'Switchboard', labelZh: '公司总机', number: '0755-8612 3000' }],
    address: '广东省深圳市南山区西丽街道留仙大道 1188 号', headline: '嵌入式软件主管', born: '1990年11月', nationality: '中国',
    summary: '13 年嵌入式软件开发经验，汽车电子与新能源 BMS 方向。',
    skills: [S('C', '编程语言', 5, 13), S('C++', '编程语言', 4, 10), S('嵌入式Linux', '平台', 4, 8, ['Embedded Linux']), S('FreeRTOS', '平台', 5, 9), S('STM32', '平台', 5, 12), S('CAN总线', '通信', 5, 9, ['CAN']), S('Qt', '工具', 3, 4), S('Keil MDK', '工具', 5, 12), S('Git', '工具', 4, 10), S('Python', '编程语言', 3, 5)],
    languages: [{ name: '英语', level: 'CET-4' }],
    certs: ['软考中级·嵌入式系统设计师'],
    soft: ['责任心强', '团队合作'],
    work: [
      { company: '深圳市恒拓电子有限公司', title: '嵌入式软件工程师', start: '2013-07', end: '2017-02', city: '深圳', duties: ['工控主板驱动开发', 'STM32 固件升级方案'] },
      { company: '东莞智驰新能源科技有限公司', title: '高级嵌入式工程师', start: '2017-03', end: '2021-08', city: '东莞', duties: ['BMS 主控软件，FreeRTOS', 'CAN 通信协议栈'] },
      { company: '深圳赛岭汽车电子有限公司', title: '软件主管', start: '2021-09', end: null, city: '深圳', duties: ['带领 6 人软件组', '车身域控制器软件交付'] },
    ],
    education: [{ school: '粤海工业大学', degree: '电子信息工程 本科', start: '2009', end: '2013' }],
  },
  {
    id: 'p11', lang: 'zh', country: 'Taiwan', name: '許家豪', family: '許', given: '家豪',
    email: 'chiahao.hsu0821@yahoo.com.tw', phone: '+886935102847', phoneLocal: '0935-102-847',
    other: [{ label: 'Office', labelZh: '公司', number: '(07) 331-5820 分機 316' }],
    address: '高雄市楠梓區德民路 215 巷 8 號', headline: '製程整合主任工程師', born: '民國 78 年 8 月', nationality: '中華民國',
    summary: '半導體封裝製程 12 年，良率改善與新產品導入。',
    skills: [S('JMP', '統計分析', 5, 10), S('Minitab', '統計分析', 4, 12), S('SPC', '品質手法', 5, 12), S('FMEA', '品質手法', 5, 12), S('8D', '品質手法', 5, 10), S('Python', '程式', 3, 4), S('SQL', '程式', 3, 6), S('AutoCAD', '繪圖', 3, 8), S('六標準差', '品質手法', 4, 8, ['Six Sigma'])],
    languages: [{ name: '英文', level: '多益 780' }, { name: '台語', level: '流利' }],
    certs: ['ASQ CQE 品質工程師', '甲級廢水處理專責人員'],
    soft: ['跨部門溝通', '抗壓性高'],
    work: [
      { company: '南嶺半導體股份有限公司', title: '製程工程師', start: '2014-10', end: '2018-06', city: '高雄', duties: ['焊線製程參數優化'] },
      { company: '南嶺半導體股份有限公司', title: '資深製程工程師', start: '2018-07', end: '2021-12', city: '高雄', duties: ['主導 FC 產品導入，良率 92% → 98.5%'] },
      { company: '高屏先進封裝股份有限公司', title: '製程整合主任工程師', start: '2022-01', end: null, city: '屏東', duties: ['帶領 5 人製程整合小組', '建立 SPC 自動監控系統'] },
    ],
    education: [{ school: '國立鳳山科技大學', degree: '化學工程系 碩士', start: '2012', end: '2014' }],
  },
  {
    id: 'p12', lang: 'mixed', country: 'Japan', name: '王梓涵', family: '王', given: '梓涵', nameEn: 'Zihan Wang', familyEn: 'WANG', givenEn: 'Zihan', kana: 'ワン ズーハン',
    email: 'zihan.wang.loc@gmail.com', phone: '+819012847365', phoneLocal: '090-1284-7365',
    other: [{ label: 'Office', labelZh: '办公室', number: '+81 3-6823-4410' }],
    address: '1-12-5-402 Kamimeguro, Meguro-ku, Tokyo 153-0051', headline: 'Senior Producer, game localisation', born: '1992', nationality: 'Chinese',
    summary: 'Producer who runs Chinese, Japanese and English releases of mobile games.',
    skills: [S('Jira', 'Production', 5, 9), S('Confluence', 'Production', 4, 9), S('Agile', 'Production', 4, 7), S('memoQ', 'Localisation', 5, 9), S('SDL Trados', 'Localisation', 4, 6, ['Trados']), S('Unity', 'Engine & data', 3, 5), S('Python', 'Engine & data', 3, 4), S('SQL', 'Engine & data', 3, 4)],
    languages: [{ name: 'Chinese 中文', level: 'native' }, { name: 'Japanese 日本語', level: 'JLPT N1' }, { name: 'English', level: 'TOEIC 920' }],
    certs: ['PMP (2022)'],
    soft: ['Cross-cultural communication'],
    work: [
      { company: 'Sakuraba Games Co., Ltd.', title: 'Localisation Coordinator', start: '2016-04', end: '2019-03', city: 'Tokyo', duties: ['Managed zh/en vendors for three titles'] },
      { company: 'Sakuraba Games Co., Ltd.', title: 'Localisation Project Manager', start: '2019-04', end: '2021-06', city: 'Tokyo', duties: ['Simultaneous release in 5 languages'] },
      { company: 'Kitemori Interactive K.K.', title: 'Senior Producer', start: '2021-07', end: null, city: 'Tokyo', duties: ['Producer for the Chinese-market version of a live game'] },
    ],
    education: [{ school: 'Tokai International University', degree: 'MA Translation Studies', start: '2014', end: '2016' }, { school: '北方语言大学', degree: 'BA Japanese', start: '2010', end: '2014' }],
  },
  {
    id: 'p13', lang: 'mixed', country: 'Korea', name: '李浩然', family: '李', given: '浩然', nameEn: 'Haoran Li', familyEn: 'LI', givenEn: 'Haoran',
    email: 'haoran.li.ds@naver.com', phone: '+821047382915', phoneLocal: '010-4738-2915',
    other: [{ label: 'Office', labelZh: '办公室', number: '+82 2-3452-7781' }],
    address: '#1503, 27 Teheran-ro 52-gil, Gangnam-gu, Seoul', headline: 'Lead Data Scientist', born: '1993', nationality: 'Chinese',
    summary: 'Data scientist in e-commerce and mobility; recommendation and pricing models in production.',
    skills: [S('Python', 'Programming', 5, 10), S('SQL', 'Programming', 5, 10), S('PyTorch', 'Machine learning', 5, 6), S('TensorFlow', 'Machine learning', 3, 4), S('scikit-learn', 'Machine learning', 5, 9), S('Spark', 'Data platforms', 4, 6), S('A/B testing', 'Methods', 5, 8), S('Tableau', 'Data platforms', 3, 5), S('Docker', 'MLOps', 4, 5), S('Kubernetes', 'MLOps', 3, 3)],
    languages: [{ name: 'Chinese', level: 'native' }, { name: 'Korean', level: 'TOPIK 6' }, { name: 'English', level: 'IELTS 7.5' }],
    certs: ['AWS Certified Machine Learning – Specialty'],
    soft: ['Storytelling with data'],
    work: [
      { company: 'Hanbit Commerce Co., Ltd.', title: 'Data Analyst Intern', start: '2017-01', end: '2017-06', city: 'Seoul', duties: ['Cohort retention analysis'] },
      { company: 'Hanbit Commerce Co., Ltd.', title: 'Data Scientist', start: '2017-07', end: '2021-02', city: 'Seoul', duties: ['Product recommendation model (+6 % CTR)'] },
      { company: 'Seoul Mobility Labs', title: 'Senior Data Scientist', start: '2021-03', end: '2024-08', city: 'Seoul', duties: ['Dynamic pricing for ride-hailing'] },
      { company: 'Arirang AI Inc.', title: 'Lead Data Scientist', start: '2024-09', end: null, city: 'Seoul', duties: ['Leads the applied-ML team of 7'] },
    ],
    education: [{ school: 'Hanseong National University', degree: 'MS Statistics', start: '2015', end: '2017' }],
  },
  {
    id: 'p14', lang: 'mixed', country: 'Singapore / Japan', name: '陈佩玲', family: '陈', given: '佩玲', nameEn: 'Tan Pei Ling', familyEn: 'TAN', givenEn: 'Pei Ling', kana: 'タン ペイリン',
    email: 'peiling.tan@singnet.com.sg', phone: '+6591827364', phoneLocal: '9182 7364',
    other: [{ label: 'Home', labelZh: '住家', number: '+65 6452 8170' }],
    address: 'Blk 412 Bedok North Ave 2, #08-133, Singapore 460412', headline: 'Head of Financial Crime Compliance', born: '1989', nationality: 'Singaporean',
    summary: 'AML and sanctions compliance professional; Singapore and Tokyo.',
    skills: [S('AML/CFT', 'Compliance', 5, 11, ['AML']), S('KYC', 'Compliance', 5, 14), S('Sanctions screening', 'Compliance', 5, 11), S('Actimize', 'Systems', 4, 7, ['NICE Actimize']), S('World-Check', 'Systems', 5, 11), S('SQL', 'Data', 3, 5), S('Excel', 'Data', 5, 14), S('Power BI', 'Data', 3, 3)],
    languages: [{ name: 'English', level: 'native' }, { name: 'Mandarin 华语', level: 'fluent' }, { name: 'Japanese', level: 'JLPT N2' }],
    certs: ['CAMS (ACAMS)', 'ICA Advanced Certificate in Financial Crime Compliance'],
    soft: ['Regulator engagement'],
    work: [
      { company: 'Merlion Trust Bank', title: 'Operations Executive', start: '2012-07', end: '2015-06', city: 'Singapore', duties: ['Account opening and KYC checks'] },
      { company: 'Marunouchi Securities (Singapore) Pte. Ltd.', title: 'Compliance Analyst', start: '2015-07', end: '2018-12', city: 'Singapore', duties: ['Transaction monitoring alerts in Actimize'] },
      { company: 'Marunouchi Securities Co., Ltd.', title: 'AML Manager', start: '2019-01', end: '2023-03', city: 'Tokyo', duties: ['Group AML policy for Japan and APAC branches'] },
      { company: 'Kranji Capital Pte. Ltd.', title: 'Head of Financial Crime Compliance', start: '2023-04', end: null, city: 'Singapore', duties: ['MLRO; reports to the CEO'] },
    ],
    education: [{ school: 'Nanyang Polytechnic University', degree: 'BBA (Finance)', start: '2008', end: '2012' }],
  },
  {
    id: 'p15', lang: 'zh', country: 'China (Chengdu)', name: '唐若溪', family: '唐', given: '若溪',
    email: 'tangruoxi_fin@126.com', phone: '+8618981736402', phoneLocal: '189 8173 6402',
    other: [{ label: 'Office', labelZh: '办公电话', number: '028-8531 2276' }],
    address: '四川省成都市高新区天府三街 199 号', headline: '财务经理', born: '1989年3月', nationality: '中国',
    summary: '15 年财务经验，制造业与科技公司，熟悉全面预算与税务。',
    skills: [S('用友U8', '财务软件', 5, 10, ['用友']), S('金蝶K/3', '财务软件', 4, 5, ['金蝶']), S('SAP FICO', '财务软件', 3, 4), S('Excel', '办公', 5, 15), S('Power BI', '办公', 3, 3), S('全面预算管理', '专业', 5, 9), S('合并报表', '专业', 4, 6), S('税务筹划', '专业', 4, 8)],
    languages: [{ name: '英语', level: 'CET-6' }],
    certs: ['中级会计师', '注册会计师（CPA）专业阶段 5 科'],
    soft: ['细致认真', '沟通协调'],
    work: [
      { company: '成都锦弘会计师事务所（普通合伙）', title: '审计助理', start: '2011-07', end: '2014-02', city: '成都', duties: ['年报审计外勤'] },
      { company: '四川蜀禾食品股份有限公司', title: '总账会计', start: '2014-03', end: '2017-09', city: '成都', duties: ['总账、月结、纳税申报'] },
      { company: '四川蜀禾食品股份有限公司', title: '财务主管', start: '2017-10', end: '2021-05', city: '成都', duties: ['主持用友U8 升级，建立预算体系'] },
      { company: '成都天府云链科技有限公司', title: '财务经理', start: '2021-06', end: null, city: '成都', duties: ['管理 6 人财务团队', '合并报表与融资材料'] },
    ],
    education: [{ school: '蜀川财经学院', degree: '会计学 本科', start: '2007', end: '2011' }],
  },
  {
    id: 'p16', lang: 'mixed', country: 'Hong Kong / Korea', name: '鄭嘉欣', family: '鄭', given: '嘉欣', nameEn: 'Karen Cheng Ka Yan', familyEn: 'CHENG', givenEn: 'Ka Yan',
    email: 'karen.kycheng@gmail.com', phone: '+85261739284', phoneLocal: '6173 9284',
    other: [{ label: 'Office', labelZh: '辦公室', number: '+852 2528 7310' }],
    address: 'Flat 12B, Tower 3, Harbour Crest, 8 Tai Hang Road, Hong Kong', headline: 'Head of Digital', born: '1991', nationality: 'Hong Kong (HKSAR)',
    summary: 'Digital marketer for beauty and lifestyle brands in Hong Kong and Korea.',
    skills: [S('Google Ads', 'Performance', 5, 12), S('Meta Ads Manager', 'Performance', 5, 10), S('SEO', 'Performance', 4, 10), S('Google Analytics 4', 'Analytics', 4, 3, ['GA4']), S('HubSpot', 'CRM', 4, 5), S('Salesforce Marketing Cloud', 'CRM', 3, 3), S('SQL', 'Analytics', 3, 3), S('Adobe Premiere Pro', 'Content', 3, 6), S('Canva', 'Content', 5, 8)],
    languages: [{ name: 'Cantonese', level: 'native' }, { name: 'English', level: 'fluent' }, { name: 'Mandarin', level: 'fluent' }, { name: 'Korean', level: 'TOPIK 3' }],
    certs: ['Google Ads Search Certification', 'HubSpot Inbound Marketing'],
    soft: ['Leadership', 'Creativity'],
    work: [
      { company: 'Victoria Harbour Media Ltd.', title: 'Digital Marketing Executive', start: '2014-08', end: '2017-01', city: 'Hong Kong', duties: ['Paid search for retail clients'] },
      { company: 'Seoul Beauty Lab Co., Ltd.', title: 'Regional Marketing Manager (Greater China)', start: '2017-02', end: '2020-10', city: 'Seoul', duties: ['Launched the brand on Tmall and HKTVmall'] },
      { company: 'Lantau Lifestyle Group Limited', title: 'Senior Digital Marketing Manager', start: '2020-11', end: '2024-02', city: 'Hong Kong', duties: ['HK$ 18 m annual media budget'] },
      { company: 'Lantau Lifestyle Group Limited', title: 'Head of Digital', start: '2024-03', end: null, city: 'Hong Kong', duties: ['Team of 11: performance, CRM, content'] },
    ],
    education: [{ school: 'Kowloon Bay University', degree: 'BBA Marketing', start: '2010', end: '2014' }],
  },
];
