/** heldout-65 — HTML templates printed by Chromium (printHtml). */
import { personById, shown, type Person, type Job } from './people.ts';
import { esc, mon, month, mmyyyy, isoDay, durEn, durZh, newestFirst, zhym, dotym, pad, m, y, endDay, age, roc, MON } from './fmt.ts';

const doc = (lang: string, css: string, body: string) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>
*{box-sizing:border-box} html,body{margin:0;padding:0} ${css}</style></head><body>${body}</body></html>`;

const sk = (p: Person) => p.skills.map(shown);
const svg = {
  phone: (c = '#555') => `<svg width="11" height="11" viewBox="0 0 24 24"><path fill="${c}" d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2c.3-.3.7-.4 1-.2 1.1.4 2.3.6 3.6.6.6 0 1 .4 1 1V20c0 .6-.4 1-1 1A17 17 0 0 1 3 4c0-.6.4-1 1-1h3.5c.6 0 1 .4 1 1 0 1.3.2 2.5.6 3.6.1.3 0 .7-.2 1z"/></svg>`,
  mail: (c = '#555') => `<svg width="11" height="11" viewBox="0 0 24 24"><path fill="${c}" d="M2 5h20v14H2z" opacity=".15"/><path fill="none" stroke="${c}" stroke-width="2" d="M3 6h18v12H3z M3 6l9 7 9-7"/></svg>`,
  pin: (c = '#555') => `<svg width="11" height="11" viewBox="0 0 24 24"><path fill="${c}" d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z"/></svg>`,
  check: (c = '#2a7') => `<svg width="10" height="10" viewBox="0 0 24 24"><path fill="none" stroke="${c}" stroke-width="3" d="M4 12l5 5L20 6"/></svg>`,
  person: (c = '#b9c3cc', bg = '#e9eef2') => `<svg viewBox="0 0 100 120" width="100%" height="100%"><rect width="100" height="120" fill="${bg}"/><circle cx="50" cy="44" r="22" fill="${c}"/><path d="M12 120c4-30 22-42 38-42s34 12 38 42z" fill="${c}"/></svg>`,
  globe: (c = '#555') => `<svg width="11" height="11" viewBox="0 0 24 24"><circle cx="12" cy="12" r="9" fill="none" stroke="${c}" stroke-width="2"/><path d="M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18" fill="none" stroke="${c}" stroke-width="1.5"/></svg>`,
  box: (on: boolean) => `<svg width="10" height="10" viewBox="0 0 10 10" style="vertical-align:-1px"><rect x=".5" y=".5" width="9" height="9" fill="#fff" stroke="#333"/>${on ? '<path d="M2 2l6 6M8 2l-6 6" stroke="#123" stroke-width="1.4"/>' : ''}</svg>`,
};

// ─────────────────────────────────────────── mga-pdf (p07, table) ───────────────────────────────────────────
export function mgaPdf(): string {
  const p = personById('p07');
  const addr: Record<string, string> = {
    'Bluefin Gaming Group Ltd': 'Level 4, Marina Point, Triq Testaferrata, Ta\' Xbiex XBX 1403',
    'Marsa Bay Entertainment Ltd': '115, Triq Tigné, Gżira GZR 1071',
    'Redstar Interactive Ltd': 'Block C, Spinola Park, Triq Mikiel Ang Borg, St Julian\'s SPK 1000',
    'Grand Harbour Bank p.l.c.': '233, Republic Street, Valletta VLT 1118',
  };
  const reg: Record<string, string> = { 'Bluefin Gaming Group Ltd': 'MGA', 'Marsa Bay Entertainment Ltd': 'MGA', 'Redstar Interactive Ltd': 'MGA', 'Grand Harbour Bank p.l.c.': 'MFSA' };
  const f = (label: string, value: string, w = '') => `<div class="fld" style="${w}"><div class="lb">${label}</div><div class="val">${value}</div></div>`;
  const rows = newestFirst(p).map((j) => `<tr><td class="val">${mmyyyy(j.start)}</td><td class="val">${j.end ? mmyyyy(j.end) : 'to date'}</td>
    <td class="val"><b>${esc(j.company)}</b><br>${esc(addr[j.company])}</td><td class="val">${esc(j.title)}</td><td class="val c">${reg[j.company]}</td><td class="val">${esc(j.reason ?? '')}</td></tr>`).join('');
  const css = `body{font:9.2px/1.35 "Liberation Sans",Arial,sans-serif;color:#1b1b1b}
  .top{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2px solid #0a3d62;padding-bottom:5px}
  .org{font-size:15px;font-weight:bold;color:#0a3d62;letter-spacing:.5px}.org small{display:block;font-size:9px;color:#555;font-weight:normal;letter-spacing:0}
  .fno{text-align:right;font-size:8.5px;color:#444}
  h1{font-size:13px;margin:8px 0 2px;color:#0a3d62} .intro{font-size:8.5px;color:#444;margin-bottom:6px}
  h2{font-size:10px;background:#0a3d62;color:#fff;padding:3px 6px;margin:9px 0 4px}
  .grid{display:flex;flex-wrap:wrap;gap:4px 6px}.fld{flex:1 1 30%}.lb{font-size:7.8px;color:#555;margin-bottom:1px}
  .val{font-family:"Liberation Mono","DejaVu Sans Mono",monospace;font-size:9px;background:#e6eef8;border:1px solid #9fb4cc;padding:2px 4px;min-height:15px;color:#0b2340}
  table{border-collapse:separate;border-spacing:2px;width:100%} th{font-size:7.8px;color:#333;text-align:left;font-weight:bold;background:#d5dde6;padding:2px 3px}
  td.val{vertical-align:top} .c{text-align:center}
  .yn td{font-size:8.6px;padding:2px 3px;border-bottom:1px dotted #aaa}.yn td:last-child{white-space:nowrap;text-align:right}
  ul.sk{columns:2;margin:0;padding:4px 4px 4px 18px;background:#e6eef8;border:1px solid #9fb4cc;font-family:"Liberation Mono",monospace;font-size:9px;color:#0b2340}
  .foot{margin-top:8px;border-top:1px solid #999;font-size:7.5px;color:#666;display:flex;justify-content:space-between;padding-top:2px}
  .sig{display:flex;gap:10px;margin-top:6px}.sig .fld{flex:1}`;
  const body = `<div class="top"><div class="org">MALTA GAMING AUTHORITY<small>Authorisations · Key Function &amp; Qualifying Shareholder Approvals</small></div>
  <div class="fno">Form PDF-N (Personal Declaration — Natural Persons)<br>Version 4.1 · Fillable PDF · Completed electronically</div></div>
  <h1>Personal Declaration Form — Key Function Holder</h1>
  <div class="intro">Complete every field in English. Where a section does not apply write "N/A". Employment history must be complete and continuous, starting with the current position. Attach a signed CV and a certified copy of an identification document.</div>
  <h2>Section 1 — Licensee and key function</h2>
  <div class="grid">${f('1.1 Name of licensee / applicant entity', 'Bluefin Gaming Group Ltd', 'flex-basis:45%')}${f('1.2 MGA licence number(s)', 'MGA/B2C/418/2019 ; MGA/B2C/631/2022', 'flex-basis:45%')}</div>
  <div style="margin-top:4px;font-size:8.6px">1.3 Key function(s) applied for:&nbsp; ${svg.box(true)} Compliance &nbsp; ${svg.box(true)} Money Laundering Reporting Officer &nbsp; ${svg.box(false)} Risk Management &nbsp; ${svg.box(false)} Internal Audit &nbsp; ${svg.box(false)} Finance &nbsp; ${svg.box(false)} Technology</div>
  <h2>Section 2 — Personal details</h2>
  <div class="grid">${f('2.1 Surname', 'VELLA')}${f('2.2 Name(s)', 'Daniel')}${f('2.3 Full name (as on ID document)', 'Daniel Vella')}
  ${f('2.4 Previous names', 'N/A')}${f('2.5 Date of birth (dd/mm/yyyy)', '19/08/1988')}${f('2.6 Place of birth', 'Pietà, Malta')}
  ${f('2.7 Nationality', 'Maltese')}${f('2.8 ID card / passport no.', '0418**88M (ID card)')}${f('2.9 Personal e-mail address', esc(p.email))}
  ${f('2.10 Residential address', esc(p.address), 'flex-basis:62%')}${f('2.11 Mobile number', '+356 7948 1236')}
  ${f('2.12 Home telephone', '+356 2143 6672')}${f('2.13 Work telephone (licensee switchboard)', '+356 2010 4400')}${f('2.14 Preferred language of correspondence', 'English')}</div>
  <h2>Section 3 — Employment history (complete, starting with the current position)</h2>
  <table><thead><tr><th style="width:9%">From<br>(mm/yyyy)</th><th style="width:9%">To<br>(mm/yyyy)</th><th style="width:36%">Name and registered address of employer</th><th style="width:19%">Position held</th><th style="width:8%">Regulator</th><th>Reason for leaving</th></tr></thead><tbody>${rows}</tbody></table>
  <h2>Section 4 — Qualifications and professional memberships</h2>
  <table><thead><tr><th>Qualification / membership</th><th style="width:32%">Institution / body</th><th style="width:14%">Year</th></tr></thead><tbody>
  <tr><td class="val">B.Com. (Hons) Banking &amp; Finance</td><td class="val">University of the Three Cities</td><td class="val">2011</td></tr>
  <tr><td class="val">Diploma in Compliance (MQF Level 5)</td><td class="val">Malta Academy of Compliance Studies</td><td class="val">2015</td></tr>
  <tr><td class="val">ICA International Diploma in AML</td><td class="val">International Compliance Association</td><td class="val">2017</td></tr>
  <tr><td class="val">CAMS</td><td class="val">ACAMS</td><td class="val">2019</td></tr></tbody></table>
  <h2>Section 5 — Competence for the key function</h2>
  <div style="font-size:8.4px;margin-bottom:2px">5.1 List the skills and areas of expertise relevant to the key function(s) applied for.</div>
  <ul class="sk">${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>Section 6 — Fitness and propriety</h2>
  <table class="yn"><tbody>
  <tr><td>6.1 Have you ever been convicted of a criminal offence in Malta or elsewhere?</td><td>${svg.box(false)} Yes &nbsp; ${svg.box(true)} No</td></tr>
  <tr><td>6.2 Have you ever been refused, or had revoked, an authorisation, licence or approval by a regulator?</td><td>${svg.box(false)} Yes &nbsp; ${svg.box(true)} No</td></tr>
  <tr><td>6.3 Have you been dismissed from employment or asked to resign from any position?</td><td>${svg.box(false)} Yes &nbsp; ${svg.box(true)} No</td></tr>
  <tr><td>6.4 Are you, or have you been, the subject of any investigation by a supervisory authority?</td><td>${svg.box(false)} Yes &nbsp; ${svg.box(true)} No</td></tr></tbody></table>
  <h2>Section 7 — Declaration</h2>
  <div style="font-size:8.4px">I declare that the information given in this form is complete and correct. I undertake to notify the Authority of any change without delay.</div>
  <div class="sig">${f('Signature', '<i>D. Vella</i>')}${f('Name', 'Daniel Vella')}${f('Date (dd/mm/yyyy)', '24/11/2026')}</div>
  <div class="foot"><span>PDF-N v4.1 — Personal Declaration Form</span><span>Applicant: VELLA, Daniel · Licensee: Bluefin Gaming Group Ltd</span></div>`;
  return doc('en', css, body);
}

// ─────────────────────────────────────────── sac-zhuce (p08, table) ───────────────────────────────────────────
export function sacZhuce(): string {
  const p = personById('p08');
  const rows = p.work.map((j, i) => `<tr><td class="c">${i + 1}</td><td class="c">${isoDay(j.start, j.startDay)}</td><td class="c">${j.end ? isoDay(j.end, endDay(j)) : '至今'}</td><td>${esc(j.company)}</td><td>${esc(j.dept ?? '')}</td><td>${esc(j.title)}</td><td>${esc(j.referee ?? '')}</td><td>${esc(j.refereePhone ?? '')}</td></tr>`).join('');
  const css = `body{font:10.5px/1.55 "Microsoft YaHei","SimSun","WenQuanYi Zen Hei",sans-serif;color:#222}
  .bar{background:#9b1b1f;color:#fff;padding:6px 10px;display:flex;justify-content:space-between;align-items:center}
  .bar b{font-size:14px;letter-spacing:1px}.bar span{font-size:9.5px;opacity:.9}
  h1{text-align:center;font-size:17px;margin:10px 0 2px;letter-spacing:2px}.meta{display:flex;justify-content:space-between;font-size:9.5px;color:#555;margin:4px 0 6px}
  h2{font-size:11.5px;margin:10px 0 3px;padding-left:6px;border-left:4px solid #9b1b1f}
  table{width:100%;border-collapse:collapse;table-layout:fixed} td,th{border:1px solid #8a8a8a;padding:3px 5px;vertical-align:top;word-break:break-all}
  th,.lb{background:#f1f1f1;font-weight:normal;color:#333;text-align:center} .c{text-align:center}
  .note{font-size:9px;color:#666;margin-top:2px}.foot{margin-top:12px;display:flex;justify-content:space-between;font-size:9.5px;color:#555;border-top:1px solid #ccc;padding-top:3px}`;
  const body = `<div class="bar"><b>中国证券业协会 · 从业人员管理信息系统</b><span>机构用户：申浦证券有限责任公司　|　经办人：沈丽娜</span></div>
  <h1>证券从业人员执业注册申请表</h1>
  <div class="meta"><span>申请编号：ZC2026112600417</span><span>申请类型：变更执业岗位（机构内）</span><span>打印时间：2026-11-26 10:42:17</span></div>
  <h2>一、人员基本信息</h2>
  <table><colgroup><col style="width:14%"><col style="width:20%"><col style="width:13%"><col style="width:20%"><col style="width:13%"><col style="width:20%"></colgroup>
  <tr><td class="lb">姓　　名</td><td>周子航</td><td class="lb">性　　别</td><td>男</td><td class="lb">出生日期</td><td>1992-04-17</td></tr>
  <tr><td class="lb">证件类型</td><td>居民身份证</td><td class="lb">证件号码</td><td colspan="3">310115********2417</td></tr>
  <tr><td class="lb">学　　历</td><td>大学本科</td><td class="lb">学　　位</td><td>工学学士</td><td class="lb">毕业时间</td><td>2014-06-30</td></tr>
  <tr><td class="lb">毕业院校</td><td colspan="3">华东信息科技大学</td><td class="lb">所学专业</td><td>计算机科学与技术</td></tr>
  <tr><td class="lb">手机号码</td><td>13817624095</td><td class="lb">电子邮箱</td><td colspan="3">${p.email}</td></tr>
  <tr><td class="lb">通讯地址</td><td colspan="5">${p.address}</td></tr></table>
  <h2>二、执业注册信息</h2>
  <table><colgroup><col style="width:14%"><col style="width:36%"><col style="width:14%"><col style="width:36%"></colgroup>
  <tr><td class="lb">执业机构</td><td>申浦证券有限责任公司</td><td class="lb">执业岗位类别</td><td>一般证券业务</td></tr>
  <tr><td class="lb">所在部门</td><td>金融科技部</td><td class="lb">职　　务</td><td>技术经理</td></tr>
  <tr><td class="lb">入职日期</td><td>2023-09-04</td><td class="lb">劳动合同</td><td>固定期限（2023-09-04 至 2026-09-03，已续签）</td></tr>
  <tr><td class="lb">资格考试</td><td colspan="3">证券市场基本法律法规 合格（2017-03-18）；金融市场基础知识 合格（2017-03-18）</td></tr></table>
  <h2>三、工作经历（自大学毕业前实习起，按时间先后填写）</h2>
  <table><colgroup><col style="width:5%"><col style="width:12%"><col style="width:12%"><col style="width:25%"><col style="width:11%"><col style="width:14%"><col style="width:9%"><col style="width:12%"></colgroup>
  <tr><th>序号</th><th>起始日期</th><th>终止日期</th><th>工作单位</th><th>部门</th><th>职务</th><th>证明人</th><th>证明人电话</th></tr>${rows}</table>
  <div class="note">注：在本机构任职期间的岗位变动以机构人事系统记录为准；终止日期为空的记录显示为"至今"。</div>
  <h2>四、专业技能（本人填写）</h2>
  <table><tr><td>${sk(p).join('、')}</td></tr></table>
  <h2>五、诚信信息</h2>
  <table><colgroup><col style="width:62%"><col style="width:38%"></colgroup>
  <tr><td>最近三年是否受到刑事处罚、行政处罚或自律处分</td><td class="c">否</td></tr>
  <tr><td>是否存在《证券法》规定的不得从事证券业务的情形</td><td class="c">否</td></tr></table>
  <h2>六、机构审核意见</h2>
  <table><colgroup><col style="width:14%"><col style="width:36%"><col style="width:14%"><col style="width:36%"></colgroup>
  <tr><td class="lb">审核意见</td><td colspan="3">经核查，该员工填报信息真实、准确、完整，同意办理执业注册变更。</td></tr>
  <tr><td class="lb">经 办 人</td><td>沈丽娜　　电话：021-6888 5236</td><td class="lb">合规负责人</td><td>（签字）</td></tr>
  <tr><td class="lb">机构盖章</td><td colspan="3" style="height:34px">　　　　　　　　　　　　　　　　　　　　　　　　　　年　　月　　日</td></tr></table>
  <div class="foot"><span>本表由系统生成，手写涂改无效</span><span>第 1 页 / 共 1 页</span></div>`;
  return doc('zh-CN', css, body);
}

// ─────────────────────────────────────────── jinshuju (p09, p10; table) ───────────────────────────────────────────
export function jinshuju(id: 'p09' | 'p10'): string {
  const p = personById(id);
  const isP9 = id === 'p09';
  const dd = (ym: string) => (isP9 ? ym : `${y(ym)}年${pad(m(ym))}月`);
  const form = isP9
    ? { title: '鹏湾即送 2026 城市运营岗 社会招聘报名表', no: 58, time: '2026-11-28 21:43:10', dur: '14分32秒', src: '微信', ip: '广东省深圳市', nick: '阿龙', job: '城市运营经理（深圳）', pay: '15000-18000元/月', start: '一个月内', tag: '一面' }
    : { title: '天府云展 2026 年项目经理招聘报名', no: 112, time: '2026-11-30 12:05:51', dur: '9分08秒', src: '链接', ip: '四川省成都市', nick: '慧敏Mia', job: '展览项目总监 / 高级项目经理', pay: '13000-16000元/月', start: '2027年1月', tag: '待评估' };
  const work = newestFirst(p).map((j) => `<tr><td>${dd(j.start)}</td><td>${j.end ? dd(j.end) : '至今'}</td><td>${esc(j.company)}</td><td>${esc(j.title)}</td><td>${esc(j.reason || (j.end ? '' : '在职'))}</td></tr>`).join('');
  const edu = p.education.map((e) => `<tr><td>${dd(e.start)}</td><td>${dd(e.end)}</td><td>${esc(e.school)}</td><td>${esc(e.degree)}</td></tr>`).join('');
  const row = (k: string, v: string) => `<tr><th>${k}</th><td>${v}</td></tr>`;
  const css = `body{font:10.5px/1.6 -apple-system,"PingFang SC","Microsoft YaHei","WenQuanYi Zen Hei",sans-serif;color:#2b2f36}
  .chrome{display:flex;justify-content:space-between;align-items:center;border-bottom:1px solid #e3e6ea;padding-bottom:5px;color:#8a93a0;font-size:9.5px}
  .logo{font-weight:bold;color:#1677ff;font-size:13px;margin-right:10px} h1{font-size:15px;margin:10px 0 4px}
  .meta{display:flex;flex-wrap:wrap;gap:4px 14px;font-size:9.5px;color:#68707c;background:#f6f8fa;padding:5px 8px;border-radius:4px}
  .meta b{color:#2b2f36;font-weight:normal} .tag{display:inline-block;background:#e8f1ff;color:#1677ff;border-radius:3px;padding:0 6px}
  table.f{width:100%;border-collapse:collapse;margin-top:8px;table-layout:fixed} table.f>tbody>tr>th{width:20%;text-align:left;font-weight:normal;color:#68707c;background:#fafbfc;padding:5px 8px;border:1px solid #e3e6ea;vertical-align:top}
  table.f>tbody>tr>td{padding:5px 8px;border:1px solid #e3e6ea;vertical-align:top}
  table.s{width:100%;border-collapse:collapse;font-size:9.8px} table.s th{background:#f0f3f6;font-weight:normal;color:#555;text-align:left;padding:3px 5px;border:1px solid #dde2e8} table.s td{padding:3px 5px;border:1px solid #dde2e8}
  .chip{display:inline-block;border:1px solid #c9d7ea;background:#f4f8fd;border-radius:10px;padding:0 7px;margin:1px 3px 2px 0;font-size:9.6px}
  .foot{margin-top:8px;color:#9aa2ad;font-size:9px;display:flex;justify-content:space-between}`;
  const body = `<div class="chrome"><div><span class="logo">数表通</span>表单 › ${form.title} › 数据 › 数据详情</div><div>第 ${form.no} 条 / 共 ${form.no + 17} 条</div></div>
  <h1>${form.title}</h1>
  <div class="meta"><span>序号 <b>#${form.no}</b></span><span>提交时间 <b>${form.time}</b></span><span>填写时长 <b>${form.dur}</b></span><span>来源 <b>${form.src}</b></span><span>IP <b>${form.ip}</b></span><span>微信昵称 <b>${form.nick}</b></span><span>数据标签 <span class="tag">${form.tag}</span></span></div>
  <table class="f"><tbody>
  ${row('姓名', p.name)}${row('性别', p.gender === 'M' ? '男' : '女')}${row('出生年月', dd(p.birth.slice(0, 7)))}
  ${row('手机号', p.phoneLocal.replace(/ /g, ''))}${row('邮箱', p.email)}${row('现居城市', isP9 ? '广东省 / 深圳市 / 宝安区' : '四川省 / 成都市 / 武侯区')}
  ${row('应聘岗位', form.job)}${row('期望月薪', form.pay)}${row('最快到岗时间', form.start)}
  ${row('最高学历', isP9 ? '中专 / 中技' : '本科')}
  ${row('工作经历<br><span style="font-size:9px;color:#9aa2ad">（表格字段，从最近一份填起）</span>', `<table class="s"><tr><th style="width:15%">开始时间</th><th style="width:15%">结束时间</th><th>单位名称</th><th style="width:20%">职位</th><th style="width:18%">离职原因</th></tr>${work}</table>`)}
  ${row('教育经历', `<table class="s"><tr><th style="width:15%">开始时间</th><th style="width:15%">结束时间</th><th>学校</th><th style="width:36%">专业 / 学历</th></tr>${edu}</table>`)}
  ${row('技能特长<br><span style="font-size:9px;color:#9aa2ad">（多选 + 其他）</span>', sk(p).map((s) => `<span class="chip">${esc(s)}</span>`).join(''))}
  ${row('证书', p.certs.join('；'))}
  ${row('自我评价', esc(p.summary))}
  ${row('附件简历', `${p.name}-简历.pdf　<span style="color:#9aa2ad">(${isP9 ? '236' : '418'} KB)</span>`)}
  ${row('信息真实性承诺', '☑ 本人承诺以上信息真实有效')}
  </tbody></table>
  <div class="foot"><span>shubiaotong.com · 数据详情打印</span><span>打印人：HR-${isP9 ? '邓' : '罗'}　打印时间 ${isP9 ? '2026-11-29 09:12' : '2026-12-01 10:30'}</span></div>`;
  return doc('zh-CN', css, body);
}

// ─────────────────────────────────────────── ircc-ee (p14, table) ───────────────────────────────────────────
export function irccEe(): string {
  const p = personById('p14');
  type R = { from: string; to: string | null; act: string; org: string; title: string; noc: string; where: string; hrs: string };
  const rows: R[] = [
    ...p.work.map((j) => ({ from: j.start, to: j.end, act: 'Working', org: j.company, title: j.title, noc: j.noc ?? '', where: `${j.city}, ${j.country}`, hrs: String(j.hours ?? '') })),
    ...p.gaps.map((g) => ({ from: g.start, to: g.end, act: g.label.startsWith('Studying') ? 'Studying' : 'Seeking employment', org: g.label.startsWith('Studying') ? 'Fraserview University' : '—', title: g.label.startsWith('Studying') ? 'Master of Business Analytics' : '—', noc: '—', where: 'Vancouver, Canada', hrs: g.label.startsWith('Studying') ? 'Full-time' : '—' })),
  ].sort((a, b) => (b.from < a.from ? -1 : b.from > a.from ? 1 : 0));
  const tr = rows.map((r) => `<tr><td>${r.from}</td><td>${r.to ?? 'Present'}</td><td>${r.act}</td><td>${esc(r.org)}</td><td>${esc(r.title)}</td><td>${r.noc}</td><td>${esc(r.where)}</td><td>${r.hrs}</td></tr>`).join('');
  const dl = (pairs: [string, string][]) => `<table class="dl">${pairs.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</table>`;
  const css = `body{font:10px/1.45 "Liberation Sans",Arial,sans-serif;color:#333}
  .goc{display:flex;justify-content:space-between;align-items:center;border-bottom:3px solid #26374a;padding-bottom:6px}
  .flag{display:flex;align-items:center;gap:6px;font-size:10px;line-height:1.15}.flag svg{height:20px}
  .prog{font-size:9px;color:#555;text-align:right}
  h1{font-family:"Liberation Serif",serif;font-size:19px;color:#26374a;margin:10px 0 2px;border-bottom:2px solid #af3c43;display:inline-block;padding-bottom:2px}
  .status{background:#d8eeca;border-left:5px solid #278400;padding:5px 8px;margin:6px 0;font-size:9.6px}
  h2{font-size:12px;color:#26374a;margin:11px 0 4px;border-bottom:1px solid #ccc;padding-bottom:2px}
  table.dl{border-collapse:collapse;width:100%} table.dl th{text-align:left;width:34%;font-weight:bold;padding:2px 6px;background:#f5f5f5;border-bottom:1px solid #e3e3e3} table.dl td{padding:2px 6px;border-bottom:1px solid #e3e3e3}
  table.wh{border-collapse:collapse;width:100%;font-size:9.2px} table.wh th{background:#26374a;color:#fff;text-align:left;padding:3px 4px} table.wh td{padding:3px 4px;border-bottom:1px solid #ccc;vertical-align:top}
  table.wh tr:nth-child(even) td{background:#f5f7f9}
  ul{margin:2px 0;padding-left:16px;columns:2}.foot{margin-top:10px;font-size:8.5px;color:#666;display:flex;justify-content:space-between;border-top:1px solid #ccc;padding-top:3px}`;
  const flag = `<svg viewBox="0 0 40 20"><rect width="10" height="20" fill="#d52b1e"/><rect x="30" width="10" height="20" fill="#d52b1e"/><path d="M20 3l1.6 3.4 2.6-1-1 5 2.6-1.4 .6 1.6 3-1-1.2 3 1.4.8-5 3.6.4 1.6H20.6v3h-1.2v-3H15l.4-1.6-5-3.6 1.4-.8-1.2-3 3 1 .6-1.6 2.6 1.4-1-5 2.6 1z" fill="#d52b1e"/></svg>`;
  const body = `<div class="goc"><div class="flag">${flag}<div>Government<br>of Canada</div><div>Gouvernement<br>du Canada</div></div><div class="prog">Immigration, Refugees and Citizenship Canada<br>Express Entry — My profile (printable version)</div></div>
  <h1>Express Entry profile</h1>
  <div class="status"><b>Status: Submitted</b> — You are in the Express Entry pool. Profile number E00 **** 4721 · Submitted November 14, 2026 · Expires November 14, 2027</div>
  <h2>Personal details</h2>${dl([['Family name(s)', 'CHEN'], ['Given name(s)', 'SIYING'], ['Name in native language', '陈思颖'], ['Other name used', 'Cindy Chen'], ['Sex', 'Female'], ['Date of birth (YYYY-MM-DD)', p.birth], ['Country of birth / citizenship', 'China / China'], ['Current country of residence', 'Canada — Worker (valid to 2027-07-31)']])}
  <h2>Contact information</h2>${dl([['Email address', p.email], ['Telephone — type', 'Cellular'], ['Country code / number', '1 · 6047812256'], ['Alternate telephone (business)', '1 · 6044397700 ext. 2318'], ['Mailing address', esc(p.address)]])}
  <h2>Language test results</h2>${dl([['First official language', 'English — CELPIP-General, test date 2026-03-21'], ['Scores (R / W / L / S)', '10 / 10 / 11 / 9']])}
  <h2>Education</h2><table class="wh"><tr><th>From</th><th>To</th><th>Level</th><th>Institution</th><th>Field of study</th><th>Country</th></tr>
  <tr><td>2019-09</td><td>2021-04</td><td>Master's degree</td><td>Fraserview University</td><td>Business Analytics</td><td>Canada</td></tr>
  <tr><td>2012-09</td><td>2016-06</td><td>Bachelor's degree (ECA: equivalent to Canadian bachelor's)</td><td>South China University of Finance</td><td>Accounting</td><td>China</td></tr></table>
  <h2>Work history — past 10 years (include all activities: work, study, unemployment)</h2>
  <table class="wh"><tr><th style="width:8%">From</th><th style="width:8%">To</th><th style="width:11%">Activity</th><th style="width:22%">Employer / institution</th><th style="width:18%">Job title / program</th><th style="width:12%">NOC 2021 (TEER)</th><th>City, country</th><th style="width:6%">Hrs/wk</th></tr>${tr}</table>
  <h2>Job Bank — skills shared with employers</h2><ul>${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
  <h2>Certificates of qualification / licences</h2>${dl([['Professional designations', p.certs.join('; ')]])}
  <div class="foot"><span>IRCC · Express Entry · printed 2026-11-20</span><span>CHEN, SIYING — end of profile</span></div>`;
  return doc('en-CA', css, body);
}

// ─────────────────────────────────────────── ziprecruiter (p05, single) ───────────────────────────────────────────
export function zipRecruiter(): string {
  const p = personById('p05');
  const dates = (j: Job) => `${MON[m(j.start) - 1]} ${y(j.start)} - ${j.end ? `${MON[m(j.end) - 1]} ${y(j.end)}` : 'Current'}`;
  const jobs = newestFirst(p).map((j) => `<div class="job"><div class="t">${esc(j.title)}</div><div class="c">${esc(j.company)}<span> — ${esc(j.city)}</span></div><div class="d">${dates(j)}</div>
    <ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('');
  const css = `body{font:10.6px/1.45 "Liberation Sans",Arial,sans-serif;color:#26292d}
  .top{display:flex;justify-content:space-between;font-size:8.5px;color:#8a9097;border-bottom:1px solid #e4e6e8;padding-bottom:3px}
  h1{font-size:25px;margin:12px 0 0;color:#0b1f2c;letter-spacing:-.3px}.hl{font-size:12px;color:#4a5560;margin:1px 0 4px}
  .ct{display:flex;gap:14px;font-size:10px;color:#333;align-items:center}.ct span{display:flex;align-items:center;gap:4px}
  .open{margin-top:6px;font-size:9.6px;background:#f1f8f3;border:1px solid #cfe6d6;border-radius:4px;padding:4px 7px}
  h2{font-size:12.5px;color:#0b1f2c;margin:13px 0 5px;padding-bottom:3px;border-bottom:2px solid #5ba56e}
  .job{margin-bottom:8px}.t{font-weight:bold;font-size:11.4px}.c{color:#1b6d3a;font-weight:bold}.c span{color:#4a5560;font-weight:normal}.d{font-size:9.6px;color:#6a7480}
  ul{margin:2px 0 0;padding-left:16px} .sk{display:grid;grid-template-columns:1fr 1fr 1fr;gap:3px 10px}.sk div{display:flex;gap:5px;align-items:center}
  .foot{margin-top:14px;font-size:8.5px;color:#8a9097;text-align:center}`;
  const body = `<div class="top"><span>Resume</span><span>Generated from candidate profile · 11/22/2026</span></div>
  <h1>${esc(p.name)}</h1><div class="hl">${esc(p.headline)}</div>
  <div class="ct"><span>${svg.pin()} ${esc(p.city)} 43214</span><span>${svg.phone()} ${p.phoneLocal}</span><span>${svg.mail()} ${p.email}</span></div>
  <div class="open"><b>Open to:</b> Facilities Maintenance Supervisor · HVAC Supervisor · Building Engineer &nbsp;|&nbsp; <b>Job types:</b> Full-time &nbsp;|&nbsp; <b>Willing to relocate:</b> No</div>
  <h2>Summary</h2><div>${esc(p.summary)}</div>
  <h2>Work Experience</h2>${jobs}
  <h2>Skills</h2><div class="sk">${sk(p).map((s) => `<div>${svg.check('#5ba56e')}${esc(s)}</div>`).join('')}</div>
  <h2>Certifications and Licenses</h2><ul>${p.certs.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
  <h2>Education</h2>${p.education.map((e) => `<div class="job"><div class="t">${esc(e.degree)}</div><div class="c">${esc(e.school)}<span> — ${esc(e.city ?? '')}</span></div><div class="d">${MON[m(e.start) - 1]} ${y(e.start)} - ${MON[m(e.end) - 1]} ${y(e.end)}</div></div>`).join('')}
  <h2>Languages</h2><div>${p.languages.join(' · ')}</div>
  <div class="foot">This resume was created from a job-seeker profile. Contact details are shared only with employers you apply to.</div>`;
  return doc('en-US', css, body);
}

// ─────────────────────────────────────────── gozambia (p03, two-col) ───────────────────────────────────────────
export function goZambia(): string {
  const p = personById('p03');
  const jobs = newestFirst(p).map((j) => `<div class="card"><div class="t">${esc(j.title)}</div><div class="c">${esc(j.company)}</div>
   <div class="d">${svg.pin('#7a8691')} ${esc(j.city)} &nbsp;·&nbsp; ${mon(j.start)} – ${j.end ? mon(j.end) : 'Present'} &nbsp;·&nbsp; ${durEn(j.start, j.end)}</div>
   <ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('');
  const css = `body{font:10.2px/1.45 "DejaVu Sans","Liberation Sans",sans-serif;color:#2d3339}
  .nav{display:flex;justify-content:space-between;align-items:center;background:#0d5c3f;color:#fff;padding:6px 10px;font-size:9.5px}
  .nav b{font-size:13px;letter-spacing:.3px}.nav b i{color:#f5a623;font-style:normal}
  .crumb{font-size:8.6px;color:#7a8691;margin:5px 0 7px}
  .wrap{display:grid;grid-template-columns:30% 1fr;gap:12px}
  .side{background:#f3f6f4;border:1px solid #dfe6e2;border-radius:6px;padding:10px}
  .av{width:64px;height:64px;border-radius:50%;background:#0d5c3f;color:#fff;font-size:24px;display:flex;align-items:center;justify-content:center;margin:0 auto 6px}
  .nm{text-align:center;font-weight:bold;font-size:13.5px}.hd{text-align:center;color:#5a6570;font-size:9.6px;margin-bottom:8px}
  .side h3{font-size:10px;text-transform:uppercase;color:#0d5c3f;margin:10px 0 3px;letter-spacing:.5px}
  .kv{font-size:9.5px;margin:2px 0;display:flex;gap:5px;align-items:flex-start;word-break:break-all}.kv b{color:#5a6570;font-weight:normal;min-width:0}
  .chip{display:inline-block;background:#fff;border:1px solid #b9cfc3;border-radius:10px;padding:0 6px;margin:1px 2px 2px 0;font-size:9px}
  .main h2{font-size:12.5px;color:#0d5c3f;margin:0 0 5px;padding-bottom:3px;border-bottom:1px solid #dfe6e2}.main h2:not(:first-child){margin-top:12px}
  .card{border-left:3px solid #f5a623;padding:1px 0 1px 8px;margin-bottom:8px}.t{font-weight:bold;font-size:11px}.c{color:#0d5c3f;font-weight:bold}.d{font-size:9px;color:#7a8691;display:flex;align-items:center;gap:3px}
  ul{margin:2px 0 0;padding-left:15px}.foot{margin-top:8px;font-size:8.4px;color:#8a949d;display:flex;justify-content:space-between;border-top:1px solid #e4e8ea;padding-top:3px}`;
  const body = `<div class="nav"><b>Zam<i>Careers</i></b><span>Find Jobs &nbsp;·&nbsp; Companies &nbsp;·&nbsp; CV Search &nbsp;·&nbsp; My Account</span></div>
  <div class="crumb">Home › Candidates › Mining &amp; Geology › ${esc(p.name)}</div>
  <div class="wrap"><div class="side"><div class="av">MC</div><div class="nm">${esc(p.name)}</div><div class="hd">${esc(p.headline)}</div>
   <h3>Contact</h3><div class="kv">${svg.phone('#0d5c3f')} +260 966 412 873</div><div class="kv">${svg.mail('#0d5c3f')} ${p.email}</div><div class="kv">${svg.pin('#0d5c3f')} Solwezi, North-Western</div>
   <h3>Details</h3><div class="kv"><b>Experience:</b> 13 years</div><div class="kv"><b>Qualification:</b> Bachelor's degree</div><div class="kv"><b>Nationality:</b> Zambian</div><div class="kv"><b>Willing to work in:</b> Solwezi, Kalumbila, Chingola, Kitwe</div><div class="kv"><b>Expected salary:</b> Negotiable</div>
   <h3>Skills</h3>${sk(p).map((s) => `<span class="chip">${esc(s)}</span>`).join('')}
   <h3>Languages</h3>${p.languages.map((l) => `<div class="kv">${esc(l)}</div>`).join('')}
   <h3>Registrations</h3>${p.certs.map((l) => `<div class="kv">• ${esc(l)}</div>`).join('')}</div>
  <div class="main"><h2>About me</h2><div>${esc(p.summary)}</div><h2>Work experience</h2>${jobs}
   <h2>Education</h2>${p.education.map((e) => `<div class="card" style="border-color:#0d5c3f"><div class="t">${esc(e.degree)}</div><div class="c">${esc(e.school)}</div><div class="d">${esc(e.city ?? '')} · ${y(e.start)} – ${y(e.end)}</div></div>`).join('')}</div></div>
  <div class="foot"><span>zamcareers.co.zm/candidate/mwila-chanda-4417</span><span>Printed 19/11/2026 · Profile last updated 02/11/2026</span></div>`;
  return doc('en', css, body);
}

// ─────────────────────────────────────────── vistacreate (p04, two-col) ───────────────────────────────────────────
export function vistaCreate(): string {
  const p = personById('p04');
  const jobs = newestFirst(p).map((j) => `<div class="job"><div class="row"><div><div class="t">${esc(j.title)}</div><div class="c">${esc(j.company)}, ${esc(j.city)}</div></div>
   <div class="d">${MON[m(j.start) - 1].toUpperCase()} ${y(j.start)} — ${j.end ? `${MON[m(j.end) - 1].toUpperCase()} ${y(j.end)}` : 'PRESENT'}</div></div>
   <ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('');
  const css = `body{font:10.3px/1.5 "Liberation Sans",sans-serif;color:#3b3b3b}
  .g{display:grid;grid-template-columns:1fr 36%;min-height:262mm}
  .main{padding:4mm 7mm 0 2mm}.side{background:#f3e6d6;padding:7mm 6mm}
  h1{font-family:"Liberation Serif",serif;font-size:33px;letter-spacing:3px;margin:0;color:#2f3b45;line-height:1.05;text-transform:uppercase;font-weight:normal}
  .role{color:#d96b4f;letter-spacing:2px;font-size:10.5px;margin:6px 0 12px;text-transform:uppercase}
  h2{font-size:10.5px;letter-spacing:2.5px;text-transform:uppercase;color:#2f3b45;margin:14px 0 6px;display:flex;align-items:center;gap:6px}
  h2:after{content:"";flex:1;height:1px;background:#d9c3a8}
  .job{margin-bottom:9px}.row{display:flex;justify-content:space-between;gap:8px}.t{font-weight:bold;font-size:11px;color:#2f3b45}.c{font-style:italic;color:#6d6258}
  .d{color:#d96b4f;font-size:9px;letter-spacing:1px;white-space:nowrap;padding-top:2px}
  ul{margin:3px 0 0;padding-left:15px}
  .mono{width:76px;height:76px;border-radius:50%;border:2px solid #d96b4f;display:flex;align-items:center;justify-content:center;font-family:"Liberation Serif",serif;font-size:28px;color:#d96b4f;margin:0 auto 10px;background:#fbf4ec}
  .side h2:after{background:#d9b58f}.ci{display:flex;gap:6px;align-items:flex-start;margin:4px 0;font-size:9.8px;word-break:break-all}
  .side ul{padding-left:14px}.ref{margin-bottom:6px;font-size:9.6px}.ref b{display:block;color:#2f3b45}`;
  const body = `<div class="g"><div class="main"><h1>Litia<br>Naivalu</h1><div class="role">${esc(p.headline)}</div>
  <h2>Profile</h2><div>${esc(p.summary)}</div><h2>Experience</h2>${jobs}
  <h2>Education</h2>${p.education.map((e) => `<div class="job"><div class="row"><div><div class="t">${esc(e.degree)}</div><div class="c">${esc(e.school)}, ${esc(e.city ?? '')}</div></div><div class="d">${y(e.start)} — ${y(e.end)}</div></div></div>`).join('')}
  <h2>Training</h2><ul>${p.certs.map((c) => `<li>${esc(c)}</li>`).join('')}</ul></div>
  <div class="side"><div class="mono">LN</div><h2>Contact</h2>
   <div class="ci">${svg.phone('#d96b4f')}<span>+679 927 4518 (mobile)</span></div><div class="ci">${svg.phone('#d96b4f')}<span>+679 670 2291 (home)</span></div>
   <div class="ci">${svg.mail('#d96b4f')}<span>${p.email}</span></div><div class="ci">${svg.pin('#d96b4f')}<span>${esc(p.address)}</span></div>
   <h2>Skills</h2><ul>${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
   <h2>Languages</h2><ul>${p.languages.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
   <h2>Referees</h2><div class="ref"><b>Mr. Sanjay Prasad</b>General Manager, Nadi Bay Island Resorts Ltd<br>+679 672 4410</div>
   <div class="ref"><b>Ms. Adi Mereoni Tuisawau</b>Director of Sales, Bula Coast Hospitality Group<br>+679 999 3182</div></div></div>`;
  return doc('en', css, body);
}

// ─────────────────────────────────────────── artstation (p06, two-col) ───────────────────────────────────────────
export function artStation(): string {
  const p = personById('p06');
  const software = ['Houdini', 'Unreal Engine 5', 'Unity', 'Maya', 'Substance 3D Designer', 'Perforce', 'Python'];
  const skills = sk(p).filter((s) => !software.includes(s));
  const jobs = newestFirst(p).map((j) => `<div class="xp"><div class="t">${esc(j.title)}</div><div class="c">${esc(j.company)}</div><div class="d">${esc(j.city)}, Canada · ${month(j.start)} - ${j.end ? month(j.end) : 'Present'}</div><div class="ds">${j.bullets.map(esc).join(' ')}</div></div>`).join('');
  const prods = [
    ['Lanterns of Ashgrove (2025, early access)', 'Nordlys Interactive', 'Lead Technical Artist'],
    ['Shardfall: Requiem (2023)', 'Borealis Games Montréal', 'Senior Technical Artist'],
    ['Shardfall (2020)', 'Borealis Games Montréal', 'Technical Artist'],
    ['Tidepool Puzzles 2 (2017, iOS/Android)', 'Studio Pixelune Inc.', 'Junior 3D Artist'],
  ];
  const css = `body{font:10px/1.5 "DejaVu Sans",sans-serif;color:#c9ccd1;background:#131417}
  .bar{display:flex;justify-content:space-between;align-items:center;padding:5px 8px;background:#1c1d21;border-bottom:1px solid #2a2c31;font-size:9.5px;color:#8b9099}
  .bar b{color:#fff;font-size:12px;letter-spacing:.3px}.bar b i{color:#13aff0;font-style:normal}
  .g{display:grid;grid-template-columns:31% 1fr;gap:12px;padding:10px 6px}
  .card{background:#1c1d21;border-radius:5px;padding:10px}.av{width:74px;height:74px;border-radius:50%;background:linear-gradient(135deg,#13aff0,#6c4fd8);display:flex;align-items:center;justify-content:center;color:#fff;font-size:26px;margin:0 auto 8px}
  .nm{color:#fff;font-size:14px;font-weight:bold;text-align:center}.hd{text-align:center;font-size:9.6px;color:#a3a8b0}.loc{text-align:center;font-size:9px;color:#8b9099;margin:3px 0 8px}
  .btn{display:flex;gap:5px;justify-content:center;margin-bottom:8px}.btn span{background:#13aff0;color:#fff;border-radius:3px;padding:2px 9px;font-size:9px}.btn span+span{background:#2a2c31}
  h3{font-size:9.5px;color:#fff;text-transform:uppercase;letter-spacing:.6px;margin:10px 0 4px;border-top:1px solid #2a2c31;padding-top:7px}
  .chip{display:inline-block;background:#2a2c31;border-radius:3px;padding:1px 6px;margin:0 3px 3px 0;font-size:9px;color:#dfe2e6}
  .ci{font-size:9.4px;word-break:break-all;margin:2px 0}
  .tabs{display:flex;gap:14px;border-bottom:1px solid #2a2c31;margin-bottom:8px;font-size:10px;color:#8b9099}.tabs span{padding-bottom:4px}.tabs .on{color:#fff;border-bottom:2px solid #13aff0}
  h2{color:#fff;font-size:12px;margin:10px 0 5px}.xp{margin-bottom:8px}.t{color:#fff;font-weight:bold;font-size:10.8px}.c{color:#13aff0}.d{font-size:9px;color:#8b9099}.ds{font-size:9.5px;margin-top:2px}
  table{border-collapse:collapse;width:100%;font-size:9.4px} td{padding:3px 4px;border-bottom:1px solid #2a2c31;vertical-align:top}
  .foot{font-size:8px;color:#6b7079;display:flex;justify-content:space-between;padding:2px 6px}`;
  const body = `<div class="bar"><b>Art<i>Hangar</i></b><span>Explore · Learning · Jobs · Prints</span></div>
  <div class="g"><div class="card"><div class="av">ÉT</div><div class="nm">${esc(p.name)}</div><div class="hd">${esc(p.headline)}</div><div class="loc">Montréal, Canada</div>
   <div class="btn"><span>Follow</span><span>Message</span></div>
   <h3>Contact information</h3><div class="ci">${p.email}</div><div class="ci">+1 ${p.phoneLocal}</div><div class="ci">arthangar.com/emilietr</div>
   <h3>Software proficiency</h3>${software.map((s) => `<span class="chip">${esc(s)}</span>`).join('')}
   <h3>Skills</h3>${skills.map((s) => `<span class="chip">${esc(s)}</span>`).join('')}
   <h3>Languages</h3>${p.languages.map((s) => `<div class="ci">${esc(s)}</div>`).join('')}
   <h3>Stats</h3><div class="ci">Member since September 2014 · 2,418 followers · 63 projects</div></div>
  <div><div class="tabs"><span>Portfolio</span><span>Likes</span><span>Following</span><span class="on">Resume</span></div>
   <h2>Summary</h2><div>${esc(p.summary)}</div>
   <h2>Experience</h2>${jobs}
   <h2>Production experience</h2><table>${prods.map((r) => `<tr><td style="color:#fff">${esc(r[0])}</td><td>${esc(r[1])}</td><td>${esc(r[2])}</td></tr>`).join('')}</table>
   <h2>Education</h2>${p.education.map((e) => `<div class="xp"><div class="t">${esc(e.degree)}</div><div class="c">${esc(e.school)}</div><div class="d">${y(e.start)} - ${y(e.end)}</div></div>`).join('')}
   <h2>Certifications</h2>${p.certs.map((c) => `<div class="ds">${esc(c)}</div>`).join('')}</div></div>
  <div class="foot"><span>https://www.arthangar.com/emilietr/resume</span><span>11/21/26, 9:47 PM</span></div>`;
  return doc('en', css, body);
}

// ─────────────────────────────────────────── jiaozhen (p11, two-col) ───────────────────────────────────────────
export function jiaoZhen(): string {
  const p = personById('p11');
  const sy = (ym: string) => (m(ym) >= 8 ? y(ym) - 1911 : y(ym) - 1912); // 學年度
  const term = (j: Job) => {
    const a = sy(j.start), b = j.end ? sy(j.end) : null;
    if (!j.end) return `${a}學年度～迄今`;
    if (a === b) return `${a}學年度${m(j.start) >= 8 && m(j.end) <= 1 ? '上學期' : m(j.start) >= 2 && m(j.start) <= 7 ? '下學期' : ''}`;
    return `${a}～${b}學年度`;
  };
  const jobs = newestFirst(p).map((j) => `<div class="it"><div class="dot"></div><div class="sy">${term(j)}</div><div class="ym">${y(j.start)}.${pad(m(j.start))}～${j.end ? `${y(j.end)}.${pad(m(j.end))}` : '迄今'}</div>
   <div class="sc">${esc(j.company)}</div><div class="ti">${esc(j.title)}</div><div class="ds">${j.bullets.map(esc).join('；')}</div></div>`).join('');
  const css = `body{font:10.4px/1.6 "Noto Sans CJK TC",sans-serif;color:#2e3b36}
  .band{background:#3d7a66;color:#fff;padding:7px 10px;display:flex;justify-content:space-between;align-items:center}
  .band b{font-size:14px;letter-spacing:1px}.band span{font-size:9.5px}
  .sub{display:flex;justify-content:space-between;font-size:9.5px;color:#5b6b64;padding:4px 2px;border-bottom:1px solid #cfe0d8;margin-bottom:8px}
  .g{display:grid;grid-template-columns:34% 1fr;gap:12px}
  .side{background:#eef5f1;border-radius:6px;padding:10px}.ph{width:92px;height:118px;margin:0 auto 6px;border:1px solid #b7cfc4}
  .nm{text-align:center;font-size:20px;font-weight:bold;letter-spacing:4px;color:#234a3d}.en{text-align:center;font-size:9.5px;color:#5b6b64;margin-bottom:6px}
  h3{font-size:11px;color:#3d7a66;margin:10px 0 3px;border-bottom:1px dashed #a9c6b9}
  .kv{font-size:9.8px;margin:1px 0;word-break:break-all}.side ul{margin:0;padding-left:14px;font-size:9.8px}
  h2{font-size:13px;color:#234a3d;margin:0 0 5px;padding:2px 8px;background:linear-gradient(90deg,#d8eae2,transparent);border-left:4px solid #3d7a66}h2:not(:first-child){margin-top:12px}
  .tl{border-left:2px solid #9cc3b2;margin-left:6px;padding-left:12px}.it{position:relative;margin-bottom:8px}.dot{position:absolute;left:-18px;top:5px;width:10px;height:10px;border-radius:50%;background:#3d7a66;border:2px solid #fff}
  .sy{font-weight:bold;color:#3d7a66;display:inline}.ym{display:inline;margin-left:6px;font-size:9.4px;color:#6c7a74}.sc{font-weight:bold}.ti{color:#5b6b64}.ds{font-size:9.8px}
  table{border-collapse:collapse;width:100%;font-size:9.8px}td{border-bottom:1px solid #dbe8e2;padding:2px 3px;vertical-align:top}
  p{margin:2px 0;text-indent:2em}.foot{text-align:center;font-size:9px;color:#7c8b85;margin-top:8px}`;
  const body = `<div class="band"><b>115學年度 臺中市國民小學教師聯合甄選　備審資料</b><span>准考證號碼：E115-0237</span></div>
  <div class="sub"><span>報考類科：國小英語專長</span><span>考生：林佩蓁</span><span>資料共 12 頁（本頁為 P.2 個人簡歷）</span></div>
  <div class="g"><div class="side"><div class="ph">${svg.person('#a9c6b9', '#f7fbf9')}</div><div class="nm">林佩蓁</div><div class="en">LIN, PEI-ZHEN</div>
   <h3>聯絡方式</h3><div class="kv">手機：${p.phoneLocal}</div><div class="kv">住家：(04)2536-7718</div><div class="kv">E-mail：${p.email}</div><div class="kv">地址：${p.address}</div>
   <h3>證照</h3><ul>${p.certs.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
   <h3>專長</h3><ul>${sk(p).map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
   <h3>語言</h3><div class="kv">${p.languages.join('、')}</div></div>
  <div><h2>學歷</h2><table>${p.education.map((e) => `<tr><td style="width:30%">${y(e.start) - 1911}.${pad(m(e.start))}～${y(e.end) - 1911}.${pad(m(e.end))}</td><td>${esc(e.school)}　${esc(e.degree)}</td></tr>`).join('')}</table>
   <h2>教學經歷</h2><div class="tl">${jobs}</div>
   <h2>教學理念</h2><p>「讓每個孩子都敢開口說英語。」我相信語言學習需要安全感與成就感，因此在課堂中以分層任務與合作學習，讓不同程度的學生都有可以完成的挑戰；並善用資訊科技，讓學生在課後也能延續學習。</p>
   <h2>特殊表現</h2><table><tr><td style="width:30%">112學年度</td><td>指導學生參加臺中市英語讀者劇場比賽　國小組優等</td></tr><tr><td>113學年度</td><td>學校雙語課程試辦計畫　協同教師</td></tr></table></div></div>
  <div class="foot">— 2 —</div>`;
  return doc('zh-TW', css, body);
}

// ─────────────────────────────────────────── rigcareers (p13, two-col) ───────────────────────────────────────────
export function rigCareers(): string {
  const p = personById('p13');
  const jobs = newestFirst(p).map((j) => `<div class="xp"><div class="t">${esc(j.title)} · <span class="c">${esc(j.company)}</span></div>
   <div class="d">${esc(j.city)}, ${esc(j.country ?? '')} · Onshore · Rotation ${esc(j.rotation ?? '')} · ${mon(j.start)} – ${j.end ? mon(j.end) : 'Present'}</div>
   <div class="cl">Client: ${esc(j.client ?? '')} &nbsp;|&nbsp; ${esc(j.asset ?? '')}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('');
  const css = `body{font:10px/1.45 "Liberation Sans","Noto Sans CJK SC",sans-serif;color:#222}
  .hdr{display:flex;justify-content:space-between;align-items:center;border-bottom:4px solid #e2591b;padding-bottom:4px}
  .hdr b{font-size:15px;color:#1f2d3d}.hdr b i{color:#e2591b;font-style:normal}.hdr span{font-size:9px;color:#666}
  .g{display:grid;grid-template-columns:33% 1fr;gap:12px;margin-top:10px}
  .side{border:1px solid #d7dbe0;border-top:4px solid #1f2d3d;padding:9px}
  .av{width:58px;height:58px;background:#1f2d3d;color:#fff;border-radius:4px;display:flex;align-items:center;justify-content:center;font-size:20px}
  .nm{font-size:18px;font-weight:bold;margin-top:6px}.nm2{font-size:11px;color:#444}.role{color:#e2591b;font-weight:bold;margin:4px 0}
  h3{font-size:9.6px;text-transform:uppercase;letter-spacing:.6px;color:#1f2d3d;background:#eef1f4;padding:2px 5px;margin:10px 0 4px}
  .kv{font-size:9.4px;margin:2px 0;word-break:break-all}.kv b{color:#555}
  h2{font-size:12px;color:#1f2d3d;margin:0 0 5px;border-bottom:2px solid #1f2d3d}h2:not(:first-child){margin-top:11px}
  .xp{margin-bottom:8px}.t{font-weight:bold;font-size:10.8px}.c{color:#e2591b}.d{font-size:9.2px;color:#555}.cl{font-size:9.2px;color:#1f2d3d;background:#f6f7f9;display:inline-block;padding:0 4px;margin-top:1px}
  ul{margin:2px 0;padding-left:15px}.sk{display:grid;grid-template-columns:1fr 1fr;gap:2px 8px}.sk div{display:flex;gap:4px;align-items:center}
  .foot{margin-top:8px;font-size:8.4px;color:#777;display:flex;justify-content:space-between;border-top:1px solid #ddd;padding-top:2px}`;
  const body = `<div class="hdr"><b>Rig<i>Careers</i> · Candidate Profile</b><span>Oil &amp; Gas · Drilling · Candidate ID RC-884127 · Updated 12 Nov 2026</span></div>
  <div class="g"><div class="side"><div class="av">GJ</div><div class="nm">郭建伟</div><div class="nm2">Jianwei (William) Guo</div><div class="role">${esc(p.headline)}</div>
   <div class="kv">${svg.pin()} Hoima, Uganda</div>
   <h3>Contact</h3><div class="kv"><b>Mobile:</b> +256 774 318 629</div><div class="kv"><b>Email:</b> ${p.email}</div><div class="kv"><b>WeChat:</b> guojw_drill</div>
   <h3>Availability</h3><div class="kv"><b>Rotation:</b> 28/28 (or 35/35)</div><div class="kv"><b>Notice:</b> 4 weeks</div><div class="kv"><b>Nationality:</b> Chinese · Passport valid 2031</div><div class="kv"><b>Regions:</b> East Africa, Middle East, Central Asia</div>
   <h3>Certifications</h3>${p.certs.map((c) => `<div class="kv">• ${esc(c)}</div>`).join('')}
   <h3>Languages</h3>${p.languages.map((c) => `<div class="kv">${esc(c)}</div>`).join('')}</div>
  <div><h2>Profile summary</h2><div>${esc(p.summary)}</div><h2>Experience</h2>${jobs}
   <h2>Core skills</h2><div class="sk">${sk(p).map((s) => `<div>${svg.check('#e2591b')}${esc(s)}</div>`).join('')}</div>
   <h2>Education</h2>${p.education.map((e) => `<div class="xp"><div class="t">${esc(e.degree)}</div><div class="d">${esc(e.school)}, ${esc(e.city ?? '')} · ${y(e.start)} – ${y(e.end)}</div></div>`).join('')}</div></div>
  <div class="foot"><span>www.rigcareers.net/profile/RC-884127</span><span>Printed for employer use — 1/1</span></div>`;
  return doc('en', css, body);
}

// ─────────────────────────────────────────── thaijobs (p15, two-col) ───────────────────────────────────────────
export function thaiJobs(): string {
  const p = personById('p15');
  const jobs = newestFirst(p).map((j) => `<table class="xp"><tr><th>Period</th><td>${MON[m(j.start) - 1]} ${y(j.start)} - ${j.end ? `${MON[m(j.end) - 1]} ${y(j.end)}` : 'Present'} <span class="g2">(${durEn(j.start, j.end, false)})</span></td></tr>
   <tr><th>Company</th><td><b>${esc(j.company)}</b></td></tr><tr><th>Location</th><td>${esc(j.city)}, ${esc(j.country ?? '')}</td></tr><tr><th>Position</th><td>${esc(j.title)}</td></tr>
   <tr><th>Responsibilities</th><td>${j.bullets.map((b) => `- ${esc(b)}`).join('<br>')}</td></tr></table>`).join('');
  const css = `body{font:10px/1.45 Tahoma,"Liberation Sans","WenQuanYi Zen Hei",sans-serif;color:#333}
  .top{background:#0e63b5;color:#fff;padding:6px 10px;display:flex;justify-content:space-between;align-items:center}.top b{font-size:14px}.top span{font-size:9px}
  .sub{font-size:9px;color:#666;padding:3px 2px 6px;display:flex;justify-content:space-between}
  .g{display:grid;grid-template-columns:30% 1fr;gap:10px}
  .side{background:#f2f6fa;border:1px solid #d5e0ec;padding:8px}.ph{width:86px;height:108px;margin:0 auto 6px;border:1px solid #c6d3e0}
  .nm{text-align:center;font-size:18px;font-weight:bold}.nm2{text-align:center;font-size:10px;color:#444;margin-bottom:6px}
  h3{font-size:10px;background:#0e63b5;color:#fff;padding:2px 5px;margin:8px 0 3px}
  table.pi{width:100%;border-collapse:collapse;font-size:9.3px}table.pi td{padding:1px 2px;vertical-align:top;word-break:break-all}table.pi td:first-child{color:#666;width:46%}
  h2{font-size:11.5px;color:#0e63b5;border-bottom:2px solid #0e63b5;margin:0 0 5px;padding-bottom:1px}h2:not(:first-child){margin-top:10px}
  table.xp{width:100%;border-collapse:collapse;margin-bottom:6px;font-size:9.6px}table.xp th{width:22%;text-align:left;background:#f2f6fa;color:#555;font-weight:normal;padding:2px 5px;border:1px solid #dde5ee;vertical-align:top}table.xp td{padding:2px 5px;border:1px solid #dde5ee}
  .g2{color:#888}.sk{columns:2;margin:0;padding-left:15px}.foot{margin-top:6px;font-size:8.4px;color:#888;text-align:right}`;
  const body = `<div class="top"><b>ThaiJobConnect · Resume (English)</b><span>Resume ID 2847105</span></div>
  <div class="sub"><span>Job seeker resume — for registered employers only</span><span>Last updated: 20 Nov 2026</span></div>
  <div class="g"><div class="side"><div class="ph">${svg.person()}</div><div class="nm">王博文</div><div class="nm2">Mr. Bowen Wang (Kevin)</div>
   <h3>Personal information</h3><table class="pi"><tr><td>Gender</td><td>Male</td></tr><tr><td>Age</td><td>${age(p)} years</td></tr><tr><td>Nationality</td><td>Chinese</td></tr><tr><td>Religion</td><td>None</td></tr><tr><td>Height / Weight</td><td>176 cm / 72 kg</td></tr><tr><td>Marital status</td><td>Married</td></tr><tr><td>Military status</td><td>N/A (foreigner)</td></tr><tr><td>Driving licence</td><td>Car (Thai licence)</td></tr><tr><td>Own vehicle</td><td>Car</td></tr></table>
   <h3>Contact</h3><table class="pi"><tr><td>Mobile</td><td>${p.phoneLocal}</td></tr><tr><td>E-mail</td><td>${p.email}</td></tr><tr><td>Address</td><td>${esc(p.address)}</td></tr><tr><td>LINE ID</td><td>bowen.wang.ev</td></tr></table>
   <h3>Language ability</h3><table class="pi"><tr><td>Chinese</td><td>Native</td></tr><tr><td>English</td><td>Speak: Good · Read: Good · Write: Good</td></tr><tr><td>Thai</td><td>Speak: Fair · Read: – · Write: –</td></tr></table>
   <h3>Typing speed</h3><table class="pi"><tr><td>Thai</td><td>– wpm</td></tr><tr><td>English</td><td>42 wpm</td></tr></table></div>
  <div><h2>Desired job</h2><table class="xp"><tr><th>Position(s)</th><td>Process Engineering Manager / Production Manager / Plant Engineering Manager</td></tr><tr><th>Work location</th><td>Rayong, Chonburi, Chachoengsao</td></tr><tr><th>Expected salary</th><td>THB 150,000 + / month</td></tr><tr><th>Available</th><td>1 month after notice</td></tr></table>
   <h2>Work experience</h2>${jobs}
   <h2>Education</h2><table class="xp"><tr><th>Level</th><td>Bachelor's degree</td></tr><tr><th>Institution</th><td>${esc(p.education[0].school)}</td></tr><tr><th>Faculty / Major</th><td>Materials Science &amp; Engineering</td></tr><tr><th>Year</th><td>${y(p.education[0].start)} - ${y(p.education[0].end)} · GPA 3.21</td></tr></table>
   <h2>Special skills</h2><ul class="sk">${sk(p).map((s) => `<li>${esc(s)}</li>`).join('')}</ul>
   <h2>Training / certificates</h2><ul style="margin:0;padding-left:15px">${p.certs.map((s) => `<li>${esc(s)}</li>`).join('')}</ul></div></div>
  <div class="foot">Printed 21/11/2026 15:02</div>`;
  return doc('en', css, body);
}

// ─────────────────────────────────────────── dubaijobs (p16, two-col) ───────────────────────────────────────────
export function dubaiJobs(): string {
  const p = personById('p16');
  const jobs = newestFirst(p).map((j) => `<div class="xp"><div class="t">${esc(j.title)}</div><div class="c">${esc(j.company)} · ${esc(j.city)}, ${esc(j.country ?? '')}</div><div class="d">${MON[m(j.start) - 1]} ${y(j.start)} - ${j.end ? `${MON[m(j.end) - 1]} ${y(j.end)}` : 'Present'}</div><ul>${j.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('');
  const css = `body{font:10.2px/1.45 "Liberation Sans","Noto Sans CJK SC",sans-serif;color:#2c2c2c}
  .top{display:flex;justify-content:space-between;align-items:center;border-bottom:1px solid #e5e5e5;padding-bottom:5px}.top b{color:#e0312f;font-size:16px;letter-spacing:-.3px}.top span{font-size:9px;color:#777}
  .g{display:grid;grid-template-columns:34% 1fr;gap:14px;margin-top:10px}
  .side{border:1px solid #ececec;border-radius:8px;padding:10px;background:#fafafa}
  .av{width:60px;height:60px;border-radius:50%;background:#e0312f;color:#fff;font-size:22px;display:flex;align-items:center;justify-content:center}
  .nm{font-size:17px;font-weight:bold;margin-top:6px}.nm2{font-size:10.5px;color:#555}.hd{color:#777;font-size:9.6px;margin:3px 0 6px}
  h3{font-size:10px;color:#222;margin:10px 0 3px;padding-bottom:2px;border-bottom:1px solid #e5e5e5}
  .kv{display:flex;justify-content:space-between;gap:6px;font-size:9.4px;margin:2px 0}.kv span:first-child{color:#777}.kv span:last-child{text-align:right;word-break:break-all}
  .btn{background:#e0312f;color:#fff;border-radius:4px;text-align:center;padding:3px;margin-top:8px;font-size:9.5px}
  h2{font-size:12.5px;margin:0 0 6px}h2:not(:first-child){margin-top:12px}.xp{border:1px solid #ececec;border-radius:6px;padding:6px 8px;margin-bottom:6px}
  .t{font-weight:bold;font-size:11px}.c{color:#444}.d{font-size:9.2px;color:#888}ul{margin:3px 0 0;padding-left:15px}
  .chip{display:inline-block;background:#f2f2f2;border-radius:12px;padding:1px 8px;margin:0 4px 4px 0;font-size:9.4px}
  .foot{margin-top:8px;font-size:8.4px;color:#999;display:flex;justify-content:space-between}`;
  const body = `<div class="top"><b>khaleej<span style="color:#222">classifieds</span> · Jobs</b><span>Jobs › Candidates › Logistics &amp; Supply Chain › Profile</span></div>
  <div class="g"><div class="side"><div class="av">SL</div><div class="nm">李雪晴</div><div class="nm2">Snow Li (Li Xueqing)</div><div class="hd">${esc(p.headline)}</div>
   <h3>Contact</h3><div class="kv"><span>Phone</span><span>+971 55 246 8031</span></div><div class="kv"><span>Email</span><span>${p.email}</span></div>
   <h3>Details</h3><div class="kv"><span>Nationality</span><span>China</span></div><div class="kv"><span>Current location</span><span>Al Barsha, Dubai</span></div><div class="kv"><span>Visa status</span><span>Employment visa</span></div><div class="kv"><span>Notice period</span><span>1 month</span></div><div class="kv"><span>Career level</span><span>Management</span></div><div class="kv"><span>Experience</span><span>12 years</span></div><div class="kv"><span>Expected salary</span><span>AED 22,000 / month</span></div><div class="kv"><span>Driving licence</span><span>UAE</span></div>
   <h3>Languages</h3>${p.languages.map((l) => `<div class="kv"><span>${esc(l.split(' (')[0])}</span><span>${esc(l.split(' (')[1]?.replace(')', '') ?? '')}</span></div>`).join('')}
   <div class="btn">Download CV (PDF)</div></div>
  <div><h2>About</h2><div>${esc(p.summary)}</div><h2>Work experience</h2>${jobs}
   <h2>Skills</h2><div>${sk(p).map((s) => `<span class="chip">${esc(s)}</span>`).join('')}</div>
   <h2>Education</h2>${p.education.map((e) => `<div class="xp"><div class="t">${esc(e.degree)}</div><div class="c">${esc(e.school)} · ${esc(e.city ?? '')}</div><div class="d">${y(e.start)} - ${y(e.end)}</div></div>`).join('')}
   <h2>Certifications</h2><div>${p.certs.map((c) => `<span class="chip">${esc(c)}</span>`).join('')}</div></div></div>
  <div class="foot"><span>Profile viewed by employers: 37 in the last 30 days</span><span>Printed 23/11/2026</span></div>`;
  return doc('en', css, body);
}
