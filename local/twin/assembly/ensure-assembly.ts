import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { synthesizeBackend } from '../../synth/synthesize-backend';
import { LOCAL_ENV } from './stack';

/** The Connect instance the twin pretends to be; synthesis needs one to include the contact flow. */
const LOCAL_INSTANCE_ARN = `arn:aws:connect:${LOCAL_ENV.region}:${LOCAL_ENV.account}:instance/00000000-0000-4000-8000-000000000001`;

/** When to synthesise: only when sources changed (default), always, or never (use what is there). */
export type SynthMode = 'if-stale' | 'always' | 'never';

function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Why the assembly needs synthesising, or undefined when it is current. */
export function staleReason(assemblyDir: string, root: string): string | undefined {
  const manifest = path.join(assemblyDir, 'manifest.json');
  if (!existsSync(manifest)) return 'no cloud assembly yet';
  const built = statSync(manifest).mtimeMs;
  const changed = ['amplify', 'flows'].find((dir) => newestMtime(path.join(root, dir)) > built);
  if (changed) return `${changed}/ changed since the last synthesis`;
  // A backend library upgrade changes the assembly without touching amplify/; one stat tells.
  const lockFile = path.join(root, 'package-lock.json');
  if (existsSync(lockFile) && statSync(lockFile).mtimeMs > built) return 'package-lock.json changed since the last synthesis';
  return undefined;
}

/** Whether a process with this id is running (signal 0 only checks; EPERM means it runs as another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process id a lock file names, or undefined while its writer has not written it yet. */
function lockHolder(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs `work` holding a lock file that names this process. A lock whose process is gone (a twin
 * killed mid-synthesis) is taken over at once; a live one is waited for, up to 2 minutes.
 */
export async function withLock<T>(file: string, work: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  mkdirSync(path.dirname(file), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    signal?.throwIfAborted();
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = lockHolder(file);
    // No id yet: its writer is between creating and writing the file, unless it died right there.
    const abandoned = holder === undefined ? Date.now() - statMtime(file) > 5_000 : !isRunning(holder);
    if (abandoned) {
      rmSync(file, { force: true });
      continue;
    }
    // Another twin (tests, a second terminal) is synthesising into the same folder: wait for it.
    if (Date.now() > deadline) {
      throw new Error(`${file} has been held by process ${holder ?? '(unknown)'} for 2 minutes; stop that process, or delete the file if it is not synthesising`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  try {
    return await work();
  } finally {
    rmSync(file, { force: true });
  }
}

function statMtime(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return Date.now();
  }
}

/**
 * Makes sure the twin's cloud assembly exists and matches the sources, synthesising the backend
 * offline with the local Connect instance when needed. Returns what happened, for the start-up log.
 */
export async function ensureAssembly(assemblyDir: string, root: string, mode: SynthMode, signal?: AbortSignal): Promise<string> {
  if (mode === 'never') {
    if (!existsSync(path.join(assemblyDir, 'manifest.json'))) throw new Error(`No cloud assembly at ${assemblyDir}`);
    return `using the cloud assembly at ${assemblyDir}`;
  }
  return withLock(`${assemblyDir}.lock`, async () => {
    const reason = mode === 'always' ? 'synthesis requested' : staleReason(assemblyDir, root);
    if (!reason) return `cloud assembly is current (${path.relative(root, assemblyDir)})`;
    const result = await synthesizeBackend({
      outDir: assemblyDir,
      env: { CONNECT_INSTANCE_ARN: LOCAL_INSTANCE_ARN, CONNECT_PHONE_NUMBER_ID: undefined },
      ...(signal ? { signal } : {}),
    });
    return `synthesised the backend (${reason}) in ${(result.ms / 1000).toFixed(1)} s`;
  }, signal);
}
