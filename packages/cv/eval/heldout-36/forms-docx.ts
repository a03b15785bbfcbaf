/**
 * heldout-36: the sixteen Word-made forms (one per person). Each returns a FormDoc that lib.ts writes as DOCX;
 * LibreOffice then exports the same file to PDF.
 */
import { byId, type Job, type Person } from './people.ts';
import { type Block, type Cell, type FormDoc, d, day, kv, monthsOf } from './lib.ts';

const recent = (p: Person) => [...p.jobs].reverse();
const skillList = (p: Person, sep = ', ') => p.skills.map((s) => s.s).join(sep);
const blank = (n: number): Cell[] => Array.from({ length: n }, () => ({ t: '' }));
const H = (t: string, sh = '#D9D9D9'): Cell => ({ t, b: true, sh, al: 'c' });

export interface DocxForm { person: string; template: string; layout: 'table' | 'single' | 'twocol'; title: string; build: () => FormDoc }

/* p01 — Lesotho: Ministry of Public Service application for appointment */
function lsPsc(): FormDoc {
  const p = byId('p01');
  const b: Block[] = [
    { k: 'title', t: 'GOVERNMENT OF LESOTHO\nMINISTRY OF PUBLIC SERVICE', sz: 13 },
    { k: 'title', t: 'APPLICATION FOR APPOINTMENT TO THE PUBLIC SERVICE', sz: 12 },
    { k: 'p', t: 'Form MPS 1 — to be completed in BLOCK LETTERS by all applicants. Attach certified copies of certificates.', al: 'c', i: true, sz: 9 },
    { k: 'table', cols: [30, 70], rows: [[{ t: 'Post applied for', b: true, sh: '#EDEDED' }, { t: 'Senior Accountant (Grade H) — Ministry of Agriculture and Food Security' }], [{ t: 'Advert reference', b: true, sh: '#EDEDED' }, { t: 'MPS/VAC/2026/114' }]] },
    { k: 'h', t: 'PART A: PERSONAL PARTICULARS', sh: '#D9D9D9' },
    { k: 'table', cols: [22, 28, 22, 28], rows: kv([
      ['Full names (first names and surname)', p.name.toUpperCase()], ['Surname', p.family.toUpperCase()],
      ['Date of birth', '14/03/1989'], ['Place of birth', p.birthplace],
      ['Sex', 'Female'], ['Nationality', p.nationality],
      ['National ID No.', '0089 0314 5521'], ['Marital status', 'Married'],
      ['Postal address', p.address.join(', ')], ['Cell phone', p.phoneNat],
      ['E-mail', p.email], ['Alternative phone', '—'],
    ], 2) },
    { k: 'h', t: 'PART B: EDUCATIONAL AND PROFESSIONAL QUALIFICATIONS', sh: '#D9D9D9' },
    { k: 'table', cols: [38, 12, 12, 38], head: 1, rows: [[H('Institution'), H('From'), H('To'), H('Qualification obtained')], ...p.education.map((e) => [{ t: e.school }, { t: d.mmyyyy(e.start) }, { t: d.mmyyyy(e.end) }, { t: e.award }] as Cell[]), [{ t: 'Lesotho Institute of Accountants' }, { t: '' }, { t: '2018' }, { t: p.certificates[0].split(' — ')[1] }]] },
    { k: 'h', t: 'PART C: EMPLOYMENT RECORD (start with present or most recent employer)', sh: '#D9D9D9' },
    { k: 'table', cols: [29, 21, 12, 12, 26], head: 1, rows: [[H('Name of employer'), H('Post held'), H('From'), H('To'), H('Reason for leaving')],
      ...recent(p).map((j) => [{ t: j.company }, { t: j.title }, { t: d.mmyyyy(j.start) }, { t: d.mmyyyy(j.end, 'To date') }, { t: j.reason ?? 'Still employed' }] as Cell[]), blank(5)] },
    { k: 'p', t: 'Brief description of duties in present post:', b: true },
    { k: 'table', cols: [100], rows: [[{ t: recent(p)[0].duties.map((x) => `• ${x}`), va: 'top', h: 50 }]] },
    { k: 'h', t: 'PART D: OTHER SKILLS (computer literacy, special skills)', sh: '#D9D9D9' },
    { k: 'table', cols: [100], rows: [[{ t: skillList(p), h: 30, va: 'top' }]] },
    { k: 'table', cols: [30, 70], rows: [[{ t: 'Languages', b: true, sh: '#EDEDED' }, { t: p.languages.join('; ') }]] },
    { k: 'h', t: 'PART E: REFEREES (persons not related to you)', sh: '#D9D9D9' },
    { k: 'table', cols: [28, 44, 28], head: 1, rows: [[H('Name'), H('Position and organisation'), H('Telephone')], ...p.referees.map((r) => [{ t: r.name }, { t: `${r.role}, ${r.org}` }, { t: r.phone }] as Cell[])] },
    { k: 'h', t: 'PART F: DECLARATION', sh: '#D9D9D9' },
    { k: 'p', t: 'I declare that the information given in this form is true and complete to the best of my knowledge. I understand that any false statement may lead to disqualification or dismissal.' },
    { k: 'space', h: 14 },
    { k: 'table', cols: [50, 50], border: 'none', rows: [[{ t: 'Signature of applicant: ..............................' }, { t: 'Date: ......../......../2026' }]] },
    { k: 'space', h: 8 },
    { k: 'table', cols: [100], rows: [[{ t: ['FOR OFFICIAL USE ONLY', 'Received by: ....................   Date stamp:', 'Shortlisted:  YES / NO'], sz: 8.5, h: 44, va: 'top', sh: '#F5F5F5' }]] },
  ];
  return { font: 'Arial', cjk: 'SimSun', size: 9.5, footer: 'MPS 1 (Revised 2019)                    Page {p} of {n}', blocks: b };
}

/* p02 — Belize: Public Service Commission application, split From/To month and year columns */
function bzPsc(): FormDoc {
  const p = byId('p02');
  const b: Block[] = [
    { k: 'title', t: 'GOVERNMENT OF BELIZE', sz: 13 },
    { k: 'title', t: 'PUBLIC SERVICES COMMISSION\nAPPLICATION FOR EMPLOYMENT IN THE PUBLIC SERVICE', sz: 11.5 },
    { k: 'p', t: 'PSC Form 1. Please type or print clearly. Incomplete applications will not be considered.', al: 'c', sz: 8.5, i: true },
    { k: 'table', cols: [25, 75], rows: [[{ t: '1. Post applied for', b: true }, { t: 'Fisheries Officer II, Fisheries Department, Belize City' }]] },
    { k: 'h', t: 'SECTION A — PERSONAL INFORMATION', line: true },
    { k: 'table', cols: [20, 30, 20, 30], rows: [
      [{ t: '2. Name in full', b: true }, { t: p.name }, { t: '3. Maiden name (if any)', b: true }, { t: 'N/A' }],
      [{ t: '4. Date of birth', b: true }, { t: '02 September 1987' }, { t: '5. Place of birth', b: true }, { t: p.birthplace }],
      [{ t: '6. Nationality', b: true }, { t: p.nationality }, { t: '7. Social Security No.', b: true }, { t: '000-482-715' }],
      [{ t: '8. Home address', b: true }, { t: p.address.join(', '), cs: 3 }],
      [{ t: '9. Telephone (cell)', b: true }, { t: p.phoneNat }, { t: '10. Telephone (home)', b: true }, { t: '322-0471' }],
      [{ t: '11. E-mail', b: true }, { t: p.email, cs: 3 }],
    ] },
    { k: 'h', t: 'SECTION B — EDUCATION', line: true },
    { k: 'table', cols: [36, 12, 12, 40], head: 1, rows: [[H('School / Institution', '#E7E6E6'), H('From', '#E7E6E6'), H('To', '#E7E6E6'), H('Certificate / Diploma / Degree', '#E7E6E6')], ...p.education.map((e) => [{ t: `${e.school}, ${e.town}` }, { t: d.year(e.start) }, { t: d.year(e.end) }, { t: e.award }] as Cell[])] },
    { k: 'h', t: 'SECTION C — EMPLOYMENT HISTORY (most recent first; include any period not employed)', line: true },
    { k: 'table', cols: [11, 8, 11, 8, 32, 30], head: 2, rows: [
      [{ ...H('From', '#E7E6E6'), cs: 2 }, { ...H('To', '#E7E6E6'), cs: 2 }, { ...H('Name and address of employer', '#E7E6E6'), rs: 2 }, { ...H('Position held', '#E7E6E6'), rs: 2 }],
      [H('Month', '#E7E6E6'), H('Year', '#E7E6E6'), H('Month', '#E7E6E6'), H('Year', '#E7E6E6')],
      ...recent(p).flatMap((j, i, a) => {
        const row: Cell[] = [{ t: d.monthName(j.start), al: 'c' }, { t: d.year(j.start), al: 'c' }, { t: j.end ? d.monthName(j.end) : 'Present', al: 'c', cs: j.end ? 1 : 2 }, ...(j.end ? [{ t: d.year(j.end), al: 'c' } as Cell] : []), { t: [j.company, `${j.town}, Belize`] }, { t: j.title }];
        const next = a[i + 1];
        if (next && next.end && Number(j.start.slice(0, 4)) * 12 + Number(j.start.slice(5)) - (Number(next.end.slice(0, 4)) * 12 + Number(next.end.slice(5))) > 2) {
          return [row, [{ t: 'February', al: 'c' }, { t: '2015', al: 'c' }, { t: 'January', al: 'c' }, { t: '2016', al: 'c' }, { t: 'Not employed — full-time study at University of Belize', i: true, cs: 2 }] as Cell[]];
        }
        return [row];
      }),
    ] },
    { k: 'p', t: '13. Describe the duties of your present or last post:', b: true },
    { k: 'table', cols: [100], rows: [[{ t: p.jobs[3].duties, h: 40, va: 'top' }]] },
    { k: 'p', t: '14. Special skills, computer knowledge and training:', b: true },
    { k: 'table', cols: [100], rows: [[{ t: skillList(p), h: 24, va: 'top' }]] },
    { k: 'p', t: `15. Languages spoken: ${p.languages.join(', ')}        16. Certificates: ${p.certificates.join('; ')}` },
    { k: 'h', t: 'SECTION D — REFERENCES (two persons, not relatives)', line: true },
    { k: 'table', cols: [30, 45, 25], head: 1, rows: [[H('Name', '#E7E6E6'), H('Occupation and address', '#E7E6E6'), H('Telephone', '#E7E6E6')], ...p.referees.map((r) => [{ t: r.name }, { t: `${r.role}, ${r.org}` }, { t: r.phone }] as Cell[])] },
    { k: 'h', t: 'SECTION E — DECLARATION', line: true },
    { k: 'p', t: 'I certify that the particulars given above are true. I understand that any misstatement may render me liable to disqualification or, if appointed, to dismissal.' },
    { k: 'space', h: 12 },
    { k: 'table', cols: [55, 45], border: 'none', rows: [[{ t: 'Signature: ________________________________' }, { t: 'Date: ____________________' }]] },
  ];
  return { font: 'Times New Roman', cjk: 'SimSun', size: 10, footer: 'PSC Form 1 — Page {p}', blocks: b };
}

/* p03 — Jersey Financial Services Commission personal questionnaire: block of label–value rows per job */
function jfscPq(): FormDoc {
  const p = byId('p03');
  const b: Block[] = [
    { k: 'p', t: 'Jersey Financial Services Commission', b: true, sz: 13, color: '#1F3864' },
    { k: 'p', t: 'PERSONAL QUESTIONNAIRE (PQ)', b: true, sz: 15 },
    { k: 'p', t: 'For individuals proposed as principal persons or key persons of a registered person. Please answer every question; write "N/A" where not applicable.', i: true, sz: 8.5 },
    { k: 'h', t: 'Section 1 — Personal details', sh: '#1F3864', color: '#FFFFFF' },
    { k: 'table', cols: [34, 66], rows: kv([
      ['1.1 Title', 'Mr'], ['1.2 Surname', p.family], ['1.3 Forenames (in full)', p.given], ['1.4 Full name as shown in passport', p.name.toUpperCase()], ['1.5 Former names', 'None'],
      ['1.6 Date of birth', '21/06/1992'], ['1.7 Place of birth', p.birthplace], ['1.8 Nationality', p.nationality],
      ['1.9 Residential address', p.address.join(', ')], ['1.10 Mobile telephone', p.phoneNat], ['1.11 E-mail address', p.email],
    ], 1, '#DEEAF6') },
    { k: 'h', t: 'Section 2 — Proposed position', sh: '#1F3864', color: '#FFFFFF' },
    { k: 'table', cols: [34, 66], rows: kv([['2.1 Registered person', 'La Hougue Capital (Jersey) Limited'], ['2.2 Position', 'Compliance Officer (proposed)'], ['2.3 Class of business', 'Trust company business (TCB)']], 1, '#DEEAF6') },
    { k: 'h', t: 'Section 3 — Qualifications', sh: '#1F3864', color: '#FFFFFF' },
    { k: 'table', cols: [40, 35, 25], head: 1, rows: [[H('Qualification', '#DEEAF6'), H('Awarding body', '#DEEAF6'), H('Date obtained', '#DEEAF6')],
      [{ t: 'BA (Hons) Economics, 2:1' }, { t: 'University of Exeter' }, { t: '06/2013' }],
      [{ t: 'Diploma in International Trust Management' }, { t: 'STEP' }, { t: '2018' }],
      [{ t: 'Advanced Certificate in AML' }, { t: 'International Compliance Association' }, { t: '2021' }]] },
    { k: 'h', t: 'Section 4 — Employment history', sh: '#1F3864', color: '#FFFFFF' },
    { k: 'p', t: 'Give details of all employment, most recent first. Use a separate block for each position, including different positions with the same employer.', i: true, sz: 8.5 },
    ...recent(p).flatMap((j, i): Block[] => [
      { k: 'table', cols: [30, 20, 30, 20], rows: [
        [{ t: `4.${i + 1}  Position ${i + 1}`, b: true, cs: 4, sh: '#DEEAF6' }],
        [{ t: 'Name of employer', b: true }, { t: j.company, cs: 3 }],
        [{ t: 'Address', b: true }, { t: `${j.town}, Jersey`, cs: 3 }],
        [{ t: 'Nature of business', b: true }, { t: 'Trust and company administration', cs: 3 }],
        [{ t: 'Position held', b: true }, { t: j.title, cs: 3 }],
        [{ t: 'Date commenced (MM/YYYY)', b: true }, { t: d.mmyyyy(j.start) }, { t: 'Date ceased (MM/YYYY)', b: true }, { t: d.mmyyyy(j.end, 'Current') }],
        [{ t: 'Main responsibilities', b: true }, { t: j.duties.join('; '), cs: 3 }],
        [{ t: 'Reason for leaving', b: true }, { t: j.reason ?? 'N/A — current position', cs: 3 }],
      ] },
    ]),
    { k: 'h', t: 'Section 5 — Skills relevant to the position', sh: '#1F3864', color: '#FFFFFF' },
    { k: 'table', cols: [100], rows: [[{ t: p.skills.map((s) => s.s).join(' · '), h: 22 }]] },
    { k: 'h', t: 'Section 6 — Declaration', sh: '#1F3864', color: '#FFFFFF' },
    { k: 'p', t: 'I declare that the information given in this questionnaire is complete and correct. I undertake to notify the Commission of any material change. I understand that it is an offence to knowingly or recklessly provide false or misleading information to the Commission.' },
    { k: 'space', h: 10 },
    { k: 'table', cols: [20, 45, 10, 25], rows: [[{ t: 'Signature', b: true }, { t: '', h: 26 }, { t: 'Date', b: true }, { t: '' }], [{ t: 'Full name', b: true }, { t: `${p.given} ${p.family.toUpperCase()}`, cs: 3 }]] },
  ];
  return { font: 'Calibri', cjk: 'SimSun', size: 9.5, header: 'JFSC Personal Questionnaire — Confidential when completed', footer: 'Page {p} of {n}', blocks: b };
}

/* p04 — Liberia: nursing board registration, duties in a row beneath each job, oldest first */
function lrNursing(): FormDoc {
  const p = byId('p04');
  const rows: Cell[][] = [[H('No.', '#C6E0B4'), H('Health facility / organisation', '#C6E0B4'), H('Position', '#C6E0B4'), H('From', '#C6E0B4'), H('To', '#C6E0B4')]];
  p.jobs.forEach((j, i) => {
    rows.push([{ t: String(i + 1), al: 'c', rs: 2 }, { t: j.company, b: true }, { t: j.title }, { t: d.mon(j.start), al: 'c' }, { t: d.mon(j.end, 'Present'), al: 'c' }]);
    rows.push([{ t: `Main duties: ${j.duties.join('; ')}`, cs: 4, sz: 8.5, i: true }]);
  });
  const b: Block[] = [
    { k: 'title', t: 'REPUBLIC OF LIBERIA\nLIBERIAN BOARD FOR NURSING AND MIDWIFERY', sz: 12.5 },
    { k: 'title', t: 'APPLICATION FOR RE-REGISTRATION AND LICENCE RENEWAL', sz: 11 },
    { k: 'table', cols: [70, 30], border: 'none', rows: [[{ t: 'Category:  ☒ Registered Nurse   ☐ Certified Midwife   ☐ Registered Midwife   ☐ LPN' }, { t: 'Licence No.: RN-4471', al: 'r', b: true }]] },
    { k: 'h', t: '1. PARTICULARS OF APPLICANT', sh: '#C6E0B4' },
    { k: 'table', cols: [24, 52, 24], rows: [
      [{ t: 'Full name', b: true }, { t: p.name }, { t: ['PASSPORT', 'PHOTO'], rs: 5, al: 'c', sz: 8 }],
      [{ t: 'Date of birth', b: true }, { t: '8 December 1983' }],
      [{ t: 'County of origin', b: true }, { t: 'Bong' }],
      [{ t: 'Address', b: true }, { t: p.address.join(', ') }],
      [{ t: 'Phone / E-mail', b: true }, { t: `${p.phoneNat}  /  ${p.email}` }],
    ] },
    { k: 'h', t: '2. NURSING EDUCATION', sh: '#C6E0B4' },
    { k: 'table', cols: [40, 35, 25], head: 1, rows: [[H('Institution', '#C6E0B4'), H('Programme', '#C6E0B4'), H('Years', '#C6E0B4')], ...p.education.map((e) => [{ t: e.school }, { t: e.award }, { t: `${d.year(e.start)} – ${d.year(e.end)}` }] as Cell[])] },
    { k: 'h', t: '3. WORK EXPERIENCE SINCE QUALIFICATION (earliest first)', sh: '#C6E0B4' },
    { k: 'table', cols: [6, 36, 28, 15, 15], head: 1, rows },
    { k: 'p', t: 'Period not in practice (if any): July 2013 – July 2014, full-time BSc Public Health, Cuttington University.', i: true, sz: 9 },
    { k: 'h', t: '4. SKILLS AND CONTINUING PROFESSIONAL DEVELOPMENT', sh: '#C6E0B4' },
    { k: 'table', cols: [30, 70], rows: [[{ t: 'Clinical / public health skills', b: true }, { t: skillList(p, '; ') }], [{ t: 'CPD hours in last 2 years', b: true }, { t: '46 hours (certificates attached)' }]] },
    { k: 'h', t: '5. ATTESTATION', sh: '#C6E0B4' },
    { k: 'p', t: 'I hereby attest that the above information is true and correct and that I have not been convicted of any offence related to the practice of nursing.' },
    { k: 'space', h: 12 },
    { k: 'table', cols: [50, 50], border: 'none', rows: [[{ t: 'Applicant signature: ____________________' }, { t: 'Date: ____ / ____ / 2026' }], [{ t: 'Verified by (Registrar): ________________' }, { t: 'Board seal:' }]] },
  ];
  return { font: 'Cambria', cjk: 'SimSun', size: 10, footer: 'LBNM/REG/Form 3   —   {p}', blocks: b };
}

/* p05 — Bhutan: Royal Civil Service Commission application with day-precise dates and a duration column */
function btRcsc(): FormDoc {
  const p = byId('p05');
  const b: Block[] = [
    { k: 'title', t: 'ROYAL CIVIL SERVICE COMMISSION\nRoyal Government of Bhutan', sz: 12.5 },
    { k: 'title', t: 'APPLICATION FORM FOR LATERAL RECRUITMENT / CONTRACT APPOINTMENT', sz: 11 },
    { k: 'table', cols: [28, 44, 28], rows: [
      [{ t: 'Position title', b: true }, { t: 'Dy. Chief ICT Officer (P2)' }, { t: 'Affix recent passport photograph', rs: 4, al: 'c', sz: 8 }],
      [{ t: 'Agency', b: true }, { t: 'Department of Information Technology and Telecom' }],
      [{ t: 'Vacancy announcement No.', b: true }, { t: 'RCSC/LR/2026/37' }],
      [{ t: 'CID No.', b: true }, { t: '1150 3008 412' }],
    ] },
    { k: 'h', t: 'A. PERSONAL INFORMATION', sh: '#FCE4D6' },
    { k: 'table', cols: [17, 36, 17, 30], rows: kv([
      ['Name', p.name], ['Gender', 'Female'], ['Date of birth', '30/04/1995'], ['Dzongkhag', 'Punakha'],
      ['Gewog', 'Toedwang'], ['Village', 'Samdingkha'], ['Present address', p.address.join(', ')], ['Mobile No.', p.phoneNat], ['Email', p.email], ['Marital status', 'Single'],
    ], 2, '#FCE4D6') },
    { k: 'h', t: 'B. ACADEMIC QUALIFICATION', sh: '#FCE4D6' },
    { k: 'table', cols: [10, 40, 30, 20], head: 1, rows: [[H('Sl. No.', '#FCE4D6'), H('Institute', '#FCE4D6'), H('Course', '#FCE4D6'), H('Year of completion', '#FCE4D6')], [{ t: '1', al: 'c' }, { t: p.education[0].school }, { t: p.education[0].award }, { t: '2016', al: 'c' }], [{ t: '2', al: 'c' }, { t: 'Yangchenphug Higher Secondary School' }, { t: 'Class XII (Science)' }, { t: '2012', al: 'c' }]] },
    { k: 'h', t: 'C. WORK EXPERIENCE', sh: '#FCE4D6' },
    { k: 'table', cols: [7, 30, 23, 13, 13, 14], head: 1, rows: [[H('Sl. No.', '#FCE4D6'), H('Organisation / Agency', '#FCE4D6'), H('Position title', '#FCE4D6'), H('From (dd/mm/yyyy)', '#FCE4D6'), H('To (dd/mm/yyyy)', '#FCE4D6'), H('Duration', '#FCE4D6')],
      ...p.jobs.map((j, i) => { const n = monthsOf(j); return [{ t: String(i + 1), al: 'c' }, { t: j.company }, { t: j.title }, { t: d.ddmmyyyy(j.start, day(j.company)), al: 'c' }, { t: j.end ? d.ddmmyyyy(j.end, 28) : 'Till date', al: 'c' }, { t: `${Math.floor(n / 12)} yrs ${n % 12} months`, al: 'c' }] as Cell[]; }),
      [{ t: 'Total experience (as on 30/11/2026)', b: true, cs: 5, al: 'r' }, { t: '9 yrs 11 months', b: true, al: 'c' }]] },
    { k: 'h', t: 'D. TECHNICAL SKILLS', sh: '#FCE4D6' },
    { k: 'table', cols: [100], rows: [[{ t: skillList(p) }]] },
    { k: 'table', cols: [30, 70], rows: [[{ t: 'Professional certification', b: true }, { t: p.certificates.join('; ') }], [{ t: 'Languages', b: true }, { t: p.languages.join(', ') }]] },
    { k: 'h', t: 'E. UNDERTAKING', sh: '#FCE4D6' },
    { k: 'p', t: 'I hereby declare that the information furnished above is true to the best of my knowledge. If found otherwise, my candidature shall be cancelled and I shall be liable for action as per the BCSR.' },
    { k: 'space', h: 12 },
    { k: 'table', cols: [50, 50], border: 'none', rows: [[{ t: 'Signature: ____________________' }, { t: 'Date: ___/___/2026', al: 'r' }]] },
  ];
  return { font: 'Times New Roman', cjk: 'SimSun', size: 10.5, footer: 'RCSC Form LR-1                                  {p}/{n}', blocks: b };
}

/* p06 — Cameroon: bilingual FR/EN engineering order registration, period header split into Du/From, Au/To */
function cmOnigc(): FormDoc {
  const p = byId('p06');
  const b: Block[] = [
    { k: 'table', cols: [50, 50], border: 'none', rows: [[{ t: ['RÉPUBLIQUE DU CAMEROUN', 'Paix – Travail – Patrie'], al: 'c', b: true, sz: 9 }, { t: ['REPUBLIC OF CAMEROON', 'Peace – Work – Fatherland'], al: 'c', b: true, sz: 9 }]] },
    { k: 'title', t: 'ORDRE NATIONAL DES INGÉNIEURS DE GÉNIE CIVIL\nNATIONAL ORDER OF CIVIL ENGINEERS', sz: 12 },
    { k: 'title', t: "FICHE D'INSCRIPTION AU TABLEAU / REGISTRATION FORM", sz: 10.5 },
    { k: 'h', t: 'I. IDENTIFICATION', line: true },
    { k: 'table', cols: [28, 72], rows: kv([
      ['Noms et prénoms / Full name', `${p.given} ${p.family.toUpperCase()}`], ['Né le / Born on', '17/01/1984 à / at Bamenda'],
      ['Nationalité / Nationality', 'Camerounaise / Cameroonian'], ['Adresse / Address', p.address.join(', ')],
      ['Téléphone / Telephone', p.phoneNat], ['E-mail', p.email], ['Spécialité / Speciality', 'Routes et ouvrages d’art / Roads and structures'],
    ], 1, '#F2F2F2') },
    { k: 'h', t: 'II. DIPLÔMES / QUALIFICATIONS', line: true },
    { k: 'table', cols: [38, 38, 24], head: 1, rows: [[H('Établissement / Institution'), H('Diplôme / Degree'), H('Année / Year')], ...p.education.map((e) => [{ t: e.school }, { t: e.award }, { t: d.year(e.end), al: 'c' }] as Cell[])] },
    { k: 'h', t: 'III. EXPÉRIENCE PROFESSIONNELLE / PROFESSIONAL EXPERIENCE', line: true },
    { k: 'table', cols: [11, 11, 28, 22, 28], head: 2, rows: [
      [{ ...H('Période / Period'), cs: 2 }, { ...H('Employeur / Employer'), rs: 2 }, { ...H('Poste / Position'), rs: 2 }, { ...H('Principaux travaux / Main works'), rs: 2 }],
      [H('Du / From'), H('Au / To')],
      ...recent(p).map((j) => [{ t: d.mmyyyy(j.start), al: 'c' }, { t: d.mmyyyy(j.end, "à ce jour / to date"), al: 'c' }, { t: [j.company, j.town] }, { t: j.title }, { t: j.duties.join('; '), sz: 8.5 }] as Cell[]),
    ] },
    { k: 'h', t: 'IV. COMPÉTENCES / SKILLS', line: true },
    { k: 'table', cols: [28, 72], rows: [[{ t: 'Logiciels et compétences techniques / Software and technical skills', b: true }, { t: skillList(p) }], [{ t: 'Langues / Languages', b: true }, { t: p.languages.join(', ') }]] },
    { k: 'h', t: 'V. ATTESTATION', line: true },
    { k: 'p', t: "J'atteste sur l'honneur l'exactitude des renseignements ci-dessus. / I certify on my honour that the above information is correct." },
    { k: 'space', h: 10 },
    { k: 'table', cols: [50, 50], border: 'none', rows: [[{ t: 'Fait à Douala, le ____________ / Done at Douala on' }, { t: 'Signature', al: 'r' }]] },
  ];
  return { font: 'Arial Narrow', cjk: 'SimSun', size: 9.5, footer: 'ONIGC — Fiche d’inscription — page {p}', blocks: b };
}

/* p07 — Canada: supply-chain designation work-experience verification, 4-column block per position with verifier */
function sccVerify(): FormDoc {
  const p = byId('p07');
  const b: Block[] = [
    { k: 'p', t: 'SUPPLY CHAIN CANADA', b: true, sz: 14, color: '#C00000' },
    { k: 'p', t: 'Chartered Supply Chain Management Professional (CSCMP) Designation\nWORK EXPERIENCE VERIFICATION FORM', b: true, sz: 11.5 },
    { k: 'p', t: 'Complete one block for each position held, starting with your current position. Each block must be verified by a supervisor or human-resources representative. Attach additional pages if required.', sz: 8.5, i: true },
    { k: 'h', t: 'PART 1 — CANDIDATE INFORMATION', sh: '#F2DCDB' },
    { k: 'table', cols: [20, 32, 18, 30], rows: kv([
      ['Candidate name', p.name], ['Member ID', 'MB-20431'], ['Provincial institute', 'Manitoba'], ['Program', 'CSCMP'],
      ['Mailing address', p.address.join(', ')], ['Telephone', p.phoneNat], ['Email', p.email], ['Program start', 'September 2025'],
    ], 2, '#F9EDED') },
    { k: 'h', t: 'PART 2 — EMPLOYMENT DETAILS', sh: '#F2DCDB' },
    ...recent(p).map((j, i): Block => ({ k: 'table', cols: [22, 28, 22, 28], rows: [
      [{ t: `Position ${i + 1}`, b: true, cs: 4, sh: '#F2DCDB' }],
      [{ t: 'Employer', b: true }, { t: j.company, cs: 3 }],
      [{ t: 'City / Province', b: true }, { t: j.town }, { t: 'Job title', b: true }, { t: j.title }],
      [{ t: 'Start date (MM/YYYY)', b: true }, { t: d.mmyyyy(j.start) }, { t: 'End date (MM/YYYY)', b: true }, { t: j.end ? d.mmyyyy(j.end) : 'Current' }],
      [{ t: 'Supply chain duties', b: true }, { t: j.duties.join('; '), cs: 3 }],
      [{ t: 'Verifier name', b: true }, { t: j.supervisor ?? '' }, { t: 'Verifier signature', b: true }, { t: '' }],
    ] })),
    { k: 'h', t: 'PART 3 — SKILLS AND COMPETENCIES', sh: '#F2DCDB' },
    { k: 'table', cols: [100], rows: [[{ t: skillList(p) }]] },
    { k: 'h', t: 'PART 4 — CANDIDATE DECLARATION', sh: '#F2DCDB' },
    { k: 'p', t: 'I confirm that the information provided is accurate and I authorize Supply Chain Canada to contact the verifiers named above.' },
    { k: 'table', cols: [22, 45, 10, 23], rows: [[{ t: 'Signature', b: true }, { t: '', h: 24 }, { t: 'Date', b: true }, { t: '' }]] },
  ];
  return { font: 'Calibri', cjk: 'SimSun', size: 9.5, footer: 'SCC-WEV-2024   Page {p} of {n}', blocks: b };
}

/* p08 — 会计专业工作简历表 (职称申报附表) */
function kjJianli(): FormDoc {
  const p = byId('p08');
  const rows: Cell[][] = [[H('起止年月', '#FFFFFF'), H('工作单位', '#FFFFFF'), H('职务', '#FFFFFF'), H('从事何种会计工作', '#FFFFFF'), H('证明人', '#FFFFFF')]];
  p.jobs.forEach((j, i) => {
    const same = i > 0 && p.jobs[i - 1].company === j.company;
    const merge = !same && p.jobs[i + 1]?.company === j.company;
    rows.push([{ t: `${d.dot(j.start)}—${d.dot(j.end)}`, al: 'c' }, ...(same ? [] : [{ t: j.company, rs: merge ? 2 : undefined } as Cell]), { t: j.title, al: 'c' }, { t: j.duties.join(';') }, { t: j.supervisor ?? '', al: 'c' }]);
  });
  const b: Block[] = [
    { k: 'title', t: '会计专业工作简历表', sz: 16 },
    { k: 'p', t: '申报资格:高级会计师                                   填表日期:2026年  月  日', sz: 10 },
    { k: 'table', cols: [13, 17, 13, 17, 14, 26], rows: [
      [{ t: '姓  名', al: 'c' }, { t: p.name, al: 'c' }, { t: '性  别', al: 'c' }, { t: '女', al: 'c' }, { t: '出生年月', al: 'c' }, { t: '1988.05', al: 'c' }],
      [{ t: '民  族', al: 'c' }, { t: '壮族', al: 'c' }, { t: '政治面貌', al: 'c' }, { t: '中共党员', al: 'c' }, { t: '参加工作时间', al: 'c' }, { t: '2010.07', al: 'c' }],
      [{ t: '毕业院校', al: 'c' }, { t: '广西财经学院', cs: 3 }, { t: '学历/专业', al: 'c' }, { t: '本科/会计学', al: 'c' }],
      [{ t: '现工作单位', al: 'c' }, { t: p.jobs[3].company, cs: 3 }, { t: '现任职务', al: 'c' }, { t: '财务主管', al: 'c' }],
      [{ t: '现专业技术资格', al: 'c' }, { t: '会计师(中级),2016年取得', cs: 3 }, { t: '联系电话', al: 'c' }, { t: p.phoneNat, al: 'c' }],
      [{ t: '电子邮箱', al: 'c' }, { t: p.email, cs: 5 }],
    ] },
    { k: 'p', t: '会计工作经历(从参加会计工作时填起,按时间先后顺序)', b: true, sz: 10.5 },
    { k: 'table', cols: [19, 27, 11, 29, 14], head: 1, rows },
    { k: 'table', cols: [14, 86], rows: [
      [{ t: '业务专长', al: 'c' }, { t: skillList(p, '、'), h: 36 }],
      [{ t: '本人承诺', al: 'c' }, { t: ['本人对以上所填内容的真实性负责,如有虚假,愿承担相应责任。', '', '本人签名:                          年    月    日'], h: 60 }],
      [{ t: '单位意见', al: 'c' }, { t: ['经审核,该同志所填会计工作经历属实。', '', '(单位盖章)                        年    月    日'], h: 60 }],
    ] },
    { k: 'p', t: '注:本表一式两份,须用A4纸打印,手写签名无效者不予受理。', sz: 9 },
  ];
  return { font: 'Times New Roman', cjk: '宋体', size: 10.5, lang: 'zh', blocks: b };
}

/* p09 — 科技特派员申报表: 工作简历 as one big merged cell of lines */
function tepaiyuan(): FormDoc {
  const p = byId('p09');
  const lines = p.jobs.map((j) => `${d.dot(j.start)}—${d.dot(j.end)}    ${j.company}    ${j.title}`);
  const b: Block[] = [
    { k: 'p', t: '附件2', sz: 10.5 },
    { k: 'title', t: '湖南省科技特派员申报表', sz: 16 },
    { k: 'p', t: '推荐单位(盖章):湘潭市科学技术局                    编号:', sz: 10 },
    { k: 'table', cols: [14, 18, 12, 16, 14, 26], rows: [
      [{ t: '姓    名', al: 'c' }, { t: p.name, al: 'c' }, { t: '性别', al: 'c' }, { t: '男', al: 'c' }, { t: '出生年月', al: 'c' }, { t: ['', '(照片)', ''], rs: 4, al: 'c' }],
      [{ t: '民    族', al: 'c' }, { t: '汉族', al: 'c' }, { t: '学历', al: 'c' }, { t: '本科', al: 'c' }, { t: '1989.10', al: 'c' }],
      [{ t: '工作单位', al: 'c' }, { t: p.jobs[3].company, cs: 3 }, { t: '职务/职称', al: 'c' }],
      [{ t: '专业领域', al: 'c' }, { t: '机械设计与制造', cs: 3 }, { t: '副经理/工程师', al: 'c' }],
      [{ t: '手    机', al: 'c' }, { t: p.phoneNat, cs: 2 }, { t: '电子邮箱', al: 'c' }, { t: p.email, cs: 2 }],
      [{ t: '通讯地址', al: 'c' }, { t: p.address.join(''), cs: 5 }],
      [{ t: ['工', '作', '简', '历'], al: 'c' }, { t: ['2007.09—2011.06    湖南工业大学    机械设计制造及其自动化专业 学生', ...lines], cs: 5, h: 110, va: 'top' }],
      [{ t: ['专业', '特长'], al: 'c' }, { t: skillList(p, '、'), cs: 5, h: 40, va: 'top' }],
      [{ t: ['服务', '意向'], al: 'c' }, { t: ['服务对象:湘潭市岳塘区中小型机电制造企业', '服务内容:产品结构优化、有限元分析培训、工艺改进'], cs: 5, h: 50, va: 'top' }],
      [{ t: ['个人', '承诺'], al: 'c' }, { t: ['本人自愿申报科技特派员,保证所填信息真实有效,服从派出单位管理。', '', '签名:                    年    月    日'], cs: 5, h: 60, va: 'top' }],
      [{ t: ['所在', '单位', '意见'], al: 'c' }, { t: ['', '', '(盖章)                    年    月    日'], cs: 5, h: 60, va: 'top' }],
    ] },
  ];
  return { font: 'Times New Roman', cjk: '仿宋', size: 11, lang: 'zh', blocks: b };
}

/* p10 — 国际中文教师志愿者报名表: start/end in separate columns, most recent first */
function zyzBaoming(): FormDoc {
  const p = byId('p10');
  const b: Block[] = [
    { k: 'title', t: '国际中文教师志愿者报名表', sz: 16 },
    { k: 'p', t: '报名批次:2027年春季    意向国家/地区:泰国、老挝    报名编号:', sz: 10 },
    { k: 'h', t: '一、基本信息' },
    { k: 'table', cols: [14, 20, 14, 20, 32], rows: [
      [{ t: '姓名', al: 'c' }, { t: p.name, al: 'c' }, { t: '性别', al: 'c' }, { t: '女', al: 'c' }, { t: ['近期免冠', '彩色照片'], rs: 5, al: 'c' }],
      [{ t: '出生日期', al: 'c' }, { t: '1992-02-19', al: 'c' }, { t: '民族', al: 'c' }, { t: '汉族', al: 'c' }],
      [{ t: '政治面貌', al: 'c' }, { t: '共青团员', al: 'c' }, { t: '婚姻状况', al: 'c' }, { t: '未婚', al: 'c' }],
      [{ t: '最高学历', al: 'c' }, { t: '硕士研究生', al: 'c' }, { t: '教师资格', al: 'c' }, { t: '高中语文', al: 'c' }],
      [{ t: '手机', al: 'c' }, { t: p.phoneNat, al: 'c' }, { t: '电子邮箱', al: 'c' }, { t: p.email, sz: 9 }],
      [{ t: '通讯地址', al: 'c' }, { t: p.address.join(''), cs: 4 }],
    ] },
    { k: 'h', t: '二、教育经历' },
    { k: 'table', cols: [18, 18, 34, 30], head: 1, rows: [[H('开始时间', '#FFFFFF'), H('结束时间', '#FFFFFF'), H('学校', '#FFFFFF'), H('专业及学位', '#FFFFFF')], ...[...p.education].reverse().map((e) => [{ t: d.zh(e.start), al: 'c' }, { t: d.zh(e.end), al: 'c' }, { t: e.school }, { t: e.award }] as Cell[])] },
    { k: 'h', t: '三、工作经历(由近及远)' },
    { k: 'table', cols: [15, 15, 30, 16, 24], head: 1, rows: [[H('开始时间', '#FFFFFF'), H('结束时间', '#FFFFFF'), H('工作单位', '#FFFFFF'), H('职务', '#FFFFFF'), H('主要工作内容', '#FFFFFF')], ...recent(p).map((j) => [{ t: d.zh(j.start), al: 'c' }, { t: d.zh(j.end), al: 'c' }, { t: j.company }, { t: j.title }, { t: j.duties.join(';'), sz: 9 }] as Cell[])] },
    { k: 'h', t: '四、专业技能与才艺' },
    { k: 'table', cols: [100], rows: [[{ t: skillList(p, ';'), h: 30 }]] },
    { k: 'table', cols: [20, 80], rows: [[{ t: '外语水平', al: 'c' }, { t: p.languages.join(';') }], [{ t: '证书', al: 'c' }, { t: p.certificates.join(';') }], [{ t: '海外经历', al: 'c' }, { t: '2018年10月至2019年9月在泰国清迈任国际中文教师志愿者,获“优秀志愿者”称号。' }]] },
    { k: 'h', t: '五、本人声明' },
    { k: 'p', t: '本人保证以上信息真实准确,自愿服从派出安排,遵守志愿者管理规定。' },
    { k: 'p', t: '本人签字:                         日期:    年   月   日', al: 'r' },
  ];
  return { font: 'Times New Roman', cjk: '宋体', size: 10.5, lang: 'zh', footer: '第 {p} 页 共 {n} 页', blocks: b };
}

/* p11 — 流动人员人事档案存档登记表: classic 自何年何月/至何年何月 简历 with study and army rows */
function cundang(): FormDoc {
  const p = byId('p11');
  const items: [string, string | null, string, string][] = [
    ['2005-09', '2008-07', '喀什市第六中学', '学生'],
    ...p.jobs.slice(0, 2).map((j) => [j.start, j.end, j.company, j.title] as [string, string | null, string, string]),
    ['2012-03', '2015-01', '新疆工程学院(成人教育)电气工程及其自动化专业', '业余学习'],
    ...p.jobs.slice(2).map((j) => [j.start, j.end, j.company, j.title] as [string, string | null, string, string]),
  ];
  const b: Block[] = [
    { k: 'title', t: '喀什地区人才交流服务中心\n流动人员人事档案存档登记表', sz: 15 },
    { k: 'p', t: '档案编号:KS-2026-0917                                        登记日期:2026年10月12日', sz: 9.5 },
    { k: 'table', cols: [13, 17, 11, 15, 14, 13, 17], rows: [
      [{ t: '姓名', al: 'c' }, { t: p.name, al: 'c', cs: 2 }, { t: '性别', al: 'c' }, { t: '男', al: 'c' }, { t: '出生年月', al: 'c' }, { t: '1990.07', al: 'c' }],
      [{ t: '民族', al: 'c' }, { t: '维吾尔族', al: 'c', cs: 2 }, { t: '籍贯', al: 'c' }, { t: '新疆喀什', al: 'c' }, { t: '政治面貌', al: 'c' }, { t: '中共党员', al: 'c' }],
      [{ t: '学历', al: 'c' }, { t: '大专', al: 'c', cs: 2 }, { t: '职称', al: 'c' }, { t: '助理工程师', al: 'c' }, { t: '参加工作时间', al: 'c' }, { t: '2008.12', al: 'c' }],
      [{ t: '现工作单位', al: 'c' }, { t: p.jobs[3].company, cs: 4 }, { t: '联系电话', al: 'c' }, { t: p.phoneNat, al: 'c' }],
      [{ t: '家庭住址', al: 'c' }, { t: p.address.join(''), cs: 6 }],
      [{ t: '是否退役军人', al: 'c' }, { t: '是(2010年12月退役,上等兵)', cs: 3 }, { t: '电子邮箱', al: 'c' }, { t: p.email, cs: 2 }],
    ] },
    { k: 'p', t: '个 人 简 历(从初中或高中填起,时间要连续)', b: true, al: 'c' },
    { k: 'table', cols: [15, 15, 50, 20], head: 1, rows: [[H('自何年何月', '#FFFFFF'), H('至何年何月', '#FFFFFF'), H('在何地、何单位学习或工作', '#FFFFFF'), H('任何职', '#FFFFFF')],
      ...items.map(([s, e, c, t]) => [{ t: d.dot(s), al: 'c' }, { t: d.dot(e), al: 'c' }, { t: c }, { t, al: 'c' }] as Cell[])] },
    { k: 'table', cols: [15, 85], rows: [
      [{ t: '专业技能', al: 'c' }, { t: skillList(p, '、'), h: 30 }],
      [{ t: '资格证书', al: 'c' }, { t: p.certificates.join('、') }],
      [{ t: '存档人承诺', al: 'c' }, { t: ['以上所填内容真实无误,档案材料来源清楚。如有不实,本人承担一切责任。', '', '本人签字:                     年   月   日'], h: 54 }],
      [{ t: '中心审核意见', al: 'c' }, { t: ['', '经办人:              (盖章)          年   月   日'], h: 44 }],
    ] },
  ];
  return { font: 'Times New Roman', cjk: '宋体', size: 10.5, lang: 'zh', blocks: b };
}

/* p12 — 台灣文具店「履歷表」form: ROC dates, photo box, 離職原因 */
function twLuli(): FormDoc {
  const p = byId('p12');
  const b: Block[] = [
    { k: 'title', t: '履  歷  表', sz: 20 },
    { k: 'p', t: '應徵職務:製程整合經理                         填表日期:民國115年  月  日', sz: 10 },
    { k: 'table', cols: [12, 18, 10, 12, 12, 14, 22], rows: [
      [{ t: '姓  名', al: 'c' }, { t: p.name, al: 'c' }, { t: '性別', al: 'c' }, { t: '女', al: 'c' }, { t: '出生', al: 'c' }, { t: '82年8月9日', al: 'c' }, { t: ['貼', '最近', '二吋', '半身', '照片'], rs: 5, al: 'c', sz: 9 }],
      [{ t: '籍  貫', al: 'c' }, { t: '彰化縣', al: 'c' }, { t: '血型', al: 'c' }, { t: 'O', al: 'c' }, { t: '婚姻', al: 'c' }, { t: '未婚', al: 'c' }],
      [{ t: '身分證字號', al: 'c' }, { t: 'N2********', al: 'c' }, { t: '兵役', al: 'c' }, { t: '免役', al: 'c' }, { t: '身高', al: 'c' }, { t: '161 公分', al: 'c' }],
      [{ t: '通訊處', al: 'c' }, { t: p.address[0], cs: 5 }],
      [{ t: '行動電話', al: 'c' }, { t: p.phoneNat, cs: 2 }, { t: 'E-mail', al: 'c' }, { t: p.email, cs: 2, sz: 9 }],
    ] },
    { k: 'table', cols: [12, 30, 30, 28], head: 1, rows: [[{ t: ['學', '', '歷'], rs: p.education.length + 1, al: 'c' }, H('學校名稱', '#FFFFFF'), H('科系', '#FFFFFF'), H('起迄年月', '#FFFFFF')],
      ...p.education.map((e) => [{ t: e.school, al: 'c' }, { t: e.award, al: 'c' }, { t: `${d.roc(e.start)} ~ ${d.roc(e.end)}`, al: 'c' }] as Cell[])] },
    { k: 'table', cols: [12, 28, 18, 26, 16], head: 1, rows: [[{ t: ['經', '', '', '歷'], rs: p.jobs.length + 1, al: 'c' }, H('服務機關名稱', '#FFFFFF'), H('職  稱', '#FFFFFF'), H('起迄年月', '#FFFFFF'), H('離職原因', '#FFFFFF')],
      ...recent(p).map((j) => [{ t: j.company, al: 'c' }, { t: j.title, al: 'c' }, { t: `${d.roc(j.start)} ~ ${d.roc(j.end)}`, al: 'c' }, { t: j.reason ?? '在職中', al: 'c' }] as Cell[])] },
    { k: 'table', cols: [12, 88], rows: [
      [{ t: '專  長', al: 'c' }, { t: skillList(p, '、'), h: 30 }],
      [{ t: '語  文', al: 'c' }, { t: '英語(TOEIC 860)  聽□優☑良□可  說□優☑良□可  讀☑優□良□可  寫□優☑良□可' }],
      [{ t: '希望待遇', al: 'c' }, { t: '依公司規定' }],
      [{ t: '可到職日', al: 'c' }, { t: '錄取後一個月' }],
      [{ t: '緊急聯絡人', al: 'c' }, { t: '蔡明德(父)  04-7226-518' }],
    ] },
    { k: 'p', t: '本人保證以上所填各項均屬事實,如有不實,願負一切責任。', sz: 10 },
    { k: 'p', t: '應徵人簽章:________________', al: 'r', sz: 10 },
  ];
  return { font: 'Times New Roman', cjk: '標楷體', size: 11, lang: 'zh-TW', blocks: b };
}

/* p13 — Canada: statistical society accreditation, months and share of statistical work */
function sscPstat(): FormDoc {
  const p = byId('p13');
  const b: Block[] = [
    { k: 'p', t: 'Statistical Society of Canada / Société statistique du Canada', b: true, sz: 12, color: '#2F5496' },
    { k: 'p', t: 'APPLICATION FOR ACCREDITATION — A.Stat. / P.Stat.\nForm B: Record of Professional Experience', b: true, sz: 11.5 },
    { k: 'table', cols: [26, 74], rows: kv([
      ['Applicant name', 'CHEN, Siyuan (Stephen)'], ['Name in original script', p.name], ['Designation sought', 'P.Stat.'], ['Mailing address', p.address.join(', ')], ['Telephone', p.phoneNat], ['Email', p.email],
    ], 1, '#DDEBF7') },
    { k: 'p', t: 'List every position since your first statistical degree, most recent first. Months = full months in the position; % stat. = proportion of the position spent on statistical work.', i: true, sz: 8.5 },
    { k: 'table', cols: [28, 22, 22, 10, 18], head: 1, rows: [[H('Employer', '#DDEBF7'), H('Position', '#DDEBF7'), H('Period (YYYY-MM to YYYY-MM)', '#DDEBF7'), H('Months', '#DDEBF7'), H('% stat. work', '#DDEBF7')],
      ...recent(p).flatMap((j) => [
        [{ t: j.company, b: true }, { t: j.title }, { t: `${d.iso(j.start)} to ${d.iso(j.end, 'present')}`, al: 'c' }, { t: String(monthsOf(j, '2026-10')), al: 'c' }, { t: j.title.includes('Intern') ? '80%' : '90%', al: 'c' }] as Cell[],
        [{ t: `Statistical activities: ${j.duties.join('; ')}.`, cs: 5, sz: 8.5 }] as Cell[],
      ])] },
    { k: 'p', t: 'Gap explanation: 2017-01 to 2017-06 completion of B.Sc.; 2019-09 to 2020-12 full-time graduate study (M.Sc., University of Toronto).', sz: 9 },
    { k: 'h', t: 'Statistical and computing skills', line: true },
    { k: 'table', cols: [100], rows: [[{ t: skillList(p, ' | ') }]] },
    { k: 'h', t: 'Education', line: true },
    { k: 'table', cols: [45, 35, 20], rows: p.education.map((e) => [{ t: e.school }, { t: e.award }, { t: d.year(e.end), al: 'c' }] as Cell[]) },
    { k: 'h', t: 'Attestation', line: true },
    { k: 'p', t: 'I attest that this record is accurate and complete, and I agree to abide by the SSC Code of Ethical Statistical Practice.' },
    { k: 'table', cols: [20, 45, 10, 25], rows: [[{ t: 'Signature', b: true }, { t: '', h: 22 }, { t: 'Date', b: true }, { t: '' }]] },
  ];
  return { font: 'Calibri', cjk: 'SimSun', size: 10, footer: 'SSC Accreditation — Form B — {p}', blocks: b };
}

/* p14 — Malaysia: HRD Corp trainer registration, bilingual Malay/English */
function hrdcorp(): FormDoc {
  const p = byId('p14');
  const b: Block[] = [
    { k: 'p', t: 'HRD CORP — PEMBANGUNAN SUMBER MANUSIA BERHAD', b: true, sz: 12, color: '#203864' },
    { k: 'p', t: 'BORANG PENDAFTARAN JURULATIH / TRAINER REGISTRATION FORM', b: true, sz: 11 },
    { k: 'p', t: 'Sila lengkapkan dalam HURUF BESAR / Please complete in CAPITAL LETTERS', sz: 8.5, i: true },
    { k: 'h', t: 'BAHAGIAN A: MAKLUMAT PERIBADI / PART A: PERSONAL PARTICULARS', sh: '#D9E1F2' },
    { k: 'table', cols: [30, 45, 25], rows: [
      [{ t: 'Nama (seperti dalam MyKad) / Name (as per MyKad)', sz: 8.5 }, { t: 'WONG JUN JIE' }, { t: ['Gambar', 'Photo'], rs: 6, al: 'c', sz: 8 }],
      [{ t: 'Nama dalam tulisan asal / Name in original script', sz: 8.5 }, { t: p.name }],
      [{ t: 'No. MyKad / NRIC No.', sz: 8.5 }, { t: '861229-07-5163' }],
      [{ t: 'Alamat / Address', sz: 8.5 }, { t: p.address.join(', ') }],
      [{ t: 'No. Telefon Bimbit / Mobile No.', sz: 8.5 }, { t: p.phoneNat }],
      [{ t: 'E-mel / E-mail', sz: 8.5 }, { t: p.email }],
    ] },
    { k: 'h', t: 'BAHAGIAN B: KELAYAKAN AKADEMIK / PART B: ACADEMIC QUALIFICATIONS', sh: '#D9E1F2' },
    { k: 'table', cols: [40, 40, 20], head: 1, rows: [[H('Institusi / Institution', '#D9E1F2'), H('Kelayakan / Qualification', '#D9E1F2'), H('Tahun / Year', '#D9E1F2')], ...p.education.map((e) => [{ t: e.school }, { t: e.award }, { t: d.year(e.end), al: 'c' }] as Cell[])] },
    { k: 'h', t: 'BAHAGIAN C: PENGALAMAN KERJA / PART C: WORKING EXPERIENCE', sh: '#D9E1F2' },
    { k: 'table', cols: [5, 13, 13, 35, 34], head: 1, rows: [[H('Bil.', '#D9E1F2'), H('Dari / From (BB/TTTT)', '#D9E1F2'), H('Hingga / To (BB/TTTT)', '#D9E1F2'), H('Majikan / Employer', '#D9E1F2'), H('Jawatan / Position', '#D9E1F2')],
      ...recent(p).map((j, i) => [{ t: `${i + 1}.`, al: 'c' }, { t: d.mmyyyy(j.start), al: 'c' }, { t: d.mmyyyy(j.end, 'Kini / Present'), al: 'c' }, { t: j.company }, { t: j.title }] as Cell[])] },
    { k: 'h', t: 'BAHAGIAN D: BIDANG KEPAKARAN / PART D: AREAS OF EXPERTISE', sh: '#D9E1F2' },
    { k: 'table', cols: [100], rows: [[{ t: p.skills.map((s, i) => `${i + 1}. ${s.s}`), va: 'top' }]] },
    { k: 'table', cols: [30, 70], rows: [[{ t: 'Sijil profesional / Professional certificates', sz: 8.5 }, { t: p.certificates.join('; ') }], [{ t: 'Bahasa / Languages', sz: 8.5 }, { t: p.languages.join(', ') }]] },
    { k: 'h', t: 'BAHAGIAN E: PENGAKUAN / PART E: DECLARATION', sh: '#D9E1F2' },
    { k: 'p', t: 'Saya mengaku bahawa semua maklumat di atas adalah benar. / I declare that all the information above is true.' },
    { k: 'table', cols: [50, 50], border: 'none', rows: [[{ t: 'Tandatangan / Signature: ______________' }, { t: 'Tarikh / Date: ___________' }]] },
  ];
  return { font: 'Arial', cjk: 'SimSun', size: 9.5, footer: 'HRD Corp/TR/01  •  Muka surat / Page {p}', blocks: b };
}

/* p15 — 中外合资企业 bilingual 应聘人员登记表 with referee phone per job */
function jvYingpin(): FormDoc {
  const p = byId('p15');
  const b: Block[] = [
    { k: 'table', cols: [60, 40], border: 'none', rows: [[{ t: ['上海莱茵汉斯家居用品有限公司', 'Shanghai Rheinhaus Household Products Co., Ltd.'], b: true, sz: 10 }, { t: ['人力资源部 HR Department', '表单编号 Form No.: HR-F-003'], al: 'r', sz: 8.5 }]] },
    { k: 'title', t: '应聘人员登记表\nAPPLICATION FORM FOR EMPLOYMENT', sz: 14 },
    { k: 'table', cols: [15, 27, 14, 17, 27], rows: [
      [{ t: ['应聘职位', 'Position applied'], sz: 8.5 }, { t: '市场总监 Marketing Director', cs: 3 }, { t: ['照片', 'Photo'], rs: 5, al: 'c' }],
      [{ t: ['中文姓名', 'Chinese name'], sz: 8.5 }, { t: p.name }, { t: ['英文名', 'English name'], sz: 8.5 }, { t: 'Angela Guo' }],
      [{ t: ['出生日期', 'Date of birth'], sz: 8.5 }, { t: '1990-06-15' }, { t: ['性别', 'Gender'], sz: 8.5 }, { t: '女 F' }],
      [{ t: ['手机', 'Mobile'], sz: 8.5 }, { t: p.phoneNat }, { t: ['婚姻状况', 'Marital status'], sz: 8.5 }, { t: '已婚 Married' }],
      [{ t: ['电子邮件', 'E-mail'], sz: 8.5 }, { t: p.email }, { t: ['户口', 'Hukou'], sz: 8.5 }, { t: '上海 Shanghai' }],
      [{ t: ['现住址', 'Address'], sz: 8.5 }, { t: p.address[0], cs: 4 }],
    ] },
    { k: 'h', t: '教育背景 Education', sh: '#D0CECE' },
    { k: 'table', cols: [22, 44, 34], rows: p.education.map((e) => [{ t: `${d.slash(e.start)} – ${d.slash(e.end)}` }, { t: e.school }, { t: e.award }] as Cell[]) },
    { k: 'h', t: '工作经历(从最近的开始) Work experience (latest first)', sh: '#D0CECE' },
    { k: 'table', cols: [17, 30, 17, 14, 22], head: 1, rows: [[H('起止时间\nFrom – To'.split('\n').join(' '), '#EDEDED'), H('公司名称 Company', '#EDEDED'), H('职位 Position', '#EDEDED'), H('离职原因 Reason for leaving', '#EDEDED'), H('证明人及电话 Reference & Tel.', '#EDEDED')],
      ...recent(p).map((j, i) => [{ t: `${d.slash(j.start)} – ${d.slash(j.end, '至今 now')}`, sz: 9 }, { t: j.company, sz: 9 }, { t: j.title, sz: 9 }, { t: j.reason ?? '—', sz: 8.5 }, { t: i === 1 ? `${p.referees[0].name} ${p.referees[0].phone}` : i === 0 ? '(在职,暂不联系 currently employed)' : '—', sz: 8.5 }] as Cell[])] },
    { k: 'h', t: '专业技能 Professional skills', sh: '#D0CECE' },
    { k: 'table', cols: [100], rows: [[{ t: skillList(p, '; ') }]] },
    { k: 'table', cols: [20, 80], rows: [[{ t: '语言 Languages', sz: 9 }, { t: p.languages.join('; ') }], [{ t: '期望薪资 Expected salary', sz: 9 }, { t: '面议 Negotiable' }], [{ t: '到岗时间 Available from', sz: 9 }, { t: '一个月 1 month notice' }]] },
    { k: 'p', t: '本人声明以上资料属实,并同意公司进行背景调查。 I declare the above information is true and authorise the company to conduct background checks.', sz: 9 },
    { k: 'table', cols: [50, 50], border: 'none', rows: [[{ t: '签名 Signature: ____________' }, { t: '日期 Date: ____________', al: 'r' }]] },
  ];
  return { font: 'Arial', cjk: '宋体', size: 9.5, lang: 'zh', blocks: b };
}

/* p16 — Royal Society of Chemistry chartership application: month/year columns, duties row beneath */
function rscCchem(): FormDoc {
  const p = byId('p16');
  const rows: Cell[][] = [[H('From (month/year)', '#E2EFDA'), H('To (month/year)', '#E2EFDA'), H('Employer and location', '#E2EFDA'), H('Job title', '#E2EFDA')]];
  for (const j of recent(p)) {
    rows.push([{ t: d.mmyyyy(j.start), al: 'c' }, { t: d.mmyyyy(j.end, 'present'), al: 'c' }, { t: `${j.company}, ${j.town}` }, { t: j.title }]);
    rows.push([{ t: `Key responsibilities: ${j.duties.join('; ')}`, cs: 4, sz: 8.5 }]);
  }
  const b: Block[] = [
    { k: 'p', t: 'Royal Society of Chemistry', b: true, sz: 14, color: '#375623' },
    { k: 'p', t: 'Chartered Chemist (CChem) — Application Form', b: true, sz: 12 },
    { k: 'h', t: 'Section 1: Your details', sh: '#E2EFDA' },
    { k: 'table', cols: [30, 70], rows: kv([
      ['Full name', `Dr ${p.alt} (${p.name})`], ['Membership number', '665210'], ['Current grade', 'MRSC'], ['Home address', p.address.join(', ')], ['Mobile', p.phoneNat], ['Email', p.email],
    ], 1, '#F2F8EE') },
    { k: 'h', t: 'Section 2: Qualifications', sh: '#E2EFDA' },
    { k: 'table', cols: [40, 40, 20], rows: p.education.map((e) => [{ t: e.school }, { t: e.award }, { t: d.year(e.end), al: 'c' }] as Cell[]) },
    { k: 'h', t: 'Section 3: Employment history (current post first)', sh: '#E2EFDA' },
    { k: 'p', t: 'Periods of full-time study (09/2013 – 09/2017, PhD) are listed in Section 2.', i: true, sz: 8.5 },
    { k: 'table', cols: [15, 15, 40, 30], head: 1, rows },
    { k: 'h', t: 'Section 4: Technical skills', sh: '#E2EFDA' },
    { k: 'table', cols: [100], rows: [[{ t: skillList(p) }]] },
    { k: 'h', t: 'Section 5: Sponsors', sh: '#E2EFDA' },
    { k: 'table', cols: [30, 45, 25], rows: p.referees.map((r) => [{ t: r.name }, { t: `${r.role}, ${r.org}` }, { t: r.phone }] as Cell[]) },
    { k: 'h', t: 'Section 6: Declaration', sh: '#E2EFDA' },
    { k: 'p', t: 'I confirm that the information in this application is accurate and agree to abide by the RSC Code of Conduct.' },
    { k: 'table', cols: [20, 45, 10, 25], rows: [[{ t: 'Signed', b: true }, { t: '', h: 22 }, { t: 'Date', b: true }, { t: '' }]] },
  ];
  return { font: 'Arial', cjk: 'SimSun', size: 9.5, footer: 'RSC CChem application — page {p} of {n}', blocks: b };
}

/* p02 — Word 2003-era "Elegant Résumé" style: layout table with headings in a narrow left column */
function word2003(): FormDoc {
  const p = byId('p02');
  const sec = (h: string, body: string[]): Cell[] => [{ t: h, b: true, va: 'top', sz: 10.5 }, { t: body, va: 'top' }];
  const b: Block[] = [
    { k: 'p', t: p.address.join(' • '), al: 'c', sz: 8.5 },
    { k: 'p', t: `Phone ${p.phoneIntl} • E-mail ${p.email}`, al: 'c', sz: 8.5 },
    { k: 'title', t: p.name.toUpperCase(), sz: 20, al: 'c', b: false },
    { k: 'table', border: 'none', cols: [22, 78], rows: [
      sec('Objective', ['To contribute field and community experience to fisheries management in the Belize public service.']),
      sec('Experience', recent(p).flatMap((j) => [`${d.mon(j.start)} – ${d.mon(j.end, 'present')}`, `${j.company}, ${j.town}`, `${j.title}`, ...j.duties.map((x) => `   ▪ ${x}`), ''])),
      sec('Education', p.education.flatMap((e) => [`${d.year(e.start)}–${d.year(e.end)}      ${e.school}      ${e.town}`, `   ▪ ${e.award}`])),
      sec('Skills', p.skills.map((s) => `▪ ${s.s}`)),
      sec('Languages', [p.languages.join(', ')]),
      sec('Certificates', p.certificates.map((c) => `▪ ${c}`)),
      sec('References', ['Available on request.']),
    ] },
  ];
  return { font: 'Garamond', cjk: 'SimSun', size: 10.5, blocks: b };
}

export const docxForms: DocxForm[] = [
  { person: 'p01', template: 'ls-psc', layout: 'table', title: 'Application for appointment to the public service', build: lsPsc },
  { person: 'p02', template: 'bz-psc', layout: 'table', title: 'Application for employment in the public service', build: bzPsc },
  { person: 'p02', template: 'word2003-elegant', layout: 'single', title: 'Resume', build: word2003 },
  { person: 'p03', template: 'jfsc-pq', layout: 'table', title: 'Personal Questionnaire', build: jfscPq },
  { person: 'p04', template: 'lbnm-renewal', layout: 'table', title: 'Application for re-registration', build: lrNursing },
  { person: 'p05', template: 'rcsc-lateral', layout: 'table', title: 'RCSC application form', build: btRcsc },
  { person: 'p06', template: 'onigc-inscription', layout: 'table', title: "Fiche d'inscription", build: cmOnigc },
  { person: 'p07', template: 'scc-verification', layout: 'table', title: 'Work experience verification form', build: sccVerify },
  { person: 'p08', template: 'kuaiji-jianlibiao', layout: 'table', title: '会计专业工作简历表', build: kjJianli },
  { person: 'p09', template: 'tepaiyuan', layout: 'table', title: '科技特派员申报表', build: tepaiyuan },
  { person: 'p10', template: 'zhiyuanzhe-baoming', layout: 'table', title: '国际中文教师志愿者报名表', build: zyzBaoming },
  { person: 'p11', template: 'cundang-dengji', layout: 'table', title: '流动人员人事档案存档登记表', build: cundang },
  { person: 'p12', template: 'tw-wenju-luli', layout: 'table', title: '履歷表', build: twLuli },
  { person: 'p13', template: 'ssc-pstat', layout: 'table', title: 'Record of professional experience', build: sscPstat },
  { person: 'p14', template: 'hrdcorp-trainer', layout: 'table', title: 'Trainer registration form', build: hrdcorp },
  { person: 'p15', template: 'jv-yingpin', layout: 'table', title: '应聘人员登记表', build: jvYingpin },
  { person: 'p16', template: 'rsc-cchem', layout: 'table', title: 'CChem application form', build: rscCchem },
];
export type { Job };
