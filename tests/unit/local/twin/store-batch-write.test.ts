import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { BatchWriteItemCommand, CreateTableCommand, DynamoDBClient, PutItemCommand, type WriteRequest } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addBatchWrites, withDynaliteStore } from '../../../../local/twin/store-batch-write';

const CREDENTIALS = { accessKeyId: 'LOCALTWINKEY', secretAccessKey: 'local-twin-secret' };
const TABLE = 'Calls-test';

/** A store as dynalite answers it alone, and one with the batch writer in front, each with its LevelDB. */
interface Subject {
  client: DynamoDBClient;
  server: Server;
  dump(): Promise<[string, unknown][]>;
}

async function subject(withBatchWriter: boolean): Promise<Subject> {
  const { result: server, store } = withDynaliteStore(() => dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 }));
  if (withBatchWriter) addBatchWrites(server, store);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const client = new DynamoDBClient({ endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', credentials: CREDENTIALS });
  await client.send(
    new CreateTableCommand({
      TableName: TABLE,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: 'id', AttributeType: 'S' },
        { AttributeName: 'kind', AttributeType: 'S' },
        { AttributeName: 'createdAt', AttributeType: 'S' },
        { AttributeName: 'outcome', AttributeType: 'S' },
      ],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      GlobalSecondaryIndexes: [
        { IndexName: 'byDate', KeySchema: [{ AttributeName: 'kind', KeyType: 'HASH' }, { AttributeName: 'createdAt', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } },
        { IndexName: 'byOutcome', KeySchema: [{ AttributeName: 'outcome', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } },
      ],
    }),
  );
  const dump = async (): Promise<[string, unknown][]> => {
    const rows: [string, unknown][] = [];
    for await (const [key, value] of store.db.iterator({ gte: 'i', lt: 'j' })) rows.push([key, value]);
    return rows;
  };
  return { client, server, dump };
}

const call = (id: string, outcome: string, createdAt: string) => ({
  id: { S: id },
  kind: { S: 'CALL' },
  createdAt: { S: createdAt },
  outcome: { S: outcome },
  spoken: { L: [{ S: '1-800-FLOWERS' }] },
  count: { N: '3' },
});

const put = (item: ReturnType<typeof call>): WriteRequest => ({ PutRequest: { Item: item } });

describe('the batch writer in front of dynalite', () => {
  const subjects: Subject[] = [];
  beforeAll(async () => {
    subjects.push(await subject(false), await subject(true));
  });
  afterAll(async () => {
    for (const { client, server } of subjects) {
      client.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('leaves the same items and index rows as dynalite: new items, a replaced item whose index keys moved, a delete', async () => {
    for (const { client } of subjects) {
      await client.send(new PutItemCommand({ TableName: TABLE, Item: call('a', 'OK', '2026-11-30T10:00:00.000Z') }));
      await client.send(new PutItemCommand({ TableName: TABLE, Item: call('gone', 'OK', '2026-11-30T09:00:00.000Z') }));
      await client.send(
        new BatchWriteItemCommand({
          RequestItems: {
            [TABLE]: [
              put(call('a', 'NO_WORDS', '2026-11-30T11:00:00.000Z')),
              put(call('b', 'OK', '2026-11-30T12:00:00.000Z')),
              { PutRequest: { Item: { id: { S: 'c' }, kind: { S: 'CALL' } } } },
              { DeleteRequest: { Key: { id: { S: 'gone' } } } },
            ],
          },
        }),
      );
    }
    const [plain, batched] = await Promise.all(subjects.map((s) => s.dump()));
    expect(plain?.length).toBeGreaterThan(4);
    expect(batched).toEqual(plain);
  });

  it.each([
    ['a missing key', { kind: { S: 'CALL' } }, /key element does not match the schema/],
    ['a key of the wrong type', { id: { N: '1' } }, /key element does not match the schema/],
    ['an index key of the wrong type', { id: { S: 'x' }, outcome: { N: '1' } }, /Type mismatch for Index Key outcome/],
    ['an empty key', { id: { S: '' } }, /cannot contain an empty string value/],
  ])('refuses %s as dynalite does, writing nothing', async (_name, item, message) => {
    const [plain, batched] = subjects;
    if (plain === undefined || batched === undefined) throw new Error('no subjects');
    const before = await batched.dump();
    for (const { client } of [plain, batched]) {
      await expect(client.send(new BatchWriteItemCommand({ RequestItems: { [TABLE]: [put(call('ok', 'OK', '2026-11-30T13:00:00.000Z')), { PutRequest: { Item: item } }] } }))).rejects.toThrow(message);
    }
    expect(await batched.dump()).toEqual(before);
  });

  it('refuses two writes of one key in a request', async () => {
    const [, batched] = subjects;
    await expect(
      batched?.client.send(new BatchWriteItemCommand({ RequestItems: { [TABLE]: [put(call('d', 'OK', '2026-11-30T14:00:00.000Z')), put(call('d', 'OK', '2026-11-30T15:00:00.000Z'))] } })),
    ).rejects.toThrow(/duplicates/);
  });
});
