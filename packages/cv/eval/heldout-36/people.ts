/**
 * heldout-36: sixteen invented people. Every name, employer, school, address, e-mail and phone number is made up.
 * Jobs carry YYYY-MM months (end null = current); skills are written the way the person would write them
 * (`s` is the printed spelling, `alt` other spellings that some document of theirs prints or a reader would accept).
 */
export type Lang = 'en' | 'zh' | 'mixed';
export interface Job {
  company: string;
  town: string;
  title: string;
  start: string;
  end: string | null;
  duties: string[];
  reason?: string;
  supervisor?: string;
}
export interface Skill { s: string; alt?: string[] }
export interface School { school: string; town: string; award: string; start: string; end: string }
export interface Referee { name: string; role: string; org: string; phone: string; email?: string }
export interface Person {
  id: string;
  language: Lang;
  name: string;
  /** English name of a mixed person, or the romanised name. */
  alt?: string;
  given: string;
  family: string;
  sex: 'F' | 'M';
  dob: string;
  birthplace: string;
  nationality: string;
  address: string[];
  email: string;
  /** as written at home, and E.164 for the truth */
  phoneNat: string;
  phoneIntl: string;
  e164: string;
  summary: string;
  jobs: Job[];
  skills: Skill[];
  education: School[];
  languages: string[];
  certificates: string[];
  referees: Referee[];
  extra?: Record<string, string>;
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Relebohile Mohapi', given: 'Relebohile', family: 'Mohapi', sex: 'F', dob: '1989-03-14',
    birthplace: 'Mafeteng', nationality: 'Mosotho',
    address: ['Private Bag A217', 'Ha Thetsane', 'Maseru 100', 'Lesotho'],
    email: 'relebohile.mohapi@gmail.com', phoneNat: '5882 4137', phoneIntl: '+266 5882 4137', e164: '+26658824137',
    summary: 'Accountant with thirteen years in cooperative finance, district government and agro-processing; prepares IFRS and IPSAS statements and leads a finance team of four.',
    jobs: [
      { company: 'Mohokare Accounting Services', town: 'Mafeteng', title: 'Audit Intern', start: '2012-02', end: '2012-11', duties: ['Vouching of expenditure files for small-business audit clients', 'Stock counts and debtor circularisation'], reason: 'End of internship' },
      { company: 'Likhoele Textile Company (Pty) Ltd', town: 'Maseru', title: 'Accounts Clerk', start: '2013-01', end: '2016-06', duties: ['Creditors and debtors ledgers on Pastel', 'Weekly wages for 140 machinists'], reason: 'Career advancement' },
      { company: 'Mafeteng Savings and Credit Cooperative', town: 'Mafeteng', title: 'Accountant', start: '2016-08', end: '2020-03', duties: ['Monthly management accounts and annual statements for members', 'Loan-book reconciliations and provisioning'], reason: 'Offered senior post' },
      { company: 'Senqu Agro-Processing Ltd', town: 'Maseru', title: 'Senior Accountant', start: '2020-04', end: null, duties: ['Statutory financial statements under IFRS for SMEs', 'Budget preparation and donor grant reporting', 'Supervision of two accounts officers and two clerks'] },
    ],
    skills: [{ s: 'IFRS reporting' }, { s: 'Pastel Partner', alt: ['Sage Pastel'] }, { s: 'Payroll administration' }, { s: 'Bank reconciliations' }, { s: 'MS Excel (pivot tables)', alt: ['Excel'] }, { s: 'IPSAS' }, { s: 'Budget preparation' }],
    education: [
      { school: 'National University of Lesotho', town: 'Roma', award: 'B.Com. (Accounting)', start: '2008-08', end: '2011-11' },
      { school: 'Mafeteng High School', town: 'Mafeteng', award: 'LGCSE', start: '2003-01', end: '2007-11' },
    ],
    languages: ['Sesotho (native)', 'English (fluent)'],
    certificates: ['Lesotho Institute of Accountants — Registered Accountant (2018)'],
    referees: [
      { name: 'Mr. Thabo Letsie', role: 'Finance Manager', org: 'Senqu Agro-Processing Ltd', phone: '+266 2231 7740' },
      { name: "Mrs. 'Mamosa Ntho", role: 'General Manager', org: 'Mafeteng Savings and Credit Cooperative', phone: '+266 2270 0193' },
    ],
  },
  {
    id: 'p02', language: 'en', name: 'Marisol Cawich', given: 'Marisol', family: 'Cawich', sex: 'F', dob: '1987-09-02',
    birthplace: 'Orange Walk Town', nationality: 'Belizean',
    address: ['14 Naranjal Street', 'Orange Walk Town', 'Orange Walk District, Belize'],
    email: 'mcawich.reef@hotmail.com', phoneNat: '622-4819', phoneIntl: '+501 622-4819', e164: '+5016224819',
    summary: 'Hospitality and tour professional turned fisheries technician and marine reserve ranger; ten years of fieldwork with fishing communities in northern Belize.',
    jobs: [
      { company: 'Caye Caulker Palms Resort', town: 'Caye Caulker', title: 'Front Desk Agent', start: '2009-05', end: '2011-08', duties: ['Check-in, reservations and night audit on Opera PMS'], reason: 'Better opportunity' },
      { company: 'Maya Reef Excursions Ltd.', town: 'San Pedro', title: 'Tour Coordinator', start: '2011-09', end: '2015-01', duties: ['Scheduled snorkel and dive tours for up to 60 guests a day', 'Trained new guides on safety briefings'], reason: 'Returned to studies' },
      { company: "Sarteneja Fishermen's Cooperative Society", town: 'Sarteneja', title: 'Fisheries Technician', start: '2016-03', end: '2019-12', duties: ['Landing-site catch data for lobster and conch', 'Member training on size limits and closed seasons'], reason: 'Joined conservation trust' },
      { company: 'Bacalar Chico Conservation Trust', town: 'San Pedro', title: 'Marine Reserve Ranger', start: '2020-01', end: null, duties: ['Patrols of the reserve and replenishment zones', 'Lionfish removal events and school outreach', 'Monthly patrol reports to the Fisheries Department'] },
    ],
    skills: [{ s: 'Opera PMS' }, { s: 'Boat handling' }, { s: 'Catch data recording' }, { s: 'GPS navigation' }, { s: 'Microsoft Access' }, { s: 'Community outreach' }, { s: 'Report writing' }],
    education: [
      { school: 'University of Belize', town: 'Belmopan', award: 'Associate Degree in Natural Resource Management', start: '2015-02', end: '2016-01' },
      { school: 'Muffles College High School', town: 'Orange Walk Town', award: 'CXC CSEC (7 subjects)', start: '2001-09', end: '2005-06' },
    ],
    languages: ['English', 'Spanish', 'Kriol'],
    certificates: ['PADI Open Water Diver', 'First Aid & CPR (Belize Red Cross, 2023)'],
    referees: [
      { name: 'Mr. Ezequiel Pott', role: 'Reserve Manager', org: 'Bacalar Chico Conservation Trust', phone: '+501 226-3318' },
      { name: 'Ms. Delfina Yam', role: 'Chairperson', org: "Sarteneja Fishermen's Cooperative Society", phone: '+501 423-2091' },
    ],
  },
  {
    id: 'p03', language: 'en', name: 'Thomas Le Cornu', given: 'Thomas', family: 'Le Cornu', sex: 'M', dob: '1992-06-21',
    birthplace: 'St Helier, Jersey', nationality: 'British',
    address: ['Flat 3, La Rocque House', '11 Roseville Street', 'St Helier', 'Jersey JE2 4PL'],
    email: 'tom.lecornu@outlook.com', phoneNat: '07797 718226', phoneIntl: '+44 7797 718226', e164: '+447797718226',
    summary: 'Trust and company administrator with twelve years in Jersey fiduciary businesses, now assistant manager of a private-wealth team of six.',
    jobs: [
      { company: 'Rozel Fiduciary Services Limited', town: 'St Helier', title: 'Trainee Trust Administrator', start: '2014-09', end: '2016-08', duties: ['Bank payments, filing and minute-taking for a portfolio of discretionary trusts'], reason: 'Promoted' },
      { company: 'Rozel Fiduciary Services Limited', town: 'St Helier', title: 'Trust Administrator', start: '2016-09', end: '2019-05', duties: ['Day-to-day administration of 45 trusts and 30 underlying companies', 'Annual trust accounts'], reason: 'Career progression' },
      { company: 'Gorey Harbour Trustees Limited', town: 'St Helier', title: 'Senior Client Administrator', start: '2019-06', end: '2023-02', duties: ['Client onboarding and periodic CDD reviews', 'FATCA/CRS reporting for 120 entities'], reason: 'Management role' },
      { company: 'La Hougue Capital (Jersey) Limited', town: 'St Helier', title: 'Assistant Manager, Private Wealth', start: '2023-03', end: null, duties: ['Leads a team of six administrators', 'Reviews trust accounts and distributions', 'Point of contact for intermediaries'] },
    ],
    skills: [{ s: 'Viewpoint' }, { s: 'AML/CFT compliance', alt: ['AML'] }, { s: 'Client onboarding' }, { s: 'Trust accounting' }, { s: 'Excel' }, { s: 'FATCA / CRS reporting', alt: ['FATCA', 'CRS'] }, { s: 'Team leadership' }],
    education: [
      { school: 'Highlands College', town: 'St Saviour', award: 'A-levels: Economics, Maths, History', start: '2008-09', end: '2010-06' },
      { school: 'University of Exeter', town: 'Exeter', award: 'BA (Hons) Economics, 2:1', start: '2010-09', end: '2013-06' },
    ],
    languages: ['English (native)', 'French (conversational)'],
    certificates: ['STEP Diploma in International Trust Management (2018)', 'ICA Advanced Certificate in AML (2021)'],
    referees: [
      { name: 'Mrs. Claire Falle', role: 'Director', org: 'La Hougue Capital (Jersey) Limited', phone: '+44 1534 612 480' },
      { name: 'Mr. Paul Renouf', role: 'Head of Client Services', org: 'Gorey Harbour Trustees Limited', phone: '+44 1534 790 215' },
    ],
  },
  {
    id: 'p04', language: 'en', name: 'Josephine Kollie', given: 'Josephine', family: 'Kollie', sex: 'F', dob: '1983-12-08',
    birthplace: 'Gbarnga, Bong County', nationality: 'Liberian',
    address: ['Old Road, Sinkor', 'Opposite Ministry of Gender Annex', 'Monrovia, Liberia'],
    email: 'jtkollie@yahoo.com', phoneNat: '0776 418 203', phoneIntl: '+231 776 418 203', e164: '+231776418203',
    summary: 'Registered nurse and public-health officer; led an Ebola treatment-unit nursing team and five years of county disease surveillance.',
    jobs: [
      { company: 'St. Agnes Mission Hospital', town: 'Gbarnga', title: 'Registered Nurse', start: '2008-03', end: '2013-06', duties: ['Ward nursing on the 40-bed medical ward', 'Charge nurse on night shifts'], reason: 'Further studies' },
      { company: 'Medical Relief Liberia', town: 'Monrovia', title: 'ETU Nurse Supervisor', start: '2014-08', end: '2015-09', duties: ['Supervised 22 nurses in the Ebola treatment unit', 'IPC training and PPE compliance'], reason: 'End of emergency project' },
      { company: 'Bong County Health Team', town: 'Gbarnga', title: 'County Surveillance Officer', start: '2015-11', end: '2021-04', duties: ['Weekly IDSR reporting from 38 facilities', 'Outbreak investigation (measles, Lassa fever)'], reason: 'Programme role' },
      { company: 'Kpelle Community Health Initiative', town: 'Monrovia', title: 'Public Health Programme Officer', start: '2021-05', end: null, duties: ['Manages community health assistant programme in three districts', 'Quarterly data quality audits', 'Donor reporting'] },
    ],
    skills: [{ s: 'Infection prevention and control (IPC)', alt: ['IPC'] }, { s: 'DHIS2' }, { s: 'Contact tracing' }, { s: 'Epi Info' }, { s: 'Supportive supervision' }, { s: 'Data quality audits' }, { s: 'Community mobilization' }],
    education: [
      { school: 'Tubman National Institute of Medical Arts', town: 'Monrovia', award: 'Diploma in Professional Nursing (RN)', start: '2004-09', end: '2007-12' },
      { school: 'Cuttington University', town: 'Suacoco', award: 'BSc Public Health', start: '2013-09', end: '2014-07' },
    ],
    languages: ['English', 'Kpelle'],
    certificates: ['RN licence, Liberian Board for Nursing and Midwifery No. RN-4471'],
    referees: [
      { name: 'Dr. Moses Flomo', role: 'County Health Officer', org: 'Bong County Health Team', phone: '+231 886 502 117' },
      { name: 'Mrs. Comfort Wleh', role: 'Programme Director', org: 'Kpelle Community Health Initiative', phone: '+231 777 019 334' },
    ],
  },
  {
    id: 'p05', language: 'en', name: 'Sonam Choden', given: 'Sonam', family: 'Choden', sex: 'F', dob: '1995-04-30',
    birthplace: 'Punakha', nationality: 'Bhutanese',
    address: ['House No. 42, Changzamtog', 'Thimphu 11001', 'Bhutan'],
    email: 'sonamchoden.dev@gmail.com', phoneNat: '17 62 84 19', phoneIntl: '+975 17 62 84 19', e164: '+97517628419',
    summary: 'Systems and DevOps engineer; automates Linux fleets and CI/CD for a bank after six years in government and cloud-hosting IT.',
    jobs: [
      { company: 'Druk Digital Solutions', town: 'Thimphu', title: 'Intern (Web Development)', start: '2017-01', end: '2017-06', duties: ['PHP and MySQL fixes on client websites'], reason: 'Internship completed' },
      { company: 'Punakha Dzongkhag Administration', town: 'Punakha', title: 'ICT Technical Associate', start: '2017-07', end: '2020-12', duties: ['LAN and server support for 14 sectors', 'G2C service kiosk maintenance'], reason: 'Resigned for private sector' },
      { company: 'Jigme Cloud Services Pvt. Ltd.', town: 'Thimphu', title: 'Systems Engineer', start: '2021-01', end: '2023-10', duties: ['Ran 300+ customer VMs on KVM', 'Nagios and Grafana monitoring'], reason: 'Better prospects' },
      { company: 'Paro Valley Bank Ltd.', town: 'Thimphu', title: 'DevOps Engineer', start: '2023-11', end: null, duties: ['GitLab CI pipelines for core-banking integrations', 'Ansible playbooks for 120 servers', 'Docker build standards'] },
    ],
    skills: [{ s: 'Linux (RHEL, Ubuntu)', alt: ['Linux'] }, { s: 'Ansible' }, { s: 'Docker' }, { s: 'PostgreSQL' }, { s: 'Bash scripting', alt: ['Bash'] }, { s: 'Nagios' }, { s: 'Python' }, { s: 'GitLab CI' }],
    education: [
      { school: 'College of Science and Technology, Royal University of Bhutan', town: 'Phuentsholing', award: 'B.E. Information Technology', start: '2013-07', end: '2016-12' },
    ],
    languages: ['Dzongkha', 'English', 'Nepali'],
    certificates: ['RHCSA (2022)'],
    referees: [
      { name: 'Mr. Ugyen Tshering', role: 'Head, IT Division', org: 'Paro Valley Bank Ltd.', phone: '+975 2 33 61 07' },
      { name: 'Ms. Pema Yangzom', role: 'CTO', org: 'Jigme Cloud Services Pvt. Ltd.', phone: '+975 17 11 40 52' },
    ],
  },
  {
    id: 'p06', language: 'en', name: 'Emmanuel Fru Ngwa', given: 'Emmanuel Fru', family: 'Ngwa', sex: 'M', dob: '1984-01-17',
    birthplace: 'Bamenda', nationality: 'Cameroonian',
    address: ['P.O. Box 5124', 'Bonamoussadi', 'Douala, Cameroon'],
    email: 'efngwa.eng@gmail.com', phoneNat: '6 77 43 21 58', phoneIntl: '+237 6 77 43 21 58', e164: '+237677432158',
    summary: 'Civil and highway engineer, sixteen years on roads, bridges and drainage from site engineer to project manager.',
    jobs: [
      { company: 'Mbengwi Construction Sarl', town: 'Bamenda', title: 'Site Engineer', start: '2010-10', end: '2014-03', duties: ['Setting out and supervision of 22 km of rural feeder roads', 'Daily site diaries and measurement'], reason: 'Moved to consulting' },
      { company: 'Tchuente & Partners Consulting Engineers', town: 'Yaoundé', title: 'Resident Engineer', start: '2014-04', end: '2019-07', duties: ['Supervision of the Bafut–Wum road rehabilitation', 'Monthly progress reports to the client'], reason: 'Contractor management role' },
      { company: 'Bui Roads and Bridges Ltd', town: 'Kumbo', title: 'Project Manager', start: '2019-08', end: '2022-12', duties: ['Managed three culvert and bridge lots', 'Budget and subcontractor control'], reason: 'Regional firm offer' },
      { company: 'Sahel Infrastructure Partners', town: 'Douala', title: 'Senior Highway Engineer', start: '2023-02', end: null, duties: ['Pavement and drainage design reviews', 'FIDIC claims and variation assessment'] },
    ],
    skills: [{ s: 'AutoCAD Civil 3D', alt: ['Civil 3D'] }, { s: 'Primavera P6' }, { s: 'Pavement design' }, { s: 'Quantity surveying' }, { s: 'FIDIC contracts', alt: ['FIDIC'] }, { s: 'Soil testing' }, { s: 'MS Project' }],
    education: [
      { school: 'University of Buea', town: 'Buea', award: 'B.Eng. Civil Engineering', start: '2004-10', end: '2008-07' },
      { school: 'National Advanced School of Public Works', town: 'Yaoundé', award: 'M.Eng. Highway Engineering', start: '2008-10', end: '2010-07' },
    ],
    languages: ['English', 'French', 'Pidgin English'],
    certificates: ['Registered Engineer No. GC-2011-0417'],
    referees: [
      { name: 'Engr. Alain Tchuente', role: 'Managing Partner', org: 'Tchuente & Partners Consulting Engineers', phone: '+237 6 99 12 04 83' },
      { name: 'Engr. Grace Bih', role: 'Technical Director', org: 'Sahel Infrastructure Partners', phone: '+237 2 33 42 17 60' },
    ],
  },
  {
    id: 'p07', language: 'en', name: 'Priya Raghunathan', given: 'Priya', family: 'Raghunathan', sex: 'F', dob: '1994-11-05',
    birthplace: 'Winnipeg, Manitoba', nationality: 'Canadian',
    address: ['88 Pembina Crescent', 'Winnipeg, MB  R3T 2H7', 'Canada'],
    email: 'priya.raghunathan@shaw.ca', phoneNat: '(204) 219-4476', phoneIntl: '+1 204-219-4476', e164: '+12042194476',
    summary: 'Supply-chain analyst and demand planner; SAP, SQL and Power BI; ten years from warehouse inventory to forecasting for a national home-goods retailer.',
    jobs: [
      { company: 'Red River Valley Foods Inc.', town: 'Winnipeg, MB', title: 'Co-op Student, Procurement', start: '2015-05', end: '2015-08', duties: ['Supplier price comparisons', 'PO follow-up'], reason: 'Co-op term ended', supervisor: 'Dan Kowalchuk' },
      { company: 'Prairie Northern Distribution Ltd.', town: 'Winnipeg, MB', title: 'Inventory Clerk', start: '2016-06', end: '2018-09', duties: ['Cycle counts and variance investigation', 'Receiving discrepancies in SAP'], reason: 'Analyst position', supervisor: 'Karen Friesen' },
      { company: 'Assiniboine Mills Co.', town: 'Portage la Prairie, MB', title: 'Supply Chain Analyst', start: '2018-10', end: '2022-07', duties: ['Safety-stock model for 2,400 SKUs', 'Supplier scorecards and OTIF reporting'], reason: 'Planning role', supervisor: 'Gurpreet Sandhu' },
      { company: 'Kildonan Home Goods', town: 'Winnipeg, MB', title: 'Senior Demand Planner', start: '2022-08', end: null, duties: ['Weekly forecast for 310 stores', 'Power BI forecast-accuracy dashboards', 'S&OP meeting lead'], supervisor: 'Marc Bouchard' },
    ],
    skills: [{ s: 'SAP MM' }, { s: 'Demand forecasting' }, { s: 'Power BI' }, { s: 'SQL' }, { s: 'Excel (VLOOKUP, Power Query)', alt: ['Excel'] }, { s: 'Supplier scorecards' }, { s: 'Inventory optimization' }, { s: 'S&OP' }],
    education: [
      { school: 'University of Manitoba, Asper School of Business', town: 'Winnipeg, MB', award: 'Bachelor of Commerce (Honours), Supply Chain Management', start: '2012-09', end: '2016-05' },
    ],
    languages: ['English', 'Tamil', 'French (basic)'],
    certificates: ['APICS CPIM (2020)'],
    referees: [
      { name: 'Marc Bouchard', role: 'Director, Planning', org: 'Kildonan Home Goods', phone: '(204) 488-1902' },
      { name: 'Gurpreet Sandhu', role: 'Supply Chain Manager', org: 'Assiniboine Mills Co.', phone: '(204) 857-3310' },
    ],
  },
  {
    id: 'p08', language: 'zh', name: '韦丽萍', alt: 'Wei Liping', given: '丽萍', family: '韦', sex: 'F', dob: '1988-05-12',
    birthplace: '广西武鸣', nationality: '中国',
    address: ['广西壮族自治区南宁市青秀区民族大道136号', '绿地中央广场B座1807'],
    email: 'wei_liping88@163.com', phoneNat: '138 7712 4096', phoneIntl: '+86 138 7712 4096', e164: '+8613877124096',
    summary: '十六年财务工作经验,熟悉企业全盘账务、纳税申报和成本核算,具备中级会计师资格。',
    jobs: [
      { company: '南宁市青秀区邕江建材有限公司', town: '南宁', title: '出纳', start: '2010-07', end: '2013-02', duties: ['现金及银行日记账', '员工报销审核'], reason: '个人发展', supervisor: '梁美华' },
      { company: '广西桂盛物流股份有限公司', town: '南宁', title: '会计', start: '2013-03', end: '2017-08', duties: ['应收应付核算', '月度增值税申报'], reason: '内部晋升', supervisor: '覃志刚' },
      { company: '广西桂盛物流股份有限公司', town: '南宁', title: '主办会计', start: '2017-09', end: '2021-05', duties: ['全盘账务处理及合并报表', '配合年度审计'], reason: '个人发展', supervisor: '覃志刚' },
      { company: '南宁绿城晨光食品有限公司', town: '南宁', title: '财务主管', start: '2021-06', end: null, duties: ['成本核算与预算管理', '税务筹划及汇算清缴', '带领4人财务团队'], supervisor: '蒙建新' },
    ],
    skills: [{ s: '用友U8' }, { s: '金蝶K/3', alt: ['金蝶K3'] }, { s: '纳税申报' }, { s: '成本核算' }, { s: 'Excel函数与数据透视表', alt: ['Excel'] }, { s: '合并报表' }, { s: '税务筹划' }],
    education: [
      { school: '广西财经学院', town: '南宁', award: '会计学 本科 管理学学士', start: '2006-09', end: '2010-06' },
    ],
    languages: ['普通话', '壮语', '英语(CET-4)'],
    certificates: ['中级会计师(2016)', '初级会计师(2011)'],
    referees: [
      { name: '覃志刚', role: '财务总监', org: '广西桂盛物流股份有限公司', phone: '0771-5586 210' },
    ],
    extra: { 民族: '壮族', 政治面貌: '中共党员', 籍贯: '广西武鸣', 学历: '本科', 职称: '中级会计师' },
  },
  {
    id: 'p09', language: 'zh', name: '欧阳振华', alt: 'Ouyang Zhenhua', given: '振华', family: '欧阳', sex: 'M', dob: '1989-10-03',
    birthplace: '湖南浏阳', nationality: '中国',
    address: ['湖南省长沙市岳麓区麓谷大道658号', '麓谷林语12栋2单元602'],
    email: 'ouyangzh_mech@126.com', phoneNat: '159 7314 2208', phoneIntl: '+86 159 7314 2208', e164: '+8615973142208',
    summary: '机械结构设计工程师,主导过多款工程机械液压与钣金结构的设计与验证。',
    jobs: [
      { company: '株洲湘江齿轮有限公司', town: '株洲', title: '技术员(实习)', start: '2011-03', end: '2011-06', duties: ['齿轮箱图纸整理与工艺卡编制'], reason: '实习结束' },
      { company: '长沙岳麓重工机械有限公司', town: '长沙', title: '机械设计工程师', start: '2011-07', end: '2015-12', duties: ['混凝土泵车臂架结构设计', '样机试制跟踪'], reason: '职业发展' },
      { company: '湖南星沙智能装备股份有限公司', town: '长沙', title: '高级结构工程师', start: '2016-01', end: '2020-08', duties: ['AGV底盘及钣金机架设计', 'ANSYS强度与模态分析'], reason: '职业发展' },
      { company: '湘潭恒远电机科技有限公司', town: '湘潭', title: '研发部副经理', start: '2020-09', end: null, duties: ['电机壳体与冷却结构开发', 'DFMEA评审', '管理8人设计团队'] },
    ],
    skills: [{ s: 'SolidWorks' }, { s: 'AutoCAD' }, { s: 'ANSYS有限元分析', alt: ['ANSYS'] }, { s: 'GD&T' }, { s: '钣金设计' }, { s: '液压系统设计' }, { s: 'DFMEA' }],
    education: [
      { school: '湖南工业大学', town: '株洲', award: '机械设计制造及其自动化 本科', start: '2007-09', end: '2011-06' },
    ],
    languages: ['英语(CET-6)'],
    certificates: ['机械工程师(中级职称,2017)'],
    referees: [{ name: '彭建军', role: '技术总监', org: '湖南星沙智能装备股份有限公司', phone: '0731-8416 2275' }],
    extra: { 民族: '汉族', 政治面貌: '群众', 籍贯: '湖南浏阳', 学历: '本科', 职称: '工程师' },
  },
  {
    id: 'p10', language: 'zh', name: '卜佳怡', alt: 'Bu Jiayi', given: '佳怡', family: '卜', sex: 'F', dob: '1992-02-19',
    birthplace: '山东济南', nationality: '中国',
    address: ['山东省青岛市黄岛区长江中路297号', '海韵外国语学校教师公寓3-402'],
    email: 'bujiayi_teach@qq.com', phoneNat: '186 6891 5530', phoneIntl: '+86 186 6891 5530', e164: '+8618668915530',
    summary: '十二年语文及国际中文教学经历,曾赴泰国任国际中文教师志愿者。',
    jobs: [
      { company: '济南市历城区华山实验中学', town: '济南', title: '语文教师', start: '2014-09', end: '2018-07', duties: ['初一至初三语文教学', '班主任工作'], reason: '赴泰任教' },
      { company: '清迈湄林中学', town: '泰国清迈', title: '国际中文教师志愿者', start: '2018-10', end: '2019-09', duties: ['初高中汉语课程', '组织中国文化节'], reason: '任期结束' },
      { company: '山东泉声国际教育咨询有限公司', town: '济南', title: '对外汉语教师', start: '2019-11', end: '2022-06', duties: ['在华外籍学员一对一及小班课', 'HSK 4–5级辅导'], reason: '回归学校' },
      { company: '青岛西海岸新区海韵外国语学校', town: '青岛', title: '中文教研组长', start: '2022-08', end: null, duties: ['国际部中文课程设计', '组织教研活动'] },
    ],
    skills: [{ s: '对外汉语教学' }, { s: 'HSK辅导' }, { s: '课件制作(PPT、希沃白板)', alt: ['PPT'] }, { s: '中华才艺(剪纸、书法)' }, { s: '课堂管理' }, { s: '教学设计' }],
    education: [
      { school: '山东师范大学', town: '济南', award: '汉语言文学 本科', start: '2010-09', end: '2014-06' },
      { school: '山东大学', town: '济南', award: '汉语国际教育硕士(非全日制)', start: '2020-09', end: '2023-06' },
    ],
    languages: ['英语(CET-6)', '泰语(日常交流)'],
    certificates: ['高级中学教师资格证(语文)', '普通话一级乙等', '国际中文教师证书'],
    referees: [{ name: '孙红梅', role: '校长', org: '青岛西海岸新区海韵外国语学校', phone: '0532-8697 4410' }],
    extra: { 民族: '汉族', 政治面貌: '共青团员', 籍贯: '山东济南', 学历: '硕士研究生', 职称: '中学一级教师' },
  },
  {
    id: 'p11', language: 'zh', name: '买买提江·吐尔逊', alt: 'Mamatjan Tursun', given: '买买提江', family: '吐尔逊', sex: 'M', dob: '1990-07-26',
    birthplace: '新疆喀什', nationality: '中国',
    address: ['新疆维吾尔自治区喀什市人民东路88号', '丝路花园5栋1单元301'],
    email: 'mmtj_tursun@163.com', phoneNat: '139 9912 6604', phoneIntl: '+86 139 9912 6604', e164: '+8613999126604',
    summary: '退役军人,十五年电力行业经历,熟悉变电站运维和光伏电站安全管理。',
    jobs: [
      { company: '中国人民解放军新疆军区某部', town: '和田', title: '战士', start: '2008-12', end: '2010-12', duties: ['服现役'], reason: '退役' },
      { company: '乌鲁木齐天山电力安装有限公司', town: '乌鲁木齐', title: '电工', start: '2011-03', end: '2015-06', duties: ['10kV配电工程施工'], reason: '个人发展' },
      { company: '新疆昆仑能源工程有限公司', town: '乌鲁木齐', title: '变电运维班长', start: '2015-07', end: '2021-09', duties: ['110kV变电站运维', '继电保护定检配合'], reason: '回乡工作' },
      { company: '喀什丝路新能源有限公司', town: '喀什', title: '安全质量部主管', start: '2021-10', end: null, duties: ['光伏电站安全生产管理', '隐患排查与培训'] },
    ],
    skills: [{ s: '高压电气设备运维' }, { s: '继电保护调试' }, { s: '安全生产管理' }, { s: '光伏电站运维' }, { s: 'CAD制图', alt: ['AutoCAD'] }, { s: 'PLC编程' }],
    education: [
      { school: '新疆工程学院(成人教育)', town: '乌鲁木齐', award: '电气工程及其自动化 大专', start: '2012-03', end: '2015-01' },
      { school: '喀什市第六中学', town: '喀什', award: '高中', start: '2005-09', end: '2008-07' },
    ],
    languages: ['维吾尔语', '汉语'],
    certificates: ['高压电工作业证', '注册安全工程师(2020)'],
    referees: [{ name: '王建疆', role: '总经理', org: '喀什丝路新能源有限公司', phone: '0998-2836 115' }],
    extra: { 民族: '维吾尔族', 政治面貌: '中共党员', 籍贯: '新疆喀什', 学历: '大专', 职称: '助理工程师', 退役时间: '2010年12月', 服役部队: '新疆军区某部', 军衔: '上等兵' },
  },
  {
    id: 'p12', language: 'zh', name: '蔡宜蓁', alt: 'Tsai Yi-Chen', given: '宜蓁', family: '蔡', sex: 'F', dob: '1993-08-09',
    birthplace: '台灣彰化縣', nationality: '中華民國',
    address: ['新竹市東區光復路二段338巷17號5樓'],
    email: 'yichen.tsai0809@gmail.com', phoneNat: '0928-416-357', phoneIntl: '+886 928 416 357', e164: '+886928416357',
    summary: '半導體製程整合工程師,專長蝕刻與薄膜製程良率改善。',
    jobs: [
      { company: '竹科晶圓微電子股份有限公司', town: '新竹', title: '製程實習生', start: '2015-07', end: '2015-08', duties: ['協助蝕刻機台資料整理'], reason: '暑期實習結束' },
      { company: '竹科晶圓微電子股份有限公司', town: '新竹', title: '製程工程師', start: '2016-09', end: '2020-02', duties: ['乾蝕刻製程維護與異常處理', 'SPC 管制圖監控'], reason: '職涯發展' },
      { company: '苗栗巨光光電股份有限公司', town: '苗栗', title: '資深製程工程師', start: '2020-03', end: '2024-01', duties: ['CVD/PVD 薄膜製程開發', 'DOE 良率改善專案'], reason: '轉任整合職' },
      { company: '新竹鼎華半導體股份有限公司', town: '新竹', title: '製程整合副理', start: '2024-02', end: null, duties: ['新產品製程整合', '跨部門 8D 問題處理'] },
    ],
    skills: [{ s: 'SPC 統計製程管制', alt: ['SPC'] }, { s: 'JMP' }, { s: '蝕刻製程' }, { s: '薄膜沉積 (CVD/PVD)', alt: ['CVD', 'PVD'] }, { s: '8D 報告' }, { s: 'DOE 實驗設計', alt: ['DOE'] }, { s: 'Python' }],
    education: [
      { school: '國立清華大學', town: '新竹', award: '材料科學工程學系 碩士', start: '2014-09', end: '2016-06' },
      { school: '國立成功大學', town: '台南', award: '化學工程學系 學士', start: '2010-09', end: '2014-06' },
    ],
    languages: ['英語(TOEIC 860)', '台語'],
    certificates: [],
    referees: [{ name: '林志偉', role: '處長', org: '苗栗巨光光電股份有限公司', phone: '037-585-210' }],
    extra: { 籍貫: '彰化縣', 血型: 'O', 婚姻: '未婚', 兵役: '免役' },
  },
  {
    id: 'p13', language: 'mixed', name: '陈思远', alt: 'Siyuan (Stephen) Chen', given: 'Siyuan', family: 'Chen', sex: 'M', dob: '1994-02-11',
    birthplace: 'Hangzhou, China', nationality: 'Chinese',
    address: ['1205-88 Harbour Street', 'Toronto, ON  M5J 0C3', 'Canada'],
    email: 'siyuan.chen.ds@gmail.com', phoneNat: '(416) 392-8817', phoneIntl: '+1 416-392-8817', e164: '+14163928817',
    summary: 'Data scientist with eight years across Chinese e-commerce and Canadian insurance and retail analytics.',
    jobs: [
      { company: 'Hangzhou Xiling Network Technology Co., Ltd.', town: 'Hangzhou', title: 'Data Analyst Intern', start: '2016-07', end: '2016-12', duties: ['Daily GMV dashboards'], reason: 'Internship ended' },
      { company: 'Hangzhou Xiling Network Technology Co., Ltd.', town: 'Hangzhou', title: 'Data Analyst', start: '2017-07', end: '2019-08', duties: ['A/B test analysis for the recommendation team', 'Hive and SQL reporting'], reason: 'Graduate study in Canada' },
      { company: 'Lakeshore Mutual Insurance', town: 'Toronto', title: 'Business Intelligence Analyst', start: '2021-01', end: '2023-05', duties: ['Claims and retention dashboards in Tableau', 'Churn model prototypes'], reason: 'Data science role' },
      { company: 'Northbridge Retail Analytics Inc.', town: 'Toronto', title: 'Senior Data Scientist', start: '2023-06', end: null, duties: ['Price-elasticity models for grocery clients', 'dbt models on Snowflake'] },
    ],
    skills: [{ s: 'Python (pandas, scikit-learn)', alt: ['Python'] }, { s: 'SQL' }, { s: 'Tableau' }, { s: 'A/B testing' }, { s: 'Spark' }, { s: 'dbt' }, { s: 'Looker' }],
    education: [
      { school: 'Zhejiang University of Technology', town: 'Hangzhou', award: 'B.Sc. Statistics', start: '2013-09', end: '2017-06' },
      { school: 'University of Toronto', town: 'Toronto', award: 'Master of Science in Applied Computing', start: '2019-09', end: '2020-12' },
    ],
    languages: ['Mandarin (native)', 'English (fluent)'],
    certificates: [],
    referees: [{ name: 'Rachel Oduya', role: 'Director of Data Science', org: 'Northbridge Retail Analytics Inc.', phone: '+1 647-555-0192' }],
  },
  {
    id: 'p14', language: 'mixed', name: '黄俊杰', alt: 'Wong Jun Jie (Jeffrey)', given: 'Jun Jie', family: 'Wong', sex: 'M', dob: '1986-12-29',
    birthplace: 'George Town, Penang', nationality: 'Malaysian',
    address: ['No. 23, Lorong Bukit Jambul 5', '11900 Bayan Lepas', 'Pulau Pinang, Malaysia'],
    email: 'jeffwong.quality@gmail.com', phoneNat: '012-488 3170', phoneIntl: '+60 12-488 3170', e164: '+60124883170',
    summary: 'Quality professional in electronics manufacturing for seventeen years; ISO 9001 lead for two EMS sites.',
    jobs: [
      { company: 'Bayan Lepas Precision Sdn. Bhd.', town: 'Bayan Lepas', title: 'Production Technician', start: '2009-01', end: '2012-04', duties: ['SMT line set-up and first-article checks'], reason: 'Career progression' },
      { company: 'Perai Circuit Technologies Sdn. Bhd.', town: 'Perai', title: 'QA Engineer', start: '2012-05', end: '2017-10', duties: ['Incoming and outgoing quality', 'Customer complaint 8D reports'], reason: 'Senior role' },
      { company: 'Kulim Semiconductor Assembly Sdn. Bhd.', town: 'Kulim', title: 'Senior QA Engineer', start: '2017-11', end: '2022-03', duties: ['SPC roll-out on wire-bond lines', 'Internal audits'], reason: 'Management role' },
      { company: 'Seberang Electronics Manufacturing Sdn. Bhd.', town: 'Seberang Perai', title: 'Quality Manager', start: '2022-04', end: null, duties: ['Leads 25-person quality department', 'ISO 9001 and IATF 16949 certification'] },
    ],
    skills: [{ s: 'ISO 9001 internal audit', alt: ['ISO 9001'] }, { s: 'SPC' }, { s: 'FMEA' }, { s: 'Minitab' }, { s: '8D problem solving', alt: ['8D'] }, { s: 'IPC-A-610' }, { s: 'Root cause analysis' }],
    education: [
      { school: 'Universiti Sains Malaysia', town: 'Nibong Tebal', award: 'Diploma in Electronic Engineering (part-time)', start: '2010-07', end: '2013-06' },
      { school: 'Institut Teknologi Pulau Pinang', town: 'George Town', award: 'Certificate in Electronics', start: '2006-01', end: '2008-11' },
      { school: 'SMJK Chung Ling', town: 'George Town', award: 'SPM / STPM', start: '1999-01', end: '2005-11' },
    ],
    languages: ['Chinese (Hokkien, Mandarin)', 'English', 'Malay'],
    certificates: ['IRCA ISO 9001 Lead Auditor (2019)', 'HRD Corp Certified Trainer (TTT) 2021'],
    referees: [{ name: 'Mr. Lim Boon Keat', role: 'Plant Director', org: 'Seberang Electronics Manufacturing Sdn. Bhd.', phone: '+60 4-508 7721' }],
  },
  {
    id: 'p15', language: 'mixed', name: '郭雅琪', alt: 'Angela Guo', given: 'Yaqi', family: 'Guo', sex: 'F', dob: '1990-06-15',
    birthplace: '上海 Shanghai', nationality: '中国 China',
    address: ['上海市长宁区仙霞路319弄12号1101室', 'Room 1101, No. 12, Lane 319 Xianxia Road, Changning District, Shanghai'],
    email: 'angela.guo.mkt@163.com', phoneNat: '137 6120 8843', phoneIntl: '+86 137 6120 8843', e164: '+8613761208843',
    summary: 'Consumer brand marketer, fourteen years in cosmetics, household and pet-care brands in China.',
    jobs: [
      { company: "L'Aube Cosmetics (Shanghai) Co., Ltd.", town: 'Shanghai', title: 'Marketing Intern', start: '2012-03', end: '2012-08', duties: ['Counter-promotion material tracking'], reason: 'Graduation' },
      { company: '上海新尚文化传播有限公司', town: '上海', title: '市场专员', start: '2012-09', end: '2015-04', duties: ['Weibo and WeChat campaign execution'], reason: 'Brand-side role' },
      { company: 'Hartwell Consumer Products (China) Co., Ltd.', town: 'Shanghai', title: 'Brand Manager', start: '2015-05', end: '2020-06', duties: ['P&L for two laundry brands', 'Tmall flagship store launches'], reason: 'Senior role' },
      { company: 'Nordvik Home Furnishing (Shanghai) Co., Ltd.', town: 'Shanghai', title: 'Senior Brand Manager', start: '2020-07', end: '2024-08', duties: ['China brand strategy', 'Xiaohongshu KOL programme'], reason: 'Head of marketing role' },
      { company: 'Maple & Finch Pet Care (Shanghai) Co., Ltd.', town: 'Shanghai', title: 'Head of Marketing, China', start: '2024-09', end: null, duties: ['Leads a team of 11', 'Annual marketing budget RMB 60m'] },
    ],
    skills: [{ s: 'Brand strategy' }, { s: '小红书/抖音内容营销', alt: ['Xiaohongshu & Douyin content marketing'] }, { s: 'Consumer insight' }, { s: 'Tmall flagship store operations', alt: ['Tmall'] }, { s: 'Budget management' }, { s: 'Nielsen data analysis' }, { s: 'KOL management' }],
    education: [
      { school: '上海外国语大学 Shanghai International Studies University', town: 'Shanghai', award: '市场营销 学士 B.A. Marketing', start: '2008-09', end: '2012-07' },
    ],
    languages: ['普通话 Mandarin', '英语 English (IELTS 7.5)', '上海话 Shanghainese'],
    certificates: [],
    referees: [{ name: 'Ms. Karin Holm', role: 'Managing Director, China', org: 'Nordvik Home Furnishing (Shanghai) Co., Ltd.', phone: '+86 21 6237 5500' }],
    extra: { 婚姻: '已婚 Married', 户口: '上海 Shanghai' },
  },
  {
    id: 'p16', language: 'mixed', name: '冯晓彤', alt: 'Xiaotong Feng', given: 'Xiaotong', family: 'Feng', sex: 'F', dob: '1988-09-23',
    birthplace: 'Tianjin, China', nationality: 'British (naturalised 2023)',
    address: ['27 Spring Grove Walk', 'Halifax', 'West Yorkshire HX1 2QJ', 'United Kingdom'],
    email: 'x.feng.chem@gmail.com', phoneNat: '07824 316095', phoneIntl: '+44 7824 316095', e164: '+447824316095',
    summary: 'Analytical chemist (PhD) working in GMP analytical development for biologics and small molecules.',
    jobs: [
      { company: 'Tianjin Binhai Fine Chemicals Co., Ltd.', town: 'Tianjin', title: 'Research Assistant', start: '2011-07', end: '2013-08', duties: ['Impurity profiling of dye intermediates by HPLC'], reason: 'PhD study' },
      { company: 'University of Leeds', town: 'Leeds', title: 'Postdoctoral Research Associate', start: '2017-10', end: '2019-09', duties: ['NMR and LC-MS studies of protein–ligand binding'], reason: 'Move to industry' },
      { company: 'Pennine Pharmaceutical Services Ltd', town: 'Huddersfield', title: 'Analytical Scientist', start: '2019-10', end: '2022-01', duties: ['GMP release and stability testing', 'Method transfers from clients'], reason: 'Senior role' },
      { company: 'Calder Valley Biologics Ltd', town: 'Halifax', title: 'Senior Analytical Scientist', start: '2022-02', end: null, duties: ['Method validation to ICH Q2(R2)', 'Reviews of OOS investigations', 'Mentors three analysts'] },
    ],
    skills: [{ s: 'HPLC' }, { s: 'LC-MS' }, { s: 'Method validation (ICH Q2)', alt: ['Method validation'] }, { s: 'GMP documentation', alt: ['GMP'] }, { s: 'Empower 3' }, { s: 'NMR spectroscopy', alt: ['NMR'] }, { s: 'Stability studies' }],
    education: [
      { school: 'Nankai University 南开大学', town: 'Tianjin', award: 'B.Sc. Applied Chemistry', start: '2007-09', end: '2011-06' },
      { school: 'University of Nottingham', town: 'Nottingham', award: 'PhD Analytical Chemistry', start: '2013-09', end: '2017-09' },
    ],
    languages: ['Mandarin (native)', 'English (fluent)'],
    certificates: ['MRSC'],
    referees: [
      { name: 'Dr. Alan Pickersgill', role: 'Head of Analytical Development', org: 'Calder Valley Biologics Ltd', phone: '+44 1422 530 118' },
      { name: 'Prof. Helen Marchant', role: 'Professor of Chemical Biology', org: 'University of Leeds', phone: '+44 113 343 6620' },
    ],
  },
];

export const byId = (id: string): Person => {
  const p = people.find((x) => x.id === id);
  if (!p) throw new Error(`no person ${id}`);
  return p;
};
