'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { matchesFilters, type CallFilters } from '@/components/calls/call-filters';
import type { VanityCall } from '@/components/calls/call-record';
import { describeFailure } from '@/components/calls/data-client';
import { browserTimeZone } from '@/components/calls/time-zone';
import { countSlot } from '@/amplify/functions/vanity-lookup/count-slots';
import { bucketCountedCalls, type CountedCall } from './bucket-calls';
import { chartSpans, type Granularity } from './chart-spans';
import { chartWindow } from './chart-window';
import { bucketCountRows, countsOfCall, totalOf, type CountBucket, type CountRow, type OutcomeCounts } from './count-rows';
import { fetchCountRows, granularityFor, type CountGranularity } from './fetch-call-counts';
import { fetchCallTimes } from './fetch-call-times';

/** The chart's data and the totals for its window, with loading and error state. */
export interface CallVolume {
  /** One per bar; `count` is what the bar shows (narrowed to the outcome filter), `counts` every counter. */
  buckets: CountBucket[];
  /** Every counter summed over the window: totals by outcome and callers who heard vanity numbers. */
  totals: OutcomeCounts;
  /** What the bars cover, [from, to): from the first bar's start (a whole hour or day) to now or the chosen end. */
  period: { from: Date; to: Date };
  /** counts: the server's counters (exact at any volume). calls: counted from the caller or word filter's index. */
  source: 'counts' | 'calls';
  loading: boolean;
  /** Only for source "calls": more than MAX_CALLS matched, the bars count the newest. */
  truncated: boolean;
  error: string | null;
  /** Counts a call that arrived live, if it passes the filters. */
  receive: (call: VanityCall) => void;
}

/** The server counts a call just after saving it; a live call is shown at once and confirmed from the counts after this long. */
const CONFIRM_AFTER_MS = 1_500;
const MAX_CONFIRM_ATTEMPTS = 5;

interface Pending {
  call: CountedCall;
  attempts: number;
}

function usesCallIndex(filters: CallFilters): boolean {
  return filters.caller.trim() !== '' || filters.word.trim() !== '';
}

/** A live call the counters may not hold yet, as a row of its own: bucketCountRows puts it in its bar. */
function pendingRow(call: CountedCall): CountRow {
  return { slot: call.createdAt, ...countsOfCall(call) };
}

/**
 * Calls per hour or day over the chart's window in a time zone. Without a caller or word filter it
 * reads the server's counters (a few hundred rows for any window); a live call shows at once and is
 * then confirmed from the counters, so it is never counted twice. With one, it counts the calls that
 * filter's index returns.
 */
export function useCallVolume(filters: CallFilters, unit: Granularity, timeZone: string = browserTimeZone()): CallVolume {
  const [rows, setRows] = useState<ReadonlyMap<string, CountRow>>(new Map());
  const [calls, setCalls] = useState<ReadonlyMap<string, CountedCall>>(new Map());
  const [pending, setPending] = useState<ReadonlyMap<string, Pending>>(new Map());
  const [loading, setLoading] = useState(true);
  const [truncated, setTruncated] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [period, setPeriod] = useState(() => chartWindow(filters, unit, new Date(), timeZone));
  const [granularity, setGranularity] = useState<CountGranularity>('HOUR');
  const source = usesCallIndex(filters) ? 'calls' : 'counts';
  const confirmTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const generation = useRef(0);

  useEffect(() => {
    const current = ++generation.current;
    const span = chartWindow(filters, unit, new Date(), timeZone);
    setPeriod(span);
    setLoading(true);
    setPending(new Map());
    // Another unit or window: the old rows would be re-bucketed into wrong bars while the new ones load.
    setRows(new Map());
    const done = (failure?: unknown) => {
      if (current !== generation.current) return false;
      setError(failure === undefined ? null : describeFailure(failure));
      setLoading(false);
      return true;
    };
    if (usesCallIndex(filters)) {
      fetchCallTimes(filters, span.from, span.to, timeZone).then(
        (result) => {
          if (!done()) return;
          setCalls((arrived) => new Map([...arrived, ...result.calls.map((call) => [call.contactId, call] as const)]));
          setTruncated(result.truncated);
        },
        (failure: unknown) => done(failure),
      );
      setCalls(new Map());
    } else {
      const spans = chartSpans(span.from, span.to, unit, timeZone);
      const wanted = granularityFor(spans, unit);
      setGranularity(wanted);
      const first = spans[0];
      const last = spans.at(-1);
      if (first === undefined || last === undefined) {
        setRows(new Map());
        done();
      } else {
        fetchCountRows(wanted, first.start, last.end).then(
          (result) => {
            if (!done()) return;
            setRows(new Map(result.rows.map((row) => [row.slot, row])));
            setTruncated(false);
          },
          (failure: unknown) => done(failure),
        );
      }
    }
    return () => {
      generation.current += 1;
      clearTimeout(confirmTimer.current);
    };
  }, [filters, unit, timeZone]);

  // Re-reads the rows of the pending calls' slots; a call leaves `pending` once its slot's total has
  // grown by at least the calls pending in it (the server counted them), so nothing counts twice.
  const confirm = useCallback(() => {
    const current = generation.current;
    const snapshot = [...pending.entries()];
    if (snapshot.length === 0 || source !== 'counts') return;
    const times = snapshot.map(([, entry]) => Date.parse(entry.call.createdAt));
    const from = new Date(Math.min(...times));
    const to = new Date(Math.max(...times) + 1);
    fetchCountRows(granularity, from, to).then(
      (result) => {
        if (current !== generation.current) return;
        const bySlot = new Map<string, string[]>();
        for (const [id, entry] of snapshot) {
          const slot = countSlot(entry.call.createdAt, granularity);
          bySlot.set(slot, [...(bySlot.get(slot) ?? []), id]);
        }
        setRows((known) => {
          const next = new Map(known);
          const confirmed = new Set<string>();
          for (const row of result.rows) {
            const ids = bySlot.get(row.slot) ?? [];
            if (row.total - (known.get(row.slot)?.total ?? 0) >= ids.length) for (const id of ids) confirmed.add(id);
            next.set(row.slot, row);
          }
          setPending((waiting) => {
            const left = new Map(waiting);
            for (const [id, entry] of waiting) {
              if (confirmed.has(id)) left.delete(id);
              else if (snapshot.some(([seen]) => seen === id)) left.set(id, { ...entry, attempts: entry.attempts + 1 });
            }
            return left;
          });
          return next;
        });
      },
      () => undefined,
    );
  }, [pending, source, granularity]);

  useEffect(() => {
    if (loading || [...pending.values()].every((entry) => entry.attempts >= MAX_CONFIRM_ATTEMPTS)) return;
    confirmTimer.current = setTimeout(confirm, CONFIRM_AFTER_MS);
    return () => clearTimeout(confirmTimer.current);
  }, [pending, loading, confirm]);

  const receive = useCallback(
    (call: VanityCall) => {
      // The counters hold every outcome (the totals show them all); the bars pick the filter's.
      if (!matchesFilters(call, { ...filters, outcome: '' }, timeZone)) return;
      setPeriod((span) => {
        const at = new Date(call.createdAt);
        return at >= span.to && filters.to === '' ? { from: span.from, to: new Date(at.getTime() + 1) } : span;
      });
      const counted: CountedCall = { createdAt: call.createdAt, outcome: call.outcome, spokenCount: call.spokenCount };
      if (usesCallIndex(filters)) setCalls((known) => new Map(known).set(call.contactId, counted));
      else setPending((waiting) => (waiting.has(call.contactId) ? waiting : new Map(waiting).set(call.contactId, { call: counted, attempts: 0 })));
    },
    [filters, timeZone],
  );

  const buckets = useMemo(() => {
    const spans = chartSpans(period.from, period.to, unit, timeZone);
    if (source === 'calls') return bucketCountedCalls([...calls.values()], spans, filters.outcome);
    const live = [...pending.values()].map((entry) => pendingRow(entry.call));
    return bucketCountRows([...rows.values(), ...live], spans, filters.outcome);
  }, [period, unit, timeZone, source, calls, rows, pending, filters.outcome]);
  const totals = useMemo(() => totalOf(buckets), [buckets]);
  // The bars start on a whole hour or day, so they cover a little more than the window asked for.
  const covered = useMemo(() => ({ from: buckets[0]?.start ?? period.from, to: period.to }), [buckets, period]);

  return { buckets, totals, period: covered, source, loading, truncated, error, receive };
}
