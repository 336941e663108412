import { indexHoldsWord, type WordEntry } from './dictionary';
import { isEnglishIn, tellsEnglishApart } from './local-word-kinds';

const verdicts = new WeakMap<WordEntry, boolean>();

/**
 * Whether an English word may stand on a person's number of a country that does not speak English (see
 * WordSource.hosts): only as a word of one of the country's languages too, one its 10,000 most frequent
 * subtitle words hold and its Hunspell dictionary knows (TAXI, HOTEL, PIZZA, SUPER, INTERNET; German
 * STOP, Dutch WEEK). A Madrid or Lisbon caller may not know GIRL, MIND or DAYS, and a language's subtitles
 * say English too (Portuguese GIRL, TAKE), so the frequency list alone does not make a word the caller's.
 * Where a language has no dictionary to tell (Norwegian, Finnish, Hungarian) its country keeps English as before.
 * Words of other sources, and words on a business's line, are not asked.
 */
export function standsAsGuest(word: WordEntry): boolean {
  const hosts = word.hosts;
  if (hosts === undefined) return true;
  let verdict = verdicts.get(word);
  if (verdict === undefined) {
    const letters = word.fullWord ?? word.word;
    verdict = hosts.some((language) => !tellsEnglishApart(language) || (indexHoldsWord(language, letters) && !isEnglishIn(language, letters)));
    verdicts.set(word, verdict);
  }
  return verdict;
}
