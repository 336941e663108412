import { BLOCKED_WORDS, OFFENSIVE_ENGLISH } from './blocked-words';
import { COMPARATIVE_ENGLISH, CUSS_ENGLISH, MAINTAINED_ENGLISH, NAUGHTY_ENGLISH, PROFANE_SHORT_ENGLISH, RARE_ENGLISH, ROMANIZED_RUSSIAN, UNSURE_ENGLISH, WORDNET_ENGLISH } from './english-blocked.generated';
import { lazyWordSet } from './word-set';
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
 * FORKYOU: see offensive-phrases.ts), Russian swearing in Latin letters (EBLO, SUKA: romanized-russian.ts in local/cli), what WordNet calls offensive
 * or names as sexual, a drug or an intimate part (local/cli/wordnet-offensive.ts), the comparatives of the blocked
 * adjectives (DEADER, DIRTIER: local/cli/english-comparatives.ts), the words obscenity lets
 * through (blocked-words.ts), the curated ones and the everyday words no line offers (no-line-words.ts), each
 * with its regular inflections.
 * Judged whole, next to each other and across splits, never inside one word (see BlockedTerms): English
 * words are whole words, and obscenity already finds its terms inside them. Built on first use from about
 * 2,600 short strings (38 KiB of source), some 3,800 terms that stand for 14,800 with their inflections.
 */
export function englishBlockedTerms(): BlockedTerms {
  if (english) return english;
  const stems = new Set<string>();
  for (const list of [NAUGHTY_ENGLISH, CUSS_ENGLISH, MAINTAINED_ENGLISH, WORDNET_ENGLISH, COMPARATIVE_ENGLISH]) for (const term of list.split(' ')) stems.add(term);
  for (const list of [BLOCKED_WORDS, OFFENSIVE_ENGLISH, noLineWords()]) for (const term of list) stems.add(term);
  const rare = RARE_ENGLISH.split(' ');
  // A short rare entry counts whole, never across a split (ALLA in CALL-ATT); so do its inflections. Not one
  // used as profanity (HEBE in SHE-BEND, WHOP in WHO-PEAK): heard across a split, it is still the slur.
  const crossing = new Set(PROFANE_SHORT_ENGLISH.split(' '));
  const wholeOnly = new Set<string>();
  for (const term of rare) {
    if (term.length > MIN_INFLECTED_STEM || crossing.has(term)) continue;
    wholeOnly.add(term);
    eachInflection(term, (form) => wholeOnly.add(form));
  }
  for (const term of stems) wholeOnly.delete(term);
  for (const term of rare) stems.add(term);
  // Romanized Russian takes no English inflection (SUKAS, EBLOED), so it joins as written.
  english = new InflectedTerms(stems, [...runTogetherThreats(), ...ROMANIZED_RUSSIAN.split(' ')], wholeOnly);
  return english;
}

/**
 * Whether an English word (lower case) is one cuss rates maybe profanity (ABUSE, TRAP, SPADE, SMACK, LIQUOR,
 * RANDY): an everyday word first, which a business may advertise (a helpline's ABUSE), but a person's own
 * number, never bought for its words, does without it.
 */
export const isUnsureEnglish: (word: string) => boolean = lazyWordSet(() => UNSURE_ENGLISH.split(' '));

/** The shortest blocked term heard whole when the number ends one letter short of it (JACKAS for JACKASS). */
const MIN_CUT_TERM = 6;

let cutTerms: ReadonlySet<string> | undefined;

/**
 * Whether letters that end a number end in an English blocked term of MIN_CUT_TERM letters or more less its
 * last letter, read across a split into the last word (`lastWord` letters long): JACK-AS, HASS-HOL. The number
 * stops where the term would end and the caller's ear completes it, as it completes a word cut short on purpose
 * (1-800-MATTRES). Inside the last word alone the caller hears that word (CONDO, not CONDOM).
 */
export function endsInCutTerm(letters: string, lastWord: number): boolean {
  cutTerms ??= new Set([...englishBlockedTerms()].filter((term) => term.length >= MIN_CUT_TERM).map((term) => term.slice(0, -1)));
  for (let length = Math.max(MIN_CUT_TERM - 1, lastWord + 1); length <= letters.length; length++) {
    if (cutTerms.has(letters.slice(-length))) return true;
  }
  return false;
}

/**
 * Blocked terms that hold each stem's regular inflections too (see inflectionsOf), recognised when a word is
 * looked up instead of written out: writing out 11,000 inflections cost a cold start's first number about
 * 9 ms, for the few look-ups a number makes. Iterated, it lists the stems and the other terms; `has` and
 * `prefixes` answer as a set of every form would.
 */
class InflectedTerms extends BlockedTerms {
  constructor(
    private readonly stems: ReadonlySet<string>,
    others: Iterable<string>,
    wholeOnly: ReadonlySet<string>,
  ) {
    super(stems, false, wholeOnly);
    for (const term of others) this.add(term);
  }

  override has(term: string): boolean {
    return super.has(term) || this.isInflection(term);
  }

  override prefixes(length: number): ReadonlySet<string> {
    const prefixes = new Set(super.prefixes(length));
    for (const stem of this.stems) {
      // A form starts with its stem, whose prefix is there already, unless the stem is shorter or the form
      // drops its final E (RAPING).
      if (stem.length >= length && !stem.endsWith('e')) continue;
      eachInflection(stem, (form) => form.length >= length && prefixes.add(form.slice(0, length)));
    }
    return prefixes;
  }

  /** Whether `form` is an inflection of a stem: every form ends in s, d or g, one to four letters past its stem (three, less an E, for RAPING). */
  private isInflection(form: string): boolean {
    const last = form.charCodeAt(form.length - 1);
    if (last !== 115 && last !== 100 && last !== 103) return false;
    for (const stem of [form.slice(0, -1), form.slice(0, -2), form.slice(0, -3), `${form.slice(0, -3)}e`, form.slice(0, -4)]) {
      if (stem.length >= MIN_INFLECTED_STEM && this.stems.has(stem) && inflectionsOf(stem).includes(form)) return true;
    }
    return false;
  }
}
