import { parsePhoneNumberWithError } from 'libphonenumber-js/min';

/**
 * What a caller dials before the national number when they call it from inside its country, for a number
 * in E.164 ("+442079460958" -> "0", "+3661..." -> "06", "" for Italy's "+39 06...", whose 0 is the number's
 * own, and for Brazil, whose national format shows none), read from the library's national format;
 * undefined when that format does not end in the national number (a carrier code or another rewrite).
 */
export function nationalPrefix(e164: string): string | undefined {
  try {
    const number = parsePhoneNumberWithError(e164);
    const national = number.formatNational().replace(/\D/g, '');
    return national.endsWith(number.nationalNumber) ? national.slice(0, national.length - number.nationalNumber.length) : undefined;
  } catch {
    return undefined;
  }
}
