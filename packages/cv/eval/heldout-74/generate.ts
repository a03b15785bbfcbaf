/**
 * heldout-74 generator: writes documents/, truth.json and manifest.json.
 * Usage (from packages/cv): npx tsx eval/heldout-74/generate.ts [--force]
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Person } from './people.ts';
import * as H from './html.ts';
import * as D from './docx.ts';
import * as X from './txt.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
if (existsSync(path.join(here, 'manifest.json')) && !process.argv.includes('--force')) {
  console.error('manifest.json exists — refusing to overwrite (pass --force).');
  process.exit(1);
}
type Layout = 'single' | 'two-column' | 'table';
type Kind = 'chromium' | 'docx' | 'txt';
const T: Record<string, { layout: Layout; kind: Kind; fn: (p: Person) => string | Promise<Buffer> }> = {
  'gr-caps-surname': { layout: 'single', kind: 'chromium', fn: H.grCapsSurname },
  'cr-bpo': { layout: 'single', kind: 'chromium', fn: H.crBpo },
  'ca-ux-casestudy': { layout: 'single', kind: 'chromium', fn: H.caUx },
  'il-techcv': { layout: 'single', kind: 'chromium', fn: H.ilTech },
  'zh-coder-md': { layout: 'single', kind: 'chromium', fn: H.zhCoderMd },
  'my-photo-rail': { layout: 'two-column', kind: 'chromium', fn: H.myPhotoRail },
  'sg-pharm-grouped': { layout: 'single', kind: 'chromium', fn: H.sgPharm },
  'returnee-bilingual': { layout: 'single', kind: 'chromium', fn: H.returnee },
  'ruled-section-table': { layout: 'table', kind: 'chromium', fn: H.ruledSectionTable },
  'service-months-table': { layout: 'table', kind: 'chromium', fn: H.serviceMonths },
  'zh-skillmatrix': { layout: 'table', kind: 'chromium', fn: H.zhSkillMatrix },
  'tw-qiuzhi-table': { layout: 'table', kind: 'chromium', fn: H.twQiuzhi },
  'bilingual-matrix-table': { layout: 'table', kind: 'chromium', fn: H.bilingualMatrix },
  'float-wrap-rail': { layout: 'two-column', kind: 'chromium', fn: H.floatWrap },
  'zh-grid-rail': { layout: 'two-column', kind: 'chromium', fn: H.zhGridRail },
  'flex-bilingual-rail': { layout: 'two-column', kind: 'chromium', fn: H.flexBilingualRail },
  'photo-rail-right': { layout: 'two-column', kind: 'chromium', fn: H.photoRailRight },
  'ie-accts-word': { layout: 'single', kind: 'docx', fn: D.ieAccts },
  'us-trades-word': { layout: 'single', kind: 'docx', fn: D.usTrades },
  'au-facility-table': { layout: 'table', kind: 'docx', fn: D.auFacility },
  'word-cols-mainfirst': { layout: 'two-column', kind: 'docx', fn: D.colsMainFirst },
  'zh-cert-table-word': { layout: 'table', kind: 'docx', fn: D.zhCertTable },
  'tw-minguo-word': { layout: 'single', kind: 'docx', fn: D.twMinguo },
  'zh-lvli-word': { layout: 'table', kind: 'docx', fn: D.zhLvli },
  'appform-bilingual-word': { layout: 'table', kind: 'docx', fn: D.appForm },
  'twocell-nested-word': { layout: 'two-column', kind: 'docx', fn: D.twocellNested },
  'txt-pdf-select-copy': { layout: 'single', kind: 'txt', fn: X.pdfSelectCopy },
  'txt-zh-cells': { layout: 'table', kind: 'txt', fn: X.zhCells },
  'txt-referral': { layout: 'single', kind: 'txt', fn: X.referral },
  'txt-ats-report': { layout: 'single', kind: 'txt', fn: X.atsReport },
};
export const plan: Record<string, string[]> = {
  p01: ['ie-accts-word', 'float-wrap-rail', 'txt-pdf-select-copy'],
  p02: ['us-trades-word', 'ruled-section-table', 'float-wrap-rail'],
  p03: ['au-facility-table', 'txt-pdf-select-copy', 'photo-rail-right'],
  p04: ['gr-caps-surname', 'service-months-table', 'word-cols-mainfirst'],
  p05: ['ca-ux-casestudy', 'ruled-section-table', 'txt-ats-report', 'float-wrap-rail'],
  p06: ['il-techcv', 'service-months-table', 'photo-rail-right'],
  p07: ['cr-bpo', 'txt-pdf-select-copy', 'word-cols-mainfirst'],
  p08: ['zh-coder-md', 'zh-skillmatrix', 'word-cols-mainfirst'],
  p09: ['zh-grid-rail', 'zh-cert-table-word', 'txt-zh-cells'],
  p10: ['zh-coder-md', 'zh-grid-rail', 'txt-zh-cells'],
  p11: ['tw-minguo-word', 'tw-qiuzhi-table', 'zh-grid-rail'],
  p12: ['zh-lvli-word', 'zh-skillmatrix', 'zh-grid-rail'],
  p13: ['appform-bilingual-word', 'txt-referral', 'flex-bilingual-rail'],
  p14: ['my-photo-rail', 'appform-bilingual-word', 'txt-referral'],
  p15: ['returnee-bilingual', 'bilingual-matrix-table', 'twocell-nested-word'],
  p16: ['sg-pharm-grouped', 'txt-ats-report', 'bilingual-matrix-table', 'flex-bilingual-rail'],
};
const short = { single: 'single', 'two-column': 'twocol', table: 'table' } as const;

async function main() {
  rmSync(docs, { recursive: true, force: true });
  mkdirSync(docs, { recursive: true });
  const html: [string, string][] = [];
  const documents: Record<string, string>[] = [];
  for (const p of people) {
    for (const t of plan[p.id]) {
      const { layout, kind, fn } = T[t];
      const base = `${p.id}-${short[layout]}-${t}`;
      const doc = (file: string, producer: string) => documents.push({ file, person: p.id, template: t, layout, producer, language: p.language });
      if (kind === 'chromium') { html.push([`${base}.pdf`, fn(p) as string]); doc(`${base}.pdf`, 'chromium'); }
      else if (kind === 'txt') { writeFileSync(path.join(docs, `${base}.txt`), fn(p) as string, 'utf8'); doc(`${base}.txt`, 'txt'); }
      else { writeFileSync(path.join(docs, `${base}.docx`), await (fn(p) as Promise<Buffer>)); doc(`${base}.docx`, 'docx'); doc(`${base}.pdf`, 'libreoffice'); }
    }
  }
  await printHtml(docs, html);
  exportDocxToPdf(docs);
  const truth = {
    referenceDate: '2026-12',
    people: people.map((p) => ({ id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
      work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })), yearsOfExperience: yearsWorked(p.work, '2026-12') })),
    documents: documents.sort((a, b) => a.file.localeCompare(b.file)),
  };
  const files = truth.documents.map((x) => x.file);
  const stray = readdirSync(docs).filter((f) => !files.includes(f));
  if (stray.length) throw new Error(`unlisted files: ${stray.join(', ')}`);
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, files), null, 2) + '\n');
  console.log(`${files.length} documents`);
}
await main();
