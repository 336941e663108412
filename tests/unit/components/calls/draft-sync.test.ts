import { describe, expect, it } from 'vitest';
import { syncDraft } from '@/components/calls/draft-sync';

describe('syncDraft', () => {
  it.each([
    ['own navigation lands: the draft stays', ['?word=ab'], '?word=ab', false, false, []],
    ['an earlier own navigation lands while a later one is awaited', ['?word=ab', '?word=abc'], '?word=ab', false, false, ['?word=abc']],
    ['a later one lands first: the earlier is dropped', ['?word=ab', '?word=abc'], '?word=abc', false, false, []],
    ['own navigation lands while the user types on', ['?word=ab'], '?word=ab', true, false, []],
    ['change from outside (back button): the URL wins', [], '?caller=356', false, true, []],
    ['change from outside while own ones are awaited: the URL wins', ['?word=ab'], '?caller=356', false, true, []],
    ['change from outside while the user types: their edit wins', ['?word=ab'], '?caller=356', true, false, ['?word=ab']],
  ])('%s', (_name, awaited, incoming, editing, adopt, stillAwaited) => {
    expect(syncDraft(awaited, incoming, editing)).toEqual({ adopt, awaited: stillAwaited });
  });
});
