import { build } from 'esbuild';

/**
 * Bundles `entry` the way Next bundles an edge route: the `edge-light` export condition (then `worker`,
 * `browser`), the browser builds of dependencies (their `browser` field too), and no Node.js built-in
 * module — esbuild fails the build if anything on the path imports one.
 */
export async function bundleForEdge(entry: string, globalName: string): Promise<{ code: string; inputs: string[] }> {
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
  });
  return { code: result.outputFiles[0]!.text, inputs: Object.keys(result.metafile.inputs) };
}
