import { englishBlockedTerms } from './english-blocked-words';
import { MAINTAINED_LOCAL } from './english-blocked.generated';
import { LANGUAGE_WORDS } from './words/languages.generated';

const blockedByLanguage = new Map<string, ReadonlySet<string>>();

/**
 * The words a caller must never hear in `language` (folded to keypad letters), parsed on first use: its
 * naughty-words and distress words, and what the other maintained lists add (MAINTAINED_LOCAL).
 */
export function localBlockedWords(language: string): ReadonlySet<string> | undefined {
  if (language === 'en') return englishBlockedTerms();
  const cached = blockedByLanguage.get(language);
  if (cached) return cached;
  const words = LANGUAGE_WORDS[language];
  if (!words) return undefined;
  const blocked = new Set([...words.blocked.split(' '), ...(MAINTAINED_LOCAL[language]?.split(' ') ?? [])]);
  blockedByLanguage.set(language, blocked);
  return blocked;
}
