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
