import { createRequire } from 'node:module';
import { installedVersion } from './installed-version';

/**
 * Places a business's line is named for (a state's tourism office, a country's airline, a state agency's
 * tip line): the US states and their postal codes (npm `us-state-codes`, the 50 states, DC and Puerto Rico
 * in one maintained map, so a name and its code come from the same row) and the world's countries by
 * their English names (npm `countries-list`). Only names of one word are kept (UTAH, TEXAS, PERU): a name
 * of two (NEW YORK, SRI LANKA) is already spelled by its words. Only the build reads these.
 */
export interface PlaceNames {
  /** Lower-case names of one word: states and countries. */
  names: readonly string[];
  /** Lower-case names of one word of the US states only (UTAH, MONTANA), which a US caller knows by name. */
  states: readonly string[];
  /** Lower-case two-letter postal codes of the states, DC and Puerto Rico (NJ, NY, TX). */
  codes: readonly string[];
  source: string;
}

export function readPlaceNames(): PlaceNames {
  const require = createRequire(import.meta.url);
  const states = require('us-state-codes/states.json') as Record<string, string>;
  const { countries } = require('countries-list') as { countries: Record<string, { name: string }> };
  return {
    ...placeNames(Object.entries(states), Object.values(countries).map(({ name }) => name)),
    source: `us-state-codes@${installedVersion('us-state-codes')}, countries-list@${installedVersion('countries-list')}`,
  };
}

/** The one-word names and the postal codes of `states` ([code, name] rows) and `countries` (names), sorted. */
export function placeNames(states: readonly (readonly [string, string])[], countries: readonly string[]): Omit<PlaceNames, 'source'> {
  const names = new Set<string>();
  for (const name of [...states.map(([, name]) => name), ...countries]) if (/^[A-Za-z]+$/.test(name)) names.add(name.toLowerCase());
  const codes = new Set(states.map(([code]) => code.toLowerCase()).filter((code) => /^[a-z]{2}$/.test(code)));
  const stateNames = states.map(([, name]) => name.toLowerCase()).filter((name) => /^[a-z]+$/.test(name));
  return { names: [...names].sort(), states: [...new Set(stateNames)].sort(), codes: [...codes].sort() };
}
