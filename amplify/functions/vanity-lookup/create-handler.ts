import type { CallWriter } from './call-record';
import type { VanityFlowResult } from './contract';
import type { Logger } from './logger';
import { lookupCall, type GenerateVanityNumbers } from './lookup-call';
import { maskPhoneNumber, redactPhoneNumbers } from './mask-phone-number';
import { saveWithinBudget, type SaveAttempt } from './save-within-budget';

/**
 * Connect waits at most 8 s for the function
 * (https://docs.aws.amazon.com/connect/latest/adminguide/invoke-lambda-function-block.html);
 * the save gets a slice of that so the numbers are returned even when the data store hangs.
 */
export const DEFAULT_SAVE_BUDGET_MS = 2_500;

/** Everything the handler talks to, injected so the Lambda, the local twin and tests share one handler. */
export interface HandlerDeps {
  generate: GenerateVanityNumbers;
  writer: CallWriter;
  logger: Logger;
  now: () => Date;
  retentionDays: number;
  saveBudgetMs?: number;
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
