import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildWordIndexLines, readIndexSources, renderWordIndexModule } from './word-index-builder';

const target = fileURLToPath(new URL('../../amplify/engine/word-index.generated.ts', import.meta.url));
const { rows, brands, source } = readIndexSources();
const lines = buildWordIndexLines(rows, brands);
writeFileSync(target, renderWordIndexModule(lines, source));
const words = lines.reduce((sum, line) => sum + (line.split(' ').length - 1) / 2, 0);
console.log(`wrote ${target}: ${lines.length} digit keys, ${words} words`);
