import { defineJob, defineKiln, KilnConfigError, type Kiln } from '@kiln/handlers';
import { CV_JOB, CV_MAX_BYTES } from './cv-job-settings';

let kiln: Kiln | null = null;

/**
 * The demo's Kiln for its Edge-runtime submit route: the same variables choose the same adapters as
 * on the Node routes. The job only lends its name and limits — it runs on Node.js (the process route,
 * the worker, or the SQS-triggered Lambda), and the kick is off on the Edge runtime — because the
 * analyser (worker threads, PDF and DOCX readers) cannot be bundled into an edge function.
 */
export function edgeKiln(): Kiln {
  if (kiln) return kiln;
  const env = process.env;
  const missing = [
    !env.SQS_QUEUE_URL && 'SQS_QUEUE_URL',
    !(env.KV_REST_API_URL || env.UPSTASH_REDIS_REST_URL) && 'KV_REST_API_URL and KV_REST_API_TOKEN',
    !(env.BLOB_READ_WRITE_TOKEN || env.KILN_S3_BUCKET) && 'BLOB_READ_WRITE_TOKEN or KILN_S3_BUCKET',
  ].filter(Boolean);
  if (missing.length > 0) {
    throw new KilnConfigError(`The edge submit route runs on the cloud stack only (the embedded default needs Node.js): set ${missing.join(', ')}. Until then use /api/cv/submit.`, 'queue', 'SQS_QUEUE_URL');
  }
  kiln = defineKiln({
    job: defineJob({ ...CV_JOB, run: () => Promise.reject(new Error('The CV analysis runs on Node.js, never in the edge submit route.')) }),
    maxDirectUploadBytes: CV_MAX_BYTES,
  });
  return kiln;
}
