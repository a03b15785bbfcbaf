import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { belowLevels, devReport, devTruth, evaluateDevLayouts, groupBy, type DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { aggregate } from '../../packages/cv/eval/metrics';
import { changedSetDocuments } from '../../packages/cv/eval/score-document';

/**
 * The two checks every committed CV development set gets (dev-layouts, dev-tables, dev-round3, dev-round4: tuned on by
 * design; heldout-2, -3, -5, -6: spent held-out sets): its documents still hash to the manifest, nothing else is in
 * documents/ (and, for a set that names them, every layout is there), and the analyser stays at or above the levels it reached
 * on it, overall and per layout, producer and language. `levels` must name exactly the groups the set has.
 */
export function describeDevSet(set: string, options: { minDocuments: number; levels: DevLevels; layouts?: string[] }): void {
  const dir = path.resolve(import.meta.dirname, '../../packages/cv/eval', set);
  describe(`CV ${set} set (tuned on)`, () => {
    it(`reads the committed documents, unchanged, with nothing in documents/ but what manifest.json lists${options.layouts ? ', over its layouts' : ''}`, () => {
      const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, string>;
      const truth = devTruth(dir);
      expect(truth.documents.length).toBeGreaterThanOrEqual(options.minDocuments);
      expect(Object.keys(manifest).sort()).toEqual(truth.documents.map((d) => d.file).sort());
      expect(changedSetDocuments(dir)).toEqual([]);
      if (options.layouts) expect([...new Set(truth.documents.map((d) => d.layout))].sort()).toEqual([...options.layouts].sort());
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
