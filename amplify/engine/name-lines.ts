import { heardCompoundBrand } from './compound-brands';
import { NO_LOCAL_BRANDS } from './local-brands';
import { wordsCutShort, type Dictionary, type WordEntry } from './dictionary';
import { isNationLine } from './line-phrases';
import { PHRASE_UNITS, isInitialism, isNotableBrand, leadsDigits } from './phrase-units';
import { allDigitsScore, keptDigitsScore, wordScore } from './scoring';
import type { Segment, Spelling } from './search';
import { WORD_CLASS } from './word-tags';

/**
 * A name line: a brand or an organisation's initialism beside the digits of its line on a business line
 * where a phrase may end cut short (a North American toll-free number, Australia's 1300, New Zealand's 0800:
 * see ignoresExtraDigits), the one word of the spelling: FDA-1088 and GMC-8782 (the initialism spells the exchange,
 * see leadsDigits), FORBES-5 (a brand of four letters or more, then digits) and 392-FORD (digits, then a
 * brand of four letters or more that closes the number), as organisations print the lines they pay for.
 * Nothing tells which body owns a random line, so a name line is offered as an alternative, never as the
 * answer (see placeNameLine): a caller whose number spells no word still hears the plain number first.
 */
export function isNameLine(segments: readonly Segment[], length: number): boolean {
  if (leadsDigits(segments) || isNationLine(segments)) return true;
  const words = segments.filter((segment) => segment.word !== undefined);
  const only = words[0];
  if (words.length !== 1 || only?.word === undefined || words.length === segments.length) return false;
  return fitsNameLine(only.word, only.start, only.end, length);
}

/** Whether a name line's name is a brand cut short (see fitsCutBrand): such a line only fills a place the answers leave. */
export function isCutNameLine(segments: readonly Segment[]): boolean {
  return segments.some((segment) => segment.word?.fullWord !== undefined);
}

/** Whether `word` at start..end of a subscriber number of `length` digits may be a name line's name (see isNameLine). */
function fitsNameLine(word: WordEntry, start: number, end: number, length: number): boolean {
  if (word.fullWord !== undefined) return fitsCutBrand(word, start, end, length);
  if (word.language !== 'en' || (word.familiarity !== 'brand' && !isTradeName(word) && !isInitialism(word))) return false;
  const letters = end - start;
  // A chain's three capitals, said letter by letter, spell the exchange (GMC-8782) as an agency's do (see leadsDigits),
  // before a line of digits at least as long: on a four-digit 13 number abroad, RBC-8 and FBI-1 name no line.
  if (start === 0 && end === NANP_EXCHANGE) return length - end >= end && (isInitialism(word) || !/[AEIOUY]/.test(word.word));
  // Elsewhere the name must be one a caller hears: said in speech, known to several brand lists (FORD, NASA)
  // or an agency WordNet names (621-FEMA), not a stand-in frequency that every name of one list shares (TIDB).
  // A proper name needs a letter more than a brand (FORBES-5, not ANDY-781): most names of four letters are
  // first names (JEFF, LISA, SEAN), a stranger's, and no list tells them from surnames.
  // A brand several lists name and no corpus holds (KIA, DHL) closes a line with three letters (392-5-KIA).
  // A notable brand closing the number needs no corpus frequency: the lists or the subtitles vouch for it (592-KODAK).
  // It may lead the line too, digits after it (SONY-555, REEBOK-5), with the four letters any brand needs there.
  const closingBrand = isNotableBrand(word) && end === length;
  const needed = isTradeName(word) ? NAME_LINE.minNameLetters : closingBrand ? NAME_LINE.minNotableBrandLetters : NAME_LINE.minLetters;
  return letters >= needed && (start === 0 || end === length) && letters < length && (word.zipf > NAME_LINE.minZipf || isInitialism(word) || isNotableBrand(word));
}

/**
 * Whether `word`, a brand cut short (fullWord), may close a line after digits: a notable brand (see
 * isNotableBrand) of NAME_LINE.minCutBrandLetters letters or more whose last one or two letters run past
 * the number's last digit, as advertisers print the whole name and the network ignores the letters not
 * dialled (55-REEBO(K)). The stem keeps NAME_LINE.minCutBrandStem letters and NAME_LINE.minCutBrandMargin
 * more than it loses, most of the name.
 */
function fitsCutBrand(word: WordEntry, start: number, end: number, length: number): boolean {
  const full = word.fullWord;
  if (full === undefined || word.language !== 'en' || !isNotableBrand(word) || isInitialism(word)) return false;
  const kept = end - start;
  return start > 0 && end === length && full.length >= NAME_LINE.minCutBrandLetters && kept - (full.length - kept) >= NAME_LINE.minCutBrandMargin;
}

/** A surname, place or brand a business may trade under (FORBES, HILTON: see WORD_CLASS.tradeName). */
function isTradeName(word: WordEntry): boolean {
  return word.familiarity === 'name' && (word.classes & WORD_CLASS.tradeName) !== 0;
}

/** Digits of a North American exchange. */
const NANP_EXCHANGE = 3;

/**
 * The name lines of `digits` (see isNameLine), scored NAME_LINE.aboveDigits above the plain number: built
 * here rather than found by the search, whose beam drops a lone name (it costs what an untrusted word
 * costs) long before the whole spelling is judged.
 */
export function nameLineSpellings(digits: string, dictionary: Dictionary, localBrands: ReadonlySet<string> = NO_LOCAL_BRANDS): Spelling[] {
  const n = digits.length;
  const score = allDigitsScore(n) + NAME_LINE.aboveDigits;
  const lines: Spelling[] = [];
  // A chain of the line's own country stands only as an answer, never as a name line (see answersAsBrand).
  const answersAsLocalBrand = (word: WordEntry, start: number, end: number): boolean => localBrands.has(word.word) && answersAsBrand(word, start, end, n, localBrands);
  const line = (start: number, end: number, word: WordEntry): Spelling => {
    // A brand that fills all but a digit or two is heard as its own line and ranks as an answer (see answersAsBrand).
    const answer = answersAsBrand(word, start, end, n, localBrands);
    const said = answer ? brandAnswerScore(word, start, end, n) : score;
    const name: Spelling = { score: said, head: { start, end, word }, next: undefined, words: 1, cut: false, language: word.language };
    if (end < n) name.next = { score: said, head: { start: end, end: n }, next: undefined, words: 0, cut: false, language: undefined };
    const whole = start === 0 ? name : { score: said, head: { start: 0, end: start }, next: name, words: 1, cut: false, language: word.language };
    return answer ? { ...whole, builtApart: true } : whole;
  };
  for (let end = NANP_EXCHANGE; end < n; end++) {
    const { entries, extendable } = dictionary.lookup(digits.slice(0, end));
    for (const entry of entries) {
      const word = heardCompoundBrand(entry);
      if (fitsNameLine(word, 0, end, n) || answersAsLocalBrand(word, 0, end)) lines.push(line(0, end, word));
    }
    if (!extendable) break;
  }
  for (let start = 1; start <= n - NAME_LINE.minNotableBrandLetters; start++) {
    const { entries, extendable } = dictionary.lookup(digits.slice(start));
    // The index's own brands cut by a letter (NETFLI+X) are found below with the rest: those cut short here only.
    for (const entry of entries) {
      const word = heardCompoundBrand(entry);
      if (word.fullWord === undefined && (fitsNameLine(word, start, n, n) || answersAsLocalBrand(word, start, n))) lines.push(line(start, n, word));
    }
    if (!extendable || n - start < NAME_LINE.minCutBrandStem) continue;
    // A stem that is a word itself (ROLE of ROLEX, COST of COSTCO), or another word cut short (BERLI of BERLIN,
    // not of BERLITZ), is read as that word, and printed the same; a stem that is a name (LEVI of LEVIS, KODA
    // of KODAK) is read as that person, not the brand (1-833-475-LEVI closed random lists). Another brand's
    // letters (PENTI of PENTIUM) stand beside no digits, so the brand keeps them.
    const words = entries.filter((entry) => entry.familiarity !== 'brand');
    for (const word of wordsCutShort(digits.slice(start), dictionary, 2, isNotableBrand)) {
      if (!words.some((entry) => entry.word === word.word) && fitsNameLine(word, start, n, n)) lines.push(line(start, n, word));
    }
  }
  // The best-known name first (NASA-328 before OAS-2328), then the longer.
  return lines.sort((a, b) => nameOf(b).zipf - nameOf(a).zipf || nameLetters(b) - nameLetters(a));
}

/**
 * Whether a brand beside the digits of a business's line is heard as that brand's own line, an answer rather
 * than a name line: a notable brand (several lists name it, the dictionary keeps it or subtitles say it: see
 * isNotableBrand) of NAME_LINE.minAnswerBrandLetters letters or more, written whole, leaving at most
 * NAME_LINE.maxAnswerBrandDigits digits (1-800-4-TOYOTA, 1-800-77-HONDA, 1-800-HILTON-2): so long a name falls
 * in place by chance on few random lines, and there it reads as the brand, while two weak words (HAMS-826,
 * 426-7-VAN) or the plain number read as nothing. Measured on 50,000 random toll-free numbers, a brand above
 * the stand-in frequency alone put names and places first (DAVIS, JONES, KYOTO, TRAID), possessives
 * (LEGOS-47) and one list's names heard as two words (6-BIGBEE); those, an initialism, and a four-letter brand
 * (it fits one random line in some fifty) stay name lines. On a business line abroad a chain of the line's
 * own country (see local-brands.ts: ARGOS, CURRYS in the UK, HOYTS in Australia) is as well known to its
 * callers as a notable brand, though one list names it: +44-800-ARGOS-12.
 */
function answersAsBrand(word: WordEntry, start: number, end: number, length: number, localBrands: ReadonlySet<string>): boolean {
  const letters = end - start;
  return (
    word.familiarity === 'brand' &&
    word.fullWord === undefined &&
    !isInitialism(word) &&
    letters >= NAME_LINE.minAnswerBrandLetters &&
    length - letters <= NAME_LINE.maxAnswerBrandDigits &&
    (isNotableBrand(word) || localBrands.has(word.word)) &&
    (word.classes & WORD_CLASS.compoundBrand) === 0
  );
}

/**
 * A brand answer's score (see answersAsBrand): its letters as one word a caller trusts at the brand's own
 * frequency, as a brand whose name holds a number is scored (see digit-brands.ts), and heard as one name the
 * caller already holds, as a pair WordNet lists is (PHRASE_UNITS.collocation): two weak words around a digit
 * (SPIN-ME-2) are two things to hold where 77-HONDA is one. Less the digits it keeps.
 */
function brandAnswerScore(word: WordEntry, start: number, end: number, length: number): number {
  return wordScore(end - start, word.zipf) + PHRASE_UNITS.collocation + keptDigitsScore(start, end, length);
}

function nameSegment(spelling: Spelling): Segment {
  return spelling.head.word === undefined && spelling.next ? spelling.next.head : spelling.head;
}

function nameOf(spelling: Spelling): WordEntry {
  const { word } = nameSegment(spelling);
  if (!word) throw new Error('a name line holds a name');
  return word;
}

function nameLetters(spelling: Spelling): number {
  const { start, end } = nameSegment(spelling);
  return end - start;
}

/** Rules for name lines (see isNameLine and placeNameLines). */
export const NAME_LINE = {
  /** Letters a brand needs beside digits anywhere but the exchange: a three-letter name fits most lines. */
  minLetters: 4,
  /** Letters a notable brand needs closing the number (see isNotableBrand): 392-5-KIA, as its dealers print their lines. */
  minNotableBrandLetters: 3,
  /** Letters a notable brand cut short closing the number needs whole (see fitsCutBrand): REEBO(K), not KI(A)... */
  minCutBrandLetters: 5,
  /** ...and the letters it keeps: four, most of the name (AMGE(N) is still heard as the brand, AM(GEN) is not)... */
  minCutBrandStem: 4,
  /** ...and this many more than it loses: MOBI(L) and PACKA(RD), not DANO(NE) or REEB(OK), read blind as typos. */
  minCutBrandMargin: 3,
  /** Letters a proper name that is no brand needs there (see WORD_CLASS.tradeName): FORBES-5 and 392-LLOYD, not 781-ANDY. */
  minNameLetters: 5,
  /** Letters a brand needs to be an answer beside digits rather than a name line (see answersAsBrand)... */
  minAnswerBrandLetters: 5,
  /** ...and the most digits it may leave kept: one or two, as printed (4-TOYOTA, 77-HONDA, HILTON-2). */
  maxAnswerBrandDigits: 2,
  /** Places kept for name lines in a full list: one, the last; a list short of answers takes more (EEC-1088, FDA-1088). */
  maxPerNumber: 1,
  /** Zipf a name of four letters or more needs (see fitsNameLine): above the stand-in frequency of a brand one list names. */
  minZipf: 3,
  /** How far below the last candidate before it a name line scores: it closes the list, it never leads. */
  margin: 0.01,
  /** How far a name line scores above the plain number in the search's list (generate.ts places it apart). */
  aboveDigits: 0.05,
} as const;

/**
 * The score a name line takes in the list: NAME_LINE.margin below `above`, the score of the candidate it
 * follows (the last answer, the plain number, or the name line before it).
 */
export function placeNameLine(above: number): number {
  return above - NAME_LINE.margin;
}
