import { describe, expect, it } from 'vitest';
import { LANGUAGE_WORDS } from '../../../amplify/engine/words/languages.generated';
import {
  COMMON_NAME_RANK,
  functionWords,
  firstNamesLeftOut,
  lowerCaseStemsOf,
  unsureWords,
  type LanguageSources,
} from '../../../local/cli/language-index-builder';

/** A ranked list of `count` filler words with the given words at their ranks (1-based). */
function ranked(words: Readonly<Record<number, string>>, count = 3_000): string[] {
  return Array.from({ length: count }, (_, index) => words[index + 1] ?? `filler${'abcdefghij'[index % 10] ?? ''}${index.toString(36).replace(/[0-9]/g, 'x')}`);
}

describe('functionWords: stopwords-iso less the content words a source names', () => {
  it.each<[string, LanguageSources['ranked'], Partial<LanguageSources>, string, boolean]>([
    ['a stopword the list ranks', ranked({ 67: 'wenn' }), { stopwords: ['wenn'] }, 'wenn', true],
    ['a stopword shorter than three letters', ranked({ 10: 'zu' }), { stopwords: ['zu'] }, 'zu', false],
    ['a stopword the list does not hold', ranked({}), { stopwords: ['ogni'] }, 'ogni', false],
    ['a stopword faker files as a noun', ranked({ 50: 'tempo' }), { stopwords: ['tempo'], contentWords: ['tempo'] }, 'tempo', false],
    ['a German stopword written capitalised first (a noun)', ranked({ 131: 'Zeit', 6440: 'zeit' }, 7_000), { stopwords: ['zeit'] }, 'zeit', false],
    ['a German stopword written lower-case first', ranked({ 57: 'auch', 681: 'Auch' }), { stopwords: ['auch'] }, 'auch', true],
  ])('%s', (_, list, sources, word, expected) => {
    expect(functionWords('de', { ranked: list, blocked: [], ...sources }).includes(word)).toBe(expected);
  });

  it('reads the content words out of the lists (Italian GRAZIE, TEMPO stay content; OGNI, ESTO, WENN are function words)', () => {
    const words = (language: string): string[] => (LANGUAGE_WORDS[language]?.functionWords ?? '').split(' ');
    expect(words('it')).toContain('ogni');
    expect(words('it')).not.toContain('grazie');
    expect(words('it')).not.toContain('tempo');
    expect(words('es')).toContain('esto');
    expect(words('de')).toContain('wenn');
    expect(words('de')).not.toContain('zeit');
  });
});

describe('firstNamesLeftOut: first names left out unless the language uses them as words', () => {
  const far = COMMON_NAME_RANK + 1_000;
  it.each<[string, LanguageSources['ranked'], ReadonlySet<string>, string, boolean]>([
    ['a name the lower-cased list ranks low', ranked({ [far]: 'gina' }, far + 10), new Set(), 'gina', true],
    ['a name the list ranks as a common word', ranked({ 256: 'donna' }), new Set(), 'donna', false],
    ['a name the dictionary writes lower-case', ranked({ [far]: 'rosa' }, far + 10), new Set(['rosa']), 'rosa', false],
    ['a name a cased list writes lower-case first', ranked({ [far]: 'rose', [far + 1]: 'Rose' }, far + 10), new Set(), 'rose', false],
    ['a name a cased list writes capitalised first', ranked({ [far]: 'Noah', [far + 1]: 'noah' }, far + 10), new Set(), 'noah', true],
    ['a name the list does not hold', ranked({}), new Set(), 'yuri', false],
  ])('%s', (_, list, dictionaryWords, name, expected) => {
    expect(firstNamesLeftOut({ ranked: list, blocked: [], firstNames: [name], dictionaryWords }).has(name)).toBe(expected);
  });
});

describe('unsureWords: everyday words a native list rates as profanity', () => {
  it.each<[string, Record<string, number>, ReadonlySet<string>, string, boolean]>([
    ['rated sure (2)', { imbecil: 2 }, new Set(), 'imbecil', true],
    ['rated maybe (1)', { macaco: 1 }, new Set(), 'macaco', true],
    ['rated clean (0)', { faire: 0 }, new Set(), 'faire', false],
    ['already blocked', { merda: 2 }, new Set(['merda']), 'merda', false],
    ['folded to keypad letters', { 'idiotice': 2, 'cabrón': 1 }, new Set(), 'cabron', true],
  ])('%s', (_, rated, blocked, word, expected) => {
    expect(unsureWords({ ranked: [], blocked: [], rated }, blocked).includes(word)).toBe(expected);
  });
});

describe('unsureWords: the everyday entries of the native lists no one rates (stop 22)', () => {
  it.each<[string, readonly string[], ReadonlySet<string>, string, boolean]>([
    ['an unrated native entry (Turkish SALAK, idiot)', ['salak'], new Set(), 'salak', true],
    ['an unrated native entry a blocked term of the language holds inside (a compound)', ['scheisskerl'], new Set(['scheisse', 'scheisskerl']), 'scheisskerl', false],
    ['shorter than three letters', ['am'], new Set(), 'am', false],
  ])('%s', (_, nativeEveryday, blocked, word, expected) => {
    expect(unsureWords({ ranked: [], blocked: [] }, blocked, nativeEveryday).includes(word)).toBe(expected);
  });

  it('reaches the generated modules: German DUMM and TROTTEL, Turkish SALAK, Spanish PUERCO are unsure words', () => {
    const unsure = (language: string): string[] => (LANGUAGE_WORDS[language]?.unsure ?? '').split(' ');
    expect(unsure('de')).toEqual(expect.arrayContaining(['dumm', 'trottel', 'penner']));
    expect(unsure('tr')).toEqual(expect.arrayContaining(['salak', 'aptal']));
    expect(unsure('es')).toEqual(expect.arrayContaining(['puerco']));
  });
});

describe('lowerCaseStemsOf: a Hunspell .dic read for words, not names', () => {
  it('keeps lower-case stems that take endings, folded; drops capitalised ones, bare stems and the count line', () => {
    expect([...lowerCaseStemsOf('5\nrosa/S\nRosa/PN\nfelicità/S\nrita\nGina\n')].sort()).toEqual(['felicita', 'rosa']);
  });
});
