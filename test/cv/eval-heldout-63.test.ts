import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 63 (packages/cv/eval/heldout-63/: 62 documents of 16 hand-written people, written blind on 2026-12-05
 * by a helper engineer who read neither the analyser nor its tests; 36 single, 14 table and 12 two-column, weighted to
 * single-column CVs whose fields are hard to find (names under a photo caption, after "Short CV –", split over lines; the
 * person's number after the referees'; skills in prose; short CVs' numbered positions, trades' work histories, fuzzy dates).
 * Measured once at round 25's start (6556560: name 0.677, email 0.984, phone 0.758, skills F1 0.750, work recall 0.688, years MAE 3.23), then opened for diagnosis the same day and spent: a dev set since. A
 * regression guard at the levels it had after the fixes it was opened for. Raise a level when a fix lifts it; never lower
 * one to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 0.887, email: 0.984, phone: 0.887, skillsF1: 0.8, workRecall: 0.855, yearsMaeMax: 0.832 },
  'layout=single': { name: 0.889, email: 0.972, phone: 0.861, skillsF1: 0.731, workRecall: 0.811, yearsMaeMax: 1.308 },
  'layout=table': { name: 0.929, email: 1, phone: 0.857, skillsF1: 0.961, workRecall: 0.937, yearsMaeMax: 0.314 },
  'layout=two-column': { name: 0.833, email: 1, phone: 1, skillsF1: 0.787, workRecall: 0.894, yearsMaeMax: 0.008 },
  'producer=chromium': { name: 0.731, email: 0.962, phone: 0.885, skillsF1: 0.8, workRecall: 0.845, yearsMaeMax: 0.669 },
  'producer=docx': { name: 1, email: 1, phone: 0.917, skillsF1: 0.819, workRecall: 0.941, yearsMaeMax: 0.083 },
  'producer=libreoffice': { name: 1, email: 1, phone: 0.917, skillsF1: 0.824, workRecall: 0.897, yearsMaeMax: 0.283 },
  'producer=txt': { name: 1, email: 1, phone: 0.833, skillsF1: 0.759, workRecall: 0.75, yearsMaeMax: 2.483 },
  'language=en': { name: 0.893, email: 0.964, phone: 0.893, skillsF1: 0.803, workRecall: 0.839, yearsMaeMax: 1.057 },
  'language=mixed': { name: 0.938, email: 1, phone: 0.938, skillsF1: 0.897, workRecall: 0.94, yearsMaeMax: 0.675 },
  'language=zh': { name: 0.833, email: 1, phone: 0.833, skillsF1: 0.683, workRecall: 0.809, yearsMaeMax: 0.622 },
};

describeDevSet('heldout-63', { minDocuments: 62, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
