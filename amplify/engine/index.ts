export { generateVanityNumbers, DEFAULT_LIMIT } from './generate';
export { explainVanityNumber } from './explain';
export { isKeypadTwin } from './keypad-twins';
export { toKeypadDigits } from './keypad';
export { callerLanguage, LOCAL_LANGUAGES } from './word-sources';
export { InvalidPhoneNumberError, type InvalidPhoneNumberReason } from './errors';
export type { VanityCandidate, VanityOptions, VanityPart, VanityResult } from './types';
