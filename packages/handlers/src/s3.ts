/**
 * `@kiln/handlers/s3`: uploaded files in an S3 bucket (Amazon S3 or S3-compatible), with presigned
 * PUT URLs for direct browser uploads. `defineKiln` creates it from `KILN_S3_BUCKET`.
 */
export { createS3BlobStore, type S3BlobStoreOptions } from './adapters/blob-store/s3';
