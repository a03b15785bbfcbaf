import { describe, expect, it, vi } from 'vitest';
import { createMemoryBlobStore } from '@kiln/handlers/memory';
import { createSubmitHandler, type BlobStore } from '../support/handlers';
import { kilnUnderTest, multipart, PDF } from '../support/kiln-under-test';
import { signUploadClaim } from '../../packages/handlers/src/core/upload-token';
import { createRetentionSweep } from '../../packages/handlers/src/core/retention';
import { silentLogger } from '../../packages/handlers/src/core/logger';

/**
 * Direct uploads, server side, on the memory store (its `memory:` URLs name the key; the test stores
 * the bytes as the browser would). The S3 and Vercel Blob stores run the same flow end to end in the
 * integration and browser tests.
 */
const offer = (submit: ReturnType<typeof createSubmitHandler>, query: string) => submit(new Request(`http://localhost/api/cv/submit?${query}`));
const commit = (submit: ReturnType<typeof createSubmitHandler>, body: unknown) =>
  submit(new Request('http://localhost/api/cv/submit', { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) }));
const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error;

async function target(submit: ReturnType<typeof createSubmitHandler>, size: number, type = 'application/pdf') {
  const response = await offer(submit, `direct=1&size=${size}&type=${encodeURIComponent(type)}`);
  expect(response.status).toBe(200);
  const body = (await response.json()) as { url: string; method: string; headers: Record<string, string>; token: string };
  return { ...body, key: body.url.replace(/^memory:/, '') };
}

describe('direct upload, server side', () => {
  it('offers an upload target, then creates the job from what arrived — checked by size and content — exactly once', async () => {
    const { kiln, ports } = kilnUnderTest();
    const submit = createSubmitHandler(kiln);
    const offered = await target(submit, PDF.byteLength);
    expect(offered).toMatchObject({ method: 'PUT', headers: { 'content-type': 'application/pdf' } });
    expect(offered.key).toMatch(/^direct\/[A-Za-z0-9_-]{21,}$/);
    await ports.blobs.put(offered.key, PDF); // what the browser does

    const response = await commit(submit, { directUpload: offered.token });
    expect(response.status).toBe(202);
    const { jobId, statusUrl, deleteToken } = (await response.json()) as { jobId: string; statusUrl: string; deleteToken?: string };
    expect(statusUrl).toBe(`/cv/${jobId}`);
    expect(deleteToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await ports.store.get(jobId)).toMatchObject({ status: 'queued', input: { blobKey: `uploads/${jobId}`, size: PDF.byteLength, contentType: 'application/pdf' } });
    expect(await ports.blobs.get(`uploads/${jobId}`)).toEqual(PDF);
    expect(await ports.blobs.get(offered.key)).toBeNull(); // out of the waiting area

    // A second commit of the same token answers with the same job and queues nothing more; only the
    // first answer carries the delete token (the record keeps its hash, not the token).
    const again = await commit(submit, { directUpload: offered.token });
    expect(again.status).toBe(202);
    const second = (await again.json()) as { jobId: string; deleteToken?: string };
    expect(second.jobId).toBe(jobId);
    expect(second).not.toHaveProperty('deleteToken');
    expect(await ports.queue.receive({ maxMessages: 10, visibilityTimeoutSeconds: 30 })).toHaveLength(1);
  });

  it('refuses at the offer what a multipart submit would refuse: 413 over the direct limit, 415 for a type not accepted, 400 without a size', async () => {
    const { kiln } = kilnUnderTest({ maxDirectUploadBytes: 1000 });
    const submit = createSubmitHandler(kiln);
    const big = await offer(submit, 'direct=1&size=1001&type=application/pdf');
    expect(big.status).toBe(413);
    expect((await errorOf(big)).message).toContain('1000 bytes');
    expect((await offer(submit, 'direct=1&size=10&type=image/png')).status).toBe(415);
    expect((await offer(submit, 'direct=1&type=application/pdf')).status).toBe(400);
    expect((await offer(submit, 'direct=1&size=10&type=application/octet-stream')).status).toBe(200); // no type: the content decides
  });

  it('the direct limit is its own: 25 MB by default, above the 4 MB multipart cap', async () => {
    const { kiln } = kilnUnderTest();
    expect(kiln.upload).toMatchObject({ maxBytes: 4 * 1024 * 1024, directMaxBytes: 25 * 1024 * 1024 });
    expect((await offer(createSubmitHandler(kiln), `direct=1&size=${9 * 1024 * 1024}&type=application/pdf`)).status).toBe(200);
  });

  it('a store without direct uploads answers 404, so the widget falls back to multipart', async () => {
    const { createDirectUpload: _omitted, ...blobs } = createMemoryBlobStore() as BlobStore & { createDirectUpload: unknown };
    const { kiln } = kilnUnderTest({ blobs: { ...blobs, name: 'no-direct' } });
    const response = await offer(createSubmitHandler(kiln), 'direct=1&size=10&type=application/pdf');
    expect(response.status).toBe(404);
    expect((await errorOf(response)).message).toMatch(/takes no direct uploads.*multipart/);
  });

  it('an altered or forged token is a 400, an expired one a 410; nothing is created', async () => {
    const { kiln, ports } = kilnUnderTest();
    const submit = createSubmitHandler(kiln);
    const offered = await target(submit, PDF.byteLength);
    await ports.blobs.put(offered.key, PDF);
    const [payload, signature] = offered.token.split('.') as [string, string];
    const tampered = `${payload.slice(0, -2)}${payload.slice(-2) === 'AA' ? 'AB' : 'AA'}.${signature}`;
    for (const token of [tampered, `${payload}.${signature.slice(1)}x`, 'not-a-token', await signUploadClaim({ jobId: 'x'.repeat(24), key: offered.key, size: 1, type: 'application/pdf', expiresAt: Date.now() + 60_000 }, 'another app’s secret')]) {
      const response = await commit(submit, { directUpload: token });
      expect(response.status).toBe(400);
      expect((await errorOf(response)).code).toBe('invalid_upload_token');
    }
    const secret = (await kiln.secrets()).upload!;
    const expired = await signUploadClaim({ jobId: 'e'.repeat(24), key: offered.key, size: PDF.byteLength, type: 'application/pdf', expiresAt: Date.now() - 1 }, secret);
    const late = await commit(submit, { directUpload: expired });
    expect(late.status).toBe(410);
    expect((await errorOf(late)).code).toBe('upload_expired');
    expect(await ports.queue.receive({ maxMessages: 10, visibilityTimeoutSeconds: 0 })).toEqual([]);
  });

  it('what arrived decides: not there is a 404; not a PDF, DOCX or text by its content is a 415; too large is a 413 — and the object is deleted', async () => {
    const { kiln, ports } = kilnUnderTest({ maxDirectUploadBytes: 64 * 1024 });
    const submit = createSubmitHandler(kiln);
    const missing = await target(submit, 100);
    expect((await commit(submit, { directUpload: missing.token })).status).toBe(404);

    const png = await target(submit, 12, 'application/pdf'); // declared a PDF, is a PNG
    await ports.blobs.put(png.key, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    const refused = await commit(submit, { directUpload: png.token });
    expect(refused.status).toBe(415);
    expect(await ports.blobs.get(png.key)).toBeNull();

    const huge = await target(submit, 100); // declared small, sent large (a store that cannot sign the length)
    await ports.blobs.put(huge.key, new Uint8Array(65 * 1024).fill(0x41));
    expect((await commit(submit, { directUpload: huge.token })).status).toBe(413);
    expect(await ports.blobs.get(huge.key)).toBeNull();
  });

  it('a DOCX is told by the part list at the end of its ZIP, however large the file', async () => {
    const { kiln, ports } = kilnUnderTest();
    const submit = createSubmitHandler(kiln);
    const encoder = new TextEncoder();
    const docx = new Uint8Array([...encoder.encode('PK\u0003\u0004'), ...new Uint8Array(200_000).fill(7), ...encoder.encode('PK\u0001\u0002word/document.xml')]);
    const offered = await target(submit, docx.byteLength, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    await ports.blobs.put(offered.key, docx);
    const response = await commit(submit, { directUpload: offered.token });
    expect(response.status).toBe(202);
    const { jobId } = (await response.json()) as { jobId: string };
    expect((await ports.store.get(jobId))?.input.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('a commit without a token, or not JSON, is a 400 that says what to send', async () => {
    const { kiln } = kilnUnderTest();
    const submit = createSubmitHandler(kiln);
    expect((await errorOf(await commit(submit, { file: 'x' }))).message).toContain('{"directUpload": "<token>"}');
    expect((await commit(submit, '{not json')).status).toBe(400);
  });

  it('the retention sweep removes uploads past the TTL and direct uploads never committed after an hour — and nothing outside those prefixes', async () => {
    const blobs = createMemoryBlobStore();
    await blobs.put('uploads/old-job', PDF);
    await blobs.put('direct/abandoned', PDF);
    await blobs.put('avatars/the-apps-own-file', PDF); // the store is shared with the app
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 2 * 3600_000 });
    try {
      await createRetentionSweep(7 * 24 * 3600, silentLogger)({ blobs, store: { sweepExpired: async () => 0 } } as never);
      expect(await blobs.get('direct/abandoned')).toBeNull(); // an hour old: its token is long dead
      expect(await blobs.get('uploads/old-job')).toEqual(PDF); // within the TTL
      vi.setSystemTime(Date.now() + 8 * 24 * 3600_000);
      await createRetentionSweep(7 * 24 * 3600, silentLogger)({ blobs, store: { sweepExpired: async () => 0 } } as never);
      expect(await blobs.get('uploads/old-job')).toBeNull();
      expect(await blobs.get('avatars/the-apps-own-file')).toEqual(PDF);
    } finally {
      vi.useRealTimers();
    }
  });

  it('what is checked is what the job reads: bytes sent to the upload URL after the check cannot become the job’s file', async () => {
    const { ports } = kilnUnderTest();
    const blobs = ports.blobs;
    let overwrite: (() => Promise<void>) | null = null;
    // The upload URL still works while the server checks: the moment the check reads, the sender
    // replaces the object with something that is not a CV.
    const racing = { ...blobs, readRange: async (key: string, offset: number, length: number) => {
      const bytes = await blobs.readRange!(key, offset, length);
      await overwrite?.();
      return bytes;
    } };
    const { kiln } = kilnUnderTest({ ...ports, blobs: racing });
    const submit = createSubmitHandler(kiln);
    const offered = await target(submit, PDF.byteLength);
    await blobs.put(offered.key, PDF);
    overwrite = () => blobs.put(offered.key, new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0])).then(() => undefined); // an .exe
    const response = await commit(submit, { directUpload: offered.token });
    expect(response.status).toBe(202);
    const { jobId } = (await response.json()) as { jobId: string };
    expect(await blobs.get(`uploads/${jobId}`)).toEqual(PDF);
  });

  it('two commits of one token at the same moment make one job and one message, never a 500 — with a move that is atomic and one that copies then deletes (S3)', async () => {
    for (const copyThenDelete of [false, true]) {
      const { ports } = kilnUnderTest();
      const blobs = ports.blobs;
      const slowMove = async (from: string, to: string) => {
        const bytes = await blobs.get(from);
        await new Promise((resolve) => setTimeout(resolve, 30));
        if (!copyThenDelete) return blobs.move!(from, to);
        if (!bytes) throw new Error(`NoSuchKey: ${from}`);
        await blobs.put(to, bytes);
        await blobs.delete(from);
      };
      let sends = 0; // counted here: the memory queue, like a FIFO queue, would drop a duplicate that SQS standard keeps
      const queue = { ...ports.queue, send: (body: string, options?: { dedupeId?: string }) => ((sends += 1), ports.queue.send(body, options)) };
      const { kiln } = kilnUnderTest({ ...ports, queue, blobs: { ...blobs, move: slowMove } });
      const submit = createSubmitHandler(kiln);
      const offered = await target(submit, PDF.byteLength);
      await blobs.put(offered.key, PDF);
      const answers = await Promise.all([commit(submit, { directUpload: offered.token }), commit(submit, { directUpload: offered.token })]);
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses[0]).toBe(202);
      expect([202, 409]).toContain(statuses[1]);
      const ids = new Set(await Promise.all(answers.filter((answer) => answer.status === 202).map(async (answer) => ((await answer.json()) as { jobId: string }).jobId)));
      expect(ids.size).toBe(1);
      const [jobId] = [...ids];
      expect(await ports.store.get(jobId!)).toMatchObject({ status: 'queued' });
      expect(await blobs.get(`uploads/${jobId}`)).toEqual(PDF);
      expect(sends).toBe(1);
    }
  });

  it('without a secret to sign tokens, the offer is a 501 naming the variables (not a 404 that would hide it), and a 16 KB commit body is the most read', async () => {
    const { kiln } = kilnUnderTest({ revalidateSecret: undefined });
    const submit = createSubmitHandler(kiln);
    const offer = await submit(new Request('http://localhost/api/cv/submit?direct=1&size=10&type=application/pdf'));
    expect(offer.status).toBe(501);
    expect((await errorOf(offer)).message).toMatch(/KILN_UPLOAD_SECRET \(or REVALIDATE_SECRET\)/);
    const { kiln: configured } = kilnUnderTest();
    const big = await commit(createSubmitHandler(configured), { directUpload: 'x'.repeat(20_000) });
    expect(big.status).toBe(413);
  });

  it('a file larger than declared is refused even where the store cannot sign the length', async () => {
    const { kiln, ports } = kilnUnderTest();
    const submit = createSubmitHandler(kiln);
    const offered = await target(submit, PDF.byteLength);
    await ports.blobs.put(offered.key, new Uint8Array([...PDF, ...new Uint8Array(100)]));
    const response = await commit(submit, { directUpload: offered.token });
    expect(response.status).toBe(413);
    expect((await errorOf(response)).message).toMatch(/larger than the \d+ bytes declared/);
  });
});

describe('a multipart submit over the body limit', () => {
  it('names the limit, and where the store takes direct uploads, the way in for a larger file', async () => {
    const { kiln } = kilnUnderTest({ maxUploadBytes: 1000 });
    const big = new Uint8Array(2000);
    big.set(PDF);
    const withDirect = await createSubmitHandler(kiln)(multipart('cv', big));
    expect(withDirect.status).toBe(413);
    expect((await errorOf(withDirect)).message).toMatch(/larger than the 1000 bytes limit\. Files up to 25 MB go straight to storage with a direct upload/);

    const { createDirectUpload: _omitted, ...blobs } = createMemoryBlobStore() as BlobStore & { createDirectUpload: unknown };
    const without = await createSubmitHandler(kilnUnderTest({ maxUploadBytes: 1000, blobs: { ...blobs, name: 'no-direct' } }).kiln)(multipart('cv', big));
    expect(without.status).toBe(413);
    expect((await errorOf(without)).message).toBe('The file is larger than the 1000 bytes limit. Upload a smaller file.');
  });
});

describe('direct-upload tokens are spelt one way', () => {
  it('refuses a signature re-spelt with other unused low bits in its last character ("…xw" as "…xx" decodes alike)', async () => {
    const { verifyUploadToken } = await import('../../packages/handlers/src/core/upload-token');
    const secret = 'a test secret of enough length for the HMAC';
    const claim = { jobId: 'j'.repeat(24), key: 'uploads/direct/x.pdf', size: 10, type: 'application/pdf', expiresAt: Date.now() + 60_000 };
    const token = await signUploadClaim(claim, secret);
    expect(await verifyUploadToken(token, secret)).toMatchObject({ jobId: claim.jobId });
    // A 32-byte signature is 43 characters: the last one carries 4 bits and 2 unused ones. Setting an unused bit
    // spells the same bytes another way.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const last = alphabet.indexOf(token.at(-1)!);
    const respelt = `${token.slice(0, -1)}${alphabet[last ^ 1]}`;
    expect(respelt).not.toBe(token);
    expect(await verifyUploadToken(respelt, secret)).toBeNull();
  });
});
