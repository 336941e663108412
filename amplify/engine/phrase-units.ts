import { heardWord, type WordEntry } from './dictionary';
import { isNegativeWord } from './negative-words';
import { MIN_COMPOUND_ZIPF, introducesName, isCollocation } from './phrase';
import { SCORING, digitCost } from './scoring';
import type { Segment } from './search';
import { WORD_CLASS } from './word-tags';

/**
 * Weights for phrases that a caller hears as one name, beyond the grammar of phrase.ts: the signals that
 * advertised numbers lean on and random words rarely hit. Nothing here names a word or a number.
 */
export const PHRASE_UNITS = {
  /**
   * Two words WordNet lists as one entry (RED CROSS, NEST EGG, LAW FIRM): a name English already has,
   * heard as one thing, so it outranks a pair that is merely grammatical (SEE-ARMS).
   */
  collocation: 1,
  /**
   * An initialism before an everyday noun (FTC-VEAL, GAO-TEAR) ranks this much below the same noun behind the
   * kept digits it spells (382-VEAL), fill bonus included: on the few numbers it fits, most of them bought
   * for the noun, it is offered as an alternative, never put first.
   */
  nameBelowDigits: 0.05,
  /**
   * An initialism before a noun a line is named by (CDC-INFO, FTC-HELP, FWS-TIPS: see LINE_NOUNS) ranks this
   * much above the same noun behind the kept digits (232-INFO): the pair is how organisations name the lines
   * they pay for, so the letters before INFO name whose line it is. Measured on 3,000 random toll-free
   * numbers, any noun put first FTC-VEAL, NIH-PREY and GAO-TEAR; a line noun follows only bodies' names.
   */
  nameAboveDigits: 0.05,
} as const;

/**
 * What an initialism at start..end of a subscriber number of `length` digits adds before an everyday noun
 * (see namesWithNoun): what those digits kept would cost, less the fill bonus the pair earns as a whole,
 * and PHRASE_UNITS.nameBelowDigits, or plus PHRASE_UNITS.nameAboveDigits when the noun names a line
 * (`lineNoun`: see isLineNoun). The same score, with `lineNoun` false, puts a noun before an initialism
 * (LUNG-USA: see nounBeforeName) below the noun with the initialism's digits kept.
 */
export function nameBeforeNounScore(start: number, end: number, length: number, lineNoun = false): number {
  let score = -SCORING.fill + (lineNoun ? PHRASE_UNITS.nameAboveDigits : -PHRASE_UNITS.nameBelowDigits);
  for (let position = start; position < end; position++) score -= digitCost(position, length);
  return score;
}

/** Digits of a North American exchange, the part of the subscriber number an organisation's initialism may take. */
const NANP_EXCHANGE = 3;

/**
 * Whether `segments` are an organisation's initialism spelling the exchange of a North American toll-free
 * number and then its four digits kept (800-FDA-1088, 800-GMC-8782): the name of the body and its line, as
 * organisations print the lines they pay for. On a local number it would read as letters scattered among
 * a person's digits, and outside North America there is no group for a name to fill.
 */
export function leadsDigits(segments: readonly Segment[]): boolean {
  const [first, ...rest] = segments;
  const word = first?.word;
  return (
    first !== undefined &&
    word !== undefined &&
    first.start === 0 &&
    first.end === NANP_EXCHANGE &&
    isInitialism(word) &&
    word.fullWord === undefined &&
    rest.length > 0 &&
    rest.every((segment) => segment.word === undefined)
  );
}

/** What a pair that reads as a phrase earns beyond SCORING.phrase: more when it is heard as one unit. */
export function unitBonus(first: WordEntry, second: WordEntry): number {
  return isUnit(first, second) ? PHRASE_UNITS.collocation : 0;
}

/**
 * Whether two words are heard as one unit: a pair WordNet lists as one entry (RED CROSS), or a word said
 * twice (RING-RING, KNOCK-KNOCK), which English uses for a sound or for emphasis.
 */
export function isUnit(first: WordEntry, second: WordEntry): boolean {
  return isCollocation(first, second) || (first.fullWord ?? first.word) === (second.fullWord ?? second.word);
}

/**
 * Whether a business's line says one everyday word twice (HUT-HUT, WOW-WOW), filling the number: a chant, a
 * call or a sound, heard as one unit (see isUnit), where two nouns side by side are otherwise a loose pair,
 * refused on a short line (1300-HUT-HUT) and charged everywhere (see SCORING.loosePair); said on through a
 * North American number it is built apart (see repeated-words.ts). A word of three letters or more, written
 * whole, that a caller knows: GO-GO and a stub said twice are left out. Beside a kept digit (GYM-GYM-7,
 * HAT-HAT-1, MAN-MAN-6) it is not offered: on 50,000 random toll-free numbers 17 led their list so, half of
 * them a stutter no business would print, and no list the build reads tells a chant (HUT-HUT, WIN-WIN) from
 * a stutter.
 */
export function saysTwice(first: WordEntry, second: WordEntry): boolean {
  return (
    first.word === second.word &&
    first.fullWord === undefined &&
    second.fullWord === undefined &&
    first.word.length >= REPEATED_WORD_LETTERS &&
    (first.primary & SAID_TWICE_CLASSES) !== 0 &&
    first.familiarity === 'common' &&
    first.zipf >= MIN_COMPOUND_ZIPF &&
    !isNegativeWord(first.word.toLowerCase())
  );
}

/** Letters a word said twice needs (see saysTwice): GO-GO is two syllables a random line spells everywhere. */
const REPEATED_WORD_LETTERS = 3;

/** Classes a word said twice is first read as: a thing, an act or a quality (HUT, WIN, BIG), not WHO-WHO or YOU-YOU. */
const SAID_TWICE_CLASSES = WORD_CLASS.noun | WORD_CLASS.verb | WORD_CLASS.adjective;

/** An organisation's initialism (see WORD_CLASS.initialism). */
export function isInitialism(entry: WordEntry): boolean {
  return (entry.classes & WORD_CLASS.initialism) !== 0;
}

/**
 * Verbs whose object is whom a caller speaks to: an organisation's initialism after one names the body the
 * line reaches (ASK-USPS, CALL-IRS). After any other verb it is no one's object (LOOK-VFW, TRY-NIJ), and
 * WordNet's initialisms fit so many everyday numbers that they would crowd them.
 */
export const SPEAKING_VERBS: ReadonlySet<string> = new Set(['ASK', 'CALL', 'DIAL', 'PHONE', 'TELL', 'TEXT']);

/**
 * Determiners that make a name the caller's own or the listener's (MY-APPLE, YOUR-FEDEX): after any other
 * (HER-EVRI, ANY-HOBBS) a name reads as a stray word, not whom the line reaches.
 */
const OWNING_DETERMINERS: ReadonlySet<string> = new Set(['MY', 'YOUR', 'OUR']);

/**
 * Whether `name` may be the object of `introducer`, a word that introduces names (see introducesName). A
 * rare word (BOLUS, archaic or obscure: see Familiarity) is no one's name: after GO or CALL it reads as the
 * odd word it is (GO-BOLUS was offered before GO-COLTS), so only names and brands are introduced.
 */
export function isObjectName(introducer: WordEntry, name: WordEntry): boolean {
  if (name.familiarity === 'rare') return false;
  if ((introducer.primary & WORD_CLASS.determiner) !== 0 && !OWNING_DETERMINERS.has(introducer.word)) return false;
  return !isInitialism(name) || SPEAKING_VERBS.has(introducer.word);
}

/**
 * Verbs whose object is a shop, a service or a place a caller goes to (SHOP-CVS, BUY-IKEA, RENT-RYDER,
 * BOOK-WESTIN): a closed class, as SPEAKING_VERBS is, said less often than the verbs that introduce any name
 * (see INTRODUCER_ZIPF), so they introduce a brand only (see introducesObjectName), never a person's name
 * or an agency's initialism (SHOP-FBI), and never a common word a brand list also names (SHOP-BUS stays the
 * noun compound it is).
 */
const TRADE_VERBS: ReadonlySet<string> = new Set(['BOOK', 'BUY', 'ORDER', 'RENT', 'SHOP', 'VISIT']);

/**
 * The preposition a business's line may open on before a brand: the line is for that brand (FOR-AUDI), as a
 * dealer's or an agent's is. Not before a person's name or an initialism; not on a person's number.
 */
const BRAND_PREPOSITION = 'FOR';

/**
 * Whether `introducer` introduces `name` as its object: a word that introduces names (see introducesName:
 * CALL-ATT, GO-FEDEX, MY-APPLE) or, on a business's line (`tollFree`), a verb of trade before a brand (see
 * TRADE_VERBS), the name one it may take (see isObjectName). A person's own number is no shop's line.
 */
export function introducesObjectName(introducer: WordEntry, name: WordEntry, tollFree: boolean): boolean {
  // A brand of three letters only said letter by letter (SHOP-CVS): RENT-AVA reads as a verb and a first name.
  const heard = name.word.length >= 4 || !/[AEIOUY]/.test(name.word);
  const trade = tollFree && TRADE_VERBS.has(introducer.word) && introducer.fullWord === undefined && (introducer.classes & WORD_CLASS.verb) !== 0 && name.familiarity === 'brand' && heard;
  // FOR before a brand names whom the line is for, as dealers and agents print theirs (1-800-FOR-AUDI, FOR-AVON).
  const agent = tollFree && introducer.word === BRAND_PREPOSITION && introducer.fullWord === undefined && name.familiarity === 'brand' && heard && isNotableBrand(name) && !isInitialism(name);
  // On a business's line a brand only one list names, at the stand-in frequency (OZON, OKX), is no one a
  // caller knows: after a verb that does not say whom the caller reaches it reads as a stray word or a typo
  // (CUT-OZON, FIND-OKX were rank 1 and 2 on random toll-free numbers, stop 24); after CALL or ASK it is whom the line
  // reaches, after MY the caller's own, after SHOP or BUY the shop (CALL-ATT, SHOP-CVS).
  if (tollFree && isObscureBrand(name) && !TRADE_VERBS.has(introducer.word) && !SPEAKING_VERBS.has(introducer.word) && !OWNING_DETERMINERS.has(introducer.word)) return false;
  // A brand of three letters said as a word (ELI, AVA) is heard as a first name: only a verb of calling takes a
  // person (CALL-ELI); after any other verb it is someone told what to do to them (LIE-ELI led 0800 LIFELINE's list).
  if (!heard && !isInitialism(name) && (introducer.primary & WORD_CLASS.verb) !== 0 && !SPEAKING_VERBS.has(introducer.word)) return false;
  return (trade || agent || introducesName(introducer)) && isObjectName(introducer, name);
}

/** The auxiliary said as a command before the thing to do, as BE is before a state (BE-READY: see readPair). */
const COMMAND_AUXILIARY = 'DO';

/** Letters the noun after DO needs (see commandsDo): DO-LUNCH, not DO-ART or DO-EGG, which two letters before fit everywhere. */
const DONE_NOUN_LETTERS = 4;

/**
 * Whether `first` is DO said as a command and `second` the everyday noun it takes (DO-LUNCH, DO-YOGA,
 * DO-FRUIT, DO-TAXES): an everyday word first read as a noun and never an adjective, said at MIN_COMPOUND_ZIPF
 * or more, whole, and of no negative valence. A noun that is an adjective too reads as a state DO cannot take
 * (DO-PROOF, DO-HICKS were the only two of 25,000 random toll-free lists it changed before that condition).
 * The index knows DO only as an auxiliary, which waits for a verb (DO-BAKE), so the pair read as two words
 * that clash. On a business's line only and the two the whole number (see judgeSpelling),
 * as GO before a noun (GO-FRUIT) stands: on a person's number a stray command.
 */
export function commandsDo(first: WordEntry, second: WordEntry): boolean {
  return (
    first.word === COMMAND_AUXILIARY &&
    first.fullWord === undefined &&
    (second.primary & WORD_CLASS.noun) !== 0 &&
    (second.classes & WORD_CLASS.adjective) === 0 &&
    second.familiarity === 'common' &&
    second.fullWord === undefined &&
    second.word.length >= DONE_NOUN_LETTERS &&
    second.zipf >= MIN_COMPOUND_ZIPF &&
    !isNegativeWord(second.word.toLowerCase())
  );
}

/** The frequency every brand one list names and no corpus holds stands in at (see brandZipf in word-index-builder.ts). */
const ONE_LIST_BRAND_ZIPF = 3;

/** A brand only one list names, not notable (see isNotableBrand): OZON, OKX. */
function isObscureBrand(name: WordEntry): boolean {
  return name.familiarity === 'brand' && name.zipf <= ONE_LIST_BRAND_ZIPF && !isNotableBrand(name);
}

/**
 * The Zipf below which an everyday word a brand list names is heard as the brand when addressed (CANON at
 * 2.99, SEARS at 3.42): a word said more often is heard as itself (OK-HOUSE).
 */
const LISTED_BRAND_MAX_ZIPF = 4;

/**
 * Whether an everyday word is one a brand list names (see WORD_CLASS.listed) and said less than
 * LISTED_BRAND_MAX_ZIPF: introduced or addressed (MY-SEARS, OK-CANON), it is heard as the company's name.
 */
export function isListedBrand(word: WordEntry): boolean {
  return (word.familiarity === 'common' || word.familiarity === 'known') && word.fullWord === undefined && (word.classes & WORD_CLASS.listed) !== 0 && word.zipf < LISTED_BRAND_MAX_ZIPF;
}

/**
 * Verbs that send a caller to a company, not to a thing (GO-HERTZ, GET-DELL): with the verbs of calling and of
 * trade and the possessives, the words that introduce a company by a word a brand list names (see
 * introducesListedBrand). After any other verb said often (LET, LIE, RUN) the word is the thing it names
 * (LET-CODA, LIE-AQUA led random toll-free lines).
 */
const COMPANY_VERBS: ReadonlySet<string> = new Set(['GO', 'GET']);

/** Whether `word` introduces a company named by a word a brand list names (see COMPANY_VERBS). */
function introducesCompany(word: WordEntry): boolean {
  return COMPANY_VERBS.has(word.word) || SPEAKING_VERBS.has(word.word) || TRADE_VERBS.has(word.word) || OWNING_DETERMINERS.has(word.word);
}

/** Letters a word a brand list names needs to be heard as the brand a verb introduces: JEEP, not HUT or ACE. */
const INTRODUCED_LISTED_BRAND_LETTERS = 4;

/**
 * Whether `first` introduces `second` as the company a brand list names it (GO-HERTZ, GET-DELL): a known word
 * (not an everyday one) a brand list names, said less than LISTED_BRAND_MAX_ZIPF and first read as a noun
 * (see isListedBrand), after a word that sends a caller to a company (see introducesCompany). An everyday word
 * after a verb is already its object by grammar (GO-DEPOT, MY-SEARS): trusted as a company too, GET-BASH took
 * GET-CASH's place on a made-up business line. Speech hears HERTZ as a unit and DELL as a valley, so the index gives them no brand's
 * familiarity and a verb before them was read as a verb and a rare noun (GO-HERTZ was not offered beside
 * 46-HERTZ). On a business's line only and the two the whole number (see judgeSpelling), as addressesBrand is:
 * on a person's number the word is the everyday word it is.
 */
export function introducesListedBrand(first: WordEntry, second: WordEntry): boolean {
  return (
    introducesCompany(first) &&
    introducesName(first) &&
    first.fullWord === undefined &&
    isObjectName(first, second) &&
    second.familiarity === 'known' &&
    isListedBrand(second) &&
    (second.primary & WORD_CLASS.noun) !== 0 &&
    second.word.length >= INTRODUCED_LISTED_BRAND_LETTERS
  );
}

/** Zipf a brand needs to be addressed: above the stand-in frequency the index gives a brand one list names. */
const ADDRESSED_BRAND_MIN_ZIPF = 3;

/**
 * Words a caller says to address a brand, as a voice assistant is woken (OK-CANON, HEY-FEDEX): a closed
 * class, as SPEAKING_VERBS is. OK is the index's name (SUBTLEX writes it in capitals), so it stands only here.
 */
const ADDRESSING_WORDS: ReadonlySet<string> = new Set(['HEY', 'OK']);

/**
 * Whether `first` addresses `second` as a brand: a word of ADDRESSING_WORDS before a brand of four letters or
 * more that speech says or several lists name, or an everyday word a brand list names (CANON: see WORD_CLASS.listed) said less than
 * LISTED_BRAND_MAX_ZIPF, read as the company's name. On a business's line only and the two the whole number
 * (see judgeSpelling): before any other word OK and HEY are a stray word, and on a person's number a
 * stranger's company.
 */
export function addressesBrand(first: WordEntry, second: WordEntry): boolean {
  // ...a noun first (CANON), as a company's name is: a verb (OK-GLIDE) reads as an odd call to act.
  const listed = isListedBrand(second) && (second.primary & WORD_CLASS.noun) !== 0;
  // A brand one list names (AMCOR, at the index's stand-in frequency) is no caller's: OK-AMCOR led a random line.
  const brand = (second.familiarity === 'brand' && second.zipf > ADDRESSED_BRAND_MIN_ZIPF) || listed;
  return ADDRESSING_WORDS.has(first.word) && first.fullWord === undefined && second.fullWord === undefined && second.word.length >= 4 && brand;
}

/**
 * A country's initialism a business prints before its brand on a North American toll-free line (USA-FORD,
 * US-KODAK: the brand's arm in the country the line serves): a closed class, as ADDRESSING_WORDS is.
 */
const COUNTRY_INITIALISMS: ReadonlySet<string> = new Set(['US', 'USA']);

/**
 * Whether `first` is a country's initialism before `second`, a notable brand of four letters or more (FORD,
 * IKEA, KODAK: see WORD_CLASS.tradeName), not a name a brand list shares with first names and places (USA-PAUL,
 * USA-ROME) nor a brand one list names (USA-OKTA) nor a possessive (US-AUDIS). On a business's line only and the two the whole number (see judgeSpelling), as
 * addressesBrand is: US before anything else is the pronoun, and USA-AMCOR names a brand no caller knows.
 */
export function namesCountryBrand(first: WordEntry, second: WordEntry): boolean {
  return countryBeforeBrand(first, second) || countryBeforeBrand(second, first);
}

/**
 * A country's initialism and a notable brand (see namesCountryBrand), in either order: after the brand it is
 * the brand's arm in that country as well (1-800-NIKON-US), as advertisers print it.
 */
function countryBeforeBrand(country: WordEntry, brand: WordEntry): boolean {
  return COUNTRY_INITIALISMS.has(country.word) && country.fullWord === undefined && isNotableBrand(brand) && brand.fullWord === undefined && brand.word.length >= 4;
}

/** A brand several lists name, a dictionary keeps or subtitles say often, that no speech corpus holds (KIA, DHL, KODAK, REEBOK: see WORD_CLASS.tradeName). */
export function isNotableBrand(word: WordEntry): boolean {
  return word.familiarity === 'brand' && (word.classes & WORD_CLASS.tradeName) !== 0;
}

/**
 * Whether an organisation's initialism names the body an everyday noun after it belongs to (CDC-INFO,
 * FTC-HELP, FWS-TIPS): the caller hears whom the line is for and what it offers. The noun must be one a
 * caller says often and hears whole, and not a word of negative valence (see SCORING.negative); the pair stands only as the whole number (see judgeSpelling). Other
 * brands are left out: most are products (JSON, LUA), not bodies that answer a phone line.
 */
export function namesWithNoun(first: WordEntry, second: WordEntry): boolean {
  return (
    isInitialism(first) &&
    second.familiarity === 'common' &&
    (second.fullWord === undefined || isCutLineNoun(first, second)) &&
    (second.classes & WORD_CLASS.noun) !== 0 &&
    second.word.length >= 3 &&
    second.zipf >= MIN_COMPOUND_ZIPF &&
    // A body names its line by what it offers, never by a word of negative valence (GCC-EVIL, NIJ-HURT).
    !isNegativeWord(heardWord(second))
  );
}

/**
 * Nouns an organisation names the line it pays for by: what a caller phones it for (CDC-INFO, TAX-HELP,
 * FED-INFO, PET-CARE). A closed class, like the verbs that introduce a name (see SPEAKING_VERBS): English
 * pairs few nouns with another noun, but these follow any everyday noun a line is about.
 */
export const LINE_NOUNS: ReadonlySet<string> = new Set(['CARE', 'DESK', 'HELP', 'INFO', 'LINE', 'TIPS']);

/**
 * Whether `second` is a noun a line is named by (see LINE_NOUNS) cut by its last letter after an initialism of
 * four letters (FEMA-HEL(P), NOAA-INF(O)): a body's initialism of four letters leaves three keys of a North
 * American toll-free number, and its line is printed whole all the same, the last letter dialled into nothing.
 */
function isCutLineNoun(first: WordEntry, second: WordEntry): boolean {
  return first.word.length === CUT_LINE_NOUN_INITIALISM && second.fullWord !== undefined && second.fullWord.length === second.word.length + 1 && LINE_NOUNS.has(second.fullWord);
}

/** Letters of the initialism a cut noun a line is named by follows (see isCutLineNoun). */
const CUT_LINE_NOUN_INITIALISM = 4;

/** Whether `word` is a noun a line is named by (see LINE_NOUNS), written whole. */
export function isLineNoun(word: WordEntry): boolean {
  return LINE_NOUNS.has(word.word) && word.fullWord === undefined;
}

/**
 * Whether an everyday noun and a noun a line is named by (see LINE_NOUNS) name a business's line: the
 * subject of the line and what it offers. On a person's number two such nouns stay a loose pair (see
 * judgeSpelling); the two must be the whole number.
 */
export function namesLine(first: WordEntry, second: WordEntry): boolean {
  return (
    LINE_NOUNS.has(second.word) &&
    second.fullWord === undefined &&
    first.fullWord === undefined &&
    (first.primary & WORD_CLASS.noun) !== 0 &&
    first.familiarity === 'common' &&
    first.zipf >= MIN_COMPOUND_ZIPF
  );
}

/**
 * Prepositions that open what a business offers by how, for what or from where (FOR-RENT, VIA-RAIL,
 * WITH-CARE, FROM-HOME): a closed class, as the particles are. The two-letter ones (BY, TO, IN, ON, AT)
 * head a phrase only where WordNet lists it (IN-STOCK, AT-HOME: see readPair), TO also before a brand's word
 * (TO-WELLS: see headsPhrase): before any noun they put
 * words a business never chose in front of a caller (BY-KNIFE, BY-SISSY, BY-DEMON, 16 more of the offensive
 * sweep's entries on toll-free numbers). OF and AS start a phrase that stops short (OF-WINNE, AS-DUCK).
 */
const HEADING_PREPOSITIONS: ReadonlySet<string> = new Set(['FOR', 'FROM', 'INTO', 'NEAR', 'VIA', 'WITH']);

/**
 * Whether a preposition and an everyday noun after it name a business's service (see HEADING_PREPOSITIONS):
 * grammar that WordNet lists only for some pairs (AT-HOME, ON-TIME), on a business's line only and the two
 * the whole number, as advertisers print it; on a person's number it stays a fragment (see readPair).
 */
export function headsPhrase(first: WordEntry, second: WordEntry): boolean {
  // TO before a word a brand list also names is the way to the company (TO-WELLS), as a caller is sent there.
  const toCompany = first.word === 'TO' && (second.classes & WORD_CLASS.listed) !== 0;
  return (
    (HEADING_PREPOSITIONS.has(first.word) || toCompany) &&
    (first.primary & WORD_CLASS.preposition) !== 0 &&
    first.fullWord === undefined &&
    second.fullWord === undefined &&
    (second.primary & WORD_CLASS.noun) !== 0 &&
    second.familiarity === 'common' &&
    second.word.length >= HEADED_NOUN_LETTERS &&
    second.zipf >= MIN_COMPOUND_ZIPF
  );
}

/** Letters the noun after a heading preposition needs: FOR-RENT, not FOR-EAR. */
const HEADED_NOUN_LETTERS = 4;

/**
 * Whether an everyday noun names what an organisation's or a nation's initialism after it offers or serves
 * (LUNG-USA, HELP-USA), as namesWithNoun reads the two the other way round (USA-RAIL, CDC-INFO): on a
 * business's line only, the two the whole number, and offered below the noun with the initialism's digits
 * kept (see nameBeforeNounScore), since nothing tells which body owns a random line.
 */
export function nounBeforeName(first: WordEntry, second: WordEntry): boolean {
  return second.zipf > SPOKEN_NAME_ZIPF && (second.classes & WORD_CLASS.written) === 0 && first.word.length >= NOUN_BEFORE_NAME_LETTERS && namesWithNoun(second, first);
}

/**
 * Letters the noun before an initialism needs: it is scored as the noun beside the initialism's digits kept,
 * which a three-letter word does not earn (PUP-NATO would outrank the plain number as PUP-6286 never could).
 */
const NOUN_BEFORE_NAME_LETTERS = 4;

/**
 * The stand-in frequency the index gives names no corpus counts (see NAME_LINE.minZipf): an initialism
 * closing a phrase must be one speech says (USA, FBI), or any noun would take one of the hundreds only
 * lists write (TOWN-IRS, DUTY-FWS); one whose frequency stands in for the sources that write it is marked
 * so (see WORD_CLASS.written: NEST-CSS, DUCT-NHL).
 */
const SPOKEN_NAME_ZIPF = 3;

/**
 * Verbs a tourism office, a state's line or an airline prints before a place (VISIT-NJ, GO-UTAH, SEE-OHIO,
 * I-LOVE-NY, FLY-PERU): a closed class, as TRADE_VERBS is, of the verbs whose object is where a caller goes
 * or what they feel for it.
 */
const PLACE_VERBS: ReadonlySet<string> = new Set(['DISCOVER', 'EXPLORE', 'FLY', 'GO', 'LOVE', 'SEE', 'TOUR', 'VISIT']);

/**
 * Whether `first` is a verb of PLACE_VERBS and `second` a place after it (see WORD_CLASS.place): a state's
 * name or postal code or a country, its name perhaps cut by the number's end (GO-MONTA(NA)). On a
 * business's line only, the place closing the whole number (see judgeSpelling): a person's number is no
 * tourism office's, and a postal code anywhere else is two letters of a random string.
 */
export function visitsPlace(first: WordEntry, second: WordEntry): boolean {
  // A place the index calls rare (CHAD, a first name more than a country to the corpus) reads as someone: SEE-CHAD.
  return PLACE_VERBS.has(first.word) && first.fullWord === undefined && (first.classes & WORD_CLASS.verb) !== 0 && (second.classes & WORD_CLASS.place) !== 0 && second.familiarity !== 'rare';
}

/** The stand-in frequency the index gives a place no corpus says (see PLACE_RULES in local/cli/word-index-builder.ts). */
const UNSPOKEN_PLACE_ZIPF = 3;

/**
 * Whether `word` is a state's postal code that speech never says as a word (NJ, TX; not OK or ME): it stands
 * only closing a business's line after a verb of travel (VISIT-NJ: see visitsPlace), so the search tries it
 * nowhere else: two letters fit most pairs of digits, and each would be one more reading to weigh.
 */
export function isUnspokenPostalCode(word: WordEntry): boolean {
  return word.word.length === 2 && word.familiarity === 'name' && (word.classes & WORD_CLASS.place) !== 0 && word.zipf <= UNSPOKEN_PLACE_ZIPF;
}
