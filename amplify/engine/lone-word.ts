import type { WordEntry } from './dictionary';
import { LONE_WORDS } from './lone-words.generated';
import { lazyWordSet } from './word-set';

const isLoneWord = lazyWordSet(() => LONE_WORDS.split(' '));

/**
 * Whether a spelling of a person's own number whose only word is `word` is one a caller would keep. Read
 * blind over seven rounds (docs/engine-history.md, stop 18), a lone word of four letters or more was good
 * for 60 % of the ratings (junk 3 %) when wink-lexicon tags it, for 31 % (junk 23 %) when the lexicon
 * lacks it (BOUT, WARTS, MANIC, CHUG, COMA: rarer in writing than in film subtitles, often slang or
 * unpleasant); a main reading as a past form, an -s verb, a comparative, an adverb or a determiner (SAID,
 * USES, LESS, JUST, SUCH) wants a sentence around it (3 good of 10 ratings). A local-language word carries
 * no such tags and passes.
 */
export function standsAlone(word: WordEntry): boolean {
  if (word.language !== 'en') return true;
  return isLoneWord((word.fullWord ?? word.word).toLowerCase());
}
