import { describe, expect, it } from 'vitest';
import { brandSuggestions, isIntimateTrade, leadingInitials, shortNames, spokenName } from '../../../local/cli/brand-suggestions';

describe('shortNames: the shorter names a brand of the name-suggestion-index signs itself by', () => {
  it.each([
    ['NASA Federal Credit Union', {}, ['NASA FCU']],
    ['Affinity Credit Union', {}, ['Affinity CU']],
    ['America First Credit Union', { short_name: 'AFCU' }, ['AFCU']],
    ['Security Service Federal Credit Union', { short_name: 'SSFCU' }, ['SSFCU']],
    ['PenFed Credit Union', { short_name: 'PenFed' }, ['PenFed', 'PenFed CU']],
    ['Crumbl Cookies', { short_name: 'Crumbl' }, ['Crumbl']],
    ['Citibank', { short_name: 'Citi' }, []],
    // Neither the start of the name nor a bank's initials: a chain's initials or a short stub fit too many numbers.
    ['French Connection UK', { short_name: 'FCUK' }, []],
    ["Andy's Frozen Custard", { short_name: "Andy's" }, ["Andy's"]],
    ["Ike's Love and Sandwiches", { short_name: "Ike's" }, []],
    ['Dos Toros Taqueria', { short_name: 'Dos' }, []],
    ['KOI Auto Parts', { short_name: 'KOI' }, []],
    ['Golden 1 Credit Union', {}, []],
    ['Lake Michigan Credit Union', { 'brand:short': 'LMCU' }, ['LMCU']],
  ])('%s %o -> %o', (name, tags, expected) => {
    expect(shortNames(name, tags)).toEqual(expected);
  });

  it('lists the short names beside the brands of an English-speaking region', () => {
    const nsi = {
      'brands/amenity/bank': { items: [{ locationSet: { include: ['us'] }, tags: { brand: 'NASA Federal Credit Union' } }] },
      'brands/amenity/atm': { items: [{ locationSet: { include: ['fr'] }, tags: { brand: 'Navy Federal Credit Union' } }] },
    };
    expect(brandSuggestions(nsi).names).toEqual(['NASA FCU', 'NASA Federal Credit Union']);
  });
});

describe('spokenName: what people call a chain beyond its short names', () => {
  it.each([
    ['Citibank', { short_name: 'Citi' }, 'Citi'],
    ['Bendigo Bank', {}, 'Bendigo'],
    ['Hino Motors', {}, 'Hino'],
    ['Skipton Building Society', {}, 'Skipton'],
    // The build drops a word (CITIZENS, FROST): see readVocabulary.
    ['Citizens Bank', { short_name: 'Citizens' }, 'Citizens'],
    // Three letters, capitals, not the name's start, two words before the trade: no name people say alone.
    ['Moe\'s Southwest Grill', { short_name: "Moe's" }, undefined],
    ['KOI Auto Parts', { short_name: 'KOI' }, undefined],
    ['PNC Bank', {}, undefined],
    ['First Commonwealth Bank', {}, undefined],
    ['TSB Bank', {}, undefined],
    ['Bank of America', {}, undefined],
  ] as const)('%s %j -> %s', (name, tags, expected) => {
    expect(spokenName(name, tags)).toBe(expected);
  });

  it('keeps only those of a chain in two categories or more of an English-speaking region', () => {
    const bank = (brand: string, include: string[]) => ({ locationSet: { include }, tags: { brand } });
    const nsi = {
      'brands/amenity/bank': { items: [bank('Bendigo Bank', ['au']), bank('Arvest Bank', ['us']), bank('Danske Bank', ['dk'])] },
      'brands/amenity/atm': { items: [bank('Bendigo Bank', ['au']), bank('Danske Bank', ['dk'])] },
    };
    expect(brandSuggestions(nsi).spokenNames).toEqual(['Bendigo']);
  });
});

describe('leadingInitials: the capitals a chain\'s longer name starts with', () => {
  it.each([
    ['CVS Pharmacy', 'CVS'],
    ['PNC Bank', 'PNC'],
    ['HSBC UK', 'HSBC'],
    ['CVS', undefined],
    ['Cvs Pharmacy', undefined],
    ['TD Bank', undefined],
    ['ABCDEFG Stores', undefined],
  ])('%s -> %s', (name, expected) => {
    expect(leadingInitials(name)).toBe(expected);
  });

  it('keeps those of a chain in two categories or more, in a country of English-speaking callers', () => {
    const item = (brand: string, region = 'us') => ({ locationSet: { include: [region] }, tags: { brand } });
    const nsi = {
      'brands/amenity/pharmacy': { items: [item('CVS Pharmacy'), item('KOI Auto Parts')] },
      'brands/shop/chemist': { items: [item('CVS Pharmacy')] },
      'brands/amenity/fuel': { items: [item('PTT Station', '001')] },
      'brands/advertising/totem': { items: [item('PTT Station', '001')] },
    };
    expect(brandSuggestions(nsi).leadingInitialisms).toEqual(['cvs']);
    expect(brandSuggestions(nsi).initialisms).toEqual([]);
  });
});

describe('isIntimateTrade: a brand the index files under sex or drugs is no line\'s name', () => {
  it.each([
    ['a condom maker\'s vending machines', { amenity: 'vending_machine', vending: 'condoms' }, true],
    ['one of several things vended', { amenity: 'vending_machine', vending: 'drinks;condoms' }, true],
    ['an erotic shop', { shop: 'erotic' }, true],
    ['a cannabis shop', { shop: 'cannabis' }, true],
    ['a strip club', { amenity: 'stripclub' }, true],
    ['a drinks machine', { amenity: 'vending_machine', vending: 'drinks' }, false],
    ['a tobacconist (a legal trade a business line may name)', { shop: 'tobacco' }, false],
  ])('%s', (_rule, tags, expected) => {
    expect(isIntimateTrade(tags)).toBe(expected);
  });

  it('leaves them out of the brand names', () => {
    const nsi = {
      'brands/amenity/vending_machine': { items: [{ locationSet: { include: ['001'] }, tags: { brand: 'Durex', vending: 'condoms' } }, { locationSet: { include: ['us'] }, tags: { brand: 'Pepsi', vending: 'drinks' } }] },
    };
    expect(brandSuggestions(nsi).names).toEqual(['Pepsi']);
  });
});

describe("brandSuggestions' capitals: a sign's or short name's letters, one source of known-initialisms.ts", () => {
  it('lists capitals of three to five letters written as brand, name or short name in an English-speaking region', () => {
    const nsi = {
      'brands/amenity/car_rental': { items: [{ locationSet: { include: ['us'] }, tags: { brand: 'American Automobile Association', short_name: 'AAA' } }] },
      'brands/shop/car': { items: [{ locationSet: { include: ['fr'] }, tags: { brand: 'KTM' } }, { locationSet: { include: ['gb'] }, tags: { brand: 'GMC', 'brand:short': 'GM' } }] },
      'brands/shop/books': { items: [{ locationSet: { include: ['us'] }, tags: { brand: 'ABCDEFG' } }] },
    };
    expect(brandSuggestions(nsi).capitals).toEqual(['AAA', 'GMC']);
  });
});
