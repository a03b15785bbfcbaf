import type { DevLevels } from '../../packages/cv/eval/dev-layouts/evaluate';
import { describeDevSet } from '../support/dev-set';

/**
 * Held-out set 37 (packages/cv/eval/heldout-37/: 61 documents of 16 hand-written people, written blind on 2026-12-03
 * by a helper engineer who read neither the analyser nor its tests; 30 two-column and 28 single, 12 Word files with
 * their LibreOffice PDFs, weighted to the ways headers print a name and its contact lines: a banner, beside or under a
 * photo, after a title line, small capitals, split over two lines, post-nominals, pronoun lines, Chinese names with
 * English ones; several numbers, a referee's, a supplier's or a switchboard's beside the person's; Careers Wales, My
 * World of Work, WorkBC, a Swiss CV, foundit, 简历本, 觅知, a DokuWiki page, an outliner's export …). Measured once at
 * round 16's start (665cecc: names 0.754, email 0.967, work 0.837), then opened for diagnosis the same day and spent: a
 * dev set since. A regression guard at the levels it had after the fixes it was opened for. Raise a level when a fix
 * lifts it; never lower one to make a change pass.
 */
const LEVELS: DevLevels = {
  all: { name: 1, email: 1, phone: 1, skillsF1: 0.95, workRecall: 0.992, yearsMaeMax: 0.03 },
  'layout=single': { name: 1, email: 1, phone: 1, skillsF1: 0.941, workRecall: 0.991, yearsMaeMax: 0.021 },
  'layout=table': { name: 1, email: 1, phone: 1, skillsF1: 0.95, workRecall: 1, yearsMaeMax: 0 },
  'layout=two-column': { name: 1, email: 1, phone: 1, skillsF1: 0.958, workRecall: 0.992, yearsMaeMax: 0.04 },
  'producer=chromium': { name: 1, email: 1, phone: 1, skillsF1: 0.954, workRecall: 0.99, yearsMaeMax: 0 },
  'producer=docx': { name: 1, email: 1, phone: 1, skillsF1: 0.943, workRecall: 1, yearsMaeMax: 0.05 },
  'producer=libreoffice': { name: 1, email: 1, phone: 1, skillsF1: 0.942, workRecall: 1, yearsMaeMax: 0.05 },
  'producer=txt': { name: 1, email: 1, phone: 1, skillsF1: 0.957, workRecall: 0.974, yearsMaeMax: 0.06 },
  'language=en': { name: 1, email: 1, phone: 1, skillsF1: 0.891, workRecall: 0.979, yearsMaeMax: 0 },
  'language=mixed': { name: 1, email: 1, phone: 1, skillsF1: 1, workRecall: 1, yearsMaeMax: 0.112 },
  'language=zh': { name: 1, email: 1, phone: 1, skillsF1: 0.986, workRecall: 1, yearsMaeMax: 0 },
};

describeDevSet('heldout-37', { minDocuments: 61, levels: LEVELS, layouts: ['single', 'table', 'two-column'] });
