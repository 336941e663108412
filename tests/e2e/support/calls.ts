/** What the twin answers for a placed call (the shape `npm run call -- --json` prints). */
export interface PlacedCall {
  contactId: string;
  transcript: string[];
  record: { callerNumber: string; vanityNumbers: string[]; spokenCount: number; createdAt: string };
}

/** Places a simulated call through the twin's local Amazon Connect and waits for its record. */
export async function placeCall(callerNumber: string): Promise<PlacedCall> {
  const url = process.env.E2E_CONNECT_URL;
  if (!url) throw new Error('E2E_CONNECT_URL is set by global setup; run through `npm run test:e2e`.');
  const response = await fetch(new URL('calls', url.endsWith('/') ? url : `${url}/`), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ number: callerNumber }),
  });
  if (!response.ok) throw new Error(`placing a call failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as PlacedCall;
}
