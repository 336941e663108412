import { DISTRESSING_WORDS, GRIM_WORDS } from './negative-words.generated';
import { lazyWordSet } from './word-set';

/**
 * Whether an English word's main meaning is an illness, injury, death, crime, violence, addiction or bodily
 * waste (WordNet: see local/cli/wordnet-offensive.ts): NAUSEA, GANGS, CANCER. A person's own number never
 * offers one; a business's toll-free number may (1-800-4-CANCER), having chosen its words, unless it is also
 * one of grimWords.
 */
export const isDistressingWord: (word: string) => boolean = lazyWordSet(() => DISTRESSING_WORDS.split(' '));

/**
 * The English words whose main meaning is death, killing, violence or bodily waste (WordNet: see GRIM_SENSES
 * in local/cli/wordnet-offensive.ts): BLOODSHED, SLAYINGS, URINE. No line offers one, a business's included
 * (see no-line-words.ts): unlike an illness or an injury, no cause a caller dials is named by them.
 */
export function grimWords(): readonly string[] {
  return GRIM_WORDS.split(' ');
}
