/**
 * heldout-48: sixteen invented people. Every employer, school, address, e-mail and phone number below is made up.
 * `phone` is the person's own mobile in E.164; `phoneLocal` is how they print it. Other numbers (home, agency,
 * referees, switchboards) live in `extra` and in the templates and are never the truth.
 */
export type Lang = 'en' | 'zh' | 'mixed';

export interface Job {
  company: string; // exactly as printed in every document of the person
  title: string;
  titleEn?: string; // mixed people: English form of the title where a template prints one
  town: string;
  start: string; // YYYY-MM
  end: string | null;
  duties: string[];
  leave?: string; // reason for leaving
  referee?: string; // referee / 证明人 (another person)
  refPhone?: string; // referee's phone (not the candidate's)
}

export interface Edu { school: string; degree: string; start: string; end: string; town?: string }

export interface Person {
  id: string;
  lang: Lang;
  name: string; // as printed; Chinese name for mixed people
  nameEn?: string; // mixed people: the English name printed beside the Chinese one
  given?: string; // for forms with split name cells
  family?: string;
  email: string;
  phone: string; // E.164, own mobile
  phoneLocal: string; // as printed
  skills: string[]; // printed spelling first, synonyms after ' | '
  work: Job[]; // date order, oldest first
  edu: Edu[];
  languages: string[];
  certs: string[];
  town: string;
  address: string;
  born: string;
  extra: Record<string, string>; // other numbers and particulars
  summary: string;
}

export const people: Person[] = [
  {
    id: 'p01', lang: 'en', name: 'Aoife Kinsella', given: 'Aoife', family: 'Kinsella',
    email: 'aoife.kinsella.teach@outlook.ie', phone: '+353874192265', phoneLocal: '087 419 2265',
    skills: ['Project Maths pedagogy', 'Differentiated instruction', 'Junior Cycle assessment', 'Laboratory safety management',
      'VSware', 'Google Classroom', 'Microsoft Teams | MS Teams', 'Timetabling'],
    work: [
      { company: 'Suirview Dairies Ltd', title: 'Laboratory Assistant (summer and part-time)', town: 'Carrick-on-Suir', start: '2011-06', end: '2012-08',
        duties: ['Routine milk-composition testing and sample logging', 'Calibration records for the quality laboratory'], leave: 'Began teaching', referee: 'Declan Furlong, QA Manager', refPhone: '051 640 228' },
      { company: "St Ciarán's Secondary School", title: 'Substitute Teacher (Mathematics, Science)', town: 'Dungarvan', start: '2012-09', end: '2013-06',
        duties: ['Covered a maternity leave: Mathematics to Junior Certificate, Science to first years'], leave: 'End of substitute contract', referee: 'Mr Pádraig Walsh, Principal', refPhone: '058 41 772' },
      { company: 'Coláiste Bríde Naofa', title: 'Teacher of Mathematics and Chemistry (fixed-term)', town: 'Clonmel', start: '2013-08', end: '2016-06',
        duties: ['Leaving Certificate Chemistry (Higher and Ordinary level)', 'Junior Cycle Mathematics; maths-week coordinator', 'Transition Year science club'], leave: 'Fixed-term contract ended', referee: 'Ms Gráinne Tobin, Deputy Principal', refPhone: '052 612 4490' },
      { company: 'Ardmore Valley Community School', title: 'Teacher of Mathematics and Chemistry (permanent)', town: 'Waterford', start: '2016-08', end: '2021-08',
        duties: ['Higher Level Leaving Certificate Mathematics, three cohorts', 'Chemistry laboratory: risk assessments and stock control', 'Year head, second year (2019–2021)'], leave: 'Promoted within the school' },
      { company: 'Ardmore Valley Community School', title: 'Assistant Principal II', town: 'Waterford', start: '2021-09', end: null,
        duties: ['Coordinates Junior Cycle assessment (CBAs and SLAR meetings)', 'Leads the timetable and substitution rota on VSware', 'Continues to teach 16 hours a week'], referee: 'Mr Colm Breathnach, Principal', refPhone: '051 872 305' },
    ],
    edu: [
      { school: 'University of Limerick', degree: 'B.Sc. Education (Physical Sciences), 2.1 Hons', start: '2008-09', end: '2012-05' },
      { school: 'Maynooth University', degree: 'M.Ed. Educational Leadership (part-time)', start: '2019-09', end: '2021-06' },
    ],
    languages: ['English (native)', 'Irish (fluent, Gaeilge)', 'French (B1)'],
    certs: ['Teaching Council registration no. 094417 (Route 2, Post-primary)', 'Garda vetting (2024)', 'Child Safeguarding Statement training (Tusla, 2025)'],
    town: 'Waterford', address: '14 Cois Abhainn, Tramore Road, Waterford X91 KP83', born: '1990-03-14',
    extra: { home: '051 390 418' },
    summary: 'Post-primary teacher of Mathematics and Chemistry with thirteen years in the classroom and five in middle leadership.',
  },
  {
    id: 'p02', lang: 'en', name: 'Marites Dalisay Ocampo', given: 'Marites Dalisay', family: 'Ocampo',
    email: 'marites.ocampo88@yahoo.com', phone: '+85262841937', phoneLocal: '6284 1937',
    skills: ['Elderly care', 'Infant care', 'Cantonese cooking', 'Household cleaning', 'Laundry and ironing', 'Pet care', 'Marketing and budgeting'],
    work: [
      { company: 'Rosewell Department Store', title: 'Sales Clerk', town: 'Tarlac City, Philippines', start: '2007-06', end: '2009-12',
        duties: ['Ladies wear section, cashiering, inventory'], leave: 'Went abroad' },
      { company: 'Al-Mutairi Family', title: 'Domestic Helper', town: 'Riyadh, Saudi Arabia', start: '2010-03', end: '2012-02',
        duties: ['Household of 6 (2 adults, 4 children aged 3–11)', 'Cleaning, laundry, Arabic and Filipino cooking'], leave: 'Finished contract' },
      { company: 'Chan Family', title: 'Domestic Helper', town: 'Tai Po, Hong Kong', start: '2012-08', end: '2016-07',
        duties: ['Newborn twins from 2 months, later school runs', 'Cantonese home cooking, marketing'], leave: 'Employer emigrated to Canada' },
      { company: 'Leung Family', title: 'Domestic Helper / Elderly Carer', town: 'Sha Tin, Hong Kong', start: '2016-09', end: null,
        duties: ['Care of grandmother (89, wheelchair, diabetic): feeding, transfers, medicine, clinic visits', 'Cooking for 4, cleaning 900 sq ft flat, dog (poodle)'], leave: 'Employer moving to elderly home (contract ends)' },
    ],
    edu: [{ school: 'Tarlac Vocational Institute', degree: 'Two-year Hotel and Restaurant Services course', start: '2005-06', end: '2007-03' }],
    languages: ['English (good)', 'Tagalog (native)', 'Cantonese (basic)'],
    certs: ['Elderly care certificate — Kwai Chung Carers Centre (2019)', 'First Aid (St John, 2023)'],
    town: 'Sha Tin, Hong Kong', address: 'c/o Flat 18B, Block 3, Sun Chui Garden, Sha Tin, N.T., Hong Kong', born: '1988-11-02',
    extra: { phHome: '+63 917 582 4410', agencyHK: '2388 6120', agencyPH: '(02) 8524 7719' },
    summary: 'Experienced domestic helper with 14 years abroad, strong in elderly care and babies.',
  },
  {
    id: 'p03', lang: 'en', name: 'Rajesh Kumar Venkataraman', given: 'Rajesh Kumar', family: 'Venkataraman',
    email: 'rkvenkat.civil@gmail.com', phone: '+919443127806', phoneLocal: '94431 27806',
    skills: ['Structural design (IS 456, IS 800)', 'STAAD.Pro', 'AutoCAD', 'Contract management | Contract administration',
      'Quantity surveying', 'e-Procurement', 'Primavera P6', 'Building information modelling | BIM'],
    work: [
      { company: 'Kaveri Structural Consultants Pvt. Ltd.', title: 'Assistant Engineer (Civil)', town: 'Chennai', start: '2006-07', end: '2008-11',
        duties: ['Design of RCC frames for residential blocks up to G+8', 'Preparation of bar-bending schedules'], leave: 'Selected through Engineering Services recruitment' },
      { company: 'Central Works Directorate', title: 'Assistant Executive Engineer', town: 'Madurai', start: '2008-12', end: '2013-05',
        duties: ['Execution of office and staff-quarter buildings', 'Measurement books and running bills'], leave: 'Promotion' },
      { company: 'Central Works Directorate', title: 'Executive Engineer', town: 'Coimbatore', start: '2013-06', end: '2019-09',
        duties: ['In charge of a division: works up to ₹40 crore', 'Tendering on the central e-procurement portal'], leave: 'Promotion' },
      { company: 'Central Works Directorate', title: 'Superintending Engineer', town: 'Chennai', start: '2019-10', end: null,
        duties: ['Circle of four divisions; technical sanction and contract management', 'Introduced Primavera P6 progress reporting'] },
    ],
    edu: [
      { school: 'Government College of Engineering, Salem', degree: 'B.E. Civil Engineering (First Class with Distinction)', start: '2002-08', end: '2006-05' },
      { school: 'Anna University (part-time)', degree: 'M.E. Structural Engineering', start: '2010-08', end: '2012-06' },
    ],
    languages: ['Tamil (mother tongue)', 'English', 'Hindi (read/write)'],
    certs: ['Chartered Engineer, Institution of Engineers (India)', 'PMP (2018)'],
    town: 'Chennai', address: 'Flat C-12, Officers Quarters, Besant Nagar, Chennai 600 090', born: '1984-05-21',
    extra: { office: '044 2491 3307', fatherName: 'Shri K. Venkataraman' },
    summary: 'Civil engineer in the central government works service since 2008.',
  },
  {
    id: 'p04', lang: 'en', name: 'Ella Whitcombe', given: 'Ella Jane', family: 'Whitcombe',
    email: 'ellawhitcombe.nanny@gmail.com', phone: '+64210487731', phoneLocal: '021 048 7731',
    skills: ['Infant and toddler care', 'Te Whāriki curriculum', 'Behaviour guidance', 'Toilet training', 'Meal planning for children',
      'Storypark', 'Sign language for babies'],
    work: [
      { company: 'Harrington Family', title: 'Part-time Nanny', town: 'Christchurch', start: '2018-02', end: '2019-12',
        duties: ['After-school care for two children (3 and 5)', 'Homework help, swimming lessons, dinner'], leave: 'Started study placement',
        referee: 'Sarah Harrington (mother)', refPhone: '027 318 5502' },
      { company: 'Waimairi Early Learning Centre', title: 'Teacher Aide', town: 'Christchurch', start: '2020-01', end: '2022-06',
        duties: ['Under-twos room, ratio 1:4', 'Learning stories on Storypark'], leave: 'Went overseas as an au pair',
        referee: 'Mere Tawhiri (Centre Manager)', refPhone: '03 351 7720' },
      { company: 'Brandt Family', title: 'Au Pair', town: 'Hamburg, Germany', start: '2022-08', end: '2023-07',
        duties: ['Live-in, three children aged 1, 4 and 7', 'Toilet training, kindergarten runs, English practice'], leave: 'End of visa',
        referee: 'Katrin Brandt', refPhone: '+49 151 2784 4410' },
      { company: 'Little Kōwhai Childcare', title: 'Lead Educator (Nursery)', town: 'Wellington', start: '2023-09', end: null,
        duties: ['Leads the nursery room (8 infants, 2 staff)', 'Parent communication and transition plans'], leave: 'Looking for a live-out nanny role',
        referee: 'Anaru Kingi (Owner)', refPhone: '04 385 2914' },
    ],
    edu: [{ school: 'Ara Institute of Canterbury', degree: 'NZ Certificate in Early Childhood Education and Care (Level 4)', start: '2019-02', end: '2019-12' }],
    languages: ['English (native)', 'German (A2)', 'Te reo Māori (basic)'],
    certs: ['Paediatric First Aid (Red Cross, 2025)', 'Full NZ driver licence (clean)', 'Police vetted (2024)'],
    town: 'Wellington', address: '7/22 Tinakori Road, Thorndon, Wellington 6011', born: '1996-08-30',
    extra: {},
    summary: 'Warm, reliable nanny and early-childhood educator with eight years of childcare.',
  },
  {
    id: 'p05', lang: 'en', name: 'Callum Fraser', given: 'Callum James', family: 'Fraser',
    email: 'callum.fraser.esl@gmail.com', phone: '+8613880562217', phoneLocal: '138 8056 2217',
    skills: ['IELTS preparation', 'Jolly Phonics', 'Cambridge YLE', 'Classroom management', 'Lesson planning', 'ClassIn', 'Curriculum design'],
    work: [
      { company: 'Grassmarket Books', title: 'Bookseller', town: 'Edinburgh', start: '2013-06', end: '2015-08', duties: ['Children’s section, events'], leave: 'Moved to China' },
      { company: 'Sunrise English Centre', title: 'EFL Teacher', town: 'Hangzhou', start: '2015-09', end: '2017-07',
        duties: ['Kindergarten and primary classes (ages 4–10)', 'Jolly Phonics and Cambridge YLE Starters–Flyers'], leave: 'Contract completed', referee: 'Amy Zhou (Academic Director)', refPhone: '+86 571 8690 2214' },
      { company: 'Chengdu Jinjiang Bilingual School', title: 'Homeroom Teacher, Grade 4', town: 'Chengdu', start: '2017-08', end: '2021-06',
        duties: ['Homeroom of 24, English and Science', 'Co-wrote the Grade 3–5 English curriculum'], leave: 'Moved to test preparation', referee: 'Mr Daniel Oduya (Head of Primary)', refPhone: '+86 28 8512 6630' },
      { company: 'Panda Bridge Education', title: 'IELTS Instructor', town: 'Chengdu', start: '2021-07', end: '2023-12',
        duties: ['IELTS Speaking and Writing, groups and 1-to-1, online on ClassIn'], leave: 'Promotion' },
      { company: 'Panda Bridge Education', title: 'Senior IELTS Instructor', town: 'Chengdu', start: '2024-01', end: null,
        duties: ['Trains new instructors; average student band up 1.0 in 10 weeks'], referee: 'Ms Liu Fang (Centre Manager)', refPhone: '+86 28 6677 1093' },
    ],
    edu: [{ school: 'University of Stirling', degree: 'MA (Hons) English Studies', start: '2009-09', end: '2013-06' }],
    languages: ['English (native)', 'Mandarin Chinese (HSK 4)'],
    certs: ['CELTA (Pass A), 2015', '120-hour TEFL certificate', 'Chinese Z visa / work permit, valid to 2027'],
    town: 'Chengdu', address: 'Unit 1502, Building 7, Jinrun Garden, Wuhou District, Chengdu', born: '1991-04-09',
    extra: { uk: '+44 7700 914 382' },
    summary: 'CELTA-qualified British teacher with eleven years in China, from kindergarten to IELTS.',
  },
  {
    id: 'p06', lang: 'en', name: 'Thiri Htet Aung', given: 'Thiri Htet Aung', family: '',
    email: 'thiri.htetaung@gmail.com', phone: '+959795122904', phoneLocal: '09 795 122 904',
    skills: ['Procurement', 'Supplier evaluation', 'Inventory management', 'Tally ERP', 'Microsoft Excel | MS Excel', 'Donor compliance (USAID, EU)', 'Warehouse management'],
    work: [
      { company: 'Golden Lotus Trading Co., Ltd.', title: 'Admin Assistant', town: 'Yangon', start: '2012-07', end: '2014-03',
        duties: ['Import documents, purchase orders, petty cash'], leave: 'Career development' },
      { company: 'Irrawaddy Relief Partners', title: 'Procurement Officer', town: 'Yangon', start: '2014-04', end: '2017-10',
        duties: ['Tenders for WASH and shelter programmes', 'Supplier pre-qualification'], leave: 'Promoted' },
      { company: 'Irrawaddy Relief Partners', title: 'Senior Procurement Officer', town: 'Yangon', start: '2017-11', end: '2020-12',
        duties: ['Procurement committee secretary', 'USAID and EU compliance reviews'], leave: 'Project closure' },
      { company: 'Mingalar Health Network', title: 'Supply Chain Manager', town: 'Mandalay', start: '2021-01', end: null,
        duties: ['Medicines and consumables for 14 clinics', 'Two warehouses, team of 9'] },
    ],
    edu: [
      { school: 'Yangon University of Economics', degree: 'B.Com (Commerce)', start: '2008-12', end: '2012-03' },
      { school: 'Chartered Institute of Procurement & Supply', degree: 'Diploma in Procurement and Supply (Level 4)', start: '2018-01', end: '2019-06' },
    ],
    languages: ['Myanmar (native)', 'English (fluent)'],
    certs: ['CIPS Level 4 Diploma', 'PMD Pro 1 (2019)'],
    town: 'Mandalay', address: 'No. 45, 62nd Street, between 28th and 29th Street, Chan Aye Thar San Township, Mandalay', born: '1990-09-17',
    extra: { nrc: '12/KaMaYa(N)148205', home: '02 4071 552' },
    summary: 'Supply-chain and procurement manager with eleven years in humanitarian and health programmes.',
  },
  {
    id: 'p07', lang: 'en', name: 'Danielle Okafor', given: 'Danielle', family: 'Okafor',
    email: 'd.okafor.it@protonmail.com', phone: '+15714823916', phoneLocal: '(571) 482-3916',
    skills: ['AWS GovCloud', 'Terraform', 'Ansible', 'Red Hat Enterprise Linux | RHEL', 'VMware vSphere', 'PowerShell', 'NIST SP 800-53 | NIST 800-53', 'Splunk'],
    work: [
      { company: 'Potomac Valley Credit Union', title: 'IT Support Intern', town: 'Fairfax, VA', start: '2011-06', end: '2011-08', duties: ['Desktop imaging and help-desk tickets'] },
      { company: 'Bluestone Federal Solutions', title: 'Systems Administrator', town: 'Reston, VA', start: '2012-01', end: '2015-04',
        duties: ['RHEL and Windows servers for a civilian agency', 'Patch management and STIG remediation'] },
      { company: 'Bluestone Federal Solutions', title: 'Senior Systems Engineer', town: 'Reston, VA', start: '2015-05', end: '2019-02',
        duties: ['VMware vSphere consolidation (420 VMs)', 'Ansible playbooks for NIST SP 800-53 controls'] },
      { company: 'Arlington Meridian Group', title: 'Cloud Infrastructure Lead', town: 'Arlington, VA', start: '2019-03', end: null,
        duties: ['AWS GovCloud landing zone in Terraform', 'Leads 6 engineers; FedRAMP Moderate ATO support'] },
    ],
    edu: [{ school: 'George Mason University', degree: 'B.S. Information Technology', start: '2008-08', end: '2011-12' }],
    languages: ['English'],
    certs: ['CompTIA Security+ CE', 'AWS Certified Solutions Architect – Professional', 'Active Secret clearance'],
    town: 'Arlington, VA', address: '2210 N Quincy St, Apt 504, Arlington, VA 22207', born: '',
    extra: { office: '(703) 555-0148' },
    summary: 'Cloud infrastructure lead for federal programmes.',
  },
  {
    id: 'p08', lang: 'zh', name: '邵雨桐',
    email: 'shaoyutong_dl@163.com', phone: '+8613941178826', phoneLocal: '139 4117 8826',
    skills: ['供应商开发与管理', 'SAP MM', '采购成本分析', 'IATF 16949 质量体系', 'Excel 数据分析', '合同谈判'],
    work: [
      { company: '大连星海软件服务有限公司', title: '日语客服专员', town: '大连', start: '2013-07', end: '2015-03', duties: ['日本客户电话与邮件支持'], leave: '职业发展', referee: '王磊', refPhone: '0411-8479 2230' },
      { company: '大连樱花精密机械有限公司', title: '翻译', town: '大连', start: '2015-04', end: '2019-06', duties: ['日籍技术人员现场翻译', '采购文件翻译'], leave: '内部调岗', referee: '佐藤健一', refPhone: '0411-8761 5502' },
      { company: '大连樱花精密机械有限公司', title: '采购主管', town: '大连', start: '2019-07', end: '2022-02', duties: ['负责钣金、铸件类供应商', '年度降本 4.2%'], leave: '寻求更大平台', referee: '孙晓峰', refPhone: '138 4092 6613' },
      { company: '辽宁和丰汽车零部件有限公司', title: '采购经理', town: '沈阳', start: '2022-03', end: null, duties: ['管理采购团队 6 人，年采购额 3.8 亿元', '导入 SAP MM 寻源流程'] },
    ],
    edu: [{ school: '大连外国语大学', degree: '日语 本科', start: '2009-09', end: '2013-06' }],
    languages: ['日语（JLPT N1）', '英语（CET-6）'],
    certs: ['日本語能力試験 N1', 'CPSM 注册供应管理专家'],
    town: '沈阳', address: '沈阳市浑南区文溯街 18 号 3-2-1', born: '1991-02-06',
    extra: { home: '024-2378 9014' },
    summary: '13 年日资制造企业经验，近 7 年从事采购管理。',
  },
  {
    id: 'p09', lang: 'zh', name: '何佳慧',
    email: 'hejiahui_nurse@126.com', phone: '+8615873256610', phoneLocal: '158 7325 6610',
    skills: ['PICC 维护', '心电监护', '除颤仪操作', '重症护理', '护理文书书写', '健康宣教'],
    work: [
      { company: '长沙康宁医院', title: '护士', town: '长沙', start: '2011-07', end: '2012-07', duties: ['外科病房'], leave: '考入公立医院', referee: '周红', refPhone: '0731-8522 4170' },
      { company: '株洲市仁和医院', title: '护士（心内科）', town: '株洲', start: '2012-08', end: '2016-12', duties: ['心内科病房，床位 48 张'], leave: '晋升', referee: '陈丽娟', refPhone: '0731-2286 3315' },
      { company: '株洲市仁和医院', title: '护师（CCU）', town: '株洲', start: '2017-01', end: '2021-06', duties: ['CCU 重症护理'], leave: '晋升', referee: '陈丽娟', refPhone: '0731-2286 3315' },
      { company: '株洲市仁和医院', title: '主管护师、护理组长（CCU）', town: '株洲', start: '2021-07', end: null, duties: ['带教规培护士', 'PICC 维护门诊'], referee: '刘建平', refPhone: '0731-2286 3008' },
    ],
    edu: [
      { school: '湖南中医药高等专科学校', degree: '护理 大专', start: '2008-09', end: '2011-06' },
      { school: '中南大学（自学考试）', degree: '护理学 本科', start: '2013-03', end: '2015-12' },
    ],
    languages: ['英语（CET-4）'],
    certs: ['护士执业证书', '主管护师资格（2020）', 'PICC 专科护士证书'],
    town: '株洲', address: '株洲市天元区泰山路 96 号', born: '1990-10-25',
    extra: { dept: '0731-2286 3316' },
    summary: '15 年临床护理经验，9 年心血管重症护理。',
  },
  {
    id: 'p10', lang: 'zh', name: '汤子骞',
    email: 'tangziqian@foxmail.com', phone: '+8618926457031', phoneLocal: '189 2645 7031',
    skills: ['SQL', 'Python（pandas）', 'Tableau', 'A/B 测试 | AB测试', '用户增长分析', 'Hive', 'Power BI'],
    work: [
      { company: '深圳前海云途科技有限公司', title: '数据分析实习生', town: '深圳', start: '2016-01', end: '2016-06', duties: ['日报自动化'], leave: '实习结束', referee: '黄志', refPhone: '0755-8662 1904' },
      { company: '深圳鹏润电子商务有限公司', title: '数据分析师', town: '深圳', start: '2016-07', end: '2019-04', duties: ['搭建运营指标体系', '会员复购分析'], leave: '职业发展', referee: '李晓婷', refPhone: '136 3267 8840' },
      { company: '广州禾雅生活科技有限公司', title: '高级数据分析师', town: '广州', start: '2019-05', end: '2022-10', duties: ['增长实验平台，年均 60+ 次 A/B 测试'], leave: '团队调整', referee: '何俊', refPhone: '020-3891 2256' },
      { company: '深圳蓝湾互动网络有限公司', title: '数据分析经理', town: '深圳', start: '2022-11', end: null, duties: ['带领 5 人团队', '用户增长与商业化分析'] },
    ],
    edu: [{ school: '暨南大学', degree: '统计学 本科', start: '2012-09', end: '2016-06' }],
    languages: ['英语（CET-6）'],
    certs: ['CDA 数据分析师 Level II'],
    town: '深圳', address: '深圳市南山区桃园路 1 号', born: '1994-05-12',
    extra: {},
    summary: '近 11 年互联网数据分析经验。',
  },
  {
    id: 'p11', lang: 'zh', name: '钱卓然',
    email: 'qianzhuoran@ipmail.cn', phone: '+8613601158274', phoneLocal: '136 0115 8274',
    skills: ['专利撰写', '专利检索', '无效宣告', '复审答辩', 'FTO 分析 | 自由实施分析', 'PCT 申请'],
    work: [
      { company: '北京慧源知识产权代理有限公司', title: '专利工程师', town: '北京', start: '2011-07', end: '2014-06', duties: ['通信领域专利撰写'], leave: '取得代理师资格', referee: '杜明', refPhone: '010-6253 8841' },
      { company: '北京慧源知识产权代理有限公司', title: '专利代理师', town: '北京', start: '2014-07', end: '2018-03', duties: ['通信、电学案件', '复审与无效'], leave: '个人发展', referee: '杜明', refPhone: '010-6253 8841' },
      { company: '北京正衡知识产权代理事务所（普通合伙）', title: '高级专利代理师', town: '北京', start: '2018-04', end: '2022-08', duties: ['PCT 进入中国案件', '带教 4 名新人'], leave: '转入企业', referee: '孟晓', refPhone: '010-8446 2730' },
      { company: '北京星图智能科技有限公司', title: '知识产权部经理', town: '北京', start: '2022-09', end: null, duties: ['专利布局、FTO 分析', '管理外部代理机构'] },
    ],
    edu: [{ school: '北京邮电大学', degree: '通信工程 硕士', start: '2008-09', end: '2011-06' }],
    languages: ['英语（CET-6，可阅读英文专利）'],
    certs: ['专利代理师资格证（2014）', '法律职业资格证书 A 证'],
    town: '北京', address: '北京市海淀区学院路 35 号院 6-402', born: '1985-12-01',
    extra: {},
    summary: '15 年专利代理与企业知识产权经验。',
  },
  {
    id: 'p12', lang: 'zh', name: '付晓静',
    email: 'fuxiaojing_acc@163.com', phone: '+8615167183924', phoneLocal: '151 6718 3924',
    skills: ['总账核算', '纳税申报', '用友 U8 | 用友U8', '金蝶 K/3', '财务报表分析', 'Excel VBA'],
    work: [
      { company: '杭州宏晟建材有限公司', title: '会计助理', town: '杭州', start: '2014-07', end: '2016-02', duties: ['凭证录入、报销审核'], leave: '职业发展', referee: '徐芳', refPhone: '0571-8613 0092' },
      { company: '浙江禾力进出口有限公司', title: '总账会计', town: '杭州', start: '2016-03', end: '2019-08', duties: ['出口退税', '月结与报表'], leave: '寻求管理岗位', referee: '王建', refPhone: '0571-8726 5531' },
      { company: '杭州青澜餐饮管理有限公司', title: '财务主管', town: '杭州', start: '2019-09', end: '2023-04', duties: ['12 家门店核算'], leave: '内部晋升', referee: '沈涛', refPhone: '139 0571 4826' },
      { company: '杭州青澜餐饮管理有限公司', title: '财务经理', town: '杭州', start: '2023-05', end: null, duties: ['预算管理、税务筹划', '财务团队 7 人'] },
    ],
    edu: [{ school: '浙江财经大学', degree: '会计学 本科', start: '2010-09', end: '2014-06' }],
    languages: ['英语（CET-4）'],
    certs: ['中级会计师（2018）', '税务师（2022）'],
    town: '杭州', address: '杭州市拱墅区湖墅南路 288 号', born: '1992-07-19',
    extra: {},
    summary: '12 年会计与财务管理经验。',
  },
  {
    id: 'p13', lang: 'mixed', name: '崔秀珍', nameEn: 'Sophie Cui',
    email: 'cuixiuzhen.sophie@163.com', phone: '+8618663952041', phoneLocal: '186 6395 2041',
    skills: ['招聘与配置', '劳动关系管理', '薪酬核算', 'SAP SuccessFactors', '培训体系搭建', '韩中商务口译'],
    work: [
      { company: '青岛海恩电子有限公司', title: '韩语翻译', titleEn: 'Korean Interpreter', town: '青岛', start: '2012-07', end: '2015-05', duties: ['Interpreting for Korean managers'], leave: '内部调岗 Internal transfer', referee: '朴正浩 Park Jung-ho', refPhone: '0532-8802 1460' },
      { company: '青岛海恩电子有限公司', title: '行政主管', titleEn: 'Admin Supervisor', town: '青岛', start: '2015-06', end: '2018-12', duties: ['Admin and HR for 600 staff'], leave: '职业发展 Career move', referee: '朴正浩 Park Jung-ho', refPhone: '0532-8802 1460' },
      { company: '烟台新韩精工有限公司', title: '人事经理', titleEn: 'HR Manager', town: '烟台', start: '2019-01', end: '2023-03', duties: ['HR for a 1,200-person plant'], leave: '搬迁 Plant relocation', referee: '李成敏 Lee Sung-min', refPhone: '0535-6397 2208' },
      { company: '青岛星岳贸易有限公司', title: '人力资源总监', titleEn: 'HR Director', town: '青岛', start: '2023-04', end: null, duties: ['HR strategy, SAP SuccessFactors roll-out'] },
    ],
    edu: [{ school: '延边大学', degree: '朝鲜语 本科 B.A. Korean Language', start: '2008-09', end: '2012-06' }],
    languages: ['韩语 Korean (TOPIK 6)', '英语 English (CET-6)'],
    certs: ['企业人力资源管理师（二级）'],
    town: '青岛', address: '青岛市崂山区香港东路 195 号 9 号楼 1203', born: '1990-04-03',
    extra: {},
    summary: 'HR professional in Korean-invested companies.',
  },
  {
    id: 'p14', lang: 'mixed', name: '黎嘉敏', nameEn: 'Jasmine Lai',
    email: 'jasmine.lai.gz@outlook.com', phone: '+8613719286504', phoneLocal: '137 1928 6504',
    skills: ['Key account management', 'Salesforce CRM', 'Market analysis', '化工产品知识', 'Excel', '日中商务谈判'],
    work: [
      { company: '广州丰和贸易有限公司', title: '日语助理', titleEn: 'Japanese-speaking Assistant', town: '广州', start: '2014-07', end: '2016-03', duties: ['Order processing for Japanese clients'], leave: '职业发展' },
      { company: '广州三泽化工有限公司', title: '营业担当', titleEn: 'Sales Representative', town: '广州', start: '2016-04', end: '2020-06', duties: ['Coatings resins, 40 accounts in South China'], leave: '晋升' },
      { company: '广州三泽化工有限公司', title: '营业课长', titleEn: 'Sales Section Manager', town: '广州', start: '2020-07', end: '2023-09', duties: ['Team of 5; sales RMB 120 m a year'], leave: '寻求新的发展' },
      { company: '佛山米仓新材料有限公司', title: '华南区销售经理', titleEn: 'Regional Sales Manager, South China', town: '佛山', start: '2023-10', end: null, duties: ['New-energy coatings; key accounts'] },
    ],
    edu: [{ school: '广东外语外贸大学', degree: '日语 本科 B.A. Japanese', start: '2010-09', end: '2014-06' }],
    languages: ['日语 Japanese (N1)', '英语 English (IELTS 6.5)', '粤语 Cantonese'],
    certs: ['JLPT N1'],
    town: '广州', address: '广州市天河区天河北路 233 号 1506', born: '1992-01-27',
    extra: {},
    summary: 'B2B chemical sales with Japanese and Chinese companies.',
  },
  {
    id: 'p15', lang: 'mixed', name: '石浩然', nameEn: 'Howard Shi',
    email: 'howard.shi@qq.com', phone: '+8615962317740', phoneLocal: '159 6231 7740',
    skills: ['SolidWorks', 'AutoCAD', 'GD&T', 'FMEA', 'ANSYS Mechanical', 'MS Project | Microsoft Project'],
    work: [
      { company: '无锡奥德机电有限公司', title: '实习生', titleEn: 'Intern', town: '无锡', start: '2012-07', end: '2012-09', duties: ['Drawing checks'], leave: '实习结束' },
      { company: '苏州恒锐自动化设备有限公司', title: '机械设计工程师', titleEn: 'Mechanical Design Engineer', town: '苏州', start: '2013-07', end: '2017-02', duties: ['Fixtures and conveyors'], leave: '晋升' },
      { company: '苏州恒锐自动化设备有限公司', title: '高级机械工程师', titleEn: 'Senior Mechanical Engineer', town: '苏州', start: '2017-03', end: '2019-12', duties: ['Lead designer, battery assembly lines'], leave: '职业发展' },
      { company: '昆山博德精密机械有限公司', title: '项目经理', titleEn: 'Project Manager', town: '昆山', start: '2020-01', end: null, duties: ['Special machines for German OEMs, budgets up to EUR 2 m'] },
    ],
    edu: [{ school: '江南大学', degree: '机械工程 本科 B.Eng. Mechanical Engineering', start: '2009-09', end: '2013-06' }],
    languages: ['英语 English (fluent)', '德语 German (A2)'],
    certs: ['PMP', 'CSWP (SolidWorks)'],
    town: '昆山', address: '昆山市开发区前进东路 579 号', born: '1991-06-08',
    extra: {},
    summary: 'Mechanical engineer and project manager for automation equipment.',
  },
  {
    id: 'p16', lang: 'mixed', name: '罗一帆', nameEn: 'Ivan Luo',
    email: 'ivan.luo.dev@gmail.com', phone: '+6591734025', phoneLocal: '9173 4025',
    skills: ['Go | Golang', 'Java', 'Kafka', 'Kubernetes | K8s', 'PostgreSQL', 'gRPC', '分布式系统设计'],
    work: [
      { company: '上海禾木网络科技有限公司', title: '后端开发实习生', titleEn: 'Backend Intern', town: '上海', start: '2015-07', end: '2015-12', duties: ['Internal tools in Java'] },
      { company: '上海禾木网络科技有限公司', title: '后端开发工程师', titleEn: 'Backend Engineer', town: '上海', start: '2016-07', end: '2019-08', duties: ['Order and payment services (Java, Kafka)'] },
      { company: 'Lumière Payments Pte. Ltd.', title: '高级后端工程师', titleEn: 'Senior Backend Engineer', town: 'Singapore', start: '2019-09', end: '2023-06', duties: ['Card-acquiring ledger in Go, 3k TPS'] },
      { company: 'Lumière Payments Pte. Ltd.', title: '主任工程师', titleEn: 'Staff Engineer', town: 'Singapore', start: '2023-07', end: null, duties: ['Platform architecture, Kubernetes migration'] },
    ],
    edu: [{ school: '华东师范大学', degree: '计算机科学与技术 本科 B.Sc. Computer Science', start: '2012-09', end: '2016-06' }],
    languages: ['中文 Chinese (native)', '英语 English (fluent)'],
    certs: ['CKA (Certified Kubernetes Administrator)', 'Singapore PR'],
    town: 'Singapore', address: 'Blk 118 Rivervale Drive #09-214, Singapore 540118', born: '1994-02-15',
    extra: { cn: '+86 138 1762 0593' },
    summary: 'Backend engineer building payment systems in Go and Java.',
  },
];

export const byId = (id: string) => {
  const p = people.find((x) => x.id === id);
  if (!p) throw new Error(id);
  return p;
};
