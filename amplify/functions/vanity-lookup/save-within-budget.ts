import type { CallWriter, SaveResult, VanityCallRecord } from './call-record';
import { describeError } from './logger';
import { saveCall } from './save-call';

/** How one save attempt ended, with how long it took. */
export type SaveAttempt =
  | { kind: 'saved'; result: SaveResult; ms: number }
  | { kind: 'failed'; error: string; ms: number }
  | { kind: 'timed-out'; ms: number };

/**
 * Saves the record but waits at most `budgetMs`, so a slow or failing data store never costs the
 * caller their vanity numbers. A save still running at the deadline is reported to `onLate` if it
 * settles later (Lambda may freeze the environment first; then it is lost and was already logged).
 */
export async function saveWithinBudget(
  writer: CallWriter,
  record: VanityCallRecord,
  budgetMs: number,
  onLate: (attempt: SaveAttempt) => void = () => undefined,
): Promise<SaveAttempt> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timedOut = false;
  const saving: Promise<SaveAttempt> = Promise.resolve()
    .then(() => saveCall(writer, record))
    .then(
    (result): SaveAttempt => ({ kind: 'saved', result, ms: elapsed() }),
    (error: unknown): SaveAttempt => ({ kind: 'failed', error: describeError(error), ms: elapsed() }),
  );
  const deadline = new Promise<SaveAttempt>((resolve) => {
    timer = setTimeout(() => {
      timedOut = true;
      resolve({ kind: 'timed-out', ms: elapsed() });
    }, budgetMs);
  });
  const attempt = await Promise.race([saving, deadline]);
  clearTimeout(timer);
  if (timedOut) void saving.then(onLate);
  return attempt;
}
