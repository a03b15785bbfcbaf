/**
 * Finds contact details inside free text (an evidence line, a highlight, a heading) and replaces each with a
 * visible marker — `[email]`, `[phone]`, `[address]`, `[link]`, `[name]` — so the text stays readable and a
 * reader can see that something was removed. Runs on text the pipeline has already normalised (NFKC, one kind
 * of dash), so full-width digits and odd dashes need no special case here.
 */
import { EMAIL, URL } from '../parse/contact';
import { HAN } from '../parse/normalize';
import { normalizePhone, PHONE_CANDIDATE, PHONE_LABEL } from '../parse/phones';

/** What the document is known to hold, so a detail is found even where its shape alone would not tell. */
export interface KnownDetails {
  /** Phones as read by `extractContact` (E.164 or digits). */
  phones: string[];
  links: string[];
  /** Replace the person's name too. */
  name: string | null;
}

export interface TextRedaction {
  /** Replace profile and web links with `[link]`. */
  links: boolean;
}

export const MARKERS = { email: '[email]', phone: '[phone]', address: '[address]', link: '[link]', name: '[name]' } as const;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Years, months and days only ("2019 - 2023", "2019.07 - 2021.03"): a date range, not a phone number. */
function isDateLike(raw: string): boolean {
  const groups = raw.match(/\d+/g) ?? [];
  const year = (g: string) => /^(?:19|20)\d{2}$/.test(g);
  return groups.some(year) && groups.every((g) => year(g) || (g.length <= 2 && Number(g) <= 31));
}

// The last 8 digits identify a phone number however it was written (+44 7700 900123, 07700 900123).
const tailOf = (phone: string) => phone.replace(/\D/g, '').slice(-8);

function redactPhones(text: string, known: KnownDetails): string {
  const tails = known.phones.map(tailOf).filter((t) => t.length === 8);
  const labelled = PHONE_LABEL.test(text);
  return text.replace(PHONE_CANDIDATE, (raw: string, index: number) => {
    const digits = raw.replace(/\D/g, '');
    if (tails.some((t) => digits.includes(t))) return MARKERS.phone;
    if (digits.length < 7 || digits.length > 15 || isDateLike(raw)) return raw;
    // An IP address or a dotted version is not a phone number.
    if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(raw.trim())) return raw;
    // A digit run glued to a word, a path or an email is part of an identifier ("user12345678").
    if (index > 0 && /[\w/@]/.test(text[index - 1]!)) return raw;
    const written = /^[(+]/.test(raw.trim()) || labelled;
    // Unlabelled digits without separators count only when they have a phone's shape (13800138000).
    if (!/[\s.()-]/.test(raw.trim())) return written || normalizePhone(raw)?.startsWith('+') ? MARKERS.phone : raw;
    return written || digits.length >= 9 ? MARKERS.phone : raw;
  });
}

/**
 * Evidence is cut to 160 characters (skill evidence with "…", other evidence bare) and highlights to 300: a
 * number cut in two must not leave its half behind, too short to be recognised.
 */
function redactCutEdges(text: string): string {
  if (text.length !== 160 && text.length !== 300 && !text.startsWith('…') && !text.endsWith('…')) return text;
  const cut = (run: string) => ((run.match(/\d/g)?.length ?? 0) >= 4 && !isDateLike(run) ? MARKERS.phone : run);
  // Only skill evidence is cut at its start too, and says so with a leading "…".
  const start = text.startsWith('…') ? text.replace(/^…([+(]?\d(?:[\d\s().-]*\d)?)/, (_, run: string) => `…${cut(run)}`) : text;
  return start.replace(/([+(]?\d(?:[\d\s().-]*\d)?)(\s*…?)$/, (_, run: string, dots: string) => cut(run) + dots);
}

// Street types, capitalised or not ("12 Baker Street", "221B Baker street").
const STREET_TYPES = ['Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Lane', 'Ln', 'Drive', 'Dr', 'Boulevard', 'Blvd', 'Way', 'Court', 'Ct', 'Place', 'Pl', 'Square', 'Sq', 'Terrace', 'Close', 'Crescent', 'Highway', 'Hwy', 'Parkway', 'Pkwy', 'Mews', 'Gardens']
  .map((t) => `[${t[0]}${t[0]!.toLowerCase()}]${t.slice(1)}`)
  .join('|');
/** A UK postcode (NW1 6XE), a US state and ZIP (IL 62704), or a bare ZIP. */
const POSTCODE = String.raw`(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[A-Z]{2}\s+\d{5}(?:-\d{4})?|\d{5}(?:-\d{4})?)`;
const UNIT = String.raw`(?:Flat|Apt\.?|Apartment|Suite|Unit)\s*\w+`;
/** "12 Baker Street, London NW1 6XE", "221B Baker Street", "Flat 2, 10 Downing St", "1 Main St, Springfield, IL 62704". */
const STREET = new RegExp(
  String.raw`\b(?:${UNIT},?\s+)?\d{1,5}[A-Za-z]?(?:[-/]\d{1,5}[A-Za-z]?)?,?\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:${STREET_TYPES})\b\.?` +
    // The town after a comma, then a postcode; a town's word ends where a word does, so "London NW1" is a town and a postcode.
    String.raw`(?:,?\s*${UNIT})?(?:,\s*[A-Z][A-Za-z'’.-]*\b(?:\s+[A-Z][A-Za-z'’.-]*\b){0,2})?(?:,?\s+${POSTCODE}\b)?`,
  'g',
);
/** 北京市朝阳区建国路88号(3号楼1201室): a street and its number, with the city and district before it. */
const ZH_STREET = /[\u4e00-\u9fff\d]{0,12}?(?:路|街|道|巷|胡同|弄)\s*\d+(?:-\d+)?\s*号(?:[\u4e00-\u9fff\d-]{0,12}?(?:室|楼|层|栋|座|单元)){0,3}/g;
/** "Address: …", "地址：…" — whatever follows the label, up to the next column or separator. */
// (`\b` only before the English labels: a Han character is not a word character to a JS regex.)
const LABELLED = /(?<![Ee]-?mail |IP |[Ww]eb )(\b(?:Home address|Mailing address|Postal address|Street address|Address|Location)|家庭住址|通讯地址|居住地址|现居地址|住址|地址|所在地|居住地|现居)(\s*[:：]\s*)(?:(?!\s{3}|\s?[|·•]).)+/gi;

function redactAddresses(text: string): string {
  let out = text;
  // Cheap tests first: most strings have no colon, no digit or no 号, and skip the regex that needs one.
  if (/[:：]/.test(out)) out = out.replace(LABELLED, (_, label: string, colon: string) => `${label}${colon}${MARKERS.address}`);
  if (/\d/.test(out)) out = out.replace(STREET, MARKERS.address);
  if (out.includes('号')) out = out.replace(ZH_STREET, MARKERS.address);
  return out;
}

function redactLinks(text: string, known: KnownDetails): string {
  let out = text.replace(URL, MARKERS.link);
  for (const link of known.links) if (link) out = out.split(link).join(MARKERS.link);
  return out;
}

function nameRegex(name: string): RegExp {
  const parts = HAN.test(name) ? [...name.replace(/\s+/g, '')] : name.trim().split(/\s+/);
  return new RegExp(parts.map(escape).join(HAN.test(name) ? String.raw`\s*` : String.raw`\s+`), 'gi');
}

/** Builds the function that redacts one string, for one document's known details. */
export function createTextRedactor(known: KnownDetails, options: TextRedaction): (text: string) => string {
  const name = known.name ? nameRegex(known.name) : null;
  return (text) => {
    let out = text.includes('@') ? text.replace(EMAIL, MARKERS.email) : text;
    if (options.links) out = redactLinks(out, known);
    if (/\d[\d\s.()-]{6}/.test(out)) out = redactPhones(out, known);
    out = redactCutEdges(out);
    out = redactAddresses(out);
    if (name) out = out.replace(name, MARKERS.name);
    return out;
  };
}
