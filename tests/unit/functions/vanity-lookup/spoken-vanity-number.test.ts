import { describe, expect, it } from 'vitest';
import { generateVanityNumbers } from '../../../../amplify/engine';
import { toSpokenVanityNumber } from '../../../../amplify/functions/vanity-lookup/spoken-vanity-number';
import { candidate } from './fixtures';

describe('toSpokenVanityNumber', () => {
  it.each([
    ['1-800-FLOWERS', { text: '1-800-FLOWERS', digits: '1800', words: 'flowers', spelled: 'FLOWERS' }],
    ['1-800-GOT-JUNK', { text: '1-800-GOT-JUNK', digits: '1800', words: 'got-junk', spelled: 'GOTJUNK' }],
    ['1-800-FLOWER-7', { text: '1-800-FLOWER-7', digits: '1800', words: 'flower 7', spelled: 'FLOWER7' }],
    ['+44-20-SWIM-0000', { text: '44-20-SWIM-0000', digits: '4420', words: 'swim 0 0 0 0', spelled: 'SWIM0000' }],
    ['1-877-KARS-4-KIDS', { text: '1-877-KARS-4-KIDS', digits: '1877', words: 'kars 4 kids', spelled: 'KARS4KIDS' }],
    ['1-317-ROOST-25', { text: '1-317-ROOST-25', digits: '1317', words: 'roost 2 5', spelled: 'ROOST25' }],
    ['1-800-356-9377', undefined],
  ])('%s', (text, spoken) => {
    expect(toSpokenVanityNumber(candidate(text))).toEqual(spoken);
  });

  it('says a word that runs past the number whole, and spells only the letters dialled', () => {
    const cut = generateVanityNumbers('+18006288737').candidates.find((c) => c.parts.some((part) => part.fullWord !== undefined));
    if (cut === undefined) throw new Error('expected a candidate with a cut word for 1-800-628-8737');
    const spoken = toSpokenVanityNumber(cut);
    expect(spoken?.words).toBe('mattress');
    expect(spoken?.spelled).toBe('MATTRES');
  });
});
