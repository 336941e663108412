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
      ])
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
