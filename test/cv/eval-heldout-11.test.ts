import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 11 (packages/cv/eval/heldout-11/: 64 documents of 16 hand-written people, written blind on 2026-12-02
 * by a helper engineer who read neither the analyser nor its tests, weighted to tables and forms: Gulf hospital and
 * airline application forms, a Kenyan public-service form, a German Lebenslauf, 应聘人员登记表, 员工履历表,
 * 教师招聘报名表, and European and Nigerian CVs). Measured once, at 6debf81 and 7cc884d, then opened for diagnosis the
 * same day and spent: a dev set since, tuned on like heldout-2, -3 and -5 to -9. A regression guard at the levels it
 * had after the fixes it was opened for; it is far from issue 11's targets in its Chinese forms (skills, names read
 * from a PDF's label column) and two-column Word CVs. Raise a level when a fix lifts it; never lower one to make a
 * change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 1, email: 1, phone: 1, skillsF1: 0.926, workRecall: 0.979, yearsMaeMax: 0.209 },
  'layout=single': { name: 1, email: 1, phone: 1, skillsF1: 0.949, workRecall: 0.974, yearsMaeMax: 0.35 },
  'layout=table': { name: 1, email: 1, phone: 1, skillsF1: 0.889, workRecall: 0.972, yearsMaeMax: 0.229 },
  'layout=two-column': { name: 1, email: 1, phone: 1, skillsF1: 0.961, workRecall: 1, yearsMaeMax: 0 },
  'producer=chromium': { name: 1, email: 1, phone: 1, skillsF1: 0.92, workRecall: 0.959, yearsMaeMax: 0.264 },
  'producer=docx': { name: 1, email: 1, phone: 1, skillsF1: 0.953, workRecall: 1, yearsMaeMax: 0 },
  'producer=libreoffice': { name: 1, email: 1, phone: 1, skillsF1: 0.881, workRecall: 1, yearsMaeMax: 0 },
  'producer=txt': { name: 1, email: 1, phone: 1, skillsF1: 1, workRecall: 1, yearsMaeMax: 0.94 },
  'language=en': { name: 1, email: 1, phone: 1, skillsF1: 0.938, workRecall: 0.993, yearsMaeMax: 0.142 },
  'language=mixed': { name: 1, email: 1, phone: 1, skillsF1: 0.905, workRecall: 0.95, yearsMaeMax: 0.036 },
  'language=zh': { name: 1, email: 1, phone: 1, skillsF1: 0.915, workRecall: 0.969, yearsMaeMax: 0.415 },
};

describeDevSet('heldout-11', { minDocuments: 64, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
