import type { CallOutcome, VanityCallRecord } from './call-record';

/** Why a call was queued instead of saved while the caller waited. */
export type QueueReason = 'failed' | 'timed-out';

/** The body of a queue message: everything needed to rebuild the row (the log holds only a masked number). */
export interface QueuedCall {
  version: 1;
  reason: QueueReason;
  /** ISO 8601: when the lookup gave up on saving it. */
  queuedAt: string;
  record: VanityCallRecord;
}

/** Thrown for a queue message that is not a queued call; it can never be saved, so it ends in the dead-letter queue. */
export class QueuedCallError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QueuedCallError';
  }
}

const OUTCOMES: readonly CallOutcome[] = ['OK', 'NO_WORDS', 'NO_USABLE_NUMBER', 'ERROR'];
// SQS caps a message at 256 KiB; a record is a few hundred bytes, so anything near the cap is not one of ours.
const MAX_BODY_CHARS = 64 * 1024;

/** The message body for a call the lookup could not save in time. */
export function toQueueMessage(record: VanityCallRecord, reason: QueueReason, now: Date): string {
  const message: QueuedCall = { version: 1, reason, queuedAt: now.toISOString(), record };
  return JSON.stringify(message);
}

function field<T>(object: Record<string, unknown>, key: string, check: (value: unknown) => value is T, what: string): T {
  const value = object[key];
  if (!check(value)) throw new QueuedCallError(`record.${key} must be ${what}`);
  return value;
}

const isString = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isStrings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');
const isOutcome = (value: unknown): value is CallOutcome => typeof value === 'string' && (OUTCOMES as readonly string[]).includes(value);
const isCall = (value: unknown): value is 'CALL' => value === 'CALL';
const isIsoDate = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/** Reads a queue message back into the record it carries; a malformed message throws QueuedCallError. */
export function readQueuedCall(body: string): QueuedCall {
  if (body.length > MAX_BODY_CHARS) throw new QueuedCallError(`the message is ${body.length} characters, not a queued call`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new QueuedCallError('the message is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null) throw new QueuedCallError('the message is not a JSON object');
  const message = parsed as Record<string, unknown>;
  if (message.version !== 1) throw new QueuedCallError(`unknown message version ${JSON.stringify(message.version)}`);
  const raw = message.record;
  if (typeof raw !== 'object' || raw === null) throw new QueuedCallError('the message has no record');
  const input = raw as Record<string, unknown>;
  const country = input.country;
  if (country !== undefined && !isString(country)) throw new QueuedCallError('record.country must be a string when present');
  const record: VanityCallRecord = {
    contactId: field(input, 'contactId', isString, 'a non-empty string'),
    callerNumber: field(input, 'callerNumber', isString, 'a non-empty string'),
    ...(country === undefined ? {} : { country }),
    vanityNumbers: field(input, 'vanityNumbers', isStrings, 'a list of strings'),
    spokenCount: field(input, 'spokenCount', isCount, 'a whole number'),
    outcome: field(input, 'outcome', isOutcome, `one of ${OUTCOMES.join(', ')}`),
    kind: field(input, 'kind', isCall, '"CALL"'),
    createdAt: field(input, 'createdAt', isIsoDate, 'an ISO 8601 date'),
    expiresAt: field(input, 'expiresAt', isCount, 'epoch seconds'),
    language: field(input, 'language', isString, 'a language code'),
  };
  const reason = message.reason === 'timed-out' ? 'timed-out' : 'failed';
  const queuedAt = typeof message.queuedAt === 'string' ? message.queuedAt : record.createdAt;
  return { version: 1, reason, queuedAt, record };
}
