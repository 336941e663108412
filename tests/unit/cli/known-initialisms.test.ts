import { describe, expect, it } from 'vitest';
import { generateVanityNumbers, toKeypadDigits } from '../../../amplify/engine';
import { getDictionary } from '../../../amplify/engine/dictionary';
import { WORD_CLASS } from '../../../amplify/engine/word-tags';
import { bodyInitials, dictionaryCapitals, knownInitialisms, wordnetCapitals, type InitialismSources } from '../../../local/cli/known-initialisms';

/** A Hunspell .dic text: the count, then one stem/flags a line. */
const dic = (...lines: string[]): string => [String(lines.length), ...lines].join('\n');
/** A WordNet data.noun line of one synset in lexicographer file `file`. */
const synset = (file: string, lemmas: readonly string[], gloss: string): string =>
  `08000000 ${file} n ${lemmas.length.toString(16).padStart(2, '0')} ${lemmas.map((lemma) => `${lemma} 0`).join(' ')} 001 @ 08000001 n 0000 | ${gloss}`;

const NONE: InitialismSources = { dictionary: dic(), dataNoun: '', signs: [], brands: [], frequent: new Set() };

describe('knownInitialisms: capitals several independent sources write, one of them naming a body', () => {
  it.each<[string, Partial<InitialismSources>, string[]]>([
    ['a dictionary name (possessive flag M) that text says often', { dictionary: dic('CNN/M'), frequent: new Set(['cnn']) }, ['cnn']],
    ['a dictionary name a brand list writes', { dictionary: dic('HBO/M'), brands: ['HBO'] }, ['hbo']],
    ['a WordNet group whatever its gloss, with a dictionary entry', { dictionary: dic('NRA/M'), dataNoun: synset('14', ['National_Rifle_Association', 'NRA'], 'a powerful lobby') }, ['nra']],
    ['a sign that text says often and another list writes', { signs: ['AAA'], brands: ['AAA'], frequent: new Set(['aaa']) }, ['aaa']],
    ['one source alone: a dictionary name', { dictionary: dic('NPR/M') }, []],
    ['an abbreviation the dictionary writes without M, however often said (XML, a format)', { dictionary: dic('XML'), brands: ['XML'], frequent: new Set(['xml']) }, []],
    ['a plural: a countable thing (DVDs)', { dictionary: dic('DVD/SM'), frequent: new Set(['dvd']) }, []],
    ['two brand lists and a sign no corpus says: a chain or a maker (KTM)', { signs: ['KTM'], brands: ['KTM', 'KTM'] }, []],
    ['letters the dictionary also writes lower-case: the word (WHO)', { dictionary: dic('WHO/M', 'who'), frequent: new Set(['who']) }, []],
    ['letters the dictionary writes as a capitalised name (Leon)', { dictionary: dic('Leon/M'), signs: ['LEON'], frequent: new Set(['leon']) }, []],
    ['letters another word list or a people list holds', { dictionary: dic('KOI/M'), frequent: new Set(['koi']), words: new Set(['koi']) }, []],
    ['a WordNet thing, time or person (CST) however many lists write it', { dictionary: dic('CST/M'), dataNoun: synset('28', ['Central_Standard_Time', 'CST'], 'standard time in the 6th time zone'), brands: ['CST'], frequent: new Set(['cst']) }, []],
    ['a WordNet thing a sign also names a body by (AAA, the motoring club)', { dataNoun: synset('26', ['abdominal_aortic_aneurysm', 'AAA'], 'an aneurysm'), signs: ['AAA'], frequent: new Set(['aaa']) }, ['aaa']],
    ['a WordNet group whose gloss is violent, whatever else names it', { dictionary: dic('KKK/M'), dataNoun: synset('14', ['Ku_Klux_Klan', 'KKK'], 'a secret society of white supremacists'), frequent: new Set(['kkk']) }, []],
    ['capitals of two or six letters', { dictionary: dic('TV/M', 'ABCDEF/M'), frequent: new Set(['tv', 'abcdef']) }, []],
    ["the dictionary's abbreviation (no M) of a body WordNet glosses as one", { dictionary: dic('NRA'), dataNoun: synset('14', ['National_Rifle_Association', 'NRA'], 'a powerful lobby that advocates the right to own arms') }, ['nra']],
    ["the dictionary's abbreviation of a group WordNet glosses as no body (a hospital's unit)", { dictionary: dic('ICU'), dataNoun: synset('14', ['intensive_care_unit', 'ICU'], 'a hospital unit staffed and equipped to provide intensive care') }, []],
    ["a body's full name in WordNet whose initials the dictionary writes as an abbreviation", { dictionary: dic('USCG'), dataNoun: synset('14', ['United_States_Coast_Guard', 'US_Coast_Guard'], 'an agency of the Department of Transportation') }, ['uscg']],
    ["a full name's initials the dictionary writes as another's name (PRC/M)", { dictionary: dic('PRC/M'), dataNoun: synset('14', ['Postal_Rate_Commission'], 'an independent federal agency that recommends changes in postal rates') }, []],
    ["a full name's initials alone", { dataNoun: synset('14', ['United_States_Coast_Guard'], 'an agency of the Department of Transportation'), frequent: new Set(['uscg']) }, []],
    ["a full name's initials where WordNet writes the body's own capitals (DOEI, not DEI)", { dictionary: dic('DEI'), dataNoun: synset('14', ['Department_of_Energy_Intelligence', 'DOEI'], 'an agency that collects information') }, []],
    ['a term of computing, however many sources write it (PHP)', { dictionary: dic('PHP/M'), brands: ['PHP'], frequent: new Set(['php']), technical: new Set(['php']) }, []],
    ['a term of computing WordNet names a body by (NIST)', { dictionary: dic('NIST'), dataNoun: synset('14', ['National_Institute_of_Standards_and_Technology', 'NIST'], 'an agency of the Department of Commerce'), frequent: new Set(['nist']), technical: new Set(['nist']) }, ['nist']],
  ])('%s', (_, sources, expected) => {
    expect([...knownInitialisms({ ...NONE, ...sources }).keys()]).toEqual(expected);
  });

  it('counts the sources that write each, for its stand-in frequency', () => {
    const known = knownInitialisms({ ...NONE, dictionary: dic('CNN/M', 'IBM/M'), brands: ['CNN'], frequent: new Set(['cnn', 'ibm']) });
    expect(known.get('cnn')).toBe(3);
    expect(known.get('ibm')).toBe(2);
  });

  it.each<[string, string | undefined]>([
    ['United_States_Coast_Guard', 'USCG'],
    ['U._S._Coast_Guard', 'USCG'],
    ['US_Secret_Service', 'USSS'],
    ['American_Society_for_the_Prevention_of_Cruelty_to_Animals', 'ASPCA'],
    ['Red_Cross', undefined],
    ['intensive_care_unit', undefined],
    ['Federal_Bureau_of_Investigation_and_Naval_Criminal_Investigative_Service', undefined],
  ])("bodyInitials(%s): a body's name's initials, its joining words skipped", (lemma, initials) => {
    expect(bodyInitials(lemma)).toBe(initials);
  });

  it('reads the dictionary and WordNet as the build does', () => {
    expect([...dictionaryCapitals(dic('CNN/M', 'DVD/SM', 'API', 'who/M')).names]).toEqual(['CNN']);
    expect([...dictionaryCapitals(dic('CNN/M', 'DVD/SM', 'API', 'who/M')).abbreviations]).toEqual(['DVD', 'API']);
    const { groups, things, excluded } = wordnetCapitals(
      [synset('14', ['Federal_Bureau_of_Investigation', 'FBI'], 'the principal investigative arm'), synset('06', ['automatic_teller', 'ATM'], 'a machine'), synset('14', ['Old_Board', 'OBX'], 'a former agency')].join('\n'),
    );
    expect([...groups, ...things, ...excluded]).toEqual(['FBI', 'ATM', 'OBX']);
  });
});

describe('the built index marks well-known initialisms the WordNet glosses miss', () => {
  const tags = (word: string) => getDictionary('US').lookup(toKeypadDigits(word)).entries.find((entry) => entry.word === word);
  it.each(['CNN', 'IBM', 'AAA', 'ESPN', 'NBC', 'AOL', 'ACLU', 'USCG', 'NRA'])('%s is an organisation\'s initialism, written (no speech corpus says it at a brand\'s frequency)', (word) => {
    const entry = tags(word);
    expect(entry?.familiarity).toBe('brand');
    expect((entry?.classes ?? 0) & WORD_CLASS.initialism).not.toBe(0);
    expect((entry?.classes ?? 0) & WORD_CLASS.written).not.toBe(0);
  });

  it.each(['IKEA', 'BMW'])('%s, a brand callers know by name, stays a brand a verb of trade may take', (word) => {
    expect((tags(word)?.classes ?? 0) & WORD_CLASS.initialism).toBe(0);
  });

  it.each(['XML', 'PDF', 'CEO', 'ATM', 'WHO', 'PHP', 'CSS', 'ICU'])('%s is no organisation\'s initialism', (word) => {
    expect((tags(word)?.classes ?? 0) & WORD_CLASS.initialism).toBe(0);
  });
});

describe("a well-known body's line on a toll-free number", () => {
  it.each([['1-800-CNN-NEWS'], ['1-800-AOL-CARE'], ['1-800-NFL-SHOP'], ['1-800-ESPN-123'], ['1-877-ACLU-411'], ['1-888-ASK-ESPN'], ['1-800-CALL-CBS'], ['1-800-USCG-411'], ['1-877-ASK-USCG']])('%s is among the five', (vanity) => {
    const number = `+${toKeypadDigits(vanity.replaceAll('-', ''))}`;
    expect(generateVanityNumbers(number).vanityNumbers).toContain(vanity);
  });

  it.each([['1-415-CNN-NEWS'], ['1-415-ESPN-123'], ['1-212-ASK-ESPN']])("%s: never on a person's number", (vanity) => {
    const number = `+${toKeypadDigits(vanity.replaceAll('-', ''))}`;
    expect(generateVanityNumbers(number, { limit: 20 }).vanityNumbers).not.toContain(vanity);
  });
});
