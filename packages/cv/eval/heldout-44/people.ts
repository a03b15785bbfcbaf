/**
 * heldout-44 — sixteen invented people. Every name, employer, school, address, e-mail and phone number here is made up.
 * Phone numbers have the right shape for their country (length, mobile prefixes) but are invented.
 *
 * `skills` are truth strings: the printed spelling first, synonyms / abbreviations after " | ". Templates print only
 * the first variant, identically in every document of the person.
 */
export type Lang = 'en' | 'zh' | 'mixed';

export interface Job {
  company: string;
  title: string;
  titleZh?: string;
  start: string; // YYYY-MM
  end: string | null;
  city: string;
  cityZh?: string;
  dept?: string;
  bullets: string[];
  bulletsZh?: string[];
  kind?: 'internship' | 'apprenticeship' | 'secondment' | 'cadetship' | 'trainee';
  supervisor?: string;
  supervisorPhone?: string;
  employerPhone?: string;
  employerAddress?: string;
  hours?: number;
  salary?: string;
  reason?: string;
  reasonZh?: string;
  footnote?: string;
  referee?: string; // 证明人
  refereePhone?: string;
}

export interface Edu {
  school: string;
  schoolEn?: string;
  degree: string;
  degreeZh?: string;
  field: string;
  fieldZh?: string;
  start: string;
  end: string;
  city?: string;
  note?: string;
}

export interface Gap {
  start: string;
  end: string;
  text: string;
  textZh?: string;
}

export interface OtherPhone {
  label: string;
  labelZh?: string;
  number: string;
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
  name: string; // truth name as written
  nameEn?: string; // mixed people: English / romanised name printed beside the Chinese one
  family?: string;
  given?: string;
  postNominals?: string;
  email: string;
  phone: string; // E.164 of own mobile
  phoneLocal: string;
  phoneIntl: string;
  otherPhones: OtherPhone[];
  city: string;
  cityZh?: string;
  country: string;
  address: string;
  headline: string;
  headlineZh?: string;
  summary: string;
  summaryZh?: string;
  skills: string[];
  languages: string[];
  languagesZh?: string[];
  certs: string[];
  certsZh?: string[];
  education: Edu[];
  work: Job[];
  gaps: Gap[];
  birth?: string; // YYYY-MM
  gender?: 'M' | 'F';
  hometown?: string;
  referees?: Referee[];
  website?: string;
  linkedin?: string;
}

export const people: Person[] = [
  // ───────────────────────────── English ─────────────────────────────
  {
    id: 'p01', language: 'en', name: 'Tomasz Wieczorek', family: 'Wieczorek', given: 'Tomasz', postNominals: 'CEng MIMechE',
    email: 'tomasz.wieczorek.eng@outlook.com', phone: '+447923518604', phoneLocal: '07923 518604', phoneIntl: '+44 (0)7923 518 604',
    otherPhones: [{ label: 'Home', number: '0121 496 0732' }],
    city: 'Solihull', country: 'United Kingdom', address: '14 Hawthorn Rise, Shirley, Solihull B90 4QT',
    headline: 'Senior Reliability Engineer',
    summary: 'Chartered mechanical engineer who came up through a foundry apprenticeship and has spent seventeen years keeping heavy plant running. I build reliability programmes that maintenance teams actually use: criticality first, then FMEA and RCM, then the CMMS data to prove it worked.',
    skills: ['Reliability-Centred Maintenance (RCM) | RCM | Reliability Centered Maintenance', 'Root Cause Analysis (RCA) | RCA | Root Cause Analysis', 'FMEA | Failure Mode and Effects Analysis', 'Vibration Analysis', 'Infrared Thermography | Thermography', 'SAP PM | SAP Plant Maintenance', 'CMMS', 'Python', 'Power BI', 'AutoCAD'],
    languages: ['English (fluent)', 'Polish (native)'],
    certs: ['CEng MIMechE (2021)', 'CMRP – Certified Maintenance & Reliability Professional (2019)', 'Vibration Analyst Category II, ISO 18436-2 (2017)'],
    education: [
      { school: 'Midland Polytechnic University', degree: 'BEng (Hons)', field: 'Mechanical Engineering (part-time)', start: '2014-09', end: '2018-07', city: 'Birmingham', note: 'Upper second-class honours' },
      { school: 'Black Country College of Technology', degree: 'HNC', field: 'Mechanical Engineering', start: '2011-09', end: '2013-07', city: 'Wolverhampton' },
    ],
    work: [
      { company: 'Brindley & Thorne Castings Ltd', title: 'Apprentice Maintenance Technician', kind: 'apprenticeship', start: '2009-09', end: '2013-08', city: 'Wednesbury',
        bullets: ['Completed a Level 3 Advanced Apprenticeship in Engineering Maintenance (mechanical and electrical).', 'Planned preventive maintenance on induction furnaces, shot-blast and sand-reclamation plant.'] },
      { company: 'Brindley & Thorne Castings Ltd', title: 'Maintenance Engineer', start: '2013-09', end: '2016-02', city: 'Wednesbury',
        bullets: ['Led breakdown response on a 24/7 foundry line; mean time to repair down from 3.1 h to 1.8 h.', 'Set up vibration routes on 60 critical fans and pumps.'] },
      { company: 'Marlow Fenwick Packaging', title: 'Reliability Engineer', start: '2016-03', end: '2020-10', city: 'Telford',
        bullets: ['Built the FMEA and RCM programme for four corrugator lines.', 'Moved PM schedules into SAP PM and cut overdue work orders by 70%.', 'Ran root cause investigations (5-Why, fishbone) for every loss over four hours.'] },
      { company: 'Corvane Aerostructures UK Ltd', title: 'Senior Reliability Engineer', start: '2020-11', end: null, city: 'Birmingham',
        bullets: ['Own the reliability strategy for 140 CNC machining centres and two autoclaves.', 'Built Python and Power BI condition-monitoring dashboards; OEE up from 61% to 74%.', 'Mentor two apprentices and a graduate engineer.'] },
    ],
    gaps: [],
    referees: [{ name: 'Gareth Lloyd', role: 'Head of Engineering', org: 'Corvane Aerostructures UK Ltd', phone: '0121 717 4400' }],
    linkedin: 'linkedin.com/in/tomasz-wieczorek-reliability',
  },
  {
    id: 'p02', language: 'en', name: 'Harriet Ashdown-Pryce', family: 'Ashdown-Pryce', given: 'Harriet',
    email: 'harriet.ashdownpryce@gmail.com', phone: '+6591736248', phoneLocal: '9173 6248', phoneIntl: '+65 9173 6248',
    otherPhones: [{ label: 'Direct line', number: '+65 6571 2083' }],
    city: 'Singapore', country: 'Singapore', address: '#12-07, 38 Cairnhill Rise, Singapore 229741',
    headline: 'Senior Associate, Corporate (M&A and Private Equity)',
    summary: 'English-qualified corporate lawyer, nine years in Singapore, advising private equity sponsors and strategic buyers on cross-border acquisitions, joint ventures and exits across South-East Asia.',
    skills: ['Cross-border M&A | Mergers and Acquisitions | M&A', 'Private Equity', 'Joint Ventures', 'Legal Due Diligence | Due Diligence', 'Corporate Governance', 'Shareholder Agreements', 'Contract Negotiation', 'Kira Systems | Kira'],
    languages: ['English (native)', 'French (professional working)', 'Mandarin (elementary)'],
    certs: ['Solicitor of the Senior Courts of England and Wales (admitted 2014)', 'Registered Foreign Lawyer, Singapore'],
    education: [
      { school: 'Kingsway College of Law', degree: 'Legal Practice Course (LPC)', field: 'Law', start: '2011-09', end: '2012-06', city: 'London', note: 'Distinction' },
      { school: 'Westbury University', degree: 'LLB (Hons)', field: 'Law', start: '2008-09', end: '2011-06', city: 'Bristol', note: 'First-class honours' },
    ],
    work: [
      { company: 'Beaumont Hale LLP', title: 'Trainee Solicitor', kind: 'trainee', start: '2012-09', end: '2014-08', city: 'London',
        bullets: ['Four six-month seats; qualified into the Corporate group.'], footnote: 'Training contract seats: Corporate (M&A), Banking & Finance, Commercial Litigation, Real Estate.' },
      { company: 'Beaumont Hale LLP', title: 'Associate, Corporate', start: '2014-09', end: '2017-05', city: 'London',
        bullets: ['UK public and private M&A with deal values from £20m to £450m.', 'Drafted SPAs, disclosure letters and W&I insurance documentation.'] },
      { company: 'Carrick Ward & Lim LLP', title: 'Associate (Registered Foreign Lawyer)', start: '2017-07', end: '2020-12', city: 'Singapore',
        bullets: ['Cross-border M&A and joint ventures in Indonesia, Vietnam and the Philippines.', 'Ran data rooms and due diligence teams of up to 12 lawyers using Kira Systems.'],
        footnote: 'Carrick Ward & Lim LLP merged with Tan Ho Partnership in January 2021; the combined firm practises as Carrick Tan LLP.' },
      { company: 'Orrelle Bank', title: 'Legal Counsel (secondment)', kind: 'secondment', start: '2019-03', end: '2019-08', city: 'Singapore',
        bullets: ['Full-time secondment to the Singapore branch legal team: outsourcing, fintech partnership and data-sharing agreements.'],
        footnote: 'Seconded from Carrick Ward & Lim LLP; the secondment ran alongside my employment with the firm.' },
      { company: 'Halloran Teo LLP', title: 'Senior Associate', start: '2021-02', end: null, city: 'Singapore',
        bullets: ['Day-to-day lead on private equity buy-outs and exits (US$30m–US$600m) for regional and global sponsors.', 'Negotiated shareholder agreements and governance terms for three infrastructure joint ventures.', 'Supervise three associates and two trainees.'] },
    ],
    gaps: [],
    referees: [{ name: 'Daniel Teo', role: 'Managing Partner', org: 'Halloran Teo LLP', phone: '+65 6571 2000' }],
  },
  {
    id: 'p03', language: 'en', name: 'DeShawn Whitaker', family: 'Whitaker', given: 'DeShawn Marcus',
    email: 'dwhitaker.gis@gmail.com', phone: '+16143827719', phoneLocal: '(614) 382-7719', phoneIntl: '+1 614 382 7719',
    otherPhones: [{ label: 'Home', number: '(614) 267-0348' }, { label: 'Work', number: '(740) 833-6120 ext. 214' }],
    city: 'Grove City, OH', country: 'United States', address: '2281 Alton Ridge Dr, Grove City, OH 43123',
    headline: 'GIS Analyst',
    summary: 'GIS analyst with eleven years in county and consulting work: parcel and road-centerline maintenance, field data collection, and Python automation of the boring parts.',
    skills: ['ArcGIS Pro', 'ArcGIS Online', 'QGIS', 'Python (ArcPy) | Python | ArcPy', 'SQL', 'FME', 'Survey123', 'AutoCAD Civil 3D | Civil 3D', 'GNSS Data Collection | GPS', 'Cartography'],
    languages: ['English (native)', 'Spanish (basic reading)'],
    certs: ['GISP – GIS Certification Institute (2020)', 'FAA Part 107 Remote Pilot Certificate (2021)'],
    education: [
      { school: 'Kessler State University', degree: 'B.S.', field: 'Geography (GIS concentration)', start: '2011-08', end: '2015-05', city: 'Fairborn, OH' },
      { school: 'Brookfield Heights High School', degree: 'High school diploma', field: '', start: '2007-08', end: '2011-06', city: 'Columbus, OH' },
    ],
    work: [
      { company: 'Tri-Valley Regional Planning Commission', title: 'GIS Intern', kind: 'internship', start: '2014-05', end: '2014-08', city: 'Columbus, OH',
        employerAddress: '150 S Front St, Suite 400, Columbus, OH 43215', employerPhone: '(614) 228-4400', supervisor: 'Karen Liebold', supervisorPhone: '(614) 228-4410', hours: 30, salary: '$14.00 per hour', reason: 'Summer internship ended',
        bullets: ['Digitized 1,900 storm-sewer structures from scanned as-builts.', 'Produced township zoning map books.'] },
      { company: 'Brightwater Engineering Group, Inc.', title: 'GIS Technician', start: '2015-06', end: '2018-09', city: 'Columbus, OH',
        employerAddress: '3700 Corporate Dr, Columbus, OH 43231', employerPhone: '(614) 771-2300', supervisor: 'Mark Feeney, PE', supervisorPhone: '(614) 771-2318', hours: 40, salary: '$19.75 per hour', reason: 'Took a county GIS position',
        bullets: ['Collected utility and right-of-way features with Trimble GNSS receivers.', 'Prepared exhibits and easement drawings in AutoCAD Civil 3D.'] },
      { company: "Delmont County Engineer's Office", title: 'GIS Analyst I', start: '2018-10', end: '2021-12', city: 'Harmon, OH',
        employerAddress: '91 N Sandusky St, Harmon, OH 43015', employerPhone: '(740) 833-6100', supervisor: 'Janice Ortega, GISP', supervisorPhone: '(740) 833-6105', hours: 40, salary: '$54,600 per year', reason: 'Promoted to GIS Analyst II',
        bullets: ['Maintained the county road centerline and address points for 911 dispatch.', 'Built Survey123 forms for culvert and sign inventories.'] },
      { company: "Delmont County Engineer's Office", title: 'GIS Analyst II', start: '2022-01', end: null, city: 'Harmon, OH',
        employerAddress: '91 N Sandusky St, Harmon, OH 43015', employerPhone: '(740) 833-6100', supervisor: 'Janice Ortega, GISP', supervisorPhone: '(740) 833-6105', hours: 40, salary: '$69,740 per year', reason: 'Seeking a coordinator role',
        bullets: ['Lead the parcel-fabric migration to ArcGIS Pro for 84,000 parcels.', 'Automated nightly NG911 data validation with Python, SQL and FME.', 'Train township staff on ArcGIS Online web maps.'] },
    ],
    gaps: [],
    referees: [{ name: 'Janice Ortega, GISP', role: 'GIS Manager', org: "Delmont County Engineer's Office", phone: '(740) 833-6105' }],
    linkedin: 'linkedin.com/in/deshawn-whitaker-gis',
  },
  {
    id: 'p04', language: 'en', name: 'Kerry-Ann Ramdeen', family: 'Ramdeen', given: 'Kerry-Ann',
    email: 'kerryann.ramdeen@yahoo.com', phone: '+18687842213', phoneLocal: '784-2213', phoneIntl: '1 (868) 784-2213',
    otherPhones: [{ label: 'Home', number: '1 (868) 645-3390' }],
    city: 'Valsayn', country: 'Trinidad and Tobago', address: 'LP 45 Bamboo Avenue, Valsayn North, Trinidad W.I.',
    headline: 'HR & Payroll Officer',
    summary: 'Human resource practitioner with fifteen years of payroll and HR administration in distribution, energy services and insurance. Accurate, discreet and comfortable being the person everyone asks about NIS and PAYE.',
    skills: ['Payroll Administration', 'SAP SuccessFactors | SuccessFactors | HRIS', 'Employee Relations', 'Recruitment & Selection | Recruitment', 'Microsoft Excel (Pivot Tables, VLOOKUP) | Excel', 'NIS & PAYE Compliance', 'Records Management', 'Training Coordination'],
    languages: ['English'],
    certs: ['Certificate in Payroll Administration (2013)', 'Certificate in Occupational Safety & Health (OSH Act) (2016)'],
    education: [
      { school: 'College of Caribbean Business Studies', degree: 'BSc', field: 'Human Resource Management', start: '2007-09', end: '2010-12', city: 'St. Augustine' },
      { school: "El Socorro Girls' College", degree: 'CSEC (8 subjects) and CAPE (6 units)', field: '', start: '2000-09', end: '2007-06', city: 'San Juan' },
    ],
    work: [
      { company: 'Caroni Bay Distributors Limited', title: 'Payroll Clerk', start: '2011-01', end: '2014-06', city: 'Chaguanas', reason: 'Career advancement',
        bullets: ['Processed fortnightly payroll for 210 weekly- and monthly-paid staff.', 'Reconciled NIS, PAYE and Health Surcharge deductions.'] },
      { company: 'Gulfcrest Energy Services Limited', title: 'Human Resource Assistant', start: '2014-07', end: '2018-03', city: 'Couva', reason: 'Maternity / relocation of role',
        bullets: ['Coordinated recruitment and onboarding of offshore contract staff.', 'Maintained personnel files and training records for 380 employees.'] },
      { company: 'Savannah Mutual Insurance Company Limited', title: 'HR & Payroll Officer', start: '2019-02', end: null, city: 'Port of Spain',
        bullets: ['Run end-to-end payroll for 540 employees and agents on SAP SuccessFactors.', 'Handle first-line employee relations matters and disciplinary documentation.', 'Coordinate the annual training calendar and statutory OSH training.'] },
    ],
    gaps: [{ start: '2018-04', end: '2019-01', text: 'Career break (maternity leave)' }],
    referees: [
      { name: 'Mr. Ravi Maharaj', role: 'Human Resource Manager', org: 'Savannah Mutual Insurance Company Limited', phone: '1 (868) 625-7100 ext. 3318' },
      { name: 'Mrs. Denise Baptiste-Cox', role: 'Former Supervisor', org: 'Gulfcrest Energy Services Limited', phone: '1 (868) 759-0042' },
    ],
    birth: '1989-04', gender: 'F',
  },
  {
    id: 'p05', language: 'en', name: 'Aroha Ngata-Williams', family: 'Ngata-Williams', given: 'Aroha',
    email: 'aroha.ngatawilliams@gmail.com', phone: '+64214837265', phoneLocal: '021 483 7265', phoneIntl: '+64 21 483 7265',
    otherPhones: [{ label: 'Work DDI', number: '07 306 1844' }],
    city: 'Whakatāne', country: 'New Zealand', address: 'Whakatāne, Bay of Plenty',
    headline: 'Principal Planner – Consents',
    summary: 'Resource management planner with thirteen years in council and consultancy roles. I process complex consents, write s42A reports and make sure tangata whenua are in the room early rather than at the hearing.',
    skills: ['Resource Consent Processing | Resource Consents', 'RMA 1991 | Resource Management Act', 'Assessment of Environmental Effects (AEE) | AEE', 'Iwi & Hapū Engagement | Iwi Engagement', 'Section 42A Reports | s42A', 'District Plan Review', 'Stakeholder Facilitation', 'ArcGIS'],
    languages: ['English (native)', 'Te Reo Māori (conversational)'],
    certs: ['Making Good Decisions – RMA Hearing Commissioner (2022)', 'Full NZ Driver Licence (Class 1)'],
    education: [{ school: 'University of Waitaha', degree: 'Bachelor of Planning (Hons)', field: 'Planning', start: '2009-02', end: '2013-11', city: 'Christchurch' }],
    work: [
      { company: 'Rangitāiki District Council', title: 'Planning Cadet', kind: 'cadetship', start: '2013-12', end: '2015-01', city: 'Whakatāne',
        bullets: ['Rotated through consents, policy and building control.', 'Processed non-notified land-use consents under supervision.'] },
      { company: 'Rangitāiki District Council', title: 'Consents Planner', start: '2015-02', end: '2018-07', city: 'Whakatāne',
        bullets: ['Carried a caseload of 60–80 land-use and subdivision consents a year.', 'Prepared s42A reports for limited-notified applications.'] },
      { company: 'Tākaro Environmental Ltd', title: 'Senior Planner', start: '2018-08', end: '2023-03', city: 'Tauranga',
        bullets: ['Prepared AEEs for marine farms, quarries and papakāinga housing.', 'Ran iwi and hapū engagement for regional infrastructure clients.'] },
      { company: 'Te Awa Regional Council', title: 'Principal Planner – Consents', start: '2023-04', end: null, city: 'Whakatāne',
        bullets: ['Lead the processing of notified water-take and discharge consents.', 'Mentor four planners and review all s42A reports before hearing.', 'Council lead on the regional plan change for freshwater allocation.'] },
    ],
    gaps: [],
    referees: [
      { name: 'Hemi Tautahi', role: 'Consents Manager', org: 'Te Awa Regional Council', phone: '027 614 3390' },
      { name: 'Sarah Whitcombe', role: 'Director', org: 'Tākaro Environmental Ltd', phone: '07 578 2216' },
    ],
  },
  {
    id: 'p06', language: 'en', name: 'Jasmine Koh Wei Ling', family: 'Koh', given: 'Jasmine Wei Ling',
    email: 'jasmine.koh.wl@gmail.com', phone: '+6582947153', phoneLocal: '8294 7153', phoneIntl: '+65 8294 7153',
    otherPhones: [{ label: 'Office', number: '+65 6508 3127' }],
    city: 'Singapore', country: 'Singapore', address: 'Blk 417 Tampines Street 41, #09-233, Singapore 520417',
    headline: 'Regional S&OP Lead (APAC)',
    summary: 'Supply chain planner with twelve years in FMCG, pharma and food. I run monthly S&OP across eleven APAC markets and I like forecasts that come with an honest error bar.',
    skills: ['Demand Planning', 'S&OP | Sales and Operations Planning', 'SAP IBP', 'SAP APO', 'Inventory Optimisation | Inventory Optimization', 'SQL', 'Tableau', 'Advanced Excel | Excel', 'Python (pandas) | Python | pandas'],
    languages: ['English', 'Mandarin', 'Malay (basic)'],
    certs: ['APICS CPIM (2018)', 'SAP Certified Application Associate – SAP IBP for Demand (2021)'],
    education: [{ school: 'Tanjong Pagar University', degree: 'B.Eng. (Hons)', field: 'Industrial & Systems Engineering', start: '2010-08', end: '2014-05', city: 'Singapore', note: 'Second Class Upper' }],
    work: [
      { company: 'Tembusu Logistics Pte Ltd', title: 'Management Associate', start: '2014-07', end: '2016-06', city: 'Singapore',
        bullets: ['Two-year rotation across warehousing, transport planning and customer service.'] },
      { company: 'Kallang Consumer Brands Pte Ltd', title: 'Demand Planner', start: '2016-07', end: '2019-09', city: 'Singapore',
        bullets: ['Statistical forecasting for 1,200 SKUs in SAP APO; MAPE down from 38% to 24%.', 'Ran the monthly consensus forecast with sales and marketing.'] },
      { company: 'Orchid Pharma Asia Pte Ltd', title: 'Senior Demand Planner', start: '2019-10', end: '2022-11', city: 'Singapore',
        bullets: ['Led the SAP IBP for Demand roll-out for six markets.', 'Built Tableau dashboards for forecast accuracy and inventory health.'] },
      { company: 'Meridale Foods Asia Pacific Pte Ltd', title: 'Regional S&OP Lead (APAC)', start: '2022-12', end: null, city: 'Singapore',
        bullets: ['Own the monthly S&OP cycle for 11 markets and 3 plants.', 'Cut regional inventory by S$14m while holding service level at 97.5%.', 'Python (pandas) and SQL models for safety-stock optimisation.'] },
    ],
    gaps: [],
    referees: [{ name: 'Mr Ong Boon Kiat', role: 'Supply Chain Director', org: 'Meridale Foods Asia Pacific Pte Ltd', phone: '+65 9632 4471' }],
  },
  {
    id: 'p07', language: 'en', name: 'Niamh Ó Dálaigh', family: 'Ó Dálaigh', given: 'Niamh',
    email: 'niamh.odalaigh@posteo.de', phone: '+4915147286391', phoneLocal: '0151 4728 6391', phoneIntl: '+49 151 4728 6391',
    otherPhones: [{ label: 'Office', number: '+49 30 2096 7714' }],
    city: 'Berlin', country: 'Germany', address: 'Wühlischstraße 21, 10245 Berlin',
    headline: 'Lead UX Researcher',
    summary: 'Mixed-methods UX researcher, ten years in product teams in Dublin and Berlin. I run research programmes for health and mobility products and teach product teams to do their own interviews well.',
    skills: ['User Interviews', 'Usability Testing', 'Survey Design', 'Journey Mapping', 'Mixed-Methods Research', 'Dovetail', 'Figma', 'Qualtrics', 'R'],
    languages: ['English (native)', 'Irish (fluent)', 'German (B2)'],
    certs: ['UXQB CPUX-F (2017)'],
    education: [
      { school: 'Corrib University', degree: 'MSc', field: 'Human-Computer Interaction (part-time)', start: '2015-09', end: '2016-08', city: 'Galway' },
      { school: 'University College Ardmore', degree: 'BA', field: 'Psychology', start: '2010-09', end: '2014-06', city: 'Dublin' },
    ],
    work: [
      { company: 'Liffey Institute for Human Factors', title: 'Research Assistant', start: '2014-10', end: '2016-08', city: 'Dublin',
        bullets: ['Ran lab usability studies of medical-device interfaces.', 'Analysed survey and eye-tracking data in R.'], footnote: 'Funded position on an EU Horizon 2020 medical-device usability project.' },
      { company: 'Brightloop Software Ltd', title: 'UX Researcher', start: '2016-09', end: '2019-12', city: 'Dublin',
        bullets: ['Embedded researcher for the payroll and HR product squads.', 'Set up the research repository in Dovetail.'] },
      { company: 'Kranich Mobility GmbH', title: 'Senior UX Researcher', start: '2020-01', end: '2022-02', city: 'Berlin',
        bullets: ['Research lead for the e-scooter and car-sharing apps in six cities.', 'Diary studies and journey mapping with 120 riders.'],
        footnote: 'Kranich Mobility GmbH was acquired in 2023 and the brand has since been discontinued.' },
      { company: 'Fernwerk Health GmbH', title: 'Lead UX Researcher', start: '2022-03', end: null, city: 'Berlin',
        bullets: ['Lead a team of four researchers across the patient and clinician apps.', 'Built the mixed-methods programme behind the 2025 app redesign.', 'Run monthly interview training for product managers and designers.'] },
    ],
    gaps: [],
    website: 'niamhodalaigh.de',
  },

  // ───────────────────────────── Chinese ─────────────────────────────
  {
    id: 'p08', language: 'zh', name: '陈思远', nameEn: 'Chen Siyuan',
    email: 'chensiyuan.dev@foxmail.com', phone: '+8613917426638', phoneLocal: '139-1742-6638', phoneIntl: '+86 139 1742 6638',
    otherPhones: [],
    city: 'Shanghai', cityZh: '上海', country: '中国', address: '上海市浦东新区张江镇',
    headline: 'Java 后端技术专家', headlineZh: 'Java 后端技术专家',
    summary: '', summaryZh: '11 年 Java 后端开发经验，熟悉高并发交易系统与微服务治理，主导过支付清结算和实时风控平台的架构设计，带过 8 人后端小组。',
    skills: ['Java', 'Spring Boot', 'Spring Cloud', 'MySQL', 'Redis', 'Kafka', 'Elasticsearch', 'Docker', 'Kubernetes | K8s', 'Linux'],
    languages: [], languagesZh: ['英语（CET-6，可阅读英文技术文档）'],
    certs: [], certsZh: ['软考 系统架构设计师（2020）'],
    education: [{ school: '浙东理工大学', degree: '本科', field: '软件工程', start: '2011-09', end: '2015-06', city: '宁波' }],
    work: [
      { company: '杭州云渡网络科技有限公司', title: 'Java开发实习生', kind: 'internship', start: '2015-03', end: '2015-06', city: '杭州',
        bullets: ['参与内部工单系统开发，负责报表导出模块。'] },
      { company: '上海点石信息技术有限公司', title: 'Java开发工程师', start: '2015-07', end: '2018-04', city: '上海',
        bullets: ['负责券商行情推送服务的开发与维护，日均消息量 2 亿条。', '将单体应用拆分为 6 个 Spring Boot 服务。'] },
      { company: '上海橙果网络科技有限公司', title: '高级Java开发工程师', start: '2018-05', end: '2021-08', city: '上海',
        bullets: ['负责支付清结算系统，日交易额峰值 30 亿元。', '引入 Kafka 异步对账，对账耗时由 4 小时降到 25 分钟。', '搭建基于 Elasticsearch 的交易流水查询平台。'] },
      { company: '上海鲸算科技有限公司', title: '技术专家（后端）', start: '2021-09', end: null, city: '上海',
        bullets: ['负责实时风控平台架构，P99 延迟控制在 40ms 以内。', '推动服务迁移至 Kubernetes，机器成本下降 35%。', '带领 8 人后端小组，负责技术评审与新人培养。'] },
    ],
    gaps: [], birth: '1993-02', gender: 'M', hometown: '浙江宁波',
    website: 'github.com/chensiyuan-dev',
  },
  {
    id: 'p09', language: 'zh', name: '欧阳婧',
    email: 'ouyangjing_cd@163.com', phone: '+8618628417395', phoneLocal: '186 2841 7395', phoneIntl: '+86 186 2841 7395',
    otherPhones: [{ label: 'Office', labelZh: '办公电话', number: '028-8532 6610' }],
    city: 'Chengdu', cityZh: '成都', country: '中国', address: '四川省成都市高新区天府三街 88 号',
    headline: '财务经理', headlineZh: '财务经理',
    summary: '', summaryZh: '14 年财务工作经验，其中 8 年财务管理经验。熟悉制造业和科技企业全盘账务、合并报表与税务筹划，参与过一次 IPO 财务规范和两次 ERP 上线。',
    skills: ['全盘账务处理', '合并报表', '税务筹划', '用友U8 | U8', '金蝶K/3 | 金蝶', 'SAP FICO | SAP FI/CO', 'Excel（数据透视表、VBA） | Excel', '财务分析'],
    languages: [], languagesZh: ['英语 CET-4'],
    certs: [], certsZh: ['中级会计师（2016）', '税务师（2019）'],
    education: [{ school: '蜀都财经学院', degree: '本科', field: '会计学', start: '2008-09', end: '2012-06', city: '成都' }],
    work: [
      { company: '成都锦程商贸有限公司', title: '会计', start: '2012-07', end: '2015-03', city: '成都', reasonZh: '个人发展',
        bullets: ['负责应收应付、费用报销审核及月末结账。', '编制增值税纳税申报表。'] },
      { company: '四川蜀禾食品股份有限公司', title: '总账会计', start: '2015-04', end: '2018-08', city: '成都', reasonZh: '内部晋升',
        bullets: ['负责总账及 5 家子公司合并报表。', '配合 IPO 财务规范及审计工作。'] },
      { company: '四川蜀禾食品股份有限公司', title: '财务主管', start: '2018-09', end: '2021-05', city: '成都', reasonZh: '寻求更大平台',
        bullets: ['管理 6 人核算团队，主导 SAP FICO 模块上线。', '年度税务筹划为公司节税约 380 万元。'] },
      { company: '成都天府云谷科技有限公司', title: '财务经理', start: '2021-06', end: null, city: '成都',
        bullets: ['全面负责财务部工作，管理 9 人团队。', '搭建预算体系与月度经营分析报告。', '完成研发费用加计扣除及高新技术企业认定。'] },
    ],
    gaps: [], birth: '1990-05', gender: 'F', hometown: '四川乐山',
  },
  {
    id: 'p10', language: 'zh', name: '刘建国',
    email: 'liujianguo1979@163.com', phone: '+8613711942760', phoneLocal: '137-1194-2760', phoneIntl: '+86 137 1194 2760',
    otherPhones: [{ label: 'Office', labelZh: '办公电话', number: '0769-8521 3364' }],
    city: 'Dongguan', cityZh: '东莞', country: '中国', address: '广东省东莞市松山湖园区',
    headline: '设备经理 / 生产经理', headlineZh: '设备经理 / 生产经理',
    summary: '', summaryZh: '从机修学徒做起，28 年制造业一线和管理经验，擅长注塑、冲压和 SMT 设备的维护管理与 TPM 推行，带过 60 人的设备和生产团队。',
    skills: ['设备维护保养', 'PLC编程（三菱、西门子） | PLC', '注塑机调试', 'TPM全员生产维护 | TPM', '5S管理 | 5S', '精益生产 | Lean', '电气控制', 'AutoCAD'],
    languages: [], languagesZh: ['普通话、湘语、粤语（能听会说）'],
    certs: [], certsZh: ['低压电工作业证', '机修钳工 高级技师（2015）'],
    education: [
      { school: '粤东职业技术学院', degree: '大专（成人函授）', field: '机电一体化技术', start: '2008-03', end: '2011-01', city: '广州' },
      { school: '湘南机电工业学校', degree: '中专', field: '机电一体化', start: '1995-09', end: '1998-06', city: '衡阳' },
    ],
    work: [
      { company: '东莞市长安宏达五金制品厂', title: '机修学徒', kind: 'apprenticeship', start: '1998-07', end: '2000-12', city: '东莞', referee: '黄师傅', refereePhone: '0769-8553 1207', reasonZh: '学徒期满',
        bullets: ['跟师傅学习冲床、车床的日常维修。'] },
      { company: '东莞恒裕塑胶制品有限公司', title: '设备技术员', start: '2001-01', end: '2006-05', city: '东莞', referee: '陈国华', refereePhone: '0769-2283 6610', reasonZh: '家中有事回乡',
        bullets: ['负责 40 台注塑机和机械手的维修保养。', '编写注塑机点检表，故障停机率下降 30%。'] },
      { company: '东莞嘉利精密电子有限公司', title: '设备主管', start: '2006-10', end: '2013-03', city: '东莞', referee: '李振东', refereePhone: '0769-8189 4420', reasonZh: '寻求发展',
        bullets: ['管理 18 人设备组，负责冲压、SMT 产线设备。', '推行 5S 和设备点检制度，通过客户审核。'] },
      { company: '广东骏达智能装备有限公司', title: '生产经理', start: '2013-04', end: '2019-12', city: '东莞', referee: '张伟明', refereePhone: '0769-2238 7701', reasonZh: '公司搬迁',
        bullets: ['负责 3 个车间、60 人的生产和设备管理。', '推行 TPM，OEE 由 58% 提升到 76%。', '主导两条自动化装配线的安装调试。'] },
      { company: '东莞市松湖新材料科技有限公司', title: '设备部经理', start: '2020-01', end: null, city: '东莞', referee: '王总', refereePhone: '0769-2289 5500',
        bullets: ['负责全厂设备管理、备件和能源管理。', '建立设备全生命周期台账，备件库存下降 22%。', '组织 PLC 和电气控制内部培训。'] },
    ],
    gaps: [{ start: '2006-06', end: '2006-09', text: 'Back home (not employed)', textZh: '回乡照顾家人（待业）' }],
    birth: '1979-03', gender: 'M', hometown: '湖南衡阳',
  },
  {
    id: 'p11', language: 'zh', name: '林雅婷', nameEn: 'Ya-Ting Lin',
    email: 'yating.lin.mkt@gmail.com', phone: '+886928417305', phoneLocal: '0928-417-305', phoneIntl: '+886 928 417 305',
    otherPhones: [{ label: 'Home', labelZh: '市話', number: '(02)2758-3316' }],
    city: 'Taipei', cityZh: '台北市', country: '台灣', address: '台北市信義區',
    headline: '行銷經理', headlineZh: '行銷經理',
    summary: '', summaryZh: '十年品牌與數位行銷經驗，經歷文創、電商與 SaaS 產業，擅長社群經營、廣告投放與整合活動企劃，帶領 5 人行銷團隊。',
    skills: ['數位行銷', '社群經營', 'GA4 | Google Analytics', 'Meta廣告投放 | Facebook廣告 | Meta Ads', 'SEO', '文案撰寫', '活動企劃', 'Canva', 'Photoshop'],
    languages: [], languagesZh: ['中文（母語）', '英文（TOEIC 865）', '台語（流利）'],
    certs: [], certsZh: ['Google Analytics 個人認證（GAIQ）', 'Meta 認證數位行銷助理'],
    education: [{ school: '東林大學', degree: '學士', field: '大眾傳播學系', start: '2012-09', end: '2016-06', city: '新北市' }],
    work: [
      { company: '禾光文創股份有限公司', title: '行銷助理', start: '2016-07', end: '2018-06', city: '台北市',
        bullets: ['協助文創市集活動執行與粉絲專頁經營。'] },
      { company: '悅品國際股份有限公司', title: '行銷專員', start: '2018-07', end: '2021-02', city: '台北市',
        bullets: ['負責電商檔期活動與 Meta 廣告投放，ROAS 由 2.1 提升至 4.3。', '經營 IG 與 LINE 官方帳號，追蹤數成長 3 倍。'] },
      { company: '森鹿生活有限公司', title: '資深行銷企劃', start: '2021-03', end: '2023-09', city: '台北市',
        bullets: ['規劃品牌年度行銷與聯名活動。', '建立 SEO 內容策略，自然流量成長 180%。'] },
      { company: '藍點數位科技股份有限公司', title: '行銷經理', start: '2023-10', end: null, city: '台北市',
        bullets: ['帶領 5 人行銷團隊，負責 SaaS 產品 B2B 行銷。', '導入 GA4 與 CRM 名單追蹤，MQL 成長 65%。', '規劃年度研討會與線上直播活動。'] },
    ],
    gaps: [], birth: '1994-08', gender: 'F',
  },
  {
    id: 'p12', language: 'zh', name: '马晓燕',
    email: 'maxiaoyan_hr@qq.com', phone: '+8615829374061', phoneLocal: '158 2937 4061', phoneIntl: '+86 158 2937 4061',
    otherPhones: [],
    city: "Xi'an", cityZh: '西安', country: '中国', address: '陕西省西安市雁塔区',
    headline: '招聘经理', headlineZh: '招聘经理',
    summary: '', summaryZh: '13 年人力资源工作经验，其中 10 年专注招聘。熟悉互联网技术岗和医药零售岗招聘，搭建过校园招聘体系，年均交付 300+ 人。',
    skills: ['招聘全流程管理', '校园招聘', '人才测评', '薪酬绩效', '劳动关系处理', '北森 | 北森iTalentX', 'Moka', 'Excel'],
    languages: [], languagesZh: ['英语 CET-6'],
    certs: [], certsZh: ['企业人力资源管理师（二级）'],
    education: [{ school: '关中师范学院', degree: '本科', field: '人力资源管理', start: '2009-09', end: '2013-06', city: '西安' }],
    work: [
      { company: '西安秦川物业服务有限公司', title: '人事专员', start: '2013-07', end: '2016-02', city: '西安', reasonZh: '职业发展',
        bullets: ['负责基层员工招聘、入离职手续和社保公积金办理。', '维护 600 人员工档案。'] },
      { company: '陕西华岳医药连锁有限公司', title: '招聘主管', start: '2016-03', end: '2020-06', city: '西安', reasonZh: '转向互联网行业',
        bullets: ['负责 200 余家门店店员、药师招聘，年招聘 400 人。', '搭建店长后备人才测评体系。'] },
      { company: '西安星途软件股份有限公司', title: '招聘经理', start: '2020-07', end: null, city: '西安',
        bullets: ['带领 4 人招聘团队，负责研发和产品岗位招聘。', '搭建校园招聘体系，三年引进应届生 260 人。', '导入 Moka 招聘系统，平均招聘周期由 42 天缩短到 29 天。'] },
    ],
    gaps: [], birth: '1991-11', gender: 'F', hometown: '陕西渭南',
  },

  // ───────────────────────────── mixed Chinese–English ─────────────────────────────
  {
    id: 'p13', language: 'mixed', name: '黃子軒', nameEn: 'Ethan Wong Tsz-hin', family: 'Wong', given: 'Tsz-hin',
    email: 'ethan.wong.tszhin@gmail.com', phone: '+85296317428', phoneLocal: '9631 7428', phoneIntl: '+852 9631 7428',
    otherPhones: [{ label: 'Office', labelZh: '辦公室', number: '+852 2861 5530' }],
    city: 'Hong Kong', cityZh: '香港', country: 'Hong Kong SAR', address: 'Flat B, 17/F, Block 3, Harbour Crest, Tai Koo Shing, Hong Kong',
    headline: 'Vice President, Investment Risk',
    summary: 'CFA charterholder with eleven years in buy-side risk and portfolio analytics in Hong Kong. I build the models, the reports and the Python tooling that portfolio managers actually read.',
    skills: ['Financial Modelling | Financial Modeling', 'Equity Valuation | Valuation', 'Bloomberg Terminal | Bloomberg', 'FactSet', 'Python', 'VBA', 'Portfolio Analytics', 'Risk Reporting'],
    languages: ['Cantonese (native)', 'English (fluent)', 'Putonghua (fluent)'],
    certs: ['CFA Charterholder (2019)', 'FRM – Financial Risk Manager (2017)', 'SFC licensed representative (Type 4 and Type 9)'],
    education: [{ school: 'Tolo Harbour University', degree: 'BBA', field: 'Finance', start: '2011-09', end: '2015-06', city: 'Hong Kong', note: 'First Class Honours' }],
    work: [
      { company: 'Victoria Peak Securities Limited', title: 'Summer Analyst, Equity Research', kind: 'internship', start: '2014-06', end: '2014-08', city: 'Hong Kong',
        bullets: ['Built earnings models for six HK-listed property developers.'] },
      { company: 'Lion Rock Asset Management Limited', title: 'Analyst', start: '2015-08', end: '2018-03', city: 'Hong Kong',
        bullets: ['Performance attribution and risk reports for four Asia equity funds.', 'Automated monthly factsheets with VBA and Bloomberg API.'] },
      { company: 'Pacific Meridian Fund Services (HK) Limited', title: 'Associate, Portfolio Analytics', start: '2018-04', end: '2022-06', city: 'Hong Kong',
        bullets: ['Ran portfolio analytics for 30 institutional mandates on FactSet.', 'Rebuilt the risk-reporting pipeline in Python.'] },
      { company: 'Fragrant Harbour Investment Management Limited', title: 'Vice President, Investment Risk', start: '2022-07', end: null, city: 'Hong Kong',
        bullets: ['Independent risk oversight of US$8bn across equity and multi-asset funds.', 'Designed the liquidity stress-testing framework adopted by the risk committee.', 'Manage two analysts.'] },
    ],
    gaps: [],
  },
  {
    id: 'p14', language: 'mixed', name: '张蕾', nameEn: 'Lydia Zhang',
    email: 'lydia.zhang.lei@outlook.com', phone: '+8613521846093', phoneLocal: '135 2184 6093', phoneIntl: '+86 135 2184 6093',
    otherPhones: [],
    city: 'Beijing', cityZh: '北京', country: '中国', address: '北京市朝阳区望京',
    headline: 'Senior Marketing Manager', headlineZh: '高级市场经理',
    summary: 'Brand and integrated marketing manager with thirteen years at multinational and local consumer companies in Beijing; strong in consumer insights, e-commerce launches and KOL programmes.',
    summaryZh: '13 年快消与美妆品牌市场经验，先后就职于外资家电、本土乳业和外资美妆企业，擅长品牌策略、整合营销与电商新品上市。',
    skills: ['Brand Management', 'Integrated Marketing', 'Consumer Insights', 'Salesforce Marketing Cloud | SFMC', '天猫/京东电商运营 | 电商运营 | Tmall/JD e-commerce', 'KOL营销 | KOL Marketing', 'Budget Management', 'SPSS'],
    languages: ['Mandarin (native)', 'English (IELTS 7.5)'], languagesZh: ['普通话（母语）', '英语（雅思 7.5）'],
    certs: [], certsZh: [],
    education: [{ school: '京华外国语大学', schoolEn: 'Jinghua International Studies University', degree: 'Bachelor', degreeZh: '本科', field: 'Marketing', fieldZh: '市场营销', start: '2009-09', end: '2013-06', city: '北京' }],
    work: [
      { company: 'Lindqvist Home Appliances (China) Co., Ltd.', title: 'Marketing Trainee', titleZh: '市场部管理培训生', kind: 'trainee', start: '2013-07', end: '2014-06', city: 'Beijing', cityZh: '北京',
        bullets: ['Rotations in brand, trade marketing and e-commerce.'], bulletsZh: ['在品牌、渠道市场和电商部门轮岗。'] },
      { company: 'Lindqvist Home Appliances (China) Co., Ltd.', title: 'Assistant Brand Manager', titleZh: '助理品牌经理', start: '2014-07', end: '2017-03', city: 'Beijing', cityZh: '北京',
        bullets: ['Launched the air-purifier line on Tmall and JD.com.', 'Managed the agency roster and a RMB 12m media budget.'], bulletsZh: ['负责空气净化器系列在天猫、京东的上市。', '管理代理商及 1200 万元媒介预算。'] },
      { company: '北京澄源乳业有限公司', title: 'Brand Manager', titleZh: '品牌经理', start: '2017-04', end: '2020-08', city: 'Beijing', cityZh: '北京',
        bullets: ['Repositioned the yogurt brand for urban white-collar consumers; sales +46% in two years.', 'Ran consumer research and U&A studies (SPSS).'], bulletsZh: ['为酸奶品牌重新定位都市白领人群，两年销售额增长 46%。', '主导消费者调研与 U&A 研究。'] },
      { company: 'Aurelle Cosmetics (Shanghai) Co., Ltd.', title: 'Senior Marketing Manager', titleZh: '高级市场经理', start: '2020-09', end: null, city: 'Beijing', cityZh: '北京',
        bullets: ['Lead integrated marketing for the skincare line in North China.', 'Built the KOL programme on Xiaohongshu and Douyin.', 'CRM journeys on Salesforce Marketing Cloud; repeat purchase +18%.'], bulletsZh: ['负责护肤线华北区整合营销。', '搭建小红书、抖音 KOL 合作体系。', '基于 Salesforce Marketing Cloud 设计会员旅程，复购率提升 18%。'] },
    ],
    gaps: [], birth: '1991-03', gender: 'F',
  },
  {
    id: 'p15', language: 'mixed', name: '陈伟杰', nameEn: 'Tan Wei Jie', family: 'Tan', given: 'Wei Jie',
    email: 'weijie.tan.penang@gmail.com', phone: '+60124758316', phoneLocal: '012-475 8316', phoneIntl: '+60 12-475 8316',
    otherPhones: [{ label: 'Home', labelZh: '住家', number: '04-642 1187' }],
    city: 'Bayan Lepas, Penang', cityZh: '槟城', country: 'Malaysia', address: '12-3A, Jalan Sungai Ara 7, 11900 Bayan Lepas, Pulau Pinang',
    headline: 'Test Engineering Lead',
    summary: 'Semiconductor test engineer with twelve years in Penang OSAT and IDM back-end operations: ATE program development on Teradyne platforms, yield analysis and test-time reduction.',
    skills: ['ATE Test Program Development | ATE', 'Teradyne UltraFLEX | UltraFLEX', 'LabVIEW', 'Python', 'SPC | Statistical Process Control', 'Yield Analysis', 'DOE | Design of Experiments', 'JMP'],
    languages: ['English', 'Bahasa Malaysia', 'Mandarin', 'Hokkien'],
    certs: ['Six Sigma Green Belt (2017)', 'Teradyne UltraFLEX Programming – Level 2 (2019)'],
    education: [{ school: 'Universiti Teknologi Seberang', degree: 'B.Eng. (Hons)', field: 'Electrical & Electronic Engineering', start: '2010-07', end: '2014-07', city: 'Nibong Tebal', note: 'CGPA 3.41' }],
    work: [
      { company: 'Penang Microtech Sdn. Bhd.', title: 'Industrial Trainee', kind: 'internship', start: '2014-01', end: '2014-06', city: 'Bayan Lepas',
        bullets: ['Test-floor support and LabVIEW scripts for burn-in boards.'] },
      { company: 'Semitron Assembly (M) Sdn. Bhd.', title: 'Test Engineer', start: '2014-08', end: '2018-05', city: 'Bayan Lepas',
        bullets: ['Released and maintained test programs for mixed-signal devices.', 'Handled customer yield excursions and 8D reports.'] },
      { company: 'Semitron Assembly (M) Sdn. Bhd.', title: 'Senior Test Engineer', start: '2018-06', end: '2021-03', city: 'Bayan Lepas',
        bullets: ['Converted 14 products to Teradyne UltraFLEX; test time down 27%.', 'Introduced SPC limits on parametric tests.'] },
      { company: 'Kinetra Semiconductor Penang Sdn. Bhd.', title: 'Test Engineering Lead', start: '2021-04', end: null, city: 'Batu Kawan',
        bullets: ['Lead a team of seven test engineers for automotive power devices.', 'Python yield-analysis tooling used across three sites.', 'DOE-driven guard-band optimisation saving US$1.2m a year.'] },
    ],
    gaps: [],
  },
  {
    id: 'p16', language: 'mixed', name: '吴佳琪', nameEn: 'Kiki Wu',
    email: 'wujiaqi.kiki@gmail.com', phone: '+8618826473519', phoneLocal: '188 2647 3519', phoneIntl: '+86 188 2647 3519',
    otherPhones: [],
    city: 'Shenzhen', cityZh: '深圳', country: '中国', address: '深圳市南山区',
    headline: 'Senior Product Designer', headlineZh: '高级产品设计师',
    summary: 'Product designer with nearly nine years across social apps, a London design studio and mobility. I care about design systems that engineers like and research that changes the roadmap.',
    summaryZh: '近 9 年产品设计经验，做过社交 App、伦敦设计工作室和出行产品，擅长设计系统搭建与用户研究驱动的体验设计。',
    skills: ['Figma', 'Sketch', 'Axure RP | Axure', 'Design Systems', 'User Research', 'Prototyping', 'Adobe Illustrator | Illustrator', 'After Effects'],
    languages: ['Mandarin (native)', 'Cantonese', 'English (IELTS 7.0)'], languagesZh: ['普通话（母语）', '粤语', '英语（雅思 7.0）'],
    certs: [], certsZh: [],
    education: [
      { school: 'Northbridge University', degree: 'MA', degreeZh: '硕士', field: 'Interaction Design', fieldZh: '交互设计', start: '2019-09', end: '2020-09', city: 'London' },
      { school: '南粤师范大学', schoolEn: 'Nanyue Normal University', degree: 'BA', degreeZh: '本科', field: 'Visual Communication Design', fieldZh: '视觉传达设计', start: '2012-09', end: '2016-06', city: '广州' },
    ],
    work: [
      { company: '深圳市蜂巢互动科技有限公司', title: 'UI Designer', titleZh: 'UI设计师', start: '2016-07', end: '2018-12', city: 'Shenzhen', cityZh: '深圳',
        bullets: ['Designed the chat and moments features of a social app with 3m MAU.', 'Set up the first icon library and UI kit.'], bulletsZh: ['负责社交 App 聊天与动态模块界面设计，月活 300 万。', '建立首套图标库和 UI 组件库。'] },
      { company: 'Loomtide Studio Ltd', title: 'Product Designer', titleZh: '产品设计师', start: '2020-10', end: '2021-09', city: 'London', cityZh: '伦敦',
        bullets: ['Client work for fintech and public-sector services.', 'Ran usability tests and prototypes in Figma.'], bulletsZh: ['服务金融科技和公共服务类客户。', '用 Figma 制作原型并组织可用性测试。'] },
      { company: '深圳市拾光出行科技有限公司', title: 'Senior Product Designer', titleZh: '高级产品设计师', start: '2021-11', end: null, city: 'Shenzhen', cityZh: '深圳',
        bullets: ['Design lead for the driver app and the operations console.', 'Built the cross-platform design system (240 components).', 'Research with 60+ drivers shaped the 2024 earnings redesign.'], bulletsZh: ['负责司机端 App 与运营后台的设计。', '搭建跨端设计系统（240 个组件）。', '访谈 60 余位司机，推动 2024 年收入页改版。'] },
    ],
    gaps: [{ start: '2019-01', end: '2020-09', text: 'Full-time study (MA Interaction Design, London)', textZh: '全职留学（伦敦，交互设计硕士）' }],
    birth: '1994-06', gender: 'F',
    website: 'kikiwu.design',
  },
];
