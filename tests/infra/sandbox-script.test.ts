import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
// The watcher `ampx sandbox` subscribes with (through @aws-amplify/sandbox), so the excludes are checked as it reads them.
import { subscribe } from '@parcel/watcher';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const script = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['sandbox'] ?? '';
const words = script.split(/\s+/);

/** The values of an option that takes a list (`--exclude a b c`), up to the next option. */
function listOption(name: string): string[] {
  const start = words.indexOf(name);
  if (start < 0) return [];
  const rest = words.slice(start + 1);
  const end = rest.findIndex((word) => word.startsWith('--'));
  return end < 0 ? rest : rest.slice(0, end);
}

const excluded = listOption('--exclude');
// What a deployment is made of: the backend, the flows it renders, and the dependencies it bundles.
const DEPLOYED = ['amplify', 'flows', 'package.json', 'package-lock.json'];
// The fixed top-level folders (plus git's own) that never reach the backend.
const NOT_DEPLOYED = ['.git', 'app', 'components', 'docs', 'local', 'public', 'tests'];

describe('npm run sandbox', () => {
  it('runs ampx sandbox over the whole project', () => {
    expect(words.slice(0, 2)).toEqual(['ampx', 'sandbox']);
    expect(listOption('--dir-to-watch')).toEqual(['.']);
    // --exclude takes a list: a later option ends it, so `npm run sandbox -- --identifier x` stays an option.
    expect(words.at(-2)).toBe('--dir-to-watch');
  });

  it.each(NOT_DEPLOYED)('ignores %s', (entry) => {
    expect(excluded).toContain(entry);
  });

  it.each(DEPLOYED)('redeploys when %s changes', (entry) => {
    expect(excluded).not.toContain(entry);
  });

  describe('with the watcher ampx uses (@parcel/watcher)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sandbox-watch-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('reports a change under amplify/ or flows/ and none under an excluded folder', async () => {
      const folders = [...new Set([...DEPLOYED.filter((entry) => !entry.includes('.')), ...NOT_DEPLOYED, ...excluded.filter((entry) => !entry.includes('.'))])];
      for (const folder of folders) mkdirSync(path.join(dir, folder, 'nested'), { recursive: true });
      const seen = new Set<string>();
      const subscription = await subscribe(
        dir,
        (error, events) => {
          if (error === null) for (const event of events) seen.add(path.relative(dir, event.path).split(path.sep)[0] ?? '');
        },
        { ignore: excluded },
      );
      try {
        // Every folder is written again each half second until both deployed folders are reported: on a loaded
        // machine a write can land before the watcher has reached its folder, and that change is never reported.
        for (let waited = 0; waited < 5_000 && !(seen.has('amplify') && seen.has('flows')); waited += 50) {
          if (waited % 500 === 0) for (const folder of folders) writeFileSync(path.join(dir, folder, 'nested', 'probe.txt'), `x${waited}`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      } finally {
        await subscription.unsubscribe();
      }
      expect([...seen].sort()).toEqual(['amplify', 'flows']);
    });
  });
});
