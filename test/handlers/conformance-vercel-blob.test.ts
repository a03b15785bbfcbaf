import { copy, del, head, list, put } from '@vercel/blob';
import { put as clientPut, generateClientTokenFromReadWriteToken } from '@vercel/blob/client';
import { afterAll, describe, expect, it } from 'vitest';
import { createVercelBlobStore } from '@kiln/handlers/vercel-blob';
import { runBlobStoreSuite } from '@kiln/handlers/testing';
import { createClientToken } from '../../packages/handlers/src/adapters/blob-store/vercel-blob';
import { startVercelBlobServer } from '../support/vercel-blob-server';

/**
 * The BlobStore conformance suite on the Vercel Blob store, tested against a contract server of the
 * Blob HTTP API (no Blob server can run locally). The real `@vercel/blob` SDK is run against the same
 * server first, so the server is held to the protocol the SDK speaks, and Kiln's client-upload tokens
 * are checked byte for byte against the SDK's.
 */
const server = await startVercelBlobServer();
process.env.VERCEL_BLOB_API_URL = server.apiUrl; // what @vercel/blob reads; Kiln's store too
process.env.VERCEL_BLOB_RETRIES = '0';
afterAll(() => server.stop());

describe('the Vercel Blob contract server, held to @vercel/blob 2.8 (the SDK run against it)', () => {
  it('put, head, list, copy and del, private and public', async () => {
    const { token } = server;
    const stored = await put('contract/a.txt', 'hello', { access: 'private', token, contentType: 'text/plain', allowOverwrite: true });
    expect(stored).toMatchObject({ pathname: 'contract/a.txt', contentType: 'text/plain' });
    expect(await head('contract/a.txt', { token })).toMatchObject({ size: 5, pathname: 'contract/a.txt' });
    const suffixed = await put('contract/b.txt', 'public', { access: 'public', token, addRandomSuffix: true });
    expect(suffixed.pathname).toMatch(/^contract\/b\.txt-[a-z0-9]+$/);
    await copy(stored.url, 'contract/c.txt', { access: 'private', token });
    expect((await list({ prefix: 'contract/', token })).blobs.map((b) => b.pathname).sort()).toEqual(['contract/a.txt', 'contract/c.txt', suffixed.pathname].sort());
    await del([stored.url, 'contract/c.txt', suffixed.url], { token });
    await expect(head('contract/a.txt', { token })).rejects.toThrow(/does not exist/);
  });

  it('a client upload: the SDK’s client token is honoured, and its size and type limits are enforced', async () => {
    const clientToken = await generateClientTokenFromReadWriteToken({ token: server.token, pathname: 'contract/client.pdf', maximumSizeInBytes: 10, allowedContentTypes: ['application/pdf'], validUntil: Date.now() + 60_000 });
    expect((await clientPut('contract/client.pdf', '%PDF-1.7', { access: 'private', token: clientToken, contentType: 'application/pdf' })).pathname).toBe('contract/client.pdf');
    await expect(clientPut('contract/client.pdf', '%PDF-1.7 and far too long', { access: 'private', token: clientToken, contentType: 'application/pdf' })).rejects.toThrow(/cannot be greater than/);
    await expect(clientPut('contract/client.pdf', 'x', { access: 'private', token: clientToken, contentType: 'image/png' })).rejects.toThrow(/not allowed/);
  });

  it('Kiln’s client tokens are the SDK’s, byte for byte (made with Web Crypto, so they work on the Edge runtime)', async () => {
    const payload = { pathname: 'direct/abc', maximumSizeInBytes: 1000, allowedContentTypes: ['application/pdf'], validUntil: 1_900_000_000_000, addRandomSuffix: false, allowOverwrite: false };
    const theirs = await generateClientTokenFromReadWriteToken({ token: server.token, ...payload });
    expect(await createClientToken(server.token, 'kilnteststore', payload)).toBe(theirs);
  });
});

for (const access of ['private', 'public'] as const) {
  runBlobStoreSuite(`vercel-blob, ${access} (tested against a contract server of the Blob HTTP API)`, {
    create: () => createVercelBlobStore({ token: server.token, access, apiUrl: server.apiUrl }),
    cleanup: () => server.blobs.clear(),
    async uploadDirect(target, bytes) {
      // What the widget sends: the body to `url` with `headers`, no SDK in the browser.
      const response = await fetch(target.url, { method: target.method, headers: target.headers, body: bytes as BodyInit });
      if (!response.ok) throw new Error(`direct upload answered ${response.status}: ${await response.text()}`);
    },
  });
}

describe('vercel-blob store details (tested against the contract server)', () => {
  it('a private store’s blob cannot be read without the token; a public store never hands out a blob URL as a direct-upload target', async () => {
    const privateStore = createVercelBlobStore({ token: server.token, apiUrl: server.apiUrl });
    await privateStore.put('uploads/secret-cv', new TextEncoder().encode('%PDF-1.7 personal data'), { contentType: 'application/pdf' });
    const stored = [...server.blobs.entries()].find(([pathname]) => pathname === 'uploads/secret-cv')!;
    expect(stored[1].access).toBe('private');
    const anonymous = await fetch(`${server.apiUrl.replace('/api/blob', '')}/blobs/kilnteststore/uploads/secret-cv`);
    expect(anonymous.status).toBe(403);
    const publicStore = createVercelBlobStore({ token: server.token, access: 'public', apiUrl: server.apiUrl });
    const target = await publicStore.createDirectUpload!('direct/x', { contentType: 'application/pdf', size: 10, maxBytes: 100, expiresInSeconds: 60 });
    expect(target.url.startsWith(server.apiUrl)).toBe(true);
    expect(target.url).not.toContain('/blobs/');
  });

  it('refuses a token that is not a read-write token, naming the variable', () => {
    expect(() => createVercelBlobStore({ token: 'nope' })).toThrow(/BLOB_READ_WRITE_TOKEN must be a Vercel Blob read-write token/);
  });
});
