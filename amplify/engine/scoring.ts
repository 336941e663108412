import type { Familiarity } from './word-tags';

/**
 * Weights of the general signals that rank vanity numbers. Nothing here names a word or a number:
 * a candidate earns points for letters, long and frequent words and words placed late, and loses
 * them for each extra word and each kept digit.
 */
export const SCORING = {
  /** Each digit spelled as a letter: coverage matters most, a word is what a caller remembers. */
  letter: 1,
  /** Each letter of a word beyond the third: one long word is easier to hold than several short ones. */
  longWord: 0.3,
  /** Each word costs this much, so FLOWERS beats FLOW-ERR and QUIT-NOW beats RUG-TO-MY. */
  perWord: 1.5,
  /** Extra cost of a two-letter word: it fragments the number more than it spells anything. */
  twoLetterWord: 0.8,
  /** Per Zipf point above `frequencyPivot` (capped at `frequencyCap`): common spoken words are easier to hear and recall. */
  frequency: 0.3,
  frequencyPivot: 3,
  frequencyCap: 6,
  /** Extra cost per Zipf point below the pivot: rare words sound like noise, not a brand. */
  rarity: 1.2,
  /** A kept digit costs `digit` at the start of the subscriber number rising to `digit + lateDigit` at its end, so digits lead and words trail (94-HIPPO). */
  digit: 0.2,
  lateDigit: 0.4,
  /** Each letter cut from the end of a word that runs past the number (MATTRES for MATTRESS): it is heard whole but written short, so it ranks below a whole word. */
  cutLetter: 1.0,
  /** A keypad twin of a listed candidate (SEE-CROP after SEE-ARMS: one word swapped for one that dials the same) ranks as if it scored this much less, so the top five differ. */
  twinPenalty: 2,
  /** A digit run wedged between two words breaks the phrase (GOT-4-JUNK reads worse than 4-GOT-JUNK). */
  digitsBetweenWords: 0.8,
  /**
   * Cost of a word a caller may not know, by familiarity (see word-tags.ts). Names, brands and rare words
   * cost as much as three letters: they rank only where a phrase or the whole number trusts them, and then
   * get the cost back.
   */
  known: 1,
  untrusted: 4,
  /** Two neighbouring words that read as a phrase (GOT-JUNK, RED-CROSS, MY-HOUSE) hold together in the ear. */
  phrase: 0.6,
  /**
   * Two nouns English does not pair (APE-TALK): a caller holds two things, so the second word must earn
   * more than the kept digits it replaces (1-800-273-TALK beats APE-TALK).
   */
  loosePair: 3,
  /**
   * On a toll-free line, a pair that only grammar calls a phrase, with a short word (SET-SOAP, AFT-RODE: see
   * pair-sense.ts): most such pairs are two words that happen to sit together, so one strong word with its
   * digits kept (63-TITLE, LATHER-9) ranks above them; a pair WordNet lists or a command is not charged.
   */
  unprovenPair: 3,
  /** A spelling with no digit kept in the subscriber number and no loose pair: the caller says it, nothing to add. */
  fill: 1,
  /**
   * Words with digits kept on both sides (2-PETAL-5): the caller holds two runs of digits around them, so
   * they rank below words that lead or close the number (1-800-273-TALK).
   */
  wedged: 1,
  /**
   * A word of negative valence (FLU, FLOP, FOUL, WAR: see negative-words.generated.ts) is not what a caller
   * chooses to hear with every call: it ranks this much lower, often below the plain number, yet stays on
   * the list where a business chose it (1-800-HURT-911).
   */
  negative: 4,
  /**
   * A mildly negative word (NOISY, HIDE, LONE, DUMP: see MILDLY_NEGATIVE_WORDS) on a person's own number:
   * read blind, "real but a bit negative", so a neutral word within this much ranks above it.
   */
  mildlyNegative: 1.5,
};

/**
 * Score of one word: its letters, length and frequency, less the cost of another word to remember and of
 * any letters cut from its end.
 */
export function wordScore(length: number, zipf: number, cutLetters = 0, familiarity: Familiarity = 'common'): number {
  const frequency = frequencyScore(zipf);
  const long = Math.max(0, length - 3) * SCORING.longWord;
  const short = length === 2 ? SCORING.twoLetterWord : 0;
  return length * SCORING.letter + long + frequency - SCORING.perWord - short - cutLetters * SCORING.cutLetter - familiarityCost(familiarity);
}

/** What a word's frequency adds to its score (less than nothing below SCORING.frequencyPivot). */
function frequencyScore(zipf: number): number {
  const above = Math.min(zipf, SCORING.frequencyCap) - SCORING.frequencyPivot;
  return above >= 0 ? above * SCORING.frequency : above * (SCORING.frequency + SCORING.rarity);
}

/** What a word of this frequency would lose were it ten times rarer (one Zipf point): see wholeCutCredit in search.ts. */
export function tenfoldRarerCost(zipf: number): number {
  return frequencyScore(zipf) - frequencyScore(zipf - 1);
}

/** What a word costs for being less than everyday (see SCORING.known and SCORING.untrusted). */
export function familiarityCost(familiarity: Familiarity): number {
  if (familiarity === 'common') return 0;
  return familiarity === 'known' ? SCORING.known : SCORING.untrusted;
}

/** Cost of keeping the digit at `position` of a subscriber number of `length` digits. */
export function digitCost(position: number, length: number): number {
  const lateness = length > 1 ? position / (length - 1) : 1;
  return SCORING.digit + SCORING.lateDigit * lateness;
}

/** What the digits a spelling keeps outside the letters at [start, end) of a `length`-digit number cost, as a negative score. */
export function keptDigitsScore(start: number, end: number, length: number): number {
  let score = 0;
  for (let position = 0; position < length; position++) if (position < start || position >= end) score -= digitCost(position, length);
  return score;
}

/** Score of a subscriber number of `length` digits written with no word at all: the floor of any ranking. */
export function allDigitsScore(length: number): number {
  let score = 0;
  for (let position = 0; position < length; position++) score -= digitCost(position, length);
  return score;
}
