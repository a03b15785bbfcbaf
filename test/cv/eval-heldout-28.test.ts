import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 28 (packages/cv/eval/heldout-28/: 66 documents of 16 hand-written people, written blind on 2026-12-03
 * by a helper engineer who read neither the analyser nor its tests, weighted to two-column (35) and single-column
 * (21) CVs: LaTeX simplehipster, Plasmati and Developer CV styles, MyPerfectResume, LiveCareer, CVMaker, Adobe
 * Express, Standard Resume and Job Bank builders, Word "Swiss design" and "Bold modern", Zoho Writer, ONLYOFFICE and
 * Yozo documents, Hloom's table résumé, 创客贴, 稿定设计, 冷熊简历, 一览英才网, 汇博, 国聘, 高校人才网 and 大街网, a OneNote
 * paste, an RFC-style memo, a Gemini page, 有道云笔记 and 印象笔记 exports). Measured once at 41f9e79 (the round-start
 * analyser's results: work 0.906, names 0.97, skills F1 0.903, two Word files refused as having no text), then opened
 * for diagnosis the same day and spent: a dev set since. A regression guard at the levels it had after the fixes it
 * was opened for. Raise a level when a fix lifts it; never lower one to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 1, email: 1, phone: 1, skillsF1: 0.947, workRecall: 0.967, yearsMaeMax: 0.1 },
  'layout=single': { name: 1, email: 1, phone: 1, skillsF1: 0.953, workRecall: 0.948, yearsMaeMax: 0.314 },
  'layout=table': { name: 1, email: 1, phone: 1, skillsF1: 0.944, workRecall: 0.949, yearsMaeMax: 0 },
  'layout=two-column': { name: 1, email: 1, phone: 1, skillsF1: 0.944, workRecall: 0.984, yearsMaeMax: 0 },
  'producer=chromium': { name: 1, email: 1, phone: 1, skillsF1: 0.933, workRecall: 0.98, yearsMaeMax: 0 },
  'producer=docx': { name: 1, email: 1, phone: 1, skillsF1: 0.96, workRecall: 0.966, yearsMaeMax: 0 },
  'producer=libreoffice': { name: 1, email: 1, phone: 1, skillsF1: 0.951, workRecall: 0.966, yearsMaeMax: 0 },
  'producer=txt': { name: 1, email: 1, phone: 1, skillsF1: 0.958, workRecall: 0.92, yearsMaeMax: 0.943 },
  'language=en': { name: 1, email: 1, phone: 1, skillsF1: 0.953, workRecall: 0.962, yearsMaeMax: 0.236 },
  'language=mixed': { name: 1, email: 1, phone: 1, skillsF1: 0.996, workRecall: 0.932, yearsMaeMax: 0 },
  'language=zh': { name: 1, email: 1, phone: 1, skillsF1: 0.894, workRecall: 1, yearsMaeMax: 0 },
};

describeDevSet('heldout-28', { minDocuments: 66, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
