import { chooseCallerVoice, DEFAULT_LANGUAGE, type CallerVoice } from '../../voices/caller-voice';
import { SPOKEN_MAX, type ResultStatus, type SpokenVanityNumber, type VanityFlowResult } from './contract';

const letters = (spelled: string): string => spelled.split('').join('-');

/**
 * Builds Connect's STRING_MAP: every key present, unused slots empty, `count` the filled slots, and the
 * caller's language and voices (English when not given).
 */
export function toFlowResult(
  status: ResultStatus,
  numbers: readonly SpokenVanityNumber[] = [],
  voice: CallerVoice = chooseCallerVoice(DEFAULT_LANGUAGE),
): VanityFlowResult {
  const spoken = numbers.slice(0, SPOKEN_MAX);
  const slot = (index: number): SpokenVanityNumber => spoken[index] ?? { text: '', digits: '', words: '', spelled: '' };
  const [one, two, three] = [slot(0), slot(1), slot(2)];
  return {
    status,
    count: String(spoken.length),
    vanity1: one.text,
    vanity1Digits: one.digits,
    vanity1Words: one.words,
    vanity1Spelled: one.spelled,
    vanity2: two.text,
    vanity2Digits: two.digits,
    vanity2Words: two.words,
    vanity2Spelled: two.spelled,
    vanity3: three.text,
    vanity3Digits: three.digits,
    vanity3Words: three.words,
    vanity3Spelled: three.spelled,
    vanity1Letters: letters(one.spelled),
    vanity2Letters: letters(two.spelled),
    vanity3Letters: letters(three.spelled),
    language: voice.language,
    languageTag: voice.languageTag,
    voice: voice.speech.voice,
    voiceEngine: voice.speech.engine,
    spellingVoice: voice.spelling.voice,
    spellingEngine: voice.spelling.engine,
  };
}
