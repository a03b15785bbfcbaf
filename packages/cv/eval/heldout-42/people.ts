/**
 * heldout-42: sixteen invented people. Every person, employer, school, address, e-mail and phone number here is made
 * up; phone numbers only have the right shape (length and prefixes) for their country.
 *
 * `skills` are written as they are printed in every document of the person; synonyms / abbreviations follow " | ".
 * `work` holds every printed role (promotions separate, internships and apprenticeships included); career breaks are
 * in `gaps` and are never jobs. Months are YYYY-MM; `end: null` is the current job.
 */

export type Lang = 'en' | 'zh' | 'mixed';

export interface Job {
  /** Employer exactly as printed in every document (no town). */
  company: string;
  /** Job title (free to vary in wording between documents; not part of the truth). */
  title: string;
  /** English title for bilingual documents (mixed people). */
  titleEn?: string;
  start: string;
  end: string | null;
  city: string;
  country?: string;
  dept?: string;
  duties: string[];
  reason?: string;
  /** Printed only where forms ask for it. */
  supervisor?: string;
  employerPhone?: string;
  employerAddress?: string;
  extent?: number;
}

export interface Gap {
  start: string;
  end: string;
  note: string;
  noteEn?: string;
}

export interface Edu {
  start: string;
  end: string;
  school: string;
  degree: string;
  city?: string;
  schoolEn?: string;
  degreeEn?: string;
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
  /** The name as written (for mixed people the Chinese name). */
  name: string;
  surname: string;
  given: string;
  /** Pinyin / romanised name for mixed people. */
  latin?: string;
  gender: 'F' | 'M';
  dob: string; // YYYY-MM-DD
  nationality: string;
  email: string;
  /** E.164 of the candidate's own mobile. */
  phone: string;
  /** How the mobile is printed in the person's home country. */
  phoneLocal: string;
  /** International print form with spaces. */
  phoneIntl: string;
  /** Other numbers that real documents carry (never the truth). */
  homePhone?: string;
  emergency?: { name: string; relation: string; phone: string };
  address: string;
  city: string;
  headline: string;
  summary: string;
  skills: string[];
  languages: { lang: string; level: string }[];
  certs: string[];
  work: Job[];
  gaps?: Gap[];
  education: Edu[];
  referees: Referee[];
  extra: Record<string, string>;
}

export const people: Person[] = [
  // ───────────────────────────── English ─────────────────────────────
  {
    id: 'p01', language: 'en', name: 'Nicola Ozanne', surname: 'Ozanne', given: 'Nicola', gender: 'F', dob: '1991-02-17',
    nationality: 'British', email: 'nozanne.gsy@gmail.com', phone: '+447781426913', phoneLocal: '07781 426913',
    phoneIntl: '+44 7781 426913', homePhone: '01481 254370',
    address: 'Le Courtil Vert, Rue de la Haye, Castel, Guernsey GY5 7QN', city: 'Castel, Guernsey',
    headline: 'Client Services Manager — trust and corporate services',
    summary: 'Fiduciary professional with fifteen years in Guernsey trust and company administration, from accounts support to running a client team of six. Comfortable with regulatory change, client onboarding and quarterly reporting to boards.',
    skills: ['Trust administration', 'Client onboarding', 'AML/CFT compliance | AML | anti-money laundering', 'Company secretarial', 'Viewpoint', 'Xero', 'Microsoft Excel | Excel', 'Risk assessment'],
    languages: [{ lang: 'English', level: 'Native' }, { lang: 'French', level: 'Intermediate (B1)' }],
    certs: ['STEP Diploma in International Trust Management (2017)', 'ICA Certificate in Anti Money Laundering (2014)', 'AAT Level 3 Diploma in Accounting (2011)'],
    work: [
      { company: 'Sarnia Marine Supplies Ltd', title: 'Accounts Assistant', start: '2009-09', end: '2012-03', city: 'St Sampson', employerAddress: 'The Bridge, St Sampson, GY2 4QH', duties: ['Purchase and sales ledgers, supplier reconciliations and weekly payment runs', 'Month-end journals and VAT-free import paperwork for chandlery stock', 'Covered reception and the counter on Saturdays'], reason: 'Career progression into fiduciary services' },
      { company: 'Bordeaux Harbour Trust Company Limited', title: 'Trust Administrator', start: '2012-04', end: '2015-08', city: 'St Peter Port', employerAddress: 'Havilland Chambers, St Peter Port, GY1 2HT', duties: ['Day-to-day administration of a portfolio of 45 discretionary and fixed-interest trusts', 'Prepared trustee resolutions, minutes and distribution paperwork', 'Maintained client due-diligence files and annual risk reviews'], reason: 'Promoted' },
      { company: 'Bordeaux Harbour Trust Company Limited', title: 'Senior Trust Administrator', start: '2015-09', end: '2019-12', city: 'St Peter Port', employerAddress: 'Havilland Chambers, St Peter Port, GY1 2HT', duties: ['Led a pod of three administrators on 120 structures including private trust companies', 'First reviewer of trust accounts and ledgers on Viewpoint before director sign-off', 'Drafted responses to GFSC thematic questionnaires and internal audit points', 'Trained new joiners on onboarding and source-of-wealth checks'], reason: 'Family reasons (career break)' },
      { company: 'Havelet Fiduciary Services Limited', title: 'Client Services Manager', start: '2020-10', end: null, city: 'St Peter Port', employerAddress: 'Les Echelons Court, St Peter Port, GY1 1AR', duties: ['Manage a team of six looking after 210 trusts, companies and foundations for private clients in the UK, South Africa and the Gulf', 'Own the onboarding and periodic-review process, including enhanced due diligence for higher-risk relationships', 'Company secretarial for Guernsey and BVI companies: registers, annual validations and board packs', 'Quarterly MI and compliance reporting to the board and the MLRO', 'Moved the team from spreadsheets to a Viewpoint workflow, cutting review backlog from 40 to 6 files'], reason: '' },
    ],
    gaps: [{ start: '2020-01', end: '2020-09', note: 'Career break – caring for a family member' }],
    education: [
      { start: '2002-09', end: '2007-06', school: 'Les Beaucamps Secondary School', degree: 'GCSEs (9, including Mathematics and English)' },
      { start: '2007-09', end: '2009-06', school: 'Castel Sixth Form College', degree: 'A levels: Economics (B), French (B), Mathematics (C)' },
      { start: '2009-09', end: '2011-06', school: 'Guernsey Institute of Further Studies', degree: 'AAT Level 3 Diploma in Accounting (part-time)' },
    ],
    referees: [
      { name: 'Mr Peter Mauger', role: 'Director, Havelet Fiduciary Services Limited', phone: '01481 713520', email: 'p.mauger@havelet-fs.gg' },
      { name: 'Mrs Alison Brehaut', role: 'Former Head of Trusts, Bordeaux Harbour Trust Company Limited', phone: '07839 550217' },
    ],
    extra: { postcode: 'GY5 7QN', status: 'Established resident (Population Management Law)', notice: '3 months' },
  },
  {
    id: 'p02', language: 'en', name: 'Shivani Ramkissoon', surname: 'Ramkissoon', given: 'Shivani', gender: 'F', dob: '1986-08-09',
    nationality: 'Trinidad and Tobago', email: 's.ramkissoon86@gmail.com', phone: '+18687384152', phoneLocal: '(868) 738-4152',
    phoneIntl: '+1 868 738 4152', homePhone: '(868) 662-3917',
    address: 'LP 42 Churchill Roosevelt Highway, Valsayn, Trinidad', city: 'Valsayn',
    headline: 'Credit Risk Manager',
    summary: 'Credit professional with eighteen years in Trinidad and Tobago banking, from member services to credit risk management for a merchant bank. Strong in commercial credit analysis, loan structuring and portfolio reporting.',
    skills: ['Credit analysis', 'Loan underwriting', 'Financial statement analysis', 'Temenos T24 | T24', 'KYC | Know Your Customer', 'Portfolio monitoring', 'Microsoft Excel | Excel', 'Power BI'],
    languages: [{ lang: 'English', level: 'Native' }, { lang: 'Spanish', level: 'Basic' }],
    certs: ['Associate, Institute of Banking and Finance of Trinidad and Tobago (2016)', 'Certified Credit Professional (2019)'],
    work: [
      { company: 'Caroni Valley Credit Union Co-operative Society Limited', title: 'Member Service Representative', start: '2008-07', end: '2011-02', city: 'Chaguanas', duties: ['Opened share and deposit accounts and processed member withdrawals', 'Collected loan applications and checked supporting documents'], reason: 'Joined a commercial bank', supervisor: 'Mrs Indira Maharaj', employerPhone: '(868) 665-2104' },
      { company: 'Northern Range Commercial Bank Limited', title: 'Customer Service Representative', start: '2011-03', end: '2013-12', city: 'Port of Spain', duties: ['Personal account servicing, standing orders and card disputes'], reason: 'Promoted', supervisor: 'Mr Kevon Charles', employerPhone: '(868) 623-5580' },
      { company: 'Northern Range Commercial Bank Limited', title: 'Loans Officer', start: '2014-01', end: '2018-06', city: 'Port of Spain', duties: ['Assessed consumer and small-business loans up to TT$1.5M', 'Prepared credit memoranda and monitored arrears'], reason: 'Promoted', supervisor: 'Mr Kevon Charles', employerPhone: '(868) 623-5580' },
      { company: 'Northern Range Commercial Bank Limited', title: 'Senior Credit Analyst', start: '2018-07', end: '2022-03', city: 'Port of Spain', duties: ['Analysed commercial borrowers in distribution, construction and energy services', 'Reviewed annual renewals and covenant compliance for a TT$600M book'], reason: 'Career advancement', supervisor: 'Ms Natalie Gomez', employerPhone: '(868) 623-5580' },
      { company: 'Paria Merchant Bank Limited', title: 'Credit Risk Manager', start: '2022-04', end: null, city: 'Port of Spain', duties: ['Lead a team of four analysts reviewing corporate and syndicated facilities', 'Maintain the risk-rating model and monthly watch-list reporting to the Credit Committee', 'Built Power BI dashboards for concentration and sector limits'], reason: '', supervisor: 'Mr Rajiv Persad', employerPhone: '(868) 627-9931' },
    ],
    education: [
      { start: '1998-09', end: '2004-06', school: 'Valsayn Hill Secondary School', degree: 'CSEC (8 subjects) and CAPE Unit 1 & 2' },
      { start: '2004-09', end: '2008-06', school: 'Eastern Caribbean Institute of Business', degree: 'BSc Accounting and Finance (Upper Second)' },
      { start: '2012-09', end: '2014-06', school: 'Eastern Caribbean Institute of Business', degree: 'MBA (part-time)' },
    ],
    referees: [
      { name: 'Ms Natalie Gomez', role: 'Head of Commercial Credit, Northern Range Commercial Bank Limited', phone: '(868) 623-5580 ext. 2214' },
      { name: 'Mr Anand Seecharan', role: 'Lecturer, Eastern Caribbean Institute of Business', phone: '(868) 782-1056' },
    ],
    extra: { nationalId: '19860809-0417', salary: 'TT$31,500 per month', notice: 'One month' },
  },
  {
    id: 'p03', language: 'en', name: 'Tomasz Wierzbicki', surname: 'Wierzbicki', given: 'Tomasz', gender: 'M', dob: '1991-05-22',
    nationality: 'Polish', email: 'tomasz.wierzbicki.weld@wp.pl', phone: '+48604218937', phoneLocal: '604 218 937',
    phoneIntl: '+48 604 218 937',
    address: 'ul. Kasztanowa 14/3, 80-299 Gdańsk, Poland', city: 'Gdańsk',
    headline: 'Welding Foreman — pipe and structural steel',
    summary: 'Welder and welding foreman with sixteen years in steel construction and shipbuilding in Poland, Norway and Lithuania. Certified to EN ISO 9606-1 for TIG, MAG and MMA, used to leading crews of up to twelve welders.',
    skills: ['TIG welding | 141 | GTAW', 'MAG welding | 135 | GMAW', 'MMA welding | 111 | SMAW', 'Pipe fitting', 'Technical drawing reading | blueprint reading', 'Visual weld inspection', 'Team supervision'],
    languages: [{ lang: 'Polish', level: 'Native' }, { lang: 'English', level: 'B1' }, { lang: 'Norwegian', level: 'A2' }],
    certs: ['EN ISO 9606-1 135 P BW / 141 P BW (valid to 2027)', 'UDT forklift licence (2012)', 'Working at height and rescue (GWO, 2023)', 'Driving licence B, C'],
    work: [
      { company: 'ZKM Konstrukcje Stalowe Sp. z o.o.', title: 'Apprentice Welder', start: '2010-09', end: '2011-06', city: 'Gdańsk', country: 'Poland', duties: ['Vocational apprenticeship: tacking, grinding and MAG welding of beams under supervision'], reason: 'Apprenticeship completed' },
      { company: 'ZKM Konstrukcje Stalowe Sp. z o.o.', title: 'Welder (MAG/TIG)', start: '2011-07', end: '2015-04', city: 'Gdańsk', country: 'Poland', duties: ['MAG welding of steel structures for warehouses and bridges', 'TIG root passes on stainless pipework'], reason: 'Work abroad' },
      { company: 'Nordvest Skipsverft AS', title: 'Pipe Welder', start: '2015-05', end: '2019-10', city: 'Ålesund', country: 'Norway', duties: ['Pipe spools for offshore supply vessels, carbon and duplex', 'Welding to WPS, preparation of joints and fit-up'], reason: 'Contract ended' },
      { company: 'Baltic Offshore Fabrication UAB', title: 'Welding Foreman', start: '2019-11', end: null, city: 'Klaipėda', country: 'Lithuania', duties: ['Lead a crew of 8–12 welders on monopile secondary steel', 'Daily work planning, WPS control and visual inspection before NDT', 'Toolbox talks and permit-to-work'], reason: '' },
    ],
    education: [
      { start: '2006-09', end: '2010-06', school: 'Zespół Szkół Okrętowych im. J. Wybickiego', degree: 'Technician of mechanical engineering (technik mechanik)', city: 'Gdańsk' },
      { start: '2010-09', end: '2011-06', school: 'Pomorskie Centrum Spawalnicze', degree: 'Welding courses 135, 141, 111', city: 'Gdańsk' },
    ],
    referees: [
      { name: 'Arūnas Jankauskas', role: 'Production Manager, Baltic Offshore Fabrication UAB', phone: '+370 46 31 2208' },
      { name: 'Per-Ivar Solheim', role: 'Yard Supervisor, Nordvest Skipsverft AS', phone: '+47 70 13 48 20' },
    ],
    extra: { available: 'February 2027', licence: 'B, C' },
  },
  {
    id: 'p04', language: 'en', name: 'Juliana Restrepo Ocampo', surname: 'Restrepo Ocampo', given: 'Juliana', gender: 'F', dob: '1991-11-03',
    nationality: 'Colombian', email: 'juliana.restrepo.oc@gmail.com', phone: '+573154827061', phoneLocal: '315 482 7061',
    phoneIntl: '+57 315 482 7061', homePhone: '+57 604 412 3385',
    address: 'Rackarbergsgatan 48, lgh 1102, 752 32 Uppsala, Sweden', city: 'Uppsala',
    headline: 'Environmental engineer — water resources',
    summary: 'Environmental engineer with ten years in Colombian water utilities and consulting and a Swedish MSc in hydrology. Experienced in river modelling, catchment studies and environmental licensing.',
    skills: ['Hydrological modelling', 'HEC-RAS', 'QGIS', 'ArcGIS', 'Python', 'Water quality monitoring', 'Environmental impact assessment | EIA'],
    languages: [{ lang: 'Spanish', level: 'Native' }, { lang: 'English', level: 'C1 (IELTS 7.5)' }, { lang: 'Swedish', level: 'A2' }],
    certs: ['Professional registration COPNIA (Colombia), 2014', 'ISO 14001:2015 Internal Auditor (2017)'],
    work: [
      { company: 'Corporación Autónoma Regional del Valle Alto', title: 'Engineering Intern (Practicante)', start: '2014-01', end: '2014-06', city: 'Medellín', country: 'Colombia', dept: 'Subdirección de Recursos Hídricos', duties: ['Field sampling and database of water concessions'], reason: 'End of internship', supervisor: 'Ing. Hernán Zuluaga', employerPhone: '+57 604 385 1200', employerAddress: 'Carrera 48 No. 10-45, Medellín' },
      { company: 'Aguas del Sinú S.A. E.S.P.', title: 'Environmental Engineer', start: '2014-08', end: '2018-02', city: 'Montería', country: 'Colombia', dept: 'Gestión Ambiental', duties: ['Permits and monitoring for two wastewater plants', 'Monthly reports to the environmental authority'], reason: 'Better offer', supervisor: 'Ing. Carolina Petro', employerPhone: '+57 604 789 4410', employerAddress: 'Calle 29 No. 2-76, Montería' },
      { company: 'Consultoría Hídrica Andina S.A.S.', title: 'Project Engineer', start: '2018-03', end: '2021-07', city: 'Bogotá', country: 'Colombia', dept: 'Hidrología', duties: ['HEC-RAS flood studies for municipal land-use plans', 'EIA chapters on surface water for road concessions'], reason: 'Master\'s studies in Sweden', supervisor: 'Ing. Mauricio Duarte', employerPhone: '+57 601 744 2290', employerAddress: 'Calle 93B No. 17-25, Of. 402, Bogotá' },
      { company: 'Östersjö Miljökonsult AB', title: 'Water Resources Consultant', start: '2023-09', end: null, city: 'Uppsala', country: 'Sweden', dept: 'Vatten och miljö', duties: ['Catchment and stormwater modelling for municipalities', 'Water-quality monitoring programmes under the Water Framework Directive'], reason: '', supervisor: 'Karin Lindqvist', employerPhone: '+46 18 50 44 10', employerAddress: 'Kungsgatan 61, 753 21 Uppsala' },
    ],
    gaps: [{ start: '2021-08', end: '2023-06', note: 'Full-time MSc studies (Sweden)' }],
    education: [
      { start: '2008-02', end: '2013-12', school: 'Universidad Técnica de Antioquia', degree: 'Environmental Engineering (Ingeniería Ambiental)', city: 'Medellín' },
      { start: '2021-08', end: '2023-06', school: 'Uppland School of Earth Sciences', degree: 'MSc Hydrology and Water Resources', city: 'Uppsala' },
    ],
    referees: [
      { name: 'Ing. Mauricio Duarte', role: 'Director, Consultoría Hídrica Andina S.A.S.', phone: '+57 310 556 2048' },
      { name: 'Dr. Anders Hedlund', role: 'MSc supervisor', phone: '+46 18 471 22 63' },
    ],
    extra: { cedula: '1.036.648.219', cedulaPlace: 'Medellín', militaryCard: 'Not applicable' },
  },
  {
    id: 'p05', language: 'en', name: 'Mindaugas Petrauskas', surname: 'Petrauskas', given: 'Mindaugas', gender: 'M', dob: '1990-01-28',
    nationality: 'Lithuanian', email: 'm.petrauskas90@inbox.lt', phone: '+37061248395', phoneLocal: '8 612 48395',
    phoneIntl: '+370 612 48395',
    address: 'Žirmūnų g. 118-27, LT-09121 Vilnius, Lithuania', city: 'Vilnius',
    headline: 'Warehouse Team Leader',
    summary: 'Warehouse team leader with fifteen years in logistics in Lithuania and Norway, most recently in a cold-store terminal. Forklift and reach-truck operator, used to SAP EWM and shift planning.',
    skills: ['Forklift operation | counterbalance and reach trucks', 'Warehouse management systems | WMS', 'SAP EWM', 'Inventory control', 'Cold-chain handling', 'Shift planning', 'Health and safety'],
    languages: [{ lang: 'Lithuanian', level: 'Native' }, { lang: 'Russian', level: 'B2' }, { lang: 'English', level: 'B2' }, { lang: 'Norwegian', level: 'A2' }],
    certs: ['Forklift operator certificate (Lithuania, 2012)', 'Norwegian truck licence T1–T4 (2015)', 'Driving licence B, C, CE'],
    work: [
      { company: 'Kauno Logistikos Centras UAB', title: 'Warehouse Operative', start: '2012-03', end: '2014-08', city: 'Kaunas', country: 'Lithuania', duties: ['Picking, packing and loading of FMCG orders', 'Forklift and pallet-truck work'], reason: 'Work abroad' },
      { company: 'Nordlager AS', title: 'Forklift Driver', start: '2014-09', end: '2017-05', city: 'Oslo', country: 'Norway', duties: ['Reach-truck work in a high-bay warehouse', 'Goods receipt and scanning in WMS'], reason: 'Returned to Lithuania' },
      { company: 'Vilniaus Šaldymo Terminalas UAB', title: 'Shift Supervisor', start: '2017-06', end: '2020-12', city: 'Vilnius', country: 'Lithuania', duties: ['Supervised a night shift of 14 in a –25 °C cold store', 'Temperature logs and HACCP records'], reason: 'Promoted' },
      { company: 'Vilniaus Šaldymo Terminalas UAB', title: 'Warehouse Team Leader', start: '2021-01', end: null, city: 'Vilnius', country: 'Lithuania', duties: ['Lead 3 shift supervisors and 40 operatives', 'Shift planning, KPI reporting, stock counts in SAP EWM'], reason: '' },
    ],
    education: [
      { start: '2006-09', end: '2009-06', school: 'Vilniaus transporto ir logistikos mokykla', degree: 'Vocational diploma, warehouse logistics', city: 'Vilnius' },
    ],
    referees: [
      { name: 'Darius Kazlauskas', role: 'Operations Manager, Vilniaus Šaldymo Terminalas UAB', phone: '+370 5 239 4410' },
    ],
    extra: { available: '1 month notice', licence: 'B, C, CE' },
  },
  {
    id: 'p06', language: 'en', name: 'Kristine Joy Manalastas', surname: 'Manalastas', given: 'Kristine Joy', gender: 'F', dob: '1990-06-14',
    nationality: 'Filipino', email: 'kristinejoy.manalastas@yahoo.com', phone: '+639175824406', phoneLocal: '0917 582 4406',
    phoneIntl: '+63 917 582 4406',
    address: 'Blk 7 Lot 12, Sampaguita St., Villa Angela Subd., Angeles City, Pampanga 2009', city: 'Angeles City',
    headline: 'Registered Nurse — critical care',
    summary: 'ICU nurse with thirteen years of experience in the Philippines and Saudi Arabia, currently charge nurse of a 16-bed adult ICU. BLS and ACLS certified.',
    skills: ['Critical care nursing', 'Mechanical ventilation management', 'Hemodynamic monitoring', 'IV therapy', 'Patient assessment', 'Infection control', 'Electronic medical records | EMR'],
    languages: [{ lang: 'Filipino', level: 'Native' }, { lang: 'English', level: 'Fluent' }, { lang: 'Arabic', level: 'Basic' }],
    certs: ['PRC Registered Nurse licence No. 0714582 (valid to 2028)', 'Saudi Commission for Health Specialties classification (2016)', 'BLS and ACLS, American Heart Association (2026)', 'IV Therapy Training, ANSAP (2013)'],
    work: [
      { company: 'Mother of Mercy General Hospital', title: 'Staff Nurse', start: '2013-06', end: '2016-09', city: 'Angeles City', country: 'Philippines', dept: 'Medical–Surgical Ward', duties: ['Care of 8–10 adult patients per shift', 'Medication administration and IV therapy'], reason: 'Overseas employment', employerAddress: 'MacArthur Highway, Angeles City', extent: 120 },
      { company: 'Al Rawdah Medical Complex', title: 'Staff Nurse', start: '2016-11', end: '2021-04', city: 'Riyadh', country: 'Saudi Arabia', dept: 'Adult ICU', duties: ['Ventilated patients 1:1 and 1:2', 'Hemodynamic monitoring, arterial lines, CRRT support'], reason: 'End of contract', employerAddress: 'King Abdullah Road, Riyadh', extent: 300 },
      { company: 'Metro Bayside Medical Center', title: 'Senior Staff Nurse', start: '2021-07', end: '2023-12', city: 'Pasay City', country: 'Philippines', dept: 'Adult ICU', duties: ['Preceptor for new ICU nurses', 'Infection-control link nurse'], reason: 'Promoted', employerAddress: 'Roxas Boulevard, Pasay City', extent: 450 },
      { company: 'Metro Bayside Medical Center', title: 'Charge Nurse', start: '2024-01', end: null, city: 'Pasay City', country: 'Philippines', dept: 'Adult ICU', duties: ['In charge of a 16-bed ICU shift of 10 nurses', 'Staffing, bed flow and EMR documentation audits'], reason: '', employerAddress: 'Roxas Boulevard, Pasay City', extent: 450 },
    ],
    education: [
      { start: '2007-06', end: '2011-04', school: 'Holy Infant College of Pampanga', degree: 'Bachelor of Science in Nursing', city: 'San Fernando' },
    ],
    referees: [
      { name: 'Ms Rowena Dizon, RN, MAN', role: 'Chief Nurse, Metro Bayside Medical Center', phone: '+63 2 8831 6620' },
      { name: 'Mr Faisal Al-Harbi', role: 'Nurse Manager ICU, Al Rawdah Medical Complex', phone: '+966 11 482 7730' },
    ],
    extra: { passport: 'P4826173B', prc: '0714582', height: '158 cm', religion: 'Roman Catholic', civil: 'Single' },
  },
  {
    id: 'p07', language: 'en', name: 'Ndapewa Shikongo', surname: 'Shikongo', given: 'Ndapewa', gender: 'F', dob: '1988-05-24',
    nationality: 'Namibian', email: 'ndapewa.sk@gmail.com', phone: '+264812743390', phoneLocal: '081 274 3390',
    phoneIntl: '+264 81 274 3390', homePhone: '061 232 418',
    address: 'Erf 2417, Nelson Mandela Avenue, Klein Windhoek', city: 'Windhoek',
    headline: 'Finance Manager (public and tertiary sector)',
    summary: 'Chartered-track accountant with fifteen years in private and public finance in Namibia, the last eight in a tertiary institution. Leads budgeting, IPSAS reporting, payroll and grant accounting.',
    skills: ['Financial reporting (IPSAS) | IPSAS', 'Budgeting', 'Pastel Evolution | Sage Evolution', 'Payroll administration', 'Grant accounting', 'Internal controls', 'Microsoft Excel | Excel'],
    languages: [{ lang: 'Oshiwambo', level: 'Home language' }, { lang: 'English', level: 'Excellent' }, { lang: 'Afrikaans', level: 'Good' }],
    certs: ['Member, Institute of Chartered Accountants of Namibia – associate (2019)', 'Certificate in Public Finance Management (2015)', "Driver's licence Code B"],
    work: [
      { company: 'Namib Coast Fisheries (Pty) Ltd', title: 'Finance Clerk', start: '2011-02', end: '2013-06', city: 'Walvis Bay', duties: ['Creditors, debtors and bank reconciliations', 'Processed fortnightly wages for 240 factory staff'], reason: 'Career growth' },
      { company: 'Namib Regional Education Trust', title: 'Accountant', start: '2013-07', end: '2017-12', city: 'Windhoek', duties: ['Management accounts and donor reports for bursary funds', 'Annual audit file and budget preparation'], reason: 'Better opportunity' },
      { company: 'Windhoek Institute of Applied Sciences', title: 'Senior Accountant', start: '2018-01', end: '2021-09', city: 'Windhoek', duties: ['Led the general ledger team of four', 'Introduced IPSAS-compliant asset register'], reason: 'Acting appointment' },
      { company: 'Windhoek Institute of Applied Sciences', title: 'Finance Manager (Acting)', start: '2021-10', end: '2022-06', city: 'Windhoek', duties: ['Acted as head of finance during recruitment'], reason: 'Appointed permanently' },
      { company: 'Windhoek Institute of Applied Sciences', title: 'Finance Manager', start: '2022-07', end: null, city: 'Windhoek', duties: ['Head the finance department (12 staff): budgets, payroll, procurement payments', 'IPSAS annual financial statements and audit liaison with the Auditor-General', 'Grant accounting for EU and GIZ-funded projects'], reason: '' },
    ],
    education: [
      { start: '2001-01', end: '2005-12', school: 'Oshakati Senior Secondary School', degree: 'NSSC Higher Level' },
      { start: '2006-02', end: '2010-11', school: 'Kalahari University', degree: 'Bachelor of Accounting (Honours)', city: 'Windhoek' },
    ],
    referees: [
      { name: 'Mr Johannes Amukwaya', role: 'Bursar, Windhoek Institute of Applied Sciences', phone: '+264 61 207 5530' },
      { name: 'Ms Elize van Wyk', role: 'Former Financial Director, Namib Regional Education Trust', phone: '+264 81 129 7704' },
      { name: 'Dr Selma Haufiku', role: 'Head of Accounting, Kalahari University', phone: '+264 61 206 3112' },
    ],
    extra: { idNo: '88052400417', title: 'Ms', salary: 'N$ 58 400 per month', notice: '3 months', postal: 'P.O. Box 24117, Windhoek' },
  },
  // ───────────────────────────── Chinese ─────────────────────────────
  {
    id: 'p08', language: 'zh', name: '吕春梅', surname: '吕', given: '春梅', gender: 'F', dob: '1984-03-12',
    nationality: '中国', email: 'lvchunmei_jn@163.com', phone: '+8613953187426', phoneLocal: '139 5318 7426',
    phoneIntl: '+86 139 5318 7426', emergency: { name: '陈建国', relation: '丈夫', phone: '138 6401 2295' },
    address: '山东省济南市历城区洪家楼南路 17 号 3 单元 502 室', city: '济南',
    headline: '初中数学教师（中学一级教师）',
    summary: '从事初中数学教学二十年，任教研组长四年、年级主任至今，熟悉课堂改革和中考命题，愿意参加援疆支教。',
    skills: ['数学教学', '课堂管理', '教研活动组织', '多媒体课件制作 | 课件制作', '希沃白板 | Seewo', '班主任工作', '中考命题研究'],
    languages: [{ lang: '英语', level: 'CET-4' }, { lang: '普通话', level: '二级甲等' }],
    certs: ['高级中学教师资格证（数学）', '中学一级教师（2016年评定）', '济南市优秀班主任（2019）'],
    work: [
      { company: '泉城启航教育培训学校', title: '数学辅导教师', start: '2006-07', end: '2008-08', city: '济南', duties: ['初中数学小班辅导，每周 20 课时'], reason: '考入公办学校', supervisor: '张海燕' },
      { company: '历城区文澜中学', title: '数学教师', start: '2008-09', end: '2014-08', city: '济南', duties: ['担任两个班数学教学和一个班班主任', '参与区级课题《初中数学分层作业设计》'], reason: '工作调动', supervisor: '刘志强' },
      { company: '济南市舜泉中学', title: '数学教师', start: '2014-09', end: '2018-07', city: '济南', duties: ['初三毕业班数学教学，中考均分连续三年居区前列'], reason: '', supervisor: '孙丽' },
      { company: '济南市舜泉中学', title: '数学教研组长', start: '2018-08', end: '2022-07', city: '济南', duties: ['组织每周教研活动和校级公开课', '主持市级课题一项'], reason: '', supervisor: '孙丽' },
      { company: '济南市舜泉中学', title: '初二年级主任', start: '2022-08', end: null, city: '济南', duties: ['负责年级 12 个班的教学常规与德育管理'], reason: '', supervisor: '王德军' },
    ],
    education: [
      { start: '2002-09', end: '2006-06', school: '鲁中师范学院', degree: '本科 · 数学与应用数学', city: '淄博' },
      { start: '2011-09', end: '2014-06', school: '鲁中师范学院', degree: '教育硕士（在职）· 学科教学（数学）', city: '淄博' },
    ],
    referees: [{ name: '王德军', role: '济南市舜泉中学 校长', phone: '0531-8862 4170' }],
    extra: { minzu: '汉族', zhengzhi: '中共党员', jiguan: '山东章丘', idMasked: '370112********1827', jobStart: '2006.07', target: '新疆喀什地区疏附县第二中学 初中数学教师', title: '中学一级教师' },
  },
  {
    id: 'p09', language: 'zh', name: '周立军', surname: '周', given: '立军', gender: 'M', dob: '1986-04-05',
    nationality: '中国', email: 'zhoulijun1986@126.com', phone: '+8618635214907', phoneLocal: '186 3521 4907',
    phoneIntl: '+86 186 3521 4907', emergency: { name: '李红', relation: '妻子', phone: '0351-7036 2251' },
    address: '山西省太原市晋阳区新建南路 238 号 6 号楼 1 单元 301', city: '太原',
    headline: '档案与办公室管理',
    summary: '在区档案馆工作十年，熟悉档案数字化和整理鉴定；现任区博物馆办公室主任，负责行政、采购和藏品登记协调。',
    skills: ['档案数字化', '档案整理与鉴定', '公文写作', 'OA系统管理 | OA', 'Excel | Microsoft Excel', '文物藏品登记', '政府采购流程'],
    languages: [{ lang: '英语', level: 'CET-6' }],
    certs: ['档案专业中级职称（馆员，2015）', '会计从业资格（2008）', '机动车驾驶证 C1'],
    work: [
      { company: '山西恒达会计师事务所', title: '审计助理', start: '2008-07', end: '2009-06', city: '太原', duties: ['参与企业年报审计的底稿整理'], reason: '考入事业单位' },
      { company: '太原市晋阳区档案馆', title: '档案管理员', start: '2009-07', end: '2013-12', city: '太原', duties: ['文书档案接收、整理和编目', '馆藏档案数字化扫描质量检查'], reason: '' },
      { company: '太原市晋阳区档案馆', title: '业务科副科长', start: '2014-01', end: '2019-06', city: '太原', duties: ['负责馆藏 12 万卷档案数字化项目', '组织档案鉴定和销毁工作'], reason: '工作调动' },
      { company: '太原市晋阳区博物馆', title: '办公室主任', start: '2019-07', end: null, city: '太原', duties: ['负责行政、人事、OA 系统和政府采购', '协调藏品登记与数据库建设'], reason: '' },
    ],
    education: [{ start: '2004-09', end: '2008-06', school: '晋中财经学院', degree: '本科 · 档案学', city: '晋中' }],
    referees: [{ name: '郝建平', role: '太原市晋阳区博物馆 馆长', phone: '0351-6552 3018' }],
    extra: { minzu: '汉族', zhengzhi: '中共党员', jiguan: '山西太原', jobStart: '2008.07', idMasked: '140106********3517', rank: '八级职员', target: '太原市晋阳区文化和旅游局 文物科（拟调入）' },
  },
  {
    id: 'p10', language: 'zh', name: '邓海涛', surname: '邓', given: '海涛', gender: 'M', dob: '1986-10-19',
    nationality: '中国', email: 'denghaitao_md@qq.com', phone: '+8615807316524', phoneLocal: '158 0731 6524',
    phoneIntl: '+86 158 0731 6524', emergency: { name: '邓建华', relation: '父亲', phone: '0731-8418 6602' },
    address: '湖南省长沙市开福区湘雅路 233 号 附二院家属区 5 栋 402', city: '长沙',
    headline: '心血管内科 副主任医师',
    summary: '心血管内科医师，从事临床工作十四年，擅长冠心病介入诊疗和心力衰竭管理，2021 年起在门诊部多点执业。',
    skills: ['冠脉介入 | PCI | 经皮冠状动脉介入治疗', '心脏超声', '高血压诊治', '心力衰竭管理', '动态心电图分析 | Holter', '临床科研设计'],
    languages: [{ lang: '英语', level: 'CET-6，可阅读英文文献' }],
    certs: ['医师资格证书（临床）', '医师执业证书（内科专业）', '心血管疾病介入诊疗技术培训合格证（2018）', '副主任医师任职资格（2023）'],
    work: [
      { company: '湘江医学院附属第二医院', title: '住院医师', start: '2012-08', end: '2017-07', city: '长沙', dept: '心血管内科', duties: ['完成住院医师规范化培训，管理床位 12 张'], reason: '晋升' },
      { company: '湘江医学院附属第二医院', title: '主治医师', start: '2017-08', end: '2023-12', city: '长沙', dept: '心血管内科', duties: ['独立完成冠脉造影及 PCI 手术，年均 300 余台', '负责心衰门诊'], reason: '晋升' },
      { company: '湘江医学院附属第二医院', title: '副主任医师', start: '2024-01', end: null, city: '长沙', dept: '心血管内科', duties: ['带组查房，指导规培医师', '主持省级课题一项'], reason: '' },
      { company: '长沙仁康心血管门诊部', title: '心内科医师（多点执业）', start: '2021-03', end: null, city: '长沙', dept: '心内科门诊', duties: ['每周六上午门诊，高血压及心衰随访'], reason: '' },
    ],
    education: [{ start: '2004-09', end: '2012-06', school: '湘江医学院', degree: '临床医学 本硕连读（医学硕士）', city: '长沙' }],
    referees: [{ name: '彭卫东', role: '附二医院心血管内科 主任', phone: '0731-8529 6110' }],
    extra: { minzu: '汉族', zhengzhi: '群众', jiguan: '湖南湘潭', idMasked: '430302********0036', qualNo: '201243110430302861019', pracNo: '110430100012578', scope: '内科专业', jobStart: '2012.08' },
  },
  {
    id: 'p11', language: 'zh', name: '覃雪梅', surname: '覃', given: '雪梅', gender: 'F', dob: '1988-12-02',
    nationality: '中国', email: 'qinxuemei_sl@163.com', phone: '+8613877125380', phoneLocal: '138 7712 5380',
    phoneIntl: '+86 138 7712 5380', emergency: { name: '黄志勇', relation: '丈夫', phone: '0771-5837 2214' },
    address: '广西南宁市青秀区民族大道 136 号 水利小区 2 栋 801', city: '南宁',
    headline: '水利工程 高级工程师',
    summary: '水利水电工程专业，从事水工设计八年、工程建设管理七年，熟悉中小型水库除险加固和灌区改造项目。',
    skills: ['水工结构设计', 'AutoCAD', '水利工程造价 | 工程造价', 'HEC-RAS', '工程质量监督', 'Revit'],
    languages: [{ lang: '英语', level: 'CET-6' }, { lang: '壮语', level: '日常交流' }],
    certs: ['注册土木工程师（水利水电工程）', '水利工程高级工程师（2022）', '二级建造师（水利水电）'],
    work: [
      { company: '邕江水利电力勘测设计有限公司', title: '助理工程师', start: '2011-07', end: '2015-06', city: '南宁', dept: '水工设计室', duties: ['小型水库除险加固初步设计', '绘制水工建筑物施工图'], reason: '' },
      { company: '邕江水利电力勘测设计有限公司', title: '工程师', start: '2015-07', end: '2019-12', city: '南宁', dept: '水工设计室', duties: ['中型灌区改造项目设计负责人', '编制工程概算'], reason: '公开招聘进入事业单位' },
      { company: '南宁市水利工程建设管理中心', title: '工程师', start: '2020-01', end: '2022-12', city: '南宁', dept: '工程科', duties: ['在建项目质量与进度管理', '参与 5 座水库除险加固验收'], reason: '' },
      { company: '南宁市水利工程建设管理中心', title: '工程科副科长（高级工程师）', start: '2023-01', end: null, city: '南宁', dept: '工程科', duties: ['负责全市中小型水利工程质量监督', '推动 BIM 在项目管理中的应用'], reason: '' },
    ],
    education: [{ start: '2007-09', end: '2011-06', school: '桂西水利电力学院', degree: '本科 · 水利水电工程', city: '百色' }],
    referees: [{ name: '梁国华', role: '南宁市水利工程建设管理中心 主任', phone: '0771-5860 3325' }],
    extra: { minzu: '壮族', zhengzhi: '中共党员', jiguan: '广西武鸣', idMasked: '450122********2046', jobStart: '2011.07', target: '新疆和田地区水利局 水利工程技术岗（援疆）', title: '高级工程师', transferTo: '南宁市水利局 水利工程质量与安全监督站' },
  },
  {
    id: 'p12', language: 'zh', name: '程佳琪', surname: '程', given: '佳琪', gender: 'F', dob: '1995-05-16',
    nationality: '中国', email: 'chengjiaqi95@163.com', phone: '+8617751806233', phoneLocal: '177 5180 6233',
    phoneIntl: '+86 177 5180 6233', emergency: { name: '程国强', relation: '父亲', phone: '0512-6583 7702' },
    address: '江苏省苏州市吴中区东吴北路 88 号 泽润花园 9 幢 1203 室', city: '苏州',
    headline: '客户服务主管',
    summary: '客户服务工作八年，做过银行客服和电商客服，现带 15 人客服团队，熟悉投诉处理、话术培训和排班。',
    skills: ['客户投诉处理', '呼叫中心系统 | CRM系统', 'Excel | Microsoft Excel', '数据录入', '话术培训', '团队排班'],
    languages: [{ lang: '英语', level: 'CET-4' }, { lang: '普通话', level: '二级甲等' }],
    certs: ['初级会计职称（2017）', '普通话水平测试二级甲等'],
    work: [
      { company: '苏州智联财税服务有限公司', title: '财务实习生', start: '2016-07', end: '2016-12', city: '苏州', duties: ['凭证录入、发票整理'], reason: '实习结束' },
      { company: '苏州瑞禾物业服务有限公司', title: '行政前台', start: '2017-07', end: '2019-03', city: '苏州', duties: ['来访接待、会议室预订、快递收发'], reason: '个人发展' },
      { company: '吴中泽润村镇银行', title: '客服专员', start: '2019-04', end: '2022-05', city: '苏州', duties: ['电话银行客服，月均接听 1800 通', '投诉工单登记与回访'], reason: '合同到期' },
      { company: '苏州云栈电子商务有限公司', title: '客户服务主管', start: '2023-03', end: null, city: '苏州', duties: ['管理 15 人售后客服团队', '制定话术手册和排班表，月度质检'], reason: '' },
    ],
    gaps: [{ start: '2022-06', end: '2023-02', note: '待业（备考、照顾家人）' }],
    education: [{ start: '2013-09', end: '2017-06', school: '苏南经贸职业学院', degree: '大专 · 会计', city: '苏州' }],
    referees: [{ name: '钱文斌', role: '苏州云栈电子商务有限公司 运营总监', phone: '0512-6698 1275' }],
    extra: { minzu: '汉族', zhengzhi: '共青团员', jiguan: '江苏苏州', idMasked: '320506********0428', hukou: '苏州市吴中区', target: '银行远程客服中心 客服组长' },
  },
  // ───────────────────────────── Mixed Chinese–English ─────────────────────────────
  {
    id: 'p13', language: 'mixed', name: '蒋德明', surname: '蒋', given: '德明', latin: 'JIANG Deming', gender: 'M', dob: '1985-09-07',
    nationality: '中国 China', email: 'jiangdeming.weld@163.com', phone: '+8613508465271', phoneLocal: '135 0846 5271',
    phoneIntl: '+86 135 0846 5271', emergency: { name: '蒋秀英', relation: '姐姐 Sister', phone: '+86 731 5826 4417' },
    address: '湖南省湘潭市岳塘区建设南路 61 号', city: '湘潭 Xiangtan',
    headline: '焊接主管 Welding Supervisor',
    summary: '焊接专业出身，一线焊工做起，十九年钢结构及冶炼厂建设经验，近十年在印尼项目现场。Welding supervisor with 19 years in steel structures and smelter construction, the last ten on Indonesian sites.',
    skills: ['焊接工艺评定 (WPS/PQR) | WPS | PQR', 'TIG焊 | GTAW', '埋弧焊 | SAW', '无损检测 | NDT', 'AutoCAD', '施工安全管理', '班组管理'],
    languages: [{ lang: '中文 Chinese', level: '母语 Native' }, { lang: 'English', level: '基础 Basic' }, { lang: 'Bahasa Indonesia', level: '日常交流 Conversational' }],
    certs: ['AWS Certified Welding Inspector (CWI), 2019', '特种设备焊接作业人员证 Special-equipment welder certificate', 'ISO 9606-1 135 / 141'],
    work: [
      { company: '湘潭华冶钢结构工程有限公司', title: '焊工', titleEn: 'Welder', start: '2007-03', end: '2012-08', city: '湘潭 Xiangtan', duties: ['钢结构厂房构件焊接 Welding of steel-frame members', 'CO₂ 气保焊、手工电弧焊'], reason: '晋升 Promoted' },
      { company: '湘潭华冶钢结构工程有限公司', title: '焊接班长', titleEn: 'Welding Team Leader', start: '2012-09', end: '2016-12', city: '湘潭 Xiangtan', duties: ['带班 15 人 Led a team of 15 welders', '焊接质量自检和返修记录'], reason: '出国项目 Overseas project' },
      { company: '中建南洋工程有限公司', title: '焊接工程师', titleEn: 'Welding Engineer', start: '2017-01', end: '2021-06', city: 'Kendari, Indonesia', duties: ['镍铁冶炼厂钢结构及管道焊接技术管理 Welding engineering for a ferronickel smelter', '编制 WPS，组织 PQR 试验 Prepared WPS and ran PQR tests'], reason: '项目结束 Project completed' },
      { company: 'PT Sulawesi Nikel Makmur', title: '焊接主管', titleEn: 'Welding Supervisor', start: '2021-07', end: null, city: 'Morowali, Indonesia', duties: ['负责回转窑、电炉及管廊焊接质量 Weld quality for kilns, furnaces and pipe racks', '管理中印尼焊工 60 人 Supervise 60 Chinese and Indonesian welders'], reason: '' },
    ],
    education: [{ start: '2003-09', end: '2006-07', school: '湖南冶金职业技术学院', schoolEn: 'Hunan Metallurgical Vocational College', degree: '大专 焊接技术及自动化', degreeEn: 'Diploma, Welding Technology', city: '株洲' }],
    referees: [{ name: '王建新 Wang Jianxin', role: '项目经理 Project Manager, PT Sulawesi Nikel Makmur', phone: '+62 811 4520 3378' }],
    extra: { passport: 'EJ4417260', target: '焊接主管 Welding Supervisor', birthplace: '湖南湘潭 Xiangtan, Hunan', kitas: '2C21AF4418-W', siteOffice: '+62 465 812 3300' },
  },
  {
    id: 'p14', language: 'mixed', name: '黎婉婷', surname: '黎', given: '婉婷', latin: 'LI Wanting', gender: 'F', dob: '1992-07-21',
    nationality: '中国 China', email: 'liwanting.cruise@outlook.com', phone: '+8613925716842', phoneLocal: '139 2571 6842',
    phoneIntl: '+86 139 2571 6842', emergency: { name: '黎志明', relation: '父亲 Father', phone: '+86 756 322 5418' },
    address: '广东省珠海市香洲区凤凰北路 1018 号 6 栋 702', city: '珠海 Zhuhai',
    headline: '餐饮主管 F&B Supervisor',
    summary: '酒店与邮轮餐饮服务十三年，熟悉西餐、宴会和酒水服务，曾在国际邮轮工作一年。Thirteen years in hotel and cruise food & beverage service.',
    skills: ['Fine dining service | 西餐服务', '宴会服务 Banquet operations | 宴会服务 | Banquet operations', 'Wine & beverage service', 'Micros POS', 'HACCP 食品安全 | HACCP', '团队排班 Team scheduling | 团队排班'],
    languages: [{ lang: '普通话 Mandarin', level: '母语 Native' }, { lang: '粤语 Cantonese', level: '流利 Fluent' }, { lang: 'English', level: '良好 Good (TOEIC 745)' }],
    certs: ['STCW Basic Safety Training (2019)', '健康证 Health certificate (2026)', 'WSET Level 2 Award in Wines (2018)'],
    work: [
      { company: '珠海横琴海悦酒店', title: '餐厅服务员', titleEn: 'Waitress', start: '2013-07', end: '2015-10', city: '珠海 Zhuhai', duties: ['西餐厅早午晚餐服务 All-day dining service'], reason: '个人发展 Career move' },
      { company: '广州天河汇景酒店', title: '宴会领班', titleEn: 'Banquet Captain', start: '2015-11', end: '2019-02', city: '广州 Guangzhou', duties: ['负责 600 人宴会现场服务 Led service for banquets of up to 600'], reason: '上邮轮工作 Joined a cruise line' },
      { company: 'Oceanic Dream Cruises', title: '餐厅服务员', titleEn: 'Waitress', start: '2019-03', end: '2020-03', city: 'MV Ocean Pearl', duties: ['Main dining room, 2 sittings a night'], reason: '停航 Fleet laid up' },
      { company: '深圳蛇口半岛海韵酒店', title: '餐饮主管', titleEn: 'F&B Supervisor', start: '2021-07', end: null, city: '深圳 Shenzhen', duties: ['管理西餐厅和酒廊 12 名员工 Supervise 12 staff in the restaurant and lounge', '排班、盘点、食品安全检查 Rosters, stock takes, HACCP checks'], reason: '' },
    ],
    gaps: [{ start: '2020-04', end: '2021-06', note: '待业（邮轮停航）', noteEn: 'Unemployed – cruise fleet laid up' }],
    education: [{ start: '2010-09', end: '2013-06', school: '珠海旅游职业学院', schoolEn: 'Zhuhai Tourism Vocational College', degree: '大专 酒店管理', degreeEn: 'Diploma, Hotel Management', city: '珠海' }],
    referees: [{ name: 'Marco Bellini', role: 'Restaurant Manager, Oceanic Dream Cruises', phone: '+39 347 218 6645' }],
    extra: { passport: 'EK2093846', seamanBook: 'S20193847', height: '165 cm', wechat: 'wanting_cruise', target: '餐厅主管 Restaurant Supervisor' },
  },
  {
    id: 'p15', language: 'mixed', name: '孙浩然', surname: '孙', given: '浩然', latin: 'SUN Haoran', gender: 'M', dob: '1992-03-30',
    nationality: '中国 China', email: 'sunhaoran_met@126.com', phone: '+8618904217356', phoneLocal: '189 0421 7356',
    phoneIntl: '+86 189 0421 7356', emergency: { name: '刘敏', relation: '妻子 Wife', phone: '+86 412 558 3207' },
    address: '辽宁省鞍山市铁东区胜利南路 45 号', city: '鞍山 Anshan',
    headline: '高级工艺工程师 Senior Process Engineer (RKEF)',
    summary: '冶金工程硕士，十余年镍铁冶炼工艺经验，其中七年在印尼 RKEF 项目。Metallurgical engineer specialised in RKEF ferronickel smelting.',
    skills: ['RKEF工艺 | RKEF | 回转窑-电炉工艺', '火法冶金 | pyrometallurgy', 'Aspen Plus', 'MATLAB', '六西格玛 Six Sigma | Six Sigma', '工艺优化'],
    languages: [{ lang: '中文 Chinese', level: '母语 Native' }, { lang: 'English', level: '流利 Fluent (IELTS 6.5)' }, { lang: 'Bahasa Indonesia', level: '基础 Basic' }],
    certs: ['六西格玛绿带 Six Sigma Green Belt (2018)', '冶金工程师 Metallurgical Engineer (intermediate title, 2019)'],
    work: [
      { company: '辽宁北方镍业有限公司', title: '实习生', titleEn: 'Intern', start: '2014-07', end: '2014-09', city: '鞍山 Anshan', duties: ['电炉车间生产实习 Production internship in the furnace shop'], reason: '实习结束 Internship ended' },
      { company: '辽宁北方镍业有限公司', title: '冶金工程师', titleEn: 'Metallurgical Engineer', start: '2015-07', end: '2019-04', city: '鞍山 Anshan', duties: ['电炉操作参数优化 Furnace parameter optimisation', '物料平衡计算 Mass balance'], reason: '海外项目 Overseas project' },
      { company: 'PT Halmahera Feronikel Smelting', title: '工艺工程师', titleEn: 'Process Engineer', start: '2019-05', end: '2023-08', city: 'Weda, Indonesia', duties: ['4 条 RKEF 线调试和达产 Commissioning of four RKEF lines', '培训印尼籍工程师 Trained Indonesian engineers'], reason: '调往新项目 New project' },
      { company: 'PT Sulawesi Nikel Makmur', title: '高级工艺工程师', titleEn: 'Senior Process Engineer', start: '2023-09', end: null, city: 'Morowali, Indonesia', duties: ['负责回转窑焙烧与电炉冶炼工艺 Own kiln calcining and furnace smelting process', '降低电耗 4.5% Cut power use by 4.5%'], reason: '' },
    ],
    education: [
      { start: '2011-09', end: '2015-06', school: '辽东科技大学', schoolEn: 'Liaodong University of Science and Technology', degree: '本科 冶金工程', degreeEn: 'BEng Metallurgical Engineering', city: '鞍山' },
      { start: '2015-09', end: '2018-06', school: '辽东科技大学', schoolEn: 'Liaodong University of Science and Technology', degree: '工程硕士（在职）', degreeEn: 'MEng (part-time)', city: '鞍山' },
    ],
    referees: [{ name: '赵立群 Zhao Liqun', role: '总工程师 Chief Engineer, PT Halmahera Feronikel Smelting', phone: '+62 813 4417 2290' }],
    extra: { passport: 'EH7730519', target: '高级工艺工程师 Senior Process Engineer', birthplace: '辽宁鞍山 Anshan, Liaoning', kitas: '2C21AF6627-W', siteOffice: '+62 465 812 3300' },
  },
  {
    id: 'p16', language: 'mixed', name: '陆子轩', surname: '陆', given: '子轩', latin: 'LU Zixuan', gender: 'M', dob: '1993-11-08',
    nationality: '中国 China', email: 'luzixuan.gs@gmail.com', phone: '+8618676483295', phoneLocal: '186 7648 3295',
    phoneIntl: '+86 186 7648 3295', emergency: { name: '陆建伟', relation: '父亲 Father', phone: '+86 898 6623 1470' },
    address: '海南省三亚市吉阳区迎宾路 360 号 2 栋 1506', city: '三亚 Sanya',
    headline: '宾客服务主管 Guest Services Supervisor',
    summary: '前厅与宾客服务十二年，度假酒店、旅行社和国际邮轮经历，熟悉 Opera 系统和外币兑换。Twelve years in front office and guest services, on shore and at sea.',
    skills: ['Opera PMS | Opera', 'Guest relations | 宾客关系', 'Cashiering & foreign exchange', 'Complaint handling | 投诉处理', 'Shipboard safety drills', 'Microsoft Excel | Excel'],
    languages: [{ lang: '普通话 Mandarin', level: '母语 Native' }, { lang: 'English', level: '流利 Fluent' }, { lang: '粤语 Cantonese', level: '基础 Basic' }],
    certs: ['STCW Basic Safety Training (2022)', 'Crowd Management & Crisis Management (2022)', '健康证 Health certificate (2026)'],
    work: [
      { company: '三亚海棠湾椰风度假酒店', title: '前台接待', titleEn: 'Front Desk Agent', start: '2014-08', end: '2017-05', city: '三亚 Sanya', duties: ['入住退房、外币兑换 Check-in/out, currency exchange'], reason: '晋升 Promoted' },
      { company: '三亚海棠湾椰风度假酒店', title: '前厅主管', titleEn: 'Front Office Supervisor', start: '2017-06', end: '2019-09', city: '三亚 Sanya', duties: ['带班 8 人，处理 VIP 接待 Led 8 agents, VIP arrivals'], reason: '转行旅游 Moved to travel' },
      { company: '海口云洲国际旅行社', title: '旅游顾问', titleEn: 'Travel Consultant', start: '2019-10', end: '2022-04', city: '海口 Haikou', duties: ['邮轮及出境游产品销售 Sold cruise and outbound packages'], reason: '上邮轮工作 Joined a cruise line' },
      { company: 'Blue Horizon Cruise Line', title: '宾客服务专员', titleEn: 'Guest Services Associate', start: '2022-05', end: '2024-01', city: 'MS Horizon Jade', duties: ['Guest services desk, onboard accounts and exchange'], reason: '晋升 Promoted' },
      { company: 'Blue Horizon Cruise Line', title: '宾客服务主管', titleEn: 'Guest Services Supervisor', start: '2024-02', end: null, city: 'MS Horizon Jade', duties: ['Supervise 9 associates, complaint escalation, muster-station duties'], reason: '' },
    ],
    education: [{ start: '2011-09', end: '2014-06', school: '海南旅游职业学院', schoolEn: 'Hainan Tourism Vocational College', degree: '大专 酒店管理', degreeEn: 'Diploma, Hotel Management', city: '三亚' }],
    referees: [{ name: 'Joanna Reyes', role: 'Hotel Director, Blue Horizon Cruise Line', phone: '+1 305 418 2276' }],
    extra: { passport: 'EG5318062', seamanBook: 'S20228815', height: '178 cm', wechat: 'zixuan_lu93', target: '宾客服务经理 Guest Services Manager' },
  },
];

/** The printed part of a skill entry (before " | "). */
export const skillText = (s: string): string => s.split(' | ')[0];
