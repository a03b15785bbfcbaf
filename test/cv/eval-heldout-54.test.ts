import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 54 (packages/cv/eval/heldout-54/: 62 documents of 16 hand-written people, written blind on 2026-12-04
 * by a helper engineer who read neither the analyser nor its tests; 36 single, 13 table and 13 two-column, weighted to names, phones and work
 * histories that are hard to find: names surname first, wrapped, after titles or only in a page header, a Dutch job
 * portal's copy, a Nigerian academic CV, Hong Kong CVs dated after each job, mind maps exported to Markdown, interview
 * scripts …).
 * Measured once at round 22's start (b81ee76, with the scorer of 705a4a2: name 0.661, phone 0.79, work recall 0.795, years MAE 1.45), then opened for diagnosis the same
 * day and spent: a dev set since. A regression guard at the levels it had after the fixes it was opened for. Raise a
 * level when a fix lifts it; never lower one to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 0.984, email: 1, phone: 0.935, skillsF1: 0.96, workRecall: 0.95, yearsMaeMax: 0.592 },
  'layout=single': { name: 0.972, email: 1, phone: 0.944, skillsF1: 0.936, workRecall: 0.92, yearsMaeMax: 0.803 },
  'layout=table': { name: 1, email: 1, phone: 0.846, skillsF1: 0.985, workRecall: 1, yearsMaeMax: 0.6 },
  'layout=two-column': { name: 1, email: 1, phone: 1, skillsF1: 1, workRecall: 0.986, yearsMaeMax: 0 },
  'producer=chromium': { name: 0.967, email: 1, phone: 0.967, skillsF1: 0.97, workRecall: 0.972, yearsMaeMax: 0.16 },
  'producer=docx': { name: 1, email: 1, phone: 0.917, skillsF1: 0.979, workRecall: 1, yearsMaeMax: 0.325 },
  'producer=libreoffice': { name: 1, email: 1, phone: 0.917, skillsF1: 0.979, workRecall: 0.984, yearsMaeMax: 0.325 },
  'producer=txt': { name: 1, email: 1, phone: 0.875, skillsF1: 0.847, workRecall: 0.761, yearsMaeMax: 3.013 },
  'language=en': { name: 1, email: 1, phone: 0.929, skillsF1: 0.965, workRecall: 0.973, yearsMaeMax: 0.279 },
  'language=mixed': { name: 1, email: 1, phone: 0.938, skillsF1: 0.992, workRecall: 0.985, yearsMaeMax: 0 },
  'language=zh': { name: 0.944, email: 1, phone: 0.944, skillsF1: 0.92, workRecall: 0.836, yearsMaeMax: 1.606 },
};

describeDevSet('heldout-54', { minDocuments: 62, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
