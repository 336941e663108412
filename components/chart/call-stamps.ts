/** When a call started, with its contact id: two calls can start in the same millisecond. */
export interface CallStamp {
  contactId: string;
  createdAt: string;
}

/** Counts a call once: a call already known by its contact id (read and also received live) is not added again. */
export function addCallStamp(stamps: readonly CallStamp[], stamp: CallStamp): readonly CallStamp[] {
  return stamps.some((known) => known.contactId === stamp.contactId) ? stamps : [...stamps, stamp];
}
