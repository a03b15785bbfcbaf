/**
 * heldout-21 generator: writes documents/, truth.json and manifest.json.
 *   npx tsx eval/heldout-21/generate.ts [--force]      (from packages/cv)
 * Refuses to run once manifest.json exists unless --force is given.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer, type Document } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, type Person } from './people.ts';
import * as X from './docx-templates.ts';
import * as H from './html-templates.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docs = path.join(here, 'documents');
const REF = '2026-11';

type Layout = 'single' | 'twocol' | 'table';
type Spec =
  | { kind: 'docx'; layout: Layout; template: string; make: (p: Person) => Document }
  | { kind: 'html'; layout: Layout; template: string; make: (p: Person) => string }
  | { kind: 'txt'; layout: Layout; template: string; make: (p: Person) => string };

const T = {
  licensing: { kind: 'docx', layout: 'table', template: 'licensing-history', make: X.licensingHistory },
  tzform: { kind: 'docx', layout: 'table', template: 'tz-application', make: X.tzApplication },
  record: { kind: 'docx', layout: 'table', template: 'experience-record', make: X.experienceRecord },
  zhengshen: { kind: 'docx', layout: 'table', template: 'zhengshen', make: X.zhengshen },
  zhuce: { kind: 'docx', layout: 'table', template: 'zhuce-shenqing', make: X.zhuceShenqing },
  permit: { kind: 'docx', layout: 'table', template: 'work-permit', make: X.workPermit },
  card: { kind: 'docx', layout: 'table', template: 'personnel-card', make: X.personnelCard },
  wordResume: { kind: 'docx', layout: 'single', template: 'word-resume', make: X.wordResume },
  jianli: { kind: 'docx', layout: 'single', template: 'jianli-word', make: X.jianliWord },
  icims: { kind: 'html', layout: 'table', template: 'icims-print', make: H.icims },
  cred: { kind: 'html', layout: 'table', template: 'credentialing', make: H.credentialing },
  pageup: { kind: 'html', layout: 'table', template: 'pageup-print', make: H.pageup },
  registry: { kind: 'html', layout: 'table', template: 'registry-print', make: H.registryPrint },
  yishi: { kind: 'html', layout: 'table', template: 'yishi-zhuce', make: H.yishiZhuce },
  acca: { kind: 'html', layout: 'table', template: 'acca-per', make: H.accaPer },
  res: { kind: 'html', layout: 'single', template: 'res-cls', make: H.resCls },
  pages: { kind: 'html', layout: 'twocol', template: 'pages-grid', make: H.pagesTwoCol },
  feishu: { kind: 'html', layout: 'single', template: 'feishu-doc', make: H.feishuDoc },
  side: { kind: 'html', layout: 'twocol', template: 'side-headings', make: H.sideHeadings },
  adoc: { kind: 'txt', layout: 'single', template: 'asciidoc', make: H.asciidoc },
  memo: { kind: 'txt', layout: 'single', template: 'memo-export', make: H.beiwanglu },
} satisfies Record<string, Spec>;

const plan: Record<string, Spec[]> = {
  p01: [T.licensing, T.icims, T.res, T.adoc],
  p02: [T.record, T.wordResume],
  p03: [T.licensing, T.icims, T.pages],
  p04: [T.licensing, T.cred, T.res],
  p05: [T.tzform, T.pageup, T.pages],
  p06: [T.record, T.pageup, T.res],
  p07: [T.record, T.wordResume],
  p08: [T.zhengshen, T.yishi, T.side],
  p09: [T.zhengshen, T.registry, T.feishu],
  p10: [T.zhuce, T.jianli],
  p11: [T.zhuce, T.registry, T.memo],
  p12: [T.zhuce, T.registry, T.feishu],
  p13: [T.permit, T.icims, T.side],
  p14: [T.permit, T.jianli],
  p15: [T.card, T.acca, T.memo],
  p16: [T.card, T.side],
};

async function main() {
  const force = process.argv.includes('--force');
  if (existsSync(path.join(here, 'manifest.json')) && !force) {
    console.error('manifest.json exists: this set is frozen. Re-run with --force to regenerate.');
    process.exit(1);
  }
  if (existsSync(docs)) rmSync(docs, { recursive: true });
  mkdirSync(docs, { recursive: true });
  const truthDocs: object[] = [];
  const html: [string, string][] = [];
  const layoutName = (l: Layout) => (l === 'twocol' ? 'two-column' : l);
  for (const p of people) {
    for (const s of plan[p.id]) {
      const base = `${p.id}-${s.layout}-${s.template}`;
      const entry = (file: string, producer: string) => truthDocs.push({ file, person: p.id, template: s.template, layout: layoutName(s.layout), producer, language: p.language });
      if (s.kind === 'docx') {
        writeFileSync(path.join(docs, `${base}.docx`), await Packer.toBuffer(s.make(p)));
        entry(`${base}.docx`, 'docx');
        entry(`${base}.pdf`, 'libreoffice');
      } else if (s.kind === 'html') {
        html.push([`${base}.pdf`, s.make(p)]);
        entry(`${base}.pdf`, 'chromium');
      } else {
        writeFileSync(path.join(docs, `${base}.txt`), s.make(p), 'utf8');
        entry(`${base}.txt`, 'txt');
      }
    }
  }
  exportDocxToPdf(docs);
  await printHtml(docs, html);
  const truth = {
    referenceDate: REF,
    people: people.map((p) => ({
      id: p.id, language: p.language, name: p.name, email: p.email, phone: p.e164, skills: p.skills,
      work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.work, REF),
    })),
    documents: truthDocs,
  };
  const files = (truthDocs as { file: string }[]).map((x) => x.file);
  const extra = readdirSync(docs).filter((f) => !files.includes(f));
  if (extra.length) throw new Error(`unexpected files in documents/: ${extra.join(', ')}`);
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docs, files), null, 2) + '\n');
  console.log(`${files.length} documents written to ${docs}`);
}
main().catch((err) => { console.error(err); process.exit(1); });
