import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { foldBlockedWords } from '../cli/language-index-builder';

/**
 * Maintained bad-word lists from packages other than the ones the engine's blocked lists started from
 * (naughty-words, cuss, obscenity), read the way each package ships them, to measure the engine against
 * lists it was not built from. Entries are folded to keypad letters as the engine folds its own (accents
 * off, phrases run together); leetspeak spellings (A55, B1TCH) hold digits and drop out, since a word
 * of a vanity number is letters only.
 */
export interface IndependentList {
  /** The package and, where it ships several, the language file. */
  name: string;
  /** ISO 639-1 code of the language the entries are in. */
  language: string;
  terms: readonly string[];
  /**
   * Held out: never blocked with nor read to choose what to block, so its sweep measures how the engine
   * does on a list it has not seen. The others feed the engine's maintained blocked lists (npm run
   * blocked-words), English ones whole, translated local ones as english-blocked-builder.ts filters them.
   */
  heldOut: boolean;
  /** Machine-translated from an English list: its everyday words are often innocent (Dutch EZEL, donkey, for ass). */
  translated: boolean;
  /**
   * Only its entries that are no everyday word are blocked (see english-blocked-builder.ts): translated lists,
   * and lists of words that may offend in some use (profanities, profane-words), whose everyday entries are
   * as often innocent (AFRICA, BANANA, CHUG, Spanish ANDA, Italian ARANDO) as slurs. Blocking a rare entry
   * costs the engine next to nothing; blocking an everyday one costs the words a business advertises.
   */
  rareOnly: boolean;
  /**
   * A list of profanity whose author filtered ordinary words out (profane-words: "a semi-comprehensive list of
   * profanity", "some 'ok words' filtered out"), not a list of words that may offend in some use: below Zipf 4
   * its everyday entries are the offence too (see profaneEntries in english-blocked-builder.ts).
   */
  profanityOnly: boolean;
}

const require = createRequire(import.meta.url);

/** A package's own file, read from the project's node_modules: several export no such path. */
function packagePath(name: string, file: string): string {
  return fileURLToPath(new URL(`../../node_modules/${name}/${file}`, import.meta.url));
}

function packageFile(name: string, file: string): string {
  return readFileSync(packagePath(name, file), 'utf8');
}

function lines(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length > 0 && !line.startsWith('#'));
}

function badWords(): string[] {
  // bad-words is an ES module; its list is badwords-list's plus its own, both plain CommonJS arrays.
  const local = (require(packagePath('bad-words', 'dist/lang.js')) as { localList: string[] }).localList;
  const base = (require(packagePath('badwords-list', 'dist/array.js')) as { array: string[] }).array;
  return [...base, ...local];
}

function twoToad(language: string): string[] {
  const { profaneWords } = require('@2toad/profanity') as { profaneWords: Map<string, string[]> };
  return profaneWords.get(language) ?? [];
}

function soap(language: string): string[] {
  const lists = JSON.parse(packageFile('washyourmouthoutwithsoap', 'data/build.json')) as Record<string, string[] | undefined>;
  return lists[language] ?? [];
}

function google(language: string): string[] {
  return lines(packageFile('@coffeeandfun/google-profanity-words', `data/${language}.txt`));
}

/** wooorm's profanities: English in its main file, native lists of other languages beside it. */
function profanities(file: string): string[] {
  return (require(packagePath('profanities', file)) as { profanities: string[] }).profanities;
}

/** curse-filter's list of a language, an ES module of one default array. */
function curseFilter(code: string): string[] {
  return (require(packagePath('curse-filter', `lib/langs/${code}.js`)) as { default: string[] }).default;
}

/**
 * profanity-js's English list (its dictionary holds an American English and a Brazilian Portuguese list;
 * the Portuguese one is left out: the engine spells Portugal's numbers, and its entries are European
 * Portuguese's only by chance).
 */
function profanityJs(): string[] {
  const dictionary = (require(packagePath('profanity-js', 'dist/src/data/dictionary.js')) as { default: Record<string, { words: string[] } | undefined> }).default;
  return dictionary['en-us']?.words ?? [];
}

/** allprofanity's native list of a language (its file names: german-words.js...), an ES module of one default array. */
function allProfanity(file: string): string[] {
  return (require(packagePath('allprofanity', `dist/languages/${file}-words.js`)) as { default: string[] }).default;
}

/**
 * glin-profanity's list of a language. The package exports a filter, not its lists: they sit in its
 * bundle as `var <language>_default = { words: [...] }`, read here as the JSON array they are written as.
 */
function glinProfanity(name: string): string[] {
  const bundle = packageFile('glin-profanity', 'dist/index.cjs');
  const start = bundle.indexOf(`var ${name}_default = {`);
  const open = bundle.indexOf('[', start);
  const close = bundle.indexOf(']', open);
  if (start < 0 || open < 0 || close < 0) throw new Error(`glin-profanity holds no list named ${name}`);
  // JSON has no \xHH escape: written as the \u00HH it stands for.
  return JSON.parse(bundle.slice(open, close + 1).replace(/\\x([0-9A-Fa-f]{2})/g, '\\u00$1')) as string[];
}

/**
 * bad-words-next's dictionary of a language (shipped hex-encoded since 3.0). Its entries are patterns: `*`
 * any letters before or after, `+` a letter repeated, `_` a space or mark between words; read here as the
 * plain word each stands for (ar+se: ARSE, hija_de_puta: HIJADEPUTA).
 */
function badWordsNext(code: string): string[] {
  const { words } = require(packagePath('bad-words-next', `lib/${code}.cjs`)) as { words: string[] };
  return words.map((word) => word.replace(/[*+_]/g, ''));
}

/** no-profanity's English list (a few entries carry bad-words-next's `*` for any letters). */
function noProfanity(): string[] {
  return (require(packagePath('no-profanity', 'lib/en.js')) as { list: string[] }).list.map((word) => word.replace(/\*/g, ''));
}

/** censor-sensor's English words, every tier (1 slurs, 2 common profanity, 3 sexual, 4 possibly offensive). */
function censorSensor(): string[] {
  return Object.keys(JSON.parse(packageFile('censor-sensor', 'locales/en.json')) as Record<string, number>);
}

/** wordfilter's list (Darius Kazemi's filter for text generators): slurs and insults, English. */
function wordfilter(): string[] {
  return JSON.parse(packageFile('wordfilter', 'lib/badwords.json')) as string[];
}

/** badwords-filter's English filter set (slurs, sexual terms and self-harm taunts such as KILL YOURSELF). */
function badwordsFilter(): string[] {
  return (JSON.parse(packageFile('badwords-filter', 'filtersets/en.json')) as { filter: string[] }).filter;
}

/** eslint-plugin-censor's black list: English swears and pejoratives, many as word stems (BUNGHOL, DARKI), phrases as arrays of words. */
function eslintCensor(): string[] {
  const entries = JSON.parse(packageFile('eslint-plugin-censor', 'lib/words/blackList.json')) as (string | string[])[];
  return entries.map((entry) => (typeof entry === 'string' ? entry : entry.join(' ')));
}

/**
 * lorembarnak's Québécois swears (sacres: TABARNAK, CALISSE, CIBOIRE and their softened forms), French. The
 * package exports a text generator, not its list: the families sit in its bundle as one array of arrays of
 * strings, read here as the JSON it is written as (less its trailing commas).
 */
function lorembarnak(): string[] {
  const bundle = packageFile('lorembarnak', 'dist/index.js');
  const start = bundle.indexOf('function getAllSwears()');
  const opening = start < 0 ? -1 : bundle.indexOf('return [', start);
  const open = opening + 'return '.length;
  const close = opening < 0 ? -1 : bundle.indexOf('];', open);
  // A new release may write its bundle otherwise: say so rather than parse the wrong slice.
  if (close < 0) throw new Error('lorembarnak holds no list of swears');
  return (JSON.parse(bundle.slice(open, close + 1).replace(/,(\s*\])/g, '$1')) as string[][]).flat();
}

/**
 * profanity-hindi's Hindi list: Hindi and Urdu swearing written in Latin letters (CHUTIYA, GAANDU, BEHENCHOD),
 * as millions of callers in the UK and the US write and hear it. The engine spells no Hindi, but an English
 * number whose letters spell one of these is heard by them all the same. (Its English list copies badwords-list.)
 */
function profanityHindi(): string[] {
  return Object.keys(require(packagePath('profanity-hindi', 'data/hindi-bad-words.js')) as Record<string, number>);
}

/**
 * profanities' Arabic in Latin letters (Arabizi: SHARMOOTA, KOSOMAK, KHANZEER), as Arabic speakers in Britain,
 * Australia and North America write and hear it. The engine reads profanities' English and Romance lists only;
 * entries written with digits for Arabic letters (3ars, 7mar) drop out, as every digit-bearing entry does.
 */
function profanitiesArabizi(): string[] {
  return profanities('ar-latn.js');
}

/** glin-profanity's lists of the local languages, by its names for them. */
const GLIN_LANGUAGES: Readonly<Record<string, string>> = {
  cs: 'czech', da: 'danish', de: 'german', es: 'spanish', fi: 'finnish', fr: 'french', hu: 'hungarian', it: 'italian',
  nl: 'dutch', no: 'Norwegian', pl: 'polish', pt: 'portuguese', sv: 'swedish', tr: 'turkish',
};

/** allprofanity's native lists of the local languages, by its file names (Brazilian for Portuguese). */
const ALLPROFANITY_LANGUAGES: Readonly<Record<string, string>> = { de: 'german', es: 'spanish', fr: 'french', pt: 'brazilian' };

function make(
  name: string,
  language: string,
  entries: readonly string[],
  kind: { heldOut?: boolean; translated?: boolean; rareOnly?: boolean; profanityOnly?: boolean } = {},
): IndependentList {
  const translated = kind.translated ?? false;
  return {
    name,
    language,
    terms: foldBlockedWords(entries).filter((term) => term.length >= 3),
    heldOut: kind.heldOut ?? false,
    translated,
    rareOnly: kind.rareOnly ?? translated,
    profanityOnly: kind.profanityOnly ?? false,
  };
}

/**
 * Every independent list, English first; washyourmouthoutwithsoap has no Norwegian, so Danish stands in.
 * Held out: curse-filter's and profanity-js's English lists (curse-filter's local ones copy washyourmouthoutwithsoap,
 * google-profanity-words and french-badwords-list, read here already), google-profanity-words es and fr, and
 * Danish for Norwegian.
 * profane-words was held out until the engine read its rare entries. bad-words-next (en, de, es, fr, pl),
 * no-profanity and censor-sensor are held out too (stop 19); wordfilter, badwords-filter, eslint-plugin-censor and
 * lorembarnak (Québécois French) since stop 21; romanized Hindi (profanity-hindi, glin-profanity's hi) over
 * English numbers since stop 22.
 */
export function independentLists(): IndependentList[] {
  return [
    make('bad-words', 'en', badWords()),
    make('profane-words', 'en', require('profane-words') as string[], { rareOnly: true, profanityOnly: true }),
    make('profanities', 'en', profanities('index.js'), { rareOnly: true }),
    make('curse-filter', 'en', curseFilter('en'), { heldOut: true }),
    make('profanity-js', 'en', profanityJs(), { heldOut: true }),
    make('leo-profanity', 'en', JSON.parse(packageFile('leo-profanity', 'dictionary/default.json')) as string[]),
    make('@2toad/profanity', 'en', twoToad('en')),
    make('google-profanity-words', 'en', google('en')),
    make('swearjar', 'en', Object.keys(JSON.parse(packageFile('swearjar', 'lib/config/en_US.json')) as Record<string, string[]>)),
    make('washyourmouthoutwithsoap', 'en', soap('en')),
    make('@2toad/profanity de', 'de', twoToad('de'), { translated: true }),
    make('@2toad/profanity es', 'es', twoToad('es'), { translated: true }),
    make('@2toad/profanity fr', 'fr', twoToad('fr'), { translated: true }),
    make('@2toad/profanity it', 'it', twoToad('it'), { translated: true }),
    make('@2toad/profanity pt', 'pt', twoToad('pt'), { translated: true }),
    make('french-badwords-list', 'fr', lines(packageFile('french-badwords-list', 'list.txt'))),
    make('italian-badwords-list', 'it', require('italian-badwords-list/lib/array') as string[]),
    ...(['es', 'fr', 'it', 'pt'] as const).map((language) => make(`profanities ${language}`, language, profanities(`${language}.js`), { rareOnly: true })),
    ...Object.entries(GLIN_LANGUAGES).map(([language, name]) => make(`glin-profanity ${language}`, language, glinProfanity(name), { rareOnly: true })),
    ...Object.entries(ALLPROFANITY_LANGUAGES).map(([language, file]) => make(`allprofanity ${language}`, language, allProfanity(file), { rareOnly: true })),
    make('google-profanity-words es', 'es', google('es'), { heldOut: true }),
    make('google-profanity-words fr', 'fr', google('fr'), { heldOut: true }),
    ...['de', 'es', 'fr', 'it', 'nl', 'pt', 'sv', 'da', 'pl', 'fi', 'cs', 'hu', 'tr'].map((language) =>
      make(`washyourmouthoutwithsoap ${language}`, language, soap(language), { translated: true }),
    ),
    make('washyourmouthoutwithsoap da (for no)', 'no', soap('da'), { heldOut: true, translated: true }),
    // Held out since stop 19, as stand-ins for lists we never see: never read to choose what to block.
    make('bad-words-next', 'en', badWordsNext('en'), { heldOut: true }),
    ...(['de', 'es', 'fr', 'pl'] as const).map((language) => make(`bad-words-next ${language}`, language, badWordsNext(language), { heldOut: true })),
    make('no-profanity', 'en', noProfanity(), { heldOut: true }),
    make('censor-sensor', 'en', censorSensor(), { heldOut: true }),
    // Held out since stop 21: more stand-ins, never read to choose what to block.
    make('wordfilter', 'en', wordfilter(), { heldOut: true }),
    make('badwords-filter', 'en', badwordsFilter(), { heldOut: true }),
    make('eslint-plugin-censor', 'en', eslintCensor(), { heldOut: true }),
    make('lorembarnak', 'fr', lorembarnak(), { heldOut: true }),
    // Held out since stop 22: romanized Hindi over English numbers (see profanityHindi), never read to choose what to block.
    make('profanity-hindi (Hindi)', 'en', profanityHindi(), { heldOut: true }),
    make('glin-profanity hi', 'en', glinProfanity('hindi'), { heldOut: true }),
    // Held out since stop 23: Arabic and Russian in Latin letters over English numbers, never read to choose what to block.
    make('profanities ar-latn (Arabizi)', 'en', profanitiesArabizi(), { heldOut: true }),
    make('bad-words-next ru_lat (Russian)', 'en', badWordsNext('ru_lat'), { heldOut: true }),
  ];
}
