import { heardWord, type WordEntry } from './dictionary';
import { readsAsCommand } from './imperative';
import { firstLineReaching, lineEnd } from './sorted-lines';
import { WORD_PAIRS } from './word-pairs.generated';
import { WORD_CLASS } from './word-tags';

const { noun, verb, participle, adjective, adverb, preposition, determiner, pronoun, auxiliary, modifier } = WORD_CLASS;

const NOUNISH = noun | adjective;

/**
 * Word-class pairs that read as a phrase, the first word's most frequent class -> the classes that may
 * follow it: verb + object (GOT-JUNK, CALL-ME, GO-GREEN), verb + particle (MOVE-OUT, CALL-NOW), adjective or noun + noun (RED-CROSS,
 * CAR-WASH), article or possessive + noun (MY-HOUSE), preposition + pronoun or article (FOR-YOU), pronoun
 * + verb (WE-BUY). A preposition + noun is a phrase only where WordNet lists it (AT-HOME, ON-TIME): AS-DUCK
 * and OF-WINNE are grammatical fragments, not phrases.
 * Grammar, not a list of phrases. A phrase opened by an auxiliary (ARE-TALL) says nothing on its own.
 */
const FOLLOWERS: readonly (readonly [number, number])[] = [
  [verb, noun | adjective | adverb | determiner | pronoun | preposition],
  [participle, noun | adverb | preposition],
  [adjective, noun],
  [adverb, adjective | participle],
  [preposition, determiner | pronoun],
  [determiner, NOUNISH],
  [pronoun, verb | participle | auxiliary],
];

/**
 * How a word followed directly by another reads: a phrase (a noun that opens many compounds before
 * another noun is one: CAR-WASH, PET-MEDS); two nouns English does not pair (APE-TALK, GNU-JUNK: the ear
 * hears two things), loose; or two words that do not belong together (HOUSE-SHY, ARE-TALK).
 */
export type PairReading = 'phrase' | 'unknown' | 'loose' | 'clash';

export function readPair(first: WordEntry, second: WordEntry): PairReading {
  // Local-language words carry no classes: judged by their frequency alone, as before.
  if (first.classes === 0 || second.classes === 0) return 'unknown';
  if (isCollocation(first, second) || readsAsCommand(first, second)) return 'phrase';
  // US before a plural noun said every day names the country's (US-BANKS, US-HOMES), as advertisers write it;
  // before a rarer one (US-DUCKS) it reads as a pronoun stranded before a noun.
  if (first.word === 'US' && (second.primary & noun) !== 0 && second.zipf >= US_NOUN_ZIPF && second.word.endsWith('S') && !second.word.endsWith('SS')) return 'phrase';
  if (isPluralThenParticle(first, second)) return 'phrase';
  // BE, the one auxiliary said as a command, before a state: BE-READY, BE-SAFE (not CAN-SAFE).
  if (first.word === 'BE' && (second.primary & (adjective | participle)) !== 0) return 'phrase';
  for (const [classes, followers] of FOLLOWERS) {
    if ((first.primary & classes) !== 0 && (second.classes & followers) !== 0) {
      // HE-KID, IT-AXED: a two-letter pronoun before a verb rarely agrees with it; YOU-WIN, THEY-BUY do.
      if (classes === pronoun && first.word.length < 3) continue;
      return 'phrase';
    }
  }
  // ...before a word that is mostly a noun or a verb that is also a noun (TAX-HELP), not an adjective (HOUSE-SHY).
  if ((first.classes & modifier) !== 0 && (second.classes & noun) !== 0 && (second.primary & (noun | verb)) !== 0 && isEveryday(first) && isEveryday(second)) return 'phrase';
  if ((first.classes & noun) !== 0 && (second.classes & (noun | adverb)) !== 0) return 'loose';
  if ((first.classes & preposition) !== 0 && (second.classes & (noun | adjective)) !== 0) return 'loose';
  return 'clash';
}

/**
 * The particles English puts after a plural noun with no verb, as a call or a state (HATS-OFF, LIGHTS-OUT,
 * HANDS-UP, GAMES-ON): a closed class, like the auxiliaries. After a singular noun (CAT-OFF) or a word a
 * caller rarely says, the particle reads as a stray word.
 */
const PLURAL_PARTICLES: ReadonlySet<string> = new Set(['OFF', 'OUT', 'UP', 'DOWN', 'ON', 'AWAY', 'BACK', 'OVER']);

export function isPluralThenParticle(first: WordEntry, second: WordEntry): boolean {
  const word = first.fullWord ?? first.word;
  return (
    PLURAL_PARTICLES.has(second.word) &&
    second.fullWord === undefined &&
    (first.primary & noun) !== 0 &&
    first.familiarity === 'common' &&
    first.zipf >= MIN_COMPOUND_ZIPF &&
    word.length >= 4 &&
    word.endsWith('S') &&
    !/(SS|US|IS)$/.test(word)
  );
}

/** Zipf a plural noun needs to read as the country's after US (see readPair). */
const US_NOUN_ZIPF = 4;

/** Zipf a word of a noun compound needs: AIR-CORN and IVY-YEW pair a common noun with a word rarely said. */
export const MIN_COMPOUND_ZIPF = 3.5;

function isEveryday(entry: WordEntry): boolean {
  return (entry.familiarity === 'common' || entry.familiarity === 'known') && entry.zipf >= MIN_COMPOUND_ZIPF;
}

const secondsByFirst = new Map<string, ReadonlySet<string>>();

/**
 * The words WordNet pairs after `first`: the run of WORD_PAIRS lines that start with it, found by bisecting
 * the sorted text and read the first time `first` is asked about. A set of all 14,000 pairs cost a cold
 * start about 8 ms on its first number, which asks about a few dozen first words.
 */
function secondWordsOf(first: string): ReadonlySet<string> {
  let seconds = secondsByFirst.get(first);
  if (seconds) return seconds;
  const prefix = `${first} `;
  // WORD_PAIRS is sorted by code unit, so the lines that start with `prefix` follow the first line not before it.
  const found = new Set<string>();
  for (let start = firstLineReaching(WORD_PAIRS, '\n', (at) => pairLine(at) >= prefix); start < WORD_PAIRS.length && WORD_PAIRS.startsWith(prefix, start); ) {
    const line = pairLine(start);
    found.add(line.slice(prefix.length));
    start += line.length + 1;
  }
  seconds = found;
  secondsByFirst.set(first, seconds);
  return seconds;
}

/** The line of WORD_PAIRS that starts at `start`. */
function pairLine(start: number): string {
  return WORD_PAIRS.slice(start, lineEnd(WORD_PAIRS, start, '\n'));
}

/** The words WordNet pairs after `first` as it is heard (HEALTH: care, club, food...), lower case. */
export function collocatesOf(first: WordEntry): ReadonlySet<string> {
  return secondWordsOf(heardWord(first));
}

/** Whether WordNet lists the two as one entry as they are written (IN LOVE, BY HAND: not AT SEAS for AT SEA). */
export function isExactCollocation(first: WordEntry, second: WordEntry): boolean {
  return collocatesOf(first).has(heardWord(second));
}

/** Whether WordNet lists the two as one entry (HOT TUB, LAW FIRM, PICK UP), the second also in its plural. */
export function isCollocation(first: WordEntry, second: WordEntry): boolean {
  const seconds = secondWordsOf(heardWord(first));
  if (seconds.size === 0) return false;
  const b = heardWord(second);
  if (seconds.has(b)) return true;
  if (b.endsWith('es') && seconds.has(b.slice(0, -2))) return true;
  return b.endsWith('s') && seconds.has(b.slice(0, -1));
}

/**
 * Particles: prepositions and adverbs that close at least this many WordNet entries (PICK UP, LOG OFF, TIME
 * OUT: OFF, ON, OUT, UP, IN, DOWN, OVER, AWAY, BACK), not those that lead to an object (FOR, AT, WITH).
 */
const PARTICLE_MIN_ENTRIES = 50;

const particles = new Map<string, boolean>();

function isParticle(entry: WordEntry): boolean {
  if ((entry.classes & (preposition | adverb)) === 0 || entry.fullWord !== undefined) return false;
  let known = particles.get(entry.word);
  if (known === undefined) {
    // Counted once per word, on the few prepositions and adverbs asked about: a scan, not a split of the list.
    const ending = ` ${entry.word.toLowerCase()}\n`;
    let entries = 0;
    for (let at = WORD_PAIRS.indexOf(ending); at >= 0 && entries < PARTICLE_MIN_ENTRIES; at = WORD_PAIRS.indexOf(ending, at + ending.length)) entries++;
    known = entries >= PARTICLE_MIN_ENTRIES;
    particles.set(entry.word, known);
  }
  return known;
}

/**
 * Whether a word that ends a phrase after a verb closes it: an adverb (CALL-NOW), a particle (MOVE-OUT, see
 * isParticle) or a preposition WordNet lists after that verb (STOP-BY). A preposition that leads to an object
 * (AT, AS, OF, TO, FOR, WITH) leaves the caller waiting for it (7-COME-AS, 6-BORE-AT, I-DUMP-OF).
 */
export function closesVerb(verbWord: WordEntry, word: WordEntry): boolean {
  if ((word.primary & preposition) === 0) return true;
  return isParticle(word) || isCollocation(verbWord, word);
}

/**
 * Whether an everyday noun is closed by a particle (BETS-OFF, HATS-OFF, LIGHTS-OUT, GAME-ON): the clipped
 * phrase of a headline or a slogan, which advertisers print and a caller says as one.
 */
export function closesWithParticle(first: WordEntry, second: WordEntry): boolean {
  return (first.primary & noun) !== 0 && first.familiarity === 'common' && first.fullWord === undefined && first.zipf >= MIN_COMPOUND_ZIPF && isParticle(second);
}

/**
 * Whether a name or brand reads as the object of the word before it (CALL-GARY, ASK-GARY, GO-FEDEX,
 * MY-APPLE): then a caller hears whom to call, not a stray name.
 */
export function introducesName(first: WordEntry): boolean {
  return (first.primary & (verb | determiner)) !== 0 && first.familiarity === 'common' && first.zipf >= INTRODUCER_ZIPF;
}

/**
 * How frequent a word must be to introduce a name: the everyday verbs, prepositions and possessives that
 * open a call to someone (CALL, ASK, GO, GET, MY, FOR, at Zipf 5 and above), not any verb (SCOLD-GARY).
 */
export const INTRODUCER_ZIPF = 5;

/** True for names, brands and rare words: trusted only inside a phrase or as the whole number. */
export function needsPhrase(entry: WordEntry): boolean {
  return entry.familiarity === 'name' || entry.familiarity === 'brand' || entry.familiarity === 'rare';
}
