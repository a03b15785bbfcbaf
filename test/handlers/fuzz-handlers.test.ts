import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryAdapters } from '@kiln/handlers/memory';
import {
  createGetStaticProps,
  createProcessHandler,
  createRevalidateHandler,
  createSqsLambdaHandler,
  createStatusHandler,
  createSubmitHandler,
  defineKiln,
  type KilnOptions,
  type Logger,
  type SqsEventRecord,
} from '../support/handlers';
import { loadJobForPage, toAppRouteHandler, toPagesApiHandler } from '@kiln/handlers/next';
import { echoJob, enqueue } from '../support/kiln-fixtures';
import { fakePagesRequest, fakePagesResponse, type FakePagesRequest } from '../support/fake-pages-route';
import { FAILABLE_CALLS, failingPorts, portLedger, type FailableCall } from '../support/port-ledger';
import { checkAnswer, FUZZ_RUNS, FUZZ_SEED, FUZZ_TIMEOUT_MS, FuzzTally, runFuzz } from '../support/fuzz-tally';
import {
  authorizationArb,
  bytesOf,
  contentLengthArb,
  hasBody,
  hostileJsonArb,
  idArb,
  latin1,
  methodArb,
  multipartArb,
  multipartBody,
  multipartContentType,
  PDF_BYTES,
  queryArb,
  validMultipart,
  type MultipartSpec,
} from '../support/fuzz-requests';

/**
 * Every handler fuzzed with generated requests (fast-check, a fixed seed: KILN_FUZZ_SEED and
 * KILN_FUZZ_RUNS override it and the number of requests per handler). Whatever arrives, a handler
 * answers — never a 5xx, never a throw — a 4xx is JSON with a code and a message, and a 4xx leaves the
 * memory queue, job store and blob store exactly as they were. Valid requests are mixed in, so the
 * success path runs too: a valid upload is a 202 with exactly one record, one blob and one message.
 */
console.log(`[fuzz] seed ${FUZZ_SEED}, ${FUZZ_RUNS} requests per handler (KILN_FUZZ_SEED / KILN_FUZZ_RUNS override)`);

const MAX_BYTES = 4096;
const DIRECT_MAX_BYTES = 64 * 1024;
const FUZZ_SECRETS = {
  revalidateSecret: 'revalidate-secret-for-fuzz-tests-0123456789',
  cronSecret: 'cron-secret-for-fuzz-tests-0123456789abcdef',
  uploadSecret: 'upload-secret-for-fuzz-tests-0123456789abcdef',
};
const BASE = 'http://localhost';

/** A Kiln on counted memory ports; every error it logs is kept, since an unexpected one is a finding. */
function fuzzKiln(overrides: Partial<KilnOptions> = {}) {
  const ledger = portLedger(createMemoryAdapters({ maxReceiveCount: 3 }));
  // Outages are injected between the handlers and the counted ports; disarmed, calls pass straight through.
  const faulty = failingPorts(ledger.ports);
  const logged: string[] = [];
  const logger: Logger = {
    info() {},
    warn() {},
    error: (message, fields) => logged.push(`${message} ${JSON.stringify({ ...fields, error: undefined })} ${String((fields?.error as Error | undefined)?.stack ?? '')}`),
  };
  const kiln = defineKiln({
    job: echoJob,
    ...faulty.ports,
    ...FUZZ_SECRETS,
    maxUploadBytes: MAX_BYTES,
    maxDirectUploadBytes: DIRECT_MAX_BYTES,
    kickAfterSubmit: false,
    appUrl: false,
    processor: { waitSeconds: 0 },
    logger,
    env: {},
    ...overrides,
  });
  return { kiln, ledger, logged, faulty };
}

/** Submits one valid PDF as a browser would; returns its job id. */
async function submitValid(submit: ReturnType<typeof createSubmitHandler>): Promise<string> {
  const response = await submit(toMultipartRequest({ method: 'POST', query: '', spec: validMultipart('cv'), contentLength: null, valid: true }));
  expect(response.status).toBe(202);
  return ((await response.json()) as { jobId: string }).jobId;
}

// ---------------------------------------------------------------------------------------------
// Submit: multipart

interface MultipartCase {
  method: string;
  query: string;
  spec: MultipartSpec;
  contentLength: string | null;
  /** Built to be accepted: must answer 202. */
  valid: boolean;
}

function toMultipartRequest(c: MultipartCase): Request {
  const headers = new Headers();
  const type = multipartContentType(c.spec);
  if (type !== null) headers.set('content-type', type);
  if (c.contentLength !== null) headers.set('content-length', c.contentLength);
  return new Request(`${BASE}/api/cv/submit${c.query ? `?${c.query}` : ''}`, {
    method: c.method,
    headers,
    ...(hasBody(c.method) ? { body: multipartBody(c.spec) } : {}),
  });
}

const multipartCaseArb: fc.Arbitrary<MultipartCase> = fc.oneof(
  { weight: 2, arbitrary: fc.constant<MultipartCase>({ method: 'POST', query: '', spec: validMultipart('cv'), contentLength: null, valid: true }) },
  {
    weight: 8,
    arbitrary: fc.record({
      method: fc.oneof({ weight: 6, arbitrary: fc.constant('POST') }, { weight: 1, arbitrary: methodArb }),
      query: fc.oneof({ weight: 4, arbitrary: fc.constant('') }, { weight: 1, arbitrary: queryArb }),
      spec: multipartArb('cv', MAX_BYTES),
      contentLength: fc.oneof({ weight: 5, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: contentLengthArb }),
      valid: fc.constant(false),
    }),
  },
);

/**
 * A generated body any browser could have sent: a boundary the header names exactly (RFC 2046 characters,
 * quoted or not), whole, closed, and a PDF in the first `cv` part, sent as a file. Such an upload must be
 * accepted, whatever the other parts, the file name or the part's declared type.
 */
function wellFormed(spec: MultipartSpec): boolean {
  const file = spec.parts.find((part) => part.name === 'cv');
  return (
    // Unquoted, a boundary must be an RFC 2045 token (no `(),/:=?`); quoted, any RFC 2046 boundary character.
    ((['exact', 'uppercase'].includes(spec.header) && /^[A-Za-z0-9'+_\-.]{1,70}$/.test(spec.boundary)) || (spec.header === 'quoted' && /^[A-Za-z0-9'()+_,\-./:=?]{1,70}$/.test(spec.boundary))) &&
    spec.closing &&
    spec.truncateAt === null &&
    // RFC 2046 allows a preamble, but Node 20's Request.formData() (undici) refuses one: a clear 400, left as it is.
    !spec.preamble &&
    // Browsers send `"` in a file name as %22; a raw one ends the quoted parameter early.
    spec.parts.every((part) => part.name !== null && !part.nested && (part.fileName === null || (typeof part.fileName === 'string' && !part.fileName.includes('"')))) &&
    file !== undefined &&
    typeof file.fileName === 'string' &&
    file.content === PDF_BYTES &&
    // Node 20's undici refuses a body whose data holds the boundary text anywhere, even off a delimiter line
    // (nodejs/undici#5561): with a one-letter boundary that is most bodies. A clear 400; browsers' boundaries are long and random.
    !spec.parts.some((part) => new TextDecoder().decode(part.content).includes(spec.boundary)) &&
    !/^-+$/.test(spec.boundary) // the same bug: a boundary of dashes is found inside its own delimiter
  );
}

describe('fuzz: createSubmitHandler', () => {
  it(`multipart: ${FUZZ_RUNS} generated uploads — 202 with one record, one blob, one message, or a 4xx that stores nothing`, async () => {
    const { kiln, ledger, logged } = fuzzKiln();
    const submit = createSubmitHandler(kiln);
    const tally = new FuzzTally('submit (multipart)');
    let accepted = 0; // uploads a browser could have sent, each of which must be a 202
    await runFuzz(tally, multipartCaseArb, async (c) => {
      const before = await ledger.counts();
      const response = await submit(toMultipartRequest(c));
      const body = (await checkAnswer(response)) as { jobId?: string } | null;
      const after = await ledger.counts();
      tally.count(response.status);
      const acceptable = c.valid || (c.method === 'POST' && c.contentLength === null && wellFormed(c.spec));
      if (acceptable) {
        accepted += 1;
        expect(response.status).toBe(202);
      }
      if (response.status === 202) {
        expect(after).toEqual({ ...before, records: before.records + 1, blobs: before.blobs + 1, messages: before.messages + 1 });
        const record = await ledger.ports.store.get(body!.jobId!);
        expect(record).toMatchObject({ status: 'queued', input: { blobKey: `uploads/${body!.jobId}` } });
        if (acceptable) expect(await ledger.ports.blobs.get(`uploads/${body!.jobId}`)).toEqual(PDF_BYTES); // byte for byte
      } else {
        expect(after).toEqual(before);
      }
      expect(logged).toEqual([]);
    });
    console.log(`[fuzz] submit (multipart): ${accepted} of the 202s were required (the constant valid upload, or a generated body any browser could send)`);
    expect(accepted).toBeGreaterThan(FUZZ_RUNS / 10);
  }, FUZZ_TIMEOUT_MS);
});

// ---------------------------------------------------------------------------------------------
// Submit: the direct-upload offer and commit

const offerQueryArb = fc.record({
  method: fc.oneof({ weight: 8, arbitrary: fc.constant('GET') }, { weight: 1, arbitrary: fc.constantFrom('HEAD', 'get') }, { weight: 1, arbitrary: methodArb }),
  direct: fc.oneof({ weight: 8, arbitrary: fc.constant('1') }, { weight: 1, arbitrary: fc.constantFrom('0', '01', 'true', '', '1 ') }),
  size: fc.oneof(
    { weight: 5, arbitrary: fc.integer({ min: 1, max: DIRECT_MAX_BYTES }).map(String) },
    { weight: 3, arbitrary: fc.constantFrom('', '0', '-1', '1.5', '1e3', 'NaN', 'Infinity', '-Infinity', '9007199254740993', '99999999999', String(DIRECT_MAX_BYTES + 1), '0x10', ' 12', '١٢') },
    { weight: 1, arbitrary: fc.constant(null) },
  ),
  type: fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom('application/pdf', 'text/plain', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/octet-stream') },
    { weight: 3, arbitrary: fc.constantFrom('', 'APPLICATION/PDF; charset=x', 'image/png', 'application/pdf\u0000', '履歴書', ';', 'text/html', '__proto__', 'constructor', 'toString') },
    { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 1, arbitrary: fc.constant(null) },
  ),
  extra: queryArb,
});

type OfferCase = typeof offerQueryArb extends fc.Arbitrary<infer T> ? T : never;

function offerRequest(c: OfferCase): Request {
  const query = new URLSearchParams();
  query.set('direct', c.direct);
  if (c.size !== null) query.set('size', c.size);
  if (c.type !== null) query.set('type', c.type);
  return new Request(`${BASE}/api/cv/submit?${query}${c.extra ? `&${c.extra}` : ''}`, { method: c.method });
}

/** What the "browser" did between the offer and the commit, and how the commit is written. */
interface CommitCase {
  declared: number;
  upload: 'pdf' | 'text' | 'binary' | 'empty' | 'larger' | 'none' | 'docx-like';
  token: 'intact' | 'flipped' | 'truncated' | 'extra-dot' | 'other-secret' | 'expired' | 'garbage' | 'committed-before';
  wrap: 'plain' | 'array' | 'nested' | 'proto' | 'duplicate-key' | 'bom' | 'padded' | 'hostile';
  hostile: string;
  contentType: string;
}

const commitCaseArb: fc.Arbitrary<CommitCase> = fc.record({
  declared: fc.constantFrom(PDF_BYTES.byteLength, PDF_BYTES.byteLength + 10, 20, 1),
  upload: fc.oneof({ weight: 6, arbitrary: fc.constant('pdf' as const) }, { weight: 4, arbitrary: fc.constantFrom('text', 'binary', 'empty', 'larger', 'none', 'docx-like') }),
  token: fc.oneof({ weight: 6, arbitrary: fc.constant('intact' as const) }, { weight: 4, arbitrary: fc.constantFrom('flipped', 'truncated', 'extra-dot', 'other-secret', 'expired', 'garbage', 'committed-before') }),
  wrap: fc.oneof({ weight: 6, arbitrary: fc.constant('plain' as const) }, { weight: 4, arbitrary: fc.constantFrom('array', 'nested', 'proto', 'duplicate-key', 'bom', 'padded', 'hostile') }),
  hostile: hostileJsonArb,
  contentType: fc.oneof({ weight: 6, arbitrary: fc.constant('application/json') }, { weight: 1, arbitrary: fc.constantFrom('application/json; charset=utf-8', 'APPLICATION/JSON', 'application/json-patch+json', 'application/jsonx') }),
});

const UPLOADS: Record<Exclude<CommitCase['upload'], 'none' | 'larger'>, Uint8Array> = {
  pdf: PDF_BYTES,
  text: bytesOf('Jane Doe\nEngineer\n'),
  binary: Uint8Array.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0]),
  empty: new Uint8Array(),
  'docx-like': bytesOf('PK\u0003\u0004 not a word document'),
};

describe('fuzz: createSubmitHandler, direct uploads', () => {
  it(`offer: ${FUZZ_RUNS} generated GET ?direct=1 requests — an upload target or a 4xx, and nothing stored either way`, async () => {
    const { kiln, ledger, logged } = fuzzKiln();
    const submit = createSubmitHandler(kiln);
    const tally = new FuzzTally('submit (direct offer)');
    await runFuzz(tally, offerQueryArb, async (c) => {
      const before = await ledger.counts();
      const response = await submit(offerRequest(c));
      const body = (await checkAnswer(response)) as { url?: string; token?: string } | null;
      tally.count(response.status);
      if (response.status === 200) {
        expect(body?.url).toMatch(/^memory:direct\/[A-Za-z0-9_-]{21,}$/);
        expect(body?.token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
      }
      expect(await ledger.counts()).toEqual(before);
      expect(logged).toEqual([]);
    });
    expect(tally.of(200)).toBeGreaterThan(FUZZ_RUNS / 10);
  }, FUZZ_TIMEOUT_MS);

  it(`commit: ${FUZZ_RUNS} generated commits — 202 with one record and one message, or a 4xx that queues nothing and leaves no new blob`, async () => {
    const { kiln, ledger, logged } = fuzzKiln();
    const other = fuzzKiln({ uploadSecret: 'a-different-upload-secret-0123456789abcdef' });
    const submit = createSubmitHandler(kiln);
    const committed: { token: string; jobId: string }[] = [];
    const tally = new FuzzTally('submit (direct commit)');
    const offer = async (k: typeof kiln, size: number) => {
      const response = await createSubmitHandler(k)(new Request(`${BASE}/api/cv/submit?direct=1&size=${size}&type=application/pdf`));
      expect(response.status).toBe(200);
      const { url, token } = (await response.json()) as { url: string; token: string };
      return { key: url.replace(/^memory:/, ''), token };
    };
    await runFuzz(tally, commitCaseArb, async (c) => {
      const { key, token: issued } = await offer(kiln, c.declared);
      if (c.upload === 'larger') await ledger.ports.blobs.put(key, new Uint8Array(c.declared + 1).fill(0x41));
      else if (c.upload !== 'none') await ledger.ports.blobs.put(key, UPLOADS[c.upload]);
      const token = await tokenFor(c, issued, committed, () => offer(other.kiln, c.declared).then((o) => o.token));
      const body = commitBody(c, token);

      const before = await ledger.counts();
      const response = await submit(new Request(`${BASE}/api/cv/submit`, { method: 'POST', headers: { 'content-type': c.contentType }, body }));
      const answer = (await checkAnswer(response)) as { jobId?: string } | null;
      const after = await ledger.counts();
      tally.count(response.status);
      const again = c.token === 'committed-before' && committed.some((k) => k.token === token);
      if (response.status === 202 && again) {
        expect(answer?.jobId).toBe(committed.find((k) => k.token === token)!.jobId);
        expect(after).toEqual(before);
      } else if (response.status === 202) {
        expect(after).toEqual({ ...before, records: before.records + 1, messages: before.messages + 1 }); // the blob was moved, not copied
        expect(await ledger.ports.blobs.get(`uploads/${answer!.jobId}`)).not.toBeNull();
        expect(await ledger.ports.blobs.get(key)).toBeNull();
        committed.push({ token, jobId: answer!.jobId! });
      } else {
        expect(after.records).toBe(before.records);
        expect(after.messages).toBe(before.messages);
        expect(after.blobs).toBeLessThanOrEqual(before.blobs);
      }
      const valid = c.token === 'intact' && ['plain', 'duplicate-key', 'bom'].includes(c.wrap) && c.contentType.toLowerCase().startsWith('application/json');
      if (valid && (c.upload === 'pdf' || c.upload === 'text') && UPLOADS[c.upload].byteLength <= c.declared) expect(response.status).toBe(202);
      expect(logged).toEqual([]);
    });
    expect(tally.of(202)).toBeGreaterThan(FUZZ_RUNS / 10);
  }, FUZZ_TIMEOUT_MS);
});

async function tokenFor(c: CommitCase, issued: string, committed: { token: string }[], otherSecret: () => Promise<string>): Promise<string> {
  const [payload = '', signature = ''] = issued.split('.');
  switch (c.token) {
    case 'intact':
      return issued;
    case 'flipped':
      return `${payload}.${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
    case 'truncated':
      return issued.slice(0, Math.floor(issued.length / 2));
    case 'extra-dot':
      return `${issued}.x`;
    case 'other-secret':
      return otherSecret();
    case 'expired': {
      const { signUploadClaim, verifyUploadToken } = await import('../../packages/handlers/src/core/upload-token');
      const claim = (await verifyUploadToken(issued, FUZZ_SECRETS.uploadSecret))!;
      return signUploadClaim({ ...claim, expiresAt: Date.now() - 1000 }, FUZZ_SECRETS.uploadSecret);
    }
    case 'garbage':
      return latin1(c.hostile).slice(0, 200);
    case 'committed-before':
      return committed.at(-1)?.token ?? issued;
  }
}

function commitBody(c: CommitCase, token: string): string {
  const plain = JSON.stringify({ directUpload: token });
  switch (c.wrap) {
    case 'plain':
      return plain;
    case 'array':
      return `[${plain}]`;
    case 'nested':
      return JSON.stringify({ data: { directUpload: token } });
    case 'proto':
      return `{"__proto__": ${plain}}`;
    case 'duplicate-key':
      return `{"directUpload": 12, "directUpload": ${JSON.stringify(token)}}`;
    case 'bom':
      return `\uFEFF${plain}`;
    case 'padded':
      return plain + ' '.repeat(17 * 1024);
    case 'hostile':
      return c.hostile;
  }
}

// ---------------------------------------------------------------------------------------------
// Status, process, revalidate, getStaticProps

/** Ids of jobs that exist, mixed into the generated ones so the success paths run. */
async function withJobs(count: number) {
  const fuzz = fuzzKiln();
  const submit = createSubmitHandler(fuzz.kiln);
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push(await submitValid(submit));
  const someId = fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...ids) }, { weight: 2, arbitrary: idArb });
  return { ...fuzz, ids, someId };
}

describe('fuzz: createStatusHandler', () => {
  it(`${FUZZ_RUNS} generated status requests — 200 for a job that exists, else a 4xx; nothing stored`, async () => {
    const { kiln, ledger, logged, ids, someId } = await withJobs(5);
    const status = createStatusHandler(kiln);
    const tally = new FuzzTally('status');
    const caseArb = fc.record({
      method: fc.oneof({ weight: 6, arbitrary: fc.constant('GET') }, { weight: 1, arbitrary: methodArb }),
      id: someId,
      /** How the id arrives: in the path, or as a route parameter (a string, an array as a catch-all gives, or missing). */
      via: fc.constantFrom('path', 'param', 'param-array', 'param-missing', 'other-param'),
      trailing: fc.constantFrom('', '/', '?x=1', '#frag', `?${encodeURIComponent('jobId')}=x`),
    });
    await runFuzz(tally, caseArb, async (c) => {
      const before = await ledger.counts();
      const url = `${BASE}/api/cv/${c.via === 'path' ? c.id : 'x'}${c.trailing}`;
      const params = { param: { jobId: c.id }, 'param-array': { jobId: [c.id, 'x'] }, 'param-missing': {}, 'other-param': { id: c.id }, path: undefined }[c.via];
      const response = await status(new Request(url, { method: c.method }), params ? { params } : {});
      const body = (await checkAnswer(response)) as { id?: string } | null;
      tally.count(response.status);
      const known = ids.includes(c.id) && ['path', 'param'].includes(c.via) && !(c.via === 'path' && c.trailing === '/');
      if (known && ['GET', 'get', 'HEAD'].includes(c.method)) {
        expect(response.status).toBe(200);
        expect(body?.id).toBe(c.id);
      }
      if (response.status === 200) expect(ids).toContain(body?.id);
      expect(await ledger.counts()).toEqual(before);
      expect(logged).toEqual([]);
    });
    expect(tally.of(200)).toBeGreaterThan(FUZZ_RUNS / 20);
  }, FUZZ_TIMEOUT_MS);
});

describe('fuzz: createProcessHandler', () => {
  it(`${FUZZ_RUNS} generated processor calls — 200 with a report when the cron secret is right (queued jobs complete), else a 4xx that runs nothing`, async () => {
    const tally = new FuzzTally('process');
    const caseArb = fc.record({
      method: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('GET', 'POST') }, { weight: 1, arbitrary: methodArb }),
      authorization: fc.option(authorizationArb(FUZZ_SECRETS.cronSecret), { nil: null, freq: 8 }),
      query: fc.oneof({ weight: 4, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constant(`secret=${FUZZ_SECRETS.cronSecret}`) }, { weight: 1, arbitrary: queryArb }),
      body: fc.option(hostileJsonArb, { nil: null }),
      queued: fc.boolean(),
    });
    await runFuzz(tally, caseArb, async (c) => {
      // A Kiln per call, so each case stands alone (and shrinks alone).
      const { kiln, ledger, logged } = fuzzKiln();
      const process = createProcessHandler(kiln);
      const jobId = c.queued ? await submitValid(createSubmitHandler(kiln)) : null;
      const before = await ledger.counts();
      const headers = new Headers(c.authorization === null ? {} : { authorization: c.authorization });
      const request = new Request(`${BASE}/api/cv/process${c.query ? `?${c.query}` : ''}`, { method: c.method, headers, ...(hasBody(c.method) && c.body !== null ? { body: c.body } : {}) });
      const response = await process(request);
      const body = (await checkAnswer(response)) as Record<string, unknown> | null;
      const after = await ledger.counts();
      tally.count(response.status);
      const rightSecret = c.authorization !== null && /^Bearer +\S/.test(c.authorization) && c.authorization.replace(/^Bearer +/, '').trim() === FUZZ_SECRETS.cronSecret;
      if (rightSecret && ['GET', 'POST', 'get', 'post'].includes(c.method)) expect(response.status).toBe(200);
      if (response.status === 200) {
        expect(body).toMatchObject({ completed: jobId ? 1 : 0, failed: 0, errors: 0 });
        expect(after.records).toBe(before.records);
        expect(after.messages).toBe(0); // drained: every queued job ran
        if (jobId) expect(await ledger.ports.store.get(jobId)).toMatchObject({ status: 'completed' });
      } else {
        expect(after).toEqual(before);
        if (jobId) expect(await ledger.ports.store.get(jobId)).toMatchObject({ status: 'queued' });
      }
      expect(logged).toEqual([]);
    });
    expect(tally.of(200)).toBeGreaterThan(FUZZ_RUNS / 10);
  }, FUZZ_TIMEOUT_MS);
});

describe('fuzz: createRevalidateHandler', () => {
  it(`${FUZZ_RUNS} generated revalidations — only an authorised job page path reaches res.revalidate, once; everything else is a 4xx`, async () => {
    const { kiln, ledger, logged, someId } = await withJobs(3);
    const revalidate = createRevalidateHandler(kiln);
    const tally = new FuzzTally('revalidate');
    const pathArb = fc.oneof(
      { weight: 4, arbitrary: someId.map((id) => `/cv/${id}`) },
      { weight: 2, arbitrary: fc.constantFrom('/', '/cv', '/cv/', '/api/cv/submit', '//evil.example/cv/AAAAAAAAAAAAAAAAAAAAAAAA', '/cv/../api/x', '/cv/%2e%2e/admin', '/cv/AAAAAAAAAAAAAAAAAAAAAAAA/extra', '/cv/AAAAAAAAAAAAAAAAAAAAAAAA?x=1', '/CV/AAAAAAAAAAAAAAAAAAAAAAAA', 'cv/AAAAAAAAAAAAAAAAAAAAAAAA', 'https://evil.example/cv/AAAAAAAAAAAAAAAAAAAAAAAA', '/cv/AAAAAAAAAAAAAAAAAAAAAAAA\n/x') },
      { weight: 1, arbitrary: idArb.map((id) => `/cv/${id}`) },
    );
    const caseArb = fc.record({
      method: fc.oneof({ weight: 6, arbitrary: fc.constant('POST') }, { weight: 1, arbitrary: methodArb }),
      authorization: fc.option(authorizationArb(FUZZ_SECRETS.revalidateSecret), { nil: null, freq: 8 }),
      path: pathArb,
      in: fc.constantFrom('body', 'body', 'body', 'query', 'hostile-body'),
      hostile: hostileJsonArb,
    });
    await runFuzz(tally, caseArb, async (c) => {
      const calls: string[] = [];
      const before = await ledger.counts();
      const headers = new Headers(c.authorization === null ? {} : { authorization: c.authorization });
      headers.set('content-type', 'application/json');
      const body = c.in === 'body' ? JSON.stringify({ path: c.path }) : c.in === 'hostile-body' ? c.hostile : '';
      const query = c.in === 'query' ? `?path=${encodeURIComponent(c.path)}` : '';
      const request = new Request(`${BASE}/api/revalidate${query}`, { method: c.method, headers, ...(hasBody(c.method) ? { body } : {}) });
      const response = await revalidate(request, { revalidate: async (path) => void calls.push(path), router: 'pages' });
      const answer = (await checkAnswer(response)) as { path?: string } | null;
      tally.count(response.status);
      if (response.status === 200) {
        expect(calls).toEqual([answer?.path]);
        expect(calls[0]).toMatch(/^\/cv\/[A-Za-z0-9_-]{21,64}$/);
      } else {
        expect(calls).toEqual([]);
      }
      expect(await ledger.counts()).toEqual(before);
      expect(logged).toEqual([]);
    });
    expect(tally.of(200)).toBeGreaterThan(FUZZ_RUNS / 20);
  }, FUZZ_TIMEOUT_MS);
});

describe('fuzz: createGetStaticProps', () => {
  it(`${FUZZ_RUNS} generated route params — the job's props for an id that exists, notFound for anything else, never a throw`, async () => {
    const { kiln, ledger, ids, someId } = await withJobs(5);
    const getStaticProps = createGetStaticProps(kiln);
    const tally = new FuzzTally('getStaticProps');
    const paramsArb = fc.oneof(
      { weight: 6, arbitrary: someId.map((jobId) => ({ jobId })) },
      { weight: 1, arbitrary: someId.map((jobId) => ({ jobId: [jobId] })) },
      { weight: 1, arbitrary: fc.constantFrom(undefined, {}, { jobId: undefined }, { jobId: [] as string[] }, { id: ids[0] }) },
      { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 }))) },
    );
    await runFuzz(tally, paramsArb, async (params) => {
      const before = await ledger.counts();
      const result = await getStaticProps(params === undefined ? {} : { params });
      const jobId = (params as { jobId?: unknown } | undefined)?.jobId;
      if ('props' in result) {
        tally.count('props');
        expect(result.props.job.id).toBe(jobId);
        expect(result.revalidate === false || (typeof result.revalidate === 'number' && result.revalidate > 0)).toBe(true);
      } else {
        tally.count('notFound');
        expect(typeof jobId === 'string' && ids.includes(jobId)).toBe(false);
        expect(result).toEqual({ notFound: true, revalidate: expect.any(Number) });
      }
      expect(await ledger.counts()).toEqual(before);
    });
    expect(tally.of('props')).toBeGreaterThan(FUZZ_RUNS / 10);
  }, FUZZ_TIMEOUT_MS);
});

// ---------------------------------------------------------------------------------------------
// Next bindings: the Pages API route (a fake Node req/res) and the App Router helpers

interface PagesCase extends FakePagesRequest {
  handler: 'submit' | 'status' | 'revalidate';
}

const hostArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('localhost:3000', 'example.com') },
  { weight: 3, arbitrary: fc.constantFrom('', '[', '[::1]:80', 'a b', 'x:y:z', 'localhost/evil?', 'exa_mple.com', '@', 'user@host', '%', '\u00e9.example', ':80', 'localhost:99999') },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map(latin1) },
);

const pagesUrlArb = (handler: PagesCase['handler'], someId: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 6, arbitrary: handler === 'status' ? someId.map((id) => `/api/cv/${encodeURIComponent(id)}`) : fc.constant(handler === 'submit' ? '/api/cv/submit' : '/api/revalidate') },
    { weight: 3, arbitrary: fc.constantFrom('', '/', '*', '//', '///', '//evil.example/api/cv/submit', '/\\evil.example', 'http://other.example/api/cv/submit', '/api/cv/%ZZ', '/api/cv/submit?direct=1&size=10&type=application/pdf', '/api/cv/..%2f..%2f', '?x', '#x') },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map((s) => `/${latin1(s)}`) },
  );

function pagesCaseArb(someId: fc.Arbitrary<string>): fc.Arbitrary<PagesCase> {
  return fc.constantFrom<PagesCase['handler']>('submit', 'status', 'revalidate').chain((handler) =>
    fc
      .record({
        // Node's HTTP parser accepts only upper-case method names (`get` is a 400 before any route), so req.method is one of them.
        method: fc.oneof({ weight: 6, arbitrary: fc.constant(handler === 'status' ? 'GET' : 'POST') }, { weight: 1, arbitrary: methodArb.map((m) => m.toUpperCase()) }),
        url: pagesUrlArb(handler, someId),
        host: fc.option(hostArb, { nil: undefined, freq: 10 }),
        extra: fc.dictionary(
          fc.constantFrom('content-type', 'content-length', 'authorization', 'x-forwarded-host', 'cookie', 'transfer-encoding', 'x-custom'),
          fc.oneof(fc.string({ maxLength: 30 }).map(latin1), fc.array(fc.string({ maxLength: 10 }).map(latin1), { minLength: 1, maxLength: 3 })),
          { maxKeys: 3 },
        ),
        spec: multipartArb('cv', MAX_BYTES),
        kind: fc.constantFrom('valid', 'valid', 'multipart', 'json', 'none'),
        json: hostileJsonArb,
        path: someId.map((id) => `/cv/${id}`),
        parsed: fc.oneof({ weight: 8, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom<unknown>('text', { path: '/cv/x' }, null, 42, ['a'], Uint8Array.from([1, 2])) }),
        query: fc.option(fc.dictionary(fc.constantFrom('jobId', 'x', '__proto__'), fc.oneof(someId, fc.array(someId, { maxLength: 2 }))), { nil: undefined }),
        auth: fc.boolean(),
      })
      .map((r): PagesCase => {
        const headers: Record<string, string | string[]> = { ...(r.host !== undefined ? { host: r.host } : {}), ...r.extra };
        let body: Uint8Array | null = null;
        if (r.kind === 'valid' && handler === 'submit') {
          body = multipartBody(validMultipart('cv'));
          headers['content-type'] = multipartContentType(validMultipart('cv'))!;
        } else if (r.kind === 'valid' || r.kind === 'json') {
          body = bytesOf(r.kind === 'valid' ? JSON.stringify({ path: r.path }) : r.json);
          headers['content-type'] ??= 'application/json';
        } else if (r.kind === 'multipart') {
          body = multipartBody(r.spec);
          const type = multipartContentType(r.spec);
          if (type) headers['content-type'] = type;
        }
        if (r.auth) headers.authorization = `Bearer ${FUZZ_SECRETS.revalidateSecret}`;
        return { handler, method: r.method, url: r.url, headers, body, parsed: r.parsed, query: r.query };
      }),
  );
}

/** The three Pages routes a fuzz case may hit, over one counted Kiln. */
async function pagesRoutes() {
  const fuzz = await withJobs(3);
  const routes = {
    submit: toPagesApiHandler(createSubmitHandler(fuzz.kiln)),
    status: toPagesApiHandler(createStatusHandler(fuzz.kiln)),
    revalidate: toPagesApiHandler(createRevalidateHandler(fuzz.kiln)),
  };
  /** Sends one case through its route; checks the answer and what the ports hold; returns the status. */
  const check = async (c: PagesCase): Promise<number | string> => {
    const before = await fuzz.ledger.counts();
    const revalidations: string[] = [];
    const res = fakePagesResponse(revalidations);
    await routes[c.handler](fakePagesRequest(c), res as never);
    expect(res.ended, 'the response was never ended').toBe(true);
    const response = res.toResponse();
    if (c.handler === 'submit' && c.parsed !== undefined && res.statusCode === 500) {
      // A route that kept Next's bodyParser is a setup mistake, answered with the fix (counted apart).
      expect(((await response.json()) as { error: { message: string } }).error.message).toContain('bodyParser: false');
      fuzz.logged.length = 0;
      return 'bodyParser kept: 500 naming the fix';
    } else {
      await checkAnswer(response);
    }
    const after = await fuzz.ledger.counts();
    if (res.statusCode === 202) expect(after).toEqual({ ...before, records: before.records + 1, blobs: before.blobs + 1, messages: before.messages + 1 });
    else expect(after).toEqual(before);
    if (res.statusCode !== 200 || c.handler !== 'revalidate') expect(revalidations).toEqual([]);
    expect(fuzz.logged).toEqual([]);
    return res.statusCode;
  };
  return { ...fuzz, check };
}

describe('fuzz: toPagesApiHandler (a fake Node req/res)', () => {
  it(`${FUZZ_RUNS} generated Node requests to submit, status and revalidate routes — always an answer, never a 5xx or a rejection; a 4xx stores nothing`, async () => {
    const { someId, check } = await pagesRoutes();
    const tally = new FuzzTally('toPagesApiHandler');
    await runFuzz(tally, pagesCaseArb(someId), async (c) => tally.count(await check(c)));
    expect(tally.of(202) + tally.of(200)).toBeGreaterThan(FUZZ_RUNS / 10);
  }, FUZZ_TIMEOUT_MS);

  // Shrunk counterexamples the fuzzer found, kept as named cases.
  it('regression: an empty Host header is answered (it made `new URL` throw, so the route rejected and Next answered 500)', async () => {
    const { check } = await pagesRoutes();
    const spec = validMultipart('cv');
    const status = await check({ handler: 'submit', method: 'POST', url: '/api/cv/submit', headers: { host: '', 'content-type': multipartContentType(spec)! }, body: multipartBody(spec), parsed: undefined, query: undefined });
    expect(status).toBe(202);
  });

  it('regression: a Host header with credentials (`user@host`) is answered (`new Request` refused the URL it made, and the route rejected)', async () => {
    const { check } = await pagesRoutes();
    const spec = validMultipart('cv');
    const status = await check({ handler: 'submit', method: 'POST', url: '/api/cv/submit', headers: { host: 'user@host', 'content-type': multipartContentType(spec)! }, body: multipartBody(spec), parsed: undefined, query: undefined });
    expect(status).toBe(202);
  });
});

describe('fuzz: App Router helpers', () => {
  it(`toAppRouteHandler: ${FUZZ_RUNS} generated status requests with generated route contexts (a promise, a plain object, arrays, nothing) — 200 or a 4xx, nothing stored`, async () => {
    const { kiln, ledger, logged, ids, someId } = await withJobs(3);
    const route = toAppRouteHandler(createStatusHandler(kiln));
    const tally = new FuzzTally('toAppRouteHandler (status)');
    const valueArb = fc.oneof({ weight: 4, arbitrary: someId }, { weight: 1, arbitrary: fc.array(someId, { maxLength: 3 }) }, { weight: 1, arbitrary: fc.constant(undefined) });
    const caseArb = fc.record({
      method: fc.oneof({ weight: 6, arbitrary: fc.constant('GET') }, { weight: 1, arbitrary: methodArb }),
      pathId: someId,
      params: fc.dictionary(fc.constantFrom('jobId', 'id', '__proto__', 'slug'), valueArb, { maxKeys: 3 }),
      wrap: fc.constantFrom('promise', 'plain', 'no-params', 'no-context'),
    });
    await runFuzz(tally, caseArb, async (c) => {
      const before = await ledger.counts();
      const context = c.wrap === 'no-context' ? undefined : c.wrap === 'no-params' ? {} : { params: c.wrap === 'promise' ? Promise.resolve(c.params) : c.params };
      const response = await route(new Request(`${BASE}/api/cv/${encodeURIComponent(c.pathId)}`, { method: c.method }), context);
      const body = (await checkAnswer(response)) as { id?: string } | null;
      tally.count(response.status);
      if (response.status === 200) expect(ids).toContain(body?.id);
      expect(await ledger.counts()).toEqual(before);
      expect(logged).toEqual([]);
    });
    expect(tally.of(200)).toBeGreaterThan(FUZZ_RUNS / 20);
  }, FUZZ_TIMEOUT_MS);

  it(`loadJobForPage: ${FUZZ_RUNS} generated ids — the job, or Next's notFound(), never another error`, async () => {
    const { kiln, ledger, ids, someId } = await withJobs(3);
    const tally = new FuzzTally('loadJobForPage');
    await runFuzz(tally, someId, async (id) => {
      const before = await ledger.counts();
      try {
        const job = await loadJobForPage(kiln, id);
        tally.count('job');
        expect(job.id).toBe(id);
      } catch (error) {
        tally.count('notFound()');
        expect(String((error as { digest?: unknown }).digest)).toMatch(/^NEXT_(HTTP_ERROR_FALLBACK;404|NOT_FOUND)/);
        expect(ids).not.toContain(id);
      }
      expect(await ledger.counts()).toEqual(before);
    });
    expect(tally.of('job')).toBeGreaterThan(FUZZ_RUNS / 10);
  }, FUZZ_TIMEOUT_MS);
});

// ---------------------------------------------------------------------------------------------
// The Lambda SQS handler

interface LambdaRecordCase {
  /** `real`: a message really queued for a job that exists, as the event source mapping received it. */
  source: 'real' | 'forged';
  messageId: string;
  receiptHandle: string;
  body: string;
  receiveCount: string;
  sentTimestamp: string;
}

const forgedRecordArb: fc.Arbitrary<LambdaRecordCase> = fc.record({
  source: fc.constant('forged' as const),
  messageId: fc.oneof(fc.uuid(), fc.string({ maxLength: 40 })),
  receiptHandle: fc.oneof(fc.constant('not-a-receipt'), fc.string({ maxLength: 60 }), fc.constant('00000000-0000-4000-8000-000000000000.00000000-0000-4000-8000-000000000000')),
  body: fc.oneof(
    fc.constantFrom('', 'not JSON', '{}', 'null', '{"v":1}', '{"v":2,"jobId":"AAAAAAAAAAAAAAAAAAAAAAAA"}', '{"v":1,"jobId":"../../etc/passwd"}', '{"v":1,"jobId":12}', `{"v":1,"jobId":"${'A'.repeat(10_000)}"}`),
    idArb.map((jobId) => JSON.stringify({ v: 1, jobId })),
    hostileJsonArb,
  ),
  receiveCount: fc.constantFrom('1', '2', '3', '4', '99', '0', '-1', '1.5', '', 'abc', 'NaN', '1e3'),
  sentTimestamp: fc.constantFrom('1700000000000', '0', '', 'abc', '-1', '99999999999999999999'),
});

describe('fuzz: createSqsLambdaHandler', () => {
  it(`${FUZZ_RUNS} generated SQS events (real and forged records, odd attributes) — resolves, reports only its own records, creates nothing, completes the real jobs`, async () => {
    const tally = new FuzzTally('lambda (SQS)');
    const caseArb = fc.record({
      records: fc.array(fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: forgedRecordArb }), { maxLength: 5 }),
      remainingMs: fc.oneof({ weight: 8, arbitrary: fc.constant(60_000) }, { weight: 1, arbitrary: fc.constantFrom(0, 500, 5_000) }),
    });
    await runFuzz(tally, caseArb, async (c) => {
      // A Kiln per event, so each case stands alone (and shrinks alone).
      const { kiln, ledger, logged } = fuzzKiln();
      const lambda = createSqsLambdaHandler(kiln);
      // A `null` slot is a real record: a job submitted and its message received, as the event source mapping does.
      const real = new Map<string, string>();
      const records: SqsEventRecord[] = [];
      for (const slot of c.records) {
        if (slot) {
          records.push({ messageId: slot.messageId, receiptHandle: slot.receiptHandle, body: slot.body, attributes: { ApproximateReceiveCount: slot.receiveCount, SentTimestamp: slot.sentTimestamp } });
          continue;
        }
        const jobId = await enqueue(ledger.ports, 'a queued upload'); // what submit leaves: a blob, a record, a message
        const [message] = await ledger.ports.queue.receive({ maxMessages: 1, visibilityTimeoutSeconds: 30 });
        expect(message?.body).toContain(jobId);
        real.set(message!.id, jobId);
        records.push({ messageId: message!.id, receiptHandle: message!.receiptHandle, body: message!.body, attributes: { ApproximateReceiveCount: String(message!.receiveCount), SentTimestamp: String(message!.sentAt) } });
      }
      const before = await ledger.counts();
      const response = await lambda({ Records: records }, { getRemainingTimeInMillis: () => c.remainingMs });
      const failures = response.batchItemFailures.map((f) => f.itemIdentifier);
      tally.count(failures.length === 0 ? 'no failures' : 'some failures');
      expect(failures.every((id) => records.some((r) => r.messageId === id))).toBe(true);
      const after = await ledger.counts();
      expect(after.records).toBe(before.records);
      expect(after.blobs).toBe(before.blobs);
      expect(after.messages).toBeLessThanOrEqual(before.messages);
      for (const [messageId, jobId] of real) {
        const record = await ledger.ports.store.get(jobId);
        if (c.remainingMs === 60_000) {
          expect(record?.status).toBe('completed');
          expect(failures).not.toContain(messageId);
        } else {
          expect(['queued', 'completed']).toContain(record?.status); // no time to start it: released, left for a retry
        }
      }
      expect(logged).toEqual([]);
    });
  }, FUZZ_TIMEOUT_MS);
});

// ---------------------------------------------------------------------------------------------
// Ports made to fail on purpose

interface OutageCase {
  via: 'multipart' | 'commit';
  call: FailableCall;
  nth: number;
}

/**
 * One valid submit with an outage injected into the `nth` use of one port call. Checks that the answer
 * is a 202, or a 500/503 that keeps nothing half-stored and does not lose the upload: the same request
 * sent again after the outage makes the job. Returns the status.
 */
async function submitThroughOutage({ kiln, ledger, logged, faulty }: ReturnType<typeof fuzzKiln>, c: OutageCase): Promise<number> {
  const submit = createSubmitHandler(kiln);
  let send: () => Request;
  let directKey: string | null = null;
  if (c.via === 'multipart') {
    send = () => toMultipartRequest({ method: 'POST', query: '', spec: validMultipart('cv'), contentLength: null, valid: true });
  } else {
    const offered = (await (await submit(new Request(`${BASE}/api/cv/submit?direct=1&size=${PDF_BYTES.byteLength}&type=application/pdf`))).json()) as { url: string; token: string };
    directKey = offered.url.replace(/^memory:/, '');
    await ledger.ports.blobs.put(directKey, PDF_BYTES);
    send = () => new Request(`${BASE}/api/cv/submit`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ directUpload: offered.token }) });
  }
  const before = await ledger.counts();
  faulty.arm(c.call, c.nth);
  const response = await submit(send());
  faulty.disarm();
  const after = await ledger.counts();
  logged.length = 0; // an outage is logged; that is its place
  if (response.status === 202) {
    expect(after.records).toBe(before.records + 1);
    expect(after.messages).toBe(before.messages + 1);
    return 202;
  }
  expect(faulty.fired(), `a ${response.status} with no outage injected`).toBe(true);
  expect(response.status, 'a storage or queue outage is a 503 (try again), not a 500').toBe(503);
  const body = (await response.json()) as { error: { code: string; message: string } };
  expect(body.error.message).not.toContain('injected'); // the cause goes to the log, not to the client
  expect(after.records).toBe(before.records);
  expect(after.messages).toBe(before.messages);
  if (directKey) expect(await ledger.ports.blobs.head!(directKey), 'the uploaded file is no longer where its token points').not.toBeNull();
  else expect(after.blobs).toBe(before.blobs);
  // Nothing was lost: the same request, sent again once the outage is over, makes the job.
  const retry = await submit(send());
  expect(retry.status, `the retry after the outage: ${await retry.clone().text()}`).toBe(202);
  expect((await ledger.counts()).records).toBe(before.records + 1);
  expect(logged).toEqual([]);
  return response.status;
}

describe('fuzz: createSubmitHandler with a port failing on purpose', () => {
  it(`${FUZZ_RUNS} valid submits (multipart and direct commits), each with one injected outage — 202, or an error that keeps nothing half-stored, and the same request then succeeds`, async () => {
    const tally = new FuzzTally('submit (injected outages)');
    const caseArb = fc.record({ via: fc.constantFrom<OutageCase['via']>('multipart', 'commit'), call: fc.constantFrom(...FAILABLE_CALLS), nth: fc.nat(3) });
    // A Kiln per submit, so each case stands alone (and shrinks alone).
    await runFuzz(tally, caseArb, async (c) => tally.count(await submitThroughOutage(fuzzKiln(), c)));
    expect(tally.of(503)).toBeGreaterThan(FUZZ_RUNS / 10);
  }, FUZZ_TIMEOUT_MS);

  // Shrunk counterexamples the fuzzer found, kept as named cases.
  it('regression: an outage while a committed direct upload is checked leaves the file where its token points (it stayed under uploads/ with no job, and every retry answered 409)', async () => {
    expect(await submitThroughOutage(fuzzKiln(), { via: 'commit', call: 'blobs.readRange', nth: 0 })).toBe(503);
  });
});
