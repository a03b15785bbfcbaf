import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 33 (packages/cv/eval/heldout-33/: 64 documents of 16 hand-written people, written blind on 2026-12-03
 * by a helper engineer who read neither the analyser nor its tests, weighted to tables and forms (44, 16 Word forms
 * with their LibreOffice PDFs): Isle of Man, Sierra Leone and Vanuatu government forms, a NATO civilian application,
 * CILT, CFA and JCPA experience records, an AIIB-style personal history form, a bank application, the SSSC register,
 * Avature and HRIS exports, 调解员/仲裁员/劳模/致富带头人/村两委/外聘教师/营养师/留学创业/首席代表 forms, a read.cv page, a
 * Visme sidebar, Apple Notes text). Measured once at round 15's start (7e8d86a: work 0.824, tables 0.769, names 0.906,
 * phones 0.938, skills F1 0.813), then opened for diagnosis the same day and spent: a dev set since. A regression guard at
 * the levels it had after the fixes it was opened for. Raise a level when a fix lifts it; never lower one to make a
 * change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 1, email: 0.969, phone: 1, skillsF1: 0.917, workRecall: 0.992, yearsMaeMax: 0 },
  'layout=single': { name: 1, email: 1, phone: 1, skillsF1: 0.988, workRecall: 1, yearsMaeMax: 0 },
  'layout=table': { name: 1, email: 0.955, phone: 1, skillsF1: 0.9, workRecall: 0.988, yearsMaeMax: 0 },
  'layout=two-column': { name: 1, email: 1, phone: 1, skillsF1: 0.894, workRecall: 1, yearsMaeMax: 0 },
  'producer=chromium': { name: 1, email: 1, phone: 1, skillsF1: 0.942, workRecall: 1, yearsMaeMax: 0 },
  'producer=docx': { name: 1, email: 0.938, phone: 1, skillsF1: 0.885, workRecall: 1, yearsMaeMax: 0 },
  'producer=libreoffice': { name: 1, email: 0.938, phone: 1, skillsF1: 0.889, workRecall: 0.967, yearsMaeMax: 0 },
  'producer=txt': { name: 1, email: 1, phone: 1, skillsF1: 0.98, workRecall: 1, yearsMaeMax: 0 },
  'language=en': { name: 1, email: 1, phone: 1, skillsF1: 0.912, workRecall: 0.991, yearsMaeMax: 0 },
  'language=mixed': { name: 1, email: 1, phone: 1, skillsF1: 0.905, workRecall: 0.984, yearsMaeMax: 0 },
  'language=zh': { name: 1, email: 0.9, phone: 1, skillsF1: 0.933, workRecall: 1, yearsMaeMax: 0 },
};

describeDevSet('heldout-33', { minDocuments: 64, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
