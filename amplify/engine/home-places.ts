import { heardWord } from './dictionary';
import type { Segment } from './search';
import { HOME_PLACES } from './taste-words.generated';
import { WORD_CLASS } from './word-tags';

let places: ReadonlyMap<string, ReadonlySet<string>> | undefined;

/**
 * Whether a spelling of a person's own number says, alone or after an article or a possessive, a word the
 * caller hears as a town of their own country (stop 27: HULL on a British number, FLINT on an American one;
 * see HOME_REGIONS in local/cli/taste-words-builder.ts). Read blind,
 * +44-7723-HULL-39 was junk to both readers: Hull, the city, is heard first. Elsewhere the word stands as it did.
 */
export function namesHomePlace(segments: readonly Segment[], country: string | undefined): boolean {
  if (country === undefined) return false;
  places ??= new Map(Object.entries(HOME_PLACES).map(([code, words]) => [code, new Set(words.split(' '))]));
  const home = places.get(country);
  if (!home) return false;
  const words = segments.flatMap((segment) => (segment.word ? [segment.word] : []));
  const [first, last] = words;
  const lone = words.length === 1 ? first : words.length === 2 && first && (first.classes & WORD_CLASS.determiner) !== 0 ? last : undefined;
  return lone !== undefined && lone.language === 'en' && home.has(heardWord(lone));
}
