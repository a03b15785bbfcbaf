/**
 * heldout-51: sixteen invented people. Every name, employer, school, address, e-mail and phone number is made up;
 * phone numbers only have the right shape for their country.
 */
export interface Job { company: string; title: string; start: string; end: string | null; city: string; bullets: string[]; partTime?: boolean }
export interface Edu { school: string; degree: string; start: string; end: string }
export interface Skill { p: string; syn?: string[] }
export interface Person {
  id: string; lang: 'en' | 'zh' | 'mixed';
  name: string;            // as written (mixed: the Chinese name)
  latin?: string;          // romanised / English name printed beside it
  email: string; email2?: string;
  phone: string;           // E.164 of own mobile
  phoneNat: string;        // national format as the person writes it
  phoneIntl: string;       // spaced international format
  office?: string;         // an office / switchboard line with extension (never the truth)
  city: string; address: string; headline: string; summary: string;
  skills: Skill[]; work: Job[]; education: Edu[]; languages: string[]; certs: string[];
  dateMode?: 'quarters' | 'seasons' | 'years';
}

export const people: Person[] = [
  {
    id: 'p01', lang: 'en', name: 'Rhiannon Pryce-Evans',
    email: 'rhiannon.pryceevans@gmail.com', phone: '+447723418096', phoneNat: '07723 418096', phoneIntl: '+44 7723 418096',
    office: '029 2087 4410 ext. 2215', city: 'Cardiff', address: '14 Heol Pen-y-Bryn, Llanishen, Cardiff CF14 5QT',
    headline: 'Senior Data Analyst', summary: 'Data analyst with twelve years in housing, care and consultancy analytics, turning messy operational data into reporting that boards actually read.',
    skills: [{ p: 'SQL' }, { p: 'Power BI' }, { p: 'Python (pandas)', syn: ['Python', 'pandas'] }, { p: 'Excel (Power Query)', syn: ['Excel', 'Power Query'] }, { p: 'Tableau' }, { p: 'Data visualisation', syn: ['Data visualization'] }, { p: 'Stakeholder reporting' }],
    work: [
      { company: 'Hafren Insight Ltd', title: 'Junior Data Analyst', start: '2014-09', end: '2016-11', city: 'Bristol', bullets: ['Built weekly footfall dashboards for twelve retail clients', 'Cleaned and matched survey panels of 40,000 respondents'] },
      { company: 'Hafren Insight Ltd', title: 'Data Analyst', start: '2016-12', end: '2018-05', city: 'Bristol', bullets: ['Owned the SQL reporting layer for the research team', 'Cut monthly report turnaround from five days to two'] },
      { company: 'Tŷ Llanwern Housing Association', title: 'Performance Analyst', start: '2018-06', end: '2021-08', city: 'Newport', bullets: ['Produced the regulator returns and board KPI pack', 'Introduced Power BI across repairs and lettings teams'] },
      { company: 'Gorsedd Analytics', title: 'Senior Data Analyst', start: '2021-09', end: null, city: 'Cardiff', bullets: ['Lead analyst on social-care demand models for three local authorities', 'Mentor two junior analysts'] },
    ],
    education: [{ school: 'Swansea University', degree: 'BSc Mathematics (2:1)', start: '2011-09', end: '2014-06' }],
    languages: ['English (native)', 'Welsh (conversational)'], certs: ['Microsoft Certified: Power BI Data Analyst Associate'],
  },
  {
    id: 'p02', lang: 'en', name: 'Daniel Achterberg',
    email: 'dachterberg@fastmail.com', phone: '+12044718823', phoneNat: '(204) 471-8823', phoneIntl: '+1 204 471 8823',
    office: '204-982-4400 ext. 117', city: 'Winnipeg, MB', address: '77 Lindsay Street, Winnipeg, MB R3N 1G6',
    headline: 'Refrigeration & HVAC Technician (Red Seal)', summary: 'Red Seal refrigeration mechanic with 14 years on commercial refrigeration, rooftop units and heat pumps across Manitoba.',
    skills: [{ p: 'Commercial refrigeration' }, { p: 'Heat pumps' }, { p: 'Building automation (BAS)', syn: ['BAS', 'Building automation'] }, { p: 'Brazing' }, { p: 'Troubleshooting' }, { p: 'Preventive maintenance' }],
    work: [
      { company: 'Red River Mechanical Ltd.', title: 'Apprentice Refrigeration Mechanic', start: '2012-05', end: '2016-04', city: 'Winnipeg', bullets: ['Four-level apprenticeship on supermarket rack systems', 'Installed walk-in coolers and rooftop units'] },
      { company: 'Red River Mechanical Ltd.', title: 'Journeyperson Refrigeration Mechanic', start: '2016-05', end: '2019-10', city: 'Winnipeg', bullets: ['Ran a service van covering 60 grocery and restaurant accounts', 'Converted R-22 systems to low-GWP refrigerants'] },
      { company: 'Prairie Sky Climate Services Inc.', title: 'Service Technician', start: '2020-02', end: '2023-03', city: 'Brandon', bullets: ['Cold-climate heat pump installs for a provincial rebate program', 'On-call rotation for hospital and care-home chillers'] },
      { company: 'Assiniboine Facilities Group', title: 'Lead HVAC Technician', start: '2023-04', end: null, city: 'Winnipeg', bullets: ['Lead a crew of five on 30 commercial buildings', 'Tune BAS schedules, saving 11 % on gas use'] },
    ],
    education: [{ school: 'Red River College Polytechnic', degree: 'Refrigeration and Air Conditioning Mechanic, Level 4', start: '2012-09', end: '2016-04' }],
    languages: ['English', 'German (basic)'], certs: ['Red Seal – Refrigeration and Air Conditioning Mechanic', 'Ozone Depletion Prevention (ODP) card'],
  },
  {
    id: 'p03', lang: 'en', name: 'Lachlan Whitby', dateMode: 'quarters',
    email: 'lwhitby.eng@gmail.com', phone: '+61412583907', phoneNat: '0412 583 907', phoneIntl: '+61 412 583 907',
    office: '(07) 3368 2100 ext 214', city: 'Brisbane QLD', address: '9 Jacaranda Close, Ashgrove QLD 4060',
    headline: 'Senior Project Engineer – Civil & Rail', summary: 'Civil engineer (RPEQ) delivering road and rail packages in South-East Queensland since 2016.',
    skills: [{ p: '12d Model' }, { p: 'AutoCAD Civil 3D', syn: ['Civil 3D', 'AutoCAD'] }, { p: 'Primavera P6', syn: ['P6'] }, { p: 'Contract administration' }, { p: 'Earthworks' }, { p: 'Quality assurance (ITPs)', syn: ['Quality assurance', 'ITPs'] }],
    work: [
      { company: 'Moreton Civil Group', title: 'Graduate Civil Engineer', start: '2016-01', end: '2017-12', city: 'Brisbane', bullets: ['Set-out and as-built checks on a 4 km arterial upgrade', 'Prepared ITPs and lot registers'] },
      { company: 'Moreton Civil Group', title: 'Site Engineer', start: '2018-01', end: '2019-06', city: 'Brisbane', bullets: ['Ran earthworks and drainage crews on a $38m interchange', 'Managed subcontractor claims and variations'] },
      { company: 'Brigalow Infrastructure Pty Ltd', title: 'Project Engineer', start: '2019-07', end: '2021-03', city: 'Toowoomba', bullets: ['Delivered a range-crossing culvert package under AS 4000', 'Kept the P6 programme and weekly client reports'] },
      { company: 'Tallowwood Rail Alliance', title: 'Senior Project Engineer', start: '2021-04', end: null, city: 'Brisbane', bullets: ['Own the civil interfaces for three stations', 'Lead the quality and handover workstream'] },
    ],
    education: [{ school: 'Queensland University of Technology', degree: 'Bachelor of Engineering (Civil) (Honours)', start: '2012-02', end: '2015-11' }],
    languages: ['English'], certs: ['RPEQ (Civil)', 'White Card', 'Queensland C Class driver licence'],
  },
  {
    id: 'p04', lang: 'en', name: 'Keisha Montgomery-Hale', dateMode: 'seasons',
    email: 'kmh118@monongahela.edu', email2: 'keisha.montgomeryhale@gmail.com', phone: '+14126083391', phoneNat: '(412) 608-3391', phoneIntl: '+1 412 608 3391',
    office: '(412) 624-3000 ext. 4187', city: 'Pittsburgh, PA', address: '5521 Walnut Street, Apt 3, Pittsburgh, PA 15232',
    headline: 'PhD Candidate, Biostatistics', summary: 'Biostatistics doctoral candidate working on survival models for registry data; two summers of industry research.',
    skills: [{ p: 'R' }, { p: 'SAS' }, { p: 'Survival analysis' }, { p: 'Mixed-effects models', syn: ['Mixed models'] }, { p: 'Python' }, { p: 'REDCap' }, { p: 'Git' }],
    work: [
      { company: 'Allegheny Health Analytics', title: 'Data Science Intern', start: '2018-06', end: '2018-08', city: 'Pittsburgh, PA', bullets: ['Built readmission-risk features from claims data'] },
      { company: 'Monongahela University, Department of Biostatistics', title: 'Teaching Assistant', start: '2019-09', end: '2021-05', city: 'Pittsburgh, PA', bullets: ['Led labs for BIOST 2041 (Introduction to Statistical Methods)', 'Held office hours for 90 students each semester'] },
      { company: 'Three Rivers Clinical Research Institute', title: 'Summer Research Fellow', start: '2021-06', end: '2021-08', city: 'Philadelphia, PA', bullets: ['Simulation study of interim analyses for an oncology trial'] },
      { company: 'Monongahela University Center for Outcomes Research', title: 'Graduate Research Assistant', start: '2021-09', end: null, city: 'Pittsburgh, PA', bullets: ['Joint models of longitudinal biomarkers and time to transplant', 'Maintain the group\'s R package and REDCap projects'] },
    ],
    education: [
      { school: 'Monongahela University', degree: 'PhD Biostatistics (expected 2027)', start: '2019-09', end: '2027-05' },
      { school: 'Spelman College', degree: 'BS Mathematics', start: '2015-09', end: '2019-05' },
    ],
    languages: ['English', 'Spanish (intermediate)'], certs: [],
  },
  {
    id: 'p05', lang: 'en', name: 'Wanjiru Njoroge',
    email: 'wanjiru.njoroge.me@gmail.com', phone: '+254722418306', phoneNat: '0722 418 306', phoneIntl: '+254 722 418 306',
    office: '+254 20 271 4400 Ext. 308', city: 'Nairobi', address: 'P.O. Box 10422-00100, Nairobi',
    headline: 'Senior Monitoring & Evaluation Officer', summary: 'M&E specialist with thirteen years in community health and WASH programmes, and a part-time lecturer in research methods.',
    skills: [{ p: 'Monitoring & Evaluation (M&E)', syn: ['M&E', 'Monitoring and Evaluation'] }, { p: 'KoboToolbox', syn: ['Kobo'] }, { p: 'Stata' }, { p: 'DHIS2' }, { p: 'Logframe design', syn: ['Logframe'] }, { p: 'Data quality audits' }, { p: 'Report writing' }],
    work: [
      { company: 'Kibera Youth Learning Trust', title: 'Programme Assistant', start: '2013-03', end: '2015-08', city: 'Nairobi', bullets: ['Tracked attendance and outcomes for 1,200 learners'] },
      { company: 'Tana Riverine Health Initiative', title: 'Monitoring & Evaluation Officer', start: '2016-02', end: '2020-06', city: 'Garissa', bullets: ['Rolled out DHIS2 reporting in 14 health facilities', 'Ran quarterly data quality audits'] },
      { company: 'Kilimani College of Health Sciences', title: 'Part-time Lecturer, Research Methods', start: '2018-01', end: '2022-12', city: 'Nairobi', partTime: true, bullets: ['Taught research methods and biostatistics to diploma students (6 hours a week)'] },
      { company: 'Maji Safi East Africa', title: 'Senior M&E Officer', start: '2020-07', end: null, city: 'Nairobi', bullets: ['Lead M&E for a four-county WASH programme', 'Designed the results framework and KoboToolbox forms'] },
      { company: 'Pamoja Data Consultants', title: 'Associate Consultant (part-time)', start: '2023-03', end: null, city: 'Nairobi', partTime: true, bullets: ['Baseline and end-line evaluations for small NGOs'] },
    ],
    education: [
      { school: 'University of Nairobi', degree: 'MSc Medical Statistics', start: '2015-09', end: '2017-12' },
      { school: 'Kenyatta University', degree: 'BSc Mathematics and Computer Science', start: '2008-09', end: '2012-12' },
    ],
    languages: ['English', 'Kiswahili', 'Gikuyu'], certs: [],
  },
  {
    id: 'p06', lang: 'en', name: 'Noa Ben-Ami',
    email: 'noa@benami.dev', email2: 'noa.benami@levantmobility.io', phone: '+972546127730', phoneNat: '054-612-7730', phoneIntl: '+972 54-612-7730',
    office: '+972 3-761-4400 ext. 512', city: 'Tel Aviv', address: 'Florentin, Tel Aviv-Yafo',
    headline: 'Backend Tech Lead', summary: 'Backend engineer who likes boring, observable distributed systems. Eleven years of Go and Postgres in payments, data and mobility.',
    skills: [{ p: 'Go', syn: ['Golang'] }, { p: 'PostgreSQL', syn: ['Postgres'] }, { p: 'Kafka', syn: ['Apache Kafka'] }, { p: 'Kubernetes', syn: ['K8s'] }, { p: 'gRPC' }, { p: 'Python' }, { p: 'Distributed systems' }],
    work: [
      { company: 'Yarkon Payments Ltd.', title: 'Backend Developer', start: '2015-03', end: '2018-07', city: 'Tel Aviv', bullets: ['Card-authorisation service handling 900 TPS', 'Moved batch settlement from cron to Kafka consumers'] },
      { company: 'Shikma Data', title: 'Senior Backend Developer', start: '2018-08', end: '2022-01', city: 'Herzliya', bullets: ['Designed the multi-tenant ingestion API (gRPC)', 'Led the Postgres 9.6 → 13 migration with zero downtime'] },
      { company: 'Levant Mobility', title: 'Tech Lead, Dispatch', start: '2022-02', end: null, city: 'Tel Aviv', bullets: ['Lead six engineers on the ride-dispatch platform', 'Own the on-call and SLO process'] },
    ],
    education: [{ school: 'Tel Aviv University', degree: 'BSc Computer Science', start: '2011-10', end: '2014-07' }],
    languages: ['Hebrew (native)', 'English (fluent)', 'Russian (good)'], certs: [],
  },
  {
    id: 'p07', lang: 'en', name: 'Thandeka Mokoena', dateMode: 'years',
    email: 'thandeka@mokoena-advisory.co.za', phone: '+27824471936', phoneNat: '082 447 1936', phoneIntl: '+27 82 447 1936',
    office: '+27 11 268 5500 ext. 2231', city: 'Johannesburg', address: '22 Oxford Road, Parktown, Johannesburg 2193',
    headline: 'Chief Financial Officer | CA(SA)', summary: 'Chartered accountant and listed-company CFO with board experience in banking and cold-chain logistics.',
    skills: [{ p: 'Financial reporting (IFRS)', syn: ['IFRS', 'Financial reporting'] }, { p: 'Treasury management' }, { p: 'M&A due diligence', syn: ['Due diligence'] }, { p: 'SAP S/4HANA', syn: ['SAP', 'S/4HANA'] }, { p: 'King IV governance', syn: ['King IV', 'Corporate governance'] }, { p: 'Audit committee liaison' }],
    work: [
      { company: 'Ndlovu Kruger Inc.', title: 'Trainee Accountant (Articles)', start: '2006-01', end: '2008-12', city: 'Johannesburg', bullets: ['Audits of mining and retail clients under a SAICA training contract'] },
      { company: 'Ndlovu Kruger Inc.', title: 'Audit Manager', start: '2009-01', end: '2011-12', city: 'Johannesburg', bullets: ['Managed a JSE-listed portfolio of six audit clients'] },
      { company: 'Vaal Ridge Mining Ltd', title: 'Group Financial Controller', start: '2012-01', end: '2016-12', city: 'Vereeniging', bullets: ['Consolidation of 11 entities and IFRS 9 / 15 adoption', 'Led the SAP S/4HANA finance go-live'] },
      { company: 'Ubuntu Cold Chain Holdings', title: 'Chief Financial Officer', start: '2017-01', end: null, city: 'Johannesburg', bullets: ['Raised R1.2bn in green bonds for refrigerated warehouses', 'Led two acquisitions in Namibia and Botswana'] },
      { company: 'Soweto Community Savings Bank', title: 'Non-Executive Director', start: '2019-01', end: '2023-12', city: 'Soweto', partTime: true, bullets: ['Chaired the audit and risk committee'] },
    ],
    education: [
      { school: 'University of the Witwatersrand', degree: 'BAcc and Postgraduate Diploma in Accounting', start: '2001-01', end: '2005-12' },
    ],
    languages: ['English', 'isiZulu', 'Sesotho', 'Afrikaans'], certs: ['CA(SA) – SAICA, 2009', 'Institute of Directors in South Africa – Member'],
  },
  // ---------------------------------------------------------------- zh
  {
    id: 'p08', lang: 'zh', name: '欧阳晓岚', latin: 'Ouyang Xiaolan',
    email: 'ouyangxl@foxmail.com', phone: '+8613826574410', phoneNat: '138 2657 4410', phoneIntl: '+86 138 2657 4410',
    office: '0755-2671 8800 转 6205', city: '深圳', address: '广东省深圳市南山区西丽街道留仙大道 3370 号',
    headline: '嵌入式软件工程师', summary: '11 年嵌入式软件经验，做过消费电子、工业控制和汽车电子，熟悉 RTOS 与 CAN 通信。',
    skills: [{ p: 'C语言', syn: ['C'] }, { p: 'FreeRTOS', syn: ['RTOS'] }, { p: 'ARM Cortex-M', syn: ['Cortex-M', 'ARM'] }, { p: 'CAN总线', syn: ['CAN'] }, { p: 'Linux驱动开发', syn: ['Linux'] }, { p: 'Git' }, { p: 'AUTOSAR' }],
    work: [
      { company: '深圳市华曦微电子有限公司', title: '嵌入式软件实习生', start: '2015-03', end: '2015-06', city: '深圳', bullets: ['参与蓝牙音箱固件的按键与电源管理模块'] },
      { company: '深圳市华曦微电子有限公司', title: '嵌入式软件工程师', start: '2015-07', end: '2018-09', city: '深圳', bullets: ['负责智能门锁主控固件，移植 FreeRTOS', '低功耗优化，待机电流降至 18μA'] },
      { company: '广州鹏程智能科技有限公司', title: '高级嵌入式工程师', start: '2018-10', end: '2022-04', city: '广州', bullets: ['工业网关 Linux 驱动与 Modbus/CAN 协议栈', '带 3 人小组完成 2 款产品量产'] },
      { company: '深圳拓海汽车电子有限公司', title: '软件组长', start: '2022-05', end: null, city: '深圳', bullets: ['负责车身控制器（BCM）软件，基于 AUTOSAR', '管理 6 人团队，推动单元测试覆盖率到 80%'] },
    ],
    education: [{ school: '华南理工大学', degree: '电子信息工程 本科', start: '2011-09', end: '2015-06' }],
    languages: ['英语（CET-6）', '粤语'], certs: ['软件设计师（中级）'],
  },
  {
    id: 'p09', lang: 'zh', name: '祁雪莹', latin: 'Qi Xueying',
    email: 'qixueying0817@163.com', phone: '+8615982160373', phoneNat: '159 8216 0373', phoneIntl: '+86 159 8216 0373',
    office: '028-8532 6610 转 8023', city: '成都', address: '四川省成都市武侯区玉林北路 18 号',
    headline: '财务经理', summary: '12 年财务工作经验，从审计助理做到财务经理，擅长成本核算、税务筹划和合并报表。',
    skills: [{ p: '金蝶K/3', syn: ['金蝶', 'Kingdee K/3'] }, { p: '用友U8', syn: ['用友', 'Yonyou U8'] }, { p: 'Excel（数据透视表）', syn: ['Excel', '数据透视表'] }, { p: '税务筹划' }, { p: '成本核算' }, { p: '合并报表' }],
    work: [
      { company: '成都蓉锦会计师事务所', title: '审计助理', start: '2014-07', end: '2016-12', city: '成都', bullets: ['参与 20 余家企业年报审计', '负责底稿整理与函证'] },
      { company: '四川天府源食品股份有限公司', title: '总账会计', start: '2017-03', end: '2020-08', city: '成都', bullets: ['月结、总账及纳税申报', '推动金蝶K/3 成本模块上线'] },
      { company: '四川天府源食品股份有限公司', title: '财务主管', start: '2020-09', end: '2023-05', city: '成都', bullets: ['管理 5 人核算团队', '主导三家子公司合并报表'] },
      { company: '成都西岭新能源科技有限公司', title: '财务经理', start: '2023-06', end: null, city: '成都', bullets: ['搭建财务制度与预算体系', '高新技术企业税收优惠申报'] },
    ],
    education: [{ school: '西南财经大学', degree: '会计学 本科', start: '2010-09', end: '2014-06' }],
    languages: ['英语（CET-4）'], certs: ['中级会计师', '税务师'],
  },
  {
    id: 'p10', lang: 'zh', name: '贺振东', latin: 'He Zhendong',
    email: 'hezhendong@126.com', phone: '+8618771205538', phoneNat: '187 7120 5538', phoneIntl: '+86 187 7120 5538',
    office: '027-8756 3300 转 2117', city: '武汉', address: '湖北省武汉市洪山区光谷大道 77 号',
    headline: '高级机械工程师', summary: '14 年非标设备与传动部件设计经验，熟悉从方案到量产的全流程。',
    skills: [{ p: 'SolidWorks' }, { p: 'AutoCAD' }, { p: 'ANSYS' }, { p: 'GD&T（形位公差）', syn: ['GD&T', '形位公差'] }, { p: '非标设备设计' }, { p: '钣金设计' }],
    work: [
      { company: '武汉楚天重工机械有限公司', title: '机械设计员', start: '2012-07', end: '2015-02', city: '武汉', bullets: ['起重设备零部件设计与出图', '配合车间解决装配问题'] },
      { company: '襄阳汉江精密传动有限公司', title: '结构工程师', start: '2015-04', end: '2019-11', city: '襄阳', bullets: ['减速机系列化设计，缩短交期 30%', 'ANSYS 强度校核'] },
      { company: '武汉光谷智能装备有限公司', title: '高级机械工程师', start: '2019-12', end: null, city: '武汉', bullets: ['锂电池自动化产线非标设备总体设计', '带领 4 名工程师，年交付 20 余台设备'] },
    ],
    education: [{ school: '武汉科技大学', degree: '机械设计制造及其自动化 本科', start: '2008-09', end: '2012-06' }],
    languages: ['英语（CET-4）'], certs: ['机械工程师（中级职称）'],
  },
  {
    id: 'p11', lang: 'zh', name: '邱靜怡', latin: 'Chiu Ching-Yi',
    email: 'chingyi.chiu88@gmail.com', phone: '+886932618457', phoneNat: '0932-618-457', phoneIntl: '+886 932 618 457',
    office: '(02)2718-6655 分機 312', city: '台北', address: '台北市大安區復興南路二段 151 巷 8 號 4 樓',
    headline: '品牌行銷主任', summary: '十年品牌與數位行銷經驗，擅長社群經營、廣告投放與內容企劃。',
    skills: [{ p: '社群經營' }, { p: 'Google Analytics', syn: ['GA', 'GA4'] }, { p: 'Meta廣告投放', syn: ['Meta Ads', 'Facebook廣告'] }, { p: '文案撰寫' }, { p: 'SEO' }, { p: 'Canva' }],
    work: [
      { company: '晴川文創股份有限公司', title: '行銷專員', start: '2016-08', end: '2019-02', city: '台北', bullets: ['經營粉絲專頁，一年內追蹤數成長 3 倍', '企劃書店通路檔期活動'] },
      { company: '凱達數位行銷有限公司', title: '資深行銷企劃', start: '2019-03', end: '2022-10', city: '台北', bullets: ['負責 8 個品牌客戶的廣告投放與成效報告', '月預算規模約新台幣 300 萬'] },
      { company: '禾豐生活百貨股份有限公司', title: '品牌行銷主任', start: '2022-11', end: null, city: '台北', bullets: ['帶領 4 人行銷團隊', '會員 App 上線，首年會員數 12 萬'] },
    ],
    education: [{ school: '國立政治大學', degree: '廣告學系 學士', start: '2012-09', end: '2016-06' }],
    languages: ['英文（多益 850）', '日文（N3）'], certs: ['Google Ads 搜尋廣告認證'],
  },
  {
    id: 'p12', lang: 'zh', name: '关树林', latin: 'Guan Shulin',
    email: 'guanshulin@sina.com', phone: '+8613504512786', phoneNat: '135 0451 2786', phoneIntl: '+86 135 0451 2786',
    office: '0451-8763 2210', city: '哈尔滨', address: '黑龙江省哈尔滨市松北区世茂大道 99 号',
    headline: '物流运营总监', summary: '17 年仓储物流经验，冷链与跨境电商仓配均有实操，擅长团队管理与成本控制。',
    skills: [{ p: 'WMS系统', syn: ['WMS'] }, { p: 'ERP（SAP）', syn: ['SAP', 'ERP'] }, { p: '冷链管理' }, { p: '库存盘点' }, { p: '团队管理' }, { p: '6S管理', syn: ['6S'] }],
    work: [
      { company: '哈尔滨冰城物流有限公司', title: '仓库管理员', start: '2009-07', end: '2012-12', city: '哈尔滨', bullets: ['负责 3 号库出入库与盘点'] },
      { company: '黑龙江北疆冷链物流股份有限公司', title: '仓储主管', start: '2013-09', end: '2018-03', city: '哈尔滨', bullets: ['管理 2 万平米冷库，库存准确率 99.6%', '上线 WMS 系统'] },
      { company: '沈阳辽河供应链管理有限公司', title: '物流经理', start: '2018-04', end: '2021-06', city: '沈阳', bullets: ['负责东北区域仓配网络，年降本 260 万元'] },
      { company: '哈尔滨松北跨境电商产业园有限公司', title: '运营总监', start: '2021-09', end: null, city: '哈尔滨', bullets: ['对俄跨境仓运营，团队 40 人', '建立 6S 与绩效考核体系'] },
    ],
    education: [{ school: '黑龙江职业学院', degree: '物流管理 大专', start: '2006-09', end: '2009-07' }],
    languages: ['俄语（日常交流）'], certs: ['叉车操作证', '物流师（三级）'],
  },
  // ---------------------------------------------------------------- mixed
  {
    id: 'p13', lang: 'mixed', name: '林子涵', latin: 'Hannah Lim Zi Han',
    email: 'hannah.lim.zh@gmail.com', phone: '+6591274863', phoneNat: '9127 4863', phoneIntl: '+65 9127 4863',
    office: '+65 6221 0800 ext. 61', city: 'Singapore', address: 'Blk 412 Clementi Avenue 1, #09-233, Singapore 120412',
    headline: 'Lead Product Designer', summary: 'Product designer with nine years in fintech and health-tech; builds design systems and runs research with real users in English and 华语.',
    skills: [{ p: 'Figma' }, { p: 'User research', syn: ['UX research'] }, { p: 'Design systems' }, { p: 'Prototyping' }, { p: 'Usability testing' }, { p: 'HTML/CSS', syn: ['HTML', 'CSS'] }],
    work: [
      { company: 'Kopi Labs Pte. Ltd.', title: 'UX Design Intern', start: '2016-05', end: '2016-08', city: 'Singapore', bullets: ['Redesigned the onboarding flow of a hawker-ordering app'] },
      { company: 'Merlion Digital Pte. Ltd.', title: 'UX Designer', start: '2017-01', end: '2020-03', city: 'Singapore', bullets: ['Agency work for banks and statutory boards', 'Ran 60+ usability sessions'] },
      { company: 'Lion City Fintech Pte. Ltd.', title: 'Senior Product Designer', start: '2020-04', end: '2024-02', city: 'Singapore', bullets: ['Built the "Sampan" design system (180 components)', 'Designed PayNow and GIRO flows'] },
      { company: 'Straits Health Pte. Ltd.', title: 'Lead Product Designer', start: '2024-03', end: null, city: 'Singapore', bullets: ['Lead four designers on the patient app', 'Bilingual research with older patients'] },
    ],
    education: [{ school: 'Nanyang Technological University', degree: 'BFA Design Art', start: '2013-08', end: '2017-05' }],
    languages: ['English', 'Mandarin 华语', 'Hokkien'], certs: ['NN/g UX Certification'],
  },
  {
    id: 'p14', lang: 'mixed', name: '陳浩文', latin: 'CHAN Ho Man, Kelvin',
    email: 'kelvin.chan.hm@outlook.com', phone: '+85296832174', phoneNat: '9683 2174', phoneIntl: '+852 9683 2174',
    office: '(852) 2827 5100 ext. 338', city: 'Hong Kong', address: 'Flat 12B, Block 3, Kornhill Gardens, Quarry Bay, Hong Kong',
    headline: 'Senior Quantity Surveyor 高級工料測量師', summary: 'MHKIS quantity surveyor with 13 years on public housing, hospital and railway projects in Hong Kong.',
    skills: [{ p: 'CostX' }, { p: 'Bills of Quantities (BQ)', syn: ['BQ', 'Bills of Quantities'] }, { p: 'Final account settlement', syn: ['Final accounts'] }, { p: 'Tender analysis' }, { p: 'AutoCAD' }, { p: 'MS Excel', syn: ['Excel'] }],
    work: [
      { company: 'Tai Hang Surveyors Limited', title: 'Assistant Quantity Surveyor', start: '2013-07', end: '2016-06', city: 'Hong Kong', bullets: ['Measurement and BQ preparation for public housing blocks'] },
      { company: 'Tai Hang Surveyors Limited', title: 'Quantity Surveyor', start: '2016-07', end: '2019-12', city: 'Hong Kong', bullets: ['Post-contract cost control for a hospital extension', 'Interim valuations and variations'] },
      { company: 'Harbourfront Construction Co. Ltd.', title: 'Senior Quantity Surveyor', start: '2020-01', end: null, city: 'Hong Kong', bullets: ['Main-contractor QS for a railway depot package (HK$2.3bn)', 'Settled 40+ subcontract final accounts'] },
    ],
    education: [{ school: 'City University of Hong Kong', degree: 'BSc (Hons) Surveying', start: '2010-09', end: '2013-06' }],
    languages: ['Cantonese 廣東話', 'English', 'Putonghua 普通話'], certs: ['MHKIS (QS)', 'Registered Professional Surveyor (QS)'],
  },
  {
    id: 'p15', lang: 'mixed', name: '赵一鸣', latin: 'Ethan Zhao Yiming',
    email: 'zhaoyiming_sh@163.com', phone: '+8618621734590', phoneNat: '186 2173 4590', phoneIntl: '+86 186 2173 4590',
    office: '021-6095 8800 ext. 4402', city: 'Shanghai 上海', address: '上海市闵行区虹梅路 3211 弄 6 号',
    headline: 'S&OP Manager / 产销协同经理', summary: 'Demand planning and S&OP professional in foreign-invested manufacturing and FMCG, 12 years, bilingual 中英文.',
    skills: [{ p: 'SAP APO', syn: ['APO'] }, { p: 'S&OP', syn: ['Sales and Operations Planning', '产销协同'] }, { p: 'Demand forecasting', syn: ['需求预测'] }, { p: 'Power BI' }, { p: 'SQL' }, { p: 'Inventory optimisation', syn: ['Inventory optimization', '库存优化'] }],
    work: [
      { company: 'Huangpu Precision Components (Shanghai) Co., Ltd.', title: 'Supply Chain Intern', start: '2014-03', end: '2014-08', city: 'Shanghai', bullets: ['Weekly MRP exception reports'] },
      { company: 'Rheinfeld Automotive Systems (Shanghai) Co., Ltd.', title: 'Demand Planner', start: '2014-09', end: '2018-02', city: 'Shanghai', bullets: ['Forecast 1,800 SKUs for OEM customers', 'Forecast accuracy from 62 % to 78 %'] },
      { company: 'Rheinfeld Automotive Systems (Shanghai) Co., Ltd.', title: 'Senior Demand Planner', start: '2018-03', end: '2020-12', city: 'Shanghai', bullets: ['Rolled out SAP APO DP for the China plants'] },
      { company: 'Pacific Crest Consumer Goods (China) Ltd.', title: 'S&OP Manager', start: '2021-01', end: null, city: 'Shanghai', bullets: ['Run the monthly S&OP cycle for personal-care categories', 'Cut inventory days from 58 to 41'] },
    ],
    education: [{ school: '上海理工大学 University of Shanghai for Science and Technology', degree: 'B.Eng. Industrial Engineering 工业工程', start: '2010-09', end: '2014-07' }],
    languages: ['Mandarin 普通话 (native)', 'English (fluent, IELTS 7.5)', 'German (A2)'], certs: ['APICS CPIM'],
  },
  {
    id: 'p16', lang: 'mixed', name: '黄诗婷', latin: 'Stephanie Ng Sze Ting',
    email: 'stephanie.ng.szeting@gmail.com', phone: '+60127384152', phoneNat: '012-738 4152', phoneIntl: '+60 12-738 4152',
    office: '03-2178 6000 ext. 2231', city: 'Kuala Lumpur', address: '23, Jalan SS 2/64, 47300 Petaling Jaya, Selangor',
    headline: 'QA Lead', summary: 'Software QA engineer for banking and logistics platforms; builds automation suites and coaches testers. 会华语、粤语。',
    skills: [{ p: 'Selenium' }, { p: 'Cypress' }, { p: 'Postman' }, { p: 'JMeter', syn: ['Apache JMeter'] }, { p: 'Test automation', syn: ['Automation testing'] }, { p: 'SQL' }, { p: 'Jira' }],
    work: [
      { company: 'Klang Valley Software Sdn. Bhd.', title: 'QA Intern', start: '2015-01', end: '2015-06', city: 'Petaling Jaya', bullets: ['Manual regression testing for an HR payroll system'] },
      { company: 'Petaling Systems Sdn. Bhd.', title: 'QA Engineer', start: '2015-08', end: '2019-04', city: 'Petaling Jaya', bullets: ['Wrote 900 Selenium test cases', 'Set up nightly regression in Jenkins'] },
      { company: 'Bukit Bintang Digital Bank Berhad', title: 'Senior QA Engineer', start: '2019-05', end: '2023-08', city: 'Kuala Lumpur', bullets: ['API testing with Postman for open-banking APIs', 'Load tests with JMeter before each release'] },
      { company: 'Nusantara Logistics Tech Sdn. Bhd.', title: 'QA Lead', start: '2023-09', end: null, city: 'Kuala Lumpur', bullets: ['Lead a team of five testers', 'Moved UI automation from Selenium to Cypress'] },
    ],
    education: [{ school: 'Universiti Tunku Abdul Rahman (UTAR)', degree: 'Bachelor of Computer Science (Hons)', start: '2011-06', end: '2015-05' }],
    languages: ['English', 'Bahasa Malaysia', 'Mandarin 华语', 'Cantonese 粤语'], certs: ['ISTQB Certified Tester Foundation Level'],
  },
];
