/**
 * heldout-67 — 16 invented people with untidy histories (grouped promotions, career breaks, concurrent part-time
 * work, freelance/self-employment, runs of short contracts, seasons, quarters, "for three years").
 * Everything here is invented: names, employers, schools, addresses, e-mails and numbers.
 */
export type Lang = 'en' | 'zh' | 'mixed';
export interface Job {
  company: string;      // as printed in every document (no town)
  title: string;
  start: string;        // YYYY-MM
  end: string | null;   // null = current
  city?: string;
  kind?: 'ft' | 'pt' | 'contract' | 'self' | 'season' | 'intern';
  when?: string;        // how some documents print the period (season / quarter / "for three years")
  note?: string;        // e.g. "3 days a week", "via Lonestar Talent"
  bullets: string[];
}
export interface Break { start: string; end: string; text: string }
export interface Edu { school: string; degree: string; start: string; end: string }
export interface Person {
  id: string; lang: Lang; name: string; alt?: string; // alt = English name for mixed people
  email: string; phone: string; phoneLocal: string; other?: string; // other = another number printed (never the truth)
  city: string; headline: string;
  skills: string[];          // as printed
  skillSyn?: Record<string, string[]>; // synonyms for truth
  jobs: Job[]; breaks: Break[]; edu: Edu[];
  languages: string[]; certs: string[];
  summary: string;
}

export const people: Person[] = [
  {
    id: 'p01', lang: 'en', name: 'Fenella Marsh', email: 'fen.marsh.physio@outlook.com', phone: '+447823415906', phoneLocal: '07823 415906',
    other: 'Clinic reception 0113 496 0718', city: 'Leeds LS6', headline: 'Chartered Physiotherapist (MSK, sport, clinical Pilates)',
    skills: ['Musculoskeletal assessment', 'Manual therapy', 'Exercise prescription', 'Clinical Pilates', 'Acupuncture', 'Sports taping', 'Pitchside emergency care', 'SystmOne'],
    skillSyn: { 'Musculoskeletal assessment': ['MSK assessment'] },
    jobs: [
      { company: 'Calder Valley Community Health NHS Trust', title: 'Band 5 Rotational Physiotherapist', start: '2012-09', end: '2014-08', city: 'Halifax', kind: 'ft', bullets: ['Rotations in outpatient MSK, stroke rehabilitation and community falls', 'Ran the Tuesday back-pain class for up to 12 patients'] },
      { company: 'Calder Valley Community Health NHS Trust', title: 'Band 6 MSK Physiotherapist', start: '2014-09', end: '2017-03', city: 'Halifax', kind: 'ft', bullets: ['Own caseload of 18–22 outpatients a day; supervised two Band 5 staff and students', 'Set up a first-contact knee clinic with the GP practices in Todmorden'] },
      { company: 'Kirkstall Sports Injury Clinic', title: 'Physiotherapist', start: '2018-09', end: null, city: 'Leeds', kind: 'pt', note: '3 days a week', bullets: ['Assessment and treatment of running, football and desk-based injuries', 'Acupuncture and taping; return-to-sport plans'] },
      { company: 'Wharfedale Rovers RFC', title: 'Matchday Physiotherapist', start: '2019-08', end: null, city: 'Otley', kind: 'pt', note: 'Saturdays in season', bullets: ['Pitchside cover for the 1st XV and colts', 'Injury audit shared with the coaching staff each month'] },
      { company: 'Meanwood Pilates Loft', title: 'Clinical Pilates Instructor', start: '2021-01', end: null, city: 'Leeds', kind: 'pt', note: 'two evenings a week', bullets: ['Small-group mat and reformer classes for post-rehab clients'] },
    ],
    breaks: [{ start: '2017-04', end: '2018-08', text: 'Career break — travelled in South America for six months, then cared for my father after his stroke' }],
    edu: [{ school: 'Northern Pennine University', degree: 'BSc (Hons) Physiotherapy', start: '2009-09', end: '2012-06' }],
    languages: ['English (native)', 'Spanish (conversational)'], certs: ['HCPC registered (PH0912344)', 'ITMMiF pitchside trauma certificate (2024)', 'APPI Pilates Level 2'],
    summary: 'Physiotherapist with a portfolio career: three part-time posts across clinic, rugby club and Pilates studio after nine years in the NHS.',
  },
  {
    id: 'p02', lang: 'en', name: 'Callum Reidy', email: 'callum.reidy.guide@gmail.com', phone: '+64214479021', phoneLocal: '021 447 9021',
    other: 'Centre office 03 443 7150', city: 'Wānaka, Otago', headline: 'Expedition and outdoor-education leader',
    skills: ['Crevasse rescue', 'Zodiac driving', 'Wildlife interpretation', 'Risk assessment', 'Group facilitation', 'Sea kayak guiding', 'Programme planning'],
    jobs: [
      { company: 'Tasman Glacier Guiding Co.', title: 'Glacier Guide', start: '2013-11', end: '2014-03', kind: 'season', when: 'Summer season 2013/14', bullets: ['Guided heli-hike groups of up to 12 on the lower glacier'] },
      { company: 'Tasman Glacier Guiding Co.', title: 'Senior Glacier Guide', start: '2014-11', end: '2015-03', kind: 'season', when: 'Summer season 2014/15', bullets: ['Rostered guides, led crevasse-rescue refreshers each fortnight'] },
      { company: 'Southern Ice Expeditions', title: 'Zodiac Driver & Naturalist', start: '2015-11', end: '2016-03', kind: 'season', when: 'Antarctic season 2015/16', bullets: ['Drove Zodiac landings and cruises; lectures on seabirds'] },
      { company: 'Southern Ice Expeditions', title: 'Assistant Expedition Leader', start: '2016-06', end: '2016-08', kind: 'season', when: 'Arctic summer 2016 (Svalbard)', bullets: ['Daily landing plans, polar-bear watch roster, guest briefings'] },
      { company: 'Southern Ice Expeditions', title: 'Expedition Leader', start: '2016-11', end: '2017-03', kind: 'season', when: 'Antarctic season 2016/17', bullets: ['Led a team of 14 guides on a 114-passenger ship, seven voyages'] },
      { company: 'Outward Trails Trust', title: 'Outdoor Instructor', start: '2017-05', end: '2020-04', city: 'Anakiwa', kind: 'ft', when: 'from May 2017, for three years', bullets: ['Sea kayak, tramping and ropes courses for 14–18-year-olds', 'Wrote the trust’s revised river-crossing procedure'] },
      { company: 'Whenua Outdoor Education Centre', title: 'Programme Coordinator', start: '2020-10', end: null, city: 'Wānaka', kind: 'ft', bullets: ['Plans 40+ school camps a year; recruits and trains seasonal instructors', 'Keeps the centre’s safety management system audited to the adventure-activities standard'] },
    ],
    breaks: [{ start: '2020-05', end: '2020-09', text: 'Covid-19 lockdown; volunteered with the local Civil Defence welfare team' }],
    edu: [{ school: 'Southern Lakes Polytechnic', degree: 'Diploma in Outdoor Leadership', start: '2011-02', end: '2012-11' }],
    languages: ['English (native)', 'Te reo Māori (conversational)'], certs: ['NZOIA Kayak 1', 'Outdoor First Aid (2025)', 'Commercial Launch Master'],
    summary: 'Four summers on ice in two hemispheres, three years instructing, and now running a school camps programme.',
  },
  {
    id: 'p03', lang: 'en', name: 'Dana Whitcombe', email: 'dana@whitcombedocs.com', phone: '+15127304418', phoneLocal: '(512) 730-4418',
    other: 'Lonestar Talent recruiter (512) 684-2250', city: 'Austin, TX', headline: 'Technical writer — medical devices, energy, developer docs',
    skills: ['API documentation', 'DITA XML', 'MadCap Flare', 'Docs-as-code', 'Markdown', 'Regulatory writing', 'Information architecture', 'Git'],
    skillSyn: { 'DITA XML': ['DITA'], 'MadCap Flare': ['Flare'] },
    jobs: [
      { company: 'Pellham Instruments', title: 'Technical Writer', start: '2011-06', end: '2014-10', city: 'Round Rock, TX', kind: 'ft', bullets: ['User and service manuals for benchtop oscilloscopes', 'Moved the team from FrameMaker to DITA XML'] },
      { company: 'Pellham Instruments', title: 'Senior Technical Writer', start: '2014-11', end: '2016-12', city: 'Round Rock, TX', kind: 'ft', bullets: ['Led a team of three writers; owned the style guide and localization hand-off'] },
      { company: 'Braxton Medical Devices', title: 'Contract Technical Writer', start: '2017-10', end: '2018-03', kind: 'contract', note: 'via Lonestar Talent', bullets: ['IFUs and labeling for a Class II infusion pump (FDA 510(k) submission)'] },
      { company: 'Qorvane Software', title: 'Contract Documentation Specialist', start: '2018-05', end: '2018-11', kind: 'contract', bullets: ['REST API reference generated from OpenAPI; docs-as-code pipeline in Git'] },
      { company: 'Hillcountry Energy Cooperative', title: 'Contract Technical Editor', start: '2019-01', end: '2019-06', kind: 'contract', bullets: ['Edited outage procedures and field manuals for 200 line workers'] },
      { company: 'Whitcombe Docs LLC', title: 'Owner & Principal Writer', start: '2019-07', end: null, kind: 'self', bullets: ['Clients include Braxton Medical Devices, Qorvane Software and two Austin start-ups', 'MadCap Flare help systems, API portals, regulatory labeling'] },
    ],
    breaks: [{ start: '2017-01', end: '2017-09', text: 'Parental leave / career break' }],
    edu: [{ school: 'Pedernales State University', degree: 'B.A. English (Technical Communication minor)', start: '2007-08', end: '2011-05' }],
    languages: ['English (native)', 'Spanish (professional working)'], certs: ['Certified Professional Technical Communicator (CPTC), 2015'],
    summary: 'Fifteen years writing for engineers, clinicians and developers, the last seven as an independent.',
  },
  {
    id: 'p04', lang: 'en', name: 'Brodie Nguyen', email: 'brodie.nguyen92@icloud.com', phone: '+61412578903', phoneLocal: '0412 578 903',
    other: 'Sparrow & Vine (03) 9486 2271', city: 'Brunswick VIC 3056', headline: 'Venue manager — bars, cellar doors, cafés',
    skills: ['Barista (latte art)', 'Cocktail making', 'Staff rostering', 'Stock control', 'Wine knowledge', 'Square POS', 'Cash handling', 'Customer service'],
    skillSyn: { 'Staff rostering': ['rostering'], 'Square POS': ['POS'] },
    jobs: [
      { company: 'Fitzroy Larder Café', title: 'Barista', start: '2014-02', end: '2016-06', kind: 'pt', note: 'casual', bullets: ['Up to 300 coffees on a Saturday; trained new baristas'] },
      { company: 'Brunswick Cellars', title: 'Retail Assistant', start: '2015-03', end: '2017-01', kind: 'pt', note: 'part-time, Thu–Sun', bullets: ['Tastings, stock take and online orders'] },
      { company: 'The Harlow Hotel', title: 'Food & Beverage Attendant', start: '2016-07', end: '2018-05', kind: 'ft', bullets: ['Bar, restaurant and functions up to 180 guests'] },
      { company: 'The Harlow Hotel', title: 'Bar Supervisor', start: '2018-06', end: '2020-03', kind: 'ft', bullets: ['Ran the cocktail bar; weekly rosters for 11 staff; cut wastage 15 %'] },
      { company: 'Sparrow & Vine Wine Bar', title: 'Venue Manager', start: '2020-11', end: null, kind: 'ft', bullets: ['Reopened the venue after lockdown; 14 staff, wine list of 120 bins', 'Moved ordering and rosters onto Square'] },
      { company: 'Gembrook Hill Estate', title: 'Cellar Door Host', start: '2022-09', end: null, kind: 'pt', note: 'weekends', bullets: ['Guided tastings and wine-club sign-ups at a Yarra Valley cellar door'] },
    ],
    breaks: [{ start: '2020-04', end: '2020-10', text: 'Stood down during the Melbourne lockdowns' }],
    edu: [{ school: 'Merri Creek Institute of TAFE', degree: 'Certificate III in Hospitality', start: '2014-02', end: '2014-11' }],
    languages: ['English', 'Vietnamese (spoken)'], certs: ['RSA (Victoria)', 'Food Safety Supervisor', 'WSET Level 2 Award in Wines'],
    summary: 'Ten years behind bars and counters in Melbourne, usually two jobs at a time.',
  },
  {
    id: 'p05', lang: 'en', name: 'Niamh Corrigan', email: 'niamh.corrigan@eircom.net', phone: '+353872946610', phoneLocal: '087 294 6610',
    other: 'Dept. office (091) 524 1180', city: 'Salthill, Galway', headline: 'Lecturer in Marketing and market-research consultant',
    skills: ['Survey design', 'Qualitative interviewing', 'Focus group moderation', 'SPSS', 'NVivo', 'R', 'Curriculum design'],
    jobs: [
      { company: 'Atlantic Coast Market Research', title: 'Research Executive', start: '2010-09', end: '2013-08', city: 'Galway', kind: 'ft', bullets: ['Omnibus and tracker surveys for retail and tourism clients'] },
      { company: 'Atlantic Coast Market Research', title: 'Senior Research Executive', start: '2013-09', end: '2015-12', city: 'Galway', kind: 'ft', bullets: ['Ran qualitative projects end to end; moderated over 60 focus groups'] },
      { company: 'Corrib University', title: 'Teaching Assistant', start: '2016-09', end: '2019-05', kind: 'pt', note: 'part-time, during PhD', when: 'Semester 1, 2016/17 – Semester 2, 2018/19', bullets: ['Tutorials for first-year Principles of Marketing (4 groups)'] },
      { company: 'Shannonside Institute of Technology', title: 'Sessional Lecturer', start: '2019-09', end: '2019-12', kind: 'contract', when: 'Semester 1, 2019/20', bullets: ['Consumer Behaviour module (Year 2), 36 contact hours'] },
      { company: 'Corrib University', title: 'Postdoctoral Researcher', start: '2019-10', end: '2021-09', kind: 'contract', bullets: ['Two-year funded project on rural retail; 48 depth interviews'] },
      { company: 'Shannonside Institute of Technology', title: 'Lecturer in Marketing', start: '2022-01', end: null, kind: 'pt', note: '0.5 FTE', when: 'since Semester 2, 2021/22', bullets: ['Research Methods and Consumer Behaviour; supervises final-year projects'] },
    ],
    breaks: [{ start: '2021-10', end: '2021-12', text: 'Maternity leave' }],
    edu: [
      { school: 'Corrib University', degree: 'PhD in Marketing', start: '2016-01', end: '2019-09' },
      { school: 'Corrib University', degree: 'BComm (Marketing)', start: '2006-09', end: '2010-06' },
    ],
    languages: ['English (native)', 'Irish (fluent)'], certs: ['Special Purpose Award in Teaching and Learning (Level 9)'],
    summary: 'Market researcher turned lecturer; half-time lecturing and half-time consulting since 2022.',
  },
  {
    id: 'p06', lang: 'en', name: 'Elliot Baptiste', email: 'elliot.baptiste.viola@gmail.com', phone: '+14169025531', phoneLocal: '416-902-5531',
    other: 'Management: Corsaire Artists 416-533-7902', city: 'Toronto, ON', headline: 'Violist — Opera Bayview; chamber musician and teacher',
    skills: ['Orchestral performance', 'Chamber music', 'Sight-reading', 'Viola pedagogy', 'Baroque performance practice', 'Sibelius'],
    jobs: [
      { company: 'Lakeshore Symphony Orchestra', title: 'Section Viola', start: '2012-09', end: '2013-05', kind: 'contract', when: '2012–13 season', bullets: ['One-season contract, 28 programmes'] },
      { company: 'Opera Bayview', title: 'Section Viola', start: '2014-09', end: '2018-05', kind: 'ft', when: '2014–15 to 2017–18 seasons', bullets: ['Four seasons of mainstage opera and two tours'] },
      { company: 'Kensington Conservatory of Music', title: 'Viola Faculty', start: '2016-01', end: null, kind: 'pt', note: 'part-time', bullets: ['Studio of 14 students aged 9–19; orchestral excerpt classes'] },
      { company: 'Opera Bayview', title: 'Assistant Principal Viola', start: '2018-09', end: null, kind: 'ft', when: 'since the 2018–19 season', bullets: ['Leads the section when the principal is away; bowings and parts'] },
      { company: 'Muskoka Summer Music Festival', title: 'Chamber Music Coach', start: '2023-07', end: '2023-08', kind: 'season', when: 'Summer 2023 (July–August)', bullets: ['Coached six student quartets over two three-week sessions'] },
    ],
    breaks: [{ start: '2013-06', end: '2014-08', text: 'Freelancing and audition preparation (no regular appointment)' }],
    edu: [
      { school: 'Dufferin School of Music', degree: 'Master of Music, Viola Performance', start: '2010-09', end: '2012-05' },
      { school: 'Dufferin School of Music', degree: 'Bachelor of Music', start: '2006-09', end: '2010-05' },
    ],
    languages: ['English', 'French'], certs: ['RCM Teacher Certification (Viola), 2017'],
    summary: 'Violist with a permanent opera appointment, a conservatory studio and summer festival work.',
  },
  {
    id: 'p07', lang: 'en', name: 'Thandeka Mokoena', email: 'thandeka@tmbookkeeping.co.za', phone: '+27826143097', phoneLocal: '082 614 3097',
    other: 'Office (011) 463 2280', city: 'Randburg, Johannesburg', headline: 'Bookkeeper and registered tax practitioner',
    skills: ['Bookkeeping', 'Sage Pastel', 'Xero', 'VIP Payroll', 'SARS eFiling', 'VAT returns', 'Provisional tax', 'Excel'],
    skillSyn: { 'Sage Pastel': ['Pastel'], 'VIP Payroll': ['Payroll'] },
    jobs: [
      { company: 'Van Rooyen Khumalo Inc.', title: 'Trainee Accountant', start: '2010-01', end: '2012-12', city: 'Sandton', kind: 'ft', note: 'articles', bullets: ['Three-year training contract: audit, tax and bookkeeping clients'] },
      { company: 'Van Rooyen Khumalo Inc.', title: 'Tax Consultant', start: '2013-01', end: '2016-02', city: 'Sandton', kind: 'ft', bullets: ['Individual and company returns; SARS audits and objections'] },
      { company: 'Kgotso Tax Services', title: 'Seasonal Tax Practitioner', start: '2017-07', end: '2017-11', kind: 'season', when: 'Tax season 2017 (Jul–Nov)', bullets: ['Around 400 individual returns on eFiling'] },
      { company: 'Kgotso Tax Services', title: 'Seasonal Tax Practitioner', start: '2018-07', end: '2018-11', kind: 'season', when: 'Tax season 2018 (Jul–Nov)', bullets: ['Walk-in clinic at the Soweto branch'] },
      { company: 'TM Bookkeeping', title: 'Owner / Bookkeeper', start: '2019-01', end: null, kind: 'self', bullets: ['Monthly books, payroll and VAT for 23 small businesses', 'Clients include a panel beater, two crèches and a guest house'] },
      { company: 'Kgotso Tax Services', title: 'Tax Season Supervisor', start: '2021-07', end: '2021-11', kind: 'season', when: 'Tax season 2021 (Jul–Nov)', bullets: ['Supervised 9 seasonal practitioners across two branches'] },
    ],
    breaks: [{ start: '2016-03', end: '2017-06', text: 'Maternity leave and at home with my son' }],
    edu: [{ school: 'University of the Highveld', degree: 'BCom Accounting', start: '2006-02', end: '2009-11' }],
    languages: ['English', 'isiZulu', 'Sesotho', 'Afrikaans'], certs: ['Registered Tax Practitioner (SAIT)', "Code 08 driver's licence"],
    summary: 'Self-employed bookkeeper since 2019; still works tax seasons when Kgotso asks.',
  },
  {
    id: 'p08', lang: 'zh', name: '苏曼青', email: 'sumanqing88@163.com', phone: '+8613907731846', phoneLocal: '139 0773 1846',
    other: '公司前台 0888-5127330', city: '云南丽江', headline: '导游 / 出境领队 / 景区讲解',
    skills: ['中英双语讲解', '行程规划', '团队管理', '应急处理', '讲解词撰写', '短视频拍摄'],
    jobs: [
      { company: '桂林漓江假日国际旅行社', title: '实习导游', start: '2013-07', end: '2013-10', kind: 'intern', when: '2013年暑期旺季', bullets: ['跟团实习，独立带漓江一日游散客团'] },
      { company: '桂林漓江假日国际旅行社', title: '导游', start: '2014-03', end: '2017-02', kind: 'ft', when: '2014年3月起，做了三年', bullets: ['年均带团 110 余个，游客满意度 98%', '负责英语入境团桂林—阳朔线路'] },
      { company: '昆明云上行国际旅行社', title: '出境领队', start: '2017-04', end: '2019-12', kind: 'ft', bullets: ['带东南亚、日韩出境团，累计 46 个团次', '处理航班延误、证件遗失等突发情况'] },
      { company: '丽江古城导游服务中心', title: '签约导游', start: '2020-09', end: '2022-05', kind: 'self', when: '自由执业 · 旺季接团', note: '为多家旅行社接团', bullets: ['为三家地接社接团，旺季每月 20 天以上'] },
      { company: '丽江玉水文旅发展有限公司', title: '景区讲解主管', start: '2022-06', end: null, kind: 'ft', bullets: ['管理讲解员 12 人，编写古城讲解词中英文版', '负责景区短视频账号内容'] },
    ],
    breaks: [{ start: '2020-01', end: '2020-08', text: '疫情期间旅游业停摆，待业' }],
    edu: [{ school: '漓江旅游职业学院', degree: '旅游管理（大专）', start: '2010-09', end: '2013-06' }],
    languages: ['普通话', '英语（CET-6）', '桂柳话'], certs: ['导游证（中级）', '出境领队证', '红十字救护员证'],
    summary: '带团十年，国内、出境、景区讲解都做过。',
  },
  {
    id: 'p09', lang: 'zh', name: '何嘉蔚', email: 'hejiawei_yoga@qq.com', phone: '+8618180235579', phoneLocal: '181 8023 5579',
    other: '工作室前台 028-85216630', city: '四川成都', headline: '瑜伽导师 / 私人教练',
    skills: ['哈他瑜伽', '阴瑜伽', '体态评估', '功能性训练', '垫上普拉提', '课程编排'],
    skillSyn: { '垫上普拉提': ['普拉提'] },
    jobs: [
      { company: '成都锐动健身有限公司', title: '会籍顾问', start: '2015-07', end: '2016-12', kind: 'ft', bullets: ['月均成交会籍 35 张'] },
      { company: '成都锐动健身有限公司', title: '私人教练', start: '2017-01', end: '2019-06', kind: 'ft', bullets: ['月均私教课 120 节，续课率 70%'] },
      { company: '梵静瑜伽生活馆', title: '兼职瑜伽老师', start: '2018-03', end: '2021-12', kind: 'pt', note: '每周二、四晚及周六上午', bullets: ['哈他、阴瑜伽团课，每周 6 节'] },
      { company: '一念瑜伽工作室', title: '瑜伽导师', start: '2019-07', end: null, kind: 'ft', bullets: ['负责私教和小班课，编排 8 周体态改善课程', '带教新入职老师 5 名'] },
      { company: '玉林社区文体活动中心', title: '兼职团课教练', start: '2022-03', end: null, kind: 'pt', note: '周末', bullets: ['中老年健身团课，每周 2 节'] },
    ],
    breaks: [],
    edu: [{ school: '西川体育职业学院', degree: '社会体育（大专）', start: '2012-09', end: '2015-06' }],
    languages: ['普通话', '英语（日常交流）'], certs: ['RYT-200 瑜伽联盟认证', '国家职业资格 健身教练（四级）', '红十字救护员证'],
    summary: '健身房出身，兼职教瑜伽三年多后转为全职瑜伽导师。',
  },
  {
    id: 'p10', lang: 'zh', name: '刘振邦', email: 'liuzhenbang@126.com', phone: '+8613718226044', phoneLocal: '137 1822 6044',
    other: '公司总机 021-64785200', city: '上海闵行', headline: '财务经理 / 注册会计师',
    skills: ['财务审计', '内部控制', 'SAP FI/CO', '合并报表', 'IFRS', 'Excel VBA', '税务筹划'],
    skillSyn: { '内部控制': ['内控'], 'SAP FI/CO': ['SAP'] },
    jobs: [
      { company: '上海信中会计师事务所（特殊普通合伙）', title: '审计助理', start: '2012-09', end: '2014-08', kind: 'ft', bullets: ['参与制造业、零售业年报审计 20 余家'] },
      { company: '上海信中会计师事务所（特殊普通合伙）', title: '高级审计员', start: '2014-09', end: '2016-06', kind: 'ft', bullets: ['带 3—5 人现场组，负责 IPO 审计底稿复核'] },
      { company: '华屹控股集团有限公司', title: '内审项目顾问（合同制）', start: '2017-01', end: '2017-09', kind: 'contract', when: '2017年第一季度至第三季度', bullets: ['梳理 11 家子公司采购与付款流程的内控缺陷'] },
      { company: '沪东精密机械股份有限公司', title: '财务整改项目经理（合同制）', start: '2017-10', end: '2018-06', kind: 'contract', when: '2017年第四季度至2018年第二季度', bullets: ['配合上市辅导完成财务规范整改，搭建合并报表模板'] },
      { company: '瑞诺康医疗器械（上海）有限公司', title: '财务经理', start: '2018-07', end: null, kind: 'ft', bullets: ['管理 6 人财务团队，负责月结、合并报表和 IFRS 报告包', '主导 SAP FI/CO 上线'] },
    ],
    breaks: [{ start: '2016-07', end: '2016-12', text: '离职备考注册会计师（全科通过）' }],
    edu: [{ school: '浦江财经大学', degree: '会计学 学士', start: '2008-09', end: '2012-06' }],
    languages: ['英语（CET-6，可作为工作语言）'], certs: ['中国注册会计师（CPA）', 'ACCA 会员'],
    summary: '事务所四年，合同制项目两段，现任外资医疗器械公司财务经理。',
  },
  {
    id: 'p11', lang: 'zh', name: '林一帆', email: 'linyifan.design@foxmail.com', phone: '+8615867110932', phoneLocal: '158 6711 0932',
    other: '工作室座机 0571-86917725', city: '浙江杭州', headline: '独立平面设计师 / 品牌设计',
    skills: ['品牌VI设计', '包装设计', 'Illustrator', 'Photoshop', 'C4D', '插画', '排版'],
    skillSyn: { 'Illustrator': ['AI'], 'Photoshop': ['PS'], '品牌VI设计': ['VI设计'] },
    jobs: [
      { company: '杭州青禾广告有限公司', title: '设计助理', start: '2014-07', end: '2015-12', kind: 'ft', bullets: ['地产、餐饮客户的海报与物料'] },
      { company: '杭州青禾广告有限公司', title: '平面设计师', start: '2016-01', end: '2017-08', kind: 'ft', bullets: ['独立负责 6 个品牌的年度物料'] },
      { company: '一帆视觉设计工作室', title: '主理人 / 独立设计师', start: '2017-09', end: null, kind: 'self', bullets: ['合作客户：茶饮品牌「山茶记」、本地精酿酒厂、两家民宿', '累计完成品牌 VI 30 余套、包装 50 余款'] },
      { company: '钱塘艺术培训学校', title: '兼职设计讲师', start: '2019-03', end: '2021-06', kind: 'pt', note: '周末班', bullets: ['讲授 Photoshop / Illustrator 入门课'] },
    ],
    breaks: [],
    edu: [{ school: '西湖美术职业学院', degree: '视觉传达设计（大专）', start: '2011-09', end: '2014-06' }],
    languages: ['普通话', '英语（读写）'], certs: ['Adobe 认证设计师（ACP）'],
    summary: '广告公司三年，2017年起自己开工作室接品牌和包装项目。',
  },
  {
    id: 'p12', lang: 'zh', name: '冯建军', email: 'fengjianjun1990@163.com', phone: '+8615211738845', phoneLocal: '152 1173 8845',
    other: '驿站电话 0731-88763014', city: '湖南长沙', headline: '仓库主管 / 快递驿站站长',
    skills: ['WMS系统操作', '叉车操作', '库存盘点', '5S现场管理', 'Excel表格', '排班调度'],
    skillSyn: { 'WMS系统操作': ['WMS'], '5S现场管理': ['5S'] },
    jobs: [
      { company: '东莞市永耀电子厂', title: '普工', start: '2009-03', end: '2012-02', kind: 'ft', when: '2009年3月起，干了三年', bullets: ['SMT 贴片线操作工'] },
      { company: '顺迅物流（东莞）有限公司', title: '仓管员', start: '2012-04', end: '2015-10', kind: 'ft', bullets: ['收发货、盘点，负责电子料仓 3000 余个库位'] },
      { company: '顺迅物流（东莞）有限公司', title: '仓库主管', start: '2015-11', end: '2019-05', kind: 'ft', bullets: ['管理 24 人，两班倒排班，盘点准确率 99.8%'] },
      { company: '岳麓湘邻快递驿站', title: '站长', start: '2020-03', end: null, kind: 'ft', bullets: ['日均收派件 1500 件，管理 4 名员工'] },
      { company: '闪送达众包配送', title: '兼职骑手', start: '2020-06', end: '2021-12', kind: 'pt', note: '晚高峰兼职', bullets: ['晚上 6 点到 10 点跑外卖单'] },
    ],
    breaks: [{ start: '2019-06', end: '2020-02', text: '回老家照顾生病的父亲' }],
    edu: [{ school: '宁乡县职业中专', degree: '机电技术（中专）', start: '2006-09', end: '2009-01' }],
    languages: ['普通话', '粤语（能听懂）'], certs: ['叉车证（N1）', 'C1驾驶证'],
    summary: '工厂三年、物流仓库七年，现在自己管一个快递驿站。',
  },
  {
    id: 'p13', lang: 'mixed', name: '陈思颖', alt: 'Serene Chen Siying', email: 'serene.chen.sy@gmail.com', phone: '+6591764420', phoneLocal: '9176 4420',
    other: 'Home 6452 3318', city: 'Singapore 560123', headline: 'Senior Data Scientist · 数据科学家',
    skills: ['Python', 'SQL', 'Tableau', 'Machine learning', 'A/B testing', 'Power BI', 'dbt'],
    skillSyn: { 'Machine learning': ['ML'] },
    jobs: [
      { company: 'Kallang Telecom Pte Ltd', title: 'Graduate Analyst', start: '2013-07', end: '2015-06', kind: 'ft', bullets: ['Churn reports for the prepaid business'] },
      { company: 'Kallang Telecom Pte Ltd', title: 'Data Analyst', start: '2015-07', end: '2017-12', kind: 'ft', bullets: ['Built the first churn model; Tableau dashboards for 40 users'] },
      { company: 'Straits Insight Consulting', title: 'Contract Data Analyst', start: '2018-01', end: '2018-09', kind: 'contract', when: 'Q1 2018 – Q3 2018', bullets: ['Pricing analysis for a regional insurer'] },
      { company: 'Serangoon Health Alliance', title: 'Contract Analytics Consultant', start: '2018-10', end: '2019-06', kind: 'contract', when: 'Q4 2018 – Q2 2019', bullets: ['Bed-occupancy forecasting; Power BI for ward managers'] },
      { company: 'Tanjong Digital Bank', title: 'Senior Data Scientist', start: '2020-01', end: null, kind: 'ft', bullets: ['Credit-risk and fraud models; A/B testing platform; dbt models'] },
    ],
    breaks: [{ start: '2019-07', end: '2019-12', text: 'Sabbatical — travelled and completed an online ML specialisation' }],
    edu: [{ school: 'Bukit Timah University', degree: 'B.Sc. (Hons) Statistics', start: '2009-08', end: '2013-05' }],
    languages: ['English', 'Mandarin 中文', 'Hokkien (spoken)'], certs: ['AWS Certified Machine Learning – Specialty'],
    summary: 'Analyst, then two contracts, a half-year break and now a digital bank.',
  },
  {
    id: 'p14', lang: 'mixed', name: '金美善', alt: 'Mia Kim (Jin Meishan)', email: 'jinmeishan_kr@naver.com', phone: '+8613505327781', phoneLocal: '135 0532 7781',
    other: '办公室 0532-85967201', city: '山东青岛 Qingdao', headline: '韩语翻译 · 跨境采购经理 Cross-border Sourcing Manager',
    skills: ['中韩互译', '生产管理', '跨境采购', 'SAP MM', '供应商管理', 'Excel'],
    skillSyn: { '中韩互译': ['Korean–Chinese translation'] },
    jobs: [
      { company: '青岛韩光电子有限公司', title: '韩语翻译', start: '2012-07', end: '2014-12', kind: 'ft', bullets: ['韩方管理层会议口译、技术文件笔译'] },
      { company: '青岛乐学外语培训学校', title: '兼职韩语讲师', start: '2014-03', end: '2016-06', kind: 'pt', note: '周末', bullets: ['TOPIK 中级班'] },
      { company: '青岛韩光电子有限公司', title: '生产管理专员', start: '2015-01', end: '2016-08', kind: 'ft', bullets: ['生产计划与物料协调，对接韩国总部'] },
      { company: '斗南商事株式会社青岛代表处', title: '首席代表助理', start: '2017-09', end: '2020-05', kind: 'ft', bullets: ['供应商开发与验厂，年采购额约 2000 万美元'] },
      { company: '青岛海悦美妆供应链有限公司', title: '跨境采购经理', start: '2020-06', end: null, kind: 'ft', bullets: ['负责韩国美妆品牌采购，管理 5 人团队', '上线 SAP MM 采购模块'] },
    ],
    breaks: [{ start: '2016-09', end: '2017-08', text: '赴首尔语学堂进修一年 (language study in Seoul)' }],
    edu: [{ school: '图们江大学', degree: '朝鲜语 学士 (B.A. Korean)', start: '2008-09', end: '2012-06' }],
    languages: ['朝鲜语/韩语 (native)', '汉语 (native)', 'English (working)', '日语 (JLPT N3)'], certs: ['TOPIK 6级', 'CATTI 韩语二级笔译'],
    summary: '中韩双语，翻译出身，做过生产管理和采购。',
  },
  {
    id: 'p15', lang: 'mixed', name: '周若溪', alt: 'Zoe Zhou Ruoxi', email: 'zoe@ruoxitranslation.co.uk', phone: '+447946318205', phoneLocal: '07946 318205',
    other: 'Hatton Legal bookings 020 7946 0581', city: 'London N7', headline: 'Chinese–English translator & public service interpreter',
    skills: ['Chinese–English translation', 'Trados Studio', 'memoQ', 'Legal translation', 'Subtitling', 'Terminology management'],
    skillSyn: { 'Trados Studio': ['SDL Trados', 'Trados'], 'Chinese–English translation': ['ZH>EN translation'] },
    jobs: [
      { company: 'Albion Linguistics Ltd', title: 'In-house Translator', start: '2014-09', end: '2016-11', kind: 'ft', bullets: ['Legal and financial ZH>EN; 3,500 words a day'] },
      { company: 'Albion Linguistics Ltd', title: 'Project Manager', start: '2016-12', end: '2018-08', kind: 'ft', bullets: ['Managed 60 freelancers; CAT tool licences and TMs'] },
      { company: 'Ruoxi Zhou Translation', title: 'Freelance Translator', start: '2018-09', end: null, kind: 'self', bullets: ['Direct clients and agencies: law firms, a museum, two game studios', 'Subtitles for documentaries (ZH>EN)'] },
      { company: 'Camden Lock Adult Learning Centre', title: 'Mandarin Tutor', start: '2019-01', end: '2022-07', kind: 'pt', note: 'evening classes', bullets: ['Beginners and HSK 3 evening classes'] },
      { company: 'Hatton Legal Interpreting', title: 'Public Service Interpreter', start: '2021-03', end: null, kind: 'pt', note: 'on call', bullets: ['Police and court interpreting, Mandarin/Cantonese'] },
    ],
    breaks: [],
    edu: [
      { school: 'University of Kingsmere', degree: 'MA Translation Studies', start: '2013-09', end: '2014-09' },
      { school: '江城外国语大学', degree: 'BA English', start: '2009-09', end: '2013-06' },
    ],
    languages: ['Mandarin (native)', 'English (C2)', 'Cantonese (fluent)'], certs: ['DPSI (Law)', 'MCIL', 'NRPSI registered'],
    summary: 'In-house for four years, freelance since 2018, with evening teaching and on-call interpreting alongside.',
  },
  {
    id: 'p16', lang: 'mixed', name: '黄嘉敏', alt: 'Karmen Wong Ka-man', email: 'karmen.motion@proton.me', phone: '+16047182290', phoneLocal: '604-718-2290',
    other: 'Studio 604-681-4470', city: 'Vancouver, BC', headline: 'Motion designer · 動態設計師',
    skills: ['After Effects', 'Cinema 4D', 'Nuke', 'Storyboarding', 'Kinetic typography', 'Premiere Pro'],
    skillSyn: { 'Cinema 4D': ['C4D'] },
    jobs: [
      { company: 'Harbourfront Motion Studio Ltd', title: 'Junior Motion Designer', start: '2015-08', end: '2017-06', city: 'Hong Kong', kind: 'ft', bullets: ['Title sequences and idents for TV'] },
      { company: 'Harbourfront Motion Studio Ltd', title: 'Motion Designer', start: '2017-07', end: '2019-02', city: 'Hong Kong', kind: 'ft', bullets: ['Led 3D work on bank and airline campaigns'] },
      { company: 'Northshore Pixel Works', title: 'Contract Compositor', start: '2019-09', end: '2020-03', city: 'Vancouver', kind: 'contract', bullets: ['Nuke compositing on an animated series (season 2)'] },
      { company: 'Granville Bridge Media', title: 'Motion Designer', start: '2020-05', end: '2023-01', city: 'Vancouver', kind: 'pt', note: 'part-time, 3 days a week', bullets: ['Social and broadcast spots for tourism clients'] },
      { company: 'Karmen Wong Motion', title: 'Freelance Motion Designer', start: '2020-05', end: null, kind: 'self', bullets: ['Explainers and kinetic-type pieces for agencies in Vancouver and Hong Kong'] },
      { company: 'Granville Bridge Media', title: 'Senior Motion Designer', start: '2023-02', end: null, city: 'Vancouver', kind: 'ft', bullets: ['Leads a team of three; pitches and storyboards'] },
    ],
    breaks: [{ start: '2019-03', end: '2019-08', text: 'Relocation from Hong Kong to Vancouver (work permit pending)' }],
    edu: [{ school: 'Lion Rock Institute of Design', degree: 'BA (Hons) Creative Media', start: '2011-09', end: '2015-06' }],
    languages: ['Cantonese 粵語 (native)', 'English (fluent)', 'Mandarin 普通話 (good)'], certs: [],
    summary: 'Hong Kong-trained motion designer; in Vancouver since 2019, freelancing alongside a studio job.',
  },
];
