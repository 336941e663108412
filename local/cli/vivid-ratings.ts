import { readFileSync } from 'node:fs';
import { computeTasteWords } from './taste-words-builder';

/**
 * How well the vivid signal (isVivid in taste-words-builder.ts) separates the lone words blind readers called
 * good from those they called "ok" or junk, on a file of ratings given on the command line: one rating a line,
 * "reader<TAB>answer<TAB>good|ok|junk" (lines opening with # are skipped), the answer a person's number as the
 * engine wrote it (1-613-95-HOUND). Only answers of one word that reaches the taste floor count: the words the
 * engine could offer alone before stop 24. It prints the share of good among the words the rule keeps, the
 * share of the good words it drops, and the junk kept, by reader and in all.
 *
 *   npx tsx local/cli/vivid-ratings.ts ratings.tsv [--words]
 */
interface Rating {
  reader: string;
  word: string;
  rating: string;
}

function readRatings(path: string): Rating[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .flatMap((line) => {
      const [reader, answer, rating] = line.split('\t');
      const words = (answer ?? '').split('-').filter((part) => /[A-Za-z]/.test(part));
      return reader && rating && words.length === 1 && words[0] ? [{ reader, word: words[0].toLowerCase(), rating: rating.trim() }] : [];
    });
}

function line(label: string, ratings: readonly Rating[], vivid: ReadonlySet<string>): string {
  const kept = ratings.filter(({ word }) => vivid.has(word));
  const good = ratings.filter(({ rating }) => rating === 'good');
  const goodKept = kept.filter(({ rating }) => rating === 'good').length;
  const percent = (part: number, whole: number): string => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)} %`);
  return [
    `${label}: ${ratings.length} ratings of a lone word above the floor, good ${percent(good.length, ratings.length)};`,
    `kept ${kept.length}, good among kept ${percent(goodKept, kept.length)}, junk among kept ${percent(kept.filter(({ rating }) => rating === 'junk').length, kept.length)};`,
    `good kept ${goodKept} of ${good.length} (${percent(goodKept, good.length)}), good dropped ${percent(good.length - goodKept, good.length)}`,
  ].join(' ');
}

function main(): void {
  const path = process.argv[2];
  if (!path) throw new Error('usage: npx tsx local/cli/vivid-ratings.ts ratings.tsv [--words]');
  const taste = computeTasteWords();
  const above = new Set(taste.aboveFloor);
  const vivid = new Set(taste.vivid);
  const ratings = readRatings(path).filter(({ word }) => above.has(word));
  for (const reader of [...new Set(ratings.map(({ reader }) => reader))].sort()) {
    console.log(line(`reader ${reader}`, ratings.filter((rating) => rating.reader === reader), vivid));
  }
  console.log(line('all readers', ratings, vivid));
  if (process.argv.includes('--words')) {
    const list = (keep: boolean, good: boolean): string =>
      [...new Set(ratings.filter(({ word, rating }) => vivid.has(word) === keep && (rating === 'good') === good).map(({ word, rating }) => `${word}:${rating}`))].sort().join(' ');
    console.log(`dropped good: ${list(false, true)}`);
    console.log(`kept not good: ${list(true, false)}`);
  }
}

main();
