/**
 * heldout-15 people: 16 invented people (12 English-speaking, 4 Chinese-born people working in English-speaking
 * countries). Every name, employer, school, number and address is invented. Phone numbers use ranges set aside for
 * drama/fiction where a country has one (UK 07700 900xxx, North America 555-01xx, Australia 0491 570xxx).
 */
export type Lang = 'en' | 'mixed';
export interface Job {
  company: string; // employer exactly as printed
  title: string;
  town?: string; // printed beside the employer in some templates; never part of `company`
  start: string; // YYYY-MM
  end: string | null; // null = current
  duties: string[];
  kind?: 'internship' | 'contract' | 'locum' | 'service';
}
export interface Education { school: string; award: string; years: string; town?: string }
export interface Person {
  id: string;
  language: Lang;
  name: string; // as the truth writes it
  printedName?: string; // how the documents print it (e.g. with Chinese characters)
  nameZh?: string;
  email: string;
  phone: string; // E.164
  phoneDisplay: string; // as printed
  address: string;
  occupation: string;
  country: string;
  profile: string;
  skills: string[]; // as typed in the skills section
  skillSynonyms: Record<string, string[]>; // alternatives a recruiter accepts
  jobs: Job[]; // most recent first
  education: Education[];
  certificates?: string[]; // own section: not skills
  languages?: string[]; // spoken languages: not skills
  volunteering?: { org: string; role: string; years: string }[];
  gap?: { from: string; to: string; note: string };
  referees?: string;
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Aoife Brennan-Kelly', email: 'aoife.brennankelly@eircom.net', phone: '+353871946302',
    phoneDisplay: '087 194 6302', address: '14 Ardmore Park, Bray, Co. Wicklow', occupation: 'Clinical Nurse Manager', country: 'Ireland',
    profile: 'NMBI-registered general nurse with eleven years in acute medicine and a ward management role in a Model 4 hospital.',
    skills: ['Medication management', 'Wound care', 'IV cannulation', 'Rostering', 'Infection prevention and control', 'Patient discharge planning', 'Staff mentoring', 'iPMS'],
    skillSynonyms: { 'Medication management': ['medication administration'], 'IV cannulation': ['cannulation'], 'Infection prevention and control': ['infection control', 'IPC'], 'Patient discharge planning': ['discharge planning'], 'Staff mentoring': ['mentoring'], 'Wound care': ['wound management'] },
    jobs: [
      { company: "St. Columba's University Hospital", town: 'Dublin 4', title: 'Clinical Nurse Manager 2, Acute Medical Unit', start: '2021-09', end: null, duties: ['Manage a 29-bed acute medical unit and a team of 34 nurses and HCAs', 'Lead monthly hygiene audits; unit scored 94% in last HIQA review', 'Prepare the weekly roster and approve annual leave'] },
      { company: "St. Columba's University Hospital", town: 'Dublin 4', title: 'Staff Nurse, Respiratory Ward', start: '2017-03', end: '2021-08', duties: ['Cared for patients with COPD, pneumonia and COVID-19, including NIV', 'Preceptor to student nurses from UCD'] },
      { company: 'Royal Brompton & Harefield NHS Foundation Trust', town: 'London', title: 'Staff Nurse (Band 5)', start: '2014-10', end: '2017-01', duties: ['Post-operative cardiothoracic care on a 24-bed ward', 'Completed trust IV therapy and venepuncture competencies'] },
      { company: 'Mercy Regional Hospital', town: 'Cork', title: 'Staff Nurse (temporary contract)', start: '2013-11', end: '2014-09', duties: ['General medical and surgical ward duties on rotation'] },
    ],
    education: [
      { school: 'University College Cork', award: 'BSc (Hons) General Nursing', years: '2009 – 2013' },
      { school: 'RCSI', award: 'Postgraduate Certificate in Nursing Management', years: '2020' },
    ],
    certificates: ['BLS / ACLS (Irish Heart Foundation)', 'NMBI PIN 144862'], languages: ['English', 'Irish (conversational)'],
    referees: 'Available on request',
  },
  {
    id: 'p02', language: 'en', name: 'Darren Whitcombe', email: 'dazwhitcombe78@gmail.com', phone: '+447700900412',
    phoneDisplay: '07700 900412', address: '3 Quarry Lane, Kingswood, Bristol BS15 4HT', occupation: 'Site Supervisor / Carpenter', country: 'UK',
    profile: 'Time-served carpenter and joiner, now running sites for a regional housebuilder. CSCS Gold Card holder.',
    skills: ['First fix and second fix carpentry', 'Roofing and cut roofs', 'Reading drawings', 'Setting out', 'Toolbox talks', 'Subcontractor coordination', 'SMSTS'],
    skillSynonyms: { 'First fix and second fix carpentry': ['carpentry', 'joinery'], 'Roofing and cut roofs': ['roofing', 'cut roofs'], 'Reading drawings': ['blueprint reading', 'reading plans'], 'Subcontractor coordination': ['managing subcontractors'], 'SMSTS': ['Site Management Safety Training Scheme'] },
    jobs: [
      { company: 'Hallam Vale Homes Ltd', town: 'Bristol', title: 'Site Supervisor', start: '2019-04', end: null, duties: ['Run a 48-plot housing site from slab to handover', 'Daily briefings and weekly progress reports to the Site Manager', 'Snagging and NHBC inspections'] },
      { company: 'Hallam Vale Homes Ltd', town: 'Bristol', title: 'Carpenter (Chargehand)', start: '2016-06', end: '2019-03', duties: ['Led a gang of four carpenters on timber-frame plots', 'Cut roofs, stairs, door hanging and kitchens'] },
      { company: 'K & J Pickford Building Contractors', town: 'Bath', title: 'Carpenter & Joiner', start: '2001-09', end: '2016-05', duties: ['Extensions, loft conversions and listed-building repairs', 'Apprentice from 1997 to 2001 (NVQ Level 3)'] },
    ],
    education: [{ school: 'City of Bristol College', award: 'NVQ Level 3 Site Carpentry', years: '1997 – 2001' }],
    certificates: ['CSCS Gold Card (Supervisor)', 'SMSTS (2023)', 'First Aid at Work', 'PASMA'],
    referees: 'References available on request',
  },
  {
    id: 'p03', language: 'en', name: 'Marcus T. Delgado', email: 'marcus.t.delgado@outlook.com', phone: '+12105550147',
    phoneDisplay: '(210) 555-0147', address: 'San Antonio, TX 78245', occupation: 'Warehouse Operations Manager (U.S. Army veteran)', country: 'US',
    profile: 'Former Army logistics NCO (SFC, 92A) with 12 years of supply chain leadership, now running distribution center operations.',
    skills: ['Inventory control', 'Warehouse management systems (Manhattan WMS)', 'Lean Six Sigma Green Belt', 'Team leadership', 'OSHA compliance', 'Fleet and hazmat movement', 'SAP (GCSS-Army)'],
    skillSynonyms: { 'Inventory control': ['inventory management'], 'Warehouse management systems (Manhattan WMS)': ['WMS', 'Manhattan WMS'], 'Lean Six Sigma Green Belt': ['Lean Six Sigma', 'Six Sigma'], 'Team leadership': ['leadership'], 'OSHA compliance': ['OSHA'], 'SAP (GCSS-Army)': ['SAP', 'GCSS-Army'], 'Fleet and hazmat movement': ['hazmat', 'hazardous materials'] },
    jobs: [
      { company: 'Lonestar Freight Distribution', town: 'San Antonio, TX', title: 'Warehouse Operations Manager', start: '2022-02', end: null, duties: ['Lead 3 shift supervisors and 85 associates in a 410,000 sq ft DC', 'Cut mis-picks by 37% with slotting changes and cycle counts'] },
      { company: 'U.S. Army', town: 'Fort Cavazos, TX', title: 'Supply Sergeant / Logistics NCO (SFC)', start: '2010-06', end: '2021-12', duties: ['Accountable for $42M of equipment across a 600-Soldier battalion', 'Planned rail and convoy movements for two overseas deployments', 'Trained and mentored 14 junior Soldiers'], kind: 'service' },
    ],
    education: [{ school: 'University of Texas at San Antonio', award: 'B.B.A. Supply Chain Management (GI Bill)', years: '2019 – 2022' }],
    certificates: ['OSHA 30-Hour General Industry', 'Forklift operator card'], languages: ['English', 'Spanish'],
  },
  {
    id: 'p04', language: 'en', name: 'Colleen MacIsaac', email: 'colleen.macisaac@eastlink.ca', phone: '+19025550183',
    phoneDisplay: '902-555-0183', address: 'Antigonish, NS B2G 1C4', occupation: 'Elementary School Teacher', country: 'Canada',
    profile: 'Licensed Nova Scotia teacher (TC5) who has taught Grades 2 to 6, with a focus on literacy and inclusive classrooms.',
    skills: ['Differentiated instruction', 'Guided reading', 'Classroom management', 'IPP writing', 'Google Classroom', 'Parent communication', 'French Immersion (Grades 1–3)'],
    skillSynonyms: { 'Differentiated instruction': ['differentiation'], 'Classroom management': ['behaviour management'], 'IPP writing': ['individual program plans', 'IEP'], 'Parent communication': ['communication with parents'], 'French Immersion (Grades 1–3)': ['French immersion', 'French'] },
    jobs: [
      { company: 'Strait Regional Centre for Education', town: 'Port Hawkesbury, NS', title: 'Grade 4 Classroom Teacher', start: '2018-08', end: null, duties: ['Teach a Grade 4 class of 24 at St. Andrew Junior School', 'Lead the school literacy team'] },
      { company: 'Halifax Regional Centre for Education', town: 'Halifax, NS', title: 'Term Teacher, Grades 2–3', start: '2016-09', end: '2018-06', duties: ['Term positions covering maternity leaves', 'French Immersion Grade 2 for one year'] },
      { company: 'Kumon Learning Centre – Bedford', town: 'Bedford, NS', title: 'Instructor (part-time)', start: '2015-01', end: '2016-06', duties: ['Tutored maths and reading for ages 5–12'] },
    ],
    education: [
      { school: 'St. Francis Xavier University', award: 'Bachelor of Education (Elementary)', years: '2013 – 2015' },
      { school: 'Mount Allison University', award: 'B.A. English and French', years: '2009 – 2013' },
    ],
    gap: { from: '2022-01', to: '2022-06', note: 'Maternity leave' },
    volunteering: [{ org: 'Antigonish Minor Hockey', role: 'Assistant coach', years: '2019 – present' }],
  },
  {
    id: 'p05', language: 'en', name: 'Brodie Nankervis', email: 'brodie.nankervis@bigpond.com', phone: '+61491570156',
    phoneDisplay: '0491 570 156', address: 'Baldivis WA 6171', occupation: 'A-Grade Electrician', country: 'Australia',
    profile: 'Licensed A-grade electrician with commercial, residential and FIFO mining experience. Happy to travel.',
    skills: ['Switchboard upgrades', 'Fault finding', 'Commercial fit-outs', 'Solar PV installation', 'Cable pulling and termination', 'Test and tag', 'PLC basics'],
    skillSynonyms: { 'Fault finding': ['troubleshooting', 'fault-finding'], 'Solar PV installation': ['solar installation', 'solar PV'], 'Cable pulling and termination': ['cabling', 'cable termination'], 'Test and tag': ['test & tag', 'testing and tagging'], 'PLC basics': ['PLC'], 'Switchboard upgrades': ['switchboards'], 'Commercial fit-outs': ['fit-outs', 'fit outs'] },
    jobs: [
      { company: 'Pilbara Iron Services Pty Ltd', town: 'Karratha WA', title: 'FIFO Electrician (2:1 roster)', start: '2023-03', end: null, duties: ['Maintenance on conveyors, crushers and MCC rooms', 'Isolations and permits under site procedures'] },
      { company: 'Southern Cross Electrical Group', town: 'Perth WA', title: 'Electrician', start: '2019-01', end: '2023-02', duties: ['Commercial fit-outs and switchboard upgrades', 'Ran small jobs with an apprentice'] },
      { company: 'Nankervis & Son Electrical', town: 'Rockingham WA', title: 'Apprentice Electrician', start: '2015-02', end: '2018-12', duties: ['4-year apprenticeship in the family business', 'Residential wiring, solar PV and smoke alarms'], kind: 'internship' },
    ],
    education: [{ school: 'South Metropolitan TAFE', award: 'Certificate III in Electrotechnology Electrician (UEE30811)', years: '2015 – 2018' }],
    certificates: ['WA Electrical Licence EW164338', 'White Card', 'HR Licence', 'Working at Heights', 'Confined Space'],
  },
  {
    id: 'p06', language: 'en', name: 'Venkatesh Raghunathan', email: 'venkat.raghunathan@protonmail.com', phone: '+447700900858',
    phoneDisplay: '+44 7700 900858', address: 'Reading, Berkshire', occupation: 'SAP FICO Consultant (Contract)', country: 'UK / India',
    profile: 'SAP FICO contractor with 14 years across implementations and S/4HANA migrations in the UK and India. Outside IR35, available on 4 weeks notice.',
    skills: ['SAP FI/CO', 'S/4HANA migration', 'Asset Accounting', 'Bank reconciliation (EBS)', 'Cost centre accounting', 'ABAP debugging', 'Solution Manager', 'Requirements gathering'],
    skillSynonyms: { 'SAP FI/CO': ['SAP FICO', 'SAP'], 'S/4HANA migration': ['S/4HANA', 'SAP S/4HANA'], 'Bank reconciliation (EBS)': ['electronic bank statement', 'bank reconciliation'], 'Cost centre accounting': ['cost center accounting'], 'ABAP debugging': ['ABAP'], 'Requirements gathering': ['business requirements'], 'Asset Accounting': ['FI-AA'] },
    jobs: [
      { company: 'Northgate Water Services plc', town: 'Reading', title: 'SAP FICO Lead (Contract)', start: '2023-05', end: null, duties: ['FI lead for a brownfield S/4HANA 2022 conversion', 'Own FI-AA and EBS design, cutover plan and hypercare'], kind: 'contract' },
      { company: 'Almond & Vale Retail Group', town: 'Leeds', title: 'SAP FICO Consultant (Contract)', start: '2021-02', end: '2023-03', duties: ['Support and enhancements for 14 company codes', 'Built the month-end close checklist in Solution Manager'], kind: 'contract' },
      { company: 'Infosys Limited', town: 'Bengaluru', title: 'Senior Consultant – SAP FICO', start: '2014-07', end: '2021-01', duties: ['Two full-cycle implementations for European clients', 'Onsite in Frankfurt for 18 months'] },
      { company: 'Mahindra Satyam', town: 'Hyderabad', title: 'Associate Consultant', start: '2011-08', end: '2014-06', duties: ['SAP FI support for a US utility client, L2 tickets'] },
    ],
    education: [
      { school: 'Anna University', award: 'B.E. Mechanical Engineering', years: '2005 – 2009' },
      { school: 'ICAI', award: 'Chartered Accountant (Intermediate)', years: '2010' },
    ],
    certificates: ['SAP Certified Application Associate – S/4HANA Financial Accounting', 'SC Cleared (2023)'], languages: ['English', 'Tamil', 'Hindi'],
  },
  {
    id: 'p07', language: 'en', name: 'Shanique Campbell', email: 'shanique.campbell87@yahoo.com', phone: '+18765550123',
    phoneDisplay: '(876) 555-0123', address: '22 Fairview Drive, Montego Bay, St. James, Jamaica', occupation: 'Front Office Supervisor', country: 'Jamaica',
    profile: 'Warm and organised hospitality professional with ten years in all-inclusive resorts, guest relations and front desk supervision.',
    skills: ['Opera PMS', 'Guest relations', 'Cash handling', 'Complaint resolution', 'Group check-in', 'Microsoft Excel', 'Upselling'],
    skillSynonyms: { 'Opera PMS': ['Opera', 'property management system'], 'Guest relations': ['guest services', 'customer service'], 'Complaint resolution': ['handling complaints'], 'Microsoft Excel': ['Excel'], 'Upselling': ['upsell'] },
    jobs: [
      { company: 'Coral Cove Resort & Spa', town: 'Montego Bay', title: 'Front Office Supervisor', start: '2020-11', end: null, duties: ['Supervise 12 agents across three shifts', 'Handle VIP arrivals and group check-ins'] },
      { company: 'Sunset Palms All-Inclusive', town: 'Negril', title: 'Guest Services Agent', start: '2016-05', end: '2020-03', duties: ['Check-in and check-out for a 420-room resort', 'Night audit relief'] },
      { company: 'Jamaica Public Service Company Ltd.', town: 'Kingston', title: 'Customer Service Representative', start: '2014-02', end: '2016-04', duties: ['Billing enquiries in the call centre', 'Processed payment arrangements'] },
    ],
    education: [
      { school: 'University of Technology, Jamaica', award: 'Associate Degree in Hospitality and Tourism Management', years: '2011 – 2013' },
      { school: 'Montego Bay High School', award: 'CSEC – 8 subjects; CAPE – 3 units', years: '2004 – 2011' },
    ],
    gap: { from: '2020-04', to: '2020-10', note: 'Resort closure (COVID-19)' },
    languages: ['English', 'Spanish (basic)'],
    referees: 'Mrs. Paulette Ricketts, Rooms Division Manager, Coral Cove Resort & Spa — (876) 555-0190',
  },
  {
    id: 'p08', language: 'en', name: 'Kwabena Osei-Bonsu', email: 'k.oseibonsu@gmail.com', phone: '+233244187305',
    phoneDisplay: '024 418 7305', address: 'P.O. Box AN 11842, Accra-North', occupation: 'Chartered Accountant', country: 'Ghana',
    profile: 'ICAG chartered accountant with audit and corporate finance experience in banking and FMCG.',
    skills: ['IFRS reporting', 'External audit', 'Tax computation (GRA)', 'Sage 300', 'Budgeting and forecasting', 'Treasury management', 'Advanced Excel'],
    skillSynonyms: { 'IFRS reporting': ['IFRS', 'financial reporting'], 'External audit': ['audit', 'auditing'], 'Tax computation (GRA)': ['tax', 'taxation'], 'Sage 300': ['Sage'], 'Budgeting and forecasting': ['budgeting', 'forecasting'], 'Advanced Excel': ['Excel'], 'Treasury management': ['treasury'] },
    jobs: [
      { company: 'Akwaaba Breweries PLC', town: 'Tema', title: 'Financial Controller', start: '2022-07', end: null, duties: ['Monthly management accounts and board packs', 'Led migration from Sage 300 to SAP Business One'] },
      { company: 'Akwaaba Breweries PLC', town: 'Tema', title: 'Finance Manager', start: '2019-01', end: '2022-06', duties: ['Budgets for three plants', 'Managed GRA tax audits'] },
      { company: 'Adjei, Mensah & Co. (Chartered Accountants)', town: 'Accra', title: 'Audit Senior', start: '2015-10', end: '2018-12', duties: ['Led audits of rural banks and microfinance companies'] },
      { company: 'Ghana Revenue Authority', town: 'Accra', title: 'National Service Personnel', start: '2014-09', end: '2015-08', duties: ['Assisted the domestic tax revenue division'], kind: 'internship' },
    ],
    education: [
      { school: 'University of Cape Coast', award: 'B.Com. Accounting (First Class)', years: '2010 – 2014' },
      { school: 'Institute of Chartered Accountants, Ghana', award: 'Chartered Accountant (ICAG)', years: '2017' },
    ],
    languages: ['English', 'Twi', 'Ga'],
    referees: 'Mr. Kofi Adjei, Managing Partner, Adjei, Mensah & Co.',
  },
  {
    id: 'p09', language: 'en', name: 'Tendai Mutasa', email: 'tendaimutasa@zol.co.zw', phone: '+263772418560',
    phoneDisplay: '+263 772 418 560', address: '1147 Mainway Meadows, Waterfalls, Harare', occupation: 'Environmental Health Officer', country: 'Zimbabwe',
    profile: 'Environmental Health Officer with public health, food safety and cholera response experience in local government.',
    skills: ['Food premises inspection', 'Water quality sampling', 'Disease outbreak investigation', 'Health education', 'Report writing', 'EpiInfo', 'ArcGIS'],
    skillSynonyms: { 'Food premises inspection': ['food safety inspection', 'food hygiene'], 'Water quality sampling': ['water sampling', 'water quality'], 'Disease outbreak investigation': ['outbreak investigation'], 'Health education': ['health promotion'], 'EpiInfo': ['Epi Info'], 'ArcGIS': ['GIS'] },
    jobs: [
      { company: 'City of Harare – Health Services Department', title: 'Principal Environmental Health Officer', start: '2021-03', end: null, duties: ['Supervise 9 EHOs in the Southern District', 'Coordinated the 2023 cholera response in Glen View'] },
      { company: 'Ministry of Health and Child Care', town: 'Gweru', title: 'Environmental Health Officer', start: '2016-02', end: '2021-02', duties: ['Food premises and abattoir inspections', 'Borehole water quality monitoring'] },
      { company: 'Medecins Sans Frontieres (OCB)', town: 'Harare', title: 'WatSan Assistant', start: '2014-06', end: '2015-12', duties: ['Chlorination points and hygiene kits during outbreak'] },
    ],
    education: [
      { school: 'Harare Polytechnic', award: 'Diploma in Environmental Health', years: '2010 – 2013' },
      { school: 'Midlands State University', award: 'BSc Honours in Environmental Science and Health', years: '2016 – 2019' },
    ],
    languages: ['English', 'Shona', 'Ndebele'],
    referees: 'Dr. F. Chikowore, Director of Health Services, City of Harare',
  },
  {
    id: 'p10', language: 'en', name: 'Grace Nakato', email: 'grace.nakato@gmail.com', phone: '+256772509314',
    phoneDisplay: '0772 509 314', address: 'Plot 41, Ntinda-Kisaasi Road, Kampala', occupation: 'Procurement & Logistics Officer', country: 'Uganda',
    profile: 'Procurement and logistics officer with NGO and private sector experience, MCIPS (Level 4).',
    skills: ['Procurement planning', 'Tender evaluation', 'Fleet management', 'Warehouse stock control', 'PPDA regulations', 'Sun Systems', 'Contract management'],
    skillSynonyms: { 'Procurement planning': ['procurement'], 'Tender evaluation': ['bid evaluation', 'tendering'], 'Fleet management': ['fleet'], 'Warehouse stock control': ['stock control', 'inventory management'], 'PPDA regulations': ['PPDA'], 'Sun Systems': ['SunSystems'], 'Contract management': ['contracts'] },
    jobs: [
      { company: 'Hope for Rwenzori Children (HRC)', town: 'Fort Portal', title: 'Procurement and Logistics Officer', start: '2020-08', end: null, duties: ['Run procurement for a USD 3.2M budget', 'Manage 7 vehicles and drivers'] },
      { company: 'Nile Crest Beverages Ltd', town: 'Jinja', title: 'Stores Assistant', start: '2017-03', end: '2020-06', duties: ['Receiving, issuing and monthly stock counts', 'Reduced stock variance to under 1%'] },
      { company: 'Uganda National Roads Authority', town: 'Kampala', title: 'Procurement Intern', start: '2016-06', end: '2016-09', duties: ['Filed bids and prepared evaluation reports'], kind: 'internship' },
    ],
    education: [
      { school: 'Makerere University Business School', award: 'Bachelor of Procurement and Supply Chain Management', years: '2013 – 2016' },
    ],
    certificates: ['CIPS Level 4 Diploma', 'Defensive driving'], languages: ['English', 'Luganda', 'Swahili'],
    referees: 'Mr. Joseph Kiggundu, Country Director, HRC',
  },
  {
    id: 'p11', language: 'en', name: 'Chloe Fairbairn', email: 'chloe.fairbairn@hotmail.co.uk', phone: '+447700900733',
    phoneDisplay: '07700 900 733', address: 'Horsforth, Leeds LS18', occupation: 'Retail Store Manager', country: 'UK',
    profile: 'Store manager with twelve years in fashion and homewares retail, from Saturday girl to running a £6m store.',
    skills: ['Visual merchandising', 'P&L management', 'Recruitment and training', 'Stock loss prevention', 'Rota planning', 'Customer service', 'Click & collect'],
    skillSynonyms: { 'Visual merchandising': ['merchandising'], 'P&L management': ['profit and loss', 'P&L'], 'Recruitment and training': ['recruitment', 'training'], 'Stock loss prevention': ['loss prevention', 'shrinkage'], 'Rota planning': ['rostering', 'scheduling'], 'Click & collect': ['click and collect'] },
    jobs: [
      { company: 'Hartwell & Finch', town: 'Leeds Trinity', title: 'Store Manager', start: '2021-10', end: null, duties: ['Lead 42 colleagues over three floors', 'Store +9% LFL in 2024'] },
      { company: 'Brightside Home', town: 'Harrogate', title: 'Assistant Store Manager', start: '2018-04', end: '2021-09', duties: ['Deputised for the Store Manager', 'Ran the Christmas recruitment drive'] },
      { company: 'Brightside Home', town: 'Harrogate', title: 'Department Supervisor', start: '2015-08', end: '2018-03', duties: ['Homewares and seasonal departments'] },
      { company: 'Dorothy Lane Fashion', town: 'York', title: 'Sales Assistant (Saturday)', start: '2012-09', end: '2015-07', duties: ['Tills, fitting rooms and replenishment'] },
    ],
    education: [{ school: 'Leeds Beckett University', award: 'BA (Hons) Retail Marketing (part-time)', years: '2016 – 2019' }],
    referees: 'Available on request',
  },
  {
    id: 'p12', language: 'en', name: 'LaTasha Reynolds', email: 'latasha.reynolds.cna@gmail.com', phone: '+16145550192',
    phoneDisplay: '614.555.0192', address: 'Columbus, OH 43207', occupation: 'Certified Nursing Assistant / Home Health Aide', country: 'US',
    profile: 'Caring STNA with long-term care, memory care and home health experience. Reliable, works all shifts.',
    skills: ['Activities of daily living (ADLs)', 'Vital signs', 'Dementia care', 'Hoyer lift transfers', 'PointClickCare charting', 'Feeding assistance', 'CPR'],
    skillSynonyms: { 'Activities of daily living (ADLs)': ['ADLs', 'personal care'], 'Vital signs': ['vitals'], 'Dementia care': ['memory care', 'Alzheimer care'], 'Hoyer lift transfers': ['patient transfers', 'Hoyer lift'], 'PointClickCare charting': ['PointClickCare', 'charting'], 'Feeding assistance': ['feeding'] },
    jobs: [
      { company: 'Brookhaven Senior Living', town: 'Columbus, OH', title: 'STNA – Memory Care', start: '2022-05', end: null, duties: ['Care for 14 residents on a secured memory care unit', 'Chart ADLs and vitals in PointClickCare'] },
      { company: 'Comfort Keepers of Central Ohio', title: 'Home Health Aide', start: '2019-08', end: '2022-04', duties: ['Visited 5–6 clients a day for bathing, meals and errands'] },
      { company: 'Kroger', town: 'Grove City, OH', title: 'Cashier', start: '2017-06', end: '2019-07', duties: ['Front-end cashier and self-checkout attendant'] },
    ],
    education: [
      { school: 'Columbus State Community College', award: 'STNA Training Program', years: '2019' },
      { school: 'Marion-Franklin High School', award: 'High School Diploma', years: '2017' },
    ],
    certificates: ['Ohio STNA Registry #0462871', 'BLS (American Heart Association)'],
  },
  {
    id: 'p13', language: 'mixed', name: 'Vivian Zhang', printedName: 'Vivian Zhang 张薇', nameZh: '张薇', email: 'vivian.zhang.pharm@gmail.com', phone: '+447700900519',
    phoneDisplay: '07700 900519', address: 'Didsbury, Manchester M20', occupation: 'Community Pharmacist', country: 'UK (born in Chengdu, China)',
    profile: 'GPhC-registered pharmacist, trained in China and the UK, managing a busy community pharmacy. Fluent Mandarin and Sichuanese.',
    skills: ['Clinical medication reviews', 'NHS Pharmacy First', 'Controlled drugs management', 'Independent prescribing', 'Vaccination (flu, COVID-19)', 'ProScript Connect', 'Staff training'],
    skillSynonyms: { 'Clinical medication reviews': ['medication review', 'medicines review'], 'NHS Pharmacy First': ['Pharmacy First'], 'Controlled drugs management': ['controlled drugs'], 'Independent prescribing': ['prescribing'], 'Vaccination (flu, COVID-19)': ['vaccination', 'immunisation'], 'ProScript Connect': ['ProScript'], 'Staff training': ['training'] },
    jobs: [
      { company: 'Parkside Pharmacy Group', town: 'Manchester', title: 'Pharmacist Manager', start: '2021-06', end: null, duties: ['Manage a 100-hour pharmacy dispensing 9,000 items a month', 'Launched Pharmacy First and a travel clinic'] },
      { company: 'Boots UK', town: 'Stockport', title: 'Relief Pharmacist', start: '2019-08', end: '2021-05', duties: ['Relief cover across 11 stores in Greater Manchester'], kind: 'locum' },
      { company: 'Boots UK', town: 'Stockport', title: 'Pre-registration Pharmacist', start: '2018-07', end: '2019-07', duties: ['Pre-registration year, passed GPhC assessment first time'], kind: 'internship' },
      { company: '四川大学华西医院 (West China Hospital)', town: 'Chengdu', title: 'Hospital Pharmacist 药师', start: '2014-07', end: '2016-08', duties: ['Inpatient dispensing and TPN preparation'] },
    ],
    education: [
      { school: 'University of Manchester', award: 'MPharm (OSPAP route) — Overseas Pharmacists Assessment Programme', years: '2017 – 2018' },
      { school: '四川大学 Sichuan University', award: 'BSc Pharmacy 药学学士', years: '2010 – 2014' },
    ],
    certificates: ['GPhC registration 2219634', 'Independent Prescriber (2023)'], languages: ['English', 'Mandarin 普通话 (native)', 'Sichuanese'],
  },
  {
    id: 'p14', language: 'mixed', name: 'Jason Chen', printedName: 'Jason Chen (陈立军)', nameZh: '陈立军', email: 'jason.lj.chen@icloud.com', phone: '+61491570311',
    phoneDisplay: '0491 570 311', address: 'Epping NSW 2121', occupation: 'Senior Civil Engineer', country: 'Australia (born in Wuhan, China)',
    profile: 'Chartered civil engineer (CPEng) with road, rail and tunnelling experience in China and Sydney.',
    skills: ['Civil 3D', '12d Model', 'Drainage design', 'Pavement design', 'Construction staging', 'Design coordination', 'AutoCAD'],
    skillSynonyms: { 'Civil 3D': ['AutoCAD Civil 3D'], '12d Model': ['12d'], 'Drainage design': ['stormwater design', 'drainage'], 'Pavement design': ['pavements'], 'Construction staging': ['staging'], 'Design coordination': ['design management'] },
    jobs: [
      { company: 'Harbourline Infrastructure Partners', town: 'Sydney', title: 'Senior Civil Engineer', start: '2020-01', end: null, duties: ['Drainage and pavement lead on a $1.1B motorway upgrade', 'Coordinate civil, structures and utilities designers'] },
      { company: 'GHD-Wexford Joint Venture', town: 'Parramatta', title: 'Civil Engineer', start: '2016-11', end: '2019-12', duties: ['Light rail stop design and staging drawings'] },
      { company: '中铁十一局集团有限公司', town: 'Wuhan', title: 'Assistant Engineer 助理工程师', start: '2010-07', end: '2014-06', duties: ['Site engineer on a 14 km metro tunnel section', 'Quantities and daily site reports'] },
    ],
    education: [
      { school: 'UNSW Sydney', award: 'Master of Engineering (Civil)', years: '2014 – 2016' },
      { school: '华中科技大学 Huazhong University of Science and Technology', award: 'B.Eng. Civil Engineering', years: '2006 – 2010' },
    ],
    certificates: ['CPEng, NER (Engineers Australia)', 'RPEQ'], languages: ['English', 'Mandarin (native)'],
  },
  {
    id: 'p15', language: 'mixed', name: 'Meiling Huang', printedName: 'Meiling Huang 黄美玲', nameZh: '黄美玲', email: 'chef.meiling.huang@gmail.com', phone: '+16045550166',
    phoneDisplay: '604-555-0166', address: 'Richmond, BC V6X 2A9', occupation: 'Sous Chef', country: 'Canada (born in Guangzhou, China)',
    profile: 'Red Seal cook with Cantonese banquet and fine dining experience, now sous chef of a 180-seat restaurant.',
    skills: ['Cantonese cuisine', 'Dim sum', 'Wok cooking', 'Menu costing', 'FOODSAFE Level 2 procedures', 'Kitchen staff scheduling', 'Inventory ordering'],
    skillSynonyms: { 'Cantonese cuisine': ['Cantonese cooking', 'Chinese cuisine'], 'Dim sum': ['dim sum preparation'], 'Wok cooking': ['wok'], 'Menu costing': ['food costing', 'costing'], 'FOODSAFE Level 2 procedures': ['FOODSAFE', 'food safety'], 'Kitchen staff scheduling': ['scheduling', 'staff scheduling'], 'Inventory ordering': ['ordering', 'inventory'] },
    jobs: [
      { company: 'Golden Lotus Seafood Restaurant', town: 'Richmond, BC', title: 'Sous Chef', start: '2021-04', end: null, duties: ['Run the line of 14 cooks for dinner service', 'Cut food cost from 36% to 31%'] },
      { company: 'The Wharfside Hotel Vancouver', town: 'Vancouver, BC', title: 'Line Cook', start: '2018-02', end: '2020-03', duties: ['Garde manger and hot line for banquets up to 400'] },
      { company: '广州白天鹅宾馆 White Swan Hotel', town: 'Guangzhou', title: 'Commis Cook 厨师', start: '2012-09', end: '2016-12', duties: ['Dim sum kitchen, then roast meats (烧腊) section'] },
    ],
    education: [
      { school: 'Vancouver Community College', award: 'Culinary Arts Certificate', years: '2017' },
      { school: '广州市旅游商务职业学校', award: 'Chinese Cooking Diploma 中餐烹饪', years: '2009 – 2012' },
    ],
    gap: { from: '2020-04', to: '2021-03', note: 'Restaurant closures (COVID-19); family care' },
    certificates: ['Red Seal Cook (2020)', 'FOODSAFE Level 2'], languages: ['English', 'Cantonese', 'Mandarin'],
  },
  {
    id: 'p16', language: 'mixed', name: 'Howard Xu', printedName: 'Howard Xu (徐浩然)', nameZh: '徐浩然', email: 'howard.xu.data@gmail.com', phone: '+14085550138',
    phoneDisplay: '(408) 555-0138', address: 'San Jose, CA', occupation: 'Data Engineer (Contract)', country: 'US (born in Hangzhou, China)',
    profile: 'Data engineer on W2 / C2C contracts, building batch and streaming pipelines. Green card holder.',
    skills: ['Python', 'Apache Spark', 'Airflow', 'Snowflake', 'dbt', 'Kafka', 'AWS (S3, Glue, EMR)', 'SQL'],
    skillSynonyms: { 'Apache Spark': ['Spark', 'PySpark'], 'Airflow': ['Apache Airflow'], 'AWS (S3, Glue, EMR)': ['AWS', 'Amazon Web Services'], 'Kafka': ['Apache Kafka'] },
    jobs: [
      { company: 'Redwood Pay Inc. (via Tekvista Solutions)', town: 'San Jose, CA', title: 'Senior Data Engineer (Contract)', start: '2024-01', end: null, duties: ['Migrated 240 Airflow DAGs from Redshift to Snowflake', 'dbt models for finance reporting'], kind: 'contract' },
      { company: 'Lumora Health', town: 'Palo Alto, CA', title: 'Data Engineer', start: '2020-09', end: '2023-11', duties: ['Kafka and Spark Structured Streaming for device telemetry', 'Cut EMR spend by 40%'] },
      { company: 'Lumora Health', town: 'Palo Alto, CA', title: 'Data Engineering Intern', start: '2019-06', end: '2019-08', duties: ['Built a data quality checker in Python'], kind: 'internship' },
      { company: '杭州网易科技有限公司', town: 'Hangzhou', title: 'Software Engineer 软件工程师', start: '2015-07', end: '2018-07', duties: ['Backend services in Java for a game analytics platform'] },
    ],
    education: [
      { school: 'San Jose State University', award: 'M.S. Data Analytics', years: '2018 – 2020' },
      { school: '浙江大学 Zhejiang University', award: 'B.S. Computer Science', years: '2011 – 2015' },
    ],
    certificates: ['AWS Certified Data Engineer – Associate'], languages: ['English', 'Mandarin'],
  },
];
