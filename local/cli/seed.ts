import { parseArgs } from 'node:util';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { storeClient } from '../twin/store';
import { portsFromEnv } from '../twin/ports';
import { seedCalls } from '../seed/seed-calls';
import { bulkSender, findSeedTables, writeSeed } from '../seed/seed-store';

const USAGE =
  'usage: npm run seed -- --calls N [--days D] [--seed S] [--now ISO-TIME]   (fills the running twin: npm start; the same --seed and --now again resume a stopped seed)';

function positiveInteger(name: string, raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > max) throw new Error(`--${name} must be a whole number from 1 to ${max}, got "${raw}"\n${USAGE}`);
  return value;
}

/** The running twin's store: FOUNDRY_STORE_URL, else 127.0.0.1 on FOUNDRY_STORE_PORT (default 20003). */
function storeUrlFromEnv(env: Readonly<Record<string, string | undefined>>): string {
  return env.FOUNDRY_STORE_URL ?? `http://127.0.0.1:${portsFromEnv(env).store}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { calls: { type: 'string' }, days: { type: 'string' }, seed: { type: 'string' }, now: { type: 'string' }, help: { type: 'boolean' } }, strict: true });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (values.calls === undefined) throw new Error(`--calls is required\n${USAGE}`);
  const calls = positiveInteger('calls', values.calls, 0, 10_000_000);
  const days = positiveInteger('days', values.days, 30, 3650);
  const seed = positiveInteger('seed', values.seed, Date.now() % 2_147_483_647, 2_147_483_647);
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime())) throw new Error(`--now must be an ISO time (2026-11-30T12:00:00Z), got "${values.now}"\n${USAGE}`);
  const endpoint = storeUrlFromEnv(process.env);
  const client = storeClient(endpoint);
  const sender = bulkSender(endpoint);
  try {
    const tables = await findSeedTables(client).catch((error: unknown) => {
      throw new Error(`cannot read the twin's store at ${endpoint}: ${error instanceof Error ? error.message : String(error)}. Start the twin (npm start) first.`);
    });
    const started = performance.now();
    const rate = (n: number) => Math.round(n / ((performance.now() - started) / 1000));
    const result = await writeSeed(sender.send, tables, seedCalls({ calls, days, now, seed }), {
      stored: async (contactId) => {
        const { Item } = await client.send(new GetItemCommand({ TableName: tables.calls, Key: { contactId: { S: contactId } }, ProjectionExpression: 'contactId' }));
        return Item !== undefined;
      },
      onProgress: ({ calls: done, items }) => {
        if (done % 20_000 === 0) process.stderr.write(`\r${done} calls, ${items} items, ${rate(done)} calls/s   `);
      },
    });
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write('\n');
    const resumed = result.skipped > 0 ? `; ${result.skipped} calls of this --seed and --now were stored already, skipped` : '';
    console.log(`seeded ${result.calls} calls over ${days} days (${result.items} items, ${result.countRows} count rows) in ${seconds.toFixed(1)} s: ${rate(result.calls)} calls/s${resumed}`);
  } finally {
    sender.close();
    client.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
