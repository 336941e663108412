/** Shorter letter runs ("A" in "1-800-A-PLUMBER") are not words a supervisor searches for. */
const MIN_WORD_LENGTH = 2;

/** A transaction holds at most 100 actions; no call has anywhere near this many words. */
const MAX_WORDS_PER_CALL = 60;

/** The letter runs of one vanity number, upper case: "1-800-GOT-JUNK" gives GOT and JUNK. */
function letterRuns(vanityNumber: string): string[] {
  return vanityNumber.toUpperCase().split(/[^A-Z]+/).filter((run) => run.length >= MIN_WORD_LENGTH);
}

/**
 * The words the word filter finds a call by: every letter run of its vanity numbers, and each
 * number's runs joined ("GOTJUNK"), so a pasted "got-junk" or "gotjunk" finds it too. Unique, in order.
 */
export function callWords(vanityNumbers: readonly (string | null)[]): string[] {
  const words = new Set<string>();
  for (const text of vanityNumbers) {
    if (typeof text !== 'string') continue;
    const runs = letterRuns(text);
    for (const run of runs) words.add(run);
    if (runs.length > 1) words.add(runs.join(''));
  }
  return [...words].slice(0, MAX_WORDS_PER_CALL);
}

/** What a typed word filter is looked up as: its letters, upper case ("Got-Junk" -> "GOTJUNK"); "" when it has none. */
export function wordKey(typed: string): string {
  return typed.toUpperCase().replace(/[^A-Z]/g, '');
}
