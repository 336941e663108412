/**
 * How well a caller knows a word: common (SCOWL sizes <= 35 in the caller's variety of English, or any word
 * of a local language's list of its most common words), known (real but less common), rare (rare, archaic,
 * slang, abbreviation, or another variety's spelling), a name, or a brand.
 */
export type Familiarity = 'common' | 'known' | 'rare' | 'name' | 'brand';

/** Word classes as bits, so a word with several readings (CALL: verb and noun) is one number. */
export const WORD_CLASS = {
  noun: 1,
  verb: 2,
  /** Past tense, participle or -ing form (BROKEN, MOVING). */
  participle: 4,
  adjective: 8,
  /** Adverbs and particles (NOW, OUT, UP). */
  adverb: 16,
  /** Prepositions and TO (FOR, AT, IN). */
  preposition: 32,
  /** Articles, possessives and other determiners (THE, MY, YOUR). */
  determiner: 64,
  pronoun: 128,
  conjunction: 256,
  interjection: 512,
  /** Auxiliaries and modals (ARE, WAS, CAN): a phrase needs a main verb after them. */
  auxiliary: 1024,
  /** Number words (SIX, TEN): next to kept digits they muddle which digits to dial. */
  numeral: 2048,
  /** A noun that opens many compound nouns in WordNet (CAR, PET, TAX): CAR-WASH, PET-MEDS read as one. */
  modifier: 4096,
  /**
   * An organisation's initialism, said letter by letter (CDC, FTC): it names the body a caller phones only
   * beside an everyday noun (CDC-INFO), never as the object of any verb (LOOK-VFW).
   */
  initialism: 8192,
  /**
   * Not a class: a word some brand list also names as a company (LOGISTICS, DELTA), so a business may have
   * chosen the number for it. Written last, it never becomes the primary class.
   */
  listed: 16384,
  /**
   * Not a class: a proper name a business trades under, a surname, place or brand that SCOWL keeps and
   * another list names too (FORBES, HILTON), not a first name: it may stand beside a toll-free line's
   * digits (FORBES-5) as a brand does (see name-lines.ts). Written last, it never becomes the primary class.
   */
  tradeName: 32768,
  /**
   * Not a class: a US state, its postal code or a country (UTAH, NJ, PERU: see local/cli/place-names.ts), the
   * object of a verb a tourism office or a state's line prints before it (VISIT-NJ, GO-UTAH: see visitsPlace).
   * Written last, it never becomes the primary class.
   */
  place: 65536,
  /**
   * Not a class: an initialism that lists and text write but speech does not say (CNN, NHL: see
   * local/cli/known-initialisms.ts), whose frequency stands in for how many sources know it. It closes no
   * phrase after an everyday noun (NEST-CSS: see nounBeforeName), where only one speech says may (LUNG-USA).
   */
  written: 131072,
  /**
   * Not a class: a brand written as two everyday content words run together (REDBOX, NEWEGG, FITBIT), found by
   * `npm run words` (see local/cli/compound-brands-builder.ts): its caller hears the two words and spells the
   * name from them (see heardCompoundBrand). Written last, it never becomes the primary class.
   */
  compoundBrand: 262144,
} as const;

/** The index's letter for WORD_CLASS.compoundBrand, written after a brand's other tags. */
export const COMPOUND_BRAND_TAG = 's';

const CLASS_LETTERS: Readonly<Record<string, number>> = {
  n: WORD_CLASS.noun,
  v: WORD_CLASS.verb,
  d: WORD_CLASS.participle,
  j: WORD_CLASS.adjective,
  r: WORD_CLASS.adverb,
  p: WORD_CLASS.preposition,
  t: WORD_CLASS.determiner,
  o: WORD_CLASS.pronoun,
  c: WORD_CLASS.conjunction,
  h: WORD_CLASS.interjection,
  x: WORD_CLASS.auxiliary,
  q: WORD_CLASS.numeral,
  m: WORD_CLASS.modifier,
  i: WORD_CLASS.initialism,
  b: WORD_CLASS.listed,
  e: WORD_CLASS.tradeName,
  l: WORD_CLASS.place,
  w: WORD_CLASS.written,
  [COMPOUND_BRAND_TAG]: WORD_CLASS.compoundBrand,
};

/**
 * The variety of English a country's callers speak, as the index's letters write it: A American, C
 * Canadian, U Australian (and New Zealand's), G British (the default elsewhere: most English-speaking
 * countries outside North America and Oceania learnt British spelling).
 */
export function englishVariety(country: string | undefined): string {
  if (country === undefined || country === 'US' || country === 'PR' || country === 'GU' || country === 'VI' || country === 'AS' || country === 'MP') return 'A';
  if (country === 'CA') return 'C';
  if (country === 'AU' || country === 'NZ') return 'U';
  return 'G';
}

/** What the index's letters after a word's frequency say, read for callers of `variety`. */
export interface WordTags {
  familiarity: Familiarity;
  /** WORD_CLASS bits; 0 when unknown (local-language words). */
  classes: number;
  /** The bit of its most frequent class (the first class letter written), 0 when unknown. */
  primary: number;
}

const COMMON_UNTAGGED: WordTags = { familiarity: 'common', classes: 0, primary: 0 };

/**
 * Reads "jnv", "Kn", "AGn" (common only in American and British English), "Nn" (a name), "Mn" (a brand)
 * or "" (a local-language word: common, classes unknown).
 */
function readTags(tags: string, variety: string | undefined): WordTags {
  if (tags === '') return COMMON_UNTAGGED;
  let familiarity: Familiarity = 'common';
  let varieties = '';
  let classes = 0;
  let primary = 0;
  for (const letter of tags) {
    const bit = CLASS_LETTERS[letter];
    if (bit !== undefined) {
      if (classes === 0) primary = bit;
      classes |= bit;
    }
    else if (letter === 'K') familiarity = 'known';
    else if (letter === 'R') familiarity = 'rare';
    else if (letter === 'N') familiarity = 'name';
    else if (letter === 'M') familiarity = 'brand';
    else varieties += letter;
  }
  // SCOWL's variety lists hold spellings (COLOUR, CENTRE; COLOR, CENTER), not vocabulary: a spelling of
  // another variety reads as a misspelling to this caller (HONOR on an Irish number), as foreign as a rare word.
  if (varieties !== '' && (variety === undefined || !varieties.includes(variety))) familiarity = 'rare';
  return { familiarity, classes, primary };
}

/** A word's frequency field in the index, "zipf*100" then its tags, read for callers of `variety`. */
export function readFrequencyField(field: string, variety: string | undefined): WordTags & { zipf: number } {
  let digitsEnd = 0;
  while (digitsEnd < field.length && field.charCodeAt(digitsEnd) <= 57) digitsEnd++;
  const { familiarity, classes, primary } = readTags(field.slice(digitsEnd), variety);
  return { zipf: Number(field.slice(0, digitsEnd)) / 100, familiarity, classes, primary };
}
