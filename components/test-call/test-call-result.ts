/** What the dashboard shows after a test call: the contact and what the caller heard, in order. */
export interface TestCallResult {
  contactId: string;
  transcript: string[];
}

/** Reads the local Connect's answer, refusing anything that is not a contact id and a transcript. */
export function parseTestCallResult(body: unknown): TestCallResult {
  if (typeof body !== 'object' || body === null) throw new Error('The local Connect answered with no call.');
  const { contactId, transcript } = body as { contactId?: unknown; transcript?: unknown };
  if (typeof contactId !== 'string' || contactId === '') throw new Error('The local Connect answered without a contact id.');
  if (!Array.isArray(transcript) || !transcript.every((line): line is string => typeof line === 'string')) {
    throw new Error('The local Connect answered without a transcript.');
  }
  return { contactId, transcript };
}
