import { describe, expect, it } from 'vitest';
import { generateVanityNumbers } from '../../../amplify/engine';

// Stop 24: a word said over and over on a business's line (a chant, a call), judged by reading each list.
describe('a word said twice on a business line', () => {
  it.each([
    // Filling a six-digit 1300 line: two nouns side by side were a loose pair, refused on so short a line.
    ['+611300488488', '+61-1300-HUT-HUT'],
    // Said on through a North American number, the third saying cut by the number's end (see repeated-words.ts).
    ['+18004884884', '1-800-HUT-HUT-H'],
    ['+18009469469', '1-800-WIN-WIN-W'],
  ])('%s leads with %s', (number, expected) => {
    expect(generateVanityNumbers(number).vanityNumbers[0]).toBe(expected);
  });

  it.each([
    // Beside a kept digit a word said twice reads as a stutter as often as a chant (GYM-GYM-7, HAT-HAT-1): not offered.
    ['+18004884881', 'HUT'],
    // A pronoun said twice is no chant.
    ['+18009469469', 'WHO'],
    // A person's number: no word said twice at all.
    ['+12124884884', 'HUT'],
  ])('%s offers no %s said twice', (number, word) => {
    expect(generateVanityNumbers(number).vanityNumbers.some((text) => text.includes(`${word}-${word}`))).toBe(false);
  });
});
