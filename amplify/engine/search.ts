import { byScore } from './by-score';
import { NO_LOCAL_BRANDS } from './local-brands';
import { heardCompoundBrand } from './compound-brands';
import { wordsCutShort, type Dictionary, type DictionaryMatch, type WordEntry } from './dictionary';
import { articleMayOpen, articlesStand } from './article-phrases';
import { articleLineSpellings, digitWordSpellings, forMyBrandSpellings, lineTailSpellings, nationNamesOf, nationSpellings, servedCompoundSpellings } from './line-phrases';
import { nameLineSpellings } from './name-lines';
import { runTogetherSpellings } from './run-together';
import { subjectVerbNameSpellings, twoLetterLineSpellings } from './initialism-lines';
import { repeatedWordSpellings } from './repeated-words';
import { digitBrandSpellings } from './digit-brands';
import { INTRODUCER_ZIPF, closesWithParticle, introducesName, isCollocation, needsPhrase, readPair } from './phrase';
import { oneLetterScore, oneLetterWord, opensPhrase } from './one-letter-words';
import { addressesBrand, commandsDo, headsPhrase, namesCountryBrand, introducesListedBrand, introducesObjectName, isInitialism, isLineNoun, isNotableBrand, isObjectName, isUnit, LINE_NOUNS, nameBeforeNounScore, namesLine, namesWithNoun, nounBeforeName, saysTwice, unitBonus, isUnspokenPostalCode, visitsPlace } from './phrase-units';
import { judgeSpelling } from './quality';
import { isVerbReading, verbReading, verbReadingsTakeObjects } from './subject-verbs';
import { SCORING, digitCost, familiarityCost, tenfoldRarerCost, wordScore } from './scoring';
import { WORD_CLASS } from './word-tags';
import { shortWordEarnsItsDigits } from './word-place';

/** One piece of a subscriber number: a word, or a run of digits kept as they are. */
export interface Segment {
  start: number;
  end: number;
  /** The word spelling digits start..end, or undefined for kept digits. */
  word?: WordEntry;
}

/** A way to write a subscriber number, as a linked list of segments from its first digit. */
export interface Spelling {
  score: number;
  head: Segment;
  next: Spelling | undefined;
  words: number;
  /** True when the last word is cut short (MATTRES): then every digit before it must be a letter too. */
  cut: boolean;
  /** The language of its words: one candidate speaks one language. */
  language?: string;
  /** An advertised phrase built apart from the beam (see line-phrases.ts): an answer, never a name line. */
  builtApart?: boolean;
}

/** How many partial spellings each suffix keeps: enough that profanity filtering still leaves five. */
export const BEAM_WIDTH = 40;

/**
 * Best spellings of `digits` with at least one word that a caller would take (see judgeSpelling), best first. Dynamic programming over suffixes:
 * each position starts either a kept digit or a dictionary word (one dictionary lookup per substring, and
 * none past the first substring that no word's digits start with),
 * and each suffix keeps its `beamWidth` best spellings. `cutPhrases` allows a phrase to end on a word cut
 * short (see SCORING.cutLetter) where the exchange ignores the extra digit: any North American number, and a
 * business line of a country whose networks do the same (see ignoresExtraDigits: 1300-DOMINO(S), 0800-LIFELI(NE));
 * elsewhere only a brand cut short stands, alone, as brands advertise it abroad (+27-860-SAMSUN(G)).
 * `tollFree` (a business's line) adds, where `cutPhrases` holds, the name lines of the number (see
 * name-lines.ts), built apart from the beam: initialisms and brands are those of its index. `nanp`: the line is
 * North American, the plan whose nation's name (see nationNamesOf) and emergency number (see lineTailsOf) it may
 * print, and whose bodies' line nouns a person's number may carry (see judgeSpelling).
 */
export function searchSpellings(digits: string, dictionary: Dictionary, cutPhrases = true, beamWidth = BEAM_WIDTH, tollFree = false, nanp = false, localBrands: ReadonlySet<string> = NO_LOCAL_BRANDS): Spelling[] {
  const n = digits.length;
  // best[i]: top spellings of digits i..n; undefined marks the empty suffix.
  const best: (Spelling | undefined)[][] = new Array<(Spelling | undefined)[]>(n + 1);
  best[n] = [undefined];
  for (let i = n - 1; i >= 0; i--) {
    const options: Spelling[] = [];
    const cost = digitCost(i, n);
    for (const rest of best[i + 1] ?? []) {
      // A cut word is how a phrase that fills the number says its last word in full; after kept
      // digits (73-LOUNG) it reads as a typo. A verb read so after I or U stands only after it.
      if (!rest?.cut && !isVerbReading(rest?.head.word)) options.push(prependDigit(i, cost, rest));
    }
    options.push(...oneLetterOptions(digits, i, best[i + 1] ?? []));
    const run = dictionary.lookupRun(digits, i);
    for (let end = i + 2; end <= n; end++) {
      const { entries, extendable } = run[end - i - 2] ?? NO_MATCH;
      const closing = !cutPhrases || end !== n || !extendable ? NO_CLOSERS : i === 0 ? longWordsCut(digits, dictionary, tollFree, localBrands) : phraseClosers(digits.slice(i, end), dictionary, tollFree);
      const words = closing.length === 0 ? entries : entries.length === 0 ? closing : [...entries, ...closing];
      for (const word of i === 1 && oneLetterWord(digits[0] ?? '')?.classes === WORD_CLASS.pronoun ? withVerbReadings(words) : words) {
        // A cut word only ends the number: the digits after it would dial the letters it lost.
        if (word.fullWord !== undefined && end !== n) continue;
        if ((!tollFree || end !== n) && isUnspokenPostalCode(word)) continue;
        const gain = wordScore(end - i, word.zipf, cutLettersCharged(word), word.familiarity);
        for (const rest of best[end] ?? []) {
          if (isVerbReading(rest?.head.word)) continue;
          // Nor after a two-letter word: GO-WINNE is a fragment and a stub, not a phrase (see opensCutWord).
          if (rest?.cut && end - i === 2 && !opensCutWord(word, rest, tollFree)) continue;
          const option = prependWord(i, end, word, gain, rest, digits, tollFree);
          if (option) options.push(option);
        }
      }
      if (!extendable) break;
    }
    byScore(options);
    // On a business's line one word that fills the number (a brand, a name, a rarer word: 1-800-HOMEDEP(OT))
    // pays the cost of an untrusted word until the judge gives it back (see judgeSpelling), so the beam of
    // the first digit would drop it behind forty phrases of everyday words: such words are few, and all stay.
    const whole = i === 0 && tollFree ? options.slice(beamWidth).filter((option) => option.next === undefined && option.head.word !== undefined) : [];
    if (options.length > beamWidth) options.length = beamWidth;
    options.push(...whole);
    best[i] = options;
  }
  const judged: Spelling[] = [];
  for (const spelling of best[0] ?? []) {
    if (spelling === undefined || spelling.words === 0 || isVerbReading(spelling.head.word)) continue;
    if (spelling.cut && !cutPhrases && (spelling.words > 1 || spelling.head.word?.familiarity !== 'brand')) continue;
    const segments = segmentsOf(spelling);
    const closer = closerCost(segments, tollFree);
    if (closer === undefined || !articlesStand(segments, digits) || !verbReadingsTakeObjects(segments)) continue;
    // A person's number offers no lone word of three letters at all (see judgeSpelling); a business's line one
    // that is worth the digits it leaves.
    if (tollFree && !shortWordEarnsItsDigits(segments, digits)) continue;
    const verdict = judgeSpelling(segments, n, tollFree, nanp);
    // A lone name beside digits never passes the judge; a toll-free number's name lines are built apart.
    if (verdict.acceptable) judged.push({ ...spelling, score: spelling.score + verdict.bonus - closer });
  }
  if (tollFree) {
    const apart = [
      ...nameLineSpellings(digits, dictionary, localBrands),
      // The advertised phrase kinds the beam does not reach (see line-phrases.ts).
      ...lineTailSpellings(digits, dictionary, nanp),
      ...articleLineSpellings(digits, dictionary),
      ...digitWordSpellings(digits, dictionary),
      ...nationSpellings(digits, dictionary, nationNamesOf(nanp)),
      ...servedCompoundSpellings(digits, dictionary),
      ...digitBrandSpellings(digits),
      ...runTogetherSpellings(digits, dictionary),
      ...repeatedWordSpellings(digits, dictionary),
      ...twoLetterLineSpellings(digits, dictionary),
      ...subjectVerbNameSpellings(digits, dictionary),
      ...forMyBrandSpellings(digits, dictionary),
    ];
    // A business's line whose network dials every letter (the UK's 0800 and 03, Ireland's 1800) still takes
    // the kinds that spell its digits whole (+44-800-TESCO-12, a name beside its line's digits): only a word
    // cut by the number's end needs the exchange to ignore the letters past it (see ignoresExtraDigits).
    judged.push(...(cutPhrases ? apart : apart.filter((spelling) => !endsCut(spelling))));
  }
  return byScore(judged);
}

/** Whether a spelling's last word runs past the number's end (1300-DOMINO(S), 22-COSTC(O)). */
function endsCut(spelling: Spelling): boolean {
  return spelling.cut || segmentsOf(spelling).some((segment) => segment.word?.fullWord !== undefined);
}

/**
 * The everyday words, too short for the index to key them cut (LUCK, CROSS, RING), that `digits` spell
 * but for their last letter: a phrase that fills a North American number may close on one said in full
 * (1-888-LADY-LUC(K), 1-800-RED-CROS(S)), as advertisers do; alone or after digits a stub such as LUC
 * reads as a typo, so closerCost admits them only there. On a business's line also a brand of five letters
 * cut by one (see isBrandCut) and, past four letters, the longer stems of longClosers.
 */
function phraseClosers(digits: string, dictionary: Dictionary, tollFree: boolean): readonly WordEntry[] {
  if (digits.length < PHRASE_CLOSER.minStem || digits.length > PHRASE_CLOSER.maxStem) return tollFree ? longClosers(digits, dictionary) : NO_CLOSERS;
  // On a business's line a stem that is an everyday word itself (CUT of CUTS) reads as that word, as the
  // index keys no such stem (CONTACT of CONTACTS): SAFE-CUT(S) would be said "safe cuts" and read "safe cut".
  const stems = tollFree ? dictionary.lookup(digits).entries : NO_CLOSERS;
  return wordsCutShort(
    digits,
    dictionary,
    1,
    (word) => !stems.some((stem) => stem.fullWord === undefined && stem.familiarity === 'common' && word.word.startsWith(stem.word)) && ((tollFree && isBrandCut(word)) || isEverydayCloser(word)),
  );
}

/** An everyday word frequent enough to be heard whole from its stem (see PHRASE_CLOSER). */
function isEverydayCloser(word: WordEntry): boolean {
  return word.familiarity === 'common' && word.zipf >= PHRASE_CLOSER.minZipf;
}

/**
 * On a business's line, the everyday words of seven letters cut by two to a stem of five, which the index
 * does not key (it keys words cut by one: BEYON(D)): GO-FORWA(RD). On a seven-digit number such a stem
 * follows only a word of two letters, so it stands only where opensCutWord lets that word open it; a stem
 * of six after a one-letter word (I-REMEMB(ER)) has no such gate, and is not offered.
 */
function longClosers(digits: string, dictionary: Dictionary): readonly WordEntry[] {
  if (digits.length < CUT_PHRASE.minLongStem || digits.length > CUT_PHRASE.maxLongStem) return NO_CLOSERS;
  // A brand of six letters cut by its last, after a word that owns it or goes to it (MY-TOYOT(A): see opensCutWord).
  return wordsCutShort(digits, dictionary, 2, (word, lost) => (lost === 2 && isEverydayCloser(word)) || (lost === 1 && isBrandCut(word) && isNotableBrand(word)));
}

/**
 * How a business's line may close a phrase on a word cut short beyond the short everyday words (see
 * PHRASE_CLOSER): a brand of a stem at least this long cut by its last letter (BUY-MACY(S)), one whose
 * frequency in the index is between these, that is one at least two brand lists know and the corpus does
 * not say as a word (the index gives a brand 3 and 0.1 for each further list, up to four: see brandZipf in
 * local/cli/word-index-builder.ts): a name the corpus says often (LAURA, JONES) is a person's first, and
 * cut short (SIT-LAUR(A), ASK-JONE(S)) it reads as a typo of the name; and an everyday word of a stem this
 * long cut by one letter (the index's BEYON(D)) after a verb of two letters, or, a stem of five, by two
 * (see opensCutWord and longClosers).
 */
const CUT_PHRASE = { minBrandStem: 4, minBrandZipf: 3.1, maxBrandZipf: 3.3, minLongStem: 5, maxLongStem: 5 } as const;

/** Zipf steps of a brand's listings are tenths: compared with this much slack, as the index rounds to hundredths. */
const ZIPF_SLACK = 0.005;

function isBrandCut(word: WordEntry): boolean {
  return (
    word.familiarity === 'brand' &&
    (word.classes & WORD_CLASS.initialism) === 0 &&
    word.word.length > CUT_PHRASE.minBrandStem &&
    word.zipf >= CUT_PHRASE.minBrandZipf - ZIPF_SLACK &&
    word.zipf <= CUT_PHRASE.maxBrandZipf + ZIPF_SLACK
  );
}

/**
 * Whether a two-letter word may open a phrase whose last word is cut short (`rest`, that word alone), on a
 * business's line: an everyday verb (GO, DO, BE: see introducesName) before an everyday word of five
 * letters or more kept, read as where or how to go (GO-BEYON(D), GO-ABROA(D)) or as a pair WordNet lists
 * (GO-STEAD(Y)), or a place it goes to (GO-MONTA(NA)). Before a noun (GO-WINNE(R)) the verb takes no object and the stub reads as a fragment.
 */
function opensCutWord(word: WordEntry, rest: Spelling, tollFree: boolean): boolean {
  const cut = rest.head.word;
  if (!tollFree || rest.next !== undefined || cut?.fullWord === undefined) return false;
  // GO-MONTA(NA): a place a verb of travel takes, cut by the number's end (see visitsPlace).
  if (visitsPlace(word, cut)) return true;
  // MY-TOYOT(A), GO-TESL(A): a notable brand the caller owns or goes to, cut by its last letter (see longClosers).
  if (cut.familiarity === 'brand' && isNotableBrand(cut) && introducesName(word) && isObjectName(word, cut)) return true;
  return (
    word.primary === WORD_CLASS.verb &&
    introducesName(word) &&
    cut.familiarity === 'common' &&
    cut.word.length >= CUT_PHRASE.minLongStem &&
    cut.zipf >= PHRASE_CLOSER.minZipf &&
    ((cut.primary & (WORD_CLASS.adverb | WORD_CLASS.preposition)) !== 0 || isCollocation(word, cut))
  );
}

/**
 * Short words cut by a letter (see phraseClosers): stems of three or four letters of words this frequent,
 * at this cost beyond the cut letter's, so they make options 2-5 of a business number more often than they
 * take rank 1 of an everyday one (where WEE-BLOO(D) would read as a typo). A word cut short that stands
 * alone keeps `minLoneStem` letters (see closerCost and longWordsCut; CUT_PHRASE.minLongStem is a phrase's).
 * On a business's line a stub closing a pair grammar alone makes follows words said `minZipfQualifier` (see stubHeardWhole).
 */
export const PHRASE_CLOSER = { minStem: 3, maxStem: 4, minZipf: 3.5, cost: 1.5, minLoneStem: 6, minPhraseLetters: 7, minZipfQualifier: 4.5 } as const;

const NO_CLOSERS: readonly WordEntry[] = [];
const NO_MATCH: DictionaryMatch = { entries: NO_CLOSERS, extendable: false };

/**
 * Long words that fill the whole number but for their last letters (1-800-MICROSO(FT)): the index keys
 * long words cut by one letter only, and only everyday ones, so a word of nine letters or more on a
 * seven-digit number is found here, as the only word (a whole-number brand or everyday word, no phrase to
 * hold a stub). On a toll-free number, bought for its word, a less common word a caller still knows and
 * a company's name (1-866-LOGISTI(CS)) may be cut too, by one letter or two: there the caller is told the
 * word, and the letters kept are most of it. A person's number keeps only the everyday words.
 */
function longWordsCut(digits: string, dictionary: Dictionary, tollFree: boolean, localBrands: ReadonlySet<string>): readonly WordEntry[] {
  if (tollFree && digits.length === SHORT_LINE.digits) return shortLineBrands(digits, dictionary, localBrands);
  if (digits.length < PHRASE_CLOSER.minLoneStem) return NO_CLOSERS;
  // A long brand (BURGERKIN(G), a name of two words run together) fills a business's line with its first letters.
  const maxLost = tollFree && digits.length >= LONG_BRAND_CUT.minKept ? LONG_BRAND_CUT.maxLost : 2;
  return wordsCutShort(digits, dictionary, maxLost, (word, lost) => {
    if (lost > 2) return isLongBrandCut(word) || isTollFreeCut(word);
    if (lost === 1) return tollFree && isTollFreeCut(word);
    // Brands carry the index's stand-in frequency (3), so only everyday words are held to minZipf.
    if (isEverydayCloser(word)) return true;
    if (tollFree && isNamedCause(word)) return true;
    // A brand is learnt, not heard: on a six-digit line abroad two letters lost leave a stub (CODESH(IP)).
    if (word.familiarity === 'brand') return digits.length >= PHRASE_CLOSER.minPhraseLetters;
    return tollFree && isTollFreeCut(word);
  });
}

/**
 * A long everyday noun a business line is named by, cut by two letters (`+61-1300-EPILEP(SY)`): helplines and
 * charities print their cause's name whole however far it runs past the number, and a caller told the word
 * hears it whole from six letters or more. Such a noun is said less often than the words a stub must belong to
 * elsewhere (PHRASE_CLOSER.minZipf: EPILEPSY, DIABETES, ARTHRITIS near Zipf 3), so a business's line takes one of
 * `minLength` letters or more, first read as a noun, down to `minZipf`; a verb or an adjective cut so reads as a
 * typo of another form. A person's number never keeps a word cut by two (see judgeSpelling).
 */
const NAMED_CAUSE = { minZipf: 3, minLength: 8 } as const;

function isNamedCause(word: WordEntry): boolean {
  return word.familiarity === 'common' && word.primary === WORD_CLASS.noun && word.word.length >= NAMED_CAUSE.minLength && word.zipf >= NAMED_CAUSE.minZipf;
}

/**
 * Australia's 13 numbers: four digits after the 13, sold for words of up to six letters (`maxLetters`), the
 * network ignoring what is dialled past the fourth (13 HOLDEN, 13 SALVOS: phoneword carriers document the
 * allowance). A brand there is advertised whole though the line keeps four of its letters; a brand is learnt,
 * not heard, so the caller is told it and dials its first letters. Everyday words are left out: their stubs
 * (GARD of GARDEN) read as typos to a caller who only sees the number.
 */
const SHORT_LINE = { digits: 4, maxLetters: 6 } as const;

function shortLineBrands(digits: string, dictionary: Dictionary, localBrands: ReadonlySet<string>): readonly WordEntry[] {
  return wordsCutShort(digits, dictionary, 2, (word, lost) => word.familiarity === 'brand' && localBrands.has(word.word) && !isInitialism(word) && digits.length + lost <= SHORT_LINE.maxLetters);
}

/**
 * A brand of nine letters or more whose first seven fill a North American business's line (1-800-BURGERK(ING)),
 * as advertisers print the whole name and the exchange ignores the letters past the number: only one several
 * lists name or one heard as two everyday words run together (see isNotableBrand, heardCompoundBrand), the
 * seven letters kept most of the name, or a word a brand list names as a company (BLOCKBU(STER): see
 * isTollFreeCut). Cut by three letters or four it must be one two lists name besides (see CUT_PHRASE): one
 * list's name of two words (FIRSTCH(ARGE)) reads, cut this far, as a stub of a phrase.
 */
const LONG_BRAND_CUT = { minKept: 7, maxLost: 4 } as const;

function isLongBrandCut(word: WordEntry): boolean {
  if (word.language !== 'en' || word.familiarity !== 'brand' || isInitialism(word)) return false;
  return isNotableBrand(word) || (word.zipf >= CUT_PHRASE.minBrandZipf - ZIPF_SLACK && isNotableBrand(heardCompoundBrand(word)));
}

/**
 * The letters past the number's end a word is charged for (see SCORING.cutLetter): no more than two, the most
 * any word but a long brand loses. A brand whose first seven letters fill the line is recognised from them
 * however long its name runs (BURGERK(ING) as PAPAJOH(NS)).
 */
function cutLettersCharged(word: WordEntry): number {
  return word.fullWord === undefined ? 0 : Math.min(word.fullWord.length - word.word.length, 2);
}

/**
 * Words a toll-free number may end on cut short beyond what the index keys (see longWordsCut): known or
 * everyday words at least this frequent and this long that a brand list also names as a company (LOGISTICS:
 * see WORD_CLASS.listed). Frequency alone let in words no business picks and no caller should hear
 * (FORNICA(TE), SQUIRTIN(G) fill numbers as LOGISTI(CS) does).
 */
const TOLL_FREE_CUT = { minZipf: 2.5, minLength: 8 } as const;

function isTollFreeCut(word: WordEntry): boolean {
  return (
    word.fullWord === undefined &&
    (word.familiarity === 'common' || word.familiarity === 'known') &&
    (word.classes & WORD_CLASS.listed) !== 0 &&
    word.zipf >= TOLL_FREE_CUT.minZipf &&
    word.word.length >= TOLL_FREE_CUT.minLength
  );
}

/**
 * What a short cut word (see phraseClosers) costs the spelling, or undefined where it may not stand: only as
 * the last noun of a phrase of words that fill the number. On a business's line (`tollFree`) it may also be
 * the object of an everyday verb of command (see closesCommand).
 */
function closerCost(segments: readonly Segment[], tollFree: boolean): number | undefined {
  const last = segments[segments.length - 1]?.word;
  if (last?.fullWord === undefined) return 0;
  // A lone word cut short keeps six letters or more (1800-RESPEC(T), 1300-CRUELT(Y), as a North American number
  // keeps seven): on a five-digit line abroad PRAYE(R) and GERAL(D) read as typos. A brand stands as brands
  // advertise it (see searchSpellings).
  if (segments.length === 1 && last.familiarity !== 'brand' && last.word.length < PHRASE_CLOSER.minLoneStem) return undefined;
  if (tollFree && segments.length === 1) return -wholeCutCredit(last);
  if (last.fullWord.length > PHRASE_CLOSER.maxStem + 1) return 0;
  const before = segments[segments.length - 2]?.word;
  // A thing named by a noun and the word that qualifies it (RED-CROS(S), LADY-LUC(K)); after a verb or a
  // past tense the stub reads as a word of its own (MARK-COS(T), KEPT-BEA(CH)).
  const whole = segments.every((segment) => segment.word !== undefined);
  // A pair heard as one unit (RED CROSS, RING-RING) is heard whole, whatever class the lexicon gives its last word first.
  if (whole && before !== undefined && isUnit(before, last)) return 0;
  const closes =
    whole &&
    before !== undefined &&
    (last.primary & WORD_CLASS.noun) !== 0 &&
    (before.primary & (WORD_CLASS.verb | WORD_CLASS.participle)) === 0 &&
    readPair(before, last) === 'phrase' &&
    (!tollFree || stubHeardWhole(before, last));
  // A call to act on a business's line is heard whole, as the pair WordNet lists is (see closesCommand).
  if (whole && tollFree && segments.length === 2 && before !== undefined && closesCommand(before, last)) return 0;
  // A body's four-letter initialism before the noun its line is named by, cut by the last letter (FEMA-HEL(P):
  // see namesWithNoun), is printed whole on a business's line; charged as any stub that closes a phrase.
  if (whole && tollFree && segments.length === 2 && before !== undefined && namesWithNoun(before, last)) return PHRASE_CLOSER.cost;
  // A brand cut short (see CUT_PHRASE) only as the object of an everyday verb, the two the whole number
  // (BUY-MACY(S)): alone, or after another word, its stub reads as a typo of a name. Grammar alone pairs
  // them (EAT-MACY(S) reads as BUY-MACY(S) does), so the pair is charged as an unproven one (see
  // SCORING.unprovenPair): one strong word with digits kept (FAUNA-29) ranks above it.
  // The possessives that make a brand the caller's own (MY-TOYOT(A), OUR-HYUNDA(I): see isObjectName) take it so too.
  if (last.familiarity === 'brand') {
    const object = tollFree && whole && segments.length === 2 && before !== undefined && (before.primary === WORD_CLASS.verb || before.primary === WORD_CLASS.determiner) && introducesName(before) && isObjectName(before, last);
    return object ? PHRASE_CLOSER.cost + SCORING.unprovenPair : undefined;
  }
  // Fewer letters than a North American number holds (a six-digit 1300 or 0800 line abroad) give the ear too
  // little to hear the stub whole unless the pair is one unit: RYE-BAL(L), BIG-DIM(E) read as typos there.
  return closes && (segments[segments.length - 1]?.end ?? 0) >= PHRASE_CLOSER.minPhraseLetters ? PHRASE_CLOSER.cost : undefined;
}

/**
 * Whether a stub closing a pair that grammar alone makes (not a unit: see closerCost) is heard as its word on a
 * business's line: as the noun a line is named by (TAX-HEL(P): see LINE_NOUNS), after an adjective said every
 * day (SAFE-AUT(O): PHRASE_CLOSER.minZipfQualifier), or after a noun when both are said that often (LADY-LUC(K),
 * ROAD-TRI(P)). Read on 600 random toll-free numbers (stop 24), the rest were two things side by side whose stub
 * reads as a typo: ARM-PILO(T) (PILOT at Zipf 4.4), MUD-TODA(Y), SOIL-COI(N), RYE-TRAC(K), ARMS-GLO(W), and
 * WIDE-FAC(E) after a rarer adjective.
 */
function stubHeardWhole(before: WordEntry, last: WordEntry): boolean {
  if (last.fullWord !== undefined && LINE_NOUNS.has(last.fullWord)) return true;
  if ((before.primary & WORD_CLASS.adjective) !== 0) return before.zipf >= PHRASE_CLOSER.minZipfQualifier;
  return Math.min(before.zipf, last.zipf) >= PHRASE_CLOSER.minZipfQualifier;
}

/**
 * What an everyday word that fills a business's line cut by one letter (1-800-MATTRES(S)) gets back of
 * SCORING.cutLetter: there the caller is told the word and dials it in full, so the stub costs what the word
 * would lose were it ten times rarer (see tenfoldRarerCost). A word that fills the number whole then ranks
 * first unless the cut word is said at least ten times as often. Read over the 37 seven-digit keys of the
 * index where both kinds fill the number: of the 8 cut words ten times as frequent as the whole word, 6 read
 * as what a business would print (DAUGHTE(R) over FATIGUE, COMEDIA(N) over COMEDIC, CASHMER(E) over
 * CARGOES); closer than that the two were as often the better one (COLLARS over COLLAPS(E), GREATER or
 * GREATES(T)). Under SCORING.cutLetter alone the cut word needed to be about 2,000 times as frequent.
 */
function wholeCutCredit(word: WordEntry): number {
  if (word.fullWord === undefined || word.fullWord.length - word.word.length !== 1 || word.familiarity !== 'common') return 0;
  return Math.max(0, SCORING.cutLetter - tenfoldRarerCost(word.zipf));
}

/**
 * Whether a cut word is the object of the verb before it, as advertisers print a call to act (GIVE-LIF(E),
 * SAVE-TIM(E)): a verb first read as a verb and said as often as the verbs that introduce names (see
 * INTRODUCER_ZIPF), before a noun said as often: only a word that common is heard whole from its stub
 * (PUT-HOUN(D), SAVE-DUK(E) read as typos). The two must be the whole number; on a person's number, and
 * after a past tense or a rarer verb (KEPT-BEA(CH)), the stub reads as a word of its own.
 */
function closesCommand(verb: WordEntry, object: WordEntry): boolean {
  return (
    verb.primary === WORD_CLASS.verb &&
    verb.fullWord === undefined &&
    introducesName(verb) &&
    (object.primary & WORD_CLASS.noun) !== 0 &&
    object.familiarity === 'common' &&
    object.zipf >= INTRODUCER_ZIPF &&
    readPair(verb, object) === 'phrase'
  );
}

/**
 * The spellings a one-letter word at `position` opens (see one-letter-words.ts): before a word it makes a
 * phrase with, in a spelling that keeps no digit after it. A name after O is trusted there (O-CANADA).
 */
function oneLetterOptions(digits: string, position: number, rests: readonly (Spelling | undefined)[]): Spelling[] {
  const letter = oneLetterWord(digits[position] ?? '');
  if (!letter) return [];
  const options: Spelling[] = [];
  const gain = oneLetterScore(position, digits.length);
  for (const rest of rests) {
    const next = rest?.head.word;
    // Nor before a lone word cut short: A-CANCE(R) and A-BREAS(T) are a letter and a stub, as GO-WINNE is.
    if (!rest || !next || (rest.next === undefined && next.fullWord !== undefined) || !allWords(rest) || !(opensPhrase(letter, next, rest.words, position === 0) || articleMayOpen(letter, next, position))) continue;
    const trust = needsPhrase(next) ? familiarityCost(next.familiarity) : 0;
    options.push({ score: rest.score + gain + trust, head: { start: position, end: position + 1, word: letter }, next: rest, words: rest.words + 1, cut: rest.cut, language: rest.language });
  }
  return options;
}

/**
 * `words` and the verb readings a subject forces on them (see verbReading), for a word that I or U may open at
 * the number's first digit: after kept digits (61-I-RISK, 6-U-PATCH) the letter reads as a digit turned into one.
 */
function withVerbReadings(words: readonly WordEntry[]): readonly WordEntry[] {
  let extended: WordEntry[] | undefined;
  for (const word of words) {
    const reading = verbReading(word);
    if (reading) (extended ??= [...words]).push(reading);
  }
  return extended ?? words;
}

function allWords(spelling: Spelling): boolean {
  for (let node: Spelling | undefined = spelling; node; node = node.next) if (node.head.word === undefined) return false;
  return true;
}

function prependDigit(position: number, cost: number, rest: Spelling | undefined): Spelling {
  if (rest && rest.head.word === undefined) {
    // Extend the digit run that starts the rest instead of starting a new one.
    return { score: rest.score - cost, head: { start: position, end: rest.head.end }, next: rest.next, words: rest.words, cut: false, language: rest.language };
  }
  return { score: (rest?.score ?? 0) - cost, head: { start: position, end: position + 1 }, next: rest, words: rest?.words ?? 0, cut: false, language: rest?.language };
}

/**
 * `word` in front of `rest`, or undefined where that could never read well: two languages in one
 * candidate (BEI-LOST), two neighbours that do not make a phrase (ARE-TALK), or words parted by more
 * than one digit, or by a digit that is not read as a word (KARS-4-KIDS reads "for"; ART-1-DAB is noise).
 * On a toll-free line (`tollFree`) a noun may take a particle after it (see closesWithParticle).
 */
function prependWord(start: number, end: number, word: WordEntry, gain: number, rest: Spelling | undefined, digits: string, tollFree: boolean): Spelling | undefined {
  if (rest?.language !== undefined && rest.language !== word.language) return undefined;
  let score = (rest?.score ?? 0) + gain;
  const next = rest?.head.word;
  if (next) {
    // OK-CANON: the addressing word and the brand cost what two everyday words in a phrase do (see addressesBrand),
    // as a country's initialism and the brand do (USA-FORD: see namesCountryBrand).
    if (tollFree && rest?.next === undefined && (addressesBrand(word, next) || namesCountryBrand(word, next))) score += familiarityCost(word.familiarity) + (needsPhrase(next) ? familiarityCost(next.familiarity) : 0) + SCORING.phrase;
    // GO-HERTZ: a word a brand list names, introduced, is trusted as an introduced brand is (see introducesListedBrand).
    else if (tollFree && rest?.next === undefined && introducesListedBrand(word, next)) score += familiarityCost(next.familiarity) + SCORING.phrase;
    // DO-LUNCH: DO said as a command before the thing to do, a phrase as GO-FRUIT is (see commandsDo).
    else if (tollFree && rest?.next === undefined && commandsDo(word, next)) score += SCORING.phrase;
    else if (needsPhrase(next) && introducesObjectName(word, next, tollFree)) score += familiarityCost(next.familiarity) + SCORING.phrase;
    // A place a verb of travel takes, closing a business's line (GO-UTAH, VISIT-NJ: see visitsPlace): a name is
    // trusted as an introduced brand is; a state's postal code scores as its digits kept would, less the fill
    // bonus (VISIT-NJ just below VISIT-65), as an initialism before a noun does: two letters fit most pairs of digits.
    else if (tollFree && rest?.next === undefined && visitsPlace(word, next)) {
      score = next.word.length === 2 ? gain + nameBeforeNounScore(rest.head.start, rest.head.end, digits.length) : score + (needsPhrase(next) ? familiarityCost(next.familiarity) : 0) + SCORING.phrase;
    }
    // Above the noun behind the digits on a business's line only: on a person's number it closes the list.
    else if (namesWithNoun(word, next)) score += nameBeforeNounScore(start, end, digits.length, tollFree && isLineNoun(next)) - gain;
    // The initialism closes the number: it scores as its digits kept would, as it does before a noun.
    else if (tollFree && rest?.next === undefined && nounBeforeName(word, next)) score = gain + nameBeforeNounScore(rest.head.start, rest.head.end, digits.length);
    else {
      const reading = readPair(word, next);
      // A toll-free line may close on a headline's noun and particle (BETS-OFF: see judgeSpelling).
      if (reading === 'clash' && !(tollFree && closesWithParticle(word, next))) return undefined;
      // On a business's line a noun and what its line offers read as a phrase (FED-INFO: see namesLine).
      if (reading === 'phrase' || (reading === 'loose' && tollFree && namesLine(word, next))) score += SCORING.phrase + unitBonus(word, next);
      // A preposition and the noun it heads (FOR-RENT: see headsPhrase) are not charged as a loose pair, nor
      // credited as a verb and its object are (GO-TEXT before IN-TEXT); nor is a word said twice (HUT-HUT: see
      // saysTwice), which no list tells from a stutter (FED-FED), so it earns no phrase's credit either.
      else if (reading === 'loose' && !(tollFree && (headsPhrase(word, next) || saysTwice(word, next)))) score -= SCORING.loosePair;
    }
  } else if (rest && rest.next && rest.next.head.word !== undefined) {
    const gap = digits.slice(rest.head.start, rest.head.end);
    if (gap !== '2' && gap !== '4') return undefined;
    score -= SCORING.digitsBetweenWords;
  }
  const cut = rest ? rest.cut : word.fullWord !== undefined;
  return { score, head: { start, end, word }, next: rest, words: (rest?.words ?? 0) + 1, cut, language: word.language };
}

/** The segments of a spelling, first to last. */
export function segmentsOf(spelling: Spelling): Segment[] {
  const segments: Segment[] = [];
  for (let node: Spelling | undefined = spelling; node; node = node.next) segments.push(node.head);
  return segments;
}
