import type { Contact } from '../types';
import type { Section } from './sections';
import { HAN, normalizeLine } from './normalize';
import { findPhones } from './phones';

export const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/** A web address: with a scheme, with www., or a profile host written bare (linkedin.com/in/…). */
export const URL = /\b(?:https?:\/\/[^\s|,;]+|www\.[^\s|,;]+|(?:linkedin\.com|github\.com|gitlab\.com)\/[^\s|,;]+)/gi;
const NAME_LABEL = /^(?:name|full name|姓名|名字)\s*[:：]\s*(.+)$/i;
const NOT_NAME = /\b(resume|curriculum|vitae|cv|engineer|developer|manager|designer|analyst|consultant|scientist|architect|intern|director|lead|specialist|officer|summary|profile|contact|phone|email|address|street|road|city|university|college|inc|ltd|llc|corp|company)\b/i;
const NOT_NAME_ZH = /(简历|个人|求职|工程师|经理|设计|开发|电话|手机|邮箱|地址|大学|学院|公司|意向|总监|主管|专员|技术|北京|上海|深圳|广州|杭州|成都|市|省|区)/;
const LOCATION = /^(?:location|address|city|所在地|现居|地址|居住地)\s*[:：]\s*(.+)$/i;

/** Is this (part of a) line a person's name: "Jane Q. Doe", "JANE DOE", "张伟", "欧阳娜娜"? */
export function looksLikeName(text: string): boolean {
  const t = text.trim();
  if (HAN.test(t)) {
    const compact = t.replace(/\s+/g, '');
    return /^[\u4e00-\u9fff·]{2,4}$/.test(compact) && !NOT_NAME_ZH.test(compact);
  }
  if (NOT_NAME.test(t) || /[\d@/:]/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  return words.every((w) => /^(?:[A-Z][a-zA-Z'’-]*\.?|[A-Z]{2,}|(?:van|de|von|da|der|del|la|le|bin|al)|[A-Z]\.)$/.test(w));
}

/** Normalises a name's spelling: collapses spaces; a Chinese name loses the spaces some CVs put inside. */
function tidyName(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (HAN.test(t)) return t.replace(/\s+/g, '');
  return t === t.toUpperCase() ? t.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()) : t;
}

/** Splits "Jane Doe | Senior Engineer" or "张伟 · 后端工程师" into its parts. */
function parts(line: string): string[] {
  return line.split(/\s{3,}|\s[|·•—–-]\s|[|·•]|,\s/).map((p) => p.trim()).filter(Boolean);
}

/** "张伟 Wei Zhang": a Chinese name followed by its romanisation; the Chinese form is the name. */
const BILINGUAL = /^([\u4e00-\u9fff·]{2,4})\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+){1,2})$/;

/** Finds the person's name: a labelled one, else the first name-like line near the top of a section. */
function findName(lines: string[], sections: Section[]): { name: string; line: string } | null {
  for (const line of lines) {
    const m = NAME_LABEL.exec(line);
    if (m && looksLikeName(parts(m[1]!)[0] ?? '')) return { name: tidyName(parts(m[1]!)[0]!), line };
  }
  // Where a name is written: before the first heading, then at the top of contact-like sections
  // (a sidebar's top), then at the top of any section (a right-hand column read after the left one).
  const order = [
    ...sections.filter((s) => s.heading === ''),
    ...sections.filter((s) => s.heading !== '' && (s.kind === 'contact' || s.kind === 'summary')),
    ...sections.filter((s) => s.heading !== '' && s.kind !== 'contact' && s.kind !== 'summary'),
  ];
  for (const s of order) {
    const limit = s.heading === '' ? s.end : Math.min(s.end, s.start + 3);
    for (let i = s.start; i < limit; i++) {
      const line = lines[i] ?? '';
      const bilingual = BILINGUAL.exec(line.replace(/\s{2,}/g, ' ').trim());
      if (bilingual && looksLikeName(bilingual[1]!)) return { name: bilingual[1]!, line };
      const candidate = parts(line).find((p, k) => k === 0 && looksLikeName(p)) ?? (looksLikeName(line) ? line : undefined);
      if (candidate) return { name: tidyName(candidate), line };
    }
  }
  return null;
}

const unique = <T>(xs: T[]) => [...new Set(xs)];

/** Reads contact details from the whole document; emails, phones and links may sit anywhere (a footer). */
export function extractContact(rawLines: string[], sections: Section[]): Contact {
  const lines = rawLines.map(normalizeLine);
  const emails: string[] = [];
  const phones: string[] = [];
  const links: string[] = [];
  let location: string | null = null;
  let emailLine: string | null = null;
  let phoneLine: string | null = null;
  for (const line of lines) {
    const lineEmails = line.match(EMAIL) ?? [];
    if (lineEmails.length > 0) emailLine ??= line.slice(0, 160);
    emails.push(...lineEmails.map((e) => e.toLowerCase()));
    const withoutEmails = lineEmails.reduce((l, e) => l.replace(e, ' '), line);
    for (const url of withoutEmails.match(URL) ?? []) links.push(url.replace(/[.)\]]+$/, ''));
    const linePhones = findPhones(withoutEmails.replace(URL, ' '));
    if (linePhones.length > 0) phoneLine ??= line.slice(0, 160);
    phones.push(...linePhones);
    const loc = LOCATION.exec(line);
    if (loc && !location) location = loc[1]!.trim();
  }
  const name = findName(lines, sections);
  return {
    name: name?.name ?? null,
    emails: unique(emails),
    phones: unique(phones),
    links: unique(links),
    location,
    evidence: { name: name ? name.line.slice(0, 160) : null, email: emailLine, phone: phoneLine },
  };
}
