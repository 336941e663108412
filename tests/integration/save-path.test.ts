import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTwin, type Twin } from '../../local/twin/start-twin';
import type { StoreFault } from '../../local/twin/store-fault';

const FREE_PORTS = { appsync: 0, store: 0, aws: 0, connect: 0 };
const SPOKEN_OPTION = /^Option (one|two|three)\b/;
// The drain retries a failed batch after the queue's 30 s visibility timeout; allow two rounds.
const DRAIN_BOUND_MS = 75_000;

let twin: Twin;
const lookupLog: string[] = [];

beforeAll(async () => {
  twin = await startTwin({ ports: FREE_PORTS, functionLog: (name, line) => (name === 'vanity-lookup' ? lookupLog.push(line) : undefined) });
}, 180_000);

afterAll(async () => {
  twin?.setStoreFault('none');
  await twin?.stop();
});

async function readRecord(contactId: string): Promise<Record<string, unknown> | null> {
  const response = await fetch(`${twin.endpoints.connect}/calls/${encodeURIComponent(contactId)}`);
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`GET /calls/${contactId}: HTTP ${response.status}`);
  return (await response.json()) as Record<string, unknown>;
}

async function waitForRecord(contactId: string): Promise<Record<string, unknown> | null> {
  const deadline = performance.now() + DRAIN_BOUND_MS;
  while (performance.now() < deadline) {
    const record = await readRecord(contactId).catch(() => null);
    if (record) return record;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return null;
}

const saveQueue = () => twin.queues().find((queue) => !queue.deadLetter);
const deadLetters = () => twin.queues().filter((queue) => queue.deadLetter).reduce((sum, queue) => sum + queue.visible + queue.inFlight, 0);

describe('the save path loses nothing', () => {
  it.each<[string, StoreFault]>([
    ['down', 'down'],
    ['hung', 'hung'],
  ])('store %s: the caller hears the numbers, the call is queued, and saved once the store is back', async (_name, fault) => {
    const number = '+18004685865';
    twin.setStoreFault(fault);
    let contactId: string;
    try {
      const started = performance.now();
      const call = await twin.placeCall({ number, contactId: `${fault}-0000-4000-8000-000000000001`, readRecord: false });
      expect((performance.now() - started) / 1000).toBeLessThan(8);
      expect(call.run.invocations.map((invocation) => invocation.outcome)).toEqual(['OK']);
      expect(call.transcript.filter((line) => SPOKEN_OPTION.test(line))).toHaveLength(3);
      contactId = call.contactId;
      expect(lookupLog.some((line) => line.includes('call queued for a later save') && line.includes(contactId))).toBe(true);
      const queue = saveQueue();
      expect((queue?.visible ?? 0) + (queue?.inFlight ?? 0)).toBeGreaterThanOrEqual(1);
    } finally {
      twin.setStoreFault('none');
    }
    const record = await waitForRecord(contactId);
    expect(record).toMatchObject({ contactId, callerNumber: number, kind: 'CALL', spokenCount: 3, outcome: 'OK' });
    expect((record?.vanityNumbers as string[] | undefined)?.[0]).toBe('1-800-GOT-JUNK');
    expect(deadLetters()).toBe(0);
  }, DRAIN_BOUND_MS + 30_000);

  it('saves a contact replayed after it was saved only once (idempotent by contact id)', async () => {
    const number = '+13035550144';
    const first = await twin.placeCall({ number, contactId: 'replay-0000-4000-8000-000000000001' });
    expect(first.record).toMatchObject({ contactId: first.contactId });
    twin.setStoreFault('down');
    try {
      await twin.placeCall({ number, contactId: first.contactId, readRecord: false });
    } finally {
      twin.setStoreFault('none');
    }
    const deadline = performance.now() + DRAIN_BOUND_MS;
    while (performance.now() < deadline && (saveQueue()?.visible ?? 0) + (saveQueue()?.inFlight ?? 0) > 0) await new Promise((resolve) => setTimeout(resolve, 500));
    expect((saveQueue()?.visible ?? 0) + (saveQueue()?.inFlight ?? 0)).toBe(0);
    expect(await readRecord(first.contactId)).toMatchObject({ contactId: first.contactId, createdAt: first.record?.createdAt });
    expect(deadLetters()).toBe(0);
  }, DRAIN_BOUND_MS + 30_000);
});
