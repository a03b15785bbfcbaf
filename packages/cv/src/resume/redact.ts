import type { CvAnalysis } from '../types';
import { createTextRedactor } from './redact-text';

export interface RedactOptions {
  /**
   * Also remove the person's name, everywhere it is written (for pages that must not identify anyone).
   * @default false
   */
  name?: boolean;
  /**
   * Also remove profile and web links (LinkedIn, GitHub, a personal site): `basics.profiles`, `basics.url`,
   * `analysis.contact.links`, and any link written in the text, replaced by `[link]`.
   * @default true (`analyze` itself keeps them unless `redactProfiles` is set)
   */
  profiles?: boolean;
}

/** Every string of a plain-JSON value is passed through `redact`, in place; the JSON Resume schema URL is not data. */
function redactStrings(value: unknown, redact: (text: string) => string): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      if (typeof item === 'string') value[i] = redact(item);
      else redactStrings(item, redact);
    });
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const [key, item] of Object.entries(record)) {
      if (key === '$schema') continue;
      if (typeof item === 'string') record[key] = redact(item);
      else redactStrings(item, redact);
    }
  }
}

/**
 * A copy of an analysis without contact details — emails, phone numbers, street addresses, the labelled
 * location, and (unless `profiles: false`) links — in every string it holds: name and skill evidence, work
 * highlights, section headings, diagnostics and the JSON Resume part. A detail found inside text is replaced by a
 * visible marker (`[email]`, `[phone]`, `[address]`, `[link]`, `[name]`) so the evidence stays readable; the
 * dedicated fields (`basics.email`, `contact.phones`…) are emptied. The score is unchanged: it was computed
 * before redaction.
 *
 * `analyze` does this inside its worker by default (`contactDetails: 'redact'`); call this on a result
 * analysed with `contactDetails: 'keep'` that you store with the details but show without them. Idempotent.
 *
 * @example
 * const full = await analyze(bytes, { contactDetails: 'keep' });
 * await saveForRecruiter(full);
 * const shown = redactContact(full); // no email, phone, address or link anywhere
 */
export function redactContact(result: CvAnalysis, options: RedactOptions = {}): CvAnalysis {
  const profiles = options.profiles ?? true;
  const copy = JSON.parse(JSON.stringify(result)) as CvAnalysis;
  const contact = copy.analysis.contact;
  const redact = createTextRedactor({ phones: contact.phones, links: contact.links, name: options.name ? contact.name : null }, { links: profiles });
  redactStrings(copy, redact);

  const { basics } = copy.resume;
  delete basics.email;
  delete basics.phone;
  delete basics.location;
  contact.emails = [];
  contact.phones = [];
  contact.location = null;
  contact.evidence.email = null;
  contact.evidence.phone = null;
  if (profiles) {
    delete basics.url;
    basics.profiles = [];
    contact.links = [];
  }
  if (options.name) {
    delete basics.name;
    contact.name = null;
    contact.evidence.name = null;
  }
  return copy;
}
