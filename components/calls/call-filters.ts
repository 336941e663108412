import { callWords, wordKey } from '@/amplify/functions/vanity-lookup/call-words';
import { vanityNumbersOf, type CallSummary, type VanityCall } from './call-record';
import { browserTimeZone, zonedDayStart } from './time-zone';

/** A call's outcome, as the outcome filter names it. */
export type CallOutcome = VanityCall['outcome'];

/** Every outcome, in the order the dashboard lists them. */
export const CALL_OUTCOMES: readonly CallOutcome[] = ['OK', 'NO_WORDS', 'NO_USABLE_NUMBER', 'ERROR'];

function isOutcome(value: string): value is CallOutcome {
  return (CALL_OUTCOMES as readonly string[]).includes(value);
}

/** The dashboard's filters, exactly as they appear in the URL. */
export interface CallFilters {
  /** Part of the caller's number, in any punctuation ("356 93", "+1 800"). */
  caller: string;
  /**
   * A whole word of one of the vanity numbers ("flowers"), or a number's words run together
   * ("gotjunk", "got-junk"): looked up as the server indexes them (callWords in call-words.ts).
   */
  word: string;
  /** One outcome ("OK", "NO_WORDS", ...), or "" for all. */
  outcome: CallOutcome | '';
  /** First day shown, YYYY-MM-DD in the viewer's time zone. */
  from: string;
  /** Last day shown (inclusive), YYYY-MM-DD in the viewer's time zone. */
  to: string;
}

/** The URL parameter for each filter. */
const FILTER_PARAMS = { caller: 'caller', word: 'word', outcome: 'outcome', from: 'from', to: 'to' } as const;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads filters from URL search parameters, dropping malformed dates rather than failing. */
export function parseFilters(params: { get(name: string): string | null }): CallFilters {
  const day = (name: string) => {
    const value = params.get(name)?.trim() ?? '';
    return DAY.test(value) && localDay(value) !== null ? value : '';
  };
  return {
    caller: params.get(FILTER_PARAMS.caller)?.trim() ?? '',
    word: params.get(FILTER_PARAMS.word)?.trim() ?? '',
    outcome: isOutcome(params.get(FILTER_PARAMS.outcome)?.trim() ?? '') ? (params.get(FILTER_PARAMS.outcome)?.trim() as CallOutcome) : '',
    from: day(FILTER_PARAMS.from),
    to: day(FILTER_PARAMS.to),
  };
}

/** Writes filters back as a query string, leaving out the empty ones so shared links stay short. */
export function filtersToSearch(filters: CallFilters): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(FILTER_PARAMS) as (keyof CallFilters)[]) {
    const value = filters[key].trim();
    if (value !== '') params.set(FILTER_PARAMS[key], value);
  }
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

/** True when no filter is set. */
export function hasFilters(filters: CallFilters): boolean {
  return Object.values(filters).some((value) => value.trim() !== '');
}

function localDay(value: string): Date | null {
  const match = DAY.exec(value);
  if (!match) return null;
  const [, y, m, d] = match.map(Number);
  if (y === undefined || m === undefined || d === undefined) return null;
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? date : null;
}

/** Caller numbers are stored in E.164, so a typed number is compared by its digits alone. */
export function callerNeedle(caller: string): string {
  const digits = caller.replace(/\D/g, '');
  return digits !== '' ? digits : caller.trim().toLowerCase();
}

/**
 * A caller filter that names a whole number (E.164: "+" and 8 to 15 digits, in any punctuation) or
 * "anonymous" is looked up in the caller index; anything shorter is part of a number, searched for.
 */
export function wholeCallerNumber(caller: string): string | undefined {
  const text = caller.trim();
  if (text.toLowerCase() === 'anonymous') return 'anonymous';
  if (!text.startsWith('+') || /[A-Za-z]/.test(text)) return undefined;
  const digits = text.replace(/\D/g, '');
  return digits.length >= 8 && digits.length <= 15 ? `+${digits}` : undefined;
}

/** The word filter's index key: letters only, upper case, so "got-junk" finds "1-800-GOT-JUNK". */
export function wordNeedle(word: string): string {
  return wordKey(word);
}

/**
 * The createdAt range the date filters select in a time zone, as ISO instants (either end may be open). Dates
 * given backwards (the form applies each date as it changes, so From may pass To for a moment) select the
 * days between them, rather than a range the store refuses.
 */
export function createdAtRange(filters: CallFilters, timeZone: string = browserTimeZone()): { from: string | null; to: string | null } {
  const backwards = filters.from !== '' && filters.to !== '' && filters.from > filters.to;
  const from = localDay(backwards ? filters.to : filters.from);
  const to = localDay(backwards ? filters.from : filters.to);
  const start = from === null ? null : zonedDayStart(from.getFullYear(), from.getMonth() + 1, from.getDate(), timeZone);
  const end = to === null ? null : zonedDayStart(to.getFullYear(), to.getMonth() + 1, to.getDate() + 1, timeZone) - 1;
  return { from: start === null ? null : new Date(start).toISOString(), to: end === null ? null : new Date(end).toISOString() };
}

/** The key condition on the newest-first index for the date filters. */
export function createdAtCondition(
  filters: CallFilters,
  timeZone?: string,
): { between: [string, string] } | { ge: string } | { le: string } | undefined {
  const { from, to } = createdAtRange(filters, timeZone);
  if (from !== null && to !== null) return { between: [from, to] };
  if (from !== null) return { ge: from };
  if (to !== null) return { le: to };
  return undefined;
}

/** The same predicate as the server's (call-query.ts), for calls that arrive live. */
export function matchesFilters(
  call: Pick<CallSummary, 'callerNumber' | 'vanityNumbers' | 'createdAt' | 'outcome'>,
  filters: CallFilters,
  timeZone?: string,
): boolean {
  const whole = wholeCallerNumber(filters.caller);
  if (whole !== undefined) {
    if (call.callerNumber !== whole) return false;
  } else if (filters.caller.trim() !== '') {
    const needle = callerNeedle(filters.caller);
    const haystack = /\d/.test(needle) ? call.callerNumber.replace(/\D/g, '') : call.callerNumber.toLowerCase();
    if (!haystack.includes(needle)) return false;
  }
  const word = wordNeedle(filters.word);
  if (word !== '' && !callWords(vanityNumbersOf(call)).includes(word)) return false;
  if (filters.outcome !== '' && call.outcome !== filters.outcome) return false;
  const { from, to } = createdAtRange(filters, timeZone);
  if (from !== null && call.createdAt < from) return false;
  if (to !== null && call.createdAt > to) return false;
  return true;
}
