/**
 * heldout-6: how the templates print dates, skills and headings. Written by a blind writer on 2026-12-02
 * (heldout-6), without reading the analyser, its taxonomy, tests, README or the other sets; frozen; never tuned on.
 */
import type { Person, Skill, Ym } from './people.ts';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The date styles real CVs use; each template picks one. */
export type DateStyle = 'Mon YYYY' | 'MON YYYY' | 'Month YYYY' | 'MM/YYYY' | 'YYYY.MM' | 'YYYY/MM' | 'YYYY-MM' | 'MM.YYYY' | 'YYYY年M月';

export function date(d: Ym, style: DateStyle): string {
  const y = d.slice(0, 4);
  const m = Number(d.slice(5, 7));
  const mm = d.slice(5, 7);
  switch (style) {
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'MON YYYY': return `${MON[m - 1]!.toUpperCase()} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY/MM': return `${y}/${mm}`;
    case 'YYYY-MM': return `${y}-${mm}`;
    case 'MM.YYYY': return `${mm}.${y}`;
    case 'YYYY年M月': return `${y}年${m}月`;
  }
}

/** "start sep end", with `present` for a current job. */
export function period(start: Ym, end: Ym | null, style: DateStyle, sep: string, present: string): string {
  return `${date(start, style)}${sep}${end ? date(end, style) : present}`;
}

/** Every skill of the person, flattened in order. */
export const allSkills = (p: Person): Skill[] => p.skills.flatMap((g) => g.items);

/** The truth form of a skill: the written name, then its plain alternatives. */
export const truthSkill = (s: Skill): string => [s.name, ...(s.alts ?? [])].join(' | ');

/** Groups as "Label: a, b, c" lines (a group without label prints only its items). */
export function groupedLines(p: Person, sep: string, colon: string): string[] {
  return p.skills.map((g) => (g.label ? `${g.label}${colon}` : '') + g.items.map((s) => s.name).join(sep));
}

/** Section headings in the person's language. */
export function labels(p: Person) {
  return p.lang === 'zh'
    ? { profile: '个人简介', experience: '工作经历', education: '教育背景', skills: '专业技能', languages: '语言能力', contact: '联系方式', phone: '电话', email: '邮箱', location: '现居', present: '至今', personal: '个人信息', period: '时间', employer: '单位', role: '职务', duties: '主要工作' }
    : { profile: 'Profile', experience: 'Experience', education: 'Education', skills: 'Skills', languages: 'Languages', contact: 'Contact', phone: 'Phone', email: 'Email', location: 'Location', present: 'Present', personal: 'Personal Details', period: 'Period', employer: 'Employer', role: 'Position', duties: 'Responsibilities' };
}

/** Consecutive jobs at the same employer, for templates that print the employer once. */
export function byEmployer(p: Person) {
  const groups: { company: string; jobs: Person['jobs'] }[] = [];
  for (const j of p.jobs) {
    const last = groups.at(-1);
    if (last && last.company === j.company) last.jobs.push(j);
    else groups.push({ company: j.company, jobs: [j] });
  }
  return groups;
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
