/** Field-level comparison of one analysis with its ground truth, and aggregation into a report. */
import type { CvAnalysis, SkillMatch } from '../src/types';
import type { Truth } from './fixtures/truth';

export interface FixtureScore {
  id: string;
  language: string;
  layout: string;
  producer: string;
  heldOut: boolean;
  split: string;
  error: string | null;
  name: boolean;
  email: boolean;
  phone: boolean;
  skills: { tp: number; fp: number; fn: number; missed: string[]; extra: string[] };
  work: { found: number; total: number; missed: string[] };
  yearsError: number;
  predicted: { name: string | null; email: string | null; phone: string | null; years: number | null };
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s.,()（）|·-]+/g, '');

/** The words of a name, folded (NFKC, lower case), one space apart and at both ends: " globex corporation ". */
const companyWords = (s: string) => ` ${s.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}&]+/u).filter(Boolean).join(' ')} `;
const HAN_CHAR = /[\u4e00-\u9fff]/;

/**
 * A predicted company matches when one contains the other in whole words ("Globex Corporation" ⊇ "Globex"): "Tour"
 * is not "Lantern Touring Productions". Chinese names, written without spaces, are compared by characters.
 */
const sameCompany = (a: string, b: string) => {
  const [x, y] = [fold(a), fold(b)];
  if (x.length === 0 || y.length === 0) return false;
  if (HAN_CHAR.test(a) && HAN_CHAR.test(b)) return x.includes(y) || y.includes(x);
  const [wa, wb] = [companyWords(a), companyWords(b)];
  return wa.includes(wb) || wb.includes(wa);
};

type FixtureMeta = Omit<FixtureScore, 'error' | 'name' | 'email' | 'phone' | 'skills' | 'work' | 'yearsError' | 'predicted'>;

/** What every truth has, whatever its skills look like. */
interface TruthFields {
  name: string;
  /** Other spellings of the name accepted too (`IndependentTruth.otherNames`). */
  otherNames?: string[];
  email: string;
  phone: string;
  work: { company: string; start: string; end: string | null }[];
  yearsOfExperience: number;
}

/**
 * Whether a predicted start or end is the truth's. A document that gives a year alone ("2005 – 2007") is read as the
 * year ("2005"); the truth, written in months, gives such a year as its first month for a start and its last for an end
 * (the writers' convention, "2005-01" … "2007-12"): the year read is then the date written. A year read where the
 * truth has another month ("2005" for "2005-06") is no match: the month was lost.
 */
export function sameDate(predicted: string | null, truth: string | null, edge: 'start' | 'end'): boolean {
  return predicted === truth || (predicted !== null && predicted.length === 4 && truth === `${predicted}-${edge === 'start' ? '01' : '12'}`);
}

/**
 * Scores one analysis against its truth. Both truths (the generated one and the independent, hand-written
 * one) score every field alike except skills: `scoreSkills` gets the predicted skill names (none for a
 * failed analysis).
 */
function scoreWith(meta: FixtureMeta, truth: TruthFields, result: CvAnalysis | null, error: string | null, scoreSkills: (predicted: SkillMatch[]) => FixtureScore['skills']): FixtureScore {
  if (!result) {
    return {
      ...meta, error, name: false, email: false, phone: false,
      skills: scoreSkills([]),
      work: { found: 0, total: truth.work.length, missed: truth.work.map((w) => `${w.company} ${w.start}`) },
      yearsError: truth.yearsOfExperience,
      predicted: { name: null, email: null, phone: null, years: null },
    };
  }
  const a = result.analysis;
  const missedJobs = truth.work.filter(
    (t) => !a.work.some((w) => sameDate(w.start, t.start, 'start') && (t.end === null ? w.current : sameDate(w.end, t.end, 'end')) && sameCompany(w.company, t.company)),
  );
  return {
    ...meta,
    error,
    name: a.contact.name !== null && [truth.name, ...(truth.otherNames ?? [])].some((n) => fold(n) === fold(a.contact.name!)),
    email: result.resume.basics.email === truth.email.toLowerCase(),
    phone: result.resume.basics.phone === truth.phone,
    skills: scoreSkills(a.skills),
    work: { found: truth.work.length - missedJobs.length, total: truth.work.length, missed: missedJobs.map((j) => `${j.company} ${j.start}`) },
    yearsError: Math.abs(a.yearsOfExperience - truth.yearsOfExperience),
    predicted: { name: a.contact.name, email: result.resume.basics.email ?? null, phone: result.resume.basics.phone ?? null, years: a.yearsOfExperience },
  };
}

export function scoreFixture(meta: FixtureMeta, truth: Truth, result: CvAnalysis | null, error: string | null): FixtureScore {
  return scoreWith(meta, truth, result, error, (skills) => {
    const predictedSkills = new Set(skills.map((s) => s.name));
    const truthSkills = new Set(truth.skills);
    const tp = [...predictedSkills].filter((s) => truthSkills.has(s)).length;
    return {
      tp,
      fp: predictedSkills.size - tp,
      fn: truthSkills.size - tp,
      missed: [...truthSkills].filter((s) => !predictedSkills.has(s)),
      extra: [...predictedSkills].filter((s) => !truthSkills.has(s)),
    };
  });
}

export interface Metrics {
  n: number;
  errors: number;
  name: number;
  email: number;
  phone: number;
  skillsPrecision: number;
  skillsRecall: number;
  skillsF1: number;
  workRecall: number;
  yearsMae: number;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

export function aggregate(scores: FixtureScore[]): Metrics {
  const n = scores.length || 1;
  const sum = (f: (s: FixtureScore) => number) => scores.reduce((acc, s) => acc + f(s), 0);
  const tp = sum((s) => s.skills.tp), fp = sum((s) => s.skills.fp), fn = sum((s) => s.skills.fn);
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return {
    n: scores.length,
    errors: scores.filter((s) => s.error).length,
    name: r3(sum((s) => Number(s.name)) / n),
    email: r3(sum((s) => Number(s.email)) / n),
    phone: r3(sum((s) => Number(s.phone)) / n),
    skillsPrecision: r3(precision),
    skillsRecall: r3(recall),
    skillsF1: r3(precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)),
    workRecall: r3(sum((s) => s.work.found) / Math.max(1, sum((s) => s.work.total))),
    yearsMae: r3(sum((s) => s.yearsError) / n),
  };
}

/** The acceptance thresholds of issue 3; they apply to the held-out fixtures. */
export const THRESHOLDS = { email: 0.98, phone: 0.98, name: 0.9, skillsF1: 0.9, workRecall: 0.85, yearsMaeMax: 0.5 } as const;

export function failedThresholds(m: Metrics): string[] {
  const failures: string[] = [];
  if (m.email < THRESHOLDS.email) failures.push(`email ${m.email} < ${THRESHOLDS.email}`);
  if (m.phone < THRESHOLDS.phone) failures.push(`phone ${m.phone} < ${THRESHOLDS.phone}`);
  if (m.name < THRESHOLDS.name) failures.push(`name ${m.name} < ${THRESHOLDS.name}`);
  if (m.skillsF1 < THRESHOLDS.skillsF1) failures.push(`skills F1 ${m.skillsF1} < ${THRESHOLDS.skillsF1}`);
  if (m.workRecall < THRESHOLDS.workRecall) failures.push(`work-entry recall ${m.workRecall} < ${THRESHOLDS.workRecall}`);
  if (m.yearsMae > THRESHOLDS.yearsMaeMax) failures.push(`years MAE ${m.yearsMae} > ${THRESHOLDS.yearsMaeMax}`);
  return failures;
}

// ---------------------------------------------------------------------------------------------------------------
// The independent held-out set (eval/independent/) and every set of the same shape (dev-*, heldout-*): truth
// written by hand, skills as the CV's skills list writes them. Same fields and the same aggregate() as above; only
// the skill comparison differs, because this truth does not use the analyser's canonical names: a truth skill is a
// list of accepted names ("Go | Golang"), and a predicted skill counts when its name or its `written` form reads one
// of them (readsSkill). This truth is the skills list (the writers' brief: "exactly the skills the CV lists in its
// skills section(s)"), so the skills a list names (`inList`) are scored; one only the text names is neither a hit
// nor a false positive. A listed prediction reading no truth skill is a false positive.

export interface IndependentTruth {
  name: string;
  /**
   * The person's name in their other script, as their documents print it ("Vivian Zhang" of 张薇), accepted as the
   * name too. Only in the opened sets, whose writers chose one script or the other for people who write both before
   * round 10's brief settled on the Chinese one (which the analyser returns): the held-out sets keep one name.
   */
  otherNames?: string[];
  email: string;
  /** E.164 */
  phone: string;
  /** Each entry: the name as written, then any accepted alternatives, separated by " | ". */
  skills: string[];
  work: { company: string; start: string; end: string | null }[];
  yearsOfExperience: number;
}

const words = (s: string) => s.normalize('NFKC').toLowerCase().split(/[\s()（）,，、·|/-]+/).filter(Boolean);

/**
 * A predicted skill name reads a truth name when they fold alike, or when the prediction is the written name
 * plus qualifying words around it ("Yocto" → "Yocto Project", "accessibility" → "Web accessibility"): the
 * written words appear in it, in order, as whole words. Never the other way round ("SAP" does not read
 * "SAP SuccessFactors"), and not for names under three characters ("R" is not read by "R Markdown").
 */
export function readsSkill(predicted: string, written: string): boolean {
  if (fold(predicted) === fold(written)) return true;
  if (fold(written).length < 3) return false;
  const [p, w] = [words(predicted), words(written)];
  return w.length > 0 && w.length < p.length && p.some((_, i) => w.every((x, j) => p[i + j] === x));
}

export function scoreIndependentFixture(meta: FixtureMeta, truth: IndependentTruth, result: CvAnalysis | null, error: string | null): FixtureScore {
  const written = (s: string) => s.split(' | ')[0]!.trim();
  const accepted = truth.skills.map((s) => s.split(' | ').map((a) => a.trim()));
  const reads = (p: string, names: string[]) => names.some((n) => readsSkill(p, n));
  return scoreWith(meta, truth, result, error, (skills) => {
    // This truth is the skills list, so the skills the list names are scored, each under its name and as written.
    // One list item is one prediction: the skills read in one item share its written form ("Modbus TCP" → Modbus and
    // TCP/IP) and count once, a hit if any of their names reads a truth skill, else one false positive.
    const items = new Map<string, string[]>();
    for (const s of skills.filter((s) => s.inList)) {
      const key = s.written ?? `\u0000${s.name}`;
      items.set(key, [...(items.get(key) ?? (s.written ? [s.written] : [])), s.name]);
    }
    const predicted = [...items.values()];
    const readsAny = (p: string[], names: string[]) => p.some((x) => reads(x, names));
    const hit = accepted.map((names) => predicted.some((p) => readsAny(p, names)));
    const extra = predicted.filter((p) => !accepted.some((names) => readsAny(p, names))).map((p) => p.at(-1)!);
    const tp = hit.filter(Boolean).length;
    return { tp, fp: extra.length, fn: truth.skills.length - tp, missed: truth.skills.filter((_, i) => !hit[i]).map(written), extra };
  });
}

/** The targets of issue 11 for the independent set, per layout class as well as overall (not yet met: reported, not enforced). */
export const INDEPENDENT_TARGETS = { email: 0.98, phone: 0.98, name: 0.95, skillsF1: 0.9, workRecall: 0.9, yearsMaeMax: 1.0 } as const;

/** The targets a group of documents misses, as "name 0.50" (empty when it meets them all). */
export function missedTargets(m: Metrics, t: typeof INDEPENDENT_TARGETS = INDEPENDENT_TARGETS): string[] {
  const missed: string[] = [];
  if (m.name < t.name) missed.push(`name ${m.name}`);
  if (m.email < t.email) missed.push(`email ${m.email}`);
  if (m.phone < t.phone) missed.push(`phone ${m.phone}`);
  if (m.skillsF1 < t.skillsF1) missed.push(`skills F1 ${m.skillsF1}`);
  if (m.workRecall < t.workRecall) missed.push(`work recall ${m.workRecall}`);
  if (m.yearsMae > t.yearsMaeMax) missed.push(`years MAE ${m.yearsMae}`);
  return missed;
}
