import { LISTED_CATEGORY } from '../skills/listed';
import type { Contact, EducationEntry, Score, ScoreComponent, SectionKind, SkillMatch, WorkEntry } from '../types';

/** What the score reads; nothing layout-dependent (columns, pages, format) goes in, so layout cannot move it. */
export interface ScoreInput {
  contact: Contact;
  work: WorkEntry[];
  education: EducationEntry[];
  skills: SkillMatch[];
  sectionKinds: SectionKind[];
  yearsOfExperience: number;
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;
const saturate = (count: number, target: number) => Math.min(1, count / target);

/**
 * An explainable score out of 100. Every component is a non-decreasing function of what was found
 * (counts saturate, nothing is a ratio that more content could lower), so adding a section never lowers it.
 */
export function scoreCv(input: ScoreInput): Score {
  const { contact, work, education, skills, sectionKinds, yearsOfExperience } = input;
  const components: ScoreComponent[] = [];

  const contactParts = [contact.name !== null, contact.emails.length > 0, contact.phones.length > 0];
  components.push({
    name: 'contact',
    weight: 0.15,
    value: round(0.4 * Number(contactParts[0]) + 0.3 * Number(contactParts[1]) + 0.3 * Number(contactParts[2])),
    reasons: [
      contact.name !== null ? 'name found' : 'no name found',
      contact.emails.length > 0 ? 'email address found' : 'no email address',
      contact.phones.length > 0 ? 'phone number found' : 'no phone number',
    ],
  });

  const dated = work.filter((w) => w.start !== null);
  components.push({
    name: 'experience',
    weight: 0.3,
    value: round(0.5 * saturate(dated.length, 3) + 0.5 * saturate(yearsOfExperience, 8)),
    reasons: [
      `${dated.length} dated job${dated.length === 1 ? '' : 's'}${dated.length > 0 ? `: ${dated.slice(0, 4).map((w) => w.company || w.title).join(', ')}` : ''} (full marks at 3)`,
      `${yearsOfExperience} years of experience (full marks at 8)`,
    ],
  });

  const inWork = skills.filter((s) => s.evidence.some((e) => e.source === 'work' || e.source === 'projects'));
  // Skills the person listed that the taxonomy does not know (category 'listed') count like recognised ones: the
  // taxonomy leans to office and software work, and a nurse's or a pilot's list says as much about the CV as a
  // developer's. They pass a cautious filter (names only, from the skills section only), and they add nothing to
  // "shown in use", which needs evidence in a job.
  const listed = skills.filter((s) => s.category === LISTED_CATEGORY).length;
  components.push({
    name: 'skills',
    weight: 0.25,
    value: round(0.7 * saturate(skills.length, 15) + 0.3 * saturate(inWork.length, 5)),
    reasons: [
      listed > 0
        ? `${skills.length} skills: ${skills.length - listed} recognised, ${listed} more listed (full marks at 15)`
        : `${skills.length} skills recognised (full marks at 15)`,
      `${inWork.length} skills shown in use in jobs or projects (full marks at 5)${inWork.length > 0 ? `: ${inWork.slice(0, 5).map((s) => s.name).join(', ')}` : ''}`,
    ],
  });

  const levelled = education.filter((e) => e.level !== null);
  components.push({
    name: 'education',
    weight: 0.15,
    value: round((education.length > 0 ? 0.6 : 0) + (levelled.length > 0 ? 0.4 : 0)),
    reasons: [
      education.length > 0 ? `${education.length} education entr${education.length === 1 ? 'y' : 'ies'}: ${education.slice(0, 3).map((e) => e.institution).join(', ')}` : 'no education entry',
      levelled.length > 0 ? `degree level: ${levelled.map((e) => e.level).join(', ')}` : 'no degree level stated',
    ],
  });

  const wanted: SectionKind[] = ['summary', 'experience', 'education', 'skills'];
  const present = wanted.filter((k) => sectionKinds.includes(k));
  components.push({
    name: 'structure',
    weight: 0.15,
    value: round(present.length / wanted.length),
    reasons: [
      `sections present: ${present.join(', ') || 'none'}`,
      ...(present.length < wanted.length ? [`missing: ${wanted.filter((k) => !present.includes(k)).join(', ')}`] : []),
    ],
  });

  const total = Math.round(components.reduce((sum, c) => sum + c.weight * c.value, 0) * 1000) / 10;
  return { total, components };
}
