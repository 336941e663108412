/** The function's own settings, read from its environment (set by amplify/backend.ts at synth). */
export interface RuntimeConfig {
  retentionDays: number;
}

/** Reads and checks the function's settings; the variable is validated at synth, so a bad value is a deploy bug. */
export function readRuntimeConfig(env: Record<string, unknown>): RuntimeConfig {
  const raw = env.CALL_RETENTION_DAYS;
  const retentionDays = typeof raw === 'string' && /^[1-9]\d{0,4}$/.test(raw) ? Number(raw) : Number.NaN;
  if (Number.isNaN(retentionDays)) {
    throw new Error(`CALL_RETENTION_DAYS must be a whole number of days (1-99999), got ${JSON.stringify(raw)}`);
  }
  return { retentionDays };
}
