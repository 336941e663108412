import { callerNeedle, createdAtRange, wholeCallerNumber, wordNeedle, type CallFilters, type CallOutcome } from './call-filters';

/** A condition on an index's sort key (createdAt, or CallWord's createdAt#contactId). */
export type SortCondition = { between: [string, string] } | { ge: string } | { le: string } | undefined;

/** A server-side filter, in the data client's ModelFilter shape; DynamoDB applies it after `limit`. */
export interface CallFilterInput {
  callerNumber?: { contains: string } | { eq: string };
  outcome?: { eq: CallOutcome };
}

/**
 * Which index answers a filtered list, keyed so that the most selective filter is the key and the
 * rest run as a server-side filter over it: the word (CallWord rows), a whole caller number
 * (byCaller), an outcome (byOutcome), else every call newest first (byDate).
 */
export type CallQuery =
  | { index: 'word'; word: string; at: SortCondition; filter?: CallFilterInput }
  | { index: 'caller'; callerNumber: string; createdAt: SortCondition; filter?: CallFilterInput }
  | { index: 'outcome'; outcome: CallOutcome; createdAt: SortCondition; filter?: CallFilterInput }
  | { index: 'date'; createdAt: SortCondition; filter?: CallFilterInput };

function condition(from: string | null, to: string | null, toSuffix = ''): SortCondition {
  if (from !== null && to !== null) return { between: [from, `${to}${toSuffix}`] };
  if (from !== null) return { ge: from };
  if (to !== null) return { le: `${to}${toSuffix}` };
  return undefined;
}

function withFilter(filter: CallFilterInput): { filter?: CallFilterInput } {
  return Object.keys(filter).length === 0 ? {} : { filter };
}

/** Plans the query for the filters: one index, a key condition for the dates, the rest as a filter. */
export function planCallQuery(filters: CallFilters, timeZone?: string): CallQuery {
  const { from, to } = createdAtRange(filters, timeZone);
  const word = wordNeedle(filters.word);
  const caller = filters.caller.trim();
  const whole = caller === '' ? undefined : wholeCallerNumber(caller);
  const callerFilter: CallFilterInput = caller === '' ? {} : { callerNumber: whole === undefined ? { contains: callerNeedle(caller) } : { eq: whole } };
  const outcomeFilter: CallFilterInput = filters.outcome === '' ? {} : { outcome: { eq: filters.outcome } };
  const createdAt = condition(from, to);
  // "~" sorts after every character of a contact id, so the day's last call is inside the range.
  if (word !== '') return { index: 'word', word, at: condition(from, to, '~'), ...withFilter({ ...callerFilter, ...outcomeFilter }) };
  if (whole !== undefined) return { index: 'caller', callerNumber: whole, createdAt, ...withFilter(outcomeFilter) };
  if (filters.outcome !== '') return { index: 'outcome', outcome: filters.outcome, createdAt, ...withFilter(callerFilter) };
  return { index: 'date', createdAt, ...withFilter(callerFilter) };
}
