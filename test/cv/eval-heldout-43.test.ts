import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 43 (packages/cv/eval/heldout-43/: 62 documents of 16 hand-written people, written blind on 2026-12-04
 * by a helper engineer who read neither the analyser nor its tests; 36 two-column, 16 single and 10 table, 11 Word files
 * with their LibreOffice PDFs and 12 text files, weighted to two-column reading order (time-axis strips of 五百丁 and
 * WPS templates, an employer band over its roles, LibreOffice frames as side headings, nested Word cells, pagedown,
 * text copied out of two-column PDFs …). Measured once at round 18's start (da51999: work recall 0.699, two-column
 * 0.549), then opened for diagnosis the same day and spent: a dev set
 * since. A regression guard at the levels it had after the fixes it was opened for (raised at round 19's end). Raise a level when a fix lifts it;
 * never lower one to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 0.968, email: 1, phone: 0.984, skillsF1: 0.948, workRecall: 0.9, yearsMaeMax: 0.442 },
  'layout=single': { name: 0.938, email: 1, phone: 1, skillsF1: 0.98, workRecall: 0.875, yearsMaeMax: 0 },
  'layout=table': { name: 0.9, email: 1, phone: 1, skillsF1: 0.94, workRecall: 1, yearsMaeMax: 0 },
  'layout=two-column': { name: 1, email: 1, phone: 0.972, skillsF1: 0.936, workRecall: 0.883, yearsMaeMax: 0.761 },
  'producer=chromium': { name: 0.929, email: 1, phone: 0.964, skillsF1: 0.981, workRecall: 0.906, yearsMaeMax: 0 },
  'producer=docx': { name: 1, email: 1, phone: 1, skillsF1: 0.961, workRecall: 1, yearsMaeMax: 0 },
  'producer=libreoffice': { name: 1, email: 1, phone: 1, skillsF1: 0.961, workRecall: 0.878, yearsMaeMax: 0 },
  'producer=txt': { name: 1, email: 1, phone: 1, skillsF1: 0.843, workRecall: 0.815, yearsMaeMax: 2.283 },
  'language=en': { name: 1, email: 1, phone: 0.962, skillsF1: 0.956, workRecall: 0.943, yearsMaeMax: 0.55 },
  'language=mixed': { name: 0.875, email: 1, phone: 1, skillsF1: 0.945, workRecall: 0.806, yearsMaeMax: 0.663 },
  'language=zh': { name: 1, email: 1, phone: 1, skillsF1: 0.941, workRecall: 0.917, yearsMaeMax: 0.125 },
};

describeDevSet('heldout-43', { minDocuments: 62, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
