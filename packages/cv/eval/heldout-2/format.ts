/**
 * How the heldout-2 templates print dates and headings — each template picks the date style its real-world model
 * uses. Written by a blind writer on 2026-12-02 (see people.ts); frozen.
 */
import type { Job, Person } from './people';

export type DateStyle = 'mon' | 'month' | 'mm/yyyy' | 'dot' | 'cn' | 'iso' | 'yyyy/mm';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** One "YYYY-MM" month in a template's style. */
export function month(ym: string, style: DateStyle): string {
  const [y, m] = [ym.slice(0, 4), Number(ym.slice(5, 7))];
  const mm = String(m).padStart(2, '0');
  switch (style) {
    case 'mon': return `${MON[m - 1]} ${y}`;
    case 'month': return `${MONTH[m - 1]} ${y}`;
    case 'mm/yyyy': return `${mm}/${y}`;
    case 'dot': return `${y}.${mm}`;
    case 'cn': return `${y}年${m}月`;
    case 'iso': return `${y}-${mm}`;
    case 'yyyy/mm': return `${y}/${mm}`;
  }
}

/** A job's period: start, separator, end or the CV's word for "now". */
export function period(job: Pick<Job, 'start' | 'end'>, style: DateStyle, present: string, sep = ' – '): string {
  return `${month(job.start, style)}${sep}${job.end ? month(job.end, style) : present}`;
}

/** The name line: the main-language name, with the other script beside it when the person prints both. */
export function nameLine(p: Person): string {
  return p.otherName ? `${p.name} ${p.otherName}` : p.name;
}

/** Headings a template can use, in the CV's label language. */
export interface Words {
  profile: string; experience: string; education: string; skills: string; languages: string; contact: string;
  email: string; phone: string; location: string; present: string; name: string; details: string; objective: string;
}

export const WORDS: Record<'en' | 'zh', Words> = {
  en: { profile: 'Profile', experience: 'Experience', education: 'Education', skills: 'Skills', languages: 'Languages', contact: 'Contact',
    email: 'Email', phone: 'Phone', location: 'Location', present: 'Present', name: 'Name', details: 'Personal Details', objective: 'Position' },
  zh: { profile: '自我评价', experience: '工作经历', education: '教育背景', skills: '专业技能', languages: '语言能力', contact: '联系方式',
    email: '邮箱', phone: '电话', location: '现居', present: '至今', name: '姓名', details: '基本信息', objective: '求职意向' },
};

/** A skill as printed: the written form, without the accepted alternatives. */
export const written = (skill: string): string => skill.split(' | ')[0]!.trim();

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
