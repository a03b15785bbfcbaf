import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';

const HANDLERS_SRC = path.resolve(import.meta.dirname, '../../../packages/handlers/src');

/**
 * The packages @kiln/handlers imports with `webpackIgnore` / `turbopackIgnore`: Next's bundlers leave
 * those imports to run time, which an edge function does not have. The edge bundle leaves them out the
 * same way, so a path that reaches one fails here as it would on Vercel.
 */
export function lazilyImportedPackages(): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (file.endsWith('.ts')) {
        for (const match of readFileSync(file, 'utf8').matchAll(/import\(\s*\/\* webpackIgnore: true \*\/\s*\/\* turbopackIgnore: true \*\/\s*'([^']+)'\s*\)/g)) found.add(match[1]!);
      }
    }
  };
  walk(HANDLERS_SRC);
  return [...found].sort();
}

/**
 * Bundles `entry` the way Next bundles an edge route: the `edge-light` export condition (then `worker`,
 * `browser`), browser builds of dependencies, and no Node.js built-in module — esbuild fails the build
 * if anything on the path imports one.
 */
export async function bundleForEdge(entry: string, globalName: string): Promise<{ code: string; inputs: string[]; leftToRunTime: string[] }> {
  const lazy = new Set(lazilyImportedPackages());
  const leftToRunTime = new Set<string>();
  const runTimeOnly: Plugin = {
    name: 'run-time-only',
    setup(builder) {
      builder.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'dynamic-import' && lazy.has(args.path)) {
          leftToRunTime.add(args.path);
          return { path: args.path, external: true };
        }
        return undefined;
      });
    },
  };
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    globalName,
    platform: 'browser',
    conditions: ['edge-light', 'worker', 'browser'],
    mainFields: ['browser', 'module', 'main'],
    target: 'es2022',
    metafile: true,
    logLevel: 'silent',
    plugins: [runTimeOnly],
  });
  return { code: result.outputFiles[0]!.text, inputs: Object.keys(result.metafile.inputs), leftToRunTime: [...leftToRunTime].sort() };
}
