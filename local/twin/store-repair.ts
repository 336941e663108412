import { existsSync } from 'node:fs';
import { create, getIndexActions, type Item, type TableDescription } from 'dynalite/db/index.js';

/** What the start-up repair found and fixed, per kind. */
export interface StoreRepair {
  /** Index rows with no table row behind them: listed calls that could not be opened. Removed. */
  orphanIndexRows: number;
  /** Table rows missing from an index (a crash between an update's index delete and its item write). Added. */
  missingIndexRows: number;
  /** Index rows that disagree with their table row (a crash mid-update). Rewritten from the table row. */
  staleIndexRows: number;
  /** Tables or indexes left CREATING or UPDATING by a crash inside dynalite's status timer. Made ACTIVE. */
  activatedTables: number;
}

/** Every key sorted, so a row and its index copy compare equal whatever order their attributes were written in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The keys under a prefix, as dynalite ranges them. */
const under = (prefix: string) => ({ gte: prefix, lt: `${prefix}\xff` });

function isTable(value: unknown): value is TableDescription {
  return typeof value === 'object' && value !== null && typeof (value as TableDescription).TableName === 'string' && Array.isArray((value as TableDescription).KeySchema);
}

/**
 * Makes dynalite's data consistent again after the twin was killed mid-write. dynalite writes a
 * row's index entries before the row (and deletes old ones first), with no transaction, so a `kill
 * -9` can leave an index row whose call does not exist: the dashboard lists it and its page finds
 * nothing. DynamoDB itself builds indexes from the table, so the table rows are the truth: every
 * index is rebuilt from them with dynalite's own projection code. Runs before dynalite opens the
 * directory (LevelDB admits one process); a directory not yet created needs nothing.
 */
export async function repairStore(dataDir: string): Promise<StoreRepair> {
  const repair: StoreRepair = { orphanIndexRows: 0, missingIndexRows: 0, staleIndexRows: 0, activatedTables: 0 };
  if (!existsSync(dataDir)) return repair;
  const { db } = create({ path: dataDir });
  try {
    const tables: TableDescription[] = [];
    for await (const [, table] of db.iterator(under('table~'))) if (isTable(table)) tables.push(table);
    for (const table of tables) {
      const operations: Parameters<typeof db.batch>[0] = [];
      const indexes = [
        { type: 'global', list: table.GlobalSecondaryIndexes ?? [] },
        { type: 'local', list: table.LocalSecondaryIndexes ?? [] },
      ];
      const pending = [table, ...indexes.flatMap(({ list }) => list)].filter((entry) => {
        const status = 'TableStatus' in entry ? entry.TableStatus : entry.IndexStatus;
        return status === 'CREATING' || status === 'UPDATING';
      });
      if (pending.length) {
        table.TableStatus = 'ACTIVE';
        for (const index of indexes.flatMap(({ list }) => list)) if (index.IndexStatus) index.IndexStatus = 'ACTIVE';
        operations.push({ type: 'put', key: `table~${table.TableName}`, value: table });
        repair.activatedTables += 1;
      }
      for (const { type, list } of indexes) {
        if (list.length === 0) continue;
        const expected = new Map<string, Item>();
        for await (const [, item] of db.iterator(under(`item-${table.TableName}~`))) {
          for (const put of getIndexActions(list, undefined, item as Item, table).puts) expected.set(`index-${type}~${table.TableName}~${put.index}~${put.key}`, put.item);
        }
        for (const index of list) {
          for await (const [key, row] of db.iterator(under(`index-${type}~${table.TableName}~${index.IndexName}~`))) {
            const wanted = expected.get(key);
            expected.delete(key);
            if (wanted === undefined) {
              operations.push({ type: 'del', key });
              repair.orphanIndexRows += 1;
            } else if (canonical(wanted) !== canonical(row)) {
              operations.push({ type: 'put', key, value: wanted });
              repair.staleIndexRows += 1;
            }
          }
        }
        for (const [key, value] of expected) operations.push({ type: 'put', key, value });
        repair.missingIndexRows += expected.size;
      }
      if (operations.length) await db.batch(operations);
    }
  } finally {
    await db.close();
  }
  return repair;
}

/** The repair as a start-up log line, or undefined when there was nothing to repair. */
export function describeRepair(repair: StoreRepair): string | undefined {
  const parts = [
    repair.orphanIndexRows && `removed ${repair.orphanIndexRows} index row(s) with no call behind them`,
    repair.missingIndexRows && `restored ${repair.missingIndexRows} missing index row(s)`,
    repair.staleIndexRows && `rewrote ${repair.staleIndexRows} stale index row(s)`,
    repair.activatedTables && `activated ${repair.activatedTables} table(s) left mid-creation`,
  ].filter((part): part is string => typeof part === 'string');
  return parts.length ? `store repaired after an unclean stop: ${parts.join(', ')}` : undefined;
}
