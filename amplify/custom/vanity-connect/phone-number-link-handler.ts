import { ConnectClient } from '@aws-sdk/client-connect';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { onPhoneNumberLinkEvent, type PhoneNumberLinkResponse } from './phone-number-link';

// The Lambda runtime's own SDK (bundled as external), in the function's region: the instance's.
const client = new ConnectClient({});

/** Entry point of the phone number link's onEvent function (provider framework). */
export const handler = (event: CloudFormationCustomResourceEvent): Promise<PhoneNumberLinkResponse> => onPhoneNumberLinkEvent(event, client);
