/**
 * The hand-written set: six CVs typed as free text after development was finished (eval/handwritten/), each
 * scored as plain text, as a one-column PDF (pdfkit) and as a DOCX. Reported separately; never tuned on.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeInProcess } from '../src/analyze-in-process';
import { taxonomy } from '../src/skills/taxonomy';
import { renderDocx } from './fixtures/render-docx';
import { renderPdfkit } from './fixtures/render-pdfkit';
import type { Block } from './fixtures/document-model';
import type { Truth } from './fixtures/truth';
import { scoreFixture, type FixtureScore } from './metrics';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'handwritten');

interface HandTruth {
  file: string;
  language: Truth['language'];
  name: string;
  email: string;
  phone: string;
  work: { company: string; start: string; end: string | null }[];
  yearsOfExperience: number;
  skills: string[];
}

export async function evaluateHandwritten(): Promise<FixtureScore[]> {
  const { cvs, referenceDate } = JSON.parse(readFileSync(path.join(dir, 'truth.json'), 'utf8')) as { cvs: HandTruth[]; referenceDate: string };
  const known = new Set(taxonomy.skills.map((s) => s.name));
  const scores: FixtureScore[] = [];
  for (const cv of cvs) {
    const unknown = cv.skills.filter((s) => !known.has(s));
    if (unknown.length > 0) throw new Error(`${cv.file}: truth names skills the taxonomy does not have: ${unknown.join(', ')}`);
    const text = readFileSync(path.join(dir, cv.file), 'utf8');
    const lines = text.split('\n').filter((l) => l.trim());
    const blocks: Block[] = lines.map((l, i) => (i === 0 ? { t: 'name', text: l } : { t: 'text', text: l }));
    const model = { main: blocks, side: [], sideRight: false, header: [], cjk: /[\u4e00-\u9fff]/.test(text) };
    const truth = { ...cv, work: cv.work.map((w) => ({ ...w, title: '', highlights: [] })) } as unknown as Truth;
    const inputs: [string, Uint8Array][] = [
      ['txt', new TextEncoder().encode(text)],
      ['pdfkit', await renderPdfkit(model)],
      ['docx', await renderDocx(model)],
    ];
    for (const [producer, bytes] of inputs) {
      const meta = { id: `${cv.file}.${producer}`, language: cv.language, layout: 'handwritten', producer, heldOut: false, split: 'handwritten' };
      try {
        const result = await analyzeInProcess(bytes, { referenceDate: new Date(`${referenceDate}-15T00:00:00Z`), contactDetails: 'keep' });
        scores.push(scoreFixture(meta, truth, result, null));
      } catch (error) {
        scores.push(scoreFixture(meta, truth, null, (error as Error).message));
      }
    }
  }
  return scores;
}
