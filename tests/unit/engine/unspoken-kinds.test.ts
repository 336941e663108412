import { describe, expect, it } from 'vitest';
import { generateVanityNumbers } from '../../../amplify/engine';
import { isOnNoLine } from '../../../amplify/engine/no-line-words';
import { wordnetCrimeVerbs, wordnetPeopleNouns, wordnetUnspokenTerms } from '../../../local/cli/wordnet-offensive';
import { listedNotAlone } from '../../../local/cli/lone-words-builder';

/** Every word of every candidate of a number, upper case. */
function offeredWords(number: string): string[] {
  return generateVanityNumbers(number, { limit: 10 }).candidates.flatMap((candidate) =>
    candidate.parts.filter((part) => part.isWord).map((part) => part.fullWord ?? part.text),
  );
}

describe('wordnetUnspokenTerms: the bowels, vermin and a bigot (stop 24)', () => {
  const unspoken = new Set(wordnetUnspokenTerms());
  it.each([
    ['bowel', true],
    ['bowels', true],
    ['intestine', true],
    ['vermin', true],
    ['racist', true],
    ['bigot', true],
    ['racism', true],
    // Another everyday sense comes with them: courage and catgut, a punctuation mark; a pest firm's BUGS and RATS.
    ['gut', false],
    ['colon', false],
    ['bugs', false],
    ['rat', false],
  ])('%s: %s', (word, expected) => {
    expect(unspoken.has(word)).toBe(expected);
  });
});

describe('wordnetCrimeVerbs: verbs whose doer WordNet names a criminal (stop 24)', () => {
  const crimes = new Set(wordnetCrimeVerbs());
  it.each([
    ['rob', true],
    ['kidnap', true],
    ['smuggle', true],
    ['embezzle', true],
    ['shoplift', true],
    // Linked to a drug peddler and a repeat offender, but not named after them; nouns first.
    ['vend', false],
    ['duplicate', false],
    ['bank', false],
    ['trick', false],
  ])('%s: %s', (word, expected) => {
    expect(crimes.has(word)).toBe(expected);
  });
});

describe('wordnetPeopleNouns: a member of a people, a nation or a faith (stop 24)', () => {
  const people = new Set(wordnetPeopleNouns());
  it.each([
    ['jew', true],
    ['jews', true],
    ['arab', true],
    ['scot', true],
    ['muslim', true],
    // Their first sense is another (a rod; the language), or nouns are not their main part of speech (SAME, FRANK).
    ['pole', false],
    ['same', false],
    ['frank', false],
    // A place too, or a place's name as a plural: GO-IOWA and GO-KANSAS name where the line takes you.
    ['iowa', false],
    ['kansas', false],
    ['greek', false],
    ['food', false],
  ])('%s: %s', (word, expected) => {
    expect(people.has(word)).toBe(expected);
  });
});

describe('listedNotAlone: list entries with a sense of sex, drugs, the body or illness, or a label (stop 24)', () => {
  const listed = new Set(listedNotAlone());
  it.each([
    ['adult', true],
    ['girls', true],
    ['joint', true],
    ['stroke', true],
    // Held by a list, but no sense of those kinds: their plain sense is all a caller hears.
    ['banana', false],
    ['fire', false],
    ['faith', false],
  ])('%s: %s', (word, expected) => {
    expect(listed.has(word)).toBe(expected);
  });
});

describe('what outsiders flagged is not offered; an innocent neighbour still is (stop 24)', () => {
  it.each([
    // A business's line: a crime, the bowels, vermin, a bigot, a slur.
    ['+18007622265', 'ROB', 'PNCBANK'],
    ['+18002226935', 'BOWEL', undefined],
    ['+18002837646', 'VERMIN', 'BUDS'],
    ['+18002722478', 'RACIST', 'CRAB'],
    ['+18002236337', 'BENDER', 'ODDS'],
    // A member of a faith beside a verb: LIE-JEWS was rank 1.
    ['+18005435397', 'JEWS', 'KEYS'],
    // A person's number: list entries beside digits.
    ['+12122223858', 'ADULT', undefined],
    ['+12122244757', 'GIRLS', undefined],
    ['+12122256468', 'JOINT', undefined],
    // POKE no longer stands alone there either: it is heard as the verb (isFamiliarAlone, stop 25).
    ['+12122787653', 'STROKE', undefined],
    // ODDS no longer stands alone on a person's number either: it is plain (isVividWord).
    ['+12122236337', 'BENDER', undefined],
  ])('%s: no %s (still %s)', (number, unwanted, innocent) => {
    const words = offeredWords(number);
    expect(words).not.toContain(unwanted);
    if (innocent !== undefined) expect(words).toContain(innocent);
  });

  it('keeps GUT, BUGS and BANANA, which no rule here names', () => {
    expect(offeredWords('+18004884357')).toContain('GUT');
    expect(offeredWords('+18002847000')).toContain('BUGS');
    // On a business's line: a person's number offers no word a profanity list holds alone (isVividWord).
    expect(offeredWords('+18002262624')).toContain('BANANA');
  });

  it('reads a crime verb and the new unspoken words on no line, run together and across splits too', () => {
    for (const word of ['rob', 'kidnap', 'bowel', 'vermin', 'racist']) expect(isOnNoLine(word)).toBe(true);
  });
});
