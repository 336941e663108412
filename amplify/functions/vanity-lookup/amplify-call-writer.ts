import type { CallWriter, SaveResult, VanityCallRecord } from './call-record';

interface GraphQLErrorLike {
  message: string;
  errorType?: string;
}

/** The part of the Amplify Data client the writer uses; the generated VanityDataClient satisfies it. */
export interface VanityCallCreator {
  models: {
    VanityCall: {
      create(input: VanityCallRecord): Promise<{ errors?: readonly GraphQLErrorLike[] }>;
    };
  };
}

/** Thrown when AppSync answers a create with errors other than "already exists". */
export class CallWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CallWriteError';
  }
}

// The create resolver writes with attribute_not_exists(contactId): a retried invocation meets
// DynamoDB's ConditionalCheckFailedException, which means an earlier attempt already saved the call.
const ALREADY_EXISTS = /ConditionalCheckFailed|conditional request failed|already exists/i;

/** True when every error says the row is already there. */
function isAlreadyRecorded(errors: readonly GraphQLErrorLike[]): boolean {
  return errors.length > 0 && errors.every((error) => ALREADY_EXISTS.test(`${error.errorType ?? ''} ${error.message}`));
}

/**
 * Saves calls through the Amplify Data client (AppSync), so dashboard subscriptions see each new
 * call. Given a function, the client is fetched per save: a failure to configure it is a failed
 * save, not a failed call.
 */
export function createAmplifyCallWriter(client: VanityCallCreator | (() => Promise<VanityCallCreator>)): CallWriter {
  return {
    async save(record: VanityCallRecord): Promise<SaveResult> {
      const creator = typeof client === 'function' ? await client() : client;
      const { errors } = await creator.models.VanityCall.create(record);
      if (errors === undefined || errors.length === 0) return 'created';
      if (isAlreadyRecorded(errors)) return 'already-recorded';
      throw new CallWriteError(errors.map((error) => `${error.errorType}: ${error.message}`).join('; '));
    },
  };
}
