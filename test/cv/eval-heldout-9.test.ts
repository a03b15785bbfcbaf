import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 9 (packages/cv/eval/heldout-9/: 68 documents of 16 hand-written people, written blind by a helper
 * engineer who read neither the analyser nor its tests, in 31 template conventions no other set uses — application
 * forms, a seafarer's CV, a US federal résumé, an Indian CV, a 履歴書 in English …). It was measured once, in
 * aggregate, at main 413ca5c (with heldout-4), then opened for diagnosis on 2026-12-02 and is spent: a dev set since,
 * tuned on like heldout-2, -3 and -5 to -8 (heldout-4 is the held-out set). A regression guard at the levels it had
 * after the fixes it was opened for: raise a level when a fix lifts it; never lower one to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 1, email: 1, phone: 1, skillsF1: 0.974, workRecall: 0.977, yearsMaeMax: 0.226 },
  'layout=single': { name: 1, email: 1, phone: 1, skillsF1: 0.982, workRecall: 0.985, yearsMaeMax: 0 },
  'layout=table': { name: 1, email: 1, phone: 1, skillsF1: 0.98, workRecall: 0.933, yearsMaeMax: 0.963 },
  'layout=two-column': { name: 1, email: 1, phone: 1, skillsF1: 0.95, workRecall: 1, yearsMaeMax: 0 },
  'producer=chromium': { name: 1, email: 1, phone: 1, skillsF1: 0.979, workRecall: 0.946, yearsMaeMax: 0.513 },
  'producer=docx': { name: 1, email: 1, phone: 1, skillsF1: 0.971, workRecall: 1, yearsMaeMax: 0 },
  'producer=libreoffice': { name: 1, email: 1, phone: 1, skillsF1: 0.964, workRecall: 1, yearsMaeMax: 0 },
  'producer=txt': { name: 1, email: 1, phone: 1, skillsF1: 0.984, workRecall: 1, yearsMaeMax: 0 },
  'language=en': { name: 1, email: 1, phone: 1, skillsF1: 0.96, workRecall: 1, yearsMaeMax: 0 },
  'language=mixed': { name: 1, email: 1, phone: 1, skillsF1: 0.971, workRecall: 0.897, yearsMaeMax: 1.027 },
  'language=zh': { name: 1, email: 1, phone: 1, skillsF1: 1, workRecall: 1, yearsMaeMax: 0 },
};

describeDevSet('heldout-9', { minDocuments: 68, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
