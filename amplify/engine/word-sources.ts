import { englishVariety } from './word-tags';
import { WORD_INDEX } from './word-index.generated';
import { COUNTRY_LANGUAGES, LANGUAGE_WORDS } from './words/languages.generated';

/** A word index the search draws on, with the Zipf points its words gain or lose in this country. */
export interface WordSource {
  /** ISO 639-1 code, "en" for the English index. */
  language: string;
  /** The index text (see index-format.ts). */
  text(): string;
  zipfOffset: number;
  /** For English, the caller's variety (see englishVariety): which regional words count as common. */
  variety?: string;
  /**
   * For English as a second-rank language (a country that does not speak English): the country's own
   * indexed languages, in whose words an English word must also be one to stand on a person's number
   * (see english-on-local.ts).
   */
  hosts?: readonly string[];
}

/**
 * Zipf points a second-rank language's words lose: English in a country that does not speak English, and
 * the other official languages where English is official (Jersey's French, Cameroon's French). English
 * service and brand words appear on foreign vanity numbers (SERVICE, HOTLINE), and the English index fills
 * numbers the 10,000 local words cannot, so English stays available, but an English word must be a hundred
 * times as frequent as a local one to rank alike. Measured over 1,000 random numbers each: at 1, English
 * words alone took first place for 31 % of Berlin and 37 % of Paris numbers (more than local words in
 * Paris); at 2, 19 % and 23 %, local words alone 59 % and 51 %.
 */
export const SECOND_LANGUAGE_DISCOUNT = 2;

/** The index text of `language` (see index-format.ts): the English index, a local language's, or '' where it has none. */
export function indexText(language: string): string {
  return language === 'en' ? WORD_INDEX : (LANGUAGE_WORDS[language]?.words ?? '');
}

const ENGLISH: WordSource = { language: 'en', text: () => indexText('en'), zipfOffset: 0 };

// The generator runs for every number; a country's sources never change, so they are built once.
const sourcesByCountry = new Map<string | undefined, readonly WordSource[]>();

/**
 * The word indexes for numbers of a country, first-class languages first. Where English is official
 * (the UK and its Crown Dependencies, Ireland, Malta, Cameroon) vanity numbers are written in English
 * and the other official languages come second; elsewhere the official languages with an index are
 * first-class, all alike in multilingual countries such as CH and BE (a number does not tell which one
 * its owner speaks), and English comes second. NANP and countries with no indexed language use English alone.
 */
export function wordSourcesFor(country: string | undefined): readonly WordSource[] {
  let sources = sourcesByCountry.get(country);
  if (!sources) {
    sources = buildWordSources(country);
    sourcesByCountry.set(country, sources);
  }
  return sources;
}

function buildWordSources(country: string | undefined): readonly WordSource[] {
  const languages = country === undefined ? undefined : COUNTRY_LANGUAGES[country];
  const english: WordSource = { ...ENGLISH, variety: englishVariety(country) };
  if (!languages) return [english];
  const englishFirst = languages.includes('en');
  const sources: WordSource[] = englishFirst ? [english] : [];
  for (const language of languages) {
    const words = language === 'en' ? undefined : LANGUAGE_WORDS[language];
    if (words) sources.push({ language, text: () => words.words, zipfOffset: englishFirst ? -SECOND_LANGUAGE_DISCOUNT : 0 });
  }
  const hosts = sources.map((source) => source.language);
  if (!englishFirst) sources.push({ ...english, zipfOffset: -SECOND_LANGUAGE_DISCOUNT, ...(hosts.length > 0 ? { hosts } : {}) });
  return sources;
}

/** The languages with a local word index (ISO 639-1), besides English. */
export const LOCAL_LANGUAGES: readonly string[] = Object.keys(LANGUAGE_WORDS);

/**
 * The language a caller from `country` is spoken to in: the first of the languages its numbers are
 * spelled in (wordSourcesFor), so the voice and the words agree; "en" for NANP and unindexed countries.
 */
export function callerLanguage(country: string | undefined): string {
  return wordSourcesFor(country)[0]?.language ?? 'en';
}
