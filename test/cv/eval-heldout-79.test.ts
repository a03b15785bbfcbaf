import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 79 (packages/cv/eval/heldout-79/: 61 documents of 16 hand-written people, written blind on 2026-12-05
 * by a helper engineer who read neither the analyser nor its tests; 20 single, 12 table and 29 two-column, weighted to two-column CVs of many kinds (grid, flex, floats, Word section columns, text boxes, two-cell tables) and single-column contact (phones as ten-plus countries print them, numbers only in a page header or footer)).
 * Measured once at round 30's start (2642484: name 1, email 1, phone 0.852, skills F1 0.920, work recall 0.859, years MAE 0.995), then opened for diagnosis the same day and spent: a dev set since. A
 * regression guard at the levels it had after the fixes it was opened for. Raise a level when a fix lifts it; never lower
 * one to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 1, email: 1, phone: 0.967, skillsF1: 0.953, workRecall: 0.958, yearsMaeMax: 0.09 },
  'layout=single': { name: 1, email: 1, phone: 1, skillsF1: 0.969, workRecall: 0.984, yearsMaeMax: 0.275 },
  'layout=table': { name: 1, email: 1, phone: 0.833, skillsF1: 0.97, workRecall: 0.972, yearsMaeMax: 0 },
  'layout=two-column': { name: 1, email: 1, phone: 1, skillsF1: 0.936, workRecall: 0.934, yearsMaeMax: 0 },
  'producer=chromium': { name: 1, email: 1, phone: 1, skillsF1: 0.954, workRecall: 0.882, yearsMaeMax: 0.25 },
  'producer=docx': { name: 1, email: 1, phone: 0.929, skillsF1: 0.974, workRecall: 1, yearsMaeMax: 0 },
  'producer=libreoffice': { name: 1, email: 1, phone: 0.929, skillsF1: 0.939, workRecall: 1, yearsMaeMax: 0 },
  'producer=txt': { name: 1, email: 1, phone: 1, skillsF1: 0.942, workRecall: 1, yearsMaeMax: 0 },
  'language=en': { name: 1, email: 1, phone: 1, skillsF1: 0.969, workRecall: 0.965, yearsMaeMax: 0.204 },
  'language=mixed': { name: 1, email: 1, phone: 0.867, skillsF1: 0.956, workRecall: 1, yearsMaeMax: 0 },
  'language=zh': { name: 1, email: 1, phone: 1, skillsF1: 0.924, workRecall: 0.912, yearsMaeMax: 0 },
};

describeDevSet('heldout-79', { minDocuments: 61, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
