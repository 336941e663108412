import { BatchWriteItemCommand, ListTablesCommand, UpdateItemCommand, type AttributeValue, type DynamoDBClient, type WriteRequest } from '@aws-sdk/client-dynamodb';
import type { VanityCallRecord } from '../../amplify/functions/vanity-lookup/call-record';
import { callItems, CountTotals } from './seed-items';

/** The twin's tables by model: the synthesised names start with the model's name. */
export interface SeedTables {
  calls: string;
  counts: string;
  words: string;
}

/** Finds the VanityCall, CallCount and CallWord tables in the store; fails naming what is missing. */
export async function findSeedTables(client: DynamoDBClient): Promise<SeedTables> {
  const names: string[] = [];
  let start: string | undefined;
  do {
    const page = await client.send(new ListTablesCommand({ ExclusiveStartTableName: start }));
    names.push(...(page.TableNames ?? []));
    start = page.LastEvaluatedTableName;
  } while (start !== undefined);
  const find = (model: string): string => {
    const matches = names.filter((name) => name.startsWith(`${model}-`));
    if (matches.length !== 1) throw new Error(`expected one ${model} table in the store, found ${matches.length} (${names.join(', ') || 'no tables'}): is the twin running, from this branch?`);
    return matches[0] ?? model;
  };
  return { calls: find('VanityCall'), counts: find('CallCount'), words: find('CallWord') };
}

const BATCH = 25;

async function writeBatch(client: DynamoDBClient, requests: { table: string; item: Record<string, AttributeValue> }[]): Promise<void> {
  let pending: Record<string, WriteRequest[]> = {};
  for (const { table, item } of requests) (pending[table] ??= []).push({ PutRequest: { Item: item } });
  for (let attempt = 0; Object.keys(pending).length > 0; attempt++) {
    if (attempt > 8) throw new Error('the store kept items unprocessed after 8 retries');
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
    const { UnprocessedItems } = await client.send(new BatchWriteItemCommand({ RequestItems: pending }));
    pending = UnprocessedItems ?? {};
  }
}

/** Progress: calls written so far and items in total. */
export type SeedProgress = (written: { calls: number; items: number }) => void;

/**
 * Writes the calls' records and word rows in batches of 25 with `concurrency` batches in flight, then
 * adds each touched CallCount row once (ADD), so the counts equal what the function's tally would
 * have added call by call.
 */
export async function writeSeed(
  client: DynamoDBClient,
  tables: SeedTables,
  calls: Iterable<VanityCallRecord>,
  options: { concurrency?: number; onProgress?: SeedProgress } = {},
): Promise<{ calls: number; items: number; countRows: number }> {
  const concurrency = options.concurrency ?? 8;
  const totals = new CountTotals();
  const inFlight = new Set<Promise<void>>();
  let buffer: { table: string; item: Record<string, AttributeValue> }[] = [];
  let written = { calls: 0, items: 0 };
  const flush = async (batch: typeof buffer) => {
    const promise = writeBatch(client, batch).then(() => {
      inFlight.delete(promise);
    });
    inFlight.add(promise);
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
  };
  for (const record of calls) {
    totals.add(record);
    buffer.push(...callItems(record, tables));
    written = { calls: written.calls + 1, items: written.items };
    while (buffer.length >= BATCH) {
      const batch = buffer.slice(0, BATCH);
      buffer = buffer.slice(BATCH);
      written = { calls: written.calls, items: written.items + batch.length };
      await flush(batch);
    }
    if (written.calls % 10_000 === 0) options.onProgress?.(written);
  }
  if (buffer.length > 0) {
    written = { calls: written.calls, items: written.items + buffer.length };
    await flush(buffer);
  }
  await Promise.all(inFlight);
  const now = new Date().toISOString();
  const updates = totals.updates(tables.counts, now);
  for (let i = 0; i < updates.length; i += concurrency) {
    await Promise.all(updates.slice(i, i + concurrency).map((update) => client.send(new UpdateItemCommand(update))));
  }
  options.onProgress?.(written);
  return { ...written, countRows: totals.size };
}
