import { vanityNumbersOf, type CallSummary } from './call-record';

/** The dashboard's filters, exactly as they appear in the URL. */
export interface CallFilters {
  /** Part of the caller's number, in any punctuation ("356 93", "+1 800"). */
  caller: string;
  /** A word that appears in one of the vanity numbers ("flowers"). */
  word: string;
  /** First day shown, YYYY-MM-DD in the viewer's time zone. */
  from: string;
  /** Last day shown (inclusive), YYYY-MM-DD in the viewer's time zone. */
  to: string;
}

/** The URL parameter for each filter. */
export const FILTER_PARAMS = { caller: 'caller', word: 'word', from: 'from', to: 'to' } as const;

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

/** Vanity numbers are compared without case or hyphens, so "gotjunk" finds "1-800-GOT-JUNK". */
export function wordNeedle(word: string): string {
  return word.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** The createdAt range the date filters select, as ISO instants (either end may be open). */
export function createdAtRange(filters: CallFilters): { from: string | null; to: string | null } {
  const from = localDay(filters.from);
  const to = localDay(filters.to);
  const end = to === null ? null : new Date(to.getFullYear(), to.getMonth(), to.getDate() + 1, 0, 0, 0, -1);
  return { from: from?.toISOString() ?? null, to: end?.toISOString() ?? null };
}

/** The key condition on the newest-first index for the date filters. */
export function createdAtCondition(
  filters: CallFilters,
): { between: [string, string] } | { ge: string } | { le: string } | undefined {
  const { from, to } = createdAtRange(filters);
  if (from !== null && to !== null) return { between: [from, to] };
  if (from !== null) return { ge: from };
  if (to !== null) return { le: to };
  return undefined;
}

/**
 * The server-side filter for the caller number. The word filter cannot run on the server: DynamoDB's
 * `contains` on a list matches whole elements only, never part of "1-800-FLOWERS".
 */
export function serverFilter(filters: CallFilters): { callerNumber: { contains: string } } | undefined {
  return filters.caller.trim() === '' ? undefined : { callerNumber: { contains: callerNeedle(filters.caller) } };
}

/** True when the word filter must be applied in the browser, as the server cannot. */
export function needsClientFilter(filters: CallFilters): boolean {
  return wordNeedle(filters.word) !== '';
}

/** The same predicate as the server's, for calls that arrive live and for the word filter. */
export function matchesFilters(
  call: Pick<CallSummary, 'callerNumber' | 'vanityNumbers' | 'createdAt'>,
  filters: CallFilters,
): boolean {
  if (filters.caller.trim() !== '') {
    const needle = callerNeedle(filters.caller);
    const haystack = /\d/.test(needle) ? call.callerNumber.replace(/\D/g, '') : call.callerNumber.toLowerCase();
    if (!haystack.includes(needle)) return false;
  }
  const word = wordNeedle(filters.word);
  if (word !== '' && !vanityNumbersOf(call).some((n) => wordNeedle(n).includes(word))) return false;
  const { from, to } = createdAtRange(filters);
  if (from !== null && call.createdAt < from) return false;
  if (to !== null && call.createdAt > to) return false;
  return true;
}
