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

function make(name: string, language: string, entries: readonly string[], kind: { heldOut?: boolean; translated?: boolean } = {}): IndependentList {
  return { name, language, terms: foldBlockedWords(entries).filter((term) => term.length >= 3), heldOut: kind.heldOut ?? false, translated: kind.translated ?? false };
}

/** Every independent list, English first; washyourmouthoutwithsoap has no Norwegian, so Danish stands in. */
export function independentLists(): IndependentList[] {
  return [
    make('bad-words', 'en', badWords()),
    make('profane-words', 'en', require('profane-words') as string[], { heldOut: true }),
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
    make('google-profanity-words es', 'es', google('es'), { heldOut: true }),
    make('google-profanity-words fr', 'fr', google('fr'), { heldOut: true }),
    ...['de', 'es', 'fr', 'it', 'nl', 'pt', 'sv', 'da', 'pl', 'fi', 'cs', 'hu', 'tr'].map((language) =>
      make(`washyourmouthoutwithsoap ${language}`, language, soap(language), { translated: true }),
    ),
    make('washyourmouthoutwithsoap da (for no)', 'no', soap('da'), { heldOut: true, translated: true }),
  ];
}
