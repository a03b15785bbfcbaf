import fc from 'fast-check';

/**
 * Generators of hostile HTTP requests for the handler fuzz tests (test/handlers/fuzz-handlers.test.ts):
 * methods, headers, multipart bodies built byte by byte (so they can be wrong in ways FormData never is),
 * ids and paths, query strings and JSON bodies. Each generator yields a plain description; `toRequest`
 * turns it into a `Request`, so a shrunk counterexample prints as something a person can read.
 */

const encoder = new TextEncoder();
export const bytesOf = (text: string) => encoder.encode(text);

export const PDF_BYTES = bytesOf('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
export const DOCX_LIKE = bytesOf('PK\u0003\u0004 [Content_Types].xml word/document.xml');

/** Methods a client can send, odd ones included (fetch refuses CONNECT, TRACE and TRACK itself). */
export const methodArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('GET', 'POST', 'HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS') },
  { weight: 1, arbitrary: fc.constantFrom('post', 'get', 'patch', 'PROPFIND', 'M-SEARCH', 'FOO', 'MKCOL', 'QUERY') },
);

export const hasBody = (method: string) => !['GET', 'HEAD'].includes(method.toUpperCase());

/** Content-Length values a proxy would reject but a function may still see. */
export const contentLengthArb = fc.constantFrom('0', '-1', '-99999', '1', '99999999999999999999', '1e400', 'abc', '10, 20', '4194304', ' 12 ', '0x10');

/** Authorization headers for an endpoint whose secret is `secret`. */
export function authorizationArb(secret: string) {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant(`Bearer ${secret}`) },
    {
      weight: 6,
      arbitrary: fc.constantFrom(
        '',
        'Bearer',
        'Bearer ',
        `bearer ${secret}`,
        `BEARER ${secret}`,
        `Bearer  ${secret}`,
        `Bearer ${secret} `,
        `Bearer ${secret}x`,
        `Bearer ${secret.slice(0, -1)}`,
        `Bearer ${secret}, Bearer other`,
        `Basic ${btoa(`user:${secret}`)}`,
        `Token ${secret}`,
        secret,
        `Bearer ${'x'.repeat(8000)}`,
        'Bearer \u00e9\u00e8',
      ),
    },
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }).map((s) => `Bearer ${latin1(s)}`) },
  );
}

/** Keeps a string inside what an HTTP header can carry (ByteString, no CR/LF/NUL). */
export function latin1(text: string): string {
  return text.replace(/[^\u0020-\u007e\u0080-\u00ff\t]/g, '?');
}

// ---------------------------------------------------------------------------------------------
// Ids and paths

/** Job-id-shaped and not: traversal, %-escapes (some malformed), unicode, very long, empty. */
export const idArb = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{21,64}$/) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '',
      '.',
      '..',
      '../../etc/passwd',
      '..%2F..%2Fetc%2Fpasswd',
      '%2e%2e',
      '%E0%A4%A',
      '%',
      '%00',
      'abc',
      'a'.repeat(20),
      'a'.repeat(65),
      'a'.repeat(10_000),
      '履歴書履歴書履歴書履歴書履歴書履歴書履歴書',
      'AAAAAAAAAAAAAAAAAAAAA%20',
      'AAAAAAAAAAAAAAAAAAAAA\u0000',
      '__proto__',
      'constructor',
      'AAAAAAAAAAAAAAAAAAAAA/..',
    ),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 80, unit: 'binary' }) },
);

/** A query string (without `?`), made of plausible and broken pairs. */
export const queryArb = fc.oneof(
  fc.constant(''),
  fc.array(
    fc.tuple(
      fc.constantFrom('direct', 'size', 'type', 'path', 'secret', 'jobId', 'x', '', '%ZZ', '__proto__'),
      fc.oneof(fc.constantFrom('1', '0', '', '-1', '%E0%A4%A', 'true', '1e9'), fc.string({ maxLength: 20 })),
    ),
    { maxLength: 4 },
  ).map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%25([0-9A-F]{2})/g, (m, h: string) => (h === '25' ? m : `%${h}`))}`).join('&')),
);

// ---------------------------------------------------------------------------------------------
// Multipart bodies, byte by byte

export interface PartSpec {
  /** The `name` parameter; `null` leaves it out. */
  name: string | null;
  /** The `filename` parameter: text, raw (non-UTF-8) bytes, or none (`null`: a text field). */
  fileName: string | number[] | null;
  contentType: string | null;
  content: Uint8Array;
  /** A part that is itself a multipart/mixed body. */
  nested: boolean;
}

export interface MultipartSpec {
  boundary: string;
  /** What the Content-Type header says. */
  header: 'exact' | 'quoted' | 'none' | 'other' | 'duplicated' | 'uppercase' | 'empty' | 'mixed' | 'missing' | 'text' | 'urlencoded';
  parts: PartSpec[];
  preamble: boolean;
  closing: boolean;
  /** Cut the body after this many bytes (a client that died mid-upload). */
  truncateAt: number | null;
}

const fileNameArb = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('cv.pdf', 'cv.docx', 'cv.txt') },
  {
    weight: 3,
    arbitrary: fc.constantFrom('', '../../../etc/passwd', '..\\..\\boot.ini', '/etc/shadow', '履歴書.pdf', 'a"b.pdf', 'x'.repeat(2000), 'cv.pdf\u0000.exe', 'C:\\cv.pdf', '.', '..'),
  },
  { weight: 1, arbitrary: fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 8 }) }, // not UTF-8
  { weight: 2, arbitrary: fc.constant(null) },
);

function contentArb(maxBytes: number, boundary: string) {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant(PDF_BYTES) },
    { weight: 1, arbitrary: fc.constant(DOCX_LIKE) },
    { weight: 1, arbitrary: fc.constant(new Uint8Array()) },
    { weight: 2, arbitrary: fc.string({ maxLength: 200 }).map(bytesOf) },
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 200 }) },
    { weight: 1, arbitrary: fc.constant(bytesOf(`%PDF-1.7\r\n--${boundary}\r\nContent-Disposition: form-data; name="cv"\r\n\r\nboundary inside the data`)) },
    { weight: 1, arbitrary: fc.constant(new Uint8Array(maxBytes + 1).fill(0x41)) },
  );
}

export function multipartArb(fieldName: string, maxBytes: number): fc.Arbitrary<MultipartSpec> {
  return fc
    .oneof(
      { weight: 5, arbitrary: fc.constantFrom('kiln-boundary', '----WebKitFormBoundary7MA4YWxkTrZu0gW', 'a', "x'y(z)+_,-./:=?", ' spaced') },
      { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9'()+_,\-./:=?]{1,70}$/) },
      { weight: 1, arbitrary: fc.constantFrom('é', 'x'.repeat(200), '--', 'a\tb') },
    )
    .chain((boundary) =>
      fc.record({
        boundary: fc.constant(boundary),
        header: fc.oneof(
          { weight: 10, arbitrary: fc.constant('exact' as const) },
          { weight: 4, arbitrary: fc.constantFrom('quoted', 'none', 'other', 'duplicated', 'uppercase', 'empty', 'mixed', 'missing', 'text', 'urlencoded') },
        ),
        parts: fc.array(
          fc.record({
            name: fc.oneof({ weight: 6, arbitrary: fc.constant(fieldName) }, { weight: 3, arbitrary: fc.constantFrom('file', 'CV', '', `${fieldName}[]`, 'cv\u00e9', '__proto__') }, { weight: 1, arbitrary: fc.constant(null) }),
            fileName: fileNameArb,
            contentType: fc.constantFrom('application/pdf', 'text/plain', 'image/png', '', null, 'multipart/mixed; boundary=inner'),
            content: contentArb(maxBytes, boundary),
            nested: fc.oneof({ weight: 9, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
          }),
          { minLength: 0, maxLength: 4 },
        ),
        preamble: fc.boolean(),
        closing: fc.oneof({ weight: 6, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
        truncateAt: fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.nat(400) }),
      }),
    );
}

/** The exact multipart shape a browser sends: one file, the right field, a PDF. */
export const validMultipart = (fieldName: string): MultipartSpec => ({
  boundary: 'kiln-boundary',
  header: 'exact',
  parts: [{ name: fieldName, fileName: 'cv.pdf', contentType: 'application/pdf', content: PDF_BYTES, nested: false }],
  preamble: false,
  closing: true,
  truncateAt: null,
});

export function multipartContentType(spec: MultipartSpec): string | null {
  const b = latin1(spec.boundary);
  switch (spec.header) {
    case 'exact':
      return `multipart/form-data; boundary=${b}`;
    case 'quoted':
      return `multipart/form-data; boundary="${b}"`;
    case 'none':
      return 'multipart/form-data';
    case 'other':
      return 'multipart/form-data; boundary=something-else';
    case 'duplicated':
      return `multipart/form-data; boundary=${b}; boundary=something-else`;
    case 'uppercase':
      return `MULTIPART/FORM-DATA; BOUNDARY=${b}`;
    case 'empty':
      return 'multipart/form-data; boundary=';
    case 'mixed':
      return `multipart/mixed; boundary=${b}`;
    case 'missing':
      return null;
    case 'text':
      return 'text/plain';
    case 'urlencoded':
      return 'application/x-www-form-urlencoded';
  }
}

export function multipartBody(spec: MultipartSpec): Uint8Array<ArrayBuffer> {
  const chunks: Uint8Array[] = [];
  const text = (s: string) => chunks.push(bytesOf(s));
  if (spec.preamble) text('This is a preamble a client may send.\r\n');
  for (const part of spec.parts) {
    text(`--${spec.boundary}\r\n`);
    let disposition = 'Content-Disposition: form-data';
    if (part.name !== null) disposition += `; name="${part.name}"`;
    text(disposition);
    if (typeof part.fileName === 'string') text(`; filename="${part.fileName}"`);
    else if (part.fileName) chunks.push(bytesOf('; filename="'), Uint8Array.from(part.fileName), bytesOf('"'));
    text('\r\n');
    if (part.contentType !== null) text(`Content-Type: ${part.nested ? 'multipart/mixed; boundary=inner' : part.contentType}\r\n`);
    text('\r\n');
    if (part.nested) {
      text('--inner\r\nContent-Disposition: file; filename="cv.pdf"\r\nContent-Type: application/pdf\r\n\r\n');
      chunks.push(part.content);
      text('\r\n--inner--');
    } else {
      chunks.push(part.content);
    }
    text('\r\n');
  }
  if (spec.closing) text(`--${spec.boundary}--\r\n`);
  const total = chunks.reduce((n, c) => n + c.byteLength, 0);
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return spec.truncateAt === null ? body : body.slice(0, Math.min(spec.truncateAt, body.byteLength));
}

// ---------------------------------------------------------------------------------------------
// JSON bodies

/** Text that is JSON of the wrong shape, JSON abuse, or not JSON at all. */
export const hostileJsonArb = fc.oneof(
  fc.constantFrom(
    '',
    'null',
    'true',
    '0',
    '"text"',
    '[]',
    '{}',
    '{"directUpload": null}',
    '{"directUpload": 12345}',
    '{"directUpload": ["a"]}',
    '{"directUpload": {"token": "a"}}',
    '{"directUpload": 1e309}',
    '{"directUpload": 123456789012345678901234567890}',
    '{"__proto__": {"directUpload": "x"}}',
    '{"constructor": {"prototype": {"directUpload": "x"}}}',
    '{"path": "/cv/AAAAAAAAAAAAAAAAAAAAAAAA"',
    '\uFEFF{"directUpload": "x"}',
    '{"directUpload": "x", "directUpload": 5}',
    '{directUpload: "x"}',
    'not json at all',
    '\u0000\u0001\u0002',
    '{"path": ["/cv/AAAAAAAAAAAAAAAAAAAAAAAA"]}',
    '{"path": 1}',
    '{"path": "cv/AAAAAAAAAAAAAAAAAAAAAAAA"}',
  ),
  fc.integer({ min: 1, max: 6000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc.integer({ min: 1, max: 3000 }).map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
  fc.constant(`{"directUpload": "${'x'.repeat(20_000)}"}`),
  fc.json({ maxDepth: 4 }),
);
