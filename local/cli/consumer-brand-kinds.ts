// `npx tsx local/cli/consumer-brand-kinds.ts`: the made-up consumer brands' toll-free lines of stop 24
// (local/eval/consumer-brand-lines.ts: a brand of seven letters filling the number, one of eight cut by its
// last letter); prints where each ranks and the top-five and first shares per kind.
import { lineRank } from '../eval/made-up-lines';
import { CONSUMER_BRAND_LINES, type ConsumerBrandKind } from '../eval/consumer-brand-lines';

const byKind = new Map<ConsumerBrandKind, { hits: number; first: number; total: number }>();
for (const [kind, printed, prefix] of CONSUMER_BRAND_LINES) {
  const { rank, answers } = lineRank(printed, prefix);
  const tally = byKind.get(kind) ?? { hits: 0, first: 0, total: 0 };
  byKind.set(kind, { hits: tally.hits + (rank >= 0 ? 1 : 0), first: tally.first + (rank === 0 ? 1 : 0), total: tally.total + 1 });
  console.log(`${rank >= 0 ? `#${rank + 1}` : '--'}  ${kind.padEnd(4)} +${prefix} ${printed.padEnd(9)} ${answers.join(' | ')}`);
}
for (const [kind, tally] of byKind) console.log(`${kind}: ${tally.hits}/${tally.total} in the top five (first ${tally.first})`);
