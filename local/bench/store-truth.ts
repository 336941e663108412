import { QueryCommand, type DynamoDBClient, type QueryCommandInput } from '@aws-sdk/client-dynamodb';
import type { SeedTables } from '../seed/seed-store';

/** Counts the items a query matches, reading every page (Select COUNT): the store's own answer. */
async function countQuery(client: DynamoDBClient, input: QueryCommandInput): Promise<number> {
  let count = 0;
  let start: QueryCommandInput['ExclusiveStartKey'];
  do {
    const page = await client.send(new QueryCommand({ ...input, Select: 'COUNT', ExclusiveStartKey: start }));
    count += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start !== undefined);
  return count;
}

/** What the benchmark compares the dashboard with, counted from the store itself. */
export function storeTruth(client: DynamoDBClient, tables: SeedTables) {
  return {
    /** Calls with createdAt in [from, to). */
    callsBetween: (from: Date, to: Date) =>
      countQuery(client, {
        TableName: tables.calls,
        IndexName: 'byDate',
        KeyConditionExpression: '#kind = :kind AND #at BETWEEN :from AND :to',
        ExpressionAttributeNames: { '#kind': 'kind', '#at': 'createdAt' },
        ExpressionAttributeValues: { ':kind': { S: 'CALL' }, ':from': { S: from.toISOString() }, ':to': { S: new Date(to.getTime() - 1).toISOString() } },
      }),
    /** Calls whose vanity numbers have this word (one CallWord row per call and word). */
    callsWithWord: (word: string) =>
      countQuery(client, { TableName: tables.words, KeyConditionExpression: '#word = :word', ExpressionAttributeNames: { '#word': 'word' }, ExpressionAttributeValues: { ':word': { S: word } } }),
    callsFrom: (callerNumber: string) =>
      countQuery(client, {
        TableName: tables.calls,
        IndexName: 'byCaller',
        KeyConditionExpression: '#caller = :caller',
        ExpressionAttributeNames: { '#caller': 'callerNumber' },
        ExpressionAttributeValues: { ':caller': { S: callerNumber } },
      }),
    callsWithOutcome: (outcome: string) =>
      countQuery(client, {
        TableName: tables.calls,
        IndexName: 'byOutcome',
        KeyConditionExpression: '#outcome = :outcome',
        ExpressionAttributeNames: { '#outcome': 'outcome' },
        ExpressionAttributeValues: { ':outcome': { S: outcome } },
      }),
  };
}
