import { describe, expect, it } from 'vitest';
import { generateVanityNumbers, toKeypadDigits } from '../../../amplify/engine';
import { WORDNET_ENGLISH } from '../../../amplify/engine/english-blocked.generated';
import { subtlexCounts } from '../../../local/cli/english-blocked-builder';
import { wordnetDeathAdjectives, wordnetDistressingTerms, wordnetOffensiveTerms } from '../../../local/cli/wordnet-offensive';
import { offensiveReading } from '../../../local/eval/offensive-sweep';

describe('wordnetOffensiveTerms: what WordNet calls offensive, or sexual, a drug or intimate by its first meaning', () => {
  const terms = new Set(wordnetOffensiveTerms(subtlexCounts()));
  it.each([
    // Labelled: an ethnic slur or an obscene term for something.
    ['kraut', true],
    ['wetback', true],
    ['hun', true],
    // Meaning: a kind or a part of genitals, sexual activity, a prostitute, a venereal disease, a narcotic.
    ['penis', true],
    ['syphilis', true],
    ['floozy', true],
    ['libido', true],
    ['mescaline', true],
    ['rearend', true],
    // Pertaining to such a noun.
    ['pubic', true],
    ['penile', true],
    ['rectal', true],
    // Everyday first meanings stay: the offensive sense is neither first nor the word rare.
    ['taco', false],
    ['bull', false],
    ['suit', false],
    ['queen', false],
    ['behind', false],
    // Innocent branches under the roots: touching and mating.
    ['hugging', false],
    ['cuddling', false],
    ['pairing', false],
    // Collocations every sense of which is sex, run together; not two-letter words alone, nor a name.
    ['getlaid', true],
    ['makelove', true],
    ['sleeptogether', true],
    ['haveitoff', true],
    ['doit', false],
    ['maryjane', false],
    ['makeout', false],
  ])('%s: %s', (term, blocked) => {
    expect(terms.has(term)).toBe(blocked);
  });
});

describe('wordnetDistressingTerms: words whose main meaning is an illness, injury, death, crime, violence or addiction', () => {
  const terms = new Set(wordnetDistressingTerms());
  it.each([
    ['nausea', true],
    ['cancer', true],
    ['gang', true],
    ['gangs', true],
    ['injuries', true],
    ['robbery', true],
    ['homicide', true],
    ['urine', true],
    ['dung', true],
    // STOOL is a name of feces too, but its first sense is a seat.
    ['stool', false],
    // SemCor never tagged the distressing first sense: the everyday meaning comes first.
    ['torpedo', false],
    ['rick', false],
    ['bravo', false],
    // No sense tagged, but every sense is distressing: the order does not matter.
    ['hijacker', true],
    ['anthrax', true],
    // One tagged sense of ten is no meaning (HOOD's hoodlum; the car's and the garment's come first to a caller).
    ['hood', false],
    // One tagged sense is the meaning where the others are a specialist's (COMA's botany and astronomy senses).
    ['coma', true],
    ['comas', true],
    // A plural lemma of its own is heard as its singular's plural (SPOTS, a plant disease).
    ['spots', false],
    // Verbs and adjectives first, and everyday nouns.
    ['bug', false],
    ['care', false],
    ['help', false],
  ])('%s: %s', (term, distressing) => {
    expect(terms.has(term)).toBe(distressing);
  });
});

describe('wordnetDeathAdjectives: adjectives whose main meaning is a death or a killing', () => {
  const terms = new Set(wordnetDeathAdjectives());
  it.each([
    ['mortal', true],
    ['fatal', true],
    ['deadly', true],
    ['doomed', true],
    ['lethal', true],
    // Adjectives whose first sense is another, or words first read as another part of speech.
    ['dead', false],
    ['alive', false],
    ['sure', false],
    ['gone', false],
    ['killer', false],
  ])('%s: %s', (term, death) => {
    expect(terms.has(term)).toBe(death);
  });
});

describe('WORDNET_ENGLISH (what the lists miss of it) is blocked', () => {
  const terms = new Set(WORDNET_ENGLISH.split(' '));

  it('no top-five candidate of a US number ending in one of its terms reads as one', () => {
    const sample = [...terms].filter((term) => term.length >= 4 && term.length <= 7);
    const lists = [{ terms, insideWords: false }];
    const findings: string[] = [];
    for (const term of sample) {
      const number = `+1212${toKeypadDigits(term).padStart(7, '5')}`;
      for (const candidate of generateVanityNumbers(number).candidates) {
        const reading = offensiveReading(candidate, lists);
        if (reading) findings.push(`${number}: ${candidate.text} reads ${reading}`);
      }
    }
    expect(sample.length).toBeGreaterThan(50);
    expect(findings).toEqual([]);
  });
});
