import type { WordEntry } from './dictionary';
import { isExactCollocation } from './phrase';
import { WORD_CLASS } from './word-tags';

const { noun, adjective, verb, pronoun } = WORD_CLASS;

/**
 * Whether the words of a phrase on a person's own number name a thing the caller can picture: a noun, or a
 * quality, closes it (BOW-TIES, WISE-MAN, HOT-PADS, SOAP-PAD), and it opens on neither a pronoun nor an
 * organisation's name or initialism. Read blind at stop 25 (two readers, 328 persons' numbers of the engine of
 * stop 24, odd ids), every phrase at rank 1 was junk or "ok" (0 good of 14 ratings, 11 junk), and all but
 * the noun compound PINE-TAR were one of these: a verb closed by a particle or a preposition (1-314-7-WORK-IN,
 * 1-615-1-ZOOM-IN; on fresh numbers EDIT-OUT, TURN-UP-1, FEED-IN-1, BEEF-UP-51), a word closed by an adverb
 * or a pronoun (JUNK-TOO, BARS-NON-1, MOON-ON, 1-IN-THAT), a body's name (AOL-TIPS; US-MINT and US-ARMY,
 * which WordNet lists, name the United States' bodies, on a New Zealand number too) and a particle made
 * plural to fit WordNet's GO OUT (GO-OUTS). A verb opens a phrase only in an idiom WordNet lists as it is
 * written (TAKE-CARE), not through a plural (GO-OUTS). A business's line keeps them all (MOVE-OUT, CDC-INFO).
 */
export function namesPicturedThing(words: readonly WordEntry[]): boolean {
  const first = words[0];
  const last = words[words.length - 1];
  const second = words[1];
  if (first === undefined || last === undefined || second === undefined) return true;
  if (first.classes === 0 || last.classes === 0) return true;
  if ((last.primary & (noun | adjective)) === 0) return false;
  if ((first.primary & pronoun) !== 0 || words.some((word) => (word.classes & WORD_CLASS.initialism) !== 0 || word.familiarity === 'brand')) return false;
  return (first.primary & verb) === 0 || isExactCollocation(first, second);
}
