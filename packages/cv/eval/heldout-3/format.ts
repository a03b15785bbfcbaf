/**
 * How the templates print dates and headings. Part of held-out set 3 — written by a blind writer on 2026-12-02,
 * without reading the analyser, its taxonomy, tests, README or the other sets; frozen; never tuned on.
 */
import type { Person } from './people';

/** A way real CVs print one month. */
export type DateStyle = 'Mon YYYY' | 'Month YYYY' | 'MM/YYYY' | 'YYYY.MM' | 'YYYY-MM' | 'YYYY/MM' | 'YYYY年M月' | 'YYYY.M';

/** A full date range style: how a month is printed, what joins the two ends, and the word for "until now". */
export interface RangeStyle {
  month: DateStyle;
  sep: string;
  present: string;
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function month(ym: string, style: DateStyle): string {
  const y = ym.slice(0, 4);
  const m = Number(ym.slice(5, 7));
  const mm = ym.slice(5, 7);
  switch (style) {
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'YYYY.MM': return `${y}.${mm}`;
    case 'YYYY-MM': return `${y}-${mm}`;
    case 'YYYY/MM': return `${y}/${mm}`;
    case 'YYYY年M月': return `${y}年${m}月`;
    case 'YYYY.M': return `${y}.${m}`;
  }
}

export function range(start: string, end: string | null, s: RangeStyle): string {
  return `${month(start, s.month)}${s.sep}${end ? month(end, s.month) : s.present}`;
}

/** Picks one of a template's styles for a person, so one template prints dates differently for different people. */
export function pick<T>(choices: T[], person: Person): T {
  return choices[Number(person.id.slice(1)) % choices.length]!;
}

/** Section headings in the CV's label language; a template may pick among several real variants. */
export const heading = {
  en: {
    profile: ['Profile', 'Summary', 'About me', 'Professional Summary'],
    experience: ['Experience', 'Work Experience', 'Employment History', 'Professional Experience'],
    education: ['Education', 'Education', 'Education & Training', 'Qualifications'],
    skills: ['Skills', 'Key Skills', 'Core Skills', 'Technical Skills'],
    languages: ['Languages', 'Languages', 'Languages', 'Languages'],
    contact: ['Contact', 'Contact', 'Details', 'Contact'],
    personal: ['Personal Details', 'Personal Information', 'Details', 'Personal Details'],
  },
  zh: {
    profile: ['个人简介', '自我评价', '个人优势', '个人简介'],
    experience: ['工作经历', '工作经验', '工作经历', '工作履历'],
    education: ['教育背景', '教育经历', '教育背景', '学习经历'],
    skills: ['专业技能', '技能特长', '专业技能', '技能证书'],
    languages: ['语言能力', '语言', '语言能力', '语言能力'],
    contact: ['联系方式', '联系方式', '联系方式', '联系方式'],
    personal: ['基本信息', '个人信息', '基本资料', '基本信息'],
  },
} as const;

export type Section = keyof (typeof heading)['en'];

/** The heading a template uses (variant `v`) in the person's label language. */
export function h(person: Person, section: Section, v = 0): string {
  return heading[person.labels][section][v]!;
}

/** Labels for contact lines and forms. */
export function label(person: Person, what: 'email' | 'phone' | 'city' | 'name' | 'link' | 'headline'): string {
  const zh = { email: '邮箱', phone: '电话', city: '现居', name: '姓名', link: '主页', headline: '求职意向' };
  const en = { email: 'Email', phone: 'Phone', city: 'Location', name: 'Name', link: 'LinkedIn', headline: 'Position' };
  return (person.labels === 'zh' ? zh : en)[what];
}

/** The skills as printed: the written form of each truth entry. */
export const printedSkills = (p: Person): string[] => p.skills.map((s) => s.split(' | ')[0]!.trim());

export const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
