'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { matchesFilters, type CallFilters } from '@/components/calls/call-filters';
import type { VanityCall } from '@/components/calls/call-record';
import { describeFailure } from '@/components/calls/data-client';
import { bucketCalls, type CallBucket, type Granularity } from './bucket-calls';
import { addCallStamp, type CallStamp } from './call-stamps';
import { chartWindow } from './chart-window';
import { fetchCallTimes } from './fetch-call-times';

/** The chart's data: calls counted per bucket, with loading and error state. */
export interface CallVolume {
  buckets: CallBucket[];
  loading: boolean;
  truncated: boolean;
  error: string | null;
  /** Counts a call that arrived live, if it passes the filters. */
  receive: (call: VanityCall) => void;
}

/** Counts the filtered calls per hour or day over the chart's window, kept current by live calls. */
export function useCallVolume(filters: CallFilters, unit: Granularity): CallVolume {
  const [stamps, setStamps] = useState<readonly CallStamp[]>([]);
  const [loading, setLoading] = useState(true);
  const [truncated, setTruncated] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [period, setPeriod] = useState(() => chartWindow(filters, unit, new Date()));
  // Calls that arrive while the window is read; the read replaces the counts, these are added back.
  const arrivedWhileLoading = useRef<CallStamp[] | null>(null);

  useEffect(() => {
    let current = true;
    arrivedWhileLoading.current = [];
    const span = chartWindow(filters, unit, new Date());
    setPeriod(span);
    setLoading(true);
    fetchCallTimes(filters, span.from, span.to).then(
      (result) => {
        if (!current) return;
        setStamps((arrivedWhileLoading.current ?? []).reduce<readonly CallStamp[]>(addCallStamp, result.stamps));
        arrivedWhileLoading.current = null;
        setTruncated(result.truncated);
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!current) return;
        arrivedWhileLoading.current = null;
        setError(describeFailure(failure));
        setLoading(false);
      },
    );
    return () => {
      current = false;
    };
  }, [filters, unit]);

  const receive = useCallback(
    (call: VanityCall) => {
      if (!matchesFilters(call, filters)) return;
      setPeriod((span) => {
        const at = new Date(call.createdAt);
        return at >= span.to && filters.to === '' ? { from: span.from, to: new Date(at.getTime() + 1) } : span;
      });
      const stamp = { contactId: call.contactId, createdAt: call.createdAt };
      arrivedWhileLoading.current?.push(stamp);
      setStamps((known) => addCallStamp(known, stamp));
    },
    [filters],
  );

  const buckets = useMemo(
    () => bucketCalls(stamps.map((stamp) => stamp.createdAt), period.from, period.to, unit),
    [stamps, period, unit],
  );
  return { buckets, loading, truncated, error, receive };
}
