/** The environment variables that name the tables the tally writes (set by amplify/data/tally-access.ts). */
export const TALLY_TABLE_ENV = {
  calls: 'CALL_TABLE_NAME',
  counts: 'CALL_COUNT_TABLE_NAME',
  words: 'CALL_WORD_TABLE_NAME',
} as const;

/** The three tables, by role. */
export interface TallyTables {
  calls: string;
  counts: string;
  words: string;
}

/** Reads the table names; a missing one is a deploy bug, and fails each save with this message. */
export function readTallyTables(env: Record<string, unknown>): TallyTables {
  const read = (key: string): string => {
    const value = env[key];
    if (typeof value !== 'string' || value === '') throw new Error(`${key} must name a DynamoDB table, got ${JSON.stringify(value)}`);
    return value;
  };
  return { calls: read(TALLY_TABLE_ENV.calls), counts: read(TALLY_TABLE_ENV.counts), words: read(TALLY_TABLE_ENV.words) };
}
