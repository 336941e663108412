// `npx tsx local/cli/engine-compare.ts [--against REF] [--numbers N] [--rounds R] [--cold-starts C] [--changed-ok] [--show D]`: the engine of the working
// tree against the engine at REF (default HEAD), both bundled as the function ships them (esbuild, minified)
// and loaded into this one process. It checks that the two give byte-identical answers (top five, texts,
// scores and parts) for the bench's numbers and exits 1 on the first difference; then it times the two
// interleaved, number by number in alternating order, in CPU time (process.cpuUsage), so a machine shared
// with other work slows both alike; and their cold starts (import, first number) in fresh processes, taken
// in turns, in CPU time too. A structural change (speed, data format) must leave every answer as it was.
// `--changed-ok` times a change that means to change answers (a new rule): the differences are reported and
// the timing runs anyway.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { benchNumbers } from '../eval/bench-numbers';
import { percentile } from '../bench/percentile';

interface Engine {
  generateVanityNumbers(input: string): unknown;
}

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const against = option('--against', 'HEAD');
const count = Number(option('--numbers', '12000'));
const rounds = Number(option('--rounds', '3'));
const coldStarts = Number(option('--cold-starts', '7'));
const changedOk = process.argv.includes('--changed-ok');
// How many differences to print (a new rule's are read one by one).
const show = Number(option('--show', '5'));
const root = fileURLToPath(new URL('../..', import.meta.url));

// A cold start in CPU time, importing the bundle then its first number, as the bench measures it.
const COLD_START_PROBE = fileURLToPath(new URL('../bench/bench-init-probe.mjs', import.meta.url));

async function bundle(entry: string, outfile: string): Promise<string> {
  await build({ entryPoints: [entry], bundle: true, minify: true, platform: 'node', format: 'esm', outfile, logLevel: 'silent' });
  return outfile;
}

// Under node_modules so the old engine resolves its packages (libphonenumber-js) from this worktree's.
const scratch = mkdtempSync(path.join(root, 'node_modules', '.engine-compare-'));
let engines: { name: string; engine: Engine }[];
const colds: { importCpuMs: number; firstCallCpuMs: number }[][] = [[], []];
try {
  const old = path.join(scratch, 'old');
  mkdirSync(old);
  const archive = execFileSync('git', ['archive', against, 'amplify/engine'], { cwd: root, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', old], { input: archive });
  const oldBundle = await bundle(path.join(old, 'amplify/engine/index.ts'), path.join(scratch, 'old.mjs'));
  const newBundle = await bundle(path.join(root, 'amplify/engine/index.ts'), path.join(scratch, 'new.mjs'));
  for (let start = 0; start < coldStarts; start++) {
    for (const [index, bundlePath] of [oldBundle, newBundle].entries()) {
      const output = execFileSync(process.execPath, [COLD_START_PROBE, bundlePath], { encoding: 'utf8' });
      colds[index]?.push(JSON.parse(output) as { importCpuMs: number; firstCallCpuMs: number });
    }
  }
  engines = [
    { name: `${against}`, engine: (await import(pathToFileURL(oldBundle).href)) as Engine },
    { name: 'working tree', engine: (await import(pathToFileURL(newBundle).href)) as Engine },
  ];
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const [before, after] = engines;
if (!before || !after) throw new Error('two engines expected');

function answer(engine: Engine, number: string): string {
  try {
    return JSON.stringify(engine.generateVanityNumbers(number));
  } catch (error) {
    return `error: ${String(error)}`;
  }
}

const numbers = benchNumbers(count);
// Besides the bench's numbers: other seeds, and the written forms the parser must read alike.
const extra = benchNumbers(2_000, 7).flatMap((n) => [n, n.replace(/^\+1/, ''), `${n.slice(0, 4)} ${n.slice(4, 7)}-${n.slice(7)}`, `00${n.slice(1)}`]);
let differences = 0;
for (const number of [...numbers, ...extra, '', '+1', '+999123', '1-800-FLOWERS', '+44 (0)20 7946 0958', '+1 (800) 356 9377']) {
  const a = answer(before.engine, number);
  const b = answer(after.engine, number);
  if (a === b) continue;
  differences++;
  if (differences <= show) console.error(`DIFFERENT for ${JSON.stringify(number)}:\n  ${before.name}: ${a}\n  ${after.name}: ${b}`);
}
const checked = numbers.length + extra.length + 6;
if (differences > 0) {
  console.error(`${differences} of ${checked} answers differ`);
  if (!changedOk) process.exit(1);
} else console.log(`answers: ${checked} inputs, byte-identical (${before.name} vs working tree)`);

/** CPU microseconds (user + system) of one call. */
function cpuMicros(engine: Engine, number: string): number {
  const start = process.cpuUsage();
  engine.generateVanityNumbers(number);
  const used = process.cpuUsage(start);
  return used.user + used.system;
}

const times = engines.map(() => [] as number[]);
for (let round = 0; round < rounds; round++) {
  for (const [index, number] of numbers.entries()) {
    // Alternate which engine goes first, so neither always finds the caches the other warmed.
    const order = (index + round) % 2 === 0 ? [0, 1] : [1, 0];
    for (const e of order) times[e]?.push(cpuMicros(engines[e]?.engine ?? before.engine, number));
  }
}
for (const [e, { name }] of engines.entries()) {
  const sorted = (times[e] ?? []).sort((a, b) => a - b);
  const mean = sorted.reduce((sum, t) => sum + t, 0) / sorted.length;
  console.log(
    `${name.padEnd(14)} CPU us per number over ${sorted.length} calls: mean ${mean.toFixed(1)}, median ${percentile(sorted, 0.5)}, p90 ${percentile(sorted, 0.9)}, p99 ${percentile(sorted, 0.99)}, max ${sorted.at(-1) ?? 0}`,
  );
}
for (const [e, { name }] of engines.entries()) {
  const runs = colds[e] ?? [];
  const middle = (values: number[]): number => percentile(values.sort((a, b) => a - b), 0.5);
  const importCpu = middle(runs.map((run) => run.importCpuMs));
  const firstCpu = middle(runs.map((run) => run.firstCallCpuMs));
  console.log(`${name.padEnd(14)} cold start, CPU ms (median of ${runs.length}): import ${importCpu.toFixed(1)}, first number ${firstCpu.toFixed(1)}, sum ${(importCpu + firstCpu).toFixed(1)}`);
}
