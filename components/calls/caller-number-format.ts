import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/**
 * The caller's number as people in its country write it, in international form so a supervisor
 * abroad can still dial it; anything that does not parse (e.g. "anonymous") is shown as stored.
 */
export function formatCallerNumber(callerNumber: string, country?: string | null): string {
  const parsed = parsePhoneNumberFromString(callerNumber, (country ?? undefined) as CountryCode | undefined);
  return parsed ? parsed.formatInternational() : callerNumber;
}
