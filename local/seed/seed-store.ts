import { Agent, request as httpRequest } from 'node:http';
import { ListTablesCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { VanityCallRecord } from '../../amplify/functions/vanity-lookup/call-record';
import { BULK_WRITE, type BulkWriteInput } from '../twin/store-bulk-write';
import { callItems, CountTotals } from './seed-items';

type Item = Record<string, AttributeValue>;

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

/** Calls a bulk write holds: their items and the count rows they add to go to the store as one batch. */
const CALLS_PER_WRITE = 2_000;

/** A bulk write to the twin's store, without the SDK (its serialisation and signing were most of the seed's time). */
export type BulkSender = (input: BulkWriteInput) => Promise<void>;

/** Posts bulk writes to the twin's store at `endpoint`, over kept-alive connections. */
export function bulkSender(endpoint: string): { send: BulkSender; close(): void } {
  const agent = new Agent({ keepAlive: true, maxSockets: 2 });
  const url = new URL(endpoint);
  const send: BulkSender = (input) =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify(input);
      const request = httpRequest(
        { agent, host: url.hostname, port: url.port, path: '/', method: 'POST', headers: { 'Content-Type': 'application/x-amz-json-1.0', 'X-Amz-Target': BULK_WRITE, 'Content-Length': Buffer.byteLength(body) } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            if (response.statusCode === 200) return resolve();
            const text = Buffer.concat(chunks).toString('utf8');
            reject(new Error(`the store refused a bulk write (HTTP ${response.statusCode}): ${text.slice(0, 500)}`));
          });
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  return { send, close: () => agent.destroy() };
}

/** Progress: calls written so far and items in total. */
export type SeedProgress = (written: { calls: number; items: number }) => void;

/**
 * Writes the calls in bulk writes of `callsPerWrite`, each holding the calls' records (marked
 * counted), their word rows and one ADD per count row they touch (the sum of what the function's
 * tally adds call by call), stored as one batch: however the seed stops, every call marked counted
 * is in the counts and no other is. `concurrency` writes are in flight, so the next slice is built
 * while the store writes one. With `stored`, slices already in the store are skipped (a resumed seed).
 */
export async function writeSeed(
  send: BulkSender,
  tables: SeedTables,
  calls: Iterable<VanityCallRecord>,
  options: { concurrency?: number; callsPerWrite?: number; onProgress?: SeedProgress; stored?: (contactId: string) => Promise<boolean> } = {},
): Promise<{ calls: number; items: number; countRows: number; skipped: number }> {
  const concurrency = options.concurrency ?? 2;
  const callsPerWrite = options.callsPerWrite ?? CALLS_PER_WRITE;
  const inFlight = new Set<Promise<void>>();
  let failure: unknown;
  let written = { calls: 0, items: 0 };
  let countRows = 0;
  let slice: VanityCallRecord[] = [];
  let skipped = 0;
  // A connection lost mid-request (a kept-alive socket the store closed, EPIPE, ECONNRESET) may or may not have
  // been written: ask the store, and send it again only if its first call is not there.
  const sendOnce = async (input: BulkWriteInput, firstId: string | undefined): Promise<void> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await send(input);
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        const lost = code === 'EPIPE' || code === 'ECONNRESET';
        if (!lost || attempt >= 3 || options.stored === undefined || firstId === undefined) throw error;
        if (await options.stored(firstId)) return;
      }
    }
  };
  const flush = async () => {
    // A bulk write is stored whole or not at all, so a slice whose first call is stored is stored:
    // the same seed run again resumes where it stopped and counts nothing twice.
    const first = slice[0];
    if (first !== undefined && (await options.stored?.(first.contactId)) === true) {
      skipped += slice.length;
      slice = [];
      return;
    }
    const totals = new CountTotals();
    const puts: Record<string, Item[]> = { [tables.calls]: [], [tables.words]: [] };
    for (const record of slice) {
      totals.add(record);
      for (const { table, item } of callItems(record, tables)) puts[table]?.push(item);
    }
    const items = (puts[tables.calls]?.length ?? 0) + (puts[tables.words]?.length ?? 0);
    const done = { calls: slice.length, items };
    slice = [];
    countRows += totals.size;
    const input = { Puts: puts, Updates: totals.updates(tables.counts, new Date().toISOString()) };
    const promise = sendOnce(input, first?.contactId).then(
      () => {
        inFlight.delete(promise);
        written = { calls: written.calls + done.calls, items: written.items + done.items };
        options.onProgress?.(written);
      },
      (error: unknown) => {
        inFlight.delete(promise);
        failure ??= error;
      },
    );
    inFlight.add(promise);
    if (inFlight.size >= concurrency) await Promise.race(inFlight);
    if (failure !== undefined) throw failure;
  };
  for (const record of calls) {
    slice.push(record);
    if (slice.length >= callsPerWrite) await flush();
  }
  if (slice.length > 0) await flush();
  await Promise.all(inFlight);
  if (failure !== undefined) throw failure;
  return { ...written, countRows, skipped };
}
