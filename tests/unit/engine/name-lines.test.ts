import { describe, expect, it } from 'vitest';
import { generateVanityNumbers } from '../../../amplify/engine';
import type { WordEntry } from '../../../amplify/engine/dictionary';
import { NAME_LINE, isNameLine } from '../../../amplify/engine/name-lines';
import { isObjectName } from '../../../amplify/engine/phrase-units';
import { WORD_CLASS } from '../../../amplify/engine/word-tags';

const { noun, verb, determiner, initialism, tradeName } = WORD_CLASS;

function entry(word: string, classes: number, familiarity: WordEntry['familiarity'] = 'brand', zipf = 3): WordEntry {
  return { word, zipf, familiarity, classes, primary: classes & -classes, language: 'en' };
}

describe('a name line: one brand or initialism beside the digits of its line', () => {
  const ford = entry('FORD', noun, 'brand', 4.06);
  it.each([
    ['GMC-8782: a chain said letter by letter spells the exchange', [{ start: 0, end: 3, word: entry('GMC', noun) }, { start: 3, end: 7 }], true],
    ['ADA-8782: three letters said as a word do not', [{ start: 0, end: 3, word: entry('ADA', noun) }, { start: 3, end: 7 }], false],
    ['FDA-1088: an agency initialism', [{ start: 0, end: 3, word: entry('FDA', noun | initialism) }, { start: 3, end: 7 }], true],
    ['392-FORD: a known brand closes the number', [{ start: 0, end: 3 }, { start: 3, end: 7, word: ford }], true],
    ['FORD-673: or opens it', [{ start: 0, end: 4, word: ford }, { start: 4, end: 7 }], true],
    ['39-FORD-3: not wedged between digits', [{ start: 0, end: 2 }, { start: 2, end: 6, word: ford }, { start: 6, end: 7 }], false],
    ['TIDB-273: not a brand only one list names', [{ start: 0, end: 4, word: entry('TIDB', noun) }, { start: 4, end: 7 }], false],
    ['392-DOSE: not an everyday word', [{ start: 0, end: 3 }, { start: 3, end: 7, word: entry('DOSE', noun, 'common', 4) }], false],
    ['XFINITY: a brand that fills the number is no line', [{ start: 0, end: 7, word: entry('XFINITY', noun) }], false],
    ['FORBES-5: a trade name of five letters or more opens it', [{ start: 0, end: 6, word: entry('FORBES', noun | tradeName, 'name', 3.1) }, { start: 6, end: 7 }], true],
    ['23-LLOYD: or closes it', [{ start: 0, end: 2 }, { start: 2, end: 7, word: entry('LLOYD', noun | tradeName, 'name', 3.1) }], true],
    ['ANDY-781: not a trade name of four letters (mostly first names)', [{ start: 0, end: 4, word: entry('ANDY', noun | tradeName, 'name', 3.1) }, { start: 4, end: 7 }], false],
    ['KATHERY-9: not a name no second list knows', [{ start: 0, end: 6, word: entry('KATHER', noun, 'name', 3.1) }, { start: 6, end: 7 }], false],
    ['FORBES-5: not with a trade name one list names (a stand-in frequency)', [{ start: 0, end: 6, word: entry('FORBES', noun | tradeName, 'name', 3) }, { start: 6, end: 7 }], false],
    ['392-5-KIA: a notable brand (three lists, not in speech) closes the number with three letters', [{ start: 0, end: 4 }, { start: 4, end: 7, word: entry('KIA', noun | tradeName, 'brand', 3.2) }], true],
    ['KIA-5542: but does not open it (an exchange of three letters must be said letter by letter)', [{ start: 0, end: 3, word: entry('KIA', noun | tradeName, 'brand', 3.2) }, { start: 3, end: 7 }], false],
    ['39-KIA-42: nor stands between digits', [{ start: 0, end: 2 }, { start: 2, end: 5, word: entry('KIA', noun | tradeName, 'brand', 3.2) }, { start: 5, end: 7 }], false],
    ['392-5-ADA: not a brand one list names', [{ start: 0, end: 4 }, { start: 4, end: 7, word: entry('ADA', noun, 'brand', 3.1) }], false],
    ['44-KODAK: a notable brand one list names (subtitles say it) closes the number at its stand-in frequency', [{ start: 0, end: 2 }, { start: 2, end: 7, word: entry('KODAK', noun | tradeName, 'brand', 2.71) }], true],
    ['KODAK-25: or opens it, digits after (a notable brand of four letters or more)', [{ start: 0, end: 5, word: entry('KODAK', noun | tradeName, 'brand', 2.71) }, { start: 5, end: 7 }], true],
    ['TIDB-25: not a brand one list names at its stand-in frequency', [{ start: 0, end: 4, word: entry('TIDB', noun, 'brand', 3) }, { start: 4, end: 7 }], false],
    ['555-REEBO(K): a notable brand cut by a letter closes the number', [{ start: 0, end: 2 }, { start: 2, end: 7, word: { ...entry('REEBO', noun | tradeName, 'brand', 3.1), fullWord: 'REEBOK' } }], true],
    ['45-PACKA(RD): or cut by two, five letters kept', [{ start: 0, end: 2 }, { start: 2, end: 7, word: { ...entry('PACKA', noun | tradeName, 'brand', 3.1), fullWord: 'PACKARD' } }], true],
    ['555-REEB(OK): not cut by two with four letters kept', [{ start: 0, end: 3 }, { start: 3, end: 7, word: { ...entry('REEB', noun | tradeName, 'brand', 3.1), fullWord: 'REEBOK' } }], false],
    ['5555-KOD(AK): not with three letters kept', [{ start: 0, end: 4 }, { start: 4, end: 7, word: { ...entry('KOD', noun | tradeName, 'brand', 2.71), fullWord: 'KODAK' } }], false],
    ['REEBO(K)-55: a cut brand never opens the number', [{ start: 0, end: 5, word: { ...entry('REEBO', noun | tradeName, 'brand', 3.1), fullWord: 'REEBOK' } }, { start: 5, end: 7 }], false],
    ['55-AMCO(R): not a brand one list names, cut', [{ start: 0, end: 3 }, { start: 3, end: 7, word: { ...entry('AMCO', noun, 'brand', 3), fullWord: 'AMCOR' } }], false],
    ['44-XBOX-5: nor stands between digits', [{ start: 0, end: 2 }, { start: 2, end: 6, word: entry('XBOX', noun | tradeName, 'brand', 3) }, { start: 6, end: 7 }], false],
  ])('%s', (_rule, segments, expected) => {
    expect(isNameLine(segments, 7)).toBe(expected);
  });

  it.each([
    ['+18004628782', '1-800-GMC-8782'],
    ['+18003923673', '1-800-392-FORD'],
    ['+18003321088', '1-800-FDA-1088'],
    // A bank the name-suggestion-index writes in capitals under two of its categories (bank, ATM) counts as
    // known to two lists, as a name beside digits must be.
    ['+18008342282', '1-800-834-BBVA'],
    // A surname SCOWL keeps and cspell's people names list too (see local/cli/proper-names.ts).
    ['+18003672375', '1-800-FORBES-5'],
    // Brands of three letters that three brand lists name and speech does not use (see isNotableBrand in
    // local/cli/word-index-builder.ts), spelled after digits.
    ['+18003925542', '1-800-392-5-KIA'],
    ['+18004477345', '1-800-447-7-DHL'],
    ['+18002663269', '1-800-266-3-BMW'],
    // A brand a dictionary keeps that a company list names (see dictionaryBrands), cut short.
    ['+18005573493', '1-800-55-PFIZE'],
  ])('%s lists %s on a toll-free number, never first', (number, expected) => {
    const texts = generateVanityNumbers(number).vanityNumbers;
    expect(texts).toContain(expected);
    expect(texts[0]).not.toBe(expected);
  });

  // Stop 24: a notable brand of five letters or more beside one or two digits is that brand's line, heard
  // whole where the words that dial alike are two weak ones (445-NECK, 445-MEAL beside 44-KODAK) or none.
  it.each([
    // Brands of four to six letters one list names that English subtitles say often (see heardBrands).
    ['+18004456325', '1-800-44-KODAK'],
    ['+18004464566', '1-800-44-NIKON'],
    // Brands a dictionary keeps that a company list names (see dictionaryBrands), after digits or leading them.
    ['+18005733265', '1-800-5-REEBOK'],
    ['+18007653955', '1-800-ROLEX-55'],
  ])('%s puts %s first on a toll-free number (see answersAsBrand)', (number, expected) => {
    expect(generateVanityNumbers(number).vanityNumbers[0]).toBe(expected);
  });

  // Not a possessive (LEGO's), a surname a brand list shares (DAVIS), nor one list's name heard as two words
  // (BIGBEE): on 50,000 random toll-free numbers such names led lines a caller would not read as a brand's.
  it.each([
    ['+18885346747', '1-888-LEGOS-47'],
    ['+18003284712', '1-800-DAVIS-12'],
    ['+18006244233', '1-800-6-BIGBEE'],
  ])('%s keeps %s a name line, last', (number, expected) => {
    const texts = generateVanityNumbers(number).vanityNumbers;
    expect(texts[texts.length - 1]).toBe(expected);
  });

  it.each([
    ['+12124628782', '1-212-GMC-8782'],
    ['+12123923673', '1-212-392-FORD'],
    ['+12123672375', '1-212-FORBES-5'],
    ['+12123925542', '1-212-392-5-KIA'],
    ['+12124456325', '1-212-44-KODAK'],
  ])('%s does not list %s: a local line is a person\'s', (number, unexpected) => {
    expect(generateVanityNumbers(number).vanityNumbers).not.toContain(unexpected);
  });

  it.each([
    // BERLI is BERLIN cut short to a caller before it is BERLITZ: the stem reads as the other word.
    ['+18006123754', '1-800-61-BERLI'],
    // LEVI is a first name before it is LEVIS cut short: the line reads as someone's name.
    ['+18334755384', '1-833-475-LEVI'],
  ])('%s does not list %s: a cut brand\'s stem that is another word cut short or a name', (number, unexpected) => {
    expect(generateVanityNumbers(number).vanityNumbers).not.toContain(unexpected);
  });

  it('does not list a name line that is a piece of an answer (HILTON-7 after 1-800-HILTONS)', () => {
    const texts = generateVanityNumbers('+18004458667').vanityNumbers;
    expect(texts[0]).toBe('1-800-HILTONS');
    expect(texts).not.toContain('1-800-HILTON-7');
  });

  it(`keeps ${NAME_LINE.maxPerNumber} place for name lines in a full list, the last`, () => {
    const texts = generateVanityNumbers('+18004628782').vanityNumbers;
    expect(texts).toHaveLength(5);
    expect(texts[4]).toBe('1-800-GMC-8782');
  });

  // An everyday word before the same line noun (CON-INFO, CAB-HELP) dials the same digits: the body's name is
  // another choice for the business, not a keypad twin to hold back.
  it.each([
    ['+18002664636', '1-800-CNN-INFO', '1-800-CON-INFO'],
    ['+18002224357', '1-800-AAA-HELP', '1-800-CAB-HELP'],
  ])('offers %s as an initialism naming its line (%s) beside a word naming it', (number, named, word) => {
    const texts = generateVanityNumbers(number).vanityNumbers;
    expect(texts).toContain(named);
    expect(texts).toContain(word);
  });

  it.each(['+18666720026', '+18778724080'])('%s: where no word fits and more initialisms spell the line than the list holds, the plain number still leads', (number) => {
    const texts = generateVanityNumbers(number).vanityNumbers;
    expect(texts[0]).toBe(`1-${number.slice(2, 5)}-${number.slice(5, 8)}-${number.slice(8)}`);
    expect(texts).toHaveLength(5);
  });
});

describe('a name after a determiner is the object only of MY, YOUR, OUR', () => {
  it.each([
    ['MY', true],
    ['YOUR', true],
    ['HER', false],
    ['ANY', false],
  ])('%s before a brand: %s', (word, expected) => {
    expect(isObjectName(entry(word, determiner, 'common', 6), entry('EVRI', noun))).toBe(expected);
  });

  it('a verb still introduces a brand (GO-FEDEX)', () => {
    expect(isObjectName(entry('GO', verb, 'common', 6), entry('FEDEX', noun))).toBe(true);
  });
});

describe('FOR before a notable brand on a business line: the line is for the brand (1-800-FOR-AUDI)', () => {
  it('offers FOR-AUDI first on the toll-free line that spells it', () => {
    expect(generateVanityNumbers('+18003672834').vanityNumbers[0]).toBe('1-800-FOR-AUDI');
  });

  it("never on a person's number, where a brand is no one's line", () => {
    expect(generateVanityNumbers('+13033672834').vanityNumbers).not.toContain('1-303-FOR-AUDI');
  });
});
