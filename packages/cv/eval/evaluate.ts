/** Runs the analyser over every generated fixture and scores each against its ground truth. */
import { readFileSync } from 'node:fs';
import { analyzeInProcess } from '../src/analyze-in-process';
import { generateFixtures } from './fixtures/generate';
import { scoreFixture, type FixtureScore } from './metrics';

export async function evaluate(filter?: (id: string) => boolean): Promise<FixtureScore[]> {
  const fixtures = (await generateFixtures()).filter((f) => !filter || filter(f.id));
  const scores: FixtureScore[] = [];
  for (const f of fixtures) {
    const meta = { id: f.id, language: f.truth.language, layout: f.layout, producer: f.producer, heldOut: f.heldOut, split: f.split };
    try {
      const result = await analyzeInProcess(readFileSync(f.file), { referenceDate: new Date(`${f.truth.referenceDate}-15T00:00:00Z`), contactDetails: 'keep' });
      scores.push(scoreFixture(meta, f.truth, result, null));
    } catch (error) {
      scores.push(scoreFixture(meta, f.truth, null, (error as Error).message));
    }
  }
  return scores;
}
