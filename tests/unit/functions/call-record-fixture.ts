import type { VanityCallRecord } from '../../../amplify/functions/vanity-lookup/call-record';

/** One saved call as the lookup writes it (1-800-FLOWERS heard in English), for tests to vary one field at a time. */
export function callRecord(overrides: Partial<VanityCallRecord> = {}): VanityCallRecord {
  return {
    contactId: 'contact-1',
    callerNumber: '+18003569377',
    vanityNumbers: ['1-800-FLOWERS'],
    spokenCount: 1,
    outcome: 'OK',
    kind: 'CALL',
    createdAt: '2026-11-24T21:00:00.000Z',
    language: 'en',
    expiresAt: 1_800_000_000,
    ...overrides,
  };
}
