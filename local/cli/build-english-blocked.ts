import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderEnglishBlockedModules } from './english-blocked-builder';

const { engine, nativeEveryday } = renderEnglishBlockedModules();
for (const [target, text] of [
  [fileURLToPath(new URL('../../amplify/engine/english-blocked.generated.ts', import.meta.url)), engine],
  [fileURLToPath(new URL('./native-everyday-local.generated.ts', import.meta.url)), nativeEveryday],
] as const) {
  writeFileSync(target, text);
  console.log(`wrote ${target}: ${(text.length / 1024).toFixed(1)} KiB`);
}
