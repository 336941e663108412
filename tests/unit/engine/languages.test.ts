import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateVanityNumbers, toKeypadDigits } from '../../../amplify/engine';
import { callerLanguage, SECOND_LANGUAGE_DISCOUNT, wordSourcesFor } from '../../../amplify/engine/word-sources';
import { SWEEP_LANGUAGES, sweepNumbers } from '../../../local/eval/offensive-sweep';
import { mixedLanguageCandidates } from '../../../local/eval/one-language';

const letters = (vanity: string): string => vanity.replace(/[^A-Z]/g, '');

describe('wordSourcesFor: the languages a country is spelled in', () => {
  const second = -SECOND_LANGUAGE_DISCOUNT;
  it.each([
    ['US', [['en', 0]]],
    ['PR', [['en', 0]]],
    ['DO', [['en', 0]]],
    ['JE', [['en', 0], ['fr', second]]],
    ['CM', [['en', 0], ['fr', second]]],
    ['CA', [['en', 0]]],
    ['GB', [['en', 0]]],
    ['IE', [['en', 0]]],
    ['AU', [['en', 0]]],
    ['JP', [['en', 0]]],
    [undefined, [['en', 0]]],
    ['DE', [['de', 0], ['en', second]]],
    ['AT', [['de', 0], ['en', second]]],
    ['FR', [['fr', 0], ['en', second]]],
    ['ES', [['es', 0], ['en', second]]],
    ['MX', [['es', 0], ['en', second]]],
    ['IT', [['it', 0], ['en', second]]],
    ['NL', [['nl', 0], ['en', second]]],
    ['BR', [['pt', 0], ['en', second]]],
    ['PT', [['pt', 0], ['en', second]]],
    ['NO', [['no', 0], ['en', second]]],
    ['FI', [['fi', 0], ['sv', 0], ['en', second]]],
    ['CH', [['de', 0], ['fr', 0], ['it', 0], ['en', second]]],
    ['BE', [['nl', 0], ['fr', 0], ['de', 0], ['en', second]]],
  ] as const)('%s -> %j', (country, expected) => {
    expect(wordSourcesFor(country).map(({ language, zipfOffset }) => [language, zipfOffset])).toEqual(expected);
  });
});

describe('callerLanguage: the language a caller is spoken to in', () => {
  it.each([
    ['US', 'en'],
    [undefined, 'en'],
    ['GB', 'en'],
    ['CM', 'en'],
    ['DE', 'de'],
    ['AT', 'de'],
    ['CH', 'de'],
    ['BE', 'nl'],
    ['LU', 'fr'],
    ['FI', 'fi'],
    ['BR', 'pt'],
    ['HU', 'hu'],
    ['TR', 'tr'],
  ] as const)('%s -> %s', (country, language) => {
    expect(callerLanguage(country)).toBe(language);
  });
});

// Digits before the word are 1s, which no letter dials, so only the word itself can spell the end.
const numberEndingIn = (prefix: string, subscriberLength: number, word: string): string =>
  prefix + toKeypadDigits(word).padStart(subscriberLength, '1');

describe('a number spelling a common local word gets it in the top five', () => {
  it.each([
    ['+4930', 8, 'KAFFEE'],
    ['+4930', 8, 'HILFE'],
    ['+4930', 8, 'BLUMEN'],
    ['+4930', 8, 'WASSER'],
    ['+4989', 8, 'MORGEN'],
    ['+331', 8, 'MERCI'],
    ['+331', 8, 'MAISON'],
    ['+331', 8, 'VOITURE'],
    ['+331', 8, 'BONJOUR'],
    ['+3491', 7, 'AYUDA'],
    ['+3491', 7, 'AMIGO'],
    ['+3491', 7, 'DINERO'],
    ['+3906', 8, 'AMORE'],
    ['+3906', 8, 'GRAZIE'],
    ['+3120', 7, 'FIETS'],
    ['+35121', 7, 'AJUDA'],
    ['+4144', 7, 'HILFE'],
    ['+4144', 7, 'MERCI'],
  ])('%s with %s digits ending in %s', (prefix, length, word) => {
    const { vanityNumbers } = generateVanityNumbers(numberEndingIn(prefix, length, word));
    expect(vanityNumbers.slice(0, 5).some((vanity) => letters(vanity).endsWith(word))).toBe(true);
  });

  it('keeps English first-class where English is official (+44) and NANP English (+1)', () => {
    expect(generateVanityNumbers(numberEndingIn('+4420', 8, 'FLOWERS')).vanityNumbers[0]).toContain('FLOWERS');
    expect(generateVanityNumbers('+18003569377').vanityNumbers[0]).toBe('1-800-FLOWERS');
  });
});

describe('local profanity never shows', () => {
  it.each([
    ['+4930', 8, 'FICK'],
    ['+4930', 8, 'HURE'],
    ['+4930', 8, 'FOTZE'],
    ['+4930', 8, 'ARSCH'],
    ['+4930', 8, 'NUTTE'],
    ['+4930', 8, 'WICHSER'],
    ['+4930', 8, 'STERBEN'],
    ['+331', 8, 'MERDE'],
    ['+331', 8, 'PUTE'],
    ['+331', 8, 'SALOPE'],
    ['+331', 8, 'ENCULE'],
    ['+331', 8, 'MOURIR'],
    ['+3491', 7, 'PUTA'],
    ['+3491', 7, 'MIERDA'],
    ['+3491', 7, 'CABRON'],
    ['+3491', 7, 'PENDEJO'],
    ['+3906', 8, 'CAZZO'],
    ['+3120', 7, 'KANKER'],
    ['+3120', 7, 'SLET'],
  ])('%s with %s digits ending in %s', (prefix, length, word) => {
    // Any digits before the word, to let other words join it across a split.
    for (const pad of ['1', '2', '7']) {
      const number = prefix + toKeypadDigits(word).padStart(length, pad);
      const { vanityNumbers } = generateVanityNumbers(number, { limit: 10 });
      for (const vanity of vanityNumbers) expect(letters(vanity)).not.toContain(word);
    }
  });
});

describe('every candidate dials the caller number in the new countries', () => {
  const ranges = ['+4930', '+4989', '+331', '+3491', '+3906', '+3120', '+35121', '+4144', '+3222', '+468', '+4822', '+4536'];
  it('over random numbers', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ranges), fc.stringMatching(/^[0-9]{7}$/), (prefix, rest) => {
        let result;
        try {
          result = generateVanityNumbers(prefix + rest);
        } catch {
          return true;
        }
        const dialled = result.e164.slice(1);
        return result.vanityNumbers.every((vanity) => toKeypadDigits(vanity) === dialled && /^[+0-9A-Z-]+$/.test(vanity));
      }),
      { numRuns: 300 },
    );
  });
});

describe('one language per candidate', () => {
  it.each(SWEEP_LANGUAGES.filter((language) => language !== 'en'))('%s: no top-five candidate of the sweep numbers mixes languages', (language) => {
    expect(mixedLanguageCandidates(sweepNumbers(language).map(({ number }) => number))).toEqual([]);
  });

  it('a Berlin number whose digits spell BEI-LOST reads in one language', () => {
    const berlin = `+4930${toKeypadDigits('beilost')}`;
    expect(mixedLanguageCandidates([berlin])).toEqual([]);
    expect(generateVanityNumbers(berlin).vanityNumbers).not.toContain('+49-30-BEI-LOST');
  });
});
