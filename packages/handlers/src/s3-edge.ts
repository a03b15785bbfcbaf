/**
 * `@kiln/handlers/s3` on the Edge runtime (the `edge-light` export condition). An edge function has no
 * `node_modules` to load a package from when it runs, so this entry imports `@aws-sdk/client-s3` and
 * `@aws-sdk/s3-request-presigner` statically and the app's bundler puts them in the function.
 */
import * as client from '@aws-sdk/client-s3';
import * as presigner from '@aws-sdk/s3-request-presigner';
import { createS3BlobStore as create, type S3BlobStoreOptions } from './adapters/blob-store/s3';
import { awsClientConfig } from './adapters/aws-config';
import type { BlobStore } from './ports/blob-store';

export type { S3BlobStoreOptions };

/**
 * The same store as on Node, with the SDK bundled. The SDK's browser build (what the Edge runtime
 * gets) reads no variables, so without a `client` the region, credentials and endpoint come from
 * `AWS_REGION`, `AWS_ACCESS_KEY_ID` / `AWS_SECRET_ACCESS_KEY` / `AWS_SESSION_TOKEN` and
 * `AWS_ENDPOINT_URL_S3` here, under any `clientConfig` given.
 */
export function createS3BlobStore(options: S3BlobStoreOptions): BlobStore {
  const clientConfig = options.client ? options.clientConfig : { ...awsClientConfig(globalThis.process?.env ?? {}, 'S3'), ...options.clientConfig };
  return create({ ...options, ...(clientConfig ? { clientConfig } : {}) }, { client, presigner });
}
