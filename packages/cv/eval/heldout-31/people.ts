/**
 * heldout-31: sixteen invented people. Every name, employer, school, address, e-mail and phone number is made up.
 * Months are YYYY-MM; `end: null` means the job is current. `skills[i][0]` is the spelling printed first; the
 * remaining spellings are printed by some templates instead (they go into truth after ` | `).
 */
export type Lang = 'en' | 'zh' | 'mixed';
export interface Job {
  company: string;
  town: string;
  title: string;
  /** Department / unit, printed in a separate field where a form has one (never part of `company`). */
  dept?: string;
  start: string;
  end: string | null;
  duties: string[];
  leaving?: string;
  /** English title for mixed people's bilingual forms. */
  titleEn?: string;
}
export interface Edu { school: string; town: string; award: string; start: string; end: string; }
export interface Referee { name: string; role: string; org: string; phone: string; email: string; }
export interface Person {
  id: string;
  language: Lang;
  /** As the person's name is written; for mixed people the Chinese name. */
  name: string;
  /** Latin-script form (English name for mixed, pinyin for zh). */
  latin: string;
  given?: string;
  family?: string;
  sex: 'F' | 'M';
  born: string;
  nationality: string;
  address: string[];
  email: string;
  /** E.164 */
  phone: string;
  /** National formats printed, first is the usual one. */
  phoneShown: string[];
  skills: string[][];
  work: Job[];
  education: Edu[];
  languages: string[];
  certificates: string[];
  referees: Referee[];
  /** Career breaks / gaps, printed where a form asks (never jobs). */
  gaps?: { start: string; end: string; note: string }[];
  summary: string;
  extra?: Record<string, string>;
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Niamh Gallagher', latin: 'Niamh Gallagher', given: 'Niamh', family: 'Gallagher', sex: 'F',
    born: '1989-03-17', nationality: 'Irish',
    address: ['14 Castlefield Court', 'Clonsilla', 'Dublin 15', 'D15 K7W2'],
    email: 'niamh.gallagher@eircom.net', phone: '+353862147093', phoneShown: ['086 214 7093', '+353 86 214 7093', '(086) 2147093'],
    skills: [['Anti-money laundering (AML)', 'AML'], ['Fund administration'], ['UCITS'], ['Regulatory reporting'], ['Risk assessment'], ['Policy drafting'], ['Microsoft Excel', 'Excel'], ['Corporate governance']],
    work: [
      { company: 'Brightwater Fund Services Limited', town: 'Dublin 2', title: 'Fund Accountant', dept: 'Fund Accounting', start: '2011-09', end: '2014-05', duties: ['Daily NAV calculation for 14 UCITS sub-funds', 'Reconciliation of cash and positions with custodians'], leaving: 'Promoted internally' },
      { company: 'Brightwater Fund Services Limited', town: 'Dublin 2', title: 'Senior Fund Accountant', dept: 'Fund Accounting', start: '2014-06', end: '2016-02', duties: ['Supervised a team of four accountants', 'Prepared semi-annual financial statements'], leaving: 'Career break (travel)' },
      { company: 'Kilbride Asset Management DAC', town: 'Dublin 4', title: 'Compliance Officer', dept: 'Compliance', start: '2016-09', end: '2020-12', duties: ['Maintained the compliance monitoring programme', 'Drafted AML/CFT policies and delivered staff training', 'Regulatory returns to the Central Bank'], leaving: 'Career progression' },
      { company: 'Harbourline Capital (Ireland) Limited', town: 'Dublin 2', title: 'Head of Compliance and MLRO', dept: 'Compliance', start: '2021-01', end: null, duties: ['Heads a compliance team of five', 'MLRO for the Irish ManCo; reports to the board quarterly', 'Leads regulatory engagement and inspections'] },
    ],
    education: [
      { school: 'Liffey Valley University', town: 'Dublin', award: 'Bachelor of Commerce (Hons) 2.1', start: '2007-09', end: '2011-06' },
      { school: 'Institute of Compliance Practice', town: 'Dublin', award: 'Professional Diploma in Compliance', start: '2017-01', end: '2017-12' },
    ],
    languages: ['English (native)', 'Irish (good)', 'French (basic)'],
    certificates: ['Licentiate, Institute of Compliance Practice (LICP)', 'QFA'],
    referees: [
      { name: 'Declan Moriarty', role: 'Chief Executive Officer', org: 'Harbourline Capital (Ireland) Limited', phone: '01 679 4412', email: 'd.moriarty@harbourline.ie' },
      { name: 'Sinéad Cullinan', role: 'Head of Risk', org: 'Kilbride Asset Management DAC', phone: '087 330 9158', email: 'scullinan@kilbrideam.ie' },
    ],
    gaps: [{ start: '2016-03', end: '2016-08', note: 'Career break: travelling in South America' }],
    summary: 'Compliance professional with fifteen years in Irish funds, the last ten in compliance and AML.',
  },
  {
    id: 'p02', language: 'en', name: 'Chisomo Banda', latin: 'Chisomo Banda', given: 'Chisomo', family: 'Banda', sex: 'M',
    born: '1982-07-04', nationality: 'Malawian',
    address: ['Area 47, Sector 2, Plot 112', 'P.O. Box 30512', 'Lilongwe 3'],
    email: 'chisomobanda82@yahoo.com', phone: '+265999417328', phoneShown: ['0999 417 328', '+265 999 41 73 28', '+265 (0) 999 417 328'],
    skills: [['Monitoring and evaluation', 'M&E'], ['KoboToolbox'], ['SPSS'], ['Stata'], ['Data analysis'], ['Logframe design', 'logical framework design'], ['Report writing'], ['Community mobilisation']],
    work: [
      { company: 'Ministry of Agriculture', town: 'Kasungu', title: 'Agricultural Extension Development Officer', dept: 'Kasungu District Agriculture Office', start: '2006-02', end: '2011-07', duties: ['Trained lead farmers in conservation agriculture', 'Collected crop estimates for the district'], leaving: 'Joined NGO sector' },
      { company: 'Total Land Care Initiative', town: 'Dedza', title: 'Field Coordinator', start: '2011-08', end: '2015-10', duties: ['Coordinated 12 extension facilitators in two EPAs', 'Compiled quarterly progress reports for donors'], leaving: 'Better opportunity' },
      { company: 'Tiwalane Rural Livelihoods Trust', town: 'Lilongwe', title: 'Monitoring and Evaluation Officer', start: '2015-11', end: '2020-03', duties: ['Designed baseline and endline surveys', 'Maintained the project M&E database'], leaving: 'Promoted' },
      { company: 'Tiwalane Rural Livelihoods Trust', town: 'Lilongwe', title: 'Senior Monitoring and Evaluation Officer', start: '2020-04', end: '2023-12', duties: ['Led the M&E unit of four officers', 'Managed third-party evaluations'], leaving: 'End of project funding' },
      { company: 'Chitukuko Development Consultants', town: 'Lilongwe', title: 'M&E Consultant', start: '2024-02', end: null, duties: ['Evaluation assignments for NGOs and district councils', 'Mobile data collection with KoboToolbox'] },
    ],
    education: [
      { school: 'Chitedze College of Agriculture', town: 'Lilongwe', award: 'Diploma in Agriculture', start: '2003-01', end: '2005-12' },
      { school: 'Lilongwe University of Rural Development', town: 'Lilongwe', award: 'BSc Agricultural Economics (part-time)', start: '2012-01', end: '2016-12' },
    ],
    languages: ['Chichewa (native)', 'English (fluent)', 'Tumbuka (fair)'],
    certificates: ['Certificate in Project Management (2018)'],
    referees: [
      { name: 'Mrs. Tamara Mhango', role: 'Executive Director', org: 'Tiwalane Rural Livelihoods Trust', phone: '0888 203 551', email: 'tmhango@tiwalane.org.mw' },
      { name: 'Mr. Yohane Phiri', role: 'District Agriculture Development Officer', org: 'Ministry of Agriculture, Kasungu', phone: '0991 640 027', email: 'yphiri.dado@gmail.com' },
    ],
    gaps: [{ start: '2024-01', end: '2024-01', note: 'Between contracts' }],
    summary: 'Monitoring and evaluation specialist with a background in agricultural extension.',
  },
  {
    id: 'p03', language: 'en', name: 'Tamsin Biggs', latin: 'Tamsin Biggs', given: 'Tamsin', family: 'Biggs', sex: 'F',
    born: '1993-11-02', nationality: 'British (Falkland Islander)',
    address: ['7 Jersey Road', 'Stanley', 'Falkland Islands', 'FIQQ 1ZZ'],
    email: 'tamsin.biggs@horizon.co.fk', phone: '+50055318', phoneShown: ['55318', '+500 55318'],
    skills: [['Carpentry and joinery'], ['Setting out'], ['Site management'], ['MS Project', 'Microsoft Project'], ['Health and safety planning'], ['Estimating'], ['Timber frame construction'], ['AutoCAD LT']],
    work: [
      { company: 'Falkland Islands Government', town: 'Stanley', title: 'Apprentice Carpenter', dept: 'Public Works Department', start: '2010-09', end: '2013-08', duties: ['Four-year apprenticeship with block release to the UK', 'Housing maintenance and joinery shop'], leaving: 'Completed apprenticeship' },
      { company: 'Falkland Islands Government', town: 'Stanley', title: 'Carpenter / Joiner', dept: 'Public Works Department', start: '2013-09', end: '2016-04', duties: ['Refurbishment of government housing', 'Second-fix and kitchen installation'], leaving: 'To gain site supervision experience' },
      { company: 'Camber Construction (Falklands) Ltd', town: 'Stanley', title: 'Site Supervisor', start: '2016-05', end: '2021-10', duties: ['Supervised crews of up to 14 on residential and camp projects', 'Daily diaries, toolbox talks and subcontractor coordination'], leaving: 'Moved to a site manager role' },
      { company: 'Wickham Heights Contracting Ltd', town: 'Mount Pleasant', title: 'Site Manager', start: '2022-02', end: null, duties: ['Manages a £6.4m accommodation block contract', 'Programme, health and safety plan and client meetings'] },
    ],
    education: [
      { school: 'Stanley Community School', town: 'Stanley', award: 'GCSEs (8, including Maths and English)', start: '2005-09', end: '2010-07' },
      { school: 'Southcoast College of Building', town: 'Chichester, UK', award: 'NVQ Level 3 Diploma in Site Carpentry (block release)', start: '2010-09', end: '2013-06' },
      { school: 'Southcoast College of Building', town: 'Chichester, UK', award: 'HNC Construction Management (distance)', start: '2018-09', end: '2020-07' },
    ],
    languages: ['English (native)', 'Spanish (basic)'],
    certificates: ['SMSTS (2021)', 'CSCS Gold Card', 'First Aid at Work'],
    referees: [
      { name: 'Owen Short', role: 'Managing Director', org: 'Camber Construction (Falklands) Ltd', phone: '+500 21844', email: 'owen@camber.co.fk' },
      { name: 'Linda McKay', role: 'Works Manager', org: 'Public Works Department', phone: '+500 27183', email: 'lmckay@sec.gov.fk' },
    ],
    gaps: [{ start: '2021-11', end: '2022-01', note: 'Annual leave and UK visit between contracts' }],
    summary: 'Site manager who came up through a carpentry apprenticeship.',
  },
  {
    id: 'p04', language: 'en', name: 'Sina Faleolo', latin: 'Sina Faleolo', given: 'Sina', family: 'Faleolo', sex: 'F',
    born: '1990-05-21', nationality: 'Samoan',
    address: ['Lot 42, Vailima', 'Apia', 'Samoa'],
    email: 'sina.faleolo@gmail.com', phone: '+6857723481', phoneShown: ['772 3481', '+685 772 3481', '7723481'],
    skills: [['MYOB'], ['Account reconciliations', 'reconciliations'], ['Budget preparation'], ['Microsoft Excel', 'MS Excel'], ['Payroll processing'], ['IPSAS financial reporting'], ['Loan appraisal']],
    work: [
      { company: 'Ministry of Revenue and Treasury', town: 'Apia', title: 'Accounts Clerk', dept: 'Treasury Operations Division', start: '2012-02', end: '2015-06', duties: ['Processed payment vouchers and cheques', 'Bank reconciliations for the consolidated fund'], leaving: 'Higher position' },
      { company: 'Tiapapata Credit Union', town: 'Apia', title: 'Loans Officer', start: '2015-07', end: '2018-12', duties: ['Appraised member loan applications', 'Followed up arrears and restructured loans'], leaving: 'Family reasons (relocated to Savaiʻi)' },
      { company: "Office of the Aiga Development Fund", town: 'Apia', title: 'Finance Officer', dept: 'Corporate Services', start: '2019-03', end: '2022-08', duties: ['Prepared monthly management accounts', 'Payroll for 63 staff', 'Assisted with annual budget submissions'], leaving: 'Promoted' },
      { company: "Office of the Aiga Development Fund", town: 'Apia', title: 'Senior Finance Officer', dept: 'Corporate Services', start: '2022-09', end: null, duties: ['Supervises two finance officers', 'Prepares IPSAS financial statements for audit', 'Donor grant reporting'] },
    ],
    education: [
      { school: 'Leififi Girls College', town: 'Apia', award: 'Samoa School Certificate', start: '2004-01', end: '2008-11' },
      { school: 'Pacific Islands Polytechnic University', town: 'Apia', award: 'Bachelor of Commerce (Accounting)', start: '2009-02', end: '2011-11' },
    ],
    languages: ['Samoan (native)', 'English (fluent)'],
    certificates: ['Member, Samoa Institute of Accountants (2016)'],
    referees: [
      { name: 'Tavita Leaupepe', role: 'Chief Executive Officer', org: 'Office of the Aiga Development Fund', phone: '+685 24 117', email: 'tleaupepe@adf.gov.ws' },
      { name: 'Fiona Schuster', role: 'General Manager', org: 'Tiapapata Credit Union', phone: '+685 7581 902', email: 'fschuster@tcu.ws' },
    ],
    gaps: [{ start: '2019-01', end: '2019-02', note: 'Relocation between Savaiʻi and Upolu' }],
    summary: 'Public-sector finance officer with credit-union lending experience.',
  },
  {
    id: 'p05', language: 'en', name: 'Marc Olivero', latin: 'Marc Olivero', given: 'Marc', family: 'Olivero', sex: 'M',
    born: '1994-01-09', nationality: 'British (Gibraltarian)',
    address: ['Flat 23, Block C, Harbour Views', 'Queensway', 'Gibraltar', 'GX11 1AA'],
    email: 'marc.olivero@gibtelecom.net', phone: '+35054031278', phoneShown: ['54031278', '+350 54031278', '+350 5403 1278'],
    skills: [['Payment fraud prevention'], ['Chargeback management'], ['KYC', 'Know Your Customer'], ['SQL'], ['Tableau'], ['Python'], ['Stakeholder management']],
    work: [
      { company: 'Straits Interactive Gaming Ltd', town: 'Europort', title: 'Customer Support Agent', dept: 'Player Support', start: '2013-03', end: '2014-08', duties: ['Email and live-chat support in English and Spanish', 'Account verification checks'], leaving: 'Internal move' },
      { company: 'Straits Interactive Gaming Ltd', town: 'Europort', title: 'Payments Analyst', dept: 'Payments', start: '2014-09', end: '2017-11', duties: ['Monitored deposits and withdrawals for fraud', 'Handled chargebacks with acquirers'], leaving: 'Team lead role elsewhere' },
      { company: 'Calpe Digital Gaming Limited', town: 'Ocean Village', title: 'Fraud and Risk Team Lead', dept: 'Risk', start: '2017-12', end: '2022-05', duties: ['Led a team of nine fraud analysts', 'Built SQL and Tableau fraud dashboards', 'Cut chargeback ratio from 0.9% to 0.3%'], leaving: 'Head of department role' },
      { company: 'Westmoor Payments (Gibraltar) Ltd', town: 'Gibraltar', title: 'Head of Payments Operations', dept: 'Operations', start: '2022-06', end: null, duties: ['Responsible for payments operations, KYC and fraud', 'Manages 22 staff across Gibraltar and Malta', 'Regulatory liaison with the GFSC'] },
    ],
    education: [
      { school: 'Westside Comprehensive School', town: 'Gibraltar', award: 'A-levels: Mathematics, Economics, Spanish', start: '2005-09', end: '2012-06' },
      { school: 'Portmere University', town: 'Portmere, UK', award: 'BSc (Hons) Business Analytics (online, part-time)', start: '2015-10', end: '2019-07' },
    ],
    languages: ['English (native)', 'Spanish (native)'],
    certificates: ['ICA Certificate in Compliance', 'Certified Fraud Examiner (CFE)'],
    referees: [
      { name: 'Helen Azzopardi', role: 'Chief Operating Officer', org: 'Westmoor Payments (Gibraltar) Ltd', phone: '+350 200 41822', email: 'h.azzopardi@westmoorpay.gi' },
      { name: 'James Borge', role: 'Director of Risk', org: 'Calpe Digital Gaming Limited', phone: '+350 57008841', email: 'james.borge@calpedigital.com' },
    ],
    summary: 'Payments and fraud operations manager from the Gibraltar online gaming sector.',
  },
  {
    id: 'p06', language: 'en', name: 'Anjali Shrestha', latin: 'Anjali Shrestha', given: 'Anjali', family: 'Shrestha', sex: 'F',
    born: '1987-09-12', nationality: 'Nepali',
    address: ['House No. 218, Baluwatar-4', 'Kathmandu 44600', 'Nepal'],
    email: 'anjali.shrestha.ee@gmail.com', phone: '+9779841236507', phoneShown: ['9841-236507', '+977 984 123 6507', '+977-9841236507'],
    skills: [['Power system analysis'], ['ETAP'], ['PSS/E', 'PSS®E'], ['Load flow studies'], ['Protection coordination'], ['AutoCAD Electrical'], ['MATLAB/Simulink', 'MATLAB'], ['Renewable energy grid integration']],
    work: [
      { company: 'Sagarmatha Hydro Consult Pvt. Ltd.', town: 'Lalitpur', title: 'Trainee Engineer (internship)', start: '2010-01', end: '2010-06', duties: ['Single-line diagrams for small hydropower projects', 'Site visits to Sindhupalchok'], leaving: 'End of internship' },
      { company: 'Bagmati Electricity Authority', town: 'Kathmandu', title: 'Assistant Engineer', dept: 'Grid Operation Department', start: '2010-09', end: '2016-07', duties: ['Load dispatch and outage planning at the 132 kV control centre', 'Relay setting calculations'], leaving: 'Design role in private sector' },
      { company: 'Trishuli Energy Partners Pvt. Ltd.', town: 'Kathmandu', title: 'Electrical Design Engineer', start: '2016-08', end: '2020-02', duties: ['Electrical design of three run-of-river plants (12–45 MW)', 'Grid impact studies in ETAP and PSS/E'], leaving: 'Family relocation' },
      { company: 'South Asia Energy Transition Facility', town: 'Kathmandu', title: 'Grid Integration Specialist', start: '2020-06', end: null, duties: ['Technical adviser on solar and hydro grid integration', 'Prepares grid codes and interconnection studies', 'Trains utility engineers'] },
    ],
    education: [
      { school: 'Kathmandu Institute of Engineering', town: 'Lalitpur', award: 'Bachelor of Engineering (Electrical)', start: '2005-11', end: '2009-12' },
      { school: 'Himalayan Technical University', town: 'Dhulikhel', award: 'MSc Renewable Energy Engineering', start: '2012-09', end: '2014-08' },
    ],
    languages: ['Nepali (native)', 'English (fluent)', 'Hindi (good)'],
    certificates: ['Nepal Engineering Council registration, Electrical "A" class', 'Member, IEEE (since 2011)'],
    referees: [
      { name: 'Dr. Rabindra Karki', role: 'Team Leader', org: 'South Asia Energy Transition Facility', phone: '+977 1 4412 873', email: 'rkarki@saetf.org' },
      { name: 'Er. Sunita Maharjan', role: 'Director', org: 'Trishuli Energy Partners Pvt. Ltd.', phone: '+977 9851 024 417', email: 'sunita@trishulienergy.com.np' },
    ],
    gaps: [{ start: '2020-03', end: '2020-05', note: 'Relocation and COVID-19 lockdown' }],
    summary: 'Electrical power engineer specialising in grid integration of hydro and solar.',
  },
  {
    id: 'p07', language: 'en', name: 'Kayla Brennan', latin: 'Kayla Brennan', given: 'Kayla', family: 'Brennan', sex: 'F',
    born: '1991-06-28', nationality: 'American',
    address: ['2214 SE Alder St', 'Portland, OR 97214', 'USA'],
    email: 'kbrennan.teach@gmail.com', phone: '+19713842265', phoneShown: ['(971) 384-2265', '+1 971 384 2265', '971-384-2265'],
    skills: [['Inquiry-based learning'], ['Differentiated instruction'], ['Google Classroom'], ['MYP assessment'], ['Lab safety management'], ['ManageBac'], ['Vernier data logging'], ['Curriculum mapping']],
    work: [
      { company: 'Willamette Heights Middle School', town: 'Salem, OR', title: 'Student Teacher (Science)', start: '2014-01', end: '2014-06', duties: ['Taught two 7th-grade life science sections under a mentor teacher'], leaving: 'Completed placement' },
      { company: 'Columbia Ridge School District', town: 'Vancouver, WA', title: 'Science Teacher, Grade 7', dept: 'Lewis Middle School', start: '2014-08', end: '2019-06', duties: ['Life and physical science for five sections', 'Science Olympiad coach'], leaving: 'Moved overseas' },
      { company: 'Pacific Crest International School', town: 'San José, Costa Rica', title: 'MYP Science Teacher', start: '2019-08', end: '2023-06', duties: ['MYP years 1–5 integrated science', 'Personal Project supervisor'], leaving: 'End of contract' },
      { company: 'Northbrook International Academy', town: 'Bangkok, Thailand', title: 'Head of Science', start: '2023-08', end: null, duties: ['Leads a department of eight teachers', 'Rewrote the MYP science curriculum map', 'Lab safety officer'] },
    ],
    education: [
      { school: 'Cascade State University', town: 'Eugene, OR', award: 'B.S. Biology', start: '2009-09', end: '2013-06' },
      { school: 'Cascade State University', town: 'Eugene, OR', award: 'Master of Arts in Teaching (MAT), Secondary Science', start: '2013-06', end: '2014-06' },
    ],
    languages: ['English (native)', 'Spanish (intermediate)', 'Thai (basic)'],
    certificates: ['Oregon Preliminary Teaching License, Integrated Science', 'IB MYP Category 2 workshop (Sciences)'],
    referees: [
      { name: 'Dr. Priya Natarajan', role: 'Secondary Principal', org: 'Northbrook International Academy', phone: '+66 2 714 3390', email: 'pnatarajan@northbrook.ac.th' },
      { name: 'Mr. Esteban Morales', role: 'MYP Coordinator', org: 'Pacific Crest International School', phone: '+506 2289 4410', email: 'emorales@pcis.cr' },
      { name: 'Ms. Laura Fenwick', role: 'Principal', org: 'Lewis Middle School, Columbia Ridge School District', phone: '(360) 313-4470', email: 'laura.fenwick@crsd.org' },
    ],
    gaps: [{ start: '2019-07', end: '2019-07', note: 'Summer vacation / relocation' }, { start: '2023-07', end: '2023-07', note: 'Summer vacation / relocation' }],
    summary: 'IB MYP science teacher and department head with ten years in US and international schools.',
  },
  {
    id: 'p08', language: 'zh', name: '周立群', latin: 'Zhou Liqun', sex: 'M',
    born: '1979-10-06', nationality: '中国',
    address: ['湖南省清溪县城关镇', '迎宾路 88 号'],
    email: 'zhoulq1979@163.com', phone: '+8613907315826', phoneShown: ['139 0731 5826', '13907315826', '139-0731-5826'],
    skills: [['公文写作'], ['农村经济管理'], ['项目申报'], ['统计分析'], ['Excel'], ['应急管理']],
    work: [
      { company: '清溪县农业局', town: '清溪县', title: '科员', start: '2001-07', end: '2005-12', duties: ['负责农业统计和农情调度'] },
      { company: '清溪县农业局', town: '清溪县', title: '农村经营管理股副股长', start: '2006-01', end: '2009-08', duties: ['负责农村集体“三资”管理和土地承包纠纷调处'] },
      { company: '清溪县石门乡人民政府', town: '清溪县', title: '副乡长', start: '2009-09', end: '2014-03', duties: ['分管农业、水利和扶贫工作'] },
      { company: '清溪县白沙镇人民政府', town: '清溪县', title: '镇长', start: '2014-04', end: '2020-06', duties: ['主持镇政府全面工作'] },
      { company: '清溪县乡村振兴局', town: '清溪县', title: '局长', start: '2020-07', end: null, duties: ['主持局全面工作'] },
    ],
    education: [
      { school: '湘中农业大学', town: '长沙', award: '农学专业 大学本科 农学学士', start: '1997-09', end: '2001-07' },
      { school: '湘中农业大学', town: '长沙', award: '农业推广专业 在职研究生 农业推广硕士', start: '2012-09', end: '2015-06' },
    ],
    languages: ['普通话'],
    certificates: [],
    referees: [],
    summary: '长期在县乡基层从事农业农村工作。',
    extra: { 民族: '汉族', 籍贯: '湖南清溪', 出生地: '湖南清溪', 入党时间: '2000.05', 参加工作时间: '2001.07', 健康状况: '健康', 专业技术职务: '农艺师', 现任职务: '清溪县乡村振兴局局长', 身份证: '430xxx19791006xxxx' },
  },
  {
    id: 'p09', language: 'zh', name: '邓雅琴', latin: 'Deng Yaqin', sex: 'F',
    born: '1984-02-15', nationality: '中国',
    address: ['安徽省合肥市蜀山区', '江淮理工大学西区 教工宿舍 12 栋 302'],
    email: 'dengyaqin@jhut.edu.cn', phone: '+8618621734095', phoneShown: ['186 2173 4095', '18621734095'],
    skills: [['第一性原理计算'], ['VASP'], ['Materials Studio'], ['XRD 表征', 'X 射线衍射分析'], ['SEM/TEM 表征', 'SEM'], ['Origin'], ['Python']],
    work: [
      { company: '华东先进材料研究院', town: '上海', title: '博士后', dept: '能源材料研究中心', start: '2013-07', end: '2015-08', duties: ['锂离子电池正极材料掺杂改性研究'] },
      { company: '江淮理工大学', town: '合肥', title: '讲师', dept: '材料科学与工程学院', start: '2015-09', end: '2019-11', duties: ['讲授《材料物理》《固体化学》', '主持省自然科学基金青年项目'] },
      { company: '莱茵堡应用技术大学', town: '德国', title: '访问学者', dept: '电化学研究所', start: '2018-03', end: '2019-02', duties: ['固态电解质界面计算模拟'] },
      { company: '江淮理工大学', town: '合肥', title: '副教授', dept: '材料科学与工程学院', start: '2019-12', end: null, duties: ['硕士研究生导师（2020 年起）', '主持国家自然科学基金面上项目'] },
    ],
    education: [
      { school: '中原科技大学', town: '郑州', award: '材料物理 本科 工学学士', start: '2002-09', end: '2006-07' },
      { school: '华东材料科学大学', town: '上海', award: '材料学 硕博连读 工学博士', start: '2006-09', end: '2013-06' },
    ],
    languages: ['英语（CET-6，熟练）', '德语（基础）'],
    certificates: ['高等学校教师资格证'],
    referees: [],
    summary: '从事能源材料计算与表征研究。',
    extra: { 民族: '汉族', 政治面貌: '中共党员', 职称: '副教授', 学科: '材料科学与工程（0805）', 籍贯: '河南信阳' },
  },
  {
    id: 'p10', language: 'zh', name: '韩志远', latin: 'Han Zhiyuan', sex: 'M',
    born: '1981-08-19', nationality: '中国',
    address: ['广东省广州市天河区', '黄埔大道西 633 号 1806 室'],
    email: '328810456@qq.com', phone: '+8613510276348', phoneShown: ['135 1027 6348', '13510276348', '(+86) 135-1027-6348'],
    skills: [['冷链物流管理'], ['供应链优化'], ['团队管理'], ['商务谈判'], ['SAP'], ['活动策划'], ['行业标准起草']],
    work: [
      { company: '广州粤华食品有限公司', town: '广州', title: '销售代表', dept: '华南销售部', start: '2004-07', end: '2008-03', duties: ['负责广州、佛山商超渠道销售'], leaving: '内部晋升' },
      { company: '广州粤华食品有限公司', town: '广州', title: '区域销售经理', dept: '华南销售部', start: '2008-04', end: '2012-09', duties: ['管理 18 人销售团队，年销售额 1.6 亿元'], leaving: '个人发展' },
      { company: '深圳市鲜达冷链物流有限公司', town: '深圳', title: '运营总监', dept: '运营中心', start: '2012-10', end: '2018-05', duties: ['负责 6 个冷库、120 辆冷藏车的运营管理', '主导 SAP 系统上线'], leaving: '转至行业协会工作' },
      { company: '广东省冷链物流协会', town: '广州', title: '秘书长', dept: '秘书处', start: '2018-07', end: null, duties: ['主持秘书处日常工作，会员单位 340 余家', '组织起草团体标准 4 项'] },
    ],
    education: [
      { school: '岭南商贸学院', town: '广州', award: '市场营销 本科', start: '2000-09', end: '2004-07' },
      { school: '南粤大学', town: '广州', award: '工商管理硕士（MBA，在职）', start: '2013-09', end: '2016-06' },
    ],
    languages: ['普通话', '粤语', '英语（一般）'],
    certificates: ['物流师（二级）'],
    referees: [],
    summary: '冷链物流行业从业二十余年，熟悉行业组织工作。',
    extra: { 民族: '汉族', 政治面貌: '群众', 籍贯: '广东梅州', 身份证: '4414xxxxxxxx0819xx' },
  },
  {
    id: 'p11', language: 'zh', name: '罗晓燕', latin: 'Luo Xiaoyan', sex: 'F',
    born: '1987-09-17', nationality: '中国',
    address: ['四川省成都市锦城区', '青桐路 27 号 5 栋 2 单元 601'],
    email: 'luoxiaoyan0917@163.com', phone: '+8615828360917', phoneShown: ['158 2836 0917', '15828360917'],
    skills: [['财务核算'], ['用友 U8', '用友'], ['Excel'], ['矛盾纠纷调解'], ['公文写作'], ['社区网格化管理']],
    work: [
      { company: '成都蓉信会计师事务所有限公司', town: '成都', title: '审计助理', dept: '审计二部', start: '2009-07', end: '2012-02', duties: ['参与年报审计、专项审计 30 余项'], leaving: '转行企业会计' },
      { company: '成都锦川商贸有限公司', town: '成都', title: '会计', dept: '财务部', start: '2012-03', end: '2016-06', duties: ['负责总账、税务申报和成本核算'], leaving: '生育子女' },
      { company: '青桐街道社区服务中心', town: '成都', title: '社区工作者', dept: '青桐社区', start: '2017-09', end: '2021-12', duties: ['负责社区网格管理、民政救助和纠纷调解'] },
      { company: '青桐街道社区服务中心', town: '成都', title: '综合办公室副主任', dept: '综合办公室', start: '2022-01', end: null, duties: ['负责中心财务、文稿和人事事务'] },
    ],
    education: [
      { school: '蜀南财经学院', town: '成都', award: '会计学 本科 管理学学士', start: '2005-09', end: '2009-06' },
    ],
    languages: ['普通话', '四川话'],
    certificates: ['初级会计专业技术资格', '社会工作者职业水平证书（助理社会工作师）'],
    referees: [],
    gaps: [{ start: '2016-07', end: '2017-08', note: '在家照顾子女' }],
    summary: '先后从事审计、会计和社区工作。',
    extra: { 民族: '汉族', 政治面貌: '中共党员', 籍贯: '四川乐山', 身份证: '5101xxxxxxxx0917xx' },
  },
  {
    id: 'p12', language: 'zh', name: '付文杰', latin: 'Fu Wenjie', sex: 'M',
    born: '2003-04-11', nationality: '中国',
    address: ['甘肃省兰州市安宁区', '西北环境科学大学 学生公寓 9 号楼 415'],
    email: 'fuwenjie2003@163.com', phone: '+8617795021346', phoneShown: ['177 9502 1346', '17795021346'],
    skills: [['ArcGIS'], ['水质检测'], ['环境影响评价'], ['Python'], ['AutoCAD'], ['Office 办公软件', 'Office']],
    work: [
      { company: '西北环境科学大学资源环境学院', town: '兰州', title: '学生助理（勤工助学）', start: '2023-09', end: '2024-06', duties: ['协助管理水环境实验室，整理实验台账'] },
      { company: '兰州天宇环境检测有限公司', town: '兰州', title: '检测实习生', start: '2024-07', end: '2024-08', duties: ['参与地表水、废水采样与 COD、氨氮检测'] },
      { company: '甘肃陇原环保科技有限公司', town: '兰州', title: '环评实习生', start: '2025-07', end: '2025-09', duties: ['协助编制 2 份建设项目环境影响报告表'] },
    ],
    education: [
      { school: '西北环境科学大学', town: '兰州', award: '环境工程 本科 工学学士', start: '2022-09', end: '2026-06' },
    ],
    languages: ['英语（CET-4）'],
    certificates: ['全国计算机等级考试二级（Python）'],
    referees: [],
    summary: '环境工程专业应届毕业生。',
    extra: { 民族: '回族', 政治面貌: '共青团员', 籍贯: '甘肃临夏', 身份证: '6229xxxxxxxx0411xx' },
  },
  {
    id: 'p13', language: 'mixed', name: '陈家豪', latin: 'Kevin Chen', given: 'Kevin', family: 'Chen', sex: 'M',
    born: '1990-12-03', nationality: '中国 China',
    address: ['广东省深圳市福田区', '益田路 4068 号 卓越时代 2203'],
    email: 'kevin.chen.jh@outlook.com', phone: '+8613826547710', phoneShown: ['138 2654 7710', '+86 138 2654 7710', '13826547710'],
    skills: [['Consecutive interpreting', '交替传译'], ['Simultaneous interpreting', '同声传译'], ['SDL Trados', 'Trados'], ['memoQ'], ['Technical translation'], ['Subtitle translation'], ['Terminology management']],
    work: [
      { company: '深圳市译联翻译有限公司', town: '深圳', title: '英语笔译', titleEn: 'English Translator', start: '2012-07', end: '2015-03', duties: ['Translated manuals, contracts and tenders (approx. 1.2m words)'] },
      { company: 'Hartwell Electronics (Shenzhen) Co., Ltd.', town: '深圳', title: '销售口译', titleEn: 'Sales Interpreter', start: '2015-04', end: '2018-08', duties: ['Interpreted for the German and US sales teams at factory audits and trade fairs'] },
      { company: 'ProLingo Language Services Ltd.', town: '香港', title: '会议口译员', titleEn: 'Conference Interpreter', start: '2018-09', end: '2023-02', duties: ['Consecutive and simultaneous interpreting at 150+ conferences'] },
      { company: '华信会展服务有限公司', town: '广州', title: '首席口译', titleEn: 'Chief Interpreter', start: '2023-03', end: null, duties: ['Leads the interpreting team at trade fairs and exhibitions'] },
    ],
    education: [
      { school: '南海外国语学院', town: '广州', award: '英语（翻译方向）本科 / BA English (Translation)', start: '2008-09', end: '2012-06' },
    ],
    languages: ['中文（母语）Chinese (native)', '英语（精通）English (fluent)', '粤语 Cantonese'],
    certificates: ['CATTI 二级口译 / CATTI Level 2 Interpreter', 'CATTI 二级笔译'],
    referees: [
      { name: '刘敏 Liu Min', role: 'Project Director', org: 'ProLingo Language Services Ltd.', phone: '+852 2881 3406', email: 'liumin@prolingo.hk' },
    ],
    summary: 'Conference and trade interpreter, Chinese–English.',
    extra: { 民族: '汉族', 政治面貌: '群众', 身份证: '4403xxxxxxxx1203xx' },
  },
  {
    id: 'p14', language: 'mixed', name: '林思颖', latin: 'Serena Lin', given: 'Serena', family: 'Lin', sex: 'F',
    born: '1992-05-30', nationality: '中国 China',
    address: ['北京市朝阳区', '东三环北路 19 号院 3 号楼 1207'],
    email: 'serena.lin.sy@163.com', phone: '+8618610114382', phoneShown: ['186 1011 4382', '+86 186 1011 4382', '18610114382'],
    skills: [['Visa processing'], ['Event planning'], ['Budget tracking'], ['Microsoft Office', 'MS Office'], ['Minute taking'], ['Vendor management'], ['Protocol and etiquette']],
    work: [
      { company: '北京环宇国际旅行社有限公司', town: '北京', title: '签证专员', titleEn: 'Visa Specialist', start: '2014-07', end: '2017-09', duties: ['Prepared Schengen and UK visa applications for 1,500+ clients'] },
      { company: 'Nordwind Consulting (Beijing) Co., Ltd.', town: '北京', title: '行政专员', titleEn: 'Office Administrator', start: '2017-10', end: '2019-12', duties: ['Front desk, travel booking and office supplies'] },
      { company: 'Nordwind Consulting (Beijing) Co., Ltd.', town: '北京', title: '办公室经理', titleEn: 'Office Manager', start: '2020-01', end: '2022-06', duties: ['Office lease, vendors, budget of RMB 2.1m', 'Work permits for expatriate staff'] },
      { company: 'Sino-Nordic Chamber of Commerce', town: '北京', title: '活动与会员经理', titleEn: 'Events and Membership Manager', start: '2022-08', end: null, duties: ['Organises 40+ member events a year', 'Membership database and renewals', 'Delegation visits and protocol'] },
    ],
    education: [
      { school: '北方外国语大学', town: '北京', award: '英语 本科 / BA English Language and Literature', start: '2010-09', end: '2014-06' },
    ],
    languages: ['Mandarin (native)', 'English (fluent, IELTS 7.5)', 'Swedish (basic)'],
    certificates: [],
    referees: [
      { name: 'Mr. Henrik Lindqvist', role: 'General Manager', org: 'Nordwind Consulting (Beijing) Co., Ltd.', phone: '+86 10 6590 2218', email: 'henrik.lindqvist@nordwind.cn' },
      { name: 'Ms. Ingrid Holm', role: 'Executive Director', org: 'Sino-Nordic Chamber of Commerce', phone: '+86 10 8532 6601', email: 'ingrid.holm@sinonordic.org' },
    ],
    gaps: [{ start: '2022-07', end: '2022-07', note: 'Between jobs' }],
    summary: 'Office and events manager in international organisations in Beijing.',
  },
  {
    id: 'p15', language: 'mixed', name: '王浩然', latin: 'Howard Wang', given: 'Howard', family: 'Wang', sex: 'M',
    born: '1988-04-25', nationality: '中国 China',
    address: ['江苏省苏州市工业园区', '星湖街 218 号 翠湖苑 6 幢 1101'],
    email: 'wanghaoran_q@126.com', phone: '+8613962158034', phoneShown: ['139 6215 8034', '+86 139-6215-8034', '13962158034'],
    skills: [['IATF 16949'], ['ISO 13485'], ['FMEA'], ['SPC'], ['8D problem solving', '8D'], ['Minitab'], ['Internal auditing'], ['PPAP']],
    work: [
      { company: 'Valtera Automotive Systems (Suzhou) Co., Ltd.', town: '苏州', title: '质量工程师', titleEn: 'Quality Engineer', start: '2011-07', end: '2015-12', duties: ['Customer complaint handling and 8D reports', 'Process audits on brake-module lines'] },
      { company: 'Valtera Automotive Systems (Suzhou) Co., Ltd.', town: '苏州', title: '高级供应商质量工程师', titleEn: 'Senior Supplier Quality Engineer', start: '2016-01', end: '2018-03', duties: ['PPAP approval and supplier audits for 40 suppliers'] },
      { company: '苏州精锐精密机械有限公司', town: '苏州', title: '质量经理', titleEn: 'Quality Manager', start: '2018-04', end: '2022-09', duties: ['Led IATF 16949 certification', 'Managed a QA team of 16'] },
      { company: 'Kestrel Medical Devices (Suzhou) Co., Ltd.', town: '苏州', title: '质量与法规经理', titleEn: 'QA/RA Manager', start: '2022-10', end: null, duties: ['ISO 13485 QMS owner and management representative', 'NMPA registration and audits by notified bodies'] },
    ],
    education: [
      { school: '江南理工学院', town: '无锡', award: '机械设计制造及其自动化 本科 / BEng Mechanical Engineering', start: '2007-09', end: '2011-06' },
    ],
    languages: ['Chinese (native)', 'English (CET-6, working)'],
    certificates: ['ASQ CQE', 'IATF 16949 Internal Auditor'],
    referees: [
      { name: 'Ms. Zhang Lei 张蕾', role: 'Plant Manager', org: 'Kestrel Medical Devices (Suzhou) Co., Ltd.', phone: '+86 512 6288 4130', email: 'lei.zhang@kestrelmed.com' },
    ],
    summary: 'Quality manager in automotive and medical device manufacturing.',
  },
  {
    id: 'p16', language: 'mixed', name: '黄美玲', latin: 'Meiling Huang', given: 'Meiling', family: 'Huang', sex: 'F',
    born: '1988-01-14', nationality: '中国 China',
    address: ['天津市滨海新区', '第三大街 51 号 泰达公寓 B 座 904'],
    email: 'huangmeiling88@hotmail.com', phone: '+8613602208815', phoneShown: ['136 0220 8815', '+86 136 0220 8815', '13602208815'],
    skills: [['SAP MM'], ['Demand planning'], ['S&OP'], ['Power BI'], ['Excel VBA'], ['Inventory optimisation', 'inventory optimization']],
    work: [
      { company: '天津滨海物流园区管理有限公司', town: '天津', title: '物流专员', titleEn: 'Logistics Specialist', start: '2010-07', end: '2013-06', duties: ['Customs clearance documents and warehouse booking'] },
      { company: 'Eastlake Supply Chain Solutions Pty Ltd', town: 'Melbourne', title: '毕业生分析师', titleEn: 'Graduate Analyst', start: '2015-02', end: '2016-01', duties: ['Inventory analysis for FMCG clients'] },
      { company: '天津中德汽车零部件有限公司', town: '天津', title: '物料计划员', titleEn: 'Material Planner', start: '2016-03', end: '2020-08', duties: ['MRP runs in SAP for 2,300 part numbers'] },
      { company: '天津中德汽车零部件有限公司', town: '天津', title: '物料计划主管', titleEn: 'Material Planning Supervisor', start: '2020-09', end: null, duties: ['Leads 6 planners; monthly S&OP; Power BI reporting'] },
    ],
    education: [
      { school: '津门大学', town: '天津', award: '物流管理 本科 / BMgt Logistics Management', start: '2006-09', end: '2010-06' },
      { school: 'Yarra Valley University', town: 'Melbourne', award: 'Master of Supply Chain Management', start: '2013-07', end: '2014-12' },
    ],
    languages: ['Chinese (native)', 'English (IELTS 7.0)', 'German (A2)'],
    certificates: ['APICS CPIM'],
    referees: [],
    gaps: [{ start: '2013-07', end: '2014-12', note: 'Full-time study in Australia' }, { start: '2016-02', end: '2016-02', note: 'Return to China' }],
    summary: 'Supply chain planner in automotive components.',
  },
];
