// `npx tsx local/cli/service-brand-kinds.ts`: the made-up consumer and service brands' business lines of stop 25
// (local/eval/service-brand-lines.ts: a brand filling the number, beside a digit or two, cut by the number's
// end); prints where each ranks and the top-five and first shares per shape.
import { lineRank } from '../eval/made-up-lines';
import { SERVICE_BRAND_LINES, type ServiceBrandShape } from '../eval/service-brand-lines';

const byShape = new Map<ServiceBrandShape, { hits: number; first: number; total: number }>();
for (const [shape, printed, prefix] of SERVICE_BRAND_LINES) {
  const { rank, answers } = lineRank(printed, prefix);
  const tally = byShape.get(shape) ?? { hits: 0, first: 0, total: 0 };
  byShape.set(shape, { hits: tally.hits + (rank >= 0 ? 1 : 0), first: tally.first + (rank === 0 ? 1 : 0), total: tally.total + 1 });
  console.log(`${rank >= 0 ? `#${rank + 1}` : '--'}  ${shape.padEnd(12)} +${prefix} ${printed.padEnd(11)} ${answers.join(' | ')}`);
}
const all = { hits: 0, first: 0, total: 0 };
for (const [shape, tally] of byShape) {
  console.log(`${shape}: ${tally.hits}/${tally.total} in the top five (first ${tally.first})`);
  all.hits += tally.hits;
  all.first += tally.first;
  all.total += tally.total;
}
console.log(`all: ${all.hits}/${all.total} in the top five (first ${all.first})`);
