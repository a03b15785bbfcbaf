/**
 * heldout-69 — 16 invented people. Every name, employer, school, address, e-mail and number is made up;
 * numbers only have the right shape for their country.
 */
export type Lang = 'en' | 'zh' | 'mixed';
export interface Job { company: string; title: string; city: string; start: string; end: string | null; duties: string[] }
export interface Edu { school: string; degree: string; start: string; end: string }
export interface OtherNumber { label: string; zh?: string; number: string; who?: string }
export interface Person {
  id: string; language: Lang; country: string;
  name: string;            // as printed everywhere (Chinese name for mixed people)
  enName?: string;         // English name printed beside the Chinese name (mixed / HK / TW)
  nick?: string;           // nickname printed in quotes, never inside the name
  familyCaps?: string;     // how the name is printed with the family name in capitals (same letters as name)
  initials: string;
  headline: string;
  email: string;
  phone: string;           // E.164 of own mobile — the truth
  mobileLocal: string;     // how the own mobile is printed locally (no country code)
  mobileIntl: string;      // how it is printed with the country code
  others: OtherNumber[];   // numbers printed too, never the truth
  messenger?: { app: string; id: string };
  address: string;
  skills: string[];        // as printed
  skillsTruth: string[];   // with synonyms
  work: Job[];             // date order, oldest first
  education: Edu[];
  languages: string[];
  extra?: string[];        // certificates / licences lines
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', country: 'Brazil', name: 'Ana Carolina Ribeiro Santos', nick: 'Carol',
    familyCaps: 'Ana Carolina RIBEIRO SANTOS', initials: 'ACRS', headline: 'Logistics Analyst',
    email: 'carol.ribeiro.santos@mailbr.com.br', phone: '+5511974823160',
    mobileLocal: '(11) 97482-3160', mobileIntl: '+55 11 97482-3160',
    others: [
      { label: 'Home', number: '(11) 3562-0418' },
      { label: 'Messages (ask for Dona Lúcia)', number: '(11) 2295-7731', who: 'neighbour' },
      { label: 'Referee — Marcos Tavares, Transportadora Rota Sul', number: '(19) 3241-5580 ext. 212' },
    ],
    messenger: { app: 'WhatsApp', id: '(11) 97482-3160' },
    address: 'Rua Professor Alvim Teles, 214, apto 52 – Vila Mariana – São Paulo/SP – CEP 04117-030',
    skills: ['Inventory control', 'SAP MM', 'Route planning', 'Excel (PivotTables, PROCV)', 'Power BI', 'Freight auditing'],
    skillsTruth: ['Inventory control', 'SAP MM | SAP Materials Management', 'Route planning', 'Excel (PivotTables, PROCV) | Excel | Microsoft Excel', 'Power BI', 'Freight auditing'],
    work: [
      { company: 'Transportadora Rota Sul Ltda.', title: 'Logistics Apprentice (Jovem Aprendiz)', city: 'Campinas', start: '2014-02', end: '2015-12', duties: ['Issued delivery manifests and checked proof-of-delivery slips', 'Kept the yard booking spreadsheet'] },
      { company: 'Transportadora Rota Sul Ltda.', title: 'Logistics Assistant', city: 'Campinas', start: '2016-01', end: '2019-04', duties: ['Planned daily routes for 22 trucks', 'Audited carrier invoices against agreed tables'] },
      { company: 'Mercadão Distribuidora S.A.', title: 'Logistics Analyst', city: 'São Paulo', start: '2019-05', end: null, duties: ['Run stock counts and SAP MM adjustments for two DCs', 'Built Power BI panels for OTIF and freight cost', 'Cut freight spend 9 % by renegotiating backhaul lanes'] },
    ],
    education: [{ school: 'Faculdade de Tecnologia de Campinas (invented)', degree: 'Tecnólogo in Logistics', start: '2015-02', end: '2017-12' }],
    languages: ['Portuguese (native)', 'English (advanced)', 'Spanish (intermediate)'],
    extra: ['Forklift operator course (NR-11), 2015'],
  },
  {
    id: 'p02', language: 'en', country: 'Kenya', name: 'Grace Wanjiru Kamau', familyCaps: 'Grace Wanjiru KAMAU', initials: 'GWK',
    headline: 'Certified Public Accountant', email: 'gwkamau.cpa@postmail.co.ke', phone: '+254712486203',
    mobileLocal: '0712 486 203', mobileIntl: '+254 712 486 203',
    others: [
      { label: 'Office', number: '020 271 4460 Ext. 118' },
      { label: 'Alt. (Airtel)', number: '0733 905 117', who: 'husband' },
      { label: 'Referee — CPA Peter Otieno, Mwangaza Sacco', number: '+254 722 310 884' },
    ],
    messenger: { app: 'WhatsApp', id: '+254 712 486 203' },
    address: 'P.O. Box 40218-00100, Nairobi · Kileleshwa, Othaya Road, Hse 7',
    skills: ['IFRS reporting', 'Sage 300', 'QuickBooks', 'Tax compliance (iTax)', 'Payroll', 'Budgeting and variance analysis'],
    skillsTruth: ['IFRS reporting | IFRS', 'Sage 300 | Sage', 'QuickBooks', 'Tax compliance (iTax) | tax compliance | iTax', 'Payroll', 'Budgeting and variance analysis | budgeting | variance analysis'],
    work: [
      { company: 'Otieno & Mwangi Certified Public Accountants', title: 'Audit Trainee', city: 'Nairobi', start: '2013-08', end: '2015-07', duties: ['Vouched expenses and prepared lead schedules for SME audits'] },
      { company: 'Mwangaza Savings & Credit Co-operative Society', title: 'Accountant', city: 'Thika', start: '2015-09', end: '2020-02', duties: ['Prepared monthly management accounts and SASRA returns', 'Ran payroll for 64 staff'] },
      { company: 'Jambo Agro-Processors Ltd', title: 'Finance Manager', city: 'Nairobi', start: '2020-03', end: null, duties: ['Lead a team of four; IFRS year-end close', 'Filed VAT and PAYE on iTax with zero penalties', 'Moved the ledger from QuickBooks to Sage 300'] },
    ],
    education: [{ school: 'University of Nyandarua Hills (invented)', degree: 'Bachelor of Commerce (Accounting)', start: '2009-09', end: '2013-06' }],
    languages: ['English', 'Kiswahili', 'Kikuyu'],
    extra: ['CPA (K), ICPAK member no. 20417', 'CIFA Part II'],
  },
  {
    id: 'p03', language: 'en', country: 'Philippines', name: 'Maria Theresa Dela Cruz', nick: 'Tess', familyCaps: 'Maria Theresa DELA CRUZ', initials: 'MTDC',
    headline: 'Registered Nurse', email: 'tess.delacruz.rn@inboxph.com', phone: '+639174825530',
    mobileLocal: '0917-482-5530', mobileIntl: '+63 917 482 5530',
    others: [
      { label: 'Landline', number: '(02) 8713-4926' },
      { label: 'Hospital trunkline', number: '(02) 8920-5100 loc. 3314' },
      { label: 'Viber', number: '0998-205-1176' },
    ],
    address: 'Blk 14 Lot 9 Sampaguita St., Brgy. San Isidro, Parañaque City 1700',
    skills: ['Critical care nursing', 'IV therapy', 'Wound care', 'Patient education', 'Electronic health records', 'Infection control'],
    skillsTruth: ['Critical care nursing | critical care', 'IV therapy | intravenous therapy', 'Wound care', 'Patient education', 'Electronic health records | EHR', 'Infection control'],
    work: [
      { company: 'St. Benedict Medical Center', title: 'Staff Nurse – Medical Ward', city: 'Parañaque', start: '2016-06', end: '2018-11', duties: ['Cared for 8–10 adult patients per shift', 'Administered IV medication and blood products'] },
      { company: 'St. Benedict Medical Center', title: 'Staff Nurse – ICU', city: 'Parañaque', start: '2018-12', end: '2021-08', duties: ['Managed ventilated patients and titrated drips', 'Trained new ICU hires on the EHR'] },
      { company: 'Al Noor Royal Hospital', title: 'ICU Nurse', city: 'Abu Dhabi', start: '2021-10', end: null, duties: ['12-bed adult ICU; charge nurse on night shifts', 'Member of the infection-control link team'] },
    ],
    education: [{ school: 'Colegio de San Lazaro (invented)', degree: 'Bachelor of Science in Nursing', start: '2011-06', end: '2015-04' }],
    languages: ['Filipino', 'English', 'Arabic (basic)'],
    extra: ['PRC Nursing License No. 0781543', 'DOH Abu Dhabi licence', 'BLS / ACLS (AHA)'],
  },
  {
    id: 'p04', language: 'en', country: 'Nigeria', name: 'Chukwuemeka A. Obi', familyCaps: 'Chukwuemeka A. OBI', initials: 'CAO',
    headline: 'Network Engineer', email: 'emeka.obi.net@webmail.ng', phone: '+2348036142278',
    mobileLocal: '0803 614 2278', mobileIntl: '+234 803 614 2278',
    others: [
      { label: 'Alt. line', number: '0809 117 4302' },
      { label: 'Office', number: '+234 1 453 8870' },
      { label: 'UAE mobile (while on assignment)', number: '+971 55 618 2094' },
    ],
    messenger: { app: 'WhatsApp', id: '+234 803 614 2278' },
    address: '17 Adeniyi Jones Avenue, Ikeja, Lagos State',
    skills: ['Cisco routing and switching', 'BGP / OSPF', 'Fortinet firewalls', 'MPLS', 'Python scripting', 'Network monitoring (Zabbix)'],
    skillsTruth: ['Cisco routing and switching | Cisco', 'BGP / OSPF | BGP | OSPF', 'Fortinet firewalls | Fortinet | FortiGate', 'MPLS', 'Python scripting | Python', 'Network monitoring (Zabbix) | Zabbix | network monitoring'],
    work: [
      { company: 'Swiftlink Communications Ltd', title: 'NOC Engineer (NYSC)', city: 'Abuja', start: '2014-03', end: '2015-02', duties: ['Monitored microwave and fibre links 24/7'] },
      { company: 'Swiftlink Communications Ltd', title: 'Network Engineer', city: 'Lagos', start: '2015-03', end: '2019-09', duties: ['Configured Cisco ASR/ISR routers for enterprise customers', 'Rolled out MPLS VPNs for 30 bank branches'] },
      { company: 'Gulfnet Integrated Services LLC', title: 'Senior Network Engineer', city: 'Dubai', start: '2019-11', end: '2023-01', duties: ['Designed BGP peering for two data centres', 'Migrated perimeter to Fortinet FortiGate HA pairs'] },
      { company: 'Zenora Fintech Ltd', title: 'Lead Network Engineer', city: 'Lagos', start: '2023-03', end: null, duties: ['Own the WAN, DC fabric and firewall policy', 'Automated config backups with Python and Netmiko'] },
    ],
    education: [{ school: 'Federal University of Technology, Okigwe (invented)', degree: 'B.Eng. Electrical/Electronic Engineering', start: '2008-10', end: '2013-09' }],
    languages: ['English', 'Igbo', 'Yoruba (fair)'],
    extra: ['CCNP Enterprise', 'Fortinet NSE 4'],
  },
  {
    id: 'p05', language: 'en', country: 'Poland', name: 'Katarzyna Nowak-Wiśniewska', familyCaps: 'Katarzyna NOWAK-WIŚNIEWSKA', initials: 'KNW',
    headline: 'QA Engineer', email: 'k.nowak.wisniewska@pocztex.pl', phone: '+48601382447',
    mobileLocal: '601 382 447', mobileIntl: '+48 601 382 447',
    others: [
      { label: 'Home', number: '+48 12 415 73 09' },
      { label: 'Italian mobile (2017–2019)', number: '+39 347 812 5560' },
    ],
    address: 'ul. Słowackiego 48/12, 30-018 Kraków',
    skills: ['Test automation', 'Selenium WebDriver', 'Java', 'Postman', 'JIRA', 'ISTQB test design', 'SQL'],
    skillsTruth: ['Test automation', 'Selenium WebDriver | Selenium', 'Java', 'Postman', 'JIRA | Jira', 'ISTQB test design | test design', 'SQL'],
    work: [
      { company: 'Wawelsoft Sp. z o.o.', title: 'Junior Tester (internship)', city: 'Kraków', start: '2015-07', end: '2015-12', duties: ['Manual regression tests of a banking web app'] },
      { company: 'Wawelsoft Sp. z o.o.', title: 'Software Tester', city: 'Kraków', start: '2016-01', end: '2017-08', duties: ['Wrote test cases from user stories', 'Reported and triaged defects in JIRA'] },
      { company: 'Lumetra S.r.l.', title: 'QA Engineer', city: 'Bologna', start: '2017-09', end: '2019-10', duties: ['Built Selenium WebDriver suite in Java', 'Tested REST APIs with Postman collections'] },
      { company: 'Vistula Payments S.A.', title: 'Senior QA Engineer', city: 'Kraków', start: '2019-11', end: null, duties: ['Lead test automation for card-issuing platform', 'Mentor three testers; run ISTQB study group'] },
    ],
    education: [{ school: 'Jagiellonian Institute of Applied Computing (invented)', degree: 'MSc Computer Science', start: '2012-10', end: '2017-06' }],
    languages: ['Polish (native)', 'English (C1)', 'Italian (B2)'],
    extra: ['ISTQB Certified Tester Foundation Level'],
  },
  {
    id: 'p06', language: 'en', country: 'Mexico', name: 'José Luis Hernández Ortega', familyCaps: 'José Luis HERNÁNDEZ ORTEGA', initials: 'JLHO',
    headline: 'Maintenance Supervisor', email: 'jl.hernandez.ortega@correomx.com', phone: '+525531842760',
    mobileLocal: '55 3184 2760', mobileIntl: '+52 55 3184 2760',
    others: [
      { label: 'Home', number: '55 5672 1938' },
      { label: 'Messages', number: '55 5698 0412', who: 'sister' },
      { label: 'Plant switchboard', number: '442 215 6600 ext. 4410' },
    ],
    messenger: { app: 'WhatsApp', id: '55 3184 2760' },
    address: 'Calle Fresno 118, Col. Santa María la Ribera, Alc. Cuauhtémoc, C.P. 06400, CDMX',
    skills: ['Preventive maintenance', 'PLC troubleshooting (Allen-Bradley)', 'Hydraulics and pneumatics', 'TPM', 'AutoCAD', 'Team leadership'],
    skillsTruth: ['Preventive maintenance', 'PLC troubleshooting (Allen-Bradley) | PLC | Allen-Bradley', 'Hydraulics and pneumatics | hydraulics | pneumatics', 'TPM | Total Productive Maintenance', 'AutoCAD', 'Team leadership'],
    work: [
      { company: 'Autopartes del Bajío S.A. de C.V.', title: 'Maintenance Technician', city: 'Querétaro', start: '2012-01', end: '2016-06', duties: ['Repaired stamping presses and conveyors', 'Kept the lubrication schedule'] },
      { company: 'Autopartes del Bajío S.A. de C.V.', title: 'Maintenance Shift Leader', city: 'Querétaro', start: '2016-07', end: '2019-12', duties: ['Led 6 technicians on night shift', 'Cut unplanned downtime 18 %'] },
      { company: 'Envases Tolteca S.A. de C.V.', title: 'Maintenance Supervisor', city: 'Tlalnepantla', start: '2020-02', end: null, duties: ['Run TPM pillar for 3 PET lines', 'Troubleshoot Allen-Bradley PLCs and servo drives'] },
    ],
    education: [{ school: 'Instituto Tecnológico de Iztapalapa Norte (invented)', degree: 'Ingeniería Mecatrónica', start: '2007-08', end: '2011-12' }],
    languages: ['Spanish (native)', 'English (intermediate)'],
  },
  {
    id: 'p07', language: 'en', country: 'South Africa', name: 'Thandiwe Mokoena', nick: 'Thandi', familyCaps: 'Thandiwe MOKOENA', initials: 'TM',
    headline: 'HR Business Partner', email: 'thandi.mokoena@zamail.co.za', phone: '+27824173396',
    mobileLocal: '082 417 3396', mobileIntl: '+27 82 417 3396',
    others: [
      { label: 'Tel (H)', number: '011 938 2207' },
      { label: 'Tel (W)', number: '(012) 427 5500 x 2231' },
      { label: 'Fax', number: '086 512 9034' },
    ],
    address: '42 Marula Crescent, Protea Glen, Soweto, 1818',
    skills: ['Employee relations', 'Labour Relations Act', 'Recruitment and selection', 'Performance management', 'SAP SuccessFactors', 'Skills development facilitation'],
    skillsTruth: ['Employee relations', 'Labour Relations Act | LRA', 'Recruitment and selection | recruitment', 'Performance management', 'SAP SuccessFactors | SuccessFactors', 'Skills development facilitation | SDF'],
    work: [
      { company: 'Ubuntu Retail Holdings', title: 'HR Intern', city: 'Johannesburg', start: '2013-02', end: '2014-01', duties: ['Screened CVs and booked interviews'] },
      { company: 'Ubuntu Retail Holdings', title: 'HR Officer', city: 'Johannesburg', start: '2014-02', end: '2018-05', duties: ['Chaired disciplinary hearings', 'Compiled the WSP/ATR for the SETA'] },
      { company: 'Highveld Mining Services (Pty) Ltd', title: 'HR Business Partner', city: 'Pretoria', start: '2018-06', end: null, duties: ['Partner 3 operations managers (900 staff)', 'Lead wage negotiations with two unions', 'Rolled out SuccessFactors performance module'] },
    ],
    education: [{ school: 'University of the Highveld (invented)', degree: 'BCom Human Resource Management', start: '2009-02', end: '2012-11' }],
    languages: ['English', 'isiZulu', 'Sesotho'],
    extra: ["Code 08 driver's licence", 'SABPP registered HR Practitioner'],
  },
  {
    id: 'p08', language: 'zh', country: 'China', name: '陈思远', initials: 'CSY', headline: '新媒体运营主管',
    email: 'chensiyuan_sh@mail163.cn', phone: '+8613816724590', mobileLocal: '138 1672 4590', mobileIntl: '+86 138-1672-4590',
    others: [
      { label: '座机', zh: '座机', number: '021-6437 2815' },
      { label: '公司总机', zh: '公司总机', number: '021-5108 6600 转 8021' },
      { label: '紧急联系人（母亲）', zh: '紧急联系人（母亲）', number: '135 0621 7743' },
    ],
    messenger: { app: '微信', id: 'siyuan_chen1990' },
    address: '上海市徐汇区漕溪北路 372 弄 5 号 1102 室',
    skills: ['新媒体运营', '短视频策划', '小红书种草', '数据分析', '文案撰写', 'Photoshop'],
    skillsTruth: ['新媒体运营', '短视频策划', '小红书种草', '数据分析', '文案撰写 | 文案', 'Photoshop | PS'],
    work: [
      { company: '上海晨曦文化传播有限公司', title: '新媒体编辑', city: '上海', start: '2013-07', end: '2016-03', duties: ['负责公众号日常推文撰写与排版', '策划节日营销活动'] },
      { company: '上海橙果电子商务有限公司', title: '内容运营', city: '上海', start: '2016-04', end: '2020-05', duties: ['运营品牌小红书与抖音账号，粉丝增长至 42 万', '搭建内容数据看板'] },
      { company: '上海橙果电子商务有限公司', title: '新媒体运营主管', city: '上海', start: '2020-06', end: null, duties: ['管理 6 人内容团队', '年度短视频 GMV 达 3800 万元'] },
    ],
    education: [{ school: '华东商贸学院（虚构）', degree: '本科 · 广告学', start: '2009-09', end: '2013-06' }],
    languages: ['英语（CET-6）'],
  },
  {
    id: 'p09', language: 'zh', country: 'Taiwan', name: '林怡君', enName: 'Yi-Chun Lin', initials: 'YCL', headline: '採購專員',
    email: 'yichun.lin0815@mailtw.com.tw', phone: '+886912473185', mobileLocal: '0912-473-185', mobileIntl: '+886 912 473 185',
    others: [
      { label: '市話', zh: '市話', number: '(02)2758-3196' },
      { label: '公司', zh: '公司', number: '(03)579-8800 #2317' },
      { label: '傳真', zh: '傳真', number: '(03)579-8899' },
    ],
    messenger: { app: 'LINE', id: 'yichun_0815' },
    address: '台北市信義區松仁路 88 巷 6 號 4 樓',
    skills: ['供應商管理', '成本分析', 'SAP MM', '合約談判', 'Excel VBA', '進出口報關'],
    skillsTruth: ['供應商管理', '成本分析', 'SAP MM', '合約談判', 'Excel VBA | VBA | Excel', '進出口報關'],
    work: [
      { company: '宏碩電子股份有限公司', title: '採購助理', city: '新竹', start: '2015-08', end: '2018-02', duties: ['處理請購單與交期追蹤', '維護料號主檔'] },
      { company: '宏碩電子股份有限公司', title: '採購專員', city: '新竹', start: '2018-03', end: '2021-06', duties: ['負責被動元件採購，年度議價節省 6%', '開發東南亞二供'] },
      { company: '凱翔精密工業股份有限公司', title: '資深採購專員', city: '桃園', start: '2021-07', end: null, duties: ['管理 40 家供應商之季度評鑑', '主導進口機台報關與合約談判'] },
    ],
    education: [{ school: '國立中原理工大學（虛構）', degree: '學士 · 工業工程與管理學系', start: '2011-09', end: '2015-06' }],
    languages: ['英文（TOEIC 820）', '日文（N3）'],
  },
  {
    id: 'p10', language: 'zh', country: 'Hong Kong', name: '黃嘉欣', enName: 'Wong Ka Yan', initials: 'WKY', headline: '會計主任',
    email: 'kayan.wong@hkmailbox.com.hk', phone: '+85294172836', mobileLocal: '9417 2836', mobileIntl: '+852 9417 2836',
    others: [
      { label: '住宅', zh: '住宅', number: '2687 3314' },
      { label: '公司直線', zh: '公司直線', number: '(852) 3188 5720' },
      { label: '公司總機', zh: '公司總機', number: '2511 6000' },
    ],
    messenger: { app: 'WhatsApp', id: '9417 2836' },
    address: '新界沙田禾輋邨豐和樓 1815 室',
    skills: ['全盤會計', '銀行對賬', '香港利得稅', 'MYOB', 'SAP FI', 'Excel'],
    skillsTruth: ['全盤會計 | 全盘会计', '銀行對賬 | 银行对账', '香港利得稅 | 利得稅', 'MYOB', 'SAP FI', 'Excel'],
    work: [
      { company: '永泰貿易有限公司', title: '會計文員', city: '香港', start: '2014-07', end: '2017-09', duties: ['處理應付賬款及銀行對賬', '編製月結報表'] },
      { company: '卓亨物流（香港）有限公司', title: '會計主任', city: '香港', start: '2017-10', end: null, duties: ['負責全盤賬目至試算表', '配合核數師完成年度審計及利得稅申報'] },
    ],
    education: [{ school: '香港東方專上學院（虛構）', degree: '會計學高級文憑', start: '2012-09', end: '2014-06' }],
    languages: ['粵語', '普通話', '英語'],
    extra: ['香港會計師公會 AAT 資格'],
  },
  {
    id: 'p11', language: 'zh', country: 'China', name: '刘建军', initials: 'LJJ', headline: '嵌入式软件工程师',
    email: 'liujianjun_sz@qqmail.cn', phone: '+8613928471650', mobileLocal: '139 2847 1650', mobileIntl: '+86 139 2847 1650',
    others: [
      { label: '公司总机', zh: '公司总机', number: '0755-2661 8800' },
      { label: '传真', zh: '传真', number: '0755-2661 8811' },
      { label: '证明人 王工', zh: '证明人 王工', number: '186 2031 7795' },
    ],
    messenger: { app: '微信', id: '同手机号' },
    address: '广东省深圳市南山区西丽街道留仙大道 3370 号',
    skills: ['C/C++', 'STM32', 'FreeRTOS', 'CAN 总线', 'Linux 驱动开发', 'Altium Designer'],
    skillsTruth: ['C/C++ | C | C++', 'STM32', 'FreeRTOS | RTOS', 'CAN 总线 | CAN', 'Linux 驱动开发 | Linux', 'Altium Designer | Altium'],
    work: [
      { company: '深圳市拓芯科技有限公司', title: '嵌入式软件实习生', city: '深圳', start: '2016-03', end: '2016-06', duties: ['参与电机控制板底层驱动调试'] },
      { company: '深圳市拓芯科技有限公司', title: '嵌入式软件工程师', city: '深圳', start: '2016-07', end: '2020-08', duties: ['基于 STM32 开发 BMS 采集板固件', '实现 CAN 通信协议栈'] },
      { company: '深圳云舟智能装备有限公司', title: '高级嵌入式工程师', city: '深圳', start: '2020-09', end: null, duties: ['负责 AGV 主控板 FreeRTOS 架构设计', '移植 Linux 驱动到 i.MX 平台'] },
    ],
    education: [{ school: '华南电子工程学院（虚构）', degree: '本科 · 电子信息工程', start: '2012-09', end: '2016-06' }],
    languages: ['英语（CET-4）'],
  },
  {
    id: 'p12', language: 'zh', country: 'Japan', name: '王磊', initials: 'WL', headline: '跨境电商运营',
    email: 'wanglei.tokyo@mailjp.jp', phone: '+818041726359', mobileLocal: '080-4172-6359', mobileIntl: '+81 80-4172-6359',
    others: [
      { label: '家属联系电话（国内）', zh: '家属联系电话（国内）', number: '+86 152 6630 1184' },
      { label: '公司', zh: '公司', number: '03-5789-2140' },
    ],
    messenger: { app: '微信', id: 'wanglei_jp' },
    address: '东京都江东区大岛 6-12-3 ハイツ大岛 203',
    skills: ['亚马逊日本站运营', '乐天店铺管理', '广告投放', '选品分析', '日语商务沟通', 'Excel'],
    skillsTruth: ['亚马逊日本站运营 | 亚马逊运营 | Amazon', '乐天店铺管理 | 乐天', '广告投放', '选品分析', '日语商务沟通', 'Excel'],
    work: [
      { company: '杭州远洋跨境贸易有限公司', title: '运营专员', city: '杭州', start: '2015-07', end: '2018-03', duties: ['负责亚马逊日本站 3 个店铺日常运营'] },
      { company: '株式会社サクラトレード', title: '电商运营', city: '东京', start: '2018-05', end: '2022-04', duties: ['管理乐天与雅虎购物店铺', '广告 ROAS 提升至 5.2'] },
      { company: '株式会社ミライ商事', title: '跨境电商运营主管', city: '东京', start: '2022-05', end: null, duties: ['带领 4 人团队负责中国品牌日本站进驻', '制定选品与定价策略'] },
    ],
    education: [{ school: '浙江外语学院（虚构）', degree: '本科 · 日语', start: '2011-09', end: '2015-06' }],
    languages: ['日语（JLPT N1）', '英语（CET-6）'],
  },
  {
    id: 'p13', language: 'mixed', country: 'Malaysia', name: '张美玲', enName: 'Chang Mei Ling', initials: 'CML', headline: 'Marketing Executive 市场专员',
    email: 'meiling.chang@mymail.com.my', phone: '+60123847261', mobileLocal: '012-384 7261', mobileIntl: '+60 12-384 7261',
    others: [
      { label: 'Office 公司', zh: '公司', number: '03-7956 2180 ext. 305' },
      { label: 'Home 住家', zh: '住家', number: '04-263 8817' },
    ],
    messenger: { app: 'WeChat', id: 'meiling_cml' },
    address: 'No. 27, Jalan SS 21/35, Damansara Utama, 47400 Petaling Jaya, Selangor',
    skills: ['Digital marketing', 'Event management', 'Canva', 'Google Ads', '中文文案', 'Social media'],
    skillsTruth: ['Digital marketing', 'Event management', 'Canva', 'Google Ads', '中文文案 | 文案', 'Social media | 社交媒体'],
    work: [
      { company: 'Harmoni Media Sdn Bhd', title: 'Marketing Assistant', city: 'Kuala Lumpur', start: '2017-03', end: '2019-08', duties: ['Ran Facebook and Xiaohongshu pages for F&B clients', 'Wrote bilingual copy'] },
      { company: 'Orkid Home Living Sdn Bhd', title: 'Marketing Executive', city: 'Petaling Jaya', start: '2019-09', end: null, duties: ['Plan roadshows in 12 malls a year', 'Manage RM40k/month Google Ads budget'] },
    ],
    education: [{ school: 'Kolej Universiti Selatan (invented)', degree: 'Bachelor of Mass Communication', start: '2013-07', end: '2016-12' }],
    languages: ['English', '中文 Mandarin', 'Bahasa Melayu', 'Cantonese'],
  },
  {
    id: 'p14', language: 'mixed', country: 'Hong Kong', name: '何家俊', enName: 'HO Ka Chun, Kelvin', initials: 'KH', headline: 'Project Engineer 項目工程師',
    email: 'kelvin.ho.kc@hkmailbox.com.hk', phone: '+85261847320', mobileLocal: '6184 7320', mobileIntl: '+852 6184 7320',
    others: [
      { label: 'Office 辦公室', zh: '辦公室', number: '(852) 2805 4417' },
      { label: 'Fax 傳真', zh: '傳真', number: '(852) 2805 4400' },
      { label: 'Consultant — Apex Talent (HK)', zh: '顧問', number: '+852 3970 2288' },
    ],
    messenger: { app: 'WhatsApp', id: '6184 7320' },
    address: 'Flat C, 12/F, Block 3, Kwun Tong Garden Estate, Kowloon',
    skills: ['Project management', 'AutoCAD', 'MEP coordination', 'BIM (Revit)', 'Site safety', 'Cost control'],
    skillsTruth: ['Project management', 'AutoCAD', 'MEP coordination | MEP', 'BIM (Revit) | BIM | Revit', 'Site safety', 'Cost control'],
    work: [
      { company: 'Harbourline Engineering Ltd', title: 'Assistant Engineer', city: 'Hong Kong', start: '2016-08', end: '2019-07', duties: ['Coordinated MEP shop drawings', 'Site inspections for a 40-storey residential tower'] },
      { company: 'Harbourline Engineering Ltd', title: 'Engineer', city: 'Hong Kong', start: '2019-08', end: '2022-02', duties: ['Managed BIM clash detection in Revit'] },
      { company: 'Kowloon Bay Builders Co Ltd', title: 'Project Engineer', city: 'Hong Kong', start: '2022-03', end: null, duties: ['Run fit-out projects up to HK$45M', 'Cost control and subcontractor claims'] },
    ],
    education: [{ school: 'Victoria Harbour Polytechnic (invented)', degree: 'BEng Building Services Engineering', start: '2012-09', end: '2016-06' }],
    languages: ['Cantonese 粵語', 'English', 'Putonghua 普通話'],
    extra: ['Green Card (Construction Industry Safety Training)', 'Registered Safety Officer (in training)'],
  },
  {
    id: 'p15', language: 'mixed', country: 'Singapore', name: '李文杰', enName: 'Lee Wen Jie', initials: 'LWJ', headline: 'Data Analyst 数据分析师',
    email: 'wenjie.lee.sg@sgmail.com.sg', phone: '+6591847362', mobileLocal: '9184 7362', mobileIntl: '+65 9184 7362',
    others: [
      { label: 'Office DID', zh: '办公室', number: '+65 6438 2917' },
      { label: 'Home', zh: '住家', number: '6782 4410' },
    ],
    messenger: { app: 'Telegram', id: '@wenjie_lee' },
    address: 'Blk 512 Bedok North Ave 3, #08-221, Singapore 460512',
    skills: ['Python', 'SQL', 'Tableau', 'Statistical modelling', 'A/B testing', 'Airflow'],
    skillsTruth: ['Python', 'SQL', 'Tableau', 'Statistical modelling | statistics', 'A/B testing', 'Airflow | Apache Airflow'],
    work: [
      { company: 'Merlion Insights Pte Ltd', title: 'Data Analyst Intern', city: 'Singapore', start: '2017-05', end: '2017-08', duties: ['Cleaned survey data in Python'] },
      { company: 'Merlion Insights Pte Ltd', title: 'Data Analyst', city: 'Singapore', start: '2018-01', end: '2021-03', duties: ['Built Tableau dashboards for retail clients', 'Wrote SQL for weekly KPI packs'] },
      { company: 'Straits Digital Bank Ltd', title: 'Senior Data Analyst', city: 'Singapore', start: '2021-04', end: null, duties: ['Design A/B tests for onboarding funnels', 'Own Airflow pipelines for marketing data'] },
    ],
    education: [{ school: 'Lion City Institute of Technology (invented)', degree: 'BSc Statistics', start: '2014-08', end: '2017-12' }],
    languages: ['English', 'Mandarin 华语'],
  },
  {
    id: 'p16', language: 'mixed', country: 'Korea', name: '崔海燕', enName: 'Choi Haiyan', initials: 'HC', headline: 'Trade Coordinator 贸易协调员',
    email: 'haiyan.choi@korimail.co.kr', phone: '+821048273619', mobileLocal: '010-4827-3619', mobileIntl: '+82 10-4827-3619',
    others: [
      { label: 'Office', zh: '公司', number: '02-6952-3170 (ext. 214)' },
      { label: 'China mobile (parents)', zh: '国内（父母）', number: '+86 139 4317 2285' },
    ],
    messenger: { app: 'KakaoTalk', id: 'haiyan_c' },
    address: '서울특별시 마포구 월드컵북로 21길 15, 302호 (Mapo-gu, Seoul 03993)',
    skills: ['Export documentation', 'Incoterms', 'Customs clearance', 'ERP (Douzone)', 'Chinese–Korean interpretation', 'Supplier coordination'],
    skillsTruth: ['Export documentation', 'Incoterms', 'Customs clearance', 'ERP (Douzone) | ERP | Douzone', 'Chinese–Korean interpretation | interpretation', 'Supplier coordination'],
    work: [
      { company: '延边东方国际贸易有限公司', title: '外贸助理', city: '延吉', start: '2014-07', end: '2017-02', duties: ['制作报关单据、跟踪海运'] },
      { company: 'Hanbit Global Co., Ltd.', title: 'Trade Coordinator', city: 'Seoul', start: '2017-04', end: '2021-12', duties: ['Export documents for China and Vietnam lanes', 'Chinese–Korean interpretation at supplier visits'] },
      { company: 'Sejin Logistics Co., Ltd.', title: 'Senior Trade Coordinator', city: 'Seoul', start: '2022-01', end: null, duties: ['Customs clearance for 300+ import lots a year', 'Supplier coordination in Shandong and Zhejiang'] },
    ],
    education: [{ school: '延边经贸学院（虚构）', degree: 'Bachelor 本科 · 朝鲜语', start: '2010-09', end: '2014-06' }],
    languages: ['Korean 한국어 (TOPIK 6)', 'Chinese 中文', 'English'],
  },
];
