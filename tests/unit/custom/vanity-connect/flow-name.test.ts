import { describe, expect, it } from 'vitest';
import { vanityFlowName } from '../../../../amplify/custom/vanity-connect/flow-name';

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
