import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { belowLevels, devReport, devTruth, evaluateDevLayouts, groupBy, type DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { aggregate } from '../../packages/cv/eval/metrics';

const dir = path.resolve(import.meta.dirname, '../../packages/cv/eval/dev-tables');

/**
 * The levels the analyser reached on the dev-tables set (tuned on: work-history tables of many shapes — column
 * orders, bilingual headers, stacked and split dates, nested and whole-page tables, rowspan, CSS grid — as DOCX,
 * LibreOffice PDF and Chromium PDF). A regression guard: raise a level when a fix lifts it; never lower one to
 * make a change pass (LibreOffice skills F1 went 0.933 → 0.929 when the bullets of a Title cell were first read
 * as highlights: a skill named in one, `用户分层`, is now found as in the person's other documents). Before the round-2 fixes the same set measured work recall 0.78 overall (DOCX 0.778,
 * Chromium 0.417, LibreOffice 0.944; English 0.733, Chinese 0.786, mixed 0.822).
 */
const LEVELS: DevLevels = {
  all: { name: 1, email: 1, phone: 1, skillsF1: 0.934, workRecall: 0.97, yearsMaeMax: 0 },
  'layout=table': { name: 1, email: 1, phone: 1, skillsF1: 0.934, workRecall: 0.97, yearsMaeMax: 0 },
  'producer=chromium-pdf': { name: 1, email: 1, phone: 1, skillsF1: 0.949, workRecall: 0.833, yearsMaeMax: 0 },
  'producer=docx': { name: 1, email: 1, phone: 1, skillsF1: 0.933, workRecall: 1, yearsMaeMax: 0 },
  'producer=libreoffice-pdf': { name: 1, email: 1, phone: 1, skillsF1: 0.929, workRecall: 1, yearsMaeMax: 0 },
  'language=en': { name: 1, email: 1, phone: 1, skillsF1: 1, workRecall: 0.956, yearsMaeMax: 0 },
  'language=mixed': { name: 1, email: 1, phone: 1, skillsF1: 0.959, workRecall: 0.956, yearsMaeMax: 0 },
  'language=zh': { name: 1, email: 1, phone: 1, skillsF1: 0.826, workRecall: 1, yearsMaeMax: 0 },
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
