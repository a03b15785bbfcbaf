import { BLOB_KEY_PATTERN } from '../../ports/blob-store';

/** Refuses any key Kiln would not have made, so no key can climb out of its folder or bucket prefix. */
export function assertBlobKey(key: string): void {
  if (!BLOB_KEY_PATTERN.test(key) || key.length > 512) {
    throw new RangeError(`Invalid blob key ${JSON.stringify(key)}: keys are made by Kiln from letters, digits, "-", "_" and "/".`);
  }
}

export async function toBytes(body: Uint8Array | ReadableStream<Uint8Array>): Promise<Uint8Array> {
  if (body instanceof Uint8Array) return body;
  return new Uint8Array(await new Response(body).arrayBuffer());
}
