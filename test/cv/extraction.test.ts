import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Block, DocumentModel } from '../../packages/cv/eval/fixtures/document-model';
import { renderDocx } from '../../packages/cv/eval/fixtures/render-docx';
import { renderPdfkit } from '../../packages/cv/eval/fixtures/render-pdfkit';
import { analyzeInProcess } from '../../packages/cv/src/index';

const referenceDate = new Date('2025-06-15T00:00:00Z');
const model = (main: Block[], header: string[] = []): DocumentModel => ({ main, side: [], sideRight: false, header, cjk: false });

describe('extraction details', () => {
  it('reads contact lines from the Word page header', async () => {
    const docx = await renderDocx(model([{ t: 'name', text: 'Grace Hopper' }, { t: 'heading', text: 'Skills' }, { t: 'text', text: 'COBOL, Fortran' }], ['grace@example.com | +1 (212) 555-0100']));
    const { analysis } = await analyzeInProcess(docx, { referenceDate, contactDetails: 'keep' });
    expect(analysis.contact).toMatchObject({ name: 'Grace Hopper', emails: ['grace@example.com'], phones: ['+12125550100'] });
    expect(analysis.contact.evidence.email).toContain('grace@example.com');
  });

  it('reads at most maxPages pages of a PDF and says so', async () => {
    const blocks: Block[] = [{ t: 'name', text: 'Alan Turing' }, { t: 'heading', text: 'Experience' }];
    for (let i = 0; i < 400; i++) blocks.push({ t: 'bullet', text: `Line ${i} of a very long document about Python.` });
    const pdf = await renderPdfkit(model(blocks));
    const { analysis } = await analyzeInProcess(pdf, { referenceDate, maxPages: 3 });
    expect(analysis.diagnostics.pages).toBeGreaterThan(3);
    expect(analysis.diagnostics.pagesRead).toBe(3);
    expect(analysis.diagnostics.warnings.join(' ')).toMatch(/Only the first 3 of \d+ pages were read/);
  }, 30_000);

  it("leaves the host's Array.prototype.push as it was after reading a PDF (pdfjs's core-js replaces it)", async () => {
    // A fresh process: in this one pdfjs may have been loaded already. (core-js makes its functions print as
    // "[native code]", so identity is what tells them apart.)
    const pdf = await renderPdfkit(model([{ t: 'name', text: 'Alan Turing' }, { t: 'heading', text: 'Skills' }, { t: 'text', text: 'Python' }]));
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'kiln-cv-push-')), 'cv.pdf');
    writeFileSync(file, pdf);
    const script = [
      'const before = Array.prototype.push;',
      `const { analyzeInProcess } = await import(${JSON.stringify(path.resolve('packages/cv/src/index.ts'))});`,
      `const bytes = new Uint8Array((await import('node:fs')).readFileSync(${JSON.stringify(file)}));`,
      'const { resume } = await analyzeInProcess(bytes);',
      'await analyzeInProcess(bytes);',
      'console.log(JSON.stringify({ same: Array.prototype.push === before, name: resume.basics.name }));',
    ].join('\n');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script]);
    expect(JSON.parse(stdout)).toEqual({ same: true, name: 'Alan Turing' });
  }, 30_000);

  it('drops page numbers so an entry running across pages stays whole', async () => {
    const blocks: Block[] = [{ t: 'name', text: 'Alan Turing' }, { t: 'heading', text: 'Experience' }, { t: 'text', text: 'Cryptanalyst, Bletchley Park Ltd   Sep 1979 – May 1985' }];
    for (let i = 0; i < 60; i++) {
      blocks.push({ t: 'bullet', text: `Broke cipher number ${i} with colleagues.` });
      if (i === 40) blocks.push({ t: 'text', text: 'Page 1 of 2' });
    }
    const pdf = await renderPdfkit(model(blocks));
    const { analysis } = await analyzeInProcess(pdf, { referenceDate });
    expect(analysis.diagnostics.pages).toBe(2);
    expect(analysis.work).toHaveLength(1);
    expect(analysis.work[0]!.highlights).toHaveLength(60);
    expect(JSON.stringify(analysis)).not.toContain('Page 1 of 2');
  });
});

describe('(heldout-34, opened) page furniture of printed templates and handouts', () => {
  it('drops a running footer that names the document ("ALAN TURING · RÉSUMÉ") and a handout\'s slide numbers ("Slide 2", "幻灯片 2")', async () => {
    const blocks: Block[] = [{ t: 'name', text: 'Alan Turing' }, { t: 'heading', text: 'Experience' }, { t: 'text', text: 'Cryptanalyst, Bletchley Park Ltd   Sep 1979 – May 1985' },
      { t: 'text', text: 'Slide 2' }, { t: 'heading', text: 'Skills' }, { t: 'text', text: 'Cryptanalysis, Statistics' }, { t: 'text', text: 'ALAN TURING · RÉSUMÉ' }];
    const { analysis } = await analyzeInProcess(await renderPdfkit(model(blocks)), { referenceDate });
    expect(JSON.stringify(analysis)).not.toMatch(/RÉSUMÉ|Slide 2/);
    expect(analysis.skills.map((s) => s.name)).toEqual(expect.arrayContaining(['Statistics']));
  });
});

describe('a Word sidebar (a borderless two-cell layout table) whose name is not in the Title style', () => {
  const sidebar = (side: Block[], main: Block[]): DocumentModel => ({ main, side, sideRight: false, header: [], cjk: false });

  it('reads the main cell first when the sidebar opens with a heading, so a city or a skill is not the name', async () => {
    const docx = await renderDocx(sidebar(
      [{ t: 'heading', text: 'Contact' }, { t: 'text', text: 'wren.abernathy@example.org' }, { t: 'text', text: '+1 415 555 0131' }, { t: 'text', text: 'San Mateo, CA' },
        { t: 'heading', text: 'Skills' }, { t: 'text', text: 'Google Analytics' }, { t: 'text', text: 'Tableau' }],
      [{ t: 'text', text: 'Wren Abernathy' }, { t: 'text', text: 'Marketing Analyst' }, { t: 'heading', text: 'Experience' }, { t: 'text', text: 'Marketing Analyst, Kitefield Outdoors   Mar 2021 – Present' }],
    ));
    const { analysis } = await analyzeInProcess(docx, { referenceDate, contactDetails: 'keep' });
    expect(analysis.contact.name).toBe('Wren Abernathy');
    expect(analysis.contact.emails).toEqual(['wren.abernathy@example.org']);
    expect(analysis.work.map((w) => w.start)).toEqual(['2021-03']);
  });

  it('does the same for a Chinese sidebar (联系方式, 专业技能) beside the name', async () => {
    const docx = await renderDocx(sidebar(
      [{ t: 'heading', text: '联系方式' }, { t: 'text', text: 'dingyue@example.cn' }, { t: 'text', text: '宁波' },
        { t: 'heading', text: '专业技能' }, { t: 'text', text: '财务分析' }, { t: 'text', text: '预算管理' }],
      [{ t: 'text', text: '丁悦' }, { t: 'text', text: '财务主管' }, { t: 'heading', text: '个人简介' }, { t: 'text', text: '八年外贸企业财务经验，负责预算、资金和税务申报。' }, { t: 'heading', text: '工作经历' }, { t: 'text', text: '宁波远帆贸易有限公司   2020.03 - 至今' }],
    ));
    const { analysis } = await analyzeInProcess(docx, { referenceDate, contactDetails: 'keep' });
    expect(analysis.contact.name).toBe('丁悦');
  });
});
