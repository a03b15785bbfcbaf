/**
 * Scores the dev-layouts set (eval/dev-layouts/): every committed document against its person's hand-typed truth,
 * with the independent set's scorer (`scoreIndependentFixture` → `scoreWith`: skills as written, alternatives
 * after " | "). Tuned on — these figures guide fixes; they do not measure generalisation.
 *
 *   pnpm --filter @kiln/cv exec tsx eval/dev-layouts/evaluate.ts [--details] [--set eval/dev-tables]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { aggregate, INDEPENDENT_TARGETS, missedTargets, type FixtureScore, type IndependentTruth, type Metrics } from '../metrics';
import { scoreDocument, type DocumentScore } from '../score-document';
import { HELD_OUT_NAMES } from '../held-out-names';

const dir = path.dirname(fileURLToPath(import.meta.url));

interface DevTruth {
  referenceDate: string;
  people: (IndependentTruth & { id: string; language: string })[];
  documents: { file: string; person: string; template: string; layout: string; producer: string; language: string }[];
}

/** A dev set's truth; `setDir` names another set of the same shape (eval/dev-tables/). */
export function devTruth(setDir = dir): DevTruth {
  return JSON.parse(readFileSync(path.join(setDir, 'truth.json'), 'utf8')) as DevTruth;
}

/**
 * Scores every document of a set in this shape (truth.json + documents/ + manifest.json): dev-layouts unless `setDir`
 * names another — a dev set such as eval/dev-tables/, or a held-out set such as eval/heldout-4/ (`heldOut` marks its
 * scores so). The one scoring loop of every such set; each score keeps its person, template and typed error code.
 */
export async function evaluateDevLayouts(setDir = dir, split = 'dev-layouts', heldOut = false): Promise<DocumentScore[]> {
  const truth = devTruth(setDir);
  const people = new Map(truth.people.map((p) => [p.id, p]));
  const referenceDate = new Date(`${truth.referenceDate}-15T00:00:00Z`);
  const scores: DocumentScore[] = [];
  for (const d of truth.documents) {
    const person = people.get(d.person);
    if (!person) throw new Error(`${d.file}: no person ${d.person} in truth.json`);
    const meta = { id: d.file, language: d.language, layout: d.layout, producer: d.producer, heldOut, split, person: d.person, template: d.template };
    scores.push(await scoreDocument(readFileSync(path.join(setDir, 'documents', d.file)), meta, person, referenceDate));
  }
  return scores;
}

/** The levels a dev set's regression test holds a group to: floors, and a ceiling for the years' error. */
export type DevLevels = Record<string, Partial<Record<'name' | 'email' | 'phone' | 'skillsF1' | 'workRecall', number>> & { yearsMaeMax?: number }>;

/** What a group misses of its level, as "layout=table: workRecall 0.9 < 1" (empty when it holds). */
export function belowLevels(levels: DevLevels, label: string, m: Metrics): string[] {
  const level = levels[label]!;
  const out: string[] = [];
  for (const k of ['name', 'email', 'phone', 'skillsF1', 'workRecall'] as const) {
    if (level[k] !== undefined && m[k] < level[k]) out.push(`${label}: ${k} ${m[k]} < ${level[k]}`);
  }
  if (level.yearsMaeMax !== undefined && m.yearsMae > level.yearsMaeMax) out.push(`${label}: years MAE ${m.yearsMae} > ${level.yearsMaeMax}`);
  return out;
}

const COLUMNS: [keyof Metrics, string][] = [
  ['n', 'n'], ['errors', 'err'], ['name', 'name'], ['email', 'email'], ['phone', 'phone'], ['skillsPrecision', 'sk.P'],
  ['skillsRecall', 'sk.R'], ['skillsF1', 'sk.F1'], ['workRecall', 'work.R'], ['yearsMae', 'yrs.MAE'],
];

/** Groups of scores by one or more keys ("layout=table producer=libreoffice-pdf language=mixed"). */
export function groupBy(scores: FixtureScore[], keys: ('layout' | 'producer' | 'language')[]): [string, FixtureScore[]][] {
  const groups = new Map<string, FixtureScore[]>();
  for (const s of scores) {
    const label = keys.map((k) => `${k}=${s[k]}`).join(' ');
    groups.set(label, [...(groups.get(label) ?? []), s]);
  }
  return [...groups].sort(([a], [b]) => a.localeCompare(b));
}

/** The report: overall, per layout, producer and language, every layout × producer × language cell, and the cells below issue 11's targets. */
export function devReport(scores: FixtureScore[], details = false, title = 'dev-layouts (tuned on)'): string {
  const groups: [string, FixtureScore[]][] = [
    ['all', scores], ...groupBy(scores, ['layout']), ...groupBy(scores, ['producer']), ...groupBy(scores, ['language']),
    ...groupBy(scores, ['layout', 'producer', 'language']),
  ];
  const rows = groups.map(([label, s]) => [label, ...COLUMNS.map(([k]) => String(aggregate(s)[k]))]);
  const head = [title, ...COLUMNS.map(([, h]) => h)];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  const below = groups.map(([label, s]) => [label, missedTargets(aggregate(s), INDEPENDENT_TARGETS)] as const).filter(([, m]) => m.length > 0);
  const out = [fmt(head), ...rows.map(fmt), '', below.length === 0 ? 'Every group meets issue 11\'s targets.' : `Below issue 11's targets:\n${below.map(([l, m]) => `  ${l}: ${m.join(', ')}`).join('\n')}`];
  if (details) {
    for (const s of scores) {
      const misses = [
        s.error && `ERROR ${s.error}`, !s.name && `name=${JSON.stringify(s.predicted.name)}`, !s.email && `email=${s.predicted.email}`,
        !s.phone && `phone=${s.predicted.phone}`, s.skills.missed.length > 0 && `missed skills: ${s.skills.missed.join(', ')}`,
        s.skills.extra.length > 0 && `extra skills: ${s.skills.extra.join(', ')}`, s.work.missed.length > 0 && `missed jobs: ${s.work.missed.join('; ')}`,
        s.yearsError > 0.05 && `years off by ${s.yearsError.toFixed(1)} (got ${s.predicted.years})`,
      ].filter(Boolean);
      if (misses.length > 0) out.push(`\n${s.id}\n  ${misses.join('\n  ')}`);
    }
  }
  return out.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const started = Date.now();
  // --set DIR scores another set of the same shape (eval/dev-tables/, or an --explore folder of its generator).
  const set = process.argv.includes('--set') ? path.resolve(process.argv[process.argv.indexOf('--set') + 1]!) : dir;
  // The held-out sets (eval/held-out-names.ts) are never opened: eval/held-out-set.ts prints their aggregates only, never
  // this per-document view. (heldout-2, -3 and -5 to -9 are spent — opened for diagnosis — so they are dev sets here.)
  if ((HELD_OUT_NAMES as readonly string[]).includes(path.basename(set))) {
    console.error(`${path.basename(set)} is a held-out set: its documents are never shown one by one. Run eval/held-out-set.ts ${path.basename(set)} for its aggregate report.`);
    process.exit(2);
  }
  const scores = await evaluateDevLayouts(set, path.basename(set));
  console.log(`Dev set ${path.basename(set)}: ${scores.length} documents (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  console.log(devReport(scores, process.argv.includes('--details'), `${path.basename(set)} (tuned on)`));
}
