import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 16 (packages/cv/eval/heldout-16/: 63 documents of 16 hand-written people, written blind on 2026-12-02
 * by a helper engineer who read neither the analyser nor its tests, weighted to single-column CVs: Irish, Greek,
 * Portuguese, Romanian, Czech, Ukrainian, Levantine, Nepali and Ghanaian CVs, Chinese state-firm, bilingual, medical,
 * teaching, civil-service and trades résumés, plain text). Measured once at 6206f86 (work 0.881, single-column 0.806),
 * then opened for diagnosis the same day and spent: a dev set since. A regression guard at the levels it had after the
 * fixes it was opened for (a prose CV and a registration form whose PDF columns read apart stay below issue 11's
 * targets). Raise a level when a fix lifts it; never lower one to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 1, email: 1, phone: 1, skillsF1: 0.938, workRecall: 0.984, yearsMaeMax: 0.079 },
  'layout=single': { name: 1, email: 1, phone: 1, skillsF1: 0.932, workRecall: 0.968, yearsMaeMax: 0.163 },
  'layout=table': { name: 1, email: 1, phone: 1, skillsF1: 0.936, workRecall: 1, yearsMaeMax: 0.005 },
  'layout=two-column': { name: 1, email: 1, phone: 1, skillsF1: 0.953, workRecall: 1, yearsMaeMax: 0 },
  'producer=chromium': { name: 1, email: 1, phone: 1, skillsF1: 0.948, workRecall: 0.976, yearsMaeMax: 0.12 },
  'producer=docx': { name: 1, email: 1, phone: 1, skillsF1: 0.909, workRecall: 1, yearsMaeMax: 0.011 },
  'producer=libreoffice': { name: 1, email: 1, phone: 1, skillsF1: 0.893, workRecall: 1, yearsMaeMax: 0 },
  'producer=txt': { name: 1, email: 1, phone: 1, skillsF1: 1, workRecall: 1, yearsMaeMax: 0 },
  'language=en': { name: 1, email: 1, phone: 1, skillsF1: 0.896, workRecall: 0.967, yearsMaeMax: 0.169 },
  'language=mixed': { name: 1, email: 1, phone: 1, skillsF1: 1, workRecall: 1, yearsMaeMax: 0 },
  'language=zh': { name: 1, email: 1, phone: 1, skillsF1: 0.949, workRecall: 1, yearsMaeMax: 0.005 },
};

describeDevSet('heldout-16', { minDocuments: 63, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
