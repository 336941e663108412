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
}

/** How many partial spellings each suffix keeps: enough that profanity filtering still leaves five. */
export const BEAM_WIDTH = 40;

/**
 * Best spellings of `digits` with at least one word, best first. Dynamic programming over suffixes:
 * each position starts either a kept digit or a dictionary word (one hash lookup per substring),
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
    for (const rest of best[i + 1] ?? []) options.push(prependDigit(i, cost, rest));
    const maxEnd = Math.min(n, i + dictionary.maxWordLength);
    for (let end = i + 2; end <= maxEnd; end++) {
      const entries = dictionary.lookup(digits.slice(i, end));
      if (!entries) continue;
      for (const word of entries) {
        const gain = wordScore(end - i, word.zipf);
        for (const rest of best[end] ?? []) options.push(prependWord(i, end, word, gain, rest));
      }
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
    return { score: rest.score - cost, head: { start: position, end: rest.head.end }, next: rest.next, words: rest.words };
  }
  return { score: (rest?.score ?? 0) - cost, head: { start: position, end: position + 1 }, next: rest, words: rest?.words ?? 0 };
}

function prependWord(start: number, end: number, word: WordEntry, gain: number, rest: Spelling | undefined): Spelling {
  let score = (rest?.score ?? 0) + gain;
  if (rest && rest.head.word === undefined && rest.next && rest.next.head.word !== undefined) {
    score -= SCORING.digitsBetweenWords;
  }
  return { score, head: { start, end, word }, next: rest, words: (rest?.words ?? 0) + 1 };
}

/** The segments of a spelling, first to last. */
export function segmentsOf(spelling: Spelling): Segment[] {
  const segments: Segment[] = [];
  for (let node: Spelling | undefined = spelling; node; node = node.next) segments.push(node.head);
  return segments;
}
