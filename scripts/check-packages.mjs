#!/usr/bin/env node
// Checks what we would publish, on the packed tarballs (pnpm pack applies publishConfig):
//  - publint --strict and attw (node16 + bundler resolution) pass;
//  - every source export has a built counterpart, and every file the exports map names is in the tarball;
//  - @kiln/react's UploadWidget + useJob + JobStatus stay within 6 kB min+gzip, react and swr excluded.
// Run after `pnpm build`. Prints figures; exits non-zero on any failure.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const SIZE_LIMIT = 6 * 1024;
const packages = (process.env.KILN_PACKAGES ?? 'packages/handlers,packages/react,packages/cv').split(',').filter((dir) => existsSync(path.join(root, dir, 'package.json')));
const failures = [];
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function cssEntries(keys) {
  const css = keys.filter((key) => key.endsWith('.css'));
  return css.length ? ['--exclude-entrypoints', ...css] : [];
}

function targets(value) {
  if (typeof value === 'string') return [value];
  return Object.values(value ?? {}).flatMap(targets);
}

for (const dir of packages) {
  const pkg = JSON.parse(readFileSync(path.join(root, dir, 'package.json'), 'utf8'));
  if (!pkg.publishConfig?.exports) {
    failures.push(`${pkg.name}: no publishConfig.exports`);
    continue;
  }
  const temp = mkdtempSync(path.join(tmpdir(), 'kiln-pack-'));
  try {
    run('pnpm', ['pack', '--pack-destination', temp], path.join(root, dir));
    const tarball = path.join(temp, run('ls', [temp]).trim().split('\n')[0]);
    run('tar', ['xzf', tarball, '-C', temp]);
    const packed = JSON.parse(readFileSync(path.join(temp, 'package', 'package.json'), 'utf8'));

    const sourceKeys = Object.keys(pkg.exports).sort();
    const builtKeys = Object.keys(packed.exports).sort();
    if (JSON.stringify(sourceKeys) !== JSON.stringify(builtKeys)) failures.push(`${pkg.name}: exports keys differ between source (${sourceKeys}) and build (${builtKeys})`);
    const missing = targets(packed.exports).filter((target) => !existsSync(path.join(temp, 'package', target)));
    if (missing.length) failures.push(`${pkg.name}: exports name files missing from the tarball: ${missing.join(', ')}`);

    for (const [tool, args] of [
      ['publint', ['--strict', '--pack', 'pnpm', path.join(root, dir)]],
      // Stylesheets have no types to resolve; attw checks the code entry points.
      ['attw', [tarball, '--profile', 'node16', '--format', 'table-flipped', ...cssEntries(builtKeys)]],
    ]) {
      try {
        run(bin(tool), args);
        console.log(`${pkg.name}: ${tool} passed`);
      } catch (error) {
        failures.push(`${pkg.name}: ${tool} failed:\n${error.stdout}${error.stderr}`);
      }
    }
    console.log(`${pkg.name}: tarball ${(readFileSync(tarball).byteLength / 1024).toFixed(1)} kB, exports ${builtKeys.join(' ')}`);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

if (packages.includes('packages/react')) {
  const temp = mkdtempSync(path.join(tmpdir(), 'kiln-size-'));
  try {
    const entry = path.join(temp, 'entry.js');
    writeFileSync(entry, `export { UploadWidget, useJob, JobStatus } from ${JSON.stringify(path.join(root, 'packages/react/dist/esm/index.js'))};\n`);
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      platform: 'browser',
      external: ['react', 'react-dom', 'react/jsx-runtime', 'swr', 'next', 'next/*', '@kiln/handlers'],
      logLevel: 'silent',
    });
    const code = result.outputFiles[0].contents;
    const gzip = gzipSync(code, { level: 9 }).byteLength;
    console.log(`@kiln/react size (UploadWidget + useJob + JobStatus, react/swr excluded): ${(code.byteLength / 1024).toFixed(2)} kB min, ${(gzip / 1024).toFixed(2)} kB min+gzip (limit ${SIZE_LIMIT / 1024} kB)`);
    if (gzip > SIZE_LIMIT) failures.push(`@kiln/react is ${gzip} bytes min+gzip, over the ${SIZE_LIMIT} byte budget`);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

if (failures.length) {
  console.error(`\n${failures.length} package check(s) failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('package checks passed');
