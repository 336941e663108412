/**
 * A made-up list of business lines spelling well-known consumer and service brands of the US, UK, Australia and
 * Canada (retailers, insurers, hotels, airlines, carriers, banks, food and household goods), written from
 * general knowledge before the rules of stop 25 were built (see local/cli/service-brand-kinds.ts), in the shapes
 * advertisers print: the brand filling the number, the brand before or after a digit or two, and a long brand cut
 * by the number's end. None of the brands of the stop 22 and 24 lists; a line whose brand the advertised list
 * holds is left out when measured (see serviceBrandLines).
 */
import { FAMOUS_VANITY_NUMBERS } from './famous-vanity-numbers';

export type ServiceBrandShape = 'fill' | 'brand-digits' | 'digits-brand' | 'cut';

/** Each line as printed after its prefix (country code and business code): letters past the number's length are cut. */
const LINES: readonly (readonly [ServiceBrandShape, string, string])[] = [
  // Retailers
  ['fill', 'BESTBUY', '1888'], ['brand-digits', 'KOHLS-44', '1800'], ['digits-brand', '22-MACYS', '1877'], ['brand-digits', 'SEARS-55', '1800'],
  ['digits-brand', '4-LOWES-1', '1866'], ['cut', 'WALGREENS', '1800'], ['brand-digits', 'PETCO-77', '1888'], ['fill', 'STAPLES', '1800'],
  ['digits-brand', '4-TESCO', '44800'], ['brand-digits', 'ASDA-123', '44800'], ['cut', 'SAINSBURY', '44800'], ['cut', 'HALFORDS', '44800'],
  ['cut', 'WOOLWORTHS', '611800'], ['brand-digits', 'COLES-1', '611300'], ['cut', 'BUNNINGS', '611300'], ['fill', 'TARGET', '611300'],
  ['cut', 'NORDSTROM', '1888'], ['cut', 'OFFICEMAX', '1800'],
  // Insurers and banks
  ['cut', 'ALLSTATE', '1800'], ['brand-digits', 'AETNA-22', '1888'], ['brand-digits', 'HUMANA-1', '1800'], ['cut', 'NATIONWIDE', '1877'],
  ['brand-digits', 'AVIVA-24', '44800'], ['cut', 'TRAVELERS', '1800'], ['digits-brand', '4-GEICO-1', '1866'], ['cut', 'PROGRESSIVE', '1888'],
  ['fill', 'NATWEST', '44800'], ['cut', 'BARCLAYS', '44800'], ['brand-digits', 'CHASE-88', '1800'], ['cut', 'WESTPAC', '611300'],
  // Hotels and travel
  ['brand-digits', 'HYATT-88', '1800'], ['brand-digits', 'RAMADA-1', '1888'], ['digits-brand', '4-LOEWS-22', '1800'], ['fill', 'DAYSINN', '1877'],
  ['cut', 'HAMPTONINN', '1800'], ['fill', 'JETBLUE', '1855'], ['fill', 'WESTJET', '1888'], ['fill', 'RYANAIR', '44800'],
  ['fill', 'QANTAS', '611300'], ['brand-digits', 'HERTZ-11', '1800'], ['digits-brand', '44-AVIS-12', '1877'], ['cut', 'TRAVELOCITY', '1888'],
  ['cut', 'PRICELINE', '1800'],
  // Carriers
  ['fill', 'VERIZON', '1800'], ['fill', 'COMCAST', '1866'], ['fill', 'XFINITY', '1800'], ['brand-digits', 'SPRINT-4', '1888'],
  ['cut', 'TELSTRA', '611300'], ['brand-digits', 'OPTUS-1', '611300'], ['cut', 'VODAFONE', '44800'], ['brand-digits', 'ROGERS-1', '1888'],
  ['brand-digits', 'TELUS-22', '1866'],
  // Food and drink
  ['brand-digits', 'PEPSI-12', '1800'], ['brand-digits', 'HEINZ-57', '1800'], ['digits-brand', '44-KRAFT', '1877'], ['brand-digits', 'NESTLE-1', '1800'],
  ['fill', 'DOMINOS', '1888'], ['cut', 'PIZZAHUT', '1800'], ['brand-digits', 'WENDYS-1', '1866'], ['digits-brand', '4-DUNKIN', '1800'],
  ['cut', 'STARBUCKS', '1800'], ['brand-digits', 'GODIVA-1', '1888'], ['cut', 'PILLSBURY', '1800'], ['brand-digits', 'DANNON-2', '1877'],
  // Household goods and cars
  ['brand-digits', 'CLOROX-1', '1800'], ['brand-digits', 'LYSOL-22', '1888'], ['fill', 'FEBREZE', '1800'], ['brand-digits', 'HOOVER-1', '1800'],
  ['digits-brand', '44-DYSON', '1800'], ['cut', 'WHIRLPOOL', '1866'], ['brand-digits', 'BISSELL-4', '1800'], ['cut', 'ENERGIZER', '1888'],
  ['brand-digits', 'BUICK-44', '1800'], ['digits-brand', '77-LEXUS', '1866'], ['brand-digits', 'ACURA-22', '1888'], ['brand-digits', 'SUBARU-1', '1800'],
];

/** Whether the advertised list holds the brand (the measure keeps to brands never tuned on). */
function advertised(printed: string): boolean {
  const letters = printed.replace(/[^A-Z]/g, '');
  return FAMOUS_VANITY_NUMBERS.some(({ brand }) => brand.includes(letters.slice(0, 6)) || letters.includes(brand));
}

/** The lines whose brand the advertised list does not hold. */
export const SERVICE_BRAND_LINES: readonly (readonly [ServiceBrandShape, string, string])[] = LINES.filter(([, printed]) => !advertised(printed));
