import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 15 (packages/cv/eval/heldout-15/: 62 documents of 16 hand-written people, written blind on 2026-12-02
 * by a helper engineer who read neither the analyser nor its tests: English CVs laid out with Word tables, as people
 * in the UK, Ireland, North America, Australia, India, the Caribbean, Ghana, Zimbabwe and Uganda make them — invisible
 * grids, Employer | Position | From | To tables, agency candidate profiles, a CV whose every section is one row, merged
 * employer cells, Dates | Employer and role | Duties). Measured once at 6206f86 (work 0.776; 0.712 at round 7's end,
 * 6debf81), then opened for diagnosis the same day and spent: a dev set since, tuned on like heldout-13. A regression
 * guard at the levels it had after the fixes it was opened for. Raise a level when a fix lifts it; never lower one to
 * make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 1, email: 1, phone: 1, skillsF1: 0.974, workRecall: 0.99, yearsMaeMax: 0.295 },
  'layout=single': { name: 1, email: 1, phone: 1, skillsF1: 0.987, workRecall: 0.98, yearsMaeMax: 0.219 },
  'layout=table': { name: 1, email: 1, phone: 1, skillsF1: 0.971, workRecall: 0.992, yearsMaeMax: 0.411 },
  'layout=two-column': { name: 1, email: 1, phone: 1, skillsF1: 0.965, workRecall: 1, yearsMaeMax: 0 },
  'producer=chromium': { name: 1, email: 1, phone: 1, skillsF1: 0.972, workRecall: 0.988, yearsMaeMax: 0.284 },
  'producer=docx': { name: 1, email: 1, phone: 1, skillsF1: 0.975, workRecall: 1, yearsMaeMax: 0.329 },
  'producer=libreoffice': { name: 1, email: 1, phone: 1, skillsF1: 0.975, workRecall: 1, yearsMaeMax: 0.329 },
  'producer=txt': { name: 1, email: 1, phone: 1, skillsF1: 0.976, workRecall: 0.889, yearsMaeMax: 0 },
  'language=en': { name: 1, email: 1, phone: 1, skillsF1: 0.977, workRecall: 0.987, yearsMaeMax: 0.304 },
  'language=mixed': { name: 1, email: 1, phone: 1, skillsF1: 0.965, workRecall: 1, yearsMaeMax: 0.267 },
};

describeDevSet('heldout-15', { minDocuments: 62, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
