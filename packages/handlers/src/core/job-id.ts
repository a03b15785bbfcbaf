const ALPHABET = 'useandom-26T198340PX75pxJACKVERYMINDBUSHWOLF_GQZbfghjklqvwyzrict';
const ID_LENGTH = 24; // about 144 bits of randomness: unguessable, so the id alone can guard a result page

/**
 * A new job id: 24 URL-safe characters from a CSPRNG. The first is never "-", so that no CLI or
 * shell tool takes an id for an option (`kiln job -x…`); it is drawn again instead, which keeps the
 * other 63 equally likely.
 */
export function newJobId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(ID_LENGTH));
  while (ALPHABET[bytes[0]! & 63] === '-') globalThis.crypto.getRandomValues(bytes.subarray(0, 1));
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte & 63];
  return id;
}

const JOB_ID_PATTERN = /^[A-Za-z0-9_-]{21,64}$/;

export function isJobId(value: unknown): value is string {
  return typeof value === 'string' && JOB_ID_PATTERN.test(value);
}
