/**
 * Made-up business lines of the kinds of stop 25 (a two-letter initialism before the word its line is for, a
 * name before 911, I or U and a verb of speaking before a body's initialism, a web address WWW-<name>, 4-MY-<brand>),
 * written by the helper of stop 25 from general knowledge, not from any list of advertised numbers (see
 * local/cli/initialism-line-kinds.ts). The first of each kind were written while the rules were built
 * (`tuned`); the rest after, as a check (`fresh`). Some name a company or a brand no list the build reads
 * knows (EA, BT, DELL): those measure what the data misses.
 */
export type InitialismLineKind = 'two-letter' | 'tail-911' | 'subject-verb' | 'web' | 'for-my';

/** Each line as printed after its business prefix (country code and toll-free code), and whether it was tuned on. */
export const INITIALISM_LINES: readonly (readonly [InitialismLineKind, string, string, 'tuned' | 'fresh'])[] = [
  ['two-letter', 'HP-CARES', '1800', 'tuned'], ['two-letter', 'LG-HELPS', '1800', 'tuned'], ['two-letter', 'BP-SUPPORT', '1800', 'tuned'],
  ['two-letter', 'HP-SERVICE', '1800', 'tuned'], ['two-letter', 'GM-PARTS', '1800', 'tuned'], ['two-letter', 'LG-CARE', '611800', 'tuned'],
  ['two-letter', 'LG-CARES', '1888', 'fresh'], ['two-letter', 'BP-CARES', '1877', 'fresh'], ['two-letter', 'GM-CARES', '1866', 'fresh'],
  ['two-letter', 'UN-INFO', '64800', 'fresh'], ['two-letter', 'AA-HELP', '611800', 'fresh'], ['two-letter', 'GE-REPAIR', '1800', 'fresh'],
  ['two-letter', 'HP-PARTS', '1888', 'fresh'], ['two-letter', 'GE-SUPPORT', '1877', 'fresh'], ['two-letter', 'LG-SERVICE', '1888', 'fresh'],
  ['two-letter', 'EA-HELPS', '1866', 'fresh'], ['two-letter', 'BT-HELP', '611300', 'fresh'], ['two-letter', 'AP-HELP', '64800', 'fresh'],
  ['tail-911', 'SONY-911', '1800', 'tuned'], ['tail-911', 'FORD-911', '1888', 'tuned'], ['tail-911', 'NASA-911', '1800', 'tuned'],
  ['tail-911', 'AUDI-911', '1888', 'fresh'], ['tail-911', 'XBOX-911', '1877', 'fresh'], ['tail-911', 'USPS-911', '1800', 'fresh'],
  ['tail-911', 'FEMA-911', '1866', 'fresh'], ['tail-911', 'DELL-911', '1800', 'fresh'], ['tail-911', 'ESPN-911', '1855', 'fresh'],
  ['subject-verb', 'U-ASK-IRS', '1800', 'tuned'], ['subject-verb', 'U-ASK-FDA', '1888', 'tuned'],
  ['subject-verb', 'U-ASK-FBI', '1877', 'fresh'], ['subject-verb', 'U-ASK-EPA', '1866', 'fresh'], ['subject-verb', 'U-ASK-SBA', '1866', 'fresh'],
  ['subject-verb', 'I-ASK-CDC', '1888', 'fresh'], ['subject-verb', 'U-CALL-VA', '1800', 'fresh'],
  ['web', 'WWW-SONY', '1866', 'tuned'], ['web', 'WWW-IKEA', '1800', 'tuned'],
  ['web', 'WWW-NIKE', '1888', 'fresh'], ['web', 'WWW-FORD', '1877', 'fresh'], ['web', 'WWW-AVIS', '1800', 'fresh'],
  ['web', 'WWW-FEMA', '1866', 'fresh'], ['web', 'WWW-DELL', '1800', 'fresh'], ['web', 'WWW-HULU', '1844', 'fresh'],
  ['for-my', '4-MY-TOYOTA', '1800', 'tuned'], ['for-my', '4-MY-HONDA', '1800', 'tuned'], ['for-my', '4-MY-NIKON', '1877', 'tuned'],
  ['for-my', '4-MY-KODAK', '1800', 'tuned'], ['for-my', '4-MY-LEXUS', '1800', 'tuned'],
  ['for-my', '4-MY-SONY', '1888', 'fresh'], ['for-my', '4-MY-FORD', '1888', 'fresh'], ['for-my', '4-MY-AUDI', '1866', 'fresh'],
  ['for-my', '4-MY-MAZDA', '1877', 'fresh'], ['for-my', '4-MY-VOLVO', '1888', 'fresh'], ['for-my', '4-MY-CANON', '1866', 'fresh'],
  ['for-my', '4-MY-SUBARU', '1800', 'fresh'],
];
