import { Metadata } from 'libphonenumber-js/min';

/**
 * What parsePhoneNumberWithError, isPossible and formatInternational answer for a number written the way
 * Connect sends it (E.164: "+" and digits), computed with the library's own metadata and the same steps,
 * but with each pattern compiled once per country instead of once per call (the library builds a new
 * RegExp, Metadata and options object at every step, most of the cost of a number). Anything off the
 * common road (a national prefix after the calling code, a non-geographic calling code, an impossible
 * length, no possible lengths) answers undefined, and the library decides.
 * tests/unit/engine/parse-e164.test.ts holds the two to the same answers for every calling code.
 */
export interface E164Reading {
  callingCode: string;
  /** Undefined where no country sharing the calling code claims the number: the library leaves it out too. */
  country?: string;
  nationalNumber: string;
  /** formatInternational's text: "+44 20 7946 0958", or "+CC national" when no format fits. */
  international: string;
}

// The library's Metadata classes are typed only by what its public API needs; these are the methods
// (libphonenumber-js es6/metadata.js) the steps below call.
interface LibraryType {
  pattern(): string;
  possibleLengths(): number[] | undefined;
}
interface LibraryFormat {
  pattern(): string;
  leadingDigitsPatterns(): string[];
  internationalFormat(): string;
}
interface LibraryPlan {
  nationalNumberPattern(): string;
  possibleLengths(): number[] | undefined;
  leadingDigits(): string | undefined;
  nationalPrefixForParsing(): string | undefined;
  formats(): LibraryFormat[];
  type(name: string): LibraryType | undefined;
}
interface LibraryMetadata {
  hasCallingCode(code: string): boolean | undefined;
  getCountryCodesForCallingCode(code: string): string[] | undefined;
  selectNumberingPlan(countryOrCallingCode: string): void;
  numberingPlan: LibraryPlan;
}

const E164 = /^\+[1-9]\d{7,14}$/;
/** libphonenumber-js's MAX_LENGTH_COUNTRY_CODE. */
const MAX_CALLING_CODE_LENGTH = 3;
/** Types getNumberType tries, in its order: FIXED_LINE, then its NON_FIXED_LINE_PHONE_TYPES. */
const NUMBER_TYPES = ['FIXED_LINE', 'MOBILE', 'PREMIUM_RATE', 'TOLL_FREE', 'SHARED_COST', 'VOIP', 'PERSONAL_NUMBER', 'PAGER', 'UAN', 'VOICEMAIL'];
/** libphonenumber-js's VALID_PUNCTUATION (dashes, slashes, dots, white space, brackets, tildes), as applyInternationalSeparatorStyle replaces it. */
const PUNCTUATION = /[-\u2010-\u2015\u2212\u30FC\uFF0D\uFF0F/\uFF0E. \xA0\xAD\u200B\u2060\u3000()\uFF08\uFF09\uFF3B\uFF3D[\]~\u2053\u223C\uFF5E]+/g;

const SPACED_GROUPS = /^\d+(?: \d+)*$/;

interface CallingPlan {
  /** The countries sharing the code, in the library's order; undefined for a non-geographic code. */
  countries: readonly string[] | undefined;
  /** The national prefix pattern of the code's main country, anchored as the library anchors it. */
  nationalPrefix: RegExp | undefined;
}

interface CountryPlan {
  nationalNumber: RegExp;
  leadingDigits: RegExp | undefined;
  types: { pattern: RegExp; lengths: readonly number[] | undefined }[];
  possibleLengths: readonly number[] | undefined;
  formats: { leading: RegExp | undefined; whole: RegExp; pattern: RegExp; international: string }[];
}

let metadata: LibraryMetadata | undefined;
const callingPlans = new Map<string, CallingPlan>();
const countryPlans = new Map<string, CountryPlan>();

function library(): LibraryMetadata {
  metadata ??= new Metadata() as unknown as LibraryMetadata;
  return metadata;
}

function whole(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`);
}

function callingPlan(code: string): CallingPlan {
  let plan = callingPlans.get(code);
  if (!plan) {
    const meta = library();
    meta.selectNumberingPlan(code);
    const prefix = meta.numberingPlan.nationalPrefixForParsing();
    plan = { countries: meta.getCountryCodesForCallingCode(code), nationalPrefix: prefix ? new RegExp(`^(?:${prefix})`) : undefined };
    callingPlans.set(code, plan);
  }
  return plan;
}

/** The main country of a calling code (GB for 44, US for 1): whose plan reads a number no country claims (see readE164). */
export function mainCountryOf(callingCode: string): string | undefined {
  return callingPlan(callingCode).countries?.[0];
}

function countryPlan(country: string): CountryPlan {
  let plan = countryPlans.get(country);
  if (!plan) {
    const meta = library();
    meta.selectNumberingPlan(country);
    const numbering = meta.numberingPlan;
    const leadingDigits = numbering.leadingDigits();
    const types: CountryPlan['types'] = [];
    for (const name of NUMBER_TYPES) {
      const type = numbering.type(name);
      const pattern = type?.pattern();
      if (type && pattern) types.push({ pattern: whole(pattern), lengths: type.possibleLengths() });
    }
    plan = {
      nationalNumber: whole(numbering.nationalNumberPattern()),
      leadingDigits: leadingDigits ? new RegExp(leadingDigits) : undefined,
      types,
      possibleLengths: numbering.possibleLengths(),
      formats: numbering.formats().map((format) => {
        const leading = format.leadingDigitsPatterns();
        const last = leading[leading.length - 1];
        return { leading: last === undefined ? undefined : new RegExp(last), whole: whole(format.pattern()), pattern: new RegExp(format.pattern()), international: format.internationalFormat() };
      }),
    };
    countryPlans.set(country, plan);
  }
  return plan;
}

/** getNumberType's answer, as a yes or no: the country's general pattern and one of its types match. */
function hasNumberType(national: string, plan: CountryPlan): boolean {
  if (!plan.nationalNumber.test(national)) return false;
  return plan.types.some((type) => (type.lengths === undefined || type.lengths.includes(national.length)) && type.pattern.test(national));
}

/** getCountryByCallingCode: the only country, or the first whose leading digits or number types claim the number. */
function countryOf(national: string, countries: readonly string[]): string | undefined {
  if (countries.length === 1) return countries[0];
  for (const country of countries) {
    const plan = countryPlan(country);
    if (plan.leadingDigits) {
      if (national.search(plan.leadingDigits) === 0) return country;
    } else if (hasNumberType(national, plan)) return country;
  }
  return undefined;
}

/** checkNumberLength(...) === 'IS_POSSIBLE' against the country's possible lengths. */
function isPossibleLength(national: string, lengths: readonly number[]): boolean {
  const length = national.length;
  if (lengths[0] === length) return true;
  if ((lengths[0] ?? 0) > length || (lengths[lengths.length - 1] ?? 0) < length) return false;
  return lengths.indexOf(length, 1) >= 0;
}

/** formatInternational: the first format whose leading digits and pattern fit, its groups parted by spaces. */
function international(code: string, national: string, plan: CountryPlan): string {
  for (const format of plan.formats) {
    if (format.leading && national.search(format.leading) !== 0) continue;
    if (!format.whole.test(national)) continue;
    const groups = national.replace(format.pattern, format.international);
    // Most formats write digit groups and single spaces, which the separator style leaves as they are.
    return `+${code} ${SPACED_GROUPS.test(groups) ? groups : groups.replace(PUNCTUATION, ' ').trim()}`;
  }
  return `+${code} ${national}`;
}

/** The library's reading of an E.164 number, or undefined where the library itself must decide (see above). */
export function readE164(text: string): E164Reading | undefined {
  if (!E164.test(text)) return undefined;
  const meta = library();
  let code: string | undefined;
  for (let length = 1; length <= MAX_CALLING_CODE_LENGTH; length++) {
    const candidate = text.slice(1, 1 + length);
    if (meta.hasCallingCode(candidate)) {
      code = candidate;
      break;
    }
  }
  if (code === undefined) return undefined;
  const national = text.slice(1 + code.length);
  const calling = callingPlan(code);
  if (!calling.countries || (calling.nationalPrefix && calling.nationalPrefix.test(national))) return undefined;
  const country = countryOf(national, calling.countries);
  // A number no country claims is read, checked and formatted by the calling code's main country's plan.
  const planCountry = country ?? calling.countries[0];
  if (planCountry === undefined) return undefined;
  const plan = countryPlan(planCountry);
  if (!plan.possibleLengths || !isPossibleLength(national, plan.possibleLengths)) return undefined;
  const reading: E164Reading = { callingCode: code, nationalNumber: national, international: international(code, national, plan) };
  if (country !== undefined) reading.country = country;
  return reading;
}
