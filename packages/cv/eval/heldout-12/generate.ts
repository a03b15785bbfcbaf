/**
 * heldout-12 generator: person × template plan → documents/, truth.json, manifest.json.
 * Run: cd packages/cv && npx tsx eval/heldout-12/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer, type Document } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Person } from './people.ts';
import * as F from './html-forms.ts';
import * as C from './html-cv.ts';
import * as D from './docx-templates.ts';
import * as T from './txt.ts';
import { REF } from './util.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(here, 'documents');
const manifestPath = path.join(here, 'manifest.json');

type Layout = 'single' | 'twocol' | 'table';
type Kind = 'html' | 'docx' | 'txt';
interface Template { name: string; layout: Layout; kind: Kind; convention: string; render: (p: Person) => string | Document }

export const templates: Template[] = [
  // tables and forms
  { name: 'br-ficha', layout: 'table', kind: 'html', convention: 'Brazilian employer "Ficha de Solicitação de Emprego" (CPF/RG/CTPS, per-job admission/dismissal boxes, last salary, reason for leaving), in English', render: F.brFicha },
  { name: 'ph-biodata', layout: 'table', kind: 'html', convention: 'Philippine bookstore BIO-DATA form (position desired, 2x2 photo, personal data lines, educational background grid, employment record, character reference)', render: F.phBiodata },
  { name: 'th-form', layout: 'table', kind: 'html', convention: 'Thai hospital/company "Application for Employment" (English version of ใบสมัครงาน: nickname, religion, last salary, language ability grid, special abilities)', render: F.thForm },
  { name: 'nz-application', layout: 'table', kind: 'html', convention: 'New Zealand council "Application for Employment" form (eligibility to work, Clean Slate Act question, employment history grid, referees, Privacy Act 2020 statement)', render: F.nzApplication },
  { name: 'my-form', layout: 'table', kind: 'html', convention: 'Malaysian company "Employment Application Form / Borang Permohonan Pekerjaan" (NRIC, race/religion, EPF/SOCSO, SPM/UEC grades, last drawn salary, mm/yy dates)', render: F.myForm },
  { name: 'kr-grid', layout: 'table', kind: 'html', convention: 'Korean 이력서 standard grid in English (photo cell, Korean/Hanja/English name, education, career, licences, military service, certification line)', render: F.krGrid },
  { name: 'vn-form', layout: 'table', kind: 'html', convention: 'Vietnamese company "Phiếu thông tin ứng viên / Candidate information form" with bilingual Vietnamese–English labels and "Quá trình công tác" table', render: F.vnForm },
  { name: 'id-drh', layout: 'table', kind: 'html', convention: 'Indonesian "Daftar Riwayat Hidup" (colon-aligned personal data, numbered education / non-formal / work tables, place-date-signature closing), in English', render: F.idDrh },
  { name: 'cn-insurance', layout: 'table', kind: 'html', convention: 'Chinese life-insurer 应聘人员登记表 (推荐人/工号, 保险从业经历, 证明人 column, 家庭成员, 本人承诺)', render: F.cnInsurance },
  { name: 'cn-yuangong', layout: 'table', kind: 'html', convention: 'Chinese private-company 员工信息登记表 (部门/岗位/工号 header, 籍贯/政治面貌/户口, 紧急联系人, 工衣尺码, 员工声明)', render: F.cnYuangong },
  { name: 'tw-104', layout: 'table', kind: 'html', convention: 'Taiwan 104 人力銀行 résumé export (履歷代碼, label–value blocks per job with 工作期間 yyyy/m~仍在職, 擅長工具 + 工作技能, 自傳)', render: F.tw104 },
  { name: 'macau-form', layout: 'table', kind: 'html', convention: 'Macau hotel-company bilingual 求職申請表 / Job Application Form (BIR ID, 月薪, 離職原因, Chinese–English labels)', render: F.macauForm },
  { name: 'mx-solicitud', layout: 'table', kind: 'docx', convention: 'Mexican stationery "Solicitud de Empleo" (in English): CURP/RFC/IMSS, family data, employment history in four side-by-side job columns', render: D.mxSolicitud },
  { name: 'cn-bank', layout: 'table', kind: 'docx', convention: 'Chinese bank 社会招聘应聘人员信息登记表 Word table (参加工作时间, 从业资格, 学习/工作经历 rows with 部门, 近三年业绩, 奖惩)', render: D.cnBank },
  { name: 'cn-ruzhi', layout: 'table', kind: 'docx', convention: 'Chinese factory 入职登记表 Word table (工作经历 with 薪资/离职原因, 住宿, 工衣尺码, 工资卡, 入职须知)', render: D.cnRuzhi },
  { name: 'tw-form', layout: 'table', kind: 'docx', convention: 'Taiwan stationery 履歷表 in Traditional characters with Minguo (民國) dates, 兵役 row, 服務機關/職稱/起訖年月 experience rows, 自傳 box', render: D.twForm },
  { name: 'sg-form', layout: 'table', kind: 'docx', convention: 'Singapore SME "Employment Application Form" (Name as in NRIC, race, NS status, last drawn salary, PDPA consent)', render: D.sgForm },
  { name: 'waiqi', layout: 'table', kind: 'docx', convention: 'Bilingual 外企 应聘申请表 / Employment Application Form (Chinese–English labels, 户口, non-compete question, declaration)', render: D.waiqi },
  // single column
  { name: 'br-curriculo', layout: 'single', kind: 'docx', convention: 'Brazilian Word "currículo" (centred header with nationality/marital status/age, Company/Position/Period/Main activities blocks)', render: D.brCurriculo },
  { name: 'nz-cv', layout: 'single', kind: 'docx', convention: 'New Zealand CV (personal statement, key skills, employment history with right-tabbed dates, licences, volunteer work, "Referees available on request")', render: D.nzCv },
  { name: 'cn-bracket', layout: 'single', kind: 'docx', convention: 'Chinese self-made Word 个人简历 with 【】 bracket section headings and 自我评价', render: D.cnBracket },
  { name: 'ph-resume', layout: 'single', kind: 'html', convention: 'Philippine résumé (objective, 2x2 photo, personal information with civil status/religion, character references, "I hereby certify…" closing)', render: C.phResume },
  { name: 'mx-cv', layout: 'single', kind: 'html', convention: 'Mexican currículum vitae in English (personal data block with CURP, dates column, language percentages)', render: C.mxCv },
  { name: 'my-resume', layout: 'single', kind: 'html', convention: 'Malaysian "RESUME" (IC no., race/religion, expected salary, availability, spoken/written language table, references)', render: C.myResume },
  { name: 'kr-career', layout: 'single', kind: 'html', convention: 'Korean 경력기술서 (career description) in English: career summary table then per-company key tasks', render: C.krCareer },
  { name: 'id-letter-cv', layout: 'single', kind: 'html', convention: 'Indonesian surat lamaran kerja (application letter with Subject/Attachments) followed by a CV page', render: C.idLetterCv },
  { name: 'mo-single', layout: 'single', kind: 'html', convention: 'Macau Traditional-Chinese 個人履歷 (single column, date column, 求職目標/工作經驗/學歷/技能/語言)', render: C.moSingle },
  { name: 'sg-resume', layout: 'single', kind: 'html', convention: 'Singapore résumé (professional summary, right-aligned date ranges, personal particulars with NS status and expected salary)', render: C.sgResume },
  { name: 'bilingual', layout: 'single', kind: 'html', convention: 'Chinese 中英文简历 for foreign-invested companies (bilingual section headings 工作经历 Work Experience …)', render: C.bilingualSingle },
  { name: 'txt-ph-email', layout: 'single', kind: 'txt', convention: 'Philippine CV pasted into an e-mail to a recruitment agency (cover note, then résumé body)', render: T.txtPhEmail },
  { name: 'txt-nz-email', layout: 'single', kind: 'txt', convention: 'New Zealand tradie CV typed into an e-mail to a recruiter from a phone', render: T.txtNzEmail },
  { name: 'txt-zh-email', layout: 'single', kind: 'txt', convention: 'Chinese 邮件正文简历 (résumé in the body of an e-mail to HR, 【】 headings; Traditional for Macau)', render: T.txtZhEmail },
  // two column
  { name: 'latam-modern', layout: 'twocol', kind: 'html', convention: 'Latin American "CV moderno" (light left rail with photo circle, contact, skills with level dots, languages; right main)', render: C.latamModern },
  { name: 'topcv', layout: 'twocol', kind: 'html', convention: 'Vietnamese TopCV-style template (header band with avatar, left rail with skill bars, right timeline)', render: C.topcv },
  { name: 'cn-twocol', layout: 'twocol', kind: 'html', convention: 'Chinese 超级简历 (WonderCV)-style PDF: header band, main column left, skills/certificates column right', render: C.cnTwocol },
  { name: 'cake', layout: 'twocol', kind: 'html', convention: 'CakeResume (Taiwan) two-column: left sidebar with name, contact, skill chips; right about/experience/education', render: C.cake },
  { name: 'builder-sidebar', layout: 'twocol', kind: 'html', convention: 'resume.io-style builder layout: main left (profile, employment history), right "Details / Skills (level bars) / Languages" sidebar', render: C.builderSidebar },
  { name: 'word-twocol', layout: 'twocol', kind: 'docx', convention: 'Do-it-yourself Word résumé on a borderless two-column layout table (shaded left rail, right main), common in Malaysia/Indonesia', render: D.wordTwocol },
];

/** person → templates */
export const plan: Record<string, string[]> = {
  p01: ['br-ficha', 'br-curriculo', 'latam-modern'],
  p02: ['ph-biodata', 'th-form', 'ph-resume', 'txt-ph-email'],
  p03: ['mx-solicitud', 'mx-cv', 'latam-modern'],
  p04: ['nz-application', 'nz-cv', 'txt-nz-email'],
  p05: ['my-form', 'my-resume', 'word-twocol'],
  p06: ['kr-grid', 'vn-form', 'kr-career', 'topcv'],
  p07: ['id-drh', 'id-letter-cv', 'word-twocol'],
  p08: ['cn-bank', 'cn-insurance', 'cn-twocol'],
  p09: ['cn-ruzhi', 'cn-yuangong', 'txt-zh-email'],
  p10: ['tw-form', 'tw-104', 'cake'],
  p11: ['cn-insurance', 'cn-bracket', 'cn-twocol'],
  p12: ['macau-form', 'mo-single', 'txt-zh-email', 'cn-twocol'],
  p13: ['sg-form', 'sg-resume', 'builder-sidebar'],
  p14: ['waiqi', 'bilingual', 'cn-twocol'],
  p15: ['my-form', 'my-resume', 'cake', 'builder-sidebar'],
  p16: ['waiqi', 'bilingual', 'builder-sidebar'],
};

const LAYOUT = { single: 'single', twocol: 'two-column', table: 'table' } as const;

async function main() {
  if (existsSync(manifestPath) && !process.argv.includes('--force')) {
    console.error('heldout-12 is frozen (manifest.json exists). Use --force to regenerate.');
    process.exit(1);
  }
  rmSync(docsDir, { recursive: true, force: true });
  mkdirSync(docsDir, { recursive: true });
  const byName = new Map(templates.map((t) => [t.name, t]));
  const html: [string, string][] = [];
  const documents: { file: string; person: string; template: string; layout: string; producer: string; language: string }[] = [];
  for (const p of people) {
    const n = p.id.slice(1);
    for (const tn of plan[p.id]!) {
      const t = byName.get(tn);
      if (!t) throw new Error(`unknown template ${tn}`);
      const base = `p${n}-${t.layout}-${t.name}`;
      const out = t.render(p);
      const rec = (file: string, producer: string) => documents.push({ file, person: p.id, template: t.name, layout: LAYOUT[t.layout], producer, language: p.language });
      if (t.kind === 'html') { html.push([`${base}.pdf`, out as string]); rec(`${base}.pdf`, 'chromium'); }
      else if (t.kind === 'txt') { writeFileSync(path.join(docsDir, `${base}.txt`), out as string, 'utf8'); rec(`${base}.txt`, 'txt'); }
      else {
        writeFileSync(path.join(docsDir, `${base}.docx`), await Packer.toBuffer(out as Document));
        rec(`${base}.docx`, 'docx'); rec(`${base}.pdf`, 'libreoffice');
      }
    }
  }
  await printHtml(docsDir, html);
  exportDocxToPdf(docsDir);
  const files = readdirSync(docsDir).sort();
  const listed = new Set(documents.map((d) => d.file));
  for (const f of files) if (!listed.has(f)) throw new Error(`unexpected file ${f}`);
  for (const f of listed) if (!files.includes(f)) throw new Error(`missing file ${f}`);
  documents.sort((a, b) => a.file.localeCompare(b.file));
  const truth = {
    referenceDate: REF,
    people: people.map((p) => {
      const work = p.jobs.map((j) => ({ company: j.company, start: j.start, end: j.end }));
      return { id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: p.skills, work, yearsOfExperience: yearsWorked(work, REF) };
    }),
    documents,
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(manifestPath, JSON.stringify(manifestOf(docsDir, files), null, 2) + '\n');
  const count: Record<string, number> = {};
  for (const d of documents) count[`${d.layout}/${d.producer}`] = (count[`${d.layout}/${d.producer}`] ?? 0) + 1;
  console.log(`${documents.length} documents`, count);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
