import { a, defineData, type ClientSchema } from '@aws-amplify/backend';
import { callSaveDrain } from '../functions/call-save-drain/resource';
import { vanityLookup } from '../functions/vanity-lookup/resource';

/**
 * One row per Amazon Connect contact. The contact id is the identity, so when Connect retries an
 * invocation (up to three times) the second create is refused and the function counts the call as
 * already saved: a contact never becomes two calls.
 */
const schema = a
  .schema({
    CallOutcome: a.enum(['OK', 'NO_WORDS', 'NO_USABLE_NUMBER', 'ERROR']),

    VanityCall: a
      .model({
        contactId: a.id().required(),
        /** E.164 when the number parsed; otherwise what Connect sent, or "anonymous" when withheld. */
        callerNumber: a.string().required(),
        /** ISO 3166-1 alpha-2 country of the caller's number, when known. */
        country: a.string(),
        /** Ranked best first, at most five. */
        vanityNumbers: a.string().array().required(),
        /** The flow speaks vanityNumbers[0 .. spokenCount - 1]. */
        spokenCount: a.integer().required(),
        /** The language the call was answered in (ISO 639-1, e.g. "de"); absent on calls saved before it was recorded. */
        language: a.string(),
        outcome: a.ref('CallOutcome').required(),
        /** Constant partition key ("CALL") of the newest-first index: one query, no table scan. */
        kind: a.string().required(),
        /** Declared explicitly: an index can only sort on a declared field. */
        createdAt: a.datetime().required(),
        /** Epoch seconds; DynamoDB TTL deletes the record after the retention period. */
        expiresAt: a.timestamp().required(),
      })
      .identifier(['contactId'])
      .secondaryIndexes((index) => [
        index('kind').sortKeys(['createdAt']).queryField('listCallsByDate').name('byDate'),
        index('callerNumber').sortKeys(['createdAt']).queryField('listCallsByCaller').name('byCaller'),
        index('outcome').sortKeys(['createdAt']).queryField('listCallsByOutcome').name('byOutcome'),
      ])
      .authorization((allow) => [allow.authenticated().to(['read'])]),

    /**
     * Calls counted per UTC hour and per UTC day, by outcome, kept exact by the function as it saves
     * each call (amplify/functions/vanity-lookup/call-tally.ts): the chart and the totals read at
     * most a few hundred rows for any window, whatever the number of calls. Written straight to
     * DynamoDB (UpdateItem ADD in one transaction with a "counted" mark on the call), never through
     * AppSync, so a replayed save never counts a call twice; kept after the calls themselves expire,
     * as Connect's historical metrics are.
     */
    CallCount: a
      .model({
        /** "HOUR", "DAY" or "QUARTER" (a quarter hour, so days in half-hour zones are exact). */
        granularity: a.string().required(),
        /** The UTC start of the hour or day, ISO 8601 ("2026-11-29T13:00:00.000Z"). */
        slot: a.datetime().required(),
        total: a.integer().required(),
        ok: a.integer().required(),
        noWords: a.integer().required(),
        noUsableNumber: a.integer().required(),
        error: a.integer().required(),
        /** Calls whose caller heard at least one vanity number (spokenCount > 0). */
        heard: a.integer().required(),
      })
      .identifier(['granularity', 'slot'])
      .authorization((allow) => [allow.authenticated().to(['read'])]),

    /**
     * One row per word of a call's vanity numbers (a run of two or more letters, and the run of all
     * its letters: "1-800-GOT-JUNK" gives GOT, JUNK and GOTJUNK), newest first under each word, with
     * the fields the call list shows: the word filter is one query, never a scan of the calls. Written
     * with the count, in the same transaction (call-tally.ts), and expired with the call.
     */
    CallWord: a
      .model({
        /** Upper case, letters only. */
        word: a.string().required(),
        /** createdAt#contactId: newest first, and unique when two calls share a millisecond. */
        at: a.string().required(),
        contactId: a.id().required(),
        callerNumber: a.string().required(),
        country: a.string(),
        vanityNumbers: a.string().array().required(),
        spokenCount: a.integer().required(),
        outcome: a.ref('CallOutcome').required(),
        createdAt: a.datetime().required(),
        expiresAt: a.timestamp().required(),
      })
      .identifier(['word', 'at'])
      .authorization((allow) => [allow.authenticated().to(['read'])]),
  })
  // Only the Connect-invoked function and the drain that replays its queued calls write (IAM), and
  // they never read; dashboard users only read.
  .authorization((allow) => [allow.resource(vanityLookup).to(['mutate']), allow.resource(callSaveDrain).to(['mutate'])]);

export type Schema = ClientSchema<typeof schema>;

export const data = defineData({
  schema,
  authorizationModes: {
    defaultAuthorizationMode: 'userPool',
  },
});
