/** dynalite ships no types; this is the part of its API the twin uses. */
declare module 'dynalite' {
  import type { Server } from 'node:http';
  interface DynaliteOptions {
    path?: string;
    createTableMs?: number;
    deleteTableMs?: number;
    updateTableMs?: number;
    maxItemSizeKb?: number;
  }
  export default function dynalite(options?: DynaliteOptions): Server;
}

/** dynalite's storage layer: its key layout and index maintenance, which the twin's start-up repair reuses. */
declare module 'dynalite/db/index.js' {
  type Item = Record<string, Record<string, unknown>>;
  interface KeyElement {
    AttributeName: string;
    KeyType: string;
  }
  interface Index {
    IndexName: string;
    KeySchema: KeyElement[];
    Projection: { ProjectionType?: string; NonKeyAttributes?: string[] };
    IndexStatus?: string;
  }
  interface TableDescription {
    TableName: string;
    TableStatus: string;
    KeySchema: KeyElement[];
    AttributeDefinitions: { AttributeName: string; AttributeType: string }[];
    GlobalSecondaryIndexes?: Index[];
    LocalSecondaryIndexes?: Index[];
  }
  /** The LevelDB database (abstract-level) under dynalite; values are JSON. */
  interface LevelDatabase {
    iterator(range: { gte: string; lt: string }): AsyncIterable<[string, unknown]>;
    batch(operations: ({ type: 'put'; key: string; value: unknown } | { type: 'del'; key: string })[]): Promise<void>;
    close(): Promise<void>;
  }
  export function create(options: { path: string }): { db: LevelDatabase };
  export function getIndexActions(indexes: Index[], existingItem: Item | undefined, item: Item, table: TableDescription): { puts: { index: string; key: string; item: Item }[] };
}
