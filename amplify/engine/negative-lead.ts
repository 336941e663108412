import { isNegativeWord } from './negative-words';
import type { VanityCandidate } from './types';

/**
 * Whether a candidate's one word, beside digits, is of negative valence (AFINN-165 or VADER -2 or below; a cut
 * word as said whole): DOOM-354, 952-WEAK, 55-STINK. A phrase that holds one says what the line is for (GOT-JUNK);
 * a one-letter word beside it (I, A, U) says nothing of the line, so 63-I-WEEP is still the lone word WEEP.
 */
function leadsWithNegativeWord(candidate: VanityCandidate): boolean {
  const words = candidate.parts.filter((part) => part.isWord && (part.fullWord ?? part.text).length > 1);
  const [only] = words;
  return words.length === 1 && only !== undefined && isNegativeWord((only.fullWord ?? only.text).toLowerCase());
}

/**
 * A business's list, ranked (best first), not led by a lone word of negative valence beside digits (see
 * leadsWithNegativeWord): a business may choose such a word for its line (1-800-HURT-911), but nothing says
 * this one did, and as the answer it is what every caller hears first (1-800-55-STINK, 1-844-DOOM-354,
 * 1-888-LIAR-652). The best other spelling leads, or the plain number (`plain`) where none is, taking the last
 * place of a full list; the lone negative words follow it at its score, in their order, so no score rises
 * down the list and each stays offered.
 */
export function withoutNegativeLead(ranked: readonly VanityCandidate[], plain: VanityCandidate, limit: number): VanityCandidate[] {
  const first = ranked[0];
  if (first === undefined || !leadsWithNegativeWord(first)) return [...ranked];
  let leader = ranked.findIndex((candidate) => !leadsWithNegativeWord(candidate));
  let list = [...ranked];
  if (leader < 0) {
    list = [...ranked.slice(0, limit - 1), plain];
    leader = list.length - 1;
  }
  const lead = list[leader];
  if (lead === undefined) return list;
  const above = list.slice(0, leader).map((candidate) => ({ ...candidate, score: Math.min(candidate.score, lead.score) }));
  return [lead, ...above, ...list.slice(leader + 1)];
}
