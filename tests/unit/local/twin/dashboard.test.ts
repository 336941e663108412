import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startDashboard } from '../../../../local/twin/dashboard';

const roots: string[] = [];

/** An app whose `dev` script starts a worker (as next dev does) and never answers. */
function slowApp(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'twin-dashboard-'));
  roots.push(root);
  mkdirSync(path.join(root, 'app'));
  writeFileSync(path.join(root, 'app', 'page.tsx'), 'export default function Page() { return null; }\n');
  writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'slow-app', private: true, scripts: { dev: 'node dev.mjs' } }));
  writeFileSync(
    path.join(root, 'dev.mjs'),
    [
      "import { spawn } from 'node:child_process';",
      "import { writeFileSync } from 'node:fs';",
      "const worker = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });",
      "writeFileSync('pids', `${process.pid} ${worker.pid}`);",
      'setInterval(() => {}, 1000);',
    ].join('\n'),
  );
  return root;
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function pidsOf(root: string): Promise<number[]> {
  const file = path.join(root, 'pids');
  for (let waited = 0; !existsSync(file) && waited < 10_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  return readFileSync(file, 'utf8').split(' ').map(Number);
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe('startDashboard', () => {
  it('ends the dev server and its workers when start-up is interrupted', async () => {
    const root = slowApp();
    const controller = new AbortController();
    const starting = startDashboard(root, 0, () => undefined, {}, controller.signal);
    const pids = await pidsOf(root);
    expect(pids.every(running)).toBe(true);
    controller.abort(new Error('interrupted by SIGINT'));
    await expect(starting).rejects.toThrow('interrupted by SIGINT');
    expect(pids.filter(running)).toEqual([]);
  }, 20_000);
});
