import { WORD_INDEX } from './word-index.generated';
import { COUNTRY_LANGUAGES, LANGUAGE_WORDS } from './words/languages.generated';

/** A word index the search draws on, with the Zipf points its words gain or lose in this country. */
export interface WordSource {
  /** ISO 639-1 code, "en" for the English index. */
  language: string;
  index: string;
  zipfOffset: number;
}

/**
 * Zipf points an English word loses in a country that does not speak English: English service and brand
 * words appear on foreign vanity numbers (SERVICE, HOTLINE), and the English index fills numbers the
 * 10,000 local words cannot, so English stays available, but an English word must be a hundred times as
 * frequent as a local one to rank alike. Measured over 1,000 random numbers each: at 1, English words
 * alone took first place for 31 % of Berlin and 37 % of Paris numbers (more than local words in Paris);
 * at 2, 19 % and 23 %, local words alone 59 % and 51 %.
 */
export const ENGLISH_ABROAD_DISCOUNT = 2;

const ENGLISH: WordSource = { language: 'en', index: WORD_INDEX, zipfOffset: 0 };

/**
 * The word indexes for numbers of a country, first-class languages first: its official languages where
 * they have an index (all alike in multilingual countries such as CH and BE, where a number does not
 * tell which one its owner speaks), and English, first-class where it is official, else discounted.
 * NANP and countries with no indexed language use English alone.
 */
export function wordSourcesFor(country: string | undefined): readonly WordSource[] {
  const languages = country === undefined ? undefined : COUNTRY_LANGUAGES[country];
  if (!languages) return [ENGLISH];
  const sources: WordSource[] = [];
  for (const language of languages) {
    if (language === 'en') continue;
    const words = LANGUAGE_WORDS[language];
    if (words) sources.push({ language, index: words.index, zipfOffset: 0 });
  }
  sources.push({ ...ENGLISH, zipfOffset: languages.includes('en') ? 0 : -ENGLISH_ABROAD_DISCOUNT });
  return sources;
}

const blockedByLanguage = new Map<string, ReadonlySet<string>>();

/** The words a caller must never hear in `language` (folded to keypad letters), parsed on first use. */
export function localBlockedWords(language: string): ReadonlySet<string> | undefined {
  const cached = blockedByLanguage.get(language);
  if (cached) return cached;
  const words = LANGUAGE_WORDS[language];
  if (!words) return undefined;
  const blocked = new Set(words.blocked.split(' '));
  blockedByLanguage.set(language, blocked);
  return blocked;
}
