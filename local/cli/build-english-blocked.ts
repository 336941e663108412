import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderEnglishBlockedModule } from './english-blocked-builder';

const target = fileURLToPath(new URL('../../amplify/engine/english-blocked.generated.ts', import.meta.url));
const text = renderEnglishBlockedModule();
writeFileSync(target, text);
console.log(`wrote ${target}: ${(text.length / 1024).toFixed(1)} KiB`);
