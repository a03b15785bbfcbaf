/** `@kiln/handlers/testing`: the conformance suites every adapter runs (vitest). */
export { runQueueSuite, type QueueSuiteOptions } from './queue-suite';
export { runJobStoreSuite, type JobStoreSuiteOptions } from './job-store-suite';
export { runBlobStoreSuite, type BlobStoreSuiteOptions } from './blob-store-suite';
