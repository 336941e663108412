import path from 'node:path';
import { LocalQueue, type MessageAttribute } from './local-queue';
import type { QueueDefinition } from './queue-definition';

/** An SQS error in the JSON protocol's terms: its type and the HTTP status. */
export class SqsError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = type;
  }
}

/** SQS's limit on a message body. */
const MAX_MESSAGE_BYTES = 256 * 1024;

/** The twin's SQS: the synthesised queues, wired to their dead-letter queues, answering the JSON protocol the SDK speaks. */
export class LocalSqs {
  private readonly byName = new Map<string, LocalQueue>();
  private readonly byArn = new Map<string, LocalQueue>();

  /** `dataDir` holds one journal per queue; undefined keeps messages in memory. */
  constructor(definitions: QueueDefinition[], dataDir: string | undefined) {
    for (const definition of definitions) {
      const queue = new LocalQueue(
        { name: definition.name, arn: definition.arn, visibilityTimeoutSeconds: definition.visibilityTimeoutSeconds, retentionSeconds: definition.retentionSeconds },
        dataDir ? path.join(dataDir, `${definition.name}.jsonl`) : undefined,
      );
      this.byName.set(definition.name, queue);
      this.byArn.set(definition.arn, queue);
    }
    for (const definition of definitions) {
      if (!definition.redrive) continue;
      const deadLetterQueue = this.byArn.get(definition.redrive.deadLetterArn);
      if (!deadLetterQueue) throw new Error(`queue ${definition.name} redrives to ${definition.redrive.deadLetterArn}, which the assembly does not define`);
      const queue = this.byName.get(definition.name);
      if (queue) queue.redrive = { deadLetterQueue, maxReceiveCount: definition.redrive.maxReceiveCount };
    }
  }

  queues(): LocalQueue[] {
    return [...this.byName.values()];
  }

  queueByArn(arn: string): LocalQueue | undefined {
    return this.byArn.get(arn);
  }

  private queueByUrl(url: unknown): LocalQueue {
    const name = typeof url === 'string' ? url.slice(url.lastIndexOf('/') + 1) : '';
    const queue = this.byName.get(name);
    if (!queue) throw new SqsError('QueueDoesNotExist', `The specified queue does not exist: ${String(url).slice(0, 200)}`);
    return queue;
  }

  /** Answers one SQS operation (X-Amz-Target AmazonSQS.<operation>) of the JSON protocol. */
  handle(operation: string, body: Record<string, unknown>, baseUrl: string): object {
    switch (operation) {
      case 'SendMessage': {
        const queue = this.queueByUrl(body.QueueUrl);
        const text = body.MessageBody;
        if (typeof text !== 'string' || text === '') throw new SqsError('MissingParameter', 'The request must contain the parameter MessageBody.');
        if (Buffer.byteLength(text) > MAX_MESSAGE_BYTES) throw new SqsError('InvalidParameterValue', `One or more parameters are invalid. Reason: Message must be shorter than ${MAX_MESSAGE_BYTES} bytes.`);
        const attributes = (typeof body.MessageAttributes === 'object' && body.MessageAttributes !== null ? body.MessageAttributes : {}) as Record<string, MessageAttribute>;
        const { messageId, md5OfBody } = queue.send(text, attributes, typeof body.DelaySeconds === 'number' ? body.DelaySeconds : 0);
        return { MessageId: messageId, MD5OfMessageBody: md5OfBody };
      }
      case 'ReceiveMessage': {
        const queue = this.queueByUrl(body.QueueUrl);
        const max = typeof body.MaxNumberOfMessages === 'number' ? Math.min(10, Math.max(1, body.MaxNumberOfMessages)) : 1;
        const visibility = typeof body.VisibilityTimeout === 'number' ? body.VisibilityTimeout : undefined;
        const messages = queue.receive(max, visibility);
        return {
          Messages: messages.map((message) => ({
            MessageId: message.messageId,
            ReceiptHandle: message.receiptHandle,
            MD5OfBody: message.md5OfBody,
            Body: message.body,
            Attributes: message.attributes,
            MessageAttributes: message.messageAttributes,
          })),
        };
      }
      case 'DeleteMessage':
        this.queueByUrl(body.QueueUrl).delete(String(body.ReceiptHandle));
        return {};
      case 'ChangeMessageVisibility':
        this.queueByUrl(body.QueueUrl).changeVisibility(String(body.ReceiptHandle), Number(body.VisibilityTimeout ?? 0));
        return {};
      case 'GetQueueAttributes': {
        const queue = this.queueByUrl(body.QueueUrl);
        const counts = queue.counts();
        return {
          Attributes: {
            QueueArn: queue.settings.arn,
            ApproximateNumberOfMessages: String(counts.visible),
            ApproximateNumberOfMessagesNotVisible: String(counts.inFlight),
            ApproximateNumberOfMessagesDelayed: String(counts.delayed),
            VisibilityTimeout: String(queue.settings.visibilityTimeoutSeconds),
            MessageRetentionPeriod: String(queue.settings.retentionSeconds),
          },
        };
      }
      case 'GetQueueUrl': {
        const queue = this.byName.get(String(body.QueueName));
        if (!queue) throw new SqsError('QueueDoesNotExist', `The specified queue does not exist: ${String(body.QueueName).slice(0, 200)}`);
        return { QueueUrl: `${baseUrl}/${queue.settings.arn.split(':')[4] ?? ''}/${queue.settings.name}` };
      }
      case 'ListQueues':
        return { QueueUrls: this.queues().map((queue) => `${baseUrl}/${queue.settings.arn.split(':')[4] ?? ''}/${queue.settings.name}`) };
      default:
        throw new SqsError('UnsupportedOperation', `The local SQS does not implement ${operation}`);
    }
  }

  close(): void {
    for (const queue of this.byName.values()) queue.close();
  }
}
