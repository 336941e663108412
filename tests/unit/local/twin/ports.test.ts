import { describe, expect, it } from 'vitest';
import { DEFAULT_PORTS, portsFromEnv } from '../../../../local/twin/ports';

describe('portsFromEnv', () => {
  it.each([
    [{}, DEFAULT_PORTS],
    [{ FOUNDRY_APPSYNC_PORT: '30002', FOUNDRY_DASHBOARD_PORT: '' }, { ...DEFAULT_PORTS, appsync: 30002 }],
    [{ FOUNDRY_CONNECT_PORT: '0' }, { ...DEFAULT_PORTS, connect: 0 }],
  ])('%j', (env, expected) => {
    expect(portsFromEnv(env)).toEqual(expected);
  });

  it.each([['http'], ['-1'], ['70000'], ['1.5']])('rejects FOUNDRY_STORE_PORT=%j, naming the variable', (value) => {
    expect(() => portsFromEnv({ FOUNDRY_STORE_PORT: value })).toThrow('FOUNDRY_STORE_PORT');
  });
});
