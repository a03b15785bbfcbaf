import { TAXONOMY_JSON } from './taxonomy-data';

/** One canonical skill of the shipped taxonomy. */
export interface TaxonomySkill {
  id: string;
  name: string;
  category: string;
  /** English aliases, folded (NFKC, lower case); the first is the canonical name. */
  aliases: string[];
  /** Chinese aliases. */
  zh: string[];
  /** True for names that are also common words ("Go", "R", "Swift"): only counted inside a skills list. */
  listOnly: boolean;
  /** Unambiguous spellings of a `listOnly` skill ("golang"), counted anywhere. */
  anywhere: string[];
  source: string;
  licence: string;
}

export interface Taxonomy {
  categories: Record<string, string>;
  skills: TaxonomySkill[];
}

/** The skill taxonomy shipped with the package (see README, "Skill taxonomy"). */
export const taxonomy: Taxonomy = JSON.parse(TAXONOMY_JSON) as Taxonomy;

/**
 * Generic words that are never a skill on their own, whatever a taxonomy says: they appear in every CV and
 * would make every match list look alike. Checked by a test against the shipped taxonomy.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'communication', 'communication skills', 'teamwork', 'team player', 'leadership', 'problem solving', 'hard working',
  'hardworking', 'detail oriented', 'self-motivated', 'fast learner', 'english', 'chinese', 'management', 'development',
  'design', 'testing', 'analysis', 'research', 'support', 'engineering', 'software', 'programming', 'computer', 'internet',
  'it', 'office', 'team', 'work', 'data', 'code', 'coding', 'web', 'app', 'apps', 'system', 'systems', 'network', 'cloud',
  '沟通', '沟通能力', '团队合作', '团队精神', '领导力', '学习能力', '吃苦耐劳', '责任心', '英语', '开发', '设计', '测试', '管理', '分析',
]);
