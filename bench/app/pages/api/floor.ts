import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { NextApiRequest, NextApiResponse } from 'next';
import busboy from 'busboy';
import { floorStore } from '../../lib/floor-db';

// The floor of table 1: the least a Pages route can do with the same upload. It reads the multipart body
// with busboy (what a plain Pages route uses; Next's bodyParser cannot read files), writes the file and one
// SQLite row, and answers 202 with an id — no validation, no queue, no job record, no limits.
export const config = { api: { bodyParser: false } };

export default async function floor(req: NextApiRequest, res: NextApiResponse): Promise<void> {
  if (req.method !== 'POST') return void res.status(405).end();
  let bytes: Buffer;
  try {
    bytes = await readFileField(req, 'cv');
  } catch (error) {
    return void res.status(400).json({ error: String(error) });
  }
  const id = randomBytes(16).toString('base64url');
  const store = floorStore();
  await writeFile(path.join(store.dir, id), bytes, { flag: 'wx' });
  store.insert(id, bytes.byteLength, Date.now());
  res.status(202).json({ id });
}

/** The bytes of the first file field named `name`; other fields are drained. */
function readFileField(req: NextApiRequest, name: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let found: Promise<Buffer> | null = null;
    const parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: 4 * 1024 * 1024 } });
    parser.on('file', (field, stream) => {
      if (field !== name || found) return void stream.resume();
      const chunks: Buffer[] = [];
      found = new Promise((done, fail) => {
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => done(Buffer.concat(chunks)));
        stream.on('error', fail);
      });
    });
    parser.on('error', reject);
    parser.on('close', () => (found ? found.then(resolve, reject) : reject(new Error(`no file field "${name}"`))));
    req.pipe(parser);
  });
}
