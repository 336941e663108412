import { isRealAlternative } from './alternatives';
import { byScore } from './by-score';
import { ignoresExtraDigits, isBusinessLine } from './business-lines';
import { localBrandsOf } from './local-brands';
import { twinWord } from './keypad-twins';
import { getDictionary } from './dictionary';
import { formatParts, prefixParts, subscriberParts } from './format';
import { parseNumber, type ParsedNumber } from './parse';
import { NAME_LINE, isCutNameLine, isNameLine, placeNameLine } from './name-lines';
import { spellsLocalProfanity } from './local-profanity';
import { containsProfanity, isBlockedWord } from './profanity';
import { readsOffensivePhrase } from './offensive-phrases';
import { endsInCutTerm } from './english-blocked-words';
import { isInitialism, isLineNoun } from './phrase-units';
import { mixesLanguages } from './one-language';
import { withoutNegativeLead } from './negative-lead';
import { namesHomePlace } from './home-places';
import { mainCountryOf } from './parse-e164';
import { SCORING, allDigitsScore } from './scoring';
import { asWebAddress } from './web-address';
import { BEAM_WIDTH, searchSpellings, segmentsOf, type Segment, type Spelling } from './search';
import type { VanityCandidate, VanityOptions, VanityPart, VanityResult } from './types';
import { nextByKind, tollFreeKind, type TollFreeKind, type Waiting } from './toll-free-kinds';
import { localBlockedWords } from './local-blocked-words';
import { wordSourcesFor } from './word-sources';

/** How many vanity numbers a result holds unless the caller asks otherwise. */
export const DEFAULT_LIMIT = 5;

/**
 * Turns a phone number into its most memorable vanity numbers, best first. Every candidate dials the
 * same number; the plain number closes the list when fewer words fit.
 * @throws InvalidPhoneNumberError when the input is not a usable phone number.
 */
export function generateVanityNumbers(input: string, options: VanityOptions = {}): VanityResult {
  const limit = options.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  const parsed = parseNumber(input, options.defaultCountry);
  const candidates = rankCandidates(parsed, limit);
  return {
    input,
    e164: parsed.e164,
    ...(parsed.country ? { country: parsed.country } : {}),
    callingCode: parsed.callingCode,
    vanityNumbers: candidates.map((candidate) => candidate.text),
    candidates,
  };
}

function rankCandidates(parsed: ParsedNumber, limit: number): VanityCandidate[] {
  const prefix = prefixParts(parsed);
  const blocked = localBlockedSets(parsed.country);
  const candidates: VanityCandidate[] = [];
  const chosen: VanityPart[][] = [];
  const admit = (subscriber: VanityPart[], score: number): void => {
    // Checked only on admission: most twins held back never are, and the check is the costly step.
    if (isOffensive(subscriber) || isLocallyOffensive(subscriber, blocked) || mixesLanguages(subscriber, parsed.country)) return;
    const parts = [...prefix, ...subscriber];
    chosen.push(subscriber);
    candidates.push({ text: formatParts(parts), score: round(score), parts });
  };
  // Keypad twins differ from a listed candidate in one word that dials the same digits (SWIM-DONE, SWIM-FOOD,
  // SWIM-FOND): a short list should offer different spellings, not five readings of one. A business's line
  // lists a twin `twinPenalty` lower (advertised phrases hide among them: THE-CARD after THE-CARE); a
  // person's number not at all.
  const plain = allDigitsScore(parsed.subscriber.length);
  const tollFree = isBusinessLine(parsed);
  // A word cut short is a business's device (1-800-MATTRES(S)): on a person's number the stub is all a caller
  // sees, and blind readers took SWIM-MEE(T) and MAKE-GRO(W) for non-words.
  const cutPhrases = tollFree && ignoresExtraDigits(parsed, tollFree);
  const searched = searchSpellings(parsed.subscriber, getDictionary(parsed.country), cutPhrases, BEAM_WIDTH, tollFree, parsed.nanp, tollFree ? localBrandsOf(parsed.country) : undefined);
  // A person's own number offers no lone word its caller hears as a town of their own country (see home-places.ts);
  // a number no country claims is its calling code's main country's (+44-29-5248-HULL is British).
  const home = parsed.country ?? mainCountryOf(parsed.callingCode);
  const spellings = tollFree ? searched : searched.filter((spelling) => !namesHomePlace(segmentsOf(spelling), home));
  // Name lines (see name-lines.ts) are held out of the ranking and close the list, so they keep a place.
  const allLines = tollFree ? spellings.filter((spelling) => spelling.builtApart !== true && isNameLine(segmentsOf(spelling), parsed.subscriber.length)) : [];
  // Beyond the list's room a name line is still one, never an answer: on a line where no word fits, a fifth
  // initialism of the exchange's letters (USC-4080 beside USA, TSB, TSA, USCG) took rank 1 from the plain number.
  const heldOut = new Set(allLines);
  // Whole names first, but a brand cut short (see orderNameLines) before a whole name shorter than its stem:
  // a full list of answers left 22-COSTC(O) and 3-SAMSUN(G) no place beside AAA-6782 and EPA-6786.
  const nameLines = orderNameLines(allLines.slice(0, limit - 1));
  const answerLimit = limit - Math.min(nameLines.length, NAME_LINE.maxPerNumber);
  // A spelling's parts, or undefined for a name line or a reading already met: two spellings that differ only
  // in where the hyphens fall read the same aloud.
  const seen = new Set<string>();
  const newReading = (spelling: (typeof spellings)[number]): VanityPart[] | undefined => {
    if (heldOut.has(spelling)) return undefined;
    const subscriber = subscriberParts(parsed, segmentsOf(spelling));
    const key = subscriber.map((part) => part.text).join('');
    if (seen.has(key)) return undefined;
    seen.add(key);
    return subscriber;
  };
  if (tollFree) {
    // A toll-free line's list offers the best of each shape first (see toll-free-kinds.ts).
    const pool: Waiting[] = [];
    // Readings that name a body by its initialism (CNN-INFO beside CON-INFO, AAA-HELP beside CAB-HELP): the
    // name is whose line it is, a choice of its own for the business, not a second reading of the word.
    const naming = new WeakSet<readonly VanityPart[]>();
    for (const spelling of spellings) {
      const subscriber = newReading(spelling);
      if (!subscriber) continue;
      pool.push({ subscriber, score: spelling.score, kind: tollFreeKind(subscriber) });
      if (namesItsLine(segmentsOf(spelling))) naming.add(subscriber);
    }
    const listed = new Set<TollFreeKind>();
    const twinCost = (parts: VanityPart[]): number =>
      !naming.has(parts) && mostTwinsInOneWord(chosen.filter((other) => !naming.has(other)), parts) > 0 ? SCORING.twinPenalty : 0;
    // Scores never rise down the list, so the final sort keeps the order chosen here.
    let ceiling = Number.POSITIVE_INFINITY;
    while (candidates.length < answerLimit) {
      for (let index = pool.length - 1; index >= 0; index--) {
        const entry = pool[index];
        if (entry && chosen.some((other) => isFragmentOf(entry.subscriber, other))) pool.splice(index, 1);
      }
      const next = nextByKind(pool, listed, twinCost);
      const [entry] = next ? pool.splice(next.index, 1) : [];
      if (!next || !entry) break;
      // Repeating a listed shape moves a spelling down the list, never off it: only a twin's cost may take it
      // below the plain number, as before.
      const floor = entry.score - twinCost(entry.subscriber) >= plain ? plain : Number.NEGATIVE_INFINITY;
      ceiling = Math.min(ceiling, Math.max(next.rank, floor));
      const before = candidates.length;
      admit(entry.subscriber, ceiling);
      if (candidates.length > before) listed.add(entry.kind);
    }
  }
  for (const spelling of tollFree ? [] : spellings) {
    if (candidates.length === answerLimit) break;
    const subscriber = newReading(spelling);
    if (!subscriber) continue;
    if (chosen.some((other) => isFragmentOf(subscriber, other))) continue;
    // Options 2-3 of a person's number are close to option 1 or not offered (see alternatives.ts).
    const lead = candidates[0];
    if (lead && !isRealAlternative(lead, subscriber, spelling.score)) continue;
    // On a person's number (business lines are listed by shape above) a keypad twin is not offered: read
    // blind, a twin after option 1 (COLD after BOLD, PAT after RAT) was a second reading of the same digits,
    // not a choice, so the list is shorter instead.
    if (mostTwinsInOneWord(chosen, subscriber) === 0) admit(subscriber, spelling.score);
  }
  // A spelling that scores below the plain number (a word of negative valence: 1-404-FLU-8851) is worth
  // less than the digits it replaces: fewer options rather than that.
  const kept = candidates.filter((candidate) => candidate.score >= plain);
  // Name lines close the list, after the answers and the plain number's place when no word fits; a list
  // short of answers takes more of them (EEC-1088, FDA-1088, HUD-1088 where no word fits).
  let above = Math.min(plain, ...kept.map((candidate) => candidate.score));
  for (const line of nameLines) {
    if (kept.length === limit) break;
    // Its exchange 999 before the name reads as the web's WWW (see asWebAddress).
    const segments = segmentsOf(line);
    const parts = asWebAddress(subscriberParts(parsed, segments), parsed.nanp, segments.find((segment) => segment.word !== undefined)?.word);
    // A name line that is a piece of an answer (HILTON-7 after 1-800-HILTONS) is a near-copy, not a choice;
    // one an answer already says (NASA-411, built as an advertised phrase: see line-phrases.ts) is a copy.
    // Every candidate admitted so far, kept or not, is one of `chosen`, written with the same prefix.
    const said = formatParts([...prefix, ...parts]);
    if (candidates.some((candidate) => candidate.text === said) || chosen.some((other) => isFragmentOf(parts, other))) continue;
    const before = candidates.length;
    above = placeNameLine(above);
    admit(parts, above);
    kept.push(...candidates.slice(before));
  }
  candidates.length = 0;
  candidates.push(...kept);
  const plainParts = [...prefix, ...subscriberParts(parsed, [{ start: 0, end: parsed.subscriber.length }])];
  const plainCandidate = { text: formatParts(plainParts), score: round(plain), parts: plainParts };
  if (candidates.length < limit) candidates.push(plainCandidate);
  // Stable, so the plain number stays last.
  const ranked = byScore(candidates);
  return tollFree ? withoutNegativeLead(ranked, plainCandidate, limit) : ranked;
}

/**
 * Name lines in the order they take places (see isNameLine): whole names first, as found, and each brand cut
 * short (55-REEBO(K)) just before the first whole name with fewer letters than it keeps. Nearly every number's
 * exchange spells some initialism (AAA, EPA, FSB), while a notable brand whose first five letters close the
 * number is rare and heard as the brand; a cut brand of four letters (555-MAZD(A)) still follows a
 * four-letter whole name.
 */
function orderNameLines(lines: readonly Spelling[]): Spelling[] {
  const ordered = lines.filter((spelling) => !isCutNameLine(segmentsOf(spelling)));
  for (const spelling of lines) {
    if (ordered.includes(spelling)) continue;
    const kept = nameLetters(spelling);
    const before = ordered.findIndex((other) => !isCutNameLine(segmentsOf(other)) && nameLetters(other) < kept);
    ordered.splice(before < 0 ? ordered.length : before, 0, spelling);
  }
  return ordered;
}

/** Letters of a name line's one word. */
function nameLetters(spelling: Spelling): number {
  const named = segmentsOf(spelling).find((segment) => segment.word !== undefined);
  return named ? named.end - named.start : 0;
}

/** The digits that read as sex when heard as a group beside a word. */
const INNUENDO_DIGITS = '69';

/**
 * Offensive across splits: all letters run together (FU-2-CK), each word with the digits beside it
 * (leetspeak 5-HIT; digits alone are never judged, the plain number must stay sayable), and
 * neighbouring words read as one (HUM-PING), and innocent words in a row that read as a threat or as sex
 * (BEAT-YOU, HOT-GIRL; see offensive-phrases.ts), a word beside a group of digits that reads as sex (69), and
 * a blocked term cut short by the end of the number (JACK-AS: see endsInCutTerm).
 */
function isOffensive(parts: readonly VanityPart[]): boolean {
  let letters = '';
  let phrase = '';
  // As written (NAIL-HER, the last word cut from HERO) and as said in full.
  const written: string[] = [];
  const said: string[] = [];
  for (const [index, part] of parts.entries()) {
    if (!part.isWord) {
      phrase = '';
      continue;
    }
    written.push(part.text.toLowerCase());
    said.push((part.fullWord ?? part.text).toLowerCase());
    letters += part.text;
    phrase += part.text;
    if (phrase !== part.text && isBlockedWord(phrase)) return true;
    // A word cut short is heard whole: the whole word and the phrase run into it as said pass the same check
    // as the letters dialled (the index drops blocked words, but a phrase's words run together are not in it).
    if (part.fullWord !== undefined && (isBlockedWord(part.fullWord) || (phrase !== part.text && isBlockedWord(phrase.slice(0, -part.text.length) + part.fullWord)))) return true;
    const before = parts[index - 1];
    const after = parts[index + 1];
    const withDigits = `${before && !before.isWord ? before.text : ''}${part.text}${after && !after.isWord ? after.text : ''}`;
    if (withDigits !== part.text && containsProfanity(withDigits)) return true;
    // 69 said beside a word is the sexual innuendo everywhere (BATHE-69, 69-SPIN), whatever the word.
    if ((before && !before.isWord && before.text === INNUENDO_DIGITS) || (after && !after.isWord && after.text === INNUENDO_DIGITS)) return true;
  }
  const last = parts[parts.length - 1];
  if (last?.isWord === true && last.fullWord === undefined && endsInCutTerm(letters.toLowerCase(), last.text.length)) return true;
  return containsProfanity(letters) || readsOffensivePhrase(written) || readsOffensivePhrase(said);
}

/** The profanity lists of the local languages a country's numbers are spelled in. */
function localBlockedSets(country: string | undefined): ReadonlySet<string>[] {
  const sets: ReadonlySet<string>[] = [];
  for (const { language } of wordSourcesFor(country)) {
    const blocked = localBlockedWords(language);
    if (blocked) sets.push(blocked);
  }
  return sets;
}

/** Offensive in a local language: its words, neighbours read as one, or all letters run together (see spellsLocalProfanity). */
function isLocallyOffensive(parts: readonly VanityPart[], blockedSets: readonly ReadonlySet<string>[]): boolean {
  if (blockedSets.length === 0) return false;
  const words: string[] = [];
  const touching: boolean[] = [];
  for (const [index, part] of parts.entries()) {
    if (!part.isWord) continue;
    words.push((part.fullWord ?? part.text).toLowerCase());
    touching.push(parts[index - 1]?.isWord === true);
  }
  return blockedSets.some((blocked) => spellsLocalProfanity(words, touching, blocked));
}

/** Whether a spelling is an organisation's initialism before the noun its line is named by (CNN-INFO, AAA-HELP: see LINE_NOUNS). */
function namesItsLine(segments: readonly Segment[]): boolean {
  const [first, second, ...more] = segments.flatMap((segment) => (segment.word ? [segment.word] : []));
  return first !== undefined && second !== undefined && more.length === 0 && isInitialism(first) && isLineNoun(second);
}

/**
 * The largest number of chosen candidates that are twins of `parts` differing in one and the same word:
 * SET-MEDS and PET-ODDS are each a twin of PET-MEDS, but in different words, so they count once each.
 */
function mostTwinsInOneWord(chosen: readonly (readonly VanityPart[])[], parts: readonly VanityPart[]): number {
  const byWord = new Map<number, number>();
  let most = 0;
  for (const other of chosen) {
    const word = twinWord(other, parts);
    if (word < 0) continue;
    const count = (byWord.get(word) ?? 0) + 1;
    byWord.set(word, count);
    most = Math.max(most, count);
  }
  return most;
}

/**
 * True when every letter of `parts` is the same letter in the same place of `other` and some word of
 * `parts` is only a piece of a word of `other` (FLOWER-7 of FLOWERS, GOT-JUN-5 of GOT-JUNK): a shorter
 * reading of an option already listed, not an alternative. Dropping a whole word (273-TALK after APE-TALK)
 * is an alternative and stays.
 */
function isFragmentOf(parts: readonly VanityPart[], other: readonly VanityPart[]): boolean {
  const letters = lettersByPlace(other);
  const wordStarts = new Map<number, string>();
  let place = 0;
  for (const part of other) {
    if (part.isWord) wordStarts.set(place, part.text);
    place += part.digits.length;
  }
  let piece = false;
  place = 0;
  for (const part of parts) {
    if (part.isWord) {
      for (const [offset, letter] of [...part.text].entries()) if (letters[place + offset] !== letter) return false;
      if (wordStarts.get(place) !== part.text) piece = true;
    }
    place += part.digits.length;
  }
  return piece;
}

function lettersByPlace(parts: readonly VanityPart[]): (string | undefined)[] {
  const letters: (string | undefined)[] = [];
  for (const part of parts) {
    if (part.isWord) letters.push(...part.text);
    else for (let i = 0; i < part.digits.length; i++) letters.push(undefined);
  }
  return letters;
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
