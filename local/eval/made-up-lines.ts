import { generateVanityNumbers } from '../../amplify/engine';
import { toKeypadDigits } from '../../amplify/engine/keypad';

/**
 * Made-up business lines, measured (see local/cli/brand-line-kinds.ts, local/cli/organisation-line-kinds.ts): a
 * line as printed after its business prefix (country code and business code), its letters past the number's
 * length dialled into nothing and cut.
 */

/** The line's number as dialled: its letters on the keypad, those past the number's length cut. */
function dialledNumber(printed: string, prefix: string): { number: string; dialled: string } {
  const letters = printed.replaceAll('-', '');
  const length = prefix.startsWith('1') ? 7 : prefix.startsWith('44') ? 7 : 6;
  const dialled = letters.slice(0, length);
  return { number: `+${prefix}${toKeypadDigits(dialled)}`, dialled };
}

/** Where the line stands among the five answers (0-based), -1 when it is not offered. */
export function lineRank(printed: string, prefix: string): { rank: number; answers: readonly string[] } {
  const { number, dialled } = dialledNumber(printed, prefix);
  const answers = generateVanityNumbers(number).vanityNumbers;
  return { rank: answers.findIndex((text) => text.replaceAll('-', '').replace(/\(.*\)$/, '').endsWith(dialled)), answers };
}
