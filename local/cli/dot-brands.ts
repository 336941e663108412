import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Brands that own a top-level domain of their own name (stop 25): the Public Suffix List, which aws-cdk-lib
 * ships (a dev dependency the app's infrastructure already installs), writes each of ICANN's new generic
 * top-level domains with the company that registered it ("aetna : 2015-05-21 Aetna Life Insurance Company").
 * A company that applied for its own name as a domain (.aetna, .hyatt, .statefarm, .esurance) is a brand by
 * its own claim, and a large one: the application alone cost a fortune. Generic domains are run by registries
 * whose names do not start with the domain's (pizza : Binky Moon, LLC); a city's registry is a place (dubai :
 * Dubai Smart Government Department), and a word's (car : Cars Registry Limited) a word: both are left to the
 * caller (see readDotBrands). One more brand list for the index (see readIndexSources in word-index-builder.ts).
 */

/** A new generic domain's line and its registrant: "// aetna : 2015-05-21 Aetna Life Insurance Company". */
const REGISTRANT_LINE = /^\/\/ ([a-z]+) : \d{4}-\d\d-\d\d (.+)$/gm;

/**
 * The legal forms of a company that trades where English is spoken (Inc., LLC, Company, Corporation, plc,
 * Limited, Ltd.; "National Association", a US bank's), as the registrant's name ends. A registrant of another
 * form (EDEKA's e.V., Linde's Aktiengesellschaft, a GmbH, an S.A., a university: Monash) names a brand a caller
 * here rarely knows: counted, their cut stems closed random toll-free lines (1-800-487-LIND, 1-855-527-EDEK,
 * 1-833-20-MONAS).
 */
const ENGLISH_COMPANY_FORM = /\b(inc|llc|l\.l\.c|company|corporation|corp|plc|limited|ltd|national association)\.?$/i;

/** Letters a dot-brand needs: shorter domains are initialisms (IBM, KIA), which other lists already name. */
const MIN_DOT_BRAND_LETTERS = 4;

/**
 * The new generic domains (lower-case) whose registrant's name opens with the domain's letters, "The" and
 * spacing aside (statefarm : State Farm Mutual Automobile Insurance Company; hyatt : Hyatt GTLD, L.L.C.), not
 * with "dot" (london : Dot London Domains Limited, berlin : dotBERLIN GmbH), and ends in a company's legal form
 * of the English-speaking world (see ENGLISH_COMPANY_FORM).
 */
export function dotBrands(publicSuffixList: string): string[] {
  const start = publicSuffixList.indexOf('// newGTLDs');
  const names: string[] = [];
  for (const [, domain = '', registrant = ''] of publicSuffixList.slice(Math.max(start, 0)).matchAll(REGISTRANT_LINE)) {
    const letters = registrant.replace(/^the\s+/i, '').toLowerCase().replace(/[^a-z]/g, '');
    const english = ENGLISH_COMPANY_FORM.test(registrant.trim());
    if (domain.length >= MIN_DOT_BRAND_LETTERS && letters.startsWith(domain) && !letters.startsWith('dot') && english) names.push(domain);
  }
  return names.sort();
}

/**
 * The dot-brands (see dotBrands) of the installed list that are no English word (`isWord`: CRUISE, SAFETY,
 * LUXURY, the registries of a word) and no place (`isPlace`: DUBAI, KYOTO, HAMBURG, a city's registry).
 */
export function readDotBrands(isWord: (name: string) => boolean, isPlace: (name: string) => boolean): { names: string[]; source: string } {
  const require = createRequire(import.meta.url);
  const folder = require.resolve('aws-cdk-lib').split('/node_modules/aws-cdk-lib/')[0] ?? '';
  const root = join(folder, 'node_modules', 'aws-cdk-lib');
  const list = readFileSync(join(root, 'aws-certificatemanager', 'suffixes', 'public_suffix_list.dat'), 'utf8');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return { names: dotBrands(list).filter((name) => !isWord(name) && !isPlace(name)), source: `aws-cdk-lib@${version} (Public Suffix List's brand domains)` };
}
