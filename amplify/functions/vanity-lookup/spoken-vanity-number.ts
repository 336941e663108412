import type { VanityCandidate } from '../../engine';
import type { SpokenVanityNumber } from './contract';

const UNSAFE = /[^A-Za-z0-9]/g;

/**
 * Splits a ranked candidate into what the flow speaks: the dialled prefix as digits, then the
 * words, then everything after the prefix spelled. Returns undefined for a candidate without any word,
 * which would only read the caller's own digits back.
 */
export function toSpokenVanityNumber(candidate: VanityCandidate): SpokenVanityNumber | undefined {
  const firstWord = candidate.parts.findIndex((part) => part.isWord);
  if (firstWord === -1) return undefined;
  const prefix = candidate.parts.slice(0, firstWord);
  const rest = candidate.parts.slice(firstWord);
  const clean = (text: string) => text.replace(UNSAFE, '');
  return {
    text: candidate.text.replace(/[^A-Za-z0-9_-]/g, ''),
    digits: prefix.map((part) => clean(part.text)).join(''),
    // Only the words, said whole (MATTRESS for a cut MATTRES); digits between or after them, and the
    // letters actually dialled, are heard in the spelling, one by one.
    words: rest.filter((part) => part.isWord).map((part) => clean(part.fullWord ?? part.text).toLowerCase()).join('-'),
    spelled: rest.map((part) => clean(part.text)).join('').toUpperCase(),
  };
}
