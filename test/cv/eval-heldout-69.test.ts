import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 69 (packages/cv/eval/heldout-69/: 63 documents of 16 hand-written people, written blind on 2026-12-05
 * by a helper engineer who read neither the analyser nor its tests; 10 single, 26 table and 27 two-column, weighted to contact and names hard to find in tables and two-column layouts (several numbers printed together, numbers in many countries' shapes, contact in a Word header or a text box, icon-only sidebars, names in form cells, banners and under photo boxes).
 * Measured once at round 27's start (0b64520: name 0.905, email 0.984, phone 0.889, skills F1 0.945, work recall 0.953, years MAE 0.732), then opened for diagnosis the same day and spent: a dev set since. A
 * regression guard at the levels it had after the fixes it was opened for. Raise a level when a fix lifts it; never lower
 * one to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 0.952, email: 0.984, phone: 0.984, skillsF1: 0.969, workRecall: 0.995, yearsMaeMax: 0.138 },
  'layout=single': { name: 1, email: 1, phone: 0.9, skillsF1: 0.992, workRecall: 1, yearsMaeMax: 0 },
  'layout=table': { name: 1, email: 1, phone: 1, skillsF1: 0.93, workRecall: 0.987, yearsMaeMax: 0.265 },
  'layout=two-column': { name: 0.889, email: 0.963, phone: 1, skillsF1: 0.997, workRecall: 1, yearsMaeMax: 0.067 },
  'producer=chromium': { name: 0.893, email: 0.964, phone: 1, skillsF1: 0.945, workRecall: 0.988, yearsMaeMax: 0.311 },
  'producer=docx': { name: 1, email: 1, phone: 1, skillsF1: 1, workRecall: 1, yearsMaeMax: 0 },
  'producer=libreoffice': { name: 1, email: 1, phone: 1, skillsF1: 0.986, workRecall: 1, yearsMaeMax: 0 },
  'producer=txt': { name: 1, email: 1, phone: 0.909, skillsF1: 0.977, workRecall: 1, yearsMaeMax: 0 },
  'language=en': { name: 0.929, email: 1, phone: 0.964, skillsF1: 0.973, workRecall: 0.989, yearsMaeMax: 0.246 },
  'language=mixed': { name: 1, email: 1, phone: 1, skillsF1: 0.979, workRecall: 1, yearsMaeMax: 0 },
  'language=zh': { name: 0.947, email: 0.947, phone: 1, skillsF1: 0.954, workRecall: 1, yearsMaeMax: 0.095 },
};

describeDevSet('heldout-69', { minDocuments: 63, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
