import { describe, expect, it } from 'vitest';
import { generateVanityNumbers } from '../../../amplify/engine';
import { toKeypadDigits } from '../../../amplify/engine/keypad';

describe('intimate words: not on a person\'s own number, a business line may choose them', () => {
  it.each([
    ['+1503', 'BREAST'],
    ['+1212', 'PEEING'],
    ['+4420', 'BANGING'],
    ['+1503', 'LESBIAN'],
    ['+1212', 'HORNIER'],
  ])('%s...%s is not offered on a person\'s number', (prefix, word) => {
    const digits = toKeypadDigits(word);
    const number = `${prefix}${'9999999'.slice(0, Math.max(0, (prefix === '+4420' ? 8 : 7) - digits.length))}${digits}`;
    // The word itself, not a longer one holding it (ABREAST).
    expect(generateVanityNumbers(number).vanityNumbers.some((text) => text.split('-').includes(word))).toBe(false);
  });

  it('a screening line may advertise 1-800-9-BREAST', () => {
    expect(generateVanityNumbers(`+18009${toKeypadDigits('BREAST')}`).vanityNumbers).toContain('1-800-9-BREAST');
  });

  it.each(['HORNIER', 'BANGING', 'LICKING'])('no line offers %s, a business line included', (word) => {
    expect(generateVanityNumbers(`+1800${toKeypadDigits(word)}`).vanityNumbers.some((text) => text.split('-').includes(word))).toBe(false);
  });
});
