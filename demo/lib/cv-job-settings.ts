/**
 * The CV job's name and time limit, apart from its code: the edge submit route (lib/kiln-edge.ts)
 * needs them, and must not bundle the analyser, which runs on Node.js.
 */
export const CV_JOB = { name: 'cv-analysis', timeoutSeconds: 45 } as const;

/**
 * The largest CV the demo takes: @kiln/cv reads files of up to 10 MB. Above the 4 MB a request body
 * may carry, a file goes straight to S3 or Vercel Blob by a direct upload.
 */
export const CV_MAX_BYTES = 10 * 1024 * 1024;
