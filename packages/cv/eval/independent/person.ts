/**
 * The independent held-out set: one hand-written truth file and one content file per person (truth/, content/),
 * typed without looking at the analyser's taxonomy or the generated fixtures' pools. The truth is what a perfect
 * analyser reports; the content is what the CV says besides (headline, bullets, education), so every rendering
 * of a person shares one truth.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const INDEPENDENT_DIR = path.dirname(fileURLToPath(import.meta.url));

/** Years of experience are counted up to and including this month (as in the generated fixtures). */
export const REFERENCE_MONTH = '2026-11';

export interface PersonTruth {
  person: string;
  language: 'en' | 'zh' | 'mixed';
  name: string;
  email: string;
  /** E.164 */
  phone: string;
  /**
   * Skills as written in the CV. `"Go | Golang"` means the CV writes "Go" and an analyser naming the skill
   * "Golang" is right too: the alternatives are the plain English names a recruiter would accept, written by
   * hand, not the analyser's vocabulary. The first alternative is what the documents print.
   */
  skills: string[];
  work: { company: string; title: string; start: string; end: string | null }[];
  yearsOfExperience: number;
}

export interface PersonContent {
  headline: string;
  phoneDisplay: string;
  link: string | null;
  location: string;
  /** How dates are written: `Apr 2022`, `04/2022`, `April 2022`, `2022.04`, `2022年4月`. */
  dates: 'mon' | 'slash' | 'long' | 'dot' | 'zh';
  /** Section headings in English, Chinese, or both (`工作经历 Work Experience`). */
  headings: 'en' | 'zh' | 'both';
  summary: string;
  /** One list per entry of the truth's `work`, same order. */
  bullets: string[][];
  education: { school: string; degree: string; start: string; end: string }[];
  languages: string[];
}

export interface Person {
  truth: PersonTruth;
  content: PersonContent;
}

export function loadPeople(): Map<string, Person> {
  const people = new Map<string, Person>();
  for (const file of readdirSync(path.join(INDEPENDENT_DIR, 'truth')).filter((f) => f.endsWith('.json')).sort()) {
    const truth = JSON.parse(readFileSync(path.join(INDEPENDENT_DIR, 'truth', file), 'utf8')) as PersonTruth;
    const content = JSON.parse(readFileSync(path.join(INDEPENDENT_DIR, 'content', file), 'utf8')) as PersonContent;
    people.set(truth.person, { truth, content });
  }
  return people;
}

/** A truth skill's accepted names; the first is the one the CV prints. */
export const skillNames = (skill: string): string[] => skill.split(' | ').map((s) => s.trim());

const idx = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;

/** Months worked (overlaps counted once) up to the reference month, in years to one decimal. */
export function yearsFromWork(work: PersonTruth['work']): number {
  const months = new Set<number>();
  for (const j of work) for (let i = idx(j.start); i <= idx(j.end ?? REFERENCE_MONTH); i++) months.add(i);
  return Math.round((months.size / 12) * 10) / 10;
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatMonth(ym: string | null, style: PersonContent['dates']): string {
  const cjk = style === 'dot' || style === 'zh';
  if (ym === null) return cjk ? '至今' : style === 'slash' ? 'present' : 'Present';
  const [y, m] = [ym.slice(0, 4), Number(ym.slice(5, 7))];
  switch (style) {
    case 'mon': return `${MON[m - 1]} ${y}`;
    case 'slash': return `${ym.slice(5, 7)}/${y}`;
    case 'long': return `${MONTH[m - 1]} ${y}`;
    case 'dot': return `${y}.${ym.slice(5, 7)}`;
    case 'zh': return `${y}年${m}月`;
  }
}

export function formatRange(start: string, end: string | null, style: PersonContent['dates']): string {
  const sep = style === 'long' ? ' to ' : style === 'slash' || style === 'zh' ? ' - ' : ' – ';
  return `${formatMonth(start, style)}${sep}${formatMonth(end, style)}`;
}

const HEADINGS = {
  summary: ['Profile', '个人简介'],
  work: ['Work Experience', '工作经历'],
  education: ['Education', '教育背景'],
  skills: ['Skills', '专业技能'],
  languages: ['Languages', '语言能力'],
  contact: ['Contact', '联系方式'],
} as const;

export function heading(key: keyof typeof HEADINGS, style: PersonContent['headings']): string {
  const [en, zh] = HEADINGS[key];
  return style === 'en' ? en : style === 'zh' ? zh : `${zh} ${en}`;
}

/** Labels of a label–value header; Chinese for Chinese headings. */
export function label(key: 'name' | 'email' | 'phone' | 'location' | 'link', style: PersonContent['headings']): string {
  const zh = { name: '姓名', email: '邮箱', phone: '电话', location: '地址', link: '主页' }[key];
  const en = { name: 'Name', email: 'Email', phone: 'Phone', location: 'Location', link: 'Web' }[key];
  return style === 'en' ? en : zh;
}

/** The skills as the CV prints them. */
export const printedSkills = (p: Person): string[] => p.truth.skills.map((s) => skillNames(s)[0]!);
