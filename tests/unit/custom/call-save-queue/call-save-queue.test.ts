import { describe, expect, it } from 'vitest';
import { App, Duration, Stack, type CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type { IConstruct } from 'constructs';
import { CallSaveQueue } from '../../../../amplify/custom/call-save-queue/call-save-queue';

function synth(maxReceiveCount?: number) {
  const stack = new Stack(new App(), 'Test');
  const fn = (id: string, timeout: number) =>
    new lambda.Function(stack, id, { runtime: lambda.Runtime.NODEJS_22_X, handler: 'index.handler', timeout: Duration.seconds(timeout), code: lambda.Code.fromInline('exports.handler=async()=>({})') });
  const lookupFunction = fn('Lookup', 7);
  const drainFunction = fn('Drain', 10);
  const construct = new CallSaveQueue(stack, 'Saves', { lookupFunction, drainFunction, drainTimeout: Duration.seconds(10), ...(maxReceiveCount === undefined ? {} : { maxReceiveCount }) });
  const template = Template.fromStack(stack);
  const id = (scope: IConstruct | undefined) => stack.getLogicalId(scope?.node.defaultChild as CfnElement);
  return { stack, construct, template, lookupRole: id(lookupFunction.role), drainRole: id(drainFunction.role), drainId: id(drainFunction) };
}

type PolicyStatement = { Action: string | string[]; Resource: unknown; Effect: string };

function statementsOf(template: Template, roleId: string): PolicyStatement[] {
  const policies = Object.values(template.findResources('AWS::IAM::Policy')) as { Properties: { Roles: { Ref: string }[]; PolicyDocument: { Statement: PolicyStatement[] } } }[];
  return policies.filter((policy) => policy.Properties.Roles.some((role) => role.Ref === roleId)).flatMap((policy) => policy.Properties.PolicyDocument.Statement);
}

describe('CallSaveQueue', () => {
  it('keeps queued calls and dead letters two weeks, encrypted, over TLS only', () => {
    const { template } = synth();
    template.resourceCountIs('AWS::SQS::Queue', 2);
    template.allResourcesProperties('AWS::SQS::Queue', { MessageRetentionPeriod: 1_209_600, SqsManagedSseEnabled: true });
    template.resourceCountIs('AWS::SQS::QueuePolicy', 2);
    template.allResourcesProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: { Statement: [Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })] },
    });
  });

  it.each([
    [undefined, 60],
    [5, 5],
  ])('moves a call to the dead-letter queue after maxReceiveCount %s -> %s receives; visibility is six drain timeouts', (given, expected) => {
    const { stack, construct, template } = synth(given);
    template.hasResourceProperties('AWS::SQS::Queue', {
      VisibilityTimeout: 60,
      RedrivePolicy: { deadLetterTargetArn: stack.resolve(construct.deadLetterQueue.queueArn), maxReceiveCount: expected },
    });
  });

  it('lets the lookup function only send, and only to the queue', () => {
    const { stack, construct, template, lookupRole } = synth();
    expect(statementsOf(template, lookupRole)).toEqual([{ Action: 'sqs:SendMessage', Effect: 'Allow', Resource: stack.resolve(construct.queue.queueArn) }]);
  });

  it('lets the drain function consume the queue (not the dead letters), in batches it can fail one by one', () => {
    const { stack, construct, template, drainRole, drainId } = synth();
    const statements = statementsOf(template, drainRole);
    expect(statements.map((statement) => statement.Resource)).toEqual([stack.resolve(construct.queue.queueArn)]);
    expect(statements.flatMap((statement) => statement.Action)).not.toContain('sqs:SendMessage');
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: drainId },
      EventSourceArn: stack.resolve(construct.queue.queueArn),
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 2 },
    });
  });

  it.each([
    ['dead letters', 'deadLetterQueue', 'ApproximateNumberOfMessagesVisible', 1],
    ['a backlog that stops draining', 'queue', 'ApproximateAgeOfOldestMessage', 900],
  ] as const)('alarms on %s', (_name, queue, metric, threshold) => {
    const { stack, construct, template } = synth();
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: metric,
      Namespace: 'AWS/SQS',
      Threshold: threshold,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
      Dimensions: [{ Name: 'QueueName', Value: stack.resolve(construct[queue].queueName) }],
    });
  });
});
