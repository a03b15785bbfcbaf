import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { belowLevels, devReport, devTruth, evaluateDevLayouts, groupBy, type DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { aggregate } from '../../packages/cv/eval/metrics';

const dir = path.resolve(import.meta.dirname, '../../packages/cv/eval/dev-layouts');

/**
 * The levels the analyser reached on the dev-layouts set (tuned on: LibreOffice-exported DOCX sidebars and
 * tables, tab stops, Chromium-printed Chinese and mixed HTML tables). A regression guard: a change that loses
 * any of them fails here. Raise a level when a fix lifts it; never lower one to make a change pass. Before the
 * issue 11 fixes the same set measured name 0.907, email 0.837, skills F1 0.887, work recall 0.915, years MAE
 * 0.44 overall (LibreOffice PDFs: email 0.611, work recall 0.84).
 */
const LEVELS: DevLevels = {
  all: { name: 1, email: 1, phone: 1, skillsF1: 0.937, workRecall: 1, yearsMaeMax: 0 },
  'layout=single': { name: 1, email: 1, phone: 1, skillsF1: 0.947, workRecall: 1, yearsMaeMax: 0 },
  'layout=table': { name: 1, email: 1, phone: 1, skillsF1: 0.941, workRecall: 1, yearsMaeMax: 0 },
  'layout=two-column': { name: 1, email: 1, phone: 1, skillsF1: 0.929, workRecall: 1, yearsMaeMax: 0 },
  'producer=chromium-pdf': { name: 1, email: 1, phone: 1, skillsF1: 0.917, workRecall: 1, yearsMaeMax: 0 },
  'producer=docx': { name: 1, email: 1, phone: 1, skillsF1: 0.94, workRecall: 1, yearsMaeMax: 0 },
  'producer=libreoffice-pdf': { name: 1, email: 1, phone: 1, skillsF1: 0.94, workRecall: 1, yearsMaeMax: 0 },
  'language=en': { name: 1, email: 1, phone: 1, skillsF1: 0.949, workRecall: 1, yearsMaeMax: 0 },
  'language=mixed': { name: 1, email: 1, phone: 1, skillsF1: 0.966, workRecall: 1, yearsMaeMax: 0 },
  'language=zh': { name: 1, email: 1, phone: 1, skillsF1: 0.889, workRecall: 1, yearsMaeMax: 0 },
};

describe('CV dev-layouts set (tuned on)', () => {
  it('reads the committed documents, unchanged', () => {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Record<string, string>;
    const truth = devTruth();
    expect(truth.documents.length).toBeGreaterThanOrEqual(24);
    expect(Object.keys(manifest).sort()).toEqual(truth.documents.map((d) => d.file).sort());
    for (const [file, sha] of Object.entries(manifest)) {
      expect(createHash('sha256').update(readFileSync(path.join(dir, 'documents', file))).digest('hex'), file).toBe(sha);
    }
  });

  it('stays at or above the levels reached while tuning, overall and per layout, producer and language', async () => {
    const scores = await evaluateDevLayouts();
    console.log(devReport(scores));
    expect(scores.filter((s) => s.error).map((s) => `${s.id}: ${s.error}`)).toEqual([]);
    const groups = new Map([['all', scores], ...groupBy(scores, ['layout']), ...groupBy(scores, ['producer']), ...groupBy(scores, ['language'])]);
    expect([...groups.keys()].sort()).toEqual(Object.keys(LEVELS).sort());
    expect([...groups].flatMap(([label, s]) => belowLevels(LEVELS, label, aggregate(s)))).toEqual([]);
  }, 60_000);
});
