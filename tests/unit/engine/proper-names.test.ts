import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { generateVanityNumbers } from '../../../amplify/engine';
import { givenNames, peopleNames, placesAndPeople, sacredNames, scowlProperNames, type ProperNames } from '../../../local/cli/proper-names';
import { MIN_PROPER_NAME_LETTERS, MIN_TRADE_NAME_LISTINGS, dictionaryBrands, isTradeName, properNameListings } from '../../../local/cli/word-index-builder';

describe('SCOWL proper names from a Hunspell .dic text', () => {
  const dic = ['9', 'Forbes/M', 'May/M', 'may', 'Hilton/M', 'forbes-like', "O'Hara/M", 'NASA/M', 'Montana/M', 'Bill', 'bill/MS'].join('\n');
  it.each([
    ['a capitalised name', 'forbes', true],
    ['a place', 'montana', true],
    ['not a word the dictionary also writes lower-case (MAY, BILL)', 'may', false],
    ['not one written lower-case only', 'bill', false],
    ['not one with other marks than letters', 'ohara', false],
    ['not capitals said letter by letter', 'nasa', false],
  ])('%s: %s', (_rule, word, expected) => {
    expect(scowlProperNames(dic).includes(word)).toBe(expected);
  });
});

describe("cspell's people names", () => {
  it('reads one name a line, skipping comments and blank lines', () => {
    expect([...peopleNames('# cspell-tools: keep-case\n\nAaron\nForbes\n  Smith  \nO-Neil\n')]).toEqual(['aaron', 'forbes', 'smith']);
  });
});

describe('sacred names from WordNet noun.person glosses', () => {
  const data = [
    '09561655 18 n 01 Allah 0 000 | Muslim name for the one and only God  ',
    '11213382 18 n 01 Moses 0 000 | (Old Testament) the Hebrew prophet who led the Israelites from Egypt  ',
    '10000000 18 n 01 Forbes 0 000 | United States publisher of a business magazine  ',
    '09576896 06 n 01 Apollo 0 000 | a god of light, filed as an artifact here  ',
  ].join('\n');
  it.each([
    ['a god', 'allah', true],
    ['a prophet', 'moses', true],
    ['not a publisher', 'forbes', false],
    ['only people (lexicographer file 18)', 'apollo', false],
  ])('%s: %s', (_rule, word, expected) => {
    expect(sacredNames(data).has(word)).toBe(expected);
  });
});

describe('places and people from WordNet noun.location and noun.person', () => {
  const data = [
    '08927186 15 n 01 Kathmandu 0 000 | the capital of Nepal  ',
    '11100000 18 n 01 Kipling 0 000 | English writer  ',
    '03167747 06 n 02 Dartmouth_College 0 Dartmouth 0 000 | a college, filed as an artifact  ',
    '08000000 15 n 01 seaside 0 000 | a common noun, lower-case  ',
  ].join('\n');
  it.each([
    ['a city', 'kathmandu', true],
    ['a writer', 'kipling', true],
    ['not an artifact (lexicographer file 06)', 'dartmouth', false],
    ['not a lower-case lemma', 'seaside', false],
  ])('%s: %s', (_rule, word, expected) => {
    expect(placesAndPeople(data).has(word)).toBe(expected);
  });
});

describe('brands a dictionary keeps (see dictionaryBrands)', () => {
  const names: ProperNames = {
    scowl: ['reebok', 'pearson', 'kanpur', 'kipling', 'allah', 'lolita'],
    people: new Set(['pearson']),
    frequent: new Set(),
    sacred: new Set(['allah']),
    placesAndPeople: new Set(['kipling']),
    given: new Set(),
    source: '',
  };
  it.each([
    ['a name SCOWL keeps', 'reebok', true],
    ["not one of cspell's people names (a surname)", 'pearson', false],
    ['not a place or person WordNet files', 'kipling', false],
    ['not a sacred name', 'allah', false],
    ['not a blocked term (WordNet sexual names)', 'lolita', false],
    ['a place WordNet lacks stays (the noise the docs name)', 'kanpur', true],
  ])('%s: %s', (_rule, word, expected) => {
    expect(dictionaryBrands(names).has(word)).toBe(expected);
  });
});

describe('proper names, their listings and trade names', () => {
  const names: ProperNames = {
    scowl: ['forbes', 'hilton', 'khorana', 'allah', 'eng', 'marlboro'],
    people: new Set(['forbes', 'hilton', 'khorana']),
    frequent: new Set(['forbes', 'hilton', 'allah', 'eng', 'marlboro']),
    sacred: new Set(['allah']),
    placesAndPeople: new Set(),
    given: new Set(),
    source: '',
  };
  const listed = properNameListings(names, new Map([['hilton', 2]]));
  it.each([
    ['SCOWL and the people names', 'forbes', 2, true],
    ['and two brand lists', 'hilton', 4, true],
    ['SCOWL alone: a name, no trade name', 'marlboro', 1, false],
    ['not a name English rarely uses', 'khorana', undefined, false],
    ['not a sacred name', 'allah', undefined, false],
    [`not shorter than ${MIN_PROPER_NAME_LETTERS} letters (abbreviations)`, 'eng', undefined, false],
  ])('%s: %s', (_rule, word, listings, trade) => {
    expect(listed.get(word)).toBe(listings);
    expect(isTradeName(word, listed)).toBe(trade);
    if (trade) expect(listed.get(word)).toBeGreaterThanOrEqual(MIN_TRADE_NAME_LISTINGS);
  });
});

describe("a trade name's possessive in the word index", () => {
  const index = readFileSync(new URL('../../../amplify/engine/word-index.generated.ts', import.meta.url), 'utf8');
  it.each([
    ['a trade name takes its possessive, a plain name (no digits beside it)', 'wallaces', 'Nn'],
    ['a surname cspell lists too (SULLIVAN)', 'sullivans', 'Nn'],
  ])('%s: %s', (_rule, word, tags) => {
    expect(index).toMatch(new RegExp(`[ ;"]${word} \\d+${tags}[ ;"]`));
  });
  it('not a name ending in z, x or s (BENZS, ALEXS)', () => {
    expect(index).not.toMatch(/[ ;"](benzs|alexs|forbess) \d/);
  });
});

describe('a name fills a business line whole, never a person\'s', () => {
  it.each([
    // GORDON, a given name WordNet's people carry first (see givenNames), no longer takes a trade name's possessive.
    ['+18004458667', '1-800-HILTONS', true],
    ['+12124458667', '1-212-HILTONS', false],
    ['+18003672375', '1-800-FORBES-5', true],
  ])('%s offers %s: %s', (number, text, expected) => {
    expect(generateVanityNumbers(number).vanityNumbers.includes(text)).toBe(expected);
  });
});

describe('known brands in the word index (see dictionaryBrands)', () => {
  const index = readFileSync(new URL('../../../amplify/engine/word-index.generated.ts', import.meta.url), 'utf8');
  it.each([
    ['a brand a company list names that SCOWL keeps is notable', 'reebok', 'Mne'],
    ['another', 'pfizer', 'Mne'],
    ['a brand one list names that no signal vouches for is not', 'tidb', 'Mn'],
    ['nor a place WordNet files, whatever the subtitles say (a place, not a brand)', 'qatar', 'Mnl'],
  ])('%s: %s', (_rule, word, tags) => {
    expect(index).toMatch(new RegExp(`[ ;"]${word} \\d+${tags}[ ;"]`));
  });
  it('holds no brand the name-suggestion-index files under sex (DUREX)', () => {
    expect(index).not.toMatch(/[ ;"]durex \d/);
  });
});

describe('given names: first names WordNet writes first more often than last (stop 21)', () => {
  const data = [
    '10943824 18 n 02 David 1 Jacques_Louis_David 0 001 | French neoclassical painter  ',
    '11000001 18 n 02 Hume 0 David_Hume 0 001 | Scottish philosopher  ',
    '11000002 18 n 02 Livingstone 0 David_Livingstone 0 001 | Scottish missionary  ',
    '11095813 18 n 02 Jackson 0 Andrew_Jackson 0 001 | 7th president of the US  ',
    '11096556 18 n 02 Jackson 3 Jesse_Jackson 0 001 | civil rights leader  ',
    '11000003 18 n 02 Pollock 0 Jackson_Pollock 0 001 | painter  ',
    '11000004 18 n 02 Spacey 0 Kevin_Spacey 0 001 | actor  ',
    '11000005 18 n 02 Eden 0 Anthony_Eden 0 001 | statesman  ',
    '11000006 18 n 02 Eden 1 Dallas_Smith 0 001 | an invented person  ',
    '09000001 15 n 01 Dallas 0 001 | a city in northern Texas  ',
  ].join('\n');
  const given = givenNames(data, new Set(['david', 'jackson', 'kevin', 'forbes', 'dallas', 'anthony']));
  it.each([
    ['written first twice, last once', 'david', true],
    ['a surname: written last twice, first once', 'jackson', false],
    ['written first once, never last', 'kevin', true],
    ['written neither way: not told apart', 'forbes', false],
    ['a place WordNet names too', 'dallas', false],
    ['a given name of the first-name lists', 'anthony', true],
  ])('%s: %s', (_rule, name, expected) => {
    expect(given.has(name)).toBe(expected);
  });

  it('a given name is no trade name, however many lists name it', () => {
    const listed = new Map([['david', 3]]);
    expect(isTradeName('david', listed)).toBe(true);
    expect(isTradeName('david', listed, given)).toBe(false);
  });
});
