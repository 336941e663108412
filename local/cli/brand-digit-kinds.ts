// `npx tsx local/cli/brand-digit-kinds.ts`: a made-up list of toll-free lines of the kinds of stop 24 (digits
// before a brand, a brand and one digit or a short number, a short word before or after a brand, a word said
// twice), the brands taken from those the index holds; prints where each line ranks and the top-five and first
// share per kind. Written before the rules it measures (see docs/engine-history.md, "Stop 24: brands beside
// digits and short words"); no advertised number is among them.
import { printRanksByKind } from '../eval/made-up-lines';

type Kind = 'digits-brand' | 'brand-digits' | 'word-brand' | 'twice';

/** Each line as printed after its prefix: its letters past the seventh run past the number and are cut. */
const LINES: readonly (readonly [Kind, string, string])[] = [
  ['digits-brand', '4-TOYOTA', '1800'], ['digits-brand', '4-HILTON', '1888'], ['digits-brand', '4-COSTCO', '1800'], ['digits-brand', '4-REEBOK', '1877'],
  ['digits-brand', '2-BOEING', '1800'], ['digits-brand', '9-NIKON-1', '1866'], ['digits-brand', '77-HONDA', '1800'], ['digits-brand', '22-MAZDA', '1888'],
  ['digits-brand', '55-VOLVO', '1800'], ['digits-brand', '33-FEDEX', '1877'], ['digits-brand', '44-KODAK', '1800'], ['digits-brand', '88-ROLEX', '1866'],
  ['digits-brand', '24-GUCCI', '1800'], ['digits-brand', '66-EPSON', '1888'],
  ['brand-digits', 'TOYOTA-1', '1800'], ['brand-digits', 'HILTON-2', '1888'], ['brand-digits', 'COSTCO-4', '1800'], ['brand-digits', 'REEBOK-5', '1877'],
  ['brand-digits', 'BOEING-7', '1800'], ['brand-digits', 'NETFLIX', '1866'], ['brand-digits', 'HONDA-22', '1800'], ['brand-digits', 'MAZDA-88', '1888'],
  ['brand-digits', 'CNN-2345', '1800'], ['brand-digits', 'IBM-4000', '1888'], ['brand-digits', 'ESPN-123', '1877'], ['brand-digits', 'AARP-411', '1800'],
  ['brand-digits', 'NBC-1234', '1866'], ['brand-digits', 'AAA-5000', '1800'],
  ['word-brand', 'MY-HONDA', '1800'], ['word-brand', 'MY-TOYOTA', '1888'], ['word-brand', 'OUR-IKEA', '1800'], ['word-brand', 'OUR-AUDI', '1877'],
  ['word-brand', 'GO-FEDEX', '1800'], ['word-brand', 'GO-VOLVO', '1866'], ['word-brand', 'DRIVE-KIA-1', '1800'], ['word-brand', 'DRIVE-AUDI', '1888'],
  ['word-brand', 'USA-SONY', '1800'], ['word-brand', 'FORD-USA', '1877'], ['word-brand', 'IKEA-USA', '1800'], ['word-brand', 'AUDI-USA', '1866'],
  ['word-brand', 'NIKE-USA', '1800'], ['word-brand', 'MY-AARP-1', '1888'], ['word-brand', 'ASK-CNN-1', '1800'], ['word-brand', 'FOR-ESPN', '1877'],
  ['word-brand', 'BIG-IKEA', '1800'], ['word-brand', 'NEW-AUDI', '1866'],
  ['twice', 'HUT-HUT-1', '1800'], ['twice', 'RING-RING', '1888'], ['twice', 'GO-GO-GO-1', '1800'], ['twice', 'TOP-TOP-1', '1877'],
  ['twice', 'BYE-BYE-2', '1800'], ['twice', 'KNOCK-KNOCK', '1866'], ['twice', 'WOW-WOW-1', '1800'], ['twice', 'YUM-YUM-5', '1888'],
  // Added after the first measure, the word said on to fill the line (the kind's own reading): the lines above
  // keep a digit, which stop 24 left out (see saysTwice in phrase-units.ts).
  ['twice', 'HUT-HUT-HUT', '1800'], ['twice', 'WOW-WOW-WOW', '1888'], ['twice', 'BYE-BYE-BYE', '1877'], ['twice', 'HUT-HUT', '611300'],
  ['twice', 'WOW-WOW', '611800'], ['twice', 'RING-RING', '64800'],
];

const byKind = printRanksByKind(LINES, (_, printed) => printed.padEnd(12));
let hits = 0;
let first = 0;
for (const [kind, tally] of byKind) {
  console.log(`${kind}: ${tally.hits}/${tally.total} in the top five, ${tally.first} first`);
  hits += tally.hits;
  first += tally.first;
}
console.log(`all: ${hits}/${LINES.length} in the top five, ${first} first`);
