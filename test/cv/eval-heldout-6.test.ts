import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 6 (packages/cv/eval/heldout-6/: 59 documents of 14 hand-written people, written blind by a helper
 * engineer who read neither the analyser nor its tests, in single, two-column and table layouts, from Chromium,
 * DOCX, LibreOffice and text). It was measured once, in aggregate, at main 76d9cd0, then
 * opened for diagnosis on 2026-12-02 and is spent: a dev set since, tuned on like heldout-2, heldout-3 and heldout-5 (heldout-4
 * is still the held-out set). A regression guard at the levels it had after the fixes it was opened for: raise a
 * level when a fix lifts it; never lower one to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 1, email: 1, phone: 1, skillsF1: 0.981, workRecall: 1, yearsMaeMax: 0 },
  'layout=single': { name: 1, email: 1, phone: 1, skillsF1: 0.994, workRecall: 1, yearsMaeMax: 0 },
  'layout=table': { name: 1, email: 1, phone: 1, skillsF1: 0.984, workRecall: 1, yearsMaeMax: 0 },
  'layout=two-column': { name: 1, email: 1, phone: 1, skillsF1: 0.965, workRecall: 1, yearsMaeMax: 0 },
  'producer=chromium': { name: 1, email: 1, phone: 1, skillsF1: 0.981, workRecall: 1, yearsMaeMax: 0 },
  'producer=docx': { name: 1, email: 1, phone: 1, skillsF1: 0.975, workRecall: 1, yearsMaeMax: 0 },
  'producer=libreoffice': { name: 1, email: 1, phone: 1, skillsF1: 0.99, workRecall: 1, yearsMaeMax: 0 },
  'producer=txt': { name: 1, email: 1, phone: 1, skillsF1: 0.978, workRecall: 1, yearsMaeMax: 0 },
  'language=en': { name: 1, email: 1, phone: 1, skillsF1: 0.984, workRecall: 1, yearsMaeMax: 0 },
  'language=mixed': { name: 1, email: 1, phone: 1, skillsF1: 0.992, workRecall: 1, yearsMaeMax: 0 },
  'language=zh': { name: 1, email: 1, phone: 1, skillsF1: 0.968, workRecall: 1, yearsMaeMax: 0 },
};


describeDevSet('heldout-6', { minDocuments: 54, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
