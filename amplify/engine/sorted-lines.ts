/**
 * Reading generated data kept as one text of sorted lines (the word index, WordNet's word pairs) without
 * splitting it: a cold start bisects to the lines a lookup needs and reads only those.
 */

/** Where the first line starting at or after `position` begins (the text's length when none does). */
function lineAtOrAfter(text: string, position: number, separator: string): number {
  if (position === 0) return 0;
  const newline = text.indexOf(separator, position - 1);
  return newline < 0 ? text.length : newline + 1;
}

/** Where the line at `start` ends: its separator, or the text's end. */
export function lineEnd(text: string, start: number, separator: string): number {
  const end = text.indexOf(separator, start);
  return end < 0 ? text.length : end;
}

/**
 * Where the first line for which `reached(start)` holds begins (the text's length when none does): the
 * lines are sorted so that it fails for every line before some line and holds from that line on.
 */
export function firstLineReaching(text: string, separator: string, reached: (start: number) => boolean): number {
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = lineAtOrAfter(text, middle, separator);
    if (start >= text.length || reached(start)) high = middle;
    else low = middle + 1;
  }
  return lineAtOrAfter(text, low, separator);
}
