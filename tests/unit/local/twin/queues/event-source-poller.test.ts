import { describe, expect, it } from 'vitest';
import type { FunctionHost } from '../../../../../local/twin/lambda/function-host';
import { startEventSourcePoller } from '../../../../../local/twin/queues/event-source-poller';
import { LocalQueue } from '../../../../../local/twin/queues/local-queue';
import type { EventSourceDefinition } from '../../../../../local/twin/queues/queue-definition';

const MAPPING: EventSourceDefinition = { queueArn: 'arn:aws:sqs:us-east-1:123456789012:saves', functionName: 'drain', batchSize: 10, reportBatchItemFailures: true, maxConcurrency: 1, enabled: true };

interface SqsRecordLike {
  messageId: string;
  body: string;
  eventSource: string;
  attributes: { ApproximateReceiveCount: string };
}

function fakeHost(respond: (records: SqsRecordLike[]) => unknown): { host: FunctionHost; batches: SqsRecordLike[][] } {
  const batches: SqsRecordLike[][] = [];
  const host = {
    definition: { name: 'drain' },
    invoke: async (event: unknown) => {
      const records = (event as { Records: SqsRecordLike[] }).Records;
      batches.push(records);
      return respond(records);
    },
  } as unknown as FunctionHost;
  return { host, batches };
}

const queue = () => new LocalQueue({ name: 'saves', arn: MAPPING.queueArn, visibilityTimeoutSeconds: 30, retentionSeconds: 3600 }, undefined);
const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
};

describe('the twin event source poller', () => {
  it.each<[string, (records: SqsRecordLike[]) => unknown, string[]]>([
    ['deletes a batch the function processed', () => ({ batchItemFailures: [] }), []],
    ['leaves only the items the function reports as failed', (records) => ({ batchItemFailures: [{ itemIdentifier: records[1]?.messageId }] }), ['b']],
    ['leaves the whole batch when the function throws', () => { throw new Error('store down'); }, ['a', 'b', 'c']],
    ['leaves the whole batch when a reported item is unknown', () => ({ batchItemFailures: [{ itemIdentifier: 'nope' }] }), ['a', 'b', 'c']],
  ])('%s', async (_name, respond, left) => {
    const saves = queue();
    for (const body of ['a', 'b', 'c']) saves.send(body);
    const { host, batches } = fakeHost(respond);
    const poller = startEventSourcePoller(MAPPING, saves, host, 'us-east-1', () => undefined);
    await until(() => batches.length > 0 && poller.inFlight() === 0);
    await poller.stop();
    expect(batches[0]?.map((record) => [record.body, record.eventSource, record.attributes.ApproximateReceiveCount])).toEqual([
      ['a', 'aws:sqs', '1'],
      ['b', 'aws:sqs', '1'],
      ['c', 'aws:sqs', '1'],
    ]);
    // What is left becomes visible again after the visibility timeout: count it as in flight now.
    expect(saves.counts()).toEqual({ visible: 0, inFlight: left.length, delayed: 0 });
  });
});
