/**
 * `@kiln/handlers`: accept long jobs in milliseconds, run them in the background, serve the result as a
 * statically generated page. Adapters live on subpaths (`/local`, `/memory`); Next bindings on `/next`.
 */
export { defineKiln, type Kiln, type KilnOptions, type RateLimitOptions } from './config';
export { createSubmitHandler, type SubmitAccepted } from './core/submit';
export { createProcessHandler } from './core/process';
export { createRevalidateHandler } from './core/revalidate';
export { createStatusHandler, type JobDeleted } from './core/status';
export { createGetStaticPaths, createGetStaticProps, type GetStaticPropsOptions, type JobPageProps } from './core/static-props';
export { defineJob, type JobContext, type JobDefinition, type JobFile, type JobInput } from './core/job-definition';
export { isTerminal, toPublicJob, transition, IllegalTransitionError, StaleAttemptError, type JobError, type JobEvent, type JobProgress, type JobRecord, type JobStatus, type PublicJob } from './core/job';
export { JobFailure, KilnConfigError, KilnError, type KilnErrorCode } from './core/errors';
export { jobTimeoutSeconds, processReceived, runProcessor, type ProcessReport, type ReceivedResult, type ProcessorDeps, type ProcessorSettings, type RunOptions } from './core/processor';
export { reconcileDeadLetters, redriveDeadLetters, replayDeadLetter } from './core/dead-letters';
export { deleteJob } from './core/retention';
export { createHttpRevalidator } from './core/http-revalidator';
export { clientAddress, type Authorize, type AuthorizeResult } from './core/submit-guard';
export { createTokenBucketRateLimiter, type TokenBucketOptions, type TokenBucketRateLimiter } from './adapters/rate-limiter/token-bucket';
export type { RateLimitDecision, RateLimiter } from './ports/rate-limiter';
export { createConsoleLogger, type Logger } from './core/logger';
export { detectFileKind, type FileKind } from './core/file-signature';
export { isJobId } from './core/job-id';
export type { HostContext, KilnHandler, KilnRuntime, Ports } from './core/runtime';
export { ReceiptExpiredError, type Queue, type QueueMessage, type QueueStats, type DeadLetter, type DeadLetterQueue, type DeliveredMessage, type ReceiveOptions, type SendOptions, type VisibilityChange } from './ports/queue';
export type { JobStore } from './ports/job-store';
export type { BlobStore, DirectUpload, StoredBlob } from './ports/blob-store';
export { runWorker, type WorkerOptions } from './cli/worker';
export { createSqsLambdaHandler, type LambdaContextLike, type SqsBatchResponse, type SqsEvent, type SqsEventRecord } from './lambda/sqs';
