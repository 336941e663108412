import type { Segment } from './search';

/**
 * Where a lone word may sit among the digits it keeps. A caller remembers a vanity number by the word and
 * keeps the digits as one run before or after it, the way advertisers write them (1-800-273-TALK,
 * 1-800-94-HIPPO). Read on everyday numbers (local/eval/reading-set.ts), a word with digits kept on both
 * sides (1-713-7-PLAY-82, 1-416-2-BERRY-4) leaves two runs to hold and rated "ok" at best, and a word of
 * three letters followed by the number's last four digits (1-416-GYM-9511, 1-415-KID-1540) saves the
 * caller nothing: the digits after it are still to be learnt. The same short word closing the number
 * (1-404-659-5-LAW, 1-602-489-0-SKI) is what the caller ends on and reads well.
 */
export const WORD_PLACE = {
  /** A lone word shorter than this must close the number: nothing kept after it. */
  minLeadingLength: 4,
  /**
   * On a person's own number (not a toll-free line bought for its words) at most this many digits may follow
   * the last word: read blind, a word with three or more digits still to learn after it (1-919-LOAN-401,
   * +44-20-VEAL-7646) was rated good for 2 of 20 numbers, a word that closes the number for 50 of 77.
   */
  maxTrailingDigits: 2,
} as const;

/** How many digits a spelling keeps after its last word. */
export function trailingDigits(segments: readonly Segment[]): number {
  let kept = 0;
  for (let index = segments.length - 1; index >= 0; index--) {
    const segment = segments[index];
    if (segment === undefined || segment.word !== undefined) break;
    kept += segment.end - segment.start;
  }
  return kept;
}

/** Whether the lone word at `index` of `segments` sits where a caller would take it (see WORD_PLACE). */
export function loneWordInPlace(segments: readonly Segment[], index: number): boolean {
  const segment = segments[index];
  if (segment === undefined) return false;
  const closes = index === segments.length - 1;
  if (closes) return true;
  const opens = index === 0;
  return opens && segment.end - segment.start >= WORD_PLACE.minLeadingLength;
}
