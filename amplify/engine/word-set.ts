/**
 * A membership test over a word list, the set built on its first use: the engine's generated lists are plain
 * strings, and a cold start (the Lambda's) pays only for the lists the first numbers reach.
 */
export function lazyWordSet(words: () => Iterable<string>): (word: string) => boolean {
  let set: ReadonlySet<string> | undefined;
  return (word) => (set ??= new Set(words())).has(word);
}
