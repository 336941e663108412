import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import type { CallWriter } from '../vanity-lookup/call-record';
import type { Logger } from '../vanity-lookup/logger';
import { redactPhoneNumbers } from '../vanity-lookup/mask-phone-number';
import { QueuedCallError, readQueuedCall, type QueuedCall } from '../vanity-lookup/queued-call';
import { saveWithinBudget } from '../vanity-lookup/save-within-budget';

/** One save may take this long; a batch of them runs in parallel well inside the function's 5 s timeout. */
export const DRAIN_SAVE_BUDGET_MS = 3_000;

/** What the drain needs: the same writer the lookup saves with, a logger and the save budget. */
export interface DrainDeps {
  writer: CallWriter;
  logger: Logger;
  now: () => Date;
  saveBudgetMs?: number;
}

function receiveCount(attributes: Record<string, string | undefined>): number {
  return Number(attributes.ApproximateReceiveCount ?? '1');
}

/**
 * Saves every queued call of a batch through the same save as the lookup (saveCall via
 * saveWithinBudget) and reports the ones that failed, so SQS returns only those to the queue
 * (ReportBatchItemFailures); after the queue's maxReceiveCount they move to the dead-letter queue.
 * A contact that is already saved counts as saved: replays are idempotent by contact id.
 */
export async function drainBatch(event: SQSEvent, deps: DrainDeps): Promise<SQSBatchResponse> {
  const budget = deps.saveBudgetMs ?? DRAIN_SAVE_BUDGET_MS;
  const failures = await Promise.all(
    event.Records.map(async (message): Promise<string | undefined> => {
      const receives = receiveCount(message.attributes as unknown as Record<string, string | undefined>);
      let queued: QueuedCall;
      try {
        queued = readQueuedCall(message.body);
      } catch (error) {
        const problem = error instanceof QueuedCallError ? error.message : String(error);
        deps.logger.error('queued message is not a call: left for the dead-letter queue', { messageId: message.messageId, receives, problem: redactPhoneNumbers(problem).slice(0, 500) });
        return message.messageId;
      }
      const { record } = queued;
      const attempt = await saveWithinBudget(deps.writer, record, budget);
      const waitedMs = deps.now().getTime() - Date.parse(queued.queuedAt);
      if (attempt.kind === 'saved') {
        deps.logger.info(attempt.result === 'created' ? 'queued call saved' : 'queued call was already saved', { contactId: record.contactId, receives, saveMs: attempt.ms, waitedMs });
        return undefined;
      }
      const error = attempt.kind === 'failed' ? redactPhoneNumbers(attempt.error) : `no answer within ${budget} ms`;
      deps.logger.error('queued call not saved yet: back to the queue', { contactId: record.contactId, receives, saveMs: attempt.ms, error });
      return message.messageId;
    }),
  );
  return { batchItemFailures: failures.filter((id): id is string => id !== undefined).map((itemIdentifier) => ({ itemIdentifier })) };
}
