/**
 * The people of the dev-tables set (issue 11, round 2), typed by hand for work-history tables of many shapes:
 * new names, employers, schools, bullets and skills, written without the fixture pools, the taxonomy, the
 * dev-layouts people or the independent set. Same shape as dev-layouts' people (`DevPerson`, reused); the
 * `templates` field is unused here — which table variants each person is printed in is set in variants.ts.
 * This set IS tuned on: a development set for the analyser's table fixes, not a measure of generalisation.
 */
import type { DevPerson } from '../dev-layouts/people';

export const PEOPLE: DevPerson[] = [
  {
    id: 'en-oduya', language: 'en', name: 'Kofi Oduya-Marsh', headline: 'Supply Chain Analyst',
    email: 'kofi.oduya@brackenpost.net', phone: '+1 (312) 555-0186', phoneE164: '+13125550186', location: 'Chicago, IL',
    summary: 'Analyst who keeps warehouses stocked without tying up cash, from demand plans to carrier scorecards.',
    skills: ['Demand planning', 'Microsoft Excel | Excel', 'SQL', 'Tableau', 'Python', 'Inventory management', 'SAP'],
    languages: ['English', 'Twi'],
    work: [
      { company: 'Wrenfield Distribution', title: 'Supply Chain Analyst', start: '2021-05', end: null, bullets: ['Rebuilt the weekly replenishment model for 3,400 SKUs; stock-outs fell by a third.'] },
      { company: 'Tallow Creek Foods', title: 'Inventory Planner', start: '2018-08', end: '2021-04', bullets: ['Ran cycle counts across two cold stores and cut write-offs by 18%.'] },
      { company: 'Marlow Freight Brokers', title: 'Logistics Coordinator', start: '2016-02', end: '2018-07', bullets: ['Booked and tracked 90 truckloads a week for grocery clients.'] },
    ],
    education: [{ school: 'Loyola University Chicago', degree: 'B.B.A. Operations Management', start: '2012-09', end: '2016-01' }],
    dateStyle: 0, templates: [],
  },
  {
    id: 'en-varga', language: 'en', name: 'Eszter Varga-Holloway', headline: 'Backend Engineer',
    email: 'eszter.vh@quaymail.org', phone: '+44 161 496 0732', phoneE164: '+441614960732', location: 'Manchester, UK',
    summary: 'Backend engineer for payments and booking systems; prefers boring technology and thorough tests.',
    skills: ['Go', 'PostgreSQL', 'Docker', 'Kubernetes', 'gRPC', 'Redis', 'Java'],
    languages: ['English', 'Hungarian'],
    work: [
      { company: 'Saltmarsh Payments', title: 'Backend Engineer', start: '2022-03', end: null, bullets: ['Wrote the settlement service that reconciles 2M card payments a day.'] },
      { company: 'Ashgrove Travel Group', title: 'Software Developer', start: '2019-01', end: '2022-02', bullets: ['Moved seat booking off a shared database onto its own service.'] },
      { company: 'Pennine Council', title: 'Junior Developer', start: '2017-07', end: '2018-12', bullets: ['Maintained the parking permit portal.'] },
    ],
    education: [{ school: 'University of Leeds', degree: 'BSc Computer Science', start: '2014-09', end: '2017-06' }],
    dateStyle: 1, templates: [],
  },
  {
    id: 'zh-qiu', language: 'zh', name: '邱绍峰', headline: '嵌入式软件工程师',
    email: 'qiushaofeng@lanmail.cn', phone: '139 5521 0874', phoneE164: '+8613955210874', location: '苏州',
    summary: '八年嵌入式开发经验，熟悉电机控制与工业通信协议。',
    skills: ['C语言 | C', 'Linux', 'RTOS | FreeRTOS', 'CAN总线 | CAN bus', '嵌入式开发 | Embedded systems', 'Git'],
    languages: ['普通话', '英语（CET-6）'],
    work: [
      { company: '苏州瀚川智能装备有限公司', title: '嵌入式软件工程师', start: '2020-04', end: null, bullets: ['负责伺服驱动器固件开发，完成三代产品迭代。'] },
      { company: '无锡恒朗电子科技有限公司', title: '软件工程师', start: '2017-07', end: '2020-03', bullets: ['开发工业网关的 Modbus 与 CAN 通信模块。'] },
      { company: '常州启明仪表厂', title: '助理工程师', start: '2015-07', end: '2017-06', bullets: ['参与智能电表的单片机程序维护。'] },
    ],
    education: [{ school: '江南大学', degree: '电子信息工程 本科', start: '2011-09', end: '2015-06' }],
    dateStyle: 0, templates: [],
  },
  {
    id: 'zh-tang', language: 'zh', name: '唐可欣', headline: '人力资源经理',
    email: 'tangkexin@huamail.com', phone: '186 0213 4456', phoneE164: '+8618602134456', location: '上海',
    summary: '十年人力资源工作经验，擅长招聘体系搭建与绩效管理。',
    skills: ['招聘 | Recruiting', '绩效管理 | Performance management', '员工关系 | Employee relations', '薪酬管理 | Compensation', 'Microsoft Excel | Excel'],
    languages: ['普通话', '英语'],
    work: [
      { company: '上海云帆物流集团', title: '人力资源经理', start: '2019-09', end: null, bullets: ['搭建校园招聘体系，每年引进应届生两百余人。'] },
      { company: '杭州品岚服饰有限公司', title: '招聘主管', start: '2016-03', end: '2019-08', bullets: ['负责门店与总部招聘，年度招聘完成率百分之九十八。'] },
      { company: '宁波东港商贸公司', title: '人事专员', start: '2014-07', end: '2016-02', bullets: ['办理入离职手续与社保公积金。'] },
    ],
    education: [{ school: '上海财经大学', degree: '人力资源管理 本科', start: '2010-09', end: '2014-06' }],
    dateStyle: 1, templates: [],
  },
  {
    id: 'mixed-shen', language: 'mixed', name: '沈立航', headline: 'Data Analyst 数据分析师',
    email: 'lihang.shen@mailbay.cn', phone: '+86 137 6612 9083', phoneE164: '+8613766129083', location: '深圳 Shenzhen',
    summary: 'Data analyst for e-commerce growth teams; 擅长用户分群与 A/B 实验分析。',
    skills: ['SQL', 'Python', 'Tableau', 'A/B testing | A/B 测试', 'Hive', 'Statistics | 统计学'],
    languages: ['普通话 Mandarin', 'English'],
    work: [
      { company: 'Brightloom Commerce', title: 'Senior Data Analyst', start: '2021-07', end: null, bullets: ['Built the weekly cohort dashboards used by 12 category teams.'] },
      { company: '深圳蓝湾电子商务有限公司', title: '数据分析师', start: '2018-06', end: '2021-06', bullets: ['负责促销活动效果评估与用户分层模型。'] },
      { company: 'Pinegate Retail', title: 'Business Analyst', start: '2016-07', end: '2018-05', bullets: ['Wrote store sales reports for the South China region.'] },
    ],
    education: [{ school: '中山大学 Sun Yat-sen University', degree: '统计学 本科', start: '2012-09', end: '2016-06' }],
    dateStyle: 0, templates: [],
  },
  {
    id: 'mixed-fang', language: 'mixed', name: 'Yiting Fang 方怡婷', headline: 'Marketing Manager 市场经理',
    email: 'yiting.fang@orbitmail.com', phone: '+86 150 2278 3319', phoneE164: '+8615022783319', location: 'Shanghai 上海',
    summary: 'Brand and content marketer for consumer apps in China and Southeast Asia.',
    skills: ['Content marketing | 内容营销', 'SEO | Search engine optimization', 'Google Analytics', 'Brand management | 品牌管理', 'Copywriting | 文案'],
    languages: ['English', '普通话'],
    work: [
      { company: 'Lumenleaf Apps', title: 'Marketing Manager', start: '2020-11', end: null, bullets: ['Launched the app in Vietnam and Thailand; 400k installs in six months.'] },
      { company: '上海星禾文化传播有限公司', title: '品牌策划', start: '2017-09', end: '2020-10', bullets: ['负责新消费品牌的社交媒体内容。'] },
      { company: 'Corvid Media Asia', title: 'Marketing Executive', start: '2015-08', end: '2017-08', bullets: ['Ran newsletters and events for a regional tech news site.'] },
    ],
    education: [{ school: 'University of Nottingham Ningbo China', degree: 'BA International Communications', start: '2011-09', end: '2015-06' }],
    dateStyle: 1, templates: [],
  },
  // Round 4: jobs whose titles and employers carry no word of the keyword lists (no Engineer, Ltd, 工程师, 公司),
  // so that only a table's column headings or the template's order can tell them apart.
  {
    id: 'en-penhale', language: 'en', name: 'Morwenna Penhale', headline: 'Harbour Pilot',
    email: 'm.penhale@tidewrack.net', phone: '+44 1326 555 0147', phoneE164: '+4413265550147', location: 'Falmouth, UK',
    summary: 'Pilot for deep-draught vessels into a tidal harbour; twenty years on the water, from deckhand to pilot.',
    skills: ['Navigation', 'Radar', 'ECDIS', 'Risk assessment'],
    languages: ['English', 'Cornish'],
    work: [
      { company: 'Carrick Roads Pilotage', title: 'Harbour Pilot', start: '2019-04', end: null, bullets: ['Brought 300 tankers a year to the oil jetty at all states of tide.'] },
      { company: 'Gullwing Shipping', title: 'Second Mate', start: '2013-06', end: '2019-03', bullets: ['Kept the navigational watch on coastal tankers around the Channel.'] },
      { company: 'Pellow & Daughters', title: 'Deckhand', start: '2009-05', end: '2013-05', bullets: ['Worked the nets and the engine on a family trawler.'] },
    ],
    education: [{ school: 'Fal Maritime School', degree: 'Certificate of Competency, Officer of the Watch', start: '2007-09', end: '2009-04' }],
    dateStyle: 0, templates: [],
  },
  {
    id: 'zh-lu', language: 'zh', name: '陆远帆', headline: '厨师长',
    email: 'luyuanfan@chuanmail.cn', phone: '137 2210 5583', phoneE164: '+8613722105583', location: '成都',
    summary: '川菜厨房十五年，从学徒做到厨师长，带过二十人的后厨。',
    skills: ['川菜 | Sichuan cuisine', '成本控制 | Cost control', '食品安全 | Food safety'],
    languages: ['中文'],
    work: [
      { company: '蜀风楼', title: '厨师长', start: '2018-03', end: null, bullets: ['带领二十人后厨，每月出新菜两道。'] },
      { company: '锦里老灶', title: '炒锅', start: '2013-07', end: '2018-02', bullets: ['负责热菜炒锅，高峰每晚出菜三百份。'] },
      { company: '宽窄小馆', title: '学徒', start: '2010-09', end: '2013-06', bullets: ['从切配做起，三年学完川菜基本功。'] },
    ],
    education: [{ school: '四川烹饪高等专科学校', degree: '烹饪工艺 大专', start: '2007-09', end: '2010-06' }],
    dateStyle: 0, templates: [],
  },
];
