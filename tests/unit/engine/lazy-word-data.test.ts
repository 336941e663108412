import fc from 'fast-check';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { describe, expect, it } from 'vitest';
import { BLOCKED_WORDS, OFFENSIVE_ENGLISH } from '../../../amplify/engine/blocked-words';
import { getDictionary, type WordEntry } from '../../../amplify/engine/dictionary';
import { MIN_INFLECTED_STEM, englishBlockedTerms, inflectionsOf } from '../../../amplify/engine/english-blocked-words';
import { COMPARATIVE_ENGLISH, CUSS_ENGLISH, MAINTAINED_ENGLISH, NAUGHTY_ENGLISH, PROFANE_SHORT_ENGLISH, RARE_ENGLISH, ROMANIZED_RUSSIAN, WORDNET_ENGLISH } from '../../../amplify/engine/english-blocked.generated';
import { noLineWords } from '../../../amplify/engine/no-line-words';
import { runTogetherThreats } from '../../../amplify/engine/offensive-phrases';
import { keyedLines } from '../../../amplify/engine/index-format';
import { containsProfanity, passesPrefilter, prefilterSources } from '../../../amplify/engine/profanity';
import { indexLines } from '../../../amplify/engine/index-format';
import { WORD_INDEX } from '../../../amplify/engine/word-index.generated';
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

// englishBlockedTerms as its definition reads: the lists, each term's inflections, the threats run together and
// romanized Russian as written.
const listed = [NAUGHTY_ENGLISH, CUSS_ENGLISH, MAINTAINED_ENGLISH, WORDNET_ENGLISH, COMPARATIVE_ENGLISH].flatMap((list) => list.split(' '));
const terms = [...listed, ...BLOCKED_WORDS, ...OFFENSIVE_ENGLISH, ...noLineWords()];
const rare = RARE_ENGLISH.split(' ');
const all = [...terms, ...rare];
const everyForm = new Set([...all, ...all.flatMap(inflectionsOf), ...runTogetherThreats(), ...ROMANIZED_RUSSIAN.split(' ')]);

describe('the English blocked terms (english-blocked-words.ts), inflections recognised on look-up, are the lists, their inflections and the threats', () => {
  const blocked = englishBlockedTerms();

  it('hold every form and nothing more, among the forms, their pieces and the index words', () => {
    const questions = new Set([...everyForm, ...[...everyForm].flatMap((form) => [form.slice(0, -1), `${form}s`, `${form}ed`, `${form}ing`, `${form.slice(0, -1)}ing`])]);
    for (const line of indexLines(WORD_INDEX)) for (const [index, field] of line.split(' ').entries()) if (index % 2 === 0) questions.add(field.replace('+', ''));
    const differ = [...questions].filter((question) => blocked.has(question) !== everyForm.has(question));
    expect(differ).toEqual([]);
    expect(everyForm.size).toBeGreaterThan(14_000);
  });

  it('start with the same prefixes as every form, and judge the same short rare terms whole only', () => {
    for (const length of [3, 4, 5, 7]) {
      const expected = new Set([...everyForm].filter((form) => form.length >= length).map((form) => form.slice(0, length)));
      expect([...blocked.prefixes(length)].sort()).toEqual([...expected].sort());
    }
    // Short rare entries used as profanity count across splits too (PROFANE_SHORT_ENGLISH): not whole only.
    const crossing = new Set(PROFANE_SHORT_ENGLISH.split(' '));
    const short = rare.filter((term) => term.length <= MIN_INFLECTED_STEM && !crossing.has(term));
    const expectedWholeOnly = new Set([...short, ...short.flatMap(inflectionsOf)].filter((term) => !terms.includes(term)));
    expect([...blocked.wholeOnly].sort()).toEqual([...expectedWholeOnly].sort());
    expect(blocked.insideWords).toBe(false);
  });
});

describe('the profanity prefilter, split by first character (profanity.ts), answers as one alternation of every pattern', () => {
  const whole = new RegExp(prefilterSources().join('|'));
  const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

  it('on every English blocked term, alone and with leetspeak digits', () => {
    const differ: string[] = [];
    let passed = 0;
    for (const term of everyForm) {
      for (const text of [term, `${term.slice(0, 1)}1${term.slice(1)}`, `4${term}`, term.replaceAll('s', '5').replaceAll('o', '0'), term.slice(1)]) {
        const expected = whole.test(text);
        if (passesPrefilter(text) !== expected) differ.push(text);
        // What the engine flags is what obscenity flags among the texts the whole alternation passes.
        if (containsProfanity(text) !== (expected && obscenity.hasMatch(text))) differ.push(`${text} (matcher)`);
        if (expected) passed++;
      }
    }
    expect(differ).toEqual([]);
    // The check means something only if many of them pass.
    expect(passed).toBeGreaterThan(5_000);
  });

  it('on random strings of letters and digits', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), minLength: 1, maxLength: 14 }), (text) => passesPrefilter(text) === whole.test(text)),
      { numRuns: 20_000, seed: 3 },
    );
  });
});

describe('the key trie, built by three-digit blocks (dictionary.ts), answers every key of the English index', () => {
  const lines = keyedLines(WORD_INDEX);
  const keys = lines.map((line) => line.slice(0, line.indexOf(' ')));
  const firstWords = new Map(lines.map((line, index) => [keys[index] ?? '', (line.split(' ')[1] ?? '').split('+')[0]?.toUpperCase() ?? '']));
  const sorted = [...keys].sort();
  /** Whether a longer key starts with `digits`: the keys that do follow it in sorted order. */
  const extended = (digits: string): boolean => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((sorted[middle] ?? '') <= digits) low = middle + 1;
      else high = middle;
    }
    return (sorted[low] ?? '').startsWith(digits);
  };

  /** What a lookup of `digits` answers that the sorted keys do not. */
  const disagreement = (digits: string, match: { entries: readonly WordEntry[]; extendable: boolean }): string[] => {
    const first = firstWords.get(digits);
    const differ: string[] = [];
    if (match.extendable !== extended(digits)) differ.push(`${digits} extendable`);
    if (first === undefined ? match.entries.length > 0 : match.entries[0]?.word !== first) differ.push(`${digits} words`);
    return differ;
  };

  // First, before any block is built: a two-digit key is set up ahead of its blocks.
  it('every two-digit key, asked before its blocks', () => {
    const { lookup } = getDictionary();
    const pairs = [...'23456789'].flatMap((first) => [...'23456789'].map((second) => `${first}${second}`));
    expect(pairs.flatMap((digits) => disagreement(digits, lookup(digits)))).toEqual([]);
  });

  it('every key, a digit shorter and a digit longer, asked in an order that builds blocks from anywhere', () => {
    const { lookup } = getDictionary();
    const questions = keys.flatMap((key) => [key.slice(0, -1), `${key}7`, key]).reverse();
    expect(questions.flatMap((digits) => disagreement(digits, lookup(digits)))).toEqual([]);
  });

  it('a run from each position answers as a lookup per end', () => {
    const { lookup, lookupRun } = getDictionary();
    const differ: string[] = [];
    for (const key of keys.filter((_key, index) => index % 13 === 0)) {
      const digits = `${key}${key}`.slice(0, 12);
      for (let start = 0; start + 2 <= digits.length; start++) {
        for (const [offset, match] of lookupRun(digits, start).entries()) {
          const expected = lookup(digits.slice(start, start + 2 + offset));
          if (match.extendable !== expected.extendable || match.entries !== expected.entries) differ.push(`${digits} ${start} ${offset}`);
        }
      }
    }
    expect(differ).toEqual([]);
  });
});
