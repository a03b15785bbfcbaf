/**
 * heldout-56 generator: writes every document into documents/, then truth.json and manifest.json.
 *   cd packages/cv && npx tsx eval/heldout-56/generate.ts [--force]
 * Refuses to run when manifest.json exists unless --force is given.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer, type Document } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { people, REFERENCE, skillTruth, type Person } from './people.ts';
import * as A from './html-a.ts';
import * as B from './html-b.ts';
import * as D from './docx-tpl.ts';
import * as X from './txt.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(here, 'documents');
const force = process.argv.includes('--force');
if (existsSync(path.join(here, 'manifest.json')) && !force) {
  console.error('heldout-56: manifest.json exists — refusing to overwrite the committed set (pass --force to regenerate).');
  process.exit(1);
}

type Layout = 'single' | 'two-column' | 'table';
type Kind = { html: (p: Person) => string } | { docx: (p: Person) => Document } | { txt: (p: Person) => string };
const T: Record<string, { layout: Layout } & Kind> = {
  // single column
  'ksa-hijri': { layout: 'single', docx: D.ksaHijri },
  wuzzuf: { layout: 'single', html: A.wuzzuf },
  'dl-homepage': { layout: 'single', html: A.dlHomepage },
  'h5bp-print': { layout: 'single', html: A.h5bpPrint },
  'mailman-digest': { layout: 'single', txt: X.mailmanDigest },
  'gforms-response': { layout: 'single', html: A.gformsResponse },
  'summary-detail': { layout: 'single', html: A.summaryDetail },
  'journey-timeline': { layout: 'single', html: A.journeyTimeline },
  'my-zh-word': { layout: 'single', docx: D.myZhWord },
  'tpl-leftover': { layout: 'single', docx: D.tplLeftover },
  'pgp-clearsign': { layout: 'single', txt: X.pgpClearsign },
  'foxmail-thread': { layout: 'single', txt: X.foxmailThread },
  'ics-invite': { layout: 'single', txt: X.icsInvite },
  // tables
  'zoho-recruit': { layout: 'table', html: B.zohoRecruit },
  fieldglass: { layout: 'table', html: B.fieldglass },
  'al-folio': { layout: 'table', html: B.alFolio },
  'duzhong-form': { layout: 'table', html: B.duzhongForm },
  'zh-guipei': { layout: 'table', docx: D.zhGuipei },
  'aps-table': { layout: 'table', docx: D.apsTable },
  'tw-factory-form': { layout: 'table', docx: D.twFactoryForm },
  'np-bsdates': { layout: 'table', docx: D.npBsdates },
  'mo-boletim': { layout: 'table', docx: D.moBoletim },
  // two columns
  'rtl-template': { layout: 'two-column', docx: D.rtlTemplate },
  'onlinejobs-ph': { layout: 'two-column', html: B.onlinejobsPh },
  'dual-timeline': { layout: 'two-column', html: B.dualTimeline },
  'guofeng-seal': { layout: 'two-column', html: B.guofengSeal },
  'rx-pikachu': { layout: 'two-column', html: B.rxPikachu },
  'ms-publisher': { layout: 'two-column', html: B.msPublisher },
  'ph-twocol': { layout: 'two-column', docx: D.phTwocol },
};

/** Which person gets which templates. */
const PLAN: Record<string, string[]> = {
  p01: ['ksa-hijri', 'rtl-template'],
  p02: ['wuzzuf', 'mailman-digest', 'zoho-recruit', 'ms-publisher'],
  p03: ['dl-homepage', 'al-folio', 'dual-timeline'],
  p04: ['gforms-response', 'onlinejobs-ph', 'ph-twocol'],
  p05: ['h5bp-print', 'pgp-clearsign', 'fieldglass', 'rx-pikachu'],
  p06: ['zoho-recruit', 'fieldglass', 'al-folio', 'dual-timeline'],
  p07: ['summary-detail', 'np-bsdates', 'ms-publisher'],
  p08: ['tpl-leftover', 'guofeng-seal', 'foxmail-thread'],
  p09: ['my-zh-word', 'duzhong-form', 'dual-timeline'],
  p10: ['tpl-leftover', 'tw-factory-form'],
  p11: ['foxmail-thread', 'zh-guipei', 'dual-timeline'],
  p12: ['mo-boletim', 'journey-timeline', 'guofeng-seal'],
  p13: ['aps-table', 'rx-pikachu', 'dual-timeline'],
  p14: ['gforms-response', 'al-folio', 'guofeng-seal'],
  p15: ['summary-detail', 'aps-table', 'ms-publisher'],
  p16: ['zoho-recruit', 'rx-pikachu', 'guofeng-seal', 'ics-invite'],
};

const SHORT: Record<Layout, string> = { single: 'single', 'two-column': 'twocol', table: 'table' };
type Entry = { file: string; person: string; template: string; layout: Layout; producer: 'chromium' | 'docx' | 'libreoffice' | 'txt'; language: string };

async function main() {
  rmSync(docsDir, { recursive: true, force: true });
  mkdirSync(docsDir, { recursive: true });
  const documents: Entry[] = [];
  const html: [string, string][] = [];
  for (const p of people) {
    for (const tpl of PLAN[p.id]) {
      const t = T[tpl];
      if (!t) throw new Error(`unknown template ${tpl}`);
      const base = `${p.id}-${SHORT[t.layout]}-${tpl}`;
      const e = { person: p.id, template: tpl, layout: t.layout, language: p.lang };
      if ('html' in t) {
        html.push([`${base}.pdf`, t.html(p)]);
        documents.push({ file: `${base}.pdf`, producer: 'chromium', ...e });
      } else if ('docx' in t) {
        writeFileSync(path.join(docsDir, `${base}.docx`), await Packer.toBuffer(t.docx(p)));
        documents.push({ file: `${base}.docx`, producer: 'docx', ...e }, { file: `${base}.pdf`, producer: 'libreoffice', ...e });
      } else {
        writeFileSync(path.join(docsDir, `${base}.txt`), t.txt(p), 'utf8');
        documents.push({ file: `${base}.txt`, producer: 'txt', ...e });
      }
    }
  }
  if (process.env.H56_HTML_DUMP) for (const [f, s] of html) writeFileSync(path.join(process.env.H56_HTML_DUMP, f.replace(/\.pdf$/, '.html')), s);
  await printHtml(docsDir, html);
  exportDocxToPdf(docsDir);
  for (const d of documents) if (!existsSync(path.join(docsDir, d.file))) throw new Error(`missing ${d.file}`);

  documents.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const truth = {
    referenceDate: REFERENCE,
    people: people.map((p) => ({
      id: p.id, language: p.lang, name: p.name, email: p.email, phone: p.phone,
      skills: p.skills.map(skillTruth),
      work: [...p.work].sort((a, b) => (a.start < b.start ? -1 : 1)).map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.work, REFERENCE),
    })),
    documents,
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(here, 'manifest.json'), JSON.stringify(manifestOf(docsDir, documents.map((d) => d.file)), null, 2) + '\n');
  const count = (k: keyof Entry) => documents.reduce<Record<string, number>>((m, d) => ((m[d[k]] = (m[d[k]] ?? 0) + 1), m), {});
  console.log(`heldout-56: ${documents.length} documents`, count('layout'), count('producer'), count('language'));
}

main().catch((e) => { console.error(e); process.exit(1); });
