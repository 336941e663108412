import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { Item, TableDescription } from 'dynalite/db/index.js';
import { readBody, replyDynamo } from './aws-json-http';

const BATCH_WRITE = 'DynamoDB_20120810.BatchWriteItem';

/** The part of dynalite's store (db.create's result) the batch writer uses. */
export interface DynaliteStore {
  options: { maxItemSize: number };
  db: {
    iterator(range: { gte: string; lt: string }): AsyncIterable<[string, unknown]>;
    getMany(keys: string[]): Promise<(Item | undefined)[]>;
    batch(operations: ({ type: 'put'; key: string; value: unknown } | { type: 'del'; key: string })[]): Promise<void>;
  };
  getTable(name: string, callback: (error: Error | null, table: TableDescription) => void): void;
  getItemDb(name: string): { lock(keys: string[], exec: (release: (done: () => void) => () => void) => void): void };
}

export interface DynaliteError extends Error {
  statusCode?: number;
  body?: object;
}

/** dynalite's own modules, as its request handler uses them (CommonJS, untyped). */
export interface DynaliteDb {
  create(options: object): DynaliteStore;
  validateItem(item: Item, table: TableDescription): DynaliteError | undefined;
  validateKey(key: Item, table: TableDescription): DynaliteError | undefined;
  createKey(item: Item, table: TableDescription): string;
  validationError(message: string): DynaliteError;
  getIndexActions(
    indexes: TableDescription['GlobalSecondaryIndexes'],
    existing: Item | undefined,
    item: Item | undefined,
    table: TableDescription,
  ): { puts: { index: string; key: string; item: Item }[]; deletes: { index: string; key: string }[] };
}
export interface DynaliteValidations {
  checkTypes<T = BatchWriteInput>(data: unknown, types: object): T;
  checkValidations(data: unknown, types: object, custom: unknown, store: DynaliteStore): void;
}
export type WriteRequest = { PutRequest?: { Item: Item }; DeleteRequest?: { Key: Item } };
interface BatchWriteInput {
  RequestItems: Record<string, WriteRequest[]>;
}

const require = createRequire(import.meta.url);
export const dynaliteDb = require('dynalite/db/index.js') as DynaliteDb;
export const validations = require('dynalite/validations/index.js') as DynaliteValidations;
export const batchWriteRules = require('dynalite/validations/batchWriteItem.js') as { types: object; custom: unknown };

/**
 * Runs `start` (which calls dynalite()) and returns the store dynalite created inside it: dynalite
 * keeps its store private, and the batch writer needs its LevelDB and its locks.
 */
export function withDynaliteStore<T>(start: () => T): { result: T; store: DynaliteStore } {
  const original = dynaliteDb.create;
  let store: DynaliteStore | undefined;
  dynaliteDb.create = (options) => (store = original(options));
  try {
    const result = start();
    if (store === undefined) throw new Error('dynalite did not create its store');
    return { result, store };
  } finally {
    dynaliteDb.create = original;
  }
}

const TABLE_CHANGES = new Set(['CreateTable', 'DeleteTable', 'UpdateTable'].map((action) => `DynamoDB_20120810.${action}`));

/**
 * Table descriptions, read once: dynalite reads a table's description from LevelDB for every item
 * it writes, a third of a batch's time. Only ACTIVE tables are kept, and any request that may change
 * a table empties the cache before dynalite sees it.
 */
export class TableCache {
  private readonly tables = new Map<string, Promise<TableDescription>>();

  constructor(private readonly store: DynaliteStore) {}

  get(name: string): Promise<TableDescription> {
    let table = this.tables.get(name);
    if (table === undefined) {
      table = new Promise<TableDescription>((resolve, reject) => this.store.getTable(name, (error, found) => (error ? reject(error) : resolve(found))));
      this.tables.set(name, table);
      table.then(
        (found) => {
          if (found.TableStatus !== 'ACTIVE') this.tables.delete(name);
        },
        () => this.tables.delete(name),
      );
    }
    return table;
  }

  clear(): void {
    this.tables.clear();
  }
}

export const lockKeys = (store: DynaliteStore, table: string, keys: string[]) =>
  new Promise<() => void>((resolve) => store.getItemDb(table).lock(keys, (release) => resolve(release(() => undefined))));

export type Operation = { type: 'put'; key: string; value: unknown } | { type: 'del'; key: string };

/** One table's requests as LevelDB operations: index rows deleted and written as dynalite's updateIndexes does, then the item. */
export function operations(table: TableDescription, requests: { key: string; item: Item | undefined }[], existing: (Item | undefined)[]): Operation[] {
  const deletes: Operation[] = [];
  const puts: Operation[] = [];
  requests.forEach(({ key, item }, i) => {
    const before = existing[i];
    for (const [type, indexes] of [['local', table.LocalSecondaryIndexes ?? []], ['global', table.GlobalSecondaryIndexes ?? []]] as const) {
      const actions = dynaliteDb.getIndexActions(indexes, before, item, table);
      for (const del of actions.deletes) deletes.push({ type: 'del', key: `index-${type}~${table.TableName}~${del.index}~${del.key}` });
      for (const put of actions.puts) puts.push({ type: 'put', key: `index-${type}~${table.TableName}~${put.index}~${put.key}`, value: put.item });
    }
    const itemKey = `item-${table.TableName}~${key}`;
    puts.push(item === undefined ? { type: 'del', key: itemKey } : { type: 'put', key: itemKey, value: item });
  });
  return [...deletes, ...puts];
}

/**
 * BatchWriteItem as dynalite answers it (its own validation, key layout and index projection), but
 * written as one LevelDB batch per request: dynalite writes each item and each of its index rows
 * separately and reads the table's description per item, about six LevelDB calls an item, which
 * held the seed to about 1,000 items/s. The keys are locked as dynalite's PutItem locks them, so a
 * concurrent PutItem or UpdateItem on the same key waits; a request is all or nothing.
 */
async function batchWrite(store: DynaliteStore, tableCache: TableCache, input: unknown): Promise<object> {
  const data = validations.checkTypes(input, batchWriteRules.types);
  validations.checkValidations(data, batchWriteRules.types, batchWriteRules.custom, store);
  const tables = Object.keys(data.RequestItems).sort();
  const plans: { table: TableDescription; requests: { key: string; item: Item | undefined }[] }[] = [];
  for (const name of tables) {
    const table = await tableCache.get(name);
    plans.push({ table, requests: planTable(table, data.RequestItems[name] ?? []) });
  }
  return writePlans(store, plans);
}

/** One table's write requests validated as dynalite's batchWriteItem validates them, keyed; duplicates refused. */
export function planTable(table: TableDescription, writes: WriteRequest[]): { key: string; item: Item | undefined }[] {
  const seen = new Set<string>();
  return writes.map((request) => {
    const item = request.PutRequest?.Item;
    const keyItem = item ?? request.DeleteRequest?.Key ?? {};
    const invalid = item !== undefined ? dynaliteDb.validateItem(item, table) : dynaliteDb.validateKey(keyItem, table);
    if (invalid) {
      // As dynalite's batchWriteItem words it.
      const body = invalid.body as { message?: string } | undefined;
      if (body?.message !== undefined && /Missing the key|Type mismatch for key/.test(body.message)) body.message = 'The provided key element does not match the schema';
      throw invalid;
    }
    const key = dynaliteDb.createKey(keyItem, table);
    if (seen.has(key)) throw dynaliteDb.validationError('Provided list of item keys contains duplicates');
    seen.add(key);
    return { key, item };
  });
}

/** Writes planned requests under their keys' locks as one LevelDB batch. */
async function writePlans(store: DynaliteStore, plans: { table: TableDescription; requests: { key: string; item: Item | undefined }[] }[]): Promise<object> {
  const releases: (() => void)[] = [];
  try {
    for (const { table, requests } of plans) releases.push(await lockKeys(store, table.TableName, requests.map((request) => request.key)));
    const batch: Operation[] = [];
    for (const { table, requests } of plans) {
      const existing = await store.db.getMany(requests.map(({ key }) => `item-${table.TableName}~${key}`));
      batch.push(...operations(table, requests, existing));
    }
    await store.db.batch(batch);
  } finally {
    for (const release of releases.reverse()) release();
  }
  return { UnprocessedItems: {} };
}

/** A write the twin answers itself, in front of dynalite. */
export type StoreWrite = (store: DynaliteStore, tables: TableCache, input: unknown) => Promise<object>;

/**
 * Answers BatchWriteItem with `batchWrite` and each of `more` (by X-Amz-Target) with its writer; every
 * other request goes to dynalite's handler as before.
 */
export function addBatchWrites(server: Server, store: DynaliteStore, more: Readonly<Record<string, StoreWrite>> = {}): void {
  const handlers = server.listeners('request') as ((request: IncomingMessage, response: ServerResponse) => void)[];
  server.removeAllListeners('request');
  const tables = new TableCache(store);
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const target = request.headers['x-amz-target'];
    const write = target === BATCH_WRITE ? batchWrite : typeof target === 'string' ? more[target] : undefined;
    if (write === undefined) {
      if (typeof target === 'string' && TABLE_CHANGES.has(target)) tables.clear();
      for (const handler of handlers) handler.call(server, request, response);
      return;
    }
    readBody(request)
      .then((body) => write(store, tables, JSON.parse(body)))
      .then((result) => replyDynamo(response, 200, result))
      .catch((error: unknown) => {
        const known = error as DynaliteError;
        if (error instanceof SyntaxError) replyDynamo(response, 400, { __type: 'com.amazon.coral.service#SerializationException' });
        else if (known.statusCode !== undefined && known.body !== undefined) replyDynamo(response, known.statusCode, known.body);
        else replyDynamo(response, 500, { __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: `local batch write failed: ${String(error)}` });
      });
  });
}
