/**
 * The submit guard on the Edge runtime, bundled by test/handlers/submit-guard: `authorize` and the
 * rate limit of `@upstash/ratelimit` (`createUpstashRateLimiter` from `@kiln/handlers/upstash`), on
 * memory adapters so nothing but the guard needs a server.
 */
import { createSubmitHandler, defineJob, defineKiln } from '@kiln/handlers';
import { createMemoryAdapters } from '@kiln/handlers/memory';
import { createUpstashRateLimiter } from '@kiln/handlers/upstash';

const job = defineJob({ name: 'edge-guard', timeoutSeconds: 10, run: () => Promise.reject(new Error('a job must not run on the Edge runtime')) });

export function createSubmit(upstash: { url: string; token: string }) {
  const kiln = defineKiln({
    job,
    ...createMemoryAdapters(),
    env: {},
    cronSecret: 'a-cron-secret-of-at-least-32-characters',
    authorize: (req) => req.headers.get('cookie') === 'session=ok',
    rateLimit: { limiter: createUpstashRateLimiter({ ...upstash, burst: 2, refillSeconds: 60, prefix: 'kiln-edge-guard' }) },
  });
  return createSubmitHandler(kiln);
}

/** One multipart submit inside the edge runtime; the answer crosses back as plain data. */
export async function submitFrom(submit: ReturnType<typeof createSubmit>, address: string, cookie: string) {
  const form = new FormData();
  form.append('cv', new Blob(['Jane Doe, engineer'], { type: 'text/plain' }), 'cv.txt');
  const response = await submit(new Request('https://app.example/api/cv/submit', { method: 'POST', body: form, headers: { cookie, 'x-forwarded-for': address } }));
  return { status: response.status, retryAfter: response.headers.get('retry-after'), edgeRuntime: typeof (globalThis as { EdgeRuntime?: unknown }).EdgeRuntime === 'string' };
}
