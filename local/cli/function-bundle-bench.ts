import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { percentile } from './percentile';
import { synthesizeBackend } from './synth';

const IMPORTS = 7;
const PROBE = fileURLToPath(new URL('./function-bundle-probe.mjs', import.meta.url));

/** What the vanity-lookup bundle costs a new Lambda instance. */
export interface FunctionBundleFigures {
  bundleBytes: number;
  /** Bytes of the source map shipped beside the bundle (0 when there is none). */
  sourceMapBytes: number;
  importMsMedian: number;
  importMsMax: number;
}

interface TemplateJson {
  Resources?: Record<string, { Type: string; Properties?: { Code?: { S3Key?: unknown } } }>;
}

/** The asset folder of the synthesised vanity-lookup function, found through its template. */
function functionAssetDir(assemblyDir: string): string {
  for (const file of readdirSync(assemblyDir).filter((name) => name.endsWith('.template.json'))) {
    const template = JSON.parse(readFileSync(path.join(assemblyDir, file), 'utf8')) as TemplateJson;
    for (const [id, resource] of Object.entries(template.Resources ?? {})) {
      const key = resource.Properties?.Code?.S3Key;
      if (resource.Type === 'AWS::Lambda::Function' && id.startsWith('vanitylookup') && typeof key === 'string') {
        return path.join(assemblyDir, `asset.${key.replace(/\.zip$/, '')}`);
      }
    }
  }
  throw new Error(`no vanity-lookup function in ${assemblyDir}`);
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
};

/**
 * Synthesises the backend as a deployment would, then imports the function's bundle (as shipped,
 * word data included) in fresh processes: the module-load part of every cold start.
 */
export async function measureFunctionBundle(): Promise<FunctionBundleFigures> {
  const workDir = mkdtempSync(path.join(tmpdir(), 'vanity-function-bench-'));
  try {
    const { assemblyDir } = await synthesizeBackend({ outDir: path.join(workDir, 'cdk.out'), env: { CONNECT_INSTANCE_ARN: undefined } });
    const assetDir = functionAssetDir(assemblyDir);
    const bundle = path.join(assetDir, 'index.mjs');
    const map = `${bundle}.map`;
    const env = { ...process.env, ...FUNCTION_ENV };
    const times = Array.from({ length: IMPORTS }, () => {
      const output = execFileSync(process.execPath, [PROBE, bundle], { encoding: 'utf8', env });
      return (JSON.parse(output) as { importMs: number }).importMs;
    }).sort((a, b) => a - b);
    return {
      bundleBytes: statSync(bundle).size,
      sourceMapBytes: existsSync(map) ? statSync(map).size : 0,
      importMsMedian: percentile(times, 0.5),
      importMsMax: times.at(-1) ?? 0,
    };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** One line for npm run bench; the target is 100 ms. */
export function describeFunctionBundle(figures: FunctionBundleFigures): string {
  const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
  const map = figures.sourceMapBytes === 0 ? 'no source map' : `source map ${mib(figures.sourceMapBytes)}`;
  return `  function cold start, fresh-process import of the synthesised vanity-lookup bundle (${mib(figures.bundleBytes)}, ${map}; median of ${IMPORTS}): ${figures.importMsMedian.toFixed(1)} ms (max ${figures.importMsMax.toFixed(1)} ms; target <= 100 ms)`;
}
