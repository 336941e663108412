import { getDictionary } from '../../../amplify/engine/dictionary';
import { toKeypadDigits } from '../../../amplify/engine/keypad';
import { judgeSpelling } from '../../../amplify/engine/quality';
import type { Segment } from '../../../amplify/engine/search';

/** The segments of a subscriber number written as a caller would see it ("70-MUD-80"), words from `country`'s index. */
export function segmentsOf(spelling: string, country = 'US'): Segment[] {
  const dictionary = getDictionary(country);
  const segments: Segment[] = [];
  let start = 0;
  for (const piece of spelling.split('-')) {
    const end = start + piece.length;
    if (/^\d+$/.test(piece)) segments.push({ start, end });
    else {
      const word = dictionary.lookup(toKeypadDigits(piece)).entries.find((entry) => entry.word === piece && entry.fullWord === undefined);
      if (!word) throw new Error(`${piece} is not in the index of ${country}`);
      segments.push({ start, end, word });
    }
    start = end;
  }
  return segments;
}

/** Whether judgeSpelling accepts the spelling (see segmentsOf) as a whole subscriber number. */
export function acceptable(spelling: string, tollFree = false): boolean {
  const segments = segmentsOf(spelling);
  return judgeSpelling(segments, segments.at(-1)?.end ?? 0, tollFree).acceptable;
}
