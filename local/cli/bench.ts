import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { generateVanityNumbers, toKeypadDigits } from '../../amplify/engine';
import { wordSourcesFor } from '../../amplify/engine/word-sources';
import { BENCH_RANGES, benchNumbers } from '../eval/bench-numbers';
import { advertisedScore, type AdvertisedScore } from '../eval/advertised-score';
import { everydayScore } from '../eval/everyday-score';
import { SWEEP_LANGUAGES, sweepLanguage } from '../eval/offensive-sweep';
import { BUSINESS_PHRASES, TEST_NUMBERS, TUNING_NUMBERS } from '../eval/famous-vanity-numbers';
import { percentile } from '../bench/percentile';
import { describeFunctionBundle, measureFunctionBundle } from '../bench/function-bundle-bench';

// `npm run bench -- --json` prints the figures as one JSON object instead of the report; `--sweep` adds the
// offensive sweep (about ten seconds more).
const asJson = process.argv.includes('--json');
const withSweep = process.argv.includes('--sweep');

const NUMBERS = 12_000;
const WARM_UP = 2_000;
const COLD_STARTS = 9;

interface ColdStart {
  importMs: number;
  firstCallMs: number;
  firstLocalMs: number;
  /** CPU time (user + system) of the import and the first number. */
  initCpuMs: number;
  rss: number;
  heapUsed: number;
}

/** Bundles the engine as the function's build does (esbuild, minified, dependencies inlined). */
async function bundleEngine(directory: string): Promise<string> {
  const outfile = join(directory, 'engine.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('../../amplify/engine/index.ts', import.meta.url))],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'silent',
  });
  return outfile;
}

function coldStart(bundle: string): ColdStart {
  const probe = fileURLToPath(new URL('../bench/bench-init-probe.mjs', import.meta.url));
  // Run by node alone, as the Lambda runtime imports the bundle: no TypeScript loader inside the timed part.
  const output = execFileSync(process.execPath, [probe, bundle], { encoding: 'utf8' });
  return JSON.parse(output) as ColdStart;
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 0.5);
}

const directory = mkdtempSync(join(tmpdir(), 'vanity-bench-'));
let colds: ColdStart[];
let bundleBytes: number;
try {
  const bundle = await bundleEngine(directory);
  bundleBytes = statSync(bundle).size;
  colds = Array.from({ length: COLD_STARTS }, () => coldStart(bundle));
} finally {
  rmSync(directory, { recursive: true, force: true });
}
const numbers = benchNumbers(NUMBERS);
for (const number of numbers.slice(0, WARM_UP)) generateVanityNumbers(number);
const micros: number[] = [];
// Numbers of countries spelled in a local language first, English second: their lookups read two to four indexes.
const localMicros: number[] = [];
let fallbacks = 0;
const started = performance.now();
for (const number of numbers) {
  const t0 = performance.now();
  const result = generateVanityNumbers(number);
  const elapsed = (performance.now() - t0) * 1000;
  micros.push(elapsed);
  if (wordSourcesFor(result.country)[0]?.language !== 'en') localMicros.push(elapsed);
  if (!result.candidates.some((candidate) => candidate.parts.some((part) => part.isWord))) fallbacks++;
}
const totalMs = performance.now() - started;
micros.sort((a, b) => a - b);
localMicros.sort((a, b) => a - b);

/** How many of the numbers have their letters first, and in the top five. */
function hitRate(cases: readonly { number: string; letters: string }[]): { top1: number; top5: number } {
  let top1 = 0;
  let top5 = 0;
  for (const { number, letters } of cases) {
    const ranked = generateVanityNumbers(number).vanityNumbers.map((text) => text.replaceAll('-', ''));
    const rank = ranked.findIndex((text) => text.includes(letters));
    if (rank === 0) top1++;
    if (rank >= 0) top5++;
  }
  return { top1, top5 };
}

const tuning = advertisedScore(TUNING_NUMBERS);
const test = advertisedScore(TEST_NUMBERS);
const everyday = everydayScore();
const sweep = withSweep ? SWEEP_LANGUAGES.map((language) => ({ language, ...sweepLanguage(language) })) : [];
const sweepTotals = {
  numbers: sweep.reduce((sum, s) => sum + s.numbers, 0),
  candidates: sweep.reduce((sum, s) => sum + s.candidates, 0),
  offensive: sweep.reduce((sum, s) => sum + s.findings.length, 0),
};
const phrases = hitRate(
  BUSINESS_PHRASES.map((phrase) => ({ number: `+1800${toKeypadDigits(phrase)}`, letters: phrase.replaceAll('-', '') })),
);

const memory = process.memoryUsage();
const importMs = median(colds.map((c) => c.importMs));
const firstCallMs = median(colds.map((c) => c.firstCallMs));
const firstLocalMs = median(colds.map((c) => c.firstLocalMs));
const initCpuMs = median(colds.map((c) => c.initCpuMs));

function percent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((part / whole) * 100).toFixed(1)} %`;
}

function advertisedLine(name: string, score: AdvertisedScore): string {
  return `  advertised vanity numbers, ${name} half: phrase in top 5 for ${score.top5}/${score.total} (${percent(score.top5, score.total)}), first for ${score.first}/${score.total} (${percent(score.first, score.total)})`;
}

const functionBundle = await measureFunctionBundle();

if (asJson) {
  console.log(
    JSON.stringify(
      {
        numbers: numbers.length,
        initMs: importMs + firstCallMs,
        initCpuMs,
        importMs,
        firstCallMs,
        firstLocalMs,
        bundleBytes,
        perNumberMicros: { median: percentile(micros, 0.5), p90: percentile(micros, 0.9), p99: percentile(micros, 0.99), max: micros.at(-1) ?? 0 },
        localPerNumberMicros: { median: percentile(localMicros, 0.5), p99: percentile(localMicros, 0.99) },
        throughputPerSecond: Math.round((numbers.length / totalMs) * 1000),
        fallbacks,
        advertised: { tuning, test: { total: test.total, first: test.first, top5: test.top5 } },
        everyday,
        ...(withSweep ? { offensiveSweep: { ...sweepTotals, findings: sweep.flatMap((s) => s.findings) } } : {}),
        businessPhrases: { total: BUSINESS_PHRASES.length, ...phrases },
        functionBundle,
      },
      null,
      2,
    ),
  );
} else {
  const worded = everyday.numbers - everyday.noWord;
  console.log(`Vanity engine benchmark (${numbers.length} numbers from ${BENCH_RANGES.ranges} number ranges in ${BENCH_RANGES.countries} countries, ${WARM_UP} warm-up calls)`);
  console.log(`  init, fresh process, bundled engine (${mib(bundleBytes)}; median of ${COLD_STARTS}): ${(importMs + firstCallMs).toFixed(1)} ms = import ${importMs.toFixed(1)} ms + first number ${firstCallMs.toFixed(1)} ms (the key blocks it reads, profanity matcher); CPU time ${initCpuMs.toFixed(1)} ms`);
  console.log(`  first German number after that (reads its German key blocks, German and English discounted): ${firstLocalMs.toFixed(1)} ms`);
  console.log(`  per number, warm: median ${percentile(micros, 0.5).toFixed(1)} us, p90 ${percentile(micros, 0.9).toFixed(1)} us, p99 ${percentile(micros, 0.99).toFixed(1)} us, max ${(micros.at(-1) ?? 0).toFixed(0)} us`);
  console.log(`  of which ${localMicros.length} in local-language countries (DE FR ES IT NL CH SE PL BR): median ${percentile(localMicros, 0.5).toFixed(1)} us, p99 ${percentile(localMicros, 0.99).toFixed(1)} us`);
  console.log(`  throughput: ${Math.round((numbers.length / totalMs) * 1000)} numbers/s; plain-number fallback only: ${fallbacks} of ${numbers.length}`);
  console.log(`  memory: fresh process after first number RSS ${mib(median(colds.map((c) => c.rss)))}, heap ${mib(median(colds.map((c) => c.heapUsed)))}; this bench process (with tsx and esbuild) peak RSS ${mib(process.resourceUsage().maxRSS * 1024)}, heap ${mib(memory.heapUsed)}`);
  console.log(advertisedLine('tuning', tuning));
  console.log(advertisedLine('test (held out, never tune on it)', test));
  console.log(`  everyday numbers (${everyday.numbers} random US, CA, UK, IE, AU and NZ numbers; judged by Wikipedia-frequent Letterpress words, which the engine does not use):`);
  console.log(`    rank 1 all common words: ${everyday.allCommon} (${percent(everyday.allCommon, everyday.numbers)} of all, ${percent(everyday.allCommon, worded)} of those with a word); no word at all: ${everyday.noWord} (${percent(everyday.noWord, everyday.numbers)})`);
  console.log(`    reference, not independent (the ranking uses SCOWL): all SCOWL <= 35 words ${everyday.allScowl} (${percent(everyday.allScowl, everyday.numbers)} of all, ${percent(everyday.allScowl, worded)} of those with a word)`);
  console.log(`    by variety: ${Object.entries(everyday.byVariety).sort(([a], [b]) => a.localeCompare(b)).map(([variety, v]) => `${variety} ${percent(v.allCommon, v.numbers)} common, ${percent(v.noWord, v.numbers)} none`).join('; ')}`);
  console.log(`    rank 1 with an uncommon word, for example: ${everyday.uncommonExamples.join(', ')}`);
  console.log(`  made-up business phrases: in top 5 for ${phrases.top5}/${BUSINESS_PHRASES.length}, top 1 for ${phrases.top1}/${BUSINESS_PHRASES.length}`);
  if (withSweep) {
    console.log(`  offensive sweep (naughty-words entries in the last 4, 5 and 7 digits, ${sweep.length} languages): ${sweepTotals.offensive} offensive of ${sweepTotals.candidates} top-five candidates for ${sweepTotals.numbers} numbers`);
    for (const finding of sweep.flatMap((s) => s.findings).slice(0, 10)) console.log(`    ${finding.number}: ${finding.candidate} reads ${finding.reading}`);
  }
  console.log(describeFunctionBundle(functionBundle));
}
