// The package ships no types: the one method the evaluation calls.
declare module 'popular-english-words' {
  export const words: {
    /** The `count` most frequent words of English Wikipedia, most frequent first, lower case. */
    getMostPopular(count: number): string[];
  };
}
