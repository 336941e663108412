import { generateVanityNumbers } from '../../amplify/engine';
import { toKeypadDigits } from '../../amplify/engine/keypad';

/**
 * Made-up business lines, measured (see local/cli/*-kinds.ts): a
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

/** How the made-up lines of one kind rank: how many there are, how many are among the five answers, how many first. */
export interface KindTally {
  total: number;
  hits: number;
  first: number;
}

/**
 * Prints each made-up line (its kind, as printed, its prefix) with where it ranks, `label` and the five answers,
 * and tallies the lines by kind: the measure the local/cli/*-kinds.ts scripts print.
 */
export function printRanksByKind<Kind>(
  lines: readonly (readonly [Kind, string, string])[],
  label: (kind: Kind, printed: string, prefix: string) => string,
): Map<Kind, KindTally> {
  const byKind = new Map<Kind, KindTally>();
  for (const [kind, printed, prefix] of lines) {
    const { rank, answers } = lineRank(printed, prefix);
    const tally = byKind.get(kind) ?? { total: 0, hits: 0, first: 0 };
    byKind.set(kind, { total: tally.total + 1, hits: tally.hits + (rank >= 0 ? 1 : 0), first: tally.first + (rank === 0 ? 1 : 0) });
    console.log(`${rank >= 0 ? `#${rank + 1}` : '--'}  ${label(kind, printed, prefix)} ${answers.join(' | ')}`);
  }
  return byKind;
}
