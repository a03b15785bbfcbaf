import type { Queue } from '../ports/queue';
import { KilnConfigError } from './errors';
import type { JobDefinition } from './job-definition';

/** How a processor run behaves. Every field has a default in `defineKiln`. */
export interface ProcessorSettings {
  /** Jobs run at the same time by one processor. */
  concurrency: number;
  /** The most messages asked for in one receive (1–10); a receive never asks for more than the free slots. */
  batchSize: number;
  /** The host function's max duration; a run started by a request ends before it. */
  maxDurationSeconds: number;
  /** Kept free at the end of the run for writing results and acknowledging messages. */
  safetyMarginSeconds: number;
  /** How long a received message stays hidden; heartbeats extend it while its job runs. */
  visibilityTimeoutSeconds: number;
  /** How often running jobs' messages are extended. The visibility timeout must be at least three of these. */
  heartbeatSeconds: number;
  /** Long-poll wait per receive (0–20). */
  waitSeconds: number;
  /** Retry backoff: `min(maxSeconds, baseSeconds * 2^(receiveCount-1))`. */
  backoff: { baseSeconds: number; maxSeconds: number };
  /**
   * Deliveries that run the job; the queue's `maxReceiveCount` must be one more (the guard delivery).
   * @default the queue's maxReceiveCount − 1
   */
  maxAttempts?: number;
}

/** A job's own time limit: its `timeoutSeconds`, or by default what a run leaves after starting it. */
export function jobTimeoutSeconds(job: Pick<JobDefinition<unknown>, 'timeoutSeconds'>, settings: Pick<ProcessorSettings, 'maxDurationSeconds' | 'safetyMarginSeconds'>): number {
  // The default leaves one margin for the work before a job starts (reading the request, the
  // retention sweep, the first receive) and one after it ends (writing the result, acknowledging).
  return job.timeoutSeconds ?? Math.max(1, settings.maxDurationSeconds - 2 * settings.safetyMarginSeconds);
}

/** Refuses settings that break the processor's rules, naming the numbers involved. */
export function checkProcessorSettings(settings: ProcessorSettings, queue: Pick<Queue, 'maxReceiveCount' | 'name'>, timeoutSeconds: number): number {
  const maxAttempts = settings.maxAttempts ?? queue.maxReceiveCount - 1;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) {
    throw new KilnConfigError(`maxAttempts must be a whole number of at least 1 (got ${maxAttempts}); the queue's maxReceiveCount is ${queue.maxReceiveCount}.`, 'maxAttempts', 'KILN_MAX_ATTEMPTS');
  }
  if (queue.maxReceiveCount !== maxAttempts + 1) {
    throw new KilnConfigError(
      `The ${queue.name} queue's maxReceiveCount is ${queue.maxReceiveCount}, but maxAttempts is ${maxAttempts}: maxReceiveCount must be maxAttempts + 1 = ${maxAttempts + 1}, ` +
        'so a delivery after a crashed last attempt still reaches Kiln (which records the job as failed) before the redrive policy moves the message.',
      'maxAttempts',
      'KILN_MAX_ATTEMPTS',
    );
  }
  if (!(settings.heartbeatSeconds > 0) || settings.visibilityTimeoutSeconds < 3 * settings.heartbeatSeconds - 1e-9) {
    throw new KilnConfigError(
      `visibilityTimeoutSeconds (${settings.visibilityTimeoutSeconds}) must be at least 3 × heartbeatSeconds (${settings.heartbeatSeconds}), so two heartbeats can fail before a running job's message reappears.`,
      'processor.visibilityTimeoutSeconds',
    );
  }
  const { batchSize, waitSeconds, safetyMarginSeconds, maxDurationSeconds, visibilityTimeoutSeconds, backoff } = settings;
  const refuse = (option: string, rule: string, value: unknown, envVar?: string) => {
    throw new KilnConfigError(`${option} ${rule} (got ${JSON.stringify(value)}).`, option, envVar);
  };
  if (!Number.isInteger(settings.concurrency) || settings.concurrency < 1) refuse('concurrency', 'must be a whole number of at least 1', settings.concurrency, 'KILN_CONCURRENCY');
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10) refuse('processor.batchSize', 'must be a whole number from 1 to 10, as an SQS receive', batchSize);
  if (!(waitSeconds >= 0 && waitSeconds <= 20)) refuse('processor.waitSeconds', 'must be 0–20 seconds, as an SQS long poll', waitSeconds);
  if (!(maxDurationSeconds > 0)) refuse('maxDurationSeconds', 'must be a positive number of seconds', maxDurationSeconds, 'KILN_MAX_DURATION_SECONDS');
  if (!(safetyMarginSeconds >= 0 && safetyMarginSeconds < maxDurationSeconds)) refuse('processor.safetyMarginSeconds', `must be at least 0 and less than maxDurationSeconds (${maxDurationSeconds})`, safetyMarginSeconds);
  if (!(visibilityTimeoutSeconds > 0 && visibilityTimeoutSeconds <= 43_200)) refuse('processor.visibilityTimeoutSeconds', 'must be more than 0 and at most 43200 seconds (12 h, as SQS)', visibilityTimeoutSeconds);
  if (!(backoff.baseSeconds >= 0 && backoff.maxSeconds >= backoff.baseSeconds && backoff.maxSeconds <= 43_200)) {
    refuse('processor.backoff', 'needs 0 ≤ baseSeconds ≤ maxSeconds ≤ 43200 (a visibility timeout)', backoff);
  }
  if (!(timeoutSeconds > 0)) refuse('timeoutSeconds', "of a job must be positive", timeoutSeconds);
  return maxAttempts;
}
