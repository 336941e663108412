import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFunctionHost, type FunctionHost } from '../../../../../local/twin/lambda/function-host';
import type { FunctionDefinition } from '../../../../../local/twin/lambda/function-definition';

// A handler that answers at once but leaves work running (as a save past its budget does), and one that takes its time.
const MODULE = `
import { threadId } from 'node:worker_threads';
export const handler = async (event) => {
  if (event.leave) setTimeout(() => console.log('left-over work ran ' + event.leave), 50);
  if (event.sleepMs) await new Promise((resolve) => setTimeout(resolve, event.sleepMs));
  return { environment: threadId };
};
`;

const hosts: FunctionHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.stop()));
});

async function host(concurrency: number, timeoutSeconds = 5) {
  const dir = mkdtempSync(path.join(tmpdir(), 'function-host-'));
  const moduleFile = path.join(dir, 'index.mjs');
  writeFileSync(moduleFile, MODULE);
  const definition: FunctionDefinition = { name: 'probe', arn: 'arn:aws:lambda:us-east-1:123456789012:function:probe', moduleFile, exportName: 'handler', timeoutSeconds, memoryMB: 128, environment: {} };
  const lines: string[] = [];
  const started = await startFunctionHost(definition, { PATH: process.env.PATH ?? '' }, (line) => lines.push(line), { concurrency });
  hosts.push(started);
  return { host: started, lines };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const environmentOf = (value: unknown) => (value as { environment: number }).environment;

describe('the twin function host', () => {
  it('freezes work left running after the handler returns, and thaws it with the next invocation', async () => {
    const { host: fn, lines } = await host(1);
    await fn.invoke({ leave: 'first' });
    await sleep(400);
    // Lambda would have frozen the environment: the timer must not have run.
    expect(lines).not.toContain('left-over work ran first');
    // Thawed, the environment's event loop runs again: overdue timers fire while the next invocation runs.
    await fn.invoke({ sleepMs: 100 });
    await sleep(100);
    expect(lines).toContain('left-over work ran first');
  });

  it('runs concurrent invocations in separate environments up to the concurrency, and makes the rest wait', async () => {
    const { host: fn } = await host(2);
    const started = performance.now();
    const results = await Promise.all([0, 1, 2, 3].map(() => fn.invoke({ sleepMs: 300 })));
    const environments = new Set(results.map(environmentOf));
    expect(environments.size).toBe(2);
    expect(fn.stats()).toMatchObject({ environments: 2, busy: 0, waiting: 0 });
    // Four invocations of 300 ms on two environments take at least two rounds.
    expect(performance.now() - started).toBeGreaterThanOrEqual(590);
  });

  it('discards an environment whose invocation timed out, and answers the next from a fresh one', async () => {
    const { host: fn } = await host(1, 1);
    const before = environmentOf(await fn.invoke({}));
    await expect(fn.invoke({ sleepMs: 2_000 })).rejects.toThrow(/Task timed out after 1.00 seconds/);
    const after = environmentOf(await fn.invoke({}));
    expect(after).not.toBe(before);
  });
});
