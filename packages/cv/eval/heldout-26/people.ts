/**
 * heldout-26: sixteen invented people. Every name, employer, school, address, e-mail and phone number is made up.
 * `skills`: each item is [as printed, ...other spellings]; documents print the first spelling.
 * `jobs`: every document of a person prints exactly these employers and months (formats vary).
 */
export type Lang = 'en' | 'zh' | 'mixed';
export interface Job {
  company: string;
  title: string;
  /** English title for bilingual documents (mixed people) */
  titleAlt?: string;
  city: string;
  start: string;
  end: string | null;
  bullets: string[];
  /** monthly / annual pay for forms that ask for it */
  salary?: string;
  leaving?: string;
  kind?: 'internship' | 'service';
}
export interface Edu {
  school: string;
  degree: string;
  start: string;
  end: string;
  city?: string;
}
export interface Referee {
  name: string;
  role: string;
  org: string;
  phone: string;
  email?: string;
}
export interface Person {
  id: string;
  language: Lang;
  name: string;
  /** romanised / English name printed beside the Chinese one */
  nameAlt?: string;
  gender: string;
  born: string;
  nationality: string;
  title: string;
  titleAlt?: string;
  address: string;
  city: string;
  email: string;
  phone: string;
  phoneE164: string;
  summary: string;
  skills: string[][];
  jobs: Job[];
  education: Edu[];
  languages: string[];
  certificates: string[];
  referees: Referee[];
  extra?: Record<string, string>;
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Jordan Whitfield-Reyes', gender: 'Male', born: '1993-02', nationality: 'United States',
    title: 'Staff Software Engineer, Platform', address: '2146 W 34th Ave, Apt 3B, Denver, CO 80211', city: 'Denver, CO',
    email: 'jwhitfieldreyes@fastmail.com', phone: '(720) 384-2917', phoneE164: '+17203842917',
    summary: 'Backend and platform engineer with ten years building payment, freight and health-data services. Happiest owning a service end to end, from schema to pager.',
    skills: [['Go', 'Golang'], ['PostgreSQL', 'Postgres'], ['Kubernetes', 'k8s'], ['gRPC'], ['Terraform'], ['Kafka', 'Apache Kafka'], ['Python'], ['AWS', 'Amazon Web Services']],
    jobs: [
      { company: 'Ridgeline Analytics', title: 'Software Engineering Intern', city: 'Boulder, CO', start: '2014-06', end: '2014-08', kind: 'internship', salary: '$24/hr', leaving: 'Internship ended; returned to school',
        bullets: ['Wrote a CSV ingestion tool in Python used by the support team for client onboarding.', 'Added integration tests to the billing API, raising coverage from 41% to 68%.'] },
      { company: 'Ridgeline Analytics', title: 'Software Engineer', city: 'Boulder, CO', start: '2015-01', end: '2017-05', salary: '$78,000/yr', leaving: 'Moved to a larger engineering team',
        bullets: ['Rebuilt the nightly reporting pipeline on PostgreSQL partitions; runtime fell from 5 h to 40 min.', 'Maintained the customer-facing REST API (120 req/s peak).'] },
      { company: 'Pikes Freight Systems', title: 'Senior Software Engineer', city: 'Colorado Springs, CO', start: '2017-06', end: '2020-12', salary: '$124,000/yr', leaving: 'Company acquired; role relocated',
        bullets: ['Led the move of shipment tracking from a monolith to 14 Go services on Kubernetes.', 'Introduced Kafka event streams for carrier updates, cutting status lag from 15 min to 20 s.', 'Mentored four engineers; ran the on-call rotation.'] },
      { company: 'Tallgrass Health', title: 'Staff Engineer, Platform', city: 'Denver, CO', start: '2021-02', end: null, salary: '$186,000/yr',
        bullets: ['Own the internal developer platform (Terraform modules, golden-path service templates) used by 60 engineers.', 'Designed the gRPC gateway for HIPAA-scoped services; passed two external audits with no findings.'] },
    ],
    education: [{ school: 'Cascade State University', degree: 'B.S. Computer Science', start: '2011-08', end: '2014-12', city: 'Fort Collins, CO' }],
    languages: ['English (native)', 'Spanish (conversational)'],
    certificates: ['AWS Certified Solutions Architect – Associate (2019)', 'Certified Kubernetes Administrator (2022)'],
    referees: [{ name: 'Dana Oyelaran', role: 'VP Engineering', org: 'Tallgrass Health', phone: '(303) 555-0148', email: 'dana.o@tallgrasshealth.example' }],
    extra: { clearance: 'None', authorization: 'U.S. citizen', relocate: 'No – remote or Denver metro', rate: '$175,000–$195,000' },
  },
  {
    id: 'p02', language: 'en', name: 'Harriet Okonjo-Blake', gender: 'Female', born: '1995-07', nationality: 'British',
    title: 'Production Manager', address: 'Flat 4, 27 Mildmay Grove North, London N1 4RH', city: 'London',
    email: 'harriet.okonjoblake@outlook.com', phone: '07824 613590', phoneE164: '+447824613590',
    summary: 'Production manager for scripted drama, experienced on location-heavy shoots and multi-camera returning series.',
    skills: [['Movie Magic Scheduling'], ['Budgeting'], ['Location management'], ['H&S risk assessments', 'Health & Safety risk assessments'], ['Final Draft'], ['Crew management'], ['Excel']],
    jobs: [
      { company: 'Kestrel Lane Pictures', title: 'Production Runner', city: 'London', start: '2016-09', end: '2017-08',
        bullets: ['"The Marsh Road" (6 × 60\', BBC One) – office and floor runner.', 'Unit base set-up and call-sheet distribution.'] },
      { company: 'Kestrel Lane Pictures', title: 'Production Secretary', city: 'London', start: '2017-09', end: '2019-03',
        bullets: ['"The Marsh Road" series 2 and "Gannet" (feature, 94\').', 'Travel, accommodation and cast movement orders for 80-strong crew.'] },
      { company: 'Brightwater Drama Ltd', title: 'Production Coordinator', city: 'Bristol', start: '2019-05', end: '2021-10',
        bullets: ['"Saltings" (8 × 50\', Channel 4) and "After the Tide" (4 × 60\', ITV).', 'Ran the production office through COVID-19 protocols; managed testing schedules.'] },
      { company: 'Halyard Films', title: 'Production Manager', city: 'Manchester', start: '2022-01', end: null,
        bullets: ['"Northern Quarter" series 1–3 (10 × 45\', Sky).', 'Manage £6.2m series budget, crew hiring and location contracts.'] },
    ],
    education: [{ school: 'University of Wexcombe', degree: 'BA (Hons) Film and Television Production', start: '2013-09', end: '2016-06', city: 'Leeds' }],
    languages: ['English', 'French (basic)'],
    certificates: ['Full UK driving licence', 'ScreenSkills Safe Management of Productions (2021)', 'First Aid at Work (2023)'],
    referees: [
      { name: 'Colm Farraday', role: 'Line Producer', org: 'Halyard Films', phone: '07700 912 448' },
      { name: 'Ruth Eskdale', role: 'Head of Production', org: 'Brightwater Drama Ltd', phone: '0117 496 0732' },
    ],
  },
  {
    id: 'p03', language: 'en', name: 'Achieng Grace Odhiambo', gender: 'Female', born: '1986-11', nationality: 'Kenyan',
    title: 'Monitoring & Evaluation Specialist', address: 'P.O. Box 4471-40100, Kisumu, Kenya', city: 'Kisumu',
    email: 'grace.odhiambo.me@gmail.com', phone: '0722 419 836', phoneE164: '+254722419836',
    summary: 'M&E specialist with fourteen years in public health and donor-funded programmes across Nyanza and Western Kenya.',
    skills: [['Monitoring & Evaluation', 'M&E'], ['Stata'], ['DHIS2'], ['KoboToolbox'], ['Power BI'], ['Logframe design', 'Logical framework design'], ['Data quality assessment']],
    jobs: [
      { company: 'Kisumu County Department of Health', title: 'Health Records and Information Officer', city: 'Kisumu', start: '2011-03', end: '2013-06', salary: 'KES 38,000/month', leaving: 'Better opportunity',
        bullets: ['Compiled monthly facility reports for 42 health facilities into DHIS2.', 'Trained records clerks on MOH 711 and 731 registers.'] },
      { company: 'Sauti Community Health Trust', title: 'M&E Officer', city: 'Kisumu', start: '2013-08', end: '2016-12', salary: 'KES 95,000/month', leaving: 'Promoted',
        bullets: ['Designed KoboToolbox household survey tools for an HIV prevention programme (n = 3,200).', 'Ran quarterly data quality audits.'] },
      { company: 'Sauti Community Health Trust', title: 'Senior M&E Officer', city: 'Kisumu', start: '2017-01', end: '2019-09', salary: 'KES 160,000/month', leaving: 'Project closed',
        bullets: ['Led M&E for a 5-year maternal health grant; wrote the PMP and indicator reference sheets.', 'Supervised 3 officers and 24 enumerators.'] },
      { company: 'Lakeview Development Associates', title: 'M&E Specialist', city: 'Kisumu', start: '2019-11', end: null, salary: 'USD 3,400/month',
        bullets: ['M&E lead on a USAID-funded WASH activity in four counties.', 'Built Power BI dashboards used for quarterly reviews with county governments.'] },
    ],
    education: [
      { school: 'Maseno Plains University', degree: 'MSc Epidemiology and Biostatistics', start: '2014-09', end: '2016-11', city: 'Maseno' },
      { school: 'Maseno Plains University', degree: 'BSc Health Records and Information Management', start: '2006-09', end: '2010-12', city: 'Maseno' },
    ],
    languages: ['English', 'Kiswahili', 'Dholuo'],
    certificates: ['Certificate in Project Monitoring & Evaluation, KIM (2014)'],
    referees: [{ name: 'Dr. Peter Wekesa', role: 'Chief of Party', org: 'Lakeview Development Associates', phone: '+254 733 608 215', email: 'pwekesa@lda-africa.example' }],
  },
  {
    id: 'p04', language: 'en', name: 'Margaux Tremblay-Singh', gender: 'Female', born: '1989-04', nationality: 'Canadian',
    title: 'Senior Clinical Research Coordinator', address: '88 Gladstone Ave, Unit 1207, Toronto, ON M6J 0B7', city: 'Toronto, ON',
    email: 'margaux.ts@protonmail.com', phone: '(416) 728-5503', phoneE164: '+14167285503',
    summary: 'Clinical research coordinator with 10+ years on Phase I–III oncology and cardiology trials.',
    skills: [['ICH-GCP', 'Good Clinical Practice'], ['Medidata Rave'], ['REDCap'], ['Informed consent process'], ['Phlebotomy'], ['Source data verification', 'SDV'], ['Veeva Vault']],
    jobs: [
      { company: 'Lakeshore General Hospital Research Institute', title: 'Research Assistant', city: 'Toronto, ON', start: '2013-05', end: '2016-08',
        bullets: ['Screened and consented participants for a 1,100-patient cardiology registry.', 'Entered CRFs in REDCap; resolved queries within 5 days.'] },
      { company: 'Lakeshore General Hospital Research Institute', title: 'Clinical Research Coordinator', city: 'Toronto, ON', start: '2016-09', end: '2019-04',
        bullets: ['Coordinated 6 industry-sponsored Phase II/III cardiology trials.', 'Prepared for and hosted a Health Canada inspection (no critical findings).'] },
      { company: 'Northbridge Oncology Clinic', title: 'Senior Clinical Research Coordinator', city: 'Mississauga, ON', start: '2020-09', end: null,
        bullets: ['Lead coordinator for 9 oncology studies including two first-in-human Phase I trials.', 'Train new coordinators on GCP, IP accountability and Medidata Rave.'] },
    ],
    education: [{ school: 'Lakehead Bay University', degree: 'B.Sc. (Hons) Biology', start: '2008-09', end: '2012-06', city: 'Thunder Bay, ON' }, { school: 'Humberview College', degree: 'Graduate Certificate, Clinical Research', start: '2012-09', end: '2013-04', city: 'Toronto, ON' }],
    languages: ['English', 'French', 'Punjabi (spoken)'],
    certificates: ['ACRP Certified Clinical Research Coordinator (CCRC), 2018', 'TCPS 2: CORE-2022', 'IATA Dangerous Goods (Div. 6.2) shipping, 2025', 'GCP training (CITI), completed 2025-03-14'],
    referees: [{ name: 'Dr. Anil Basran', role: 'Principal Investigator', org: 'Northbridge Oncology Clinic', phone: '(905) 271-8840' }],
    extra: { careerBreak: '2019-05 to 2020-08: parental leave and family relocation' },
  },
  {
    id: 'p05', language: 'en', name: 'Isla Moreton-Vu', gender: 'Female', born: '1992-09', nationality: 'Australian',
    title: 'Registered Architect (NSW)', address: '14/62 Wilson Street, Newtown NSW 2042', city: 'Sydney',
    email: 'isla@moretonvu.studio', phone: '0412 508 963', phoneE164: '+61412508963',
    summary: 'Architect working on mid-rise residential and adaptive re-use, strong in design documentation and computational design.',
    skills: [['Revit'], ['ArchiCAD'], ['Rhino'], ['Grasshopper'], ['Adobe InDesign', 'InDesign'], ['NCC compliance', 'National Construction Code compliance'], ['Design documentation'], ['Enscape']],
    jobs: [
      { company: 'Haddow Tsang Architects', title: 'Student Intern', city: 'Sydney', start: '2013-12', end: '2014-02', kind: 'internship',
        bullets: ['Model making and drawing set-up for a school library competition entry.'] },
      { company: 'Haddow Tsang Architects', title: 'Graduate Architect', city: 'Sydney', start: '2016-02', end: '2018-06',
        bullets: ['DA and CC documentation for a 48-unit residential building in Marrickville.', 'Coordinated consultant drawings in Revit.'] },
      { company: 'Fernleigh Studio', title: 'Architect', city: 'Sydney', start: '2018-07', end: '2022-03',
        bullets: ['Project architect, Glebe warehouse adaptive re-use (AUD 14m).', 'Built Grasshopper scripts for facade panel rationalisation.'] },
      { company: 'Caldera + Finch', title: 'Senior Associate', city: 'Sydney', start: '2022-05', end: null,
        bullets: ['Lead a team of 6 on build-to-rent projects in Parramatta and Ryde.', 'Practice lead for NCC 2022 compliance reviews.'] },
    ],
    education: [{ school: 'University of Harbourside', degree: 'Master of Architecture', start: '2014-03', end: '2015-12', city: 'Sydney' }, { school: 'University of Harbourside', degree: 'Bachelor of Design in Architecture', start: '2011-03', end: '2013-11', city: 'Sydney' }],
    languages: ['English', 'Vietnamese (conversational)'],
    certificates: ['Registered Architect, NSW Architects Registration Board No. 11842', 'White Card (NSW)'],
    referees: [{ name: 'Gareth Finch', role: 'Director', org: 'Caldera + Finch', phone: '(02) 9517 6630' }],
  },
  {
    id: 'p06', language: 'en', name: 'Dwayne R. Castellanos', gender: 'Male', born: '1987-01', nationality: 'United States',
    title: 'Construction Superintendent', address: '7319 W Piute Ave, Glendale, AZ 85308', city: 'Glendale, AZ',
    email: 'dcastellanos.super@gmail.com', phone: '(602) 917-4480', phoneE164: '+16029174480',
    summary: 'Superintendent with 16 years in concrete tilt-up, industrial and distribution-centre construction; U.S. Army veteran.',
    skills: [['Procore'], ['Primavera P6', 'P6'], ['Bluebeam Revu', 'Bluebeam'], ['Concrete tilt-up construction', 'Tilt-up construction'], ['Subcontractor coordination'], ['Quality control inspections', 'QC inspections'], ['MS Project', 'Microsoft Project'], ['Blueprint reading']],
    jobs: [
      { company: 'U.S. Army', title: 'Combat Engineer (12B), Sergeant', city: 'Fort Leonard Wood, MO', start: '2005-07', end: '2009-06', kind: 'service', salary: 'E-5',
        bullets: ['Led a 9-soldier squad on route clearance and construction tasks; two deployments.', 'Honorable discharge.'] },
      { company: 'Sonoran Ridge Builders', title: 'Carpenter Foreman', city: 'Phoenix, AZ', start: '2009-09', end: '2014-02', salary: '$31/hr',
        bullets: ['Ran forming crews of up to 14 on tilt-up panels and footings.', 'Zero lost-time incidents over 4 years.'] },
      { company: 'Mesquite Tilt-Up Contractors', title: 'Assistant Superintendent', city: 'Tempe, AZ', start: '2014-03', end: '2019-10', salary: '$82,000/yr',
        bullets: ['Assisted on 11 distribution centers from 250,000 to 1.1M sq ft.', 'Managed daily reports, 3-week look-aheads and QC inspections.'] },
      { company: 'Redrock Industrial Constructors', title: 'Superintendent', city: 'Phoenix, AZ', start: '2019-11', end: null, salary: '$128,000/yr + truck',
        bullets: ['Superintendent on $40–95M industrial projects, including a 780,000 sq ft cold-storage facility.', 'Coordinate 25+ subcontractors; maintain P6 schedules with the PM team.'] },
    ],
    education: [{ school: 'Maricopa Valley Community College', degree: 'A.A.S. Construction Management', start: '2010-01', end: '2013-05', city: 'Phoenix, AZ' }],
    languages: ['English', 'Spanish (fluent)'],
    certificates: ['OSHA 30-Hour Construction (2021)', 'First Aid/CPR/AED (2025)', 'ACI Concrete Field Testing Technician – Grade I'],
    referees: [{ name: 'Lorraine Haskett', role: 'Project Executive', org: 'Redrock Industrial Constructors', phone: '(480) 622-3019' }],
  },
  {
    id: 'p07', language: 'en', name: 'Rebecca Anne Lindqvist', gender: 'Female', born: '1986-05', nationality: 'United States',
    title: 'MYP Coordinator & Science Teacher', address: '88/14 Soi Sukhumvit 49, Khlong Tan Nuea, Watthana, Bangkok 10110, Thailand', city: 'Bangkok',
    email: 'rebecca.lindqvist.teach@gmail.com', phone: '081 734 2296', phoneE164: '+66817342296',
    summary: 'Science teacher and IB MYP coordinator with 16 years in public and international schools in three countries.',
    skills: [['IB MYP curriculum planning', 'MYP unit planning'], ['Google Classroom'], ['Differentiated instruction'], ['ManageBac'], ['Formative assessment'], ['Seesaw'], ['Restorative practices']],
    jobs: [
      { company: 'Lake Harriet Middle School', title: 'Science Teacher, Grades 6–8', city: 'Minneapolis, MN, USA', start: '2010-08', end: '2014-06', leaving: 'To teach internationally',
        bullets: ['Taught earth and life science to 150 students a year.', 'Co-led the district science fair.'] },
      { company: 'Colegio Internacional Alborada', title: 'Grade 7–8 Science Teacher', city: 'Quito, Ecuador', start: '2014-08', end: '2017-06', leaving: 'End of contract; graduate study',
        bullets: ['Taught science in English to bilingual learners; developed lab safety program.', 'Homeroom teacher and Model UN advisor.'] },
      { company: 'Chao Phraya International School', title: 'MYP Science Teacher', city: 'Bangkok, Thailand', start: '2018-08', end: '2022-06', leaving: 'Internal promotion',
        bullets: ['Taught MYP 3–5 sciences; moderated eAssessment.', 'Head of Grade 8 (2020–2022).'] },
      { company: 'Chao Phraya International School', title: 'MYP Coordinator', city: 'Bangkok, Thailand', start: '2022-08', end: null, leaving: 'Seeking new challenge in 2027',
        bullets: ['Coordinate the MYP for 540 students and 48 teachers; led the 2024 IB evaluation visit.', 'Run ManageBac, unit-planning cycles and moderation.'] },
    ],
    education: [
      { school: 'Northfield Lutheran College', degree: 'B.A. Biology, Secondary Education licensure', start: '2004-09', end: '2008-05', city: 'Northfield, MN' },
      { school: 'University of St. Brendan', degree: 'M.Ed. International Education', start: '2017-08', end: '2018-06', city: 'Saint Paul, MN' },
    ],
    languages: ['English (native)', 'Spanish (B2)', 'Thai (survival)'],
    certificates: ['Minnesota Tier 4 Teaching License, Science 5–8 and Life Science 9–12', 'IB MYP Category 3 workshop: Leading the Learning (2022)'],
    referees: [
      { name: 'Mr. Somchai Wattanakul', role: 'Head of School', org: 'Chao Phraya International School', phone: '+66 2 258 4410', email: 'head@cpis.example' },
      { name: 'Ms. Lucía Benalcázar', role: 'Secondary Principal', org: 'Colegio Internacional Alborada', phone: '+593 2 382 9104', email: 'lbenalcazar@cia.example' },
    ],
    extra: { careerBreak: '2017-07 to 2018-07: M.Ed. study (full time)', dependents: 'None', partner: 'Non-teaching partner' },
  },
  {
    id: 'p08', language: 'zh', name: '钟慧敏', nameAlt: 'Zhong Huimin', gender: '女', born: '1981-08', nationality: '中国',
    title: '财务总监、董事会秘书', address: '江苏省苏州市工业园区星湖街 218 号', city: '苏州',
    email: 'zhonghm_cfo@163.com', phone: '139 1872 6604', phoneE164: '+8613918726604',
    summary: '中国注册会计师，二十余年财务与审计经验，主导完成一次主板 IPO 申报，熟悉制造业财务管理与资本运作。',
    skills: [['财务报表分析'], ['IPO财务规范', 'IPO 财务规范'], ['合并报表编制'], ['SAP FICO', 'SAP FI/CO'], ['税务筹划'], ['内控体系建设', '内部控制'], ['资金管理']],
    jobs: [
      { company: '立信华诚会计师事务所', title: '审计员、高级审计员', city: '上海', start: '2004-07', end: '2009-02', salary: '月薪 9,000 元', leaving: '职业发展',
        bullets: ['参与 20 余家制造业及上市公司年报审计。', '负责 IPO 审计项目现场工作。'] },
      { company: '上海宏远精密机械股份有限公司', title: '财务经理', city: '上海', start: '2009-03', end: '2013-12', salary: '年薪 28 万元', leaving: '内部晋升',
        bullets: ['搭建集团合并报表体系，实施 SAP FICO 模块。', '管理 12 人财务团队。'] },
      { company: '上海宏远精密机械股份有限公司', title: '财务总监', city: '上海', start: '2014-01', end: '2018-06', salary: '年薪 65 万元', leaving: '个人发展',
        bullets: ['主导公司 IPO 财务规范与申报工作，2017 年于上交所主板上市。', '建立内控体系，通过内控审计。'] },
      { company: '苏州澄源新材料科技股份有限公司', title: '财务总监、董事会秘书', city: '苏州', start: '2018-07', end: null, salary: '年薪 120 万元',
        bullets: ['全面负责财务、证券事务与投融资，完成两轮共 6.5 亿元股权融资。', '推进科创板上市申报。'] },
    ],
    education: [
      { school: '华东财经大学', degree: '会计学 学士', start: '2000-09', end: '2004-07', city: '上海' },
      { school: '复旦管理学院（在职）', degree: '高级管理人员工商管理硕士（EMBA）', start: '2015-09', end: '2017-06', city: '上海' },
    ],
    languages: ['英语（CET-6）'],
    certificates: ['中国注册会计师（CPA）', '董事会秘书资格证书', '高级会计师'],
    referees: [{ name: '陶建峰', role: '董事长', org: '苏州澄源新材料科技股份有限公司', phone: '0512-6287 3301' }],
    extra: { politics: '中共党员', ethnic: '汉族', hukou: '上海市', marital: '已婚', id: '3101**********3528', height: '163cm' },
  },
  {
    id: 'p09', language: 'zh', name: '林冠宇', nameAlt: 'Lin Kuan-Yu', gender: '男', born: '1989-09', nationality: '中華民國',
    title: '設備課長', address: '新竹縣竹北市光明六路東一段 266 號 9 樓', city: '新竹',
    email: 'kuanyu.lin0915@gmail.com', phone: '0912-604-385', phoneE164: '+886912604385',
    summary: '半導體前段設備工程 12 年經驗，熟悉蝕刻與薄膜機台維護、良率改善與跨廠區設備移轉。',
    skills: [['設備維護保養', 'PM保養'], ['PLC 程式設計', 'PLC'], ['AutoCAD'], ['SPC 統計製程管制', 'SPC'], ['真空系統維修'], ['8D 報告'], ['Minitab']],
    jobs: [
      { company: '宏碩電子股份有限公司', title: '暑期實習生', city: '桃園市', start: '2011-07', end: '2011-08', kind: 'internship', salary: '時薪 115 元', leaving: '實習結束',
        bullets: ['協助 SMT 產線設備點檢與資料整理。'] },
      { company: '台灣晶旭科技股份有限公司', title: '設備工程師', city: '新竹市', start: '2012-09', end: '2016-03', salary: '月薪 42,000 元', leaving: '內部晉升',
        bullets: ['負責 12 吋乾蝕刻機台 PM 保養與異常排除。', '推動備品管理，年省 NT$3,200 萬。'] },
      { company: '台灣晶旭科技股份有限公司', title: '資深設備工程師', city: '新竹市', start: '2016-04', end: '2019-08', salary: '月薪 58,000 元', leaving: '職涯發展',
        bullets: ['主導新機台導入與驗機，MTBF 提升 27%。', '撰寫 8D 報告，帶領 4 名工程師。'] },
      { company: '聯昕半導體股份有限公司', title: '設備課長', city: '新竹縣', start: '2019-09', end: null, salary: '月薪 85,000 元',
        bullets: ['管理薄膜設備課 16 人，負責 CVD/PVD 機台稼動率。', '完成台南廠設備移轉專案。'] },
    ],
    education: [{ school: '國立竹塹科技大學', degree: '機械工程系 碩士', start: '2010-09', end: '2012-06', city: '新竹' }, { school: '中原工商大學', degree: '機械工程學系 學士', start: '2006-09', end: '2010-06', city: '桃園' }],
    languages: ['英文：中等（多益 750）', '台語：精通'],
    certificates: ['乙級機電整合技術士', '甲級職業安全衛生業務主管'],
    referees: [],
    extra: { military: '役畢（替代役 2012 年 6 月退伍）', license: '普通重型機車、普通小型車', expect: '月薪 95,000 元以上' },
  },
  {
    id: 'p10', language: 'zh', name: '马德胜', nameAlt: 'Ma Desheng', gender: '男', born: '1985-03', nationality: '中国',
    title: '焊工班长', address: '河北省沧州市运河区解放西路 41 号', city: '沧州',
    email: 'madesheng1985@qq.com', phone: '151 3426 7718', phoneE164: '+8615134267718',
    summary: '从事焊接工作二十年，持特种作业焊工证，有沙特石化项目海外施工经验，能带班组。',
    skills: [['氩弧焊'], ['二氧化碳气体保护焊', 'CO2气保焊'], ['手工电弧焊'], ['看图纸', '识图'], ['管道焊接'], ['焊缝质量自检']],
    jobs: [
      { company: '沧州鑫达管道有限公司', title: '焊工', city: '沧州', start: '2005-03', end: '2010-12', salary: '月薪 2,800 元', leaving: '工资低',
        bullets: ['螺旋焊管、法兰焊接。'] },
      { company: '华北石化建设工程有限公司', title: '管道焊工', city: '天津', start: '2011-03', end: '2016-05', salary: '月薪 7,500 元', leaving: '出国务工',
        bullets: ['炼化装置工艺管道氩电联焊，拍片合格率 98% 以上。'] },
      { company: '中冶津达国际工程有限公司', title: '焊工班长', city: '沙特阿拉伯 朱拜勒', start: '2016-07', end: '2019-01', salary: '月薪 16,000 元', leaving: '合同期满回国',
        bullets: ['沙特朱拜勒石化项目，带 12 人焊接班组。', '按 ASME 标准施焊，配合第三方检验。'] },
      { company: '沧州恒固钢结构有限公司', title: '焊工班长', city: '沧州', start: '2019-04', end: null, salary: '月薪 9,500 元',
        bullets: ['钢结构厂房构件焊接，带班 8 人。'] },
    ],
    education: [{ school: '沧州市第二职业技术学校', degree: '焊接技术 中专', start: '2002-09', end: '2005-01', city: '沧州' }],
    languages: ['英语：简单日常用语'],
    certificates: ['特种作业操作证（熔化焊接与热切割作业）', '锅炉压力容器压力管道焊工合格证（GTAW-FeII-6G）'],
    referees: [],
    extra: { politics: '群众', ethnic: '回族', hukou: '河北省沧州市', marital: '已婚', id: '1309**********1832', height: '175cm', weight: '72kg', passport: 'E7*****62', emergency: '妻子 刘秀芬 158 3175 2204', health: '良好' },
  },
  {
    id: 'p11', language: 'zh', name: '宋雨桐', nameAlt: 'Song Yutong', gender: '女', born: '1995-06', nationality: '中国',
    title: '高级数据分析师', address: '山东省济南市历下区经十路 15988 号', city: '济南',
    email: 'songyt0612@126.com', phone: '186 0531 2290', phoneE164: '+8618605312290',
    summary: '六年互联网与电商数据分析经验，熟悉用户增长分析与实验设计，报考非全日制应用统计专业硕士。',
    skills: [['Python'], ['SQL'], ['Tableau'], ['用户画像分析'], ['A/B 测试', 'AB测试'], ['SPSS'], ['数据透视表', 'Excel 数据透视表']],
    jobs: [
      { company: '济南云图信息技术有限公司', title: '数据分析实习生', city: '济南', start: '2017-03', end: '2017-06', kind: 'internship',
        bullets: ['整理业务报表，编写 SQL 查询。'] },
      { company: '济南云图信息技术有限公司', title: '数据分析师', city: '济南', start: '2017-07', end: '2019-08',
        bullets: ['负责 SaaS 产品用户行为分析，搭建留存监控看板。'] },
      { company: '山东鲁信优选电子商务有限公司', title: '高级数据分析师', city: '济南', start: '2019-09', end: null,
        bullets: ['负责会员增长分析与 A/B 测试平台指标体系。', '用户分层模型带动复购率提升 4.6 个百分点。'] },
    ],
    education: [{ school: '齐鲁工商大学', degree: '统计学 本科（学士）', start: '2013-09', end: '2017-06', city: '济南' }],
    languages: ['英语六级（CET-6 512 分）'],
    certificates: ['全国计算机等级考试二级（Python）', 'Tableau Desktop Specialist'],
    referees: [],
    extra: { politics: '共青团员', ethnic: '汉族', hukou: '山东省济南市', marital: '未婚', exam: '1042 3370 1229 815', score: '总分 356（政治 68，英语二 71，数学三 112，专业课 105）', major: '应用统计（专业学位，非全日制）', gradschool: '山东海岱大学 数学与统计学院' },
  },
  {
    id: 'p12', language: 'zh', name: '欧阳子涵', nameAlt: 'Ouyang Zihan', gender: '男', born: '1992-12', nationality: '中国',
    title: '市场部高级经理', address: '广东省深圳市南山区科苑南路 3099 号', city: '深圳',
    email: 'ouyangzihan_mkt@foxmail.com', phone: '137 2815 4093', phoneE164: '+8613728154093',
    summary: '十年新媒体与品牌营销经验，擅长小红书、抖音内容营销与整合推广，操盘多个千万级 GMV 新品上市。',
    skills: [['新媒体运营'], ['小红书种草', '小红书内容运营'], ['抖音直播运营'], ['SEM 竞价推广', 'SEM'], ['活动策划'], ['Photoshop', 'PS'], ['数据复盘']],
    jobs: [
      { company: '深圳市蓝鲸互动传媒有限公司', title: '新媒体编辑', city: '深圳', start: '2015-07', end: '2017-10', salary: '6K', leaving: '寻求品牌方岗位',
        bullets: ['负责 3 个微信公众号内容，单号粉丝从 8 万增至 35 万。'] },
      { company: '广州悦己美妆科技有限公司', title: '品牌运营主管', city: '广州', start: '2017-11', end: '2020-06', salary: '15K×14', leaving: '公司业务调整',
        bullets: ['小红书 KOC 种草矩阵搭建，新品首月销售额 1,200 万元。', '管理 5 人内容团队。'] },
      { company: '深圳市拾光家居用品有限公司', title: '市场经理', city: '深圳', start: '2021-01', end: '2024-03', salary: '25K×14', leaving: '个人发展',
        bullets: ['负责抖音直播间从 0 到 1 搭建，月 GMV 峰值 860 万元。', 'SEM 年预算 600 万元，ROI 提升至 1:4.2。'] },
      { company: '深圳禾木智能科技有限公司', title: '市场部高级经理', city: '深圳', start: '2024-04', end: null, salary: '38K×15',
        bullets: ['负责智能小家电品牌整合营销，管理 12 人团队。'] },
    ],
    education: [{ school: '华南传媒学院', degree: '广告学 本科', start: '2011-09', end: '2015-06', city: '广州' }],
    languages: ['英语四级', '粤语：熟练'],
    certificates: ['巨量引擎营销认证（初级）'],
    referees: [],
    extra: { politics: '群众', ethnic: '汉族', hukou: '湖南省衡阳市', marital: '已婚', expect: '40-50K', careerBreak: '2020-07 至 2020-12：休整、自学数据分析课程' },
  },
  {
    id: 'p13', language: 'mixed', name: '陳凱琳', nameAlt: 'Kaylin Chan Hoi-lam', gender: 'Female 女', born: '1995-03', nationality: 'Hong Kong SAR 香港',
    title: 'Vice President, Credit Research', titleAlt: '信貸研究副總裁', address: 'Flat 18C, Block 2, Harbour Crest, 38 Tai Hang Road, Causeway Bay, Hong Kong', city: 'Hong Kong',
    email: 'kaylin.chan.hl@gmail.com', phone: '9156 3207', phoneE164: '+85291563207',
    summary: 'Credit analyst covering Asian high-yield property and industrials; CFA charterholder. 熟悉亞洲高收益債信貸分析。',
    skills: [['Financial modelling', 'Financial modeling'], ['Bloomberg Terminal', 'Bloomberg'], ['Valuation (DCF, comps)', 'Valuation'], ['Excel VBA', 'VBA'], ['Credit analysis'], ['Python (pandas)', 'pandas'], ['Capital IQ']],
    jobs: [
      { company: 'Harbourline Securities Limited', title: 'Summer Intern, Equity Research', titleAlt: '暑期實習生', city: 'Central', start: '2016-06', end: '2016-08', kind: 'internship',
        bullets: ['Built comps tables for HK-listed consumer names.'] },
      { company: 'Kowloon Bay Capital Partners', title: 'Analyst', titleAlt: '分析員', city: 'Kowloon Bay', start: '2017-08', end: '2020-07',
        bullets: ['Covered 25 Asian HY issuers; wrote initiation reports on 8 China property developers.'] },
      { company: 'Kowloon Bay Capital Partners', title: 'Associate', titleAlt: '經理', city: 'Kowloon Bay', start: '2020-08', end: '2022-12',
        bullets: ['Built restructuring recovery models for distressed property credits.'] },
      { company: 'Tai Hang Asset Management Limited', title: 'Vice President, Credit Research', titleAlt: '信貸研究副總裁', city: 'Admiralty', start: '2023-02', end: null,
        bullets: ['Lead analyst for industrials and TMT in a USD 1.4bn Asia credit fund.', 'Automated covenant monitoring in Python (pandas).'] },
    ],
    education: [{ school: 'The University of Victoria Harbour 維港大學', degree: 'BBA (Hons) Finance', start: '2013-09', end: '2017-06', city: 'Hong Kong' }],
    languages: ['Cantonese 廣東話 (native)', 'English 英文 (fluent)', 'Putonghua 普通話 (fluent)'],
    certificates: ['CFA Charterholder (2021)', 'HKSI LE Paper 1 & 7'],
    referees: [],
    extra: { expect: 'HK$95,000 / month', notice: '1 month 一個月', currentSalary: 'HK$82,000 × 13' },
  },
  {
    id: 'p14', language: 'mixed', name: '贺思远', nameAlt: 'Siyuan He', gender: '男 Male', born: '1987-10', nationality: '中国 China',
    title: '讲师 Lecturer', titleAlt: 'Lecturer', address: '江苏省无锡市滨湖区蠡湖大道 1800 号 江南理工学院 机械工程学院', city: '无锡',
    email: 'siyuan.he@jnit.edu.cn', phone: '159 5012 8836', phoneE164: '+8615950128836',
    summary: 'Lecturer in mechanical engineering; research on fatigue of lightweight vehicle structures. 从事轻量化结构疲劳研究。',
    skills: [['MATLAB'], ['有限元分析', 'FEA', 'Finite element analysis'], ['ANSYS'], ['LabVIEW'], ['Python'], ['英文学术写作', 'Academic writing in English'], ['课程设计', 'Curriculum design']],
    jobs: [
      { company: '南京致远汽车零部件有限公司', title: '结构工程师', titleAlt: 'Structural Engineer', city: '南京', start: '2010-07', end: '2013-08', leaving: '出国读博 PhD study',
        bullets: ['Designed and validated suspension brackets in ANSYS; 负责底盘支架强度分析。'] },
      { company: 'Northmoor University', title: 'Research Associate', titleAlt: '博士后研究员', city: 'Sheffield, UK', start: '2018-01', end: '2020-06', leaving: '回国任教 Returned to China',
        bullets: ['EPSRC-funded project on fatigue of bonded aluminium joints; 3 journal papers.'] },
      { company: '江南理工学院', title: '讲师', titleAlt: 'Lecturer', city: '无锡', start: '2020-09', end: null,
        bullets: ['讲授《机械设计》《有限元方法》（全英文授课）。', 'PI of a provincial natural science grant (2022–2025).'] },
    ],
    education: [
      { school: 'Northmoor University', degree: 'PhD Mechanical Engineering', start: '2013-10', end: '2017-12', city: 'Sheffield, UK' },
      { school: '东吴理工大学', degree: '机械设计制造及其自动化 工学学士 BEng', start: '2006-09', end: '2010-06', city: '苏州' },
    ],
    languages: ['English (IELTS 7.5)', '普通话 Mandarin (native)'],
    certificates: ['高等学校教师资格证 Higher Education Teacher Certificate', 'Fellow of the Higher Education Academy (FHEA)'],
    referees: [
      { name: 'Prof. Helen Aldridge', role: 'Professor of Structural Integrity', org: 'Northmoor University', phone: '+44 114 496 0387', email: 'h.aldridge@northmoor.ac.uk' },
      { name: '周立群 教授 Prof. Zhou Liqun', role: '院长 Dean', org: '江南理工学院 机械工程学院', phone: '0510-8519 7702', email: 'zhoulq@jnit.edu.cn' },
    ],
  },
  {
    id: 'p15', language: 'mixed', name: '黄伟杰', nameAlt: 'Ng Wei Jie, Alvin', gender: 'Male', born: '1992-04', nationality: 'Singaporean',
    title: 'Freelance Data Engineer', titleAlt: '数据工程师', address: 'Blk 418 Tampines Street 41, #09-217, Singapore 520418', city: 'Singapore',
    email: 'alvin.ng.wj@gmail.com', phone: '9678 2143', phoneE164: '+6596782143',
    summary: 'Data engineer building ELT pipelines on Snowflake and BigQuery for logistics and e-commerce clients. 可用中文沟通。',
    skills: [['Apache Spark', 'Spark'], ['Airflow', 'Apache Airflow'], ['dbt'], ['Snowflake'], ['Python'], ['SQL'], ['Docker'], ['BigQuery', 'GCP BigQuery']],
    jobs: [
      { company: 'Singapore Armed Forces', title: 'Full-time National Serviceman (Signals)', titleAlt: '全职国民服役', city: 'Singapore', start: '2011-01', end: '2012-12', kind: 'service',
        bullets: ['Signals operator, 3rd Signal Battalion; rank on ORD: CPL.'] },
      { company: 'Merlion Logistics Pte Ltd', title: 'Data Analyst', titleAlt: '数据分析师', city: 'Singapore', start: '2016-07', end: '2019-03',
        bullets: ['Built SQL reporting for 14 warehouses; automated weekly SLA pack.'] },
      { company: 'Kopi Labs Pte Ltd', title: 'Data Engineer', titleAlt: '数据工程师', city: 'Singapore', start: '2019-04', end: '2022-08',
        bullets: ['Migrated batch ETL from cron scripts to Airflow + dbt on BigQuery.', 'Spark jobs processing 2 TB/day of clickstream.'] },
      { company: 'Tembusu Data Consulting', title: 'Freelance Data Engineer', titleAlt: '自由职业数据工程师', city: 'Singapore (remote)', start: '2022-09', end: null,
        bullets: ['Snowflake and dbt builds for 11 clients in SG, AU and the US.', 'Top Rated Plus on Upwork, 100% job success.'] },
    ],
    education: [{ school: 'Nanyang Coast University', degree: 'B.Eng. (Computer Engineering)', start: '2013-08', end: '2016-06', city: 'Singapore' }],
    languages: ['English', 'Mandarin 华语', 'Hokkien (spoken)'],
    certificates: ['SnowPro Core Certification (2023)', 'Google Cloud Professional Data Engineer (2021)'],
    referees: [],
    extra: { rate: 'US$75/hr', hours: 'More than 30 hrs/week', tz: 'UTC+08:00' },
  },
  {
    id: 'p16', language: 'mixed', name: '许嘉宁', nameAlt: 'Jianing Xu', gender: '女 Female', born: '1994-01', nationality: '中国 China',
    title: '产品总监 Head of Product', titleAlt: 'Head of Product', address: '北京市朝阳区望京街 9 号 望京国际商业中心', city: '北京 Beijing',
    email: 'jianing.xu.pm@gmail.com', phone: '138 1027 5569', phoneE164: '+8613810275569',
    summary: 'Product leader in mobility and content apps, US-trained, now leading a 20-person product team in Beijing. 擅长 0-1 产品与增长。',
    skills: [['Product roadmapping', '产品规划'], ['PRD writing', 'PRD撰写'], ['Figma'], ['SQL'], ['A/B testing'], ['Jira'], ['User interviews', '用户访谈']],
    jobs: [
      { company: 'Brightloop Inc.', title: 'Product Management Intern', titleAlt: '产品实习生', city: 'Seattle, WA', start: '2016-06', end: '2016-08', kind: 'internship',
        bullets: ['Shipped a saved-search feature for the Brightloop web app.'] },
      { company: 'Brightloop Inc.', title: 'Associate Product Manager', titleAlt: '助理产品经理', city: 'Seattle, WA', start: '2017-07', end: '2019-06',
        bullets: ['Owned onboarding funnel; ran 30+ A/B tests, activation +11%.'] },
      { company: '北京字里行间科技有限公司', title: '高级产品经理', titleAlt: 'Senior Product Manager', city: '北京', start: '2019-08', end: '2022-10',
        bullets: ['负责阅读 App 社区与推荐产品线，DAU 从 180 万增长至 420 万。'] },
      { company: '北京青檬出行科技有限公司', title: '产品总监', titleAlt: 'Head of Product', city: '北京', start: '2022-11', end: null,
        bullets: ['带领 20 人产品团队，负责乘客端与司机端产品。', 'Launched carpool matching v2, order completion +7.5%.'] },
    ],
    education: [{ school: 'University of Puget Sound Heights', degree: 'M.S. Information Management', start: '2015-09', end: '2017-06', city: 'Seattle, WA' }, { school: '北方交通大学', degree: '信息管理与信息系统 管理学学士', start: '2011-09', end: '2015-06', city: '北京' }],
    languages: ['英语 English (fluent, TOEFL 109)', '普通话 Mandarin (native)'],
    certificates: ['PMP®（2021）', 'NPDP 产品经理国际资格认证'],
    referees: [],
  },
];
