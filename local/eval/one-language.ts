import { generateVanityNumbers } from '../../amplify/engine';
import { indexLines } from '../../amplify/engine/index-format';
import { WORD_INDEX } from '../../amplify/engine/word-index.generated';
import { wordSourcesFor } from '../../amplify/engine/word-sources';
import { LANGUAGE_WORDS } from '../../amplify/engine/words/languages.generated';

/**
 * One language per candidate, checked from outside the search: every word of a candidate must come from one
 * index of the languages its country is spelled in (BEI-LOST, German then English, fails). One-letter
 * words (A, I, O, U) are English.
 */
const indexWords = new Map<string, ReadonlySet<string>>();

function wordsOf(language: string): ReadonlySet<string> {
  let words = indexWords.get(language);
  if (!words) {
    const set = new Set<string>(language === 'en' ? ['A', 'I', 'O', 'U'] : []);
    const text = language === 'en' ? WORD_INDEX : (LANGUAGE_WORDS[language]?.words ?? '');
    // A line is "word score word score ...": every other token is a word (a cut one marked with +).
    for (const line of indexLines(text)) {
      const tokens = line.split(' ');
      for (let i = 0; i < tokens.length; i += 2) if (tokens[i]) set.add((tokens[i] ?? '').replace('+', '').toUpperCase());
    }
    words = set;
    indexWords.set(language, words);
  }
  return words;
}

/** The top-five candidates of `numbers` whose words no single language of the number's country holds. */
export function mixedLanguageCandidates(numbers: readonly string[]): string[] {
  const mixed: string[] = [];
  for (const number of numbers) {
    const result = generateVanityNumbers(number);
    const languages = wordSourcesFor(result.country).map(({ language }) => wordsOf(language));
    for (const candidate of result.candidates) {
      const words = candidate.parts.filter((part) => part.isWord).map((part) => (part.fullWord ?? part.text).toUpperCase());
      if (words.length > 1 && !languages.some((known) => words.every((word) => known.has(word)))) mixed.push(`${number}: ${candidate.text}`);
    }
  }
  return mixed;
}
