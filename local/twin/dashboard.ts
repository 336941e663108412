import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { assertPortFree } from './loopback-server';

/** How long the dashboard may take to render its first page. */
const DASHBOARD_READY_MS = 180_000;

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
 * undefined (and says why) when the app is not there yet. It runs in a process group of its own
 * (next dev has workers), ended by stop(), by an abort while starting, or when this process exits.
 */
export async function startDashboard(
  root: string,
  port: number,
  log: (line: string) => void,
  env: Readonly<Record<string, string>> = {},
  signal?: AbortSignal,
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
    // The twin runs offline: Next's anonymous telemetry would only queue and retry sends that cannot leave.
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env, PORT: String(port) },
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
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const groupAlive = (): boolean => signalGroup(child.pid, 0);
  // The twin's process may end without stopping the dashboard (an uncaught error, a forced exit): take it along.
  const onExit = (): void => void signalGroup(child.pid, 'SIGTERM');
  process.on('exit', onExit);
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      process.off('exit', onExit);
      // next dev starts workers of its own: end the whole process group, forcibly after 5 s.
      signalGroup(child.pid, 'SIGTERM');
      const deadline = Date.now() + 5000;
      while (groupAlive() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      signalGroup(child.pid, 'SIGKILL');
      await exited;
    })());
  // next dev compiles the first page on its first request, which takes minutes on a busy machine.
  const deadline = Date.now() + DASHBOARD_READY_MS;
  // Ready means the page renders: next dev answers HTTP 500 while the app fails to compile or render.
  let lastAnswer = 'no answer';
  while (Date.now() < deadline) {
    if (signal?.aborted) {
      await stop();
      signal.throwIfAborted();
    }
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(`the dashboard (npm run dev) exited with ${child.signalCode ?? `code ${child.exitCode}`}:\n${output.join('\n')}`);
    }
    try {
      const timeout = AbortSignal.timeout(2000);
      const response = await fetch(url, { signal: signal ? AbortSignal.any([timeout, signal]) : timeout });
      await response.body?.cancel();
      if (response.ok) {
        log(`dashboard (next dev) on ${url} (HTTP ${response.status})`);
        return { url, stop };
      }
      lastAnswer = `HTTP ${response.status}`;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await stop();
  throw new Error(`the dashboard did not render on ${url} within ${DASHBOARD_READY_MS / 1000} s (last: ${lastAnswer}):\n${output.join('\n')}`);
}

/** Sends a signal to a process group; false when the group is gone (signal 0 only checks). */
function signalGroup(pid: number | undefined, signal: NodeJS.Signals | 0): boolean {
  if (pid === undefined) return false;
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}
