import { describe, expect, it } from 'vitest';
import { parseTestCallResult } from '@/components/test-call/test-call-result';

describe('parseTestCallResult', () => {
  it('keeps the contact id and the transcript', () => {
    expect(parseTestCallResult({ contactId: 'c-1', transcript: ['Hello', 'Goodbye'], record: {} })).toEqual({
      contactId: 'c-1',
      transcript: ['Hello', 'Goodbye'],
      language: 'en-US',
    });
  });

  it.each([
    [[{ voice: 'Vicki', engine: 'neural', language: 'de-DE' }, { voice: 'Vicki', engine: 'standard', language: 'de-DE' }], 'de-DE'],
    [[{ voice: 'Camila', engine: 'neural', language: 'pt-BR' }], 'pt-BR'],
    [[], 'en-US'],
    [[{ voice: 'x', language: '<script>' }], 'en-US'],
    ['not a list', 'en-US'],
  ])('speaks in the language of the first voice the flow set: %j -> %s', (voices, language) => {
    expect(parseTestCallResult({ contactId: 'c-1', transcript: [], voices }).language).toBe(language);
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
