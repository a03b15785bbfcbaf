/**
 * heldout-62: sixteen invented people. Every name, employer, school, address, e-mail and phone number is invented;
 * numbers only have the right shape for their country. Each person's documents print exactly these facts.
 */

export type Lang = 'en' | 'zh' | 'mixed';

export interface Job {
  /** Employer exactly as every document of the person prints it. */
  company: string;
  title: string;
  /** Chinese title for mixed people's Chinese-leaning documents. */
  titleZh?: string;
  town: string;
  townZh?: string;
  start: string;
  end: string | null;
  duties: string[];
  dutiesZh?: string[];
  /** 'intern' | 'part-time' … printed where a template has room for it. */
  kind?: string;
  reason?: string;
  /** First day / last day for day-level templates (defaults: 1st / last day of the month). */
  startDay?: number;
  endDay?: number;
}

export interface Skill {
  text: string;
  syn?: string[];
}

export interface School {
  school: string;
  degree: string;
  start: string;
  end: string;
  town?: string;
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
  /** The name as the truth records it (mixed people: the Chinese name). */
  name: string;
  /** Latin form printed beside or instead of it (English name, pinyin, romanisation). */
  latin?: string;
  email: string;
  /** E.164 of the person's own mobile. */
  phone: string;
  /** How the person writes the mobile at home. */
  phoneLocal: string;
  /** How it is written for foreign readers. */
  phoneIntl: string;
  others: { label: string; number: string }[];
  address: string;
  addressZh?: string;
  town: string;
  headline: string;
  headlineZh?: string;
  summary: string;
  summaryZh?: string;
  skills: Skill[];
  languages: string[];
  certs: string[];
  education: School[];
  referees: Referee[];
  jobs: Job[];
  extra: Record<string, any>;
}

export const people: Person[] = [
  // ───────────────────────────── English ─────────────────────────────
  {
    id: 'p01', language: 'en', name: 'Siobhán Ní Bhriain',
    email: 'siobhan.nibhriain@postlann.ie', phone: '+353871946275', phoneLocal: '087 194 6275', phoneIntl: '+353 87 194 6275',
    others: [{ label: 'Work', number: '091 742 318' }],
    address: '14 Bóthar na Trá, Salthill, Galway H91 X2F7', town: 'Galway',
    headline: 'Senior Environmental Consultant · GIS',
    summary: 'Ecologist and GIS specialist with twelve years of field survey, assessment and mapping work along the west coast, fluent in Irish and used to leading survey teams in Gaeltacht communities.',
    skills: [
      { text: 'ArcGIS Pro', syn: ['ArcGIS'] },
      { text: 'QGIS' },
      { text: 'Habitat mapping (Fossitt)', syn: ['habitat mapping'] },
      { text: 'Appropriate Assessment screening', syn: ['AA screening', 'Appropriate Assessment'] },
      { text: 'Environmental Impact Assessment', syn: ['EIA'] },
      { text: 'Python (arcpy, GeoPandas)', syn: ['Python'] },
      { text: 'UAV / drone survey', syn: ['drone survey', 'UAV'] },
      { text: 'Water quality monitoring (WFD)', syn: ['water quality monitoring', 'WFD'] },
    ],
    languages: ['Irish (native speaker)', 'English (native speaker)', 'French (B1)'],
    certs: ['Safe Pass (valid to 2027)', 'EASA A1/A3 drone pilot certificate', 'Full clean driving licence (B)'],
    education: [
      { school: 'Western Atlantic University', degree: 'BSc (Hons) Environmental Science', start: '2010-09', end: '2014-06', town: 'Galway' },
      { school: 'Shannon Institute of Technology', degree: 'MSc GIS and Remote Sensing (part-time)', start: '2016-09', end: '2018-06', town: 'Limerick' },
    ],
    referees: [
      { name: 'Dr Pádraig Ó Conghaile', role: 'Director, Tír Glas Environmental Ltd', phone: '086 310 5527', email: 'padraig@tirglas.ie' },
      { name: 'Máire Breathnach', role: 'Head of Planning, Údarás Forbartha Chonamara', phone: '091 595 104' },
    ],
    jobs: [
      { company: 'Corrib Ecological Consultants', title: 'Graduate Field Ecologist', town: 'Galway', start: '2014-09', end: '2017-03',
        duties: ['Carried out habitat, bat and otter surveys for road and wind-farm projects', 'Prepared field maps and data sheets for ecological reports'] },
      { company: 'Corrib Ecological Consultants', title: 'Ecologist', town: 'Galway', start: '2017-04', end: '2018-12',
        duties: ['Wrote Appropriate Assessment screening reports for county councils', 'Supervised two graduate surveyors'] },
      { company: 'Údarás Forbartha Chonamara', title: 'GIS & Environmental Officer', town: 'Carraroe', start: '2019-01', end: '2022-08',
        duties: ['Built the authority’s GIS of Gaeltacht land holdings and protected sites', 'Ran environmental screening of enterprise-park developments, in Irish and English'] },
      { company: 'Tír Glas Environmental Ltd', title: 'Senior Environmental Consultant', town: 'Galway', start: '2022-09', end: null,
        duties: ['Lead EIA chapters on biodiversity and water for coastal projects', 'Manage a team of four ecologists and the drone survey programme'] },
    ],
    extra: {},
  },
  {
    id: 'p02', language: 'en', name: 'Oluwaseun Adebayo-Hart',
    email: 'seun.adebayohart@outlook.com', phone: '+447700900418', phoneLocal: '07700 900418', phoneIntl: '+44 7700 900418',
    others: [{ label: 'Home', number: '020 8123 4471' }],
    address: 'Flat 3, 22 Brockley Rise, London SE23 1NS', town: 'London',
    headline: 'Head of Credit Risk Modelling',
    summary: 'Credit risk modeller with twelve years in banks, a building society and fintech lending: IFRS 9, IRB and stress-testing models from build to validation.',
    skills: [
      { text: 'IFRS 9 ECL modelling', syn: ['IFRS 9', 'expected credit loss'] },
      { text: 'Basel III IRB', syn: ['Basel III', 'IRB'] },
      { text: 'Stress testing' },
      { text: 'Model validation' },
      { text: 'SAS' },
      { text: 'Python' },
      { text: 'SQL' },
      { text: 'Power BI' },
    ],
    languages: ['English (native)', 'Yoruba (conversational)'],
    certs: ['FRM – Financial Risk Manager (GARP), 2017', 'CFA Level II candidate'],
    education: [{ school: 'University of East Thames', degree: 'BSc Economics and Statistics, First Class', start: '2011-09', end: '2014-06', town: 'London' }],
    referees: [{ name: 'Priya Raman', role: 'Chief Risk Officer, Alder Point Capital', phone: '07700 900731' }],
    jobs: [
      { company: 'Eastfield Asset Management', title: 'Summer Intern, Risk', town: 'London', start: '2013-06', end: '2013-08', kind: 'internship',
        duties: ['Built a VBA tool to reconcile counterparty exposure reports'] },
      { company: 'Marlowe & Crane Bank plc', title: 'Graduate Analyst, Credit Risk', town: 'London', start: '2014-09', end: '2016-08',
        duties: ['Rotations in retail credit, model monitoring and credit MI'] },
      { company: 'Marlowe & Crane Bank plc', title: 'Credit Risk Analyst', town: 'London', start: '2016-09', end: '2018-12',
        duties: ['Monitored PD and LGD models for the mortgage book', 'Prepared quarterly model performance packs for the Model Risk Committee'] },
      { company: 'Harwich Mutual Building Society', title: 'Senior Credit Risk Analyst', town: 'Chelmsford', start: '2019-01', end: '2021-10',
        duties: ['Rebuilt the IFRS 9 staging and ECL models in SAS', 'Led the society’s first climate stress-test submission'] },
      { company: 'Alder Point Capital', title: 'Credit Risk Manager', town: 'London', start: '2021-11', end: '2024-03',
        duties: ['Owned SME lending scorecards and the credit-decision engine rules', 'Cut first-payment default by 18 % with new affordability checks'] },
      { company: 'Kestrel Fintech Ltd', title: 'Head of Credit Risk Modelling', town: 'London', start: '2024-04', end: null,
        duties: ['Run a team of six building IFRS 9 and pricing models in Python', 'Present model changes to the Board Risk Committee'] },
    ],
    extra: {},
  },
  {
    id: 'p03', language: 'en', name: 'Aigerim Seitkali',
    email: 'aigerim.seitkali@mail.kz', phone: '+77015284619', phoneLocal: '8 701 528 4619', phoneIntl: '+7 (701) 528-46-19',
    others: [{ label: 'Home', number: '+7 (727) 395-17-42' }],
    address: 'Al-Farabi Ave. 77/8, apt. 41, Bostandyk district, Almaty 050040', town: 'Almaty',
    headline: 'Supply Chain / Demand Planning Lead',
    summary: 'Supply-chain analyst with eleven years in freight forwarding, retail and agri-trading in Kazakhstan; strong in forecasting, SAP and cross-border (EAEU / China) logistics.',
    skills: [
      { text: 'SAP ERP (MM/SD)', syn: ['SAP'] },
      { text: 'Demand forecasting' },
      { text: 'Inventory optimisation', syn: ['inventory optimization'] },
      { text: '1C:Enterprise', syn: ['1C'] },
      { text: 'Advanced Excel (Power Query, Power Pivot)', syn: ['Excel'] },
      { text: 'Power BI' },
      { text: 'Incoterms 2020', syn: ['Incoterms'] },
      { text: 'Customs documentation (EAEU)', syn: ['customs documentation'] },
    ],
    languages: ['Kazakh – native', 'Russian – native', 'English – C1 (IELTS 7.5)', 'Chinese – basic (HSK 2)'],
    certs: ['ASCM CPIM Part 1 preparation course, 72 hours (2021)'],
    education: [{ school: 'Almaty University of Economics and Trade', degree: 'Bachelor of Logistics', start: '2011-09', end: '2015-06', town: 'Almaty' }],
    referees: [{ name: 'Daulet Zhaksybekov', role: 'Supply Chain Director, «Alatau Retail Group» JSC', phone: '+7 (777) 214-60-33' }],
    jobs: [
      { company: '«Steppe Freight Forwarding» LLP', title: 'Logistics Coordinator', town: 'Almaty', start: '2015-08', end: '2017-12',
        duties: ['Arranged rail and road shipments from China through Khorgos', 'Prepared transit declarations and EAEU customs documents'] },
      { company: '«Alatau Retail Group» JSC', title: 'Supply Chain Analyst', town: 'Almaty', start: '2018-01', end: '2020-05',
        duties: ['Built weekly replenishment models for 46 supermarkets', 'Moved stock reports from 1C to SAP during the ERP migration'] },
      { company: '«Alatau Retail Group» JSC', title: 'Senior Supply Chain Analyst', town: 'Almaty', start: '2020-06', end: '2022-09',
        duties: ['Reduced out-of-stock rate from 7.9 % to 4.1 %', 'Led a team of three analysts'] },
      { company: '«Eurasia Agro Trading» LLP', title: 'Demand Planning Lead', town: 'Almaty', start: '2022-10', end: null,
        duties: ['Own the S&OP forecast for grain and oilseed exports to China and Uzbekistan', 'Introduced Power BI dashboards for sales and logistics'] },
    ],
    extra: { fullName: 'Seitkali Aigerim Nurlanovna', dob: '14.03.1993', telegram: '@aigerim_sc', salary: 'from 900 000 KZT net' },
  },
  {
    id: 'p04', language: 'en', name: 'Rosalind M. Achterberg',
    email: 'rma@calderforensic.com', phone: '+19165550147', phoneLocal: '(916) 555-0147', phoneIntl: '+1 916 555 0147',
    others: [{ label: 'Office', number: '(916) 555-0110 ext. 204' }, { label: 'Fax', number: '(916) 555-0119' }],
    address: '1820 J Street, Suite 400, Sacramento, CA 95811', town: 'Sacramento',
    headline: 'Forensic Structural Engineer',
    summary: 'Licensed civil and structural engineer with eighteen years of design and forensic practice; investigates structural failures and construction defects and testifies in state and federal courts.',
    skills: [
      { text: 'Structural failure analysis' },
      { text: 'Construction defect investigation' },
      { text: 'Seismic evaluation (ASCE 41)', syn: ['ASCE 41', 'seismic assessment'] },
      { text: 'Building code analysis (IBC/CBC)', syn: ['IBC', 'CBC'] },
      { text: 'Finite element analysis (SAP2000, ETABS)', syn: ['FEA', 'SAP2000', 'ETABS'] },
      { text: '3D laser scanning', syn: ['laser scanning'] },
      { text: 'Expert witness testimony', syn: ['expert testimony'] },
      { text: 'AutoCAD' },
    ],
    languages: ['English', 'Dutch (conversational)'],
    certs: ['Professional Engineer (Civil), California No. C 78213', 'Structural Engineer, California No. S 6142'],
    education: [
      { school: 'Marin State University', degree: 'B.S., Civil Engineering', start: '1999-09', end: '2003-06', town: 'San Rafael, CA' },
      { school: 'Cascadia University', degree: 'Ph.D., Structural Engineering', start: '2003-09', end: '2008-06', town: 'Portland, OR' },
    ],
    referees: [
      { name: 'Michael T. Degnan, S.E.', role: 'Founding Principal, Hollister Degnan Structural Engineers', phone: '(415) 555-0163', email: 'mdegnan@hdse.com' },
      { name: 'Hon. Carla Whitfield (Ret.)', role: 'Mediator, Delta Dispute Resolution', phone: '(916) 555-0188' },
      { name: 'Prof. Anil Sethuraman', role: 'Chair, Civil Engineering, Capitol Valley University', phone: '(916) 555-0172', email: 'sethuraman@cvu.edu' },
    ],
    jobs: [
      { company: 'Hollister Degnan Structural Engineers', title: 'Staff Engineer', town: 'San Francisco, CA', start: '2008-07', end: '2012-05',
        duties: ['Designed steel and concrete framing for mid-rise residential and school buildings', 'Prepared calculations and drawings for DSA review'] },
      { company: 'Hollister Degnan Structural Engineers', title: 'Project Engineer', town: 'San Francisco, CA', start: '2012-06', end: '2015-08',
        duties: ['Led seismic retrofit projects of soft-story wood buildings', 'Performed peer reviews of non-linear analyses'] },
      { company: 'Calder Forensic Group, Inc.', title: 'Senior Forensic Engineer', town: 'Sacramento, CA', start: '2015-09', end: '2020-12',
        duties: ['Investigated over 140 structural failure and construction defect claims', 'Prepared expert reports and testified at deposition and trial'] },
      { company: 'Capitol Valley University', title: 'Adjunct Lecturer, Civil Engineering (part-time)', town: 'Sacramento, CA', start: '2017-08', end: '2022-05', kind: 'part-time',
        duties: ['Taught CE 147 Timber and Masonry Design and CE 190 Forensic Engineering'] },
      { company: 'Calder Forensic Group, Inc.', title: 'Principal', town: 'Sacramento, CA', start: '2021-01', end: null,
        duties: ['Lead the structural practice (nine engineers)', 'Serve as designated expert in structural and construction matters'] },
    ],
    extra: {
      postnominals: 'Ph.D., P.E., S.E.',
      testimony: [
        ['Marquez v. Sierra Ridge Homeowners Association', 'Superior Court of California, County of Placer', 'No. SCV-0047213', 'Deposition, 2023'],
        ['Delta Pacific Builders, Inc. v. Northbay Steel Fabricators', 'Superior Court of California, County of Sacramento', 'No. 34-2022-00318762', 'Deposition and trial, 2024'],
        ['In re Riverbend Parking Structure Collapse', 'U.S. District Court, Eastern District of California', 'No. 2:23-cv-01184', 'Deposition, 2025'],
        ['Okafor v. Granite Bay Plaza, LLC', 'Superior Court of California, County of El Dorado', 'No. 24CV0912', 'Arbitration testimony, 2026'],
      ],
      publications: [
        'Achterberg, R. M., and Sethuraman, A. (2023). “Connection failures in post-tensioned parking decks.” Journal of Performance of Constructed Facilities, 37(4).',
        'Achterberg, R. M. (2019). “Water intrusion and the collapse of wood balconies.” Structure Magazine, June 2019.',
      ],
    },
  },
  {
    id: 'p05', language: 'en', name: 'Tāne Kereama',
    email: 'tane@kereama.nz', phone: '+64211583064', phoneLocal: '021 158 3064', phoneIntl: '+64 21 158 3064',
    others: [],
    address: 'Newtown, Wellington 6021', town: 'Wellington',
    headline: 'Senior Site Reliability Engineer',
    summary: 'Site reliability engineer who likes boring, well-monitored infrastructure. Ten years from developer to SRE, mostly Kubernetes, Terraform and AWS for logistics and cloud companies.',
    skills: [
      { text: 'Kubernetes', syn: ['K8s'] },
      { text: 'Terraform' },
      { text: 'AWS' },
      { text: 'Go', syn: ['Golang'] },
      { text: 'Python' },
      { text: 'CI/CD (GitHub Actions, GitLab CI)', syn: ['CI/CD'] },
      { text: 'Prometheus & Grafana', syn: ['Prometheus', 'Grafana'] },
      { text: 'Linux administration', syn: ['Linux'] },
    ],
    languages: ['English', 'te reo Māori (conversational)'],
    certs: ['Certified Kubernetes Administrator (CKA), 2022', 'AWS Certified Solutions Architect – Professional, 2024'],
    education: [{ school: 'Bay of Plenty Institute of Technology', degree: 'Bachelor of Software Engineering', start: '2011-02', end: '2014-11', town: 'Tauranga' }],
    referees: [],
    jobs: [
      { company: 'Kōwhai Software Ltd', title: 'Junior Developer', town: 'Tauranga', start: '2015-02', end: '2017-06',
        duties: ['Built booking and invoicing features for a Rails app used by kiwifruit packhouses'] },
      { company: 'Te Awa Digital', title: 'Systems Engineer', town: 'Wellington', start: '2017-07', end: '2020-03',
        duties: ['Looked after 300+ Linux servers for government web clients', 'Automated builds with Ansible and Jenkins'] },
      { company: 'Harbourline Logistics NZ', title: 'DevOps Engineer', town: 'Wellington', start: '2020-04', end: '2023-01',
        duties: ['Moved the freight-tracking platform to EKS with Terraform', 'Set up Prometheus alerting and an on-call rota'] },
      { company: 'Pounamu Cloud Ltd', title: 'Senior Site Reliability Engineer', town: 'Wellington', start: '2023-02', end: null,
        duties: ['Run multi-region Kubernetes for 40 product teams', 'Own SLOs, incident reviews and capacity planning'] },
    ],
    extra: { pgp: 'A41F 92C0 7B3E 0D15 66A2  C9E8 1F4B 3D27 90AC 5E11', signal: 'tane.42' },
  },
  {
    id: 'p06', language: 'en', name: 'Ellie-Mae Thornbury',
    email: 'elliemae.thornbury@gmail.com', phone: '+61412558207', phoneLocal: '0412 558 207', phoneIntl: '+61 412 558 207',
    others: [],
    address: 'Manunda, Cairns QLD 4870', town: 'Cairns',
    headline: 'Hospitality & farm all-rounder (Working Holiday visa)',
    summary: 'Friendly, reliable worker from Bristol (UK) on a Working Holiday visa: four years as an NHS healthcare assistant, then farm and bar work across Victoria, New South Wales and Queensland.',
    skills: [
      { text: 'Customer service' },
      { text: 'Barista (espresso, latte art)', syn: ['barista'] },
      { text: 'Cocktail making' },
      { text: 'Manual handling' },
      { text: 'Forklift operation' },
      { text: 'Personal care' },
      { text: 'Cash handling & POS (Square, Lightspeed)', syn: ['POS', 'cash handling'] },
      { text: 'Food safety' },
    ],
    languages: ['English (native)'],
    certs: ['RSA – Responsible Service of Alcohol (QLD), 2025', 'High Risk Work Licence – Forklift (LF), 2025', 'First Aid HLTAID011, 2025', 'UK full driving licence (accepted in QLD)'],
    education: [{ school: 'City of Bristol Skills College', degree: 'Level 3 Diploma in Adult Care', start: '2018-09', end: '2020-06', town: 'Bristol' }],
    referees: [
      { name: 'Greg Pappas', role: 'Packing Shed Supervisor, Sunraysia Citrus Co.', phone: '0429 113 845' },
      { name: 'Jess Nguyen', role: 'Bar Manager, Saltwater Kitchen & Bar', phone: '0437 202 918' },
    ],
    jobs: [
      { company: 'Bean & Bramble Coffee', title: 'Barista (part-time)', town: 'Bristol, UK', start: '2016-10', end: '2018-08', kind: 'part-time',
        duties: ['Made coffee for a busy city-centre café, opened and closed the shop'] },
      { company: 'Cotham Lodge Care Home', title: 'Care Assistant', town: 'Bristol, UK', start: '2018-09', end: '2020-08',
        duties: ['Personal care for 28 residents living with dementia'] },
      { company: 'Avonmead Health NHS Trust', title: 'Healthcare Assistant', town: 'Bristol, UK', start: '2020-09', end: '2024-12',
        duties: ['Observations, patient moving and handling on a surgical ward', 'Trained new HCAs on the ward'] },
      { company: 'Sunraysia Citrus Co.', title: 'Fruit Picker & Packer', town: 'Mildura VIC 3500', start: '2025-02', end: '2025-05', startDay: 3, endDay: 30,
        duties: ['Picked mandarins and oranges, packed and graded in the shed', 'Drove the forklift loading bins'] },
      { company: 'Redgum Berry Farms Pty Ltd', title: 'Picker & Packhouse Hand', town: 'Coffs Harbour NSW 2450', start: '2025-06', end: '2025-09', startDay: 9, endDay: 12,
        duties: ['Picked blueberries to quality targets', 'Punnet packing and cool-room stock rotation'] },
      { company: 'Saltwater Kitchen & Bar', title: 'Bartender / F&B Attendant', town: 'Cairns QLD 4870', start: '2025-10', end: null, startDay: 6,
        duties: ['Cocktail and coffee bar for 180 covers', 'Cash-up, stock takes and RSA compliance'] },
    ],
    extra: {
      abn: { 'Sunraysia Citrus Co.': '51 824 753 556', 'Redgum Berry Farms Pty Ltd': '37 609 218 404', 'Saltwater Kitchen & Bar': '72 115 684 930' },
      days: { 'Sunraysia Citrus Co.': 79, 'Redgum Berry Farms Pty Ltd': 71 },
      visa: 'Working Holiday (subclass 417) – second-year visa granted, valid to 02/2027',
    },
  },
  {
    id: 'p07', language: 'en', name: 'Daniel Ojeda Villacís',
    email: 'daniel.ojeda.v@hotmail.com', phone: '+593987164203', phoneLocal: '098 716 4203', phoneIntl: '+593 98 716 4203',
    others: [{ label: 'Office (Quito)', number: '(02) 394-1187' }],
    address: 'Av. de los Shyris N36-120, Quito 170135, Ecuador', town: 'Quito',
    headline: 'Export Quality & Compliance Manager (agronomist)',
    summary: 'Agronomist with fourteen years in export floriculture and fresh produce: crop protection, post-harvest quality, GLOBALG.A.P. and phytosanitary compliance for US and EU buyers.',
    skills: [
      { text: 'Integrated Pest Management (IPM)', syn: ['IPM'] },
      { text: 'GLOBALG.A.P. audits', syn: ['GlobalGAP', 'GLOBALG.A.P.'] },
      { text: 'Post-harvest handling' },
      { text: 'Phytosanitary export certification', syn: ['phytosanitary certification'] },
      { text: 'HACCP' },
      { text: 'Cold chain management' },
      { text: 'SAP Business One', syn: ['SAP B1'] },
      { text: 'Microsoft Excel', syn: ['Excel'] },
    ],
    languages: ['Spanish (native)', 'English (C1 – TOEFL iBT 102)', 'Kichwa (basic)'],
    certs: ['GLOBALG.A.P. IFA v6 internal auditor (2022)', 'HACCP Level 3 (2019)'],
    education: [{ school: 'Universidad Central Andina', degree: 'Ingeniero Agrónomo (B.Sc. Agronomy, 5-year degree)', start: '2007-10', end: '2012-09', town: 'Quito' }],
    referees: [{ name: 'Ing. Verónica Paredes', role: 'Operations Director, Tropigreen Produce Ecuador S.A.', phone: '+593 99 402 7716' }],
    jobs: [
      { company: 'Rosas del Cayambe S.A.', title: 'Agronomy Intern', town: 'Cayambe', start: '2012-10', end: '2013-03', kind: 'internship',
        duties: ['Scouted greenhouses for thrips and mildew and logged data'] },
      { company: 'Rosas del Cayambe S.A.', title: 'Crop Protection Technician', town: 'Cayambe', start: '2013-04', end: '2016-07',
        duties: ['Ran the IPM programme on 32 hectares of roses', 'Trained spray crews on safe pesticide use'] },
      { company: 'Andean Bloom Exports Cía. Ltda.', title: 'Quality Assurance Supervisor', town: 'Tabacundo', start: '2016-08', end: '2020-11',
        duties: ['Supervised post-harvest grading and cold rooms for 14 farms', 'Prepared the farms for GLOBALG.A.P. and Rainforest audits'] },
      { company: 'Tropigreen Produce Ecuador S.A.', title: 'Export Quality & Compliance Manager', town: 'Quito', start: '2020-12', end: null,
        duties: ['Manage phytosanitary certification of flower and pitahaya exports to the US and EU', 'Reduced buyer claims by 35 % with cold-chain temperature loggers'] },
    ],
    extra: { cedula: '17xxxxxx-3' },
  },
  // ───────────────────────────── Chinese ─────────────────────────────
  {
    id: 'p08', language: 'zh', name: '欧阳晨曦', latin: 'Ouyang Chenxi',
    email: 'ouyangcx@foxmail.com', phone: '+8613916428057', phoneLocal: '139 1642 8057', phoneIntl: '+86 139 1642 8057',
    others: [],
    address: '上海市徐汇区漕溪北路 ××弄', town: '上海',
    headline: '数据产品总监 / 数据分析',
    summary: '十年互联网数据分析经验，从数据分析师到数据产品负责人，擅长用户增长分析、指标体系和实验平台建设。',
    skills: [
      { text: 'SQL' },
      { text: 'Python' },
      { text: 'Hive / Spark', syn: ['Hive', 'Spark'] },
      { text: 'Tableau' },
      { text: 'A/B 实验设计', syn: ['A/B测试', 'A/B testing'] },
      { text: '用户增长分析', syn: ['增长分析'] },
      { text: '指标体系搭建', syn: ['指标体系'] },
      { text: '机器学习建模', syn: ['机器学习'] },
    ],
    languages: ['英语（CET-6）'],
    certs: ['CDA 数据分析师二级（2019年）'],
    education: [{ school: '华东财经大学', degree: '统计学 本科', start: '2011-09', end: '2015-06', town: '上海' }],
    referees: [],
    jobs: [
      { company: '上海途岚信息科技有限公司', title: '数据分析实习生', town: '上海', start: '2015-03', end: '2015-06', kind: '实习',
        duties: ['整理日活、留存报表，编写 SQL 取数脚本'] },
      { company: '上海途岚信息科技有限公司', title: '数据分析师', town: '上海', start: '2015-07', end: '2018-02',
        duties: ['负责旅游产品线的经营分析周报和专题分析', '搭建渠道转化漏斗看板（Tableau）'] },
      { company: '杭州云栖优选电子商务有限公司', title: '高级数据分析师', town: '杭州', start: '2018-03', end: '2021-05',
        duties: ['负责会员与用户增长分析，推动复购率提升 12%', '设计 A/B 实验方案并评估 60 余个实验'] },
      { company: '上海麦穗网络科技有限公司', title: '数据分析经理', town: '上海', start: '2021-06', end: '2023-12',
        duties: ['带领 8 人分析团队，建立公司级指标体系', '推动埋点治理与数据质量监控'] },
      { company: '上海麦穗网络科技有限公司', title: '数据产品总监', town: '上海', start: '2024-01', end: null,
        duties: ['负责实验平台与自助分析产品的规划和落地', '管理数据产品与分析团队共 15 人'] },
    ],
    extra: {},
  },
  {
    id: 'p09', language: 'zh', name: '冉秋月', latin: 'Ran Qiuyue',
    email: 'qiuyue.ran@126.com', phone: '+8615828467731', phoneLocal: '158 2846 7731', phoneIntl: '+86 158 2846 7731',
    others: [],
    address: '四川省成都市郫都区犀浦镇 ××路 ××号', town: '成都',
    headline: '质量经理',
    summary: '十五年汽车零部件与电气设备制造业质量管理经验，持六西格玛黑带，熟悉 IATF 16949 体系和客户审核。',
    skills: [
      { text: '六西格玛（DMAIC）', syn: ['六西格玛', 'Six Sigma'] },
      { text: 'SPC 统计过程控制', syn: ['SPC'] },
      { text: 'FMEA' },
      { text: 'IATF 16949 体系', syn: ['IATF 16949'] },
      { text: 'Minitab' },
      { text: '8D 问题解决', syn: ['8D'] },
      { text: 'MSA 测量系统分析', syn: ['MSA'] },
      { text: 'PPAP' },
    ],
    languages: ['英语（CET-4）'],
    certs: ['六西格玛黑带（2019年）', 'IATF 16949 内审员'],
    education: [{ school: '西南工学院', degree: '机械设计制造及其自动化 本科', start: '2007-09', end: '2011-06', town: '成都' }],
    referees: [],
    jobs: [
      { company: '成都锦辉精密模具有限公司', title: '质检员', town: '成都', start: '2011-07', end: '2013-12',
        duties: ['负责冲压模具零件的来料与过程检验', '填写检验记录并跟踪不合格品处理'] },
      { company: '成都锦辉精密模具有限公司', title: '质量工程师', town: '成都', start: '2014-01', end: '2016-09',
        duties: ['负责客户投诉 8D 分析与纠正措施', '建立关键尺寸 SPC 控制图'] },
      { company: '四川蜀川汽车零部件有限公司', title: '高级质量工程师', town: '成都', start: '2016-10', end: '2020-06',
        duties: ['主导新项目 PPAP 提交和过程 FMEA', '推动 IATF 16949 换版认证一次通过'] },
      { company: '德阳瑞丰电气设备有限公司', title: '质量经理', town: '德阳', start: '2020-07', end: null,
        duties: ['管理质量部 22 人，负责体系、检验和客户质量', '主导六西格玛项目，年节约质量成本约 310 万元'] },
    ],
    extra: {
      hr: { '成都锦辉精密模具有限公司': '028-8763 5120', '四川蜀川汽车零部件有限公司': '028-6812 4477' },
      idMasked: '5101**********1826',
      projects: [
        ['降低变压器外壳焊接不良率', '2021.03—2021.11', '项目负责人（黑带）', '126'],
        ['缩短绝缘件来料检验周期', '2022.05—2022.12', '项目负责人（黑带）', '48'],
        ['刹车卡钳壳体气孔改善', '2018.09—2019.06', '黑带学员', '85'],
      ],
    },
  },
  {
    id: 'p10', language: 'zh', name: '張詠晴', latin: 'Chang Yung-Ching',
    email: 'yungching.chang@gmail.com', phone: '+886932517806', phoneLocal: '0932-517-806', phoneIntl: '+886 932 517 806',
    others: [{ label: '市話', number: '(04)2358-6091' }],
    address: '台中市西屯區福星路 ×× 號 ×樓', town: '台中',
    headline: '財會經理',
    summary: '十三年會計與財務經驗：會計師事務所查帳、製造業成本會計與財會主管，熟悉 IFRS 報表與稅務申報。',
    skills: [
      { text: '鼎新ERP（Workflow）', syn: ['鼎新ERP'] },
      { text: 'SAP FI/CO', syn: ['SAP'] },
      { text: 'Excel 樞紐分析', syn: ['Excel'] },
      { text: 'IFRS 財報編製', syn: ['IFRS'] },
      { text: '營業稅及營所稅申報', syn: ['稅務申報'] },
      { text: '成本會計' },
      { text: '內部控制制度', syn: ['內控'] },
      { text: 'Power BI' },
    ],
    languages: ['英文（TOEIC 785）', '台語'],
    certs: ['會計事務技術士乙級', '記帳士考試及格（2015）'],
    education: [{ school: '中台灣科技大學', degree: '會計系 學士', start: '2009-09', end: '2013-06', town: '台中' }],
    referees: [],
    jobs: [
      { company: '鼎億聯合會計師事務所', title: '查帳員', town: '台中', start: '2013-07', end: '2016-02', startDay: 1, endDay: 29,
        duties: ['中小企業財簽及稅簽查核', '編製查核工作底稿'] },
      { company: '宏昕精密工業股份有限公司', title: '會計專員', town: '台中', start: '2016-03', end: '2019-08',
        duties: ['應收應付帳款與月結作業', '成本計算與存貨盤點'] },
      { company: '宏昕精密工業股份有限公司', title: '會計課長', town: '台中', start: '2019-09', end: '2022-04',
        duties: ['管理 4 人會計課，導入 SAP FI/CO', '編製合併報表與營所稅申報'] },
      { company: '聯穎國際物流股份有限公司', title: '財會經理', town: '台中', start: '2022-05', end: null, startDay: 2,
        duties: ['負責財務、會計與稅務，管理 7 人', '建立 Power BI 管理報表並完成 IFRS 16 導入'] },
    ],
    extra: {
      laobao: [
        { unit: '鼎億聯合會計師事務所', code: '0412 7735', wage: ['26,400'] },
        { unit: '宏昕精密工業股份有限公司', code: '0409 2218', wage: ['33,300', '45,800'] },
        { unit: '聯穎國際物流股份有限公司', code: '0436 5902', wage: ['45,800'] },
      ],
      birthRoc: '民國 80 年 9 月',
    },
  },
  {
    id: 'p11', language: 'zh', name: '麥嘉欣', latin: 'MAK Ka Yan',
    email: 'kayan.mak@netvigator.com', phone: '+85291627438', phoneLocal: '9162 7438', phoneIntl: '+852 9162 7438',
    others: [{ label: '住宅', number: '2341 8860' }],
    address: '九龍觀塘協和街 ×× 號 ×× 樓 ×室', town: '香港',
    headline: '航空貨運客戶服務經理',
    summary: '十四年空運貨代及航空貨運站經驗，熟悉出口文件、危險品及客戶服務管理。',
    skills: [
      { text: 'CargoWise One', syn: ['CargoWise'] },
      { text: 'IATA 危險品規例（DGR）', syn: ['IATA DGR', '危險品規例'] },
      { text: '空運出口文件處理', syn: ['出口文件'] },
      { text: '報關（TDEC）', syn: ['報關'] },
      { text: '客戶關係管理', syn: ['CRM'] },
      { text: '團隊管理' },
      { text: 'Excel（樞紐分析表、VLOOKUP）', syn: ['Excel'] },
      { text: 'SAP' },
    ],
    languages: ['廣東話（母語）', '英語（良好）', '普通話（良好）'],
    certs: ['IATA 危險品規例 第 6 類 證書（2024 年續期）'],
    education: [
      { school: '香港東區專業學院', degree: '物流管理高級文憑', start: '2010-09', end: '2012-07', town: '香港' },
      { school: '南港大學', degree: '供應鏈管理（榮譽）文學士（兼讀）', start: '2015-09', end: '2018-07', town: '香港' },
    ],
    referees: [],
    jobs: [
      { company: '港輝貨運代理有限公司', title: '文員', town: '香港', start: '2012-09', end: '2015-03', startDay: 3, endDay: 31,
        duties: ['處理空運出口訂艙及文件', '輸入貨運資料及跟進客戶查詢'] },
      { company: '港輝貨運代理有限公司', title: '營運主任', town: '香港', start: '2015-04', end: '2018-06', startDay: 1, endDay: 29,
        duties: ['統籌出口貨物收貨、報關及交機場貨站', '督導三名文員'] },
      { company: '翔達航空貨運服務有限公司', title: '高級營運主任', town: '香港', start: '2018-07', end: '2022-10', startDay: 3, endDay: 31,
        duties: ['負責危險品貨物接收及文件核對', '編排更表及處理航班異常'] },
      { company: '翔達航空貨運服務有限公司', title: '客戶服務經理', town: '香港', start: '2022-11', end: null, startDay: 1,
        duties: ['管理 12 人客戶服務組，處理航空公司及貨代客戶', '推行 CargoWise 電子文件，減少紙本文件六成'] },
    ],
    extra: { hkid: 'K123***(7)', seeker: 'JS-2026-0481736', company: { switchboard: '2769 3000' }, emergency: ['麥志強（父）', '9031 5526'] },
  },
  {
    id: 'p12', language: 'zh', name: '黎焕章', latin: 'Li Huanzhang',
    email: '2871463059@qq.com', phone: '+8613560287419', phoneLocal: '135 6028 7419', phoneIntl: '+86 135 6028 7419',
    others: [{ label: '微信', number: 'lihz_gz' }],
    address: '广州市番禺区市桥街 ××路 ××号', town: '广州',
    headline: '外贸部经理',
    summary: '十四年外贸经验，熟悉照明、小家电出口全流程，主攻欧洲、中东和南美市场。',
    skills: [
      { text: '阿里巴巴国际站运营', syn: ['阿里国际站'] },
      { text: '外贸单证（信用证、报关）', syn: ['外贸单证'] },
      { text: '海外客户开发', syn: ['客户开发'] },
      { text: 'Incoterms 2020', syn: ['国际贸易术语'] },
      { text: '商务英语谈判', syn: ['英语谈判'] },
      { text: '金蝶K3 ERP', syn: ['金蝶K3'] },
      { text: '展会组织（广交会）', syn: ['展会组织'] },
      { text: 'Excel' },
    ],
    languages: ['英语（CET-6，可作商务谈判）', '粤语（母语）'],
    certs: ['外贸单证员证书', '大学英语六级'],
    education: [{ school: '岭南外经贸学院', degree: '国际经济与贸易 本科', start: '2008-09', end: '2012-06', town: '广州' }],
    referees: [],
    jobs: [
      { company: '广州穗通进出口贸易有限公司', title: '外贸跟单员', town: '广州', start: '2012-07', end: '2015-04',
        duties: ['跟进订单生产进度、验货和出运', '制作发票、箱单、产地证等单证'] },
      { company: '广州穗通进出口贸易有限公司', title: '外贸业务员', town: '广州', start: '2015-05', end: '2017-12',
        duties: ['开发中东及非洲客户，年出口额约 180 万美元', '参加广交会并跟进展会客户'] },
      { company: '佛山市科润家电有限公司', title: '海外销售主管', town: '佛山', start: '2018-01', end: '2021-08',
        duties: ['带领 5 人团队负责欧洲、南美市场', '运营阿里巴巴国际站，询盘量提升 40%'] },
      { company: '广州澳森照明科技有限公司', title: '外贸部经理', town: '广州', start: '2021-09', end: null,
        duties: ['管理外贸部 11 人，年出口额 1,200 万美元', '负责大客户谈判、信用证风险控制和展会'] },
    ],
    extra: {
      hr: { '广州穗通进出口贸易有限公司': '020-8622 4130', '佛山市科润家电有限公司': '0757-2881 6502' },
      idMasked: '4401**********3517',
      markets: {
        '广州穗通进出口贸易有限公司': ['纺织品、小五金', '中东、非洲', '约 80 万 / 180 万美元'],
        '佛山市科润家电有限公司': ['电风扇、电暖器', '欧洲、南美', '约 650 万美元'],
        '广州澳森照明科技有限公司': ['LED 商业照明', '欧洲、中东、南美', '约 1,200 万美元'],
      },
      clients: [['Helvar Lichttechnik GmbH', '德国', '2019 年起'], ['Al Noor Electrical Trading LLC', '阿联酋', '2016 年起'], ['Iluminación Andina S.A.S.', '哥伦比亚', '2022 年起']],
    },
  },
  // ───────────────────────────── Mixed ─────────────────────────────
  {
    id: 'p13', language: 'mixed', name: '陈伟杰', latin: 'Tan Wei Jie',
    email: 'weijie.tan.me@gmail.com', phone: '+6596418372', phoneLocal: '9641 8372', phoneIntl: '+65 9641 8372',
    others: [{ label: 'Office', number: '6327 1408' }],
    address: 'Blk 412 Ang Mo Kio Ave 10, #08-1127, Singapore 560412', addressZh: '新加坡宏茂桥10道 412座', town: 'Singapore',
    headline: 'Facilities Manager (M&E)', headlineZh: '设施经理（机电）',
    summary: 'M&E engineer with thirteen years in building services and facilities management for commercial and mixed-use properties in Singapore.',
    summaryZh: '十三年新加坡商业及综合物业机电与设施管理经验。',
    skills: [
      { text: 'Chiller plant optimisation', syn: ['chiller optimization'] },
      { text: 'Building Management System (BMS)', syn: ['BMS'] },
      { text: 'AutoCAD' },
      { text: 'Preventive maintenance planning', syn: ['PM planning'] },
      { text: 'Energy audit (Green Mark)', syn: ['energy audit'] },
      { text: 'Fire protection systems' },
      { text: 'Contract management' },
      { text: 'Microsoft Project' },
    ],
    languages: ['English', 'Mandarin 华语', 'Hokkien (spoken)'],
    certs: ['Singapore Certified Energy Manager (SCEM), 2021', 'Licensed Electrical Worker – Electrical Technician grade'],
    education: [
      { school: 'Kallang Polytechnic', degree: 'Diploma in Mechanical Engineering', start: '2007-04', end: '2010-05', town: 'Singapore' },
      { school: 'Singapore Institute of Applied Science', degree: 'B.Eng. (Mechanical), part-time', start: '2016-08', end: '2019-12', town: 'Singapore' },
    ],
    referees: [],
    jobs: [
      { company: 'Lion City M&E Engineering Pte Ltd', title: 'Assistant Engineer', titleZh: '助理工程师', town: 'Singapore', start: '2013-07', end: '2016-06',
        duties: ['Site supervision of ACMV and plumbing installations', 'Prepared as-built drawings in AutoCAD'],
        dutiesZh: ['负责空调通风与给排水安装的现场监督', '用 AutoCAD 绘制竣工图'] },
      { company: 'Straits Facility Management Pte Ltd', title: 'M&E Engineer', titleZh: '机电工程师', town: 'Singapore', start: '2016-07', end: '2019-12',
        duties: ['Maintained chiller plants and BMS for three office towers', 'Managed term contractors for lifts and fire protection'],
        dutiesZh: ['维护三栋办公楼的冷水机组和楼宇自控系统', '管理电梯及消防定期维保承包商'] },
      { company: 'Straits Facility Management Pte Ltd', title: 'Senior M&E Engineer', titleZh: '高级机电工程师', town: 'Singapore', start: '2020-01', end: '2022-03',
        duties: ['Led chiller retrofit saving 1.9 GWh a year', 'Prepared Green Mark recertification'],
        dutiesZh: ['主导冷机改造，每年节电 190 万度', '负责绿色建筑标志（Green Mark）复审'] },
      { company: 'Marina Crest Properties Pte Ltd', title: 'Facilities Manager', titleZh: '设施经理', town: 'Singapore', start: '2022-04', end: null,
        duties: ['Run facilities for a 42-storey mixed-use development', 'Manage an annual maintenance budget of S$4.6 million'],
        dutiesZh: ['负责一栋 42 层综合体的设施管理', '管理每年 460 万新元的维保预算'] },
    ],
    extra: { nric: 'S87*****D' },
  },
  {
    id: 'p14', language: 'mixed', name: '许嘉怡', latin: 'Grace Xu',
    email: 'grace.xu.hr@outlook.com', phone: '+8618688452761', phoneLocal: '186 8845 2761', phoneIntl: '+86 186 8845 2761',
    others: [],
    address: 'Nanshan District, Shenzhen', addressZh: '深圳市南山区', town: 'Shenzhen',
    headline: 'Talent Acquisition Manager, Greater China', headlineZh: '大中华区招聘经理',
    summary: 'Recruiter with twelve years in agency and in-house talent acquisition for electronics and medical-device multinationals in South China.',
    summaryZh: '十二年招聘经验，先后在人力资源服务公司和外资电子、医疗器械企业负责招聘。',
    skills: [
      { text: 'Full-cycle recruitment', syn: ['全流程招聘'] },
      { text: 'Workday Recruiting', syn: ['Workday'] },
      { text: 'LinkedIn Recruiter' },
      { text: 'Employer branding', syn: ['雇主品牌'] },
      { text: 'Campus recruitment', syn: ['校园招聘'] },
      { text: 'Competency-based interviewing', syn: ['结构化面试'] },
      { text: 'HR analytics (Excel, Power BI)', syn: ['HR analytics'] },
      { text: 'PRC labour law', syn: ['劳动法'] },
    ],
    languages: ['Mandarin (native)', 'Cantonese (fluent)', 'English (fluent, IELTS 7.0)'],
    certs: ['企业人力资源管理师（二级）/ HR Manager, Level 2 (2018)'],
    education: [{ school: '华南商学院', degree: 'B.A. Human Resource Management / 人力资源管理 本科', start: '2010-09', end: '2014-06', town: 'Guangzhou' }],
    referees: [],
    jobs: [
      { company: '深圳鹏城人力资源服务有限公司', title: 'Recruitment Specialist', titleZh: '招聘专员', town: 'Shenzhen', townZh: '深圳', start: '2014-07', end: '2016-09',
        duties: ['Recruited production and engineering staff for electronics clients', 'Ran weekly job fairs in Bao’an'],
        dutiesZh: ['为电子制造客户招聘生产及工程人员', '组织宝安区每周招聘会'] },
      { company: 'Avantis Electronics (Shenzhen) Co., Ltd.', title: 'HR Generalist', titleZh: '人力资源专员', town: 'Shenzhen', townZh: '深圳', start: '2016-10', end: '2019-03',
        duties: ['Recruitment, onboarding and employee relations for a 1,800-person plant'],
        dutiesZh: ['负责 1,800 人工厂的招聘、入职和员工关系'] },
      { company: 'Avantis Electronics (Shenzhen) Co., Ltd.', title: 'Talent Acquisition Lead', titleZh: '招聘主管', town: 'Shenzhen', townZh: '深圳', start: '2019-04', end: '2022-06',
        duties: ['Led a team of four recruiters; hired 260 engineers in two years', 'Launched the campus programme with six universities'],
        dutiesZh: ['带领 4 人招聘团队，两年招聘工程师 260 人', '与六所高校建立校园招聘项目'] },
      { company: 'Nordlicht Medical Devices (Shenzhen) Co., Ltd.', title: 'Talent Acquisition Manager, Greater China', titleZh: '大中华区招聘经理', town: 'Shenzhen', townZh: '深圳', start: '2022-07', end: null,
        duties: ['Own hiring for China, Hong Kong and Taiwan (120–150 hires a year)', 'Moved requisitions to Workday Recruiting and cut time-to-fill to 38 days'],
        dutiesZh: ['负责中国大陆、香港和台湾的招聘（每年 120–150 人）', '将招聘流程迁移至 Workday，平均到岗周期缩短至 38 天'] },
    ],
    extra: { income: { 2022: 'RMB 512,000', 2023: 'RMB 648,000', 2024: 'RMB 702,000', 2025: 'RMB 756,000' } },
  },
  {
    id: 'p15', language: 'mixed', name: '宋致远', latin: 'Zhiyuan Song',
    email: 'zhiyuan.song@posteo.de', phone: '+4915123847619', phoneLocal: '0151 2384 7619', phoneIntl: '+49 151 2384 7619',
    others: [],
    address: 'Schleißheimer Str. 212, 80797 München', town: 'Munich',
    headline: 'Technical Lead, Functional Safety Software', headlineZh: '功能安全软件技术负责人',
    summary: 'Embedded software engineer with fourteen years in automotive electronics in Shanghai and Munich: AUTOSAR basic software, ISO 26262 and safety-critical C.',
    summaryZh: '十四年汽车电子嵌入式软件经验（上海、慕尼黑），专注 AUTOSAR 与功能安全。',
    skills: [
      { text: 'AUTOSAR Classic', syn: ['AUTOSAR'] },
      { text: 'Embedded C', syn: ['C'] },
      { text: 'C++' },
      { text: 'ISO 26262', syn: ['functional safety'] },
      { text: 'MISRA C' },
      { text: 'CAN / CAN FD', syn: ['CAN'] },
      { text: 'Vector CANoe', syn: ['CANoe'] },
      { text: 'Python' },
    ],
    languages: ['Chinese (native)', 'German (C1)', 'English (C1)'],
    certs: ['TÜV Functional Safety Engineer (Automotive), 2020'],
    education: [{ school: '上海申江大学 (Shanghai Shenjiang University)', degree: 'B.Eng. Automation', start: '2008-09', end: '2012-06', town: 'Shanghai' }],
    referees: [],
    jobs: [
      { company: '上海蓝湾汽车电子有限公司', title: 'Software Engineer', titleZh: '软件工程师', town: 'Shanghai', townZh: '上海', start: '2012-07', end: '2015-08',
        duties: ['Developed body-control ECU software in C', 'Wrote CANoe test scripts for the supplier test bench'],
        dutiesZh: ['用 C 语言开发车身控制器软件', '编写 CANoe 测试脚本'] },
      { company: 'Isar Drive Systems GmbH', title: 'Embedded Software Engineer', titleZh: '嵌入式软件工程师', town: 'Munich', townZh: '慕尼黑', start: '2015-10', end: '2019-03',
        duties: ['Configured AUTOSAR BSW for inverter controllers', 'Fixed MISRA C findings across 180k lines of code'],
        dutiesZh: ['配置逆变器控制器的 AUTOSAR 基础软件', '整改 18 万行代码的 MISRA C 问题'] },
      { company: 'Isar Drive Systems GmbH', title: 'Senior Embedded Software Engineer', titleZh: '高级嵌入式软件工程师', town: 'Munich', townZh: '慕尼黑', start: '2019-04', end: '2022-06',
        duties: ['Safety software architecture to ASIL D', 'Mentored four junior engineers'],
        dutiesZh: ['负责 ASIL D 安全软件架构', '指导四名初级工程师'] },
      { company: 'Vantor Mobility AG', title: 'Technical Lead, Functional Safety Software', titleZh: '功能安全软件技术负责人', town: 'Munich', townZh: '慕尼黑', start: '2022-07', end: null,
        duties: ['Lead a team of nine for battery-management safety software', 'Represent software in ISO 26262 assessments'],
        dutiesZh: ['带领 9 人团队开发电池管理安全软件', '代表软件团队参加 ISO 26262 评估'] },
    ],
    extra: {},
  },
  {
    id: 'p16', language: 'mixed', name: '韩立新', latin: 'Han Lixin',
    email: 'hanlixin1986@163.com', phone: '+254712604387', phoneLocal: '0712 604 387', phoneIntl: '+254 712 604 387',
    others: [{ label: 'Company office (Nairobi)', number: '+254 20 271 4455' }],
    address: 'Kilimani, Nairobi, Kenya', addressZh: '肯尼亚内罗毕 Kilimani', town: 'Nairobi',
    headline: 'Deputy Project Manager (Highways)', headlineZh: '公路项目副经理',
    summary: 'Highway engineer with seventeen years on road and bridge projects in China and East Africa; ten years in Kenya on FIDIC contracts.',
    summaryZh: '十七年公路桥梁施工经验，其中十年在肯尼亚从事 FIDIC 合同项目。',
    skills: [
      { text: 'Highway construction management' },
      { text: 'AutoCAD Civil 3D', syn: ['Civil 3D'] },
      { text: 'Quantity surveying', syn: ['QS'] },
      { text: 'Pavement quality control', syn: ['pavement QC'] },
      { text: 'Primavera P6', syn: ['P6'] },
      { text: 'Total station surveying', syn: ['total station'] },
      { text: 'HSE management', syn: ['HSE'] },
      { text: 'FIDIC contract administration', syn: ['FIDIC'] },
    ],
    languages: ['Chinese (native)', 'English (working)', 'Kiswahili (basic)'],
    certs: ['一级建造师（公路工程）/ Class I Constructor (Highway), 2015'],
    education: [{ school: '长江交通学院 (Changjiang Jiaotong College)', degree: 'B.Eng. Road and Bridge Engineering', start: '2005-09', end: '2009-06', town: 'Wuhan' }],
    referees: [],
    jobs: [
      { company: '华岳路桥工程有限公司', title: 'Technician', titleZh: '技术员', town: 'Hubei', townZh: '湖北', start: '2009-07', end: '2012-06',
        duties: ['Setting-out and level surveys on expressway sections'],
        dutiesZh: ['负责高速公路标段的放样和水准测量'] },
      { company: '华岳路桥工程有限公司', title: 'Engineer', titleZh: '工程师', town: 'Hubei', townZh: '湖北', start: '2012-07', end: '2016-02',
        duties: ['Site engineer for a 28 km expressway section and two bridges', 'Prepared monthly quantity measurements'],
        dutiesZh: ['28 公里高速公路标段及两座桥梁的现场工程师', '编制月度计量'] },
      { company: 'East Africa Sinoroad Engineering Ltd.', title: 'Senior Site Engineer', titleZh: '高级现场工程师', town: 'Nairobi', townZh: '内罗毕', start: '2016-03', end: '2020-09',
        duties: ['Pavement works on a 64 km dual carriageway (FIDIC Red Book)', 'Trained Kenyan graduate engineers in QC testing'],
        dutiesZh: ['负责 64 公里双向四车道路面施工（FIDIC 红皮书）', '培训肯尼亚毕业生工程师做质检试验'] },
      { company: 'East Africa Sinoroad Engineering Ltd.', title: 'Deputy Project Manager', titleZh: '项目副经理', town: 'Nairobi', townZh: '内罗毕', start: '2020-10', end: null,
        duties: ['Deputy PM for a KES 9.8 bn bypass project; 420 staff', 'Run programme (P6), claims and HSE'],
        dutiesZh: ['98 亿肯先令绕城公路项目副经理，420 人', '负责进度计划（P6）、索赔和 HSE'] },
    ],
    extra: { passport: 'E9****317', wechat: 'hlx_nairobi', understudy: ['Eng. Brian Otieno Ochieng', 'Site Engineer', '+254 733 508 112'], hrPhone: '+254 20 271 4455' },
  },
];
