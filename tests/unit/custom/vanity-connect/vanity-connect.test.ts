import { describe, expect, it } from 'vitest';
import { App, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vanityFlowName } from '../../../../amplify/custom/vanity-connect/flow-name';
import { parseInstanceArn, type ConnectInstance } from '../../../../amplify/custom/vanity-connect/instance-arn';
import { VanityConnect, type VanityConnectProps } from '../../../../amplify/custom/vanity-connect/vanity-connect';

const parsed = parseInstanceArn('arn:aws:connect:us-east-1:123456789012:instance/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d');
if (parsed === undefined) throw new Error('test ARN does not parse');
const instance: ConnectInstance = parsed;

function synth(props: Partial<VanityConnectProps> & { backendName?: string } = {}) {
  const stack = new Stack(new App(), 'Test');
  const lookupFunction = new lambda.Function(stack, 'Fn', { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', code: lambda.Code.fromInline('exports.handler=async()=>({})') });
  const construct = new VanityConnect(stack, 'VanityConnect', {
    instance,
    lookupFunction,
    flowName: vanityFlowName({ namespace: 'app', name: props.backendName ?? 'main' }),
    ...props,
  });
  return { construct, template: Template.fromStack(stack) };
}

describe('VanityConnect', () => {
  it('names the flow after the backend, so two backends never collide in one instance', () => {
    const names = ['main', 'alice'].map((backendName) => {
      const flows = synth({ backendName }).template.findResources('AWS::Connect::ContactFlow');
      return Object.values(flows).map((flow) => (flow as { Properties: { Name: string } }).Properties.Name);
    });
    expect(names).toEqual([['vanity-app-main'], ['vanity-app-alice']]);
  });

  it('exposes the flow ARN and id as readonly outputs', () => {
    const { construct } = synth();
    const stack = Stack.of(construct);
    expect(stack.resolve(construct.contactFlowArn)).toEqual({ 'Fn::GetAtt': [expect.stringMatching(/Flow/), 'ContactFlowArn'] });
    expect(stack.resolve(construct.contactFlowId)).toEqual({ 'Fn::Select': [3, { 'Fn::Split': ['/', expect.anything()] }] });
  });

  describe('the phone number link\'s check stamp (a new one checks the number again)', () => {
    const stamp = (props: Partial<VanityConnectProps>): string => {
      const links = synth({ phoneNumberId: '11111111-2222-4333-8444-555555555555', ...props }).template.findResources('Custom::ConnectPhoneNumberContactFlow');
      const [link] = Object.values(links) as { Properties?: { Deployment?: unknown } }[];
      return String(link?.Properties?.Deployment);
    };
    const flowFile = (content: string): string => {
      const file = path.join(mkdtempSync(path.join(tmpdir(), 'flow-')), 'flow.json');
      writeFileSync(file, content);
      return file;
    };

    it('is the same for two synths of the same code, so templates are reproducible', () => {
      expect(stamp({})).toMatch(/^flow-[0-9a-f]{16}$/);
      expect(stamp({})).toBe(stamp({}));
    });

    it('changes with the flow file when no build names itself (a sandbox)', () => {
      expect(stamp({ flowTemplatePath: flowFile('{"a":"${VanityLookupFunctionArn}"}') })).not.toBe(stamp({ flowTemplatePath: flowFile('{"b":"${VanityLookupFunctionArn}"}') }));
    });

    it('is the Amplify Hosting build\'s job id when given one, so every build\'s deployment checks the number', () => {
      expect(stamp({ phoneNumberCheck: '0000000042' })).toBe('0000000042');
    });
  });

  it('associates no phone number unless given one', () => {
    expect(Object.keys(synth().template.findResources('Custom::ConnectPhoneNumberContactFlow'))).toHaveLength(0);
    const withNumber = synth({ phoneNumberId: '11111111-2222-4333-8444-555555555555' }).template;
    withNumber.resourceCountIs('Custom::ConnectPhoneNumberContactFlow', 1);
    withNumber.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Action: ['connect:AssociatePhoneNumberContactFlow', 'connect:DisassociatePhoneNumberContactFlow'] }),
          Match.objectLike({ Action: 'connect:ListFlowAssociations', Resource: instance.arn }),
        ]),
      },
    });
  });

  it('fails synthesis when the flow template has a placeholder nobody fills', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'flow-'));
    const file = path.join(dir, 'flow.json');
    writeFileSync(file, '{"a":"${VanityLookupFunctionArn}","b":"${QueueArn}"}');
    expect(() => synth({ flowTemplatePath: file })).toThrow(/\$\{QueueArn\} but no value/);
  });
});
