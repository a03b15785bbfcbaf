/**
 * The versions BENCHMARKS.md names (what the figures were measured with) and the git commit of the run.
 * Read from the installed packages, not from version ranges in package.json.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where pnpm links each package's dependencies; the bench app first, since its Next and React are the ones measured. */
const BASES = ['.', 'bench/app', 'demo', 'packages/react', 'packages/handlers', 'packages/cv'];

/** Installed third-party packages whose versions shape the figures. */
const PACKAGES = ['next', 'react', 'react-dom', 'swr', 'better-sqlite3', 'local-aws-sqs', 'fauxqs', 's3rver', 'autocannon', 'esbuild', 'react-dropzone', 'pdfjs-dist', 'mammoth'];

function installedVersion(root: string, name: string): string | null {
  for (const base of BASES) {
    const file = path.join(root, base, 'node_modules', name, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  }
  return null;
}

function command(cmd: string, args: string[], cwd: string): string | null {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

export function versions(root: string): Array<[string, string]> {
  const list: Array<[string, string]> = [['Node', process.version]];
  for (const pkg of ['handlers', 'react', 'cv']) {
    const file = path.join(root, 'packages', pkg, 'package.json');
    if (existsSync(file)) list.push([`@kiln/${pkg}`, (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version]);
  }
  for (const name of PACKAGES) {
    const version = installedVersion(root, name);
    if (version) list.push([name, version]);
  }
  const redis = command('redis-server', ['--version'], root)?.match(/v=(\S+)/)?.[1];
  if (redis) list.push(['redis-server', redis]);
  return list;
}

/** The commit checked out, and whether the tree had uncommitted changes (BENCHMARKS.md itself not counted). */
export function gitState(root: string): { commit: string; dirty: boolean } {
  const commit = command('git', ['rev-parse', '--short=12', 'HEAD'], root) ?? 'unknown';
  const status = command('git', ['status', '--porcelain', '--', '.', ':!BENCHMARKS.md', ':!BENCHMARKS.quick.md'], root);
  return { commit, dirty: status === null ? false : status.length > 0 };
}
