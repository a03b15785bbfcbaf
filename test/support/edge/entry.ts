/**
 * What an edge route of a host app imports, bundled for the Edge runtime by test/handlers/edge-runtime:
 * the submit and status handlers, mounted with the Pages edge binding, on adapters made in code from
 * the `@kiln/handlers/sqs`, `/upstash`, `/s3` and `/vercel-blob` entries, or chosen by the environment
 * alone.
 */
import { createStatusHandler, createSubmitHandler, defineJob, defineKiln } from '@kiln/handlers';
import { createS3BlobStore } from '@kiln/handlers/s3';
import { createSqsQueue } from '@kiln/handlers/sqs';
import { createUpstashJobStore } from '@kiln/handlers/upstash';
import { createVercelBlobStore } from '@kiln/handlers/vercel-blob';
import { toPagesEdgeHandler } from '../../../packages/handlers/src/next/pages';

type Env = Record<string, string | undefined>;

/** The job's settings; it never runs here (the kick is off on the Edge runtime). */
const job = defineJob({
  name: 'edge-test',
  timeoutSeconds: 10,
  run: () => Promise.reject(new Error('a job must not run on the Edge runtime')),
});

/** `inCode`: adapters made from the entries; else defineKiln chooses them from `env` alone. */
export function createRoutes(env: Env, inCode: boolean) {
  const errors: string[] = [];
  const blobs = env.BLOB_READ_WRITE_TOKEN
    ? createVercelBlobStore({ token: env.BLOB_READ_WRITE_TOKEN, apiUrl: env.VERCEL_BLOB_API_URL })
    : createS3BlobStore({
        bucket: env.KILN_S3_BUCKET!,
        clientConfig: { region: env.AWS_REGION, endpoint: env.AWS_ENDPOINT_URL_S3, forcePathStyle: true, credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY! } },
      });
  const kiln = defineKiln({
    job,
    env,
    ...(inCode
      ? {
          queue: createSqsQueue({ queueUrl: env.SQS_QUEUE_URL!, clientConfig: { region: env.AWS_REGION, endpoint: env.AWS_ENDPOINT_URL_SQS, credentials: { accessKeyId: env.AWS_ACCESS_KEY_ID!, secretAccessKey: env.AWS_SECRET_ACCESS_KEY! } } }),
          store: createUpstashJobStore({ url: env.KV_REST_API_URL!, token: env.KV_REST_API_TOKEN! }),
          blobs,
        }
      : {}),
    logger: { info() {}, warn() {}, error: (message, fields) => void errors.push(`${message}: ${(fields?.error as Error | undefined)?.message ?? ''}`) },
  });
  return { errors, kickAfterSubmit: kiln.kickAfterSubmit, submit: toPagesEdgeHandler(createSubmitHandler(kiln)), status: toPagesEdgeHandler(createStatusHandler(kiln)) };
}

/** Runs one request through a route inside the edge runtime; the answer crosses back as plain data. */
export async function call(
  routes: ReturnType<typeof createRoutes>,
  route: 'submit' | 'status',
  method: string,
  url: string,
  body?: { bytes: Uint8Array; type: string; field?: string } | { json: unknown },
  headers?: Record<string, string>,
) {
  let init: RequestInit = { method, ...(headers ? { headers } : {}) };
  if (body && 'json' in body) init = { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body.json) };
  else if (body) {
    const form = new FormData();
    form.append(body.field ?? 'cv', new Blob([new Uint8Array(body.bytes)], { type: body.type }), 'cv.pdf');
    init = { method, body: form };
  }
  const pending: Promise<unknown>[] = [];
  const response = await routes[route](new Request(url, init), { waitUntil: (promise) => void pending.push(promise) });
  await Promise.all(pending);
  return { status: response.status, headers: Object.fromEntries(response.headers), text: await response.text(), background: pending.length, edgeRuntime: typeof (globalThis as { EdgeRuntime?: unknown }).EdgeRuntime === 'string' ? String((globalThis as { EdgeRuntime?: unknown }).EdgeRuntime) : null };
}
