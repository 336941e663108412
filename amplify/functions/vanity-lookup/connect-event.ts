/** What the handler needs from Connect's ContactFlowEvent, read defensively from untyped input. */
export interface ContactEventFields {
  /** Absent when the event carries no usable contact id; such a call cannot be recorded. */
  contactId?: string;
  /** The caller's address as Connect sent it; absent when Connect sent none. */
  callerAddress?: string;
  /** Set when the event is not a ContactFlowEvent at all; then nothing else is read. */
  malformed?: string;
  /** Why the event's contact id cannot key a record (then `contactId` is absent), with a bounded excerpt of it. */
  unusableContactId?: string;
}

/**
 * The longest contact id Connect issues (its API's ContactId is 1 to 256 characters,
 * https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeContact.html); a longer one is
 * not Connect's, so it keys no record (DynamoDB would refuse a partition key over 2048 bytes anyway).
 */
const CONTACT_ID_MAX_CHARS = 256;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * Reads the contact id and caller number from a Connect ContactFlowEvent
 * (https://docs.aws.amazon.com/connect/latest/adminguide/connect-lambda-functions.html).
 * The number comes from Details.ContactData.CustomerEndpoint.Address. Our flow passes no invocation
 * attributes (flow logs would record them); a `callerNumber` attribute in Details.Parameters is still
 * read when the endpoint is missing, for flows that pass one.
 */
export function readContactEvent(event: unknown): ContactEventFields {
  if (!isObject(event) || !isObject(event.Details)) {
    return { malformed: 'event has no Details object' };
  }
  const { ContactData: contactData, Parameters: parameters } = event.Details;
  if (!isObject(contactData)) {
    return { malformed: 'event has no Details.ContactData object' };
  }
  let contactId = nonEmptyString(contactData.ContactId);
  let unusableContactId: string | undefined;
  if (contactId !== undefined && contactId.length > CONTACT_ID_MAX_CHARS) {
    // The count is grouped (200,005) so the log's phone-number redaction does not take it for a number.
    unusableContactId = `contact id of ${contactId.length.toLocaleString('en-US')} characters, over Connect's ${CONTACT_ID_MAX_CHARS}, starting "${contactId.slice(0, 64)}"`;
    contactId = undefined;
  }
  const endpoint = isObject(contactData.CustomerEndpoint) ? contactData.CustomerEndpoint : undefined;
  const fromEndpoint = typeof endpoint?.Address === 'string' ? endpoint.Address : undefined;
  const fromParameters = isObject(parameters) && typeof parameters.callerNumber === 'string' ? parameters.callerNumber : undefined;
  const callerAddress = nonEmptyString(fromEndpoint) ?? nonEmptyString(fromParameters);
  return {
    ...(contactId === undefined ? {} : { contactId }),
    ...(callerAddress === undefined ? {} : { callerAddress }),
    ...(unusableContactId === undefined ? {} : { unusableContactId }),
  };
}
