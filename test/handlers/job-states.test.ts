import { describe, expect, it } from 'vitest';
import { IllegalTransitionError, transition, type JobEvent, type JobRecord, type JobStatus } from '../support/handlers';

const record = (status: JobStatus): JobRecord => ({
  id: 'state-machine-job-abcdefghijk',
  status,
  attempts: 1,
  version: 3,
  submittedAt: 1,
  updatedAt: 1,
  input: { blobKey: 'uploads/x', size: 1, contentType: 'text/plain' },
});

const events: JobEvent[] = [
  { type: 'start', at: 2, attemptId: 'a1' },
  { type: 'progress', at: 2, fraction: 0.3 },
  { type: 'retry', at: 2, error: { code: 'x', message: 'x', retryable: true } },
  { type: 'complete', at: 2, result: 1 },
  { type: 'fail', at: 2, error: { code: 'x', message: 'x', retryable: false } },
  { type: 'revalidated', at: 2 },
  { type: 'replay', at: 2 },
];

// The whole table, written out: which event each state takes, and where it leads.
const expected: Record<JobStatus, Partial<Record<JobEvent['type'], JobStatus>>> = {
  queued: { start: 'processing', fail: 'failed' },
  processing: { start: 'processing', progress: 'processing', retry: 'processing', complete: 'completed', fail: 'failed' },
  completed: { revalidated: 'completed' },
  failed: { revalidated: 'failed', replay: 'queued' },
};

describe('job state machine', () => {
  for (const [from, allowed] of Object.entries(expected) as [JobStatus, Partial<Record<JobEvent['type'], JobStatus>>][]) {
    for (const event of events) {
      const to = allowed[event.type];
      it(`${from} + ${event.type} → ${to ?? 'refused'}`, () => {
        if (to) {
          const next = transition(record(from), event);
          expect(next.status).toBe(to);
          expect(next.version).toBe(4);
          expect(next.updatedAt).toBe(2);
        } else {
          expect(() => transition(record(from), event)).toThrow(IllegalTransitionError);
        }
      });
    }
  }

  it('terminal states refuse every exit but revalidation (and replay from failed)', () => {
    for (const event of events.filter((e) => e.type !== 'revalidated' && e.type !== 'replay')) {
      expect(() => transition(record('completed'), event)).toThrow(/cannot take/);
      expect(() => transition(record('failed'), event)).toThrow(/cannot take/);
    }
  });

  it('counts attempts on start, clears the error on completion, and resets on replay', () => {
    const started = transition(record('queued'), { type: 'start', at: 5, attemptId: 'a1' });
    expect(started).toMatchObject({ attempts: 2, startedAt: 5 });
    const retried = transition(started, { type: 'retry', at: 6, error: { code: 'e', message: 'm', retryable: true } });
    const done = transition(retried, { type: 'complete', at: 7, result: { ok: true } });
    expect(done.error).toBeUndefined();
    expect(done).toMatchObject({ completedAt: 7, result: { ok: true }, progress: { fraction: 1 } });
    const failed = transition(record('processing'), { type: 'fail', at: 8, error: { code: 'e', message: 'm', retryable: false } });
    expect(transition(failed, { type: 'replay', at: 9 })).toMatchObject({ status: 'queued', attempts: 0 });
  });

  it('clamps progress to 0–1', () => {
    expect(transition(record('processing'), { type: 'progress', at: 2, fraction: 7 }).progress?.fraction).toBe(1);
    expect(transition(record('processing'), { type: 'progress', at: 2, fraction: Number.NaN }).progress?.fraction).toBe(0);
  });
});
