import type { VanityPart } from './types';

/**
 * When a person's number offers a second or third option. Read blind, options 2-3 that score well below
 * option 1 (ROD after HARP-63, APE after 41-CARE, 7-HOG after SING, BAIT after 97-YACHT) were judged worse
 * in most lists, and the reader asked for fewer options rather than weaker ones; those close to option 1
 * (LIFE after 55-GLIDE at 0.87, 47-BARN after GRABS-6 at 1.01) were judged as good.
 */
export const ALTERNATIVES = {
  /** How far below option 1 an alternative may score: about one letter's worth plus a less frequent word. */
  maxGap: 1.2,
  /**
   * Letters a word needs for its spelling to follow one that has such a word: a lone three-letter word
   * after a word of four letters or more is a clearly weaker choice (352-PAD after FLAP-23).
   */
  strongWordLength: 4,
} as const;

/** Whether `parts`, scoring `score`, is a real alternative to the option `lead` (see ALTERNATIVES). */
export function isRealAlternative(lead: { score: number; parts: readonly VanityPart[] }, parts: readonly VanityPart[], score: number): boolean {
  if (score < lead.score - ALTERNATIVES.maxGap) return false;
  return longestWord(parts) >= ALTERNATIVES.strongWordLength || longestWord(lead.parts) < ALTERNATIVES.strongWordLength;
}

function longestWord(parts: readonly VanityPart[]): number {
  let longest = 0;
  for (const part of parts) if (part.isWord) longest = Math.max(longest, part.text.length);
  return longest;
}
