import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { businessLinePatterns, renderBusinessLinesModule } from './business-lines-builder';
import { installedVersion } from './installed-version';

/** Writes amplify/engine/business-lines.generated.ts; part of `npm run words`. */
export function writeBusinessLines(): void {
  const target = fileURLToPath(new URL('../../amplify/engine/business-lines.generated.ts', import.meta.url));
  const patterns = businessLinePatterns();
  writeFileSync(target, renderBusinessLinesModule(patterns, installedVersion('libphonenumber-js')));
  console.log(`wrote ${target}: ${Object.keys(patterns).length} countries`);
}
