import type { AddressInfo } from 'node:net';
import { request, type Server } from 'node:http';
import { CreateTableCommand, DynamoDBClient, GetItemCommand, ScanCommand, type AttributeValue, type KeySchemaElement } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { afterEach, describe, expect, it } from 'vitest';
import { countSlot } from '../../../../amplify/functions/vanity-lookup/count-slots';
import { seedCalls } from '../../../../local/seed/seed-calls';
import { bulkSender, findSeedTables, writeSeed, type BulkSender } from '../../../../local/seed/seed-store';
import { addBatchWrites, withDynaliteStore } from '../../../../local/twin/store-batch-write';
import { BULK_WRITE, bulkWrite } from '../../../../local/twin/store-bulk-write';

const NOW = new Date('2026-11-30T00:00:00.000Z');
const CREDENTIALS = { accessKeyId: 'LOCALTWINKEY', secretAccessKey: 'local-twin-secret' };

const key = (names: string[]): KeySchemaElement[] => names.map((AttributeName, i) => ({ AttributeName, KeyType: i === 0 ? 'HASH' : 'RANGE' }));

/** The twin's store (dynalite with its writers) with the three tables the seed writes, keyed as the schema keys them. */
async function store(): Promise<{ server: Server; client: DynamoDBClient; endpoint: string }> {
  const { result: server, store: dynaliteStore } = withDynaliteStore(() => dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 }));
  addBatchWrites(server, dynaliteStore, { [BULK_WRITE]: bulkWrite });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: CREDENTIALS });
  for (const [TableName, names] of [
    ['VanityCall-t', ['contactId']],
    ['CallCount-t', ['granularity', 'slot']],
    ['CallWord-t', ['word', 'at']],
  ] as const) {
    await client.send(
      new CreateTableCommand({ TableName, BillingMode: 'PAY_PER_REQUEST', KeySchema: key([...names]), AttributeDefinitions: names.map((AttributeName) => ({ AttributeName, AttributeType: 'S' })) }),
    );
  }
  return { server, client, endpoint };
}

async function scan(client: DynamoDBClient, table: string): Promise<Record<string, AttributeValue>[]> {
  const items: Record<string, AttributeValue>[] = [];
  let start: Record<string, AttributeValue> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start !== undefined);
  return items;
}

/** Sends the first `whole` writes; the next is cut off halfway through its body, as a seed killed mid-request leaves it. */
function interruptedSender(endpoint: string, whole: number): { send: BulkSender; settled(): Promise<unknown> } {
  const sender = bulkSender(endpoint);
  let sent = 0;
  const wholeWrites: Promise<void>[] = [];
  const send: BulkSender = (input) => {
    if (sent++ < whole) {
      const write = sender.send(input);
      wholeWrites.push(write);
      return write;
    }
    void Promise.allSettled(wholeWrites).then(() => sender.close());
    return new Promise((_resolve, reject) => {
      const body = Buffer.from(JSON.stringify(input));
      const cut = request(endpoint, { method: 'POST', headers: { 'X-Amz-Target': BULK_WRITE, 'Content-Length': body.length } });
      cut.on('error', () => undefined);
      cut.write(body.subarray(0, body.length >> 1), () => {
        cut.destroy();
        reject(new Error('seed interrupted'));
      });
    });
  };
  return { send, settled: () => Promise.allSettled(wholeWrites) };
}

describe('an interrupted seed', () => {
  let running: Awaited<ReturnType<typeof store>> | undefined;
  afterEach(async () => {
    running?.client.destroy();
    const server = running?.server;
    if (server) await new Promise((resolve) => server.close(resolve));
  });

  it.each([
    ['before its first write', 0],
    ['after one write, with the next in flight', 1],
    ['after four writes', 4],
  ])('leaves every call marked counted in the counts, and no other, when stopped %s; the same seed again resumes it', async (_name, whole) => {
    running = await store();
    const tables = await findSeedTables(running.client);
    const calls = [...seedCalls({ calls: 600, days: 3, now: NOW, seed: 3 })];
    const sender = interruptedSender(running.endpoint, whole);
    await expect(writeSeed(sender.send, tables, calls, { callsPerWrite: 100, concurrency: 2 })).rejects.toThrow(/interrupted/);
    // The writes sent whole before the cut may still be answering.
    await sender.settled();

    const stored = await scan(running.client, tables.calls);
    const counted = stored.filter((item) => item.countedAt?.S !== undefined);
    expect(counted).toHaveLength(stored.length);
    expect(stored.length).toBeLessThan(calls.length);
    if (whole > 0) expect(stored.length).toBeGreaterThanOrEqual(whole * 100);

    const rows = await scan(running.client, tables.counts);
    for (const granularity of ['HOUR', 'DAY', 'QUARTER'] as const) {
      const expected = new Map<string, number>();
      for (const item of counted) {
        const slot = countSlot(String(item.createdAt?.S), granularity);
        expected.set(slot, (expected.get(slot) ?? 0) + 1);
      }
      const actual = new Map(rows.filter((row) => row.granularity?.S === granularity).map((row) => [String(row.slot?.S), Number(row.total?.N)]));
      expect(actual).toEqual(expected);
    }

    // Run again with the same seed: it skips what is stored and counts every call once.
    const isStored = async (contactId: string) => (await running?.client.send(new GetItemCommand({ TableName: tables.calls, Key: { contactId: { S: contactId } } })))?.Item !== undefined;
    const again = bulkSender(running.endpoint);
    const resumed = await writeSeed(again.send, tables, calls, { callsPerWrite: 100, stored: isStored }).finally(() => again.close());
    expect(resumed.skipped).toBe(stored.length);
    expect(resumed.calls + resumed.skipped).toBe(calls.length);
    expect(await scan(running.client, tables.calls)).toHaveLength(calls.length);
    const totals = (await scan(running.client, tables.counts)).filter((row) => row.granularity?.S === 'DAY').reduce((sum, row) => sum + Number(row.total?.N), 0);
    expect(totals).toBe(calls.length);
  });

  it.each([
    ['lost before the store read it (EPIPE): sent again', 'EPIPE', false],
    ['lost after the store wrote it (ECONNRESET): not sent again', 'ECONNRESET', true],
  ])('counts a bulk write whose connection was %s exactly once', async (_name, code, written) => {
    running = await store();
    const tables = await findSeedTables(running.client);
    const sender = bulkSender(running.endpoint);
    let failures = 0;
    const flaky: BulkSender = async (input) => {
      if (failures++ > 0) return sender.send(input);
      if (written) await sender.send(input);
      throw Object.assign(new Error(`write ${code}`), { code });
    };
    const client = running.client;
    const stored = async (contactId: string) => (await client.send(new GetItemCommand({ TableName: tables.calls, Key: { contactId: { S: contactId } } }))).Item !== undefined;
    const result = await writeSeed(flaky, tables, seedCalls({ calls: 300, days: 2, now: NOW, seed: 5 }), { callsPerWrite: 100, concurrency: 1, stored }).finally(() => sender.close());
    expect(result.calls).toBe(300);
    const days = (await scan(client, tables.counts)).filter((row) => row.granularity?.S === 'DAY');
    expect(days.reduce((sum, row) => sum + Number(row.total?.N), 0)).toBe(300);
    expect(await scan(client, tables.calls)).toHaveLength(300);
  });

  it('writes every call and exactly their counts when not stopped', async () => {
    running = await store();
    const tables = await findSeedTables(running.client);
    const sender = bulkSender(running.endpoint);
    const result = await writeSeed(sender.send, tables, seedCalls({ calls: 450, days: 2, now: NOW, seed: 4 }), { callsPerWrite: 100 }).finally(() => sender.close());
    expect(result.calls).toBe(450);
    const rows = await scan(running.client, tables.counts);
    const total = (granularity: string) => rows.filter((row) => row.granularity?.S === granularity).reduce((sum, row) => sum + Number(row.total?.N), 0);
    expect([total('HOUR'), total('DAY'), total('QUARTER')]).toEqual([450, 450, 450]);
    expect(await scan(running.client, tables.calls)).toHaveLength(450);
  });
});
