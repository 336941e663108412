import { generateVanityNumbers } from '../../amplify/engine';
import type { VanityCallRecord } from '../../amplify/functions/vanity-lookup/call-record';
import { lookupCall, type GenerateVanityNumbers } from '../../amplify/functions/vanity-lookup/lookup-call';
import { NUMBER_RANGES } from '../eval/bench-numbers';

/** What to seed: how many calls over how many days up to `now`, reproducibly from `seed`. */
export interface SeedPlan {
  calls: number;
  days: number;
  now: Date;
  seed?: number;
  retentionDays?: number;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** A contact centre's day: quiet at night, busiest late morning and early afternoon (relative weights per UTC hour). */
const HOURLY_WEIGHTS = [1, 1, 1, 1, 1, 2, 4, 8, 14, 18, 20, 19, 16, 17, 18, 16, 13, 10, 7, 5, 4, 3, 2, 1];
const CUMULATIVE = HOURLY_WEIGHTS.reduce<number[]>((sums, weight) => [...sums, (sums.at(-1) ?? 0) + weight], []);
const WEIGHT_TOTAL = CUMULATIVE.at(-1) ?? 1;

/** Callers who withhold their number, and numbers that are not numbers (short codes, garbage). */
const WITHHELD_SHARE = 0.03;
const UNUSABLE = ['12345', '+999', 'restricted-line'];
const UNUSABLE_SHARE = 0.01;
/** Numbers no word fits: the engine answers NO_WORDS. */
const NO_WORDS = ['+18001110100', '+12125550100', '+442000001010', '+18000000000'];
const NO_WORDS_SHARE = 0.01;

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 4_294_967_296;
  };
}

/** One lookup per distinct number: repeat callers get the answer the engine gave them before. */
function rememberingGenerate(): GenerateVanityNumbers {
  const seen = new Map<string, ReturnType<GenerateVanityNumbers> | Error>();
  return (input, options) => {
    let answer = seen.get(input);
    if (answer === undefined) {
      try {
        answer = generateVanityNumbers(input, options);
      } catch (error) {
        answer = error instanceof Error ? error : new Error(String(error));
      }
      seen.set(input, answer);
    }
    if (answer instanceof Error) throw answer;
    return answer;
  };
}

/**
 * Realistic calls, built by the function's own core (lookupCall) from Connect-shaped events: a pool
 * of callers in several countries (about one distinct number per four calls, so some call often),
 * some withheld, unusable or wordless, spread over the days with a working day's shape, oldest first.
 */
export function* seedCalls(plan: SeedPlan): Generator<VanityCallRecord> {
  const next = random(plan.seed ?? 20_261_130);
  const generate = rememberingGenerate();
  const pool: string[] = [];
  const poolSize = Math.max(50, Math.ceil(plan.calls / 4));
  for (let i = 0; i < poolSize; i++) {
    const range = NUMBER_RANGES[Math.floor(next() * NUMBER_RANGES.length)] ?? { prefix: '+1800', digits: 7 };
    let number = range.prefix;
    for (let d = 0; d < range.digits; d++) number += String(Math.floor(next() * 10));
    pool.push(number);
  }
  const end = plan.now.getTime();
  const start = end - plan.days * DAY_MS;
  const firstDay = Math.floor(start / DAY_MS) * DAY_MS;
  // Calls in the order they were made, as a centre saves them: a bulk write's calls then fall in a few count rows.
  const times = new Float64Array(plan.calls);
  for (let i = 0; i < plan.calls; i++) {
    let at: number;
    do {
      const day = firstDay + Math.floor(next() * (Math.ceil((end - firstDay) / DAY_MS))) * DAY_MS;
      const pick = next() * WEIGHT_TOTAL;
      const hour = CUMULATIVE.findIndex((sum) => pick < sum);
      at = day + hour * HOUR_MS + Math.floor(next() * HOUR_MS);
    } while (at < start || at >= end);
    times[i] = at;
  }
  times.sort();
  for (let i = 0; i < plan.calls; i++) {
    const roll = next();
    const address =
      roll < WITHHELD_SHARE
        ? 'anonymous'
        : roll < WITHHELD_SHARE + UNUSABLE_SHARE
          ? UNUSABLE[i % UNUSABLE.length]
          : roll < WITHHELD_SHARE + UNUSABLE_SHARE + NO_WORDS_SHARE
            ? NO_WORDS[i % NO_WORDS.length]
            : pool[Math.floor(next() * next() * pool.length)];
    const at = times[i] ?? end - 1;
    const event = {
      Name: 'ContactFlowEvent',
      Details: {
        ContactData: {
          ContactId: `seed-${(plan.seed ?? 0).toString(36)}-${i.toString(36).padStart(6, '0')}-${Math.floor(next() * 1e9).toString(36)}`,
          CustomerEndpoint: address === undefined || address === 'anonymous' ? null : { Address: address, Type: 'TELEPHONE_NUMBER' },
          Channel: 'VOICE',
          InitiationMethod: 'INBOUND',
        },
        Parameters: {},
      },
    };
    const { record } = lookupCall(event, { generate, now: new Date(at), retentionDays: plan.retentionDays ?? 30 });
    if (record !== undefined) yield record;
  }
}
