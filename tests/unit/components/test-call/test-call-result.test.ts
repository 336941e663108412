import { describe, expect, it } from 'vitest';
import { parseTestCallResult } from '@/components/test-call/test-call-result';

describe('parseTestCallResult', () => {
  it('keeps the contact id and the transcript', () => {
    expect(parseTestCallResult({ contactId: 'c-1', transcript: ['Hello', 'Goodbye'], record: {} })).toEqual({
      contactId: 'c-1',
      transcript: ['Hello', 'Goodbye'],
    });
  });

  it.each([
    [null, /no call/],
    [{ transcript: [] }, /contact id/],
    [{ contactId: 'c-1' }, /transcript/],
    [{ contactId: 'c-1', transcript: ['ok', 3] }, /transcript/],
  ])('rejects %j', (body, message) => {
    expect(() => parseTestCallResult(body)).toThrow(message);
  });
});
