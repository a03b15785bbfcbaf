/** Word-made (docx package) application and registration forms, English-language issuers. */
import { D, T, P, H, gap, pageBreak, docx, type RowSpec, type Cell } from './dx.ts';
import type { Person } from './people.ts';
import { fd, range, recent, skill, dob, MONTH, MON, mi, y, m } from './util.ts';

const W = 9638;
const G = 'D9D9D9';
const box = (on: boolean) => (on ? '☒' : '☐');

/** Central Bank of Ireland style Individual Questionnaire (PCF role): label–value block per job, most recent first. */
export async function cbiIq(p: Person): Promise<Buffer> {
  const lv = (l: string, v: string): RowSpec => ({ cells: [{ t: l, shade: 'F2F2F2', sz: 18 }, { t: v, sz: 19 }] });
  const jobs = recent(p.work);
  const blocks: (D.Paragraph | D.Table)[] = [];
  jobs.forEach((j, i) => {
    blocks.push(T([3400, W - 3400], [
      { cells: [{ t: `Employment ${i + 1}`, span: 2, b: true, shade: G }] },
      lv('Name of employer', j.company),
      lv('Address of employer', `${j.town}, Ireland`),
      lv('Nature of business', /Fund Services/.test(j.company) ? 'Fund administration' : 'Investment management / UCITS ManCo'),
      lv('Position(s) held', j.title),
      lv('Date from (MM/YYYY)', fd(j.start, 'MM/YYYY')),
      lv('Date to (MM/YYYY)', fd(j.end, 'MM/YYYY', 'To date')),
      lv('Was the employer a regulated financial service provider?', 'Yes ☒   No ☐'),
      lv('Reason for leaving', j.leaving ?? 'N/A – current employment'),
    ]), gap(5));
  });
  return docx({ font: 'Arial', size: 19, header: 'Individual Questionnaire – PCF-12 Head of Compliance\nConfidential when completed', footer: 'pageof', footerLeft: 'IQ v4.2' , title: 'Individual Questionnaire' }, [
    ...P('CENTRAL BANK OF IRELAND', { b: true, sz: 28, al: 'c' }),
    ...P('Fitness and Probity Regime', { sz: 20, al: 'c' }),
    ...P('Individual Questionnaire (IQ) for Pre-Approval Controlled Functions', { b: true, sz: 24, al: 'c', after: 160 }),
    ...P('Please complete all sections in BLOCK CAPITALS or type. Where a question does not apply write "N/A". Incomplete questionnaires will be returned.', { i: true, sz: 17, after: 120 }),
    H('Section 1 – Applicant details', { shade: G }),
    T([3400, W - 3400], [
      lv('Proposed PCF role', 'PCF-12 Head of Compliance; PCF-15 Head of AML/CFT'),
      lv('Regulated financial service provider', 'Harbourline Capital (Ireland) Limited (C184422)'),
      lv('Full name (as on passport)', p.latin), lv('Title', 'Ms'), lv('Surname', p.family!.toUpperCase()), lv('Forename(s)', p.given!.toUpperCase()),
      lv('Previous names', 'None'), lv('Date of birth (DD/MM/YYYY)', dob(p, 'DD/MM/YYYY')), lv('Nationality', p.nationality),
      lv('PPS number', '7734519TA'),
      lv('Residential address', p.address.join(', ')),
      lv('Mobile telephone', p.phoneShown[0]), lv('E-mail address', p.email),
    ]),
    H('Section 2 – Professional qualifications and memberships', { shade: G, before: 240 }),
    T([4600, 2600, W - 7200], [
      { cells: [{ t: 'Qualification / membership', b: true, shade: 'F2F2F2' }, { t: 'Awarding body', b: true, shade: 'F2F2F2' }, { t: 'Date obtained', b: true, shade: 'F2F2F2' }] },
      ...p.education.map((e) => ({ cells: [e.award, e.school, fd(e.end, 'MM/YYYY')] as Cell[] })),
      { cells: [p.certificates[0], 'Institute of Compliance Practice', '03/2018'] },
      { cells: [p.certificates[1], 'Insurance Institute', '11/2012'] },
    ]),
    H('Section 3 – Employment history', { shade: G, before: 240 }),
    ...P('Provide details of all employment for at least the last 10 years, starting with the current or most recent. Explain any gap of three months or more in Section 3A.', { sz: 17, i: true, after: 100 }),
    ...blocks,
    H('Section 3A – Gaps in employment', { sz: 20 }),
    T([1700, 1700, W - 3400], [
      { cells: [{ t: 'From', b: true, shade: 'F2F2F2' }, { t: 'To', b: true, shade: 'F2F2F2' }, { t: 'Explanation', b: true, shade: 'F2F2F2' }] },
      ...(p.gaps ?? []).map((g) => ({ cells: [fd(g.start, 'MM/YYYY'), fd(g.end, 'MM/YYYY'), g.note] as Cell[] })),
    ]),
    H('Section 4 – Competencies relevant to the proposed PCF role', { shade: G, before: 240 }),
    ...P('List the key skills and areas of expertise you bring to the role:', { sz: 18, after: 60 }),
    ...skill(p).map((s) => new D.Paragraph({ bullet: { level: 0 }, children: [new D.TextRun({ text: s, size: 19 })] })),
    H('Section 5 – Declaration', { shade: G, before: 240 }),
    ...P('I confirm that the information provided in this questionnaire is true and complete to the best of my knowledge and belief. I understand that it is an offence under section 43 of the Central Bank Reform Act 2010 to provide false or misleading information.', { sz: 18, after: 240 }),
    T([2000, 3800, 1000, W - 6800], [{ cells: ['Signature', '', 'Date', '18/11/2026'], h: 600 }]),
  ]);
}

/** Government of Malawi general application form: one row per job, From/To split into month and year, oldest first. */
export async function malawiForm(p: Person): Promise<Buffer> {
  const hd = (t: string, o: Partial<Exclude<Cell, string>> = {}): Cell => ({ t, b: true, shade: 'EDEDED', al: 'c', sz: 17, ...o });
  const jobs = p.work;
  return docx({ font: 'Times New Roman', size: 21, footer: 'page', title: 'Application for Employment' }, [
    ...P('GOVERNMENT OF MALAWI', { b: true, sz: 28, al: 'c' }),
    ...P('DEPARTMENT OF HUMAN RESOURCE MANAGEMENT AND DEVELOPMENT', { b: true, sz: 22, al: 'c' }),
    ...P('APPLICATION FOR EMPLOYMENT IN THE MALAWI PUBLIC SERVICE', { b: true, sz: 22, al: 'c', after: 60 }),
    ...P('(To be completed in the applicant\'s own handwriting or typed)', { i: true, sz: 18, al: 'c', after: 200 }),
    T([2600, 4600, W - 7200], [
      { cells: ['1. Post applied for', 'Monitoring and Evaluation Officer (Grade P8)', { t: 'Affix recent passport-size photograph here', rows: 5, al: 'c', sz: 16 }] },
      { cells: ['2. Surname', p.family!.toUpperCase()] },
      { cells: ['3. First name(s)', p.given!] },
      { cells: ['4. Date of birth', dob(p, 'DD/MM/YYYY')] },
      { cells: ['5. Sex', 'Male'] },
      { cells: ['6. Home village', 'Chimbalanga', { t: 'T/A: Kalumba', sz: 19 }] },
      { cells: ['7. District of origin', 'Mchinji', 'Nationality: Malawian'] },
      { cells: ['8. Postal address', { t: p.address.slice(1).join(', '), span: 2 }] },
      { cells: ['9. Physical address', { t: p.address[0] + ', Lilongwe', span: 2 }] },
      { cells: ['10. Telephone / Cell', { t: p.phoneShown[0], span: 2 }] },
      { cells: ['11. E-mail', { t: p.email, span: 2 }] },
      { cells: ['12. Marital status', { t: 'Married', span: 2 }] },
    ]),
    H('13. EDUCATIONAL AND PROFESSIONAL QUALIFICATIONS'),
    T([3800, 1100, 1100, W - 6000], [
      { cells: [hd('Name of institution'), hd('From'), hd('To'), hd('Qualification obtained')], hdr: true },
      { cells: ['Chilanga Community Day Secondary School', '1998', '2001', 'MSCE'] },
      ...p.education.map((e) => ({ cells: [e.school, y(e.start), y(e.end), e.award] as Cell[] })),
      { cells: ['Malawi Institute of Management', '2018', '2018', p.certificates[0].replace(/ \(2018\)/, '')] },
    ]),
    H('14. EMPLOYMENT RECORD (in chronological order, starting with the first employment)'),
    T([2700, 2100, 650, 650, 650, 650, W - 7450], [
      { cells: [hd('Name and address of employer', { rows: 2 }), hd('Post held', { rows: 2 }), hd('From', { span: 2 }), hd('To', { span: 2 }), hd('Reason for leaving', { rows: 2 })], hdr: true },
      { cells: [hd('Month'), hd('Year'), hd('Month'), hd('Year')], hdr: true },
      ...jobs.map((j) => ({ cant: true, cells: [`${j.company}${j.dept ? ',\n' + j.dept : ''},\n${j.town}`, j.title, { t: m(j.start), al: 'c' }, { t: y(j.start), al: 'c' }, { t: j.end ? m(j.end) : '—', al: 'c' }, { t: j.end ? y(j.end) : 'to date', al: 'c' }, j.leaving ?? 'Currently employed'] as Cell[] })),
    ], { sz: 19 }),
    H('15. BRIEF DESCRIPTION OF PRESENT DUTIES'),
    T([W], [{ cells: [{ t: jobs[jobs.length - 1].duties.map((d) => '• ' + d).join('\n'), va: 't' }], h: 900 }]),
    H('16. OTHER SKILLS (computer, languages, etc.)'),
    T([W / 2, W / 2], [
      { cells: [{ t: 'Skills', b: true, shade: 'EDEDED' }, { t: 'Languages spoken', b: true, shade: 'EDEDED' }] },
      { cells: [{ t: skill(p).join('\n'), va: 't' }, { t: p.languages.join('\n'), va: 't' }] },
    ]),
    H('17. REFEREES (not related to the applicant)'),
    T([2600, 3400, W - 6000], [
      { cells: [hd('Name'), hd('Position and address'), hd('Telephone')] },
      ...p.referees.map((r) => ({ cells: [r.name, `${r.role}, ${r.org}`, r.phone] as Cell[] })),
    ]),
    H('18. DECLARATION'),
    ...P('I certify that the information given above is correct to the best of my knowledge. I understand that any false statement may lead to disqualification or dismissal if appointed.', { after: 300 }),
    ...P('Signature of applicant: ______________________________          Date: 14/11/2026', { after: 200 }),
    T([W], [{ cells: [{ t: 'FOR OFFICIAL USE ONLY\nReceived by: ____________________   Date: ____________   File No.: ____________', sz: 17, shade: 'F7F7F7' }] }]),
  ]);
}

/** Falkland Islands Government application form: From/To each split into Month|Year under merged headings, duties row beneath each job, most recent first, repeated header on page 2. */
export async function falklandsForm(p: Person): Promise<Buffer> {
  const hd = (t: string, o: Partial<Exclude<Cell, string>> = {}): Cell => ({ t, b: true, shade: 'DCE6F1', al: 'c', sz: 17, ...o });
  const rows: RowSpec[] = [
    { cells: [hd('Employer (name and address)', { rows: 2 }), hd('Job title', { rows: 2 }), hd('From', { span: 2 }), hd('To', { span: 2 }), hd('Full or part time', { rows: 2 })], hdr: true },
    { cells: [hd('Month'), hd('Year'), hd('Month'), hd('Year')], hdr: true },
  ];
  for (const j of recent(p.work)) {
    rows.push({ cant: true, cells: [`${j.company}${j.dept ? '\n' + j.dept : ''}\n${j.town}`, j.title, { t: MON[mi(j.start) - 1], al: 'c' }, { t: y(j.start), al: 'c' }, { t: j.end ? MON[mi(j.end) - 1] : 'Current', al: 'c', span: j.end ? 1 : 2 }, ...(j.end ? [{ t: y(j.end), al: 'c' } as Cell] : []), { t: 'Full time', al: 'c' }] });
    rows.push({ cant: true, cells: [{ t: `**Main duties:** ${j.duties.join('; ')}.${j.leaving ? `  **Reason for leaving:** ${j.leaving}.` : ''}`, span: 7, sz: 18 }] });
  }
  return docx({ font: 'Calibri', size: 21, footer: 'pageof', footerLeft: 'FIG Application Form (HR1) – Rev. 2024', title: 'FIG Application Form' }, [
    ...P('FALKLAND ISLANDS GOVERNMENT', { b: true, sz: 30, al: 'c', color: '1F3864' }),
    ...P('Human Resources Department, Secretariat, Stanley', { sz: 19, al: 'c' }),
    ...P('APPLICATION FOR EMPLOYMENT', { b: true, sz: 26, al: 'c', after: 200 }),
    T([2400, 2400, 2400, W - 7200], [
      { cells: [{ t: 'Post applied for', b: true }, { t: 'Building Projects Manager, Public Works Department', span: 3 }] },
      { cells: [{ t: 'Vacancy reference', b: true }, 'PWD/26/041', { t: 'Closing date', b: true }, '27 November 2026'] },
    ]),
    H('SECTION 1: PERSONAL DETAILS', { shade: 'DCE6F1' }),
    T([2400, 2400, 2400, W - 7200], [
      { cells: [{ t: 'Surname', b: true }, p.family!, { t: 'First name(s)', b: true }, p.given!] },
      { cells: [{ t: 'Name you wish to be known by', b: true }, { t: p.latin, span: 3 }] },
      { cells: [{ t: 'Title', b: true }, 'Ms', { t: 'Date of birth', b: true }, dob(p, 'DD/MM/YYYY')] },
      { cells: [{ t: 'Address', b: true }, { t: p.address.join(', '), span: 3 }] },
      { cells: [{ t: 'Telephone (home)', b: true }, '22704', { t: 'Telephone (mobile)', b: true }, p.phoneShown[0]] },
      { cells: [{ t: 'E-mail', b: true }, { t: p.email, span: 3 }] },
      { cells: [{ t: 'Falkland Islands Status / PRP holder?', b: true, span: 2 }, { t: 'Status ☒   PRP ☐   Neither ☐', span: 2 }] },
    ]),
    H('SECTION 2: EMPLOYMENT HISTORY', { shade: 'DCE6F1' }),
    ...P('Please list all employment, starting with your current or most recent employer. Continue on a separate sheet if necessary.', { sz: 18, i: true, after: 80 }),
    T([2800, 2100, 700, 700, 700, 700, W - 7700], rows, { sz: 19 }),
    H('SECTION 3: EDUCATION AND TRAINING', { shade: 'DCE6F1' }),
    T([3300, 1200, 1200, W - 5700], [
      { cells: [hd('School / college / university'), hd('From'), hd('To'), hd('Qualifications obtained (with grades)')], hdr: true },
      ...p.education.map((e) => ({ cells: [`${e.school}, ${e.town}`, fd(e.start, 'MM/YYYY'), fd(e.end, 'MM/YYYY'), e.award] as Cell[] })),
      { cells: ['Certificates and licences', { t: '', span: 2 }, p.certificates.join('; ')] },
    ], { sz: 19 }),
    H('SECTION 4: SKILLS', { shade: 'DCE6F1' }),
    ...P('List the practical and technical skills you would bring to this post.', { sz: 18, i: true, after: 60 }),
    T([W / 2, W / 2], [
      { cells: [{ t: skill(p, true).slice(0, 4).map((s) => '• ' + s).join('\n'), va: 't' }, { t: skill(p, true).slice(4).map((s) => '• ' + s).join('\n'), va: 't' }] },
    ]),
    H('SECTION 5: REFERENCES', { shade: 'DCE6F1' }),
    ...P('One referee must be your current or most recent employer.', { sz: 18, i: true, after: 60 }),
    T([W / 2, W / 2], [
      { cells: p.referees.map((r) => ({ t: `Name: ${r.name}\nPosition: ${r.role}\nOrganisation: ${r.org}\nTelephone: ${r.phone}\nE-mail: ${r.email}`, va: 't' as const })) },
      { cells: [{ t: 'May we contact before interview?  Yes ☒  No ☐' }, { t: 'May we contact before interview?  Yes ☒  No ☐' }] },
    ], { sz: 19 }),
    H('SECTION 6: DECLARATION', { shade: 'DCE6F1' }),
    ...P('I declare that the information given on this form is correct. I understand that if I have given false information I may be dismissed.', { after: 240 }),
    T([1800, 4000, 1200, W - 7000], [{ cells: [{ t: 'Signed', b: true }, '', { t: 'Date', b: true }, '12 November 2026'], h: 560 }]),
  ]);
}

/** CIOB-style professional review application: 4-column label grid per employment, current first, with competencies. */
export async function ciobRecord(p: Person): Promise<Buffer> {
  const L = (t: string): Cell => ({ t, b: true, shade: 'EFEFEF', sz: 18 });
  const jobs = recent(p.work);
  const out: (D.Paragraph | D.Table)[] = [];
  jobs.forEach((j, i) => {
    out.push(T([1900, 3000, 1700, W - 6600], [
      { cells: [{ t: `EMPLOYMENT RECORD ${i + 1} of ${jobs.length}${j.end === null ? ' (current)' : ''}`, span: 4, b: true, shade: '7F7F7F' }] },
      { cells: [L('Employer'), j.company, L('Position'), j.title] },
      { cells: [L('Location'), j.town + ', Falkland Islands', L('Department'), j.dept ?? '—'] },
      { cells: [L('Start date'), fd(j.start, 'Month YYYY'), L('End date'), fd(j.end, 'Month YYYY', 'Present')] },
      { cells: [L('Main responsibilities'), { t: j.duties.map((d) => '– ' + d).join('\n'), span: 3 }] },
      { cells: [L('Line manager'), i === 0 ? 'Project Director' : i === 1 ? p.referees[0].name : 'Works Supervisor, PWD', L('Verified'), 'Yes ☒  No ☐'] },
    ], { sz: 19 }), gap(6));
  });
  return docx({ font: 'Arial', size: 19, header: 'MCIOB Professional Review – Application', footer: 'pageof', footerLeft: `Candidate: ${p.latin}`, title: 'Professional Review' }, [
    ...P('THE CHARTERED INSTITUTE OF BUILDING', { b: true, sz: 26, color: '595959' }),
    ...P('Professional Review Application – Chartered Membership (MCIOB)', { b: true, sz: 24, after: 200 }),
    T([2400, 2419, 2400, 2419], [
      { cells: [L('Membership no.'), '4417291', L('Route'), 'Professional Review (standard)'] },
      { cells: [L('Full name'), p.latin, L('Date of birth'), dob(p, 'DD/MM/YYYY')] },
      { cells: [L('Address'), { t: p.address.join(', '), span: 3 }] },
      { cells: [L('Mobile'), p.phoneShown[1], L('Email'), p.email] },
    ]),
    H('Part A – Academic and vocational qualifications'),
    T([3800, 2400, W - 6200], [
      { cells: [L('Qualification'), L('Institution'), L('Dates')] },
      ...p.education.map((e) => ({ cells: [e.award, `${e.school}, ${e.town}`, `${fd(e.start, 'Mon YYYY')} – ${fd(e.end, 'Mon YYYY')}`] as Cell[] })),
    ], { sz: 18 }),
    H('Part B – Employment record (most recent first)'),
    ...P('Give details of your employment since qualifying, including your current post. Add further records on a continuation sheet.', { sz: 17, i: true, after: 80 }),
    ...out,
    H('Part C – Core competencies'),
    ...P('Summarise the competencies you have demonstrated (see Professional Review Guidance, section 4).', { sz: 17, i: true, after: 60 }),
    T([W], [{ cells: [{ t: skill(p).join(' • '), va: 't' }], h: 700 }]),
    H('Part D – Declaration'),
    ...P('I confirm that the statements made in this application are accurate and that I will abide by the Rules and Regulations of Professional Competence and Conduct.', { after: 240 }),
    ...P('Signature: ____________________________     Date: 03/11/2026'),
  ]);
}

/** Samoa PSC-style application: joined "Period" column, organisation / position / level / reason, most recent first. */
export async function samoaForm(p: Person): Promise<Buffer> {
  const hd = (t: string): Cell => ({ t, b: true, shade: 'E2EFD9', al: 'c', sz: 18 });
  return docx({ font: 'Cambria', size: 21, footer: 'page', footerLeft: 'PSC Form 1 – Application for Appointment (rev. 2023)', title: 'PSC Form 1' }, [
    ...P('PUBLIC SERVICE COMMISSION', { b: true, sz: 28, al: 'c' }),
    ...P('Komesina o Auaunaga Tumaoti', { i: true, sz: 20, al: 'c' }),
    ...P('APPLICATION FOR APPOINTMENT TO THE PUBLIC SERVICE (PSC FORM 1)', { b: true, sz: 22, al: 'c', after: 200 }),
    T([2600, 4000, W - 6600], [
      { cells: [{ t: 'Position applied for', b: true }, 'Principal Accountant, Financial Services Division', { t: 'PHOTO\n(passport size)', rows: 6, al: 'c', sz: 16 }] },
      { cells: [{ t: 'Ministry / Office', b: true }, 'Ministry of Revenue and Treasury'] },
      { cells: [{ t: 'Full name', b: true }, `${p.given} ${p.family!.toUpperCase()}`] },
      { cells: [{ t: 'Matai title (if any)', b: true }, '—'] },
      { cells: [{ t: 'Date of birth', b: true }, dob(p, 'D Month YYYY')] },
      { cells: [{ t: 'Village / District', b: true }, 'Vailima / Tuamasaga'] },
      { cells: [{ t: 'Postal address', b: true }, { t: 'P.O. Box 1893, Apia', span: 2 }] },
      { cells: [{ t: 'Mobile / Phone', b: true }, { t: `${p.phoneShown[0]} (mobile)   /   24 301 ext 208 (work)`, span: 2 }] },
      { cells: [{ t: 'Email', b: true }, { t: p.email, span: 2 }] },
      { cells: [{ t: 'Citizenship', b: true }, { t: 'Samoan citizen ☒    Other ☐', span: 2 }] },
    ]),
    H('PART B: EDUCATION AND QUALIFICATIONS'),
    T([3800, 2100, W - 5900], [
      { cells: [hd('Institution'), hd('Years attended'), hd('Qualification')] },
      ...p.education.map((e) => ({ cells: [e.school, `${y(e.start)} – ${y(e.end)}`, e.award] as Cell[] })),
    ]),
    H('PART C: EMPLOYMENT HISTORY (most recent first)'),
    T([2300, 2700, 2000, 1000, W - 8000], [
      { cells: [hd('Period (From – To)'), hd('Ministry / Organisation'), hd('Position title'), hd('Salary level'), hd('Reason for leaving')], hdr: true },
      ...recent(p.work).map((j) => ({ cant: true, cells: [range(j, 'Mon YYYY', ' – ', 'to date'), j.company + (j.dept ? `\n(${j.dept})` : ''), j.title, /Senior/.test(j.title) ? 'L10' : /Finance/.test(j.title) ? 'L12' : /Loans/.test(j.title) ? '—' : 'L17', j.leaving ?? 'Still employed'] as Cell[] })),
    ], { sz: 19 }),
    ...P('Periods not in employment: ' + (p.gaps ?? []).map((g) => `${fd(g.start, 'Mon YYYY')} – ${fd(g.end, 'Mon YYYY')}: ${g.note}`).join('; '), { sz: 18, i: true, before: 60 }),
    H('PART D: SKILLS AND COMPETENCIES RELEVANT TO THE POSITION'),
    T([W], [{ cells: [{ t: skill(p).map((s, i) => `${i + 1}. ${s}`).join('\n'), va: 't' }] }]),
    H('PART E: LANGUAGES AND MEMBERSHIPS'),
    ...P(`${p.languages.join(', ')}.  ${p.certificates.join('; ')}.`),
    H('PART F: REFEREES'),
    T([2600, 4400, W - 7000], [
      { cells: [hd('Name'), hd('Position / Organisation'), hd('Contact')] },
      ...p.referees.map((r) => ({ cells: [r.name, `${r.role}, ${r.org}`, `${r.phone}\n${r.email}`] as Cell[] })),
    ], { sz: 19 }),
    H('PART G: DECLARATION'),
    ...P('I declare that the particulars given by me in this application are true and correct. I understand that any false statement may result in my disqualification or dismissal from the Public Service.', { after: 240 }),
    ...P('Signature of applicant: ___________________________        Date: 09/11/2026'),
    gap(10),
    T([W], [{ cells: [{ t: 'FOR PSC USE: Date received ________   Eligible ☐  Not eligible ☐   Shortlisted ☐   Officer ________', sz: 16, shade: 'F2F2F2' }] }]),
  ]);
}

/** Word "Ion"-style résumé: single column, coloured headings, no tables. */
export async function wordIon(p: Person): Promise<Buffer> {
  const accent = '1C7C7D';
  const hdr = (t: string) => new D.Paragraph({ spacing: { before: 240, after: 80 }, border: { bottom: { style: D.BorderStyle.SINGLE, size: 6, color: accent, space: 2 } }, children: [new D.TextRun({ text: t.toUpperCase(), bold: true, color: accent, size: 24, characterSpacing: 20 })] });
  const body: D.Paragraph[] = [];
  for (const j of recent(p.work)) {
    body.push(new D.Paragraph({ spacing: { before: 120 }, children: [new D.TextRun({ text: `${range(j, 'Month YYYY', ' – ', 'Present')}`, color: '595959', size: 19, allCaps: true })] }));
    body.push(new D.Paragraph({ children: [new D.TextRun({ text: j.title, bold: true, size: 22 }), new D.TextRun({ text: ', ', size: 22 }), new D.TextRun({ text: j.company, size: 22 })] }));
    for (const d of j.duties) body.push(new D.Paragraph({ bullet: { level: 0 }, children: [new D.TextRun({ text: d, size: 20 })] }));
  }
  return docx({ font: 'Century Gothic', size: 20, margin: 1000, title: `${p.latin} résumé` }, [
    new D.Paragraph({ children: [new D.TextRun({ text: p.given!.toUpperCase() + ' ', size: 52, color: accent }), new D.TextRun({ text: p.family!.toUpperCase(), size: 52, bold: true, color: accent })] }),
    new D.Paragraph({ spacing: { after: 120 }, children: [new D.TextRun({ text: `${p.address.slice(1).join(', ')}  |  ${p.phoneShown[1]}  |  ${p.email}`, size: 19, color: '595959' })] }),
    new D.Paragraph({ children: [new D.TextRun({ text: 'Finance officer with fourteen years in government and credit-union finance in Samoa. Experienced in IPSAS reporting, payroll and donor grant acquittals.', size: 20 })] }),
    hdr('Experience'), ...body,
    hdr('Education'),
    ...p.education.flatMap((e) => [new D.Paragraph({ spacing: { before: 100 }, children: [new D.TextRun({ text: `${y(e.start)} – ${y(e.end)}`, allCaps: true, color: '595959', size: 19 })] }), new D.Paragraph({ children: [new D.TextRun({ text: e.award, bold: true }), new D.TextRun({ text: `, ${e.school}` })] })]),
    hdr('Skills'),
    ...[0, 2, 4, 6].map((i) => new D.Paragraph({ tabStops: [{ type: D.TabStopType.LEFT, position: 4800 }], children: [new D.TextRun({ text: '•  ' + skill(p)[i] }), ...(skill(p)[i + 1] ? [new D.TextRun({ text: '\t•  ' + skill(p)[i + 1] })] : [])] })),
    hdr('Activities'),
    new D.Paragraph({ children: [new D.TextRun({ text: `Treasurer, Vailima Women's Committee (since 2020). Languages: ${p.languages.join(', ')}. ${p.certificates[0]}.` })] }),
  ]);
}

/** HM Government of Gibraltar style application: two rows per job (details row + merged duties/reason row), most recent first. */
export async function gibraltarForm(p: Person): Promise<Buffer> {
  const hd = (t: string): Cell => ({ t, b: true, shade: 'C00000', sz: 18 });
  const rows: RowSpec[] = [{ cells: [{ t: 'Name of employer', b: true, shade: 'F2DCDB' }, { t: 'Post held', b: true, shade: 'F2DCDB' }, { t: 'Date started', b: true, shade: 'F2DCDB' }, { t: 'Date left', b: true, shade: 'F2DCDB' }], hdr: true }];
  for (const j of recent(p.work)) {
    rows.push({ cant: true, cells: [{ t: j.company, b: true }, j.title, fd(j.start, 'MM/YYYY'), fd(j.end, 'MM/YYYY', 'Current')] });
    rows.push({ cant: true, cells: [{ t: `Brief description of duties: ${j.duties.join('. ')}.\nReason for leaving: ${j.leaving ?? 'N/A (current post)'}`, span: 4, sz: 18 }] });
  }
  return docx({ font: 'Arial', size: 20, footer: 'pageof', footerLeft: 'HMGoG Recruitment Form R1 (2025)', title: 'Application for Employment' }, [
    ...P('HM GOVERNMENT OF GIBRALTAR', { b: true, sz: 28, al: 'c' }),
    ...P('Human Resources Department – Recruitment Section', { sz: 19, al: 'c' }),
    ...P('APPLICATION FOR EMPLOYMENT', { b: true, sz: 24, al: 'c', after: 200 }),
    T([3200, W - 3200], [
      { cells: [hd('Vacancy'), { t: 'Senior Executive Officer – Gambling Division (Ref. GD/07/26)', b: true }] },
    ]),
    H('1. Personal details'),
    T([2400, 2419, 2400, 2419], [
      { cells: [{ t: 'Full name (BLOCK CAPITALS)', b: true }, { t: p.latin.toUpperCase(), span: 3 }] },
      { cells: [{ t: 'Surname', b: true }, p.family!, { t: 'Forenames', b: true }, p.given!] },
      { cells: [{ t: 'Date of birth', b: true }, dob(p, 'DD/MM/YYYY'), { t: 'ID card no.', b: true }, '041822G'] },
      { cells: [{ t: 'Address', b: true }, { t: p.address.join(', '), span: 3 }] },
      { cells: [{ t: 'Mobile', b: true }, p.phoneShown[0], { t: 'Home tel.', b: true }, '200 71544'] },
      { cells: [{ t: 'E-mail', b: true }, { t: p.email, span: 3 }] },
      { cells: [{ t: 'Are you a Gibraltarian / British citizen / EU national with right to work?', span: 3, sz: 18 }, 'Yes ☒  No ☐'] },
      { cells: [{ t: 'Have you previously been employed by HM Government of Gibraltar?', span: 3, sz: 18 }, 'Yes ☐  No ☒'] },
    ]),
    H('2. Education and qualifications'),
    T([3600, 1600, W - 5200], [
      { cells: [{ t: 'School / college / university', b: true, shade: 'F2DCDB' }, { t: 'Dates', b: true, shade: 'F2DCDB' }, { t: 'Qualifications and grades', b: true, shade: 'F2DCDB' }] },
      ...p.education.map((e) => ({ cells: [`${e.school}, ${e.town}`, `${y(e.start)}–${y(e.end)}`, e.award] as Cell[] })),
      { cells: ['Professional certificates', '', p.certificates.join('; ')] },
    ], { sz: 19 }),
    H('3. Employment history'),
    ...P('Starting with your present or most recent employer. Include any periods of unemployment.', { sz: 17, i: true, after: 80 }),
    T([3200, 3038, 1700, 1700], rows, { sz: 19 }),
    H('4. Skills'),
    ...P('Computer, technical and other skills relevant to the vacancy:', { sz: 18 }),
    ...skill(p).map((s) => new D.Paragraph({ bullet: { level: 0 }, children: [new D.TextRun({ text: s })] })),
    ...P('Languages: ' + p.languages.join(', '), { before: 80 }),
    H('5. Referees'),
    T([W / 2, W / 2], [{ cells: p.referees.map((r) => ({ t: `${r.name}\n${r.role}\n${r.org}\nTel: ${r.phone}\n${r.email}`, va: 't' as const, sz: 19 })) }]),
    H('6. Declaration'),
    ...P('I certify that the information given is true and complete. I understand that any false information may render me liable to dismissal.', { after: 240 }),
    ...P('Signature: ______________________________      Date: 06/11/2026'),
  ]);
}

/** SAARC Energy Centre style staff application: each employment its own small grid table (title, employer, dates split, staff supervised, duties). */
export async function saarcForm(p: Person): Promise<Buffer> {
  const L = (t: string): Cell => ({ t, b: true, sz: 17, shade: 'FFF2CC' });
  const out: (D.Paragraph | D.Table)[] = [];
  recent(p.work).forEach((j, i) => {
    out.push(T([2000, 2300, 1500, 1500, W - 7300], [
      { cells: [L('Exact title of post'), { t: j.title, span: 2, b: true }, L('From (month/year)'), L('To (month/year)')] },
      { cells: [L('Name of employer'), { t: j.company, span: 2 }, { t: fd(j.start, 'MM/YYYY'), al: 'c' }, { t: fd(j.end, 'MM/YYYY', 'Present'), al: 'c' }] },
      { cells: [L('Address of employer'), { t: j.town + ', Nepal', span: 2 }, L('Type of business'), /Authority/.test(j.company) ? 'Public utility' : /Facility/.test(j.company) ? 'Multilateral programme' : 'Engineering consultancy'] },
      { cells: [L('No. of staff supervised'), i === 0 ? '4' : i === 1 ? '2' : '0', L('Reason for leaving'), { t: j.leaving ?? '—', span: 2 }] },
      { cells: [L('Description of duties'), { t: j.duties.join('; ') + '.', span: 4 }] },
    ], { sz: 19 }), gap(6));
  });
  return docx({ font: 'Times New Roman', size: 21, footer: 'pageof', header: 'SEC/HR/F-02', title: 'Application for Professional Position' }, [
    ...P('SAARC ENERGY CENTRE', { b: true, sz: 28, al: 'c' }),
    ...P('APPLICATION FORM FOR PROFESSIONAL STAFF POSITIONS', { b: true, sz: 22, al: 'c', after: 200 }),
    T([2400, 4400, W - 6800], [
      { cells: [{ t: 'Position applied for', b: true }, 'Research Fellow (Power Systems)', { t: 'Photograph', rows: 5, al: 'c' }] },
      { cells: [{ t: 'Family name', b: true }, p.family!.toUpperCase()] },
      { cells: [{ t: 'Given name(s)', b: true }, p.given!] },
      { cells: [{ t: 'Full name as in passport', b: true }, p.latin.toUpperCase()] },
      { cells: [{ t: 'Date of birth', b: true }, `${dob(p, 'DD/MM/YYYY')}    Nationality: ${p.nationality}`] },
      { cells: [{ t: 'Permanent address', b: true }, { t: p.address.join(', '), span: 2 }] },
      { cells: [{ t: 'Telephone / mobile', b: true }, { t: `${p.phoneShown[2]} (mobile)    01-4423 918 (residence)`, span: 2 }] },
      { cells: [{ t: 'E-mail', b: true }, { t: p.email, span: 2 }] },
    ]),
    H('1. EDUCATION (university and equivalent)'),
    T([3600, 1400, 1400, W - 6400], [
      { cells: [L('Name of institution, place'), L('Attended from'), L('Attended to'), L('Degree, main subject')] },
      ...p.education.map((e) => ({ cells: [`${e.school}, ${e.town}`, fd(e.start, 'MM/YYYY'), fd(e.end, 'MM/YYYY'), e.award] as Cell[] })),
    ], { sz: 19 }),
    H('2. PROFESSIONAL SKILLS AND SOFTWARE'),
    T([W], [{ cells: [skill(p).join(', ')] }]),
    H('3. LANGUAGES'),
    T([3000, 2200, 2200, W - 7400], [
      { cells: [L('Language'), L('Read'), L('Write'), L('Speak')] },
      ...['Nepali', 'English', 'Hindi'].map((l, i) => ({ cells: [l, i < 2 ? 'Excellent' : 'Good', i < 2 ? 'Excellent' : 'Fair', i < 2 ? 'Excellent' : 'Good'] as Cell[] })),
    ], { sz: 19 }),
    H('4. EMPLOYMENT RECORD'),
    ...P('Starting with your present post, list in reverse order every employment you have had. Use a separate block for each post.', { sz: 17, i: true, after: 80 }),
    ...out,
    H('5. REFERENCES'),
    T([2800, 4000, W - 6800], [
      { cells: [L('Name'), L('Position and organisation'), L('Telephone / e-mail')] },
      ...p.referees.map((r) => ({ cells: [r.name, `${r.role}, ${r.org}`, `${r.phone}\n${r.email}`] as Cell[] })),
    ], { sz: 19 }),
    H('6. CERTIFICATION'),
    ...P('I certify that the statements made by me in answer to the foregoing questions are true, complete and correct to the best of my knowledge and belief.', { after: 200 }),
    T([1800, 3000, 1600, W - 6400], [{ cells: [{ t: 'Date', b: true }, '10 November 2026', { t: 'Signature', b: true }, ''], h: 560 }]),
  ]);
}

/** International school (safer-recruitment) application: full history incl. gaps as rows, most recent first, six columns, landscape-ish wide table. */
export async function intlSchool(p: Person): Promise<Buffer> {
  const hd = (t: string): Cell => ({ t, b: true, shade: '203864', sz: 17 });
  type R = { s: string; e: string | null; cells: Cell[] };
  const items: R[] = p.work.map((j) => ({ s: j.start, e: j.end, cells: [{ t: fd(j.start, 'MM/YYYY'), al: 'c' }, { t: fd(j.end, 'MM/YYYY', 'Present'), al: 'c' }, `${j.company}\n${j.dept ? j.dept + ', ' : ''}${j.town}`, `${j.title}\n${j.duties[0]}`, /International|Pacific/.test(j.company) ? 'International (IB MYP), 600–900 students' : 'State (public), 700 students', j.leaving ?? 'Current post'] }));
  for (const g of p.gaps ?? []) items.push({ s: g.start, e: g.end, cells: [{ t: fd(g.start, 'MM/YYYY'), al: 'c' }, { t: fd(g.end, 'MM/YYYY'), al: 'c' }, { t: `Not in employment – ${g.note}`, span: 4, i: true }] });
  items.sort((a, b) => (a.s < b.s ? 1 : -1));
  return docx({ font: 'Calibri', size: 20, footer: 'pageof', footerLeft: 'Teacher Application Form – Safer Recruitment', title: 'Teacher Application Form' }, [
    ...P('ST AIDAN\'S BRITISH INTERNATIONAL SCHOOL, DOHA', { b: true, sz: 26, al: 'c', color: '203864' }),
    ...P('Application Form – Teaching Staff', { b: true, sz: 22, al: 'c' }),
    ...P('We are committed to safeguarding and promoting the welfare of children. CVs alone are not accepted.', { i: true, sz: 17, al: 'c', after: 200 }),
    T([2600, 3000, W - 5600], [
      { cells: [{ t: 'Post applied for', b: true }, 'Head of Science (MYP/DP) – August 2027', { t: 'Please attach a recent passport photograph', rows: 7, al: 'c', sz: 16 }] },
      { cells: [{ t: 'Legal surname', b: true }, p.family!] },
      { cells: [{ t: 'First name(s)', b: true }, p.given!] },
      { cells: [{ t: 'Full name as on passport', b: true }, p.latin] },
      { cells: [{ t: 'Any other names used', b: true }, 'None'] },
      { cells: [{ t: 'Date of birth', b: true }, dob(p, 'DD/MM/YYYY')] },
      { cells: [{ t: 'Nationality / passport', b: true }, 'United States / USA'] },
      { cells: [{ t: 'Home address', b: true }, { t: p.address.join(', '), span: 2 }] },
      { cells: [{ t: 'Current address', b: true }, { t: 'Northbrook International Academy staff housing, Sukhumvit Soi 71, Bangkok 10110, Thailand', span: 2 }] },
      { cells: [{ t: 'Mobile (incl. country code)', b: true }, { t: `${p.phoneShown[1]} (WhatsApp)   Thai SIM: +66 92 417 3308`, span: 2 }] },
      { cells: [{ t: 'E-mail', b: true }, { t: p.email, span: 2 }] },
    ]),
    H('Section B – Qualifications and professional development'),
    T([3400, 1500, W - 4900], [
      { cells: [{ t: 'Institution', b: true, shade: 'D9E2F3' }, { t: 'Dates', b: true, shade: 'D9E2F3' }, { t: 'Qualification, subject, grade', b: true, shade: 'D9E2F3' }] },
      ...p.education.map((e) => ({ cells: [`${e.school}, ${e.town}`, `${fd(e.start, 'MM/YYYY')}–${fd(e.end, 'MM/YYYY')}`, e.award] as Cell[] })),
      ...p.certificates.map((c) => ({ cells: ['—', '—', c] as Cell[] })),
    ], { sz: 19 }),
    H('Section C – Full employment history'),
    ...P('List ALL employment and periods not in employment since leaving full-time education, most recent first. Dates must be month/year with no unexplained gaps.', { sz: 17, i: true, after: 80 }),
    T([900, 900, 2300, 2500, 1538, 1500], [
      { cells: [hd('From'), hd('To'), hd('Employer / school and address'), hd('Position held and main responsibilities'), hd('Type of school, curriculum, roll'), hd('Reason for leaving')], hdr: true },
      ...items.map((r) => ({ cant: true, cells: r.cells })),
    ], { sz: 18 }),
    H('Section D – Teaching skills and expertise'),
    T([W], [{ cells: [{ t: skill(p).map((s) => '• ' + s).join('     '), va: 't' }] }]),
    H('Section E – Referees'),
    ...P('Your first referee must be your current Head/Principal. References will be sought before interview.', { sz: 17, i: true, after: 60 }),
    T([3212, 3213, 3213], [{ cells: p.referees.map((r, i) => ({ t: `Referee ${i + 1}\n${r.name}\n${r.role}\n${r.org}\n${r.phone}\n${r.email}`, va: 't' as const, sz: 18 })) }]),
    H('Section F – Safeguarding declaration'),
    T([W - 1800, 1800], [
      { cells: ['Have you ever been convicted of, cautioned for or investigated for any offence?', 'Yes ☐   No ☒'] },
      { cells: ['Have you ever been barred from working with children?', 'Yes ☐   No ☒'] },
      { cells: ['Can you provide a police check from every country lived in for 12+ months?', 'Yes ☒   No ☐'] },
    ], { sz: 19 }),
    ...P('I confirm that the information given is true and complete. I understand that false information may lead to withdrawal of an offer or dismissal.', { before: 120, after: 240 }),
    ...P('Signed: __________________________________        Date: 15/11/2026'),
  ]);
}
