import type { PublicJob } from '@kiln/react';

/** Job records in each state, as the status endpoint returns them. Times are fixed so stories are stable. */
export const NOW = Date.UTC(2026, 0, 15, 9, 30, 0);
const base: PublicJob = {
  id: 'V1StGXR8_Z5jdHi6B-myT',
  status: 'queued',
  attempts: 0,
  submittedAt: NOW - 95_000,
  startedAt: null,
  completedAt: null,
  failedAt: null,
  updatedAt: NOW - 95_000,
  progress: null,
  error: null,
  revalidatedAt: null,
};

export const queued: PublicJob = base;
export const processing: PublicJob = { ...base, status: 'processing', attempts: 1, startedAt: NOW - 83_000, updatedAt: NOW - 2000, progress: { fraction: 0.55, stage: 'extracting skills', updatedAt: NOW - 2000 } };
export const retrying: PublicJob = { ...processing, attempts: 2, startedAt: NOW - 12_000, progress: { fraction: 0.1, stage: 'started', updatedAt: NOW - 12_000 }, error: { code: 'timeout', message: 'The text extractor timed out.', retryable: true } };
export const failed: PublicJob = { ...base, status: 'failed', attempts: 3, startedAt: NOW - 83_000, failedAt: NOW - 1000, updatedAt: NOW - 1000, error: { code: 'unreadable_pdf', message: 'The PDF holds only scanned images; no text could be read.', retryable: false }, revalidatedAt: NOW - 500 };
export const completed: PublicJob<{ name: string; score: number; skills: string[] }> = {
  ...base,
  status: 'completed',
  attempts: 1,
  startedAt: NOW - 83_000,
  completedAt: NOW - 1000,
  updatedAt: NOW - 1000,
  progress: { fraction: 1, stage: 'completed', updatedAt: NOW - 1000 },
  revalidatedAt: NOW - 500,
  result: { name: 'Ada Lovelace', score: 87, skills: ['mathematics', 'programming'] },
};
