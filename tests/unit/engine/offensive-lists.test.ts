import { describe, expect, it } from 'vitest';
import { generateVanityNumbers, toKeypadDigits } from '../../../amplify/engine';
import { LOCAL_EXCEPTIONS, LOCAL_INDEX_WORDS, agreedNativeTerms, MAINTAINED_EXCEPTIONS, PROFANE_ENTRY_COUNT, isBlockedRareOnlyEntry, profaneEntries, subtlexCounts } from '../../../local/cli/english-blocked-builder';
import { foldBlockedWords, foldToKeypadLetters, readLanguageIndexSources } from '../../../local/cli/language-index-builder';
import { inflectionsOf } from '../../../amplify/engine/english-blocked-words';
import { LOCAL_OFFENSIVE } from '../../../local/cli/local-offensive-words';
import { NATIVE_EVERYDAY_LOCAL } from '../../../local/cli/native-everyday-local.generated';
import { independentLists, type IndependentList } from '../../../local/eval/independent-lists';
import { sweepList } from '../../../local/eval/offensive-sweep';

/** Every `step`-th entry of a list, so each list is swept in well under a second. */
function sample(list: IndependentList, step: number): IndependentList {
  return { ...list, terms: list.terms.filter((_, index) => index % step === 0) };
}

const sources = readLanguageIndexSources();
const everyday = (language: string): ReadonlySet<string> => {
  const ranked = (sources.languages as Record<string, { ranked: string[] } | undefined>)[language]?.ranked ?? [];
  return new Set(ranked.slice(0, LOCAL_INDEX_WORDS).map(foldToKeypadLetters).filter((word) => word !== undefined));
};

const counts = subtlexCounts();
const profane = profaneEntries();

const agreed = (language: string): ReadonlySet<string> => agreedNativeTerms(independentLists().filter((list) => list.language === language));

/** What a list may still read as: the exceptions the builder keeps on purpose, and a rare-only list's unpicked everyday words. */
function allowed(list: IndependentList, reading: string): boolean {
  if (list.language === 'en') return MAINTAINED_EXCEPTIONS.has(reading) || (list.rareOnly && !isBlockedRareOnlyEntry(reading, counts, profane));
  if (!list.rareOnly || agreed(list.language).has(reading)) return LOCAL_EXCEPTIONS.has(reading);
  return everyday(list.language).has(reading) && !foldBlockedWords(LOCAL_OFFENSIVE[list.language] ?? []).includes(reading);
}

describe('the sweep over the maintained lists the engine blocks with (a sample of each)', () => {
  const blocking = independentLists().filter((list) => !list.heldOut);
  it.each(blocking.map((list) => [list.name, list] as const))('%s: no top-five candidate reads as an entry it blocks', (_, list) => {
    // Small lists (glin-profanity's 13 Norwegian entries) whole.
    const { numbers, findings } = sweepList(sample(list, list.terms.length < 100 ? 1 : list.language === 'en' ? 9 : 3));
    expect(numbers).toBeGreaterThan(20);
    expect(findings.filter((finding) => !allowed(list, finding.reading))).toEqual([]);
  });
});

/** A US number whose last seven digits spell `letters`, padded in front with `pad`. */
function usEndingIn(letters: string, pad = '5'): string {
  return `+1212${toKeypadDigits(letters).padStart(7, pad)}`;
}

describe('everyday entries of a list of profanity (profane-words) or that cuss rates sure, below Zipf 4', () => {
  it.each([
    ['+18002482484', 'CHUG'],
    ['+18002986687', 'TOOTS'],
    ['+18002922237', 'BABES'],
    ['+18002976833', 'SNUFF'],
    ['+18005252257', 'BLACKS'],
    ['+18005364443', 'DOGGIE'],
    ['+18002926259', 'COCKY'],
    ['+18007368468', 'PENTHOUSE'],
    ['+12122922237', 'BABES'],
    ['+61229876833', 'SNUFF'],
  ])('%s never offers %s, whole or cut', (number, word) => {
    const letters = generateVanityNumbers(number).vanityNumbers.map((text) => text.replaceAll(/[^A-Z]/g, ''));
    expect(letters.filter((text) => text.includes(word.slice(0, 4)))).toEqual([]);
  });

  it.each([
    ['+18002922873', '1-800-29-ABUSE'],
    ['+18002872876', '1-800-287-BURN'],
    ['+18002562569', '1-800-256-BLOW'],
  ])('a toll-free line keeps a high-frequency or clean-rated entry: %s offers %s', (number, text) => {
    expect(generateVanityNumbers(number).vanityNumbers).toContain(text);
  });

  it.each([
    ['chug', true],
    ['toots', true],
    ['penthouse', true],
    ['abuse', false],
    ['spa', false],
    ['jade', false],
    ['hillbilly', false],
  ])('isBlockedRareOnlyEntry(%s) is %s', (term, blocked) => {
    expect(isBlockedRareOnlyEntry(term, counts, profane)).toBe(blocked);
  });

  it('draws the line at Zipf 4 (10 per million of SUBTLEX-US\'s 51 million words)', () => {
    expect(Math.log10((PROFANE_ENTRY_COUNT / 51e6) * 1e9)).toBeCloseTo(4, 1);
  });
});

describe('violent, drug and distressing words and stock euphemisms', () => {
  it.each(['war', 'kill', 'gun', 'dead', 'drug', 'meth', 'suicide', 'ducking', 'frick', 'shag', 'shiv', 'rifle', 'ammo', 'opioid', 'psycho', 'scum', 'scumbag'])(
    'no top-five candidate of a number ending in %s spells it',
    (word) => {
      for (const pad of ['1', '5']) {
        const candidates = generateVanityNumbers(usEndingIn(word, pad)).vanityNumbers;
        expect(candidates.filter((text) => text.replaceAll(/[^A-Z]/g, '').includes(word.toUpperCase()))).toEqual([]);
      }
    },
  );

  it.each([
    ['+18007233723', 'SAFE'],
    ['+18004357464', 'HELP'],
    ['+18005553278', 'FAST'],
  ])('keeps harmless words a business advertises: %s offers %s', (number, word) => {
    expect(generateVanityNumbers(number).vanityNumbers.some((text) => text.includes(word))).toBe(true);
  });
});

describe('distressing words (WordNet: illness, injury, death, crime, violence, addiction)', () => {
  it.each(['nausea', 'gangs', 'cancer', 'mortal', 'fatal', 'coma', 'spasm'])('a person\'s number ending in %s never offers it', (word) => {
    for (const pad of ['0', '1']) {
      const letters = generateVanityNumbers(usEndingIn(word, pad)).vanityNumbers.map((text) => text.replaceAll(/[^A-Z]/g, ''));
      expect(letters.filter((text) => text.includes(word.toUpperCase()))).toEqual([]);
    }
  });

  it.each([
    ['+18004226237', '1-800-4-CANCER'],
    ['+18004878911', '1-800-HURT-911'],
  ])('a toll-free number still advertises its cause: %s offers %s', (number, text) => {
    expect(generateVanityNumbers(number).vanityNumbers).toContain(text);
  });
});

describe('local languages', () => {
  it.each([
    ['+4930', 8, 'geil'],
    ['+3120', 7, 'seks'],
    ['+468', 7, 'skit'],
    ['+90212', 7, 'ibne'],
    ['+331', 8, 'guerre'],
    ['+3491', 7, 'carajo'],
    // Everyday words two native lists agree on (see agreedNativeTerms): a dove, a vixen, a cow's tail in a dictionary.
    ['+3491', 7, 'zorra'],
  ])('%s numbers ending in %s never spell it', (prefix, digits, word) => {
    const number = prefix + toKeypadDigits(word).padStart(digits, '2');
    const letters = generateVanityNumbers(number).vanityNumbers.map((text) => text.replaceAll(/[^A-Z]/g, ''));
    expect(letters.filter((text) => text.includes(word.toUpperCase()))).toEqual([]);
  });
});

describe('inflectionsOf', () => {
  it.each([
    ['hump', ['humps', 'humped', 'humping']],
    ['whore', ['whores', 'whored', 'whoring']],
    ['bitch', ['bitches', 'bitched', 'bitching']],
    ['smut', ['smuts', 'smuted', 'smuting', 'smutted', 'smutting']],
    ['fat', []],
    ['sob', []],
  ])('%s -> %j', (term, forms) => {
    expect(inflectionsOf(term)).toEqual(forms);
  });

  it('blocks the inflections the lists do not name: no top-five candidate ends in HUMPED or JERKED', () => {
    for (const word of ['humped', 'jerked', 'whoring']) {
      const letters = generateVanityNumbers(usEndingIn(word)).vanityNumbers.map((text) => text.replaceAll(/[^A-Z]/g, ''));
      expect(letters.filter((text) => text.includes(word.toUpperCase()))).toEqual([]);
    }
  });
});

describe('agreedNativeTerms', () => {
  it('a Lisbon number is no longer SOL-ROLA', () => {
    expect(generateVanityNumbers('+351217657652').vanityNumbers.filter((text) => text.includes('ROLA'))).toEqual([]);
  });

  const list = (name: string, terms: string[], kind: Partial<Pick<IndependentList, 'translated' | 'heldOut'>> = {}): IndependentList => ({
    name,
    language: 'pt',
    terms,
    heldOut: kind.heldOut ?? false,
    translated: kind.translated ?? false,
    rareOnly: true,
    profanityOnly: false,
  });
  it.each([
    ['two native packages name it', [list('profanities pt', ['rola']), list('allprofanity pt', ['rola'])], ['rola']],
    ['one package, however many files', [list('profanities pt', ['rola']), list('profanities pt', ['rola'])], []],
    ['a translated list does not count', [list('profanities pt', ['mesa']), list('washyourmouthoutwithsoap pt', ['mesa'], { translated: true })], []],
    ['a held-out list does not count', [list('profanities pt', ['vaca']), list('google-profanity-words pt', ['vaca'], { heldOut: true })], []],
  ])('%s', (_rule, lists, expected) => {
    expect([...agreedNativeTerms(lists)]).toEqual(expected);
  });
});

describe('the held-out stand-ins added in stop 21 are read whole and never blocked with', () => {
  const lists = independentLists();
  it.each([
    // A slur list, a list of phrases and self-harm taunts, a stemmed list whose phrases are arrays, Québécois sacres.
    ['wordfilter', 'en', 50, 'golliwog'],
    ['badwords-filter', 'en', 70, 'killyourself'],
    ['eslint-plugin-censor', 'en', 300, 'bunghole'],
    ['lorembarnak', 'fr', 70, 'tabarnak'],
  ] as const)('%s (%s) holds at least %i entries, %s among them, and is held out', (name, language, least, entry) => {
    const list = lists.find((candidate) => candidate.name === name);
    expect(list?.language).toBe(language);
    expect(list?.heldOut).toBe(true);
    expect(list?.terms.length ?? 0).toBeGreaterThanOrEqual(least);
    expect(list?.terms).toContain(entry);
  });
});

describe('the stand-ins in Latin letters (romanized Hindi, stop 22; Arabic and Russian, stop 23) are read over English numbers and never blocked with', () => {
  const lists = independentLists();
  it.each([
    ['profanity-hindi (Hindi)', 150, 'behenchod'],
    ['glin-profanity hi', 80, 'chutiya'],
    ['profanities ar-latn (Arabizi)', 150, 'sharmoota'],
    ['bad-words-next ru_lat (Russian)', 60, 'pizda'],
  ] as const)('%s holds at least %i entries, %s among them, swept as English and held out', (name, least, entry) => {
    const list = lists.find((candidate) => candidate.name === name);
    expect(list?.language).toBe('en');
    expect(list?.heldOut).toBe(true);
    expect(list?.terms.length ?? 0).toBeGreaterThanOrEqual(least);
    expect(list?.terms).toContain(entry);
  });
});

describe('NATIVE_EVERYDAY_LOCAL: the everyday entries of the unrated native lists (stop 22)', () => {
  const words = (language: string): string[] => (NATIVE_EVERYDAY_LOCAL[language] ?? '').split(' ');
  it('holds insults of one native list that no list blocks (German TROTTEL, Turkish SALAK, Spanish PUERCO)', () => {
    expect(words('de')).toEqual(expect.arrayContaining(['trottel', 'dumm']));
    expect(words('tr')).toEqual(expect.arrayContaining(['salak', 'aptal']));
    expect(words('es')).toContain('puerco');
  });
  it('no longer holds the forms of a blocked word, blocked on every line since stop 23 (Turkish SIKIK, Spanish JODIDA)', () => {
    expect(words('tr')).not.toContain('sikik');
    expect(words('es')).not.toContain('jodida');
  });
  it.each([
    ['+9021229', 'SALAK'],
    ['+49305', 'TROTTEL'],
    ['+34915', 'JODIDA'],
  ])('a person\'s number %s... ending in %s (offered before stop 22) no longer offers it', (prefix, word) => {
    const number = prefix + toKeypadDigits(word);
    expect(generateVanityNumbers(number).candidates.map((candidate) => candidate.text).filter((text) => text.includes(word))).toEqual([]);
  });
  it('leaves out what a translated list alone holds (German ESEL, Dutch EZEL) and what cuss rates (Spanish COLA, French FAIRE)', () => {
    expect(words('de')).not.toContain('esel');
    expect(words('nl')).not.toContain('ezel');
    expect(words('es')).not.toContain('cola');
    expect(words('fr')).not.toContain('faire');
  });
});
