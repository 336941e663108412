import { createRequire } from 'node:module';
import { foldBlockedWords } from './language-index-builder';

/**
 * Russian swearing as callers write and hear it in Latin letters (EBLO, SUKA, PIZDA, BLYAT, KHUY): the engine
 * spells no Russian, but millions of Russian speakers in Britain, Germany, North America and Australia read an
 * English-spelled number all the same, and a romanized mat word is what they hear in it. Two maintained native
 * lists name the words: naughty-words' Russian list (151 entries, in Cyrillic and in Latin letters) and
 * russian-bad-words (the mat roots in every case, number, tense and person: 200 forms). Their Cyrillic entries
 * are romanized each way Russian is written in Latin letters (see ROMANIZATIONS); their Latin ones are kept as written.
 */

/** Each Cyrillic letter's Latin spellings in the schemes callers meet: passports (BGN/PCGN, ICAO), scholarly and chat transliteration. */
const ROMANIZATIONS: Readonly<Record<string, readonly string[]>> = {
  а: ['a'], б: ['b'], в: ['v'], г: ['g'], д: ['d'], е: ['e'], ё: ['e', 'yo'], ж: ['zh'], з: ['z'], и: ['i'],
  й: ['y', 'i', 'j'], к: ['k'], л: ['l'], м: ['m'], н: ['n'], о: ['o'], п: ['p'], р: ['r'], с: ['s'], т: ['t'],
  у: ['u'], ф: ['f'], х: ['kh', 'h'], ц: ['ts', 'c'], ч: ['ch'], ш: ['sh'], щ: ['shch', 'sch'], ъ: [''], ы: ['y'],
  ь: [''], э: ['e'], ю: ['yu', 'ju'], я: ['ya', 'ja'],
};

/** At most this many spellings of one entry: every letter's variants multiply. */
const MAX_SPELLINGS = 32;

/** The Latin spellings of a Cyrillic entry (an entry in Latin letters stays as it is); letters of no scheme are dropped with the entry. */
export function romanizations(entry: string): string[] {
  let spellings = [''];
  for (const char of entry.toLowerCase()) {
    const latin = ROMANIZATIONS[char] ?? (/[a-z\s\-'`.]/.test(char) ? [char] : undefined);
    if (latin === undefined) return [];
    spellings = spellings.flatMap((spelling) => latin.map((letters) => spelling + letters)).slice(0, MAX_SPELLINGS);
  }
  return spellings;
}

/** The shortest romanized entry blocked: three-letter ones (GOL, BYK, HUY) spell English syllables everywhere. */
const MIN_ROMANIZED = 4;

/**
 * The romanized entries of both Russian lists, folded to keypad letters (phrases run together), four letters or
 * more, less everyday English words (`isEnglishWord`), which a caller hears as themselves, sorted.
 */
export function romanizedRussianTerms(isEnglishWord: (term: string) => boolean): string[] {
  const require = createRequire(import.meta.url);
  const naughty = (require('naughty-words') as Record<string, string[] | undefined>).ru ?? [];
  // Each word's forms by name, beside its part of speech (`type`), which is no form.
  const words = (require('russian-bad-words') as { words: Record<string, string>[] }).words;
  const mat = words.flatMap((word) => Object.entries(word).filter(([name]) => name !== 'type').map(([, form]) => form));
  const entries = [...naughty, ...mat].flatMap((entry) => romanizations(entry.replace(/[`']/g, '')));
  return foldBlockedWords(entries).filter((term) => term.length >= MIN_ROMANIZED && !isEnglishWord(term));
}
