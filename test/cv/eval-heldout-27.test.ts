import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 27 (packages/cv/eval/heldout-27/: 61 documents of 16 hand-written people, written blind on 2026-12-03
 * by a helper engineer who read neither the analyser nor its tests, weighted to tables and forms (45 of 61, 16 of them
 * Word forms with their LibreOffice PDFs): Rwandan, Bermudan, Papua New Guinean and Cypriot public-service
 * applications, an Estonian grant-application CV, professional-body membership and licensing forms (aquatic animal
 * health, pharmacists, Hong Kong property management), Chinese association, registry and personnel forms, a Taiwanese
 * research-grant personal-data form (C301), an AHK exam registration, an internal job application, SmartRecruiters,
 * Personio, Bullhorn and regional job-board prints, a box-drawn text form). Measured once at 41f9e79 (the round-start
 * analyser's results: work 0.775, names 0.754, skills F1 0.716, phones 0.934), then opened for diagnosis the same day
 * and spent: a dev set since. A regression guard at the levels it had after the fixes it was opened for. Raise a
 * level when a fix lifts it; never lower one to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 0.934, email: 1, phone: 0.967, skillsF1: 0.808, workRecall: 0.988, yearsMaeMax: 0.003 },
  'layout=single': { name: 1, email: 1, phone: 1, skillsF1: 0.919, workRecall: 0.955, yearsMaeMax: 0.018 },
  'layout=table': { name: 0.911, email: 1, phone: 1, skillsF1: 0.766, workRecall: 1, yearsMaeMax: 0 },
  'layout=two-column': { name: 1, email: 1, phone: 0.6, skillsF1: 0.955, workRecall: 0.95, yearsMaeMax: 0 },
  'producer=chromium': { name: 1, email: 1, phone: 0.913, skillsF1: 0.912, workRecall: 0.967, yearsMaeMax: 0.009 },
  'producer=docx': { name: 0.882, email: 1, phone: 1, skillsF1: 0.747, workRecall: 1, yearsMaeMax: 0 },
  'producer=libreoffice': { name: 0.882, email: 1, phone: 1, skillsF1: 0.714, workRecall: 1, yearsMaeMax: 0 },
  'producer=txt': { name: 1, email: 1, phone: 1, skillsF1: 0.877, workRecall: 1, yearsMaeMax: 0 },
  'language=en': { name: 0.846, email: 1, phone: 0.962, skillsF1: 0.85, workRecall: 0.981, yearsMaeMax: 0.008 },
  'language=mixed': { name: 1, email: 1, phone: 1, skillsF1: 0.744, workRecall: 1, yearsMaeMax: 0 },
  'language=zh': { name: 1, email: 1, phone: 0.95, skillsF1: 0.794, workRecall: 0.988, yearsMaeMax: 0 },
};

describeDevSet('heldout-27', { minDocuments: 61, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
