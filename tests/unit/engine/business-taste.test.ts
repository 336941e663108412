import { describe, expect, it } from 'vitest';
import { generateVanityNumbers } from '../../../amplify/engine';
import { getDictionary } from '../../../amplify/engine/dictionary';
import { toKeypadDigits } from '../../../amplify/engine/keypad';
import { carriesChargedPair } from '../../../amplify/engine/pair-sense';
import { shortWordEarnsItsDigits } from '../../../amplify/engine/word-place';
import type { Segment } from '../../../amplify/engine/search';

// Stop 24: what a business owner reads as nonsense on its own toll-free line, judged by reading the top three of
// 600 random toll-free numbers. Every expectation below was read and judged, not copied from the engine.

function entry(word: string) {
  const found = getDictionary('US').lookup(toKeypadDigits(word)).entries.find((candidate) => candidate.word === word && candidate.fullWord === undefined);
  if (!found) throw new Error(`${word} is not in the index`);
  return found;
}

/** The answers of `prefix` + the digits `vanity` dials (hyphens ignored), up to 60. */
function answers(prefix: string, vanity: string): string[] {
  return generateVanityNumbers(`+1${prefix}${toKeypadDigits(vanity.replaceAll('-', ''))}`, { limit: 60 }).vanityNumbers;
}

/** Segments of a 7-digit subscriber number: a lone word of `letters` letters closing it. */
function closingWord(letters: number): Segment[] {
  return [{ start: 0, end: 7 - letters }, { start: 7 - letters, end: 7, word: entry('LAW') }];
}

describe("a lone word of three letters on a business's line is worth the digits it leaves (see shortWordEarnsItsDigits)", () => {
  it.each([
    ['9052266', false, 'four digits to learn and CON: the word adds little'],
    ['3956329', false, 'the same: 395-6-DAY'],
    ['2345529', true, 'the digits are a run counted up (1-800-2345-LAW, advertised)'],
    ['5555529', true, 'one digit repeated'],
    ['9876529', true, 'a run counted down'],
    ['2468529', false, 'counted by two is no run a caller holds'],
  ])('%s: %s (%s)', (digits, earns) => {
    expect(shortWordEarnsItsDigits(closingWord(3), digits)).toBe(earns);
  });

  it.each([
    ['800', '905-2-CON'],
    ['800', '395-6-DAY'],
    ['855', '461-0-BED'],
    ['833', '552-5-ASH'],
  ])('1-%s-%s is not offered', (prefix, vanity) => {
    expect(answers(prefix, vanity)).not.toContain(`1-${prefix}-${vanity}`);
  });

  it('1-800-2345-LAW, an advertised line, is still offered first', () => {
    expect(answers('800', '2345-LAW')[0]?.replaceAll('-', '')).toBe('18002345LAW');
  });

  it("a person's number is unchanged: a lone word of three letters is refused there anyway (1-415-905-2-CON)", () => {
    expect(generateVanityNumbers('+14159052266', { limit: 60 }).vanityNumbers.some((text) => /[A-Z]/.test(text))).toBe(false);
  });
});

describe("a pair grammar alone makes on a business's line is made of words said every day (see carriesChargedPair)", () => {
  it.each([
    ['JOG', 'CRIB', false, 'JOG is said too rarely to carry the pair'],
    ['SUE', 'ENDS', false, 'the same'],
    ['JAM', 'VOTE', false, 'the same'],
    ['RUN', 'MAZE', false, 'MAZE is said too rarely'],
    ['FIX', 'ROOF', true, 'a business phrase'],
    ['BUY', 'TIRE', true, 'the same'],
    ['GET', 'CASH', true, 'the same'],
    ['TAX', 'HELP', true, 'a noun and what its line offers, whatever the noun'],
  ])('%s-%s: %s (%s)', (first, second, carried) => {
    expect(carriesChargedPair(entry(first), entry(second))).toBe(carried);
  });

  it.each([
    ['800', 'JOG-CRIB'],
    ['800', 'HID-PADS'],
    ['800', 'SUE-ENDS'],
    ['800', 'JAM-VOTE'],
    ['888', 'INK-SORT'],
  ])('1-%s-%s is not offered', (prefix, vanity) => {
    expect(answers(prefix, vanity)).not.toContain(`1-${prefix}-${vanity}`);
  });

  it.each([['FIX-ROOF'], ['GET-CASH'], ['BUY-TIRE'], ['SELL-CAR']])('1-800-%s is still first', (vanity) => {
    expect(answers('800', vanity)[0]).toBe(`1-800-${vanity}`);
  });
});

describe("a word cut by the number's end closes a pair only where it is heard whole (see stubHeardWhole)", () => {
  it.each([
    ['800', 'ARM-PILO', 'ARMPILOT'],
    ['855', 'MUD-TODA', 'MUDTODAY'],
    ['888', 'SOIL-COI', 'SOILCOIN'],
    ['844', 'WIDE-FAC', 'WIDEFACE'],
  ])('1-%s-%s is not offered', (prefix, vanity, dialled) => {
    expect(answers(prefix, dialled.slice(0, 7))).not.toContain(`1-${prefix}-${vanity}`);
  });

  it.each([
    ['888', 'LADY-LUC', 'LADYLUCK', 'two nouns both said every day'],
    ['800', 'SAFE-AUT', 'SAFEAUTO', 'after an everyday adjective'],
    ['877', 'ROAD-TRI', 'ROADTRIP', 'two nouns both said every day'],
  ])('1-%s-%s is still offered (%s)', (prefix, vanity, dialled) => {
    expect(answers(prefix, dialled.slice(0, 7))).toContain(`1-${prefix}-${vanity}`);
  });
});

describe("a brand only one list names is introduced only by a verb that says whom or what the caller reaches (see introducesObjectName)", () => {
  it.each([
    ['800', 'CUT-OZON'],
    ['866', 'FIND-OKX'],
  ])('1-%s-%s is not offered', (prefix, vanity) => {
    expect(answers(prefix, vanity)).not.toContain(`1-${prefix}-${vanity}`);
  });

  it.each([['CALL-ATT'], ['SHOP-CVS']])('1-800-%s is still offered', (vanity) => {
    expect(answers('800', vanity)).toContain(`1-800-${vanity}`);
  });
});
