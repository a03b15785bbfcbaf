import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 30 (packages/cv/eval/heldout-30/: 65 documents of 16 hand-written people, written blind on 2026-12-03
 * by a helper engineer who read neither the analyser nor its tests, in conventions its writer chose, about a third
 * each of single, table and two-column: a Myanmar CV, an au-pair agency form, a church pastoral-candidate form, an
 * international-school form, MyCareersFuture, Toptal, Bayt, Kalibrr, CTgoodjobs, a ski-resort seasonal application,
 * Word "Polished", "Color block" and "Timeless", Google Docs "Modern Writer", 干部任免审批表, 站长素材 and 熊猫办公
 * templates, 台灣就業通, 建筑英才网, 智通人才网, 大易, cjol, 个人简历网, a Jekyll data file, Dcard, 豆瓣 and V2EX posts).
 * Measured once at round 14's start (530cae4: work 0.884, names 0.938, phones 0.785, skills F1 0.897), then opened
 * for diagnosis the same day and spent: a dev set since. A regression guard at the levels it had after the fixes it
 * was opened for. Raise a level when a fix lifts it; never lower one to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 0.969, email: 0.969, phone: 0.908, skillsF1: 0.903, workRecall: 0.973, yearsMaeMax: 0.285 },
  'layout=single': { name: 0.957, email: 1, phone: 0.913, skillsF1: 0.916, workRecall: 0.926, yearsMaeMax: 0.639 },
  'layout=table': { name: 1, email: 0.905, phone: 0.81, skillsF1: 0.823, workRecall: 1, yearsMaeMax: 0.181 },
  'layout=two-column': { name: 0.952, email: 1, phone: 1, skillsF1: 0.967, workRecall: 1, yearsMaeMax: 0 },
  'producer=chromium': { name: 1, email: 1, phone: 0.929, skillsF1: 0.918, workRecall: 1, yearsMaeMax: 0.136 },
  'producer=docx': { name: 0.933, email: 0.933, phone: 0.867, skillsF1: 0.931, workRecall: 1, yearsMaeMax: 0 },
  'producer=libreoffice': { name: 1, email: 0.933, phone: 0.867, skillsF1: 0.884, workRecall: 1, yearsMaeMax: 0 },
  'producer=txt': { name: 0.857, email: 1, phone: 1, skillsF1: 0.826, workRecall: 0.75, yearsMaeMax: 2.1 },
  'language=en': { name: 0.966, email: 1, phone: 0.862, skillsF1: 0.878, workRecall: 0.95, yearsMaeMax: 0.507 },
  'language=mixed': { name: 0.933, email: 1, phone: 1, skillsF1: 0.948, workRecall: 0.983, yearsMaeMax: 0 },
  'language=zh': { name: 1, email: 0.905, phone: 0.905, skillsF1: 0.91, workRecall: 1, yearsMaeMax: 0.181 },
};

describeDevSet('heldout-30', { minDocuments: 65, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
