/**
 * The table shapes of the dev-tables set: what real CV templates vary in a work-history table, one axis or a
 * few at a time — column order and count, header rows, date formats, where the description goes, widths,
 * borders, section rows, the whole CV as one table, and HTML's own shapes (`<thead>`, rowspan, CSS grid).
 */
export type Col = 'dates' | 'start' | 'end' | 'company' | 'title' | 'location' | 'desc' | 'companyTitle' | 'companyCommaTitle' | 'companyOverTitle' | 'titleOverCompany' | 'titleAtCompany' | 'titleCommaCompany' | 'department';
/** Round 4 adds dates with a day (`2015.03.08`, `08/03/2015`, `2015年3月8日`, `8 March 2015`) and `Mar '15`. */
export type DateFormat = 'mon' | 'slash' | 'dot' | 'iso-tilde' | 'zh' | 'dot-short' | 'month-long' | 'mon-dot' | 'ymd-dot' | 'dmy-slash' | 'ymd-zh' | 'mon-apos' | 'dmy-long' | 'year' | 'ym-slash';

export interface TableVariant {
  id: string;
  /** DOCX (read directly and exported by LibreOffice) or HTML printed by Chromium. */
  producer: 'docx' | 'html';
  columns: Col[];
  header: 'none' | 'bold' | 'shaded' | 'bilingual';
  dates: DateFormat;
  /** Start over end on two lines of the date cell. */
  stacked?: boolean;
  description: 'row' | 'title-cell' | 'none' | 'column' | 'separate-table' | 'paragraphs-row';
  /** The section heading as a merged first row of the table (`工作经历`). */
  sectionRow?: boolean;
  /** Column widths in percent; a narrow date column forces wraps. */
  widths?: number[];
  borders?: boolean;
  /** The whole CV is one table: label–value rows above the work rows. */
  wholeCv?: boolean;
  /** The work table sits in the main cell of a two-column page (sidebar on the left). */
  inSidebarLayout?: boolean;
  /** HTML only: how the table is written. */
  html?: 'thead' | 'rowspan' | 'grid' | 'br-cells';
  /** Dates right-aligned in their cell. */
  rightDates?: boolean;
  /** DOCX: the date cell spans the job's row and its description row (a vertical merge). */
  rowspanDates?: boolean;
  /** The company as a merged row of its own above each job's row. */
  groupRow?: boolean;
  /** DOCX: one small table a job — a header row over the job's row, or label–value rows. */
  perJob?: 'table-with-header' | 'label-value';
  /** DOCX: cells vertically centred or bottom-aligned (LibreOffice then sets a short cell's text lower than its neighbours'). */
  valign?: 'center' | 'bottom';
  /** DOCX: a style a column — small grey dates, bold company, italic title. */
  styledColumns?: boolean;
  /** DOCX: paragraph spacing before and after inside every cell. */
  cellSpacing?: boolean;
  /** HTML: cells vertically centred (the browser's default for `td`, which many templates keep). */
  htmlMiddle?: boolean;
  /** How an open end is written in English (default `Present`). */
  openEnd?: 'Current' | 'Now' | 'to date';
  /** The date format of Chinese and mixed CVs, when it differs from `dates`. */
  datesZh?: DateFormat;
  /**
   * Round 4: the whole page as a known template family rather than a work table under a heading —
   * - `form`: the Chinese form CV (表格简历) of Word/WPS galleries: label–value rows (姓名 | … | 电话 | …) with a photo
   *   cell, then one row a section, its label in a narrow left cell (Chinese labels set one character a line), the
   *   section's lines in one wide cell (`2018.07-2021.06　公司　职位`, then numbered duties);
   * - `section-column`: the Word "resume" layout of a borderless two-column table, each section's heading in the left
   *   cell and its content in the right (title, `company, city`, dates, bullets — one paragraph each);
   * - `europass`: Europass 2013, each job a row with its dates in the narrow right-aligned left cell and title over
   *   `company, city`, bullets and a "Business or sector" line in the right;
   * - `europass-old`: the 2004 Europass, every job as label–value rows (Dates, Occupation or position held, Main
   *   activities and responsibilities, Name and address of employer, Type of business or sector).
   * - `jobboard`: a CV as job boards export it — LinkedIn's "Save to PDF" in English (a sidebar; each job as company,
   *   title, `May 2021 - Present (5 years 7 months)`, place), 51job's in Chinese and mixed
   *   (`2020/04--至今：公司（500-1000人） [ 6年7个月]`, `所属行业：…`, `部门    职位`, `工作描述：…`).
   */
  template?: 'form' | 'section-column' | 'europass' | 'europass-old' | 'jobboard';
}

export const VARIANTS: TableVariant[] = [
  { id: 'dct-bold', producer: 'docx', columns: ['dates', 'company', 'title'], header: 'bold', dates: 'mon', description: 'row' },
  { id: 'ctd-shaded', producer: 'docx', columns: ['company', 'title', 'dates'], header: 'shaded', dates: 'slash', description: 'none' },
  { id: 'tcd-noheader', producer: 'docx', columns: ['title', 'company', 'dates'], header: 'none', dates: 'dot', description: 'title-cell' },
  { id: 'pepl', producer: 'docx', columns: ['dates', 'company', 'title', 'location'], header: 'bold', dates: 'iso-tilde', description: 'row' },
  { id: 'two-dash', producer: 'docx', columns: ['dates', 'companyTitle'], header: 'none', dates: 'mon', description: 'none', widths: [30, 70] },
  { id: 'two-comma', producer: 'docx', columns: ['companyCommaTitle', 'dates'], header: 'none', dates: 'dot', description: 'title-cell', widths: [70, 30] },
  { id: 'desc-col', producer: 'docx', columns: ['dates', 'company', 'title', 'desc'], header: 'bilingual', dates: 'dot-short', description: 'column', widths: [18, 24, 18, 40] },
  { id: 'ctd-zh', producer: 'docx', columns: ['company', 'title', 'dates'], header: 'bold', dates: 'zh', description: 'separate-table', sectionRow: true },
  { id: 'start-end', producer: 'docx', columns: ['start', 'end', 'company', 'title'], header: 'shaded', dates: 'slash', description: 'row' },
  { id: 'stacked-narrow', producer: 'docx', columns: ['dates', 'company', 'title'], header: 'none', dates: 'mon', stacked: true, description: 'row', widths: [12, 50, 38] },
  { id: 'noborders-paras', producer: 'docx', columns: ['dates', 'company', 'title'], header: 'bold', dates: 'dot', description: 'paragraphs-row', borders: false },
  { id: 'whole-cv', producer: 'docx', columns: ['dates', 'company', 'title'], header: 'shaded', dates: 'iso-tilde', description: 'row', wholeCv: true },
  { id: 'in-sidebar', producer: 'docx', columns: ['dates', 'company', 'title'], header: 'bold', dates: 'slash', description: 'none', inSidebarLayout: true },
  { id: 'html-thead', producer: 'html', columns: ['dates', 'company', 'title'], header: 'bold', dates: 'dot', description: 'row', html: 'thead' },
  { id: 'html-ctd-right', producer: 'html', columns: ['company', 'title', 'dates'], header: 'shaded', dates: 'zh', description: 'none', rightDates: true },
  { id: 'html-rowspan', producer: 'html', columns: ['dates', 'company', 'title'], header: 'bilingual', dates: 'iso-tilde', description: 'row', html: 'rowspan' },
  { id: 'html-grid', producer: 'html', columns: ['dates', 'company', 'title'], header: 'none', dates: 'slash', description: 'row', html: 'grid' },
  { id: 'html-br', producer: 'html', columns: ['dates', 'company', 'desc'], header: 'bold', dates: 'dot', stacked: true, description: 'column', html: 'br-cells' },
  { id: 'html-desc-col', producer: 'html', columns: ['start', 'end', 'company', 'title', 'desc'], header: 'shaded', dates: 'dot-short', description: 'column', sectionRow: true },
  { id: 'html-tcd', producer: 'html', columns: ['title', 'company', 'dates'], header: 'none', dates: 'mon', description: 'title-cell' },
  // Second exploration round.
  { id: 'cot-2col', producer: 'docx', columns: ['dates', 'companyOverTitle'], header: 'none', dates: 'mon', description: 'row', widths: [25, 75] },
  { id: 'cot-3col', producer: 'docx', columns: ['dates', 'companyOverTitle', 'desc'], header: 'bold', dates: 'slash', description: 'column', widths: [20, 30, 50] },
  { id: 'rowspan-docx', producer: 'docx', columns: ['dates', 'company', 'title'], header: 'bold', dates: 'dot', description: 'row', rowspanDates: true },
  { id: 'right-dates', producer: 'docx', columns: ['company', 'title', 'dates'], header: 'none', dates: 'month-long', description: 'row', rightDates: true, borders: false },
  { id: 'group-row', producer: 'docx', columns: ['title', 'dates'], header: 'none', dates: 'mon', description: 'row', groupRow: true, widths: [65, 35] },
  { id: 'per-job-header', producer: 'docx', columns: ['dates', 'company', 'title'], header: 'shaded', dates: 'iso-tilde', description: 'row', perJob: 'table-with-header' },
  { id: 'per-job-lv', producer: 'docx', columns: ['dates', 'company', 'title'], header: 'none', dates: 'zh', description: 'row', perJob: 'label-value' },
  { id: 'long-narrow', producer: 'docx', columns: ['dates', 'company', 'title', 'location'], header: 'bold', dates: 'month-long', description: 'none', widths: [14, 36, 32, 18] },
  { id: 'html-cot', producer: 'html', columns: ['dates', 'companyOverTitle'], header: 'none', dates: 'dot', description: 'row' },
  { id: 'html-group', producer: 'html', columns: ['title', 'dates'], header: 'none', dates: 'mon', description: 'row', groupRow: true, rightDates: true },
  // Third round (eval/dev-round3/): how cells are set rather than what they hold.
  { id: 'valign-center', producer: 'docx', columns: ['dates', 'company', 'title'], header: 'bold', dates: 'mon', description: 'none', valign: 'center', widths: [22, 43, 35] },
  { id: 'valign-bottom-desc', producer: 'docx', columns: ['dates', 'company', 'title', 'desc'], header: 'shaded', dates: 'mon-dot', description: 'column', valign: 'bottom', widths: [16, 22, 20, 42], openEnd: 'Current' },
  { id: 'styled-cols', producer: 'docx', columns: ['company', 'title', 'dates'], header: 'none', dates: 'mon', description: 'row', styledColumns: true, openEnd: 'Now' },
  { id: 'spaced-cells', producer: 'docx', columns: ['dates', 'company', 'title', 'location'], header: 'bold', dates: 'slash', description: 'row', cellSpacing: true, openEnd: 'to date' },
  { id: 'styled-centred-nb', producer: 'docx', columns: ['dates', 'companyOverTitle'], header: 'none', dates: 'mon-dot', description: 'row', styledColumns: true, valign: 'center', borders: false, widths: [25, 75] },
  // Fourth round (eval/dev-round4/): whole-page template families from Word/WPS/Europass galleries, title before
  // company, and dates written with a day.
  { id: 'form', producer: 'docx', columns: [], header: 'none', dates: 'dot', description: 'row', template: 'form' },
  { id: 'form-html', producer: 'html', columns: [], header: 'none', dates: 'slash', datesZh: 'ymd-zh', description: 'row', template: 'form' },
  { id: 'section-column', producer: 'docx', columns: [], header: 'none', dates: 'month-long', datesZh: 'dot', description: 'row', template: 'section-column', borders: false },
  { id: 'europass', producer: 'docx', columns: [], header: 'none', dates: 'mon', datesZh: 'dot', description: 'row', template: 'europass', borders: false },
  { id: 'europass-old', producer: 'docx', columns: [], header: 'none', dates: 'dmy-slash', datesZh: 'ymd-dot', description: 'row', template: 'europass-old', borders: false },
  { id: 'title-over', producer: 'docx', columns: ['dates', 'titleOverCompany'], header: 'none', dates: 'dmy-long', datesZh: 'ymd-zh', description: 'row', widths: [28, 72] },
  { id: 'html-title-over', producer: 'html', columns: ['titleOverCompany', 'dates'], header: 'bold', dates: 'mon-apos', datesZh: 'ymd-dot', description: 'row', rightDates: true },
  { id: 'html-title-at', producer: 'html', columns: ['dates', 'titleAtCompany'], header: 'none', dates: 'mon', datesZh: 'dot', description: 'row', html: 'thead' },
  { id: 'title-comma', producer: 'docx', columns: ['dates', 'titleCommaCompany'], header: 'none', dates: 'mon-dot', datesZh: 'dot', description: 'row', widths: [20, 80], borders: false },
  { id: 'dept', producer: 'docx', columns: ['company', 'department', 'title', 'dates'], header: 'shaded', dates: 'slash', datesZh: 'dot', description: 'row' },
  { id: 'jobboard', producer: 'html', columns: [], header: 'none', dates: 'mon', datesZh: 'ym-slash', description: 'row', template: 'jobboard' },
  { id: 'tight-location', producer: 'docx', columns: ['dates', 'title', 'company', 'location'], header: 'bold', dates: 'mon', datesZh: 'zh', description: 'row', widths: [22, 26, 26, 26] },
  { id: 'html-mid-desc', producer: 'html', columns: ['dates', 'company', 'title', 'desc'], header: 'shaded', dates: 'dot', description: 'column', htmlMiddle: true },
  { id: 'html-mid-bullets', producer: 'html', columns: ['company', 'title', 'dates'], header: 'bold', dates: 'mon', datesZh: 'zh', description: 'title-cell', htmlMiddle: true },
  { id: 'mid-bullets', producer: 'docx', columns: ['company', 'title', 'dates'], header: 'bold', dates: 'slash', description: 'title-cell', valign: 'center' },
  { id: 'html-dept', producer: 'html', columns: ['dates', 'company', 'department', 'title'], header: 'bold', dates: 'mon', datesZh: 'zh', description: 'row' },
];
