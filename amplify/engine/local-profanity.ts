/**
 * Terms this long are blocked wherever they appear, even inside a word (ARSCH in a compound): they are
 * long enough that a real word rarely holds one by chance.
 */
export const MIN_INNER_TERM = 5;

/** Shorter terms (down to this length) are blocked inside the letters only where they cross a split (PU-TA). */
export const MIN_CROSSING_TERM = 4;

/** True when a word (lower-case a-z) is a blocked term or holds a long one. */
export function isLocallyBlocked(word: string, blocked: ReadonlySet<string>): boolean {
  if (blocked.has(word)) return true;
  for (let start = 0; start + MIN_INNER_TERM <= word.length; start++) {
    for (let end = start + MIN_INNER_TERM; end <= word.length; end++) if (blocked.has(word.slice(start, end))) return true;
  }
  return false;
}

/**
 * True when words read in order (lower-case, `runs` marking which words touch with no digits between)
 * spell a blocked term: a word itself, adjacent words read as one (SCHEI-SSE), all letters run together
 * across digits (FI-34-CK), a long term anywhere in them, or a short one across a split.
 */
export function spellsLocalProfanity(words: readonly string[], touching: readonly boolean[], blocked: ReadonlySet<string>): boolean {
  let letters = '';
  // Where each word starts in `letters`, so a term inside one word can be told from one across a split.
  const starts: number[] = [];
  for (const [index, word] of words.entries()) {
    if (isLocallyBlocked(word, blocked)) return true;
    let phrase = word;
    for (let next = index + 1; next < words.length && touching[next]; next++) {
      phrase += words[next] ?? '';
      if (blocked.has(phrase)) return true;
    }
    starts.push(letters.length);
    letters += word;
  }
  if (words.length < 2) return false;
  if (isLocallyBlocked(letters, blocked)) return true;
  for (let start = 0; start + MIN_CROSSING_TERM <= letters.length; start++) {
    for (let end = start + MIN_CROSSING_TERM; end <= Math.min(letters.length, start + MIN_INNER_TERM - 1); end++) {
      if (!blocked.has(letters.slice(start, end))) continue;
      const inOneWord = starts.some((wordStart, i) => start >= wordStart && end <= wordStart + (words[i]?.length ?? 0));
      if (!inOneWord) return true;
    }
  }
  return false;
}
