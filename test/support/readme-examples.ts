import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The first fenced block of `lang` under a README, run as an ES module inside the workspace. */
export function runReadmeExample(readme: string, lang = 'js'): string {
  const text = readFileSync(path.join(ROOT, readme), 'utf8');
  const block = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(text)?.[1];
  if (!block) throw new Error(`${readme} has no \`\`\`${lang} example`);
  // Inside the workspace so the package imports resolve; removed afterwards.
  const dir = mkdtempSync(path.join(ROOT, 'test', '.readme-example-'));
  const file = path.join(dir, 'example.mts');
  writeFileSync(file, block);
  try {
    return execFileSync(process.execPath, ['--import', 'tsx', file], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
