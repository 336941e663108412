import { describe, expect, it } from 'vitest';
import { generateVanityNumbers, toKeypadDigits } from '../../../amplify/engine';
import { founderBrands, ownsName } from '../../../local/cli/founder-brands';

/**
 * Chains named for their founder (stop 26, local/cli/founder-brands.ts): a surname the name-suggestion-index
 * gives a chain of the callers' own countries that owns that name on the web stands beside a business line's
 * digits, on made-up lines (none advertised in local/eval/famous-vanity-numbers.ts).
 */
const answers = (number: string, limit = 5): readonly string[] => generateVanityNumbers(number, { limit }).vanityNumbers;
const dialled = (vanity: string): string => `+${toKeypadDigits(vanity.replaceAll('-', ''))}`;

describe("a chain's own name on the web", () => {
  it('is an account or the first label of a web address written with exactly its name', () => {
    expect(ownsName('kohler', { identities: { twitter: 'Kohler' } })).toBe(true);
    expect(ownsName('westin', { identities: { website: 'https://westin.marriott.com/' } })).toBe(true);
    expect(ownsName('michaels', { officialWebsites: ['https://www.michaels.com/'] })).toBe(true);
    // A parent's address or an account of another name is not the chain's own name.
    expect(ownsName('westin', { identities: { website: 'https://www.marriott.com/westin', instagram: 'westinhotels' } })).toBe(false);
  });
});

describe('founder brands', () => {
  const item = (brand: string, wikidata: string, include: string[]) => ({ locationSet: { include }, tags: { brand, 'brand:wikidata': wikidata } });
  const nsi = {
    'brands/shop/bathroom_furnishing': { items: [item('Kohler', 'Q1', ['001']), item('Foley', 'Q2', ['us']), item('Bosco', 'Q3', ['001'])] },
    'brands/shop/craft': { items: [item('Michaels', 'Q4', ['us', 'ca']), item('Kevin', 'Q5', ['001']), item('Rowe', 'Q6', ['001'])] },
    'operators/man_made/surveillance': { items: [item('Hadley', 'Q7', ['001'])] },
  };
  const site = (name: string, description: string) => ({ description, identities: { website: `https://www.${name}.com/` } });
  const wikidata = {
    Q1: site('kohler', 'American hardware manufacturing company'),
    Q2: site('foley', 'American department store chain'),
    Q3: site('bosco', 'Russian fashion retailer'),
    Q4: site('michaels', 'North American arts and crafts retail chain'),
    Q5: site('kevin', 'American shoe store chain'),
    Q6: site('rowe', 'British furniture chain'),
    Q7: site('hadley', 'American operator'),
  };
  const people = new Set(['kohler', 'foley', 'bosco', 'michaels', 'kevin', 'rowe', 'hadley']);

  it("are surnames of the callers' own countries' chains, listed worldwide or in two countries, that own their name", () => {
    // FOLEY trades in one country, BOSCO is Russian, KEVIN a first name, ROWE too short, HADLEY an operator's.
    expect(founderBrands(nsi, wikidata, people, new Set(['kevin']))).toEqual(['kohler', 'michaels']);
  });
});

describe("a founder's brand stands beside a business line's digits", () => {
  it('1-888-KOHLER-7 is the answer', () => {
    expect(answers(dialled('1-888-KOHLER-7'))[0]).toBe('1-888-KOHLER-7');
  });

  it('1-855-WESTIN-2 is offered', () => {
    expect(answers(dialled('1-855-WESTIN-2'))).toContain('1-855-WESTIN-2');
  });

  it("never on a person's number", () => {
    expect(answers('+12125645377').some((answer) => answer.includes('KOHLER'))).toBe(false);
  });
});
