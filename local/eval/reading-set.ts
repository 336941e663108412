/**
 * A reading set for rating rank 1 by ear, away from the bench: 150 everyday numbers of ranges and a seed the
 * everyday score (everyday-score.ts) never draws from. `npx tsx local/eval/reading-set.ts` prints
 * "number <tab> rank 1 | rank 2 | rank 3"; with `--ratings local/eval/reading-ratings.tsv` it tallies the
 * ratings ("number <tab> rank 1 <tab> rating" lines) of the answers the engine gives now: a rank 1 that
 * changed since it was rated counts as unrated until someone rates it, so no rating carries over to a new
 * answer. Dev-only: nothing under amplify/ may import it.
 *
 * How a rank 1 is rated, as a caller who is told "your number spells...":
 * - good: every word a common everyday word of the caller's English, pleasant or neutral to say, letters in
 *   one block at the start or end of the subscriber digits (or filling them), or two words that make a phrase.
 * - ok: common words, weakened by where they sit (a word of four letters or more between digits, a
 *   three-letter word in front of four digits) or bland, odd-sounding or mildly negative (DOWN, MAD, JINX).
 * - junk: a name, archaic, rare or odd form (THY, HART, SLEW, HANGS); an unpleasant word (WAR, FLU, RAT);
 *   a three-letter word between digits (55-GIN-54); a lone function word (THUS); words that do not belong
 *   together (MET-LOT, FILL-HAM).
 */
import { readFileSync } from 'node:fs';
import { generateVanityNumbers } from '../../amplify/engine';
import { benchNumbers, type NumberRange } from './bench-numbers';

/** Cities, mobiles and toll-free ranges of US, CA, UK, IE, AU and NZ that the bench's everyday score does not use. */
const READING_RANGES: readonly NumberRange[] = [
  { prefix: '+1404', digits: 7 },
  { prefix: '+1206', digits: 7 },
  { prefix: '+1713', digits: 7 },
  { prefix: '+1602', digits: 7 },
  { prefix: '+1877', digits: 7 },
  { prefix: '+1519', digits: 7 },
  { prefix: '+1403', digits: 7 },
  { prefix: '+44117', digits: 7 },
  { prefix: '+44131', digits: 7 },
  { prefix: '+447911', digits: 6 },
  { prefix: '+618', digits: 8 },
  { prefix: '+61412', digits: 6 },
  { prefix: '+35321', digits: 6 },
  { prefix: '+6421', digits: 7 },
  { prefix: '+644', digits: 7 },
];

const READING_SEED = 7_700_417;
const READING_SIZE = 150;

function readingSet(): { number: string; ranks: string[]; hasWord: boolean }[] {
  return benchNumbers(READING_SIZE, READING_SEED, READING_RANGES).map((number) => {
    const result = generateVanityNumbers(number);
    const first = result.candidates[0];
    return { number, ranks: result.vanityNumbers.slice(0, 3), hasWord: first?.parts.some((part) => part.isWord) ?? false };
  });
}

const ratingsAt = process.argv.indexOf('--ratings');
const set = readingSet();
if (ratingsAt < 0) {
  for (const { number, ranks } of set) console.log(`${number}\t${ranks.join(' | ')}`);
} else {
  const ratings = new Map<string, string>();
  for (const line of readFileSync(process.argv[ratingsAt + 1] ?? '', 'utf8').split('\n')) {
    const [number, text, rating] = line.split('\t');
    if (number && text && rating) ratings.set(`${number.trim()} ${text.trim()}`, rating.trim());
  }
  const tally: Record<string, number> = { good: 0, ok: 0, junk: 0, unrated: 0 };
  let noWord = 0;
  for (const { number, ranks, hasWord } of set) {
    if (!hasWord) {
      noWord++;
      continue;
    }
    const rating = ratings.get(`${number} ${ranks[0] ?? ''}`) ?? 'unrated';
    if (rating === 'unrated') console.log(`unrated\t${number}\t${ranks.join(' | ')}`);
    tally[rating] = (tally[rating] ?? 0) + 1;
  }
  const withWord = set.length - noWord;
  const share = (n: number | undefined): string => `${n ?? 0} (${(((n ?? 0) / Math.max(1, withWord)) * 100).toFixed(0)} %)`;
  console.log(`numbers ${set.length}, no word ${noWord}, with a word ${withWord}: good ${share(tally.good)}, ok ${share(tally.ok)}, junk ${share(tally.junk)}, unrated ${tally.unrated}`);
}
