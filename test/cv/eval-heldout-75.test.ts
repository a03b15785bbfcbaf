import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 75 (packages/cv/eval/heldout-75/: 61 documents of 16 hand-written people, written blind on 2026-12-05
 * by a helper engineer who read neither the analyser nor its tests; 33 single, 14 table and 14 two-column, weighted to contact and skills where single-column CVs make them hard (phones as twelve-plus countries print them, two or three numbers with labels, a number in a page header or footer only, e-mails beside the name, in the footer or split, several addresses; skills in prose, in per-job tool lines, in category lines, with levels and versions)).
 * Measured once at round 29's start (c3087cd: name 0.967, email 1, phone 0.934, skills F1 0.887, work recall 0.982, years MAE 0.113), then opened for diagnosis the same day and spent: a dev set since. A
 * regression guard at the levels it had after the fixes it was opened for. Raise a level when a fix lifts it; never lower
 * one to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 0.967, email: 1, phone: 1, skillsF1: 0.905, workRecall: 0.991, yearsMaeMax: 0 },
  'layout=single': { name: 1, email: 1, phone: 1, skillsF1: 0.955, workRecall: 1, yearsMaeMax: 0 },
  'layout=table': { name: 0.857, email: 1, phone: 1, skillsF1: 0.827, workRecall: 0.96, yearsMaeMax: 0 },
  'layout=two-column': { name: 1, email: 1, phone: 1, skillsF1: 0.861, workRecall: 1, yearsMaeMax: 0 },
  'producer=chromium': { name: 0.92, email: 1, phone: 1, skillsF1: 0.917, workRecall: 1, yearsMaeMax: 0 },
  'producer=docx': { name: 1, email: 1, phone: 1, skillsF1: 0.882, workRecall: 0.98, yearsMaeMax: 0 },
  'producer=libreoffice': { name: 1, email: 1, phone: 1, skillsF1: 0.882, workRecall: 0.98, yearsMaeMax: 0 },
  'producer=txt': { name: 1, email: 1, phone: 1, skillsF1: 0.933, workRecall: 1, yearsMaeMax: 0 },
  'language=en': { name: 1, email: 1, phone: 1, skillsF1: 0.921, workRecall: 1, yearsMaeMax: 0 },
  'language=mixed': { name: 0.867, email: 1, phone: 1, skillsF1: 0.955, workRecall: 1, yearsMaeMax: 0 },
  'language=zh': { name: 1, email: 1, phone: 1, skillsF1: 0.83, workRecall: 0.969, yearsMaeMax: 0 },
};

describeDevSet('heldout-75', { minDocuments: 61, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
