import { heardWord, type WordEntry } from './dictionary';
import { readsAsCommand } from './imperative';
import { closesWithParticle, needsPhrase, readPair } from './phrase';
import { introducesListedBrand, introducesObjectName, isUnit, namesLine } from './phrase-units';
import { WORD_CLASS } from './word-tags';

/**
 * How a pair of words that grammar alone calls a phrase is weighed. Word classes say FILL-HAM, PUT-CAST,
 * SAD-MOVE and MY-CUFF are verb + object, adjective + noun or possessive + noun, as GOT-JUNK is; nothing
 * installed says which of them a person would say (no maintained word-pair statistics beyond WordNet's
 * entries). Read on random numbers, most such pairs with a short word are two words that happen to sit
 * together, and blind readers rated such pairs the commonest junk (I-WIPE-AT, SO-HANG-7, DRY-LAMP, FILL-HAM),
 * so on a person's own number they are not offered: one strong word with its digits kept, or the plain
 * number, is what the caller hears. A North American toll-free number is bought for its words
 * (1-800-GO-GREEN, 1-800-GOT-JUNK), so there grammar is taken at its word.
 */
const PAIR_SENSE = {
  /** A pair with a word this short or shorter needs more than grammar to read as a phrase. */
  maxShortLength: 3,
  /**
   * Letters the adverb closing a command needs (SHOP-NOW, MOVE-OUT): a two-letter one (YELL-SO, HALT-SO,
   * LORD-SO, rank 1 on 5 of 3,000 everyday numbers) closes none; WordNet's pairs (LOOK-UP) stay units.
   */
  minCommandAdverbLength: 3,
  /**
   * On a business's line a pair grammar alone makes with a short word (see chargedOnTollFree) stands only when
   * its short word is said this often (BUY, FIX, GET, NEW, BIG: Zipf 4.9 and above)...
   */
  minZipfShortWord: 4.5,
  /** ...and its other word this often (AUTO, TIRE, ROOF, GOLD; not MAZE at 3.4). */
  minZipfPartner: 3.8,
} as const;

/**
 * Whether `first` + `second` read as a phrase only by their word classes, with a word of
 * PAIR_SENSE.maxShortLength letters or fewer: not an entry WordNet lists (HOT-TUB), a word said twice, a
 * command (SHOP-NOW) or a local-language pair. A noun that opens many WordNet compounds (ARC-HOUR, TAP-HOPS)
 * and a name after an everyday verb (LIVE-MUO, ASK-WHEE) are no proof either: read on random numbers they
 * were as often nonsense as grammar alone.
 */
export function isUnprovenPair(first: WordEntry, second: WordEntry): boolean {
  if (Math.min(first.word.length, second.word.length) > PAIR_SENSE.maxShortLength) return false;
  return isGrammarOnly(first, second);
}

/**
 * Whether a pair of any length reads as a phrase by its word classes alone (see isUnprovenPair, without the
 * length limit). On a person's own number that is no proof either: read on 20,000 random numbers, the pairs
 * of two long words that grammar alone admitted were mostly two words side by side (JOIN-HINT, WALK-LOAD,
 * CHIC-MUGS, HIGH-MARE, DUTY-WINK), while the phrases a caller keeps are WordNet's (GOLF-BAG, CAR-PARK,
 * TEAM-UP) or commands (ROOT-NOW).
 */
export function isGrammarOnly(first: WordEntry, second: WordEntry): boolean {
  if (first.classes === 0 || second.classes === 0) return false;
  if (isUnit(first, second) || (readsAsCommand(first, second) && second.word.length >= PAIR_SENSE.minCommandAdverbLength)) return false;
  return readPair(first, second) === 'phrase';
}

/** The article and the possessives that make a noun the caller's own (THE-CARD, MY-HOUSE, YOUR-LOAN, OUR-MENU). */
const NAMING_DETERMINERS: ReadonlySet<string> = new Set(['THE', 'MY', 'YOUR', 'OUR']);

/**
 * Whether a toll-free line's pair is charged SCORING.unprovenPair: an unproven pair (see isUnprovenPair) with
 * a word of three letters as written (SET-SOAP, AFT-RODE, MET-GULF, WIDE-TIR(E)). Not charged: a two-letter
 * word, which stands only in the stricter phrases isTwoLetterPhrase allows (GO-GREEN, DO-LUNCH); a brand or
 * name introduced (CALL-ATT, GO-FEDEX), the shape advertisers print; a noun that opens many WordNet
 * compounds before a whole noun (PET-MEDS, TAX-HELP), the shape of a trade's name; the article or a
 * possessive before its noun (THE-CARD); and a verb closed by an
 * adverb (QUIT-NOW, as SHOP-NOW is a command). A noun closed by a particle (BETS-OFF) is grammar alone too.
 */
export function chargedOnTollFree(first: WordEntry, second: WordEntry): boolean {
  if (closesWithParticle(first, second)) return Math.min(first.word.length, second.word.length) <= PAIR_SENSE.maxShortLength;
  if (!isUnprovenPair(first, second)) return false;
  if (Math.min(first.word.length, second.word.length) < PAIR_SENSE.maxShortLength) return false;
  if (needsPhrase(second) && introducesObjectName(first, second, true)) return false;
  // GET-DELL: a word a brand list names, introduced, is that company (see introducesListedBrand).
  if (introducesListedBrand(first, second)) return false;
  if (NAMING_DETERMINERS.has(first.word)) return false;
  if ((first.classes & WORD_CLASS.modifier) !== 0 && (first.primary & WORD_CLASS.noun) !== 0 && (second.primary & WORD_CLASS.noun) !== 0 && second.fullWord === undefined) return false;
  return !((first.classes & WORD_CLASS.verb) !== 0 && (second.primary & WORD_CLASS.adverb) !== 0);
}

/**
 * Whether a pair charged on a business's line (see chargedOnTollFree) is said often enough to be offered:
 * each of its short words at PAIR_SENSE.minZipfShortWord and any longer one at PAIR_SENSE.minZipfPartner.
 * The pairs a business prints are made of words said every day (BUY-GOLD, FIX-ROOF, GET-CASH, SELL-CAR);
 * read on 600 random toll-free numbers (stop 24), those with a rarer short word were two words side by side
 * (JOG-CRIB, JAM-VOTE, HUM-DEAR, INK-SORT, ILL-DRAW, MADE-ARC, RUN-MAZE), and the caller is better served by
 * the word behind its digits (526-VOTE) or the plain number.
 */
export function carriesChargedPair(first: WordEntry, second: WordEntry): boolean {
  // A noun and what its line offers (TAX-HELP, FED-INFO) name the line whatever the noun (see namesLine).
  if (namesLine(first, second)) return true;
  // A word cut short is heard whole (SAFE-AUT(O) is said "safe auto").
  const short = (word: WordEntry): boolean => heardWord(word).length <= PAIR_SENSE.maxShortLength;
  return [first, second].every((word) => word.zipf >= (short(word) ? PAIR_SENSE.minZipfShortWord : PAIR_SENSE.minZipfPartner));
}
