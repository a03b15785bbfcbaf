import type { Contact, EducationEntry, JsonResume, SkillMatch, WorkEntry } from '../types';

const LEVEL_NAMES = { associate: 'Associate', bachelor: 'Bachelor', master: 'Master', doctorate: 'Doctorate', other: 'Other' } as const;

/** Adds `key: value` only when the value is present: the document never holds `undefined` or `null`. */
function put<T extends object, K extends string>(target: T, key: K, value: string | null | undefined): T {
  if (value) (target as Record<string, unknown>)[key] = value;
  return target;
}

function network(url: string): string {
  const host = /(?:https?:\/\/)?(?:www\.)?([^/]+)/i.exec(url)?.[1]?.toLowerCase() ?? '';
  if (host.includes('linkedin')) return 'LinkedIn';
  if (host.includes('github')) return 'GitHub';
  if (host.includes('gitlab')) return 'GitLab';
  return host;
}

/** Converts the analysis into a JSON Resume v1.0.0 document (basics, work, education, skills). */
export function toJsonResume(contact: Contact, work: WorkEntry[], education: EducationEntry[], skills: SkillMatch[], categories: Record<string, string>): JsonResume {
  const profiles = contact.links.filter((l) => /linkedin|github|gitlab/i.test(l)).map((url) => ({ network: network(url), url }));
  const site = contact.links.find((l) => !/linkedin|github|gitlab/i.test(l));
  const basics: JsonResume['basics'] = { profiles };
  put(basics, 'name', contact.name);
  put(basics, 'email', contact.emails[0]);
  put(basics, 'phone', contact.phones[0]);
  put(basics, 'url', site);
  if (contact.location) basics.location = { address: contact.location };
  // Keyed by category, named by the taxonomy's label or, for a category it does not have ('listed': what the
  // person listed that it does not know), by the skill's own label.
  const byCategory = new Map<string, string[]>();
  const labels = new Map<string, string>();
  for (const s of skills) {
    byCategory.set(s.category, [...(byCategory.get(s.category) ?? []), s.name]);
    labels.set(s.category, categories[s.category] ?? s.categoryLabel);
  }
  return {
    $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
    basics,
    work: work.map((w) => {
      const item: JsonResume['work'][number] = { name: w.company, position: w.title, highlights: w.highlights };
      put(item, 'startDate', w.start);
      put(item, 'endDate', w.end);
      return item;
    }),
    education: education.map((e) => {
      const item: JsonResume['education'][number] = { institution: e.institution };
      put(item, 'studyType', e.level ? LEVEL_NAMES[e.level] : e.degree);
      put(item, 'area', e.field);
      put(item, 'startDate', e.start);
      put(item, 'endDate', e.end);
      return item;
    }),
    skills: [...byCategory].map(([category, keywords]) => ({ name: labels.get(category) ?? category, keywords })),
  };
}
