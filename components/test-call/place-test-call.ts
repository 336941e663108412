'use server';

import { loadOutputs } from '@/components/amplify/load-outputs';
import { parseTestCallResult, type TestCallResult } from './test-call-result';

/** The answer of a test call: the result, or why there is none. */
export type PlaceTestCallAnswer = { ok: true; result: TestCallResult } | { ok: false; message: string };

const MAX_NUMBER_LENGTH = 32;

/**
 * Places a simulated call through the local twin's Amazon Connect. It runs on the server, so the
 * browser needs no access to the twin's control port; with a deployed backend it refuses.
 */
export async function placeTestCall(callerNumber: string): Promise<PlaceTestCallAnswer> {
  const loaded = await loadOutputs();
  const connectUrl = loaded.ok ? loaded.summary.local?.connectUrl ?? null : null;
  if (connectUrl === null) return { ok: false, message: 'Test calls need the local twin (`npm start`).' };
  if (callerNumber.length > MAX_NUMBER_LENGTH) return { ok: false, message: 'That number is too long.' };
  try {
    const response = await fetch(new URL('calls', connectUrl.endsWith('/') ? connectUrl : `${connectUrl}/`), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // The twin treats an absent number as withheld, as the phone network does.
      body: JSON.stringify(callerNumber.trim() === '' ? {} : { number: callerNumber.trim() }),
      signal: AbortSignal.timeout(15_000),
    });
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const reason =
        typeof body === 'object' && body !== null && 'message' in body ? String(body.message) : response.statusText;
      return { ok: false, message: `The local Connect refused the call: ${reason}` };
    }
    return { ok: true, result: parseTestCallResult(body) };
  } catch (error) {
    return { ok: false, message: `The local Connect could not be reached: ${error instanceof Error ? error.message : String(error)}` };
  }
}
