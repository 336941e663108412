import { takesA } from './article-phrases';
import { cutShort, wordsCutShort, type Dictionary, type WordEntry } from './dictionary';
import { LETTER_KEYS, toKeypadDigits } from './keypad';
import { isNegativeWord } from './negative-words';
import { isOnNoLine } from './no-line-words';
import { oneLetterScore, oneLetterWord } from './one-letter-words';
import { MIN_COMPOUND_ZIPF, isCollocation, readPair } from './phrase';
import { LINE_NOUNS, isInitialism, isNotableBrand, namesWithNoun } from './phrase-units';
import { NAME_LINE } from './name-lines';
import { SCORING, allDigitsScore, digitCost, wordScore } from './scoring';
import type { Segment, Spelling } from './search';
import { WORD_CLASS } from './word-tags';

/**
 * The names of the nation a North American business line closes on, as national organisations and
 * campaigns print their lines (HOPE-USA, NRA-USA-1, 7-NYC-USA): the line is the country's branch or
 * campaign of what the word before names. USA only: AMERICA has seven letters, the whole of a North American
 * line's subscriber digits, which the search spells alone already. A closed class (a line abroad closes on
 * no other country's name); the search reads USA as a brand's initialism, priced as an untrusted word after
 * a noun (DONE-872 ranked above FOOD-USA), so these are built here.
 */
const NATION_NAMES: readonly string[] = ['USA'];

/**
 * Phrases advertisers close a business's line with, digits read as words (4 = FOR, 2 = TO, U = YOU) or
 * said as a service's number (411, 911, 24-7): written after a body's or a brand's name (CDC-4-YOU, FDA-24-7)
 * or an everyday noun (FOOD-2-GO, KEY-2-YOU), they say what the line offers. A closed class, as the line
 * nouns are (see isLineNoun): the search reads a digit between words as a gap, and a lone U or a kept 411
 * after a name as the name's digits, so these are built here. Written as printed, hyphens between tokens.
 */
const LINE_TAILS: readonly string[] = ['4-YOU', '4-U', '2-YOU', '2-U', '4-LESS', '2-GO', '411', '24-7'];

/**
 * Tails only a North American line prints: 911 is the emergency number there (CDC-911, a brand's help line for
 * what broke), and abroad (000, 111, 999) reads as a stray group of digits: on 20,000 random business lines of
 * Australia and New Zealand it put CNN-911 and MSB-911 first.
 */
const NANP_LINE_TAILS: readonly string[] = ['911'];

/**
 * Verbs advertisers put before A and the noun of a service (RENT-A-CAR, HIRE-A-PRO, ASK-A-NURSE,
 * CALL-A-CAB) or after 2 read as TO (2-GET-HELP): a closed class of the verbs whose object is what a
 * caller wants brought, hired or asked, as SPEAKING_VERBS and TRADE_VERBS are (see phrase-units.ts). After
 * any other verb "A" and a noun cut short read as a fragment (MAKE-A-PA), as 2 before it does (2-FLY-HEL).
 */
const SERVICE_VERBS: ReadonlySet<string> = new Set(['ADOPT', 'ASK', 'BOOK', 'BUY', 'CALL', 'DIAL', 'FIND', 'GET', 'HIRE', 'ORDER', 'RENT', 'TEXT']);

/** Rules of the advertised phrase kinds (see lineTailSpellings, articleLineSpellings and digitWordSpellings). */
const LINE_PHRASE = {
  /** Frequency the tail is heard at, as a word said every day: the caller knows 4-YOU as "for you". */
  tailZipf: 5,
  /** Letters a tail's last word needs to close the number cut by one letter (CAR-4-LES(S)). */
  minCutTailWord: 4,
  /** Letters an everyday noun needs before a tail (FOOD-2-GO; not AX-4-YOU)... */
  minHeadLetters: 3,
  /** ...and the Zipf it needs (see MIN_COMPOUND_ZIPF). */
  minHeadZipf: MIN_COMPOUND_ZIPF,
  /** Letters the noun after VERB-A keeps when the number's end cuts it (RENT-A-CA(R), ASK-A-NUR(SE))... */
  minArticleNounStem: 2,
  /** ...and the most it may lose: the caller is told the whole service, the stub is its start. */
  maxArticleNounLost: 3,
  /** Letters the service noun after 4 or 2 keeps when the number's end cuts it (4-TAX-HEL(P); 4-LONE-DE(SK) and 4-TURF-TI(PS) read as noise)... */
  minServiceStem: 3,
  /** ...and the letters of the word that qualifies it (4-TAX-AID; not 4-GO-HELP). */
  minServiceQualifier: 3,
  /**
   * What a noun cut short after VERB-A costs beyond its lost letters: one letter more, as the caller must
   * guess the noun from its stub. A whole phrase of the same digits then ranks first (the made-up GET-CASH
   * above GET-A-CRI(B), which took rank 1 without it); the search charges a short cut word closing a phrase
   * 1.5 (PHRASE_CLOSER.cost), which put RENT-A-CA(R) and ASK-A-DOC(TOR) below the plain digits kept.
   */
  cutNounCost: SCORING.cutLetter,
  /** Spellings of VERB-A-NOUN offered per verb: the stems of the most said nouns (ASK-A-NUR(SE) beside ASK-A-MUS(IC)). */
  maxArticleStems: 2,
  /** Zipf the noun after VERB-A needs: one said every day, so its stub is heard whole. */
  minArticleNounZipf: MIN_COMPOUND_ZIPF,
  /** Letters the word before a nation's name needs (HOPE-USA, NRA-USA-1)... */
  minNationHead: 3,
  /** ...and the digits the line may keep beside the two, before (7-NYC-USA) or after (NRA-USA-1). */
  maxNationDigits: 1,
} as const;

interface Tail {
  digits: string;
  /** Its tokens, first to last: a word (YOU, U) or digits kept (4, 411). */
  tokens: readonly { digits: string; word?: string }[];
}

function tailOf(tail: string): Tail {
  const tokens = tail.split('-').map((token) => (/^[0-9]+$/.test(token) ? { digits: token } : { digits: toKeypadDigits(token), word: token }));
  return { digits: tokens.map((token) => token.digits).join(''), tokens };
}

const TAILS: readonly Tail[] = LINE_TAILS.map(tailOf);
const NANP_TAILS: readonly Tail[] = [...TAILS, ...NANP_LINE_TAILS.map(tailOf)];

/**
 * A business's line that a name or an everyday noun fills up to a line tail (see LINE_TAILS): the name of
 * an organisation's initialism or a notable brand (see isNotableBrand), which a caller hears as whose line
 * it is, or an everyday noun said often enough to be what the line offers; a North American line (`nanp`) also
 * closes on 911 (see NANP_LINE_TAILS). The head is trusted by the tail
 * as a verb trusts the brand it introduces (see introducesObjectName): it scores as an everyday word.
 */
export function lineTailSpellings(digits: string, dictionary: Dictionary, nanp: boolean): Spelling[] {
  const n = digits.length;
  const spellings: Spelling[] = [];
  for (const tail of nanp ? NANP_TAILS : TAILS) {
    // A tail whose last word runs past the number is said whole (IRS-4-LES(S)), as a phrase's last word is.
    const lastWord = tail.tokens[tail.tokens.length - 1]?.word;
    const lost = lastWord !== undefined && lastWord.length >= LINE_PHRASE.minCutTailWord && !digits.endsWith(tail.digits) ? 1 : 0;
    const tailDigits = tail.digits.slice(0, tail.digits.length - lost);
    const start = n - tailDigits.length;
    if (start < LINE_PHRASE.minHeadLetters || !digits.endsWith(tailDigits)) continue;
    const tailWords = tail.tokens.map((token) => (token.word === undefined ? undefined : tailWord(token.word, token.digits, dictionary)));
    if (tailWords.some((word, index) => word === undefined && tail.tokens[index]?.word !== undefined)) continue;
    // Only a name opens a tail that no whole word says (411, 24-7, 4-U): see isTailHead.
    const digitsOnly = lastWord === undefined || lastWord.length === 1;
    const tailGain = wordScore(tailDigits.length, LINE_PHRASE.tailZipf, lost) + SCORING.phrase + SCORING.fill;
    for (const head of dictionary.lookup(digits.slice(0, start)).entries) {
      if (!isTailHead(head, digitsOnly)) continue;
      const score = wordScore(start, head.zipf) + tailGain;
      let rest: Spelling | undefined;
      let end = n;
      for (let index = tail.tokens.length - 1; index >= 0; index--) {
        const token = tail.tokens[index];
        const word = tailWords[index];
        if (!token) continue;
        const cut = index === tail.tokens.length - 1 && lost > 0 && word !== undefined;
        const segment: Segment = { start: end - token.digits.length + (cut ? lost : 0), end, word: cut ? cutShort(word, lost) : word };
        rest = { score, head: segment, next: rest, words: (rest?.words ?? 0) + (segment.word ? 1 : 0), cut: lost > 0, language: head.language };
        end = segment.start;
      }
      spellings.push({ score, head: { start: 0, end: start, word: head }, next: rest, words: (rest?.words ?? 0) + 1, cut: lost > 0, language: head.language, builtApart: true });
    }
  }
  return spellings;
}

/**
 * Plurals of the people a line puts a caller through to (TAX-PROS, PET-VETS, PET-DOCS): after a noun that
 * opens compounds they name what the line serves and who answers it, as the line nouns do after any noun
 * (see LINE_NOUNS). A closed class, as SERVICE_VERBS is: the index marks no noun as a person, and two
 * everyday nouns spell one toll-free number in three or so, so only these close a compound here. Not the
 * plural of a service (MEDS): it shares its keys with ODDS and on 50,000 random toll-free numbers put
 * TIE-MEDS and AGE-MEDS first (over THE-ODDS, AGE-ODDS).
 */
export const SERVED_PLURALS: ReadonlySet<string> = new Set(['DOCS', 'DOCTORS', 'EXPERTS', 'LAWYERS', 'NURSES', 'PROS', 'TECHS', 'VETS']);

/**
 * A business's line filled by a compound of two nouns, the first one WordNet marks as opening compounds
 * (WORD_CLASS.modifier: TAX, PET, CAR), the second a plural of SERVED_PLURALS (1-800-TAX-PROS,
 * 1-800-PET-VETS): what the line serves and who answers it. The search priced PROS and VETS below a noun that
 * reads alone (TAX-PROP, 738-VETS), so these are built here; the pair scores as a unit (two phrases' worth)
 * that fills the number.
 */
export function servedCompoundSpellings(digits: string, dictionary: Dictionary): Spelling[] {
  const n = digits.length;
  const spellings: Spelling[] = [];
  for (let split = LINE_PHRASE.minHeadLetters; n - split >= LINE_PHRASE.minHeadLetters; split++) {
    const seconds = dictionary.lookup(digits.slice(split)).entries.filter((word) => SERVED_PLURALS.has(word.word) && word.fullWord === undefined && word.language === 'en');
    if (seconds.length === 0) continue;
    for (const first of dictionary.lookup(digits.slice(0, split)).entries) {
      if (!isCompoundHead(first)) continue;
      for (const second of seconds) {
        const score = wordScore(split, first.zipf) + wordScore(n - split, Math.max(second.zipf, MIN_COMPOUND_ZIPF)) + 2 * SCORING.phrase + SCORING.fill;
        const last: Spelling = { score, head: { start: split, end: n, word: second }, next: undefined, words: 1, cut: false, language: 'en' };
        spellings.push({ score, head: { start: 0, end: split, word: first }, next: last, words: 2, cut: false, language: 'en', builtApart: true });
      }
    }
  }
  return spellings;
}

/** A noun that opens compounds (WORD_CLASS.modifier), said every day, first read as a noun: TAX, PET, WAR; not one negative. */
function isCompoundHead(word: WordEntry): boolean {
  return word.language === 'en' && word.fullWord === undefined && (word.classes & WORD_CLASS.modifier) !== 0 && word.primary === WORD_CLASS.noun && isEverydayNoun(word, MIN_COMPOUND_ZIPF) && !isUnwelcome(word);
}
/**
 * The nation's names a business line of this plan may close on (see NATION_NAMES): a North American line's
 * only; abroad none.
 */
export function nationNamesOf(nanp: boolean): readonly string[] {
  return nanp ? NATION_NAMES : [];
}

const NATION_KEYS = NATION_NAMES.map((word) => ({ word, digits: toKeypadDigits(word) }));

/**
 * A business's line closing on the nation's name (see NATION_NAMES) after the word that names what the
 * line is for: an organisation's initialism, a notable brand or a place (AARP-USA, UTAH-USA), or an
 * everyday noun that opens compounds (FOOD-USA, GOLF-USA: see isNationHead), the sector it serves, the two filling
 * the number; the nation's name is trusted as a tail is (see lineTailSpellings): it scores as a word said at
 * LINE_PHRASE.tailZipf. A name may keep one digit of the line before or after the two (7-CDC-USA,
 * CDC-USA-1): nothing tells which body owns a random line, and on 50,000 random toll-free numbers such
 * lines took rank 1 from the plain number with initialisms only lists write (6-ILO-USA, WTO-USA-2), so they
 * are name lines (see isNationLine), offered after the answers. After an everyday noun a kept digit reads as
 * a stray one: a noun fills the number.
 */
export function nationSpellings(digits: string, dictionary: Dictionary, names: readonly string[]): Spelling[] {
  const n = digits.length;
  const spellings: Spelling[] = [];
  for (const nation of NATION_KEYS) {
    if (!names.includes(nation.word)) continue;
    for (let after = 0; after <= LINE_PHRASE.maxNationDigits; after++) {
      const nationStart = n - after - nation.digits.length;
      if (digits.slice(nationStart, n - after) !== nation.digits) continue;
      const nationWord = tailWord(nation.word, nation.digits, dictionary);
      if (!nationWord) continue;
      for (let before = 0; before + after <= LINE_PHRASE.maxNationDigits; before++) {
        if (nationStart - before < LINE_PHRASE.minNationHead) continue;
        const kept = before + after;
        const gain = wordScore(nation.digits.length, LINE_PHRASE.tailZipf) + SCORING.phrase + SCORING.fill;
        for (const head of dictionary.lookup(digits.slice(before, nationStart)).entries) {
          if (!isNationHead(head, kept > 0)) continue;
          // A name line scores as name-lines.ts scores its own, a hair above them: it says more than NRA-8721.
          const score = kept > 0 ? allDigitsScore(n) + 2 * NAME_LINE.aboveDigits : wordScore(nationStart - before, head.zipf) + gain;
          const last: Spelling | undefined = after > 0 ? { score, head: { start: n - after, end: n }, next: undefined, words: 0, cut: false, language: undefined } : undefined;
          const nationSpelling: Spelling = { score, head: { start: nationStart, end: n - after, word: nationWord }, next: last, words: 1, cut: false, language: 'en' };
          const headSpelling: Spelling = { score, head: { start: before, end: nationStart, word: head }, next: nationSpelling, words: 2, cut: false, language: head.language };
          if (kept === 0) spellings.push({ ...headSpelling, builtApart: true });
          else spellings.push(before > 0 ? { score, head: { start: 0, end: before }, next: headSpelling, words: 2, cut: false, language: head.language } : headSpelling);
        }
      }
    }
  }
  return spellings;
}

/**
 * Whether `segments` are a name line closing on the nation's name (see nationSpellings): a name, the
 * nation's name and one kept digit before or after them (7-CDC-USA, CDC-USA-1).
 */
export function isNationLine(segments: readonly Segment[]): boolean {
  const words = segments.filter((segment) => segment.word !== undefined);
  const [name, nation] = words;
  if (words.length !== 2 || segments.length !== 3 || !name?.word || !nation?.word || nation.word.fullWord !== undefined) return false;
  const kept = segments.find((segment) => segment.word === undefined);
  return NATION_NAMES.includes(nation.word.word) && name.end === nation.start && kept !== undefined && kept.end - kept.start === 1 && isNationHead(name.word, true);
}

/**
 * Whether `head` may name what a national line is for (see nationSpellings): a name (an initialism, a
 * notable brand, a place), or, where no digit is kept, an everyday noun first read as a noun that opens
 * compounds (WORD_CLASS.modifier: FOOD, GOLF, LIFE, a sector a national body serves) and is never read as
 * an adjective (KIND, GOLD). On 100,000 random toll-free numbers any noun put 10 first: OHIO-USA, but also
 * WOMB-USA, HASH-USA, DAYS-USA, SITE-USA (over RIVETS-2), TICK-USA; other nouns (LUNG-USA, HOPE-USA) are
 * still offered below the noun and its digits (see nounBeforeName).
 */
function isNationHead(head: WordEntry, keepsDigits: boolean): boolean {
  if (head.language !== 'en' || head.fullWord !== undefined || isUnwelcome(head) || head.word.length < LINE_PHRASE.minNationHead) return false;
  if (isInitialism(head) || isNotableBrand(head) || (head.classes & WORD_CLASS.place) !== 0) return true;
  return !keepsDigits && isEverydayNoun(head, LINE_PHRASE.minHeadZipf) && head.primary === WORD_CLASS.noun && (head.classes & WORD_CLASS.modifier) !== 0 && (head.classes & WORD_CLASS.adjective) === 0;
}

/** The word a tail says on `digits`: U is the one-letter word (see one-letter-words.ts), the others the index's. */
function tailWord(word: string, digits: string, dictionary: Dictionary): WordEntry | undefined {
  if (word.length === 1) return oneLetterWord(digits);
  return englishWord(word, digits, dictionary);
}

/** The index's entry for an English word of a closed class (a tail's word, a service noun), written whole. */
function englishWord(word: string, digits: string, dictionary: Dictionary): WordEntry | undefined {
  return dictionary.lookup(digits).entries.find((entry) => entry.word === word && entry.fullWord === undefined && entry.language === 'en');
}

/**
 * Whether `head` may fill a line up to a tail: an organisation's initialism or a notable brand, or before
 * a tail with a whole word (4-YOU, 2-GO) an everyday noun. The tails only digits write (411, 24-7) follow
 * a name only: after an everyday noun the search already offers them as the noun and its digits (CARS-411).
 * So does 4-U: after an everyday noun it fits one line in fifty, and on 20,000 random six-digit business
 * lines abroad it put 17 nouns first (WORM-4-U, PILE-2-U, JUNK-2-U) where the noun and its digits had been.
 */
function isTailHead(head: WordEntry, digitsOnly: boolean): boolean {
  if (head.language !== 'en' || head.fullWord !== undefined || isUnwelcome(head)) return false;
  if (isInitialism(head) || isNotableBrand(head)) return true;
  return !digitsOnly && isEverydayNoun(head, LINE_PHRASE.minHeadZipf) && head.word.length >= LINE_PHRASE.minHeadLetters;
}

/**
 * A business's line spelled by a verb of SERVICE_VERBS, A and the everyday noun of a service, the three the
 * whole number, the noun cut short by its end as advertisers print the whole phrase (RENT-A-CA(R),
 * ASK-A-NUR(SE)): the index keys no stub of two letters and the search ends no phrase on one after A, so
 * they are built here. Of the nouns a stub begins, the most said is the one offered.
 */
export function articleLineSpellings(digits: string, dictionary: Dictionary): Spelling[] {
  const n = digits.length;
  const spellings: Spelling[] = [];
  const article = oneLetterWord('2');
  if (!article) return spellings;
  for (let verbEnd = 2; verbEnd + 1 + LINE_PHRASE.minArticleNounStem <= n; verbEnd++) {
    const { entries, extendable } = dictionary.lookup(digits.slice(0, verbEnd));
    if (digits[verbEnd] === '2') {
      for (const verb of entries) {
        if (!isServiceVerb(verb)) continue;
        for (const noun of articleNouns(digits.slice(verbEnd + 1), dictionary)) {
          const lost = noun.fullWord === undefined ? 0 : noun.fullWord.length - noun.word.length;
          // A scores as the search scores a one-letter word (see oneLetterScore): a hair below its digit kept.
          // A stub of two letters is heard as its whole noun (CA(R) as CAR): it pays no two-letter word's cost.
          const stub = lost > 0 ? LINE_PHRASE.cutNounCost - (noun.word.length === 2 ? SCORING.twoLetterWord : 0) : 0;
          const score = wordScore(verbEnd, verb.zipf) + oneLetterScore(verbEnd, n) + wordScore(noun.word.length, noun.zipf, lost) - stub + 2 * SCORING.phrase + SCORING.fill;
          const nounSpelling: Spelling = { score, head: { start: verbEnd + 1, end: n, word: noun }, next: undefined, words: 1, cut: lost > 0, language: 'en' };
          const articleSpelling: Spelling = { score, head: { start: verbEnd, end: verbEnd + 1, word: article }, next: nounSpelling, words: 2, cut: lost > 0, language: 'en' };
          spellings.push({ score, head: { start: 0, end: verbEnd, word: verb }, next: articleSpelling, words: 3, cut: lost > 0, language: 'en', builtApart: true });
        }
      }
    }
    if (!extendable) break;
  }
  return spellings;
}

/**
 * The everyday nouns A may open that `digits` spell whole or, cut by the number's end, begin (see
 * LINE_PHRASE): for each stem the noun that loses fewest letters (COP whole, not COP(Y)), then the most said
 * (CA(R), not CA(T)); the LINE_PHRASE.maxArticleStems stems of the most said nouns.
 */
function articleNouns(digits: string, dictionary: Dictionary): WordEntry[] {
  if (digits.length < LINE_PHRASE.minArticleNounStem) return [];
  const byStem = new Map<string, WordEntry>();
  let keys = [digits];
  for (let lost = 0; lost <= LINE_PHRASE.maxArticleNounLost && keys.length > 0; lost++) {
    const longer: string[] = [];
    const found = new Map<string, WordEntry>();
    for (const key of keys) {
      const { entries, extendable } = dictionary.lookup(key);
      for (const word of entries) {
        if (word.fullWord !== undefined || word.language !== 'en' || !isArticleNoun(word)) continue;
        const stem = word.word.slice(0, digits.length);
        const held = found.get(stem);
        if (!byStem.has(stem) && (held === undefined || word.zipf > held.zipf)) found.set(stem, word);
      }
      if (extendable) for (const letter of LETTER_KEYS) longer.push(key + letter);
    }
    for (const [stem, word] of found) byStem.set(stem, lost === 0 ? word : cutShort(word, lost));
    keys = longer;
  }
  return [...byStem.values()].sort((a, b) => b.zipf - a.zipf).slice(0, LINE_PHRASE.maxArticleStems);
}

/**
 * A singular everyday noun, first read as a noun, that A (not AN) opens: CAR, NURSE, PRO; not ANTS, APPLE
 * or SAY (BUY-A-SAY: a verb first, its noun reading is an idiom's).
 */
function isArticleNoun(word: WordEntry): boolean {
  return isEverydayNoun(word, LINE_PHRASE.minArticleNounZipf) && word.primary === WORD_CLASS.noun && takesA(word.word) && !(word.word.endsWith('S') && !word.word.endsWith('SS')) && !isUnwelcome(word);
}

/**
 * A business's line that opens on 4 or 2 read as FOR or TO before a short phrase that closes on the noun
 * of a service (see SERVICE_NOUNS), the rest of the number: after 4 an everyday noun (see isForPhrase) or
 * an organisation's initialism and the noun it qualifies (4-TAX-AID, 4-IRS-AID, 4-FDA-HEL(P)), after 2
 * a verb of SERVICE_VERBS and the noun as its object (2-GET-HEL(P)): TO before a noun phrase (2-ART-TIP,
 * 2-RYE-DES(K)) read as noise on random lines. The noun may be cut by the number's end to
 * LINE_PHRASE.minServiceStem letters, as advertisers print the whole phrase. Built here: the search reads a
 * first digit as a digit kept, asks words of three letters beside it for a longer one, and lets no word cut
 * short follow kept digits.
 */
export function digitWordSpellings(digits: string, dictionary: Dictionary): Spelling[] {
  const spellings: Spelling[] = [];
  const n = digits.length;
  if (digits[0] !== '4' && digits[0] !== '2') return spellings;
  for (const service of SERVICE_NOUN_KEYS) {
    const noun = englishWord(service.word, service.digits, dictionary);
    if (!noun || isUnwelcome(noun)) continue;
    for (let kept = service.word.length; kept >= LINE_PHRASE.minServiceStem; kept--) {
      const stemStart = n - kept;
      if (stemStart - 1 < LINE_PHRASE.minServiceQualifier || !digits.endsWith(service.digits.slice(0, kept))) continue;
      const lost = service.word.length - kept;
      const said = lost === 0 ? noun : cutShort(noun, lost);
      for (const first of dictionary.lookup(digits.slice(1, stemStart)).entries) {
        if (first.language !== 'en' || first.fullWord !== undefined || isUnwelcome(first) || !(digits[0] === '4' ? isForPhrase(first, noun, lost === 0) : isToPhrase(first, noun))) continue;
        // The name trusted as the phrase trusts it (see lineTailSpellings); the digit said as a word.
        const score = wordScore(stemStart - 1, first.zipf) + wordScore(kept, noun.zipf, lost) - digitCost(0, n) + 2 * SCORING.phrase + SCORING.fill;
        const last: Spelling = { score, head: { start: stemStart, end: n, word: said }, next: undefined, words: 1, cut: lost > 0, language: 'en' };
        const middle: Spelling = { score, head: { start: 1, end: stemStart, word: first }, next: last, words: 2, cut: lost > 0, language: 'en' };
        spellings.push({ score, head: { start: 0, end: 1 }, next: middle, words: 2, cut: lost > 0, language: 'en', builtApart: true });
      }
    }
  }
  return spellings;
}

/**
 * The nouns a line's phrase after 4 (FOR) or 2 (TO) closes on: the nouns a line is named by (see
 * isLineNoun: HELP, CARE, INFO) and AID, what a line for a cause offers (4-TAX-AID). A closed class:
 * before any noun (4-TAX-AGE, 4-TEA-APE) the digit reads as a digit kept.
 */
const SERVICE_NOUNS: readonly string[] = [...LINE_NOUNS, 'AID'];

const SERVICE_NOUN_KEYS = SERVICE_NOUNS.map((word) => ({ word, digits: toKeypadDigits(word) }));

/**
 * A noun phrase: an everyday noun before the service noun whole (VET-AID, JOB-AID), one that opens
 * compounds or a pair WordNet lists before it cut too (TAX-HEL(P), PET-CAR(E)), or an initialism before it
 * (IRS-AID). Any noun before a stub read as noise on random lines (4-LAP-DES(K), 4-TAG-DES(K), 4-YEN-LIN(E)).
 */
function isForPhrase(first: WordEntry, noun: WordEntry, whole: boolean): boolean {
  if (isInitialism(first)) return namesWithNoun(first, noun);
  // Not any adjective (4-SHY-INF(O)): a noun, or one that opens many compounds (TAX, PET: see WORD_CLASS.modifier).
  const compound = ((first.classes & WORD_CLASS.modifier) !== 0 && readPair(first, noun) === 'phrase') || (whole && (first.classes & WORD_CLASS.noun) !== 0);
  return first.familiarity === 'common' && first.zipf >= MIN_COMPOUND_ZIPF && (compound || isCollocation(first, noun));
}

/** A verb of SERVICE_VERBS calling for the service noun (GET-HELP, FIND-CARE). */
function isToPhrase(verb: WordEntry, noun: WordEntry): boolean {
  return isServiceVerb(verb) && readPair(verb, noun) === 'phrase';
}

/** A verb of SERVICE_VERBS, written whole and read as a verb (GET, RENT; not a stub of GETS). */
function isServiceVerb(word: WordEntry): boolean {
  return SERVICE_VERBS.has(word.word) && word.fullWord === undefined && (word.classes & WORD_CLASS.verb) !== 0;
}

function isEverydayNoun(word: WordEntry, minZipf: number): boolean {
  return word.familiarity === 'common' && (word.classes & WORD_CLASS.noun) !== 0 && word.zipf >= minZipf;
}

/** A word no business line prints as its offer: negative (see isNegativeWord) or on no line (see isOnNoLine). */
export function isUnwelcome(word: WordEntry): boolean {
  const heard = (word.fullWord ?? word.word).toLowerCase();
  return isNegativeWord(heard) || isOnNoLine(heard);
}

/**
 * A business's line opening on 4 read as FOR, the possessive MY and a notable brand (see isNotableBrand) filling
 * the rest, whole or cut by the number's end (1-800-4-MY-<brand>): the line is the caller's own way to the brand,
 * as MY-<brand> is (see introducesObjectName). The search reads a first digit as a digit kept and keys no brand
 * cut by two after MY, so these are built here; scored as digitWordSpellings scores the digit said as a word,
 * MY as the everyday word it is, the brand as one trusted word at its frequency, a cut brand paying a letter
 * more than it loses (see LINE_PHRASE.cutNounCost).
 */
export function forMyBrandSpellings(digits: string, dictionary: Dictionary): Spelling[] {
  const spellings: Spelling[] = [];
  const n = digits.length;
  const rest = digits.slice(FOR_MY.brandStart);
  if (!digits.startsWith(FOR_MY.digits) || rest.length < FOR_MY.minBrandStem) return spellings;
  const my = englishWord('MY', FOR_MY.digits.slice(1), dictionary);
  if (!my) return spellings;
  const whole = dictionary.lookup(rest).entries.filter((word) => word.fullWord === undefined && isForMyBrand(word));
  const cut = wordsCutShort(rest, dictionary, FOR_MY.maxBrandLost, (word) => isForMyBrand(word));
  for (const brand of [...whole, ...cut]) {
    const lost = brand.fullWord === undefined ? 0 : brand.fullWord.length - brand.word.length;
    const score = -digitCost(0, n) + wordScore(2, my.zipf) + wordScore(rest.length, brand.zipf, lost) - (lost > 0 ? LINE_PHRASE.cutNounCost : 0) + 2 * SCORING.phrase + SCORING.fill;
    const last: Spelling = { score, head: { start: FOR_MY.brandStart, end: n, word: brand }, next: undefined, words: 1, cut: lost > 0, language: 'en' };
    const middle: Spelling = { score, head: { start: 1, end: FOR_MY.brandStart, word: my }, next: last, words: 2, cut: lost > 0, language: 'en' };
    spellings.push({ score, head: { start: 0, end: 1 }, next: middle, words: 2, cut: lost > 0, language: 'en', builtApart: true });
  }
  return spellings;
}

/** The shape of 4-MY-<brand> (see forMyBrandSpellings). */
const FOR_MY = {
  /** 4 (FOR) and MY on the keypad. */
  digits: '469',
  brandStart: 3,
  /** Letters the brand keeps (4-MY-HOND(A)); shorter stubs fit random lines. */
  minBrandStem: 4,
  /** Letters it may lose past the number's end. */
  maxBrandLost: 2,
} as const;

/** A notable brand in English, not negative or on no line (see isNotableBrand, isUnwelcome). */
function isForMyBrand(word: WordEntry): boolean {
  return word.language === 'en' && isNotableBrand(word) && !isUnwelcome(word);
}
