import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { assertPortFree } from './loopback-server';

/** The running dashboard (next dev). */
export interface Dashboard {
  readonly url: string;
  stop(): Promise<void>;
}

function hasDevScript(root: string): boolean {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  return typeof pkg.scripts?.dev === 'string';
}

/**
 * Starts the dashboard with its `dev` script on 127.0.0.1 and waits until it answers; returns
 * undefined (and says why) when the app is not there yet.
 */
export async function startDashboard(
  root: string,
  port: number,
  log: (line: string) => void,
  env: Readonly<Record<string, string>> = {},
): Promise<Dashboard | undefined> {
  const hasApp = ['page.tsx', 'layout.tsx'].some((file) => existsSync(path.join(root, 'app', file)));
  if (!hasApp || !hasDevScript(root)) {
    log('dashboard: no app/ page or no "dev" script yet, not started');
    return undefined;
  }
  // Next picks another port on its own when one is taken; the twin's config names this one, so fail instead.
  await assertPortFree(port, 'dashboard');
  const child = spawn('npm', ['run', 'dev', '--', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const keep = (chunk: Buffer): void => {
    output.push(...chunk.toString().split('\n').filter(Boolean));
    output.splice(0, Math.max(0, output.length - 20));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.pid === undefined) return;
    // next dev starts workers of its own: end the whole process group.
    process.kill(-child.pid, 'SIGTERM');
    const timer = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the dashboard (npm run dev) exited with code ${child.exitCode}:\n${output.join('\n')}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      log(`dashboard (next dev) on ${url} (HTTP ${response.status})`);
      return { url, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
  await stop();
  throw new Error(`the dashboard did not answer on ${url} within 60 s:\n${output.join('\n')}`);
}
