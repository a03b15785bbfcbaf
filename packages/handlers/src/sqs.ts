/**
 * `@kiln/handlers/sqs`: the queue on Amazon SQS (standard or FIFO) with its dead-letter queue.
 * Needs `@aws-sdk/client-sqs`, loaded on first use. `defineKiln` creates it from `SQS_QUEUE_URL`.
 */
export { createSqsQueue, type SqsQueueOptions } from './adapters/queue/sqs';
