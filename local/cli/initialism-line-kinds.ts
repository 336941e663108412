// `npx tsx local/cli/initialism-line-kinds.ts`: a made-up list of business lines of stop 25's kinds (see
// local/eval/initialism-lines.ts); prints where each line ranks and the top-five share per kind, for the lines
// the rules were built on and for those written after, apart. No advertised number is among them.
import { INITIALISM_LINES, type InitialismLineKind } from '../eval/initialism-lines';
import { lineRank } from '../eval/made-up-lines';

const tallies = new Map<string, { hits: number; first: number; total: number }>();
for (const [kind, printed, prefix, written] of INITIALISM_LINES) {
  const { rank, answers } = lineRank(printed, prefix);
  const key = `${kind} (${written})`;
  const tally = tallies.get(key) ?? { hits: 0, first: 0, total: 0 };
  tallies.set(key, { hits: tally.hits + (rank >= 0 ? 1 : 0), first: tally.first + (rank === 0 ? 1 : 0), total: tally.total + 1 });
  console.log(`${rank >= 0 ? `#${rank + 1}` : '--'}  ${kind.padEnd(12)} ${written} +${prefix} ${printed.padEnd(12)} ${answers.join(' | ')}`);
}
const kinds: readonly InitialismLineKind[] = ['two-letter', 'tail-911', 'subject-verb', 'web', 'for-my'];
for (const kind of kinds) {
  for (const written of ['tuned', 'fresh']) {
    const tally = tallies.get(`${kind} (${written})`);
    if (tally) console.log(`${kind} (${written}): ${tally.hits}/${tally.total} in the top five (first ${tally.first})`);
  }
}
