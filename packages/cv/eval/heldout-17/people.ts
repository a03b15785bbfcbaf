/**
 * heldout-17: sixteen invented people. Every name, employer, school, address and number is made up.
 * `skills` are typed as the person would type them; anything after " | " is a synonym a recruiter would accept
 * and is never printed. `company` is the employer string exactly as every document of that person prints it.
 */
export interface Job {
  company: string;
  title: string;
  start: string; // YYYY-MM
  end: string | null; // null = current
  town: string; // printed beside the employer in some templates, never part of `company`
  country?: string;
  notes: string[];
}
export interface Edu { school: string; degree: string; field: string; start: string; end: string; town: string }
export interface Person {
  id: string;
  language: 'en' | 'zh' | 'mixed';
  name: string; // as the truth writes it
  altName?: string; // second script for mixed people, printed beside `name`
  gender: string;
  born: string; // YYYY-MM-DD
  nationality: string;
  city: string;
  address: string;
  email: string;
  phone: string; // E.164
  phoneShown: string; // as the person prints it
  occupation: string;
  target: string; // position applied for / desired
  summary: string;
  skills: string[];
  work: Job[];
  education: Edu[];
  certificates: string[];
  languages: string[];
  extra?: string[]; // volunteering, awards, career breaks — never jobs
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Declan Whitmore', gender: 'Male', born: '1991-02-14', nationality: 'British',
    city: 'Middlesbrough', address: '27 Cargo Fleet Lane, Middlesbrough TS3 8DE, United Kingdom',
    email: 'declan.whitmore@outlook.com', phone: '+447700900418', phoneShown: '+44 (0)7700 900418',
    occupation: 'Instrumentation & controls technician (oil and gas, rotational)', target: 'Lead I&C Technician',
    summary: 'Time-served instrument technician with 15 years across onshore process plants and offshore production platforms. Comfortable leading a small discipline team on a 3-on/3-off rota, running loop checks through to SIL proof tests.',
    skills: ['Loop checking', 'HART communicators', 'Control valve overhaul (Fisher, Masoneilan)', 'Allen-Bradley ControlLogix', 'SIL proof testing | safety instrumented systems testing', 'Calibration with Beamex MC6', 'Ex inspection to IEC 60079-17 | hazardous area inspection', 'SAP PM work orders'],
    work: [
      { company: 'Northgate Energy Services Ltd', title: 'Lead I&C Technician (3/3 rotation)', start: '2021-03', end: null, town: 'Aberdeen', country: 'UK', notes: ['Discipline lead for six technicians on the Harrow Alpha platform, client Fernhill Petroleum.', 'Planned and closed 300+ SAP PM work orders per trip; cut backlog of overdue SIL tests to zero in 2023.'] },
      { company: 'Halvard Offshore Maintenance', title: 'I&C Technician', start: '2017-06', end: '2021-02', town: 'Great Yarmouth', country: 'UK', notes: ['Southern North Sea gas platforms, normally unmanned installations, campaign maintenance.', 'Fault finding on wellhead control panels and fire & gas detection.'] },
      { company: 'Brennan Process Controls', title: 'Instrument Technician', start: '2015-01', end: '2017-05', town: 'Billingham', country: 'UK', notes: ['Shutdown and turnaround work on chemical plants on Teesside.'] },
      { company: 'Brennan Process Controls', title: 'Apprentice Instrument Technician', start: '2011-09', end: '2014-12', town: 'Billingham', country: 'UK', notes: ['Four-year apprenticeship, workshop calibration then site work.'] },
    ],
    education: [
      { school: 'Teesbank College', degree: 'HNC', field: 'Electrical & Electronic Engineering', start: '2012-09', end: '2014-06', town: 'Stockton-on-Tees' },
      { school: 'Teesbank College', degree: 'Level 3 Advanced Apprenticeship', field: 'Engineering Maintenance (Instrumentation)', start: '2011-09', end: '2014-12', town: 'Stockton-on-Tees' },
    ],
    certificates: ['BOSIET with CA-EBS (exp. 04/2027)', 'OEUK Offshore Medical (exp. 09/2026)', 'CompEx Ex01–Ex04', 'MIST'],
    languages: ['English (native)'],
    extra: ['Volunteer coach, Grangetown Juniors FC (U12s), since 2019'],
  },
  {
    id: 'p02', language: 'en', name: 'Nomvula Dlamini', gender: 'Female', born: '1992-08-03', nationality: 'South African',
    city: 'Pietermaritzburg', address: '14 Jabu Ndlovu Street, Pietermaritzburg, 3201',
    email: 'nomvula.dlamini@webmail.co.za', phone: '+27825557314', phoneShown: '082 555 7314',
    occupation: 'Environmental Health Practitioner (municipal)', target: 'Senior Environmental Health Practitioner',
    summary: 'HPCSA-registered Environmental Health Practitioner with municipal and food-industry experience, strong on food premises inspections, water quality monitoring and community health education.',
    skills: ['Food premises inspections', 'Water quality monitoring | water sampling', 'R638 compliance audits', 'Vector and pest control programmes', 'Health education talks', 'Incident investigation', 'MS Excel', 'Report writing'],
    work: [
      { company: 'uMngeni Valley District Municipality', title: 'Environmental Health Practitioner', start: '2019-04', end: null, town: 'Howick', notes: ['Inspect about 40 food premises a month and issue certificates of acceptability.', 'Run the monthly water sampling schedule for 12 rural supply points.'] },
      { company: 'Siyakhula Food Processors (Pty) Ltd', title: 'Quality & Hygiene Officer', start: '2016-02', end: '2019-03', town: 'Pinetown', notes: ['Kept the HACCP plan and daily hygiene checks for a meat-processing line.'] },
      { company: 'KwaZulu-Natal Department of Health', title: 'Community Service EHP', start: '2015-01', end: '2015-12', town: 'Ladysmith', notes: ['Compulsory community service year at a district office.'] },
    ],
    education: [
      { school: 'Eastern Seaboard University of Technology', degree: 'Bachelor of Environmental Health', field: 'Environmental Health', start: '2011-01', end: '2014-12', town: 'Durban' },
    ],
    certificates: ['HPCSA registration EHP 0012345', 'Code B driver\u2019s licence'],
    languages: ['isiZulu', 'English', 'Afrikaans (basic)'],
  },
  {
    id: 'p03', language: 'en', name: 'Aidar Seitkaliyev', gender: 'Male', born: '1990-05-21', nationality: 'Kazakhstan',
    city: 'Almaty', address: '112 Abay Avenue, apt. 45, Almaty 050008, Kazakhstan',
    email: 'a.seitkaliyev@mail.kz', phone: '+77015552841', phoneShown: '+7 (701) 555-28-41',
    occupation: 'Rail freight / logistics manager', target: 'Head of Logistics',
    summary: 'Logistics manager with 13 years in rail and multimodal freight between China, Central Asia and Europe; customs brokerage background.',
    skills: ['Rail freight via Dostyk and Khorgos | rail freight forwarding', 'Customs declarations (EAEU)', 'Incoterms 2020', '1C:Enterprise', 'SAP MM', 'Tender preparation', 'Freight rate negotiation', 'Team leadership'],
    work: [
      { company: 'TransEurasia Logistics LLP', title: 'Head of Rail Freight Department', start: '2022-02', end: null, town: 'Almaty', notes: ['Department of 11 forwarders; about 4,500 TEU a year on China–Europe block trains.', 'Negotiated annual rates with two terminal operators.'] },
      { company: 'TransEurasia Logistics LLP', title: 'Senior Freight Forwarder', start: '2019-05', end: '2022-01', town: 'Almaty', notes: ['Key accounts in automotive parts and consumer electronics.'] },
      { company: 'Almaty Cargo Terminal JSC', title: 'Customs Broker', start: '2015-08', end: '2019-04', town: 'Almaty', notes: ['Customs declarations for import under EAEU rules, 25–30 declarations a day.'] },
      { company: 'KazAgroExport LLP', title: 'Logistics Specialist', start: '2013-07', end: '2015-06', town: 'Kostanay', notes: ['Grain shipments by rail to Uzbekistan and Afghanistan.'] },
    ],
    education: [
      { school: 'Almaty Transport University', degree: 'Bachelor', field: 'Transport Logistics', start: '2009-09', end: '2013-06', town: 'Almaty' },
    ],
    certificates: ['Customs representative qualification certificate (2016)'],
    languages: ['Kazakh (native)', 'Russian (fluent)', 'English (upper-intermediate)', 'Chinese (basic)'],
    extra: ['Career break July 2015 (relocation to Almaty)'],
  },
  {
    id: 'p04', language: 'en', name: 'Thandiwe Mokoena', gender: 'Female', born: '1989-11-30', nationality: 'South African',
    city: 'Johannesburg', address: '8 Kestrel Close, Randburg, Johannesburg, 2194',
    email: 'thandi.mokoena@icloud.com', phone: '+27735550192', phoneShown: '073 555 0192',
    occupation: 'Food Service Manager (hospital catering), former sous chef', target: 'Food Service Manager',
    summary: 'Chef turned food service manager. Runs a hospital kitchen producing 900 patient meals a day, including therapeutic diets.',
    skills: ['Menu costing', 'Therapeutic diets', 'HACCP', 'Stock control', 'Staff rostering', 'Pastry and baking', 'Banqueting'],
    work: [
      { company: 'Greenacres Private Hospital', title: 'Food Service Manager', start: '2021-09', end: null, town: 'Johannesburg', notes: ['Lead a team of 26 in a cook-chill kitchen, about 900 patient meals per day.', 'Work with dietitians on 14 therapeutic diet menus.'] },
      { company: 'The Saxonwold Hotel', title: 'Sous Chef', start: '2017-03', end: '2021-05', town: 'Johannesburg', notes: ['Second in charge of a 120-seat restaurant and banqueting for up to 300.'] },
      { company: 'Karoo Kitchen Restaurant', title: 'Chef de Partie', start: '2014-01', end: '2017-02', town: 'Pretoria', notes: ['Ran the pastry section.'] },
      { company: 'Bayview Lodge', title: 'Commis Chef (in-service training)', start: '2012-11', end: '2013-12', town: 'Knysna', notes: ['Practical year of the culinary diploma.'] },
    ],
    education: [
      { school: 'Highveld School of Culinary Arts', degree: 'Diploma', field: 'Culinary Arts', start: '2011-01', end: '2013-12', town: 'Johannesburg' },
    ],
    certificates: ['Food Safety (SAQA 120 hours)', 'First Aid Level 1'],
    languages: ['Sesotho', 'English', 'isiZulu'],
    extra: ['Career break June–August 2021 (family)'],
  },
  {
    id: 'p05', language: 'en', name: 'Levan Beridze', gender: 'Male', born: '1989-09-09', nationality: 'Georgia',
    city: 'Tbilisi', address: '5 Vazha-Pshavela Ave, apt. 17, Tbilisi 0160, Georgia',
    email: 'levan.beridze@gmail.com', phone: '+995599553107', phoneShown: '+995 599 55 31 07',
    occupation: 'Civil / highway engineer', target: 'Project Manager (road construction)',
    summary: 'Civil engineer in highway construction and design, FIDIC contracts, site supervision and QA/QC.',
    skills: ['AutoCAD Civil 3D', 'Primavera P6', 'Earthworks and asphalt QA/QC', 'FIDIC contracts | FIDIC Red Book', 'Quantity take-off', 'Setting out with total station'],
    work: [
      { company: 'Caspian Roads Construction LLC', title: 'Deputy Project Manager', start: '2021-06', end: null, town: 'Kutaisi', notes: ['42 km dual carriageway section, EUR 96 m, FIDIC Red Book.'] },
      { company: 'Kartli Infrastructure Group', title: 'Site Engineer', start: '2016-03', end: '2021-05', town: 'Gori', notes: ['Bridges and culverts on the East–West Highway.'] },
      { company: 'Mtkvari Design Bureau', title: 'Design Engineer', start: '2013-09', end: '2016-02', town: 'Tbilisi', notes: ['Road alignment and drainage design.'] },
      { company: 'Tbilisi City Hall Transport Service', title: 'Intern', start: '2012-07', end: '2012-09', town: 'Tbilisi', notes: ['Summer internship, traffic counts.'] },
    ],
    education: [
      { school: 'Kutaisi Polytechnic University', degree: 'MSc', field: 'Civil Engineering (Highways)', start: '2011-09', end: '2013-06', town: 'Kutaisi' },
      { school: 'Kutaisi Polytechnic University', degree: 'BSc', field: 'Civil Engineering', start: '2007-09', end: '2011-06', town: 'Kutaisi' },
    ],
    certificates: ['IOSH Managing Safely (2019)'],
    languages: ['Georgian (native)', 'Russian (fluent)', 'English (fluent)'],
  },
  {
    id: 'p06', language: 'en', name: 'Rosalind Achterberg', gender: 'Female', born: '1983-04-12', nationality: 'United States',
    city: 'Madison, WI', address: '2140 Oakridge Ave, Madison, WI 53704, USA',
    email: 'rachterberg@protonmail.com', phone: '+16085550147', phoneShown: '(608) 555-0147',
    occupation: 'Epidemiologist (public health research)', target: 'Senior Epidemiologist / short-term consultant',
    summary: 'Epidemiologist with twelve years in chronic disease and infectious disease surveillance, cohort studies and survival analysis.',
    skills: ['SAS', 'R (tidyverse, survival)', 'Stata', 'Cohort study design', 'Survival analysis', 'REDCap', 'Disease surveillance | public health surveillance', 'Grant writing'],
    work: [
      { company: 'Great Lakes Institute for Population Health', title: 'Senior Epidemiologist', start: '2020-08', end: null, town: 'Madison', country: 'USA', notes: ['Co-investigator on a 14,000-person diabetes cohort; leads analysis plans and data linkage.'] },
      { company: 'Mid-Prairie Regional Health District', title: 'Epidemiologist', start: '2016-01', end: '2020-07', town: 'Rockford', country: 'USA', notes: ['Communicable disease surveillance, outbreak investigations (norovirus, legionella).'] },
      { company: 'University of Lakeshore', title: 'Postdoctoral Research Fellow', start: '2014-02', end: '2015-12', town: 'Milwaukee', country: 'USA', notes: ['Department of Population Sciences; survival models for cancer registry data.'] },
    ],
    education: [
      { school: 'University of Lakeshore', degree: 'PhD', field: 'Epidemiology', start: '2009-09', end: '2014-01', town: 'Milwaukee, WI' },
      { school: 'Northern Plains University', degree: 'MPH', field: 'Epidemiology', start: '2007-09', end: '2009-05', town: 'Fargo, ND' },
    ],
    certificates: ['Certified in Public Health (CPH), 2012'],
    languages: ['English (native)', 'Dutch (conversational)', 'Spanish (working)'],
  },
  {
    id: 'p07', language: 'en', name: 'Dilnoza Rakhimova', gender: 'Female', born: '1988-01-17', nationality: 'Uzbekistan',
    city: 'Tashkent', address: '34 Mustaqillik Street, apt. 9, Tashkent 100017, Uzbekistan',
    email: 'd.rakhimova.fm@gmail.com', phone: '+998905554721', phoneShown: '+998 90 555 47 21',
    occupation: 'Financial management specialist (donor-funded projects)', target: 'Financial Management Specialist',
    summary: 'Chartered-track accountant with audit background and six years on donor-funded project finance.',
    skills: ['IFRS', 'IPSAS', 'Donor financial reporting (IFR)', 'Procurement post-review', '1C:Accounting', 'Excel (Power Query, pivot tables)', 'Internal audit'],
    work: [
      { company: 'Rural Water Supply PIU', title: 'Financial Management Specialist', start: '2020-10', end: null, town: 'Tashkent', country: 'Uzbekistan', notes: ['Quarterly interim financial reports, designated account, annual audit liaison for a USD 150 m project.'] },
      { company: 'Registan Audit LLC', title: 'Senior Auditor', start: '2016-09', end: '2020-09', town: 'Tashkent', country: 'Uzbekistan', notes: ['Audits of donor-funded projects and commercial banks under ISA.'] },
      { company: 'Registan Audit LLC', title: 'Auditor', start: '2014-08', end: '2016-08', town: 'Tashkent', country: 'Uzbekistan', notes: ['Fieldwork on statutory audits.'] },
      { company: 'Turon Microfinance', title: 'Accountant', start: '2012-06', end: '2014-07', town: 'Samarkand', country: 'Uzbekistan', notes: ['Loan portfolio accounting, monthly tax returns.'] },
    ],
    education: [
      { school: 'Tashkent Institute of Finance and Economics', degree: 'Master', field: 'Accounting and Audit', start: '2010-09', end: '2012-06', town: 'Tashkent' },
      { school: 'Samarkand State Institute of Economics', degree: 'Bachelor', field: 'Finance', start: '2006-09', end: '2010-06', town: 'Samarkand' },
    ],
    certificates: ['ACCA DipIFR (2015)', 'CIPA (2018)'],
    languages: ['Uzbek (native)', 'Russian (fluent)', 'English (fluent)'],
  },
  {
    id: 'p08', language: 'zh', name: '周建国', gender: '男', born: '1984-03-08', nationality: '中国',
    city: '成都', address: '四川省成都市武侯区锦城大道 888 号 3 栋 1204',
    email: 'zhoujg1984@163.com', phone: '+8613955502718', phoneShown: '139 5550 2718',
    occupation: '桥梁设计高级工程师', target: '正高级工程师（桥梁与隧道工程）',
    summary: '从事公路桥梁设计 14 年，主持大跨径预应力混凝土连续刚构桥设计 6 座。',
    skills: ['Midas Civil', '桥梁博士', 'AutoCAD', '预应力混凝土连续梁设计', 'BIM（Revit）', '施工图审查'],
    work: [
      { company: '江川交通规划设计院有限公司', title: '桥梁所副所长', start: '2019-07', end: null, town: '成都', notes: ['负责桥梁所技术管理，主持沿江高速公路特大桥设计。'] },
      { company: '江川交通规划设计院有限公司', title: '桥梁设计工程师', start: '2012-07', end: '2019-06', town: '成都', notes: ['完成连续刚构桥、T 梁桥施工图设计 20 余项。'] },
      { company: '华岳路桥建设集团有限公司', title: '技术员', start: '2008-07', end: '2012-06', town: '绵阳', notes: ['现场技术管理、施工测量与质量检验。'] },
    ],
    education: [
      { school: '蜀川交通大学', degree: '工学学士', field: '土木工程（桥梁方向）', start: '2004-09', end: '2008-06', town: '成都' },
      { school: '蜀川交通大学', degree: '工程硕士（在职）', field: '桥梁与隧道工程', start: '2013-09', end: '2016-06', town: '成都' },
    ],
    certificates: ['一级注册结构工程师', '高级工程师（2017）'],
    languages: ['英语 CET-6'],
  },
  {
    id: 'p09', language: 'zh', name: '林晓雯', gender: '女', born: '1995-06-19', nationality: '中国',
    city: '厦门', address: '福建省厦门市思明区环岛南路 66 号',
    email: 'linxiaowen_hotel@126.com', phone: '+8618655503392', phoneShown: '186-5550-3392',
    occupation: '酒店前厅经理（酒店服务业）', target: '前厅经理 / 房务总监助理',
    summary: '高星级酒店前厅工作近 10 年，熟悉 Opera 系统与收益管理，带领 18 人前厅团队。',
    skills: ['Opera PMS', '前厅运营管理', '收益管理', '客诉处理', '团队培训', 'Excel 数据透视表'],
    work: [
      { company: '海悦湾度假酒店', title: '前厅经理', start: '2022-04', end: null, town: '厦门', notes: ['管理前台、礼宾、总机共 18 人，2024 年客户满意度 96.2%。'] },
      { company: '鹭岛国际大酒店', title: '大堂副理', start: '2018-03', end: '2022-02', town: '厦门', notes: ['处理客诉与 VIP 接待，参与 Opera 系统升级。'] },
      { company: '鹭岛国际大酒店', title: '前台接待', start: '2016-07', end: '2018-02', town: '厦门', notes: ['入住退房、夜审。'] },
      { company: '云栖民宿管理有限公司', title: '运营实习生', start: '2016-01', end: '2016-05', town: '厦门', notes: ['毕业实习，负责 OTA 平台上架与回复点评。'] },
    ],
    education: [
      { school: '闽海旅游职业学院', degree: '大专', field: '酒店管理', start: '2013-09', end: '2016-06', town: '厦门' },
    ],
    certificates: ['前厅服务员（高级）'],
    languages: ['英语（日常沟通）', '闽南语'],
    extra: ['2022 年 3 月：工作交接与休整'],
  },
  {
    id: 'p10', language: 'zh', name: '黄梓轩', gender: '男', born: '2000-10-02', nationality: '中国',
    city: '广州', address: '广东省广州市黄埔区科学大道 18 号',
    email: 'huangzixuan00@163.com', phone: '+8615255508836', phoneShown: '152 5550 8836',
    occupation: '冷链物流运营专员（物流）', target: '物流运营专员 / 仓储主管',
    summary: '物流管理专业，管培生出身，熟悉冷链仓储作业与 WMS 系统。',
    skills: ['WMS 仓储管理系统', '冷链温控管理', '叉车操作', 'Excel VBA', 'Python（pandas）', 'Power BI'],
    work: [
      { company: '顺远冷链物流有限公司', title: '运营专员', start: '2023-07', end: null, town: '广州', notes: ['负责 2 万平方米冷库的出入库计划与温控异常跟踪。', '用 Power BI 做库存周转看板，呆滞库存下降 18%。'] },
      { company: '顺远冷链物流有限公司', title: '运营管培生', start: '2022-07', end: '2023-06', town: '广州', notes: ['在收货、拣选、配送各岗位轮岗。'] },
      { company: '京鲜仓储服务有限公司', title: '仓储实习生', start: '2021-07', end: '2021-09', town: '佛山', notes: ['盘点与 WMS 数据核对。'] },
    ],
    education: [
      { school: '岭南商贸学院', degree: '管理学学士', field: '物流管理', start: '2018-09', end: '2022-06', town: '广州' },
    ],
    certificates: ['叉车证（N1）', '物流师（四级）'],
    languages: ['英语 CET-4', '粤语'],
    extra: ['校物流协会副会长（2019—2020）'],
  },
  {
    id: 'p11', language: 'zh', name: '吴佳怡', gender: '女', born: '1990-12-05', nationality: '中国',
    city: '杭州', address: '浙江省杭州市钱塘区学林街 1 号',
    email: 'wujiayi@qtfe.edu.cn', phone: '+8613755506420', phoneShown: '137 5550 6420',
    occupation: '高校会计学讲师（教育/财会）', target: '访问学者（会计学）',
    summary: '会计学博士，审计实务背景，研究方向为管理会计与公司治理。',
    skills: ['管理会计', 'Stata', 'SPSS', 'CSMAR 数据库', '用友 U8', '会计案例教学'],
    work: [
      { company: '钱塘财经学院', title: '讲师', start: '2019-09', end: null, town: '杭州', notes: ['讲授《管理会计》《成本会计》，主持省教育厅课题 1 项。'] },
      { company: '天衡会计师事务所（特殊普通合伙）', title: '审计助理', start: '2013-07', end: '2015-08', town: '上海', notes: ['参与上市公司年报审计 6 家。'] },
    ],
    education: [
      { school: '江东财经大学', degree: '管理学博士', field: '会计学', start: '2015-09', end: '2019-06', town: '南京' },
      { school: '江东财经大学', degree: '管理学学士', field: '会计学', start: '2009-09', end: '2013-06', town: '南京' },
    ],
    certificates: ['注册会计师（CPA）全科合格', '高校教师资格证'],
    languages: ['英语（雅思 7.0）'],
    extra: ['2015.09—2019.06 全日制攻读博士学位'],
  },
  {
    id: 'p12', language: 'zh', name: '郑浩', gender: '男', born: '1993-07-27', nationality: '中国',
    city: '宁波', address: '浙江省宁波市鄞州区天童南路 520 号',
    email: 'zhenghao_signal@sina.com', phone: '+8613555501974', phoneShown: '135 5550 1974',
    occupation: '城市轨道交通信号工程师', target: '工程师（轨道交通信号）',
    summary: '地铁信号专业 10 年，熟悉 CBTC 系统维护和联锁设备调试。',
    skills: ['CBTC 信号系统维护', '计算机联锁设备调试', '西门子 S7-1200 PLC', '故障分析', '电工作业'],
    work: [
      { company: '滨江城市轨道交通运营有限公司', title: '信号工程师', start: '2020-03', end: null, town: '宁波', notes: ['负责 3 号线正线信号设备维护技术管理。', '牵头计轴故障专项整治，故障率下降 40%。'] },
      { company: '滨江城市轨道交通运营有限公司', title: '信号工', start: '2016-08', end: '2020-02', town: '宁波', notes: ['车站信号设备巡检与故障处理。'] },
      { company: '恒拓电气设备有限公司', title: '调试技术员', start: '2014-07', end: '2016-07', town: '杭州', notes: ['配电柜与 PLC 控制柜出厂调试。'] },
    ],
    education: [
      { school: '浙东交通职业技术学院', degree: '大专', field: '铁道信号自动控制', start: '2011-09', end: '2014-06', town: '宁波' },
      { school: '东海理工大学（成人教育）', degree: '工学学士', field: '电气工程及其自动化', start: '2016-03', end: '2019-01', town: '杭州' },
    ],
    certificates: ['低压电工作业证', '助理工程师（2019）'],
    languages: ['英语（一般）'],
  },
  {
    id: 'p13', language: 'mixed', name: '刘凯文', altName: 'Kevin Liu', gender: '男 Male', born: '1990-02-11', nationality: '中国 China',
    city: '哈尔滨 Harbin', address: '黑龙江省哈尔滨市南岗区红军街 15 号 / 15 Hongjun St, Nangang, Harbin',
    email: 'kevin.liu.hrb@gmail.com', phone: '+8615855502260', phoneShown: '+86 158 5550 2260',
    occupation: '中俄跨境贸易与物流 cross-border trade & logistics', target: '进出口部经理 Import/Export Manager',
    summary: '中俄边贸与跨境物流 13 年，熟悉报关报检、跨境结算与铁路口岸运输。',
    skills: ['报关报检 | customs clearance', 'Incoterms 2020', '中俄跨境结算', '国际贸易单一窗口', '1C:Enterprise', 'Excel'],
    work: [
      { company: '北疆远通国际贸易有限公司', title: '进出口部经理 Import/Export Manager', start: '2020-05', end: null, town: '哈尔滨', notes: ['负责对俄木材、粮油进口，年进口额约 1.2 亿元。'] },
      { company: '龙江宏运物流有限公司', title: '报关主管 Customs Supervisor', start: '2016-03', end: '2020-04', town: '绥芬河', notes: ['铁路口岸报关，带 5 人报关组。'] },
      { company: 'Amur Trading House LLC', title: '业务员兼翻译 Sales Assistant & Interpreter', start: '2013-07', end: '2016-02', town: 'Blagoveshchensk', notes: ['对华采购跟单、商务翻译。'] },
    ],
    education: [
      { school: '北国外国语学院 Beiguo Foreign Studies College', degree: '文学学士 BA', field: '俄语（经贸方向）', start: '2009-09', end: '2013-06', town: '哈尔滨' },
    ],
    certificates: ['报关水平测试证书'],
    languages: ['俄语 Russian (专业八级)', '英语 English (CET-6)'],
  },
  {
    id: 'p14', language: 'mixed', name: '王雅琪', altName: 'Grace Wang', gender: '女 Female', born: '1986-09-23', nationality: '中国 China',
    city: '苏州 Suzhou', address: '江苏省苏州市工业园区仁爱路 99 号 / 99 Ren\u2019ai Rd, SIP, Suzhou',
    email: 'grace.wang.yq@163.com', phone: '+8618155507713', phoneShown: '+86 181 5550 7713',
    occupation: '生物统计 / 公共卫生研究 biostatistics researcher', target: '访问学者 / Biostatistics Consultant',
    summary: 'Biostatistician (PhD) with clinical-trial experience in the US; now associate research fellow in public health.',
    skills: ['SAS', 'R', 'Stata', 'Mixed-effects models', 'Meta-analysis', 'CDISC SDTM/ADaM', 'Python (pandas)'],
    work: [
      { company: '苏江大学', title: '副研究员 Associate Research Fellow', start: '2019-09', end: null, town: '苏州', country: 'China', notes: ['School of Public Health 公共卫生学院；主持国家自然科学基金青年项目 1 项。'] },
      { company: 'Asia Health Equity Foundation', title: 'Short-term Consultant (part-time)', start: '2021-03', end: '2021-12', town: 'Manila', country: 'Philippines', notes: ['Statistical analysis plan and report for a maternal health survey in 3 countries (remote).'] },
      { company: 'Pacific Rim Clinical Research Institute', title: 'Biostatistician', start: '2015-08', end: '2019-06', town: 'Seattle', country: 'USA', notes: ['Phase II/III oncology trials; SAP, TLFs, ADaM datasets.'] },
    ],
    education: [
      { school: 'University of Cascadia', degree: 'PhD', field: 'Biostatistics', start: '2010-09', end: '2015-06', town: 'Seattle, WA' },
      { school: '江南医科大学 Jiangnan Medical University', degree: '理学学士 BSc', field: '预防医学 Preventive Medicine', start: '2005-09', end: '2010-06', town: '无锡' },
    ],
    certificates: ['SAS Certified Advanced Programmer'],
    languages: ['中文 Chinese (native)', '英语 English (fluent, TOEFL 110)'],
  },
  {
    id: 'p15', language: 'mixed', name: '杨帆', altName: 'Yang Fan (Frank)', gender: '男 Male', born: '1988-12-01', nationality: '中国 China',
    city: '天津 Tianjin', address: '天津市滨海新区塘沽福州道 7 号 / 7 Fuzhou Rd, Tanggu, Binhai, Tianjin',
    email: 'frank.yang.qc@outlook.com', phone: '+8613355504418', phoneShown: '+86 133 5550 4418',
    occupation: '管道焊接质检 pipeline QA/QC welding inspector', target: 'Senior QA/QC Welding Inspector',
    summary: 'Welder turned QA/QC welding inspector, 16 years on cross-country oil and gas pipelines in China and Central Asia.',
    skills: ['RT film interpretation', 'UT thickness gauging', 'WPS/PQR review', 'API 1104', 'ASME B31.8', 'SMAW/GTAW welding | manual arc and TIG welding'],
    work: [
      { company: 'Sino-Kaz Pipeline Construction LLP', title: 'QA/QC Welding Inspector', start: '2019-04', end: null, town: 'Aktobe', country: 'Kazakhstan', notes: ['Inspection of mainline welding on a 1,016 mm gas pipeline, 28-day rotation.', 'Review of contractors\u2019 WPS/PQR and welder qualification records.'] },
      { company: 'Huabei Petroleum Pipeline Engineering Co., Ltd.', title: 'Welding QC Inspector 焊接质检员', start: '2013-06', end: '2019-02', town: 'Tianjin', country: 'China', notes: ['Visual inspection and RT film review on spreads in Shaanxi and Xinjiang.'] },
      { company: 'Huabei Petroleum Pipeline Engineering Co., Ltd.', title: 'Welder 焊工', start: '2010-07', end: '2013-05', town: 'Tianjin', country: 'China', notes: ['Semi-automatic and manual pipeline welding.'] },
    ],
    education: [
      { school: '渤海石油技工学校 Bohai Petroleum Technical School', degree: '中专 Technical diploma', field: '焊接技术 Welding', start: '2007-09', end: '2010-06', town: 'Tianjin' },
    ],
    certificates: ['CSWIP 3.1 Welding Inspector (2018)', 'ASNT Level II RT', 'H2S awareness'],
    languages: ['Chinese (native)', 'English (working)', 'Russian (basic)'],
    extra: ['March 2019: rest between contracts'],
  },
  {
    id: 'p16', language: 'mixed', name: '许若彤', altName: 'Tina Xu', gender: '女 Female', born: '2000-04-16', nationality: '中国 China',
    city: '上海 Shanghai', address: '上海市徐汇区漕溪北路 200 号',
    email: 'tina.xu.ux@gmail.com', phone: '+8617755509031', phoneShown: '177 5550 9031',
    occupation: '交互设计师 UX designer', target: '高级交互设计师 Senior UX Designer',
    summary: '交互设计师，负责 B 端 SaaS 产品设计与设计规范，英文工作环境。',
    skills: ['Figma', 'Axure RP', '用户访谈 | user interviews', '可用性测试 | usability testing', 'Design systems', 'Principle'],
    work: [
      { company: '云帆互动科技有限公司', title: '交互设计师 UX Designer', start: '2023-07', end: null, town: '上海', notes: ['负责 B 端 CRM 产品 3 条业务线交互设计，搭建组件库 120+ 组件。'] },
      { company: 'Northlight Design Studio', title: 'UX Intern', start: '2022-06', end: '2022-09', town: 'Shanghai', notes: ['Usability tests for a banking app redesign, 24 sessions.'] },
      { company: '墨点设计工作室', title: '视觉设计实习生', start: '2021-07', end: '2021-08', town: '上海', notes: ['海报与社交媒体视觉。'] },
    ],
    education: [
      { school: '沪东艺术设计学院', degree: '艺术学学士', field: '数字媒体艺术', start: '2019-09', end: '2023-06', town: '上海' },
    ],
    certificates: ['Google UX Design Certificate'],
    languages: ['英语 English (IELTS 7.5)'],
    extra: ['2022 年「未来设计」学生竞赛银奖'],
  },
];
