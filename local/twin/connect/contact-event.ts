import type { ConnectContactFlowEvent } from 'aws-lambda';
import type { ContactState } from './references';

/**
 * The event Connect sends an InvokeLambdaFunction block
 * (https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html):
 * the contact's data, and the block's LambdaInvocationAttributes as `Parameters`.
 */
export function contactFlowEvent(state: ContactState, parameters: Record<string, string>): ConnectContactFlowEvent {
  return {
    Name: 'ContactFlowEvent',
    Details: {
      ContactData: {
        Attributes: { ...state.attributes },
        Channel: 'VOICE',
        ContactId: state.contactId,
        CustomerEndpoint: state.customerEndpoint ? { Address: state.customerEndpoint.Address, Type: 'TELEPHONE_NUMBER' } : null,
        InitialContactId: state.initialContactId,
        InitiationMethod: 'INBOUND',
        InstanceARN: state.instanceArn,
        PreviousContactId: state.initialContactId,
        Queue: null,
        SystemEndpoint: state.systemEndpoint ? { Address: state.systemEndpoint.Address, Type: 'TELEPHONE_NUMBER' } : null,
        MediaStreams: { Customer: { Audio: null } },
      },
      Parameters: parameters,
    },
  };
}
