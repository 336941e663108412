import { describe, expect, it } from 'vitest';
import { buildWordIndexLines, type WordCount } from '../../../local/cli/word-index-builder';
import { readVocabulary } from '../../../local/cli/word-vocabulary';
import { WRITTEN_WORDS, writtenWords } from '../../../local/cli/written-words';

const vocabulary = readVocabulary();

describe('words a reader knows that speech rarely says', () => {
  // LITURGY is SCOWL 35 and a WordNet lemma, said about once in 50 million words of subtitles.
  const rows: WordCount[] = [{ word: 'liturgy', count: 1 }, { word: 'forest', count: 3_000 }];
  const written = writtenWords(vocabulary, new Map([['forest', 4.8], ['liturgy', 1.3]]), 2);
  const lines = buildWordIndexLines(rows, [], vocabulary);

  it.each([
    ['a headword rarely said, long enough to fill a number', 'liturgy', true],
    ['a word speech already gives a frequency', 'forest', false],
    ['an inflection WordNet does not list as a lemma', 'dapperer', false],
    ['a word too short to fill a number alone', 'abbot', false],
    ['a word longer than a North American number', 'forester', false],
  ])('%s: %s is %s', (_rule, word, expected) => {
    expect(written.has(word)).toBe(expected);
  });

  it('keys them whole, rare (R) at their stand-in frequency, never cut', () => {
    expect(lines).toContain(`5488749 liturgy ${Math.round(WRITTEN_WORDS.zipf * 100)}Rn`);
    expect(lines.some((line) => line.includes('liturg+y'))).toBe(false);
  });
});
