import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import type { TableDefinition } from './assembly/data-api';
import { LOCAL_ENV } from './assembly/stack';
import { listenOnLoopback } from './loopback-server';
import { repairStore, type StoreRepair } from './store-repair';
import { injectFaults, type StoreFault } from './store-fault';
import { addBatchWrites, withDynaliteStore } from './store-batch-write';
import { BULK_WRITE, bulkWrite } from './store-bulk-write';
import { addTransactions, createTransactionRunner } from './store-transactions';

/** Credentials the local services accept; nothing checks them (local auth is not a security boundary). */
export const LOCAL_CREDENTIALS = { accessKeyId: 'LOCALTWINKEY', secretAccessKey: 'local-twin-secret' } as const;

/** A running DynamoDB-compatible store. */
export interface Store {
  readonly endpoint: string;
  /** What start-up found left inconsistent by an unclean stop, and fixed. */
  readonly repair: StoreRepair;
  /** Takes the store down, hangs it, or restores it (fault injection). */
  setFault(fault: StoreFault): void;
  fault(): StoreFault;
  stop(): Promise<void>;
}

/** Starts dynalite on 127.0.0.1, persisted under `dataDir` (in memory when undefined), after repairing what a crash left. */
export async function startStore(options: { port: number; dataDir: string | undefined }): Promise<Store> {
  const repair = options.dataDir ? await repairStore(options.dataDir) : { orphanIndexRows: 0, missingIndexRows: 0, staleIndexRows: 0, activatedTables: 0 };
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const { result: server, store: dynaliteStore } = withDynaliteStore<Server>(() =>
    dynalite({
      createTableMs: 0,
      deleteTableMs: 0,
      updateTableMs: 0,
      ...(options.dataDir ? { path: options.dataDir } : {}),
    }),
  );
  // Before the fault switch, so a store that is down refuses batches too.
  addBatchWrites(server, dynaliteStore, { [BULK_WRITE]: bulkWrite });
  // Node closes a kept-alive connection after 5 s idle; a client busy that long (the seed on a loaded machine)
  // then writes into a closed socket (EPIPE).
  server.keepAliveTimeout = 60_000;
  const faults = injectFaults(server);
  const { url, stop } = await listenOnLoopback(server, options.port, 'store');
  const client = storeClient(url);
  const keyNames = new Map<string, Promise<string[]>>();
  const keyNamesOf = (table: string): Promise<string[]> => {
    let names = keyNames.get(table);
    if (names === undefined) {
      names = client.send(new DescribeTableCommand({ TableName: table })).then(({ Table }) => (Table?.KeySchema ?? []).flatMap((key) => (key.AttributeName ? [key.AttributeName] : [])));
      keyNames.set(table, names);
    }
    return names;
  };
  addTransactions(server, createTransactionRunner(client, keyNamesOf));
  return {
    endpoint: url,
    repair,
    setFault: faults.set,
    fault: faults.current,
    // Held requests are dropped, not served, when the store stops.
    stop: async () => {
      faults.set('down');
      client.destroy();
      await stop();
    },
  };
}

/** A DynamoDB client for the local store. */
export function storeClient(endpoint: string): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: LOCAL_ENV.region, credentials: LOCAL_CREDENTIALS });
}

function sameShape(existing: { KeySchema?: unknown; GlobalSecondaryIndexes?: { IndexName?: string; KeySchema?: unknown }[] }, table: TableDefinition): boolean {
  const indexes = (existing.GlobalSecondaryIndexes ?? []).map((index) => ({ IndexName: index.IndexName, KeySchema: index.KeySchema }));
  const wanted = table.globalSecondaryIndexes.map((index) => ({ IndexName: index.IndexName, KeySchema: index.KeySchema }));
  const byName = (a: { IndexName?: string }, b: { IndexName?: string }): number => String(a.IndexName).localeCompare(String(b.IndexName));
  return (
    JSON.stringify(existing.KeySchema) === JSON.stringify(table.keySchema) &&
    JSON.stringify(indexes.sort(byName)) === JSON.stringify([...wanted].sort(byName))
  );
}

/**
 * Creates the synthesised tables that do not exist yet. A table whose keys or indexes changed is
 * replaced, as the Amplify table manager does in a sandbox (`replaceTableUponGsiUpdate`); returns
 * what it did, for the start-up log.
 */
export async function ensureTables(endpoint: string, tables: TableDefinition[]): Promise<string[]> {
  const client = storeClient(endpoint);
  const log: string[] = [];
  try {
    for (const table of tables) {
      let exists = false;
      try {
        const { Table } = await client.send(new DescribeTableCommand({ TableName: table.tableName }));
        exists = true;
        if (Table && sameShape(Table, table)) {
          log.push(`table ${table.tableName}: kept with its data`);
          continue;
        }
        await client.send(new DeleteTableCommand({ TableName: table.tableName }));
        log.push(`table ${table.tableName}: keys or indexes changed, replaced (local data in it dropped)`);
      } catch (error) {
        if (!(error instanceof ResourceNotFoundException)) throw error;
      }
      await client.send(
        new CreateTableCommand({
          TableName: table.tableName,
          AttributeDefinitions: table.attributeDefinitions.map((a) => ({ AttributeName: a.AttributeName, AttributeType: a.AttributeType as 'S' | 'N' | 'B' })),
          KeySchema: table.keySchema.map((k) => ({ AttributeName: k.AttributeName, KeyType: k.KeyType as 'HASH' | 'RANGE' })),
          BillingMode: 'PAY_PER_REQUEST',
          ...(table.globalSecondaryIndexes.length
            ? {
                GlobalSecondaryIndexes: table.globalSecondaryIndexes.map((index) => ({
                  IndexName: index.IndexName,
                  KeySchema: index.KeySchema.map((k) => ({ AttributeName: k.AttributeName, KeyType: k.KeyType as 'HASH' | 'RANGE' })),
                  Projection: {
                    ProjectionType: index.Projection.ProjectionType as 'ALL' | 'KEYS_ONLY' | 'INCLUDE',
                    ...(index.Projection.NonKeyAttributes ? { NonKeyAttributes: index.Projection.NonKeyAttributes } : {}),
                  },
                })),
              }
            : {}),
        }),
      );
      await waitUntilTableExists({ client, maxWaitTime: 10, minDelay: 0.05, maxDelay: 0.2 }, { TableName: table.tableName });
      if (!exists) log.push(`table ${table.tableName}: created with ${table.globalSecondaryIndexes.length} indexes`);
    }
  } finally {
    client.destroy();
  }
  return log;
}
