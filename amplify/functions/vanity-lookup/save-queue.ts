import { createHash } from 'node:crypto';
import { createAwsJsonClient, type AwsJsonClientOptions } from './aws-json-client';
import { readAwsCredentials, readAwsRegion, serviceEndpoint, type FunctionEnv } from './aws-environment';

/** Where a call goes when it cannot be saved while the caller waits; the drain function saves it later. */
export interface SaveQueue {
  /** Resolves once the queue has stored the message durably (SQS answered SendMessage). */
  send(body: string, contactId: string): Promise<void>;
}

/** Thrown when SQS's answer does not confirm the body it was sent (MD5OfMessageBody differs). */
export class SaveQueueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SaveQueueError';
  }
}

/**
 * The SQS queue named by the function's SAVE_QUEUE_URL, reached with SendMessage over SQS's AWS JSON
 * protocol (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-making-api-requests-json.html):
 * one signed fetch, no SDK at cold start. Two attempts within `timeoutMs`, after which the request is
 * aborted, so a hung SQS never holds the caller. The endpoint is the queue URL's own host, as the SDK
 * uses it, unless AWS_ENDPOINT_URL_SQS names another (the twin). A repeated send after a lost answer
 * queues the call twice; the drain saves it once (saves are idempotent by contact id).
 */
export function createSqsSaveQueue(queueUrl: string, timeoutMs: number, env: FunctionEnv, options: Pick<AwsJsonClientOptions, 'fetchImpl' | 'backoffMs'> = {}): SaveQueue {
  let sqs: ReturnType<typeof createAwsJsonClient> | undefined;
  return {
    async send(body, contactId) {
      if (sqs === undefined) {
        const region = readAwsRegion(env);
        const endpoint = env.AWS_ENDPOINT_URL_SQS || env.AWS_ENDPOINT_URL ? serviceEndpoint(env, 'SQS', 'sqs', region) : new URL('/', queueUrl);
        sqs = createAwsJsonClient({ signingName: 'sqs', targetPrefix: 'AmazonSQS' }, { endpoint, region, credentials: () => readAwsCredentials(env), timeoutMs, maxAttempts: 2, ...options });
      }
      const answer = await sqs.call('SendMessage', {
        QueueUrl: queueUrl,
        MessageBody: body,
        // Lets an operator find a call in the queue or the dead-letter queue without parsing bodies.
        MessageAttributes: { contactId: { DataType: 'String', StringValue: contactId } },
      });
      // The SDK checks this too: SQS says which body it stored.
      const md5 = createHash('md5').update(body, 'utf8').digest('hex');
      if (answer.MD5OfMessageBody !== md5) throw new SaveQueueError(`SQS stored a body whose MD5 is ${JSON.stringify(answer.MD5OfMessageBody)}, not ${md5}`);
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
