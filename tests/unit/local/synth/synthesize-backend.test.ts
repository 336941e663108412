import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { synthesizeBackend } from '../../../../local/synth/synthesize-backend';

const roots: string[] = [];

function folder(files: string[]): string {
  const root = mkdtempSync(path.join(tmpdir(), 'twin-synth-'));
  roots.push(root);
  const dir = path.join(root, 'cdk.out');
  mkdirSync(dir);
  for (const file of files) writeFileSync(path.join(dir, file), '{}');
  return dir;
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('synthesizeBackend', () => {
  it.each([
    [['notes.md'], 'notes.md'],
    [['manifest.json', 'backend.ts', 'a.template.json'], 'backend.ts'],
  ])('refuses to replace a folder holding %j, naming the file and the remedy', async (files, named) => {
    const dir = folder(files);
    const attempt = synthesizeBackend({ outDir: dir });
    await expect(attempt).rejects.toThrow(named);
    await expect(attempt).rejects.toThrow(`rm -rf ${dir}`);
    expect(readdirSync(dir).sort()).toEqual([...files].sort());
  });

  it('leaves the previous assembly (and no partial folder) when it is interrupted', async () => {
    // An interrupted synthesis of the old code: assembly files but no manifest.json.
    const files = ['stack.template.json', 'asset.0123abcd', 'tree.json'];
    const dir = folder(files);
    const controller = new AbortController();
    const attempt = synthesizeBackend({ outDir: dir, signal: controller.signal });
    setTimeout(() => controller.abort(new Error('interrupted by SIGINT')), 300);
    await expect(attempt).rejects.toThrow('interrupted by SIGINT');
    expect(readdirSync(dir).sort()).toEqual([...files].sort());
    expect(readdirSync(path.dirname(dir))).toEqual(['cdk.out']);
  });

  it('removes the partial folder a killed synthesis left behind', async () => {
    const dir = folder(['manifest.json']);
    const abandoned = `${dir}.partial-999999999`;
    mkdirSync(abandoned);
    const controller = new AbortController();
    controller.abort(new Error('stop at once'));
    await expect(synthesizeBackend({ outDir: dir, signal: controller.signal })).rejects.toThrow('stop at once');
    expect(existsSync(abandoned)).toBe(false);
  });
});
