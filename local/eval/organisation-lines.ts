/**
 * Made-up business lines of the organisation kinds of stop 23 (a government agency's four-letter initialism, a
 * national association's, broadcaster's or charity's initialism that one source alone wrote at stop 22, a
 * web-address line WWW-<brand>) and programming terms that must stay off such lines, written from general
 * knowledge before the rules they measure (see local/cli/organisation-line-kinds.ts); no advertised number is among them.
 */
export type OrganisationLineKind = 'agency' | 'body' | 'web' | 'technical';

/**
 * Each line as printed after its business prefix (country code and toll-free code): letters past the number's
 * length are dialled into nothing and cut. A `technical` line is a programming term's: it must NOT be offered.
 */
export const ORGANISATION_LINES: readonly (readonly [OrganisationLineKind, string, string])[] = [
  ['agency', 'USCG-411', '1800'], ['agency', 'ASK-USCG', '1877'], ['agency', 'FEMA-HELP', '1800'], ['agency', 'USPS-HELP', '1888'],
  ['agency', 'NOAA-INFO', '1866'], ['agency', 'OSHA-411', '1800'], ['agency', 'USDA-INFO', '1877'], ['agency', 'RCMP-411', '1800'],
  ['agency', 'CBSA-411', '1800'], ['agency', 'USMC-411', '1800'], ['agency', 'CALL-USCIS', '1800'], ['agency', 'HMRC-123', '44800'],
  ['agency', 'NDIS-12', '611800'], ['agency', 'NZTA-12', '64800'],
  ['body', 'NPR-NEWS', '1800'], ['body', 'PBS-KIDS', '1800'], ['body', 'NRA-INFO', '1800'], ['body', 'ASPCA-11', '1888'],
  ['body', 'MADD-HELP', '1877'], ['body', 'RSPCA-1', '611300'], ['body', 'NSPCC-11', '44800'], ['body', 'RNLI-123', '44800'],
  ['body', 'CBC-NEWS', '1800'], ['body', 'SBS-123', '611800'], ['body', 'YMCA-411', '1888'], ['body', 'NAACP-11', '1800'],
  ['body', 'BBB-HELP', '1877'], ['body', 'NAMI-HELP', '1800'], ['body', 'SPCA-12', '64800'], ['body', 'AMA-INFO', '1800'],
  ['body', 'NRMA-12', '611300'], ['body', 'ASK-NPR-1', '1888'], ['body', 'CALL-PBS', '1866'],
  ['web', 'WWW-AARP', '1800'], ['web', 'WWW-IKEA', '1800'], ['web', 'WWW-USPS', '1888'], ['web', 'WWW-NASA', '1800'],
  ['web', 'WWW-ESPN', '1877'], ['web', 'WWW-SONY', '1866'], ['web', 'WWW-ANZ', '611800'],
  ['technical', 'PHP-HELP', '1800'], ['technical', 'CSS-INFO', '1888'], ['technical', 'GCC-HELP', '1877'], ['technical', 'HTML-411', '1800'],
  ['technical', 'SQL-HELP', '1866'],
];
