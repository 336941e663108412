import { describe, expect, it } from 'vitest';
import { ConfigError, ownsPhoneNumber, phoneNumberForBackend, readBackendConfig } from '../../amplify/config';
import { synthesizeBackend } from '../../local/synth/synthesize-backend';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ARN = 'arn:aws:connect:us-east-1:123456789012:instance/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const PHONE = '11111111-2222-4333-8444-555555555555';

describe('readBackendConfig', () => {
  it.each([
    ['nothing set', {}, { retentionDays: 90 }],
    ['blank values count as unset', { CONNECT_INSTANCE_ARN: '  ', CALL_RETENTION_DAYS: '' }, { retentionDays: 90 }],
    ['a retention period', { CALL_RETENTION_DAYS: '7' }, { retentionDays: 7 }],
    ['no function source map by default', {}, { functionBundle: { sourceMap: false } }],
    ['a function source map turned on', { FUNCTION_SOURCE_MAP: 'true' }, { functionBundle: { sourceMap: true } }],
    ['a function source map turned off in capitals', { FUNCTION_SOURCE_MAP: 'OFF' }, { functionBundle: { sourceMap: false } }],
    [
      'an instance',
      { CONNECT_INSTANCE_ARN: ARN },
      { retentionDays: 90, connect: { instance: { arn: ARN, partition: 'aws', region: 'us-east-1', account: '123456789012', id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' } } },
    ],
    [
      'a phone number owned by main by default',
      { CONNECT_INSTANCE_ARN: ARN, CONNECT_PHONE_NUMBER_ID: PHONE },
      { connect: { phoneNumber: { id: PHONE, owner: 'main' } } },
    ],
    [
      'a phone number owned by another branch',
      { CONNECT_INSTANCE_ARN: ARN, CONNECT_PHONE_NUMBER_ID: PHONE, CONNECT_PHONE_NUMBER_BRANCH: 'prod' },
      { connect: { phoneNumber: { id: PHONE, owner: 'prod' } } },
    ],
    [
      'an Amplify Hosting build, whose job id the number\'s link carries',
      { CONNECT_INSTANCE_ARN: ARN, CONNECT_PHONE_NUMBER_ID: PHONE, AWS_JOB_ID: '0000000042' },
      { connect: { phoneNumber: { id: PHONE, owner: 'main', buildJobId: '0000000042' } } },
    ],
  ])('%s', (_, env, expected) => {
    expect(readBackendConfig(env)).toMatchObject(expected);
  });

  it.each([
    ['an ARN of another service', { CONNECT_INSTANCE_ARN: 'arn:aws:lambda:us-east-1:123456789012:function:x' }, /CONNECT_INSTANCE_ARN must look like arn:aws:connect:<region>:<account>:instance\/<uuid>/],
    ['an instance id instead of an ARN', { CONNECT_INSTANCE_ARN: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' }, /CONNECT_INSTANCE_ARN/],
    ['a short account', { CONNECT_INSTANCE_ARN: ARN.replace('123456789012', '12345') }, /CONNECT_INSTANCE_ARN/],
    ['a phone number without an instance', { CONNECT_PHONE_NUMBER_ID: PHONE }, /CONNECT_PHONE_NUMBER_ID is set but CONNECT_INSTANCE_ARN is not/],
    ['a phone number that is not an id', { CONNECT_INSTANCE_ARN: ARN, CONNECT_PHONE_NUMBER_ID: '+18005550199' }, /CONNECT_PHONE_NUMBER_ID must be the phone number's id/],
    ['a retention of zero', { CALL_RETENTION_DAYS: '0' }, /CALL_RETENTION_DAYS must be a whole number of days from 1 to 3650/],
    ['a retention in words', { CALL_RETENTION_DAYS: 'ninety' }, /CALL_RETENTION_DAYS/],
    ['a fractional retention', { CALL_RETENTION_DAYS: '1.5' }, /CALL_RETENTION_DAYS/],
    ['a source map setting that is not a switch', { FUNCTION_SOURCE_MAP: 'yes please' }, /FUNCTION_SOURCE_MAP must be true or false/],
    ['a build job id with spaces', { CONNECT_INSTANCE_ARN: ARN, CONNECT_PHONE_NUMBER_ID: PHONE, AWS_JOB_ID: 'job 42' }, /AWS_JOB_ID .* must be a job id/],
  ])('rejects %s with a message naming the variable', (_, env, message) => {
    expect(() => readBackendConfig(env)).toThrow(ConfigError);
    expect(() => readBackendConfig(env)).toThrow(message);
  });
});

describe('phone number ownership', () => {
  it.each([
    ['main', { type: 'branch', name: 'main' }, true],
    ['main', { type: 'branch', name: 'feature-x' }, false],
    ['main', { type: 'sandbox', name: 'main' }, false],
    ['sandbox:alice', { type: 'sandbox', name: 'alice' }, true],
    ['sandbox:alice', { type: 'sandbox', name: 'bob' }, false],
    ['sandbox:alice', { type: 'branch', name: 'alice' }, false],
  ] as const)('owner %s, backend %o: %s', (owner, identity, owns) => {
    expect(ownsPhoneNumber(owner, identity)).toBe(owns);
  });

  it('tells a backend that does not own the number who does', () => {
    const connect = readBackendConfig({ CONNECT_INSTANCE_ARN: ARN, CONNECT_PHONE_NUMBER_ID: PHONE }).connect;
    if (connect === undefined) throw new Error('expected a Connect config');
    expect(phoneNumberForBackend(connect, { type: 'branch', name: 'main' })).toEqual({ phoneNumberId: PHONE });
    expect(phoneNumberForBackend(connect, { type: 'sandbox', name: 'alice' }).notice).toMatch(/owned by "main"/);
  });
});

describe('npm run synth', () => {
  it('fails with the variable and its expected form when the ARN is wrong', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'vanity-synth-'));
    await expect(synthesizeBackend({ outDir, env: { CONNECT_INSTANCE_ARN: 'not-an-arn' } })).rejects.toThrow(
      /CONNECT_INSTANCE_ARN must look like arn:aws:connect:<region>:<account>:instance\/<uuid>; got "not-an-arn"/,
    );
  });
});

describe('.env.example', () => {
  // What a shell gets from `set -a; . ./.env.example`: a placeholder that parsed as a real ARN would
  // deploy against an instance that does not exist.
  const sourced = (): Record<string, string> => {
    const output = execFileSync('env', ['-i', 'sh', '-c', 'set -a; . ./.env.example; env -0'], { cwd: ROOT, encoding: 'utf8' });
    return Object.fromEntries(output.split('\0').filter(Boolean).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
  };

  it('sets none of the backend settings when sourced as it is', () => {
    const env = sourced();
    for (const name of ['CONNECT_INSTANCE_ARN', 'CONNECT_PHONE_NUMBER_ID', 'CONNECT_PHONE_NUMBER_BRANCH', 'CALL_RETENTION_DAYS', 'FUNCTION_SOURCE_MAP']) {
      expect(env[name], name).toBeUndefined();
    }
    expect(readBackendConfig(env)).toEqual({ retentionDays: 90, functionBundle: { sourceMap: false } });
  });

  it('documents every setting the backend reads', () => {
    const text = readFileSync(path.join(ROOT, '.env.example'), 'utf8');
    const config = readFileSync(path.join(ROOT, 'amplify/config.ts'), 'utf8');
    const read = [...config.matchAll(/setting\(env, '([A-Z_]+)'\)/g)].map((match) => match[1]);
    expect(read.length).toBeGreaterThan(0);
    for (const name of read) expect(text).toContain(`# ${name}=`);
  });
});
