import { getDictionary } from './dictionary';
import { formatParts, prefixParts, subscriberParts } from './format';
import { parseNumber, type ParsedNumber } from './parse';
import { containsProfanity, isBlockedWord } from './profanity';
import { allDigitsScore } from './scoring';
import { searchSpellings, segmentsOf } from './search';
import type { VanityCandidate, VanityOptions, VanityPart, VanityResult } from './types';

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
  const candidates: VanityCandidate[] = [];
  const seen = new Set<string>();
  for (const spelling of searchSpellings(parsed.subscriber, getDictionary())) {
    if (candidates.length === limit) break;
    const subscriber = subscriberParts(parsed, segmentsOf(spelling));
    // Two spellings that differ only in where the hyphens fall read the same aloud.
    const key = subscriber.map((part) => part.text).join('');
    if (seen.has(key) || isOffensive(subscriber)) continue;
    seen.add(key);
    const parts = [...prefix, ...subscriber];
    candidates.push({ text: formatParts(parts), score: round(spelling.score), parts });
  }
  if (candidates.length < limit) {
    const parts = [...prefix, ...subscriberParts(parsed, [{ start: 0, end: parsed.subscriber.length }])];
    candidates.push({ text: formatParts(parts), score: round(allDigitsScore(parsed.subscriber.length)), parts });
  }
  // Stable, so the plain number stays last unless a spelling scored below it.
  return candidates.sort((a, b) => b.score - a.score);
}

/**
 * Offensive across splits: all letters run together (FU-2-CK), each word with the digits beside it
 * (leetspeak 5-HIT; digits alone are never judged, the plain number must stay sayable), and
 * neighbouring words read as one (HUM-PING).
 */
function isOffensive(parts: readonly VanityPart[]): boolean {
  let letters = '';
  let phrase = '';
  for (const [index, part] of parts.entries()) {
    if (!part.isWord) {
      phrase = '';
      continue;
    }
    letters += part.text;
    phrase += part.text;
    if (phrase !== part.text && isBlockedWord(phrase)) return true;
    const before = parts[index - 1];
    const after = parts[index + 1];
    const withDigits = `${before && !before.isWord ? before.text : ''}${part.text}${after && !after.isWord ? after.text : ''}`;
    if (withDigits !== part.text && containsProfanity(withDigits)) return true;
  }
  return containsProfanity(letters);
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
