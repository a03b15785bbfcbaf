/**
 * The structural probe: one person's three jobs written as a work table in many shapes (column orders, From and To in
 * cells of their own, headings in plain, unusual or no words, three date styles, an employer over its town or a title
 * over its employer in one cell, a duties column) and as per-job label grids, printed by Chromium, in English or
 * Chinese; it prints how many of the jobs the analyser reads (employer and start month) and each shape that loses one.
 * Written without any evaluation set, to find what breaks on a table's shape alone (round 10). Not a test: run it by hand.
 *   cd packages/cv && npx tsx eval/structure-probe.mts en    (or zh; about a minute each)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { printHtml } from './dev-layouts/render.ts';
import { analyzeInProcess } from '../src/index.ts';

const who = process.argv[2] ?? 'en';
const jobsEn = [
  { company: 'Harrowgate Cold Storage Ltd', title: 'Warehouse Supervisor', start: '2019-03', end: null, town: 'Leeds' },
  { company: 'Pennine Parcels', title: 'Forklift Operator', start: '2015-06', end: '2019-02', town: 'Bradford' },
  { company: 'Moorside Builders Merchants', title: 'Yard Assistant', start: '2012-09', end: '2015-05', town: 'Halifax' },
];
const jobsZh = [
  { company: '宁波港联冷链物流有限公司', title: '仓储主管', start: '2019-03', end: null, town: '宁波' },
  { company: '杭州顺捷快运有限公司', title: '叉车司机', start: '2015-06', end: '2019-02', town: '杭州' },
  { company: '绍兴建材商贸城', title: '仓管员', start: '2012-09', end: '2015-05', town: '绍兴' },
];
const jobs = who === 'zh' ? jobsZh : jobsEn;
const MON = ['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'];
const fmt = (s: string | null, st: string) => {
  if (!s) return who === 'zh' ? '至今' : 'Present';
  const [y, m] = s.split('-');
  return st === 'mm/yyyy' ? `${m}/${y}` : st === 'mon' ? (who === 'zh' ? `${y}年${+m}月` : `${MON[+m - 1]} ${y}`) : `${y}.${m}`;
};
type Col = 'dates' | 'from' | 'to' | 'company' | 'title' | 'town' | 'duties' | 'ct' | 'tc';
const H: Record<string, Record<string, string>> = who === 'zh' ? {
  plain: { dates: '起止时间', from: '开始', to: '结束', company: '工作单位', title: '职务', town: '地点', duties: '主要工作', ct: '单位及地点', tc: '职务及单位' },
  odd: { dates: '年月', from: '自', to: '至', company: '在何单位', title: '任何职', town: '所在地', duties: '工作内容', ct: '单位', tc: '岗位' },
  none: {},
} : {
  plain: { dates: 'Dates', from: 'From', to: 'To', company: 'Employer', title: 'Position', town: 'Location', duties: 'Main duties', ct: 'Employer and address', tc: 'Position and employer' },
  odd: { dates: 'Period of service', from: 'Start', to: 'Finish', company: 'Name of organisation', title: 'Post held', town: 'Place', duties: 'Responsibilities', ct: 'Organisation', tc: 'Role' },
  rare: { dates: 'When', from: 'Began', to: 'Left', company: 'Where I worked', title: 'What I did', town: 'City', duties: 'Details', ct: 'Company', tc: 'Job' },
  none: {},
};
const duty = who === 'zh' ? '负责夜班仓储作业及新员工安全培训。' : 'Ran the night shift and trained new starters on safe lifting.';
const cellOf = (j: any, c: Col, st: string) => c === 'dates' ? `${fmt(j.start, st)} – ${fmt(j.end, st)}` : c === 'from' ? fmt(j.start, st) : c === 'to' ? fmt(j.end, st)
  : c === 'duties' ? duty : c === 'ct' ? `${j.company}<br>${j.town}` : c === 'tc' ? `<b>${j.title}</b><br>${j.company}` : j[c];
const layouts: Col[][] = [
  ['dates', 'company', 'title'], ['company', 'title', 'dates'], ['title', 'company', 'dates'], ['dates', 'title', 'company'],
  ['from', 'to', 'company', 'title'], ['company', 'title', 'from', 'to'], ['title', 'company', 'from', 'to'], ['from', 'to', 'title', 'company'],
  ['dates', 'company', 'title', 'duties'], ['from', 'to', 'company', 'title', 'duties'], ['company', 'title', 'from', 'to', 'duties'],
  ['dates', 'ct', 'title'], ['dates', 'tc'], ['tc', 'dates'], ['dates', 'tc', 'duties'], ['from', 'to', 'ct', 'title', 'duties'],
  ['dates', 'company', 'town', 'title'], ['company', 'town', 'title', 'dates'],
];
const name = who === 'zh' ? '周建业' : 'Daniel Ackroyd';
const sec = who === 'zh' ? ['工作经历', '教育经历', '2008.09 – 2011.07   宁波职业技术学院   物流管理'] : ['Employment History', 'Education', 'Calderdale College, NVQ Level 2 Warehousing, 2011'];
const css = 'body{font-family:Arial,"WenQuanYi Zen Hei",sans-serif;font-size:11pt} table{border-collapse:collapse;width:100%} td,th{border:1px solid #444;padding:7px;vertical-align:top;text-align:left}';
const blockKinds = ['table', 'labels', 'labels2'];
const html: [string, string][] = []; const cases: { file: string; label: string }[] = [];
let n = 0;
for (const head of Object.keys(H)) for (const st of ['mm/yyyy', 'mon', 'yyyy.mm']) for (const cols of layouts) {
  const thead = head === 'none' ? '' : `<tr>${cols.map((c) => `<th>${H[head][c]}</th>`).join('')}</tr>`;
  const body = jobs.map((j) => `<tr>${cols.map((c) => `<td>${cellOf(j, c, st)}</td>`).join('')}</tr>`).join('');
  const file = `t${n++}.pdf`;
  html.push([file, `<html><head><meta charset="utf-8"><style>${css}</style></head><body><h1>${name}</h1><p>d.ack@example.co.uk · 07700 900123</p><h2>${sec[0]}</h2><table>${thead}${body}</table><h2>${sec[1]}</h2><p>${sec[2]}</p></body></html>`]);
  cases.push({ file, label: `${head} ${st} [${cols.join(',')}]` });
}
// per-job labelled blocks
const L = who === 'zh' ? { e: '工作单位', t: '职务', p: '起止时间', f: '开始时间', to: '结束时间', d: '工作内容' } : { e: 'Employer', t: 'Job title', p: 'Period', f: 'From', to: 'To', d: 'Duties' };
for (const st of ['mm/yyyy', 'mon', 'yyyy.mm']) for (const kind of ['grid', 'grid-split', 'colon', 'grid-4col']) {
  const blocks = jobs.map((j) => kind === 'grid' ? `<table><tr><th>${L.e}</th><td>${j.company}</td></tr><tr><th>${L.t}</th><td>${j.title}</td></tr><tr><th>${L.p}</th><td>${fmt(j.start, st)} – ${fmt(j.end, st)}</td></tr><tr><th>${L.d}</th><td>${duty}</td></tr></table><br>`
    : kind === 'grid-split' ? `<table><tr><th>${L.e}</th><td colspan=3>${j.company}</td></tr><tr><th>${L.f}</th><td>${fmt(j.start, st)}</td><th>${L.to}</th><td>${fmt(j.end, st)}</td></tr><tr><th>${L.t}</th><td colspan=3>${j.title}</td></tr></table><br>`
    : kind === 'grid-4col' ? `<table><tr><th>${L.e}</th><td>${j.company}</td><th>${L.t}</th><td>${j.title}</td></tr><tr><th>${L.p}</th><td>${fmt(j.start, st)} – ${fmt(j.end, st)}</td><th>${L.d}</th><td>${duty}</td></tr></table><br>`
    : `<p>${L.e}: ${j.company}<br>${L.t}: ${j.title}<br>${L.p}: ${fmt(j.start, st)} – ${fmt(j.end, st)}<br>${L.d}: ${duty}</p>`).join('');
  const file = `t${n++}.pdf`;
  html.push([file, `<html><head><meta charset="utf-8"><style>${css}</style></head><body><h1>${name}</h1><p>d.ack@example.co.uk · 07700 900123</p><h2>${sec[0]}</h2>${blocks}<h2>${sec[1]}</h2><p>${sec[2]}</p></body></html>`]);
  cases.push({ file, label: `block ${kind} ${st}` });
}
const dir = mkdtempSync(path.join(tmpdir(), 'probe-'));
await printHtml(dir, html);
let total = 0, ok = 0; const bad: string[] = [];
for (const c of cases) {
  const r = await analyzeInProcess(new Uint8Array(readFileSync(path.join(dir, c.file))));
  const got = r.resume.work.map((w: any) => `${w.name}|${w.startDate ?? ''}`);
  const hits = jobs.filter((j) => got.includes(`${j.company}|${j.start}`)).length;
  total += 3; ok += hits;
  if (hits < 3) bad.push(`${c.label} ${hits}/3 ${c.file} got ${JSON.stringify(r.resume.work.map((w: any) => [w.name, w.position, w.startDate]))}`);
}
rmSync(dir, { recursive: true, force: true });
console.log(`${who}: ${ok} of ${total} jobs read (${cases.length} documents)`);
for (const b of bad) console.log(b);
