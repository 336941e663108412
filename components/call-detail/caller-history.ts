import type { CallSummary } from '@/components/calls/call-record';

/** E.164: a plus, a country code that does not start with 0, and at most 15 digits in all. */
const E164 = /^\+[1-9]\d{5,14}$/;

/**
 * True when the stored number names one line, so the calls that share it are that caller's history.
 * Withheld numbers are all stored as "anonymous" and unusable ones as whatever the network sent:
 * grouping on those would present strangers as one caller.
 */
export function identifiesCaller(call: Pick<CallSummary, 'callerNumber' | 'outcome'>): boolean {
  return call.outcome !== 'NO_USABLE_NUMBER' && E164.test(call.callerNumber);
}
