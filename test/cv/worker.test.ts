import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateFixtures, type Fixture } from '../../packages/cv/eval/fixtures/generate';
import * as bad from '../../packages/cv/eval/negative-fixtures';
import { analyze, analyzeInProcess, closeIdleWorkers, CvError } from '../../packages/cv/src/index';

const referenceDate = new Date('2025-06-15T00:00:00Z');

/** No undefined, no Dates, no class instances, no non-finite numbers: survives a JSON round trip unchanged. */
function assertPlainJson(value: unknown, path = '$'): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    expect(Number.isFinite(value), path).toBe(true);
    return;
  }
  if (Array.isArray(value)) return value.forEach((v, i) => assertPlainJson(v, `${path}[${i}]`));
  expect(typeof value, path).toBe('object');
  expect(Object.getPrototypeOf(value), path).toBe(Object.prototype);
  for (const [k, v] of Object.entries(value as object)) {
    expect(v, `${path}.${k}`).not.toBeUndefined();
    assertPlainJson(v, `${path}.${k}`);
  }
}

describe('analyze() in a worker thread', () => {
  // The fixture set is rendered once, before the tests, under the hooks' time limit: on a fresh clone it is not yet
  // cached, and rendering it inside a test's 30 s made that test time out on a loaded machine — while its rendering
  // went on beside the next test's.
  let fixtures: Fixture[] = [];
  beforeAll(async () => {
    fixtures = await generateFixtures();
  });
  const fixtureFile = (id: string) => fixtures.find((f) => f.id === id)!.file;

  it('returns the same analysis as analyzeInProcess, as plain JSON, with progress', async () => {
    const bytes = readFileSync(fixtureFile('zh-16.single.pdfkit'));
    const stages: string[] = [];
    const viaWorker = await analyze({ bytes, fileName: 'cv.pdf', contentType: 'application/pdf' }, { referenceDate, onProgress: (_, s) => stages.push(s) });
    const inProcess = await analyzeInProcess(bytes, { referenceDate });
    expect(viaWorker).toEqual(inProcess);
    assertPlainJson(viaWorker);
    expect(JSON.parse(JSON.stringify(viaWorker))).toEqual(viaWorker);
    expect(stages).toContain('done');
    // Evidence is trimmed so the read model stays small.
    expect(JSON.stringify(viaWorker).length).toBeLessThan(40_000);
    expect(viaWorker.analysis.skills.every((s) => s.evidence.every((e) => e.text.length <= 161))).toBe(true);
  }, 30_000);

  it('reuses a warm worker: later calls skip pdfjs start-up, and idle workers can be closed', async () => {
    const bytes = readFileSync(fixtureFile('en-02.single.pdfkit'));
    await analyze(bytes, { referenceDate });
    const started = Date.now();
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await analyze(bytes, { referenceDate }));
    expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
    // Five warm analyses of a one-page PDF take well under the time of one cold start from source.
    expect(Date.now() - started).toBeLessThan(1_500);
    await closeIdleWorkers();
  }, 30_000);

  it('passes typed errors through from the worker', async () => {
    await expect(analyze(await bad.encryptedPdf())).rejects.toMatchObject({ name: 'CvError', code: 'encrypted_pdf' });
  }, 30_000);

  it('stops at the time limit with code timeout', async () => {
    // 40,000 lines of skills: seconds of matching, far beyond a 50 ms limit, even in a warm worker.
    const huge = new TextEncoder().encode('Skills\n' + 'Python, Java, Kubernetes, PostgreSQL, React, Terraform\n'.repeat(40_000));
    const started = Date.now();
    const error = await analyze(huge, { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(error).toBeInstanceOf(CvError);
    expect((error as CvError).code).toBe('timeout');
  }, 30_000);

  it('stops at the memory cap with code out_of_memory', async () => {
    const fixture = fixtures.find((f) => f.id === 'en-01.single.pdfkit')!;
    const error = await analyze(readFileSync(fixture.file), { maxMemoryMb: 8 }).catch((e: unknown) => e);
    expect((error as CvError).code).toBe('out_of_memory');
  }, 30_000);

  it('is cancelled by an AbortSignal with code aborted', async () => {
    const controller = new AbortController();
    const pending = analyze(await bad.scannedPdf(), { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'aborted' });
  }, 30_000);
});

describe('redactContact', () => {
  it('removes every email, phone and link, keeps the rest', async () => {
    const { redactContact } = await import('../../packages/cv/src/index');
    const fixture = (await generateFixtures()).find((f) => f.id === 'en-05.single.docx')!;
    const result = await analyzeInProcess(readFileSync(fixture.file), { referenceDate });
    const redacted = redactContact(result);
    const text = JSON.stringify(redacted);
    expect(text).not.toContain(fixture.truth.email);
    expect(text).not.toContain(fixture.truth.phone);
    expect(text.replace(/\D/g, '')).not.toContain(fixture.truth.phone.replace(/\D/g, '').slice(-8));
    if (fixture.truth.link) expect(text).not.toContain(fixture.truth.link);
    expect(redacted.analysis.score).toEqual(result.analysis.score);
    expect(redacted.analysis.contact.name).toBe(result.analysis.contact.name);
    expect(redactContact(result, { name: true }).analysis.contact.name).toBeNull();
    assertPlainJson(redacted);
  });
});
