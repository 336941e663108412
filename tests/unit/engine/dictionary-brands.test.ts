import { describe, expect, it } from 'vitest';
import { generateVanityNumbers, toKeypadDigits } from '../../../amplify/engine';

/**
 * Consumer brands no brand list holds that the dictionaries name (stop 24: SCOWL's unclaimed proper names and
 * WordNet's trade names, see local/cli/dictionary-brands.ts), on made-up lines written from general knowledge
 * (local/eval/consumer-brand-lines.ts), none advertised in local/eval/famous-vanity-numbers.ts.
 */
const answers = (number: string, limit = 5): readonly string[] => generateVanityNumbers(number, { limit }).vanityNumbers;

describe('a brand only the dictionary names fills a business line of its seven letters', () => {
  it.each([
    ['1-800-COLGATE'],
    ['1-877-NABISCO'],
    ['1-800-TYLENOL'],
    ['1-800-DORITOS'],
    ['1-800-KENMORE'],
  ])('%s is the answer', (vanity) => {
    const number = `+${toKeypadDigits(vanity.replaceAll('-', ''))}`;
    expect(answers(number)[0]).toBe(vanity);
  });

  it.each([['1-212-COLGATE'], ['1-415-NABISCO']])("%s: never on a person's number", (vanity) => {
    const number = `+${toKeypadDigits(vanity.replaceAll('-', ''))}`;
    const brand = vanity.slice(6);
    expect(answers(number, 20).some((text) => text.replaceAll('-', '').includes(brand))).toBe(false);
  });
});

describe("a brand two sources name is cut by its last letter at the number's end", () => {
  it.each([
    // SCOWL's name and WordNet's trademark gloss ("trademark: soft processed American cheese").
    ['1-800-VELVEET', 'VELVEETA'],
    // Two brand lists, though the subtitles say it less often than the floor a cut word needs.
    ['1-800-SHERATO', 'SHERATON'],
  ])('%s (%s) is among the five', (vanity) => {
    const number = `+${toKeypadDigits(vanity.replaceAll('-', ''))}`;
    expect(answers(number)).toContain(vanity);
  });

  it("a name only SCOWL writes is not cut: KARENIN(A), a novel's heroine, does not take a random line", () => {
    expect(answers(`+1855${toKeypadDigits('KARENIN')}`, 20).some((text) => text.includes('KARENIN'))).toBe(false);
  });
});
