import { generateVanityNumbers } from '../../../amplify/engine';
import { toKeypadDigits } from '../../../amplify/engine/keypad';

/** The rank (1-5) of the candidate spelling `letters` (hyphens and a cut word's lost letters left out), or 0. */
export function rank(number: string, letters: string): number {
  return generateVanityNumbers(number).vanityNumbers.findIndex((text) => text.replaceAll('-', '').endsWith(letters)) + 1;
}

/** A made-up line's digits as dialled: its letters, those in parentheses run past the number and are not. */
export function digitsOf(vanity: string): string {
  return toKeypadDigits(lettersOf(vanity));
}

/** A made-up line's letters as the number holds them: hyphens and the letters in parentheses left out. */
export function lettersOf(vanity: string): string {
  return vanity.replace(/\(.*\)$/, '').replaceAll('-', '');
}
