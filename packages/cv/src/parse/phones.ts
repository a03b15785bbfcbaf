/** Phone numbers found in text, normalised to E.164 where the country can be inferred. */

/** Something written like a phone number: an optional country code or area code in brackets, then 8–18 digits and separators. */
export const PHONE_CANDIDATE = /(?:\(\+?\d{1,3}\)\s*|\+\s?\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d[\d\s.-]{6,16}\d/g;
/** A label that says the number next to it is a phone number. */
/**
 * A phone's label, as a word of its own in Latin script ('Tel', 'Mobile', 'Phone1', 'Telefon', 'Teléfono', 'Telefoon';
 * not the 'tel' of 'Hotel' or the 'cell' of 'Excellent'), or in Chinese.
 */
export const PHONE_LABEL = /(?<![\p{L}])(?:tel(?:e(?:phone|fon|fone|fono|foon|f|móvel|movel))?|tél(?:éphone)?|teléfono|tlf|phone|mobile|mobil|mob|cell(?:phone)?|handphone|whatsapp)\d?(?![\p{L}])|手机|电话|联系电话|移动电话|[☎✆📞📱]/iu;

/**
 * How a country's numbers are written at home: its calling code, the lengths of a national number written with its
 * trunk 0 ("0412 345 906", "0803 555 0192"), and, where numbers are written without one, what a whole national
 * number is ("9123 4567" in Singapore, "98401 23456" in India, "(11) 98765-4321" in Brazil).
 */
interface Numbering {
  code: string;
  trunk?: number[];
  /** The national numbers written with the trunk 0 that the country has, where its lengths alone let others in. */
  valid?: RegExp;
  bare?: RegExp;
  /** What places the person in the country: the country, its towns or states. */
  hint: RegExp;
  /** Its people ("Nigerian"): read only where no place is named — a nationality is not where one lives. */
  people?: RegExp;
  /** Its web domain, in an email's or a web address's host ("@example.co.ke", "www.example.no"; not "Mob.no:"). */
  tld?: string;
}

/**
 * The countries whose national numbers are read. A town is named only where no other country is known for one of
 * that name (Perth and Darwin are Scotland's and Australia's; Lagos is Portugal's too, so Nigeria is named by its
 * states; Hyderabad is Pakistan's too), and a people only where its name is no language's: "English, French (basic)"
 * under Languages places nobody in France.
 */
const NUMBERING = {
  // A state code counts beside its postcode ("Perth WA 6000"), or alone when no other country writes it (NSW, QLD,
  // VIC, TAS): "Tacoma WA" and "Windows NT" are not Australian.
  AU: { code: '61', trunk: [10], hint: /\b(?:Australia|NSW|QLD|VIC|TAS|Queensland|New South Wales|Victoria,? Australia|Tasmania|Sydney|Melbourne|Brisbane|Adelaide|Canberra|Hobart|Gold Coast)\b|\b(?:WA|SA|NT|ACT) \d{4}\b|@bigpond\.com/, people: /\b(?:Australian)\b/, tld: 'au', },
  GB: { code: '44', trunk: [11], hint: /\b(?:United Kingdom|UK|England|Scotland|Wales|Northern Ireland|London|Manchester|Birmingham|Leeds|Glasgow|Edinburgh|Bristol|Liverpool|Sheffield|Cardiff|Belfast)\b|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|\b(?:Co\.|County)\s+(?:Antrim|Armagh|Down|Fermanagh|Londonderry|Derry|Tyrone|Durham)\b/, people: /\b(?:British)\b/, tld: 'uk', },
  // An Irish address names its county ("Bray, Co. Wicklow"); the six of Northern Ireland, and England's Co. Durham, are the UK's.
  IE: { code: '353', trunk: [9, 10], hint: /\b(?:Ireland|Dublin|Cork|Galway|Limerick|Waterford)\b|\b(?:Co\.|County)\s+(?:Carlow|Cavan|Clare|Cork|Donegal|Dublin|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Waterford|Westmeath|Wexford|Wicklow)\b/, tld: 'ie', },
  NZ: { code: '64', trunk: [9, 10, 11], hint: /\b(?:New Zealand|Auckland|Wellington|Christchurch)\b/, tld: 'nz', },
  DE: { code: '49', trunk: [10, 11, 12], hint: /\b(?:Germany|Deutschland|Berlin|Hamburg|München|Munich|Köln|Cologne|Frankfurt am Main|Stuttgart|Düsseldorf)\b/, tld: 'de', },
  NL: { code: '31', trunk: [10], hint: /\b(?:Netherlands|Nederland|Amsterdam|Rotterdam|Utrecht|Eindhoven|The Hague|Den Haag)\b/, tld: 'nl', },
  FR: { code: '33', trunk: [10], hint: /\b(?:France|Paris|Lyon|Marseille|Toulouse|Bordeaux|Lille)\b/, tld: 'fr', },
  SE: { code: '46', trunk: [9, 10], hint: /\b(?:Sweden|Sverige|Stockholm|Göteborg|Gothenburg|Uppsala)\b/, tld: 'se', },
  FI: { code: '358', trunk: [9, 10, 11], hint: /\b(?:Finland|Suomi|Helsinki|Espoo|Tampere|Turku)\b/, tld: 'fi', },
  RO: { code: '40', trunk: [10], hint: /\b(?:Romania|România|Bucharest|București|Bucuresti|Cluj(?:-\s*Napoca)?|Timișoara|Timisoara|Iași|Iasi|Constanța|Constanta|Brașov|Brasov)\b/, tld: 'ro', },
  UA: { code: '380', trunk: [10], hint: /\b(?:Ukraine|Україна|Kyiv|Kiev|Lviv|Kharkiv|Odesa|Dnipro|Zaporizhzhia)\b/, people: /\b(?:Ukrainian citizen)\b/, tld: 'ua', },
  // Greece, Portugal and Czechia dial no trunk prefix. ("Athens" and "Porto" alone are Georgia's and Porto Alegre's too.)
  GR: { code: '30', bare: /^(?:69\d{8}|2\d{9})$/, hint: /\b(?:Greece|Hellas|Thessaloniki|Piraeus|Heraklion|Patras|Athens,? Greece)\b|Ελλάδα|Αθήνα/, tld: 'gr', },
  PT: { code: '351', bare: /^[29]\d{8}$/, hint: /\b(?:Portugal|Lisbon|Lisboa|Porto(?!\s+[A-Z])|Braga|Coimbra|Faro|Aveiro)\b/, tld: 'pt', },
  CZ: { code: '420', bare: /^[2-7]\d{8}$/, hint: /\b(?:Czech Republic|Czechia|Česká republika|Prague|Praha|Brno|Ostrava|Plzeň|Olomouc)\b/, tld: 'cz', },
  IT: { code: '39', bare: /^3\d{9}$/, hint: /\b(?:Italy|Italia|Roma|Rome|Milano|Milan|Torino|Turin|Napoli|Naples|Bologna|Firenze|Florence)\b/, tld: 'it', },
  ES: { code: '34', bare: /^[6-9]\d{8}$/, hint: /\b(?:Spain|España|Madrid|Barcelona|Sevilla|Seville|Valencia,? (?:Spain|España)|Bilbao|Zaragoza)\b/, tld: 'es', },
  PL: { code: '48', bare: /^[4-8]\d{8}$/, hint: /\b(?:Poland|Polska|Warszawa|Warsaw|Kraków|Krakow|Wrocław|Gdańsk)\b/, tld: 'pl', },
  NO: { code: '47', bare: /^[49]\d{7}$/, hint: /\b(?:Norway|Norge|Oslo|Bergen|Trondheim|Stavanger)\b/, tld: 'no', },
  DK: { code: '45', bare: /^[2-9]\d{7}$/, hint: /\b(?:Denmark|Danmark|København|Copenhagen|Aarhus|Odense)\b/, tld: 'dk', },
  NG: { code: '234', trunk: [11], hint: /\b(?:Nigeria|Lagos State|Abuja|FCT|Ibadan|Port Harcourt|Kano|Enugu|Ogun State|Rivers State)\b/, people: /\b(?:Nigerian)\b/, tld: 'ng', },
  KE: { code: '254', trunk: [10], hint: /\b(?:Kenya|Nairobi|Mombasa|Kisumu|Nakuru|Eldoret)\b/, people: /\b(?:Kenyan)\b/, tld: 'ke', },
  GH: { code: '233', trunk: [10], hint: /\b(?:Ghana|Accra|Kumasi|Tema|Takoradi)\b/, people: /\b(?:Ghanaian)\b/, tld: 'gh', },
  UG: { code: '256', trunk: [10], hint: /\b(?:Uganda|Kampala|Entebbe|Jinja|Gulu|Mbarara|Mukono|Wakiso)\b/, people: /\b(?:Ugandan)\b/, tld: 'ug', },
  TZ: { code: '255', trunk: [10], hint: /\b(?:Tanzania|Dar es Salaam|Dodoma|Arusha|Mwanza|Zanzibar|Mbeya|Morogoro)\b/, people: /\b(?:Tanzanian)\b/, tld: 'tz', },
  ZM: { code: '260', trunk: [10], hint: /\b(?:Zambia|Lusaka|Ndola|Kitwe|Kabwe|Chingola)\b/, people: /\b(?:Zambian)\b/, tld: 'zm', },
  RW: { code: '250', trunk: [10], hint: /\b(?:Rwanda|Kigali|Huye|Musanze|Rubavu)\b/, people: /\b(?:Rwandan)\b/, tld: 'rw', },
  ZW: { code: '263', trunk: [10], hint: /\b(?:Zimbabwe|Harare|Bulawayo|Mutare|Gweru|Masvingo)\b/, people: /\b(?:Zimbabwean)\b/, tld: 'zw', },
  ZA: { code: '27', trunk: [10], hint: /\b(?:South Africa|Johannesburg|Cape Town|Durban|Pretoria|Gauteng|KwaZulu-Natal|Western Cape)\b/, people: /\b(?:South African)\b/, tld: 'za', },
  AE: { code: '971', trunk: [9, 10], hint: /\b(?:United Arab Emirates|UAE|Dubai|Abu Dhabi|Sharjah|Ajman)\b/, people: /\b(?:Emirati)\b/, tld: 'ae', },
  SA: { code: '966', trunk: [10], hint: /\b(?:Saudi Arabia|KSA|Riyadh|Jeddah|Dammam|Al Khobar)\b/, people: /\b(?:Saudi)\b/, tld: 'sa', },
  QA: { code: '974', bare: /^[3-7]\d{7}$/, hint: /\b(?:Qatar|Doha)\b/, people: /\b(?:Qatari)\b/, tld: 'qa', },
  // Botswana, Malta, Fiji and Mauritius dial no trunk prefix; Namibia's numbers are written with it ("081 274 5590").
  BW: { code: '267', bare: /^(?:7\d{7}|[2-6]\d{6})$/, hint: /\b(?:Botswana|Gaborone|Francistown|Jwaneng|Lobatse|Selebi-Phikwe|Palapye|Serowe|Molepolole)\b/, people: /\b(?:Motswana|Batswana)\b/, tld: 'bw', },
  NA: { code: '264', trunk: [9, 10], hint: /\b(?:Namibia|Windhoek|Walvis Bay|Swakopmund|Oshakati|Rundu|Keetmanshoop)\b/, people: /\b(?:Namibian)\b/, tld: 'na', },
  MT: { code: '356', bare: /^[279]\d{7}$/, hint: /\b(?:Malta|Valletta|Sliema|Mosta|Birkirkara|Qormi|Gozo|Msida)\b/, tld: 'mt', },
  FJ: { code: '679', bare: /^[2-9]\d{6}$/, hint: /\b(?:Fiji|Suva|Lautoka|Labasa|Sigatoka|Nausori|Savusavu)\b/, people: /\b(?:Fijian)\b/, tld: 'fj', },
  MU: { code: '230', bare: /^(?:5\d{7}|[2-8]\d{6})$/, hint: /\b(?:Mauritius|Port Louis|Quatre Bornes|Curepipe|Vacoas|Beau Bassin|Ebène)\b/, people: /\b(?:Mauritian)\b/, tld: 'mu', },
  IN: { code: '91', trunk: [11], bare: /^[6-9]\d{9}$/, hint: /\b(?:India|Mumbai|Delhi|New Delhi|Bengaluru|Bangalore|Chennai|Kolkata|Pune|Ahmedabad|Coimbatore|Tamil Nadu|Maharashtra|Karnataka|Kerala|Gujarat)\b/, people: /\b(?:Indian)\b/, tld: 'in', },
  // "Jordan" alone is a first name: the country counts after a comma or a dash, or by its towns.
  IL: { code: '972', trunk: [9, 10], hint: /\b(?:Israel|Tel Aviv|Jerusalem|Haifa|Beersheba|Be'er Sheva|Ramat Gan|Herzliya|Netanya)\b/, people: /\b(?:Israeli)\b/, tld: 'il', },
  JO: { code: '962', trunk: [9, 10], hint: /(?:,|\s[–—-])\s*Jordan\b(?![ \t]+\p{Lu})|\b(?:Amman|Irbid|Zarqa|Aqaba)\b/u, people: /\b(?:Jordanian)\b/, tld: 'jo', },
  NP: { code: '977', bare: /^9[78]\d{8}$/, hint: /\b(?:Nepal|Kathmandu|Pokhara|Bhaktapur|Biratnagar)\b/, people: /\b(?:Nepali|Nepalese) citizen\b/, tld: 'np', },
  PK: { code: '92', trunk: [11], hint: /\b(?:Pakistan|Karachi|Lahore|Islamabad|Rawalpindi)\b/, people: /\b(?:Pakistani)\b/, tld: 'pk', },
  PH: { code: '63', trunk: [11], hint: /\b(?:Philippines|Manila|Quezon City|Makati|Cebu|Davao|Pasig|Taguig)\b/, people: /\b(?:Filipino|Filipina)\b/, tld: 'ph', },
  MY: { code: '60', trunk: [10, 11], valid: /^0(?:1\d{8,9}|[3-9]\d{7,8})$/, hint: /\b(?:Malaysia|Kuala Lumpur|Selangor|Penang|Johor|Petaling Jaya|Sabah|Sarawak)\b/, people: /\b(?:Malaysian)\b/, tld: 'my', },
  ID: { code: '62', trunk: [10, 11, 12, 13], hint: /\b(?:Indonesia|Jakarta|Surabaya|Bandung|Medan|Bali|Yogyakarta)\b/, tld: 'id', },
  VN: { code: '84', trunk: [10], hint: /\b(?:Vietnam|Viet Nam|Hanoi|Ha Noi|Ho Chi Minh City|Da Nang)\b/, tld: 'vn', },
  TH: { code: '66', trunk: [9, 10], hint: /\b(?:Thailand|Bangkok|Chiang Mai|Phuket)\b/, tld: 'th', },
  // (A Taiwanese number has no area code 01: "012-486 7315" is a Malaysian mobile.)
  TW: { code: '886', trunk: [10], valid: /^0(?:9\d{8}|[2-8]\d{7,8})$/, hint: /\b(?:Taiwan|Taipei|Kaohsiung|Taichung|Tainan|Hsinchu)\b|台灣|台湾|臺灣|台北|臺北|高雄|台中|臺中|新竹/, people: /\b(?:Taiwanese)\b/, tld: 'tw', },
  KR: { code: '82', trunk: [10, 11], hint: /\b(?:Korea|Seoul|Busan|Incheon|Daejeon)\b/, tld: 'kr', },
  JP: { code: '81', trunk: [10, 11], hint: /\b(?:Japan|Tokyo|Osaka|Yokohama|Nagoya|Kyoto|Fukuoka)\b|日本|東京|东京|大阪/, tld: 'jp', },
  SG: { code: '65', bare: /^[3689]\d{7}$/, hint: /\b(?:Singapore)\b|新加坡/, people: /\bSingaporean\b/, tld: 'sg', },
  HK: { code: '852', bare: /^[2-9]\d{7}$/, hint: /\b(?:Hong Kong|HKSAR|Kowloon|New Territories)\b|香港|九龍|九龙|新界/, tld: 'hk', },
  MO: { code: '853', bare: /^[2-8]\d{7}$/, hint: /\b(?:Macau|Macao|Taipa)\b|澳門|澳门/, tld: 'mo', },
  BR: { code: '55', bare: /^[1-9]{2}9?\d{8}$/, hint: /\b(?:Brazil|Brasil|São Paulo|Sao Paulo|Rio de Janeiro|Belo Horizonte|Brasília|Curitiba|Porto Alegre|Recife|Salvador,? (?:BA|Bahia))\b/, people: /\b(?:Brazilian)\b/, tld: 'br', },
  // Round 14: more of the countries forms come from (each with its trunk prefix, or its whole national number).
  MM: { code: '95', trunk: [9, 10, 11], hint: /\b(?:Myanmar|Burma|Yangon|Rangoon|Mandalay|Naypyidaw|Nay Pyi Taw)\b/, people: /\b(?:Burmese)\b/, tld: 'mm', },
  MW: { code: '265', trunk: [10], hint: /\b(?:Malawi|Lilongwe|Blantyre|Mzuzu|Zomba)\b/, people: /\b(?:Malawian)\b/, tld: 'mw', },
  ET: { code: '251', trunk: [10], hint: /\b(?:Ethiopia|Addis Ababa|Dire Dawa|Bahir Dar|Hawassa|Mekelle)\b/, people: /\b(?:Ethiopian)\b/, tld: 'et', },
  LK: { code: '94', trunk: [10], hint: /\b(?:Sri Lanka|Colombo|Kandy|Galle|Jaffna|Negombo)\b/, people: /\b(?:Sri Lankan)\b/, tld: 'lk', },
  BD: { code: '880', trunk: [11], hint: /\b(?:Bangladesh|Dhaka|Chittagong|Chattogram|Sylhet|Khulna)\b/, people: /\b(?:Bangladeshi)\b/, tld: 'bd', },
  EG: { code: '20', trunk: [10, 11], hint: /\b(?:Egypt|Cairo|Alexandria|Giza)\b/, people: /\b(?:Egyptian)\b/, tld: 'eg', },
  CY: { code: '357', bare: /^[29]\d{7}$/, hint: /\b(?:Cyprus|Nicosia|Limassol|Larnaca|Paphos|Famagusta)\b/, people: /\b(?:Cypriot)\b/, tld: 'cy', },
  EE: { code: '372', bare: /^5\d{6,7}$|^[3-7]\d{6}$/, hint: /\b(?:Estonia|Eesti|Tallinn|Tartu|Pärnu|Narva)\b/, people: /\b(?:Estonian)\b/, tld: 'ee', },
  GI: { code: '350', bare: /^(?:5\d{7}|200\d{5})$/, hint: /\b(?:Gibraltar)\b|\bGX11 1AA\b/, tld: 'gi', },
  FK: { code: '500', bare: /^\d{5}$/, hint: /\b(?:Falkland Islands|Falklands)\b|\bFIQQ 1ZZ\b/, people: /\b(?:Falkland Islander)\b/, tld: 'fk', },
  MV: { code: '960', bare: /^[37]\d{6}$/, hint: /\b(?:Maldives|Malé|Male'|Addu City|Hulhumalé)\b/, people: /\b(?:Maldivian)\b/, tld: 'mv', },
  SC: { code: '248', bare: /^[24]\d{6}$/, hint: /\b(?:Seychelles|Mahé|Mahe|Praslin|La Digue)\b/, people: /\b(?:Seychellois)\b/, tld: 'sc', },
  WS: { code: '685', bare: /^(?:7\d{6}|[2-6]\d{4})$/, hint: /\b(?:Samoa|Apia)\b/, people: /\b(?:Samoan)\b/, tld: 'ws', },
  TO: { code: '676', bare: /^(?:[78]\d{6}|\d{5})$/, hint: /\b(?:Tonga|Nuku'alofa|Nukuʻalofa|Tongatapu|Vava'u)\b/, people: /\b(?:Tongan)\b/, tld: 'to', },
  PG: { code: '675', bare: /^7\d{7}$|^[3-9]\d{6}$/, hint: /\b(?:Papua New Guinea|Port Moresby|Lae|Mount Hagen|Madang)\b/, people: /\b(?:Papua New Guinean)\b/, tld: 'pg', },
  // Round 15: Solomon Islands, Vanuatu and Eswatini (no trunk prefix; mobiles of seven or eight digits, landlines of five).
  SB: { code: '677', bare: /^(?:[78]\d{6}|[1-6]\d{4})$/, hint: /\b(?:Solomon Islands|Honiara|Gizo|Auki|Malaita|Guadalcanal)\b/, people: /\b(?:Solomon Islander)\b/, tld: 'sb', },
  VU: { code: '678', bare: /^(?:[57]\d{6}|[2-4]\d{4})$/, hint: /\b(?:Vanuatu|Port Vila|Luganville|Espiritu Santo|Efate|Tanna)\b/, people: /\b(?:Ni-Vanuatu)\b/, tld: 'vu', },
  SZ: { code: '268', bare: /^[27]\d{7}$/, hint: /\b(?:Eswatini|Swaziland|Mbabane|Manzini|Lobamba|Siteki|Nhlangano|Piggs Peak|Hhohho|Lubombo|Shiselweni)\b/, people: /\b(?:Swazi|Emaswati|liSwati)\b/, tld: 'sz', },
  MX: { code: '52', bare: /^\d{10}$/, hint: /\b(?:Mexico|México|Ciudad de México|CDMX|Guadalajara|Monterrey|Puebla|Querétaro)\b/, people: /\b(?:Mexican)\b/, tld: 'mx', },
} satisfies Record<string, Numbering>;

/**
 * Each country's own names, which outrank the towns of the hints: "Kraków, Poland (originally from Lviv)" is Poland's,
 * though Lviv places it in Ukraine too. ("Jordan" only after a comma: it is a first name as well.)
 */
const COUNTRY_NAMES: Record<PhoneRegion, string> = {
  AU: 'Australia',
  GB: 'United Kingdom|UK|England|Scotland|Wales|Northern Ireland',
  IE: 'Ireland',
  NZ: 'New Zealand',
  DE: 'Germany|Deutschland',
  NL: 'Netherlands|Nederland',
  FR: 'France',
  SE: 'Sweden|Sverige',
  FI: 'Finland|Suomi',
  RO: 'Romania|România',
  UA: 'Ukraine|Україна',
  GR: 'Greece|Hellas',
  PT: 'Portugal',
  CZ: 'Czech Republic|Czechia|Česká republika',
  IT: 'Italy|Italia',
  ES: 'Spain|España',
  PL: 'Poland|Polska',
  NO: 'Norway|Norge',
  DK: 'Denmark|Danmark',
  NG: 'Nigeria',
  KE: 'Kenya',
  GH: 'Ghana',
  UG: 'Uganda',
  ZW: 'Zimbabwe',
  ZA: 'South Africa',
  AE: 'United Arab Emirates|UAE',
  SA: 'Saudi Arabia|KSA',
  QA: 'Qatar',
  BW: 'Botswana',
  NA: 'Namibia',
  MT: 'Malta',
  FJ: 'Fiji',
  MU: 'Mauritius',
  IN: 'India',
  IL: 'Israel',
  JO: 'Jordan',
  NP: 'Nepal',
  PK: 'Pakistan',
  PH: 'Philippines',
  MY: 'Malaysia',
  ID: 'Indonesia',
  VN: 'Vietnam|Viet Nam',
  TH: 'Thailand',
  TW: 'Taiwan',
  KR: 'Korea',
  JP: 'Japan',
  SG: 'Singapore',
  HK: 'Hong Kong',
  MO: 'Macau|Macao',
  BR: 'Brazil|Brasil',
  MX: 'Mexico|México',
  TZ: 'Tanzania',
  ZM: 'Zambia',
  RW: 'Rwanda',
  MM: 'Myanmar|Burma',
  MW: 'Malawi',
  ET: 'Ethiopia',
  LK: 'Sri Lanka',
  BD: 'Bangladesh',
  EG: 'Egypt',
  CY: 'Cyprus',
  EE: 'Estonia|Eesti',
  GI: 'Gibraltar',
  FK: 'Falkland Islands|Falklands',
  MV: 'Maldives',
  SC: 'Seychelles',
  WS: 'Samoa',
  TO: 'Tonga',
  PG: 'Papua New Guinea',
  SB: 'Solomon Islands',
  VU: 'Vanuatu',
  SZ: 'Eswatini|Swaziland',
};
const COUNTRY_NAME = Object.fromEntries(Object.entries(COUNTRY_NAMES).map(([region, names]) => [region, region === 'JO' ? /(?:,|\s[–—-])\s*Jordan\b(?![ \t]+\p{Lu})/u : new RegExp(`(?<![\\p{L}])(?:${names})(?![\\p{L}])`, 'u')])) as Record<PhoneRegion, RegExp>;

/** A country a CV's contact lines place the person in, for numbers written the national way ("0412 345 906"). */
export type PhoneRegion = keyof typeof NUMBERING;

/** The country the contact lines name alone (or null), and every country they may place the person in. */
export interface RegionChoice {
  single: PhoneRegion | null;
  candidates: PhoneRegion[];
}

/**
 * The one country the contact lines name (a city, a state, a country, an email's domain), or null when they name
 * none or several. "Belfast" and "Northern Ireland" are the UK's, not Ireland's.
 */
export function phoneRegionOf(text: string): PhoneRegion | null {
  return phoneRegionsOf(text).single;
}

/**
 * The countries a CV's contact lines may place the person in, for a national number: the one `phoneRegionOf` names
 * first, then the others the lines name in the order they first name them, then the nationalities ("Filipino",
 * living in Riyadh: a Philippine mobile's eleven digits fit no Saudi number). A number is read as the first of them
 * whose numbers it fits.
 */
export function phoneRegionsOf(text: string): RegionChoice {
  // "Northern Ireland" is the UK's, not Ireland's; "New South Wales" is Australia's, and "British Columbia" Canada's,
  // not the UK's.
  const own = (region: PhoneRegion) => (region === 'IE' ? text.replace(/Northern Ireland/g, '') : region === 'GB' ? text.replace(/New South Wales|British Columbia/g, '') : text);
  const regions = Object.keys(NUMBERING) as PhoneRegion[];
  const numbering = (region: PhoneRegion): Numbering => NUMBERING[region];
  const placed = regions.filter((region) => numbering(region).hint.test(own(region)) || (numbering(region).tld !== undefined && domainOf(numbering(region).tld!).test(text)));
  const people = regions.filter((region) => numbering(region).people?.test(own(region)));
  const firstNamed = (region: PhoneRegion) => {
    const at = own(region).search(numbering(region).hint);
    return at < 0 ? Infinity : at;
  };
  const others = [...placed].sort((a, b) => firstNamed(a) - firstNamed(b));
  let single: PhoneRegion | null = null;
  if (placed.length === 1) single = placed[0]!;
  else if (placed.length > 1) {
    const named = placed.filter((region) => COUNTRY_NAME[region].test(own(region)));
    single = named.length === 1 ? named[0]! : null;
  } else single = people.length === 1 ? people[0]! : null;
  const candidates = [...new Set([...(single ? [single] : []), ...others, ...people])];
  return { single, candidates };
}

/** A host in the country's web domain: in an email address or a web address, not "Mob.no:" or "Email.id:". */
const domainOf = (tld: string) => new RegExp(`@[\\w.-]*\\.${tld}\\b|(?:www\\.|https?:\\/\\/)[\\w.-]*\\.${tld}\\b`, 'i');

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
export function normalizePhone(raw: string, region: PhoneRegion | RegionChoice | null = null, britishMobiles = false): string | null {
  if (region === null || typeof region === 'string') return normalizeIn(raw, region, britishMobiles);
  // The one country the contact lines name reads the number as before.
  const own = region.single ? normalizeIn(raw, region.single, britishMobiles) : null;
  if (own?.startsWith('+')) return own;
  // Else a country they name among others, or the person's nationality, when the number fits that one country's
  // numbers alone ("0917 842 5563", eleven digits, is no Saudi number but a Philippine one; "0423 118 907" no British).
  const plain = normalizeIn(raw, null, britishMobiles);
  const fits = new Set(region.candidates.map((r) => normalizeIn(raw, r, britishMobiles)).filter((read): read is string => read !== null && read.startsWith('+') && read !== plain));
  if (fits.size === 1) return [...fits][0]!;
  return region.single ? own : plain;
}

/** Country codes whose whole numbers are five or six digits: written with the code, eight or nine digits in all. */
const SHORT_NUMBERING = /^(?:500|290|298|299|376|676|677|678|683|685|686|688|690)\d{5,6}$/;

function normalizeIn(raw: string, region: PhoneRegion | null, britishMobiles: boolean): string | null {
  // The trunk 0 written in brackets after the country code ("+44 (0)20 7946 0958") is not dialled from abroad.
  const trimmed = raw.trim().replace(/^(\(?\+\s?\d{1,3}\)?)\s*\(0\)\s*/, '$1 ');
  // A date and a time ("2026-11-27 15:06", a form's print stamp) is no phone number.
  if (/^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s|$)/.test(trimmed)) return null;
  // Date ranges and years ("2019.07 - 2021.03") are not phone numbers.
  if (/(19|20)\d{2}\s*[./-]\s*\d{1,2}(\D|$)/.test(trimmed) && !/^\+|^\(/.test(trimmed) && /[.]/.test(trimmed)) return null;
  // A Brazilian CPF ("129.456.789-09") is an identity number, however many digits it has.
  if (/^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(trimmed)) return null;
  const plus = /^\(?\+/.test(trimmed);
  const digits = trimmed.replace(/\D/g, '');
  const national: Numbering | null = region ? NUMBERING[region] : null;
  // A whole national number of a country that writes none with a trunk prefix: eight digits in Singapore, nine in Spain.
  // (Not one written with full stops: a Brazilian CPF, "129.456.789-09", is an identity number.)
  if (!plus && national?.bare?.test(digits) && !/\d\.\d/.test(trimmed)) return `+${national.code}${digits}`;
  if (plus && SHORT_NUMBERING.test(digits)) return `+${digits}`;
  if (digits.length < 10 || digits.length > 15) return null;
  if (plus) return `+${digits}`;
  if (digits.startsWith('86') && digits.length === 13 && /^861[3-9]/.test(digits)) return `+${digits}`;
  if (/^1[3-9]\d{9}$/.test(digits)) return `+86${digits}`; // mainland China mobile
  if (/^00\d{9,13}$/.test(digits)) return `+${digits.slice(2)}`;
  if (/^[2-9]\d{2}[2-9]\d{6}$/.test(digits) && /[()\s.-]/.test(trimmed)) return `+1${digits}`; // NANP, written with separators
  if (/^1[2-9]\d{2}[2-9]\d{6}$/.test(digits)) return `+${digits}`;
  if (national?.trunk && /^0[1-9]/.test(digits) && national.trunk.includes(digits.length) && (national.valid?.test(digits) ?? true)) return `+${national.code}${digits.slice(1)}`;
  // British mobiles are 071–075 and 077–079; 070 (personal numbers, and Nigeria's mobiles) and 076 (pagers) are not.
  if (britishMobiles && /^07[1-57-9]\d{8}$/.test(digits)) return `+44${digits.slice(1)}`;
  return digits;
}

/** A label that names the number after it as an identity's or a record's, not a phone's. */
const ID_LABEL = /(?:(?<!电话|手机|联系)(?:证书?|管理|编|流水|登记|注册|执业|身份证?)号(?:码)?|(?:执业|资格|职业)证书?|\b(?:ID|NRIC|NIDA|passport|registration|reference|ref\.?)\s*(?:no\.?|number|#)?)\s*[:：]?\s*$/iu;

/** Phones in a line. Unlabelled numbers count only when they look like a phone number, not an ID or a range. */
export function findPhones(line: string, region: PhoneRegion | RegionChoice | null = null, britishMobiles = false): string[] {
  const found: string[] = [];
  const labelled = PHONE_LABEL.test(line);
  // Cells of a form's row are set apart by a wide gap: a number in one cell is read apart from one in the next
  // ("Ward No. 10   984-1236650"), when the whole does not read as one number and a piece does ("021   6234 5678" is
  // one number).
  const asPhone = (raw: string) => normalizePhone(raw, region, britishMobiles)?.startsWith('+') ?? false;
  const candidates = [...line.matchAll(PHONE_CANDIDATE)].flatMap((m) => {
    const whole = [{ raw: m[0], index: m.index }];
    if (!/\d\s{3,}\d/.test(m[0]) || asPhone(m[0])) return whole;
    let at = m.index;
    const pieces = m[0].split(/(?<=\d)\s{3,}(?=\d)/).map((raw) => {
      const index = line.indexOf(raw, at);
      at = index + raw.length;
      return { raw, index };
    });
    return pieces.some((p) => asPhone(p.raw)) ? pieces : whole;
  });
  for (const { raw, index } of candidates) {
    // A long digit run inside a URL or an email is not a phone.
    const before = line.slice(Math.max(0, index - 1), index);
    if (/[/@\w]/.test(before) && !/\s/.test(before) && index > 0 && !/[:：]/.test(before)) continue;
    // Nor is a number a label names as an identity or a record's ("资格证书管理号   33011090330091", "ID No.: …").
    if (ID_LABEL.test(line.slice(Math.max(0, index - 24), index))) continue;
    const phone = normalizePhone(raw, region, britishMobiles);
    if (!phone) continue;
    // (A label names the number after it, or the numbers before it in its cell, "0412 345 678 (mobile)", "9123 4567,
    // 2345 6789 (mobile, home)": not a number before a label of the next cell, "医师执业证   110621000118504   联系电话
    // 139 1934 6028".)
    const labelledHere = labelled && (PHONE_LABEL.test(line.slice(0, index)) || PHONE_LABEL.test(line.slice(index + raw.length).split(/\s{3,}/)[0]!));
    if (!labelledHere && !phone.startsWith('+')) continue;
    // A number shorter than ten digits is a phone beside its label only ("NRIC   9123 4567" is no phone).
    if (!labelledHere && !/^\s*(?:\(?\+)/.test(raw) && raw.replace(/\D/g, '').length < 10) continue;
    found.push(phone);
  }
  return found;
}
