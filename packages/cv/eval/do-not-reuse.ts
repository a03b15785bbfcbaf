/**
 * The conventions the hand-written sets already use, for the next blind writer's brief (BLIND-SET-BRIEF.md, "Do not
 * reuse"): one line per template, "template: real-world convention imitated", read from each set's NOTES.md Templates
 * table (the column whose heading names a convention), or the set's template ids where its NOTES has no such column.
 * It prints template names only, never documents or truth, so it can be run without opening a held-out set's files.
 *
 *   npx tsx eval/do-not-reuse.ts > /tmp/do-not-reuse.txt      (from packages/cv)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const sets = readdirSync(here).filter((d) => /^heldout-\d+$/.test(d)).sort((a, b) => Number(a.slice(8)) - Number(b.slice(8)));
for (const set of sets) {
  const notes = path.join(here, set, 'NOTES.md');
  const lines: string[] = [];
  if (existsSync(notes)) {
    let column = -1;
    for (const line of readFileSync(notes, 'utf8').split('\n')) {
      if (line.startsWith('#')) column = -1;
      if (!line.startsWith('|')) continue;
      const cells = line.replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
      const heading = cells.findIndex((c) => /imitat|convention/i.test(c));
      if (heading >= 0) column = heading;
      else if (column >= 0 && !/^[\s|:-]+$/.test(line) && cells[column]) lines.push(`${cells[0]}: ${cells[column]}`);
    }
  }
  if (lines.length === 0 && existsSync(path.join(here, set, 'truth.json'))) {
    const truth = JSON.parse(readFileSync(path.join(here, set, 'truth.json'), 'utf8')) as { documents?: { template?: string }[] };
    lines.push(...new Set((truth.documents ?? []).map((d) => d.template ?? '').filter(Boolean)));
  }
  for (const l of lines) console.log(`- ${l}`);
}
