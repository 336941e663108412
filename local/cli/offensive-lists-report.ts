import { writeFileSync } from 'node:fs';
import { independentLists } from '../eval/independent-lists';
import { SWEEP_LANGUAGES, sweepList, threatList } from '../eval/offensive-sweep';

// `npx tsx local/cli/offensive-lists-report.ts [--loose] [--out file.json]`: the offensive sweep over lists the
// engine was not built from, per list and language, and threats and oaths run together (KILLYOU, FORKYOU). --loose counts three-letter entries across a split too;
// --cross sweeps each English list over every local language's numbers as well (English is spelled there too).
const loose = process.argv.includes('--loose');
const cross = process.argv.includes('--cross');
const outIndex = process.argv.indexOf('--out');
const out = outIndex >= 0 ? process.argv[outIndex + 1] : undefined;

const report = [];
let total = 0;
const runs = [...independentLists(), threatList()].flatMap((list) =>
  cross && list.language === 'en' ? SWEEP_LANGUAGES.map((rangesOf) => ({ list, rangesOf })) : [{ list, rangesOf: list.language }],
);
for (const { list, rangesOf } of runs) {
  const started = performance.now();
  const { numbers, candidates, findings } = sweepList(list, loose ? 3 : 4, rangesOf);
  total += findings.length;
  const readings = new Map<string, number>();
  for (const { reading } of findings) readings.set(reading, (readings.get(reading) ?? 0) + 1);
  const top = [...readings].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([reading, count]) => `${reading}×${count}`);
  console.log(`${list.name.padEnd(36)} ${rangesOf} ${String(numbers).padStart(5)} numbers ${String(findings.length).padStart(4)} offensive of ${candidates} (${((performance.now() - started) / 1000).toFixed(1)} s) ${top.join(' ')}`);
  report.push({ name: list.name, language: list.language, numbersOf: rangesOf, numbers, candidates, offensive: findings.length, findings });
}
console.log(`total offensive: ${total}`);
if (out) writeFileSync(out, JSON.stringify(report, null, 1));
