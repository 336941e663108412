import { describe, expect, it } from 'vitest';
import { boundText, createJsonLogger, describeError, LOG_FIELD_MAX_CHARS } from '../../../../amplify/functions/vanity-lookup/logger';

class DataStoreDown {
  readonly code = 503;
}

describe('describeError', () => {
  const cyclic: Record<string, unknown> = { errorType: 'Loop' };
  cyclic.self = cyclic;
  it.each([
    ['an Error', new TypeError('index not loaded'), 'TypeError: index not loaded'],
    ['a string', 'socket hang up', 'socket hang up'],
    ['a plain object', { errors: [{ errorType: 'DynamoDB:ValidationException' }] }, 'Object (not an Error): {"errors":[{"errorType":"DynamoDB:ValidationException"}]}'],
    ['a class instance', new DataStoreDown(), 'DataStoreDown (not an Error): {"code":503}'],
    ['an empty object', {}, 'Object (not an Error) with no message'],
    ['a null-prototype object', Object.assign(Object.create(null) as object, { a: 1 }), 'Object (not an Error): {"a":1}'],
    ['a cycle', cyclic, 'Object (not an Error) with no message'],
    ['undefined', undefined, 'undefined (not an Error)'],
    ['a number', 42, '42 (not an Error)'],
  ])('%s', (_, error, expected) => {
    expect(describeError(error)).toBe(expected);
    expect(describeError(error)).not.toContain('[object Object]');
  });
});

describe('createJsonLogger', () => {
  it('bounds every string so a 200 KB input cannot make a line CloudWatch would cut', () => {
    const lines: string[] = [];
    const logger = createJsonLogger((line) => lines.push(line));
    const huge = 'x'.repeat(200_000);
    logger.error(huge, { contactId: huge, count: 3, late: false, absent: undefined });
    expect(lines).toHaveLength(1);
    const line = lines[0] ?? '';
    expect(line.length).toBeLessThan(3 * LOG_FIELD_MAX_CHARS);
    const parsed = JSON.parse(line) as Record<string, unknown>;
    expect(parsed).toMatchObject({ level: 'ERROR', count: 3, late: false, contactId: `${'x'.repeat(LOG_FIELD_MAX_CHARS)}… (200000 chars)` });
  });

  it.each([
    ['short text', 'abc', 10, 'abc'],
    ['exactly the limit', 'abcde', 5, 'abcde'],
    ['over the limit', 'abcdef', 5, 'abcde… (6 chars)'],
  ])('boundText: %s', (_, text, max, expected) => {
    expect(boundText(text, max)).toBe(expected);
  });
});
