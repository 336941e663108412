import { randomUUID } from 'node:crypto';
import type { CancellationReason, TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { AwsServiceError, createAwsJsonClient, type AwsJsonClient, type AwsJsonClientOptions } from './aws-json-client';
import { readAwsCredentials, readAwsRegion, serviceEndpoint, type FunctionEnv } from './aws-environment';
import type { CallWriter, SaveResult, VanityCallRecord } from './call-record';
import { COUNTED_MARK, tallyTransaction } from './tally-transaction';
import type { TallyTables } from './tally-tables';

/** counted: this attempt counted the call. already-counted: an earlier attempt did. */
export type TallyResult = 'counted' | 'already-counted';

/** Counts a saved call and writes its word rows, at most once per call however often it is asked. */
export interface CallTally {
  tally(record: VanityCallRecord): Promise<TallyResult>;
}

/** Thrown when the tally cannot run: the call is not saved, or DynamoDB refused the transaction. */
export class CallTallyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CallTallyError';
  }
}

/** Sends one DynamoDB TransactWriteItems; rejects with AwsServiceError when DynamoDB refuses it. */
export interface TransactionSender {
  transactWrite(items: TransactWriteItem[]): Promise<void>;
}

// Under both save budgets (2.5 s on the call, 3 s in the drain), so a hung DynamoDB is aborted, not left open.
const TALLY_TIMEOUT_MS = 2_400;

/**
 * TransactWriteItems over DynamoDB's JSON 1.0 protocol (a signed fetch, no SDK at cold start), at the
 * function's regional endpoint or AWS_ENDPOINT_URL_DYNAMODB (the twin's store). Three attempts, as the
 * SDK's default, with one ClientRequestToken per transaction, as the SDK fills it in: a retry of a
 * transaction that landed unacknowledged succeeds without applying it twice.
 */
export function createDynamoTransactionSender(env: FunctionEnv, options: Pick<AwsJsonClientOptions, 'fetchImpl' | 'backoffMs'> = {}): TransactionSender {
  // Built at the first tally, so a function without its region fails its saves (logged, queued), never its calls.
  let dynamo: AwsJsonClient | undefined;
  return {
    async transactWrite(items) {
      if (dynamo === undefined) {
        const region = readAwsRegion(env);
        dynamo = createAwsJsonClient(
          { signingName: 'dynamodb', targetPrefix: 'DynamoDB_20120810' },
          { endpoint: serviceEndpoint(env, 'DYNAMODB', 'dynamodb', region), region, credentials: () => readAwsCredentials(env), timeoutMs: TALLY_TIMEOUT_MS, maxAttempts: 3, ...options },
        );
      }
      await dynamo.call('TransactWriteItems', { TransactItems: items, ClientRequestToken: randomUUID() });
    },
  };
}

function cancellationReasons(error: unknown): CancellationReason[] | undefined {
  if (!(error instanceof AwsServiceError) || error.type !== 'TransactionCanceledException') return undefined;
  const reasons = error.details.CancellationReasons;
  return Array.isArray(reasons) ? (reasons as CancellationReason[]) : [];
}

/**
 * The tally against DynamoDB: one TransactWriteItems per call (tally-transaction.ts). The tables are
 * read per tally, so a misconfigured function fails its saves (logged, replayable), never its calls.
 */
export function createDynamoCallTally(client: TransactionSender, tables: () => TallyTables, now: () => Date = () => new Date()): CallTally {
  return {
    async tally(record) {
      try {
        await client.transactWrite(tallyTransaction(record, tables(), now().toISOString()));
        return 'counted';
      } catch (error) {
        const reasons = cancellationReasons(error);
        const mark = reasons?.[0];
        if (mark?.Code !== 'ConditionalCheckFailed') throw error;
        if (mark.Item?.[COUNTED_MARK] !== undefined) return 'already-counted';
        throw new CallTallyError(`call ${record.contactId} is not saved yet, so it cannot be counted`);
      }
    },
  };
}

/**
 * A writer that counts each call once it is saved, for the first save and for any replay of it
 * (a retried invocation, or a save replayed after an outage, which finds the row 'already-recorded'
 * and still counts it if an earlier attempt did not). A failed count fails the save, so whatever
 * replays failed saves replays the count too.
 */
export function withTally(writer: CallWriter, tally: CallTally): CallWriter {
  return {
    async save(record: VanityCallRecord): Promise<SaveResult> {
      const result = await writer.save(record);
      await tally.tally(record);
      return result;
    },
  };
}
