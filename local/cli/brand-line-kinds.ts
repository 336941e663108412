// `npx tsx local/cli/brand-line-kinds.ts`: a made-up list of 54 toll-free lines of the brand kinds of stop 22
// (a verb before a brand, a brand of two words, a brand with its number), the brands taken from the lists the
// index reads; prints where each phrase ranks and the top-five share per kind. Written before the rules it
// measures (see docs/engine-history.md, "Stop 22: brand lines"); no advertised number is among them.
import { printRanksByKind } from '../eval/made-up-lines';

type Kind = 'verb' | 'compound' | 'digit';

/** Each line as printed: its letters past the seventh run past the number and are cut. */
const LINES: readonly (readonly [Kind, string, string])[] = [
  ['verb', 'ASK-IKEA', '800'], ['verb', 'ASK-SONY', '888'], ['verb', 'ASK-AUDI', '800'], ['verb', 'ASK-LEGO', '877'],
  ['verb', 'ASK-ASUS', '866'], ['verb', 'GO-FEDEX', '800'], ['verb', 'GO-TESLA', '888'], ['verb', 'GO-HONDA', '800'],
  ['verb', 'GO-GEICO', '877'], ['verb', 'GO-NIKON', '866'], ['verb', 'GO-VOLVO', '800'], ['verb', 'CALL-KIA', '800'],
  ['verb', 'CALL-BMW', '888'], ['verb', 'CALL-DHL', '877'], ['verb', 'CALL-AVIS', '800'], ['verb', 'CALL-FORD', '866'],
  ['verb', 'FLY-QANTAS', '800'], ['verb', 'FLY-DELTA', '888'], ['verb', 'FLY-ALASKA', '800'], ['verb', 'FLY-AIRBNB', '844'],
  ['verb', 'SHOP-IKEA', '800'], ['verb', 'SHOP-LEGO', '888'], ['verb', 'VISIT-IKEA', '800'], ['verb', 'SHOP-SEARS', '877'],
  ['verb', 'BOOK-HYATT', '800'], ['verb', 'RENT-AVIS', '888'], ['verb', 'FLY-EMIRATES', '800'],
  ['compound', 'JETBLUE', '800'], ['compound', 'DROPBOX', '888'], ['compound', 'GODADDY', '866'], ['compound', 'BESTBUY', '800'],
  ['compound', 'WALMART', '877'], ['compound', 'FIREFOX', '800'], ['compound', 'REDBOX-1', '866'], ['compound', 'PAYPAL-2', '888'],
  ['compound', 'FACEBOOK', '800'], ['compound', 'PETSMART', '800'], ['compound', 'AIRBNB-4', '855'], ['compound', 'SOUTHWEST', '800'],
  ['digit', '4-MOTEL-6', '800'], ['digit', 'MOTEL-6-4', '888'], ['digit', 'SUPER-8-22', '800'], ['digit', 'TAKE-5-44', '877'],
  ['digit', 'CENTURY-21', '800'], ['digit', 'FOREVER-21', '888'], ['digit', 'MOBIL-1-99', '800'], ['digit', '7-ELEVEN', '800'],
  ['digit', '84-LUMBER', '800'], ['digit', 'MITRE-10-2', '800'], ['digit', 'FITNESS-19', '866'], ['digit', 'SEASONS-52', '877'],
  ['digit', 'WEST-49-22', '800'], ['digit', '2-SUPER-8', '800'], ['digit', 'PIZZA-73-2', '888'],
];

const byKind = printRanksByKind(
  LINES.map(([kind, printed, prefix]) => [kind, printed, `1${prefix}`] as const),
  (_, printed) => printed.padEnd(13),
);
let hits = 0;
for (const [kind, tally] of byKind) {
  console.log(`${kind}: ${tally.hits}/${tally.total} in the top five`);
  hits += tally.hits;
}
console.log(`all: ${hits}/${LINES.length}`);
