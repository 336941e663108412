import { describe, expect, it } from 'vitest';
import { generateVanityNumbers } from '../../../../amplify/engine';
import { toSpokenVanityNumber } from '../../../../amplify/functions/vanity-lookup/spoken-vanity-number';
import { candidate } from './fixtures';

describe('toSpokenVanityNumber', () => {
  it.each([
    ['1-800-FLOWERS', { text: '1-800-FLOWERS', digits: '1800', words: 'flowers', spelled: 'FLOWERS' }],
    ['1-800-GOT-JUNK', { text: '1-800-GOT-JUNK', digits: '1800', words: 'got-junk', spelled: 'GOTJUNK' }],
    ['1-800-FLOWER-7', { text: '1-800-FLOWER-7', digits: '1800', words: 'flower 7', spelled: 'FLOWER7' }],
    ['+44-20-SWIM-0000', { text: '44-20-SWIM-0000', digits: '020', words: 'swim 0 0 0 0', spelled: 'SWIM0000' }],
    ['1-877-KARS-4-KIDS', { text: '1-877-KARS-4-KIDS', digits: '1877', words: 'kars 4 kids', spelled: 'KARS4KIDS' }],
    ['1-317-ROOST-25', { text: '1-317-ROOST-25', digits: '1317', words: 'roost 2 5', spelled: 'ROOST25' }],
    ['1-800-356-9377', undefined],
  ])('%s', (text, spoken) => {
    expect(toSpokenVanityNumber(candidate(text))).toEqual(spoken);
  });

  // The caller's own number, dialled at home: the calling code gives way to the national prefix, as the
  // country's national format writes it (libphonenumber), and is kept where that format rewrites the number.
  it.each([
    ['+44-800-FLOWERS', '0800'],
    ['+44-20-7946-BOLD', '0207946'],
    ['+61-2-9123-CARE', '029123'],
    ['+49-30-1234-SWIM', '0301234'],
    ['+36-1-234-SWIM', '061234'],
    ['+39-06-1234-SWIM', '061234'],
    ['+55-11-98765-SWIM', '1198765'],
    ['1-800-4-MOTEL-6', '18004'],
  ])('%s is said from %s, as dialled at home', (text, digits) => {
    expect(toSpokenVanityNumber(candidate(text))?.digits).toBe(digits);
  });

  it('keeps the calling code where the national format is not the national number after a prefix', () => {
    expect(toSpokenVanityNumber(candidate('+54-9-11-2345-SWIM'))?.digits).toBe('549112345');
  });

  it('says a word that runs past the number whole, and spells only the letters dialled', () => {
    const cut = generateVanityNumbers('+18006288737').candidates.find((c) => c.parts.some((part) => part.fullWord !== undefined));
    if (cut === undefined) throw new Error('expected a candidate with a cut word for 1-800-628-8737');
    const spoken = toSpokenVanityNumber(cut);
    expect(spoken?.words).toBe('mattress');
    expect(spoken?.spelled).toBe('MATTRES');
  });
});
