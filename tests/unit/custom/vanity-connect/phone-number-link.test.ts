import {
  AssociatePhoneNumberContactFlowCommand,
  ConnectClient,
  DisassociatePhoneNumberContactFlowCommand,
  ListFlowAssociationsCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-connect';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it } from 'vitest';
import { onPhoneNumberLinkEvent, physicalId, previousFlowOf } from '../../../../amplify/custom/vanity-connect/phone-number-link';

const INSTANCE = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const NUMBER = '11111111-2222-4333-8444-555555555555';
const OTHER_NUMBER = '99999999-2222-4333-8444-555555555555';
const OURS = 'f10000000-0000-4000-8000-000000000001';
const BEFORE = 'f20000000-0000-4000-8000-000000000002';
const ELSEWHERE = 'f30000000-0000-4000-8000-000000000003';
const flowArn = (flowId: string) => `arn:aws:connect:eu-west-2:123456789012:instance/${INSTANCE}/contact-flow/${flowId}`;
const numberArn = (numberId: string) => `arn:aws:connect:eu-west-2:123456789012:phone-number/${numberId}`;

const connect = mockClient(ConnectClient);
const client = new ConnectClient({ region: 'eu-west-2' });
const properties = (phoneNumberId = NUMBER, contactFlowId = OURS) => ({
  ServiceToken: 'arn:aws:lambda:eu-west-2:123456789012:function:provider',
  InstanceId: INSTANCE,
  PhoneNumberId: phoneNumberId,
  ContactFlowId: contactFlowId,
});
const common = {
  ServiceToken: 'arn:aws:lambda:eu-west-2:123456789012:function:provider',
  ResponseURL: 'https://example.invalid/response',
  StackId: 'arn:aws:cloudformation:eu-west-2:123456789012:stack/connect/1',
  RequestId: 'request-1',
  LogicalResourceId: 'PhoneNumber',
  ResourceType: 'Custom::ConnectPhoneNumberContactFlow',
};
const create = (): CloudFormationCustomResourceEvent => ({ ...common, RequestType: 'Create', ResourceProperties: properties() });
const remove = (physical: string, props = properties()): CloudFormationCustomResourceEvent => ({
  ...common,
  RequestType: 'Delete',
  PhysicalResourceId: physical,
  ResourceProperties: props,
});
const update = (physical: string, oldProps: ReturnType<typeof properties>, props: ReturnType<typeof properties>): CloudFormationCustomResourceEvent => ({
  ...common,
  RequestType: 'Update',
  PhysicalResourceId: physical,
  OldResourceProperties: oldProps,
  ResourceProperties: props,
});

/** Connect answers with the number's flow (ARN form, on the second page, as a large instance would). */
function numberPointsAt(flowId: string | undefined): void {
  connect.on(ListFlowAssociationsCommand).callsFake((input: { NextToken?: string }) =>
    input.NextToken === undefined
      ? { FlowAssociationSummaryList: [{ ResourceId: numberArn(OTHER_NUMBER), FlowId: flowArn(ELSEWHERE), ResourceType: 'VOICE_PHONE_NUMBER' }], NextToken: 'page-2' }
      : { FlowAssociationSummaryList: flowId === undefined ? [] : [{ ResourceId: numberArn(NUMBER), FlowId: flowArn(flowId), ResourceType: 'VOICE_PHONE_NUMBER' }] },
  );
}

const associations = () => connect.commandCalls(AssociatePhoneNumberContactFlowCommand).map((call) => call.args[0].input.ContactFlowId);
const disassociations = () => connect.commandCalls(DisassociatePhoneNumberContactFlowCommand).length;
const quiet = () => undefined;

beforeEach(() => {
  connect.reset();
  connect.on(AssociatePhoneNumberContactFlowCommand).resolves({});
  connect.on(DisassociatePhoneNumberContactFlowCommand).resolves({});
});

describe('the physical id', () => {
  it.each([
    [BEFORE, BEFORE],
    [undefined, undefined],
  ])('carries the previous flow %s', (previous, expected) => {
    expect(previousFlowOf(physicalId(INSTANCE, NUMBER, previous))).toBe(expected);
  });

  it('reads no previous flow from the id AwsCustomResource used (instance/number)', () => {
    expect(previousFlowOf(`${INSTANCE}/${NUMBER}`)).toBeUndefined();
  });
});

describe('create', () => {
  it.each([
    ['a number with a flow remembers it', BEFORE, BEFORE],
    ['a number with no flow remembers none', undefined, undefined],
    ['a retried create (already ours) does not remember our own flow', OURS, undefined],
  ])('%s', async (_label, current, remembered) => {
    numberPointsAt(current);
    const response = await onPhoneNumberLinkEvent(create(), client, quiet);
    expect(associations()).toEqual([OURS]);
    expect(response.PhysicalResourceId).toBe(physicalId(INSTANCE, NUMBER, remembered));
  });

  it('fails with Connect\'s error when the number cannot be linked', async () => {
    numberPointsAt(undefined);
    connect.on(AssociatePhoneNumberContactFlowCommand).rejects(new ResourceNotFoundException({ message: 'Phone number not found', $metadata: {} }));
    await expect(onPhoneNumberLinkEvent(create(), client, quiet)).rejects.toThrow('Phone number not found');
  });
});

describe('delete', () => {
  it.each<[string, string | undefined, string | undefined, string[], number]>([
    ['ours, with a previous flow: gives it back', OURS, BEFORE, [BEFORE], 0],
    ['ours, with no previous flow: unlinks', OURS, undefined, [], 1],
    ['taken over by another backend: left alone', ELSEWHERE, BEFORE, [], 0],
    ['re-pointed to nothing: left alone', undefined, BEFORE, [], 0],
  ])('%s', async (_label, current, previous, associated, disassociated) => {
    numberPointsAt(current);
    const physical = physicalId(INSTANCE, NUMBER, previous);
    const logged: string[] = [];
    const response = await onPhoneNumberLinkEvent(remove(physical), client, (line) => logged.push(line));
    expect(response.PhysicalResourceId).toBe(physical);
    expect(associations()).toEqual(associated);
    expect(disassociations()).toBe(disassociated);
    expect(logged).toHaveLength(1);
  });

  it('unlinks when the previous flow has been deleted since', async () => {
    numberPointsAt(OURS);
    connect.on(AssociatePhoneNumberContactFlowCommand).rejects(new ResourceNotFoundException({ message: 'Flow not found', $metadata: {} }));
    await onPhoneNumberLinkEvent(remove(physicalId(INSTANCE, NUMBER, BEFORE)), client, quiet);
    expect(associations()).toEqual([BEFORE]);
    expect(disassociations()).toBe(1);
  });

  it('succeeds when the instance is gone', async () => {
    connect.on(ListFlowAssociationsCommand).rejects(new ResourceNotFoundException({ message: 'Instance not found', $metadata: {} }));
    await onPhoneNumberLinkEvent(remove(physicalId(INSTANCE, NUMBER, BEFORE)), client, quiet);
    expect(associations()).toEqual([]);
    expect(disassociations()).toBe(0);
  });

  it('fails the deployment on any other error, rather than leave the number in doubt', async () => {
    connect.on(ListFlowAssociationsCommand).rejects(new Error('AccessDeniedException: not authorized'));
    await expect(onPhoneNumberLinkEvent(remove(physicalId(INSTANCE, NUMBER, BEFORE)), client, quiet)).rejects.toThrow('not authorized');
  });
});

describe('update', () => {
  it('keeps the flow the number had before this backend when only our flow changed', async () => {
    const NEW_FLOW = 'f40000000-0000-4000-8000-000000000004';
    numberPointsAt(OURS);
    const physical = physicalId(INSTANCE, NUMBER, BEFORE);
    const response = await onPhoneNumberLinkEvent(update(physical, properties(NUMBER, OURS), properties(NUMBER, NEW_FLOW)), client, quiet);
    expect(associations()).toEqual([NEW_FLOW]);
    expect(response.PhysicalResourceId).toBe(physical);
  });

  it('links a new number under a new id, remembering that number\'s flow (CloudFormation then deletes the old id)', async () => {
    connect.on(ListFlowAssociationsCommand).resolves({
      FlowAssociationSummaryList: [{ ResourceId: numberArn(OTHER_NUMBER), FlowId: flowArn(ELSEWHERE), ResourceType: 'VOICE_PHONE_NUMBER' }],
    });
    const response = await onPhoneNumberLinkEvent(update(physicalId(INSTANCE, NUMBER, BEFORE), properties(NUMBER), properties(OTHER_NUMBER)), client, quiet);
    expect(associations()).toEqual([OURS]);
    expect(response.PhysicalResourceId).toBe(physicalId(INSTANCE, OTHER_NUMBER, ELSEWHERE));
  });
});

describe('a deployment that changes nothing but its Deployment stamp', () => {
  const stamped = (deployment: string) => ({ ...properties(), Deployment: deployment });

  it.each<[string, string | undefined, string[], RegExp]>([
    ['leaves a number that still points at our flow untouched', OURS, [], /left as it is/],
    ['takes back a number re-pointed in the console, keeping the flow it had before this backend', ELSEWHERE, [OURS], new RegExp(`taken back from ${ELSEWHERE}`)],
    ['takes back a number left with no flow in the console', undefined, [OURS], /taken back from no flow/],
  ])('%s', async (_case, pointsAt, expectedAssociations, logged) => {
    numberPointsAt(pointsAt);
    const messages: string[] = [];
    const physical = physicalId(INSTANCE, NUMBER, BEFORE);
    const response = await onPhoneNumberLinkEvent(update(physical, stamped('2026-11-29T10:00:00.000Z'), stamped('2026-11-30T10:00:00.000Z')), client, (message) => messages.push(message));
    expect(associations()).toEqual(expectedAssociations);
    expect(response.PhysicalResourceId).toBe(physical);
    expect(messages.join('\n')).toMatch(logged);
    // A later delete still gives the number back to the flow it had before this backend.
    expect(previousFlowOf(response.PhysicalResourceId)).toBe(BEFORE);
  });
});

describe('a number handed from one backend to another', () => {
  it('ends on the new owner\'s flow whichever backend deploys first, and on the original flow once both are gone', async () => {
    const MAIN = OURS;
    const PROD = 'f50000000-0000-4000-8000-000000000005';
    let pointsAt: string | undefined = BEFORE;
    connect.on(ListFlowAssociationsCommand).callsFake(() => ({
      FlowAssociationSummaryList: pointsAt === undefined ? [] : [{ ResourceId: NUMBER, FlowId: pointsAt, ResourceType: 'VOICE_PHONE_NUMBER' }],
    }));
    connect.on(AssociatePhoneNumberContactFlowCommand).callsFake((input: { ContactFlowId: string }) => {
      pointsAt = input.ContactFlowId;
      return {};
    });
    connect.on(DisassociatePhoneNumberContactFlowCommand).callsFake(() => {
      pointsAt = undefined;
      return {};
    });
    const event = (flowId: string): CloudFormationCustomResourceEvent => ({ ...create(), ResourceProperties: properties(NUMBER, flowId) });

    const main = await onPhoneNumberLinkEvent(event(MAIN), client, quiet);
    const prod = await onPhoneNumberLinkEvent(event(PROD), client, quiet);
    expect(pointsAt).toBe(PROD);
    await onPhoneNumberLinkEvent(remove(main.PhysicalResourceId, properties(NUMBER, MAIN)), client, quiet);
    expect(pointsAt).toBe(PROD);
    // prod remembered main's flow; main's flow is gone by now, so Connect refuses it and the number is unlinked.
    connect.on(AssociatePhoneNumberContactFlowCommand).rejects(new ResourceNotFoundException({ message: 'Flow not found', $metadata: {} }));
    await onPhoneNumberLinkEvent(remove(prod.PhysicalResourceId, properties(NUMBER, PROD)), client, quiet);
    expect(pointsAt).toBeUndefined();
  });
});
