import { createRequire } from 'node:module';
import { generateVanityNumbers, toKeypadDigits } from '../../amplify/engine';
import type { VanityCandidate } from '../../amplify/engine';
import { foldBlockedWords } from '../cli/language-index-builder';
import { spokenWords } from './everyday-score';
import type { IndependentList } from './independent-lists';
import { runTogetherThreats } from '../../amplify/engine/offensive-phrases';

/**
 * The offensive sweep: numbers whose last 4, 5 and 7 digits spell each entry of a maintained profanity list
 * (naughty-words, the List of Dirty, Naughty, Obscene and Otherwise Bad Words) in every language the engine
 * spells in, and an independent reading of every candidate against the lists of the number's languages.
 */

/** A country whose numbers are spelled in the language, a prefix of one of its ranges and its digits after. */
export const SWEEP_RANGES: Readonly<Record<string, readonly { prefix: string; digits: number }[]>> = {
  en: [
    { prefix: '+1212', digits: 7 },
    { prefix: '+4420', digits: 8 },
    { prefix: '+612', digits: 8 },
    // A business's line is judged more leniently (negative words, cut words, name lines): swept too.
    { prefix: '+1800', digits: 7 },
  ],
  cs: [{ prefix: '+4202', digits: 8 }],
  da: [{ prefix: '+453', digits: 7 }],
  de: [{ prefix: '+4930', digits: 8 }],
  es: [{ prefix: '+3491', digits: 7 }],
  fi: [{ prefix: '+3589', digits: 7 }],
  fr: [{ prefix: '+331', digits: 8 }],
  hu: [{ prefix: '+361', digits: 7 }],
  it: [{ prefix: '+3906', digits: 8 }],
  nl: [{ prefix: '+3120', digits: 7 }],
  no: [{ prefix: '+472', digits: 7 }],
  pl: [{ prefix: '+4822', digits: 7 }],
  pt: [{ prefix: '+35121', digits: 7 }],
  sv: [{ prefix: '+468', digits: 7 }],
  tr: [{ prefix: '+90212', digits: 7 }],
};

/** The languages swept: English and the 14 local languages. */
export const SWEEP_LANGUAGES = Object.keys(SWEEP_RANGES);

/** How many trailing digits spell an entry: its first 4, 5 or 7 letters, right-aligned in that many digits. */
const TAIL_LENGTHS = [4, 5, 7] as const;

/** A language's maintained list, folded to keypad letters as the engine folds it (accents off, phrases run together). */
function maintainedList(language: string): string[] {
  const naughty = createRequire(import.meta.url)('naughty-words') as Record<string, string[] | undefined>;
  return foldBlockedWords(naughty[language] ?? []).filter((term) => term.length >= 3);
}

/** Letter-bearing filler digits (2-9), fixed per position and tail, so neighbours can form words with the entry. */
function filler(length: number, salt: number): string {
  let digits = '';
  for (let i = 0; i < length; i++) digits += String(2 + ((i * 7 + salt * 3 + 5) % 8));
  return digits;
}

/** The sweep's numbers for one language: each entry in the last 4, 5 and 7 digits of each of its ranges. */
export function sweepNumbers(language: string, terms: readonly string[] = maintainedList(language)): { number: string; term: string }[] {
  const ranges = SWEEP_RANGES[language] ?? [];
  const numbers = new Map<string, string>();
  for (const term of terms) {
    for (const [salt, tail] of TAIL_LENGTHS.entries()) {
      const letters = term.slice(0, tail);
      const spelled = toKeypadDigits(letters);
      for (const { prefix, digits } of ranges) {
        const number = prefix + filler(digits - spelled.length, salt) + spelled;
        if (!numbers.has(number)) numbers.set(number, term);
      }
    }
  }
  return [...numbers].map(([number, term]) => ({ number, term }));
}

/**
 * The term a candidate reads as, if any: a word of the list, words next to each other read as one (digits
 * between them or not), all letters run together, or a term of four letters or more across a split between
 * words (PHAT-ITS). Local languages compound words, so there a term of five letters or more counts inside a
 * word too (ARSCH in a compound); English does not, and its words are vetted whole.
 */
export function offensiveReading(
  candidate: VanityCandidate,
  lists: readonly { terms: ReadonlySet<string>; insideWords: boolean }[],
  minCrossing = 4,
): string | undefined {
  const words = spokenWords(candidate.parts);
  const letters = words.join('');
  const starts: number[] = [];
  let offset = 0;
  for (const word of words) {
    starts.push(offset);
    offset += word.length;
  }
  const wordOf = (position: number): number => {
    let index = 0;
    while (index + 1 < starts.length && (starts[index + 1] ?? Infinity) <= position) index++;
    return index;
  };
  for (const { terms, insideWords } of lists) {
    for (let i = 0; i < words.length; i++) {
      let run = '';
      for (let j = i; j < words.length; j++) {
        run += words[j] ?? '';
        if (terms.has(run)) return run;
      }
    }
    for (let start = 0; start < letters.length; start++) {
      for (let end = start + 3; end <= letters.length; end++) {
        const piece = letters.slice(start, end);
        if (!terms.has(piece)) continue;
        const crosses = wordOf(start) !== wordOf(end - 1);
        if ((crosses && piece.length >= minCrossing) || (insideWords && piece.length >= 5)) return piece;
      }
    }
  }
  return undefined;
}

export interface SweepFinding {
  number: string;
  candidate: string;
  reading: string;
}

/** Sweeps one language's numbers; returns every top-five candidate that reads as a term of the lists. */
export function sweepLanguage(language: string): { numbers: number; candidates: number; findings: SweepFinding[] } {
  const lists = [{ terms: new Set(maintainedList('en')), insideWords: false }];
  if (language !== 'en') lists.push({ terms: new Set(maintainedList(language)), insideWords: true });
  const findings: SweepFinding[] = [];
  let candidates = 0;
  const numbers = sweepNumbers(language);
  for (const { number } of numbers) {
    for (const candidate of generateVanityNumbers(number).candidates) {
      candidates++;
      const reading = offensiveReading(candidate, lists);
      if (reading) findings.push({ number, candidate: candidate.text, reading });
    }
  }
  return { numbers: numbers.length, candidates, findings };
}

/**
 * Sweeps one independent list (see independent-lists.ts) over the ranges of its language (or of `rangesOf`:
 * English lists over the local languages' numbers, where English words are spelled too): every top-five
 * candidate that reads as one of its entries. English lists are judged whole and across splits; lists of
 * a local language count long entries inside a word too, as compounds hold them.
 */
export function sweepList(
  list: IndependentList,
  minCrossing = 4,
  rangesOf = list.language,
): { numbers: number; candidates: number; findings: SweepFinding[] } {
  const lists = [{ terms: new Set(list.terms), insideWords: list.language !== 'en' }];
  const findings: SweepFinding[] = [];
  let candidates = 0;
  const numbers = sweepNumbers(rangesOf, list.terms);
  for (const { number } of numbers) {
    for (const candidate of generateVanityNumbers(number).candidates) {
      candidates++;
      const reading = offensiveReading(candidate, lists, minCrossing);
      if (reading) findings.push({ number, candidate: candidate.text, reading });
    }
  }
  return { numbers: numbers.length, candidates, findings };
}

/**
 * Threats and oaths (KILL-YOU, FORK-YOU: see offensive-phrases.ts) swept as a list: numbers whose tails spell
 * each run together, every candidate read for it as words in a row (FORK-YOU), across splits (FOR-KYOU)
 * and run together, as the lists are read.
 */
export function threatList(): IndependentList {
  return { name: 'threats and oaths (verb + YOU)', language: 'en', terms: runTogetherThreats(), heldOut: false, translated: false, rareOnly: false, profanityOnly: false };
}
