import { parseArgs } from 'node:util';
import { placeCall, readCall, TwinNotRunningError, twinUrl } from '../twin/twin-client';
import { FaultRun, isLoadFault, LOAD_FAULTS } from './load-fault';
import { exitQuietlyWhenStdoutCloses } from './closed-pipe';
import { percentile } from '../bench/percentile';

const USAGE = `Usage: npm run load -- [--calls N] [--concurrency C] [--json]
                     [--fault store-outage|store-slow] [--fault-seconds S] [--drain-timeout T]
  Drives N simulated calls (default 500) through the running twin, C at a time (default 16),
  then checks through the data API that every call was saved.
  --fault takes the twin's data store down (store-outage) or hangs it (store-slow) once a quarter
  of the calls are answered, for S seconds (default 5), brings it back, and waits at most T seconds
  (default 120) for the save queue to drain before checking; the report gains a "fault" field.`;

// US area codes, so every call exercises the real engine on a different, valid number.
const AREA_CODES = ['212', '303', '415', '512', '617', '702', '800', '808', '888', '919'];

function callerNumber(index: number): string {
  const area = AREA_CODES[index % AREA_CODES.length] ?? '800';
  // A fixed-seed hash keeps runs comparable while numbers vary.
  const line = String((Math.imul(index + 1, 2654435761) >>> 0) % 10_000_000).padStart(7, '0');
  return `+1${area}${Math.max(2, Number(line[0]))}${line.slice(1)}`;
}

async function pool<T>(count: number, concurrency: number, work: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array<T>(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, async () => {
      while (next < count) {
        const index = next++;
        results[index] = await work(index);
      }
    }),
  );
  return results;
}

function positive(name: string, raw: string | undefined, fallback: number): number {
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number >= 1, got "${raw}"`);
  return value;
}

/** `npm run load`: throughput, latency and lost records of simulated calls against the running twin. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      calls: { type: 'string' },
      concurrency: { type: 'string' },
      fault: { type: 'string' },
      'fault-seconds': { type: 'string' },
      'drain-timeout': { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const calls = positive('calls', values.calls, 500);
  const concurrency = positive('concurrency', values.concurrency, 16);
  if (values.fault !== undefined && !isLoadFault(values.fault)) throw new Error(`--fault must be one of ${Object.keys(LOAD_FAULTS).join(', ')}, got "${values.fault}"`);
  const faultSeconds = positive('fault-seconds', values['fault-seconds'], 5);
  const drainTimeout = positive('drain-timeout', values['drain-timeout'], 120);
  const base = twinUrl();
  await placeCall(base, callerNumber(calls)); // warm-up, not counted

  const fault = values.fault === undefined ? undefined : new FaultRun(base, values.fault, Math.max(1, Math.floor(calls / 4)), faultSeconds);
  const started = performance.now();
  let answered = 0;
  let results: { contactId: string; ms: number; spoke: boolean }[];
  try {
    results = await pool(calls, concurrency, async (index) => {
      const t0 = performance.now();
      fault?.onPlaced();
      const result = await placeCall(base, callerNumber(index), { readRecord: false });
      answered += 1;
      await fault?.onAnswered(answered);
      return { contactId: result.contactId, ms: performance.now() - t0, spoke: result.run.invocations.every((i) => i.outcome === 'OK') };
    });
  } catch (error) {
    await fault?.restore();
    throw error;
  }
  const seconds = (performance.now() - started) / 1000;
  const faultReport = await fault?.finish(drainTimeout);
  const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
  const saved = await pool(calls, 16, async (index) => (await readCall(base, results[index]?.contactId ?? '')) !== null);
  const report = {
    calls,
    concurrency,
    seconds: Number(seconds.toFixed(2)),
    callsPerSecond: Number((calls / seconds).toFixed(1)),
    latencyMs: { p50: Math.round(percentile(latencies, 0.5)), p99: Math.round(percentile(latencies, 0.99)), max: Math.round(latencies.at(-1) ?? 0) },
    lambdaFailures: results.filter((r) => !r.spoke).length,
    missingRecords: saved.filter((ok) => !ok).length,
    ...(faultReport === undefined ? {} : { fault: faultReport }),
  };
  if (values.json) console.log(JSON.stringify(report));
  else {
    console.log(`${calls} calls, ${concurrency} at a time, in ${report.seconds} s: ${report.callsPerSecond} calls/s`);
    console.log(`latency p50 ${report.latencyMs.p50} ms, p99 ${report.latencyMs.p99} ms, max ${report.latencyMs.max} ms`);
    console.log(`Lambda failures (caller heard the fallback): ${report.lambdaFailures}`);
    console.log(`records missing afterwards (checked through the data API): ${report.missingRecords}`);
    if (faultReport) {
      console.log(`fault ${faultReport.kind} (${faultReport.action}) after ${faultReport.startedAfterCalls} calls, for ${faultReport.seconds} s, ${faultReport.callsDuringFault} calls placed meanwhile`);
      const drained = faultReport.drainSeconds === null ? `not drained within ${drainTimeout} s` : `drained ${faultReport.drainSeconds} s after the store came back`;
      console.log(`save queue: ${faultReport.backlogAtRestore} calls waiting when the store came back, ${drained}; dead letters: ${faultReport.deadLetters}`);
    }
  }
  if (report.missingRecords > 0 || report.lambdaFailures > 0 || (faultReport !== undefined && (faultReport.drainSeconds === null || faultReport.deadLetters > 0))) process.exitCode = 1;
}

exitQuietlyWhenStdoutCloses();
main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(error instanceof TwinNotRunningError ? 3 : 1);
});
