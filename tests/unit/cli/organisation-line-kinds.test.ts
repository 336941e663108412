import { describe, expect, it } from 'vitest';
import { generateVanityNumbers, toKeypadDigits } from '../../../amplify/engine';
import { lineRank } from '../../../local/eval/made-up-lines';
import { ORGANISATION_LINES } from '../../../local/eval/organisation-lines';

/** The made-up lines of one kind (see organisation-line-kinds.ts), as [printed, prefix]. */
const linesOf = (kind: string, printed: readonly string[]): [string, string][] =>
  ORGANISATION_LINES.filter(([lineKind, line]) => lineKind === kind && printed.includes(line)).map(([, line, prefix]) => [line, prefix]);

describe('made-up business lines of well-known bodies (stop 23)', () => {
  it.each(linesOf('agency', ['USCG-411', 'ASK-USCG', 'FEMA-HELP', 'USPS-HELP', 'USDA-INFO', 'OSHA-411', 'RCMP-411', 'USMC-411']))(
    "%s (+%s): a government agency's four-letter initialism is among the five",
    (printed, prefix) => {
      expect(lineRank(printed, prefix).rank).toBeGreaterThanOrEqual(0);
    },
  );

  it.each(linesOf('technical', ['PHP-HELP', 'CSS-INFO', 'HTML-411', 'SQL-HELP']))('%s (+%s): a term of computing names no line', (printed, prefix) => {
    expect(lineRank(printed, prefix).rank).toBe(-1);
  });
});

describe('a four-letter initialism before the noun its line is named by, cut by one letter', () => {
  it.each([['1-800-FEMA-HEL', '18003362435'], ['1-888-USPS-HEL', '18888777435']])('%s is offered first on the toll-free line', (vanity, digits) => {
    expect(generateVanityNumbers(`+${digits}`).vanityNumbers[0]).toBe(vanity);
  });

  it.each([['1-415-FEMA-HEL'], ['1-212-USPS-HEL'], ['+44-20-FEMA-HEL']])("%s: never on a person's number", (vanity) => {
    const number = `+${toKeypadDigits(vanity.replaceAll('-', '').replace('+', ''))}`;
    expect(generateVanityNumbers(number, { limit: 20 }).vanityNumbers.some((text) => text.includes('FEMA-HEL') || text.includes('USPS-HEL'))).toBe(false);
  });
});
