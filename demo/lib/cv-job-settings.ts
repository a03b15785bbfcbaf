/**
 * The CV job's name and time limit, apart from its code: the edge submit route (lib/kiln-edge.ts)
 * needs them, and must not bundle the analyser, which runs on Node.js.
 */
export const CV_JOB = { name: 'cv-analysis', timeoutSeconds: 45 } as const;
