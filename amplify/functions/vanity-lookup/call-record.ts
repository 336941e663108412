/** The outcome stored with each call; mirrors the CallOutcome enum in amplify/data/resource.ts. */
export type CallOutcome = 'OK' | 'NO_WORDS' | 'NO_USABLE_NUMBER' | 'ERROR';

/** One VanityCall row as the function writes it. */
export interface VanityCallRecord {
  contactId: string;
  /** E.164 when the number parsed; otherwise what Connect sent, or "anonymous". */
  callerNumber: string;
  country?: string;
  /** Ranked best first, at most RECORDED_MAX. */
  vanityNumbers: string[];
  /** The flow spoke vanityNumbers[0 .. spokenCount - 1]. */
  spokenCount: number;
  /** The language the call was answered in (ISO 639-1), as the flow chose its prompts. */
  language: string;
  outcome: CallOutcome;
  kind: 'CALL';
  /** ISO 8601. */
  createdAt: string;
  /** Epoch seconds, read by DynamoDB TTL. */
  expiresAt: number;
}

/** created: a new row. already-recorded: a retried invocation for a contact that is already saved. */
export type SaveResult = 'created' | 'already-recorded';

/** The port the handler saves calls through; the Amplify data client implements it, tests fake it. */
export interface CallWriter {
  save(record: VanityCallRecord): Promise<SaveResult>;
}
