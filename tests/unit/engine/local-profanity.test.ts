import { describe, expect, it } from 'vitest';
import { BlockedTerms, isLocallyBlocked, spellsLocalProfanity } from '../../../amplify/engine/local-profanity';

const blocked = new Set(['arsch', 'fick', 'puta', 'con', 'scheisse']);

describe('isLocallyBlocked', () => {
  it.each([
    ['fick', true, 'a blocked word'],
    ['arschloch', true, 'a long term inside a word'],
    ['barsch', true, 'a long term inside a word, whatever the word'],
    ['ficken', false, 'a short term inside a word (Scunthorpe): the list blocks FICKEN itself'],
    ['computadora', false, 'a short term inside a real word'],
    ['con', true, 'a three-letter term as a whole word'],
    ['second', false, 'a three-letter term inside a word'],
  ])('%s -> %s (%s)', (word, expected, _why) => {
    expect(isLocallyBlocked(word, blocked)).toBe(expected);
  });
});

describe('spellsLocalProfanity across splits', () => {
  it.each([
    [['schei', 'sse'], [false, true], true, 'neighbours read as one'],
    [['fi', 'ck'], [false, false], true, 'letters run together across digits'],
    [['hallo', 'fick'], [false, false], true, 'one word of the number'],
    [['pu', 'tage'], [false, false], true, 'a short term across a split'],
    [['dis', 'puta'], [false, true], true, 'a short term as a word'],
    [['disputa'], [false], false, 'a short term inside one word'],
    [['co', 'n'], [false, true], true, 'a three-letter term made of neighbours'],
    [['haus', 'maus'], [false, true], false, 'clean words'],
  ] as const)('%j -> %s (%s)', (words, touching, expected, _why) => {
    expect(spellsLocalProfanity(words, touching, blocked)).toBe(expected);
  });
});

describe('BlockedTerms judged whole (English)', () => {
  const english = new BlockedTerms(['semen', 'twink', 'tits', 'hell', 'sex', 'sob'], false);
  it.each([
    [['basement'], [false], false, 'a long term inside one word does not count'],
    [['twinkle'], [false], false, 'nor does a shorter one'],
    [['sob'], [false], true, 'a term as a word'],
    [['phat', 'its'], [false, true], true, 'a term across a split'],
    [['rich', 'ell'], [false, true], true, 'a term across a split, HELL in RICH-ELL'],
    [['shell', 'fish'], [false, true], false, 'a term inside one of the words'],
    [['hi', 'se', 'x'], [false, false, false], true, 'neighbours read as one with digits between (SE-2-X)'],
    [['use', 'men', 'to'], [false, true, true], true, 'a long term across a split'],
  ] as const)('%j -> %s (%s)', (words, touching, expected, _why) => {
    expect(spellsLocalProfanity(words, touching, english)).toBe(expected);
  });

  it('counts terms inside words where the list says so', () => {
    expect(isLocallyBlocked('basement', new BlockedTerms(['semen'], true))).toBe(true);
    expect(isLocallyBlocked('basement', new BlockedTerms(['semen'], false))).toBe(false);
  });
});

/** The rule written plainly, every piece looked up: the engine's prefix and split shortcuts must agree with it. */
function naiveSpells(words: readonly string[], touching: readonly boolean[], terms: ReadonlySet<string>, insideWords: boolean): boolean {
  const holds = (word: string): boolean => {
    if (terms.has(word)) return true;
    if (!insideWords) return false;
    for (let start = 0; start < word.length; start++) for (let end = start + 5; end <= word.length; end++) if (terms.has(word.slice(start, end))) return true;
    return false;
  };
  const letters = words.join('');
  for (let i = 0; i < words.length; i++) {
    let run = '';
    let joined = true;
    for (let j = i; j < words.length; j++) {
      run += words[j] ?? '';
      if (j > i) joined &&= touching[j] === true;
      if (j === i || joined ? holds(run) : terms.has(run)) return true;
    }
  }
  if (words.length < 2) return false;
  if (holds(letters)) return true;
  const starts = words.map((_, i) => words.slice(0, i).join('').length);
  for (let start = 0; start < letters.length; start++) {
    for (let end = start + 4; end <= letters.length; end++) {
      const inOne = starts.some((s, i) => start >= s && end <= s + (words[i]?.length ?? 0));
      if (!inOne && terms.has(letters.slice(start, end))) return true;
    }
  }
  return false;
}

describe('BlockedTerms with terms judged whole only (short rare entries)', () => {
  const english = new BlockedTerms(['alla', 'hebe', 'tits'], false, new Set(['alla', 'hebe']));
  it.each([
    [['call', 'att'], [false, true], false, 'a whole-only term across a split does not count (ALLA in CALL-ATT)'],
    [['hebe'], [false], true, 'a whole-only term as a word'],
    [['he', 'be'], [false, true], true, 'a whole-only term as neighbours read as one'],
    [['he', 'be'], [false, false], true, 'and with digits between them'],
    [['phat', 'its'], [false, true], true, 'other terms still count across a split'],
  ] as const)('%j -> %s (%s)', (words, touching, expected, _why) => {
    expect(spellsLocalProfanity(words, touching, english)).toBe(expected);
  });
});

describe('spellsLocalProfanity agrees with the plain rule', () => {
  const terms = ['arsch', 'fick', 'puta', 'con', 'scheisse', 'tits', 'hell', 'putain'];
  // Words cut from the terms and from innocent words, so pieces across splits often spell a term.
  const pieces = ['ar', 'sch', 'fi', 'ck', 'pu', 'ta', 'co', 'n', 'schei', 'sse', 'ti', 'ts', 'he', 'll', 'phat', 'its', 'rich', 'ell', 'haus', 'in', 'a', 'hel', 'tit', 'fic', 'pu', 's', 'k', 'l', 'o'];
  it.each([true, false])('over many joins of word pieces (terms inside words: %s)', (insideWords) => {
    const blocked = new BlockedTerms(terms, insideWords);
    let seed = 2_463_534_242;
    // xorshift32: a fixed, repeatable stream of choices.
    const next = (n: number): number => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    let flagged = 0;
    for (let run = 0; run < 5_000; run++) {
      const words = Array.from({ length: 1 + next(4) }, () => (pieces[next(pieces.length)] ?? '') + (next(2) ? (pieces[next(pieces.length)] ?? '') : ''));
      const touching = words.map((_, i) => i > 0 && next(2) === 1);
      const expected = naiveSpells(words, touching, blocked, insideWords);
      if (expected) flagged++;
      expect(spellsLocalProfanity(words, touching, blocked), `${words.join('-')} ${touching.join(',')}`).toBe(expected);
    }
    // Both answers occur often, so the comparison means something.
    expect(flagged).toBeGreaterThan(200);
    expect(flagged).toBeLessThan(4_500);
  });
});
