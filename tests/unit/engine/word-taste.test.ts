import { beforeAll, describe, expect, it } from 'vitest';
import { generateVanityNumbers } from '../../../amplify/engine';
import { judgeSpelling } from '../../../amplify/engine/quality';
import { SCORING } from '../../../amplify/engine/scoring';
import { HOME_PLACES, RESTORED_NOUNS, TASTE_LIFTS, UNWANTED_NOUNS, VIVID_WORDS } from '../../../amplify/engine/taste-words.generated';
import { isRestoredNoun, isUnwantedNoun, isVividWord, tasteBonus } from '../../../amplify/engine/word-taste';
import { acceptable, segmentsOf } from './spelled-segments';
import {
  TASTE,
  computeTasteWords,
  floorScore,
  isFamiliarAlone,
  isGloomyAlone,
  isPicturable,
  isUnflatteringAlone,
  isVivid,
  needsObject,
  tasteWords,
  type TasteSources,
  type TasteWords,
} from '../../../local/cli/taste-words-builder';

// The taste floor is the builder's: the engine reads only the vivid words above it, so the floor's words are
// computed from the installed sources, once for the file (CPU seconds, a minute on a busy machine).
let installed: TasteWords;
let aboveFloor: ReadonlySet<string>;
beforeAll(() => {
  installed = computeTasteWords();
  aboveFloor = new Set(installed.aboveFloor);
});
const passesTasteFloor = (word: string): boolean => aboveFloor.has(word);

describe("the taste of a lone word on a person's own number", () => {
  it.each([
    ['600-HOPE', TASTE.positiveBonus, 'rated positive'],
    ['600-CARE', TASTE.positiveBonus, 'the same'],
    ['60-LUCKY', TASTE.positiveBonus, 'the same'],
    ['600-MOON', TASTE.natureBonus + TASTE.picturableLift, 'a natural object, one can picture'],
    ['600-NEXT', 0, 'neither: its frequency counts in its word score already'],
    ['600-FINE', TASTE.positiveBonus, 'positive; an adjective first, so its noun (a penalty, a possession) does not charge it'],
    ['600-LAPS', 0, 'below the floor: never offered alone'],
    ['600-HAWK', TASTE.natureBonus + TASTE.picturableLift, 'an animal, one can picture'],
    ['600-CAKE', TASTE.picturableLift, 'a food: a noun one can picture'],
    ['600-LEAF', TASTE.picturableLift + TASTE.natureBonus, 'a plant, one can picture'],
    ['600-DEAL', 0, 'a noun, but an act: nothing to picture'],
    ['600-ABLE', 0, 'an adjective'],
    ['600-LEAD', 0, 'a verb first'],
  ])('%s earns %d Zipf steps of taste (%s)', (spelling, lift) => {
    const [only, ...others] = segmentsOf(spelling).flatMap(({ word }) => (word ? [word] : []));
    expect(others).toEqual([]);
    expect(only && tasteBonus(only)).toBeCloseTo(lift * SCORING.frequency);
  });

  it('leaves a phrase of two words to the phrase rules (2-TOO-MUCH earns what it earns on a business line)', () => {
    const segments = segmentsOf('2-TOO-MUCH');
    expect(judgeSpelling(segments, 7).bonus).toBeCloseTo(judgeSpelling(segments, 7, true).bonus);
  });

  it('is part of the verdict on a person\'s number only', () => {
    const segments = segmentsOf('600-HOPE');
    const own = judgeSpelling(segments, 7);
    const business = judgeSpelling(segments, 7, true);
    expect(own.bonus - business.bonus).toBeCloseTo(TASTE.positiveBonus * SCORING.frequency);
  });

  it.each([
    ['+13035692653', '1-303-569-BOLD', 'a positive word (BOLD) before a neutral one (COLD)'],
    ['+441618785323', '+44-161-878-LEAF', 'a noun one can picture (LEAF) before a verb (LEAD)'],
    ['+16154542253', '1-615-454-CAKE', 'a food (CAKE) before a plain adjective (ABLE), which readers call "ok"'],
    ['+13143989463', '1-314-398-WINE', 'a drink (WINE, rated good) before a weather word (WIND)'],
  ])('ranks the word readers prefer first on %s: %s (%s)', (number, first) => {
    expect(generateVanityNumbers(number).vanityNumbers[0]).toBe(first);
  });
});

describe("the taste floor on a person's own number (stops 20 and 21)", () => {
  it.each([
    ['600-LUCKY', true, 'positive (Zipf 5.2 + 1.5)'],
    ['600-HOPE', true, 'the same'],
    ['600-DEAL', false, 'heard often (Zipf 5.3), but plain (an act): not vivid since stop 24'],
    ['600-BUSY', false, 'heard often, but plain (an adjective no lexicon rates): the same'],
    ['600-MOON', true, 'a natural object heard often (Zipf 4.6 + 0.5)'],
    ['600-KEEP', false, 'a verb first, so no possession charges it at the floor, but plain (stop 24)'],
    ['600-SWAN', true, 'an animal (Zipf 3.8 + 0.5)'],
    ['600-TAXI', true, 'a plain thing heard often enough (Zipf 4.4)'],
    ['600-LIST', false, 'a plain noun (Zipf 4.9, a message): above the floor, not vivid (stop 24)'],
    ['600-LAPS', false, 'a body part first (lap) and rarely heard'],
    ['600-KNEE', false, 'a body part, though heard often (Zipf 4.2 - 2)'],
    ['600-TOLL', false, 'a possession, rarely heard'],
    ['600-CORK', false, 'a plain substance, rarely heard (Zipf 3.5)'],
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
    grim: (sense) => sense === 'n:9' || sense === 'n:8',
    colour: () => false,
    lively: (sense) => sense === 'n:1',
    pictured: () => false,
    unsettling: () => false,
    sexual: () => false,
    germ: () => false,
    listed: (word) => word === 'jade',
    nounLemma: (word) => (word === 'desks' ? 'desk' : word === 'bars' ? 'bar' : word),
    ratings: [{ hope: 2, wild: 2 }, { hope: 2.5, wild: -0.8 }],
    stands: (word) => !['hawk', 'jade', 'dagger'].includes(word),
    taggedNoun: (word) => ['lock', 'knee', 'wren', 'cork', 'desks', 'lemon', 'idea', 'bars', 'sword'].includes(word),
    taggedAdjective: (word) => word === 'male',
    tagged: (word) => ['lock', 'knee', 'wren', 'cork', 'desks', 'lemon', 'idea', 'bars', 'sword', 'male', 'swim', 'wild', 'hope'].includes(word),
    // No word is an everyday one unless a test says so: the floor alone decides.
    common: () => false,
    // 6,000 of SUBTLEX's 51 million words is Zipf 5.1; 1,700 is 4.5; 161 is 3.5.
    opinionNegative: () => false,
    objectVerb: () => false,
    townOf: () => [],
    counts: new Map([...['lemon', 'hawk', 'jade', 'dagger', 'sword', 'male', 'bars', 'knee', 'desks', 'idea', 'lock', 'swim', 'wild', 'rare'].map((word): [string, number] => [word, word === 'rare' ? 1 : 6000]), ['hope', 1700], ['wren', 1700], ['cork', 161]]),
    ...overrides,
  };
}

describe('the taste words `npm run words` writes', () => {
  it('sorts words into restored nouns, unwanted nouns, positive words and those above the floor', () => {
    expect(tasteWords(sources())).toEqual({
      // HAWK: a physical thing wink-lexicon lacks (LEMON and LOCK stand already; DESKS, BARS are plurals). DAGGER: of an unwanted kind; JADE: on a maintained profanity list.
      restored: ['hawk'],
      // Tagged, but of an unwanted kind.
      unwanted: ['sword'],
      // WILD: VADER rates it negative too.
      positive: ['hope'],
      // HOPE: positive (Zipf 4.5 + 1.5); WREN: an animal (4.5 + 0.5); KNEE: a body part (5.1 - 2); CORK: a substance at 3.5.
      aboveFloor: ['bars', 'desks', 'hawk', 'hope', 'idea', 'lemon', 'lock', 'male', 'swim', 'wren'],
      // Positive (HOPE), or heard as a noun naming a thing (artifacts here) or an animal (WREN); not IDEA (a
      // thought), MALE (an adjective first) or SWIM (a verb first), though WordNet has nouns of theirs.
      vivid: ['bars', 'desks', 'hawk', 'hope', 'lemon', 'lock', 'wren'],
      // HOPE: positive; WREN: an animal, one can picture (0.5 + 1); BARS, DESKS (by their singular), HAWK, LEMON, LOCK: an artifact one can picture (LOCK is tagged a noun first).
      lifts: new Map([[1.5, ['hope', 'wren']], [1, ['bars', 'desks', 'hawk', 'lemon', 'lock']]]),
      // No word here is a town (see townOf).
      homePlaces: new Map(),
    });
  });

  it('lists a vivid word heard below the floor by the countries it is a town of, and no word heard more', () => {
    // HOPE and WREN are vivid at Zipf 4.5, over the floor (4.0): heard as the word. IDEA is no vivid word.
    const townOf = (word: string): string[] => (word === 'hope' || word === 'wren' ? ['GB'] : word === 'idea' ? ['US'] : []);
    expect(tasteWords(sources({ townOf })).homePlaces).toEqual(new Map());
    // HOPE heard at Zipf 3.5 (positive, so still vivid) is heard as the town.
    const rare = tasteWords(sources({ townOf, counts: new Map([['hope', 161], ['wren', 1700], ['idea', 161]]) }));
    expect(rare.homePlaces).toEqual(new Map([['GB', ['hope']]]));
  });

  it('counts a noun one can picture by its first sense, of its singular for a plural, and only where it is heard as a noun', () => {
    const given = sources();
    expect(isPicturable('lemon', given, true)).toBe(true);
    expect(isPicturable('desks', given, true)).toBe(true);
    expect(isPicturable('wren', given, true)).toBe(true);
    // SWIM, MALE: WordNet has a noun of the kind, but the caller hears a verb and an adjective.
    expect(isPicturable('swim', given, false)).toBe(false);
    expect(isPicturable('male', given, false)).toBe(false);
    // IDEA: a thought; KNEE: a body part; a word WordNet lacks.
    expect(isPicturable('idea', given, true)).toBe(false);
    expect(isPicturable('knee', given, true)).toBe(false);
    expect(isPicturable('unknown', given, true)).toBe(false);
  });

  it('lifts no word a maintained profanity list holds (HOLE put over HOLD raised the sweep)', () => {
    const lifted = tasteWords(sources({ listed: (word) => word === 'lemon' || word === 'jade' })).lifts;
    expect(lifted.get(1)).toEqual(['bars', 'desks', 'hawk', 'lock']);
  });

  it('ranks by the picturable step only: no word below the floor is let through by it', () => {
    const lifted = tasteWords(sources({ counts: new Map([['cork', 161], ['lemon', 161]]) }));
    // CORK and LEMON at Zipf 3.5 are artifacts one can picture, below the floor of 4 all the same.
    expect(lifted.aboveFloor).toEqual([]);
    expect(lifted.lifts.size).toBe(0);
  });

  it('lets an everyday picturable singular noun stand below the floor, unlifted, and no plural, verb first, -ing form or grim thing', () => {
    const senses = new Map(sources().senses);
    senses.set('sled', { n: { offsets: ['n:1'], tagged: 1 } });
    senses.set('syringe', { n: { offsets: ['n:8'], tagged: 1 } });
    senses.set('shook', { n: { offsets: ['n:1'], tagged: 0 } });
    senses.set('casing', { n: { offsets: ['n:1'], tagged: 1 } });
    const rare: [string, number][] = ['cork', 'lemon', 'desks', 'sled', 'syringe', 'shook', 'casing', 'idea', 'hawk'].map((word) => [word, 161]);
    const everyday = tasteWords(
      sources({
        senses,
        counts: new Map([...rare, ['wren', 20]]),
        common: (word) => word !== 'hawk',
        stands: (word) => !['hawk', 'jade', 'dagger', 'sled', 'syringe'].includes(word),
        tagged: (word) => ['cork', 'lemon', 'desks', 'idea', 'shook', 'casing'].includes(word),
        taggedNoun: (word) => ['cork', 'lemon', 'desks', 'idea', 'casing'].includes(word),
      }),
    );
    // CORK, LEMON at Zipf 3.5: tagged nouns one can picture; SLED: restored (wink-lexicon lacks it). Not
    // DESKS (a plural), SYRINGE (grim), SHOOK (tagged, but not a noun first), CASING (an -ing form), IDEA (not picturable), HAWK
    // (not everyday to SCOWL), WREN (Zipf 2.6, under TASTE.minZipfPicturable).
    expect(everyday.aboveFloor).toEqual(['cork', 'lemon', 'sled']);
    expect(everyday.lifts.size).toBe(0);
  });

  it('scores the floor from the frequency, a positive rating, and for a noun nature and body or possession', () => {
    const given = sources();
    const noun = { positive: false, noun: true };
    expect(floorScore('wren', 3.5, given, noun)).toBeCloseTo(3.5 + TASTE.natureBonus);
    expect(floorScore('knee', 5, given, noun)).toBeCloseTo(5 - TASTE.blandCharge);
    expect(floorScore('knee', 5, given, { positive: false, noun: false })).toBeCloseTo(5);
    expect(floorScore('hope', 4.5, given, { positive: true, noun: false })).toBeCloseTo(4.5 + TASTE.positiveBonus);
    expect(floorScore('cork', 3.5, given, noun)).toBeCloseTo(3.5);
    expect(floorScore('unknown', 4.2, given, noun)).toBeCloseTo(4.2);
  });

  it('leaves out of the floor a word the opinion lexicon finds fault with, unless it is rated or heard as a thing', () => {
    // Listed as negative: LOCK and BARS (by its singular) are artifacts heard as nouns (the things stay); IDEA, an
    // abstract noun, and SWIM, heard as a verb, go; HOPE is rated positive.
    const given = sources({ opinionNegative: (word) => ['lock', 'idea', 'swim', 'hope', 'bar'].includes(word) });
    const floor = tasteWords(given).aboveFloor;
    expect(floor).toEqual(['bars', 'desks', 'hawk', 'hope', 'lemon', 'lock', 'male', 'wren']);
    expect(isUnflatteringAlone('hope', true, false, given)).toBe(false);
    expect(isUnflatteringAlone('bars', false, true, given)).toBe(false);
    expect(isUnflatteringAlone('bars', false, false, given)).toBe(true);
    expect(isUnflatteringAlone('swim', false, false, given)).toBe(true);
    expect(isUnflatteringAlone('desks', false, false, given)).toBe(false);
  });

  it('matches the installed sources (the generated lists cannot drift silently)', () => {
    expect(RESTORED_NOUNS).toBe(installed.restored.join(' '));
    expect(UNWANTED_NOUNS).toBe(installed.unwanted.join(' '));
    expect(VIVID_WORDS).toBe(installed.vivid.join(' '));
    expect(Object.fromEntries(Object.entries(TASTE_LIFTS).map(([lift, list]) => [Number(lift), list.split(' ')]))).toEqual(Object.fromEntries(installed.lifts));
    expect(Object.fromEntries(Object.entries(HOME_PLACES).map(([country, list]) => [country, list.split(' ')]))).toEqual(Object.fromEntries(installed.homePlaces));
  });

  it('holds only words above the floor among the vivid ones (standsAlone asks for vivid alone)', () => {
    const vivid = VIVID_WORDS.split(' ');
    expect(vivid.length).toBeGreaterThan(1000);
    expect(vivid.filter((word) => !passesTasteFloor(word))).toEqual([]);
  });
});


// Stop 22: a word a maintained profanity list holds is unwanted when any of its noun senses is of an unwanted
// kind (KNIFE a weapon, BLOW and CRACK a drug), not only its first; read blind, +61-8-157-KNIFE was junk to both
// readers. Drink as intoxication and the insult SWINE are blocked outright (blocked-words.ts).
describe('unwanted in any sense when a profanity list holds the word (stop 22)', () => {
  it.each(['knife', 'blow', 'crack'])('%s is an unwanted noun', (word) => {
    expect(isUnwantedNoun(word)).toBe(true);
  });
  it.each(['fork', 'spoon', 'wine'])('%s is not', (word) => {
    expect(isUnwantedNoun(word)).toBe(false);
  });
  it.each([
    ['+61815756433', 'KNIFE'],
    ['+6443126693', 'BOOZE'],
    ['+61742979463', 'SWINE'],
  ])('%s offers no %s', (number, word) => {
    expect(generateVanityNumbers(number).vanityNumbers.some((text) => text.includes(word))).toBe(false);
  });
});

// Stop 23: read blind, the rank-1 junk on persons' numbers was mostly lone words with an unflattering sense that
// neither AFINN-165 nor VADER rates; Hu and Liu's opinion lexicon lists many of them as negative.
describe("a lone word that finds fault with the person whose number it is (stop 23)", () => {
  it.each(['slow', 'vice', 'stiff', 'cheap', 'loud', 'burns', 'rough', 'nightmare'])('%s is not offered alone', (word) => {
    expect(passesTasteFloor(word)).toBe(false);
  });
  it.each([
    ['safe', 'rated positive'],
    ['gold', 'the same'],
    ['lion', 'not listed'],
    ['lemon', 'listed (a dud), heard as the fruit'],
    ['shark', 'listed, heard as the fish'],
    ['cloud', 'listed, heard as the cloud (nature)'],
    ['desert', 'listed, heard as the place'],
    ['fall', 'listed, heard as the season'],
    ['funny', 'listed, rated positive by the lexicons'],
  ])('%s still is (%s)', (word) => {
    expect(passesTasteFloor(word)).toBe(true);
  });
  it.each([
    ['+442092857569', 'SLOW'],
    ['+35318588423', 'VICE'],
    ['+61239878433', 'STIFF'],
  ])('%s does not spell %s', (number, word) => {
    expect(generateVanityNumbers(number).vanityNumbers.some((text) => text.endsWith(`-${word}`))).toBe(false);
  });
});

// Stop 23: everyday picturable nouns stand below the floor, but not those with an obscene, poisonous, pubic,
// smoking, asylum or witchcraft sense (read in the 613 words the rule let in).
describe('everyday things below the floor, and the grim ones kept out (stop 23)', () => {
  it.each(['lava', 'oven', 'zebra', 'yacht', 'mango'])('%s stands alone', (word) => {
    expect(passesTasteFloor(word)).toBe(true);
  });
  it.each(['slit', 'cyanide', 'thong', 'tobacco', 'asylum', 'voodoo'])('%s does not', (word) => {
    expect(passesTasteFloor(word)).toBe(false);
  });
});

// Stop 24: blind readers of persons' numbers call vivid, concrete, warm or fun words good and plain words "ok";
// a lone word on a person's own number must be vivid (isVivid in taste-words-builder.ts: positive, a colour,
// or a noun first naming an animal, thing, event, feeling, food, natural object, person, weather, plant or
// substance). A business's line keeps every word above the floor.
describe("a vivid lone word on a person's own number (stop 24)", () => {
  it.each([
    ['lion', 'an animal'],
    ['mango', 'a food, let in below the floor as an everyday thing'],
    ['frost', 'weather (a natural phenomenon)'],
    ['pink', 'a colour with a hue, heard as an adjective'],
    ['smile', 'rated positive'],
    ['yacht', 'a thing (an artifact) wink-lexicon lacks'],
    ['king', 'a person'],
    ['waves', 'an event, by its singular'],
  ])('%s is vivid (%s)', (word) => {
    expect(isVividWord(word)).toBe(true);
  });
  it.each([
    ['hour', 'a time'],
    ['area', 'a place'],
    ['term', 'a message'],
    ['unit', 'an amount'],
    ['type', 'a thought'],
    ['sort', 'a thought'],
    ['make', 'a verb first'],
    ['apply', 'a verb first'],
  ])('%s is plain (%s)', (word) => {
    expect(passesTasteFloor(word)).toBe(true);
    expect(isVividWord(word)).toBe(false);
  });
  it.each([
    ['600-LION', true],
    ['21-MANGO', true],
    ['600-HOUR', false],
    ['600-AREA', false],
    ['600-UNIT', false],
    ['600-MAKE', false],
  ])('%s on a person\'s number: offered %s; a business\'s line keeps it', (spelling, offered) => {
    expect(acceptable(spelling)).toBe(offered);
    expect(acceptable(spelling, true)).toBe(true);
  });
  it('derives the tag from the sources: a colour sense makes an adjective vivid, and nothing else does', () => {
    const senses = new Map(sources().senses);
    senses.set('teal', { n: { offsets: ['n:7'], tagged: 1 }, a: { offsets: ['a:7'], tagged: 3 } });
    senses.set('calm', { n: { offsets: ['n:6'], tagged: 1 }, a: { offsets: ['a:6'], tagged: 3 } });
    const given = sources({ senses, colour: (sense) => sense === 'n:7' });
    const adjective = { positive: false, noun: false };
    // TEAL and CALM are heard as adjectives and rated by no lexicon; only TEAL has a noun sense WordNet files as a chromatic colour.
    expect(isVivid('teal', given, adjective)).toBe(true);
    expect(isVivid('calm', given, adjective)).toBe(false);
    expect(isVivid('calm', given, { positive: true, noun: false })).toBe(true);
    // A noun's first sense decides: an animal (WREN) is vivid, a thought (IDEA) and a body part (KNEE) are not.
    expect(isVivid('wren', given, { positive: false, noun: true })).toBe(true);
    expect(isVivid('idea', given, { positive: false, noun: true })).toBe(false);
    expect(isVivid('knee', given, { positive: false, noun: true })).toBe(false);
    // The same noun sense heard as a verb first (SWIM) is not.
    expect(isVivid('swim', given, { positive: false, noun: false })).toBe(false);
    // Nor a thing a maintained profanity list holds (JADE here; HOLE, which would lead HOLD).
    expect(isVivid('jade', given, { positive: false, noun: true })).toBe(false);
    expect(isVivid('lemon', sources({ listed: (word) => word === 'lemon' }), { positive: false, noun: true })).toBe(false);
  });

  it('calls an artifact vivid only where it is a conveyance, an instrument or a plaything, or next names a food', () => {
    const senses = new Map(sources().senses);
    // Here n:1 and n:9 are artifacts (lexicon 6); only n:1 is lively; n:5 is an animal.
    senses.set('kite', { n: { offsets: ['n:1'], tagged: 1 } });
    senses.set('tile', { n: { offsets: ['n:9'], tagged: 1 } });
    senses.set('cake', { n: { offsets: ['n:9', 'n:5'], tagged: 1 } });
    const given = sources({ senses, unwanted: () => false, grim: () => false });
    const noun = { positive: false, noun: true };
    expect(isVivid('kite', given, noun)).toBe(true);
    expect(isVivid('tile', given, noun)).toBe(false);
    expect(isVivid('cake', given, noun)).toBe(true);
    // A positive word needs no kind.
    expect(isVivid('tile', given, { positive: true, noun: true })).toBe(true);
  });
});

describe("things Unicode draws; a spouse, a disaster, a sense of sex or a germ (stop 26)", () => {
  it.each([
    ['phone', 'an artifact Unicode draws (an alias of the telephone)'],
    ['castle', 'the same, by its short name'],
    ['camera', 'the same'],
    ['magnet', 'the same'],
    ['umbrella', 'the same'],
    ['tennis', 'an act Unicode draws'],
    ['radio', 'a message Unicode draws'],
    ['crab', 'an animal: its pubic sense is the louse, an animal too'],
    ['kids', 'still a person'],
  ])('%s is vivid (%s)', (word) => {
    expect(isVividWord(word)).toBe(true);
  });
  it.each([
    ['desk', 'an artifact Unicode does not draw'],
    ['lens', 'the same'],
    ['guns', 'drawn, but a weapon'],
    ['pills', 'drawn, but a medicine'],
    ['wife', 'a spouse: read blind, a stranger\'s'],
    ['husband', 'the same'],
    ['flood', 'a geological phenomenon'],
    ['strip', 'a sense of erotic entertainment'],
    ['bush', 'a sense of pubic hair'],
    ['bugs', 'a sense of a disease-causing microorganism'],
  ])('%s is not vivid (%s)', (word) => {
    expect(isVividWord(word)).toBe(false);
  });
  it.each([
    ['600-PHONE', true],
    ['600-WIFE', false],
    ['600-STRIP', false],
  ])('%s on a person\'s number: offered %s; a business\'s line keeps it', (spelling, offered) => {
    expect(acceptable(spelling)).toBe(offered);
    expect(acceptable(spelling, true)).toBe(true);
  });
  it('derives them from the sources: a drawn artifact or act that is not grim, and no unsettling first sense, sex or germ in any', () => {
    const senses = new Map(sources().senses);
    // Here n:9 is an artifact (lexicon 6) that is not lively; n:4 an act; n:5 an animal; n:2 a body part.
    senses.set('tent', { n: { offsets: ['n:9'], tagged: 1 } });
    senses.set('tile', { n: { offsets: ['n:9'], tagged: 1 } });
    senses.set('golf', { n: { offsets: ['n:4'], tagged: 1 } });
    senses.set('deal', { n: { offsets: ['n:4'], tagged: 1 } });
    senses.set('shrub', { n: { offsets: ['n:5', 'n:2'], tagged: 1 } });
    const lexicons: Record<string, number> = { 'n:9': 6, 'n:4': 4, 'n:5': 5, 'n:2': 8 };
    const given = sources({
      senses,
      lexicon: (sense) => lexicons[sense],
      unwanted: () => false,
      grim: () => false,
      lively: () => false,
      pictured: (word) => word === 'tent' || word === 'golf',
    });
    const noun = { positive: false, noun: true };
    expect(isVivid('tent', given, noun)).toBe(true);
    expect(isVivid('tile', given, noun)).toBe(false);
    expect(isVivid('golf', given, noun)).toBe(true);
    expect(isVivid('deal', given, noun)).toBe(false);
    // Drawn but grim in some sense; heard as a verb first.
    expect(isVivid('tent', { ...given, grim: (sense) => sense === 'n:9' }, noun)).toBe(false);
    expect(isVivid('golf', given, { positive: false, noun: false })).toBe(false);
    // An animal first, refused for a late sense of sex or a germ, or an unsettling first sense, even when rated positive.
    expect(isVivid('shrub', given, noun)).toBe(true);
    expect(isVivid('shrub', { ...given, sexual: (sense) => sense === 'n:2' }, noun)).toBe(false);
    expect(isVivid('shrub', { ...given, germ: (sense) => sense === 'n:2' }, noun)).toBe(false);
    expect(isVivid('shrub', { ...given, unsettling: (sense) => sense === 'n:5' }, { positive: true, noun: true })).toBe(false);
    expect(isVivid('shrub', { ...given, unsettling: (sense) => sense === 'n:2' }, noun)).toBe(true);
  });
});

describe("a lone word a caller knows alone (stop 25)", () => {
  it.each([
    ['hind', 'a four-letter word rarely heard: its deer and fish are not what a caller hears'],
    ['mush', 'the same'],
    ['pits', 'the same'],
    ['gong', 'the same, read "ok"'],
    ['veal', 'the same'],
    ['poke', 'its nouns never met in SemCor, its verbs met: heard as the verb'],
    ['jump', 'the same'],
  ])('%s is not vivid (%s)', (word) => {
    expect(isVividWord(word)).toBe(false);
  });
  it.each([
    ['grin', 'four letters, rarely heard, but rated positive'],
    ['swan', 'four letters, heard often enough'],
    ['rhino', 'five letters: the rule is for four'],
    ['penguin', 'a longer rare word one can picture'],
    ['wave', 'a noun SemCor met as often as its verb'],
  ])('%s stays vivid (%s)', (word) => {
    expect(isVividWord(word)).toBe(true);
  });
  it.each([
    ['600-HIND', false],
    ['600-POKE', false],
    ['600-SWAN', true],
  ])('%s on a person\'s number: offered %s; a business\'s line keeps it', (spelling, offered) => {
    expect(acceptable(spelling)).toBe(offered);
    expect(acceptable(spelling, true)).toBe(true);
  });
  it('derives it from the frequency, a positive rating and the senses SemCor met', () => {
    const senses = new Map(sources().senses);
    senses.set('poke', { n: { offsets: ['n:1'], tagged: 0 }, v: { offsets: ['v:1'], tagged: 2 } });
    senses.set('bike', { n: { offsets: ['n:1'], tagged: 0 }, v: { offsets: ['v:1'], tagged: 0 } });
    const given = sources({ senses });
    const floor = TASTE.minZipfShortVivid;
    expect(isFamiliarAlone('gong', floor - 0.1, given, false)).toBe(false);
    expect(isFamiliarAlone('gong', floor, given, false)).toBe(true);
    expect(isFamiliarAlone('grin', floor - 0.1, given, true)).toBe(true);
    expect(isFamiliarAlone('cobra', floor - 0.1, given, false)).toBe(true);
    // Heard as the verb where SemCor met only the verb; a word SemCor met in neither (BIKE) keeps its noun.
    expect(isFamiliarAlone('poke', floor + 1, given, false)).toBe(false);
    expect(isFamiliarAlone('poke', floor + 1, given, true)).toBe(true);
    expect(isFamiliarAlone('bike', floor + 1, given, false)).toBe(true);
    expect(isFamiliarAlone('lock', floor + 1, given, false)).toBe(true);
  });
});

describe("a lone verb that needs an object, and a rarely heard gloomy word (stop 27)", () => {
  it.each([
    ['thank', 'a verb only, every frame with an object: a caller says THANKS'],
    ['admire', 'the same'],
    ['abyss', 'rarely heard, and the opinion lexicon finds fault with it'],
    ['viper', 'the same'],
  ])('%s is not vivid (%s)', (word) => {
    expect(isVividWord(word)).toBe(false);
  });
  it.each([
    ['thanks', 'the noun a caller says'],
    ['relax', 'a verb that can end a sentence'],
    ['agree', 'the same'],
    ['smile', 'a verb with a noun to be heard as'],
    ['lemon', 'faulted in reviews, but heard every day as the fruit'],
    ['cloud', 'the same'],
    ['funny', 'rated positive'],
  ])('%s stays vivid (%s)', (word) => {
    expect(isVividWord(word)).toBe(true);
  });
  it.each([
    ['1-THANK', false],
    ['1-ABYSS', false],
    ['THANKS', true],
  ])('%s on a person\'s number: offered %s; a business\'s line keeps it', (spelling, offered) => {
    expect(acceptable(spelling)).toBe(offered);
    expect(acceptable(spelling, true)).toBe(true);
  });
  it('derives them from the senses, the verb frames, the opinion lexicon and the frequency', () => {
    const senses = new Map(sources().senses);
    senses.set('thank', { v: { offsets: ['v:1'], tagged: 5 } });
    senses.set('relax', { v: { offsets: ['v:1', 'v:2'], tagged: 5 } });
    senses.set('greet', { v: { offsets: ['v:1'], tagged: 5 }, n: { offsets: ['n:1'], tagged: 0 } });
    const given = sources({ senses, objectVerb: (sense) => sense === 'v:1', opinionNegative: (word) => word === 'abyss' || word === 'lemon' });
    expect(needsObject('thank', given)).toBe(true);
    expect(needsObject('relax', given)).toBe(false);
    expect(needsObject('greet', given)).toBe(false);
    expect(needsObject('lemon', given)).toBe(false);
    const floor = TASTE.minZipfShortVivid;
    expect(isGloomyAlone('abyss', floor - 0.1, false, given)).toBe(true);
    expect(isGloomyAlone('abyss', floor - 0.1, true, given)).toBe(false);
    expect(isGloomyAlone('lemon', floor, false, given)).toBe(false);
    expect(isGloomyAlone('hawk', floor - 0.1, false, given)).toBe(false);
  });
});
