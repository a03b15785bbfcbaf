import { housekeepIfTimeLeft } from '../core/process';
import { processReceived } from '../core/processor';
import { processorDepsFor } from '../core/processor-deps';
import type { KilnRuntime } from '../core/runtime';
import type { QueueMessage } from '../ports/queue';

// Structural copies of @types/aws-lambda's SQSEvent, Context and SQSBatchResponse: the handler's
// signature matches them, and core stays free of a types package an app may not have.
/** One record of an SQS event (`SQSRecord` in `@types/aws-lambda`). */
export interface SqsEventRecord {
  messageId: string;
  receiptHandle: string;
  body: string;
  attributes: { ApproximateReceiveCount: string; SentTimestamp: string };
  eventSourceARN?: string;
}
/** What an SQS event source mapping invokes the function with (`SQSEvent`). */
export interface SqsEvent {
  Records: SqsEventRecord[];
}
/** The part of a Lambda `Context` the handler uses. */
export interface LambdaContextLike {
  getRemainingTimeInMillis(): number;
}
/** `SQSBatchResponse`: the records to leave on the queue; the others are deleted. */
export interface SqsBatchResponse {
  batchItemFailures: { itemIdentifier: string }[];
}

/**
 * An AWS Lambda handler for an SQS event source mapping with `ReportBatchItemFailures` on. Each record
 * follows the processor's rules: a duplicate of a finished job is acknowledged without running, the
 * guard delivery records a job whose last attempt died as failed, poison goes to the dead-letter
 * queue, the message is heartbeaten while its job runs. The deadline is the function's own
 * (`context.getRemainingTimeInMillis()`). Records that end — completed, failed, poison, duplicate —
 * are settled here; retries, and records no job could fit for, come back in `batchItemFailures`.
 *
 * `kiln` must be configured with the same queue (`SQS_QUEUE_URL`): heartbeats, backoffs and dead
 * letters go through it.
 *
 * @example
 * // lambda.ts — the function an SQS event source mapping invokes
 * import { createSqsLambdaHandler } from '@kiln/handlers';
 * import { kiln } from './lib/kiln';
 * export const handler = createSqsLambdaHandler(kiln);
 */
export function createSqsLambdaHandler(kiln: KilnRuntime): (event: SqsEvent, context: LambdaContextLike) => Promise<SqsBatchResponse> {
  return async (event, context) => {
    const startedAt = Date.now();
    const deadline = startedAt + context.getRemainingTimeInMillis();
    const deps = processorDepsFor(kiln, await kiln.ports());
    const messages: QueueMessage[] = event.Records.map((record) => ({
      id: record.messageId,
      receiptHandle: record.receiptHandle,
      body: record.body,
      receiveCount: Number(record.attributes.ApproximateReceiveCount ?? 1),
      sentAt: Number(record.attributes.SentTimestamp ?? 0),
    }));
    const { report, results } = await processReceived(deps, kiln.processor, messages, { startedAt, deadline });
    // Failures stay on the queue: retries (hidden for their backoff), records kept to regenerate a
    // page, deliveries cut short by an outage, and records no job could fit for (released).
    const batchItemFailures = results
      .filter(({ delivered }) => delivered === null || delivered.acknowledged === null || delivered.acknowledged === 'visibility')
      .map(({ message }) => ({ itemIdentifier: message.id }));
    kiln.logger.info('lambda batch processed', { ...report, failures: batchItemFailures.length });
    await housekeepIfTimeLeft(kiln, deps, startedAt, deadline);
    return { batchItemFailures };
  };
}
