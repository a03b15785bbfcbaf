/**
 * heldout-56: the 16 invented people. Everything here is made up — people, employers, schools, addresses, e-mail
 * addresses and phone numbers (numbers are only valid in shape for their country).
 *
 * `skills[].name` is the spelling printed in every document of that person; `alt` are synonyms / abbreviations that go
 * after " | " in truth.json. Titles are free to change language between documents; employers, dates and skills are not.
 */
export type Lang = 'en' | 'zh' | 'mixed';

export interface Skill { name: string; alt?: string[] }

export interface Job {
  company: string;
  /** English gloss of a Chinese employer name, printed only as an extra line in a few documents. */
  companyEn?: string;
  title: string;
  /** Chinese title for mixed people (title is English for them). */
  titleZh?: string;
  start: string;
  end: string | null;
  town: string;
  kind?: 'internship' | 'part-time' | 'contract';
  duties: string[];
  /** Chinese duties for mixed people. */
  dutiesZh?: string[];
}

export interface Edu { school: string; degree: string; start: string; end: string; town?: string; note?: string; degreeZh?: string }

export interface Referee { name: string; role: string; org: string; phone: string; email?: string }

export interface Person {
  id: string;
  lang: Lang;
  /** The name as written (Chinese name for mixed people). */
  name: string;
  /** Latin-script form for forms and English headers (mixed / Malaysian / Macau people). */
  latin?: string;
  family: string;
  given: string;
  email: string;
  /** E.164 of the own mobile. */
  phone: string;
  /** How the person usually prints it in an international document. */
  phoneIntl: string;
  /** Domestic way of writing it. */
  phoneLocal: string;
  otherPhones: { label: string; labelZh?: string; number: string }[];
  born: string;
  gender: 'F' | 'M';
  nationality: string;
  town: string;
  address: string;
  headline: string;
  headlineZh?: string;
  summary: string;
  summaryZh?: string;
  skills: Skill[];
  work: Job[];
  education: Edu[];
  languages: string[];
  languagesZh?: string[];
  certificates: string[];
  referees: Referee[];
}

export const REFERENCE = '2026-12';

export const people: Person[] = [
  {
    id: 'p01', lang: 'en', name: 'Faisal Abdulrahman Al-Qahtani', family: 'Al-Qahtani', given: 'Faisal Abdulrahman',
    email: 'faisal.alqahtani.hse@outlook.sa', phone: '+966553184702', phoneIntl: '+966 55 318 4702', phoneLocal: '055 318 4702',
    otherPhones: [{ label: 'Office', number: '+966 13 361 2290 Ext. 114' }],
    born: '1990-10-03', gender: 'M', nationality: 'Saudi', town: 'Jubail Industrial City',
    address: 'P.O. Box 10744, Jubail Industrial City 31961, Kingdom of Saudi Arabia',
    headline: 'HSE Superintendent',
    summary: 'HSE engineer with thirteen years in petrochemical maintenance and construction contracting in the Eastern Province. Leads permit-to-work, incident investigation and contractor safety programmes for shutdowns of up to 2,400 workers.',
    skills: [
      { name: 'Incident Investigation' },
      { name: 'HAZOP / HAZID Facilitation', alt: ['HAZOP', 'HAZID'] },
      { name: 'Permit to Work (PTW)', alt: ['Permit to Work', 'PTW'] },
      { name: 'ISO 45001 Internal Auditing', alt: ['ISO 45001'] },
      { name: 'Behaviour-Based Safety (BBS)', alt: ['Behaviour-Based Safety', 'Behavior-Based Safety', 'BBS'] },
      { name: 'Root Cause Analysis', alt: ['RCA'] },
      { name: 'Emergency Response Planning', alt: ['ERP'] },
      { name: 'Confined Space Entry' },
      { name: 'SAP EHS', alt: ['SAP Environment, Health and Safety'] },
      { name: 'MS Excel', alt: ['Microsoft Excel', 'Excel'] },
    ],
    work: [
      { company: 'Al-Rawabi Industrial Contracting Co.', title: 'HSE Officer', start: '2013-10', end: '2016-04', town: 'Jubail',
        duties: ['Daily site inspections and toolbox talks for scaffolding and piping crews of 300+ workers.', 'Issued and audited hot-work and confined-space permits during two turnaround seasons.'] },
      { company: 'Tamdeen Arabia Engineering Ltd.', title: 'HSE Engineer', start: '2016-05', end: '2019-02', town: 'Dammam',
        duties: ['Prepared project HSE plans and job safety analyses for EPC packages.', 'Led 40+ incident investigations and tracked corrective actions to closure.', 'Introduced a behaviour-based observation card scheme across three sites.'] },
      { company: 'Jubail Polymers Maintenance Company (JPMC)', title: 'Senior HSE Engineer', start: '2019-03', end: '2022-08', town: 'Jubail Industrial City',
        duties: ['Ran the permit-to-work system for the polymers complex (1,100 permits a month).', 'Facilitated HAZOP and HAZID workshops for plant modifications.'] },
      { company: 'Jubail Polymers Maintenance Company (JPMC)', title: 'HSE Superintendent', start: '2022-09', end: null, town: 'Jubail Industrial City',
        duties: ['Leads a team of 14 HSE engineers and officers across maintenance and shutdown work.', 'Achieved 6.2 million man-hours without a lost-time injury (2023–2025).', 'Lead auditor for the ISO 45001 internal audit programme.'] },
    ],
    education: [{ school: 'Dhahran Institute of Technology', degree: 'B.Sc. Chemical Engineering', start: '2008-09', end: '2013-06', town: 'Dhahran', note: 'GPA 3.41 / 4.00' }],
    languages: ['Arabic — native', 'English — fluent'],
    certificates: ['NEBOSH International General Certificate (2014)', 'OSHA 30-Hour General Industry (2015)', 'IOSH Managing Safely (2017)', 'Certified Safety Professional, CSP (2021)'],
    referees: [
      { name: 'Eng. Saad Al-Dossary', role: 'HSE Manager', org: 'Jubail Polymers Maintenance Company', phone: '+966 50 441 9283' },
      { name: 'Mr. Khalid Al-Shehri', role: 'Project Manager', org: 'Tamdeen Arabia Engineering Ltd.', phone: '+966 54 207 6618' },
    ],
  },
  {
    id: 'p02', lang: 'en', name: 'Omar Tarek Abdelrahman', family: 'Abdelrahman', given: 'Omar Tarek',
    email: 'omar.t.abdelrahman@outlook.com', phone: '+201028475193', phoneIntl: '+20 10 2847 5193', phoneLocal: '010 2847 5193',
    otherPhones: [{ label: 'Home', number: '+20 2 2418 7730' }],
    born: '1992-02-11', gender: 'M', nationality: 'Egyptian', town: 'Nasr City, Cairo',
    address: '14 Abbas El-Akkad St., Nasr City, Cairo, Egypt',
    headline: 'Senior SDET | QA Automation Engineer',
    summary: 'QA automation engineer with eleven years in fintech and logistics software. Builds test frameworks from scratch, moves regression suites into CI and coaches manual testers into automation.',
    skills: [
      { name: 'Selenium WebDriver', alt: ['Selenium'] }, { name: 'Cypress' }, { name: 'Playwright' }, { name: 'REST Assured' },
      { name: 'Postman' }, { name: 'Apache JMeter', alt: ['JMeter'] }, { name: 'Java' }, { name: 'TypeScript' }, { name: 'SQL' },
      { name: 'Jenkins' }, { name: 'Docker' }, { name: 'Appium' },
    ],
    work: [
      { company: 'Nile Systems Integration', title: 'Software Testing Intern', start: '2014-07', end: '2014-09', town: 'Smart Village, Giza', kind: 'internship',
        duties: ['Executed manual test cases for an ERP HR module and logged defects in Mantis.'] },
      { company: 'Delta Soft Solutions S.A.E.', title: 'Junior QA Engineer', start: '2015-01', end: '2017-06', town: 'Maadi, Cairo',
        duties: ['Wrote and ran functional and regression test cases for banking web portals.', 'Started the first Selenium suite of the team (Java, TestNG).'] },
      { company: 'Pyramid FinTech', title: 'QA Automation Engineer', start: '2017-07', end: '2021-03', town: 'New Cairo',
        duties: ['Built the API test framework on REST Assured; 1,900 automated checks in Jenkins.', 'Load-tested the wallet service with JMeter before each release.', 'Mobile automation of the Android and iOS apps with Appium.'] },
      { company: 'Cairo Logistics Cloud', title: 'Senior SDET', start: '2021-04', end: null, town: 'Nasr City, Cairo',
        duties: ['Leads a test-automation chapter of six engineers.', 'Moved end-to-end tests from Selenium to Playwright and cut run time from 70 to 18 minutes.', 'Owns contract tests between 30 microservices.'] },
    ],
    education: [{ school: 'Giza Higher Institute of Engineering', degree: 'B.Sc. Computer Engineering', start: '2009-09', end: '2014-06', town: 'Giza', note: 'Grade: Very Good' }],
    languages: ['Arabic — native', 'English — fluent', 'German — beginner (A1)'],
    certificates: ['ISTQB Certified Tester, Foundation Level (2016)', 'ISTQB Advanced Level Test Automation Engineer (2020)'],
    referees: [{ name: 'Eng. Hany Mansour', role: 'Engineering Manager', org: 'Pyramid FinTech', phone: '+20 12 2781 4450' }],
  },
  {
    id: 'p03', lang: 'en', name: 'Hrafnhildur Jónsdóttir', family: 'Jónsdóttir', given: 'Hrafnhildur',
    email: 'hrafnj.geo@gmail.com', phone: '+3548624417', phoneIntl: '+354 862 4417', phoneLocal: '862 4417',
    otherPhones: [{ label: 'Office (switchboard)', number: '+354 422 5300' }],
    born: '1986-04-22', gender: 'F', nationality: 'Icelandic', town: 'Reykjavík',
    address: 'Hverfisgata 71, 101 Reykjavík, Iceland',
    headline: 'Lead Reservoir Engineer (geothermal)',
    summary: 'Geothermal reservoir engineer: numerical models of high-temperature fields, well tests and tracer tests, from exploration wells to 90 MWe production.',
    skills: [
      { name: 'Numerical reservoir simulation' }, { name: 'TOUGH2', alt: ['iTOUGH2'] }, { name: 'Well test analysis', alt: ['well testing'] },
      { name: 'Tracer test interpretation' }, { name: 'Python' }, { name: 'Petrel' }, { name: 'ArcGIS', alt: ['GIS'] },
      { name: 'Geochemical modelling', alt: ['geochemical modeling'] },
    ],
    work: [
      { company: 'Jarðvarmi ehf.', title: 'Graduate Engineer', start: '2012-06', end: '2014-08', town: 'Reykjanesbær',
        duties: ['Logged drilling data and ran injectivity tests on exploration wells.', 'Maintained the well database and pressure-temperature profiles.'] },
      { company: 'Norðurljós Geothermal Institute', title: 'Research Engineer', start: '2014-09', end: '2018-12', town: 'Reykjavík',
        duties: ['Built TOUGH2 models of two high-temperature fields for resource assessment.', 'Co-supervised four M.Sc. theses on tracer tests.'] },
      { company: 'Hafnarfjörður Technical College', title: 'Part-time Lecturer', start: '2016-01', end: '2018-05', town: 'Hafnarfjörður', kind: 'part-time',
        duties: ['Taught "Thermodynamics for technicians" (evening course, 4 h/week).'] },
      { company: 'Hekla Energy hf.', title: 'Reservoir Engineer', start: '2019-01', end: '2022-05', town: 'Reykjavík',
        duties: ['Ran production forecasts for a 90 MWe field and planned make-up wells.', 'Interpreted well tests and two field-wide tracer tests.'] },
      { company: 'Hekla Energy hf.', title: 'Lead Reservoir Engineer', start: '2022-06', end: null, town: 'Reykjavík',
        duties: ['Leads a team of five reservoir engineers and geochemists.', 'Owner of the field model used for the 2024 expansion decision.'] },
    ],
    education: [
      { school: 'Reykjavík Institute of Technology', degree: 'M.Sc. Sustainable Energy Engineering', start: '2010-08', end: '2012-06', town: 'Reykjavík' },
      { school: 'Eyjafjörður University', degree: 'B.Sc. Mechanical Engineering', start: '2007-08', end: '2010-06', town: 'Akureyri' },
    ],
    languages: ['Icelandic (native)', 'English (C2)', 'Danish (B2)', 'German (A2)'],
    certificates: ['IGA Geothermal Reservoir Engineering short course (2015)'],
    referees: [],
  },
  {
    id: 'p04', lang: 'en', name: 'Maricel Dela Cruz Santos', family: 'Santos', given: 'Maricel',
    email: 'maricel.santos.va@gmail.com', phone: '+639174826031', phoneIntl: '+63 917 482 6031', phoneLocal: '0917 482 6031',
    otherPhones: [{ label: 'Landline', number: '(032) 254 8816' }],
    born: '1991-07-09', gender: 'F', nationality: 'Filipino', town: 'Cebu City',
    address: '27-B Sikatuna St., Brgy. Kamputhaw, Cebu City 6000',
    headline: 'Executive Virtual Assistant / Bookkeeper',
    summary: 'Remote executive assistant and bookkeeper for US small businesses since 2018. Keeps the books in QuickBooks Online and Xero, runs calendars and inboxes, and handles patient and tenant e-mail.',
    skills: [
      { name: 'QuickBooks Online', alt: ['QBO'] }, { name: 'Xero' }, { name: 'Bookkeeping' }, { name: 'Accounts Payable', alt: ['AP'] },
      { name: 'Bank Reconciliation' }, { name: 'Calendar Management' }, { name: 'Google Workspace', alt: ['G Suite'] }, { name: 'Canva' },
      { name: 'Customer Support' }, { name: 'Data Entry' },
    ],
    work: [
      { company: 'Mactan Outsourcing Corp.', title: 'Customer Service Representative', start: '2013-06', end: '2015-11', town: 'Lapu-Lapu City',
        duties: ['Handled inbound billing calls for a US telecom account (average 70 calls a shift).', 'Team top performer in CSAT for five months.'] },
      { company: 'Visayas Accounting Partners', title: 'Bookkeeping Assistant', start: '2015-12', end: '2018-07', town: 'Cebu City',
        duties: ['Recorded sales and expenses for 25 local clients; prepared BIR forms 2550M and 1601-C.', 'Monthly bank reconciliations.'] },
      { company: 'Brightline Property Management LLC', title: 'Virtual Assistant / Bookkeeper', start: '2018-08', end: '2021-12', town: 'Phoenix, AZ (remote)',
        duties: ['Managed accounts payable and owner statements for 140 rental units in QuickBooks Online.', 'Answered tenant e-mail and scheduled maintenance vendors.'] },
      { company: 'Harbor & Pine Dental Group', title: 'Executive Virtual Assistant', start: '2022-01', end: null, town: 'Portland, OR (remote)',
        duties: ['Manages the calendar and inbox of the managing dentist and two practice managers.', 'Keeps the books of three clinics in Xero; month-end close in 5 working days.', 'Designs patient newsletters in Canva.'] },
    ],
    education: [{ school: 'Southern Visayas State College', degree: 'Bachelor of Science in Accountancy', start: '2009-06', end: '2013-04', town: 'Cebu City' }],
    languages: ['English', 'Filipino', 'Cebuano'],
    certificates: ['QuickBooks Online ProAdvisor (2020)', 'Xero Advisor Certification (2021)'],
    referees: [
      { name: 'Ms. Rowena Villanueva', role: 'Senior Accountant', org: 'Visayas Accounting Partners', phone: '0918 553 2710' },
      { name: 'Mr. Greg Halvorsen', role: 'Owner', org: 'Brightline Property Management LLC', phone: '+1 602 555 0183' },
      { name: 'Mr. Dennis Cabahug', role: 'Team Leader', org: 'Mactan Outsourcing Corp.', phone: '0922 817 4406' },
    ],
  },
  {
    id: 'p05', lang: 'en', name: 'Dana Okafor-Reyes', family: 'Okafor-Reyes', given: 'Dana',
    email: 'dana@okafor-reyes.net', phone: '+15125550147', phoneIntl: '+1 512 555 0147', phoneLocal: '(512) 555-0147',
    otherPhones: [],
    born: '1991-05-02', gender: 'F', nationality: 'US', town: 'Austin, TX',
    address: 'Austin, TX 78704',
    headline: 'Staff Security Engineer',
    summary: 'Security engineer (12 years) in payments, healthcare and energy: cloud security on AWS, threat modeling, detection engineering and incident response. Prefers fixing the platform to writing policies about it.',
    skills: [
      { name: 'Threat Modeling' }, { name: 'AWS Security', alt: ['Amazon Web Services security'] }, { name: 'Terraform' },
      { name: 'Kubernetes', alt: ['K8s'] }, { name: 'Python' }, { name: 'Go', alt: ['Golang'] }, { name: 'Splunk' },
      { name: 'Incident Response', alt: ['IR'] }, { name: 'OAuth 2.0 / OIDC', alt: ['OAuth', 'OpenID Connect'] }, { name: 'Vulnerability Management' },
    ],
    work: [
      { company: 'Lone Star Credit Union', title: 'IT Security Analyst', start: '2014-08', end: '2017-03', town: 'Austin, TX',
        duties: ['Triaged SIEM alerts and ran quarterly vulnerability scans for 40 branches.', 'Wrote the first incident-response runbooks.'] },
      { company: 'Bluebonnet Health Systems', title: 'Security Engineer', start: '2017-04', end: '2020-06', town: 'Round Rock, TX',
        duties: ['Built Splunk detections for EHR access abuse (HIPAA).', 'Ran the vulnerability-management program for 6,000 endpoints.'] },
      { company: 'Meridian Energy Partners', title: 'Cloud Security Engineer (contract)', start: '2020-07', end: '2023-09', town: 'Houston, TX (remote)', kind: 'contract',
        duties: ['Designed guardrails for 120 AWS accounts (SCPs, Terraform modules).', 'Threat-modeled the OT data platform with plant engineers.'] },
      { company: 'Kestrel Payments, Inc.', title: 'Staff Security Engineer', start: '2023-10', end: null, town: 'Austin, TX',
        duties: ['Owns the security architecture of the card-issuing platform (PCI DSS).', 'Replaced shared secrets with OIDC workload identity across 300 services.', 'Incident commander on the on-call rotation.'] },
    ],
    education: [{ school: 'Hill Country State University', degree: 'B.S. Computer Science', start: '2010-08', end: '2014-05', town: 'San Marcos, TX' }],
    languages: ['English (native)', 'Spanish (professional working)'],
    certificates: ['CISSP (2019)', 'OSCP (2018)', 'AWS Certified Security – Specialty (2021)'],
    referees: [],
  },
  {
    id: 'p06', lang: 'en', name: 'Karthik Subramanian', family: 'Subramanian', given: 'Karthik',
    email: 'karthiks.dataeng@gmail.com', phone: '+919845031762', phoneIntl: '+91 98450 31762', phoneLocal: '098450 31762',
    otherPhones: [{ label: 'Home', number: '+91 80 2665 4418' }],
    born: '1992-11-19', gender: 'M', nationality: 'Indian', town: 'Bengaluru',
    address: '#42, 3rd Cross, 7th Block, Jayanagar, Bengaluru 560070',
    headline: 'Senior Data Engineer',
    summary: 'Data engineer with twelve years across research computing, IT services and retail analytics; builds batch and streaming pipelines on Spark, Kafka and Snowflake.',
    skills: [
      { name: 'Apache Spark', alt: ['Spark', 'PySpark'] }, { name: 'Apache Airflow', alt: ['Airflow'] }, { name: 'Apache Kafka', alt: ['Kafka'] },
      { name: 'SQL' }, { name: 'Python' }, { name: 'Scala' }, { name: 'dbt' }, { name: 'Snowflake' }, { name: 'AWS Glue' },
      { name: 'Data Modelling', alt: ['Data Modeling'] },
    ],
    work: [
      { company: 'Deccan Institute of Science', title: 'Project Associate', start: '2014-06', end: '2015-06', town: 'Bengaluru',
        duties: ['Wrote Python pipelines for monsoon rainfall station data (DST-funded project).'] },
      { company: 'Tranquil Softech Pvt. Ltd.', title: 'Trainee Software Engineer', start: '2015-07', end: '2016-06', town: 'Chennai',
        duties: ['ETL jobs and SQL reports for an insurance client.'] },
      { company: 'Tranquil Softech Pvt. Ltd.', title: 'Software Engineer', start: '2016-07', end: '2018-09', town: 'Chennai',
        duties: ['Migrated Informatica jobs to Spark on Hadoop; 40% lower batch window.', 'On-site at the client in Pune for 5 months.'] },
      { company: 'Kaveri Analytics Pvt. Ltd.', title: 'Data Engineer', start: '2018-10', end: '2022-01', town: 'Bengaluru',
        duties: ['Kafka and Spark Structured Streaming pipelines for telecom usage events (2 billion a day).', 'Airflow DAGs for 150 daily loads.'] },
      { company: 'Nilgiri Retail Labs', title: 'Senior Data Engineer', start: '2022-02', end: null, town: 'Bengaluru',
        duties: ['Leads the move from Hive to Snowflake and dbt for the merchandising data mart.', 'Mentors four data engineers; owns data-quality checks.'] },
    ],
    education: [{ school: 'Tungabhadra Institute of Technology', degree: 'B.E. Computer Science and Engineering', start: '2010-08', end: '2014-05', town: 'Hosapete', note: '8.1 CGPA' }],
    languages: ['Tamil (native)', 'English', 'Kannada', 'Hindi'],
    certificates: ['Databricks Certified Data Engineer Associate (2023)', 'SnowPro Core Certification (2022)'],
    referees: [],
  },
  {
    id: 'p07', lang: 'en', name: 'Anjana Shrestha', family: 'Shrestha', given: 'Anjana',
    email: 'anjana.shr.mne@gmail.com', phone: '+9779841235870', phoneIntl: '+977 984-1235870', phoneLocal: '9841235870',
    otherPhones: [{ label: 'Office', number: '01-5544210' }],
    born: '1990-08-30', gender: 'F', nationality: 'Nepali', town: 'Lalitpur',
    address: 'Sanepa-2, Lalitpur, Bagmati Province, Nepal',
    headline: 'Monitoring & Evaluation Specialist',
    summary: 'M&E specialist with thirteen years in rural development, community health and WASH programmes in Nepal; designs results frameworks, digital data collection and evaluations with government partners.',
    skills: [
      { name: 'Results-Based M&E', alt: ['RBM&E', 'results-based monitoring and evaluation'] }, { name: 'KoboToolbox' },
      { name: 'ODK', alt: ['Open Data Kit'] }, { name: 'SPSS' }, { name: 'Stata' }, { name: 'Power BI' },
      { name: 'Logframe Design', alt: ['logical framework'] }, { name: 'DHIS2' }, { name: 'Qualitative Research (FGD/KII)', alt: ['FGD', 'KII'] },
    ],
    work: [
      { company: 'Himalayan Rural Development Forum (HRDF)', title: 'Field Monitoring Officer', start: '2013-09', end: '2016-01', town: 'Dhulikhel, Kavre',
        duties: ['Monitored 38 women’s savings groups; monthly field reports to the donor.', 'Supported post-earthquake needs assessment in 2015.'] },
      { company: 'Sagarmatha Community Health Initiative', title: 'M&E Officer', start: '2016-02', end: '2019-07', town: 'Kathmandu',
        duties: ['Set up KoboToolbox data collection for 120 female community health volunteers.', 'Quarterly data-quality audits with municipal health sections.'] },
      { company: 'GreenAid Nepal', title: 'Senior M&E Officer', start: '2019-08', end: '2022-03', town: 'Birendranagar, Surkhet',
        duties: ['Designed the logframe and baseline of a 5-year livelihoods programme in Karnali Province.', 'Managed the mid-term evaluation team (external consultants).'] },
      { company: 'International Water & Sanitation Alliance (IWSA)', title: 'M&E Specialist', start: '2022-04', end: null, town: 'Lalitpur',
        duties: ['Leads M&E for WASH projects in 14 municipalities; reports to two bilateral donors.', 'Built the Power BI dashboard used by the municipal WASH units.', 'Links project data with DHIS2 of the health ministry.'] },
    ],
    education: [
      { school: 'Bagmati University', degree: 'Master of Arts in Rural Development', start: '2011-09', end: '2013-08', town: 'Kirtipur', note: 'First Division' },
      { school: 'Bagmati University', degree: 'Bachelor of Arts (Sociology)', start: '2008-09', end: '2011-08', town: 'Kathmandu', note: 'Second Division' },
    ],
    languages: ['Nepali (native)', 'Newari (spoken)', 'English (fluent)', 'Hindi (good)'],
    certificates: ['Training: Impact Evaluation Methods, 10 days (2018)', 'Training: Data Visualisation with Power BI, 5 days (2021)'],
    referees: [
      { name: 'Dr. Bishnu Prasad Adhikari', role: 'Country Representative', org: 'IWSA Nepal', phone: '9851047732', email: 'b.adhikari@iwsa-nepal.org' },
      { name: 'Ms. Sunita Gurung', role: 'Programme Manager', org: 'GreenAid Nepal', phone: '9858051426' },
      { name: 'Mr. Rajendra Karki', role: 'Executive Director', org: 'Sagarmatha Community Health Initiative', phone: '9803365120' },
    ],
  },
  {
    id: 'p08', lang: 'zh', name: '韦思远', family: '韦', given: '思远',
    email: 'wsy_yunying@163.com', phone: '+8613928417736', phoneIntl: '+86 139 2841 7736', phoneLocal: '139-2841-7736',
    otherPhones: [],
    born: '1993-03-18', gender: 'M', nationality: '中国', town: '广州',
    address: '广州市海珠区新港中路 397 号',
    headline: '电商运营经理',
    summary: '11 年电商运营经验，先后负责天猫母婴店铺与亚马逊北美站，熟悉站内广告、选品、供应链协调和团队管理。',
    skills: [
      { name: '生意参谋' }, { name: '直通车' }, { name: '亚马逊广告投放', alt: ['Amazon PPC', '亚马逊广告'] },
      { name: '数据透视表', alt: ['Excel 数据透视表', 'Pivot Table'] }, { name: 'SQL' }, { name: 'Photoshop', alt: ['PS'] },
      { name: '抖音小店' }, { name: '供应链协调' },
    ],
    work: [
      { company: '广州云帆服饰有限公司', title: '电商运营助理', start: '2015-07', end: '2017-03', town: '广州',
        duties: ['负责淘宝 C 店日常上新、详情页文案和活动报名', '整理每日销售与流量报表'] },
      { company: '深圳市小禾母婴用品有限公司', title: '天猫店铺运营', start: '2017-04', end: '2020-05', town: '深圳',
        duties: ['独立运营天猫旗舰店，年销售额从 1800 万增长到 4600 万', '负责直通车、钻展投放，ROI 稳定在 3.5 以上', '策划双十一、618 大促'] },
      { company: '广州星辰跨境电子商务有限公司', title: '亚马逊运营主管', start: '2020-06', end: '2023-08', town: '广州',
        duties: ['负责北美站 3 个品牌店铺，管理 5 人运营小组', '优化广告结构，ACoS 由 32% 降到 19%'] },
      { company: '广州星辰跨境电子商务有限公司', title: '运营经理', start: '2023-09', end: null, town: '广州',
        duties: ['统筹亚马逊、TikTok Shop 与独立站运营，团队 14 人', '与工厂和物流商协调备货，库存周转天数缩短 20 天', '搭建 SQL 销售看板'] },
    ],
    education: [{ school: '华南商贸学院', degree: '电子商务 本科', start: '2011-09', end: '2015-06', town: '广州' }],
    languages: ['普通话（母语）', '粤语（流利）', '英语（CET-6，读写熟练）'],
    certificates: ['电子商务师（三级）', '全国大学英语六级（CET-6）'],
    referees: [],
  },
  {
    id: 'p09', lang: 'zh', name: '黄慧敏', latin: 'WONG HUI MIN', family: '黄', given: '慧敏',
    email: 'huimin.wong88@gmail.com', phone: '+60123874419', phoneIntl: '+60 12-387 4419', phoneLocal: '012-387 4419',
    otherPhones: [{ label: 'Home', labelZh: '住家', number: '03-7781 2245' }],
    born: '1988-05-14', gender: 'F', nationality: '马来西亚', town: '八打灵再也',
    address: 'No. 18, Jalan SS 2/64, 47300 Petaling Jaya, Selangor',
    headline: '会计经理',
    summary: '12 年会计与审计经验，熟悉马来西亚税务（SST、所得税）、MFRS 财务报表编制与月结流程，曾负责 3 家子公司账务。',
    skills: [
      { name: 'AutoCount' }, { name: 'SQL Accounting' }, { name: 'SST 申报', alt: ['SST'] }, { name: '所得税申报 (e-Filing)', alt: ['e-Filing', 'Form C'] },
      { name: 'MFRS 财务报表编制', alt: ['MFRS'] }, { name: '银行对账' }, { name: 'EPF/SOCSO 工资计算', alt: ['EPF', 'SOCSO', 'payroll'] },
      { name: 'Microsoft Excel', alt: ['Excel'] },
    ],
    work: [
      { company: 'Tan & Lee Chartered Accountants', title: '审计助理', start: '2014-07', end: '2016-12', town: '吉隆坡',
        duties: ['参与 30 多家中小企业的法定审计', '编制审计底稿与税务计算表'] },
      { company: 'Sinar Maju Trading Sdn. Bhd.', title: '会计员', start: '2017-01', end: '2019-06', town: '巴生',
        duties: ['负责应收应付、银行对账与月结', '每月准备 SST 申报资料'] },
      { company: 'Sinar Maju Trading Sdn. Bhd.', title: '高级会计员', start: '2019-07', end: '2021-10', town: '巴生',
        duties: ['负责两家子公司的全盘账务', '协调外部审计与税务代理'] },
      { company: 'Perdana Foods Manufacturing Sdn. Bhd.', title: '会计经理', start: '2021-11', end: null, town: '莎阿南',
        duties: ['领导 5 人会计团队，月结由 12 天缩短至 6 天', '编制 MFRS 财务报表与管理报表', '负责 EPF/SOCSO 工资及所得税申报'] },
    ],
    education: [
      { school: '马六甲中华学院', degree: '会计学（荣誉）学士', start: '2010-06', end: '2014-05', town: '马六甲' },
      { school: '雪兰莪光明独立中学', degree: '高中（统考 UEC，5A）', start: '2004-01', end: '2009-11', town: '巴生' },
    ],
    languages: ['华语（流利）', '英语（流利）', '马来语（良好）', '粤语（流利）', '福建话（一般）'],
    certificates: ['马来西亚会计师公会（MIA）注册会计师', 'ACCA 资深会员'],
    referees: [
      { name: '陈国伟 先生', role: '合伙人', org: 'Tan & Lee Chartered Accountants', phone: '019-276 3381' },
      { name: '林素芬 女士', role: '财务经理', org: 'Sinar Maju Trading Sdn. Bhd.', phone: '016-902 4457' },
    ],
  },
  {
    id: 'p10', lang: 'zh', name: '邓立军', family: '邓', given: '立军',
    email: '1842736590@qq.com', phone: '+8613530518824', phoneIntl: '+86 135 3051 8824', phoneLocal: '13530518824',
    otherPhones: [],
    born: '1990-06-21', gender: 'M', nationality: '中国', town: '苏州',
    address: '江苏省苏州市吴中区长桥街道 龙西路 88 号',
    headline: '资深机构工程师',
    summary: '15 年模具与结构设计经验，从模具学徒做起，熟悉五金、塑胶模具及光电产品结构设计，擅长 DFM 与量产问题分析。',
    skills: [
      { name: 'SolidWorks' }, { name: 'AutoCAD', alt: ['CAD'] }, { name: 'UG NX', alt: ['UG', 'Unigraphics'] }, { name: '模具设计' },
      { name: 'DFM 分析', alt: ['DFM'] }, { name: 'GD&T' }, { name: '8D 报告', alt: ['8D'] }, { name: 'Moldflow' },
    ],
    work: [
      { company: '东莞市鼎丰五金制品有限公司', title: '模具学徒', start: '2011-07', end: '2012-12', town: '东莞',
        duties: ['跟师傅学习冲压模具装配、试模', '维护模具图档'] },
      { company: '东莞市鼎丰五金制品有限公司', title: '模具设计员', start: '2013-01', end: '2015-08', town: '东莞',
        duties: ['独立设计连续冲压模具 40 余套', '用 AutoCAD 出排样图与零件图'] },
      { company: '东莞宏利精密电子有限公司', title: '机构工程师', start: '2015-09', end: '2020-02', town: '东莞',
        duties: ['负责笔记本电脑转轴与外壳结构设计', '主导新品 DFM 评审，试产良率提升至 98%', '处理客户端 8D 问题'] },
      { company: '苏州鑫展光电科技有限公司', title: '资深机构工程师', start: '2020-03', end: null, town: '苏州',
        duties: ['负责车载显示模组结构设计，带 3 名工程师', '制定公差分析与 GD&T 标注规范', '用 Moldflow 评估塑件翘曲'] },
    ],
    education: [{ school: '湘南机电职业技术学院', degree: '模具设计与制造 大专', start: '2008-09', end: '2011-06', town: '郴州' }],
    languages: ['普通话', '英语（能阅读英文图纸和规格书）'],
    certificates: ['模具设计师（国家职业资格四级）', 'SolidWorks CSWA'],
    referees: [],
  },
  {
    id: 'p11', lang: 'zh', name: '曹雨桐', family: '曹', given: '雨桐',
    email: 'cao.yutong@126.com', phone: '+8618771930426', phoneIntl: '+86 187 7193 0426', phoneLocal: '187 7193 0426',
    otherPhones: [],
    born: '1993-10-07', gender: 'F', nationality: '中国', town: '武汉',
    address: '湖北省武汉市武昌区中南二路 16 号',
    headline: '内科主治医师',
    summary: '临床医学本科，内科工作 10 年，擅长常见心血管及呼吸系统疾病诊治，能独立完成胸穿、腰穿、深静脉置管等操作。',
    skills: [
      { name: '心电图判读' }, { name: '胸腔穿刺术' }, { name: '腰椎穿刺术' }, { name: '中心静脉置管', alt: ['CVC'] },
      { name: '床旁超声', alt: ['POCUS'] }, { name: 'SPSS' }, { name: '慢病管理' },
    ],
    work: [
      { company: '荆南县人民医院', title: '住院医师', start: '2016-08', end: '2020-07', town: '荆州',
        duties: ['内科轮转，负责病房 12 张床位的日常诊疗', '参与县域胸痛中心建设'] },
      { company: '武汉康华医院', title: '内科医师', start: '2020-08', end: '2023-02', town: '武汉',
        duties: ['心血管内科病房及门诊工作', '完成深静脉置管 100 余例'] },
      { company: '武汉康华医院', title: '主治医师', start: '2023-03', end: null, town: '武汉',
        duties: ['负责一个医疗组（20 张床位）', '带教规培医师与实习生', '开展床旁超声在心衰管理中的应用'] },
    ],
    education: [{ school: '湖北中南医学院', degree: '临床医学 本科（五年制），医学学士', start: '2011-09', end: '2016-06', town: '武汉' }],
    languages: ['英语（CET-6，能阅读英文文献）'],
    certificates: ['医师资格证书（2017）', '医师执业证书（2017，执业范围：内科专业）', '主治医师资格（2023）', 'BLS / ACLS 证书'],
    referees: [],
  },
  {
    id: 'p12', lang: 'zh', name: '梁嘉欣', latin: 'LEONG KA IAN', family: '梁', given: '嘉欣',
    email: 'leongkaian.mo@gmail.com', phone: '+85366328104', phoneIntl: '+853 6632 8104', phoneLocal: '6632 8104',
    otherPhones: [{ label: 'Home', labelZh: '住宅', number: '2852 1176' }],
    born: '1992-01-26', gender: 'F', nationality: '中國澳門', town: '澳門',
    address: '澳門氹仔 孫逸仙博士大馬路 368 號 海怡花園 第 3 座 12 樓 F',
    headline: '人事行政經理',
    summary: '12 年人力資源及行政經驗，涵蓋酒店、綜合度假村、教育基金會及物業管理；熟悉澳門勞動關係法、招聘、薪酬及員工關係。',
    skills: [
      { name: '招聘及面試安排' }, { name: '薪酬計算' }, { name: '澳門勞動關係法' }, { name: 'Microsoft Excel', alt: ['Excel'] },
      { name: '倉頡輸入法', alt: ['倉頡'] }, { name: '公文寫作' }, { name: '活動統籌' },
    ],
    work: [
      { company: '澳門海悅酒店管理有限公司', title: '人力資源助理', start: '2014-08', end: '2016-10', town: '澳門',
        duties: ['處理招聘廣告、面試安排及入職手續', '更新員工檔案及假期記錄'] },
      { company: '皇庭娛樂度假村股份有限公司', title: '人力資源主任', start: '2016-11', end: '2020-06', town: '路氹',
        duties: ['負責餐飲部約 600 名員工的招聘', '每月計算輪班津貼及超時工作報酬'] },
      { company: '澳門蓮峰教育基金會', title: '行政主任', start: '2020-07', end: '2023-12', town: '澳門',
        duties: ['統籌獎學金評審及頒獎活動', '草擬公函及會議紀錄'] },
      { company: '澳門樂群物業管理有限公司', title: '人事行政經理', start: '2024-01', end: null, town: '澳門',
        duties: ['管理 180 名保安及清潔員工的人事及薪酬', '修訂員工手冊以符合勞動關係法', '統籌年度員工活動'] },
    ],
    education: [{ school: '澳門濠江管理學院', degree: '工商管理學士（人力資源管理）', start: '2010-09', end: '2014-06', town: '澳門' }],
    languages: ['粵語（母語）', '普通話（流利）', '英語（良好）', '葡萄牙語（基礎）'],
    certificates: ['人力資源管理專業文憑（2018）'],
    referees: [],
  },
  {
    id: 'p13', lang: 'mixed', name: '周子涵', latin: 'ZHOU Zihan', family: '周', given: '子涵',
    email: 'zihan.zhou.design@outlook.com', phone: '+8618621075538', phoneIntl: '+86 186 2107 5538', phoneLocal: '186 2107 5538',
    otherPhones: [],
    born: '1995-04-12', gender: 'F', nationality: '中国 China', town: '上海 Shanghai',
    address: '上海市徐汇区漕溪北路 45 弄 6 号 (Xuhui District, Shanghai)',
    headline: 'UX Researcher / Industrial Designer', headlineZh: '用户研究员 / 工业设计师',
    summary: 'Industrial designer turned UX researcher (smart-home products). Plans and runs user interviews and usability tests, and still builds CAD prototypes.',
    summaryZh: '工业设计出身的用户研究员，专注智能家居产品，负责用户访谈与可用性测试，也能做 CAD 建模与原型。',
    skills: [
      { name: 'Rhino' }, { name: 'KeyShot' }, { name: 'Figma' }, { name: 'User Interviews', alt: ['用户访谈'] },
      { name: 'Usability Testing', alt: ['可用性测试'] }, { name: 'Adobe Illustrator', alt: ['AI', 'Illustrator'] },
      { name: 'Service Blueprinting' }, { name: 'Hand Sketching', alt: ['手绘'] },
    ],
    work: [
      { company: '上海蓝湾工业设计有限公司', companyEn: 'Bluebay Industrial Design', title: 'Design Intern', titleZh: '设计实习生', start: '2016-03', end: '2016-08', town: '上海 Shanghai', kind: 'internship',
        duties: ['Foam models and renderings for kitchen appliances.'], dutiesZh: ['为厨房小家电项目制作泡沫模型与效果图'] },
      { company: '上海蓝湾工业设计有限公司', companyEn: 'Bluebay Industrial Design', title: 'Industrial Designer', titleZh: '工业设计师', start: '2017-07', end: '2020-04', town: '上海 Shanghai',
        duties: ['Designed 11 products from sketch to mass production (CMF, Rhino, KeyShot).', 'Worked with tooling suppliers in Ningbo on DFM changes.'], dutiesZh: ['完成 11 款产品从草图到量产（CMF、Rhino、KeyShot）', '与宁波模具厂沟通 DFM 修改'] },
      { company: '合创智能家居（上海）有限公司', companyEn: 'HeChuang Smart Home (Shanghai) Co., Ltd.', title: 'UX Researcher', titleZh: '用户研究员', start: '2020-05', end: null, town: '上海 Shanghai',
        duties: ['Runs 60+ user interviews and home visits a year for the smart-lock and camera lines.', 'Usability testing of the app and the out-of-box experience.', 'Introduced service blueprints to the after-sales team.'], dutiesZh: ['每年完成 60 余场用户访谈与入户调研（智能门锁、摄像头）', '负责 App 与开箱体验的可用性测试', '推动售后团队使用服务蓝图'] },
    ],
    education: [
      { school: '华东艺术设计学院', degree: 'B.Eng. Industrial Design', degreeZh: '工业设计 学士', start: '2013-09', end: '2017-06', town: '上海 Shanghai' },
      { school: '上海市徐汇区银杏中学', degree: 'High school', degreeZh: '高中', start: '2010-09', end: '2013-06', town: '上海 Shanghai' },
      { school: '上海市徐汇区柳岸初级中学', degree: 'Junior middle school', degreeZh: '初中', start: '2007-09', end: '2010-06', town: '上海 Shanghai' },
      { school: '上海市徐汇区青枫小学', degree: 'Primary school', degreeZh: '小学', start: '2002-09', end: '2007-06', town: '上海 Shanghai' },
    ],
    languages: ['中文 Chinese (native)', 'English (IELTS 7.0)', 'Deutsch (A2, Goethe-Zertifikat)'],
    certificates: ['IELTS Academic 7.0 (2025)', 'Goethe-Zertifikat A2 (2026)'],
    referees: [],
  },
  {
    id: 'p14', lang: 'mixed', name: '陈柏言', latin: 'CHEN Boyan', family: '陈', given: '柏言',
    email: 'chenboyan.echem@gmail.com', phone: '+8615518693047', phoneIntl: '+86 155 1869 3047', phoneLocal: '155 1869 3047',
    otherPhones: [{ label: 'Office', labelZh: '办公', number: '+86 755 2660 3158' }],
    born: '1991-12-02', gender: 'M', nationality: '中国 China', town: '深圳 Shenzhen',
    address: '深圳市南山区西丽街道留仙大道 1088 号 (Nanshan, Shenzhen)',
    headline: 'R&D Manager, Battery Materials', headlineZh: '研发经理（电池材料）',
    summary: 'Electrochemist (PhD) leading solid-state electrolyte and cell development; from DFT screening to pouch-cell prototypes.',
    summaryZh: '电化学博士，带领固态电解质与电芯研发团队，覆盖从 DFT 筛选到软包原型的全过程。',
    skills: [
      { name: 'EIS', alt: ['Electrochemical Impedance Spectroscopy', '电化学阻抗谱'] }, { name: 'XRD' }, { name: 'SEM/TEM', alt: ['SEM', 'TEM'] },
      { name: 'Python' }, { name: 'COMSOL Multiphysics', alt: ['COMSOL'] }, { name: 'Origin', alt: ['OriginPro'] }, { name: 'VASP' },
      { name: 'Pouch Cell Assembly', alt: ['软包电池组装'] },
    ],
    work: [
      { company: 'Kowloon Institute of Technology', title: 'Research Assistant', titleZh: '研究助理', start: '2014-09', end: '2015-08', town: '香港 Hong Kong',
        duties: ['Synthesised cathode materials and ran cycling tests.'], dutiesZh: ['合成正极材料并进行循环测试'] },
      { company: '深圳先锋新能源研究院', companyEn: 'Shenzhen Pioneer New Energy Institute', title: 'Postdoctoral Fellow', titleZh: '博士后', start: '2019-09', end: '2021-08', town: '深圳 Shenzhen',
        duties: ['Sulfide solid electrolytes: synthesis, EIS and interface studies; 6 papers.'], dutiesZh: ['硫化物固态电解质合成、EIS 与界面研究，发表论文 6 篇'] },
      { company: '鹏城储能科技有限公司', companyEn: 'Pengcheng Energy Storage Technology Co., Ltd.', title: 'Senior Research Scientist', titleZh: '高级研究员', start: '2021-09', end: '2024-02', town: '深圳 Shenzhen',
        duties: ['Built the pouch-cell pilot line (5 Ah) and test protocols.', 'COMSOL models of lithium plating at fast charge.'], dutiesZh: ['搭建 5 Ah 软包中试线及测试规范', '用 COMSOL 模拟快充析锂'] },
      { company: '鹏城储能科技有限公司', companyEn: 'Pengcheng Energy Storage Technology Co., Ltd.', title: 'R&D Manager', titleZh: '研发经理', start: '2024-03', end: null, town: '深圳 Shenzhen',
        duties: ['Leads 12 researchers on solid-state cells; 9 patents filed.', 'Runs the joint lab with two universities.'], dutiesZh: ['带领 12 人固态电芯团队，申请专利 9 项', '负责与两所高校的联合实验室'] },
    ],
    education: [
      { school: '粤海科技大学', degree: 'Ph.D. Materials Science and Engineering', degreeZh: '材料科学与工程 博士', start: '2015-09', end: '2019-07', town: '广州 Guangzhou' },
      { school: '粤海科技大学', degree: 'B.Sc. Applied Chemistry', degreeZh: '应用化学 学士', start: '2010-09', end: '2014-06', town: '广州 Guangzhou' },
    ],
    languages: ['中文 (native)', 'English (fluent)', '粤语 Cantonese (good)'],
    certificates: [],
    referees: [],
  },
  {
    id: 'p15', lang: 'mixed', name: '许嘉宁', latin: 'XU Jianing', family: '许', given: '嘉宁',
    email: 'xujianing_scm@foxmail.com', phone: '+8615857129063', phoneIntl: '+86 158 5712 9063', phoneLocal: '158 5712 9063',
    otherPhones: [],
    born: '1995-08-23', gender: 'F', nationality: '中国 China', town: '杭州 Hangzhou',
    address: '杭州市西湖区文三路 259 号 (Xihu District, Hangzhou)',
    headline: 'Supply Chain Analyst', headlineZh: '供应链分析师',
    summary: 'Supply chain analyst with nine years in logistics, appliance manufacturing and trading; demand planning, S&OP and inventory analytics in SAP and Power BI.',
    summaryZh: '9 年物流、家电制造与贸易行业供应链经验，擅长需求计划、S&OP 与库存分析（SAP、Power BI）。',
    skills: [
      { name: 'SAP MM' }, { name: 'S&OP', alt: ['Sales and Operations Planning'] }, { name: 'Demand Forecasting', alt: ['需求预测'] },
      { name: 'Power BI' }, { name: 'Excel VBA', alt: ['VBA'] }, { name: 'Python (pandas)', alt: ['pandas', 'Python'] },
      { name: 'Inventory Optimisation', alt: ['Inventory Optimization', '库存优化'] }, { name: 'Incoterms 2020', alt: ['Incoterms'] },
    ],
    work: [
      { company: '杭州远通供应链管理有限公司', companyEn: 'Hangzhou Yuantong Supply Chain Management Co., Ltd.', title: 'Logistics Specialist', titleZh: '物流专员', start: '2017-07', end: '2019-09', town: '杭州 Hangzhou',
        duties: ['Booked sea and air freight for 40 exporters; customs documents.', 'Weekly KPI reports on on-time delivery.'], dutiesZh: ['为 40 家出口客户订舱、准备报关单证', '每周统计准时交付 KPI'] },
      { company: '浙江梦达电器股份有限公司', companyEn: 'Zhejiang Mengda Appliances Co., Ltd.', title: 'Supply Planner', titleZh: '供应链计划员', start: '2019-10', end: '2022-06', town: '宁波 Ningbo',
        duties: ['Material planning in SAP MM for two assembly lines.', 'Monthly S&OP input: forecast accuracy from 61% to 78%.'], dutiesZh: ['负责两条总装线的 SAP MM 物料计划', '参与月度 S&OP，预测准确率由 61% 提升至 78%'] },
      { company: '汉亚贸易（杭州）有限公司', companyEn: 'Hanse-Asia Trading (Hangzhou) Co., Ltd.', title: 'Supply Chain Analyst', titleZh: '供应链分析师', start: '2022-07', end: null, town: '杭州 Hangzhou',
        duties: ['Demand forecasting for 2,300 SKUs shipped to EU retailers (Python, pandas).', 'Power BI inventory dashboards; safety-stock review cut stock by 14%.'], dutiesZh: ['为发往欧洲零售商的 2300 个 SKU 做需求预测（Python、pandas）', '搭建 Power BI 库存看板，安全库存优化后库存下降 14%'] },
    ],
    education: [
      { school: '钱塘财经学院', degree: 'B.Mgt. Logistics Management', degreeZh: '物流管理 学士', start: '2013-09', end: '2017-06', town: '杭州 Hangzhou' },
      { school: '杭州市余杭区星河高级中学', degree: 'High school', degreeZh: '高中', start: '2010-09', end: '2013-06', town: '杭州 Hangzhou' },
      { school: '杭州市余杭区枫桥初级中学', degree: 'Junior middle school', degreeZh: '初中', start: '2007-09', end: '2010-06', town: '杭州 Hangzhou' },
      { school: '杭州市余杭区晓荷小学', degree: 'Primary school', degreeZh: '小学', start: '2001-09', end: '2007-06', town: '杭州 Hangzhou' },
    ],
    languages: ['中文 Chinese (native)', 'English (IELTS 7.5)', 'Deutsch (A2)'],
    certificates: ['IELTS Academic 7.5 (2025)', 'APICS CPIM Part 1 (2023)'],
    referees: [],
  },
  {
    id: 'p16', lang: 'mixed', name: '何詠琪', latin: 'HO Wing Ki, Winky', family: 'HO', given: 'Wing Ki',
    email: 'hwingki.crm@gmail.com', phone: '+85291374628', phoneIntl: '+852 9137 4628', phoneLocal: '9137 4628',
    otherPhones: [{ label: 'Office (direct)', labelZh: '辦公室直綫', number: '+852 3907 2215' }],
    born: '1993-06-15', gender: 'F', nationality: 'Hong Kong SAR 香港', town: 'Hong Kong 香港',
    address: 'Flat 12C, Block 3, Kornhill Gardens, Quarry Bay, Hong Kong',
    headline: 'Senior CRM & Loyalty Manager', headlineZh: '高級客戶關係及會員計劃經理',
    summary: 'CRM and loyalty marketer (11 years) in retail and beauty; runs lifecycle journeys, segmentation and loyalty programmes with Salesforce Marketing Cloud, Braze and SQL.',
    summaryZh: '零售及美妝行業客戶關係管理 11 年，負責會員計劃、客戶分群及自動化營銷旅程。',
    skills: [
      { name: 'Salesforce Marketing Cloud', alt: ['SFMC'] }, { name: 'Braze' }, { name: 'SQL' }, { name: 'Google Analytics 4', alt: ['GA4'] },
      { name: 'A/B Testing' }, { name: 'Customer Segmentation' }, { name: 'Loyalty Programme Design', alt: ['loyalty program design'] }, { name: 'Tableau' },
    ],
    work: [
      { company: 'Victoria Peak Retail Holdings Ltd.', title: 'Marketing Trainee', titleZh: '市場推廣見習生', start: '2015-08', end: '2016-07', town: 'Hong Kong 香港',
        duties: ['Rotations in brand, trade and CRM teams.'], dutiesZh: ['於品牌、零售及 CRM 團隊輪崗'] },
      { company: 'Victoria Peak Retail Holdings Ltd.', title: 'Marketing Executive', titleZh: '市場推廣主任', start: '2016-08', end: '2018-12', town: 'Hong Kong 香港',
        duties: ['E-mail and SMS campaigns for 800k members.', 'Monthly member-sales reports.'], dutiesZh: ['為 80 萬會員策劃電郵及短訊推廣', '每月會員銷售報告'] },
      { company: 'Lumière Cosmetics (Hong Kong) Limited', title: 'CRM Manager', titleZh: '客戶關係經理', start: '2019-01', end: '2022-04', town: 'Hong Kong 香港',
        duties: ['Moved CRM to Salesforce Marketing Cloud; 35 automated journeys.', 'Tier redesign of the loyalty programme: +18% repeat purchase.'], dutiesZh: ['把 CRM 遷移至 Salesforce Marketing Cloud，建立 35 條自動化旅程', '重新設計會員等級，回購率提升 18%'] },
      { company: 'Tai Ping Shan Digital Limited', title: 'Senior CRM & Loyalty Manager', titleZh: '高級客戶關係及會員計劃經理', start: '2022-05', end: null, town: 'Hong Kong 香港',
        duties: ['Leads CRM for a super-app with 2.1m members in HK and Macau (Braze).', 'Segmentation models in SQL with the data team; A/B testing programme.', 'Manages a team of 4 and two agencies.'], dutiesZh: ['負責港澳 210 萬會員超級應用程式的 CRM（Braze）', '與數據團隊以 SQL 建立客戶分群，推行 A/B 測試', '管理 4 人團隊及兩間代理商'] },
    ],
    education: [{ school: 'Lion Rock University', degree: 'BBA (Hons) Marketing', degreeZh: '工商管理（市場學）榮譽學士', start: '2011-09', end: '2015-07', town: 'Hong Kong 香港' }],
    languages: ['Cantonese 粵語 (native)', 'English (fluent)', 'Mandarin 普通話 (good)'],
    certificates: ['Salesforce Certified Marketing Cloud Email Specialist (2020)', 'Braze Certified Practitioner (2023)'],
    referees: [],
  },
];

export function skillTruth(s: Skill): string {
  return [s.name, ...(s.alt ?? [])].join(' | ');
}
