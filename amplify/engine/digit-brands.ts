import type { WordEntry } from './dictionary';
import { DIGIT_BRANDS } from './digit-brands.generated';
import { toKeypadDigits } from './keypad';
import { SCORING, keptDigitsScore, wordScore } from './scoring';
import type { Segment, Spelling } from './search';

/** Rules for brands whose name holds a number (see digitBrandSpellings). */
export const DIGIT_BRAND = {
  /** Zipf the name is scored at: the stand-in frequency the index gives a brand no corpus counts. */
  zipf: 3,
  /** Letters the name's word may lose to the number's end when it closes the line (84-LUMBE(R))... */
  maxLost: 1,
  /** ...and the letters it keeps: most of the word (LUMBE of LUMBER; not ROUN of 9 ROUND). */
  minStem: 5,
  /**
   * Digits the name dials, its number included: five fall in place on one random line in some 30,000, and on
   * 50,000 random toll-free numbers TELE-2, 7-BREW and TAKE-5 took rank 1 four times (1-855-49-TELE-2 over
   * 498-FLEA, 1-844-7-BREW-11 over RARE-911), names a caller of those lines would not know.
   */
  minDigits: 6,
} as const;

interface DigitBrand {
  word: string;
  /** The number of the name, as written (6 of MOTEL-6). */
  number: string;
  /** True when the word comes first (MOTEL-6), false when the number does (7-ELEVEN). */
  wordFirst: boolean;
}

const BRANDS: readonly DigitBrand[] = DIGIT_BRANDS.map((name) => {
  const [first = '', second = ''] = name.split('-');
  const wordFirst = /^[A-Z]+$/.test(first);
  return wordFirst ? { word: first, number: second, wordFirst } : { word: second, number: first, wordFirst };
});

/**
 * A business's line that spells a brand whose name is a word and a number, as the brand lists write it
 * (Motel 6, Super 8, 84 Lumber, Mitre 10: see digit-brands.generated.ts), the name's digits in place and
 * any other digits kept before or after it (1-800-4-MOTEL-6, 1-800-SUPER-8-22). The search reads the
 * name's number as digits left over, which cost what kept digits cost, and writes no word with digits on
 * both sides, so these are built here. The name is scored as one trusted word of its letters and digits at
 * a brand's stand-in frequency (DIGIT_BRAND.zipf): the chain's own name, which a random line spells only
 * when five digits or more fall exactly in place. Where the number comes first, the word may close the
 * number cut by its end (84-LUMBE(R)), as advertisers print the whole name.
 */
export function digitBrandSpellings(digits: string): Spelling[] {
  const n = digits.length;
  const spellings: Spelling[] = [];
  for (const brand of BRANDS) {
    const wordDigits = toKeypadDigits(brand.word);
    for (let lost = 0; lost <= DIGIT_BRAND.maxLost; lost++) {
      // Only a word that closes the number may lose letters, and only where it keeps most of itself.
      if (lost > 0 && (brand.wordFirst || brand.word.length - lost < DIGIT_BRAND.minStem)) continue;
      const said = wordDigits.slice(0, wordDigits.length - lost);
      const key = brand.wordFirst ? said + brand.number : brand.number + said;
      if (key.length < DIGIT_BRAND.minDigits) continue;
      for (let start = digits.indexOf(key); start >= 0; start = digits.indexOf(key, start + 1)) {
        const end = start + key.length;
        if (lost > 0 && end !== n) continue;
        spellings.push(spellingOf(brand, start, end, n, lost));
      }
    }
  }
  return spellings;
}

function spellingOf(brand: DigitBrand, start: number, end: number, n: number, lost: number): Spelling {
  const word: WordEntry = { word: brand.word.slice(0, brand.word.length - lost), zipf: DIGIT_BRAND.zipf, familiarity: 'brand', classes: 0, primary: 0, language: 'en' };
  if (lost > 0) word.fullWord = brand.word;
  const wordStart = brand.wordFirst ? start : start + brand.number.length;
  const wordEnd = wordStart + word.word.length;
  const numberStart = brand.wordFirst ? wordEnd : start;
  const segments: Segment[] = [];
  if (start > 0) segments.push({ start: 0, end: start });
  const nameSegments: Segment[] = [{ start: wordStart, end: wordEnd, word }, { start: numberStart, end: numberStart + brand.number.length }];
  segments.push(...(brand.wordFirst ? nameSegments : nameSegments.reverse()));
  if (end < n) segments.push({ start: end, end: n });
  const kept = keptDigitsScore(start, end, n);
  const around = start > 0 && end < n ? -SCORING.wedged : 0;
  const fill = start === 0 && end === n ? SCORING.fill : 0;
  const score = wordScore(end - start + lost, DIGIT_BRAND.zipf, lost) + kept + around + fill;
  let spelling: Spelling | undefined;
  for (const segment of segments.reverse()) {
    spelling = { score, head: segment, next: spelling, words: (spelling?.words ?? 0) + (segment.word ? 1 : 0), cut: lost > 0, language: 'en' };
  }
  if (!spelling) throw new Error('a brand spells at least its word');
  return { ...spelling, builtApart: true };
}
