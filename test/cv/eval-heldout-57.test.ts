import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 57 (packages/cv/eval/heldout-57/: 61 documents of 16 hand-written people, written blind on 2026-12-04
 * by a helper engineer who read neither the analyser nor its tests; 29 table, 18 single and 14 two-column, weighted to work and years
 * in tables with merged and spanning cells and forms: SF 330, ETA-9089, a German Personalbogen, a union dispatch report, Japanese
 * skill sheets, Korean portal prints, Chinese 经理人 forms, Otter and 讯飞听见 call transcripts, Tabula CSV extracts …).
 * Measured once at round 23's start (780b9f6: name 0.656, email 1, phone 0.820, skills F1 0.661, work recall 0.617, years MAE 4.20), then opened for diagnosis the same day and spent: a dev set since. A
 * regression guard at the levels it had after the fixes it was opened for. Raise a level when a fix lifts it; never lower
 * one to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 0.934, email: 1, phone: 0.951, skillsF1: 0.84, workRecall: 0.855, yearsMaeMax: 1.485 },
  'layout=single': { name: 0.944, email: 1, phone: 0.944, skillsF1: 0.947, workRecall: 0.974, yearsMaeMax: 0 },
  'layout=table': { name: 0.897, email: 1, phone: 0.931, skillsF1: 0.741, workRecall: 0.778, yearsMaeMax: 2.231 },
  'layout=two-column': { name: 1, email: 1, phone: 1, skillsF1: 0.891, workRecall: 0.855, yearsMaeMax: 1.85 },
  'producer=chromium': { name: 1, email: 1, phone: 1, skillsF1: 0.865, workRecall: 0.871, yearsMaeMax: 1.224 },
  'producer=docx': { name: 1, email: 1, phone: 0.917, skillsF1: 0.898, workRecall: 0.918, yearsMaeMax: 1.033 },
  'producer=libreoffice': { name: 1, email: 1, phone: 0.917, skillsF1: 0.767, workRecall: 0.776, yearsMaeMax: 1.108 },
  'producer=txt': { name: 0.667, email: 1, phone: 0.917, skillsF1: 0.792, workRecall: 0.837, yearsMaeMax: 2.858 },
  'language=en': { name: 1, email: 1, phone: 1, skillsF1: 0.851, workRecall: 0.866, yearsMaeMax: 1.054 },
  'language=mixed': { name: 0.813, email: 1, phone: 0.813, skillsF1: 0.787, workRecall: 0.867, yearsMaeMax: 1.9 },
  'language=zh': { name: 0.947, email: 1, phone: 1, skillsF1: 0.865, workRecall: 0.829, yearsMaeMax: 1.726 },
};

describeDevSet('heldout-57', { minDocuments: 61, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
