import { describe, expect, it } from 'vitest';
import { generateVanityNumbers } from '../../../amplify/engine';

/** The candidate written `text`, with the whole word its last part says when cut short. */
function offered(number: string, text: string): { text: string; fullWord: string | undefined } | undefined {
  const candidate = generateVanityNumbers(number).candidates.find((entry) => entry.text === text);
  return candidate && { text: candidate.text, fullWord: candidate.parts.at(-1)?.fullWord };
}

describe('a business line abroad whose networks ignore the digits dialled past it spells as a 1-800 line does', () => {
  it.each([
    ['+611800737732', '+61-1800-RESPEC', 'RESPECT', 'an everyday word that fills an Australian freecall number, cut by a letter'],
    ['+611300278358', '+61-1300-CRUELT', 'CRUELTY', 'the RSPCA kind of 1300 word'],
    ['+64800543354', '+64-800-LIFELI', 'LIFELINE', "a New Zealand helpline's word, cut by two letters as it is advertised"],
    ['+648005433546', '+64-800-LIFE-LIN', 'LINE', 'a phrase of a seven-digit 0800 number closing on a word cut short'],
    // TEA-TABL(E) was the example until stop 19: TEAT, a profane-words entry, now counts across the split.
    ['+648004232732', '+64-800-ICE-CREA', 'CREAM', 'a pair heard as one unit closing on its stub'],
  ])('%s offers %s (%s): %s', (number, text, fullWord) => {
    expect(offered(number, text)).toEqual({ text, fullWord });
  });

  it('0800 LIFELINE leads with its word cut short, not a verb and a first name (LIE-ELI)', () => {
    expect(generateVanityNumbers('+64800543354').vanityNumbers[0]).toBe('+64-800-LIFELI');
  });

  it.each([
    ['+611300269333', '+61-1300-BMW-333', 'a brand initialism spelling the first group of a 1300 number'],
    ['+611300593863', '+61-1300-LYFT-63', 'a brand of four letters opening a 1300 number'],
    // Six initialisms spell 672 (MSB, NPC, NRA, NRC, NSA, NSC): the list's room takes the first four, after the plain number.
    ['+648006723137', '+64-800-MSB-3137', "an organisation's initialism before the line's four digits"],
  ])('%s closes its list with the name line %s: %s', (number, text) => {
    expect(generateVanityNumbers(number).vanityNumbers).toContain(text);
  });
});

describe('where a line abroad is too short for a North American habit, the habit does not apply', () => {
  it.each([
    ['+61132327', /^\+61-13-[A-Z]{3}-\d$/, 'an initialism and one digit on a 13 number name no line (13-BDC-7)'],
    ['+611300793225', /-RYE-BAL$/, 'a stub after a word it makes no unit with, on six letters (RYE-BAL(L))'],
    ['+6490043725', /-GERAL$/, 'a lone word cut to five letters (GERAL(D))'],
    ['+6490477293', /-PRAYE$/, 'a lone word cut to five letters (PRAYE(R))'],
    ['+611300222623', /-A-CANCE$/, 'a one-letter word before a lone stub (A-CANCE(R))'],
    ['+611300263374', /-CODESH$/, 'a brand cut by two letters on six digits (CODESH(IP))'],
  ])('%s offers nothing like %s: %s', (number, unwanted) => {
    expect(generateVanityNumbers(number).vanityNumbers.filter((text) => unwanted.test(text))).toEqual([]);
  });
});

describe('a line abroad where no source shows the overdial keeps the one cut word brands advertise', () => {
  it.each([
    ['+44800737732', 'UK freephone: 0800 holds six- and seven-digit numbers side by side'],
    ['+3531800737732', 'Irish freephone'],
    ['+61295433546', 'a Sydney number: a person chose no word (LIFE-LIN(E) on a 0800 line)'],
    ['+6495433546', 'an Auckland number'],
  ])('%s: no word cut short (%s)', (number) => {
    const cut = generateVanityNumbers(number).candidates.filter(({ parts }) => parts.some((part) => part.fullWord !== undefined));
    expect(cut.map(({ text }) => text)).toEqual([]);
  });
});

describe('a business line abroad that dials every letter still takes the kinds that spell its digits whole (stop 26)', () => {
  it.each([
    ['+448008372612', '+44-800-TESCO-12', 'a British chain beside the last digits of a seven-digit 0800 number'],
    ['+448001283726', '+44-800-12-TESCO', 'the same chain after its line digits'],
    ['+443308372600', '+44-330-TESCO-00', 'a 03 number'],
    ['+3531800837261', '+353-1800-TESCO-1', 'an Irish freephone number'],
  ])('%s offers %s first: %s', (number, text) => {
    expect(generateVanityNumbers(number).vanityNumbers[0]).toBe(text);
  });

  it.each([
    ['+448002746712', '+44-800-ARGOS-12', 'a chain the name-suggestion-index places in the UK, beside two digits'],
    ['+611300246987', '+61-1300-2-HOYTS', 'an Australian chain after a digit'],
  ])('%s offers %s first: %s (a chain of the line\'s country)', (number, text) => {
    expect(generateVanityNumbers(number).vanityNumbers[0]).toBe(text);
  });

  it('+18002746712 (a North American line) offers no ARGOS: the chain is not its country\'s', () => {
    expect(generateVanityNumbers('+18002746712').vanityNumbers.join(' ')).not.toContain('ARGOS');
  });

  it('+44800737727 (a six-digit UK freephone number) offers no brand cut short beside digits', () => {
    const cut = generateVanityNumbers('+44800737727').candidates.filter(({ parts }) => parts.some((part) => part.fullWord !== undefined));
    expect(cut).toEqual([]);
  });
});

describe("Australia's 13 numbers take a local chain's name of up to six letters, cut to its four digits (stop 26)", () => {
  it('+61137258 offers 13-SALV(OS), a chain the name-suggestion-index places in Australia', () => {
    expect(offered('+61137258', '+61-13-SALV')).toEqual({ text: '+61-13-SALV', fullWord: 'SALVOS' });
  });

  it('+61134484 offers no chain known only outside Australia (GITH(UB) on a 13 number)', () => {
    const cut = generateVanityNumbers('+61134484').candidates.filter(({ parts }) => parts.some((part) => part.fullWord !== undefined));
    expect(cut).toEqual([]);
  });
});

describe('a long noun a cause is named by fills a business line abroad cut by two letters (stop 27)', () => {
  it.each([
    ['+611800644724', '+61-1800-MIGRAI', 'MIGRAINE', 'MIGRAINE, said below the stub floor (Zipf 3.3), first on an Australian freecall line'],
    ['+64800644724', '+64-800-MIGRAI', 'MIGRAINE', 'the same word on a New Zealand 0800 line'],
  ])('%s offers %s (%s): %s', (number, text, fullWord) => {
    expect(offered(number, text)).toEqual({ text, fullWord });
  });

  it('+611800644724 leads with MIGRAI(NE), ahead of two initialisms beside a word (NIH-RAG)', () => {
    expect(generateVanityNumbers('+611800644724').vanityNumbers[0]).toBe('+61-1800-MIGRAI');
  });

  it.each([
    ['+44800644724', 'a UK freephone number, where no source shows the overdial'],
    ['+61296447241', "a Sydney person's number holding the same digits"],
  ])('%s offers no MIGRAI(NE): %s', (number) => {
    expect(generateVanityNumbers(number).vanityNumbers.filter((text) => text.includes('MIGRAI'))).toEqual([]);
  });
});

describe("a chain's spoken name (the name-suggestion-index's short name or the word before its trade: see spokenName)", () => {
  it.each([
    ['+61132484', '+61-13-CITI', "Citibank's short name filling an Australian 13 number"],
    ['+18002363446', '1-800-BENDIGO', "Bendigo Bank's name before its trade filling a toll-free number"],
  ])('%s offers %s: %s', (number, text) => {
    expect(generateVanityNumbers(number).vanityNumbers).toContain(text);
  });

  it.each([['+15033962484'], ['+61739612484'], ['+15032363446']])("is no filler on a person's number (%s)", (number) => {
    expect(generateVanityNumbers(number).vanityNumbers.join(' ')).not.toMatch(/CITI|BENDIGO/);
  });
});
