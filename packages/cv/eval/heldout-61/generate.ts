/**
 * heldout-61 generator: writes every document into documents/, then truth.json and manifest.json.
 *
 *   cd packages/cv && npx tsx eval/heldout-61/generate.ts [--force]
 *
 * Refuses to run when manifest.json exists unless --force is given (with --force the documents folder is emptied first).
 * Chromium PDFs come from printHtml, DOCX from the `docx` package, LibreOffice PDFs from exportDocxToPdf on those DOCX,
 * and .txt files are written directly as UTF-8.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer, type Document } from 'docx';
import { exportDocxToPdf, manifestOf, printHtml, yearsWorked } from '../dev-layouts/render.ts';
import { byId, people, type Person } from './people.ts';
import { fileName, type Layout } from './lib.ts';
import * as H from './tpl-html.ts';
import * as D from './tpl-docx.ts';
import * as X from './tpl-txt.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DOCS = path.join(HERE, 'documents');
const REFERENCE = '2026-12';

type Entry =
  | { person: string; template: string; layout: Layout; kind: 'html'; make: (p: Person) => string }
  | { person: string; template: string; layout: Layout; kind: 'docx'; make: (p: Person) => Document }
  | { person: string; template: string; layout: Layout; kind: 'txt'; make: (p: Person) => string };

const plan: Entry[] = [
  { person: 'p01', template: 'hyde-site', layout: 'two-column', kind: 'html', make: H.hydeSite },
  { person: 'p01', template: 'csj-print', layout: 'table', kind: 'html', make: H.csjPrint },
  { person: 'p01', template: 'site-resume-txt', layout: 'single', kind: 'txt', make: X.siteResumeTxt },

  { person: 'p02', template: 'band-icons', layout: 'single', kind: 'html', make: H.bandIcons },
  { person: 'p02', template: 'us-refsheet', layout: 'single', kind: 'docx', make: D.usRefsheet },

  { person: 'p03', template: 'split-contact', layout: 'two-column', kind: 'html', make: H.splitContact },
  { person: 'p03', template: 'word-2cell-ctcfoot', layout: 'two-column', kind: 'docx', make: D.word2cellCtcfoot },

  { person: 'p04', template: 'footer-band', layout: 'two-column', kind: 'html', make: H.footerBand },
  { person: 'p04', template: 'word-2cell-ctcfoot', layout: 'two-column', kind: 'docx', make: D.word2cellCtcfoot },
  { person: 'p04', template: 'sms-export', layout: 'single', kind: 'txt', make: X.smsExport },

  { person: 'p05', template: 'split-contact', layout: 'two-column', kind: 'html', make: H.splitContact },
  { person: 'p05', template: 'au-hdr-tickets', layout: 'table', kind: 'docx', make: D.auHdrTickets },
  { person: 'p05', template: 'sms-export', layout: 'single', kind: 'txt', make: X.smsExport },

  { person: 'p06', template: 'ng-ruled-cv', layout: 'table', kind: 'html', make: H.ngRuledCv },
  { person: 'p06', template: 'word-2cell-ctcfoot', layout: 'two-column', kind: 'docx', make: D.word2cellCtcfoot },
  { person: 'p06', template: 'jiji-cv', layout: 'single', kind: 'txt', make: X.jijiCv },

  { person: 'p07', template: 'daijob-print', layout: 'table', kind: 'html', make: H.daijobPrint },
  { person: 'p07', template: 'apac-agency-reg', layout: 'table', kind: 'docx', make: D.apacAgencyReg },
  { person: 'p07', template: 'site-resume-txt', layout: 'single', kind: 'txt', make: X.siteResumeTxt },

  { person: 'p08', template: 'yinhang-baoming', layout: 'table', kind: 'html', make: H.yinhangBaoming },
  { person: 'p08', template: 'zh-lianxi-grid', layout: 'table', kind: 'docx', make: D.zhLianxiGrid },
  { person: 'p08', template: 'feishu-chat', layout: 'single', kind: 'txt', make: X.feishuChat },

  { person: 'p09', template: 'zh-zijianxin', layout: 'single', kind: 'html', make: H.zhZijianxin },
  { person: 'p09', template: 'zh-yejiao-2col', layout: 'two-column', kind: 'docx', make: D.zhYejiao2col },
  { person: 'p09', template: 'feishu-chat', layout: 'single', kind: 'txt', make: X.feishuChat },

  { person: 'p10', template: 'tw-eapply', layout: 'table', kind: 'html', make: H.twEapply },
  { person: 'p10', template: 'zh-yejiao-2col', layout: 'two-column', kind: 'docx', make: D.zhYejiao2col },
  { person: 'p10', template: 'mobile01-post', layout: 'single', kind: 'txt', make: X.mobile01Post },

  { person: 'p11', template: 'handles-rail', layout: 'two-column', kind: 'html', make: H.handlesRail },
  { person: 'p11', template: 'apac-agency-reg', layout: 'table', kind: 'docx', make: D.apacAgencyReg },
  { person: 'p11', template: 'carousell', layout: 'single', kind: 'txt', make: X.carousell },

  { person: 'p12', template: 'yinhang-baoming', layout: 'table', kind: 'html', make: H.yinhangBaoming },
  { person: 'p12', template: 'zh-lianxi-grid', layout: 'table', kind: 'docx', make: D.zhLianxiGrid },
  { person: 'p12', template: 'hupu-post', layout: 'single', kind: 'txt', make: X.hupuPost },

  { person: 'p13', template: 'handles-rail', layout: 'two-column', kind: 'html', make: H.handlesRail },
  { person: 'p13', template: 'apac-agency-reg', layout: 'table', kind: 'docx', make: D.apacAgencyReg },
  { person: 'p13', template: 'carousell', layout: 'single', kind: 'txt', make: X.carousell },

  { person: 'p14', template: 'footer-band', layout: 'two-column', kind: 'html', make: H.footerBand },
  { person: 'p14', template: 'word-2cell-ctcfoot', layout: 'two-column', kind: 'docx', make: D.word2cellCtcfoot },
  { person: 'p14', template: 'mudah-ad', layout: 'single', kind: 'txt', make: X.mudahAd },

  { person: 'p15', template: 'split-contact', layout: 'two-column', kind: 'html', make: H.splitContact },
  { person: 'p15', template: 'us-refsheet', layout: 'single', kind: 'docx', make: D.usRefsheet },
  { person: 'p15', template: 'kijiji-resume', layout: 'single', kind: 'txt', make: X.kijijiResume },

  { person: 'p16', template: 'handles-rail', layout: 'two-column', kind: 'html', make: H.handlesRail },
  { person: 'p16', template: 'de-absender', layout: 'single', kind: 'docx', make: D.deAbsender },
  { person: 'p16', template: 'kleinanzeigen', layout: 'single', kind: 'txt', make: X.kleinanzeigen },
];

interface DocTruth { file: string; person: string; template: string; layout: Layout; producer: 'chromium' | 'docx' | 'libreoffice' | 'txt'; language: string }

async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  if (existsSync(path.join(HERE, 'manifest.json')) && !force) {
    console.error('manifest.json exists — refusing to overwrite the set. Re-run with --force to regenerate.');
    process.exit(1);
  }
  rmSync(DOCS, { recursive: true, force: true });
  mkdirSync(DOCS, { recursive: true });

  const documents: DocTruth[] = [];
  const html: [string, string][] = [];
  for (const e of plan) {
    const p = byId(e.person);
    if (e.kind === 'html') {
      const file = fileName(p, e.layout, e.template, 'pdf');
      html.push([file, e.make(p)]);
      documents.push({ file, person: p.id, template: e.template, layout: e.layout, producer: 'chromium', language: p.language });
    } else if (e.kind === 'docx') {
      const file = fileName(p, e.layout, e.template, 'docx');
      writeFileSync(path.join(DOCS, file), await Packer.toBuffer(e.make(p)));
      documents.push({ file, person: p.id, template: e.template, layout: e.layout, producer: 'docx', language: p.language });
      documents.push({ file: file.replace(/\.docx$/, '.pdf'), person: p.id, template: e.template, layout: e.layout, producer: 'libreoffice', language: p.language });
    } else {
      const file = fileName(p, e.layout, e.template, 'txt');
      writeFileSync(path.join(DOCS, file), e.make(p), 'utf8');
      documents.push({ file, person: p.id, template: e.template, layout: e.layout, producer: 'txt', language: p.language });
    }
  }
  await printHtml(DOCS, html);
  exportDocxToPdf(DOCS);

  const listed = new Set(documents.map((d) => d.file));
  const stray = readdirSync(DOCS).filter((f) => !listed.has(f));
  if (stray.length) throw new Error(`unexpected files in documents/: ${stray.join(', ')}`);

  const truth = {
    referenceDate: REFERENCE,
    people: people.map((p) => ({
      id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone, skills: p.skills,
      work: p.work.map((j) => ({ company: j.company, start: j.start, end: j.end })),
      yearsOfExperience: yearsWorked(p.work, REFERENCE),
    })),
    documents: documents.sort((a, b) => a.file.localeCompare(b.file)),
  };
  writeFileSync(path.join(HERE, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(path.join(HERE, 'manifest.json'), JSON.stringify(manifestOf(DOCS, truth.documents.map((d) => d.file)), null, 2) + '\n');
  console.log(`heldout-61: ${documents.length} documents from ${people.length} people and ${new Set(plan.map((e) => e.template)).size} templates`);
}

main().catch((err) => { console.error(err); process.exit(1); });
