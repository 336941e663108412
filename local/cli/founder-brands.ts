import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { installedVersion } from './installed-version';

/**
 * Chains named for their founder (stop 26): KOHLER, WESTIN, MICHAELS, NORDSTROM, HOLLISTER. cspell's people names hold
 * their names as surnames, so no dictionary vouches for them as brands (see dictionaryBrands in
 * word-index-builder.ts), and only the name-suggestion-index names them as a chain: one list, held at a brand's
 * stand-in frequency and never let beside a business line's digits (1-800-4-KOHLER, 1-800-WESTIN-1). The index
 * ships each brand's Wikidata entry with the chain's own web address and accounts: a chain that trades under a
 * surname and owns that name on the web (kohler.com, westin.marriott.com, @michaels), a firm of the callers' own
 * countries (see CALLERS_OWN) listed worldwide or in two English-speaking countries, is a firm callers meet under
 * that name, not a stranger. A first name stays a
 * person's (see readFirstNames): MICHAEL-5 names a stranger, MICHAELS the shop.
 */

/** Region codes of the index where callers are spoken to in English (as brand-suggestions.ts reads them). */
const ENGLISH_REGIONS: ReadonlySet<string> = new Set(['001', 'us', 'ca', 'gb', 'ie', 'au', 'nz']);

/** The index's region code for the whole world. */
const WORLDWIDE = '001';

/** English-speaking countries a chain listed only by country must trade in: one country's chains (FOLEY, HANNAFORD) are one region's. */
const MIN_COUNTRIES = 2;

/** Letters a founder's brand needs: four-letter surnames fit too many lines (the same floor as a trade name beside digits). */
const MIN_LETTERS = 5;

/**
 * A chain of the callers' own countries, as its Wikidata description says ("American hardware manufacturing
 * company", "North American arts and crafts retail chain", "British chain of ... shops"): a firm from elsewhere
 * (a Russian fashion retailer: BOSCO, a French men's clothing retailer: CELIO, a German manufacturer: MIELE)
 * that the index lists worldwide is mostly unknown here, and read on random toll-free numbers it led with
 * 1-800-BOSCO-35 and 1-833-86-MIELE.
 */
const CALLERS_OWN = /\b(American|British|English|Scottish|Welsh|Irish|Canadian|Australian|New Zealand)\b/;

/** The accounts of a Wikidata entry the index ships whose handle is the chain's name when it owns it. */
const ACCOUNTS = ['facebook', 'instagram', 'twitter', 'youtube', 'linkedin', 'pinterest', 'threads', 'tiktok'] as const;

interface SuggestionItem {
  locationSet?: { include?: (string | number)[] };
  tags: Record<string, string | undefined>;
}

/** What the index's Wikidata file holds of a brand: its accounts and web addresses. */
export interface WikidataEntry {
  description?: string;
  identities?: Partial<Record<(typeof ACCOUNTS)[number] | 'website', string>>;
  officialWebsites?: string[];
}

/** A name as a keypad spells it: letters only, lower-case (U-Haul -> uhaul). */
function keypadLetters(text: string): string {
  return text.normalize('NFKD').replace(/[^A-Za-z]/g, '').toLowerCase();
}

/** The first label of a web address's host, "www." aside (https://www.kohler.com/en -> kohler; westin.marriott.com -> westin). */
function firstLabel(address: string): string | undefined {
  try {
    return new URL(address).hostname.replace(/^www\./, '').split('.')[0];
  } catch {
    return undefined;
  }
}

/** Whether a brand's Wikidata entry writes its accounts or web address with exactly its name (`name`, keypad letters). */
export function ownsName(name: string, entry: WikidataEntry): boolean {
  const identities = entry.identities ?? {};
  if (ACCOUNTS.some((account) => keypadLetters(identities[account] ?? '') === name)) return true;
  return [identities.website, ...(entry.officialWebsites ?? [])].some((address) => address !== undefined && firstLabel(address) === name);
}

/**
 * The names (keypad letters) of the index's brand categories that are a surname of `people` and no first name
 * (`firstNames`), MIN_LETTERS or more, of a chain of the callers' own countries (see CALLERS_OWN) listed
 * worldwide or in MIN_COUNTRIES English-speaking countries that owns its name on the web (see ownsName).
 */
export function founderBrands(
  nsi: Readonly<Record<string, { items: readonly SuggestionItem[] }>>,
  wikidata: Readonly<Record<string, WikidataEntry>>,
  people: ReadonlySet<string>,
  firstNames: ReadonlySet<string>,
): string[] {
  const regions = new Map<string, Set<string>>();
  for (const [category, { items }] of Object.entries(nsi)) {
    if (!category.startsWith('brands/')) continue;
    for (const { locationSet, tags } of items) {
      const brand = tags.brand;
      const entry = wikidata[tags['brand:wikidata'] ?? ''];
      if (brand === undefined || entry === undefined) continue;
      const name = keypadLetters(brand);
      if (name.length < MIN_LETTERS || !people.has(name) || firstNames.has(name) || !ownsName(name, entry) || !CALLERS_OWN.test(entry.description ?? '')) continue;
      const english = (locationSet?.include ?? []).map((region) => String(region).toLowerCase()).filter((region) => ENGLISH_REGIONS.has(region));
      const seen = regions.get(name) ?? new Set<string>();
      for (const region of english) seen.add(region);
      regions.set(name, seen);
    }
  }
  const wide = (seen: ReadonlySet<string>): boolean => seen.has(WORLDWIDE) || seen.size >= MIN_COUNTRIES;
  return [...regions].filter(([, seen]) => wide(seen)).map(([name]) => name).sort();
}

/**
 * Reads the installed name-suggestion-index and its Wikidata file (dev dependencies, read only to build the
 * index): the founder brands (see founderBrands) that are no English word (`isWord`).
 */
export function readFounderBrands(people: ReadonlySet<string>, firstNames: ReadonlySet<string>, isWord: (name: string) => boolean): { names: string[]; source: string } {
  const require = createRequire(import.meta.url);
  const distPath = join(dirname(require.resolve('name-suggestion-index')), '..');
  const nsi = (JSON.parse(readFileSync(join(distPath, 'json', 'nsi.json'), 'utf8')) as { nsi: Record<string, { items: SuggestionItem[] }> }).nsi;
  const wikidata = (JSON.parse(readFileSync(join(distPath, 'wikidata', 'wikidata.json'), 'utf8')) as { wikidata: Record<string, WikidataEntry> }).wikidata;
  // A surname that is an English word too (BOOTS, COACH, GUESS, STAPLES) is heard as the word: its letters decide.
  return { names: founderBrands(nsi, wikidata, people, firstNames).filter((name) => !isWord(name)), source: `name-suggestion-index@${installedVersion('name-suggestion-index')} (Wikidata's web addresses and accounts)` };
}
