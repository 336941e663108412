import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBrandSuggestions } from './brand-suggestions';
import { installedVersion } from './installed-version';
import { digitBrandNames, renderDigitBrandsModule } from './digit-brands-builder';

/** amplify/engine/digit-brands.generated.ts as the installed brand lists build it, and how many brands it holds. */
export function installedDigitBrandsModule(): { text: string; count: number } {
  const require = createRequire(import.meta.url);
  // The package exports only its cspell settings file; the word list sits in dict/ beside it.
  const companiesDirectory = dirname(require.resolve('@cspell/dict-companies/cspell-ext.json'));
  const companies = readFileSync(join(companiesDirectory, 'dict', 'companies.txt'), 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('#'));
  const suggestions = readBrandSuggestions();
  const names = digitBrandNames([...companies, ...suggestions.names]);
  return { text: renderDigitBrandsModule(names, `@cspell/dict-companies@${installedVersion('@cspell/dict-companies')} and name-suggestion-index@${suggestions.version}`), count: names.length };
}

/** Writes amplify/engine/digit-brands.generated.ts; part of `npm run words`. */
export function writeDigitBrands(): void {
  const target = fileURLToPath(new URL('../../amplify/engine/digit-brands.generated.ts', import.meta.url));
  const { text, count } = installedDigitBrandsModule();
  writeFileSync(target, text);
  console.log(`wrote ${target}: ${count} brands`);
}
