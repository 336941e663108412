// `npx tsx local/cli/unused-exports.ts`: the exported functions and constants of amplify/, local/, components/
// and app/ whose names no other tracked file (tests included) writes, as ts-prune reports them. A name read by
// text, not by the type checker: a false "used" when another file writes the same word, never a false "unused".
// Types and interfaces are left out: a type an exported signature names stays exported with it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const ROOTS = ['amplify', 'local', 'components', 'app', 'tests'];
/** Files that frameworks import by their names (Next.js routes, Amplify resources, configs), not by ours. */
const FRAMEWORK_FILE = /(^|\/)(page|layout|loading|error|not-found|route|resource|handler|backend)\.tsx?$|\.config\.ts$/;
const EXPORTED_VALUE = /^export (?:async )?(?:const|let|function) ([A-Za-z_$][\w$]*)/gm;

const files = execFileSync('git', ['ls-files', ...ROOTS], { encoding: 'utf8' })
  .split('\n')
  .filter((file) => /\.(ts|tsx|mjs)$/.test(file) && (!file.endsWith('.generated.ts') || file.endsWith('languages.generated.ts')));
const texts = new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));

let unused = 0;
for (const [file, text] of texts) {
  if (file.startsWith('tests/') || FRAMEWORK_FILE.test(file)) continue;
  for (const [, name = ''] of text.matchAll(EXPORTED_VALUE)) {
    const word = new RegExp(`\\b${name.replace(/\$/g, '\\$')}\\b`);
    if ([...texts].some(([other, otherText]) => other !== file && word.test(otherText))) continue;
    console.log(`${file}: ${name}`);
    unused++;
  }
}
console.log(`${unused} exported values no other file names`);
