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
