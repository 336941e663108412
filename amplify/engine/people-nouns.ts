import { heardWord, type WordEntry } from './dictionary';
import { PEOPLE_NOUNS } from './negative-words.generated';
import { isNegativeWord } from './negative-words';
import { WORD_CLASS } from './word-tags';
import { lazyWordSet } from './word-set';

/** Whether a lower-case English word names a member of a people, a nation or a faith (JEW, ARAB, SCOT: see wordnetPeopleNouns). */
const isPeopleNoun = lazyWordSet(() => PEOPLE_NOUNS.split(' '));

/**
 * Whether an English word that names a member of a people, a nation or a faith stands beside a word mainly a
 * verb or one AFINN-165 or VADER rates negative: LIE-JEW, ROB-ARABS, TURK-STINK read as a slur or a threat
 * on any line, whatever the firm meant. Before or after a noun it names a kind of thing (THAI-FOOD).
 */
export function setsPeopleAgainst(word: WordEntry, before: WordEntry | undefined, after: WordEntry | undefined): boolean {
  if (word.language !== 'en' || !isPeopleNoun(heardWord(word))) return false;
  return [before, after].some((other) => other !== undefined && ((other.primary & WORD_CLASS.verb) !== 0 || isNegativeWord(heardWord(other))));
}
