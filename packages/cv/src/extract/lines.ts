/** Positioned text runs (PDF text items) and the lines they make: the pieces layout, columns and tables share. */

/** A run of text with its box, in PDF user space (y grows upwards). */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size (height of the run). */
  size: number;
  /** The PDF font the run is set in (pdfjs's name for it): a bold title and the plain employer under it differ. */
  font?: string;
  /** Characters set one a line, top to bottom, joined into one run (`joinVerticalStacks`); `y` is the first one's. */
  vertical?: boolean;
}

/** Runs on one baseline, in the order they were found. */
export interface Line {
  y: number;
  runs: TextRun[];
  /** The table row a line was set in again when its row was top-aligned (pdf-tables.ts): lines of two such rows are never one row. */
  row?: number;
}

export const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Joins two pieces of one text: with no space between two Chinese characters, else with one. */
export const glueText = (a: string, b: string): string => a + (CJK.test(a.slice(-1)) && CJK.test(b.charAt(0)) ? '' : ' ') + b;

const SPACED_LETTERS = /^\S(?: \S){2,}$/u;
const SPACED_HAN = /^[\u3400-\u9fff](?: +[\u3400-\u9fff])+$/u;

/**
 * Undoes letter-spacing. pdfjs puts a space into a run wherever the gap between two glyphs is wide, so a heading
 * set with CSS `letter-spacing` comes out as "W O R K" and a spaced Chinese name as "张 三". A run made only of
 * single characters between single spaces (three or more; two or more Chinese characters) is one word.
 * @example collapseLetterSpacing('E X P E R I E N C E') // 'EXPERIENCE'
 */
export function collapseLetterSpacing(text: string): string {
  const trimmed = text.trim();
  return SPACED_LETTERS.test(trimmed) || SPACED_HAN.test(trimmed) ? trimmed.replace(/ +/g, '') : text;
}

/**
 * Math.min/max over a mapped array, in a loop: `Math.min(...values)` passes every value as an argument, and a
 * page of a few hundred thousand runs (cheap to write in a PDF) overflows the stack.
 */
export function most<T>(items: readonly T[], value: (item: T) => number): number {
  let result = -Infinity;
  for (const item of items) result = Math.max(result, value(item));
  return result;
}
export function least<T>(items: readonly T[], value: (item: T) => number): number {
  let result = Infinity;
  for (const item of items) result = Math.min(result, value(item));
  return result;
}

const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}$/i;
/** An address up to its domain, its end still to come ("kane@cobblestonepay"). */
const EMAIL_SO_FAR = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)*$/;
/** A local part cut after a hyphen, dot or underscore ("odile.marchetti-"). */
const LOCAL_CUT = /^[\w.+]*[\w+][-._]$/;
/**
 * The start of a local part cut mid-word, over the rest of the address ("anselm.castellano-consu" over
 * "lting@harbourlight-advisory.co.uk"): lower-case pieces (letters among them, not a phone number) joined by dots,
 * hyphens or underscores, as no label ("E-mail") and no host ("www.example.com", "janedoe.design") is written.
 */
const LOCAL_SO_FAR = /^(?!www\.)(?=[^a-z]*[a-z]{2})[a-z\d+]+(?:[._-][a-z\d+]+)+$/;
const notHost = (head: string) => !/\.(?:com|net|org|edu|gov|info|io|co|uk|cn|de|fr|nl|au|ca|me|dev|design|app|tech|ai|xyz|site|online|store|blog|page|studio|art|pro|biz|eu|us|ch|at|se|no|dk|fi|pl|es|it|pt|ie|nz|sg|hk|jp|kr|in)$/.test(head);
/** An address cut inside its domain ("chengmubai.ops@xi", "…@xiamen-ludao-"), and a piece of a domain. */
const DOMAIN_CUT = /^[\w.+-]+@[\w.-]*$/;
const DOMAIN_PIECE = /^[\w.-]+$/;

/**
 * Whether `above` ends and `below` starts with two pieces of one email address, broken where a narrow cell or
 * sidebar ran out of room: LibreOffice breaks a word that fits nowhere mid-word ("…@orch" over "ardledger.com"),
 * and any word after a hyphen or before a dot ("odile.marchetti-" over "kane@cobblestonepay" over ".co.uk"),
 * inside the domain too ("chengmubai.ops@xi" over "amen-ludao-" over "cloud.cn").
 * The pieces are joined with no space. A whole address above ("ana@example.org" over "example.org/ana") or a
 * whole one below a label ("Email" over "bo@example.com") is not broken.
 */
export function brokenEmail(above: string, below: string): boolean {
  const head = /\S+$/.exec(above.trim())?.[0];
  const tail = /^\S+/.exec(below.trim())?.[0];
  if (!head || !tail || !(head.includes('@') || tail.includes('@'))) return false;
  // A line that opens with a dot or hyphen under an address continues its domain.
  const domainGoesOn = head.includes('@') && /^[-.]\w/.test(tail);
  // The last letters of a domain alone on the next line ("tangkexin@huamail.co" over "m"): a word of one to three
  // lower-case letters under an address is no word of its own.
  if (EMAIL.test(head) && /^[a-z]{1,3}$/.test(below.trim())) return true;
  if (EMAIL.test(head) && !domainGoesOn) return false;
  // (A piece of a local part stands alone on its line, or after a label or a cell's gap: not a sentence's last word,
  // "Passed ITC and APC at first attempt." over a footer's address. One cut mid-word, with no hyphen or dot to end it,
  // only alone on its line or after an e-mail's label: after "Skype:" or "github:" it is a handle of its own.)
  const before = above.trim().slice(0, -head.length);
  const localCut = (before === '' || /(?:[:：|·•]|\s{3,})\s*$|\be-?mail\s*$/i.test(before)) && (LOCAL_CUT.test(head) || ((before === '' || /\be-?mail\s*[:：]?\s*$/i.test(before)) && LOCAL_SO_FAR.test(head) && notHost(head)));
  if (EMAIL.test((head + tail).replace(/[,;.]$/, ''))) return !EMAIL.test(tail.replace(/[,;.]$/, '')) || localCut || domainGoesOn;
  // Cut twice: the first two pieces are not a whole address yet ("odile.marchetti-" over "kane@cobblestonepay",
  // "chengmubai.ops@xi" over "amen-ludao-" over "cloud.cn").
  return (localCut && EMAIL_SO_FAR.test(tail)) || (DOMAIN_CUT.test(head) && DOMAIN_PIECE.test(tail) && DOMAIN_CUT.test(head + tail));
}

const HAN_CHAR = /^[\u3400-\u9fff\uf900-\ufaff]$/u;
/** The second character of a label spread over a form's width, and its colon: "名：王梓涵" after "姓". */
const SPREAD_LABEL_END = /^[\u3400-\u9fff\uf900-\ufaff]\s*[:：]/u;

/**
 * Joins a Chinese label set one character a line into one run: a narrow table cell (LibreOffice breaks between any
 * two characters) or CSS `writing-mode: vertical-rl` (Chromium; pdfjs then places the characters only a few points
 * apart). Read as lines, each character would be a line of its own or be glued into the text beside it
 * ("工   1. 负责…"). A stack is two or more runs of one Chinese character each, at one x, each under the one above
 * within 1.6 line heights, with nothing else on their baselines to the left (a label opens its row; the
 * single-character values of label–value rows, "性别 | 男" over "民族 | 汉", do not) nor close on the right (the
 * first characters of the lines of a paragraph set one glyph a run), nor the first characters of labels spread
 * over a form's width ("姓    名：" over "性    别：").
 * @example joinVerticalStacks([工 at y 637, 作 at 624, 经 at 610, 历 at 597]) // [工作经历 at y 637, vertical]
 */
export function joinVerticalStacks(runs: TextRun[]): TextRun[] {
  const singles = runs.filter((r) => HAN_CHAR.test(r.text.trim()) && r.width <= r.size * 1.3);
  if (singles.length < 2) return runs;
  const byY = [...runs].sort((a, b) => a.y - b.y);
  /** Whether another run shares the baseline of `r` to its left, or starts within an em on its right. */
  const crowded = (r: TextRun): boolean => {
    const tol = Math.max(2, r.size * 0.4);
    let lo = 0;
    let hi = byY.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byY[mid]!.y < r.y - tol) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < byY.length && byY[k]!.y <= r.y + tol; k++) {
      const o = byY[k]!;
      if (o === r || (HAN_CHAR.test(o.text.trim()) && Math.abs(o.x - r.x) <= 1)) continue;
      if (o.x < r.x || o.x < r.x + r.width + r.size * 0.75) return true;
      // A two-character label spread to a form's four-character width ("姓    名：" over "性    别："): its first
      // character, then its second and the colon a few ems on.
      if (o.x < r.x + r.size * 5 && SPREAD_LABEL_END.test(o.text.trim())) return true;
    }
    return false;
  };
  const sorted = [...singles].sort((a, b) => Math.round(a.x) - Math.round(b.x) || b.y - a.y);
  const joined = new Set<TextRun>();
  const out: TextRun[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    let pitch = Infinity;
    while (j < sorted.length) {
      const [above, r] = [sorted[j - 1]!, sorted[j]!];
      const drop = above.y - r.y;
      if (Math.abs(r.x - above.x) > 1 || drop <= 0 || drop > r.size * 1.6 || Math.abs(r.size - above.size) > 0.5) break;
      // The next label down the same column starts after a wider step than the stack's own (the row's padding).
      if (drop > pitch * 1.8) break;
      pitch = Math.min(pitch, drop);
      j++;
    }
    const chain = sorted.slice(i, j);
    i = j;
    if (chain.length < 2 || chain.some(crowded)) continue;
    for (const r of chain) joined.add(r);
    const first = chain[0]!;
    out.push({ text: chain.map((r) => r.text.trim()).join(''), x: first.x, y: first.y, width: most(chain, (r) => r.width), size: first.size, vertical: true });
  }
  return joined.size === 0 ? runs : [...runs.filter((r) => !joined.has(r)), ...out];
}

/** Groups runs whose baselines are within a fraction of the font size into lines, top to bottom. */
export function groupLines(runs: TextRun[]): Line[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const run of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - run.y) <= Math.max(2, run.size * 0.4)) last.runs.push(run);
    else lines.push({ y: run.y, runs: [run] });
  }
  return lines;
}

/** A list bullet alone, set apart from its item's text by an indent. */
const BULLET_ONLY = /^[•·▪●◦■‣*\-–—\p{Co}]$/u;

/**
 * A line set letter by letter with CSS letter-spacing, one run a letter ("A N I S H A   D A B E E S I N G" as
 * Chromium prints a spaced name): its letters joined, a space where the gap is wider than the tracking by a word
 * space's width. Null when the line is not such a line.
 */
function letterSpaced(sorted: readonly TextRun[]): string | null {
  if (sorted.length < 5 || sorted.length > 80 || !sorted.every((r) => /^\p{L}$|^\p{Lu}{2}$/u.test(r.text.trim()))) return null;
  // (A kerned pair is rare: a row of two-letter cells, "EN   FR   DE   ES", is no name.)
  if (sorted.filter((r) => r.text.trim().length === 2).length * 4 > sorted.length) return null;
  const gaps = sorted.slice(1).map((r, i) => r.x - (sorted[i]!.x + sorted[i]!.width));
  // The tracking is the usual gap (the median: a kerned pair, "WA", sits closer, a word space wider).
  const tracking = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)]!;
  const size = most(sorted, (r) => r.size);
  // Tracked, not merely set one glyph a run: the usual gap at least a twentieth of an em; and no gap a tab stop's or a
  // chip's ("U X   U I   A I" in a row of tags), wider than a word space at most.
  if (!(tracking > size * 0.05) || gaps.some((g) => g > tracking + size * 0.8)) return null;
  return sorted.map((r, i) => (i > 0 && gaps[i - 1]! > tracking + size * 0.2 ? ' ' : '') + r.text.trim()).join('');
}

/** Joins runs left to right, adding a space where the gap is wider than a fraction of the font size. */
export function joinRuns(runs: readonly TextRun[]): string {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  const spaced = letterSpaced(sorted);
  if (spaced !== null) return spaced;
  let text = '';
  let prevEnd = -Infinity;
  let prevText = '';
  for (const run of sorted) {
    const gap = run.x - prevEnd;
    if (text.length > 0) {
      const bothCjk = CJK.test(prevText.slice(-1)) && CJK.test(run.text.charAt(0));
      // A wide gap inside a line is a tab stop (e.g. dates flushed right) or fields set apart by an em space or a
      // few spaces ("2021.05-Present    Wrenfield Distribution"): keep it visible as a separator. A word space is
      // a third of an em.
      if (gap > run.size * 0.9 && !BULLET_ONLY.test(text)) text += '   ';
      else if (gap > run.size * (bothCjk ? 0.6 : 0.15) && !text.endsWith(' ') && !run.text.startsWith(' ')) text += ' ';
    }
    text += run.text;
    prevEnd = run.x + run.width;
    prevText = run.text;
  }
  return text.replace(/\s+$/u, '');
}

export function joinLine(line: Line): string {
  return joinRuns(line.runs);
}

/** A rebuilt line with its extent, for re-joining wrapped lines. */
export interface PlacedLine {
  text: string;
  left: number;
  right: number;
  size: number;
  /** A table row rebuilt from cells: complete as it is, never joined with the next line. */
  row?: boolean;
}

export function placeLine(line: Line): PlacedLine {
  return {
    text: joinLine(line),
    left: least(line.runs, (r) => r.x),
    right: most(line.runs, (r) => r.x + r.width),
    size: most(line.runs, (r) => r.size),
  };
}
