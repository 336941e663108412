import { describe, expect, it } from 'vitest';
import { generateVanityNumbers } from '../../../amplify/engine';
import { getDictionary } from '../../../amplify/engine/dictionary';
import { toKeypadDigits } from '../../../amplify/engine/keypad';
import { isUnprovenPair } from '../../../amplify/engine/pair-sense';

function entry(word: string, country = 'US') {
  const found = getDictionary(country).lookup(toKeypadDigits(word)).entries.find((candidate) => candidate.word === word && candidate.fullWord === undefined);
  if (!found) throw new Error(`${word} is not in the index`);
  return found;
}

describe('pair sense: grammar alone does not make two short words a phrase', () => {
  it.each([
    ['FILL', 'HAM', true, 'verb + object, nothing says a person would say it'],
    ['PUT', 'CAST', true, 'the same'],
    ['SAD', 'MOVE', true, 'adjective + noun'],
    ['MY', 'CUFF', true, 'possessive + noun'],
    ['ARC', 'HOUR', true, 'a noun that opens compounds is no proof'],
    ['HOT', 'TUB', false, 'WordNet lists the pair'],
    ['SHOP', 'NOW', false, 'a command'],
    ['YELL', 'SO', true, 'a two-letter adverb closes no command'],
    ['HALT', 'SO', true, 'the same'],
    ['LOOK', 'UP', false, 'WordNet lists the pair'],
    ['GOOD', 'LUCK', false, 'no word of three letters or fewer: judged as before'],
  ])('%s-%s: %s (%s)', (first, second, unproven) => {
    expect(isUnprovenPair(entry(first), entry(second))).toBe(unproven);
  });

  it.each([
    ['+14033455426', '1-403-FILL-HAM'],
    ['+441317882278', '+44-131-PUT-CAST'],
    ['+441219355760', '+44-121-YELL-SO-0'],
    ['+14160425876', '1-416-0-HALT-SO'],
  ])("%s: on a person's number the pair %s is not offered at all", (number, pair) => {
    const { vanityNumbers } = generateVanityNumbers(number, { limit: 60 });
    expect(vanityNumbers).not.toContain(pair);
  });

  it.each([
    ['+18004647336', '1-800-GO-GREEN'],
    ['+18004685865', '1-800-GOT-JUNK'],
  ])('%s: on a toll-free number, bought for its words, the phrase still comes first (%s)', (number, first) => {
    expect(generateVanityNumbers(number).vanityNumbers[0]).toBe(first);
  });
});
