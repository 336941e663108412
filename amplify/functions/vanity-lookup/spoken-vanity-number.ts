import type { VanityCandidate } from '../../engine';
import type { SpokenVanityNumber } from './contract';
import { nationalPrefix } from './national-prefix';

const UNSAFE = /[^A-Za-z0-9]/g;

function clean(text: string): string {
  return text.replace(UNSAFE, '');
}

/**
 * Splits a ranked candidate into what the flow speaks: the dialled prefix as digits, then the
 * words, then everything after the prefix spelled. Returns undefined for a candidate without any word,
 * which would only read the caller's own digits back.
 * The prefix is said as the caller dials it at home: a number written with its calling code (+44-20-SWIM-0000)
 * is their own, so they hear "0 2 0", not "4 4 2 0", which dials nothing without the plus the voice
 * cannot say. North American numbers are written 1-800 already, as they are dialled.
 */
export function toSpokenVanityNumber(candidate: VanityCandidate): SpokenVanityNumber | undefined {
  const firstWord = candidate.parts.findIndex((part) => part.isWord);
  if (firstWord === -1) return undefined;
  const prefix = candidate.parts.slice(0, firstWord);
  const rest = candidate.parts.slice(firstWord);
  return {
    text: candidate.text.replace(/[^A-Za-z0-9_-]/g, ''),
    digits: dialledPrefix(candidate.parts, prefix),
    // The words said whole (MATTRESS for a cut MATTRES), with the digits between and after them in their
    // place, one by one: a caller who hears "roost" alone for ROOST-25 would dial too few digits.
    words: spokenWords(rest),
    spelled: rest.map((part) => clean(part.text)).join('').toUpperCase(),
  };
}

/** The prefix's digits with a leading calling code ("+44") replaced by the national prefix ("0"). */
function dialledPrefix(parts: readonly VanityCandidate['parts'][number][], prefix: readonly VanityCandidate['parts'][number][]): string {
  const digits = prefix.map((part) => clean(part.text)).join('');
  const [code, ...rest] = prefix;
  if (code === undefined || !code.text.startsWith('+')) return digits;
  const national = nationalPrefix(`+${parts.map((part) => part.digits).join('')}`);
  return national === undefined ? digits : national + rest.map((part) => clean(part.text)).join('');
}

/** "kars 4 kids" for KARS-4-KI(DS), "got-junk" for GOT-JUNK, "hurt 9 1 1" for HURT-911. */
function spokenWords(parts: readonly VanityCandidate['parts'][number][]): string {
  let said = '';
  let lastWasWord = false;
  for (const part of parts) {
    const text = part.isWord ? clean(part.fullWord ?? part.text).toLowerCase() : [...clean(part.text)].join(' ');
    if (text === '') continue;
    said += said === '' ? text : part.isWord && lastWasWord ? `-${text}` : ` ${text}`;
    lastWasWord = part.isWord;
  }
  return said;
}
