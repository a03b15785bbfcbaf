/** Word-made (docx package) Chinese and bilingual forms. */
import { D, T, P, H, gap, pageBreak, docx, type RowSpec, type Cell } from './dx.ts';
import type { Person } from './people.ts';
import { fd, range, recent, skill, dob, y, m, mi, age } from './util.ts';

const W = 9638;
const c = (t: string, o: Partial<Exclude<Cell, string>> = {}): Cell => ({ t, al: 'c', ...o });
const ZH = { font: 'Times New Roman', eastAsia: '宋体' };

/** 干部任免审批表: fixed grid, 简历 as dated lines in one tall merged cell (oldest first), family table on page 2. */
export async function renmian(p: Person): Promise<Buffer> {
  const x = p.extra!;
  const lines = p.work.map((j) => `${fd(j.start, 'YYYY.MM')}--${j.end ? fd(j.end, 'YYYY.MM') : '        '}  ${j.company}${j.title}`);
  lines.splice(3, 0, '（其间：2012.09--2015.06 在湘中农业大学农业推广专业在职研究生学习，获农业推广硕士学位）');
  const cw = [1150, 1300, 1150, 1300, 1150, 1500, 9906 - 7550];
  return docx({ ...ZH, size: 21, margin: 1000, title: '干部任免审批表' }, [
    ...P('干 部 任 免 审 批 表', { b: true, sz: 36, al: 'c', after: 120 }),
    T(cw, [
      { h: 560, cells: [c('姓  名'), c(p.name), c('性  别'), c('男'), c('出生年月\n（  岁）'), c(`${fd(p.born.slice(0, 7), 'YYYY.MM')}\n（${age(p)}岁）`), c('照片', { rows: 4 })] },
      { h: 560, cells: [c('民  族'), c(x.民族), c('籍  贯'), c(x.籍贯), c('出 生 地'), c(x.出生地)] },
      { h: 560, cells: [c('入  党\n时  间'), c(x.入党时间), c('参加工作\n时    间'), c(x.参加工作时间), c('健康状况'), c(x.健康状况)] },
      { h: 560, cells: [c('专业技术\n职    务'), c(x.专业技术职务, { span: 2 }), c('熟悉专业\n有何专长'), c(skill(p).join('、'), { span: 2, al: 'l', sz: 20 })] },
      { h: 560, cells: [c('学  历\n学  位', { rows: 2 }), c('全日制\n教  育'), c('大学\n农学学士', { span: 2 }), c('毕业院校\n系及专业'), c('湘中农业大学农学专业', { span: 2, al: 'l' })] },
      { h: 560, cells: [c('在  职\n教  育'), c('研究生\n农业推广硕士', { span: 2 }), c('毕业院校\n系及专业'), c('湘中农业大学农业推广专业', { span: 2, al: 'l' })] },
      { h: 560, cells: [c('现 任 职 务', { span: 2 }), c(x.现任职务, { span: 5, al: 'l' })] },
      { h: 560, cells: [c('拟 任 职 务', { span: 2 }), c('清溪县人民政府副县长人选', { span: 5, al: 'l' })] },
      { h: 560, cells: [c('拟 免 职 务', { span: 2 }), c('清溪县乡村振兴局局长', { span: 5, al: 'l' })] },
      { h: 6400, cells: [c('简\n\n\n\n\n\n历'), { t: lines.join('\n'), span: 6, va: 't', sz: 21 }] },
    ]),
    pageBreak(),
    T([1100, 1300, 1000, 800, 1400, W - 5600], [
      { h: 1500, cells: [c('奖惩\n情况'), { t: '2016年被评为全市脱贫攻坚先进个人；2021年被评为全省乡村振兴工作先进工作者。', span: 5, va: 'c' }] },
      { h: 1300, cells: [c('年核\n度结\n考果'), { t: '2021年度、2023年度考核为优秀，2022年度、2024年度、2025年度考核为称职。', span: 5 }] },
      { h: 1300, cells: [c('任免\n理由'), { t: '工作需要。', span: 5 }] },
      { cells: [c('家庭\n主要\n成员\n及重\n要社\n会关\n系', { rows: 5 }), c('称 谓'), c('姓 名'), c('年龄'), c('政治面貌'), c('工 作 单 位 及 职 务')] },
      { h: 500, cells: [c('妻子'), c('李春华'), c('45'), c('中共党员'), { t: '清溪县第一中学教师' }] },
      { h: 500, cells: [c('儿子'), c('周博文'), c('19'), c('共青团员'), { t: '湘中农业大学学生' }] },
      { h: 500, cells: [c('父亲'), c('周德明'), c('73'), c('群众'), { t: '清溪县石门乡退休教师' }] },
      { h: 500, cells: [c('母亲'), c('谭桂英'), c('71'), c('群众'), { t: '务农' }] },
      { h: 1500, cells: [c('呈报\n单位'), { t: '\n\n                                      （盖章）\n                                 2026 年 10 月 28 日', span: 2 }, c('审批机关\n意    见'), { t: '\n\n                    （盖章）\n               年   月   日', span: 2 }] },
      { h: 1300, cells: [c('行政机关\n任免意见'), { t: '\n\n                                                                            （盖章）\n                                                                       年   月   日', span: 5 }] },
    ]),
    ...P(`填表人：王晓丽          联系电话：0731-8562 3107          本人手机：${p.phoneShown[1]}`, { sz: 20, before: 120 }),
  ]);
}

/** 研究生导师遴选申请表: cover page, then 学习经历 / 工作经历 blocks in one table with merged left labels. */
export async function daoshi(p: Person): Promise<Buffer> {
  const x = p.extra!;
  const edu = p.education.map((e) => [c(`${fd(e.start, 'YYYY.MM')}—${fd(e.end, 'YYYY.MM')}`), { t: e.school }, { t: e.award }] as Cell[]);
  const work = p.work.map((j) => [c(`${fd(j.start, 'YYYY.MM')}—${fd(j.end, 'YYYY.MM', '至今')}`), { t: `${j.company}${j.dept ? '\n' + j.dept : ''}` }, { t: j.title }] as Cell[]);
  return docx({ ...ZH, size: 22, footer: 'zhpage', title: '研究生导师遴选申请表' }, [
    ...P('\n\n\n江淮理工大学', { b: true, sz: 44, al: 'c', after: 200 }),
    ...P('博士研究生指导教师遴选申请表', { b: true, sz: 40, al: 'c', after: 1200 }),
    T([2600, 4400], [
      { h: 700, cells: [c('申  请  人', { noBorder: true, sz: 28 }), c(p.name, { noBorder: true, sz: 28 })] },
      { h: 700, cells: [c('所在学院', { noBorder: true, sz: 28 }), c('材料科学与工程学院', { noBorder: true, sz: 28 })] },
      { h: 700, cells: [c('申请学科', { noBorder: true, sz: 28 }), c(x.学科, { noBorder: true, sz: 28 })] },
      { h: 700, cells: [c('申请类别', { noBorder: true, sz: 28 }), c('☑ 学术学位  ☐ 专业学位', { noBorder: true, sz: 28 })] },
      { h: 700, cells: [c('填表日期', { noBorder: true, sz: 28 }), c('2026 年 11 月 5 日', { noBorder: true, sz: 28 })] },
    ], { noOuter: true }),
    ...P('\n\n\n\n江淮理工大学研究生院制', { sz: 24, al: 'c' }),
    pageBreak(),
    H('一、基本情况', { sz: 26 }),
    T([1300, 1700, 1200, 1700, 1300, W - 7200], [
      { h: 520, cells: [c('姓名'), c(p.name), c('性别'), c('女'), c('出生年月'), c(fd(p.born.slice(0, 7), 'YYYY.MM'))] },
      { h: 520, cells: [c('民族'), c(x.民族), c('政治面貌'), c(x.政治面貌), c('籍贯'), c(x.籍贯)] },
      { h: 520, cells: [c('专业技术职务'), c(x.职称), c('任职时间'), c('2019.12'), c('最后学位'), c('工学博士')] },
      { h: 520, cells: [c('手机'), c(p.phoneShown[1], { span: 2 }), c('电子邮箱'), c(p.email, { span: 2 })] },
      { h: 900, cells: [c('研究方向'), { t: '1. 锂离子电池与固态电池电极材料\n2. 能源材料的第一性原理计算', span: 5 }] },
      { h: 900, cells: [c('掌握的研究\n方法与软件'), { t: skill(p).join('；'), span: 5 }] },
    ]),
    H('二、主要学习和工作经历（从大学起，按时间顺序填写）', { sz: 26, before: 240 }),
    T([900, 2300, 4000, W - 7200], [
      { cells: [c('', { shade: 'F2F2F2' }), c('起止年月', { b: true, shade: 'F2F2F2' }), c('学习/工作单位', { b: true, shade: 'F2F2F2' }), c('学位/职务职称', { b: true, shade: 'F2F2F2' })] },
      { cells: [c('学\n习\n经\n历', { rows: edu.length }), ...edu[0]] },
      ...edu.slice(1).map((r) => ({ cells: r })),
      { cells: [c('工\n作\n经\n历', { rows: work.length }), ...work[0]] },
      ...work.slice(1).map((r) => ({ cells: r, h: 520 })),
    ]),
    H('三、近五年主持的主要科研项目', { sz: 26, before: 240 }),
    T([3800, 1800, 1900, W - 7500], [
      { cells: [c('项目名称', { b: true }), c('项目来源', { b: true }), c('起止年月', { b: true }), c('经费（万元）', { b: true })] },
      { cells: ['富锂锰基正极材料界面氧析出机制研究', c('国家自然科学基金面上项目'), c('2023.01—2026.12'), c('52')] },
      { cells: ['高镍正极表面包覆的计算筛选', c('安徽省自然科学基金'), c('2021.07—2024.06'), c('15')] },
      { cells: ['储能电池材料失效分析（横向）', c('合肥某储能科技公司'), c('2022.03—2023.03'), c('30')] },
    ]),
    H('四、近五年代表性论文（限 5 篇）', { sz: 26, before: 240 }),
    ...P('1. Deng Y., et al. Oxygen redox in Li-rich cathodes. J. Mater. Chem. A, 2024, 12: 4410-4421.\n2. 邓雅琴，等. 固态电解质界面稳定性的第一性原理研究. 物理学报, 2023, 72(8): 086801.\n3. Deng Y., et al. Surface coating screening for Ni-rich cathodes. ACS Appl. Energy Mater., 2022, 5: 9921-9930.', { sz: 21 }),
    H('五、学院学位评定分委员会意见', { sz: 26, before: 240 }),
    T([W], [{ h: 1600, cells: [{ t: '\n\n\n                                                       分委员会主席（签字）：\n                                                                 年    月    日', va: 't' }] }]),
    ...P(`本人承诺以上内容真实。申请人签名：__________      ${'2026 年 11 月 5 日'}`, { before: 200 }),
  ]);
}

/** 社会团体负责人备案表: grid with photo; 个人简历 table (起止时间 joined | 单位 | 职务), oldest first; approval boxes. */
export async function shetuan(p: Person): Promise<Buffer> {
  const x = p.extra!;
  return docx({ ...ZH, size: 22, title: '社会团体负责人备案表' }, [
    ...P('社会团体负责人备案表', { b: true, sz: 36, al: 'c', after: 100 }),
    ...P('社会团体名称（盖章）：广东省冷链物流协会                      填表日期：2026年10月20日', { sz: 20, after: 100 }),
    T([1300, 1500, 1100, 1400, 1200, 1500, W - 8000], [
      { h: 560, cells: [c('姓  名'), c(p.name), c('性  别'), c('男'), c('出生年月'), c(fd(p.born.slice(0, 7), 'YYYY.MM')), c('照\n片', { rows: 4 })] },
      { h: 560, cells: [c('民  族'), c(x.民族), c('政治面貌'), c(x.政治面貌), c('学  历'), c('研究生')] },
      { h: 560, cells: [c('身份证号'), c(x.身份证, { span: 3 }), c('籍  贯'), c(x.籍贯)] },
      { h: 560, cells: [c('拟任职务'), c('秘书长（连任）', { span: 3 }), c('是否专职'), c('☑是  ☐否')] },
      { h: 560, cells: [c('工作单位\n及职务'), { t: '广东省冷链物流协会 秘书长', span: 3 }, c('联系电话'), c(p.phoneShown[1], { span: 2 })] },
      { h: 560, cells: [c('通讯地址'), { t: p.address.join(''), span: 3 }, c('电子邮箱'), c(p.email, { span: 2 })] },
      { h: 700, cells: [c('主要专长'), { t: skill(p).join('，'), span: 6 }] },
      { cells: [c('个\n人\n简\n历', { rows: p.work.length + 3 }), c('起止时间', { span: 2, b: true }), c('工作单位', { span: 2, b: true }), c('职务', { span: 2, b: true })] },
      ...p.education.map((e) => ({ h: 460, cells: [c(`${fd(e.start, 'YYYY.MM')}—${fd(e.end, 'YYYY.MM')}`, { span: 2 }), { t: `${e.school}（学习）`, span: 2 }, c(e.award.replace(/ .*/, '') + '专业学生', { span: 2 })] as Cell[] })),
      ...p.work.map((j) => ({ h: 460, cells: [c(`${fd(j.start, 'YYYY.MM')}—${fd(j.end, 'YYYY.MM', '至今')}`, { span: 2 }), { t: j.company, span: 2 }, c(j.title, { span: 2 })] as Cell[] })),
      { h: 900, cells: [c('是否担任\n其他社团\n负责人'), { t: '☐是  ☑否        是否受过剥夺政治权利的刑事处罚：☐是  ☑否\n是否为现职国家机关工作人员：☐是  ☑否        年龄是否超过70周岁：☐是  ☑否', span: 6, sz: 20 }] },
      { h: 1500, cells: [c('社会团体\n意    见'), { t: '经第三届理事会第五次会议选举产生。\n\n                    （盖章）   2026年10月18日', span: 2, sz: 20 }, c('业务主管\n单位意见'), { t: '\n\n\n            （盖章）   年  月  日', span: 3, sz: 20 }] },
      { h: 1300, cells: [c('登记管理\n机关意见'), { t: '\n\n                                                      （盖章）   年  月  日', span: 6 }] },
    ]),
    ...P('注：1. 本表一式三份；2. 个人简历从大学填起，时间须连续；3. 须附身份证复印件。', { sz: 18, before: 100 }),
  ]);
}

/** 人民陪审员候选人报名表: personal grid, 个人简历 with 起/止 split columns and a 证明人 column, most recent first. */
export async function peishenyuan(p: Person): Promise<Buffer> {
  const x = p.extra!;
  const rows = recent(p.work).map((j, i) => ({ h: 480, cells: [c(fd(j.start, 'YYYY.MM')), c(fd(j.end, 'YYYY.MM', '至今')), { t: j.company }, c(j.title), c(['张丽华', '杨建国', '何明', '周婷'][i])] as Cell[] }));
  return docx({ ...ZH, font: 'Times New Roman', eastAsia: '仿宋', size: 22, footer: 'zhpage', title: '人民陪审员候选人报名表' }, [
    ...P('成都市锦城区人民陪审员候选人报名表', { b: true, sz: 34, al: 'c', after: 60 }),
    ...P('（个人申请）', { sz: 22, al: 'c', after: 160 }),
    T([1300, 1500, 1000, 1300, 1400, 1538, 1600], [
      { h: 560, cells: [c('姓  名'), c(p.name), c('性别'), c('女'), c('出生年月'), c(fd(p.born.slice(0, 7), 'YYYY.MM')), c('（近期\n二寸\n免冠\n照片）', { rows: 4 })] },
      { h: 560, cells: [c('民  族'), c(x.民族), c('籍贯'), c(x.籍贯), c('政治面貌'), c(x.政治面貌)] },
      { h: 560, cells: [c('学  历'), c('大学本科'), c('学位'), c('管理学学士'), c('健康状况'), c('良好')] },
      { h: 560, cells: [c('公民身份\n号    码'), c(x.身份证, { span: 3 }), c('手机号码'), c(p.phoneShown[0])] },
      { h: 560, cells: [c('工作单位\n及 职 务'), { t: '青桐街道社区服务中心 综合办公室副主任', span: 4 }, c('电子邮箱'), c(p.email, { sz: 18 })] },
      { h: 560, cells: [c('户籍所在地'), { t: '成都市锦城区青桐街道', span: 3 }, c('经常居住地'), { t: p.address.join(''), span: 2, sz: 20 }] },
      { h: 560, cells: [c('个人特长'), { t: skill(p, true).join('、'), span: 6 }] },
      { cells: [c('个\n人\n简\n历\n\n（从\n大学\n填起）', { rows: rows.length + 2 }), c('起始年月', { b: true }), c('终止年月', { b: true }), c('单位（学校）', { b: true, span: 2 }), c('职务', { b: true }), c('证明人', { b: true })] },
      ...rows.map((r) => ({ h: r.h, cells: [r.cells[0], r.cells[1], { ...(r.cells[2] as object), span: 2 } as Cell, r.cells[3], r.cells[4]] })),
      { h: 480, cells: [c(fd(p.education[0].start, 'YYYY.MM')), c(fd(p.education[0].end, 'YYYY.MM')), { t: `${p.education[0].school}会计学专业`, span: 2 }, c('学生'), c('—')] },
      { h: 1000, cells: [c('何时何地\n受过何种\n奖励处分'), { t: '2020年被评为锦城区优秀社区工作者；2023年获成都市“最美调解员”称号。无处分。', span: 6 }] },
      { h: 1000, cells: [c('本人承诺'), { t: '本人自愿报名参加人民陪审员选任，承诺以上信息真实准确，无《人民陪审员法》规定的不得担任人民陪审员的情形。\n                                           本人签名：             2026年11月2日', span: 6, sz: 20 }] },
      { h: 1200, cells: [c('司法行政\n机关资格\n审查意见'), { t: '\n\n                        （盖章）\n                   年   月   日', span: 3 }, c('公安机关\n审查意见'), { t: '\n\n           （盖章）\n       年   月   日', span: 2 }] },
    ]),
  ]);
}

/** 大学生志愿服务西部计划报名登记表: student grid; 社会实践/实习经历 rows oldest first, one 时间 column joined. */
export async function xibu(p: Person): Promise<Buffer> {
  const x = p.extra!;
  return docx({ ...ZH, eastAsia: '黑体', size: 22, title: '西部计划报名登记表' }, [
    ...P('大学生志愿服务西部计划志愿者报名登记表', { b: true, sz: 34, al: 'c', after: 60 }),
    ...P('报名编号：XB2026-620417-0382', { sz: 20, al: 'r', after: 100 }),
    T([1200, 1500, 900, 1200, 1200, 1838, 1800], [
      { h: 520, cells: [c('姓名'), c(p.name), c('性别'), c('男'), c('出生日期'), c(dob(p, 'YYYY年M月D日')), c('照片', { rows: 5 })] },
      { h: 520, cells: [c('民族'), c(x.民族), c('政治面貌'), c(x.政治面貌), c('籍贯'), c(x.籍贯)] },
      { h: 520, cells: [c('毕业院校'), { t: p.education[0].school, span: 3 }, c('所学专业'), c('环境工程')] },
      { h: 520, cells: [c('学历'), c('本科'), c('毕业时间'), c('2026.06'), c('外语水平'), c('CET-4')] },
      { h: 520, cells: [c('身份证号'), c(x.身份证, { span: 3 }), c('手机'), c(p.phoneShown[0])] },
      { h: 520, cells: [c('电子邮箱'), c(p.email, { span: 3 }), c('家庭住址'), { t: '甘肃省临夏州临夏县土桥镇', span: 2 }] },
      { h: 520, cells: [c('服务意向'), { t: '☑ 基层水利  ☐ 基层农技  ☐ 基础教育  ☑ 服务乡村振兴  ☐ 基层青年工作', span: 6, sz: 20 }] },
      { h: 520, cells: [c('是否服从\n调剂'), c('☑是  ☐否'), c('意向服务\n省份', { span: 2 }), { t: '甘肃省张掖市', span: 3 }] },
      { h: 700, cells: [c('特长'), { t: skill(p).join('；'), span: 6 }] },
      { cells: [c('实习及\n社会实践\n经历', { rows: p.work.length + 1 }), c('时间', { b: true, span: 2 }), c('单位', { b: true, span: 2 }), c('岗位/内容', { b: true, span: 2 })] },
      ...p.work.map((j) => ({ h: 560, cells: [c(`${fd(j.start, 'YYYY.MM')}-${fd(j.end, 'YYYY.MM', '至今')}`, { span: 2 }), { t: j.company, span: 2 }, { t: `${j.title}：${j.duties[0]}`, span: 2, sz: 20 }] as Cell[] })),
      { h: 900, cells: [c('在校期间\n获奖情况'), { t: '2023—2024学年校级二等奖学金；2024年全国大学生节能减排社会实践与科技竞赛省级三等奖；2025年“三下乡”社会实践优秀个人。', span: 6, sz: 20 }] },
      { h: 1000, cells: [c('个人承诺'), { t: '本人自愿报名参加西部计划，保证所填信息真实，服从项目办分配，服务期满前不擅自离岗。\n                                    本人签名：            2026年4月12日', span: 6, sz: 20 }] },
      { h: 1200, cells: [c('学校项目\n办意见'), { t: '\n\n          （盖章）\n     年   月   日', span: 3 }, c('省项目办\n意见'), { t: '\n\n     （盖章）\n  年  月  日', span: 2 }] },
    ]),
    ...P('注：此表由学校项目办留存，另需提交身份证、学生证复印件。', { sz: 18, before: 100 }),
  ]);
}

/** 广交会翻译人员报名登记表 / Canton Fair interpreter registration: bilingual labels, work history with bilingual headers, most recent first. */
export async function cantonFair(p: Person): Promise<Buffer> {
  const L = (t: string): Cell => ({ t, sz: 18, shade: 'EAF1DD' });
  return docx({ font: 'Arial', eastAsia: '宋体', size: 20, footer: 'pageof', title: 'Interpreter Registration' }, [
    ...P('第140届中国进出口商品交易会 翻译人员报名登记表', { b: true, sz: 30, al: 'c' }),
    ...P('The 140th China Import and Export Fair – Interpreter Registration Form', { b: true, sz: 22, al: 'c', after: 200 }),
    T([2100, 2700, 2000, W - 6800], [
      { cells: [L('中文姓名\nName (Chinese)'), p.name, L('英文姓名\nName (English)'), `${p.given} ${p.family!.toUpperCase()}`] },
      { cells: [L('性别 Gender'), '男 Male', L('出生日期 Date of birth'), dob(p, 'YYYY年M月D日')] },
      { cells: [L('身份证号 ID No.'), p.extra!.身份证, L('手机 Mobile'), p.phoneShown[1]] },
      { cells: [L('电子邮箱 E-mail'), p.email, L('微信 WeChat ID'), 'kevinchen_interp'] },
      { cells: [L('现住址 Address'), { t: p.address.join(''), span: 3 }] },
      { cells: [L('最高学历 Education'), { t: `${p.education[0].school}，${p.education[0].award}（${fd(p.education[0].start, 'YYYY.MM')}–${fd(p.education[0].end, 'YYYY.MM')}）`, span: 3 }] },
      { cells: [L('语种 Language pair'), { t: '☑ 英语 English  ☐ 日语 Japanese  ☐ 西班牙语 Spanish  ☐ 阿拉伯语 Arabic  ☐ 其他 Other ____', span: 3 }] },
      { cells: [L('翻译资格证书\nCertificates'), { t: p.certificates.join('；'), span: 3 }] },
      { cells: [L('服务类型\nService type'), { t: '☑ 展位翻译 Booth  ☑ 陪同翻译 Escort  ☑ 会议口译 Conference', span: 3 }] },
    ]),
    H('工作经历 Work Experience（由近及远 most recent first）', { sz: 22 }),
    T([2300, 3700, W - 6000], [
      { hdr: true, cells: [{ t: '起止年月\nFrom – To', b: true, shade: 'EAF1DD', al: 'c' }, { t: '工作单位\nEmployer', b: true, shade: 'EAF1DD', al: 'c' }, { t: '职位\nPosition', b: true, shade: 'EAF1DD', al: 'c' }] },
      ...recent(p.work).map((j) => ({ cant: true, cells: [c(`${fd(j.start, 'YYYY.MM')} – ${fd(j.end, 'YYYY.MM', '至今 Present')}`), j.company, `${j.title} ${j.titleEn}`] as Cell[] })),
    ]),
    H('专业技能 Professional Skills', { sz: 22 }),
    T([W], [{ cells: [skill(p).join('  /  ')] }]),
    H('展会翻译经验 Trade-fair experience', { sz: 22 }),
    T([W], [{ cells: ['曾服务第129–139届广交会（机电、电子展区），累计 11 届。Served at 11 previous sessions (machinery and electronics sections).'] }]),
    H('承诺 Declaration', { sz: 22 }),
    ...P('本人保证所填信息真实有效，遵守大会翻译人员管理规定。I confirm that the above information is true and agree to follow the Fair\'s rules for interpreters.', { after: 200 }),
    ...P('签名 Signature: ________________          日期 Date: 2026-11-01'),
  ]);
}

/** Embassy locally engaged staff application: chronological (oldest first), MM/YYYY split columns, salary and main tasks in the same row. */
export async function embassyLes(p: Person): Promise<Buffer> {
  const L = (t: string): Cell => ({ t, b: true, sz: 18, shade: 'DEEAF6' });
  return docx({ font: 'Calibri', eastAsia: '宋体', size: 20, footer: 'pageof', header: 'IN CONFIDENCE WHEN COMPLETED', title: 'Application for local staff position' }, [
    ...P('ROYAL NORWEGIAN EMBASSY IN BEIJING', { b: true, sz: 26, al: 'c' }),
    ...P('挪威王国驻华大使馆', { sz: 22, al: 'c' }),
    ...P('Application Form – Locally Engaged Staff', { b: true, sz: 24, al: 'c', after: 200 }),
    T([2400, 2419, 2400, 2419], [
      { cells: [L('Position applied for'), { t: 'Protocol and Events Officer (ref. BEI-LE-2026-09)', span: 3 }] },
      { cells: [L('Family name (pinyin)'), p.family!.toUpperCase(), L('Given name (pinyin)'), 'SIYING'] },
      { cells: [L('Name in Chinese characters'), p.name, L('English name'), p.given!] },
      { cells: [L('Date of birth'), dob(p, 'DD/MM/YYYY'), L('Gender'), 'Female'] },
      { cells: [L('Nationality'), 'Chinese', L('Hukou location'), 'Fujian, Xiamen'] },
      { cells: [L('Address in Beijing'), { t: p.address.join(''), span: 3 }] },
      { cells: [L('Mobile phone'), p.phoneShown[0], L('E-mail'), p.email] },
      { cells: [L('Do you hold a valid PRC ID card / FESCO registration?'), { t: 'ID card: Yes ☒ No ☐     FESCO: Yes ☐ No ☒', span: 3 }] },
    ]),
    H('1. Education'),
    T([3600, 1300, 1300, W - 6200], [
      { cells: [L('University / school'), L('From'), L('To'), L('Degree and field')] },
      ...p.education.map((e) => ({ cells: [e.school, fd(e.start, 'MM/YYYY'), fd(e.end, 'MM/YYYY'), e.award] as Cell[] })),
    ]),
    H('2. Work experience (in chronological order – oldest first)'),
    T([950, 950, 2100, 1700, 1200, W - 6900], [
      { hdr: true, cells: [L('From\n(mm/yyyy)'), L('To\n(mm/yyyy)'), L('Employer'), L('Position'), L('Monthly gross salary (RMB)'), L('Main tasks')] },
      ...p.work.map((j, i) => ({ cant: true, cells: [c(fd(j.start, 'MM/YYYY')), c(fd(j.end, 'MM/YYYY', 'present')), j.company, j.titleEn!, c(['6,500', '11,000', '16,500', '23,000'][i]), { t: j.duties.join('; '), sz: 18 }] as Cell[] })),
    ], { sz: 19 }),
    ...P('Gap: 07/2022 – between jobs.', { i: true, sz: 18, before: 60 }),
    H('3. Skills'),
    T([W / 2, W / 2], [{ cells: [{ t: skill(p).slice(0, 4).map((s) => '• ' + s).join('\n') }, { t: skill(p).slice(4).map((s) => '• ' + s).join('\n') }] }]),
    H('4. Languages'),
    T([2400, 2419, 2400, 2419], [
      { cells: [L('Language'), L('Spoken'), L('Written'), L('Certificate')] },
      { cells: ['Chinese (Mandarin)', 'Native', 'Native', '—'] },
      { cells: ['English', 'Fluent', 'Fluent', 'IELTS 7.5 (2023)'] },
      { cells: ['Norwegian / Swedish', 'Basic', 'Basic', 'Folkuniversitetet A1'] },
    ]),
    H('5. References'),
    T([2600, 4000, W - 6600], [
      { cells: [L('Name'), L('Position, organisation'), L('Phone / e-mail')] },
      ...p.referees.map((r) => ({ cells: [r.name, `${r.role}, ${r.org}`, `${r.phone}\n${r.email}`] as Cell[] })),
    ]),
    H('6. Declaration'),
    ...P('I certify that the information given in this application is correct. I understand that the Embassy may verify it and that incorrect information may lead to my application being rejected or to dismissal.', { after: 240 }),
    ...P('Place and date: Beijing, 08/11/2026                Signature: ___________________________'),
  ]);
}

/** CQI/IRCA-style auditor certification application: work history with "Dates" heading merged over From/To, % of time in quality, plus an audit log (not jobs). */
export async function ircaForm(p: Person): Promise<Buffer> {
  const L = (t: string, o: Partial<Exclude<Cell, string>> = {}): Cell => ({ t, b: true, sz: 17, shade: 'E7E6E6', al: 'c', ...o });
  return docx({ font: 'Arial', eastAsia: '宋体', size: 19, footer: 'pageof', footerLeft: 'Form AC-02  Auditor certification application (QMS / MDQMS)', title: 'Auditor certification application' }, [
    ...P('CQI | IRCA', { b: true, sz: 30, color: 'C00000' }),
    ...P('Application for Auditor Certification – Lead Auditor (QMS)', { b: true, sz: 24, after: 200 }),
    H('Section A – Personal details'),
    T([2400, 2419, 2400, 2419], [
      { cells: [{ t: 'Family name', b: true }, p.family!, { t: 'Given name(s)', b: true }, `${p.given} (Haoran)`] },
      { cells: [{ t: 'Name in native script', b: true }, p.name, { t: 'Date of birth', b: true }, dob(p, 'DD/MM/YYYY')] },
      { cells: [{ t: 'Address', b: true }, { t: p.address.join(''), span: 3 }] },
      { cells: [{ t: 'Mobile', b: true }, p.phoneShown[1], { t: 'E-mail', b: true }, p.email] },
      { cells: [{ t: 'Certification requested', b: true }, { t: '☐ Internal Auditor   ☐ Auditor   ☒ Lead Auditor   Scheme: ☒ QMS  ☐ EMS  ☒ MDQMS', span: 3 }] },
    ]),
    H('Section B – Education and training'),
    T([3800, 1600, W - 5400], [
      { cells: [L('Institution / course provider'), L('Dates'), L('Qualification / course')] },
      ...p.education.map((e) => ({ cells: [e.school, `${fd(e.start, 'MM/YYYY')} – ${fd(e.end, 'MM/YYYY')}`, e.award] as Cell[] })),
      { cells: ['Registered training provider (Shanghai)', '06/2024', 'ISO 9001:2015 Lead Auditor course (40 h), course ID 18211'] },
    ]),
    H('Section C – Work experience'),
    ...P('List your employment for at least the last five years, starting with the current position. At least two years must be in a quality-related role.', { sz: 17, i: true, after: 80 }),
    T([1050, 1050, 2700, 2000, 900, W - 7700], [
      { hdr: true, cells: [L('Dates', { span: 2 }), L('Organisation', { rows: 2 }), L('Position held', { rows: 2 }), L('% time on quality', { rows: 2 }), L('Quality responsibilities', { rows: 2 })] },
      { hdr: true, cells: [L('From'), L('To')] },
      ...recent(p.work).map((j) => ({ cant: true, cells: [c(fd(j.start, 'MM/YY')), c(fd(j.end, 'MM/YY', 'to date')), j.company, `${j.titleEn}\n${j.title}`, c(/Senior|Manager/.test(j.titleEn!) ? '100' : '90'), { t: j.duties.join('; '), sz: 17 }] as Cell[] })),
    ], { sz: 18 }),
    H('Section D – Technical competence'),
    T([W], [{ cells: [skill(p).join(', ')] }]),
    H('Section E – Audit log (last three years)'),
    ...P('Third-party or second-party audits in which you took part (not employment).', { sz: 17, i: true, after: 60 }),
    T([1400, 3000, 1500, 1700, W - 7600], [
      { cells: [L('Date'), L('Organisation audited'), L('Standard'), L('Role'), L('Audit days')] },
      { cells: ['2025-03-11', 'Supplier: Suzhou precision moulding plant', 'ISO 13485', 'Audit team leader', '2'] },
      { cells: ['2025-09-23', 'Supplier: Changzhou sterilisation service', 'ISO 13485', 'Audit team leader', '1.5'] },
      { cells: ['2026-05-07', 'Supplier: Kunshan PCB assembly', 'ISO 9001', 'Lead auditor', '2'] },
    ], { sz: 18 }),
    H('Section F – Sponsor verification'),
    T([2400, 2419, 2400, 2419], [
      { cells: [{ t: 'Sponsor name', b: true }, p.referees[0].name, { t: 'Position', b: true }, p.referees[0].role] },
      { cells: [{ t: 'Organisation', b: true }, p.referees[0].org, { t: 'Telephone', b: true }, p.referees[0].phone] },
      { cells: [{ t: 'Sponsor signature', b: true }, '', { t: 'Date', b: true }, '30/10/2026'], h: 500 },
    ]),
    H('Section G – Declaration'),
    ...P('I declare that the information provided is accurate, and I agree to abide by the CQI and IRCA Code of Conduct.', { after: 200 }),
    ...P('Applicant signature: _______________________      Date: 30/10/2026'),
  ]);
}

/** Sino-German JV bilingual 员工履历表 / Personnel Record: each job = two rows (Chinese row, English row) with period and employer merged down both. */
export async function jvRecord(p: Person): Promise<Buffer> {
  const L = (t: string, o: Partial<Exclude<Cell, string>> = {}): Cell => ({ t, sz: 17, shade: 'F2F2F2', al: 'c', ...o });
  const rows: RowSpec[] = [{ hdr: true, cells: [L('起止时间\nPeriod', { b: true }), L('工作单位\nEmployer', { b: true }), L('职务\nPosition', { b: true }), L('离职原因\nReason for leaving', { b: true })] }];
  type It = { s: string; rows: RowSpec[] };
  const items: It[] = recent(p.work).map((j, i) => ({ s: j.start, rows: [
    { cant: true, cells: [c(`${fd(j.start, 'YYYY.MM')}\n–\n${fd(j.end, 'YYYY.MM', '至今')}`, { rows: 2 }), { t: j.company, rows: 2 }, j.title, { t: i === 0 ? '—' : ['—', '内部晋升 Internal promotion', '回国 Returned to China', '出国留学 Overseas study'][i], rows: 2, sz: 18 }] },
    { cant: true, cells: [{ t: j.titleEn!, i: true }] },
  ] }));
  for (const g of (p.gaps ?? []).filter((g) => g.start !== g.end)) items.push({ s: g.start, rows: [{ cells: [c(`${fd(g.start, 'YYYY.MM')}–${fd(g.end, 'YYYY.MM')}`), { t: `全日制学习（非工作） Full-time study – ${p.education[1].school}`, span: 3, i: true }] }] });
  items.sort((a, b) => (a.s < b.s ? 1 : -1));
  for (const it of items) rows.push(...it.rows);
  return docx({ font: 'Arial', eastAsia: '宋体', size: 19, header: 'HR-F-003 / Rev. 05', footer: 'pageof', title: '员工履历表 Personnel Record' }, [
    ...P('天津中德汽车零部件有限公司', { b: true, sz: 28, al: 'c' }),
    ...P('Tianjin Sino-German Automotive Components Co., Ltd.', { sz: 20, al: 'c' }),
    ...P('员工履历表  PERSONNEL RECORD', { b: true, sz: 26, al: 'c', after: 200 }),
    ...P('适用于内部岗位竞聘 / For internal job posting: Supply Chain Manager (IJP-2026-17)', { sz: 18, after: 100 }),
    T([1700, 2500, 1700, 2038, 1700], [
      { cells: [L('姓名 Name'), `${p.name}  ${p.given!.toUpperCase()} ${p.family!.toUpperCase()}`, L('工号 Staff No.'), 'TSG-16-0327', c('照片\nPhoto', { rows: 4 })] },
      { cells: [L('部门 Dept.'), 'Logistics / 物流部', L('入职日期\nDate joined'), '2016-03-01'] },
      { cells: [L('出生日期\nDate of birth'), dob(p, 'YYYY年M月D日'), L('性别 Gender'), '女 F'] },
      { cells: [L('手机 Mobile'), p.phoneShown[0], L('邮箱 E-mail'), p.email] },
      { cells: [L('住址 Address'), { t: p.address.join(''), span: 4 }] },
    ]),
    H('教育经历 Education', { sz: 21 }),
    T([2400, 3638, 3600], [
      { cells: [L('起止时间 Period', { b: true }), L('学校 School', { b: true }), L('专业/学位 Major/Degree', { b: true })] },
      ...p.education.map((e) => ({ cells: [c(`${fd(e.start, 'YYYY.MM')}–${fd(e.end, 'YYYY.MM')}`), e.school, e.award] as Cell[] })),
    ]),
    H('工作经历 Employment History（最近的在前 latest first）', { sz: 21 }),
    T([1700, 3400, 2700, 1838], rows),
    H('专业技能 Skills', { sz: 21 }),
    T([W], [{ cells: [skill(p, true).join(' | ')] }]),
    H('语言与证书 Languages & Certificates', { sz: 21 }),
    ...P(`${p.languages.join('; ')};  ${p.certificates.join('; ')}`),
    H('紧急联系人 Emergency contact', { sz: 21 }),
    T([2400, 2419, 2400, 2419], [{ cells: [L('姓名 Name'), '黄建国（父亲 father）', L('电话 Phone'), '022-2532 7716'] }]),
    ...P('本人确认以上信息真实无误。I confirm the above information is true and correct.', { before: 200, after: 200 }),
    ...P('员工签名 Employee signature: ______________     日期 Date: 2026-11-10          HR 确认 HR check: ______________'),
  ]);
}
