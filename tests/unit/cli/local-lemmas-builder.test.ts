import { describe, expect, it } from 'vitest';
import { LANGUAGE_WORDS } from '../../../amplify/engine/words/languages.generated';
import { derivations, MIN_VERB_GAP, parseAffixes, verbFlags } from '../../../local/cli/hunspell-forms';
import { conjugatedForms } from '../../../local/cli/local-lemmas-builder';

// A small German-like dictionary: nouns with a plural (N), adjectives with three agreements (A), verbs whose
// flag V conjugates them (sixteen forms) and D, which makes one noun of a verb that takes N's plural in turn.
const verbEndings = ['e', 'st', 't', 'te', 'test', 'ten', 'tet', 'end', 'ende', 'ender', 'enden', 'endem', 'endes', 'et', 'ete', 'eten'];
const aff = [
  'SET UTF-8',
  'SFX N Y 1',
  'SFX N 0 n e',
  'SFX A Y 3',
  'SFX A 0 e .',
  'SFX A 0 er .',
  'SFX A 0 en .',
  `SFX V Y ${verbEndings.length}`,
  ...verbEndings.map((ending) => `SFX V en ${ending} en`),
  'SFX D Y 1',
  'SFX D en ung/N en',
].join('\n');
// Thirty of each kind, so every flag is borne by enough stems to be weighed.
const letters = (i: number): string => String.fromCharCode(97 + (i % 26)) + String.fromCharCode(97 + Math.floor(i / 26));
const filler = Array.from({ length: 30 }, (_, i) => [`zblum${letters(i)}e/N`, `zschon${letters(i)}/A`, `zleg${letters(i)}en/VD`]).flat();
const dicOf = (lines: readonly string[]): string => `${lines.length + filler.length}\n${[...lines, ...filler].join('\n')}\n`;
const dic = dicOf(['Blume/N', 'schön/A', 'legen/VD', 'leben/VD', 'wandern/VD']);

describe('verbFlags', () => {
  it('finds the flag that conjugates, not a plural, an agreement or a flag deriving a noun', () => {
    expect([...verbFlags(aff, dic)]).toEqual(['V']);
  });

  it('finds none where no gap sets a paradigm apart (all flags alike)', () => {
    const flat = ['SFX N Y 2', 'SFX N 0 n e', 'SFX N 0 s e', 'SFX A Y 2', 'SFX A 0 e .', 'SFX A 0 er .'].join('\n');
    const stems = Array.from({ length: 40 }, (_, i) => `zwort${letters(i)}e/${i % 2 === 0 ? 'N' : 'A'}`);
    expect(verbFlags(flat, `${stems.length}\n${stems.join('\n')}\n`).size).toBe(0);
    expect(MIN_VERB_GAP).toBeGreaterThan(1);
  });
});

describe('derivations', () => {
  it('tells a stem, a form and what a verb rule leaves of its stem apart', () => {
    const found = derivations(aff, dic, new Set(['legen', 'legt', 'leg', 'blumen', 'legung']));
    expect(found.get('legen')?.some((way) => way.path.length === 0)).toBe(true);
    expect(found.get('legt')?.map((way) => way.path)).toEqual([['V']]);
    expect(found.get('leg')?.every((way) => way.path[0]?.startsWith('-'))).toBe(true);
    expect(found.get('blumen')?.map((way) => way.path)).toEqual([['N']]);
    expect(found.get('legung')?.map((way) => way.path)).toEqual([['D']]);
  });

  it('reads long and numeric flags', () => {
    expect(parseAffixes('FLAG long\n').parseFlags('a0p+')).toEqual(['a0', 'p+']);
    expect(parseAffixes('FLAG num\n').parseFlags('9,10,219')).toEqual(['9', '10', '219']);
  });
});

describe('conjugatedForms', () => {
  const index = new Map([
    ['legen', 5], ['legt', 4.8], ['leg', 4], ['lege', 4.5], ['blumen', 4.6], ['blume', 5], ['schone', 4.5], ['legung', 3.5],
    ['lebe', 4.4], ['leben', 5.5], ['wandert', 4.2],
  ]);

  it('refuses a conjugated form and a verb\'s bare stem; keeps stems, plurals, agreements, derived nouns', () => {
    const forms = conjugatedForms(index, aff, dic);
    expect(forms).toContain('legt');
    expect(forms).toContain('leg');
    for (const word of ['legen', 'blumen', 'blume', 'schone', 'legung']) expect(forms).not.toContain(word);
  });

  it('keeps a form whose verb the index does not say (a noun a spell-checker reads as a verb form)', () => {
    expect(conjugatedForms(index, aff, dic)).not.toContain('wandert');
  });

  it('where the dictionary lists no noun spelled like a verb form, keeps the forms of a noun\'s shape (root and a vowel)', () => {
    const forms = conjugatedForms(index, aff, dic);
    expect(forms).not.toContain('lege');
    expect(forms).not.toContain('lebe');
  });

  it('where it lists such nouns, a form of a noun\'s shape that is no stem is a verb form', () => {
    const forms = conjugatedForms(index, aff, dicOf(['Blume/N', 'schön/A', 'legen/VD', 'leben/VD', 'wandern/VD', 'lege/N']));
    expect(forms).not.toContain('lege');
    expect(forms).toContain('lebe');
  });
});

// The committed modules, as `npm run words` builds them from the installed dictionaries: read by a native eye.
describe('the verb forms of the committed language modules', () => {
  const verbForms = (language: string): Set<string> => new Set((LANGUAGE_WORDS[language]?.verbForms ?? '').split(' ').filter(Boolean));

  it.each<[string, string[], string[]]>([
    ['de', ['legt', 'kommt', 'sagte', 'hast'], ['blumen', 'kaffee', 'haus', 'gute', 'danke']],
    ['fr', ['voit', 'peut', 'vient', 'trouve'], ['maison', 'fleurs', 'merci', 'grande']],
    ['es', ['leyo', 'tengo', 'dijo', 'hablando'], ['casa', 'flores', 'gracias', 'trabajo']],
    ['it', ['avete', 'faccio', 'vieni'], ['lavoro', 'mondo', 'casa', 'grazie']],
    ['pt', ['ouvi', 'irei', 'estou', 'tenho'], ['casa', 'carro', 'amigo', 'trabalho']],
    ['pl', ['wiem', 'powiedzial', 'robisz'], ['dom', 'kawa', 'miasto']],
  ])('%s: conjugated forms refused, naming words kept', (language, refused, kept) => {
    const forms = verbForms(language);
    for (const word of refused) expect(forms.has(word)).toBe(true);
    for (const word of kept) expect(forms.has(word)).toBe(false);
  });

  it.each(['sv', 'da', 'nl', 'cs', 'tr', 'no', 'fi', 'hu'])('%s: its dictionary does not set verbs apart (or it has none): no list', (language) => {
    expect(LANGUAGE_WORDS[language]?.verbForms).toBeUndefined();
  });
});
