import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 60 (packages/cv/eval/heldout-60/: 61 documents of 16 hand-written people, written blind on 2026-12-05
 * by a helper engineer who read neither the analyser nor its tests; 15 single, 31 table and 15 two-column, weighted to work
 * history and years in grids (HR and ATS exports, spreadsheets, form builders' repeated blocks, cells carrying more than
 * one thing, a PER-2 bid form, a dairy farmer's seasons, an employment record book).
 * Measured once at round 24's start (62ca01b: name 0.820, email 0.951, phone 0.836, skills F1 0.653, work recall 0.690, years MAE 3.59), then opened for diagnosis the same day and spent: a dev set since. A
 * regression guard at the levels it had after the fixes it was opened for. Raise a level when a fix lifts it; never lower
 * one to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 0.82, email: 0.951, phone: 0.934, skillsF1: 0.908, workRecall: 0.829, yearsMaeMax: 2.438 },
  'layout=single': { name: 0.933, email: 0.933, phone: 0.933, skillsF1: 0.955, workRecall: 0.933, yearsMaeMax: 1.087 },
  'layout=table': { name: 0.742, email: 0.935, phone: 0.968, skillsF1: 0.9, workRecall: 0.779, yearsMaeMax: 3.523 },
  'layout=two-column': { name: 0.867, email: 1, phone: 0.867, skillsF1: 0.873, workRecall: 0.833, yearsMaeMax: 1.547 },
  'producer=chromium': { name: 0.848, email: 0.909, phone: 0.879, skillsF1: 0.873, workRecall: 0.852, yearsMaeMax: 2.006 },
  'producer=docx': { name: 0.917, email: 1, phone: 1, skillsF1: 0.99, workRecall: 0.952, yearsMaeMax: 0.942 },
  'producer=libreoffice': { name: 0.917, email: 1, phone: 1, skillsF1: 0.985, workRecall: 0.921, yearsMaeMax: 0.942 },
  'producer=txt': { name: 0, email: 1, phone: 1, skillsF1: 0.654, workRecall: 0, yearsMaeMax: 14.975 },
  'language=en': { name: 0.778, email: 0.963, phone: 0.926, skillsF1: 0.895, workRecall: 0.829, yearsMaeMax: 2.837 },
  'language=mixed': { name: 0.75, email: 0.938, phone: 0.938, skillsF1: 0.896, workRecall: 0.825, yearsMaeMax: 2.394 },
  'language=zh': { name: 0.944, email: 0.944, phone: 0.944, skillsF1: 0.938, workRecall: 0.833, yearsMaeMax: 1.878 },
};

describeDevSet('heldout-60', { minDocuments: 61, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
