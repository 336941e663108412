import { describe, expect, it } from 'vitest';
import { generateVanityNumbers } from '../../../amplify/engine';
import { englishBlockedTerms } from '../../../amplify/engine/english-blocked-words';
import { ROMANIZED_RUSSIAN } from '../../../amplify/engine/english-blocked.generated';
import { romanizations } from '../../../local/cli/romanized-russian';

describe('stop 25: Russian swearing in Latin letters (naughty-words ru, russian-bad-words)', () => {
  it('romanizes a Cyrillic entry each way callers write it, and keeps a Latin one as written', () => {
    expect(romanizations('ебло')).toEqual(['eblo']);
    expect(romanizations('хуй')).toEqual(expect.arrayContaining(['khuy', 'huy', 'huj', 'hui']));
    expect(romanizations('блять')).toEqual(expect.arrayContaining(['blyat', 'bljat']));
    expect(romanizations('zaebis')).toEqual(['zaebis']);
    // A letter of no scheme (Greek, Chinese) drops the entry rather than spell half of it.
    expect(romanizations('ебλо')).toEqual([]);
  });

  it('blocks the romanized entries, whole and across a split, less the everyday words of the languages the engine spells', () => {
    const blocked = englishBlockedTerms();
    for (const term of ['eblo', 'ebalo', 'blyat', 'bljad', 'zhopa', 'nahuy', 'khuy', 'govno']) expect(blocked.has(term), term).toBe(true);
    const romanized = new Set(ROMANIZED_RUSSIAN.split(' '));
    // Spanish MANDA and HUEVO, Norwegian MENT and Danish SEKS (six) are everyday words there; Finnish SUKU is a family.
    for (const word of ['manda', 'huevo', 'ment', 'seks', 'suku']) expect(romanized.has(word), word).toBe(false);
    // No English inflection: a Russian word takes Russian endings, which the lists write out.
    expect(blocked.has('eblos')).toBe(false);
  });

  it('no longer offers LIFE-BLO, which holds EBLO across the break (held-out bad-words-next ru_lat found it)', () => {
    expect(generateVanityNumbers('+18005433256').vanityNumbers.filter((text) => text.replace(/[^A-Z]/g, '').includes('EBLO'))).toEqual([]);
  });
});
