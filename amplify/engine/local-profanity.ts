/**
 * Terms this long are blocked wherever they appear, even inside a word (ARSCH in a compound): they are
 * long enough that a real word rarely holds one by chance.
 */
const MIN_INNER_TERM = 5;

/** Shorter terms (down to this length) are blocked inside the letters only where they cross a split (PU-TA). */
const MIN_CROSSING_TERM = 4;

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
    /**
     * Terms (also in the set) that count only as a word or as words read as one, never as a piece across a
     * split: short rare entries, which the letters of two everyday words often hold (ALLA in CALL-ATT).
     */
    readonly wholeOnly: ReadonlySet<string> = new Set(),
  ) {
    super(terms);
  }

  /** The first `length` letters of every term at least that long (see prefixesOf). */
  prefixes(length: number): ReadonlySet<string> {
    return termPrefixes(this, length);
  }
}

function termPrefixes(terms: Iterable<string>, length: number): Set<string> {
  const prefixes = new Set<string>();
  for (const term of terms) if (term.length >= length) prefixes.add(term.slice(0, length));
  return prefixes;
}

function crossesAsTerm(piece: string, blocked: ReadonlySet<string>): boolean {
  return blocked.has(piece) && !(blocked instanceof BlockedTerms && blocked.wholeOnly.has(piece));
}

function countsInsideWords(blocked: ReadonlySet<string>): boolean {
  return !(blocked instanceof BlockedTerms) || blocked.insideWords;
}

const prefixesBySet = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/**
 * The first MIN_CROSSING_TERM letters of every term at least that long: a piece inside the letters can be
 * a term only where they start it, so most starts are passed over after one look-up instead of one per end.
 */
function prefixesOf(blocked: ReadonlySet<string>): ReadonlySet<string> {
  let prefixes = prefixesBySet.get(blocked);
  if (!prefixes) {
    prefixes = blocked instanceof BlockedTerms ? blocked.prefixes(MIN_CROSSING_TERM) : termPrefixes(blocked, MIN_CROSSING_TERM);
    prefixesBySet.set(blocked, prefixes);
  }
  return prefixes;
}

/** True when a word (lower-case a-z) is a blocked term or holds a long one. */
export function isLocallyBlocked(word: string, blocked: ReadonlySet<string>): boolean {
  if (blocked.has(word)) return true;
  if (!countsInsideWords(blocked)) return false;
  const prefixes = prefixesOf(blocked);
  for (let start = 0; start + MIN_INNER_TERM <= word.length; start++) {
    if (!prefixes.has(word.slice(start, start + MIN_CROSSING_TERM))) continue;
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
  // Where each word ends in `letters`, so only pieces across a split are looked up below.
  const ends: number[] = [];
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
    letters += word;
    ends.push(letters.length);
  }
  if (words.length < 2) return false;
  if (isLocallyBlocked(letters, blocked)) return true;
  // A piece crosses a split when it runs past the end of the word it starts in; pieces inside one word
  // are never looked up (the admission check runs on every candidate: most of its cost was those).
  const prefixes = prefixesOf(blocked);
  let word = 0;
  for (let start = 0; start + MIN_CROSSING_TERM <= letters.length; start++) {
    while ((ends[word] ?? letters.length) <= start) word++;
    if (!prefixes.has(letters.slice(start, start + MIN_CROSSING_TERM))) continue;
    const wordEnd = ends[word] ?? letters.length;
    for (let end = Math.max(start + MIN_CROSSING_TERM, wordEnd + 1); end <= letters.length; end++) {
      if (crossesAsTerm(letters.slice(start, end), blocked)) return true;
    }
  }
  return false;
}
