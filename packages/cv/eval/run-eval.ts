/**
 * `pnpm --filter @kiln/cv eval` (root: `npm run eval:cv`): prints field-level metrics on the fixture set,
 * split into tuned and held-out parts and broken down by language, layout and producer. Exits 1 when the
 * held-out part is below the acceptance thresholds. After those tables it prints the dev sets (eval/dev-layouts/,
 * eval/dev-tables/, eval/dev-round3/, eval/dev-round4/, and eval/heldout-2/, -3/, -5/ to -9/, -11/ and -13/ — held-out sets
 * spent on 2026-12-02: tuned on, for the issue 11 layouts), then the hand-written held-out sets' aggregate reports,
 * per layout × producer × language, with the cells below issue 11's targets named (those targets do not affect the
 * exit code yet): the independent set (eval/independent/, spent on 2026-12-02 too) and, last, eval/heldout-4/
 * (never opened).
 * Flags: --details prints the misses of each tuned and dev fixture; --details=all includes held-out ones (of the
 * generated fixtures: the hand-written held-out sets never print per-document misses);
 * --skip-held-out (alias: --skip-independent) leaves the independent set and the held-out sets (eval/held-out-names.ts) out (for work that must not
 * see their figures while tuning).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { devReport, evaluateDevLayouts } from './dev-layouts/evaluate';
import { evaluate } from './evaluate';
import { evaluateHandwritten } from './handwritten';
import { aggregate, failedThresholds, type FixtureScore, type Metrics } from './metrics';

const COLUMNS: [keyof Metrics, string][] = [
  ['n', 'n'], ['errors', 'err'], ['name', 'name'], ['email', 'email'], ['phone', 'phone'], ['skillsPrecision', 'sk.P'],
  ['skillsRecall', 'sk.R'], ['skillsF1', 'sk.F1'], ['workRecall', 'work.R'], ['yearsMae', 'yrs.MAE'],
];

function table(title: string, groups: [string, FixtureScore[]][]): string {
  const rows = groups.filter(([, s]) => s.length > 0).map(([label, s]) => [label, ...COLUMNS.map(([k]) => String(aggregate(s)[k]))]);
  const head = [title, ...COLUMNS.map(([, h]) => h)];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [fmt(head), ...rows.map(fmt)].join('\n');
}

const by = (scores: FixtureScore[], key: 'language' | 'layout' | 'producer'): [string, FixtureScore[]][] =>
  [...new Set(scores.map((s) => s[key]))].map((v) => [`${key}=${v}`, scores.filter((s) => s[key] === v)]);

const started = Date.now();
const scores = await evaluate();
const handwritten = await evaluateHandwritten();
const tuned = scores.filter((s) => s.split === 'tuned');
const dev = scores.filter((s) => s.split === 'dev');
const held = scores.filter((s) => s.split === 'held-out');
console.log(`Kiln CV evaluation: ${scores.length} documents from ${new Set(scores.map((s) => s.id.split('.')[0])).size} ground-truth CVs (${((Date.now() - started) / 1000).toFixed(1)} s)`);
console.log('tuned: single column + right-hand sidebar, from text, pdfkit and DOCX (looked at while developing)');
console.log('dev: left-hand sidebar + table layouts, same producers (failures looked at while developing)');
console.log('held-out: compact layout from every producer + every pdf-lib PDF (never inspected; thresholds apply)\n');
console.log(table('split', [['tuned', tuned], ['dev', dev], ['held-out', held], ['all', scores]]));
console.log('\nHand-written CVs (6 free-style CVs typed after development, as text, pdfkit PDF and DOCX; not tuned on; test/cv holds them to the same thresholds):');
console.log(table('handwritten', [['all', handwritten], ...by(handwritten, 'language'), ...by(handwritten, 'producer')]));
console.log('\nHeld-out, by breakdown:');
console.log(table('held-out', [...by(held, 'language'), ...by(held, 'layout'), ...by(held, 'producer')]));
console.log('\nDev, by breakdown:');
console.log(table('dev', [...by(dev, 'language'), ...by(dev, 'layout'), ...by(dev, 'producer')]));
console.log('\nTuned, by breakdown:');
console.log(table('tuned', [...by(tuned, 'language'), ...by(tuned, 'layout'), ...by(tuned, 'producer')]));
console.log('\nDev-layouts set (eval/dev-layouts/: 43 LibreOffice, DOCX and Chromium documents of 12 hand-typed people; TUNED ON):');
console.log(devReport(await evaluateDevLayouts()));
console.log('\nDev-tables set (eval/dev-tables/: work-history tables of many shapes, 6 hand-typed people; TUNED ON):');
console.log(devReport(await evaluateDevLayouts(path.join(path.dirname(fileURLToPath(import.meta.url)), 'dev-tables'), 'dev-tables'), false, 'dev-tables (tuned on)'));
console.log('\nDev-round3 set (eval/dev-round3/: the same people in tables set in new ways — vertical alignment, a style a column, spacing in cells; TUNED ON):');
console.log(devReport(await evaluateDevLayouts(path.join(path.dirname(fileURLToPath(import.meta.url)), 'dev-round3'), 'dev-round3'), false, 'dev-round3 (tuned on)'));
console.log('\nDev-round4 set (eval/dev-round4/: the same people in whole-page template families — form CV, section-column, Europass, job-board exports — and title-first tables; TUNED ON):');
console.log(devReport(await evaluateDevLayouts(path.join(path.dirname(fileURLToPath(import.meta.url)), 'dev-round4'), 'dev-round4'), false, 'dev-round4 (tuned on)'));
console.log('\nHeld-out set 2 (eval/heldout-2/: written blind, opened for diagnosis on 2026-12-02 — spent held-out set, TUNED ON since 2026-12-02):');
console.log(devReport(await evaluateDevLayouts(path.join(path.dirname(fileURLToPath(import.meta.url)), 'heldout-2'), 'heldout-2'), false, 'heldout-2 (spent, tuned on)'));
console.log('\nHeld-out set 3 (eval/heldout-3/: written blind, then opened for diagnosis — spent held-out set, measured once on 2026-12-02, TUNED ON since):');
console.log(devReport(await evaluateDevLayouts(path.join(path.dirname(fileURLToPath(import.meta.url)), 'heldout-3'), 'heldout-3'), false, 'heldout-3 (spent, tuned on)'));
console.log('\nHeld-out set 5 (eval/heldout-5/: written blind, weighted to single-column CVs, measured once on 2026-12-02, then opened for diagnosis — spent held-out set, TUNED ON since):');
console.log(devReport(await evaluateDevLayouts(path.join(path.dirname(fileURLToPath(import.meta.url)), 'heldout-5'), 'heldout-5'), false, 'heldout-5 (spent, tuned on)'));
console.log('\nHeld-out set 6 (eval/heldout-6/: written blind, measured once on 2026-12-02, then opened for diagnosis — spent held-out set, TUNED ON since):');
console.log(devReport(await evaluateDevLayouts(path.join(path.dirname(fileURLToPath(import.meta.url)), 'heldout-6'), 'heldout-6'), false, 'heldout-6 (spent, tuned on)'));
console.log('\nHeld-out set 7 (eval/heldout-7/: written blind, measured once on 2026-12-02 with heldout-4, then opened for diagnosis — spent held-out set, TUNED ON since):');
console.log(devReport(await evaluateDevLayouts(path.join(path.dirname(fileURLToPath(import.meta.url)), 'heldout-7'), 'heldout-7'), false, 'heldout-7 (spent, tuned on)'));
console.log('\nHeld-out set 8 (eval/heldout-8/: written blind, weighted to single-column CVs, measured once on 2026-12-02, then opened for diagnosis — spent held-out set, TUNED ON since):');
console.log(devReport(await evaluateDevLayouts(path.join(path.dirname(fileURLToPath(import.meta.url)), 'heldout-8'), 'heldout-8'), false, 'heldout-8 (spent, tuned on)'));
console.log('\nHeld-out set 9 (eval/heldout-9/: written blind in template conventions no other set uses, measured once on 2026-12-02 with heldout-4, then opened for diagnosis — spent held-out set, TUNED ON since):');
console.log(devReport(await evaluateDevLayouts(path.join(path.dirname(fileURLToPath(import.meta.url)), 'heldout-9'), 'heldout-9'), false, 'heldout-9 (spent, tuned on)'));
console.log('\nHeld-out set 11 (eval/heldout-11/: written blind, weighted to tables and forms — Gulf, African and European forms and CVs, Chinese registration forms — measured once on 2026-12-02, then opened for diagnosis — spent held-out set, TUNED ON since):');
console.log(devReport(await evaluateDevLayouts(path.join(path.dirname(fileURLToPath(import.meta.url)), 'heldout-11'), 'heldout-11'), false, 'heldout-11 (spent, tuned on)'));
console.log('\nHeld-out set 13 (eval/heldout-13/: written blind, weighted to two-column and form CVs — Chinese builders, Hong Kong and Macau forms, South Asian bio-data, Turkish and Egyptian CVs, Word text boxes — measured once on 2026-12-02, then opened for diagnosis — spent held-out set, TUNED ON since):');
console.log(devReport(await evaluateDevLayouts(path.join(path.dirname(fileURLToPath(import.meta.url)), 'heldout-13'), 'heldout-13'), false, 'heldout-13 (spent, tuned on)'));
console.log('\nHeld-out set 15 (eval/heldout-15/: written blind, English CVs laid out with Word tables — UK, Irish, North American, Australian, Caribbean and African conventions — measured once on 2026-12-02, then opened for diagnosis — spent held-out set, TUNED ON since):');
console.log(devReport(await evaluateDevLayouts(path.join(path.dirname(fileURLToPath(import.meta.url)), 'heldout-15'), 'heldout-15'), false, 'heldout-15 (spent, tuned on)'));
console.log('\nHeld-out set 16 (eval/heldout-16/: written blind, weighted to single-column CVs — Irish, Southern and Eastern European, Levantine, Nepali and Ghanaian CVs, Chinese state-firm, bilingual, medical, teaching and trades résumés — measured once on 2026-12-02, then opened for diagnosis — spent held-out set, TUNED ON since):');
console.log(devReport(await evaluateDevLayouts(path.join(path.dirname(fileURLToPath(import.meta.url)), 'heldout-16'), 'heldout-16'), false, 'heldout-16 (spent, tuned on)'));
console.log('\nHeld-out set 18 (eval/heldout-18/: written blind, weighted to tables and forms — trade and screening forms, EU key-expert CVs, Chinese background-check, postdoc and tender forms, a Taiwanese CV — measured once on 2026-12-02, then opened for diagnosis — spent held-out set, TUNED ON since):');
console.log(devReport(await evaluateDevLayouts(path.join(path.dirname(fileURLToPath(import.meta.url)), 'heldout-18'), 'heldout-18'), false, 'heldout-18 (spent, tuned on)'));
console.log('\nHeld-out set 19 (eval/heldout-19/: written blind, weighted to single-column CVs — functional, academic, executive, graduate and trades CVs, consultancy and tender forms, Chinese NSFC and MBA forms — measured once on 2026-12-02, then opened for diagnosis — spent held-out set, TUNED ON since):');
console.log(devReport(await evaluateDevLayouts(path.join(path.dirname(fileURLToPath(import.meta.url)), 'heldout-19'), 'heldout-19'), false, 'heldout-19 (spent, tuned on)'));
// The held-out sets are reported after every other set; their targets do not set the exit code.
// Loaded only when asked for: --skip-held-out does not even import them.
if (!process.argv.includes('--skip-held-out') && !process.argv.includes('--skip-independent')) {
  const { evaluateIndependent } = await import('./independent/evaluate');
  const { independentReport } = await import('./independent/report');
  console.log(`\n${independentReport(await evaluateIndependent())}`);
  const { evaluateHeldOutSet, heldOutSetReport, HELD_OUT_SETS } = await import('./held-out-set');
  for (const set of HELD_OUT_SETS) console.log(`\n${heldOutSetReport(set, await evaluateHeldOutSet(set))}`);
}

const details = process.argv.find((a) => a.startsWith('--details'));
if (details) {
  const shown = details === '--details=all' ? [...scores, ...handwritten] : [...tuned, ...dev];
  for (const s of shown) {
    const misses = [
      s.error && `ERROR ${s.error}`,
      !s.name && `name=${JSON.stringify(s.predicted.name)}`,
      !s.email && `email=${s.predicted.email}`,
      !s.phone && `phone=${s.predicted.phone}`,
      s.skills.missed.length > 0 && `missed skills: ${s.skills.missed.join(', ')}`,
      s.skills.extra.length > 0 && `extra skills: ${s.skills.extra.join(', ')}`,
      s.work.missed.length > 0 && `missed jobs: ${s.work.missed.join('; ')}`,
      s.yearsError > 0.05 && `years off by ${s.yearsError.toFixed(1)} (got ${s.predicted.years})`,
    ].filter(Boolean);
    if (misses.length > 0) console.log(`\n${s.id}\n  ${misses.join('\n  ')}`);
  }
}

const failures = failedThresholds(aggregate(held));
if (failures.length > 0) {
  console.log(`\nFAIL: the held-out part is below the acceptance thresholds: ${failures.join('; ')}`);
  process.exit(1);
}
console.log('\nPASS: the held-out part meets the acceptance thresholds.');
