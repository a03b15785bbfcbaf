#!/usr/bin/env node
// Prints the scenario × queue table that the fault tests append to test-results/fault-scenarios.jsonl
// (run `npm test`, or one of test/handlers/fault-scenarios, transient-faults, test/integration/crash,
// load first). The last row of each scenario × queue wins.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../test-results/fault-scenarios.jsonl');
if (!existsSync(file)) {
  console.error(`No ${path.relative(process.cwd(), file)} yet: run the tests first.`);
  process.exit(1);
}
const rows = new Map();
for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const row = JSON.parse(line);
  rows.set(`${row.scenario}\u0000${row.queue}`, row);
}
const columns = ['submitted', 'completed', 'failed', 'lost', 'runTwice'];
const known = new Set(['scenario', 'queue', 'at', ...columns]);
console.log(`| scenario | queue | ${columns.join(' | ')} | details |`);
console.log(`|---|---|${columns.map(() => '---:').join('|')}|---|`);
for (const row of rows.values()) {
  const details = Object.entries(row)
    .filter(([key]) => !known.has(key))
    .map(([key, value]) => `${key} ${typeof value === 'object' ? JSON.stringify(value) : value}`)
    .join('; ');
  console.log(`| ${row.scenario} | ${row.queue} | ${columns.map((c) => row[c]).join(' | ')} | ${details} |`);
}
