import { createdAtCondition, matchesFilters, needsClientFilter, serverFilter, type CallFilters } from './call-filters';
import type { VanityCall } from './call-record';
import { dataClient, throwOnErrors } from './data-client';

/** One page of calls, newest first, and the token for the next one (null at the end). */
export interface CallsPage {
  calls: VanityCall[];
  nextToken: string | null;
}

/** DynamoDB applies `limit` before the filter, so a filtered page may take several requests. */
const MAX_REQUESTS_PER_PAGE = 10;
const SCAN_LIMIT = 100;

/**
 * Reads the next page of calls from the newest-first index: the date range as a key condition and the
 * caller number as a server-side filter; the word filter, which DynamoDB cannot express, on arrival.
 */
export async function fetchCallsPage(filters: CallFilters, pageSize: number, nextToken: string | null): Promise<CallsPage> {
  const condition = createdAtCondition(filters);
  const filter = serverFilter(filters);
  const limit = filter !== undefined || needsClientFilter(filters) ? SCAN_LIMIT : pageSize;
  const calls: VanityCall[] = [];
  let token = nextToken;
  for (let request = 0; request < MAX_REQUESTS_PER_PAGE; request += 1) {
    const { data, errors, nextToken: next } = await dataClient().models.VanityCall.listCallsByDate(
      condition === undefined ? { kind: 'CALL' } : { kind: 'CALL', createdAt: condition },
      { sortDirection: 'DESC', limit, nextToken: token, ...(filter === undefined ? {} : { filter }) },
    );
    throwOnErrors(errors);
    calls.push(...data.filter((call) => matchesFilters(call, filters)));
    token = next ?? null;
    if (token === null || calls.length >= pageSize) break;
  }
  return { calls, nextToken: token };
}
