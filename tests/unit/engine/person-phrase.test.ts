import { describe, expect, it } from 'vitest';
import { generateVanityNumbers } from '../../../amplify/engine';
import { getDictionary } from '../../../amplify/engine/dictionary';
import { toKeypadDigits } from '../../../amplify/engine/keypad';
import { namesPicturedThing } from '../../../amplify/engine/person-phrase';

function entry(word: string, country = 'US') {
  const found = getDictionary(country).lookup(toKeypadDigits(word)).entries.find((candidate) => candidate.word === word && candidate.fullWord === undefined);
  if (!found) throw new Error(`${word} is not in the index`);
  return found;
}

describe("a phrase on a person's own number names a thing (stop 25)", () => {
  it.each([
    ['BOW', 'TIES', true, 'a noun compound'],
    ['WISE', 'MAN', true, 'an adjective and its noun'],
    ['PINE', 'TAR', true, 'a noun compound WordNet lists'],
    ['TAKE', 'CARE', true, 'a verb in an idiom WordNet lists as written'],
    ['WORK', 'IN', false, 'a verb closed by a particle'],
    ['ZOOM', 'IN', false, 'the same'],
    ['JUNK', 'TOO', false, 'closed by an adverb'],
    ['AOL', 'TIPS', false, "an organisation's initialism"],
    ['US', 'ARMY', false, "a pronoun opening WordNet's name of a body"],
    ['GO', 'OUTS', false, "a verb paired only through a plural of WordNet's GO OUT"],
  ])('%s-%s: %s (%s)', (first, second, names) => {
    expect(namesPicturedThing([entry(first), entry(second)])).toBe(names);
  });

  it.each([
    ['+19056466887', '1-905-6-GO-OUTS'],
    ['+441132658477', '+44-113-AOL-TIPS'],
    ['+13147967546', '1-314-7-WORK-IN'],
    ['+61722776661', '+61-7-BARS-NON-1'],
    ['+13145865866', '1-314-JUNK-TOO'],
    ['+6438727693', '+64-3-US-ARMY-3'],
    ['+19053348688', '1-905-EDIT-OUT'],
    ['+61283268788', '+61-2-TEAM-UP-88'],
  ])("%s: a person's number is not offered %s", (number, spelling) => {
    expect(generateVanityNumbers(number, { limit: 60 }).vanityNumbers).not.toContain(spelling);
  });

  it("keeps a noun compound, and a North American body's line named by its initialism, on a person's number; a phrasal verb on a toll-free line", () => {
    expect(generateVanityNumbers('+61772698437').vanityNumbers[0]).toBe('+61-7-7-BOW-TIES');
    expect(generateVanityNumbers('+12122324636').vanityNumbers[0]).toBe('1-212-CDC-INFO');
    expect(generateVanityNumbers('+18003348688').vanityNumbers[0]).toBe('1-800-EDIT-OUT');
  });
});
