import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface GuideFile {
  path: string;
  code: string;
}

/**
 * The files of the README's integration guide: every fenced block between the guide's markers whose
 * first line is a comment naming a path (`// app/page.tsx`). The fresh-app test writes exactly these,
 * so the guide cannot drift from what works.
 */
export function readIntegrationGuide(section = 'integration-guide', readme = 'README.md'): { files: GuideFile[]; install: string[] } {
  const text = readFileSync(path.join(ROOT, readme), 'utf8');
  const start = text.indexOf(`<!-- ${section}:start -->`);
  const end = text.indexOf(`<!-- ${section}:end -->`);
  if (start === -1 || end === -1) throw new Error(`${readme} has no ${section} markers`);
  const guide = text.slice(start, end);
  const files: GuideFile[] = [];
  for (const match of guide.matchAll(/```(?:ts|tsx|js|json|yaml)\n([\s\S]*?)```/g)) {
    const code = match[1]!;
    const named = /^(?:\/\/|#) ([\w./[\]-]+\.(?:tsx?|js|json|ya?ml))\n/.exec(code);
    if (named) files.push({ path: named[1]!, code });
  }
  const install = /```sh\nnpm install ([^\n]+)\n/.exec(guide)?.[1]?.split(/\s+/) ?? [];
  return { files, install };
}
