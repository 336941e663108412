import { describe, expect, it } from 'vitest';
import { generateVanityNumbers, toKeypadDigits } from '../../../amplify/engine';
import { dotBrands } from '../../../local/cli/dot-brands';

/**
 * Brands that own a top-level domain of their name (stop 25, local/cli/dot-brands.ts): the Public Suffix List's
 * registrants vouch for the company's name a company list writes, on made-up lines
 * (local/eval/service-brand-lines.ts), none advertised in local/eval/famous-vanity-numbers.ts.
 */
const answers = (number: string, limit = 5): readonly string[] => generateVanityNumbers(number, { limit }).vanityNumbers;
const dialled = (vanity: string): string => `+${toKeypadDigits(vanity.replaceAll('-', ''))}`;

describe("the Public Suffix List's brand domains", () => {
  const list = [
    '// ===BEGIN ICANN DOMAINS===',
    '// com : https://en.wikipedia.org/wiki/.com',
    'com',
    '// newGTLDs',
    '// aetna : 2015-05-21 Aetna Life Insurance Company',
    'aetna',
    '// pizza : 2014-06-26 Binky Moon, LLC',
    'pizza',
    '// london : 2013-11-14 Dot London Domains Limited',
    'london',
    '// berlin : 2013-10-31 dotBERLIN GmbH & Co. KG',
    'berlin',
    '// statefarm : 2015-07-30 State Farm Mutual Automobile Insurance Company',
    'statefarm',
    '// kia : 2015-07-09 KIA MOTORS CORPORATION',
    'kia',
    '// amsterdam : 2014-07-24 Gemeente Amsterdam',
    'amsterdam',
    '// linde : 2014-12-04 Linde Aktiengesellschaft',
    'linde',
    '// hyatt : 2015-07-30 Hyatt GTLD, L.L.C.',
    'hyatt',
  ].join('\n');

  it("are the domains whose registrant's name opens with them and ends in an English-speaking company's form", () => {
    // A registry's domain (pizza, Binky Moon), a city's (london, "Dot London"; amsterdam, its council), an
    // initialism (kia) and a company of another legal form (linde, an Aktiengesellschaft) are not.
    expect(dotBrands(list)).toEqual(['aetna', 'hyatt', 'statefarm']);
  });
});

describe('a company list\'s brand that owns its domain stands beside a business line\'s digits', () => {
  it.each([['1-888-AETNA-22'], ['1-800-AETNA-22']])('%s is the answer', (vanity) => {
    expect(answers(dialled(vanity))[0]).toBe(vanity);
  });

  it.each([['1-212-AETNA-22'], ['1-415-AETNA-88']])("%s: never on a person's number", (vanity) => {
    expect(answers(dialled(vanity), 20).some((text) => text.includes('AETNA'))).toBe(false);
  });
});
