import { callWords } from '../../amplify/functions/vanity-lookup/call-words';
import type { VanityCallRecord } from '../../amplify/functions/vanity-lookup/call-record';

/** The filters the benchmark tries: a word and a caller that many seeded calls share, as a supervisor would search. */
export interface FilterSamples {
  word: string;
  caller: string;
}

function mostFrequent(counts: Map<string, number>, fallback: string): string {
  let best = fallback;
  let most = 0;
  for (const [key, count] of counts) if (count > most) [best, most] = [key, count];
  return best;
}

/** Watches the seeded calls go by and picks the most frequent word of four letters or more, and the busiest caller. */
export class FilterSampler {
  private readonly words = new Map<string, number>();
  private readonly callers = new Map<string, number>();

  see(record: VanityCallRecord): void {
    if (record.callerNumber.startsWith('+')) this.callers.set(record.callerNumber, (this.callers.get(record.callerNumber) ?? 0) + 1);
    for (const word of callWords(record.vanityNumbers)) if (word.length >= 4) this.words.set(word, (this.words.get(word) ?? 0) + 1);
  }

  samples(): FilterSamples {
    return { word: mostFrequent(this.words, 'NEWS'), caller: mostFrequent(this.callers, '+18003569377') };
  }
}
