/**
 * heldout-27: sixteen invented people. Every name, employer, school, address, e-mail and phone number is made up.
 * `skills` are written as the person would write them; the first spelling (before ` | `) is what documents print.
 */
export type Lang = 'en' | 'zh' | 'mixed';
export interface Job {
  company: string;
  title: string;
  start: string; // YYYY-MM
  end: string | null;
  town: string;
  duties: string[];
}
export interface Edu { school: string; award: string; start: string; end: string; town: string }
export interface Person {
  id: string;
  language: Lang;
  name: string; // as written (Chinese name for mixed people)
  latin?: string; // romanised / English name for zh & mixed people
  surname: string;
  given: string;
  sex: 'F' | 'M';
  born: string; // YYYY-MM-DD
  nationality: string;
  email: string;
  phone: string; // E.164
  phoneLocal: string; // as the person prints it
  address: string;
  headline: string;
  summary: string;
  skills: string[];
  work: Job[];
  education: Edu[];
  languages: string[];
  certs: string[];
  gap?: { start: string; end: string; label: string };
  referees?: { name: string; role: string; phone: string; email?: string }[];
}

export const people: Person[] = [
  {
    id: 'p01', language: 'en', name: 'Aline Mukamana', surname: 'MUKAMANA', given: 'Aline', sex: 'F', born: '1990-05-14',
    nationality: 'Rwandan', email: 'aline.mukamana90@gmail.com', phone: '+250788431207', phoneLocal: '+250 788 431 207',
    address: 'KK 15 Ave, House 22, Kicukiro, Kigali', headline: 'Agronomist – Smallholder Extension',
    summary: 'Agronomist with field and management experience in smallholder maize, bean and cassava programmes in the Southern and Western Provinces.',
    skills: ['Soil fertility management', 'Integrated pest management | IPM', 'KoboToolbox', 'QGIS', 'Farmer training of trainers', 'Crop yield surveys', 'MS Excel (pivot tables)', 'Post-harvest handling'],
    work: [
      { company: 'Rwanda Highland Crops Institute', title: 'Research Intern (Agronomy)', start: '2013-09', end: '2014-02', town: 'Musanze', duties: ['Assisted potato variety trials on 40 plots', 'Entered trial data and cleaned datasets'] },
      { company: 'Umurima Farmer Support', title: 'Field Officer', start: '2014-04', end: '2017-06', town: 'Nyamagabe', duties: ['Trained 11 farmer groups (approx. 600 farmers) on input use and planting', 'Collected repayment and yield data with tablets'] },
      { company: 'Umurima Farmer Support', title: 'Senior Field Manager', start: '2017-07', end: '2019-12', town: 'Huye', duties: ['Supervised 14 field officers across two sectors', 'Led season A/B yield surveys'] },
      { company: 'Nyungwe Agro-Processing Ltd', title: 'Agronomy Coordinator', start: '2020-09', end: null, town: 'Rusizi', duties: ['Runs out-grower cassava programme with 2,300 contracted farmers', 'Designs IPM protocols and trains lead farmers'] },
    ],
    education: [
      { school: 'Huye College of Agriculture and Veterinary Sciences', award: 'BSc (Hons) Crop Production', start: '2009-10', end: '2013-07', town: 'Huye' },
    ],
    languages: ['Kinyarwanda (native)', 'English (fluent)', 'French (good)', 'Kiswahili (basic)'],
    certs: ['Certificate in Seed Systems (2018)'],
    gap: { start: '2020-01', end: '2020-08', label: 'Maternity and family leave' },
    referees: [
      { name: 'Dr. Emmanuel Nsengiyumva', role: 'Programme Director, Umurima Farmer Support', phone: '+250 788 602 915', email: 'e.nsengiyumva@umurima.org.rw' },
      { name: 'Ms. Claudine Uwera', role: 'Operations Manager, Nyungwe Agro-Processing Ltd', phone: '+250 783 117 448' },
    ],
  },
  {
    id: 'p02', language: 'en', name: 'Ruaridh Sutherland', surname: 'Sutherland', given: 'Ruaridh', sex: 'M', born: '1988-02-03',
    nationality: 'British', email: 'r.sutherland@btinternet.com', phone: '+447831552907', phoneLocal: '07831 552907',
    address: '4 Glencruitten Road, Oban, Argyll PA34 4DN', headline: 'Fish Health Biologist (Aquaculture)',
    summary: 'Fish health lead for a marine salmon producer, responsible for health plans, sea lice strategy and welfare audits across nine sea sites.',
    skills: ['Gill scoring', 'Sea lice counts', 'qPCR', 'Histopathology sampling', 'Veterinary medicines records', 'R (ggplot2, lme4)', 'Welfare auditing'],
    work: [
      { company: 'Loch Creran Salmon Ltd', title: 'Trainee Fish Farm Technician', start: '2009-06', end: '2011-03', town: 'Barcaldine', duties: ['Feeding, net inspection and mortality removal', 'Weekly lice counts'] },
      { company: 'Hebridean Marine Diagnostics', title: 'Fish Health Technician', start: '2011-04', end: '2015-10', town: 'Stornoway', duties: ['Sampling for PCR and histology on client sites', 'Prepared lab reports for vets'] },
      { company: 'Sgeir Mhor Aquaculture', title: 'Fish Health Biologist', start: '2016-09', end: '2021-02', town: 'Oban', duties: ['Delivered health plans for five sea sites', 'Coordinated cleaner-fish welfare checks'] },
      { company: 'Sgeir Mhor Aquaculture', title: 'Head of Fish Health', start: '2021-03', end: null, town: 'Oban', duties: ['Leads a team of six biologists', 'Owns the veterinary health plan and medicines audit trail'] },
    ],
    education: [
      { school: 'University of the Western Isles', award: 'MSc Aquatic Animal Health', start: '2015-09', end: '2016-08', town: 'Stornoway' },
      { school: 'Argyll Marine College', award: 'BSc Marine Biology', start: '2005-09', end: '2009-05', town: 'Oban' },
    ],
    languages: ['English', 'Scottish Gaelic (conversational)'],
    certs: ['RYA Powerboat Level 2', 'First Aid at Work'],
    gap: { start: '2015-11', end: '2016-08', label: 'Full-time MSc study' },
    referees: [{ name: 'Dr Morag Lindsay', role: 'Veterinary Director, Sgeir Mhor Aquaculture', phone: '01631 570 214' }],
  },
  {
    id: 'p03', language: 'en', name: 'Eleni Kyriakou', surname: 'KYRIAKOU', given: 'Eleni', sex: 'F', born: '1987-09-21',
    nationality: 'Cypriot', email: 'eleni.kyriakou@cytanet.com.cy', phone: '+35799482615', phoneLocal: '+357 99 482615',
    address: '17 Anexartisias Street, Apt 302, 3036 Limassol', headline: 'Crew Manager – Ship Management',
    summary: 'Shore-based marine HR professional with 14 years in crewing for tanker and bulk fleets.',
    skills: ['Crew planning and rotation', 'MLC 2006 compliance', 'STCW certificate verification', 'Seafarer employment agreements', 'SAP HCM', 'Travel and visa logistics'],
    work: [
      { company: 'Akamas Ship Management Ltd', title: 'Crewing Assistant', start: '2012-02', end: '2014-08', town: 'Limassol', duties: ['Prepared joining documents and flights for crew changes'] },
      { company: 'Akamas Ship Management Ltd', title: 'Crew Coordinator', start: '2014-09', end: '2018-05', town: 'Limassol', duties: ['Planned rotations for 9 bulk carriers', 'Checked certificates against flag-state requirements'] },
      { company: 'Thalassa Maritime Services', title: 'Marine HR Superintendent', start: '2018-06', end: '2022-12', town: 'Larnaca', duties: ['Handled MLC audits and seafarer grievances', 'Negotiated with manning agents in Manila and Odesa'] },
      { company: 'Pentadaktylos Tankers Ltd', title: 'Crew Manager', start: '2023-01', end: null, town: 'Limassol', duties: ['Manages crewing for 22 product tankers (approx. 500 seafarers)', 'Owns crew budget and agency contracts'] },
    ],
    education: [
      { school: 'Limassol College of Commerce', award: 'BA Business Administration (Shipping)', start: '2005-09', end: '2009-06', town: 'Limassol' },
      { school: 'Solent Maritime Institute', award: 'MSc Shipping Operations', start: '2010-09', end: '2011-09', town: 'Southampton' },
    ],
    languages: ['Greek (native)', 'English (C2)', 'Russian (B1)'],
    certs: ['Certified HR Professional (CIPD Level 5)'],
  },
  {
    id: 'p04', language: 'en', name: 'Tatenda Chikwanha', surname: 'CHIKWANHA', given: 'Tatenda Rufaro', sex: 'M', born: '1991-11-08',
    nationality: 'Zimbabwean', email: 'tchikwanha@yahoo.com', phone: '+263773184420', phoneLocal: '077 318 4420',
    address: '14 Lomagundi Road, Mabelreign, Harare', headline: 'Supply Chain Pharmacist',
    summary: 'Registered pharmacist with hospital, retail and public-health supply chain experience.',
    skills: ['Dispensing', 'Pharmacovigilance', 'Stock control (LMIS)', 'Quantification & forecasting', 'Good Distribution Practice | GDP', 'Patient counselling', 'MS Access'],
    work: [
      { company: 'Mbare Community Pharmacy', title: 'Pre-registration Pharmacist (Intern)', start: '2015-01', end: '2015-12', town: 'Harare', duties: ['Dispensing under supervision', 'OTC counselling'] },
      { company: 'Kopje Medical Stores (Pvt) Ltd', title: 'Pharmacist', start: '2016-02', end: '2019-05', town: 'Gweru', duties: ['Receiving, storage and issue of pharmaceuticals to 30 clinics'] },
      { company: 'Msasa Park Pharmacy', title: 'Superintendent Pharmacist', start: '2019-06', end: '2022-07', town: 'Harare', duties: ['Responsible pharmacist for licence compliance', 'Supervised 2 pharmacy technicians'] },
      { company: 'Zambezi Health Logistics Trust', title: 'Supply Chain Pharmacist', start: '2022-08', end: null, town: 'Harare', duties: ['Quarterly quantification for ARVs and TB medicines', 'Trains district pharmacy staff on LMIS reporting'] },
    ],
    education: [{ school: 'Great Zimbabwe School of Pharmacy', award: 'Bachelor of Pharmacy (Honours)', start: '2010-08', end: '2014-11', town: 'Masvingo' }],
    languages: ['Shona', 'English', 'Ndebele (basic)'],
    certs: ['Registered with the Pharmacists Council (Reg. No. PH 2316)'],
    referees: [
      { name: 'Mrs R. Mapfumo', role: 'Director of Pharmacy, Zambezi Health Logistics Trust', phone: '+263 242 704 331' },
      { name: 'Mr F. Dube', role: 'Managing Director, Msasa Park Pharmacy', phone: '+263 712 880 046' },
    ],
  },
  {
    id: 'p05', language: 'en', name: 'Joseph Kaupa', surname: 'KAUPA', given: 'Joseph Wari', sex: 'M', born: '1985-07-30',
    nationality: 'Papua New Guinean', email: 'jkaupa.eng@gmail.com', phone: '+67571934482', phoneLocal: '7193 4482',
    address: 'PO Box 2217, Lae 411, Morobe Province', headline: 'Senior Civil Engineer (Roads & Bridges)',
    summary: 'Civil engineer with 16 years on rural road and bridge projects in Morobe, Eastern Highlands and Enga.',
    skills: ['Road pavement design', 'AutoCAD Civil 3D | Civil 3D', 'Quantity surveying', 'MS Project', 'Bridge inspection', 'Contract administration (FIDIC)', 'Soil testing (CBR, DCP)'],
    work: [
      { company: 'Morobe Provincial Works', title: 'Graduate Engineer', start: '2010-01', end: '2012-12', town: 'Lae', duties: ['Site supervision of resealing works', 'Prepared bills of quantities'] },
      { company: 'Highlands Roadbuild Ltd', title: 'Site Engineer', start: '2013-02', end: '2016-11', town: 'Goroka', duties: ['Set-out and quality control on 38 km upgrade'] },
      { company: 'Highlands Roadbuild Ltd', title: 'Project Engineer', start: '2016-12', end: '2019-03', town: 'Wabag', duties: ['Managed K 46 million road and bridge package', 'Claims and variations under FIDIC Red Book'] },
      { company: 'Kumul Infrastructure Partners', title: 'Senior Civil Engineer', start: '2019-05', end: null, town: 'Lae', duties: ['Design review and supervision of 12 single-lane bridges', 'Mentors four graduate engineers'] },
    ],
    education: [{ school: 'Markham Valley University of Technology', award: 'Bachelor of Engineering (Civil)', start: '2005-02', end: '2009-11', town: 'Lae' }],
    languages: ['English', 'Tok Pisin', 'Kâte'],
    certs: ['Registered Professional Engineer (RPEQ equivalent, 2017)'],
  },
  {
    id: 'p06', language: 'en', name: 'Kadri Saar', surname: 'Saar', given: 'Kadri', sex: 'F', born: '1993-04-12',
    nationality: 'Estonian', email: 'kadri.saar@proton.me', phone: '+37256349821', phoneLocal: '+372 5634 9821',
    address: 'Tartu mnt 63-14, 10115 Tallinn', headline: 'Lead Backend Engineer',
    summary: 'Backend engineer building high-availability services for logistics and public-sector integrations.',
    skills: ['Golang | Go', 'PostgreSQL', 'Kubernetes', 'gRPC', 'Terraform', 'Java / Spring Boot', 'Event sourcing', 'X-Road integrations'],
    work: [
      { company: 'Pilvelinn OÜ', title: 'Software Development Intern', start: '2014-06', end: '2014-08', town: 'Tartu', duties: ['Wrote integration tests for a billing API'] },
      { company: 'Pilvelinn OÜ', title: 'Backend Developer', start: '2015-01', end: '2018-09', town: 'Tartu', duties: ['Built invoice and e-receipt services in Java'] },
      { company: 'Kiirtee Logistics AS', title: 'Senior Software Engineer', start: '2018-10', end: '2023-03', town: 'Tallinn', duties: ['Migrated dispatch platform to Go microservices on Kubernetes', 'Cut p99 latency from 900 ms to 120 ms'] },
      { company: 'Vaarikas Security OÜ', title: 'Lead Backend Engineer', start: '2023-10', end: null, town: 'Tallinn', duties: ['Leads 5 engineers on an event-sourced audit platform', 'Owns X-Road integrations with state registries'] },
    ],
    education: [{ school: 'University of Emajõgi', award: 'BSc Computer Science', start: '2012-09', end: '2015-06', town: 'Tartu' }],
    languages: ['Estonian (native)', 'English (C1)', 'Finnish (B2)', 'Russian (A2)'],
    certs: ['Certified Kubernetes Application Developer (CKAD)'],
    gap: { start: '2023-04', end: '2023-09', label: 'Sabbatical – travel in South America' },
  },
  {
    id: 'p07', language: 'en', name: 'Keisha Simmons-Trott', surname: 'Simmons-Trott', given: 'Keisha Marie', sex: 'F', born: '1992-01-17',
    nationality: 'Bermudian', email: 'keisha.simmonstrott@logic.bm', phone: '+14415993127', phoneLocal: '(441) 599-3127',
    address: '12 Middle Road, Warwick WK 06, Bermuda', headline: 'Pricing Actuary – Property Catastrophe Reinsurance',
    summary: 'Actuary (ACAS) with pricing and reserving experience across Bermuda reinsurance and insurance management.',
    skills: ['Reserving (chain ladder, Bornhuetter-Ferguson)', 'Python (pandas)', 'SQL', 'Igloo', 'Catastrophe modelling', 'BSCR', 'Excel / VBA'],
    work: [
      { company: 'Cedar Point Re Ltd.', title: 'Summer Intern, Actuarial', start: '2013-06', end: '2013-08', town: 'Hamilton', duties: ['Built loss triangles for casualty treaties'] },
      { company: 'Cedar Point Re Ltd.', title: 'Actuarial Analyst', start: '2015-07', end: '2018-12', town: 'Hamilton', duties: ['Quarterly reserving for property and casualty lines'] },
      { company: 'Harbour Rock Insurance Managers', title: 'Senior Actuarial Analyst', start: '2019-01', end: '2022-05', town: 'Pembroke', duties: ['BSCR filings and loss reserve opinions support for 14 captive insurers'] },
      { company: 'Sandys Capital Reinsurance Ltd.', title: 'Pricing Actuary', start: '2022-06', end: null, town: 'Hamilton', duties: ['Prices US and Caribbean property-cat treaties', 'Maintains pricing tools in Python and SQL'] },
    ],
    education: [{ school: 'Lakehurst University', award: 'BSc Actuarial Science', start: '2011-09', end: '2015-05', town: 'Halifax, Nova Scotia' }],
    languages: ['English'],
    certs: ['ACAS (Associate of the Casualty Actuarial Society), 2020'],
    referees: [{ name: 'Mr. Colin Darrell, FCAS', role: 'Chief Actuary, Sandys Capital Reinsurance Ltd.', phone: '(441) 298-4410' }],
  },
  {
    id: 'p08', language: 'zh', name: '冉建平', latin: 'Ran Jianping', surname: '冉', given: '建平', sex: 'M', born: '1986-10-02',
    nationality: '中国', email: 'ranjianping@163.com', phone: '+8613883672045', phoneLocal: '138 8367 2045',
    address: '重庆市渝北区金开大道68号 龙湖时代天街3栋1205', headline: '餐饮连锁运营总监',
    summary: '18年火锅及中式正餐连锁运营经验，从储备干部做到运营总监，熟悉门店标准化、成本管控和新店筹开。',
    skills: ['门店运营管理', '成本控制', '食品安全管理', '美团/大众点评运营', '员工培训体系搭建', 'Excel数据分析', '供应链管理'],
    work: [
      { company: '重庆渝味轩餐饮管理有限公司', title: '储备干部', start: '2008-03', end: '2011-06', town: '重庆', duties: ['前厅、后厨轮岗', '负责排班与盘点'] },
      { company: '重庆渝味轩餐饮管理有限公司', title: '店长', start: '2011-07', end: '2015-09', town: '重庆', duties: ['管理80人门店，年营业额1800万', '连续三年获评优秀店长'] },
      { company: '重庆巴渝铜锣火锅连锁有限公司', title: '区域运营经理', start: '2015-10', end: '2020-04', town: '重庆', duties: ['管理川渝地区12家直营门店', '主导新店筹开9家'] },
      { company: '成都蜀锦源餐饮集团有限公司', title: '运营总监', start: '2020-05', end: null, town: '成都', duties: ['负责全国46家门店运营', '推行中央厨房配送，食材成本下降3.2个百分点'] },
    ],
    education: [{ school: '重庆商贸职业学院', award: '酒店管理 大专', start: '2005-09', end: '2008-06', town: '重庆' }],
    languages: ['普通话', '英语（基础）'],
    certs: ['食品安全管理员证', '高级餐饮职业经理人'],
  },
  {
    id: 'p09', language: 'zh', name: '罗振华', latin: 'Luo Zhenhua', surname: '罗', given: '振华', sex: 'M', born: '1990-03-19',
    nationality: '中国', email: '2871634509@qq.com', phone: '+8613530218876', phoneLocal: '135-3021-8876',
    address: '广东省东莞市长安镇乌沙社区兴发南路22号', headline: '模具设计主管',
    summary: '17年塑胶模具行业经验，熟悉汽车及家电精密注塑模具设计。',
    skills: ['UG NX | UG', 'AutoCAD', 'Moldflow模流分析', '塑胶模具结构设计', 'DFM分析', '2D排位'],
    work: [
      { company: '东莞市长安镇华精模具厂', title: '模具钳工（学徒）', start: '2009-07', end: '2012-02', town: '东莞', duties: ['模具装配、省模、试模'] },
      { company: '东莞宏泰精密塑胶模具有限公司', title: '模具设计员', start: '2012-03', end: '2016-05', town: '东莞', duties: ['家电外壳模具3D分模及2D出图'] },
      { company: '东莞立信模具科技有限公司', title: '模具设计工程师', start: '2016-11', end: '2021-08', town: '东莞', duties: ['汽车内饰件模具设计，年均30套', '负责DFM报告'] },
      { company: '东莞立信模具科技有限公司', title: '设计主管', start: '2021-09', end: null, town: '东莞', duties: ['管理8人设计组', '制定设计标准与评审流程'] },
    ],
    education: [{ school: '广东南粤技师学院', award: '模具设计与制造 中专', start: '2006-09', end: '2009-06', town: '广州' }],
    languages: ['普通话', '粤语'],
    certs: ['模具工 高级工（三级）'],
    gap: { start: '2016-06', end: '2016-10', label: '回乡照顾家人' },
  },
  {
    id: 'p10', language: 'zh', name: '于海燕', latin: 'Yu Haiyan', surname: '于', given: '海燕', sex: 'F', born: '1988-06-25',
    nationality: '中国', email: 'yuhaiyan_vet@126.com', phone: '+8615963184027', phoneLocal: '159 6318 4027',
    address: '山东省临沂市兰山区沂蒙路156号', headline: '畜牧兽医师 / 养殖场场长',
    summary: '执业兽医师，长期从事规模化猪场疫病防控和生产管理。',
    skills: ['猪病诊断', '疫苗免疫程序制定', '非洲猪瘟防控', '兽药合理使用', '养殖场生物安全', '饲料配方设计', 'PCR检测'],
    work: [
      { company: '山东农业大学动物医院', title: '实习兽医', start: '2010-07', end: '2011-05', town: '泰安', duties: ['门诊及住院部轮转实习'] },
      { company: '山东鲁康畜牧科技有限公司', title: '技术员', start: '2011-07', end: '2014-12', town: '济南', duties: ['负责3个合作猪场免疫与采样'] },
      { company: '潍坊瑞牧饲料有限公司', title: '养殖技术服务经理', start: '2015-01', end: '2019-06', town: '潍坊', duties: ['服务客户猪场60余家，存栏合计8万头'] },
      { company: '山东沂蒙绿源生猪养殖合作社', title: '场长兼兽医', start: '2019-07', end: null, town: '临沂', duties: ['管理母猪1200头规模猪场', '建立非洲猪瘟三级洗消体系'] },
    ],
    education: [{ school: '山东农业大学', award: '动物医学 本科', start: '2007-09', end: '2011-06', town: '泰安' }],
    languages: ['普通话'],
    certs: ['执业兽医师资格证（2013）'],
  },
  {
    id: 'p11', language: 'zh', name: '陳彥廷', latin: 'Chen Yen-Ting', surname: '陳', given: '彥廷', sex: 'M', born: '1989-08-11',
    nationality: '中華民國', email: 'yenting.chen@gmail.com', phone: '+886928617354', phoneLocal: '0928-617-354',
    address: '高雄市楠梓區德民路500巷18號7樓', headline: '製程整合副理',
    summary: '半導體後段及晶圓製程經驗十年以上，專長良率改善與製程整合。',
    skills: ['SPC統計製程管制', 'FMEA', 'JMP', '黃光製程 (Photo)', '8D問題分析', 'DOE實驗設計', 'Python'],
    work: [
      { company: '陸軍第八軍團', title: '義務役士兵', start: '2012-08', end: '2013-07', town: '高雄', duties: ['營部連 文書兵'] },
      { company: '日昇半導體股份有限公司', title: '製程工程師', start: '2013-09', end: '2017-12', town: '台南', duties: ['黃光區曝光機台製程維護', '良率由92.1%提升至95.6%'] },
      { company: '日昇半導體股份有限公司', title: '資深製程工程師', start: '2018-01', end: '2020-06', town: '台南', duties: ['新製程導入與SPC管制'] },
      { company: '高雄晶創科技股份有限公司', title: '製程整合副理', start: '2020-07', end: null, town: '高雄', duties: ['帶領9人製程整合團隊', '主導客戶稽核與8D改善'] },
    ],
    education: [{ school: '國立南台灣科技大學', award: '化學工程系 碩士', start: '2010-09', end: '2012-06', town: '台南' }],
    languages: ['中文', '台語', '英文（TOEIC 810）'],
    certs: ['六標準差綠帶'],
  },
  {
    id: 'p12', language: 'zh', name: '何嘉欣', latin: 'HO Ka Yan', surname: 'HO', given: 'Ka Yan', sex: 'F', born: '1987-12-05',
    nationality: '中國香港', email: 'kayan.ho@netvigator.com', phone: '+85293862174', phoneLocal: '9386 2174',
    address: '香港新界沙田禾輋邨豐和樓1416室', headline: '物業及設施經理',
    summary: '十五年住宅及商業物業管理經驗，熟悉《建築物管理條例》及業主立案法團事務。',
    skills: ['屋苑管理', '業主立案法團事務', '維修保養招標', '消防及樓宇安全', '客戶關係管理', 'MS Office', '預算控制'],
    work: [
      { company: '新港物業管理有限公司', title: '見習物業主任', start: '2010-08', end: '2011-07', town: '九龍', duties: ['屋苑日常巡查及住戶查詢'] },
      { company: '新港物業管理有限公司', title: '物業主任', start: '2011-08', end: '2015-12', town: '九龍', duties: ['管理1,200伙屋苑', '籌備法團會議'] },
      { company: '匯盈物業服務有限公司', title: '高級物業經理', start: '2016-01', end: '2022-10', town: '沙田', duties: ['管理三個屋苑共3,800伙', '大型維修工程招標'] },
      { company: '環峰資產管理有限公司', title: '物業及設施經理', start: '2022-11', end: null, town: '觀塘', duties: ['甲級寫字樓物業及設施管理', '年度預算港幣2,600萬'] },
    ],
    education: [{ school: '香港城東大學', award: '房屋管理學 文學士', start: '2006-09', end: '2010-06', town: '香港' }],
    languages: ['粵語', '英語', '普通話'],
    certs: ['物業管理人（第1級）牌照（申請中）', '香港房屋經理學會 會員'],
  },
  {
    id: 'p13', language: 'mixed', name: '顾文彬', latin: 'Wenbin Gu', surname: '顾', given: '文彬', sex: 'M', born: '1991-09-09',
    nationality: '中国', email: 'wenbin.gu@outlook.com', phone: '+8613916275083', phoneLocal: '+86 139 1627 5083',
    address: '江苏省太仓市城厢镇上海东路18号 翡翠苑12-602', headline: 'Senior Automation Engineer 高级自动化工程师',
    summary: '德资企业电气与自动化工程师，熟悉西门子PLC、PROFINET及工业机器人集成，可用英语和德语基础沟通。',
    skills: ['Siemens TIA Portal | TIA Portal', 'PLC编程 (S7-1500)', 'EPLAN Electric P8', 'PROFINET', 'KUKA机器人调试', 'WinCC HMI', 'SCL'],
    work: [
      { company: 'Schaller Automation (Taicang) Co., Ltd.', title: 'Apprentice Electrician 双元制学徒', start: '2010-09', end: '2012-07', town: 'Taicang', duties: ['AHK dual-system apprenticeship, wiring and panel building'] },
      { company: 'Schaller Automation (Taicang) Co., Ltd.', title: 'PLC Programmer PLC程序员', start: '2012-08', end: '2016-03', town: 'Taicang', duties: ['S7-300/1500 programming for assembly lines'] },
      { company: '苏州博远智能装备有限公司', title: '电气工程师 Electrical Engineer', start: '2016-04', end: '2020-12', town: '苏州', duties: ['非标自动化设备电气设计与调试'] },
      { company: 'Hessler Antriebstechnik (Shanghai) Co., Ltd.', title: 'Senior Automation Engineer 高级自动化工程师', start: '2021-01', end: null, town: 'Shanghai', duties: ['Leads commissioning of gearbox test benches', 'Standardised PLC library for 3 plants'] },
    ],
    education: [
      { school: '太仓中德职业技术学院', award: '机电一体化 大专 (AHK Mechatroniker)', start: '2009-09', end: '2012-07', town: '太仓' },
      { school: '江南理工大学（继续教育学院）', award: '电气工程及其自动化 本科（业余）', start: '2014-03', end: '2017-01', town: '无锡' },
    ],
    languages: ['中文 (母语)', 'English (fluent)', 'Deutsch (B1)'],
    certs: ['Siemens Certified Programmer', 'AHK Ausbildereignung (AEVO) 2024'],
  },
  {
    id: 'p14', language: 'mixed', name: '黄思琪', latin: 'Sissi Huang', surname: '黄', given: '思琪', sex: 'F', born: '1994-07-28',
    nationality: '中国', email: 'sissi.huang94@foxmail.com', phone: '+8618688214360', phoneLocal: '186 8821 4360',
    address: '广东省深圳市南山区粤海街道科苑南路3099号', headline: 'Marketplace Lead (Amazon EU/US) 跨境电商运营负责人',
    summary: '10年亚马逊欧美站运营经验，负责家居类目从0到年销售额2,400万美元。',
    skills: ['Amazon Seller Central', 'PPC广告 | Amazon PPC', 'Listing优化', 'Helium 10', 'FBA库存规划', 'Excel数据透视表', 'Keepa'],
    work: [
      { company: '深圳市拓洋电子商务有限公司', title: '运营助理（实习）Operations Intern', start: '2016-03', end: '2016-06', town: '深圳', duties: ['协助上架和广告报表'] },
      { company: '深圳市拓洋电子商务有限公司', title: '亚马逊运营专员 Amazon Operations Specialist', start: '2016-07', end: '2018-10', town: '深圳', duties: ['负责美国站20个ASIN'] },
      { company: '深圳市云帆跨境科技有限公司', title: 'Amazon Operations Manager 运营经理', start: '2018-11', end: '2022-03', town: '深圳', duties: ['管理6人团队，欧洲五国站点'] },
      { company: 'Northpeak Home Inc.', title: 'Marketplace Lead (EU/US)', start: '2022-04', end: null, town: 'Shenzhen', duties: ['Owns P&L for Amazon US/EU home category', 'Cut ACoS from 31% to 19%'] },
    ],
    education: [{ school: '广东华南外贸学院', award: '国际经济与贸易 本科 BA International Trade', start: '2012-09', end: '2016-06', town: '广州' }],
    languages: ['中文', 'English (CET-6, IELTS 7.0)'],
    certs: [],
  },
  {
    id: 'p15', language: 'mixed', name: '乔雨桐', latin: 'Yutong Qiao', surname: '乔', given: '雨桐', sex: 'F', born: '1989-12-15',
    nationality: '中国', email: 'yutong.qiao@gmail.com', phone: '+8615011289536', phoneLocal: '150 1128 9536',
    address: '北京市朝阳区望京西园三区318号楼1门702', headline: 'Senior Localization Manager 游戏本地化高级经理',
    summary: '游戏及软件本地化14年，负责中英日韩等12种语言的本地化项目与LQA流程。',
    skills: ['memoQ', 'Trados Studio | SDL Trados', 'LQA', 'Jira', '术语管理 Terminology management', 'Crowdin', 'Python脚本'],
    work: [
      { company: '北京言桥翻译有限公司', title: '英汉笔译 Translator (EN-ZH)', start: '2012-07', end: '2014-09', town: '北京', duties: ['技术文档及营销材料翻译，约120万字'] },
      { company: '北京星澜互动娱乐科技有限公司', title: '本地化专员 Localization Specialist', start: '2014-10', end: '2018-02', town: '北京', duties: ['手游文本本地化及LQA'] },
      { company: 'Moonveil Entertainment Ltd.', title: 'Localization Project Manager', start: '2019-01', end: '2023-06', town: 'Beijing', duties: ['Managed 12-language sim-ship for 4 titles'] },
      { company: 'Moonveil Entertainment Ltd.', title: 'Senior Localization Manager', start: '2023-07', end: null, town: 'Beijing', duties: ['Runs vendor pool of 30 LSPs and freelancers', 'Built terminology base and LQA pipeline'] },
    ],
    education: [{ school: '北方外国语学院', award: '英语语言文学 学士 BA English', start: '2008-09', end: '2012-06', town: '北京' }],
    languages: ['中文 (母语)', 'English (CATTI 二级笔译)', '日本語 (N2)'],
    certs: ['CATTI 二级笔译'],
    gap: { start: '2018-03', end: '2018-12', label: '游学 / Career break (language study in Osaka)' },
  },
  {
    id: 'p16', language: 'mixed', name: '陆静怡', latin: 'Jingyi Lu', surname: '陆', given: '静怡', sex: 'F', born: '1989-04-03',
    nationality: '中国', email: 'jingyi.lu@163.com', phone: '+8618112657392', phoneLocal: '181 1265 7392',
    address: '江苏省苏州市工业园区星湖街218号 生物纳米园A7', headline: 'Clinical Project Manager 临床项目经理',
    summary: '护理背景出身，从CRA到临床项目经理，负责肿瘤及代谢领域II/III期临床试验。',
    skills: ['ICH-GCP', 'Site monitoring | 监查', 'SDV源数据核查', 'EDC (Medidata Rave)', 'SAE报告', '伦理递交', 'CTMS'],
    work: [
      { company: '苏州工业园区仁和医院', title: '护士 Staff Nurse', start: '2011-08', end: '2014-05', town: '苏州', duties: ['肿瘤科临床护理'] },
      { company: 'Medisphere Clinical Research (Suzhou) Co., Ltd.', title: 'CRA 临床监查员', start: '2014-06', end: '2017-09', town: 'Suzhou', duties: ['Monitored 9 sites for 2 oncology studies'] },
      { company: 'Medisphere Clinical Research (Suzhou) Co., Ltd.', title: 'Senior CRA 高级临床监查员', start: '2017-10', end: '2020-11', town: 'Suzhou', duties: ['Lead CRA for a phase III diabetes study (28 sites)'] },
      { company: '康励生物医药(苏州)有限公司', title: '临床项目经理 Clinical Project Manager', start: '2020-12', end: null, town: '苏州', duties: ['负责2项II期肿瘤试验全流程管理', '管理CRO及中心实验室供应商'] },
    ],
    education: [{ school: '江苏吴中医学院', award: '护理学 本科 BSc Nursing', start: '2007-09', end: '2011-06', town: '苏州' }],
    languages: ['中文', 'English (fluent)'],
    certs: ['GCP培训证书 (2025)', '护士执业证书'],
  },
];
