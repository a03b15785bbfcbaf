import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 22 (packages/cv/eval/heldout-22/: 65 documents of 16 hand-written people, written blind on 2026-12-03
 * by a helper engineer who read neither the analyser nor its tests, weighted to single-column CVs (48 of 65): LaTeX
 * McDowell, res.cls, Twenty Seconds and friggeri classes, Typst, the JSON Resume "even" theme, JobsDB, Glints, Lever,
 * Yourator, 牛客网, 中华英才网, 最佳东方, 丁香人才, 飞书招聘, military-transition, nursing and lawyer résumés, Ugandan and
 * Zambian CVs, a Hong Kong CV, text pastes from 58同城, 鱼泡网, WeChat and PTT; a Taiwanese 履歷表 with 自傳). Measured
 * once at 5a2c231 (the round-start analyser's results: work 0.921, names 0.692, phones 0.923), then opened for
 * diagnosis the same day and spent: a dev set since. A regression guard at the levels it had after the fixes
 * it was opened for. Raise a level when a fix lifts it; never lower one to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 1, email: 1, phone: 0.985, skillsF1: 0.938, workRecall: 0.988, yearsMaeMax: 0.197 },
  'layout=single': { name: 1, email: 1, phone: 0.979, skillsF1: 0.962, workRecall: 1, yearsMaeMax: 0 },
  'layout=table': { name: 1, email: 1, phone: 1, skillsF1: 0.833, workRecall: 1, yearsMaeMax: 0 },
  'layout=two-column': { name: 1, email: 1, phone: 1, skillsF1: 0.901, workRecall: 0.912, yearsMaeMax: 1.422 },
  'producer=chromium': { name: 1, email: 1, phone: 0.96, skillsF1: 0.962, workRecall: 0.968, yearsMaeMax: 0.512 },
  'producer=docx': { name: 1, email: 1, phone: 1, skillsF1: 0.963, workRecall: 1, yearsMaeMax: 0 },
  'producer=libreoffice': { name: 1, email: 1, phone: 1, skillsF1: 0.892, workRecall: 1, yearsMaeMax: 0 },
  'producer=txt': { name: 1, email: 1, phone: 1, skillsF1: 0.892, workRecall: 1, yearsMaeMax: 0 },
  'language=en': { name: 1, email: 1, phone: 0.966, skillsF1: 0.973, workRecall: 0.982, yearsMaeMax: 0.259 },
  'language=mixed': { name: 1, email: 1, phone: 1, skillsF1: 0.952, workRecall: 0.984, yearsMaeMax: 0.331 },
  'language=zh': { name: 1, email: 1, phone: 1, skillsF1: 0.868, workRecall: 1, yearsMaeMax: 0 },
};

describeDevSet('heldout-22', { minDocuments: 65, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
