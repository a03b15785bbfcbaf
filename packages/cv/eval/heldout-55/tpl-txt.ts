/** heldout-55 — the plain-text templates (written as UTF-8 files). */
import type { Job, Person } from './people.ts';
import { d, newestFirst, range, runs, skills } from './lib.ts';

/** Display width with CJK and full-width characters counted double. */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));

// ───────────────────────────── groff-tbl ─────────────────────────────
/** `resume.ms`: groff -ms source with tbl tables (`.TS` … `.TE`, `T{ … T}` text blocks), as kept by an old Unix hand. */
export function groffTbl(p: Person): string {
  const en = (s: string) => s.replace(/ – /g, ' \\(en ');
  const jobs = newestFirst(p.work)
    .map((j) => `${en(range(j, 'Mon YYYY', { present: 'present' }))}\t${j.title}\tT{\n${j.company}, ${j.city}.\n${j.duties.join(' ')}\nT}`)
    .join('\n');
  const edu = newestFirst(p.education).map((e) => `${en(range(e, 'YYYY', { sep: ' – ' }))}\t${e.degree}\t${e.school}, ${e.city}`).join('\n');
  return `.\\" resume.ms -- ${p.name}
.\\" build: groff -t -ms -Tpdf resume.ms > halvorsen-resume.pdf
.\\" last edited 2026-10-28
.nr PS 10
.nr VS 12
.nr PO 0.9i
.nr LL 6.6i
.ds CH
.ds CF \\*[DY]
.TL
${p.name}
.LP
.ce 3
${p.address}
${p.phoneIntl} \\(bu ${p.email}
${p.headline}
.SH
Summary
.PP
${p.summary}
.SH
Appointments
.TS
tab(\t) expand;
lB lB lB
l l lw(3.2i) .
Period\tPosition\tOrganization and work
_
${jobs}
.TE
.SH
Education
.TS
tab(\t) expand;
lB lB lB
l l l .
Years\tDegree\tInstitution
_
${edu}
.TE
.SH
Technical skills
.IP \\(bu 3
${skills(p).join('\n.IP \\(bu 3\n')}
.SH
Patents
.IP [1] 4
Halvorsen I., Mehta R. \\fICoated high-voltage cathode particles and method of making.\\fP U.S. patent, granted 2022.
.IP [2] 4
Halvorsen I., Brandt K. \\fIContinuous co-precipitation reactor control.\\fP U.S. patent, granted 2023.
.SH
Certification and languages
.LP
${p.certificates.map((c) => `${c.name} (${c.issuer}, ${d(c.date, 'YYYY')})`).join('; ')}.
.br
${p.languages.map((l) => `${l.lang}: ${l.level}`).join('; ')}.
.SH
References
.LP
Available on request. Office line for verification of employment: ${p.others[0].number}.
`;
}

// ───────────────────────────── gherkin-feature ─────────────────────────────
/** `career.feature`: a QA lead's résumé written as a Cucumber/Gherkin feature file with Examples tables. */
export function gherkinFeature(p: Person): string {
  const rows = newestFirst(p.work).map((j) => [d(j.start, 'Mon YYYY'), j.end ? d(j.end, 'Mon YYYY') : 'present', j.company, `${j.city}${j.city === 'Toronto' ? ', Canada' : ', India'}`, j.title]);
  const head = ['from', 'to', 'employer', 'location', 'title'];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const tr = (r: string[]) => `      | ${r.map((c, i) => c.padEnd(w[i])).join(' | ')} |`;
  const sk = skills(p);
  const skw = Math.max(5, ...sk.map((s) => s.length));
  const edu = p.education[0];
  return `# language: en
# career.feature — résumé of ${p.name}, kept in git next to the test suites so it gets reviewed like code.
# There are no step definitions; nothing here is meant to run.

@candidate @qa-lead @open-to-work @toronto
Feature: ${p.name} — ${p.headline}
  As a hiring manager
  I want a candidate's history in a format a test lead would actually choose
  So that I can check it like any other specification

  Background:
    Given the candidate "${p.name}"
    And he can be reached at:
      | channel  | value                           |
      | mobile   | ${p.phoneIntl.padEnd(31)} |
      | email    | ${p.email.padEnd(31)} |
      | location | ${'Toronto, ON, Canada'.padEnd(31)} |
      | status   | ${'Canadian permanent resident'.padEnd(31)} |

  Scenario: Summary
    Then ${p.summary}

  Scenario: Technical skills
    Then he should be fluent in:
      | ${'skill'.padEnd(skw)} |
${sk.map((s) => `      | ${s.padEnd(skw)} |`).join('\n')}

  Scenario Outline: Employment history, most recent first
    Given he worked at "<employer>" in <location>
    And his title was "<title>"
    When the role started in <from>
    Then it lasted until <to>

    Examples:
${tr(head)}
${rows.map(tr).join('\n')}

  Scenario: What he did in each role
${newestFirst(p.work).map((j) => `    # ${j.title} @ ${j.company}\n${j.duties.map((x) => `    * ${x}`).join('\n')}`).join('\n')}

  Scenario: Education
    Given he studied at "${edu.school}", ${edu.city}
    Then he holds a "${edu.degree}"
      | from | to   |
      | ${edu.start.slice(0, 4)} | ${edu.end.slice(0, 4)} |

  Scenario: Certifications
${p.certificates.map((c) => `    * ${c.name} (${d(c.date, 'Mon YYYY')})`).join('\n')}

  Scenario: Languages
${p.languages.map((l) => `    * ${l.lang} — ${l.level}`).join('\n')}

  # Recruiter contact who forwarded this file (not the candidate): ${p.others[0].number}
`;
}

// ───────────────────────────── dita-simpletable ─────────────────────────────
/** A technical writer's CV kept as a DITA topic: contact in a <dl>, jobs and schooling in <simpletable>s. */
export function ditaSimpletable(p: Person): string {
  const x = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const jobs = newestFirst(p.work)
    .map(
      (j) => `        <strow>
          <stentry>${j.start}</stentry>
          <stentry>${j.end ?? 'ongoing'}</stentry>
          <stentry>${x(j.title)}</stentry>
          <stentry>${x(j.company)}</stentry>
          <stentry>${x(j.city)}</stentry>
        </strow>`,
    )
    .join('\n');
  const edu = newestFirst(p.education)
    .map(
      (e) => `        <strow>
          <stentry>${e.start}</stentry>
          <stentry>${e.end}</stentry>
          <stentry>${x(e.degree)}</stentry>
          <stentry>${x(e.school)}</stentry>
          <stentry>${x(e.city ?? '')}</stentry>
        </strow>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE topic PUBLIC "-//OASIS//DTD DITA Topic//EN" "topic.dtd">
<!-- cv_mqv.dita — published with DITA-OT 4.2 (pdf2 + html5). Keep IDs stable: the portfolio site links to them. -->
<topic id="cv_marisol_quintero_vega" xml:lang="en-GB">
  <title>${x(p.name)}</title>
  <shortdesc>${x(p.headline)} — ${x(p.summary)}</shortdesc>
  <prolog>
    <author type="creator">${x(p.name)}</author>
    <critdates><created date="2019-02-11"/><revised modified="2026-11-14"/></critdates>
    <metadata><keywords><keyword>curriculum vitae</keyword><keyword>technical writing</keyword></keywords></metadata>
  </prolog>
  <body>
    <section id="contact">
      <title>Contact</title>
      <dl>
        <dlentry><dt>Mobile</dt><dd>${p.phoneIntl}</dd></dlentry>
        <!-- <dlentry><dt>Mobile (Ecuador, no longer in use)</dt><dd>${p.others[0].number}</dd></dlentry> -->
        <dlentry><dt>E-mail</dt><dd>${p.email}</dd></dlentry>
        <dlentry><dt>Address</dt><dd>${x(p.address)}</dd></dlentry>
      </dl>
    </section>
    <section id="experience">
      <title>Professional experience</title>
      <simpletable id="jobs" relcolwidth="1* 1* 3* 3* 2*" keycol="4">
        <sthead>
          <stentry>From</stentry>
          <stentry>To</stentry>
          <stentry>Role</stentry>
          <stentry>Organization</stentry>
          <stentry>Location</stentry>
        </sthead>
${jobs}
      </simpletable>
${newestFirst(p.work)
  .map((j) => `      <p outputclass="duties"><ph conref="#cv_marisol_quintero_vega/jobs"/>${x(j.company)}:</p>\n      <ul>\n${j.duties.map((t) => `        <li>${x(t)}</li>`).join('\n')}\n      </ul>`)
  .join('\n')}
    </section>
    <section id="education">
      <title>Education and training</title>
      <simpletable id="schools" relcolwidth="1* 1* 3* 3* 2*">
        <sthead>
          <stentry>From</stentry>
          <stentry>To</stentry>
          <stentry>Qualification</stentry>
          <stentry>Institution</stentry>
          <stentry>Location</stentry>
        </sthead>
${edu}
      </simpletable>
    </section>
    <section id="skills">
      <title>Skills</title>
      <ul>
${skills(p).map((s) => `        <li>${x(s)}</li>`).join('\n')}
      </ul>
    </section>
    <section id="languages">
      <title>Languages</title>
      <sl>
${p.languages.map((l) => `        <sli>${x(l.lang)} (${x(l.level)})</sli>`).join('\n')}
      </sl>
    </section>
    <section id="certification">
      <title>Certification</title>
      <p>${x(p.certificates[0].name)}, ${x(p.certificates[0].issuer)}, ${d(p.certificates[0].date, 'Month YYYY')}.</p>
    </section>
  </body>
</topic>
`.replace(/<ph conref="#cv_marisol_quintero_vega\/jobs"\/>/g, '');
}

// ───────────────────────────── ctex-tabular ─────────────────────────────
/** XeLaTeX source kept as the CV (ctexart / xeCJK): work table with start and end each split into 年 and 月 columns. */
export function ctexTabular(p: Person, v: 'zh' | 'tw'): string {
  const tw = v === 'tw';
  const jobs = newestFirst(p.work);
  const ym = (ym: string) => `${ym.slice(0, 4)} & ${ym.slice(5, 7)}`;
  const rows = jobs
    .map((j) => `${ym(j.start)} & ${j.end ? ym(j.end) : `\\multicolumn{2}{c|}{${tw ? '迄今 Present' : '至今'}}`} & ${j.company} & ${j.title} \\\\`)
    .join('\n');
  const edu = newestFirst(p.education).map((e) => `${ym(e.start)} & ${ym(e.end)} & ${e.school} & ${e.degree} \\\\`).join('\n');
  const tex = (x: string) => x.replace(/%/g, '\\%').replace(/&/g, '\\&').replace(/#/g, '\\#');
  const duties = jobs.map((j) => `\\item[\\textbf{${tex(j.company)}}] ${tex(j.duties.join(tw ? ' ' : ''))}`).join('\n');
  const H = tw
    ? { work: '工作經歷 Work Experience', edu: '學歷 Education', sk: '專長 Skills', cert: '證照 Certificates', lang: '語言 Languages', duty: '工作內容 Responsibilities', y: '年', m: '月', s: '起 From', e: '迄 To', c: '公司 Company', t: '職稱 Title', sch: '學校 School', deg: '學位 Degree', self: '自我介紹 About me' }
    : { work: '工作经历', edu: '教育经历', sk: '专业技能', cert: '证书', lang: '语言能力', duty: '工作内容', y: '年', m: '月', s: '起', e: '止', c: '单位', t: '职务', sch: '学校', deg: '专业及学历', self: '自我评价' };
  const head = `\\multicolumn{2}{c|}{${H.s}} & \\multicolumn{2}{c|}{${H.e}} & \\multirow{2}{*}{${H.c}} & \\multirow{2}{*}{${H.t}} \\\\\n${H.y} & ${H.m} & ${H.y} & ${H.m} & & \\\\`;
  const headE = head.replace(H.c, H.sch).replace(H.t, H.deg);
  const preamble = tw
    ? `% !TEX program = xelatex
% 林冠廷 履歷 / résumé source — compile twice (longtable)
\\documentclass[10pt,a4paper]{article}
\\usepackage{xeCJK}
\\setCJKmainfont{Noto Serif CJK TC}
\\setmainfont{TeX Gyre Termes}`
    : `% !TEX program = xelatex
% 宋子航 简历源文件（2026-11 更新）。Overleaf 上编译：XeLaTeX。
\\documentclass[UTF8,10pt,a4paper]{ctexart}`;
  return `${preamble}
\\usepackage[margin=1.7cm]{geometry}
\\usepackage{array,multirow,longtable,booktabs,enumitem}
\\usepackage[hidelinks]{hyperref}
\\pagestyle{empty}
\\setlength{\\parindent}{0pt}
\\newcommand{\\cvsection}[1]{\\vspace{6pt}{\\large\\bfseries #1}\\par\\vspace{2pt}\\hrule\\vspace{4pt}}

\\begin{document}

\\begin{center}
  {\\Huge\\bfseries ${p.name}}${tw ? `\\\\[2pt]\n  {\\large ${p.nameEn}}` : ''}\\\\[6pt]
  ${tw ? '手機 Mobile' : '手机'}：${p.phoneLocal} \\quad ${tw ? 'Email' : '邮箱'}：\\href{mailto:${p.email}}{${p.email.replace(/_/g, '\\_')}} \\quad ${p.city}\\\\[2pt]
  ${p.headline}
\\end{center}

\\cvsection{${H.self}}
${tex(p.summary)}

\\cvsection{${H.work}}
\\begin{longtable}{|c|c|c|c|p{6.2cm}|p{3.6cm}|}
\\hline
${head}
\\hline
\\endhead
${rows.replace(/\\\\\n/g, '\\\\ \\hline\n')} \\hline
\\end{longtable}

\\textbf{${H.duty}}
\\begin{description}[leftmargin=1em,itemsep=1pt]
${duties}
\\end{description}

\\cvsection{${H.edu}}
\\begin{tabular}{|c|c|c|c|p{6.2cm}|p{3.6cm}|}
\\hline
${headE}
\\hline
${edu.replace(/\\\\\n/g, '\\\\ \\hline\n')} \\hline
\\end{tabular}

\\cvsection{${H.sk}}
\\begin{itemize}[itemsep=0pt]
${skills(p).map((s) => `  \\item ${s.replace(/&/g, '\\&').replace(/#/g, '\\#')}`).join('\n')}
\\end{itemize}

\\cvsection{${H.cert}}
${p.certificates.map((c) => `${c.name}（${d(c.date, 'YYYY.MM')}）`).join('\\\\\n')}

\\cvsection{${H.lang}}
${p.languages.map((l) => `${l.lang}：${l.level}`).join('；')}

\\end{document}
`;
}

// ───────────────────────────── zoom-chat ─────────────────────────────
interface ZoomOpts {
  host: string;
  hostLine: string;
  meeting: string;
  start: string;
  blocks: (p: Person) => string[];
  other: { who: string; msg: string };
  dm: { ask: string; reply: string };
}
/** The .txt that Zoom writes with “Save chat”: timestamped “From X to Everyone:” lines with tab-indented messages. */
export function zoomChat(p: Person, o: ZoomOpts): string {
  let t = o.start.split(':').map(Number);
  const tick = (s: number) => {
    let sec = t[0] * 3600 + t[1] * 60 + t[2] + s;
    t = [Math.floor(sec / 3600), Math.floor((sec % 3600) / 60), sec % 60];
    return t.map((n) => String(n).padStart(2, '0')).join(':');
  };
  const msg = (who: string, to: string, text: string, s: number) => `${tick(s)} From ${who} to ${to}:\n${text.split('\n').map((l) => `\t${l}`).join('\n')}`;
  const parts = [msg(o.host, 'Everyone', o.hostLine, 0), msg(p.name, 'Everyone', `Hi everyone, ${o.meeting}`, 93)];
  const blocks = o.blocks(p);
  blocks.forEach((b, i) => parts.push(msg(p.name, 'Everyone', b, 40 + i * 17)));
  parts.push(msg(o.other.who, 'Everyone', o.other.msg, 51));
  parts.push(msg(o.host, `${p.name}(Direct Message)`, o.dm.ask, 38));
  parts.push(msg(p.name, `${o.host}(Direct Message)`, o.dm.reply, 27));
  return parts.join('\n') + '\n';
}

export const zoomBlocks = {
  p01: (p: Person) => [
    `${p.name} — ${p.headline}, HCPC registered, relocating to NSW mid-2027. Short CV below (chat only takes so much!)`,
    `EXPERIENCE\n${newestFirst(p.work).map((j) => `${range(j, 'Mon YYYY', { present: 'present' })}  ${j.title} — ${j.company} (${j.city})`).join('\n')}\nApr 2019 – Sep 2019  career break, travelling (not working)`,
    `SKILLS: ${skills(p).join(', ')}\nEDUCATION: ${p.education.map((e) => `${e.degree}, ${e.school} (${e.end.slice(0, 4)})`).join('; ')}\nLANGUAGES: English, Welsh`,
  ],
  p05: (p: Person) => [
    `${p.name}, ${p.headline}, GMC 7412365. Interested in the Auckland structural fellowship — quick CV:`,
    `Current: ${p.work[p.work.length - 1].title}, ${p.work[p.work.length - 1].company} — since ${d(p.work[p.work.length - 1].start, 'Month YYYY')}\nPrevious posts:\n${newestFirst(p.work)
      .slice(1)
      .map((j) => `• ${range(j, 'Mon YYYY', { sep: '–' })}: ${j.title}, ${j.company}`)
      .join('\n')}`,
    `Procedural/clinical skills: ${skills(p).join('; ')}\nMBBS (2014), MRCP(UK) 2018, MD (Res) 2024`,
  ],
  p12: (p: Person) => [
    `我是${p.name} Kevin，现在在苏州做 SQE 管理，想了解 Supplier Quality Lead 的岗位，简历贴在这里 👇`,
    `工作经历 Work Experience\n${newestFirst(p.work).map((j) => `${range(j, 'YYYY.MM', { sep: '-', present: 'now' })}  ${j.company}  ${j.title}`).join('\n')}`,
    `专业技能 Skills: ${skills(p).join(' / ')}\n教育 Education: ${p.education[0].school}, ${p.education[0].degree}, ${range(p.education[0], 'YYYY.MM', { sep: '-' })}\n证书: IATF 16949 Internal Auditor; Six Sigma Green Belt`,
  ],
};

// ───────────────────────────── jike-post ─────────────────────────────
/** A post in the 即刻 app copied as text: nickname, circle, time, #topics, the CV in the body, counts, comments. */
export function jikePost(p: Person, o: { nick: string; circle: string; when: string; intro: string; tags: string; dateSep: string; present: string; comments: [string, string][]; counts: string }): string {
  const jobs = newestFirst(p.work).map((j) => `${range(j, 'YYYY.MM', { sep: o.dateSep, present: o.present })}  ${j.company}  ${j.title}\n${j.duties.map((x) => `   · ${x}`).join('\n')}`).join('\n');
  return `${o.nick}
${o.when} · 来自圈子「${o.circle}」

${o.tags}
${o.intro}

【基本情况】
${p.name}，${p.gender === 'F' ? '女' : '男'}，${p.born.slice(0, 4)} 年生，现居${p.city}
电话/微信：${p.phoneLocal}
邮箱：${p.email}

【经历】
${jobs}

【技能】
${skills(p).join(' / ')}

【证书】
${p.certificates.map((c) => `${c.name}（${d(c.date, 'YYYY.MM')}）`).join('\n')}

【教育】
${p.education.map((e) => `${range(e, 'YYYY.MM', { sep: o.dateSep })}  ${e.school}  ${e.degree}`).join('\n')}

有合适的机会欢迎私信，或者直接打电话，谢谢大家🙏

${o.counts}

评论
${o.comments.map(([a, b]) => `${a}\n${b}`).join('\n\n')}
`;
}

// ───────────────────────────── lihkg-post ─────────────────────────────
/** A LIHKG (連登) thread in 職場台 copied from the browser: #1 post with the CV, replies with other numbers. */
export function lihkgPost(p: Person): string {
  const jobs = newestFirst(p.work).map((j) => `${range(j, 'Mon YYYY', { sep: ' - ', present: 'Present' })}\n${j.title}\n${j.company}\n${j.duties.map((x) => `- ${x}`).join('\n')}`).join('\n\n');
  return `LIHKG 討論區
職場台
[求職] 做咗 13 年保險 claims 想轉工 / 有冇 ching 介紹 (CV 喺入面)
 87 回覆 · 1 頁 · 2.1K 瀏覽

#1 Karen麥麥 · 2 日前
各位巴打絲打好，本身做 medical / life claims，而家係 AM，想搵 Claims Manager 或者 operations 位，最好九龍區，唔該晒！
CV 放落嚟（已刪咗地址）：

${p.name} ${p.nameEn}
Mobile / WhatsApp: ${p.phoneLocal}
Email: ${p.email}

Work Experience 工作經驗
${jobs}

Skills 技能
${skills(p).join(' | ')}

Education 學歷
${p.education[0].degree}, ${p.education[0].school} (${p.education[0].end.slice(0, 4)})

Qualifications: ALMI (2017), IIQE Papers 1 & 3 (2014)
Languages: 廣東話 / English / 普通話

推 56 · 負評 2

#2 打工仔仔 · 2 日前
> 做咗 13 年保險 claims 想轉工
幫你推，claims 而家真係少人做

#3 Recruiter_Ivan · 2 日前
你好 karen，我哋 agency 有隻 Claims Manager (life) 位喺觀塘，有興趣可以 WhatsApp 我 9315 8802 或者打 office ${p.others[1].number}

#4 麥兜唔係豬 · 1 日前
> #3 Recruiter_Ivan
小心 agency 攞你 CV 周圍 send

#5 Karen麥麥 · 1 日前
> #4
多謝提醒 會問清楚先 🙏
`;
}

// ───────────────────────────── lowyat-post ─────────────────────────────
/** A Lowyat.NET forum thread (Jobs & Career) copied from the browser: post header, the CV, replies. */
export function lowyatPost(p: Person): string {
  const jobs = newestFirst(p.work).map((j) => `${range(j, 'Mon YYYY', { sep: ' - ', present: 'present' })} : ${j.title}, ${j.company} (${j.city})\n${j.duties.map((x) => `   - ${x}`).join('\n')}`).join('\n');
  return `Lowyat.NET > Kopitiam > Jobs & Career > Job Seekers
[Looking for job] Chinese language teacher / curriculum coordinator, 15 yrs, Klang Valley

Topic started by meiling_t, Nov 20 2026, 09:12 PM

post Nov 20 2026, 09:12 PM  #1
meiling_t
Getting Started
Group: Junior Member
Posts: 12
Joined: Aug 2019
From: Klang

Hi all, posting here since a few friends found jobs through this board. Currently curriculum coordinator at an international school, looking for Chinese HOD / coordinator roles in independent Chinese schools or international schools around Klang Valley. Available from Feb 2027 (1 month notice). CV below:

NAME : ${p.name} (${p.nameEn})
H/P  : ${p.phoneLocal} (WhatsApp)
EMAIL: ${p.email}

EXPERIENCE
${jobs}

SKILLS
${skills(p).join(', ')}

EDUCATION
${p.education.map((e) => `${range(e, 'Mon YYYY', { sep: ' - ' })} : ${e.degree}, ${e.school}`).join('\n')}

CERTIFICATES
${p.certificates.map((c) => `${c.name} (${d(c.date, 'YYYY')})`).join('\n')}

LANGUAGES
Mandarin, English, Malay, Cantonese

Thanks for reading, PM me if got opening 🙏


post Nov 21 2026, 08:03 AM  #2
ahboy_puchong
Casual
Group: Junior Member
Posts: 311
Joined: Mar 2015

our tuition centre in Puchong hiring Chinese teacher but part time only la. if ok call the centre ${p.others[1].number}


post Nov 21 2026, 11:47 AM  #3
sitiNZ
On my way
Group: Senior Member
Posts: 1,027
Joined: Jan 2012

QUOTE(meiling_t @ Nov 20 2026, 09:12 PM)
looking for Chinese HOD / coordinator roles
*

try the international schools in Shah Alam, they always looking for Mandarin coordinator. good luck sis
`;
}

export { pad };
export type { Job };
