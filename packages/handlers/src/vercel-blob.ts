/**
 * `@kiln/handlers/vercel-blob`: uploaded files on Vercel Blob — private by default — with client-upload
 * tokens for direct browser uploads. `defineKiln` creates it from `BLOB_READ_WRITE_TOKEN`.
 */
export { createVercelBlobStore, type VercelBlobStoreOptions } from './adapters/blob-store/vercel-blob';
