import { describe, expect, it } from 'vitest';
import { tradeNames, unclaimedNames } from '../../../local/cli/dictionary-brands';
import type { ProperNames } from '../../../local/cli/proper-names';

/** A WordNet data.noun line: offset, lexicographer file, lemmas, gloss. */
function synset(file: string, lemmas: readonly string[], gloss: string): string {
  const words = lemmas.map((lemma) => `${lemma} 0`).join(' ');
  return `00000000 ${file} n ${lemmas.length.toString(16).padStart(2, '0')} ${words} 000 | ${gloss}  `;
}

describe('tradeNames: WordNet glosses that name a trade name or call the synset a trademark', () => {
  const dataNoun = [
    synset('06', ['diphenhydramine'], 'antihistamine (trade name Benadryl) used to treat allergic reactions'),
    synset('06', ['albuterol', 'salbutamol'], 'a bronchodilator (trade names Ventolin or Proventil) used for asthma'),
    synset('13', ['Velveeta'], 'trademark: soft processed American cheese'),
    synset('06', ['doxycycline'], 'an antibiotic; "Vibramycin is the trade name of doxycycline"'),
    synset('18', ['Kipling'], 'British writer born in India'),
  ].join('\n');

  it('reads the names a gloss gives as trade names and the lemmas of a trademark gloss', () => {
    expect([...tradeNames(dataNoun)].sort()).toEqual(['benadryl', 'proventil', 'velveeta', 'ventolin']);
  });

  it('leaves out the generic name beside a trade name and a gloss that names none', () => {
    const names = tradeNames(dataNoun);
    expect(names.has('doxycycline')).toBe(false);
    expect(names.has('diphenhydramine')).toBe(false);
    expect(names.has('kipling')).toBe(false);
  });
});

describe('unclaimedNames: SCOWL proper names that no list of people or places and no WordNet sense claims', () => {
  const names: ProperNames = {
    scowl: ['andretti', 'bukhara', 'colgate', 'delilah', 'delilahs', 'fomalhaut', 'gatorade', 'hebraic', 'jackson', 'nabisco', 'walkman', 'zeus'],
    people: new Set(['jackson']),
    frequent: new Set(),
    sacred: new Set(['zeus']),
    placesAndPeople: new Set(['delilah']),
    given: new Set(),
    source: '',
  };
  const dataNoun = [
    synset('18', ['Mario_Andretti'], 'United States racing driver'),
    synset('17', ['Fomalhaut'], 'the brightest star in Piscis Austrinus'),
    synset('06', ['Walkman'], 'a pocket-sized stereo system'),
  ].join('\n');
  const adjectives = synset('00', ['Hebraic'], 'of or relating to the Hebrews or their culture').replace(' n ', ' a ');
  const unclaimed = unclaimedNames(names, { people: new Set(), places: new Set(['bukhara']) }, { dataNoun, others: [adjectives] });

  it('keeps brands no source claims, and a brand WordNet files as an artifact', () => {
    expect(unclaimed).toEqual(['colgate', 'gatorade', 'nabisco', 'walkman']);
  });

  it('leaves out people, places, a star, an adjective, a plural of a name and a sacred name', () => {
    for (const name of ['andretti', 'bukhara', 'fomalhaut', 'hebraic', 'delilahs', 'jackson', 'zeus']) expect(unclaimed).not.toContain(name);
  });

  it('keeps only names of seven or eight letters: shorter ones would stand in phrases, longer ones be cut by two', () => {
    const scowl = ['drano', 'nivea', 'smirnoff', 'tylenol', 'ramanujan', 'podgorica'];
    expect(unclaimedNames({ ...names, scowl }, { people: new Set(), places: new Set() }, { dataNoun, others: [] })).toEqual(['smirnoff', 'tylenol']);
  });
});
