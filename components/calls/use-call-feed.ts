'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { matchesFilters, type CallFilters } from './call-filters';
import { mergeCall, type VanityCall } from './call-record';
import { describeFailure } from './data-client';
import { fetchCallsPage } from './fetch-calls';

/** What the call list shows and how to extend it. */
export interface CallFeed {
  calls: VanityCall[];
  /** True until the first page has arrived (or failed). */
  loading: boolean;
  loadingMore: boolean;
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

const PAGE_SIZE = 20;

/** The newest-first list of calls for the given filters, with pagination and live arrivals. */
export function useCallFeed(filters: CallFilters): CallFeed {
  const [calls, setCalls] = useState<VanityCall[]>([]);
  const [nextToken, setNextToken] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [arrivedLive, setArrivedLive] = useState<ReadonlySet<string>>(new Set());
  // Calls that arrive while the first page loads; the page replaces the list, these are merged in.
  const arrivedWhileLoading = useRef<VanityCall[] | null>(null);

  useEffect(() => {
    let current = true;
    arrivedWhileLoading.current = [];
    setArrivedLive(new Set());
    const settle = () => {
      arrivedWhileLoading.current = null;
      setLoading(false);
    };
    setLoading(true);
    setError(null);
    fetchCallsPage(filters, PAGE_SIZE, null).then(
      (page) => {
        if (!current) return;
        const arrived = arrivedWhileLoading.current ?? [];
        setCalls(arrived.reduce(mergeCall, page.calls));
        setNextToken(page.nextToken);
        settle();
      },
      (failure: unknown) => {
        if (!current) return;
        // Keep what is shown, narrowed to the new filters, rather than blank the list.
        setCalls((shown) => shown.filter((call) => matchesFilters(call, filters)));
        setError(describeFailure(failure));
        settle();
      },
    );
    return () => {
      current = false;
    };
  }, [filters, attempt]);

  const loadMore = useCallback(() => {
    if (nextToken === null || loadingMore) return;
    setLoadingMore(true);
    setError(null);
    fetchCallsPage(filters, PAGE_SIZE, nextToken).then(
      (page) => {
        setCalls((shown) => page.calls.reduce(mergeCall, shown));
        setNextToken(page.nextToken);
        setLoadingMore(false);
      },
      (failure: unknown) => {
        setError(describeFailure(failure));
        setLoadingMore(false);
      },
    );
  }, [filters, nextToken, loadingMore]);

  const receive = useCallback(
    (call: VanityCall) => {
      if (!matchesFilters(call, filters)) return false;
      arrivedWhileLoading.current?.push(call);
      setCalls((shown) => mergeCall(shown, call));
      setArrivedLive((ids) => new Set(ids).add(call.contactId));
      return true;
    },
    [filters],
  );

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  return { calls, loading, loadingMore, hasMore: nextToken !== null, error, loadMore, retry, receive, arrivedLive };
}
