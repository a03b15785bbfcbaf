/**
 * heldout-38: sixteen invented people. Every name, employer, school, address, e-mail and phone number is made up.
 * `skills` are truth strings: the first spelling is what the documents print, other spellings follow ` | `.
 */
export type Lang = 'en' | 'zh' | 'mixed';
export interface Job {
  company: string; // as printed, never with the town
  title: string;
  place: string; // printed beside the company in some templates
  start: string; // YYYY-MM
  end: string | null;
  bullets: string[];
  titleEn?: string; // mixed people: English title where a template prints both
}
export interface Edu { school: string; degree: string; start: string; end: string; place?: string }
export interface Referee { name: string; role: string; org: string; phone: string; email?: string }
export interface Person {
  id: string;
  language: Lang;
  name: string; // truth name (Chinese for mixed)
  alt?: string; // romanised or English name printed beside it
  sex: 'M' | 'F';
  dob: string; // YYYY-MM-DD
  nationality: string;
  address: string[];
  email: string;
  phone: string; // E.164
  phoneLocal: string; // as the person writes it
  headline: string;
  summary: string;
  skills: string[];
  work: Job[];
  education: Edu[];
  languages: string[];
  certs: string[];
  referees: Referee[];
  gaps?: { start: string; end: string; note: string }[];
  extra?: Record<string, string>;
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Carla Maybelle Duncombe', sex: 'F', dob: '1989-08-14', nationality: 'St Helenian (British Overseas Territories citizen)',
    address: ['Piccolo Hill Cottage', 'Half Tree Hollow', 'St Helena Island, STHL 1ZZ'],
    email: 'carla.duncombe@helix-mail.sh', phone: '+29051763', phoneLocal: '51763',
    headline: 'Customs Officer',
    summary: 'Customs officer with fifteen years in freight, stores and border work on St Helena and Ascension. Careful with declarations and tariff classification, calm at the wharf and the airport counter, and used to training new staff.',
    skills: ['Tariff classification (HS codes) | HS classification', 'ASYCUDA World | ASYCUDA', 'Stock control', 'Sage 50 Accounts | Sage 50', 'Microsoft Excel | Excel', 'Cash handling', 'Forklift operation'],
    work: [
      { company: 'Ladder Hill Freight Services Ltd', title: 'Stores Clerk', place: 'Jamestown', start: '2010-03', end: '2013-06', bullets: ['Booked in sea freight from the RMS and kept the bonded store ledger.', 'Reconciled monthly stock counts in Sage 50.'] },
      { company: 'Two Boats Catering Services', title: 'Stores Supervisor', place: 'Ascension Island', start: '2013-09', end: '2016-01', bullets: ['Ran dry, chilled and frozen stores for a 300-cover mess.', 'Cut write-offs by a third with first-in first-out rotation.'] },
      { company: 'St Helena Government', title: 'Assistant Customs Officer', place: 'Jamestown', start: '2016-04', end: '2020-05', bullets: ['Examined cargo and passenger baggage at the wharf and airport.', 'Assessed duty on imports and issued receipts.'] },
      { company: 'St Helena Government', title: 'Customs Officer', place: 'Jamestown', start: '2020-06', end: null, bullets: ['Lead officer for airport arrivals; supervises two assistant officers.', 'Helped move import declarations onto ASYCUDA World in 2022.'] },
    ],
    education: [
      { school: 'Prince Andrew School', degree: 'GCSEs (7) and BTEC Level 3 Business', start: '2000-09', end: '2007-07', place: 'St Helena' },
      { school: 'Open University', degree: 'Certificate of Higher Education in Business Studies', start: '2017-10', end: '2019-06' },
    ],
    languages: ['English (fluent)'], certs: ['WCO Customs Valuation e-learning (2021)', 'Forklift licence, counterbalance (2014)'],
    referees: [
      { name: 'Mr Derek Alan Moyce', role: 'Collector of Customs', org: 'St Helena Government', phone: '+290 22641' },
      { name: 'Mrs Eileen Plato-Bennett', role: 'Operations Manager', org: 'Two Boats Catering Services', phone: '+247 66210' },
    ],
    gaps: [{ start: '2013-07', end: '2013-08', note: 'Relocation to Ascension Island' }],
  },
  {
    id: 'p02', language: 'en', name: 'Teina Vaine Akaruru', sex: 'F', dob: '1991-02-03', nationality: 'Cook Islander (New Zealand citizen)',
    address: ['PO Box 3117', 'Avarua, Rarotonga', 'Cook Islands'],
    email: 'teina.akaruru@oyster.net.ck', phone: '+68255418', phoneLocal: '55 418',
    headline: 'Head Chef',
    summary: 'Head chef trained in Rarotonga and Auckland kitchens. Cooks Pacific produce with classical technique, writes costed menus and runs a brigade of twelve.',
    skills: ['Pacific fusion cuisine', 'Menu costing', 'HACCP | food safety', 'Pastry & bread', 'Seafood butchery', 'Kitchen rostering | staff rostering', 'Ordering & stock control | stock control'],
    work: [
      { company: 'Muri Lagoon Resort', title: 'Commis Chef', place: 'Rarotonga', start: '2012-05', end: '2014-10', bullets: ['Cold larder and breakfast service for 180 rooms.'] },
      { company: 'Kokako Dining Room', title: 'Stagiaire (unpaid stage)', place: 'Wellington', start: '2014-11', end: '2014-11', bullets: ['Four-week stage on the fish and sauce sections.'] },
      { company: 'Harbourside Bistro', title: 'Chef de Partie', place: 'Auckland', start: '2014-12', end: '2017-03', bullets: ['Ran the grill and fish sections, 140 covers a night.', 'Trained two apprentices through their NZ Certificate in Cookery.'] },
      { company: 'Te Vaka Kitchen & Bar', title: 'Sous Chef', place: 'Avarua', start: '2017-10', end: '2021-12', bullets: ['Wrote the seasonal menu and costed every dish to a 30 % food cost.', 'Kept the kitchen open through the 2020 border closure with a local-produce menu.'] },
      { company: 'Aroa Reef Hotel', title: 'Head Chef', place: 'Rarotonga', start: '2022-02', end: null, bullets: ['Leads a brigade of 12 across two restaurants and banqueting.', 'Introduced HACCP-based food safety plan; passed every Ministry of Health inspection.'] },
    ],
    education: [
      { school: 'Tereora College', degree: 'NCEA Level 2', start: '2004-01', end: '2008-12', place: 'Rarotonga' },
      { school: 'Cook Islands Tertiary Training Institute', degree: 'Certificate in Cookery (Level 3)', start: '2010-02', end: '2011-11', place: 'Rarotonga' },
    ],
    languages: ['Cook Islands Maori (native)', 'English (fluent)'], certs: ['First Aid Certificate (St John, 2024)', 'Licensed Controller Qualification (2019)'],
    referees: [
      { name: 'Mr Tupou Marurai', role: 'General Manager', org: 'Aroa Reef Hotel', phone: '+682 21 845' },
      { name: 'Ms Georgina Flett', role: 'Owner / Executive Chef', org: 'Harbourside Bistro', phone: '+64 21 366 410' },
    ],
    gaps: [{ start: '2017-04', end: '2017-09', note: 'Travel in Asia and return home' }],
  },
  {
    id: 'p03', language: 'en', name: 'Palesa Rethabile Mokhachane', sex: 'F', dob: '1988-11-22', nationality: 'Mosotho',
    address: ['Plot 14, Ha Thetsane', 'Maseru 100', 'Lesotho'],
    email: 'palesa.mokhachane@gmail.com', phone: '+26658214739', phoneLocal: '5821 4739',
    headline: 'Epidemiologist',
    summary: 'Epidemiologist working on HIV and TB cohort studies in Lesotho. I design surveys, clean and analyse routine data, and teach district teams to use it.',
    skills: ['Stata', 'R', 'REDCap', 'DHIS2', 'Survival analysis', 'Sample size calculation', 'QGIS', 'Survey design'],
    work: [
      { company: 'Maseru District Health Management Team', title: 'Data Intern', place: 'Maseru', start: '2013-01', end: '2013-06', bullets: ['Entered and checked monthly facility returns in DHIS2.'] },
      { company: 'Sechaba Health Trust', title: 'Monitoring & Evaluation Officer', place: 'Maseru', start: '2013-08', end: '2017-07', bullets: ['Ran quarterly data-quality audits at 24 clinics.', 'Built the trust\u2019s first REDCap database for community HIV testing.'] },
      { company: 'Qhobosheane Research Institute', title: 'Research Fellow', place: 'Maseru', start: '2019-01', end: '2022-03', bullets: ['Analysed a 9,000-patient TB treatment cohort (Cox models, competing risks).'] },
      { company: 'Qhobosheane Research Institute', title: 'Senior Epidemiologist', place: 'Maseru', start: '2022-04', end: null, bullets: ['Leads the analysis team (4 staff) and the district mapping work in QGIS.', 'Co-investigator on two national surveys.'] },
    ],
    education: [
      { school: 'National University of Lesotho', degree: 'BSc Statistics and Demography', start: '2008-08', end: '2012-06', place: 'Roma' },
      { school: 'University of the Cape Flats', degree: 'MSc Epidemiology (with distinction)', start: '2017-09', end: '2018-11', place: 'Cape Town' },
    ],
    languages: ['Sesotho (mother tongue)', 'English (fluent)', 'isiZulu (basic)'], certs: ['Good Clinical Practice (2023)'],
    referees: [
      { name: 'Dr Thabo Lekhanya', role: 'Director', org: 'Qhobosheane Research Institute', phone: '+266 2231 4470' },
      { name: 'Ms Nthabiseng Ramakatsa', role: 'Programme Manager', org: 'Sechaba Health Trust', phone: '+266 2832 1096' },
    ],
    gaps: [{ start: '2017-08', end: '2018-12', note: 'Full-time MSc study' }],
  },
  {
    id: 'p04', language: 'en', name: 'Rosalind Kerr-Abernathy', sex: 'F', dob: '1991-06-09', nationality: 'United States',
    address: ['2218 SE Alder Street, Apt 4', 'Portland, OR 97214'],
    email: 'rkabernathy.arch@gmail.com', phone: '+19713842716', phoneLocal: '(971) 384-2716',
    headline: 'Licensed Architect, Mass Timber',
    summary: 'Licensed architect (Oregon) with eleven years in multifamily and civic work. I take projects from schematic design through construction administration and specialise in mass-timber detailing.',
    skills: ['Revit', 'AutoCAD', 'Rhino + Grasshopper | Rhino | Grasshopper', 'Enscape', 'Bluebeam Revu | Bluebeam', 'Mass timber detailing', 'Construction administration | CA', 'Code analysis (IBC) | IBC code analysis'],
    work: [
      { company: 'Halvorsen Lund Architects', title: 'Architectural Intern', place: 'Seattle, WA', start: '2014-06', end: '2015-08', bullets: ['Drew permit sets for two mid-rise apartment buildings.'] },
      { company: 'Halvorsen Lund Architects', title: 'Designer I', place: 'Seattle, WA', start: '2015-09', end: '2018-02', bullets: ['Ran Revit models and consultant coordination for a 140-unit project.'] },
      { company: 'Brightwater Studio', title: 'Project Architect', place: 'Portland, OR', start: '2018-03', end: '2023-01', bullets: ['Project architect for a CLT library branch (LEED Gold).', 'Led CA: RFIs, submittals and site reports.'] },
      { company: 'Cascadia Timber Design Collaborative', title: 'Associate', place: 'Portland, OR', start: '2023-02', end: null, bullets: ['Leads the mass-timber detailing group and the firm\u2019s Revit standards.', 'Manages fee and schedule on projects up to $38M.'] },
    ],
    education: [
      { school: 'University of the Pacific Northwest', degree: 'Master of Architecture', start: '2012-09', end: '2014-06', place: 'Eugene, OR' },
      { school: 'Linfield Ridge College', degree: 'BA Art History', start: '2009-09', end: '2012-06' },
    ],
    languages: ['English (native)', 'Spanish (conversational)'], certs: ['Licensed Architect, Oregon (2019)', 'LEED AP BD+C'],
    referees: [],
  },
  {
    id: 'p05', language: 'en', name: 'Owen Prys Bellamy', sex: 'M', dob: '1994-01-27', nationality: 'British',
    address: ['41 Heol y Felin', 'Rhiwbina', 'Cardiff CF14 6NT'],
    email: 'owen.bellamy@btinternet.com', phone: '+447824519306', phoneLocal: '07824 519306',
    headline: 'Senior Quantity Surveyor',
    summary: 'Quantity surveyor on civil engineering and highways schemes across South Wales, working towards MRICS. Comfortable from cost plan to final account under NEC4.',
    skills: ['NRM2 measurement | NRM2', 'CostX', 'Cost planning', 'Tender analysis', 'NEC4 contract administration | NEC4', 'Valuations & final accounts', 'Excel', 'Bluebeam'],
    work: [
      { company: 'Gwent Build Partnership', title: 'Trainee Quantity Surveyor (placement year)', place: 'Newport', start: '2015-07', end: '2016-08', bullets: ['Measured groundworks and prepared interim valuations for school extensions.'] },
      { company: 'Morland Tait LLP', title: 'Assistant Quantity Surveyor', place: 'Cardiff', start: '2018-09', end: '2021-04', bullets: ['Prepared bills of quantities to NRM2 for public-sector clients.'] },
      { company: 'Morland Tait LLP', title: 'Quantity Surveyor', place: 'Cardiff', start: '2021-05', end: '2024-06', bullets: ['Cost manager on a \u00a312m active-travel bridge scheme.', 'Ran tender analysis and NEC4 compensation events.'] },
      { company: 'Carreg Infrastructure Ltd', title: 'Senior Quantity Surveyor', place: 'Bridgend', start: '2024-07', end: null, bullets: ['Commercial lead on two highways frameworks; monthly CVR reporting.'] },
    ],
    education: [
      { school: 'Cardiff Metropolitan Polytechnic', degree: 'BSc (Hons) Quantity Surveying and Commercial Management, 2:1', start: '2013-09', end: '2017-06', place: 'Cardiff' },
      { school: 'Ysgol Gyfun Glantaf', degree: 'A levels: Maths (A), Geography (B), Welsh (B)', start: '2010-09', end: '2012-07' },
    ],
    languages: ['English', 'Welsh (fluent)'], certs: ['CSCS Gold card', 'SMSTS (2022)'],
    referees: [{ name: 'Gareth Lloyd-Probert MRICS', role: 'Partner', org: 'Morland Tait LLP', phone: '029 2048 7731' }],
    gaps: [{ start: '2016-09', end: '2018-08', note: 'Final years of degree' }],
    extra: { pathway: 'Quantity Surveying and Construction', rics: '6198273', counsellor: 'Gareth Lloyd-Probert MRICS', supervisor: 'Hannah Price MRICS' },
  },
  {
    id: 'p06', language: 'en', name: 'Alieu Bakary Joof', sex: 'M', dob: '1990-04-18', nationality: 'Gambian',
    address: ['Compound No. 27, Kotu Layout', 'Kanifing Municipality', 'The Gambia'],
    email: 'alieubjoof@yahoo.com', phone: '+2207634518', phoneLocal: '763 4518',
    headline: 'Network Engineer',
    summary: 'Network and systems engineer with banking and telecom experience in The Gambia. Cisco-certified, calm during outages, and used to documenting everything.',
    skills: ['Cisco routing & switching | Cisco networking', 'Windows Server', 'Active Directory', 'Linux (CentOS, Ubuntu) | Linux', 'Temenos T24 support | T24', 'FortiGate firewalls | Fortinet', 'VMware vSphere | VMware'],
    work: [
      { company: 'Gambia Youth Service Corps', title: 'National Service \u2013 ICT Assistant', place: 'Brikama', start: '2012-10', end: '2013-09', bullets: ['Set up and maintained a 40-seat computer lab at a senior secondary school.'] },
      { company: 'Sahel Atlantic Bank Gambia Ltd', title: 'IT Support Officer', place: 'Banjul', start: '2013-11', end: '2017-05', bullets: ['First-line support for 14 branches; T24 user administration.'] },
      { company: 'Sahel Atlantic Bank Gambia Ltd', title: 'Systems Administrator', place: 'Banjul', start: '2017-06', end: '2020-08', bullets: ['Ran Active Directory, Exchange and the VMware cluster; led the DR site test.'] },
      { company: 'Kombo Telecom Services', title: 'Network Engineer', place: 'Kanifing', start: '2020-10', end: null, bullets: ['Designs and maintains the MPLS core and FortiGate edge for enterprise customers.', 'On-call lead for the fibre backbone.'] },
    ],
    education: [
      { school: 'University of The Gambia', degree: 'BSc Computer Science', start: '2008-10', end: '2012-07', place: 'Serrekunda' },
      { school: 'Nusrat Senior Secondary School', degree: 'WASSCE', start: '2005-09', end: '2008-06' },
    ],
    languages: ['Wolof', 'Mandinka', 'English', 'French (basic)'], certs: ['CCNP Enterprise (2022)', 'VMware VCP-DCV (2019)'],
    referees: [
      { name: 'Mr Ebrima S. Colley', role: 'Head of IT', org: 'Sahel Atlantic Bank Gambia Ltd', phone: '+220 442 8190' },
      { name: 'Mrs Haddy Sowe', role: 'CTO', org: 'Kombo Telecom Services', phone: '+220 771 3304' },
    ],
  },
  {
    id: 'p07', language: 'en', name: 'Ciar\u00e1n P\u00e1draig Mulrooney', sex: 'M', dob: '1993-09-30', nationality: 'Irish',
    address: ['Cloonfad, Ballinagare', 'Co. Roscommon', 'F45 KX82'],
    email: 'ciaran.mulrooney@eircom.net', phone: '+353861429057', phoneLocal: '086 142 9057',
    headline: 'Soil scientist and agronomist',
    summary: 'Agronomist and soil scientist. Four years advising Irish grassland and tillage farmers, two years running farmer field schools in northern Uganda, now in a soil laboratory.',
    skills: ['Soil sampling & analysis | soil analysis', 'Nutrient management planning | NMP', 'Farmer field schools', 'ArcGIS', 'KoboToolbox | Kobo Toolbox', 'Irrigation scheduling', 'Training of trainers | ToT'],
    work: [
      { company: 'Kilbrack Agricultural Co-operative', title: 'Farm Advisor Intern', place: 'Castlerea', start: '2016-06', end: '2016-09', bullets: ['Soil-sampled 60 grassland farms for the co-op\u2019s fertiliser plans.'] },
      { company: 'Kilbrack Agricultural Co-operative', title: 'Agronomist', place: 'Castlerea', start: '2017-01', end: '2020-12', bullets: ['Advised 140 members on nutrient management plans and tillage crops.'] },
      { company: 'Harvest Roots Uganda', title: 'Agricultural Extension Coordinator', place: 'Gulu, Uganda', start: '2021-03', end: '2023-02', bullets: ['Ran 38 farmer field schools with a team of 6 extension workers.', 'Moved field monitoring to KoboToolbox.'] },
      { company: 'Shannonside Soil Labs Ltd', title: 'Soil Scientist', place: 'Athlone', start: '2023-05', end: null, bullets: ['Interprets soil and herbage results and writes advisory reports.'] },
    ],
    education: [
      { school: 'University College Westmeath', degree: 'BAgrSc (Hons) Agricultural Science', start: '2012-09', end: '2016-05', place: 'Athlone' },
      { school: 'Atlantic Technological College', degree: 'MSc Environmental Soil Science', start: '2016-09', end: '2017-08' },
    ],
    languages: ['English (native)', 'Irish (good)', 'Acholi (basic)'], certs: ['Full clean driving licence (B)', 'FETAC Pesticide Application'],
    referees: [
      { name: 'Dr Nuala Keaveney', role: 'Laboratory Manager', org: 'Shannonside Soil Labs Ltd', phone: '+353 90 647 2218' },
      { name: 'Mr Okello Denis Ojok', role: 'Country Director', org: 'Harvest Roots Uganda', phone: '+256 772 418 660' },
    ],
    gaps: [{ start: '2023-03', end: '2023-04', note: 'Return to Ireland' }],
  },
  // ---------------------------------------------------------------- Chinese
  {
    id: 'p08', language: 'zh', name: '邝雨桐', sex: 'F', dob: '1993-05-11', nationality: '中国',
    address: ['广东省广州市天河区棠下荷光路 88 号'],
    email: 'kuangyutong@163.com', phone: '+8613826417593', phoneLocal: '138 2641 7593',
    headline: '财务经理',
    summary: '中级会计师，十年会计师事务所与企业财务经验，熟悉合并报表、税务筹划与内控建设，带过 8 人财务团队。',
    skills: ['用友U8 | 用友', '金蝶K/3 | 金蝶', 'Excel函数与数据透视表 | Excel', '合并报表', '税务筹划', '成本核算', '内部控制 | 内控'],
    work: [
      { company: '广州市穗丰会计师事务所有限公司', title: '审计助理（实习）', place: '广州', start: '2015-07', end: '2015-12', bullets: ['参与 3 家制造业客户年报审计，负责货币资金、往来函证。'] },
      { company: '广州市穗丰会计师事务所有限公司', title: '审计员', place: '广州', start: '2016-07', end: '2019-03', bullets: ['独立负责中小企业年审及高新技术企业专项审计。'] },
      { company: '广东粤湾物流集团有限公司', title: '财务主管', place: '广州', start: '2019-04', end: '2023-08', bullets: ['负责集团 6 家子公司月度合并报表；', '推动费用报销上线用友U8，结账周期由 10 天缩短至 5 天。'] },
      { company: '佛山市恒晟新材料股份有限公司', title: '财务经理', place: '佛山', start: '2023-09', end: null, bullets: ['统筹核算、税务、资金管理，带领 8 人团队；', '主导 IPO 前内控梳理与成本核算体系改造。'] },
    ],
    education: [
      { school: '广东财经学院', degree: '会计学 本科 管理学学士', start: '2012-09', end: '2016-06', place: '广州' },
    ],
    languages: ['英语（CET-6）', '粤语（母语）'], certs: ['中级会计师（2019）', '税务师（2022）'],
    referees: [],
  },
  {
    id: 'p09', language: 'zh', name: '葛沐阳', sex: 'M', dob: '1997-10-02', nationality: '中国',
    address: ['山东省济南市历下区燕子山西路 17 号 3 单元 502'],
    email: '2846513907@qq.com', phone: '+8615165287403', phoneLocal: '151 6528 7403',
    headline: '汉语教师',
    summary: '汉语国际教育专业硕士，曾赴泰国任中文教师一年，熟悉中小学中文课堂与 HSK 辅导，擅长书法教学。',
    skills: ['对外汉语教学 | 国际中文教学', '课堂管理', 'PPT课件制作 | PPT', '希沃白板 | Seewo', 'HSK备考辅导 | HSK辅导', '书法'],
    work: [
      { company: '济南市历下区启明培训学校', title: '语文助教（兼职）', place: '济南', start: '2018-09', end: '2019-06', bullets: ['协助小学语文阅读课，批改作文。'] },
      { company: '山东明德外国语学校', title: '初中语文教师', place: '济南', start: '2020-08', end: '2023-07', bullets: ['担任两个班语文教学及班主任工作。'] },
      { company: '清迈湄平中学', title: '中文教师', place: '泰国清迈', start: '2023-09', end: '2024-09', bullets: ['承担初一至高三 12 个班中文课，每周 18 课时；', '组织春节文化周及书法社团。'] },
      { company: '山东明德外国语学校', title: '国际部汉语教师', place: '济南', start: '2024-10', end: null, bullets: ['为外籍学生开设 HSK 3—5 级课程。'] },
    ],
    education: [
      { school: '齐鲁师范学院', degree: '汉语言文学 本科', start: '2016-09', end: '2020-06', place: '济南' },
      { school: '山东师苑大学', degree: '汉语国际教育 硕士（非全日制）', start: '2021-09', end: '2024-06', place: '济南' },
    ],
    languages: ['英语 CET-6 512 分', '泰语（日常交流）'], certs: ['国际中文教师证书', '普通话二级甲等', '高级中学教师资格证（语文）'],
    referees: [{ name: '孙晓丽', role: '国际部主任', org: '山东明德外国语学校', phone: '0531-86127705' }],
    extra: { politics: '中共党员', height: '178 cm', talent: '书法、太极拳', post: '2026 年 泰国 中小学岗', dispatch: '山东明德外国语学校' },
  },
  {
    id: 'p10', language: 'zh', name: '符嘉豪', sex: 'M', dob: '1994-12-19', nationality: '中国',
    address: ['广东省深圳市南山区西丽街道留仙大道 3370 号'],
    email: 'fujiahao_dev@126.com', phone: '+8618676523140', phoneLocal: '186-7652-3140',
    headline: '后端技术专家（Java / Go）',
    summary: '8 年后端开发经验，主导过支付清结算与风控系统，熟悉高并发、分布式事务与云原生部署。',
    skills: ['Java', 'Spring Boot', 'MySQL', 'Redis', 'Kafka', 'Kubernetes | K8s', 'Go | Golang', '分布式事务'],
    work: [
      { company: '海口椰城网络科技有限公司', title: 'Java开发实习生', place: '海口', start: '2016-03', end: '2016-06', bullets: ['参与旅游票务小程序后台接口开发。'] },
      { company: '深圳市云帆互动科技有限公司', title: 'Java开发工程师', place: '深圳', start: '2016-07', end: '2019-12', bullets: ['负责游戏充值与订单系统，日订单 200 万；', '引入 Redis 缓存，核心接口 RT 降低 60%。'] },
      { company: '深圳前海微链金融服务有限公司', title: '高级后端工程师', place: '深圳', start: '2020-06', end: '2024-02', bullets: ['重构清结算系统，基于 Kafka + TCC 实现分布式事务；', '推动服务迁移至 Kubernetes。'] },
      { company: '深圳前海微链金融服务有限公司', title: '技术专家', place: '深圳', start: '2024-03', end: null, bullets: ['负责风控平台架构，带 6 人小组，使用 Go 重写规则引擎。'] },
    ],
    education: [{ school: '海南热带理工学院', degree: '计算机科学与技术 本科', start: '2012-09', end: '2016-06', place: '海口' }],
    languages: ['英语（CET-4，可阅读英文文档）'], certs: ['软考 系统架构设计师（2021）'],
    referees: [],
    gaps: [{ start: '2020-01', end: '2020-05', note: '个人原因（家中有事）' }],
  },
  {
    id: 'p11', language: 'zh', name: '钟晓岚', sex: 'F', dob: '1989-03-08', nationality: '中国',
    address: ['湖北省武汉市汉阳区四新大道 216 号'],
    email: 'zhongxl_bridge@163.com', phone: '+8613971560284', phoneLocal: '13971560284',
    headline: '高级工程师（桥梁）',
    summary: '长期从事大跨径桥梁施工技术与项目管理，主持完成多项省重点工程，获省部级科技奖 2 项。',
    skills: ['桥梁施工技术', 'BIM（Revit/Navisworks） | BIM', 'Midas Civil', '大体积混凝土温控', '项目进度管理', 'AutoCAD'],
    work: [
      { company: '湖北楚天路桥集团有限公司', title: '技术员', place: '武汉', start: '2012-07', end: '2015-06', bullets: ['参与汉江特大桥主墩施工，负责测量与技术交底。'] },
      { company: '湖北楚天路桥集团有限公司', title: '项目总工程师', place: '武汉', start: '2015-07', end: '2020-12', bullets: ['主持某长江公路大桥北岸主塔施工技术管理；', '牵头大体积混凝土温控课题，获省科技进步二等奖。'] },
      { company: '湖北长江交通建设投资有限公司', title: '工程管理部副部长', place: '武汉', start: '2021-01', end: '2024-04', bullets: ['负责 5 个在建项目的进度、质量与 BIM 管理。'] },
      { company: '湖北长江交通建设投资有限公司', title: '工程管理部部长', place: '武汉', start: '2024-05', end: null, bullets: ['统筹公司工程建设管理，推动智慧工地平台建设。'] },
    ],
    education: [
      { school: '华中交通大学', degree: '土木工程 本科', start: '2007-09', end: '2011-06', place: '武汉' },
      { school: '华中交通大学', degree: '桥梁与隧道工程 硕士', start: '2011-09', end: '2012-06', place: '武汉' },
    ],
    languages: ['英语（熟练）'], certs: ['一级建造师（公路）', '高级工程师'],
    referees: [],
    extra: { politics: '中共党员', nation: '汉族', native: '湖北黄冈', honours: '2019 年 湖北省青年岗位能手；2022 年 省科技进步二等奖（排名第 2）' },
  },
  {
    id: 'p12', language: 'zh', name: '蒲德勤', sex: 'M', dob: '1975-07-16', nationality: '中国',
    address: ['四川省遂宁市蓬溪县赤城镇农科路 9 号'],
    email: 'pudeqin1975@126.com', phone: '+8613908251647', phoneLocal: '139 0825 1647',
    headline: '副研究员（果树栽培）',
    summary: '从事丘陵地区柑橘栽培与农技推广近三十年，长期在乡镇一线开展技术服务。',
    skills: ['柑橘栽培 | 柑橘种植', '水肥一体化', '病虫害绿色防控 | 病虫害防治', '土壤改良', '农技培训', '无人机植保 | 植保无人机'],
    work: [
      { company: '蓬溪县农业技术推广站', title: '技术员', place: '蓬溪', start: '1998-07', end: '2006-12', bullets: ['负责 6 个乡镇柑橘、蔬菜技术指导。'] },
      { company: '蓬溪县农业技术推广站', title: '站长', place: '蓬溪', start: '2007-01', end: '2015-08', bullets: ['组织实施柑橘标准园创建项目，推广水肥一体化 1.2 万亩。'] },
      { company: '四川川中丘陵农业科学研究所', title: '副研究员', place: '遂宁', start: '2015-09', end: null, bullets: ['主持市级科技项目 3 项，培训农民 6000 余人次。'] },
    ],
    education: [
      { school: '四川农林专科学校', degree: '果树 专科', start: '1995-09', end: '1998-06', place: '雅安' },
      { school: '西南农学院', degree: '农学 本科（函授）', start: '2003-03', end: '2006-01' },
    ],
    languages: [], certs: ['农业技术推广研究员任职资格（副高）'],
    referees: [],
    extra: { politics: '中共党员', nation: '汉族', native: '四川蓬溪', landline: '0825-5412366', service: '遂宁市船山区永兴镇 柑橘产业', unitPhone: '0825-2267031' },
  },
  // ---------------------------------------------------------------- mixed
  {
    id: 'p13', language: 'mixed', name: '楼佳慧', alt: 'Hazel Lou', sex: 'F', dob: '1992-09-17', nationality: 'Chinese',
    address: ['浙江省义乌市稠城街道宾王路 158 号', 'No. 158 Binwang Road, Yiwu, Zhejiang'],
    email: 'hazellou0917@163.com', phone: '+8613757912086', phoneLocal: '+86 137 5791 2086',
    headline: 'Export Sales Manager 外贸业务经理',
    summary: 'Export sales manager with 11 years selling home textiles and crafts to Europe and Latin America. 11 年外贸经验，擅长阿里国际站运营与展会开发客户。',
    skills: ['Alibaba.com store operation | Alibaba International | 阿里国际站运营', 'Google Ads', 'B2B negotiation | 商务谈判', 'L/C documents | 信用证单证', 'Trade show sales | 展会销售', 'Salesforce CRM | Salesforce', 'Excel'],
    work: [
      { company: 'Ningbo Haishu Meiyuan Trading Co., Ltd.', title: '业务助理（实习）', titleEn: 'Sales Assistant (Intern)', place: 'Ningbo', start: '2014-03', end: '2014-06', bullets: ['Prepared quotations and samples for EU buyers.'] },
      { company: 'Ningbo Haishu Meiyuan Trading Co., Ltd.', title: '外贸业务员', titleEn: 'Sales Representative', place: 'Ningbo', start: '2014-07', end: '2018-09', bullets: ['Grew a Spanish and Chilean customer base from 3 to 27 accounts.'] },
      { company: 'Zhejiang Dongqian Home Textile Import & Export Co., Ltd.', title: '高级业务经理', titleEn: 'Senior Sales Executive', place: 'Ningbo', start: '2018-10', end: '2022-05', bullets: ['USD 6.8M annual sales; handled L/C and D/P documentation.'] },
      { company: 'Yiwu Longtan Crafts Co., Ltd.', title: '外贸部经理', titleEn: 'Export Sales Manager', place: 'Yiwu', start: '2022-06', end: null, bullets: ['Leads 7 sales staff; runs the Alibaba.com store and Google Ads.', 'Canton Fair and Frankfurt Ambiente booths every year.'] },
    ],
    education: [{ school: 'Zhejiang Wanli College of Commerce 浙江万里商学院', degree: 'BA International Trade 国际经济与贸易 学士', start: '2010-09', end: '2014-06' }],
    languages: ['English (CET-6, fluent)', 'Spanish (DELE B1)', 'Mandarin (native)'], certs: ['International Trade Documentation Certificate 国际商务单证员'],
    referees: [],
  },
  {
    id: 'p14', language: 'mixed', name: '覃若琳', alt: 'Qin Ruolin (Irene)', sex: 'F', dob: '1999-04-25', nationality: 'Chinese',
    address: ['北京市海淀区学院路 37 号 北苑 12 号楼', 'Haidian District, Beijing'],
    email: 'irene.qin.rl@outlook.com', phone: '+8617801264935', phoneLocal: '178 0126 4935',
    headline: 'Programme Assistant, development policy',
    summary: 'International relations graduate (MA) with two internships in development organisations and two years as programme assistant on South\u2013South cooperation. 国际关系硕士，熟悉国际发展项目管理。',
    skills: ['Project monitoring & reporting | M&E reporting', 'Stakeholder coordination', 'Policy research | 政策研究', 'SPSS', 'Tableau', 'Conference interpreting (zh\u2013en) | 口译'],
    work: [
      { company: 'Beijing Huanyu Development Consultancy', title: '项目实习生', titleEn: 'Project Intern', place: 'Beijing', start: '2021-07', end: '2021-09', bullets: ['Compiled donor-mapping database for rural water projects.'] },
      { company: 'Asia-Pacific Rural Finance Network', title: '研究实习生', titleEn: 'Research Intern', place: 'Bangkok', start: '2022-02', end: '2022-07', bullets: ['Drafted two policy briefs on microinsurance; remote from Beijing for 3 months.'] },
      { company: 'Centre for South-South Cooperation Studies', title: '项目助理', titleEn: 'Programme Assistant', place: 'Beijing', start: '2023-08', end: null, bullets: ['Coordinates training programmes for officials from 20+ countries.', 'Writes quarterly M&E reports to the funder.'] },
    ],
    education: [
      { school: 'Beijing Foreign Affairs University 北京外事大学', degree: 'MA International Relations 国际关系 硕士', start: '2021-09', end: '2023-06' },
      { school: 'Guangxi Normal College 广西师范学院', degree: 'BA English 英语 学士', start: '2017-09', end: '2021-06' },
    ],
    languages: ['English (IELTS 8.0)', 'French (B1)', 'Mandarin (native)', 'Zhuang (spoken)'], certs: ['CATTI Level 2 Interpreter 二级口译'],
    referees: [{ name: 'Prof. Liang Weimin 梁伟民', role: 'Supervisor', org: 'Beijing Foreign Affairs University', phone: '+86 10 6231 8847' }],
    gaps: [{ start: '2023-07', end: '2023-07', note: 'Graduation' }],
    extra: { politics: '共青团员 CYL member', post: 'UNESCO Bangkok \u2013 Education Sector (intern)', dispatch: 'Centre for South-South Cooperation Studies' },
  },
  {
    id: 'p15', language: 'mixed', name: '顾立峰', alt: 'Leo Gu', sex: 'M', dob: '1986-12-03', nationality: 'Chinese',
    address: ['江苏省太仓市城厢镇郑和中路 288 号', 'Taicang, Jiangsu 215400'],
    email: 'leo.gu.lifeng@gmail.com', phone: '+8613962214758', phoneLocal: '139 6221 4758',
    headline: 'Strategic Procurement Manager 采购经理',
    summary: 'Strategic buyer for machined and cast parts in German-invested plants in Taicang. 15 年采购与供应商管理经验，负责年采购额 3.5 亿元。',
    skills: ['Strategic sourcing | 战略采购', 'Supplier development | 供应商开发', 'Cost breakdown analysis | 成本分析', 'SAP MM', 'VDA 6.3 process audit | VDA 6.3', 'Contract negotiation | 合同谈判', 'PPAP'],
    work: [
      { company: 'Taicang Kessler Precision Parts Co., Ltd.', title: '采购员', titleEn: 'Buyer', place: 'Taicang', start: '2009-07', end: '2013-02', bullets: ['Bought castings and fasteners for CNC lines; maintained SAP MM info records.'] },
      { company: 'Suzhou Rheinfeld Automotive Systems Co., Ltd.', title: '高级采购工程师', titleEn: 'Senior Purchasing Engineer', place: 'Taicang', start: '2013-03', end: '2018-11', bullets: ['Localised 140 parts from Germany to Chinese suppliers, saving 18 %.'] },
      { company: 'Suzhou Rheinfeld Automotive Systems Co., Ltd.', title: '采购经理', titleEn: 'Purchasing Manager', place: 'Taicang', start: '2018-12', end: '2022-09', bullets: ['Team of 6; RMB 210M spend; ran VDA 6.3 supplier audits.'] },
      { company: 'Jiangsu Bavaro Fluid Technology Co., Ltd.', title: '战略采购经理', titleEn: 'Strategic Procurement Manager', place: 'Kunshan', start: '2022-10', end: null, bullets: ['Owns RMB 350M spend in machined and cast parts; supplier development in Anhui.'] },
    ],
    education: [
      { school: 'Changzhou Institute of Mechanical Engineering 常州机电学院', degree: 'BEng Mechanical Design and Manufacturing 机械设计制造及其自动化', start: '2005-09', end: '2009-06' },
    ],
    languages: ['English (fluent, business)', 'German (A2)', 'Mandarin (native)'], certs: ['CIPS Level 4 Diploma (2019)'],
    referees: [{ name: 'Mr Jens Albrecht', role: 'Plant Director', org: 'Suzhou Rheinfeld Automotive Systems Co., Ltd.', phone: '+86 512 5357 8810' }],
  },
  {
    id: 'p16', language: 'mixed', name: '闫若溪', alt: 'Ruoxi Yan', sex: 'F', dob: '1995-08-08', nationality: 'Chinese',
    address: ['浙江省杭州市余杭区五常街道文一西路 998 号', 'Yuhang District, Hangzhou'],
    email: 'yanruoxi.ml@gmail.com', phone: '+8615658072391', phoneLocal: '156-5807-2391',
    headline: 'Machine Learning Engineer 机器学习工程师',
    summary: 'ML engineer working on recommendation and multimodal retrieval. 推荐算法与多模态检索方向，熟悉大规模训练与在线服务。',
    skills: ['PyTorch', 'Python', 'C++', 'Recommender systems | 推荐系统', 'Multimodal retrieval | 多模态检索', 'Spark', 'CUDA'],
    work: [
      { company: 'Hangzhou Xiyun Intelligent Technology Co., Ltd.', title: '算法实习生', titleEn: 'Algorithm Intern', place: 'Hangzhou', start: '2019-06', end: '2019-09', bullets: ['Built CTR features on Spark for an e-commerce feed.'] },
      { company: 'Hangzhou Xiyun Intelligent Technology Co., Ltd.', title: '算法工程师', titleEn: 'Algorithm Engineer', place: 'Hangzhou', start: '2020-07', end: '2022-12', bullets: ['Owned the ranking model for the home feed (+3.1 % GMV).'] },
      { company: 'Qiantang Vision Lab', title: '高级机器学习工程师', titleEn: 'Senior ML Engineer', place: 'Hangzhou', start: '2023-01', end: null, bullets: ['Leads image\u2013text retrieval models serving 40M queries/day.', 'Wrote CUDA kernels for the embedding service.'] },
    ],
    education: [
      { school: 'Zhejiang Qiushi University 浙江求是大学', degree: 'MEng Computer Science 计算机技术 硕士', start: '2018-09', end: '2020-06' },
      { school: 'Xi\u2019an Polytechnic Institute 西安理工学院', degree: 'BEng Software Engineering 软件工程 学士', start: '2014-09', end: '2018-06' },
    ],
    languages: ['English (TOEFL 106)', 'Mandarin (native)'], certs: [],
    referees: [],
    extra: { github: 'github.com/ruoxi-yan', gitee: 'gitee.com/yanruoxi', ccf: 'CCF 会员号 E200117634M', papers: 'Yan R., Zhou K. et al. "Cross-modal hard negatives for e-commerce retrieval." CIKM 2024.' },
  },
];
