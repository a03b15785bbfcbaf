import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import { KilnConfigError } from '../../core/errors';
import type { BlobPutOptions, BlobStore, DirectUploadOptions } from '../../ports/blob-store';
import { onEdgeRuntime } from '../../core/edge-runtime';
import { awsClientConfig } from '../aws-config';
import { missingSdk } from '../optional-sdk';
import { assertBlobKey, toBytes } from './blob-key';

export interface S3BlobStoreOptions {
  /** The bucket. Env: `KILN_S3_BUCKET`. */
  bucket: string;
  /**
   * A ready client. Without one, Kiln creates an `S3Client` from the SDK's usual chain (`AWS_REGION`,
   * credentials, `AWS_ENDPOINT_URL_S3` for MinIO, R2 or a local server).
   */
  client?: S3Client;
  /** Settings for the client Kiln creates when `client` is not given. @example { region: 'eu-west-1', forcePathStyle: true } */
  clientConfig?: S3ClientConfig;
  /** Prefix of every key in the bucket, so one bucket can serve several apps. @default "" */
  prefix?: string;
}

type Sdk = typeof import('@aws-sdk/client-s3');
type Presigner = typeof import('@aws-sdk/s3-request-presigner');

/**
 * Uploaded files in an S3 bucket (Amazon S3 or any S3-compatible store), with presigned PUT URLs for
 * direct browser uploads. `@aws-sdk/client-s3` and `@aws-sdk/s3-request-presigner` are optional peer
 * dependencies, imported on first use. Nothing here is Node-only: it runs on the Edge runtime too.
 *
 * Give the bucket a lifecycle rule that expires `uploads/` after the job TTL (7 days by default) and
 * `direct/` after a day, and a CORS rule that lets your site PUT (see the README).
 *
 * @example
 * import { createS3BlobStore } from '@kiln/handlers/s3';
 * const blobs = createS3BlobStore({ bucket: process.env.KILN_S3_BUCKET! });
 */
export function createS3BlobStore(options: S3BlobStoreOptions): BlobStore {
  if (!options.bucket) throw new KilnConfigError('createS3BlobStore needs a `bucket` (KILN_S3_BUCKET).', 'blobs', 'KILN_S3_BUCKET');
  const bucket = options.bucket;
  const prefix = options.prefix ?? '';
  let loaded: Promise<{ sdk: Sdk; client: S3Client; owned: boolean }> | null = null;
  const load = () =>
    (loaded ??= (async () => {
      const sdk = await loadSdk();
      // Checksums only when S3 requires them: a streamed or presigned body otherwise carries one the
      // browser cannot compute.
      const client = options.client ?? new sdk.S3Client({ requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED', ...awsClientConfig(globalThis.process?.env ?? {}, 'S3'), ...options.clientConfig });
      if (!options.client && onEdgeRuntime()) client.middlewareStack.add((next) => async (args) => next(args).catch((error: unknown) => Promise.reject(readableOnEdge(error))), { step: 'initialize', name: 'kilnReadableS3Errors' });
      return { sdk, client, owned: !options.client };
    })());
  const key = (name: string) => {
    assertBlobKey(name);
    return `${prefix}${name}`;
  };
  const missing = (error: unknown) => {
    const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } };
    return name === 'NoSuchKey' || name === 'NotFound' || $metadata?.httpStatusCode === 404;
  };

  return {
    name: 's3',
    async put(name: string, body: Uint8Array | ReadableStream<Uint8Array>, putOptions: BlobPutOptions = {}) {
      const { sdk, client } = await load();
      const bytes = await toBytes(body);
      await client.send(new sdk.PutObjectCommand({ Bucket: bucket, Key: key(name), Body: bytes, ContentLength: bytes.byteLength, ...(putOptions.contentType ? { ContentType: putOptions.contentType } : {}) }));
      return { key: name, size: bytes.byteLength, ...(putOptions.contentType ? { contentType: putOptions.contentType } : {}) };
    },
    async get(name: string) {
      const { sdk, client } = await load();
      try {
        const { Body } = await client.send(new sdk.GetObjectCommand({ Bucket: bucket, Key: key(name) }));
        return Body ? await Body.transformToByteArray() : new Uint8Array();
      } catch (error) {
        if (missing(error)) return null;
        throw error;
      }
    },
    async head(name: string) {
      const { sdk, client } = await load();
      try {
        const { ContentLength, ContentType } = await client.send(new sdk.HeadObjectCommand({ Bucket: bucket, Key: key(name) }));
        return { key: name, size: ContentLength ?? 0, ...(ContentType ? { contentType: ContentType } : {}) };
      } catch (error) {
        if (missing(error)) return null;
        throw error;
      }
    },
    async readRange(name: string, offset: number, length: number) {
      const { sdk, client } = await load();
      if (length <= 0) return new Uint8Array();
      try {
        const { Body } = await client.send(new sdk.GetObjectCommand({ Bucket: bucket, Key: key(name), Range: `bytes=${offset}-${offset + length - 1}` }));
        return Body ? await Body.transformToByteArray() : new Uint8Array();
      } catch (error) {
        if (missing(error)) return null;
        if ((error as { name?: string }).name === 'InvalidRange') return new Uint8Array(); // past the end
        throw error;
      }
    },
    async move(from: string, to: string) {
      const { sdk, client } = await load();
      const copy = new sdk.CopyObjectCommand({ Bucket: bucket, Key: key(to), CopySource: `${bucket}/${key(from).split('/').map(encodeURIComponent).join('/')}` });
      if (onEdgeRuntime()) await copyByFetch(client, copy, await loadPresigner());
      else await client.send(copy);
      await client.send(new sdk.DeleteObjectCommand({ Bucket: bucket, Key: key(from) }));
    },
    async delete(name: string) {
      const { sdk, client } = await load();
      await client.send(new sdk.DeleteObjectCommand({ Bucket: bucket, Key: key(name) }));
    },
    async createDirectUpload(name: string, upload: DirectUploadOptions) {
      const { sdk, client } = await load();
      const { getSignedUrl } = await loadPresigner();
      // Length and type are signed: S3 refuses a body of any other size, so the declared size (checked
      // against the limit before this URL was handed out) is the size that lands.
      const url = await getSignedUrl(client, new sdk.PutObjectCommand({ Bucket: bucket, Key: key(name), ContentType: upload.contentType, ContentLength: upload.size }), {
        expiresIn: upload.expiresInSeconds,
        signableHeaders: new Set(['content-type', 'content-length']),
      });
      return { url, method: 'PUT' as const, headers: { 'content-type': upload.contentType }, expiresAt: Date.now() + upload.expiresInSeconds * 1000 };
    },
    async sweepExpired(before: number, sweep: { prefix?: string } = {}) {
      const { sdk, client } = await load();
      let count = 0;
      let token: string | undefined;
      do {
        const page = await client.send(new sdk.ListObjectsV2Command({ Bucket: bucket, Prefix: `${prefix}${sweep.prefix ?? ''}`, ...(token ? { ContinuationToken: token } : {}) }));
        const old = (page.Contents ?? []).filter((object) => object.Key && object.LastModified && object.LastModified.getTime() < before);
        for (let i = 0; i < old.length; i += 1000) {
          const chunk = old.slice(i, i + 1000);
          await client.send(new sdk.DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: chunk.map((object) => ({ Key: object.Key! })), Quiet: true } }));
          count += chunk.length;
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return count;
    },
    async dispose() {
      if (loaded) {
        const { client, owned } = await loaded;
        if (owned) client.destroy();
      }
    },
  };
}

/**
 * CopyObject without the SDK's response parser. The SDK's browser build — what an edge bundle gets —
 * parses S3's XML with `DOMParser`, which the Edge runtime does not have, and CopyObject answers in
 * XML (even its errors come with a 200 sometimes). So on the Edge runtime the copy is a presigned
 * request sent with `fetch`, and the answer is read as text.
 */
async function copyByFetch(client: S3Client, copy: InstanceType<Sdk['CopyObjectCommand']>, presigner: Presigner): Promise<void> {
  const source = copy.input.CopySource!;
  const url = await presigner.getSignedUrl(client, copy, { expiresIn: 60, unhoistableHeaders: new Set(['x-amz-copy-source']) });
  const response = await fetch(url, { method: 'PUT', headers: { 'x-amz-copy-source': source } });
  const text = await response.text();
  if (!response.ok || text.includes('<Error>')) {
    const code = /<Code>([^<]*)<\/Code>/.exec(text)?.[1] ?? `HTTP ${response.status}`;
    throw new Error(`S3 could not copy ${source} to ${copy.input.Key}: ${code}`);
  }
}

/**
 * On the Edge runtime the SDK's browser build parses S3's XML error bodies with `DOMParser`, which is
 * not there, so an S3 error arrives as "DOMParser is not defined". Say what S3 answered instead (the
 * HTTP status survives in `$metadata`, which "not found" checks rely on).
 */
function readableOnEdge(error: unknown): unknown {
  const failure = error as { message?: string; $metadata?: { httpStatusCode?: number } };
  if (!/DOMParser/.test(failure?.message ?? '')) return error;
  const status = failure.$metadata?.httpStatusCode;
  const meaning = status === 403 ? 'access denied: check the credentials and the bucket policy' : status === 404 ? 'no such bucket or key' : status && status >= 500 ? 'an S3 server error' : 'an S3 error';
  return Object.assign(new Error(`S3 answered HTTP ${status ?? '?'} (${meaning}; its XML error body cannot be parsed on the Edge runtime).`, { cause: error }), { $metadata: failure.$metadata });
}

const S3_SDK = { packages: '@aws-sdk/client-s3 @aws-sdk/s3-request-presigner', option: 'blobs', variable: 'KILN_S3_BUCKET' };

async function loadSdk(): Promise<Sdk> {
  try {
    return await import('@aws-sdk/client-s3');
  } catch (cause) {
    throw missingSdk(cause, S3_SDK);
  }
}

async function loadPresigner(): Promise<Presigner> {
  try {
    return await import('@aws-sdk/s3-request-presigner');
  } catch (cause) {
    throw missingSdk(cause, S3_SDK);
  }
}
