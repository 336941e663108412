import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toKeypadDigits } from '../../../amplify/engine';
import { isBlockedWord } from '../../../amplify/engine/profanity';
import { WORD_INDEX } from '../../../amplify/engine/word-index.generated';
import { keyedLines } from '../../../amplify/engine/index-format';
import {
  INDEX_RULES,
  PLACE_RULES,
  TWO_LETTER_WORDS,
  brandWords,
  buildWordIndexLines,
  heardBrands,
  indexLines,
  isNotableBrand,
  listedInitialisms,
  readIndexSources,
  renderWordIndexModule,
  tierRank,
  type WordCount,
} from '../../../local/cli/word-index-builder';
import { readVocabulary } from '../../../local/cli/word-vocabulary';
import { placeNames } from '../../../local/cli/place-names';

const vocabulary = readVocabulary();


const allEntries = keyedLines(WORD_INDEX).flatMap((line) => {
  const [digits = '', ...fields] = line.split(' ');
  const words: { digits: string; word: string; cut: string | undefined; zipf100: number; tags: string }[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const [word = '', cut] = (fields[i] ?? '').split('+');
    // The frequency may be followed by tag letters (familiarity, word classes): "talk 593nv".
    const field = fields[i + 1] ?? '';
    words.push({ digits, word, cut, zipf100: Number.parseInt(field, 10), tags: field.replace(/^\d+/, '') });
  }
  return words;
});
const entries = allEntries.filter(({ cut }) => cut === undefined);
const cutEntries = allEntries.filter(({ cut }) => cut !== undefined);
const wholeWords = new Set(entries.map(({ word }) => word));

describe('the committed word index', () => {
  it('is exactly what `npm run words` builds from the installed corpus (it cannot drift silently)', () => {
    const { rows, brands, vocabulary, names, places, dotBrands, founderBrands, source } = readIndexSources();
    const fresh = renderWordIndexModule(buildWordIndexLines(rows, brands, vocabulary, names, places, dotBrands, founderBrands), source);
    const committed = readFileSync(new URL('../../../amplify/engine/word-index.generated.ts', import.meta.url), 'utf8');
    expect(committed === fresh).toBe(true);
  });

  it('keys every word, whole or cut, by the digits it dials', () => {
    for (const { digits, word } of allEntries) expect(toKeypadDigits(word)).toBe(digits);
  });

  it('holds only lower-case a-z words within the length rules', () => {
    for (const { word, tags } of entries) {
      expect(word).toMatch(/^[a-z]+$/);
      expect(word.length).toBeGreaterThanOrEqual(INDEX_RULES.minLength);
      expect(word.length).toBeLessThanOrEqual(INDEX_RULES.maxLength);
      // A state's postal code (NJ, TX) is a place, a name that stands only where a phrase places it.
      if (word.length === 2) expect(TWO_LETTER_WORDS.has(word) || (tags.endsWith('l') && tags.startsWith('N'))).toBe(true);
    }
  });

  it('holds no blocked word, whole, cut or the word it was cut from', () => {
    expect(allEntries.filter(({ word, cut }) => isBlockedWord(word) || isBlockedWord(word + (cut ?? '')))).toEqual([]);
  });

  it('cuts only common long words, by the allowed number of letters, where the stem is no word of its own', () => {
    expect(cutEntries.length).toBeGreaterThan(1000);
    for (const { word, cut = '', zipf100, tags } of cutEntries) {
      expect(word).toMatch(/^[a-z]+$/);
      expect(cut).toMatch(/^[a-z]+$/);
      // A place's name may be cut by more (GO-MONTA(NA)), a stem of PLACE_RULES.minStemLetters kept.
      const place = tags.endsWith('l') && cut.length > INDEX_RULES.maxTruncatedLetters;
      expect(cut.length).toBeLessThanOrEqual(place ? PLACE_RULES.maxCutLetters : INDEX_RULES.maxTruncatedLetters);
      if (place) expect(word.length).toBeGreaterThanOrEqual(PLACE_RULES.minStemLetters);
      expect(word.length + cut.length).toBeGreaterThanOrEqual(INDEX_RULES.minTruncatedLength);
      expect(zipf100).toBeGreaterThanOrEqual(INDEX_RULES.minZipfTruncated * 100);
      expect(wholeWords.has(word)).toBe(false);
    }
  });

  it.each([
    ['whole words', entries, INDEX_RULES.maxWordsPerDigits + INDEX_RULES.maxInitialismsPerDigits],
    ['cut words', cutEntries, INDEX_RULES.maxTruncatedPerDigits],
  ] as const)('lists the %s of each key best known first, then most frequent, within the per-key cap', (_kind, list, cap) => {
    const byDigits = new Map<string, number[]>();
    // One sort key: familiarity rank (common, known, brand or name, rare) before frequency.
    for (const { digits, zipf100, tags } of list) byDigits.set(digits, [...(byDigits.get(digits) ?? []), tierRank(tags) * 10_000 - zipf100]);
    for (const keys of byDigits.values()) {
      expect(keys.length).toBeLessThanOrEqual(cap);
      expect(keys).toEqual([...keys].sort((a, b) => a - b));
    }
  });

  it('writes whole words before cut words on a shared key', () => {
    for (const line of keyedLines(WORD_INDEX)) {
      const fields = line.split(' ').filter((_, index) => index % 2 === 1);
      const firstCut = fields.findIndex((field) => field.includes('+'));
      if (firstCut >= 0) expect(fields.slice(firstCut).every((field) => field.includes('+'))).toBe(true);
    }
  });
});

describe('buildWordIndexLines on a small corpus', () => {
  // Counts per 51 million words: 330,000 is Zipf 6.8; 3,000 is Zipf 4.8; 60 is Zipf 3.1; 20 is Zipf 2.6.
  const rows: WordCount[] = [
    { word: 'mattress', count: 3_000 },
    { word: 'contacts', count: 3_000 },
    { word: 'contact', count: 3_000 },
    { word: 'cross', count: 3_000 },
    { word: 'cardigan', count: 20 },
    { word: 'lounge', count: 60 },
  ];
  const lines = buildWordIndexLines(rows, [], vocabulary);

  it.each([
    ['a common long word is also keyed cut by its last letter', '6288737', 'mattres+s'],
    ['a word of Zipf 3 is common enough to cut', '56864', 'loung+e'],
  ])('%s (%s: %s)', (_rule, digits, field) => {
    const line = lines.find((text) => text.startsWith(`${digits} `)) ?? '';
    expect(line.split(' ')).toContain(field);
  });

  it.each([
    ['a cut that leaves a word of its own (CONTACT of CONTACTS)', 'contact+s'],
    ['a rare word (Zipf below 3)', 'cardiga+n'],
    ['a word shorter than six letters, whose four-letter stem reads as a typo', 'cros+s'],
  ])('does not cut %s', (_rule, field) => {
    expect(lines.some((line) => line.split(' ').includes(field))).toBe(false);
  });
});

describe('brand names as a second, lower-weight word source', () => {
  it.each([
    [['FedEx', 'U-Haul', 'Citroën', 'JetBlue'], ['citroen', 'fedex', 'jetblue', 'uhaul']],
    [['AT&T', 'Dell', 'BMW', 'HP'], ['att', 'bmw', 'dell']],
    [['7-Eleven', 'Hilton Hotels & Resorts', 'Samsung Pay'], ['samsungpay']],
    [['Apple', 'apple', 'APPLE'], ['apple']],
    // A name of two words or more after The is also written without it; one word after it (The Range) is not.
    [['The Home Depot', 'The Body Shop', 'The Range'], ['bodyshop', 'homedepot', 'thebodyshop', 'thehomedepot', 'therange']],
  ])('brandWords(%j) is %j', (titles, words) => {
    expect(brandWords(titles)).toEqual(words);
  });

  const rows: WordCount[] = [{ word: 'apple', count: 3_000 }];
  // Verizon and Kroger as two lists name them (cspell's companies and the name-suggestion-index), Oakley as one, Kia as three.
  const lines = buildWordIndexLines(rows, ['FedEx', 'Apple', 'Verizon', 'Verizon', 'Sthlm', 'Oakley', 'BBVA', 'BBVA', 'Kia', 'Kia', 'Kia'], vocabulary);

  it.each([
    ['a brand the corpus lacks counts as a word of Zipf 3', '33339', 'fedex 300'],
    ['a brand the corpus holds keeps its spoken frequency', '27753', 'apple 477'],
    ['a brand two lists name counts a tenth more', '8374966', 'verizon 310'],
    ['a long brand two lists name may be cut like a word', '837496', 'verizo+n 310'],
    ['a brand two lists name is said with its possessive too', '83749667', 'verizons 310Mn'],
  ])('%s (%s)', (_rule, digits, fields) => {
    const line = lines.find((text) => text.startsWith(`${digits} `)) ?? '';
    expect(line).toContain(fields);
  });

  // A notable brand (class letter e: see isNotableBrand) may close a toll-free line beside digits with three letters.
  it.each([
    ['a brand three lists name and speech lacks is notable', 'kia', 'Mne'],
    ['a brand two lists name is not', 'verizon', 'Mn'],
    ['a brand one list names is not', 'fedex', 'Mn'],
    ['a brand speech uses as a word is not (it stays a word, listed)', 'apple', 'nmb'],
  ])('%s (%s)', (_rule, word, tags) => {
    const fields = lines.flatMap((line) => line.split(/[ ;]/));
    const at = fields.indexOf(word);
    expect(fields[at + 1]?.replace(/^\d+/, '')).toBe(tags);
  });

  it('never cuts a brand only one list names (OAKLE(Y) reads as a typo)', () => {
    expect(lines.some((line) => line.includes('oakle+y'))).toBe(false);
    expect(lines.some((line) => line.includes('oakley 300'))).toBe(true);
  });

  it.each([
    ['a brand one list names', 'oakleys'],
    ['a brand the corpus holds as a word', 'apples'],
    ['an initialism, said letter by letter', 'bbvas'],
  ])('indexes no possessive of %s (%s)', (_rule, word) => {
    expect(lines.some((line) => line.split(' ').includes(word))).toBe(false);
  });

  it('drops brands without a vowel, as it drops such words', () => {
    expect(lines.some((line) => line.includes('sthlm'))).toBe(false);
  });
});

describe('a brand one list names is notable when English subtitles say it often (see heardBrands)', () => {
  const frequent = new Set(['kodak', 'xbox', 'julia', 'ieee', 'intl', 'bmw', 'apple']);
  const firstNames = new Set(['julia']);
  it.each([
    ['a name the list writes as a word, frequent in subtitles', ['Kodak'], ['kodak']],
    ['written with a capital inside (Xbox, iTunes)', ['Xbox'], ['xbox']],
    ['not a first name (Julia)', ['Julia'], []],
    ['not a name written in capitals, said letter by letter (IEEE)', ['IEEE'], []],
    ['not an abbreviation cut with an apostrophe (Int\'l)', ["Int'l"], []],
    ['not a brand the subtitles lack', ['Oakley'], []],
  ])('%s: %j', (_rule, titles, expected) => {
    expect([...heardBrands(titles, frequent, firstNames)]).toEqual(expected);
  });

  const heard = new Set(['kodak', 'bmw', 'apple']);
  it.each([
    ['one list, heard, four letters or more', 'kodak', new Map([['kodak', 1]]), new Map<string, number>(), true],
    ['one list, not heard', 'oakley', new Map([['oakley', 1]]), new Map<string, number>(), false],
    ['one list, heard, three letters (mostly abbreviations)', 'bmw', new Map([['bmw', 1]]), new Map<string, number>(), false],
    ['three lists, not heard (KIA)', 'kia', new Map([['kia', 3]]), new Map<string, number>(), true],
    ['heard, but speech says it as a word (APPLE)', 'apple', new Map([['apple', 1]]), new Map([['apple', 4.77]]), false],
    ['three lists, four letters, said in speech too (FORD)', 'ford', new Map([['ford', 3]]), new Map([['ford', 4.06]]), true],
    ['three lists, three letters said as a word (MAX)', 'max', new Map([['max', 3]]), new Map([['max', 4.5]]), false],
  ])('%s: %s', (_rule, word, listings, frequencies, expected) => {
    expect(isNotableBrand(word, listings, frequencies, heard)).toBe(expected);
  });
});

describe('initialisms of brands and organisations', () => {
  it.each([
    [['KFC', 'KFC', 'XML'], ['kfc']],
    [['KFC', 'Kfc'], ['kfc']],
    [['KFC', 'Apple'], []],
    [['JBL', 'JBL', 'Verizon', 'Verizon'], ['jbl']],
  ])('listedInitialisms(%j) is %j: a name in capitals that two lists know', (titles, words) => {
    expect(listedInitialisms(titles)).toEqual(words);
  });

  it('keeps initialisms on a key beyond its cap of everyday words, up to their own cap', () => {
    // Eight everyday words and three initialisms dialling 2277, all but one initialism over the caps.
    const words = ['cars', 'bars', 'bass', 'caps', 'carp', 'barr', 'basr', 'capr'];
    const initialisms = ['aarp', 'abqr', 'acps'];
    const frequencies = new Map<string, number>([...words.map((word, index): [string, number] => [word, 5 - index / 10]), ...initialisms.map((word): [string, number] => [word, 3])]);
    const [line = ''] = indexLines(frequencies, [], { isWordShaped: () => true, isBlocked: () => false, cutWords: false, isInitialism: (word) => initialisms.includes(word) });
    const listed = line.split(' ').filter((_, index) => index % 2 === 1);
    expect(listed).toEqual([...words.slice(0, INDEX_RULES.maxWordsPerDigits), ...initialisms.slice(0, INDEX_RULES.maxInitialismsPerDigits)]);
  });
});

describe('places (US states, their postal codes, countries)', () => {
  it.each([
    // A postal code no corpus says is a name at the stand-in frequency; one speech says keeps its own reading.
    ['nj', undefined, 'Nnl'],
    ['tx', undefined, 'Nnl'],
    ['utah', undefined, 'Nnl'],
    // A place's name cut by the number's end, a stem of five kept.
    ['monta', 'na', 'Nnel'],
    ['kansa', 's', 'Mnl'],
  ])('%s (cut %s) is indexed as a place: %s', (word, cut, tags) => {
    expect(allEntries.some((entry) => entry.word === word && entry.cut === cut && entry.tags === tags)).toBe(true);
  });

  it('reads every state and its code from one map, and only one-word names', () => {
    const { names, codes } = placeNames([['NJ', 'New Jersey'], ['UT', 'Utah']], ['Peru', 'Sri Lanka']);
    expect(names).toEqual(['peru', 'utah']);
    expect(codes).toEqual(['nj', 'ut']);
  });
});
