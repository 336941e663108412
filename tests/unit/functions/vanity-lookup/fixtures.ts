import { toKeypadDigits, type VanityCandidate, type VanityResult } from '../../../../amplify/engine';

/** A Connect ContactFlowEvent with the given caller address and contact id. */
export function contactEvent(address: string | null, contactId: string | null = 'contact-1', parameters: Record<string, string> = {}): unknown {
  return {
    Name: 'ContactFlowEvent',
    Details: {
      ContactData: {
        Attributes: {},
        Channel: 'VOICE',
        ...(contactId === null ? {} : { ContactId: contactId }),
        CustomerEndpoint: address === null ? null : { Address: address, Type: 'TELEPHONE_NUMBER' },
        InitialContactId: contactId ?? 'initial-1',
        InitiationMethod: 'INBOUND',
        InstanceARN: 'arn:aws:connect:us-east-1:123456789012:instance/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      },
      Parameters: parameters,
    },
  };
}

/** A candidate built from hyphen-separated pieces; letters make a word piece. */
export function candidate(text: string): VanityCandidate {
  return {
    text,
    score: 1,
    parts: text.split('-').map((piece) => ({ text: piece, digits: toKeypadDigits(piece).replace(/\D/g, ''), isWord: /[A-Z]/.test(piece) })),
  };
}

/** A fake engine answer with the given vanity numbers. */
export function vanityResult(texts: string[], overrides: Partial<VanityResult> = {}): VanityResult {
  return {
    input: '+18003569377',
    e164: '+18003569377',
    country: 'US',
    callingCode: '1',
    vanityNumbers: texts,
    candidates: texts.map(candidate),
    ...overrides,
  };
}
