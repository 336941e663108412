import { beforeAll, describe, expect, it, vi } from 'vitest';
import { Stack } from 'aws-cdk-lib';
import { CONNECT_SKIPPED_NOTICE } from '../../amplify/config';
import { functionAssetFiles, resourcesOfType, synthesizeInProcess, type SynthesizedBackend } from './synthesize-in-process';

let synth: SynthesizedBackend;
let warnings: string[];

beforeAll(async () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  synth = await synthesizeInProcess({ CONNECT_INSTANCE_ARN: undefined, CONNECT_PHONE_NUMBER_ID: undefined, CALL_RETENTION_DAYS: undefined, FUNCTION_SOURCE_MAP: undefined });
  warnings = warn.mock.calls.map((call) => String(call[0]));
  warn.mockRestore();
});

describe('a backend without CONNECT_INSTANCE_ARN', () => {
  it('has no Connect resources and no Connect stack', () => {
    const types = [...synth.templates().values()].flatMap((template) => Object.values(template.Resources).map((resource) => resource.Type));
    expect(types.filter((type) => type.startsWith('AWS::Connect::') || type.startsWith('Custom::Connect'))).toEqual([]);
    expect([...synth.templates().keys()].filter((file) => /connect/i.test(file))).toEqual([]);
  });

  it('still deploys auth, data and the function, with the default retention', () => {
    const cfnFunction = synth.backend.vanityLookup.resources.cfnResources.cfnFunction;
    const template = synth.templateOf(cfnFunction);
    expect(resourcesOfType(template, 'AWS::Lambda::Permission')).toEqual([]);
    const functions = resourcesOfType(template, 'AWS::Lambda::Function').map(([, resource]) => resource.Properties?.Environment);
    expect(functions).toContainEqual(expect.objectContaining({ Variables: expect.objectContaining({ CALL_RETENTION_DAYS: '90' }) }));
    const all = [...synth.templates().values()];
    expect(all.flatMap((t) => resourcesOfType(t, 'AWS::Cognito::UserPool'))).toHaveLength(1);
    expect(all.flatMap((t) => resourcesOfType(t, 'AWS::AppSync::GraphQLApi'))).toHaveLength(1);
  });

  it('checks no instance location', () => {
    const rules = [...synth.templates().values()].flatMap((template) => Object.keys(template.Rules ?? {}));
    expect(rules).toEqual(['CheckBootstrapVersion']);
  });

  it('says so plainly', () => {
    expect(warnings).toContain(CONNECT_SKIPPED_NOTICE);
  });

  it.each(['vanityLookup', 'callSaveDrain'] as const)('ships %s as one bundle without a source map (FUNCTION_SOURCE_MAP is off by default)', (name) => {
    const files = functionAssetFiles(synth, name);
    expect([...files.keys()]).toEqual(['index.mjs']);
  });

  it.each(['vanityLookup', 'callSaveDrain'] as const)('gives %s the data endpoint straight from the API, so its cold start reads nothing from SSM', (name) => {
    const cfnFunction = synth.backend[name].resources.cfnResources.cfnFunction;
    const template = synth.templateOf(cfnFunction);
    const [api] = resourcesOfType(template, 'AWS::AppSync::GraphQLApi');
    const variables = template.Resources[Stack.of(cfnFunction).getLogicalId(cfnFunction)]?.Properties?.Environment;
    expect(variables).toEqual({
      Variables: expect.objectContaining({ AMPLIFY_DATA_GRAPHQL_ENDPOINT: { 'Fn::GetAtt': [api?.[0], 'GraphQLUrl'] }, AMPLIFY_SSM_ENV_CONFIG: '{}' }),
    });
  });
});
