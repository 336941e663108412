import { BODY_GLOSS, FORMER_GLOSS, VIOLENT_GLOSS } from './organisation-initialisms';
import { synsetLemmas } from './wordnet';

/**
 * Initialisms of well-known organisations that WordNet's glosses miss (CNN, IBM, ESPN, NFL, AAA, ACLU): capitals
 * of three to five letters that at least MIN_INITIALISM_SOURCES independent maintained sources write, one of
 * them naming a body by them (see NAME_SOURCES):
 * - `dictionary`: SCOWL's Hunspell en_US (npm `dictionary-en`) writes the capitals as a name, with the
 *   possessive flag M (CNN/M, IBM/M) and without the plural S (DVD/S is a thing); capitals it writes without M
 *   are abbreviations (API, PDF, NYC, TBA, USCG, NRA): corroboration only, as most name no body;
 * - `groups`: WordNet files them as an organisation (noun.group), whatever its gloss says (NRA: "a powerful lobby"),
 *   or names a body of its noun.group in full whose words' initials they are (United States Coast Guard: USCG;
 *   see bodyInitials);
 * - `signs`: the name-suggestion-index writes them as the brand or short name on a sign in an English-speaking
 *   region (AAA, GMC);
 * - `brands`: simple-icons or cspell's companies write them in capitals (CNN, CBS): corroboration only, as most
 *   capitals there are file formats (XML) and stock tickers (CST);
 * - `frequent`: a corpus says them often: the 10,000 words English text uses most, or subtitles (SUBTLEX) write
 *   them capitalised at the index's floor (Aclu, Ymca).
 * The dictionary, WordNet or a sign a corpus says must name the body. Capitals cspell's software terms write
 * (PHP, CSS, HTML, SQL: see `technical`) are a language, a format or a tool, left out unless WordNet names a body
 * by them. A word a word list or the subtitles write
 * lower-case (WHO, CARE, KOI, ISN of isn't), or a name the dictionary or cspell's people names write (Leon, Gant),
 * is heard as that, a group whose WordNet gloss is violent or former (KKK, KGB) is left out, and capitals WordNet
 * files only as a thing, a time or a person (ATM, CST, CEO; AAA as an aneurysm) are heard as that unless a sign
 * names a body by them too (AAA, the motoring club).
 */
export interface InitialismSources {
  /** The Hunspell .dic text of SCOWL's en_US dictionary. */
  dictionary: string;
  /** WordNet's data.noun text. */
  dataNoun: string;
  /** Capitals on the name-suggestion-index's signs (see readBrandCapitals). */
  signs: readonly string[];
  /** Brand titles of other brand lists as written (GMC, Best Buy), capitals kept. */
  brands: readonly string[];
  /** Words a corpus says often, lower-case. */
  frequent: ReadonlySet<string>;
  /** Words and people's names, lower-case, that capitals with the same letters would be heard as (see InitialismSources). */
  words?: ReadonlySet<string>;
  /** Terms of computing (languages, formats, tools: cspell's software terms), lower-case. */
  technical?: ReadonlySet<string>;
}

/** Independent sources that must write an initialism (see InitialismSources). */
export const MIN_INITIALISM_SOURCES = 2;

const CAPITALS = /^[A-Z]{3,5}$/;

/** The well-known initialisms of `sources` (see InitialismSources), lower-case, sorted, each with how many sources write it. */
export function knownInitialisms(sources: InitialismSources): Map<string, number> {
  const { names, abbreviations, lower } = dictionaryCapitals(sources.dictionary);
  const { groups, bodies, initialled, things, excluded } = wordnetCapitals(sources.dataNoun);
  const signs = new Set(sources.signs.filter((name) => CAPITALS.test(name)));
  const brands = new Set(sources.brands.filter((name) => CAPITALS.test(name)));
  const known: [string, number][] = [];
  for (const name of new Set([...names, ...groups, ...signs, ...initialled])) {
    const word = name.toLowerCase();
    if (lower.has(word) || sources.words?.has(word) === true || excluded.has(name)) continue;
    if (things.has(name) && !groups.has(name) && !signs.has(name)) continue;
    // A language, a format or a tool (PHP, CSS) is heard as that, unless WordNet names a body by it (NIST).
    if (sources.technical?.has(word) === true && !groups.has(name)) continue;
    // A full name's initials name the body where the dictionary writes them as an abbreviation (USCG, BSA),
    // not where it writes them as another's name (PRC/M, of the Postal Rate Commission).
    const wordnet = groups.has(name) || (initialled.has(name) && abbreviations.has(name));
    const said = sources.frequent.has(word);
    // A body must be named by the dictionary, WordNet or a sign that a corpus says: two brand lists and a sign
    // alone (KTM, LKQ, CBRE) are chains and makers a caller here rarely phones.
    const named = names.has(name) || wordnet || (signs.has(name) && said);
    // The dictionary's abbreviation corroborates a body WordNet glosses as one (USCG, NRA), not a hospital's unit
    // or a kind of fund WordNet files among groups (ICU, REIT).
    const dictionary = names.has(name) || (abbreviations.has(name) && (bodies.has(name) || initialled.has(name)));
    const written = [dictionary, wordnet, signs.has(name), brands.has(name), said].filter(Boolean).length;
    if (named && written >= MIN_INITIALISM_SOURCES) known.push([word, written]);
  }
  return new Map(known.sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * A Hunspell .dic text's capitals written as names (CNN/M: the possessive flag M, no plural S), its other
 * capitals (USCG, NRA, PDF: abbreviations), and every word it writes lower-case or capitalised (who, Leon),
 * lower-case: capitals with those letters are heard as the word.
 */
export function dictionaryCapitals(dic: string): { names: Set<string>; abbreviations: Set<string>; lower: Set<string> } {
  const names = new Set<string>();
  const abbreviations = new Set<string>();
  const lower = new Set<string>();
  for (const line of dic.split('\n').slice(1)) {
    const [stem = '', flags = ''] = line.trim().split('/');
    if (/^[A-Za-z][a-z]+$/.test(stem)) lower.add(stem.toLowerCase());
    else if (CAPITALS.test(stem) && flags.includes('M') && !flags.includes('S')) names.add(stem);
    else if (CAPITALS.test(stem)) abbreviations.add(stem);
  }
  return { names, abbreviations, lower };
}

/**
 * WordNet's capitals (three to five letters) in data.noun: those of noun.group synsets (lexicographer file 14)
 * whose gloss is neither violent nor former, those of them whose gloss names an agency, an association or the
 * like (`bodies`, see BODY_GLOSS), the initials of the bodies such a synset without capitals of its own names in
 * full (`initialled`: USCG, see bodyInitials), those it files elsewhere (a thing, a time, a person, a state),
 * and the groups whose gloss is violent or former (see organisation-initialisms.ts), never trusted.
 */
export function wordnetCapitals(dataNoun: string): { groups: Set<string>; bodies: Set<string>; initialled: Set<string>; things: Set<string>; excluded: Set<string> } {
  const groups = new Set<string>();
  const bodies = new Set<string>();
  const initialled = new Set<string>();
  const things = new Set<string>();
  const excluded = new Set<string>();
  for (const line of dataNoun.split('\n')) {
    const fields = line.split(' ');
    const gloss = line.slice(line.indexOf('|') + 1);
    const synset = synsetLemmas(fields);
    const body = fields[1] === '14' && BODY_GLOSS.test(gloss) && !VIOLENT_GLOSS.test(gloss) && !FORMER_GLOSS.test(gloss);
    // A body WordNet writes capitals for is known by those (DOEI), not by its full name's initials (DEI).
    const initialised = synset.some((lemma) => CAPITALS.test(lemma));
    for (const lemma of synset) {
      const initials = bodyInitials(lemma);
      if (body && !initialised && initials !== undefined) initialled.add(initials);
      if (!CAPITALS.test(lemma)) continue;
      if (fields[1] !== '14') things.add(lemma);
      else if (VIOLENT_GLOSS.test(gloss) || FORMER_GLOSS.test(gloss)) excluded.add(lemma);
      else groups.add(lemma);
      if (body) bodies.add(lemma);
    }
  }
  return { groups, bodies, initialled, things, excluded };
}

/** Words a body's name joins its words by, which its initials skip (Society for the Prevention of Cruelty to Animals). */
const JOINING_WORDS: ReadonlySet<string> = new Set(['and', 'at', 'for', 'in', 'of', 'on', 'the', 'to']);

/**
 * The capitals of a WordNet lemma that names a body in capitalised words, those that join them skipped
 * (United_States_Coast_Guard, U._S._Coast_Guard: USCG), three to five of them, or undefined.
 */
export function bodyInitials(lemma: string): string | undefined {
  const words = lemma.replaceAll('.', '').split('_').filter((word) => word !== '' && !JOINING_WORDS.has(word.toLowerCase()));
  if (words.length < 2 || !words.every((word) => /^[A-Z]/.test(word))) return undefined;
  // A word in capitals is initials already (US_Secret_Service: USSS).
  const initials = words.map((word) => (/^[A-Z]+$/.test(word) ? word : word.charAt(0))).join('');
  return CAPITALS.test(initials) ? initials : undefined;
}
