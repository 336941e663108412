// Run in a fresh process by function-bundle-bench.ts: imports the function's shipped bundle once, as the
// Lambda runtime does at cold start, and prints how long the import took (wall and CPU). Plain JavaScript, so no
// TypeScript loader runs inside the timed part.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const bundle = process.argv[2];
if (bundle === undefined) throw new Error('usage: function-bundle-probe.mjs <index.mjs>');
const started = performance.now();
const cpuBefore = process.cpuUsage();
const module = await import(pathToFileURL(bundle).href);
const importMs = performance.now() - started;
// CPU time (user + system) of this process during the import: what the import costs when no other work
// shares the core, which wall time on a busy machine does not show.
const cpu = process.cpuUsage(cpuBefore);
const cpuMs = (cpu.user + cpu.system) / 1000;
if (typeof module.handler !== 'function') throw new Error(`${bundle} exports no handler`);
process.stdout.write(JSON.stringify({ importMs, cpuMs }));
// The bundle starts its data client at load; nothing here waits for it.
process.exit(0);
