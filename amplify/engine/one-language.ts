import { getDictionary } from './dictionary';
import type { VanityPart } from './types';
import { wordSourcesFor } from './word-sources';

/**
 * One language per candidate, as a caller hears it. The search already takes all words of a candidate from
 * one index, but a local index holds English loans from its subtitles (German LOST, HOTEL, PARTY), so
 * BEI-LOST is "German" there while a Berliner hears German then English. A word is heard as English
 * where English says it ten times as often as its own language (ENGLISH_LOAN_MARGIN: LOST, HALF), and
 * in its own language otherwise (BANK, HOTEL, TAXI and ZOO stay German or Spanish words); words heard in
 * two languages do not make one candidate, unless their letters run together spell one English word
 * (SAM-SUN reads SAMSUN(G), the brand).
 */
export function mixesLanguages(parts: readonly VanityPart[], country: string | undefined): boolean {
  const sources = wordSourcesFor(country);
  if (sources.length === 1 && sources[0]?.language === 'en') return false;
  let heard: string | undefined;
  let mixed = false;
  for (const part of parts) {
    if (!part.isWord || part.text.length < 2) continue;
    const language = heardIn(part, country);
    mixed ||= heard !== undefined && language !== heard;
    heard = language;
  }
  return mixed && !spellsOneEnglishWord(parts);
}

/** Whether the words of a candidate, run together, spell one word of the English index (a brand cut short too). */
export function spellsOneEnglishWord(parts: readonly VanityPart[]): boolean {
  const words = parts.filter((part) => part.isWord);
  const letters = words.map((part) => part.text).join('');
  const digits = words.map((part) => part.digits).join('');
  return getDictionary(undefined)
    .lookup(digits)
    .entries.some((entry) => entry.word === letters);
}

/** Zipf points by which English must outdo a local index's word for a caller to hear it as English (ten times as frequent). */
export const ENGLISH_LOAN_MARGIN = 1;

/** The language a word of a candidate is heard in: its index's, unless English says it far more often. */
function heardIn(part: VanityPart, country: string | undefined): string {
  const native = getDictionary(country)
    .lookup(part.digits)
    .entries.find((entry) => entry.word === part.text && entry.language !== 'en');
  if (!native) return 'en';
  const english = getDictionary(undefined)
    .lookup(part.digits)
    .entries.find((entry) => entry.word === part.text);
  return english && english.zipf >= native.zipf + ENGLISH_LOAN_MARGIN ? 'en' : native.language;
}
