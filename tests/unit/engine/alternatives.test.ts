import { describe, expect, it } from 'vitest';
import { generateVanityNumbers } from '../../../amplify/engine';
import { ALTERNATIVES, isRealAlternative } from '../../../amplify/engine/alternatives';
import type { VanityPart } from '../../../amplify/engine/types';

/** Parts of a subscriber number written like "427-ROD": letters are words, digits are kept. */
function parts(text: string): VanityPart[] {
  return text.split('-').map((piece) => ({ text: piece, digits: piece, isWord: /^[A-Z]+$/.test(piece) }));
}

describe('isRealAlternative: options 2-3 of a person\'s number are close to option 1', () => {
  it.each([
    ['55-GLIDE', 3.744, '554-LIFE', 2.87, true, 'a four-letter word 0.87 below'],
    ['GRABS-6', 3.671, '47-BARN', 2.659, true, 'a four-letter word 1.01 below'],
    ['97-YACHT', 3.906, '979-BAIT', 2.297, false, `more than ${ALTERNATIVES.maxGap} below`],
    ['HARP-63', 1.806, '427-ROD', 0.969, false, 'a lone three-letter word after a four-letter one'],
    ['9-BIG', 1.149, '9-BOG', 1.0, true, 'three letters after three letters'],
    ['GIFT-388', 1.743, 'GIFT-DUT', 1.456, true, 'a word of four letters, close'],
  ])('%s (%d) then %s (%d) -> %s: %s', (lead, leadScore, alternative, score, expected) => {
    expect(isRealAlternative({ score: leadScore, parts: parts(lead) }, parts(alternative), score)).toBe(expected);
  });
});

describe('a person\'s number lists only real alternatives', () => {
  it.each(['+447700247387', '+61421412273', '+447700872256', '+447700792676'])('%s: every word option scores within the gap of option 1', (number) => {
    const words = generateVanityNumbers(number).candidates.filter((candidate) => candidate.parts.some((part) => part.isWord));
    const [lead] = words;
    if (!lead) throw new Error(`${number} spells a word`);
    for (const option of words.slice(1)) expect(isRealAlternative(lead, option.parts, option.score)).toBe(true);
  });
});
