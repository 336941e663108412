import type { CallFilters } from './call-filters';
import { planCallQuery, type CallQuery } from './call-query';
import type { VanityCall } from './call-record';
import { dataClient, throwOnErrors } from './data-client';

/** Where the next page starts: the store's token, and matches already read but not yet shown. */
export interface CallsCursor {
  token: string | null;
  buffered: VanityCall[];
}

/** One page of calls, newest first. */
export interface CallsPage {
  calls: VanityCall[];
  /** null at the end of the matches. */
  next: CallsCursor | null;
  /** How many requests the page took (bounded by MAX_REQUESTS_PER_PAGE). */
  requests: number;
}

/** With a filter DynamoDB reads `limit` items and then filters, so a filtered page may take several requests, never more than this. */
const MAX_REQUESTS_PER_PAGE = 5;
/** Items one filtered request reads; a page of small items stays far below AppSync's and DynamoDB's size limits. */
const FILTERED_READ_LIMIT = 1000;

interface RawPage {
  data: VanityCall[];
  errors?: readonly { message: string }[];
  nextToken?: string | null;
}

type SortCondition = CallQuery extends infer Q ? (Q extends { createdAt: infer C } ? C : never) : never;

function sortKey<K extends string>(name: K, condition: SortCondition): Partial<Record<K, NonNullable<SortCondition>>> {
  return condition === undefined ? {} : ({ [name]: condition } as Partial<Record<K, NonNullable<SortCondition>>>);
}

/** A CallWord row carries the call's list fields; it becomes the call it stands for. */
function callOfWordRow(row: Omit<VanityCall, 'kind'> & { word: string; at: string }): VanityCall {
  const { word: _word, at: _at, ...call } = row;
  return { ...call, kind: 'CALL' };
}

/** One request against the planned index. */
export async function queryCalls(query: CallQuery, limit: number, nextToken: string | null): Promise<{ calls: VanityCall[]; nextToken: string | null }> {
  const options = { sortDirection: 'DESC' as const, limit, nextToken, ...(query.filter === undefined ? {} : { filter: query.filter }) };
  const models = dataClient().models;
  let page: RawPage;
  switch (query.index) {
    case 'word': {
      const words = await models.CallWord.list({ word: query.word, ...sortKey('at', query.at), ...options });
      throwOnErrors(words.errors);
      return { calls: words.data.map(callOfWordRow), nextToken: words.nextToken ?? null };
    }
    case 'caller':
      page = await models.VanityCall.listCallsByCaller({ callerNumber: query.callerNumber, ...sortKey('createdAt', query.createdAt) }, options);
      break;
    case 'outcome':
      page = await models.VanityCall.listCallsByOutcome({ outcome: query.outcome, ...sortKey('createdAt', query.createdAt) }, options);
      break;
    case 'date':
      page = await models.VanityCall.listCallsByDate({ kind: 'CALL', ...sortKey('createdAt', query.createdAt) }, options);
      break;
  }
  throwOnErrors(page.errors);
  return { calls: page.data, nextToken: page.nextToken ?? null };
}

/**
 * Reads the next page of calls for the filters from the index that answers them (call-query.ts):
 * exactly `pageSize` rows while more match, at most MAX_REQUESTS_PER_PAGE requests. A page that
 * comes back short but with a `next` cursor has not searched everything yet: never "no match".
 */
export async function fetchCallsPage(filters: CallFilters, pageSize: number, cursor: CallsCursor | null, timeZone?: string): Promise<CallsPage> {
  const query = planCallQuery(filters, timeZone);
  const calls = [...(cursor?.buffered ?? [])];
  let token = cursor?.token ?? null;
  let requests = 0;
  const started = cursor !== null;
  const more = () => (requests === 0 ? !started || token !== null : token !== null);
  while (calls.length < pageSize && more() && requests < MAX_REQUESTS_PER_PAGE) {
    // One more than the page: the extra row waits in the cursor, and a page that ends the matches
    // comes back without one, so "Load more" never offers an empty page.
    const limit = query.filter === undefined ? pageSize - calls.length + 1 : FILTERED_READ_LIMIT;
    const page = await queryCalls(query, limit, token);
    requests += 1;
    calls.push(...page.calls);
    token = page.nextToken;
  }
  const shown = calls.slice(0, pageSize);
  const buffered = calls.slice(pageSize);
  const next = token === null && buffered.length === 0 ? null : { token, buffered };
  return { calls: shown, next, requests };
}
