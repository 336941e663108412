// Run in a fresh process by function-bundle-bench.ts: imports the function's shipped bundle once, as the
// Lambda runtime does at cold start, and prints how long the import took. Plain JavaScript, so no
// TypeScript loader runs inside the timed part.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const bundle = process.argv[2];
if (bundle === undefined) throw new Error('usage: function-bundle-probe.mjs <index.mjs>');
const started = performance.now();
const module = await import(pathToFileURL(bundle).href);
const importMs = performance.now() - started;
if (typeof module.handler !== 'function') throw new Error(`${bundle} exports no handler`);
process.stdout.write(JSON.stringify({ importMs }));
// The bundle starts its data client at load; nothing here waits for it.
process.exit(0);
