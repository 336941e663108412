import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { vanityFlowName } from '../../../../amplify/custom/vanity-connect/flow-name';

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 8);

describe('vanityFlowName', () => {
  it.each([
    [{ namespace: 'foundry', name: 'alice' }, 'vanity-foundry-alice'],
    [{ namespace: 'd1a2b3c4d5e6f7', name: 'main' }, 'vanity-d1a2b3c4d5e6f7-main'],
    [{ namespace: 'd1a2b3c4d5e6f7', name: 'feature-a' }, 'vanity-d1a2b3c4d5e6f7-feature-a'],
    [{ namespace: 'd1a2b3c4d5e6f7', name: 'feature/a' }, `vanity-d1a2b3c4d5e6f7-feature-a-${hashOf('vanity-d1a2b3c4d5e6f7-feature/a')}`],
    [{ namespace: 'd1a2b3c4d5e6f7', name: 'feature/new flow' }, `vanity-d1a2b3c4d5e6f7-feature-new-flow-${hashOf('vanity-d1a2b3c4d5e6f7-feature/new flow')}`],
  ])('%o -> %s', (identity, name) => {
    expect(vanityFlowName(identity)).toBe(name);
  });

  it.each([
    [['main', 'dev', 'alice', 'bob']],
    [['feature/a', 'feature-a', 'feature_a', 'feature.a', 'feature a']],
    [['release/1.0', 'release-1-0', 'release/1-0', 'release-1.0']],
  ])('gives every branch and sandbox of one app its own name: %j', (branches) => {
    const names = branches.map((name) => vanityFlowName({ namespace: 'app', name }));
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });

  it('keeps long names short and still distinct', () => {
    const long = 'feature-'.repeat(12);
    const first = vanityFlowName({ namespace: 'app', name: `${long}one` });
    const second = vanityFlowName({ namespace: 'app', name: `${long}two` });
    expect(first.length).toBeLessThanOrEqual(64);
    expect(first).not.toBe(second);
    expect(first.startsWith('vanity-app-feature-')).toBe(true);
  });

  it('leaves a 64-character safe name as it is', () => {
    const name = 'b'.repeat(64 - 'vanity-app-'.length);
    expect(vanityFlowName({ namespace: 'app', name })).toBe(`vanity-app-${name}`);
  });
});
