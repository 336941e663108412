import { BUSINESS_LINE_PATTERNS } from './business-lines.generated';
import type { ParsedNumber } from './parse';

const compiled = new Map<string, RegExp | undefined>();

/**
 * Whether the number is a line a business chooses for its words rather than gets for its place: a
 * toll-free, premium-rate, universal-access or shared-cost number by its country's own numbering plan
 * (libphonenumber's metadata): 1-800-FLOWERS, Australia's 13-CABS and 1300-DOMINO, the UK's 0800 and 03
 * lines. There the engine offers what an advertiser would pick; on anyone else's number, only what a
 * person would be glad to hear.
 */
export function isBusinessLine(parsed: ParsedNumber): boolean {
  const country = parsed.country ?? (parsed.nanp ? 'US' : undefined);
  if (country === undefined) return false;
  let pattern = compiled.get(country);
  if (!compiled.has(country)) {
    const source = BUSINESS_LINE_PATTERNS[country];
    pattern = source === undefined ? undefined : new RegExp(`^(?:${source})$`);
    compiled.set(country, pattern);
  }
  return pattern?.test(parsed.e164.slice(1 + parsed.callingCode.length)) ?? false;
}

/**
 * Countries outside North America whose networks connect a business line once its digits are complete and
 * ignore the digits dialled after them ("overdialling"), so a business may advertise a word longer than its
 * number. Australia's ACMA describes phonewords on 13, 1300 and 1800 numbers and carriers document the
 * overdial across fixed and mobile networks (13-RACV, 1300-DOMINO(S), 1800-RESPEC(T)); Christmas Island and
 * the Cocos Islands share its plan (+61). New Zealand's helplines advertise overdialled words on 0800 and
 * 0508 (0800 LIFELINE dials 0800 543 354 and two letters more; 0508 TAUTOKO one more). Not the UK, where
 * 0800 holds numbers of six and seven digits side by side, so a letter past a six-digit number may dial a
 * longer one, nor anywhere no source shows it: there a brand cut short stays the only cut word (see
 * searchSpellings).
 */
const OVERDIAL_COUNTRIES: ReadonlySet<string> = new Set(['AU', 'CC', 'CX', 'NZ']);

/**
 * Whether a phrase may end on a word cut short (1-800-LADY-LUC(K), 1300-DOMINO(S)): on any North American
 * number, as the engine has always spelled them, and on a business line of a country whose networks ignore
 * the digits dialled past the number (see OVERDIAL_COUNTRIES). A person's number abroad never: its owner
 * did not choose it for a word, and its caller dials every letter.
 */
export function ignoresExtraDigits(parsed: ParsedNumber, businessLine = isBusinessLine(parsed)): boolean {
  if (parsed.nanp) return true;
  return businessLine && parsed.country !== undefined && OVERDIAL_COUNTRIES.has(parsed.country);
}
