import { findPollyVoice, type VoiceEngine } from './polly-voices';

/** A Polly voice with the engine to use it with. */
export interface VoiceSetting {
  readonly voice: string;
  readonly engine: VoiceEngine;
}

/** The voices of one language: prompts in `speech`, the spelled vanity numbers in `spelling`. */
export interface LanguageVoices {
  /** Neural where the language has a neural voice. */
  readonly speech: VoiceSetting;
  /**
   * Standard where the language has one: neural voices do not read `say-as interpret-as="characters"`
   * (https://docs.aws.amazon.com/polly/latest/dg/supportedtags.html). Neural only for languages Polly
   * speaks with no standard voice; their prompts spell with hyphenated letters instead.
   */
  readonly spelling: VoiceSetting;
  /** A national variety's voice for callers from these countries (Brazilian Portuguese, Mexican Spanish). */
  readonly byCountry?: Readonly<Record<string, Partial<Omit<LanguageVoices, 'byCountry'>>>>;
}

/** The language callers hear when theirs has no Polly voice, and the flow's fallback. */
export const DEFAULT_LANGUAGE = 'en';

const neural = (voice: string): VoiceSetting => ({ voice, engine: 'Neural' });
const standard = (voice: string): VoiceSetting => ({ voice, engine: 'Standard' });

const LATIN_AMERICA = ['AR', 'BO', 'CL', 'CO', 'CR', 'CU', 'EC', 'GT', 'HN', 'MX', 'NI', 'PA', 'PE', 'PY', 'SV', 'UY', 'VE'];

/**
 * The voice table, by ISO 639-1 language. Hungarian has no entry: Polly has no Hungarian voice, so
 * Hungarian callers are answered in English (the README says so).
 */
export const LANGUAGE_VOICES: Readonly<Record<string, LanguageVoices>> = {
  en: {
    speech: neural('Joanna'),
    spelling: standard('Joanna'),
    // Callers outside North America hear their own English: British (with the Crown dependencies), Irish,
    // Australian and New Zealand voices; Ireland and New Zealand have neural voices only, so they spell
    // with the nearest standard voice.
    byCountry: {
      ...Object.fromEntries(['GB', 'GG', 'JE', 'IM'].map((country) => [country, { speech: neural('Amy'), spelling: standard('Amy') }])),
      IE: { speech: neural('Niamh'), spelling: standard('Amy') },
      AU: { speech: neural('Olivia'), spelling: standard('Nicole') },
      NZ: { speech: neural('Aria'), spelling: standard('Nicole') },
    },
  },
  de: { speech: neural('Vicki'), spelling: standard('Vicki'), byCountry: { AT: { speech: neural('Hannah') }, CH: { speech: neural('Sabrina') } } },
  fr: { speech: neural('Lea'), spelling: standard('Lea') },
  es: {
    speech: neural('Lucia'),
    spelling: standard('Lucia'),
    byCountry: Object.fromEntries(LATIN_AMERICA.map((country) => [country, { speech: neural('Mia'), spelling: standard('Mia') }])),
  },
  it: { speech: neural('Bianca'), spelling: standard('Bianca') },
  nl: { speech: neural('Laura'), spelling: standard('Lotte'), byCountry: { BE: { speech: neural('Lisa') } } },
  pt: { speech: neural('Ines'), spelling: standard('Ines'), byCountry: { BR: { speech: neural('Camila'), spelling: standard('Camila') } } },
  sv: { speech: neural('Elin'), spelling: standard('Astrid') },
  da: { speech: neural('Sofie'), spelling: standard('Naja') },
  no: { speech: neural('Ida'), spelling: standard('Liv') },
  pl: { speech: neural('Ola'), spelling: standard('Ewa') },
  fi: { speech: neural('Suvi'), spelling: neural('Suvi') },
  cs: { speech: neural('Jitka'), spelling: neural('Jitka') },
  tr: { speech: neural('Burcu'), spelling: standard('Filiz') },
};

/** What the flow needs to speak to one caller. */
export interface CallerVoice {
  /** The language the call is answered in (ISO 639-1). */
  readonly language: string;
  /** The speech voice's language code, for SSML `<lang xml:lang>`, e.g. "es-MX". */
  readonly languageTag: string;
  readonly speech: VoiceSetting;
  readonly spelling: VoiceSetting;
}

/**
 * The voices for a caller who speaks `language` (from the engine's country rules) calling from
 * `country`: the language's own voices, a national variety's where the table has one, and English
 * where Polly has no voice for the language.
 */
export function chooseCallerVoice(language: string, country?: string): CallerVoice {
  const answered = Object.hasOwn(LANGUAGE_VOICES, language) ? language : DEFAULT_LANGUAGE;
  const voices = LANGUAGE_VOICES[answered] ?? { speech: neural('Joanna'), spelling: standard('Joanna') };
  const variety = country === undefined ? undefined : voices.byCountry?.[country];
  const speech = variety?.speech ?? voices.speech;
  const spelling = variety?.spelling ?? voices.spelling;
  const languageTag = findPollyVoice(speech.voice)?.languageCode ?? 'en-US';
  return { language: answered, languageTag, speech, spelling };
}
