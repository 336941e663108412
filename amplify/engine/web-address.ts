import type { WordEntry } from './dictionary';
import { isInitialism, isNotableBrand } from './phrase-units';
import type { VanityPart } from './types';

/** What W dials: WWW, the web's prefix, is the exchange 999 of a North American number. */
const WEB_PREFIX = { text: 'WWW', digits: '999' } as const;

/** Letters a name after WWW needs: the four last keys of a North American line (WWW-AARP, WWW-NASA). */
const WEB_NAME_LETTERS = 4;

/**
 * A name line's parts (see name-lines.ts) with its exchange 999 written WWW where the name fills the rest
 * of a North American business line (1-800-999-AARP as 1-800-WWW-AARP): a body or brand prints its line
 * as its web address, and a caller reads 999 before a name as that. The digits stay what they dial; only
 * a name line whose name (`named`) is an organisation's initialism or a notable brand is written so (see
 * isNotableBrand), never an everyday word (999-CARS) or a name one list gives (999-TECH): no one's address.
 */
export function asWebAddress(parts: readonly VanityPart[], nanp: boolean, named: WordEntry | undefined): VanityPart[] {
  const [exchange, name, ...rest] = parts;
  if (!nanp || !named || !(isInitialism(named) || isNotableBrand(named))) return [...parts];
  if (!exchange || !name || rest.length > 0 || exchange.isWord || exchange.digits !== WEB_PREFIX.digits) return [...parts];
  if (!name.isWord || name.fullWord !== undefined || name.text.length !== WEB_NAME_LETTERS) return [...parts];
  return [{ text: WEB_PREFIX.text, digits: WEB_PREFIX.digits, isWord: true }, name];
}
