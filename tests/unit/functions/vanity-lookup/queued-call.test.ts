import { describe, expect, it } from 'vitest';
import type { VanityCallRecord } from '../../../../amplify/functions/vanity-lookup/call-record';
import { QueuedCallError, readQueuedCall, toQueueMessage } from '../../../../amplify/functions/vanity-lookup/queued-call';
import { callRecord } from '../call-record-fixture';

const RECORD = callRecord({ country: 'US' });
const NOW = new Date('2026-11-24T21:00:03.000Z');

describe('queued calls', () => {
  it.each([
    ['a full record', RECORD],
    ['a record without a country', { ...RECORD, country: undefined }],
    ['a withheld caller with no numbers', { ...RECORD, callerNumber: 'anonymous', vanityNumbers: [], spokenCount: 0, outcome: 'NO_USABLE_NUMBER' as const }],
  ])('carry %s through the queue unchanged, with why and when it was queued', (_name, record) => {
    const clean = JSON.parse(JSON.stringify(record)) as VanityCallRecord;
    expect(readQueuedCall(toQueueMessage(clean, 'timed-out', NOW))).toEqual({ version: 1, reason: 'timed-out', queuedAt: NOW.toISOString(), record: clean });
  });

  const message = (record: Record<string, unknown>, extra: Record<string, unknown> = {}) => JSON.stringify({ version: 1, reason: 'failed', queuedAt: NOW.toISOString(), record, ...extra });
  it.each([
    ['not JSON', 'hello', /not JSON/],
    ['not an object', '42', /not a JSON object/],
    ['another version', message(RECORD as unknown as Record<string, unknown>, { version: 2 }), /version 2/],
    ['no record', JSON.stringify({ version: 1 }), /no record/],
    ['an empty contact id', message({ ...RECORD, contactId: '' }), /contactId/],
    ['a numeric caller', message({ ...RECORD, callerNumber: 18003569377 }), /callerNumber/],
    ['an unknown outcome', message({ ...RECORD, outcome: 'MAYBE' }), /outcome must be one of/],
    ['numbers that are not strings', message({ ...RECORD, vanityNumbers: [1] }), /vanityNumbers/],
    ['a negative count', message({ ...RECORD, spokenCount: -1 }), /spokenCount/],
    ['another kind', message({ ...RECORD, kind: 'COUNT' }), /kind/],
    ['a bad date', message({ ...RECORD, createdAt: 'yesterday' }), /createdAt/],
    ['a huge body', 'x'.repeat(70_000), /70000 characters/],
  ])('refuse a message that is %s', (_name, body, problem) => {
    expect(() => readQueuedCall(body)).toThrow(QueuedCallError);
    expect(() => readQueuedCall(body)).toThrow(problem);
  });
});
