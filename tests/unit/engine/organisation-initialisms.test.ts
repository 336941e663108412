import { describe, expect, it } from 'vitest';
import { isWrittenInitialism, organisationInitialisms } from '../../../local/cli/organisation-initialisms';

describe('an initialism as WordNet writes it', () => {
  it.each([
    ['FDA', true],
    ['NASA', true],
    ['DoT', true],
    ['DoJC', false],
    ['BoP', true],
    ['Do', false],
    ['Dot', false],
    ['DaT', false],
    ['FTCOMMS', false],
    ['UN', false],
  ])('%s: %s', (lemma, expected) => {
    expect(isWrittenInitialism(lemma)).toBe(expected);
  });

  it("reads the United States' departments as their lines write them (DoT as DOT)", () => {
    const text = '08160653 14 n 03 Department_of_Transportation 0 Transportation 0 DoT 0 004 @ 08140150 n 0000 | the United States federal department that institutes and coordinates national transportation programs';
    expect(organisationInitialisms(text)).toEqual(['dot']);
  });
});
