/**
 * One evaluator for every hand-written held-out set in the dev sets' shape (truth.json + documents/ + manifest.json):
 * written blind by a helper engineer who read neither the analyser nor its tests, frozen by sha256, never opened.
 * Scored with the dev sets' loop, reported in aggregates only (`heldOutReport`): no per-document result of such a
 * set is ever printed, so that nothing is tuned against it. A set is one `HeldOutSet` constant here (its folder and
 * title); when it is spent (opened for diagnosis) it moves to the dev sets' report and test instead, as heldout-2 and
 * heldout-3 did. (The writer's files in a set's folder — generate.ts, people.ts, NOTES.md — are not used here.)
 *
 *   pnpm --filter @kiln/cv exec tsx eval/held-out-set.ts [heldout-4|heldout-10|heldout-12|heldout-14|heldout-17|heldout-20|heldout-23|heldout-26|heldout-29|heldout-32|heldout-35|heldout-38|heldout-41|heldout-44|heldout-47|heldout-50|heldout-53|heldout-56|heldout-59|heldout-62|heldout-65|heldout-68|heldout-71|heldout-74|heldout-77|heldout-80]     # a held-out set's aggregate report (heldout-4 by default)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluateDevLayouts } from './dev-layouts/evaluate';
import { heldOutReport } from './independent/report';
import type { DocumentScore } from './score-document';
import { HELD_OUT_NAMES, type HeldOutName } from './held-out-names';

/** The folder of eval/ itself, so a set is named by its folder name alone. */
export const EVAL_DIR = path.dirname(fileURLToPath(import.meta.url));

export interface HeldOutSet {
  /** The set's folder (absolute), e.g. `path.join(EVAL_DIR, 'heldout-4')`. */
  dir: string;
  /** The report's first line, given the set's size ("67 committed documents of 20 people"), without the trailing colon. */
  title: (size: string) => string;
}

/** The set's label in the scores and the report: its folder name (`heldout-4`). */
export const heldOutLabel = (set: HeldOutSet): string => path.basename(set.dir);

/** Every document of a held-out set, scored (marked held out). Print them only through `heldOutSetReport`. */
export function evaluateHeldOutSet(set: HeldOutSet): Promise<DocumentScore[]> {
  return evaluateDevLayouts(set.dir, heldOutLabel(set), true);
}

/** A held-out set's aggregate report: counts, never names, of refused documents (the set was never opened). */
export function heldOutSetReport(set: HeldOutSet, scores: DocumentScore[]): string {
  return heldOutReport(scores, { label: heldOutLabel(set), title: set.title });
}

/** Runs a held-out set's entry file as a script: its aggregate report and how long the run took. */
export async function printHeldOutSet(set: HeldOutSet): Promise<void> {
  const started = Date.now();
  const scores = await evaluateHeldOutSet(set);
  console.log(`${heldOutSetReport(set, scores)}\n(${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

const TITLES: Record<HeldOutName, (size: string) => string> = {
  /** The held-out set since heldout-3 was opened on 2026-12-02. */
  'heldout-4': (size) => `Held-out set 4 (eval/heldout-4/: ${size}, written blind on 2026-12-02, hand-written truth, frozen by sha256; never opened, never tuned on)`,
  /** Written blind on 2026-12-02 while heldout-9 was being opened, weighted to tables and forms, in conventions no other set uses. */
  'heldout-10': (size) => `Held-out set 10 (eval/heldout-10/: ${size}, written blind on 2026-12-02, weighted to tables and forms in conventions no other set uses, hand-written truth, frozen by sha256; never opened, never tuned on)`,
  /** Written blind on 2026-12-02 while heldout-11 was being written, weighted to tables and forms (Latin America, South-East Asia, Korea, Taiwan, Macau, Chinese company forms). */
  'heldout-12': (size) => `Held-out set 12 (eval/heldout-12/: ${size}, written blind on 2026-12-02, weighted to tables and forms of Latin America, South-East Asia, Korea, Taiwan, Macau and Chinese companies, hand-written truth, frozen by sha256; never opened, never tuned on)`,
  /** Written blind on 2026-12-02 at the end of round 8, in conventions its writer chose (none of the other sets'), weighted to tables and forms. */
  'heldout-14': (size) => `Held-out set 14 (eval/heldout-14/: ${size}, written blind on 2026-12-02 in conventions no other set uses, weighted to tables and forms, hand-written truth, frozen by sha256; never opened, never tuned on)`,
  /** Written blind on 2026-12-02 at the start of round 9, in conventions its writer chose (none of round 9's other two sets'). */
  'heldout-17': (size) => `Held-out set 17 (eval/heldout-17/: ${size}, written blind on 2026-12-02 in conventions its writer chose, none of round 9's other sets', hand-written truth, frozen by sha256; never opened, never tuned on)`,
  /** Written blind on 2026-12-02 at the start of round 10, in conventions its writer chose, a third each of single, table and two-column. */
  'heldout-20': (size) => `Held-out set 20 (eval/heldout-20/: ${size}, written blind on 2026-12-02 in conventions its writer chose, a third each of single, table and two-column, hand-written truth, frozen by sha256; never opened, never tuned on)`,
  /** Written blind on 2026-12-03 at the start of round 11, in conventions its writer chose, about a third each of single, table and two-column. */
  'heldout-23': (size) => `Held-out set 23 (eval/heldout-23/: ${size}, written blind on 2026-12-03 in conventions its writer chose, about a third each of single, table and two-column, hand-written truth, frozen by sha256; never opened, never tuned on)`,
  /** Written blind on 2026-12-03 at the start of round 12, in conventions its writer chose (none of the earlier sets'), about a third each of single, table and two-column. */
  'heldout-26': (size) => `Held-out set 26 (eval/heldout-26/: ${size}, written blind on 2026-12-03 in conventions its writer chose, none of the earlier sets', about a third each of single, table and two-column, hand-written truth, frozen by sha256; never opened, never tuned on)`,
  /** Written blind on 2026-12-03 at the start of round 13, in conventions its writer chose (none of the earlier sets'), about a third each of single, table and two-column. */
  'heldout-29': (size) => `Held-out set 29 (eval/heldout-29/: ${size}, written blind on 2026-12-03 in conventions its writer chose, none of the earlier sets', about a third each of single, table and two-column, hand-written truth, frozen by sha256; never opened, never tuned on)`,
  'heldout-32': (size) => `Held-out set 32 (eval/heldout-32/: ${size}, written blind on 2026-12-03 in conventions its writer chose, about a third each of single, table and two-column, hand-written truth, frozen by sha256; never opened, never tuned on; its writer shared a few conventions with the opened heldout-30 and -31)`,
  'heldout-35': (size) => `Held-out set 35 (eval/heldout-35/: ${size}, written blind on 2026-12-03 in conventions its writer chose, about a third each of single, table and two-column, hand-written truth, frozen by sha256; never opened, never tuned on; its writer shared several conventions with the opened heldout-33 and -34 (Word Banded, the Eswatini form, Jobvite, Confluence, read.cv, Visme))`,
  'heldout-38': (size) => `Held-out set 38 (eval/heldout-38/: ${size}, written blind on 2026-12-03 in conventions its writer chose, 23 table, 20 two-column and 19 single (15 Word files with their LibreOffice PDFs): St Helena, Cook Islands, Lesotho and Gambia public-service forms, RICS APC, VSO, CIPS, CCF 高级会员, 国际中文教育志愿者, 五四青年奖章, 科技特派员 and 国际组织实习 forms, Google Docs Modern Writer, Trey Hunner LaTeX, Resumonk, Resume.com, Hugo Wowchemy, 个人简历网, 中国国家人才网, 简历本, 齐鲁人才网, 锤子简历, a Google Docs text export and a 幕布 outline; hand-written truth, frozen by sha256; never opened, never tuned on)`,
  /** Written blind on 2026-12-03 at the start of round 17, in conventions its writer chose, about a third each of single, table and two-column. */
  'heldout-41': (size) => `Held-out set 41 (eval/heldout-41/: ${size}, written blind on 2026-12-03 in conventions its writer chose, 21 single, 21 table and 20 two-column (11 Word files with their LibreOffice PDFs, 16 plain-text files): among them a Philippine PDS, an Omani and a Botswanan form, an Engineers Australia CDR, a Chinese auxiliary-police form, Argentine, Austrian and Belgian CVs, a LinkedIn export, a Zhihu article and a LaTeX source; hand-written truth, frozen by sha256; never opened, never tuned on)`,
  'heldout-44': (size) => `Held-out set 44 (eval/heldout-44/: ${size}, written blind on 2026-12-04 in conventions its writer chose, 21 single, 20 table and 20 two-column (13 Word files with their LibreOffice PDFs, 15 plain-text files): among them a US OF-612, forwarded e-mails, a LINE chat, a 录用审批 print, an Excel export and text copied out of a two-column PDF; hand-written truth, frozen by sha256; never opened, never tuned on)`,
  'heldout-47': (size) => `Held-out set 47 (eval/heldout-47/: ${size}, written blind on 2026-12-04 in conventions its writer chose, 22 single, 21 table and 20 two-column (17 Word files with their LibreOffice PDFs, 20 Chromium PDFs, 9 plain-text files): among them Word files with tracked changes, hidden keywords, webmail prints and yacht crew CVs; hand-written truth, frozen by sha256; never opened, never tuned on)`,
  'heldout-50': (size) => `Held-out set 50 (eval/heldout-50/: ${size}, written blind on 2026-12-04 in conventions its writer chose, 22 single, 21 table and 20 two-column (13 Word files with their LibreOffice PDFs, 9 plain-text files): among them a vertical Traditional-Chinese CV with 民國 dates, a video-CV transcript, a git log career, recruiter call notes, an EPFO record and a Malaysian civil-service form; hand-written truth, frozen by sha256; never opened, never tuned on)`,
  'heldout-53': (size) => `Held-out set 53 (eval/heldout-53/: ${size}, written blind on 2026-12-04 in conventions its writer chose, 21 single, 21 table and 20 two-column (Chromium 22, Word 16 with their LibreOffice PDFs, plain text 8; English 28, Chinese 20, mixed 14); hand-written truth, frozen by sha256; never opened, never tuned on)`,
  'heldout-56': (size) => `Held-out set 56 (eval/heldout-56/: ${size}, written blind on 2026-12-04 in conventions its writer chose, 21 single, 21 table and 20 two-column (Chromium 33, Word 12 with their LibreOffice PDFs, 5 plain-text files), English, Chinese and mixed: among them Hijri and Bikram Sambat dates beside Gregorian ones, right-to-left date lines, a CV folded inside an iCalendar event, a PGP-signed text, a Google Forms response, a Macau form; hand-written truth, frozen by sha256; never opened, never tuned on)`,
  /** Written blind on 2026-12-04 at the start of round 23, in conventions its writer chose. */
  'heldout-59': (size) => `Held-out set 59 (eval/heldout-59/: ${size}, written blind on 2026-12-04 in conventions its writer chose, 21 single, 21 table and 20 two-column (Chromium 29, Word 13 with their LibreOffice PDFs, 7 plain-text files), English, Chinese and mixed: among them Hungarian, Iranian, Serbian, Papua New Guinean, Jordanian, Latvian and Georgian CVs, Chinese minority applicants, a git format-patch, a WeChat Moments post and a LinkedIn thread; hand-written truth, frozen by sha256; never opened, never tuned on)`,
  'heldout-62': (size) => `Held-out set 62 (eval/heldout-62/: ${size}, written blind on 2026-12-05 in conventions its writer chose, 21 single, 21 table and 20 two-column (Chromium 28, Word 14 with their LibreOffice PDFs, 6 plain-text files), English, Chinese and mixed: among them a Kazakh CV with a patronymic, a US federal form, a Taiwanese labour-insurance record, a 稿紙 grid page and a Thunderbird mailbox; hand-written truth, frozen by sha256; never opened, never tuned on)`,
  'heldout-65': (size) => `Held-out set 65 (eval/heldout-65/: ${size}, written blind on 2026-12-05 in conventions its writer chose, 20 single, 20 table and 22 two-column (Chromium 13, Word 19 with their LibreOffice PDFs, 11 plain-text files), English, Chinese and mixed: among them a Word CV whose contact is only in a DrawingML text box, one in a vertically merged cell, dates on Word alignment tabs and ROC dates; hand-written truth, frozen by sha256; never opened, never tuned on)`,
  'heldout-68': (size) => `Held-out set 68 (eval/heldout-68/: ${size}, written blind on 2026-12-05 in conventions its writer chose, 21 single, 21 table and 20 two-column (Chromium 28, Word 12 with their LibreOffice PDFs, 10 plain-text files), English, Chinese and mixed: among them absolutely positioned cards and grid areas whose text order differs from the page's, contact only in a Word page header, newspaper columns, a plain-text page with both columns on each line, jobs listed oldest first; hand-written truth, frozen by sha256; never opened, never tuned on)`,
  'heldout-71': (size) => `Held-out set 71 (eval/heldout-71/: ${size}, written blind on 2026-12-05 in conventions its writer chose, 21 single, 21 table and 20 two-column (Chromium 20, Word 16 with their LibreOffice PDFs, 10 plain-text files), English, Chinese and mixed: among them name and contact only in a Word page header, employers in small caps, a sidebar first in the source but painted on the right, job dates as badges pinned to a card's corner, an English and a Chinese copy side by side, a plain-text page with both columns on each line; hand-written truth, frozen by sha256; never opened, never tuned on)`,
  'heldout-74': (size) => `Held-out set 74 (eval/heldout-74/: ${size}, written blind on 2026-12-05 in conventions its writer chose, 21 single, 21 table and 20 two-column (Chromium 29, Word 12 with their LibreOffice PDFs, 9 plain-text files), English, Chinese and mixed: among them Taiwanese Minguo-era dates, day-month-year ranges, a PDF's text copied with its footer and running header inside the job list, contact after the work history in reading order, skills told inside sentences, several other people's and registration numbers; hand-written truth, frozen by sha256; never opened, never tuned on)`,
  'heldout-77': (size) => `Held-out set 77 (eval/heldout-77/: ${size}, written blind on 2026-12-05 in conventions its writer chose, 21 single, 21 table and 20 two-column (Chromium 24, Word 12 with their LibreOffice PDFs, 14 plain-text files), English, Chinese and mixed: among them hard-wrapped text CVs whose date ranges split over two lines, a job carried from one CSS column to the next, contact last in reading order or only in a Word page header or footer, Minguo-era dates in a row-spanned table, an employer named inside a sentence; hand-written truth, frozen by sha256; never opened, never tuned on)`,
  'heldout-80': (size) => `Held-out set 80 (eval/heldout-80/: ${size}, written blind on 2026-12-05 in conventions its writer chose, 21 single, 21 table and 19 two-column (Chromium 24, Word 13 with their LibreOffice PDFs, 11 plain-text files), English, Chinese and mixed: among them year-first and ISO-interval dates, form values with their labels under them, column labels in a table's footer row, a running total-years column, job cards that flow across two columns, tree, INI and AsciiDoc text CVs, a semicolon-separated export from a spreadsheet; hand-written truth, frozen by sha256; never opened, never tuned on)`,
};

/** The sets held out now, in the order they are reported (see held-out-names.ts). */
export const HELD_OUT_SETS: HeldOutSet[] = HELD_OUT_NAMES.map((name) => ({ dir: path.join(EVAL_DIR, name), title: TITLES[name] }));

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  // `tsx eval/held-out-set.ts [set]`: one held-out set's report, heldout-4's by default.
  const name = process.argv[2] ?? 'heldout-4';
  const set = HELD_OUT_SETS.find((s) => heldOutLabel(s) === name);
  if (!set) {
    console.error(`No held-out set ${name}: ${HELD_OUT_SETS.map(heldOutLabel).join(', ')}`);
    process.exit(2);
  }
  await printHeldOutSet(set);
}
