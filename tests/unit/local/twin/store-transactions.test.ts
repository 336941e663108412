import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateTableCommand, GetItemCommand, TransactionCanceledException, TransactWriteItemsCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startStore, storeClient, type Store } from '../../../../local/twin/store';

let store: Store;
let client: DynamoDBClient;

beforeAll(async () => {
  store = await startStore({ port: 0, dataDir: undefined });
  client = storeClient(store.endpoint);
  await client.send(
    new CreateTableCommand({
      TableName: 'Tally',
      AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
    }),
  );
});

afterAll(async () => {
  client.destroy();
  await store.stop();
});

const mark = (id: string) => ({
  Update: {
    TableName: 'Tally',
    Key: { id: { S: id } },
    UpdateExpression: 'SET #m = :now',
    ConditionExpression: 'attribute_not_exists(#m)',
    ExpressionAttributeNames: { '#m': 'mark' },
    ExpressionAttributeValues: { ':now': { S: 'now' } },
    ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
  },
});
const add = { Update: { TableName: 'Tally', Key: { id: { S: 'count' } }, UpdateExpression: 'ADD #n :one', ExpressionAttributeNames: { '#n': 'n' }, ExpressionAttributeValues: { ':one': { N: '1' } } } };
const count = async () => Number((await client.send(new GetItemCommand({ TableName: 'Tally', Key: { id: { S: 'count' } } }))).Item?.n?.N ?? 0);

describe("the twin's TransactWriteItems", () => {
  it('applies every action when every condition holds, and none when one fails, with the reasons and the old item', async () => {
    await client.send(new TransactWriteItemsCommand({ TransactItems: [mark('a'), add, { Put: { TableName: 'Tally', Item: { id: { S: 'w' }, v: { S: 'x' } } } }] }));
    expect(await count()).toBe(1);
    const error: unknown = await client.send(new TransactWriteItemsCommand({ TransactItems: [mark('a'), add] })).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    if (!(error instanceof TransactionCanceledException)) throw new Error(`expected a cancelled transaction, got ${String(error)}`);
    expect(error.CancellationReasons?.map((reason) => reason.Code)).toEqual(['ConditionalCheckFailed', 'None']);
    expect(error.CancellationReasons?.[0]?.Item).toMatchObject({ id: { S: 'a' }, mark: { S: 'now' } });
    expect(await count()).toBe(1);
  });

  it('counts exactly once under concurrent replays', async () => {
    const results = await Promise.allSettled(Array.from({ length: 8 }, () => client.send(new TransactWriteItemsCommand({ TransactItems: [mark('b'), add] }))));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(await count()).toBe(2);
  });
});
