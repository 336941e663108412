import { isKeypadTwin, type VanityCandidate } from '../../engine';

/**
 * The word candidates in the order the call keeps them: first up to `heardMax` the caller hears, then the
 * rest in the engine's order. A lone word that is a keypad twin of one already heard (BOLD after COLD, PAT
 * after RAT: another word dialling the same digits in the same place) is held back: read blind, every
 * reader took it for the same digits read twice, not a choice, so the caller hears fewer options instead.
 * A twin phrase (HOT-JUNK after GOT-JUNK) is another phrase and is heard. The engine still lists twins (a
 * business's word can be one), and the record keeps them after the heard ones.
 * Nothing the engine ranks below the plain number is heard: it lists there what only the line's owner would
 * want (1-800-FDA-1088 on a number that spells no word, 392-FORD), and read blind, a random toll-free
 * caller's GSA-8513 or EMMA-997 was junk; the record keeps them.
 */
export function heardFirst(candidates: readonly VanityCandidate[], heardMax: number): { ordered: VanityCandidate[]; heard: number } {
  const heard: VanityCandidate[] = [];
  const held: VanityCandidate[] = [];
  let belowPlain = false;
  for (const candidate of candidates) {
    if (!candidate.parts.some((part) => part.isWord)) {
      belowPlain = true;
      continue;
    }
    const loneWord = candidate.parts.filter((part) => part.isWord).length === 1;
    const twin = loneWord && heard.some((other) => isKeypadTwin(other.parts, candidate.parts));
    if (heard.length < heardMax && !twin && !belowPlain) heard.push(candidate);
    else held.push(candidate);
  }
  return { ordered: [...heard, ...held], heard: heard.length };
}
