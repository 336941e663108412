/**
 * Number ranges of several countries: a prefix that makes the number possible, then how many random digits
 * follow it. The bench draws from them, and the keypad property test too.
 */
export interface NumberRange {
  prefix: string;
  digits: number;
}

export const NUMBER_RANGES: readonly NumberRange[] = [
  { prefix: '+1800', digits: 7 },
  { prefix: '+1888', digits: 7 },
  { prefix: '+1212', digits: 7 },
  { prefix: '+1415', digits: 7 },
  { prefix: '+4420', digits: 8 },
  { prefix: '+447700', digits: 6 },
  { prefix: '+4930', digits: 8 },
  { prefix: '+331', digits: 8 },
  { prefix: '+612', digits: 8 },
  { prefix: '+9198', digits: 8 },
  { prefix: '+813', digits: 8 },
  { prefix: '+55119', digits: 8 },
  { prefix: '+3491', digits: 7 },
  { prefix: '+3906', digits: 8 },
  { prefix: '+3120', digits: 7 },
  { prefix: '+4144', digits: 7 },
  { prefix: '+468', digits: 7 },
  { prefix: '+4822', digits: 7 },
];

/** How many number ranges and countries the bench draws from, for its report. */
export const BENCH_RANGES = { ranges: NUMBER_RANGES.length, countries: 14 };

/** Deterministic pseudo-random phone numbers from several countries (or the given ranges), the same on every run. */
export function benchNumbers(count: number, seed = 20_261_124, ranges: readonly NumberRange[] = NUMBER_RANGES): string[] {
  let state = seed >>> 0;
  // xorshift32: tiny, fast and reproducible, which is all a benchmark's inputs need.
  const next = (): number => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
  const numbers: string[] = [];
  for (let i = 0; i < count; i++) {
    const shape = ranges[i % ranges.length] ?? { prefix: '+1800', digits: 7 };
    let number = shape.prefix;
    for (let d = 0; d < shape.digits; d++) number += String(next() % 10);
    numbers.push(number);
  }
  return numbers;
}
