/** heldout-27 Word (DOCX) templates: mostly forms built from Word tables, one per person, plus one tab-stop CV. */
import { Document, Paragraph, Table, TabStopType, TextRun } from 'docx';
import type { Person } from './people.ts';
import { cell, doc, fd, gapP, heading, newestFirst, para, range, row, run, skillItems, stacked, table } from './lib.ts';

const W = 9900; // usable width in twips with 1000 margins
const G = 'D9D9D9';
const secBar = (t: string, widths: number[], fill = G) => row(cell(t, { b: true, span: widths.length, fill, sz: 19 }));

/** p01 – Rwanda public-service application form: surname/first name in separate cells, one row per job, From/To cells. */
function rwPsc(p: Person): Document {
  const w6 = [500, 2700, 2200, 1200, 1200, 2100];
  const id = [2000, 2600, 1700, 3600];
  const lang = [2800, 2366, 2367, 2367];
  return doc([
    para('REPUBLIC OF RWANDA', { b: true, align: 'center', sz: 22 }),
    para('PUBLIC SERVICE COMMISSION', { b: true, align: 'center', sz: 20 }),
    para('APPLICATION FORM FOR EMPLOYMENT IN THE PUBLIC SERVICE', { b: true, align: 'center', sz: 24, before: 120, after: 60, u: true }),
    para('Post applied for: Agronomist in charge of Crop Intensification (Grade 6)     Institution: Rusizi District', { align: 'center', sz: 18, after: 160 }),
    table(id, [
      secBar('1. IDENTIFICATION OF THE APPLICANT', id),
      row(cell('Surname', { b: true, w: 2000 }), cell(p.surname, { w: 2950 }), cell('First name(s)', { b: true, w: 2000 }), cell(p.given, { w: 2950 })),
      row(cell('Sex', { b: true }), cell(p.sex === 'F' ? 'Female' : 'Male'), cell('Date of birth', { b: true }), cell(p.born.split('-').reverse().join('/'))),
      row(cell('National ID No.', { b: true }), cell('1 1990 7 0048213 0 57'), cell('Nationality', { b: true }), cell(p.nationality)),
      row(cell('Telephone', { b: true }), cell(p.phoneLocal), cell('E-mail', { b: true }), cell(p.email, { sz: 18 })),
      row(cell('Current address\n(District/Sector)', { b: true }), cell(p.address, { span: 3 })),
    ]),
    gapP(),
    table(w6, [
      secBar('2. EDUCATION BACKGROUND', w6),
      row(...['No', 'Institution', 'Field of study', 'From', 'To', 'Award obtained'].map((t) => cell(t, { b: true, fill: 'F2F2F2', sz: 18 }))),
      ...p.education.map((e, i) => row(cell(String(i + 1)), cell(e.school), cell('Crop Production'), cell(fd(e.start, 'mm/yyyy')), cell(fd(e.end, 'mm/yyyy')), cell(e.award))),
    ]),
    gapP(),
    table(w6, [
      secBar('3. WORK EXPERIENCE (start with the most recent)', w6),
      row(...['No', 'Employer (Institution)', 'Position held', 'From (mm/yyyy)', 'To (mm/yyyy)', 'Reason for leaving'].map((t) => cell(t, { b: true, fill: 'F2F2F2', sz: 18 }))),
      ...newestFirst(p).map((j, i) => row(cell(String(i + 1)), cell(j.company), cell(j.title), cell(fd(j.start, 'mm/yyyy')), cell(fd(j.end, 'mm/yyyy', 'To date')),
        cell(j.end === null ? 'Still employed' : i === 1 ? 'Promoted' : i === 2 ? 'Better opportunity' : 'End of internship', { sz: 18 }))),
    ]),
    gapP(),
    table([W], [
      secBar('4. SKILLS AND COMPETENCES RELEVANT TO THE POST', [W]),
      row(cell(skillItems(p).map((s) => `•  ${s}`), { w: W })),
    ]),
    gapP(),
    table(lang, [
      secBar('5. LANGUAGES (Excellent / Very good / Good / Fair)', lang),
      row(...['Language', 'Speaking', 'Reading', 'Writing'].map((t) => cell(t, { b: true, fill: 'F2F2F2' }))),
      row(cell('Kinyarwanda'), cell('Excellent'), cell('Excellent'), cell('Excellent')),
      row(cell('English'), cell('Very good'), cell('Very good'), cell('Very good')),
      row(cell('French'), cell('Good'), cell('Good'), cell('Fair')),
    ]),
    gapP(),
    table([3000, 3900, 3000], [
      secBar('6. REFEREES', [3000, 3900, 3000]),
      row(...['Names', 'Position and institution', 'Telephone'].map((t) => cell(t, { b: true, fill: 'F2F2F2' }))),
      ...(p.referees ?? []).map((r) => row(cell(r.name), cell(r.role), cell(r.phone))),
    ]),
    gapP(),
    para('7. DECLARATION', { b: true, after: 60 }),
    para(`I, ${p.given} ${p.surname}, declare that the information given in this form is true and complete. I understand that any false statement may lead to disqualification or dismissal.`, { after: 200 }),
    para('Done at Kigali, on 02/11/2026                    Signature of the applicant: ..........................................'),
  ], { header: `Applicant: ${p.given} ${p.surname}`, footer: 'PSC/Form A-1', pageNo: true });
}

/** p02 – membership application of a professional institute: labels above values, a block of labelled rows per post. */
function iaahMembership(p: Person): Document {
  const c3 = [1800, 5100, 3000];
  const b2 = [2400, 7500];
  const blocks = newestFirst(p).flatMap((j, i) => [
    row(cell(i === 0 ? 'Post 1 (current or most recent)' : `Post ${i + 1}`, { b: true, span: 2, fill: 'E8EEF4' })),
    row(cell('Employer', { b: true, w: 2400 }), cell(j.company, { w: 7500 })),
    row(cell('Job title', { b: true }), cell(j.title)),
    row(cell('Dates (from – to)', { b: true }), cell(range(j, 'Mon yyyy', ' – ', 'to date'))),
    row(cell('Location', { b: true }), cell(j.town)),
    row(cell('Main responsibilities', { b: true }), cell(j.duties.join('; ') + '.')),
  ]);
  return doc([
    para('INSTITUTE OF AQUATIC ANIMAL HEALTH', { b: true, sz: 28, color: '1F3864' }),
    para('Application for Membership — Member (MIAAH) grade', { sz: 22, after: 60 }),
    para('Please complete in black ink or type. Continue on a separate sheet if necessary. Return to the Membership Secretary with the application fee.', { i: true, sz: 16, after: 160 }),
    table(c3, [
      secBar('Section A — Personal details', c3, 'C9D7E8'),
      row(stacked('Title', 'Mr', { w: 1800 }), stacked('Full name', p.name, { w: 5100, b: true }), stacked('Date of birth', p.born.split('-').reverse().join('/'), { w: 3000 })),
      row(stacked('Home address', p.address, { span: 2 }), stacked('Postcode', 'PA34 4DN')),
      row(stacked('Telephone (mobile)', p.phoneLocal), stacked('Email', p.email), stacked('Nationality', p.nationality)),
    ]),
    gapP(),
    table(b2, [secBar('Section B — Employment record (present post first)', b2, 'C9D7E8'), ...blocks]),
    gapP(),
    table(c3, [
      secBar('Section C — Qualifications', c3, 'C9D7E8'),
      row(...['Dates', 'Institution', 'Qualification'].map((t) => cell(t, { b: true, fill: 'F2F2F2' }))),
      ...p.education.map((e) => row(cell(`${fd(e.start, 'yyyy-mm').slice(0, 4)}–${e.end.slice(0, 4)}`), cell(e.school), cell(e.award))),
    ]),
    gapP(),
    table([W], [
      secBar('Section D — Technical competencies (list)', [W], 'C9D7E8'),
      row(cell(skillItems(p).join(', '), { w: W })),
    ]),
    gapP(),
    table([4950, 4950], [
      secBar('Section E — Proposer and seconder (must be Members or Fellows)', [4950, 4950], 'C9D7E8'),
      row(stacked('Proposer name / membership no.', 'Dr Morag Lindsay, FIAAH 0412', { w: 4950 }), stacked('Seconder name / membership no.', 'Prof. Iain Buchanan, FIAAH 0188', { w: 4950 })),
      row(stacked('Signature', ' '), stacked('Signature', ' ')),
    ]),
    gapP(),
    para('Declaration: I agree to abide by the Institute\'s Code of Conduct and confirm that the information given is correct.', { sz: 18, after: 200 }),
    para('Signed: ______________________________          Date: 28 October 2026', { sz: 18 }),
  ], { footer: 'IAAH membership application form M1 (rev. 2025)', pageNo: true });
}

/** p03 – Cyprus public-service application with Greek/English labels; one row per job, period in one cell. */
function cyPsc(p: Person): Document {
  const w = [3000, 2700, 2300, 1900];
  return doc([
    para('ΕΠΙΤΡΟΠΗ ΔΗΜΟΣΙΑΣ ΥΠΗΡΕΣΙΑΣ / PUBLIC SERVICE COMMISSION', { b: true, align: 'center', sz: 22 }),
    para('ΑΙΤΗΣΗ ΓΙΑ ΔΙΟΡΙΣΜΟ / APPLICATION FOR APPOINTMENT', { b: true, align: 'center', sz: 22, after: 60 }),
    para('Θέση / Post: Λειτουργός Ναυτιλίας / Shipping Officer — Τμήμα Εμπορικής Ναυτιλίας / Department of Merchant Shipping', { align: 'center', sz: 18, after: 160 }),
    table([3300, 6600], [
      secBar('Α. ΠΡΟΣΩΠΙΚΑ ΣΤΟΙΧΕΙΑ / PERSONAL PARTICULARS', [3300, 6600]),
      row(cell('Επώνυμο / Surname', { b: true, w: 3300 }), cell('ΚΥΡΙΑΚΟΥ / ' + p.surname, { w: 6600 })),
      row(cell('Όνομα / Name', { b: true }), cell('ΕΛΕΝΗ / ' + p.given.toUpperCase())),
      row(cell('Ονοματεπώνυμο με λατινικούς χαρακτήρες / Full name in Latin characters', { b: true, sz: 17 }), cell(p.name)),
      row(cell('Ημερομηνία γέννησης / Date of birth', { b: true }), cell(p.born.split('-').reverse().join('/'))),
      row(cell('Αρ. Δελτίου Ταυτότητας / ID Card No.', { b: true }), cell('0000918274')),
      row(cell('Διεύθυνση / Address', { b: true }), cell(p.address)),
      row(cell('Τηλέφωνο / Telephone', { b: true }), cell(p.phoneLocal)),
      row(cell('Ηλ. ταχυδρομείο / E-mail', { b: true }), cell(p.email)),
    ]),
    gapP(),
    table([3300, 3300, 3300], [
      secBar('Β. ΑΚΑΔΗΜΑΪΚΑ ΠΡΟΣΟΝΤΑ / ACADEMIC QUALIFICATIONS', [3300, 3300, 3300]),
      row(...['Εκπαιδευτικό Ίδρυμα / Institution', 'Τίτλος / Title', 'Περίοδος / Period'].map((t) => cell(t, { b: true, fill: 'F2F2F2', sz: 18 }))),
      ...p.education.map((e) => row(cell(`${e.school}, ${e.town}`), cell(e.award), cell(range(e, 'mm/yyyy', ' – ')))),
    ]),
    gapP(),
    table(w, [
      secBar('Γ. ΠΕΙΡΑ / EXPERIENCE (αρχίζοντας από την πιο πρόσφατη / most recent first)', w),
      row(...['Εργοδότης / Employer', 'Θέση / Position', 'Περίοδος (από – μέχρι) / Period (from – to)', 'Πλήρης ή μερική απασχόληση / Full or part time'].map((t) => cell(t, { b: true, fill: 'F2F2F2', sz: 17 }))),
      ...newestFirst(p).map((j) => row(cell(j.company), cell(j.title), cell(range(j, 'mm/yyyy', ' – ', 'σήμερα / to date')), cell('Πλήρης / Full time'))),
    ]),
    gapP(),
    table([3300, 6600], [
      secBar('Δ. ΑΛΛΑ ΠΡΟΣΟΝΤΑ / OTHER QUALIFICATIONS', [3300, 6600]),
      row(cell('Γλώσσες / Languages', { b: true, w: 3300 }), cell(p.languages.join(', '), { w: 6600 })),
      row(cell('Δεξιότητες / Skills', { b: true }), cell(skillItems(p))),
      row(cell('Πιστοποιητικά / Certificates', { b: true }), cell(p.certs.join('; '))),
    ]),
    gapP(),
    para('ΔΗΛΩΣΗ / DECLARATION: Δηλώνω ότι τα πιο πάνω στοιχεία είναι αληθή. / I declare that the above particulars are true.', { sz: 18, after: 200 }),
    para('Ημερομηνία / Date: 30/10/2026          Υπογραφή / Signature: ____________________', { sz: 18 }),
  ], { font: 'Times New Roman', size: 21, footer: 'Ε.Δ.Υ. Έντυπο Αίτησης / PSC Application Form', pageNo: true });
}

/** p04 – pharmacists' council practising-certificate form: employer and post in one cell. */
function zwPcz(p: Person): Document {
  const w = [2300, 7600];
  return doc([
    para('PHARMACISTS COUNCIL', { b: true, align: 'center', sz: 26 }),
    para('APPLICATION FOR ANNUAL PRACTISING CERTIFICATE — 2027', { b: true, align: 'center', sz: 22 }),
    para('(To be completed by every registered pharmacist and returned with proof of CPD points)', { align: 'center', i: true, sz: 17, after: 160 }),
    table([2300, 2650, 2300, 2650], [
      secBar('PART A: PARTICULARS OF PHARMACIST', [1, 1, 1, 1]),
      row(cell('Surname', { b: true, w: 2300 }), cell(p.surname, { w: 2650 }), cell('First names', { b: true, w: 2300 }), cell(p.given, { w: 2650 })),
      row(cell('Registration No.', { b: true }), cell('PH 2316'), cell('Date of registration', { b: true }), cell('14/03/2016')),
      row(cell('Cell number', { b: true }), cell(p.phoneLocal), cell('E-mail', { b: true }), cell(p.email)),
      row(cell('Residential address', { b: true }), cell(p.address, { span: 3 })),
    ]),
    gapP(),
    table(w, [
      secBar('PART B: EMPLOYMENT HISTORY SINCE REGISTRATION AS PRE-REGISTRATION PHARMACIST', w),
      row(cell('Period', { b: true, fill: 'F2F2F2', w: 2300 }), cell('Employer and post held (town)', { b: true, fill: 'F2F2F2', w: 7600 })),
      ...newestFirst(p).map((j) => row(cell(range(j, 'mm/yyyy', ' to ', 'date')), cell([para(j.company, { b: true }), para(`${j.title} — ${j.town}`)]))),
    ]),
    gapP(),
    table(w, [
      secBar('PART C: AREAS OF PRACTICE / COMPETENCE', w),
      row(cell('Main areas of competence', { b: true, w: 2300 }), cell(skillItems(p).join('\n'), { w: 7600 })),
      row(cell('CPD points (2026)', { b: true }), cell('32 points (attached)')),
    ]),
    gapP(),
    para('PART D: DECLARATION', { b: true, after: 60 }),
    para(`I, ${p.name}, hereby declare that the information given above is correct and that I shall practise in accordance with the Code of Conduct.`, { after: 240 }),
    para('Signature: ..............................................      Date: ....... / ....... / 2026', { after: 200 }),
    para('FOR OFFICE USE:  Receipt No. ............   Certificate No. ............   Registrar: ............', { sz: 16, color: '444444' }),
  ], { font: 'Times New Roman', size: 22, header: `${p.name} — Reg. PH 2316` });
}

/** p05 – PNG public-service application: employer cell spans three rows (position / period / duties). */
function pngDpm(p: Person): Document {
  const w = [2700, 1700, 5500];
  const jobs = newestFirst(p).flatMap((j) => [
    row(cell(j.company, { b: true, rows: 3, w: 2700, top: true }), cell('Position', { b: true, w: 1700 }), cell(j.title, { w: 5500 })),
    row(cell('Period', { b: true }), cell(range(j, 'Month yyyy', ' to ', 'present'))),
    row(cell('Duties', { b: true }), cell(j.duties.join('. ') + `. (${j.town})`)),
  ]);
  return doc([
    para('INDEPENDENT STATE OF PAPUA NEW GUINEA', { b: true, align: 'center', sz: 22 }),
    para('DEPARTMENT OF WORKS AND HIGHWAYS', { b: true, align: 'center', sz: 20 }),
    para('PUBLIC SERVICE APPLICATION FOR EMPLOYMENT', { b: true, align: 'center', sz: 24, before: 80, after: 40 }),
    para('Position No. DWH.04.118 — Principal Engineer Bridges (Grade 16), Lae', { align: 'center', sz: 18, after: 160 }),
    table([2700, 7200], [
      secBar('PART 1 — PERSONAL DETAILS', [1, 1]),
      row(cell('Surname', { b: true, w: 2700 }), cell(p.surname, { w: 7200 })),
      row(cell('Given names', { b: true }), cell(p.given)),
      row(cell('Date of birth / Sex', { b: true }), cell(`${p.born.split('-').reverse().join('/')} / Male`)),
      row(cell('Province of origin / Village', { b: true }), cell('Morobe Province / Sialum')),
      row(cell('Postal address', { b: true }), cell(p.address)),
      row(cell('Mobile phone', { b: true }), cell(p.phoneLocal)),
      row(cell('Email', { b: true }), cell(p.email)),
      row(cell('Present employer', { b: true }), cell(p.work[p.work.length - 1].company)),
    ]),
    gapP(),
    table(w, [secBar('PART 2 — EMPLOYMENT HISTORY (most recent first)', w), ...jobs]),
    gapP(),
    table([2700, 7200], [
      secBar('PART 3 — QUALIFICATIONS, SKILLS AND LANGUAGES', [1, 1]),
      ...p.education.map((e) => row(cell('Tertiary qualification', { b: true, w: 2700 }), cell(`${e.award}, ${e.school} (${e.end.slice(0, 4)})`, { w: 7200 }))),
      row(cell('Professional registration', { b: true }), cell(p.certs.join('; '))),
      row(cell('Technical skills', { b: true }), cell(skillItems(p).map((s) => `- ${s}`))),
      row(cell('Languages spoken', { b: true }), cell(p.languages.join(', '))),
    ]),
    gapP(),
    para('PART 4 — CERTIFICATION', { b: true, after: 60 }),
    para('I certify that the information in this application is true and correct. I understand that false information may result in termination of appointment.', { sz: 19, after: 240 }),
    para('Signature of applicant: ______________________      Date: 26/10/2026', { sz: 19 }),
  ], { header: `${p.name} — Application DWH.04.118`, footer: 'DPM Form 1 (Application for Employment)', pageNo: true });
}

/** p06 – Estonian grant application annex: key team member CV with Estonian/English labels. */
function eeGrantCv(p: Person): Document {
  const w = [1300, 1300, 3500, 3800];
  return doc([
    para('Lisa 3. Meeskonnaliikme CV / Annex 3. Key team member CV', { b: true, sz: 24 }),
    para('Taotlus / Application: Ettevõtte arendustoetus (development grant) — project "Auditable event platform for registries"', { sz: 18, after: 160 }),
    table([3300, 6600], [
      row(cell('Ees- ja perekonnanimi / Name and surname', { b: true, fill: 'EDEDED', w: 3300 }), cell(p.name, { w: 6600, b: true })),
      row(cell('Roll projektis / Role in project', { b: true, fill: 'EDEDED' }), cell('Tehniline juht / Technical lead')),
      row(cell('Sünniaeg / Date of birth', { b: true, fill: 'EDEDED' }), cell(p.born.split('-').reverse().join('.'))),
      row(cell('Telefon / Phone', { b: true, fill: 'EDEDED' }), cell(p.phoneLocal)),
      row(cell('E-post / E-mail', { b: true, fill: 'EDEDED' }), cell(p.email)),
      row(cell('Haridus / Education', { b: true, fill: 'EDEDED' }), cell(p.education.map((e) => `${e.start.slice(0, 4)}–${e.end.slice(0, 4)} ${e.school}, ${e.award}`))),
    ]),
    gapP(),
    para('Töökogemus / Work experience', { b: true, sz: 21, after: 60 }),
    table(w, [
      row(...['Alates / From', 'Kuni / To', 'Tööandja / Employer', 'Ametikoht ja peamised ülesanded / Position and main tasks'].map((t) => cell(t, { b: true, fill: 'EDEDED', sz: 17 }))),
      ...newestFirst(p).map((j) => row(cell(fd(j.start, 'mm.yyyy')), cell(fd(j.end, 'mm.yyyy', 'praegu / now')), cell(j.company),
        cell([para(j.title, { b: true }), para(j.duties[0], { sz: 18 })]))),
    ]),
    gapP(),
    table([3300, 6600], [
      row(cell('Põhikompetentsid / Key competences', { b: true, fill: 'EDEDED', w: 3300 }), cell(skillItems(p).join(' · '), { w: 6600 })),
      row(cell('Keeleoskus / Languages', { b: true, fill: 'EDEDED' }), cell(p.languages.join('; '))),
      row(cell('Sertifikaadid / Certificates', { b: true, fill: 'EDEDED' }), cell(p.certs.join('; '))),
    ]),
    gapP(200),
    para('Kinnitan, et esitatud andmed on õiged. / I confirm that the information provided is correct.', { sz: 18, after: 120 }),
    para('/allkirjastatud digitaalselt/ / digitally signed/', { i: true, sz: 18 }),
  ], { header: 'Ettevõtte arendustoetuse taotlus — Lisa 3', pageNo: true });
}

/** p07 – Bermuda government employment application: split name cells, a labelled block per job with supervisor. */
function bmGov(p: Person): Document {
  const n4 = [2475, 2475, 2475, 2475];
  const b4 = [2300, 2650, 2300, 2650];
  const blocks = newestFirst(p).flatMap((j, i) => [
    row(cell(`EMPLOYER ${i + 1}${i === 0 ? ' (current / most recent)' : ''}`, { b: true, span: 4, fill: 'DCE6F1' })),
    row(cell('Name of Employer', { b: true, w: 2300 }), cell(j.company, { span: 3 })),
    row(cell('Job Title', { b: true }), cell(j.title), cell('Location', { b: true }), cell(j.town)),
    row(cell('Date Started (mm/yy)', { b: true }), cell(fd(j.start, 'mm/yy')), cell('Date Left (mm/yy)', { b: true }), cell(fd(j.end, 'mm/yy', 'Current'))),
    row(cell('Main Duties', { b: true }), cell(j.duties.join('; '), { span: 3 })),
    row(cell('Reason for Leaving', { b: true }), cell(j.end === null ? 'N/A' : i === 3 ? 'Returned to university' : 'Career progression'), cell('Supervisor / Tel.', { b: true }),
      cell(i === 0 ? 'C. Darrell / (441) 298-4410' : i === 1 ? 'R. Furbert / (441) 295-7720' : 'M. Tucker / (441) 292-3381')),
  ]);
  return doc([
    para('GOVERNMENT OF BERMUDA', { b: true, sz: 26, align: 'center', color: '1F3864' }),
    para('Department of Employee and Organisational Development', { align: 'center', sz: 19 }),
    para('EMPLOYMENT APPLICATION FORM', { b: true, align: 'center', sz: 24, before: 100, after: 60 }),
    para('Post: Government Actuary, Ministry of Finance — Vacancy No. 2026/441', { align: 'center', sz: 18, after: 160 }),
    table(n4, [
      secBar('SECTION 1: PERSONAL INFORMATION', n4, 'DCE6F1'),
      row(...['Surname', 'First Name', 'Middle Name', 'Title'].map((t) => cell(t, { b: true, sz: 16, fill: 'F2F2F2' }))),
      row(cell(p.surname), cell('Keisha'), cell('Marie'), cell('Ms.')),
      row(cell('Home Address', { b: true }), cell(p.address, { span: 3 })),
      row(cell('Mobile Telephone', { b: true }), cell(p.phoneLocal), cell('Home Telephone', { b: true }), cell('')),
      row(cell('E-mail Address', { b: true }), cell(p.email, { span: 3 })),
      row(cell('Bermudian Status?', { b: true }), cell('Yes'), cell('Spouse of Bermudian?', { b: true }), cell('N/A')),
    ]),
    gapP(),
    table(b4, [secBar('SECTION 2: EMPLOYMENT HISTORY (begin with current or most recent employer)', b4, 'DCE6F1'), ...blocks]),
    gapP(),
    table([2300, 7600], [
      secBar('SECTION 3: EDUCATION, QUALIFICATIONS AND SKILLS', [1, 1], 'DCE6F1'),
      ...p.education.map((e) => row(cell('University / College', { b: true, w: 2300 }), cell(`${e.school}, ${e.town} — ${e.award} (${fd(e.end, 'mm/yyyy')})`, { w: 7600 }))),
      row(cell('Professional Designations', { b: true }), cell(p.certs.join('; '))),
      row(cell('Technical / Computer Skills', { b: true }), cell(skillItems(p).join(', '))),
    ]),
    gapP(),
    para('SECTION 4: DECLARATION', { b: true, after: 60 }),
    para('I certify that all statements made in this application are true and complete. I understand that any misrepresentation may result in disqualification or dismissal.', { sz: 19, after: 240 }),
    para('Signature: ____________________________        Date: 3 November 2026', { sz: 19 }),
  ], { header: `Applicant name: ${p.name}`, footer: 'DEOD Employment Application (Form EA-1)', pageNo: true });
}

/** p08 – 重庆市餐饮行业协会 个人会员入会申请表: 姓名 label beside, photo cell, one row per job with one-cell period. */
function cqXiehui(p: Person): Document {
  const w = [1300, 1700, 1100, 1300, 1300, 1500, 1700];
  return doc([
    para('重庆市餐饮行业协会', { b: true, align: 'center', sz: 32 }),
    para('个人会员入会申请表', { b: true, align: 'center', sz: 30, after: 80 }),
    para('编号：CQCY-2026-0417                                                   填表日期：2026年10月20日', { sz: 18, after: 120 }),
    table(w, [
      row(cell('姓    名', { b: true, w: 1300 }), cell(p.name, { w: 1700 }), cell('性别', { b: true, w: 1100 }), cell('男', { w: 1300 }), cell('出生年月', { b: true, w: 1300 }), cell('1986.10', { w: 1500 }), cell('照\n片', { rows: 4, w: 1700, align: 'center' })),
      row(cell('民    族', { b: true }), cell('土家族'), cell('学历', { b: true }), cell('大专'), cell('政治面貌', { b: true }), cell('群众')),
      row(cell('工作单位', { b: true }), cell(p.work[3].company, { span: 3 }), cell('职务', { b: true }), cell(p.work[3].title)),
      row(cell('手机号码', { b: true }), cell(p.phoneLocal, { span: 2 }), cell('电子邮箱', { b: true }), cell(p.email, { span: 2 })),
      row(cell('通讯地址', { b: true }), cell(p.address, { span: 6 })),
      row(cell('主要工作经历', { b: true, span: 7, fill: 'EEEEEE', align: 'center' })),
      row(cell('起止年月', { b: true, span: 2, align: 'center' }), cell('工作单位', { b: true, span: 3, align: 'center' }), cell('职务', { b: true, span: 2, align: 'center' })),
      ...p.work.map((j) => row(cell(range(j, 'yyyy.mm', '—', '至今'), { span: 2 }), cell(j.company, { span: 3 }), cell(j.title, { span: 2 }))),
      row(cell('专业特长', { b: true }), cell(skillItems(p).join('、'), { span: 6 })),
      row(cell('职业资格', { b: true }), cell(p.certs.join('；'), { span: 6 })),
      row(cell('个人承诺', { b: true }), cell('本人自愿加入重庆市餐饮行业协会，遵守协会章程，履行会员义务，按时缴纳会费。\n\n申请人签字：                      2026年10月20日', { span: 6 })),
      row(cell('协会意见', { b: true }), cell('\n\n                                              （盖章）\n                                              年    月    日', { span: 6 })),
    ]),
    para('注：本表一式两份，协会秘书处和申请人各执一份。', { sz: 17, before: 80 }),
  ], { zh: true, size: 21 });
}

/** p09 – 流动人员人事档案托管登记表: the whole 简历 in one cell (education and a gap line included, as on real forms). */
function danganTuoguan(p: Person): Document {
  const w = [1400, 1800, 1200, 1600, 1400, 2500];
  const lines = [
    `${fd(p.education[0].start, 'yyyy.mm')}—${fd(p.education[0].end, 'yyyy.mm')}  ${p.education[0].school} 模具设计与制造专业学习`,
    ...p.work.flatMap((j, i) => {
      const out = [`${range(j, 'yyyy.mm', '—', '至今')}  ${j.company}  ${j.title}`];
      if (i === 1 && p.gap) out.push(`${fd(p.gap.start, 'yyyy.mm')}—${fd(p.gap.end, 'yyyy.mm')}  待业（${p.gap.label}）`);
      return out;
    }),
  ];
  return doc([
    para('东莞市流动人员人事档案托管登记表', { b: true, align: 'center', sz: 34, after: 120 }),
    para('档案编号：DG-LD-2026-08817                        托管类型：个人委托', { sz: 18, after: 100 }),
    table(w, [
      row(cell('姓名', { b: true, w: 1400, align: 'center' }), cell(p.name, { w: 1800 }), cell('性别', { b: true, w: 1200, align: 'center' }), cell('男', { w: 1600 }), cell('出生日期', { b: true, w: 1400, align: 'center' }), cell('1990年3月19日', { w: 2500 })),
      row(cell('身份证号', { b: true, align: 'center' }), cell('4415231990031947X2', { span: 3 }), cell('籍贯', { b: true, align: 'center' }), cell('广东 汕尾')),
      row(cell('毕业院校', { b: true, align: 'center' }), cell(p.education[0].school, { span: 3 }), cell('学历', { b: true, align: 'center' }), cell('中专')),
      row(cell('现工作单位', { b: true, align: 'center' }), cell(p.work[3].company, { span: 3 }), cell('职务', { b: true, align: 'center' }), cell(p.work[3].title)),
      row(cell('联系电话', { b: true, align: 'center' }), cell(p.phoneLocal, { span: 3 }), cell('电子邮箱', { b: true, align: 'center' }), cell(p.email)),
      row(cell('现居住地址', { b: true, align: 'center' }), cell(p.address, { span: 5 })),
      row(cell('个\n人\n简\n历', { b: true, align: 'center' }), cell([para('（自初中毕业后填写，时间要连续）', { sz: 16, color: '666666' }), ...lines.map((l) => para(l, { after: 40 }))], { span: 5, top: true })),
      row(cell('专业技能', { b: true, align: 'center' }), cell(skillItems(p).join('；'), { span: 5 })),
      row(cell('技能等级', { b: true, align: 'center' }), cell(p.certs.join('；'), { span: 5 })),
      row(cell('本人承诺', { b: true, align: 'center' }), cell('以上所填信息真实准确，如有虚假，本人承担相应责任。\n\n本人签名：                    日期：2026年10月', { span: 5 })),
      row(cell('经办机构意见', { b: true, align: 'center' }), cell('\n经办人：              （盖章）      年   月   日', { span: 5 })),
    ]),
  ], { zh: true, size: 21 });
}

/** p10 – 山东省科技特派员申报表: start and end in two cells, 证明人 column (their phones are not the candidate's). */
function kejiTepaiyuan(p: Person): Document {
  const w = [1300, 1300, 3200, 2100, 2000];
  const refs = ['王德明 0538-8246101', '刘振 0531-8690213', '张立群 0536-8817604', '宋桂芝 0539-8123556'];
  return doc([
    para('山东省科技特派员申报表', { b: true, align: 'center', sz: 34, after: 60 }),
    para('（个人科技特派员）', { align: 'center', sz: 22, after: 160 }),
    table([1700, 3200, 1700, 3300], [
      row(cell('姓名', { b: true, w: 1700 }), cell(p.name, { w: 3200 }), cell('性别', { b: true, w: 1700 }), cell('女', { w: 3300 })),
      row(cell('出生年月', { b: true }), cell('1988年6月'), cell('政治面貌', { b: true }), cell('中共党员')),
      row(cell('工作单位', { b: true }), cell(p.work[3].company), cell('职称/职务', { b: true }), cell('兽医师 / 场长')),
      row(cell('手机', { b: true }), cell(p.phoneLocal), cell('电子邮箱', { b: true }), cell(p.email)),
      row(cell('服务领域', { b: true }), cell('畜牧兽医（生猪）', { span: 3 })),
      row(cell('拟服务地点', { b: true }), cell('临沂市沂南县、费县', { span: 3 })),
    ]),
    para('主要工作经历', { b: true, before: 160, after: 60 }),
    table(w, [
      row(...['起始时间', '终止时间', '工作单位', '职务/职称', '证明人及电话'].map((t, i) => cell(t, { b: true, fill: 'EEEEEE', align: 'center', w: w[i] }))),
      ...p.work.map((j, i) => row(cell(fd(j.start, 'yyyy年m月')), cell(fd(j.end, 'yyyy年m月', '至今')), cell(j.company), cell(j.title), cell(refs[i], { sz: 17 }))),
    ]),
    para('技术专长', { b: true, before: 160, after: 60 }),
    table([W], [row(cell(skillItems(p).map((s, i) => `${i + 1}. ${s}`), { w: W }))]),
    para('服务承诺', { b: true, before: 160, after: 60 }),
    table([W], [row(cell('本人自愿担任科技特派员，每年深入服务对象开展技术服务不少于60天，承诺所填内容真实有效。\n\n本人签字：                        2026年10月15日', { w: W }))]),
    table([4950, 4950], [row(cell('所在单位意见：\n\n\n（盖章）   年  月  日', { w: 4950 }), cell('县级科技管理部门意见：\n\n\n（盖章）   年  月  日', { w: 4950 }))]),
  ], { zh: true, size: 21, footer: '山东省科学技术厅制', pageNo: false });
}

/** p11 – 國科會 個人資料表: 中文姓名/英文姓名, 經歷 with ROC (民國) year/month. */
function nstcPersonal(p: Person): Document {
  const w = [3000, 2100, 2300, 2500];
  return doc([
    para('國家科學及技術委員會補助專題研究計畫', { align: 'center', sz: 22 }),
    para('個 人 資 料 表', { b: true, align: 'center', sz: 32, after: 60 }),
    para('（計畫主持人、共同主持人均須填寫）        表C301        共 1 頁', { align: 'center', sz: 17, after: 160 }),
    table([1800, 3150, 1800, 3150], [
      row(cell('中文姓名', { b: true, w: 1800 }), cell(p.name, { w: 3150 }), cell('英文姓名', { b: true, w: 1800 }), cell('CHEN, YEN-TING\n(Last Name, First Name)', { w: 3150 })),
      row(cell('服務機關', { b: true }), cell(p.work[3].company), cell('職稱', { b: true }), cell(p.work[3].title)),
      row(cell('行動電話', { b: true }), cell(p.phoneLocal), cell('E-mail', { b: true }), cell(p.email)),
      row(cell('通訊地址', { b: true }), cell(p.address, { span: 3 })),
      row(cell('計畫中擔任之職務', { b: true }), cell('共同主持人（產學合作計畫）', { span: 3 })),
    ]),
    para('主 要 學 歷', { b: true, before: 160, after: 60 }),
    table([3300, 3300, 3300], [
      row(...['學校名稱', '系所、學位', '起迄年月（民國）'].map((t) => cell(t, { b: true, fill: 'E7E6E6', align: 'center' }))),
      ...p.education.map((e) => row(cell(e.school), cell(e.award), cell(`${fd(e.start, 'roc')} 至 ${fd(e.end, 'roc')}`))),
    ]),
    para('現 職 及 與 專 長 相 關 之 經 歷', { b: true, before: 160, after: 60 }),
    table(w, [
      row(...['服務機關', '服務部門／系所', '職稱', '起迄年月（民國）'].map((t, i) => cell(t, { b: true, fill: 'E7E6E6', align: 'center', w: w[i] }))),
      ...newestFirst(p).map((j) => row(cell(j.company), cell(j.company.startsWith('陸軍') ? '營部連' : '製程整合處'), cell(j.title), cell(`${fd(j.start, 'roc')} 至 ${j.end ? fd(j.end, 'roc') : '迄今'}`))),
    ]),
    para('專 長（請自行填寫與研究方向相關之專長）', { b: true, before: 160, after: 60 }),
    table([2475, 2475, 2475, 2475], [
      row(...[0, 1, 2, 3].map((i) => cell(`${i + 1}. ${skillItems(p)[i]}`, { w: 2475 }))),
      row(...[4, 5, 6, 7].map((i) => cell(skillItems(p)[i] ? `${i + 1}. ${skillItems(p)[i]}` : ''))),
    ]),
    para('本表如不敷使用，請自行影印使用。', { sz: 16, before: 120 }),
  ], { zh: true, size: 21, footer: 'C301　個人資料表', margin: 1000 });
}

/** p12 – 物業管理業監管局 牌照申請表 with bilingual labels and separate surname / other-names cells. */
function pmsaLicence(p: Person): Document {
  const w = [2600, 1900, 1300, 1300, 2800];
  return doc([
    para('物業管理業監管局  Property Management Services Authority', { b: true, sz: 22 }),
    para('物業管理人（第1級）牌照申請表', { b: true, sz: 28, before: 60 }),
    para('Application for Licence as Property Management Practitioner (Tier 1)', { b: true, sz: 20, after: 60 }),
    para('請用正楷填寫 Please complete in BLOCK LETTERS.  表格 PMSA/PMP/1', { sz: 16, after: 140 }),
    table([2200, 2750, 2200, 2750], [
      row(cell('第1部 申請人資料  Part 1  Particulars of Applicant', { b: true, span: 4, fill: 'D9E2F3' })),
      row(cell('姓 Surname', { b: true, w: 2200 }), cell(p.surname, { w: 2750 }), cell('名 Other names', { b: true, w: 2200 }), cell(p.given, { w: 2750 })),
      row(cell('中文姓名 Name in Chinese', { b: true }), cell(p.name), cell('香港身份證號碼 HKID No.', { b: true }), cell('Y12****(3)')),
      row(cell('流動電話 Mobile phone', { b: true }), cell(p.phoneLocal), cell('電郵 Email', { b: true }), cell(p.email)),
      row(cell('住址 Residential address', { b: true }), cell(p.address, { span: 3 })),
    ]),
    gapP(),
    table(w, [
      row(cell('第2部 物業管理工作經驗  Part 2  Property Management Working Experience', { b: true, span: 5, fill: 'D9E2F3' })),
      row(...['僱主名稱\nName of employer', '職位\nPosition', '由 From\n(月/年 mm/yyyy)', '至 To\n(月/年 mm/yyyy)', '主要職務\nMain duties'].map((t, i) => cell(t, { b: true, sz: 17, fill: 'F2F2F2', w: w[i] }))),
      ...newestFirst(p).map((j) => row(cell(j.company), cell(j.title), cell(fd(j.start, 'mm/yyyy')), cell(fd(j.end, 'mm/yyyy', '現在 Present')), cell(j.duties.join('；'), { sz: 18 }))),
    ]),
    gapP(),
    table([2600, 7300], [
      row(cell('第3部 學歷及其他資料  Part 3  Qualifications and other information', { b: true, span: 2, fill: 'D9E2F3' })),
      ...p.education.map((e) => row(cell('學歷 Academic qualification', { b: true, w: 2600 }), cell(`${e.award}，${e.school}（${e.end.slice(0, 4)}）`, { w: 7300 }))),
      row(cell('專業資格 Professional qualification', { b: true }), cell(p.certs[1])),
      row(cell('其他專業技能 Other professional skills', { b: true }), cell(skillItems(p).join('、'))),
    ]),
    gapP(),
    para('第4部 聲明 Part 4 Declaration', { b: true, after: 60 }),
    para('本人聲明在本申請表內提供的資料均屬真實、完整及正確。I declare that the information given in this application is true, complete and correct.', { sz: 18, after: 220 }),
    para('申請人簽署 Signature of applicant: ____________________    日期 Date: 05/11/2026', { sz: 18 }),
  ], { zh: true, size: 20, footer: 'PMSA/PMP/1 (11/2026)', pageNo: true });
}

/** p13 – AHK exam registration (German / English / Chinese labels), labels above values; employer and title in one cell. */
function ahkMeister(p: Person): Document {
  const w = [2300, 7600];
  return doc([
    para('AHK Greater China — Berufsbildung / Vocational Training 职业教育', { sz: 18, color: '444444' }),
    para('Anmeldung zur Prüfung / Registration for Examination / 考试报名表', { b: true, sz: 26, before: 60 }),
    para('Geprüfte/r Industriemeister/in — Fachrichtung Elektrotechnik (工业技师 电气方向)', { sz: 20, after: 140 }),
    table([3300, 3300, 3300], [
      row(cell('1. Persönliche Angaben / Personal data / 个人信息', { b: true, span: 3, fill: 'E2EFDA' })),
      row(stacked('Name (Chinesisch) / Name (Chinese) / 姓名', p.name, { w: 3300, b: true }), stacked('Name (Pinyin) / Name (Latin)', 'GU Wenbin', { w: 3300 }), stacked('Geburtsdatum / Date of birth / 出生日期', p.born.split('-').reverse().join('.'), { w: 3300 })),
      row(stacked('Telefon / Phone / 电话', p.phoneLocal), stacked('E-Mail / 邮箱', p.email), stacked('Staatsangehörigkeit / Nationality / 国籍', '中国 / China')),
      row(stacked('Anschrift / Address / 地址', p.address, { span: 3 })),
    ]),
    gapP(),
    table(w, [
      row(cell('2. Berufspraxis / Work experience / 工作经历', { b: true, span: 2, fill: 'E2EFDA' })),
      row(cell('Zeitraum / Period\n时间 (MM/JJJJ)', { b: true, sz: 17, w: 2300 }), cell('Arbeitgeber, Tätigkeit / Employer, position / 单位及职务', { b: true, sz: 17, w: 7600 })),
      ...newestFirst(p).map((j) => row(cell(range(j, 'mm/yyyy', ' – ', 'heute / now')), cell(`${j.company} — ${j.title}`))),
    ]),
    gapP(),
    table(w, [
      row(cell('3. Ausbildung / Education / 教育背景', { b: true, span: 2, fill: 'E2EFDA' })),
      ...p.education.map((e) => row(cell(`${fd(e.start, 'mm/yyyy')} – ${fd(e.end, 'mm/yyyy')}`, { w: 2300 }), cell(`${e.school} — ${e.award}`, { w: 7600 }))),
      row(cell('4. Fachkenntnisse / Technical skills / 专业技能', { b: true, span: 2, fill: 'E2EFDA' })),
      row(cell(skillItems(p).join('; '), { span: 2 })),
      row(cell('5. Sprachen / Languages / 语言', { b: true, span: 2, fill: 'E2EFDA' })),
      row(cell(p.languages.join(', '), { span: 2 })),
    ]),
    gapP(),
    para('Ich versichere die Richtigkeit meiner Angaben. / I confirm that my details are correct. / 本人确认以上信息真实。', { sz: 17, after: 200 }),
    para('Ort, Datum / Place, date / 地点、日期: Taicang, 12.10.2026        Unterschrift / Signature / 签名: ____________________', { sz: 17 }),
  ], { zh: true, size: 20, header: `AHK Prüfungsanmeldung — ${p.name} (Wenbin Gu)`, pageNo: true });
}

/** p14 – internal job application (bilingual), a block of labelled rows per job. */
function internalTransfer(p: Person): Document {
  const w = [2400, 2550, 2400, 2550];
  const blocks = newestFirst(p).flatMap((j, i) => [
    row(cell(`经历 ${i + 1} / Experience ${i + 1}`, { b: true, span: 4, fill: 'FCE4D6' })),
    row(cell('公司名称 Company', { b: true, w: 2400 }), cell(j.company, { span: 3 })),
    row(cell('职位 Title', { b: true }), cell(j.title, { span: 3 })),
    row(cell('开始 Start', { b: true }), cell(fd(j.start, 'yyyy/mm')), cell('结束 End', { b: true }), cell(fd(j.end, 'yyyy/mm', '至今 Present'))),
    row(cell('主要职责 Key duties', { b: true }), cell(j.duties.join('; '), { span: 3 })),
  ]);
  return doc([
    para('Northpeak Home Inc. — Shenzhen Office', { sz: 18, color: '7F7F7F' }),
    para('内部岗位申请表  Internal Job Application Form', { b: true, sz: 28, after: 140 }),
    table(w, [
      row(cell('申请人 Applicant', { b: true, w: 2400 }), cell(`${p.name} (${p.latin})`, { w: 2550 }), cell('工号 Employee ID', { b: true, w: 2400 }), cell('NPH-SZ-0219', { w: 2550 })),
      row(cell('现部门 Current dept.', { b: true }), cell('Marketplace (EU/US)'), cell('现岗位 Current title', { b: true }), cell(p.work[3].title)),
      row(cell('申请岗位 Position applied', { b: true }), cell('Head of Marketplace Operations, APAC', { span: 3 })),
      row(cell('手机 Mobile', { b: true }), cell(p.phoneLocal), cell('邮箱 Email', { b: true }), cell(p.email)),
    ]),
    gapP(),
    table(w, [row(cell('工作经历 Employment history（含本公司 incl. current role）', { b: true, span: 4, fill: 'F8CBAD' })), ...blocks]),
    gapP(),
    table([2400, 7500], [
      row(cell('专业技能 Skills', { b: true, w: 2400 }), cell(skillItems(p).join(' / '), { w: 7500 })),
      row(cell('教育 Education', { b: true }), cell(p.education.map((e) => `${e.school}，${e.award}，${e.start.slice(0, 4)}–${e.end.slice(0, 4)}`))),
      row(cell('申请理由 Reason', { b: true }), cell('希望把欧美站的运营方法复制到日本和澳洲站点。I would like to apply the EU/US playbook to the JP and AU marketplaces.')),
      row(cell('直属上级意见 Line manager', { b: true }), cell('同意 Agree ☐    不同意 Disagree ☐        签名 Signature: __________')),
      row(cell('HRBP 意见', { b: true }), cell('签名 Signature: __________     日期 Date: ____/____/______')),
    ]),
  ], { zh: true, size: 20, footer: 'HR-F-012 内部岗位申请表 v3', pageNo: true });
}

/** p15 – 中国翻译协会 个人会员入会申请表: applicant's name in a title line above the form. */
function tacMember(p: Person): Document {
  const w = [2800, 4600, 2500];
  return doc([
    para('中国翻译协会个人会员入会申请表', { b: true, align: 'center', sz: 32, after: 100 }),
    para(`申请人：${p.name}          会员类别：☑ 个人会员   ☐ 资深会员          申请日期：2026年10月9日`, { sz: 19, after: 120 }),
    table([1700, 3250, 1700, 3250], [
      row(cell('英文姓名', { b: true, w: 1700 }), cell(p.latin!, { w: 3250 }), cell('性别', { b: true, w: 1700 }), cell('女', { w: 3250 })),
      row(cell('出生日期', { b: true }), cell('1989-12-15'), cell('最高学历', { b: true }), cell('大学本科')),
      row(cell('工作单位', { b: true }), cell(p.work[3].company), cell('职务', { b: true }), cell(p.work[3].title)),
      row(cell('手机', { b: true }), cell(p.phoneLocal), cell('电子邮箱', { b: true }), cell(p.email)),
      row(cell('通讯地址', { b: true }), cell(p.address, { span: 3 })),
      row(cell('工作语种', { b: true }), cell('英语↔中文，日语→中文', { span: 3 })),
      row(cell('翻译资格', { b: true }), cell(p.certs.join('；'), { span: 3 })),
    ]),
    para('工作简历', { b: true, before: 160, after: 60 }),
    table(w, [
      row(...['起止时间', '工作单位', '职务'].map((t, i) => cell(t, { b: true, fill: 'EEEEEE', align: 'center', w: w[i] }))),
      ...p.work.map((j) => row(cell(range(j, 'yyyy.mm', ' - ', '至今')), cell(j.company), cell(j.title))),
    ]),
    para('专业领域及技能', { b: true, before: 160, after: 60 }),
    table([W], [row(cell(skillItems(p).join('；'), { w: W }))]),
    para('主要翻译成果', { b: true, before: 160, after: 60 }),
    table([W], [row(cell('主持4款游戏的12语种同步上线本地化；参与《游戏本地化术语手册》（内部）编写。', { w: W }))]),
    para('推荐人', { b: true, before: 160, after: 60 }),
    table([3300, 3300, 3300], [
      row(cell('姓名：周明远', { w: 3300 }), cell('会员号：TAC-11-0382', { w: 3300 }), cell('签字：', { w: 3300 })),
      row(cell('姓名：林晓', {}), cell('会员号：TAC-14-2207'), cell('签字：')),
    ]),
    para('本人自愿加入中国翻译协会，遵守协会章程。   申请人签字：____________', { sz: 19, before: 160 }),
  ], { zh: true, size: 21 });
}

/** p16 – clinical-study personnel CV (sponsor format, bilingual), start/end in two cells as MON-YYYY, signed and dated. */
function gcpCv(p: Person): Document {
  const w = [1300, 1300, 4100, 3200];
  return doc([
    para('CURRICULUM VITAE — CLINICAL STUDY PERSONNEL', { b: true, align: 'center', sz: 24 }),
    para('临床研究人员简历', { b: true, align: 'center', sz: 24, after: 60 }),
    para('Protocol No. / 方案编号: KL-ONC-207          Site / 中心: Sponsor study team', { align: 'center', sz: 17, after: 140 }),
    table([3000, 6900], [
      row(cell('Name 姓名', { b: true, fill: 'DEEAF6', w: 3000 }), cell(`${p.name}  (${p.latin})`, { w: 6900, b: true })),
      row(cell('Current title 现任职务', { b: true, fill: 'DEEAF6' }), cell(p.work[3].title)),
      row(cell('Organisation 单位', { b: true, fill: 'DEEAF6' }), cell(p.work[3].company)),
      row(cell('Business address 地址', { b: true, fill: 'DEEAF6' }), cell(p.address)),
      row(cell('Telephone 电话', { b: true, fill: 'DEEAF6' }), cell(p.phoneLocal)),
      row(cell('E-mail 邮箱', { b: true, fill: 'DEEAF6' }), cell(p.email)),
    ]),
    para('Education 教育背景', { b: true, before: 140, after: 60 }),
    table([2600, 4300, 3000], p.education.map((e) => row(cell(`${fd(e.start, 'MON-yyyy')} – ${fd(e.end, 'MON-yyyy')}`, { w: 2600 }), cell(e.school, { w: 4300 }), cell(e.award, { w: 3000 })))),
    para('Professional Experience 工作经历', { b: true, before: 140, after: 60 }),
    table(w, [
      row(...['Start 开始\n(MMM-YYYY)', 'End 结束\n(MMM-YYYY)', 'Organisation 单位', 'Position 职位'].map((t, i) => cell(t, { b: true, fill: 'DEEAF6', sz: 17, w: w[i] }))),
      ...newestFirst(p).map((j) => row(cell(fd(j.start, 'MON-yyyy')), cell(fd(j.end, 'MON-yyyy', 'Present')), cell(j.company), cell(j.title))),
    ]),
    para('Key Skills 专业技能', { b: true, before: 140, after: 60 }),
    table([W], [row(cell(skillItems(p).join(', '), { w: W }))]),
    para('GCP Training 培训记录', { b: true, before: 140, after: 60 }),
    table([3300, 3300, 3300], [
      row(...['Course 课程', 'Provider 机构', 'Date 日期'].map((t) => cell(t, { b: true, fill: 'DEEAF6', w: 3300 }))),
      row(cell('ICH E6(R3) GCP refresher'), cell('Sponsor e-learning'), cell('14-MAR-2025')),
      row(cell('药物临床试验质量管理规范培训'), cell('苏州市临床研究培训中心'), cell('22-JUN-2025')),
    ]),
    gapP(200),
    para('I confirm that this CV is accurate and current. 本人确认以上简历真实、有效。', { sz: 18, after: 200 }),
    para('Signature 签名: ______________________        Date 日期 (DD-MMM-YYYY): 02-NOV-2026', { sz: 18 }),
  ], { zh: true, size: 20, footer: 'CV template version 4.0 — valid for 2 years from date of signature', pageNo: true });
}

/** p06 – plain Word CV using right-aligned tab stops for dates (not a table). */
function tabstopCv(p: Person): Document {
  const tabbed = (left: string, right: string, b = false) => new Paragraph({
    tabStops: [{ type: TabStopType.RIGHT, position: 9900 }],
    children: [new TextRun({ text: left, bold: b }), new TextRun({ text: `\t${right}`, bold: false })], spacing: { before: 120 },
  });
  const items: (Paragraph | Table)[] = [
    para(p.name, { b: true, sz: 40 }),
    para(p.headline, { sz: 24, color: '2F5496', after: 60 }),
    para(`${p.address}  |  ${p.phoneLocal}  |  ${p.email}  |  github.com/kadrisaar`, { sz: 18, after: 160 }),
    heading('PROFILE'),
    para(p.summary),
    heading('EXPERIENCE'),
  ];
  for (const j of newestFirst(p)) {
    items.push(tabbed(`${j.title}, ${j.company}`, range(j, 'Mon yyyy', ' – '), true));
    items.push(para(j.town, { i: true, sz: 18 }));
    for (const d of j.duties) items.push(para(`•  ${d}`, { sz: 20 }));
  }
  items.push(heading('EDUCATION'));
  for (const e of p.education) items.push(tabbed(`${e.award}, ${e.school}`, `${e.start.slice(0, 4)} – ${e.end.slice(0, 4)}`, true));
  items.push(heading('TECHNICAL SKILLS'), para(skillItems(p).join(', ')));
  items.push(heading('LANGUAGES'), para(p.languages.join(', ')));
  items.push(heading('CERTIFICATIONS'), para(p.certs.join(', ')));
  return doc(items, { font: 'Calibri', size: 21 });
}

export interface DocxSpec { person: string; layout: 'table' | 'single'; template: string; build: (p: Person) => Document }
export const docxSpecs: DocxSpec[] = [
  { person: 'p01', layout: 'table', template: 'rwpsc', build: rwPsc },
  { person: 'p02', layout: 'table', template: 'iaahmember', build: iaahMembership },
  { person: 'p03', layout: 'table', template: 'cypsc', build: cyPsc },
  { person: 'p04', layout: 'table', template: 'pcapc', build: zwPcz },
  { person: 'p05', layout: 'table', template: 'pngdpm', build: pngDpm },
  { person: 'p06', layout: 'table', template: 'eegrantcv', build: eeGrantCv },
  { person: 'p06', layout: 'single', template: 'tabstops', build: tabstopCv },
  { person: 'p07', layout: 'table', template: 'bmgov', build: bmGov },
  { person: 'p08', layout: 'table', template: 'xiehui', build: cqXiehui },
  { person: 'p09', layout: 'table', template: 'dangan', build: danganTuoguan },
  { person: 'p10', layout: 'table', template: 'tepaiyuan', build: kejiTepaiyuan },
  { person: 'p11', layout: 'table', template: 'c301', build: nstcPersonal },
  { person: 'p12', layout: 'table', template: 'pmsa', build: pmsaLicence },
  { person: 'p13', layout: 'table', template: 'ahkmeister', build: ahkMeister },
  { person: 'p14', layout: 'table', template: 'internal', build: internalTransfer },
  { person: 'p15', layout: 'table', template: 'tacmember', build: tacMember },
  { person: 'p16', layout: 'table', template: 'gcpcv', build: gcpCv },
];
export { run };
