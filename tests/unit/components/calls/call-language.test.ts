import { describe, expect, it } from 'vitest';
import { languageName } from '@/components/calls/call-language';

describe('languageName', () => {
  it.each([
    ['en', 'English'],
    ['de', 'German'],
    ['no', 'Norwegian'],
    ['pt', 'Portuguese'],
    ['tr', 'Turkish'],
    ['not a code!', 'not a code!'],
  ])('%s -> %s', (code, name) => {
    expect(languageName(code)).toBe(name);
  });
});
