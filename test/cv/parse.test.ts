import { describe, expect, it } from 'vitest';
import { htmlToLines } from '../../packages/cv/src/extract/html-lines';
import { findGutter, layoutPage, type TextRun } from '../../packages/cv/src/extract/layout';
import { decodeText } from '../../packages/cv/src/extract/txt';
import { extractContact } from '../../packages/cv/src/parse/contact';
import { findDateRange, yearsFromIntervals } from '../../packages/cv/src/parse/dates';
import { degreeLevel } from '../../packages/cv/src/parse/education';
import { normalizeLine } from '../../packages/cv/src/parse/normalize';
import { normalizePhone } from '../../packages/cv/src/parse/phones';
import { headingKind, splitHeadingCells, splitSections } from '../../packages/cv/src/parse/sections';
import { extractWork } from '../../packages/cv/src/parse/work';

describe('dates', () => {
  it.each([
    ['Jan 2020 – Present', '2020-01', null, true],
    ['2019.07 - 至今', '2019-07', null, true],
    ['2018年3月 至 2020年6月', '2018-03', '2020-06', false],
    ['07/2016 - 12/2018', '2016-07', '2018-12', false],
    ['Mar. 2015 to Sept 2017', '2015-03', '2017-09', false],
    ['2019/07-2021/03', '2019-07', '2021-03', false],
    // An open end after a dash, written "to date" (a dev-round3 table: "05/2021 - to date").
    ['05/2021 - to date', '2021-05', null, true],
    ['Mar. 2021 – Current', '2021-03', null, true],
    // Dates written with a day (Europass, Chinese forms, ISO; dev-round4): the day is dropped. A slashed date reads
    // day first unless only month first is possible.
    ['09/05/2021 - Present', '2021-05', null, true],
    ['03/08/2018 - 30/04/2021', '2018-08', '2021-04', false],
    ['12/25/2018 - 03/31/2021', '2018-12', '2021-03', false],
    ['2017.07.23-2020.03.31', '2017-07', '2020-03', false],
    ['2015-03-01 – 2018-06-30', '2015-03', '2018-06', false],
    ['1.3.2015 – 30.6.2018', '2015-03', '2018-06', false],
    ['2017年7月23日 - 2020年3月31日', '2017-07', '2020-03', false],
    ['2020年4月2日 - 至今', '2020-04', null, true],
    ['9 May 2021 – Present', '2021-05', null, true],
    ['March 1, 2015 to June 30, 2018', '2015-03', '2018-06', false],
    ["Mar '15 – Jun '18", '2015-03', '2018-06', false],
    ['Aug ’98 – Present', '1998-08', null, true],
    // A double hyphen, as 51job's exported CVs write their ranges ("2020/04--至今：公司（500-1000人）").
    ['2020/04--至今：苏州瀚川', '2020-04', null, true],
    ['2017/07--2020/03', '2017-07', '2020-03', false],
  ])('%s', (text, start, end, current) => {
    expect(findDateRange(normalizeLine(text))).toMatchObject({ start, end, current });
  });
  it('does not read a phone number as a range', () => expect(findDateRange('Tel 2019 1234 5678')).toBeNull());
  it('counts overlapping intervals once, open intervals to the reference month', () => {
    const years = yearsFromIntervals(
      [
        { start: '2019-07', end: '2021-03', current: false },
        { start: '2021-01', end: null, current: true },
      ],
      '2024-06',
    );
    expect(years).toBe(5);
  });
});

describe('phones', () => {
  it.each([
    ['138 1234 5678', '+8613812345678'],
    ['+86 139-1234-5678', '+8613912345678'],
    ['(415) 555-0132', '+14155550132'],
    ['+44 20 7946 0958', '+442079460958'],
  ])('%s → %s', (raw, e164) => expect(normalizePhone(raw)).toBe(e164));
});

describe('sections and contact', () => {
  it('recognises English and Chinese headings with decorations', () => {
    expect(headingKind('WORK HISTORY')).toBe('experience');
    expect(headingKind('■ 工作经历：')).toBe('experience');
    expect(headingKind('项目经历')).toBe('projects');
    expect(headingKind('专业技能')).toBe('skills');
    expect(headingKind('I led the experience team')).toBeNull();
    // Europass's section names (dev-round4), in English and as its Chinese edition writes them.
    expect(headingKind('教育和培训')).toBe('education');
    expect(headingKind('教育和培训 EDUCATION AND TRAINING')).toBe('education');
    expect(headingKind('PERSONAL SKILLS AND COMPETENCES')).toBe('skills');
    expect(headingKind('个人技能 Personal skills')).toBe('skills');
    expect(headingKind('Job-related skills')).toBe('skills');
  });
  it('reads a bilingual name, a labelled phone and an email', () => {
    const lines = ['张伟   Wei Zhang', '手机：138 0013 8000', '邮箱：wei.zhang@example.com', '工作经历'];
    const contact = extractContact(lines, splitSections(lines));
    expect(contact).toMatchObject({ name: '张伟', phones: ['+8613800138000'], emails: ['wei.zhang@example.com'] });
  });
  it('puts a section heading read beside its content on a line of its own, but not a label inside a section', () => {
    // A heading cell and the first content line, joined by a wide gap in a PDF (section-column resume, Europass).
    expect(splitHeadingCells(['EXPERIENCE   Supply Chain Analyst', 'PERSONAL INFORMATION   Kofi Oduya-Marsh', '教育背景   江南大学 本科', 'Tools   Jira, Figma', 'Acme   Engineer']))
      .toEqual(['EXPERIENCE', 'Supply Chain Analyst', 'PERSONAL INFORMATION', 'Kofi Oduya-Marsh', '教育背景', '江南大学 本科', 'Tools   Jira, Figma', 'Acme   Engineer']);
  });
  it('reads a labelled name written in both scripts', () => {
    // The Chinese form CV (dev-round4): label–value pairs on one line. (An address wrapped in a narrow PDF cell is
    // glued back where the PDF's lines are built: test/cv/reading-order.test.ts.)
    const lines = ['姓名   Yiting Fang 方怡婷   求职意向   市场经理', '电话   186 0213 4456   邮箱   tangkexin@huamail.com', '工作经历'];
    expect(extractContact(lines, splitSections(lines))).toMatchObject({ name: '方怡婷', emails: ['tangkexin@huamail.com'] });
  });
  it('degree levels, English and Chinese', () => {
    expect(degreeLevel('B.S. in Computer Science')).toBe('bachelor');
    expect(degreeLevel('硕士 · 软件工程')).toBe('master');
    expect(degreeLevel('大专')).toBe('associate');
    expect(degreeLevel('PhD, Physics')).toBe('doctorate');
  });
});

describe('work entries', () => {
  it('reads company, title and dates from three header styles', () => {
    const lines = [
      'Experience',
      'Senior Engineer, Globex Corporation   Jan 2020 – Present',
      '• Built things with Go.',
      'Initech LLC   06/2016 - 12/2019',
      'Backend Developer',
      '• Maintained the billing system.',
      '阿里巴巴集团 | 高级工程师',
      '2014.03 - 2016.05',
    ].map(normalizeLine);
    const work = extractWork(lines, [{ start: 1, end: lines.length }]);
    expect(work.map((w) => [w.company, w.title, w.start, w.end, w.current])).toEqual([
      ['Globex Corporation', 'Senior Engineer', '2020-01', null, true],
      ['Initech LLC', 'Backend Developer', '2016-06', '2019-12', false],
      ['阿里巴巴集团', '高级工程师', '2014-03', '2016-05', false],
    ]);
  });
  it('skips a header row with a department column and splits a Chinese title from its company at a full-width comma', () => {
    // dev-round4's dept and title-comma tables: "Company | Department | Title | Dates", "职位，公司".
    const lines = [
      '工作经历',
      'Company   Department   Title   Dates',
      'Wrenfield Distribution   Operations   Supply Chain Analyst   05/2021 - Present',
      '2017.07-2020.03   软件工程师，无锡恒朗电子科技有限公司',
    ].map(normalizeLine);
    const work = extractWork(lines, [{ start: 1, end: lines.length }]);
    expect(work.map((w) => [w.company, w.start])).toEqual([['Wrenfield Distribution', '2021-05'], ['无锡恒朗电子科技有限公司', '2017-07']]);
  });
});

describe('text decoding', () => {
  it('sniffs a UTF-8 BOM, UTF-16 LE and falls back to GB18030', () => {
    const text = '张伟 工作经历';
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text)])).text).toBe(text);
    expect(decodeText(new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')])).text).toBe(text);
    // '张伟 工作经历' in GB18030, as saved by an older Windows editor.
    const gb = new Uint8Array([213, 197, 206, 176, 32, 185, 164, 215, 247, 190, 173, 192, 250]);
    expect(decodeText(gb)).toEqual({ text, encoding: 'gb18030' });
  });
  it('folds full-width characters', () => expect(normalizeLine('ＰｙｔｈｏｎＡ１，Ｊａｖａ')).toBe('PythonA1,Java'));
});

describe('PDF layout', () => {
  const run = (text: string, x: number, y: number, width = text.length * 5, size = 10): TextRun => ({ text, x, y, width, size });
  it('finds the gutter of a two-column page and reads the main column before a sidebar that opens with a heading', () => {
    const runs: TextRun[] = [];
    const side = ['Skills', 'Docker', 'Kubernetes', 'Go', 'PostgreSQL', 'Education', 'Stanford University', 'BSc', '2012 - 2016', 'Contact'];
    side.forEach((text, i) => runs.push(run(text, 40, 800 - i * 14)));
    for (let i = 0; i < 10; i++) runs.push(run(`Main column sentence. ${'word '.repeat(i + 2)}${i}.`, 220, 800 - i * 14));
    expect(findGutter(runs)).toBeGreaterThan(160);
    const { lines, columns } = layoutPage(runs);
    expect(columns).toBe(2);
    expect(lines[0]).toBe('Main column sentence. word word 0.');
    expect(lines.slice(10, 13)).toEqual(['Skills', 'Docker', 'Kubernetes']);
  });
  it('does not take right-aligned dates for a column', () => {
    const runs: TextRun[] = [];
    for (let i = 0; i < 10; i++) {
      runs.push(run(`Company number ${i} and a title`, 40, 800 - i * 14, 160));
      runs.push(run(`2019.0${i % 9} - 2020.01`, 460, 800 - i * 14, 80));
    }
    expect(layoutPage(runs).columns).toBe(1);
    expect(layoutPage(runs).lines[0]).toBe('Company number 0 and a title   2019.00 - 2020.01');
  });
});

describe('DOCX HTML', () => {
  it('keeps a data table row on one line and reads a layout table cell by cell', () => {
    const html = '<table><tr><td><p>Acme Inc</p></td><td><p>Engineer</p></td><td><p>2019 – 2021</p></td></tr></table>' +
      '<table><tr><td><p>Contact</p><p>a@b.com</p></td><td><h1 class="title">Jane Doe</h1><p>Summary</p></td></tr></table>';
    expect(htmlToLines(html).lines).toEqual(['Jane Doe', 'Acme Inc   Engineer   2019 – 2021', 'Contact', 'a@b.com', 'Summary']);
  });
  it('reads a left cell holding only a section heading before the section in the cell beside it', () => {
    // The Word section-column resume and the Chinese form CV (dev-round4): the label is not a sidebar.
    const html = '<table><tr><td><p>EXPERIENCE</p></td><td><p>Supply Chain Analyst</p><p>Wrenfield Distribution, Chicago</p><p>May 2021 – Present</p></td></tr>' +
      '<tr><td><p>工作经历</p></td><td><p>2020.04-至今　　苏州瀚川　　工程师</p><p>1. 负责固件开发</p></td></tr></table>';
    expect(htmlToLines(html).lines).toEqual(['EXPERIENCE', 'Supply Chain Analyst', 'Wrenfield Distribution, Chicago', 'May 2021 – Present', '工作经历', '2020.04-至今   苏州瀚川   工程师', '1. 负责固件开发']);
  });
});
