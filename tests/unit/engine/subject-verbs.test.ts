import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { generateVanityNumbers, toKeypadDigits } from '../../../amplify/engine';
import type { WordEntry } from '../../../amplify/engine/dictionary';
import { isVerbReading, verbReading } from '../../../amplify/engine/subject-verbs';
import { SUBJECT_VERBS } from '../../../amplify/engine/subject-verbs.generated';
import { WORD_CLASS } from '../../../amplify/engine/word-tags';
import { subjectVerbs } from '../../../local/cli/subject-verbs-builder';

const { noun, verb, adjective } = WORD_CLASS;

function entry(word: string, classes: number, primary: number, zipf = 4.5, familiarity: WordEntry['familiarity'] = 'common'): WordEntry {
  return { word, zipf, familiarity, classes, primary, language: 'en' };
}

describe('after I or U a noun the lexicon also tags VBP reads as a verb', () => {
  it.each([
    ['LOVE, a noun first', entry('LOVE', noun | verb, noun, 6), true],
    ['LOVE, said less than the verbs that introduce names', entry('LOVE', noun | verb, noun, 4.5), false],
    ['NEED', entry('NEED', noun | verb, noun, 6), true],
    ['SELL, a verb first already', entry('SELL', verb, verb), false],
    ['DESK, no verb reading', entry('DESK', noun, noun), false],
    ['ROBE, never tagged VBP', entry('ROBE', noun | verb, noun), false],
    ['LOVE, a rare word', entry('LOVE', noun | verb, noun, 4.5, 'rare'), false],
    ['MOVE, said too rarely', entry('MOVE', noun | verb, noun, 3), false],
    ['ROSE, a past form first', entry('ROSE', noun | verb, noun, 6), false],
    ['NICE, an adjective', entry('NICE', adjective, adjective), false],
  ])('%s: %s', (_name, word, expected) => {
    const reading = verbReading(word);
    expect(reading !== undefined).toBe(expected);
    if (reading) {
      expect(reading.primary).toBe(verb);
      expect(isVerbReading(reading)).toBe(true);
      expect(isVerbReading(word)).toBe(false);
      expect(verbReading(word)).toBe(reading);
    }
  });

  it.each([
    ['love', ['NN', 'NNP', 'VB', 'VBP'], true],
    ['sell', ['VB', 'VBP', 'JJ', 'NN'], false],
    ['haul', ['NN', 'VB'], false],
    ['fly', ['NN', 'VBP'], false],
    ['rose', ['VBD', 'VBP', 'JJ', 'NN'], false],
    ['open', ['JJ', 'VBP', 'NN'], true],
  ])('the builder lists %s (tags %o): %s', (word, tags, expected) => {
    expect(subjectVerbs({ [word]: tags }).includes(word)).toBe(expected);
  });

  it('the generated list matches the installed wink-lexicon (it cannot drift silently)', () => {
    const lexicon = createRequire(import.meta.url)('wink-lexicon/src/lexicon.js') as Record<string, string[]>;
    expect(SUBJECT_VERBS).toBe(subjectVerbs(lexicon).join(' '));
  });

  // The one-letter word opens the number: after kept digits (61-I-RISK, 6-U-PATCH) it reads as a digit turned
  // into a letter, and a word the lexicon never tags VBP (ROBE, DIVE) stays the noun it is (I-ROBE-US, I-DIVE-UP).
  // Read on business lines: since stop 22 a person's phrase opens on no one-letter word at all (quality.ts).
  it.each([
    ['+1800', 'I-LOVE-IT', true],
    ['+1800', 'I-NEED-IT', true],
    ['+1888', 'I-MOVE-IT', true],
    ['+1888', 'I-ROBE-US', false],
    ['+1800', 'I-DIVE-UP', false],
    ['+18006', '1-I-RISK', false],
    // A verb reading takes an object: a particle or preposition after it leaves a noun with nothing to make it a verb.
    ['+1855', 'I-WING-AS', false],
    ['+1844', 'U-RUSH-BY', false],
    ['+1888', 'U-FOOT-ME', false],
  ])('%s%s: offered %s', (prefix, phrase, offered) => {
    const number = `${prefix}${toKeypadDigits(phrase)}`;
    expect(generateVanityNumbers(number).vanityNumbers.some((text) => text.endsWith(phrase))).toBe(offered);
  });
});
