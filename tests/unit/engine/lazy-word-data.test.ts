import { describe, expect, it } from 'vitest';
import { BLOCKED_WORDS, OFFENSIVE_ENGLISH } from '../../../amplify/engine/blocked-words';
import type { WordEntry } from '../../../amplify/engine/dictionary';
import { MIN_INFLECTED_STEM, englishBlockedTerms, inflectionsOf } from '../../../amplify/engine/english-blocked-words';
import { CUSS_ENGLISH, MAINTAINED_ENGLISH, NAUGHTY_ENGLISH, RARE_ENGLISH, WORDNET_ENGLISH } from '../../../amplify/engine/english-blocked.generated';
import { noLineWords } from '../../../amplify/engine/no-line-words';
import { runTogetherThreats } from '../../../amplify/engine/offensive-phrases';
import { isCollocation } from '../../../amplify/engine/phrase';
import { WORD_PAIRS } from '../../../amplify/engine/word-pairs.generated';

// Structures the engine builds piece by piece on first use, to keep a cold start short, checked against the
// whole structure they stand for.

function entry(word: string): WordEntry {
  return { word: word.toUpperCase(), zipf: 4, familiarity: 'common', classes: 0, primary: 0, language: 'en' };
}

const lines = WORD_PAIRS.split('\n');
const pairs = new Set(lines);

describe('word pairs read by first word (phrase.ts) answer as the set of all pairs', () => {
  it('the generated pairs are sorted by code unit, which the bisection relies on', () => {
    const unsorted = lines.filter((line, index) => index > 0 && !((lines[index - 1] ?? '') < line));
    expect(unsorted).toEqual([]);
  });

  it('every pair, its plurals and near misses', () => {
    const reference = (a: string, b: string): boolean =>
      pairs.has(`${a} ${b}`) || (b.endsWith('es') && pairs.has(`${a} ${b.slice(0, -2)}`)) || (b.endsWith('s') && pairs.has(`${a} ${b.slice(0, -1)}`));
    const differ: string[] = [];
    let found = 0;
    for (const line of lines) {
      const [a = '', b = ''] = line.split(' ');
      // The pair, its plurals, the pair reversed, and a first word cut short or run on.
      const questions: [string, string][] = [[a, b], [a, `${b}s`], [a, `${b}es`], [b, a], [a.slice(0, -1), b], [`${a}s`, b], [a, b.slice(0, -1)]];
      for (const [first, second] of questions) {
        const answer = isCollocation(entry(first), entry(second));
        if (answer !== reference(first, second)) differ.push(`${first} ${second}`);
        if (answer) found++;
      }
    }
    expect(differ).toEqual([]);
    // Every pair at least, and not every question.
    expect(found).toBeGreaterThanOrEqual(lines.length);
    expect(found).toBeLessThan(lines.length * 7);
  });

  it('the cut word is asked about whole', () => {
    expect(isCollocation({ ...entry('HO'), fullWord: 'HOT' }, entry('TUB'))).toBe(true);
    expect(isCollocation(entry('HOT'), { ...entry('TU'), fullWord: 'TUBS' })).toBe(true);
  });
});

describe('the English blocked terms (english-blocked-words.ts) are the lists, their inflections and the threats', () => {
  it('as one set built from its definition, with the same terms judged whole only', () => {
    const listed = [NAUGHTY_ENGLISH, CUSS_ENGLISH, MAINTAINED_ENGLISH, WORDNET_ENGLISH].flatMap((list) => list.split(' '));
    const terms = [...listed, ...BLOCKED_WORDS, ...OFFENSIVE_ENGLISH, ...noLineWords()];
    const rare = RARE_ENGLISH.split(' ');
    const all = [...terms, ...rare];
    const expected = new Set([...all, ...all.flatMap(inflectionsOf), ...runTogetherThreats()]);
    const short = rare.filter((term) => term.length <= MIN_INFLECTED_STEM);
    const expectedWholeOnly = new Set([...short, ...short.flatMap(inflectionsOf)].filter((term) => !terms.includes(term)));
    const blocked = englishBlockedTerms();
    expect([...blocked].sort()).toEqual([...expected].sort());
    expect([...blocked.wholeOnly].sort()).toEqual([...expectedWholeOnly].sort());
    expect(blocked.insideWords).toBe(false);
  });
});
