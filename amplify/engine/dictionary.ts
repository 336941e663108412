import { readTags, type Familiarity } from './word-tags';
import { wordSourcesFor, type WordSource } from './word-sources';

/** A dictionary word with its spoken frequency. */
export interface WordEntry {
  /** Upper-case word as it is written in a vanity number. */
  word: string;
  /** Zipf frequency: log10 of occurrences per billion words of film subtitles (about 2 to 7.6 here), after the source's offset. */
  zipf: number;
  /** The whole word when `word` is its beginning cut to fit the number's last digits (MATTRES of MATTRESS). */
  fullWord?: string;
  /** How well a caller of this number knows the word. */
  familiarity: Familiarity;
  /** WORD_CLASS bits (noun, verb...); 0 when unknown. */
  classes: number;
  /** The bit of its most frequent class: only that reading opens a phrase. */
  primary: number;
  /** ISO 639-1 code of the index the word comes from: one candidate speaks one language. */
  language: string;
}

/** What a key lookup finds: the words spelling exactly those digits, and whether longer keys extend them. */
export interface DictionaryMatch {
  entries: readonly WordEntry[];
  /** False when no word's digits start with the digits looked up: no longer substring can match either. */
  extendable: boolean;
}

/** The digits->words lookup the search uses: one hash lookup per substring once seen, stopping where no key extends it. */
export interface Dictionary {
  lookup(digits: string): DictionaryMatch;
}

const NO_WORDS: readonly WordEntry[] = [];

const indexes = new Map<string, Dictionary>();
/** An index's lines and, in the same order, each line's key with its space ("3569377 "). */
interface IndexLines {
  lines: string[];
  keys: string[];
}

// One language's lines serve every offset it is read at (English at home and, discounted, abroad).
const linesByLanguage = new Map<string, IndexLines>();
const dictionaries = new Map<string, Dictionary>();

/**
 * The dictionary for numbers of `country` (English when absent or without an indexed language), built on
 * first use: a country's languages are parsed only when one of its numbers arrives.
 */
export function getDictionary(country?: string): Dictionary {
  const sources = wordSourcesFor(country);
  const key = sources.map(({ language, zipfOffset, variety }) => `${language}${zipfOffset}${variety ?? ''}`).join(',');
  let dictionary = dictionaries.get(key);
  if (!dictionary) {
    const parts = sources.map((source) => {
      const id = `${source.language}${source.zipfOffset}${source.variety ?? ''}`;
      let part = indexes.get(id);
      if (!part) {
        part = indexDictionary(source);
        indexes.set(id, part);
      }
      return part;
    });
    dictionary = remembered(parts.length === 1 && parts[0] ? parts[0] : merged(parts));
    dictionaries.set(key, dictionary);
  }
  return dictionary;
}

/**
 * One index as a dictionary. The index text is sorted by key with a space after each key, so plain
 * string order finds a key by binary search and tells whether longer keys share its digits. Start-up
 * only splits the text into lines and copies out their keys (no map of 48,000 keys for a cold Lambda to
 * build); a key's words are parsed, and kept, the first time a number needs them.
 */
function indexDictionary(source: WordSource): Dictionary {
  let index = linesByLanguage.get(source.language);
  if (!index) {
    const lines = source.lines();
    // Split lines are slices of one long string, which V8 compares about four times slower than the
    // short flat strings slice() copies out for keys of under 13 characters.
    index = { lines, keys: lines.map((line) => line.slice(0, line.indexOf(' ') + 1)) };
    linesByLanguage.set(source.language, index);
  }
  const { lines, keys } = index;
  const parsed = new Map<number, readonly WordEntry[]>();
  const lookup = (digits: string): DictionaryMatch => {
    const probe = `${digits} `;
    let low = 0;
    let high = keys.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((keys[middle] ?? '') < probe) low = middle + 1;
      else high = middle;
    }
    const key = keys[low] ?? '';
    if (key !== probe) return { entries: NO_WORDS, extendable: key.startsWith(digits) };
    let entries = parsed.get(low);
    if (!entries) {
      entries = parseLine(lines[low] ?? '', source);
      parsed.set(low, entries);
    }
    // A longer key with these digits sorts right after this one (a space sorts before every digit).
    return { entries, extendable: (keys[low + 1] ?? '').startsWith(digits) };
  };
  return { lookup };
}

/**
 * Several indexes read as one: a word in more than one keeps its highest frequency. The search lengthens
 * one substring at a time, so an index that no longer extends a substring is skipped for its longer ones.
 */
function merged(parts: readonly Dictionary[]): Dictionary {
  const exhausted: (string | undefined)[] = parts.map(() => undefined);
  const lookup = (digits: string): DictionaryMatch => {
    let entries = NO_WORDS;
    let extendable = false;
    for (const [index, part] of parts.entries()) {
      const dead = exhausted[index];
      if (dead !== undefined && digits.startsWith(dead)) continue;
      const match = part.lookup(digits);
      if (match.extendable) extendable = true;
      else exhausted[index] = digits;
      if (match.entries.length === 0) continue;
      entries = entries.length === 0 ? match.entries : mergeEntries(entries, match.entries);
    }
    return { entries, extendable };
  };
  return { lookup };
}

function mergeEntries(first: readonly WordEntry[], second: readonly WordEntry[]): WordEntry[] {
  const byWord = new Map<string, WordEntry>();
  for (const entry of [...first, ...second]) {
    const key = `${entry.word}+${entry.fullWord ?? ''}`;
    const known = byWord.get(key);
    if (!known || known.zipf < entry.zipf) byWord.set(key, entry);
  }
  return [...byWord.values()].sort((a, b) => b.zipf - a.zipf);
}

/**
 * Every answer is remembered, so a substring costs one hash lookup once it has been seen. The set stays
 * bounded by the indexes, not by the traffic: the search asks for a substring only while a shorter one
 * extends, so every remembered key has two digits or is a prefix of some word's digits plus one digit.
 */
function remembered(dictionary: Dictionary): Dictionary {
  const answers = new Map<string, DictionaryMatch>();
  const lookup = (digits: string): DictionaryMatch => {
    let match = answers.get(digits);
    if (!match) {
      match = dictionary.lookup(digits);
      answers.set(digits, match);
    }
    return match;
  };
  return { lookup };
}

/** Reads "digits word zipf*100tags ...": the tags are the letters after the frequency's digits. */
function parseLine(line: string, source: WordSource): WordEntry[] {
  const fields = line.split(' ');
  const entries: WordEntry[] = [];
  for (let i = 1; i + 1 < fields.length; i += 2) {
    const [stem = '', cut] = (fields[i] ?? '').toUpperCase().split('+');
    const field = fields[i + 1] ?? '';
    let digitsEnd = 0;
    while (digitsEnd < field.length && field.charCodeAt(digitsEnd) <= 57) digitsEnd++;
    const zipf = Number(field.slice(0, digitsEnd)) / 100 + source.zipfOffset;
    const { familiarity, classes, primary } = readTags(field.slice(digitsEnd), source.variety);
    const entry: WordEntry = { word: stem, zipf, familiarity, classes, primary, language: source.language };
    entries.push(cut === undefined ? entry : { ...entry, fullWord: stem + cut });
  }
  return entries;
}
