import type { FunctionHost } from '../lambda/function-host';
import type { LocalQueue } from './local-queue';
import type { EventSourceDefinition } from './queue-definition';

/** A running event source mapping. */
export interface EventSourcePoller {
  /** Batches being processed now. */
  inFlight(): number;
  stop(): Promise<void>;
}

// SQS long polling answers as soon as a message arrives; an idle poller looks this often.
const IDLE_POLL_MS = 100;

interface BatchResponse {
  batchItemFailures?: { itemIdentifier?: unknown }[];
}

/**
 * Does what Lambda's event source mapping does for a queue: receives batches (hiding them for the
 * queue's visibility timeout), invokes the function with an SQS event, and deletes what it processed.
 * A failed invocation leaves the whole batch to reappear after the visibility timeout; with
 * ReportBatchItemFailures, only the listed messages are left (an invalid response fails the batch).
 * The queue's redrive moves a message to the dead-letter queue after maxReceiveCount receives.
 */
export function startEventSourcePoller(mapping: EventSourceDefinition, queue: LocalQueue, host: FunctionHost, region: string, log: (line: string) => void): EventSourcePoller {
  let running = true;
  let batches = 0;
  const pending = new Set<Promise<void>>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function process(): Promise<void> {
    const messages = queue.receive(mapping.batchSize);
    if (messages.length === 0) return;
    const event = {
      Records: messages.map((message) => ({
        messageId: message.messageId,
        receiptHandle: message.receiptHandle,
        body: message.body,
        attributes: message.attributes,
        messageAttributes: Object.fromEntries(
          Object.entries(message.messageAttributes).map(([name, value]) => [name, { stringValue: value.StringValue, stringListValues: [], binaryListValues: [], dataType: value.DataType }]),
        ),
        md5OfBody: message.md5OfBody,
        eventSource: 'aws:sqs',
        eventSourceARN: mapping.queueArn,
        awsRegion: region,
      })),
    };
    let failed: Set<string>;
    try {
      const response = (await host.invoke(event)) as BatchResponse | null | undefined;
      failed = new Set();
      if (mapping.reportBatchItemFailures && response && Array.isArray(response.batchItemFailures)) {
        const known = new Set(messages.map((message) => message.messageId));
        for (const failure of response.batchItemFailures) {
          const id = failure.itemIdentifier;
          // Lambda treats an unknown or empty identifier as a failure of the whole batch.
          if (typeof id !== 'string' || !known.has(id)) {
            failed = known;
            break;
          }
          failed.add(id);
        }
      }
    } catch (error) {
      log(`event source ${mapping.functionName} <- ${queue.settings.name}: invocation failed, ${messages.length} message(s) return after the visibility timeout: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    for (const message of messages) {
      if (failed.has(message.messageId)) continue;
      try {
        queue.delete(message.receiptHandle);
      } catch {
        // Received again since (the invocation outlived the visibility timeout): the newer receipt owns it.
      }
    }
  }

  function tick(): void {
    timer = undefined;
    if (!running) return;
    let started = false;
    while (running && batches < mapping.maxConcurrency && queue.counts().visible > 0) {
      started = true;
      batches += 1;
      const batch = process().finally(() => {
        batches -= 1;
        pending.delete(batch);
        if (running && timer === undefined) timer = setTimeout(tick, 0);
      });
      pending.add(batch);
    }
    if (running && timer === undefined) timer = setTimeout(tick, started ? 0 : IDLE_POLL_MS);
  }

  if (mapping.enabled) tick();
  return {
    inFlight: () => batches,
    async stop() {
      running = false;
      clearTimeout(timer);
      await Promise.allSettled([...pending]);
    },
  };
}
