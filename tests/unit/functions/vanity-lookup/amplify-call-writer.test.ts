import { describe, expect, it } from 'vitest';
import { CallWriteError, createAmplifyCallWriter, type VanityCallCreator } from '../../../../amplify/functions/vanity-lookup/amplify-call-writer';
import type { VanityCallRecord } from '../../../../amplify/functions/vanity-lookup/call-record';
import { reuseUntilFailure } from '../../../../amplify/functions/vanity-lookup/shared-setup';
import { callRecord } from '../call-record-fixture';

const RECORD = callRecord();

function client(errors?: { message: string; errorType?: string }[]): VanityCallCreator & { inputs: VanityCallRecord[] } {
  const inputs: VanityCallRecord[] = [];
  return { inputs, models: { VanityCall: { create: async (input) => { inputs.push(input); return errors === undefined ? {} : { errors }; } } } };
}

describe('createAmplifyCallWriter', () => {
  it('creates the row through the data client', async () => {
    const fake = client();
    await expect(createAmplifyCallWriter(fake).save(RECORD)).resolves.toBe('created');
    expect(fake.inputs).toEqual([RECORD]);
  });

  it.each([
    [[{ errorType: 'DynamoDB:ConditionalCheckFailedException', message: 'The conditional request failed (Service: DynamoDb)' }]],
    [[{ message: 'The conditional request failed' }]],
    [[{ errorType: 'ConflictUnhandled', message: 'Item already exists' }]],
  ])('treats "already exists" from a retried invocation as saved: %j', async (errors) => {
    await expect(createAmplifyCallWriter(client(errors)).save(RECORD)).resolves.toBe('already-recorded');
  });

  it.each([
    [[{ errorType: 'Unauthorized', message: 'Not Authorized to access createVanityCall on type Mutation' }]],
    [[{ errorType: 'DynamoDB:ConditionalCheckFailedException', message: 'conditional request failed' }, { errorType: 'Unauthorized', message: 'no' }]],
  ])('throws on any other error: %j', async (errors) => {
    await expect(createAmplifyCallWriter(client(errors)).save(RECORD)).rejects.toThrow(CallWriteError);
  });

  it('fails the save, and retries on the next, when the client could not be configured', async () => {
    let attempts = 0;
    const getClient = reuseUntilFailure(
      async () => {
        attempts += 1;
        if (attempts === 1) throw new Error('no model introspection schema');
        return client();
      },
      { timeoutMs: 1_000, label: 'data client setup' },
    );
    const writer = createAmplifyCallWriter(getClient);
    await expect(writer.save(RECORD)).rejects.toThrow('no model introspection schema');
    await expect(writer.save(RECORD)).resolves.toBe('created');
    await expect(writer.save(RECORD)).resolves.toBe('created');
    expect(attempts).toBe(2);
  });

  it('fails the save, and retries on the next, when configuring the client hangs', async () => {
    let attempts = 0;
    const getClient = reuseUntilFailure(
      () => {
        attempts += 1;
        return attempts === 1 ? new Promise<VanityCallCreator>(() => undefined) : Promise.resolve(client());
      },
      { timeoutMs: 20, label: 'data client setup' },
    );
    const writer = createAmplifyCallWriter(getClient);
    await expect(writer.save(RECORD)).rejects.toThrow('data client setup did not finish within 20 ms');
    await expect(writer.save(RECORD)).resolves.toBe('created');
    expect(attempts).toBe(2);
  });
});
