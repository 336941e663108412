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

/** What a key lookup finds: the words spelling exactly those digits, and whether longer keys extend them. */
export interface DictionaryMatch {
  entries: readonly WordEntry[];
  /** False when no word's digits start with the digits looked up: no longer substring can match either. */
  extendable: boolean;
}

/** The digits->words lookup the search uses: one binary search per substring, stopping where no key extends it. */
export interface Dictionary {
  lookup(digits: string): DictionaryMatch;
}

const NO_WORDS: readonly WordEntry[] = [];

/** Substrings up to this many digits have their lookups remembered. */
const SHORT_KEY_LENGTH = 4;

let dictionary: Dictionary | undefined;

/**
 * The dictionary, built on first use. The index text is sorted by key with a space after each key, so
 * plain string order finds a key by binary search and tells whether longer keys share its digits.
 * Start-up only splits the text into lines (no map of 48,000 keys for a cold Lambda to build); a key's
 * words are parsed, and kept, the first time a number needs them.
 */
export function getDictionary(): Dictionary {
  if (dictionary) return dictionary;
  const lines = WORD_INDEX.split('\n');
  const parsed = new Map<number, readonly WordEntry[]>();
  // Short substrings are looked up at every position of every number; remembering their answers (at
  // most 11,110 of them) leaves the binary search to the longer, rarer ones.
  const short = new Map<string, DictionaryMatch>();
  const lookup = (digits: string): DictionaryMatch => {
    if (digits.length > SHORT_KEY_LENGTH) return search(digits);
    let match = short.get(digits);
    if (!match) {
      match = search(digits);
      short.set(digits, match);
    }
    return match;
  };
  const search = (digits: string): DictionaryMatch => {
    const probe = `${digits} `;
    let low = 0;
    let high = lines.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((lines[middle] ?? '') < probe) low = middle + 1;
      else high = middle;
    }
    const line = lines[low] ?? '';
    if (!line.startsWith(probe)) return { entries: NO_WORDS, extendable: line.startsWith(digits) };
    let entries = parsed.get(low);
    if (!entries) {
      entries = parseLine(line);
      parsed.set(low, entries);
    }
    // A longer key with these digits sorts right after this one (a space sorts before every digit).
    return { entries, extendable: (lines[low + 1] ?? '').startsWith(digits) };
  };
  dictionary = { lookup };
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
