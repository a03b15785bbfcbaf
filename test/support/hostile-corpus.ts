/**
 * Hostile documents for the CV analyser, generated in memory (no binaries in the repository): zip and PDF
 * decompression bombs that lie about their sizes, deep XML nesting, invalid code points, absurd coordinates,
 * a 10,000-page PDF and a header that makes a lazy regex quadratic. Each is a few MB at most on disk.
 */
import { constants, deflateRawSync, deflateSync } from 'node:zlib';

const MB = 1024 * 1024;
const latin1 = (text: string) => Buffer.from(text, 'latin1');

/**
 * A raw deflate stream that inflates to `megabytes` MB of zeros while being about 1 KB per MB: one fully
 * flushed (byte-aligned, non-final) block of 1 MB of zeros repeated, then an empty final block. Built without
 * ever holding the inflated data.
 */
export function zeroBombRaw(megabytes: number): Buffer {
  const block = deflateRawSync(Buffer.alloc(MB), { finishFlush: constants.Z_FULL_FLUSH });
  const final = deflateRawSync(Buffer.alloc(0));
  return Buffer.concat([...Array.from({ length: megabytes }, () => block), final]);
}

/** The same bomb in the zlib wrapper PDF's /FlateDecode uses (header, raw stream, Adler-32 of the zeros). */
export function zeroBombZlib(megabytes: number): Buffer {
  const b = (megabytes * MB) % 65521; // Adler-32 of n zeros: a = 1, b = n mod 65521
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(((b << 16) | 1) >>> 0);
  return Buffer.concat([Buffer.from([0x78, 0x9c]), zeroBombRaw(megabytes), trailer]);
}

export interface ZipEntry {
  name: string;
  /** The part's content, deflated by the writer. */
  content?: string | Uint8Array;
  /** Already deflated bytes (raw deflate), for bombs. */
  deflated?: Uint8Array;
  /** The uncompressed size written into both headers (a liar's claim); defaults to the real one. */
  declaredSize?: number;
  /** Store the content as is (method 0) instead of deflating it. */
  stored?: boolean;
}

/** A minimal zip writer (deflate or stored; CRC written as 0, which the reader under test does not check). */
export function zip(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const raw = typeof entry.content === 'string' ? Buffer.from(entry.content, 'utf8') : Buffer.from(entry.content ?? new Uint8Array(0));
    const data = entry.deflated ? Buffer.from(entry.deflated) : entry.stored ? raw : deflateRawSync(raw);
    const method = entry.stored ? 0 : 8;
    const size = entry.declaredSize ?? raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const paragraphs = (lines: string[]) => lines.map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`).join('');

/** A short, readable CV body: a file that only has a hostile header or footer should still be analysed. */
export const CV_LINES = [
  'Jane Doe',
  'Senior Software Engineer',
  'Experience',
  'Acme Corp   Software Engineer   2019 – 2023',
  'Built payment services in Python and Go on Kubernetes.',
  'Education',
  'University of Somewhere   BSc Computer Science   2015 – 2019',
  'Skills',
  'Python, Go, Kubernetes, PostgreSQL, Terraform',
];

/** A minimal, valid DOCX; `body` replaces the document's body XML, `parts` adds (or overrides) entries. */
export function docx(options: { body?: string; parts?: ZipEntry[] } = {}): Buffer {
  const body = options.body ?? paragraphs(CV_LINES);
  const base: ZipEntry[] = [
    {
      name: '[Content_Types].xml',
      content:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      content:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    },
    { name: 'word/document.xml', content: `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>` },
  ];
  const extra = options.parts ?? [];
  return zip([...base.filter((b) => !extra.some((e) => e.name === b.name)), ...extra]);
}

/** A header part holding `inner` as its XML body. */
export const headerPart = (inner: string, name = 'word/header1.xml'): ZipEntry => ({
  name,
  content: `<?xml version="1.0" encoding="UTF-8"?><w:hdr ${W}>${inner}</w:hdr>`,
});

interface PdfObject {
  dict: string;
  stream?: Uint8Array;
}

/** A PDF from numbered objects (1 is the catalog), with a correct xref table. */
export function pdf(objects: PdfObject[]): Buffer {
  const chunks: Buffer[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
  let length = chunks[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(length);
    const parts = object.stream
      ? [latin1(`${i + 1} 0 obj\n${object.dict.replace(/>>\s*$/, ` /Length ${object.stream.length} >>`)}\nstream\n`), Buffer.from(object.stream), latin1('\nendstream\nendobj\n')]
      : [latin1(`${i + 1} 0 obj\n${object.dict}\nendobj\n`)];
    for (const part of parts) {
      chunks.push(part);
      length += part.length;
    }
  });
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) tail += `${String(offset).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  chunks.push(latin1(tail));
  return Buffer.concat(chunks);
}

const escapePdf = (text: string) => text.replace(/[\\()]/g, (c) => `\\${c}`);

/** Content-stream text showing each line at its (x, y). */
export const textAt = (runs: { text: string; x: number; y: number }[]) =>
  ['BT', '/F1 11 Tf', ...runs.map((r) => `1 0 0 1 ${r.x} ${r.y} Tm (${escapePdf(r.text)}) Tj`), 'ET'].join('\n');

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';

/** A one-page PDF whose page content is `content`, plus extra objects (numbered from 5). */
export function onePagePdf(content: PdfObject, extra: PdfObject[] = []): Buffer {
  return pdf([
    { dict: '<< /Type /Catalog /Pages 2 0 R >>' },
    { dict: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    { dict: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>' },
    content,
    { dict: FONT },
    ...extra,
  ]);
}

/**
 * `depth` nested `<w:r>` elements, each with a random revision id as Word writes them: that keeps the part from
 * compressing 1000:1, so the declared-ratio check does not refuse it before the XML is parsed.
 */
function nestedRuns(depth: number): string {
  let seed = 7;
  const rsid = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 0).toString(16).toUpperCase().padStart(8, '0');
  const open = Array.from({ length: depth }, () => `<w:r w:rsidR="${rsid()}">`).join('');
  return `${open}<w:t>x</w:t>${'</w:r>'.repeat(depth)}`;
}

const cvRuns = () => CV_LINES.map((text, i) => ({ text, x: 72, y: 740 - i * 16 }));

/** The corpus: each case with the outcome the analyser must reach and what the case is about. */
export interface HostileCase {
  name: string;
  /** The class of attack, for the closing table. */
  kind: string;
  bytes: () => Buffer;
  /** A CvError code, or 'ok' for a file whose hostile part must be survived (the CV is still analysed). */
  expect: string;
}

export const hostileCorpus: HostileCase[] = [
  {
    name: 'DOCX part declaring 100 KB, inflating to 4 GB',
    kind: 'zip bomb, lying sizes',
    bytes: () => docx({ parts: [{ name: 'word/media/image1.png', deflated: zeroBombRaw(4096), declaredSize: 100 * 1024 }] }),
    expect: 'zip_bomb',
  },
  {
    name: 'DOCX document.xml declaring 100 KB, inflating to 1 GB',
    kind: 'zip bomb, lying sizes (main part)',
    bytes: () => docx({ parts: [{ name: 'word/document.xml', deflated: zeroBombRaw(1024), declaredSize: 100 * 1024 }] }),
    expect: 'zip_bomb',
  },
  {
    name: 'DOCX of 40 parts of 4 MB each, each declaring 1 KB',
    kind: 'zip bomb, total across parts',
    bytes: () => docx({ parts: Array.from({ length: 40 }, (_, i) => ({ name: `word/media/image${i}.bin`, deflated: zeroBombRaw(4), declaredSize: 1024 })) }),
    expect: 'zip_bomb',
  },
  {
    name: 'DOCX header with 200,000 unclosed <w:p ',
    kind: 'quadratic regex (header XML)',
    bytes: () => docx({ parts: [headerPart('<w:p '.repeat(200_000))] }),
    expect: 'ok',
  },
  {
    name: 'DOCX header with &#x110000; and &#99999999999;',
    kind: 'invalid code points',
    bytes: () => docx({ parts: [headerPart('<w:p><w:r><w:t>Tel &#x110000; &#99999999999; &#xD800;</w:t></w:r></w:p>')] }),
    expect: 'ok',
  },
  {
    name: 'DOCX body with 100,000 nested <w:r>',
    kind: 'deep XML nesting (body)',
    bytes: () => docx({ body: `<w:p>${nestedRuns(100_000)}</w:p>${paragraphs(CV_LINES)}` }),
    expect: 'corrupt_file',
  },
  {
    name: 'DOCX header with 100,000 nested <w:r>',
    kind: 'deep XML nesting (header)',
    bytes: () => docx({ parts: [headerPart(`<w:p>${nestedRuns(100_000)}</w:p>`)] }),
    expect: 'ok',
  },
  {
    name: 'PDF content stream inflating to 1 GB',
    kind: 'PDF Flate bomb',
    bytes: () => onePagePdf({ dict: '<< /Filter /FlateDecode >>', stream: zeroBombZlib(1024) }),
    expect: 'decompression_bomb',
  },
  {
    name: 'PDF [/FlateDecode /FlateDecode] stream: 1 MB, then 1 GB',
    kind: 'PDF nested Flate chain',
    bytes: () => onePagePdf({ dict: '<< /Filter [/FlateDecode /FlateDecode] >>', stream: deflateSync(zeroBombZlib(1024)) }),
    expect: 'decompression_bomb',
  },
  {
    name: 'PDF [/ASCIIHexDecode /FlateDecode] stream: 2 MB of hex, then 1 GB',
    kind: 'PDF Flate bomb behind another filter',
    bytes: () => onePagePdf({ dict: '<< /Filter [/ASCIIHexDecode /FlateDecode] >>', stream: latin1(zeroBombZlib(1024).toString('hex') + '>') }),
    expect: 'decompression_bomb',
  },
  {
    name: 'PDF with 200 unused streams of 1 MB each (200 MB in all)',
    kind: 'PDF Flate bomb, total across streams',
    bytes: () => onePagePdf({ dict: '<< >>', stream: latin1(textAt(cvRuns())) }, Array.from({ length: 200 }, () => ({ dict: '<< /Filter /FlateDecode >>', stream: zeroBombZlib(1) }))),
    expect: 'decompression_bomb',
  },
  {
    name: 'PDF with a run at x = 1e12 (a page a million km wide)',
    kind: 'array sized by PDF coordinates',
    bytes: () => onePagePdf({ dict: '<< >>', stream: latin1(textAt([...cvRuns(), { text: 'far away', x: 1e12, y: 100 }])) }),
    expect: 'ok',
  },
  {
    name: 'PDF page with 80,000 touching runs (one 80,000-character line)',
    kind: 'super-linear matching over one long line (PDF)',
    bytes: () => onePagePdf({ dict: '<< /Filter /FlateDecode >>', stream: deflateSync(latin1(textAt([...cvRuns(), ...Array.from({ length: 80_000 }, (_, i) => ({ text: 'a', x: 72 + (i % 400), y: 100 + (i % 7) }))]))) }),
    expect: 'ok',
  },
  {
    name: 'TXT CV followed by one 2 MB line without a space',
    kind: 'super-linear matching over one long line (TXT)',
    bytes: () => Buffer.from(`${CV_LINES.join('\n')}\n${'a'.repeat(2 * MB)}\n`),
    expect: 'ok',
  },
  {
    name: 'PDF with 10,000 empty pages',
    kind: '10,000-page PDF',
    bytes: () => {
      const pages = 10_000;
      const kids = Array.from({ length: pages }, (_, i) => `${i + 4} 0 R`).join(' ');
      return pdf([
        { dict: '<< /Type /Catalog /Pages 2 0 R >>' },
        { dict: `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>` },
        { dict: '<< >>', stream: latin1('') },
        ...Array.from({ length: pages }, () => ({ dict: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R >>' })),
      ]);
    },
    expect: 'no_text_layer',
  },
];

/** The readable control: the same generator's DOCX and PDF without anything hostile. */
export const controlDocx = () => docx();
export const controlPdf = () => onePagePdf({ dict: '<< /Filter /FlateDecode >>', stream: deflateSync(latin1(textAt(cvRuns()))) });
