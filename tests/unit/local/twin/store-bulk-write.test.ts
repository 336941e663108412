import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { BatchWriteItemCommand, CreateTableCommand, DynamoDBClient, PutItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countUpdate } from '../../../../amplify/functions/vanity-lookup/tally-transaction';
import { bulkSender } from '../../../../local/seed/seed-store';
import { addBatchWrites, withDynaliteStore } from '../../../../local/twin/store-batch-write';
import { BULK_WRITE, bulkWrite } from '../../../../local/twin/store-bulk-write';

const CREDENTIALS = { accessKeyId: 'LOCALTWINKEY', secretAccessKey: 'local-twin-secret' };
const CALLS = 'Calls-test';
const COUNTS = 'Counts-test';
const NOW = '2026-11-30T16:00:00.000Z';

interface Subject {
  client: DynamoDBClient;
  server: Server;
  endpoint: string;
  dump(): Promise<[string, unknown][]>;
}

/** dynalite alone, or with the twin's writers in front; each with its own LevelDB. */
async function subject(withBulkWriter: boolean): Promise<Subject> {
  const { result: server, store } = withDynaliteStore(() => dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 }));
  if (withBulkWriter) addBatchWrites(server, store, { [BULK_WRITE]: bulkWrite });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: CREDENTIALS });
  await client.send(
    new CreateTableCommand({
      TableName: CALLS,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: 'id', AttributeType: 'S' },
        { AttributeName: 'kind', AttributeType: 'S' },
        { AttributeName: 'createdAt', AttributeType: 'S' },
      ],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      GlobalSecondaryIndexes: [{ IndexName: 'byDate', KeySchema: [{ AttributeName: 'kind', KeyType: 'HASH' }, { AttributeName: 'createdAt', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }],
    }),
  );
  await client.send(
    new CreateTableCommand({
      TableName: COUNTS,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: 'granularity', AttributeType: 'S' },
        { AttributeName: 'slot', AttributeType: 'S' },
      ],
      KeySchema: [
        { AttributeName: 'granularity', KeyType: 'HASH' },
        { AttributeName: 'slot', KeyType: 'RANGE' },
      ],
    }),
  );
  const dump = async (): Promise<[string, unknown][]> => {
    const rows: [string, unknown][] = [];
    for await (const [key, value] of store.db.iterator({ gte: 'i', lt: 'j' })) rows.push([key, value]);
    return rows;
  };
  return { client, server, endpoint, dump };
}

const call = (id: string, createdAt: string) => ({
  id: { S: id },
  kind: { S: 'CALL' },
  createdAt: { S: createdAt },
  vanityNumbers: { L: [{ S: '1-800-FLOWERS' }] },
  spokenCount: { N: '1' },
  country: { NULL: true },
  flags: { M: { heard: { BOOL: true } } },
});

describe('the bulk write in front of dynalite', () => {
  let plain: Subject;
  let bulk: Subject;
  beforeAll(async () => {
    [plain, bulk] = await Promise.all([subject(false), subject(true)]);
  });
  afterAll(async () => {
    for (const { client, server } of [plain, bulk]) {
      client.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  const send = (input: unknown) => {
    const sender = bulkSender(bulk.endpoint);
    return sender.send(input as Parameters<typeof sender.send>[0]).finally(() => sender.close());
  };

  it('leaves the same items, index rows and counts as PutItem and UpdateItem one by one (an ADD onto an existing row and a new one)', async () => {
    const updates = [
      countUpdate(COUNTS, 'HOUR', '2026-11-30T10:00:00.000Z', { total: 2, ok: 2, heard: 1 }, NOW),
      countUpdate(COUNTS, 'DAY', '2026-11-30T00:00:00.000Z', { total: 2, ok: 2, heard: 1 }, NOW),
    ];
    const items = [call('a', '2026-11-30T10:01:00.000Z'), call('b', '2026-11-30T10:02:00.000Z')];
    const existing = countUpdate(COUNTS, 'HOUR', '2026-11-30T10:00:00.000Z', { total: 5, ok: 4, error: 1 }, '2026-11-30T10:00:00.000Z');
    for (const { client } of [plain, bulk]) {
      await client.send(new UpdateItemCommand(existing));
      await client.send(new PutItemCommand({ TableName: CALLS, Item: call('a', '2026-11-30T09:00:00.000Z') }));
    }
    for (const item of items) await plain.client.send(new PutItemCommand({ TableName: CALLS, Item: item }));
    for (const update of updates) await plain.client.send(new UpdateItemCommand(update));
    await send({ Puts: { [CALLS]: items }, Updates: updates });
    const rows = await plain.dump();
    expect(rows.filter(([key]) => key.startsWith(`index-global~${CALLS}`))).toHaveLength(2);
    expect(rows.filter(([key]) => key.startsWith(`item-${COUNTS}`))).toHaveLength(2);
    expect(await bulk.dump()).toEqual(rows);
  });

  it('takes more than the 25 items BatchWriteItem allows in one request', async () => {
    const items = Array.from({ length: 60 }, (_, i) => call(`many-${i}`, `2026-11-29T10:${String(i).padStart(2, '0')}:00.000Z`));
    await send({ Puts: { [CALLS]: items }, Updates: [] });
    const rows = await bulk.dump();
    expect(rows.filter(([key, value]) => key.startsWith(`item-${CALLS}`) && JSON.stringify(value).includes('many-')).length).toBe(60);
  });

  it.each([
    ['a number that is not a number', { Puts: { [CALLS]: [call('ok-1', NOW), { ...call('bad', NOW), spokenCount: { N: 'many' } }] }, Updates: [] }],
    ['an attribute value of two types', { Puts: { [CALLS]: [call('ok-2', NOW), { ...call('bad', NOW), country: { S: 'GB', N: '1' } }] }, Updates: [] }],
    ['a key of the wrong type', { Puts: { [CALLS]: [call('ok-3', NOW), { ...call('bad', NOW), id: { N: '1' } }] }, Updates: [] }],
  ])('refuses %s with the error BatchWriteItem gives, writing nothing', async (_name, input) => {
    const before = await bulk.dump();
    const batch = bulk.client.send(new BatchWriteItemCommand({ RequestItems: { [CALLS]: input.Puts[CALLS].map((Item) => ({ PutRequest: { Item } })) } as never }));
    const batchError = await batch.then(
      () => '',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    expect(batchError).not.toBe('');
    const escaped = batchError.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await expect(send(input)).rejects.toThrow(new RegExp(escaped));
    expect(await bulk.dump()).toEqual(before);
  });

  it.each([
    ['an update whose condition fails', { Puts: { [CALLS]: [call('ok-4', NOW)] }, Updates: [{ ...countUpdate(COUNTS, 'HOUR', NOW, { total: 1 }, NOW), ConditionExpression: 'attribute_exists(#typename)' }] }, /conditional request failed/],
    ['an update of an item put in the same request', { Puts: { [COUNTS]: [{ granularity: { S: 'DAY' }, slot: { S: NOW } }] }, Updates: [countUpdate(COUNTS, 'DAY', NOW, { total: 1 }, NOW)] }, /duplicates/],
    ['a body without updates', { Puts: { [CALLS]: [call('ok-5', NOW)] } }, /needs Puts/],
  ])('refuses %s, writing nothing', async (_name, input, message) => {
    const before = await bulk.dump();
    await expect(send(input)).rejects.toThrow(message);
    expect(await bulk.dump()).toEqual(before);
  });
});
