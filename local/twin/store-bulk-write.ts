import { createRequire } from 'node:module';
import type { Item, TableDescription } from 'dynalite/db/index.js';
import { batchWriteRules, dynaliteDb, lockKeys, operations, planTable, validations, type DynaliteStore, type Operation, type TableCache, type WriteRequest } from './store-batch-write';

/** The twin's own store action: many puts and updates written as one LevelDB batch (not a DynamoDB API). */
export const BULK_WRITE = 'FoundryTwin.BulkWrite';

/**
 * What one bulk write holds: items to put, by table, and UpdateItem requests, as DynamoDB's own
 * BatchWriteItem and UpdateItem take them. The seed sends a slice of calls with their word rows and
 * the count rows they add to, so calls and their counts are stored together or not at all.
 */
export interface BulkWriteInput {
  Puts: Record<string, Record<string, object>[]>;
  Updates: object[];
}

interface UpdateInput {
  TableName: string;
  Key: Item;
}

const require = createRequire(import.meta.url);
const updateItem = require('dynalite/actions/updateItem.js') as (store: object, data: UpdateInput, callback: (error: Error | null) => void) => void;
const updateRules = require('dynalite/validations/updateItem.js') as { types: object; custom: unknown };

/** BatchWriteItem's checks (attribute values, item size) without its 25 items a request. */
const bulkPutRules = (() => {
  const rules = batchWriteRules.types as { RequestItems: { values: object } };
  return { ...rules, RequestItems: { ...rules.RequestItems, values: { lengthGreaterThanOrEqual: 1 } } };
})();

const VALUE_TYPES: Readonly<Record<string, (value: unknown) => boolean>> = {
  S: (value) => typeof value === 'string',
  N: (value) => typeof value === 'string',
  BOOL: (value) => typeof value === 'boolean',
  NULL: (value) => typeof value === 'boolean',
  SS: (value) => Array.isArray(value) && value.every((member) => typeof member === 'string'),
  NS: (value) => Array.isArray(value) && value.every((member) => typeof member === 'string'),
  L: (value) => Array.isArray(value) && value.every(plainValue),
  M: (value) => typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(plainValue),
};

/**
 * A value dynalite's type check (checkTypes) would return unchanged: one type, of the JSON type it
 * needs. Items made only of such values skip that check, a sixth of a bulk write's time; any other
 * item goes through it, so a malformed item is refused with dynalite's own error.
 */
function plainValue(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const types = Object.keys(value);
  const [type] = types;
  return types.length === 1 && type !== undefined && VALUE_TYPES[type]?.((value as Record<string, unknown>)[type]) === true;
}

const plainItem = (item: unknown): boolean => typeof item === 'object' && item !== null && !Array.isArray(item) && Object.values(item).every(plainValue);

const NOT_FOUND = Object.assign(new Error('NotFound'), { name: 'NotFoundError' });

/**
 * A view of dynalite's store for its own UpdateItem action: reads see this batch's earlier writes,
 * writes go into the batch, and locks are already held by the bulk write (the action would wait on them).
 */
function batchingStore(store: DynaliteStore, tables: TableCache, batch: Operation[], written: Map<string, Item | undefined>) {
  const read = (key: string, callback: (error: Error | null, value?: Item) => void): void => {
    if (written.has(key)) {
      const value = written.get(key);
      callback(value === undefined ? NOT_FOUND : null, value);
      return;
    }
    store.db.getMany([key]).then(
      ([value]) => callback(value === undefined ? NOT_FOUND : null, value),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
    );
  };
  const writer = (prefix: string) => ({
    lock: (_key: string, exec: (release: (done: unknown) => unknown) => void) => exec((done) => done),
    get: (key: string, callback: (error: Error | null, value?: Item) => void) => read(prefix + key, callback),
    put: (key: string, value: Item, callback: (error: Error | null) => void) => {
      batch.push({ type: 'put', key: prefix + key, value });
      written.set(prefix + key, value);
      callback(null);
    },
    del: (key: string, callback: (error: Error | null) => void) => {
      batch.push({ type: 'del', key: prefix + key });
      written.set(prefix + key, undefined);
      callback(null);
    },
  });
  return {
    options: store.options,
    getTable: (name: string, callback: (error: Error | null, table?: TableDescription) => void) =>
      tables.get(name).then(
        (table) => callback(null, table),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      ),
    getItemDb: (name: string) => writer(`item-${name}~`),
    getIndexDb: (type: string, table: string, index: string) => writer(`index-${type.toLowerCase()}~${table}~${index}~`),
  };
}

/**
 * Puts and updates as one LevelDB batch: each put validated, keyed and indexed as BatchWriteItem
 * does (`planTable`), each update validated and applied by dynalite's own UpdateItem (conditions,
 * expressions, index rows), under every key's lock. All or nothing: a bad item or a failed update
 * writes nothing, and a process stopped mid-request leaves the batch unwritten.
 */
export async function bulkWrite(store: DynaliteStore, tables: TableCache, input: unknown): Promise<object> {
  const shape = input as Partial<BulkWriteInput> | null;
  if (typeof shape !== 'object' || shape === null || typeof shape.Puts !== 'object' || shape.Puts === null || !Array.isArray(shape.Updates)) {
    throw dynaliteDb.validationError('A bulk write needs Puts (items by table) and Updates (UpdateItem requests)');
  }
  const putTables = Object.keys(shape.Puts).filter((name) => (shape.Puts?.[name]?.length ?? 0) > 0);
  const requestItems: Record<string, { PutRequest: { Item: object } }[]> = Object.fromEntries(putTables.map((name) => [name, (shape.Puts?.[name] ?? []).map((item) => ({ PutRequest: { Item: item } }))]));
  const plain = putTables.every((name) => (shape.Puts?.[name] ?? []).every(plainItem));
  const puts: { RequestItems: Record<string, WriteRequest[]> } =
    putTables.length === 0 ? { RequestItems: {} } : plain ? { RequestItems: requestItems as Record<string, WriteRequest[]> } : validations.checkTypes({ RequestItems: requestItems }, bulkPutRules);
  if (putTables.length > 0) validations.checkValidations(puts, bulkPutRules, batchWriteRules.custom, store);
  const updates = shape.Updates.map((update) => {
    const data = validations.checkTypes<UpdateInput>(update, updateRules.types);
    validations.checkValidations(data, updateRules.types, updateRules.custom, store);
    return data;
  });

  const keys = new Map<string, { table: TableDescription; keys: Set<string> }>();
  const keysOf = async (name: string) => {
    let entry = keys.get(name);
    if (entry === undefined) {
      entry = { table: await tables.get(name), keys: new Set() };
      keys.set(name, entry);
    }
    return entry;
  };
  const plans: { table: TableDescription; requests: { key: string; item: Item | undefined }[] }[] = [];
  for (const name of Object.keys(puts.RequestItems)) {
    const entry = await keysOf(name);
    const requests = planTable(entry.table, puts.RequestItems[name] ?? []);
    for (const { key } of requests) entry.keys.add(key);
    plans.push({ table: entry.table, requests });
  }
  for (const update of updates) {
    const entry = await keysOf(update.TableName);
    const invalid = dynaliteDb.validateKey(update.Key, entry.table);
    if (invalid) throw invalid;
    const key = dynaliteDb.createKey(update.Key, entry.table);
    // One write per item: an update of an item put or updated in the same request would depend on their order.
    if (entry.keys.has(key)) throw dynaliteDb.validationError('Provided list of item keys contains duplicates');
    entry.keys.add(key);
  }

  const releases: (() => void)[] = [];
  try {
    // Tables in one order, so two bulk writes never wait on each other's locks.
    for (const name of [...keys.keys()].sort()) releases.push(await lockKeys(store, name, [...(keys.get(name)?.keys ?? [])]));
    const batch: Operation[] = [];
    for (const { table, requests } of plans) {
      const existing = await store.db.getMany(requests.map(({ key }) => `item-${table.TableName}~${key}`));
      batch.push(...operations(table, requests, existing));
    }
    const view = batchingStore(store, tables, batch, new Map());
    for (const update of updates) {
      await new Promise<void>((resolve, reject) => updateItem(view, update, (error) => (error ? reject(error) : resolve())));
    }
    await store.db.batch(batch);
  } finally {
    for (const release of releases.reverse()) release();
  }
  return { Written: { puts: plans.reduce((sum, plan) => sum + plan.requests.length, 0), updates: updates.length } };
}
