import type { Evidence, EvidenceSource, SkillMatch } from '../types';
import { foldForMatch } from '../parse/normalize';
import { STOP_WORDS, taxonomy, type Taxonomy, type TaxonomySkill } from './taxonomy';

/** A line to search, with where it sits in the CV. */
/**
 * A skills list line with its category label taken off ("Monitoring: Grafana, Prometheus" → "Grafana,
 * Prometheus", "Tools — Figma, Miro", "监控：Grafana、Prometheus"): the label names a group the person made, not a
 * skill they listed. Only when what follows is a list (a separator in it) and the label is short.
 */
export function withoutCategoryLabel(text: string): string {
  return categoryLabelOf(text).rest;
}

/** The category label of a skills list line ("Languages: English, Spanish" → "Languages"), or null, and the rest. */
export function categoryLabelOf(text: string): { label: string | null; rest: string } {
  const m = /^\s*([^:：,，、|;；]{1,30}?)\s*(?:[:：]|\s[—–-]\s)\s*(\S.*)$/u.exec(text);
  if (!m || m[1]!.trim().split(/\s+/).length > 4 || !/[,，、|;；·•/]/.test(m[2]!)) return { label: null, rest: text };
  return { label: m[1]!.trim(), rest: m[2]! };
}

export interface SkillLine {
  text: string;
  source: EvidenceSource;
  workIndex: number;
  /** For a skills list line, the category label taken off it ("Languages" of "Languages: English, Spanish"). */
  label?: string;
}

interface Matcher {
  /** Aliases not written in Chinese, by their first two characters (one for a one-letter alias), longest first. */
  latin: Map<string, string[]>;
  /** Aliases written in Chinese, by their first character, longest first. */
  han: Map<string, string[]>;
  byAlias: Map<string, TaxonomySkill>;
}

const HAN_START = /^[\u3400-\u9fff]/;
const HAN_END = /[\u3400-\u9fff]$/;
const MAX_EVIDENCE = 3;
const LATIN_HAN_GAP = /(?<=[a-z0-9+#/])\s+(?=[\u3400-\u9fff])/g;
/** What glues to a Latin alias on either side: a letter (Latin, accented), a digit, "+", "#" or "_". */
const GLUE = /[a-z0-9\u00c0-\u024f+#_]/;
const LETTER_OR_DIGIT = /[a-z0-9]/;

/** Files each alias under its key, keeping the aliases' order (longest first) within a key. */
function indexBy(aliases: string[], key: (alias: string) => string): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const alias of aliases) {
    const k = key(alias);
    const list = index.get(k);
    if (list) list.push(alias);
    else index.set(k, [alias]);
  }
  return index;
}

/** Indexes a taxonomy's aliases for `hitsIn`, longest first, so "java" never wins inside "javascript". */
export function compileMatcher(tax: Taxonomy = taxonomy): Matcher {
  const byAlias = new Map<string, TaxonomySkill>();
  for (const skill of tax.skills) for (const alias of [...skill.aliases, ...skill.zh]) if (!STOP_WORDS.has(alias)) byAlias.set(alias, skill);
  const aliases = [...byAlias.keys()].filter((a) => a.length > 0).sort((a, b) => b.length - a.length);
  return {
    latin: indexBy(aliases.filter((a) => !HAN_START.test(a)), (a) => a.slice(0, 2)),
    han: indexBy(aliases.filter((a) => HAN_START.test(a)), (a) => a[0]!),
    byAlias,
  };
}

let defaultMatcher: Matcher | null = null;

/** Shortens a line to a snippet centred on the match. */
function snippet(text: string, index: number, length: number): string {
  if (text.length <= 160) return text;
  const from = Math.max(0, Math.min(index - 60, text.length - 160));
  return `${from > 0 ? '…' : ''}${text.slice(from, from + 158).trim()}…`;
}

type Hit = { alias: string; index: number };

/**
 * A short alias (three characters or fewer) is not the end of a name hyphenated after a short prefix: "ray" in
 * "v-ray" (a renderer), "gcp" in "ich-gcp" (Good Clinical Practice). True when `at` follows one to three letters
 * and a hyphen, with no letter or digit before those letters.
 */
function afterShortPrefix(text: string, at: number): boolean {
  if (text[at - 1] !== '-') return false;
  let from = at - 1;
  while (from > 0 && from > at - 5 && /[a-z]/.test(text[from - 1]!)) from--;
  const letters = at - 1 - from;
  return letters >= 1 && letters <= 3 && (from === 0 || !LETTER_OR_DIGIT.test(text[from - 1]!));
}

/**
 * The aliases in a folded text, left to right, the longest at each place. A Latin alias must not be glued to a
 * letter, digit, "+" or "#" on either side ("c" in "c-level" is, "c" in "c#" is a different skill); Chinese
 * characters are letters too, but "熟悉Java" is a boundary: only Latin letters and digits glue. A Chinese alias
 * needs no boundary. Matches do not overlap: the next is looked for after the end of the last.
 */
function hitsIn(m: Matcher, folded: string): Hit[] {
  const hits: Hit[] = [];
  const fits = (alias: string, i: number): boolean => {
    if (!folded.startsWith(alias, i)) return false;
    const after = folded[i + alias.length];
    return (after === undefined || !GLUE.test(after)) && (alias.length > 3 || !afterShortPrefix(folded, i));
  };
  // Two-letter keys hold every alias of two letters or more; a one-letter alias, the shortest, is tried last.
  const latinAt = (i: number): string | undefined => {
    if (i > 0 && GLUE.test(folded[i - 1]!)) return undefined;
    const two = i + 1 < folded.length ? m.latin.get(folded.slice(i, i + 2))?.find((alias) => fits(alias, i)) : undefined;
    return two ?? m.latin.get(folded[i]!)?.find((alias) => alias.length === 1 && fits(alias, i));
  };
  const hanAt = (i: number): string | undefined => m.han.get(folded[i]!)?.find((a) => folded.startsWith(a, i));
  for (const aliasAt of [latinAt, hanAt]) {
    for (let i = 0; i < folded.length; ) {
      const alias = aliasAt(i);
      if (alias) hits.push({ alias, index: i });
      i += alias ? alias.length : 1;
    }
  }
  return hits;
}

/** Where taxonomy names (any alias) occur in the text as a skills list would read it: [start, end) in its folded form. */
export function taxonomySpans(text: string, matcher?: Matcher): [number, number][] {
  const m = matcher ?? (defaultMatcher ??= compileMatcher());
  return hitsIn(m, foldForMatch(text).replace(LATIN_HAN_GAP, '')).map((h) => [h.index, h.index + h.alias.length]);
}

/**
 * The taxonomy skills named in the text as written (its folded form, same length when NFKC changes nothing): each
 * hit's skill id and name, and where its alias stands, [from, to).
 */
export function taxonomySkillsAsWritten(text: string, matcher?: Matcher): { id: string; name: string; from: number; to: number }[] {
  const m = matcher ?? (defaultMatcher ??= compileMatcher());
  return hitsIn(m, foldForMatch(text)).flatMap((h) => {
    const skill = m.byAlias.get(h.alias);
    return skill ? [{ id: skill.id, name: skill.name, from: h.index, to: h.index + h.alias.length }] : [];
  });
}

/** True when a taxonomy name (any of its aliases) occurs in the text, as a skills list would read it. */
export function hasTaxonomyHit(text: string, matcher?: Matcher): boolean {
  return taxonomySpans(text, matcher).length > 0;
}

/** Lines of a skills list read together, to find a name wrapped across them. */
const MAX_WRAP = 3;

/**
 * A skills list in a narrow column wraps a long name over two or three lines ("Amazon Web" over "Services",
 * "Natural" over "language" over "processing"): consecutive lines of a skills list are also read joined. A name
 * found across a line break counts when it runs on past that break and no name on the first line ends where
 * the line ends ("SQL" over "Server administration" is two items, not SQL Server); names that the joined one
 * takes in ("BI" of "Microsoft Power" over "BI") give way to it. Returns, per line, the hits it keeps and the
 * names that start on it across a break.
 */
function wrappedHits(m: Matcher, lines: SkillLine[], folded: string[], hits: Hit[][]): { kept: Hit[][]; across: Hit[][] } {
  const kept = hits.map((h) => [...h]);
  const across: Hit[][] = hits.map(() => []);
  // How much of each line a name read across a break has taken: the next such name starts after it.
  const taken = hits.map(() => 0);
  for (let i = 0; i < lines.length - 1; i++) {
    if (lines[i]!.source !== 'skills' || lines[i + 1]!.source !== 'skills') continue;
    const first = folded[i]!.trimEnd();
    if (kept[i]!.some((h) => h.index + h.alias.length >= first.length)) continue;
    for (let k = 2; k <= MAX_WRAP && i + k - 1 < lines.length && lines[i + k - 1]!.source === 'skills'; k++) {
      const parts = folded.slice(i, i + k).map((f) => f.trim());
      // Chinese has no spaces: a name cut between two Chinese characters ("员工关" over "系") is joined without one.
      const gaps = parts.map((part, n) => (n > 0 && HAN_END.test(parts[n - 1]!) && HAN_START.test(part) ? '' : ' '));
      const joined = parts.map((part, n) => (n > 0 ? gaps[n]! : '') + part).join('');
      // Where each line after the first starts in the joined text.
      const starts = parts.map((_, n) => parts.slice(0, n).reduce((len, part, j) => len + part.length + gaps[j + 1]!.length, 0));
      const found = hitsIn(m, joined).filter((h) => h.index >= taken[i]! && h.index < parts[0]!.length && h.index + h.alias.length > starts[k - 1]!);
      if (found.length === 0) continue;
      for (const h of found) {
        across[i]!.push(h);
        const end = h.index + h.alias.length;
        kept[i] = kept[i]!.filter((x) => x.index < h.index);
        for (let n = 1; n < k; n++) {
          kept[i + n] = kept[i + n]!.filter((x) => starts[n]! + x.index >= end);
          taken[i + n] = Math.max(taken[i + n]!, end - starts[n]!);
        }
      }
      break;
    }
  }
  return { kept, across };
}

/**
 * Finds taxonomy skills in the CV's lines. Matching is on a normal form (NFKC, lower case, full-width
 * folded). Names that are also everyday words count only inside a skills list. Each skill keeps up to three
 * pieces of evidence, in the order of the CV's lines, and says whether a skills list names it (`inList`).
 */
export function matchSkills(lines: SkillLine[], matcher?: Matcher): SkillMatch[] {
  const m = matcher ?? (defaultMatcher ??= compileMatcher());
  const found = new Map<string, { skill: TaxonomySkill; evidence: Evidence[]; order: number; inList: boolean }>();
  // A PDF puts a space where the font changes from Latin to Chinese ("A/B 测试", "Go 语言"): names that mix
  // the two are matched without it. Only that gap goes: "熟悉 Java" and "Java 开发" match as before.
  const folded = lines.map((line) => foldForMatch(line.text).replace(LATIN_HAN_GAP, ''));
  const { kept, across } = wrappedHits(m, lines, folded, folded.map((f) => hitsIn(m, f)));
  for (const [n, line] of lines.entries()) {
    const hits = [...kept[n]!, ...across[n]!].sort((a, b) => a.index - b.index);
    for (const { alias, index } of hits) {
      const skill = m.byAlias.get(alias);
      if (!skill) continue;
      if (skill.listOnly && line.source !== 'skills' && !skill.anywhere.includes(alias)) continue;
      const entry = found.get(skill.id) ?? { skill, evidence: [], order: found.size, inList: false };
      found.set(skill.id, entry);
      if (line.source === 'skills') entry.inList = true;
      if (entry.evidence.length < MAX_EVIDENCE && !entry.evidence.some((e) => e.text === line.text.trim() || e.workIndex === line.workIndex && line.workIndex >= 0)) {
        entry.evidence.push({ text: snippet(line.text.trim(), index, alias.length), source: line.source, workIndex: line.workIndex });
      }
    }
  }
  return [...found.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ skill, evidence, inList }) => ({ id: skill.id, name: skill.name, category: skill.category, categoryLabel: taxonomy.categories[skill.category] ?? skill.category, inList, evidence }));
}
