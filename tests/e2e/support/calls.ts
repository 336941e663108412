import { placeCall as placeTwinCall } from '../../../local/twin/twin-client';

/** What the twin answers for a placed call, with the record fields these tests read. */
export interface PlacedCall {
  contactId: string;
  transcript: string[];
  record: { callerNumber: string; vanityNumbers: string[]; spokenCount: number; createdAt: string };
}

/** Places a simulated call through the twin's local Amazon Connect (the client `npm run call` uses). */
export async function placeCall(callerNumber: string): Promise<PlacedCall> {
  const url = process.env.E2E_CONNECT_URL;
  if (!url) throw new Error('E2E_CONNECT_URL is set by global setup; run through `npm run test:e2e`.');
  const call = await placeTwinCall(url.replace(/\/$/, ''), callerNumber);
  if (call.record === null) throw new Error(`call ${call.contactId} was not saved: ${call.recordError ?? 'no record'}`);
  return call as unknown as PlacedCall;
}
