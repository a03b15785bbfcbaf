import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 18 (packages/cv/eval/heldout-18/: 66 documents of 16 hand-written people, written blind on 2026-12-02
 * by a helper engineer who read neither the analyser nor its tests, weighted to tables and forms (38 of 66): a Canadian trade-equivalency application, a UK pre-employment screening form, an EU external-aid key-expert CV, ERAS and Taleo exports, Workday and SuccessFactors application reviews, a Canadian common CV and academic promotion form, Chinese background-check, lawyer, postdoc and tender forms, a bilingual DS-160 worksheet, a Taiwanese job-bank CV and civil-service 履歷表; single-column and two-column CVs, plain text and Org-mode exports). Measured once at 329fb4d and at 03492c7
 * (work 0.655 (tables 0.513), names 0.803), then opened for diagnosis the same day and spent: a dev set since. A regression guard at the levels
 * it had after the fixes it was opened for (names of people who write both scripts: the Chinese
 * one since round 11, as the truth gives it). Raise a level when a fix lifts it; never
 * lower one to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 0.985, email: 1, phone: 1, skillsF1: 0.892, workRecall: 0.951, yearsMaeMax: 0.697 },
  'layout=single': { name: 0.938, email: 1, phone: 1, skillsF1: 0.9, workRecall: 0.968, yearsMaeMax: 0.35 },
  'layout=table': { name: 1, email: 1, phone: 1, skillsF1: 0.864, workRecall: 0.928, yearsMaeMax: 1.063 },
  'layout=two-column': { name: 1, email: 1, phone: 1, skillsF1: 0.97, workRecall: 1, yearsMaeMax: 0 },
  'producer=chromium': { name: 0.969, email: 1, phone: 1, skillsF1: 0.858, workRecall: 0.945, yearsMaeMax: 0.819 },
  'producer=docx': { name: 1, email: 1, phone: 1, skillsF1: 0.949, workRecall: 0.95, yearsMaeMax: 0.66 },
  'producer=libreoffice': { name: 1, email: 1, phone: 1, skillsF1: 0.921, workRecall: 0.95, yearsMaeMax: 0.66 },
  'producer=txt': { name: 1, email: 1, phone: 1, skillsF1: 0.881, workRecall: 1, yearsMaeMax: 0 },
  'language=en': { name: 1, email: 1, phone: 1, skillsF1: 0.861, workRecall: 0.925, yearsMaeMax: 0.643 },
  'language=mixed': { name: 1, email: 1, phone: 1, skillsF1: 0.959, workRecall: 0.941, yearsMaeMax: 1.165 },
  'language=zh': { name: 0.947, email: 1, phone: 1, skillsF1: 0.881, workRecall: 1, yearsMaeMax: 0.363 },
};

describeDevSet('heldout-18', { minDocuments: 66, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
