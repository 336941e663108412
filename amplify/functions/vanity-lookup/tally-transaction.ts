import type { AttributeValue, TransactWriteItem } from '@aws-sdk/client-dynamodb';
import type { CallOutcome, VanityCallRecord } from './call-record';
import { callWords } from './call-words';
import { COUNT_GRANULARITIES, countSlot } from './count-slots';
import type { TallyTables } from './tally-tables';

/** The CallCount counter each outcome adds to (the model's field names). */
const OUTCOME_COUNTERS: Readonly<Record<CallOutcome, string>> = {
  OK: 'ok',
  NO_WORDS: 'noWords',
  NO_USABLE_NUMBER: 'noUsableNumber',
  ERROR: 'error',
};

/** Every counter of a CallCount row; all are added to (most by 0), so a new row has every field GraphQL requires. */
const COUNTERS = ['total', ...Object.values(OUTCOME_COUNTERS), 'heard'] as const;

/** The attribute on a VanityCall item that says its call is counted and its words written. */
export const COUNTED_MARK = 'countedAt';

const S = (value: string): AttributeValue => ({ S: value });
const N = (value: number): AttributeValue => ({ N: String(value) });

/** What one call adds to each counter. */
export function callIncrements(record: Pick<VanityCallRecord, 'outcome' | 'spokenCount'>, calls = 1): Record<string, number> {
  const increments: Record<string, number> = Object.fromEntries(COUNTERS.map((counter) => [counter, 0]));
  increments.total = calls;
  increments[OUTCOME_COUNTERS[record.outcome]] = calls;
  increments.heard = record.spokenCount > 0 ? calls : 0;
  return increments;
}

/**
 * An UpdateItem that adds to one CallCount row, creating it with the fields AppSync needs to read
 * it (__typename, createdAt, updatedAt). ADD makes concurrent calls commute: no read, no lost update.
 */
export function countUpdate(table: string, granularity: string, slot: string, increments: Record<string, number>, now: string) {
  const names: Record<string, string> = { '#typename': '__typename', '#createdAt': 'createdAt', '#updatedAt': 'updatedAt' };
  const values: Record<string, AttributeValue> = { ':typename': S('CallCount'), ':now': S(now) };
  const adds = COUNTERS.map((counter, index) => {
    names[`#c${index}`] = counter;
    values[`:c${index}`] = N(increments[counter] ?? 0);
    return `#c${index} :c${index}`;
  });
  return {
    TableName: table,
    Key: { granularity: S(granularity), slot: S(slot) },
    UpdateExpression: `SET #typename = :typename, #createdAt = if_not_exists(#createdAt, :now), #updatedAt = :now ADD ${adds.join(', ')}`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}

/** The fields of a call the list shows, as DynamoDB attributes; shared by the call's word rows. */
export function callSummaryItem(record: VanityCallRecord): Record<string, AttributeValue> {
  return {
    contactId: S(record.contactId),
    callerNumber: S(record.callerNumber),
    ...(record.country === undefined ? {} : { country: S(record.country) }),
    vanityNumbers: { L: record.vanityNumbers.map(S) },
    spokenCount: N(record.spokenCount),
    outcome: S(record.outcome),
    createdAt: S(record.createdAt),
    expiresAt: N(record.expiresAt),
  };
}

/** One CallWord item per word of the call, as the word filter reads them. */
export function wordItems(record: VanityCallRecord, now: string): Record<string, AttributeValue>[] {
  const summary = callSummaryItem(record);
  return callWords(record.vanityNumbers).map((word) => ({
    ...summary,
    __typename: S('CallWord'),
    word: S(word),
    at: S(`${record.createdAt}#${record.contactId}`),
    updatedAt: S(now),
  }));
}

/**
 * The one transaction that counts a saved call: mark the call counted (only if it exists and is not
 * counted yet), add it to its hour and its day, and write its word rows. All or nothing, so a save
 * replayed after a crash, a timeout or an outage counts the call exactly once, in the hour it was
 * made. The mark is the first action, so a failed condition is always cancellation reason 0.
 */
export function tallyTransaction(record: VanityCallRecord, tables: TallyTables, now: string): TransactWriteItem[] {
  const increments = callIncrements(record);
  return [
    {
      Update: {
        TableName: tables.calls,
        Key: { contactId: S(record.contactId) },
        UpdateExpression: 'SET #counted = :now',
        ConditionExpression: 'attribute_exists(#id) AND attribute_not_exists(#counted)',
        ExpressionAttributeNames: { '#counted': COUNTED_MARK, '#id': 'contactId' },
        ExpressionAttributeValues: { ':now': S(now) },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    },
    ...COUNT_GRANULARITIES.map((granularity) => ({
      Update: countUpdate(tables.counts, granularity, countSlot(record.createdAt, granularity), increments, now),
    })),
    ...wordItems(record, now).map((item) => ({ Put: { TableName: tables.words, Item: item } })),
  ];
}
