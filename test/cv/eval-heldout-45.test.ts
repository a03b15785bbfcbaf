import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 45 (packages/cv/eval/heldout-45/: 62 documents of 16 hand-written people, written blind on 2026-12-04
 * by a helper engineer who read neither the analyser nor its tests; 30 single, 16 table and 16 two-column, weighted to
 * the person's name and own mobile as real CVs print them (an agency's letterhead, a cover sheet, a name block with its
 * Chinese twin, surname first in capitals, a letter-spaced form cell, a JSON Resume, web-form mails, office, home and
 * fax numbers beside the mobile …). Measured once at round 19's start (4e12ed3: name 0.661, phone 0.694), then opened
 * for diagnosis the same day and spent: a dev set since. A regression guard at the levels it had after the fixes it
 * was opened for. Raise a level when a fix lifts it; never lower one to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 0.839, email: 1, phone: 0.871, skillsF1: 0.933, workRecall: 0.958, yearsMaeMax: 0.5 },
  'layout=single': { name: 0.833, email: 1, phone: 0.867, skillsF1: 0.963, workRecall: 0.924, yearsMaeMax: 0.797 },
  'layout=table': { name: 0.938, email: 1, phone: 0.938, skillsF1: 0.871, workRecall: 0.984, yearsMaeMax: 0.4 },
  'layout=two-column': { name: 0.75, email: 1, phone: 0.813, skillsF1: 0.933, workRecall: 1, yearsMaeMax: 0.044 },
  'producer=chromium': { name: 0.929, email: 1, phone: 0.893, skillsF1: 0.928, workRecall: 0.922, yearsMaeMax: 1.057 },
  'producer=docx': { name: 0.75, email: 1, phone: 0.833, skillsF1: 0.943, workRecall: 0.961, yearsMaeMax: 0.058 },
  'producer=libreoffice': { name: 0.75, email: 1, phone: 0.833, skillsF1: 0.892, workRecall: 1, yearsMaeMax: 0.058 },
  'producer=txt': { name: 0.8, email: 1, phone: 0.9, skillsF1: 0.98, workRecall: 1, yearsMaeMax: 0 },
  'language=en': { name: 0.643, email: 1, phone: 0.893, skillsF1: 0.901, workRecall: 0.933, yearsMaeMax: 0.825 },
  'language=mixed': { name: 1, email: 1, phone: 0.875, skillsF1: 0.932, workRecall: 0.953, yearsMaeMax: 0.494 },
  'language=zh': { name: 1, email: 1, phone: 0.833, skillsF1: 0.985, workRecall: 1, yearsMaeMax: 0 },
};

describeDevSet('heldout-45', { minDocuments: 62, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
