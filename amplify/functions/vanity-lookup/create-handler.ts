import type { CallWriter, VanityCallRecord } from './call-record';
import type { VanityFlowResult } from './contract';
import type { Logger } from './logger';
import { lookupCall, type GenerateVanityNumbers } from './lookup-call';
import { maskPhoneNumber, redactPhoneNumbers } from './mask-phone-number';
import { toQueueMessage } from './queued-call';
import type { SaveQueue } from './save-queue';
import { saveWithinBudget, type SaveAttempt } from './save-within-budget';

/**
 * Connect waits at most 8 s for the function
 * (https://docs.aws.amazon.com/connect/latest/adminguide/invoke-lambda-function-block.html);
 * the save gets a slice of that so the numbers are returned even when the data store hangs.
 */
const DEFAULT_SAVE_BUDGET_MS = 2_500;

/**
 * How long handing an unsaved call to the queue may take. Save and queue together (5.5 s) stay inside
 * the function's 7 s timeout and Connect's 8 s; the queue gets more than the save because once it
 * fails the call is lost.
 */
export const DEFAULT_QUEUE_BUDGET_MS = 3_000;

/** Everything the handler talks to, injected so the Lambda, the local twin and tests share one handler. */
export interface HandlerDeps {
  generate: GenerateVanityNumbers;
  writer: CallWriter;
  logger: Logger;
  now: () => Date;
  retentionDays: number;
  saveBudgetMs?: number;
  /** Where a call goes when it is not saved within the budget; absent, such a call is only logged. */
  queue?: SaveQueue;
  queueBudgetMs?: number;
}

/** The function Connect invokes: any event in, the flow's STRING_MAP out; it never throws. */
export type VanityLookupHandler = (event: unknown) => Promise<VanityFlowResult>;

function logSave(logger: Logger, contactId: string, attempt: SaveAttempt, late = false): void {
  const fields = { contactId, saveMs: attempt.ms, late };
  if (attempt.kind === 'saved') {
    logger.info(attempt.result === 'created' ? 'call saved' : 'call already saved by an earlier attempt', fields);
  } else if (attempt.kind === 'failed') {
    logger.error('call not saved: the data store failed', { ...fields, error: redactPhoneNumbers(attempt.error) });
  } else {
    logger.error('call not saved in time: answered the caller without waiting', fields);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/**
 * Hands a call that was not saved to the queue before the caller is answered, so nothing is lost when
 * the data store is down or hung; the drain function saves it later, idempotently by contact id.
 */
async function queueUnsaved(deps: HandlerDeps, record: VanityCallRecord, attempt: SaveAttempt): Promise<void> {
  if (attempt.kind === 'saved') return;
  const queue = deps.queue;
  if (queue === undefined) {
    deps.logger.error('call lost: not saved and no save queue is configured', { contactId: record.contactId });
    return;
  }
  const started = performance.now();
  const budget = deps.queueBudgetMs ?? DEFAULT_QUEUE_BUDGET_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the queue did not answer within ${budget} ms`)), budget);
    });
    await Promise.race([queue.send(toQueueMessage(record, attempt.kind, deps.now()), record.contactId), deadline]);
    deps.logger.warn('call queued for a later save', { contactId: record.contactId, reason: attempt.kind, queueMs: Math.round(performance.now() - started) });
  } catch (error) {
    // Nothing durable holds the call now: the alarm on this line is the operator's only trace of it.
    deps.logger.error('call lost: not saved and not queued', { contactId: record.contactId, error: redactPhoneNumbers(describe(error)) });
  } finally {
    clearTimeout(timer);
  }
}

const redact = (text: string | undefined) => (text === undefined ? undefined : redactPhoneNumbers(text));

/** Builds the handler from its dependencies. */
export function createHandler(deps: HandlerDeps): VanityLookupHandler {
  const budget = deps.saveBudgetMs ?? DEFAULT_SAVE_BUDGET_MS;
  return async (event) => {
    const started = performance.now();
    const lookup = lookupCall(event, { generate: deps.generate, now: deps.now(), retentionDays: deps.retentionDays });
    const caller = maskPhoneNumber(lookup.callerNumber);
    const record = lookup.record;
    if (record === undefined) {
      deps.logger.error('call not recorded: the event has no usable contact id', { caller, problem: redact(lookup.problem) });
    } else {
      const attempt = await saveWithinBudget(deps.writer, record, budget, (late) => logSave(deps.logger, record.contactId, late, true));
      logSave(deps.logger, record.contactId, attempt);
      await queueUnsaved(deps, record, attempt);
    }
    deps.logger.info('vanity lookup answered', {
      contactId: lookup.contactId,
      caller,
      status: lookup.result.status,
      outcome: lookup.outcome,
      count: Number(lookup.result.count),
      language: lookup.result.language,
      problem: redact(lookup.problem),
      durationMs: Math.round(performance.now() - started),
    });
    return lookup.result;
  };
}
