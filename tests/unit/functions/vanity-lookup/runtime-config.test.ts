import { describe, expect, it } from 'vitest';
import { readRuntimeConfig } from '../../../../amplify/functions/vanity-lookup/runtime-config';

describe('readRuntimeConfig', () => {
  it('reads the retention period', () => {
    expect(readRuntimeConfig({ CALL_RETENTION_DAYS: '30' })).toEqual({ retentionDays: 30 });
  });

  it.each([undefined, '', '0', '-1', 'x', '1.5'])('rejects %j', (raw) => {
    expect(() => readRuntimeConfig({ CALL_RETENTION_DAYS: raw })).toThrow(/CALL_RETENTION_DAYS/);
  });
});
