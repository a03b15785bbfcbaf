import type { Evidence, EvidenceSource, SkillMatch } from '../types';
import { foldForMatch } from '../parse/normalize';
import { STOP_WORDS, taxonomy, type Taxonomy, type TaxonomySkill } from './taxonomy';

/** A line to search, with where it sits in the CV. */
export interface SkillLine {
  text: string;
  source: EvidenceSource;
  workIndex: number;
}

interface Matcher {
  latin: RegExp;
  han: RegExp | null;
  byAlias: Map<string, TaxonomySkill>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const HAN_START = /^[\u3400-\u9fff]/;
const MAX_EVIDENCE = 3;
const LATIN_HAN_GAP = /(?<=[a-z0-9+#/])\s+(?=[\u3400-\u9fff])/g;

/** Compiles a taxonomy into two alternations (longest alias first, so "java" never wins inside "javascript"). */
export function compileMatcher(tax: Taxonomy = taxonomy): Matcher {
  const byAlias = new Map<string, TaxonomySkill>();
  for (const skill of tax.skills) for (const alias of [...skill.aliases, ...skill.zh]) if (!STOP_WORDS.has(alias)) byAlias.set(alias, skill);
  const aliases = [...byAlias.keys()].sort((a, b) => b.length - a.length);
  const latin = aliases.filter((a) => !HAN_START.test(a)).map(escape);
  const han = aliases.filter((a) => HAN_START.test(a)).map(escape);
  return {
    // A Latin alias must not be glued to a letter, digit, "+" or "#" on either side ("c" in "c-level" is, "c" in "c#" is a different skill).
    // Chinese characters are letters too, but "熟悉Java" is a boundary: only Latin letters and digits glue.
    latin: new RegExp(`(?<![a-z0-9\\u00c0-\\u024f+#_])(?:${latin.join('|')})(?![a-z0-9\\u00c0-\\u024f+#_])`, 'gu'),
    han: han.length > 0 ? new RegExp(han.join('|'), 'gu') : null,
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

/**
 * Finds taxonomy skills in the CV's lines. Matching is on a normal form (NFKC, lower case, full-width
 * folded). Names that are also everyday words count only inside a skills list. Each skill keeps up to three
 * pieces of evidence, skills-section evidence first.
 */
export function matchSkills(lines: SkillLine[], matcher?: Matcher): SkillMatch[] {
  const m = matcher ?? (defaultMatcher ??= compileMatcher());
  const found = new Map<string, { skill: TaxonomySkill; evidence: Evidence[]; order: number }>();
  for (const line of lines) {
    // A PDF puts a space where the font changes from Latin to Chinese ("A/B 测试", "Go 语言"): names that mix
    // the two are matched without it. Only that gap goes: "熟悉 Java" and "Java 开发" match as before.
    const folded = foldForMatch(line.text).replace(LATIN_HAN_GAP, '');
    const hits: { alias: string; index: number }[] = [];
    for (const re of [m.latin, m.han]) {
      if (!re) continue;
      re.lastIndex = 0;
      for (const hit of folded.matchAll(re)) hits.push({ alias: hit[0], index: hit.index });
    }
    for (const { alias, index } of hits) {
      const skill = m.byAlias.get(alias);
      if (!skill) continue;
      if (skill.listOnly && line.source !== 'skills' && !skill.anywhere.includes(alias)) continue;
      const entry = found.get(skill.id) ?? { skill, evidence: [], order: found.size };
      found.set(skill.id, entry);
      if (entry.evidence.length < MAX_EVIDENCE && !entry.evidence.some((e) => e.text === line.text.trim() || e.workIndex === line.workIndex && line.workIndex >= 0)) {
        entry.evidence.push({ text: snippet(line.text.trim(), index, alias.length), source: line.source, workIndex: line.workIndex });
      }
    }
  }
  return [...found.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ skill, evidence }) => ({ id: skill.id, name: skill.name, category: skill.category, categoryLabel: taxonomy.categories[skill.category] ?? skill.category, evidence }));
}
