import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 48 (packages/cv/eval/heldout-48/: 61 documents of 16 hand-written people, written blind on 2026-12-04
 * by a helper engineer who read neither the analyser nor its tests; 28 table, 20 single and 13 two-column, weighted to
 * work history in tables and forms: period columns first, middle or last, From and To apart, merged employer cells, a
 * table per job, 履历书 event rows, one column a job, Irish, Indian, Philippine, Hong Kong and Korean forms …).
 * Measured once at round 20's start (6ee290e: work recall 0.653, years MAE 3.30), then opened for diagnosis the same
 * day and spent: a dev set since. A regression guard at the levels it had after the fixes it was opened for. Raise a
 * level when a fix lifts it; never lower one to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 0.885, email: 0.967, phone: 0.951, skillsF1: 0.867, workRecall: 0.888, yearsMaeMax: 0.897 },
  'layout=single': { name: 0.7, email: 1, phone: 1, skillsF1: 0.909, workRecall: 0.893, yearsMaeMax: 0.775 },
  'layout=table': { name: 0.964, email: 0.929, phone: 0.929, skillsF1: 0.785, workRecall: 0.843, yearsMaeMax: 1.4 },
  'layout=two-column': { name: 1, email: 1, phone: 0.923, skillsF1: 0.977, workRecall: 0.981, yearsMaeMax: 0 },
  'producer=chromium': { name: 0.857, email: 1, phone: 0.893, skillsF1: 0.882, workRecall: 0.904, yearsMaeMax: 0.689 },
  'producer=docx': { name: 1, email: 1, phone: 1, skillsF1: 0.857, workRecall: 0.889, yearsMaeMax: 1.877 },
  'producer=libreoffice': { name: 1, email: 0.923, phone: 1, skillsF1: 0.81, workRecall: 0.944, yearsMaeMax: 0 },
  'producer=txt': { name: 0.571, email: 0.857, phone: 1, skillsF1: 0.926, workRecall: 0.714, yearsMaeMax: 1.571 },
  'language=en': { name: 0.963, email: 1, phone: 0.926, skillsF1: 0.766, workRecall: 0.87, yearsMaeMax: 1.452 },
  'language=mixed': { name: 0.75, email: 0.875, phone: 0.938, skillsF1: 0.959, workRecall: 0.828, yearsMaeMax: 0.688 },
  'language=zh': { name: 0.889, email: 1, phone: 1, skillsF1: 0.964, workRecall: 0.972, yearsMaeMax: 0.25 },
};

describeDevSet('heldout-48', { minDocuments: 61, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
