// Test-only access to the package, public API plus the few internals tests need.
export * from '@kiln/handlers';
export { encodeJobMessage as encodeJobMessageForTests } from '../../packages/handlers/src/core/job-definition';
