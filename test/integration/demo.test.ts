import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemo, waitFor, type RunningDemo } from '../support/demo-server';
import { minimalPdf } from '../support/minimal-pdf';

const CV_LINES = ['Jane Doe', 'jane.doe@example.com', 'Senior software engineer', 'TypeScript, Kubernetes, PostgreSQL'];

async function submit(demo: RunningDemo, bytes: Uint8Array<ArrayBuffer>, name = 'cv.pdf', field = 'cv') {
  const form = new FormData();
  form.set(field, new File([bytes], name));
  return fetch(`${demo.url}/api/cv/submit`, { method: 'POST', body: form });
}

const statusOf = async (demo: RunningDemo, jobId: string) => (await (await fetch(`${demo.url}/api/cv/${jobId}`)).json()) as Record<string, unknown>;

describe('demo under next build && next start, embedded default', () => {
  let demo: RunningDemo;
  beforeAll(async () => {
    demo = await startDemo({ KILN_MAX_UPLOAD_BYTES: String(512 * 1024) });
  });
  afterAll(() => demo?.stop());

  it('submit → 202 at once → kicked processor completes → revalidated static page served from the ISR cache', async () => {
    const response = await submit(demo, minimalPdf(CV_LINES, 100 * 1024));
    expect(response.status).toBe(202);
    const { jobId, statusUrl } = (await response.json()) as { jobId: string; statusUrl: string };
    expect(statusUrl).toBe(`/cv/${jobId}`);

    // No cron tick and no worker here: only the kick after submit can have run the job.
    await waitFor(async () => (await statusOf(demo, jobId)).revalidatedAt !== null, 10_000, () => `job never finished:\n${demo.logs()}`);
    expect(await statusOf(demo, jobId)).toMatchObject({ status: 'completed', attempts: 1, error: null });

    const page = await fetch(`${demo.url}${statusUrl}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('completed');
    expect(html).toContain('noindex');
    expect(page.headers.get('x-robots-tag')).toContain('noindex');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer'); // withKiln in demo/next.config.ts
    // The same page's data, as the client fetches it on navigation, is kept out of indexes too.
    const buildId = html.match(/"buildId":"([^"]+)"/)?.[1];
    const data = await fetch(`${demo.url}/_next/data/${buildId}${statusUrl}.json`);
    expect(data.status).toBe(200);
    expect(data.headers.get('x-robots-tag')).toBe('noindex');
    const again = await fetch(`${demo.url}${statusUrl}`);
    expect(again.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(await again.text()).toContain('completed');
  });

  it('a CV the analyser cannot read is recorded as failed at once with its reason, and the page says so', async () => {
    // Passes the upload check (it starts like a PDF) but is garbage inside.
    const corrupt = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...Array.from({ length: 4000 }, (_, i) => (i * 7919) % 251)]);
    const { jobId } = (await (await submit(demo, corrupt)).json()) as { jobId: string };
    await waitFor(async () => (await statusOf(demo, jobId)).revalidatedAt !== null, 15_000, () => `job never ended:\n${demo.logs()}`);
    expect(await statusOf(demo, jobId)).toMatchObject({ status: 'failed', attempts: 1, error: { code: 'corrupt_file', retryable: false } });
    const html = await (await fetch(`${demo.url}/cv/${jobId}`)).text();
    expect(html).toContain('This PDF is damaged and cannot be read.');
  });

  it('a "Name | email | phone | city" CV: no email or phone in the status JSON, the page\'s __NEXT_DATA__ or its /_next/data JSON', async () => {
    const cv = [
      'Jane Doe | jane.doe@example.com | +44 7700 900123 | London',
      '',
      'Experience',
      'Senior Engineer, Globex Corporation   Jan 2019 - Mar 2023',
      '- Ran the on-call line +44 20 7946 0958 for Kubernetes incidents.',
      '',
      'Skills',
      'TypeScript, PostgreSQL (references: (555) 123-4567)',
    ].join('\n');
    const { jobId } = (await (await submit(demo, new TextEncoder().encode(cv), 'cv.txt')).json()) as { jobId: string };
    await waitFor(async () => (await statusOf(demo, jobId)).revalidatedAt !== null, 15_000, () => `job never finished:\n${demo.logs()}`);
    const status = await (await fetch(`${demo.url}/api/cv/${jobId}`)).text();
    const html = await (await fetch(`${demo.url}/cv/${jobId}`)).text();
    const nextData = /<script id="__NEXT_DATA__" type="application\/json">(.*?)<\/script>/s.exec(html)?.[1];
    expect(nextData, 'the page carries __NEXT_DATA__').toBeDefined();
    const { buildId } = JSON.parse(nextData!) as { buildId: string };
    const dataRoute = await fetch(`${demo.url}/_next/data/${buildId}/cv/${jobId}.json`);
    expect(dataRoute.status).toBe(200);
    const data = await dataRoute.text();
    // The demo's status JSON carries no result (includeResultInStatus is off): checked for leaks all the same.
    for (const [where, text] of [['status JSON', status], ['page', html], ['__NEXT_DATA__', nextData!], ['/_next/data', data]] as const) {
      if (where !== 'status JSON') {
        expect(text, where).toContain('Globex Corporation');
        expect(text, where).toContain('PostgreSQL');
      }
      expect(text, where).not.toContain('jane.doe@example.com');
      for (const digits of ['7700900123', '79460958', '5551234567']) expect(text.replace(/[\s().+-]/g, ''), `${where}: ${digits}`).not.toContain(digits);
    }
    // Redacted, not dropped: the highlight is still there with a marker.
    expect(data).toContain('Ran the on-call line [phone] for Kubernetes incidents.');
  });

  it('every submit error through the real route: 405 with Allow, 400, 413, 415 — all JSON {error:{code,message}}', async () => {
    const get = await fetch(`${demo.url}/api/cv/submit`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('GET, POST');
    const cases: [Promise<Response>, number, string][] = [
      [submit(demo, minimalPdf(CV_LINES), 'cv.pdf', 'resume'), 400, 'missing_file'],
      [submit(demo, new Uint8Array()), 400, 'empty_file'],
      [submit(demo, minimalPdf(CV_LINES, 600 * 1024)), 413, 'payload_too_large'],
      [submit(demo, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])), 415, 'unsupported_media_type'],
    ];
    for (const [pending, status, code] of cases) {
      const response = await pending;
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toContain('application/json');
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe(code);
      expect(body.error.message.length).toBeGreaterThan(10);
    }
  });

  it('PUT and POST on the status route (Next’s default bodyParser) answer 405 with Allow, not a 500; DELETE without the token 401', async () => {
    const { jobId } = (await (await submit(demo, new TextEncoder().encode(CV_LINES.join('\n')), 'cv.txt')).json()) as { jobId: string };
    for (const method of ['PUT', 'POST', 'DELETE']) {
      for (const init of [{}, { body: '{"status":"completed"}', headers: { 'content-type': 'application/json' } }]) {
        const response = await fetch(`${demo.url}/api/cv/${jobId}`, { method, ...init });
        expect(response.status, `${method} ${JSON.stringify(init)}`).toBe(method === 'DELETE' ? 401 : 405);
        if (method !== 'DELETE') expect(response.headers.get('allow')).toBe('GET, HEAD, DELETE');
        expect(response.headers.get('x-robots-tag')).toBe('noindex');
      }
    }
    expect((await fetch(`${demo.url}/api/cv/${jobId}`)).status).toBe(200);
  });

  it('DELETE with the deleteToken: the very next request for the page, its data route and the status API answers 404', async () => {
    const response = await submit(demo, new TextEncoder().encode(CV_LINES.join('\n')), 'cv.txt');
    const { jobId, statusUrl, deleteToken } = (await response.json()) as { jobId: string; statusUrl: string; deleteToken: string };
    await waitFor(async () => (await statusOf(demo, jobId)).revalidatedAt !== null, 10_000, () => `job never finished:\n${demo.logs()}`);
    // The completed page, cached: the HTML and the data route the client router reads.
    const page = await fetch(`${demo.url}${statusUrl}`);
    expect(page.status).toBe(200);
    const buildId = /"buildId":"([^"]+)"/.exec(await page.text())?.[1];
    expect(buildId).toBeTruthy();
    const dataUrl = `${demo.url}/_next/data/${buildId}${statusUrl}.json`;
    expect((await fetch(`${demo.url}${statusUrl}`)).headers.get('x-nextjs-cache')).toBe('HIT');
    expect((await fetch(dataUrl, { headers: { 'x-nextjs-data': '1' } })).status).toBe(200);

    const deleted = await fetch(`${demo.url}/api/cv/${jobId}`, { method: 'DELETE', headers: { authorization: `Bearer ${deleteToken}` } });
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toMatchObject({ deleted: true, jobId, pageRegenerated: true });

    const after = await fetch(`${demo.url}${statusUrl}`);
    expect(after.status).toBe(404);
    expect(await after.text()).not.toContain('completed');
    expect((await fetch(dataUrl, { headers: { 'x-nextjs-data': '1' } })).status).toBe(404);
    const status = await fetch(`${demo.url}/api/cv/${jobId}`);
    expect(status.status).toBe(404);
    expect(status.headers.get('x-robots-tag')).toBe('noindex');
    // And it stays so: the regenerated 404 is what the cache holds now.
    expect((await fetch(`${demo.url}${statusUrl}`)).status).toBe(404);
  });

  it('an unknown id is a 404 page cached for seconds, not forever; the status API says 404 too', async () => {
    const page = await fetch(`${demo.url}/cv/unknownunknownunknownunk`);
    expect(page.status).toBe(404);
    expect(page.headers.get('cache-control')).toMatch(/s-maxage=10\b/);
    expect((await fetch(`${demo.url}/api/cv/unknownunknownunknownunk`)).status).toBe(404);
  });

  it('guards the internal endpoints with Bearer secrets and only revalidates job pages', async () => {
    const process = `${demo.url}/api/cv/process`;
    expect((await fetch(process, { method: 'POST' })).status).toBe(401);
    expect((await fetch(`${process}?secret=${demo.env.CRON_SECRET}`, { method: 'POST' })).status).toBe(401);
    const cron = await fetch(process, { headers: { authorization: `Bearer ${demo.env.CRON_SECRET}` } });
    expect(cron.status).toBe(200);
    expect(await cron.json()).toMatchObject({ stoppedBecause: 'empty' });

    const revalidate = (path: string, secret = demo.env.REVALIDATE_SECRET) =>
      fetch(`${demo.url}/api/revalidate`, { method: 'POST', headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' }, body: JSON.stringify({ path }) });
    expect((await revalidate('/')).status).toBe(403);
    expect((await revalidate('/cv/abcdefghijklmnopqrstuvwx', 'wrong')).status).toBe(401);
    expect((await revalidate('/cv/abcdefghijklmnopqrstuvwx')).status).toBe(200);
  });
});

describe('demo with the kick turned off: the worker process processes and revalidates over HTTP', () => {
  let demo: RunningDemo;
  beforeAll(async () => {
    demo = await startDemo({ KILN_KICK_AFTER_SUBMIT: '0' });
  });
  afterAll(() => demo?.stop());

  it('a job submitted while no worker runs waits in the queue, then completes once the worker starts', async () => {
    const response = await submit(demo, new TextEncoder().encode(CV_LINES.join('\n')), 'cv.txt');
    const { jobId } = (await response.json()) as { jobId: string };
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await statusOf(demo, jobId)).status).toBe('queued');
    const queuedPage = await fetch(`${demo.url}/cv/${jobId}`);
    expect(await queuedPage.text()).toContain('queued');

    await demo.startWorker();
    await waitFor(async () => (await statusOf(demo, jobId)).revalidatedAt !== null, 15_000, () => `worker never finished the job:\n${demo.logs()}`);
    // The worker revalidated the page through /api/revalidate, so the cached "queued" page is gone.
    const page = await fetch(`${demo.url}/cv/${jobId}`);
    expect(await page.text()).toContain('completed');
    expect(page.headers.get('x-nextjs-cache')).toBe('HIT');
  });
});
