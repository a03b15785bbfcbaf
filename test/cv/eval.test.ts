import { describe, expect, it } from 'vitest';
import { evaluate } from '../../packages/cv/eval/evaluate';
import { evaluateHandwritten } from '../../packages/cv/eval/handwritten';
import { aggregate, failedThresholds, sameDate, THRESHOLDS } from '../../packages/cv/eval/metrics';

/**
 * The evaluation with the acceptance thresholds: a regression in extraction, structure or skills fails CI.
 * Thresholds apply to the held-out part (never inspected while developing); the tuned and dev parts must
 * stay at least as good as the same thresholds too.
 */
describe('CV evaluation harness', () => {
  it('meets the acceptance thresholds on every part of the fixture set', async () => {
    const scores = await evaluate();
    expect(scores.length).toBeGreaterThanOrEqual(500);
    for (const split of ['held-out', 'dev', 'tuned']) {
      const part = scores.filter((s) => s.split === split);
      const metrics = aggregate(part);
      expect(part.length, split).toBeGreaterThan(100);
      expect(failedThresholds(metrics), `${split}: ${JSON.stringify(metrics)}`).toEqual([]);
      expect(metrics.errors, split).toBe(0);
    }
    expect(THRESHOLDS.skillsF1).toBe(0.9);
  }, 300_000);

  it('keeps the hand-written free-style CVs above the same thresholds', async () => {
    const metrics = aggregate(await evaluateHandwritten());
    expect(metrics.n).toBe(18);
    expect(metrics.errors).toBe(0);
    expect(failedThresholds(metrics), JSON.stringify(metrics)).toEqual([]);
  }, 60_000);
});

describe('the scorer\'s dates', () => {
  it('takes a year read alone for the truth\'s month that stands for it (January for a start, December for an end), and no other month', () => {
    expect([sameDate('2005', '2005-01', 'start'), sameDate('2007', '2007-12', 'end'), sameDate('2019-03', '2019-03', 'start')]).toEqual([true, true, true]);
    // (A month lost is still a miss; so is a year read where the truth has its last month for a start.)
    expect([sameDate('2005', '2005-06', 'start'), sameDate('2007', '2007-01', 'end'), sameDate('2005', '2005-12', 'start'), sameDate(null, '2005-01', 'start')]).toEqual([false, false, false, false]);
  });
});

