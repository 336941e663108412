import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildLanguageModules, readLanguageIndexSources } from './language-index-builder';
import { wordsOfLines } from './english-on-local-builder';
import { buildWordIndexLines, readIndexSources, renderWordIndexModule, renderWordPairsModule } from './word-index-builder';
import { commonCollocations } from './word-vocabulary';
import { writeNegativeWords } from './build-negative-words';
import { writeBusinessLines } from './build-business-lines';
import { writeDigitBrands } from './build-digit-brands';
import { writeLoneWords } from './lone-words-builder';
import { writeTasteWords } from './taste-words-builder';
import { writeSubjectVerbs } from './subject-verbs-builder';
import { writeTwoLetterInitialisms } from './two-letter-initialisms';
import { writeLocalBrands } from './local-brands-builder';

const target = fileURLToPath(new URL('../../amplify/engine/word-index.generated.ts', import.meta.url));
const { rows, brands, vocabulary, names, places, dotBrands, founderBrands, source } = readIndexSources();
const lines = buildWordIndexLines(rows, brands, vocabulary, names, places, dotBrands, founderBrands);
writeFileSync(target, renderWordIndexModule(lines, source));
const words = lines.reduce((sum, line) => sum + (line.split(' ').length - 1) / 2, 0);
console.log(`wrote ${target}: ${lines.length} digit keys, ${words} words`);

const pairsTarget = fileURLToPath(new URL('../../amplify/engine/word-pairs.generated.ts', import.meta.url));
const pairs = commonCollocations(vocabulary);
writeFileSync(pairsTarget, renderWordPairsModule(pairs, vocabulary.source));
console.log(`wrote ${pairsTarget}: ${pairs.length} word pairs`);

const wordsDirectory = new URL('../../amplify/engine/words/', import.meta.url);
for (const [name, text] of buildLanguageModules(readLanguageIndexSources(), undefined, new Set(wordsOfLines(lines).keys()))) {
  const path = fileURLToPath(new URL(name, wordsDirectory));
  writeFileSync(path, text);
  console.log(`wrote ${path}: ${(text.length / 1024).toFixed(0)} KiB`);
}

writeNegativeWords();
writeBusinessLines();
writeDigitBrands();
writeLoneWords();
writeTasteWords();
writeSubjectVerbs();
writeTwoLetterInitialisms();
writeLocalBrands();
