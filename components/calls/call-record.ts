import type { Schema } from '@/amplify/data/resource';

/** One call as the dashboard reads it through the generated data client. */
export type VanityCall = Schema['VanityCall']['type'];

/** The fields the list needs; a structural subset so pure helpers can be tested with plain objects. */
export type CallSummary = Pick<
  VanityCall,
  'contactId' | 'callerNumber' | 'country' | 'vanityNumbers' | 'spokenCount' | 'outcome' | 'createdAt'
>;

/** The vanity numbers of a call without the nulls GraphQL lists may carry. */
export function vanityNumbersOf(call: Pick<CallSummary, 'vanityNumbers'>): string[] {
  return call.vanityNumbers.filter((n): n is string => typeof n === 'string' && n.length > 0);
}

/** Puts a call into a newest-first list, replacing an earlier copy with the same contact id. */
export function mergeCall<T extends Pick<CallSummary, 'contactId' | 'createdAt'>>(calls: readonly T[], call: T): T[] {
  const rest = calls.filter((c) => c.contactId !== call.contactId);
  const at = rest.findIndex((c) => c.createdAt < call.createdAt);
  return at === -1 ? [...rest, call] : [...rest.slice(0, at), call, ...rest.slice(at)];
}
