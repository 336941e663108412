import { describe, expect, it } from 'vitest';
import { localBlockedWords } from '../../../amplify/engine/word-sources';
import { isFormOfBlocked } from '../../../local/cli/english-blocked-builder';

describe('isFormOfBlocked: an inflected or compounded form of a blocked local word', () => {
  it.each([
    // Turkish suffixes and German compounds: the blocked word and more letters.
    ['tr', 'sikik', ['sik'], true],
    ['tr', 'picler', ['pic'], true],
    ['de', 'mistkerl', ['mist'], true],
    // A Romance plural, and a verb conjugated on its infinitive's stem.
    ['es', 'putos', ['puto'], true],
    ['es', 'jodida', ['joder'], true],
    ['es', 'jodete', ['joder'], true],
    // A stem followed by a consonant makes another word; French takes no suffix so.
    ['es', 'pistola', ['pisar'], false],
    ['fr', 'chien', ['chie'], false],
    // Spanish MUERE is a conjugated form, not an infinitive.
    ['es', 'muerete', ['muere'], false],
    // Two letters are too few to tell a form from another word; the term must be shorter than the entry.
    ['tr', 'amca', ['am'], false],
    ['tr', 'sik', ['sik'], false],
  ])('%s %s of %j: %s', (language, entry, blocked, expected) => {
    expect(isFormOfBlocked(entry, blocked, language)).toBe(expected);
  });

  it.each([
    ['tr', 'sikik'],
    ['tr', 'boku'],
    ['es', 'jodida'],
    ['de', 'mistkerl'],
  ])('%s blocks %s on every line', (language, word) => {
    expect(localBlockedWords(language)?.has(word)).toBe(true);
  });
});
