import type { CvAnalysis } from '../types';

export interface RedactOptions {
  /**
   * Also remove the person's name (for pages that must not identify anyone).
   * @default false
   */
  name?: boolean;
}

/**
 * A copy of an analysis without contact details — emails, phones, links, location and the lines they were read
 * from — for storing or showing a result where contact details must not appear (Kiln's result pages carry none
 * unless the app opts in). The score is unchanged: it was computed before redaction.
 */
export function redactContact(result: CvAnalysis, options: RedactOptions = {}): CvAnalysis {
  const copy = JSON.parse(JSON.stringify(result)) as CvAnalysis;
  const { basics } = copy.resume;
  delete basics.email;
  delete basics.phone;
  delete basics.url;
  delete basics.location;
  basics.profiles = [];
  const contact = copy.analysis.contact;
  contact.emails = [];
  contact.phones = [];
  contact.links = [];
  contact.location = null;
  contact.evidence.email = null;
  contact.evidence.phone = null;
  if (options.name) {
    delete basics.name;
    contact.name = null;
    contact.evidence.name = null;
  }
  return copy;
}
