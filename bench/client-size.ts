/**
 * Table 6 of BENCHMARKS.md (`npm run bench`): what @kiln/react adds to a browser bundle — min+gzip bytes of
 * each entry point in its package.json exports, next to a minimal react-dropzone + SWR polling client
 * (bench/client-baseline/dropzone-swr.tsx), all built in this run with the same esbuild settings, once
 * with swr bundled and once with swr external.
 *
 *   npm run bench -- --only 6                    # this table alone, after kiln-dev's install and build
 *   pnpm exec tsx bench/client-size.ts [--quick]  # the same, directly (the built dist if present, else src)
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';
import { emitSection, ratio } from './lib/report';

const started = performance.now();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reactPkgDir = path.join(root, 'packages/react');
const pkg = JSON.parse(readFileSync(path.join(reactPkgDir, 'package.json'), 'utf8')) as {
  exports: Record<string, string>;
  publishConfig: { exports: Record<string, string | { import: { default: string } }> };
};

// What npm users get is the built ESM (publishConfig.exports); a checkout without `pnpm run build` has only src.
const fromDist = Object.values(pkg.publishConfig.exports).every((target) => existsSync(path.join(reactPkgDir, typeof target === 'string' ? target : target.import.default)));
const entries = Object.keys(pkg.exports)
  .filter((name) => name !== './package.json')
  .map((name) => {
    const target = fromDist ? pkg.publishConfig.exports[name]! : pkg.exports[name]!;
    return { name: name === '.' ? '@kiln/react' : `@kiln/react/${name.slice(2)}`, file: path.join(reactPkgDir, typeof target === 'string' ? target : target.import.default) };
  });
const baseline = path.join(root, 'bench/client-baseline/dropzone-swr.tsx');

// The peer dependencies stay outside on both sides: an app has React (and Next) already.
const PEERS = ['react', 'react-dom', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'next', 'next/*'];
const settings = (swrExternal: boolean): BuildOptions => ({
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  external: [...PEERS, ...(swrExternal ? ['swr'] : [])],
  legalComments: 'none',
  // Both sides resolve `swr` from @kiln/react's dependencies, so they bundle the very same copy of it.
  nodePaths: [path.join(reactPkgDir, 'node_modules')],
  write: false,
  logLevel: 'silent',
});

interface Size {
  min: number;
  gzip: number;
}

/** Bundles `contents` (an ES module re-exporting what an app would import) and measures it. */
async function measure(contents: string, loader: 'js' | 'tsx' | 'css', swrExternal: boolean): Promise<Size> {
  const result = await build({ ...settings(swrExternal), stdin: { contents, loader, resolveDir: root, sourcefile: `measure.${loader}` } });
  const bytes = Buffer.concat((result.outputFiles ?? []).map((f) => Buffer.from(f.contents)));
  return { min: bytes.byteLength, gzip: gzipSync(bytes).byteLength };
}

const js = (file: string, names = '*') => `export ${names} from ${JSON.stringify(file)};`;
const rows: Array<{ name: string; bundled: Size; external: Size }> = [];
async function row(name: string, contents: string, loader: 'js' | 'tsx' | 'css' = 'js') {
  rows.push({ name, bundled: await measure(contents, loader, false), external: await measure(contents, loader, true) });
}

const scripts = entries.filter((e) => !e.file.endsWith('.css'));
const styles = entries.find((e) => e.file.endsWith('.css'));
for (const entry of scripts) await row(`\`${entry.name}\` (every export)`, js(entry.file));
const main = scripts[0]!;
await row(`\`${main.name}\`: \`useJob\` only`, js(main.file, '{ useJob }'));
if (styles) await row(`\`${styles.name}\``, `@import ${JSON.stringify(styles.file)};`, 'css');
await row('baseline: react-dropzone + SWR polling hook', js(baseline));
await row('baseline: SWR polling hook only', js(baseline, '{ useJobStatus }'));

const find = (name: string) => rows.find((r) => r.name === name)!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const table = [
  '| bundle | swr bundled: min | min+gzip | swr external: min | min+gzip |',
  '|---|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${r.name} | ${kb(r.bundled.min)} | ${kb(r.bundled.gzip)} | ${kb(r.external.min)} | ${kb(r.external.gzip)} |`),
].join('\n');

const base = find('baseline: react-dropzone + SWR polling hook');
const hookOnly = find('baseline: SWR polling hook only');
const ratios: string[] = [];
for (const entry of scripts) {
  const r = find(`\`${entry.name}\` (every export)`);
  ratios.push(`\`${entry.name}\` / the dropzone + SWR baseline, min+gzip: ${ratio(r.bundled.gzip, base.bundled.gzip)} with swr bundled, ${ratio(r.external.gzip, base.external.gzip)} with swr external`);
}
const useJobOnly = find(`\`${main.name}\`: \`useJob\` only`);
ratios.push(`\`useJob\` alone / the SWR polling hook alone, min+gzip: ${ratio(useJobOnly.bundled.gzip, hookOnly.bundled.gzip)} with swr bundled, ${ratio(useJobOnly.external.gzip, hookOnly.external.gzip)} with swr external`);
if (styles) {
  const css = find(`\`${styles.name}\``);
  const whole = find(`\`${main.name}\` (every export)`);
  ratios.push(`\`${main.name}\` + its stylesheet / the (unstyled) baseline, min+gzip: ${ratio(whole.bundled.gzip + css.bundled.gzip, base.bundled.gzip)} with swr bundled, ${ratio(whole.external.gzip + css.external.gzip, base.external.gzip)} with swr external`);
}

emitSection({
  id: '6-client',
  title: 'Client: @kiln/react against react-dropzone + an SWR polling hook',
  setup: [
    `Every entry point in \`packages/react/package.json\` exports, bundled ${fromDist ? 'from the built package (`dist/esm`, what npm users get)' : 'from `src` (no `dist` in this checkout: run `pnpm run build` for the published files)'} and measured as min+gzip (Node's zlib, default level), next to \`bench/client-baseline/dropzone-swr.tsx\`: a react-dropzone area that uploads with \`fetch\` and \`useSWR(statusUrl, fetcher, { refreshInterval: (data) => done ? 0 : 1000 })\`.`,
    `Same esbuild settings on both sides, in this run: \`bundle\`, \`minify\`, \`format: 'esm'\`, \`platform: 'browser'\`, \`target: 'es2022'\`, \`process.env.NODE_ENV = "production"\`, no legal comments; react, react-dom and next external (an app has them already). swr is measured both ways, the same way on both sides, from the same installed copy. Each row is the bundle of \`export * from <entry>\` (or of the named export it says), so tree-shaking keeps what that import pulls in.`,
  ].join('\n\n'),
  table,
  ratios,
  notes: ['The baseline is the floor, not an equal: it has no file checks, progress, direct upload to storage, error states or retries, labels, accessibility text or page refresh, which @kiln/react has. The stylesheet has no counterpart in the (unstyled) baseline.'],
  rerun: 'npm run bench -- --only 6',
});
console.error(`[bench] table 6 took ${((performance.now() - started) / 1000).toFixed(1)} s`);
