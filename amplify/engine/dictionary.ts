import { WORD_INDEX } from './word-index.generated';

/** A dictionary word with its spoken frequency. */
export interface WordEntry {
  /** Upper-case word as it is written in a vanity number. */
  word: string;
  /** Zipf frequency: log10 of occurrences per billion words of film subtitles (about 2 to 7.6 here). */
  zipf: number;
  /** The whole word when `word` is its beginning cut to fit the number's last digits (MATTRES of MATTRESS). */
  fullWord?: string;
}

/** The digits->words lookup the search uses: one hash lookup per substring. */
export interface Dictionary {
  lookup(digits: string): readonly WordEntry[] | undefined;
  /** Longest word in digits, bounding the substrings worth looking up. */
  maxWordLength: number;
}

let dictionary: Dictionary | undefined;

/**
 * The dictionary, built on first use. Start-up only splits the index text into one string per digit
 * key; a key's words are parsed the first time a number needs them, so a cold Lambda pays for the
 * map and not for 40,000 word objects.
 */
export function getDictionary(): Dictionary {
  if (dictionary) return dictionary;
  const index = new Map<string, string | readonly WordEntry[]>();
  let maxWordLength = 0;
  for (const line of WORD_INDEX.split('\n')) {
    const space = line.indexOf(' ');
    if (space <= 0) continue;
    index.set(line.slice(0, space), line);
    if (space > maxWordLength) maxWordLength = space;
  }
  const lookup = (digits: string): readonly WordEntry[] | undefined => {
    const value = index.get(digits);
    if (typeof value !== 'string') return value;
    const entries = parseLine(value);
    index.set(digits, entries);
    return entries;
  };
  dictionary = { lookup, maxWordLength };
  return dictionary;
}

function parseLine(line: string): WordEntry[] {
  const fields = line.split(' ');
  const entries: WordEntry[] = [];
  for (let i = 1; i + 1 < fields.length; i += 2) {
    const [stem = '', cut] = (fields[i] ?? '').toUpperCase().split('+');
    const zipf = Number(fields[i + 1]) / 100;
    entries.push(cut === undefined ? { word: stem, zipf } : { word: stem, zipf, fullWord: stem + cut });
  }
  return entries;
}
