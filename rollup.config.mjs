// Builds every publishable package: ESM + CJS with preserveModules (one output file per source file,
// so bundlers tree-shake and 'use client' stays on exactly the files that need it) and .d.ts/.d.cts.
// Entries come from each package's `exports` map (source paths); `publishConfig.exports` points at the
// output, and scripts/check-packages.mjs proves the two agree.
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import dts from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';

const PACKAGES = (process.env.KILN_PACKAGES ?? 'packages/handlers,packages/react,packages/cv').split(',');

/** Rollup drops module-level directives; keep 'use client' on the output of the files that had it. */
function preserveUseClient() {
  const clientModules = new Set();
  return {
    name: 'kiln-preserve-use-client',
    transform(code, id) {
      if (/^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*['"]use client['"]/.test(code)) clientModules.add(id);
      return null;
    },
    renderChunk(code, chunk) {
      return chunk.facadeModuleId && clientModules.has(chunk.facadeModuleId) ? { code: `'use client';\n${code}`, map: null } : null;
    },
  };
}

const isExternal = (id) => !id.startsWith('.') && !path.isAbsolute(id) && !id.startsWith('\0');
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

function entriesOf(dir) {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const sources = Object.values(pkg.exports ?? {}).filter((target) => typeof target === 'string' && /^\.\/src\/.*\.tsx?$/.test(target));
  for (const extra of pkg.kiln?.extraEntries ?? []) sources.push(extra);
  return Object.fromEntries(sources.map((source) => [source.replace(/^\.\/src\//, '').replace(/\.tsx?$/, ''), path.join(dir, source)]));
}

/** Exported files that are not code (stylesheets) are published as they are, next to the build. */
function copyAssets(dir) {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const assets = Object.values(pkg.exports ?? {}).filter((target) => typeof target === 'string' && target.startsWith('./src/') && !/\.tsx?$/.test(target));
  return {
    name: 'kiln-copy-assets',
    generateBundle() {
      for (const asset of assets) {
        this.emitFile({ type: 'asset', fileName: asset.replace(/^\.\/src\//, ''), source: readFileSync(path.join(dir, asset)) });
      }
    },
  };
}

function onwarn(warning, warn) {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return; // handled by preserveUseClient
  if (warning.code === 'EMPTY_BUNDLE') return; // the types of a bin entry that exports nothing
  if (warning.code === 'SOURCEMAP_ERROR' && /Can't resolve original location/.test(warning.message)) return; // the same directive warning's location
  if (warning.code === 'UNRESOLVED_IMPORT' && builtins.has(warning.exporter)) return;
  warn(warning);
}

export default PACKAGES.filter((dir) => existsSync(path.join(dir, 'package.json'))).flatMap((dir) => {
  const input = entriesOf(dir);
  const out = (sub) => path.join(dir, 'dist', sub);
  const common = { input, external: isExternal, onwarn };
  return [
    {
      ...common,
      plugins: [preserveUseClient(), esbuild({ target: 'es2022', jsx: 'automatic', tsconfig: 'tsconfig.json' }), copyAssets(dir)],
      output: [
        { dir: out('esm'), format: 'es', preserveModules: true, preserveModulesRoot: path.join(dir, 'src'), entryFileNames: '[name].js', sourcemap: true },
        { dir: out('cjs'), format: 'cjs', preserveModules: true, preserveModulesRoot: path.join(dir, 'src'), entryFileNames: '[name].cjs', exports: 'named', sourcemap: true },
      ],
    },
    {
      ...common,
      plugins: [dts({ tsconfig: 'tsconfig.json' })],
      output: [
        { dir: out('esm'), format: 'es', preserveModules: true, preserveModulesRoot: path.join(dir, 'src'), entryFileNames: '[name].d.ts' },
        { dir: out('cjs'), format: 'es', preserveModules: true, preserveModulesRoot: path.join(dir, 'src'), entryFileNames: '[name].d.cts' },
      ],
    },
  ];
});
