import { defineJob, defineKiln, KilnConfigError, type Kiln } from '@kiln/handlers';
import { createS3BlobStore } from '@kiln/handlers/s3';
import { createSqsQueue } from '@kiln/handlers/sqs';
import { createUpstashJobStore } from '@kiln/handlers/upstash';
import { createVercelBlobStore } from '@kiln/handlers/vercel-blob';
import { CV_JOB, CV_MAX_BYTES } from './cv-job-settings';

let kiln: Kiln | null = null;

/**
 * The demo's Kiln for its Edge-runtime submit route. An edge function cannot load a package when it
 * runs, so the adapters are made here from their entries, which bundle their SDKs; the variables are
 * the same as the Node routes'. The job only lends its name and limits: it runs on Node.js (the
 * process route, the worker, or the SQS-triggered Lambda), and the kick is off on the Edge runtime.
 */
export function edgeKiln(): Kiln {
  if (kiln) return kiln;
  const env = process.env;
  const kvUrl = env.KV_REST_API_URL ?? env.UPSTASH_REDIS_REST_URL;
  const kvToken = env.KV_REST_API_TOKEN ?? env.UPSTASH_REDIS_REST_TOKEN;
  const missing = [!env.SQS_QUEUE_URL && 'SQS_QUEUE_URL', !(kvUrl && kvToken) && 'KV_REST_API_URL and KV_REST_API_TOKEN', !(env.BLOB_READ_WRITE_TOKEN || env.KILN_S3_BUCKET) && 'BLOB_READ_WRITE_TOKEN or KILN_S3_BUCKET'].filter(Boolean);
  if (missing.length > 0) {
    throw new KilnConfigError(`The edge submit route runs on the cloud stack only (the embedded default needs Node.js): set ${missing.join(', ')}. Until then use /api/cv/submit.`, 'queue', 'SQS_QUEUE_URL');
  }
  kiln = defineKiln({
    job: defineJob({
      ...CV_JOB,
      run: () => Promise.reject(new Error('The CV analysis runs on Node.js, never in the edge submit route.')),
    }),
    queue: createSqsQueue({ queueUrl: env.SQS_QUEUE_URL! }),
    store: createUpstashJobStore({ url: kvUrl!, token: kvToken! }),
    maxDirectUploadBytes: CV_MAX_BYTES,
    blobs: env.BLOB_READ_WRITE_TOKEN ? createVercelBlobStore({ token: env.BLOB_READ_WRITE_TOKEN }) : createS3BlobStore({ bucket: env.KILN_S3_BUCKET! }),
  });
  return kiln;
}
