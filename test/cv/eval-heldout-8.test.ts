import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 8 (packages/cv/eval/heldout-8/: 71 documents of 16 hand-written people, written blind by a helper
 * engineer who read neither the analyser nor its tests, weighted to single-column CVs (36) from 15 templates, in
 * single, two-column and table layouts, from Chromium, DOCX, LibreOffice and text). It was measured once, in
 * aggregate, at main c546891 and 9d442dd, then opened for diagnosis on 2026-12-02 and is spent: a dev set since,
 * tuned on like heldout-2, -3, -5, -6 and -7 (heldout-4 and heldout-9 are the held-out sets). A regression guard at
 * the levels it had after the fixes it was opened for: raise a level when a fix lifts it; never lower one to make a
 * change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 1, email: 1, phone: 1, skillsF1: 0.995, workRecall: 1, yearsMaeMax: 0 },
  'layout=single': { name: 1, email: 1, phone: 1, skillsF1: 0.994, workRecall: 1, yearsMaeMax: 0 },
  'layout=table': { name: 1, email: 1, phone: 1, skillsF1: 1, workRecall: 1, yearsMaeMax: 0 },
  'layout=two-column': { name: 1, email: 1, phone: 1, skillsF1: 0.992, workRecall: 1, yearsMaeMax: 0 },
  'producer=chromium': { name: 1, email: 1, phone: 1, skillsF1: 0.996, workRecall: 1, yearsMaeMax: 0 },
  'producer=docx': { name: 1, email: 1, phone: 1, skillsF1: 1, workRecall: 1, yearsMaeMax: 0 },
  'producer=libreoffice': { name: 1, email: 1, phone: 1, skillsF1: 0.986, workRecall: 1, yearsMaeMax: 0 },
  'producer=txt': { name: 1, email: 1, phone: 1, skillsF1: 1, workRecall: 1, yearsMaeMax: 0 },
  'language=en': { name: 1, email: 1, phone: 1, skillsF1: 0.989, workRecall: 1, yearsMaeMax: 0 },
  'language=mixed': { name: 1, email: 1, phone: 1, skillsF1: 1, workRecall: 1, yearsMaeMax: 0 },
  'language=zh': { name: 1, email: 1, phone: 1, skillsF1: 1, workRecall: 1, yearsMaeMax: 0 },
};

describeDevSet('heldout-8', { minDocuments: 71, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
