import type { ParsedNumber } from './parse';
import type { Segment } from './search';
import type { VanityPart } from './types';

/** The parts kept as digits before the subscriber number: "1", "800" for NANP; "+44", "20" elsewhere. */
export function prefixParts(parsed: ParsedNumber): VanityPart[] {
  const code = parsed.nanp ? parsed.callingCode : `+${parsed.callingCode}`;
  return [
    { text: code, digits: parsed.callingCode, isWord: false },
    ...parsed.prefixGroups.map((group) => ({ text: group, digits: group, isWord: false })),
  ];
}

/**
 * The subscriber number's parts: words upper-case, kept digits split where the country groups them
 * (so nothing fits in 5550100 still reads 555-0100).
 */
export function subscriberParts(parsed: ParsedNumber, segments: readonly Segment[]): VanityPart[] {
  const boundaries = groupBoundaries(parsed.subscriberGroupLengths);
  const parts: VanityPart[] = [];
  for (const { start, end, word } of segments) {
    const digits = parsed.subscriber.slice(start, end);
    if (word) {
      parts.push(word.fullWord === undefined ? { text: word.word, digits, isWord: true } : { text: word.word, digits, isWord: true, fullWord: word.fullWord });
      continue;
    }
    let from = start;
    for (const boundary of boundaries) {
      if (boundary > from && boundary < end) {
        const run = parsed.subscriber.slice(from, boundary);
        parts.push({ text: run, digits: run, isWord: false });
        from = boundary;
      }
    }
    const run = parsed.subscriber.slice(from, end);
    parts.push({ text: run, digits: run, isWord: false });
  }
  return parts;
}

function groupBoundaries(lengths: readonly number[]): number[] {
  const boundaries: number[] = [];
  let position = 0;
  for (const length of lengths) {
    position += length;
    boundaries.push(position);
  }
  return boundaries;
}

/** Writes parts the way the product shows them: joined by hyphens, e.g. "1-800-GOT-JUNK". */
export function formatParts(parts: readonly VanityPart[]): string {
  return parts.map((part) => part.text).join('-');
}
