import { existsSync } from 'node:fs';
import path from 'node:path';
import { isJsonObject, type JsonObject } from '../assembly/intrinsics';
import type { CloudAssembly } from '../assembly/load-assembly';
import { LOCAL_ENV } from '../assembly/stack';

/** An Amplify-defined function as synthesised: its bundled code, handler, limits and environment. */
export interface FunctionDefinition {
  /** The defineFunction name (the `amplify:friendly-name` tag), e.g. "vanity-lookup". */
  readonly name: string;
  readonly arn: string;
  /** The bundled module CDK uploads, e.g. cdk.out/asset.<hash>/index.mjs. */
  readonly moduleFile: string;
  readonly exportName: string;
  readonly timeoutSeconds: number;
  readonly memoryMB: number;
  readonly environment: Record<string, string>;
}

function friendlyName(props: JsonObject): string | undefined {
  const tags = Array.isArray(props.Tags) ? props.Tags : [];
  const tag = tags.filter(isJsonObject).find((t) => t.Key === 'amplify:friendly-name');
  return typeof tag?.Value === 'string' ? tag.Value : undefined;
}

/** Finds the module file a Lambda "file.export" handler names inside the unzipped code asset. */
function moduleFor(codeDir: string, handler: string): { moduleFile: string; exportName: string } {
  const dot = handler.lastIndexOf('.');
  const base = handler.slice(0, dot);
  const exportName = handler.slice(dot + 1);
  const moduleFile = ['.mjs', '.js', '.cjs'].map((ext) => path.join(codeDir, `${base}${ext}`)).find((file) => existsSync(file));
  if (dot <= 0 || !moduleFile) throw new Error(`Cannot find the module for handler "${handler}" in ${codeDir}`);
  return { moduleFile, exportName };
}

/** The functions the backend defines (defineFunction), as the root stack's `definedFunctions` output lists them. */
function definedFunctionIds(assembly: CloudAssembly): Set<string> {
  const root = assembly.stacks[0];
  if (!root?.outputNames().includes('definedFunctions')) return new Set();
  const listed: unknown = JSON.parse(String(root.output('definedFunctions') ?? '[]'));
  return new Set(Array.isArray(listed) ? listed.map(String) : []);
}

/** Reads every function the Amplify backend defines (functions CDK and Amplify add for custom resources are skipped). */
export function readFunctions(assembly: CloudAssembly): FunctionDefinition[] {
  const defined = definedFunctionIds(assembly);
  return assembly
    .resources()
    .filter((resource) => resource.type === 'AWS::Lambda::Function' && defined.has(resource.logicalId))
    .flatMap((resource) => {
      const props = resource.properties();
      const name = friendlyName(props);
      if (!name) return [];
      const code = isJsonObject(props.Code) ? props.Code : {};
      if (typeof code.S3Key !== 'string') throw new Error(`Function ${name} has no S3 code asset`);
      const { moduleFile, exportName } = moduleFor(assembly.assetPath(code.S3Key), String(props.Handler ?? 'index.handler'));
      const variables = isJsonObject(props.Environment) && isJsonObject(props.Environment.Variables) ? props.Environment.Variables : {};
      return [
        {
          name,
          arn: `arn:aws:lambda:${LOCAL_ENV.region}:${LOCAL_ENV.account}:function:${resource.logicalId}`,
          moduleFile,
          exportName,
          timeoutSeconds: typeof props.Timeout === 'number' ? props.Timeout : 3,
          memoryMB: typeof props.MemorySize === 'number' ? props.MemorySize : 128,
          environment: Object.fromEntries(Object.entries(variables).map(([key, value]) => [key, String(value)])),
        },
      ];
    });
}

/** The SSM parameters the assembly creates (Amplify passes resource references to functions through them). */
export function readSsmParameters(assembly: CloudAssembly): Map<string, string> {
  const parameters = new Map<string, string>();
  for (const resource of assembly.resources().filter((r) => r.type === 'AWS::SSM::Parameter')) {
    const props = resource.properties();
    if (typeof props.Name === 'string' && props.Value !== undefined) parameters.set(props.Name, String(props.Value));
  }
  return parameters;
}

/** The S3 objects bucket deployments put in place: bucket name -> asset directories whose files become objects. */
export function readBucketContents(assembly: CloudAssembly): Map<string, string[]> {
  const buckets = new Map<string, string[]>();
  for (const resource of assembly.resources().filter((r) => r.type === 'Custom::CDKBucketDeployment')) {
    const props = resource.properties();
    const keys = Array.isArray(props.SourceObjectKeys) ? props.SourceObjectKeys : [];
    const bucket = String(props.DestinationBucketName);
    buckets.set(bucket, [...(buckets.get(bucket) ?? []), ...keys.map((key) => assembly.assetPath(String(key)))]);
  }
  return buckets;
}
