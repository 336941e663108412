import { describe, expect, it } from 'vitest';
import type { TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { AwsServiceError } from '../../../../amplify/functions/vanity-lookup/aws-json-client';
import { CallTallyError, createDynamoCallTally, createDynamoTransactionSender, withTally, type CallTally } from '../../../../amplify/functions/vanity-lookup/call-tally';
import type { CallWriter } from '../../../../amplify/functions/vanity-lookup/call-record';
import { callWords, wordKey } from '../../../../amplify/functions/vanity-lookup/call-words';
import { countSlot } from '../../../../amplify/functions/vanity-lookup/count-slots';
import { callIncrements, tallyTransaction } from '../../../../amplify/functions/vanity-lookup/tally-transaction';
import { readTallyTables } from '../../../../amplify/functions/vanity-lookup/tally-tables';
import { callRecord } from '../call-record-fixture';

const TABLES = { calls: 'VanityCall-x', counts: 'CallCount-x', words: 'CallWord-x' };
const RECORD = callRecord({
  callerNumber: '+18004685865',
  country: 'US',
  vanityNumbers: ['1-800-GOT-JUNK', '1-800-GOT-JUN-5', '1-800-4-JUNK-65'],
  spokenCount: 3,
  createdAt: '2026-11-24T21:59:59.999Z',
});

describe('callWords', () => {
  it.each([
    [['1-800-GOT-JUNK'], ['GOT', 'JUNK', 'GOTJUNK']],
    [['1-800-FLOWERS', '1-800-FLOWER-7'], ['FLOWERS', 'FLOWER']],
    [['44-20-SWIM-0000', '1-800-A-PLUMBER'], ['SWIM', 'PLUMBER']],
    [['18005551212', null], []],
    [['1-800-got-junk', '1-800-GOT-JUNK'], ['GOT', 'JUNK', 'GOTJUNK']],
  ])('%j gives %j', (numbers, words) => {
    expect(callWords(numbers)).toEqual(words);
  });

  it.each([
    ['got-junk', 'GOTJUNK'],
    [' Flowers ', 'FLOWERS'],
    ['1800', ''],
  ])('looks up "%s" as %j', (typed, key) => {
    expect(wordKey(typed)).toBe(key);
  });
});

describe('countSlot', () => {
  it.each([
    ['2026-11-24T21:59:59.999Z', 'HOUR', '2026-11-24T21:00:00.000Z'],
    ['2026-11-24T22:00:00.000Z', 'HOUR', '2026-11-24T22:00:00.000Z'],
    ['2026-11-24T23:59:59.999Z', 'DAY', '2026-11-24T00:00:00.000Z'],
    ['2026-11-24T23:30:00.000+01:00', 'DAY', '2026-11-24T00:00:00.000Z'],
    ['2026-11-24T18:29:59.999Z', 'QUARTER', '2026-11-24T18:15:00.000Z'],
    ['2026-11-24T18:30:00.000Z', 'QUARTER', '2026-11-24T18:30:00.000Z'],
  ] as const)('%s in a %s is %s', (at, granularity, slot) => {
    expect(countSlot(at, granularity)).toBe(slot);
  });

  it('refuses what is not a time', () => {
    expect(() => countSlot('yesterday', 'HOUR')).toThrow(/not a time/);
  });
});

describe('tallyTransaction', () => {
  const items = tallyTransaction(RECORD, TABLES, '2026-11-24T22:00:01.000Z');

  it('marks the call first, only if it exists and is not counted yet', () => {
    expect(items[0]?.Update).toMatchObject({
      TableName: 'VanityCall-x',
      Key: { contactId: { S: 'contact-1' } },
      ConditionExpression: 'attribute_exists(#id) AND attribute_not_exists(#counted)',
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    });
  });

  it('adds the call to its UTC hour, day and quarter hour, every counter present', () => {
    const counts = items.slice(1, 4).map((item) => item.Update);
    expect(counts.map((update) => update?.Key)).toEqual([
      { granularity: { S: 'HOUR' }, slot: { S: '2026-11-24T21:00:00.000Z' } },
      { granularity: { S: 'DAY' }, slot: { S: '2026-11-24T00:00:00.000Z' } },
      { granularity: { S: 'QUARTER' }, slot: { S: '2026-11-24T21:45:00.000Z' } },
    ]);
    const update = counts[0];
    const added = Object.fromEntries(
      Object.entries(update?.ExpressionAttributeNames ?? {})
        .filter(([key]) => key.startsWith('#c'))
        .map(([key, name]) => [name, update?.ExpressionAttributeValues?.[`:${key.slice(1)}`]?.N]),
    );
    expect(added).toEqual({ total: '1', ok: '1', noWords: '0', noUsableNumber: '0', error: '0', heard: '1' });
  });

  it('writes one word row per word, with the fields the list shows', () => {
    const words = items.slice(4).map((item) => item.Put?.Item);
    expect(words.map((item) => item?.word?.S)).toEqual(['GOT', 'JUNK', 'GOTJUNK', 'JUN', 'GOTJUN']);
    expect(words[0]).toMatchObject({
      __typename: { S: 'CallWord' },
      at: { S: '2026-11-24T21:59:59.999Z#contact-1' },
      callerNumber: { S: '+18004685865' },
      outcome: { S: 'OK' },
      expiresAt: { N: '1800000000' },
    });
  });

  it.each([
    [{ outcome: 'NO_USABLE_NUMBER', spokenCount: 0 }, { total: 1, ok: 0, noWords: 0, noUsableNumber: 1, error: 0, heard: 0 }],
    [{ outcome: 'NO_WORDS', spokenCount: 0 }, { total: 1, ok: 0, noWords: 1, noUsableNumber: 0, error: 0, heard: 0 }],
    [{ outcome: 'ERROR', spokenCount: 0 }, { total: 1, ok: 0, noWords: 0, noUsableNumber: 0, error: 1, heard: 0 }],
  ] as const)('counts %j as %j', (call, increments) => {
    expect(callIncrements(call)).toEqual(increments);
  });
});

// What the sender rejects with is what createAwsJsonClient makes of DynamoDB's JSON answers.
function sender(outcome: 'ok' | 'counted' | 'missing' | 'throttled') {
  const sent: TransactWriteItem[][] = [];
  return {
    sent,
    transactWrite: async (items: TransactWriteItem[]) => {
      sent.push(items);
      if (outcome === 'ok') return;
      if (outcome === 'throttled') throw new AwsServiceError('ThrottlingException', 'Rate exceeded', 400, {});
      const item = outcome === 'counted' ? { contactId: { S: 'contact-1' }, countedAt: { S: 'then' } } : undefined;
      throw new AwsServiceError('TransactionCanceledException', 'Transaction cancelled', 400, {
        CancellationReasons: [{ Code: 'ConditionalCheckFailed', ...(item ? { Item: item } : {}) }, { Code: 'None' }],
      });
    },
  };
}

describe('createDynamoCallTally', () => {
  it.each([
    ['ok', 'counted'],
    ['counted', 'already-counted'],
  ] as const)('a transaction that is %s means %s', async (outcome, result) => {
    const fake = sender(outcome);
    await expect(createDynamoCallTally(fake, () => TABLES).tally(RECORD)).resolves.toBe(result);
    expect(fake.sent).toHaveLength(1);
  });

  it('fails for a call that is not saved, and passes other errors on', async () => {
    await expect(createDynamoCallTally(sender('missing'), () => TABLES).tally(RECORD)).rejects.toThrow(CallTallyError);
    await expect(createDynamoCallTally(sender('throttled'), () => TABLES).tally(RECORD)).rejects.toThrow('Rate exceeded');
  });
});

describe('withTally', () => {
  const tallied: string[] = [];
  const tally: CallTally = { tally: async (record) => (tallied.push(record.contactId), 'counted') };

  it.each(['created', 'already-recorded'] as const)('counts a call the writer reports %s', async (result) => {
    tallied.length = 0;
    const writer: CallWriter = { save: async () => result };
    await expect(withTally(writer, tally).save(RECORD)).resolves.toBe(result);
    expect(tallied).toEqual(['contact-1']);
  });

  it('counts nothing when the save fails, and fails the save when the count does', async () => {
    tallied.length = 0;
    await expect(withTally({ save: () => Promise.reject(new Error('down')) }, tally).save(RECORD)).rejects.toThrow('down');
    expect(tallied).toEqual([]);
    const failing: CallTally = { tally: () => Promise.reject(new Error('throttled')) };
    await expect(withTally({ save: async () => 'created' }, failing).save(RECORD)).rejects.toThrow('throttled');
  });
});

describe('readTallyTables', () => {
  it('reads the three table names, and names a missing one', () => {
    expect(readTallyTables({ CALL_TABLE_NAME: 'a', CALL_COUNT_TABLE_NAME: 'b', CALL_WORD_TABLE_NAME: 'c' })).toEqual({ calls: 'a', counts: 'b', words: 'c' });
    expect(() => readTallyTables({ CALL_TABLE_NAME: 'a', CALL_WORD_TABLE_NAME: 'c' })).toThrow(/CALL_COUNT_TABLE_NAME/);
  });
});

describe('createDynamoTransactionSender', () => {
  const ENV = { AWS_REGION: 'eu-west-2', AWS_ACCESS_KEY_ID: 'AKID', AWS_SECRET_ACCESS_KEY: 'secret' };
  const items = tallyTransaction(RECORD, TABLES, '2026-11-24T22:00:01.000Z');

  function dynamoFetch(status: number, answer: object) {
    const requests: { url: string; headers: Record<string, string>; body: { TransactItems: unknown; ClientRequestToken: string } }[] = [];
    const impl = (async (url: URL | RequestInfo, init?: RequestInit) => {
      requests.push({ url: String(url), headers: init?.headers as Record<string, string>, body: JSON.parse(String(init?.body)) as never });
      return Response.json(answer, { status });
    }) as typeof fetch;
    return { impl, requests };
  }

  it.each([
    ['the regional endpoint', ENV, 'https://dynamodb.eu-west-2.amazonaws.com/'],
    ['AWS_ENDPOINT_URL_DYNAMODB (the twin\'s store)', { ...ENV, AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:21502' }, 'http://127.0.0.1:21502/'],
  ])('sends TransactWriteItems with an idempotency token to %s', async (_name, env, endpoint) => {
    const { impl, requests } = dynamoFetch(200, {});
    await createDynamoTransactionSender(env, { fetchImpl: impl }).transactWrite(items);
    expect(requests[0]?.url).toBe(endpoint);
    expect(requests[0]?.headers['x-amz-target']).toBe('DynamoDB_20120810.TransactWriteItems');
    expect(requests[0]?.body.TransactItems).toEqual(items);
    expect(requests[0]?.body.ClientRequestToken).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps one token across the retries of a transaction', async () => {
    const { impl, requests } = dynamoFetch(500, { __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'try again' });
    await expect(createDynamoTransactionSender(ENV, { fetchImpl: impl, backoffMs: () => 0 }).transactWrite(items)).rejects.toThrow(/InternalServerError/);
    expect(requests).toHaveLength(3);
    expect(new Set(requests.map((request) => request.body.ClientRequestToken)).size).toBe(1);
  });

  it('turns DynamoDB\'s refusal into the tally\'s answers', async () => {
    const reasons = [{ Code: 'ConditionalCheckFailed', Item: { contactId: { S: 'contact-1' }, countedAt: { S: 'then' } } }, { Code: 'None' }];
    const { impl } = dynamoFetch(400, { __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException', message: 'Transaction cancelled', CancellationReasons: reasons });
    await expect(createDynamoCallTally(createDynamoTransactionSender(ENV, { fetchImpl: impl }), () => TABLES).tally(RECORD)).resolves.toBe('already-counted');
  });

  it('fails the tally, not the cold start, without a region', async () => {
    const sender = createDynamoTransactionSender({ AWS_ACCESS_KEY_ID: 'AKID', AWS_SECRET_ACCESS_KEY: 'secret' });
    await expect(sender.transactWrite(items)).rejects.toThrow(/AWS_REGION must name a region/);
  });
});
