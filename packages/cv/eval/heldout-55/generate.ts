/**
 * heldout-55 — writes every document into documents/, then truth.json and manifest.json.
 *
 *   cd packages/cv && npx tsx eval/heldout-55/generate.ts [--force]
 *
 * Refuses to run when manifest.json exists unless given --force (which empties documents/ first).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Document } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Person } from './people.ts';
import * as H from './tpl-html.ts';
import * as W from './tpl-docx.ts';
import * as X from './tpl-txt.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const REF = '2026-12';

type Layout = 'single' | 'two-column' | 'table';
type Kind = 'html' | 'docx' | 'txt';
interface Plan {
  person: string;
  template: string;
  layout: Layout;
  kind: Kind;
  make: (p: Person) => string | Document;
}

const short: Record<Layout, string> = { single: 'single', 'two-column': 'twocol', table: 'table' };

const plan: Plan[] = [
  // p01 — Welsh physiotherapist moving to Australia
  { person: 'p01', template: 'ahpra-cv', layout: 'table', kind: 'docx', make: (p) => W.ahpraCv(p) },
  {
    person: 'p01', template: 'zoom-chat', layout: 'single', kind: 'txt',
    make: (p) =>
      X.zoomChat(p, {
        host: 'Harbour City Health Recruitment',
        hostLine: 'Welcome to the UK → Australia Allied Health virtual careers evening! Pop your name, profession and a short CV in the chat and we will follow up this week.\nOur Sydney team: +61 2 8294 7310 · hello@harbourcityhealth.com.au',
        meeting: 'thanks for running this!',
        start: '19:02:11',
        blocks: X.zoomBlocks.p01,
        other: { who: 'Daniel Okoro', msg: 'Daniel Okoro, OT, Manchester — can be reached on 07700 913 552, CV on request' },
        dm: { ask: 'Thanks Bethan, lovely profile. What is the best number and e-mail to reach you on?', reply: `${p.phoneIntl} (UK mobile, WhatsApp too) — ${p.email}` },
      }),
  },
  {
    person: 'p01', template: 'rx-leafish', layout: 'two-column', kind: 'html',
    make: (p) => H.rxLeafish(p, { accent: '#2f6f5e', levels: ['Expert', 'Expert', 'Expert', 'Advanced', 'Advanced', 'Intermediate', 'Advanced', 'Advanced'], side: [['Registration', ['HCPC PH118273 (since 09/2014)', 'Member, Chartered Society of Physiotherapy']]] }),
  },
  // p02 — QA lead, India → Toronto
  { person: 'p02', template: 'gherkin-feature', layout: 'table', kind: 'txt', make: (p) => X.gherkinFeature(p) },
  { person: 'p02', template: 'newcomer-split', layout: 'single', kind: 'html', make: (p) => H.newcomerSplit(p) },
  { person: 'p02', template: 'in-writer-2col', layout: 'two-column', kind: 'docx', make: (p) => W.inWriter2col(p) },
  // p03 — US materials scientist (two early jobs printed with years only)
  {
    person: 'p03', template: 'booktabs', layout: 'table', kind: 'html',
    make: (p) =>
      H.booktabs(p, {
        style: 'Mon YYYY',
        present: 'present',
        order: ['edu', 'extra', 'appt'],
        size: 10.5,
        skillGroups: [['Characterization', ['X-ray diffraction', 'Scanning electron microscopy', 'Electrochemical impedance spectroscopy']], ['Synthesis and cells', ['Cathode synthesis', 'Coin-cell assembly']], ['Data', ['Design of experiments', 'Python', 'JMP']]],
        extra: `<h2>Patents and selected publications</h2><ol><li>Halvorsen I., Mehta R. Coated high-voltage cathode particles and method of making. US patent, granted 2022.</li><li>Halvorsen I., Brandt K. Continuous co-precipitation reactor control. US patent, granted 2023.</li><li>Halvorsen I. et al. Operando XRD of single-crystal Ni-rich cathodes. <i>J. Electrochem. Mater.</i> 14 (2017) 311–322.</li></ol>
<h2>Fellowships and training</h2><table class="bt"><tr><th>Year</th><th>Programme</th><th>Organisation</th></tr><tr><td class="per">2019</td><td>Lean Six Sigma Green Belt</td><td class="org">ASQ</td></tr><tr><td class="per">2016</td><td>Battery Safety Short Course</td><td class="org">Larkfield Institute of Technology</td></tr><tr><td class="per">2013</td><td>Graduate Research Fellowship</td><td class="org">National Science Foundation</td></tr></table>`,
      }),
  },
  { person: 'p03', template: 'groff-tbl', layout: 'table', kind: 'txt', make: (p) => X.groffTbl(p) },
  {
    person: 'p03', template: 'pandoc-deflist', layout: 'single', kind: 'html',
    make: (p) => H.pandocDeflist(p, { date: 'Updated November 2026', skillIntro: 'Laboratory, synthesis and data skills:', extra: `<h2 id="certification">Certification</h2><p>Lean Six Sigma Green Belt, ASQ (2019).</p>` }),
  },
  // p04 — New Zealand hydrologist
  {
    person: 'p04', template: 'booktabs', layout: 'table', kind: 'html',
    make: (p) =>
      H.booktabs(p, {
        style: 'MM/YYYY',
        present: 'present',
        order: ['appt', 'edu', 'extra'],
        size: 9.6,
        skillGroups: [['Modelling', ['Hydrological modelling', 'HEC-RAS', 'TUFLOW', 'Flood frequency analysis']], ['GIS and code', ['ArcGIS Pro', 'Python', 'R']], ['Other', ['Stakeholder engagement']]],
        extra: `<h2>Professional development</h2><table class="bt"><tr><th>Year</th><th>Course</th><th>Provider</th></tr><tr><td class="per">2023</td><td>Advanced 2D/1D flood modelling</td><td class="org">TUFLOW user workshop, Auckland</td></tr><tr><td class="per">2018</td><td>Expert witness training (RMA)</td><td class="org">NZ Planning Institute</td></tr><tr><td class="per">2012</td><td>River gauging and rating curves</td><td class="org">NZ Hydrological Society</td></tr></table>
<h2>Referees</h2><p>${p.referees[0].name}, ${p.referees[0].role}, ${p.referees[0].org}, ${p.referees[0].phone}.</p>`,
      }),
  },
  { person: 'p04', template: 'nz-keyprojects', layout: 'single', kind: 'docx', make: (p) => W.nzKeyprojects(p) },
  {
    person: 'p04', template: 'rx-leafish', layout: 'two-column', kind: 'html',
    make: (p) => H.rxLeafish(p, { accent: '#1d5a8c', levels: ['Expert', 'Expert', 'Advanced', 'Advanced', 'Advanced', 'Intermediate', 'Expert', 'Advanced'], side: [['Memberships', ['New Zealand Hydrological Society', 'Engineering New Zealand (affiliate)']]] }),
  },
  // p05 — UK cardiology registrar
  { person: 'p05', template: 'uk-medcv-posts', layout: 'table', kind: 'docx', make: (p) => W.ukMedcvPosts(p) },
  {
    person: 'p05', template: 'zoom-chat', layout: 'single', kind: 'txt',
    make: (p) =>
      X.zoomChat(p, {
        host: 'Kauri Medical Search',
        hostLine: 'Kia ora and welcome to our NZ hospital fellowships webinar. Drop your specialty and a brief CV in the chat. Our Auckland office is on +64 9 887 3410.',
        meeting: 'Seun here, cardiology registrar in Leeds.',
        start: '20:00:05',
        blocks: X.zoomBlocks.p05,
        other: { who: 'Anna Kowalczyk', msg: 'Anna, anaesthetics ST6 — is there a list of hospitals offering fellowships in 2027?' },
        dm: { ask: 'Hi Seun, thanks — which e-mail should the fellowship pack go to, and may we call you?', reply: `${p.email} — mobile ${p.phoneLocal}, evenings are best` },
      }),
  },
  { person: 'p05', template: 'med-keyinfo', layout: 'two-column', kind: 'html', make: (p) => H.medKeyinfo(p) },
  // p06 — Ecuadorian technical writer in Leuven
  { person: 'p06', template: 'dita-simpletable', layout: 'table', kind: 'txt', make: (p) => X.ditaSimpletable(p) },
  {
    person: 'p06', template: 'pandoc-deflist', layout: 'single', kind: 'html',
    make: (p) => H.pandocDeflist(p, { date: '14 November 2026', skillIntro: 'Tools and methods I use every week:', extra: `<h2 id="certification">Certification</h2><p>${p.certificates[0].name}, ${p.certificates[0].issuer} (June 2019).</p>` }),
  },
  {
    person: 'p06', template: 'rx-leafish', layout: 'two-column', kind: 'html',
    make: (p) => H.rxLeafish(p, { accent: '#8a3b12', levels: ['Expert', 'Expert', 'Expert', 'Expert', 'Advanced', 'Advanced', 'Advanced', 'Intermediate', 'Advanced', 'Advanced'], side: [['Portfolio', ['gitlab.com/mqvega-docs/portfolio', 'Write the Docs Belgium — meetup co-organiser']]] }),
  },
  // p07 — 杭州 Java 后端
  { person: 'p07', template: 'ctex-tabular', layout: 'table', kind: 'txt', make: (p) => X.ctexTabular(p, 'zh') },
  {
    person: 'p07', template: 'zh-float-left', layout: 'two-column', kind: 'docx',
    make: (p) => W.zhFloatLeft(p, { intent: 'Java 后端架构师 / 技术专家（杭州）', facts: [['性别', '男'], ['出生年月', '1993.05'], ['学历', '本科'], ['工作年限', '10 年']], style: 'YYYY/MM', sep: '—', evalText: '十年 Java 后端经验，长期负责交易与数据平台，重视稳定性与可观测性；带过 8 人小组，习惯用数据推动技术决策。' }),
  },
  { person: 'p07', template: 'juejin-post', layout: 'single', kind: 'html', make: (p) => H.juejinPost(p) },
  // p08 — 广州 机务
  { person: 'p08', template: 'ccar66-jingli', layout: 'table', kind: 'docx', make: (p) => W.ccar66Jingli(p) },
  {
    person: 'p08', template: 'jike-post', layout: 'single', kind: 'txt',
    make: (p) =>
      X.jikePost(p, {
        nick: '振宇_机务狗',
        circle: '民航机务人',
        when: '5天前 · 广东',
        tags: '#求职 #机务 #民航维修',
        intro: '坐标广州，B1 执照，13 年航线 + 定检 + 质量，想换个平台，看看 CAMO / 航司工程技术岗位。',
        dateSep: ' - ',
        present: '至今',
        counts: '赞 58 · 评论 21 · 分享 9',
        comments: [
          ['鹏城航技HR小林', '您好，我们在招 CAMO 工程师，方便的话加个微信聊聊？也可以打我座机 0755-2693 4418'],
          ['拧螺丝的阿杰', '兄弟稳，B1 + 质量经验很香'],
          ['振宇_机务狗', '回复 鹏城航技HR小林：已私信，谢谢！'],
        ],
      }),
  },
  { person: 'p08', template: 'zh-xingji', layout: 'two-column', kind: 'html', make: (p) => H.zhXingji(p, { intent: '质量工程师 / CAMO 工程师', stars: [5, 5, 4, 4, 4, 4, 5], accent: '#1b5e8c', facts: [['性别', '男'], ['出生年月', '1991.08'], ['学历', '大专'], ['执照', 'CCAR-66 B1']] }) },
  // p09 — 上海 HRBP
  {
    person: 'p09', template: 'zh-span-rows', layout: 'table', kind: 'html',
    make: (p) =>
      H.zhSpanRows(p, {
        intent: '人力资源经理 / 高级HRBP',
        order: ['eval', 'skill', 'cert', 'train', 'work', 'edu'],
        salary: '25-30K × 14',
        selfEval: '12 年人力资源工作经验，做过乙方招聘、连锁餐饮人事和生物科技公司 HRBP，擅长在业务快速扩张期搭建招聘与绩效体系；沟通直接，抗压能力强，处理过多起劳动争议。',
        training: [
          { start: '2023-04', end: '2023-06', org: '博衍生物 HR 学院', what: '组织发展（OD）实务训练营' },
          { start: '2018-09', end: '2018-11', org: '上海职业能力考试院', what: '企业人力资源管理师（二级）考前培训' },
        ],
        posts: {
          '2022-03': ['主导职级体系与绩效改革，覆盖 450 人', 'HR总监', '—（在职）'],
          '2019-09': ['一年内完成研发中心 60 人招聘', 'HR总监', '内部晋升'],
          '2018-01': ['劳动仲裁 6 起全部调解结案', '人力资源经理', '寻求行业转型'],
          '2016-04': ['入离职流程线上化，办理时长缩短一半', '人事主管', '内部晋升'],
          '2014-07': ['季度招聘达成率 110%', '招聘主管', '寻求甲方机会'],
        },
      }),
  },
  {
    person: 'p09', template: 'jike-post', layout: 'single', kind: 'txt',
    make: (p) =>
      X.jikePost(p, {
        nick: '婉清在上海',
        circle: 'HR 互助会',
        when: '昨天 22:41 · 上海',
        tags: '#求职 #HRBP #上海',
        intro: '在生物科技公司做了 7 年 HRBP，想找 HR 经理 / 高级 HRBP 的机会，生物医药、消费都可以～',
        dateSep: '—',
        present: '至今',
        counts: '赞 126 · 评论 33 · 分享 12',
        comments: [
          ['猎头Vivian', '婉清你好，有个医疗器械外企 HRM 的岗位，可以发邮件到 vivian.z@talentbridge-sh.com 或者电话 021-6288 1905'],
          ['小鹿不吃草', '姐姐经历好扎实！'],
        ],
      }),
  },
  {
    person: 'p09', template: 'zh-float-left', layout: 'two-column', kind: 'docx',
    make: (p) => W.zhFloatLeft(p, { intent: '人力资源经理 / 高级HRBP（上海）', facts: [['性别', '女'], ['出生年月', '1991.12'], ['学历', '本科'], ['现居', '上海浦东']], style: 'YYYY年M月', sep: '—', evalText: '熟悉招聘、绩效、员工关系全模块，善于和业务负责人一起把人的问题拆成可执行的方案；持企业人力资源管理师二级证书。' }),
  },
  // p10 — 成都 财务经理
  {
    person: 'p10', template: 'zh-span-rows', layout: 'table', kind: 'html',
    make: (p) =>
      H.zhSpanRows(p, {
        intent: '财务经理 / 财务总监',
        salary: '面议',
        selfEval: '审计出身，熟悉制造业与科技企业的全盘账务、合并报表与税务筹划；主导过两次 ERP 上线，做事严谨，能带团队。',
        training: [
          { start: '2022-05', end: '2022-07', org: '成都市注册会计师协会', what: '新收入准则与合并报表实务（继续教育）' },
          { start: '2020-10', end: '2020-12', org: 'SAP 授权培训中心（成都）', what: 'SAP FICO 顾问课程' },
        ],
        posts: {
          '2021-07': ['SAP FICO 按期上线；两年节税约 180 万元', '总经理 / CFO', '—（在职）'],
          '2019-07': ['月结时间由 8 天缩短至 4 天', '财务经理', '寻求更大平台'],
          '2017-01': ['完成 U8 上线与历史数据迁移', '财务主管', '内部晋升'],
          '2014-07': ['独立负责 12 个审计项目', '审计经理', '转入企业财务'],
          '2012-07': ['参与 20 余家企业年报审计', '项目经理', '内部晋升'],
        },
      }),
  },
  { person: 'p10', template: 'zh-leftrule', layout: 'single', kind: 'docx', make: (p) => W.zhLeftrule(p) },
  { person: 'p10', template: 'zh-xingji', layout: 'two-column', kind: 'html', make: (p) => H.zhXingji(p, { intent: '财务经理 / 财务总监', stars: [5, 4, 5, 4, 4, 3, 5, 5], accent: '#8c3b1b', facts: [['性别', '女'], ['出生年月', '1989.10'], ['学历', '本科'], ['现居', '成都高新区']] }) },
  // p11 — Hong Kong claims
  { person: 'p11', template: 'perjob-bilingual', layout: 'table', kind: 'html', make: (p) => H.perjobBilingual(p, 'hk') },
  { person: 'p11', template: 'lihkg-post', layout: 'single', kind: 'txt', make: (p) => X.lihkgPost(p) },
  { person: 'p11', template: 'row-paired-2col', layout: 'two-column', kind: 'docx', make: (p) => W.rowPaired2col(p, 'hk') },
  // p12 — Suzhou supplier quality (English CV, Chinese headings)
  {
    person: 'p12', template: 'en-zhheads', layout: 'table', kind: 'docx',
    make: (p) => W.enZhheads(p, { style: 'MM/YYYY', present: 'now', font: 'Times New Roman', intent: 'Supplier Quality Manager / Quality Manager — Suzhou or Shanghai, medical devices or automotive', selfEval: 'Hands-on SQE manager who still goes to the supplier floor; calm in 8D escalations; comfortable reporting in English to German and US headquarters.' }),
  },
  {
    person: 'p12', template: 'zoom-chat', layout: 'single', kind: 'txt',
    make: (p) =>
      X.zoomChat(p, {
        host: 'Hartwell Talent Acquisition APAC',
        hostLine: '欢迎参加 Hartwell 苏州工厂线上招聘会 Welcome! 请在聊天里留下姓名、目标岗位和简要经历。HR hotline 0512-6283 1100',
        meeting: '大家好 👋',
        start: '14:30:02',
        blocks: X.zoomBlocks.p12,
        other: { who: '王倩 Cathy', msg: '请问 QA Specialist 的岗位还招吗？我的电话 139 1320 8846' },
        dm: { ask: 'Hi Kevin, 方便留一下手机和邮箱吗？我们 HR 会联系你。', reply: `手机 ${p.phoneLocal}，邮箱 ${p.email}，谢谢！` },
      }),
  },
  { person: 'p12', template: 'digest-2col', layout: 'two-column', kind: 'html', make: (p) => H.digest2col(p, { zh: { intent: '供应商质量经理（苏州 / 上海）', lang: '英语流利（IELTS 7.0），德语 A2' }, enPresent: 'now' }) },
  // p13 — Taiwan process integration
  { person: 'p13', template: 'ctex-tabular', layout: 'table', kind: 'txt', make: (p) => X.ctexTabular(p, 'tw') },
  { person: 'p13', template: 'perjob-bilingual', layout: 'table', kind: 'html', make: (p) => H.perjobBilingual(p, 'tw') },
  {
    person: 'p13', template: 'kicker-bilingual', layout: 'single', kind: 'html',
    make: (p) => H.kickerBilingual(p, { kick: { prof: '簡介', work: '工作經歷', skill: '專長', edu: '學歷', cert: '證照', lang: '語言', more: '其他' }, extraFacts: [['Military service 兵役', 'Completed (substitute service, 2013–2014)'], ['Expected salary 希望待遇', 'Negotiable 面議'], ['Home 住家', p.others[0].number]] }),
  },
  { person: 'p13', template: 'digest-2col', layout: 'two-column', kind: 'html', make: (p) => H.digest2col(p, { zh: { intent: '製程整合主管（新竹）', lang: '華語、台語、英語（TOEIC 885）、日語 N3' }, trad: true, enPresent: 'Present' }) },
  // p14 — Malaysian Chinese teacher
  { person: 'p14', template: 'duzhong-form', layout: 'table', kind: 'docx', make: (p) => W.duzhongForm(p) },
  { person: 'p14', template: 'lowyat-post', layout: 'single', kind: 'txt', make: (p) => X.lowyatPost(p) },
  { person: 'p14', template: 'digest-2col', layout: 'two-column', kind: 'html', make: (p) => H.digest2col(p, { zh: { intent: '华文科主任 / 课程协调员（巴生谷）', lang: '华语、英语、马来语、粤语' }, enPresent: 'present' }) },
  // p15 — Shanghai IVD product manager
  {
    person: 'p15', template: 'en-zhheads', layout: 'table', kind: 'docx',
    make: (p) => W.enZhheads(p, { style: 'Mon YYYY', present: 'present', font: 'Calibri', intent: 'Product Manager / Senior Product Manager, molecular diagnostics — Shanghai', selfEval: 'Moves easily between lab bench, hospital and headquarters; has launched three products in China and likes owning a product line end to end.' }),
  },
  { person: 'p15', template: 'zh-en-employers', layout: 'single', kind: 'docx', make: (p) => W.zhEnEmployers(p) },
  // p16 — Singapore analytics
  { person: 'p16', template: 'perjob-bilingual', layout: 'table', kind: 'html', make: (p) => H.perjobBilingual(p, 'sg') },
  {
    person: 'p16', template: 'kicker-bilingual', layout: 'single', kind: 'html',
    make: (p) => H.kickerBilingual(p, { kick: { prof: '简介', work: '工作经历', skill: '技能', edu: '教育', cert: '证书', lang: '语言', more: '其他' }, extraFacts: [['Citizenship 国籍', 'Singapore Citizen'], ['Notice period 通知期', '2 months'], ['Office 办公室', p.others[0].number]] }),
  },
  { person: 'p16', template: 'row-paired-2col', layout: 'two-column', kind: 'docx', make: (p) => W.rowPaired2col(p, 'sg') },
];

async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  const manifestPath = path.join(here, 'manifest.json');
  if (existsSync(manifestPath) && !force) {
    console.error('manifest.json exists: refusing to overwrite the set (use --force).');
    process.exit(1);
  }
  if (existsSync(docs)) for (const f of readdirSync(docs)) rmSync(path.join(docs, f), { force: true });
  mkdirSync(docs, { recursive: true });

  const byId = new Map(people.map((p) => [p.id, p]));
  const documents: { file: string; person: string; template: string; layout: Layout; producer: string; language: string }[] = [];
  const html: [string, string][] = [];
  for (const x of plan) {
    const p = byId.get(x.person)!;
    const base = `${x.person}-${short[x.layout]}-${x.template}`;
    const meta = { person: x.person, template: x.template, layout: x.layout, language: p.language };
    if (x.kind === 'html') {
      html.push([`${base}.pdf`, x.make(p) as string]);
      documents.push({ file: `${base}.pdf`, ...meta, producer: 'chromium' });
    } else if (x.kind === 'txt') {
      writeFileSync(path.join(docs, `${base}.txt`), x.make(p) as string, 'utf8');
      documents.push({ file: `${base}.txt`, ...meta, producer: 'txt' });
    } else {
      writeFileSync(path.join(docs, `${base}.docx`), await W.pack(x.make(p) as Document));
      documents.push({ file: `${base}.docx`, ...meta, producer: 'docx' });
      documents.push({ file: `${base}.pdf`, ...meta, producer: 'libreoffice' });
    }
  }
  exportDocxToPdf(docs);
  await printHtml(docs, html);

  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id,
      language: p.language,
      name: p.name,
      email: p.email,
      phone: p.phone,
      skills: p.skills,
      work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.work, REF),
    })),
    documents: documents.map((x) => ({ file: x.file, person: x.person, template: x.template, layout: x.layout, producer: x.producer, language: x.language })),
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(manifestPath, JSON.stringify(manifestOf(docs, documents.map((x) => x.file)), null, 2) + '\n');
  console.log(`heldout-55: ${documents.length} documents from ${people.length} people and ${new Set(plan.map((x) => x.template)).size} templates`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
