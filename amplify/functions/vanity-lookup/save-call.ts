import type { CallWriter, SaveResult, VanityCallRecord } from './call-record';

/**
 * Saves one call record. Every path that saves a call goes through here: the lookup function's own
 * save while the caller waits, and the drain function's replay of a call that was queued instead.
 * A step added to a save (such as a per-hour count) belongs here, so both paths run it.
 */
export function saveCall(writer: CallWriter, record: VanityCallRecord): Promise<SaveResult> {
  return writer.save(record);
}
