/** Phone numbers found in text, normalised to E.164 where the country can be inferred. */

/**
 * Something written like a phone number: an optional country code or area code in brackets, then 8–18 digits and
 * separators; or a country code and a short number ("+683 4002", "+290 22345": the islands' numbers are four or five digits).
 */
export const PHONE_CANDIDATE = /(?:\(\+?\d{1,3}\)\s*|\+\s?\d{1,3}(?:-\s|[\s.-])?)?(?:\(\d{1,4}\)[\s.-]?)?\d[\d\s.-]{6,16}\d|\+\s?\d{1,3}[\s.-]?\d[\d\s.-]{1,5}\d/g;
/** A label that says the number next to it is a phone number. */
/**
 * A phone's label, as a word of its own in Latin script ('Tel', 'Mobile', 'Phone1', 'Telefon', 'Teléfono', 'Telefoon';
 * not the 'tel' of 'Hotel' or the 'cell' of 'Excellent'), or in Chinese.
 */
// (And the other languages' words: "Móvil", "Celular", "Cellulare", "Telemóvel", "Mobiel", "Portable", "Handy", "Tel. kom.",
// "Komórka", "Telp", "Điện thoại", "SĐT", "Телефон", 휴대폰, 電話, 携帯, 手機.)
export const PHONE_LABEL = /(?<![\p{L}])(?:tel(?:e(?:phone|fon|fone|fono|foon|f|móvel|movel))?|tél(?:éphone)?|teléfono|tlf|telp|phone|mobile|mobil|mobiel|mob|móvil|movil|celular|cel|cellulare|telemóvel|telemovel|portable|handy|gsm|kom|komórka|cell(?:phone)?|handphone|whatsapp|điện thoại|sđt|đt|телефон|тел|моб)\d?(?![\p{L}])|手机|电话|联系电话|移动电话|手機|電話|手提|流動電話|行動電話|携帯|連絡先|휴대폰|휴대전화|핸드폰|연락처|전화|[☎✆📞📱]|\((?:hp|h\/p)\)|(?<![\p{L}])(?:hp|h\/p)\s*[:：]|(?<![\p{L}])contact (?:no\.?|number|num\.?)(?![\p{L}])/iu;

/**
 * How a country's numbers are written at home: its calling code, the lengths of a national number written with its
 * trunk 0 ("0412 345 906", "0803 555 0192"), and, where numbers are written without one, what a whole national
 * number is ("9123 4567" in Singapore, "98401 23456" in India, "(11) 98765-4321" in Brazil).
 */
interface Numbering {
  code: string;
  /**
   * The lengths of a national number written with the trunk prefix, the prefix counted as one digit: the national
   * number's own lengths plus one ("0412 345 906", ten).
   */
  trunk?: number[];
  /** The trunk prefix where it is not 0: Russia's 8 ("8 916 123-45-67"), Hungary's 06, "8|0" where either is written. */
  prefix?: string;
  /** The national numbers written with the trunk 0 that the country has, where its lengths alone let others in (tested as 0 and the national number). */
  valid?: RegExp;
  bare?: RegExp;
  /**
   * The first digits of its mobiles after the calling code, where a prefix tells them apart (the UK's 7, Australia's
   * 4): not for the NANP or Mexico, whose mobiles share the landlines' area codes, nor India, whose landlines begin
   * with its mobiles' digits ("+91 80 4092 7710" is Bengaluru's). See `PhoneKind`.
   */
  mobile?: RegExp;
  /** What places the person in the country: the country, its towns or states. */
  hint: RegExp;
  /** Its people ("Nigerian"): read only where no place is named — a nationality is not where one lives. */
  people?: RegExp;
  /** Its web domain, in an email's or a web address's host ("@example.co.ke", "www.example.no"; not "Mob.no:"). */
  tld?: string;
}

/**
 * The letters a place name's word edges are tested against: Latin, with its accented letters. (\`\\p{L}\` in a Unicode
 * regex compiles to some 25 KB per regex once it runs often; the ~200 countries' hints and names took 5 MB of every
 * thread's heap with it, for the same answers on contact lines in Latin script.)
 */
const LETTER = 'A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ';

/** A word's edge where a word is {@link LETTER}'s letters, digits and "_": `\b` does not see "Bogotá," or " Łódź" end or begin. */
const EDGE = `(?:(?<=[${LETTER}\\d_])(?![${LETTER}\\d_])|(?<![${LETTER}\\d_])(?=[${LETTER}\\d_]))`;

/**
 * A place regex with its `\p{L}` and `\p{Lu}` edges narrowed to {@link LETTER}'s (each written `[\p{L}]`), and its `\b`
 * edges made {@link EDGE}s.
 */
function latinEdges(re: RegExp, edges = true): RegExp {
  const source = re.source.replaceAll('[\\p{L}]', `[${LETTER}]`).replaceAll('\\p{Lu}', '[A-ZÀ-ÖØ-Þ]');
  return new RegExp(edges ? source.replace(/(?<!\\)\\b/g, EDGE) : source, re.flags);
}

/**
 * A text with a letter beyond ASCII among its Latin ones, for which the place regexes' {@link EDGE}s are needed; the
 * others are tested with `\b`, five times faster on a whole CV.
 */
const ACCENTED = /[À-ÖØ-öø-ɏḀ-ỿ]/;

/**
 * A people's name where it is not a language's variety too: "Swiss German", "Colombian Spanish" or "Lebanese Arabic"
 * under Languages places nobody.
 */
function peopleOf(names: string): RegExp {
  return new RegExp(`(?<![${LETTER}])(?:${names})(?![${LETTER}])(?![ \\t]+(?:Arabic|Creole|Dutch|English|French|German|Italian|Portuguese|Russian|Sign|Spanish|Turkish)\\b)`, 'u');
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
  AU: { code: '61', mobile: /^4/, trunk: [10], hint: /\b(?:Australia|NSW|QLD|VIC|TAS|Queensland|New South Wales|Victoria,? Australia|Tasmania|Sydney|Melbourne|Brisbane|Adelaide|Canberra|Hobart|Gold Coast)\b|\b(?:WA|SA|NT|ACT) \d{4}\b|@bigpond\.com/, people: /\b(?:Australian)\b/, tld: 'au', },
  // (The Crown Dependencies dial the UK's numbers: Jersey, not New Jersey or Jersey City; Guernsey; the Isle of Man.)
  GB: { code: '44', mobile: /^7(?![06])/, trunk: [11], hint: /\b(?:United Kingdom|UK|England|Scotland|Wales|Northern Ireland|London|Manchester|Birmingham|Leeds|Glasgow|Edinburgh|Bristol|Liverpool|Sheffield|Cardiff|Belfast|Guernsey|Isle of Man|St Helier|St Peter Port|Douglas, Isle of Man)\b|(?<!New )\bJersey\b(?! City)|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b|\b(?:Co\.|County)\s+(?:Antrim|Armagh|Down|Fermanagh|Londonderry|Derry|Tyrone|Durham)\b/, people: /\b(?:British)\b/, tld: 'uk', },
  // An Irish address names its county ("Bray, Co. Wicklow"); the six of Northern Ireland, and England's Co. Durham, are the UK's.
  IE: { code: '353', mobile: /^8[3-9]/, trunk: [9, 10], hint: /\b(?:Ireland|Dublin|Cork|Galway|Limerick|Waterford)\b|\b(?:Co\.|County)\s+(?:Carlow|Cavan|Clare|Cork|Donegal|Dublin|Galway|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Longford|Louth|Mayo|Meath|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Waterford|Westmeath|Wexford|Wicklow)\b/, tld: 'ie', },
  // (A rural delivery number, "RD 2, Ashburton 7772", is New Zealand's way of addressing a farm. Not the towns other
  // countries have too, Ashburton, Queenstown, Dunedin, nor those that are names, Napier, Otago in a degree's brackets.)
  NZ: { code: '64', mobile: /^2/, trunk: [9, 10, 11], hint: /\b(?:New Zealand|Aotearoa|Auckland|Wellington|Christchurch|Hamilton,? (?:NZ|New Zealand)|Tauranga|Palmerston North|Nelson,? (?:NZ|New Zealand)|Rotorua|New Plymouth|Whangārei|Whangarei|Invercargill|Wānaka|Wanaka|Timaru|Mid Canterbury|South Canterbury|Waikato|Taranaki|Hawke's Bay|RD \d{1,2},? [A-Z][a-z]+(?: [A-Z][a-z]+)? \d{4})\b/, tld: 'nz', },
  DE: { code: '49', mobile: /^1[5-7]/, trunk: [10, 11, 12], hint: /\b(?:Germany|Deutschland|Berlin|Hamburg|München|Munich|Köln|Cologne|Frankfurt am Main|Stuttgart|Düsseldorf)\b/, tld: 'de', },
  NL: { code: '31', mobile: /^6/, trunk: [10], hint: /\b(?:Netherlands|Nederland|Amsterdam|Rotterdam|Utrecht|Eindhoven|The Hague|Den Haag)\b/, tld: 'nl', },
  // (The overseas departments' numbers, 0262, 0590, 0694…, are dialled with their own codes, not France's.)
  FR: { code: '33', mobile: /^[67]/, trunk: [10], valid: /^0(?!26[29]|59[046]|639|69[0-7])[1-9]\d{8}$/, hint: /\b(?:(?<!Fort-de-)France|Paris|Lyon|Marseille|Toulouse|Bordeaux|Lille)\b/, tld: 'fr', },
  SE: { code: '46', trunk: [9, 10], hint: /\b(?:Sweden|Sverige|Stockholm|Göteborg|Gothenburg|Uppsala)\b/, tld: 'se', },
  FI: { code: '358', trunk: [9, 10, 11], hint: /\b(?:Finland|Suomi|Helsinki|Espoo|Tampere|Turku)\b/, tld: 'fi', },
  RO: { code: '40', trunk: [10], hint: /\b(?:Romania|România|Bucharest|București|Bucuresti|Cluj(?:-\s*Napoca)?|Timișoara|Timisoara|Iași|Iasi|Constanța|Constanta|Brașov|Brasov)\b/, tld: 'ro', },
  UA: { code: '380', trunk: [10], hint: /\b(?:Ukraine|Україна|Kyiv|Kiev|Lviv|Kharkiv|Odesa|Dnipro|Zaporizhzhia)\b/, people: /\b(?:Ukrainian citizen)\b/, tld: 'ua', },
  // Greece, Portugal and Czechia dial no trunk prefix. ("Athens" and "Porto" alone are Georgia's and Porto Alegre's too.)
  GR: { code: '30', bare: /^(?:69\d{8}|2\d{9})$/, hint: /\b(?:Greece|Hellas|Thessaloniki|Piraeus|Heraklion|Patras|Athens,? Greece)\b|Ελλάδα|Αθήνα/, tld: 'gr', },
  PT: { code: '351', bare: /^[29]\d{8}$/, hint: /\b(?:Portugal|Lisbon|Lisboa|Porto(?!\s+[A-Z])|Braga|Coimbra|Faro|Aveiro)\b/, tld: 'pt', },
  CZ: { code: '420', bare: /^[2-7]\d{8}$/, hint: /\b(?:Czech Republic|Czechia|Česká republika|Prague|Praha|Brno|Ostrava|Plzeň|Olomouc)\b/, tld: 'cz', },
  IT: { code: '39', mobile: /^3/, bare: /^3\d{9}$/, hint: /\b(?:Italy|Italia|Roma|Rome|Milano|Milan|Torino|Turin|Napoli|Naples|Bologna|Firenze|Florence)\b/, tld: 'it', },
  ES: { code: '34', mobile: /^[67]/, bare: /^[6-9]\d{8}$/, hint: /\b(?:Spain|España|Madrid|Barcelona|Sevilla|Seville|Valencia,? (?:Spain|España)|Bilbao|Zaragoza|Málaga|Alicante|Murcia|Palma de Mallorca|Valladolid|Vigo|Gijón|A Coruña|San Sebastián|Donostia|Oviedo|Las Palmas|Tenerife|Tarragona|Girona|Castellón|Almería|Logroño|Cádiz|Getafe)(?![\p{L}])/u, tld: 'es', },
  PL: { code: '48', bare: /^[4-8]\d{8}$/, hint: /\b(?:Poland|Polska|Warszawa|Warsaw|Kraków|Krakow|Wrocław|Gdańsk)\b/, tld: 'pl', },
  NO: { code: '47', bare: /^[49]\d{7}$/, hint: /\b(?:Norway|Norge|Oslo|Bergen|Trondheim|Stavanger)\b/, tld: 'no', },
  DK: { code: '45', bare: /^[2-9]\d{7}$/, hint: /\b(?:Denmark|Danmark|København|Copenhagen|Aarhus|Odense)\b/, tld: 'dk', },
  NG: { code: '234', mobile: /^[789][01]/, trunk: [11], hint: /\b(?:Nigeria|Lagos State|Abuja|FCT|Ibadan|Port Harcourt|Kano|Enugu|Ogun State|Rivers State)\b/, people: /\b(?:Nigerian)\b/, tld: 'ng', },
  KE: { code: '254', mobile: /^[17]/, trunk: [10], hint: /\b(?:Kenya|Nairobi|Mombasa|Kisumu|Nakuru|Eldoret)\b/, people: /\b(?:Kenyan)\b/, tld: 'ke', },
  GH: { code: '233', trunk: [10], hint: /\b(?:Ghana|Accra|Kumasi|Tema|Takoradi)\b/, people: /\b(?:Ghanaian)\b/, tld: 'gh', },
  UG: { code: '256', trunk: [10], hint: /\b(?:Uganda|Kampala|Entebbe|Jinja|Gulu|Mbarara|Mukono|Wakiso)\b/, people: /\b(?:Ugandan)\b/, tld: 'ug', },
  TZ: { code: '255', trunk: [10], hint: /\b(?:Tanzania|Dar es Salaam|Dodoma|Arusha|Mwanza|Zanzibar|Mbeya|Morogoro)\b/, people: /\b(?:Tanzanian)\b/, tld: 'tz', },
  ZM: { code: '260', trunk: [10], hint: /\b(?:Zambia|Lusaka|Ndola|Kitwe|Kabwe|Chingola)\b/, people: /\b(?:Zambian)\b/, tld: 'zm', },
  RW: { code: '250', trunk: [10], hint: /\b(?:Rwanda|Kigali|Huye|Musanze|Rubavu)\b/, people: /\b(?:Rwandan)\b/, tld: 'rw', },
  ZW: { code: '263', trunk: [10], hint: /\b(?:Zimbabwe|Harare|Bulawayo|Mutare|Gweru|Masvingo)\b/, people: /\b(?:Zimbabwean)\b/, tld: 'zw', },
  ZA: { code: '27', mobile: /^[6-8]/, trunk: [10], hint: /\b(?:South Africa|Johannesburg|Cape Town|Durban|Pretoria|Tshwane|Gauteng|KwaZulu-Natal|Western Cape|Eastern Cape|Northern Cape|Free State|Mpumalanga|Limpopo|Gqeberha|Port Elizabeth|Bloemfontein|Mbombela|Nelspruit|Polokwane|Rustenburg|Emalahleni|Witbank|Pietermaritzburg|Soweto|Sandton|Centurion|Midrand|Stellenbosch|Kimberley(?!,? (?:BC|British Columbia))|Mahikeng)\b/, people: /\b(?:South African)\b/, tld: 'za', },
  AE: { code: '971', mobile: /^5/, trunk: [9, 10], hint: /\b(?:United Arab Emirates|UAE|Dubai|Abu Dhabi|Sharjah|Ajman)\b/, people: /\b(?:Emirati)\b/, tld: 'ae', },
  SA: { code: '966', mobile: /^5/, trunk: [10], hint: /\b(?:Saudi Arabia|KSA|Riyadh|Jeddah|Dammam|Al Khobar)\b/, people: /\b(?:Saudi)\b/, tld: 'sa', },
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
  PK: { code: '92', mobile: /^3/, trunk: [11], hint: /\b(?:Pakistan|Karachi|Lahore|Islamabad|Rawalpindi)\b/, people: /\b(?:Pakistani)\b/, tld: 'pk', },
  PH: { code: '63', mobile: /^9/, trunk: [11], hint: /\b(?:Philippines|Manila|Quezon City|Makati|Cebu|Davao|Pasig|Taguig|Parañaque|Las Piñas|Muntinlupa|Mandaluyong|Pasay|Caloocan|Marikina|Valenzuela City|Antipolo|Baguio|Iloilo|Bacolod|Cagayan de Oro|Zamboanga|Metro Manila|Brgy\.|Barangay)(?![\p{L}])/u, people: /\b(?:Filipino|Filipina)\b/, tld: 'ph', },
  MY: { code: '60', mobile: /^1/, trunk: [10, 11], valid: /^0(?:1\d{8,9}|[3-9]\d{7,8})$/, hint: /\b(?:Malaysia|Kuala Lumpur|Selangor|Penang|Johor|Petaling Jaya|Sabah|Sarawak)\b/, people: /\b(?:Malaysian)\b/, tld: 'my', },
  ID: { code: '62', trunk: [10, 11, 12, 13], hint: /\b(?:Indonesia|Jakarta|Surabaya|Bandung|Medan|Bali|Yogyakarta)\b/, tld: 'id', },
  VN: { code: '84', trunk: [10], hint: /\b(?:Vietnam|Viet Nam|Hanoi|Ha Noi|Ho Chi Minh City|Da Nang)\b/, tld: 'vn', },
  TH: { code: '66', trunk: [9, 10], hint: /\b(?:Thailand|Bangkok|Chiang Mai|Phuket)\b/, tld: 'th', },
  // (A Taiwanese number has no area code 01: "012-486 7315" is a Malaysian mobile.)
  TW: { code: '886', mobile: /^9/, trunk: [10], valid: /^0(?:9\d{8}|[2-8]\d{7,8})$/, hint: /\b(?:Taiwan|Taipei|Kaohsiung|Taichung|Tainan|Hsinchu)\b|台灣|台湾|臺灣|台北|臺北|高雄|台中|臺中|新竹/, people: /\b(?:Taiwanese)\b/, tld: 'tw', },
  KR: { code: '82', mobile: /^10/, trunk: [10, 11], hint: /\b(?:(?<!North |People's Republic of |People’s Republic of )Korea|Seoul|Busan|Incheon|Daejeon)\b/, tld: 'kr', },
  JP: { code: '81', mobile: /^[789]0/, trunk: [10, 11], hint: /\b(?:Japan|Tokyo|Osaka|Yokohama|Nagoya|Kyoto|Fukuoka)\b|日本|東京|东京|大阪/, tld: 'jp', },
  SG: { code: '65', mobile: /^[89]/, bare: /^[3689]\d{7}$/, hint: /\b(?:Singapore)\b|新加坡/, people: /\bSingaporean\b/, tld: 'sg', },
  HK: { code: '852', mobile: /^[4-79]/, bare: /^[2-9]\d{7}$/, hint: /\b(?:Hong Kong|HKSAR|Kowloon|New Territories)\b|香港|九龍|九龙|新界/, tld: 'hk', },
  MO: { code: '853', mobile: /^6/, bare: /^[2-8]\d{7}$/, hint: /\b(?:Macau|Macao|Taipa)\b|澳門|澳门/, tld: 'mo', },
  BR: { code: '55', mobile: /^\d\d9\d{8}$/, bare: /^[1-9]{2}9?\d{8}$/, hint: /\b(?:Brazil|Brasil|São Paulo|Sao Paulo|Rio de Janeiro|Belo Horizonte|Brasília|Curitiba|Porto Alegre|Recife|Salvador,? (?:BA|Bahia))\b/, people: /\b(?:Brazilian)\b/, tld: 'br', },
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
  MX: { code: '52', bare: /^\d{10}$/, hint: /\b(?:(?<!New )Mexico|México|Ciudad de México|CDMX|Guadalajara|Monterrey|Puebla|Querétaro)\b/, people: /\b(?:Mexican)\b/, tld: 'mx', },
  // Round 16: every other country and territory with a calling code of its own (not the NANP's +1, nor the islands
  // that share a bigger country's code and numbers: Jersey, Åland, Svalbard, Christmas Island), so that a CV from any
  // of them keeps its phone. From the national numbering plans filed with the ITU: a trunk prefix where the country
  // dials one (Russia's, Kazakhstan's and Turkmenistan's is 8, Belarus's 8 0, Lithuania's 8 or 0, Hungary's 06), the
  // whole national number where it dials none; where a plan's ranges are many or in flux, its lengths alone.
  // Hints name the country (its own name too, where CVs write it in Latin script) and only towns no other country,
  // first name or English word shares; a country whose name is a first name or a surname as well ("Chad", "Mali",
  // "Togo", "Montenegro", "Monaco") counts only after a comma or a dash (or Monaco's postcode), as Jordan does.
  // Europe.
  BE: { code: '32', trunk: [9, 10], valid: /^0(?:4\d{8}|[1-9]\d{7})$/, hint: /(?<![\p{L}])(?:Belgium|België|Belgique|Belgien|Brussels|Bruxelles|Brussel|Antwerp|Antwerpen|Liège|Leuven|Namur|Charleroi|Mechelen|Bruges|Brugge)(?![\p{L}])/u, people: peopleOf('Belgian'), },
  CH: { code: '41', trunk: [10], hint: /(?<![\p{L}])(?:Switzerland|Schweiz|Suisse|Svizzera|Zürich|Zurich|Genève|Basel|Lausanne|Lugano|Winterthur|St\. Gallen)(?![\p{L}])/u, people: peopleOf('Swiss'), tld: 'ch', },
  AT: { code: '43', trunk: [9, 10, 11, 12, 13], hint: /(?<![\p{L}])(?:Austria|Österreich|Wien|Graz|Linz|Salzburg|Innsbruck|Klagenfurt)(?![\p{L}])/u, people: peopleOf('Austrian'), },
  // Hungary's trunk prefix is 06 ("06 30 123 4567"): the lengths count it as one digit, as every other's.
  HU: { code: '36', prefix: '06', trunk: [9, 10], hint: /(?<![\p{L}])(?:Hungary|Magyarország|Budapest|Debrecen|Szeged|Miskolc|Pécs|Győr)(?![\p{L}])/u, tld: 'hu', },
  BG: { code: '359', trunk: [8, 9, 10], hint: /(?<![\p{L}])(?:Bulgaria|Plovdiv|Burgas|Stara Zagora|Pleven)(?![\p{L}])/u, tld: 'bg', },
  LU: { code: '352', bare: /^(?:6[269][18]\d{6}|[2-57-9]\d{5,7})$/, hint: /(?<![\p{L}])(?:Luxembourg|Luxemburg|Lëtzebuerg|Esch-sur-Alzette|Differdange)(?![\p{L}])/u, people: peopleOf('Luxembourger'), tld: 'lu', },
  IS: { code: '354', bare: /^[4-8]\d{6}$/, hint: /(?<![\p{L}])(?:Iceland(?! Foods)|Ísland|Reykjavík|Reykjavik|Kópavogur|Hafnarfjörður|Akureyri)(?![\p{L}])/u, people: peopleOf('Icelander'), },
  AL: { code: '355', trunk: [9, 10], hint: /(?<![\p{L}])(?:Albania|Shqipëria|Shqipëri|Tirana|Tiranë|Durrës|Durres|Vlorë|Shkodër|Elbasan)(?![\p{L}])/u, tld: 'al', },
  // Lithuania moved its trunk prefix from 8 to 0 in 2025: CVs write either.
  LT: { code: '370', prefix: '8|0', trunk: [9], hint: /(?<![\p{L}])(?:Lithuania|Lietuva|Vilnius|Kaunas|Klaipėda|Klaipeda|Šiauliai|Panevėžys)(?![\p{L}])/u, tld: 'lt', },
  LV: { code: '371', bare: /^[26]\d{7}$/, hint: /(?<![\p{L}])(?:Latvia|Latvija|Rīga|Riga|Daugavpils|Liepāja|Jelgava)(?![\p{L}])/u, tld: 'lv', },
  MD: { code: '373', trunk: [9], hint: /(?<![\p{L}])(?:Moldova|Chișinău|Chişinău|Chisinau|Bălți|Tiraspol)(?![\p{L}])/u, },
  AM: { code: '374', trunk: [9], hint: /(?<![\p{L}])(?:Armenia|Hayastan|Yerevan|Gyumri|Vanadzor)(?![\p{L}])/u, },
  BY: { code: '375', prefix: '80|0', trunk: [10], hint: /(?<![\p{L}])(?:Belarus|Minsk|Gomel|Homel|Hrodna|Grodno|Mogilev|Vitebsk)(?![\p{L}])/u, tld: 'by', },
  AD: { code: '376', bare: /^(?:[3-9]\d{5}|690\d{6})$/, hint: /(?<![\p{L}])(?:Andorra|Escaldes-Engordany)(?![\p{L}])/u, people: peopleOf('Andorran'), tld: 'ad', },
  MC: { code: '377', trunk: [10], valid: /^06\d{8}$/, bare: /^[3489]\d{7}$/, hint: /(?:,|\s[–—-]|\b980\d\d)\s*Monaco\b(?![ \t]+\p{Lu})|(?<![\p{L}])(?:Principality of Monaco|Principauté de Monaco)(?![\p{L}])/u, people: peopleOf('Monegasque|Monégasque'), tld: 'mc', },
  SM: { code: '378', bare: /^(?:0549\d{6}|[5-7]\d{7})$/, hint: /(?<![\p{L}])(?:San Marino(?!,? (?:CA|California)(?![\p{L}]))|Borgo Maggiore)(?![\p{L}])/u, people: peopleOf('Sammarinese'), tld: 'sm', },
  RS: { code: '381', trunk: [9, 10, 11], hint: /(?<![\p{L}])(?:Serbia|Srbija|Belgrade|Beograd|Novi Sad|Kragujevac|Subotica)(?![\p{L}])/u, },
  ME: { code: '382', trunk: [9], hint: /(?:,|\s[–—-])\s*Montenegro\b(?![ \t]+\p{Lu})|(?<![\p{L}])(?:Crna Gora|Podgorica|Budva|Nikšić|Niksic|Herceg Novi)(?![\p{L}])/u, },
  XK: { code: '383', trunk: [9, 10], hint: /(?<![\p{L}])(?:Kosovo|Kosova|Prishtina|Prishtinë|Pristina|Priština|Prizren|Gjakova)(?![\p{L}])/u, people: peopleOf('Kosovar'), },
  HR: { code: '385', trunk: [8, 9, 10], hint: /(?<![\p{L}])(?:Croatia|Hrvatska|Zagreb|Rijeka|Osijek|Zadar|Dubrovnik)(?![\p{L}])/u, tld: 'hr', },
  SI: { code: '386', trunk: [9], hint: /(?<![\p{L}])(?:Slovenia|Slovenija|Ljubljana|Maribor|Celje|Kranj)(?![\p{L}])/u, tld: 'si', },
  BA: { code: '387', trunk: [9, 10], hint: /(?<![\p{L}])(?:Bosnia|Herzegovina|Bosna i Hercegovina|Sarajevo|Banja Luka|Mostar|Tuzla|Zenica)(?![\p{L}])/u, tld: 'ba', },
  MK: { code: '389', trunk: [9], hint: /(?<![\p{L}])(?:North Macedonia|Republic of Macedonia|Severna Makedonija|Makedonija|Skopje|Bitola|Ohrid|Tetovo|Kumanovo)(?![\p{L}])/u, tld: 'mk', },
  SK: { code: '421', trunk: [10], hint: /(?<![\p{L}])(?:Slovakia|Slovensko|Slovak Republic|Bratislava|Košice|Kosice|Prešov|Žilina|Nitra|Banská Bystrica)(?![\p{L}])/u, tld: 'sk', },
  LI: { code: '423', bare: /^(?:[2378]\d{6}|6\d{8})$/, hint: /(?<![\p{L}])(?:Liechtenstein|Vaduz|Schaan)(?![\p{L}])/u, people: peopleOf('Liechtensteiner'), tld: 'li', },
  FO: { code: '298', bare: /^[2-9]\d{5}$/, hint: /(?<![\p{L}])(?:Faroe Islands|Faroes|Føroyar|Tórshavn|Torshavn|Klaksvík)(?![\p{L}])/u, tld: 'fo', },
  GL: { code: '299', bare: /^(?:19|[2-9]\d)\d{4}$/, hint: /(?<![\p{L}])(?:Greenland|Kalaallit Nunaat|Nuuk|Sisimiut|Ilulissat)(?![\p{L}])/u, people: peopleOf('Greenlander'), },
  // Russia and Kazakhstan share +7 and dial a trunk 8 ("8 916 123-45-67"); a mobile is written without it too
  // ("(916) 123-45-67").
  RU: { code: '7', prefix: '8', trunk: [11], bare: /^9\d{9}$/, hint: /(?<![\p{L}])(?:Russia|Russian Federation|Rossiya|Moscow(?!,? (?:ID|Idaho)(?![\p{L}]))|Novosibirsk|Yekaterinburg|Nizhny Novgorod|Krasnoyarsk|Vladivostok)(?![\p{L}])|Россия|Москва|Санкт-Петербург/u, tld: 'ru', },
  KZ: { code: '7', prefix: '8', trunk: [11], valid: /^07\d{9}$/, bare: /^7\d{9}$/, hint: /(?<![\p{L}])(?:Kazakhstan|Qazaqstan|Almaty|Astana|Nur-Sultan|Shymkent|Karaganda|Karagandy|Aktobe|Atyrau|Pavlodar)(?![\p{L}])/u, people: peopleOf('Kazakhstani'), tld: 'kz', },
  TR: { code: '90', trunk: [11], bare: /^5\d{9}$/, hint: /(?<![\p{L}])(?:Turkey|Türkiye|Turkiye|Istanbul|İstanbul|Ankara|Izmir|İzmir|Antalya|Adana|Konya|Gaziantep)(?![\p{L}])/u, tld: 'tr', },
  // Africa.
  MA: { code: '212', trunk: [10], valid: /^0[5-8]\d{8}$/, hint: /(?<![\p{L}])(?:Morocco|Maroc|Casablanca|Marrakech|Marrakesh|Tangier|Tanger|Agadir|Meknes|Kenitra)(?![\p{L}])/u, people: peopleOf('Moroccan'), tld: 'ma', },
  DZ: { code: '213', trunk: [9, 10], valid: /^0(?:[1-4]\d{7}|[5-79]\d{8})$/, hint: /(?<![\p{L}])(?:Algeria|Algérie|Algiers|Annaba|Blida|Sétif|Setif|Tlemcen)(?![\p{L}])/u, people: peopleOf('Algerian'), tld: 'dz', },
  TN: { code: '216', bare: /^[2-57-9]\d{7}$/, hint: /(?<![\p{L}])(?:Tunisia|Tunisie|Tunis|Sfax|Sousse|Kairouan|Bizerte)(?![\p{L}])/u, people: peopleOf('Tunisian'), tld: 'tn', },
  LY: { code: '218', trunk: [10], hint: /(?<![\p{L}])(?:Libya|Benghazi|Misrata|Tripoli, Libya)(?![\p{L}])/u, people: peopleOf('Libyan'), },
  GM: { code: '220', bare: /^[2-9]\d{6}$/, hint: /(?<![\p{L}])(?:Gambia|Banjul|Serekunda|Brikama|Bakau)(?![\p{L}])/u, people: peopleOf('Gambian'), tld: 'gm', },
  SN: { code: '221', bare: /^(?:[37]\d|93)\d{7}$/, hint: /(?<![\p{L}])(?:Senegal|Sénégal|Dakar|Thiès|Thies|Touba|Ziguinchor|Kaolack)(?![\p{L}])/u, people: peopleOf('Senegalese'), tld: 'sn', },
  MR: { code: '222', bare: /^[2-4]\d{7}$/, hint: /(?<![\p{L}])(?:Mauritania|Mauritanie|Nouakchott|Nouadhibou)(?![\p{L}])/u, people: peopleOf('Mauritanian'), tld: 'mr', },
  ML: { code: '223', bare: /^[2-9]\d{7}$/, hint: /(?:,|\s[–—-])\s*Mali\b(?![ \t]+\p{Lu})|(?<![\p{L}])(?:Republic of Mali|Bamako|Sikasso|Mopti|Ségou|Segou|Kayes)(?![\p{L}])/u, people: peopleOf('Malian'), },
  // "Guinea" alone is Guinea's, not Papua New Guinea's, Equatorial Guinea's or Guinea-Bissau's.
  GN: { code: '224', bare: /^(?:6\d{8}|3\d{7})$/, hint: /(?<![\p{L}])(?:(?<!(?:New|Equatorial) )Guinea(?![- ]Bissau| pigs?(?![\p{L}]))|Guinée(?![- ]Bissau)|Conakry|Nzérékoré|Kankan|Kindia)(?![\p{L}])/u, people: peopleOf('(?<!(?:New|Equatorial) |Bissau-)Guinean'), tld: 'gn', },
  CI: { code: '225', bare: /^(?:0[157]|2[157])\d{8}$/, hint: /(?<![\p{L}])(?:Côte d['’]Ivoire|Cote d['’]Ivoire|Ivory Coast|Abidjan|Yamoussoukro|Bouaké|Bouake|Daloa|Korhogo)(?![\p{L}])/u, people: peopleOf('Ivorian'), tld: 'ci', },
  BF: { code: '226', bare: /^[024-7]\d{7}$/, hint: /(?<![\p{L}])(?:Burkina Faso|Ouagadougou|Bobo-Dioulasso|Koudougou)(?![\p{L}])/u, people: peopleOf('Burkinabé|Burkinabe'), tld: 'bf', },
  // (Niger State and the Niger Delta are Nigeria's.)
  NE: { code: '227', bare: /^[027-9]\d{7}$/, hint: /(?:,|\s[–—-])\s*Niger\b(?![ \t]+\p{Lu})|(?<![\p{L}])(?:Republic of Niger|Niamey|Zinder|Maradi|Agadez)(?![\p{L}])/u, people: peopleOf('Nigerien'), tld: 'ne', },
  TG: { code: '228', bare: /^[279]\d{7}$/, hint: /(?:,|\s[–—-])\s*Togo\b(?![ \t]+\p{Lu})|(?<![\p{L}])(?:Togolese Republic|Lomé|Sokodé|Kpalimé)(?![\p{L}])/u, people: peopleOf('Togolese'), tld: 'tg', },
  // (Benin City is Nigeria's.)
  BJ: { code: '229', bare: /^(?:01\d{8}|[2-9]\d{7})$/, hint: /(?:,|\s[–—-])\s*(?:Benin|Bénin)(?![\p{L}])(?![ \t]+\p{Lu})|(?<![\p{L}])(?:Republic of Benin|Cotonou|Porto-Novo|Parakou|Abomey-Calavi)(?![\p{L}])/u, people: peopleOf('Beninese|Béninois'), tld: 'bj', },
  LR: { code: '231', trunk: [8, 9, 10], hint: /(?<![\p{L}])(?:Liberia|Monrovia(?!,? (?:CA|California)(?![\p{L}]))|Gbarnga)(?![\p{L}])/u, people: peopleOf('Liberian'), tld: 'lr', },
  SL: { code: '232', trunk: [9], hint: /(?<![\p{L}])(?:Sierra Leone|Freetown|Kenema|Makeni|Koidu)(?![\p{L}])/u, people: peopleOf('Sierra Leonean'), tld: 'sl', },
  TD: { code: '235', bare: /^[236-9]\d{7}$/, hint: /(?:,|\s[–—-])\s*Chad\b(?![ \t]+\p{Lu})|(?<![\p{L}])(?:Republic of Chad|Tchad|N['’]Djamena|N['’]Djaména|Ndjamena|Moundou)(?![\p{L}])/u, people: peopleOf('Chadian'), tld: 'td', },
  CF: { code: '236', bare: /^[2678]\d{7}$/, hint: /(?<![\p{L}])(?:Central African Republic|Centrafrique|République centrafricaine|Bangui)(?![\p{L}])/u, },
  CM: { code: '237', bare: /^[26]\d{8}$/, hint: /(?<![\p{L}])(?:Cameroon|Cameroun|Yaoundé|Yaounde|Douala|Bamenda|Buea|Garoua|Bafoussam)(?![\p{L}])/u, people: peopleOf('Cameroonian'), tld: 'cm', },
  CV: { code: '238', bare: /^[2-59]\d{6}$/, hint: /(?<![\p{L}])(?:Cape Verde|Cabo Verde|Mindelo)(?![\p{L}])/u, people: peopleOf('Cape Verdean|Cabo Verdean'), },
  ST: { code: '239', bare: /^(?:22|9\d)\d{5}$/, hint: /(?<![\p{L}])(?:São Tomé|Sao Tome|São Tomé e Príncipe|Sao Tome and Principe)(?![\p{L}])/u, people: peopleOf('Santomean|São Toméan'), },
  GQ: { code: '240', bare: /^(?:222|3\d\d|55\d)\d{6}$/, hint: /(?<![\p{L}])(?:Equatorial Guinea|Guinea Ecuatorial|Malabo)(?![\p{L}])/u, people: peopleOf('Equatoguinean|Equatorial Guinean'), },
  // Gabon's plan changed in 2024 (mobiles of eight digits, some with a leading 0 of their own): read by its lengths.
  GA: { code: '241', bare: /^(?:0[1-7]|6[0-6]|7[467]|11)\d{6}$|^[2-7]\d{6}$/, hint: /(?<![\p{L}])(?:Gabon|Libreville|Port-Gentil|Franceville|Oyem)(?![\p{L}])/u, people: peopleOf('Gabonese'), },
  // "Congo" alone names both Congos: their numbers' lengths tell them apart (Kinshasa's ten digits with the trunk 0,
  // Brazzaville's nine with a 0 of their own).
  CG: { code: '242', bare: /^(?:0\d|22|80)\d{7}$/, hint: /(?<![\p{L}])(?:(?<!Democratic )Republic of the Congo|Congo-Brazzaville|(?<!(?:DR|RD|Democratic Republic of|Democratic Republic of the) )Congo(?!-Kinshasa)|Brazzaville|Pointe-Noire|Dolisie)(?![\p{L}])/u, people: peopleOf('Congolese'), tld: 'cg', },
  CD: { code: '243', trunk: [10], hint: /(?<![\p{L}])(?:Democratic Republic of (?:the )?Congo|DR Congo|RD Congo|Congo-Kinshasa|Congo|Kinshasa|Lubumbashi|Kisangani|Mbuji-Mayi|Bukavu)(?![\p{L}])/u, people: peopleOf('Congolese'), },
  AO: { code: '244', bare: /^[29]\d{8}$/, hint: /(?<![\p{L}])(?:Angola|Luanda|Huambo|Lobito|Benguela|Lubango)(?![\p{L}])/u, people: peopleOf('Angolan'), tld: 'ao', },
  GW: { code: '245', bare: /^(?:[49]\d{8}|4\d{6})$/, hint: /(?<![\p{L}])(?:Guinea-Bissau|Guinea Bissau|Guiné-Bissau|Bissau)(?![\p{L}])/u, people: peopleOf('Bissau-Guinean'), tld: 'gw', },
  IO: { code: '246', bare: /^3\d{6}$/, hint: /(?<![\p{L}])(?:British Indian Ocean Territory|Diego Garcia)(?![\p{L}])/u, },
  AC: { code: '247', bare: /^(?:[2-467]\d{4}|[01589]\d{5})$/, hint: /(?<![\p{L}])(?:Ascension Island)(?![\p{L}])/u, },
  SD: { code: '249', trunk: [10], hint: /(?<![\p{L}])(?:(?<!South )Sudan|Khartoum|Omdurman|Port Sudan|Kassala)(?![\p{L}])/u, people: peopleOf('(?<!South )Sudanese'), tld: 'sd', },
  SS: { code: '211', trunk: [10], hint: /(?<![\p{L}])(?:South Sudan|Juba|Malakal)(?![\p{L}])/u, people: peopleOf('South Sudanese'), tld: 'ss', },
  // Somalia's mobiles are eight or nine digits ("61 5123456", "71 123456"), written with a trunk 0 as well.
  SO: { code: '252', trunk: [9, 10], bare: /^[679]\d{7,8}$/, hint: /(?<![\p{L}])(?:Somalia|Soomaaliya|Somaliland|Mogadishu|Muqdisho|Hargeisa|Kismayo|Bosaso|Berbera)(?![\p{L}])/u, },
  DJ: { code: '253', bare: /^(?:2[17]|77)\d{6}$/, hint: /(?<![\p{L}])(?:Djibouti)(?![\p{L}])/u, people: peopleOf('Djiboutian'), },
  ER: { code: '291', trunk: [8], hint: /(?<![\p{L}])(?:Eritrea|Asmara|Massawa)(?![\p{L}])/u, people: peopleOf('Eritrean'), tld: 'er', },
  BI: { code: '257', bare: /^(?:[267]\d|31)\d{6}$/, hint: /(?<![\p{L}])(?:Burundi|Bujumbura|Gitega)(?![\p{L}])/u, people: peopleOf('Burundian'), tld: 'bi', },
  MZ: { code: '258', bare: /^(?:8[2-7]\d{7}|2\d{7})$/, hint: /(?<![\p{L}])(?:Mozambique|Moçambique|Maputo|Matola|Nampula|Quelimane)(?![\p{L}])/u, people: peopleOf('Mozambican'), tld: 'mz', },
  MG: { code: '261', trunk: [10], valid: /^0[23]\d{8}$/, hint: /(?<![\p{L}])(?:Madagascar|Madagasikara|Antananarivo|Toamasina|Antsirabe|Mahajanga|Fianarantsoa|Toliara)(?![\p{L}])/u, tld: 'mg', },
  // Réunion and Mayotte share +262: their numbers ("0692 12 34 56") are not France's +33 ones.
  RE: { code: '262', trunk: [10], valid: /^0(?:26[23]|69[23])\d{6}$/, hint: /(?<![\p{L}])(?:La Réunion|Réunion|Reunion Island|Île de la Réunion)(?![\p{L}])/u, tld: 're', },
  YT: { code: '262', trunk: [10], valid: /^0(?:269|639)\d{6}$/, hint: /(?<![\p{L}])(?:Mayotte|Mamoudzou|Dzaoudzi)(?![\p{L}])/u, tld: 'yt', },
  LS: { code: '266', bare: /^[256]\d{7}$/, hint: /(?<![\p{L}])(?:Lesotho|Maseru|Teyateyaneng|Mafeteng|Leribe|Mohale['’]s Hoek|Butha-Buthe)(?![\p{L}])/u, people: peopleOf('Mosotho|Basotho'), tld: 'ls', },
  KM: { code: '269', bare: /^[3478]\d{6}$/, hint: /(?<![\p{L}])(?:Comoros|Comores|Union of the Comoros|Anjouan|Mohéli|Grande Comore|Ngazidja)(?![\p{L}])/u, tld: 'km', },
  // Saint Helena's numbers are five digits; Tristan da Cunha's, under the same code, four.
  SH: { code: '290', bare: /^(?:[256]\d{4}|8\d{3})$/, hint: /(?<![\p{L}])(?:(?:Saint|St\.?) Helena(?!,? (?:CA|California)(?![\p{L}]))|Tristan da Cunha)(?![\p{L}])/u, people: peopleOf('Saint Helenian|St Helenian'), },
  // Middle East and Central Asia.
  LB: { code: '961', trunk: [8], bare: /^(?:7[016-9]|81)\d{6}$/, hint: /(?<![\p{L}])(?:Lebanon(?!,? (?:[A-Z]{2}|Pennsylvania|New Hampshire|Tennessee|Ohio|Indiana|Missouri|Oregon|Kentucky)(?![\p{L}]))|Liban|Beirut|Beyrouth|Jounieh|Zahlé|Zahle|Byblos)(?![\p{L}])/u, people: peopleOf('Lebanese'), tld: 'lb', },
  SY: { code: '963', trunk: [9, 10], hint: /(?<![\p{L}])(?:Syria|Damascus(?!,? (?:MD|OR|VA|Maryland|Oregon|Virginia)(?![\p{L}]))|Aleppo|Homs|Latakia)(?![\p{L}])/u, people: peopleOf('Syrian'), tld: 'sy', },
  IQ: { code: '964', trunk: [9, 10, 11], hint: /(?<![\p{L}])(?:Iraq|Baghdad|Basra|Basrah|Erbil|Mosul|Sulaymaniyah|Najaf|Karbala|Kirkuk)(?![\p{L}])/u, people: peopleOf('Iraqi'), tld: 'iq', },
  KW: { code: '965', bare: /^[2569]\d{7}$/, hint: /(?<![\p{L}])(?:Kuwait|Salmiya|Hawalli|Farwaniya|Jahra)(?![\p{L}])/u, people: peopleOf('Kuwaiti'), tld: 'kw', },
  YE: { code: '967', trunk: [8, 9, 10], bare: /^7[01378]\d{7}$/, hint: /(?<![\p{L}])(?:Yemen|Sana['’]a|Sanaa|Taiz|Hodeidah|Mukalla)(?![\p{L}])/u, people: peopleOf('Yemeni'), tld: 'ye', },
  OM: { code: '968', bare: /^[279]\d{7}$/, hint: /(?<![\p{L}])(?:Oman|Salalah|Sohar|Nizwa|Seeb)(?![\p{L}])/u, people: peopleOf('Omani'), tld: 'om', },
  PS: { code: '970', trunk: [9, 10], hint: /(?<![\p{L}])(?:Palestine(?!,? (?:TX|Texas)(?![\p{L}]))|Ramallah|Gaza|Nablus|Jenin|Al-Bireh)(?![\p{L}])/u, people: peopleOf('Palestinian'), tld: 'ps', },
  BH: { code: '973', bare: /^[136-9]\d{7}$/, hint: /(?<![\p{L}])(?:Bahrain|Manama|Muharraq|Riffa|Isa Town)(?![\p{L}])/u, people: peopleOf('Bahraini'), tld: 'bh', },
  BT: { code: '975', bare: /^(?:(?:1[67]|77)\d{6}|[2-8]\d{6})$/, hint: /(?<![\p{L}])(?:Bhutan|Thimphu|Phuentsholing|Punakha)(?![\p{L}])/u, people: peopleOf('Bhutanese'), tld: 'bt', },
  MN: { code: '976', trunk: [9, 10, 11], valid: /^0[12]\d{7,9}$/, bare: /^[5-9]\d{7}$/, hint: /(?<![\p{L}])(?:Mongolia|Mongol Uls|Ulaanbaatar|Ulan Bator|Erdenet|Darkhan)(?![\p{L}])/u, tld: 'mn', },
  IR: { code: '98', trunk: [11], hint: /(?<![\p{L}])(?:Iran|Tehran|Teheran|Mashhad|Isfahan|Esfahan|Tabriz|Karaj|Ahvaz)(?![\p{L}])/u, people: peopleOf('Iranian'), tld: 'ir', },
  AF: { code: '93', trunk: [10], hint: /(?<![\p{L}])(?:Afghanistan|Kabul|Herat|Kandahar|Mazar-i-Sharif|Mazar-e Sharif)(?![\p{L}])/u, people: peopleOf('Afghan'), tld: 'af', },
  // Tajikistan and Uzbekistan write nine digits without a trunk prefix; Turkmenistan's is 8.
  TJ: { code: '992', bare: /^\d{9}$/, hint: /(?<![\p{L}])(?:Tajikistan|Dushanbe|Khujand|Kulob|Bokhtar)(?![\p{L}])/u, people: peopleOf('Tajikistani'), tld: 'tj', },
  TM: { code: '993', prefix: '8', trunk: [9], bare: /^(?:6\d|71)\d{6}$/, hint: /(?<![\p{L}])(?:Turkmenistan|Ashgabat|Aşgabat|Türkmenabat|Turkmenabat|Dashoguz|Daşoguz|Balkanabat)(?![\p{L}])/u, people: peopleOf('Turkmenistani'), tld: 'tm', },
  AZ: { code: '994', trunk: [10], hint: /(?<![\p{L}])(?:Azerbaijan|Azərbaycan|Baku|Bakı|Sumqayit|Sumgait|Mingachevir|Lankaran)(?![\p{L}])/u, tld: 'az', },
  // (Georgia alone is a US state: the country by its towns.)
  GE: { code: '995', trunk: [10], bare: /^5\d{8}$/, hint: /(?<![\p{L}])(?:Republic of Georgia|Sakartvelo|Tbilisi|Batumi|Kutaisi|Rustavi|Zugdidi)(?![\p{L}])/u, tld: 'ge', },
  KG: { code: '996', trunk: [10], hint: /(?<![\p{L}])(?:Kyrgyzstan|Kyrgyz Republic|Kirghizia|Bishkek|Jalal-Abad|Karakol|Tokmok)(?![\p{L}])/u, people: peopleOf('Kyrgyzstani'), tld: 'kg', },
  UZ: { code: '998', bare: /^(?:20|33|[5-9]\d)\d{7}$/, hint: /(?<![\p{L}])(?:Uzbekistan|O['’ʻ]zbekiston|Tashkent|Toshkent|Samarkand|Samarqand|Bukhara|Buxoro|Namangan|Andijan|Andijon|Fergana|Nukus)(?![\p{L}])/u, people: peopleOf('Uzbekistani'), tld: 'uz', },
  // Asia.
  // Mainland mobiles are read without a country (below); a landline is written with its area code's trunk 0 and eight
  // digits ("010-6234 5678", "0755-8888 6666"). China in Latin script counts where an address names it, after a comma,
  // a colon or a form's gap ("Chengdu, China"; not "trained in China and the UK" beside a British mobile).
  CN: { code: '86', mobile: /^1[3-9]\d{9}$/, trunk: [11, 12], valid: /^0(?:(?:10|2\d)\d{8}|[3-9]\d{10})$/, hint: /(?:^|[,:：|·•]|\s[–—-]|\s{2})\s*(?:(?:P\.\s?R\.\s?)?China(?![ \t]+\p{Lu})|PRC|People['’]s Republic of China|Beijing|Shanghai|Shenzhen|Guangzhou|Hangzhou|Chengdu|Wuhan|Nanjing|Tianjin|Chongqing)(?![\p{L}])|中国|中华人民共和国|北京|上海|深圳|广州|杭州|成都|武汉|南京|天津|重庆/mu, tld: 'cn', },
  KP: { code: '850', trunk: [9, 11], hint: /(?<![\p{L}])(?:North Korea|DPRK|Democratic People['’]s Republic of Korea|Pyongyang)(?![\p{L}])/u, people: peopleOf('North Korean'), tld: 'kp', },
  KH: { code: '855', trunk: [9, 10], hint: /(?<![\p{L}])(?:Cambodia|Kampuchea|Phnom Penh|Siem Reap|Battambang|Sihanoukville)(?![\p{L}])/u, people: peopleOf('Cambodian'), tld: 'kh', },
  LA: { code: '856', trunk: [9, 10, 11], hint: /(?<![\p{L}])(?:Laos|Lao PDR|Lao People['’]s Democratic Republic|Vientiane|Luang Prabang|Savannakhet|Pakse)(?![\p{L}])/u, people: peopleOf('Laotian'), },
  TL: { code: '670', bare: /^(?:7[2-8]\d{6}|[2-4]\d{6})$/, hint: /(?<![\p{L}])(?:Timor-Leste|Timor Leste|East Timor|Timor Lorosa['’]e|Dili|Baucau)(?![\p{L}])/u, people: peopleOf('Timorese'), tld: 'tl', },
  BN: { code: '673', bare: /^[2-578]\d{6}$/, hint: /(?<![\p{L}])(?:Brunei|Brunei Darussalam|Bandar Seri Begawan|Kuala Belait|Tutong)(?![\p{L}])/u, people: peopleOf('Bruneian'), tld: 'bn', },
  // The Pacific.
  NF: { code: '672', bare: /^[13]\d{5}$/, hint: /(?<![\p{L}])(?:Norfolk Island)(?![\p{L}])/u, people: peopleOf('Norfolk Islander'), tld: 'nf', },
  NR: { code: '674', bare: /^(?:222|444|55\d|666|777|8\d\d|999)\d{4}$/, hint: /(?<![\p{L}])(?:Nauru|Yaren|Aiwo|Denigomodu)(?![\p{L}])/u, tld: 'nr', },
  PW: { code: '680', bare: /^[2-9]\d{6}$/, hint: /(?:,|\s[–—-])\s*Palau\b(?![ \t]+\p{Lu})|(?<![\p{L}])(?:Republic of Palau|Koror|Melekeok|Airai)(?![\p{L}])/u, },
  WF: { code: '681', bare: /^[478]\d{5}$/, hint: /(?<![\p{L}])(?:Wallis and Futuna|Wallis-et-Futuna|Mata-Utu|Mata Utu)(?![\p{L}])/u, tld: 'wf', },
  CK: { code: '682', bare: /^[2-578]\d{4}$/, hint: /(?<![\p{L}])(?:Cook Islands|Rarotonga|Avarua|Aitutaki)(?![\p{L}])/u, people: peopleOf('Cook Islander'), tld: 'ck', },
  NU: { code: '683', bare: /^(?:[4-7]\d{3}|888[1-9]\d{3})$/, hint: /(?<![\p{L}])(?:Niue|Alofi)(?![\p{L}])/u, },
  KI: { code: '686', bare: /^(?:(?:[37]\d|6[0-79])\d{6}|(?:[2-48]\d|50)\d{3})$/, hint: /(?<![\p{L}])(?:Kiribati|Tarawa|Betio|Bairiki|Bikenibeu|Kiritimati)(?![\p{L}])/u, people: peopleOf('I-Kiribati'), tld: 'ki', },
  NC: { code: '687', bare: /^[2-57-9]\d{5}$/, hint: /(?<![\p{L}])(?:New Caledonia|Nouvelle-Calédonie|Nouméa|Noumea)(?![\p{L}])/u, people: peopleOf('New Caledonian'), tld: 'nc', },
  TV: { code: '688', bare: /^(?:2\d{4}|90\d{4}|7\d{5,6})$/, hint: /(?<![\p{L}])(?:Tuvalu|Funafuti|Vaiaku)(?![\p{L}])/u, },
  PF: { code: '689', bare: /^(?:4\d{5}(?:\d{2})?|8\d{7,8})$/, hint: /(?<![\p{L}])(?:French Polynesia|Polynésie française|Tahiti|Papeete|Bora Bora|Moorea|Mo['’]orea)(?![\p{L}])/u, tld: 'pf', },
  TK: { code: '690', bare: /^[2-47]\d{3,6}$/, hint: /(?<![\p{L}])(?:Tokelau|Fakaofo|Nukunonu|Atafu)(?![\p{L}])/u, },
  FM: { code: '691', bare: /^(?:[39]\d\d|820)\d{4}$/, hint: /(?<![\p{L}])(?:Federated States of Micronesia|Micronesia|Pohnpei|Palikir|Chuuk|Kosrae)(?![\p{L}])/u, },
  MH: { code: '692', bare: /^[2-6]\d{6}$/, hint: /(?<![\p{L}])(?:Marshall Islands|Majuro|Ebeye|Kwajalein)(?![\p{L}])/u, tld: 'mh', },
  // Latin America and the Caribbean's territories outside the NANP.
  BZ: { code: '501', bare: /^[2-8]\d{6}$/, hint: /(?<![\p{L}])(?:Belize|Belmopan|Orange Walk|Dangriga)(?![\p{L}])/u, people: peopleOf('Belizean'), tld: 'bz', },
  GT: { code: '502', bare: /^[2-7]\d{7}$/, hint: /(?<![\p{L}])(?:Guatemala|Quetzaltenango|Xela|Mixco|Escuintla)(?![\p{L}])/u, people: peopleOf('Guatemalan'), tld: 'gt', },
  SV: { code: '503', bare: /^[267]\d{7}$/, hint: /(?<![\p{L}])(?:El Salvador|San Salvador|Soyapango|Santa Tecla)(?![\p{L}])/u, people: peopleOf('Salvadoran|Salvadorean'), tld: 'sv', },
  HN: { code: '504', bare: /^[237-9]\d{7}$/, hint: /(?<![\p{L}])(?:Honduras|Tegucigalpa|San Pedro Sula|La Ceiba|Choluteca|Comayagua)(?![\p{L}])/u, people: peopleOf('Honduran'), tld: 'hn', },
  NI: { code: '505', bare: /^[25-8]\d{7}$/, hint: /(?<![\p{L}])(?:Nicaragua|Managua|Masaya|Chinandega|Matagalpa|Estelí)(?![\p{L}])/u, people: peopleOf('Nicaraguan'), tld: 'ni', },
  CR: { code: '506', bare: /^[245-8]\d{7}$/, hint: /(?<![\p{L}])(?:Costa Rica|Alajuela|Puntarenas)(?![\p{L}])/u, people: peopleOf('Costa Rican'), tld: 'cr', },
  PA: { code: '507', bare: /^(?:6\d{7}|[1-57-9]\d{6})$/, hint: /(?<![\p{L}])(?:Panamá|Panama(?! City,? (?:FL|Florida)(?![\p{L}])))(?![\p{L}])/u, people: peopleOf('Panamanian'), tld: 'pa', },
  PM: { code: '508', bare: /^[2-9]\d{5}$/, hint: /(?<![\p{L}])(?:Saint-Pierre-et-Miquelon|(?:Saint|St\.?) Pierre and Miquelon|Miquelon)(?![\p{L}])/u, tld: 'pm', },
  HT: { code: '509', bare: /^[2-589]\d{7}$/, hint: /(?<![\p{L}])(?:Haiti|Haïti|Port-au-Prince|Cap-Haïtien|Cap-Haitien|Pétion-Ville|Petion-Ville)(?![\p{L}])/u, tld: 'ht', },
  // Peru's mobiles are nine digits without a prefix; its landlines are written with the trunk 0 and their area
  // ("(01) 234 5678").
  PE: { code: '51', trunk: [9], bare: /^9\d{8}$/, hint: /(?<![\p{L}])(?:Perú|Peru(?!,? (?:IN|IL|NY|Indiana|Illinois)(?![\p{L}]))|Arequipa|Cusco|Cuzco|Chiclayo|Piura|Iquitos)(?![\p{L}])/u, people: peopleOf('Peruvian'), tld: 'pe', },
  CU: { code: '53', trunk: [8, 9], bare: /^5\d{7}$/, hint: /(?<![\p{L}])(?:Cuba(?!,? (?:NY|MO|New York|Missouri)(?![\p{L}]))|La Habana|Havana(?!,? (?:IL|FL|Illinois|Florida)(?![\p{L}]))|Santiago de Cuba|Camagüey|Holguín)(?![\p{L}])/u, people: peopleOf('Cuban'), tld: 'cu', },
  AR: { code: '54', trunk: [11], bare: /^[1-3]\d{9}$/, hint: /(?<![\p{L}])(?:Argentina|Buenos Aires|CABA|Mar del Plata|San Miguel de Tucumán|Bahía Blanca)(?![\p{L}])/u, people: peopleOf('Argentine|Argentinian'), tld: 'ar', },
  CL: { code: '56', bare: /^[2-9]\d{8}$/, hint: /(?<![\p{L}])(?:Chile|Santiago de Chile|Valparaíso|Viña del Mar|Antofagasta|Temuco|Puerto Montt)(?![\p{L}])/u, people: peopleOf('Chilean'), tld: 'cl', },
  CO: { code: '57', bare: /^(?:3\d|60)\d{8}$/, hint: /(?<![\p{L}])(?:Colombia|Bogotá|Bogota(?!,? (?:NJ|New Jersey)(?![\p{L}]))|Medellín|Medellin|Barranquilla|Bucaramanga)(?![\p{L}])/u, people: peopleOf('Colombian'), },
  VE: { code: '58', trunk: [11], hint: /(?<![\p{L}])(?:Venezuela|Caracas|Maracaibo|Barquisimeto|Maracay|Valencia, Venezuela)(?![\p{L}])/u, people: peopleOf('Venezuelan'), tld: 've', },
  // Guadeloupe (with Saint-Barthélemy), French Guiana and Martinique have codes of their own, not France's +33.
  GP: { code: '590', trunk: [10], valid: /^0(?:590|69[01])\d{6}$/, hint: /(?<![\p{L}])(?:Guadeloupe|Pointe-à-Pitre|Pointe-a-Pitre|Basse-Terre|Les Abymes|Saint-Barthélemy|St Barth|Gustavia)(?![\p{L}])/u, people: peopleOf('Guadeloupean'), tld: 'gp', },
  BO: { code: '591', bare: /^[2-7]\d{7}$/, hint: /(?<![\p{L}])(?:Bolivia|Cochabamba|El Alto|Santa Cruz de la Sierra)(?![\p{L}])/u, people: peopleOf('Bolivian'), tld: 'bo', },
  GY: { code: '592', bare: /^[2-8]\d{6}$/, hint: /(?<![\p{L}])(?:Guyana)(?![\p{L}])/u, people: peopleOf('Guyanese'), tld: 'gy', },
  EC: { code: '593', trunk: [9, 10], valid: /^0(?:[2-7]\d{7}|9\d{8})$/, hint: /(?<![\p{L}])(?:Ecuador|Quito|Guayaquil)(?![\p{L}])/u, people: peopleOf('Ecuadorian|Ecuadorean'), tld: 'ec', },
  GF: { code: '594', trunk: [10], valid: /^0(?:594|694)\d{6}$/, hint: /(?<![\p{L}])(?:French Guiana|Guyane|Kourou|Saint-Laurent-du-Maroni|Matoury|Rémire-Montjoly)(?![\p{L}])/u, tld: 'gf', },
  PY: { code: '595', trunk: [9, 10], hint: /(?<![\p{L}])(?:Paraguay|Asunción|Ciudad del Este|Encarnación)(?![\p{L}])/u, people: peopleOf('Paraguayan'), tld: 'py', },
  MQ: { code: '596', trunk: [10], valid: /^0(?:596|69[67])\d{6}$/, hint: /(?<![\p{L}])(?:Martinique|Fort-de-France|Le Lamentin|Schœlcher|Schoelcher)(?![\p{L}])/u, people: peopleOf('Martinican'), tld: 'mq', },
  SR: { code: '597', bare: /^(?:[2-5]\d{5}|[6-8]\d{6})$/, hint: /(?<![\p{L}])(?:Suriname|Surinam|Paramaribo|Nieuw Nickerie)(?![\p{L}])/u, people: peopleOf('Surinamese'), tld: 'sr', },
  // Uruguay's mobiles are written with the trunk 0 ("099 123 456"), its landlines as eight digits.
  UY: { code: '598', trunk: [9], valid: /^09\d{7}$/, bare: /^[24]\d{7}$/, hint: /(?<![\p{L}])(?:Uruguay|Montevideo(?!,? (?:MN|Minnesota)(?![\p{L}]))|Punta del Este|Paysandú)(?![\p{L}])/u, people: peopleOf('Uruguayan'), tld: 'uy', },
  // Curaçao and the Caribbean Netherlands share +599 (Curaçao's numbers begin with its 9).
  CW: { code: '599', bare: /^9\d{7}$/, hint: /(?<![\p{L}])(?:Curaçao|Curacao)(?![\p{L}])/u, tld: 'cw', },
  BQ: { code: '599', bare: /^[347]\d{6}$/, hint: /(?<![\p{L}])(?:Bonaire|Sint Eustatius|Statia|Kralendijk|Caribbean Netherlands)(?![\p{L}])/u, tld: 'bq', },
  AW: { code: '297', bare: /^[25-9]\d{6}$/, hint: /(?<![\p{L}])(?:Aruba)(?![\p{L}])/u, people: peopleOf('Aruban'), tld: 'aw', },
} satisfies Record<string, Numbering>;

/**
 * Each country's own names, which outrank the towns of the hints: "Kraków, Poland (originally from Lviv)" is Poland's,
 * though Lviv places it in Ukraine too. ("Jordan", "Chad", "Mali", "Togo", "Benin", "Niger", "Montenegro", "Monaco",
 * "Palau" and Latin-script "China" only after a comma or a dash: each is a first name, a surname, a Nigerian place or
 * a word of prose as well.)
 */
const COUNTRY_NAMES: Record<PhoneRegion, string | RegExp> = {
  AU: 'Australia',
  GB: 'United Kingdom|UK|England|Scotland|Wales|Northern Ireland',
  IE: 'Ireland',
  NZ: 'New Zealand',
  DE: 'Germany|Deutschland',
  NL: 'Netherlands|Nederland',
  FR: '(?<!Fort-de-)France',
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
  JO: /(?:,|\s[–—-])\s*Jordan\b(?![ \t]+\p{Lu})/u,
  NP: 'Nepal',
  PK: 'Pakistan',
  PH: 'Philippines',
  MY: 'Malaysia',
  ID: 'Indonesia',
  VN: 'Vietnam|Viet Nam',
  TH: 'Thailand',
  TW: 'Taiwan',
  KR: "(?<!North |People['’]s Republic of )Korea",
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
  BE: 'Belgium|België|Belgique|Belgien',
  CH: 'Switzerland|Schweiz|Suisse|Svizzera',
  AT: 'Austria|Österreich',
  HU: 'Hungary|Magyarország',
  BG: 'Bulgaria',
  LU: 'Luxembourg|Luxemburg|Lëtzebuerg',
  IS: 'Iceland(?! Foods)|Ísland',
  AL: 'Albania|Shqipëria|Shqipëri',
  LT: 'Lithuania|Lietuva',
  LV: 'Latvia|Latvija',
  MD: 'Moldova',
  AM: 'Armenia|Hayastan',
  BY: 'Belarus',
  AD: 'Andorra',
  MC: /(?:,|\s[–—-]|\b980\d\d)\s*Monaco\b(?![ \t]+\p{Lu})|(?<![\p{L}])(?:Principality of Monaco|Principauté de Monaco)(?![\p{L}])/u,
  SM: 'San Marino',
  RS: 'Serbia|Srbija',
  ME: /(?:,|\s[–—-])\s*Montenegro\b(?![ \t]+\p{Lu})|(?<![\p{L}])Crna Gora(?![\p{L}])/u,
  XK: 'Kosovo|Kosova',
  HR: 'Croatia|Hrvatska',
  SI: 'Slovenia|Slovenija',
  BA: 'Bosnia|Herzegovina|Bosna i Hercegovina',
  MK: 'North Macedonia|Republic of Macedonia|Severna Makedonija|Makedonija',
  SK: 'Slovakia|Slovensko|Slovak Republic',
  LI: 'Liechtenstein',
  FO: 'Faroe Islands|Faroes|Føroyar',
  GL: 'Greenland|Kalaallit Nunaat',
  RU: 'Russia|Russian Federation|Rossiya|Россия',
  KZ: 'Kazakhstan|Qazaqstan',
  TR: 'Turkey|Türkiye|Turkiye',
  MA: 'Morocco|Maroc',
  DZ: 'Algeria|Algérie',
  TN: 'Tunisia|Tunisie',
  LY: 'Libya',
  GM: 'Gambia',
  SN: 'Senegal|Sénégal',
  MR: 'Mauritania|Mauritanie',
  ML: /(?:,|\s[–—-])\s*Mali\b(?![ \t]+\p{Lu})|(?<![\p{L}])Republic of Mali(?![\p{L}])/u,
  GN: '(?<!(?:New|Equatorial) )Guinea(?![- ]Bissau| pigs?(?![\\p{L}]))|Guinée(?![- ]Bissau)',
  CI: "Côte d['’]Ivoire|Cote d['’]Ivoire|Ivory Coast",
  BF: 'Burkina Faso',
  NE: /(?:,|\s[–—-])\s*Niger\b(?![ \t]+\p{Lu})|(?<![\p{L}])Republic of Niger(?![\p{L}])/u,
  TG: /(?:,|\s[–—-])\s*Togo\b(?![ \t]+\p{Lu})|(?<![\p{L}])Togolese Republic(?![\p{L}])/u,
  BJ: /(?:,|\s[–—-])\s*(?:Benin|Bénin)(?![\p{L}])(?![ \t]+\p{Lu})|(?<![\p{L}])Republic of Benin(?![\p{L}])/u,
  LR: 'Liberia',
  SL: 'Sierra Leone',
  TD: /(?:,|\s[–—-])\s*Chad\b(?![ \t]+\p{Lu})|(?<![\p{L}])(?:Republic of Chad|Tchad)(?![\p{L}])/u,
  CF: 'Central African Republic|Centrafrique|République centrafricaine',
  CM: 'Cameroon|Cameroun',
  CV: 'Cape Verde|Cabo Verde',
  ST: 'São Tomé|Sao Tome',
  GQ: 'Equatorial Guinea|Guinea Ecuatorial',
  GA: 'Gabon',
  CG: '(?<!Democratic )Republic of the Congo|Congo-Brazzaville|(?<!(?:DR|RD|Democratic Republic of|Democratic Republic of the) )Congo(?!-Kinshasa)',
  CD: 'Democratic Republic of (?:the )?Congo|DR Congo|RD Congo|Congo-Kinshasa',
  AO: 'Angola',
  GW: 'Guinea-Bissau|Guinea Bissau|Guiné-Bissau',
  IO: 'British Indian Ocean Territory',
  AC: 'Ascension Island',
  SD: '(?<!South )Sudan',
  SS: 'South Sudan',
  SO: 'Somalia|Soomaaliya|Somaliland',
  DJ: 'Djibouti',
  ER: 'Eritrea',
  BI: 'Burundi',
  MZ: 'Mozambique|Moçambique',
  MG: 'Madagascar|Madagasikara',
  RE: 'La Réunion|Réunion|Reunion Island',
  YT: 'Mayotte',
  LS: 'Lesotho',
  KM: 'Comoros|Comores',
  SH: '(?:Saint|St\\.?) Helena|Tristan da Cunha',
  LB: 'Lebanon|Liban',
  SY: 'Syria',
  IQ: 'Iraq',
  KW: 'Kuwait',
  YE: 'Yemen',
  OM: 'Oman',
  PS: 'Palestine',
  BH: 'Bahrain',
  BT: 'Bhutan',
  MN: 'Mongolia|Mongol Uls',
  IR: 'Iran',
  AF: 'Afghanistan',
  TJ: 'Tajikistan',
  TM: 'Turkmenistan',
  AZ: 'Azerbaijan|Azərbaycan',
  GE: 'Republic of Georgia|Sakartvelo',
  KG: 'Kyrgyzstan|Kyrgyz Republic|Kirghizia',
  UZ: "Uzbekistan|O['’ʻ]zbekiston",
  CN: /(?:^|[,:：|·•]|\s[–—-]|\s{2})\s*(?:(?:P\.\s?R\.\s?)?China(?![ \t]+\p{Lu})|PRC|People['’]s Republic of China)(?![\p{L}])|中国|中华人民共和国/mu,
  KP: "North Korea|DPRK|Democratic People['’]s Republic of Korea",
  KH: 'Cambodia|Kampuchea',
  LA: "Laos|Lao PDR|Lao People['’]s Democratic Republic",
  TL: "Timor-Leste|Timor Leste|East Timor|Timor Lorosa['’]e",
  BN: 'Brunei',
  NF: 'Norfolk Island',
  NR: 'Nauru',
  PW: /(?:,|\s[–—-])\s*Palau\b(?![ \t]+\p{Lu})|(?<![\p{L}])Republic of Palau(?![\p{L}])/u,
  WF: 'Wallis and Futuna|Wallis-et-Futuna',
  CK: 'Cook Islands',
  NU: 'Niue',
  KI: 'Kiribati',
  NC: 'New Caledonia|Nouvelle-Calédonie',
  TV: 'Tuvalu',
  PF: 'French Polynesia|Polynésie française',
  TK: 'Tokelau',
  FM: 'Federated States of Micronesia|Micronesia',
  MH: 'Marshall Islands',
  BZ: 'Belize',
  GT: 'Guatemala',
  SV: 'El Salvador',
  HN: 'Honduras',
  NI: 'Nicaragua',
  CR: 'Costa Rica',
  PA: 'Panamá|Panama',
  PM: 'Saint-Pierre-et-Miquelon|(?:Saint|St\\.?) Pierre and Miquelon',
  HT: 'Haiti|Haïti',
  PE: 'Perú|Peru',
  CU: 'Cuba',
  AR: 'Argentina',
  CL: 'Chile',
  CO: 'Colombia',
  VE: 'Venezuela',
  GP: 'Guadeloupe',
  BO: 'Bolivia',
  GY: 'Guyana',
  EC: 'Ecuador',
  GF: 'French Guiana|Guyane',
  PY: 'Paraguay',
  MQ: 'Martinique',
  SR: 'Suriname|Surinam',
  UY: 'Uruguay',
  CW: 'Curaçao|Curacao',
  BQ: 'Bonaire|Sint Eustatius|Caribbean Netherlands',
  AW: 'Aruba',
};
const COUNTRY_NAME = Object.fromEntries(Object.entries(COUNTRY_NAMES).map(([region, names]) => [region, latinEdges(typeof names === 'string' ? new RegExp(`(?<![\\p{L}])(?:${names})(?![\\p{L}])`, 'u') : names)])) as Record<PhoneRegion, RegExp>;

/** Towns of one name in two countries, named by no hint of either: each names both as candidates, neither alone. */
const SHARED_TOWNS: [RegExp, PhoneRegion[]][] = [
  [/\bLagos\b/, ['NG', 'PT']],
  [/\bPerth\b/, ['AU', 'GB']],
  [/\bDarwin\b/, ['AU', 'GB']],
  [/\bHyderabad\b/, ['IN', 'PK']],
];

/** What places the person in each country ({@link Numbering}'s `hint` and `people`), with Latin word edges. */
const PLACES = Object.fromEntries(Object.entries(NUMBERING as Record<string, Numbering>).map(([region, n]) => [region, { hint: latinEdges(n.hint), plain: latinEdges(n.hint, false), people: n.people && latinEdges(n.people, false), tld: n.tld }])) as Record<keyof typeof NUMBERING, Pick<Numbering, 'hint' | 'people' | 'tld'> & { plain: RegExp }>;
/** A country's place regex for a text: with accented-letter edges only where the text has such letters. */
const hintFor = (region: PhoneRegion, text: string): RegExp => (ACCENTED.test(text) ? PLACES[region].hint : PLACES[region].plain);

/** A country a CV's contact lines place the person in, for numbers written the national way ("0412 345 906"). */
export type PhoneRegion = keyof typeof NUMBERING;

/** The country the contact lines name alone (or null), and every country they may place the person in. */
export interface RegionChoice {
  single: PhoneRegion | null;
  candidates: PhoneRegion[];
  /** Japan and Korea where the whole CV shows them (a place, their script): a mobile written their way is theirs (see `ownWay`). */
  shown?: PhoneRegion[];
}

/** Japan and Korea, where a text shows them: a place there, or their script (kana, hangul). */
export function eastAsiaShown(text: string): PhoneRegion[] {
  const shown: PhoneRegion[] = [];
  if (PLACES.JP.hint.test(text) || /[\u3040-\u30ff]/u.test(text)) shown.push('JP');
  if (PLACES.KR.hint.test(text) || /[\uac00-\ud7a3]/u.test(text)) shown.push('KR');
  return shown;
}

/**
 * The one country the contact lines name (a city, a state, a country, an email's domain), or null when they name
 * none or several. "Belfast" and "Northern Ireland" are the UK's, not Ireland's.
 */
export function phoneRegionOf(text: string): PhoneRegion | null {
  return phoneRegionsOf(text).single;
}

/**
 * The country a CV whose contact lines name none lives in by its text: the one country it names, and no other, on two
 * lines or more ("Rotterdam" and "Utrecht" in its jobs), when that country's national numbers open with a trunk 0. A
 * past job abroad named once ("Care Assistant, Willow Care Homes, London") places nobody.
 */
export function homeRegionOf(lines: string[]): PhoneRegion | null {
  const whole = phoneRegionsOf(lines.join('\n'));
  if (whole.single === null || whole.candidates.length !== 1 || !('trunk' in NUMBERING[whole.single])) return null;
  const hint = hintFor(whole.single, lines.join('\n'));
  return lines.filter((l) => hint.test(l)).length >= 2 ? whole.single : null;
}


/**
 * The countries a CV's contact lines may place the person in, for a national number: the one `phoneRegionOf` names
 * first, then the others the lines name in the order they first name them, then the nationalities ("Filipino",
 * living in Riyadh: a Philippine mobile's eleven digits fit no Saudi number). A number is read as the first of them
 * whose numbers it fits.
 */
const TRADITIONAL_ONLY = /[經歷學與會專營總灣臺證處區廣歲體們這說麼國傳檔聯屬]/gu;

export function phoneRegionsOf(given: string): RegionChoice {
  // A line in capitals ("LIVERPOOL, UNITED KINGDOM", a CV set all in capitals) names its places too: read as well with
  // its words capitalised, codes of three letters or fewer ("UK", "NSW") kept.
  // (Only a line of an address, with a comma or a number in it, or a state's heading of four words or more, "CỘNG HÒA XÃ
  // HỘI CHỦ NGHĨA VIỆT NAM": "INDIA MORGAN", "MILAN NOVÁK" are names.)
  const capitals = given.split('\n').filter((l) => /\p{Lu}{4}/u.test(l) && !/\p{Ll}/u.test(l) && (/[,\d]/.test(l) || l.trim().split(/\s+/).length >= 4));
  const text = capitals.length === 0 ? given : `${given}\n${capitals.map((l) => l.replace(/\p{Lu}{4,}/gu, (w) => w[0] + w.slice(1).toLowerCase())).join('\n')}`;
  // "Northern Ireland" is the UK's, not Ireland's; "New South Wales" is Australia's, and "British Columbia" Canada's,
  // not the UK's.
  const own = (region: PhoneRegion) => (region === 'IE' ? text.replace(/Northern Ireland/g, '') : region === 'GB' ? text.replace(/New South Wales|British Columbia/g, '') : text);
  const regions = Object.keys(NUMBERING) as PhoneRegion[];
  const numbering = (region: PhoneRegion) => PLACES[region];
  const accented = ACCENTED.test(text);
  const placed = regions.filter((region) => (accented ? numbering(region).hint : numbering(region).plain).test(own(region)) || (numbering(region).tld !== undefined && domainOf(numbering(region).tld!).test(text)));
  const people = regions.filter((region) => numbering(region).people?.test(own(region)));
  const firstNamed = (region: PhoneRegion) => {
    const at = own(region).search(accented ? numbering(region).hint : numbering(region).plain);
    return at < 0 ? Infinity : at;
  };
  const others = [...placed].sort((a, b) => firstNamed(a) - firstNamed(b));
  let single: PhoneRegion | null = null;
  if (placed.length === 1) single = placed[0]!;
  else if (placed.length > 1) {
    const named = placed.filter((region) => COUNTRY_NAME[region].test(own(region)));
    // (Or, none named, the one whose calling code the contact lines dial: "Casablanca" and "+212 522 …" over an
    // "@outlook.fr" address.)
    // (Only where it is the one place a town or a name places: "Paris · Casablanca" over a French and a Moroccan mobile
    // leaves both open, whatever "+212" is dialled.)
    const byName = placed.filter((region) => (accented ? numbering(region).hint : numbering(region).plain).test(own(region)));
    const dialled = byName.filter((region) => new RegExp(`\\+\\s?${NUMBERING[region].code}[\\s.(-]`).test(text));
    single = named.length === 1 ? named[0]! : named.length === 0 && byName.length === 1 && dialled.length === 1 ? dialled[0]! : null;
  } else single = people.length === 1 ? people[0]! : null;
  // (A town two countries have places the person in either, for a number that fits one of them alone: "Surulere, Lagos"
  // and "0803 417 2290", eleven digits with the trunk 0, Nigeria's; "Lagos, Algarve" and "912 345 678", Portugal's.)
  const shared = SHARED_TOWNS.filter(([town]) => town.test(text)).flatMap(([, regions]) => regions);
  // (Traditional characters Japanese does not write, "經歷", "學歷", "專業": a Taiwanese, Hong Kong or Macau CV, for a
  // number that fits one of them, "0932-618-457", when no place is named.)
  const traditional = (text.match(TRADITIONAL_ONLY) ?? []).length >= 3 ? (['TW', 'HK', 'MO'] as PhoneRegion[]) : [];
  const candidates = [...new Set([...(single ? [single] : []), ...others, ...people, ...shared, ...traditional])];
  return { single, candidates };
}

/**
 * A host in the country's web domain: in an email address or a web address, not "Mob.no:" or "Email.id:"; the domain
 * ends the host ("@state.tn.us" is no Tunisian one).
 */
const DOMAINS = new Map<string, RegExp>();
function domainOf(tld: string): RegExp {
  let domain = DOMAINS.get(tld);
  if (!domain) DOMAINS.set(tld, (domain = new RegExp(`@[\\w.-]*\\.${tld}(?![\\w-]|\\.[\\w-])|(?:www\\.|https?:\\/\\/)[\\w.-]*\\.${tld}(?![\\w-]|\\.[\\w-])`, 'i')));
  return domain;
}

/**
 * Words only British CVs use (GCSE, A levels, PGCE, QTS, NHS, NVQ, BTEC, Ofsted, a UK postcode, pounds, a borough's or
 * county's council, UCAS, a DBS check), for a
 * mobile written the British way ("07911 234 567") when the contact lines name no country: two different ones.
 */
const BRITISH = [/\bGCSEs?\b/, /\bA-[Ll]evels?\b|\bA Levels?\b/, /\bPGCE\b/, /\bQTS\b/, /\bNHS\b/, /\bNVQ\b/, /\bBTEC\b/, /\bOfsted\b/, /\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b/, /£\s?\d/, /\b(?:Borough|County|District|City|Town|Parish|Metropolitan) Council\b|\bCOUNTY COUNCIL\b|\bBOROUGH COUNCIL\b/, /\bUCAS\b/, /\bDBS (?:check|certificate|cleared)\b|\bEnhanced DBS\b/i];

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
  // (A British mobile read as British because the CV shows Britain fits Britain's numbers too, not only the others'.)
  const plain = normalizeIn(raw, null, britishMobiles);
  const unplaced = britishMobiles ? normalizeIn(raw, null, false) : plain;
  const fits = new Set(region.candidates.map((r) => normalizeIn(raw, r, britishMobiles)).filter((read): read is string => read !== null && read.startsWith('+') && read !== unplaced));
  if (fits.size === 1) return [...fits][0]!;
  const read = region.single ? own : (ownWay(raw, region.shown ?? []) ?? plain);
  // (A British mobile, eleven digits from 071–075 or 077–079, that fits none of the several countries the CV names: a
  // third's, British, as any reader takes "07700 900417" on a Casablanca agency's form for a candidate living in Milan.
  // Not where the CV names one country: "Hoboken, New Jersey" over "07797 700123" says nothing more of it.)
  const third = region.candidates.length >= 2 && read !== null && !read.startsWith('+') && /^07[1-57-9]\d{8}$/.test(read) && /^0[\d\s-]+$/.test(raw.trim());
  return third ? `+44${read.slice(1)}` : read;
}

/**
 * Where the contact lines place a number nowhere, a mobile written in Japan's or Korea's own way on a CV that shows that
 * country elsewhere (a place, its script): Japan's "090-4512-7783" (070, 080, 090, hyphens 3-4-4), Korea's
 * "010-9326-5517". (Nigeria's and Egypt's mobiles start 080 and 010 too: the country shown decides.)
 */
function ownWay(raw: string, shown: PhoneRegion[]): string | null {
  const written = raw.trim();
  if (shown.includes('JP') && /^0[789]0-\d{4}-\d{4}$/.test(written)) return `+81${written.slice(1).replace(/\D/g, '')}`;
  if (shown.includes('KR') && /^010-\d{4}-\d{4}$/.test(written)) return `+82${written.slice(1).replace(/\D/g, '')}`;
  return null;
}

/** The national number after the trunk prefix a number is written with ("0412…", "8 916…", "06 30…"), or null. */
const PREFIXES = new Map<string, RegExp>();
function afterTrunk(national: Numbering, digits: string): string | null {
  const source = national.prefix ?? '0';
  if (!PREFIXES.has(source)) PREFIXES.set(source, new RegExp(`^(?:${source})(?=[1-9])`));
  const prefix = PREFIXES.get(source)!.exec(digits)?.[0];
  return prefix === undefined ? null : digits.slice(prefix.length);
}

/** Whether a national number written with the trunk prefix (here without it) has one of the country's lengths. */
const fitsTrunk = (national: Numbering, rest: string) =>
  !!national.trunk && /^[1-9]/.test(rest) && national.trunk.includes(rest.length + 1) && (national.valid?.test(`0${rest}`) ?? true);

/** Whether a national number (after the code, without a trunk prefix) fits the country's numbers. */
const fitsNational = (national: Numbering, rest: string) => (national.bare?.test(rest) ?? false) || fitsTrunk(national, rest);

const NUMBERINGS: Numbering[] = Object.values(NUMBERING);

/**
 * Whether digits written after a "+" are a whole number of a country in the table: its code, then a national number
 * of that country's lengths. ("+682 21 234", eight digits, is a Cook Islands landline; "+290 22345" a St Helena one.)
 */
function fitsCountry(digits: string): boolean {
  return NUMBERINGS.some((n) => digits.startsWith(n.code) && fitsNational(n, digits.slice(n.code.length)));
}

/**
 * An Argentine mobile as Argentines write it: the area code (with or without its trunk 0), then 15, then the line
 * ("(011) 15-4321-8765", "351 15 612-3456"), also after the country code ("+54 11 15 4321 8765"). Dialled from abroad it
 * is +54 9, the area code and the line, ten digits together, without the 15. National forms only where the CV places the
 * number in Argentina (`home`).
 */
function argentineMobile(written: string, home: boolean): string | null {
  const m = /^(\+\s?54[\s-]*)?\(?(0?)(\d{2,4})\)?[\s-]*15[\s-]+(\d[\d\s-]{5,10}\d)$/.exec(written);
  if (!m || (m[1] === undefined && !home) || (m[1] !== undefined && m[2] === '0')) return null;
  const national = `${m[3]}${m[4]!.replace(/\D/g, '')}`;
  return national.length === 10 && /^[1-3]/.test(national) ? `+549${national}` : null;
}

function normalizeIn(raw: string, region: PhoneRegion | null, britishMobiles: boolean): string | null {
  // The trunk 0 written in brackets after the country code ("+44 (0)20 7946 0958") is not dialled from abroad.
  const trimmed = raw.trim().replace(/^(\(?\+\s?\d{1,3}\)?)\s*\(0\)\s*/, '$1 ');
  // A date and a time ("2026-11-27 15:06", a form's print stamp) is no phone number.
  if (/^(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s|$)/.test(trimmed)) return null;
  // Date ranges and years ("2019.07 - 2021.03") are not phone numbers.
  if (/(19|20)\d{2}\s*[./-]\s*\d{1,2}(\D|$)/.test(trimmed) && !/^\+|^\(/.test(trimmed) && /[.]/.test(trimmed)) return null;
  // Nor is a date written day first ("01.03.1985", "12/07/2019") or a range of years ("2019 - 2021").
  if (/^[0-3]?\d[./-][0-3]?\d[./-](?:19|20)\d{2}$/.test(trimmed) || /^(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}$/.test(trimmed)) return null;
  // A Brazilian CPF ("129.456.789-09") is an identity number, however many digits it has.
  if (/^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(trimmed)) return null;
  const plus = /^\(?\+/.test(trimmed);
  const digits = trimmed.replace(/\D/g, '');
  // A country code in brackets without its plus, as Hong Kong and Singapore CVs write it: "(852) 6218 4795". Only a code
  // whose whole numbers the rest is (eight digits in Hong Kong): "(852) 555 0134" is no such number.
  const bracketed = /^\((\d{2,3})\)\s*(?=\d)/.exec(trimmed);
  const coded = bracketed ? Object.values(NUMBERING as Record<string, Numbering>).find((n) => n.code === bracketed[1] && n.bare?.test(digits.slice(bracketed[1]!.length))) : undefined;
  if (coded) return `+${digits}`;
  const national: Numbering | null = region ? NUMBERING[region] : null;
  const argentine = argentineMobile(trimmed, region === 'AR');
  if (argentine) return argentine;
  // A national number written with the country's trunk prefix, of its lengths ("0412 345 906"; "07 123 456" in Eritrea).
  const rest = national?.trunk ? afterTrunk(national, digits) : null;
  const trunkRead = national && rest !== null && fitsTrunk(national, rest) ? `+${national.code}${rest}` : null;
  // A whole national number of a country that writes none with a trunk prefix: eight digits in Singapore, nine in Spain.
  // (Not one written with full stops: a Brazilian CPF, "129.456.789-09", is an identity number.)
  if (!plus && national?.bare?.test(digits) && !/\d\.\d/.test(trimmed)) return `+${national.code}${digits}`;
  // A number written with its code that is shorter than ten digits is one when it is a whole number of that country.
  if (plus && digits.length < 10 && fitsCountry(digits)) return `+${digits}`;
  // (A shorter one without its code is one only where the country dials its numbers so: "061 234 567" in Slovenia.)
  if (!plus && digits.length < 10 && trunkRead) return trunkRead;
  if (digits.length < 10 || digits.length > 15) return null;
  if (plus) return `+${digits}`;
  if (digits.startsWith('86') && digits.length === 13 && /^861[3-9]/.test(digits)) return `+${digits}`;
  // North America's 1 written before the area code, grouped 1-3-3-4 ("1-416-555-0163", "1 (416) 555-0163"): never how a
  // Chinese mobile is grouped, though its eleven digits may read as one.
  // (Each group set apart: "1381 234 5678" and "1391234-5678" are Chinese mobiles.)
  if (/^1(?:[\s.-]\d{3}[\s.-]|\s?\(\d{3}\)\s?)\d{3}[\s.-]\d{4}$/.test(trimmed) && /^1[2-9]\d{2}[2-9]\d{6}$/.test(digits)) return `+${digits}`;
  if (/^1[3-9]\d{9}$/.test(digits)) return `+86${digits}`; // mainland China mobile
  // (The international prefix written as one with the number: not a row's number before its cells, "002   2018-10   …".)
  if (/^00\d{9,13}$/.test(digits) && !/^00\d{0,3}\s{2,}/.test(trimmed)) return `+${digits.slice(2)}`;
  // NANP, written with separators, or as bare digits where the CV places the person in the US or Canada ("4045550186",
  // a web form's field).
  // (Grouped as North America groups them, three, three and four: not a Polish tax number, "877-547-23-31", the end of
  // an IBAN, "7428 9972 65", a Kenyan P.O. Box, "78024-00100", or a row's months and dates, "51   03.2016   05".)
  if (/^[2-9]\d{2}[2-9]\d{6}$/.test(digits) && (/^(?:\(\d{3}\)|\d{3})[\s.-]{0,3}\d{3}[\s.-]{0,3}\d{4}$/.test(trimmed) || national?.code === '1')) return `+1${digits}`;
  if (/^1[2-9]\d{2}[2-9]\d{6}$/.test(digits)) return `+${digits}`;
  if (trunkRead) return trunkRead;
  // The country's code without its plus, as a number is written for callers abroad, its code a group of its own: "55 11
  // 97342 8816 (Brazil)" on a São Paulo CV.
  if (national && new RegExp(`^${national.code}[\\s.-]`).test(trimmed) && fitsNational(national, digits.slice(national.code.length))) return `+${digits}`;
  // (Or run on into a mobile's first digits, as Malaysians write theirs: "6012-387 4519".)
  if (national?.mobile && digits.startsWith(national.code) && /^\d+-/.test(trimmed) && national.mobile.test(digits.slice(national.code.length)) && fitsNational(national, digits.slice(national.code.length))) return `+${digits}`;
  // British mobiles are 071–075 and 077–079; 070 (personal numbers, and Nigeria's mobiles) and 076 (pagers) are not.
  if (britishMobiles && /^07[1-57-9]\d{8}$/.test(digits)) return `+44${digits.slice(1)}`;
  return digits;
}

/** A label that names the number after it as an identity's or a record's, not a phone's. */
// (And the countries' own: a tax number, "NIP", "NIF"; an identity's, "PESEL", "BSN", "NIN", "DNI", "CPF"; a bank's,
// "BVN"; social security, "N° sécurité sociale", "National Insurance No"; a P.O. Box's, "P.O. Box 78024-00100"; an agency's
// licence on its letterhead, "Autorizada nº 1000000127", "Licence no. 2300471", "Zulassungs-Nr. 4471203"; a licence with
// its number's label only, since a phone may follow "Full UK driving licence".)
const ID_LABEL = /(?:(?<!电话|手机|联系)(?:证书?|管理|编|流水|登记|注册|执业|身份证?)号(?:码)?|(?:执业|资格|职业)证书?|\b(?:ID|NRIC|NIDA|passport|registration|reference|ref\.?)\s*(?:no\.?|number|#)?|\bautori[sz]\w*\s*(?:(?:no|nr|n[º°o])\.?|number|#)?|\b(?:licen[cs]e|licencia|licença|zulassungs?|agr[ée]ment)\s*(?:-?\s*(?:no|nr|n[º°o])\.?|number|#)|(?:\bP\.?\s?O\.?\s?Box|\bPostfach|\bApartado|\bCasilla|\bCaixa Postal)\s*)\s*[:：]?\s*$/iu;
// (The countries' own, only as labels, with their colon: a name or a title ending in one of the words stands before the
// phone in its cell, "Wei Pan   +65 9123 4567", "Head of Tax   +44 7700 900 612". The acronyms only in capitals.)
const OWN_ID_LABEL = /(?:\b(?:NIP|NIF|NIE|NIN|DNI|CPF|CNP|RFC|CURP|PESEL|REGON|BSN|BVN|SSN|TIN|KRA PIN|PIN|PAN|AADHAAR|Aadhaar|IBAN)|\b(?:[Nn]ational [Ii]nsurance|[Ss]ocial [Ss]ecurity|[Ss]écurité [Ss]ociale|[Cc]odice [Ff]iscale|[Tt]ax|[Bb]ank|[Aa]ccount))(?:\s*(?:[Nn]o\.?|[Nn]umber|[Nn]r\.?|N°|#|[Cc]ode|ID))?\s*[:：]\s*$/u;

/** Whether a number is a mobile's, as far as its label or its country's numbering tells; null where neither does. */
export type PhoneKind = 'mobile' | 'landline' | 'other' | null;

/**
 * A label that names a number as someone else's: an agency's submitter, a referrer or a referee, an emergency contact,
 * a relative ("Submitted by: Sneha Kulkarni, +91 …", "推荐人手机", "紧急联系人电话").
 */
// (The English words open or close the label, "Emergency contact: Tom Doe,", "Parents' home:", not a title's:
// "Staff Nurse, Emergency Department", "Emergency Medicine Registrar", "Senior Referee Coordinator", "Mother of two".)
// (In other languages and an agency's row too: "Referenz", "Notfallkontakt", "Contact d'urgence", "Cabinet de recrutement",
// "Personalvermittlung", "Recruiting agency", 猎头顾问.) (Or the person's old number: "Earlier mobile used in Italy (no
// longer active)".)
const OTHER_LABEL = /\b(?:submitted|presented) by\b|\bno longer (?:active|in use|valid|used)\b|\b(?:earlier|previous|former|old) (?:mobile|number|phone|cell)\b|^(?:referees?|referrer|references?|emergency contact|next of kin|spouse|guardian|father|mother|parents?|referenz(?:en)?|notfallkontakt|notfall|contact d['’]urgence|personne à prévenir|cabinet de recrutement|personalvermittlung|personalberat\w*|recruit(?:ing|ment) (?:agency|consultant)|recruiter|agency contact)\b(?!\s+of\s)|猎头|獵頭|\b(?:referee|referrer|reference|emergency contact|next of kin|spouse|guardian|father|mother|parents?)(?:'s?|’s?)?(?:\s+(?:contact|phone|tel|mobile|no\.?|number|home))?\s*[:：]?$|推荐人|推薦人|顾问|顧問|紧急联系|緊急聯絡|证明人|證明人|家长|家長|父亲|父親|母亲|母親|配偶|爱人/i;

/** A label that names a mobile: "Mobile", "Cell", "HP:", "M:", "(m)", 手机, 手機, 手提; Europass's "✆" (its "☎" tells no kind: a landline's or any number's). */
export const MOBILE_LABEL = /(?<![\p{L}])(?:mob(?:ile|il|iel)?|cell(?:ular|phone)?|handphone|handy|whatsapp|gsm|portable|móvil|celular|telemóvel)(?![\p{L}])|(?<![\p{L}])(?:hp|h\/p|m)\s*[:：.]|\([mc]\)|\((?:hp|h\/p)\)|手机|手機|移动电话|移動電話|行動電話|手提|[✆📱]/iu;
/**
 * A label that names a line that is no mobile: home, office, work, landline, a direct line, fax; "H:", "O:", "W:";
 * 座机, 办公电话, 家庭电话, 市話, 住宅, 辦公室. ("Tel", "Phone", "T:" and 电话 name any number: its prefix tells.)
 */
export const LANDLINE_LABEL = /(?<![\p{L}])(?:home|office|work|business|landline|land line|direct(?: line| dial)?|ddi|desk|switchboard|fixed|fax|residence)(?![\p{L}])|(?<![\p{L}])[howf]\s*[:：.]|\([hwo]\)|座机|固话|固定电话|办公|辦公|家庭|家用|宅电|住宅|市话|市話|单位|單位|公司电话/iu;
/** The kind of an E.164 number by its country's mobile prefix, or null where the country's prefixes tell nothing. */
function kindByPrefix(phone: string): PhoneKind {
  const country = WITH_MOBILES.find((n) => phone.startsWith(`+${n.code}`));
  if (!country) return null;
  return country.mobile!.test(phone.slice(country.code.length + 1)) ? 'mobile' : 'landline';
}

/** The countries whose mobiles a prefix tells apart ({@link Numbering}'s `mobile`), longer calling codes first. */
const WITH_MOBILES = (Object.values(NUMBERING) as Numbering[]).filter((n) => n.mobile !== undefined).sort((a, b) => b.code.length - a.code.length);

/**
 * The kind a number's own label gives it: the label in its cell before it (or in the cell before, a form's "Mobile
 * | 0412 …"), or in brackets after it ("+353 1 677 4410 (work)"); someone else's first ("推荐人手机" is the referrer's
 * mobile); a label that names any number ("Tel", 电话) or none leaves it to the number's prefix.
 */
function phoneKind(before: string, after: string, phone: string): PhoneKind {
  const bracket = /^\s*[(（]([^)）]{1,24})[)）]/.exec(after)?.[1];
  // (A phone's glyph is a label too: Europass's "✆" names a mobile.)
  const cells = before.split(/\s{3,}|\s[|·•]\s/).map((c) => c.trim()).filter((c) => /[\p{L}✆📱]/u.test(c));
  // (Or the row's label two cells back, before the other person's name: "Referenz   Jonas Wiegand, 0152 / 63594283".)
  const owner = cells.length >= 2 && /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2},?$/u.test(cells.at(-1)!) ? cells.at(-2) : undefined;
  for (const label of [bracket, cells.at(-1), owner]) {
    if (label === undefined) continue;
    if (OTHER_LABEL.test(label)) return 'other';
    if (MOBILE_LABEL.test(label)) return 'mobile';
    if (LANDLINE_LABEL.test(label)) return 'landline';
  }
  return kindByPrefix(phone);
}

/** Phones in a line. Unlabelled numbers count only when they look like a phone number, not an ID or a range. */
export function findPhones(line: string, region: PhoneRegion | RegionChoice | null = null, britishMobiles = false): string[] {
  return findPhoneKinds(line, region, britishMobiles).map((p) => p.phone);
}

/** {@link findPhones}, with what each number's label or prefix says it is (see {@link PhoneKind}). */
export function findPhoneKinds(given: string, region: PhoneRegion | RegionChoice | null = null, britishMobiles = false): { phone: string; kind: PhoneKind }[] {
  // A national number with its country's code in brackets after it ("087 428 1937 (+353)") is that country's: written
  // as dialled from abroad, without the trunk 0.
  // (Not a range of years or a count before a change in brackets: "Grew revenue 2019-2021 (+35)". The number is set
  // apart from what follows by a cell's gap, as its bracket set it apart.)
  // (A US address's ZIP code before a cell gap is no part of the phone after it: "Manassas, VA 20110   703-555-0182". Its
  // digits are masked, the line's length kept.)
  // (Nor is an IBAN's digits, "GB79 BARC 2455 3964 6312 63": masked the same way.)
  let line = given.replace(/(?<=\b[A-Z]{2} )\d{5}(?:-\d{4})?(?=\s{3,}\(?\d)/g, (zip) => 'x'.repeat(zip.length)).replace(/\b[A-Z]{2}\d{2}(?: ?[A-Z\d]{4}){2,7}(?: ?[A-Z\d]{1,3})?\b/g, (iban) => 'x'.repeat(iban.length)).replace(/(?<![\d+])(0?)(\d[\d .-]{5,14}\d)\s*\(\+(\d{1,3})\)/g, (all: string, trunk: string, national: string, code: string) =>
    national.replace(/\D/g, '').length + trunk.length < 8 || /(?:19|20)\d{2}\s*[-–]\s*(?:19|20)?\d{2}/.test(national) ? all : `+${code} ${national}   `);
  // (A German number with its area code set off by a slash, "0176 / 3411 9082", "089/54 33 21 07": one number.)
  // (Also after the country's code, with or without the trunk 0 in brackets: "+49 (0)151 / 2864 3307", "+49 151 / 2864 3307".)
  line = line.replace(/(?<![\d/.])(0\d{2,5}|\+\d{1,3}\s?(?:\(0\)\s?)?\d{2,5}) ?\/ ?(?=\d[\d ]{3,10}\d(?![\d/.]))/g, (all, code: string) => `${code} `.padEnd(all.length));
  const found: { phone: string; kind: PhoneKind }[] = [];
  let lastEnd = 0;
  const labelled = PHONE_LABEL.test(line);
  // A national number with its country in brackets after it ("055 318 4427 (KSA)", "0412 345 678 (Australia)") is that
  // country's, whatever else the lines name.
  for (const m of line.matchAll(/(?<![\d+])(0\d[\d .-]{6,14}\d)\s*[(（]\s*([^()（）\d]{2,30}?)\s*(?:[-–—,][^()（）]{0,30})?[)）]/gu)) {
    const country = phoneRegionsOf(m[2]!).single;
    const e164 = country ? normalizePhone(m[1]!, country) : null;
    if (e164?.startsWith('+')) line = line.replace(m[1]!, e164.replace(/^(\+\d+)/, '$1 ').padEnd(m[1]!.length));
  }
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
    // (A label's index before its cell's gap is no part of the number: "Telephone number 1   06-48271935".)
    // (One digit: two, "Mobile 44   7700 900321", are a country's code in a cell of its own.)
    if (pieces.length === 2 && /^[1-9]$/.test(pieces[0]!.raw) && /\p{L}\s$/u.test(line.slice(Math.max(0, m.index - 2), m.index)) && PHONE_LABEL.test(line.slice(0, m.index))) return pieces.slice(1);
    return pieces.some((p) => asPhone(p.raw)) ? pieces : whole;
  });
  for (const { raw, index } of candidates) {
    // A long digit run inside a URL or an email is not a phone.
    const before = line.slice(Math.max(0, index - 1), index);
    if (/[/@\w]/.test(before) && !/\s/.test(before) && index > 0 && !/[:：]/.test(before)) continue;
    // Nor a number that goes on from letters by a hyphen or a slash, an identifier's digits ("Application ID:
    // AUC-2026-118734", "Ref. HR/2019/004417"), unless the letters are a phone's label ("Tel-0302 123 456").
    if (/\p{L}[-/]$/u.test(line.slice(Math.max(0, index - 2), index)) && !PHONE_LABEL.test(line.slice(Math.max(0, index - 12), index))) continue;
    // Nor is a number a label names as an identity or a record's ("资格证书管理号   33011090330091", "ID No.: …").
    if (ID_LABEL.test(line.slice(Math.max(0, index - 24), index)) || OWN_ID_LABEL.test(line.slice(Math.max(0, index - 30), index))) continue;
    // Nor a run of a table's figures that ends in a share ("29   90%": months and a percentage in a form's row).
    if (/^\s*%/.test(line.slice(index + raw.length))) continue;
    const phone = normalizePhone(raw, region, britishMobiles);
    if (!phone) continue;
    // (A label names the number after it, or the numbers before it in its cell, "0412 345 678 (mobile)", "9123 4567,
    // 2345 6789 (mobile, home)": not a number before a label of the next cell, "医师执业证   110621000118504   联系电话
    // 139 1934 6028".)
    const labelledHere = labelled && (PHONE_LABEL.test(line.slice(0, index)) || PHONE_LABEL.test(line.slice(index + raw.length).split(/\s{3,}/)[0]!));
    if (!labelledHere && !phone.startsWith('+')) continue;
    // A mainland landline written the national way ("021-5438 7760") is a phone beside its label only: a Chinese CV
    // gives its mobile, and a landline in its header is an employer's or an agency's hotline ("服务热线").
    if (!labelledHere && phone.startsWith('+86') && raw.replace(/\D/g, '').startsWith('0')) continue;
    // A number shorter than ten digits is a phone beside its label only ("NRIC   9123 4567" is no phone).
    if (!labelledHere && !/^\s*(?:\(?\+)/.test(raw) && raw.replace(/\D/g, '').length < 10) continue;
    found.push({ phone, kind: phoneKind(line.slice(lastEnd, index), line.slice(index + raw.length), phone) });
    lastEnd = index + raw.length;
  }
  // A whole national number shorter than the pattern above reads (five to seven digits: "22345" in St Helena, "21 234"
  // in the Cook Islands, "747 239" in Solomon Islands), after its label in its own cell or in the cell before ("Telephone
  // 22345"), where the CV names the one country whose numbers it fits.
  const single = region === null ? null : typeof region === 'string' ? region : region.single;
  const numbering: Numbering | null = single === null ? null : NUMBERING[single];
  if (found.length === 0 && labelled && numbering?.bare !== undefined) {
    for (const m of line.matchAll(/(?<![\d+.\/-]|\d[ .-])\d[\d .-]{3,7}\d(?![\d.\/]|[ .-]\d)/g)) {
      const digits = m[0].replace(/\D/g, '');
      const cells = line.slice(0, m.index).split(/\s{3,}/);
      if (digits.length >= 5 && digits.length <= 7 && numbering.bare.test(digits) && (PHONE_LABEL.test(cells.at(-1)!) || PHONE_LABEL.test(cells.at(-2) ?? ''))) found.push({ phone: `+${numbering.code}${digits}`, kind: null });
    }
  }
  return found;
}

/**
 * A line that is only a place the countries' hints name ("Kuala Lumpur", "Dubai, UAE"): a town under a sidebar's
 * contact lines, which is no one's name.
 */
export function isKnownPlace(text: string): boolean {
  const t = text.trim();
  if (t === '') return false;
  return t.split(/\s*,\s*/).every((part) => Object.values(PLACES).some((n) => {
    const m = n.hint.exec(part);
    return m !== null && m !== undefined && m[0] === part;
  }));
}
