import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The version of an installed package, read from its folder's package.json: some packages (countries-list,
 * us-state-codes) export no package.json, so `require('<name>/package.json')` fails for them.
 */
export function installedVersion(name: string): string {
  const require = createRequire(import.meta.url);
  const manifest = join(require.resolve(name).split(`/node_modules/${name}/`)[0] ?? '', 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}
