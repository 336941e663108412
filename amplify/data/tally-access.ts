import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { TALLY_TABLE_ENV } from '../functions/vanity-lookup/tally-tables';

/** What grantCallTally needs of the function: its Lambda and a way to set its environment. */
export interface TallyWriter {
  resources: { lambda: IFunction };
  addEnvironment(key: string, value: string): void;
}

function tableOf(tables: Record<string, ITable>, model: string): ITable {
  const table = tables[model];
  if (table === undefined) throw new Error(`the ${model} table is missing from the data resources`);
  return table;
}

/**
 * Lets the function count and index each call straight in DynamoDB (call-tally.ts): the table names
 * as environment variables, and only the actions the tally's transaction uses, each on its own table
 * (a transaction is authorised action by action; there is no TransactWriteItems permission).
 */
export function grantCallTally(writer: TallyWriter, tables: Record<string, ITable>): void {
  const calls = tableOf(tables, 'VanityCall');
  const counts = tableOf(tables, 'CallCount');
  const words = tableOf(tables, 'CallWord');
  writer.addEnvironment(TALLY_TABLE_ENV.calls, calls.tableName);
  writer.addEnvironment(TALLY_TABLE_ENV.counts, counts.tableName);
  writer.addEnvironment(TALLY_TABLE_ENV.words, words.tableName);
  const lambda = writer.resources.lambda;
  calls.grant(lambda, 'dynamodb:UpdateItem');
  counts.grant(lambda, 'dynamodb:UpdateItem');
  words.grant(lambda, 'dynamodb:PutItem');
}
