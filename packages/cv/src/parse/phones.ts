/** Phone numbers found in text, normalised to E.164 where the country can be inferred. */

/** Something written like a phone number: an optional country code or area code in brackets, then 8–18 digits and separators. */
export const PHONE_CANDIDATE = /(?:\(\+?\d{1,3}\)\s*|\+\s?\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d[\d\s.-]{6,16}\d/g;
/** A label that says the number next to it is a phone number. */
/**
 * A phone's label, as a word of its own in Latin script ('Tel', 'Mobile', 'Phone1', 'Telefon', 'Teléfono', 'Telefoon';
 * not the 'tel' of 'Hotel' or the 'cell' of 'Excellent'), or in Chinese.
 */
export const PHONE_LABEL = /(?<![\p{L}])(?:tel(?:e(?:phone|fon|fono|foon|f))?|tél(?:éphone)?|teléfono|tlf|phone|mobile|mobil|mob|cell(?:phone)?|handphone|whatsapp)\d?(?![\p{L}])|手机|电话|联系电话|移动电话/iu;

/** A country a CV's contact lines place the person in, for numbers written the national way ("0412 345 906"). */
export type PhoneRegion = 'AU' | 'GB' | 'IE' | 'NZ';

/** Calling code, and how many digits a national number has with its leading 0 (mobiles and landlines). */
const NATIONAL: Record<PhoneRegion, { code: string; digits: number[] }> = {
  AU: { code: '61', digits: [10] },
  GB: { code: '44', digits: [11] },
  IE: { code: '353', digits: [9, 10] },
  NZ: { code: '64', digits: [9, 10, 11] },
};

const REGION_HINTS: [PhoneRegion, RegExp][] = [
  // A state code counts beside its postcode ("Perth WA 6000"), or alone when no other country writes it (NSW, QLD,
  // VIC, TAS): "Tacoma WA" and "Windows NT" are not Australian. Perth and Darwin are not cities here: Scotland has one.
  ['AU', /\b(?:Australia|NSW|QLD|VIC|TAS|Queensland|New South Wales|Victoria,? Australia|Tasmania|Sydney|Melbourne|Brisbane|Adelaide|Canberra|Hobart|Gold Coast)\b|\b(?:WA|SA|NT|ACT) \d{4}\b|\.au\b|@bigpond\.com/],
  ['GB', /\b(?:United Kingdom|UK|England|Scotland|Wales|Northern Ireland|London|Manchester|Birmingham|Leeds|Glasgow|Edinburgh|Bristol|Liverpool|Sheffield|Cardiff|Belfast)\b|\.uk\b/],
  ['IE', /\b(?:Ireland|Dublin|Cork|Galway|Limerick|Waterford)\b|\.ie\b/],
  ['NZ', /\b(?:New Zealand|Auckland|Wellington|Christchurch)\b|\.nz\b/],
];

/**
 * The one country the contact lines name (a city, a state, a country, an email's domain), or null when they name
 * none or several. "Belfast" and "Northern Ireland" are the UK's, not Ireland's.
 */
export function phoneRegionOf(text: string): PhoneRegion | null {
  // "Northern Ireland" is the UK's, not Ireland's; "New South Wales" is Australia's, not the UK's.
  const own = (region: PhoneRegion) => (region === 'IE' ? text.replace(/Northern Ireland/g, '') : region === 'GB' ? text.replace(/New South Wales/g, '') : text);
  const found = REGION_HINTS.filter(([region, pattern]) => pattern.test(own(region))).map(([r]) => r);
  return found.length === 1 ? found[0]! : null;
}

/**
 * Words only British CVs use (GCSE, A levels, PGCE, QTS, NHS, NVQ, BTEC, Ofsted, a UK postcode, pounds), for a
 * mobile written the British way ("07911 234 567") when the contact lines name no country: two different ones.
 */
const BRITISH = [/\bGCSEs?\b/, /\bA-[Ll]evels?\b|\bA Levels?\b/, /\bPGCE\b/, /\bQTS\b/, /\bNHS\b/, /\bNVQ\b/, /\bBTEC\b/, /\bOfsted\b/, /\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b/, /£\s?\d/];

/** Whether a CV shows two British marks: its mobiles written the British way ("07…") are then read as British. */
export function showsBritain(text: string): boolean {
  return BRITISH.filter((mark) => mark.test(text)).length >= 2;
}

/**
 * Normalises a written number; returns null when it is not plausibly a phone number. A national number (a leading
 * 0, no country code) becomes E.164 when `region` says whose it is and its length fits that country's numbers; a
 * British mobile also when `britishMobiles` (the CV shows Britain elsewhere, see `showsBritain`).
 */
export function normalizePhone(raw: string, region: PhoneRegion | null = null, britishMobiles = false): string | null {
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
  const national = region ? NATIONAL[region] : null;
  if (national && /^0[1-9]/.test(digits) && national.digits.includes(digits.length)) return `+${national.code}${digits.slice(1)}`;
  // British mobiles are 071–075 and 077–079; 070 (personal numbers, and Nigeria's mobiles) and 076 (pagers) are not.
  if (britishMobiles && /^07[1-57-9]\d{8}$/.test(digits)) return `+44${digits.slice(1)}`;
  return digits;
}

/** Phones in a line. Unlabelled numbers count only when they look like a phone number, not an ID or a range. */
export function findPhones(line: string, region: PhoneRegion | null = null, britishMobiles = false): string[] {
  const found: string[] = [];
  const labelled = PHONE_LABEL.test(line);
  for (const m of line.matchAll(PHONE_CANDIDATE)) {
    const raw = m[0];
    // A long digit run inside a URL or an email is not a phone.
    const before = line.slice(Math.max(0, m.index - 1), m.index);
    if (/[/@\w]/.test(before) && !/\s/.test(before) && m.index > 0 && !/[:：]/.test(before)) continue;
    const phone = normalizePhone(raw, region, britishMobiles);
    if (!phone) continue;
    if (!labelled && !phone.startsWith('+')) continue;
    found.push(phone);
  }
  return found;
}
