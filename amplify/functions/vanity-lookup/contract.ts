/**
 * The flat STRING_MAP the function returns to Amazon Connect. The flow reads each key as
 * `$.External.<key>`; values must be strings, and the whole map under 32 KB
 * (https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html).
 */
export const RESULT_KEYS = ['status', 'count', 'vanity1', 'vanity2', 'vanity3'] as const;

export type ResultKey = (typeof RESULT_KEYS)[number];

/** OK: speak the vanity numbers. NO_NUMBER: the caller's number is withheld or unusable. ERROR: anything else. */
export type ResultStatus = 'OK' | 'NO_NUMBER' | 'ERROR';

export type VanityFlowResult = Record<ResultKey, string> & { status: ResultStatus };
