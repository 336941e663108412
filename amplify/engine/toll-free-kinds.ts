import type { VanityPart } from './types';

/**
 * The shapes advertisers give a toll-free line (see docs/vanity-engine.md, "Toll-free options"): one word that fills the
 * number (FLOWERS), a phrase that fills it (GOT-JUNK, I-FLY-SWA), or words with digits kept (2-DINERS,
 * HURT-911, 273-TALK). Five readings of one shape (COLD-CUTS, BOLD-CUTS, HOLD-CUTS) offer a business one
 * choice five times; a short list of a toll-free line offers the best of each shape first.
 */
export type TollFreeKind = 'whole' | 'phrase' | 'digits';

export function tollFreeKind(parts: readonly VanityPart[]): TollFreeKind {
  let words = 0;
  for (const part of parts) {
    if (!part.isWord) return 'digits';
    words++;
  }
  return words === 1 ? 'whole' : 'phrase';
}

export const TOLL_FREE_KINDS = {
  /**
   * A spelling of a shape already listed ranks as if it scored this much less, so the best of another shape
   * within that much comes first: enough to lift 63-TITLE over a second reading of MET-GULF's layout, not
   * so much that a weak pair (585-5-BID) is offered before a strong alternative of a listed shape.
   */
  shapeListed: 2,
} as const;

/** One spelling waiting for a place in a toll-free line's list. */
export interface Waiting {
  subscriber: VanityPart[];
  score: number;
  kind: TollFreeKind;
}

/**
 * Which waiting spelling comes next, by its score less the cost of repeating a listed shape and of being a
 * keypad twin of a listed candidate (`twinCost`, see generate.ts); undefined when none is left. Ties keep
 * the search's order. Returns its index in `waiting` and the score it ranks by.
 */
export function nextByKind(waiting: readonly Waiting[], listed: ReadonlySet<TollFreeKind>, twinCost: (parts: VanityPart[]) => number): { index: number; rank: number } | undefined {
  let best: { index: number; rank: number } | undefined;
  for (const [index, entry] of waiting.entries()) {
    const rank = entry.score - twinCost(entry.subscriber) - (listed.has(entry.kind) ? TOLL_FREE_KINDS.shapeListed : 0);
    if (best === undefined || rank > best.rank) best = { index, rank };
  }
  return best;
}
