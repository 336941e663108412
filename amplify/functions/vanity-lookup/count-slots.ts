/** How finely the server counts calls; both are UTC. */
export type CountGranularity = 'HOUR' | 'DAY';

export const COUNT_GRANULARITIES: readonly CountGranularity[] = ['HOUR', 'DAY'];

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The UTC start of the hour or day an instant falls in, as the CallCount row's `slot` (ISO 8601). */
export function countSlot(at: string | Date, granularity: CountGranularity): string {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (Number.isNaN(ms)) throw new Error(`not a time: ${String(at)}`);
  const size = granularity === 'HOUR' ? HOUR_MS : DAY_MS;
  return new Date(Math.floor(ms / size) * size).toISOString();
}
