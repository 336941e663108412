import { describe, expect, it } from 'vitest';
import { generateVanityNumbers } from '../../../amplify/engine';
import { namesHomePlace } from '../../../amplify/engine/home-places';
import { HOME_PLACES } from '../../../amplify/engine/taste-words.generated';
import { segmentsOf } from './spelled-segments';

describe("a lone word a caller hears as a town of their own country (stop 27)", () => {
  it.each([
    ['+447723485539', 'HULL', 'a British mobile: Hull, the port, is heard first'],
    ['+442952484855', 'HULL', 'a number no country claims, read as its calling code\'s main country\'s (GB)'],
  ])('%s offers no %s (%s)', (number, word) => {
    expect(generateVanityNumbers(number).vanityNumbers.some((text) => text.includes(word))).toBe(false);
  });

  it.each([
    ['+13143624855', '1-314-362-HULL', 'an American hears the ship\'s hull'],
    ['+61295484855', '+61-2-9548-HULL', 'so does an Australian'],
  ])('%s still leads with %s (%s)', (number, first) => {
    expect(generateVanityNumbers(number).vanityNumbers[0]).toBe(first);
  });

  it('judges a lone word, or one after an article or a possessive, and only at home', () => {
    expect(namesHomePlace(segmentsOf('485-HULL'), 'GB')).toBe(true);
    expect(namesHomePlace(segmentsOf('48-MY-HULL'), 'GB')).toBe(true);
    expect(namesHomePlace(segmentsOf('485-HULL'), 'US')).toBe(false);
    expect(namesHomePlace(segmentsOf('485-HULL'), undefined)).toBe(false);
    expect(namesHomePlace(segmentsOf('485-MOON'), 'GB')).toBe(false);
  });

  it('lists only words heard less than the taste floor: BATH, BUFFALO and NICE are heard as the everyday word', () => {
    expect(HOME_PLACES['GB']?.split(' ')).toContain('hull');
    const listed = Object.values(HOME_PLACES).flatMap((words) => words.split(' '));
    for (const word of ['bath', 'buffalo', 'nice', 'reading', 'sale', 'deal']) expect(listed).not.toContain(word);
  });
});
