import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { applySuffix, parseAffixes, parseDicLine } from './hunspell-forms';

/**
 * The comparatives and superlatives of the blocked English adjectives (stop 26): DEADER, DIRTIER, KINKIEST,
 * SLUTTIER, SHITTIER. The engine blocks each term's -s, -ed and -ing but not -er, which would turn BUTT into BUTTER;
 * a fresh adversarial hunt found `1-800-DEADER-1` offered. The English Hunspell dictionary (dictionary-en) says which
 * terms are adjectives that compare: a stem that takes its superlative flag (T, -est) takes its R flag (-er) as
 * the comparative, where on a noun or verb R makes an agent (BUTTER is no form of BUTT, which takes no T). Forms
 * the terms already hold are left out. Sorted.
 */
export function comparativeEnglishTerms(stems: ReadonlySet<string>): string[] {
  const directory = dirname(createRequire(import.meta.url).resolve('dictionary-en'));
  const aff = readFileSync(join(directory, 'index.aff'), 'utf8');
  const affixes = parseAffixes(aff);
  const forms = new Set<string>();
  for (const line of readFileSync(join(directory, 'index.dic'), 'utf8').split('\n').slice(1)) {
    const parsed = parseDicLine(line, affixes);
    if (parsed === undefined || !stems.has(parsed.stem) || !parsed.flags.includes(SUPERLATIVE) || !parsed.flags.includes(COMPARATIVE)) continue;
    for (const flag of [COMPARATIVE, SUPERLATIVE]) {
      for (const rule of affixes.suffixes.get(flag) ?? []) {
        const form = applySuffix(parsed.stem, rule);
        if (form !== undefined && /^[a-z]+$/.test(form) && !stems.has(form)) forms.add(form);
      }
    }
  }
  return [...forms].sort();
}

/** dictionary-en's suffix flags: -er (an adjective's comparative, a verb's agent) and -est (the superlative, adjectives only). */
const COMPARATIVE = 'R';
const SUPERLATIVE = 'T';
