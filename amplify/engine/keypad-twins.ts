import type { VanityPart } from './types';

/**
 * Keypad twins: two spellings with the same pieces dialling the same digits in the same places that differ
 * in exactly one word (COLD-CUTS and BOLD-CUTS, RAT and PAT). The engine ranks them apart and the function
 * keeps a lone word's twin unspoken; both ask here.
 */

/** Where two spellings with the same pieces in the same places differ in exactly one word, else -1. */
export function twinWord(a: readonly VanityPart[], b: readonly VanityPart[]): number {
  if (a.length !== b.length) return -1;
  let differs = -1;
  for (const [index, part] of a.entries()) {
    const other = b[index];
    if (!other || other.digits !== part.digits || other.isWord !== part.isWord) return -1;
    if (other.text === part.text) continue;
    if (differs >= 0) return -1;
    differs = index;
  }
  return differs;
}

/** Whether two spellings are keypad twins (see twinWord). */
export function isKeypadTwin(a: readonly VanityPart[], b: readonly VanityPart[]): boolean {
  return twinWord(a, b) >= 0;
}
