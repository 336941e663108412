/**
 * Terms this long are blocked wherever they appear, even inside a word (ARSCH in a compound): they are
 * long enough that a real word rarely holds one by chance.
 */
export const MIN_INNER_TERM = 5;

/** Shorter terms (down to this length) are blocked inside the letters only where they cross a split (PU-TA). */
export const MIN_CROSSING_TERM = 4;

/**
 * A list of blocked terms (lower-case a-z) that knows whether its long terms count inside a word. Languages
 * that compound words (German ARSCHLOCH, Dutch KANKERLIJER) need them to; English does not, and there they
 * would block BASEMENT (semen) and TWINKLE (twink): its words are judged whole, and across splits.
 * A plain Set counts them inside words.
 */
export class BlockedTerms extends Set<string> {
  constructor(
    terms: Iterable<string>,
    readonly insideWords: boolean,
  ) {
    super(terms);
  }
}

function countsInsideWords(blocked: ReadonlySet<string>): boolean {
  return !(blocked instanceof BlockedTerms) || blocked.insideWords;
}

/** True when a word (lower-case a-z) is a blocked term or holds a long one. */
export function isLocallyBlocked(word: string, blocked: ReadonlySet<string>): boolean {
  if (blocked.has(word)) return true;
  if (!countsInsideWords(blocked)) return false;
  for (let start = 0; start + MIN_INNER_TERM <= word.length; start++) {
    for (let end = start + MIN_INNER_TERM; end <= word.length; end++) if (blocked.has(word.slice(start, end))) return true;
  }
  return false;
}

/**
 * True when words read in order (lower-case, `touching` marking which words touch the one before with no
 * digits between) spell a blocked term: a word itself, words next to each other read as one with or without
 * digits between them (SCHEI-SSE, SE-2-X), all letters run together (FI-34-CK), a long term inside the
 * letters where the list counts terms inside words, or any term of four letters or more across a split
 * between words (PHAT-ITS, RICH-ELL).
 */
export function spellsLocalProfanity(words: readonly string[], touching: readonly boolean[], blocked: ReadonlySet<string>): boolean {
  let letters = '';
  // Where each word starts in `letters`, so a term inside one word can be told from one across a split.
  const starts: number[] = [];
  for (const [index, word] of words.entries()) {
    if (isLocallyBlocked(word, blocked)) return true;
    let run = word;
    let joined = true;
    for (let next = index + 1; next < words.length; next++) {
      run += words[next] ?? '';
      joined &&= touching[next] === true;
      // Words that touch read as one word, compounds included; with digits between, only as the term itself.
      if (joined ? isLocallyBlocked(run, blocked) : blocked.has(run)) return true;
    }
    starts.push(letters.length);
    letters += word;
  }
  if (words.length < 2) return false;
  if (isLocallyBlocked(letters, blocked)) return true;
  for (let start = 0; start + MIN_CROSSING_TERM <= letters.length; start++) {
    for (let end = start + MIN_CROSSING_TERM; end <= letters.length; end++) {
      if (!blocked.has(letters.slice(start, end))) continue;
      const inOneWord = starts.some((wordStart, i) => start >= wordStart && end <= wordStart + (words[i]?.length ?? 0));
      if (!inOneWord) return true;
    }
  }
  return false;
}
