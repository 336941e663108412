import { describe, expect, it } from 'vitest';
import { generateVanityNumbers } from '../../../amplify/engine';

const spelled = (number: string): string[] => generateVanityNumbers(number).vanityNumbers;

// SCOWL's variety lists hold spellings: HONOR is American, HONOUR British and Australian. A caller hears
// the other variety's spelling as a misspelling, so a person's number never offers it.
describe("a spelling of the caller's variety of English", () => {
  it('offers HONOR on an American number', () => {
    expect(spelled('+12125546667')[0]).toBe('1-212-55-HONOR');
  });

  it('offers no American spelling on an Irish or British number', () => {
    expect(spelled('+353873746667').join(' ')).not.toContain('HONOR');
    expect(spelled('+442081232867').join(' ')).not.toContain('FAVOR');
  });
});
