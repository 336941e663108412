import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { businessLinePatterns, renderBusinessLinesModule } from './business-lines-builder';

/** Writes amplify/engine/business-lines.generated.ts; part of `npm run words`. */
export function writeBusinessLines(): void {
  const target = fileURLToPath(new URL('../../amplify/engine/business-lines.generated.ts', import.meta.url));
  const { version } = createRequire(import.meta.url)('libphonenumber-js/package.json') as { version: string };
  const patterns = businessLinePatterns();
  writeFileSync(target, renderBusinessLinesModule(patterns, version));
  console.log(`wrote ${target}: ${Object.keys(patterns).length} countries`);
}
