import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { App, Stack } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { backendContextJson } from '../../amplify/custom/vanity-connect/backend-identity';
import type { BackendIdentity } from '../../amplify/custom/vanity-connect/flow-name';

/** A template as plain JSON, the shape CloudFormation reads. */
export interface TemplateJson {
  Resources: Record<string, { Type: string; Properties?: Record<string, unknown>; DependsOn?: string[] }>;
  Outputs?: Record<string, { Value: unknown }>;
  Parameters?: Record<string, unknown>;
  Rules?: Record<string, { RuleCondition?: unknown; Assertions: { Assert: unknown; AssertDescription?: string }[] }>;
}

/** The synthesised backend, its assembly directory and ways to read what is in it. */
export interface SynthesizedBackend {
  backend: (typeof import('../../amplify/backend'))['backend'];
  assemblyDir: string;
  /** The template of the (nested) stack that holds a construct. */
  templateOf(construct: IConstruct): TemplateJson;
  /** Every template in the assembly, by file name. */
  templates(): Map<string, TemplateJson>;
  /** The text of an asset referenced by an s3:// location such as `s3://bucket/<hash>.vtl`. */
  assetText(s3Location: string): string;
}

/**
 * Synthesises amplify/backend.ts in this process, as ampx would, for the given environment and
 * backend context. Call once per test file: vitest gives each file a fresh module graph.
 */
export async function synthesizeInProcess(
  env: Readonly<Record<string, string | undefined>>,
  context: BackendIdentity = { namespace: 'foundry', name: 'infra', type: 'sandbox' },
): Promise<SynthesizedBackend> {
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  delete process.env.CDK_OUTDIR;
  process.env.CDK_CONTEXT_JSON = backendContextJson(context);
  const { backend } = await import('../../amplify/backend');
  const app = backend.stack.node.root;
  if (!(app instanceof App)) throw new Error('the backend is not rooted in a CDK App');
  const assemblyDir = app.synth().directory;
  const read = (file: string): TemplateJson => JSON.parse(readFileSync(path.join(assemblyDir, file), 'utf8')) as TemplateJson;
  return {
    backend,
    assemblyDir,
    templateOf: (construct) => read(Stack.of(construct).templateFile),
    templates: () =>
      new Map(readdirSync(assemblyDir).filter((file) => file.endsWith('.template.json')).map((file) => [file, read(file)])),
    assetText: (s3Location) => readFileSync(path.join(assemblyDir, `asset.${s3Location.split('/').pop() ?? ''}`), 'utf8'),
  };
}

/** Resources of one type in a template, by logical id. */
export function resourcesOfType(template: TemplateJson, type: string): [string, TemplateJson['Resources'][string]][] {
  return Object.entries(template.Resources).filter(([, resource]) => resource.Type === type);
}

/** The functions the backend bundles itself (custom functions with functionBundling). */
export type BundledFunction = 'vanityLookup' | 'callSaveDrain';

/** The files of a function's synthesised code asset (name -> bytes). */
export function functionAssetFiles(synth: SynthesizedBackend, name: BundledFunction): Map<string, number> {
  const cfnFunction = synth.backend[name].resources.cfnResources.cfnFunction;
  const code = synth.templateOf(cfnFunction).Resources[Stack.of(cfnFunction).getLogicalId(cfnFunction)]?.Properties?.Code;
  const key = typeof code === 'object' && code !== null && 'S3Key' in code ? code.S3Key : undefined;
  if (typeof key !== 'string') throw new Error(`the ${name} function has no S3 code asset`);
  const directory = path.join(synth.assemblyDir, `asset.${key.replace(/\.zip$/, '')}`);
  return new Map(readdirSync(directory).map((file) => [file, statSync(path.join(directory, file)).size]));
}
