// Run in a fresh process by local/cli/bench.ts and local/cli/engine-compare.ts with the engine bundled the way
// the Lambda ships it: measures the cold start a new container sees (module evaluation, then the first number). Plain JavaScript,
// run by node alone: under tsx its loader thread decoded and scanned the 2.8 MB bundle a second time inside
// the timed import (about 35 ms of CPU), which the Lambda runtime never does.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const bundle = process.argv[2];
if (bundle === undefined) throw new Error('usage: bench-init-probe.mjs <engine bundle .mjs>');
const cpu = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const started = performance.now();
const startedCpu = cpu();
const engine = await import(pathToFileURL(bundle).href);
const imported = performance.now();
const importedCpu = cpu();
engine.generateVanityNumbers('+18003569377');
const firstCall = performance.now();
// CPU time (user + system) of the import and the first number: what they cost when no other work shares
// the core, which wall time on a busy machine does not show.
const firstCallCpuMs = cpu() - importedCpu;
const importCpuMs = importedCpu - startedCpu;
const initCpuMs = importCpuMs + firstCallCpuMs;
const { rss, heapUsed } = process.memoryUsage();
// A language's words are keyed on its first number: the cost a container pays once per language it meets.
engine.generateVanityNumbers('+4930123456789');
const firstLocal = performance.now();
process.stdout.write(JSON.stringify({ importMs: imported - started, firstCallMs: firstCall - imported, firstLocalMs: firstLocal - firstCall, importCpuMs, firstCallCpuMs, initCpuMs, rss, heapUsed }));
