/**
 * Real vanity numbers that companies and services advertise, as examples of what good output looks like.
 * Each `number` was checked by reading `vanity` back through the keypad (tests enforce it); `brand` is the
 * letter sequence a hit must contain (hyphens ignored). Where the advertised word is longer than the
 * number (1-800-MATTRESS dials 628-8737 and drops the last S), `brand` is what fits in seven digits.
 */
export interface FamousVanityNumber {
  vanity: string;
  number: string;
  brand: string;
}

/** Documented vanity numbers of US businesses and services, used to measure ranking quality. */
export const FAMOUS_VANITY_NUMBERS: readonly FamousVanityNumber[] = [
  { vanity: '1-800-FLOWERS', number: '+18003569377', brand: 'FLOWERS' },
  { vanity: '1-800-GOT-JUNK', number: '+18004685865', brand: 'GOTJUNK' },
  { vanity: '1-800-CONTACT(S)', number: '+18002668228', brand: 'CONTACT' },
  { vanity: '1-800-PETMEDS', number: '+18007386337', brand: 'PETMEDS' },
  { vanity: '1-800-DENTIST', number: '+18003368478', brand: 'DENTIST' },
  { vanity: '1-800-MATTRES(S)', number: '+18006288737', brand: 'MATTRES' },
  { vanity: '1-800-COLLECT', number: '+18002655328', brand: 'COLLECT' },
  { vanity: '1-800-PAINTER', number: '+18007246837', brand: 'PAINTER' },
  { vanity: '1-800-HOLIDAY', number: '+18004654329', brand: 'HOLIDAY' },
  { vanity: '1-800-GO-FEDEX', number: '+18004633339', brand: 'FEDEX' },
  { vanity: '1-877-KARS-4-KI(DS)', number: '+18775277454', brand: 'KARS' },
  { vanity: '1-800-94-HIPPO', number: '+18009444776', brand: 'HIPPO' },
  { vanity: '1-800-273-TALK', number: '+18002738255', brand: 'TALK' },
  { vanity: '1-800-QUIT-NOW', number: '+18007848669', brand: 'QUITNOW' },
  { vanity: '1-800-RED-CROS(S)', number: '+18007332767', brand: 'REDCROS' },
  { vanity: '1-800-PICK-UPS', number: '+18007425877', brand: 'PICKUPS' },
  { vanity: '1-800-THRIFTY', number: '+18008474389', brand: 'THRIFTY' },
  { vanity: '1-800-GOODYEA(R)', number: '+18004663932', brand: 'GOODYEA' },
  { vanity: '1-800-CALL-ATT', number: '+18002255288', brand: 'CALLATT' },
  { vanity: '1-800-ASK-GARY', number: '+18002754279', brand: 'ASKGARY' },
  { vanity: '1-800-PLUMBER', number: '+18007586237', brand: 'PLUMBER' },
  { vanity: '1-800-GO-U-HAUL', number: '+18004684285', brand: 'UHAUL' },
  { vanity: '1-800-MY-APPLE', number: '+18006927753', brand: 'MYAPPLE' },
  { vanity: '1-800-DOCTORS', number: '+18003628677', brand: 'DOCTORS' },
  { vanity: '1-800-USA-RAIL', number: '+18008727245', brand: 'USARAIL' },
  { vanity: '1-800-HILTONS', number: '+18004458667', brand: 'HILTONS' },
  { vanity: '1-800-SAMSUNG', number: '+18007267864', brand: 'SAMSUNG' },
  { vanity: '1-800-DIRECTV', number: '+18003473288', brand: 'DIRECTV' },
  { vanity: '1-800-LAWYERS', number: '+18005299377', brand: 'LAWYERS' },
];

/**
 * Everyday business phrases spelled into 1-800 numbers, made up for a second check of the ranking: each is
 * a phrase a business might choose, not one advertised. A hit has the phrase's letters in the top five.
 */
export const BUSINESS_PHRASES: readonly string[] = [
  'GO-GREEN', 'TAX-HELP', 'BEST-BUY', 'JUNK-CAR', 'PET-CARE', 'PAY-LESS', 'MY-HOUSE', 'CAR-WASH', 'FIX-ROOF',
  'BUY-GOLD', 'NEW-HOME', 'CALL-NOW', 'GET-HELP', 'HOT-TUBS', 'LAW-FIRM', 'BIG-SALE', 'SELL-CAR', 'HOME-FIX',
  'DRY-WALL', 'FLY-HOME', 'EAT-WELL', 'GET-CASH', 'BUY-TIRE', 'SAVE-NOW', 'CLEAN-UP', 'MOVE-OUT', 'PAINTED',
  'LOCKOUT', 'ROOFING', 'GO-SOLAR', 'BAIL-OUT', 'DOG-WASH', 'FAST-CAR',
];
