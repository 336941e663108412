import { describe, expect, it } from 'vitest';
import { App, Stack } from 'aws-cdk-lib';
import * as sns from 'aws-cdk-lib/aws-sns';
import { FlowTemplateError, renderFlowTemplate } from '../../../../amplify/custom/vanity-connect/flow-template';

const TEMPLATE = '{"Actions":[{"Parameters":{"LambdaFunctionARN":"${FunctionArn}","Text":"$.External.vanity1"}}]}';

describe('renderFlowTemplate', () => {
  it('fills every placeholder and returns compact JSON', () => {
    const rendered = renderFlowTemplate(`${TEMPLATE}\n`, { FunctionArn: 'arn:aws:lambda:us-east-1:1:function:f' });
    expect(JSON.parse(rendered)).toEqual({ Actions: [{ Parameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:1:function:f', Text: '$.External.vanity1' } }] });
    expect(rendered).not.toContain('\n');
  });

  it('fills repeated placeholders everywhere, not just the first', () => {
    expect(renderFlowTemplate('["${A}","${A}"]', { A: 'x' })).toBe('["x","x"]');
  });

  it('escapes values for the JSON string they land in', () => {
    expect(JSON.parse(renderFlowTemplate('{"t":"${A}"}', { A: 'say "hi"\\' }))).toEqual({ t: 'say "hi"\\' });
  });

  it('passes CDK tokens through for CloudFormation to resolve', () => {
    const topic = new sns.Topic(new Stack(new App(), 'S'), 'T');
    expect(renderFlowTemplate('{"a":"${Arn}"}', { Arn: topic.topicArn })).toContain('${Token[');
  });

  it.each([
    ['a placeholder without a value', TEMPLATE, {}, /uses \$\{FunctionArn\} but no value was given/],
    ['a value without a placeholder', TEMPLATE, { FunctionArn: 'x', FlowName: 'y' }, /does not use: FlowName/],
    ['a misspelt placeholder', TEMPLATE.replace('FunctionArn', 'FunctionARN'), { FunctionArn: 'x' }, /FunctionARN/],
    ['a malformed placeholder', '{"a":"${Function Arn}"}', { FunctionArn: 'x' }, /malformed placeholder/],
    ['an empty placeholder', '{"a":"${}"}', {}, /malformed placeholder/],
    ['an unterminated placeholder', '{"a":"${FunctionArn"}', {}, /unterminated/],
    ['a template that is not JSON', '{"a":"${A}",}', { A: 'x' }, /not valid JSON/],
  ])('throws on %s', (_, template, values, message) => {
    expect(() => renderFlowTemplate(template, values)).toThrow(FlowTemplateError);
    expect(() => renderFlowTemplate(template, values)).toThrow(message);
  });
});
