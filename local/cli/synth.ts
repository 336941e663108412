import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { backendContextJson, isBackendType } from '../../amplify/custom/vanity-connect/backend-identity';
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

/** One template of the assembly, reduced to what a reader checks first. */
export interface TemplateSummary {
  file: string;
  resourceCounts: Record<string, number>;
  contactFlowNames: string[];
}

/** The default context: a local sandbox named like the one in the README. */
const DEFAULT_CONTEXT: BackendContext = { namespace: 'foundry', name: 'local', type: 'sandbox' };

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BACKEND_ENTRY = path.join(ROOT, 'amplify', 'backend.ts');
const NOISE = /^Bundling asset|deprecated, and will be removed|Use `addResourceDependency`|^\s*$/;
const KEY_TYPES = [
  'AWS::Cognito::UserPool',
  'AWS::AppSync::GraphQLApi',
  'Custom::AmplifyDynamoDBTable',
  'AWS::Lambda::Function',
  'AWS::Lambda::Permission',
  'AWS::Connect::IntegrationAssociation',
  'AWS::Connect::ContactFlow',
  'Custom::ConnectPhoneNumberContactFlow',
];

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

/** Summarises every template in an assembly: key resource counts and contact flow names. */
function summarizeAssembly(assemblyDir: string): TemplateSummary[] {
  return readdirSync(assemblyDir)
    .filter((file) => file.endsWith('.template.json'))
    .sort()
    .map((file) => {
      const template = JSON.parse(readFileSync(path.join(assemblyDir, file), 'utf8')) as {
        Resources?: Record<string, { Type: string; Properties?: { Name?: unknown } }>;
      };
      const resources = Object.values(template.Resources ?? {});
      const resourceCounts: Record<string, number> = {};
      for (const resource of resources) resourceCounts[resource.Type] = (resourceCounts[resource.Type] ?? 0) + 1;
      const contactFlowNames = resources
        .filter((resource) => resource.Type === 'AWS::Connect::ContactFlow')
        .map((resource) => String(resource.Properties?.Name));
      return { file, resourceCounts, contactFlowNames };
    });
}

function describe(summary: TemplateSummary): string {
  const stack =
    summary.file.replace(/\.(nested\.)?template\.json$/, '').replace(/^amplify[a-z0-9-]*?[0-9a-f]{10}/, '').replace(/[0-9A-F]{8}$/, '') || 'root';
  const keys = KEY_TYPES.filter((type) => summary.resourceCounts[type] !== undefined).map(
    (type) => `${type.split('::').slice(1).join(':')} x${summary.resourceCounts[type]}`,
  );
  const total = Object.values(summary.resourceCounts).reduce((sum, count) => sum + count, 0);
  const flows = summary.contactFlowNames.map((name) => ` flow "${name}"`).join('');
  return `  ${stack.padEnd(34)} ${String(total).padStart(3)} resources${keys.length > 0 ? `: ${keys.join(', ')}` : ''}${flows}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'cdk.out' },
      namespace: { type: 'string', default: DEFAULT_CONTEXT.namespace },
      name: { type: 'string', default: DEFAULT_CONTEXT.name },
      type: { type: 'string', default: DEFAULT_CONTEXT.type },
    },
  });
  const type = values.type;
  if (!isBackendType(type)) {
    throw new Error(`--type must be sandbox, branch or standalone; got "${type}"`);
  }
  const result = await synthesizeBackend({ outDir: values.out, context: { namespace: values.namespace, name: values.name, type } });
  for (const notice of result.notices) console.log(notice);
  console.log(`Synthesised ${values.namespace}/${values.name} (${type}) into ${path.relative(process.cwd(), result.assemblyDir) || '.'} in ${(result.ms / 1000).toFixed(1)} s`);
  for (const summary of summarizeAssembly(result.assemblyDir)) console.log(describe(summary));
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
