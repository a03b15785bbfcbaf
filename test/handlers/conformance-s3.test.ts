import { afterAll } from 'vitest';
import { createS3BlobStore } from '@kiln/handlers/s3';
import { runBlobStoreSuite } from '@kiln/handlers/testing';
import { startS3 } from '../support/s3-server';

/** The BlobStore conformance suite, unchanged, on the S3 adapter against s3rver (127.0.0.1), direct uploads by presigned PUT. */
const s3 = await startS3();
afterAll(() => s3.stop());

let n = 0;
runBlobStoreSuite('s3 on s3rver', {
  // Each run in its own prefix of the one bucket, as several apps could share it.
  create: () => createS3BlobStore({ bucket: s3.bucket, client: s3.client, prefix: `suite-${n++}/` }),
  async uploadDirect(target, bytes) {
    const response = await fetch(target.url, { method: target.method, headers: target.headers, body: bytes as BodyInit });
    if (!response.ok) throw new Error(`direct upload answered ${response.status}: ${await response.text()}`);
  },
});
