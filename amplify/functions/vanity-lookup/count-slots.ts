/**
 * How finely the server counts calls, all in UTC. QUARTER rows exist so a day in a zone offset by a
 * half or a quarter hour (Asia/Kolkata, Australia/Adelaide, Asia/Kathmandu) is counted exactly: its
 * midnight falls inside a UTC hour, never inside a UTC quarter hour.
 */
export type CountGranularity = 'HOUR' | 'DAY' | 'QUARTER';

export const COUNT_GRANULARITIES: readonly CountGranularity[] = ['HOUR', 'DAY', 'QUARTER'];

const HOUR_MS = 3_600_000;

/** Each granularity's slot length in milliseconds. */
export const SLOT_MS: Readonly<Record<CountGranularity, number>> = { QUARTER: HOUR_MS / 4, HOUR: HOUR_MS, DAY: 24 * HOUR_MS };

/** The UTC start of the quarter hour, hour or day an instant falls in, as the CallCount row's `slot` (ISO 8601). */
export function countSlot(at: string | Date, granularity: CountGranularity): string {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (Number.isNaN(ms)) throw new Error(`not a time: ${String(at)}`);
  const size = SLOT_MS[granularity];
  return new Date(Math.floor(ms / size) * size).toISOString();
}
