/** heldout-64 — the plain-text templates (UTF-8). */
import type { Person } from './people.ts';
import { D, allSkills, newestFirst, range, zhLevel } from './common.ts';

/** Display width: CJK and full-width forms count double. */
export function width(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return w;
}
const pad = (s: string, n: number, ch = ' ') => s + ch.repeat(Math.max(0, n - width(s)));

// ————————————————————————————————————————————————————————————— ascii-bars (English résumé.txt)
export function asciiBars(p: Person): string {
  const W = 72;
  const out: string[] = [];
  const rule = (c = '=') => out.push(c.repeat(W));
  const head = (t: string) => {
    out.push('');
    out.push(`${t} ${'.'.repeat(W - t.length - 1)}`);
    out.push('');
  };
  rule();
  out.push(`  ${p.name.toUpperCase()}`);
  out.push(`  ${p.headline} -- ${p.town}`);
  rule();
  out.push(`  m  ${p.phoneShown}`);
  out.push(`  e  ${p.email}`);
  for (const l of p.links) out.push(`  w  ${l}`);
  for (const o of p.other ?? []) out.push(`  ${o.label}: ${o.number}`);
  head('ABOUT');
  for (const l of wrap(p.summary, W - 2)) out.push(`  ${l}`);

  // the timeline: a year ruler, the line, and a tree of labels hanging off each stop
  head('TIMELINE');
  const y0 = Number(p.work[0].start.slice(0, 4));
  const y1 = 2027;
  const span = W - 6;
  const col = (ym: string) => 2 + Math.round(((Number(ym.slice(0, 4)) - y0 + (Number(ym.slice(5, 7)) - 1) / 12) / (y1 - y0)) * span);
  let ruler = ' '.repeat(W);
  for (let yy = y0; yy < y1; yy += 2) {
    const c = col(`${yy}-01`);
    ruler = ruler.slice(0, c) + String(yy) + ruler.slice(c + 4);
  }
  out.push(ruler.trimEnd());
  const stops = p.work.map((j) => col(j.start));
  let lineStr = ' '.repeat(2) + '-'.repeat(span) + '>';
  for (const c of stops) lineStr = lineStr.slice(0, c) + 'o' + lineStr.slice(c + 1);
  out.push(lineStr);
  const jobsRev = [...p.work].map((j, i) => ({ j, c: stops[i] })).reverse();
  for (let k = 0; k < jobsRev.length; k++) {
    let s = ' '.repeat(W);
    for (const { c } of jobsRev.slice(k + 1)) s = s.slice(0, c) + '|' + s.slice(c + 1);
    const { j, c } = jobsRev[k];
    const label = `+-- ${D.iso(j.start)}  ${j.title}, ${j.company}`;
    s = s.slice(0, c) + label;
    out.push(s.trimEnd());
  }

  head('EXPERIENCE');
  for (const j of newestFirst(p)) {
    out.push(`  ${D.iso(j.start)} .. ${j.end ? D.iso(j.end) : 'now    '}   ${j.title}${j.kind ? ` (${j.kind.toLowerCase()})` : ''}`);
    out.push(`  ${' '.repeat(22)}${j.company}, ${j.town}`);
    for (const b of j.bullets) for (const [i, l] of wrap(b, W - 28).entries()) out.push(`  ${' '.repeat(22)}${i === 0 ? '- ' : '  '}${l}`);
    out.push('');
  }

  head('SKILLS');
  for (const g of p.skills) {
    out.push(`  ${g.group}`);
    for (const s of g.items) out.push(`    ${pad(s.name + ' ', 34, '.')} [${'#'.repeat(s.level * 2)}${'-'.repeat(10 - s.level * 2)}]`);
    out.push('');
  }
  out.push('    (bars: #### = how much I use it day to day)');

  head('LANGUAGES');
  for (const l of p.languages) out.push(`  ${pad(l.name, 18)}${l.level}`);
  head('EDUCATION');
  for (const e of p.education) out.push(`  ${D.iso(e.start)} .. ${D.iso(e.end)}   ${e.degree}, ${e.school}`);
  head('AWARDS & CERTIFICATES');
  for (const a of [...p.awards, ...p.certs]) out.push(`  * ${a}`);
  out.push('');
  rule('-');
  out.push(`  plain-text version of my CV -- the designed PDF is at ${p.links[0]}`);
  return out.join('\n') + '\n';
}

function wrap(text: string, n: number): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if ((cur + ' ' + w).trim().length > n) {
      lines.push(cur.trim());
      cur = w;
    } else cur += ' ' + w;
  }
  if (cur.trim()) lines.push(cur.trim());
  return lines;
}

// ————————————————————————————————————————————————————————————— figlet-banner
const FONT: Record<string, string[]> = {
  A: [' ### ', '#   #', '#####', '#   #', '#   #'],
  B: ['#### ', '#   #', '#### ', '#   #', '#### '],
  C: [' ####', '#    ', '#    ', '#    ', ' ####'],
  D: ['#### ', '#   #', '#   #', '#   #', '#### '],
  E: ['#####', '#    ', '#### ', '#    ', '#####'],
  F: ['#####', '#    ', '#### ', '#    ', '#    '],
  G: [' ####', '#    ', '#  ##', '#   #', ' ### '],
  H: ['#   #', '#   #', '#####', '#   #', '#   #'],
  I: ['#####', '  #  ', '  #  ', '  #  ', '#####'],
  J: ['  ###', '   # ', '   # ', '#  # ', ' ##  '],
  K: ['#   #', '#  # ', '###  ', '#  # ', '#   #'],
  L: ['#    ', '#    ', '#    ', '#    ', '#####'],
  M: ['#   #', '## ##', '# # #', '#   #', '#   #'],
  N: ['#   #', '##  #', '# # #', '#  ##', '#   #'],
  O: [' ### ', '#   #', '#   #', '#   #', ' ### '],
  P: ['#### ', '#   #', '#### ', '#    ', '#    '],
  Q: [' ### ', '#   #', '# # #', '#  # ', ' ## #'],
  R: ['#### ', '#   #', '#### ', '#  # ', '#   #'],
  S: [' ####', '#    ', ' ### ', '    #', '#### '],
  T: ['#####', '  #  ', '  #  ', '  #  ', '  #  '],
  U: ['#   #', '#   #', '#   #', '#   #', ' ### '],
  V: ['#   #', '#   #', '#   #', ' # # ', '  #  '],
  W: ['#   #', '#   #', '# # #', '## ##', '#   #'],
  X: ['#   #', ' # # ', '  #  ', ' # # ', '#   #'],
  Y: ['#   #', ' # # ', '  #  ', '  #  ', '  #  '],
  Z: ['#####', '   # ', '  #  ', ' #   ', '#####'],
  ' ': ['   ', '   ', '   ', '   ', '   '],
};
function banner(word: string): string[] {
  const rows = ['', '', '', '', ''];
  for (const ch of word.toUpperCase()) {
    const g = FONT[ch] ?? FONT[' '];
    for (let r = 0; r < 5; r++) rows[r] += g[r] + ' ';
  }
  return rows.map((r) => r.trimEnd());
}

export function figletBanner(p: Person): string {
  const out: string[] = [];
  const latin = p.alias ?? p.name;
  const parts = p.alias ? latin.split(' ') : [p.given, p.family];
  const lines = p.alias ? [parts[0], parts.slice(1).join(' ')] : parts;
  out.push('');
  for (const w of lines) {
    out.push(...banner(w));
    out.push('');
  }
  out.push(p.alias ? `${p.name} / ${p.alias}` : p.name);
  out.push(`${p.headline}`);
  out.push('');
  out.push(`Mobile  ${p.phoneShown}`);
  out.push(`Email   ${p.email}`);
  out.push(`Web     ${p.links.join('  |  ')}`);
  out.push(`Based   ${p.town}`);
  const sec = (t: string) => {
    out.push('');
    out.push(`-[ ${t} ]${'-'.repeat(Math.max(4, 66 - t.length))}`);
    out.push('');
  };
  sec('PROFILE');
  for (const l of wrap(p.summary, 70)) out.push(l);
  sec('SKILLS');
  for (const g of p.skills) {
    out.push(`${g.group}:`);
    for (const s of g.items) out.push(`  ${pad(s.name, 26)} ${'*'.repeat(s.level)}${'.'.repeat(5 - s.level)}`);
  }
  sec('EXPERIENCE');
  for (const j of newestFirst(p)) {
    out.push(`${j.title} | ${j.company} | ${j.town}`);
    out.push(`${range(j, D.mon, 'Present', ' - ')}${j.kind ? `  (${j.kind})` : ''}`);
    for (const b of j.bullets) out.push(`  > ${b}`);
    out.push('');
  }
  sec('EDUCATION');
  for (const e of p.education) out.push(`${e.degree} | ${e.school} | ${range(e, D.mon, '', ' - ')}`);
  sec('LANGUAGES');
  out.push(p.languages.map((l) => `${l.name} (${l.level})`).join(', '));
  sec('AWARDS');
  for (const a of [...p.awards, ...p.certs]) out.push(`+ ${a}`);
  out.push('');
  return out.join('\n') + '\n';
}

// ————————————————————————————————————————————————————————————— zh-block-bars
export function zhBlockBars(p: Person): string {
  const out: string[] = [];
  const bar = '━'.repeat(30);
  out.push(bar);
  out.push(`　${p.name}　｜　${p.headline}`);
  out.push(bar);
  out.push(`☎ 手机：${p.phoneShown}　　✉ 邮箱：${p.email}`);
  out.push(`⌂ 现居：${p.town}　　✎ 作品：${p.links.join('　')}`);
  const sec = (t: string) => {
    out.push('');
    out.push(`◆ ${t} ◆`);
    out.push('');
  };
  sec('个人简介');
  out.push(p.summary);
  sec('专业技能');
  const nameW = Math.max(...allSkills(p).map((s) => width(s.name))) + 2;
  for (const g of p.skills) {
    out.push(`【${g.group}】`);
    for (const s of g.items) out.push(`　${pad(s.name, nameW)}${'▇'.repeat(s.level)}${'▁'.repeat(5 - s.level)}　${zhLevel(s.level)}`);
  }
  sec('工作经历');
  for (const j of newestFirst(p)) {
    out.push(`${D.dotZh(j.start)} - ${j.end ? D.dotZh(j.end) : '至今'}　${j.company}　${j.title}${j.kind ? `（${j.kind}）` : ''}`);
    for (const b of j.bullets) out.push(`　· ${b}`);
    out.push('');
  }
  sec('教育背景');
  for (const e of p.education) out.push(`${D.dotZh(e.start)} - ${D.dotZh(e.end)}　${e.school}　${e.degree}`);
  sec('语言能力');
  out.push(p.languages.map((l) => `${l.name}：${l.level}`).join('　'));
  sec('荣誉奖项');
  for (const a of p.awards) out.push(`★ ${a}`);
  out.push('');
  out.push(bar);
  out.push('（纯文本版，排版版 PDF 见作品集链接）');
  return out.join('\n') + '\n';
}

export const txtTemplates: Record<string, (p: Person) => string> = {
  'ascii-bars': asciiBars,
  'figlet-banner': figletBanner,
  'zh-block-bars': zhBlockBars,
};
