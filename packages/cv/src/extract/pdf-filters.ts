/**
 * Bounded decoders for the PDF filters that are not zlib's, used only to measure what a stream decodes to
 * (pdf-streams.ts): each stops once its output would pass `limit` bytes, throwing {@link OverBudget}. They follow
 * the PDF specification (ISO 32000-1, 7.4) closely enough to count; pdfjs does the real decoding afterwards.
 */

/** Thrown by a decoder whose output would pass its limit. */
export class OverBudget extends Error {}

/** Collects output in chunks, refusing to grow past `limit` (never allocates more than it holds plus 64 KB). */
class Output {
  private chunks: Uint8Array[] = [];
  private current = new Uint8Array(65_536);
  private used = 0;
  length = 0;
  constructor(private readonly limit: number) {}

  push(byte: number): void {
    if (++this.length > this.limit) throw new OverBudget();
    if (this.used === this.current.length) {
      this.chunks.push(this.current);
      this.current = new Uint8Array(65_536);
      this.used = 0;
    }
    this.current[this.used++] = byte;
  }

  bytes(): Uint8Array {
    return Buffer.concat([...this.chunks, this.current.subarray(0, this.used)]);
  }
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;

/** /ASCIIHexDecode: hex digit pairs up to `>`, whitespace ignored. Output is at most half the input. */
export function asciiHexDecode(input: Uint8Array, limit: number): Uint8Array {
  const out = new Output(limit);
  let high = -1;
  for (const c of input) {
    if (c === 0x3e) break;
    if (isSpace(c)) continue;
    const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 0x37 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
    if (digit < 0) break;
    if (high < 0) high = digit;
    else {
      out.push((high << 4) | digit);
      high = -1;
    }
  }
  if (high >= 0) out.push(high << 4);
  return out.bytes();
}

/** /ASCII85Decode: base-85 groups of five, `z` for four zeros, up to `~>`. */
export function ascii85Decode(input: Uint8Array, limit: number): Uint8Array {
  const out = new Output(limit);
  const group: number[] = [];
  const flush = (count: number) => {
    while (group.length < 5) group.push(84);
    let value = 0;
    for (const digit of group) value = value * 85 + digit;
    for (let i = 0; i < count; i++) out.push((value >>> (24 - 8 * i)) & 0xff);
    group.length = 0;
  };
  for (const c of input) {
    if (c === 0x7e) break; // ~>
    if (isSpace(c)) continue;
    if (c === 0x7a && group.length === 0) {
      for (let i = 0; i < 4; i++) out.push(0);
      continue;
    }
    if (c < 0x21 || c > 0x75) break;
    group.push(c - 0x21);
    if (group.length === 5) flush(4);
  }
  if (group.length > 1) flush(group.length - 1);
  return out.bytes();
}

/** /RunLengthDecode: a length byte, then that many literal bytes or one byte repeated (up to 128 times); 128 ends. */
export function runLengthDecode(input: Uint8Array, limit: number): Uint8Array {
  const out = new Output(limit);
  for (let i = 0; i < input.length; ) {
    const n = input[i++]!;
    if (n === 128) break;
    if (n < 128) {
      for (let k = 0; k <= n && i < input.length; k++) out.push(input[i++]!);
    } else if (i < input.length) {
      const byte = input[i++]!;
      for (let k = 0; k < 257 - n; k++) out.push(byte);
    }
  }
  return out.bytes();
}

/** /LZWDecode with the default /EarlyChange 1: 9- to 12-bit codes, 256 clears the table, 257 ends. */
export function lzwDecode(input: Uint8Array, limit: number, earlyChange = 1): Uint8Array {
  const out = new Output(limit);
  const prefix = new Int32Array(4096);
  const suffix = new Uint8Array(4096);
  const first = new Uint8Array(4096);
  const length = new Int32Array(4096);
  for (let c = 0; c < 256; c++) {
    prefix[c] = -1;
    suffix[c] = c;
    first[c] = c;
    length[c] = 1;
  }
  const scratch = new Uint8Array(4096);
  const emit = (code: number) => {
    const n = length[code]!;
    for (let c = code, i = n - 1; i >= 0; i--, c = prefix[c]!) scratch[i] = suffix[c]!;
    for (let i = 0; i < n; i++) out.push(scratch[i]!);
  };
  let bits = 0;
  let buffer = 0;
  let at = 0;
  let width = 9;
  let next = 258;
  let previous = -1;
  for (;;) {
    while (bits < width) {
      if (at >= input.length) return out.bytes();
      buffer = ((buffer << 8) | input[at++]!) & 0xffffff;
      bits += 8;
    }
    const code = (buffer >>> (bits - width)) & ((1 << width) - 1);
    bits -= width;
    if (code === 256) {
      width = 9;
      next = 258;
      previous = -1;
      continue;
    }
    if (code === 257) break;
    if (previous >= 0 && next < 4096) {
      if (code > next) break; // not LZW data
      // A code not yet in the table (the "KwKwK" case) is the previous string plus its own first byte.
      prefix[next] = previous;
      suffix[next] = code === next ? first[previous]! : first[code]!;
      first[next] = first[previous]!;
      length[next] = length[previous]! + 1;
      next++;
    } else if (code >= next) break;
    emit(code);
    previous = code;
    if (next + earlyChange >= 1 << width && width < 12) width++;
  }
  return out.bytes();
}
