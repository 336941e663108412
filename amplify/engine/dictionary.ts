import { readFrequencyField, type Familiarity } from './word-tags';
import { LINE_SEPARATOR } from './index-format';
import { firstLineReaching, lineEnd } from './sorted-lines';
import { KEYPAD_LETTERS, LETTER_KEYS, letterToDigit } from './keypad';
import { indexText, wordSourcesFor, type WordSource } from './word-sources';

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
  /** English in a country that does not speak it: the country's languages (see WordSource.hosts). */
  hosts?: readonly string[];
}

/** The word as a caller hears it, lower case: a word cut short is heard whole (MATTRES as mattress). */
export function heardWord(word: WordEntry): string {
  return (word.fullWord ?? word.word).toLowerCase();
}

/** `word` said whole but spelled `lost` letters short, as the number's digits run out (MATTRES of MATTRESS). */
export function cutShort(word: WordEntry, lost: number): WordEntry {
  return { ...word, word: word.word.slice(0, -lost), fullWord: word.word };
}

/** How many letters past the number's end a word may lose: a brand of eleven letters keeps seven (see longBrandsCut). */
export type LettersLost = 1 | 2 | 3 | 4;

/**
 * The whole words of the index that `digits` spell but for their last letter, or (`maxLost` 2 to 4) their
 * last few, cut short to `digits` (see cutShort), that `keeps` lets through: the one walk of the keys past
 * the number that each rule for words running past its end (a phrase's closer, a long word that fills the
 * number, a brand closing a name line) filters its own way. In key order, each key's words before those of
 * the keys that extend it; a key no longer key extends ends its branch.
 */
export function wordsCutShort(digits: string, dictionary: Dictionary, maxLost: LettersLost, keeps: (word: WordEntry, lost: LettersLost) => boolean): WordEntry[] {
  const words: WordEntry[] = [];
  const walk = (key: string, lost: LettersLost): void => {
    for (const letter of LETTER_KEYS) {
      const match = dictionary.lookup(key + letter);
      for (const word of match.entries) if (word.fullWord === undefined && keeps(word, lost)) words.push(cutShort(word, lost));
      if (lost < maxLost && match.extendable) walk(key + letter, (lost + 1) as LettersLost);
    }
  };
  walk(digits, 1);
  return words;
}

/** What a key lookup finds: the words spelling exactly those digits, and whether longer keys extend them. */
export interface DictionaryMatch {
  entries: readonly WordEntry[];
  /** False when no word's digits start with the digits looked up: no longer substring can match either. */
  extendable: boolean;
}

/** The digits->words lookup the search uses: one array read per digit, stopping where no key extends it. */
export interface Dictionary {
  lookup(digits: string): DictionaryMatch;
  /**
   * What lookup answers for digits.slice(start, end), for end = start + 2, start + 3 ... up to the first
   * key no longer key extends (included) or the end of `digits`: the search's question at each position,
   * answered by one walk down the trie instead of one walk from its root per end.
   */
  lookupRun(digits: string, start: number): readonly DictionaryMatch[];
}

const NO_WORDS: readonly WordEntry[] = [];
const NO_MATCH: DictionaryMatch = { entries: NO_WORDS, extendable: false };

const tries = new Map<string, KeyTrie>();
const indexes = new Map<string, Dictionary>();
const dictionaries = new Map<string | undefined, Dictionary>();

/**
 * The dictionary for numbers of `country` (English when absent or without an indexed language), built on
 * first use: a country's languages are read only when one of its numbers arrives.
 */
export function getDictionary(country?: string): Dictionary {
  let dictionary = dictionaries.get(country);
  if (!dictionary) {
    const parts = wordSourcesFor(country).map((source) => {
      const id = `${source.language}${source.zipfOffset}${source.variety ?? ''}${source.hosts?.join('') ?? ''}`;
      let part = indexes.get(id);
      if (!part) {
        part = indexDictionary(source);
        indexes.set(id, part);
      }
      return part;
    });
    dictionary = parts.length === 1 && parts[0] ? parts[0] : merged(parts);
    dictionaries.set(country, dictionary);
  }
  return dictionary;
}

/**
 * An index's keys as a trie over the keypad digits 2-9, in typed arrays: node n's child for digit d is
 * children[n * 8 + d - 2] (0 for none: the root is nobody's child), lineStart[n] is where the words of the
 * key ending at n start in the text, or -1, and extendsFlags[n] is 1 when a longer key shares its digits. A
 * lookup reads one array slot per digit, where a binary search over 48,000 keys compared sixteen strings.
 * The trie grows by blocks of keys that share their first three digits, each built the first time a lookup
 * needs it: the text is sorted by key, so a block is one run of lines found by bisecting the text, and a
 * cold start reads only the blocks its first numbers touch, not 48,000 lines. A two-digit key's node (its
 * line, whether longer keys share its digits) is set from its run's first lines before any of its blocks:
 * blocks of two digits made the first number read some 5,000 lines, about 10 ms of a cold start.
 */
interface KeyTrie {
  text: string;
  children: Int32Array;
  lineStart: Int32Array;
  extendsFlags: Uint8Array;
  nodes: number;
  /** 1 for each two-digit key already set up, by (first - 2) * 8 + second - 2 (see ensurePair). */
  pairs: Uint8Array;
  /** 1 for each three-digit block already in the trie, by ((first - 2) * 8 + second - 2) * 8 + third - 2. */
  built: Uint8Array;
}

/** The keys with letters, 2 to 9: the children of a trie node. */
const DIGITS = 8;
/** Keypad digit (2-9) minus 2 by char code, for the letters a-z and A-Z; -1 for anything else. */
const DIGIT_OF_LETTER = new Int8Array(128).fill(-1);
for (const [digit, letters] of Object.entries(KEYPAD_LETTERS)) {
  for (const letter of letters) {
    DIGIT_OF_LETTER[letter.charCodeAt(0)] = Number(digit) - 2;
    DIGIT_OF_LETTER[letter.toLowerCase().charCodeAt(0)] = Number(digit) - 2;
  }
}
/** The character code of '2', the first key with letters: a lookup's digit less it is the trie's digit. */
const CODE_OF_TWO = '2'.charCodeAt(0);

function newTrie(text: string): KeyTrie {
  const capacity = 1024;
  return {
    text,
    children: new Int32Array(capacity * DIGITS),
    lineStart: new Int32Array(capacity).fill(-1),
    extendsFlags: new Uint8Array(capacity),
    nodes: 1,
    pairs: new Uint8Array(DIGITS * DIGITS),
    built: new Uint8Array(DIGITS * DIGITS * DIGITS),
  };
}

/** The digit (minus 2) of a lookup's character, or -1 for one no letter dials. */
function digitOf(digits: string, index: number): number {
  const digit = digits.charCodeAt(index) - CODE_OF_TWO;
  return digit >= 0 && digit < DIGITS ? digit : -1;
}

/** The key digit (minus 2) at `position` of a line: what that letter of the first word dials; -1 where the key ends. */
function keyDigitAt(trie: KeyTrie, position: number): number {
  const code = trie.text.charCodeAt(position);
  return code < 128 ? (DIGIT_OF_LETTER[code] ?? -1) : -1;
}

/** True when the key of the line at `start` sorts at or after `key` (digits minus 2; a shorter key sorts before its extensions). */
function keyAtLeast(trie: KeyTrie, start: number, key: readonly number[]): boolean {
  for (const [index, digit] of key.entries()) {
    const at = keyDigitAt(trie, start + index);
    if (at !== digit) return at > digit;
  }
  return true;
}

/** Where the first line whose key sorts at or after `key` starts (the text's length when none does). */
function firstLineFrom(trie: KeyTrie, key: readonly number[]): number {
  return firstLineReaching(trie.text, LINE_SEPARATOR, (start) => keyAtLeast(trie, start, key));
}

/** True when the key of the line at `start` begins with `key`. */
function keyStartsWith(trie: KeyTrie, start: number, key: readonly number[]): boolean {
  for (const [index, digit] of key.entries()) if (keyDigitAt(trie, start + index) !== digit) return false;
  return true;
}

/**
 * Sets up the node of a two-digit key as the whole run of keys starting with those digits would: its line,
 * and whether a longer key shares its digits. The longer keys themselves come with their blocks (ensureBlock).
 */
function ensurePair(trie: KeyTrie, first: number, second: number): void {
  const pair = first * DIGITS + second;
  if (trie.pairs[pair] === 1) return;
  trie.pairs[pair] = 1;
  const key = [first, second];
  const start = firstLineFrom(trie, key);
  if (start >= trie.text.length || !keyStartsWith(trie, start, key)) return;
  // The line of the two-digit key itself sorts first in the run; the lines after it hold longer keys.
  let next = start;
  while (next < trie.text.length && keyStartsWith(trie, next, key) && keyDigitAt(trie, next + 2) < 0) {
    const end = lineEnd(trie.text, next, LINE_SEPARATOR);
    insertLine(trie, next, end);
    next = end + 1;
  }
  if (next < trie.text.length && keyStartsWith(trie, next, key)) {
    const node = addPath(trie, key);
    trie.extendsFlags[node] = 1;
  }
}

/** The three-digit block of keys, with its two-digit key set up first (see KeyTrie). */
function ensureBlock(trie: KeyTrie, first: number, second: number, third: number): void {
  ensurePair(trie, first, second);
  const block = (first * DIGITS + second) * DIGITS + third;
  if (trie.built[block] === 1) return;
  trie.built[block] = 1;
  const { text } = trie;
  const key = [first, second, third];
  for (let start = firstLineFrom(trie, key); start < text.length && keyStartsWith(trie, start, key); ) {
    const end = lineEnd(text, start, LINE_SEPARATOR);
    insertLine(trie, start, end);
    start = end + 1;
  }
}

/** The node of `key` (digits minus 2), made with its parents where missing. */
function addPath(trie: KeyTrie, key: readonly number[]): number {
  let node = 0;
  for (const digit of key) node = childOrNew(trie, node, digit);
  return node;
}

function childOrNew(trie: KeyTrie, node: number, digit: number): number {
  const slot = node * DIGITS + digit;
  let child = trie.children[slot] ?? 0;
  if (child === 0) {
    if (trie.nodes === trie.lineStart.length) grow(trie);
    child = trie.nodes++;
    trie.children[slot] = child;
    trie.extendsFlags[node] = 1;
  }
  return child;
}

function insertLine(trie: KeyTrie, start: number, end: number): void {
  let node = 0;
  for (let position = start; position < end; position++) {
    const digit = keyDigitAt(trie, position);
    if (digit < 0) break;
    node = childOrNew(trie, node, digit);
  }
  // Two lines of one key never occur in a generated index; if they did, the first would answer, as the
  // sorted search this replaces found the first.
  if (node !== 0 && trie.lineStart[node] === -1) trie.lineStart[node] = start;
}

function grow(trie: KeyTrie): void {
  const capacity = trie.lineStart.length * 2;
  const children = new Int32Array(capacity * DIGITS);
  children.set(trie.children);
  trie.children = children;
  const lineStart = new Int32Array(capacity).fill(-1);
  lineStart.set(trie.lineStart);
  trie.lineStart = lineStart;
  const extendsFlags = new Uint8Array(capacity);
  extendsFlags.set(trie.extendsFlags);
  trie.extendsFlags = extendsFlags;
}

/** The trie node the digits lead to, or 0 when no key starts with them (or they hold a digit no letter dials). */
function nodeOf(trie: KeyTrie, digits: string): number {
  const first = digitOf(digits, 0);
  if (first < 0) return 0;
  if (digits.length === 1) {
    for (let second = 0; second < DIGITS; second++) ensurePair(trie, first, second);
  } else {
    const second = digitOf(digits, 1);
    if (second < 0) return 0;
    const third = digits.length === 2 ? -1 : digitOf(digits, 2);
    if (third < 0) ensurePair(trie, first, second);
    else ensureBlock(trie, first, second, third);
  }
  let node = 0;
  for (let i = 0; i < digits.length; i++) {
    const digit = digitOf(digits, i);
    if (digit < 0) return 0;
    node = trie.children[node * DIGITS + digit] ?? 0;
    if (node === 0) return 0;
  }
  return node;
}

/** The trie of `language`'s index, made on first use: one per language, whatever asks for it. */
function trieOf(language: string, text: () => string): KeyTrie {
  let trie = tries.get(language);
  if (!trie) {
    trie = newTrie(text());
    tries.set(language, trie);
  }
  return trie;
}

/**
 * Whether `language`'s index holds `word` (upper case) whole: one line of the trie the search reads, so a
 * question about a local language's words parses one block of its keys, not the whole index into a second
 * set. A word the index keys cut short (none in a local index: see buildLanguageIndexLines) is not found.
 */
export function indexHoldsWord(language: string, word: string): boolean {
  let digits = '';
  for (const letter of word) {
    const digit = letterToDigit(letter);
    if (digit === undefined) return false;
    digits += digit;
  }
  const trie = trieOf(language, () => indexText(language));
  // nodeOf may grow the trie's arrays: read lineStart after it.
  const node = nodeOf(trie, digits);
  const start = trie.lineStart[node] ?? -1;
  if (start < 0) return false;
  const fields = trie.text.slice(start, lineEnd(trie.text, start, LINE_SEPARATOR)).split(' ');
  // Fields alternate: a word, then its frequency and tags.
  for (let i = 0; i < fields.length; i += 2) if ((fields[i] ?? '').toUpperCase() === word) return true;
  return false;
}

/**
 * One index as a dictionary. One language's trie serves every offset it is read at (English at home and,
 * discounted, abroad); a key's words are parsed, and kept, the first time a number needs them.
 */
function indexDictionary(source: WordSource): Dictionary {
  const known = trieOf(source.language, source.text);
  // By node, filled as keys are first looked up. Kept dense (grown with undefined up to each new node):
  // an array indexed far past its length turns into a slow dictionary.
  const matches: (DictionaryMatch | undefined)[] = [];
  const matchAt = (node: number): DictionaryMatch => {
    if (node === 0) return NO_MATCH;
    while (matches.length <= node) matches.push(undefined);
    let match = matches[node];
    if (!match) {
      const start = known.lineStart[node] ?? -1;
      const entries = start < 0 ? NO_WORDS : parseLine(known.text, start, source);
      match = { entries, extendable: known.extendsFlags[node] === 1 };
      matches[node] = match;
    }
    return match;
  };
  const lookup = (digits: string): DictionaryMatch => matchAt(digits.length === 0 ? 0 : nodeOf(known, digits));
  const lookupRun = (digits: string, start: number): DictionaryMatch[] => {
    const run: DictionaryMatch[] = [];
    if (start + 2 > digits.length) return run;
    const first = digitOf(digits, start);
    const second = digitOf(digits, start + 1);
    if (first < 0 || second < 0) {
      run.push(NO_MATCH);
      return run;
    }
    ensurePair(known, first, second);
    let node = known.children[first] ?? 0;
    if (node !== 0) node = known.children[node * DIGITS + second] ?? 0;
    for (let end = start + 2; ; end++) {
      const match = matchAt(node);
      run.push(match);
      if (!match.extendable || end === digits.length) return run;
      const digit = digitOf(digits, end);
      if (digit >= 0 && end === start + 2) ensureBlock(known, first, second, digit);
      node = digit < 0 ? 0 : (known.children[node * DIGITS + digit] ?? 0);
    }
  };
  return { lookup, lookupRun };
}

/**
 * Several indexes read as one: a word in more than one keeps its highest frequency. A merge is remembered
 * by its digits, so it is built once.
 */
function merged(parts: readonly Dictionary[]): Dictionary {
  const mergedEntries = new Map<string, readonly WordEntry[]>();
  /** The parts' matches of one key read as one; `key` names the key, asked for only when two parts hold words for it. */
  const combine = (matches: readonly DictionaryMatch[], key: () => string): DictionaryMatch => {
    let entries = NO_WORDS;
    let extendable = false;
    let sources = 0;
    for (const match of matches) {
      if (match.extendable) extendable = true;
      if (match.entries.length === 0) continue;
      sources++;
      entries = sources === 1 ? match.entries : NO_WORDS;
    }
    if (sources > 1) {
      const digits = key();
      let known = mergedEntries.get(digits);
      if (!known) {
        known = NO_WORDS;
        for (const match of matches) {
          const found = match.entries;
          if (found.length > 0) known = known.length === 0 ? found : mergeEntries(known, found);
        }
        mergedEntries.set(digits, known);
      }
      entries = known;
    }
    return entries.length === 0 && !extendable ? NO_MATCH : { entries, extendable };
  };
  const lookup = (digits: string): DictionaryMatch =>
    combine(
      parts.map((part) => part.lookup(digits)),
      () => digits,
    );
  const lookupRun = (digits: string, start: number): DictionaryMatch[] => {
    const runs = parts.map((part) => part.lookupRun(digits, start));
    const run: DictionaryMatch[] = [];
    for (let index = 0; start + 2 + index <= digits.length; index++) {
      const end = start + 2 + index;
      // Past the end of a part's run no key of that part starts with these digits.
      const match = combine(
        runs.map((partRun) => partRun[index] ?? NO_MATCH),
        () => digits.slice(start, end),
      );
      run.push(match);
      if (!match.extendable) break;
    }
    return run;
  };
  return { lookup, lookupRun };
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

/** Reads the line at `start`, "word zipf*100tags ..." (see readFrequencyField). */
function parseLine(text: string, start: number, source: WordSource): WordEntry[] {
  const fields = text.slice(start, lineEnd(text, start, LINE_SEPARATOR)).split(' ');
  const entries: WordEntry[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const [stem = '', cut] = (fields[i] ?? '').toUpperCase().split('+');
    const { zipf, familiarity, classes, primary } = readFrequencyField(fields[i + 1] ?? '', source.variety);
    const entry: WordEntry = { word: stem, zipf: zipf + source.zipfOffset, familiarity, classes, primary, language: source.language, ...(source.hosts ? { hosts: source.hosts } : {}) };
    entries.push(cut === undefined ? entry : { ...entry, fullWord: stem + cut });
  }
  return entries;
}
