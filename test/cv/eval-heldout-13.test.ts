import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 13 (packages/cv/eval/heldout-13/: 60 documents of 16 hand-written people, written blind on 2026-12-02
 * by a helper engineer who read neither the analyser nor its tests, weighted to two-column and form CVs: Chinese
 * résumé builders' sidebars and right-hand columns, Hong Kong and Macau bilingual forms, Pakistani and Sri Lankan
 * bio-data and application forms, a bdjobs-style export, Turkish and Egyptian CVs, Word text boxes and two-cell
 * layouts). Measured once, at 6debf81 and 8975b30, then opened for diagnosis the same day and spent: a dev set since,
 * tuned on like heldout-11. A regression guard at the levels it had after the fixes it was opened for (names in Sri
 * Lankan forms and table skills stay below issue 11's targets). Raise a level when a fix lifts it; never lower one
 * to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 0.933, email: 1, phone: 1, skillsF1: 0.949, workRecall: 0.974, yearsMaeMax: 0.187 },
  'layout=single': { name: 1, email: 1, phone: 1, skillsF1: 0.961, workRecall: 0.957, yearsMaeMax: 0.867 },
  'layout=table': { name: 0.818, email: 1, phone: 1, skillsF1: 0.968, workRecall: 0.988, yearsMaeMax: 0 },
  'layout=two-column': { name: 1, email: 1, phone: 1, skillsF1: 0.928, workRecall: 0.971, yearsMaeMax: 0.031 },
  'producer=chromium': { name: 1, email: 1, phone: 1, skillsF1: 0.929, workRecall: 0.956, yearsMaeMax: 0.297 },
  'producer=docx': { name: 0.846, email: 1, phone: 1, skillsF1: 0.965, workRecall: 1, yearsMaeMax: 0.069 },
  'producer=libreoffice': { name: 0.846, email: 1, phone: 1, skillsF1: 0.971, workRecall: 0.98, yearsMaeMax: 0.069 },
  'producer=txt': { name: 1, email: 1, phone: 1, skillsF1: 0.968, workRecall: 1, yearsMaeMax: 0.16 },
  'language=en': { name: 0.862, email: 1, phone: 1, skillsF1: 0.942, workRecall: 0.973, yearsMaeMax: 0.328 },
  'language=mixed': { name: 1, email: 1, phone: 1, skillsF1: 0.977, workRecall: 0.962, yearsMaeMax: 0 },
  'language=zh': { name: 1, email: 1, phone: 1, skillsF1: 0.941, workRecall: 0.985, yearsMaeMax: 0.1 },
};

describeDevSet('heldout-13', { minDocuments: 60, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
