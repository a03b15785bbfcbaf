import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 61 (packages/cv/eval/heldout-61/: 61 documents of 16 hand-written people, written blind on 2026-12-05
 * by a helper engineer who read neither the analyser nor its tests; 22 single, 18 table and 21 two-column, weighted to contact
 * details in hard places (e-mails wrapped, written out, in headers and footers; national phones among ID numbers; agency
 * forms; names in header bands, family name first, in two scripts).
 * Measured once at round 24's start (62ca01b: name 0.820, email 0.852, phone 0.902, skills F1 0.920, work recall 0.967, years MAE 0.06), then opened for diagnosis the same day and spent: a dev set since. A
 * regression guard at the levels it had after the fixes it was opened for. Raise a level when a fix lifts it; never lower
 * one to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 0.967, email: 0.951, phone: 0.984, skillsF1: 0.92, workRecall: 0.996, yearsMaeMax: 0.062 },
  'layout=single': { name: 0.909, email: 0.955, phone: 0.955, skillsF1: 0.833, workRecall: 1, yearsMaeMax: 0 },
  'layout=table': { name: 1, email: 0.889, phone: 1, skillsF1: 0.954, workRecall: 0.986, yearsMaeMax: 0.211 },
  'layout=two-column': { name: 1, email: 1, phone: 1, skillsF1: 0.997, workRecall: 1, yearsMaeMax: 0 },
  'producer=chromium': { name: 1, email: 1, phone: 1, skillsF1: 0.971, workRecall: 1, yearsMaeMax: 0 },
  'producer=docx': { name: 1, email: 1, phone: 1, skillsF1: 0.992, workRecall: 1, yearsMaeMax: 0 },
  'producer=libreoffice': { name: 1, email: 0.867, phone: 1, skillsF1: 0.974, workRecall: 0.983, yearsMaeMax: 0.253 },
  'producer=txt': { name: 0.857, email: 0.929, phone: 0.929, skillsF1: 0.764, workRecall: 1, yearsMaeMax: 0 },
  'language=en': { name: 0.92, email: 0.96, phone: 1, skillsF1: 0.98, workRecall: 1, yearsMaeMax: 0 },
  'language=mixed': { name: 1, email: 1, phone: 1, skillsF1: 0.905, workRecall: 1, yearsMaeMax: 0 },
  'language=zh': { name: 1, email: 0.9, phone: 0.95, skillsF1: 0.863, workRecall: 0.987, yearsMaeMax: 0.19 },
};

describeDevSet('heldout-61', { minDocuments: 61, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
