import type { CallFilters } from '@/components/calls/call-filters';
import { planCallQuery, type CallQuery } from '@/components/calls/call-query';
import { queryCalls } from '@/components/calls/fetch-calls';
import type { CountedCall } from './bucket-calls';

/** The calls in a window that pass a caller or word filter, and whether the cap cut the list short. */
export interface CallTimes {
  calls: (CountedCall & { contactId: string })[];
  truncated: boolean;
  requests: number;
}

const PAGE_LIMIT = 1000;
/** A caller's or a word's calls in a window are few; beyond this the chart says it is partial rather than hang. */
export const MAX_CALLS = 20_000;

/** The query for the window: the filters' index, with the chart's window as the key condition. */
function windowQuery(filters: CallFilters, from: Date, to: Date, timeZone?: string): CallQuery {
  const query = planCallQuery({ ...filters, from: '', to: '' }, timeZone);
  const [start, end] = [from.toISOString(), new Date(to.getTime() - 1).toISOString()];
  return query.index === 'word' ? { ...query, at: { between: [start, `${end}~`] } } : { ...query, createdAt: { between: [start, end] } };
}

/**
 * Reads the calls a caller or word filter selects in [from, to) from that filter's index (never the
 * whole window's calls), for the chart to count when the server's counters cannot (they count all
 * calls, by outcome).
 */
export async function fetchCallTimes(filters: CallFilters, from: Date, to: Date, timeZone?: string): Promise<CallTimes> {
  const query = windowQuery(filters, from, to, timeZone);
  const calls: CallTimes['calls'] = [];
  let token: string | null = null;
  let requests = 0;
  do {
    const page = await queryCalls(query, PAGE_LIMIT, token);
    requests += 1;
    for (const call of page.calls) calls.push({ contactId: call.contactId, createdAt: call.createdAt, outcome: call.outcome, spokenCount: call.spokenCount });
    token = page.nextToken;
  } while (token !== null && calls.length < MAX_CALLS);
  return { calls, truncated: token !== null, requests };
}
