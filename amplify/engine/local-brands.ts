import { LOCAL_BRANDS } from './local-brands.generated';

const sets = new Map<string, ReadonlySet<string>>();
/** No chain: the set of a country the index holds none for, and the default where no country is given. */
export const NO_LOCAL_BRANDS: ReadonlySet<string> = new Set();

/**
 * The brands a country's callers know from its own streets (the name-suggestion-index's chains of that country
 * or its states, not the world's: see local/cli/local-brands-builder.ts), upper-case as the index writes words:
 * a business line of the country may spell one where a name from a worldwide list would be noise (13 SALVOS).
 */
export function localBrandsOf(country: string | undefined): ReadonlySet<string> {
  if (country === undefined) return NO_LOCAL_BRANDS;
  let set = sets.get(country);
  if (!set) {
    const text = LOCAL_BRANDS[country];
    set = text === undefined ? NO_LOCAL_BRANDS : new Set(text.split(' ').map((word) => word.toUpperCase()));
    sets.set(country, set);
  }
  return set;
}
