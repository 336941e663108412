import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GetItemCommand, PutItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import { create, getIndexActions, type Item, type TableDescription } from 'dynalite/db/index.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { TableDefinition } from '../../../../local/twin/assembly/data-api';
import { ensureTables, startStore, storeClient } from '../../../../local/twin/store';
import { describeRepair, repairStore } from '../../../../local/twin/store-repair';

const TABLE: TableDefinition = {
  tableName: 'VanityCall-local',
  attributeDefinitions: [
    { AttributeName: 'contactId', AttributeType: 'S' },
    { AttributeName: 'kind', AttributeType: 'S' },
    { AttributeName: 'createdAt', AttributeType: 'S' },
  ],
  keySchema: [{ AttributeName: 'contactId', KeyType: 'HASH' }],
  globalSecondaryIndexes: [
    { IndexName: 'byDate', KeySchema: [{ AttributeName: 'kind', KeyType: 'HASH' }, { AttributeName: 'createdAt', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } },
  ],
};

const call = (n: number): Item => ({ contactId: { S: `call-${n}` }, kind: { S: 'CALL' }, createdAt: { S: `2026-11-29T00:00:0${n}Z` }, outcome: { S: 'OK' } });

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A persisted store holding calls 1-3, stopped, and dynalite's view of the table. */
async function storeWithThreeCalls(): Promise<{ dataDir: string; table: TableDescription }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'store-repair-'));
  dirs.push(dataDir);
  const store = await startStore({ port: 0, dataDir });
  await ensureTables(store.endpoint, [TABLE]);
  const client = storeClient(store.endpoint);
  for (const n of [1, 2, 3]) await client.send(new PutItemCommand({ TableName: TABLE.tableName, Item: call(n) as never }));
  client.destroy();
  await store.stop();
  const { db } = create({ path: dataDir });
  let table: TableDescription | undefined;
  for await (const [, value] of db.iterator({ gte: `table~${TABLE.tableName}`, lt: `table~${TABLE.tableName}\xff` })) table = value as TableDescription;
  await db.close();
  if (!table) throw new Error('dynalite stored no table');
  return { dataDir, table };
}

const indexKey = (table: TableDescription, item: Item): string => {
  const [put] = getIndexActions(table.GlobalSecondaryIndexes ?? [], undefined, item, table).puts;
  if (!put) throw new Error('the item has no index row');
  return `index-global~${table.TableName}~${put.index}~${put.key}`;
};

describe('repairStore', () => {
  it('leaves a consistent store alone (and a store never created)', async () => {
    const { dataDir } = await storeWithThreeCalls();
    expect(await repairStore(dataDir)).toEqual({ orphanIndexRows: 0, missingIndexRows: 0, staleIndexRows: 0, activatedTables: 0 });
    expect(await repairStore(path.join(dataDir, 'not-there'))).toEqual({ orphanIndexRows: 0, missingIndexRows: 0, staleIndexRows: 0, activatedTables: 0 });
  });

  it('rebuilds the indexes from the table rows after a crash mid-write, so every listed call opens', async () => {
    const { dataDir, table } = await storeWithThreeCalls();
    // What kill -9 leaves between dynalite's index writes and its item write.
    const { db } = create({ path: dataDir });
    await db.batch([
      { type: 'put', key: indexKey(table, call(4)), value: call(4) },
      { type: 'del', key: indexKey(table, call(2)) },
      { type: 'put', key: indexKey(table, call(3)), value: { ...call(3), outcome: { S: 'ERROR' } } },
      { type: 'put', key: `table~${table.TableName}`, value: { ...table, TableStatus: 'CREATING' } },
    ]);
    await db.close();

    const store = await startStore({ port: 0, dataDir });
    try {
      expect(store.repair).toEqual({ orphanIndexRows: 1, missingIndexRows: 1, staleIndexRows: 1, activatedTables: 1 });
      expect(describeRepair(store.repair)).toBe(
        'store repaired after an unclean stop: removed 1 index row(s) with no call behind them, restored 1 missing index row(s), rewrote 1 stale index row(s), activated 1 table(s) left mid-creation',
      );
      const client = storeClient(store.endpoint);
      const listed = await client.send(new QueryCommand({ TableName: TABLE.tableName, IndexName: 'byDate', KeyConditionExpression: 'kind = :k', ExpressionAttributeValues: { ':k': { S: 'CALL' } } }));
      expect(listed.Items?.map((item) => [item.contactId?.S, item.outcome?.S])).toEqual([
        ['call-1', 'OK'],
        ['call-2', 'OK'],
        ['call-3', 'OK'],
      ]);
      for (const item of listed.Items ?? []) {
        const opened = await client.send(new GetItemCommand({ TableName: TABLE.tableName, Key: { contactId: { S: String(item.contactId?.S) } } }));
        expect(opened.Item).toBeDefined();
      }
      client.destroy();
    } finally {
      await store.stop();
    }
    expect(describeRepair(await repairStore(dataDir))).toBeUndefined();
  });
});
