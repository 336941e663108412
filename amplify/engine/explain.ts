import { toKeypadDigits } from './keypad';
import type { VanityPart } from './types';

/** Splits a written vanity number into its words and digit groups, e.g. "1-800-GOT-JUNK" into 1, 800, GOT, JUNK. */
export function explainVanityNumber(text: string): VanityPart[] {
  const parts: VanityPart[] = [];
  for (const token of text.split(/[\s\-.()/]+/)) {
    for (const run of token.match(/\+?\d+|[A-Za-z]+/g) ?? []) {
      const isWord = /[A-Za-z]/.test(run);
      parts.push({ text: run, digits: toKeypadDigits(run), isWord });
    }
  }
  return parts;
}
