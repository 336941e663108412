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
  retry: () => void;
}

const PREVIOUS_LIMIT = 10;

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

/** Loads a call for the detail view; a failure keeps the call already shown. */
export function useCall(contactId: string): CallLookup {
  const [state, setState] = useState<{ call: VanityCall | null; previous: VanityCall[] }>({ call: null, previous: [] });
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
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
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, loading, error, retry };
}
