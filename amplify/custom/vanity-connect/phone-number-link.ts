import {
  AssociatePhoneNumberContactFlowCommand,
  DisassociatePhoneNumberContactFlowCommand,
  ListFlowAssociationsCommand,
  type ConnectClient,
} from '@aws-sdk/client-connect';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';

/** The custom resource's properties, as CloudFormation passes them (strings). */
export interface PhoneNumberLinkProperties {
  InstanceId: string;
  PhoneNumberId: string;
  /** This backend's flow. */
  ContactFlowId: string;
  /**
   * Changes with every Amplify Hosting build (its job id) or with the flow file, so that deployment sends
   * an Update and the number is checked again (a number re-pointed in the console is taken back; one
   * still ours is left untouched).
   */
  Deployment?: string;
}

/** What the provider framework expects back from the onEvent handler. */
export interface PhoneNumberLinkResponse {
  PhysicalResourceId: string;
  Data?: Record<string, string>;
}

/** Written into the physical id when the number had no flow before this backend took it. */
const NO_FLOW = 'none';

/**
 * The physical id records what a delete needs and the properties do not say: the flow the number
 * had before this backend linked it (`<instance>/<number>/<previous flow or none>`).
 */
export function physicalId(instanceId: string, phoneNumberId: string, previousFlowId: string | undefined): string {
  return `${instanceId}/${phoneNumberId}/${previousFlowId ?? NO_FLOW}`;
}

/** The flow a physical id says the number had before; undefined for none, or an id from an older format. */
export function previousFlowOf(physicalResourceId: string): string | undefined {
  const parts = physicalResourceId.split('/');
  const previous = parts.length === 3 ? parts[2] : undefined;
  return previous === undefined || previous === NO_FLOW ? undefined : previous;
}

/** The last segment of an ARN, or the id itself: Connect answers with either form. */
const idOf = (idOrArn: string): string => idOrArn.slice(idOrArn.lastIndexOf('/') + 1);

/** The flow a claimed number points at now, if any. */
async function currentFlowId(client: ConnectClient, instanceId: string, phoneNumberId: string): Promise<string | undefined> {
  let nextToken: string | undefined;
  do {
    const page = await client.send(
      new ListFlowAssociationsCommand({ InstanceId: instanceId, ResourceType: 'VOICE_PHONE_NUMBER', MaxResults: 1000, NextToken: nextToken }),
    );
    const match = page.FlowAssociationSummaryList?.find((summary) => summary.ResourceId !== undefined && idOf(summary.ResourceId) === phoneNumberId);
    if (match?.FlowId !== undefined) return idOf(match.FlowId);
    nextToken = page.NextToken;
  } while (nextToken !== undefined);
  return undefined;
}

const isNotFound = (error: unknown): boolean => error instanceof Error && error.name === 'ResourceNotFoundException';

async function associate(client: ConnectClient, props: PhoneNumberLinkProperties, flowId: string): Promise<void> {
  await client.send(
    new AssociatePhoneNumberContactFlowCommand({ InstanceId: props.InstanceId, PhoneNumberId: props.PhoneNumberId, ContactFlowId: flowId }),
  );
}

/**
 * Points the number at this backend's flow. `previous` is the flow to give it back to later: read from
 * Connect when the number is new to this resource (unless it already points at our flow, as on a
 * retried create), otherwise the one remembered in the physical id.
 */
async function link(
  client: ConnectClient,
  props: PhoneNumberLinkProperties,
  previous: { remembered: string | undefined } | 'read-current',
): Promise<PhoneNumberLinkResponse> {
  let before: string | undefined;
  if (previous === 'read-current') {
    const current = await currentFlowId(client, props.InstanceId, props.PhoneNumberId);
    before = current === props.ContactFlowId ? undefined : current;
  } else {
    before = previous.remembered;
  }
  await associate(client, props, props.ContactFlowId);
  return { PhysicalResourceId: physicalId(props.InstanceId, props.PhoneNumberId, before), Data: { PreviousContactFlowId: before ?? '' } };
}

/**
 * Gives the number back, but only if it is still ours: a number that now points at another flow
 * (another backend took it over, or someone re-pointed it in the console) is left alone. Ours goes
 * back to the flow it had before; if that flow is gone, the number is left with no flow.
 */
async function unlink(client: ConnectClient, props: PhoneNumberLinkProperties, previous: string | undefined): Promise<string> {
  let current: string | undefined;
  try {
    current = await currentFlowId(client, props.InstanceId, props.PhoneNumberId);
  } catch (error) {
    if (isNotFound(error)) return 'instance gone: nothing to unlink';
    throw error;
  }
  if (current !== props.ContactFlowId) return `left alone: the number points at ${current ?? 'no flow'}, not this backend's flow`;
  if (previous !== undefined) {
    try {
      await associate(client, props, previous);
      return `restored the previous flow ${previous}`;
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
  try {
    await client.send(new DisassociatePhoneNumberContactFlowCommand({ InstanceId: props.InstanceId, PhoneNumberId: props.PhoneNumberId }));
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
  return previous === undefined ? 'unlinked: the number had no flow before' : `unlinked: the previous flow ${previous} is gone`;
}

function readProperties(raw: Record<string, unknown>): PhoneNumberLinkProperties {
  const value = (key: keyof PhoneNumberLinkProperties): string => {
    const found = raw[key];
    if (typeof found !== 'string' || found === '') throw new Error(`the phone number link needs the property ${key}`);
    return found;
  };
  return { InstanceId: value('InstanceId'), PhoneNumberId: value('PhoneNumberId'), ContactFlowId: value('ContactFlowId') };
}

/**
 * The provider framework's onEvent handler for Custom::ConnectPhoneNumberContactFlow. A changed
 * number or instance is a replacement: the new number is linked under a new physical id, and
 * CloudFormation then deletes the old one, which unlinks the old number if it is still ours.
 */
export async function onPhoneNumberLinkEvent(
  event: CloudFormationCustomResourceEvent,
  client: ConnectClient,
  log: (message: string) => void = console.log,
): Promise<PhoneNumberLinkResponse> {
  const props = readProperties(event.ResourceProperties);
  switch (event.RequestType) {
    case 'Create':
      return link(client, props, 'read-current');
    case 'Update': {
      const old = readProperties(event.OldResourceProperties);
      const sameNumber = old.InstanceId === props.InstanceId && old.PhoneNumberId === props.PhoneNumberId;
      if (!sameNumber) return link(client, props, 'read-current');
      // Same number: every deployment checks it. This backend is its configured owner, so a number that
      // points elsewhere (re-pointed in the console) is taken back; the flow remembered from before this
      // backend stays the one a delete gives it back to.
      const remembered = previousFlowOf(event.PhysicalResourceId);
      const current = await currentFlowId(client, props.InstanceId, props.PhoneNumberId);
      if (current === props.ContactFlowId) {
        log(`phone number ${props.PhoneNumberId}: points at this backend's flow, left as it is`);
        return { PhysicalResourceId: event.PhysicalResourceId, Data: { PreviousContactFlowId: remembered ?? '' } };
      }
      if (current !== old.ContactFlowId) log(`phone number ${props.PhoneNumberId}: taken back from ${current ?? 'no flow'}, set outside this backend since its last deployment`);
      return link(client, props, { remembered });
    }
    case 'Delete': {
      const outcome = await unlink(client, props, previousFlowOf(event.PhysicalResourceId));
      log(`phone number ${props.PhoneNumberId}: ${outcome}`);
      return { PhysicalResourceId: event.PhysicalResourceId };
    }
  }
}
