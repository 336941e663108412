import { generateVanityNumbers } from '../../amplify/engine';
import type { VanityPart } from '../../amplify/engine';
import { benchNumbers, type NumberRange } from './bench-numbers';
import { independentCommonWords, scowlCommonWords, varietyOf } from './common-words';

/**
 * Everyday numbers of the English-speaking countries the engine spells in English: local, mobile and
 * toll-free ranges. A random number of these is what almost every caller has.
 */
const EVERYDAY_RANGES: readonly NumberRange[] = [
  { prefix: '+1212', digits: 7 },
  { prefix: '+1415', digits: 7 },
  { prefix: '+1312', digits: 7 },
  { prefix: '+1800', digits: 7 },
  { prefix: '+1888', digits: 7 },
  { prefix: '+1416', digits: 7 },
  { prefix: '+1604', digits: 7 },
  { prefix: '+4420', digits: 8 },
  { prefix: '+44161', digits: 7 },
  { prefix: '+447700', digits: 6 },
  { prefix: '+612', digits: 8 },
  { prefix: '+613', digits: 8 },
  { prefix: '+3531', digits: 7 },
  { prefix: '+649', digits: 7 },
];

/** How many everyday numbers the score reads unless told otherwise: a few thousand, a few seconds. */
const EVERYDAY_SAMPLE = 3_000;

export interface VarietyScore {
  numbers: number;
  noWord: number;
  allCommon: number;
  allScowl: number;
}

export interface EverydayScore {
  numbers: number;
  /** Rank 1 holds no word at all: the caller hears the plain number. */
  noWord: number;
  /** Rank 1 holds words, every one a common word by the evaluation's own lexicon (see common-words.ts). */
  allCommon: number;
  /** The same by SCOWL <= 35 of the caller's variety: a reference only, the ranking uses SCOWL itself. */
  allScowl: number;
  /** The same per variety of English (american, british, australian, canadian): the lexicon each is judged by. */
  byVariety: Record<string, VarietyScore>;
  /** Rank-1 answers whose words are not all common (evaluation's lexicon), a few, to read as a caller would. */
  uncommonExamples: string[];
}

/** The words of a candidate as a caller hears them (a word cut by the number's end counts whole). */
export function spokenWords(parts: readonly VanityPart[]): string[] {
  return parts.filter((part) => part.isWord).map((part) => (part.fullWord ?? part.text).toLowerCase());
}

/** Scores the rank-1 answer of each number: no word, or all words common, per country and overall. */
export function everydayScore(count = EVERYDAY_SAMPLE, examples = 12): EverydayScore {
  const score: EverydayScore = { numbers: 0, noWord: 0, allCommon: 0, allScowl: 0, byVariety: {}, uncommonExamples: [] };
  const common = independentCommonWords();
  for (const number of benchNumbers(count, 20_261_129, EVERYDAY_RANGES)) {
    const result = generateVanityNumbers(number);
    const variety = varietyOf(result.country, result.callingCode);
    const perVariety = (score.byVariety[variety] ??= { numbers: 0, noWord: 0, allCommon: 0, allScowl: 0 });
    score.numbers++;
    perVariety.numbers++;
    const first = result.candidates[0];
    const words = first ? spokenWords(first.parts) : [];
    if (words.length === 0) {
      score.noWord++;
      perVariety.noWord++;
      continue;
    }
    const scowl = scowlCommonWords(variety);
    if (words.every((word) => scowl.has(word))) {
      score.allScowl++;
      perVariety.allScowl++;
    }
    if (words.every((word) => common.has(word))) {
      score.allCommon++;
      perVariety.allCommon++;
    } else if (first && score.uncommonExamples.length < examples) {
      score.uncommonExamples.push(first.text);
    }
  }
  return score;
}
