/**
 * heldout-12 — sixteen invented people. Every name, employer, school, number and address here is made up.
 * Skills are written the way each person would type them; the part after " | " is what a recruiter would also accept.
 * `work` in truth.json is derived from `jobs` (company, start, end); everything else here is for printing.
 */

export type Lang = 'en' | 'zh' | 'mixed';

export interface Job {
  company: string; // exactly as printed in every document
  title: string;
  start: string; // YYYY-MM
  end: string | null; // null = current
  city: string; // printed beside or under the company by some templates; never part of the company
  dept?: string;
  duties: string[];
  salary?: string; // last drawn / monthly, as a form asks for it
  reason?: string; // reason for leaving
  supervisor?: string;
}

export interface Edu { school: string; qual: string; major?: string; start: string; end: string; city?: string; level?: string }

export interface Person {
  id: string;
  language: Lang;
  name: string; // as the truth writes it
  nameOther?: string; // the other script / Korean / English name
  gender: string;
  birth: string; // YYYY-MM-DD
  nationality: string;
  marital: string;
  address: string;
  email: string;
  phone: string; // E.164
  phonePrinted: string; // as the person writes it everywhere
  occupation: string;
  objective: string;
  summary: string;
  skills: string[];
  skillLevels?: Record<string, string>; // printed beside a skill by some templates
  jobs: Job[];
  education: Edu[];
  languages: string[];
  certs: string[];
  volunteering?: { org: string; role: string; start: string; end: string | null }[];
  breaks?: { start: string; end: string; note: string }[];
  military?: string;
  extra: Record<string, string>;
  referees?: { name: string; relation: string; phone: string }[];
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Rafael Cunha Mendes', gender: 'Male', birth: '1990-04-17', nationality: 'Brazilian', marital: 'Married',
    address: 'Rua Barão de Itapura, 1422, apto 53 – Guanabara, Campinas – SP, 13073-300',
    email: 'rafael.cunhamendes@outlook.com', phone: '+5519997415538', phonePrinted: '+55 (19) 99741-5538',
    occupation: 'Civil engineer (construction management)',
    objective: 'Construction Manager / Senior Civil Engineer in infrastructure or sanitation works.',
    summary: 'Civil engineer with more than ten years on building and sanitation sites, from intern to construction manager. Used to managing subcontractors, measurements and schedules on public and private contracts.',
    skills: ['AutoCAD | CAD drafting', 'MS Project | Microsoft Project', 'Revit', 'Reinforced concrete design | concrete structures', 'Budgeting and cost control | cost control', 'Site supervision | construction supervision', 'NR-18 safety compliance | construction site safety', 'Excel'],
    skillLevels: { 'AutoCAD': 'Advanced', 'MS Project': 'Advanced', 'Revit': 'Intermediate', 'Excel': 'Advanced' },
    jobs: [
      { company: 'Construtora Vale do Piracicaba Ltda.', title: 'Engineering Intern', start: '2012-08', end: '2013-12', city: 'Piracicaba – SP', duties: ['Supported site engineer with daily reports and material take-offs', 'Updated as-built drawings in AutoCAD'], salary: 'R$ 1.200,00 (stipend)', reason: 'End of internship – hired as engineer', supervisor: 'Eng. Marcos Tavares' },
      { company: 'Construtora Vale do Piracicaba Ltda.', title: 'Junior Site Engineer', start: '2014-01', end: '2016-06', city: 'Piracicaba – SP', duties: ['Supervised structural works for two 12-storey residential towers', 'Prepared monthly measurements for subcontractors'], salary: 'R$ 6.800,00', reason: 'Career growth', supervisor: 'Eng. Marcos Tavares' },
      { company: 'Grupo Itaquera Engenharia S.A.', title: 'Site Engineer', start: '2016-08', end: '2020-03', city: 'São Paulo – SP', duties: ['Led civil works of a 9 km sewage interceptor for the state utility', 'Managed a team of 4 foremen and 90 workers', 'Cut concrete waste by 12% with a new pour plan'], salary: 'R$ 11.500,00', reason: 'Contract ended (end of works)', supervisor: 'Eng. Paula Siqueira' },
      { company: 'Alvorada Infraestrutura e Saneamento', title: 'Construction Manager', start: '2020-05', end: null, city: 'Campinas – SP', duties: ['Manage three water-treatment plant expansions (R$ 48 million)', 'Schedule and cost control with MS Project and Excel', 'Responsible engineer (ART) before CREA-SP'], salary: 'R$ 16.900,00', reason: '—', supervisor: 'Eng. Jorge Bittencourt' },
    ],
    education: [
      { school: 'Universidade Regional de Campinas', qual: 'Bachelor of Civil Engineering', start: '2009-02', end: '2013-12', city: 'Campinas – SP', level: 'Undergraduate' },
      { school: 'Fundação Paulista de Gestão', qual: 'MBA in Project Management', start: '2017-03', end: '2018-09', city: 'São Paulo – SP', level: 'Postgraduate (lato sensu)' },
    ],
    languages: ['Portuguese – native', 'English – advanced', 'Spanish – intermediate'],
    certs: ['CREA-SP registration no. 5063812274', 'NR-35 Work at Height (2024)', 'NR-10 Basic Electrical Safety (2023)'],
    extra: { cpf: '318.405.662-09', rg: '42.118.903-6', ctps: '0048213 / série 0021-SP', age: '36', birthplace: 'Limeira – SP', driving: 'Category B', availability: 'Immediate, available to travel', salaryExpect: 'R$ 18.000,00', position: 'Construction Manager' },
    referees: [{ name: 'Eng. Paula Siqueira', relation: 'Former manager, Grupo Itaquera', phone: '+55 (11) 98220-4471' }],
  },
  {
    id: 'p02', language: 'en', name: 'Maria Kristine Villanueva', gender: 'Female', birth: '1991-09-23', nationality: 'Filipino', marital: 'Single',
    address: 'Blk 7 Lot 22 Camella Homes, Brgy. Sto. Niño, Malolos City, Bulacan 3000',
    email: 'mkvillanueva.rn@yahoo.com', phone: '+639175552846', phonePrinted: '0917 555 2846',
    occupation: 'Registered nurse',
    objective: 'To obtain a nursing or patient-care position in a JCI-accredited hospital where I can use my clinical and international patient experience.',
    summary: 'Registered nurse with medical-surgical ward experience in the Philippines and four years coordinating international patients in Bangkok.',
    skills: ['Patient assessment', 'IV therapy | intravenous therapy', 'Wound care | wound dressing', 'Medication administration', 'Infection control', 'Electronic medical records (EMR) | EMR', 'Patient coordination | patient liaison', 'Case management'],
    jobs: [
      { company: 'San Isidro Medical Center', title: 'Staff Nurse (Emergency Room)', start: '2013-06', end: '2016-02', city: 'Quezon City', duties: ['Triage and assessment of 40–60 ER patients per shift', 'IV insertion, ECG, wound care'], salary: 'PHP 14,500', reason: 'Family reasons (care for ill mother)', supervisor: 'Ms. Lorna Bautista, RN' },
      { company: 'Lakeshore Doctors Hospital, Inc.', title: 'Staff Nurse, Medical-Surgical Ward', start: '2017-02', end: '2019-08', city: 'Calamba City, Laguna', duties: ['Handled 8–10 patients per shift', 'Charge nurse on night duty', 'Preceptor for newly hired nurses'], salary: 'PHP 19,000', reason: 'Overseas opportunity', supervisor: 'Mr. Arnel Quiambao, RN, MAN' },
      { company: 'Sukhumvit Medikal International Hospital', title: 'International Patient Coordinator', start: '2019-10', end: '2022-12', city: 'Bangkok, Thailand', duties: ['Coordinated admissions for English-speaking and Filipino patients', 'Liaised with insurers and embassies', 'Interpreted for doctors and families'], salary: 'THB 38,000', reason: 'End of contract', supervisor: 'Khun Siriwan Chaiyaporn' },
      { company: 'CareBridge Home Health Services Inc.', title: 'Case Management Nurse', start: '2023-02', end: null, city: 'Makati City', duties: ['Case management of 35 home-care patients', 'Care plans with physicians and families', 'Documentation in EMR'], salary: 'PHP 32,000', reason: '—', supervisor: 'Dr. Ramon Estrella' },
    ],
    breaks: [{ start: '2016-03', end: '2017-01', note: 'Career break – full-time care of my mother during her cancer treatment' }],
    education: [
      { school: 'Colegio de San Lorenzo Ruiz', qual: 'Bachelor of Science in Nursing', start: '2009-06', end: '2013-04', city: 'Malolos City, Bulacan', level: 'Tertiary' },
      { school: 'Malolos Integrated National High School', qual: 'High School Diploma', start: '2005-06', end: '2009-03', city: 'Malolos City', level: 'Secondary' },
      { school: 'Sto. Niño Elementary School', qual: 'Elementary', start: '1999-06', end: '2005-03', city: 'Malolos City', level: 'Primary' },
    ],
    languages: ['English', 'Filipino', 'Basic Thai (spoken)'],
    certs: ['Philippine Nurse Licensure (PRC) – License No. 0718842', 'Basic Life Support (BLS) – Philippine Heart Association, 2025', 'Advanced Cardiac Life Support (ACLS), 2024', 'IV Therapy Training – ANSAP, 2014'],
    extra: { age: '35', birthplace: 'Malolos City, Bulacan', religion: 'Roman Catholic', height: '5\'2"', weight: '52 kg', father: 'Rodolfo S. Villanueva', mother: 'Estela D. Villanueva', middle: 'Dela Cruz', position: 'Staff Nurse / International Patient Coordinator', salaryExpect: 'THB 45,000', passport: 'P4419027B' },
    referees: [
      { name: 'Mr. Arnel Quiambao, RN, MAN', relation: 'Chief Nurse, Lakeshore Doctors Hospital', phone: '0918 555 3120' },
      { name: 'Dr. Ramon Estrella', relation: 'Medical Director, CareBridge', phone: '0917 555 9004' },
    ],
  },
  {
    id: 'p03', language: 'en', name: 'Alejandro Ruiz Treviño', gender: 'Male', birth: '1988-11-05', nationality: 'Mexican', marital: 'Married',
    address: 'Av. Lincoln 3315, Col. Mitras Norte, Monterrey, N.L., C.P. 64320',
    email: 'a.ruiz.trevino@hotmail.com', phone: '+528155513927', phonePrinted: '+52 81 5551 3927',
    occupation: 'Logistics / distribution centre manager',
    objective: 'Lead distribution or warehouse operations for a manufacturing or retail company in the Monterrey metropolitan area.',
    summary: 'Industrial engineer with 15 years in transport, warehousing and inventory control for the automotive and retail sectors.',
    skills: ['SAP MM | SAP Materials Management', 'WMS (Manhattan) | warehouse management system', 'Inventory control | inventory management', 'Cycle counting', 'Forklift operation | forklift', 'Lean Manufacturing | lean', '5S', 'Advanced Excel | Excel', 'Team leadership | people management'],
    jobs: [
      { company: 'Transportes Regiomontanos del Norte S.A. de C.V.', title: 'Logistics Assistant', start: '2011-02', end: '2013-07', city: 'Apodaca, N.L.', duties: ['Route planning for 30 trucks', 'Bills of lading and customs paperwork (pedimentos)'], salary: '$9,500 MXN', reason: 'Better offer', supervisor: 'Lic. Héctor Garza' },
      { company: 'Almacenes Cumbres S.A. de C.V.', title: 'Warehouse Shift Supervisor', start: '2013-08', end: '2018-01', city: 'Guadalupe, N.L.', duties: ['Supervised 45 operators on night shift', 'Implemented 5S, reduced picking errors 30%'], salary: '$17,000 MXN', reason: 'Company closed the Guadalupe site', supervisor: 'Ing. Rocío Salinas' },
      { company: 'Distribuidora Automotriz Santa Catarina', title: 'Inventory Control Supervisor', start: '2018-06', end: '2022-03', city: 'Santa Catarina, N.L.', duties: ['Inventory accuracy from 91% to 99.2%', 'Cycle counts and SAP MM adjustments', 'Audits with external auditors'], salary: '$28,000 MXN', reason: 'Promotion opportunity elsewhere', supervisor: 'Ing. Francisco Leal' },
      { company: 'Norteña Logística Integral S.A. de C.V.', title: 'Distribution Center Manager', start: '2022-04', end: null, city: 'Escobedo, N.L.', duties: ['Run a 22,000 m² cross-dock DC, 120 employees', 'Manhattan WMS go-live', 'KPI and budget owner'], salary: '$46,000 MXN', reason: '—', supervisor: 'Lic. Mariana Cavazos' },
    ],
    education: [
      { school: 'Instituto Tecnológico de Escobedo', qual: 'B.Eng. Industrial Engineering (Ingeniería Industrial)', start: '2006-08', end: '2011-06', city: 'Escobedo, N.L.', level: 'Bachelor' },
      { school: 'Preparatoria Técnica No. 7', qual: 'High school (Bachillerato)', start: '2003-08', end: '2006-06', city: 'Monterrey, N.L.', level: 'High school' },
    ],
    languages: ['Spanish – native', 'English – 80%'],
    certs: ['Lean Six Sigma Green Belt (2019)', 'DC-3 Forklift operator certificate (STPS), 2023'],
    extra: { age: '38', curp: 'RUTA881105HNLZRL04', rfc: 'RUTA881105KJ2', imss: '43078812553', birthplace: 'Monterrey, N.L.', position: 'Logistics Manager', salaryExpect: '$50,000 MXN monthly', dependents: 'Wife and 2 children', father: 'José Ruiz Leal', mother: 'Guadalupe Treviño Garza', spouse: 'Karla Elizondo Pérez', health: 'Good', software: 'SAP, Manhattan WMS, Excel, Power BI, Office' },
    referees: [{ name: 'Ing. Francisco Leal', relation: 'Former manager', phone: '81 5550 2290' }],
  },
  {
    id: 'p04', language: 'en', name: 'Hemi Walker', gender: 'Male', birth: '1994-02-11', nationality: 'New Zealand citizen', marital: 'Partnered',
    address: '14 Kahikatea Drive, Frankton, Hamilton 3204',
    email: 'hemi.walker.sparky@gmail.com', phone: '+64215557382', phonePrinted: '021 555 7382',
    occupation: 'Registered electrician',
    objective: 'Maintenance or commercial electrician role in the Waikato.',
    summary: 'EWRB-registered electrician with 14 years in the trade – apprenticeship, commercial fit-outs and now industrial maintenance in a dairy processing plant. Reliable, safety-minded, and happy on call.',
    skills: ['Fault finding | electrical troubleshooting', 'PLC programming (Allen-Bradley) | PLC', 'Motor control circuits | motor control', 'Switchboard installation | switchboards', 'Test and tag | testing and tagging', 'Industrial wiring', 'VSD commissioning | variable speed drives'],
    jobs: [
      { company: 'Waikato Electrical Services Ltd', title: 'Apprentice Electrician', start: '2012-01', end: '2015-12', city: 'Hamilton', duties: ['Residential and light commercial wiring', 'Completed 4-year apprenticeship'], reason: 'Completed apprenticeship (stayed on as electrician)', supervisor: 'Grant Fletcher' },
      { company: 'Waikato Electrical Services Ltd', title: 'Electrician', start: '2016-01', end: '2017-09', city: 'Hamilton', duties: ['Switchboard upgrades and new builds', 'Supervised two apprentices'], reason: 'Move into commercial work', supervisor: 'Grant Fletcher' },
      { company: 'PowerLine Contracting NZ', title: 'Commercial Electrician', start: '2017-10', end: '2021-06', city: 'Auckland', duties: ['Office and retail fit-outs up to $2m', 'Cable tray, containment and DB installs', 'Test and tag, as-built documentation'], reason: 'Moved back to Hamilton', supervisor: 'Dave Ng' },
      { company: 'Te Awa Dairy Co-operative', title: 'Maintenance Electrician', start: '2021-07', end: null, city: 'Te Awamutu', duties: ['Breakdown and planned maintenance on dryers and packing lines', 'PLC fault finding (Allen-Bradley), VSD replacement and commissioning', '1-in-4 on-call roster'], reason: '', supervisor: 'Sarah Cooper' },
    ],
    volunteering: [{ org: 'Ngāruawāhia Volunteer Fire Brigade', role: 'Volunteer Firefighter', start: '2014-05', end: null }],
    education: [
      { school: 'Kirikiriroa Polytechnic', qual: 'New Zealand Certificate in Electrical Engineering Theory and Practice (Level 4)', start: '2012-02', end: '2015-11', city: 'Hamilton' },
      { school: 'Hamilton West High School', qual: 'NCEA Level 2', start: '2007-02', end: '2011-12', city: 'Hamilton' },
    ],
    languages: ['English', 'Te Reo Māori (conversational)'],
    certs: ['EWRB Registered Electrician (Practising Licence EW 118204)', 'Class 2 driver licence', 'Site Safe Passport', 'First Aid Certificate (2025)', 'Elevated Work Platform (EWP) licence'],
    extra: { entitled: 'Yes – NZ citizen', convictions: 'No', notice: '4 weeks', position: 'Maintenance Electrician', vacancy: 'HCC-2026-311' },
    referees: [
      { name: 'Sarah Cooper', relation: 'Maintenance Manager, Te Awa Dairy', phone: '027 555 4410' },
      { name: 'Dave Ng', relation: 'Project Manager, PowerLine Contracting', phone: '022 555 8361' },
    ],
  },
  {
    id: 'p05', language: 'en', name: 'Nurul Aisyah binti Hamzah', gender: 'Female', birth: '1993-07-30', nationality: 'Malaysian', marital: 'Married',
    address: 'No. 18, Jalan Bayu 3/7, Taman Bayu Perdana, 41200 Klang, Selangor',
    email: 'nurulaisyah.hamzah@gmail.com', phone: '+60125558391', phonePrinted: '012-555 8391',
    occupation: 'Hotel front office',
    objective: 'Seeking a Front Office Manager position in a 4–5 star hotel or resort.',
    summary: 'Hospitality professional with 12 years in hotel front office, from trainee to assistant front office manager. Calm with difficult guests and good with numbers.',
    skills: ['Opera PMS | Oracle OPERA', 'Guest relations | guest service', 'Front office operations', 'Complaint handling', 'Night audit', 'Revenue reports | revenue reporting', 'Microsoft Office | MS Office', 'Staff training'],
    jobs: [
      { company: 'Hotel Seri Pantai', title: 'Front Desk Trainee (Internship)', start: '2014-03', end: '2014-08', city: 'Melaka', duties: ['Check-in/check-out under supervision', 'Reservations and telephone'], salary: 'RM 500 (allowance)', reason: 'Internship completed' },
      { company: 'Grand Bayu Hotel', title: 'Guest Service Agent', start: '2014-10', end: '2017-12', city: 'Kuala Lumpur', duties: ['Front desk, concierge and night audit', 'Handled VIP arrivals'], salary: 'RM 2,100', reason: 'Promotion opportunity' },
      { company: 'Menara Suria Residences & Suites', title: 'Front Office Supervisor', start: '2018-01', end: '2021-04', city: 'Petaling Jaya', duties: ['Supervised 12 front office staff', 'Daily revenue and occupancy reports', 'Opera PMS trainer'], salary: 'RM 3,300', reason: 'Career advancement' },
      { company: 'The Ashton Langkawi Resort', title: 'Assistant Front Office Manager', start: '2021-06', end: null, city: 'Langkawi, Kedah', duties: ['Front office, guest relations and telephone (22 staff)', 'Guest satisfaction up from 84% to 91%', 'Night audit review and revenue reports'], salary: 'RM 5,200', reason: 'Relocating to Klang Valley' },
    ],
    education: [
      { school: 'Kolej Pelancongan Bandar Hilir', qual: 'Diploma in Hotel Management', start: '2011-07', end: '2014-08', city: 'Melaka', level: 'Diploma' },
      { school: 'SMK Seksyen 9 Shah Alam', qual: 'SPM (2010) – 6A 3B', start: '2006-01', end: '2010-12', city: 'Shah Alam', level: 'SPM' },
    ],
    languages: ['Bahasa Melayu', 'English', 'Mandarin (basic)'],
    certs: ['Opera PMS Certified User (2019)', 'Food Handler Certificate (2022)'],
    extra: { ic: '930730-10-5528', age: '33', race: 'Malay', religion: 'Islam', epf: '18837102', socso: '930730105528', notice: '1 month', salaryExpect: 'RM 6,500', birthplace: 'Klang, Selangor', position: 'Front Office Manager', licence: 'D', spm: 'BM A, BI A, Sejarah B, Matematik A, Sains A, Perdagangan B, Prinsip Akaun A, Pendidikan Islam A, Geografi B' },
    referees: [{ name: 'En. Rizal Abdullah', relation: 'Resident Manager, The Ashton Langkawi Resort', phone: '013-555 2208' }],
  },
  {
    id: 'p06', language: 'en', name: 'Park Ji-hoon', nameOther: '박지훈', gender: 'Male', birth: '1984-03-09', nationality: 'Republic of Korea', marital: 'Married',
    address: 'Apt 1204, Vinhomes Marina, Vinh Niem Ward, Le Chan District, Hai Phong, Vietnam',
    email: 'jihoon.park84@naver.com', phone: '+821055552847', phonePrinted: '+82 10-5555-2847',
    occupation: 'Quality engineer / quality manager (electronics manufacturing)',
    objective: 'Quality head role in an electronics or automotive parts plant in northern Vietnam.',
    summary: 'Quality engineer with 16 years in precision parts and electronics manufacturing, 12 of them in Korean-invested plants in Vietnam. Built QA teams from scratch and passed IATF 16949 certification twice.',
    skills: ['SPC | statistical process control', '8D problem solving | 8D', 'FMEA | PFMEA', 'IATF 16949', 'Minitab', 'CMM measurement | coordinate measuring machine', 'Supplier audit | supplier quality audit', 'Control plan'],
    jobs: [
      { company: 'Hanseong Precision Co., Ltd.', title: 'QC Engineer', start: '2010-01', end: '2014-06', city: 'Ansan, Gyeonggi-do', dept: 'Quality Control Team', duties: ['Incoming and process inspection for precision shafts', 'CMM programming, SPC charts'], reason: 'Overseas assignment offer' },
      { company: 'Daeil Electronics Vina Co., Ltd.', title: 'QA Manager', start: '2014-08', end: '2019-12', city: 'Bac Ninh, Vietnam', dept: 'QA Department', duties: ['Set up QA department (35 staff) for a new SMT plant', 'Customer audits (Samsung-tier suppliers)', 'Reduced customer PPM from 850 to 120'], reason: 'Company restructuring' },
      { company: 'Sewon Hitech Vietnam Co., Ltd.', title: 'Head of Quality', start: '2020-02', end: null, city: 'Hai Phong, Vietnam', dept: 'Quality Division', duties: ['Quality head for automotive wire harness plant, 1,800 employees', 'Led IATF 16949 certification (2021, re-cert 2024)', 'Supplier audits across Vietnam and China'], reason: '' },
    ],
    military: 'Republic of Korea Army, Sergeant, 2005-04 ~ 2007-03 (honourably discharged)',
    education: [
      { school: 'Gyeongin University of Technology', qual: 'B.S.', major: 'Industrial Engineering', start: '2003-03', end: '2009-02', city: 'Incheon', level: 'University' },
      { school: 'Songdo High School', qual: 'Graduated', start: '2000-03', end: '2003-02', city: 'Incheon', level: 'High school' },
    ],
    languages: ['Korean (native)', 'English (TOEIC 865)', 'Vietnamese (basic)'],
    certs: ['Engineer Quality Management (품질경영기사), HRD Korea, 2011', 'IATF 16949 Internal Auditor, 2020', 'Six Sigma Black Belt (KSA), 2017'],
    extra: { hanja: '朴志勳', age: '42', salaryExpect: 'Negotiable', position: 'Quality Director', passport: 'M58821047', visa: 'Work permit (valid to 2027-06)', vnPhone: '' },
  },
  {
    id: 'p07', language: 'en', name: 'Dewi Anggraini', gender: 'Female', birth: '1989-12-02', nationality: 'Indonesian', marital: 'Married',
    address: 'Jl. Kaliurang Km 9,5 Gg. Melati No. 12, Ngaglik, Sleman, D.I. Yogyakarta 55581',
    email: 'dewi.anggraini@yahoo.co.id', phone: '+6281255553791', phonePrinted: '0812-5555-3791',
    occupation: 'Regional development planner (public sector)',
    objective: 'Planning, monitoring and evaluation role in a government agency or development programme.',
    summary: 'Regional planner with experience in local government, a policy think-tank and village facilitation. Strong in GIS and data for development planning.',
    skills: ['ArcGIS | GIS', 'QGIS', 'SPSS', 'Regional development planning | development planning', 'Monitoring and evaluation | M&E', 'Community facilitation | stakeholder facilitation', 'Report writing', 'Microsoft Excel | Excel'],
    jobs: [
      { company: 'Yayasan Bina Desa Lestari', title: 'Field Facilitator', start: '2012-03', end: '2014-08', city: 'Gunungkidul', duties: ['Facilitated village development planning meetings (Musrenbangdes) in 14 villages', 'Trained village officials in simple budgeting'], reason: 'Accepted government contract' },
      { company: 'Dinas Perencanaan Kabupaten Wonoharjo', title: 'Planning Staff (contract)', start: '2014-10', end: '2018-07', city: 'Wonoharjo', duties: ['Prepared the regency medium-term development plan (RPJMD) annexes', 'Maintained spatial data in ArcGIS'], reason: 'Master’s study (scholarship)' },
      { company: 'Lembaga Kajian Kebijakan Publik Nusantara', title: 'Policy Analyst', start: '2020-09', end: '2023-01', city: 'Jakarta', duties: ['Village fund evaluation in 6 provinces', 'Survey design and SPSS analysis', 'Policy briefs for ministries'], reason: 'Returned to regional government' },
      { company: 'Dinas Perencanaan Kabupaten Wonoharjo', title: 'Head of Data and Evaluation Sub-division', start: '2023-02', end: null, city: 'Wonoharjo', duties: ['Lead a team of 6 on planning data and evaluation', 'Built the regency development dashboard (QGIS + Excel)', 'Coordinate annual performance report (LKjIP)'], reason: '' },
    ],
    breaks: [{ start: '2018-08', end: '2020-07', note: 'Full-time Master’s study (LPDP scholarship)' }],
    education: [
      { school: 'Universitas Teknologi Surabaya', qual: 'Master of Urban and Regional Planning (M.P.W.K.)', start: '2018-08', end: '2020-07', city: 'Surabaya', level: 'S2' },
      { school: 'Universitas Merapi Yogyakarta', qual: 'Bachelor of Geography (S.Si.)', start: '2007-08', end: '2012-02', city: 'Yogyakarta', level: 'S1' },
      { school: 'SMA Negeri 3 Klaten', qual: 'Senior High School (Science)', start: '2004-07', end: '2007-06', city: 'Klaten', level: 'SMA' },
    ],
    languages: ['Bahasa Indonesia (native)', 'Javanese (native)', 'English (TOEFL ITP 567)'],
    certs: ['Certified Planner – Indonesian Association of Planners (IAP), 2021', 'Training: Results-Based Monitoring & Evaluation, Bappenas, 2019'],
    extra: { birthplace: 'Klaten', religion: 'Islam', age: '36', nik: '3404094212890003', height: '158 cm', weight: '55 kg', position: 'Monitoring & Evaluation Specialist' },
  },
  {
    id: 'p08', language: 'zh', name: '郑慧敏', gender: '女', birth: '1990-03-14', nationality: '中国', marital: '已婚已育',
    address: '广州市天河区龙口西路 218 号 3 栋 1602',
    email: 'zhenghuimin88@163.com', phone: '+8613822556417', phonePrinted: '138 2255 6417',
    occupation: '银行财富顾问',
    objective: '私人银行 / 财富管理客户经理',
    summary: '十四年银行及保险从业经验，熟悉柜面、个人客户经营、银保渠道及财富管理业务，管理客户资产规模约 6.8 亿元。',
    skills: ['个人理财规划 | 理财规划', '基金销售 | 基金代销', '反洗钱审查 | 反洗钱', '个人信贷 | 信贷业务', '客户关系管理 | CRM', '柜面业务 | 柜台业务', 'Excel'],
    jobs: [
      { company: '广州珠江城市商业银行', title: '综合柜员', start: '2012-07', end: '2015-06', city: '广州', dept: '天河北支行', duties: ['负责对公、对私柜面业务，连续两年零差错', '协助开展反洗钱可疑交易排查'], salary: '5500元/月', reason: '内部转岗', supervisor: '何志明' },
      { company: '广州珠江城市商业银行', title: '个人客户经理', start: '2015-07', end: '2019-03', city: '广州', dept: '天河北支行 个人金融部', duties: ['管理 AUM 50 万以上客户 320 户', '基金、保险、理财产品销售，年度销量分行前三'], salary: '12000元/月', reason: '寻求新的发展方向', supervisor: '陈淑仪' },
      { company: '华信人寿保险股份有限公司', title: '银保渠道经理', start: '2019-04', end: '2021-10', city: '广州', dept: '广东分公司 银保部', duties: ['维护 6 家合作银行 38 个网点', '网点培训与销售支持，渠道保费同比增长 42%'], salary: '18000元/月', reason: '回归银行财富管理', supervisor: '刘建华' },
      { company: '南粤银行股份有限公司', title: '财富顾问', start: '2021-11', end: null, city: '广州', dept: '广州分行 财富管理中心', duties: ['服务私行及贵宾客户，管理资产规模约 6.8 亿元', '资产配置方案设计，家族信托转介'], salary: '25000元/月', reason: '—', supervisor: '黄嘉怡' },
    ],
    education: [
      { school: '岭南财经学院', qual: '本科 / 经济学学士', major: '金融学', start: '2008-09', end: '2012-06', city: '广州', level: '本科' },
      { school: '广州市第十九中学', qual: '高中', start: '2005-09', end: '2008-07', city: '广州', level: '高中' },
    ],
    languages: ['普通话', '粤语', '英语（CET-6）'],
    certs: ['AFP 金融理财师', '基金从业资格', '银行业专业人员职业资格（初级）', '保险代理从业资格'],
    extra: { minzu: '汉族', zhengzhi: '中共党员', jiguan: '广东佛山', hukou: '广州市天河区', idno: '440106199003141528', height: '162cm', health: '良好', age: '36', firstwork: '2012.07', position: '私人银行客户经理', salaryExpect: '面议', title: '中级经济师（金融）', emergency: '李志刚（丈夫） 139 2200 8813', family: '丈夫 李志刚 工程师；女儿 李梓涵 学生' },
  },
  {
    id: 'p09', language: 'zh', name: '刘志强', gender: '男', birth: '1990-10-21', nationality: '中国', marital: '已婚',
    address: '广东省佛山市顺德区北滘镇三桂村委会碧江路 46 号',
    email: '1046675832@qq.com', phone: '+8615918753302', phonePrinted: '159 1875 3302',
    occupation: '数控技术员 / 设备维修',
    objective: '设备维修主管 / 数控技术主管',
    summary: '从事数控加工及设备维修十七年，能独立编程、调机、排除机床故障，带过十人以上维修班组。',
    skills: ['数控车床操作 | CNC车床', 'FANUC系统编程 | FANUC', 'Mastercam', '机械图纸识读 | 识图', '设备维修保养 | 设备维护', 'PLC基础 | PLC', '液压气动维修 | 液压气动'],
    jobs: [
      { company: '东莞宏达五金制品有限公司', title: '数控车床操作工', start: '2009-03', end: '2012-10', city: '东莞', dept: '机加工车间', duties: ['操作 FANUC 数控车床加工五金零件', '首件自检，日产量稳定达标'], salary: '3200', reason: '学习编程技术', supervisor: '张国平 138 2671 0935' },
      { company: '深圳市精锐模具有限公司', title: 'CNC编程技术员', start: '2012-11', end: '2017-05', city: '深圳', dept: 'CNC部', duties: ['用 Mastercam 编制模具零件加工程序', '新员工带教'], salary: '7500', reason: '家庭原因回顺德', supervisor: '黄伟 139 2254 7106' },
      { company: '佛山德威精密机械有限公司', title: '设备维修组长', start: '2017-06', end: null, city: '佛山', dept: '设备部', duties: ['带领 11 人维修班组，负责 80 台数控设备及空压机、液压站', '制定点检和保养计划，设备故障停机率下降 35%'], salary: '11000', reason: '', supervisor: '冯永强' },
    ],
    education: [
      { school: '衡南县职业中等专业学校', qual: '中专', major: '数控技术应用', start: '2006-09', end: '2009-06', city: '湖南衡阳', level: '中专' },
    ],
    languages: ['普通话', '粤语（能听懂）'],
    certs: ['数控车工 高级工（国家职业资格三级）', '低压电工作业证', '叉车证（N1）'],
    extra: { minzu: '汉族', zhengzhi: '群众', jiguan: '湖南衡阳', hukou: '湖南省衡南县', idno: '430422199010217715', height: '172cm', weight: '68kg', health: '健康', age: '36', emergency: '王丽（妻子） 136 3118 2740', bank: '', dorm: '不需要', size: 'XL', position: '设备维修主管', salaryExpect: '13000元/月', blood: 'O', shoe: '42', family: '妻子 王丽 文员；儿子 刘子轩 学生' },
  },
  {
    id: 'p10', language: 'zh', name: '林佳蓉', gender: '女', birth: '1992-05-12', nationality: '中華民國', marital: '未婚',
    address: '新北市板橋區文化路二段 182 巷 7 號 4 樓',
    email: 'chiajung.lin@gmail.com', phone: '+886912555378', phonePrinted: '0912-555-378',
    occupation: '英語教師',
    objective: '國高中英語教師／雙語課程教師',
    summary: '具中等學校英語科教師證，有國小代理、補習班及私立雙語中學共十二年教學經驗，目前兼任教學組長。',
    skills: ['英語教學 | 英文教學', '課程設計 | 教案設計', '班級經營', 'Google Classroom', '多益教學 | TOEIC教學', 'Canva', 'PowerPoint'],
    jobs: [
      { company: '新北市立鶯歌溪南國民小學', title: '代理教師', start: '2014-08', end: '2016-07', city: '新北市', duties: ['擔任三年級導師及英語課', '帶領英語讀者劇場社團'], salary: '43,000', reason: '代理期滿' },
      { company: '思恩文理補習班', title: '英文老師', start: '2016-08', end: '2019-01', city: '新北市', duties: ['國中會考及多益班授課', '自編文法講義'], salary: '45,000', reason: '轉任學校教職' },
      { company: '臺北市私立崇光雙語實驗中學', title: '英語科教師', start: '2019-02', end: '2022-07', city: '臺北市', duties: ['國中部英語課程、雙語 CLIL 課程共備', '擔任八年級導師'], salary: '52,000', reason: '校內升任' },
      { company: '臺北市私立崇光雙語實驗中學', title: '英語科教師兼教學組長', start: '2022-08', end: null, city: '臺北市', duties: ['排課、段考命題與教學評鑑', '推動 Google Classroom 全校導入'], salary: '58,000', reason: '' },
    ],
    education: [
      { school: '國立嘉南師範大學', qual: '學士', major: '英語教學系', start: '2010-09', end: '2014-06', city: '嘉義縣', level: '大學' },
      { school: '新北市立板橋高級中學', qual: '畢業', start: '2007-09', end: '2010-06', city: '新北市', level: '高中' },
    ],
    languages: ['中文（母語）', '英文（精通，TOEIC 935）', '臺語（中等）'],
    certs: ['中等學校教師證書（英語科）', '國民小學教師證書', 'TOEIC 935 分'],
    extra: { idno: 'F2********', military: '免役', status: '在職中', height: '160', age: '34', position: '英語教師', salaryExpect: '依公司規定', workplace: '台北市、新北市', birthplace: '新北市', blood: 'A', code: '104-1776-2253', emergency: '林文雄（父） 02-2965-5281' },
  },
  {
    id: 'p11', language: 'zh', name: '周文杰', gender: '男', birth: '1991-08-08', nationality: '中国', marital: '已婚',
    address: '上海市闵行区七莘路 1811 弄 22 号 502 室',
    email: 'zhouwenjie_sh@126.com', phone: '+8618602135579', phonePrinted: '186-0213-5579',
    occupation: '保险团队经理',
    objective: '保险经纪 / 寿险营业区经理',
    summary: '十年寿险及经纪行业经验，从个人代理人成长为团队经理，团队 26 人，年度标保约 1,450 万元。',
    skills: ['寿险销售', '团队管理 | 团队建设', '客户开发 | 客户拓展', '保单检视 | 保单分析', '增员与新人培训 | 新人培训', '家庭财务规划 | 财务规划', 'Excel'],
    jobs: [
      { company: '上海锦程汽车销售服务有限公司', title: '销售顾问', start: '2013-07', end: '2015-04', city: '上海', duties: ['新车销售及车险推荐，月均销量 14 台'], salary: '6000', reason: '转行保险行业', supervisor: '孙明 021-5480XXXX' },
      { company: '安泰康人寿保险股份有限公司', title: '保险代理人', start: '2015-05', end: '2017-12', city: '上海', dept: '闵行营业部', duties: ['个人寿险及重疾险销售，连续两年 MDRT', '累计服务客户 400 余户'], salary: '佣金制', reason: '晋升', supervisor: '顾晓燕' },
      { company: '安泰康人寿保险股份有限公司', title: '业务主任', start: '2018-01', end: '2020-06', city: '上海', dept: '闵行营业部', duties: ['管理 9 人销售小组，负责增员与新人训练', '组织客户答谢会和产品说明会'], salary: '底薪+管理津贴', reason: '加入经纪公司发展团队', supervisor: '顾晓燕' },
      { company: '众合保险经纪有限公司', title: '团队经理', start: '2020-08', end: null, city: '上海', dept: '上海分公司', duties: ['团队 26 人，年度标保约 1,450 万元', '负责多家保险公司产品对比及客户保单检视服务'], salary: '', reason: '', supervisor: '王建新' },
    ],
    education: [
      { school: '上海浦江职业技术学院', qual: '大专', major: '市场营销', start: '2010-09', end: '2013-06', city: '上海', level: '大专' },
      { school: '华东商务学院（网络教育）', qual: '本科（业余）', major: '工商管理', start: '2016-03', end: '2018-07', city: '上海', level: '本科' },
    ],
    languages: ['普通话', '上海话', '英语（一般）'],
    certs: ['保险代理从业人员资格', '保险经纪从业人员资格', 'MDRT 百万圆桌会员（2016、2017）', 'C1 驾照'],
    extra: { minzu: '汉族', zhengzhi: '共青团员', jiguan: '江苏盐城', hukou: '上海市闵行区', idno: '320902199108084512', height: '176cm', health: '良好', age: '35', recommender: '', insYears: '11 年', position: '营业区经理', salaryExpect: '面议', emergency: '陈静（妻子） 137 6402 1185', family: '妻子 陈静 会计；父亲 周建国 退休' },
  },
  {
    id: 'p12', language: 'zh', name: '何嘉欣', gender: '女', birth: '1990-01-27', nationality: '中國（澳門特別行政區）', marital: '未婚',
    address: '澳門氹仔柯維納馬路 255 號 海景花園 第 3 座 18 樓 C',
    email: 'kayanho.mo@gmail.com', phone: '+85366554821', phonePrinted: '6655 4821',
    occupation: '酒店賓客服務經理',
    objective: '酒店前堂 / 賓客服務經理',
    summary: '十五年澳門酒店及娛樂場經驗，曾任荷官及賭枱主任，現任酒店賓客服務經理，熟悉 VIP 接待及團隊排班管理。',
    skills: ['百家樂 | Baccarat', '輪盤 | Roulette', '賭枱管理 | 枱面管理', '客戶服務', '投訴處理', '排班管理', 'Microsoft Office'],
    jobs: [
      { company: '澳門銀濤酒店', title: '前台接待員', start: '2011-09', end: '2013-04', city: '澳門', duties: ['辦理入住及退房手續', '處理電話預訂及旅客查詢'], salary: 'MOP 11,000', reason: '轉往娛樂場發展' },
      { company: '濠江星際娛樂場股份有限公司', title: '荷官', start: '2013-05', end: '2017-08', city: '澳門', duties: ['百家樂、輪盤及骰寶發牌', '多次獲選季度優秀員工'], salary: 'MOP 19,500', reason: '內部晉升' },
      { company: '濠江星際娛樂場股份有限公司', title: '賭枱主任', start: '2017-09', end: '2021-12', city: '澳門', duties: ['督導 8 張賭枱運作及荷官表現', '處理客人投訴及現場爭議'], salary: 'MOP 27,000', reason: '疫情期間部門縮減' },
      { company: '路氹灣景酒店有限公司', title: '賓客服務經理', start: '2022-07', end: null, city: '澳門', duties: ['管理禮賓及賓客服務團隊 15 人', '負責 VIP 客人接待及排班'], salary: 'MOP 36,000', reason: '' },
    ],
    breaks: [{ start: '2022-01', end: '2022-06', note: '待業（照顧家人及進修英語）' }],
    education: [
      { school: '澳門濠江管理學院', qual: '高等專科學位', major: '博彩與娛樂管理', start: '2008-09', end: '2011-07', city: '澳門', level: '高等專科' },
      { school: '澳門聖德蘭中學', qual: '高中畢業', start: '2005-09', end: '2008-07', city: '澳門', level: '高中' },
    ],
    languages: ['粵語（母語）', '普通話（流利）', '英語（良好）', '葡萄牙語（基礎）'],
    certs: ['澳門職業技能認可 — 賭枱主任', '急救證書（2024）'],
    extra: { bir: '1/2xxxxxx/9', birthplace: '澳門', age: '36', position: '前堂經理 (Front Office Manager)', salaryExpect: 'MOP 40,000', notice: '一個月', english: 'Ho Ka Yan', idtype: '澳門永久性居民身份證' },
  },
  {
    id: 'p13', language: 'mixed', name: 'Tan Wei Ming', nameOther: '陈伟明', gender: 'Male', birth: '1992-06-19', nationality: 'Singapore Citizen', marital: 'Single',
    address: 'Blk 412 Tampines Street 41, #08-227, Singapore 520412',
    email: 'tanweiming.dev@gmail.com', phone: '+6595552817', phonePrinted: '+65 9555 2817',
    occupation: 'Data engineer',
    objective: 'Lead / Principal Data Engineer',
    summary: 'Data engineer with 10 years across logistics analytics, a Shenzhen fintech and a Singapore digital payments company. Builds batch and streaming pipelines on AWS; mentors junior engineers. Bilingual in English and Mandarin.',
    skills: ['Python', 'SQL', 'Apache Spark | Spark | PySpark', 'Airflow | Apache Airflow', 'AWS (Glue, Redshift, S3) | AWS', 'dbt', 'Kafka | Apache Kafka', 'Data modelling | dimensional modelling'],
    jobs: [
      { company: 'Merlion Logistics Pte Ltd', title: 'IT Intern', start: '2014-05', end: '2014-08', city: 'Singapore', duties: ['Automated daily shipment reports with Python and SQL'], salary: 'S$1,000', reason: 'Internship ended' },
      { company: 'Straits Analytics Pte. Ltd.', title: 'Data Analyst', start: '2016-07', end: '2019-02', city: 'Singapore', duties: ['Built dashboards and SQL models for retail clients', 'Migrated on-prem ETL to AWS Glue'], salary: 'S$5,200', reason: 'Overseas opportunity' },
      { company: '深圳数海科技有限公司', title: 'Senior Data Engineer 高级数据工程师', start: '2019-04', end: '2021-09', city: 'Shenzhen, China', duties: ['Real-time risk pipeline on Kafka + Spark Streaming (20k events/s)', 'Led a team of 4 engineers'], salary: 'RMB 38,000', reason: 'Return to Singapore' },
      { company: 'OrchardPay Pte. Ltd.', title: 'Lead Data Engineer', start: '2021-10', end: null, city: 'Singapore', duties: ['Own the data platform: Airflow, dbt, Redshift, S3 lake', 'Cut warehouse cost 35% through partitioning and model clean-up', 'Hiring and mentoring 6 engineers'], salary: 'S$11,800', reason: '' },
    ],
    military: 'National Service: completed 2010–2012 (3SG, Signals); NSman',
    education: [
      { school: 'Temasek Institute of Science and Technology', qual: 'Bachelor of Computing (Computer Science), Second Upper Honours', start: '2012-08', end: '2016-05', city: 'Singapore' },
      { school: 'Serangoon Junior College', qual: 'GCE A-Level', start: '2008-01', end: '2009-12', city: 'Singapore' },
    ],
    languages: ['English', 'Mandarin 华语', 'Hokkien (spoken)'],
    certs: ['AWS Certified Data Engineer – Associate (2024)', 'Databricks Certified Data Engineer Associate (2022)'],
    extra: { nric: 'S9219xxxF', race: 'Chinese', religion: 'Buddhist', age: '34', notice: '2 months', salaryExpect: 'S$13,500', position: 'Principal Data Engineer', ns: 'Completed (ORD Jun 2012)', birthplace: 'Singapore' },
    referees: [{ name: 'Ms. Goh Siew Lan', relation: 'Head of Data, Straits Analytics', phone: '+65 9555 0193' }],
  },
  {
    id: 'p14', language: 'mixed', name: '张丽莎', nameOther: 'Lisa Zhang', gender: '女 Female', birth: '1991-02-03', nationality: '中国 PRC', marital: '已婚 Married',
    address: '上海市浦东新区锦绣路 2580 弄 8 号 1101 室',
    email: 'lisa.zhang0203@126.com', phone: '+8613916527740', phonePrinted: '139 1652 7740',
    occupation: 'HR business partner',
    objective: 'HRBP / HR Manager (manufacturing or medical devices)',
    summary: 'HR professional with 13 years in foreign-invested manufacturing and semiconductor companies: recruitment, employee relations, performance and HR systems. Fluent English.',
    skills: ['Talent acquisition 招聘 | recruitment', 'Employee relations 员工关系 | employee relations', '劳动法实务 | 劳动法', 'Workday', 'SAP SuccessFactors | SuccessFactors', 'Performance management 绩效管理 | performance management', 'Excel'],
    jobs: [
      { company: 'Brightwell Consulting (Shanghai) Co., Ltd.', title: 'HR Intern 人事实习生', start: '2013-03', end: '2013-08', city: '上海 Shanghai', duties: ['Screened CVs and arranged interviews', 'Onboarding paperwork'], salary: 'RMB 2,000', reason: 'Internship ended / 实习结束' },
      { company: 'Kessler Automotive Components (Taicang) Co., Ltd.', title: 'HR Specialist 人事专员', start: '2013-09', end: '2017-04', city: '太仓 Taicang', duties: ['Blue-collar hiring for 1,200-head plant', 'Payroll and social insurance', 'Labour dispute handling'], salary: 'RMB 8,500', reason: 'Career development / 职业发展' },
      { company: '上海华芯半导体有限公司', title: '招聘主管 Recruitment Supervisor', start: '2017-05', end: '2020-12', city: '上海 Shanghai', duties: ['Led team of 4 recruiters, 300+ hires per year', 'Campus recruitment programme'], salary: 'RMB 16,000', reason: 'Seeking HRBP role / 转型HRBP' },
      { company: 'Nordlys Medical Devices (China) Co., Ltd.', title: 'HR Business Partner', start: '2021-01', end: null, city: '上海 Shanghai', duties: ['HRBP for commercial and R&D teams (420 employees)', 'Workday rollout China lead', 'Annual performance calibration and talent review'], salary: 'RMB 32,000', reason: '' },
    ],
    education: [
      { school: '华东理工商学院 East China Institute of Technology and Commerce', qual: '本科 Bachelor', major: '人力资源管理 Human Resource Management', start: '2009-09', end: '2013-06', city: '上海' },
    ],
    languages: ['普通话 Mandarin (native)', '英语 English (fluent, CET-6 / BEC Higher)'],
    certs: ['企业人力资源管理师（二级）', 'SHRM-CP (2022)'],
    extra: { minzu: '汉族', jiguan: '浙江绍兴 Shaoxing, Zhejiang', idno: '330602199102034026', hukou: '上海 Shanghai', notice: '1 month / 一个月', salaryExpect: 'RMB 40,000', position: 'HR Manager 人力资源经理', health: '良好 Good', age: '35', emergency: '王浩（丈夫 husband） 138 1732 6620' },
  },
  {
    id: 'p15', language: 'mixed', name: 'Lim Kah Hoe', nameOther: '林家豪', gender: 'Male', birth: '1988-09-14', nationality: 'Malaysian', marital: 'Married',
    address: '23, Jalan Bukit Kiara 2, Taman Bukit Kiara, 81300 Skudai, Johor',
    email: 'kahhoe.lim@gmail.com', phone: '+60165552093', phonePrinted: '016-555 2093',
    occupation: 'Pharmacist (regulatory affairs)',
    objective: 'Senior Regulatory Affairs Pharmacist / Regulatory Manager',
    summary: 'Registered pharmacist with 14 years across government hospital, community pharmacy and regulatory affairs. Handles NPRA product registration and pharmacovigilance. Trilingual: English, Malay, Mandarin.',
    skills: ['Drug registration (NPRA) | drug registration | regulatory submissions', 'Clinical pharmacy', 'Dispensing', 'Pharmacovigilance', 'Medication counselling | patient counselling', 'GMP / GDP guidelines | GMP', 'QUEST3+ submission | QUEST3+'],
    jobs: [
      { company: 'Hospital Daerah Kulim Jaya', title: 'Provisionally Registered Pharmacist (PRP)', start: '2012-06', end: '2013-05', city: 'Kulim, Kedah', duties: ['One-year housemanship rotations: inpatient, outpatient, TDM, manufacturing'], salary: 'RM 2,900', reason: 'Completed PRP training' },
      { company: 'Hospital Daerah Kulim Jaya', title: 'Pharmacist (UF41)', start: '2013-06', end: '2016-12', city: 'Kulim, Kedah', duties: ['Ward pharmacist (medical wards)', 'Medication counselling clinic (MTAC diabetes)'], salary: 'RM 4,300', reason: 'Completed compulsory service' },
      { company: 'Sentosa Health Pharmacy Sdn. Bhd.', title: 'Outlet Pharmacist', start: '2017-01', end: '2019-09', city: 'Johor Bahru', duties: ['Outlet in charge, 6 staff', 'Dispensing, counselling and inventory'], salary: 'RM 7,500', reason: 'Move into regulatory affairs' },
      { company: 'Sinar Medika Sdn. Bhd.', title: 'Regulatory Affairs Pharmacist', start: '2019-10', end: null, city: 'Johor Bahru', duties: ['Product registration and variations via QUEST3+ (60+ products)', 'Pharmacovigilance reporting to NPRA', 'GDP audits of distributors'], salary: 'RM 9,800', reason: '' },
    ],
    education: [
      { school: 'Universiti Perubatan Utara', qual: 'Bachelor of Pharmacy (Honours)', start: '2008-07', end: '2012-05', city: 'Pulau Pinang', level: 'Degree' },
      { school: 'Kulai Chung Hwa Independent High School 古来中华独中', qual: 'UEC Senior Middle (统考高中)', start: '2001-01', end: '2006-12', city: 'Kulai, Johor', level: 'UEC' },
    ],
    languages: ['English', 'Bahasa Malaysia', 'Mandarin 华语', 'Hokkien / Cantonese (spoken)'],
    certs: ['Registered Pharmacist, Pharmacy Board Malaysia (Reg. No. 11084)', 'Annual Retention Certificate 2026', 'Certified GDP Auditor (2021)'],
    extra: { ic: '880914-01-6633', age: '38', race: 'Chinese', religion: 'Buddhist', epf: '17702931', socso: '880914016633', notice: '2 months', salaryExpect: 'RM 12,000', position: 'Regulatory Affairs Manager', licence: 'D', birthplace: 'Kulai, Johor', spm: 'UEC: 7A 1B' },
    referees: [{ name: 'Pn. Siti Hajar Omar', relation: 'Chief Pharmacist, Hospital Daerah Kulim Jaya', phone: '04-555 6120' }],
  },
  {
    id: 'p16', language: 'mixed', name: '李明轩', nameOther: 'Michael Li', gender: '男 Male', birth: '1988-12-24', nationality: '中国 PRC', marital: '已婚 Married',
    address: '浙江省宁波市鄞州区天童南路 588 号 11 幢 2003 室',
    email: 'michael.li.nb@163.com', phone: '+8613758296614', phonePrinted: '137 5829 6614',
    occupation: 'Freight forwarding operations manager',
    objective: '物流运营经理 Operations Manager / Logistics Manager',
    summary: '16 years in international freight forwarding and supply chain in Ningbo: sea freight operations, customs, customer service and team management. 熟悉宁波港操作流程。',
    skills: ['Sea freight operations 海运操作 | sea freight', 'Customs declaration 报关 | customs clearance', 'Booking & documentation 订舱与单证 | shipping documentation', 'CargoWise One | CargoWise', 'Incoterms', 'Key account management 大客户管理 | key account management', 'Excel'],
    jobs: [
      { company: '宁波港盛国际货运代理有限公司', title: '操作员 Operator', start: '2010-07', end: '2013-09', city: '宁波 Ningbo', duties: ['Booking, trucking and customs for 60 TEU/week', '单证制作'], salary: 'RMB 3,800', reason: 'Career development 职业发展' },
      { company: 'Oceanlink Shipping Agency (Ningbo) Ltd.', title: 'Customer Service Executive 客服专员', start: '2013-10', end: '2016-08', city: '宁波 Ningbo', duties: ['Export customer service for European carriers', 'Shipment tracking and claims'], salary: 'RMB 6,500', reason: 'Promotion opportunity' },
      { company: 'Sino-Euro Freight Solutions Co., Ltd.', title: 'Operations Supervisor 操作主管', start: '2016-09', end: '2020-05', city: '宁波 Ningbo', duties: ['Supervised 12 operators, 900 TEU/month', 'CargoWise One go-live for Ningbo office'], salary: 'RMB 12,000', reason: 'New role 新的机会' },
      { company: '浙江甬通供应链管理有限公司', title: '运营经理 Operations Manager', start: '2020-06', end: null, city: '宁波 Ningbo', duties: ['Operations of sea/air/rail freight, 28 staff', 'Key accounts in home appliances, annual volume 14,000 TEU', '客户满意度与 KPI 管理'], salary: 'RMB 22,000', reason: '' },
    ],
    education: [
      { school: '宁波海事职业学院 Ningbo Maritime Vocational College', qual: '大专 Diploma', major: '国际物流 International Logistics', start: '2007-09', end: '2010-06', city: '宁波' },
      { school: '浙江外国语自考 (高等教育自学考试)', qual: '本科 Bachelor (self-study)', major: '英语 English', start: '2012-04', end: '2015-06', city: '宁波' },
    ],
    languages: ['普通话 Mandarin', '英语 English (fluent)', '宁波话 Ningbo dialect'],
    certs: ['报关水平测试证书 Customs Declaration Certificate', '国际货运代理从业资格 (CIFA)'],
    extra: { minzu: '汉族', jiguan: '浙江余姚 Yuyao', idno: '330281198812240817', hukou: '宁波 Ningbo', notice: '1 month / 一个月', salaryExpect: 'RMB 26,000', position: '物流经理 Logistics Manager', health: '良好 Good', age: '37', emergency: '沈洁（妻子 wife） 135 8620 4471' },
  },
];
