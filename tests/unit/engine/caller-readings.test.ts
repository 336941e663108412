import { describe, expect, it } from 'vitest';
import { heardAsName, isUnlexiconed, readsAsName, type ReadingSources } from '../../../local/cli/caller-readings';
import { agreedMildlyNegativeWords, mildlyNegativeWords, negativeKin, negativeWords, vaderMeans, type NegativeKin } from '../../../local/cli/build-negative-words';
import { readVocabulary, wordClasses, wordTier } from '../../../local/cli/word-vocabulary';
import { MILDLY_NEGATIVE_WORDS, NEGATIVE_WORDS } from '../../../amplify/engine/negative-words.generated';

/** A small hand-made source, so each rule is checked on the fields it reads and nothing else. */
const sources: ReadingSources = {
  firstNames: new Set(['lee', 'bob', 'gates', 'holly']),
  senses: {
    common: new Map([['lee', 2], ['bob', 12], ['gate', 6], ['holly', 1]]),
    proper: new Map([['lee', 7], ['gates', 1], ['holly', 1]]),
  },
  tagged: (word) => ['talk', 'ran'].includes(word),
  inWordnet: (word) => ['dug', 'home', 'talk'].includes(word),
};

describe('readsAsName: a first name with more proper senses than common ones', () => {
  it.each([
    ['lee', true, 'seven proper senses, two common'],
    ['bob', false, 'twelve common senses, none proper'],
    ['gates', false, 'its lemma GATE has six common senses'],
    ['holly', false, 'as many common senses as proper ones'],
    ['talk', false, 'not a first name'],
  ])('%s -> %s (%s)', (word, expected) => {
    expect(readsAsName(word, sources)).toBe(expected);
  });
});

describe('heardAsName: a first name the subtitles write with a capital and wink-lexicon does not tag', () => {
  const capitalised = new Set(['bob', 'holly', 'lee', 'talk', 'hi']);
  it.each([
    ['bob', false, false, true, 'a first name, capitalised, untagged'],
    ['holly', false, false, true, 'likewise'],
    ['lee', true, false, false, 'an adjective in WordNet names a quality'],
    ['bob', false, true, false, "in SCOWL's most common class"],
    ['gates', false, false, false, 'not capitalised in the subtitles'],
    ['talk', false, false, false, 'not a first name, and tagged'],
  ])('%s (adjective %s, most common %s) -> %s (%s)', (word, adjective, mostCommon, expected) => {
    expect(heardAsName(word, sources, capitalised, adjective, mostCommon)).toBe(expected);
  });

  it('never takes a two-letter word for a name (HI)', () => {
    expect(heardAsName('hi', { ...sources, firstNames: new Set(['hi']) }, capitalised, false, false)).toBe(false);
  });
});

describe('isUnlexiconed: a short word neither lexicon knows', () => {
  it.each([
    ['thy', true],
    ['unto', true],
    ['dug', false],
    ['ran', false],
    ['talk', false],
    ['puppies', false],
  ])('%s -> %s', (word, expected) => {
    expect(isUnlexiconed(word, sources)).toBe(expected);
  });
});

describe('wordTier on the installed sources', () => {
  const vocabulary = readVocabulary();
  it.each([
    ['thy', 'R'],
    ['unto', 'R'],
    ['lee', 'N'],
    ['hart', 'N'],
    ['don', 'N'],
    ['bob', ''],
    ['mark', ''],
    ['daisy', ''],
    ['home', ''],
  ])('%s -> "%s"', (word, tier) => {
    expect(wordTier(word, vocabulary, new Set(), new Set())).toBe(tier);
  });

  it.each([
    ['mike', 'N'],
    ['ken', 'N'],
    ['harry', 'N'],
    ['mark', ''],
    ['bill', ''],
    ['rocky', ''],
    ['lorry', ''],
  ])('%s -> "%s" when the subtitles write it capitalised', (word, tier) => {
    expect(wordTier(word, vocabulary, new Set([word]), new Set())).toBe(tier);
  });
});

describe('negativeWords: AFINN-165 and VADER, one threshold', () => {
  it('reads VADER\'s lexicon file lines', () => {
    expect(vaderMeans('cry\t-2.1\t0.7\t[-2, -3]\nhappy\t2.7\t0.6\t[3]\n')).toEqual({ cry: -2.1, happy: 2.7 });
  });
  it.each([
    [{ war: -2 }, { cry: -2.1 }, ['cry', 'war']],
    [{ war: -2, pity: -1 }, { pity: -1.2 }, ['war']],
    [{ ok: 1 }, { 'a-b': -3, sad: -2 }, ['sad']],
  ])('%o + %o -> %o', (afinn, vader, expected) => {
    expect(negativeWords([afinn, vader])).toEqual(expected);
  });
  it('the committed list holds CRY, which only VADER rates -2 or below', () => {
    expect(NEGATIVE_WORDS.split(' ')).toContain('cry');
  });
});

describe('mildlyNegativeWords: rated a little below neutral, positive by neither lexicon', () => {
  it.each([
    [{ noisy: -1 }, { noisy: -0.7 }, ['noisy']],
    [{ hide: -1 }, {}, ['hide']],
    [{}, { low: -1.1, meh: -0.3 }, ['low']],
    [{ funky: 2 }, { funky: -0.4 }, []],
    [{ war: -2 }, { war: -2.9 }, []],
    [{ pity: -1 }, { pity: -2.1 }, []],
  ])('%o + %o -> %o', (afinn, vader, expected) => {
    expect(mildlyNegativeWords([afinn, vader])).toEqual(expected);
  });
  it('the committed list holds NOISY and LOW, not a negative word (DEAD) nor a neutral one (LOOK)', () => {
    const words = MILDLY_NEGATIVE_WORDS.split(' ');
    expect(words).toEqual(expect.arrayContaining(['noisy', 'low']));
    expect(words).not.toContain('dead');
    expect(words).not.toContain('look');
  });
});

describe('agreedMildlyNegativeWords: mildly negative by both lexicons', () => {
  it.each([
    [{ dump: -1 }, { dump: -1.6 }, ['dump']],
    [{ hide: -1 }, { hide: -0.7 }, ['hide']],
    [{}, { fault: -1.7 }, []],
    [{ myth: -1 }, {}, []],
    [{ meh: -1 }, { meh: -0.3 }, []],
    [{ war: -2 }, { war: -2.9 }, []],
  ])('%o + %o -> %o', (afinn, vader, expected) => {
    expect(agreedMildlyNegativeWords([afinn, vader])).toEqual(expected);
  });
});

describe('negativeKin: inflections and derived words of a negative word', () => {
  const kin: NegativeKin = {
    rated: new Set(['dead', 'itchy', 'needy', 'odd', 'odds', 'muddy']),
    counts: new Map([['deader', 5], ['deadest', 3], ['itch', 200], ['itchy', 100], ['need', 60_000], ['needy', 150], ['odds', 900], ['mud', 700], ['muddy', 150], ['moss', 50], ['sad', 0]]),
    lemmas: (word) => ({ deader: ['dead'], deadest: ['dead'], odds: ['odd'] })[word] ?? [word],
    derived: (adjective, word) => `${adjective} ${word}` !== 'muddy mud',
  };
  it.each([
    ['deader', true, 'a comparative of DEAD'],
    ['deadest', true, 'a superlative of DEAD'],
    ['itch', true, 'ITCHY is negative, WordNet derives it from ITCH, said half as often'],
    ['need', false, 'said 400 times as often as NEEDY: another everyday meaning'],
    ['odds', false, 'a lexicon rates it itself'],
    ['mud', false, 'WordNet does not link the two'],
    ['moss', false, 'no negative kin'],
  ])('%s -> %s (%s)', (word, negative) => {
    expect(negativeKin(['dead', 'itchy', 'needy', 'muddy'], kin).includes(word)).toBe(negative);
  });
  it('the committed list holds DEADER and ITCH, not NEED', () => {
    const words = NEGATIVE_WORDS.split(' ');
    expect(words).toEqual(expect.arrayContaining(['deader', 'itch']));
    expect(words).not.toContain('need');
  });
});

describe('wordClasses: an irregular past form the lexicon lacks is a past tense', () => {
  const vocabulary = readVocabulary();
  it.each([
    ['dug', 'd', 'DIG has more verb senses than DUG (an udder) has senses'],
    ['wore', 'd', 'WEAR'],
    ['torn', 'j', 'WordNet lists TORN as an adjective'],
    ['molten', 'j', 'an adjective too'],
    ['talk', 'v', 'not a past form: wink-lexicon tags it a verb first'],
  ])('%s -> primary %s (%s)', (word, primary) => {
    expect(wordClasses(word, vocabulary).charAt(0)).toBe(primary);
  });
});
