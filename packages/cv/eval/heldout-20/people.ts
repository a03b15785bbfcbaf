/**
 * heldout-20: sixteen invented people. Every name, employer, school, address, e-mail and phone number is made up.
 * Skills are written as the person would type them; `a | b` means "printed as a, also known as b" (truth only).
 */
export type Lang = 'en' | 'zh' | 'mixed';

export interface Job {
  company: string;
  title: string;
  city: string;
  start: string; // YYYY-MM
  end: string | null; // null = current
  dept?: string;
  bullets: string[];
}
export interface Edu { school: string; degree: string; start: string; end: string; city?: string; note?: string }
export interface Referee { name: string; role: string; org: string; phone: string; email: string }
export interface Person {
  id: string;
  language: Lang;
  name: string; // as written; for mixed people the Chinese name
  alt?: string; // Latin / English form printed beside it (mixed people)
  gender: 'F' | 'M';
  born: string; // YYYY-MM-DD
  nationality: string;
  email: string;
  phone: string; // E.164
  phoneLocal: string; // as the person writes it at home
  phoneIntl: string; // as written for abroad
  address: string;
  city: string;
  headline: string;
  summary: string;
  skills: string[]; // "printed | synonym"
  languages: string[];
  certs: string[];
  education: Edu[];
  jobs: Job[];
  breaks?: { start: string; end: string; note: string }[];
  referees?: Referee[];
  extras?: Record<string, string[]>;
  links?: string[];
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Danielle Thibodeau', gender: 'F', born: '1990-02-17', nationality: 'Canadian',
    email: 'd.thibodeau@sympatico.ca', phone: '+14163826714', phoneLocal: '(416) 382-6714', phoneIntl: '+1 416 382 6714',
    address: '1207-45 Elm Ridge Drive, Mississauga, ON  L5B 3K1', city: 'Mississauga, ON',
    headline: 'Distribution & Transportation Operations Manager',
    summary: 'Logistics professional with 12+ years across food, freight and home retail. Runs a 180,000 sq ft DC and a dedicated fleet; known for cutting cost-per-case without hurting service levels.',
    skills: ['Route optimization', 'SAP ERP | SAP', 'Manhattan WMS', 'Power BI', 'Advanced Excel', 'Carrier negotiation', 'Inventory forecasting'],
    languages: ['English (native)', 'French (intermediate, B1)'],
    certs: ['CITT – Certified Logistics Professional (CCLP), 2017', 'Lean Six Sigma Green Belt, 2019', 'AZ Driver’s Licence'],
    education: [
      { school: 'Carden University', degree: 'B.A. (Honours), Economics', start: '2008-09', end: '2012-04', city: 'Kingston, ON' },
      { school: 'Trillium College', degree: 'Graduate Certificate, Supply Chain Management', start: '2012-09', end: '2013-04', city: 'Toronto, ON' },
    ],
    jobs: [
      { company: 'Halvorsen Cold Storage', title: 'Logistics Co-op Student', city: 'Hamilton, ON', start: '2012-05', end: '2012-08', bullets: ['Audited 2,400 pallet locations and rebuilt the slotting sheet for frozen SKUs.', 'Booked LTL shipments and chased PODs for the transport desk.'] },
      { company: 'Maplestone Foods Inc.', title: 'Supply Chain Analyst', city: 'Mississauga, ON', start: '2013-06', end: '2016-08', bullets: ['Built the weekly demand-vs-capacity model used by three plants.', 'Cut finished-goods write-offs 22% by moving slow lines to make-to-order.'] },
      { company: 'Northbay Freightways Ltd.', title: 'Transport Planner', city: 'Brampton, ON', start: '2016-09', end: '2019-11', bullets: ['Planned 140 daily loads across Ontario and Quebec for a 60-tractor fleet.', 'Renegotiated 11 carrier contracts, saving $410K a year.'] },
      { company: 'Corvane Home Retail', title: 'Distribution Operations Manager', city: 'Toronto, ON', start: '2020-01', end: null, bullets: ['Lead 4 supervisors and 95 unionized associates across two shifts.', 'Launched Manhattan WMS wave picking; units per hour up 31%.', 'Own a $14M operating budget and the DC’s health & safety committee.'] },
    ],
    referees: [
      { name: 'Gordon McAlpine', role: 'VP Supply Chain', org: 'Corvane Home Retail', phone: '+1 (905) 271-4483', email: 'gmcalpine@corvane.ca' },
    ],
    links: ['linkedin.com/in/dthibodeau-logistics'],
  },
  {
    id: 'p02', language: 'en', name: 'Tamar Eliyahu-Katz', gender: 'F', born: '1993-05-09', nationality: 'Israeli',
    email: 'tamar.ek@gmail.com', phone: '+972547123386', phoneLocal: '054-712-3386', phoneIntl: '+972-54-712-3386',
    address: 'Rehov Ha-Nevi’im 14, Tel Aviv-Yafo', city: 'Tel Aviv',
    headline: 'Backend Team Lead · Detection & Streaming Platforms',
    summary: 'Backend engineer and team lead. Ten years building high-throughput data pipelines, from military systems to a Series-C security start-up.',
    skills: ['Python', 'Go', 'Kafka', 'PostgreSQL', 'K8s | Kubernetes', 'AWS', 'gRPC', 'Terraform'],
    languages: ['Hebrew – native', 'English – full professional', 'Russian – conversational'],
    certs: ['AWS Certified Solutions Architect – Associate (2022)'],
    education: [
      { school: 'Carmel Institute of Technology', degree: 'B.Sc. Computer Science (graduated cum laude)', start: '2014-10', end: '2018-07', city: 'Haifa' },
    ],
    jobs: [
      { company: 'Israel Defense Forces, C4I Corps', title: 'Software Developer (Military Service)', city: 'Ramat Gan', start: '2011-08', end: '2014-07', bullets: ['Developed real-time C# services for a field communications system.', 'Led a team of 3 soldiers; outstanding-unit award 2013.'] },
      { company: 'Kelim Data Ltd.', title: 'Backend Developer', city: 'Herzliya', start: '2015-10', end: '2018-03', bullets: ['Rewrote the ingestion layer in Go, lowering p99 latency from 900 ms to 120 ms.', 'Part-time during B.Sc. studies until 2016.'] },
      { company: 'Nimbus Ray Security', title: 'Senior Software Engineer', city: 'Tel Aviv', start: '2018-04', end: '2021-05', bullets: ['Designed the Kafka-based event bus processing 2B events/day.', 'Mentored 4 junior engineers.'] },
      { company: 'Nimbus Ray Security', title: 'Team Lead, Detection Platform', city: 'Tel Aviv', start: '2021-06', end: null, bullets: ['Manage 7 engineers owning detection rules engine and streaming infra.', 'Moved workloads to EKS; infra cost down 38%.'] },
    ],
    links: ['github.com/tamarek', 'linkedin.com/in/tamar-eliyahu-katz'],
  },
  {
    id: 'p03', language: 'en', name: 'Eleni Vasilopoulou', gender: 'F', born: '1981-11-23', nationality: 'Greek',
    email: 'eleni.vasilopoulou@yahoo.gr', phone: '+306945127783', phoneLocal: '694 512 7783', phoneIntl: '+30 694 512 7783',
    address: 'Odos Kifisias 188, 15231 Chalandri, Athens, Greece', city: 'Athens',
    headline: 'Water & Sanitation Infrastructure Expert – Team Leader',
    summary: 'Chartered civil engineer with 19 years in water supply, wastewater and flood protection; 9 years as key expert on EU- and IFI-funded technical assistance in the Western Balkans and Caucasus.',
    skills: ['EPANET', 'AutoCAD Civil 3D', 'HEC-RAS', 'FIDIC contracts', 'Primavera P6', 'QGIS', 'MS Project'],
    languages: ['Greek – mother tongue', 'English – C2', 'French – B1', 'Serbian – A2'],
    certs: ['Member, Technical Chamber of Greece (TEE), Reg. No. 108734', 'PRINCE2 Practitioner (2016)'],
    education: [
      { school: 'National Polytechnic of Attica', degree: 'Diploma (5-year) in Civil Engineering, Hydraulics major', start: '1999-09', end: '2005-07', city: 'Athens' },
      { school: 'University of Eastbourne', degree: 'MSc Water and Environmental Management', start: '2009-01', end: '2009-12', city: 'United Kingdom (distance learning)' },
    ],
    jobs: [
      { company: 'Aigaion Technical S.A.', title: 'Site Engineer', city: 'Thessaloniki', start: '2006-03', end: '2009-12', bullets: ['Supervised construction of 38 km of DN300–DN800 water mains and two pumping stations.'] },
      { company: 'Hydrorama Consulting Engineers', title: 'Project Engineer', city: 'Athens', start: '2010-02', end: '2015-06', bullets: ['Hydraulic modelling and detailed design for 6 municipal water utilities.', 'Prepared tender dossiers under FIDIC Red and Yellow Books.'] },
      { company: 'Meridian Infrastructure Partners Ltd.', title: 'Senior Water Engineer (Key Expert 2)', city: 'Skopje / Tirana', start: '2015-09', end: '2021-10', bullets: ['EU-funded TA to three water utilities: investment plans, NRW reduction, design reviews.'] },
      { company: 'Adriatic Development Advisors', title: 'Team Leader (Key Expert 1)', city: 'Tbilisi', start: '2021-11', end: null, bullets: ['Leads a 14-person team on an EU-funded wastewater programme (EUR 46 M works).', 'Chairs the monthly steering committee with the ministry and the EU Delegation.'] },
    ],
    referees: [
      { name: 'Dr. Nikos Karamanlis', role: 'Managing Director', org: 'Hydrorama Consulting Engineers', phone: '+30 210 681 4402', email: 'n.karamanlis@hydrorama.gr' },
      { name: 'Ms. Vesna Trajkovska', role: 'Programme Manager', org: 'Meridian Infrastructure Partners Ltd.', phone: '+389 2 3116 750', email: 'v.trajkovska@meridian-ip.eu' },
      { name: 'Mr. Giorgi Beridze', role: 'Deputy Minister (Beneficiary)', org: 'Adriatic Development Advisors / Beneficiary', phone: '+995 32 251 0917', email: 'g.beridze@ada-consult.eu' },
    ],
  },
  {
    id: 'p04', language: 'en', name: 'Kristjan Lõhmus', gender: 'M', born: '1988-03-30', nationality: 'Estonian',
    email: 'k.lohmus@bccb.ee', phone: '+37256342189', phoneLocal: '5634 2189', phoneIntl: '+372 5634 2189',
    address: 'Riia 23b–14, 51010 Tartu, Estonia', city: 'Tartu',
    headline: 'Computational biologist – single-cell genomics of tissue regeneration',
    summary: 'Group leader working on probabilistic models of cell-state transitions in regenerating tissue.',
    skills: ['R', 'Python', 'Nextflow', 'scRNA-seq | single-cell RNA sequencing', 'Bayesian modelling', 'HPC (Slurm)'],
    languages: ['Estonian (native)', 'English (C2)', 'Swedish (B2)', 'Russian (A2)'],
    certs: [],
    education: [
      { school: 'Vanemuise University', degree: 'M.Sc. in Gene Technology', start: '2010-09', end: '2012-06', city: 'Tartu, Estonia' },
      { school: 'Vanemuise University', degree: 'Ph.D. in Molecular and Cell Biology (supervisor: Prof. Aino Rebane)', start: '2014-09', end: '2018-08', city: 'Tartu, Estonia' },
    ],
    jobs: [
      { company: 'Vanemuise University, Institute of Cell Sciences', title: 'Research Assistant', city: 'Tartu', start: '2012-09', end: '2014-08', bullets: ['Built RNA-seq pipelines for the regeneration lab; co-author on 3 papers.'] },
      { company: 'Öresund Institute for Systems Biology', title: 'Postdoctoral Researcher', city: 'Lund, Sweden', start: '2018-10', end: '2021-09', bullets: ['Developed a Bayesian lineage-inference model (EMBO postdoctoral fellowship).'] },
      { company: 'Baltic Centre for Computational Biology', title: 'Senior Research Fellow', city: 'Tartu', start: '2021-10', end: '2024-01', bullets: ['Set up the centre’s single-cell analysis core (Nextflow, Slurm).'] },
      { company: 'Baltic Centre for Computational Biology', title: 'Group Leader (Associate Professor level)', city: 'Tartu', start: '2024-02', end: null, bullets: ['Leads a group of 2 postdocs, 3 PhD students and 1 engineer.'] },
    ],
    extras: {
      publications: [
        'Lõhmus K, Hägg J, Rebane A. Probabilistic reconstruction of cell-state trajectories in regenerating epidermis. Nature Methods 19, 1412–1421 (2022).',
        'Hägg J*, Lõhmus K*, Nilsson P. Stochastic switching of fibroblast fates after injury. Cell Systems 12, 880–894 (2021). *equal contribution',
        'Lõhmus K, Tamm E, Rebane A. A hierarchical model of clonal expansion in wound healing. Genome Biology 24, 77 (2023).',
        'Rebane A, Lõhmus K, Kask M. Stromal memory in repeated injury. Development 147, dev188321 (2020).',
      ],
      grants: [
        'Estonian Research Council Starting Grant PSG-812 (PI), 2022–2026, EUR 480,000',
        'EMBO Postdoctoral Fellowship ALTF 512-2018, 2019–2021',
        'Nordic Regeneration Network travel grant, 2019',
      ],
      teaching: [
        'Statistical Genomics (MSc course, 6 ECTS), Vanemuise University, 2022–present',
        'Supervision: 3 PhD students (1 graduated 2025), 5 MSc theses',
      ],
      service: ['Reviewer for Nature Methods, Genome Biology, Bioinformatics', 'Organiser, Baltic Single-Cell Days 2023 and 2025'],
    },
    links: ['orcid.org/0000-0002-6185-4472', 'lohmuslab.bccb.ee'],
  },
  {
    id: 'p05', language: 'en', name: 'Jordan Whitlock', gender: 'M', born: '1989-08-14', nationality: 'American',
    email: 'jordan@whitlock.design', phone: '+15127394402', phoneLocal: '(512) 739-4402', phoneIntl: '+1 512 739 4402',
    address: '2108 Cedar Bend Ln, Austin, TX 78745', city: 'Austin, TX',
    headline: 'Lead Product Designer',
    summary: 'Product designer who likes messy healthcare and B2B problems. I pair research with systems thinking and ship with engineers, not at them.',
    skills: ['Figma', 'Design systems', 'User research', 'Prototyping', 'Accessibility (WCAG 2.2)', 'Adobe Illustrator', 'HTML/CSS'],
    languages: ['English (native)', 'Spanish (working proficiency)'],
    certs: ['NN/g UX Certification (Interaction specialty), 2017'],
    education: [
      { school: 'Pedernales State University', degree: 'BFA, Communication Design', start: '2008-08', end: '2012-05', city: 'San Marcos, TX' },
    ],
    jobs: [
      { company: 'Pecan Street Creative', title: 'Junior Graphic Designer', city: 'Austin, TX', start: '2012-07', end: '2014-12', bullets: ['Brand and print work for 30+ local clients; first responsive sites.'] },
      { company: 'Bluebonnet Health Systems', title: 'UX Designer', city: 'Austin, TX', start: '2015-01', end: '2018-09', bullets: ['Redesigned the patient portal; task completion up from 61% to 88%.', 'Ran 70+ moderated usability sessions with patients and nurses.'] },
      { company: 'Tallgrass Software', title: 'Senior Product Designer', city: 'Remote', start: '2020-01', end: '2023-04', bullets: ['Built the “Prairie” design system (120 components) used by 9 squads.', 'Led design for the scheduling product from 0 to $8M ARR.'] },
      { company: 'Quarry Labs', title: 'Lead Product Designer', city: 'Austin, TX', start: '2023-05', end: null, bullets: ['Manage 4 designers; own research ops and the accessibility program.'] },
    ],
    breaks: [{ start: '2018-10', end: '2019-12', note: 'Career break – full-time family caregiver; freelance pro-bono work for two non-profits.' }],
    links: ['whitlock.design', 'linkedin.com/in/jwhitlock'],
  },
  {
    id: 'p06', language: 'en', name: 'Grace Nalubega', gender: 'F', born: '1987-06-02', nationality: 'Ugandan',
    email: 'gnalubega@gmail.com', phone: '+256772418905', phoneLocal: '0772 418 905', phoneIntl: '+256 772 418 905',
    address: 'Plot 14, Kisugu Road, Muyenga, P.O. Box 27561, Kampala', city: 'Kampala',
    headline: 'Monitoring, Evaluation & Learning Specialist',
    summary: 'MEL specialist with 13 years designing results frameworks, surveys and data systems for health, WASH and livelihoods programmes in Uganda, South Sudan and the DRC.',
    skills: ['Stata', 'KoboToolbox', 'DHIS2', 'Results-based management', 'SPSS', 'Power BI', 'ODK | Open Data Kit'],
    languages: ['English – excellent', 'Luganda – native', 'Kiswahili – good', 'French – basic'],
    certs: ['Certificate in Impact Evaluation, Kivu School of Public Policy (2018)'],
    education: [
      { school: 'Mengo Hill University', degree: 'Bachelor of Statistics', start: '2007-08', end: '2011-05', city: 'Kampala' },
      { school: 'Mengo Hill University', degree: 'Master of Public Health (part-time)', start: '2013-08', end: '2015-11', city: 'Kampala' },
    ],
    jobs: [
      { company: 'Kyaggwe Rural Water Trust', title: 'Programme Intern', city: 'Mukono', start: '2011-06', end: '2011-12', bullets: ['Entered and cleaned baseline data for 120 village water points.'] },
      { company: 'Nile Basin Community Health Initiative', title: 'Monitoring & Evaluation Officer', city: 'Jinja', start: '2012-03', end: '2016-06', bullets: ['Rolled out DHIS2 reporting in 46 health facilities.', 'Coordinated quarterly data-quality audits.'] },
      { company: 'Rwenzori Livelihoods Consortium', title: 'M&E Specialist', city: 'Fort Portal', start: '2016-08', end: '2020-02', bullets: ['Designed the logframe and indicator reference sheets for a EUR 9 M programme.', 'Managed 3 household surveys (n = 2,400) on KoboToolbox.'] },
      { company: 'Lakeside Development Associates Ltd', title: 'Senior MEL Advisor', city: 'Kampala', start: '2020-04', end: null, bullets: ['MEL lead on EU- and FCDO-funded contracts in 4 countries.', 'Supervises 6 M&E officers; built Power BI dashboards for donors.'] },
    ],
    referees: [
      { name: 'Dr. Samuel Kato Mugisha', role: 'Chief of Party', org: 'Rwenzori Livelihoods Consortium', phone: '+256 701 552 318', email: 'skmugisha@rlc-uganda.org' },
      { name: 'Ms. Harriet Achieng', role: 'Director of Programmes', org: 'Lakeside Development Associates Ltd', phone: '+256 414 660 204', email: 'h.achieng@lakeside-da.co.ug' },
      { name: 'Mr. Peter Wanyama', role: 'Executive Director', org: 'Nile Basin Community Health Initiative', phone: '+256 782 903 117', email: 'pwanyama@nbchi.or.ug' },
    ],
  },
  {
    id: 'p07', language: 'en', name: 'Inês Carvalho Batista', gender: 'F', born: '1991-12-05', nationality: 'Portuguese',
    email: 'ines.cbatista@sapo.pt', phone: '+351912604358', phoneLocal: '912 604 358', phoneIntl: '+351 912 604 358',
    address: 'Rua Morais Soares 97, 3.º Esq., 1900-343 Lisboa, Portugal', city: 'Lisbon',
    headline: 'Senior Data Scientist – official statistics & forecasting',
    summary: 'Statistician turned data scientist; 11 years of survey, insurance and energy data. Interested in statistical work for EU institutions.',
    skills: ['R', 'SQL', 'Python (pandas, scikit-learn)', 'SAS', 'Tableau', 'Survey sampling', 'Time-series forecasting'],
    languages: ['Portuguese – mother tongue', 'English – C1', 'Spanish – B2', 'French – B1'],
    certs: [],
    education: [
      { school: 'Universidade do Alto Tejo', degree: 'Licenciatura em Estatística e Gestão de Informação', start: '2009-09', end: '2012-07', city: 'Lisboa' },
      { school: 'Universidade do Alto Tejo', degree: 'Mestrado em Estatística e Sistemas de Informação', start: '2012-09', end: '2014-12', city: 'Lisboa' },
    ],
    jobs: [
      { company: 'Observatório Lusitano de Estatística', title: 'Statistical Analyst Trainee (professional internship)', city: 'Lisboa', start: '2014-02', end: '2014-07', bullets: ['Weighting and non-response adjustment for the regional labour survey.'] },
      { company: 'Tejo Seguros, S.A.', title: 'Data Analyst', city: 'Lisboa', start: '2014-09', end: '2018-12', bullets: ['Built GLM pricing models for motor insurance; SAS to R migration.'] },
      { company: 'Atlântica Energias Renováveis', title: 'Data Scientist', city: 'Porto', start: '2019-01', end: '2022-06', bullets: ['Wind and solar output forecasting; MAPE improved from 14% to 8%.'] },
      { company: 'Brightwave Analytics Lda.', title: 'Senior Data Scientist', city: 'Lisboa', start: '2022-07', end: null, bullets: ['Leads forecasting projects for public-sector clients, incl. a national statistics office.', 'Line manager for 3 analysts.'] },
    ],
  },
  {
    id: 'p08', language: 'zh', name: '贺明远', gender: 'M', born: '1982-09-11', nationality: '中国',
    email: 'hemy@jhlg.edu.cn', phone: '+8613810247731', phoneLocal: '138-1024-7731', phoneIntl: '+86 138 1024 7731',
    address: '北京市海淀区学院南路 68 号 京华理工大学材料楼 412 室', city: '北京',
    headline: '材料科学与工程 教授 / 博士生导师',
    summary: '长期从事新能源材料的计算设计与表征研究，主持国家自然科学基金面上项目 2 项。',
    skills: ['第一性原理计算', 'VASP', 'XRD 结构分析', '透射电镜（TEM）表征', 'Materials Studio', 'Python'],
    languages: ['英语（熟练，CET-6）'],
    certs: [],
    education: [
      { school: '华中理工学院', degree: '材料科学与工程 学士', start: '2000-09', end: '2004-07', city: '武汉' },
      { school: '燕山新材料研究院', degree: '材料物理与化学 博士', start: '2004-09', end: '2009-07', city: '北京', note: '导师：钱国栋 研究员' },
    ],
    jobs: [
      { company: '燕山新材料研究院', title: '博士后', city: '北京', start: '2009-08', end: '2011-12', dept: '能源材料研究室', bullets: ['合作导师：钱国栋 研究员；从事锂离子电池正极材料界面计算研究。'] },
      { company: '京华理工大学', title: '副教授', city: '北京', start: '2012-01', end: '2019-12', dept: '材料科学与工程学院', bullets: ['讲授《材料计算方法》《固体物理》；指导硕士研究生 11 名。'] },
      { company: 'Westbrook University', title: '访问学者', city: '美国', start: '2017-03', end: '2018-02', dept: 'Department of Materials Science', bullets: ['合作教授：Prof. Laura Whitfield；固态电解质离子输运模拟。'] },
      { company: '京华理工大学', title: '教授', city: '北京', start: '2020-01', end: null, dept: '材料科学与工程学院', bullets: ['博士生导师；新能源材料计算设计课题组负责人。'] },
    ],
    extras: {
      publications: [
        'He M Y, Zhao Q, Qian G D. Interfacial Li-ion transport in coated layered cathodes from first principles. Journal of Materials Chemistry A, 2021, 9: 11820-11831.',
        'Zhao Q, He M Y*. Strain-tuned oxygen vacancy formation in Li-rich oxides. Physical Review Materials, 2020, 4: 065402.',
        '贺明远, 钱国栋. 层状正极材料表面重构的第一性原理研究. 物理学报, 2016, 65(12): 128201.',
      ],
      grants: [
        '国家自然科学基金面上项目，52172231，固态电解质/正极界面离子输运的多尺度计算研究，2022-01 至 2025-12，58 万元，在研，主持',
        '国家自然科学基金面上项目，51872019，富锂层状氧化物氧空位调控机理，2019-01 至 2022-12，60 万元，已结题，主持',
        '国家自然科学基金青年科学基金项目，51302011，2014-01 至 2016-12，25 万元，已结题，主持',
      ],
      awards: ['北京市科学技术奖 二等奖（2019，排名第 2）', '京华理工大学 优秀青年教师（2015）'],
    },
  },
  {
    id: 'p09', language: 'zh', name: '吳承翰', gender: 'M', born: '1990-04-18', nationality: '中華民國',
    email: 'chenghan.wu@gmail.com', phone: '+886935218604', phoneLocal: '0935-218-604', phoneIntl: '+886-935-218-604',
    address: '新竹市東區光復路二段 321 巷 8 號 5 樓', city: '新竹市',
    headline: '先進封裝 製程整合 主管',
    summary: '十年半導體製程經驗，熟悉 12 吋晶圓前段微影與後段先進封裝（CoWoS-like 2.5D）製程整合，擅長良率改善與跨部門問題解決。',
    skills: ['SPC 統計製程管制', 'DOE 實驗設計', 'JMP', '8D 問題分析', '微影製程', 'FMEA', 'Python'],
    languages: ['英文：中等（TOEIC 820）', '日文：略懂（JLPT N3）', '台語：精通'],
    certs: ['六標準差綠帶（2018）'],
    education: [
      { school: '國立竹塹科技大學', degree: '電子工程系 學士', start: '2008-09', end: '2012-06', city: '新竹' },
      { school: '國立竹塹科技大學', degree: '光電工程研究所 碩士', start: '2012-09', end: '2014-07', city: '新竹' },
    ],
    jobs: [
      { company: '竹科晶創半導體股份有限公司', title: '暑期實習生', city: '新竹市', start: '2013-07', end: '2013-08', dept: '微影製程部', bullets: ['協助曝光機台 CD 量測數據整理與 SPC 管制圖建立。'] },
      { company: '竹科晶創半導體股份有限公司', title: '製程工程師', city: '新竹市', start: '2015-10', end: '2019-03', dept: '微影製程部', bullets: ['負責 28 奈米微影製程，主導 CD 均勻度改善專案，良率提升 1.8%。', '處理客訴 8D 報告 20 餘件。'] },
      { company: '鼎峰科技股份有限公司', title: '資深製程整合工程師', city: '新竹縣', start: '2019-04', end: '2022-08', dept: '製程整合處', bullets: ['負責 RDL 與微凸塊製程整合；導入 DOE 縮短新產品驗證週期 30%。'] },
      { company: '台辰先進封裝股份有限公司', title: '製程整合課長', city: '苗栗縣竹南鎮', start: '2022-09', end: null, dept: '2.5D 封裝整合部', bullets: ['管理 9 名工程師，負責 2.5D 封裝量產導入與良率提升。'] },
    ],
    extras: { military: ['兵役狀況：役畢（2014/08～2015/08，陸軍 義務役）'] },
  },
  {
    id: 'p10', language: 'zh', name: '顾佳怡', gender: 'F', born: '1985-01-26', nationality: '中国',
    email: 'gujiayi_sh@163.com', phone: '+8613916825530', phoneLocal: '139 1682 5530', phoneIntl: '+86 139 1682 5530',
    address: '上海市闵行区虹井路 288 弄 12 号 602 室', city: '上海',
    headline: '医疗器械 销售副总裁',
    summary: '17 年医疗器械销售与管理经验，覆盖影像、体外诊断及耗材；带领 120 人销售团队，年销售额 9.6 亿元。',
    skills: ['KA 大客户管理', '渠道管理', '招投标', 'Salesforce CRM', '团队建设', '医院准入'],
    languages: ['英语（流利，可作为工作语言）'],
    certs: [],
    education: [
      { school: '江南医科大学', degree: '生物医学工程 本科 / 学士', start: '2004-09', end: '2008-07', city: '无锡' },
      { school: '申江大学 管理学院', degree: 'EMBA', start: '2018-09', end: '2020-06', city: '上海' },
    ],
    jobs: [
      { company: '上海瑞登医疗器械有限公司', title: '销售代表', city: '上海', start: '2008-07', end: '2011-12', bullets: ['负责上海浦东区域 12 家三级医院超声产品销售，连续三年超额完成指标。'] },
      { company: '上海瑞登医疗器械有限公司', title: '区域销售经理', city: '上海', start: '2012-01', end: '2015-05', bullets: ['管理华东 4 省 15 人团队，区域销售额由 6,800 万元增长至 1.9 亿元。'] },
      { company: '博澜生命科学（中国）有限公司', title: '华东区销售总监', city: '上海', start: '2015-06', end: '2020-03', bullets: ['负责体外诊断产品华东区销售，管理 6 个城市团队共 48 人。', '建立经销商分级管理体系，渠道库存周转天数下降 35%。'] },
      { company: '信和康泰医疗科技股份有限公司', title: '销售副总裁', city: '上海', start: '2020-04', end: null, bullets: ['全面负责国内销售，团队 120 人；2024 年销售额 9.6 亿元。', '主导 28 个省级集采项目投标。'] },
    ],
  },
  {
    id: 'p11', language: 'zh', name: '杨德军', gender: 'M', born: '1983-07-08', nationality: '中国',
    email: '459216037@qq.com', phone: '+8613608027719', phoneLocal: '136 0802 7719', phoneIntl: '+86 136 0802 7719',
    address: '四川省成都市武侯区锦城大道 1099 号 7 栋 2 单元 1503 号', city: '成都',
    headline: '建筑工程 项目总监',
    summary: '从事房屋建筑及市政工程施工管理 20 年，担任项目经理期间完成 4 个大型公建项目，获省级优质工程 2 项。',
    skills: ['AutoCAD', '广联达算量 | 广联达', 'Project 进度管理', 'BIM（Revit）', '施工组织设计', '成本控制'],
    languages: ['英语（一般）'],
    certs: ['一级建造师（建筑工程），证书编号 川151081234567', '高级工程师（2018）', '安全生产考核合格证书（B 证）'],
    education: [
      { school: '西南建筑工程学院', degree: '工业与民用建筑 本科', start: '2001-09', end: '2005-06', city: '重庆' },
    ],
    jobs: [
      { company: '四川蜀衡建设集团有限公司', title: '施工员', city: '成都', start: '2005-07', end: '2010-06', bullets: ['参与成都高新区 3 个住宅项目主体结构施工。'] },
      { company: '四川蜀衡建设集团有限公司', title: '项目技术负责人', city: '成都', start: '2010-07', end: '2016-02', bullets: ['负责施工组织设计、技术交底及质量验收，项目获“天府杯”。'] },
      { company: '天府城投建设工程有限公司', title: '项目经理', city: '成都', start: '2016-03', end: '2021-08', bullets: ['担任 4 个公共建筑项目经理，单项合同额 2.1–6.8 亿元。'] },
      { company: '成都锦程工程管理有限公司', title: '项目总监', city: '成都', start: '2021-09', end: null, bullets: ['负责 EPC 项目全过程管理，管理团队 35 人。'] },
    ],
    extras: {
      projects: [
        '2022-03 至 2024-10｜双流区第二人民医院迁建工程（EPC）｜项目总监｜发包人：双流区卫生健康局，联系电话 028-8580 3312',
        '2018-05 至 2021-06｜天府新区文化艺术中心｜项目经理｜发包人：天府新区城市建设投资有限公司，联系电话 028-6189 7740',
        '2016-06 至 2018-12｜龙泉驿区实验学校新建工程｜项目经理｜发包人：龙泉驿区教育局，联系电话 028-8486 2195',
      ],
    },
  },
  {
    id: 'p12', language: 'zh', name: '黄思琪', gender: 'F', born: '1996-10-03', nationality: '中国',
    email: 'siqi.huang@foxmail.com', phone: '+8618820156643', phoneLocal: '188 2015 6643', phoneIntl: '+86 188 2015 6643',
    address: '广东省广州市天河区棠下荷光路 36 号', city: '广州',
    headline: '电商运营经理（天猫 / 抖音）',
    summary: '7 年电商运营经验，操盘服饰类目天猫旗舰店与抖音店铺，熟悉全链路投放与大促活动策划，年 GMV 1.2 亿元。',
    skills: ['生意参谋', '直通车 | 淘宝直通车', '巨量千川', 'Excel 数据透视表', 'SQL', '店铺活动策划', 'Photoshop'],
    languages: ['英语（CET-6）', '粤语（流利）'],
    certs: [],
    education: [
      { school: '羊城商学院', degree: '电子商务 本科', start: '2014-09', end: '2018-06', city: '广州' },
    ],
    jobs: [
      { company: '广州悦购网络科技有限公司', title: '运营实习生', city: '广州', start: '2017-07', end: '2017-09', bullets: ['协助店铺日常上新、商品详情页文案与竞品数据整理。'] },
      { company: '广州悦购网络科技有限公司', title: '电商运营专员', city: '广州', start: '2018-07', end: '2020-05', bullets: ['负责 2 家天猫店铺日常运营，店铺转化率由 1.9% 提升至 3.2%。'] },
      { company: '珠江优品供应链管理有限公司', title: '天猫店铺运营主管', city: '广州', start: '2021-01', end: '2023-03', bullets: ['带领 5 人团队，双十一单日 GMV 1,860 万元。'] },
      { company: '岭南潮牌服饰有限公司', title: '电商运营经理', city: '广州', start: '2023-04', end: null, bullets: ['负责天猫 + 抖音双平台，2024 年 GMV 1.2 亿元，千川 ROI 稳定在 3.1 以上。'] },
    ],
    breaks: [{ start: '2020-06', end: '2020-12', note: '备考研究生（未录取），期间自学 SQL 与数据分析' }],
  },
  {
    id: 'p13', language: 'mixed', name: '周一帆', alt: 'Evan Zhou', gender: 'M', born: '1993-02-21', nationality: '中国',
    email: 'evan.zhou.dev@gmail.com', phone: '+8613530712284', phoneLocal: '135 3071 2284', phoneIntl: '+86 135 3071 2284',
    address: '深圳市南山区科苑南路 3099 号', city: '深圳 Shenzhen',
    headline: 'Staff Engineer · 云原生 / 分布式系统',
    summary: '9 年后端与基础架构经验，负责日均 30 亿次调用的 API gateway 与 service mesh；熟悉 Go 生态与 Kubernetes operator 开发。',
    skills: ['Golang | Go', 'K8s | Kubernetes', 'MySQL', 'Redis', '微服务架构 | microservices', 'gRPC', 'Prometheus'],
    languages: ['English – fluent (IELTS 7.5)', '普通话 – native', '粤语 – basic'],
    certs: ['CKA (Certified Kubernetes Administrator), 2021'],
    education: [
      { school: 'South China University of Engineering 华南工程大学', degree: 'B.Eng. Software Engineering 软件工程 学士', start: '2011-09', end: '2015-06', city: '广州' },
    ],
    jobs: [
      { company: 'BlueHarbor Software', title: 'Software Engineering Intern', city: 'Guangzhou', start: '2014-07', end: '2014-09', bullets: ['Built internal Java tools for test-data generation.'] },
      { company: 'Tianrui Information Technology', title: 'Software Engineer', city: 'Shenzhen', start: '2015-07', end: '2018-06', bullets: ['Payment reconciliation service (Java → Go); 日对账量 1,200 万笔。'] },
      { company: 'Vantix Systems', title: 'Senior Software Engineer', city: 'Shenzhen', start: '2018-07', end: '2021-12', bullets: ['Designed the API gateway (Go, Envoy); p99 latency < 15 ms at 200k QPS.'] },
      { company: 'Vantix Systems', title: 'Staff Engineer', city: 'Shenzhen', start: '2022-01', end: null, bullets: ['Tech lead of the platform group (11 engineers); 主导 service mesh 落地，覆盖 900+ services。'] },
    ],
    links: ['github.com/evanzhou-dev'],
  },
  {
    id: 'p14', language: 'mixed', name: '刘思远', alt: 'Siyuan (Sean) Liu', gender: 'M', born: '1991-09-30', nationality: 'Chinese (Canadian PR)',
    email: 'sean.siyuan.liu@gmail.com', phone: '+16473829164', phoneLocal: '(647) 382-9164', phoneIntl: '+1 647 382 9164',
    address: '88 Harbour Street, Suite 3405, Toronto, ON  M5J 0C3', city: 'Toronto, ON',
    headline: 'Finance Manager, FP&A',
    summary: 'CPA with Big-Four assurance roots and 8 years in energy and pharma FP&A. Bilingual Mandarin/English; supports China-sourced supply and JV reporting.',
    skills: ['Financial modelling', 'IFRS', 'Hyperion | Oracle Hyperion', 'SQL', 'Power BI', 'Variance analysis', 'Advanced Excel (VBA)'],
    languages: ['English (fluent)', 'Mandarin Chinese (native)'],
    certs: ['CPA, CA (CPA Ontario), 2017', 'CFA Level II Candidate'],
    education: [
      { school: 'Jinghai University of Finance 京海财经大学', degree: 'Bachelor of Accounting', start: '2009-09', end: '2013-06', city: 'Beijing' },
      { school: 'University of Westmere', degree: 'Master of Accounting (MAcc)', start: '2013-09', end: '2014-08', city: 'Waterloo, ON' },
    ],
    jobs: [
      { company: 'Huaming CPA LLP', title: 'Audit Intern', city: 'Beijing', start: '2013-06', end: '2013-08', bullets: ['Fieldwork on two SOE annual audits: vouching, bank confirmations.'] },
      { company: 'Kingsley Bryce LLP', title: 'Senior Associate, Assurance', city: 'Toronto, ON', start: '2014-09', end: '2017-08', bullets: ['Audits of mining and energy clients (revenue to $2.3B) under IFRS.'] },
      { company: 'Lakeport Energy Corp.', title: 'Senior Financial Analyst', city: 'Calgary, AB', start: '2017-09', end: '2020-10', bullets: ['Owned the 5-year capital plan model ($1.1B capex).'] },
      { company: 'Arborline Pharmaceuticals Canada Inc.', title: 'Finance Manager, FP&A', city: 'Toronto, ON', start: '2020-11', end: null, bullets: ['Leads budgeting and monthly forecast for a $640M business unit; 3 direct reports.', 'Built Power BI P&L pack replacing 40 Excel files.'] },
    ],
    referees: [{ name: 'Ms. Karen Douglas, CPA', role: 'Director, Finance', org: 'Arborline Pharmaceuticals Canada Inc.', phone: '(416) 555-0148', email: 'kdouglas@arborline.ca' }],
    links: ['linkedin.com/in/seansiyuanliu'],
  },
  {
    id: 'p15', language: 'mixed', name: '王静怡', alt: 'Jingyi Wang', gender: 'F', born: '1989-12-12', nationality: '中国 / Chinese',
    email: 'jingyi.wang@sau.edu.cn', phone: '+8618662317405', phoneLocal: '186 6231 7405', phoneIntl: '+86 186 6231 7405',
    address: 'Suzhou–Aberlay University, 111 Renai Road, Suzhou Industrial Park, Jiangsu 215123, China', city: 'Suzhou 苏州',
    headline: 'Assistant Professor, Atmospheric Chemistry 大气化学',
    summary: 'Atmospheric chemist combining regional chemistry–transport modelling (WRF-Chem) with machine learning to attribute urban ozone and PM2.5.',
    skills: ['Python', 'Xarray', 'WRF-Chem', 'Fortran', '机器学习 | machine learning', 'GIS'],
    languages: ['Mandarin (native) 普通话', 'English (fluent)', 'Dutch (basic)', 'German (A2)'],
    certs: [],
    education: [
      { school: 'Nanjing University of Information Science 南京信息科学大学', degree: 'B.Sc. Atmospheric Science 大气科学 学士', start: '2008-09', end: '2012-06', city: 'Nanjing' },
      { school: 'Zuiderzee University of Technology', degree: 'M.Sc. Environmental Engineering', start: '2012-09', end: '2014-08', city: 'Delft area, the Netherlands' },
      { school: 'Zuiderzee University of Technology', degree: 'Ph.D. Atmospheric Physics', start: '2015-01', end: '2019-06', city: 'the Netherlands', note: 'Promotor: Prof. dr. H. de Wit' },
    ],
    jobs: [
      { company: 'Norland Environmental Research Centre', title: 'Research Intern', city: 'Bilthoven, NL', start: '2014-02', end: '2014-07', bullets: ['Evaluated NO2 satellite retrievals against ground stations.'] },
      { company: 'Neckartal Institute for Environmental Physics', title: 'Postdoctoral Researcher', city: 'Heidelberg, Germany', start: '2019-10', end: '2022-09', bullets: ['Coupled WRF-Chem with a learned emission-correction model (Humboldt fellowship).'] },
      { company: 'Suzhou–Aberlay University', title: 'Assistant Professor', city: 'Suzhou', start: '2022-10', end: null, dept: 'Department of Environmental Science 环境科学系', bullets: ['PI of the Urban Air Modelling group; teaches ENV302 Air Pollution Meteorology.'] },
    ],
    extras: {
      publications: [
        'Wang J., de Wit H., Brouwer M. Ozone sensitivity regimes over the Yangtze River Delta from a machine-learned emission correction. Atmos. Chem. Phys., 23, 4411–4430, 2023.',
        'Wang J., Keller S., Hoffmann T. Learning NOx emission biases in WRF-Chem with satellite constraints. Geosci. Model Dev., 15, 7719–7738, 2022.',
        'Wang J., de Wit H. Urban PM2.5 attribution with adjoint sensitivities. J. Geophys. Res. Atmos., 124, 12,101–12,119, 2019.',
      ],
      grants: [
        'National Natural Science Foundation of China, Young Scientists Fund 国家自然科学基金青年科学基金项目, 42305112, 2024-01 至 2026-12, 30 万元, 在研, 主持',
        'Alexander von Humboldt Postdoctoral Fellowship, 2019–2021',
      ],
      teaching: ['ENV302 Air Pollution Meteorology (undergraduate), 2023–present', 'ENV510 Numerical Modelling of the Atmosphere (MSc), 2024–present'],
    },
    links: ['orcid.org/0000-0001-7349-2260', 'scholar.google.com/citations?user=jwAQm8kAAAAJ'],
  },
  {
    id: 'p16', language: 'mixed', name: '陈可欣', alt: 'Cleo Chen', gender: 'F', born: '1993-06-27', nationality: '中国',
    email: 'cleo.kexin@163.com', phone: '+8615821946077', phoneLocal: '158 2194 6077', phoneIntl: '+86 158 2194 6077',
    address: '上海市徐汇区建国西路 418 弄', city: '上海 Shanghai',
    headline: 'Senior Visual Designer 资深视觉设计师',
    summary: '10 年品牌与视觉设计经验，服务过美妆、茶饮与汽车品牌；擅长从品牌策略到包装、动态视觉的完整落地。',
    skills: ['品牌视觉 | brand identity', 'Adobe Illustrator | AI', 'Photoshop', 'Figma', 'C4D | Cinema 4D', '包装设计', 'After Effects'],
    languages: ['English – good (professional working)', '普通话 – native', '上海话 – native'],
    certs: [],
    education: [
      { school: 'Donghai Academy of Fine Arts 东海美术学院', degree: 'BA Visual Communication Design 视觉传达设计', start: '2011-09', end: '2015-06', city: 'Hangzhou' },
    ],
    jobs: [
      { company: 'Redwood Brand Partners', title: 'Junior Designer', city: 'Shanghai', start: '2015-07', end: '2017-04', bullets: ['Key visuals and retail POSM for beauty clients.'] },
      { company: 'Kaleido Studio', title: 'Brand Designer', city: 'Shanghai', start: '2017-05', end: '2020-08', bullets: ['Led packaging redesign for a tea-drink chain (1,400 stores). 获 Pentawards 铜奖。'] },
      { company: 'Lumen Atelier', title: 'Senior Visual Designer', city: 'Shanghai', start: '2021-03', end: null, bullets: ['Design lead on automotive and lifestyle accounts; manages 3 designers.', '建立客户品牌 design system 与 C4D 动态视觉规范。'] },
    ],
    breaks: [{ start: '2020-09', end: '2021-02', note: 'Sabbatical – travelled and studied motion design 间隔期（自学动态设计）' }],
    links: ['behance.net/cleochen', 'cleochen.design'],
  },
];

export const byId = Object.fromEntries(people.map((p) => [p.id, p]));
