/**
 * Runs the analyser over the independent set (the committed documents in documents/, listed in manifest.json; held
 * out until 2026-12-02, spent since) and scores each against its person's hand-written truth. Nothing is rendered here.
 */
import { readFileSync } from 'node:fs';
import { scoreDocument, type DocumentScore } from '../score-document';
import { documentPath, loadManifest } from './manifest';
import { loadPeople } from './person';

/** A document of the independent set, scored; the same shape as every hand-written set's scores. */
export type IndependentScore = DocumentScore;

export async function evaluateIndependent(): Promise<IndependentScore[]> {
  const manifest = loadManifest();
  const people = loadPeople();
  const referenceDate = new Date(`${manifest.referenceMonth}-15T00:00:00Z`);
  const scores: IndependentScore[] = [];
  for (const e of manifest.documents) {
    const person = people.get(e.person);
    if (!person) throw new Error(`${e.id}: no truth file for ${e.person}`);
    const meta = { id: e.id, language: e.language, layout: e.layout, producer: e.producer, heldOut: true, split: 'independent', person: e.person, template: e.template };
    scores.push(await scoreDocument(readFileSync(documentPath(e)), meta, person.truth, referenceDate));
  }
  return scores;
}
