/**
 * Weights of the general signals that rank vanity numbers. Nothing here names a word or a number:
 * a candidate earns points for letters, frequency and position, and loses them for words and digits.
 */
export const SCORING = {
  /** Each digit spelled as a letter: coverage matters most, a word is what a caller remembers. */
  letter: 1,
  /** Each word costs this much, so one long word beats two short ones (FLOWERS over FLOW-ERS). */
  perWord: 1.2,
  /** Per Zipf point above `frequencyPivot`: common spoken words are easier to hear and recall. */
  frequency: 0.6,
  frequencyPivot: 3,
  /** Extra cost per Zipf point below the pivot: rare words sound like noise, not a brand. */
  rarity: 0.8,
  /** A kept digit costs `digit` at the start of the subscriber number rising to `digit + lateDigit` at its end, so digits lead and words trail (94-HIPPO). */
  digit: 0.2,
  lateDigit: 0.4,
  /** A digit run wedged between two words breaks the phrase (GOT-4-JUNK reads worse than 4-GOT-JUNK). */
  digitsBetweenWords: 0.8,
} as const;

/** Score of one word: its letters and frequency, less the cost of another word to remember. */
export function wordScore(length: number, zipf: number): number {
  const above = zipf - SCORING.frequencyPivot;
  const frequency = above >= 0 ? above * SCORING.frequency : above * (SCORING.frequency + SCORING.rarity);
  return length * SCORING.letter + frequency - SCORING.perWord;
}

/** Cost of keeping the digit at `position` of a subscriber number of `length` digits. */
export function digitCost(position: number, length: number): number {
  const lateness = length > 1 ? position / (length - 1) : 1;
  return SCORING.digit + SCORING.lateDigit * lateness;
}
