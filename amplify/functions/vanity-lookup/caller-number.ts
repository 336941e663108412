/** What the record stores for a caller whose number is withheld or absent. */
export const ANONYMOUS_CALLER = 'anonymous';

// Carriers present withheld numbers as words or as the keypad spelling of ANONYMOUS (+266 696687).
const WITHHELD_MARKERS = new Set(['anonymous', 'restricted', 'private', 'withheld', 'unavailable', 'unknown', '+266696687']);

const STORED_MAX_LENGTH = 40;

/** True when the address says the caller withheld their number rather than giving one. */
export function isWithheld(address: string | undefined): boolean {
  if (address === undefined) return true;
  const compact = address.trim().toLowerCase().replace(/[\s-]/g, '');
  return compact === '' || WITHHELD_MARKERS.has(compact);
}

/**
 * The caller number to store when it could not be parsed: what Connect sent, without control
 * characters and capped in length (it is also an index key, so never empty).
 */
export function storableCallerNumber(address: string | undefined): string {
  if (isWithheld(address) || address === undefined) return ANONYMOUS_CALLER;
  const printable = address.replace(/\p{C}/gu, '').trim().slice(0, STORED_MAX_LENGTH);
  return printable === '' ? ANONYMOUS_CALLER : printable;
}
