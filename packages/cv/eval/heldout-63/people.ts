/**
 * heldout-63: sixteen invented people. Every person, employer, school, address, e-mail and phone number here is made up.
 * Phone numbers are shaped like real mobiles of their country (NANP 555-01xx, UK 07700 900xxx drama ranges where they exist).
 *
 * `skills[].printed` is the exact spelling every document of that person prints; `syn` are the synonyms/abbreviations that
 * go into truth.json after " | ". `jobs` are the printed roles (promotions separate); `breaks` are printed but never jobs.
 */

export type Lang = 'en' | 'zh' | 'mixed';

export interface Skill {
  printed: string;
  syn?: string[];
  group?: string;
  /** level word as some templates print it */
  level?: string;
  years?: number;
}

export interface Client {
  name: string;
  /** as printed, e.g. "Q3 2021 – Q1 2022" */
  period: string;
  what: string;
}

export interface Job {
  company: string;
  title: string;
  start: string; // YYYY-MM
  end: string | null;
  town?: string;
  /** 'pt' part-time, 'seasonal', 'intern', 'apprentice', 'self', 'cover' (maternity cover), 'ft' */
  kind?: 'ft' | 'pt' | 'seasonal' | 'intern' | 'apprentice' | 'self' | 'cover';
  /** a season / term label some templates print beside or instead of months ("Summer 2019", "Winter 22/23") */
  season?: string;
  /** a hours / FTE / WTE note some templates print */
  load?: string;
  bullets: string[];
  clients?: Client[];
}

export interface Break {
  start: string;
  end: string;
  label: string;
}

export interface Education {
  school: string;
  degree: string;
  start: string;
  end: string;
  town?: string;
  note?: string;
}

export interface OtherNumber {
  label: string;
  number: string;
}

export interface Referee {
  name: string;
  role: string;
  phone: string;
  email?: string;
}

export interface Person {
  id: string;
  language: Lang;
  /** the truth name */
  name: string;
  given: string;
  family: string;
  /** romanised / English form for mixed people */
  latin?: string;
  prefix?: string;
  postNominals?: string;
  pronouns?: string;
  headline: string;
  email: string;
  phone: { e164: string; local: string; intl: string };
  others: OtherNumber[];
  town: string;
  address: string;
  summary: string;
  /** a sentence that names the skills in prose (each `printed` spelling appears verbatim) */
  skillsProse: string;
  skills: Skill[];
  jobs: Job[];
  breaks: Break[];
  education: Education[];
  languages: string[];
  certificates: string[];
  referees: Referee[];
  notes: string;
  particulars?: [string, string][];
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Verena Hollenstein', given: 'Verena', family: 'Hollenstein', prefix: 'Mag.', postNominals: 'MBA',
    headline: 'Public-sector finance & procurement advisor',
    email: 'verena.hollenstein@gmx.at',
    phone: { e164: '+436643852716', local: '0664 / 385 27 16', intl: '+43 664 385 27 16' },
    others: [{ label: 'Office (Lehrbeauftragte, FH Campus Donaustadt)', number: '+43 1 4087 112-0' }],
    town: 'Vienna', address: 'Kettenbrückengasse 14/9, 1050 Wien',
    summary: 'Economist with ten years in grant auditing and public procurement, first inside a federal agency, then as a consultant to ministries, regions and public utilities.',
    skillsProse: 'In my daily work I rely on Excel, SAP FI and Power BI; methodologically I work with Public procurement (BVergG 2018), Grant & subsidy auditing, Cost–benefit analysis, Process mapping (BPMN 2.0) and Workshop facilitation.',
    skills: [
      { printed: 'Public procurement (BVergG 2018)', syn: ['public procurement'], group: 'Method', level: 'expert' },
      { printed: 'Grant & subsidy auditing', syn: ['grant auditing'], group: 'Method', level: 'expert' },
      { printed: 'Cost–benefit analysis', syn: ['CBA', 'cost-benefit analysis'], group: 'Method', level: 'very good' },
      { printed: 'Process mapping (BPMN 2.0)', syn: ['BPMN', 'process mapping'], group: 'Method', level: 'very good' },
      { printed: 'Workshop facilitation', group: 'Method', level: 'very good' },
      { printed: 'Excel', syn: ['MS Excel', 'Microsoft Excel'], group: 'Tools', level: 'expert' },
      { printed: 'SAP FI', syn: ['SAP'], group: 'Tools', level: 'good' },
      { printed: 'Power BI', group: 'Tools', level: 'good' },
    ],
    jobs: [
      { company: 'Bundesamt für Fördermittelprüfung', title: 'Administrative trainee (Verwaltungspraktikum)', start: '2011-10', end: '2012-09', town: 'Vienna', kind: 'intern', bullets: ['Rotations through the grants, budget and legal departments'] },
      { company: 'Bundesamt für Fördermittelprüfung', title: 'Grant auditor (Referentin)', start: '2012-10', end: '2016-02', town: 'Vienna', bullets: ['Audited 140+ EU and federal grant files a year', 'Drafted the agency’s first risk-based sampling guideline'] },
      { company: 'Kallinger & Partner Public Sector Advisory GmbH', title: 'Consultant', start: '2016-03', end: '2018-12', town: 'Vienna', bullets: ['Procurement strategies for regional hospital and transport operators'] },
      { company: 'Kallinger & Partner Public Sector Advisory GmbH', title: 'Senior Consultant', start: '2019-01', end: '2020-12', town: 'Vienna', bullets: ['Led teams of three to five on ministry-level cost–benefit studies'] },
      { company: 'FH Campus Donaustadt', title: 'External lecturer, public finance (part-time)', start: '2019-03', end: null, town: 'Vienna', kind: 'pt', load: '2 SWS', bullets: ['Teaches “Public Procurement in Practice” in the MA programme'] },
      { company: 'Hollenstein Public Advisory e.U.', title: 'Owner, independent consultant', start: '2021-11', end: null, town: 'Vienna', kind: 'self', bullets: ['Procurement and grant-compliance mandates for public clients'],
        clients: [
          { name: 'Verkehrsverbund Alpenost', period: 'Q1 2022 – Q4 2022', what: 'tender design for a regional bus lot' },
          { name: 'Klinikholding Ostmark', period: 'Q2 2023 – Q1 2024', what: 'audit of framework agreements' },
          { name: 'Gemeindeverband Mühlviertel-Süd', period: 'since Q3 2024', what: 'EU-grant compliance office' },
        ] },
    ],
    breaks: [{ start: '2021-01', end: '2021-10', label: 'Parental leave (Karenz)' }],
    education: [
      { school: 'Alpenland University Graz', degree: 'Mag.rer.soc.oec. (Economics)', start: '2005-10', end: '2011-06', town: 'Graz' },
      { school: 'Vienna Metropolitan Business School', degree: 'Executive MBA (part-time)', start: '2017-10', end: '2019-09', town: 'Vienna' },
    ],
    languages: ['German (native)', 'English (C1)', 'Italian (B1)'],
    certificates: ['Certified Public Procurement Officer (ÖPV, 2018)'],
    referees: [{ name: 'Dr. Harald Kallinger', role: 'Managing Partner, Kallinger & Partner', phone: '+43 1 5129 440-11' }],
    notes: 'Austrian; Mag. + MBA; concurrent lecturing; parental leave; self-employed with clients',
    particulars: [['Date of birth', '14 March 1986, Graz'], ['Citizenship', 'Austria'], ['Family status', 'married, one child']],
  },
  {
    id: 'p02', language: 'en', name: 'Siobhán Delaney', given: 'Siobhán', family: 'Delaney', postNominals: 'RGN, BNS (Hons), PG Dip Crit Care',
    headline: 'Clinical Nurse Manager 1, Intensive Care',
    email: 'siobhan.delaney.rgn@gmail.com',
    phone: { e164: '+353864192275', local: '086 419 2275', intl: '+353 86 419 2275' },
    others: [{ label: 'ICU nurses’ station', number: '091 544 100 ext. 4410' }],
    town: 'Galway', address: '7 Cluain Mhuire, Ballybrit, Galway H91 X2K7',
    summary: 'Registered general nurse with twelve years’ acute experience, eight in critical care, currently CNM1 on a 14-bed ICU.',
    skillsProse: 'Day to day I am responsible for Ventilator care, Tracheostomy care, Arterial blood gas sampling, IV cannulation and Central line management, and I lead on INEWS escalation, Medication management, Rostering (HealthRoster) and Preceptorship of new graduates.',
    skills: [
      { printed: 'Ventilator care', syn: ['mechanical ventilation'], group: 'Critical care' },
      { printed: 'Tracheostomy care', group: 'Critical care' },
      { printed: 'Arterial blood gas sampling', syn: ['ABG sampling', 'ABG'], group: 'Critical care' },
      { printed: 'IV cannulation', syn: ['intravenous cannulation'], group: 'Clinical' },
      { printed: 'Central line management', syn: ['CVC management'], group: 'Clinical' },
      { printed: 'INEWS escalation', syn: ['early warning score', 'INEWS'], group: 'Clinical' },
      { printed: 'Medication management', group: 'Clinical' },
      { printed: 'Rostering (HealthRoster)', syn: ['rostering', 'HealthRoster'], group: 'Management' },
      { printed: 'Preceptorship', syn: ['mentoring'], group: 'Management' },
    ],
    jobs: [
      { company: 'St. Brendan’s Nursing Home', title: 'Healthcare Assistant (part-time)', start: '2010-09', end: '2014-05', town: 'Tuam', kind: 'pt', load: '0.4 WTE', bullets: ['Weekend and holiday shifts while studying'] },
      { company: 'Corrib University Hospital', title: 'Staff Nurse, Medical (St. Enda’s Ward)', start: '2014-09', end: '2018-02', town: 'Galway', load: '1.0 WTE', bullets: ['28-bed acute medical ward; nurse in charge on nights from 2016'] },
      { company: 'WestCare Nursing Agency', title: 'Agency Staff Nurse (bank shifts)', start: '2016-01', end: '2019-12', town: 'Galway', kind: 'pt', load: 'approx. 0.2 WTE', bullets: ['ED and theatre-recovery shifts in three private hospitals'] },
      { company: 'Corrib University Hospital', title: 'Staff Nurse, Intensive Care Unit', start: '2018-03', end: '2020-06', town: 'Galway', load: '1.0 WTE', bullets: ['Level 3 patients 1:1, CRRT and proning during COVID-19 surge'] },
      { company: 'Corrib University Hospital', title: 'Clinical Nurse Manager 1 (CNM1), ICU', start: '2020-07', end: null, town: 'Galway', load: '1.0 WTE', bullets: ['Shift lead for 14 beds and 22 nursing staff', 'Ran the unit’s preceptorship programme for 11 new graduates'] },
    ],
    breaks: [{ start: '2022-03', end: '2022-11', label: 'Maternity leave' }],
    education: [
      { school: 'Western Seaboard University', degree: 'BNS (Hons) General Nursing', start: '2010-09', end: '2014-05', town: 'Galway' },
      { school: 'Western Seaboard University', degree: 'PG Dip in Critical Care Nursing', start: '2018-09', end: '2019-09', town: 'Galway' },
    ],
    languages: ['English (native)', 'Irish (fluent)'],
    certificates: ['NMBI registration, PIN 146822 (General)', 'ACLS provider (2025)', 'BLS instructor'],
    referees: [
      { name: 'Mairéad Colleran', role: 'CNM3, Critical Care Directorate, Corrib University Hospital', phone: '+353 87 662 0148', email: 'm.colleran@corribuh.ie' },
      { name: 'Declan Furey', role: 'Director of Nursing, WestCare Nursing Agency', phone: '091 770 320' },
    ],
    notes: 'Irish nurse; post-nominals; promotions within one hospital; concurrent agency shifts; maternity leave',
  },
  {
    id: 'p03', language: 'en', name: 'Dwayne Kowalchuk', given: 'Dwayne', family: 'Kowalchuk',
    headline: 'Red Seal Journeyperson Electrician (309A) – Industrial / Commercial',
    email: 'dkowalchuk.electric@outlook.com',
    phone: { e164: '+17805550143', local: '780-555-0143', intl: '+1 780 555 0143' },
    others: [{ label: 'Home', number: '780-555-0187' }],
    town: 'Edmonton, AB', address: '11842 64 St NW, Edmonton, AB T5W 4J9',
    summary: 'Former kitchen lead who retrained as an electrician; five years of camp and shutdown work in the oil sands, now foreman on commercial builds.',
    skillsProse: 'On the tools I am strongest at Conduit bending (EMT & rigid), Motor controls, PLC troubleshooting, Cable tray & terminations and Hazardous locations (Class I Div 1) work; as a foreman I handle Blueprint reading, Material takeoffs and Crew scheduling.',
    skills: [
      { printed: 'Conduit bending (EMT & rigid)', syn: ['conduit bending'] },
      { printed: 'Motor controls' },
      { printed: 'PLC troubleshooting', syn: ['PLC'] },
      { printed: 'Cable tray & terminations', syn: ['cable terminations'] },
      { printed: 'Hazardous locations (Class I Div 1)', syn: ['hazardous locations'] },
      { printed: 'Blueprint reading', syn: ['reading drawings'] },
      { printed: 'Material takeoffs', syn: ['takeoffs'] },
      { printed: 'Crew scheduling' },
    ],
    jobs: [
      { company: 'Prairie Smoke Grill', title: 'Line Cook', start: '2009-06', end: '2013-08', town: 'Edmonton, AB', bullets: ['Grill and sauté stations, 250 covers a night'] },
      { company: 'Prairie Smoke Grill', title: 'Kitchen Lead', start: '2013-09', end: '2014-08', town: 'Edmonton, AB', bullets: ['Ran a crew of six; ordering and food-cost reports'] },
      { company: 'Northline Electric Ltd.', title: '1st Period Apprentice Electrician', start: '2014-09', end: '2015-08', town: 'Edmonton, AB', kind: 'apprentice', load: '1,640 hrs', bullets: ['Residential and light commercial rough-in'] },
      { company: 'Northline Electric Ltd.', title: '2nd Period Apprentice Electrician', start: '2015-09', end: '2016-08', town: 'Edmonton, AB', kind: 'apprentice', load: '1,710 hrs', bullets: ['Tenant improvements, panel changes, fire alarm devices'] },
      { company: 'Boreal Industrial Electric Inc.', title: '3rd–4th Period Apprentice Electrician', start: '2016-09', end: '2018-12', town: 'Fort McMurray, AB', kind: 'apprentice', load: '3,980 hrs (14/7 rotation, camp)', bullets: ['Oil-sands upgrader shutdowns: MCC buckets, tray, Div 1 fittings'] },
      { company: 'Boreal Industrial Electric Inc.', title: 'Journeyperson Electrician', start: '2019-01', end: '2021-05', town: 'Fort McMurray, AB', load: '14/7 rotation', bullets: ['Instrument loops and VFD commissioning with the controls team'] },
      { company: 'Keystone Mechanical & Electrical', title: 'Electrical Foreman', start: '2021-06', end: null, town: 'Edmonton, AB', bullets: ['Runs 8–12 electricians on schools and care-home builds', 'Takeoffs, lookaheads and daily logs in Procore'] },
    ],
    breaks: [],
    education: [
      { school: 'Aspen Ridge Polytechnic', degree: 'Electrician apprenticeship – technical training, periods 1–4', start: '2015-01', end: '2018-11', town: 'Edmonton, AB' },
      { school: 'Aspen Ridge Polytechnic', degree: 'Pre-employment Electrician certificate', start: '2014-01', end: '2014-06', town: 'Edmonton, AB' },
    ],
    languages: ['English', 'Ukrainian (conversational)'],
    certificates: ['Red Seal Interprovincial – Construction Electrician 309A (2019)', 'H2S Alive (exp. 2027)', 'Standard First Aid / CPR C', 'Fall Protection', 'CSTS-2020'],
    referees: [
      { name: 'Gord Halvorsen', role: 'General Foreman, Boreal Industrial Electric', phone: '780-555-0121' },
      { name: 'Priya Sandhu', role: 'Project Manager, Keystone Mechanical & Electrical', phone: '587-555-0164' },
    ],
    notes: 'Canadian trades career changer; apprenticeship periods as roles; cell vs home number',
  },
  {
    id: 'p04', language: 'en', name: 'Chloe Abernethy', given: 'Chloe', family: 'Abernethy', pronouns: 'she/her',
    headline: 'Hospitality · Front Office · Guest Experience',
    email: 'chloe.abernethy@hotmail.co.uk',
    phone: { e164: '+447700900418', local: '07700 900418', intl: '+44 7700 900418' },
    others: [{ label: 'Loch Garve Hotel reception', number: '01997 410 288' }],
    town: 'Inverness', address: 'Flat 2, 18 Crown Drive, Inverness IV2 3QF',
    summary: 'Hospitality graduate who has worked every side of a hotel – kitchen, café, chalet and front desk – and now supervises a 64-room Highland hotel’s front office.',
    skillsProse: 'I use Opera PMS every shift and I am good at Guest relations, Complaint handling, Upselling, Cash handling and Rota planning; I also make the hotel’s social posts in Canva and still do decent Latte art.',
    skills: [
      { printed: 'Opera PMS', syn: ['Oracle Opera', 'Opera'] },
      { printed: 'Guest relations' },
      { printed: 'Complaint handling' },
      { printed: 'Upselling' },
      { printed: 'Cash handling' },
      { printed: 'Rota planning', syn: ['staff scheduling'] },
      { printed: 'Canva' },
      { printed: 'Latte art' },
    ],
    jobs: [
      { company: 'The Ness Bank Bistro', title: 'Kitchen Porter (part-time)', start: '2017-05', end: '2018-08', town: 'Inverness', kind: 'pt', bullets: ['Evenings and weekends during sixth year'] },
      { company: 'Grind & Co. Coffee', title: 'Barista (part-time)', start: '2018-09', end: '2022-05', town: 'Edinburgh', kind: 'pt', season: "'18 – '22", bullets: ['16 hrs/week through university; trained new starts'] },
      { company: 'Camp Lake Tamarack', title: 'Camp Counsellor (J-1 summer)', start: '2019-06', end: '2019-08', town: 'Maine, USA', kind: 'seasonal', season: 'Summer 2019', bullets: ['Cabin of ten 12-year-olds; waterfront and arts'] },
      { company: 'Peaks & Pistes Ltd', title: 'Chalet Host', start: '2022-12', end: '2023-04', town: 'Méribel, France', kind: 'seasonal', season: 'Winter 22/23', bullets: ['Ran a 12-bed catered chalet: breakfasts, afternoon tea, 3-course dinners'] },
      { company: 'Loch Garve Hotel', title: 'Front Office Assistant', start: '2023-05', end: '2024-03', town: 'Garve', bullets: ['Check-in/out, reservations, night audit cover'] },
      { company: 'Loch Garve Hotel', title: 'Front Office Supervisor', start: '2024-04', end: null, town: 'Garve', bullets: ['Supervises five receptionists; writes the rota', 'Raised upsell revenue by 18 % in 2025'] },
    ],
    breaks: [],
    education: [
      { school: 'Forth Valley University', degree: 'BA (Hons) Hospitality & Tourism Management, 2:1', start: '2018-09', end: '2022-05', town: 'Edinburgh' },
      { school: 'Raigmore Hill Academy', degree: 'Highers: English (A), Business Management (A), French (B)', start: '2012-08', end: '2018-06', town: 'Inverness' },
    ],
    languages: ['English (native)', 'French (B1)'],
    certificates: ['Scottish Personal Licence (2024)', 'REHIS Elementary Food Hygiene', 'Emergency First Aid at Work'],
    referees: [
      { name: 'Callum Fraser', role: 'General Manager, Loch Garve Hotel', phone: '07700 900733' },
      { name: 'Anaïs Perrin', role: 'Resort Manager, Peaks & Pistes', phone: '+33 6 12 48 90 37' },
    ],
    notes: 'Scottish; pronouns; seasonal and concurrent part-time jobs; Summer 2019 / Winter 22/23 / \'18 – \'22',
  },
  {
    id: 'p05', language: 'en', name: 'Mereana Tautahi-Walker', given: 'Mereana', family: 'Tautahi-Walker',
    headline: 'Secondary teacher – English and te reo Māori',
    email: 'mereana.tautahi@gmail.com',
    phone: { e164: '+64210487731', local: '021 048 7731', intl: '+64 21 048 7731' },
    others: [{ label: 'School office, Waipā Heights College', number: '07 871 4460' }],
    town: 'Hamilton', address: '23 Kōwhai Street, Hamilton East, Hamilton 3216',
    summary: 'Fully certificated secondary teacher returning to a permanent role after a career break raising three tamariki, with relief teaching and a maternity-cover position since.',
    skillsProse: 'The tools I use every week are Google Classroom, Hero and Canva; my teaching strengths are NCEA assessment & moderation, Culturally responsive pedagogy, Restorative practice, Literacy intervention and Kapa haka tutoring.',
    skills: [
      { printed: 'NCEA assessment & moderation', syn: ['NCEA'] },
      { printed: 'Culturally responsive pedagogy' },
      { printed: 'Restorative practice', syn: ['restorative practices'] },
      { printed: 'Literacy intervention' },
      { printed: 'Kapa haka tutoring', syn: ['kapa haka'] },
      { printed: 'Google Classroom' },
      { printed: 'Hero', syn: ['Hero SMS'] },
      { printed: 'Canva' },
    ],
    jobs: [
      { company: 'Kirikiri Valley High School', title: 'Beginning Teacher, English', start: '2011-02', end: '2013-12', town: 'Te Awamutu', load: '1.0 FTE', bullets: ['Years 9–11 English; provisionally certificated until 2013'] },
      { company: 'Rangiātea Park College', title: 'Teacher of English and Te Reo Māori', start: '2014-01', end: '2016-12', town: 'Hamilton', load: '1.0 FTE', bullets: ['NCEA Level 1–2 English; Year 9 te reo'] },
      { company: 'Rangiātea Park College', title: 'Teacher in Charge, Te Reo Māori', start: '2017-01', end: '2018-12', town: 'Hamilton', load: '1.0 FTE', bullets: ['Rebuilt the te reo programme to Level 3; kapa haka roopu to regionals'] },
      { company: 'Pukeatua Valley School', title: 'Relief Teacher (day-to-day)', start: '2022-07', end: '2023-01', town: 'Hamilton', kind: 'pt', load: 'casual', bullets: ['Years 1–8, two to four days a week'] },
      { company: 'Rangiātea Park College', title: 'Fixed-term Teacher of English (maternity cover)', start: '2023-02', end: '2023-12', town: 'Hamilton', kind: 'cover', season: '2023 (maternity cover)', load: '1.0 FTE', bullets: ['Two Year 12 classes through to external exams'] },
      { company: 'Waipā Heights College', title: 'Teacher of English (permanent)', start: '2024-01', end: null, town: 'Cambridge', load: '0.8 FTE', bullets: ['Years 10–13; literacy lead for the junior school'] },
    ],
    breaks: [{ start: '2019-01', end: '2022-06', label: 'Career break – full-time parent' }],
    education: [
      { school: 'Kaimai University', degree: 'BA English and Māori Studies', start: '2007-02', end: '2009-11', town: 'Hamilton' },
      { school: 'Kaimai University', degree: 'Graduate Diploma of Teaching (Secondary)', start: '2010-02', end: '2010-11', town: 'Hamilton' },
    ],
    languages: ['English', 'Te reo Māori (fluent)'],
    certificates: ['Full Practising Certificate, Teaching Council (renewed 2025)', 'First Aid (Red Cross, 2025)'],
    referees: [
      { name: 'Whaea Huia Parata', role: 'Principal, Rangiātea Park College', phone: '027 448 1905' },
      { name: 'Grant McAlister', role: 'Deputy Principal, Waipā Heights College', phone: '07 871 4461' },
    ],
    notes: 'NZ teacher returner; career break; relief and maternity cover; 0.8 FTE',
  },
  {
    id: 'p06', language: 'en', name: 'Marcus J. Whitfield', given: 'Marcus J.', family: 'Whitfield', postNominals: 'CPA', pronouns: 'he/him',
    headline: 'Fractional CFO & outsourced controller for owner-run businesses',
    email: 'marcus@whitfieldledger.com',
    phone: { e164: '+16145550162', local: '(614) 555-0162', intl: '+1 614 555 0162' },
    others: [{ label: 'Office manager, Tamika Reyes', number: '(614) 555-0110' }],
    town: 'Columbus, OH', address: '1460 Oakland Park Ave, Columbus, OH 43224',
    summary: 'CPA with a Big-firm audit background and six years as a manufacturing controller; since 2019 I run my own practice giving small companies a part-time finance chief.',
    skillsProse: 'I work daily in QuickBooks Online, NetSuite and Excel (mostly Power Query), and what clients hire me for is Cash-flow forecasting, Month-end close, Sales tax compliance and Budgeting & KPI dashboards.',
    skills: [
      { printed: 'QuickBooks Online', syn: ['QBO', 'QuickBooks'] },
      { printed: 'NetSuite', syn: ['Oracle NetSuite'] },
      { printed: 'Excel', syn: ['Microsoft Excel'] },
      { printed: 'Power Query' },
      { printed: 'Cash-flow forecasting', syn: ['cash flow forecasting'] },
      { printed: 'Month-end close', syn: ['financial close'] },
      { printed: 'Sales tax compliance' },
      { printed: 'Budgeting & KPI dashboards', syn: ['budgeting'] },
    ],
    jobs: [
      { company: 'Harlan & Voss LLP', title: 'Audit Associate', start: '2010-09', end: '2012-08', town: 'Columbus, OH', bullets: ['Manufacturing and distribution audits'] },
      { company: 'Harlan & Voss LLP', title: 'Audit Senior', start: '2012-09', end: '2015-06', town: 'Columbus, OH', bullets: ['In-charge on six engagements up to $400M revenue'] },
      { company: 'Buckeye Fastener Supply Co.', title: 'Assistant Controller', start: '2015-07', end: '2017-12', town: 'Groveport, OH', bullets: ['Cut close from 12 to 6 working days'] },
      { company: 'Buckeye Fastener Supply Co.', title: 'Controller', start: '2018-01', end: '2019-02', town: 'Groveport, OH', bullets: ['Led the NetSuite migration and a $14M ABL refinancing'] },
      { company: 'Whitfield Ledger Services LLC', title: 'Principal (self-employed)', start: '2019-03', end: null, town: 'Columbus, OH', kind: 'self', bullets: ['Fractional CFO / controller for 4–6 clients at a time'],
        clients: [
          { name: 'Olentangy Family Dental', period: '2019 – 2021', what: 'monthly close, payroll review' },
          { name: 'Scioto Brewing Co.', period: 'Q3 2021 – Q2 2023', what: 'interim CFO through SBA loan and expansion' },
          { name: 'Maple Row Landscaping', period: 'since Q1 2022', what: 'job costing, 13-week cash forecast' },
          { name: 'Hocking Hills Cabins LLC', period: '2024 – pres.', what: 'QBO clean-up, lodging tax filings' },
        ] },
      { company: 'Franklinton Community College', title: 'Adjunct Instructor, Accounting (part-time)', start: '2020-08', end: '2023-05', town: 'Columbus, OH', kind: 'pt', season: 'Fall 2020 – Spring 2023', bullets: ['ACCT 1101 and 2120, two sections a semester'] },
    ],
    breaks: [],
    education: [
      { school: 'Ohio Valley State University', degree: 'B.S. Accountancy, magna cum laude', start: '2006-09', end: '2010-05', town: 'Athens, OH' },
    ],
    languages: ['English', 'Spanish (working)'],
    certificates: ['CPA, Ohio (license no. CPA.0431877)', 'QuickBooks Online ProAdvisor (Advanced)'],
    referees: [{ name: 'Lena Okafor', role: 'Owner, Scioto Brewing Co.', phone: '(614) 555-0137' }],
    notes: 'US; pronouns + CPA; self-employed line with clients; adjunct concurrent (Fall/Spring terms)',
  },
  {
    id: 'p07', language: 'en', name: 'Wanjiru Kamau', given: 'Wanjiru', family: 'Kamau', prefix: 'Dr.', postNominals: 'PhD',
    headline: 'Senior Lecturer in Epidemiology',
    email: 'wkamau.phd@gmail.com',
    phone: { e164: '+254722418309', local: '0722 418 309', intl: '+254 722 418 309' },
    others: [{ label: 'Department office', number: '+254 20 231 8400 ext. 212' }],
    town: 'Nairobi', address: 'P.O. Box 48211-00100, Nairobi',
    summary: 'Clinical officer turned epidemiologist; fifteen years across clinical care, maternal-health research and university teaching.',
    skillsProse: 'For analysis I use Stata, R and NVivo, and I build data collection in REDCap; my methods work covers Survey design, Systematic reviews, Mixed-methods research and Grant writing.',
    skills: [
      { printed: 'Stata' },
      { printed: 'R', syn: ['R programming'] },
      { printed: 'NVivo' },
      { printed: 'REDCap' },
      { printed: 'Survey design' },
      { printed: 'Systematic reviews', syn: ['systematic review'] },
      { printed: 'Mixed-methods research', syn: ['mixed methods'] },
      { printed: 'Grant writing' },
    ],
    jobs: [
      { company: 'Thika Road Mission Hospital', title: 'Clinical Officer', start: '2008-01', end: '2011-08', town: 'Nairobi', bullets: ['Outpatient and maternity unit'] },
      { company: 'Centre for Maternal Health Research', title: 'Research Assistant (part-time)', start: '2011-09', end: '2013-06', town: 'Nairobi', kind: 'pt', bullets: ['Field supervisor for a 2,400-household survey'] },
      { company: 'Mt. Kenya Highlands University', title: 'Tutorial Fellow', start: '2013-07', end: '2017-06', town: 'Nyeri', bullets: ['Taught biostatistics tutorials while completing PhD'] },
      { company: 'Mt. Kenya Highlands University', title: 'Lecturer', start: '2017-07', end: '2021-12', town: 'Nyeri', bullets: ['Coordinated the MPH epidemiology stream'] },
      { company: 'Rift Valley School of Public Health', title: 'Part-time Lecturer', start: '2019-01', end: '2022-12', town: 'Nakuru', kind: 'pt', bullets: ['Research methods for evening MPH classes'] },
      { company: 'Mt. Kenya Highlands University', title: 'Senior Lecturer', start: '2022-01', end: null, town: 'Nyeri', bullets: ['Supervises 7 MSc and 3 PhD students', 'Co-PI, maternal sepsis cohort (KES 38M)'] },
    ],
    breaks: [],
    education: [
      { school: 'Mt. Kenya Highlands University', degree: 'PhD Epidemiology', start: '2013-09', end: '2017-05', town: 'Nyeri' },
      { school: 'University of the Lakes, Kisumu', degree: 'Master of Public Health', start: '2011-09', end: '2013-06', town: 'Kisumu' },
      { school: 'Nairobi Medical Training Institute', degree: 'Diploma in Clinical Medicine and Surgery', start: '2004-09', end: '2007-08', town: 'Nairobi' },
    ],
    languages: ['English', 'Kiswahili', 'Gĩkũyũ'],
    certificates: ['Clinical Officers Council – registered (CO/14229)', 'GCP certificate (2024)'],
    referees: [
      { name: 'Prof. Peter Otieno', role: 'Dean, School of Health Sciences', phone: '+254 733 605 118', email: 'p.otieno@mkhu.ac.ke' },
      { name: 'Dr. Grace Wambui', role: 'Director, Centre for Maternal Health Research', phone: '+254 711 902 437' },
    ],
    notes: 'Kenyan academic; Dr./PhD; promotions; concurrent part-time lecturing',
  },
  {
    id: 'p08', language: 'zh', name: '张晓燕', given: '晓燕', family: '张',
    headline: '主管护师 ｜ 护士长',
    email: 'zhangxy_hl@163.com',
    phone: { e164: '+8613980276514', local: '139 8027 6514', intl: '+86 139 8027 6514' },
    others: [{ label: '科室护士站', number: '028-8563 2210' }],
    town: '成都', address: '四川省成都市武侯区晋阳路 218 号',
    summary: '从事临床护理工作十四年，其中重症与康复护理九年，具备病区管理和护理质量控制经验。',
    skillsProse: '日常工作中熟练开展静脉输液治疗、PICC维护、伤口造口护理和危重症护理，负责护理质量管理与院感防控，会用Excel做排班和质控统计。',
    skills: [
      { printed: '静脉输液治疗', syn: ['静脉治疗'], group: '专科护理' },
      { printed: 'PICC维护', syn: ['PICC'], group: '专科护理' },
      { printed: '伤口造口护理', syn: ['伤口护理'], group: '专科护理' },
      { printed: '危重症护理', syn: ['重症护理'], group: '专科护理' },
      { printed: '护理质量管理', syn: ['护理质控'], group: '护理管理' },
      { printed: '院感防控', syn: ['医院感染防控'], group: '护理管理' },
      { printed: 'Excel', group: '办公软件' },
    ],
    jobs: [
      { company: '成都市锦城第三人民医院', title: '护士（心内科）', start: '2012-07', end: '2016-06', town: '成都', bullets: ['负责心内科病区日常护理、危重患者交接'] },
      { company: '成都市锦城第三人民医院', title: '护师（ICU）', start: '2016-07', end: '2020-12', town: '成都', bullets: ['ICU 轮转后定岗，带教实习护生 30 余名'] },
      { company: '成都市锦城第三人民医院', title: '主管护师（ICU）', start: '2021-01', end: '2023-02', town: '成都', bullets: ['担任科室质控护士，负责压疮与非计划拔管监测'] },
      { company: '安心护到家互联网护理平台', title: '兼职上门护士', start: '2021-06', end: '2022-12', town: '成都', kind: 'pt', bullets: ['利用休息日接单：PICC维护、换药、留置导尿'] },
      { company: '成都天府康宁康复医院', title: '护士长（神经康复病区）', start: '2023-03', end: null, town: '成都', bullets: ['管理 42 张床位、护理人员 19 人', '牵头通过三级康复医院评审护理条款'] },
    ],
    breaks: [{ start: '2019-08', end: '2020-01', label: '产假' }],
    education: [
      { school: '川西医科大学', degree: '护理学 本科', start: '2008-09', end: '2012-06', town: '雅安' },
    ],
    languages: ['普通话', '四川话', '英语（CET-4）'],
    certificates: ['护士执业证书（编号 201251001234）', '主管护师资格（2020年）', 'PICC专科护士证书（四川省护理学会，2018年）'],
    referees: [
      { name: '李红梅', role: '成都市锦城第三人民医院 护理部主任', phone: '028-8563 2001' },
      { name: '王建', role: '成都天府康宁康复医院 人力资源部', phone: '028-6712 0935' },
    ],
    notes: '成都护士；护士→护师→主管护师→护士长；产假；兼职上门护理平台',
  },
  {
    id: 'p09', language: 'zh', name: '刘建军', given: '建军', family: '刘',
    headline: '厨师长 ｜ 湘菜、粤菜',
    email: 'liujianjun_chef@qq.com',
    phone: { e164: '+8618673210958', local: '186 7321 0958', intl: '+86 186 7321 0958' },
    others: [{ label: '酒店总机', number: '0731-8852 6600' }],
    town: '长沙', address: '湖南省长沙市岳麓区梅溪湖路 66 号',
    summary: '厨龄十八年，从学徒做起，做过季节性度假酒店，担任过宴会中心行政总厨，擅长湘菜、粤菜和大型宴会出品。',
    skillsProse: '本人擅长湘菜、粤菜，熟悉宴会出品管理、成本控制、食品安全管理、菜品研发和后厨排班。',
    skills: [
      { printed: '湘菜', syn: ['湖南菜'] },
      { printed: '粤菜', syn: ['广东菜'] },
      { printed: '宴会出品管理', syn: ['宴会管理'] },
      { printed: '成本控制', syn: ['成本管理'] },
      { printed: '食品安全管理', syn: ['食品安全'] },
      { printed: '菜品研发' },
      { printed: '后厨排班' },
    ],
    jobs: [
      { company: '长沙湘味楼酒家', title: '学徒 / 切配', start: '2008-03', end: '2010-02', town: '长沙', kind: 'apprentice', bullets: ['切配、打荷，跟师傅学湘菜基本功'] },
      { company: '长沙湘味楼酒家', title: '炒锅厨师', start: '2010-03', end: '2013-05', town: '长沙', bullets: ['负责热菜炒锅，日出品 300 余份'] },
      { company: '三亚海棠湾珊瑚度假酒店', title: '中餐厨师（冬季季节工）', start: '2013-11', end: '2014-04', town: '三亚', kind: 'seasonal', season: '2013—2014 冬季', bullets: ['旺季中餐厅及自助餐出品'] },
      { company: '深圳福田粤湘汇餐饮管理有限公司', title: '厨师主管', start: '2014-06', end: '2018-08', town: '深圳', bullets: ['管理 12 人厨房团队，开发粤湘融合菜 20 余道'] },
      { company: '广州天河禾丰宴会中心', title: '行政总厨', start: '2018-09', end: '2023-06', town: '广州', bullets: ['单场宴会最高 120 桌', '食材成本率由 41% 降至 35%'] },
      { company: '长沙梅溪湖悦庭酒店', title: '厨师长', start: '2023-08', end: null, town: '长沙', bullets: ['负责中餐厅、宴会厅及员工餐厅出品'] },
    ],
    breaks: [{ start: '2023-07', end: '2023-07', label: '待业（搬家回长沙）' }],
    education: [
      { school: '湖南商贸技工学校', degree: '中式烹调 中专', start: '2005-09', end: '2008-01', town: '长沙' },
    ],
    languages: ['普通话', '湖南话', '粤语（能听懂）'],
    certificates: ['中式烹调师 高级技师（二级）', '健康证', '食品安全管理员证'],
    referees: [
      { name: '陈国栋', role: '广州天河禾丰宴会中心 总经理', phone: '020-3821 7706' },
      { name: '黄师傅（黄志强）', role: '长沙湘味楼酒家 原厨师长', phone: '138 7310 4426' },
    ],
    notes: '厨师；学徒起步；季节工；晋升；待业一个月',
  },
  {
    id: 'p10', language: 'zh', name: '周文博', given: '文博', family: '周',
    headline: '高中物理网课讲师 ｜ 教研顾问',
    email: 'zhouwenbo_phy@126.com',
    phone: { e164: '+8615827196403', local: '158 2719 6403', intl: '+86 158 2719 6403' },
    others: [{ label: '商务合作（助理 小林）', number: '176 2715 8832' }],
    town: '武汉', address: '湖北省武汉市洪山区珞喻路 1037 号',
    summary: '做过七年公办高中物理老师，后转入教培机构任主讲，2021年起独立做网课和教研外包。',
    skillsProse: '我的专业是高中物理教学、课程设计和命题与组卷；做网课时直播授课用希沃白板，剪辑用剪映，课件用PPT。',
    skills: [
      { printed: '高中物理教学', syn: ['物理教学'] },
      { printed: '课程设计' },
      { printed: '命题与组卷', syn: ['命题'] },
      { printed: '直播授课', syn: ['网课直播'] },
      { printed: '希沃白板' },
      { printed: '剪映' },
      { printed: 'PPT', syn: ['PowerPoint'] },
    ],
    jobs: [
      { company: '武汉市光谷第九中学', title: '高中物理教师', start: '2013-09', end: '2017-08', town: '武汉', bullets: ['任教高一、高二物理，兼任班主任三年'] },
      { company: '武汉市光谷第九中学', title: '物理教研组长', start: '2017-09', end: '2019-07', town: '武汉', bullets: ['带领 9 人教研组，主持区级课题一项'] },
      { company: '湖北鸿文教辅出版社', title: '兼职命题编辑', start: '2018-03', end: '2020-12', town: '武汉', kind: 'pt', bullets: ['编写《高考物理一轮复习》配套习题'] },
      { company: '北京启明星教育科技有限公司武汉分公司', title: '物理学科主讲', start: '2019-08', end: '2021-09', town: '武汉', bullets: ['高三冲刺班主讲，续班率 82%'] },
      { company: '自由职业', title: '网课讲师 / 教研顾问', start: '2021-10', end: null, town: '武汉', kind: 'self', bullets: ['为多家平台录制、直播高中物理课程并提供教研外包'],
        clients: [
          { name: '思维树网校（合作讲师）', period: '2021年第四季度—2022年第三季度', what: '高二物理直播课' },
          { name: '长江云课堂', period: '2022年起', what: '录播课 64 讲' },
          { name: '湖北鸿文教辅出版社', period: '2023年至今', what: '教辅审稿（按件计费）' },
        ] },
    ],
    breaks: [],
    education: [
      { school: '江汉师范大学', degree: '物理学（师范）本科', start: '2009-09', end: '2013-06', town: '武汉' },
    ],
    languages: ['普通话（二级甲等）', '英语（CET-6）'],
    certificates: ['高级中学教师资格证（物理）', '中学一级教师（2018年）'],
    referees: [{ name: '刘校长（刘振华）', role: '武汉市光谷第九中学 副校长', phone: '027-8761 3305' }],
    notes: '教师转行；晋升；兼职命题；双减后自由职业，合作机构列在一条自雇经历下',
  },
  {
    id: 'p11', language: 'zh', name: '林佳蓉', given: '佳蓉', family: '林', latin: 'Chia-Jung Lin',
    headline: '會計師 ｜ 審計・財務管理',
    email: 'jialin0715@yahoo.com.tw',
    phone: { e164: '+886928476153', local: '0928-476-153', intl: '+886 928 476 153' },
    others: [{ label: '公司代表號', number: '(02) 2796-3388 分機 615' }],
    town: '台北', address: '台北市內湖區瑞光路 76 巷 5 號 4 樓',
    summary: '具中華民國會計師資格，曾任事務所審計經理，現任上市公司財務經理，熟悉 IFRS 與內控制度。',
    skillsProse: '熟悉 IFRS、財務報表查核、內部控制與稅務申報，系統方面使用 SAP 與 Excel VBA，主導過 ERP導入。',
    skills: [
      { printed: 'IFRS' },
      { printed: '財務報表查核', syn: ['財報查核', '審計'] },
      { printed: '內部控制', syn: ['內控'] },
      { printed: '稅務申報' },
      { printed: 'SAP' },
      { printed: 'Excel VBA', syn: ['VBA'] },
      { printed: 'ERP導入', syn: ['ERP 導入'] },
    ],
    jobs: [
      { company: '立信聯合會計師事務所', title: '審計員', start: '2014-07', end: '2016-08', town: '台北', bullets: ['電子業及傳產客戶年度查核'] },
      { company: '立信聯合會計師事務所', title: '資深審計員', start: '2016-09', end: '2019-06', town: '台北', bullets: ['帶領 3–5 人查核小組'] },
      { company: '致遠聯合會計師事務所', title: '審計經理', start: '2019-07', end: '2022-03', town: '台北', bullets: ['負責上市櫃客戶 8 家之財報簽證'] },
      { company: '台北商業進修學院', title: '兼任講師（會計學）', start: '2020-02', end: '2022-06', town: '台北', kind: 'pt', bullets: ['夜間部中級會計學'] },
      { company: '宏晟精密工業股份有限公司', title: '財務經理', start: '2022-04', end: null, town: '新北', bullets: ['管理 6 人財會團隊', '主導 SAP S/4HANA 導入財務模組'] },
    ],
    breaks: [],
    education: [
      { school: '國立北港大學', degree: '會計學系 學士', start: '2010-09', end: '2014-06', town: '雲林' },
    ],
    languages: ['國語', '台語', '英語（TOEIC 860）'],
    certificates: ['中華民國會計師（111年取得）', '內部稽核師 CIA'],
    referees: [{ name: '陳志明 會計師', role: '致遠聯合會計師事務所 合夥人', phone: '(02) 2718-5521' }],
    notes: '台灣會計；事務所內晉升；兼任講師；繁體',
  },
  {
    id: 'p12', language: 'zh', name: '赵一鸣', given: '一鸣', family: '赵',
    headline: '2026届本科毕业生 ｜ 产品运营 / 数据分析',
    email: 'zhaoyiming2003@163.com',
    phone: { e164: '+8617751830926', local: '177 5183 0926', intl: '+86 177 5183 0926' },
    others: [{ label: '辅导员 孙老师', number: '025-8431 7720' }],
    town: '南京', address: '江苏省南京市江宁区弘景大道 1 号',
    summary: '信息管理专业应届毕业生，读书期间做过家教、勤工助学和三段实习，目前在上海做产品运营实习。',
    skillsProse: '技术上会 Python、SQL 和 Excel，用 Tableau 做可视化、Axure 画原型；做过用户调研和新媒体运营。',
    skills: [
      { printed: 'Python' },
      { printed: 'SQL' },
      { printed: 'Excel' },
      { printed: 'Tableau' },
      { printed: 'Axure', syn: ['Axure RP'] },
      { printed: '用户调研', syn: ['用户研究'] },
      { printed: '新媒体运营' },
    ],
    jobs: [
      { company: '南京学而优家教中心', title: '兼职家教（初中数学）', start: '2023-10', end: '2024-06', town: '南京', kind: 'pt', bullets: ['每周两次，带 3 名初二学生'] },
      { company: '南京云帆网络科技有限公司', title: '运营实习生（暑期）', start: '2024-07', end: '2024-08', town: '南京', kind: 'intern', season: '2024年暑假', bullets: ['公众号排版、活动数据整理'] },
      { company: '金陵理工大学图书馆', title: '勤工助学 图书馆助理', start: '2024-09', end: '2025-06', town: '南京', kind: 'pt', bullets: ['每周 10 小时，流通台和数字资源咨询'] },
      { company: '苏州禾木数据科技有限公司', title: '数据分析实习生', start: '2025-07', end: '2025-12', town: '苏州', kind: 'intern', bullets: ['用 SQL 和 Python 搭建日活、留存周报'] },
      { company: '上海星图信息技术有限公司', title: '产品运营实习生', start: '2026-03', end: null, town: '上海', kind: 'intern', bullets: ['负责会员体系活动策划和 A/B 实验复盘'] },
    ],
    breaks: [],
    education: [
      { school: '金陵理工大学', degree: '信息管理与信息系统 本科', start: '2022-09', end: '2026-06', town: '南京', note: 'GPA 3.6/4.0，专业前 15%' },
    ],
    languages: ['英语（CET-6 562）'],
    certificates: ['全国计算机等级考试二级（Python）', '校级一等奖学金（2024）'],
    referees: [
      { name: '孙老师（孙静）', role: '金陵理工大学信息管理学院 辅导员', phone: '025-8431 7720' },
      { name: '马经理（马骁）', role: '苏州禾木数据科技有限公司 数据部', phone: '181 5126 4470' },
    ],
    notes: '应届生；兼职、勤工助学与实习并行；暑期实习',
  },
  {
    id: 'p13', language: 'mixed', name: '陳嘉怡', given: '嘉怡', family: '陳', latin: 'CHAN Ka Yee, Karen', postNominals: 'RSW',
    headline: 'Registered Social Worker 註冊社工',
    email: 'karenchan.rsw@yahoo.com.hk',
    phone: { e164: '+85296372814', local: '9637 2814', intl: '+852 9637 2814' },
    others: [{ label: 'Centre office 中心電話', number: '2718 4502' }],
    town: 'Hong Kong', address: 'Flat 12B, Block 3, Lok Wah Court, Kowloon Bay',
    summary: 'Registered social worker with thirteen years in family, youth and elderly services in Hong Kong; experienced in casework, groups and supervising frontline staff.',
    skillsProse: 'I mainly work with Case management, CBT, Group work and Crisis intervention; I also do Programme planning and Funding proposals, and keep records in Excel and posters in Canva.',
    skills: [
      { printed: 'Case management', syn: ['casework'] },
      { printed: 'CBT', syn: ['Cognitive Behavioural Therapy'] },
      { printed: 'Group work' },
      { printed: 'Crisis intervention' },
      { printed: 'Programme planning', syn: ['program planning'] },
      { printed: 'Funding proposals', syn: ['proposal writing'] },
      { printed: 'Excel' },
      { printed: 'Canva' },
    ],
    jobs: [
      { company: 'Harbourlight Social Service Association', title: 'Social Work Assistant (SWA)', start: '2013-08', end: '2016-08', town: 'Kwun Tong', bullets: ['Integrated Family Service Centre casework under supervision'] },
      { company: 'Harbourlight Social Service Association', title: 'Assistant Social Work Officer (ASWO)', start: '2016-09', end: '2020-03', town: 'Kwun Tong', bullets: ['Caseload of 45 families; parenting groups'] },
      { company: 'Mongkok Youth Hotline', title: 'Part-time Counsellor (evening)', start: '2018-01', end: '2019-12', town: 'Mong Kok', kind: 'pt', bullets: ['Two evening hotline shifts a week'] },
      { company: 'Lantau Bridge Youth Services', title: 'School Social Worker', start: '2020-04', end: '2023-07', town: 'Tung Chung', bullets: ['Two secondary schools; crisis intervention and CBT groups'] },
      { company: 'Sai Kung Elderly Care Alliance', title: 'Social Work Supervisor', start: '2023-08', end: null, town: 'Tseung Kwan O', bullets: ['Supervises 6 social workers; carer-support service'] },
    ],
    breaks: [],
    education: [
      { school: 'Victoria Harbour University', degree: 'BSocSc (Hons) Social Work', start: '2009-09', end: '2013-06', town: 'Hong Kong' },
      { school: 'Victoria Harbour University', degree: 'MA in Counselling (part-time)', start: '2017-09', end: '2019-06', town: 'Hong Kong' },
    ],
    languages: ['Cantonese 廣東話 (native)', 'English (fluent)', 'Putonghua 普通話 (good)'],
    certificates: ['SWRB registration no. S12-0458/13', 'Mental Health First Aid Instructor'],
    referees: [{ name: 'Ms. LEUNG Wai Man 梁慧敏', role: 'Service Director, Harbourlight Social Service Association', phone: '2345 6618' }],
    notes: 'HK; RSW; promotions; concurrent part-time counsellor',
  },
  {
    id: 'p14', language: 'mixed', name: '林伟杰', given: '伟杰', family: '林', latin: 'LIM Wei Jie',
    headline: 'Senior M&E Engineer 机电工程师',
    email: 'weijie.lim88@gmail.com',
    phone: { e164: '+6591846273', local: '9184 6273', intl: '+65 9184 6273' },
    others: [{ label: 'Office (Straits Integrated FM)', number: '+65 6744 2190' }],
    town: 'Singapore', address: 'Blk 512 Tampines Central 7, #08-214, Singapore 520512',
    summary: 'M&E engineer who started as an ITE technician and studied part-time up to a BEng; 15 years in building services for commercial and healthcare facilities.',
    skillsProse: 'I work daily with ACMV, BMS and Chiller plant optimisation, draw in AutoCAD and Revit MEP, and run Preventive maintenance, Energy audits and Contractor management.',
    skills: [
      { printed: 'ACMV', syn: ['HVAC', 'air-conditioning and mechanical ventilation'] },
      { printed: 'BMS', syn: ['Building Management System'] },
      { printed: 'Chiller plant optimisation', syn: ['chiller optimisation'] },
      { printed: 'AutoCAD' },
      { printed: 'Revit MEP', syn: ['Revit'] },
      { printed: 'Preventive maintenance', syn: ['PM'] },
      { printed: 'Energy audits', syn: ['energy audit'] },
      { printed: 'Contractor management' },
    ],
    jobs: [
      { company: 'Jurong Hydraulic Services Pte Ltd', title: 'Technician Trainee (industrial attachment)', start: '2008-03', end: '2008-08', town: 'Jurong', kind: 'intern', bullets: ['Pump and valve overhaul'] },
      { company: 'Tampines Facilities Engineering Pte Ltd', title: 'M&E Technician', start: '2011-05', end: '2014-12', town: 'Tampines', bullets: ['Chiller and AHU maintenance for two malls'] },
      { company: 'Raffles Building Services Pte Ltd', title: 'Assistant Engineer (M&E)', start: '2015-01', end: '2018-06', town: 'Singapore', bullets: ['Testing & commissioning of ACMV for a 600-bed hospital'] },
      { company: 'Raffles Building Services Pte Ltd', title: 'M&E Engineer', start: '2018-07', end: '2022-02', town: 'Singapore', bullets: ['Green Mark retrofits; chiller plant efficiency 0.78 → 0.62 kW/RT'] },
      { company: 'Straits Integrated FM Pte Ltd', title: 'Senior M&E Engineer', start: '2022-03', end: null, town: 'Singapore', bullets: ['Leads M&E for 9 buildings; term contractors and BMS upgrade'] },
    ],
    breaks: [],
    education: [
      { school: 'Eastern Technical Institute', degree: 'Nitec in Mechanical Technology', start: '2007-01', end: '2008-12' },
      { school: 'Temasek Coast Polytechnic', degree: 'Diploma in Building Services (part-time)', start: '2012-04', end: '2015-03' },
      { school: 'Singapore Metropolitan University', degree: 'BEng (Hons) Building Services, part-time', start: '2016-07', end: '2020-06' },
    ],
    languages: ['English', 'Mandarin 华语', 'Hokkien'],
    certificates: ['Licensed Electrical Worker (Technician grade)', 'Green Mark Facilities Manager', 'bizSAFE Level 2'],
    referees: [{ name: 'Mr Tan Boon Keat 陈文杰', role: 'Director, Raffles Building Services', phone: '+65 9735 1142' }],
    notes: 'Singapore; technician → engineer; NS only in particulars; part-time study alongside jobs',
    particulars: [['NS status', 'Completed (2009 – 2011), Combat Engineers'], ['Nationality', 'Singaporean'], ['Notice', '1 month']],
  },
  {
    id: 'p15', language: 'mixed', name: '王思远', given: '思远', family: '王', latin: 'Siyuan Wang',
    headline: 'Independent data consultant 独立数据顾问',
    email: 'siyuan.wang.data@outlook.com',
    phone: { e164: '+8613516284079', local: '135 1628 4079', intl: '+86 135 1628 4079' },
    others: [{ label: 'Talentbridge (agent Ms Zoe Xu)', number: '+86 21 6288 4510' }],
    town: 'Shanghai', address: '上海市徐汇区宛平南路 88 弄 6 号 1203 室',
    summary: 'UK-trained data scientist; four years in a Leeds insurer, three leading a retail-tech data team in Shanghai, and since Q3 2021 self-employed.',
    skillsProse: 'My stack is Python, SQL, dbt and Power BI; the work clients buy is A/B testing, Demand forecasting, 数据治理 and Stakeholder management.',
    skills: [
      { printed: 'Python' },
      { printed: 'SQL' },
      { printed: 'dbt', syn: ['data build tool'] },
      { printed: 'Power BI' },
      { printed: 'A/B testing', syn: ['experimentation'] },
      { printed: 'Demand forecasting', syn: ['forecasting'] },
      { printed: '数据治理', syn: ['data governance'] },
      { printed: 'Stakeholder management' },
    ],
    jobs: [
      { company: 'Northbrook Insurance Group', title: 'Data Analyst (graduate scheme)', start: '2014-09', end: '2016-08', town: 'Leeds, UK', bullets: ['Claims-fraud scoring; SAS to Python migration'] },
      { company: 'Northbrook Insurance Group', title: 'Senior Data Analyst', start: '2016-09', end: '2018-03', town: 'Leeds, UK', bullets: ['Pricing experiments for home insurance'] },
      { company: '上海云杉零售科技有限公司', title: '数据科学经理 Data Science Manager', start: '2018-05', end: '2021-06', town: 'Shanghai', bullets: ['Team of 7; demand forecasting for 900 stores'] },
      { company: 'Self-employed', title: 'Independent data consultant', start: '2021-07', end: null, town: 'Shanghai / remote', kind: 'self', season: 'since Q3 2021', bullets: ['Analytics engineering and forecasting projects, 2–3 clients at a time'],
        clients: [
          { name: '杭州青禾茶饮', period: 'Q3 2021 – Q1 2022', what: 'store-level demand forecast' },
          { name: 'Lumen Outdoor Ltd (UK, remote)', period: 'Q2 2022 – Q4 2023', what: 'dbt + Power BI rebuild' },
          { name: '苏州晨曦医疗器械', period: '2024 – pres.', what: '数据治理 programme' },
        ] },
      { company: '上海浦江商学院', title: 'Guest Lecturer 客座讲师 (part-time)', start: '2022-09', end: '2024-06', town: 'Shanghai', kind: 'pt', bullets: ['Business analytics electives, one course per term'] },
    ],
    breaks: [{ start: '2018-04', end: '2018-04', label: 'Relocation Leeds → Shanghai' }],
    education: [
      { school: 'University of West Yorkshire', degree: 'MSc Data Science', start: '2013-09', end: '2014-09', town: 'Leeds, UK' },
      { school: '华东理工商学院', degree: '统计学 本科 BSc Statistics', start: '2009-09', end: '2013-06', town: 'Shanghai' },
    ],
    languages: ['Mandarin 普通话 (native)', 'English (fluent, IELTS 8.0)'],
    certificates: ['Microsoft Certified: Power BI Data Analyst Associate', 'dbt Analytics Engineering Certification'],
    referees: [{ name: 'Oliver Grant', role: 'CEO, Lumen Outdoor Ltd', phone: '+44 7700 900561' }],
    notes: 'UK returnee; promotion; self-employed with quarter-dated clients; guest lecturer concurrent',
  },
  {
    id: 'p16', language: 'mixed', name: '黄美玲', given: '美玲', family: '黄', latin: 'WONG Mei Ling',
    headline: 'Assistant Front Office Manager 前厅副经理',
    email: 'wongmeiling.fo@gmail.com',
    phone: { e164: '+60124387195', local: '012-438 7195', intl: '+60 12-438 7195' },
    others: [{ label: 'Hotel Seri Mutiara (operator)', number: '+604-226 8800' }],
    town: 'George Town, Penang', address: '27 Lorong Kampung Malabar, 10100 George Town, Pulau Pinang',
    summary: 'Front-office professional with ten years in Penang hotels and a ski-season contract in Hokkaido; strong on night audit, revenue reports and guest recovery.',
    skillsProse: 'I handle Opera PMS, Night audit and Revenue reports daily, and I am good at Guest complaint handling, Upselling and Group check-in; reports in Microsoft Excel.',
    skills: [
      { printed: 'Opera PMS', syn: ['Opera'] },
      { printed: 'Night audit' },
      { printed: 'Revenue reports', syn: ['revenue reporting'] },
      { printed: 'Guest complaint handling', syn: ['complaint handling'] },
      { printed: 'Upselling' },
      { printed: 'Group check-in' },
      { printed: 'Microsoft Excel', syn: ['Excel'] },
    ],
    jobs: [
      { company: 'Batu Ferringhi Bay Resort', title: 'Industrial Trainee, Front Office', start: '2015-01', end: '2015-06', town: 'Batu Ferringhi', kind: 'intern', bullets: ['Diploma industrial training, 24 weeks'] },
      { company: 'Georgetown Heritage Hotel', title: 'Guest Service Agent', start: '2015-08', end: '2017-11', town: 'George Town', bullets: ['Reception and concierge for a 90-room heritage hotel'] },
      { company: 'Straits Quay Convention Centre', title: 'Part-time Banquet Server (weekends)', start: '2016-03', end: '2017-10', town: 'Tanjung Tokong', kind: 'pt', bullets: ['Weddings and corporate dinners'] },
      { company: 'Niseko Powder Lodge', title: 'Seasonal Front Desk Staff (winter contract)', start: '2017-12', end: '2018-03', town: 'Hokkaido, Japan', kind: 'seasonal', season: 'Winter 2017/18', bullets: ['English/Chinese guests; ski-hire bookings'] },
      { company: 'Gurney Bay Hotel', title: 'Front Office Supervisor', start: '2018-06', end: '2021-03', town: 'George Town', bullets: ['Shift lead for 8 staff; night audit sign-off'] },
      { company: 'Hotel Seri Mutiara Penang', title: 'Assistant Front Office Manager', start: '2022-01', end: null, town: 'George Town', bullets: ['Runs front office, concierge and telephone for 312 rooms', 'Group check-in process cut queue time by half'] },
    ],
    breaks: [{ start: '2021-04', end: '2021-12', label: 'Career break – hotel closure (MCO) and caring for parent' }],
    education: [
      { school: 'Penang Institute of Hospitality', degree: 'Diploma in Hotel Management', start: '2012-07', end: '2015-06', town: 'Bukit Mertajam' },
    ],
    languages: ['English', 'Bahasa Melayu', 'Mandarin 华语', 'Cantonese 广东话', 'Hokkien', 'Japanese (basic, JLPT N4)'],
    certificates: ['Opera PMS Certified (Oracle Hospitality)', 'Typhoid vaccination & Food Handler Certificate'],
    referees: [{ name: 'Mr. Raymond Teoh', role: 'Front Office Manager, Gurney Bay Hotel', phone: '016-452 9013' }],
    notes: 'Malaysian Chinese; industrial training; concurrent part-time; winter season in Japan; career break',
    particulars: [['IC No.', '890514-07-XXXX'], ['Nationality', 'Malaysian'], ['Expected salary', 'RM 6,500'], ['Availability', '1 month notice']],
  },
];
