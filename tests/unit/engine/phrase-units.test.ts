import { describe, expect, it } from 'vitest';
import { generateVanityNumbers, toKeypadDigits } from '../../../amplify/engine';
import type { WordEntry } from '../../../amplify/engine/dictionary';
import { PHRASE_UNITS, addressesBrand, commandsDo, headsPhrase, introducesListedBrand, introducesObjectName, isInitialism, isObjectName, isUnspokenPostalCode, leadsDigits, namesLine, namesWithNoun, namesCountryBrand, nounBeforeName, unitBonus, visitsPlace } from '../../../amplify/engine/phrase-units';
import { readPair } from '../../../amplify/engine/phrase';
import { WORD_CLASS } from '../../../amplify/engine/word-tags';
import { organisationInitialisms } from '../../../local/cli/organisation-initialisms';

const { noun, adjective, initialism } = WORD_CLASS;

function entry(word: string, classes: number, familiarity: WordEntry['familiarity'] = 'common', zipf = 4.5): WordEntry {
  return { word, zipf, familiarity, classes, primary: classes & -classes, language: 'en' };
}

describe('pairs heard as one unit (a WordNet entry, a word said twice) earn a unit bonus', () => {
  it.each([
    ['RED', 'CROSS', PHRASE_UNITS.collocation],
    ['NEST', 'EGG', PHRASE_UNITS.collocation],
    ['RING', 'RING', PHRASE_UNITS.collocation],
    ['RED', 'ARMS', 0],
    ['SEE', 'CROP', 0],
  ])('%s-%s earns %d', (first, second, bonus) => {
    expect(unitBonus(entry(first, adjective | noun), entry(second, noun))).toBe(bonus);
  });
});

describe("an organisation's initialism stands only before an everyday noun, the two the whole number", () => {
  it.each([
    [entry('CDC', noun | initialism, 'brand', 3), entry('INFO', noun, 'common', 3.57), true],
    [entry('CDC', noun | initialism, 'brand', 3), entry('HELP', noun, 'known', 5), false],
    [entry('CDC', noun | initialism, 'brand', 3), entry('YAK', noun, 'common', 2.9), false],
    [entry('JSON', noun, 'brand', 3), entry('SON', noun, 'common', 5.5), false],
    // A body names its line by what it offers: a word of negative valence after its letters (GCC-EVIL) names nothing.
    [entry('GCC', noun | initialism, 'brand', 3.1), entry('EVIL', noun, 'common', 4.4), false],
    [entry('NIJ', noun | initialism, 'brand', 3), entry('HURT', noun, 'common', 4.9), false],
  ])('%o before %o: %s', (first, second, expected) => {
    expect(namesWithNoun(first, second)).toBe(expected);
    expect(isInitialism(first)).toBe((first.classes & initialism) !== 0);
  });

  // Before any other noun the letters are offered among the five, never first: on 3,000 random toll-free
  // numbers, put first, they read as stray letters before a stray noun (FTC-VEAL, NIH-PREY, GAO-TEAR).
  it.each([
    ['USA-ARMY', '+1800'],
    ['FTC-VEAL', '+1888'],
    ['GAO-TEAR', '+1866'],
  ])('%s is offered among the five, never first', (phrase, prefix) => {
    const texts = generateVanityNumbers(`${prefix}${toKeypadDigits(phrase)}`).vanityNumbers;
    expect(texts.findIndex((text) => text.endsWith(phrase))).toBeGreaterThan(0);
  });

  // Before a noun a line is named by (INFO, HELP, TIPS) the initialism names whose line it is, as
  // organisations print the lines they pay for: first, above the noun behind the digits it spells.
  it.each([
    ['+18004774357', ['1-800-IRS-HELP', '1-800-477-HELP']],
    ['+18002324636', ['1-800-CDC-INFO', '1-800-232-INFO']],
    // FAITH-77 fills more of the number than either: the initialism's phrase still leads the noun behind digits.
    ['+18003248477', ['1-800-FAITH-77', '1-800-FBI-TIPS', '1-800-324-TIPS']],
  ])('%s: %o', (number, expected) => {
    expect(generateVanityNumbers(number).vanityNumbers.slice(0, expected.length)).toEqual(expected);
  });

  it.each([
    ['after a verb (LOOK-VFW)', '+18005665839', 'VFW'],
    ['before kept digits on a local number', '+12123321088', 'FDA'],
    ['before kept digits outside North America', '+442033321088', 'FDA'],
    ["before a noun on a person's number (IRS-HIGH)", '+35314774444', 'IRS'],
    ["before a noun on a person's number (NIH-TIN)", '+61400644846', 'NIH'],
  ])('is never offered %s', (_where, number, word) => {
    expect(generateVanityNumbers(number).vanityNumbers.some((text) => text.includes(word))).toBe(false);
  });

  // A line noun after an initialism, the two the whole number, names a body's line on any number (a
  // business's local line, +1-514-STM-INFO): on a person's number it follows the noun behind the digits.
  it.each([
    [`+1212${toKeypadDigits('IRS-HELP')}`, ['1-212-477-HELP', '1-212-IRS-HELP']],
    [`+1212${toKeypadDigits('CDC-INFO')}`, ['1-212-CDC-INFO']],
  ])("%s, a person's number: %o", (number, expected) => {
    expect(generateVanityNumbers(number).vanityNumbers.slice(0, expected.length)).toEqual(expected);
  });
});

describe("an organisation's initialism may spell a toll-free exchange before its four digits kept", () => {
  const fda = entry('FDA', noun | initialism, 'brand', 3);
  it.each([
    ['FDA-1088', [{ start: 0, end: 3, word: fda }, { start: 3, end: 7 }], true],
    ['FDA-WAYS', [{ start: 0, end: 3, word: fda }, { start: 3, end: 7, word: entry('WAYS', noun) }], false],
    ['1-FDA-088', [{ start: 0, end: 1 }, { start: 1, end: 4, word: fda }, { start: 4, end: 7 }], false],
    ['HIP-8982', [{ start: 0, end: 3, word: entry('HIP', noun) }, { start: 3, end: 7 }], false],
    ['USPS-088', [{ start: 0, end: 4, word: entry('USPS', noun | initialism, 'brand', 3) }, { start: 4, end: 7 }], false],
  ])('%s: %s', (_text, segments, expected) => {
    expect(leadsDigits(segments)).toBe(expected);
  });

  it.each([
    ['+18003321088', '1-800-FDA-1088'],
    ['+18884831137', '1-888-HUD-1137'],
  ])('%s offers %s after the plain number, where no word fits (see name-lines.ts)', (number, expected) => {
    const texts = generateVanityNumbers(number).vanityNumbers;
    expect(texts).toContain(expected);
    expect(texts[0]).toMatch(/^[\d-]+$/);
  });

  it('ranks below an everyday word that fits (1-800-GRAB-815 before 1-800-GSA-2815)', () => {
    const texts = generateVanityNumbers('+18004722815').vanityNumbers;
    expect(texts.indexOf('1-800-GRAB-815')).toBeGreaterThanOrEqual(0);
    expect(texts.indexOf('1-800-GRAB-815')).toBeLessThan(texts.indexOf('1-800-GSA-2815'));
  });
});

describe('US before a plural noun said every day reads as the country\'s', () => {
  it.each([
    ['BANKS', noun, 4.2, 'phrase'],
    ['DUCKS', noun, 3.93, 'clash'],
    ['BANK', noun, 4.5, 'clash'],
    ['GLASS', noun, 4.5, 'clash'],
  ])('US-%s reads as %s', (word, classes, zipf, expected) => {
    expect(readPair(entry('US', WORD_CLASS.pronoun, 'common', 6.2), entry(word, classes, 'common', zipf))).toBe(expected);
  });

  it('1-800-US-BANKS is offered', () => {
    expect(generateVanityNumbers(`+1800${toKeypadDigits('USBANKS')}`).vanityNumbers).toContain('1-800-US-BANKS');
  });
});

describe('a plural noun said every day before a particle is a call, the two the whole number of a toll-free line', () => {
  const off = entry('OFF', WORD_CLASS.preposition, 'common', 6.07);
  it.each([
    ['HATS', 3.99, 'phrase'],
    ['GLASS', 4.5, 'clash'],
    ['HAT', 4.2, 'clash'],
    ['YAKS', 2.1, 'clash'],
  ])('%s-OFF reads as %s', (word, zipf, expected) => {
    expect(readPair(entry(word, noun, 'common', zipf), off)).toBe(expected);
  });

  it.each([
    ['+18004287633', '1-800-HATS-OFF', true],
    ['+18774284787', '1-877-4-BUGS-UP', false],
    ['+14154287633', '1-415-HATS-OFF', false],
  ])('%s offers %s: %s', (number, text, expected) => {
    expect(generateVanityNumbers(number).vanityNumbers.includes(text)).toBe(expected);
  });
});

describe('an initialism is the object only of a verb that says whom the caller speaks to', () => {
  const { verb } = WORD_CLASS;
  it.each([
    ['ASK', entry('USPS', noun | initialism, 'brand', 3), true],
    ['CALL', entry('IRS', noun | initialism, 'brand', 3), true],
    ['LOOK', entry('VFW', noun | initialism, 'brand', 3), false],
    ['TRY', entry('NIJ', noun | initialism, 'brand', 3), false],
    ['TRY', entry('FEDEX', noun, 'brand', 3), true],
    ['GO', entry('GARY', noun, 'name', 4), true],
    // A rare word is no one's name (GO-BOLUS was offered before GO-COLTS).
    ['GO', entry('BOLUS', noun, 'rare', 2.8), false],
    ['CALL', entry('TOLU', noun, 'rare', 2.5), false],
  ])('%s before %o: %s', (introducer, name, expected) => {
    expect(isObjectName(entry(introducer, verb), name)).toBe(expected);
  });

  it.each([['ASK-USPS', '+1800']])('%s is offered among the five', (phrase, prefix) => {
    expect(generateVanityNumbers(`${prefix}${toKeypadDigits(phrase)}`).vanityNumbers.some((text) => text.endsWith(phrase))).toBe(true);
  });
});

describe('a verb of trade introduces a brand on a business line only (SHOP-CVS)', () => {
  const { verb } = WORD_CLASS;
  const shop = entry('SHOP', noun | verb, 'common', 4.73);
  it.each([
    [shop, entry('CVS', noun, 'brand', 3), true, true],
    [shop, entry('CVS', noun, 'brand', 3), false, false],
    // Not an agency's initialism, a person's name or a word a caller says every day.
    [shop, entry('FBI', noun | initialism, 'brand', 3.27), true, false],
    [shop, entry('GARY', noun, 'name', 4), true, false],
    [shop, entry('BUS', noun, 'common', 4.87), true, false],
    // A verb said less often that is not one of trade introduces nothing (SCOLD-FEDEX).
    [entry('SCOLD', verb, 'common', 3.2), entry('FEDEX', noun, 'brand', 3.2), true, false],
    // The verbs that introduce any name still do, on every number (CALL-ATT).
    [entry('CALL', verb, 'common', 5.94), entry('ATT', noun, 'brand', 3.1), false, true],
    // A three-letter brand said as a word is heard as a first name: called (CALL-ELI), never acted on (LIE-ELI).
    [entry('CALL', verb, 'common', 5.94), entry('ELI', noun, 'brand', 3.93), true, true],
    [entry('LIE', verb | noun, 'common', 5.08), entry('ELI', noun, 'brand', 3.93), true, false],
    [entry('GET', verb, 'common', 6.2), entry('AVA', noun, 'brand', 3.5), true, false],
  ])('%o before %o (toll-free %s): %s', (introducer, name, tollFree, expected) => {
    expect(introducesObjectName(introducer, name, tollFree)).toBe(expected);
  });

  it.each([
    // RENT-AVA: a three-letter brand after a verb of trade only where said letter by letter (CVS).
    ['+18447368282', '1-844-RENT-AVA', false],
    ['+18007467287', '1-800-SHOP-CVS', true],
    // 0800 LIFELINE: the helpline's word cut short, not a grim verb and a first name (LIE-ELI) before it.
    ['+64800543354', '+64-800-LIE-ELI', false],
    ['+14047467287', '1-404-SHOP-CVS', false],
    // MY before an everyday word a brand list names is the company's (SEARS), on a business line.
    ['+18006973277', '1-800-MY-SEARS', true],
    ['+14046973277', '1-404-MY-SEARS', false],
  ])('%s offers %s: %s', (number, text, expected) => {
    expect(generateVanityNumbers(number).vanityNumbers.includes(text)).toBe(expected);
  });
});

describe('organisationInitialisms reads WordNet noun.group synsets', () => {
  const line = (lemmas: string, gloss: string): string => `08141238 14 n 02 ${lemmas} 002 @ 08354251 n 0000 | ${gloss}`;
  it.each([
    [line('Food_and_Drug_Administration 0 FDA 0', 'a federal agency in the Department of Health'), ['fda']],
    [line('Some_Front 0 SFX 0', 'a terrorist organization formed in 1970'), []],
    [line('Old_Board 0 OBX 0', 'a former executive agency (from 1946 to 1974)'), []],
    [line('double_income 0 DINK 0', 'a couple who both have careers and no children'), []],
  ])('%s -> %j', (text, words) => {
    expect(organisationInitialisms(text)).toEqual(words);
  });

  // noun.location (file 15): a nation's initialism, kept only where speech says it.
  const place = (lemmas: string, gloss: string): string => `09067337 15 n 02 ${lemmas} 002 @ 08720619 n 0000 | ${gloss}`;
  it.each([
    [place('United_States 0 USA 0', 'North American republic containing 50 states'), ['usa'], ['usa']],
    [place('United_States 0 USA 0', 'North American republic containing 50 states'), [], []],
    [place('Soviet_Union 0 USSR 0', 'a former communist country in eastern Europe'), ['ussr'], []],
    [place('demilitarized_zone 0 DMZ 0', 'a zone from which military forces are prohibited'), ['dmz'], []],
  ])('%s (said in speech: %j) -> %j', (text, spoken, words) => {
    expect(organisationInitialisms(text, new Set(spoken))).toEqual(words);
  });
});

describe("on a business's line an everyday noun names the line of a body's initialism after it", () => {
  it.each([
    [entry('LUNG', noun, 'common', 3.92), entry('USA', noun | initialism, 'brand', 3.6), true, 'a noun and a nation speech names'],
    [entry('HELP', noun, 'common', 5.96), entry('FBI', noun | initialism, 'brand', 3.27), true, 'the same with an agency'],
    [entry('TOWN', noun, 'common', 4.5), entry('IRS', noun | initialism, 'brand', 3), false, 'an initialism only lists write'],
    [entry('PUP', noun, 'common', 3.5), entry('NATO', noun | initialism, 'brand', 3.5), false, 'a three-letter noun'],
    [entry('LUNG', noun, 'common', 3.92), entry('JSON', noun, 'brand', 3.5), false, 'a brand, not a body'],
    [entry('NEST', noun, 'common', 4.2), entry('CSS', noun | initialism | WORD_CLASS.written, 'brand', 3.2), false, 'an initialism lists and text write, speech does not say'],
  ])('%o before %o: %s (%s)', (first, second, expected) => {
    expect(nounBeforeName(first, second)).toBe(expected);
  });

  // KING-USA, a noun that opens compounds, has been first since stop 21's second round (see nationSpellings).
  it.each([['LUNG-USA'], ['HOPE-USA']])("%s is offered among a toll-free line's five, never first, never on a person's number", (phrase) => {
    const digits = toKeypadDigits(phrase);
    const texts = generateVanityNumbers(`+1800${digits}`).vanityNumbers;
    expect(texts.findIndex((text) => text.endsWith(phrase))).toBeGreaterThan(0);
    expect(generateVanityNumbers(`+1415${digits}`, { limit: 20 }).vanityNumbers.some((text) => text.endsWith(phrase))).toBe(false);
  });

  it.each([
    [entry('FED', noun, 'common', 4.2), entry('INFO', noun, 'common', 3.57), true, 'a noun and a noun a line is named by'],
    [entry('FED', noun, 'common', 4.2), entry('COAT', noun, 'common', 4.4), false, 'a noun no line is named by'],
    [entry('YAK', noun, 'common', 2.9), entry('INFO', noun, 'common', 3.57), false, 'a noun rarely said'],
    [entry('FED', noun, 'brand', 4.2), entry('HELP', noun, 'common', 5.96), false, 'a brand'],
  ])('%o before %o names a line: %s (%s)', (first, second, expected) => {
    expect(namesLine(first, second)).toBe(expected);
  });
});

describe("on a business's line a preposition heads the everyday noun after it, the two the whole number", () => {
  const { preposition } = WORD_CLASS;
  it.each([
    [entry('FOR', preposition, 'common', 6.8), entry('RENT', noun, 'common', 4.5), true, 'a preposition of the closed class and an everyday noun'],
    [entry('VIA', preposition, 'common', 3.6), entry('RAIL', noun, 'common', 3.7), true, 'the same, a rarer preposition'],
    [entry('OF', preposition, 'common', 7), entry('RENT', noun, 'common', 4.5), false, 'OF, which starts a phrase that stops short'],
    [entry('FOR', preposition, 'common', 6.8), entry('YAKS', noun, 'common', 2.9), false, 'a noun rarely said'],
    [entry('BY', preposition, 'common', 6.1), entry('PHONE', noun, 'common', 5.4), false, 'a two-letter preposition, which WordNet must list with its noun'],
    [entry('FOR', preposition, 'common', 6.8), entry('EAR', noun, 'common', 4.6), false, 'a noun of three letters'],
    [entry('FOR', preposition, 'common', 6.8), entry('ADAM', noun, 'name', 4.6), false, 'a name'],
    [entry('TO', preposition, 'common', 7.4), entry('WELLS', noun | WORD_CLASS.listed, 'common', 4), true, 'TO before a word a brand list names: the way to the company'],
    [entry('TO', preposition, 'common', 7.4), entry('TOWNS', noun, 'common', 4), false, 'TO before a word no brand list names'],
  ])('%o before %o: %s (%s)', (first, second, expected) => {
    expect(headsPhrase(first, second)).toBe(expected);
  });

  it.each([['FOR-RENT'], ['VIA-RAIL'], ['FOR-CASH']])("%s is offered on a toll-free line, never on a person's number", (phrase) => {
    const digits = toKeypadDigits(phrase);
    expect(generateVanityNumbers(`+1800${digits}`).vanityNumbers.some((text) => text.endsWith(phrase))).toBe(true);
    expect(generateVanityNumbers(`+1415${digits}`, { limit: 20 }).vanityNumbers.some((text) => text.endsWith(phrase))).toBe(false);
  });

  it.each([['FOR-HATE'], ['BY-PHONE'], ['TO-TOWNS']])('%s is not offered as a service on a toll-free line (a negative word, a two-letter preposition)', (phrase) => {
    expect(generateVanityNumbers(`+1800${toKeypadDigits(phrase)}`, { limit: 20 }).vanityNumbers.some((text) => text.endsWith(phrase))).toBe(false);
  });
});

describe('OK and HEY address a brand, the two the whole number of a toll-free line (OK-CANON)', () => {
  const { listed } = WORD_CLASS;
  const ok = entry('OK', noun, 'name', 5.71);
  it.each([
    [entry('CANON', noun | listed, 'common', 2.99), true],
    [entry('FEDEX', noun, 'brand', 3.2), true],
    // A brand one list names (the index's stand-in frequency), an everyday word said often, a word no list names.
    [entry('AMCOR', noun, 'brand', 3), false],
    [entry('HOUSE', noun | listed, 'common', 5.5), false],
    [entry('CANOE', noun, 'common', 3.1), false],
  ])('OK before %o: %s', (name, expected) => {
    expect(addressesBrand(ok, name)).toBe(expected);
    expect(addressesBrand(entry('GOT', WORD_CLASS.participle, 'common', 6), name)).toBe(false);
  });

  it.each([
    ['+18006522666', '1-800-OK-CANON', true],
    ['+14046522666', '1-404-OK-CANON', false],
    ['+18006546873', '1-800-OK-HOUSE', false],
    ['+18776526267', '1-877-OK-AMCOR', false],
  ])('%s offers %s: %s', (number, text, expected) => {
    expect(generateVanityNumbers(number).vanityNumbers.includes(text)).toBe(expected);
  });
});

describe('a country\'s initialism before a notable brand, the two the whole number of a toll-free line (USA-FORD)', () => {
  const { tradeName } = WORD_CLASS;
  const usa = entry('USA', noun | initialism, 'brand', 3.6);
  const us = entry('US', WORD_CLASS.pronoun, 'common', 6.23);
  it.each([
    ['USA', usa, entry('FORD', noun | tradeName, 'brand', 4.06), true],
    ['US', us, entry('KODAK', noun | tradeName, 'brand', 2.71), true],
    // A brand one list names (the stand-in frequency), a first name a brand list shares, a possessive: not notable.
    ['USA', usa, entry('OKTA', noun, 'brand', 3.1), false],
    ['USA', usa, entry('PAUL', noun, 'brand', 4.97), false],
    ['US', us, entry('AUDIS', noun, 'brand', 3.2), false],
    // Three letters, a word that is no brand, a word that is no country's initialism.
    ['USA', usa, entry('KIA', noun | tradeName, 'brand', 3.2), false],
    ['USA', usa, entry('DOSE', noun, 'common', 3.72), false],
    ['TSA', entry('TSA', noun | initialism, 'brand', 3), entry('FORD', noun | tradeName, 'brand', 4.06), false],
  ])('%s before %o: %s', (_first, first, second, expected) => {
    expect(namesCountryBrand(first, second)).toBe(expected);
  });

  it.each([
    ['+18008723673', '1-800-USA-FORD', true],
    ['+18888756325', '1-888-US-KODAK', true],
    ['+18008729269', '1-800-USA-XBOX', true],
    ['+12128723673', '1-212-USA-FORD', false],
    ['+18008727285', '1-800-USA-PAUL', false],
  ])('%s offers %s: %s', (number, text, expected) => {
    expect(generateVanityNumbers(number).vanityNumbers.includes(text)).toBe(expected);
  });

  it('reads the country after its brand too, the two the whole number (KODAK-US, stop 26)', () => {
    expect(namesCountryBrand(us, entry('KODAK', noun | tradeName, 'brand', 2.71))).toBe(true);
    expect(namesCountryBrand(entry('KODAK', noun | tradeName, 'brand', 2.71), us)).toBe(true);
    expect(namesCountryBrand(entry('OKTA', noun, 'brand', 3.1), usa)).toBe(false);
  });

  it.each([
    ['+18005632587', '1-800-KODAK-US', true],
    ['+18557653987', '1-855-ROLEX-US', true],
    ['+12125632587', '1-212-KODAK-US', false],
  ])('%s offers %s: %s', (number, text, expected) => {
    expect(generateVanityNumbers(number).vanityNumbers.includes(text)).toBe(expected);
  });
});

describe('a place after a verb of travel or love closes a business\'s line (VISIT-NJ, GO-UTAH, I-LOVE-NY)', () => {
  const { verb, place } = WORD_CLASS;
  const visit = entry('VISIT', noun | verb, 'common', 4.77);
  const nj = entry('NJ', noun | place, 'name', 3);
  it.each([
    ['VISIT', visit, nj, true],
    ['GO', entry('GO', verb, 'common', 6.58), entry('UTAH', noun | place, 'name', 3.69), true],
    ['LOVE', entry('LOVE', noun | verb, 'common', 6.05), entry('NY', noun | place, 'name', 3), true],
    ['GO', entry('GO', verb, 'common', 6.58), { ...entry('MONTA', noun | place, 'name', 3.77), fullWord: 'MONTANA' }, true],
    // A verb outside the closed class, a noun that is no verb, a name that is no place.
    ['TIP', entry('TIP', noun | verb, 'common', 4.44), nj, false],
    ['VISA', entry('VISA', noun, 'common', 4), nj, false],
    ['VISIT', visit, entry('GARY', noun, 'name', 4.2), false],
  ])('%s before %o: %s', (_first, first, second, expected) => {
    expect(visitsPlace(first, second)).toBe(expected);
  });

  it.each([
    ['NJ', nj, true],
    // OK and ME are said as words: they keep every reading they had.
    ['OK', entry('OK', noun | place, 'name', 5.71), false],
    ['UTAH', entry('UTAH', noun | place, 'name', 3.69), false],
  ])('%s is an unspoken postal code: %s', (_word, word, expected) => {
    expect(isUnspokenPostalCode(word)).toBe(expected);
  });

  it.each([
    ['+18004568369', '1-800-I-LOVE-NY', true],
    ['+18004668247', '1-800-GO-UTAH-7', false],
    ['+18008474872', '1-800-VISIT-PA', true],
    ['+18004666682', '1-800-GO-MONTA', true],
    ['+18004652672', '1-800-GO-KANSA', true],
    ['+18007336446', '1-800-SEE-OHIO', true],
    // A person's own number is no tourism office's line, and a postal code elsewhere is two stray letters.
    ['+12124568369', '1-212-I-LOVE-NY', false],
    ['+12128474872', '1-212-VISIT-PA', false],
    ['+18006954872', '1-800-NY-LIST-2', false],
  ])('%s offers %s: %s', (number, text, expected) => {
    expect(generateVanityNumbers(number).vanityNumbers.includes(text)).toBe(expected);
  });
});

describe('a word a brand list names, introduced, is that company, the two the whole number of a toll-free line (GO-HERTZ)', () => {
  const { listed, verb, determiner } = WORD_CLASS;
  const go = entry('GO', verb, 'common', 6.58);
  const get = entry('GET', verb, 'common', 6.66);
  const my = entry('MY', determiner, 'common', 6.9);
  it.each([
    ['GO', go, entry('HERTZ', noun | listed, 'known', 2.8), true],
    ['GET', get, entry('DELL', noun | listed, 'known', 3.39), true],
    ['MY', my, entry('YAHOO', noun | listed, 'known', 3.47), true],
    // An everyday word (BASH: GET-BASH is grammar's verb and object, below GET-CASH), said often (HOUSE), no list names it (CANOE), three letters (ACE), a verb first (GLIDE), a determiner that owns nothing (THE).
    ['GET', get, entry('BASH', noun | listed, 'common', 3.6), false],
    ['GO', go, entry('HOUSE', noun | listed, 'common', 5.5), false],
    ['GO', go, entry('CANOE', noun, 'common', 3.1), false],
    ['GO', go, entry('ACE', noun | listed, 'known', 3.2), false],
    ['GO', go, { ...entry('GLIDE', verb | noun | listed, 'known', 3.1), primary: verb }, false],
    ['LET', entry('LET', verb, 'common', 6.2), entry('CODA', noun | listed, 'known', 2.14), false],
    ['THE', entry('THE', determiner, 'common', 7.5), entry('HERTZ', noun | listed, 'known', 2.8), false],
  ])('%s before %o: %s', (_label, first, name, expected) => {
    expect(introducesListedBrand(first, name)).toBe(expected);
  });

  it.each([
    ['+18004643789', '1-800-GO-HERTZ', true],
    ['+18004383355', '1-800-GET-DELL', true],
    ['+18002753355', '1-800-ASK-DELL', true],
    ['+18004382274', '1-800-GET-CASH', true],
    // A person's own number hears the everyday word: no company on it.
    ['+14044643789', '1-404-GO-HERTZ', false],
    ['+14044383355', '1-404-GET-DELL', false],
  ])('%s offers %s: %s', (number, text, expected) => {
    expect(generateVanityNumbers(number).vanityNumbers.includes(text)).toBe(expected);
  });
});

describe('DO said as a command before the everyday noun it takes, the two the whole number of a toll-free line (DO-TAXES)', () => {
  const { auxiliary, verb } = WORD_CLASS;
  const doWord = entry('DO', auxiliary, 'common', 6.79);
  it.each([
    [entry('TAXES', noun | verb, 'common', 3.99), true],
    [entry('FRUIT', noun, 'common', 4.34), true],
    // A rarer noun, three letters, a verb first, a word of negative valence, an adjective too, a word cut short.
    [entry('SHAD', noun, 'common', 2.5), false],
    [entry('ART', noun, 'common', 4.9), false],
    [{ ...entry('BAKE', verb | noun, 'common', 3.9), primary: verb }, false],
    [entry('CRIME', noun, 'common', 4.6), false],
    [entry('PROOF', noun | adjective, 'common', 4.54), false],
    [{ ...entry('MUSI', noun, 'common', 5.3), fullWord: 'MUSIC' }, false],
  ])('DO before %o: %s', (second, expected) => {
    expect(commandsDo(doWord, second)).toBe(expected);
    expect(commandsDo(entry('GO', verb, 'common', 6.58), second)).toBe(false);
  });

  it.each([
    ['+18003682937', '1-800-DO-TAXES', true],
    ['+18003668742', '1-800-DO-MUSIC', true],
    // A person's own number: a stray command.
    ['+14153682937', '1-415-DO-TAXES', false],
  ])('%s offers %s: %s', (number, text, expected) => {
    expect(generateVanityNumbers(number).vanityNumbers.includes(text)).toBe(expected);
  });
});
