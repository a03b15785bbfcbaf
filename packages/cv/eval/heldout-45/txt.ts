/** Plain-text templates of heldout-45 (written as UTF-8). */
import { d, range, type Style } from './fmt.ts';
import { printed, type Job, type Person } from './people.ts';

const skillsOf = (p: Person) => p.skills.map(printed);
const newestFirst = (p: Person): Job[] => [...p.work].reverse();

/* ---------------------------------------------------------------- fax-ocr (p01, p16) */
export function faxOcr(p: Person): string {
  if (p.id === 'p01') {
    const jobs = newestFirst(p).map((j) => [
      `${range(j.start, j.end, 'Mon. YYYY', 'present', ' - ')}    ${j.company}`,
      `    ${j.title}`,
      ...j.duties.map((x) => `    e ${x}`),
    ].join('\n')).join('\n\n');
    return [
      '2026年11月19日 14:32     FAX 03 5712 4481     NAKAMURA K          P.001/002',
      '',
      'FAX送付状',
      'FAX COVER SHEET',
      '',
      'To :   Meridian Bridge Recruitment K.K.   Mr. Oliver Hartley',
      'FAX:   03-5403-2119',
      '',
      'From:  NAKAMURA Keiko (中村 恵子)',
      `TEL :  ${p.other.home} (home)      携帯 Mobile: ${p.mob.nat}`,
      `FAX :  ${p.other.fax}`,
      'Date:  19 November 2026',
      'Pages: 2 (including this page)',
      '',
      'Dear Mr. Hartley,',
      'As requested on the phone, please find my updated resume on the next page.',
      'My mobile is the best number to reach me during the day.',
      'Best regards,  K. Nakamura',
      '',
      '',
      '2026年11月19日 14:33     FAX 03 5712 4481     NAKAMURA K          P.002/002',
      '',
      'RESUME',
      '',
      'NAKAMURA Keiko   中村 恵子',
      `〒${p.postcode}  ${p.address}`,
      `Mobile: ${p.mob.nat}    Home: ${p.other.home}    E-mail: ${p.email}`,
      '',
      '_____________________________________________________________',
      'PROFILE',
      p.summary.replace(', bilingual', ',\nbilingual'),
      '',
      'WORK EXPERIENCE',
      '',
      jobs,
      '',
      'EDUCATION',
      ...p.education.map((e) => `${d(e.start, 'Mon. YYYY')} - ${d(e.end, 'Mon. YYYY')}    ${e.school}, ${e.degree}`),
      '',
      'SKILLS',
      ...skillsOf(p).map((s) => `| ${s}`),
      '',
      'LANGUAGES',
      p.languages.join(' / '),
      '',
      'CERTIFICATION',
      p.certificates.join(' / '),
      '',
      '                                                              1/1',
      '',
    ].join('\n');
  }
  // p16
  const jobs = newestFirst(p).map((j) => [
    `${j.end ? `${d(j.start, 'MM/YYYY')} - ${d(j.end, 'MM/YYYY')}` : `seit ${d(j.start, 'MM/YYYY')} (since)`}    ${j.title}`,
    `                     ${j.company}, ${j.town}`,
    ...j.duties.map((x) => `                     - ${x}`),
  ].join('\n')).join('\n');
  return [
    '19.11.2026 14:32        +49 89 45221871        Liang Zhenyu          S. 01/02',
    '',
    'TELEFAX',
    '',
    'An / To:        Kessler Zelltechnik AG, Personalabteilung',
    'Fax:            0841 9377 2219',
    'Von / From:     LIANG Zhenyu (梁振宇)',
    'Handy:          0151 2384 7761',
    'Tel. Buero:     089 4522 1870',
    'Datum:          19.11.2026',
    'Seiten:         2 (inkl. Deckblatt)',
    'Betreff:        Bewerbung Senior Process Engineer, Kennziffer PE-2026-118',
    '',
    'Sehr geehrte Damen und Herren,',
    'anbei mein Lebenslauf vorab per Fax; die vollstaendigen Unterlagen folgen per Post.',
    'Mit freundlichen Gruessen / 此致',
    'Zhenyu Liang',
    '',
    '',
    '19.11.2026 14:33        +49 89 45221871        Liang Zhenyu          S. 02/02',
    '',
    'LEBENSLAUF / CURRICULUM VITAE',
    '',
    'Name:            LIANG Zhenyu  梁振宇',
    `Anschrift:       ${p.address}, ${p.postcode} ${p.city}`,
    `Handy:           ${p.mob.intl}`,
    `E-Mail:          ${p.email}`,
    'Geburtsdatum:    07.02.1988 in Changzhou (China)',
    '',
    'BERUFSERFAHRUNG / WORK EXPERIENCE',
    jobs,
    '',
    'AUSBILDUNG / EDUCATION',
    ...p.education.map((e) => `${d(e.start, 'MM/YYYY')} - ${d(e.end, 'MM/YYYY')}    ${e.degree}\n                     ${e.school}`),
    '',
    'KENNTNISSE / SKILLS',
    skillsOf(p).join(' · '),
    '',
    'SPRACHEN / LANGUAGES',
    p.languages.join(' · '),
    '',
    'ZERTIFIKATE / CERTIFICATES',
    p.certificates.join(' · '),
    '',
    'Muenchen, 19.11.2026',
    '',
  ].join('\n');
}

/* ---------------------------------------------------------------- wjx (p12, p09) */
export function wjx(p: Person): string {
  const p12 = p.id === 'p12';
  const form = p12 ? '东莞精锐模具科技有限公司 2026年秋季社会招聘报名表' : '深圳澜舟储能科技有限公司 2026年社会招聘信息登记';
  const jobsAns = newestFirst(p).map((j) => `${d(j.start, 'YYYY年M月')}${j.end ? `-${d(j.end, 'YYYY年M月')}` : '至今'} ${j.company} ${j.title}${p12 ? '' : `（${j.duties[0]}）`}`).join('\n');
  const qa: [string, string][] = p12
    ? [
      ['您的姓名', '张建国'], ['曾用名（没有请填“无”）', p.other.oldName], ['性别', '男'], ['出生年月', '1982年8月'],
      ['手机号码', '13926915570'], ['紧急联系人及电话', `李秀英 ${p.other.emergency.replace(/ /g, '')}`],
      ['身份证号码', '430521198208154515'.slice(0, 6) + '********' + '4515'], ['QQ号', p.other.qq], ['电子邮箱', p.email],
      ['应聘岗位', '设备主管'], ['期望月薪（元）', '12000-15000'], ['最快到岗时间', '一个月内'],
      ['工作经历（请从最近的一份写起，写明起止时间、单位、职务）', jobsAns],
      ['专业技能（可多选）', skillsOf(p).join('┋')],
      ['持有证书', p.certificates.join('┋')],
      ['最高学历', '中专/技校'], ['毕业学校及专业', '湘中工业技工学校 机电一体化（1999.09-2002.07）'],
      ['您是从哪里得知本次招聘信息的？', '厂门口招聘海报'],
      ['本人承诺以上信息真实有效', '是'],
    ]
    : [
      ['姓名', '欧阳晓峰'], ['性别', '男'], ['年龄', '39'], ['手机号码（将作为面试通知号码）', '13512468830'], ['微信号', '同手机号'],
      ['邮箱', p.email], ['现居住城市', '广东省-东莞市-东莞市'], ['应聘职位', '嵌入式研发经理'], ['目前年薪（万元）', '48'], ['期望年薪（万元）', '55-60'],
      ['工作年限', '10年以上'], ['最高学历', '本科'], ['毕业院校及专业', '湘南理工学院 电子信息工程 2006.09-2010.06'],
      ['工作经历（按时间倒序）', jobsAns],
      ['专业技能（请逐项填写）', skillsOf(p).join('\n')],
      ['证书', p.certificates.join('；')], ['英语水平', 'CET-4'],
      ['推荐人（内推请填写推荐人姓名及工号）', '无'],
    ];
  const head = p12
    ? ['序号：128', '提交答卷时间：2026/11/18 20:41:36', '所用时间：612秒', '来源渠道：微信', '来源详情：扫描二维码', '来源IP：113.87.142.35(广东-东莞)']
    : ['序号：57', '提交答卷时间：2026/11/17 22:05:12', '所用时间：1043秒', '来源渠道：链接', '来源详情：直接访问', '来源IP：183.236.19.204(广东-深圳)'];
  return [
    '答卷详情', form, '', ...head, '', ...qa.flatMap(([q, a], i) => [`${i + 1}. ${q}：`, a, '']),
    '—— 问卷星 提供技术支持 ——', '',
  ].join('\n');
}

/* ---------------------------------------------------------------- cf7-mail (p07, p05, p04) */
export function cf7Mail(p: Person): string {
  type V = { site: string; url: string; to: string; fromName: string; phoneField: string; labels: [string, string, string, string]; position: string; date: string; cv: string[] };
  const section = (t: string) => [t.toUpperCase(), '-'.repeat(t.length)];
  const jobsText = (style: Style, now: string) => newestFirst(p).flatMap((j) => [`${j.title}, ${j.company} (${j.town})`, `${range(j.start, j.end, style, now, ' - ')}`, ...j.duties.map((x) => `- ${x}`), '']);
  let v: V;
  if (p.id === 'p07') {
    v = { site: 'Pinecrest Senior Living Careers', url: 'https://careers.pinecrestliving.com/apply/', to: 'talent@pinecrestliving.com', fromName: 'Darnell Whitaker',
      phoneField: '4045550186', labels: ['Your Name', 'Your Email', 'Phone', 'Position'], position: 'Corporate Controller (Req. 2026-114)', date: 'Wed, 18 Nov 2026 21:07:44 -0500',
      cv: ['Darnell Whitaker Jr., CPA', `${p.address}, Atlanta, GA ${p.postcode}`, `Cell ${p.mob.nat} | ${p.email}`, '',
        ...section('Summary'), p.summary, '', ...section('Experience'), ...jobsText('Mon YYYY', 'present'),
        ...section('Education'), ...p.education.map((e) => `${e.degree}, ${e.school}, ${e.town} (${d(e.end, 'Mon YYYY')})`), '',
        ...section('Skills'), skillsOf(p).join(', '), '', ...section('License'), ...p.certificates, '', ...section('Languages'), p.languages.join(', ')] };
  } else if (p.id === 'p05') {
    v = { site: 'Tenaga Baru Engineering Sdn Bhd', url: 'https://www.tenagabaru.com.my/careers/', to: 'hr@tenagabaru.com.my', fromName: 'Ahmad Faizal',
      phoneField: '0123874416', labels: ['Full Name', 'Email Address', 'Contact Number', 'Position Applied'], position: 'Head of Electrical (Data Centre Projects)', date: 'Thu, 19 Nov 2026 08:12:30 +0800',
      cv: ['Assalamualaikum and good day,', '', 'I wish to apply for the above position. My resume is pasted below as the upload button did not work.', '',
        'AHMAD FAIZAL BIN ABDULLAH', 'Ir. Ahmad Faizal bin Abdullah, P.Eng.', `H/P: ${p.mob.nat}   Office: ${p.other.office}`, `Email: ${p.email}`, `IC No.: ${p.other.ic}`, '',
        ...section('Working Experience'), ...jobsText('ukMon YYYY', 'Current'),
        ...section('Skills'), ...skillsOf(p).map((s) => `* ${s}`), '',
        ...section('Education'), ...p.education.map((e) => `${e.degree}, ${e.school} (${d(e.start, 'ukMon YYYY')} - ${d(e.end, 'ukMon YYYY')})`), '',
        ...section('Registration & Certificates'), ...p.certificates.map((c) => `* ${c}`), `* BEM ${p.other.bem}; IEM ${p.other.iem}`, '',
        ...section('Languages'), p.languages.join(', '), '', 'Thank you.', 'Ahmad Faizal'] };
  } else {
    v = { site: 'Ecopolímeros Ibéricos — Trabaja con nosotros', url: 'https://www.ecopolimeros.es/empleo/', to: 'rrhh@ecopolimeros.es', fromName: 'Alejandro de la Fuente Ruiz',
      phoneField: '612489307', labels: ['Nombre y apellidos', 'Email', 'Teléfono', 'Puesto'], position: 'Director/a de I+D (ref. ID-26-07)', date: 'Thu, 19 Nov 2026 23:41:05 +0100',
      cv: ['Buenas noches:', '', 'Adjunto mi CV en texto (version en ingles).', '',
        'ALEJANDRO DE LA FUENTE RUIZ', `Madrid · Mobile (+34) ${p.mob.nat} · ${p.email}`, `ORCID ${p.other.orcid}`, '',
        ...section('Professional experience'), ...jobsText('MM/YYYY', 'actualidad (present)'),
        ...section('Education'), ...p.education.map((e) => `${d(e.start, 'MM/YYYY')} - ${d(e.end, 'MM/YYYY')}  ${e.degree}, ${e.school}`), '',
        ...section('Skills'), skillsOf(p).join(' | '), '', ...section('Languages'), p.languages.join(' | '), '', ...section('Certificates'), p.certificates.join(' | '), '',
        'Un saludo,', 'Alejandro de la Fuente'] };
  }
  const [ln, le, lp, lpos] = v.labels;
  return [
    `From: WordPress <wordpress@${v.url.split('/')[2]}>`,
    `To: ${v.to}`,
    `Subject: [${v.site}] ${v.position}`,
    `Date: ${v.date}`,
    `Reply-To: ${v.fromName} <${p.email}>`,
    '',
    `${ln}: ${v.fromName}`,
    `${le}: ${p.email}`,
    `${lp}: ${v.phoneField}`,
    `${lpos}: ${v.position}`,
    '',
    'Message Body:',
    ...v.cv,
    '',
    '-- ',
    `This e-mail was sent from a contact form on ${v.site} (${v.url})`,
    '',
  ].join('\n');
}

/* ---------------------------------------------------------------- resume-json (p03, p14) */
export function resumeJson(p: Person): string {
  const nl = p.id === 'p03';
  const basics = nl
    ? { name: 'Pieter van der Berg', label: 'Lead Engineer Water Safety (ir.)', email: p.email, phone: '+31 6 41872953', url: 'https://pvdberg.nl',
        summary: p.summary, location: { address: p.address, postalCode: p.postcode, city: 'Utrecht', countryCode: 'NL', region: 'Utrecht' },
        profiles: [{ network: 'GitHub', username: 'pvdberg-hydro', url: 'https://github.com/pvdberg-hydro' }] }
    : { name: 'Lim Chee Keong (林志强)', label: 'Lead Solution Architect, SAP Supply Chain', email: p.email, phone: '+65 9735 2184', url: '',
        summary: p.summary, location: { address: p.address, postalCode: p.postcode, city: 'Singapore', countryCode: 'SG', region: '' },
        profiles: [{ network: 'LinkedIn', username: 'limcheekeong', url: 'https://www.linkedin.com/in/limcheekeong' }] };
  const json = {
    $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
    basics,
    work: newestFirst(p).map((j) => ({ name: j.company, position: j.title, location: j.town, startDate: `${j.start}-01`, ...(j.end ? { endDate: `${j.end}-${String(new Date(Date.UTC(+j.end.slice(0, 4), +j.end.slice(5, 7), 0)).getUTCDate())}` } : {}), summary: j.kind ?? '', highlights: j.duties })),
    education: p.education.map((e) => ({ institution: e.school, studyType: e.degree.split(' ')[0], area: e.degree, startDate: e.start, endDate: e.end })),
    certificates: p.certificates.map((c) => ({ name: c })),
    skills: skillsOf(p).map((s) => ({ name: s, keywords: [] as string[] })),
    languages: p.languages.map((l) => { const [language, fluency] = l.split(' ('); return { language, fluency: (fluency ?? '').replace(/\)$/, '') }; }),
    meta: { theme: nl ? 'even' : 'elegant', lastModified: '2026-11-18T21:40:12Z', version: 'v1.0.0' },
  };
  return JSON.stringify(json, null, 2) + '\n';
}

/* ---------------------------------------------------------------- baixing (p08) */
export function baixing(p: Person): string {
  return [
    '百姓网 > 上海百姓网 > 上海求职 > 财务/审计/统计 > 浦东求职',
    '',
    '【求职】会计主管/总账会计 10年以上经验 熟悉金蝶用友',
    '发布时间：11月18日 21:36　　浏览：213次　　信息编号：2617743085',
    '',
    '联系人：王女士',
    '联系电话：138 1762 4093（联系我时，请说是在百姓网上看到的，谢谢！）',
    '',
    '求职意向：会计主管 / 总账会计　　期望薪资：12000-15000元/月　　工作地点：浦东新区、黄浦区',
    '',
    '个人信息',
    `姓名：王芳　　性别：女　　年龄：36岁　　学历：本科　　工作年限：10年以上　　户口：江苏南通`,
    `邮箱：${p.email}`,
    '',
    '工作经历',
    ...newestFirst(p).flatMap((j) => [`${d(j.start, 'YYYY.M')}-${j.end ? d(j.end, 'YYYY.M') : '至今'}　${j.company}　${j.title}`, ...j.duties.map((x) => `　　${x}`)]),
    '',
    '教育经历',
    ...p.education.map((e) => `${d(e.start, 'YYYY.M')}-${d(e.end, 'YYYY.M')}　${e.school}　${e.degree}`),
    '',
    '专业技能',
    skillsOf(p).join('，'),
    '',
    '证书',
    p.certificates.join('，') + '；' + p.languages.join('，'),
    '',
    '自我介绍',
    p.summary,
    '',
    '温馨提示：求职过程中如遇到要求缴纳押金、培训费等情况，请提高警惕。',
    '举报　　收藏　　分享',
    '',
    '上海百姓网 | 关于百姓网 | 联系我们 | 隐私政策',
    '客服电话：400-858-7007　　沪ICP备13042871号-5　　沪公网安备 31010402003917号',
    '',
  ].join('\n');
}
