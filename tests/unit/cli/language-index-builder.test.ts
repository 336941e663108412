import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toKeypadDigits } from '../../../amplify/engine';
import { containsProfanity } from '../../../amplify/engine/profanity';
import { isLocallyBlocked } from '../../../amplify/engine/local-profanity';
import { LANGUAGE_WORDS } from '../../../amplify/engine/words/languages.generated';
import { keyedLines } from '../../../amplify/engine/index-format';
import { WORD_INDEX } from '../../../amplify/engine/word-index.generated';
import { wordsOfLines } from '../../../local/cli/english-on-local-builder';
import {
  INDEXED_LANGUAGES,
  buildLanguageIndexLines,
  buildLanguageModules,
  countryLanguages,
  filmNames,
  fitRankZipf,
  foldBlockedWords,
  foldToKeypadLetters,
  rankedZipf,
  readLanguageIndexSources,
} from '../../../local/cli/language-index-builder';

describe('the committed language modules', () => {
  // The English index as built (see build-word-index.ts): the words its English-only lists are drawn from.
  const fresh = buildLanguageModules(readLanguageIndexSources(), undefined, new Set(wordsOfLines(keyedLines(WORD_INDEX)).keys()));

  it.each([...fresh.keys()])('%s is exactly what `npm run words` builds (it cannot drift silently)', (name) => {
    const committed = readFileSync(new URL(`../../../amplify/engine/words/${name}`, import.meta.url), 'utf8');
    expect(committed === fresh.get(name)).toBe(true);
  });

  it.each(INDEXED_LANGUAGES)('%s: every word is a-z keyed by its digits, keys in search order, none blocked', (language) => {
    const words = LANGUAGE_WORDS[language];
    expect(words).toBeDefined();
    const blocked = new Set((words?.blocked ?? '').split(' '));
    const lines = keyedLines(words?.words ?? '');
    expect(lines.length).toBeGreaterThan(5000);
    // The dictionary finds a block of keys by bisecting the text, so lines must be in key order.
    expect(lines.every((line, i) => i === 0 || (lines[i - 1] ?? '') < line)).toBe(true);
    for (const line of lines) {
      const [digits = '', ...fields] = line.split(' ');
      for (let i = 0; i + 1 < fields.length; i += 2) {
        const word = fields[i] ?? '';
        expect(word).toMatch(/^[a-z]+$/);
        expect(toKeypadDigits(word)).toBe(digits);
        expect(isLocallyBlocked(word, blocked) || containsProfanity(word)).toBe(false);
      }
    }
  });
});

describe('foldToKeypadLetters: accented letters on their base letter key', () => {
  it.each([
    ['Müller', 'muller'],
    ['Straße', 'strasse'],
    ['été', 'ete'],
    ['Ça', 'ca'],
    ['año', 'ano'],
    ['Æble', 'aeble'],
    ['cœur', 'coeur'],
    ['søster', 'soster'],
    ['Łódź', 'lodz'],
    ['İstanbul', 'istanbul'],
    ['kırmızı', 'kirmizi'],
    ['příliš', 'prilis'],
    ['Ελλάδα', undefined],
    ["l'homme", undefined],
    ['mp3', undefined],
  ])('%s -> %s', (word, folded) => {
    expect(foldToKeypadLetters(word)).toBe(folded);
  });

  it('folds profanity lists the same way, phrases run together', () => {
    expect(foldBlockedWords(['Scheiße', 'pédé', 'du con', 'Ελλάδα', 'x'])).toEqual(['ducon', 'pede', 'scheisse']);
  });
});

describe('ranks as Zipf frequencies', () => {
  // SUBTLEX counts per 51 million words for words ranked 1, 10 and 100: Zipf 7, 6 and 5.
  const subtlex = [
    { word: 'one', count: 510_000 },
    { word: 'ten', count: 51_000 },
    { word: 'hundred', count: 5_100 },
  ];
  const ranked = ['one', ...Array.from({ length: 8 }, (_, i) => `filler${i}`), 'ten', ...Array.from({ length: 89 }, (_, i) => `more${i}`), 'hundred'];

  it('fits Zipf = intercept + slope * log10(rank) by least squares', () => {
    expect(fitRankZipf(ranked, subtlex)).toEqual({ intercept: 7, slope: -1 });
  });

  it('adds the frequencies of spellings that fold to one word (Ich and ich)', () => {
    const line = { intercept: 7, slope: -1 };
    const zipf = rankedZipf(['ich', 'Ich', 'été', 'Straße'], line);
    expect(zipf.get('ich')).toBe(Math.round(Math.log10(10 ** 7 + 10 ** 7 / 2) * 100) / 100);
    expect(zipf.get('ete')).toBe(Math.round((7 - Math.log10(3)) * 100) / 100);
    expect(zipf.has('strasse')).toBe(true);
  });

  it('keeps two-letter words with a vowel, drops blocked words and web addresses, and cuts no word', () => {
    const lines = buildLanguageIndexLines(['du', 'hm', 'arsch', 'haus', 'wwwtvuserde', 'Häuser'], new Set(['arsch']), { intercept: 7, slope: -1 });
    const words = lines.flatMap((line) => line.split(' ').filter((_, i) => i % 2 === 1));
    expect(words.sort()).toEqual(['du', 'haus', 'hauser']);
  });
});

describe('countryLanguages', () => {
  const countries = {
    CA: { languages: ['en', 'fr'], phone: [1] },
    DO: { languages: ['es'], phone: [1809, 1829, 1849] },
    CH: { languages: ['de', 'fr', 'it', 'rm'], phone: [41] },
    NO: { languages: ['no', 'nb', 'nn'], phone: [47] },
    MT: { languages: ['mt', 'en'], phone: [356] },
    SR: { languages: ['nl'], phone: [597] },
    ZA: { languages: ['af', 'en', 'nl'], phone: [27] },
  };
  it.each([
    ['CA', undefined, 'NANP stays English'],
    ['DO', undefined, 'all of NANP, whatever its language'],
    ['CH', ['de', 'fr', 'it'], 'every indexed official language'],
    ['NO', ['no'], 'Norwegian by any of its names, once'],
    ['MT', undefined, 'no indexed language: English'],
    ['SR', ['nl'], 'one language'],
    ['ZA', ['en', 'nl'], 'English kept where official'],
  ])('%s -> %j (%s)', (country, languages, _why) => {
    expect(countryLanguages(countries)[country]).toEqual(languages);
  });
});

describe('filmNames: English names the subtitles carry over, not the language\'s own words', () => {
  // English ranks: gary 1,000th, klein 8,000th, linda 3,000th.
  const rankedEnglish = Array.from({ length: 10_000 }, (_, index) => `w${index}`);
  rankedEnglish[999] = 'gary';
  rankedEnglish[7_999] = 'klein';
  rankedEnglish[2_999] = 'Linda';
  const sources = { englishNames: new Set(['gary', 'klein', 'linda']), rankedEnglish };
  const rankedAt = (placed: Record<number, string>): string[] => {
    const ranked = Array.from({ length: 5_000 }, (_, index) => `x${index}`);
    for (const [rank, word] of Object.entries(placed)) ranked[Number(rank) - 1] = word;
    return ranked;
  };
  it.each<[string, Record<number, string>, string[]]>([
    ['a name ranked as in English (GARY 2,000th for 1,000th)', { 2_000: 'gary' }, ['gary']],
    ['a name a quarter of its English rank (GARY 250th) is still one', { 250: 'gary' }, ['gary']],
    ['a word far more frequent than the English name (KLEIN 300th for 8,000th)', { 300: 'klein' }, []],
    ['a folded, capitalised spelling (Linda 900th for 3,000th)', { 900: 'Linda' }, ['linda']],
    ['a word English does not hold as a name', { 10: 'w5' }, []],
  ])('%s', (_, placed, expected) => {
    expect([...filmNames(rankedAt(placed), sources)].filter((word) => !/^x/.test(word))).toEqual(expected);
  });
});
