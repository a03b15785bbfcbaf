import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { belowLevels, devReport, devTruth, evaluateDevLayouts, groupBy, type DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { aggregate } from '../../packages/cv/eval/metrics';

/**
 * The two checks every committed CV development set gets (dev-layouts, dev-tables, dev-round3, dev-round4: tuned on by
 * design): its documents still hash to the manifest, and the analyser stays at or above the levels it reached
 * on it, overall and per layout, producer and language. `levels` must name exactly the groups the set has.
 */
export function describeDevSet(set: string, options: { minDocuments: number; levels: DevLevels }): void {
  const dir = path.resolve(import.meta.dirname, '../../packages/cv/eval', set);
  describe(`CV ${set} set (tuned on)`, () => {
    it('reads the committed documents, unchanged', () => {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, string>;
      const truth = devTruth(dir);
      expect(truth.documents.length).toBeGreaterThanOrEqual(options.minDocuments);
      expect(Object.keys(manifest).sort()).toEqual(truth.documents.map((d) => d.file).sort());
      for (const [file, sha] of Object.entries(manifest)) {
        expect(createHash('sha256').update(readFileSync(path.join(dir, 'documents', file))).digest('hex'), file).toBe(sha);
      }
    });

    it('stays at or above the levels reached while tuning, overall and per layout, producer and language', async () => {
      const scores = await evaluateDevLayouts(dir, set);
      console.log(devReport(scores, false, `${set} (tuned on)`));
      expect(scores.filter((s) => s.error).map((s) => `${s.id}: ${s.error}`)).toEqual([]);
      const groups = new Map([['all', scores], ...groupBy(scores, ['layout']), ...groupBy(scores, ['producer']), ...groupBy(scores, ['language'])]);
      expect([...groups.keys()].sort()).toEqual(Object.keys(options.levels).sort());
      expect([...groups].flatMap(([label, s]) => belowLevels(options.levels, label, aggregate(s)))).toEqual([]);
    }, 60_000);
  });
}
