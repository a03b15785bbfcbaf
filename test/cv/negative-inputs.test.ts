import { describe, expect, it } from 'vitest';
import * as bad from '../../packages/cv/eval/negative-fixtures';
import { analyzeInProcess, CvError, type CvErrorCode } from '../../packages/cv/src/index';

async function codeOf(bytes: Uint8Array | Promise<Uint8Array>, options = {}): Promise<{ code: CvErrorCode; message: string }> {
  try {
    await analyzeInProcess(await bytes, options);
  } catch (error) {
    expect(error).toBeInstanceOf(CvError);
    const e = error as CvError;
    // A sentence a person can act on, not a stack trace.
    expect(e.message).toMatch(/^[A-Z].{20,}\.$/s);
    return { code: e.code, message: e.message };
  }
  throw new Error('expected the analysis to fail');
}

describe('negative inputs end in typed errors', () => {
  it('password-protected PDF → encrypted_pdf', async () => expect((await codeOf(bad.encryptedPdf())).code).toBe('encrypted_pdf'));
  it('PDF header followed by garbage → corrupt_file', async () => expect((await codeOf(bad.corruptPdf())).code).toBe('corrupt_file'));
  it('a scan without a text layer → no_text_layer', async () => expect((await codeOf(bad.scannedPdf())).code).toBe('no_text_layer'));
  it('zip-bomb DOCX → zip_bomb, before inflating', async () => {
    const started = Date.now();
    expect((await codeOf(bad.zipBombDocx())).code).toBe('zip_bomb');
    expect(Date.now() - started).toBeLessThan(5_000);
  }, 20_000);
  it('damaged DOCX → corrupt_file', async () => expect((await codeOf(bad.corruptDocx())).code).toBe('corrupt_file'));
  it('password-protected DOCX (OLE container) → encrypted_docx', async () => expect((await codeOf(bad.encryptedDocx())).code).toBe('encrypted_docx'));
  it('a zip that is not a Word file → unsupported_format', async () => expect((await codeOf(bad.notDocxZip())).code).toBe('unsupported_format'));
  it('binary garbage → unsupported_format', async () => expect((await codeOf(bad.binaryGarbage())).code).toBe('unsupported_format'));
  it('an empty file → empty_file', async () => expect((await codeOf(new Uint8Array(0))).code).toBe('empty_file'));
  it('a file above maxBytes → too_large', async () => expect((await codeOf(new Uint8Array(2048).fill(65), { maxBytes: 1024 })).code).toBe('too_large'));
  it('errors serialise to JSON with code, message and retryable', async () => {
    const { code } = await codeOf(bad.encryptedPdf());
    const json = JSON.parse(JSON.stringify(new CvError(code, 'This PDF is password-protected.')));
    expect(json).toEqual({ name: 'CvError', code: 'encrypted_pdf', message: 'This PDF is password-protected.', retryable: false });
  });
});
