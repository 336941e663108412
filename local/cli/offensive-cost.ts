import { benchNumbers } from '../eval/bench-numbers';
import { SWEEP_RANGES } from '../eval/offensive-sweep';
import { generateVanityNumbers } from '../../amplify/engine';

// `npx tsx local/cli/offensive-cost.ts <other engine dir>`: what blocking costs. Over random numbers of the
// bench ranges and of every swept language's ranges, how many rank-1 answers and top-five lists differ
// from another build of the engine (a checkout of the commit before), with examples.
const other = process.argv[2];
if (!other) throw new Error('usage: offensive-cost.ts <path to another amplify/engine>');
const base = (await import(`${other}/index.ts`)) as { generateVanityNumbers: typeof generateVanityNumbers };

const sweepRanges = Object.values(SWEEP_RANGES).flat();
const numbers = [...benchNumbers(3_000, 7), ...benchNumbers(3_000, 8, sweepRanges)];
let first = 0;
let top5 = 0;
const examples: string[] = [];
for (const number of numbers) {
  const before = base.generateVanityNumbers(number).vanityNumbers;
  const after = generateVanityNumbers(number).vanityNumbers;
  if (before[0] !== after[0]) {
    first++;
    if (examples.length < 40) examples.push(`${before[0] ?? ''} -> ${after[0] ?? ''}`);
  }
  if (before.join() !== after.join()) top5++;
}
console.log(`${numbers.length} numbers: rank 1 differs for ${first}, top five for ${top5}`);
for (const example of examples) console.log(`  ${example}`);
