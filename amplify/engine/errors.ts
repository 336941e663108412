/** Why an input cannot be used as a phone number. */
export type InvalidPhoneNumberReason =
  | 'empty'
  | 'contains-letters'
  | 'not-a-number'
  | 'unknown-country'
  | 'too-short'
  | 'too-long'
  | 'invalid-length';

/** Thrown by generateVanityNumbers for input that is not a usable phone number. */
export class InvalidPhoneNumberError extends Error {
  /** Machine-readable reason, stable for callers that branch on it. */
  readonly reason: InvalidPhoneNumberReason;
  /** The input exactly as given. */
  readonly input: string;

  constructor(input: string, reason: InvalidPhoneNumberReason, message: string) {
    super(message);
    this.name = 'InvalidPhoneNumberError';
    this.input = input;
    this.reason = reason;
  }
}
