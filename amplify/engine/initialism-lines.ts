import { cutShort, type Dictionary, type WordEntry } from './dictionary';
import { toKeypadDigits } from './keypad';
import { oneLetterScore, oneLetterWord } from './one-letter-words';
import { LINE_NOUNS, SPEAKING_VERBS, isInitialism } from './phrase-units';
import { SCORING, wordScore } from './scoring';
import type { Spelling } from './search';
import { TWO_LETTER_INITIALISMS } from './two-letter-initialisms.generated';
import { WORD_CLASS } from './word-tags';

/**
 * A company's or a body's initialism before the word its line is for, or after U and a
 * verb of speaking: two shapes of advertised line the beam does not reach, built apart on a business's line
 * where a phrase may end cut short (see line-phrases.ts). A person's own number gets neither.
 */

/**
 * The words a company's line says after its two-letter initialism: the nouns a line is named by (see
 * LINE_NOUNS), the verb forms of those a company says of itself (XY-CARES, XY-HELPS, and XY-WORKS, a body's
 * claim that it does its job: the fellowship's 0800 AA WORKS in New Zealand), and the service a maker's
 * line gives (SUPPORT, SERVICE, REPAIR, PARTS). A closed class, as LINE_NOUNS is: two letters fit every pair of
 * digits, so only the words that say what the line is for make them a name.
 */
const INITIALISM_LINE_WORDS: readonly string[] = [...LINE_NOUNS, 'CARES', 'HELPS', 'WORKS', 'PARTS', 'REPAIR', 'SERVICE', 'SUPPORT'];

const INITIALISM_LINE = {
  /**
   * Frequency a two-letter initialism stands in at: a brand's, 3 and 0.1 for each source beyond the two the
   * build asks (see brandZipf in local/cli/word-index-builder.ts), so HP (three sources) reads before GP (two).
   */
  initialismZipf: 3,
  zipfPerSource: 0.1,
  minSources: 2,
  /** Letters the line word keeps when the number's end cuts it (XY-SUPPO(RT), XY-REPAI(R))... */
  minStem: 4,
  /** ...and the most it may lose: the caller is told the whole word, the stub is its start. */
  maxLost: 3,
} as const;

/** The two-letter initialisms as the index's entries would be: a brand's familiarity, a noun, an initialism. */
const TWO_LETTER_ENTRIES: ReadonlyMap<string, readonly WordEntry[]> = (() => {
  const byDigits = new Map<string, WordEntry[]>();
  const classes = WORD_CLASS.noun | WORD_CLASS.initialism;
  for (const [word, sources] of Object.entries(TWO_LETTER_INITIALISMS)) {
    const digits = toKeypadDigits(word);
    const zipf = INITIALISM_LINE.initialismZipf + (sources - INITIALISM_LINE.minSources) * INITIALISM_LINE.zipfPerSource;
    byDigits.set(digits, [...(byDigits.get(digits) ?? []), { word, zipf, familiarity: 'brand', classes, primary: WORD_CLASS.noun, language: 'en' }]);
  }
  return byDigits;
})();

const LINE_WORD_KEYS = INITIALISM_LINE_WORDS.map((word) => ({ word, digits: toKeypadDigits(word) }));

/**
 * A business's line spelled by a well-known two-letter initialism (see local/cli/two-letter-initialisms.ts)
 * and a word of INITIALISM_LINE_WORDS filling the rest of the number, whole or cut by its end
 * (1-800-XY-CARES, +61-1300-XY-HELP, 1-800-XY-SUPPO(RT)). The index keys no two-letter initialism: alone, or
 * beside any other word, two letters read as noise. Scored as the initialism at a brand's stand-in frequency and
 * the word, a phrase that fills the number, a cut word paying a letter more than it loses (see
 * LINE_PHRASE.cutNounCost in line-phrases.ts).
 */
export function twoLetterLineSpellings(digits: string, dictionary: Dictionary): Spelling[] {
  const spellings: Spelling[] = [];
  const heads = TWO_LETTER_ENTRIES.get(digits.slice(0, 2));
  const rest = digits.slice(2);
  if (!heads || rest.length < INITIALISM_LINE.minStem) return spellings;
  for (const { word, digits: keys } of LINE_WORD_KEYS) {
    const lost = keys.length - rest.length;
    if (!keys.startsWith(rest) || lost < 0 || lost > INITIALISM_LINE.maxLost) continue;
    const entry = dictionary.lookup(keys).entries.find((candidate) => candidate.word === word && candidate.fullWord === undefined && candidate.language === 'en');
    if (!entry) continue;
    const said = lost === 0 ? entry : cutShort(entry, lost);
    const wordGain = wordScore(rest.length, entry.zipf, lost) - (lost > 0 ? SCORING.cutLetter : 0);
    for (const head of heads) {
      const score = wordScore(2, head.zipf) + wordGain + SCORING.phrase + SCORING.fill;
      const last: Spelling = { score, head: { start: 2, end: digits.length, word: said }, next: undefined, words: 1, cut: lost > 0, language: 'en' };
      spellings.push({ score, head: { start: 0, end: 2, word: head }, next: last, words: 2, cut: lost > 0, language: 'en', builtApart: true });
    }
  }
  return spellings;
}

/**
 * A business's line spelled by U, a verb of speaking and the body spoken to, the three the whole number
 * (1-800-U-ASK-XYZ): the caller is told what to do and whom the line reaches. Not I: I-ASK-XYZ tells the caller
 * nothing to do, and on 150,000 random toll-free numbers it put I-ASK-CNN and I-ASK-EPA first (I-CALL-XYZ, the
 * shape advertisers print, needs eight letters, a seven-digit line's seven and one cut). The body is an
 * organisation's initialism the index holds (see isInitialism), three letters or more. The search lets a
 * one-letter word open a phrase only before an everyday verb it can close (U-QUIT), and an initialism follow a
 * speaking verb only at the number's start, so these are built here; scored as the search scores the one-letter
 * word (see oneLetterScore), the verb and the name a phrase that fills the number.
 */
export function subjectVerbNameSpellings(digits: string, dictionary: Dictionary): Spelling[] {
  const spellings: Spelling[] = [];
  const subject = oneLetterWord(digits.charAt(0));
  if (subject?.word !== 'U') return spellings;
  const n = digits.length;
  for (let verbEnd = 1 + MIN_VERB_LETTERS; n - verbEnd >= MIN_NAME_LETTERS; verbEnd++) {
    const { entries, extendable } = dictionary.lookup(digits.slice(1, verbEnd));
    const verbs = entries.filter((entry) => SPEAKING_VERBS.has(entry.word) && entry.fullWord === undefined && (entry.classes & WORD_CLASS.verb) !== 0);
    if (verbs.length > 0) {
      const names = dictionary.lookup(digits.slice(verbEnd)).entries.filter((entry) => entry.fullWord === undefined && entry.language === 'en' && isInitialism(entry));
      for (const verb of verbs) {
        for (const name of names) {
          const score = oneLetterScore(0, n) + wordScore(verbEnd - 1, verb.zipf) + wordScore(n - verbEnd, Math.max(name.zipf, INITIALISM_LINE.initialismZipf)) + 2 * SCORING.phrase + SCORING.fill;
          const last: Spelling = { score, head: { start: verbEnd, end: n, word: name }, next: undefined, words: 1, cut: false, language: 'en' };
          const middle: Spelling = { score, head: { start: 1, end: verbEnd, word: verb }, next: last, words: 2, cut: false, language: 'en' };
          spellings.push({ score, head: { start: 0, end: 1, word: subject }, next: middle, words: 3, cut: false, language: 'en', builtApart: true });
        }
      }
    }
    if (!extendable) break;
  }
  return spellings;
}

/** Letters of the shortest verb of speaking (ASK) and of the initialism after it (IRS, CDC). */
const MIN_VERB_LETTERS = 3;
const MIN_NAME_LETTERS = 3;
