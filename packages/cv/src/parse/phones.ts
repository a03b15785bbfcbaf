/** Phone numbers found in text, normalised to E.164 where the country can be inferred. */

/** Something written like a phone number: an optional country code or area code in brackets, then 8–18 digits and separators. */
export const PHONE_CANDIDATE = /(?:\(\+?\d{1,3}\)\s*|\+\s?\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d[\d\s.-]{6,16}\d/g;
/** A label that says the number next to it is a phone number. */
/**
 * A phone's label, as a word of its own in Latin script ('Tel', 'Mobile', 'Phone1', 'Telefon', 'Teléfono', 'Telefoon';
 * not the 'tel' of 'Hotel' or the 'cell' of 'Excellent'), or in Chinese.
 */
export const PHONE_LABEL = /(?<![\p{L}])(?:tel(?:e(?:phone|fon|fono|foon|f))?|tél(?:éphone)?|teléfono|tlf|phone|mobile|mobil|mob|cell(?:phone)?|handphone|whatsapp)\d?(?![\p{L}])|手机|电话|联系电话|移动电话/iu;

/**
 * How a country's numbers are written at home: its calling code, the lengths of a national number written with its
 * trunk 0 ("0412 345 906", "0803 555 0192"), and, where numbers are written without one, what a whole national
 * number is ("9123 4567" in Singapore, "98401 23456" in India, "(11) 98765-4321" in Brazil).
 */
interface Numbering {
  code: string;
  trunk?: number[];
  bare?: RegExp;
  /** What names the country in a CV's contact lines: the country, its people, its towns or states, its web domain. */
  hint: RegExp;
}

/**
 * The countries whose national numbers are read. A town is named only where no other country has one of that name
 * (Perth and Darwin are Scotland's and Australia's; Lagos is Portugal's too, so Nigeria is named by its states), and
 * a people only where its name is no language's: "English, French (basic)" under Languages places nobody in France.
 */
const NUMBERING = {
  // A state code counts beside its postcode ("Perth WA 6000"), or alone when no other country writes it (NSW, QLD,
  // VIC, TAS): "Tacoma WA" and "Windows NT" are not Australian.
  AU: { code: '61', trunk: [10], hint: /\b(?:Australia|Australian|NSW|QLD|VIC|TAS|Queensland|New South Wales|Victoria,? Australia|Tasmania|Sydney|Melbourne|Brisbane|Adelaide|Canberra|Hobart|Gold Coast)\b|\b(?:WA|SA|NT|ACT) \d{4}\b|\.au\b|@bigpond\.com/ },
  GB: { code: '44', trunk: [11], hint: /\b(?:United Kingdom|UK|England|Scotland|Wales|Northern Ireland|British|London|Manchester|Birmingham|Leeds|Glasgow|Edinburgh|Bristol|Liverpool|Sheffield|Cardiff|Belfast)\b|\.uk\b/ },
  IE: { code: '353', trunk: [9, 10], hint: /\b(?:Ireland|Dublin|Cork|Galway|Limerick|Waterford)\b|\.ie\b/ },
  NZ: { code: '64', trunk: [9, 10, 11], hint: /\b(?:New Zealand|Auckland|Wellington|Christchurch)\b|\.nz\b/ },
  DE: { code: '49', trunk: [10, 11, 12], hint: /\b(?:Germany|Deutschland|Berlin|Hamburg|München|Munich|Köln|Cologne|Frankfurt am Main|Stuttgart|Düsseldorf)\b|\.de\b/ },
  NL: { code: '31', trunk: [10], hint: /\b(?:Netherlands|Nederland|Amsterdam|Rotterdam|Utrecht|Eindhoven|The Hague|Den Haag)\b|\.nl\b/ },
  FR: { code: '33', trunk: [10], hint: /\b(?:France|Paris|Lyon|Marseille|Toulouse|Bordeaux|Lille)\b|\.fr\b/ },
  SE: { code: '46', trunk: [9, 10], hint: /\b(?:Sweden|Sverige|Stockholm|Göteborg|Gothenburg|Uppsala)\b|\.se\b/ },
  FI: { code: '358', trunk: [9, 10, 11], hint: /\b(?:Finland|Suomi|Helsinki|Espoo|Tampere|Turku)\b|\.fi\b/ },
  IT: { code: '39', bare: /^3\d{9}$/, hint: /\b(?:Italy|Italia|Roma|Rome|Milano|Milan|Torino|Turin|Napoli|Naples|Bologna|Firenze|Florence)\b|\.it\b/ },
  ES: { code: '34', bare: /^[6-9]\d{8}$/, hint: /\b(?:Spain|España|Madrid|Barcelona|Sevilla|Seville|Valencia,? (?:Spain|España)|Bilbao|Zaragoza)\b|\.es\b/ },
  PL: { code: '48', bare: /^[4-8]\d{8}$/, hint: /\b(?:Poland|Polska|Warszawa|Warsaw|Kraków|Krakow|Wrocław|Gdańsk)\b|\.pl\b/ },
  NO: { code: '47', bare: /^[49]\d{7}$/, hint: /\b(?:Norway|Norge|Oslo|Bergen|Trondheim|Stavanger)\b|\.no\b/ },
  DK: { code: '45', bare: /^[2-9]\d{7}$/, hint: /\b(?:Denmark|Danmark|København|Copenhagen|Aarhus|Odense)\b|\.dk\b/ },
  NG: { code: '234', trunk: [11], hint: /\b(?:Nigeria|Nigerian|Lagos State|Abuja|FCT|Ibadan|Port Harcourt|Kano|Enugu|Ogun State|Rivers State)\b|\.ng\b/ },
  KE: { code: '254', trunk: [10], hint: /\b(?:Kenya|Kenyan|Nairobi|Mombasa|Kisumu|Nakuru|Eldoret)\b|\.ke\b/ },
  GH: { code: '233', trunk: [10], hint: /\b(?:Ghana|Ghanaian|Accra|Kumasi|Tema|Takoradi)\b|\.gh\b/ },
  ZA: { code: '27', trunk: [10], hint: /\b(?:South Africa|South African|Johannesburg|Cape Town|Durban|Pretoria|Gauteng|KwaZulu-Natal|Western Cape)\b|\.za\b/ },
  AE: { code: '971', trunk: [9, 10], hint: /\b(?:United Arab Emirates|UAE|Emirati|Dubai|Abu Dhabi|Sharjah|Ajman)\b|\.ae\b/ },
  SA: { code: '966', trunk: [10], hint: /\b(?:Saudi Arabia|Saudi|KSA|Riyadh|Jeddah|Dammam|Al Khobar)\b|\.sa\b/ },
  QA: { code: '974', bare: /^[3-7]\d{7}$/, hint: /\b(?:Qatar|Qatari|Doha)\b|\.qa\b/ },
  IN: { code: '91', trunk: [11], bare: /^[6-9]\d{9}$/, hint: /\b(?:India|Indian|Mumbai|Delhi|New Delhi|Bengaluru|Bangalore|Chennai|Kolkata|Hyderabad|Pune|Ahmedabad|Coimbatore|Tamil Nadu|Maharashtra|Karnataka|Kerala|Gujarat)\b|\.in\b/ },
  PK: { code: '92', trunk: [11], hint: /\b(?:Pakistan|Pakistani|Karachi|Lahore|Islamabad|Rawalpindi)\b|\.pk\b/ },
  PH: { code: '63', trunk: [11], hint: /\b(?:Philippines|Manila|Quezon City|Makati|Cebu|Davao|Pasig|Taguig)\b|\.ph\b/ },
  MY: { code: '60', trunk: [10, 11], hint: /\b(?:Malaysia|Malaysian|Kuala Lumpur|Selangor|Penang|Johor|Petaling Jaya|Sabah|Sarawak)\b|\.my\b/ },
  ID: { code: '62', trunk: [10, 11, 12, 13], hint: /\b(?:Indonesia|Jakarta|Surabaya|Bandung|Medan|Bali|Yogyakarta)\b|\.id\b/ },
  VN: { code: '84', trunk: [10], hint: /\b(?:Vietnam|Viet Nam|Hanoi|Ha Noi|Ho Chi Minh City|Da Nang)\b|\.vn\b/ },
  TH: { code: '66', trunk: [9, 10], hint: /\b(?:Thailand|Bangkok|Chiang Mai|Phuket)\b|\.th\b/ },
  TW: { code: '886', trunk: [10], hint: /\b(?:Taiwan|Taiwanese|Taipei|Kaohsiung|Taichung|Tainan|Hsinchu)\b|\.tw\b|台灣|台湾|臺灣|台北|臺北|高雄|台中|臺中|新竹/ },
  KR: { code: '82', trunk: [10, 11], hint: /\b(?:Korea|Seoul|Busan|Incheon|Daejeon)\b|\.kr\b/ },
  JP: { code: '81', trunk: [10, 11], hint: /\b(?:Japan|Tokyo|Osaka|Yokohama|Nagoya|Kyoto|Fukuoka)\b|\.jp\b|日本|東京|东京|大阪/ },
  SG: { code: '65', bare: /^[3689]\d{7}$/, hint: /\b(?:Singapore|Singaporean)\b|\.sg\b|新加坡/ },
  HK: { code: '852', bare: /^[2-9]\d{7}$/, hint: /\b(?:Hong Kong|HKSAR|Kowloon|New Territories)\b|\.hk\b|香港|九龍|九龙|新界/ },
  MO: { code: '853', bare: /^[2-8]\d{7}$/, hint: /\b(?:Macau|Macao|Taipa)\b|\.mo\b|澳門|澳门/ },
  BR: { code: '55', bare: /^[1-9]{2}9?\d{8}$/, hint: /\b(?:Brazil|Brasil|Brazilian|São Paulo|Sao Paulo|Rio de Janeiro|Belo Horizonte|Brasília|Curitiba|Porto Alegre|Recife|Salvador,? (?:BA|Bahia))\b|\.br\b/ },
  MX: { code: '52', bare: /^\d{10}$/, hint: /\b(?:Mexico|México|Mexican|Ciudad de México|CDMX|Guadalajara|Monterrey|Puebla|Querétaro)\b|\.mx\b/ },
} satisfies Record<string, Numbering>;

/** A country a CV's contact lines place the person in, for numbers written the national way ("0412 345 906"). */
export type PhoneRegion = keyof typeof NUMBERING;

/**
 * The one country the contact lines name (a city, a state, a country, an email's domain), or null when they name
 * none or several. "Belfast" and "Northern Ireland" are the UK's, not Ireland's.
 */
export function phoneRegionOf(text: string): PhoneRegion | null {
  // "Northern Ireland" is the UK's, not Ireland's; "New South Wales" is Australia's, not the UK's.
  const own = (region: PhoneRegion) => (region === 'IE' ? text.replace(/Northern Ireland/g, '') : region === 'GB' ? text.replace(/New South Wales/g, '') : text);
  const found = (Object.keys(NUMBERING) as PhoneRegion[]).filter((region) => NUMBERING[region].hint.test(own(region)));
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
  // The trunk 0 written in brackets after the country code ("+44 (0)20 7946 0958") is not dialled from abroad.
  const trimmed = raw.trim().replace(/^(\(?\+\s?\d{1,3}\)?)\s*\(0\)\s*/, '$1 ');
  // Date ranges and years ("2019.07 - 2021.03") are not phone numbers.
  if (/(19|20)\d{2}\s*[./-]\s*\d{1,2}(\D|$)/.test(trimmed) && !/^\+|^\(/.test(trimmed) && /[.]/.test(trimmed)) return null;
  const plus = /^\(?\+/.test(trimmed);
  const digits = trimmed.replace(/\D/g, '');
  const national: Numbering | null = region ? NUMBERING[region] : null;
  // A whole national number of a country that writes none with a trunk prefix: eight digits in Singapore, nine in Spain.
  if (!plus && national?.bare?.test(digits)) return `+${national.code}${digits}`;
  if (digits.length < 10 || digits.length > 15) return null;
  if (plus) return `+${digits}`;
  if (digits.startsWith('86') && digits.length === 13 && /^861[3-9]/.test(digits)) return `+${digits}`;
  if (/^1[3-9]\d{9}$/.test(digits)) return `+86${digits}`; // mainland China mobile
  if (/^00\d{9,13}$/.test(digits)) return `+${digits.slice(2)}`;
  if (/^[2-9]\d{2}[2-9]\d{6}$/.test(digits) && /[()\s.-]/.test(trimmed)) return `+1${digits}`; // NANP, written with separators
  if (/^1[2-9]\d{2}[2-9]\d{6}$/.test(digits)) return `+${digits}`;
  if (national?.trunk && /^0[1-9]/.test(digits) && national.trunk.includes(digits.length)) return `+${national.code}${digits.slice(1)}`;
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
    // A number shorter than ten digits is a phone beside its label only ("NRIC   9123 4567" is no phone).
    if (!labelled && !/^\s*(?:\(?\+)/.test(raw) && raw.replace(/\D/g, '').length < 10) continue;
    found.push(phone);
  }
  return found;
}
