import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 24 (packages/cv/eval/heldout-24/: 64 documents of 16 hand-written people, written blind on 2026-12-03
 * by a helper engineer who read neither the analyser nor its tests, weighted to tables and forms (46 of 64, 16 of them
 * Word forms with their LibreOffice PDFs): Mauritian and Fijian Public Service Commission forms, a Botswana and a
 * Namibian mining-company application, a US U4 pre-registration questionnaire, a Malta jobseeker registration, an ADB
 * consultant CV, BambooHR and iHR prints, 职业技能等级认定申报表, 金融高管任职资格申请表, 外派劳务人员登记表,
 * 家政服务人员登记表, 国企竞聘报名表, 研究生报名信息表, the PRC visa form V.2013, a joint-venture university's bilingual
 * staff form, 审核员注册申请表; a 百度贴吧 post, a 小红书 post, a reStructuredText CV, 语雀 pages). Measured once at
 * 2a74fee (the round-start analyser's results: work 0.782, names 0.828, phones 0.734, skills F1 0.712), then opened
 * for diagnosis the same day and spent: a dev set since. A regression guard at the levels it had after the fixes
 * it was opened for. Raise a level when a fix lifts it; never lower one to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 0.938, email: 1, phone: 0.984, skillsF1: 0.873, workRecall: 0.948, yearsMaeMax: 0.575 },
  'layout=single': { name: 1, email: 1, phone: 1, skillsF1: 0.833, workRecall: 0.95, yearsMaeMax: 0.92 },
  'layout=table': { name: 0.913, email: 1, phone: 0.978, skillsF1: 0.879, workRecall: 0.945, yearsMaeMax: 0.587 },
  'layout=two-column': { name: 1, email: 1, phone: 1, skillsF1: 0.881, workRecall: 0.967, yearsMaeMax: 0.075 },
  'producer=chromium': { name: 0.964, email: 1, phone: 1, skillsF1: 0.877, workRecall: 0.927, yearsMaeMax: 0.493 },
  'producer=docx': { name: 0.875, email: 1, phone: 1, skillsF1: 0.926, workRecall: 0.984, yearsMaeMax: 0.262 },
  'producer=libreoffice': { name: 0.938, email: 1, phone: 0.938, skillsF1: 0.857, workRecall: 0.952, yearsMaeMax: 0.806 },
  'producer=txt': { name: 1, email: 1, phone: 1, skillsF1: 0.667, workRecall: 0.941, yearsMaeMax: 1.475 },
  'language=en': { name: 0.929, email: 1, phone: 1, skillsF1: 0.926, workRecall: 0.963, yearsMaeMax: 0.664 },
  'language=mixed': { name: 0.938, email: 1, phone: 1, skillsF1: 0.798, workRecall: 0.956, yearsMaeMax: 0.169 },
  'language=zh': { name: 0.95, email: 1, phone: 0.95, skillsF1: 0.843, workRecall: 0.921, yearsMaeMax: 0.775 },
};

describeDevSet('heldout-24', { minDocuments: 64, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
