/** Phone numbers found in text, normalised to E.164 where the country can be inferred. */

/** Something written like a phone number: an optional country code or area code in brackets, then 8–18 digits and separators. */
export const PHONE_CANDIDATE = /(?:\(\+?\d{1,3}\)\s*|\+\s?\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d[\d\s.-]{6,16}\d/g;
/** A label that says the number next to it is a phone number. */
export const PHONE_LABEL = /(phone|mobile|tel|cell|手机|电话|联系电话|移动电话)/i;

/** Normalises a written number; returns null when it is not plausibly a phone number. */
export function normalizePhone(raw: string): string | null {
  const trimmed = raw.trim();
  // Date ranges and years ("2019.07 - 2021.03") are not phone numbers.
  if (/(19|20)\d{2}\s*[./-]\s*\d{1,2}(\D|$)/.test(trimmed) && !/^\+|^\(/.test(trimmed) && /[.]/.test(trimmed)) return null;
  const plus = /^\(?\+/.test(trimmed);
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 10 || digits.length > 15) return null;
  if (plus) return `+${digits}`;
  if (digits.startsWith('86') && digits.length === 13 && /^861[3-9]/.test(digits)) return `+${digits}`;
  if (/^1[3-9]\d{9}$/.test(digits)) return `+86${digits}`; // mainland China mobile
  if (/^00\d{9,13}$/.test(digits)) return `+${digits.slice(2)}`;
  if (/^[2-9]\d{2}[2-9]\d{6}$/.test(digits) && /[()\s.-]/.test(trimmed)) return `+1${digits}`; // NANP, written with separators
  if (/^1[2-9]\d{2}[2-9]\d{6}$/.test(digits)) return `+${digits}`;
  return digits;
}

/** Phones in a line. Unlabelled numbers count only when they look like a phone number, not an ID or a range. */
export function findPhones(line: string): string[] {
  const found: string[] = [];
  const labelled = PHONE_LABEL.test(line);
  for (const m of line.matchAll(PHONE_CANDIDATE)) {
    const raw = m[0];
    // A long digit run inside a URL or an email is not a phone.
    const before = line.slice(Math.max(0, m.index - 1), m.index);
    if (/[/@\w]/.test(before) && !/\s/.test(before) && m.index > 0 && !/[:：]/.test(before)) continue;
    const phone = normalizePhone(raw);
    if (!phone) continue;
    if (!labelled && !phone.startsWith('+')) continue;
    found.push(phone);
  }
  return found;
}
