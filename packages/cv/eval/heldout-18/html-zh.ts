/** Chinese and mixed Chinese–English HTML templates (printed by Chromium). */
import type { Person } from './people.ts';
import { age, d, e, newestFirst, sentences, skills, span } from './fmt.ts';
import { page } from './html-en.ts';

const ZH = `"WenQuanYi Zen Hei","Droid Sans Fallback",sans-serif`;
const sex = (p: Person, trad = false) => (p.gender === 'M' ? '男' : '女') + (trad ? '' : '');
const photo = (label = '照片', h = 118) => `<div style="border:1px solid #333;width:88px;height:${h}px;display:flex;align-items:center;justify-content:center;color:#777;font-size:9pt;margin:auto">${label}</div>`;

/** 猎头推荐报告: consultant's candidate report with basic-info grid, assessment, career table, skills. */
export function lietou(p: Person): string {
  const css = `body{font:9.5pt ${ZH};color:#222}.hd{display:flex;justify-content:space-between;align-items:center;border-bottom:3px solid #8b1e2d;padding-bottom:4px}
  .hd .l{font-size:15pt;font-weight:bold;color:#8b1e2d}.hd .r{font-size:8pt;text-align:right;color:#555}
  h2{font-size:10.5pt;color:#fff;background:#8b1e2d;padding:3px 8px;margin:12px 0 0;display:inline-block}
  table{width:100%;margin-top:0}td,th{border:1px solid #999;padding:4px 6px;vertical-align:top}th{background:#f3e6e8;font-weight:normal;white-space:nowrap}
  .k{background:#f7f7f7;width:13%;white-space:nowrap}.desc{font-size:8.8pt;color:#333}.note{font-size:7.5pt;color:#888;margin-top:10px;text-align:center}`;
  const w = newestFirst(p); const x = p.extra ?? {};
  return page('zh-CN', css, `<div class="hd"><div class="l">候选人推荐报告</div><div class="r">推荐职位：产品总监（会员增长）<br>推荐顾问：Vivian 王 ｜ 报告日期：2026年11月6日</div></div>
  <h2>一、候选人基本信息</h2>
  <table><tr><td class="k">姓　　名</td><td>${e(p.name)}</td><td class="k">性　　别</td><td>${sex(p)}</td><td class="k">年　　龄</td><td>${age(p)}岁</td></tr>
  <tr><td class="k">最高学历</td><td>${e(p.education[0].degree)}</td><td class="k">毕业院校</td><td colspan="3">${e(p.education[0].school)}（${e(p.education[0].field)}）</td></tr>
  <tr><td class="k">目前公司</td><td colspan="3">${e(w[0].company)}</td><td class="k">目前职位</td><td>${e(w[0].title)}</td></tr>
  <tr><td class="k">现居地</td><td>${e(p.city)}</td><td class="k">目前年薪</td><td>46万（16薪）</td><td class="k">期望年薪</td><td>${e(x['期望薪资'] ?? '面议')}</td></tr>
  <tr><td class="k">联系电话</td><td>${e(p.phoneLocal)}</td><td class="k">电子邮箱</td><td colspan="3">${e(p.email)}</td></tr>
  <tr><td class="k">到岗时间</td><td>1个月</td><td class="k">婚育状况</td><td>${e(x['婚姻状况'] ?? '')}</td><td class="k">籍　　贯</td><td>${e(x['籍贯'] ?? '')}</td></tr></table>
  <h2>二、顾问评价</h2>
  <table><tr><td>候选人思路清晰，表达流畅，对B端会员营销产品有完整的0到1经验；带过3—5人小团队，数据意识强。离职动机：现公司融资进度放缓，希望加入平台型企业。稳定性良好，近三段经历平均任职约3.5年。</td></tr></table>
  <h2>三、工作经历</h2>
  <table><tr><th style="width:20%">起止时间</th><th>公司名称</th><th style="width:16%">职位</th><th style="width:14%">汇报对象</th><th style="width:8%">下属</th></tr>
  ${w.map((j) => `<tr class="keep"><td>${span(j, 'YYYY.MM', ' - ', '至今')}</td><td>${e(j.company)}</td><td>${e(j.title)}</td><td>${e((j.supervisor ?? '').replace(/^.*（(.*)）$/, '$1'))}</td><td>${j.title.includes('高级') ? '4人' : j.title.includes('经理') ? '3人' : '无'}</td></tr>
  <tr class="keep"><td colspan="5" class="desc">工作内容：${j.duties.map(e).join('；')}<br>离职原因：${e(j.reason ?? '—')}</td></tr>`).join('')}</table>
  <h2>四、教育背景</h2>
  <table><tr><th>起止时间</th><th>学校</th><th>专业</th><th>学历</th></tr>${p.education.map((x) => `<tr><td>${d(x.start, 'YYYY.MM')} - ${d(x.end, 'YYYY.MM')}</td><td>${e(x.school)}</td><td>${e(x.field)}</td><td>${e(x.degree)}（统招）</td></tr>`).join('')}</table>
  <h2>五、专业技能</h2>
  <table><tr><td>${skills(p).map(e).join('、')}</td></tr><tr><td>语言：${p.languages.map(e).join('，')}　　证书：${p.certs.map(e).join('，')}</td></tr></table>
  <div class="note">本报告仅供贵公司招聘使用，请勿转发候选人或第三方。　｜　第 1 页</div>`);
}

/** 知页-style two-column (balanced, newspaper flow) résumé with header band; also bilingual for mixed people. */
export function zhiye(p: Person): string {
  const mixed = p.language === 'mixed';
  const css = `body{font:9.5pt ${ZH};color:#333}.hd{background:#2f5d8a;color:#fff;padding:14px 18px;display:grid;grid-template-columns:1fr auto;gap:4px 24px}
  .hd h1{margin:0;font-size:22pt;letter-spacing:${mixed ? 1 : 5}px}.hd .i{font-size:10pt}.hd .c{font-size:8.8pt;line-height:1.7;grid-row:1/3;grid-column:2}
  .body{columns:2;column-gap:26px;column-rule:1px solid #d0d9e2;margin-top:12px}
  h2{font-size:11pt;color:#2f5d8a;border-bottom:1.5px solid #2f5d8a;padding-bottom:2px;margin:0 0 6px;break-after:avoid}section{margin-bottom:12px}
  .j{margin-bottom:9px;break-inside:avoid}.j .a{display:flex;justify-content:space-between;font-weight:bold}.j .b{color:#2f5d8a;font-size:9pt}
  ul{margin:3px 0 0 14px;padding:0}li{margin:1px 0}`;
  const w = newestFirst(p);
  const H = (zh: string, en: string) => (mixed ? `${zh} <span style="font-weight:normal;font-size:9pt">${en}</span>` : zh);
  const intent = p.id === 'p10' ? '项目经理 / 项目总工' : p.id === 'p08' ? '产品总监 / 高级产品经理' : 'UX Lead / 交互设计负责人';
  return page('zh-CN', css, `<div class="hd"><h1>${e(p.name)}${mixed ? ` <span style="font-size:13pt">${e(p.nameAlt ?? '')}</span>` : ''}</h1>
  <div class="c">${mixed ? 'Tel' : '电话'}：${e(p.phoneLocal)}<br>${mixed ? 'Email' : '邮箱'}：${e(p.email)}<br>${mixed ? 'City' : '现居'}：${e(p.city)}</div>
  <div class="i">${H('求职意向', 'Objective')}：${intent}　｜　${sex(p)}　｜　${age(p)}岁</div></div>
  <div class="body">
  <section><h2>${H('个人优势', 'Summary')}</h2><div>${e(p.summary)}</div></section>
  <section><h2>${H('工作经历', 'Work Experience')}</h2>${w.map((j) => `<div class="j"><div class="a"><span>${e(j.company)}</span><span style="font-weight:normal">${span(j, 'YYYY.MM', ' - ', mixed ? '至今 Present' : '至今')}</span></div><div class="b">${e(mixed ? `${j.titleZh} ${j.title}` : j.title)}</div><ul>${j.duties.map((x) => `<li>${e(x)}</li>`).join('')}</ul></div>`).join('')}
  ${p.gaps?.map((g) => `<div style="font-size:8.6pt;color:#777">${span(g, 'YYYY.MM', ' - ')}　${e(g.note)}</div>`).join('') ?? ''}</section>
  <section><h2>${H('专业技能', 'Skills')}</h2><ul>${skills(p).map((s) => `<li>${e(s)}</li>`).join('')}</ul></section>
  <section><h2>${H('教育背景', 'Education')}</h2>${p.education.map((x) => `<div class="j"><div class="a"><span>${e(x.school)}</span><span style="font-weight:normal">${d(x.start, 'YYYY.MM')} - ${d(x.end, 'YYYY.MM')}</span></div><div>${e(x.field)}　${e(x.degree)}</div></div>`).join('')}</section>
  <section><h2>${H('证书与语言', 'Certificates & Languages')}</h2><div>${[...p.certs, ...p.languages].map(e).join('；')}</div></section>
  </div>`);
}

/** 国家自然科学基金 申请书 简历 (participant CV) format: numbered reverse-chronological education and work lines. */
export function nsfc(p: Person): string {
  const css = `body{font:10.5pt ${ZH};line-height:1.75;color:#000}h1{font-size:13pt;text-align:center;margin:0 0 4px}.l{font-weight:bold;margin-top:10px}p{margin:0 0 0 2em}
  .meta{font-size:9pt;text-align:center;color:#333;margin-bottom:8px}`;
  const w = newestFirst(p); const x = p.extra ?? {};
  const edu = p.education.map((ed, i) => `<p>(${i + 1}) ${d(ed.start, 'YYYY/MM')}-${d(ed.end, 'YYYY/MM')}，${e(ed.school)}，${ed.school === '楚川大学' ? '材料科学与工程学院' : '材料学院'}，${e(ed.field)}，${e(ed.degree)}${ed.degree !== '学士' ? `，导师：${ed.degree === '博士' ? '邵景明' : '高文彬'}` : ''}</p>`).join('');
  const work = w.map((j, i) => { const [t, dept] = j.title.includes('（') ? [j.title.split('（')[0], j.title.split('（')[1].replace('）', '')] : [j.title, j.company.includes('陶瓷') ? '工艺部' : '研发中心'];
    return `<p>(${i + 1}) ${d(j.start, 'YYYY/MM')}-${d(j.end, 'YYYY/MM', '至今')}，${e(j.company)}，${e(dept)}，${e(t)}</p>`; }).join('');
  return page('zh-CN', css, `<h1>简　历</h1><div class="meta">（主要参与者）　联系电话：${e(p.phoneLocal)}　电子邮箱：${e(p.email)}</div>
  <div>${e(p.name)}，楚川大学，材料科学与工程学院，科研助理</div>
  <div class="l">教育经历（从大学本科开始，按时间倒序排序；请列出攻读研究生学位阶段导师姓名）：</div>${edu.split('</p>').reverse().slice(1).reverse().join('</p>')}</p>
  <div class="l">科研与学术工作经历（按时间倒序排序；如为在站博士后研究人员，请列出合作导师姓名）：</div>${work}
  <div class="l">曾使用其他证件信息（应使用唯一身份证件申请项目，曾经使用其他身份证件作为申请人或主要参与者获得过项目资助的，应当在此列明）：</div><p>无</p>
  <div class="l">主要研究技术与方法：</div><p>${skills(p).map(e).join('；')}</p>
  <div class="l">主持或参加科研项目（课题）情况（按时间倒序排序）：</div><p>(1) 湖北省自然科学基金面上项目，2023DFB412，石榴石型固态电解质流延薄膜的低温致密化，2023/01-2025/12，10万元，已结题，参与</p>
  <div class="l">代表性研究成果和学术奖励情况（填写代表性论文时应根据其发表时的真实情况如实规范列出所有作者署名）：</div>
  <p>${e(x['论文1'] ?? '')}</p><p>${e(x['论文2'] ?? '')}</p>`);
}

/** 公務人員履歷表 (Taiwan): dense ruled form with ROC (民國) year–month dates. */
export function twgongwu(p: Person): string {
  const css = `body{font:9.5pt ${ZH};color:#000}h1{text-align:center;font-size:17pt;letter-spacing:10px;margin:0 0 4px}
  .s{font-size:8pt;display:flex;justify-content:space-between;margin-bottom:2px}table{width:100%}td{border:1px solid #000;padding:3px 4px;text-align:center;vertical-align:middle;height:24px}
  td.k{background:#f0f0f0;white-space:nowrap}td.l{text-align:left}.vt{width:46px;background:#f0f0f0;line-height:1.5}
  .ft{font-size:8pt;margin-top:6px;line-height:1.6}`;
  const w = newestFirst(p); const x = p.extra ?? {};
  const roc = (s: string | null) => (s ? d(s, 'ROC') : '迄今');
  return page('zh-TW', css, `<h1>公務人員履歷表</h1><div class="s"><span>應徵職缺：行政院所屬機關 約聘資料分析師（職缺編號 115-0342）</span><span>填表日期：115年11月5日</span></div>
  <table><tr><td class="k">姓　名</td><td colspan="2">${e(p.name)}</td><td class="k">性別</td><td>女</td><td class="k">出生年月日</td><td>${Number(p.born.slice(0, 4)) - 1911}年${Number(p.born.slice(5, 7))}月${Number(p.born.slice(8, 10))}日</td><td rowspan="4" style="width:100px">${photo('最近三個月<br>二吋半身<br>脫帽相片')}</td></tr>
  <tr><td class="k">出生地</td><td colspan="2">${e(x['出生地'] ?? '')}</td><td class="k">身分證<br>統一編號</td><td colspan="3">${e(x['身分證統一編號'] ?? '')}</td></tr>
  <tr><td class="k">通訊處</td><td colspan="6" class="l">${e(p.address)}</td></tr>
  <tr><td class="k">電　話</td><td colspan="2">（行動）${e(p.phoneLocal)}</td><td class="k">電子郵件</td><td colspan="3">${e(p.email)}</td></tr></table>
  <table style="margin-top:-1px"><tr><td rowspan="${p.education.length + 1}" class="vt">學<br>歷</td><td class="k">學校名稱</td><td class="k">院系科別</td><td class="k">學位</td><td class="k" colspan="2">修業起訖年月</td></tr>
  ${p.education.map((ed) => `<tr><td>${e(ed.school)}</td><td>${e(ed.field)}</td><td>${e(ed.degree)}</td><td>${roc(ed.start)}</td><td>${roc(ed.end)}</td></tr>`).join('')}</table>
  <table style="margin-top:-1px"><tr><td rowspan="6" class="vt">經<br><br>歷</td><td class="k">服務機關（構）</td><td class="k">職稱</td><td class="k">職務</td><td class="k">起</td><td class="k">訖</td></tr>
  ${w.map((j) => `<tr><td class="l">${e(j.company)}</td><td>${e(j.title)}</td><td class="l">${e(j.duties[0])}</td><td>${roc(j.start)}</td><td>${roc(j.end)}</td></tr>`).join('')}${'<tr><td>&nbsp;</td><td></td><td></td><td></td><td></td></tr>'.repeat(Math.max(0, 5 - w.length))}</table>
  <table style="margin-top:-1px"><tr><td class="vt" rowspan="2">考<br>試</td><td class="k">考試名稱</td><td class="k">類科</td><td class="k">及格年月</td></tr><tr><td>（無）</td><td></td><td></td></tr></table>
  <table style="margin-top:-1px"><tr><td class="vt">專長</td><td class="l">${skills(p).map(e).join('、')}</td></tr>
  <tr><td class="vt">語文</td><td class="l">${p.languages.map(e).join('、')}</td></tr>
  <tr><td class="vt">證照</td><td class="l">${p.certs.map(e).join('、')}</td></tr></table>
  <div class="ft">一、本表各欄請據實填寫，如有不實，願負法律責任。　二、學歷、經歷請依時間先後由近而遠填寫，並檢附證明文件影本。<br>
  <span style="display:inline-block;margin-top:18px">填表人簽章：______________（${e(p.name)}）</span></div>`);
}

/** CakeResume-style two-column (Traditional Chinese): hero header, main column + aside column, no coloured panel. */
export function cake(p: Person): string {
  const css = `body{font:9.6pt ${ZH};color:#333}.hero{text-align:left;padding-bottom:10px;border-bottom:1px solid #e2e2e2}.hero h1{font-size:25pt;margin:0}.hero .t{font-size:11.5pt;color:#00a3a1}
  .hero .c{font-size:8.8pt;color:#555;margin-top:4px}.g{display:grid;grid-template-columns:1.7fr 1fr;gap:24px;margin-top:10px}
  h2{font-size:11pt;margin:8px 0 6px;color:#00a3a1}.j{margin-bottom:10px}.j .t{font-weight:bold;font-size:10pt}.j .m{color:#888;font-size:8.6pt}ul{margin:3px 0 0 15px;padding:0}
  .pill{display:inline-block;background:#e6f6f6;border-radius:4px;padding:1px 6px;margin:2px 2px 2px 0}`;
  const w = newestFirst(p);
  return page('zh-TW', css, `<div class="hero"><h1>${e(p.name)}</h1><div class="t">資料分析師｜消費者洞察</div><div class="c">${e(p.email)}　·　${e(p.phoneLocal)}　·　${e(p.city)}</div></div>
  <div class="g"><div><h2>工作經歷</h2>${w.map((j) => `<div class="j keep"><div class="t">${e(j.title)}｜${e(j.company)}</div><div class="m">${d(j.start, 'YYYY年M月')} - ${d(j.end, 'YYYY年M月', '現在')}　·　${e(j.city)}</div><ul>${j.duties.map((x) => `<li>${e(x)}</li>`).join('')}</ul></div>`).join('')}</div>
  <div><h2>關於我</h2><div>${e(p.summary)}熟悉從問卷設計到建模的完整分析流程。</div><h2>技能</h2><div>${skills(p).map((s) => `<span class="pill">${e(s)}</span>`).join('')}</div>
  <h2>學歷</h2>${p.education.map((x) => `<div class="j"><div class="t">${e(x.school)}</div><div>${e(x.field)}　${e(x.degree)}</div><div class="m">${d(x.start, 'YYYY年M月')} - ${d(x.end, 'YYYY年M月')}</div></div>`).join('')}
  <h2>語言</h2><div>${p.languages.map(e).join('<br>')}</div><h2>證照</h2><div>${p.certs.map(e).join('<br>')}</div></div></div>`);
}

/** 1111人力銀行-style printable résumé: stacked label/value grids per section and per job. */
export function t1111(p: Person): string {
  const css = `body{font:9.5pt ${ZH};color:#222}.top{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2px solid #e95420;padding-bottom:3px}
  .top b{font-size:14pt;color:#e95420}h2{font-size:10.5pt;margin:12px 0 3px;padding-left:6px;border-left:4px solid #e95420}
  table{width:100%}td{border:1px solid #ccc;padding:3px 6px;vertical-align:top}td.k{background:#fdf1ec;width:16%;white-space:nowrap}.jb{margin-bottom:6px}`;
  const w = newestFirst(p);
  const kv = (rows: [string, string][][]) => `<table>${rows.map((r) => `<tr>${r.map(([k, v]) => `<td class="k">${k}</td><td ${r.length === 1 ? 'colspan="3"' : ''}>${v}</td>`).join('')}</tr>`).join('')}</table>`;
  return page('zh-TW', css, `<div class="top"><b>個人履歷</b><span style="font-size:8pt">履歷編號 R1150398821　｜　更新日期 2026/11/02</span></div>
  <h2>基本資料</h2>${kv([[['姓名', `<b style="font-size:12pt">${e(p.name)}</b>`], ['英文姓名', e(p.nameAlt ?? '')]], [['性別', '女'], ['年齡', `${age(p)}歲`]],
    [['聯絡電話', e(p.phoneLocal)], ['E-mail', e(p.email)]], [['通訊地址', e(p.address)]], [['就業狀態', '在職中（一個月內可上班）']]])}
  <h2>求職條件</h2>${kv([[['希望職稱', '資料分析師、市場研究分析師'], ['希望地點', '臺北市、新北市']], [['希望待遇', '月薪 70,000 元以上']]])}
  <h2>學歷</h2>${p.education.map((x) => kv([[['學校名稱', e(x.school)], ['學歷', e(x.degree)]], [['科系', e(x.field)], ['就學期間', `${d(x.start, 'YYYY/MM')}~${d(x.end, 'YYYY/MM')}　畢業`]]])).join('')}
  <h2>工作經驗（總年資 約11年）</h2>${w.map((j) => `<div class="jb keep">${kv([[['公司名稱', `<b>${e(j.company)}</b>`], ['職務名稱', e(j.title)]],
    [['任職期間', `${d(j.start, 'YYYY/MM')}~${d(j.end, 'YYYY/MM', '仍在職')}`], ['工作地點', e(j.city)]], [['工作內容', j.duties.map(e).join('；')]]])}</div>`).join('')}
  <h2>專長技能</h2>${kv([[['電腦技能', skills(p).map(e).join('、')]], [['語文能力', p.languages.map(e).join('、')]], [['專業證照', p.certs.map(e).join('、')]]])}
  <h2>自傳</h2><div style="border:1px solid #ccc;padding:6px">我畢業於統計研究所，先後在市場調查公司與電商公司服務。${e(p.summary)}希望將分析能力運用於公共政策資料。</div>`);
}

/** 律师变更执业机构申请登记表: ruled registration form; résumé rows include schooling (common on these forms). */
export function lvshi(p: Person): string {
  const css = `body{font:10pt ${ZH};color:#000}h1{text-align:center;font-size:16pt;margin:0 0 10px;letter-spacing:2px}table{width:100%}
  td{border:1px solid #000;padding:4px 5px;text-align:center;vertical-align:middle;height:26px}td.l{text-align:left}td.k{white-space:nowrap}
  .sig{text-align:right;padding-right:30px;height:auto}.vt{width:78px;line-height:1.6}`;
  const w = newestFirst(p); const x = p.extra ?? {};
  const resume = [...w.map((j) => ({ s: j.start, t: `${d(j.start, 'YYYY.MM')}—${d(j.end, 'YYYY.MM', '至今')}`, u: j.company, r: j.title })),
    ...p.education.map((ed) => ({ s: ed.start, t: `${d(ed.start, 'YYYY.MM')}—${d(ed.end, 'YYYY.MM')}`, u: ed.school, r: `${ed.field}专业学生` }))].sort((a, b) => a.s.localeCompare(b.s));
  return page('zh-CN', css, `<h1>律师变更执业机构申请登记表</h1>
  <table><tr><td class="k">姓　名</td><td>${e(p.name)}</td><td class="k">性　别</td><td>男</td><td class="k">出生年月</td><td>${d(p.born.slice(0, 7), 'YYYY.MM')}</td><td rowspan="4" style="width:100px">${photo('二寸免冠<br>彩色照片', 126)}</td></tr>
  <tr><td class="k">民　族</td><td>${e(x['民族'] ?? '')}</td><td class="k">政治面貌</td><td>${e(x['政治面貌'] ?? '')}</td><td class="k">学　历</td><td>研究生</td></tr>
  <tr><td class="k">执业证号</td><td colspan="3">${e(x['执业证号'] ?? '')}</td><td class="k">执业类别</td><td>专职</td></tr>
  <tr><td class="k">现执业机构</td><td colspan="3">${e(w[0].company)}</td><td class="k">拟变更至</td><td>${e(x['拟变更至'] ?? '')}</td></tr>
  <tr><td class="k">联系电话</td><td colspan="2">${e(p.phoneLocal)}</td><td class="k">电子邮箱</td><td colspan="3">${e(p.email)}</td></tr>
  <tr><td class="k">住　址</td><td colspan="6" class="l">${e(p.address)}</td></tr></table>
  <table style="margin-top:-1px"><tr><td class="vt" rowspan="${resume.length + 1}">个<br>人<br>简<br>历</td><td class="k" style="width:26%">起止年月</td><td class="k">在何单位学习或工作</td><td class="k" style="width:22%">任何职务</td></tr>
  ${resume.map((r) => `<tr><td>${r.t}</td><td class="l">${e(r.u)}</td><td>${e(r.r)}</td></tr>`).join('')}</table>
  <table style="margin-top:-1px"><tr><td class="vt">业务专长</td><td class="l">${skills(p).map(e).join('；')}</td></tr>
  <tr><td class="vt">奖惩情况</td><td class="l">2023年度朝阳区优秀青年律师；无受处罚、处分记录。</td></tr>
  <tr><td class="vt">原执业机构意见</td><td class="l" style="height:70px">同意该律师变更执业机构，已结清相关手续。<div class="sig">（盖章）　　年　　月　　日</div></td></tr>
  <tr><td class="vt">拟变更机构意见</td><td class="l" style="height:70px">同意接收。<div class="sig">负责人签字：　　　（盖章）　　年　　月　　日</div></td></tr>
  <tr><td class="vt">司法行政机关意见</td><td class="l" style="height:70px"><div class="sig">（盖章）　　年　　月　　日</div></td></tr></table>
  <div style="margin-top:8px;font-size:9pt">本人承诺以上所填内容真实准确。　申请人签名：${e(p.name)}　　　2026年11月3日</div>`);
}

/** 律所官网 lawyer profile page (printed): portrait, practice areas, experience, education. */
export function lvsuo(p: Person): string {
  const css = `body{font:10pt ${ZH};color:#222;line-height:1.6}.top{display:grid;grid-template-columns:110px 1fr;gap:18px;border-bottom:1px solid #b08d57;padding-bottom:12px}
  h1{margin:0;font-size:20pt}.pos{color:#b08d57;font-size:11pt}h2{font-size:11.5pt;color:#b08d57;margin:14px 0 4px}p{margin:2px 0}.nav{font-size:8pt;color:#999;margin-bottom:8px}`;
  const w = newestFirst(p);
  return page('zh-CN', css, `<div class="nav">首页 › 专业团队 › 合伙人</div><div class="top">${photo('（照片）', 136)}<div><h1>${e(p.name)}</h1><div class="pos">合伙人 ｜ 律师</div>
  <p>电话：${e(p.phoneLocal)}<br>邮箱：${e(p.email)}<br>办公地址：北京市朝阳区建国门外大街甲6号SK大厦22层</p><p>工作语言：中文、英文</p></div></div>
  <h2>律师简介</h2><p>${e(p.name)}律师${e(p.summary)}曾在法院从事审判辅助工作三年，熟悉审判思路，擅长以诉讼视角设计交易与合规方案。</p>
  <h2>专业技能</h2><p>${skills(p).map(e).join(' ｜ ')}</p>
  <h2>工作经历</h2>${w.map((j) => `<p>${d(j.start, 'YYYY年M月')}至${d(j.end, 'YYYY年M月', '今')}　${e(j.company)}　${e(j.title)}</p>`).join('')}
  <h2>教育背景</h2>${p.education.map((x) => `<p>${e(x.school)}　${e(x.degree)}（${e(x.field)}）</p>`).join('')}
  <h2>代表业绩</h2><p>· 代理某智能装备企业与外方股东之间的股权回购纠纷，争议金额1.6亿元，二审改判。</p><p>· 为某新能源企业B轮融资提供法律尽职调查及交易文件服务。</p>
  <h2>社会职务</h2><p>北京市律师协会公司法专业委员会委员</p>`);
}

/** 木及简历-style clean single column (bilingual headings for mixed people). */
export function muji(p: Person): string {
  const mixed = p.language === 'mixed';
  const css = `body{font:10pt ${ZH};color:#333;line-height:1.55}h1{font-size:20pt;margin:0}.c{color:#666;font-size:9pt;margin:4px 0 8px}
  h2{font-size:11.5pt;margin:12px 0 5px;padding-bottom:3px;border-bottom:1px solid #333}.row{display:flex;justify-content:space-between}.row b{font-size:10.5pt}
  ul{margin:2px 0 6px 18px;padding:0}`;
  const w = newestFirst(p);
  const H = (zh: string, en: string) => (mixed ? `${zh} / ${en}` : zh);
  return page('zh-CN', css, `<h1>${e(p.name)}${mixed ? `（${e(p.nameAlt ?? '')}）` : ''}</h1><div class="c">${sex(p)} ｜ ${age(p)}岁 ｜ ${e(p.phoneLocal)} ｜ ${e(p.email)} ｜ ${e(p.city)}</div>
  <h2>${H('个人总结', 'Summary')}</h2><div>${e(p.summary)}</div>
  <h2>${H('工作经历', 'Experience')}</h2>${w.map((j) => `<div class="keep"><div class="row"><b>${e(j.company)} · ${e(j.titleZh ?? j.title)}</b><span>${d(j.start, 'YYYY/MM')} - ${d(j.end, 'YYYY/MM', '至今')}</span></div><ul>${j.duties.map((x) => `<li>${e(x)}</li>`).join('')}</ul></div>`).join('')}
  <h2>${H('专业技能', 'Skills')}</h2><ul>${skills(p).map((s) => `<li>${e(s)}</li>`).join('')}</ul>
  <h2>${H('教育经历', 'Education')}</h2>${p.education.map((x) => `<div class="row"><span>${e(x.school)} · ${e(x.field)} · ${e(x.degree)}</span><span>${d(x.start, 'YYYY/MM')} - ${d(x.end, 'YYYY/MM')}</span></div>`).join('')}
  <h2>${H('语言与证书', 'Languages & Certificates')}</h2><div>${[...p.languages, ...p.certs].map(e).join('；')}</div>`);
}

/** Moka ATS candidate profile export (bilingual UI labels): header card, basic info grid, experience table, tags, interview notes. */
export function moka(p: Person): string {
  const css = `body{font:9.2pt ${ZH};color:#262626}.card{border:1px solid #e5e5e5;border-radius:6px;padding:10px 14px;display:flex;justify-content:space-between}
  .card h1{margin:0;font-size:16pt}.card .s{color:#8c8c8c;font-size:8.6pt}.stage{background:#e8f3ff;color:#1677ff;padding:2px 8px;border-radius:10px;font-size:8.5pt;height:fit-content}
  h2{font-size:10.5pt;margin:12px 0 4px}table{width:100%}td,th{border:1px solid #e5e5e5;padding:4px 6px;vertical-align:top;text-align:left}th{background:#fafafa;font-weight:normal;color:#595959}
  .kv td:nth-child(odd){color:#8c8c8c;width:15%;background:#fafafa}.tag{display:inline-block;border:1px solid #91caff;background:#f0f7ff;color:#0958d9;border-radius:3px;padding:0 6px;margin:2px}`;
  const w = newestFirst(p);
  const job = p.id === 'p13' ? '供应链总监 Supply Chain Director' : '海外运营负责人 Head of Overseas Marketplaces';
  return page('zh-CN', css, `<div class="card"><div><h1>${e(p.name)} <span style="font-size:11pt;color:#595959">${e(p.nameAlt ?? '')}</span></h1>
  <div class="s">${e(w[0].titleZh ?? '')} @ ${e(w[0].company)} ｜ ${age(p)}岁 ｜ ${p.gender === 'M' ? '男 Male' : '女 Female'} ｜ ${e(p.city)}</div></div><div class="stage">用人部门筛选 Screening</div></div>
  <h2>基本信息 Basic Info</h2><table class="kv"><tr><td>手机 Mobile</td><td>${e(p.phoneLocal)}</td><td>邮箱 Email</td><td>${e(p.email)}</td></tr>
  <tr><td>应聘职位 Job</td><td>${job}</td><td>来源 Source</td><td>猎头推荐 Agency</td></tr><tr><td>最高学历 Degree</td><td>${e(p.education[0].degree)}</td><td>期望薪资 Expected</td><td>${e(p.extra?.['期望薪资'] ?? '面议 Negotiable')}</td></tr></table>
  <h2>工作经历 Work Experience</h2><table><tr><th style="width:17%">开始时间 Start</th><th style="width:17%">结束时间 End</th><th>公司 Company</th><th>职位 Title</th></tr>
  ${w.map((j) => `<tr class="keep"><td>${d(j.start, 'YYYY-MM')}</td><td>${d(j.end, 'YYYY-MM', '至今 Present')}</td><td>${e(j.company)}</td><td>${e(j.title)}<br><span style="color:#8c8c8c">${e(j.titleZh ?? '')}</span></td></tr>
  <tr class="keep"><td colspan="4" style="color:#595959">${e(sentences(j.duties))}</td></tr>`).join('')}</table>
  <h2>教育经历 Education</h2><table><tr><th>学校 School</th><th>专业 Major</th><th>学历 Degree</th><th>时间 Dates</th></tr>${p.education.map((x) => `<tr><td>${e(x.school)}</td><td>${e(x.field)}</td><td>${e(x.degree)}</td><td>${d(x.start, 'YYYY-MM')} ~ ${d(x.end, 'YYYY-MM')}</td></tr>`).join('')}</table>
  <h2>技能标签 Skills</h2><div>${skills(p).map((s) => `<span class="tag">${e(s)}</span>`).join('')}</div>
  <h2>语言 Languages</h2><div>${p.languages.map(e).join(' / ')}</div>
  <h2>面试评价 Interview Feedback</h2><table><tr><th>面试官 Interviewer</th><th>轮次 Round</th><th>结论 Result</th><th>评语 Comments</th></tr>
  <tr><td>Iris Fang（HRBP）<br>138 1709 2264</td><td>电话初筛 Phone screen</td><td>通过 Pass</td><td>动机清晰，英文流利，薪资在范围内。</td></tr></table>`);
}

/** MBA admissions application summary (online form print): biographical data, employment grid with compensation, tests. */
export function mba(p: Person): string {
  const css = `body{font:9.2pt "Liberation Sans",${ZH};color:#111}.hd{border-bottom:2px solid #5b2a86;padding-bottom:4px;display:flex;justify-content:space-between;align-items:flex-end}
  .hd b{font-size:13pt;color:#5b2a86}h2{font-size:10pt;background:#ece5f3;padding:3px 6px;margin:11px 0 3px}
  table{width:100%}td,th{border:1px solid #bbb;padding:3px 5px;vertical-align:top;text-align:left}th{background:#f5f5f5;font-size:8.4pt}.kv td:nth-child(odd){width:22%;color:#444;background:#fafafa}`;
  const w = newestFirst(p); const x = p.extra ?? {};
  const comp = ['RMB 620,000', 'RMB 410,000', 'RMB 260,000', 'RMB 8,000 (stipend)'];
  return page('en', css, `<div class="hd"><b>Full-Time MBA · Class of 2029 · Round 2 Application</b><span>Applicant ID 29-R2-04417 · Submitted 05-Jan-2027 (draft printed 09-Nov-2026)</span></div>
  <h2>1. Biographical Information</h2><table class="kv"><tr><td>Legal name (family, given)</td><td>${e(p.surname)}, ${e(p.given)}</td><td>Name in native script</td><td>${e(p.name)}</td></tr>
  <tr><td>Preferred name</td><td>${e((p.nameAlt ?? '').split(' ')[0])}</td><td>Date of birth</td><td>${d(p.born.slice(0, 7), 'MON-YYYY').replace('-', ' ')} ${p.born.slice(8)}</td></tr>
  <tr><td>Citizenship</td><td>${e(p.nationality)}</td><td>Gender</td><td>Female</td></tr></table>
  <h2>2. Contact Details</h2><table class="kv"><tr><td>Email</td><td>${e(p.email)}</td><td>Mobile</td><td>+86 ${e(p.phoneLocal)}</td></tr><tr><td>Permanent address</td><td colspan="3">${e(p.address)}</td></tr></table>
  <h2>3. Employment History (most recent first; include internships)</h2>
  <table><tr><th>Organization</th><th>Job title</th><th>Start (mm/yyyy)</th><th>End (mm/yyyy)</th><th>Type</th><th>Annual compensation</th></tr>
  ${w.map((j, i) => `<tr class="keep"><td>${e(j.company)}</td><td>${e(j.title)}</td><td>${d(j.start, 'MM/YYYY')}</td><td>${d(j.end, 'MM/YYYY', 'Current')}</td><td>${j.internship ? 'Internship' : 'Full-time'}</td><td>${comp[i]}</td></tr>
  <tr class="keep"><td colspan="6"><i>Responsibilities and achievements:</i> ${e(sentences(j.duties))}</td></tr>`).join('')}</table>
  <table class="kv" style="margin-top:4px"><tr><td>Total full-time work experience</td><td>10 years 5 months</td><td>Career progression explanation</td><td>Promoted from intern to analyst offer (2016)</td></tr></table>
  <h2>4. Academic History</h2><table><tr><th>Institution</th><th>Degree</th><th>Major</th><th>Dates attended</th><th>GPA</th></tr>${p.education.map((ed) => `<tr><td>${e(ed.school)}</td><td>${e(ed.degree)}</td><td>${e(ed.field)}</td><td>${d(ed.start, 'MM/YYYY')} – ${d(ed.end, 'MM/YYYY')}</td><td>3.71 / 4.0</td></tr>`).join('')}</table>
  <h2>5. Tests and Professional Qualifications</h2><table class="kv"><tr><td>GMAT</td><td>${e(x.gmat ?? '')}</td><td>TOEFL iBT</td><td>112</td></tr><tr><td>Qualifications</td><td colspan="3">${p.certs.map(e).join('; ')}</td></tr></table>
  <h2>6. Skills and Languages</h2><table class="kv"><tr><td>Professional / technical skills</td><td>${skills(p).map(e).join(', ')}</td></tr><tr><td>Languages</td><td>${p.languages.map(e).join('; ')}</td></tr></table>
  <h2>7. Recommenders</h2><table><tr><th>Name</th><th>Relationship</th><th>Organization</th><th>Email</th></tr><tr><td>Grace Lin</td><td>Direct supervisor</td><td>${e(w[0].company)}</td><td>grace.lin@latticefin.cn</td></tr></table>`);
}

/** Investment-banking / finance one-page résumé convention (Times, dense, right-aligned dates, "Additional" block). */
export function ibank(p: Person): string {
  const css = `body{font:10pt "Liberation Serif","Times New Roman",${ZH};color:#000;line-height:1.25}h1{text-align:center;font-size:15pt;margin:0;letter-spacing:1px}
  .c{text-align:center;font-size:9pt;margin:2px 0 8px}h2{font-size:10pt;text-transform:uppercase;border-bottom:1px solid #000;margin:10px 0 4px}
  .r{display:flex;justify-content:space-between}ul{margin:1px 0 5px 16px;padding:0}`;
  const w = newestFirst(p);
  return page('en', css, `<h1>${e(p.name)}　SYLVIA (SIYUAN) CHEN</h1><div class="c">${e(p.address.replace('北京市海淀区知春路甲48号盈都大厦C座1106', 'Haidian District, Beijing 100098'))} · (+86) ${e(p.phoneLocal)} · ${e(p.email)}</div>
  <h2>Professional Experience</h2>${w.map((j) => `<div class="keep"><div class="r"><b>${e(j.company.toUpperCase())}</b><span>${e(j.city)}, China</span></div><div class="r"><i>${e(j.title)}</i><span>${span(j, 'Mon YYYY', ' – ', 'Present')}</span></div><ul>${j.duties.map((x) => `<li>${e(x)}</li>`).join('')}</ul></div>`).join('')}
  <h2>Education</h2>${p.education.map((x) => `<div class="r"><b>${e(x.school.toUpperCase())}</b><span>${d(x.start, 'Mon YYYY')} – ${d(x.end, 'Mon YYYY')}</span></div><div>${e(x.degree)}, ${e(x.field)}; GPA 3.71/4.0, top 10%</div>`).join('')}
  <h2>Additional Information</h2><div><b>Skills:</b> ${skills(p).map(e).join('; ')}</div><div><b>Certifications:</b> ${p.certs.map(e).join('; ')}</div><div><b>Languages:</b> ${p.languages.map(e).join('; ')}</div>
  <div><b>Interests:</b> Long-distance running (Beijing Marathon 2024), Go (weiqi), volunteer financial-literacy tutor</div>`);
}

/** 北森-style 应聘登记表 (online application form print): grid header, experience with referees, family and emergency contacts, pledge. */
export function beisen(p: Person): string {
  const css = `body{font:9.2pt ${ZH};color:#000}h1{text-align:center;font-size:15pt;margin:0}.s{display:flex;justify-content:space-between;font-size:8.4pt;margin:4px 0}
  table{width:100%}td{border:1px solid #555;padding:3px 5px;vertical-align:middle;height:23px}td.k{background:#eef2f7;white-space:nowrap;text-align:center}
  .sec td{background:#3d5a80;color:#fff;font-weight:bold}`;
  const w = newestFirst(p);
  return page('zh-CN', css, `<h1>应聘登记表 Application Form</h1><div class="s"><span>应聘职位 Position：海外平台运营总监</span><span>渠道：内推　编号：BS-20261104-0093</span></div>
  <table><tr class="sec"><td colspan="7">基本信息 Personal Information</td></tr>
  <tr><td class="k">姓名</td><td>${e(p.name)}</td><td class="k">英文名</td><td>${e(p.nameAlt ?? '')}</td><td class="k">性别</td><td>女</td><td rowspan="4" style="width:96px">${photo('照片', 104)}</td></tr>
  <tr><td class="k">出生日期</td><td>${p.born}</td><td class="k">婚姻状况</td><td>未婚</td><td class="k">户籍</td><td>浙江绍兴</td></tr>
  <tr><td class="k">手机号码</td><td>${e(p.phoneLocal)}</td><td class="k">电子邮箱</td><td colspan="3">${e(p.email)}</td></tr>
  <tr><td class="k">现居住地</td><td colspan="5">${e(p.address)}</td></tr>
  <tr><td class="k">期望薪资</td><td colspan="2">${e(p.extra?.['期望薪资'] ?? '')}</td><td class="k">到岗时间</td><td colspan="3">${e(p.extra?.['到岗时间'] ?? '')}</td></tr></table>
  <table style="margin-top:-1px"><tr class="sec"><td colspan="5">教育经历 Education（从最高学历填起）</td></tr><tr><td class="k">起止时间</td><td class="k">学校</td><td class="k">专业</td><td class="k">学历/学位</td><td class="k">是否统招</td></tr>
  ${p.education.map((x) => `<tr><td>${d(x.start, 'YYYY/MM')}–${d(x.end, 'YYYY/MM')}</td><td>${e(x.school)}</td><td>${e(x.field)}</td><td>${e(x.degree)}</td><td>是</td></tr>`).join('')}</table>
  <table style="margin-top:-1px"><tr class="sec"><td colspan="6">工作经历 Work Experience（从最近一份填起，含实习）</td></tr>
  <tr><td class="k">起止时间</td><td class="k">公司名称</td><td class="k">职位</td><td class="k">离职原因</td><td class="k">证明人</td><td class="k">证明人电话</td></tr>
  ${w.map((j, i) => `<tr><td style="white-space:nowrap">${d(j.start, 'YYYY/MM')}–${d(j.end, 'YYYY/MM', '至今')}</td><td>${e(j.company)}</td><td>${e(j.titleZh ?? j.title)}</td><td>${j.end ? (j.internship ? '实习结束' : j.company === w[i - 1]?.company ? '内部晋升' : '职业发展') : '在职'}</td><td>${['Lily Zhang', 'Tom Wu', 'Tom Wu', 'Jenny Qian'][i]}</td><td>${['139 5710 8826', '0571-8679 2210', '0571-8679 2210', '136 6583 0049'][i]}</td></tr>`).join('')}</table>
  <table style="margin-top:-1px"><tr class="sec"><td colspan="4">能力与技能 Skills</td></tr><tr><td class="k">专业技能</td><td colspan="3">${skills(p).map(e).join('；')}</td></tr>
  <tr><td class="k">语言能力</td><td>${p.languages.map(e).join('；')}</td><td class="k">证书</td><td>${p.certs.map(e).join('；')}</td></tr></table>
  <table style="margin-top:-1px"><tr class="sec"><td colspan="4">家庭成员及紧急联系人 Family / Emergency Contact</td></tr><tr><td class="k">关系</td><td class="k">姓名</td><td class="k">工作单位</td><td class="k">联系电话</td></tr>
  <tr><td>母亲</td><td>沈月芳</td><td>绍兴市柯桥区实验小学</td><td>135 7552 6618</td></tr><tr><td>紧急联系人（朋友）</td><td>陆佳</td><td>杭州市</td><td>186 5710 3342</td></tr></table>
  <div style="font-size:8.6pt;margin-top:6px">本人承诺：以上所填信息真实有效，如有虚假，公司有权解除劳动合同。　　签名：${e(p.name)}　　日期：2026-11-04</div>`);
}
