import { heardWord, type WordEntry } from './dictionary';
import { LISTED_NOT_ALONE, LONE_WORDS } from './lone-words.generated';
import { lazyWordSet } from './word-set';
import { isRestoredNoun, isUnwantedNoun, isVividWord } from './word-taste';

const isLoneWord = lazyWordSet(() => LONE_WORDS.split(' '));
const isListedNotAlone = lazyWordSet(() => LISTED_NOT_ALONE.split(' '));

/**
 * Whether a spelling of a person's own number whose only word is `word` is one a caller would keep. Read
 * blind over seven rounds (docs/engine-history.md, stop 18), a lone word of four letters or more was good
 * for 60 % of the ratings (junk 3 %) when wink-lexicon tags it, for 31 % (junk 23 %) when the lexicon
 * lacks it (BOUT, WARTS, MANIC, CHUG, COMA: rarer in writing than in film subtitles, often slang or
 * unpleasant); a main reading as a past form, an -s verb, a comparative, an adverb or a determiner (SAID,
 * USES, LESS, JUST, SUCH) wants a sentence around it (3 good of 10 ratings). A local-language word carries
 * no such tags and passes. A noun naming a physical thing stands too where the lexicon lacks it (HAWK, CRAB,
 * DIAL, HARP, TAXI: see isRestoredNoun): read blind, such untagged nouns were good for 39 % of the ratings
 * and junk for 6 %, against 23 % junk for the other untagged words. A noun of an unwanted kind (JAIL, TRASH,
 * VIRUS: see isUnwantedNoun) does not stand alone, tagged or not; nor a word below the taste floor
 * (TOLL, LAPS, KNEE), nor, since stop 24, a plain one (HOUR, TYPE, MAKE: see
 * isVividWord). Nor an everyday entry of a maintained profanity list with a sense of sex, drugs, the body or
 * illness, or a label for a kind of person (ADULT, JOINT, STROKE, GIRLS: see listedNotAlone in
 * local/cli/lone-words-builder.ts): beside digits nothing tells the caller which is meant.
 */
export function standsAlone(word: WordEntry): boolean {
  if (word.language !== 'en') return true;
  const said = heardWord(word);
  return (
    (isLoneWord(said) || isRestoredNoun(said)) &&
    !isUnwantedNoun(said) &&
    // VIVID_WORDS holds only words above the taste floor, so a vivid word passes the floor too.
    isVividWord(said) &&
    !isListedNotAlone(said)
  );
}
