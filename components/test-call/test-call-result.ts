/** What the dashboard shows after a test call: the contact, what the caller heard, and in which language. */
export interface TestCallResult {
  contactId: string;
  transcript: string[];
  /** The language of the voice the flow spoke in (BCP 47, e.g. "de-DE"); Joanna's "en-US" when it set none. */
  language: string;
}

const DEFAULT_LANGUAGE = 'en-US';

function spokenLanguage(voices: unknown): string {
  if (!Array.isArray(voices)) return DEFAULT_LANGUAGE;
  const [first] = voices as unknown[];
  const language = typeof first === 'object' && first !== null ? (first as { language?: unknown }).language : undefined;
  return typeof language === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language) ? language : DEFAULT_LANGUAGE;
}

/** Reads the local Connect's answer, refusing anything that is not a contact id and a transcript. */
export function parseTestCallResult(body: unknown): TestCallResult {
  if (typeof body !== 'object' || body === null) throw new Error('The local Connect answered with no call.');
  const { contactId, transcript, voices } = body as { contactId?: unknown; transcript?: unknown; voices?: unknown };
  if (typeof contactId !== 'string' || contactId === '') throw new Error('The local Connect answered without a contact id.');
  if (!Array.isArray(transcript) || !transcript.every((line): line is string => typeof line === 'string')) {
    throw new Error('The local Connect answered without a transcript.');
  }
  return { contactId, transcript, language: spokenLanguage(voices) };
}
