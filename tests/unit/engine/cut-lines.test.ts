import { describe, expect, it } from 'vitest';
import { generateVanityNumbers } from '../../../amplify/engine';
import { toKeypadDigits } from '../../../amplify/engine/keypad';

/**
 * Made-up business lines (written from general knowledge for stop 23, not advertised numbers) whose phrase
 * runs past the number's end: the first seven letters are dialled, the rest printed. Of 42 such lines (the 28
 * below and 14 still missed: KRISPYKREME, DOLLARTREE and PIZZAHUT, brands one list names; GOODNEWS and
 * BACKPAIN, pairs WordNet does not list; CREDITCARD and FIRSTCLASS, a stub of one or two letters losing more;
 * seven initialisms before a long word cut by two or more, IBM-SERVICE, AAA-TRAVEL, IRS-REFUND, DMV-RENEWAL,
 * FAA-SAFETY, NRA-MEMBERS, EPA-REPORTS), the phrase was in the top five for 11 before stop 23 and 28 after,
 * first for 4 before and 10 after.
 */
function rank(number: string, letters: string): number {
  return generateVanityNumbers(number).vanityNumbers.findIndex((text) => text.slice(6).replaceAll('-', '') === letters) + 1;
}

/** The number a phrase fills: its first seven letters and digits on a North American line. */
function dialled(phrase: string): { digits: string; letters: string } {
  const written = phrase.replaceAll('-', '').slice(0, 7);
  return { digits: toKeypadDigits(written), letters: written };
}

describe('a notable brand cut short after kept digits takes the place kept for a name line (see orderNameLines)', () => {
  it.each([
    ['888', '22-COSTCO'],
    ['877', '3-SAMSUNG'],
    ['800', '444-HONDA'],
    ['855', '66-SUBARU'],
    ['800', '77-BOEING'],
    ['866', '24-PFIZER'],
    ['800', '555-MAZDA'],
    ['800', '55-NETFLIX'],
    ['800', '5-HYUNDAI'],
    ['844', '9-HEINEKEN'],
  ])('1-%s-%s is in the top five', (prefix, phrase) => {
    const { digits, letters } = dialled(phrase);
    const found = rank(`+1${prefix}${digits}`, letters);
    expect(found).toBeGreaterThan(0);
    // A name line is an alternative, never the answer: nothing tells which body owns a random line.
    expect(found).toBeGreaterThan(1);
  });
});

describe('a long brand whose first seven letters fill the number (see longWordsCut)', () => {
  it.each([
    ['800', 'BURGERKING'],
    ['800', 'FOOTLOCKER'],
    ['866', 'BLOCKBUSTER'],
    ['800', 'VOLKSWAGEN'],
    ['800', 'MCDONALDS'],
    ['800', 'SOUTHWEST'],
  ])('1-%s-%s leads: the whole number is the name', (prefix, phrase) => {
    const { digits, letters } = dialled(phrase);
    expect(rank(`+1${prefix}${digits}`, letters)).toBe(1);
  });

  it('1-888-HOMEDEPOT is in the top five', () => {
    const { digits, letters } = dialled('HOMEDEPOT');
    expect(rank(`+1888${digits}`, letters)).toBeGreaterThan(0);
  });

  it("a brand one list names, cut by four, is a stub of a phrase: 1-800-FIRSTCH(ARGE) is not offered", () => {
    const { digits } = dialled('FIRSTCHARGE');
    expect(generateVanityNumbers(`+1800${digits}`).vanityNumbers).not.toContain('1-800-FIRSTCH');
  });

  it("a person's number gets no long brand cut short: 1-212-BURGERK(ING) is not offered", () => {
    const { digits, letters } = dialled('BURGERKING');
    expect(rank(`+1212${digits}`, letters)).toBe(0);
  });
});

describe('two everyday words WordNet lists as one entry, run together past the number (see run-together.ts)', () => {
  it.each([
    ['800', 'HEALTHCARE'],
    ['800', 'FIRSTAID'],
    ['888', 'HAPPYHOUR'],
    ['877', 'OPENHOUSE'],
    ['800', 'HIGHSCHOOL'],
    ['800', 'PHONEBOOK'],
    ['800', 'GOLFCOURSE'],
    ['888', 'POSTOFFICE'],
    ['866', 'HOMEOFFICE'],
    ['844', 'TOWTRUCK'],
    ['877', 'ROADTRIP'],
  ])('1-%s-%s is in the top five', (prefix, phrase) => {
    const { digits, letters } = dialled(phrase);
    const found = rank(`+1${prefix}${digits}`, letters);
    expect(found).toBeGreaterThan(0);
  });

  it.each([
    ['MOUTHOFF', 'a verb and its particle (MOUTH OFF) is no compound a business prints'],
    ['BACKPAIN', 'WordNet has no entry BACK PAIN: grammar alone does not vouch for the stub'],
  ])('1-800-%s: not offered run together (%s)', (phrase) => {
    const { digits, letters } = dialled(phrase);
    expect(rank(`+1800${digits}`, letters)).toBe(0);
  });

  it("a person's number gets no run-together phrase: 1-212-HAPPYHO(UR) is not offered", () => {
    const { digits, letters } = dialled('HAPPYHOUR');
    expect(rank(`+1212${digits}`, letters)).toBe(0);
  });
});
