import { foldToKeypadLetters } from './language-index-builder';

/**
 * A Hunspell dictionary read as what it says about each word's form: whether the word is one of its stems
 * (a .dic line), or which stem and which suffix flag generate it. nspell answers only "correct or not"; the
 * build needs to know how a word is made (see conjugatedForms in local-lemmas-builder.ts). Only what that needs is
 * read: suffix rules (with one level of continuation, as Hunspell's twofold suffixes), prefix rules alone,
 * flag syntaxes (single letter, UTF-8, long, num), NEEDAFFIX, ONLYINCOMPOUND and FORBIDDENWORD.
 */
export interface AffixRule {
  flag: string;
  strip: string;
  add: string;
  /** The flags the affixed form carries on (a twofold suffix). */
  continuation: readonly string[];
  condition: RegExp;
}

export interface Affixes {
  suffixes: ReadonlyMap<string, readonly AffixRule[]>;
  prefixes: ReadonlyMap<string, readonly AffixRule[]>;
  needAffix?: string;
  onlyInCompound?: string;
  forbidden?: string;
  parseFlags(text: string): string[];
}

/** One way a word is made: its stem (as the .dic writes it) and the suffix flags applied, in order (none: the stem itself). */
export interface Derivation {
  stem: string;
  /**
   * The suffix flags applied (one, or two for a twofold suffix); a prefix flag is written with a leading '<', and
   * a '-' marks what a suffix rule leaves of the stem before its ending (legen -> leg), not a form the rule makes.
   */
  path: readonly string[];
  /** The ending the last suffix rule adds ('' for the stem itself). */
  ending: string;
}

const PLAIN = /^[a-z]+$/;

const foldedChars = new Map<string, string | null>();

/** foldToKeypadLetters a letter at a time, each letter's fold kept: the build folds millions of generated forms. */
function fold(word: string): string | undefined {
  let folded = '';
  for (const char of word) {
    let letters = foldedChars.get(char);
    if (letters === undefined) {
      letters = foldToKeypadLetters(char) ?? null;
      foldedChars.set(char, letters);
    }
    if (letters === null) return undefined;
    folded += letters;
  }
  return folded;
}

function flagParser(kind: string | undefined): (text: string) => string[] {
  if (kind === 'long') return (text) => text.match(/../gu) ?? [];
  if (kind === 'num') return (text) => text.split(',').map((flag) => flag.trim()).filter(Boolean);
  return (text) => [...text];
}

/** A Hunspell condition ("[^aeiou]y", ".", "[ei]r") as a RegExp anchored at the word's end (suffix) or start (prefix). */
function conditionRegExp(condition: string, suffix: boolean): RegExp {
  if (condition === '.' || condition === '') return /(?:)/u;
  const escaped = condition.replace(/[\\$()*+?{}|]/g, '\\$&');
  return new RegExp(suffix ? `${escaped}$` : `^${escaped}`, 'u');
}

export function parseAffixes(aff: string): Affixes {
  const lines = aff.split('\n').map((line) => line.replace(/\r$/, ''));
  const option = (name: string): string | undefined => lines.find((line) => line.startsWith(`${name} `))?.split(/\s+/)[1];
  const parseFlags = flagParser(option('FLAG'));
  const suffixes = new Map<string, AffixRule[]>();
  const prefixes = new Map<string, AffixRule[]>();
  const headers = new Set<string>();
  for (const line of lines) {
    const fields = line.trim().split(/\s+/);
    const [kind, flag, strip, addField, condition] = fields;
    if ((kind !== 'SFX' && kind !== 'PFX') || flag === undefined || strip === undefined || addField === undefined) continue;
    // The first line of a flag's block is its header: "SFX A Y 46".
    if (!headers.has(`${kind} ${flag}`)) {
      headers.add(`${kind} ${flag}`);
      continue;
    }
    const [add = '', continuation = ''] = addField.split('/');
    const rule: AffixRule = {
      flag,
      strip: strip === '0' ? '' : strip,
      add: add === '0' ? '' : add,
      continuation: continuation === '' ? [] : parseFlags(continuation),
      condition: conditionRegExp(condition ?? '.', kind === 'SFX'),
    };
    const map = kind === 'SFX' ? suffixes : prefixes;
    map.set(flag, [...(map.get(flag) ?? []), rule]);
  }
  return { suffixes, prefixes, needAffix: option('NEEDAFFIX'), onlyInCompound: option('ONLYINCOMPOUND'), forbidden: option('FORBIDDENWORD'), parseFlags };
}

/** A .dic line's stem and flags ("legen/DIVXYW", "a/9,10,219" for num flags; morphological fields after a tab ignored). */
export function parseDicLine(line: string, affixes: Pick<Affixes, 'parseFlags'>): { stem: string; flags: string[] } | undefined {
  const entry = line.split('\t')[0]?.trim() ?? '';
  if (entry === '' || entry.startsWith('#')) return undefined;
  const slash = entry.search(/(?<!\\)\//);
  const stem = (slash < 0 ? entry : entry.slice(0, slash)).replace(/\\\//g, '/');
  return { stem, flags: slash < 0 ? [] : affixes.parseFlags(entry.slice(slash + 1)) };
}

/** A suffix rule applied to a word: undefined when its condition or the letters it strips do not fit. */
export function applySuffix(word: string, rule: AffixRule): string | undefined {
  if (!rule.condition.test(word) || !word.endsWith(rule.strip)) return undefined;
  return word.slice(0, word.length - rule.strip.length) + rule.add;
}

function applyPrefix(word: string, rule: AffixRule): string | undefined {
  if (!rule.condition.test(word) || !word.startsWith(rule.strip)) return undefined;
  return rule.add + word.slice(rule.strip.length);
}

/**
 * How each asked word (folded keypad letters) is made by the dictionary: every derivation found, the stem
 * itself with an empty path. Words the dictionary does not spell are absent. Only stems that share their
 * first `beginning` folded letters with an asked word are expanded (a suffix may strip letters, never many).
 */
export function derivations(aff: string, dic: string, asked: ReadonlySet<string>, beginning = 3, affixes = parseAffixes(aff)): Map<string, Derivation[]> {
  const beginnings = new Set([...asked].map((word) => word.slice(0, beginning)));
  const longest = Math.max(0, ...[...asked].map((word) => word.length));
  const found = new Map<string, Derivation[]>();
  const seen = new Set<string>();
  const record = (form: string, derivation: Derivation): void => {
    if (form.length > longest + 1) return;
    const folded = PLAIN.test(form) ? form : fold(form);
    if (folded === undefined || !asked.has(folded)) return;
    // Several rules of a flag may make one form (a base, most often): one derivation is enough.
    const key = `${folded} ${derivation.stem} ${derivation.path.join('+')} ${derivation.ending}`;
    if (seen.has(key)) return;
    seen.add(key);
    const list = found.get(folded);
    if (list) list.push(derivation);
    else found.set(folded, [derivation]);
  };
  for (const line of dic.split('\n').slice(1)) {
    const parsed = parseDicLine(line, affixes);
    if (parsed === undefined) continue;
    const { stem, flags } = parsed;
    const folded = foldToKeypadLetters(stem);
    if (folded === undefined || !beginnings.has(folded.slice(0, beginning))) continue;
    if (affixes.forbidden !== undefined && flags.includes(affixes.forbidden)) continue;
    const bare = (affixes.needAffix !== undefined && flags.includes(affixes.needAffix)) || (affixes.onlyInCompound !== undefined && flags.includes(affixes.onlyInCompound));
    if (!bare) record(stem, { stem, path: [], ending: '' });
    for (const flag of flags) {
      for (const rule of affixes.suffixes.get(flag) ?? []) {
        const form = applySuffix(stem, rule);
        if (form === undefined) continue;
        // What the rule leaves of the stem before its ending (German sorgen -> sorg): a verb's bare stem, which
        // subtitles write as an imperative (SORG, BEEIL) though the dictionary does not spell it.
        if (rule.strip !== '') record(stem.slice(0, stem.length - rule.strip.length), { stem, path: [`-${flag}`], ending: '' });
        const needsMore = affixes.needAffix !== undefined && rule.continuation.includes(affixes.needAffix);
        if (!needsMore) record(form, { stem, path: [flag], ending: rule.add });
        for (const next of rule.continuation) {
          for (const second of affixes.suffixes.get(next) ?? []) {
            const twice = applySuffix(form, second);
            if (twice !== undefined) record(twice, { stem, path: [flag, next], ending: second.add });
          }
        }
      }
      for (const rule of affixes.prefixes.get(flag) ?? []) {
        const form = applyPrefix(stem, rule);
        if (form !== undefined) record(form, { stem, path: [`<${flag}`], ending: '' });
      }
    }
  }
  return found;
}

/** How many forms a stem's suffix flags generate (each rule whose condition the stem meets), by flag. */
function paradigmSizes(stem: string, flags: readonly string[], affixes: Affixes): number[] {
  return flags.map((flag) => (affixes.suffixes.get(flag) ?? []).filter((rule) => rule.condition.test(stem) && stem.endsWith(rule.strip)).length);
}

/**
 * The suffix flags of a dictionary that belong to verb paradigms. A dictionary files a verb under its
 * infinitive and lets its flags conjugate it: many forms (German 14-21, French about 40, Spanish 60-150,
 * Polish about 60, Portuguese 340-450), where a noun takes a plural and perhaps cases (1-4; Polish and Czech
 * about 10) and an adjective its agreements (3-8; Portuguese about 17). So each flag borne by MIN_FLAG_STEMS
 * stems or more is weighed by the mean number of forms its stems generate (all their flags); among the flags
 * whose mean exceeds VERB_PARADIGM_RATIO times the median stem's, those from the widest gap (as a ratio)
 * between consecutive means on (German 11 to 14, French 10 to 37, Polish 11 to 54) are the verbs'. Where
 * verbs take no more forms than nouns (Swedish, Danish, Dutch, Czech lists) or stems are inflected words
 * (Turkish), no gap is wide enough and no flag is a verb's. A flag whose every rule carries suffix flags on
 * (Spanish -ción/S, a noun with its plural) derives a word and is never a verb's.
 */
export function verbFlags(aff: string, dic: string, affixes = parseAffixes(aff)): Set<string> {
  const sizes: number[] = [];
  const byFlag = new Map<string, { stems: number; forms: number }>();
  for (const line of dic.split('\n').slice(1)) {
    const parsed = parseDicLine(line, affixes);
    if (parsed === undefined) continue;
    const perFlag = paradigmSizes(parsed.stem, parsed.flags, affixes);
    const total = perFlag.reduce((sum, size) => sum + size, 0);
    if (total === 0) continue;
    sizes.push(total);
    parsed.flags.forEach((flag, index) => {
      if ((perFlag[index] ?? 0) === 0) return;
      const entry = byFlag.get(flag) ?? { stems: 0, forms: 0 };
      entry.stems += 1;
      entry.forms += total;
      byFlag.set(flag, entry);
    });
  }
  sizes.sort((a, b) => a - b);
  const median = sizes[Math.floor(sizes.length / 2)] ?? 0;
  const means = [...byFlag]
    .filter(([, { stems }]) => stems >= MIN_FLAG_STEMS)
    .map(([flag, { stems, forms }]) => ({ flag, mean: forms / stems }))
    .sort((a, b) => a.mean - b.mean);
  let cut = Infinity;
  let widest = 1;
  const bound = VERB_PARADIGM_RATIO * median;
  let below = Math.max(median, ...means.filter(({ mean }) => mean <= bound).map(({ mean }) => mean));
  for (const { mean } of means) {
    if (mean <= bound) continue;
    if (mean / below > widest) {
      widest = mean / below;
      cut = mean;
    }
    below = mean;
  }
  // No wider gap than MIN_VERB_GAP: the flags' means run on without a break, and nothing marks the verbs apart.
  if (widest < MIN_VERB_GAP) return new Set();
  // A flag every rule of which carries suffix flags on makes a word that inflects in turn (Spanish -ción/S): a
  // derivation. (French rules carry elision prefixes on, l'aime: not an inflection.)
  const derives = (flag: string): boolean =>
    (affixes.suffixes.get(flag) ?? []).every((rule) => rule.continuation.some((next) => affixes.suffixes.has(next)));
  // The gap is read on flags many stems bear; an irregular verb's own flag (Portuguese ir, ser) then joins by its mean.
  return new Set([...byFlag].filter(([flag, { stems, forms }]) => forms / stems >= cut && !derives(flag)).map(([flag]) => flag));
}

/** How many times the median stem's paradigm a verb's flag's stems generate at least, on average (see verbFlags). */
const VERB_PARADIGM_RATIO = 4;

/**
 * The narrowest gap between consecutive flags' means that sets verbs apart (German 1.23, French 3.8, Spanish 20).
 * Turkish's widest is 1.08: its dictionary lists inflected words as stems (371,000 of them) with small flags.
 */
export const MIN_VERB_GAP = 1.2;

/** Flags borne by fewer stems than this (a single irregular verb's, a numeral's) say too little to weigh. */
const MIN_FLAG_STEMS = 20;
