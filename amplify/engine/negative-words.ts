import { NEGATIVE_WORDS } from './negative-words.generated';
import { lazyWordSet } from './word-set';

/**
 * Whether a lower-case word is one AFINN-165 or VADER rates -2 or below, or kin of one (see
 * local/cli/build-negative-words.ts). One set for the ranking (see isNegative in quality.ts) and the
 * offensive pairs (U-STINK: see offensive-phrases.ts), built once.
 */
export const isNegativeWord = lazyWordSet(() => NEGATIVE_WORDS.split(' '));
