/**
 * The flat STRING_MAP the function returns to Amazon Connect. The flow reads each key as
 * `$.External.<key>`; values must be strings, and the whole map under 32 KB
 * (https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html).
 * Every value is limited to letters, digits, space, hyphen and underscore: the admin guide's safe set
 * ([A-Za-z0-9_-]) plus the space between the words said (`vanityNWords`: "kars 4 kids"). None of them is
 * markup in SSML, so the flow builds the SSML around them and no value can break it.
 */
export const RESULT_KEYS = [
  'status',
  'count',
  'vanity1',
  'vanity1Digits',
  'vanity1Words',
  'vanity1Spelled',
  'vanity2',
  'vanity2Digits',
  'vanity2Words',
  'vanity2Spelled',
  'vanity3',
  'vanity3Digits',
  'vanity3Words',
  'vanity3Spelled',
  'vanity1Letters',
  'vanity2Letters',
  'vanity3Letters',
  'language',
  'languageTag',
  'voice',
  'voiceEngine',
  'spellingVoice',
  'spellingEngine',
] as const;

/** One key of the flow result. */
export type ResultKey = (typeof RESULT_KEYS)[number];

/**
 * OK: speak the vanity numbers. NO_WORDS: the number is fine but no word fits it well enough to offer (most numbers).
 * NO_NUMBER: the caller's number is withheld or unusable. ERROR: anything else.
 */
export const RESULT_STATUSES = ['OK', 'NO_WORDS', 'NO_NUMBER', 'ERROR'] as const;

export type ResultStatus = (typeof RESULT_STATUSES)[number];

/** How many vanity numbers the flow speaks; the record keeps up to RECORDED_MAX. */
export const SPOKEN_MAX = 3;

/** How many ranked vanity numbers are saved with the call. */
export const RECORDED_MAX = 5;

/**
 * How one vanity number is spoken: `digits` (the prefix before the first word, read digit by
 * digit, as dialled at home), `words` (the words read as words, with any digits between or after them one by one), `spelled` (everything after the prefix, character by
 * character). "1-800-GOT-JUNK" gives 1800 / got-junk / GOTJUNK; "+44-20-SWIM-0000" gives
 * 020 / swim 0 0 0 0 / SWIM0000.
 */
export interface SpokenVanityNumber {
  text: string;
  digits: string;
  words: string;
  spelled: string;
}

/**
 * The map Connect receives; `count` is how many of vanity1..3 are filled ("0" to "3"). `vanityNLetters`
 * is `vanityNSpelled` with hyphens between the characters, for voices that cannot spell with say-as.
 * `language` picks the flow's prompts; `voice`/`voiceEngine` speak them and
 * `spellingVoice`/`spellingEngine` the vanity numbers; `languageTag` is the voice's SSML language.
 */
export type VanityFlowResult = Record<ResultKey, string> & { status: ResultStatus };

/** Characters every result value is limited to (see the top of this file). */
export const SAFE_VALUE = /^[A-Za-z0-9 _-]*$/;
