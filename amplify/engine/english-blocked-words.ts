import { BLOCKED_WORDS, OFFENSIVE_ENGLISH } from './blocked-words';
import { CUSS_ENGLISH, MAINTAINED_ENGLISH, NAUGHTY_ENGLISH, RARE_ENGLISH, WORDNET_ENGLISH } from './english-blocked.generated';
import { BlockedTerms } from './local-profanity';
import { noLineWords } from './no-line-words';
import { runTogetherThreats } from './offensive-phrases';

let english: BlockedTerms | undefined;

/** Stems shorter than this get no inflections: FAT-ED reads FATED, SOB-ER SOBER, WAR-Y WARY. */
export const MIN_INFLECTED_STEM = 4;

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * The regular inflections of a blocked term, which the lists name only now and then (HUMPED, JERKED,
 * WHORING): -s or -es, -ed and -ing, with a final E dropped (RAPING) and a final consonant after a single
 * vowel doubled (SMUTTED). Only -s, -ed and -ing: -er and -y turn BUTT into BUTTER and SPIC into SPICY.
 */
export function inflectionsOf(term: string): string[] {
  if (term.length < MIN_INFLECTED_STEM) return [];
  const last = term.at(-1) ?? '';
  if (last === 'e') return [`${term}s`, `${term}d`, `${term.slice(0, -1)}ing`];
  const plural = /(?:s|x|z|ch|sh)$/.test(term) ? `${term}es` : `${term}s`;
  const forms = [plural, `${term}ed`, `${term}ing`];
  const beforeLast = term.at(-2) ?? '';
  const thirdLast = term.at(-3) ?? '';
  if (!VOWELS.has(last) && !'wxy'.includes(last) && VOWELS.has(beforeLast) && !VOWELS.has(thirdLast)) {
    forms.push(`${term}${last}ed`, `${term}${last}ing`);
  }
  return forms;
}

/**
 * Every English term a candidate must not spell: the maintained lists (naughty-words, cuss and the others
 * local/eval/independent-lists.ts reads, copied by `npm run blocked-words`; of the rare-only lists, their
 * entries that are no everyday word, the short ones whole only), threats and oaths run together (KILLYOU,
 * FORKYOU: see offensive-phrases.ts), what WordNet calls offensive
 * or names as sexual, a drug or an intimate part (local/cli/wordnet-offensive.ts), the words obscenity lets
 * through (blocked-words.ts), the curated ones and the everyday words no line offers (no-line-words.ts), each
 * with its regular inflections.
 * Judged whole, next to each other and across splits, never inside one word (see BlockedTerms): English
 * words are whole words, and obscenity already finds its terms inside them. Built on first use from about
 * 2,600 short strings (38 KiB of source), some 11,000 with the inflections.
 */
export function englishBlockedTerms(): BlockedTerms {
  if (english) return english;
  const terms = [
    ...NAUGHTY_ENGLISH.split(' '), ...CUSS_ENGLISH.split(' '), ...MAINTAINED_ENGLISH.split(' '), ...WORDNET_ENGLISH.split(' '), ...BLOCKED_WORDS, ...OFFENSIVE_ENGLISH,
    ...noLineWords(),
  ];
  const rare = RARE_ENGLISH.split(' ');
  // A short rare entry counts whole, never across a split (ALLA in CALL-ATT); so do its inflections.
  const short = rare.filter((term) => term.length <= MIN_INFLECTED_STEM);
  const listed = new Set(terms);
  const wholeOnly = new Set([...short, ...short.flatMap(inflectionsOf)].filter((term) => !listed.has(term)));
  const all = [...terms, ...rare];
  english = new BlockedTerms([...all, ...all.flatMap(inflectionsOf), ...runTogetherThreats()], false, wholeOnly);
  return english;
}
