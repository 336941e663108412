import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startTwin } from '../../../local/twin/start-twin';
import { chooseE2EPort } from './port';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const SERVER_READY_MS = 60_000;

function log(line: string): void {
  process.stdout.write(`[e2e] ${line}\n`);
}

async function waitForServer(url: string, server: ChildProcess, output: string[]): Promise<void> {
  const deadline = Date.now() + SERVER_READY_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with code ${server.exitCode}:\n${output.join('')}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`next start did not answer on ${url} within ${SERVER_READY_MS / 1000} s:\n${output.join('')}`);
}

function stopGroup(child: ChildProcess): void {
  if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
}

/**
 * Starts the local twin on free ports (in memory) with its outputs in a private file, builds the
 * dashboard for production and serves it with `next start` pointed at that file. Returns the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const port = await chooseE2EPort(log);
  // The workers read the port from here when they evaluate the config (its baseURL).
  process.env.E2E_PORT = String(port);
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'foundry-e2e-'));
  // The twin keeps its synthesis lock beside .local/cdk.out; a fresh clone has no .local yet.
  mkdirSync(path.join(root, '.local'), { recursive: true });
  let started = performance.now();
  // The dashboard's port is the one web origin the twin answers (it does not start the dashboard here: next start serves it).
  const twin = await startTwin({ ports: { appsync: 0, store: 0, aws: 0, connect: 0, dashboard: port }, log: (line) => log(`twin: ${line}`) });
  log(`twin up in ${Math.round(performance.now() - started)} ms`);
  let server: ChildProcess | null = null;
  const teardown = async (): Promise<void> => {
    if (server) stopGroup(server);
    await twin.stop();
    rmSync(scratch, { recursive: true, force: true });
  };
  try {
    const outputsFile = path.join(scratch, 'amplify_outputs.json');
    writeFileSync(outputsFile, JSON.stringify(twin.outputs, null, 2));
    process.env.E2E_USER_EMAIL = twin.dashboardUser.email;
    process.env.E2E_USER_PASSWORD = twin.dashboardUser.password;
    process.env.E2E_CONNECT_URL = twin.endpoints.connect;
    // next build and next start inherit it: the suite runs offline, where telemetry sends only fail.
    process.env.NEXT_TELEMETRY_DISABLED = '1';

    if (process.env.E2E_SKIP_BUILD === '1') {
      log('E2E_SKIP_BUILD=1: serving the existing .next build');
    } else {
      started = performance.now();
      const build = spawnSync('npx', ['next', 'build'], { cwd: root, stdio: 'inherit' });
      if (build.status !== 0) throw new Error(`next build failed with code ${build.status}`);
      log(`next build in ${Math.round((performance.now() - started) / 1000)} s`);
    }

    const output: string[] = [];
    server = spawn('npx', ['next', 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
      cwd: root,
      env: { ...process.env, AMPLIFY_OUTPUTS: outputsFile, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so teardown ends next start and its workers together.
      detached: true,
    });
    server.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    await waitForServer(`http://127.0.0.1:${port}/`, server, output);
    log(`next start on http://127.0.0.1:${port}, outputs from ${outputsFile}`);
    return teardown;
  } catch (error) {
    await teardown();
    throw error;
  }
}
