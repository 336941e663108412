import { describe, expect, it } from 'vitest';
import { generateVanityNumbers } from '../../../amplify/engine';
import { TWO_LETTER_INITIALISMS } from '../../../amplify/engine/two-letter-initialisms.generated';
import { digitsOf, lettersOf, rank } from './made-up-lines';

describe('the two-letter initialisms the build trusts (see local/cli/two-letter-initialisms.ts)', () => {
  it('holds well-known companies and bodies, and no word, state code or title', () => {
    expect(Object.keys(TWO_LETTER_INITIALISMS)).toEqual(expect.arrayContaining(['HP', 'LG', 'BP', 'UN']));
    for (const heard of ['US', 'AD', 'MS', 'CT', 'PA', 'IQ', 'TV', 'OK']) expect(TWO_LETTER_INITIALISMS).not.toHaveProperty(heard);
  });
});

describe("stop 25's kinds on a business's line (see initialism-lines.ts, line-phrases.ts, web-address.ts)", () => {
  it.each([
    // A two-letter initialism before the word its line is for, whole or cut by the number's end.
    ['+1800', 'HP-CARES', 'a two-letter initialism and CARES, above 4-SCARES', 1],
    ['+1888', 'LG-CARES', 'the same', 1],
    ['+1800', 'LG-HELPS', 'the same with HELPS', 1],
    ['+1888', 'HP-PARTS', 'the same with PARTS', 1],
    ['+1866', 'HP-WORKS', 'the same with WORKS, a body saying it does its job (stop 26)', 1],
    ['+1877', 'GE-SUPPO(RT)', 'SUPPORT cut by the number', 1],
    ['+64800', 'UN-INFO', 'a line noun on a six-digit line abroad', 1],
    // A name before 911.
    ['+1888', 'AUDI-911', 'a notable brand before 911: an answer, no longer a name line', 1],
    ['+1866', 'FEMA-911', "an organisation's initialism before 911", 1],
    // U, a verb of speaking and a body's initialism.
    ['+1800', 'U-ASK-IRS', 'U, ASK and an initialism', 1],
    // 4, MY and a notable brand, whole or cut.
    ['+1888', '4-MY-SONY', '4-MY and a notable brand', 1],
    ['+1800', '4-MY-KODA(K)', 'a notable brand cut by the number', 1],
  ])('%s-%s: %s, rank %i', (prefix, vanity, _kind, expected) => {
    expect(rank(`${prefix}${digitsOf(vanity)}`, lettersOf(vanity))).toBe(expected);
  });

  it.each([
    ['HP-CARES', 'a two-letter initialism is a business line phrase'],
    ['AUDI-911', 'a name before 911 neither'],
    ['U-ASK-IRS', 'nor U, a verb and a body'],
    ['4-MY-SONY', 'nor 4-MY and a brand'],
  ])("+1-212-%s: not offered on a person's own number (%s)", (vanity) => {
    expect(rank(`+1212${digitsOf(vanity)}`, lettersOf(vanity))).toBe(0);
  });

  it.each([
    ['HP-CAMPS', 'a two-letter initialism before a word its line is not for'],
    ['U-ASK-HIM', 'U and ASK before a pronoun: a phrase, but no body'],
    ['I-ASK-CDC', 'I (not U) and ASK before a body: it tells the caller nothing to do'],
    ['DELL-911', 'an everyday word (a dell) before 911'],
  ])('1-800-%s: not offered (%s)', (vanity) => {
    expect(rank(`+1800${digitsOf(vanity)}`, lettersOf(vanity))).toBe(0);
  });

  it("writes a name line's exchange 999 as the web's WWW before the name, on a North American line only", () => {
    expect(generateVanityNumbers(`+1800${digitsOf('WWW-IKEA')}`).vanityNumbers).toContain('1-800-WWW-IKEA');
    const words = generateVanityNumbers(`+1800${digitsOf('WWW-CARS')}`).vanityNumbers;
    expect(words).toContain('1-800-999-CARS');
    expect(words.some((text) => text.includes('WWW-CARS'))).toBe(false);
  });
});
