import { generateVanityNumbers } from '../../amplify/engine';
import type { FamousVanityNumber } from './famous-vanity-numbers';

export interface AdvertisedScore {
  total: number;
  /** The advertised phrase is rank 1. */
  first: number;
  /** The advertised phrase is among the five candidates. */
  top5: number;
  /** The advertised vanity numbers whose phrase is not in the top five. */
  misses: string[];
}

/** Where the advertised phrase ranks among a number's candidates (hyphens ignored), or -1. */
function advertisedRank({ number, brand }: FamousVanityNumber): number {
  return generateVanityNumbers(number)
    .vanityNumbers.map((text) => text.replaceAll('-', ''))
    .findIndex((text) => text.includes(brand));
}

/** How many advertised phrases the engine finds first and in its top five. */
export function advertisedScore(entries: readonly FamousVanityNumber[]): AdvertisedScore {
  const score: AdvertisedScore = { total: entries.length, first: 0, top5: 0, misses: [] };
  for (const entry of entries) {
    const rank = advertisedRank(entry);
    if (rank === 0) score.first++;
    if (rank >= 0) score.top5++;
    else score.misses.push(entry.vanity);
  }
  return score;
}
