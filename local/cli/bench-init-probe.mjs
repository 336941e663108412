// Run in a fresh process by bench.ts with the engine bundled the way the Lambda ships it:
// measures the cold start a new container sees (module evaluation, then the first number).
import { pathToFileURL } from 'node:url';

interface Engine {
  generateVanityNumbers(input: string): unknown;
}

const bundle = process.argv[2];
if (bundle === undefined) throw new Error('usage: bench-init-probe.ts <engine bundle .mjs>');
const started = performance.now();
const engine = (await import(pathToFileURL(bundle).href)) as Engine;
const imported = performance.now();
engine.generateVanityNumbers('+18003569377');
const firstCall = performance.now();
const { rss, heapUsed } = process.memoryUsage();
// A language's words are keyed on its first number: the cost a container pays once per language it meets.
engine.generateVanityNumbers('+4930123456789');
const firstLocal = performance.now();
process.stdout.write(JSON.stringify({ importMs: imported - started, firstCallMs: firstCall - imported, firstLocalMs: firstLocal - firstCall, rss, heapUsed }));
