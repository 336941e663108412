'use client';

import { useCallback, useEffect, useMemo, useState } from 'react';
import { matchesFilters, type CallFilters } from '@/components/calls/call-filters';
import type { VanityCall } from '@/components/calls/call-record';
import { describeFailure } from '@/components/calls/data-client';
import { bucketCalls, type CallBucket, type Granularity } from './bucket-calls';
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
  const [times, setTimes] = useState<string[]>([]);
  const [loading, setLoading] = useState(true);
  const [truncated, setTruncated] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [period, setPeriod] = useState(() => chartWindow(filters, unit, new Date()));

  useEffect(() => {
    let current = true;
    const span = chartWindow(filters, unit, new Date());
    setPeriod(span);
    setLoading(true);
    fetchCallTimes(filters, span.from, span.to).then(
      (result) => {
        if (!current) return;
        setTimes(result.times);
        setTruncated(result.truncated);
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (!current) return;
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
      setTimes((known) => (known.includes(call.createdAt) ? known : [...known, call.createdAt]));
    },
    [filters],
  );

  const buckets = useMemo(() => bucketCalls(times, period.from, period.to, unit), [times, period, unit]);
  return { buckets, loading, truncated, error, receive };
}
