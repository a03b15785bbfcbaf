import { describe, expect, it } from 'vitest';
import { loadTruths, render, type Producer } from '../../packages/cv/eval/fixtures/generate';
import type { Layout } from '../../packages/cv/eval/fixtures/document-model';
import { analyzeInProcess } from '../../packages/cv/src/index';

const referenceDate = new Date('2025-06-15T00:00:00Z');
const truths = loadTruths().filter((_, i) => i % 4 === 0); // 9 people: en, zh and mixed
const score = async (bytes: Uint8Array) => (await analyzeInProcess(bytes, { referenceDate })).analysis.score.total;

describe('score properties', () => {
  it('the same content in another layout or format scores the same (within 2 points of 100)', async () => {
    const spreads: number[] = [];
    for (const truth of truths) {
      const variants: [Layout, Producer][] = [['single', 'txt'], ['single', 'docx'], ['single', 'pdfkit'], ['sidebar-right', 'pdfkit'], ['sidebar', 'docx'], ['table', 'docx'], ['table', 'txt']];
      const totals = await Promise.all(variants.map(async ([layout, producer]) => score(await render(truth, layout, producer))));
      const spread = Math.max(...totals) - Math.min(...totals);
      spreads.push(spread);
      expect(spread, `${truth.id}: ${totals.join(', ')}`).toBeLessThanOrEqual(2);
    }
    // Most people score exactly the same everywhere.
    expect(spreads.filter((s) => s === 0).length).toBeGreaterThanOrEqual(Math.ceil(truths.length * 0.6));
  }, 60_000);

  it('adding a missing section never lowers the score', async () => {
    const sections = ['summary', 'education', 'skills', 'experience'] as const;
    for (const truth of truths) {
      for (const producer of ['txt', 'docx'] as const) {
        const full = await score(await render(truth, 'single', producer));
        for (const section of sections) {
          const without = await score(await render(truth, 'single', producer, 0, [section]));
          expect(without, `${truth.id} ${producer} without ${section}`).toBeLessThanOrEqual(full);
        }
        const bare = await score(await render(truth, 'single', producer, 0, [...sections]));
        expect(bare).toBeLessThan(full);
      }
    }
  }, 60_000);

  it('explains itself: weights add up to 1 and every component has reasons', async () => {
    const result = await analyzeInProcess(await render(truths[0]!, 'single', 'txt'), { referenceDate });
    const { components, total } = result.analysis.score;
    expect(components.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 6);
    for (const c of components) expect(c.reasons.length).toBeGreaterThan(0);
    expect(total).toBeCloseTo(components.reduce((s, c) => s + c.weight * c.value, 0) * 100, 0);
  });
});
