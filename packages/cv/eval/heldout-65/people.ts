/**
 * heldout-65 — sixteen invented people. Every person, employer, school, address, e-mail and number here is invented.
 * Phone numbers are shaped for their country (length and mobile prefixes) but made up.
 *
 * `skills` are the truth items: the printed spelling first, synonyms / abbreviations after " | ". Documents print only
 * the first form (`shown(skill)`), identically in every document of the person.
 */

export type Lang = 'en' | 'zh' | 'mixed';

export interface Job {
  /** Employer exactly as printed (no town). */
  company: string;
  title: string;
  /** YYYY-MM */
  start: string;
  /** YYYY-MM, or null for the current job */
  end: string | null;
  /** Day of month for forms that ask for exact dates (start / end). */
  startDay: number;
  endDay?: number;
  city: string;
  country?: string;
  bullets: string[];
  /** Extras used by some templates. */
  dept?: string;
  reason?: string;
  client?: string;
  asset?: string;
  rotation?: string;
  reportTo?: string;
  team?: string;
  employerPhone?: string;
  employerAddress?: string;
  referee?: string;
  refereePhone?: string;
  type?: string;
  noc?: string;
  hours?: number;
}

/** A period that is not a job (career break, travel, study, job seeking). Printed only where the form asks for it. */
export interface Gap {
  start: string;
  end: string;
  startDay: number;
  endDay: number;
  label: string;
}

export interface Edu {
  school: string;
  degree: string;
  start: string;
  end: string;
  city?: string;
}

export interface Person {
  id: string;
  lang: Lang;
  /** Name as the truth has it (for mixed people the Chinese name). */
  name: string;
  /** For en people: given / family. For mixed: romanised given / family and the English first name they use. */
  given: string;
  family: string;
  englishName?: string;
  gender: 'M' | 'F';
  birth: string; // YYYY-MM-DD
  email: string;
  phone: string; // E.164 — the candidate's own mobile
  phoneLocal: string; // as the person usually prints it
  homePhone?: string;
  city: string;
  address: string;
  headline: string;
  summary: string;
  skills: string[];
  certs: string[];
  languages: string[];
  education: Edu[];
  work: Job[]; // oldest first
  gaps: Gap[];
  notes: string;
}

export const shown = (s: string) => s.split(' | ')[0];

export const people: Person[] = [
  // ───────────────────────────────────────────── English ─────────────────────────────────────────────
  {
    id: 'p01', lang: 'en', name: 'Callum McInnes', given: 'Callum', family: 'McInnes', gender: 'M', birth: '1991-03-14',
    email: 'callum.mcinnes88@outlook.com', phone: '+447831604972', phoneLocal: '07831 604972', homePhone: '0141 882 4507',
    city: 'Glasgow', address: '2/1, 48 Copland Road, Glasgow G51 2RU',
    headline: 'Aviation & Cargo Security Compliance Lead',
    summary: 'Aviation security professional with fourteen years in guarding, airport screening and air-cargo security. I have run screening shifts of up to 40 officers, rebuilt a regulated-agent compliance programme and passed every DfT inspection since 2019. Looking for a security compliance manager post in the west of Scotland.',
    skills: ['Hold baggage screening | HBS', 'X-ray image interpretation', 'Access control', 'CCTV operation', 'Conflict management', 'Incident investigation', 'Rostering', 'Staff training and coaching', 'Risk assessment', 'Microsoft Excel | Excel'],
    certs: ['SIA Door Supervisor licence (renewed 2025)', 'DfT Aviation Security Instructor (Cargo)', 'NEBOSH National General Certificate', 'Full UK driving licence'],
    languages: ['English (native)', 'Scottish Gaelic (conversational)'],
    education: [
      { school: 'Clydebank Riverside College', degree: 'HNC Business', start: '2010-08', end: '2012-05', city: 'Glasgow' },
      { school: 'Ibroxholm Community High School', degree: 'SQA Highers: English (B), Modern Studies (B), Maths (C)', start: '2003-08', end: '2009-06', city: 'Glasgow' },
    ],
    work: [
      { company: 'Broomhill Security Services Ltd', title: 'Security Officer', start: '2012-06', end: '2014-08', startDay: 13, endDay: 29, city: 'Glasgow',
        bullets: ['Static and mobile patrols across retail and construction sites in Glasgow south side', 'Completed daily occurrence books and handover reports'],
        reason: 'Travel (working holiday visa, did not work)', employerPhone: '0141 427 3390', employerAddress: '17 Broomloan Place, Glasgow G51 2JR', referee: 'Operations Manager', refereePhone: '0141 427 3390' },
      { company: 'Strathclyde Airport Operations Ltd', title: 'Security Officer', start: '2015-03', end: '2017-09', startDay: 9, endDay: 30, city: 'Paisley',
        bullets: ['Central search and hold-baggage screening under CAA-approved procedures', 'Certified X-ray screener (cabin and hold)'],
        reason: 'Promoted', employerPhone: '0141 848 2200', employerAddress: 'Terminal Building, Abbotsinch Road, Paisley PA3 2SW', referee: 'Security Training Lead', refereePhone: '0141 848 2245' },
      { company: 'Strathclyde Airport Operations Ltd', title: 'Security Supervisor', start: '2017-10', end: '2021-05', startDay: 2, endDay: 31, city: 'Paisley',
        bullets: ['Supervised screening shifts of up to 40 officers across central search and staff search', 'Wrote duty rosters and managed overtime within budget', 'Led the lane-level response during two live-incident exercises'],
        reason: 'Left for promotion', employerPhone: '0141 848 2200', employerAddress: 'Terminal Building, Abbotsinch Road, Paisley PA3 2SW', referee: 'Head of Security', refereePhone: '0141 848 2210' },
      { company: 'Caledonian Aviation Security Ltd', title: 'Security Duty Manager', start: '2021-06', end: '2023-11', startDay: 7, endDay: 17, city: 'Glasgow',
        bullets: ['Duty manager for a contracted screening operation (120 staff) at two regional airports', 'Ran incident investigations and wrote reports for the airport operator', 'Cut rostering overtime by 18 % in the first year'],
        reason: 'Contract ended (redundancy)', employerPhone: '0141 331 7840', employerAddress: '5th Floor, 90 St Vincent Street, Glasgow G2 5UB', referee: 'Contract Director', refereePhone: '07700 154 382' },
      { company: 'Norland Cargo Logistics UK Ltd', title: 'Security Compliance Lead', start: '2024-02', end: null, startDay: 5, city: 'Paisley',
        bullets: ['Own the Regulated Agent security programme for a 24/7 air-cargo shed', 'Train and certify cargo screeners; keep the training records audit-ready', 'Passed two DfT compliance inspections with no findings'],
        reason: 'Seeking a management role', employerPhone: '0141 889 6120', employerAddress: 'Unit 4, Linwood Cargo Park, Paisley PA3 3BQ', referee: 'General Manager', refereePhone: '0141 889 6121' },
    ],
    gaps: [
      { start: '2014-09', end: '2015-03', startDay: 1, endDay: 6, label: 'Travel — Australia and New Zealand (no employment)' },
      { start: '2023-11', end: '2024-02', startDay: 20, endDay: 4, label: 'Unemployed — seeking work (registered with Jobcentre Plus, Govan)' },
    ],
    notes: 'Promotion at one airport employer; a travel gap and a job-seeking gap that must not count; day-level dates in the screening form.',
  },
  {
    id: 'p02', lang: 'en', name: 'Eilidh Grant', given: 'Eilidh', family: 'Grant', gender: 'F', birth: '1993-07-02',
    email: 'eilidh.grant.inst@gmail.com', phone: '+447702318455', phoneLocal: '07702 318455', homePhone: '01224 695 118',
    city: 'Aberdeen', address: '14 Ashgrove Court, Aberdeen AB25 3BJ',
    headline: 'Lead Instrument Engineer — Offshore Oil & Gas',
    summary: 'Instrument and controls engineer who came up through a Modern Apprenticeship. Nine years offshore on platforms and an FPSO, three of them as I&C supervisor, now lead instrument engineer for an operator. Strong on fire & gas, SIS and brownfield modifications.',
    skills: ['Instrument calibration', 'Fire & gas systems', 'DCS / SIS fault-finding | Distributed Control Systems | Safety Instrumented Systems', 'HART & Foundation Fieldbus', 'Permit to work | PTW', 'Isolation & reinstatement', 'Loop checking & commissioning', 'Hazardous area inspection', 'SAP PM', 'Brownfield modifications'],
    certs: ['OPITO BOSIET with CA-EBS (exp. 08/2027)', 'OEUK Offshore Medical (exp. 03/2027)', 'CompEx Ex01–Ex04 (exp. 06/2029)', 'MIST', 'SVQ Level 3 Engineering Maintenance (Instrumentation)'],
    languages: ['English (native)'],
    education: [
      { school: 'Deeside Technical College', degree: 'HNC Electrical Engineering (part-time)', start: '2012-08', end: '2014-06', city: 'Aberdeen' },
      { school: 'Granite Coast University', degree: 'BEng (Hons) Electrical & Electronic Engineering (part-time)', start: '2017-09', end: '2022-06', city: 'Aberdeen' },
    ],
    work: [
      { company: 'Dee Valley Engineering Ltd', title: 'Apprentice Instrument Technician', start: '2010-08', end: '2014-07', startDay: 16, city: 'Aberdeen',
        bullets: ['Four-year Modern Apprenticeship in workshop and onshore terminal instrumentation', 'Calibration of pressure, temperature and flow transmitters'], client: '—', asset: 'Onshore workshop', rotation: 'Days' },
      { company: 'Dee Valley Engineering Ltd', title: 'Instrument Technician', start: '2014-08', end: '2016-03', startDay: 1, city: 'Aberdeen',
        bullets: ['Onshore and short offshore campaigns: loop checks, valve stroking, F&G detector replacement'], client: 'Various operators', asset: 'Onshore / campaign', rotation: 'Days / ad hoc' },
      { company: 'Northsound Energy Services Ltd', title: 'Offshore Instrument Technician', start: '2016-04', end: '2019-11', startDay: 4, city: 'Aberdeen',
        bullets: ['Maintenance and fault-finding on DCS, ESD and F&G systems', 'Hazardous-area inspections to IEC 60079-17', 'Supported two turnaround campaigns'], client: 'Corran Petroleum (UK) Ltd', asset: 'Corrie Alpha platform', rotation: '2/3' },
      { company: 'Grampian Offshore Maintenance Ltd', title: 'Instrument & Controls Supervisor', start: '2020-06', end: '2023-02', startDay: 1, city: 'Aberdeen',
        bullets: ['Supervised six I&C technicians on a brownfield modification scope', 'Planned work orders in SAP PM and signed off isolations', 'Closed out 160 F&G punch items before first oil on the new module'], client: 'Harlaw Energy UK Ltd', asset: 'Skerry West FPSO', rotation: '3/3' },
      { company: 'Harlaw Energy UK Ltd', title: 'Lead Instrument Engineer', start: '2023-03', end: null, startDay: 6, city: 'Aberdeen',
        bullets: ['Technical authority deputy for instrumentation on two assets', 'Owns SIS proof-test optimisation; cut offshore test hours by 20 %', 'Mentors two graduate engineers'], client: '— (operator)', asset: 'Skerry West FPSO / onshore office', rotation: '2/2 + office' },
    ],
    gaps: [{ start: '2019-12', end: '2020-05', startDay: 1, endDay: 31, label: 'Career break — family' }],
    notes: 'Apprenticeship and promotion at one employer; a "Client" column whose client later becomes her employer; a career break.',
  },
  {
    id: 'p03', lang: 'en', name: 'Mwila Chanda', given: 'Mwila', family: 'Chanda', gender: 'M', birth: '1989-11-21',
    email: 'mwila.chanda@yahoo.com', phone: '+260966412873', phoneLocal: '0966 412 873', homePhone: '0212 226 418',
    city: 'Solwezi', address: 'Plot 3417, Kyawama, Solwezi, North-Western Province',
    headline: 'Mine Planning Superintendent (Open Pit)',
    summary: 'Mining engineer with thirteen years on Copperbelt and North-Western open pits: graduate trainee to mine planning superintendent. I own the life-of-mine and short-term schedules for a 90 Mtpa operation and lead a team of six planners and surveyors.',
    skills: ['Open pit mine design', 'Short- and long-term mine scheduling', 'Deswik', 'GEOVIA Surpac | Surpac', 'Whittle pit optimisation | Whittle', 'Blast design', 'Haul road design', 'Fleet productivity analysis', 'Grade control', 'AutoCAD'],
    certs: ['Registered Engineer, Engineers Registration Board (Zambia)', 'Mine Manager\'s Certificate of Competency (Open Pit)', 'First Aid Level 2'],
    languages: ['English (fluent)', 'Bemba (native)', 'Nyanja (good)'],
    education: [
      { school: 'Kafue University of Science and Technology', degree: 'BEng Mining Engineering', start: '2008-02', end: '2012-12', city: 'Kitwe' },
      { school: 'Riverside Hill Secondary School', degree: 'Grade 12 School Certificate', start: '2003-01', end: '2007-12', city: 'Kitwe' },
    ],
    work: [
      { company: 'Kafubu Copper Mines Plc', title: 'Graduate Trainee Engineer (Mining)', start: '2013-02', end: '2014-01', startDay: 4, city: 'Chingola',
        bullets: ['Rotated through drill & blast, load & haul, survey and planning', 'Prepared weekly reconciliation of planned vs mined tonnes'], employerAddress: 'P.O. Box 20418, Chingola', employerPhone: '0212 311 400' },
      { company: 'Kafubu Copper Mines Plc', title: 'Mining Engineer', start: '2014-02', end: '2017-06', startDay: 1, city: 'Chingola',
        bullets: ['Designed pushbacks and ramps for the North Pit', 'Ran Surpac block-model reporting and monthly short-term plans'], employerAddress: 'P.O. Box 20418, Chingola', employerPhone: '0212 311 400' },
      { company: 'Mulungushi Open Pit Services Ltd', title: 'Senior Mine Planning Engineer', start: '2017-07', end: '2021-09', startDay: 3, city: 'Kitwe',
        bullets: ['Contract mining planner for three client pits', 'Introduced Deswik scheduling and cut schedule-preparation time by half', 'Haul road and dump design for a 220 t truck fleet'], employerAddress: 'Plot 5512, Freedom Avenue, Kitwe', employerPhone: '0212 229 870' },
      { company: 'Solwezi North Copper Ltd', title: 'Mine Planning Superintendent', start: '2021-10', end: null, startDay: 1, city: 'Solwezi',
        bullets: ['Owns life-of-mine, 5-year and 12-week plans for a 90 Mtpa operation', 'Leads six planners and surveyors', 'Whittle re-optimisation added two years to the reserve'], employerAddress: 'Private Bag 7, Solwezi', employerPhone: '0218 821 000' },
    ],
    gaps: [],
    notes: 'Graduate-trainee post then promotion at one employer; an oldest-first experience record with computed durations and sponsors\' phones.',
  },
  {
    id: 'p04', lang: 'en', name: 'Litia Naivalu', given: 'Litia', family: 'Naivalu', gender: 'F', birth: '1990-05-09',
    email: 'litia.naivalu@gmail.com', phone: '+6799274518', phoneLocal: '927 4518', homePhone: '670 2291',
    city: 'Nadi', address: 'Lot 12, Namaka Heights, Nadi',
    headline: 'Cluster Revenue Manager — Hotels & Resorts',
    summary: 'Hotel revenue manager from front office roots. Fourteen years in Fiji resorts: front desk, guest relations, reservations, then revenue. I now price and forecast three resorts on the Coral Coast and in Denarau.',
    skills: ['Revenue management | RM', 'Opera PMS | Oracle Opera', 'IDeaS G3 RMS | IDeaS', 'Channel management (SiteMinder) | SiteMinder', 'Forecasting & budgeting', 'Rate strategy', 'Group reservations', 'Guest relations', 'Upselling', 'Microsoft Excel (pivot tables) | Excel'],
    certs: ['Certificate in Hotel Revenue Management (online, 2019)', 'Nadi Hospitality Training Centre — Certificate IV in Tourism & Hospitality'],
    languages: ['English (fluent)', 'iTaukei / Fijian (native)', 'Fiji Hindi (basic)'],
    education: [
      { school: 'Pacific Coast Institute of Tourism', degree: 'Diploma in Hospitality Management', start: '2009-02', end: '2011-11', city: 'Lautoka' },
      { school: 'Westfield Secondary School', degree: 'Form 7 (Year 13) Certificate', start: '2003-01', end: '2008-11', city: 'Nadi' },
    ],
    work: [
      { company: 'Coral Sands Resort & Spa', title: 'Front Office Attendant', start: '2012-03', end: '2014-06', startDay: 1, city: 'Sigatoka',
        bullets: ['Check-in / check-out for a 240-room resort', 'Cashiering and night audit relief'] },
      { company: 'Coral Sands Resort & Spa', title: 'Guest Relations Supervisor', start: '2014-07', end: '2016-10', startDay: 1, city: 'Sigatoka',
        bullets: ['Led a team of 8 guest service agents', 'Handled VIP and wedding-group arrivals'] },
      { company: 'Nadi Bay Island Resorts Ltd', title: 'Reservations Manager', start: '2016-11', end: '2019-12', startDay: 14, city: 'Nadi',
        bullets: ['Ran reservations for two island resorts and a mainland hotel', 'Introduced SiteMinder and cleaned up OTA rate parity'] },
      { company: 'Tasman Pacific Hotels (Fiji) Pte Ltd', title: 'Revenue Analyst', start: '2020-01', end: '2022-05', startDay: 6, city: 'Denarau',
        bullets: ['Daily pick-up reports and forecasts', 'Built the re-opening pricing plan after the border re-opened'] },
      { company: 'Bula Coast Hospitality Group', title: 'Cluster Revenue Manager', start: '2022-06', end: null, startDay: 1, city: 'Nadi',
        bullets: ['Prices and forecasts three resorts (610 rooms)', 'RevPAR up 14 % on 2023 with IDeaS G3 rollout', 'Chairs the weekly revenue meeting with GMs and sales'] },
    ],
    gaps: [],
    notes: 'Promotion at the first resort; a Fijian CV with village / province particulars and referees.',
  },
  {
    id: 'p05', lang: 'en', name: 'Dustin Kowalczyk', given: 'Dustin', family: 'Kowalczyk', gender: 'M', birth: '1992-02-27',
    email: 'dkowalczyk.hvac@gmail.com', phone: '+16147382904', phoneLocal: '(614) 738-2904', homePhone: '(614) 267-0431',
    city: 'Columbus, OH', address: '221 E Torrence Rd, Columbus, OH 43214',
    headline: 'Facilities Maintenance Supervisor / HVAC',
    summary: 'HVAC technician turned hospital facilities supervisor. Fifteen years on residential, light commercial and hospital equipment, EPA 608 Universal, comfortable with BAS front ends and CMMS work-order systems.',
    skills: ['Residential & light commercial HVAC', 'Rooftop units (RTUs) | RTU', 'Chillers and boilers', 'Refrigerant recovery', 'Building automation systems (BAS) | BAS', 'Preventive maintenance', 'CMMS work orders | CMMS', 'Electrical troubleshooting', 'Brazing', 'Vendor coordination'],
    certs: ['EPA Section 608 Universal', 'NATE Core + Air Conditioning', 'OSHA 30-Hour Construction', 'Ohio driver\'s license (clean)'],
    languages: ['English', 'Polish (basic)'],
    education: [
      { school: 'Central Ohio Technical Institute', degree: 'Certificate, HVAC/R Technology', start: '2010-08', end: '2011-05', city: 'Columbus, OH' },
      { school: 'Northmoor Ridge High School', degree: 'High School Diploma', start: '2006-08', end: '2010-06', city: 'Columbus, OH' },
    ],
    work: [
      { company: 'Buckeye Comfort Heating & Cooling', title: 'HVAC Apprentice', start: '2011-06', end: '2014-05', startDay: 6, city: 'Columbus, OH',
        bullets: ['Installs and change-outs with a senior tech', 'Duct modifications, brazing and start-up checks'] },
      { company: 'Buckeye Comfort Heating & Cooling', title: 'HVAC Service Technician', start: '2014-06', end: '2017-08', startDay: 2, city: 'Columbus, OH',
        bullets: ['Ran 5–7 residential service calls a day', 'Top maintenance-agreement seller two years running'] },
      { company: 'Olentangy Mechanical Services, Inc.', title: 'Commercial HVAC Technician', start: '2017-09', end: '2020-03', startDay: 11, city: 'Worthington, OH',
        bullets: ['Serviced RTUs, split systems and small chillers for retail and office clients', 'On-call rotation for emergency service'] },
      { company: 'Scioto Valley Health System', title: 'Facilities Maintenance Technician II', start: '2020-04', end: '2023-06', startDay: 6, city: 'Columbus, OH',
        bullets: ['Maintained AHUs, boilers and chillers for a 300-bed hospital', 'Worked in the BAS front end to trend and fix comfort complaints'] },
      { company: 'Scioto Valley Health System', title: 'Facilities Maintenance Supervisor', start: '2023-07', end: null, startDay: 10, city: 'Columbus, OH',
        bullets: ['Supervise 11 technicians across two shifts', 'Own PM compliance in the CMMS: 97 % on time for 2025', 'Coordinate contractors for chiller and boiler overhauls'] },
    ],
    gaps: [],
    notes: 'Apprenticeship then promotion at one shop; a tech-to-supervisor promotion at a hospital.',
  },
  {
    id: 'p06', lang: 'en', name: 'Émilie Tremblay-Roy', given: 'Émilie', family: 'Tremblay-Roy', gender: 'F', birth: '1994-10-05',
    email: 'emilie.tremblayroy@proton.me', phone: '+14389127365', phoneLocal: '438-912-7365',
    city: 'Montréal, QC', address: '4521 rue Fabre, Montréal, QC H2J 3V4',
    headline: 'Lead Technical Artist — Houdini / Unreal Engine',
    summary: 'Technical artist who builds procedural tools and shaders that let art teams move faster. Ten years in Montréal studios, from 3D artist intern to lead TA on an open-world project in Unreal Engine 5.',
    skills: ['Houdini', 'Unreal Engine 5 | UE5', 'Unity', 'Python', 'HLSL shaders | HLSL', 'Maya', 'Substance 3D Designer', 'Procedural content generation | PCG', 'Rigging', 'Performance profiling', 'Perforce'],
    certs: ['SideFX Houdini Certified Instructor (2022)'],
    languages: ['French (native)', 'English (fluent)'],
    education: [
      { school: 'Université du Saint-Laurent', degree: 'BFA, Computation Arts', start: '2012-09', end: '2015-12', city: 'Montréal' },
      { school: 'Cégep de la Rive-Nord', degree: 'DEC, 3D Animation and Computer Graphics', start: '2010-08', end: '2012-05', city: 'Terrebonne' },
    ],
    work: [
      { company: 'Studio Pixelune Inc.', title: '3D Artist Intern', start: '2015-05', end: '2015-08', startDay: 4, city: 'Montréal',
        bullets: ['Modelled and textured props for a mobile puzzle game'] },
      { company: 'Studio Pixelune Inc.', title: 'Junior 3D Artist', start: '2016-01', end: '2017-12', startDay: 11, city: 'Montréal',
        bullets: ['Environment art for two shipped mobile titles', 'Wrote first Maya Python batch tools for the team'] },
      { company: 'Borealis Games Montréal', title: 'Technical Artist', start: '2018-01', end: '2021-08', startDay: 15, city: 'Montréal',
        bullets: ['Houdini scatter and terrain tools for a AAA action game', 'Shader work and GPU profiling for console targets'] },
      { company: 'Borealis Games Montréal', title: 'Senior Technical Artist', start: '2021-09', end: '2024-02', startDay: 1, city: 'Montréal',
        bullets: ['Owned the procedural foliage pipeline (Houdini Engine → UE)', 'Cut environment build times by 35 %'] },
      { company: 'Nordlys Interactive', title: 'Lead Technical Artist', start: '2024-03', end: null, startDay: 4, city: 'Montréal',
        bullets: ['Leads a team of 5 TAs on an unannounced open-world UE5 project', 'Defines PCG framework and art-side performance budgets'] },
    ],
    gaps: [],
    notes: 'An internship and a promotion; accented, hyphenated name; shipped game titles that are not employers.',
  },
  {
    id: 'p07', lang: 'en', name: 'Daniel Vella', given: 'Daniel', family: 'Vella', gender: 'M', birth: '1988-08-19',
    email: 'dvella.compliance@gmail.com', phone: '+35679481236', phoneLocal: '7948 1236', homePhone: '2143 6672',
    city: 'Birkirkara', address: '27, Triq il-Wied, Birkirkara BKR 1420',
    headline: 'Head of Compliance & MLRO — iGaming',
    summary: 'Compliance and AML professional with thirteen years in banking and remote gaming. MLRO for an MGA B2C licensee; experienced with FIAU supervisory examinations, MGA compliance audits and building risk-based AML frameworks.',
    skills: ['AML/CFT | Anti-money laundering', 'KYC / CDD | Customer due diligence', 'Transaction monitoring', 'Responsible gambling', 'MGA regulatory reporting', 'Business risk assessment', 'Sanctions screening', 'Policy drafting', 'Internal audit', 'Staff AML training'],
    certs: ['ICA International Diploma in AML', 'CAMS', 'MGA-approved Key Function (Compliance, AML)'],
    languages: ['Maltese (native)', 'English (native)', 'Italian (B1)'],
    education: [
      { school: 'University of the Three Cities', degree: 'B.Com. (Hons) Banking & Finance', start: '2007-10', end: '2011-06', city: 'Msida' },
      { school: 'Malta Academy of Compliance Studies', degree: 'Diploma in Compliance (MQF Level 5)', start: '2014-10', end: '2015-06', city: 'Attard' },
    ],
    work: [
      { company: 'Grand Harbour Bank p.l.c.', title: 'Customer Due Diligence Officer', start: '2013-09', end: '2016-04', startDay: 2, city: 'Valletta',
        bullets: ['Onboarding and periodic reviews of corporate clients', 'EDD files for high-risk and PEP relationships'], reason: 'Career move to remote gaming' },
      { company: 'Redstar Interactive Ltd', title: 'AML Analyst', start: '2016-05', end: '2018-10', startDay: 9, city: "St Julian's",
        bullets: ['Transaction monitoring alerts and source-of-funds checks', 'Prepared STR drafts for the MLRO'], reason: 'Promoted' },
      { company: 'Redstar Interactive Ltd', title: 'Senior AML Analyst', start: '2018-11', end: '2020-06', startDay: 1, city: "St Julian's",
        bullets: ['Led a team of 4 analysts', 'Rewrote the transaction-monitoring rule set'], reason: 'Management role' },
      { company: 'Marsa Bay Entertainment Ltd', title: 'Compliance Manager', start: '2020-07', end: '2023-03', startDay: 6, city: 'Gżira',
        bullets: ['Ran MGA compliance reporting and the annual compliance audit', 'Responsible-gambling programme and affordability checks'], reason: 'Head-of-function role' },
      { company: 'Bluefin Gaming Group Ltd', title: 'Head of Compliance & MLRO', start: '2023-04', end: null, startDay: 3, city: 'Ta\' Xbiex',
        bullets: ['MLRO and compliance key function holder for two MGA licences', 'Led the FIAU supervisory examination with no major findings', 'Team of 9 (AML, RG, regulatory)'], reason: '—' },
    ],
    gaps: [],
    notes: 'Analyst-to-senior promotion; a form that asks for the last 10 years with licensed-activity flags.',
  },
  // ───────────────────────────────────────────── Chinese ─────────────────────────────────────────────
  {
    id: 'p08', lang: 'zh', name: '周子航', given: '子航', family: '周', gender: 'M', birth: '1992-04-17',
    email: 'zhouzihang@163.com', phone: '+8613817624095', phoneLocal: '138 1762 4095', homePhone: '021-5836 2917',
    city: '上海', address: '上海市浦东新区张杨路1588弄12号',
    headline: '证券交易系统 技术经理',
    summary: '十二年 Java 后端开发经验，其中九年在证券公司信息技术部门，主导过两代集中交易与低延迟报盘系统的建设。熟悉证券业务流程与监管要求，带过 8 人研发小组。',
    skills: ['Java', 'Spring Boot', '低延迟交易系统', 'Kafka', 'Redis', 'MySQL', 'Oracle', 'Linux', 'FIX协议 | FIX', '微服务架构 | 微服务'],
    certs: ['证券从业资格（一般从业人员，2017年）', '软考 系统架构设计师（高级）'],
    languages: ['英语（CET-6）'],
    education: [
      { school: '华东信息科技大学', degree: '计算机科学与技术 本科', start: '2010-09', end: '2014-06', city: '上海' },
    ],
    work: [
      { company: '上海捷讯金融信息技术有限公司', title: 'Java开发实习生', start: '2014-03', end: '2014-06', startDay: 3, endDay: 30, city: '上海', dept: '研发中心',
        bullets: ['参与基金估值系统接口开发', '编写单元测试与接口文档'], reason: '实习结束转正', referee: '沈工', refereePhone: '021-6418 2230' },
      { company: '上海捷讯金融信息技术有限公司', title: 'Java开发工程师', start: '2014-07', end: '2017-04', startDay: 1, endDay: 28, city: '上海', dept: '研发中心',
        bullets: ['负责券商柜台外围系统（资金对账、清算报表）开发', '将日终批处理时间从 90 分钟降到 25 分钟'], reason: '进入证券公司', referee: '沈工', refereePhone: '021-6418 2230' },
      { company: '东方汇通证券股份有限公司', title: '高级开发工程师', start: '2017-05', end: '2020-12', startDay: 8, endDay: 31, city: '上海', dept: '信息技术部',
        bullets: ['参与新一代集中交易系统建设，负责委托与成交回报模块', '搭建 Kafka 行情分发链路'], reason: '内部晋升', referee: '王经理', refereePhone: '021-2033 7100' },
      { company: '东方汇通证券股份有限公司', title: '交易系统开发组组长', start: '2021-01', end: '2023-08', startDay: 1, endDay: 25, city: '上海', dept: '信息技术部',
        bullets: ['带领 8 人小组负责低延迟报盘系统', '报盘延迟从 180 微秒降到 45 微秒', '通过两次监管现场检查'], reason: '个人发展', referee: '王经理', refereePhone: '021-2033 7100' },
      { company: '申浦证券有限责任公司', title: '技术经理', start: '2023-09', end: null, startDay: 4, city: '上海', dept: '金融科技部',
        bullets: ['负责两融与衍生品交易系统的技术架构', '推动核心系统信创改造（国产数据库迁移）', '管理 12 人研发团队'], reason: '', referee: '人力资源部', refereePhone: '021-6888 5200' },
    ],
    gaps: [],
    notes: '实习 counts as a job; a promotion at one securities firm; day-level dates in the registration print.',
  },
  {
    id: 'p09', lang: 'zh', name: '覃海龙', given: '海龙', family: '覃', gender: 'M', birth: '1990-08-03',
    email: '1376402958@qq.com', phone: '+8615918736624', phoneLocal: '159 1873 6624',
    city: '深圳', address: '深圳市宝安区西乡街道固戍二路18号',
    headline: '即时配送 区域运营经理',
    summary: '从工厂普工、拉长做起，做过快递员、外卖骑手，2018 年起做站长，现管理宝安、南山 9 个配送站近 400 名骑手。吃得了苦，懂一线，也会看数据。',
    skills: ['站点运营管理', '骑手招募与培训', '排班调度', 'KPI考核', '成本控制', 'Excel数据报表 | Excel', '异常件处理', '客诉处理', '安全生产管理', '团队管理'],
    certs: ['C1 驾驶证', '叉车操作证（N1）'],
    languages: ['普通话', '壮语', '粤语（日常交流）'],
    education: [
      { school: '广西来宾市红水河职业技术学校', degree: '机电技术应用 中专', start: '2006-09', end: '2009-01', city: '来宾' },
    ],
    work: [
      { company: '东莞市鑫泰电子有限公司', title: '普工', start: '2009-03', end: '2011-02', startDay: 2, city: '东莞',
        bullets: ['SMT 后段插件与目检'], reason: '晋升拉长', team: '—', reportTo: '拉长' },
      { company: '东莞市鑫泰电子有限公司', title: '拉长', start: '2011-03', end: '2013-12', startDay: 1, city: '东莞',
        bullets: ['管理 35 人生产线，负责排产、品质与 5S', '线体良率由 96.2% 提升到 98.9%'], reason: '工厂搬迁至江西', team: '35人', reportTo: '车间主任' },
      { company: '速达快运（深圳）有限公司', title: '快递员', start: '2014-02', end: '2016-08', startDay: 17, city: '深圳',
        bullets: ['负责宝安西乡片区收派件，日均派件 180 票'], reason: '转做即时配送', team: '—', reportTo: '网点负责人' },
      { company: '快驰即时配送（深圳）有限公司', title: '骑手', start: '2016-09', end: '2017-12', startDay: 5, city: '深圳',
        bullets: ['外卖及同城跑腿配送，连续 6 个月站点单量第一'], reason: '内部晋升', team: '—', reportTo: '站长' },
      { company: '快驰即时配送（深圳）有限公司', title: '站长', start: '2018-01', end: '2021-06', startDay: 1, city: '深圳',
        bullets: ['管理 60–80 名骑手，负责排班、培训、考勤与安全', '准时率从 91% 提升到 97.5%，客诉率下降 40%'], reason: '平台业务调整', team: '60–80人', reportTo: '城市经理' },
      { company: '鹏城同城供应链管理有限公司', title: '区域运营经理', start: '2021-07', end: null, startDay: 12, city: '深圳',
        bullets: ['负责宝安、南山 9 个站点、约 400 名骑手的运营', '搭建站点 KPI 看板与成本模型，单均成本下降 0.8 元', '推行骑手安全培训，交通事故率下降 35%'], reason: '', team: '9个站长 / 约400名骑手', reportTo: '深圳大区总监' },
    ],
    gaps: [{ start: '2014-01', end: '2014-02', startDay: 1, endDay: 16, label: '待业' }],
    notes: 'Two promotions (普工→拉长, 骑手→站长); a QQ number e-mail; a nickname in the form print.',
  },
  {
    id: 'p10', lang: 'zh', name: '欧阳慧敏', given: '慧敏', family: '欧阳', gender: 'F', birth: '1993-01-26',
    email: 'ouyang.huimin@foxmail.com', phone: '+8618602835417', phoneLocal: '186 0283 5417',
    city: '成都', address: '成都市武侯区天府大道北段966号',
    headline: '展览项目经理',
    summary: '十一年会展行业经验，独立操盘过 3 万平米以上的专业展和 2000 人规模的行业大会，擅长招展招商、供应商统筹和现场管理。2022 年末休育儿假半年，2023 年回归。',
    skills: ['展会策划与执行', '招展招商', '会议统筹', '供应商管理', '预算管理', '现场管理', '展台搭建管理 | 展台搭建', '客户关系维护', 'PPT方案撰写 | PPT', '应急预案'],
    certs: ['会展策划师（三级）', '大型活动安全管理培训合格证'],
    languages: ['英语（CET-4，可日常商务沟通）'],
    education: [
      { school: '蓉西商贸学院', degree: '会展经济与管理 本科', start: '2011-09', end: '2015-06', city: '成都' },
    ],
    work: [
      { company: '成都锦程会议服务有限公司', title: '会务专员', start: '2015-07', end: '2017-03', startDay: 6, city: '成都',
        bullets: ['负责会议注册、酒店与交通接待'], reason: '晋升' },
      { company: '成都锦程会议服务有限公司', title: '项目主管', start: '2017-04', end: '2019-02', startDay: 1, city: '成都',
        bullets: ['统筹 200–800 人规模企业年会与经销商大会', '年执行项目 40 余场'], reason: '转向展览' },
      { company: '西部天府国际会展集团有限公司', title: '展览项目经理', start: '2019-03', end: '2022-10', startDay: 11, city: '成都',
        bullets: ['操盘西部食品与包装博览会（3.2 万平米，700 余家展商）', '招展签约率 108%，展位收入同比增长 26%'], reason: '育儿' },
      { company: '蓉城博览文化传播有限公司', title: '高级项目经理', start: '2023-06', end: null, startDay: 1, city: '成都',
        bullets: ['负责新能源汽车产业大会（2000 人）与配套展', '管理 6 人项目组及 20 余家供应商'], reason: '' },
    ],
    gaps: [{ start: '2022-11', end: '2023-05', startDay: 1, endDay: 31, label: '育儿（全职照顾家庭）' }],
    notes: 'Compound surname 欧阳; a promotion; a childcare break that must not count.',
  },
  {
    id: 'p11', lang: 'zh', name: '林佩蓁', given: '佩蓁', family: '林', gender: 'F', birth: '1993-09-12',
    email: 'peizhen.lin.edu@gmail.com', phone: '+886928516043', phoneLocal: '0928-516-043', homePhone: '04-2536-7718',
    city: '臺中', address: '臺中市北屯區崇德路二段416巷7號5樓',
    headline: '國小代理教師（英語專長）',
    summary: '國小英語專長，擔任代課、代理教師十年，帶過中、高年級導師。擅長閱讀策略教學與資訊融入，近年參與學校雙語課程試辦。',
    skills: ['班級經營', '英語教學', '差異化教學', '閱讀理解策略教學', '資訊科技融入教學 | 資訊融入教學', 'Google Classroom', '補救教學', '學生輔導', '親師溝通', '雙語教學'],
    certs: ['國民小學教師證書（英語專長）', '全民英檢 中高級', '國小英語教學增能學分班結業'],
    languages: ['國語', '臺語', '英語'],
    education: [
      { school: '國立中臺灣教育大學', degree: '英語教學系 學士', start: '2011-09', end: '2015-06', city: '臺中' },
      { school: '國立中臺灣教育大學', degree: '國民小學師資類科 教育實習（半年）', start: '2015-08', end: '2016-01', city: '臺中' },
    ],
    work: [
      { company: '臺中市立青松國民小學', title: '代課教師', start: '2016-09', end: '2017-01', startDay: 1, endDay: 20, city: '臺中', bullets: ['代理三年級英語課程'] },
      { company: '臺中市立青松國民小學', title: '代理教師', start: '2017-02', end: '2017-07', startDay: 13, endDay: 31, city: '臺中', bullets: ['中年級英語科任'] },
      { company: '彰化縣立東芳國民小學', title: '代理教師', start: '2017-08', end: '2019-07', startDay: 30, endDay: 31, city: '彰化', bullets: ['英語科任、四年級閱讀課'] },
      { company: '臺中市立大甲溪國民小學', title: '代理教師（導師）', start: '2019-08', end: '2022-07', startDay: 30, endDay: 31, city: '臺中', bullets: ['五、六年級導師', '學校英語讀者劇場比賽指導'] },
      { company: '臺中市立清泉國民小學', title: '代理教師（英語專長）', start: '2022-08', end: null, startDay: 30, city: '臺中', bullets: ['全校英語科任、雙語課程試辦（體育、綜合）'] },
    ],
    gaps: [],
    notes: 'Short substitute / one-year contract posts; ROC (民國) day-level dates and 學年度 school years; 教育實習 printed under education only.',
  },
  {
    id: 'p12', lang: 'zh', name: '黄振邦', given: '振邦', family: '黄', gender: 'M', birth: '1989-06-30',
    email: 'huang.zhenbang@139.com', phone: '+8613927380516', phoneLocal: '139 2738 0516', homePhone: '0752-526 3318',
    city: '惠州', address: '广东省惠州市惠阳区淡水街道开城大道南18号',
    headline: 'EHS经理（化工）',
    summary: '安全工程专业，十五年石化、精细化工企业安全环保管理经验，注册安全工程师（化工安全）。主导过 HAZOP 分析、双重预防机制建设和省级安全标准化复审。',
    skills: ['HAZOP分析 | HAZOP', '危险化学品安全管理', '双重预防机制', 'JSA工作安全分析 | JSA', '应急演练', '环保合规', '职业健康管理', 'ISO 45001体系 | ISO 45001', 'PSM工艺安全管理 | PSM', '事故调查'],
    certs: ['注册安全工程师（化工安全）', '危险化学品生产单位安全管理人员合格证', 'HAZOP 分析主席培训证书'],
    languages: ['英语（CET-4）', '粤语'],
    education: [
      { school: '岭南理工大学', degree: '安全工程 本科', start: '2007-09', end: '2011-06', city: '广州' },
    ],
    work: [
      { company: '大亚湾恒鑫石化有限公司', title: 'HSE专员', start: '2011-07', end: '2014-06', startDay: 4, city: '惠州', dept: '安全环保部',
        bullets: ['作业许可审核、现场安全巡检'], referee: '李工', refereePhone: '0752-558 1200' },
      { company: '大亚湾恒鑫石化有限公司', title: '安全工程师', start: '2014-07', end: '2018-03', startDay: 1, city: '惠州', dept: '安全环保部',
        bullets: ['负责芳烃装置 HAZOP 组织与整改跟踪', '编制专项应急预案'], referee: '李工', refereePhone: '0752-558 1200' },
      { company: '广东南粤精细化工股份有限公司', title: '安全环保部主管', start: '2018-04', end: '2021-12', startDay: 9, city: '江门', dept: '安全环保部',
        bullets: ['建立双重预防机制，隐患闭环率 100%', '通过省级安全生产标准化二级复审'], referee: '陈部长', refereePhone: '0750-366 8820' },
      { company: '惠州港湾新材料科技有限公司', title: 'EHS经理', start: '2022-01', end: null, startDay: 4, city: '惠州', dept: 'EHS部',
        bullets: ['负责全厂安全、环保、职业健康管理，团队 7 人', '推行 PSM 工艺安全管理 14 要素', '连续三年零可记录工伤'], referee: '人力资源部', refereePhone: '0752-336 9000' },
    ],
    gaps: [],
    notes: 'Promotion at one petrochemical employer; registration form where the employer contact phone is printed.',
  },
  // ───────────────────────────────────────────── mixed ─────────────────────────────────────────────
  {
    id: 'p13', lang: 'mixed', name: '郭建伟', given: 'Jianwei', family: 'Guo', englishName: 'William', gender: 'M', birth: '1987-12-08',
    email: 'guojianwei.drill@outlook.com', phone: '+256774318629', phoneLocal: '+256 774 318 629',
    city: 'Hoima', address: 'Plot 22, Kijungu Road, Hoima, Uganda',
    headline: 'Drilling Superintendent (Onshore)',
    summary: 'Drilling supervisor with sixteen years on land rigs in China, Oman and Uganda. Assistant driller to drilling superintendent; IWCF Level 4; experienced with 2000 hp rigs, cluster-pad drilling and multinational crews.',
    skills: ['Rig operations supervision', 'Well control', 'Casing & cementing', 'Directional drilling coordination', 'Drilling programme execution', 'HSE leadership', 'Rig move planning', 'Crew training', 'Daily drilling reports (DDR) | DDR', 'Cost control'],
    certs: ['IWCF Well Control Level 4 (Supervisor), exp. 05/2027', 'IADC WellSharp Supervisor', 'H2S Safety (OPITO-approved)', 'Uganda work permit Class G2'],
    languages: ['Mandarin (native)', 'English (fluent)', 'Arabic (basic)'],
    education: [
      { school: 'Northwest Petroleum Institute', degree: 'BEng Petroleum Engineering', start: '2006-09', end: '2010-06', city: 'Xi\'an, China' },
    ],
    work: [
      { company: 'Huabei Xinda Drilling Engineering Co., Ltd.', title: 'Assistant Driller', start: '2010-07', end: '2013-06', startDay: 12, city: 'Renqiu', country: 'China',
        bullets: ['Floorman then assistant driller on 1500 hp land rigs'], client: 'Huabei oilfield', asset: 'Rig HX-17', rotation: '28/28' },
      { company: 'Huabei Xinda Drilling Engineering Co., Ltd.', title: 'Driller', start: '2013-07', end: '2016-02', startDay: 1, city: 'Renqiu', country: 'China',
        bullets: ['Driller on horizontal gas wells', 'Led well-control drills on every hitch'], client: 'Huabei oilfield', asset: 'Rig HX-22', rotation: '28/28' },
      { company: 'Sino-Gulf Drilling Services LLC', title: 'Toolpusher', start: '2016-03', end: '2019-09', startDay: 20, city: 'Muscat', country: 'Oman',
        bullets: ['Toolpusher on a 2000 hp desert rig, 62-man crew', 'Rig moves under 72 h, 14 moves in 2018'], client: 'Al Haddar Oil Company', asset: 'Rig SGD-5', rotation: '28/28' },
      { company: 'Pearl Albertine Drilling Ltd', title: 'Rig Superintendent', start: '2019-10', end: '2023-04', startDay: 14, city: 'Hoima', country: 'Uganda',
        bullets: ['Rig superintendent for the first development-campaign rig', 'Trained Ugandan nationals into driller and AD posts'], client: 'Albertine Basin Petroleum Development Co.', asset: 'Rig PAD-1', rotation: '28/28' },
      { company: 'Pearl Albertine Drilling Ltd', title: 'Drilling Superintendent', start: '2023-05', end: null, startDay: 1, city: 'Hoima', country: 'Uganda',
        bullets: ['Oversees two rigs drilling cluster pads', 'Owns well-cost tracking against AFE', 'Zero LTI since Jan 2024'], client: 'Albertine Basin Petroleum Development Co.', asset: 'Rigs PAD-1 / PAD-3', rotation: '28/28' },
    ],
    gaps: [],
    notes: 'Two promotions; Client / Rig columns; three countries.',
  },
  {
    id: 'p14', lang: 'mixed', name: '陈思颖', given: 'Siying', family: 'Chen', englishName: 'Cindy', gender: 'F', birth: '1994-04-02',
    email: 'siying.chen.cpa@gmail.com', phone: '+16047812256', phoneLocal: '604-781-2256',
    city: 'Vancouver, BC', address: '1207-6088 Willingdon Ave, Burnaby, BC V5H 4V6',
    headline: 'Senior Data Analyst, Finance',
    summary: 'Former auditor (CICPA) turned finance data analyst. Three years of statutory and IPO audit in Guangzhou, a Canadian master\'s in business analytics, and five years building finance reporting in SQL and Power BI in Vancouver.',
    skills: ['SQL', 'Power BI', 'Python (pandas) | Python | pandas', 'Financial modelling', 'Variance analysis', 'IFRS', 'Tableau', 'Excel (Power Query) | Excel | Power Query', 'Audit', 'Forecasting'],
    certs: ['CICPA (China), 2018', 'CPA Canada PREP — in progress', 'Microsoft Certified: Power BI Data Analyst Associate'],
    languages: ['Mandarin (native)', 'Cantonese (fluent)', 'English (fluent, CELPIP 10)'],
    education: [
      { school: 'Fraserview University', degree: 'Master of Business Analytics', start: '2019-09', end: '2021-04', city: 'Vancouver' },
      { school: 'South China University of Finance', degree: 'BMgt Accounting', start: '2012-09', end: '2016-06', city: 'Guangzhou' },
    ],
    work: [
      { company: 'Guangzhou Huacheng CPA Firm (LLP)', title: 'Audit Assistant', start: '2016-08', end: '2018-02', startDay: 1, endDay: 28, city: 'Guangzhou', country: 'China',
        bullets: ['Fieldwork on statutory audits of manufacturing clients'], noc: '12200 (TEER 2)', hours: 44 },
      { company: 'Guangzhou Huacheng CPA Firm (LLP)', title: 'Senior Auditor', start: '2018-03', end: '2019-07', startDay: 1, endDay: 31, city: 'Guangzhou', country: 'China',
        bullets: ['Ran audit teams of 3–5 on IPO and annual audits', 'Reviewed revenue and inventory testing'], noc: '11100 (TEER 1)', hours: 45 },
      { company: 'Fraserview University', title: 'Research Assistant (part-time)', start: '2020-05', end: '2021-04', startDay: 4, endDay: 30, city: 'Vancouver', country: 'Canada',
        bullets: ['Cleaned and analysed survey data for a retail-pricing study (Python, SQL)'], noc: '41200 (TEER 1)', hours: 15 },
      { company: 'Fraser Harbour Credit Union', title: 'Financial Analyst', start: '2021-07', end: '2023-10', startDay: 5, endDay: 27, city: 'Burnaby', country: 'Canada',
        bullets: ['Monthly variance analysis and board reporting', 'Moved branch profitability reporting from Excel to Power BI'], noc: '11101 (TEER 1)', hours: 37.5 },
      { company: 'Cedarline Logistics Inc.', title: 'Senior Data Analyst, Finance', start: '2023-11', end: null, startDay: 6, city: 'Vancouver', country: 'Canada',
        bullets: ['Owns the finance data mart (SQL Server) and 30+ Power BI reports', 'Built the rolling 13-week cash forecast in Python'], noc: '21223 (TEER 1)', hours: 40 },
    ],
    gaps: [
      { start: '2019-08', end: '2021-04', startDay: 1, endDay: 30, label: 'Studying — Master of Business Analytics, Fraserview University' },
      { start: '2021-05', end: '2021-07', startDay: 1, endDay: 4, label: 'Seeking employment' },
    ],
    notes: 'A part-time research-assistant job during study (counts); study and job-seeking rows that do not.',
  },
  {
    id: 'p15', lang: 'mixed', name: '王博文', given: 'Bowen', family: 'Wang', englishName: 'Kevin', gender: 'M', birth: '1990-03-15',
    email: 'wangbowen.ev@hotmail.com', phone: '+66817462293', phoneLocal: '081-746-2293',
    city: 'Rayong', address: '88/41 Moo 4, Pluak Daeng, Rayong 21140, Thailand',
    headline: 'Process Engineering Manager — Li-ion Cells',
    summary: 'Process engineer in lithium-ion cell manufacturing since 2013: winding, stacking, electrolyte filling and formation. Took two greenfield lines from equipment move-in to mass production, the second one in Thailand as process engineering manager.',
    skills: ['Lithium-ion cell assembly', 'Winding & stacking processes', 'Electrolyte filling', 'Formation & grading', 'Six Sigma (DMAIC) | DMAIC | Six Sigma', 'PFMEA', 'SPC', 'MES', 'Equipment commissioning', 'Line balancing'],
    certs: ['Six Sigma Black Belt (company programme, 2020)', 'Thai work permit (BOI)'],
    languages: ['Mandarin (native)', 'English (good)', 'Thai (basic)'],
    education: [
      { school: 'Songshan Institute of Engineering', degree: 'BEng Materials Science & Engineering', start: '2009-09', end: '2013-06', city: 'Zhengzhou, China' },
    ],
    work: [
      { company: 'Jiangsu Hengyuan Power Battery Co., Ltd.', title: 'Process Technician', start: '2013-07', end: '2015-12', startDay: 8, city: 'Changzhou', country: 'China',
        bullets: ['Winding and hot-pressing process on cylindrical cell line'] },
      { company: 'Jiangsu Hengyuan Power Battery Co., Ltd.', title: 'Process Engineer', start: '2016-01', end: '2019-05', startDay: 1, city: 'Changzhou', country: 'China',
        bullets: ['Owned electrolyte filling and formation parameters', 'Yield improvement from 91.5 % to 95.8 %'] },
      { company: 'Hefei Xinke New Energy Technology Co., Ltd.', title: 'Senior Process Engineer (Cell Assembly)', start: '2019-06', end: '2022-09', startDay: 10, city: 'Hefei', country: 'China',
        bullets: ['Greenfield prismatic line: equipment FAT/SAT and ramp-up', 'Led PFMEA and control plans for stacking'] },
      { company: 'Siam Zhongtai EV Battery Co., Ltd.', title: 'Process Engineering Manager', start: '2022-10', end: null, startDay: 3, city: 'Rayong', country: 'Thailand',
        bullets: ['Leads 14 process engineers (Thai and Chinese) on a 8 GWh plant', 'Ramp-up to 92 % yield within 9 months of SOP', 'Trains Thai engineers to take over line ownership'] },
    ],
    gaps: [],
    notes: 'Technician-to-engineer promotion; Thai BOI expert form with passport-style name "Mr. WANG BOWEN".',
  },
  {
    id: 'p16', lang: 'mixed', name: '李雪晴', given: 'Xueqing', family: 'Li', englishName: 'Snow', gender: 'F', birth: '1992-11-30',
    email: 'snowli.dxb@gmail.com', phone: '+971552468031', phoneLocal: '055 246 8031',
    city: 'Dubai', address: 'Al Barsha 1, Dubai, UAE',
    headline: 'Operations Manager — China Trade & Logistics',
    summary: 'Bilingual (Mandarin / English) trade and logistics manager, eleven years in Dubai. Dragon-Mart showroom management, then Jebel Ali free-zone logistics and customs, now running the China desk of a supply-chain company.',
    skills: ['Import/export documentation', 'Customs clearance (Dubai Customs) | Customs clearance', 'Freight forwarding', 'Supplier sourcing (China)', 'Inventory control', 'Sales coordination', 'B2B negotiation', 'Team management', 'Odoo ERP | Odoo', 'Microsoft Excel | Excel'],
    certs: ['Dubai Customs broker card (Mirsal 2)', 'UAE driving licence'],
    languages: ['Mandarin (native)', 'English (fluent)', 'Arabic (basic)'],
    education: [
      { school: 'Qiantang College of International Business', degree: 'BA Business English', start: '2010-09', end: '2014-06', city: 'Hangzhou, China' },
    ],
    work: [
      { company: 'Yiwu Jinfeng Import & Export Co., Ltd.', title: 'Foreign Trade Sales Assistant', start: '2014-07', end: '2016-02', startDay: 7, city: 'Yiwu', country: 'China',
        bullets: ['Handled Middle-East buyers at the showroom and at Canton Fair', 'Prepared proforma invoices and shipping documents'], reason: 'Relocated to Dubai', team: '—', reportTo: 'Sales Manager' },
      { company: 'Dragon City General Trading LLC', title: 'Sales Coordinator', start: '2016-04', end: '2018-12', startDay: 10, city: 'Dubai', country: 'UAE',
        bullets: ['Coordinated orders between Chinese factories and Gulf retailers', 'Managed stock for two Dragon Mart shops'], reason: 'Promoted', team: '—', reportTo: 'General Manager' },
      { company: 'Dragon City General Trading LLC', title: 'Showroom Manager', start: '2019-01', end: '2021-03', startDay: 1, city: 'Dubai', country: 'UAE',
        bullets: ['Ran the showroom and a team of 6 sales staff', 'Grew wholesale accounts in Oman and Qatar by 30 %'], reason: 'Moved into logistics', team: '6', reportTo: 'General Manager' },
      { company: 'Gulf Silkroad Logistics FZE', title: 'Logistics & Customs Supervisor', start: '2021-04', end: '2024-06', startDay: 4, city: 'Jebel Ali', country: 'UAE',
        bullets: ['Customs declarations for 300+ containers a month through Mirsal', 'Cut average clearance time from 3.1 to 1.6 days'], reason: 'Better opportunity', team: '4', reportTo: 'Operations Director' },
      { company: 'Crescent Bay Supply Chain LLC', title: 'Operations Manager, China Desk', start: '2024-07', end: null, startDay: 1, city: 'Dubai', country: 'UAE',
        bullets: ['Runs sourcing, forwarding and customs for China-origin cargo', 'Team of 8 in Dubai and 2 agents in Guangzhou', 'Rolled out Odoo inventory and landed-cost tracking'], reason: '—', team: '8 + 2 agents', reportTo: 'Managing Director' },
    ],
    gaps: [{ start: '2016-03', end: '2016-04', startDay: 1, endDay: 9, label: 'Relocation to Dubai (visa processing)' }],
    notes: 'A promotion at one Dubai trading company; free-zone employer; reason-for-leaving lines.',
  },
];

export const personById = (id: string) => {
  const p = people.find((x) => x.id === id);
  if (!p) throw new Error(`no person ${id}`);
  return p;
};
