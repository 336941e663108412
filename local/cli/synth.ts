import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isBackendType } from '../../amplify/custom/vanity-connect/backend-identity';
import { DEFAULT_CONTEXT, synthesizeBackend } from '../synth/synthesize-backend';

/** One template of the assembly, reduced to what a reader checks first. */
interface TemplateSummary {
  file: string;
  resourceCounts: Record<string, number>;
  contactFlowNames: string[];
}

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
