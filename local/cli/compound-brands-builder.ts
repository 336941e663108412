import { MIN_COMPOUND_ZIPF } from '../../amplify/engine/phrase';
import { COMPOUND_BRAND_TAG, WORD_CLASS, readFrequencyField } from '../../amplify/engine/word-tags';

/** Rules for brands written as two everyday words run together (see markCompoundBrands). */
const COMPOUND_BRAND = {
  /** Letters such a brand needs: two words of three (REDBOX, NEWEGG, FITBIT). */
  minLetters: 6,
  /**
   * Letters each of its words needs: on 50,000 random toll-free numbers two-letter words split names no caller
   * hears as two words (ROOTME, WALLIS, WEREAD, FACEIT), as function words of three did (YOUFIT, VIANOR).
   */
  minPartLetters: 3,
  /** Zipf each of its words needs: one said every day, so the caller hears and spells both (see MIN_COMPOUND_ZIPF). */
  minPartZipf: MIN_COMPOUND_ZIPF,
} as const;

/**
 * The varieties of English whose callers reach a name line (see name-lines.ts): American (US), Canadian,
 * Australian and New Zealand's, and British for the rest of NANP and Australia's islands (see englishVariety).
 */
const NAME_LINE_VARIETIES = ['A', 'C', 'U', 'G'] as const;

/** Content words only: a noun, a verb or an adjective, first read so (RED, BOX, FIT; not YOU, VIA). */
const CONTENT_CLASSES = WORD_CLASS.noun | WORD_CLASS.verb | WORD_CLASS.adjective;

interface IndexField {
  /** The word as written, lower case, with its cut ("mattres+s"). */
  written: string;
  /** The frequency field, "zipf*100" then its tags. */
  field: string;
}

/**
 * The English index's lines (keyed, "digits word zipf*100tags ...") with each brand written as two everyday
 * content words run together marked so (see WORD_CLASS.compoundBrand): REDBOX, NEWEGG, FITBIT. Split once here,
 * with the whole index at hand, rather than at every toll-free number's lookup.
 */
export function markCompoundBrands(lines: readonly string[]): string[] {
  const parsed = lines.map(lineFields);
  const everyday = everydayWordsByVariety(parsed);
  return parsed.map(({ key, fields }) => {
    const marked = fields.map(({ written, field }) => (isCompoundBrand(written, field, everyday) ? `${written} ${field}${COMPOUND_BRAND_TAG}` : `${written} ${field}`));
    return [key, ...marked].join(' ');
  });
}

function lineFields(line: string): { key: string; fields: IndexField[] } {
  const [key = '', ...rest] = line.split(' ');
  const fields: IndexField[] = [];
  for (let i = 0; i + 1 < rest.length; i += 2) fields.push({ written: rest[i] ?? '', field: rest[i + 1] ?? '' });
  return { key, fields };
}

/** By variety, the whole words a caller says every day as a content word at COMPOUND_BRAND.minPartZipf or more. */
function everydayWordsByVariety(lines: readonly { fields: readonly IndexField[] }[]): Map<string, Set<string>> {
  const byVariety = new Map(NAME_LINE_VARIETIES.map((variety) => [variety as string, new Set<string>()]));
  for (const { fields } of lines) {
    for (const { written, field } of fields) {
      if (written.includes('+')) continue;
      for (const [variety, words] of byVariety) {
        const read = readFrequencyField(field, variety);
        if (read.familiarity === 'common' && (read.primary & CONTENT_CLASSES) !== 0 && read.zipf >= COMPOUND_BRAND.minPartZipf) words.add(written);
      }
    }
  }
  return byVariety;
}

/**
 * Whether a whole brand that is no trade name splits into two everyday content words, each of
 * COMPOUND_BRAND.minPartLetters or more, for the callers of every variety alike (see NAME_LINE_VARIETIES).
 * Twelve brands split for some varieties only, none where a name line could hold it: those of seven letters
 * for American callers alone (GRAYBAR, GRAYLOG), whose lines (NANP's seven digits) hold a name of six at most,
 * the others of ten letters or more (CARDCENTRE, CENTRELINK), longer than any name line.
 */
function isCompoundBrand(written: string, field: string, everyday: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  if (written.includes('+') || written.length < COMPOUND_BRAND.minLetters) return false;
  return [...everyday].every(([variety, words]) => {
    const read = readFrequencyField(field, variety);
    if (read.familiarity !== 'brand' || (read.classes & WORD_CLASS.tradeName) !== 0) return false;
    for (let split = COMPOUND_BRAND.minPartLetters; written.length - split >= COMPOUND_BRAND.minPartLetters; split++) {
      if (words.has(written.slice(0, split)) && words.has(written.slice(split))) return true;
    }
    return false;
  });
}
