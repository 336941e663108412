import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, it } from 'vitest';
import { synthesizeBackend, type BackendContext } from '../../local/synth/synthesize-backend';

const ARN = 'arn:aws:connect:eu-west-2:123456789012:instance/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const PHONE = '11111111-2222-4333-8444-555555555555';

/**
 * The commercial regions that offer both Amazon Connect and Amplify. cfn-lint checks each against
 * that region's registry schemas, which differ: ca-central-1's IntegrationAssociation takes Tags,
 * us-east-1's does not. GovCloud is left out: Amplify Hosting and AppSync are not there.
 */
const REGIONS = [
  'us-east-1', 'us-west-2', 'af-south-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3',
  'ap-south-1', 'ap-southeast-1', 'ap-southeast-2', 'ca-central-1', 'eu-central-1', 'eu-west-2',
];

/**
 * The only warnings accepted, each with why: all come from what CDK and Amplify generate, not from a
 * property this project sets. Any other warning fails, and errors are accepted nowhere.
 */
const ACCEPTED_WARNINGS: Record<string, string> = {
  W3005: 'CDK makes every Lambda function (Amplify\'s, the provider framework\'s, ours) DependsOn its role, which the Role GetAtt already implies: redundant, harmless',
  W2001: 'the data stack takes Amplify\'s DynamoDBEnableServerSideEncryption parameter, which its model tables do not read',
  W8001: 'the data stack defines Amplify\'s HasEnvironmentParameter condition and does not use it',
  W8003: 'Amplify\'s data stack compares two constants (NONE, NONE) in a condition',
};

interface Finding {
  Filename: string;
  Level: 'Error' | 'Warning' | 'Informational';
  Message: string;
  Rule: { Id: string };
  Location: { Path: (string | number)[] };
}

const run = promisify(execFile);
const workDir = mkdtempSync(path.join(tmpdir(), 'foundry-cfn-lint-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

async function cfnLint(assemblyDir: string): Promise<Finding[]> {
  const templates = readdirSync(assemblyDir).filter((file) => file.endsWith('.template.json'));
  try {
    await run('cfn-lint', ['--format', 'json', '--regions', ...REGIONS, '--', ...templates], { cwd: assemblyDir, maxBuffer: 64 << 20 });
    return [];
  } catch (error) {
    const { code, stdout } = error as { code?: number | string; stdout?: string };
    if (code === 'ENOENT') throw new Error('cfn-lint is not on PATH: pip install cfn-lint (1.51 or later)', { cause: error });
    // cfn-lint exits non-zero whenever it reports anything; its findings are the JSON on stdout.
    if (typeof stdout !== 'string' || !stdout.startsWith('[')) throw error;
    return JSON.parse(stdout) as Finding[];
  }
}

function resourceTypes(assemblyDir: string): string[] {
  return readdirSync(assemblyDir)
    .filter((file) => file.endsWith('.template.json'))
    .flatMap((file) => {
      const template = JSON.parse(readFileSync(path.join(assemblyDir, file), 'utf8')) as { Resources?: Record<string, { Type: string }> };
      return Object.values(template.Resources ?? {}).map((resource) => resource.Type);
    });
}

const describeFinding = (finding: Finding): string =>
  `${finding.Rule.Id} ${finding.Filename} ${finding.Location.Path.join('/')}: ${finding.Message}`;

// The three syntheses are child processes: run at once, they overlap where the machine has a core to spare. Each
// test then lasts as long as the three together, so each has the budget the three had in turn (3 x 180 s).
describe.concurrent('cfn-lint over every synthesised template', () => {
  it.for<[string, Partial<BackendContext>, Record<string, string | undefined>, { connect: boolean; phoneNumber: boolean }]>([
    ['a sandbox without a Connect instance', { type: 'sandbox', name: 'lint' }, { CONNECT_INSTANCE_ARN: undefined, CONNECT_PHONE_NUMBER_ID: undefined }, { connect: false, phoneNumber: false }],
    ['a sandbox in an instance whose number main owns', { type: 'sandbox', name: 'lint' }, { CONNECT_INSTANCE_ARN: ARN, CONNECT_PHONE_NUMBER_ID: PHONE, CONNECT_PHONE_NUMBER_BRANCH: 'main' }, { connect: true, phoneNumber: false }],
    ['the branch that owns the phone number', { type: 'branch', name: 'main' }, { CONNECT_INSTANCE_ARN: ARN, CONNECT_PHONE_NUMBER_ID: PHONE, CONNECT_PHONE_NUMBER_BRANCH: 'main' }, { connect: true, phoneNumber: true }],
  ])('%s: no errors, and no warnings but the accepted ones', { timeout: 540_000 }, async ([label, context, env, expected], { expect }) => {
    const outDir = path.join(workDir, label.replace(/\W+/g, '-'));
    const { assemblyDir } = await synthesizeBackend({ outDir, context, env: { CALL_RETENTION_DAYS: undefined, ...env } });
    const types = resourceTypes(assemblyDir);
    expect(types.includes('AWS::Connect::ContactFlow')).toBe(expected.connect);
    expect(types.includes('Custom::ConnectPhoneNumberContactFlow')).toBe(expected.phoneNumber);

    const findings = await cfnLint(assemblyDir);
    const unaccepted = findings.filter(
      (finding) => finding.Level === 'Error' || ACCEPTED_WARNINGS[finding.Rule.Id] === undefined,
    );
    expect(unaccepted.map(describeFinding)).toEqual([]);
  });
});
