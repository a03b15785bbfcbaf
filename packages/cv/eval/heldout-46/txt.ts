/** Plain-text templates (UTF-8): SAP list print, HR-XML, JSON Resume, Google Docs Markdown, html2text. */
import type { Job, Person } from './people.ts';
import { rev, asc, skills, f, Y, lastDay, firstDay, ddDotmm, period, type DateStyle } from './lib.ts';

/* ------------------------------------------------------------------------------------------------------------ */
const cut = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s.padEnd(n));
const rowOf = (cols: string[], widths: number[]) => `|${cols.map((c, i) => cut(c, widths[i])).join('|')}|`;
const rule = (widths: number[]) => '-'.repeat(widths.reduce((a, b) => a + b + 1, 1));

/** sap-alv: SAP HCM personnel-master-data print list saved as "unconverted" text (open records end 31.12.9999). */
export function sapAlv(p: Person): string {
  const de = p.id === 'p15';
  const startD = (j: Job) => ddDotmm(j.startDay ?? firstDay(j.start));
  const endD = (j: Job) => (j.end ? ddDotmm(j.endDay ?? lastDay(j.end)) : '31.12.9999');
  const internal = de ? p.work.filter((j) => j.company.startsWith('Krämer')) : p.work.filter((j) => j.company.startsWith('Banque Valmont'));
  const previous = p.work.filter((j) => !internal.includes(j));
  const L = de
    ? { title: 'Personalstammdaten anzeigen — Druckliste', date: 'Datum', page: 'Seite', pn: 'Personalnummer', alt: 'Alternativer Name (IT0182)', cc: 'Buchungskreis', area: 'Personalbereich', it105: 'Infotyp 0105  Kommunikation', it1: 'Infotyp 0001  Organisatorische Zuordnung (Historie)', it23: 'Infotyp 0023  Frühere Arbeitgeber', it24: 'Infotyp 0024  Qualifikationen', it22: 'Infotyp 0022  Ausbildung', beg: 'Beginn', end: 'Ende', typ: 'Typ', txt: 'Bezeichnung', id: 'Kennung/Nummer', pos: 'Planstelle', org: 'Org.-Einheit', co: 'Unternehmen', emp: 'Arbeitgeber', city: 'Ort', ctry: 'Land', ind: 'Branche', job: 'Tätigkeit', q: 'Qualifikation', lvl: 'Ausprägung', mob: 'Mobiltelefon privat', mail: 'E-Mail privat', tel: 'Telefon Firma', sch: 'Ausbildungsstätte', deg: 'Abschluss' }
    : { title: 'Display HR Master Data — print list', date: 'Date', page: 'Page', pn: 'Personnel no.', alt: '', cc: 'Company code', area: 'Personnel area', it105: 'Infotype 0105  Communication', it1: 'Infotype 0001  Organizational Assignment (history)', it23: 'Infotype 0023  Other/Previous Employers', it24: 'Infotype 0024  Qualifications', it22: 'Infotype 0022  Education', beg: 'Start Date', end: 'End Date', typ: 'Type', txt: 'Description', id: 'ID/number', pos: 'Position', org: 'Org. unit', co: 'Company', emp: 'Employer', city: 'City', ctry: 'Ctry', ind: 'Industry', job: 'Job', q: 'Qualification', lvl: 'Proficiency', mob: 'Mobile phone (private)', mail: 'E-mail (private)', tel: 'Office switchboard', sch: 'Institute', deg: 'Certificate' };
  const out: string[] = [];
  const w0 = [10, 10, 44, 30, 46];
  out.push(`${L.title.padEnd(96)}${L.date} 17.11.2026`);
  out.push(`${`${L.pn}    ${de ? '00311754' : '00048217'}   ${de ? p.latin : p.name}`.padEnd(96)}${L.page}      1`);
  if (de) out.push(`${L.alt}   ${p.name}`);
  out.push(`${L.cc}     ${de ? 'CN05 Krämer Antriebstechnik (Taicang) Co., Ltd.' : 'LU01 Banque Valmont Luxembourg S.A.'}`);
  out.push(`${L.area}   ${de ? 'CN50 Taicang / 0001 Werk Taicang' : 'LU10 Luxembourg / 0001 Head office'}`);
  out.push('');
  const since = de ? '01.03.2017' : '01.09.2015';
  const comm = [['0020', L.mob, since, '31.12.9999', p.phoneDisplay], ['0030', L.mail, since, '31.12.9999', p.email],
    ['0005', L.tel, since, '31.12.9999', de ? '+86 512 5357 8800' : p.otherPhones![0].number]];
  const wc = [4, 26, 10, 10, 40];
  out.push(L.it105, rule(wc), rowOf([L.typ, L.txt, L.beg, L.end, L.id], wc), rule(wc), ...comm.map((c) => rowOf(c, wc)), rule(wc), '');
  out.push(L.it1, rule(w0), rowOf([L.beg, L.end, L.pos, L.org, L.co], w0), rule(w0));
  const orgOf = (j: Job) => (de ? (j.title.startsWith('Working') ? 'Prüffeld Stuttgart' : j.title.startsWith('Dev') ? 'Entwicklung Industriegetriebe' : 'Engineering Taicang') : j.title.includes('Oversight') ? 'Fund Administration Oversight' : 'Fund Accounting');
  const posOf = (j: Job) => (de ? (j.title.startsWith('Working') ? 'Werkstudent Prüffeld' : j.title.startsWith('Dev') ? 'Entwicklungsingenieur' : 'Leiter Engineering (Engineering Manager)') : j.title);
  for (const j of rev(internal)) out.push(rowOf([startD(j), endD(j), posOf(j), orgOf(j), j.company], w0));
  out.push(rule(w0), '');
  const w3 = [10, 10, 36, 12, 4, 22, 28];
  const ind = (j: Job) => (de ? 'Automobilzulieferer' : 'Financial services');
  out.push(L.it23, rule(w3), rowOf([L.beg, L.end, L.emp, L.city, L.ctry, L.ind, L.job], w3), rule(w3));
  for (const j of rev(previous)) out.push(rowOf([startD(j), endD(j), j.company, j.town ?? '', de ? 'CN' : 'IE', ind(j), j.title.split(' (')[0]], w3));
  out.push(rule(w3), '');
  const w2 = [10, 10, 44, 44];
  out.push(L.it22, rule(w2), rowOf([L.beg, L.end, L.sch, L.deg], w2), rule(w2));
  for (const e of rev(p.education.map((e) => ({ ...e, start: e.from, end: e.to })))) out.push(rowOf([ddDotmm(firstDay(e.from)), ddDotmm(lastDay(e.to)), e.school, e.degree], w2));
  out.push(rule(w2), '');
  const w4 = [40, 20];
  const lv = de ? ['Sehr gut', 'Sehr gut', 'Sehr gut', 'Gut', 'Sehr gut', 'Sehr gut', 'Sehr gut'] : ['Expert', 'Expert', 'Advanced', 'Advanced', 'Intermediate', 'Expert', 'Advanced'];
  out.push(L.it24, rule(w4), rowOf([L.q, L.lvl], w4), rule(w4), ...skills(p).map((s, i) => rowOf([s, lv[i]], w4)), rule(w4));
  return out.join('\n') + '\n';
}

/* ------------------------------------------------------------------------------------------------------------ */
const x = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const CC: Record<string, string> = { UK: 'GB', Ireland: 'IE', 'New Zealand': 'NZ', Chile: 'CL', China: 'CN', Germany: 'DE', DE: 'DE', Japan: 'JP', Peru: 'PE', Luxembourg: 'LU' };
function hrDate(j: Job, which: 'start' | 'end'): string {
  const v = which === 'start' ? j.start : j.end;
  if (which === 'end' && !v) return '<StringDate>current</StringDate>';
  if (j.print === 'year') return `<Year>${Y(v!)}</Year>`;
  if (j.print === 'season') return `<StringDate>${j.season!.en}</StringDate>`;
  const day = which === 'start' ? j.startDay : j.endDay;
  if (day) return `<AnyDate>${day}</AnyDate>`;
  return `<YearMonth>${v}</YearMonth>`;
}
/** hrxml: HR-XML 2.5 Candidate export from an applicant-tracking system (structured résumé). */
export function hrxml(p: Person): string {
  const zh = p.language !== 'en';
  const groups: { company: string; jobs: Job[] }[] = [];
  for (const j of rev(p.work)) { const g = groups.find((x) => x.company === j.company); if (g) g.jobs.push(j); else groups.push({ company: j.company, jobs: [j] }); }
  const emp = groups.map((g) => `      <EmployerOrg employerOrgType="soleEmployer">
        <EmployerOrgName>${x(g.company)}</EmployerOrgName>
        <EmployerContactInfo>
          <LocationSummary><Municipality>${x(g.jobs[0].town ?? '')}</Municipality><CountryCode>${CC[g.jobs[0].country ?? ''] ?? 'GB'}</CountryCode></LocationSummary>
        </EmployerContactInfo>
${g.jobs.map((j) => `        <PositionHistory positionType="${j.kind === 'internship' ? 'internship' : j.kind === 'part-time' ? 'directHire' : 'directHire'}" currentEmployer="${j.end ? 'false' : 'true'}">
          <Title>${x(j.title)}</Title>
          <OrgName><OrganizationName>${x(j.company)}</OrganizationName></OrgName>
          <Description>${x(j.duties.join('. ') + '.')}</Description>
          <StartDate>${hrDate(j, 'start')}</StartDate>
          <EndDate>${hrDate(j, 'end')}</EndDate>${j.kind === 'part-time' ? '\n          <UserArea><ext:EmploymentType xmlns:ext="urn:talentbridge:ext">part-time</ext:EmploymentType></UserArea>' : ''}
        </PositionHistory>`).join('\n')}
      </EmployerOrg>`).join('\n');
  const edu = rev(p.education.map((e) => ({ ...e, start: e.from, end: e.to }))).map((e) => `      <SchoolOrInstitution schoolType="university">
        <School><SchoolName>${x(e.school)}</SchoolName></School>
        <Degree><DegreeName>${x(e.degree)}</DegreeName>
          <DatesOfAttendance><StartDate><YearMonth>${e.from}</YearMonth></StartDate><EndDate><YearMonth>${e.to}</YearMonth></EndDate></DatesOfAttendance>
        </Degree>
      </SchoolOrInstitution>`).join('\n');
  const other = p.id === 'p01' ? `\n        <ContactMethod><Use>business</Use><Location>office</Location><Telephone><FormattedNumber>${p.otherPhones![0].number}</FormattedNumber></Telephone><WhenAvailable>Contractor office (agency)</WhenAvailable></ContactMethod>` : '';
  const alt = zh ? `\n        <AlternateScript script="Latn"><FormattedName>${x(p.latin!)}</FormattedName></AlternateScript>` : '';
  const given = zh ? (p.id === 'p14' ? '雪晴' : p.given) : p.given;
  const family = zh ? (p.id === 'p14' ? '林' : p.family) : p.family;
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Exported by TalentBridge ATS 7.4 (HR-XML 2.5 Candidate) on 2026-11-18T10:22:31Z; requisition ${p.id === 'p01' ? 'KW-PE-2026-014' : p.id === 'p06' ? 'CL-GEO-2026-031' : 'SH-DA-2026-207'} -->
<Candidate xmlns="http://ns.hr-xml.org/2007-04-15" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xml:lang="${zh ? 'zh' : 'en'}">
  <CandidateRecordInfo><Id><IdValue name="CandidateId">${p.id === 'p01' ? 'C-0048812' : p.id === 'p06' ? 'C-0051270' : 'C-0053964'}</IdValue></Id><Status>Active</Status></CandidateRecordInfo>
  <CandidateProfile>
    <PersonalData>
      <PersonName>
        <FormattedName>${x(p.name)}</FormattedName>
        <GivenName>${x(given)}</GivenName>
        <FamilyName>${x(family)}</FamilyName>${alt}
      </PersonName>
      <ContactMethod><Use>personal</Use><Location>onPerson</Location><Mobile><FormattedNumber>${x(p.phoneDisplay)}</FormattedNumber></Mobile></ContactMethod>
      <ContactMethod><Use>personal</Use><InternetEmailAddress>${x(p.email)}</InternetEmailAddress></ContactMethod>${other}
      <PostalAddress><Municipality>${x(p.town)}</Municipality><DeliveryAddress><AddressLine>${x(p.address)}</AddressLine></DeliveryAddress></PostalAddress>
    </PersonalData>
  </CandidateProfile>
  <Resume>
    <StructuredXMLResume>
      <Objective>${x(p.headline)}</Objective>
      <ExecutiveSummary>${x(p.summary)}</ExecutiveSummary>
      <EmploymentHistory>
${emp}
      </EmploymentHistory>
      <EducationHistory>
${edu}
      </EducationHistory>
      <LicensesAndCertifications>
${p.certificates.map((c) => `        <LicenseOrCertification><Name>${x(c)}</Name></LicenseOrCertification>`).join('\n')}
      </LicensesAndCertifications>
      <Qualifications>
${skills(p).map((s) => `        <Competency name="${x(s).replace(/"/g, '&quot;')}"/>`).join('\n')}
      </Qualifications>
      <Languages>
${p.languages.map((l) => `        <Language><LanguageCode>${/English/.test(l) ? 'en' : /Spanish/.test(l) ? 'es' : /Chinese/.test(l) ? 'zh' : /Norwegian/.test(l) ? 'no' : 'und'}</LanguageCode><Comments>${x(l)}</Comments></Language>`).join('\n')}
      </Languages>
    </StructuredXMLResume>
  </Resume>
</Candidate>
`;
}

/* ------------------------------------------------------------------------------------------------------------ */
/** jsonresume: the resume.json file of the JSON Resume schema kept as the CV. */
export function jsonResume(p: Person): string {
  const mixed = p.language === 'mixed';
  const obj = {
    $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
    basics: {
      name: p.name, label: p.headline, email: p.email, phone: p.phoneDisplay, url: mixed ? '' : 'https://latimer.dev',
      summary: p.summary,
      location: { address: p.address, city: p.town, countryCode: mixed ? 'CN' : 'DE' },
      profiles: mixed ? [{ network: 'LinkedIn', username: 'haoran-sun-mfg', url: 'https://www.linkedin.com/in/haoran-sun-mfg' }, { network: 'WeChat', username: 'sunhr_sh' }] : [{ network: 'GitHub', username: 'olatimer', url: 'https://github.com/olatimer' }, { network: 'LinkedIn', username: 'owenlatimer', url: 'https://www.linkedin.com/in/owenlatimer' }],
      ...(mixed ? { _nameLatin: p.latin } : {}),
    },
    work: rev(p.work).map((j) => ({
      name: j.company, ...(j.companyAlt ? { description: j.companyAlt } : j.kind === 'contract' ? { description: 'Freelance contract' } : {}),
      position: j.titleAlt && mixed ? `${j.title} (${j.titleAlt})` : j.title, location: j.town,
      startDate: j.start, ...(j.end ? { endDate: j.end } : {}),
      summary: j.duties[0], highlights: j.duties.slice(1),
    })),
    education: rev(p.education.map((e) => ({ ...e, start: e.from, end: e.to }))).map((e) => ({ institution: e.schoolAlt ? `${e.school} (${e.schoolAlt})` : e.school, studyType: e.degree.split(' ')[0], area: e.degree.split(' ').slice(1).join(' '), startDate: e.from, endDate: e.to })),
    certificates: p.certificates.map((c) => ({ name: c })),
    skills: skills(p).map((s) => ({ name: s })),
    languages: p.languages.map((l) => ({ language: l.split(' (')[0], fluency: (l.match(/\((.*)\)/) ?? ['', ''])[1] })),
    meta: { version: 'v1.0.0', lastModified: mixed ? '2026-11-09T08:12:44+08:00' : '2026-11-14T19:03:10+01:00', theme: mixed ? 'elegant' : 'even' },
  };
  return JSON.stringify(obj, null, 2) + '\n';
}

/* ------------------------------------------------------------------------------------------------------------ */
const gEsc = (s: string) => s.replace(/([|+*_#\\`])/g, '\\$1').replace(/^-/gm, '\\-').replace(/ - /g, ' \\- ');
/** gdocs-md: a Google Docs CV downloaded as Markdown (.md) — escaped punctuation, bold headings, layout tables. */
export function gdocsMd(p: Person): string {
  const j = p.work[0];
  const L: string[] = [];
  L.push(`# **${p.name}**`, '', `${gEsc(p.address)} \\| ${p.phoneDisplay} \\| [${p.email}](mailto:${p.email})`, '');
  L.push('## **Education**', '');
  L.push('| **University of Castlebridge**, Leeds BSc Actuarial Science — First Class Honours | Sep 2023 – Jul 2026 |', '| :---- | ----: |',
    '| **Holmbrook Sixth Form College**, Leicester A levels: Mathematics (A\\*), Further Mathematics (A\\*), Economics (A) | Sep 2021 – Jul 2023 |', '');
  L.push(`*${gEsc(p.extra!.project)}*`, '');
  L.push('## **Internship**', '');
  L.push(`| **${gEsc(j.company)}**, ${j.town} *${j.title}* | ${j.season!.en} |`, '| :---- | ----: |', '');
  for (const d of j.duties) L.push(`* ${gEsc(d)}  `);
  L.push('', '## **Skills**', '', skills(p).map(gEsc).join(' · '), '');
  L.push('## **Exams and languages**', '', ...p.certificates.map((c) => `* ${gEsc(c)}  `), ...p.languages.map((c) => `* ${gEsc(c)}  `), '');
  L.push('## **Interests**', '', 'Club cricket (scorer), Carnatic violin, parkrun (PB 23:41).', '');
  return L.join('\n');
}

/* ------------------------------------------------------------------------------------------------------------ */
const wrap = (s: string, n = 78) => {
  const out: string[] = []; let line = '';
  const tokens = s.split(/(?<= )/);
  for (const t of tokens) { if ((line + t).trimEnd().length > n) { out.push(line.trimEnd()); line = t.trimStart(); } else line += t; }
  if (line.trim()) out.push(line.trimEnd());
  return out.join('\n');
};
/** html2text: Python html2text (Markdown-ish, 78-column wrap, pipe tables with trailing spaces) of an HTML CV page. */
export function html2text(p: Person): string {
  const zh = p.language === 'zh';
  const L: string[] = [];
  if (!zh) {
    const st: DateStyle = { ym: f.en, present: 'present', since: (y) => `since ${y}` };
    L.push(`# ${p.name}`, '', wrap(`**${p.headline}** · HCPC registered · Lewisham, London`), '');
    L.push(wrap(`Mobile: ${p.phoneDisplay} · Email: [${p.email}](mailto:${p.email}) · Private practice: [talkwelltherapy.co.uk](https://talkwelltherapy.co.uk/)`), '');
    L.push('## About me', '', wrap(p.summary), '');
    L.push('## Where I work', '', 'Dates | Role | Organisation  ', '---|---|---  ');
    for (const j of rev(p.work)) L.push(`${period(j, st)} | ${j.title} | ${j.company}  `);
    L.push('');
    for (const j of rev(p.work)) { L.push(`### ${j.title}`, '', `_${j.company}, ${j.town}_`, ''); for (const d of j.duties) L.push(wrap(`  * ${d}`)); L.push(''); }
    L.push('## Training', '', ...p.education.map((e) => wrap(`  * ${e.degree}, ${e.school} (${Y(e.from)}–${Y(e.to)})`)), '');
    L.push('## What I can help with', '', ...skills(p).map((s) => `  * ${s}`), '');
    L.push('## Registration', '', ...p.certificates.map((s) => `  * ${s}`), '', `Languages: ${p.languages.join('; ')}`, '');
    L.push('* * *', '', '© 2026 TalkWell Therapy · [Privacy](https://talkwelltherapy.co.uk/privacy)', '');
  } else {
    L.push(`# ${p.name} ｜ ${p.headline}`, '', wrap(`📮 [${p.email}](mailto:${p.email}) · ☎ ${p.phoneDisplay} · 📍 上海 · [xiaotang.studio](https://xiaotang.studio/)`), '');
    L.push('## 关于我', '', wrap(p.summary), '');
    L.push('## 经历', '', '时间 | 公司 | 职位  ', '---|---|---  ');
    for (const j of rev(p.work)) L.push(`${f.dot(j.start)}—${j.end ? f.dot(j.end) : '至今'} | ${j.company} | ${j.title}  `);
    L.push('');
    for (const j of rev(p.work)) { L.push(`### ${j.company} · ${j.title}`, ''); for (const d of j.duties) L.push(wrap(`  * ${d}`)); L.push(''); }
    L.push('## 教育', '', ...p.education.map((e) => `  * ${e.school} ${e.degree}（${Y(e.from)}—${Y(e.to)}）`), '');
    L.push('## 擅长', '', ...skills(p).map((s) => `  * ${s}`), '');
    L.push('## 证书 / 语言', '', ...[...p.certificates, ...p.languages].map((s) => `  * ${s}`), '');
    L.push('* * *', '', '© 2026 晓棠设计工作室 · [沪ICP备2021038817号-1](https://beian.miit.gov.cn/)', '');
  }
  return L.join('\n');
}

export { asc };
