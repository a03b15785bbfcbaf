import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, analyzeInProcess, closeIdleWorkers, CvError, isCvError } from '../../packages/cv/src/index';
import { toCvError } from '../../packages/cv/src/errors';
import { decodeEntities } from '../../packages/cv/src/extract/html-lines';
import { findGutter, layoutPage, type TextRun } from '../../packages/cv/src/extract/layout';
import { ascii85Decode, lzwDecode, OverBudget, runLengthDecode } from '../../packages/cv/src/extract/pdf-filters';
import { checkPdfStreams } from '../../packages/cv/src/extract/pdf-streams';
import { DEFAULT_ZIP_LIMITS, readZipBounded } from '../../packages/cv/src/extract/zip-guard';
import { controlDocx, controlPdf, docx, headerPart, hostileCorpus, zeroBombRaw, zeroBombZlib, zip } from '../support/hostile-corpus';

const referenceDate = new Date('2025-06-15T00:00:00Z');
/** The analyser's own limit for each document in the corpus, worker start-up included. */
const TIME_LIMIT_MS = 15_000;
const MB = 1024 * 1024;

/** A CvError's code, or 'ok' when the analysis succeeded; anything else thrown fails the test. */
async function outcome(bytes: Uint8Array): Promise<{ code: string; message: string; ms: number }> {
  const started = performance.now();
  try {
    await analyze(bytes, { referenceDate, timeoutMs: TIME_LIMIT_MS });
    return { code: 'ok', message: '', ms: Math.round(performance.now() - started) };
  } catch (error) {
    expect(isCvError(error)).toBe(true);
    return { code: (error as CvError).code, message: (error as CvError).message, ms: Math.round(performance.now() - started) };
  }
}

describe('hostile corpus through analyze() (the worker): typed errors, bounded time, host RSS unaffected', () => {
  const table: string[] = [];
  let rssBefore = 0;
  let rssPeak = 0;
  let sampler: NodeJS.Timeout;

  beforeAll(async () => {
    // Warm the pool and pdfjs first, so the figures measure the corpus and not the analyser's start-up.
    expect((await outcome(controlPdf())).code).toBe('ok');
    expect((await outcome(controlDocx())).code).toBe('ok');
    rssBefore = process.memoryUsage.rss();
    rssPeak = rssBefore;
    sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage.rss())), 20);
  }, 60_000);

  afterAll(async () => {
    clearInterval(sampler);
    await closeIdleWorkers();
    const after = process.memoryUsage.rss();
    const mb = (n: number) => `${Math.round(n / MB)} MB`;
    console.log(`[hostile] rss before ${mb(rssBefore)} peak ${mb(rssPeak)} after ${mb(after)}`);
    console.log(['[hostile] class | case | outcome (code) | ms', ...table].join('\n'));
    // Bombs of 1–4 GB went through: the host grew by no more than the worker's heap cap plus the budgets.
    expect(rssPeak - rssBefore).toBeLessThan(600 * MB);
    expect(after - rssBefore).toBeLessThan(200 * MB);
  });

  for (const hostile of hostileCorpus) {
    it(`${hostile.name} → ${hostile.expect}`, async () => {
      const bytes = hostile.bytes();
      const result = await outcome(bytes);
      table.push(`[hostile] ${hostile.kind} | ${hostile.name} (${(bytes.length / MB).toFixed(2)} MB) | ${result.code} | ${result.ms}`);
      expect(result.code, result.message).toBe(hostile.expect);
      expect(result.ms).toBeLessThan(TIME_LIMIT_MS);
      // A public message is a written sentence: no stack, no path, no raw exception text.
      if (result.code !== 'ok') expect(result.message).toMatch(/^[A-Z][^/\\]{20,}\.$/s);
    }, TIME_LIMIT_MS + 10_000);
  }
});

describe('the bounded readers, in process', () => {
  it('the zip reader returns the parts asked for, stored or deflated, and measures what it inflates', () => {
    const bytes = zip([
      { name: 'word/header1.xml', content: '<w:hdr>stored</w:hdr>', stored: true },
      { name: 'word/footer1.xml', content: '<w:ftr>deflated</w:ftr>' },
      { name: 'word/media/big.bin', deflated: zeroBombRaw(3), declaredSize: 10 },
    ]);
    const { names, parts } = readZipBounded(bytes, (n) => n.startsWith('word/h') || n.startsWith('word/f'));
    expect(names).toEqual(['word/header1.xml', 'word/footer1.xml', 'word/media/big.bin']);
    expect(new TextDecoder().decode(parts.get('word/header1.xml'))).toBe('<w:hdr>stored</w:hdr>');
    expect(new TextDecoder().decode(parts.get('word/footer1.xml'))).toBe('<w:ftr>deflated</w:ftr>');
    // 3 MB really inflated (declared: 10 bytes): under a 2 MB per-part budget it is a bomb, under 4 MB it is not.
    expect(() => readZipBounded(bytes, () => false, { ...DEFAULT_ZIP_LIMITS, maxEntryUncompressed: 2 * MB })).toThrow(expect.objectContaining({ code: 'zip_bomb' }));
    expect(() => readZipBounded(bytes, () => false, { ...DEFAULT_ZIP_LIMITS, maxEntryUncompressed: 4 * MB, maxTotalUncompressed: 3 * MB })).toThrow(expect.objectContaining({ code: 'zip_bomb' }));
    expect(() => readZipBounded(bytes, () => false, { ...DEFAULT_ZIP_LIMITS, maxEntryUncompressed: 4 * MB, maxTotalUncompressed: 4 * MB })).not.toThrow();
  });

  it('the PDF scan counts every stage of a Flate chain against the budget, and ignores non-Flate streams', () => {
    const pdfOf = (body: Buffer) => Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<< /Filter [/FlateDecode /FlateDecode] >>\nstream\r\n'), body, Buffer.from('\nendstream\nendobj\n')]);
    const chain = pdfOf(deflateSync(zeroBombZlib(3)));
    const limits = (mb: number) => ({ maxDecodedBytes: mb * MB, maxMs: 3_000 });
    expect(() => checkPdfStreams(chain, limits(2))).toThrow(expect.objectContaining({ code: 'decompression_bomb' }));
    expect(() => checkPdfStreams(chain, limits(4))).not.toThrow();
    expect(() => checkPdfStreams(pdfOf(Buffer.from('BT (plain text stream) Tj ET')), limits(0))).not.toThrow();
  });

  it('a Flate bomb wrapped in /ASCIIHexDecode, and a /RunLengthDecode bomb, are measured too', () => {
    const limits = { maxDecodedBytes: 2 * MB, maxMs: 3_000 };
    const stream = (filter: string, body: Buffer) => Buffer.concat([Buffer.from(`%PDF-1.7\n4 0 obj\n<< /Filter ${filter} /Length ${body.length} >>\nstream\n`), body, Buffer.from('\nendstream\nendobj\n')]);
    const hexBomb = stream('[/ASCIIHexDecode /FlateDecode]', Buffer.from(zeroBombZlib(3).toString('hex') + '>'));
    expect(() => checkPdfStreams(hexBomb, limits)).toThrow(expect.objectContaining({ code: 'decompression_bomb' }));
    expect(() => checkPdfStreams(hexBomb, { ...limits, maxDecodedBytes: 4 * MB })).not.toThrow();
    const runs = Buffer.from(Array.from({ length: 20_000 }, () => [129, 0]).flat()); // 2 bytes → 128 zeros: 2.4 MB
    expect(() => checkPdfStreams(stream('/RunLengthDecode', runs), limits)).toThrow(expect.objectContaining({ code: 'decompression_bomb' }));
    expect(() => checkPdfStreams(stream('/RunLengthDecode', runs), { ...limits, maxDecodedBytes: 3 * MB })).not.toThrow();
  });

  it('the LZW, ASCII85 and RunLength decoders give the specification examples, and stop at their limit', () => {
    // ISO 32000-1, 7.4.4.2: "-----A---B" encodes to the codes 45 258 258 65 259 66 257.
    const lzw = Uint8Array.from([0x80, 0x0b, 0x60, 0x50, 0x22, 0x0c, 0x0c, 0x85, 0x01]);
    expect(Buffer.from(lzwDecode(lzw, 100)).toString('latin1')).toBe('-----A---B');
    expect(() => lzwDecode(lzw, 5)).toThrow(OverBudget);
    expect(Buffer.from(ascii85Decode(Buffer.from('9jqo^BlbD-~>'), 100)).toString('latin1')).toBe('Man is d');
    expect(Buffer.from(ascii85Decode(Buffer.from('z~>'), 100))).toEqual(Buffer.alloc(4));
    expect(Buffer.from(runLengthDecode(Uint8Array.from([2, 0x61, 0x62, 0x63, 254, 0x7a, 128]), 100)).toString('latin1')).toBe('abczzz');
  });
});

describe('the cheap triggers, in process', () => {
  it('invalid numeric character references decode to U+FFFD instead of throwing', () => {
    expect(decodeEntities('a&#x110000;b&#99999999999;c&#xD800;d&#0;e&#x41;')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDeA');
  });

  it('a header of 30,000 unclosed <w:p is read in linear time', async () => {
    const bytes = docx({ parts: [headerPart('<w:p '.repeat(30_000) + '<w:p><w:r><w:t>+44 20 7946 0000</w:t></w:r></w:p>')] });
    const started = performance.now();
    const result = await analyzeInProcess(bytes, { referenceDate });
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(result.analysis.work.length).toBeGreaterThan(0);
  }, 20_000);

  it('a run at x = 1e12 does not size an array by the page width', () => {
    const runs: TextRun[] = Array.from({ length: 12 }, (_, i) => ({ text: `line ${i} of the left column`, x: 72, y: 700 - i * 14, width: 120, size: 10 }));
    runs.push({ text: 'far away', x: 1e12, y: 100, width: 40, size: 10 });
    const started = performance.now();
    expect(() => findGutter(runs)).not.toThrow();
    expect(layoutPage(runs).lines).toContain('far away');
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('a page of 300,000 runs is laid out without exhausting the stack', () => {
    const runs: TextRun[] = Array.from({ length: 300_000 }, (_, i) => ({ text: 'a', x: 72 + (i % 500), y: 100 + (i % 9), width: 5, size: 10 }));
    expect(layoutPage(runs).lines.length).toBeGreaterThan(0);
  }, 20_000);
});

describe('hostile documents fail once', () => {
  it('timeout, out_of_memory and internal are not retryable: the same bytes would do the same', () => {
    for (const code of ['timeout', 'out_of_memory', 'internal'] as const) expect(new CvError(code, 'It stopped.').retryable).toBe(false);
  });
});

describe('public errors are safe', () => {
  it('toCvError keeps the raw message in cause only', () => {
    const raw = new Error("ENOENT: no such file or directory, open '/srv/kiln/private/secrets.json'");
    const error = toCvError(raw);
    expect(error.code).toBe('internal');
    expect(error.message).not.toContain('/srv');
    expect(error.message).not.toContain('ENOENT');
    expect(error.message).toMatch(/^[A-Z].{20,}\.$/);
    expect(error.cause).toBe(raw);
    expect(JSON.stringify(error)).not.toContain('/srv');
  });

  it('a worker that crashes with a path in its error gives a written sentence, the path kept in cause', async () => {
    const workerUrl = new URL('../support/cv-probe-worker.mjs', import.meta.url);
    const error = await analyze(new Uint8Array([1, 2, 3]), { workerUrl, maxPages: 13 }).then(
      () => null,
      (e: unknown) => e as CvError,
    );
    expect(error?.code).toBe('internal');
    expect(error?.message).not.toContain('/srv');
    expect(error?.message).toMatch(/^[A-Z].{20,}\.$/);
    expect(String((error?.cause as Error | undefined)?.message)).toContain('/srv/kiln/private/secrets.json');
  }, 20_000);
});

describe('the parser is a sandbox', () => {
  it("a secret in the host's environment is not visible in the worker thread", async () => {
    process.env.KILN_HOSTILE_TEST_SECRET = 'do-not-leak';
    const verbosity = process.env.KILN_CV_PDFJS_VERBOSITY;
    process.env.KILN_CV_PDFJS_VERBOSITY = '0';
    try {
      const workerUrl = new URL('../support/cv-probe-worker.mjs', import.meta.url);
      const seen = (await analyze(new Uint8Array([1, 2, 3]), { workerUrl })) as unknown as { env: Record<string, string> };
      expect(seen.env.KILN_HOSTILE_TEST_SECRET).toBeUndefined();
      expect(seen.env.PATH).toBeUndefined();
      // The probe does see the worker's environment: the one variable passed on is there.
      expect(seen.env).toEqual({ KILN_CV_PDFJS_VERBOSITY: '0' });
    } finally {
      delete process.env.KILN_HOSTILE_TEST_SECRET;
      if (verbosity === undefined) delete process.env.KILN_CV_PDFJS_VERBOSITY;
      else process.env.KILN_CV_PDFJS_VERBOSITY = verbosity;
      await closeIdleWorkers();
    }
  }, 20_000);
});
