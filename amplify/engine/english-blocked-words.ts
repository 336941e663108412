import { BLOCKED_WORDS, OFFENSIVE_ENGLISH } from './blocked-words';
import { CUSS_ENGLISH, MAINTAINED_ENGLISH, NAUGHTY_ENGLISH, RARE_ENGLISH, WORDNET_ENGLISH } from './english-blocked.generated';
import { BlockedTerms } from './local-profanity';
import { noLineWords } from './no-line-words';
import { runTogetherThreats } from './offensive-phrases';

let english: BlockedTerms | undefined;

/** Stems shorter than this get no inflections: FAT-ED reads FATED, SOB-ER SOBER, WAR-Y WARY. */
export const MIN_INFLECTED_STEM = 4;

/** True for the char code of a, e, i, o or u. */
function isVowel(code: number): boolean {
  return code === 97 || code === 101 || code === 105 || code === 111 || code === 117;
}

/**
 * The regular inflections of a blocked term, which the lists name only now and then (HUMPED, JERKED,
 * WHORING): -s or -es, -ed and -ing, with a final E dropped (RAPING) and a final consonant after a single
 * vowel doubled (SMUTTED). Only -s, -ed and -ing: -er and -y turn BUTT into BUTTER and SPIC into SPICY.
 */
export function inflectionsOf(term: string): string[] {
  const forms: string[] = [];
  eachInflection(term, (form) => forms.push(form));
  return forms;
}

/**
 * inflectionsOf, handed to `add` one by one: the blocked set reads some 3,700 terms once per cold start, and char
 * codes instead of a regular expression and a set per term took that from about 9 ms to about 2.
 */
function eachInflection(term: string, add: (form: string) => unknown): void {
  const length = term.length;
  if (length < MIN_INFLECTED_STEM) return;
  const last = term.charCodeAt(length - 1);
  if (last === 101 /* e */) {
    add(`${term}s`);
    add(`${term}d`);
    add(`${term.slice(0, -1)}ing`);
    return;
  }
  const beforeLast = term.charCodeAt(length - 2);
  // -es after s, x, z, ch and sh.
  const sibilant = last === 115 || last === 120 || last === 122 || (last === 104 && (beforeLast === 99 || beforeLast === 115));
  add(sibilant ? `${term}es` : `${term}s`);
  add(`${term}ed`);
  add(`${term}ing`);
  // A final consonant (not w, x or y) after a single vowel doubles.
  if (!isVowel(last) && last !== 119 && last !== 120 && last !== 121 && isVowel(beforeLast) && !isVowel(term.charCodeAt(length - 3))) {
    const doubled = term.charAt(length - 1);
    add(`${term}${doubled}ed`);
    add(`${term}${doubled}ing`);
  }
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
  // Loops into sets, not spreads into arrays: this runs on the first number, and the spreads cost as much again.
  const listed = new Set<string>();
  for (const list of [NAUGHTY_ENGLISH, CUSS_ENGLISH, MAINTAINED_ENGLISH, WORDNET_ENGLISH]) for (const term of list.split(' ')) listed.add(term);
  for (const list of [BLOCKED_WORDS, OFFENSIVE_ENGLISH, noLineWords()]) for (const term of list) listed.add(term);
  const rare = RARE_ENGLISH.split(' ');
  // A short rare entry counts whole, never across a split (ALLA in CALL-ATT); so do its inflections.
  const wholeOnly = new Set<string>();
  for (const term of rare) {
    if (term.length > MIN_INFLECTED_STEM) continue;
    wholeOnly.add(term);
    eachInflection(term, (form) => wholeOnly.add(form));
  }
  for (const term of listed) wholeOnly.delete(term);
  english = new BlockedTerms(listed, false, wholeOnly);
  for (const term of rare) english.add(term);
  const blocked = english;
  for (const term of [...blocked]) eachInflection(term, (form) => blocked.add(form));
  for (const term of runTogetherThreats()) english.add(term);
  return english;
}
