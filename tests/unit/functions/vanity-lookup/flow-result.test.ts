import { describe, expect, it } from 'vitest';
import { toFlowResult } from '../../../../amplify/functions/vanity-lookup/flow-result';
import { RESULT_KEYS } from '../../../../amplify/functions/vanity-lookup/contract';

describe('toFlowResult', () => {
  it('fills every key, leaves unused slots empty and counts the filled ones', () => {
    const result = toFlowResult('OK', [{ text: 'A', digits: '1', words: 'a', spelled: 'A' }]);
    expect(Object.keys(result)).toEqual([...RESULT_KEYS]);
    expect(result).toMatchObject({ status: 'OK', count: '1', vanity1: 'A', vanity2: '', vanity3Spelled: '' });
  });

  it('never speaks more than three', () => {
    const four = ['A', 'B', 'C', 'D'].map((text) => ({ text, digits: '1', words: text, spelled: text }));
    expect(toFlowResult('OK', four)).toMatchObject({ count: '3', vanity3: 'C' });
  });
});
