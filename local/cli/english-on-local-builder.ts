import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import { foldToKeypadLetters } from './language-index-builder';

/**
 * A Hunspell dictionary (npm dictionary-xx, read with nspell, its affix rules applied) asked about folded
 * keypad letters: the index folds accents away (SENOR, CAFE, SUPER), so each letter is tried as every
 * accented letter the dictionary writes for it, up to two letters at once (GRUSS as GRÜß is three, rare).
 */
export interface FoldedSpeller {
  knows(folded: string): boolean;
}

/**
 * Reads one language's Hunspell dictionary (its package name, e.g. dictionary-es) as a FoldedSpeller for the
 * folded words `asked`. nspell expands every stem's affixes as it loads, which takes minutes for Italian and
 * Portuguese; only stems that begin one of the asked words (folded) can spell it with a suffix, so only
 * those are loaded. A word that only a prefix rule spells (Italian RI-, Portuguese DES-) goes unknown.
 */
export function foldedSpeller(packageName: string, asked: Iterable<string>): FoldedSpeller {
  const require = createRequire(import.meta.url);
  const directory = dirname(require.resolve(packageName));
  const dic = readFileSync(join(directory, 'index.dic'), 'utf8');
  // A suffix rule may strip letters too (German danken -> danke), so a stem is kept when it shares its first
  // letters (up to BEGINNING) with an asked word, not only when it begins one.
  const beginnings = new Set<string>();
  for (const word of asked) beginnings.add(word.slice(0, BEGINNING));
  const kept = dic
    .split('\n')
    .slice(1)
    .filter((line) => {
      const stem = foldToKeypadLetters(line.split(/[/\t ]/)[0]?.trim() ?? '');
      return stem !== undefined && beginnings.has(stem.slice(0, BEGINNING));
    });
  const spell = nspell(readFileSync(join(directory, 'index.aff'), 'utf8'), `${kept.length}\n${kept.join('\n')}\n`);
  return foldedSpellerOf(spell, accentsOf(dic));
}

/** Folded letter -> the letters the dictionary writes that fold to it (e -> é è ê), from its own words. */
export function accentsOf(dic: string): Map<string, string[]> {
  const accents = new Map<string, Set<string>>();
  for (const char of new Set(dic.toLowerCase())) {
    const folded = foldToKeypadLetters(char);
    if (folded === undefined || folded === char) continue;
    const set = accents.get(folded) ?? new Set<string>();
    set.add(char);
    accents.set(folded, set);
  }
  return new Map([...accents].map(([folded, chars]) => [folded, [...chars].sort()]));
}

const MAX_ACCENTS = 2;

/** Letters a stem must share with an asked word to be loaded (see foldedSpeller). */
const BEGINNING = 4;

export function foldedSpellerOf(spell: { correct(word: string): boolean }, accents: ReadonlyMap<string, readonly string[]>): FoldedSpeller {
  // German writes its nouns capitalised (Hotel, Taxi); a name is no word, but names leave the index by other rules.
  const correct = (word: string): boolean => spell.correct(word) || spell.correct(word.charAt(0).toUpperCase() + word.slice(1));
  const tries = (word: string, from: number, left: number): boolean => {
    if (correct(word)) return true;
    if (left === 0) return false;
    for (let end = from + 1; end <= word.length; end++) {
      // A folded letter may stand for one letter (e for é) or, for ss and ae, one letter folded to two (ß, æ).
      for (const length of [1, 2]) {
        const start = end - length;
        if (start < from) continue;
        for (const accented of accents.get(word.slice(start, end)) ?? []) {
          if (tries(word.slice(0, start) + accented + word.slice(end), start + accented.length, left - 1)) return true;
        }
      }
    }
    return false;
  };
  return { knows: (folded) => tries(folded, 0, MAX_ACCENTS) };
}

/**
 * The words of a language's index that English knows and the language's own dictionary does not: English its
 * film subtitles say (GIRL, TAKE, POTTER in Portuguese; LATE, TEAL in Dutch), with the subtitles' English names.
 * A caller of a country that speaks the language does not hear them as its words (see english-on-local.ts).
 * TAXI, HOTEL, PIZZA, SUPER and INTERNET are in the dictionaries: loans, kept. Sorted.
 */
export function englishOnlyWords(indexWords: ReadonlyMap<string, number>, englishWords: ReadonlySet<string>, speller: (asked: readonly string[]) => FoldedSpeller): string[] | undefined {
  const asked = [...indexWords].filter(([word, zipf]) => word.length >= 3 && zipf < OWN_BY_FREQUENCY && englishWords.has(word)).map(([word]) => word);
  const known = speller(asked);
  const english = asked.filter((word) => !known.knows(word)).sort();
  // A dictionary that knows nearly every English word asked tells nothing (Swedish compounds any letters).
  return english.length < MIN_TOLD ? undefined : english;
}

/**
 * The Zipf at which a language's subtitles make an English word its own whatever its dictionary says: the
 * taste floor's Zipf (see word-taste.ts). The loans a dictionary lacks are said that often (Italian PIZZA
 * 4.01, Portuguese INTERNET 4.09, Dutch STOP 4.96), the English the native read found junk is not (GIRL 3.60
 * to 3.70, TAKE 3.43 to 3.55, LATE 3.36 to 3.58, POTTER 3.40 to 3.72, TEAL 3.49).
 */
export const OWN_BY_FREQUENCY = 4;

/** Fewer English-only words than this and the dictionary is taken to tell none apart. */
const MIN_TOLD = 20;

/** The words of index lines ("key word zipf*100tags word ..."), a word cut short (mattres+s) whole, with their Zipf. */
export function wordsOfLines(lines: readonly string[]): Map<string, number> {
  const words = new Map<string, number>();
  for (const line of lines) {
    const fields = line.split(' ');
    for (let i = 1; i + 1 < fields.length; i += 2) words.set((fields[i] ?? '').replace('+', ''), Number.parseInt(fields[i + 1] ?? '0', 10) / 100);
  }
  return words;
}
