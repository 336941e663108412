import { dataClient, throwOnErrors } from '@/components/calls/data-client';
import type { CountRow, Span } from './count-rows';
import { SLOT_MS, type CountGranularity } from '@/amplify/functions/vanity-lookup/count-slots';
import { spansAreUtcDays } from './chart-spans';

export type { CountGranularity };
/** Rows per request; a year of hours is 9 requests, sent together (14 days of quarter hours, 2). */
const ROWS_PER_REQUEST = 1000;

const onWholeHours = (spans: readonly Span[]) => spans.every((span) => span.start.getTime() % SLOT_MS.HOUR === 0 && span.end.getTime() % SLOT_MS.HOUR === 0);

/**
 * The rows that answer the spans exactly: DAY rows when the bars are UTC days, HOUR rows when every
 * edge is on a UTC hour, else (days in a zone offset by a half or quarter hour) QUARTER rows.
 */
export function granularityFor(spans: readonly Span[], unit: 'hour' | 'day'): CountGranularity {
  if (unit === 'day' && spans.length > 0 && spansAreUtcDays(spans)) return 'DAY';
  return onWholeHours(spans) ? 'HOUR' : 'QUARTER';
}

async function fetchChunk(granularity: CountGranularity, first: string, last: string): Promise<{ rows: CountRow[]; requests: number }> {
  const rows: CountRow[] = [];
  let nextToken: string | null = null;
  let requests = 0;
  do {
    const page: { data: CountRow[]; errors?: readonly { message: string }[]; nextToken?: string | null } = await dataClient().models.CallCount.list({
      granularity,
      slot: { between: [first, last] },
      limit: ROWS_PER_REQUEST,
      nextToken,
      selectionSet: ['slot', 'total', 'ok', 'noWords', 'noUsableNumber', 'error', 'heard'],
    });
    requests += 1;
    throwOnErrors(page.errors);
    rows.push(...page.data);
    nextToken = page.nextToken ?? null;
  } while (nextToken !== null);
  return { rows, requests };
}

/**
 * Reads the server's counts for [from, to): at most a few hundred small rows for a chart, whatever
 * the number of calls; a long range is read in chunks of ROWS_PER_REQUEST slots, all at once.
 */
export async function fetchCountRows(granularity: CountGranularity, from: Date, to: Date): Promise<{ rows: CountRow[]; requests: number }> {
  const size = SLOT_MS[granularity];
  const first = Math.floor(from.getTime() / size) * size;
  const chunks: [string, string][] = [];
  for (let start = first; start < to.getTime(); start += ROWS_PER_REQUEST * size) {
    const last = Math.min(start + (ROWS_PER_REQUEST - 1) * size, to.getTime() - 1);
    chunks.push([new Date(start).toISOString(), new Date(Math.floor(last / size) * size).toISOString()]);
  }
  const results = await Promise.all(chunks.map(([a, b]) => fetchChunk(granularity, a, b)));
  return { rows: results.flatMap((result) => result.rows), requests: results.reduce((sum, result) => sum + result.requests, 0) };
}
