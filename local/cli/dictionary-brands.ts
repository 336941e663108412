import type { ProperNames } from './proper-names';
import { synsetLemmas, wordnetFile } from './wordnet';

/**
 * Brands no brand list holds, read from two maintained dictionaries (stop 24): household products, drinks,
 * drugs, hotels and franchises (COLGATE, GATORADE, TYLENOL, SHERATON) that the name-suggestion-index (brands
 * with shops), cspell's companies (mostly software) and simple-icons miss. Each is one more brand list for
 * the index (see readIndexSources in word-index-builder.ts), so a brand also named by WordNet's trade names or
 * by another list counts two. Only the build reads these.
 */
export interface DictionaryBrands {
  /** SCOWL's proper names that no list of people or places and no WordNet sense claims (see unclaimedNames), capitalised. */
  scowl: readonly string[];
  /** Names WordNet's glosses call trade names or trademarks (see tradeNames), capitalised. */
  trademarks: readonly string[];
}

/**
 * Letters a dictionary's brand needs: a brand of seven fills a North American business's number, one of eight
 * or more is cut by the number's end. Shorter, an unclaimed name of SCOWL (of which about one in six is a brand,
 * see docs/vanity-engine.md) would stand in phrases and beside digits on many lines; this long it spells one key.
 */
const MIN_DICTIONARY_BRAND_LETTERS = 7;

/**
 * Letters a dictionary's brand may have at most: a brand of nine or more letters fills the number cut by two,
 * which the search allows any brand (see longWordsCut in search.ts), and SCOWL's unclaimed names that long are
 * mostly people's and places' (RAMANUJAN, PODGORICA, KUIBYSHEV took random lines so); a trade name so long
 * (BREVIBLOC) reads, cut by two, as a stub.
 */
const MAX_DICTIONARY_BRAND_LETTERS = 8;

/**
 * WordNet's lexicographer files of the senses a brand may have beside its own: artifacts (a WALKMAN, a
 * ZAMBONI), foods (CHEERIOS), substances (LYCRA, VASELINE) and groups (companies: ALCOA). A capitalised name
 * WordNet gives any other sense is heard as that: a star (ALNILAM), a river, a language, a faith, a time.
 */
const BRAND_SENSE_FILES: ReadonlySet<string> = new Set(['06', '13', '14', '27']);

/** WordNet's lexicographer files of people (noun.person) and places (noun.location). */
const PERSON_AND_PLACE_FILES: ReadonlySet<string> = new Set(['15', '18']);

/** A gloss that opens by calling its synset a trademark or a brand (VELVEETA: "trademark: soft processed American cheese"). */
const TRADEMARK_GLOSS = /^\s*(\(trademark\)|trademark(ed)?\b|a trademarked\b|a brand of\b|trade ?name (of|for)\b)/i;

/** The names a gloss gives as trade names: "(trade name Benadryl)", "(trade names Ventolin or Proventil)". */
const TRADE_NAMES = /trade ?names? ((?:[A-Z][A-Za-z-]*(?:,? (?:or |and )?)?)+)/g;

/**
 * One-word names, lower-case, that WordNet's noun glosses call a trade name (TRADE_NAMES) or whose synset's
 * gloss opens by calling it a trademark or a brand (TRADEMARK_GLOSS): drugs (BENADRYL, PLAVIX), foods
 * (VELVEETA), goods (VASELINE). A generic name beside them (doxycycline, in "Vibramycin is the trade name of
 * doxycycline") is not one.
 */
export function tradeNames(dataNoun: string): Set<string> {
  const names = new Set<string>();
  for (const line of dataNoun.split('\n')) {
    if (line.startsWith(' ')) continue;
    const fields = line.split(' ');
    const gloss = line.slice(line.indexOf('|') + 1);
    for (const match of gloss.matchAll(TRADE_NAMES)) {
      for (const name of (match[1] ?? '').split(/,? (?:or |and )?/)) if (/^[A-Z][a-z]+$/.test(name)) names.add(name.toLowerCase());
    }
    if (!TRADEMARK_GLOSS.test(gloss)) continue;
    for (const lemma of synsetLemmas(fields)) {
      if (/^[A-Za-z]+$/.test(lemma)) names.add(lemma.toLowerCase());
    }
  }
  return names;
}

/** What may claim a capitalised name as something other than a brand. */
export interface NameClaims {
  /** First names and surnames (cspell's people names, the stdlib first names), lower-case. */
  people: ReadonlySet<string>;
  /** Countries and US states (see place-names.ts), lower-case. */
  places: ReadonlySet<string>;
}

/**
 * SCOWL's proper names (see scowlProperNames) of seven or eight letters (see isBrandLength) that nothing
 * else claims: no people's or place list (`claims`, and WordNet's people and places, `names.placesAndPeople`),
 * no word of a WordNet person's or place's name of several words (Andrew_Jackson, Sri_Lanka), no WordNet
 * sense but a brand's (see BRAND_SENSE_FILES) and no adjective, verb or adverb WordNet writes (ANDEAN,
 * HEBRAIC). What is left is mostly brands and bodies (GATORADE, COLGATE, NABISCO, INSTAGRAM), with the
 * places and scholars no installed list names (about one in six a brand: see docs/vanity-engine.md), so it
 * stands alone only where the name fills a business's number; cut short it needs a second list.
 */
export function unclaimedNames(names: ProperNames, claims: NameClaims, wordnet: { dataNoun: string; others: readonly string[] }): string[] {
  const otherSense = new Set<string>();
  const partOfName = new Set<string>();
  for (const line of wordnet.dataNoun.split('\n')) {
    if (line.startsWith(' ')) continue;
    const fields = line.split(' ');
    const file = fields[1] ?? '';
    for (const lemma of synsetLemmas(fields)) {
      if (/^[A-Z][a-z]+$/.test(lemma) && !BRAND_SENSE_FILES.has(file)) otherSense.add(lemma.toLowerCase());
      const words = lemma.split('_');
      if (words.length > 1 && PERSON_AND_PLACE_FILES.has(file)) for (const word of words) partOfName.add(word.toLowerCase());
    }
  }
  for (const text of wordnet.others) {
    for (const line of text.split('\n')) {
      if (line.startsWith(' ')) continue;
      for (const lemma of synsetLemmas(line.split(' '))) otherSense.add(lemma.replace(/\(.*\)$/, '').toLowerCase());
    }
  }
  const known = (name: string): boolean => claims.places.has(name) || names.placesAndPeople.has(name) || names.sacred.has(name) || partOfName.has(name) || otherSense.has(name);
  const claimed = (name: string): boolean => claims.people.has(name) || names.people.has(name) || known(name);
  // A plural of a people, a place or a thing WordNet knows (IDAHOES, IRISHMEN, HANUKKAHS, DELILAHS) is theirs; a
  // surname's -s is a firm's possessive (FOLGERS, BARCLAYS, HARRODS, WALGREENS), as a brand writes it.
  const pluralOfName = (name: string): boolean => singulars(name).some(known);
  return names.scowl.filter((name) => isBrandLength(name) && !claimed(name) && !pluralOfName(name));
}

/** Whether a dictionary's name has the letters of a brand it may take (see MIN_ and MAX_DICTIONARY_BRAND_LETTERS). */
function isBrandLength(name: string): boolean {
  return name.length >= MIN_DICTIONARY_BRAND_LETTERS && name.length <= MAX_DICTIONARY_BRAND_LETTERS;
}

/** The singulars a plural may have (IRISHMEN: irishman; IDAHOES: idaho; DELILAHS: delilah). */
function singulars(name: string): string[] {
  return [name.replace(/men$/, 'man'), name.replace(/es$/, ''), name.replace(/s$/, '')].filter((form) => form !== name);
}

/** The dictionaries' brands (see DictionaryBrands), read from the installed SCOWL and WordNet. */
export function readDictionaryBrands(names: ProperNames, claims: NameClaims): DictionaryBrands {
  const dataNoun = wordnetFile('data.noun');
  const capitalised = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
  return {
    scowl: unclaimedNames(names, claims, { dataNoun, others: ['data.adj', 'data.verb', 'data.adv'].map(wordnetFile) }).map(capitalised),
    trademarks: [...tradeNames(dataNoun)].filter(isBrandLength).sort().map(capitalised),
  };
}
