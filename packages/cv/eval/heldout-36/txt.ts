/**
 * heldout-36: the four plain-text documents.
 */
import { byId } from './people.ts';
import { d, monthsOf } from './lib.ts';

const pad = (s: string, n: number) => {
  // display width: CJK counts double
  const w = Array.from(s).reduce((a, c) => a + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
  return s + ' '.repeat(Math.max(1, n - w));
};

/* p05 — finger(1) output of a sysadmin whose ~/.plan is her CV */
function finger(): string {
  const p = byId('p05');
  const L: string[] = [];
  L.push('$ finger schoden@tsheri.bt', '[tsheri.bt]');
  L.push('Login: schoden        \t\t\tName: Sonam Choden');
  L.push('Directory: /home/schoden            \tShell: /bin/bash');
  L.push('On since Tue Nov  3 08:12 (+06) on pts/1 from 10.20.4.17');
  L.push('No mail.');
  L.push('Project: keeping core-banking deploys boring.');
  L.push('Plan:');
  L.push('');
  L.push('SONAM CHODEN -- DevOps / Systems Engineer -- Thimphu, Bhutan');
  L.push(`mobile ${p.phoneIntl}   mail ${p.email}`);
  L.push('');
  L.push('* now');
  L.push('');
  for (const j of [...p.jobs].reverse()) {
    L.push(`  ${d.iso(j.start)} .. ${j.end ? d.iso(j.end) : 'now    '}  ${j.title}, ${j.company} (${j.town})`);
    for (const x of j.duties) L.push(`                        - ${x}`);
  }
  L.push('');
  L.push('* school');
  L.push('');
  for (const e of p.education) L.push(`  ${d.iso(e.start)} .. ${d.iso(e.end)}  ${e.award}, ${e.school}`);
  L.push('');
  L.push('* tools i actually use');
  L.push('');
  L.push('  ' + p.skills.map((s) => s.s).join(', '));
  L.push('');
  L.push(`* certs: ${p.certificates.join(', ')}    * speaks: ${p.languages.join(', ')}`);
  L.push('');
  L.push('references from the people i work with, ask by mail.');
  return L.join('\n') + '\n';
}

/* p07 — HRIS fixed-width printout of an internal job-posting application */
function hris(): string {
  const p = byId('p07');
  const rule = '='.repeat(96);
  const L: string[] = [];
  L.push('KHG-HR0417                      K I L D O N A N   H O M E   G O O D S                   PAGE    1');
  L.push('RUN 2026-11-04 07:31        INTERNAL JOB POSTING -- APPLICANT PROFILE REPORT          USER HRSVC02');
  L.push(rule);
  L.push(`POSTING NO.: IJP-2026-0288      POSITION: MANAGER, DEMAND & SUPPLY PLANNING     LOCATION: WPG-DC`);
  L.push('');
  L.push(`APPLICANT NAME  : ${p.name}`);
  L.push(`EMPLOYEE NO.    : 0047719                 DEPT : 4410 PLANNING          HIRE DATE : 2022-08-15`);
  L.push(`HOME ADDRESS    : ${p.address.slice(0, 2).join(', ')}`);
  L.push(`PHONE (HOME)    : ${p.phoneNat}            E-MAIL : ${p.email}`);
  L.push('');
  L.push('SECTION 2 - EMPLOYMENT HISTORY (MOST RECENT FIRST)');
  L.push('-'.repeat(96));
  L.push('SEQ  FROM     TO       EMPLOYER                             POSITION                       MTHS');
  L.push('---  -------  -------  -----------------------------------  -----------------------------  ----');
  [...p.jobs].reverse().forEach((j, i) => {
    L.push(`${String(i + 1).padStart(3, '0')}  ${d.iso(j.start)}  ${j.end ? d.iso(j.end) : 'CURRENT'}  ${pad(j.company, 37)}${pad(j.title, 31)}${String(monthsOf(j)).padStart(4)}`);
  });
  L.push('');
  L.push('SECTION 3 - EDUCATION');
  L.push('-'.repeat(96));
  for (const e of p.education) L.push(`     ${d.iso(e.start)}  ${d.iso(e.end)}  ${e.school}`, `                       ${e.award}`);
  L.push('');
  L.push('SECTION 4 - SKILLS (SELF-REPORTED)');
  L.push('-'.repeat(96));
  p.skills.forEach((s, i) => L.push(`     ${String(i + 1).padStart(2)}. ${s.s}`));
  L.push('');
  L.push(`SECTION 5 - CERTIFICATIONS : ${p.certificates.join('; ')}`);
  L.push(`SECTION 6 - LANGUAGES      : ${p.languages.join('; ')}`);
  L.push('');
  L.push(`SUPERVISOR ACKNOWLEDGED    : Y   (Marc Bouchard, 2026-11-03)`);
  L.push(rule);
  L.push('*** END OF REPORT ***');
  return L.join('\r\n') + '\r\n';
}

/* p11 — a Word table 简历 copied into Notepad: tab-separated cells */
function notepad(): string {
  const p = byId('p11');
  const L: string[] = [];
  L.push('个人简历', '');
  L.push(`姓名\t${p.name}\t性别\t男\t出生年月\t1990.07`);
  L.push('民族\t维吾尔族\t政治面貌\t中共党员\t学历\t大专');
  L.push(`联系电话\t${p.phoneNat}\t电子邮箱\t${p.email}`);
  L.push(`现住址\t${p.address.join('')}`);
  L.push('求职意向\t新能源电站安全管理 / 变电运维主管');
  L.push('');
  L.push('工作经历');
  L.push('起止时间\t工作单位\t职务\t主要工作');
  for (const j of p.jobs) L.push(`${d.dot(j.start)}-${d.dot(j.end)}\t${j.company}\t${j.title}\t${j.duties.join(';')}`);
  L.push('');
  L.push('教育经历');
  for (const e of [...p.education].reverse()) L.push(`${d.dot(e.start)}-${d.dot(e.end)}\t${e.school}\t${e.award}`);
  L.push('');
  L.push('专业技能');
  L.push(p.skills.map((s) => s.s).join('\t'));
  L.push('');
  L.push(`证书\t${p.certificates.join('、')}`);
  L.push(`语言\t${p.languages.join('、')}`);
  L.push('');
  L.push('自我评价\t退役军人,吃苦耐劳,服从安排,有较强的安全意识和团队管理能力。');
  return '\ufeff' + L.join('\r\n') + '\r\n';
}

/* p14 — agency candidate data sheet copied from Excel: TSV */
function excel(): string {
  const p = byId('p14');
  const L: string[] = [];
  L.push('CANDIDATE DATA SHEET\t\t\t\t\t');
  L.push('Agency\tStraits Talent Partners Sdn. Bhd.\t\tConsultant\tNurul Aina\t');
  L.push(`Candidate\t${p.name} (WONG JUN JIE)\t\tPreferred name\tJeffrey\t`);
  L.push(`Mobile\t${p.phoneNat}\t\tEmail\t${p.email}\t`);
  L.push(`Address\t"${p.address.join(', ')}"\t\tNationality\tMalaysian\t`);
  L.push('Notice period\t1 month\t\tExpected salary (RM)\t16,500\t');
  L.push('\t\t\t\t\t');
  L.push('EMPLOYMENT HISTORY\t\t\t\t\t');
  L.push('No.\tStart (MMM-YY)\tEnd (MMM-YY)\tCompany\tPosition\tYears');
  [...p.jobs].reverse().forEach((j, i) => {
    const yy = (s: string) => `${d.monShort(s)}-${s.slice(2, 4)}`;
    L.push(`${i + 1}\t${yy(j.start)}\t${j.end ? yy(j.end) : 'Present'}\t${j.company}\t${j.title}\t${(monthsOf(j) / 12).toFixed(1)}`);
  });
  L.push('\t\t\t\t\t');
  L.push('EDUCATION\t\t\t\t\t');
  for (const e of p.education) L.push(`\t${d.year(e.start)}\t${d.year(e.end)}\t${e.school}\t${e.award}\t`);
  L.push('\t\t\t\t\t');
  L.push('KEY SKILLS\t\t\t\t\t');
  for (const s of p.skills) L.push(`\t${s.s}\t\t\t\t`);
  L.push('\t\t\t\t\t');
  L.push(`CERTIFICATIONS\t${p.certificates.join('; ')}\t\t\t\t`);
  L.push(`LANGUAGES\t${p.languages.join('; ')}\t\t\t\t`);
  return L.join('\r\n') + '\r\n';
}

export interface TxtDoc { person: string; template: string; layout: 'single' | 'table'; build: () => string }
export const txtDocs: TxtDoc[] = [
  { person: 'p05', template: 'finger-plan', layout: 'single', build: finger },
  { person: 'p07', template: 'hris-fixedwidth', layout: 'table', build: hris },
  { person: 'p11', template: 'notepad-tabs', layout: 'table', build: notepad },
  { person: 'p14', template: 'excel-tsv', layout: 'table', build: excel },
];
