/**
 * heldout-23 generator: writes documents/, truth.json and manifest.json.
 *   npx tsx eval/heldout-23/generate.ts [--force]      (from packages/cv)
 * Refuses to run once manifest.json exists unless --force is given.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Packer, type Document } from 'docx';
import { exportDocxToPdf, printHtml, yearsWorked, manifestOf } from '../dev-layouts/render.ts';
import { people, byId, type Person } from './people.ts';
import * as H from './html.ts';
import * as X from './docx.ts';
import * as TX from './txt.ts';
import { REF } from './common.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const docsDir = path.join(here, 'documents');
const manifestPath = path.join(here, 'manifest.json');
if (existsSync(manifestPath) && !process.argv.includes('--force')) {
  console.error('heldout-23: manifest.json exists; the set is frozen. Re-run with --force to regenerate.');
  process.exit(1);
}

type Layout = 'single' | 'twocol' | 'table';
type Spec =
  | { person: string; layout: Layout; template: string; kind: 'html'; make: (p: Person) => string }
  | { person: string; layout: Layout; template: string; kind: 'docx'; make: (p: Person) => Document }
  | { person: string; layout: Layout; template: string; kind: 'txt'; make: (p: Person) => string };

const specs: Spec[] = [
  // p01 Canada — logistics
  { person: 'p01', layout: 'twocol', template: 'word-modern-initials', kind: 'docx', make: X.modernInitials },
  { person: 'p01', layout: 'twocol', template: 'teal', kind: 'html', make: H.teal },
  { person: 'p01', layout: 'single', template: 'jobbank-ca', kind: 'html', make: H.jobbank },
  // p02 USA — truck driver
  { person: 'p02', layout: 'table', template: 'dot-driver-application', kind: 'docx', make: X.dotApplication },
  { person: 'p02', layout: 'twocol', template: 'livecareer', kind: 'html', make: H.livecareer },
  { person: 'p02', layout: 'single', template: 'craigslist', kind: 'txt', make: TX.craigslist },
  // p03 Scotland → Australia — electrician
  { person: 'p03', layout: 'table', template: 'au-form80', kind: 'docx', make: X.form80 },
  { person: 'p03', layout: 'twocol', template: 'resumegenius', kind: 'html', make: H.resumegenius },
  { person: 'p03', layout: 'single', template: 'ascii72', kind: 'txt', make: TX.ascii72 },
  // p04 India — data engineer
  { person: 'p04', layout: 'single', template: 'word-bold-modern', kind: 'docx', make: X.boldModern },
  { person: 'p04', layout: 'table', template: 'naukri-profile', kind: 'html', make: H.naukri },
  { person: 'p04', layout: 'single', template: 'naukri-textresume', kind: 'txt', make: TX.naukriText },
  // p05 California — analyst
  { person: 'p05', layout: 'table', template: 'calhr-std678', kind: 'docx', make: X.std678 },
  { person: 'p05', layout: 'twocol', template: 'myperfectresume', kind: 'html', make: H.myperfectresume },
  { person: 'p05', layout: 'single', template: 'monster-paste', kind: 'txt', make: TX.monster },
  // p06 Estonia — product designer
  { person: 'p06', layout: 'twocol', template: 'word-blue-grey', kind: 'docx', make: X.blueGrey },
  { person: 'p06', layout: 'table', template: 'cvkeskus', kind: 'html', make: H.cvkeskus },
  { person: 'p06', layout: 'twocol', template: 'jsonresume-elegant', kind: 'html', make: H.jsonresume },
  // p07 Germany — design engineer
  { person: 'p07', layout: 'single', template: 'word-swiss', kind: 'docx', make: X.swiss },
  { person: 'p07', layout: 'twocol', template: 'xing', kind: 'html', make: H.xing },
  { person: 'p07', layout: 'single', template: 'hn-hiring', kind: 'txt', make: TX.hnHiring },
  // p08 浙江 — 应届硕士
  { person: 'p08', layout: 'table', template: 'biye-tuijianbiao', kind: 'docx', make: X.biyeTuijian },
  { person: 'p08', layout: 'table', template: 'guopin', kind: 'html', make: H.guopin },
  { person: 'p08', layout: 'single', template: 'shuimu-bbs', kind: 'txt', make: TX.shuimu },
  // p09 成都 — 护士
  { person: 'p09', layout: 'table', template: 'hushi-zhuce', kind: 'docx', make: X.hushiZhuce },
  { person: 'p09', layout: 'twocol', template: 'dingxiang', kind: 'html', make: H.dingxiang },
  { person: 'p09', layout: 'single', template: 'wechat-group', kind: 'txt', make: TX.wechat },
  // p10 西安 — 教师
  { person: 'p10', layout: 'table', template: 'jiaoshi-zige', kind: 'docx', make: X.jiaoshiZige },
  { person: 'p10', layout: 'twocol', template: 'lengxiong', kind: 'html', make: H.lengxiong },
  { person: 'p10', layout: 'single', template: 'tieba', kind: 'txt', make: TX.tieba },
  // p11 杭州 — 电商运营
  { person: 'p11', layout: 'twocol', template: 'zhitu-word', kind: 'docx', make: X.zhitu },
  { person: 'p11', layout: 'twocol', template: 'quanmin', kind: 'html', make: H.quanmin },
  { person: 'p11', layout: 'table', template: 'chinahr', kind: 'html', make: H.zhyc },
  // p12 臺北 — 會計
  { person: 'p12', layout: 'single', template: 'tw-zizhuan', kind: 'docx', make: X.zizhuan },
  { person: 'p12', layout: 'twocol', template: 'yourator', kind: 'html', make: H.yourator },
  { person: 'p12', layout: 'single', template: 'ptt-job', kind: 'txt', make: TX.ptt },
  // p13 上海 → Canada — backend engineer
  { person: 'p13', layout: 'table', template: 'imm5669', kind: 'docx', make: X.imm5669 },
  { person: 'p13', layout: 'twocol', template: 'twentyseconds', kind: 'html', make: H.twentyseconds },
  { person: 'p13', layout: 'single', template: 'upwork', kind: 'html', make: H.upwork },
  // p14 深圳 — 采购
  { person: 'p14', layout: 'table', template: 'jv-application', kind: 'docx', make: X.jvForm },
  { person: 'p14', layout: 'twocol', template: 'adobe-express', kind: 'html', make: H.adobeexpress },
  { person: 'p14', layout: 'single', template: 'xiaohongshu', kind: 'txt', make: TX.xiaohongshu },
  // p15 北京 — 产品经理
  { person: 'p15', layout: 'single', template: 'tech-onepage', kind: 'docx', make: X.techOnePage },
  { person: 'p15', layout: 'table', template: 'feishu-hire', kind: 'html', make: H.feishu },
  { person: 'p15', layout: 'single', template: 'yuque', kind: 'html', make: H.yuque },
  // p16 Singapore — marketing
  { person: 'p16', layout: 'twocol', template: 'pages-modern', kind: 'docx', make: X.pagesModern },
  { person: 'p16', layout: 'twocol', template: 'glints', kind: 'html', make: H.glints },
  { person: 'p16', layout: 'single', template: 'telegram', kind: 'txt', make: TX.telegram },
];

const truthLayout = { single: 'single', twocol: 'two-column', table: 'table' } as const;

async function main() {
  rmSync(docsDir, { recursive: true, force: true });
  mkdirSync(docsDir, { recursive: true });
  const html: [string, string][] = [];
  const documents: { file: string; person: string; template: string; layout: string; producer: string; language: string }[] = [];
  const add = (s: Spec, file: string, producer: string) => documents.push({ file, person: s.person, template: s.template, layout: truthLayout[s.layout], producer, language: byId[s.person].language });
  for (const s of specs) {
    const p = byId[s.person];
    const base = `${s.person}-${s.layout}-${s.template}`;
    if (s.kind === 'html') { html.push([`${base}.pdf`, s.make(p)]); add(s, `${base}.pdf`, 'chromium'); }
    else if (s.kind === 'txt') { writeFileSync(path.join(docsDir, `${base}.txt`), s.make(p), 'utf8'); add(s, `${base}.txt`, 'txt'); }
    else {
      writeFileSync(path.join(docsDir, `${base}.docx`), await Packer.toBuffer(s.make(p)));
      add(s, `${base}.docx`, 'docx'); add(s, `${base}.pdf`, 'libreoffice');
    }
  }
  await printHtml(docsDir, html);
  exportDocxToPdf(docsDir);
  const files = documents.map((x) => x.file);
  const present = new Set(readdirSync(docsDir));
  for (const f of files) if (!present.has(f)) throw new Error(`missing ${f}`);
  for (const f of present) if (!files.includes(f)) throw new Error(`unexpected ${f}`);

  const truth = {
    referenceDate: REF,
    people: people.map((p) => {
      const work = p.jobs.map((j) => ({ company: j.company, start: j.start, end: j.end }));
      return {
        id: p.id, language: p.language, name: p.name, email: p.email, phone: p.phone,
        skills: p.skills.map((s) => [s.p, ...(s.alt ?? [])].join(' | ')),
        work, yearsOfExperience: yearsWorked(work, REF),
      };
    }),
    documents,
  };
  writeFileSync(path.join(here, 'truth.json'), JSON.stringify(truth, null, 2) + '\n');
  writeFileSync(manifestPath, JSON.stringify(manifestOf(docsDir, files), null, 2) + '\n');
  const count: Record<string, number> = {};
  for (const x of documents) { const k = `${x.layout} × ${x.producer} × ${x.language}`; count[k] = (count[k] ?? 0) + 1; }
  console.log(`heldout-23: ${documents.length} documents, ${people.length} people`);
  for (const [k, v] of Object.entries(count).sort()) console.log(`  ${k}: ${v}`);
}
await main();
