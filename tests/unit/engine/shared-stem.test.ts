import { describe, expect, it } from 'vitest';
import { localBlockedWords } from '../../../amplify/engine/local-blocked-words';
import { NATIVE_EVERYDAY_LOCAL } from '../../../local/cli/native-everyday-local.generated';
import { entriesSharingBlockedStem } from '../../../local/cli/shared-stem';

describe('entriesSharingBlockedStem: native lists\' everyday entries the dictionary makes from a blocked word\'s stem (stop 27)', () => {
  it.each([
    // The plural is blocked, the singular not; the male form blocked, the female not; a verb's forms.
    ['de', 'scheisskerl', ['scheisskerle'], true],
    ['es', 'estupida', ['estupido'], true],
    ['es', 'muerete', ['morir'], true],
    ['pt', 'drogado', ['droga'], true],
    ['tr', 'serefsiz', ['serefsizler'], true],
    // Only the female is blocked (a slur of its own): the male keeps its plain sense.
    ['fr', 'chien', ['chienne'], false],
    ['es', 'cerdo', ['cerda'], false],
    ['es', 'payaso', ['payasa'], false],
    // A stem of three letters makes too many words of its own (Turkish KOY, a bay; MAL, goods).
    ['tr', 'mal', ['mallar'], false],
    // No blocked word made from its stem.
    ['de', 'himmel', ['pimmel'], false],
    ['es', 'gato', ['gata'], false],
  ])('%s %s with %j blocked: %s', (language, entry, blocked, expected) => {
    expect(entriesSharingBlockedStem(language, [entry], new Set(blocked))).toEqual(expected ? [entry] : []);
  });

  it('blocks the generated forms on every line and keeps the innocent entries on business lines', () => {
    for (const [language, word] of [['de', 'scheisskerl'], ['es', 'estupida'], ['es', 'muerete'], ['tr', 'pust']] as const) {
      expect(localBlockedWords(language)?.has(word)).toBe(true);
      expect(NATIVE_EVERYDAY_LOCAL[language]?.split(' ')).not.toContain(word);
    }
    for (const [language, word] of [['de', 'himmel'], ['es', 'gato'], ['fr', 'chien'], ['it', 'carita']] as const) {
      expect(localBlockedWords(language)?.has(word)).toBe(false);
      expect(NATIVE_EVERYDAY_LOCAL[language]?.split(' ')).toContain(word);
    }
  });
});
