import type { Dictionary, WordEntry } from './dictionary';
import { SCORING, digitCost, wordScore } from './scoring';

/** One piece of a subscriber number: a word, or a run of digits kept as they are. */
export interface Segment {
  start: number;
  end: number;
  /** The word spelling digits start..end, or undefined for kept digits. */
  word?: WordEntry;
}

/** A way to write a subscriber number, as a linked list of segments from its first digit. */
export interface Spelling {
  score: number;
  head: Segment;
  next: Spelling | undefined;
  words: number;
  /** True when the last word is cut short (MATTRES): then every digit before it must be a letter too. */
  cut: boolean;
}

/** How many partial spellings each suffix keeps: enough that profanity filtering still leaves five. */
export const BEAM_WIDTH = 40;

/**
 * Best spellings of `digits` with at least one word, best first. Dynamic programming over suffixes:
 * each position starts either a kept digit or a dictionary word (one dictionary lookup per substring, and
 * none past the first substring that no word's digits start with),
 * and each suffix keeps its `beamWidth` best spellings.
 */
export function searchSpellings(digits: string, dictionary: Dictionary, beamWidth = BEAM_WIDTH): Spelling[] {
  const n = digits.length;
  // best[i]: top spellings of digits i..n; undefined marks the empty suffix.
  const best: (Spelling | undefined)[][] = new Array<(Spelling | undefined)[]>(n + 1);
  best[n] = [undefined];
  for (let i = n - 1; i >= 0; i--) {
    const options: Spelling[] = [];
    const cost = digitCost(i, n);
    for (const rest of best[i + 1] ?? []) {
      // A cut word is how a phrase that fills the number says its last word in full; after kept
      // digits (73-LOUNG) it reads as a typo.
      if (!rest?.cut) options.push(prependDigit(i, cost, rest));
    }
    for (let end = i + 2; end <= n; end++) {
      const { entries, extendable } = dictionary.lookup(digits.slice(i, end));
      for (const word of entries) {
        // A cut word only ends the number: the digits after it would dial the letters it lost.
        if (word.fullWord !== undefined && end !== n) continue;
        const gain = wordScore(end - i, word.zipf, word.fullWord === undefined ? 0 : word.fullWord.length - word.word.length);
        for (const rest of best[end] ?? []) {
          // Nor after a two-letter word: GO-WINNE is a fragment and a stub, not a phrase.
          if (rest?.cut && end - i === 2) continue;
          options.push(prependWord(i, end, word, gain, rest));
        }
      }
      if (!extendable) break;
    }
    options.sort((a, b) => b.score - a.score);
    if (options.length > beamWidth) options.length = beamWidth;
    best[i] = options;
  }
  return (best[0] ?? []).filter((spelling): spelling is Spelling => spelling !== undefined && spelling.words > 0);
}

function prependDigit(position: number, cost: number, rest: Spelling | undefined): Spelling {
  if (rest && rest.head.word === undefined) {
    // Extend the digit run that starts the rest instead of starting a new one.
    return { score: rest.score - cost, head: { start: position, end: rest.head.end }, next: rest.next, words: rest.words, cut: false };
  }
  return { score: (rest?.score ?? 0) - cost, head: { start: position, end: position + 1 }, next: rest, words: rest?.words ?? 0, cut: false };
}

function prependWord(start: number, end: number, word: WordEntry, gain: number, rest: Spelling | undefined): Spelling {
  let score = (rest?.score ?? 0) + gain;
  if (rest && rest.head.word === undefined && rest.next && rest.next.head.word !== undefined) {
    score -= SCORING.digitsBetweenWords;
  }
  const cut = rest ? rest.cut : word.fullWord !== undefined;
  return { score, head: { start, end, word }, next: rest, words: (rest?.words ?? 0) + 1, cut };
}

/** The segments of a spelling, first to last. */
export function segmentsOf(spelling: Spelling): Segment[] {
  const segments: Segment[] = [];
  for (let node: Spelling | undefined = spelling; node; node = node.next) segments.push(node.head);
  return segments;
}
