/**
 * A made-up list of toll-free lines spelling consumer brands (household products, cars, hotels, franchises,
 * insurers, services), written from general knowledge before the rules of stop 24 were built (see
 * local/cli/consumer-brand-kinds.ts): a brand of seven letters fills the number, a brand of eight loses its last
 * letter to the number's end. No brand of the advertised list (local/eval/famous-vanity-numbers.ts) is among them.
 */
export type ConsumerBrandKind = 'fill' | 'cut';

export const CONSUMER_BRAND_LINES: readonly (readonly [ConsumerBrandKind, string, string])[] = [
  ['fill', 'TYLENOL', '1800'], ['fill', 'PAMPERS', '1800'], ['fill', 'KLEENEX', '1888'], ['fill', 'HUGGIES', '1800'],
  ['fill', 'COLGATE', '1800'], ['fill', 'NABISCO', '1877'], ['fill', 'WRIGLEY', '1800'], ['fill', 'HERSHEY', '1800'],
  ['fill', 'KELLOGG', '1800'], ['fill', 'FOLGERS', '1866'], ['fill', 'HYUNDAI', '1800'], ['fill', 'PORSCHE', '1800'],
  ['fill', 'FERRARI', '1888'], ['fill', 'PONTIAC', '1800'], ['fill', 'NORELCO', '1800'], ['fill', 'RAYOVAC', '1800'],
  ['fill', 'PLAYTEX', '1800'], ['fill', 'CHARMIN', '1800'], ['fill', 'CRAYOLA', '1800'], ['fill', 'SERVPRO', '1800'],
  ['fill', 'WYNDHAM', '1877'], ['fill', 'EXPEDIA', '1866'], ['fill', 'SNAPPLE', '1800'], ['fill', 'DORITOS', '1800'],
  ['fill', 'KEEBLER', '1800'], ['fill', 'KENMORE', '1800'], ['fill', 'MEINEKE', '1800'], ['fill', 'TOSHIBA', '1800'],
  ['fill', 'METLIFE', '1800'], ['fill', 'LEXMARK', '1888'],
  ['cut', 'MARRIOTT', '1800'], ['cut', 'SHERATON', '1800'], ['cut', 'RADISSON', '1800'], ['cut', 'FAIRMONT', '1800'],
  ['cut', 'TERMINIX', '1800'], ['cut', 'DURACELL', '1800'], ['cut', 'GATORADE', '1800'], ['cut', 'HEINEKEN', '1800'],
  ['cut', 'SMIRNOFF', '1800'], ['cut', 'CHRYSLER', '1800'], ['cut', 'CADILLAC', '1800'], ['cut', 'MOTOROLA', '1800'],
  ['cut', 'NINTENDO', '1800'], ['cut', 'POLAROID', '1800'], ['cut', 'VASELINE', '1800'], ['cut', 'BENADRYL', '1800'],
  ['cut', 'CLARITIN', '1800'], ['cut', 'CITIBANK', '1800'], ['cut', 'VELVEETA', '1800'], ['cut', 'CHEERIOS', '1800'],
  ['cut', 'MAGNAVOX', '1800'], ['cut', 'GOODYEAR', '1800'], ['cut', 'MICHELIN', '1800'], ['cut', 'SAFELITE', '1800'],
  ['cut', 'HALLMARK', '1800'],
];
