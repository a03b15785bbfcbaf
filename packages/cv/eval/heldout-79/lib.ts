/** Shared helpers for heldout-79: date formats, phone print forms, escaping. */
import type { Job, Person } from './people.ts';

const y = (s: string) => Number(s.slice(0, 4));
const m = (s: string) => Number(s.slice(5, 7));
const mm = (s: string) => s.slice(5, 7);
const EN3 = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ENL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const FR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'];
const NL = ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'];
export const F = {
  enS: (s: string) => `${EN3[m(s) - 1]} ${y(s)}`,
  enL: (s: string) => `${ENL[m(s) - 1]} ${y(s)}`,
  mmY: (s: string) => `${mm(s)}/${y(s)}`,
  dotMY: (s: string) => `${mm(s)}.${y(s)}`,
  ymDot: (s: string) => `${y(s)}.${mm(s)}`,
  ymSlash: (s: string) => `${y(s)}/${mm(s)}`,
  zh: (s: string) => `${y(s)}年${m(s)}月`,
  fr: (s: string) => `${FR[m(s) - 1]} ${y(s)}`,
  nl: (s: string) => `${NL[m(s) - 1]} ${y(s)}`,
  year: (s: string) => String(y(s)),
};
export type Fmt = (s: string) => string;
export const range = (j: { start: string; end: string | null }, f: Fmt, present: string, sep = ' – ') => `${f(j.start)}${sep}${j.end ? f(j.end) : present}`;

/** How each person prints their own mobile (the truth is always E.164 in people.ts). */
export const phoneForms: Record<string, { a: string; b: string }> = {
  p01: { a: '+44 (0)7700 900 482', b: '07700 900482' },
  p02: { a: '0151 / 2847 6310', b: '+49 (0)151 2847 6310' },
  p03: { a: '06.42.18.57.90', b: '+33 (0)6 42 18 57 90' },
  p04: { a: '0412 375 904', b: '+61 412 375 904' },
  p05: { a: '(614) 555-0187', b: '614.555.0187' },
  p06: { a: '082 614 3097', b: '+27 (0)82 614 3097' },
  p07: { a: '+41 (0)79 348 52 16', b: '079 348 52 16' },
  p08: { a: '139-1642-0587', b: '13916420587' },
  p09: { a: '86-186-2174-3058', b: '186 2174 3058' },
  p10: { a: '0912-468-305', b: '+886 912-468-305' },
  p11: { a: '177 5203 8846', b: '+86 177 5203 8846' },
  p12: { a: '(852) 9236 4518', b: '9236 4518' },
  p13: { a: '(65) 9134 2867', b: '65-9134 2867' },
  p14: { a: '012-387 4519', b: '+6012-387 4519' },
  p15: { a: '416.555.0163', b: '+1 416 555 0163' },
  p16: { a: '06-48271935', b: '+31 (0)6 4827 1935' },
};
export const ph = (p: Person, k: 'a' | 'b' = 'a') => phoneForms[p.id][k];
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Newest first. */
export const newest = (w: Job[]) => [...w].sort((a, b) => (b.start < a.start ? -1 : 1));
/** Consecutive roles at one employer, newest group first. */
export function groups(w: Job[]): { company: string; city: string; start: string; end: string | null; roles: Job[] }[] {
  const out: { company: string; city: string; start: string; end: string | null; roles: Job[] }[] = [];
  for (const j of [...w].sort((a, b) => (a.start < b.start ? -1 : 1))) {
    const last = out[out.length - 1];
    if (last && last.company === j.company) { last.roles.push(j); last.end = j.end; } else out.push({ company: j.company, city: j.city, start: j.start, end: j.end, roles: [j] });
  }
  for (const g of out) g.roles.reverse();
  return out.reverse();
}
/** Deterministic skill level 2–5 for dots/bars (levels are not part of the skills). */
export const level = (s: string) => 3 + ([...s].reduce((a, c) => a + c.charCodeAt(0), 0) % 3);
export const zhT = (p: Person, simp: string, trad: string) => (p.trad ? trad : simp);
