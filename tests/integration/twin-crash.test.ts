import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { DescribeTableCommand, GetItemCommand, ListTablesCommand, paginateScan } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../local/twin/start-twin';
import { storeClient } from '../../local/twin/store';
import { ensureAssembly } from '../../local/twin/assembly/ensure-assembly';

const CHILD = fileURLToPath(new URL('./support/twin-process.ts', import.meta.url));
/** Calls in flight at once, and the most any run places: the load is bounded whatever happens. */
const CONCURRENCY = 6;
const MAX_CALLS = 300;
/** Confirmed saves to wait for before the crash, so the kill lands mid-load with writes in flight. */
const CONFIRMED_BEFORE_KILL = 25;

interface RunningTwin {
  child: ChildProcess;
  endpoints: { store: string; connect: string };
  log: string[];
}

function startChild(dataDir: string): Promise<RunningTwin> {
  // One process (node with tsx's loader, not the tsx CLI, which forks), so SIGKILL ends the whole twin at once.
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const log: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the twin did not start within 90 s:\n${log.join('\n')}`)), 90_000);
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (line.startsWith('ready ')) {
        clearTimeout(timer);
        resolve({ child, endpoints: JSON.parse(line.slice('ready '.length)) as RunningTwin['endpoints'], log });
      } else log.push(line.replace(/^log /, ''));
    });
    createInterface({ input: child.stderr }).on('line', (line) => log.push(line));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the twin exited (${signal ?? code}) before it was ready:\n${log.join('\n')}`));
    });
  });
}

function killHard(twin: RunningTwin): Promise<void> {
  return new Promise((resolve) => {
    if (twin.child.exitCode !== null || twin.child.signalCode !== null) return resolve();
    twin.child.once('exit', () => resolve());
    twin.child.kill('SIGKILL');
  });
}

let dataDir: string;
const running: RunningTwin[] = [];

beforeAll(async () => {
  await ensureAssembly(path.join(REPO_ROOT, '.local', 'cdk.out'), REPO_ROOT, 'if-stale');
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'twin-crash-'));
}, 300_000);

afterAll(async () => {
  for (const twin of running) await killHard(twin);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the twin after kill -9 mid-load', () => {
  it('shows no call that cannot be opened and loses no call confirmed as saved', async () => {
    const first = await startChild(dataDir);
    running.push(first);
    const confirmed = new Set<string>();
    let placed = 0;
    let killed = false;
    const kill = async (): Promise<void> => {
      if (killed) return;
      killed = true;
      await killHard(first);
    };
    const worker = async (w: number): Promise<void> => {
      while (!killed && placed < MAX_CALLS) {
        const contactId = `crash-${w}-${placed++}-0000-4000-8000`;
        const number = `+1303${String(2_000_000 + placed * 7919 + w)}`;
        try {
          const response = await fetch(`${first.endpoints.connect}/calls`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ number, contactId }) });
          const call = (await response.json()) as { record?: unknown };
          // Answered and read back through the data API: the caller's call is saved.
          if (response.ok && call.record) confirmed.add(contactId);
        } catch {
          // The twin is gone: the call was in flight when it died.
        }
        if (confirmed.size >= CONFIRMED_BEFORE_KILL) await kill();
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, (_, w) => worker(w)));
    await kill();
    expect(confirmed.size).toBeGreaterThanOrEqual(CONFIRMED_BEFORE_KILL);

    const second = await startChild(dataDir);
    running.push(second);
    const client = storeClient(second.endpoints.store);
    try {
      // Nothing confirmed is missing.
      const missing: string[] = [];
      for (const contactId of confirmed) {
        const response = await fetch(`${second.endpoints.connect}/calls/${encodeURIComponent(contactId)}`);
        if (response.status !== 200) missing.push(contactId);
      }
      expect(missing).toEqual([]);

      // Every row any index lists opens, as the dashboard's list and detail page do.
      const orphans: string[] = [];
      let indexed = 0;
      for (const tableName of (await client.send(new ListTablesCommand({}))).TableNames ?? []) {
        const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
        const keyNames = (Table?.KeySchema ?? []).map((key) => key.AttributeName ?? '');
        for (const index of Table?.GlobalSecondaryIndexes ?? []) {
          for await (const page of paginateScan({ client }, { TableName: tableName, IndexName: index.IndexName })) {
            for (const row of page.Items ?? []) {
              indexed += 1;
              const key = Object.fromEntries(keyNames.map((name) => [name, row[name]]).filter(([, value]) => value !== undefined));
              const { Item } = await client.send(new GetItemCommand({ TableName: tableName, Key: key as never }));
              if (!Item) orphans.push(`${index.IndexName}: ${JSON.stringify(key)}`);
            }
          }
        }
      }
      expect(indexed).toBeGreaterThanOrEqual(confirmed.size);
      expect(orphans).toEqual([]);
      // What start-up repaired, if the kill left anything to repair, for the run's record.
      console.info(`crash test: ${placed} calls placed, ${confirmed.size} confirmed before kill -9, ${indexed} index rows after restart; ${second.log.find((line) => line.includes('store repaired')) ?? 'nothing to repair'}`);
    } finally {
      client.destroy();
    }
  }, 240_000);
});
