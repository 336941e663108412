import { placeCall as placeTwinCall, readCall } from '../../../local/twin/twin-client';

/** What the twin answers for a placed call, with the record fields these tests read. */
export interface PlacedCall {
  contactId: string;
  transcript: string[];
  record: { callerNumber: string; vanityNumbers: string[]; spokenCount: number; createdAt: string };
}

/** Places a simulated call through the twin's local Amazon Connect (the client `npm run call` uses). */
export async function placeCall(callerNumber: string, contactId?: string): Promise<PlacedCall> {
  const url = process.env.E2E_CONNECT_URL;
  if (!url) throw new Error('E2E_CONNECT_URL is set by global setup; run through `npm run test:e2e`.');
  const base = url.replace(/\/$/, '');
  const call = await placeTwinCall(base, callerNumber, contactId === undefined ? {} : { contactId });
  // A save that missed the function's budget (a cold start on a busy machine) lands a moment later
  // through the save queue (a failed drain retries after the queue's 30 s visibility timeout): wait for
  // it, bounded, as the dashboard would.
  let record: unknown = call.record;
  for (const deadline = Date.now() + 40_000; record === null && Date.now() < deadline; ) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    record = await readCall(base, call.contactId);
  }
  if (record === null) throw new Error(`call ${call.contactId} was not saved: ${call.recordError ?? 'no record'}`);
  return { ...call, record } as unknown as PlacedCall;
}
