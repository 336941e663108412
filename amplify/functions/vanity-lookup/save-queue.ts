import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';

/** Where a call goes when it cannot be saved while the caller waits; the drain function saves it later. */
export interface SaveQueue {
  /** Resolves once the queue has stored the message durably (SQS answered SendMessage). */
  send(body: string, contactId: string): Promise<void>;
}

/**
 * The SQS queue named by the function's SAVE_QUEUE_URL. The SDK's own timeouts keep a hung SQS from
 * holding the caller: the request gives up after `timeoutMs` and is not retried past it.
 */
export function createSqsSaveQueue(queueUrl: string, timeoutMs: number, client = new SQSClient({ maxAttempts: 2, requestHandler: { requestTimeout: timeoutMs, connectionTimeout: Math.min(timeoutMs, 1_000) } })): SaveQueue {
  return {
    async send(body, contactId) {
      await client.send(
        new SendMessageCommand({
          QueueUrl: queueUrl,
          MessageBody: body,
          // Lets an operator find a call in the queue or the dead-letter queue without parsing bodies.
          MessageAttributes: { contactId: { DataType: 'String', StringValue: contactId } },
        }),
        { abortSignal: AbortSignal.timeout(timeoutMs) },
      );
    },
  };
}

/** The variable amplify/backend.ts sets to the save queue's URL. */
export const SAVE_QUEUE_URL_VARIABLE = 'SAVE_QUEUE_URL';

/** The queue URL from the function's environment; undefined when the backend wired none. */
export function readSaveQueueUrl(env: Record<string, unknown>): string | undefined {
  const raw = env[SAVE_QUEUE_URL_VARIABLE];
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string' || !/^https?:\/\/\S+$/.test(raw)) throw new Error(`${SAVE_QUEUE_URL_VARIABLE} must be the queue's URL, got ${JSON.stringify(raw)}`);
  return raw;
}
