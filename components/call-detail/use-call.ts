'use client';

import { useCallback, useEffect, useState } from 'react';
import type { VanityCall } from '@/components/calls/call-record';
import { dataClient, describeFailure, throwOnErrors } from '@/components/calls/data-client';
import { identifiesCaller } from './caller-history';

/** One call by contact id, and the same caller's other recent calls. */
export interface CallLookup {
  call: VanityCall | null;
  previous: VanityCall[];
  loading: boolean;
  error: string | null;
  /** True while a call not found yet may still arrive (it is shown when it does). */
  waiting: boolean;
  retry: () => void;
}

const PREVIOUS_LIMIT = 10;

/**
 * A call the store was slow to take is saved from the save queue, and a failed drain retries after the
 * queue's 30 s visibility timeout: two minutes covers both. The subscription shows it at once; the
 * re-check covers a save that landed between the first read and the subscription's start.
 */
const WAIT_LIMIT_MS = 120_000;
const RECHECK_MS = 5_000;

async function loadCall(contactId: string): Promise<{ call: VanityCall | null; previous: VanityCall[] }> {
  const client = dataClient();
  const { data: call, errors } = await client.models.VanityCall.get({ contactId });
  throwOnErrors(errors);
  if (call === null || !identifiesCaller(call)) return { call, previous: [] };
  const history = await client.models.VanityCall.listCallsByCaller(
    { callerNumber: call.callerNumber },
    { sortDirection: 'DESC', limit: PREVIOUS_LIMIT + 1 },
  );
  throwOnErrors(history.errors);
  return { call, previous: history.data.filter((c) => c.contactId !== contactId).slice(0, PREVIOUS_LIMIT) };
}

/** Loads a call for the detail view and waits for one not saved yet; a failure keeps the call already shown. */
export function useCall(contactId: string): CallLookup {
  const [state, setState] = useState<{ call: VanityCall | null; previous: VanityCall[] }>({ call: null, previous: [] });
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [waiting, setWaiting] = useState(false);
  useEffect(() => {
    let current = true;
    setLoading(true);
    loadCall(contactId).then(
      (found) => {
        if (!current) return;
        setState(found);
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
  }, [contactId, attempt]);
  const missing = !loading && error === null && state.call === null;
  useEffect(() => {
    if (!missing) return;
    let current = true;
    setWaiting(true);
    const show = () => {
      loadCall(contactId).then(
        (found) => {
          if (current && found.call !== null) setState(found);
        },
        // Quiet: the page already says the call is not there, and "Try again" reports a failure.
        () => undefined,
      );
    };
    const subscription = dataClient()
      .models.VanityCall.onCreate({ filter: { contactId: { eq: contactId } } })
      .subscribe({ next: show, error: () => undefined });
    const recheck = setInterval(show, RECHECK_MS);
    const giveUp = setTimeout(() => {
      clearInterval(recheck);
      subscription.unsubscribe();
      if (current) setWaiting(false);
    }, WAIT_LIMIT_MS);
    return () => {
      current = false;
      clearInterval(recheck);
      clearTimeout(giveUp);
      subscription.unsubscribe();
      setWaiting(false);
    };
  }, [contactId, missing, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, loading, error, waiting, retry };
}
