'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { matchesFilters, type CallFilters } from './call-filters';
import { mergeCall, type VanityCall } from './call-record';
import { describeFailure } from './data-client';
import { fetchCallsPage, type CallsCursor } from './fetch-calls';
import { RequestGeneration } from './request-generation';

/** What the call list shows and how to extend it. */
export interface CallFeed {
  calls: VanityCall[];
  /** True until the first page has arrived (or failed). */
  loading: boolean;
  loadingMore: boolean;
  /**
   * More matches may follow. With no calls shown and hasMore true, the search has not reached the
   * end yet (a filter on part of a number over many calls): say so, never "no calls match".
   */
  hasMore: boolean;
  /** Why the last request failed; what was already shown stays. */
  error: string | null;
  loadMore: () => void;
  retry: () => void;
  /** Adds a call that arrived live, if it passes the current filters; true when it was added. */
  receive: (call: VanityCall) => boolean;
  /** Contact ids of calls that arrived live since the list loaded, for highlighting. */
  arrivedLive: ReadonlySet<string>;
}

/** Rows per page; exported for the benchmark's found == min(true, pageSize) check. */
export const PAGE_SIZE = 20;

/** The newest-first list of calls for the given filters (dates in `timeZone`), with pagination and live arrivals. */
export function useCallFeed(filters: CallFilters, timeZone?: string): CallFeed {
  const [calls, setCalls] = useState<VanityCall[]>([]);
  const [cursor, setCursor] = useState<CallsCursor | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [arrivedLive, setArrivedLive] = useState<ReadonlySet<string>>(new Set());
  // Calls that arrive while the first page loads; the page replaces the list, these are merged in.
  const arrivedWhileLoading = useRef<VanityCall[] | null>(null);
  // A page asked for under earlier filters must neither join the new list nor replace its token.
  const [requests] = useState(() => new RequestGeneration());

  useEffect(() => {
    const generation = requests.next();
    arrivedWhileLoading.current = [];
    setArrivedLive(new Set());
    const settle = () => {
      arrivedWhileLoading.current = null;
      setLoading(false);
    };
    setLoading(true);
    setLoadingMore(false);
    // The old cursor pages through the old filters; no further page until the new first one is in.
    setCursor(null);
    setError(null);
    fetchCallsPage(filters, PAGE_SIZE, null, timeZone).then(
      (page) => {
        if (!requests.isCurrent(generation)) return;
        const arrived = arrivedWhileLoading.current ?? [];
        setCalls(arrived.reduce(mergeCall, page.calls));
        setCursor(page.next);
        settle();
      },
      (failure: unknown) => {
        if (!requests.isCurrent(generation)) return;
        // Keep what is shown, narrowed to the new filters, rather than blank the list.
        setCalls((shown) => shown.filter((call) => matchesFilters(call, filters, timeZone)));
        setError(describeFailure(failure));
        settle();
      },
    );
    return () => {
      requests.next();
    };
  }, [filters, timeZone, attempt, requests]);

  const loadMore = useCallback(() => {
    if (cursor === null || loadingMore) return;
    const generation = requests.current;
    setLoadingMore(true);
    setError(null);
    fetchCallsPage(filters, PAGE_SIZE, cursor, timeZone).then(
      (page) => {
        if (!requests.isCurrent(generation)) return;
        setCalls((shown) => page.calls.reduce(mergeCall, shown));
        setCursor(page.next);
        setLoadingMore(false);
      },
      (failure: unknown) => {
        if (!requests.isCurrent(generation)) return;
        setError(describeFailure(failure));
        setLoadingMore(false);
      },
    );
  }, [filters, timeZone, cursor, loadingMore, requests]);

  const receive = useCallback(
    (call: VanityCall) => {
      if (!matchesFilters(call, filters, timeZone)) return false;
      arrivedWhileLoading.current?.push(call);
      setCalls((shown) => mergeCall(shown, call));
      setArrivedLive((ids) => new Set(ids).add(call.contactId));
      return true;
    },
    [filters, timeZone],
  );

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  return { calls, loading, loadingMore, hasMore: cursor !== null, error, loadMore, retry, receive, arrivedLive };
}
