import type { WordEntry } from './dictionary';
import { isCollocation } from './phrase';

/**
 * Weights for phrases that a caller hears as one name, beyond the grammar of phrase.ts: the signals that
 * advertised numbers lean on and random words rarely hit. Nothing here names a word or a number.
 */
export const PHRASE_UNITS = {
  /**
   * Two words WordNet lists as one entry (RED CROSS, NEST EGG, LAW FIRM): a name English already has,
   * heard as one thing, so it outranks a pair that is merely grammatical (SEE-ARMS).
   */
  collocation: 1,
} as const;

/** What a pair that reads as a phrase earns beyond SCORING.phrase: more when it is a name English has. */
export function unitBonus(first: WordEntry, second: WordEntry): number {
  return isCollocation(first, second) ? PHRASE_UNITS.collocation : 0;
}
