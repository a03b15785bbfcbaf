/**
 * One document analysed and scored against its person's hand-written truth: the step every hand-written set shares
 * (the dev sets, the held-out sets and the independent set), so a refusal is told from a crash the same way in all.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeInProcess } from '../src/analyze-in-process';
import { isCvError } from '../src/errors';
import { scoreIndependentFixture, type FixtureScore, type IndependentTruth } from './metrics';

export interface DocumentScore extends FixtureScore {
  person: string;
  template: string;
  /** The analyser's typed error code (`CvError.code`) when it refused the document; null when it analysed it, or crashed (then `error` is set). */
  errorCode: string | null;
}

type Meta = Pick<FixtureScore, 'id' | 'language' | 'layout' | 'producer' | 'heldOut' | 'split'> & Pick<DocumentScore, 'person' | 'template'>;

/** Analyses `bytes` as of `referenceDate` and scores the result (or the refusal) against `truth`. */
export async function scoreDocument(bytes: Buffer, meta: Meta, truth: IndependentTruth, referenceDate: Date): Promise<DocumentScore> {
  const { person, template, ...fixture } = meta;
  try {
    const result = await analyzeInProcess(bytes, { referenceDate, contactDetails: 'keep' });
    return { ...scoreIndependentFixture(fixture, truth, result, null), person, template, errorCode: null };
  } catch (error) {
    // A typed refusal (CvError) is an answer, scored as all-missed; any other throw is a crash, kept with
    // errorCode null so the reports and the tests can tell the two apart.
    const message = error instanceof Error ? error.message : String(error);
    return { ...scoreIndependentFixture(fixture, truth, null, message), person, template, errorCode: isCvError(error) ? error.code : null };
  }
}

/**
 * What no longer matches a set frozen by a `{ file: sha256 }` manifest.json (the dev sets, heldout-2, heldout-3, heldout-4):
 * documents edited or missing, and files in documents/ the manifest does not list. Empty when the set is intact.
 */
export function changedSetDocuments(setDir: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(setDir, 'manifest.json'), 'utf8')) as Record<string, string>;
  const changed: string[] = [];
  for (const [file, sha] of Object.entries(manifest)) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(setDir, 'documents', file));
    } catch {
      changed.push(`${file}: missing`);
      continue;
    }
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== sha) changed.push(`${file}: sha256 ${actual.slice(0, 12)}…, manifest ${sha.slice(0, 12)}…`);
  }
  for (const file of readdirSync(path.join(setDir, 'documents'))) if (!(file in manifest)) changed.push(`${file}: not in manifest.json`);
  return changed;
}
