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
  /**
   * On a business's line a lone word this short leaves more digits than it spells (1-800-905-2-CON,
   * 1-800-552-5-ASH): the caller still learns four digits and the word adds little.
   */
  maxShortWordLength: 3,
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

/**
 * Whether a lone word of WORD_PLACE.maxShortWordLength letters or fewer on a business's line is worth the
 * digits it keeps (see WORD_PLACE.maxShortWordLength): it spells at least as many digits as it leaves
 * (13-CAB on a six-digit line), or the digits it leaves are one run a caller holds as easily as a word: one
 * digit repeated or counted up or down (1-800-2345-LAW). Read on 600 random toll-free numbers (stop 24),
 * 64 rank-1 answers such as 1-800-395-6-DAY, 461-0-BED and 905-2-CON left the four digits after the exchange
 * still to be learnt, a business owner's "adds little" at best; the plain number is as easy.
 */
export function shortWordEarnsItsDigits(segments: readonly Segment[], digits: string): boolean {
  const words = segments.filter((segment) => segment.word !== undefined);
  const [only] = words;
  if (words.length !== 1 || only === undefined || only.end - only.start > WORD_PLACE.maxShortWordLength) return true;
  const kept = segments.flatMap((segment) => (segment.word === undefined ? [digits.slice(segment.start, segment.end)] : [])).join('');
  return kept.length <= only.end - only.start || isDigitRun(kept);
}

/** Whether `digits` are one digit repeated or counted up or down by one (5555, 2345, 9876). */
function isDigitRun(digits: string): boolean {
  const step = Number(digits[1]) - Number(digits[0]);
  if (Math.abs(step) > 1) return false;
  for (let index = 2; index < digits.length; index++) if (Number(digits[index]) - Number(digits[index - 1]) !== step) return false;
  return true;
}
