'use client';

import { useEffect, useRef, useState } from 'react';
import { Hub } from 'aws-amplify/utils';
import { CONNECTION_STATE_CHANGE, ConnectionState } from 'aws-amplify/api';
import type { VanityCall } from './call-record';
import { dataClient, describeFailure } from './data-client';

/** How the live feed is doing, in the words the status indicator shows. */
export type LiveState = 'connecting' | 'live' | 'interrupted' | 'off';

const STATES: Record<ConnectionState, LiveState> = {
  [ConnectionState.Connected]: 'live',
  [ConnectionState.ConnectedPendingKeepAlive]: 'live',
  [ConnectionState.ConnectedPendingNetwork]: 'interrupted',
  [ConnectionState.ConnectionDisrupted]: 'interrupted',
  [ConnectionState.ConnectionDisruptedPendingNetwork]: 'interrupted',
  [ConnectionState.ConnectedPendingDisconnect]: 'off',
  [ConnectionState.Disconnected]: 'off',
  [ConnectionState.Connecting]: 'connecting',
};

function isConnectionState(value: unknown): value is ConnectionState {
  return typeof value === 'string' && value in STATES;
}

/**
 * Subscribes to new calls for as long as the component is mounted and hands each one to `onCall`;
 * reports the connection's state and the subscription's error. Both are released in the cleanup.
 */
export function useLiveCalls(onCall: (call: VanityCall) => void): { state: LiveState; error: string | null } {
  const handler = useRef(onCall);
  const [state, setState] = useState<LiveState>('connecting');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    handler.current = onCall;
  }, [onCall]);
  useEffect(() => {
    const stopListening = Hub.listen('api', ({ payload }) => {
      if (payload.event !== CONNECTION_STATE_CHANGE) return;
      const data: unknown = payload.data;
      const next = typeof data === 'object' && data !== null ? Reflect.get(data, 'connectionState') : undefined;
      if (isConnectionState(next)) setState(STATES[next]);
    });
    const subscription = dataClient().models.VanityCall.onCreate().subscribe({
      next: (call) => {
        setError(null);
        handler.current(call);
      },
      error: (failure: unknown) => setError(`Live updates stopped: ${describeFailure(failure)}`),
    });
    return () => {
      subscription.unsubscribe();
      stopListening();
    };
  }, []);
  return { state, error };
}
