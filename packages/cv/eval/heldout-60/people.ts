/**
 * heldout-60: the sixteen invented people behind the set. Everything here is invented — people, employers, schools,
 * addresses, e-mails and numbers (UK numbers from Ofcom's drama range, Australian ones from ACMA's fictitious list,
 * North-American ones 555-01xx; the others only right in shape for their country).
 *
 * `work` is in date order; every entry is a role as the documents print it, so a promotion at one employer is a second
 * entry and part-time, voluntary, co-op and secondment rows that the documents print as posts are entries too.
 * `company` and `title` are printed exactly like this in every document of the person (documents may add a gloss on
 * another line, never inside the string).
 */

export type Lang = 'en' | 'zh' | 'mixed';
export type Kind = 'full' | 'part' | 'volunteer' | 'intern' | 'secondment' | 'fellowship' | 'casual';

export interface Job {
  company: string;
  title: string;
  start: string; // YYYY-MM
  end: string | null; // null = current
  town: string;
  kind: Kind;
  duties: string[];
  /** Chinese (or other) gloss of the employer, printed on its own line in some documents. */
  gloss?: string;
  /** One line about the employer (industry, size), used by a few templates. */
  about?: string;
}

export interface Edu {
  school: string;
  degree: string;
  start: string;
  end: string;
  town: string;
  mode?: string;
}

export interface Skill {
  /** As printed in every document of the person. */
  name: string;
  /** Synonyms / abbreviations for the truth file only. */
  alt?: string[];
}

export interface Person {
  id: string;
  language: Lang;
  /** The name as the truth counts it: Chinese for zh and mixed people. */
  name: string;
  /** Latin-script name (mixed people) or pinyin (zh people). */
  latin: string;
  family: string;
  given: string;
  gender: 'F' | 'M';
  born: string; // YYYY-MM-DD
  email: string;
  phone: string; // E.164 of the own mobile
  mobileLocal: string; // as people in that country write it
  otherPhones: { label: string; number: string }[];
  address: string[];
  city: string;
  country: string;
  headline: string;
  skills: Skill[];
  work: Job[];
  education: Edu[];
  languages: { name: string; level: string }[];
  certs: string[];
  referees: { name: string; role: string; phone: string }[];
}

export const REFERENCE = '2026-12';

const s = (name: string, ...alt: string[]): Skill => (alt.length ? { name, alt } : { name });

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Rhiannon Pryce', latin: 'Rhiannon Pryce', family: 'Pryce', given: 'Rhiannon', gender: 'F',
    born: '1989-11-02', email: 'rhiannon.pryce.hr@gmail.com', phone: '+447700900417', mobileLocal: '07700 900417',
    otherPhones: [{ label: 'Home', number: '029 2018 0562' }, { label: 'Work', number: '029 2018 0941 ext. 2207' }],
    address: ['14 Heol y Coed', 'Rhiwbina', 'Cardiff CF14 6HX'], city: 'Cardiff', country: 'United Kingdom',
    headline: 'HR systems and payroll analyst',
    skills: [s('Payroll processing'), s('iTrent'), s('SAP SuccessFactors', 'SuccessFactors'), s('Microsoft Excel', 'Excel'), s('Power BI'), s('SQL'),
      s('Pensions auto-enrolment'), s('HR reporting'), s('GDPR compliance', 'GDPR'), s('Process mapping')],
    work: [
      { company: 'Glanmor Housing Association', title: 'Payroll Assistant', start: '2011-09', end: '2014-03', town: 'Cardiff', kind: 'full', about: 'Housing association · 620 staff',
        duties: ['Processed weekly and monthly payroll for 620 staff', 'Reconciled HMRC RTI submissions and P11D returns'] },
      { company: 'Glanmor Housing Association', title: 'Payroll Officer', start: '2014-04', end: '2016-08', town: 'Cardiff', kind: 'full', about: 'Housing association · 620 staff',
        duties: ['Ran the monthly payroll end to end in iTrent', 'Managed the pensions auto-enrolment re-enrolment cycle'] },
      { company: 'Tarian Logistics Ltd', title: 'HR Systems Analyst', start: '2016-09', end: '2020-12', town: 'Newport', kind: 'full', about: 'Road haulage and warehousing · 1,400 staff',
        duties: ['Led the iTrent upgrade and self-service roll-out to 1,400 staff', 'Built Power BI absence and turnover dashboards for the board'] },
      { company: 'Penarth Sea Cadets', title: 'Volunteer Treasurer', start: '2018-01', end: '2022-06', town: 'Penarth', kind: 'volunteer', about: 'Youth charity · volunteer role, about 4 hours a week',
        duties: ['Kept the unit accounts and Gift Aid claims', 'Prepared the annual accounts for the trustees'] },
      { company: 'Cwm Taf Building Society', title: 'Senior HRIS Analyst', start: '2021-01', end: null, town: 'Pontypridd', kind: 'full', about: 'Mutual building society · 900 staff',
        duties: ['Own the SAP SuccessFactors Employee Central and payroll interfaces', 'Lead GDPR data-retention and HR reporting work'] },
    ],
    education: [
      { school: 'Llandaff Metropolitan University', degree: 'BSc (Hons) Business Management', start: '2008-09', end: '2011-06', town: 'Cardiff' },
      { school: 'Gwent School of Management', degree: 'CIPD Level 5 Associate Diploma in People Management', start: '2018-09', end: '2019-07', town: 'Newport', mode: 'part-time' },
    ],
    languages: [{ name: 'Welsh', level: 'native' }, { name: 'English', level: 'native' }, { name: 'French', level: 'A2' }],
    certs: ['Associate Member of the CIPD (Assoc CIPD), 2019', 'CIPP Payroll Technician Certificate, 2013', 'Driving licence: B'],
    referees: [{ name: 'Gareth Lloyd', role: 'Head of HR, Tarian Logistics Ltd', phone: '029 2018 0733' }],
  },
  {
    id: 'p02', language: 'en', name: 'Callum Birrell', latin: 'Callum Birrell', family: 'Birrell', given: 'Callum', gender: 'M',
    born: '1990-03-14', email: 'callum.birrell.qs@gmail.com', phone: '+61491570159', mobileLocal: '0491 570 159',
    otherPhones: [{ label: 'Home', number: '(07) 5550 3218' }],
    address: ['27 Kookaburra Crescent', 'Carindale QLD 4152'], city: 'Brisbane', country: 'Australia',
    headline: 'Estimating manager, civil infrastructure',
    skills: [s('Cost estimating'), s('CostX'), s('Primavera P6', 'P6'), s('Quantity take-off'), s('Tender preparation'), s('Earned value management', 'EVM'),
      s('Risk analysis (@Risk)', '@Risk', 'Risk analysis'), s('Contract administration'), s('Microsoft Excel', 'Excel')],
    work: [
      { company: 'Mackay Civil Pty Ltd', title: 'Cadet Estimator', start: '2009-01', end: '2010-12', town: 'Mackay QLD', kind: 'intern', about: 'Civil contractor · 180 staff',
        duties: ['Quantity take-offs for earthworks and drainage packages', 'Supplier and subcontractor quote comparisons'] },
      { company: 'Mackay Civil Pty Ltd', title: 'Estimator', start: '2011-01', end: '2014-06', town: 'Mackay QLD', kind: 'full', about: 'Civil contractor · 180 staff',
        duties: ['Priced civil tenders up to $25M', 'Built the company rate library in CostX'] },
      { company: 'Coral Coast Constructions', title: 'Senior Estimator', start: '2014-07', end: '2018-03', town: 'Brisbane QLD', kind: 'full', about: 'Road and bridge contractor · 650 staff',
        duties: ['Led estimates for road and bridge tenders to $120M', 'Priced the Kinbombi Creek bridge replacement (D&C)'] },
      { company: 'Burdekin Resources Services', title: 'Project Controls Lead (FIFO)', start: '2018-04', end: '2021-09', town: 'Moranbah QLD', kind: 'full', about: 'Mining services · 8/6 FIFO roster',
        duties: ['Cost and schedule control on a $340M mine expansion', 'Primavera P6 baselines and earned value reporting'] },
      { company: 'Coral Coast Constructions', title: 'Senior Estimator', start: '2021-10', end: '2023-05', town: 'Brisbane QLD', kind: 'full', about: 'Road and bridge contractor · 650 staff',
        duties: ['Rejoined to lead the infrastructure estimating team', 'Ran tender risk workshops and @Risk models'] },
      { company: 'Pacific Span Infrastructure', title: 'Estimating Manager', start: '2023-06', end: null, town: 'Brisbane QLD', kind: 'full', about: 'Infrastructure contractor · 1,100 staff',
        duties: ['Manage a team of six estimators', 'Bid/no-bid reviews, pricing strategy and subcontract procurement'] },
    ],
    education: [
      { school: 'Fitzroy University', degree: 'Bachelor of Construction Management', start: '2009-02', end: '2014-11', town: 'Mackay QLD', mode: 'part-time' },
    ],
    languages: [{ name: 'English', level: 'native' }],
    certs: ['White Card (General Construction Induction)', 'Standard 11 Coal Board Medical', 'First Aid HLTAID011', 'Open driver licence (C)'],
    referees: [{ name: 'Dean Hollis', role: 'Operations Manager, Coral Coast Constructions', phone: '0491 570 110' }, { name: 'Tanya Meehan', role: 'Project Director, Burdekin Resources Services', phone: '0491 570 313' }],
  },
  {
    id: 'p03', language: 'en', name: 'Marisol Quintero', latin: 'Marisol Quintero', family: 'Quintero', given: 'Marisol', gender: 'F',
    born: '1991-08-22', email: 'marisol.quintero.crc@gmail.com', phone: '+13125550147', mobileLocal: '(312) 555-0147',
    otherPhones: [{ label: 'Home', number: '(773) 555-0182' }, { label: 'Work', number: '(312) 555-0119 ext. 4410' }],
    address: ['1917 S. Loomis St., Apt 3R', 'Chicago, IL 60608'], city: 'Chicago', country: 'United States',
    headline: 'Senior clinical research coordinator, oncology',
    skills: [s('Informed consent'), s('Good Clinical Practice (GCP)', 'GCP', 'ICH-GCP'), s('Epic'), s('OnCore CTMS', 'OnCore'), s('REDCap'), s('Medidata Rave', 'Rave'),
      s('IRB submissions'), s('Phlebotomy'), s('Specimen processing'), s('Source documentation')],
    work: [
      { company: 'Lakeshore Mercy Hospital', title: 'Patient Care Technician', start: '2013-06', end: '2016-07', town: 'Chicago, IL', kind: 'full', about: 'Community hospital · 410 beds',
        duties: ['Vitals, phlebotomy and EKGs on a 32-bed med-surg unit'] },
      { company: 'Northfield University Medical Center', title: 'Clinical Research Assistant', start: '2016-08', end: '2019-02', town: 'Evanston, IL', kind: 'full', about: 'Academic medical center',
        duties: ['Screened and consented participants for nine oncology trials', 'Processed and shipped PK specimens'] },
      { company: 'Lakeshore Mercy Hospital', title: 'Patient Care Technician (PRN)', start: '2016-08', end: '2018-12', town: 'Chicago, IL', kind: 'part', about: 'Community hospital · 410 beds',
        duties: ['Weekend PRN shifts, about 16 hours a week'] },
      { company: 'Northfield University Medical Center', title: 'Clinical Research Coordinator II', start: '2019-03', end: '2022-10', town: 'Evanston, IL', kind: 'full', about: 'Academic medical center',
        duties: ['Coordinated 14 Phase I–III studies', 'Prepared IRB submissions and hosted monitoring visits'] },
      { company: 'Great Lakes Oncology Partners', title: 'Senior Clinical Research Coordinator', start: '2022-11', end: null, town: 'Chicago, IL', kind: 'full', about: 'Oncology practice · 9 sites',
        duties: ['Lead CRC for the GI oncology portfolio (22 active trials)', 'Train and mentor four coordinators'] },
    ],
    education: [{ school: 'Pullman State University', degree: 'B.S. Biological Sciences', start: '2009-08', end: '2013-05', town: 'Chicago, IL' }],
    languages: [{ name: 'Spanish', level: 'native' }, { name: 'English', level: 'fluent' }],
    certs: ['CCRC (ACRP), 2020', 'BLS (American Heart Association)', 'CITI Human Subjects Research, renewed 2025'],
    referees: [{ name: 'Dr. Howard Ketchum', role: 'Principal Investigator, Northfield University Medical Center', phone: '(312) 555-0163' }],
  },
  {
    id: 'p04', language: 'en', name: 'Owen MacIsaac', latin: 'Owen MacIsaac', family: 'MacIsaac', given: 'Owen', gender: 'M',
    born: '1990-01-30', email: 'omacisaac.gis@gmail.com', phone: '+19025550134', mobileLocal: '902-555-0134',
    otherPhones: [{ label: 'Home', number: '902-555-0187' }, { label: 'Work', number: '902-555-0162 ext. 318' }],
    address: ['88 Tidewater Lane', 'Dartmouth, NS  B2W 4K9'], city: 'Dartmouth', country: 'Canada',
    headline: 'Senior GIS developer',
    skills: [s('ArcGIS Pro'), s('QGIS'), s('Python'), s('PostgreSQL/PostGIS', 'PostGIS', 'PostgreSQL'), s('FME'), s('Utility Network'), s('JavaScript'), s('Git'), s('Docker')],
    work: [
      { company: 'Annapolis Geomatics Centre', title: 'GIS Technician (co-op)', start: '2012-05', end: '2012-08', town: 'Middleton, NS', kind: 'intern', about: 'Provincial mapping agency',
        duties: ['Digitised cadastral and hydrography layers'] },
      { company: 'Fundy Land Surveys Ltd.', title: 'GIS Technician', start: '2013-06', end: '2016-03', town: 'Windsor, NS', kind: 'full', about: 'Land surveying firm · 40 staff',
        duties: ['Processed survey data and drafted plans in AutoCAD Map and ArcGIS'] },
      { company: 'Harbourview Water Utility', title: 'GIS Analyst', start: '2016-04', end: '2020-08', town: 'Halifax, NS', kind: 'full', about: 'Municipal water utility',
        duties: ['Migrated the water network model to the Utility Network', 'Automated asset QA checks in Python'] },
      { company: 'Cobequid Community College', title: 'Part-time Instructor, GIS Certificate', start: '2019-09', end: '2022-04', town: 'Truro, NS', kind: 'part', about: 'Community college · evening programme',
        duties: ['Taught evening courses in spatial databases and Python'] },
      { company: 'Tidewater Spatial Inc.', title: 'Senior GIS Developer', start: '2020-09', end: null, town: 'Halifax, NS', kind: 'full', about: 'Geospatial software consultancy · 35 staff',
        duties: ['Build web mapping apps and FME/PostGIS pipelines for utility clients'] },
    ],
    education: [
      { school: 'Mount Kempt University', degree: 'BSc Geography (Honours)', start: '2008-09', end: '2012-04', town: 'Halifax, NS' },
      { school: 'Annapolis Valley Institute of Geomatics', degree: 'Advanced Diploma in GIS', start: '2012-09', end: '2013-05', town: 'Lawrencetown, NS' },
    ],
    languages: [{ name: 'English', level: 'native' }, { name: 'French', level: 'intermediate' }],
    certs: ['GISP (GIS Certification Institute), 2018', 'Esri Certified ArcGIS Pro Professional, 2021'],
    referees: [{ name: 'Marguerite Doucet', role: 'GIS Manager, Harbourview Water Utility', phone: '902-555-0171' }],
  },
  {
    id: 'p05', language: 'en', name: 'Bridget Haworth', latin: 'Bridget Haworth', family: 'Haworth', given: 'Bridget', gender: 'F',
    born: '1995-04-09', email: 'bhaworth.dairy@gmail.com', phone: '+64274938061', mobileLocal: '027 493 8061',
    otherPhones: [{ label: 'Home', number: '03 308 4172' }],
    address: ['412 Thompsons Track', 'RD 2', 'Ashburton 7772'], city: 'Ashburton', country: 'New Zealand',
    headline: 'Dairy farm manager',
    skills: [s('Calving'), s('Pasture management'), s('Herd health'), s('MINDA'), s('Effluent management'), s('Pivot irrigation'), s('Staff rostering'), s('Tractor operation')],
    work: [
      { company: 'Glenmark Dairies Ltd', title: 'Farm Assistant', start: '2014-06', end: '2016-05', town: 'Dunsandel', kind: 'full', about: '850 cows · 50-bail rotary',
        duties: ['Milking, calf rearing and fencing on an 850-cow farm'] },
      { company: 'Selwyn Relief Milking Co-op', title: 'Relief Milker (casual)', start: '2015-09', end: '2017-04', town: 'Selwyn district', kind: 'casual', about: 'Relief milking pool · 6 farms',
        duties: ['Weekend relief milkings on six farms'] },
      { company: 'Rakaia Downs Partnership', title: 'Herd Manager', start: '2016-06', end: '2019-05', town: 'Rakaia', kind: 'full', about: '620 cows · System 4',
        duties: ['Herd of 620 cows, mating and AB records in MINDA'] },
      { company: 'Glenmark Dairies Ltd', title: '2IC', start: '2019-06', end: '2021-05', town: 'Dunsandel', kind: 'full', about: '950 cows · 50-bail rotary',
        duties: ['Second-in-charge on 950 cows with four staff'] },
      { company: 'Hinds River Farming Ltd', title: 'Contract Milker', start: '2021-06', end: '2024-05', town: 'Hinds', kind: 'full', about: '780 cows · contract milking',
        duties: ['Contract milked 780 cows on a per-kgMS rate'] },
      { company: 'Hinds River Farming Ltd', title: 'Farm Manager', start: '2024-06', end: null, town: 'Hinds', kind: 'full', about: '1,050 cows · 6 staff',
        duties: ['Manage a 1,050-cow operation, six staff and the farm budget'] },
    ],
    education: [
      { school: 'Canterbury Primary Training Institute', degree: 'New Zealand Certificate in Agriculture (Dairy Farming) Level 4', start: '2015-02', end: '2016-11', town: 'Ashburton', mode: 'on-farm' },
      { school: 'Mid Canterbury College', degree: 'NCEA Level 3', start: '2009-02', end: '2013-12', town: 'Ashburton' },
    ],
    languages: [{ name: 'English', level: 'native' }],
    certs: ['Class 1 driver licence with F endorsement', 'Growsafe Standard certificate', 'First Aid (Workplace), 2025'],
    referees: [{ name: 'Rob Pattison', role: 'Owner, Rakaia Downs Partnership', phone: '027 318 5540' }, { name: 'Sarah Ellery', role: 'Director, Hinds River Farming Ltd', phone: '021 447 902' }],
  },
  {
    id: 'p06', language: 'en', name: 'Lakshmi Venkataraman', latin: 'Lakshmi Venkataraman', family: 'Venkataraman', given: 'Lakshmi', gender: 'F',
    born: '1986-05-17', email: 'lakshmi.v.ece@gmail.com', phone: '+919443618257', mobileLocal: '94436 18257',
    otherPhones: [{ label: 'Office', number: '0422-2645310' }],
    address: ['Plot 14, Sowdambika Nagar', 'Thudiyalur', 'Coimbatore – 641 034'], city: 'Coimbatore', country: 'India',
    headline: 'Assistant Professor (Senior Grade), Electronics and Communication Engineering',
    skills: [s('Embedded C'), s('VLSI design', 'VLSI'), s('Verilog HDL', 'Verilog'), s('MATLAB'), s('Xilinx Vivado', 'Vivado'), s('Cadence Virtuoso'), s('PCB design'), s('LabVIEW')],
    work: [
      { company: 'Kovai Embedded Systems Pvt. Ltd.', title: 'Design Engineer', start: '2008-07', end: '2011-05', town: 'Coimbatore', kind: 'full', about: 'Embedded product design',
        duties: ['Firmware for motor-control boards (ARM7, PIC)'] },
      { company: 'Sri Valli College of Engineering', title: 'Assistant Professor (Ad hoc)', start: '2011-06', end: '2013-05', town: 'Tiruppur', kind: 'full', about: 'Self-financing engineering college',
        duties: ['Taught digital electronics and microprocessors'] },
      { company: 'Sri Valli College of Engineering', title: 'Assistant Professor', start: '2013-06', end: '2016-12', town: 'Tiruppur', kind: 'full', about: 'Self-financing engineering college',
        duties: ['Regular appointment; VLSI laboratory in charge'] },
      { company: 'Bhavani Polytechnic College', title: 'Visiting Faculty (part-time)', start: '2014-07', end: '2016-04', town: 'Erode', kind: 'part', about: 'Polytechnic · weekend classes',
        duties: ['Weekend classes in electronic devices and circuits'] },
      { company: 'Noyyal Institute of Technology', title: 'Senior Research Fellow', start: '2017-01', end: '2019-12', town: 'Coimbatore', kind: 'fellowship', about: 'Autonomous institute · DST-funded project',
        duties: ['Low-power SRAM design under a DST-SERB project'] },
      { company: 'Noyyal Institute of Technology', title: 'Assistant Professor (Senior Grade)', start: '2020-01', end: null, town: 'Coimbatore', kind: 'full', about: 'Autonomous institute',
        duties: ['Teach VLSI design and embedded systems; guide two PhD scholars'] },
    ],
    education: [
      { school: 'Palghat Gap Engineering College', degree: 'B.E. Electronics and Communication Engineering', start: '2004-08', end: '2008-05', town: 'Coimbatore' },
      { school: 'Siruvani Institute of Technology', degree: 'M.E. VLSI Design', start: '2011-07', end: '2013-05', town: 'Coimbatore', mode: 'part-time' },
      { school: 'Western Ghats Technological University', degree: 'Ph.D. (Low-power VLSI)', start: '2017-01', end: '2021-03', town: 'Coimbatore' },
    ],
    languages: [{ name: 'Tamil', level: 'native' }, { name: 'English', level: 'fluent' }, { name: 'Hindi', level: 'working' }],
    certs: ['NPTEL Elite + Silver: CMOS Digital VLSI Design, 2019', 'Life Member, ISTE'],
    referees: [{ name: 'Dr. R. Sundararajan', role: 'Professor and Head, ECE, Noyyal Institute of Technology', phone: '94431 70226' }],
  },
  {
    id: 'p07', language: 'en', name: 'Aigerim Seitkali', latin: 'Aigerim Seitkali', family: 'Seitkali', given: 'Aigerim', gender: 'F',
    born: '1988-02-11', email: 'a.seitkali.geo@gmail.com', phone: '+77013842917', mobileLocal: '+7 701 384 29 17',
    otherPhones: [{ label: 'Home', number: '+7 (7122) 45-18-63' }],
    address: ['Avangard microdistrict 4, bld. 17, apt. 52', 'Atyrau 060011'], city: 'Atyrau', country: 'Kazakhstan',
    headline: 'Geoscience team lead, wellsite and reservoir geology',
    skills: [s('Petrel'), s('Techlog'), s('Wellsite geology'), s('Core description'), s('Reservoir characterisation'), s('Geosteering'), s('ArcGIS'), s('Microsoft Excel (VBA)', 'Excel', 'VBA')],
    work: [
      { company: 'Karatau Drilling Services LLP', title: 'Junior Geologist', start: '2010-08', end: '2012-12', town: 'Kyzylorda', kind: 'full', about: 'Drilling contractor',
        duties: ['Cuttings description and mud-log QC on exploration wells'] },
      { company: 'Karatau Drilling Services LLP', title: 'Geologist', start: '2013-01', end: '2015-09', town: 'Kyzylorda', kind: 'full', about: 'Drilling contractor',
        duties: ['Wellsite geologist on 14 development wells', 'Correlation panels and end-of-well reports'] },
      { company: 'Zhaiyk Caspian Operating LLP', title: 'Senior Geologist', start: '2015-10', end: '2019-06', town: 'Atyrau', kind: 'full', about: 'Oil and gas operator',
        duties: ['Core description and reservoir characterisation for a carbonate field', 'Static models in Petrel'] },
      { company: 'Zhaiyk Caspian Operating LLP', title: 'Lead Wellsite Geologist', start: '2019-07', end: '2022-02', town: 'Atyrau', kind: 'full', about: 'Oil and gas operator',
        duties: ['Led five wellsite geologists on a 28/28 rota', 'Geosteering of horizontal wells'] },
      { company: 'Caspian Subsurface Consultants LLP', title: 'Geoscience Team Lead', start: '2022-03', end: null, town: 'Atyrau', kind: 'full', about: 'Subsurface consultancy',
        duties: ['Lead a team of eight geoscientists on operator studies', 'Petrophysical QC in Techlog'] },
    ],
    education: [
      { school: 'Syrdariya Technical University', degree: 'Bachelor of Geology', start: '2006-09', end: '2010-06', town: 'Kyzylorda' },
      { school: 'North Sea Institute of Geoscience', degree: 'MSc Petroleum Geoscience (distance learning)', start: '2014-09', end: '2016-12', town: 'Aberdeen (online)', mode: 'distance' },
    ],
    languages: [{ name: 'Kazakh', level: 'native' }, { name: 'Russian', level: 'C2' }, { name: 'English', level: 'C1' }],
    certs: ['IOSH Managing Safely, 2018', 'BOSIET with CA-EBS, renewed 2025', 'IELTS Academic 7.5, 2021'],
    referees: [{ name: 'Daniyar Omarov', role: 'Chief Geologist, Zhaiyk Caspian Operating LLP', phone: '+7 701 552 10 48' }],
  },
  {
    id: 'p08', language: 'zh', name: '孙晓蕾', latin: 'Sun Xiaolei', family: '孙', given: '晓蕾', gender: 'F',
    born: '1990-04-16', email: 'sunxiaolei_sz@163.com', phone: '+8613826517403', mobileLocal: '138 2651 7403',
    otherPhones: [{ label: '办公电话', number: '0755-2831 6620' }],
    address: ['广东省深圳市龙华区民治街道', '梅龙路锦绣苑 6 栋 1203'], city: '深圳', country: '中国',
    headline: '采购经理',
    skills: [s('供应商开发与管理', '供应商管理'), s('成本分析'), s('SAP MM'), s('招投标管理', '招投标'), s('合同谈判'), s('金蝶K/3', '金蝶'), s('Excel 数据分析', 'Excel'), s('供应商审核')],
    work: [
      { company: '深圳市华晟电子有限公司', title: '采购助理', start: '2012-07', end: '2014-02', town: '深圳', kind: 'full', about: '电子元器件制造 · 800人',
        duties: ['请购单跟进、订单下达与交期催办', '供应商对账及付款申请'] },
      { company: '深圳市华晟电子有限公司', title: '采购专员', start: '2014-03', end: '2016-08', town: '深圳', kind: 'full', about: '电子元器件制造 · 800人',
        duties: ['负责被动元件品类采购，年采购额约 6000 万元', '新供应商导入与比价'] },
      { company: '东莞瑞腾精密制造有限公司', title: '高级采购工程师', start: '2016-09', end: '2019-12', town: '东莞', kind: 'full', about: '精密结构件 · 1500人',
        duties: ['负责五金、塑胶结构件采购及成本分析', '主导年度招投标，降本 8%'] },
      { company: '深圳市鸿拓智能科技有限公司', title: '采购主管', start: '2020-01', end: '2022-06', town: '深圳', kind: 'full', about: '智能硬件 · 1200人',
        duties: ['管理 5 人采购团队', '搭建供应商审核与绩效评价体系'] },
      { company: '深圳市鸿拓智能科技有限公司', title: '采购经理', start: '2022-07', end: null, town: '深圳', kind: 'full', about: '智能硬件 · 1200人',
        duties: ['负责全品类采购，年采购额约 4.5 亿元', '推动 SAP MM 上线与采购流程再造'] },
    ],
    education: [
      { school: '岭南商贸学院', degree: '本科 · 物流管理', start: '2008-09', end: '2012-06', town: '广州' },
      { school: '珠江理工大学', degree: '工商管理硕士（MBA，非全日制）', start: '2017-09', end: '2019-06', town: '广州', mode: '在职' },
    ],
    languages: [{ name: '英语', level: 'CET-6' }, { name: '粤语', level: '流利' }],
    certs: ['CPPM 注册职业采购经理（2018）', 'ISO 9001 内审员（2015）'],
    referees: [{ name: '陈志坚', role: '东莞瑞腾精密制造有限公司 供应链总监', phone: '135 1078 2264' }],
  },
  {
    id: 'p09', language: 'zh', name: '钟立新', latin: 'Zhong Lixin', family: '钟', given: '立新', gender: 'M',
    born: '1986-10-03', email: 'zhonglx_struct@126.com', phone: '+8613908064725', mobileLocal: '139 0806 4725',
    otherPhones: [{ label: '办公电话', number: '028-8612 7730' }],
    address: ['四川省成都市青羊区', '光华北三路 55 号 3 栋 2 单元 801'], city: '成都', country: '中国',
    headline: '结构总工程师',
    skills: [s('PKPM'), s('YJK'), s('ETABS'), s('SAP2000'), s('AutoCAD'), s('Revit'), s('抗震设计'), s('施工图审查')],
    work: [
      { company: '四川蜀兴建筑设计有限公司', title: '结构设计员', start: '2009-07', end: '2012-12', town: '成都', kind: 'full', about: '民营设计企业 · 甲级',
        duties: ['住宅及商业项目结构计算与施工图绘制'] },
      { company: '四川蜀兴建筑设计有限公司', title: '结构工程师', start: '2013-01', end: '2015-06', town: '成都', kind: 'full', about: '民营设计企业 · 甲级',
        duties: ['负责高层住宅结构设计，累计 80 余万平方米'] },
      { company: '成都天府城建设计研究院有限公司', title: '结构工程师', start: '2015-11', end: '2019-08', town: '成都', kind: 'full', about: '国有设计院',
        duties: ['超限高层结构设计及抗震专项审查报审'] },
      { company: '成都天府城建设计研究院有限公司', title: '高级工程师（结构专业负责人）', start: '2019-09', end: '2023-03', town: '成都', kind: 'full', about: '国有设计院',
        duties: ['担任结构专业负责人，主持医院、学校类项目 12 项'] },
      { company: '成都市浣花勘察设计研究院', title: '结构总工程师', start: '2023-04', end: null, town: '成都', kind: 'full', about: '事业单位',
        duties: ['负责院结构专业技术管理与施工图审查'] },
    ],
    education: [{ school: '蜀南理工学院', degree: '本科 · 土木工程', start: '2005-09', end: '2009-06', town: '自贡' }],
    languages: [{ name: '英语', level: 'CET-4' }],
    certs: ['一级注册结构工程师（2016）', '高级工程师（2019）'],
    referees: [{ name: '何建平', role: '成都天府城建设计研究院有限公司 总工程师', phone: '028-8763 2015' }],
  },
  {
    id: 'p10', language: 'zh', name: '葛文韬', latin: 'Ge Wentao', family: '葛', given: '文韬', gender: 'M',
    born: '1992-02-27', email: 'gewentao.dev@foxmail.com', phone: '+8615867129384', mobileLocal: '158 6712 9384',
    otherPhones: [],
    address: ['浙江省杭州市西湖区', '文一西路 998 号'], city: '杭州', country: '中国',
    headline: '技术主管 / Java 后端',
    skills: [s('Java'), s('Spring Boot'), s('MySQL'), s('Redis'), s('Kafka'), s('Docker'), s('Kubernetes', 'K8s'), s('Elasticsearch'), s('微服务架构', '微服务')],
    work: [
      { company: '杭州樱和软件有限公司', title: 'Java开发工程师', start: '2014-07', end: '2017-03', town: '杭州', kind: 'full', about: '对日软件外包 · 600人',
        duties: ['参与日本保险客户核心系统的详细设计与开发', '编写单体测试与结合测试式样书'] },
      { company: '杭州樱和软件有限公司', title: '驻日开发工程师', start: '2017-04', end: '2018-09', town: '东京', kind: 'secondment', about: '对日软件外包 · 600人',
        duties: ['驻场东京客户现场，负责批处理模块改修'] },
      { company: '杭州云栈信息技术有限公司', title: '高级Java开发工程师', start: '2018-10', end: '2021-12', town: '杭州', kind: 'full', about: 'SaaS 电商服务 · 300人',
        duties: ['订单中心微服务化改造，日均订单 300 万', '引入 Kafka 异步削峰'] },
      { company: '码上学堂（杭州）教育科技有限公司', title: '兼职讲师', start: '2020-03', end: '2021-06', town: '杭州', kind: 'part', about: 'IT 职业培训 · 周末授课',
        duties: ['周末讲授 Spring Boot 与 MySQL 课程'] },
      { company: '浙江数澜物流科技有限公司', title: '技术主管', start: '2022-01', end: null, town: '杭州', kind: 'full', about: '物流科技 · 450人',
        duties: ['带领 8 人后端团队，负责运单与结算系统', '推动容器化部署与 Kubernetes 迁移'] },
    ],
    education: [{ school: '钱塘科技学院', degree: '本科 · 软件工程', start: '2010-09', end: '2014-06', town: '杭州' }],
    languages: [{ name: '日语', level: 'JLPT N1' }, { name: '英语', level: 'CET-6' }],
    certs: ['软件设计师（中级，2016）', '阿里云 ACP 认证（2021）'],
    referees: [],
  },
  {
    id: 'p11', language: 'zh', name: '冉秋菊', latin: 'Ran Qiuju', family: '冉', given: '秋菊', gender: 'F',
    born: '1989-09-21', email: 'ranqiuju_cq@163.com', phone: '+8618623047615', mobileLocal: '186 2304 7615',
    otherPhones: [{ label: '办公电话', number: '023-6718 4402' }],
    address: ['重庆市渝北区', '龙溪街道金港新区 3 栋 16-4'], city: '重庆', country: '中国',
    headline: '财务主管',
    skills: [s('全盘账务处理'), s('纳税申报'), s('用友U8', '用友'), s('金蝶云星空', '金蝶'), s('财务报表分析'), s('成本核算'), s('Excel'), s('合并报表')],
    work: [
      { company: '重庆渝川物流有限公司', title: '出纳', start: '2011-07', end: '2013-06', town: '重庆', kind: 'full', about: '物流运输 · 300人',
        duties: ['现金及银行日记账、网银付款'] },
      { company: '重庆渝川物流有限公司', title: '会计', start: '2013-07', end: '2016-02', town: '重庆', kind: 'full', about: '物流运输 · 300人',
        duties: ['费用报销审核、往来核对与月度结账'] },
      { company: '重庆嘉陵汽车零部件有限公司', title: '总账会计', start: '2016-03', end: '2019-10', town: '重庆', kind: 'full', about: '汽车零部件 · 900人',
        duties: ['总账、成本核算与月度报表', '配合年审及高新技术企业认定'] },
      { company: '重庆山城财税咨询有限公司', title: '兼职会计', start: '2017-05', end: '2020-12', town: '重庆', kind: 'part', about: '代理记账 · 兼职',
        duties: ['为 6 家小微企业代理记账及纳税申报'] },
      { company: '重庆两江数智医疗器械有限公司', title: '财务主管', start: '2019-11', end: null, town: '重庆', kind: 'full', about: '医疗器械 · 400人',
        duties: ['全盘账务与纳税申报，带 3 人团队', '编制集团合并报表，推动金蝶云星空上线'] },
    ],
    education: [{ school: '巴渝财经学院', degree: '本科 · 会计学', start: '2007-09', end: '2011-06', town: '重庆' }],
    languages: [{ name: '英语', level: 'CET-4' }],
    certs: ['中级会计师（2017）', '初级会计师（2012）'],
    referees: [{ name: '邓雪梅', role: '重庆嘉陵汽车零部件有限公司 财务经理', phone: '139 8362 1057' }],
  },
  {
    id: 'p12', language: 'zh', name: '穆海燕', latin: 'Mu Haiyan', family: '穆', given: '海燕', gender: 'F',
    born: '1988-06-05', email: 'muhaiyan_yc@163.com', phone: '+8613995183062', mobileLocal: '139 9518 3062',
    otherPhones: [{ label: '学校办公室', number: '0951-6025 118' }],
    address: ['宁夏银川市兴庆区', '丽景北街 36 号 5-2-301'], city: '银川', country: '中国',
    headline: '中学语文教师',
    skills: [s('课堂教学设计'), s('班级管理'), s('作文教学'), s('希沃白板'), s('课件制作', 'PPT'), s('校本课程开发'), s('课题研究')],
    work: [
      { company: '银川市博雅实验学校', title: '语文教师', start: '2010-09', end: '2014-07', town: '银川', kind: 'full', about: '民办学校',
        duties: ['担任初中两个班语文教学'] },
      { company: '银川市博雅实验学校', title: '语文教师兼班主任', start: '2014-08', end: '2017-07', town: '银川', kind: 'full', about: '民办学校',
        duties: ['班主任，所带班级获市级先进班集体'] },
      { company: '贺兰育英中学', title: '语文教研组长', start: '2017-08', end: '2021-07', town: '银川', kind: 'full', about: '民办完全中学',
        duties: ['组织教研活动，开发校本课程《塞上诗词》'] },
      { company: '银川市凤城青少年活动中心', title: '兼职写作指导教师', start: '2018-03', end: '2020-06', town: '银川', kind: 'part', about: '校外活动场所 · 周末',
        duties: ['周末作文兴趣班指导'] },
      { company: '银川市兴庆区丽景中学', title: '语文教师', start: '2021-08', end: null, town: '银川', kind: 'full', about: '公办初级中学（事业单位）',
        duties: ['担任初三语文教学及年级备课组长'] },
    ],
    education: [{ school: '贺兰师范学院', degree: '本科 · 汉语言文学', start: '2006-09', end: '2010-06', town: '银川' }],
    languages: [{ name: '普通话', level: '一级乙等' }],
    certs: ['高级中学教师资格证（语文）', '中学一级教师（2019）'],
    referees: [],
  },
  {
    id: 'p13', language: 'mixed', name: '黄佩珊', latin: 'Wong Pei Shan', family: 'Wong', given: 'Pei Shan', gender: 'F',
    born: '1989-12-08', email: 'peishan.wong.acct@gmail.com', phone: '+6597342186', mobileLocal: '9734 2186',
    otherPhones: [{ label: 'Office', number: '6221 4830' }],
    address: ['Blk 418 Tampines Street 41, #07-252', 'Singapore 520418'], city: 'Singapore', country: 'Singapore',
    headline: 'Finance manager (CA Singapore)',
    skills: [s('SFRS(I) reporting', 'SFRS(I)', 'IFRS'), s('Group consolidation', 'Consolidation'), s('SAP S/4HANA', 'S/4HANA'), s('Xero'), s('Power BI'), s('Transfer pricing'), s('GST filing', 'GST'), s('Financial modelling')],
    work: [
      { company: 'Tan Chee & Partners LLP', title: 'Audit Associate', start: '2012-08', end: '2015-07', town: 'Singapore', kind: 'full', about: 'Audit firm · 300 staff', gloss: '陈志会计师事务所',
        duties: ['Statutory audits of SMEs and listed subsidiaries'] },
      { company: 'Tan Chee & Partners LLP', title: 'Senior Audit Associate', start: '2015-08', end: '2016-12', town: 'Singapore', kind: 'full', about: 'Audit firm · 300 staff', gloss: '陈志会计师事务所',
        duties: ['Ran fieldwork for logistics and manufacturing clients'] },
      { company: 'Straits Harbour Logistics Pte. Ltd.', title: 'Financial Reporting Accountant', start: '2017-01', end: '2020-03', town: 'Singapore', kind: 'full', about: 'Shipping and logistics · 2,000 staff',
        duties: ['Monthly group consolidation of 14 entities', 'SFRS(I) 16 lease adoption'] },
      { company: 'Kallang Polytechnic', title: 'Adjunct Lecturer (part-time)', start: '2019-01', end: '2023-12', town: 'Singapore', kind: 'part', about: 'Polytechnic · evening classes',
        duties: ['Taught financial accounting in the part-time diploma'] },
      { company: 'Merlion Biotech Pte. Ltd.', title: 'Finance Manager', start: '2020-04', end: null, town: 'Singapore', kind: 'full', about: 'Biotech · 350 staff',
        duties: ['Lead a team of five; group reporting and transfer pricing', 'Moved the group onto SAP S/4HANA'] },
    ],
    education: [{ school: 'Rochor University', degree: 'Bachelor of Accountancy (Honours)', start: '2008-08', end: '2012-05', town: 'Singapore' }],
    languages: [{ name: 'English', level: 'native' }, { name: 'Mandarin', level: 'fluent' }, { name: 'Cantonese', level: 'conversational' }],
    certs: ['Chartered Accountant of Singapore, CA (Singapore), 2016'],
    referees: [{ name: 'Ong Boon Keat', role: 'CFO, Straits Harbour Logistics Pte. Ltd.', phone: '9188 4027' }],
  },
  {
    id: 'p14', language: 'mixed', name: '吕晓岚', latin: 'Lyu Xiaolan', family: 'Lyu', given: 'Xiaolan', gender: 'F',
    born: '1988-07-19', email: 'xiaolan.lyu.scm@gmail.com', phone: '+8613916724058', mobileLocal: '139 1672 4058',
    otherPhones: [{ label: 'Office', number: '021-6278 3315 ext. 806' }],
    address: ['Room 1702, No. 9, Lane 388 Xianxia Road', 'Changning District, Shanghai 200336'], city: 'Shanghai', country: 'China',
    headline: 'Senior supply chain manager (Japanese-invested manufacturing)',
    skills: [s('S&OP'), s('SAP MM/PP', 'SAP'), s('Demand planning'), s('JIT/Kanban', 'JIT', 'Kanban'), s('Customs compliance (AEO)', 'AEO'), s('Excel VBA', 'VBA'), s('Supplier development'), s('Lean')],
    work: [
      { company: 'Shanghai Kiyomi Precision Trading Co., Ltd.', title: 'Logistics Coordinator', start: '2011-04', end: '2014-03', town: 'Shanghai', kind: 'full', gloss: '上海清见精密贸易有限公司', about: 'Japanese trading company',
        duties: ['Import documentation and customs clearance for machine parts'] },
      { company: 'Shanghai Asagiri Auto Parts Co., Ltd.', title: 'Supply Chain Analyst', start: '2014-04', end: '2018-09', town: 'Shanghai', kind: 'full', gloss: '上海朝雾汽车零部件有限公司', about: 'Tier-1 auto parts · 1,800 staff',
        duties: ['Weekly demand planning for 1,200 SKUs', 'Kanban loop design with the Japanese parent'] },
      { company: 'Asagiri Kogyo Co., Ltd.', title: 'Production Control Trainee (assignment)', start: '2016-04', end: '2017-03', town: 'Nagoya, Japan', kind: 'secondment', gloss: '朝雾工业株式会社', about: 'Parent company · one-year assignment',
        duties: ['One-year assignment to production control at the parent plant'] },
      { company: 'Shanghai Asagiri Auto Parts Co., Ltd.', title: 'SCM Manager', start: '2018-10', end: '2022-12', town: 'Shanghai', kind: 'full', gloss: '上海朝雾汽车零部件有限公司', about: 'Tier-1 auto parts · 1,800 staff',
        duties: ['Ran S&OP and AEO customs compliance', 'Team of 12 planners and buyers'] },
      { company: 'Matsukaze Electronics (Shanghai) Co., Ltd.', title: 'Senior SCM Manager', start: '2023-01', end: null, town: 'Shanghai', kind: 'full', gloss: '松风电子（上海）有限公司', about: 'Electronic components · 2,500 staff',
        duties: ['Own planning, purchasing and logistics for two plants', 'Supplier development programme for 40 local suppliers'] },
    ],
    education: [{ school: 'Huangpu International Studies University', degree: 'BA Japanese (Business Japanese)', start: '2007-09', end: '2011-06', town: 'Shanghai' }],
    languages: [{ name: 'Chinese', level: 'native' }, { name: 'Japanese', level: 'JLPT N1' }, { name: 'English', level: 'TOEIC 905' }],
    certs: ['APICS CPIM, 2019', 'Lean Six Sigma Green Belt, 2020'],
    referees: [],
  },
  {
    id: 'p15', language: 'mixed', name: '邓嘉树', latin: 'Jiashu Deng', family: 'Deng', given: 'Jiashu', gender: 'M',
    born: '1989-03-28', email: 'deng.jiashu.rs@gmail.com', phone: '+31641729358', mobileLocal: '06 4172 9358',
    otherPhones: [{ label: 'Office', number: '+31 15 215 4409' }],
    address: ['Oude Delft 161-B', '2611 HD Delft'], city: 'Delft', country: 'Netherlands',
    headline: 'Remote sensing scientist (InSAR)',
    skills: [s('InSAR'), s('Python'), s('Google Earth Engine'), s('SNAP'), s('GDAL'), s('PyTorch'), s('Time-series analysis'), s('LaTeX')],
    work: [
      { company: 'Jiangcheng Institute of Surveying and Mapping', title: 'Research Assistant', start: '2011-07', end: '2013-08', town: 'Wuhan', kind: 'full', gloss: '江城测绘研究院', about: 'Provincial surveying institute',
        duties: ['Processed GPS and levelling data for subsidence monitoring'] },
      { company: 'Zuidveld University of Technology', title: 'PhD Candidate', start: '2013-09', end: '2017-12', town: 'Delft', kind: 'full', about: 'Department of Geoscience and Remote Sensing',
        duties: ['PhD on persistent-scatterer InSAR over soft-soil polders'] },
      { company: 'Zuidveld University of Technology', title: 'Postdoctoral Researcher', start: '2018-01', end: '2020-12', town: 'Delft', kind: 'full', about: 'Department of Geoscience and Remote Sensing',
        duties: ['Sentinel-1 time-series for dike monitoring'] },
      { company: 'Polder Earth Observation B.V.', title: 'Remote Sensing Scientist', start: '2021-01', end: null, town: 'Leiden', kind: 'full', about: 'Earth-observation start-up · 30 staff',
        duties: ['Build national-scale InSAR deformation products', 'Deep-learning change detection in PyTorch'] },
      { company: 'Zuidveld University of Technology', title: 'Guest Researcher (0.2 FTE)', start: '2021-01', end: '2024-12', town: 'Delft', kind: 'part', about: 'Department of Geoscience and Remote Sensing',
        duties: ['Co-supervised two MSc theses'] },
    ],
    education: [
      { school: 'Jiangcheng University', degree: 'BEng Remote Sensing Science and Technology', start: '2007-09', end: '2011-06', town: 'Wuhan' },
      { school: 'Zuidveld University of Technology', degree: 'PhD Geoscience and Remote Sensing', start: '2013-09', end: '2018-03', town: 'Delft' },
    ],
    languages: [{ name: 'Chinese', level: 'native' }, { name: 'English', level: 'C2' }, { name: 'Dutch', level: 'B1' }],
    certs: ['ESA Advanced Radar Training Course, 2016'],
    referees: [{ name: 'Prof. dr. ir. Maarten Verhoef', role: 'Zuidveld University of Technology', phone: '+31 15 215 4400' }],
  },
  {
    id: 'p16', language: 'mixed', name: '柏俊峰', latin: 'Bai Junfeng', family: 'Bai', given: 'Junfeng', gender: 'M',
    born: '1984-11-12', email: 'baijunfeng1984@163.com', phone: '+254712406385', mobileLocal: '0712 406 385',
    otherPhones: [{ label: 'Site office', number: '+254 20 271 4480' }, { label: 'Head office (Tianjin)', number: '+86 22 2315 6600' }],
    address: ['Lubridge Kenya Branch, Mombasa Road', 'P.O. Box 41872-00100, Nairobi'], city: 'Nairobi', country: 'Kenya',
    headline: 'Project manager, highways and bridges',
    skills: [s('Highway construction management', 'Highway construction'), s('AutoCAD Civil 3D', 'Civil 3D'), s('Primavera P6', 'P6'), s('FIDIC contract administration', 'FIDIC'),
      s('Quantity surveying'), s('Bridge construction'), s('HSE management'), s('QA/QC')],
    work: [
      { company: 'China Lubridge Group No.3 Engineering Co., Ltd.', title: 'Site Engineer', start: '2007-07', end: '2011-06', town: 'Tianjin, China', kind: 'full', gloss: '中路桥建集团第三工程有限公司', about: 'State-owned contractor',
        duties: ['Expressway subgrade and pavement works, 46 km'] },
      { company: 'China Lubridge Group No.3 Engineering Co., Ltd.', title: 'Section Chief Engineer', start: '2011-07', end: '2014-12', town: 'Adama, Ethiopia', kind: 'full', gloss: '中路桥建集团第三工程有限公司', about: 'State-owned contractor',
        duties: ['Chief engineer of a 62 km section of an AfDB-funded highway'] },
      { company: 'China Lubridge Group No.3 Engineering Co., Ltd.', title: 'Deputy Project Manager', start: '2015-01', end: '2019-03', town: 'Nairobi, Kenya', kind: 'full', gloss: '中路桥建集团第三工程有限公司', about: 'State-owned contractor',
        duties: ['Deputy PM on a dual-carriageway upgrade under FIDIC Red Book'] },
      { company: 'Savanna Roadworks (K) Ltd', title: 'Construction Manager', start: '2019-04', end: '2022-08', town: 'Nakuru, Kenya', kind: 'full', about: 'Kenyan road contractor',
        duties: ['Managed construction of rural roads and two bridges'] },
      { company: 'China Lubridge Group No.3 Engineering Co., Ltd.', title: 'Project Manager', start: '2022-09', end: null, town: 'Nairobi, Kenya', kind: 'full', gloss: '中路桥建集团第三工程有限公司', about: 'State-owned contractor',
        duties: ['Project manager of a 118 km road rehabilitation (World Bank-funded)'] },
    ],
    education: [{ school: 'Bohai Jiaotong University', degree: 'BEng Road and Bridge Engineering', start: '2003-09', end: '2007-06', town: 'Tianjin' }],
    languages: [{ name: 'Chinese', level: 'native' }, { name: 'English', level: 'fluent' }, { name: 'Swahili', level: 'basic' }],
    certs: ['PRC Class I Constructor (Highways), 2012', 'Registered Engineer (temporary), Engineers Board of Kenya, 2019'],
    referees: [{ name: 'Eng. Peter Mwangi', role: 'Resident Engineer', phone: '+254 722 310 514' }],
  },
];

export const byId = (id: string): Person => {
  const p = people.find((x) => x.id === id);
  if (!p) throw new Error(`no person ${id}`);
  return p;
};
