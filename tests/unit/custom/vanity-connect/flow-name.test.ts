import { describe, expect, it } from 'vitest';
import { vanityFlowName } from '../../../../amplify/custom/vanity-connect/flow-name';
import { parseInstanceArn } from '../../../../amplify/custom/vanity-connect/instance-arn';

describe('vanityFlowName', () => {
  it.each([
    [{ namespace: 'foundry', name: 'alice' }, 'vanity-foundry-alice'],
    [{ namespace: 'd1a2b3c4d5e6f7', name: 'main' }, 'vanity-d1a2b3c4d5e6f7-main'],
    [{ namespace: 'd1a2b3c4d5e6f7', name: 'feature/new flow' }, 'vanity-d1a2b3c4d5e6f7-feature-new-flow'],
  ])('%o -> %s', (identity, name) => {
    expect(vanityFlowName(identity)).toBe(name);
  });

  it('gives every branch and sandbox of one app its own name', () => {
    const names = ['main', 'dev', 'alice', 'bob'].map((name) => vanityFlowName({ namespace: 'app', name }));
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps long names short and still distinct', () => {
    const long = 'feature-'.repeat(12);
    const first = vanityFlowName({ namespace: 'app', name: `${long}one` });
    const second = vanityFlowName({ namespace: 'app', name: `${long}two` });
    expect(first.length).toBeLessThanOrEqual(64);
    expect(first).not.toBe(second);
    expect(first.startsWith('vanity-app-feature-')).toBe(true);
  });
});

describe('parseInstanceArn', () => {
  it.each([
    ['arn:aws:connect:us-east-1:123456789012:instance/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', { partition: 'aws', region: 'us-east-1', account: '123456789012' }],
    ['arn:aws-us-gov:connect:us-gov-west-1:123456789012:instance/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', { partition: 'aws-us-gov', region: 'us-gov-west-1' }],
  ])('reads %s', (arn, parts) => {
    expect(parseInstanceArn(arn)).toMatchObject({ arn, id: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', ...parts });
  });

  it.each([
    'arn:aws:connect:us-east-1:123456789012:instance/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d/contact-flow/x',
    'arn:aws:connect:us-east-1:123456789012:instance/not-a-uuid',
    'arn:aws:connect::123456789012:instance/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    ' arn:aws:connect:us-east-1:123456789012:instance/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    '',
  ])('rejects %j', (arn) => {
    expect(parseInstanceArn(arn)).toBeUndefined();
  });
});
