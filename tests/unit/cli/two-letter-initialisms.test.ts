import { describe, expect, it } from 'vitest';
import { TWO_LETTER_INITIALISMS } from '../../../amplify/engine/two-letter-initialisms.generated';
import { installedTwoLetterInitialisms, twoLetterInitialisms, type TwoLetterSources } from '../../../local/cli/two-letter-initialisms';

/** A Hunspell .dic text: the count, then one stem/flags a line. */
const dic = (...lines: string[]): string => [String(lines.length), ...lines].join('\n');
/** A WordNet data.noun line of one synset in lexicographer file `file`. */
const synset = (file: string, lemmas: readonly string[], gloss: string): string =>
  `08000000 ${file} n ${lemmas.length.toString(16).padStart(2, '0')} ${lemmas.map((lemma) => `${lemma} 0`).join(' ')} 001 @ 08000001 n 0000 | ${gloss}`;

const NONE: TwoLetterSources = { dictionary: dic(), dataNoun: '', brandLists: [], subtitles: [], placeCodes: new Set() };

describe('twoLetterInitialisms: a dictionary name and a second source, heard as nothing else', () => {
  it.each<[string, Partial<TwoLetterSources>, [string, number][]]>([
    ['a dictionary name a brand list writes in capitals (HP)', { dictionary: dic('HP/M'), brandLists: [['HP']] }, [['HP', 2]]],
    ['each brand list writing it counts (LG: three lists)', { dictionary: dic('LG/M'), brandLists: [['LG'], ['LG', 'Lego'], ['LG']] }, [['LG', 4]]],
    ['a dictionary name WordNet files as a group (UN)', { dictionary: dic('UN/M'), dataNoun: synset('14', ['United_Nations', 'UN'], 'an organization of independent states') }, [['UN', 2]]],
    ['a dictionary name the subtitles write capitalised often enough (Ge)', { dictionary: dic('GE/M'), subtitles: [{ word: 'Ge', count: 47 }] }, [['GE', 2]]],
    ['the subtitles writing it too seldom (Hp at Zipf 1.99)', { dictionary: dic('HP/M'), subtitles: [{ word: 'Hp', count: 5 }] }, []],
    ['the dictionary name alone', { dictionary: dic('GE/M') }, []],
    ['a brand list alone (BT)', { brandLists: [['BT'], ['BT']] }, []],
    ['capitals the dictionary writes with a plural: a thing (TV/SM)', { dictionary: dic('TV/SM'), brandLists: [['TV']] }, []],
    ['a two-letter word (US)', { dictionary: dic('US/M'), brandLists: [['US']] }, []],
    ['letters the subtitles write lower-case: a word (ad)', { dictionary: dic('AD/M'), brandLists: [['AD']], subtitles: [{ word: 'ad', count: 694 }] }, []],
    ['a title the dictionary writes as a noun with a plural (Ms/S)', { dictionary: dic('MS/M', 'Ms/S'), brandLists: [['MS']] }, []],
    ["a state's postal code (CT)", { dictionary: dic('CT/M'), brandLists: [['CT']], placeCodes: new Set(['ct']) }, []],
    ['a WordNet thing with no brand list (IQ)', { dictionary: dic('IQ/M'), dataNoun: synset('07', ['intelligence_quotient', 'IQ'], 'a measure of intelligence'), subtitles: [{ word: 'Iq', count: 300 }] }, []],
    ['a WordNet thing a brand list writes too (HP beside horsepower)', { dictionary: dic('HP/M'), dataNoun: synset('23', ['horsepower', 'HP'], 'a unit of power'), brandLists: [['HP']] }, [['HP', 2]]],
  ])('%s', (_, sources, expected) => {
    expect(twoLetterInitialisms({ ...NONE, ...sources })).toEqual(expected);
  });
});

describe('two-letter-initialisms.generated.ts', () => {
  it('matches the installed sources (the generated list cannot drift silently)', () => {
    expect(TWO_LETTER_INITIALISMS).toEqual(Object.fromEntries(installedTwoLetterInitialisms().names));
  }, 120_000);
});
