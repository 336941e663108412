import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateVanityNumbers, toKeypadDigits } from '../../../amplify/engine';
import { BLOCKED_WORDS, OFFENSIVE_ENGLISH } from '../../../amplify/engine/blocked-words';
import { cussEnglishTerms, renderEnglishBlockedModules } from '../../../local/cli/english-blocked-builder';
import { SWEEP_LANGUAGES, offensiveReading, sweepLanguage } from '../../../local/eval/offensive-sweep';

describe('the offensive sweep: numbers ending in each entry of naughty-words, in every language', () => {
  it.each(SWEEP_LANGUAGES)('%s: no top-five candidate reads as an entry', (language) => {
    const { numbers, findings } = sweepLanguage(language);
    expect(numbers).toBeGreaterThan(40);
    expect(findings).toEqual([]);
  });
});

/** No candidate of any of these numbers (top ten) reads as one of the terms, whole, joined or across a split. */
function expectClean(numbers: readonly string[], terms: readonly string[]): void {
  const lists = [{ terms: new Set(terms), insideWords: false }];
  const findings: string[] = [];
  for (const number of numbers) {
    for (const candidate of generateVanityNumbers(number, { limit: 10 }).candidates) {
      const reading = offensiveReading(candidate, lists);
      if (reading) findings.push(`${number}: ${candidate.text} reads ${reading}`);
    }
  }
  expect(findings).toEqual([]);
}

/** A number of the range whose last digits spell `letters`, the digits before it filled with `pad`. */
function endingIn(prefix: string, length: number, letters: string, pad: string): string {
  return prefix + toKeypadDigits(letters).padStart(length, pad);
}

describe('the words the issue heard', () => {
  it.each([
    ['+15035225277', 'jackass'],
    ['+14037205762', 'sob'],
    [endingIn('+1212', 7, 'shat', '5'), 'shat'],
    [endingIn('+1212', 7, 'shag', '5'), 'shag'],
    [endingIn('+1212', 7, 'shiv', '5'), 'shiv'],
    [endingIn('+1212', 7, 'harm', '5'), 'harm'],
    [endingIn('+1212', 7, 'ducking', '5'), 'ducking'],
    // Across a split: PHAT-ITS and RICH-ELL.
    [endingIn('+1212', 7, 'phatits', '5'), 'tits'],
    [endingIn('+1212', 7, 'richell', '5'), 'hell'],
  ])('%s never reads %s', (number, term) => {
    expectClean([number], [term]);
  });
});

describe('the curated English words and cuss never show', () => {
  const terms = [...new Set([...OFFENSIVE_ENGLISH, ...BLOCKED_WORDS, ...cussEnglishTerms()])].filter((term) => term.length >= 3 && term.length <= 7);
  it.each(['1', '5', '8'])('in the last digits of a US number, padded with %s', (pad) => {
    expectClean(
      terms.map((term) => endingIn('+1212', 7, term, pad)),
      terms,
    );
  });
});

describe('english-blocked.generated.ts', () => {
  it('holds the installed naughty-words and cuss lists (npm run blocked-words), and the builders theirs', () => {
    const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');
    const { engine, nativeEveryday } = renderEnglishBlockedModules();
    expect(read('../../../amplify/engine/english-blocked.generated.ts')).toBe(engine);
    expect(read('../../../local/cli/native-everyday-local.generated.ts')).toBe(nativeEveryday);
    // It reads every maintained list, WordNet and each language's index sources: seconds, minutes on a busy machine.
  }, 120_000);
});
