#!/usr/bin/env node
// The README's two commands (`npm run demo`, `npm test`) land here. A fresh machine has only Node.js 20
// and npm, so this script brings the rest itself: pnpm, the workspace's dependencies, the system
// packages the tests use, and the services they talk to. It is plain Node on purpose: no dependency
// of the project can run before this script has installed it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = '12.4.2';
const toolsDir = path.join(root, '.tools');

function log(message) {
  process.stderr.write(`\x1b[36m[kiln]\x1b[0m ${message}\n`);
}

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env: process.env, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function must(cmd, args, options) {
  const status = run(cmd, args, options);
  if (status !== 0) {
    log(`\`${cmd} ${args.join(' ')}\` failed with exit code ${status}`);
    process.exit(status);
  }
}

function output(cmd, args) {
  const result = spawnSync(cmd, args, { encoding: 'utf8', cwd: root });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** pnpm 12 exactly: a global one if it is the right major, else a private copy under .tools/. */
function ensurePnpm() {
  const global = output('pnpm', ['--version']);
  if (global && global.split('.')[0] === PNPM_VERSION.split('.')[0]) return 'pnpm';
  const bin = path.join(toolsDir, 'node_modules', '.bin');
  if (!existsSync(path.join(bin, 'pnpm'))) {
    log(`installing pnpm@${PNPM_VERSION} into .tools/ (found ${global ?? 'no pnpm'})`);
    mkdirSync(toolsDir, { recursive: true });
    must('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', toolsDir, `pnpm@${PNPM_VERSION}`]);
  }
  // Scripts and tests call `pnpm` themselves (pnpm run, pnpm pack): they must find this one first.
  process.env.PATH = `${bin}${path.delimiter}${process.env.PATH ?? ''}`;
  return path.join(bin, 'pnpm');
}

/** Debian packages some tests need (a browser, fonts); installed only when their binary or file is missing. */
function ensureAptPackages(packages) {
  const missing = packages.filter(({ binary, file }) => (binary ? !output('sh', ['-c', `command -v ${binary}`]) : !existsSync(file)));
  if (missing.length === 0) return;
  const names = missing.map((p) => p.apt);
  if (!output('sh', ['-c', 'command -v apt-get'])) {
    log(`missing ${names.join(', ')} and no apt-get here: install them with your package manager`);
    process.exit(1);
  }
  log(`installing ${names.join(', ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // As root, apt-get itself; otherwise through sudo without a prompt (fails clearly if not allowed).
  const aptGet = (...args) => (process.getuid?.() === 0 ? must('apt-get', args, { env }) : must('sudo', ['-n', 'apt-get', ...args], { env }));
  aptGet('update', '-qq');
  aptGet('install', '-y', '-qq', '--no-install-recommends', ...names);
}

function installWorkspace(pnpm) {
  // better-sqlite3 compiles from source when no prebuilt binary can be fetched; point node-gyp at the
  // headers Node ships so it does not try to download them.
  if (!process.env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) {
    process.env.npm_config_nodedir = '/usr';
  }
  log('installing workspace dependencies');
  const frozen = process.env.CI ? ['--frozen-lockfile'] : [];
  must(pnpm, ['install', ...frozen, '--reporter=append-only']);
}

// The browser tests drive Debian's Chromium (nothing may download a browser of its own); the CV
// evaluation renders Chinese PDFs with these CJK fonts; the Redis and Vercel KV / Upstash adapters are
// tested against a real redis-server (the tests start and stop their own, on 127.0.0.1).
const SYSTEM_PACKAGES_FOR_TESTS = [
  { apt: 'chromium', binary: 'chromium' },
  { apt: 'redis-server', binary: 'redis-server' },
  { apt: 'fonts-wqy-zenhei', file: '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc' },
  { apt: 'fonts-droid-fallback', file: '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf' },
];

// `npm run bench`: the submit table's cloud rows talk to a real redis-server (KV), and the CV table renders
// Chinese PDFs with a CJK font.
const SYSTEM_PACKAGES_FOR_BENCH = SYSTEM_PACKAGES_FOR_TESTS.filter((p) => p.apt !== 'chromium');

const command = process.argv[2];
const pnpm = ensurePnpm();
switch (command) {
  case 'demo':
    installWorkspace(pnpm);
    // The built packages let the CV analyser's worker thread start from JavaScript, not TypeScript.
    must(pnpm, ['run', 'build']);
    must(pnpm, ['--filter', '@kiln/demo', 'run', 'start:local']);
    break;
  case 'test':
    ensureAptPackages(SYSTEM_PACKAGES_FOR_TESTS);
    installWorkspace(pnpm);
    must(pnpm, ['run', '-w', 'test:all']);
    break;
  case 'bench':
    ensureAptPackages(SYSTEM_PACKAGES_FOR_BENCH);
    installWorkspace(pnpm);
    // The tables measure the built packages (the bench app, the CV analyser's worker); the orchestrator
    // builds the bench app itself, once, and passes the rest of the command line (--quick, --only 5,6) on.
    must(pnpm, ['run', 'build']);
    must(pnpm, ['exec', 'tsx', 'bench/run-all.ts', ...process.argv.slice(3)]);
    break;
  case 'bench:submit':
    // The SQS + Redis + S3 rows talk to a real redis-server; the script builds the bench app itself
    // (bench/app compiles the packages' TypeScript source, so no package build is needed first).
    ensureAptPackages([{ apt: 'redis-server', binary: 'redis-server' }]);
    installWorkspace(pnpm);
    must(pnpm, ['exec', 'tsx', 'bench/submit.ts']);
    break;
  case 'bench:queue':
    installWorkspace(pnpm);
    must(pnpm, ['exec', 'tsx', 'bench/queue.ts']);
    break;
  case 'bench:cv':
    installWorkspace(pnpm);
    must(pnpm, ['--filter', '@kiln/cv', 'run', 'bench']);
    break;
  case 'eval:cv':
    ensureAptPackages(SYSTEM_PACKAGES_FOR_TESTS);
    installWorkspace(pnpm);
    must(pnpm, ['--filter', '@kiln/cv', 'run', 'eval']);
    break;
  default:
    log(`unknown command ${command ?? '(none)'}; use demo, test, bench, bench:submit, bench:queue, bench:cv or eval:cv`);
    process.exit(2);
}
