// nspell ships no types; the build uses only its constructor and correct().
declare module 'nspell' {
  interface Spell {
    correct(word: string): boolean;
  }
  function nspell(aff: string, dic: string): Spell;
  export default nspell;
}
