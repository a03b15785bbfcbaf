import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 7 (packages/cv/eval/heldout-7/: 59 documents of 14 hand-written people, written blind by a helper
 * engineer who read neither the analyser nor its tests, in single, two-column and table layouts, from Chromium,
 * DOCX, LibreOffice and text). It was measured once, in aggregate, at main 6f57232, then
 * opened for diagnosis on 2026-12-02 and is spent: a dev set since, tuned on like heldout-2, -3, -5 and -6 (heldout-4
 * is still the held-out set). A regression guard at the levels it had after the fixes it was opened for: raise a
 * level when a fix lifts it; never lower one to make a change pass. (Table and Chromium work recall were lowered once,
 * by the scorer's fix that matches companies in whole words: 'Tour' had been credited for 'Lantern Touring Productions'.
 * Skills F1 0.966 -> 0.964 by the review's fix that keeps a 'Languages' row in a skills section: programming languages
 * were lost, and a spoken-languages row is read as the section's again.)
 */
const LEVELS: DevLevels = {
  all: { name: 1, email: 1, phone: 1, skillsF1: 0.976, workRecall: 0.977, yearsMaeMax: 0 },
  'layout=single': { name: 1, email: 1, phone: 1, skillsF1: 0.983, workRecall: 1, yearsMaeMax: 0 },
  'layout=table': { name: 1, email: 1, phone: 1, skillsF1: 0.982, workRecall: 1, yearsMaeMax: 0 },
  'layout=two-column': { name: 1, email: 1, phone: 1, skillsF1: 0.963, workRecall: 0.93, yearsMaeMax: 0 },
  'producer=chromium': { name: 1, email: 1, phone: 1, skillsF1: 0.986, workRecall: 0.947, yearsMaeMax: 0 },
  'producer=docx': { name: 1, email: 1, phone: 1, skillsF1: 0.973, workRecall: 1, yearsMaeMax: 0 },
  'producer=libreoffice': { name: 1, email: 1, phone: 1, skillsF1: 0.956, workRecall: 1, yearsMaeMax: 0 },
  'producer=txt': { name: 1, email: 1, phone: 1, skillsF1: 0.983, workRecall: 1, yearsMaeMax: 0 },
  'language=en': { name: 1, email: 1, phone: 1, skillsF1: 0.971, workRecall: 0.952, yearsMaeMax: 0 },
  'language=mixed': { name: 1, email: 1, phone: 1, skillsF1: 0.982, workRecall: 0.982, yearsMaeMax: 0 },
  'language=zh': { name: 1, email: 1, phone: 1, skillsF1: 0.976, workRecall: 1, yearsMaeMax: 0 },
};


describeDevSet('heldout-7', { minDocuments: 54, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
