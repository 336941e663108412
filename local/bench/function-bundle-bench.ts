import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { percentile } from './percentile';
import { synthesizeBackend } from '../synth/synthesize-backend';

const IMPORTS = 7;
const PROBE = fileURLToPath(new URL('./function-bundle-probe.mjs', import.meta.url));

/** What a function's bundle costs a new Lambda instance. */
export interface BundleImportFigures {
  bundleBytes: number;
  /** Bytes of the source map shipped beside the bundle (0 when there is none). */
  sourceMapBytes: number;
  importMsMedian: number;
  importMsMax: number;
  /** CPU time of the import (user + system), which a busy machine's wall time hides. */
  importCpuMsMedian: number;
}

/** The vanity-lookup bundle's figures (the call path), and the save-queue drain's. */
export interface FunctionBundleFigures extends BundleImportFigures {
  drain: BundleImportFigures;
}

interface TemplateJson {
  Resources?: Record<string, { Type: string; Properties?: { Code?: { S3Key?: unknown } } }>;
}

/** The asset folder of a synthesised function (its logical id starts with `prefix`), found through its template. */
function functionAssetDir(assemblyDir: string, prefix: string): string {
  for (const file of readdirSync(assemblyDir).filter((name) => name.endsWith('.template.json'))) {
    const template = JSON.parse(readFileSync(path.join(assemblyDir, file), 'utf8')) as TemplateJson;
    for (const [id, resource] of Object.entries(template.Resources ?? {})) {
      const key = resource.Properties?.Code?.S3Key;
      if (resource.Type === 'AWS::Lambda::Function' && id.startsWith(prefix) && typeof key === 'string') {
        return path.join(assemblyDir, `asset.${key.replace(/\.zip$/, '')}`);
      }
    }
  }
  throw new Error(`no function ${prefix}* in ${assemblyDir}`);
}

/** The environment Lambda gives the function, with the endpoints already resolved (no SSM call). */
const FUNCTION_ENV: Record<string, string> = {
  AMPLIFY_SSM_ENV_CONFIG: '{}',
  AMPLIFY_DATA_GRAPHQL_ENDPOINT: 'http://127.0.0.1:9/graphql',
  AMPLIFY_DATA_DEFAULT_NAME: 'amplifyData',
  CALL_RETENTION_DAYS: '90',
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'AKIDBENCH',
  AWS_SECRET_ACCESS_KEY: 'bench',
  CALL_TABLE_NAME: 'VanityCall-bench',
  CALL_COUNT_TABLE_NAME: 'CallCount-bench',
  CALL_WORD_TABLE_NAME: 'CallWord-bench',
  SAVE_QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/123456789012/bench',
};

/** Imports one bundle IMPORTS times, each in a fresh process. */
function measureImports(bundle: string): BundleImportFigures {
  const env = { ...process.env, ...FUNCTION_ENV };
  const runs = Array.from({ length: IMPORTS }, () => {
    const output = execFileSync(process.execPath, [PROBE, bundle], { encoding: 'utf8', env });
    return JSON.parse(output) as { importMs: number; cpuMs: number };
  });
  const times = runs.map((run) => run.importMs).sort((a, b) => a - b);
  const map = `${bundle}.map`;
  return {
    bundleBytes: statSync(bundle).size,
    sourceMapBytes: existsSync(map) ? statSync(map).size : 0,
    importMsMedian: percentile(times, 0.5),
    importMsMax: times.at(-1) ?? 0,
    importCpuMsMedian: percentile(runs.map((run) => run.cpuMs).sort((a, b) => a - b), 0.5),
  };
}

/**
 * Synthesises the backend as a deployment would, then imports the function's bundle (as shipped,
 * word data included) in fresh processes: the module-load part of every cold start.
 */
export async function measureFunctionBundle(): Promise<FunctionBundleFigures> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'vanity-function-bench-'));
  try {
    const { assemblyDir } = await synthesizeBackend({ outDir: path.join(workDir, 'cdk.out'), env: { CONNECT_INSTANCE_ARN: undefined } });
    const lookup = measureImports(path.join(functionAssetDir(assemblyDir, 'vanitylookup'), 'index.mjs'));
    const drain = measureImports(path.join(functionAssetDir(assemblyDir, 'callsavedrain'), 'index.mjs'));
    return { ...lookup, drain };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** Lines for npm run bench; the target is 100 ms for the function on the call path. */
export function describeFunctionBundle(figures: FunctionBundleFigures): string {
  const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
  const describe = (name: string, bundle: BundleImportFigures, target: string): string => {
    const map = bundle.sourceMapBytes === 0 ? 'no source map' : `source map ${mib(bundle.sourceMapBytes)}`;
    return `  function cold start, fresh-process import of the synthesised ${name} bundle (${mib(bundle.bundleBytes)}, ${map}; median of ${IMPORTS}): ${bundle.importMsMedian.toFixed(1)} ms wall (max ${bundle.importMsMax.toFixed(1)} ms), ${bundle.importCpuMsMedian.toFixed(1)} ms CPU${target}`;
  };
  return [describe('vanity-lookup', figures, '; target <= 100 ms'), describe('call-save-drain', figures.drain, '')].join('\n');
}
