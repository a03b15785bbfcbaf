import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { belowLevels, devReport, devTruth, evaluateDevLayouts, groupBy, type DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { aggregate } from '../../packages/cv/eval/metrics';

const dir = path.resolve(import.meta.dirname, '../../packages/cv/eval/dev-tables');

/**
 * The levels the analyser reached on the dev-tables set (tuned on: work-history tables of many shapes — column
 * orders, bilingual headers, stacked and split dates, company over title in one cell, nested and whole-page
 * tables, rowspan, CSS grid — as DOCX, LibreOffice PDF and Chromium PDF). A regression guard: raise a level when
 * a fix lifts it; never lower one to make a change pass. Before the round-2 fixes (main at d9b04dd) the same
 * set measured work recall 0.782 overall (DOCX 0.819, LibreOffice 0.889, Chromium 0.433; English 0.733,
 * Chinese 0.833, mixed 0.783) and years MAE 0.18. Round 3 (a whole title under a company broken by `<br>`, Chromium) lifted work recall 0.96 → 1 (Chromium 0.767 → 1). LibreOffice skills F1 0.933 → 0.93: bullets in a title cell
 * are now read as highlights, and a skill named in one (`用户分层`) is found as in the person's other documents.
 */
const LEVELS: DevLevels = {
  all: { name: 1, email: 1, phone: 1, skillsF1: 0.935, workRecall: 1, yearsMaeMax: 0 },
  'layout=table': { name: 1, email: 1, phone: 1, skillsF1: 0.935, workRecall: 1, yearsMaeMax: 0 },
  'producer=chromium-pdf': { name: 1, email: 1, phone: 1, skillsF1: 0.952, workRecall: 1, yearsMaeMax: 0 },
  'producer=docx': { name: 1, email: 1, phone: 1, skillsF1: 0.933, workRecall: 1, yearsMaeMax: 0 },
  'producer=libreoffice-pdf': { name: 1, email: 1, phone: 1, skillsF1: 0.93, workRecall: 1, yearsMaeMax: 0 },
  'language=en': { name: 1, email: 1, phone: 1, skillsF1: 1, workRecall: 1, yearsMaeMax: 0 },
  'language=mixed': { name: 1, email: 1, phone: 1, skillsF1: 0.957, workRecall: 1, yearsMaeMax: 0 },
  'language=zh': { name: 1, email: 1, phone: 1, skillsF1: 0.828, workRecall: 1, yearsMaeMax: 0 },
};

describe('CV dev-tables set (tuned on)', () => {
  it('reads the committed documents, unchanged', () => {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, string>;
    const truth = devTruth(dir);
    expect(truth.documents.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(manifest).sort()).toEqual(truth.documents.map((d) => d.file).sort());
    for (const [file, sha] of Object.entries(manifest)) {
      expect(createHash('sha256').update(readFileSync(path.join(dir, 'documents', file))).digest('hex'), file).toBe(sha);
    }
  });

  it('stays at or above the levels reached while tuning, overall and per producer and language', async () => {
    const scores = await evaluateDevLayouts(dir, 'dev-tables');
    console.log(devReport(scores, false, 'dev-tables (tuned on)'));
    expect(scores.filter((s) => s.error).map((s) => `${s.id}: ${s.error}`)).toEqual([]);
    const groups = new Map([['all', scores], ...groupBy(scores, ['layout']), ...groupBy(scores, ['producer']), ...groupBy(scores, ['language'])]);
    expect([...groups.keys()].sort()).toEqual(Object.keys(LEVELS).sort());
    expect([...groups].flatMap(([label, s]) => belowLevels(LEVELS, label, aggregate(s)))).toEqual([]);
  }, 60_000);
});
