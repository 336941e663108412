import { WORD_INDEX } from './word-index.generated';

/** A dictionary word with its spoken frequency. */
export interface WordEntry {
  /** Upper-case word as it is written in a vanity number. */
  word: string;
  /** Zipf frequency: log10 of occurrences per billion words of film subtitles (about 2 to 7.6 here). */
  zipf: number;
}

/** The digits->words lookup the search uses: one hash lookup per substring. */
export interface Dictionary {
  lookup(digits: string): readonly WordEntry[] | undefined;
  /** Longest word in digits, bounding the substrings worth looking up. */
  maxWordLength: number;
}

let dictionary: Dictionary | undefined;

/** The dictionary, built from the generated index text on first use (once per process). */
export function getDictionary(): Dictionary {
  if (dictionary) return dictionary;
  const index = new Map<string, readonly WordEntry[]>();
  let maxWordLength = 0;
  for (const line of WORD_INDEX.split('\n')) {
    const fields = line.split(' ');
    const digits = fields[0];
    if (digits === undefined || digits === '') continue;
    const entries: WordEntry[] = [];
    for (let i = 1; i + 1 < fields.length; i += 2) {
      entries.push({ word: (fields[i] ?? '').toUpperCase(), zipf: Number(fields[i + 1]) / 100 });
    }
    index.set(digits, entries);
    maxWordLength = Math.max(maxWordLength, digits.length);
  }
  dictionary = { lookup: (digits) => index.get(digits), maxWordLength };
  return dictionary;
}
