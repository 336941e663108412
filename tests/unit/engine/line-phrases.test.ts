import { describe, expect, it } from 'vitest';
import { generateVanityNumbers } from '../../../amplify/engine';
import { digitsOf, lettersOf, rank } from './made-up-lines';

describe('advertised phrase kinds on a toll-free line (see line-phrases.ts)', () => {
  it.each([
    // An organisation's initialism or a notable brand, then a line tail of digits read as words.
    ['CDC-4-YOU', 'an initialism before 4-YOU', 1],
    ['FBI-2-YOU', 'an initialism before 2-YOU', 1],
    ['NASA-2-GO', 'an initialism before 2-GO', 1],
    ['IRS-4-LES(S)', 'an initialism before 4-LESS, its last word cut by the number', 1],
    ['AARP-411', 'an initialism before 411: an answer, no longer a name line after the nouns (CARS-411)', 1],
    ['AARP-24-7', 'an initialism before 24-7', 2],
    // An everyday noun before a tail with a word (the KEY-2-YOU shape).
    ['KEY-2-YOU', 'an everyday noun before 2-YOU', 1],
    ['FOOD-2-GO', 'an everyday noun before 2-GO', 1],
    ['CAR-4-YOU', 'an everyday noun before 4-YOU', 1],
    ['KODAK-4-U', 'a notable brand before 4-U', 1],
    // A verb of SERVICE_VERBS, A and a service's noun, cut by the number's end.
    ['ASK-A-DOC', 'ASK-A and a known noun\'s stub (DOC(TOR))', 1],
    ['ASK-A-PRO', 'ASK-A and a whole noun', 1],
    ['RENT-A-VA(N)', 'RENT-A and a noun cut to two letters, heard whole', 1],
    ['RENT-A-CA(R)', 'the most said noun of a stub (CAR, not CAT)', 2],
    ['CALL-A-DO(C)', 'CALL-A and a noun cut short', 3],
    // 4 read as FOR or 2 as TO before a short phrase that closes on a service's noun.
    ['4-TAX-AID', '4 before an everyday noun and AID', 1],
    ['4-HUD-AID', '4 before an initialism and AID', 1],
    ['4-VET-AID', '4 before any everyday noun and a whole service noun', 1],
    ['4-TAX-HEL(P)', '4 before a noun and a line noun cut short', 1],
    ['4-IRS-AID', '4 before an initialism and AID, below a phrase of two everyday words (HIP-PAGE)', 2],
    ['2-GET-HEL(P)', '2 before a verb of SERVICE_VERBS and its object', 1],
  ])('1-800-%s: %s, rank %i', (vanity, _kind, expected) => {
    expect(rank(`+1800${digitsOf(vanity)}`, lettersOf(vanity))).toBe(expected);
  });

  it.each([
    ['CDC-4-YOU', 'a tail is a business line phrase, never a person number filler'],
    ['KEY-2-YOU', 'an everyday noun and a tail neither'],
    ['ASK-A-DOC', 'nor VERB-A-NOUN'],
    ['RENT-A-VA(N)', 'nor a noun cut to a stub'],
    ['4-TAX-AID', 'nor a digit read as a word'],
  ])("+1-212-%s: not offered on a person's own number (%s)", (vanity, _rule) => {
    expect(rank(`+1212${digitsOf(vanity)}`, lettersOf(vanity))).toBe(0);
  });

  it.each([
    ['PIZZA-4-U', 'U alone after an everyday noun (the noun and its digits, PIZZA-48, instead)'],
    ['4-TAX-AGE', '4 before a phrase that closes on no service noun reads as a digit kept'],
    ['4-TEA-APE', 'nor before two stray nouns'],
    ['4-LONE-DE(SK)', 'a service noun cut to two letters reads as a stub'],
    ['2-ART-TIP(S)', '2 (TO) before a noun phrase'],
    ['2-FLY-HEL(P)', '2 before a verb outside SERVICE_VERBS'],
    ['4-LIE-HEL(P)', '4 before a noun that opens no compounds and a stub'],
    ['4-LAP-DES(K)', '4 before a noun that opens no compounds and a stub'],
    ['BUY-A-SAY', 'A before a word first read as a verb (SAY) is no service'],
    ['MAKE-A-PA(Y)', 'A and a stub after a verb outside SERVICE_VERBS'],
  ])('1-800-%s: not offered (%s)', (vanity, _rule) => {
    expect(rank(`+1800${digitsOf(vanity)}`, lettersOf(vanity))).toBe(0);
  });
});

describe('a whole phrase of the same digits ranks above VERB-A and a stub', () => {
  it('1-800-GET-CASH first, GET-A-CRI(B) below it', () => {
    const list = generateVanityNumbers(`+1800${digitsOf('GET-CASH')}`).vanityNumbers;
    expect(list[0]).toBe('1-800-GET-CASH');
    expect(list.indexOf('1-800-GET-A-CRI')).toBeGreaterThan(0);
  });
});

describe('an advertised phrase that is also a name line is listed once', () => {
  it.each([['NASA-411'], ['AARP-411']])('1-800-%s', (vanity) => {
    const list = generateVanityNumbers(`+1800${digitsOf(vanity)}`).vanityNumbers;
    expect(list.filter((text) => text === `1-800-${vanity}`)).toHaveLength(1);
  });
});

describe("a business's line closing on the nation's name (see nationSpellings)", () => {
  it.each([
    ['FOOD-USA', 'an everyday noun that opens compounds, then USA', 1],
    ['KING-USA', 'the same', 1],
    ['GOLF-USA', 'the same', 1],
    ['LUNG-USA', 'a noun that opens no compounds: below the noun and its digits (see nounBeforeName)', 2],
    ['KIND-USA', 'a noun also read as an adjective: the same, below its keypad twin LINE-USA', 4],
    ['UTAH-USA', 'a place', 1],
    ['CDC-USA-1', 'an initialism and USA, one digit kept after: a name line, after the answers', 3],
    // Rank 3 since stop 24: the stray pair SAD-CURB above it is no longer offered (see carriesChargedPair).
    ['7-CDC-USA', 'an initialism and USA, one digit kept before: a name line', 3],
  ])('1-800-%s: %s, rank %i', (vanity, _kind, expected) => {
    expect(rank(`+1800${digitsOf(vanity)}`, lettersOf(vanity))).toBe(expected);
  });

  it.each([
    ['FOOD-USA', 'a nation line is a business line phrase'],
    ['UTAH-USA', 'a place before USA neither'],
  ])("+1-212-%s: not offered on a person's own number (%s)", (vanity, _rule) => {
    expect(rank(`+1212${digitsOf(vanity)}`, lettersOf(vanity))).toBe(0);
  });

  it.each([
    ['PET-USA-1', 'an everyday noun before USA and a kept digit reads as a stray digit'],
  ])('1-800-%s: not offered (%s)', (vanity, _rule) => {
    expect(rank(`+1800${digitsOf(vanity)}`, lettersOf(vanity))).toBe(0);
  });

  it("a line abroad closes on no North American nation's name", () => {
    expect(generateVanityNumbers(`+611300${digitsOf('FOOD-USA').slice(1)}`).vanityNumbers.some((text) => text.endsWith('USA'))).toBe(false);
  });
});

describe("a compound naming whom a toll-free line serves (see servedCompoundSpellings)", () => {
  it.each([
    ['TAX-PROS', 'a noun that opens compounds, then a plural of SERVED_PLURALS: above TAX-PROP'],
    ['PET-VETS', 'the same, above 738-VETS'],
    ['PET-DOCS', 'the same with DOCS'],
    ['CAR-PROS', 'the same'],
  ])('1-800-%s: %s, rank 1', (vanity) => {
    expect(rank(`+1800${digitsOf(vanity)}`, lettersOf(vanity))).toBe(1);
  });

  it.each([
    ['+1212', 'TAX-PROS', "a person's own number"],
    ['+1800', 'WAR-VETS', 'a negative first noun (see isNegativeWord)'],
  ])('%s-%s: not offered (%s)', (prefix, vanity) => {
    expect(rank(`${prefix}${digitsOf(vanity)}`, lettersOf(vanity))).toBe(0);
  });

  it('a service plural is no served plural: PET-MEDS stays below PET-ODDS (MEDS shares its keys with ODDS)', () => {
    expect(rank(`+1800${digitsOf('PET-MEDS')}`, 'PETMEDS')).toBeGreaterThan(1);
  });
});
