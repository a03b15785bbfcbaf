/**
 * Runs the analyser over the independent held-out set (the committed documents in documents/, listed in
 * manifest.json) and scores each against its person's hand-written truth. Nothing is rendered here.
 */
import { readFileSync } from 'node:fs';
import { analyzeInProcess } from '../../src/analyze-in-process';
import { isCvError } from '../../src/errors';
import { scoreIndependentFixture, type FixtureScore } from '../metrics';
import { documentPath, loadManifest } from './manifest';
import { loadPeople } from './person';

export interface IndependentScore extends FixtureScore {
  person: string;
  template: string;
  /** The analyser's typed error code (`CvError.code`) when it refused the document; null when it analysed it, or crashed (then `error` is set). */
  errorCode: string | null;
}

export async function evaluateIndependent(): Promise<IndependentScore[]> {
  const manifest = loadManifest();
  const people = loadPeople();
  const referenceDate = new Date(`${manifest.referenceMonth}-15T00:00:00Z`);
  const scores: IndependentScore[] = [];
  for (const e of manifest.documents) {
    const person = people.get(e.person);
    if (!person) throw new Error(`${e.id}: no truth file for ${e.person}`);
    const meta = { id: e.id, language: e.language, layout: e.layout, producer: e.producer, heldOut: true, split: 'independent' };
    const extra = { person: e.person, template: e.template };
    try {
      const result = await analyzeInProcess(readFileSync(documentPath(e)), { referenceDate, contactDetails: 'keep' });
      scores.push({ ...scoreIndependentFixture(meta, person.truth, result, null), ...extra, errorCode: null });
    } catch (error) {
      // A typed refusal (CvError) is an answer, scored as all-missed; any other throw is a crash, kept with
      // errorCode null so the report and the test can tell the two apart.
      const message = error instanceof Error ? error.message : String(error);
      scores.push({ ...scoreIndependentFixture(meta, person.truth, null, message), ...extra, errorCode: isCvError(error) ? error.code : null });
    }
  }
  return scores;
}
