import { describe, expect, it } from 'vitest';
import { generateVanityNumbers } from '../../../../amplify/engine';
import { BENCH_RANGES, benchNumbers } from '../../../../local/eval/bench-numbers';

describe('benchNumbers', () => {
  it('is deterministic, so bench figures compare across runs', () => {
    expect(benchNumbers(500)).toEqual(benchNumbers(500));
    expect(benchNumbers(500, 1)).not.toEqual(benchNumbers(500, 2));
  });

  it('yields numbers from several countries that the engine accepts', () => {
    const numbers = benchNumbers(1800);
    const countries = new Set(numbers.map((number) => generateVanityNumbers(number).callingCode));
    expect([...countries].sort()).toEqual(['1', '31', '33', '34', '39', '41', '44', '46', '48', '49', '55', '61', '81', '91']);
    expect(countries.size).toBe(BENCH_RANGES.countries);
  });
});
