import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('./support/twin-process.ts', import.meta.url));
const dataDir = mkdtempSync(path.join(tmpdir(), 'twin-crash-'));
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** Starts a twin process on the shared data directory and resolves with its control endpoint. */
function startTwinProcess(): Promise<{ child: ChildProcess; connect: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the twin process exited with code ${code} before it was ready`)));
    createInterface({ input: child.stdout ?? process.stdin }).on('line', (line) => {
      if (!line.startsWith('ready ')) return;
      resolve({ child, connect: (JSON.parse(line.slice('ready '.length)) as { connect: string }).connect });
    });
  });
}

async function post(url: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

describe('a crash of the twin while calls wait in the save queue', () => {
  it('loses none of them: after SIGKILL and a restart, the queued call is saved', async () => {
    const first = await startTwinProcess();
    await post(`${first.connect}/faults/store`, { fault: 'down' });
    const contactId = 'crash-0000-4000-8000-000000000001';
    const call = await post(`${first.connect}/calls`, { number: '+18003569377', contactId, readRecord: false });
    expect(call.contactId).toBe(contactId);
    const queues = ((await (await fetch(`${first.connect}/queues`)).json()) as { queues: { deadLetter: boolean; visible: number; inFlight: number }[] }).queues;
    expect(queues.filter((queue) => !queue.deadLetter).reduce((sum, queue) => sum + queue.visible + queue.inFlight, 0)).toBe(1);
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));

    const second = await startTwinProcess();
    let record: Record<string, unknown> | null = null;
    const deadline = performance.now() + 60_000;
    while (record === null && performance.now() < deadline) {
      const response = await fetch(`${second.connect}/calls/${contactId}`);
      if (response.ok) record = (await response.json()) as Record<string, unknown>;
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(record).toMatchObject({ contactId, callerNumber: '+18003569377', outcome: 'OK' });
    second.child.kill('SIGTERM');
    await new Promise((resolve) => second.child.once('exit', resolve));
  }, 180_000);
});
