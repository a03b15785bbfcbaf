import { describe, expect, it } from 'vitest';
import { sniffKind } from '@kiln/react';
import { checkFiles } from '../../packages/react/src/file-check';

const bytes = (...parts: Array<string | number[]>) => new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

describe('sniffKind (the same rules as the server)', () => {
  it.each([
    ['a PDF', bytes('%PDF-1.4\n'), 'pdf'],
    ['a PDF after junk', bytes('junk\n'.repeat(20), '%PDF-1.7'), 'pdf'],
    ['a DOCX', bytes([0x50, 0x4b, 3, 4], 'xxword/document.xmlxx'), 'docx'],
    ['an XLSX', bytes([0x50, 0x4b, 3, 4], 'xxxl/workbook.xmlxx'), null],
    ['UTF-8 text', bytes('Zoë 张伟\nEngineer\n'), 'txt'],
    ['UTF-16 text with a BOM', bytes([0xff, 0xfe, 0x41, 0]), 'txt'],
    ['a PNG', bytes([0x89], 'PNG', [13, 10, 26, 10, 0, 0]), null],
    ['binary noise', bytes(Array.from({ length: 100 }, (_, i) => (i * 7) % 32 || 1)), null],
  ])('%s', (_name, input, kind) => {
    expect(sniffKind(input)).toBe(kind);
  });
});

describe('checkFiles reads a sample, not the whole file', () => {
  const accept = ['pdf', 'docx', 'txt'] as const;
  it('finds a DOCX by the central directory at the end of a large ZIP', async () => {
    const middle = new Uint8Array(2 * 1024 * 1024); // 2 MB of stored content with no entry names
    const docx = new File([bytes([0x50, 0x4b, 3, 4], 'word/styles.xml'), middle, bytes([0x50, 0x4b, 1, 2], 'word/document.xml')], 'cv.docx');
    expect(await checkFiles([docx], { maxBytes: 4 * 1024 * 1024, accept: [...accept] })).toBeNull();
    const xlsx = new File([bytes([0x50, 0x4b, 3, 4], 'xl/styles.xml'), middle, bytes([0x50, 0x4b, 1, 2], 'xl/workbook.xml')], 'cv.docx');
    expect(await checkFiles([xlsx], { maxBytes: 4 * 1024 * 1024, accept: [...accept] })).toEqual({ code: 'wrong_type', name: 'cv.docx' });
  });

  it('tells text from binary by the first 8 KB', async () => {
    const text = new File(['a'.repeat(20_000)], 'cv.txt');
    expect(await checkFiles([text], { maxBytes: 1e6, accept: ['txt'] })).toBeNull();
  });
});
