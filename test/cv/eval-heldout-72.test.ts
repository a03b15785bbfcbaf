import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 72 (packages/cv/eval/heldout-72/: 62 documents of 16 hand-written people, written blind on 2026-12-05
 * by a helper engineer who read neither the analyser nor its tests; 24 two-column, 29 table and 9 single, weighted to names, contact and skills where they are hard to find (forms that ask for a name in each script or in parts, in ten languages' labels; an agency's or a job centre's letterhead and consultant above the candidate; skills grouped, rated or in tables in sidebars).
 * Measured once at round 28's start (2c88956: name 0.823, email 0.919, phone 0.871, skills F1 0.844, work recall 0.969, years MAE 0.497), then opened for diagnosis the same day and spent: a dev set since. A
 * regression guard at the levels it had after the fixes it was opened for. Raise a level when a fix lifts it; never lower
 * one to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 1, email: 1, phone: 0.984, skillsF1: 0.867, workRecall: 1, yearsMaeMax: 0.089 },
  'layout=single': { name: 1, email: 1, phone: 0.889, skillsF1: 0.888, workRecall: 1, yearsMaeMax: 0 },
  'layout=table': { name: 1, email: 1, phone: 1, skillsF1: 0.842, workRecall: 1, yearsMaeMax: 0.19 },
  'layout=two-column': { name: 1, email: 1, phone: 1, skillsF1: 0.89, workRecall: 1, yearsMaeMax: 0 },
  'producer=chromium': { name: 1, email: 1, phone: 1, skillsF1: 0.88, workRecall: 1, yearsMaeMax: 0 },
  'producer=docx': { name: 1, email: 1, phone: 1, skillsF1: 0.883, workRecall: 1, yearsMaeMax: 0 },
  'producer=libreoffice': { name: 1, email: 1, phone: 1, skillsF1: 0.8, workRecall: 1, yearsMaeMax: 0.458 },
  'producer=txt': { name: 1, email: 1, phone: 0.875, skillsF1: 0.89, workRecall: 1, yearsMaeMax: 0 },
  'language=en': { name: 1, email: 1, phone: 1, skillsF1: 0.818, workRecall: 1, yearsMaeMax: 0.196 },
  'language=mixed': { name: 1, email: 1, phone: 0.929, skillsF1: 0.873, workRecall: 1, yearsMaeMax: 0 },
  'language=zh': { name: 1, email: 1, phone: 1, skillsF1: 0.93, workRecall: 1, yearsMaeMax: 0 },
};

describeDevSet('heldout-72', { minDocuments: 62, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
