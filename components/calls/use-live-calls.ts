'use client';

import { useEffect, useRef, useState } from 'react';
import type { VanityCall } from './call-record';
import { dataClient, describeFailure } from './data-client';

/**
 * Subscribes to new calls for as long as the component is mounted and hands each one to `onCall`.
 * Returns the subscription's error, if it failed. The subscription is closed in the effect's cleanup.
 */
export function useLiveCalls(onCall: (call: VanityCall) => void): string | null {
  const handler = useRef(onCall);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    handler.current = onCall;
  }, [onCall]);
  useEffect(() => {
    const subscription = dataClient().models.VanityCall.onCreate().subscribe({
      next: (call) => {
        setError(null);
        handler.current(call);
      },
      error: (failure: unknown) => setError(`Live updates stopped: ${describeFailure(failure)}`),
    });
    return () => subscription.unsubscribe();
  }, []);
  return error;
}
