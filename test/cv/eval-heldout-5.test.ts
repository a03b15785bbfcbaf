import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 5 (packages/cv/eval/heldout-5/: 58 documents of 14 hand-written people, written blind by a helper
 * engineer who read neither the analyser nor its tests, weighted to single-column CVs, in single, two-column and
 * table layouts, from Chromium, DOCX, LibreOffice and text). It was measured once, in aggregate, at main 411358e, then
 * opened for diagnosis on 2026-12-02 and is spent: a dev set since, tuned on like heldout-2 and heldout-3 (heldout-4
 * is still the held-out set). A regression guard at the levels it had after the fixes it was opened for: raise a
 * level when a fix lifts it; never lower one to make a change pass. (Work recall was lowered once, by the scorer's fix
 * that matches companies in whole words: 'RN' had been credited for 'Parkway Harmony International Clinic'.)
 */
const LEVELS: DevLevels = {
  all: { name: 1, email: 1, phone: 1, skillsF1: 0.996, workRecall: 1, yearsMaeMax: 0.009 },
  'layout=single': { name: 1, email: 1, phone: 1, skillsF1: 0.998, workRecall: 1, yearsMaeMax: 0.02 },
  'layout=table': { name: 1, email: 1, phone: 1, skillsF1: 0.997, workRecall: 1, yearsMaeMax: 0 },
  'layout=two-column': { name: 1, email: 1, phone: 1, skillsF1: 0.993, workRecall: 1, yearsMaeMax: 0 },
  'producer=chromium': { name: 1, email: 1, phone: 1, skillsF1: 0.993, workRecall: 1, yearsMaeMax: 0 },
  'producer=docx': { name: 1, email: 1, phone: 1, skillsF1: 1, workRecall: 1, yearsMaeMax: 0.056 },
  'producer=libreoffice': { name: 1, email: 1, phone: 1, skillsF1: 1, workRecall: 1, yearsMaeMax: 0 },
  'producer=txt': { name: 1, email: 1, phone: 1, skillsF1: 1, workRecall: 1, yearsMaeMax: 0 },
  'language=en': { name: 1, email: 1, phone: 1, skillsF1: 0.995, workRecall: 1, yearsMaeMax: 0 },
  'language=mixed': { name: 1, email: 1, phone: 1, skillsF1: 0.997, workRecall: 1, yearsMaeMax: 0 },
  'language=zh': { name: 1, email: 1, phone: 1, skillsF1: 0.997, workRecall: 1, yearsMaeMax: 0.026 },
};


describeDevSet('heldout-5', { minDocuments: 54, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
