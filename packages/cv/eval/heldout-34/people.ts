/**
 * heldout-34: sixteen invented people. Every name, employer, school, address, e-mail and phone number is made up.
 * `phone` is E.164, `phoneLocal` is how the person writes it. `skills[].text` is printed; `alt` are other spellings.
 */
export type Lang = 'en' | 'zh' | 'mixed';

export interface Job {
  company: string;
  title: string;
  start: string; // YYYY-MM
  end: string | null; // null = current
  town?: string; // printed beside the employer in some templates, never part of `company`
  kind?: 'internship' | 'national-service';
  bullets: string[];
}
export interface Edu { school: string; degree: string; start: string; end: string; town?: string }
export interface Referee { name: string; role: string; org: string; phone: string; email?: string }
export interface Person {
  id: string;
  language: Lang;
  name: string; // as written; Chinese name for mixed people
  nameEn?: string; // the English name a mixed person also prints
  gender: string;
  born: string; // YYYY-MM-DD
  nationality: string;
  email: string;
  phone: string; // E.164
  phoneLocal: string;
  address: string[];
  headline: string;
  summary: string;
  skills: { text: string; alt?: string[] }[];
  jobs: Job[];
  education: Edu[];
  languages: string[];
  certificates: string[];
  referees: Referee[];
  gap?: { start: string; end: string; note: string };
  extra?: Record<string, string>;
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Marie-Ève Tremblay', gender: 'Female', born: '1992-09-14', nationality: 'Canadian',
    email: 'metremblay.qa@gmail.com', phone: '+15148234417', phoneLocal: '(514) 823-4417',
    address: ['4127, rue Fabre, app. 3', 'Montréal (Québec)  H2J 3T5'],
    headline: 'Food Safety & Quality Assurance Manager',
    summary: 'Food safety professional with ten years in bakery, dairy and ready-meal plants. Builds HACCP programs that survive audits and trains production teams in French and English.',
    skills: [
      { text: 'HACCP plan development', alt: ['HACCP'] }, { text: 'Internal auditing' },
      { text: 'Root cause analysis', alt: ['RCA'] }, { text: 'Sanitation programs' }, { text: 'SAP QM' },
      { text: 'Supplier approval' }, { text: 'Excel (pivot tables)', alt: ['Excel'] },
    ],
    jobs: [
      { company: 'Fromagerie Lac-Beauport', title: 'Quality Assurance Intern', start: '2014-05', end: '2014-08', town: 'Lac-Beauport, QC', kind: 'internship', bullets: ['Sampled brine and finished cheese for Listeria environmental monitoring.', 'Updated allergen matrix for 40 SKUs.'] },
      { company: 'Boulangerie Saint-Vallier Inc.', title: 'QA Technician', start: '2015-01', end: '2017-06', town: 'Laval, QC', bullets: ['Ran daily GMP walks and metal-detector verifications on three lines.', 'Cut label-related holds by 60% with a new pre-start checklist.'] },
      { company: 'Nordfrais Foods Ltd.', title: 'QA Supervisor', start: '2017-08', end: '2021-03', town: 'Boucherville, QC', bullets: ['Led a team of six technicians across two shifts.', 'Prepared the plant for its first SQF Level 2 audit (score 94).'] },
      { company: 'Maison Gravel Traiteur', title: 'Food Safety Manager', start: '2022-02', end: null, town: 'Montréal, QC', bullets: ['Own the food safety program for a 180-employee ready-meal plant.', 'Introduced supplier approval and CFIA-ready traceability exercises.'] },
    ],
    education: [
      { school: 'Université de Sherbrooke', degree: 'B.Sc. Food Science and Technology', start: '2011-09', end: '2014-12', town: 'Sherbrooke, QC' },
    ],
    languages: ['French (native)', 'English (fluent)'],
    certificates: ['SQF Practitioner (2018)', 'PCQI – Preventive Controls (2020)'],
    referees: [{ name: 'Luc Béland', role: 'Plant Manager', org: 'Nordfrais Foods Ltd.', phone: '(450) 641-2290' }],
    gap: { start: '2021-04', end: '2022-01', note: 'Parental leave' },
  },
  {
    id: 'p02', language: 'en', name: 'Joachim Kelesi', gender: 'Male', born: '1990-03-02', nationality: 'Solomon Islander',
    email: 'jkelesi.sb@gmail.com', phone: '+6777472391', phoneLocal: '747 2391',
    address: ['PO Box 1184, Honiara', 'Guadalcanal Province, Solomon Islands'],
    headline: 'Architectural Technician',
    summary: 'Architectural technician with 15 years of drafting and design work on housing, schools and clinics in the Solomon Islands. Comfortable on site as well as at the drawing board.',
    skills: [
      { text: 'AutoCAD' }, { text: 'Revit' }, { text: 'SketchUp' }, { text: 'Quantity take-off' },
      { text: 'Site supervision' }, { text: 'Building code compliance checks' }, { text: 'Hand drafting' },
    ],
    jobs: [
      { company: 'Ranadi Steel & Timber Ltd', title: 'Trainee Draughtsman', start: '2011-02', end: '2012-12', town: 'Honiara', bullets: ['Drew shop drawings for roof trusses and steel portal frames.'] },
      { company: 'Kolale Consulting Engineers', title: 'Draughtsman', start: '2013-01', end: '2016-09', town: 'Honiara', bullets: ['Produced tender drawings for rural health clinics in Makira and Temotu.'] },
      { company: 'Kolale Consulting Engineers', title: 'Architectural Technician', start: '2016-10', end: '2019-12', town: 'Honiara', bullets: ['Prepared building permit packages and bills of quantities for school classrooms.', 'Supervised contractors on 11 classroom blocks.'] },
      { company: 'Pacific Coastal Housing Trust', title: 'Project Design Officer', start: '2020-03', end: null, town: 'Honiara', bullets: ['Design cyclone-resilient house types and check contractor drawings.', 'Train two junior draughtspersons.'] },
    ],
    education: [
      { school: 'Solomon Islands National University', degree: 'Diploma in Architectural Drafting', start: '2008-02', end: '2010-11', town: 'Honiara' },
      { school: 'King George VI National Secondary School', degree: 'Form 7 Certificate', start: '2003-02', end: '2007-11' },
    ],
    languages: ['English', 'Solomon Islands Pijin', 'Lengo'],
    certificates: ['Cyclone-resistant construction short course, 2021'],
    referees: [
      { name: 'Mr. Patterson Odoa', role: 'Principal Engineer', org: 'Kolale Consulting Engineers', phone: '+677 21 475' },
      { name: 'Mrs. Lydia Manepora', role: 'Programme Manager', org: 'Pacific Coastal Housing Trust', phone: '+677 749 8820' },
    ],
  },
  {
    id: 'p03', language: 'en', name: 'Nomcebo Shongwe', gender: 'Female', born: '1993-11-20', nationality: 'Liswati',
    email: 'nomcebo.shongwe93@gmail.com', phone: '+26876342218', phoneLocal: '7634 2218',
    address: ['Plot 218, Fairview North', 'Manzini, Eswatini'],
    headline: 'Senior Medical Laboratory Technologist',
    summary: 'Medical laboratory technologist with ten years in hospital and private laboratories, strong in TB and HIV diagnostics and laboratory quality management.',
    skills: [
      { text: 'Haematology' }, { text: 'Clinical chemistry' }, { text: 'GeneXpert MTB/RIF testing', alt: ['GeneXpert'] },
      { text: 'Quality control (Westgard rules)', alt: ['Quality control'] }, { text: 'LIS data entry' }, { text: 'Phlebotomy' }, { text: 'Biosafety' },
    ],
    jobs: [
      { company: 'Mbabane Diagnostic Centre', title: 'Laboratory Intern', start: '2015-01', end: '2015-12', town: 'Mbabane', kind: 'internship', bullets: ['Rotated through haematology, chemistry, microbiology and blood bank.'] },
      { company: 'Lubombo Clinical Laboratories (Pty) Ltd', title: 'Medical Laboratory Technologist', start: '2016-03', end: '2020-08', town: 'Siteki', bullets: ['Ran CD4, viral load sample preparation and full blood counts.', 'Kept internal QC records for SANAS-style accreditation.'] },
      { company: 'Hlathikhulu Mission Hospital', title: 'Senior Laboratory Technologist', start: '2020-10', end: null, town: 'Hlathikhulu', bullets: ['Supervise four technologists and the GeneXpert TB service.', 'Lead monthly external quality assessment reviews.'] },
    ],
    education: [
      { school: 'Southern Africa Nazarene University', degree: 'BSc Biomedical Science', start: '2011-08', end: '2014-11', town: 'Manzini' },
      { school: 'Salesian High School', degree: 'SGCSE', start: '2007-01', end: '2010-11', town: 'Manzini' },
    ],
    languages: ['siSwati', 'English'],
    certificates: ['Registered with the Eswatini Medical and Dental Council', 'Good Clinical Laboratory Practice, 2019'],
    referees: [
      { name: 'Dr. Themba Magagula', role: 'Laboratory Manager', org: 'Lubombo Clinical Laboratories (Pty) Ltd', phone: '2343 6610' },
      { name: 'Sr. Bongiwe Nkambule', role: 'Matron', org: 'Hlathikhulu Mission Hospital', phone: '7611 0458' },
    ],
  },
  {
    id: 'p04', language: 'en', name: 'Rosemary Kwaiga', gender: 'Female', born: '1986-07-09', nationality: 'Solomon Islander',
    email: 'rkwaiga@outlook.com', phone: '+6777584420', phoneLocal: '758 4420',
    address: ['Lot 52, Kukum Highway, Ranadi', 'Honiara, Solomon Islands'],
    headline: 'Senior Finance Officer',
    summary: 'Finance officer with 17 years in co-operatives, statutory bodies and NGOs. Prepares budgets and donor reports and keeps ledgers audit-ready.',
    skills: [
      { text: 'MYOB' }, { text: 'Bank reconciliations', alt: ['Reconciliations'] }, { text: 'Payroll' },
      { text: 'Budget preparation' }, { text: 'Excel' }, { text: 'IPSAS cash-basis reporting', alt: ['IPSAS'] }, { text: 'Donor financial reporting' },
    ],
    jobs: [
      { company: 'Auki Trading Co-operative', title: 'Accounts Clerk', start: '2008-06', end: '2011-03', town: 'Auki', bullets: ['Posted sales and purchases for four rural stores.'] },
      { company: 'Malaita Copra & Cocoa Ltd', title: 'Assistant Accountant', start: '2011-04', end: '2015-07', town: 'Auki', bullets: ['Prepared month-end reconciliations and fortnightly payroll for 120 staff.'] },
      { company: 'Western Fisheries Development Authority', title: 'Finance Officer', start: '2018-01', end: '2022-06', town: 'Gizo', bullets: ['Prepared annual budget submissions and quarterly IPSAS reports.', 'Cleared all prior-year audit findings by 2020.'] },
      { company: 'Solomon Rural Water Trust', title: 'Senior Finance Officer', start: '2022-07', end: null, town: 'Honiara', bullets: ['Manage SBD 14 million of donor grants and report to three funders.', 'Supervise two finance assistants.'] },
    ],
    education: [
      { school: 'University of the South Pacific, Honiara Campus', degree: 'Bachelor of Commerce (Accounting)', start: '2015-08', end: '2017-11', town: 'Honiara' },
      { school: 'Solomon Islands College of Higher Education', degree: 'Certificate in Accounting', start: '2006-02', end: '2007-11', town: 'Honiara' },
    ],
    languages: ['English', 'Solomon Islands Pijin', 'Kwara\'ae'],
    certificates: ['Member, Solomon Islands Institute of Accountants'],
    referees: [
      { name: 'Mr. Clement Houanihau', role: 'General Manager', org: 'Western Fisheries Development Authority', phone: '+677 60 218' },
      { name: 'Ms. Agnes Talasasa', role: 'Country Director', org: 'Solomon Rural Water Trust', phone: '+677 746 1102' },
    ],
    gap: { start: '2015-08', end: '2017-12', note: 'Full-time study, Bachelor of Commerce' },
  },
  {
    id: 'p05', language: 'en', name: 'Callum Fairbairn', gender: 'Male', born: '1989-01-27', nationality: 'British',
    email: 'callum@fairbairn-arch.co.uk', phone: '+447812334906', phoneLocal: '07812 334906',
    address: ['2/1, 38 Hyndland Road', 'Glasgow G12 9UP'],
    headline: 'Associate Architect, ARB / RIAS',
    summary: 'Architect with housing, education and Passivhaus experience from feasibility to completion. Registered with ARB; chartered member of the RIAS.',
    skills: [
      { text: 'Revit' }, { text: 'Rhino' }, { text: 'Grasshopper' }, { text: 'Passivhaus design', alt: ['Passivhaus'] },
      { text: 'Planning applications' }, { text: 'Contract administration (JCT)', alt: ['Contract administration'] },
      { text: 'Adobe InDesign', alt: ['InDesign'] }, { text: 'Hand sketching' },
    ],
    jobs: [
      { company: 'Hatton Gray Architects', title: 'Part 1 Architectural Assistant', start: '2012-07', end: '2013-08', town: 'Edinburgh', kind: 'internship', bullets: ['Year-out placement: survey drawings, planning sets and models for two primary schools.'] },
      { company: 'Kelvinside Studio', title: 'Part 2 Architectural Assistant', start: '2015-09', end: '2017-04', town: 'Glasgow', bullets: ['Detailed a 48-unit social housing scheme to Stage 4.'] },
      { company: 'Morrow Lindsay Associates', title: 'Architect', start: '2017-06', end: '2022-02', town: 'Glasgow', bullets: ['Project architect for a certified Passivhaus community hub.', 'Ran JCT contracts up to £6.2m.'] },
      { company: 'Clyde & Forth Architecture LLP', title: 'Associate Architect', start: '2022-03', end: null, town: 'Glasgow', bullets: ['Lead the residential team of seven.', 'Secured planning for 210 homes across three sites.'] },
    ],
    education: [
      { school: 'Mackintosh School of Architecture', degree: 'Diploma in Architecture (Part 2)', start: '2013-09', end: '2015-06', town: 'Glasgow' },
      { school: 'University of Strathclyde', degree: 'BSc (Hons) Architectural Studies (Part 1)', start: '2008-09', end: '2012-06', town: 'Glasgow' },
    ],
    languages: ['English'],
    certificates: ['ARB registered (2017)', 'Certified Passivhaus Designer'],
    referees: [{ name: 'Available on request', role: '', org: '', phone: '' }],
  },
  {
    id: 'p06', language: 'en', name: 'Sibusiso Mavimbela', gender: 'Male', born: '1988-05-16', nationality: 'Liswati',
    email: 's.mavimbela@yahoo.com', phone: '+26878125593', phoneLocal: '7812 5593',
    address: ['P.O. Box 412, Simunye', 'Lubombo Region, Eswatini'],
    headline: 'Field Operations Manager (Agronomy)',
    summary: 'Agronomist with twelve years in sugar cane and smallholder irrigation schemes. Works well with growers, contractors and development partners.',
    skills: [
      { text: 'Irrigation scheduling' }, { text: 'Soil sampling & analysis', alt: ['Soil sampling and analysis'] }, { text: 'QGIS' },
      { text: 'Farmer field schools' }, { text: 'Drip irrigation maintenance' }, { text: 'Crop budgeting' }, { text: 'KoboToolbox' },
    ],
    jobs: [
      { company: 'Simunye Cane Growers Association', title: 'Graduate Trainee (Agronomy)', start: '2013-02', end: '2014-01', town: 'Simunye', bullets: ['Assisted field officers with ratoon management trials on 30 farms.'] },
      { company: 'Lowveld Smallholder Irrigation Project', title: 'Extension Officer', start: '2014-03', end: '2018-12', town: 'Siphofaneni', bullets: ['Advised 260 smallholder growers on irrigation and fertiliser plans.', 'Ran 14 farmer field schools.'] },
      { company: 'Mhlume Valley Sugar Estates', title: 'Agronomist', start: '2020-08', end: '2024-04', town: 'Mhlume', bullets: ['Managed agronomy for 3,400 ha under centre pivot and drip.', 'Mapped soil salinity with QGIS.'] },
      { company: 'Ngwavuma Agri Ventures', title: 'Field Operations Manager', start: '2024-05', end: null, town: 'Big Bend', bullets: ['Run field operations, budgets and a crew of 85 on a mixed cane and citrus estate.'] },
    ],
    education: [
      { school: 'University of Eswatini, Luyengo Campus', degree: 'BSc Agriculture (Agronomy)', start: '2008-08', end: '2012-11', town: 'Luyengo' },
      { school: 'Stellenbosch-Kruger Institute (online)', degree: 'MSc Agricultural Water Management (coursework)', start: '2019-01', end: '2020-06' },
    ],
    languages: ['siSwati', 'English', 'isiZulu'],
    certificates: ['Driver\'s licence Code EB'],
    referees: [
      { name: 'Mr. Mandla Hlophe', role: 'Estate Manager', org: 'Mhlume Valley Sugar Estates', phone: '2313 4077' },
      { name: 'Ms. Zanele Dube', role: 'Project Coordinator', org: 'Lowveld Smallholder Irrigation Project', phone: '7602 9981' },
    ],
    gap: { start: '2019-01', end: '2020-07', note: 'Full-time postgraduate study' },
  },
  {
    id: 'p07', language: 'en', name: 'Dana Okafor-Reyes', gender: 'Female', born: '1994-04-03', nationality: 'American',
    email: 'dana.okaforreyes@gmail.com', phone: '+15037392284', phoneLocal: '(503) 739-2284',
    address: ['2218 SE Salmon St', 'Portland, OR 97214'],
    headline: 'Landscape Architect / Urban Design Lead',
    summary: 'Landscape designer who turns streets and stormwater into public space. Eight years on green streets, parks and campus projects in the Pacific Northwest.',
    skills: [
      { text: 'AutoCAD Civil 3D', alt: ['Civil 3D'] }, { text: 'Rhino' }, { text: 'Lumion' }, { text: 'ArcGIS Pro' },
      { text: 'Stormwater design' }, { text: 'Planting design' }, { text: 'Community engagement' }, { text: 'Adobe Creative Suite' },
    ],
    jobs: [
      { company: 'Willamette Greenway Collaborative', title: 'Design Intern', start: '2016-06', end: '2016-09', town: 'Portland, OR', kind: 'internship', bullets: ['Surveyed riverbank restoration sites and drafted interpretive signage.'] },
      { company: 'Fernhill Landscape Studio', title: 'Landscape Designer', start: '2017-07', end: '2020-10', town: 'Portland, OR', bullets: ['Produced planting plans and construction documents for 20+ residential and campus projects.'] },
      { company: 'Bramble & Stone Design', title: 'Senior Landscape Designer', start: '2020-11', end: '2023-05', town: 'Seattle, WA', bullets: ['Led design of a 4-acre green street network with bioswales.'] },
      { company: 'Northgate Urban Planning Group', title: 'Urban Design Lead', start: '2023-06', end: null, town: 'Portland, OR', bullets: ['Lead corridor plans and public workshops for three cities.', 'Manage a team of four designers.'] },
    ],
    education: [
      { school: 'University of Oregon', degree: 'Master of Landscape Architecture', start: '2015-09', end: '2017-06', town: 'Eugene, OR' },
      { school: 'Washington State University', degree: 'BA Environmental Studies', start: '2011-08', end: '2015-05', town: 'Pullman, WA' },
    ],
    languages: ['English', 'Spanish (conversational)'],
    certificates: ['Licensed Landscape Architect, Oregon (2021)', 'LEED Green Associate'],
    referees: [],
  },
  {
    id: 'p08', language: 'zh', name: '鲁晓岚', gender: '女', born: '1988-10-05', nationality: '中国',
    email: 'luxiaolan_yh@163.com', phone: '+8613919346028', phoneLocal: '139 1934 6028',
    address: ['甘肃省峪河县城关镇解放北路 88 号'],
    headline: '心血管内科 主治医师',
    summary: '县级医院心内科主治医师，擅长高血压、冠心病、心力衰竭的规范化诊治，希望通过进修系统提高冠脉介入和心脏超声水平。',
    skills: [
      { text: '心电图判读' }, { text: '心脏彩超' }, { text: '高血压规范化管理' }, { text: '心肺复苏' },
      { text: '冠脉造影辅助' }, { text: 'SPSS' },
    ],
    jobs: [
      { company: '峪河县白石镇卫生院', title: '临床医士', start: '2012-07', end: '2013-07', bullets: ['负责门诊及基本公共卫生服务。'] },
      { company: '峪河县人民医院', title: '住院医师', start: '2013-08', end: '2018-07', bullets: ['心血管内科住院医师，完成住院医师规范化培训。'] },
      { company: '峪河县人民医院', title: '主治医师', start: '2018-08', end: null, bullets: ['负责心内科一个医疗组，年收治患者约 600 人次。', '参与胸痛中心建设。'] },
    ],
    education: [
      { school: '陇西医学院', degree: '临床医学 本科 医学学士', start: '2007-09', end: '2012-06' },
    ],
    languages: ['英语（CET-6）'],
    certificates: ['医师资格证书', '医师执业证书', '中级职称（主治医师）'],
    referees: [{ name: '马建功', role: '心血管内科主任', org: '峪河县人民医院', phone: '0938-6612308' }],
    extra: { 民族: '汉族', 政治面貌: '中共党员', 职称: '主治医师', 进修科室: '心血管内科', 进修期限: '6 个月', 婚否: '已婚' },
  },
  {
    id: 'p09', language: 'zh', name: '邹立恒', gender: '男', born: '1993-06-18', nationality: '中国',
    email: 'zoulh93@126.com', phone: '+8618681234705', phoneLocal: '186-8123-4705',
    address: ['四川省成都市武侯区玉林南路 17 号 3 栋 2 单元 502'],
    headline: '社群运营 / 活动策划',
    summary: '十年互联网运营与线下活动经验，熟悉社区居民需求，希望投身基层社区服务。',
    skills: [
      { text: '社群运营' }, { text: '活动策划' }, { text: '短视频剪辑', alt: ['抖音短视频剪辑'] }, { text: 'Excel 数据透视表', alt: ['Excel'] },
      { text: '文案撰写' }, { text: 'PS', alt: ['Photoshop'] }, { text: '用户调研' },
    ],
    jobs: [
      { company: '成都麦田互动文化传播有限公司', title: '市场部实习生', start: '2015-03', end: '2015-06', kind: 'internship', bullets: ['协助策划品牌快闪活动。'] },
      { company: '四川蓉城优选电子商务有限公司', title: '新媒体运营', start: '2015-07', end: '2018-02', bullets: ['负责公众号与微博内容，粉丝由 2 万增至 18 万。'] },
      { company: '锦里青禾餐饮管理有限公司', title: '运营主管', start: '2018-03', end: '2021-09', bullets: ['统筹 12 家门店会员活动与外卖运营。'] },
      { company: '成都熊猫邻里科技有限公司', title: '社群运营经理', start: '2022-04', end: '2025-12', bullets: ['运营 300 余个小区业主群，组织邻里活动 200 余场。'] },
    ],
    education: [{ school: '西南财经管理学院', degree: '市场营销 本科', start: '2011-09', end: '2015-06' }],
    languages: ['英语（CET-4）'],
    certificates: ['普通话二级甲等', '机动车驾驶证 C1'],
    referees: [],
    gap: { start: '2021-10', end: '2022-03', note: '个人原因休整' },
    extra: { 民族: '汉族', 政治面貌: '共青团员', 户籍: '四川成都', 身份证号: '510107199306182135', 身高: '176cm' },
  },
  {
    id: 'p10', language: 'zh', name: '覃美玲', gender: '女', born: '1992-02-11', nationality: '中国',
    email: 'qinmeiling0211@163.com', phone: '+8617777218863', phoneLocal: '17777218863',
    address: ['广西柳州市城中区潭中东路 56 号'],
    headline: '主管护师',
    summary: '从事临床及社区护理工作十年，熟悉慢病随访与家庭医生签约服务。',
    skills: [
      { text: '静脉输液' }, { text: 'PICC维护', alt: ['PICC 维护'] }, { text: '伤口造口护理' }, { text: '慢病随访' },
      { text: '急救护理' }, { text: '护理文书书写' },
    ],
    jobs: [
      { company: '桂中医科大学附属第二医院', title: '实习护士', start: '2014-07', end: '2015-04', kind: 'internship', bullets: ['内外妇儿及急诊科室轮转实习。'] },
      { company: '柳州市雀山医院', title: '护士', start: '2015-07', end: '2019-06', bullets: ['普外科护士，负责围手术期护理。'] },
      { company: '柳州康宁骨科医院', title: '护师', start: '2019-08', end: '2023-03', bullets: ['骨科病区责任护士，带教实习护生。'] },
      { company: '柳州市城中区潭中社区卫生服务中心', title: '主管护师', start: '2023-04', end: null, bullets: ['负责高血压、糖尿病患者随访管理，签约居民 1,500 余人。'] },
    ],
    education: [{ school: '桂中医科大学', degree: '护理学 本科', start: '2011-09', end: '2015-06' }],
    languages: ['普通话', '壮语', '英语（CET-4）'],
    certificates: ['护士执业证书', '主管护师资格证', 'PICC 专科护士培训合格证'],
    referees: [],
    extra: { 民族: '壮族', 政治面貌: '群众', 籍贯: '广西柳江', 身高: '158cm', 职称: '主管护师', 婚否: '已婚' },
  },
  {
    id: 'p11', language: 'zh', name: '欧阳启航', gender: '男', born: '1995-08-22', nationality: '中国',
    email: 'qihang.oy@foxmail.com', phone: '+8615058127739', phoneLocal: '150-5812-7739',
    address: ['浙江省杭州市西湖区文二西路 209 号'],
    headline: 'Java 后端 / 技术专家',
    summary: '8 年后端研发经验，主导过支付清结算与高并发营销系统，关注稳定性与架构治理。',
    skills: [
      { text: 'Java' }, { text: 'Spring Boot' }, { text: 'MySQL' }, { text: 'Redis' }, { text: 'Kafka' },
      { text: 'Kubernetes', alt: ['K8s'] }, { text: 'Go', alt: ['Golang'] }, { text: '分布式事务' },
    ],
    jobs: [
      { company: '杭州云栖数智科技有限公司', title: '后端开发实习生', start: '2017-07', end: '2017-12', kind: 'internship', bullets: ['参与数据报表服务开发。'] },
      { company: '杭州鲸跃网络科技有限公司', title: 'Java开发工程师', start: '2018-07', end: '2021-04', bullets: ['负责优惠券与订单中心，支撑大促峰值 3 万 QPS。'] },
      { company: '浙江汇数金融信息服务有限公司', title: '高级后端工程师', start: '2021-05', end: '2024-08', bullets: ['设计清结算对账系统，差错率降低 90%。'] },
      { company: '杭州青梧智能科技有限公司', title: '技术专家', start: '2024-09', end: null, bullets: ['负责交易中台架构，带领 8 人团队。'] },
    ],
    education: [{ school: '浙东理工大学', degree: '计算机科学与技术 本科', start: '2014-09', end: '2018-06' }],
    languages: ['英语（CET-6，可阅读英文文档）'],
    certificates: ['软考 系统架构设计师'],
    referees: [],
  },
  {
    id: 'p12', language: 'zh', name: '葛佩瑶', gender: '女', born: '1987-12-30', nationality: '中国',
    email: 'gepeiyao@sina.com', phone: '+8613312984406', phoneLocal: '133 1298 4406',
    address: ['江苏省南京市鼓楼区湖北路 45 号 6 幢 301 室'],
    headline: '行政管理 / 社区服务',
    summary: '从事行政人事和基层社区工作十余年，熟悉公文写作、档案管理和会务组织。',
    skills: [
      { text: 'Office 办公软件', alt: ['Office'] }, { text: '公文写作' }, { text: '档案管理' }, { text: '人事招聘' },
      { text: '会务组织' }, { text: '社区网格化管理' },
    ],
    jobs: [
      { company: '南京金陵汇达物业管理有限公司', title: '行政助理', start: '2010-07', end: '2013-05', bullets: ['负责公司前台、文件收发及会议记录。'] },
      { company: '南京栖霞建诚建材有限公司', title: '人事行政专员', start: '2013-06', end: '2017-02', bullets: ['负责招聘、入离职手续及员工档案。'] },
      { company: '南京市鼓楼区玉泉路街道办事处', title: '社区网格员', start: '2019-09', end: '2022-12', bullets: ['负责 2 个网格 860 户的信息采集与矛盾调解。'] },
      { company: '南京和光养老服务中心', title: '办公室主任', start: '2023-01', end: null, bullets: ['负责行政、人事、档案及对外接待工作。'] },
    ],
    education: [{ school: '金陵文理学院', degree: '行政管理 本科', start: '2006-09', end: '2010-06' }],
    languages: ['英语（CET-4）'],
    certificates: ['社会工作者职业水平证书（助理社会工作师）', '人力资源管理师三级'],
    referees: [],
    gap: { start: '2017-03', end: '2019-08', note: '在家育儿' },
    extra: { 民族: '汉族', 政治面貌: '中共党员', 户籍: '江苏南京', 身份证号: '320106198712302846', 身高: '163cm', 婚否: '已婚' },
  },
  {
    id: 'p13', language: 'mixed', name: '郑雅雯', nameEn: 'Vivian Zheng', gender: '女 Female', born: '1991-04-25', nationality: '中国 China',
    email: 'vivian.zheng@outlook.com', phone: '+8613817620954', phoneLocal: '138 1762 0954',
    address: ['上海市长宁区愚园路 1088 弄 7 号 1202 室'],
    headline: 'HR Business Partner 人力资源业务伙伴',
    summary: '12 years in HR across consumer goods and logistics MNCs; 擅长招聘体系搭建、员工关系和组织发展。',
    skills: [
      { text: 'Talent acquisition', alt: ['Recruitment'] }, { text: 'Workday' }, { text: '员工关系', alt: ['Employee relations'] },
      { text: '绩效管理', alt: ['Performance management'] }, { text: 'Excel VLOOKUP', alt: ['Excel'] }, { text: 'Training design' }, { text: '劳动法实务', alt: ['PRC labour law'] },
    ],
    jobs: [
      { company: 'Lindqvist Medical Devices (Shanghai) Co., Ltd.', title: 'HR Intern', start: '2013-03', end: '2013-08', kind: 'internship', bullets: ['Screened CVs and scheduled 300+ interviews.'] },
      { company: '上海汇联人力资源有限公司', title: '招聘专员', start: '2013-09', end: '2016-05', bullets: ['负责制造业客户蓝领与白领招聘，年交付 200+ 人。'] },
      { company: 'Brightwave Consumer Goods (China)', title: 'HR Generalist', start: '2016-06', end: '2019-10', bullets: ['Supported 450 employees in sales and supply chain; rolled out Workday core HR.'] },
      { company: 'Vandermeer Logistics Asia', title: 'HR Business Partner', start: '2019-11', end: null, bullets: ['HRBP for East China operations (1,100 staff); led two site integrations.'] },
    ],
    education: [
      { school: '华东政法商学院 East China School of Law and Business', degree: '人力资源管理 本科 BA HRM', start: '2009-09', end: '2013-07' },
    ],
    languages: ['Mandarin (native)', 'English (fluent, IELTS 7.5)', 'Shanghainese'],
    certificates: ['企业人力资源管理师二级', 'CIPD Level 5 Associate Diploma'],
    referees: [],
  },
  {
    id: 'p14', language: 'mixed', name: '梁子谦', nameEn: 'Jason Leung', gender: '男 Male', born: '1992-12-08', nationality: '中国 China',
    email: 'jason.leung.pm@gmail.com', phone: '+8613510986627', phoneLocal: '135 1098 6627',
    address: ['广东省深圳市南山区科技南十二路 3 号'],
    headline: 'Product Director 产品总监 · Cross-border Fintech',
    summary: 'Product leader with 10+ years in payments and SaaS for overseas markets; 从 0 到 1 搭建过跨境收款产品线。',
    skills: [
      { text: 'PRD writing', alt: ['PRD'] }, { text: 'Axure' }, { text: 'Figma' }, { text: 'SQL' },
      { text: 'A/B testing', alt: ['AB测试'] }, { text: '用户增长', alt: ['Growth'] }, { text: 'Jira' },
    ],
    jobs: [
      { company: '深圳市极光象限科技有限公司', title: 'Product Intern 产品实习生', start: '2014-06', end: '2014-09', kind: 'internship', bullets: ['Wrote competitor analyses and user-interview notes.'] },
      { company: '深圳市极光象限科技有限公司', title: '产品经理 Product Manager', start: '2015-07', end: '2018-03', bullets: ['负责商家 SaaS 收银产品，付费商户 3 万+。'] },
      { company: 'Harbourline Payments Ltd.', title: 'Senior Product Manager', start: '2018-04', end: '2022-11', bullets: ['Built cross-border collection accounts for 9 currencies; GMV grew 12×.'] },
      { company: '深圳云帆出海科技有限公司', title: '产品总监 Product Director', start: '2023-02', end: null, bullets: ['管理 15 人产品与设计团队，负责东南亚商户增长。'] },
    ],
    education: [
      { school: '华南理工商学院 South China Institute of Technology', degree: '信息管理与信息系统 本科 BEng', start: '2011-09', end: '2015-06' },
    ],
    languages: ['Mandarin', 'Cantonese', 'English (fluent)'],
    certificates: ['PMP'],
    referees: [],
    gap: { start: '2022-12', end: '2023-01', note: 'Travel' },
  },
  {
    id: 'p15', language: 'mixed', name: '黄诗琪', nameEn: 'Sherry Huang', gender: '女 Female', born: '1993-03-14', nationality: '中国 China',
    email: 'sherry.sq.huang@gmail.com', phone: '+8618922563170', phoneLocal: '189 2256 3170',
    address: ['广州市天河区体育东路 122 号 1807'],
    headline: 'Senior Data Analyst 高级数据分析师',
    summary: 'Data analyst trained in the UK; 8 年零售与出行行业数据分析经验，熟悉用户画像、定价与实验分析。',
    skills: [
      { text: 'Python (pandas)', alt: ['Python', 'pandas'] }, { text: 'SQL' }, { text: 'Tableau' }, { text: 'R' },
      { text: '机器学习建模', alt: ['Machine learning'] }, { text: 'Power BI' }, { text: '统计推断', alt: ['Statistical inference'] },
    ],
    jobs: [
      { company: 'Northbridge University Data Lab', title: 'Research Assistant (part-time)', start: '2016-10', end: '2017-08', town: 'Leeds, UK', bullets: ['Cleaned survey panels and wrote R scripts for transport studies.'] },
      { company: 'Mercer Hollis Insights Ltd', title: 'Data Analyst', start: '2017-10', end: '2019-12', town: 'Manchester, UK', bullets: ['Built retail footfall dashboards for 30 clients in Tableau.'] },
      { company: '广州悦途旅行服务有限公司', title: '数据分析师', start: '2020-03', end: '2022-08', bullets: ['搭建酒店动态定价分析体系，毛利提升 4.5%。'] },
      { company: '广州思源零售科技有限公司', title: '高级数据分析师', start: '2022-09', end: null, bullets: ['负责会员增长与 A/B 实验平台分析，带 3 名分析师。'] },
    ],
    education: [
      { school: 'Northbridge University', degree: 'MSc Data Science', start: '2016-09', end: '2017-09', town: 'Leeds, UK' },
      { school: '岭南财经学院', degree: '统计学 本科', start: '2012-09', end: '2016-06' },
    ],
    languages: ['Mandarin', 'Cantonese', 'English (IELTS 8.0)'],
    certificates: ['Tableau Desktop Specialist'],
    referees: [],
  },
  {
    id: 'p16', language: 'mixed', name: '陈伟明', nameEn: 'Tan Wei Ming', gender: 'Male 男', born: '1989-09-30', nationality: 'Singaporean 新加坡',
    email: 'tanweiming.fm@gmail.com', phone: '+6597364182', phoneLocal: '9736 4182',
    address: ['Blk 412 Tampines Street 41, #08-233', 'Singapore 520412'],
    headline: 'Senior Facilities Manager 高级设施经理',
    summary: 'Mechanical engineer with 12 years in facilities management in Singapore and Suzhou; 熟悉冷水机组节能改造及 CMMS 维保管理。',
    skills: [
      { text: 'AutoCAD' }, { text: 'Chiller plant optimisation', alt: ['Chiller optimisation'] }, { text: 'CMMS (Maximo)', alt: ['Maximo', 'CMMS'] },
      { text: 'BCA Green Mark' }, { text: 'Preventive maintenance planning', alt: ['Preventive maintenance'] }, { text: 'Contractor management' },
    ],
    jobs: [
      { company: 'Singapore Armed Forces', title: 'Full-time National Serviceman (Transport Operator)', start: '2008-01', end: '2009-12', kind: 'national-service', bullets: ['Section 2IC, 3rd Transport Battalion.'] },
      { company: 'Keppel-Ridge Facilities Pte Ltd', title: 'Maintenance Engineer', start: '2014-07', end: '2017-03', town: 'Singapore', bullets: ['Maintained M&E systems for three office towers.'] },
      { company: '苏州新嘉工业园管理有限公司', title: '设备经理 Facilities Manager', start: '2017-05', end: '2021-10', town: 'Suzhou', bullets: ['负责园区 12 栋厂房机电设备维保，年节能 8%。'] },
      { company: 'Orchid Bay Property Services Pte Ltd', title: 'Senior Facilities Manager', start: '2021-12', end: null, town: 'Singapore', bullets: ['Manage FM for a 40,000 m² mixed-use development; led Green Mark Platinum recertification.'] },
    ],
    education: [
      { school: 'Nanyang Institute of Engineering', degree: 'B.Eng. (Mechanical Engineering)', start: '2010-08', end: '2014-05', town: 'Singapore' },
      { school: 'Temasek Ridge Polytechnic', degree: 'Diploma in Mechatronics', start: '2005-04', end: '2007-12', town: 'Singapore' },
    ],
    languages: ['English', 'Mandarin 华语', 'Hokkien'],
    certificates: ['Registered Energy Manager (SG)', 'BCA Green Mark Manager'],
    referees: [],
  },
];
