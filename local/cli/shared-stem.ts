import { dictionaryStems } from './local-word-forms';

/**
 * A stem this long or longer ties two words: shorter ones make too many words of their own (Turkish KOY, a bay,
 * of KOYUM; MAL, goods, of MALLAR; French FOU of FOLLE).
 */
const MIN_SHARED_STEM = 4;

/**
 * Where a language makes a female noun of a male one, the endings left after the letters the two share: the
 * male's, then the female's (Spanish CERD-O, CERD-A; French CHIEN, CHIEN-NE; German IDIOT, IDIOT-IN).
 */
const GENDER_ENDINGS: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {
  es: [['', 'o', 'os'], ['a', 'as']],
  pt: [['', 'o', 'os'], ['a', 'as']],
  it: [['', 'o', 'i'], ['a', 'e']],
  fr: [['', 's'], ['e', 'es', 'ne', 'nes', 'le', 'les']],
  de: [[''], ['in', 'innen']],
};

/**
 * Whether a blocked term is the female form of `entry`: the female of an animal or a trait is often a slur of its
 * own (French CHIENNE, Spanish CERDA, PAYASA), while the male keeps its plain sense (CHIEN, dog; CERDO, pig;
 * PAYASO, a clown). The other way round, the female of a blocked male word (ESTUPIDA of ESTUPIDO) is the same insult.
 */
function isFemaleOf(term: string, entry: string, language: string): boolean {
  const endings = GENDER_ENDINGS[language];
  if (endings === undefined) return false;
  let shared = 0;
  while (shared < term.length && shared < entry.length && term[shared] === entry[shared]) shared++;
  return endings[0].includes(entry.slice(shared)) && endings[1].includes(term.slice(shared));
}

/**
 * The entries the language's Hunspell dictionary makes from one stem (MIN_SHARED_STEM letters or more) with a
 * blocked term, less where the blocked term is only the entry's female (see isFemaleOf): German SCHEISSKERL
 * (SCHEISSKERLE blocked), Spanish ESTUPIDA (ESTUPIDO), MUERETE (of MORIR), Portuguese DROGADO (of DROGAR, as DROGA
 * is), Turkish PUST (PUSTTUR), SEREFSIZ (SEREFSIZLER), GEBER (GEBERSIN). Read for the everyday entries of unrated
 * native lists (see maintainedLocalTerms): their speakers name them for a sense, and the blocked form says it is
 * the vulgar one, while an entry no blocked word shares a stem with (HIMMEL, GATO) keeps its plain sense.
 */
export function entriesSharingBlockedStem(language: string, entries: readonly string[], blocked: ReadonlySet<string>): string[] {
  if (entries.length === 0) return [];
  const stems = dictionaryStems(language, new Set([...entries, ...blocked]));
  const blockedByStem = new Map<string, string[]>();
  for (const term of blocked) {
    for (const stem of stems.get(term) ?? []) if (stem.length >= MIN_SHARED_STEM) blockedByStem.set(stem, [...(blockedByStem.get(stem) ?? []), term]);
  }
  return entries.filter((entry) =>
    [...(stems.get(entry) ?? [])].some((stem) => (blockedByStem.get(stem) ?? []).some((term) => term !== entry && !isFemaleOf(term, entry, language))),
  );
}
