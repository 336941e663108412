import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { withLock } from '../../../../../local/twin/assembly/ensure-assembly';

const roots: string[] = [];

function lockFile(content: string | undefined): string {
  const root = mkdtempSync(path.join(tmpdir(), 'twin-lock-'));
  roots.push(root);
  const file = path.join(root, 'cdk.out.lock');
  if (content !== undefined) writeFileSync(file, content);
  return file;
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('withLock', () => {
  it.each([
    ['no lock', undefined],
    ['a lock left by a process that is gone', '999999999\n'],
  ])('takes %s at once, names this process in it and removes it afterwards', async (_name, content) => {
    const file = lockFile(content);
    const started = performance.now();
    const held = await withLock(file, async () => readFileSync(file, 'utf8'));
    expect(held).toBe(`${process.pid}\n`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(existsSync(file)).toBe(false);
  });

  it('removes the lock when the work fails', async () => {
    const file = lockFile(undefined);
    await expect(withLock(file, () => Promise.reject(new Error('synthesis failed')))).rejects.toThrow('synthesis failed');
    expect(existsSync(file)).toBe(false);
  });

  it('waits for a live holder, and an abort ends the wait without touching its lock', async () => {
    const file = lockFile(`${process.pid}\n`);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('interrupted by SIGINT')), 600);
    let ran = false;
    await expect(withLock(file, async () => (ran = true), controller.signal)).rejects.toThrow('interrupted by SIGINT');
    expect(ran).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe(`${process.pid}\n`);
  });
});
