import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 3 (packages/cv/eval/heldout-3/: 65 documents of hand-written people, written blind by a helper
 * engineer who read neither the analyser nor its tests, in single, two-column and table layouts, from Chromium, DOCX,
 * LibreOffice and text). It was measured once as the held-out set, then opened for diagnosis on 2026-12-02 and is
 * spent: a dev set since, tuned on like heldout-2 (heldout-4 is the held-out set now). A regression guard at the
 * levels it had at main 853478e, after the fixes it was opened for (skills F1 raised after the skills convention, round 6): raise a level when a fix lifts it; never lower
 * one to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 1, email: 1, phone: 1, skillsF1: 0.988, workRecall: 1, yearsMaeMax: 0 },
  'layout=single': { name: 1, email: 1, phone: 1, skillsF1: 0.993, workRecall: 1, yearsMaeMax: 0 },
  'layout=table': { name: 1, email: 1, phone: 1, skillsF1: 0.991, workRecall: 1, yearsMaeMax: 0 },
  'layout=two-column': { name: 1, email: 1, phone: 1, skillsF1: 0.98, workRecall: 1, yearsMaeMax: 0 },
  'producer=chromium': { name: 1, email: 1, phone: 1, skillsF1: 0.986, workRecall: 1, yearsMaeMax: 0 },
  'producer=docx': { name: 1, email: 1, phone: 1, skillsF1: 0.993, workRecall: 1, yearsMaeMax: 0 },
  'producer=libreoffice': { name: 1, email: 1, phone: 1, skillsF1: 0.986, workRecall: 1, yearsMaeMax: 0 },
  'producer=txt': { name: 1, email: 1, phone: 1, skillsF1: 0.989, workRecall: 1, yearsMaeMax: 0 },
  'language=en': { name: 1, email: 1, phone: 1, skillsF1: 0.972, workRecall: 1, yearsMaeMax: 0 },
  'language=mixed': { name: 1, email: 1, phone: 1, skillsF1: 1, workRecall: 1, yearsMaeMax: 0 },
  'language=zh': { name: 1, email: 1, phone: 1, skillsF1: 1, workRecall: 1, yearsMaeMax: 0 },
};


describeDevSet('heldout-3', { minDocuments: 60, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
