import { TransactWriteItemsCommand, type CancellationReason, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
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

/** The part of the DynamoDB client the tally uses. */
export type TransactionSender = Pick<DynamoDBClient, 'send'>;

function cancellationReasons(error: unknown): CancellationReason[] | undefined {
  if (!(error instanceof Error) || error.name !== 'TransactionCanceledException') return undefined;
  const reasons: unknown = Reflect.get(error, 'CancellationReasons');
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
        await client.send(new TransactWriteItemsCommand({ TransactItems: tallyTransaction(record, tables(), now().toISOString()) }));
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
