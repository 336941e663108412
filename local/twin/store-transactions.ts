import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
  type AttributeValue,
  type DynamoDBClient,
  type TransactWriteItem,
} from '@aws-sdk/client-dynamodb';
import { readBody, replyDynamo } from './aws-json-http';

/** dynalite has no TransactWriteItems; the twin answers it in front of dynalite, on the same port. */
const TRANSACT_WRITE = 'DynamoDB_20120810.TransactWriteItems';

type Item = Record<string, AttributeValue>;
type Names = Record<string, string> | undefined;
type Values = Record<string, AttributeValue> | undefined;

interface Reason {
  Code: string;
  Message?: string;
  Item?: Item;
}

/** Only the placeholders an expression uses: DynamoDB (and dynalite) reject unused ones. */
function usedBy(expression: string, names: Names, values: Values): { ExpressionAttributeNames?: Record<string, string>; ExpressionAttributeValues?: Item } {
  const pick = <T>(all: Record<string, T> | undefined): Record<string, T> | undefined => {
    const kept = Object.entries(all ?? {}).filter(([key]) => new RegExp(`${key.replace(/[#:]/, '\\$&')}(?![A-Za-z0-9_])`).test(expression));
    return kept.length === 0 ? undefined : Object.fromEntries(kept);
  };
  const usedNames = pick(names);
  const usedValues = pick(values);
  return { ...(usedNames ? { ExpressionAttributeNames: usedNames } : {}), ...(usedValues ? { ExpressionAttributeValues: usedValues } : {}) };
}

interface Action {
  table: string;
  key: Item | undefined;
  condition?: { expression: string; names: Names; values: Values; returnOld: boolean };
  apply: () => Promise<unknown>;
}

function keyOf(item: Item, keyNames: string[]): Item {
  return Object.fromEntries(keyNames.flatMap((name) => (item[name] === undefined ? [] : [[name, item[name]]])));
}

function toAction(client: DynamoDBClient, entry: TransactWriteItem): Action {
  const condition = (expression: string | undefined, names: Names, values: Values, returnOld: string | undefined) =>
    expression === undefined ? {} : { condition: { expression, names, values, returnOld: returnOld === 'ALL_OLD' } };
  if (entry.Update) {
    const { TableName = '', Key, UpdateExpression = '', ConditionExpression, ExpressionAttributeNames: names, ExpressionAttributeValues: values } = entry.Update;
    return {
      table: TableName,
      key: Key,
      ...condition(ConditionExpression, names, values, entry.Update.ReturnValuesOnConditionCheckFailure),
      apply: () => client.send(new UpdateItemCommand({ TableName, Key, UpdateExpression, ...usedBy(UpdateExpression, names, values) })),
    };
  }
  if (entry.Put) {
    const { TableName = '', Item: item = {}, ConditionExpression, ExpressionAttributeNames: names, ExpressionAttributeValues: values } = entry.Put;
    return {
      table: TableName,
      key: undefined,
      ...condition(ConditionExpression, names, values, entry.Put.ReturnValuesOnConditionCheckFailure),
      apply: () => client.send(new PutItemCommand({ TableName, Item: item })),
    };
  }
  if (entry.Delete) {
    const { TableName = '', Key, ConditionExpression, ExpressionAttributeNames: names, ExpressionAttributeValues: values } = entry.Delete;
    return {
      table: TableName,
      key: Key,
      ...condition(ConditionExpression, names, values, entry.Delete.ReturnValuesOnConditionCheckFailure),
      apply: () => client.send(new DeleteItemCommand({ TableName, Key })),
    };
  }
  if (entry.ConditionCheck) {
    const { TableName = '', Key, ConditionExpression, ExpressionAttributeNames: names, ExpressionAttributeValues: values } = entry.ConditionCheck;
    return { table: TableName, key: Key, ...condition(ConditionExpression, names, values, entry.ConditionCheck.ReturnValuesOnConditionCheckFailure), apply: async () => undefined };
  }
  throw new Error('a TransactItems entry has none of Put, Update, Delete or ConditionCheck');
}

/**
 * Checks one action's condition against the item as it is, with dynalite's own evaluator: the item
 * is written back unchanged under the condition (or, when absent, deleted under it, which changes
 * nothing). Transactions are serialised, so nothing else of the twin's changes the item in between
 * (AppSync only creates calls; the tally marks them afterwards).
 */
async function check(client: DynamoDBClient, action: Action, key: Item): Promise<Reason> {
  const condition = action.condition;
  if (condition === undefined) return { Code: 'None' };
  const { Item: current } = await client.send(new GetItemCommand({ TableName: action.table, Key: key, ConsistentRead: true }));
  const expression = { ConditionExpression: condition.expression, ...usedBy(condition.expression, condition.names, condition.values) };
  try {
    if (current === undefined) await client.send(new DeleteItemCommand({ TableName: action.table, Key: key, ...expression }));
    else await client.send(new PutItemCommand({ TableName: action.table, Item: current, ...expression }));
    return { Code: 'None' };
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    return { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed', ...(condition.returnOld && current ? { Item: current } : {}) };
  }
}

/** Runs TransactWriteItems against dynalite: every condition first, then every write, one transaction at a time. */
export function createTransactionRunner(client: DynamoDBClient, keyNamesOf: (table: string) => Promise<string[]>) {
  let queue: Promise<unknown> = Promise.resolve();
  const run = async (items: TransactWriteItem[]): Promise<Reason[] | undefined> => {
    const actions = items.map((entry) => toAction(client, entry));
    const reasons: Reason[] = [];
    for (const [index, action] of actions.entries()) {
      const key = action.key ?? keyOf(items[index]?.Put?.Item ?? {}, await keyNamesOf(action.table));
      reasons.push(await check(client, action, key));
    }
    if (reasons.some((reason) => reason.Code !== 'None')) return reasons;
    for (const action of actions) await action.apply();
    return undefined;
  };
  return (items: TransactWriteItem[]): Promise<Reason[] | undefined> => {
    const result = queue.then(() => run(items));
    queue = result.catch(() => undefined);
    return result;
  };
}


/** Puts the transaction runner in front of dynalite's request handler; every other request goes to dynalite as before. */
export function addTransactions(server: Server, run: (items: TransactWriteItem[]) => Promise<Reason[] | undefined>): void {
  const handlers = server.listeners('request') as ((request: IncomingMessage, response: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (request.headers['x-amz-target'] !== TRANSACT_WRITE) {
      for (const handler of handlers) handler(request, response);
      return;
    }
    readBody(request)
      .then((body) => {
        const parsed: unknown = JSON.parse(body);
        const items: unknown = typeof parsed === 'object' && parsed !== null ? Reflect.get(parsed, 'TransactItems') : undefined;
        if (!Array.isArray(items) || items.length === 0 || items.length > 100) {
          replyDynamo(response, 400, { __type: 'com.amazon.coral.validate#ValidationException', message: 'TransactItems must hold 1 to 100 actions' });
          return undefined;
        }
        return run(items as TransactWriteItem[]).then((reasons) => {
          if (reasons === undefined) replyDynamo(response, 200, {});
          else
            replyDynamo(response, 400, {
              __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
              message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.map((r) => r.Code).join(', ')}]`,
              CancellationReasons: reasons,
            });
        });
      })
      .catch((error: unknown) => {
        replyDynamo(response, 500, { __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: `local transaction failed: ${String(error)}` });
      });
  });
}
