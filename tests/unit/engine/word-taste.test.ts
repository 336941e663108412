import { describe, expect, it } from 'vitest';
import { generateVanityNumbers } from '../../../amplify/engine';
import { judgeSpelling } from '../../../amplify/engine/quality';
import { ABOVE_FLOOR_WORDS, POSITIVE_WORDS, RESTORED_NOUNS, UNWANTED_NOUNS } from '../../../amplify/engine/taste-words.generated';
import { WORD_TASTE, isRestoredNoun, passesTasteFloor, tasteBonus } from '../../../amplify/engine/word-taste';
import { acceptable, segmentsOf } from './spelled-segments';
import { TASTE, floorScore, tasteWords, type TasteSources } from '../../../local/cli/taste-words-builder';

describe("the taste of a lone word on a person's own number", () => {
  it.each([
    ['600-HOPE', WORD_TASTE.positive, 'rated positive'],
    ['600-CARE', WORD_TASTE.positive, 'the same'],
    ['60-LUCKY', WORD_TASTE.positive, 'the same'],
    ['60-LEMON', 0, 'a food: readers did not prefer things (DECK to DEAL)'],
    ['600-LAPS', 0, 'a plural: nor did they mind plurals (BLUES to ALTER)'],
    ['600-NEXT', 0, 'neither'],
    ['600-HAWK', 0, 'a noun wink-lexicon lacks: it stands, but earns nothing'],
  ])('%s earns %d (%s)', (spelling, bonus) => {
    const [only, ...others] = segmentsOf(spelling).flatMap(({ word }) => (word ? [word] : []));
    expect(others).toEqual([]);
    expect(only && tasteBonus(only)).toBe(bonus);
  });

  it('leaves a phrase of two words to the phrase rules (2-TOO-MUCH earns what it earns on a business line)', () => {
    const segments = segmentsOf('2-TOO-MUCH');
    expect(judgeSpelling(segments, 7).bonus).toBeCloseTo(judgeSpelling(segments, 7, true).bonus);
  });

  it('is part of the verdict on a person\'s number only', () => {
    const segments = segmentsOf('600-HOPE');
    const own = judgeSpelling(segments, 7);
    const business = judgeSpelling(segments, 7, true);
    expect(own.bonus - business.bonus).toBeCloseTo(WORD_TASTE.positive);
  });

  it.each([
    ['+13035692653', '1-303-569-BOLD', 'a positive word (BOLD) before a neutral one (COLD)'],
  ])('ranks the positive word first on %s', (number, first) => {
    expect(generateVanityNumbers(number).vanityNumbers[0]).toBe(first);
  });
});

describe("the taste floor on a person's own number (stop 20)", () => {
  it.each([
    ['600-LUCKY', true, 'positive'],
    ['600-DEAL', true, 'heard often (Zipf 5.1)'],
    ['600-SWAN', true, 'an animal: nature counts up (Zipf 3.8 + 1)'],
    ['63-SKIES', true, 'a natural object (Zipf 3.9 + 1)'],
    ['600-LAPS', false, 'a body part first (lap) and rarely heard'],
    ['600-KNEE', false, 'a body part, though heard often (Zipf 4.2 - 2)'],
    ['600-TOLL', false, 'a possession, rarely heard'],
    ['600-CORK', false, 'a plain substance, rarely heard (Zipf 3.5)'],
    ['600-BUSY', true, 'heard often (Zipf 5.3)'],
  ])('%s on a person\'s number: %s (%s); a business\'s line keeps it', (spelling, offered) => {
    expect(acceptable(spelling)).toBe(offered);
    expect(acceptable(spelling, true)).toBe(true);
  });

  it.each(['fault', 'argue', 'lose'])('leaves %s, which a sentiment lexicon rates negative, below the floor', (word) => {
    expect(passesTasteFloor(word)).toBe(false);
  });
});

describe('nouns of an unwanted kind', () => {
  it.each(['626-JAIL', '742-TRASH', '4-VIRUS', '600-JUNK', '7-PRISON', '7-SWORD'])('refuses %s alone on a person\'s number, though wink-lexicon tags it', (spelling) => {
    expect(acceptable(spelling)).toBe(false);
  });
});

describe('nouns restored where wink-lexicon lacks them', () => {
  it.each(['600-HAWK', '600-CRAB', '600-TAXI', '600-SWAN'])('offers %s on a person\'s number', (spelling) => {
    expect(acceptable(spelling)).toBe(true);
  });

  it.each(['dial', 'wand', 'harp', 'maze', 'yacht'])('restores %s, which is then judged by the taste floor like any other word', (word) => {
    expect(isRestoredNoun(word)).toBe(true);
  });

  it.each([
    ['dagger', 'a weapon'],
    ['musket', 'the same'],
    ['sewage', 'waste'],
    ['privy', 'a toilet'],
    ['tomb', 'a grave'],
    ['opium', 'a narcotic'],
    ['flea', 'a parasite'],
    ['maggot', 'a larva'],
    ['venom', 'a toxin'],
    ['virus', 'a germ'],
    ['condom', 'a contraceptive'],
    ['hearse', 'its gloss carries a coffin'],
    ['napalm', 'its gloss names bombs'],
    ['bilge', 'rarely heard'],
    ['jade', 'on a maintained profanity list (a derogatory word for a woman)'],
    ['shag', 'the same'],
    ['warts', 'not a physical thing first'],
    ['yoga', 'not a physical thing (a discipline)'],
  ])('does not restore %s (%s)', (word) => {
    expect(isRestoredNoun(word)).toBe(false);
  });
});

const wordnet = {
  n: { offsets: ['n:1'], tagged: 3 },
};

/** A made-up lexicon: each word's parts of speech and its first noun sense's lexicographer file. */
function sources(overrides: Partial<TasteSources> = {}): TasteSources {
  const senses = new Map<string, Partial<Record<string, { offsets: string[]; tagged: number }>>>([
    ['lemon', wordnet],
    ['hawk', { n: { offsets: ['n:1'], tagged: 1 } }],
    ['jade', { n: { offsets: ['n:1'], tagged: 1 } }],
    ['dagger', { n: { offsets: ['n:9'], tagged: 1 } }],
    ['knee', { n: { offsets: ['n:2'], tagged: 3 } }],
    ['desk', { n: { offsets: ['n:1'], tagged: 3 } }],
    ['idea', { n: { offsets: ['n:3'], tagged: 3 } }],
    ['lock', { n: { offsets: ['n:1'], tagged: 1 }, v: { offsets: ['v:1'], tagged: 5 } }],
    ['sword', { n: { offsets: ['n:9'], tagged: 3 } }],
    ['male', { n: { offsets: ['n:1'], tagged: 3 }, a: { offsets: ['a:1'], tagged: 2 } }],
    ['bar', { n: { offsets: ['n:1'], tagged: 3 } }],
    ['bars', { n: { offsets: ['n:1'], tagged: 0 } }],
    ['swim', { n: { offsets: ['n:1'], tagged: 1 }, v: { offsets: ['v:1'], tagged: 5 } }],
    ['wren', { n: { offsets: ['n:5'], tagged: 1 } }],
    ['cork', { n: { offsets: ['n:1'], tagged: 1 } }],
  ]);
  const lexicons: Record<string, number> = { 'n:1': 6, 'n:2': 8, 'n:3': 9, 'n:5': 5, 'n:9': 6 };
  return {
    senses,
    lexicon: (sense) => lexicons[sense],
    unwanted: (sense) => sense === 'n:9',
    listed: (word) => word === 'jade',
    nounLemma: (word) => (word === 'desks' ? 'desk' : word === 'bars' ? 'bar' : word),
    ratings: [{ hope: 2, wild: 2 }, { hope: 2.5, wild: -0.8 }],
    stands: (word) => !['hawk', 'jade', 'dagger'].includes(word),
    taggedNoun: (word) => word === 'lock',
    taggedAdjective: (word) => word === 'male',
    // 5,000 of SUBTLEX's 51 million words is Zipf 5.0; 161 is 3.5.
    counts: new Map([...['lemon', 'hawk', 'jade', 'dagger', 'sword', 'male', 'bars', 'knee', 'desks', 'idea', 'lock', 'swim', 'hope', 'wild', 'rare'].map((word): [string, number] => [word, word === 'rare' ? 1 : 5000]), ['wren', 161], ['cork', 161]]),
    ...overrides,
  };
}

describe('the taste words `npm run words` writes', () => {
  it('sorts words into restored nouns, unwanted nouns and positive words', () => {
    expect(tasteWords(sources())).toEqual({
      // HAWK: a physical thing wink-lexicon lacks (LEMON and LOCK stand already; DESKS, BARS are plurals). DAGGER: of an unwanted kind; JADE: on a maintained profanity list.
      restored: ['hawk'],
      // Tagged, but of an unwanted kind.
      unwanted: ['sword'],
      // WILD: VADER rates it negative too.
      positive: ['hope'],
      // KNEE: a body part (Zipf 5.0 - 2 is below the floor); WREN: an animal (3.5 + 1); CORK: a substance at 3.5, below.
      aboveFloor: ['bars', 'desks', 'hawk', 'idea', 'lemon', 'lock', 'male', 'swim', 'wren'],
    });
  });

  it('scores the floor from the frequency, nature and body or possession', () => {
    const given = sources();
    expect(floorScore('wren', 3.5, given)).toBeCloseTo(3.5 + TASTE.natureBonus);
    expect(floorScore('knee', 5, given)).toBeCloseTo(5 - TASTE.blandCharge);
    expect(floorScore('cork', 3.5, given)).toBeCloseTo(3.5);
    expect(floorScore('unknown', 4.2, given)).toBeCloseTo(4.2);
  });

  it('matches the installed sources (the generated lists cannot drift silently)', async () => {
    const { computeTasteWords } = await import('../../../local/cli/taste-words-builder');
    const words = computeTasteWords();
    expect(RESTORED_NOUNS).toBe(words.restored.join(' '));
    expect(UNWANTED_NOUNS).toBe(words.unwanted.join(' '));
    expect(POSITIVE_WORDS).toBe(words.positive.join(' '));
    expect(ABOVE_FLOOR_WORDS).toBe(words.aboveFloor.join(' '));
  }, 60_000);
});

