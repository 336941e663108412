import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { installedVersion } from './installed-version';

/**
 * Brands from the name-suggestion-index (the OpenStreetMap project's maintained list of chains, carriers
 * and banks, each checked against Wikidata) that trade where the engine spells in English: worldwide or in
 * the US, Canada, the UK, Ireland, Australia or New Zealand. A caller knows the shop, the bank or the
 * carrier by its sign (XFINITY, U-HAUL, GMC), so these join the brand titles; like them they stand only in
 * a phrase, as the whole number, or as a name line on a toll-free number (see amplify/engine/name-lines.ts).
 */
export interface BrandSuggestions {
  /** Brand names as written (Best Buy, U-Haul, H&R Block). */
  names: string[];
  /** Names written in capitals only, three to six letters, said letter by letter (GMC, DHL), lower-case. */
  initialisms: string[];
  /**
   * The capitals a longer name starts with (CVS of CVS Pharmacy: see leadingInitials) in several categories,
   * lower-case: read as a chain's initialism only where another list writes them so too (see word-vocabulary.ts).
   */
  leadingInitialisms: string[];
  /**
   * Capitals of three to five letters a brand's sign or short name is written in (AAA, GMC), as written: one
   * source among several that a body is known by them (see known-initialisms.ts), whatever its category count.
   */
  capitals: string[];
  /**
   * Names people say for a chain the index lists in MIN_INITIALISM_CATEGORIES categories or more (see
   * spokenName): Citi of Citibank, Bendigo of Bendigo Bank, as written. Not yet among `names`: the build keeps
   * those that are no word, name or place (see readVocabulary).
   */
  spokenNames: string[];
  version: string;
}

/** Region codes of the name-suggestion-index's location sets where callers are spoken to in English. */
const ENGLISH_REGIONS: ReadonlySet<string> = new Set(['001', 'us', 'ca', 'gb', 'ie', 'au', 'nz']);

/** The name-suggestion-index's region code for the whole world. */
const WORLDWIDE = '001';

/** Categories of the index that must list a name in capitals for it to be read as an initialism (see brandSuggestions). */
const MIN_INITIALISM_CATEGORIES = 2;

interface SuggestionItem {
  locationSet?: { include?: (string | number)[] };
  tags: Record<string, string | undefined>;
}

/** Reads the installed name-suggestion-index (a dev dependency, read only to build the index). */
export function readBrandSuggestions(): BrandSuggestions {
  const require = createRequire(import.meta.url);
  // The package exports only its code (dist/js): the data is read beside it.
  const distPath = join(dirname(require.resolve('name-suggestion-index')), '..');
  const dataPath = join(distPath, 'json', 'nsi.json');
  const data = JSON.parse(readFileSync(dataPath, 'utf8')) as { nsi: Record<string, { items: SuggestionItem[] }> };
  return { ...brandSuggestions(data.nsi), version: installedVersion('name-suggestion-index') };
}

/** The names of `nsi`'s brand categories that trade in an English-speaking region (see BrandSuggestions). */
export function brandSuggestions(nsi: Readonly<Record<string, { items: readonly SuggestionItem[] }>>): Omit<BrandSuggestions, 'version'> {
  // How many of the index's categories list each name (GMC: car dealers and car repair).
  const categories = new Map<string, number>();
  // And each capitals a longer name starts with (CVS of CVS Pharmacy, PNC of PNC Bank: see leadingInitials).
  const leading = new Map<string, number>();
  const capitals = new Set<string>();
  const spoken = new Map<string, string>();
  for (const [category, { items }] of Object.entries(nsi)) {
    // Operators (waste sites, data centres, transit lines) and routes name local bodies and places more
    // than names a caller knows from a sign or an advertisement.
    if (!category.startsWith('brands/')) continue;
    for (const { locationSet, tags } of items) {
      const name = tags.brand;
      if (isIntimateTrade(tags)) continue;
      const regions = (locationSet?.include ?? []).map((region) => String(region).toLowerCase()).filter((region) => ENGLISH_REGIONS.has(region));
      if (name === undefined || regions.length === 0) continue;
      for (const written of [name, tags.name, tags.short_name, tags['brand:short']]) if (written !== undefined && /^[A-Z]{3,5}$/.test(written)) capitals.add(written);
      for (const written of new Set([name, ...shortNames(name, tags)])) categories.set(written, (categories.get(written) ?? 0) + 1);
      const said = spokenName(name, tags);
      if (said !== undefined) spoken.set(name, said);
      // Capitals of a chain listed only worldwide (PTT Station) name no chain a caller here passes.
      const initials = leadingInitials(name);
      const local = regions.some((region) => region !== WORLDWIDE);
      if (initials !== undefined && local) leading.set(initials, (leading.get(initials) ?? 0) + 1);
    }
  }
  const sorted = [...categories.keys()].sort();
  // Letters in capitals fit any line, so an initialism must be a chain's in more than one category (GMC, DHL).
  const initialisms = sorted.filter((name) => /^[A-Z]{3,6}$/.test(name) && (categories.get(name) ?? 0) >= MIN_INITIALISM_CATEGORIES).map((name) => name.toLowerCase());
  const leadingCapitals = [...leading].filter(([, count]) => count >= MIN_INITIALISM_CATEGORIES).map(([initials]) => initials.toLowerCase());
  // A chain in one category is mostly one region's (Ike's, Moe's): its shorter name fits numbers, not callers' memories.
  const spokenNames = [...new Set([...spoken].filter(([name]) => (categories.get(name) ?? 0) >= MIN_INITIALISM_CATEGORIES).map(([, said]) => said))];
  return { names: sorted, initialisms, leadingInitialisms: leadingCapitals.sort(), capitals: [...capitals].sort(), spokenNames: spokenNames.sort() };
}

/**
 * What the index's own tags say a brand sells or is, where that is sex or a drug (a condom maker's vending
 * machines, an erotic or cannabis shop): as the intimate words (amplify/engine/intimate-words.ts), no line
 * offers such a name, a business's included: 1-888-579-DUREX would read as a prank on the owner.
 */
export function isIntimateTrade(tags: Readonly<Record<string, string | undefined>>): boolean {
  return INTIMATE_TRADES.some(([key, values]) => (tags[key] ?? '').split(';').some((value) => values.has(value)));
}

const INTIMATE_TRADES: readonly (readonly [string, ReadonlySet<string>])[] = [
  ['vending', new Set(['condoms'])],
  ['shop', new Set(['erotic', 'cannabis'])],
  ['amenity', new Set(['stripclub', 'brothel', 'swingerclub', 'love_hotel'])],
];

/**
 * The capitals a brand's name of several words starts with, three to six letters (CVS of CVS Pharmacy, PNC
 * of PNC Bank, HSBC of HSBC UK), said letter by letter: the name on the sign and in the chain's own lines
 * (SHOP-CVS), the rest of the name saying what trade it is in. Like a name written in capitals, they fit so
 * many lines that only those of a chain in MIN_INITIALISM_CATEGORIES categories are kept (see
 * brandSuggestions) and another brand list writes as a name (see readVocabulary: NBT of NBT Bank, one
 * region's bank, is no caller's chain); they are not short names (see shortNames): one category's (KOI of
 * KOI Auto Parts) reads as the word its letters spell.
 */
export function leadingInitials(name: string): string | undefined {
  const [first, ...rest] = name.split(' ');
  return first !== undefined && rest.length > 0 && /^[A-Z]{3,6}$/.test(first) ? first : undefined;
}

/**
 * The shorter names a brand signs itself by, from the index's short_name and brand:short tags: the start of
 * its name (PenFed of PenFed Credit Union, Crumbl of Crumbl Cookies, five letters or more), or the initials of a
 * bank or credit union (SSFCU, SDCCU), whose members dial them; and the name a credit union goes by when one
 * word names it, "NASA Federal Credit Union" as NASA FCU and "Affinity Credit Union" as Affinity CU, the
 * sector's own shorthand. Other short forms (FOO, KOI, a chain's initials) fit so many numbers that they
 * would only be noise.
 */
export function shortNames(name: string, tags: Readonly<Record<string, string | undefined>>): string[] {
  const names: string[] = [];
  const letters = (text: string): string => text.replace(/[^A-Za-z]/g, '').toLowerCase();
  for (const short of [tags.short_name, tags['brand:short']]) {
    if (short === undefined || short === name || /\d/.test(short)) continue;
    const start = letters(short).length >= MIN_SHORT_NAME_LETTERS && letters(name).startsWith(letters(short));
    const initials = FINANCIAL.test(name) && /^[A-Z]+$/.test(short) && short === initialsOf(name);
    if (start || initials) names.push(short);
  }
  const union = CREDIT_UNION.exec(name);
  if (union) names.push(`${union[1] ?? ''} ${union[2] === undefined ? 'CU' : 'FCU'}`);
  return names;
}

/**
 * The name people say for a chain beyond what shortNames reads: a short name of SPOKEN_SHORT_LETTERS letters
 * that starts its name (Citi of Citibank: 13-CITI), or the one word before the trade it names (Bendigo of Bendigo
 * Bank, Hino of Hino Motors: 1-800-BENDIGO). Kept only for a chain in several categories (see brandSuggestions)
 * and, at build, only where the name is no word, name or place (Apple Bank, Frost Bank, Leeds Building Society name no chain alone).
 */
export function spokenName(name: string, tags: Readonly<Record<string, string | undefined>>): string | undefined {
  const letters = (text: string): string => text.replace(/[^A-Za-z]/g, '').toLowerCase();
  for (const short of [tags.short_name, tags['brand:short']]) {
    if (short !== undefined && /^[A-Z][a-z]+$/.test(short) && short.length === SPOKEN_SHORT_LETTERS && letters(name).startsWith(letters(short))) return short;
  }
  return TRADE_NAME.exec(name)?.[1];
}

/** Letters of a short name read for a chain of several categories (see spokenName): one fewer than MIN_SHORT_NAME_LETTERS. */
const SPOKEN_SHORT_LETTERS = 4;

/** A chain's name as one word and the trade it is in, as banks, chemists, insurers and car makers sign it. */
const TRADE_NAME = /^([A-Z][a-z]{3,}) (?:Bank|Building Society|Credit Union|Pharmacy|Chemist|Insurance|Motors)$/;

/** Letters a short name that starts its brand's name needs: shorter ones (IKES of Ike's, MOES of Moe's) fit too many numbers and read as other words. */
const MIN_SHORT_NAME_LETTERS = 5;

const FINANCIAL = /\b(Bank|Credit Union)\b/;

/** A credit union named by one word: the word, and "Federal" when it is chartered federally. */
const CREDIT_UNION = /^([A-Za-z]+) (Federal )?Credit Union$/;

function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}
