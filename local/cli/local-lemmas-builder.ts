import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { derivations, parseAffixes, parseDicLine, verbFlags, type Derivation } from './hunspell-forms';
import { foldToKeypadLetters } from './language-index-builder';

/**
 * The words of a language's index that a caller hears as a conjugated verb (German LEGT, SORG; French
 * VOIT; Spanish LEYO; Portuguese OUVI, IREI), not as a word naming something: on a person's own number such
 * a word does not stand alone (see local-language-floor.ts). Read from the language's Hunspell dictionary:
 *
 * - a stem of the dictionary (a .dic line: a noun, an adjective, a verb's infinitive) is a naming word, and so
 *   is a form some other flag makes (a noun's plural, an adjective's agreement, a noun made of a verb);
 * - a form every derivation of which takes a verb's flag (see verbFlags), or that is only what a verb's rule
 *   leaves of the verb before its ending (SORG, BEEIL: imperatives the subtitles write, the dictionary not), is
 *   a conjugated form, if the subtitles say its verb (its infinitive or, if the index lacks that, another form)
 *   no more than OWN_LIFE_ZIPF less often: a verb they do not say is a spell-checker's reading of a noun
 *   (Portuguese AMIGO of amigar);
 * - a spell-checker lists a word once, so a noun spelled like a verb form is a stem of its own only in a
 *   dictionary that lists such homographs (German BLICK, French GARDE, Spanish CAMPO: a quarter to a half of
 *   the verb forms in the index are stems too). Where fewer are (Italian 6 %, Portuguese 13 %, Polish 14 %:
 *   Italian LAVORO, MONDO; Portuguese CASA, TRABALHO are verb forms only), a form that is the verb's root and
 *   one vowel, the shape of its nouns, is not judged.
 *
 * Words the dictionary does not spell at all (compounds, names, loans) are not judged. Sorted.
 */
export function conjugatedForms(indexWords: ReadonlyMap<string, number>, aff: string, dic: string): string[] {
  const affixes = parseAffixes(aff);
  const verbal = verbFlags(aff, dic, affixes);
  const isVerbFlag = (flag: string): boolean => verbal.has(flag.replace(/^[-<]/, ''));
  const found = derivations(aff, dic, new Set([...indexWords.keys()].filter((word) => word.length >= 3)), 3, affixes);
  const verbWaysOf = new Map<string, readonly Derivation[]>();
  let stemsToo = 0;
  for (const [word, ways] of found) {
    const made = ways.filter((way) => !way.path[0]?.startsWith('-'));
    if (made.some((way) => way.path.length > 0 && isVerbFlag(way.path[0] ?? '')) && made.some((way) => way.path.length === 0)) stemsToo += 1;
    // The dictionary spells it: a verb form when every way takes a verb flag; else only a verb's bare stem counts.
    const verbWays = made.length > 0 ? made : ways.filter((way) => isVerbFlag(way.path[0] ?? ''));
    if (verbWays.length === 0 || verbWays.some((way) => way.path.length === 0 || !way.path.some(isVerbFlag))) continue;
    verbWaysOf.set(word, verbWays);
  }
  // The index's forms of each verb, to weigh a form whose infinitive the index lacks (Portuguese IREI: no IR).
  const formsOfVerb = new Map<string, string[]>();
  for (const [word, verbWays] of verbWaysOf) for (const way of verbWays) formsOfVerb.set(way.stem, [...(formsOfVerb.get(way.stem) ?? []), word]);
  const listsHomographs = stemsToo >= HOMOGRAPH_SHARE * (stemsToo + verbWaysOf.size);
  const nounShaped = nounEndings(dic, affixes, verbal);
  const forms: string[] = [];
  for (const [word, verbWays] of verbWaysOf) {
    if (!listsHomographs && verbWays.some((way) => isNounShaped(word, foldToKeypadLetters(way.stem) ?? '', nounShaped))) continue;
    const zipf = indexWords.get(word) ?? 0;
    const verb = Math.max(
      ...verbWays.map(
        (way) =>
          indexWords.get(foldToKeypadLetters(way.stem) ?? '') ??
          Math.max(...(formsOfVerb.get(way.stem) ?? []).filter((other) => other !== word).map((other) => indexWords.get(other) ?? -Infinity)),
      ),
    );
    if (zipf - verb >= OWN_LIFE_ZIPF) continue;
    forms.push(word);
  }
  return forms.sort();
}

/**
 * How much more often (Zipf, log10) the subtitles may say a verb form than its infinitive before the form is
 * taken for another word (Portuguese CARRO, AMIGO, whose verbs carrar and amigar they never say): ten times.
 */
const OWN_LIFE_ZIPF = 1;

/**
 * The share of the index's verb forms that must be stems too for a dictionary to be taken to list a noun spelled
 * like a verb form (German 25 %, Spanish 29 %, French 47 %; Italian 6 %, Portuguese 13 %, Polish 14 %).
 */
const HOMOGRAPH_SHARE = 0.2;

/**
 * Whether a verb's form is the shape of a noun: its verb's root (what it shares with the infinitive) and at most
 * one letter, ending in a vowel nouns end in (Italian LAVORO of lavorare, PORTA of portare; Portuguese CASA of
 * casar; not AVETE of avere, IREI of ir, nor OUVI of ouvir: few Portuguese nouns end in -i).
 */
function isNounShaped(word: string, infinitive: string, endings: ReadonlySet<string>): boolean {
  let shared = 0;
  while (shared < word.length && word.charAt(shared) === infinitive.charAt(shared)) shared += 1;
  return word.length - shared <= 1 && endings.has(word.charAt(word.length - 1));
}

/**
 * The vowels a noun ends in: those NOUN_ENDING_SHARE of the dictionary's stems that no verb flag conjugates or
 * more end in (Italian and Portuguese -o, -a, -e), and those that make as large a share of the one-vowel endings
 * those stems take (Italian plurals in -i: DONI, TEMI), folded.
 */
function nounEndings(dic: string, affixes: ReturnType<typeof parseAffixes>, verbal: ReadonlySet<string>): Set<string> {
  const endings = new Set<string>();
  const often = (counts: ReadonlyMap<string, number>, total: number): void => {
    for (const [ending, count] of counts) if (/^[aeiouy]$/.test(ending) && count >= NOUN_ENDING_SHARE * total) endings.add(ending);
  };
  const counts = new Map<string, number>();
  const adds = new Map<string, number>();
  let stems = 0;
  let vowels = 0;
  for (const line of dic.split('\n').slice(1)) {
    const parsed = parseDicLine(line, affixes);
    // A verb's infinitive (Italian -are, -ere) says nothing of how nouns end.
    if (parsed === undefined || parsed.flags.some((flag) => verbal.has(flag))) continue;
    const stem = foldToKeypadLetters(parsed.stem);
    if (stem === undefined || stem === '') continue;
    stems += 1;
    const last = stem.charAt(stem.length - 1);
    counts.set(last, (counts.get(last) ?? 0) + 1);
    for (const flag of parsed.flags) {
      for (const rule of affixes.suffixes.get(flag) ?? []) {
        if (!rule.condition.test(parsed.stem) || !parsed.stem.endsWith(rule.strip)) continue;
        const add = foldToKeypadLetters(rule.add) ?? '';
        if (!/^[aeiouy]$/.test(add)) continue;
        vowels += 1;
        adds.set(add, (adds.get(add) ?? 0) + 1);
      }
    }
  }
  often(counts, stems);
  often(adds, vowels);
  return endings;
}

/** The share of a dictionary's stems that must end in a vowel for a verb form ending in it to be noun-shaped (see nounEndings). */
const NOUN_ENDING_SHARE = 0.1;

/** conjugatedForms with the dictionary of an npm dictionary-xx package. */
export function conjugatedFormsOf(packageName: string, indexWords: ReadonlyMap<string, number>): string[] {
  const require = createRequire(import.meta.url);
  const directory = dirname(require.resolve(packageName));
  return conjugatedForms(indexWords, readFileSync(join(directory, 'index.aff'), 'utf8'), readFileSync(join(directory, 'index.dic'), 'utf8'));
}
