// `npx tsx local/cli/consumer-brand-kinds.ts`: the made-up consumer brands' toll-free lines of stop 24
// (local/eval/consumer-brand-lines.ts: a brand of seven letters filling the number, one of eight cut by its
// last letter); prints where each ranks and the top-five and first shares per kind.
import { printRanksByKind } from '../eval/made-up-lines';
import { CONSUMER_BRAND_LINES } from '../eval/consumer-brand-lines';

const byKind = printRanksByKind(CONSUMER_BRAND_LINES, (kind, printed, prefix) => `${kind.padEnd(4)} +${prefix} ${printed.padEnd(9)}`);
for (const [kind, tally] of byKind) console.log(`${kind}: ${tally.hits}/${tally.total} in the top five (first ${tally.first})`);
