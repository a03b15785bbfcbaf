import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 73 (packages/cv/eval/heldout-73/: 62 documents of 16 hand-written people, written blind on 2026-12-05
 * by a helper engineer who read neither the analyser nor its tests; 30 single, 28 two-column and 4 table, weighted to work histories laid out in less common ways (promotions under one employer with and without its years, clients listed by number, dates after the duties with notes and towns, titles wrapped over lines, work carried past the sidebar or onto page 2, Chinese and mixed careers).
 * Measured once at round 28's start (2c88956: name 0.968, email 1, phone 1, skills F1 0.937, work recall 0.787, years MAE 0.708), then opened for diagnosis the same day and spent: a dev set since. A
 * regression guard at the levels it had after the fixes it was opened for. Raise a level when a fix lifts it; never lower
 * one to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 0.968, email: 1, phone: 1, skillsF1: 0.937, workRecall: 0.95, yearsMaeMax: 0.258 },
  'layout=single': { name: 0.967, email: 1, phone: 1, skillsF1: 0.919, workRecall: 0.956, yearsMaeMax: 0 },
  'layout=table': { name: 1, email: 1, phone: 1, skillsF1: 0.929, workRecall: 1, yearsMaeMax: 0 },
  'layout=two-column': { name: 0.964, email: 1, phone: 1, skillsF1: 0.959, workRecall: 0.933, yearsMaeMax: 0.571 },
  'producer=chromium': { name: 1, email: 1, phone: 1, skillsF1: 0.95, workRecall: 0.939, yearsMaeMax: 0.113 },
  'producer=docx': { name: 1, email: 1, phone: 1, skillsF1: 0.99, workRecall: 0.973, yearsMaeMax: 0 },
  'producer=libreoffice': { name: 0.929, email: 1, phone: 1, skillsF1: 0.98, workRecall: 0.959, yearsMaeMax: 0.029 },
  'producer=txt': { name: 0.909, email: 1, phone: 1, skillsF1: 0.77, workRecall: 0.931, yearsMaeMax: 1.182 },
  'language=en': { name: 0.964, email: 1, phone: 1, skillsF1: 0.952, workRecall: 0.942, yearsMaeMax: 0.279 },
  'language=mixed': { name: 0.933, email: 1, phone: 1, skillsF1: 0.976, workRecall: 0.915, yearsMaeMax: 0.52 },
  'language=zh': { name: 1, email: 1, phone: 1, skillsF1: 0.88, workRecall: 0.989, yearsMaeMax: 0.021 },
};

describeDevSet('heldout-73', { minDocuments: 62, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
