import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { backendContextJson } from '../../amplify/custom/vanity-connect/backend-identity';
import type { BackendIdentity } from '../../amplify/custom/vanity-connect/flow-name';

/** Which backend a synthesis stands for: the CDK context the Amplify deployer would set. */
export type BackendContext = BackendIdentity;

/** Options for synthesizeBackend. */
export interface SynthOptions {
  /**
   * Where the cloud assembly is written. It is synthesised beside it and moved into place only when
   * complete, so an interrupted synthesis leaves the previous assembly (or none); the folder must
   * hold nothing but assembly files.
   */
  outDir: string;
  context?: Partial<BackendContext>;
  /** Variables added to (or, when undefined, removed from) this process's environment for the synth. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Aborting ends the synthesis (and its child process); the previous assembly stays in place. */
  signal?: AbortSignal;
}

/** What synthesizeBackend produced. */
export interface SynthResult {
  assemblyDir: string;
  /** Lines the backend printed (notices such as a missing CONNECT_INSTANCE_ARN), without CDK's noise. */
  notices: string[];
  ms: number;
}

/** The default context: a local sandbox named like the one in the README. */
export const DEFAULT_CONTEXT: BackendContext = { namespace: 'foundry', name: 'local', type: 'sandbox' };

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BACKEND_ENTRY = path.join(ROOT, 'amplify', 'backend.ts');
// CDK's and esbuild's progress lines per bundled asset (the bundle's path and size, then its time).
const NOISE = /^Bundling asset|^\s*\.\.\.\S*-building\/\S+\s+[\d.]+[kmg]?b\b|^⚡ Done in|deprecated, and will be removed|Use `addResourceDependency`|^\s*$/;
/** What CDK writes into a cloud assembly folder; anything else there is someone's work, never deleted. */
const ASSEMBLY_FILE = /^(manifest\.json|tree\.json|cdk\.out|validation-report\.json|.+\.(template|assets|metadata)\.json|asset\..+|.+\.lock)$/;

/** Throws, with the remedy, unless the folder is absent or holds only assembly files (complete or interrupted). */
function assertReplaceable(dir: string): void {
  if (!existsSync(dir)) return;
  const foreign = readdirSync(dir).filter((entry) => !ASSEMBLY_FILE.test(entry));
  if (foreign.length > 0) {
    throw new Error(
      `${dir} holds files that are not part of a cloud assembly (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}), so it is not replaced: ` +
        `move them away or delete the folder (rm -rf ${dir}), or synthesise into another folder (--out)`,
    );
  }
}

/** Removes the synthesis folders of processes that are gone (killed before they could clean up). */
function removeAbandonedPartials(assemblyDir: string): void {
  const parent = path.dirname(assemblyDir);
  const prefix = `${path.basename(assemblyDir)}.partial-`;
  if (!existsSync(parent)) return;
  for (const entry of readdirSync(parent)) {
    if (!entry.startsWith(prefix)) continue;
    const pid = Number(entry.slice(prefix.length));
    let running = false;
    try {
      running = Number.isInteger(pid) && pid > 0 && process.kill(pid, 0);
    } catch (error) {
      running = (error as NodeJS.ErrnoException).code === 'EPERM';
    }
    if (!running) rmSync(path.join(parent, entry), { recursive: true, force: true });
  }
}

function childEnv(options: SynthOptions, context: BackendContext, outDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  env.CDK_OUTDIR = outDir;
  env.CDK_CONTEXT_JSON = backendContextJson(context);
  return env;
}

/**
 * Synthesises the Amplify backend offline (no AWS credentials, no network) the way ampx does: it
 * runs amplify/backend.ts with CDK's environment, in a child process so every call starts from a
 * fresh module graph and its own environment. Returns where the cloud assembly was written.
 */
export async function synthesizeBackend(options: SynthOptions): Promise<SynthResult> {
  const assemblyDir = path.resolve(options.outDir);
  const context = { ...DEFAULT_CONTEXT, ...options.context };
  assertReplaceable(assemblyDir);
  removeAbandonedPartials(assemblyDir);
  const partialDir = `${assemblyDir}.partial-${process.pid}`;
  rmSync(partialDir, { recursive: true, force: true });
  mkdirSync(partialDir, { recursive: true });
  const started = performance.now();
  try {
    const child = spawn(process.execPath, ['--import', 'tsx', BACKEND_ENTRY], {
      cwd: ROOT,
      env: childEnv(options, context, partialDir),
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.signal ? { signal: options.signal } : {}),
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve, reject) => {
      // An abort kills the child; wait for it to exit before its folder is removed.
      child.on('error', (error) => error.name !== 'AbortError' && reject(error));
      child.on('close', resolve);
    });
    options.signal?.throwIfAborted();
    const lines = output.split('\n').filter((line) => !NOISE.test(line));
    if (code !== 0) throw new Error(`synthesis failed (exit ${code}):\n${lines.join('\n')}`);
    if (!existsSync(path.join(partialDir, 'manifest.json'))) throw new Error(`synthesis wrote no manifest.json:\n${lines.join('\n')}`);
    rmSync(assemblyDir, { recursive: true, force: true });
    renameSync(partialDir, assemblyDir);
    return { assemblyDir, notices: lines, ms: Math.round(performance.now() - started) };
  } finally {
    rmSync(partialDir, { recursive: true, force: true });
  }
}
